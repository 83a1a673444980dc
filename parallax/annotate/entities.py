"""Layer "entities": people, organisations, places, dates and quantities.

spaCy's small English model finds most names; this module fixes what it gets
wrong in translated news and gives every mention a canonical name:

* known organisations and outlets (``data/roles.yml``, ``data/outlets.yml``)
  are found by lexicon, so "BRICS" or "the Group of 20" are never missed and
  "Europa press" is "Europa Press" on every page;
* person spans lose titles and possessives ("President Ortega’s" → "Ortega"),
  glued lower-case fragments ("todayhe") are dropped, first names are joined
  to a following surname spaCy left out, merged people are split ("Macron
  Scholz");
* labels are corrected from context: a name after a title or next to a role
  ("Its chief executive, Martín Ugarte,") is a person, after an organisation
  noun ("the union X", "the regulator Ofcom") an organisation, after "the port
  of" or "in" a place; a one-word name keeps one label per article;
* a surname alone ("Ortega") takes the full name the article uses ("Daniel
  Ortega"), or the lexicon's name for a known office-holder, so the same person
  gets the same string in every article;
* descriptors ("the Russian president", "the head of the Kremlin", "his
  counterpart") become PERSON mentions when they can be resolved: first from
  the article's own appositions ("Nicaraguan President Daniel Ortega", "the
  President of the Republic, Moon Jae-in"), then from the dated
  office-holders lexicon, only when the article's date (or a name in the
  article or its headline) makes the holder certain; ``resolved_by`` says
  which. Unresolved descriptors are not emitted. "the minister" resolves to
  the one person the article gave that role word to.

Spans never include a leading "the"/"his" or a trailing possessive; PERSON
spans carry ``role`` (the office from the lexicon, else the article's own
apposition) so the sources layer can tell a spokesperson from a head of state.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from ..data import load_yaml
from ..model import Span
from . import _orgs
from . import _people as lx
from ._wordlist import zipf_frequency, zipf_large

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from . import Context

LAYER = "entities"
REQUIRES: tuple[str, ...] = ()

#: spaCy label → our label (contract). Labels not listed (ORDINAL) are dropped.
LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "DATE": "DATE",
    "TIME": "TIME",
    "QUANTITY": "QUANTITY",
    "CARDINAL": "QUANTITY",
    "MONEY": "QUANTITY",
    "PERCENT": "QUANTITY",
    "EVENT": "EVENT",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
#: Names, kept whole; everything else may be trimmed of a leading "the".
NAME_LABELS = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC")
#: Honorifics spaCy sometimes keeps inside a PERSON span.
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "dame",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    # "Eng." (engineer), a title the Arab press prints before a minister's or official's name
    "eng",
    "eng.",
    # abbreviated professional titles printed before a name and left as they are by
    # translators: Turkish "Av." (lawyer), "Doç." (associate professor), "Op." (surgeon),
    # "Uzm." (specialist); Italian "Avv.", "Dott."; Czech, Slovak and Polish "Ing.", "Mgr."
    "av.",
    "doç.",
    "op.",
    "uzm.",
    "avv.",
    "dott.",
    "ing.",
    "mgr.",
    "comrade",
    "madam",
    "madame",
    "monsieur",
    "senhor",
}
#: Words that open a TIME/QUANTITY span without being part of the amount.
_HEDGES = re.compile(r"^(?:only|just|about|around|some|nearly|almost|roughly|approximately)\s+", re.IGNORECASE)
#: Prepositions a role phrase may contain ("spokeswoman for the city police").
_NP_PREPOSITIONS = ("of", "for", "at", "in")
_PREPOSITIONS = {"of", "at", "for", "in", "with", "from", "to", "on"}
#: Punctuation that ends an apposition ("Mei Lin, director of …—").
_APPOS_END = {",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "“", "”", '"', "«", "»"}
_TRAIL = re.compile(r"(?:[" + "'’ʼ" + r"]s?|[\s,.;:!?\-–—])+$")
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,9})\)")
#: A one-word "name" at least this frequent in English is a common word
#: ("Staff", "Council"), not a surname (wordfreq Zipf scale: 4.5 ≈ once
#: every 30,000 words).
COMMON_WORD_ZIPF = 4.5
#: A one-word ORG at least this common is an ordinary word ("State", "Police")
#: unless a lexicon knows it.
COMMON_ORG_ZIPF = 5.0
#: Priority when spans overlap: lexicon facts and people beat spaCy guesses.
_PRIORITY = {"lexicon": 3, "descriptor": 3, "person": 2, "headed": 2, "spacy": 1}


@dataclass
class Mention:
    start: int
    end: int
    label: str
    origin: str  # "spacy" | "lexicon" | "person" | "descriptor"
    attrs: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class People:
    """What the article says about its people: clusters, roles, bindings."""

    #: folded surface name → canonical name
    canonical: dict[str, str] = field(default_factory=dict)
    #: canonical name → role text (from apposition or lexicon)
    roles: dict[str, str] = field(default_factory=dict)
    #: descriptor key (folded phrase, office role, or title class) → canonicals
    bound: dict[str, set[str]] = field(default_factory=dict)
    #: raw ranges of descriptors used as appositions (not emitted again)
    appositions: list[tuple[int, int]] = field(default_factory=list)
    #: folded surface name → how its canonical was found when it differs
    #: ("article": a full name in the text; "lexicon": a known office-holder)
    how: dict[str, str] = field(default_factory=dict)
    #: the article's publication date (ISO), if known
    date: str | None = None

    def bind(self, key: str, person: str) -> None:
        self.bound.setdefault(key, set()).add(person)

    def only(self, key: str) -> str | None:
        hit = self.bound.get(key, set())
        return next(iter(hit)) if len(hit) == 1 else None


def find(ctx: Context) -> list[Span]:
    """Entity spans over the body paragraphs; see the module docstring."""
    raw = ctx.raw
    paras = [(p.start, p.end) for p in ctx.body_paragraphs()]
    if not paras:
        return []
    toks = [(off, tok) for off, tok in ctx.tokens() if _inside(paras, off)]
    mentions = _spacy_mentions(ctx, raw, toks)
    mentions += _lexicon_orgs(raw, paras) + _known_people(raw, paras) + _named_after_org_noun(raw, paras)
    mentions += _headed_orgs(raw, paras, toks) + _foreign_orgs(raw, paras)
    mentions += _country_names(raw, paras) + _lowercase_places(raw, paras)
    mentions += _dateline_places(raw, paras) + _named_places(raw, paras)
    mentions += _given_name_people(raw, paras, mentions) + _prefixed_companies(raw, paras) + _aged_people(raw, paras)
    mentions += _honorific_people(raw, paras) + _lowercase_surnames(raw, paras) + _initialled_people(raw, paras, mentions)
    mentions += _quoted_companies(raw, paras, mentions)
    mentions += _cut_before(raw, _running_lowercase_surnames(raw, paras), mentions)
    mentions = [m for m in mentions if m.end > m.start]
    mentions += _lowercase_headed(raw, paras) + _lowercase_institutions(raw, paras)
    mentions += _seated_offices(raw, paras) + _member_bodies(raw, paras) + _world_orgs(raw, paras)
    mentions += _tagged_parties(raw, mentions) + _holders_after_place(raw, paras, mentions) + _outlets_after_verb(raw, paras, mentions)
    mentions += _translated_outlets_cited(raw, paras)
    mentions = _resolve_overlaps(_owned_orgs(raw, _split_nested_orgs(raw, _drop_place_lists(raw, mentions))))
    _people_by_apposition(raw, toks, mentions)
    mentions = _resolve_overlaps(mentions + _unlabelled_appositions(raw, toks, mentions))
    mentions = _state_owners(raw, mentions)
    _gazetteer_places(raw, mentions)
    _listed_places(raw, mentions)
    mentions += _places_after_the(raw, paras, mentions)
    _vote_labels(raw, mentions)
    _label_by_form(raw, paras, mentions)
    _place_repeats(raw, mentions)
    _listed_places(raw, mentions)  # again: "between Llanystumdwy and Criccieth" once the first is a place
    mentions = _places_by_shape(raw, paras, mentions)
    _listed_places(raw, mentions)  # and once more after the shapes: "from Walikale and Masisi"
    mentions += _uncovered_cities(raw, paras, mentions)
    mentions += _bare_place_repeats(raw, paras, mentions)
    mentions = [m for m in mentions if not _foreign_word(raw, m) and not _other_script(raw, m)]
    _orgs_before_titles(raw, mentions)
    mentions = _resolve_overlaps(mentions + _speaking_orgs(raw, paras, toks, mentions))
    mentions = _resolve_overlaps(mentions + _org_repeats(raw, paras, mentions))
    mentions = _resolve_overlaps(mentions + _standalone_institutions(raw, paras, mentions))
    mentions = _resolve_overlaps(mentions + _original_names(raw, mentions))
    mentions = _resolve_overlaps(_in_charge_names(raw, mentions))
    mentions = _org_then_person(raw, mentions)
    mentions += _bare_acronyms(raw, paras, mentions)
    mentions = _resolve_overlaps(mentions + _acronym_expansions(raw, paras, mentions))
    mentions = _resolve_overlaps(mentions + _web_names(raw, paras))
    found = _people_in_context(raw, paras, mentions)
    mentions = _resolve_overlaps([m for m in mentions if m.end > m.start] + found)
    mentions = _resolve_overlaps(mentions + _home_places(raw, paras, mentions))
    mentions = _resolve_overlaps(_world_people(raw, mentions))
    mentions = _resolve_overlaps(mentions + _world_repeats(raw, paras, mentions) + _patronymic_names(raw, paras))
    mentions = _orgs_by_words(raw, mentions)
    mentions = _coordinated_org_names(raw, mentions)
    # "the prime minister Peruvian": spaCy may take a nationality that follows its noun for a person
    mentions = [m for m in mentions if not (m.label == "PERSON" and lx.fold(raw[m.start : m.end]) in _nationality_adjective_words())]
    _drop_leading_nationality(raw, mentions)
    _name_words_not_places(raw, mentions)
    people = _cluster(raw, mentions)
    mentions = _resolve_overlaps(mentions + _more_names(raw, paras, mentions, people))
    people = _cluster(raw, mentions)
    people.date = ctx.article.meta.published
    _read_appositions(raw, toks, mentions, people)
    named = {_person_at(raw, m, people) for m in mentions if m.label == "PERSON"} | _named_in_title(ctx)
    mentions += _descriptors(raw, paras, mentions, people, ctx.article.meta.published, named)
    mentions += _leader_descriptors(raw, paras, mentions, people)
    mentions += _age_descriptors(raw, paras, mentions, people)
    mentions += _generic_descriptors(raw, paras, toks, mentions, people)
    mentions += _occupation_descriptors(raw, paras, mentions, people)
    defined = _acronyms(raw, paras, mentions)
    # the article's own gloss of an acronym beats the lexicon's ("National Electoral Institute (INE)")
    at = {(m.start, m.end) for m in defined}
    mentions = [m for m in mentions if (m.start, m.end) not in at or m.label != "ORG"] + defined
    mentions += _lowercase_repeats(raw, paras, mentions, people)
    mentions += _lowercase_people(raw, paras, mentions)
    mentions = _not_people(raw, mentions, toks)
    mentions = [
        m
        for m in mentions
        if not _no_name(raw, m) and not _bare_legal_form(raw, m) and not _world_not_person(raw, m) and not _no_referent(raw, m)
    ]
    foreign = _foreign_runs(raw, paras)
    mentions = _resolve_overlaps([m for m in mentions if not (foreign.overlaps(m.start, m.end) and _unknown_name(raw, m))])
    return [_finish(raw, m, people) for m in mentions]


def _world_orgs(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """Organisations in the shapes of :mod:`._orgs` (lower-case translated
    bodies with their seat, a place's name before a lower-case head, assemblies
    in their own language, companies with other countries' legal forms)."""
    found = _orgs.lowercase_of(raw, paras)
    spans = _orgs.after_name(raw, paras) + _orgs.assemblies(raw, paras) + _orgs.legal_named(raw, paras)
    spans += _orgs.opening_named(raw, paras)
    found += [(s, e, "ORG", raw[s:e]) for s, e in spans]
    return [Mention(s, e, label, "headed", {"canonical": canon} if label == "ORG" else {"evidence": True}) for s, e, label, canon in found]


def _orgs_by_words(raw: str, mentions: list[Mention]) -> list[Mention]:
    """A name's own words and its neighbours decide its label (:mod:`._orgs`):
    a stadium is a place, a language alone ("in Amharic") or a common plural
    opening a sentence ("Farmers who …") no name, a programme none either ("the
    Free Primary Education programme"), "X Ltda." or "PJSC X" a company, a name in a match result a
    team; spaCy's two halves of one name joined by "and" are one ("Sahara
    Savings and Credit Cooperative"); then a rare capitalised name coordinated
    with an organisation ("Fidesz and the Christian Democratic People's
    Party") is one too, unless it is a given name, a city or a country."""
    kept: list[Mention] = []
    for m in mentions:
        if m.origin not in ("lexicon", "descriptor") and m.label in ("PERSON", "ORG", "PLACE"):
            if _orgs.language_name(raw[m.start : m.end]):
                continue
            label = _orgs.judge(raw[m.start : m.end], m.label)
            if label == "" or (m.label == "ORG" and _orgs.programme_named(raw, m.start, m.end)):
                continue
            if (
                m.label == "ORG"
                and m.origin == "spacy"
                and _orgs.plural_opener(raw, m.start, m.end)
                and not _orgs.team_in_result(raw, m.start, m.end)
            ):
                continue  # "Farmers who …", but "Rangers beat Celtic 2-0"
            if label:
                m.label = label
                tail = re.search(r"(?:[ ][a-z]+)+$", raw[m.start : m.end]) if label == "PLACE" else None
                m.end = m.start + tail.start() if tail else m.end  # "… Airport to": spaCy's span ran on
            elif m.label == "PERSON" and _orgs.team_in_result(raw, m.start, m.end):
                m.label = "ORG"
        joined = kept and m.label == "ORG" and kept[-1].label == "ORG" and raw[kept[-1].end : m.start] == " and "
        if joined and _orgs.one_name(raw[kept[-1].start : kept[-1].end], raw[m.start : m.end]):
            kept[-1].end = m.end
            kept[-1].attrs.pop("canonical", None)
            continue
        kept.append(m)
    taken = lx.Ranges([(m.start, m.end) for m in kept])
    new = []
    for m in kept:
        if m.label != "ORG":
            continue
        for s, e in _orgs.listed_with(raw, m.start, m.end):
            name = raw[s:e]
            if taken.overlaps(s, e) or not _orgs.rare_name(name) or lx.starts_with_given_name(name):
                continue
            if _is_city(name) or _is_country(name) or lx.known_person(name):
                continue
            new.append(Mention(s, e, "ORG", "headed", {"canonical": name}))
            taken.add(s, e)
    return kept + new


def _bare_legal_form(raw: str, m: Mention) -> bool:
    """'"Altan Ord Resources" LLC': the legal form after a quoted name is part of
    that company's name (see :func:`_quoted_companies`), no organisation alone."""
    return raw[m.start : m.end] in _legal_suffixes() and bool(re.search(r"[”\"»][ ]$", raw[max(0, m.start - 2) : m.start]))


#: A capitalised article a translation glued to the next word ("Thebus", "theRegency").
_GLUED_ARTICLE = re.compile(r"(?:[Tt]he(?P<lower>[a-z]{3,})|the(?P<upper>[A-Z][a-z]+))")
#: A country's code that opens a currency ("US$5", "NZ$40", "HK$ 200").
_CURRENCY_SIGN = re.compile(r"[ ]?\$")


@cache
def _office_nouns() -> frozenset[str]:
    """Nouns after a role's possessive that make it an institution (``not_names.yml`` office_nouns)."""
    return frozenset(load_yaml("not_names.yml")["office_nouns"])


def _no_referent(raw: str, m: Mention) -> bool:
    """A mention that names no one and nothing: the pronoun "I" spaCy took for
    a name; an article glued to a common word by a translation ("Thebus was
    our only road", "theRegency will ask"), where the word alone is English
    and the glued form no given name; a country's code opening a currency
    ("US$5"); and a role word before "'s office" ("the auditor's office"), an
    institution, not the person holding the role (``not_names.yml``)."""
    text = raw[m.start : m.end]
    if text == "I":
        return True
    glued = _GLUED_ARTICLE.fullmatch(text)
    if glued and not _is_given_name(text) and zipf_frequency(text.lower(), "en") < 2.0:
        rest = glued.group("lower") or glued.group("upper")
        if zipf_frequency(rest.lower(), "en") >= GLUED_WORD_ZIPF:
            return True
    if m.label in ("PLACE", "ORG") and text.isupper() and len(text) <= 3 and _CURRENCY_SIGN.match(raw, m.end):
        return True
    if m.label == "PERSON" and m.origin == "descriptor":
        office = re.match(r"[’']s[ ]+(\w+)", raw[m.end : m.end + 30])
        if office and office.group(1).lower() in _office_nouns():
            return True
    return False


#: A run of one sentence or one quotation: split at sentence ends, quotation marks and line breaks.
_RUN_BREAK = re.compile(r"[.!?]+(?=\s)|[“”\"«»„]|\n")
#: Zipf frequency under which a lower-case word is no English word.
FOREIGN_RUN_ZIPF = 2.5
#: Lower-case words a run needs to be judged ("The kamnan of tambon Makok" has three).
FOREIGN_RUN_WORDS = 4


def _unknown_name(raw: str, m: Mention) -> bool:
    """A name no lexicon vouches for: not a place of the gazetteer, a known
    organisation or an acronym, which a reader finds even in a foreign line."""
    text = raw[m.start : m.end]
    return not (_plain_fold(text) in _gazetteer() or lx.known_org(text) or text.isupper())


def _foreign_runs(raw: str, paras: list[tuple[int, int]]) -> lx.Ranges:
    """Sentences and quotations a translation left in the source language
    ("Baca oge: Jalan ka … ditutup deui alatan longsor", a site's "follow us"
    line, a quoted "Jemi të izoluar, nuk kemi …"): four or more lower-case
    words, at least three in five of them no English word. Gold annotates no
    names there (the reader cannot read them as English prose); a sentence of
    English with a few untranslated words stays."""
    out = lx.Ranges()
    for ps, pe in paras:
        cuts = [ps, *(b.end() for b in _RUN_BREAK.finditer(raw, ps, pe)), pe]
        for s, e in itertools.pairwise(cuts):
            lower = [w for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", raw[s:e]) if w[:1].islower()]
            if len(lower) < FOREIGN_RUN_WORDS:
                continue
            foreign = sum(zipf_frequency(w, "en") < FOREIGN_RUN_ZIPF for w in lower)
            if foreign * 5 >= len(lower) * 3:
                out.add(s, e)
    return out


#: Zipf frequency from which the word after a glued article is English ("bus", "river", "regency").
GLUED_WORD_ZIPF = 3.0


def _named_in_title(ctx: Context) -> set[str]:
    """Known people the headline names: evidence enough that "the German
    chancellor" of the body is the holder the lexicon lists."""
    out = set()
    for block in ctx.article.blocks:
        if block.label == "title":
            for m in lx.people_pattern().finditer(ctx.raw, block.start, block.end):
                name = lx.known_person(m.group())
                if name:
                    out.add(name)
    return out


def _inside(paras: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(paras, (offset, 1 << 62)) - 1
    return i >= 0 and paras[i][0] <= offset < paras[i][1]


# --------------------------------------------------------------------------
# candidates


#: A person's title right before a word the tagger took for a people's name.
_TITLE_BEFORE_PEOPLES_NAME = re.compile(r"(?<![\w-])(?:President|Prime Minister|Premier|Chancellor|Minister|Mr|Mrs|Ms|Dr)\.?\s+$")
#: A hyphened given name after a surname ("Han Mi-kyung", "Park Jae-won").
_HYPHENED_GIVEN = re.compile(r"\s+[A-Z][a-z]+-[a-z]+(?![\w-])")


def _spacy_mentions(ctx: Context, raw: str, toks: list[tuple[int, Token]]) -> list[Mention]:
    by_end = {off + len(tok): i for i, (off, tok) in enumerate(toks)}
    out: list[Mention] = []
    for chunk in ctx.chunks:
        for ent in chunk.doc.ents:
            label = LABELS.get(ent.label_)
            start, end = chunk.base + ent.start_char, chunk.base + ent.end_char
            if not label or not ctx.in_body(start, end):
                continue
            personal = _looks_personal(raw[start:end]) or (label == "ORG" and _given_name_first(raw[start:end]))
            if label in ("ORG", "PLACE", "NORP") and personal:
                label = "PERSON"
            if label == "NORP" and _TITLE_BEFORE_PEOPLES_NAME.search(raw, max(0, start - 20), start):
                # "President Han Mi-kyung", "President Han said": a surname that is also a
                # people's name ("Han"), after a person's title, is the person
                label = "PERSON"
                given = _HYPHENED_GIVEN.match(raw, end)
                end = given.end() if given else end
            if label in ("PERSON", "PLACE") and _CAMEL.fullmatch(raw[start:end].split()[0]) and not _is_country(raw[start:end]):
                label = "ORG"  # "kiraPay", "iMoney Insights": a brand, never a person's name
            if label == "PERSON" and re.fullmatch(r"[A-Z]{2,6}", raw[start:end]) and not lx.known_person(raw[start:end]):
                label = "ORG"  # "KRCS said": an acronym, not a person
            if label == "PLACE" and re.fullmatch(r"[A-Z]{2,6}", raw[start:end]) and not _is_country(raw[start:end]):
                nxt = re.match(r"\s+([a-z][\w-]*)", raw[end : end + 30])
                if nxt and (lx.is_role_word(nxt.group(1)) or _is_org_word(nxt.group(1))):
                    label = "ORG"  # "METI official Kenji Watanabe": an institution's acronym
                elif _acronym_not_place(raw, start, end):
                    label = "ORG"
            based = re.match(r"[A-Z][\w’'-]*-based\s+(?=\S)", raw[start:end]) if label == "ORG" else None
            if based:
                start += based.end()  # "Rotterdam-based Havenlijn BV": the company starts after its seat
            tail = _name_after_title(raw[start:end]) if label in ("ORG", "PLACE", "NORP", "PERSON") else None
            if tail:
                start, label = start + tail, "PERSON"
            if label in ("PERSON", "ORG", "PLACE") and raw[end : end + 1] == "." and raw[start:end].split()[-1].lower() + "." in HONORIFICS:
                continue  # "Mayor Av. Deniz Kaplan": spaCy ended a name on the title's abbreviation
            stop = _SENTENCE_INSIDE.search(raw, start, end)
            if stop and label in ("ORG", "PERSON", "PLACE", "MISC"):
                end = stop.start() + 1  # "Kanal. The Mrs. Lee": spaCy ran over a full stop
            if "(" in raw[start:end] and ")" not in raw[start:end]:
                end = start + raw[start:end].index("(")  # "Institute of Statistics (INE": spaCy split the bracket
            start, end = _trim(raw, start, end, label)
            if label == "ORG":
                start = _head_before(raw, start)
                title = _TITLE_OF.match(raw[start:end])
                if title and lx.is_role_word(title.group("title")):
                    continue  # "the Minister of Health": a person's title, not an organisation
                portfolio = _PORTFOLIO_BEFORE.search(raw, max(0, start - 60), start)
                if portfolio and lx.is_role_word(portfolio.group("title")) and _COMMA_AFTER_TITLE.match(raw, end):
                    continue  # "Minister for Lands and [Natural Resources], Kwabena …": a portfolio
            owned = _OWNER_PERSON.match(raw[start:end]) if label == "ORG" else None
            if owned and not any(_is_org_word(w) or lx.is_role_word(w) for w in owned.group("name").split()):
                # "[Bellona’s Frederic Hauge]": the organisation, then its person
                out.append(Mention(start, start + owned.end("owner"), "ORG", "spacy"))
                start, label = start + owned.start("name"), "PERSON"
            classified = _CLASSIFIER_NAME.match(raw[start:end]) if label in ("PERSON", "ORG", "PLACE") else None
            if classified and _is_org_word(classified.group("noun")) and classified.group("noun") not in _org_heads()[0]:
                # "[Shipbuilder Ulstein], which …": a sentence opening with the kind of organisation
                start, label = start + classified.start("name"), "ORG"
            split = _ROLE_OF_PLACE_NAME.search(raw[max(0, start - 40) : start]) and _COMMA_NAME.match(raw[start:end])
            if split and label in ("ORG", "PLACE"):
                # "The mayor of [Velona, Andros Pelekis]": a place, then the office-holder.
                out.append(Mention(start, start + split.end("place"), label, "spacy"))
                start, label = start + split.start("name"), "PERSON"
            person = _person_inside_org(raw, start, end) if label == "ORG" else None
            if person is not None:
                # "the INGV Stefania Lo Giudice", "the union Fortas, Ana Lima": an organisation, then its person
                out.append(Mention(start, start + len(raw[start:person].rstrip(" ,")), "ORG", "spacy"))
                out.append(Mention(person, end, "PERSON", "person"))
                continue
            if label in ("ORG", "PLACE", "PERSON", "MISC") and _ends_in_head(raw[start:end]):
                label = "ORG"  # "Greenfield Water Institute" called a person or a place
            evidence = False
            if label in ("PERSON", "ORG", "PLACE") and _after_place_preposition(raw, start, end):
                label, evidence = "PLACE", True
            if label in ("PERSON", "ORG") and " " not in raw[start:end] and _PLACE_APPOSITION.match(raw, end):
                label, evidence = "PLACE", True  # "From Florencia, capital of the department of Caquetá"
            if label in ("PERSON", "ORG") and _is_city(raw[start:end]) and not lx.known_person(raw[start:end]):
                # "a pharmacy of Villeurbanne": a city the gazetteer knows (a surname of the
                # article's people is matched again as a person later)
                label, evidence = "PLACE", True
            if label in ("PERSON", "PLACE") and _after_org_noun(raw, start) and not lx.known_person(raw[start:end]):
                label, evidence = "ORG", True
            if start >= end or not _plausible(raw[start:end], label):
                continue
            if label == "PLACE" and _demonym_before_noun(raw, start, end):
                label = "NORP"  # "the Emirati group": a nationality, not a place
            if label == "PLACE" and ", " in raw[start:end]:
                # "Bentiu, South Sudan": a town, then its country
                for part in re.finditer(r"[^,]+", raw[start:end]):
                    ps, pe = _trim(raw, start + part.start() + (len(part.group()) - len(part.group().lstrip())), start + part.end(), label)
                    if pe > ps and raw[ps : ps + 1].isupper():
                        out.append(Mention(ps, pe, "PLACE", "spacy", {"evidence": True} if evidence else {}))
                continue
            pair = re.fullmatch(r"(?P<a>[A-Z][\w’'-]+) and (?P<b>[A-Z][\w’'-]+)", raw[start:end]) if label == "ORG" else None
            if pair and (_is_city(pair.group("a")) or _is_country(pair.group("a"))):
                # "diverted towards Palermo and Comiso": two places, not one organisation
                out.append(Mention(start, start + pair.end("a"), "PLACE", "spacy", {"evidence": True}))
                out.append(Mention(start + pair.start("b"), end, "PLACE", "spacy", {"evidence": True}))
                continue
            if label == "ORG":
                end = _extend_org(raw, start, end)
                cut = re.search(r"\s+(?:and|&)\s+(?=[A-Z])", raw[start:end])
                if cut and raw[start : start + cut.start()].split()[-1] in _org_heads()[0]:
                    # "Amnesty International and Human Rights Watch": two organisations
                    out.append(Mention(start, start + cut.start(), "ORG", "spacy"))
                    start += cut.end()
            if label == "PERSON" and " " in raw[start:end]:
                # "Macron Scholz": two known people spaCy merged into one.
                parts = list(lx.people_pattern().finditer(raw, start, end))
                if len({lx.known_person(p.group()) for p in parts}) >= 2:
                    out.extend(Mention(p.start(), p.end(), "PERSON", "person") for p in parts)
                    continue
            if label == "PERSON":
                if " " not in raw[start:end] and raw[max(0, start - 4) : start] == "the ":
                    continue  # "over the Amur": a river or a ship, not a person
                end = _extend_name(raw, _extend_surname(raw, toks, by_end, end))
                start = _particles_before(raw, start)
            out.append(Mention(start, end, label, "spacy", {"evidence": True} if evidence else {}))
    return out


#: Lower-case particles of family names: "van der Heijden", "da Silva", "bin Salman", Swedish "af Klint",
#: Dutch "van 't Hof".
_PARTICLE = rf"(?:{lx.NAME_PARTICLES_RE})"
#: Particles and the capitalised name after a person span spaCy ended too early.
_PARTICLE_TAIL = re.compile(rf"(?:[ ]{_PARTICLE})+[ ][A-Z][\w’'-]+|[ ](?:al|el)-[A-Z][\w’'-]+")
#: Particles a person span ends with ("Sanne van der"): the name goes on after them.
_PARTICLE_END = re.compile(rf"(?:[ ]{_PARTICLE})+$")
#: A hyphenated given name after a family name: "Kim Do-yeon", "Lee Jae-myung".
_HYPHEN_GIVEN = re.compile(r"[ ][A-Z][a-z]+-[a-z]+\b")
_CAPITALISED = re.compile(r"[ ][A-Z][\w’'-]+")


def _extend_name(raw: str, end: int) -> int:
    """Where a person's name really ends when spaCy stopped inside it.

    Family-name particles ("van der", "da", "bin") and romanised hyphenated
    given names ("Do-yeon") are often left out of spaCy's person span; a
    dangling particle with no name after it is dropped.
    """
    m = _PARTICLE_END.search(raw, max(0, end - 30), end)
    if m:
        name = _CAPITALISED.match(raw, end) or _PARTICLE_TAIL.match(raw, end)
        return name.end() if name else m.start()
    m = _PARTICLE_TAIL.match(raw, end) or _HYPHEN_GIVEN.match(raw, end)
    return m.end() if m else end


#: Particles right before a person span, the first capitalised: "[Van der] Heijden said".
_PARTICLES_BEFORE = re.compile(rf"(?:^|(?<=\s))(?=[A-Z])(?i:{_PARTICLE})(?:[ ](?i:{_PARTICLE}))*[ ]$")


def _particles_before(raw: str, start: int) -> int:
    """Start of a family name whose capitalised particles spaCy left out ("Van der Heijden")."""
    window = raw[max(0, start - 30) : start]
    m = _PARTICLES_BEFORE.search(window)
    return start - (len(window) - m.start()) if m else start


#: A full stop after a word (not an initial, "U.S."), then a capital.
_SENTENCE_AFTER_NAME = re.compile(r"(?<=\w\w)\.(?=\s+[A-Z])")
#: An organisation's person inside one span: "Bellona’s Frederic Hauge".
_OWNER_PERSON = re.compile(r"(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[’']s\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})$")
#: A kind of organisation, capitalised at a sentence start, before its name: "Shipbuilder Ulstein".
_CLASSIFIER_NAME = re.compile(r"(?P<noun>[A-Z][a-z]+)\s+(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})$")
#: "the mayor of " right before a span …
_ROLE_OF_PLACE_NAME = re.compile(
    r"\b(?:mayor|governor|prefect|president|head|leader|chief|minister|deputy|senator|bishop)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
#: … that spaCy ran on over a comma into the holder's name.
_COMMA_NAME = re.compile(r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
#: A full stop after a word of two or more lower-case letters, then a capital: a sentence ends inside the span.
_SENTENCE_INSIDE = re.compile(r"(?<=[a-zà-ÿ]{2})\.(?=\s+[A-Z])")


#: A title with its portfolio right before a span: "Minister for Lands and ".
_PORTFOLIO_BEFORE = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:and\s+)?$")
#: The comma after a title phrase, before the holder's name.
_COMMA_AFTER_TITLE = re.compile(r",\s+[A-Z]")
#: A title and "of" opening a span: "Minister of Health", "President of the Republic".
_TITLE_OF = re.compile(r"(?P<title>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+of\s")


def _person_inside_org(raw: str, start: int, end: int) -> int | None:
    """Where a person's name starts inside a spaCy organisation span that ends
    with it ("INGV Stefania Lo Giudice"); None if it holds none."""
    for w in re.finditer(r"(?<=[\w.,] )[A-Z]", raw[start:end]):
        p = start + w.start()
        m = _GIVEN_RUN.match(raw, p, end)
        if m and m.end() == end and _given_name_people(raw, [(p, end)], []):
            return p
    return None


#: Endings of nationality adjectives ("Emirati", "Malagasy" aside): -i, -ian, -an, -ese, -ish, -ic.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:i|ian|an|ese|ish|ic)")


def _demonym_before_noun(raw: str, start: int, end: int) -> bool:
    """A one-word "place" that qualifies an organisation or person noun ("the
    Emirati group", "Qatari investors") and is no country or city the lexicons
    know: a nationality adjective."""
    text = raw[start:end]
    nxt = re.match(r"\s+([a-z][\w-]*)", raw[end : end + 30])
    if not nxt or not _DEMONYM.fullmatch(text) or _is_country(text) or _is_city(text):
        return False
    noun = nxt.group(1)
    return _is_org_word(noun) or noun in _person_nouns() or noun.rstrip("s") in _person_nouns()


def _head_before(raw: str, start: int) -> int:
    """Start of an organisation's name whose head word spaCy left out, often at a
    sentence start ("[Bank] Negara Malaysia said")."""
    m = re.search(r"(?<![\w’'-])([A-Z][a-z]+) $", raw[max(0, start - 20) : start])
    if m and (m.group(1) in _org_heads()[0] or m.group(1) in _org_heads()[1]):
        return start - len(m.group(1)) - 1
    return start


#: After a one-word name: ", capital of …", ", a town in …": a place.
_PLACE_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:main\s+|central\s+|old\s+)?(?:capital|city|town|village|port|seat|square|street|suburb|"
    r"district|neighbourhood|neighborhood|hamlet|island|river|lake|valley|region|province|county)\s+(?:of|in)\b"
)


def _acronym_not_place(raw: str, start: int, end: int) -> bool:
    """ "the calls of AA": capitals spaCy took for a place that no gazetteer knows
    are an acronym; a dateline's town in capitals is not ("NAMPULA, Mozambique"),
    nor a country's letters, which take "the" ("the UAE")."""
    return (
        raw[start:end].lower() not in _gazetteer()
        and not _is_country(raw[start:end])
        and raw[max(0, start - 1) : start] not in ("", "\n")
        and not re.search(r"(?:^|\s)(?:the|The)\s$", raw[max(0, start - 5) : start])
    )


def _looks_personal(text: str) -> bool:
    """An ORG/place span that is really a person: a known name, or a title
    followed by capitalised names ("German Chancellor Olaf Scholz")."""
    name = lx.clean_name(text)
    if lx.known_person(name):
        return True
    words = name.split()
    k = 0
    while k < len(words) and (lx.is_role_word(words[k]) or _is_adjective_of_country(words[k])):
        k += 1
    return 0 < k < len(words) and lx.is_role_word(words[k - 1]) and all(w[:1].isupper() for w in words[k:])


def _given_name_first(text: str) -> bool:
    """ "Marta Vidal", which the small model calls an organisation: a short name
    opening with a given name, with no word or lexicon entry of an organisation."""
    name = lx.clean_name(text)
    return lx.starts_with_given_name(name) and not lx.known_org(name) and not _ends_in_head(name)


def _name_after_title(text: str) -> int | None:
    """Offset of a name after a title inside one span ("Energy and Mines
    Minister Rosa Quispe" → "Rosa Quispe"), or None."""
    words = list(re.finditer(r"\S+", text))
    titles = [i for i, w in enumerate(words) if lx.is_role_word(w.group())]
    if not titles or titles[-1] == 0:
        return None
    k = titles[-1]
    tail = [w.group() for w in words[k + 1 :]]
    if not 1 <= len(tail) <= 4 or not all(w[:1].isupper() for w in tail) or any(_is_org_word(w) for w in tail):
        return None
    if len(tail) == 1 and not lx.known_person(tail[0]) and zipf_frequency(tail[0].lower(), "en") >= COMMON_WORD_ZIPF:
        return None  # "General Staff": a common word, not a surname
    return words[k + 1].start()


def _state_owners(raw: str, mentions: list[Mention]) -> list[Mention]:
    """Add the place that owns a state title before a person: "Peru" in
    "Peru’s Energy and Mines Minister Rosa Quispe" (a company's title says
    nothing)."""
    titles = "|".join(re.escape(t) for t in sorted(_state_titles(), key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(?P<owner>[A-Z][\w-]+)[’'ʼ]s\s+(?:[A-Za-z][\w-]*\s+){0,4}(?i:" + titles + r")\s+$")
    out = list(mentions)
    for m in mentions:
        if m.label != "PERSON":
            continue
        base = max(0, m.start - 80)
        hit = pattern.search(raw[base : m.start])
        if not hit or _is_org_word(hit.group("owner")) or lx.known_org(hit.group("owner")):
            continue
        s, e = base + hit.start("owner"), base + hit.end("owner")
        # spaCy's guess over the title phrase ("Chile’s Mining" as an ORG) gives way.
        clash = [o for o in out if o.start < m.start and s < o.end and o.start >= s - 4]
        if any(o.origin != "spacy" or o.label == "PERSON" for o in clash):
            continue
        out = [o for o in out if o not in clash]
        out.append(Mention(s, e, "PLACE", "spacy", {"evidence": True}))
    return out


@cache
def _state_titles() -> tuple[str, ...]:
    return tuple(load_yaml("roles.yml")["state_titles"])


def _is_org_word(word: str) -> bool:
    return lx.fold(word) in lx.organisation_words()


def _after_place_preposition(raw: str, start: int, end: int) -> bool:
    """ "in Valencia", "the port of Tangier": a one-word name after a
    preposition of place is a place, unless the lexicon knows it as a person
    or organisation."""
    text = raw[start:end]
    if lx.known_org(text) or lx.known_person(text):
        return False
    m = re.search(r"(?:^|\s)([a-z]+)\s+of\s$", raw[max(0, start - 24) : start])
    of_place = bool(m and lx.fold(m.group(1)) in lx.place_nouns())
    if " " in text:
        # "the airport of Catania Fontanarossa", "in Salina Cruz": a longer name after a place noun or "in",
        # unless it opens with a given name or is someone's ("in Ana Ruiz’s view")
        words = text.split()
        if len(words) > 3 or _is_org_word(words[-1]) or re.match(r"[’']s?\b", raw[end:]):
            return False
        if re.search(r"(?:^|\s)(?:in|near|outside)\s$", raw[max(0, start - 8) : start]):
            return True
        return of_place and _plain_fold(words[0]) not in _given_names()
    if re.search(r"(?:^|\s)(?:in|near|outside|across|around)\s$", raw[max(0, start - 8) : start]):
        return True
    return of_place


def _after_org_noun(raw: str, start: int) -> bool:
    """ "the union Coordinadora Estibadora", "the company, Baltic Timber": a
    name right after a lower-case organisation noun is that organisation
    (after a comma only when the noun phrase stands alone, not in "a
    meteorologist of the institute, Katrin Vogel")."""
    m = re.search(
        r"(?:^|\s)(?:([a-z][\w’'-]*)|(?<!\bof )(?<!\bfor )(?<!\bat )(?<!\bin )(?<!\bfrom )(?<!\bwith )(?<!\bby )(?<!\bto )(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*[’']s)\s+([a-z][\w’'-]*),)\s$",
        raw[max(0, start - 30) : start],
    )
    if m and _is_org_word(m.group(1) or m.group(2)):
        return True  # also "Lissu’s party, Chadema,"
    # "The chief executive of Jumia, …": only a company has one
    return bool(_COMPANY_ROLE_OF.search(raw, max(0, start - 40), start))


#: Roles only a company has, before "of" and its name.
_COMPANY_ROLE_OF = re.compile(
    r"\b(?:chief executive|chief financial officer|chief operating officer|CEO|managing director|chairman|chairwoman|"
    r"co-founder|founder|shareholders|owners)\s+of\s+$",
    re.IGNORECASE,
)


#: A capitalised name (with "de", "of", "for the" inside) after a lower-case organisation noun.
_ORG_AFTER_NOUN = re.compile(
    r"(?<![\w-])(?:(?P<noun>[a-z][\w’'-]+)|(?<![\w-])(?<!\bof )(?<!\bfor )(?<!\bat )(?<!\bin )(?<!\bfrom )(?<!\bwith )(?<!\bby )(?<!\bto )(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<cnoun>[a-z][\w’'-]+),)\s+[\"“«„]?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:de|del|da|do|di|of|for|the|la|le|des|du|en|et|und|per|para|pour)\s+)*[A-Z0-9][\w’'&.-]*){0,5})"
)
_CALENDAR = lx.CALENDAR
#: "Kiel Institute" + " for the World Economy": the rest of an organisation's name.
_ORG_TAIL = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3}")


#: A rank in capitals opening a name of three or more words ("AKP Budi Santoso", Indonesia's police ranks).
_RANK_ACRONYM = re.compile(r"[A-Z]{3,5}")
#: A person's title with an "of the" tail running up to a name ("chairman of the company union organization ").
_TITLE_OF_PHRASE = re.compile(r"\b(?P<title>[A-Za-z-]+)\s+(?:of|for)\s+the\s+[^,.;:]*$")


def _named_after_org_noun(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "the railway company Renfe", "the regulator Ofcom": organisations spaCy
    may miss or call a person; the noun before the name says what it is."""
    out = []
    for ps, pe in paras:
        for m in _ORG_AFTER_NOUN.finditer(raw, ps, pe):
            s, e = m.span("name")
            first = re.match(r"([A-Z]{2,5})\s+(?=[A-Z])", raw[s:e])
            if first and _is_org_word(first.group(1)):
                s += first.end()  # "the NGO Memorial": the noun is in capitals
            elif not _is_org_word(m.group("noun") or m.group("cnoun")):
                continue
            if lx.known_person(raw[s:e]) or _CALENDAR.match(raw[s:e]):
                continue
            if _INITIALLED.fullmatch(raw[s:e]):
                continue  # "the agency B. Erdenebileg": a person (see _initialled_people)
            title = _TITLE_OF_PHRASE.search(raw, max(ps, m.start() - 60), m.start("name"))
            if title and lx.is_role_word(title.group("title")) and lx.starts_with_given_name(raw[s:e]):
                continue  # MT's "the chairman of the union organization Pavel Hrubý": the title's holder
            holder = _holder_name(raw, s, e) if title and lx.is_role_word(title.group("title")) else None
            if holder:
                # "Head of the department Bakhrom Sapaev": a family name's ending says who holds the title
                out.append(Mention(s, holder, "PERSON", "person"))
                continue
            stop = _SENTENCE_AFTER_NAME.search(raw, s, e)
            if stop:
                e = stop.start()  # "the agency Kanal. The …", "the broadcaster KTV. Pelekis …"
            e = s + len(_TRAIL.sub("", raw[s:e]))
            legal = _suffix_inside().search(raw, s, e)
            if legal:
                e = legal.end()  # "the group Gulf Maritime Holding PJSC for 640 million": the suffix ends it
            if e > s:
                out.append(Mention(s, e, "ORG", "lexicon"))
    return out


@cache
def _surname_endings() -> tuple[str, ...]:
    """Endings of family names (``roles.yml`` surname_endings), longest first."""
    return tuple(sorted(load_yaml("roles.yml")["surname_endings"], key=len, reverse=True))


def _surname_shaped(word: str) -> bool:
    """ "Sapaev", "Mkrtchyan", "Beridze": a rare capitalised word with a family name's ending."""
    return (
        word[:1].isupper()
        and any(word.endswith(x) and len(word) >= len(x) + 3 for x in _surname_endings())
        and _surname_word(word)
        and not _is_city(word)
        and not _is_country(word)
    )


def _holder_name(raw: str, start: int, end: int) -> int | None:
    """End of a two- or three-word personal name opening ``raw[start:end]``
    (a rare first word, a family name's ending last), or None: "Bakhrom
    Sapaev" in "Head of the department Bakhrom Sapaev informed"."""
    words = list(re.finditer(r"\S+", raw[start:end]))
    for n in (3, 2):
        if len(words) < n:
            continue
        name = [w.group() for w in words[:n]]
        if _surname_shaped(name[-1]) and all(_surname_word(w) and w[:1].isupper() for w in name) and not lx.known_org(" ".join(name)):
            return start + words[n - 1].end()
    return None


def _extend_org(raw: str, start: int, end: int) -> int:
    words = raw[start:end].split()
    if words and _without_suffix(raw[start:end]):
        return end  # a legal form closes a company's name ("… GmbH on Monday")
    if words and (_is_org_word(words[-1]) or words[-1] in _org_heads()[0]):
        m = _ORG_TAIL.match(raw, end)
        if m and not _CALENDAR.match(m.group().split()[-1]) and not _CALENDAR.search(m.group()):
            return m.end()  # not "Naro Space Center on Friday"
    return end


@cache
def _org_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(heads that end a name, heads that may open one before "of"), from ``data/org_heads.yml``."""
    data = load_yaml("org_heads.yml")
    return frozenset(data["heads"]) | frozenset(data["closing"]) | _legal_suffixes(), frozenset(data["opening"])


@cache
def _legal_suffixes() -> frozenset[str]:
    """Company legal forms ("GmbH", "Sdn Bhd"), from ``data/org_heads.yml``."""
    return frozenset(load_yaml("org_heads.yml")["suffixes"])


@cache
def _suffix_inside() -> re.Pattern[str]:
    """A legal form after a name word, ending it."""
    return re.compile(r"(?<=\w)\s+(?:" + lx.alternation(sorted(_legal_suffixes())) + r")(?![\w’'-])")


def _without_suffix(name: str) -> str | None:
    """ "Kessler Datentechnik GmbH" → "Kessler Datentechnik": the name a company
    is called by again; None when the name has no legal suffix."""
    for suffix in sorted(_legal_suffixes(), key=len, reverse=True):
        if name.endswith(" " + suffix):
            rest = name[: -len(suffix) - 1].rstrip(" ,")
            return rest if rest and (rest[:1].isupper() or _CAMEL.match(rest)) else None
    return None


@cache
def _foreign_pattern() -> re.Pattern[str]:
    """A foreign-language institution: head, then capitalised words and small words."""
    data = load_yaml("org_heads.yml")
    heads = "|".join(map(re.escape, sorted(data["foreign"], key=len, reverse=True)))
    small = "|".join(map(re.escape, sorted(data["joiners"], key=len, reverse=True)))
    cap = r"(?:d[’'])?[A-Z][\w’'-]*"
    return re.compile(r"(?<![\w’'-])(?:" + heads + r")(?:\s+(?:(?:" + small + r")\s+)*" + cap + r"){1,5}(?![\w’'-])")


def _foreign_orgs(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "Ministerio de Sanidad", "Banca d'Italia": names translators leave untranslated."""
    out = []
    for ps, pe in paras:
        for m in _foreign_pattern().finditer(raw, ps, pe):
            end = _strip_dangling(raw, m.end())
            words = list(re.finditer(r"\S+", raw[m.start() : end]))
            role = next((w for w in words[1:] if lx.is_role_word(w.group())), None)
            if role is not None:
                # "Club President Hakan Tekinalp": the head is a title's first word, not a name's
                end = _strip_dangling(raw, m.start() + len(raw[m.start() : m.start() + role.start()].rstrip()))
                if " " not in raw[m.start() : end]:
                    continue
            if not lx.known_person(raw[m.start() : end]):
                out.append(Mention(m.start(), end, "ORG", "headed"))
    return out


def _ends_in_head(text: str) -> bool:
    """A name of two or more capitalised words whose last is an organisation head
    or a company's legal form ("Teranga Numérique SARL", "kiraPay Sdn Bhd")."""
    words = text.split()
    if len(words) >= 2 and _without_suffix(text):
        return True
    return len(words) >= 2 and words[-1] in _org_heads()[0] and all(w[:1].isupper() or _CAMEL.match(w) for w in words)


#: A brand written in camel case with a lower-case start: "kiraPay", "iMoney", "eBay".
_CAMEL = re.compile(r"[a-z]{1,5}[A-Z][\w’'&-]*")
#: Capital letters beyond ASCII that open names: "Öztürk", "Şahin", "İskele", "Čapek", "Łukasz", "Ángel".
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0x00C0, 0x0250)) if c.isupper() and c not in "×")
_CAP = rf"(?:[{_UPPER}]|[a-z]{{1,5}}(?=[A-Z]))[\w’'&-]*"
#: "… Sanayi ve Ticaret A.Ş.", "… Bouw en Infra B.V.": the source language's "and" inside a company's name.
_COMPANY_AND = re.compile(rf"(?:{_CAP}[ ])+(?:ve|und|en|y|e|et|i|a)[ ]$")


@cache
def _headed_pattern() -> re.Pattern[str]:
    """ "Nordic Water Institute", "Ministry of Health": capitalised words ending
    in an organisation head, maybe followed by an "of"/"for" tail."""
    heads = "|".join(map(re.escape, sorted(_org_heads()[0], key=len, reverse=True)))
    return re.compile(
        r"(?<![\w’'-])(?P<pre>(?:" + _CAP + r"\s+){0,5})(?P<head>" + heads + r")(?![\w’'-])"
        r"(?P<tail>\s+(?:of|for|on)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?" + _CAP + r"){0,5})?(?![\w’'-])"
    )


def _headed_orgs(raw: str, paras: list[tuple[int, int]], toks: list[tuple[int, Token]]) -> list[Mention]:
    """Institutions named by their head noun ("Central Election Commission",
    "Bank of Ghana") that spaCy may miss, cut short or mislabel. Leading
    sentence words that are not names ("Yesterday", "But") are left out, and
    a tail stops before a title ("Ministry of Health Minister Ana Ruiz")."""
    heads, opening = _org_heads()
    pos = {off: tok for off, tok in toks}
    out = []
    for ps, pe in paras:
        for m in _headed_pattern().finditer(raw, ps, pe):
            head = m.group("head")
            if head not in heads:
                continue
            words = list(re.finditer(r"\S+", raw[m.start("pre") : m.end("head")]))
            words = [(m.start("pre") + w.start(), w.group()) for w in words]
            # drop a sentence's opening word that is no name ("Yesterday", "But"), titles, dates
            while len(words) > 1:
                off, w = words[0]
                tok = pos.get(off)
                if (
                    (tok is not None and tok.is_sent_start and tok.pos_ not in ("PROPN", "ADJ", "NOUN", "NUM"))
                    or w in ("The", "THE")
                    or w.endswith("-based")  # "Rotterdam-based Havenlijn BV": the seat, not the name
                    or (lx.is_role_word(w) and words[1][1] not in heads)  # not "General Agency for …"
                    or _CALENDAR.match(w)
                    or (w in heads and words[1][1] not in heads)  # not "Inspection Body of …"
                ):
                    words.pop(0)
                    continue
                break
            start, end = words[0][0], m.end("head")
            joined = _COMPANY_AND.search(raw, max(ps, start - 60), start) if head in _legal_suffixes() and start == m.start() else None
            if joined:
                start = joined.start()
            tail = m.group("tail")
            if tail and (len(words) > 1 or head in opening):
                # a title cuts the tail ("Ministry of Health Minister Ana Ruiz"), not a word right after
                # "of" ("Court of General Jurisdiction")
                cut = [
                    t
                    for t in re.finditer(r"\S+", tail)
                    if (lx.is_role_word(t.group()) and not re.search(r"\b(?:of|for|the)\s+$", tail[: t.start()]))
                    or _CALENDAR.match(t.group())
                ]
                tail_end = m.start("tail") + (cut[0].start() if cut else len(tail))
                end = m.start("tail") + len(tail[: tail_end - m.start("tail")].rstrip())
                end = _strip_dangling(raw, end)
            if len(raw[start:end].split()) < 2 or any(lx.known_person(w) for _, w in words):
                continue
            more = _area_after().match(raw, end) if tail else None
            if more:
                end = more.end()  # "… of the Khorezm region": the area's word closes the name
            quoted = _QUOTED_NAME_AFTER.match(raw, end)
            if quoted:
                end = quoted.end()  # 'Association of Water Consumers "Kilichniyozbay"': its own name follows in quotes
            out.append(Mention(start, end, "ORG", "headed"))
    return out


#: An institution's own name in quote marks after its kind: ' "Kilichniyozbay"'.
_QUOTED_NAME_AFTER = re.compile(rf"[ ][“\"«„]{_CAP}(?:[ ]{_CAP}){{0,3}}[”\"»“](?![\w’'-])")


@cache
def _area_after() -> re.Pattern[str]:
    """A lower-case area word (``place_forms.yml`` area_after) after a name: " region", " marz"."""
    return re.compile(rf"[ ](?:{lx.alternation(sorted(load_yaml('place_forms.yml')['area_after']))})(?![\w’'-])")


def _org_repeats(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """An organisation the article names with evidence once ("the union
    Anesco", "Nordic Water Institute") is that organisation wherever the same
    name comes back, even where spaCy calls it a person or misses it."""
    names = {
        raw[m.start : m.end]
        for m in mentions
        if m.label == "ORG" and m.origin in ("lexicon", "headed") and not lx.known_person(raw[m.start : m.end])
    }
    # A word of a full name stays the person's ("Lund" of "Ebba Lund"); a lone
    # word spaCy called a person ("Baltline's director") does not.
    in_people = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    # "Kessler Datentechnik GmbH" comes back as "Kessler Datentechnik"
    names |= {short for n in names if (short := _without_suffix(n)) and lx.fold(short) not in lx.organisation_words()}
    names = {n for n in names if len(n) > 2 and (n[:1].isupper() or _CAMEL.match(n)) and n not in in_people}
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + lx.alternation(sorted(names)) + r")(?![\w-])")
    out = [Mention(m.start(), m.end(), "ORG", "headed") for ps, pe in paras for m in pattern.finditer(raw, ps, pe)]
    return out + _company_first_words(raw, paras, mentions + out, in_people)


def _company_first_words(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], in_people: set[str]) -> list[Mention]:
    """ "Cambrian Pipeline Services Ltd" … "Cambrian said on Friday": a company
    with a legal form and three or more words is called by its first word alone
    later, when that word is rare (no English word, given name, place or
    person's name) and stands alone (no capitalised word after it)."""
    full: dict[str, str] = {}
    for m in mentions:
        text = raw[m.start : m.end]
        short = _without_suffix(text) if m.label == "ORG" else None
        words = short.split() if short else []
        if len(words) < 2:
            continue
        first = words[0]
        if (
            first[:1].isupper()
            and zipf_frequency(first.lower(), "en") < 3.5
            and not _is_given_name(first)
            and not _is_city(first)
            and not _is_country(first)
            and not lx.known_person(first)
            and first not in in_people
        ):
            full.setdefault(first, text)
    if not full:
        return []
    # spaCy's own guess for the lone word ("Cambrian": a nationality) gives way
    guessed = {(m.start, m.end) for m in mentions if m.origin == "spacy" and m.label in ("NORP", "MISC", "PERSON")}
    same: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.label == "ORG":
            same.setdefault((m.start, m.end), []).append(m)
    taken = lx.Ranges([(m.start, m.end) for m in mentions if (m.start, m.end) not in guessed])
    pattern = re.compile(r"(?<![\w’'-])(?:" + lx.alternation(sorted(full)) + r")(?![\w’'-])(?![ ][A-Z])")
    out = []
    for ps, pe in paras:
        for m in pattern.finditer(raw, ps, pe):
            if m.span() in same:
                for other in same[m.span()]:  # found as an organisation already ("Teifi said")
                    other.attrs["canonical"] = full[m.group()]
            elif not taken.overlaps(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), "ORG", "lexicon", {"canonical": full[m.group()]}))
    return out


@cache
def _standalone_pattern() -> re.Pattern[str]:
    nouns = lx.alternation(sorted(load_yaml("org_heads.yml")["standalone"]))
    return re.compile(r"(?<![\w-])(?:the|The)\s+(?P<noun>" + nouns + r")(?![\w’'-])(?!\s+(?:of|for)\s)(?!\s+[A-Z])")


def _standalone_institutions(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "the Region announced", "asked the Government": a government noun
    capitalised after "the" and standing alone (``org_heads.yml`` standalone)
    is the government of the area the article deals with, as translations from
    Italian, Spanish or Portuguese write it. Its canonical is the one
    organisation of the article the noun opens ("Province of Jujuy"), else the
    noun."""
    orgs = [lx.clean_name(raw[m.start : m.end]) for m in mentions if m.label == "ORG"]
    # spaCy's guess that the noun is a person ("The Cabildo speaks …") does not block it
    taken = lx.Ranges([(m.start, m.end) for m in mentions if not (m.origin == "spacy" and m.label == "PERSON")])
    out = []
    for ps, pe in paras:
        for m in _standalone_pattern().finditer(raw, ps, pe):
            s, e = m.span("noun")
            if taken.overlaps(s, e):
                continue
            noun = m.group("noun")
            full = [o for o in orgs if o.startswith(noun + " ")]
            canon = max(full, key=len) if len(set(full)) == 1 else noun
            out.append(Mention(s, e, "ORG", "headed", {"canonical": canon}))
    return out


#: "(Waldaa Hojii Gamtaa Qonnaan Bultoota Bunaa Limmuu)": a name of two or more capitalised words
#: (short lower-case joiners between them) in brackets.
@cache
def _bracketed_name() -> re.Pattern[str]:
    return re.compile(rf"[ ]\((?P<name>{_NAME_WORD}(?:[ ](?:[a-z]{{1,3}}[ ])?{_NAME_WORD}){{1,8}})\)")


def _original_names(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Cooperative Union of Coffee Farmers of Limmu (Waldaa Hojii Gamtaa
    …)": a capitalised name in brackets right after an organisation is the
    same body in its own language, not a person or a place spaCy saw in it."""
    out = []
    for m in mentions:
        if m.label != "ORG" or m.origin == "descriptor":
            continue
        b = _bracketed_name().match(raw, m.end)
        if b:
            s, e = b.span("name")
            out.append(Mention(s, e, "ORG", "lexicon", {"canonical": raw[m.start : m.end]}))
    return out


#: " in charge of the Quality Standards": the field a calqued body's name gives after its head
#: (Kinyarwanda, Swahili and French "chargé de" renderings).
@cache
def _in_charge() -> re.Pattern[str]:
    return re.compile(
        rf"[ ]in[ ]charge[ ]of[ ](?:the[ ])?(?P<run>{_NAME_WORD}(?:[ ](?:(?:and|of|for|of[ ]the)[ ])?{_NAME_WORD}){{0,7}})(?![\w’'-])"
    )


_IN_CHARGE_BEFORE = re.compile(r"\bin[ ]charge[ ]of[ ](?:the[ ])?$")


def _in_charge_names(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "The National Institution in charge of the Quality Standards (RSB)": a
    name whose head ("Institution", "Agency") is followed by "in charge of"
    and a capitalised field goes on to the end of the field. A capitalised
    field after a title ("The Vice Mayor in charge of the Economic
    Development") is a portfolio, no organisation: dropped."""
    heads = _org_heads()[0]
    out, covered = [], []
    for m in mentions:
        text = raw[m.start : m.end]
        if m.label == "ORG" and text.split()[-1] in heads:
            run = _in_charge().match(raw, m.end)
            if run:
                out.append(Mention(m.start, run.end(), "ORG", "headed"))
                covered.append((m.start, run.end()))
    kept = []
    for m in mentions:
        if m.label == "ORG" and any(s < m.start and m.end <= e for s, e in covered):
            continue
        text = raw[m.start : m.end]
        before = _IN_CHARGE_BEFORE.search(raw, max(0, m.start - 20), m.start)
        if m.label == "ORG" and before and not any(w in heads for w in text.split()) and not lx.known_org(text):
            continue  # "in charge of the Economic Development of the District": a portfolio
        kept.append(m)
    return kept + out


#: A head's role and "of the" right before an organisation ("the head of the Directorate of …").
_ROLE_OF_BEFORE = re.compile(
    r"(?i:head|director|chief|chairman|chairwoman|chairperson|chair|president|spokesman|spokeswoman|spokesperson|"
    r"minister|secretary|governor|commissioner)(?:[ ](?:general|adjunct))?[ ](?:of|for|at)[ ](?:the[ ])?$"
)
#: Any role word and "of the"/"at the" before an organisation ("Hydrologist of the Kazakh National University").
_ANY_ROLE_OF_BEFORE = re.compile(r"(?<![\w-])(?P<role>[A-Za-z][a-z-]+)[ ](?:of|at|from)[ ](?:the[ ])?$")


@cache
def _portfolio_words() -> frozenset[str]:
    """Words that end a body's name ("… of Communications", "… of Foreign Affairs")."""
    return frozenset(load_yaml("source_cues.yml")["institutions"]["portfolio_words"])


def _country_long_form(text: str) -> bool:
    """A country's name, maybe in its long form ("Republic of Indonesia", "the Kingdom of Spain")."""
    short = re.sub(
        r"^(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,3}?(?:Republic|Kingdom|Federation|State|Sultanate|Emirate)\s+of\s+(?:the\s+)?", "", text
    )
    return lx.fold(short) in _country_words()


def _org_then_person(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "the head of the Directorate of Communications Fahrettin Altun said", "the President
    of the Republic of Indonesia Budi Santoso": spaCy ran the body's or the country's name
    on into the name of its head, who follows it in a translation's word order. After a
    head's role and "of the", a body's name that ends in a portfolio word (or a country's
    name), then two capitalised words that name a person (a given name first, or a
    surname English does not know), is split into the body and the person."""
    out: list[Mention] = []
    for m in mentions:
        words = list(re.finditer(r"\S+", raw[m.start : m.end])) if m.label in ("ORG", "PLACE") else []
        head_role = _ROLE_OF_BEFORE.search(raw, max(0, m.start - 40), m.start)
        any_role = None if head_role else _ANY_ROLE_OF_BEFORE.search(raw, max(0, m.start - 40), m.start)
        if any_role and not lx.is_role_word(any_role.group("role").lower()):
            any_role = None
        if len(words) >= 3 and (head_role or any_role):
            first, last, prev = words[-2].group(), words[-1].group(), words[-3].group()
            shaped = all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in (first, last))
            body = raw[m.start : m.start + words[-3].end()]
            if m.label == "PLACE":
                ends_body = _country_long_form(body)
            else:
                # "… of Communications": a portfolio; "… University", "… Institute": an organisation's head word
                ends_body = prev.lower() in _portfolio_words() or (prev in _org_heads()[0] and len(words) >= 4)
            if (
                shaped
                and ends_body
                and not lx.known_org(raw[m.start : m.end])
                and (lx.starts_with_given_name(f"{first} {last}") or zipf_frequency(last.lower(), "en") < COMMON_WORD_ZIPF)
            ):
                cut = m.start + words[-2].start()
                out.append(Mention(m.start, m.start + words[-3].end(), m.label, m.origin))
                out.append(Mention(cut, m.end, "PERSON", "headed", {"evidence": True}))
                continue
        out.append(m)
    return out


def _owned_orgs(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "Ghana’s National Disaster Agency": a country the lexicon knows, owning an
    organisation, is a place of its own, and the organisation starts after it."""
    out = []
    for m in mentions:
        hit = _country_owner().match(raw, m.start, m.end) if m.label == "ORG" else None
        if hit and hit.end() < m.end and raw[hit.end() : hit.end() + 1].isupper():
            out.append(Mention(m.start, m.start + len(hit.group("country")), "PLACE", "lexicon"))
            m.start = hit.end()
        owner = _ORG_OWNER.match(raw, m.start, m.end) if m.label == "ORG" else None
        if owner and (owner.group("head") in _org_heads()[0] or _is_org_word(owner.group("head"))):
            # "the Welsh Government’s Department for Rural Affairs": an institution owning another
            words = raw[owner.end() : m.end].split()
            if words and (words[0] in _org_heads()[0] or words[0] in _org_heads()[1]):
                out.append(Mention(m.start, m.start + len(owner.group("owner")), "ORG", m.origin))
                m.start = owner.end()
        out.append(m)
    return out


#: "Welsh Government’s " opening an organisation's span: the owner, then the owned body.
_ORG_OWNER = re.compile(r"(?P<owner>(?:[A-Z][\w-]*[ ]){0,3}(?P<head>[A-Z][\w-]*))[’']s[ ]")


@cache
def _all_country_names() -> tuple[str, ...]:
    """Every country name of roles.yml: the offices' countries and the others."""
    data = load_yaml("roles.yml")
    return tuple([n for c in data["countries"].values() for n in c.get("names", [])] + list(data.get("other_countries", [])))


@cache
def _country_owner() -> re.Pattern[str]:
    names = _all_country_names()
    return re.compile(r"(?P<country>" + lx.alternation(names) + r")[’'ʼ]s\s+")


#: Words that make "<word> of <country>" the country's own name ("the Republic of Uzbekistan").
_STATE_FORMS = frozenset({"Republic", "Kingdom", "State", "Emirate", "Principality", "Sultanate", "Commonwealth", "Federation"})


def _split_nested_orgs(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "Court of Justice of the European Union": a name ending in another
    organisation the lexicon knows is two mentions, the body and the known
    organisation; so is "Armed Forces of Russia" (a country after a word that
    is no organisation head)."""
    known = [m for m in mentions if m.origin == "lexicon" and (m.label == "PLACE" or m.attrs.get("canonical"))]
    heads = _org_heads()[0]
    for m in mentions:
        if m.label != "ORG" or m.origin not in ("spacy", "headed"):
            continue
        for k in known:
            if m.start < k.start and k.end == m.end:
                joint = re.search(r"\s+of\s+(?:the\s+)?$", raw[m.start : k.start])
                # "Armed Forces of Russia" → "Armed Forces" + Russia; a country after
                # an organisation head stays in the name ("Central Bank of Chile").
                body = raw[m.start : m.start + joint.start()].split() if joint else []
                # a plural head too: "Federation of the Pharmaceutical Unions of France"
                if not body or (k.label == "PLACE" and (body[-1] in heads or body[-1].removesuffix("s") in heads)):
                    continue
                if k.label == "PLACE" and (body[-1] in _STATE_FORMS or any(w in heads for w in body)):
                    # "Supreme Court of the Republic of Uzbekistan", "Union of Farmers of Armenia": the
                    # country closes a name that already has its head
                    continue
                if joint:
                    m.end = m.start + joint.start()
                    break
    return mentions


def _strip_dangling(raw: str, end: int) -> int:
    """Drop a trailing joiner ("of", "and", "the") a cut tail left behind."""
    m = re.search(r"(?:\s+(?:of|for|on|and|the|d[’']))+$", raw[:end])
    return m.start() if m else end


@cache
def _country_pattern() -> re.Pattern[str]:
    names = _all_country_names()
    return re.compile(r"(?<![\w-])(?:" + lx.alternation(names) + r")(?![\w-])")


@cache
def _gazetteer() -> frozenset[str]:
    """Lower-case names of countries and cities that are not English words: the
    damage layer's ``places`` (damage.yml) and the GeoNames cities of
    ``places_more.yml`` (see their headers)."""
    names = frozenset(load_yaml("damage.yml")["places"]) | frozenset(str(load_yaml("places_more.yml")["cities"]).split())
    # "Jhansi" for GeoNames' "jhānsi": English news drops the marks; a plain form that is an
    # English word is left out, by the lists' own rule
    plain = {_plain_fold(n) for n in names} - names
    return names | {n for n in plain if zipf_frequency(n, "en") < GAZETTEER_PLAIN_ZIPF}


#: Zipf frequency from which a gazetteer name without its accents is an English word ("places_more.yml"'s rule).
GAZETTEER_PLAIN_ZIPF = 2.5


#: A place preposition, the "and" of a list or a comma after a capitalised name right before a word.
_PLACE_SLOT = re.compile(
    r"(?:(?:^|\s)(?:in|near|from|of|to|outside|around|between|towards|via|and)|[A-Z][^\W\d_]+,)\s"
    # "in north-west Wales", "from southern Kotayk": a compass word between the preposition and the name
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west)\s)?$"
)


def _lowercase_places(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "near lyon", "between Gdynia and karlskrona": a city written in lower case
    (a translation's damage) is still a place when a place preposition comes
    before it; its canonical name is capitalised."""
    out = []
    for ps, pe in paras:
        for m in re.finditer(r"(?<![\w’'-])[a-zà-ÿ][^\W\d_]{3,}(?![\w’'-])", raw[ps:pe]):
            word = m.group()
            start = ps + m.start()
            if word in _gazetteer() and _PLACE_SLOT.search(raw, max(ps, start - 20), start):
                out.append(Mention(start, start + len(word), "PLACE", "lexicon", {"canonical": word[:1].upper() + word[1:]}))
    return out


#: A dateline opening a wire story: "STOCKHOLM, Dec 3 (Reuters) -", "Budapest (MTI) –",
#: "Isfahan – IRNA –", "TURKU. The ferry …": the place the story is filed from.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s+\([A-Z][\w/ .-]{1,24}\)\s*[-–—:]|\s+[-–—]\s*[A-Z][A-Za-z/]{1,10}\s*[-–—]\s)"
    # "TURKU. The ferry …", "SHKODËR – A landslide …", "GALWAY, Ireland (Reuters) — Delivery …"
    rf"|(?P<caps>[{_UPPER}]{{4,}}(?:[ -][{_UPPER}]{{3,}}){{0,2}})"
    r"(?:\.|\s+[–—]|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+\([A-Z][\w/ .-]{1,24}\)\s*[-–—])\s+(?=[A-Z][a-z]|A\s)"
)


def _dateline_places(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """The place of a dateline at the start of a paragraph ("Budapest (MTI) –"),
    which spaCy often misses, having no sentence around it; its canonical name
    is capitalised ("TURKU." is Turku). A place the lexicon knows as an
    organisation or person is left alone."""
    out = []
    for ps, pe in paras:
        m = _DATELINE.match(raw, ps, pe)
        if not m:
            continue
        g = "place" if m.group("place") else "caps"
        text = m.group(g)
        if lx.known_org(text) or lx.known_person(text) or (g == "place" and not text.isupper() and " " in text and _given_name_first(text)):
            continue
        if g == "caps" and zipf_frequency(text.lower(), "en") >= COMMON_WORD_ZIPF and text.lower() not in _gazetteer():
            continue  # "UPDATE – …", "BREAKING. …": a label, not a place
        canonical = " ".join(w.capitalize() for w in text.split()) if text.isupper() else text
        out.append(Mention(m.start(g), m.end(g), "PLACE", "lexicon", {"canonical": canonical}))
    return out


#: Capitalised words a name run may start with that belong to the sentence, not the name.
_RUN_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "On",
        "In",
        "At",
        "Near",
        "From",
        "Along",
        "To",
        "By",
        "Of",
        "This",
        "That",
        "These",
        "Those",
        "And",
        "But",
        "For",
        "With",
        "After",
        "Before",
        "When",
        "While",
        "Where",
        "Since",
        "Until",
        "Outside",
        "Around",
        "Every",
        "Each",
        "Any",
        "All",
        "Some",
        "No",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Your",
        "Whole",
        "Another",
        "Other",
        "Same",
        "Entire",
    ]
)


@cache
def _place_form_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of ``place_forms.yml``: a closing street word, an opening one, an area or a feature word after."""
    data = load_yaml("place_forms.yml")
    closing = [w for word in data["closing"] for w in {word, word[:1].lower() + word[1:]}] + data["closing_capital"]
    area_words = data["area_after"] + data["area_after_more"]
    run = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
    return (
        re.compile(rf"(?<![\w’'-])(?P<name>{run})[ ](?:{lx.alternation(closing)})(?![\w’'-])"),
        re.compile(rf"(?<![\w’'-])(?:{lx.alternation(data['opening'])})[ ](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})(?![\w’'-])"),
        re.compile(rf"(?<![\w’'-])(?P<name>{run})[ ](?:{lx.alternation(area_words)})(?![\w’'-])"),
        re.compile(rf"(?<![\w’'-])(?P<name>{run})[ ](?:{lx.alternation(data['feature_after'])})(?![\w’'-])"),
    )


@cache
def _place_of_pattern() -> re.Pattern[str]:
    """ "the settlement of Obrenovac", "the mayor of Ózd, …": a lower-case place
    noun (``roles.yml`` place_nouns) or a town's office-holder and "of" before
    one to three name words that end the name; after an office-holder the name
    must end at a comma or full stop ("the mayor of London Sadiq Khan" is left
    to the person rules); also a few place nouns right before the name, as
    Scandinavian translations write them ("the village Hovin"). Group
    ``noun``/``bare_noun`` tells a plural, after which a list may follow."""
    forms = load_yaml("place_forms.yml")
    nouns = lx.alternation(sorted(set(load_yaml("roles.yml")["place_nouns"]) | set(forms["of_nouns"])))
    bare = lx.alternation(sorted(_BARE_PLACE_NOUNS | set(forms["before_name"])))
    run = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<noun>{nouns})[ ]of[ ](?:the[ ])?(?P<name>{run})(?![\w’'-]|[ ]{_NAME_WORD})"
        rf"|(?<=[Tt]he[ ])(?P<bare_noun>{bare})[ ](?P<bare>{run})(?![\w’'-]|[ ]{_NAME_WORD})"
        rf"|(?:mayor|mayoress|deputy[ ]mayor|vice-mayor|prefect|regent)[ ]of[ ](?P<held>{run})(?=[,.]))"
    )


#: Place nouns a translation sets right before a name, without "of", as
#: Scandinavian, German and Dutch do ("the village Hovin", "the hamlets
#: Lundamo and Ler", "the municipality Zwolle").
_BARE_PLACE_NOUNS = frozenset(
    # and "the microdistrict Kaitpas", "the microdistricts Nursat, Samal and Asar" (Russian and Kazakh "микрорайон")
    ["village", "villages", "hamlet", "hamlets", "town", "towns", "municipality", "island", "river", "microdistrict", "microdistricts"]
)


@cache
def _place_list_item() -> re.Pattern[str]:
    """The next name of a list after a plural place noun: ", Auk Ywa", " and
    Gololey", after a bracketed gloss of the name before ("Ahtet Ywa (Upper
    Village), …")."""
    run = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
    return re.compile(
        rf"(?:[ ]\([^()\n]{{1,40}}\))?(?:,[ ](?:and[ ]|or[ ])?(?:the[ ])?|[ ](?:and|or)[ ](?:in[ ]|the[ ])?)(?P<item>{run})(?![\w’'-])"
    )


def _plural_place_noun(noun: str) -> bool:
    """ "villages", "neighbourhoods", "cities": a list of places may follow."""
    return noun.endswith("s") and not noun.endswith("ss")


def _no_place_word(word: str, *, roles: bool) -> bool:
    """A word that makes a run something other than a place's name: an organisation
    word or head, a month or weekday, a nationality adjective, and with ``roles``
    a role ("Mayor" before an area word; a street may be a king's: "Queen Halima Street")."""
    return bool(
        _is_org_word(word)
        or word in _org_heads()[0]
        or (roles and lx.is_role_word(word))
        or _CALENDAR.fullmatch(word)
        or word.lower() in HONORIFICS
        or _is_adjective_of_country(word)
    )


def _named_places(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """Places a word of the name makes certain, where spaCy reads a person or
    nothing: a street or feature word closing the name ("Queen Halima Street",
    "Kalna street", "Patong Beach"), one opening it ("Jalan Tun Razak", "Lake
    Tana", "Boulevard of Zoran Đinđić"), a lower-case area word after it
    ("Ljubovija municipality", "the Gofa zone"); ``place_forms.yml``. Sentence
    words before the name are dropped ("On Lily Square"); a run with an
    organisation or role word ("Police district") or a known name is left alone."""
    closing, opening, area, feature = _place_form_patterns()
    out = []
    for ps, pe in paras:
        for kind, pattern in (
            ("closing", closing),
            ("opening", opening),
            ("area", area),
            ("feature", feature),
            ("of", _place_of_pattern()),
        ):
            for m in pattern.finditer(raw, ps, pe):
                start, end = m.span()
                spans = [(start, end)]
                if kind == "of":
                    group = next(g for g in ("name", "bare", "held") if m.group(g))
                    spans = [m.span(group)]
                    noun = m.group("noun") or m.group("bare_noun") or ""
                    # "the villages of Bayaxaw and Gololey": every name of the list
                    while _plural_place_noun(noun) and (item := _place_list_item().match(raw, spans[-1][1], pe)):
                        spans.append(item.span("item"))
                for start, end in spans:
                    out += _named_place(raw, ps, pe, kind, m, start, end)
    return out


def _named_place(raw: str, ps: int, pe: int, kind: str, m: re.Match[str], start: int, end: int) -> list[Mention]:
    """The place of one match of :func:`_named_places` between ``start`` and ``end``, if its words make one."""
    words = raw[start:end].split(" ") if kind == "of" else m.group("name").split(" ")
    if kind != "opening":
        while words and words[0] in _RUN_OPENERS:
            start += len(words.pop(0)) + 1
    # "the DMH Bago Region office": an acronym before the name is an organisation's
    while kind in ("closing", "area", "feature") and len(words) > 1 and words[0].isupper() and len(words[0]) > 1:
        start += len(words.pop(0)) + 1
    if (
        not words
        or any(_no_place_word(w, roles=kind == "area") for w in words)
        or lx.known_org(" ".join(words))
        or lx.known_person(" ".join(words))
    ):
        return []
    if _SPEAKS.match(raw, end) and kind in ("opening", "closing"):
        # "Lake Bell told reporters": places do not speak; but after "the village of", or
        # before "lake" or "district", the noun that speaks is earlier ("The tabia of X reported")
        return []
    opener = raw[start:end].split(" ")[0]
    if kind == "opening" and _is_given_name(opener) and not _PLACE_BEFORE.search(raw, max(ps, start - 8), start):
        return []  # "Isla Fisher", "Sierra Morgan": a given name unless after "in", "on", "near" …
    if kind == "closing" and _said_as_person(raw, start, end):
        return []  # "Chris Lane, a nurse,": a family name that is also a street word (the registers miss Chris)
    if kind == "of" and any(_is_given_name(w) for w in words[1:]):
        return []  # "the mayor of Brzeziny Tadeusz Nowak.": a place, then a person
    if kind == "of" and m.group("noun") == "department" and re.match(r"[ ]?\w", raw[end : end + 2]):
        return []  # "the emergency department of Södersjukhuset last year": a hospital's unit, not a region
    area_word = raw[m.end("name") : m.end()].strip() if kind == "area" else ""
    if area_word in ("city", "town", "village", "community", "colony") and len(words) == 1 and _DEMONYM.fullmatch(words[0]):
        return []  # "a mid-sized Catalan city": an adjective, not the city's name
    if kind == "feature" and raw[m.end("name") : m.end()].strip() == "market" and len(words) == 1 and _DEMONYM.fullmatch(words[0]):
        return []  # "the European market": an economy, not a market place
    if (
        kind == "feature"
        and re.match(r"[ ](\w+)", raw[end : end + 20])
        and lx.fold(re.match(r"[ ](\w+)", raw[end:]).group(1)) in lx.place_nouns()
    ):
        return []  # "the Graubünden mountain village Sartein": the feature word describes the next noun
    if kind in ("area", "feature", "of") and (
        _is_country(" ".join(words))
        or (len(words) == 1 and zipf_frequency(words[0].lower(), "en") >= COMMON_WORD_ZIPF and not _is_city(words[0]))
    ):
        return []  # "Serbia" is found as a country; "Every municipality", "Border area" are no names
    # the area word is kept in the span (it outranks spaCy's "Chiang Rai province") but not the name
    canon = {"canonical": " ".join(words)} if kind == "area" else {}
    more = re.match(r"[ ]([a-z]+)\b", raw[end:pe])
    if kind == "feature" and more and lx.fold(more.group(1)) in _facility_words():
        end += more.end()  # "the Volme valley bridge"
    return [Mention(start, end, "PLACE", "headed", {"evidence": True, **canon})]


@cache
def _home_place() -> re.Pattern[str]:
    """ "of"/"from" and one to three name words that end the name."""
    return re.compile(rf"[ ](?:of|from)[ ](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})(?![\w’'-]|[ ]{_NAME_WORD})")


def _home_places(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "Chief Kalolo of Dedza", "Thérèse Mbuyi of Lemba", "Mrs Chisale from
    Balaka": a name right after a person and "of" or "from" is where they
    live or lead, as translations from languages without a possessive of
    places write it; spaCy reads it as a second person or skips it. The name
    is a place where nothing or a person-reading covers it (an organisation
    reading stays, "Jones of Acme", unless the gazetteer knows a city), and
    none of its words is a given name, an organisation word or a title."""
    people = [m for m in mentions if m.label == "PERSON" and m.origin != "descriptor"]
    out = []
    for p in people:
        m = _home_place().match(raw, p.end)
        if not m or not _inside(paras, m.start()):
            continue
        start, end = m.span("name")
        words = m.group("name").split(" ")
        if (
            any(_no_place_word(w, roles=True) or _is_given_name(w) for w in words)
            or lx.known_org(m.group("name"))
            or lx.known_person(m.group("name"))
        ):
            continue  # "said" after the name is the person's: "Chief Kalolo of Dedza said"
        covering = [o for o in mentions if o.start < end and start < o.end]
        if any(o.label == "PLACE" for o in covering):
            continue
        if any(o.label != "PERSON" or o.origin not in ("spacy", "person") for o in covering) and not _is_city(m.group("name")):
            continue
        if any(o.start < start or o.end > end for o in covering):
            continue  # a longer reading ("Kalolo of Dedza Boma Council") is left alone
        for o in covering:
            mentions.remove(o)
        out.append(Mention(start, end, "PLACE", "headed", {"evidence": True}))
    return out


_LIST_JOIN = re.compile(r",[ ]|[ ](?:and|or)[ ]")


def _drop_place_lists(raw: str, mentions: list[Mention]) -> list[Mention]:
    """spaCy's one span over a list ("Chamba, Kangra and Mandi" as an
    organisation) gives way where a place noun made a member of the list a
    place ("the districts Chamba, …"): the longest span would otherwise win
    and hide every name of the list; the members are found one by one."""
    places = [m for m in mentions if m.label == "PLACE" and m.origin == "headed" and m.attrs.get("evidence")]
    if not places:
        return mentions

    def a_list(m: Mention) -> bool:
        return any(
            m.start <= p.start and p.end <= m.end and (p.start, p.end) != (m.start, m.end) and _LIST_JOIN.search(raw, m.start, m.end)
            for p in places
        )

    return [m for m in mentions if not (m.origin == "spacy" and m.label != "PLACE" and a_list(m))]


def _is_city(text: str) -> bool:
    """A one-word name the gazetteer knows as a city or country."""
    return " " not in text and text[:1].isupper() and text.lower() in _gazetteer()


def _is_country(text: str) -> bool:
    return bool(_country_pattern().fullmatch(text))


def _country_names(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """Countries the lexicon knows are places even where spaCy misses them
    ("with Russia“in", glued to a quote mark) or calls them an organisation."""
    return [Mention(m.start(), m.end(), "PLACE", "lexicon") for ps, pe in paras for m in _country_pattern().finditer(raw, ps, pe)]


#: A capitalised word, maybe hyphenated or with an apostrophe ("Jean-Luc", "O'Brien"), never a possessive.
_NAME_WORD = rf"[{_UPPER}][^\W\d_]*(?:[-’'][{_UPPER}][^\W\d_]*)*"
#: A given name, then one to three more name words, maybe with family-name particles.
_GIVEN_RUN = re.compile(
    rf"(?<![\w’'-])(?P<given>{_NAME_WORD})(?P<rest>(?:[ ](?:{_PARTICLE}[ ])*(?:(?:al|el)-)?{_NAME_WORD}){{1,3}})(?=[’']s\b|[^\w’'-]|$)"
)


@cache
def _given_names() -> frozenset[str]:
    """Given names (``data/first_names.yml``, lower case, accents removed)."""
    data = load_yaml("first_names.yml")
    return frozenset(str(data["female"]).split()) | frozenset(str(data["male"]).split())


def _given_name_people(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "Aminata Ndiaye Sarr", "Detective Superintendent Aoife Brennan": in a
    run of capitalised words, a given name that many countries' registers know
    (``first_names.yml``) followed by one to three rare capitalised words is a
    person, even where spaCy calls it an organisation, cuts it short or misses
    it; titles before the given name are not the name. Words English uses often
    ("Georgia Power", "Victoria Falls"), organisation heads, titles, months,
    countries, place and facility nouns and known organisations keep it from
    being one, and so do "the" or a preposition of place before it ("the
    Victoria Embankment", "in Tula Hidalgo"). A run that a trusted non-person
    mention (lexicon, head noun) covers is left alone; an organisation span
    that runs on into the name ends where the name starts ("the volcanologist
    of the INGV Stefania Lo Giudice")."""
    trusted = [m for m in mentions if m.label not in _NOT_BLOCKING and m.origin != "spacy"]
    orgs = [m for m in mentions if m.label == "ORG"]
    org_names = {raw[m.start : m.end] for m in trusted if m.label == "ORG"}
    out = []
    for ps, pe in paras:
        for run in _PERSON_RUN.finditer(raw, ps, pe):
            if any(m.start < run.end() and run.start() < m.end for m in trusted):
                continue
            words = list(_RUN_NAME_WORD.finditer(raw, run.start(), run.end()))
            for k, given in enumerate(words[:-1]):
                start, end = given.start(), words[min(k + 3, len(words) - 1)].end()
                if not _is_given_name(given.group()) or not _person_context(raw, ps, start, end):
                    continue
                if not all(_surname_word(re.sub(r"^(?:al|el)-", "", w.group())) for w in words[k + 1 : k + 4]):
                    continue
                if _ends_in_head(raw[start:end]) or lx.known_org(raw[start:end]) or raw[start:end] in org_names:
                    continue  # "the company Salar Andino" once: the same name is no person later
                for org in orgs:  # "INGV Stefania Lo Giudice" → "INGV"
                    if org.start < start < org.end <= end:
                        org.end = len(raw[:start].rstrip())
                out.append(Mention(start, end, "PERSON", "person"))
                break
    return out


#: ", Takeshi aoki, said": a capitalised word and a lower-case one between commas, in apposition.
_LOWER_SURNAME = re.compile(rf"(?<=,[ ])(?P<given>{_NAME_WORD})[ ](?P<surname>[a-zß-ÿ][^\W\d_]{{2,}})(?=,)")


def _lowercase_surnames(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "The mayor of Sapporo, Takeshi aoki, said": a given name of the registers
    and a surname a translation wrote in lower case, in apposition between
    commas, is a person, where spaCy reads the given name alone as a place or
    nothing. The surname must be no English word ("a man, Peter said, …" is
    no name); the canonical name is capitalised."""
    out = []
    for ps, pe in paras:
        for m in _LOWER_SURNAME.finditer(raw, ps, pe):
            given, surname = m.group("given"), m.group("surname")
            if not _is_given_name(given) or zipf_frequency(surname, "en") >= LOWERCASE_SURNAME_ZIPF:
                continue
            out.append(Mention(m.start(), m.end(), "PERSON", "person", {"canonical": f"{given} {surname[:1].upper()}{surname[1:]}"}))
    return out


#: A given name and a lower-case word, anywhere: "the mayor of Tarnovo Stanimir
#: petrov came out".
_LOWER_SURNAME_RUNNING = re.compile(rf"(?<![\w’'-])(?P<given>{_NAME_WORD})[ ](?P<surname>[a-zß-ÿ][^\W\d_]{{3,}})(?=[ ,.;:])")
#: … where the lower-case word must be one English does not know at all ("Maria
#: tortillas" is no name: 2.6).
RUNNING_SURNAME_ZIPF = 1.0


@cache
def _registered_given_names() -> frozenset[str]:
    """Every given name of ``first_names.yml``, the less attested too ("Stanimir")."""
    data = load_yaml("first_names.yml")
    return frozenset(w for key in ("female", "male", "female_less", "male_less", "other") for w in str(data.get(key, "")).split())


def _running_lowercase_surnames(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "The mayor of Tarnovo Stanimir petrov came out": a given name of the
    registers and a lower-case word no English or source-language word list knows,
    outside commas too (:func:`_lowercase_surnames` needs them), is a person."""
    from ._fullname import _lower_surname

    out = []
    for ps, pe in paras:
        for m in _LOWER_SURNAME_RUNNING.finditer(raw, ps, pe):
            given, surname = m.group("given"), m.group("surname")
            if raw[m.start() - 2 : m.start()] == ", " and raw[m.end() : m.end() + 1] == ",":
                continue  # :func:`_lowercase_surnames`
            if _plain_fold(given) not in _registered_given_names() or zipf_frequency(surname, "en") >= RUNNING_SURNAME_ZIPF:
                continue
            if not _lower_surname(surname):
                continue
            out.append(Mention(m.start(), m.end(), "PERSON", "person", {"canonical": f"{given} {surname[:1].upper()}{surname[1:]}"}))
    return out


#: Zipf frequency from which a lower-case word after a given name is English, not a surname.
LOWERCASE_SURNAME_ZIPF = 3.5


#: Labels that do not keep a given-name run from being a person.
_NOT_BLOCKING = ("PERSON", "DATE", "TIME", "QUANTITY", "MISC")
#: A run of capitalised name words, maybe with family-name particles or "al-"/"el-" between them.
_PERSON_RUN = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ])*(?:(?:al|el)-)?{_NAME_WORD})*(?=[’']s\b|[^\w’'-]|$)")
#: One capitalised word of such a run (with its "al-"/"el-"), never a possessive ending.
_RUN_NAME_WORD = re.compile(rf"(?<![\w’'-])(?:(?:al|el)-)?{_NAME_WORD}")


@cache
def _any_given_names() -> frozenset[str]:
    """Given names of one gender and of either (``first_names.yml`` other): to
    find names, not genders ("Rakesh", "Kadri", "Fatuma" are in registers of
    fewer people)."""
    return _given_names() | frozenset(str(load_yaml("first_names.yml").get("other", "")).split())


def _is_given_name(word: str) -> bool:
    return _plain_fold(word) in _any_given_names() and not _CALENDAR.match(word) and not lx.is_role_word(word)


def _person_context(raw: str, ps: int, start: int, end: int) -> bool:
    """False after "the" ("the Victoria Embankment"), a place noun and "of"
    ("the airport of Bari Palese") or a preposition of place ("in Tula
    Hidalgo"), unless the name is someone's ("in Ana Ruiz’s view")."""
    if re.search(r"(?:^|\s)(?:the|The)\s$", raw[max(ps, start - 4) : start]):
        return False
    of = re.search(r"(?:^|\s)([a-z]+)\s+of\s$", raw[max(ps, start - 24) : start])
    if of and lx.fold(of.group(1)) in lx.place_nouns():
        return False  # "the airport of Bari Palese"
    return not re.search(r"(?:^|\s)(?:in|near|outside)\s$", raw[max(ps, start - 8) : start]) or bool(re.match(r"[’']s?\b", raw[end:]))


def _surname_word(word: str) -> bool:
    """A word that may be part of a personal name after the given name."""
    return not (
        zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF
        or _is_org_word(word)
        or word in _org_heads()[0]
        or lx.is_role_word(word)
        or _CALENDAR.match(word)
        or lx.known_org(word)
        or _is_country(word)
        or lx.fold(word) in _facility_words()
        or lx.fold(word) in lx.place_nouns()
        or word in _admin_units()
    )


@cache
def _facility_words() -> frozenset[str]:
    """Last words of place and building names (``roles.yml`` facility_words)."""
    return frozenset(lx.fold(w) for w in load_yaml("roles.yml").get("facility_words", []))


def _plain_fold(word: str) -> str:
    """Lower case without accents, as ``first_names.yml`` writes names."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _known_people(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """Office-holders the lexicon knows, wherever their names appear."""
    pattern = lx.people_pattern()
    return [Mention(m.start(), m.end(), "PERSON", "person") for ps, pe in paras for m in pattern.finditer(raw, ps, pe)]


def _trim(raw: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading "the", trailing possessive/punctuation, person titles."""
    text = raw[start:end]
    m = _TRAIL.search(text)
    if m:
        end = start + m.start()
    if label in NAME_LABELS:
        m = _LEAD.match(raw[start:end])
        if m:
            start += m.end()
    if label in ("TIME", "QUANTITY", "DATE"):
        m = _HEDGES.match(raw[start:end])
        if m and m.end() < end - start:
            start += m.end()
    if label == "PERSON":
        # "President Daniel Ortega", "Palace spokesman Sergio Ramírez": keep the name.
        words = list(re.finditer(r"\S+", raw[start:end]))
        k = 0
        while k < len(words) - 1:
            w = words[k].group()
            if (
                w.lower() in HONORIFICS
                or _is_address_title(w)  # "Datuk Azlan Hashim", "Sheikh Omar Farah"
                or lx.is_role_word(w)
                or w.lower() in _person_nouns()  # "Novelist Amara Obi", "Teenager Kowal"
                or w[:1].islower()
                or lx.office_for(w)
                or _is_adjective_of_country(w)
                # a rank in capitals before a full name ("AKP Dedi Kurniawan", Indonesia's police ranks)
                or (k == 0 and len(words) >= 3 and _RANK_ACRONYM.fullmatch(w) is not None)
            ):
                k += 1
                continue
            break
        if k:
            start += words[k].start()
    return start, end


@cache
def _address_titles() -> frozenset[str]:
    """Titles of address and religious titles (``roles.yml`` address_titles)."""
    return frozenset(lx.fold(w) for w in load_yaml("roles.yml")["address_titles"])


def _is_address_title(word: str) -> bool:
    return lx.fold(word) in _address_titles() or lx.fold(word.rstrip(".")) in _address_titles()


@dataclass(frozen=True)
class _NotNames:
    vessel: re.Pattern[str]
    awards: frozenset[str]
    holiday: re.Pattern[str]
    products: frozenset[str]


@cache
def _not_names() -> _NotNames:
    """Ships' nouns, award heads and holidays (``not_names.yml``) as patterns."""
    data = load_yaml("not_names.yml")
    return _NotNames(
        vessel=re.compile(rf"(?<![\w’'-])(?:{lx.alternation(data['vessel_nouns'])})[ ]$", re.IGNORECASE),
        awards=frozenset(data["award_heads"]),
        holiday=re.compile(rf"(?:{lx.alternation(data['holidays'])})(?![\w’'-])"),
        products=frozenset(data["products"]),
    )


def _no_name(raw: str, m: Mention) -> bool:
    """A mention that names nobody: a product ("iPhone", "Android"); a title of address alone ("Datuk said", "The
    Rabbi asked"); a spaCy name after a ship's noun ("the ferry Agia Marina"),
    ending in an award's head ("the Kossuth Prize") or opening with a holiday
    ("Hari Raya Aidilfitri"), ``not_names.yml``; or a "person" spaCy made of
    two or more common English words a translation capitalised ("Water Supply
    had been cut", "Rescue Workers pulled"), unless the first is a given name
    ("Rose Green")."""
    if m.label not in ("PERSON", "ORG", "PLACE") or m.origin == "descriptor":
        return False
    text = raw[m.start : m.end]
    if text in _not_names().products:
        return True  # "an iPhone charger": a product, not its maker
    if m.origin == "lexicon":
        return False
    if m.label != "PLACE" and _is_address_title(text):
        return True
    words = text.split()
    not_names = _not_names()
    if m.origin in ("spacy", "person", "headed") and not_names.vessel.search(raw, max(0, m.start - 20), m.start):
        return True  # "the ferry Agia Marina", "the ferry Ilha Formosa" (a place word opening a ship's name)
    if m.origin in ("spacy", "person") and words[-1] in not_names.awards:
        return True  # "the ferry Agia Marina", "the Kossuth Prize"
    if m.origin in ("spacy", "person") and not_names.holiday.match(text):
        return True  # "Hari Raya Aidilfitri"
    return (
        m.label == "PERSON"
        and m.origin in ("spacy", "person")
        and len(words) >= 2
        and all(w[:1].isupper() and zipf_frequency(w.lower(), "en") >= COMMON_WORD_ZIPF for w in words)
        and not _is_given_name(words[0])
        and not lx.known_person(text)
        and not _said_as_person(raw, m.start, m.end)
    )


#: A speech verb right after a name: a person's, not a place's.
_SPEAKS = re.compile(r"[ ](?:said|says|told|added|explained|stated|asked|recalled|wrote)\b")
#: A preposition of place right before a name.
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|on|at|near|along|to|from|of|off|into)[ ]$")
#: What makes a run of common words someone's name after all: a title before it, or after it a
#: possessive, an apposition ("George Brown, a nurse,") or a speech verb ("George Brown said").
_PERSON_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?[ ]$")
_PERSON_AFTER = re.compile(r"(?:[’']s\b|,[ ](?:a|an|the|who|whose)\b|[ ](?:said|says|told|added|explained|stated|asked|recalled|wrote)\b)")


def _said_as_person(raw: str, start: int, end: int) -> bool:
    """A name the sentence treats as a person's: the registers of given names
    miss some English ones ("George Brown said"), so common words alone are no proof."""
    return bool(_PERSON_BEFORE.search(raw, max(0, start - 6), start) or _PERSON_AFTER.match(raw, end))


def _is_adjective_of_country(word: str) -> bool:
    return word.endswith(("ian", "ese", "ish", "can")) and word[:1].isupper()


def _plausible(text: str, label: str) -> bool:
    """Names need a capital letter and no digits; junk like "todayhe" fails,
    and so does one common word spaCy took for an organisation ("State")."""
    if label in ("PERSON", "ORG", "PLACE"):
        if not any(c.isupper() for c in text):
            return False
        if (
            label == "ORG"
            and " " not in text
            and not text.isupper()
            and zipf_frequency(text.lower(), "en") >= COMMON_ORG_ZIPF
            and not lx.known_org(text)
        ):
            return False
        if label == "PERSON" and (any(c.isdigit() for c in text) or len(text) < 2):
            return False
    return bool(re.search(r"\w", text))


def _extend_surname(raw: str, toks: list[tuple[int, Token]], by_end: dict[int, int], end: int) -> int:
    """Join a capitalised proper noun spaCy left just outside a person span."""
    i = by_end.get(end)
    if i is None or i + 1 >= len(toks):
        return end
    noff, nxt = toks[i + 1]
    if (
        raw[end:noff] == " "
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and not nxt.ent_type_
        and not lx.is_role_word(nxt.text)
        and not nxt.is_sent_start
    ):
        return noff + len(nxt)
    return end


def _lexicon_orgs(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    pattern = lx.org_pattern()
    out = []
    for pstart, pend in paras:
        for m in pattern.finditer(raw, pstart, pend):
            org = lx.known_org(m.group())
            if org:
                out.append(Mention(m.start(), m.end(), "ORG", "lexicon", {"canonical": org.name}))
    return out


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest, then most trusted, of overlapping mentions."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), -_PRIORITY[m.origin], m.start))
    kept: list[Mention] = []
    taken = lx.Ranges()
    for m in ranked:
        if not taken.overlaps(m.start, m.end):
            kept.append(m)
            taken.add(m.start, m.end)
    return sorted(kept, key=lambda m: m.start)


# --------------------------------------------------------------------------
# evidence in the form of a name: brackets, legal forms, head words


@cache
def _prefix_pattern() -> re.Pattern[str]:
    """A legal form that opens a company's name (``org_heads.yml`` prefixes) and the name."""
    prefixes = load_yaml("org_heads.yml")["prefixes"]
    return re.compile(rf"(?<![\w-])(?:{lx.alternation(sorted(prefixes))})[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,4}}(?![\w-])")


@cache
def _quoted_company_pattern() -> re.Pattern[str]:
    """A name between quote marks, then a legal form: '"Meghradzor Gold" CJSC'."""
    suffixes = lx.alternation(sorted(_legal_suffixes()))
    return re.compile(rf"[“\"«„](?P<name>(?:{_NAME_WORD}|[0-9]+)(?:[ -](?:{_NAME_WORD}|[0-9]+)){{0,4}})[”\"»“][ ](?:{suffixes})(?![\w’'-])")


def _quoted_companies(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """'"Meghradzor Gold" CJSC', 'the company "Gurlan Agro Klaster" MChJ': post-Soviet
    and Central Asian news put a company's name between quote marks and its
    legal form after them, so the name is the company's wherever it comes back
    ('the director of "Meghradzor Gold"'); a spaCy span that runs over a quote
    mark into the name ('Later "Gurlan Agro') gives way, and the legal form
    alone is no name."""
    names = {m.group("name") for ps, pe in paras for m in _quoted_company_pattern().finditer(raw, ps, pe)}
    if not names:
        return []
    pattern = re.compile(r"(?<![\w’'-])(?:" + lx.alternation(sorted(names)) + r")(?![\w’'-])")
    # the legal form outweighs a given name's look ("Sevan Aqua")
    out = [Mention(m.start(), m.end(), "ORG", "lexicon") for ps, pe in paras for m in pattern.finditer(raw, ps, pe)]
    for other in mentions:
        if other.origin != "spacy":
            continue
        text = raw[other.start : other.end]
        inside = any(other.start < o.end and o.start < other.end for o in out)
        after_quote = text in _legal_suffixes() and re.search(r"[”\"»][ ]$", raw[max(0, other.start - 2) : other.start])
        if (inside and re.search(r"[“”\"«»„]", text)) or after_quote:
            other.end = other.start
    return out


def _prefixed_companies(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "PT Karya Tirta Utama", "OOO Severstroy": a legal form before the name
    (Indonesia, Russia, Kazakhstan) makes the run a company, which spaCy's
    small model reads as a person."""
    return [Mention(m.start(), m.end(), "ORG", "headed") for ps, pe in paras for m in _prefix_pattern().finditer(raw, ps, pe)]


@cache
def _lowercase_head_pattern() -> re.Pattern[str]:
    heads = lx.alternation(sorted(load_yaml("org_heads.yml")["lowercase_heads"]))
    return re.compile(rf"(?<![\w-])(?:the|The)[ ](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ ](?:{heads})(?![\w’'-])")


@cache
def _lowercase_institution_pattern() -> re.Pattern[str]:
    data = load_yaml("org_heads.yml")["lowercase_institutions"]
    seated, named = lx.alternation(sorted(data["seated"])), lx.alternation(sorted(data["named"]))
    after = lx.alternation(sorted(data["after_name"]))
    return re.compile(
        rf"(?<![\w’'-])(?P<seated>{seated})(?=[ ](?:of|in)[ ][{_UPPER}])"
        rf"|(?<![\w’'-])(?P<named>(?:[{_UPPER}][\w-]+[ ])?(?:{named}))(?![\w’'-])"
        rf"|(?<![\w’'-])(?P<after>(?!(?:The|A|An|This|That|Its|Their)[ ])[{_UPPER}][\w-]+[ ](?:{after}))(?![\w’'-])"
    )


def _lowercase_institutions(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "the prosecutor's office of Lecce", "the Styrian court of audit": an
    institution translations write in lower case (``org_heads.yml``
    lowercase_institutions); a prosecutor's office only with its seat named
    after it, which stays a place of its own."""
    out = []
    for ps, pe in paras:
        for m in _lowercase_institution_pattern().finditer(raw, ps, pe):
            start, end = m.span("seated") if m.group("seated") else m.span("after") if m.group("after") else m.span("named")
            if m.group("after") and lx.is_role_word(m.group("after").split()[0]):
                continue  # "Judge regional court" is no name
            first = re.match(r"(?:The|A|An|This|That|Its|Their)[ ]", raw[start:end])
            if first:
                start += first.end()  # "The court of audit said": no adjective of the name
            seat = re.match(rf"[ ](?:of|in)[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}", raw[end:pe]) if m.group("seated") else None
            canon = {"canonical": raw[start:end] + seat.group()} if seat else {}
            out.append(Mention(start, end, "ORG", "headed", canon))
            if seat:  # the seat is a place, whatever spaCy guessed
                name = re.search(_NAME_WORD + r".*", seat.group())
                out.append(Mention(end + name.start(), end + seat.end(), "PLACE", "headed", {"evidence": True}))
    return out


@cache
def _seated_office_pattern() -> re.Pattern[str]:
    data = load_yaml("org_heads.yml")["seated_offices"]
    heads, areas = lx.alternation(data["heads"]), lx.alternation(data["areas"])
    fields, facilities = lx.alternation(data["fields"]), lx.alternation(data["facilities"])
    seat = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
    field = rf"(?:{fields})(?:[ ](?:and|&)[ ](?:{fields}))?"
    kind = rf"(?:(?:{field}[ ])?(?:{heads})[ ]of[ ](?:the[ ])?{field}|{field}[ ](?:{heads})|(?:{facilities}))"
    return re.compile(
        # "the Kabwe district agriculture office", "the Genet health centre"
        rf"(?<![\w’'-])(?P<named>{seat}[ ](?:(?:{areas})[ ])?(?:{field}[ ](?:{heads})|(?:{facilities})))(?![\w’'-])"
        # "the office of agriculture of Limmu Kossa district", "the veterinary office of the district"
        rf"|(?<=\b[Tt]he[ ])(?P<seated>{kind}[ ]of[ ](?:the[ ](?:{areas})(?![ ][{_UPPER}])|{seat}(?:[ ](?:{areas}))?))(?![\w’'-])"
    )


_NO_SEAT = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her", "In", "At", "On", "For", "From", "By", "With"})


def _seated_offices(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "the Kabwe district agriculture office", "the office of agriculture of
    Limmu Kossa district", "the veterinary office of the district", "the health
    centre of Genet": a public office or facility named in lower case by its
    field and its seat (``org_heads.yml`` seated_offices) is one organisation,
    seat included, whatever spaCy made of the seat alone."""
    out = []
    for ps, pe in paras:
        for m in _seated_office_pattern().finditer(raw, ps, pe):
            start, end = m.span("named") if m.group("named") else m.span("seated")
            if m.group("named"):
                first = raw[start:end].split()[0]
                if first in _NO_SEAT or lx.is_role_word(first) or _CALENDAR.match(first) or lx.known_person(first):
                    continue  # "In health office …", "Minister Banda …": no seat
            out.append(Mention(start, end, "ORG", "headed", {"canonical": raw[start:end]}))
    return out


#: Words that end a name run rather than sit inside one ("Eko forum Zenica" but not "Unite and The …").
_FUNCTION_WORDS = r"(?:and|or|in|at|on|to|by|with|from|for|the|of|is|was|said|says|which|who|that)"


@cache
def _member_body_pattern() -> re.Pattern[str]:
    nouns = lx.alternation(load_yaml("org_heads.yml")["member_bodies"])
    return re.compile(
        rf"(?<![\w’'-])(?:{nouns})[ ]of[ ](?:[a-z][\w’'-]*(?:s|men|people)|women|youth)[ ]"
        rf"(?P<name>{_NAME_WORD}(?:[ ](?:(?!{_FUNCTION_WORDS}[ ])[a-z]+[ ])?{_NAME_WORD}){{0,4}})(?![\w’'-])"
    )


def _member_bodies(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "the cooperative of breeders Twitezimbere Borozi": a body's lower-case
    kind and the members it gathers (``org_heads.yml`` member_bodies) before a
    capitalised run, as translations word it; the run is the body's own name,
    not a person's (spaCy's guess for a name in another language)."""
    out = []
    for ps, pe in paras:
        for m in _member_body_pattern().finditer(raw, ps, pe):
            s, e = m.span("name")
            name = raw[s:e]
            if lx.known_person(name) or _CALENDAR.match(name) or lx.starts_with_given_name(name):
                continue  # "the union of farmers Monday", "… of growers John Banda said"
            stop = _SENTENCE_AFTER_NAME.search(raw, s, e)
            e = stop.start() if stop else e
            out.append(Mention(s, e, "ORG", "lexicon"))
    return out


def _lowercase_headed(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "the Isala hospital", "the Karolinska institute": a name with its kind in
    lower case after it, as translations write it, is an institution (spaCy
    calls the name alone a place); "the Nairobi hospital" stays the town's."""
    out = []
    for ps, pe in paras:
        for m in _lowercase_head_pattern().finditer(raw, ps, pe):
            name = m.group("name")
            if any(_is_city(w) or _is_country(w) or w.lower() in _gazetteer() or lx.is_role_word(w) for w in (name, *name.split())):
                continue
            if lx.known_person(name) or _CALENDAR.match(name):
                continue
            out.append(Mention(m.start("name"), m.end(), "ORG", "headed"))
    return out


#: "Regent of Bekasi Dani Ramadhan", "Mayor of London Sadiq Khan": a title, "of", a place and,
#: with no comma, the holder's name.
_TITLE_OF_RUN = re.compile(rf"(?<![\w-])(?P<title>[A-Za-z]+)\s+of\s+(?:the\s+)?(?P<run>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{2,4}})(?![\w’'-])")


@cache
def _title_of_area_run() -> re.Pattern[str]:
    """ "The khokim of Gurlan district Shukhrat Rakhimov": a title, "of", a place
    with its lower-case area word (``place_forms.yml`` area_after), then a run of names."""
    areas = lx.alternation(sorted(load_yaml("place_forms.yml")["area_after"]))
    return re.compile(
        rf"(?<![\w-])(?P<title>[A-Za-z]+)\s+of\s+(?:the\s+)?{_NAME_WORD}(?:[ ]{_NAME_WORD})?[ ](?:{areas})[ ]"
        rf"(?P<run>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})(?![\w’'-])"
    )


def _holders_after_place(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The holder's name after "<title> of <place>" written without a comma, as
    Indonesian and other translations do; spaCy's small model reads the whole
    run as one place or nothing. The name is the last two words (three when
    they open with a given name); the words before are the place."""
    out = []
    for ps, pe in paras:
        for m in _TITLE_OF_RUN.finditer(raw, ps, pe):
            words = list(re.finditer(_NAME_WORD, m.group("run")))
            if not lx.is_role_word(m.group("title")) or any(_is_org_word(w.group()) or w.group() in _org_heads()[0] for w in words):
                continue
            n = 3 if len(words) >= 4 and _is_given_name(words[-3].group()) else 2
            name = words[-n:]
            first = name[0].group()
            if not all(_surname_word(w.group()) for w in name[1:]) or not (_is_given_name(first) or _surname_word(first)):
                continue
            start, end = m.start("run") + name[0].start(), m.start("run") + name[-1].end()
            for other in mentions:  # spaCy's "Sleman Hari Wibowo": the place is not the name
                if other.origin == "spacy" and other.start < start < other.end <= end:
                    other.start = start
            out.append(Mention(start, end, "PERSON", "person"))
        for m in _title_of_area_run().finditer(raw, ps, pe):
            # the area word ends the place, so the whole run after it is the holder's name
            words = m.group("run").split()
            if not lx.is_role_word(m.group("title")) or not (_is_given_name(words[0]) or _surname_word(words[0])):
                continue
            if not all(_surname_word(w) for w in words[1:]) or lx.known_org(m.group("run")):
                continue
            out.append(Mention(m.start("run"), m.end("run"), "PERSON", "person"))
    return out


#: "…, writes Norrbotten's Courier.": a reporting verb before a name that closes the clause.
_OUTLET_AFTER_VERB = re.compile(
    r"(?<![\w-])(?:writes|wrote|reports|reported|informs|informed|reveals|revealed|announces|announced)\s+"
    r"(?P<name>[A-Z][\w.&-]*(?:[’']s)?(?:\s+[A-Z][\w.&-]*(?:[’']s)?){0,4})(?=\s*[.,;])"
)
#: "As Dnevnik learns, …": Balkan and Central European news ("Kako saznaje …", "Jak zjistil …") name
#: the outlet that found something out before "learns" in this order.
_OUTLET_LEARNS = re.compile(
    r"(?<![\w-])As\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
    r"(?:unofficially\s+)?(?:learns|learned|has\s+learned|finds\s+out|found\s+out|has\s+found\s+out|has\s+learnt|learnt)\b"
)


def _outlets_after_verb(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "…, writes Norrbotten's Courier.", "reported Dagbladet.": the news
    convention (and Nordic, German and Romance word order in translation) that
    puts the outlet after its reporting verb at the end of the clause; "As
    Dnevnik learns," in Balkan and Central European translation. Not a
    person's name (a given name first, or the family name of one of the
    article's full names: "wrote Benítez-Ortega,") nor a country or known person."""
    family = {
        " ".join(words[k:])
        for m in mentions
        if m.label == "PERSON" and len(words := raw[m.start : m.end].split()) > 1
        for k in range(1, len(words))
    }
    out = []
    for ps, pe in paras:
        for m in itertools.chain(_OUTLET_AFTER_VERB.finditer(raw, ps, pe), _OUTLET_LEARNS.finditer(raw, ps, pe)):
            name = m.group("name")
            first = re.sub(r"[’']s$", "", name.split()[0])
            if _is_given_name(first) or lx.known_person(name) or _is_country(name) or _is_city(name) or lx.is_role_word(first):
                continue
            if re.sub(r"[’']s$", "", name) in family:
                continue
            out.append(Mention(m.start("name"), m.end("name"), "ORG", "headed"))
    return out


@cache
def _translated_outlet_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Word-for-word renderings of outlets' names that open with a capital "The"
    (``outlets.yml`` translations: "The Parisian" for Le Parisien) after a
    citing word, and the outlet each stands for."""
    forms: dict[str, str] = {}
    for entry in load_yaml("outlets.yml"):
        for form in entry.get("translations") or []:
            if str(form).startswith("The ") and 2 <= len(str(form).split()) <= 4:
                forms.setdefault(str(form), entry["name"])
    names = lx.alternation(sorted(forms, key=len, reverse=True))
    cue = r"(?:[Bb]y|to|told|[Aa]ccording\s+to|[Ii]n)"
    return re.compile(rf"(?<![\w-]){cue}\s+(?P<name>{names})(?=\s*[,.;:)]|\s+[a-z])"), forms


def _translated_outlets_cited(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "Interrogated by The Parisian, a researcher …", "told The World": a
    translation renders a cited outlet's name word for word with its article
    capitalised; after a citing word it is that outlet (the damage layer flags
    the rendering), not a people's adjective."""
    pattern, forms = _translated_outlet_pattern()
    out = []
    for ps, pe in paras:
        for m in pattern.finditer(raw, ps, pe):
            out.append(Mention(m.start("name"), m.end("name"), "ORG", "lexicon", {"canonical": forms[m.group("name")]}))
    return out


#: A name of one to three words with an age in brackets: "Sukarmi (52)", "Jan de Vries (71)".
_AGED = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ])*{_NAME_WORD}){{0,2}})[ ]\((?P<age>\d{{1,3}})\)")


#: Burmese honorifics written before the whole name ("U Kyaw Zin Lat", "Daw Nilar Win", "Ko Min Thu").
_BURMESE_HONORIFIC = re.compile(rf"(?<![\w’'.-])(?:U|Daw|Ko|Maung|Naw)[ ](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}})(?![\w’'-])")


def _honorific_people(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "Daw Nilar Win", "U Aung Ko Oo": a Burmese honorific before one to four
    name words, one of them rare, is a person (Burmese names have no family
    name, so the honorific is all that marks them); the span keeps the
    honorific, as the article repeats the name with it."""
    out = []
    for ps, pe in paras:
        for m in _BURMESE_HONORIFIC.finditer(raw, ps, pe):
            words = m.group("name").split()
            if any(_is_org_word(w) or w in _org_heads()[0] or lx.is_role_word(w) or _CALENDAR.fullmatch(w) for w in words):
                continue
            if all(zipf_frequency(w.lower(), "en") >= COMMON_WORD_ZIPF for w in words):
                continue  # a run of English words ("U Turn Lane") is no name
            if _PLACE_BEFORE.search(raw, max(ps, m.start() - 8), m.start()):
                continue  # "on Ko Samui": Thai "Ko" (island) opens a place's name
            out.append(Mention(m.start(), m.end(), "PERSON", "person"))
    return out


#: A patronymic or given name written as an initial before the name a person is called by:
#: Mongolian "B. Erdenebileg", "Ts. Enkhbold", Russian, Kazakh and Uzbek "A. Ruzmetov", "Zh. Abenov"
#: (the digraphs romanise one Cyrillic letter: Ч, Ш, Ц, Х, Ж, Я, Ю, Е); up to three initials, as South
#: Indian names write them ("K. R. Suresh Babu").
_INITIALLED = re.compile(
    rf"(?<![\w.’'-])(?:(?:[A-Z]|Ch|Sh|Ts|Kh|Zh|Ya|Yu|Ye)\.[ ]?){{0,2}}(?:[A-Z]|Ch|Sh|Ts|Kh|Zh|Ya|Yu|Ye)\.[ ]"
    rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)(?![\w’'-])"
)


def _initialled_people(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "B. Erdenebileg said", "Ch. Ganzorig informed": an initial and a rare
    capitalised word are a person, as Mongolian and post-Soviet news write
    names (the small model calls them organisations), and so is the name alone
    wherever it comes back ("Erdenebileg said"). Not a middle initial after a
    given name ("John F. Kennedy", spaCy's), nor a letter ending a sentence
    before a common word, a place or an institution ("plan B. Officials",
    "World War I. Germany"). A spaCy span running into the name from the
    left ("Tourism B. Gerelmaa") is cut before it."""
    names: set[str] = set()
    out = []
    for ps, pe in paras:
        for m in _INITIALLED.finditer(raw, ps, pe):
            before = re.search(rf"({_NAME_WORD})[ ]$", raw[max(ps, m.start() - 30) : m.start()])
            if before and _is_given_name(before.group(1)):
                continue  # a middle initial
            words = m.group("name").split()
            if not all(_surname_word(w) and not _is_city(w) and not lx.known_org(w) for w in words):
                continue
            out.append(Mention(m.start(), m.end(), "PERSON", "person"))
            names.add(m.group("name"))
    if not names:
        return []
    pattern = re.compile(r"(?<![\w’'.-])(?<![A-Z][a-z]\.[ ])(?<![A-Z]\.[ ])(?:" + lx.alternation(sorted(names)) + r")(?![\w’'-])")
    for ps, pe in paras:
        for m in pattern.finditer(raw, ps, pe):
            start = m.start()
            given = re.search(rf"(?<![\w’'.-])({_NAME_WORD})[ ]$", raw[max(ps, start - 30) : start])
            if given and (_is_given_name(given.group(1)) or _surname_word(given.group(1))) and not lx.is_role_word(given.group(1)):
                start -= len(given.group())  # "Dilshod Karimov" before "D. Karimov": the full name
            out.append(Mention(start, m.end(), "PERSON", "person"))
    for other in mentions:
        for person in out:
            if other.origin == "spacy" and other.start < person.start < other.end <= person.end:
                cut = len(raw[other.start : person.start].rstrip(" ,"))
                left = raw[other.start : other.start + cut]
                # "Tourism B. Gerelmaa": one word left of a title's portfolio is no name
                keep = " " in left or left in _org_heads()[0] or lx.known_org(left) or _is_country(left) or _is_city(left)
                other.end = other.start + cut if keep else other.start
    return out


def _aged_people(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "A resident, Sukarmi (52), said": an age in brackets after a name is how
    the Indonesian, Spanish, German or Dutch press introduce a person, so the
    name is a person there and wherever it comes back in the article, even
    where spaCy calls a one-word name an organisation."""
    names = set()
    for ps, pe in paras:
        for m in _AGED.finditer(raw, ps, pe):
            words = m.group("name").split()
            while words and (lx.is_role_word(words[0]) or words[0] in ("The", "A", "An")):
                words = words[1:]  # "Resident Sukarmi (52)": the title is not the name
            if not words or not 1 <= int(m.group("age")) <= 110:
                continue
            if any(_is_org_word(w) or _CALENDAR.match(w) or lx.is_role_word(w) or _is_country(w) for w in words):
                continue  # "Wednesday (9)", "Terminal (2)"
            if all(zipf_frequency(w.lower(), "en") >= COMMON_WORD_ZIPF for w in words):
                continue  # "Article (5)": common words, not a name
            names.add(" ".join(words))
    if not names:
        return []
    pattern = re.compile(r"(?<![\w’'-])(?:" + lx.alternation(sorted(names)) + r")(?![\w’'-])")
    return [Mention(m.start(), m.end(), "PERSON", "person") for ps, pe in paras for m in pattern.finditer(raw, ps, pe)]


#: A party's short name in brackets: "(S)", "(ÖVP)", "(PiS)", "(CDU/CSU)".
_PARTY_TAG = re.compile(r"[ ]\((?P<tag>[A-ZÀ-Þ][A-Za-zÀ-ÿ/]{0,7}|[A-ZÀ-Þ][A-Za-zÀ-ÿ]+(?:[-/][A-ZÀ-Þ][A-Za-zÀ-ÿ]*)+)\)")
#: A word with a capital after a lower-case letter: "GroenLinks", "PvdA", "SPÖ".
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


def _party_like(tag: str) -> bool:
    """Mostly capitals ("ÖVP", "S") or camel case ("PvdA"); each part of a joined tag
    ("GroenLinks-PvdA", "CDU/CSU") is one, so "(Photo)" or "(Zwolle)" is not."""
    letters = [c for c in tag if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 >= len(letters) or bool(_INNER_CAPITAL.search(tag))


def _tagged_parties(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kerstin Öberg (S)", "Werner Aigner (ÖVP)": an abbreviation in brackets
    right after a person's name is the party (or faction) they belong to, the
    way European papers tag politicians; mostly capitals, so "(Photo)" is not."""
    out = []
    for m in mentions:
        if m.label != "PERSON" or m.origin == "descriptor":
            continue
        t = _PARTY_TAG.match(raw, m.end)
        if not t:
            continue
        tag = t.group("tag")
        if not all(_party_like(part) for part in re.split(r"[-/]", tag)) or _is_country(tag) or _CALENDAR.match(tag):
            continue
        out.append(Mention(t.start("tag"), t.end("tag"), "ORG", "headed"))
    return out


#: First words of a region's name: "West Java", "North Kivu", "Central Sulawesi".
_COMPASS = re.compile(
    r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)(?:[ -](?:North|South|East|West))?[ ]"
)


@cache
def _admin_units() -> frozenset[str]:
    """Capitalised last words of an administrative area's name (``roles.yml`` admin_units)."""
    return frozenset(load_yaml("roles.yml")["admin_units"])


#: Languages whose function words a translation leaves capitalised at a sentence start ("Aber", "Nel", "Pero").
_SOURCE_LANGUAGES = ("de", "it", "es", "fr", "pt", "nl", "pl")
#: Zipf frequency in a source language above which a word is one of its common words.
FOREIGN_COMMON_ZIPF = 4.7


def _foreign_word(raw: str, m: Mention) -> bool:
    """A one-word name spaCy found that is a common word of the source
    language and no English word, left untranslated ("Aber, …", "Nel
    frattempo", "Unterdessen"): at a sentence start, or very common anywhere
    ("… ist auch mal Schluss"); never a place of the gazetteer or a name the
    lexicon knows."""
    text = raw[m.start : m.end]
    if m.origin != "spacy" or m.label not in ("PERSON", "ORG", "PLACE") or not re.fullmatch(r"[A-Z][a-zà-ÿß]+", text):
        return False
    word = text.lower()
    if zipf_frequency(word, "en") >= 3.2 or _plain_fold(word) in _gazetteer() or lx.known_org(text) or lx.known_person(text):
        return False
    # The large lists, as the damage layer and story terms read them: wordfreq caches a
    # list per name, so asking for "best" (the same list) would load each a second time.
    foreign = max(zipf_large(word, lang) for lang in _SOURCE_LANGUAGES)
    start_of_sentence = re.search(r"(?:^|[.!?:;“\"«„]\s*|\n)\s*$", raw[max(0, m.start - 3) : m.start]) is not None or m.start == 0
    return foreign >= FOREIGN_COMMON_ZIPF + (0 if start_of_sentence else 0.6)


#: Words before an administrative unit that make the name a public body's:
#: "Local Health District", "Unified School District", "Water District".
_SERVICE_WORDS = frozenset(
    ["Health", "School", "Schools", "Water", "Police", "Fire", "Hospital", "Electoral", "Irrigation", "Transit", "Library"]
)


def _place_by_form(raw: str, m: Mention, text: str) -> bool:
    """A facility word last ("Bina Raga Stadium" called a person), an
    administrative unit last without an acronym ("Bekasi Regency"), or a
    compass word first ("West Java") with no organisation head, where the span
    is not cut short ("South West" of "South West Broadcasting")."""
    words = text.split()
    last = words[-1]
    if m.label == "PERSON" and lx.fold(last) in _facility_words():
        return True
    if m.origin != "spacy":
        return False
    if last in _admin_units():
        # "Murrumbidgee Local Health District" is the body that runs the area's hospitals
        return not any((w.isupper() and len(w) > 1) or w in _SERVICE_WORDS for w in words)
    if m.label == "PERSON" and last == "State" and len(words) == 2:
        return True  # "Kayin State", "Ogun State": a federal unit, never a person
    whole = not re.match(r"[ ][A-Z]", raw[m.end : m.end + 2])
    return whole and bool(_COMPASS.match(text)) and not _is_org_word(last) and last not in _org_heads()[0]


def _label_by_form(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """Labels the words of a name decide, whatever spaCy guessed:
    "Bina Raga Stadium" (a facility word last) and "Bekasi Regency" (an
    administrative unit last) are places, as is "West Java" (a compass word
    first, no organisation word); "Nahdat Al-Sahel club" (an organisation noun
    after it) is an organisation, as is the first word of a headed organisation
    of the article ("Hanbit's partner" after "Hanbit Cell Technologies"); a
    name spaCy left unlabelled (MISC) in one sentence takes the label the
    article gives it elsewhere ("leave Mombasa"); an all-capital word opening a
    paragraph before a comma or dash is a dateline's place ("BEKASI, …")."""
    labelled = {raw[m.start : m.end]: m.label for m in mentions if m.label in ("PERSON", "ORG", "PLACE") and m.origin != "spacy"}
    for m in mentions:
        if m.label in ("PERSON", "ORG", "PLACE"):
            labelled.setdefault(raw[m.start : m.end], m.label)
    # "Hanbit Cell Technologies" … "Hanbit's partner": the first word of a headed organisation
    in_people = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    org_firsts = {
        raw[m.start : m.end].split()[0]
        for m in mentions
        if m.label == "ORG" and " " in raw[m.start : m.end] and _ends_in_head(raw[m.start : m.end])
    } - in_people
    starts = {ps for ps, _ in paras}
    for m in mentions:
        text = raw[m.start : m.end]
        words = text.split()
        if m.origin not in ("spacy", "person") or not words or lx.known_org(text) or lx.known_person(text):
            continue
        if m.origin == "spacy" and m.start in starts and text.isupper() and re.match(r"\s*(?:,|[—–-]\s)", raw[m.end : m.end + 3]):
            m.label = "PLACE"  # a dateline: "BEKASI, Voice of the Archipelago –"
            continue
        if m.label == "PERSON" and m.origin == "spacy" and text in org_firsts:
            m.label = "ORG"
            continue
        if m.label == "PLACE" and m.origin == "spacy" and text in _org_heads()[0] and text not in ("Centre", "Center"):
            m.label = "ORG"  # "to raise the problem in Parliament": an institution's head alone, not a place
            continue
        if m.label == "MISC" and m.origin == "spacy" and labelled.get(text) in ("PLACE", "ORG") and text[:1].isupper():
            m.label = labelled[text]
            continue
        if m.label not in ("PERSON", "ORG") or len(words) < 2 or any(_is_org_word(w) for w in words[:-1]):
            continue
        if _place_by_form(raw, m, text):
            m.label = "PLACE"
        elif m.label == "PERSON" and m.origin == "spacy" and re.match(r"[ ](?:club|party|company|group|union|team|firm)\b", raw[m.end :]):
            m.label = "ORG"


# --------------------------------------------------------------------------
# people: clusters, appositions, descriptors


#: A place preposition right before a word: "in Ibarra", "to Moriyama" are places.
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|at|to|from|near|of|into|outside|via|across|around)\s+$", re.IGNORECASE)


def _name_words_not_places(raw: str, mentions: list[Mention]) -> None:
    """A word of a person's full name standing alone is that person, not the town that
    bears it: "Ibarra said" after "Lorena Ibarra Salcedo" (the first of two Hispanic
    surnames), "Foreign Minister Moriyama" after "Moriyama Takeshi" (family name first).
    Not when the text ever puts a place preposition before the word ("in Ibarra")."""
    full = {lx.clean_name(raw[m.start : m.end]) for m in mentions if m.label == "PERSON"}
    words: set[str] = set()
    for name in full:
        parts = name.split()
        if len(parts) < 2:
            continue
        words.update(w for w in parts[1:-1] if w[:1].isupper() and not re.fullmatch(_PARTICLE, w))
        if _plain_fold(parts[0]) not in _given_names() and parts[0][:1].isupper():
            words.add(parts[0])
    if not words:
        return
    places = [m for m in mentions if m.label == "PLACE" and raw[m.start : m.end] in words]
    countries = _country_words()
    after_prep = {raw[m.start : m.end] for m in places if _PLACE_PREPOSITION.search(raw[max(0, m.start - 12) : m.start])}
    for m in places:
        w = raw[m.start : m.end]
        if w not in after_prep and lx.fold(w) not in countries:
            m.label = "PERSON"


def _cluster(raw: str, mentions: list[Mention]) -> People:
    """One canonical name per person; a surname takes the article's full name."""
    people = People()
    names = [lx.clean_name(raw[m.start : m.end]) for m in mentions if m.label == "PERSON"]
    full = [n for n in dict.fromkeys(names) if len(n.split()) > 1]
    for name in dict.fromkeys(names):
        key = lx.fold(name)
        if key in people.canonical:
            continue
        target = name
        if len(name.split()) == 1:
            hosts = [f for f in full if key in [lx.fold(w) for w in f.split()]]
            if len({lx.known_person(h) or h for h in hosts}) == 1:
                target = hosts[0]
        elif hosts := _longer_names(name, full):
            # "Ndiaye Sarr" after "Aminata Ndiaye Sarr", "Ahmad Faizal" after "Ahmad Faizal bin Hashim"
            if len(set(hosts)) == 1:
                target = hosts[0]
        elif initial := re.fullmatch(r"([A-Z])\.[ ](\S+)", name):
            # "A. Ruzmetov" after "Akmal Ruzmetov": the initial of the article's full name's given name
            hosts = [f for f in full if f != name and f[:1] == initial.group(1) and f.split()[-1] == initial.group(2)]
            if len(set(hosts)) == 1:
                target = hosts[0]
        elif re.match(rf"{_PARTICLE}\b", name, re.IGNORECASE):
            # "Van der Heijden" after "Sanne van der Heijden": a family name with its particles
            tail = [lx.fold(w) for w in name.split()]
            hosts = [f for f in full if len(f.split()) > len(tail) and [lx.fold(w) for w in f.split()][-len(tail) :] == tail]
            if len(set(hosts)) == 1:
                target = hosts[0]
        people.canonical[key] = lx.known_person(target) or lx.known_person(name) or target
        if people.canonical[key] != name:
            people.how[key] = "article" if target != name and lx.fold(people.canonical[key]) in map(lx.fold, full) else "lexicon"
    return people


#: A two-letter surname ("Ousmane Ba", "Li", "Wu"): not an initial, a particle or an English word.
_SHORT_SURNAME = re.compile(
    rf"(?!(?i:{_PARTICLE})$)[A-Z][a-z](?<!He|Do|Go|No|So|An|To|Of|In|On|At|By|Is|It|Us|We|Me|My|Or|If|As|Up|Oh|Ok|Jr|Sr|St|Dr|Mr|Ms)"
)


def _longer_names(name: str, full: list[str]) -> list[str]:
    """The article's longer full names that begin or end with all the words of ``name``."""
    words = [lx.fold(w) for w in name.split()]
    n = len(words)
    out = []
    for f in full:
        fw = [lx.fold(w) for w in f.split()]
        if len(fw) > n and (fw[:n] == words or fw[-n:] == words):
            out.append(f)
    return out


def _person_at(raw: str, m: Mention, people: People) -> str:
    return people.canonical.get(lx.fold(lx.clean_name(raw[m.start : m.end]))) or lx.clean_name(raw[m.start : m.end])


def _read_appositions(raw: str, toks: list[tuple[int, Token]], mentions: list[Mention], people: People) -> None:
    """Roles and descriptor bindings the article states next to a name."""
    index = {off: i for i, (off, _) in enumerate(toks)}
    for m in mentions:
        if m.label != "PERSON" or m.start not in index:
            continue
        person = _person_at(raw, m, people)
        first = index[m.start]
        # "the director of …, Dr. Lina Haddad": the role is before the honorific ("Eng" "." as two tokens too)
        while first > 0 and (
            toks[first - 1][1].lower_ in HONORIFICS
            or (toks[first - 1][1].text == "." and first > 1 and toks[first - 2][1].lower_ in HONORIFICS)
            # "…, AKP Budi Santoso,": a rank in capitals set off after the role
            or (_RANK_ACRONYM.fullmatch(toks[first - 1][1].text) and first > 1 and toks[first - 2][1].text == ",")
        ):
            first -= 1
        last = index[m.start]
        while last + 1 < len(toks) and toks[last + 1][0] < m.end:
            last += 1
        for side in (_left_np(toks, first), _right_np(toks, last)):
            if side is None:
                continue
            start, end = side
            phrase = raw[start:end]
            if not _is_role_phrase(phrase):
                continue
            _bind(people, person, phrase)
            people.appositions.append((start, end))


#: After a name: a title of one to three lower-case words, then a capitalised name.
_TITLE_THEN_NAME = re.compile(r"[ ](?P<title>(?:[a-z][\w-]*[ ]){0,2}[a-z][\w-]*)[ ](?=[A-ZÀ-Þ])")


#: A word in capitals (three to six letters) that may be an acronym.
_CAPITALS = re.compile(r"(?<![\w.&/-])[A-Z]{3,6}(?![\w&/-]|\.\w)")
#: An acronym this common in English (wordfreq Zipf) is no institution's own (CEO, GDP, DNA, NATO is in the lexicon).
ACRONYM_ZIPF = 2.5


def _bare_acronyms(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "the rescuers of TOPR", "ENAC, from its side, …": a rare word in capitals
    that no other mention covers is an institution's acronym spaCy missed;
    not in a line written in capitals (a headline or dateline), not a rank
    before a name ("AKP Dedi Kurniawan"), not a time zone after a clock time
    ("09.30 WIB"), not a country, a place or a person."""
    taken = lx.Ranges([(m.start, m.end) for m in mentions])
    out = []
    for ps, pe in paras:
        letters = [c for c in raw[ps:pe] if c.isalpha()]
        if sum(c.isupper() for c in letters) * 2 > len(letters):
            continue
        for m in _CAPITALS.finditer(raw, ps, pe):
            word = m.group()
            if taken.overlaps(m.start(), m.end()) or zipf_frequency(word.lower(), "en") >= ACRONYM_ZIPF:
                continue
            if _is_country(word) or word.lower() in _gazetteer() or lx.known_person(word):
                continue
            if re.match(rf"[ ][{_UPPER}][a-z]", raw[m.end() : m.end() + 3]):
                continue  # "AKP Dedi Kurniawan": a rank before a name
            if re.search(r"\d[.:]\d\d\s$", raw[max(0, m.start() - 8) : m.start()]):
                continue  # "09.30 WIB": a time zone
            out.append(Mention(m.start(), m.end(), "ORG", "spacy"))
    return out


#: A name written as a web address: "bol.com", "iDNES.cz", "gfs.bern".
_WEB_NAME = re.compile(r"(?<![\w./@-])(?P<name>[A-Za-z][\w-]*\.(?P<tld>[a-z]{2,6}))(?![\w/@-]|\.\w)")


def _web_names(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "iDNES.cz reported", "sold on bol.com": a name with a top-level domain
    (``org_heads.yml`` domains) is a website and the company behind it."""
    domains = frozenset(load_yaml("org_heads.yml")["domains"])
    out = []
    for ps, pe in paras:
        for m in _WEB_NAME.finditer(raw, ps, pe):
            if m.group("tld") in domains:
                out.append(Mention(m.start(), m.end(), "ORG", "headed"))
    return out


def _orgs_before_titles(raw: str, mentions: list[Mention]) -> None:
    """ "Sakarya Gençlerbirliği technical director Volkan Eşsiz": a name spaCy
    took for a person, followed by a title and another person, is the
    organisation the title belongs to, unless it opens with a given name, is a
    known person or a word of one of the article's full names ("Trump lawyer
    Rudy Giuliani" keeps Trump). It becomes a trusted organisation, so its
    other mentions follow."""
    people = [m for m in mentions if m.label == "PERSON"]
    starts = {m.start for m in people}
    in_full = {w for m in people if " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    orgs = set()
    for text in {raw[m.start : m.end] for m in people if m.origin in ("spacy", "person")}:
        if lx.known_person(text) or text in in_full or _plain_fold(text.split()[0]) in _given_names():
            continue
        for at in re.finditer(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])", raw):
            t = _TITLE_THEN_NAME.match(raw, at.end())
            if t and lx.is_role_word(t.group("title").split()[-1]) and t.end() in starts:
                orgs.add(text)
    for m in people:
        if raw[m.start : m.end] in orgs and m.origin in ("spacy", "person"):
            m.label, m.origin = "ORG", "headed"


def _vote_labels(raw: str, mentions: list[Mention]) -> None:
    """One label per one-word name in an article: spaCy calls "Valencia" a
    person in one sentence and a place in the next. Context ("the port of
    Valencia", "the union Anesco") outweighs spaCy's guesses unless the word
    is part of a full name in the article; otherwise the majority wins, a tie
    going to the place or organisation (a lone surname is rarer)."""
    in_full = {w for m in mentions if m.label == "PERSON" for w in raw[m.start : m.end].split()[1:]}
    votes: dict[str, dict[str, float]] = {}
    for m in mentions:
        text = raw[m.start : m.end]
        # a longer name votes too unless it opens with a given name: "in Ter Apel" and
        # "from Ter Apel" are one village, "Ana Ruiz" stays a person
        one = " " not in text or _plain_fold(text.split()[0]) not in _given_names()
        if m.origin == "spacy" and one and m.label in ("PERSON", "PLACE", "ORG"):
            weight = 10.0 if m.attrs.get("evidence") and text not in in_full else 1.0
            votes.setdefault(text, {}).setdefault(m.label, 0.0)
            votes[text][m.label] += weight
        elif m.origin == "headed" and one and m.label == "PLACE" and text not in in_full:
            # "the hamlets Lundamo and Ler" … "from Lundamo", "at Madauk station" … "Madauk and": a
            # place its noun names votes as context does, without a lower-case kind word after it
            key = re.sub(r"(?:[ ][a-z]+)+$", "", text)
            votes.setdefault(key, {}).setdefault("PLACE", 0.0)
            votes[key]["PLACE"] += 10.0
    for m in mentions:
        text = raw[m.start : m.end]
        if m.label == "ORG" and m.origin in ("spacy", "lexicon") and text in in_full and not lx.known_org(text):
            m.label = "PERSON"  # "the newspaper Weidemann explained": the surname of "Jonas Weidemann"
            continue
        if m.label == "ORG" and m.origin == "spacy" and text in votes and not lx.known_org(text):
            # "in Santiago" once, "Santiago" called an organisation later: one place.
            if votes[text].get("PLACE", 0) > votes[text].get("ORG", 0):
                m.label = "PLACE"
            continue
        if m.label != "PERSON" or m.origin != "spacy" or text not in votes or lx.known_person(text):
            continue
        other = max((n, label) for label, n in votes[text].items() if label != "PERSON") if len(votes[text]) > 1 else None
        if other and other[0] >= votes[text].get("PERSON", 0):
            m.label = other[1]


#: After a name: ", who …" or an age (", 47,"), which only people have.
_WHO_OR_AGE = re.compile(r",\s+(?:who\b|\d{1,3},)")


#: Between two items of one list: ", ", " and ", maybe over up to two unlabelled words ("Belvik, ostra and Kalmo").
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:[\w’'-]+(?:\s*,\s*|\s+(?:and|or)\s+)){0,2}")


_ORG_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:and|or)\s+")


#: First words of Central European place names, adjectives no person's name opens
#: with ("Nový Bor", "Česká Lípa", "Nowy Sącz", "Horní Planá", "Banská Bystrica").
_PLACE_ADJECTIVE = re.compile(
    r"(?:Nov[ýáé]|Star[ýáé]|Horn[íí]|Doln[íí]|Velk[ýáé]|Mal[ýáé]|Česk[ýáé]|Moravsk[ýáé]|Slovensk[ýáé]|Bansk[áé]|"
    r"Nowy|Nowa|Nowe|Stary|Stara|Stare|Górny|Górna|Dolny|Dolna|Wielki|Wielka|Novi|Stari|Veliki|Velika|Gornji|Donji)\s"
)


def _gazetteer_places(raw: str, mentions: list[Mention]) -> None:
    """A city or country of the gazetteer ("Rhodes", "Bari") or a name opening with a
    Central European place adjective ("Nový Bor") that spaCy called a person or an
    organisation is a place, unless the lexicon knows it as one of those."""
    for m in mentions:
        text = raw[m.start : m.end]
        if m.label not in ("ORG", "PERSON") or m.origin != "spacy" or lx.known_org(text) or lx.known_person(text):
            continue
        if _is_city(text) or (_PLACE_ADJECTIVE.match(text) and len(text.split()) == 2):
            m.label, m.attrs["evidence"] = "PLACE", True


#: A preposition of place and "the" before a name: "above the Gaula", "to the Sittaung".
_PLACE_THE_BEFORE = re.compile(
    r"(?:^|\s)(?:in|on|at|near|along|to|from|into|above|below|across|over|beside|under|behind|beyond|up|down|through|past)\s+the\s$"
)


def _places_after_the(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "The Gaula is one of the best salmon rivers" … "above the Gaula": one
    word spaCy calls a person after "the", which people's names do not take,
    and that the article also writes after a preposition of place and "the",
    is a place (a river, a valley, a lake named alone): every mention of it,
    also those spaCy missed."""
    after_the = {
        raw[m.start : m.end]
        for m in mentions
        if m.label == "PERSON"
        and m.origin == "spacy"
        and " " not in raw[m.start : m.end]
        and re.search(r"(?:^|\s)[Tt]he\s$", raw[max(0, m.start - 5) : m.start])
    }
    after_the = {w for w in after_the if not lx.known_person(w) and not _is_given_name(w)}
    places = set()
    new = []
    for word in sorted(after_the):
        for ps, pe in paras:
            for hit in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", raw[ps:pe]):
                start = ps + hit.start()
                if _PLACE_THE_BEFORE.search(raw, max(ps, start - 16), start):
                    places.add(word)
                    if not any(m.start < start + len(word) and start < m.end for m in mentions):
                        new.append(Mention(start, start + len(word), "PLACE", "headed", {"evidence": True}))
    for m in mentions:
        if m.origin == "spacy" and m.label in ("PERSON", "ORG") and raw[m.start : m.end] in places:
            m.label, m.attrs["evidence"] = "PLACE", True
    return [m for m in new if raw[m.start : m.end] in places]


def _place_repeats(raw: str, mentions: list[Mention]) -> None:
    """A one-word name the article makes a place with evidence once (a
    dateline "GALWAY, Ireland (Reuters) —", "the microdistricts Nursat, Samal
    and Asar", "in Støren") is that place wherever spaCy calls the same word a
    person or an organisation ("Galway's medieval quarter", "a pensioner from
    Nursat"), unless the lexicon knows it or it speaks ("Hagen said")."""
    places = {
        _plain_fold(raw[m.start : m.end])
        for m in mentions
        if m.label == "PLACE" and (m.origin != "spacy" or m.attrs.get("evidence")) and " " not in raw[m.start : m.end]
    }
    in_people = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    for m in mentions:
        text = raw[m.start : m.end]
        if (
            m.origin == "spacy"
            and m.label in ("PERSON", "ORG")
            and " " not in text
            and _plain_fold(text) in places
            and text not in in_people
            and not lx.known_org(text)
            and not lx.known_person(text)
            and not _SPEAKS.match(raw, m.end)
        ):
            m.label, m.attrs["evidence"] = "PLACE", True


def _other_script(raw: str, m: Mention) -> bool:
    """A name spaCy found in a script other than Latin ("Су жоқ …", a Kazakh quote
    or promo line left in a translation): the model reads such words at random,
    and the English article names its people, bodies and places in Latin letters."""
    letters = [c for c in raw[m.start : m.end] if c.isalpha()]
    return m.origin == "spacy" and bool(letters) and not any("LATIN" in unicodedata.name(c, "") for c in letters)


@cache
def _place_core_pattern() -> re.Pattern[str]:
    """A place named with its kind: "River Dwyfor", "the Marmarik river", "Töv aimag" (the
    lower-case kinds of ``place_forms.yml`` area_after); the group ``name`` is the bare name."""
    areas = lx.alternation(sorted(load_yaml("place_forms.yml")["area_after"]))
    name = rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)"
    return re.compile(rf"(?:River|Afon)[ ](?P<lead>{_NAME_WORD})|{name}[ ](?:{areas}|River)")


def _bare_place_repeats(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "the Marmarik river" … "flows into the Marmarik", "River Dwyfor" … "the
    lower Dwyfor", "Töv aimag" … "of Töv": once the article names a place with
    its kind, the bare name is that place wherever no other mention covers it
    (spaCy's small model leaves most such rare names unlabelled). Not inside a
    longer capitalised name, nor before a speech verb ("Töv said")."""
    cores = set()
    for m in mentions:
        if m.label != "PLACE":
            continue
        core = _place_core_pattern().fullmatch(raw[m.start : m.end])
        if core:
            name = core.group("lead") or core.group("name")
            if _surname_word(name.split()[-1]) and not lx.known_person(name):
                cores.add(name)
    if not cores:
        return []
    pattern = re.compile(r"(?<![\w’'-])(?:" + lx.alternation(sorted(cores)) + r")(?=[’']s\b|[^\w’'-]|$)(?![ ][A-Z])")
    out = []
    for ps, pe in paras:
        for hit in pattern.finditer(raw, ps, pe):
            before = re.search(rf"({_NAME_WORD})[ ]$", raw[max(ps, hit.start() - 30) : hit.start()])
            if before and before.group(1) not in ("The", "A", "In", "On", "At", "To", "From", "Of"):
                continue  # inside a longer name
            if _SPEAKS.match(raw, hit.end()):
                continue
            same = [m for m in mentions if (m.start, m.end) == hit.span() and m.origin == "spacy"]
            if same:
                same[0].label, same[0].attrs["evidence"] = "PLACE", True  # spaCy's guess ("Marmarik": NORP)
                continue
            if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                continue
            out.append(Mention(hit.start(), hit.end(), "PLACE", "lexicon", {"evidence": True}))
    return out


def _uncovered_cities(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "from Yangon to Mawlamyine", "in Afgooye": a city of the gazetteer after a
    place preposition that spaCy left unlabelled is a place (the lower-case
    ones are :func:`_lowercase_places`)."""
    out = []
    for ps, pe in paras:
        for hit in re.finditer(rf"(?<![\w’'-])[{_UPPER}][^\W\d_]{{3,}}(?![\w’'-])", raw[ps:pe]):
            start, end = ps + hit.start(), ps + hit.end()
            if (
                _is_city(hit.group())
                and _PLACE_SLOT.search(raw, max(ps, start - 20), start)
                and not any(m.start < end and start < m.end for m in mentions)
            ):
                out.append(Mention(start, end, "PLACE", "lexicon"))
    return out


def _listed_places(raw: str, mentions: list[Mention]) -> None:
    """ "in Tarnow, Belvik, ostra and Kalmo": a one-word name listed
    right after a place is a place too, whatever spaCy guessed."""
    prev: Mention | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        text = raw[m.start : m.end]
        if (
            prev is not None
            and prev.label == "PLACE"
            and m.label in ("ORG", "PERSON", "MISC")
            and m.origin == "spacy"
            and " " not in text
            and not lx.known_org(text)
            and not lx.known_person(text)
            and _LIST_GAP.fullmatch(raw, prev.end, m.start)
        ):
            m.label, m.attrs["evidence"] = "PLACE", True
        if m.label in ("PLACE", "ORG", "PERSON", "MISC"):
            prev = m
    # "for Gwynedd and Anglesey": a one-word name listed right before a place is one too
    # (not a word of the article's people's full names)
    people_words = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    ordered = sorted((m for m in mentions if m.label in ("PLACE", "ORG", "PERSON", "MISC")), key=lambda m: m.start)
    for m, nxt in itertools.pairwise(ordered):
        text = raw[m.start : m.end]
        if (
            nxt.label == "PLACE"
            and m.label in ("ORG", "PERSON", "MISC")
            and m.origin == "spacy"
            and " " not in text
            and " " not in raw[nxt.start : nxt.end]
            and text not in people_words
            and not lx.known_org(text)
            and not lx.known_person(text)
            and not _SPEAKS.match(raw, nxt.end)
            and re.fullmatch(r"\s+(?:and|or)\s+", raw[m.end : nxt.start])
        ):
            m.label, m.attrs["evidence"] = "PLACE", True
    # "rivals such as Boost and GrabPay": a lone word spaCy calls a person, listed
    # next to an organisation and no word of the article's people, is one too.
    in_people = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    named = sorted((m for m in mentions if m.label in ("PLACE", "ORG", "PERSON", "MISC")), key=lambda m: m.start)
    for a, b in itertools.pairwise(named):
        if not _ORG_LIST_GAP.fullmatch(raw, a.end, b.start):
            continue
        for lone, other in ((a, b), (b, a)):
            text = raw[lone.start : lone.end]
            if (
                other.label == "ORG"
                and lone.label == "PERSON"
                and lone.origin == "spacy"
                and " " not in text
                and text not in in_people
                and not lx.known_person(text)
            ):
                lone.label, lone.attrs["evidence"] = "ORG", True


# --------------------------------------------------------------------------
# places by the shape of the sentence around them (places2)

#: One place name as translations write it: capitalised words, joined by the
#: particles of Romance, Swahili and Arabic place names ("Coyuca de Benítez",
#: "Viña del Mar", "Kambi ya Moto"), optionally with a hyphenated area word
#: ("Kharkiv-oblast"); French names hyphenated with a particle ("Croix-des-Bouquets").
_SHAPE_PARTICLE = r"(?:de|del|da|do|dos|das|di|du|des|la|le|las|los|el|al|ya|wa|sur)"
_SHAPE_WORD = rf"{_NAME_WORD}(?:-(?:des|de|du|la|le|les|en|sur|sous|lès|am|an|der|op)-{_NAME_WORD})?"
_SHAPE_RUN = rf"{_SHAPE_WORD}(?:[ ](?:{_SHAPE_PARTICLE}[ ])?{_SHAPE_WORD}){{0,3}}(?:-(?:oblast|raion|krai|aimag|kommune))?"

#: Right before a place: "near", "towards", a compass word and "of" ("east of
#: Lima"), a route and "between", "from" or "to" ("the road between Oruro and
#: …", "the ice road to …", "flights to …"), a verb of going and "from",
#: "to", "towards" ("fled from …", "marched to …"), "reach", the people of a
#: place and "of", "from" or "in" ("Residents of …", "Fishermen from …").
_SHAPE_SLOT = re.compile(
    r"(?:^|(?<=[\s(]))(?:"
    r"(?:[Nn]ear|[Tt]owards?)"
    r"|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-east|[Nn]orth-west|[Ss]outh-east|[Ss]outh-west)[ ]of"
    r"|(?:road|roads|highway|motorway|route|railway|border|ferry|ferries|flights?|buses|trains?|traffic|journey|trip|corridor|convoy)"
    r"[ ](?:between|from|to|at)"
    r"|(?:fled|flee|fleeing|travelled|traveled|walked|drove|marched|moved|returned|arrived|sailed|evacuated|relocated|escaped|headed)"
    r"[ ](?:from|to|towards|into)"
    # "reached until Makhanga", "reaching as far as X": literal translations of "up to"
    r"|(?:reach|reached|reaches|reaching)(?:[ ]until|[ ]up[ ]to|[ ]as[ ]far[ ]as)?"
    # "the road passing by X", "turned back to X"
    r"|(?:passing|passes|passed)[ ](?:by|through)"
    r"|turned[ ]back[ ](?:to|towards)"
    r"|(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Ll]ocals|[Ff]armers|[Ff]ishermen|[Ff]ishers|[Hh]erders|[Pp]astoralists|[Ee]vacuees)"
    r"[ ](?:of|from|in)(?:[ ]the)?"
    # "The people from Ell", "the elders from X", "traders from X": a group and "from" its place
    r"|(?:[Pp]eople|[Ee]lders|[Tt]raders|[Yy]ouths|[Pp]upils|[Pp]ilgrims|[Tt]ruckers)[ ]from"
    r")[ ]$"
)
#: A preposition of place opening a sentence ("At Techiman, …", "Near Kasese, …"):
#: the name it introduces is a place when a comma closes it.
_SHAPE_OPENER = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?:At|Near|From|In|Outside|Around)[ ]$")
#: What continues a list of places: ", ", " and ", " or "; after "between" or
#: "from" also " to "; and "in" or "on" before the larger place ("Malekhu in
#: Dhading", "Lalomanu on Upolu").
_SHAPE_NEXT = re.compile(r",[ ](?:and[ ]|or[ ])?|[ ]and[ ]from[ ]|[ ](?:and|or|to|in|on)[ ]")
#: "Quarto Oggiaro, a district of Milan": an apposition that says the name is a place.
_SHAPE_APPOSITION = re.compile(
    rf"(?<![\w’'-])(?P<name>{_SHAPE_RUN}),[ ](?:a|an|the)[ ](?:[a-z-]+[ ])?"
    r"(?:district|suburb|neighbourhood|neighborhood|village|town|city|hamlet|township|municipality|commune|province|region|county|"
    r"island|port|settlement|quarter|borough)[ ](?:of|in|near|outside|on|north|south|east|west)\b"
)
#: "The Vltava flooded …", "as the Periyar rose": one rare word after "the" that
#: floods, rises (not by a figure) or bursts its banks is a river.
_SHAPE_RIVER = re.compile(
    rf"(?:^|(?<=\s))[Tt]he[ ](?P<name>{_NAME_WORD})[ ](?:river[ ])?"
    r"(?:flooded|floods|burst|bursts|broke[ ]its[ ]banks|overflowed|overflows|swelled|swells|receded|recedes|swallowed|dried[ ]up"
    # "rose" alone or before a word of time or place; an index rises by figures ("The Nikkei rose 2%")
    r"|(?:rose|rises|has[ ]risen|had[ ]risen)(?=[.,;]|[ ](?:again|overnight|after|through|into|over|and|as|in[ ]the[ ]night)\b))"
)
#: A possessive after a name: someone's or something's, not a place ("in Esperanza Lima's view").
_SHAPE_NOT_AFTER = re.compile(r"[’']s?\b")

#: Zipf frequency from which one word alone is an English word, not a rare place name ("Thames" 3.7 is kept).
SHAPE_COMMON_ZIPF = 4.0


def _shape_place_ok(raw: str, start: int, end: int) -> bool:
    """Whether the run ``raw[start:end]`` may be a place by the sentence's shape:
    no organisation word, role, month, honorific or nationality in it; not a
    name the lexicon knows; not opening with a given name unless it is a city
    of the gazetteer ("Rosario"); not one common English word; not someone's
    ("Esperanza Lima's view")."""
    text = raw[start:end]
    words = [w for w in text.split(" ") if not re.fullmatch(_SHAPE_PARTICLE, w)]
    for w in words:
        # "Kasese" ends like "Chinese", but a rare word is no nationality
        rare = zipf_frequency(w.lower(), "en") < 3.0
        if _no_place_word(w, roles=True) and not (rare and _is_adjective_of_country(w) and not _no_place_word(w[:-1], roles=True)):
            return False
    if lx.known_org(text) or lx.known_person(text) or _SHAPE_NOT_AFTER.match(raw, end):
        return False
    if _is_given_name(words[0]) and not _is_city(text):
        return False
    if len(words) == 1 and zipf_frequency(text.lower(), "en") >= SHAPE_COMMON_ZIPF and not _is_city(text):
        return False
    return words[0] not in _RUN_OPENERS


def _shape_runs(raw: str, start: int, pe: int, *, route: bool) -> list[tuple[int, int]]:
    """The place names of a list opening at ``start``: the first run and every
    one a list word joins to it ("Dablo, Pensa and Barsalogho")."""
    run = re.compile(rf"(?P<run>{_SHAPE_RUN})(?![\w’'-])")
    first = run.match(raw, start, pe)
    if not first:
        return []
    spans = [first.span()]
    while (gap := _SHAPE_NEXT.match(raw, spans[-1][1], pe)) and (nxt := run.match(raw, gap.end(), pe)):
        if gap.group().strip() == "to" and not route:
            break
        spans.append(nxt.span())
    return spans


def _places_by_shape(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Places the sentence's shape makes certain where spaCy reads an
    organisation, a person or nothing (villages and towns no gazetteer holds):
    a name after "near", "towards", "east of", a route and "between", "from"
    or "to", a verb of going, "reach", or the people of a place ("Residents
    of KwaMashu and Inanda"), with every name of a list it opens; a name after
    a preposition opening the sentence and before a comma ("At Techiman,");
    a name set in apposition as a place ("Quarto Oggiaro, a district of
    Milan"); a rare word after "the" that floods or rises ("The Vltava
    flooded"). spaCy's spans inside the list are replaced ("Dobele and Auce"
    as one organisation); a name another rule made something else, or a
    spaCy span reaching beyond the list, is left alone."""
    found: list[tuple[int, int, int, int]] = []  # (list start, list end, run start, run end)
    for ps, pe in paras:
        for m in re.finditer(rf"(?<![\w’'-]){_NAME_WORD}", raw[ps:pe]):
            start = ps + m.start()
            route = False
            slot = _SHAPE_SLOT.search(raw, max(ps, start - 40), start)
            if slot:
                route = bool(re.search(r"between|from", slot.group()))
                spans = _shape_runs(raw, start, pe, route=route)
            elif _SHAPE_OPENER.search(raw, max(ps, start - 12), start):
                spans = _shape_runs(raw, start, pe, route=False)[:1]
                if not spans or not re.match(r"[ ]?,", raw[spans[0][1] : spans[0][1] + 2]):
                    continue
            else:
                continue
            spans = [s for s in spans if _shape_place_ok(raw, *s)]
            if spans:
                found += [(spans[0][0], spans[-1][1], a, b) for a, b in spans]
        for pattern in (_SHAPE_APPOSITION, _SHAPE_RIVER):
            for m in pattern.finditer(raw, ps, pe):
                a, b = m.span("name")
                if _shape_place_ok(raw, a, b) and (pattern is _SHAPE_APPOSITION or zipf_frequency(m.group("name").lower(), "en") < 3.5):
                    found.append((a, b, a, b))
    drop: set[int] = set()
    new: list[Mention] = []
    for lo, hi, a, b in found:
        over = [m for m in mentions if m.start < b and a < m.end and m.label in ("PERSON", "ORG", "PLACE", "MISC", "NORP")]
        if any(m.label == "PLACE" for m in over) or any(n.start < b and a < n.end for n in new):
            continue
        if any(m.origin != "spacy" or m.start < lo or m.end > hi for m in over):
            continue
        if _not_names().vessel.search(raw, max(0, a - 20), a):
            continue  # "the ferry Bodø Star"
        drop |= {id(m) for m in over}
        new.append(Mention(a, b, "PLACE", "headed", {"evidence": True}))
    return [m for m in mentions if id(m) not in drop] + new


#: Context that makes a lone capitalised word an organisation: it "has a
#: spokesman", someone speaks "for" it, or it takes "which", not "who".
_ORG_AFTER = re.compile(
    r"(?:[’']s\s+(?:spokes(?:man|woman|person)|chief executive|director|chairman|chairwoman|president|head|statement|report))\b|,\s+which\b"
)
#: After a reporting verb: "it" as the subject of what follows ("said it would", "said on Monday it had").
_SAID_IT = re.compile(r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:that\s+)?it\s+(?:would|will|had|has|was|is|could|did|does|planned|expected)\b")


_ORG_SPOKES = re.compile(r"[’']s\s+spokes(?:man|woman|person)\b")
_ORG_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$")
#: A lone word this common (wordfreq Zipf) is no organisation's name.
ORG_WORD_ZIPF = 4.0


def _speaking_orgs(raw: str, paras: list[tuple[int, int]], toks: list[tuple[int, Token]], mentions: list[Mention]) -> list[Mention]:
    """One-word organisations spaCy misses or calls a person ("Verdana, which runs
    twelve clinics …", "a spokeswoman for Verdana", "Greenwatch said"): a rare
    capitalised word that is not part of a person's full name, with a sign
    that it is an organisation; then every mention of the word."""
    in_names = {w for m in mentions if m.label == "PERSON" and " " in raw[m.start : m.end] for w in raw[m.start : m.end].split()}
    # names a lexicon or the context placed ("in Valencia") keep their label; spaCy's guesses do not
    labelled = {raw[m.start : m.end] for m in mentions if m.origin != "spacy" or m.attrs.get("evidence") or m.label == "NORP"}
    verbs = _reporting_lemmas()
    # A word closing a run of names that a title opens or spaCy calls a person
    # ("Novelist Amara Obi") is a surname, however it is used later.
    in_runs = set()
    person_nouns = _person_nouns()
    personal = False  # does the current run of capitalised words hold a title or a PERSON token?
    for k, (_, tok) in enumerate(toks):
        prev = toks[k - 1][1] if k else None
        joined = prev is not None and prev.text[:1].isupper() and prev.is_alpha and bool(prev.whitespace_)
        if not joined:
            personal = prev is not None and prev.lower_ in person_nouns  # "novelist Amara Obi"
        personal = personal or tok.ent_type_ == "PERSON" or tok.lower_ in person_nouns
        if joined and tok.text[:1].isupper() and personal:
            in_runs.add(tok.text)
    found: set[str] = set()
    for off, tok in toks:
        word = tok.text
        if (
            tok.pos_ != "PROPN"
            or not word[:1].isupper()
            or len(word) < 3
            or not word.isalpha()
            or word in in_names
            or word in in_runs
            or word in labelled
            or word in found
            or tok.ent_type_ in ("NORP", "DATE", "TIME")
            or lx.known_person(word)
            or lx.is_role_word(word)
            or word in _admin_units()  # "Bekasi Regency said": the area's government, named as a place
            or zipf_frequency(word.lower(), "en") >= ORG_WORD_ZIPF
        ):
            continue
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        end = off + len(word)
        speaks = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs
        spokes = _ORG_BEFORE.search(raw[max(0, off - 30) : off]) or _ORG_SPOKES.match(raw, end)
        # "Fellesforbundet said it would …": only an organisation is "it" right after speaking
        its = speaks and bool(_SAID_IT.match(raw, off - tok.idx + tok.head.idx + len(tok.head)))
        if tok.ent_type_ in ("GPE", "LOC", "FAC", "PERSON"):
            # "Moscow said", "Kalmo, which …": a place speaks for its government and takes "which";
            # spaCy's person needs the stronger signs
            weak = False
        else:
            weak = bool(_ORG_AFTER.match(raw, end)) or (speaks and tok.ent_type_ in ("", "ORG"))
        if spokes or weak or (its and tok.ent_type_ != "GPE"):
            found.add(word)
    if not found:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + lx.alternation(sorted(found)) + r")(?![\w-])")
    at = {off: tok for off, tok in toks}
    out = []
    for ps, pe in paras:
        for m in pattern.finditer(raw, ps, pe):
            start, tok = m.start(), at.get(m.start())
            first = tok.sent.start if tok is not None else 0  # the sentence stays tok's below
            # "Real Tormes": proper nouns compounded onto the word are part of the name
            while tok is not None and tok.i > first:
                prev = tok.doc[tok.i - 1]
                if prev.pos_ != "PROPN" or prev.dep_ != "compound" or not prev.text[:1].isupper() or prev.ent_type_ in ("GPE", "NORP"):
                    break
                if prev.text in _legal_suffixes() or prev.text.endswith("."):
                    break  # "Kuza Air Cargo Ltd. UNICEF, which …": a legal form closes the name before it
                start -= tok.idx - prev.idx
                tok = prev
            out.append(Mention(start, m.end(), "ORG", "headed"))
    return out


@cache
def _person_nouns() -> frozenset[str]:
    """Titles and nouns that name a person ("novelist", "striker", "minister")."""
    heads = load_yaml("reporting_verbs.yml")["descriptor_heads"]
    words = {w.lower() for cls, ws in heads.items() if cls != "organisation" for w in ws if " " not in w}
    return frozenset(words | {w for w in lx.lexicon().role_words if " " not in w})


@cache
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(load_yaml("reporting_verbs.yml")["verbs"])


def _people_by_apposition(raw: str, toks: list[tuple[int, Token]], mentions: list[Mention]) -> None:
    """spaCy often calls a foreign name an ORG; a role next to it ("Its chief
    executive, Martín Ugarte,") says it is a person."""
    index = {off: i for i, (off, _) in enumerate(toks)}
    for m in mentions:
        if m.label not in ("ORG", "PLACE", "MISC") or m.origin != "spacy" or m.start not in index:
            continue
        words = raw[m.start : m.end].split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(_is_org_word(w) for w in words):
            continue
        if _WHO_OR_AGE.match(raw, m.end):
            m.label = "PERSON"  # "Maja Strand, who leads …", "Maja Strand, 47,": places and firms take "which"
            continue
        first = index[m.start]
        last = first
        while last + 1 < len(toks) and toks[last + 1][0] < m.end:
            last += 1
        for side in (_left_np(toks, first), _right_np(toks, last)):
            if side and not raw[side[0] : side[1]].lower().startswith(("of ", "at ", "from ")) and _is_role_phrase(raw[side[0] : side[1]]):
                m.label = "PERSON"
                break


def _unlabelled_appositions(raw: str, toks: list[tuple[int, Token]], mentions: list[Mention]) -> list[Mention]:
    """ "Ghana’s Minister for Lands and Natural Resources, Kwabena Asante-Darko,":
    capitalised words spaCy left unlabelled, right after a role phrase and a
    comma, are the office-holder's name."""
    taken = lx.Ranges([(m.start, m.end) for m in mentions])
    heads = _org_heads()[0]
    out = []
    i = 0
    while i < len(toks):
        off, tok = toks[i]
        if not (i and toks[i - 1][1].text == "," and tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            i += 1
            continue
        j, end = i, off + len(tok)
        while j + 1 < len(toks):
            noff, nxt = toks[j + 1]
            joined = nxt.text == "-" and j + 2 < len(toks) and noff == end and toks[j + 2][0] == noff + 1
            if joined and toks[j + 2][1].text[:1].isupper():
                j, end = j + 2, toks[j + 2][0] + len(toks[j + 2][1])  # "Asante-Darko"
            elif raw[end:noff] == " " and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                j, end = j + 1, noff + len(nxt)
            else:
                break
        words = raw[off:end].replace("-", " ").split()
        if len(words) >= 3 and _RANK_ACRONYM.fullmatch(words[0]) and i < j:
            off, words = toks[i + 1][0], words[1:]  # "…, AKP Budi Santoso,": the rank is no part of the name
        after = toks[j + 1][1].text if j + 1 < len(toks) else ""
        if (
            2 <= len(words) <= 4
            and after in (",", ".", ";", ")")
            and not taken.overlaps(off, end)
            and not any(_is_org_word(w) or w in heads or lx.is_role_word(w) or _CALENDAR.match(w) for w in words)
        ):
            side = _left_np(toks, i)
            if side and _is_role_phrase(raw[side[0] : side[1]]):
                out.append(Mention(off, end, "PERSON", "person"))
        i = j + 1
    return out


def _left_np(toks: list[tuple[int, Token]], first: int) -> tuple[int, int] | None:
    """The noun phrase just before a name ("his Chinese counterpart Xi",
    "a spokeswoman for the city police, Inès Dumont")."""
    j = first - 1
    comma = j >= 0 and toks[j][1].text == ","
    if comma:
        j -= 1
    k = j
    while k >= 0:
        tok = toks[k][1]
        inner = tok.pos_ in ("PROPN", "ADJ", "NOUN") or tok.tag_ == "POS" or tok.lower_ == "-"
        inner = inner or (comma and tok.lower_ in _NP_PREPOSITIONS)
        inner = inner or (comma and tok.lower_ in ("the", "a", "an") and k > 0 and toks[k - 1][1].lower_ in _NP_PREPOSITIONS)
        # "Minister of Roads and Transport, X": portfolios joined by "and" inside a title
        inner = inner or (
            comma and tok.lower_ == "and" and 0 < k < j and toks[k - 1][1].text[:1].isupper() and toks[k + 1][1].text[:1].isupper()
        )
        # "the mayor of Villaverde de la Sierra, X": particles inside a place's name
        inner = inner or (
            comma
            and re.fullmatch(_PARTICLE, tok.text) is not None
            and 0 < k < j
            and (toks[k + 1][1].text[:1].isupper() or re.fullmatch(_PARTICLE, toks[k + 1][1].text) is not None)
        )
        if not inner:
            break
        k -= 1
        if tok.is_sent_start:
            break
    start = k + 1
    while start <= j and toks[start][1].lower_ in (*_NP_PREPOSITIONS, "-"):
        start += 1
    if start > j:
        return None
    if not comma and not lx.is_role_word(toks[j][1].text):
        return None
    return toks[start][0], toks[j][0] + len(toks[j][1])


def _right_np(toks: list[tuple[int, Token]], last: int) -> tuple[int, int] | None:
    """The apposition after a name: "Mei Lin, director of …", "Ana Ruiz of
    the Lisbon think tank …"."""
    j = last + 1
    if j >= len(toks) or toks[j][1].lower_ not in (",", "—", "–", "of", "at", "from"):
        return None
    k = j if toks[j][1].lower_ in ("of", "at", "from") else j + 1
    if k < len(toks) and toks[k][1].lower_ in ("the", "a", "an"):
        k += 1
    if k >= len(toks):
        return None
    end = k
    while end < len(toks) and end - k < 20:
        tok = toks[end][1]
        # A verb ends the phrase unless it modifies a noun ("think tank").
        attributive = (
            end + 1 < len(toks)
            and toks[end + 1][1].pos_ in ("NOUN", "PROPN")
            and tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl")
        )
        verb = tok.pos_ == "VERB" and not attributive
        if tok.text in _APPOS_END or verb or tok.pos_ in ("AUX", "PRON", "SCONJ") or (tok.is_sent_start and end > k):
            break
        end += 1
    if end == k:
        return None
    return toks[k][0], toks[end - 1][0] + len(toks[end - 1][1])


def _is_role_phrase(phrase: str) -> bool:
    """A noun phrase headed by a title or role word (maybe with an "of" tail),
    or an affiliation ("of the … think tank", "at the … institute")."""
    words = phrase.split()
    if lx.office_for(phrase):
        return True
    if words and words[0].lower() in ("of", "at", "from"):
        return lx.role_class(phrase) in ("expert", "official")
    lower = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lower) if w in _PREPOSITIONS), len(words))
    head = words[:cut]
    if not head or len(head) > 5:
        return False
    tail = " ".join(head).lower()
    return any(tail == r or tail.endswith(" " + r) for r in lx.lexicon().role_words) or lx.is_role_word(head[-1])


#: Words before a title that make it another body's, not the country's ("the opposition
#: leader", "the party leader", "the former president", "the deputy prime minister").
_NOT_THE_COUNTRYS = frozenset({*lx.NOT_CURRENT, *lx.SUBORDINATE, "opposition", "party", "union", "rebel", "movement", "bloc", "coalition"})


def _bind(people: People, person: str, phrase: str) -> None:
    """Remember that ``phrase`` names ``person`` in this article."""
    phrase = lx.clean_name(re.sub(r"^(?:of|at|from)\s+", "", phrase.strip(), flags=re.IGNORECASE))
    office = lx.office_for(phrase)
    if office:
        people.roles[person] = office.role
    else:
        people.roles.setdefault(person, _lexicon_role(person, people.date) or phrase)
    people.bind(lx.fold(phrase), person)
    if office:
        people.bind("office:" + office.role, person)
    words = phrase.lower().split()
    head = words[: next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))]
    if head and lx.is_role_word(head[-1]) and head[-2:] != ["prime", "minister"]:
        # a prime minister is no "the minister" of the article
        people.bind("head:" + _title_base(head[-1]), person)
    for n in (2, 3, 1):
        cls = lx.title_class(" ".join(head[-n:])) if len(head) >= n else None
        if cls and len(head) > n and head[-n - 1] in _NOT_THE_COUNTRYS:
            break  # "the opposition leader", "the party leader": not the country's leader
        if cls:
            people.bind("class:" + cls, person)
            nationality = _nationality_of(phrase.split()[: len(head) - n])
            if nationality:
                for key in _national_keys(nationality, cls):
                    people.bind(key, person)
            break


#: A nationality adjective: the usual endings ("Mexican", "Chadian", "Argentine")
#: and the few that have none of them.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:i|ian|an|ese|ish|ic|ine)|French|Dutch|Greek|Swiss|Thai|Czech|Welsh|Scots|Malagasy")
#: Title classes that lead a country: a "leader" or "counterpart" of a nation is
#: one of them, and either of them is its leader.
_LEADING = ("head_of_state", "head_of_government", "leader")


def _nationality_of(words: list[str]) -> str | None:
    """The nationality adjective right before a title ("the Mexican president"), folded."""
    return lx.fold(words[-1]) if words and _NATIONALITY.fullmatch(words[-1]) else None


def _national_keys(nationality: str, cls: str) -> list[str]:
    """Binding keys of a titled person by nationality: "Mexican president" answers to
    "the Mexican president" and "the Mexican head of state", and to "the Mexican
    leader" when no other Mexican leads in the article."""
    keys = [f"nation:{nationality}:{cls}"]
    if cls in _LEADING:
        keys.append(f"nation:{nationality}:leader")
    return keys


@cache
def _national_title_pattern() -> re.Pattern[str]:
    """ "the Mexican head of state", "his Argentine counterpart": a determiner, a
    nationality, a title word of a class (for countries the roles lexicon does not list)."""
    return re.compile(
        r"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<d>(?P<nat>"
        + _NATIONALITY.pattern
        + r")\s+(?P<title>(?i:"
        + lx.alternation(sorted(lx.lexicon().title_class))
        + r")))(?![\w-])"
    )


@cache
def _postposed_title_pattern() -> re.Pattern[str]:
    """ "the head of state Brazilian": a title, then its nationality, in the word order
    of a Romance language that machine translation kept."""
    return re.compile(
        r"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<d>(?P<title>(?i:"
        + lx.alternation(sorted(lx.lexicon().title_class))
        + r"))\s+(?P<nat>"
        + _NATIONALITY.pattern
        + r"))(?![\w-])"
    )


def _resolve_national(nationality: str, title: str, people: People) -> str | None:
    """The one person of the article this nationality and title class name, or None."""
    cls = lx.title_class(title)
    if not cls:
        return None
    person = people.only(f"nation:{nationality}:{cls}")
    if person is None and cls in _LEADING:
        person = people.only(f"nation:{nationality}:leader")
    return person


def _more_names(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People) -> list[Mention]:
    """Mentions of the article's people that spaCy missed or mislabelled."""
    forms = {}
    for m in mentions:
        if m.label == "PERSON":
            name = lx.clean_name(raw[m.start : m.end])
            forms[name] = people.canonical.get(lx.fold(name), name)
            canon = forms[name]
            if lx.known_person(canon) == canon:
                forms[canon] = canon
            for word in name.split():
                if lx.known_person(word) == canon:
                    forms[word] = canon
    # A surname alone ("Albrecht") names the one person of the article who has it;
    # so do the last two words of a longer name ("Ndiaye Sarr", "Al Mansoori") and a
    # first word that is no given name (a family name first: "Lim" of "Lim Wei Jie").
    placed = {raw[m.start : m.end] for m in mentions if m.label != "PERSON" and (m.origin != "spacy" or m.attrs.get("evidence"))}
    surnames: dict[str, set[str]] = {}
    for name, canon in list(forms.items()):
        words = name.split()
        if len(words) > 1 and (len(words[-1]) > 2 or _SHORT_SURNAME.fullmatch(words[-1])) and words[-1][:1].isupper():
            surnames.setdefault(words[-1], set()).add(canon)
        if len(words) > 2 and all(w[:1].isupper() for w in words[-2:]):
            surnames.setdefault(" ".join(words[-2:]), set()).add(canon)
        particle = next((i for i, w in enumerate(words) if i and re.fullmatch(_PARTICLE, w)), None)
        if particle is not None and particle < len(words) - 1:
            # "de Almeida" of "Rui Vasconcelos de Almeida", also capitalised at a sentence start
            tail = " ".join(words[particle:])
            surnames.setdefault(tail, set()).add(canon)
            surnames.setdefault(tail[:1].upper() + tail[1:], set()).add(canon)
        first = words[0] if len(words) > 1 else ""
        family_first = len(first) > 2 and first[:1].isupper() and _plain_fold(first) not in _given_names() and first not in placed
        if family_first and zipf_frequency(first.lower(), "en") < COMMON_WORD_ZIPF and not lx.is_role_word(first):
            surnames.setdefault(first, set()).add(canon)
    for word, canons in surnames.items():
        if len(canons) == 1 and word not in forms:
            forms[word] = next(iter(canons))
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + lx.alternation(list(forms)) + r")(?![\w-])")
    out = []
    for pstart, pend in paras:
        for m in pattern.finditer(raw, pstart, pend):
            out.append(Mention(m.start(), m.end(), "PERSON", "person"))
    return out


def _descriptors(
    raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People, date: str | None, named: set[str]
) -> list[Mention]:
    """Descriptor mentions resolved to a person (article first, then lexicon)."""
    local = [k for k in people.bound if not k.startswith(("office:", "class:", "head:"))]
    patterns = [_descriptor_pattern(tuple(sorted(local)))] if local else []
    patterns.append(_descriptor_pattern(()))
    names = [m for m in mentions if m.label == "PERSON"]
    name_ranges = lx.Ranges([(n.start, n.end) for n in names])
    name_starts = {n.start for n in names}
    appos = people.appositions
    out: list[Mention] = []
    taken = lx.Ranges()
    for pstart, pend in paras:
        matches = [m for p in patterns for m in p.finditer(raw, pstart, pend)]
        matches.sort(key=lambda m: (m.start("d"), -len(m.group("d"))))
        for m in matches:
            start, end = m.span("d")
            if name_ranges.overlaps(start, end) or taken.overlaps(start, end) or any(s < end and start < e for s, e in appos):
                continue
            before = raw[max(pstart, m.start() - 12) : m.start()].lower().split()
            if before and before[-1].rstrip("-") in (*lx.NOT_CURRENT, *lx.SUBORDINATE):
                continue  # "the former mayor", "the deputy mayor": not the mayor
            if re.match(r"\s+[A-Z][\w’'-]+\s+[A-Z]", raw[end : end + 40]) and end + 1 in name_starts:
                continue
            if _postposed_nationality(raw, end):
                continue  # "the head of state Brazilian": the leader rule reads the nationality
            found = _resolve(raw[start:end], bool(m.group("det")), people, date, named)
            if found:
                person, how, role = found
                out.append(Mention(start, end, "PERSON", "descriptor", {"canonical": person, "resolved_by": how, "role": role}))
                taken.add(start, end)
        # "the Mexican head of state" after "the Mexican president, Andrés Robles":
        # a nationality and a title of the same class, for countries no office lists.
        national = [*_national_title_pattern().finditer(raw, pstart, pend), *_postposed_title_pattern().finditer(raw, pstart, pend)]
        for m in national:
            start, end = m.span("d")
            if m.re is _postposed_title_pattern() and not _postposed_nationality(raw, m.start("nat")):
                continue
            if name_ranges.overlaps(start, end) or taken.overlaps(start, end) or any(s < end and start < e for s, e in appos):
                continue
            before = raw[max(pstart, m.start() - 12) : m.start()].lower().split()
            if before and before[-1].rstrip("-") in (*lx.NOT_CURRENT, *lx.SUBORDINATE):
                continue
            if re.match(r"\s+[A-Z]", raw[end : end + 2]):
                continue  # "the Mexican president Andrés Robles": a name follows
            person = _resolve_national(lx.fold(m.group("nat")), m.group("title"), people)
            if person:
                role = people.roles.get(person, raw[start:end])
                out.append(_resolved_in_article(start, end, person, role))
                taken.add(start, end)
        # "the minister", "the chief economist": the one person the article
        # gave that role word to.
        for m in _bare_role_pattern().finditer(raw, pstart, pend):
            start, end = m.span("d")
            if taken.overlaps(start, end) or name_ranges.overlaps(start, end) or any(s < end and start < e for s, e in appos):
                continue
            if re.match(r"\s+[A-Z]", raw[end : end + 2]) or m.group("d").split()[0].lower() in lx.SUBORDINATE:
                continue  # "the deputy mayor" is not the article's one mayor
            if _PORTFOLIO_THEN_NAME.match(raw, end):
                continue  # "the minister of foreign affairs Tanvir Ahmed": the title of the name after it
            person = people.only("head:" + _title_base(m.group("head").lower()))
            if person:
                out.append(_resolved_in_article(start, end, person, people.roles.get(person)))
                taken.add(start, end)
    return out


#: A lower-case portfolio and then a name, after a role word: " of foreign affairs Tanvir Ahmed".
_PORTFOLIO_THEN_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}[A-Z][\w’'-]+\s+[A-Z]")


def _resolved_in_article(start: int, end: int, person: str, role: str | None) -> Mention:
    """A descriptor the article's own text resolves to one of its people."""
    return Mention(start, end, "PERSON", "descriptor", {"canonical": person, "resolved_by": "article", "role": role})


#: Title words of a country's leader, as descriptors and in the article's appositions.
_LEADER_TITLES = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "head of state",
    "head of government",
    "leader",
    "king",
    "queen",
    "emir",
    "monarch",
)

#: "the Indonesian leader", "his Egyptian counterpart", "his counterpart", "the host", "the head
#: of the Spanish Executive", "the President" (bare: the home leader of a state agency's readout).
_LEADER_DESCRIPTOR = re.compile(
    r"(?<![\w-])(?P<d>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:"
    r"(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<title>(?i:president|prime minister|premier|chancellor|head of state|head of government|leader|counterpart))"
    r"|head\s+of\s+the\s+(?P<adj2>[A-Z][a-z]+)\s+(?i:government|executive|state)"
    r"|(?P<bare>counterpart)"
    r"|(?<=[Tt]he\s)(?i:president|prime minister|premier|chancellor|head of state|head of government|leader)\s+(?P<adj3>[A-Z][a-z]+)"
    r"|(?<=[Tt]he\s)(?P<host>host)(?!\s+(?:of|country|city|nation|town|broadcaster)\b)"
    r"|(?<=[Tt]he\s)(?P<home>(?i:president|prime minister|chancellor))(?!\s+of\b)(?!\s+[A-Z])))(?![\w-])"
)


@cache
def _nationality_adjective_words() -> frozenset[str]:
    """Folded nationality adjectives ("brazilian", "french"), not country names."""
    return frozenset(lx.fold(a) for a in lx.nationality_adjectives())


def _drop_leading_nationality(raw: str, mentions: list[Mention]) -> None:
    """ "Prime Minister Czech Tomas Vondracek": a translation put the nationality between
    the title and the name, and spaCy took it into the person's name. The name starts
    after it (two or more capitalised words must remain)."""
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = raw[m.start : m.end].split(" ")
        if len(words) >= 3 and lx.fold(words[0]) in _nationality_adjective_words() and all(w[:1].isupper() for w in words[1:]):
            m.start += len(words[0]) + 1


def _postposed_nationality(raw: str, at: int) -> bool:
    """Does a nationality adjective follow a title at ``at``, in a Romance language's
    word order kept by machine translation ("the head of state Brazilian", "the
    president French")? The title then names that country's leader, not the one the
    title alone would."""
    m = re.match(r"\s*([A-Z][a-z]+)(?![\w-])", raw[at : at + 30])
    return bool(m) and lx.fold(m.group(1)) in _nationality_adjective_words()


@cache
def _country_words() -> dict[str, str]:
    """Folded country name or nationality adjective -> the country (``roles.yml`` countries,
    other_countries and nationalities)."""
    data = load_yaml("roles.yml")
    out: dict[str, str] = {}
    for c in data["countries"].values():
        for word in (*c.get("names", []), *c.get("adjectives", [])):
            out[lx.fold(word)] = c["names"][0]
    for name in data.get("other_countries", []):
        out[lx.fold(name)] = name
    for name in data.get("nationalities", {}):
        out.setdefault(lx.fold(name), name)
    for adjective, name in lx.nationality_adjectives().items():
        out.setdefault(lx.fold(adjective), name)
    return out


def _leaders(people: People) -> dict[str, tuple[str | None, str]]:
    """The article's heads of state and government -> (the country it tied each to or None,
    the phrases that name them): "Indonesian President X", "the President of Nigeria, X",
    "President X, President of the Republic of Tunisia". A president of a congress, a union
    or a party is none."""
    words = _country_words()
    title = "|".join(re.escape(t) for t in _LEADER_TITLES)
    shape = re.compile(r"^(?:[\w'-]+\s+){0,2}(?:" + title + r")(?:\s+of\s+(?:the\s+)?(?P<tail>.+))?$")
    leaders: dict[str, tuple[str | None, str]] = {}
    others: set[str] = set()
    for key, persons in sorted(people.bound.items()):
        m = shape.match(key)
        if m is None or key.startswith(("office:", "class:", "head:")):
            continue
        tail = m.group("tail") or ""
        # a substring test first: a pattern per country word and key overflows re's cache
        country = next((c for w, c in words.items() if w in key and re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", key)), None)
        if any(w in key.split() for w in (*lx.NOT_CURRENT, *lx.SUBORDINATE, "opposition", "party", "union")) or (
            tail and country is None and not re.match(r"(?:republic|government|state)\b", tail)
        ):
            others |= persons  # "president of the congress of the deputies", "the deputy prime minister"
            continue
        for person in persons:
            old_country, old_keys = leaders.get(person, (None, ""))
            leaders[person] = (old_country or (country if len(persons) == 1 else None), f"{old_keys} | {key}")
    return {p: v for p, v in leaders.items() if p not in others or v[0]}


def _leader_descriptors(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People) -> list[Mention]:
    """A leader named by country or as the other one's counterpart, once the article has
    named two or more leaders: "the Uruguayan leader" is the one it tied to Uruguay; "his
    Egyptian counterpart" the one leader not tied to another country; "his counterpart" (no
    country) and "the host" (of a visit: the one the guest just mentioned is not) the other of
    exactly two leaders than the last one mentioned before it; a bare
    "the President" the one president the article never tied to a country while it tied
    the others (a state agency's own head of state beside "the Tunisian President")."""
    leaders = _leaders(people)
    if len(leaders) < 2:
        return []
    words = _country_words()
    taken = lx.Ranges([(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")])
    seen = [
        (m.start, m.attrs.get("canonical") if m.origin == "descriptor" else _person_at(raw, m, people))
        for m in mentions
        if m.label == "PERSON"
    ]
    out: list[Mention] = []
    for pstart, pend in paras:
        for m in _LEADER_DESCRIPTOR.finditer(raw, pstart, pend):
            start, end = m.span("d")
            if taken.overlaps(start, end) or re.match(r"\s+[A-Z][\w’'-]+\s+[A-Z]", raw[end : end + 40]):
                continue
            adj = m.group("adj") or m.group("adj2") or m.group("adj3")
            person = None
            if m.group("adj3") and not _postposed_nationality(raw, m.start("adj3")):
                continue
            if adj:
                country = words.get(lx.fold(adj))
                if country is None:
                    continue
                tied = [p for p, (c, _) in leaders.items() if c == country]
                free = [p for p, (c, _) in leaders.items() if c in (None, country)]
                person = tied[0] if len(tied) == 1 else free[0] if len(free) == 1 and not tied else None
            elif m.group("home"):
                titled = [p for p, (_, keys) in leaders.items() if lx.fold(m.group("home")) in keys]
                home = [p for p in titled if leaders[p][0] is None]
                person = home[0] if len(titled) > 1 and len(home) == 1 else None
            elif len(leaders) == 2:
                prior = [(at, who) for at, who in [*seen, *((o.start, o.attrs["canonical"]) for o in out)] if at < start and who in leaders]
                if prior:
                    last = max(prior)[1]
                    person = next(p for p in leaders if p != last)
            if person:
                out.append(_resolved_in_article(start, end, person, people.roles.get(person)))
                taken.add(start, end)
    return out


@cache
def _generic_nouns() -> dict[str, frozenset[str]]:
    """Generic nouns and the role heads they stand for (``roles.yml`` generic_descriptors)."""
    data = load_yaml("roles.yml")["generic_descriptors"]
    return {noun: frozenset(heads) | {noun} for noun, heads in data.items()}


@cache
def _plain_roles() -> frozenset[str]:
    """One-word role words that do not name a country's leader ("the regent",
    "the prosecutor"; not "the president", which the offices resolve)."""
    principal = {lx.fold(w) for w in load_yaml("roles.yml")["source_roles"]["principal"]}
    return frozenset(w for w in lx.lexicon().role_words if " " not in w and w not in principal and w.isalpha())


#: A party's or a body's acronym before a generic noun ("the CDU politician", "the ANC veteran").
_ACRONYM_QUALIFIER = re.compile(r"[A-Z]{2,5}")


@cache
def _generic_pattern() -> re.Pattern[str]:
    """ "the expert", "The Moroccan defender": a generic noun, maybe after an adjective or a nationality."""
    nouns = lx.alternation(sorted(set(_generic_nouns()) | _plain_roles()))
    return re.compile(
        r"(?<![\w-])[Tt]he\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ic)|[A-Z]{2,5})\s+)?(?P<noun>" + nouns + r")(?![\w-])(?!\s+[A-Z])"
    )


#: A lower-case title right before a name, maybe with the organisation it serves between
#: ("the volcanologist of the INGV Stefania Lo Giudice", "the defender Ana Ruiz").
_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<title>[A-Za-z][a-z-]+)(?:\s+(?:of|at|for|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)?,?\s+$"
)


def _generic_descriptors(
    raw: str, paras: list[tuple[int, int]], toks: list[tuple[int, Token]], mentions: list[Mention], people: People
) -> list[Mention]:
    """ "The expert added", "the Moroccan defender", "the player": news prose
    varies a name by a more general noun than the title it gave ("the
    volcanologist X" → "the expert", "the defender X" → "the player"). The
    person is the last one named before it, in that paragraph or the one
    before, whose title the noun covers (``roles.yml`` generic_descriptors)."""
    heads: dict[str, set[str]] = {}
    for key, persons in people.bound.items():
        if key.startswith("head:"):
            for person in persons:
                heads.setdefault(person, set()).add(key[5:])
    named = []
    for m in mentions:
        if m.label == "PERSON" and m.origin != "descriptor":
            person = _person_at(raw, m, people)
            named.append((m.start, person))
            title = _TITLE_BEFORE.search(raw, max(0, m.start - 80), m.start)
            prime = title is not None and raw[max(0, title.start() - 6) : title.start()].lower() == "prime "
            if title and not prime:  # "the volcanologist of the INGV Stefania Lo Giudice"; not "Prime Minister X"
                heads.setdefault(person, set()).add(_title_base(title.group("title").lower()))
    named.sort()
    taken = lx.Ranges([(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG", "PLACE")])
    pos = {off: tok for off, tok in toks}
    out = []
    for k, (ps, pe) in enumerate(paras):
        since = paras[k - 1][0] if k else ps
        for m in _generic_pattern().finditer(raw, ps, pe):
            noun = m.group("noun").lower()
            covered = _generic_nouns().get(noun) or ({_title_base(noun)} if noun in _plain_roles() else None)
            tok = pos.get(m.start("noun"))
            # "the CDU politician": a party's acronym qualifies the noun; the person is the noun alone
            start = m.start("noun") if _ACRONYM_QUALIFIER.fullmatch(m.group(0).split()[1]) else m.start()
            if not covered or tok is None or tok.pos_ != "NOUN" or taken.overlaps(start, m.end()):
                continue
            if _PORTFOLIO_THEN_NAME.match(raw, m.end()):
                continue  # "The minister of commerce Faruk Mia": the title of the name after it
            if m.group(0).split()[1].lower() in lx.SUBORDINATE:
                continue  # "the deputy mayor" is not the mayor named before
            before = [(at, person) for at, person in named if since <= at < m.start() and heads.get(person, set()) & covered]
            if before and not _unnamed_since(raw, before[-1][0], m.start(), noun):
                out.append(_resolved_in_article(start, m.end(), before[-1][1], None))
    return out


def _unnamed_since(raw: str, start: int, end: int, noun: str) -> bool:
    """Did the text bring in an unnamed one of ``noun`` between ``start`` and ``end`` ("A
    Mexican official who briefed reporters …, the official said")? Then "the official" is
    that one, not the person named before."""
    return (
        re.search(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?" + re.escape(noun) + r"(?![\w-])", raw[start:end])
        is not None
    )


#: "the 54-year-old" standing for a person (not "the 47-year-old Fuentes", where the name follows).
_AGE_DESCRIPTOR = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")


def _age_descriptors(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People) -> list[Mention]:
    """ "The 54-year-old justified the step": news prose varies the name of the
    person it just named by their age; the last person named before it in the
    paragraph."""
    persons = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    out = []
    for pstart, pend in paras:
        for a in _AGE_DESCRIPTOR.finditer(raw, pstart, pend):
            before = [m for m in persons if pstart <= m.start and m.end <= a.start()]
            here = Mention(a.start(), a.end(), "PERSON", "descriptor")
            if before and not any(m.overlaps(here) for m in mentions if m.label in ("PERSON", "ORG", "PLACE")):
                person = _person_at(raw, before[-1], people)
                out.append(_resolved_in_article(a.start(), a.end(), person, None))
    return out


@cache
def _title_forms() -> dict[str, str]:
    return {k.lower(): v.lower() for k, v in load_yaml("roles.yml").get("title_forms", {}).items()}


def _title_base(word: str) -> str:
    """ "mayoress" → "mayor": one key for a title's forms (``roles.yml`` title_forms)."""
    return _title_forms().get(word, word)


@cache
def _descriptor_pattern(local: tuple[str, ...]) -> re.Pattern[str]:
    """Descriptor phrases: the lexicon's (for ``()``) or an article's own."""
    lex = lx.lexicon()
    phrases = list(local) if local else [*lex.descriptors, *lex.title_class]
    return re.compile(r"(?<![\w-])(?P<det>(?:the|his|her|its|their)\s+)?(?P<d>" + lx.alternation(phrases) + r")(?![\w-])", re.IGNORECASE)


@cache
def _bare_role_pattern() -> re.Pattern[str]:
    words = sorted((w for w in lx.lexicon().role_words if " " not in w), key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:[Tt]he)\s+(?P<d>(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish|i|ic))\s+)?(?P<head>(?i:"
        + "|".join(map(re.escape, words))
        + r")))(?![\w-])"
    )


def _resolve(desc: str, has_det: bool, people: People, date: str | None, named: set[str]) -> tuple[str, str, str] | None:
    """(person, "article" | "lexicon", role) for a descriptor, or None."""
    key = lx.fold(desc)
    office = lx.office_for(desc)
    role = office.role if office else desc
    person = people.only(key)
    if person:
        return person, "article", people.roles.get(person, role)
    if office:
        person = people.only("office:" + office.role)
        if person:
            return person, "article", office.role
        person = lx.holder(office, date=date, named=named)
        if person:
            return person, "lexicon", office.role
        return None
    cls = lx.title_class(desc)
    if cls and has_det:
        person = people.only("class:" + cls)
        if person:
            return person, "article", people.roles.get(person, desc)
    return None


#: Zipf frequency below which a lower-case word is no English word ("ghaffar", "sartein").
LOWERCASE_NAME_ZIPF = 3.5


def _lowercase_repeats(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People) -> list[Mention]:
    """A name the article writes capitalised, written again in lower case by a
    translation ("Mahmoud Abdel-Ghaffar" … "said abdel ghaffar", "Sartein" …
    "in sartein"): the same person or place, when no word of it is an English
    word. A person's surname counts as well as the full name."""
    forms: dict[str, tuple[str, str]] = {}
    for m in mentions:
        text = raw[m.start : m.end]
        if m.label not in ("PERSON", "PLACE") or m.origin == "descriptor" or not text[:1].isupper():
            continue
        canon = _person_at(raw, m, people) if m.label == "PERSON" else lx.clean_name(text)
        words = text.split()
        variants = [words, words[1:]] if m.label == "PERSON" and len(words) > 1 else [words]
        for v in variants:
            form = " ".join(v).lower()
            for f in (form, form.replace("-", " ")):
                if v and all(zipf_frequency(w, "en") < LOWERCASE_NAME_ZIPF for w in f.split()):
                    forms.setdefault(f, (m.label, canon))
    if not forms:
        return []
    taken = lx.Ranges([(m.start, m.end) for m in mentions])
    pattern = re.compile(r"(?<![\w’'-])(?:" + lx.alternation(sorted(forms, key=len, reverse=True)) + r")(?![\w’'-])")
    out = []
    for ps, pe in paras:
        for m in pattern.finditer(raw, ps, pe):
            if not taken.overlaps(m.start(), m.end()):
                label, canon = forms[m.group()]
                if label == "PERSON" and _DETERMINER_BEFORE.search(raw, max(ps, m.start() - 6), m.start()):
                    continue  # "the baoli", "the taluk office": a common noun of the language, not the person
                out.append(Mention(m.start(), m.end(), label, "person" if label == "PERSON" else "lexicon", {"canonical": canon}))
    return out


#: A determiner right before a word: what follows is a common noun, no lower-case surname.
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|The|a|an|An|this|that|these|those)[ ]$")


#: A lower-case given name and surname in apposition (", bambang hidayat,") or after a reporting verb.
_LOWER_NAME = re.compile(
    r"(?:, |\b(?:said|told|says|added|according to) )(?P<given>[a-zà-ÿ]{3,})[ ](?P<surname>[a-zà-ÿ]{3,})(?=\s*[,.;]|\s+(?:said|told|added)\b)"
)


def _lowercase_people(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "Head of the agency (BBWS), bambang hidayat, said": a translation's
    lower-case full name, in apposition or after a reporting verb, opening
    with a given name (either gender) and closing with a word English does not
    know. The canonical is the name capitalised."""
    taken = lx.Ranges([(m.start, m.end) for m in mentions])
    out = []
    for ps, pe in paras:
        for m in _LOWER_NAME.finditer(raw, ps, pe):
            given, surname = m.group("given"), m.group("surname")
            start, end = m.start("given"), m.end("surname")
            if taken.overlaps(start, end) or _plain_fold(given) not in _any_given_names():
                continue
            if zipf_frequency(given, "en") >= LOWERCASE_NAME_ZIPF or zipf_frequency(surname, "en") >= 3.0:
                continue
            canon = f"{given.capitalize()} {surname.capitalize()}"
            out.append(Mention(start, end, "PERSON", "person", {"canonical": canon}))
    return out


#: A run of capitalised words with the small words of institutions' names between them.
_NAME_RUN = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:[ ](?:(?:of|and|for|the|on|in)[ ])*{_NAME_WORD})+(?![\w’'-])")


def _acronym_expansions(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "Natural Resources Wales" … "NRW's licence": a run of capitalised words
    whose initials spell, letter for letter, an acronym the article uses as an
    organisation is that organisation, though no bracket joins them; and a name
    in brackets right after it is its other name ("Natural Resources Wales
    (Cyfoeth Naturiol Cymru)"). Acronyms of three to six capitals only."""
    acronyms = {raw[m.start : m.end] for m in mentions if m.label == "ORG" and re.fullmatch(r"[A-Z]{3,6}", raw[m.start : m.end])}
    out: list[Mention] = []
    for ps, pe in paras:
        for run in _NAME_RUN.finditer(raw, ps, pe):
            words = list(re.finditer(r"\S+", run.group()))
            best = None
            for i, j in itertools.combinations(range(len(words) + 1), 2):
                part = words[i:j]
                if not part[0].group()[:1].isupper() or not part[-1].group()[:1].isupper() or part[0].group() == "The":
                    continue
                initials = "".join(w.group()[0] for w in part if w.group()[:1].isupper())
                if initials in acronyms and len(part) >= 2 and (best is None or j - i > best[1] - best[0]):
                    best = (i, j)
            if best is None:
                continue
            start, end = run.start() + words[best[0]].start(), run.start() + words[best[1] - 1].end()
            name = raw[start:end]
            out.append(Mention(start, end, "ORG", "headed"))
            alias = re.match(rf"[ ]\((?P<alias>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,4}})\)", raw[end:pe])
            if alias and not re.fullmatch(r"[A-Z]{2,6}", alias.group("alias")):
                out.append(Mention(end + alias.start("alias"), end + alias.end("alias"), "ORG", "headed", {"canonical": name}))
    return out


def _acronym_of(acr: str, name: str) -> bool:
    """Whether a bracketed word after an organisation's name is its acronym.

    Any word's initial opens it ("Instituto Nacional de Estadística (INE)"); a
    translated name of three or more words may keep the original's capitals
    ("Company of Aqueduct and Sewerage of Bogotá (EAAB)", "Office of
    Competition and Consumer Protection (UOKiK)"); an acronym written as a
    word ("Ideam") must start with the name's first initial, unless the name
    is a translated institution's (three words or more, one of them an
    organisation word: "Indonesian Forum for Environment (Walhi)").
    """
    words = name.split()
    initials = {w[:1] for w in words if w[:1].isupper()}
    capitals = sum(c.isupper() for c in acr)
    if capitals >= 2 and (acr[0] in initials or len(words) >= 3):
        return True
    if capitals != 1 or not words or zipf_frequency(acr.lower(), "en") >= COMMON_WORD_ZIPF or _is_country(acr):
        return False
    return acr[0] == words[0][:1] or (len(words) >= 3 and any(_is_org_word(w) for w in words))


def _acronyms(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """ "the Shanghai Cooperation Organization (SCO)": later "SCO" is the same."""
    known: dict[str, str] = {}
    for m in mentions:
        if m.label != "ORG":
            continue
        a = _ACRONYM.match(raw, m.end)
        name = lx.clean_name(raw[m.start : m.end])
        if a and _acronym_of(a.group("acr"), name):
            known[a.group("acr")] = m.attrs.get("canonical") or name
    out = []
    for acr, canon in known.items():
        for pstart, pend in paras:
            for a in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", raw[pstart:pend]):
                out.append(Mention(pstart + a.start(), pstart + a.end(), "ORG", "lexicon", {"canonical": canon}))
    return out


# --------------------------------------------------------------------------
# output


def _finish(raw: str, m: Mention, people: People) -> Span:
    text = raw[m.start : m.end]
    attrs: dict[str, Any] = {}
    if m.label == "PERSON":
        if m.origin == "descriptor":
            person = m.attrs["canonical"]
            attrs = {"canonical": person, "mention": "descriptor", "resolved_by": m.attrs["resolved_by"]}
            role = people.roles.get(person) or m.attrs.get("role")
        else:
            person = m.attrs.get("canonical") or _person_at(raw, m, people)
            attrs = {"canonical": person, "mention": "name"}
            how = people.how.get(lx.fold(lx.clean_name(text)))
            if how:
                attrs["resolved_by"] = how
            role = people.roles.get(person) or _lexicon_role(person, people.date)
        if role:
            attrs["role"] = role
    elif m.label == "ORG":
        org = m.attrs.get("canonical") or (lx.known_org(text).name if lx.known_org(text) else lx.clean_name(text))
        attrs = {"canonical": org, "mention": "name"}
    elif m.label in NAME_LABELS:
        attrs = {"canonical": m.attrs.get("canonical") or lx.clean_name(text) or text, "mention": "name"}
    else:
        attrs = {"canonical": text}
    return Span(m.start, m.end, m.label, attrs)


def _lexicon_role(person: str, date: str | None) -> str | None:
    """The office a known person held: on the article's date if it has one,
    else the current or latest one (for the tooltip and the sources layer)."""
    day = lx.parse_day(date)
    terms = [(h, o) for o in lx.lexicon().offices for h in o.holders if h.name == person]
    if day is not None:
        terms = [(h, o) for h, o in terms if (h.start is None or h.start <= day) and (h.end is None or day < h.end)]
    if not terms:
        return None
    current = [o for h, o in terms if h.end is None]
    if current:
        return current[0].role
    return max(terms, key=lambda t: t[0].end or lx.lexicon().as_of)[1].role


# --- People in shapes the small model does not know (names of many cultures, in MT word order) ---

#: A Zulu, Xhosa or Swazi personal prefix glued to a family name ("uMchunu", "kaMagwaza",
#: "kuNgcobo", "nguZondi"), or "Ma" before a married woman's clan name ("MaNgcobo").
_BANTU_PREFIXED = re.compile(rf"(?<![\w’'-])(?P<pre>u|ka|ku|ngu|kwa|Ma)(?P<name>[{_UPPER}][a-zà-ÿ]{{2,}})(?![\w’'-])")
#: A given name, then the father's or clan name with Zulu "ka" ("of"): "Mandla kaMagwaza".
_KA_PATRONYMIC = re.compile(rf"(?<![\w’'-])(?P<given>{_NAME_WORD})[ ]ka[{_UPPER}][a-zà-ÿ]{{2,}}(?![\w’'-])")
#: A lower-case given name and family name right after an occupation noun ("The herder bongani ntuli, who …").
_LOWER_AFTER_NOUN = re.compile(
    r"\b(?P<noun>[A-Za-z]+)[ ](?P<given>[a-zà-ÿ]{3,})[ ](?P<family>[a-zà-ÿ]{3,})(?=\s*[,.;]|\s+(?:said|told|added|who)\b)"
)
#: A capitalised word, a lower-case word (a title of address that follows a given name?), maybe a family name.
_TITLE_AFTER_NAME = re.compile(
    rf"(?<![\w’'-])(?P<given>{_NAME_WORD})[ ](?P<title>[^\W\d_A-Z][^\W\d_]*)(?:[ ](?P<family>{_NAME_WORD}))?(?![\w’'-])"
)
#: Between two people of a list: a comma or "and"/"or".
_PEOPLE_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: A preposition right before a name: "of Bari", "between Órzola and …", "for Gwynedd".
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:of|in|at|from|to|for|near|between|into|on|outside)[ ](?:the[ ])?$", re.IGNORECASE)
#: After a name: an apposition that only a person takes (", a 58-year-old widow", ", a grower in his seventies").
_PERSON_APPOSITION = re.compile(r",[ ](?:a|an)[ ](?P<words>[\w’'-]+(?:[ ][\w’'-]+){0,3})")


@cache
def _titles_after() -> frozenset[str]:
    """Titles of address that follow a given name (``roles.yml`` address_titles_after)."""
    return frozenset(lx.fold(w) for w in load_yaml("roles.yml").get("address_titles_after", []))


@cache
def _occupation_nouns() -> frozenset[str]:
    """Occupation, age and kinship nouns (``roles.yml`` occupation_nouns) with the person nouns."""
    return frozenset(w.lower() for w in load_yaml("roles.yml").get("occupation_nouns", [])) | _person_nouns()


def _could_be_person(text: str) -> bool:
    """One to four capitalised words with nothing of an organisation's or a place's name about them."""
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not text.isupper()
        and not any(
            _is_org_word(w) or w in _org_heads()[0] or lx.fold(w) in _facility_words() or lx.fold(w) in lx.place_nouns() for w in words
        )
        and not lx.known_org(text)
        and not _is_city(text)
        and not _is_country(text)
        and not _CAMEL.fullmatch(words[0])
        and not (len(words) == 1 and zipf_frequency(text.lower(), "en") >= COMMON_WORD_ZIPF)
    )


def _person_by_neighbours(raw: str, start: int, end: int) -> int | None:
    """Where a person's name starts when its neighbours say it is one, else None:
    a title of address before it or opening it ("Gogo Majola", "Inkosi
    Bhekumuzi Mthethwa", "Ratu Jone"), a lower-case occupation or kinship noun
    right before it ("the guard Şöhrat", "her husband Charles"), a title of
    address after it ("Sapar aga"), or an apposition only a person takes
    (", who", ", 47,", ", a grower in his seventies")."""
    words = list(re.finditer(r"\S+", raw[start:end]))
    k = 0
    while k < len(words) - 1 and (_is_address_title(words[k].group()) or words[k].group().lower() in HONORIFICS):
        k += 1
    if k:
        return start + words[k].start()
    before = re.search(r"(?:^|(?<=\s))(?P<w>[\w’'.-]+)[ ]$", raw[max(0, start - 30) : start])
    if before:
        w = before.group("w")
        if _is_address_title(w) or w.lower() in HONORIFICS:
            return start
        if w[:1].islower() and w.lower() in _occupation_nouns() and w.lower() not in lx.SUBORDINATE:
            return start
    after = re.match(r"[ ](?P<w>[^\W\d_]+)\b", raw[end : end + 20])
    if after and after.group("w")[:1].islower() and lx.fold(after.group("w")) in _titles_after():
        return start
    if _AFTER_PREPOSITION.search(raw, max(0, start - 16), start):
        return None  # "K. Murugesan of Thirumangalam, who …": the place, not the person, takes the apposition
    if _WHO_OR_AGE.match(raw, end):
        return start
    appos = _PERSON_APPOSITION.match(raw, end)
    if appos and any(w.lower() in _occupation_nouns() for w in appos.group("words").split()):
        return start
    return None


def _people_in_context(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Names of cultures the small model has not met, which it calls an
    organisation or a place (or misses), told a person's by their context,
    never by a list of names: a title of address or an occupation noun next to
    them, a list they share with people ("among them A, B and C"), a family
    name a person of the article bears, a Zulu personal prefix glued to such a
    family name ("uMchunu", "MaNgcobo") or a patronymic with "ka" ("Mandla
    kaMagwaza"), a given name before a title that follows it ("Sapar aga"), a
    lower-case name after an occupation noun ("the herder bongani ntuli").
    Relabels ``mentions`` in place, empties those a new name covers (the
    caller drops them) and returns the new ones."""

    def free(m: Mention) -> bool:
        # spaCy's guesses, and one-word "organisations" told by speaking alone ("Sukhdeo said")
        return m.origin in ("spacy", "headed") and m.label in ("ORG", "PLACE", "MISC") and not m.attrs.get("evidence")

    out = _titled_and_lowercase_people(raw, paras)
    for m in mentions:
        pair = re.fullmatch(
            rf"(?P<a>{_NAME_WORD}(?:[ ]{_NAME_WORD})*)[ ]and[ ](?P<b>{_NAME_WORD}(?:[ ]{_NAME_WORD})*)", raw[m.start : m.end]
        )
        if m.label == "PERSON" and m.origin == "spacy" and pair:
            # "Serdar Nurmuhammedow and Maral": the model ran one name over "and" into the next
            out.append(Mention(m.start + pair.start("b"), m.start + pair.end("b"), "PERSON", "person"))
            m.end = m.start + pair.end("a")
    _drop_covered(out, mentions, free)
    for m in mentions:
        if free(m) and _could_be_person(raw[m.start : m.end]):
            at = _person_by_neighbours(raw, m.start, m.end)
            if at is not None and _could_be_person(raw[at : m.end]):
                m.start, m.label = at, "PERSON"
    changed = True
    while changed:
        changed = False
        live = sorted([m for m in mentions + out if m.end > m.start], key=lambda m: m.start)
        # a full name or a family name a person of the article bears
        names = {lx.fold(raw[m.start : m.end]) for m in live if m.label == "PERSON"}
        names |= {lx.fold(raw[m.start : m.end].split()[-1]) for m in live if m.label == "PERSON" and " " in raw[m.start : m.end]}
        for m in live:
            if free(m) and lx.fold(raw[m.start : m.end]) in names and _could_be_person(raw[m.start : m.end]):
                m.label, changed = "PERSON", True
        for chain in _lists(raw, live):
            # people of one list: "among them Ilaitia Rokobuli, Semesa Naivalu and Waisale Tuimoala"
            if any(m.label == "PERSON" for m in chain):
                for y in chain:
                    if free(y) and _could_be_person(raw[y.start : y.end]):
                        y.label, changed = "PERSON", True
        for a, b in itertools.pairwise(live):
            gap = raw[a.end : b.start]
            # a given name, then its family name labelled apart: "Ogulbibi" + "Annaýewa"
            one = " " not in raw[a.start : a.end] and " " not in raw[b.start : b.end]
            if (
                one
                and gap == " "
                and a.label == "PERSON"
                # b a guess, or a one-word person the model split off ("Sifiso" + "Mabaso")
                and (free(b) or (b.label == "PERSON" and b.origin == "spacy" and not b.attrs))
                and not lx.known_person(raw[a.start : a.end])
                and not lx.known_person(raw[b.start : b.end])
                and _surname_word(raw[b.start : b.end])
                and _could_be_person(raw[b.start : b.end])
            ):
                a.end, b.end, changed = b.end, b.start, True
                break
    # a one-word given name the model split from a family name it left unlabelled: "Maral Orazgeldiýewa"
    taken = lx.Ranges([(m.start, m.end) for m in mentions + out if m.end > m.start])
    for m in mentions + out:
        nxt = re.match(rf"[ ](?P<w>{_NAME_WORD})(?![\w’'-])", raw[m.end : m.end + 40])
        if (
            m.label == "PERSON"
            and m.end > m.start
            and " " not in raw[m.start : m.end]
            and nxt
            and not taken.overlaps(m.end + 1, m.end + nxt.end())
            and _surname_word(nxt.group("w"))
            and _could_be_person(nxt.group("w"))
            and _surname_shaped(nxt.group("w"))
        ):
            m.end += nxt.end()
    # "uMchunu" after "Sipho Mchunu": a personal prefix glued to the family name of one person
    hosts: dict[str, set[str]] = {}
    for m in mentions + out:
        name = lx.clean_name(raw[m.start : m.end])
        if m.label == "PERSON" and m.end > m.start and " " in name:
            hosts.setdefault(lx.fold(name.split()[-1]), set()).add(name)
    prefixed = []
    for ps, pe in paras:
        for g in _BANTU_PREFIXED.finditer(raw, ps, pe):
            host = hosts.get(lx.fold(g.group("name")), set())
            if len(host) == 1:
                prefixed.append(Mention(g.start(), g.end(), "PERSON", "person", {"canonical": next(iter(host))}))
    _drop_covered(prefixed, mentions, free)
    return [m for m in out if m.end > m.start] + prefixed


def _lists(raw: str, live: list[Mention]) -> list[list[Mention]]:
    """Runs of mentions separated by commas and "and" that read as a list, not
    as a place and its office-holder ("the prosecutor of Bari, Marco
    Lentini"): an "and"/"or" inside the run or right after it, and no
    preposition before it."""
    chains: list[list[Mention]] = []
    for m in live:
        if chains and _PEOPLE_LIST_GAP.fullmatch(raw[chains[-1][-1].end : m.start]):
            chains[-1].append(m)
        else:
            chains.append([m])
    out = []
    for chain in chains:
        if len(chain) < 2 or _AFTER_PREPOSITION.search(raw, max(0, chain[0].start - 16), chain[0].start):
            continue
        gaps = [raw[a.end : b.start] for a, b in itertools.pairwise(chain)]
        closed = any(re.search(r"\b(?:and|or)\b", g) for g in gaps) or re.match(r",?[ ](?:and|or)[ ]", raw[chain[-1].end :])
        if closed:
            out.append(chain)
    return out


def _drop_covered(new: list[Mention], mentions: list[Mention], free: Callable[[Mention], bool]) -> None:
    """Empty the model's guesses that a new person's name overlaps."""
    ranges = lx.Ranges([(m.start, m.end) for m in new])
    for m in mentions:
        if free(m) and ranges.overlaps(m.start, m.end):
            m.end = m.start


@cache
def _lower_given_names() -> frozenset[str]:
    """Every given name of ``first_names.yml``, the less attested ones too (none a common English word)."""
    data = load_yaml("first_names.yml")
    return _any_given_names() | frozenset(str(data.get("female_less", "")).split()) | frozenset(str(data.get("male_less", "")).split())


def _titled_and_lowercase_people(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """Names told by their shape with a title: a patronymic with Zulu "ka"
    ("Mandla kaMagwaza"), a given name before a title that follows it ("Sapar
    aga", "Sapar aga Gurbanmyradow"), a lower-case given name and family name
    after an occupation noun ("the herder bongani ntuli", canonical capitalised)."""
    out = []
    for ps, pe in paras:
        for g in _KA_PATRONYMIC.finditer(raw, ps, pe):
            if _surname_word(g.group("given")) and not _is_address_title(g.group("given")):
                out.append(Mention(g.start(), g.end(), "PERSON", "person"))
        for g in _TITLE_AFTER_NAME.finditer(raw, ps, pe):
            if lx.fold(g.group("title")) in _titles_after() and _surname_word(g.group("given")):
                family = g.group("family")
                end = g.end() if family and _surname_word(family) else g.end("given")
                out.append(Mention(g.start(), end, "PERSON", "person"))
        for g in _LOWER_AFTER_NOUN.finditer(raw, ps, pe):
            given, family = g.group("given"), g.group("family")
            if (
                g.group("noun").lower() in _occupation_nouns()
                and _plain_fold(given) in _lower_given_names()
                and zipf_frequency(given, "en") < LOWERCASE_NAME_ZIPF
                and zipf_frequency(family, "en") < 3.0
            ):
                canon = f"{given.capitalize()} {family.capitalize()}"
                out.append(Mention(g.start("given"), g.end("family"), "PERSON", "person", {"canonical": canon}))
    return out


#: A title noun before a person's name, with an "of …" phrase and an honorific between them
#: ("Resident Magistrate X", "the guard X", "The hyakim of Lebap welaýat X", "The state veterinarian
#: of the district of Umzinyathi, Dr X").
_TITLE_NOUN_BEFORE = re.compile(
    r"(?P<noun>[A-Za-z][a-zà-ÿ-]+)(?:[ ]of[ ](?:the[ ])?[^,.;:“”\"]{1,40}?)?,?[ ](?:(?:Dr|Mr|Mrs|Ms|Ing|Prof)\.?[ ])?$"
)


@cache
def _occupation_descriptor_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("roles.yml").get("occupation_descriptors", []))


def _occupation_descriptors(raw: str, paras: list[tuple[int, int]], mentions: list[Mention], people: People) -> list[Mention]:
    """ "the guard Şöhrat" … "The guard is 63 years old"; "Inspector Rupeni
    Cakau" … "The inspector said": an occupation or office noun the article
    put before one person's name (``roles.yml`` occupation_descriptors), then
    "the <noun>" alone, is that person."""
    named: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    spans = []
    for m in mentions:
        if m.label != "PERSON" or m.origin == "descriptor":
            continue
        title = _TITLE_NOUN_BEFORE.search(raw, max(0, m.start - 80), m.start)
        noun = title.group("noun").lower() if title else ""
        if noun in _occupation_descriptor_nouns():
            person = _person_at(raw, m, people)
            named.setdefault(noun, set()).add(person)
            people.roles.setdefault(person, noun)  # the sources layer reads the kind of source from it
            first[noun] = min(first.get(noun, m.start), m.start)
            spans.append((title.start(), m.end))
    if not named:
        return []
    taken = lx.Ranges([(m.start, m.end) for m in mentions] + spans)
    pattern = re.compile(r"(?<![\w-])[Tt]he[ ](?P<noun>" + lx.alternation(sorted(named)) + r")(?![\w-])")
    out = []
    for ps, pe in paras:
        for g in pattern.finditer(raw, ps, pe):
            noun = g.group("noun").lower()
            persons = named.get(noun, set())
            if len(persons) != 1 or g.start() < first[noun] or taken.overlaps(g.start(), g.end()):
                continue
            after = raw[g.end() : g.end() + 4]
            if after.startswith(" of ") or (after[:1] == " " and after[1:2].isupper()):
                continue  # "the guard of the bazaar", "the inspector Nikolai Sant": not alone
            person = next(iter(persons))
            out.append(_resolved_in_article(g.start(), g.end(), person, people.roles.get(person)))
    return out


# --- World people (pbreadth): what the tagger gets wrong about people named
# the ways of many cultures, and things named after people that are none.
# Read from not_names.yml's "people across the world" lists; measured on
# tests/eval/breadth/entities_people_world.yml.


@dataclass(frozen=True)
class _WorldWords:
    weather: re.Pattern[str]
    weather_start: re.Pattern[str]
    vessel_prefix: re.Pattern[str]
    laws: frozenset[str]
    dish: re.Pattern[str]
    interjections: frozenset[str]
    honorifics: frozenset[str]
    after_honorific: re.Pattern[str]
    person_noun: str
    club: re.Pattern[str]


@cache
def _world_words() -> _WorldWords:
    """The ``not_names.yml`` lists the world-people rules read, as patterns."""
    data = load_yaml("not_names.yml")
    return _WorldWords(
        weather=re.compile(rf"(?<![\w’'-])(?:{lx.alternation(data['weather_heads'])})[ ]$"),
        weather_start=re.compile(rf"(?:{lx.alternation(data['weather_heads'])})[ ]"),
        vessel_prefix=re.compile(rf"(?<![\w’'/-])(?:{lx.alternation(data['vessel_prefixes'])})(?:[ ][A-Z][\w’'.-]*){{0,3}}[ ]$"),
        laws=frozenset(data["law_heads"]),
        dish=re.compile(rf"(?<![\w’'-])(?:{lx.alternation(data['dish_nouns'])})[ ]$"),
        interjections=frozenset(data["interjections"]),
        honorifics=frozenset(data["org_honorifics"]),
        after_honorific=re.compile(rf"[ -](?:{lx.alternation(data['after_honorifics'])})\b"),
        person_noun=lx.alternation(data["person_nouns"]),
        club=re.compile(rf"[ ](?:{lx.alternation(data['club_suffixes'])})(?![\w])"),
    )


def _world_not_person(raw: str, m: Mention) -> bool:
    """A tagger's name that names nobody: a storm ("Storm Ingrid"), a ship
    after its prefix and name words ("the trawler Santa Isabel Ramos", "MV
    Captain X"), a law ("the X Act"), a dish ("eggs Benedict"), a disease
    ("Crohn's disease"), an interjection or God ("Inshallah", "Thank God")."""
    if m.label not in ("PERSON", "ORG", "PLACE") or m.origin in ("lexicon", "descriptor"):
        return False
    w = _world_words()
    text = raw[m.start : m.end]
    words = text.split()
    before = raw[max(0, m.start - 60) : m.start]
    if m.label != "PLACE" and (w.weather.search(before) or w.weather_start.match(text)):
        return True
    if m.label != "PLACE" and (w.vessel_prefix.search(before) or words[0] in ("MV", "FV", "HMS")):
        return True
    if m.label != "PLACE" and _vessel_run(raw, m.start):
        return True
    if m.label != "PLACE" and words[-1] in w.laws and 2 <= len(words) <= 4 and " of " not in text and not _is_org_word(words[0]):
        return True
    if len(words) == 1 and w.dish.search(before):
        return True
    if re.match(r"[’']s (?:disease|syndrome|palsy)\b", raw[m.end : m.end + 12]):
        return True
    return text in w.interjections


def _vessel_run(raw: str, start: int) -> bool:
    """A ship's noun, then capitalised name words, right before ``start`` ("the trawler Santa ")."""
    before = raw[max(0, start - 60) : start]
    m = re.search(r"((?:[A-Z][\w’'.-]*[ ]){1,3})$", before)
    return bool(m) and bool(_not_names().vessel.search(before, 0, len(before) - len(m.group(1))))


def _person_noun_after(raw: str, end: int) -> bool:
    """ ", a herder", ", a tea plucker", ", 34," after a name: a person's apposition."""
    pat = rf",[ ](?:(?:a|an)[ ](?:[a-z-]+[ ]){{0,2}}?(?:{_world_words().person_noun})s?\b|\d{{1,3}},)"
    return bool(re.match(pat, raw[end : end + 60]))


def _nameish(text: str) -> bool:
    """Every word capitalised or a name particle, and no organisation word: the shape of a person's name."""
    words = text.split()
    return bool(words) and all(
        (w[:1].isupper() or w in lx.NAME_PARTICLES) and not _is_org_word(w) and not any(ch.isdigit() for ch in w) for w in words
    )


#: "gave her name only as X", "a man named X", "identified as X": a person's name follows.
_NAMED_AS = re.compile(r"\b(?:names?|named|called|identified|introduced[ ](?:himself|herself))[ ](?:only[ ])?(?:as[ ])?$")


def _world_people(raw: str, mentions: list[Mention]) -> list[Mention]:
    """Relabel the tagger's "organisations" that are people and drop titles it split off:

    - an organisation opening with an honorific or customary title ("Bu Sri
      Wahyuni", "Mzee X") is the person after it; a title alone right before a
      person ("Nana" + "Kwaku Boateng") is dropped;
    - an organisation opening with a lowercase trade noun capitalised ("Herder
      X Y") is the person after it;
    - an organisation of name-shaped words with a person's apposition after it
      (", a rice farmer", ", 34,"), "as X" or "named X" before it, or listed
      with a person ("X and Y"), is a person;
    - a person followed by a club's suffix ("X FC") is the club;
    - a one-word name an honorific of its language follows ("Sharma ji") is a
      person, and a title alone before "said" ("Pak said") is no one;
    - a town before a trade noun before a person ("Kisumu trader X") is a place.
    """
    w = _world_words()
    people = [m for m in mentions if m.label == "PERSON"]
    out: list[Mention] = []
    for m in mentions:
        text = raw[m.start : m.end]
        words = text.split()
        if m.label == "PERSON" and m.origin != "lexicon":
            suffix = w.club.match(raw, m.end)
            if suffix or (len(words) > 1 and w.club.fullmatch(" " + words[-1])):
                out.append(Mention(m.start, suffix.end() if suffix else m.end, "ORG", "headed"))
                continue
            rest = m.start + len(words[0]) + 1
            if len(words) > 1 and words[0].rstrip(".") in w.honorifics and not _is_given_name(words[0]) and _nameish(raw[rest : m.end]):
                out.append(Mention(rest, m.end, "PERSON", m.origin, dict(m.attrs)))
                continue
        honoured = w.after_honorific.match(raw, m.end) and zipf_frequency(text.lower(), "en") < COMMON_WORD_ZIPF
        if m.label in ("NORP", "ORG", "PLACE") and m.origin != "lexicon" and len(words) == 1 and honoured:
            out.append(Mention(m.start, m.end, "PERSON", "person"))
            continue
        if (
            m.label in ("PERSON", "ORG")
            and m.origin != "lexicon"
            and text in w.honorifics
            and (m.label == "ORG" or not _is_given_name(text))
            and _SPEAKS.match(raw, m.end)
        ):
            continue  # "Pak said": a title with the name dropped
        if m.label != "ORG" or m.origin == "lexicon":
            out.append(m)
            continue
        first = words[0].rstrip(".")
        if first in w.honorifics or _is_address_title(first):
            rest = m.start + len(words[0]) + 1
            if len(words) > 1 and _nameish(raw[rest : m.end]):
                out.append(Mention(rest, m.end, "PERSON", "person"))
                continue
            if len(words) == 1 and any(p.start == m.end + 1 for p in people):
                continue
        if len(words) >= 3 and re.fullmatch(rf"(?:{w.person_noun})", first.lower()) and _nameish(raw[m.start + len(words[0]) + 1 : m.end]):
            out.append(Mention(m.start + len(words[0]) + 1, m.end, "PERSON", "person"))
            continue
        if (
            m.origin in ("spacy", "headed")
            and _nameish(text)
            and len(words) <= 5
            and zipf_frequency(words[0].lower(), "en") < COMMON_ORG_ZIPF
        ):
            before = raw[max(0, m.start - 30) : m.start]
            listed = len(words) >= 2 and any(
                re.fullmatch(r",?[ ]and[ ]", raw[min(m.end, p.end) : max(m.start, p.start)] or "x")
                and len(raw[p.start : p.end].split()) == len(words)
                for p in people
            )
            if _person_noun_after(raw, m.end) or _NAMED_AS.search(before) or listed:
                out.append(Mention(m.start, m.end, "PERSON", "person"))
                continue
        out.append(m)
    return out + _towns_before_people(raw, out)


def _towns_before_people(raw: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kisumu trader X", "Bishkek resident X": a known city right before a trade noun and a person is a place."""
    pat = re.compile(rf"(?<![\w’'-])([A-Z][\w’'-]+)[ ](?:{_world_words().person_noun})[ ]$")
    out = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        hit = pat.search(raw, max(0, m.start - 40), m.start)
        if hit and _is_city(hit.group(1)) and not any(o.start < hit.end(1) and hit.start(1) < o.end for o in mentions):
            out.append(Mention(hit.start(1), hit.end(1), "PLACE", "person"))
    return out


def _world_repeats(raw: str, paras: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """A person's family name alone later ("Rosa Mendoza … Mendoza said") or a
    name an honorific of its own language follows ("Sharma ji"): a rare
    capitalised word, not next to another capitalised word, that is the last
    word of an earlier two- or three-word person is the person again."""
    names: dict[str, int] = {}
    for m in mentions:
        words = raw[m.start : m.end].split()
        if m.label == "PERSON" and 2 <= len(words) <= 3:
            word = words[-1]
            if word[:1].isupper() and len(word) > 2 and zipf_frequency(word.lower(), "en") < COMMON_WORD_ZIPF:
                names[word] = min(names.get(word, m.end), m.end)
    covered = [(m.start, m.end) for m in mentions]
    after = _world_words().after_honorific
    out = []
    for ps, pe in paras:
        for hit in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]+(?![\w’'-])", raw[ps:pe]):
            a, b = ps + hit.start(), ps + hit.end()
            word = hit.group()
            if any(s < b and a < e for s, e in covered):
                continue
            alone = not re.match(r"[ ]?[A-Z]", raw[b : b + 2]) and not re.search(r"[A-Z][\w’'-]*[ ]$", raw[max(ps, a - 30) : a])
            repeat = word in names and names[word] <= a and alone
            honoured = after.match(raw, b) and zipf_frequency(word.lower(), "en") < COMMON_WORD_ZIPF
            if repeat or honoured:
                out.append(Mention(a, b, "PERSON", "person"))
    return out


def _patronymic_names(raw: str, paras: list[tuple[int, int]]) -> list[Mention]:
    """ "Elchin Rasul oglu Mammadov", "Aizada Bakyt kyzy Osmonova": capitalised
    names, a Turkic "son of" / "daughter of" word and a family name are one
    person, where the tagger cuts at the lowercase word."""
    from ._fullname import PATRONYMIC_ENDINGS

    ends = "|".join(sorted(PATRONYMIC_ENDINGS, key=len, reverse=True))
    pat = re.compile(rf"(?<![\w’'-])(?:[A-Z][\w’'-]+[ ]){{1,3}}(?:{ends})[ ][A-Z][\w’'-]+")
    out = []
    for ps, pe in paras:
        for m in pat.finditer(raw[ps:pe]):
            start = ps + m.start()
            # a sentence's first word or a town before the name ("In Baku Elchin …") is no part of it
            while (word := raw[start : raw.index(" ", start)]) and (
                zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF or _is_city(word)
            ):
                start += len(word) + 1
            if not re.match(rf"(?:{ends})[ ]", raw[start : ps + m.end()]):
                out.append(Mention(start, ps + m.end(), "PERSON", "person"))
    return out


# --- Not people (ents8): words and shapes the tagger takes for people that
# name nobody, and names it glues to the institution or place they name.
# Read from not_people.yml; measured on tests/eval/breadth/entities_not_people.yml.


@dataclass(frozen=True)
class _NotPeopleWords:
    peoples: frozenset[str]
    ambiguous: frozenset[str]
    calendar: frozenset[str]
    address: frozenset[str]
    roles: frozenset[str]
    greetings: frozenset[str]
    namesake_heads: frozenset[str]
    team_nouns: frozenset[str]
    openers: dict[str, str]
    followers: frozenset[str]
    company_plurals: frozenset[str]
    place_of: frozenset[str]
    sports: re.Pattern[str]


@cache
def _not_people_words() -> _NotPeopleWords:
    """The ``not_people.yml`` lists as sets."""
    data = load_yaml("not_people.yml")
    return _NotPeopleWords(
        peoples=frozenset(data["peoples"]),
        ambiguous=frozenset(data["peoples_ambiguous"]),
        calendar=frozenset(data["calendar"]),
        address=frozenset(data["address_words"]),
        roles=frozenset(data["roles_more"]),
        greetings=frozenset(data["greetings"]),
        namesake_heads=frozenset(data["namesake_heads"]),
        team_nouns=frozenset(data["team_nouns"]),
        openers={w: label for label, words in data["namesake_openers"].items() for w in words},
        followers=frozenset(data["follower_nouns"]),
        company_plurals=frozenset(data["company_plurals"]),
        place_of=frozenset(data["place_of_nouns"]),
        sports=re.compile(rf"(?<![\w’'-])(?:{lx.alternation(data['sports_words'])})(?![\w’'-])"),
    )


#: A number right before a word ("90,000 Rupiah", "12 Kwacha"): the word is a unit or a currency.
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d[\d,.]*)[ ]$")
#: A year, which may open a sentence before a name without a comma ("In 2019 Ahmed Karimi …").
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: A determiner before a one-word "name" that makes it a common noun ("as a Shelter", "their Rice").
_OWNER_OR_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an|their|his|her|its|our|my|your)[ ]$")
#: "the" before a one-word "name" ("the Druze", "the Split").
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he[ ]$")
#: A title of address before a name: the name is a person's whatever its words.
_TITLE_RIGHT_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Mx)\.?[ ]$")
#: A capitalised word other than an article right before a name ("General " of "The General Daily").
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An)[ ])[A-Z][\w’'-]*[ ]$")
#: " and Shan", " or Louis Vuitton": a coordinated capitalised name after a name.
_COORDINATED = re.compile(r"[ ](?:and|or|&)[ ](?:[A-Z][\w’'-]*[ ]){1,3}")


def _group_word(word: str) -> str | None:
    """``word`` or its singular ("Ahmadis", "Baha'is") when it is a people, faith or language word."""
    words = _not_people_words()
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form and (form in words.peoples or form in words.ambiguous):
            return form
    return None


def _plural_noun_at(raw: str, at: int, pos: dict[int, Token]) -> str | None:
    """The lower-case plural noun the tagger reads at ``at`` (after one space), if any."""
    if raw[at : at + 1] != " ":
        return None
    tok = pos.get(at + 1)
    if tok is None or tok.tag_ != "NNS" or not tok.text[:1].islower() or not tok.text.endswith("s"):
        return None
    # an English plural ("phones", "villagers"), not a lower-case surname the tagger guessed at ("ouma")
    return tok.text if zipf_frequency(tok.text, "en") >= PLURAL_NOUN_ZIPF else None


#: A lower-case word after a name at least this common in English is a real plural noun.
PLURAL_NOUN_ZIPF = 3.0


def _before_plural_noun(raw: str, end: int, pos: dict[int, Token]) -> str | None:
    """The plural noun a name modifies: right after it ("Tecno phones") or after a
    coordinated name ("Karen and Shan villagers", "Adidas and Louis Vuitton bags")."""
    noun = _plural_noun_at(raw, end, pos)
    if noun:
        return noun
    co = _COORDINATED.match(raw, end)
    return _plural_noun_at(raw, co.end() - 1, pos) if co else None


def _vocative(raw: str, start: int, end: int) -> bool:
    """ "“Sir, the water …", "Monsieur, this is …": a word of address alone before a comma."""
    before = raw[max(0, start - 2) : start]
    return raw[end : end + 1] == "," and (not before.strip() or before.rstrip()[-1:] in "“\"«„‘'\n")


def _not_a_person_word(raw: str, m: Mention, pos: dict[int, Token], surnames: set[str]) -> bool:
    """One capitalised word the tagger took for a person that is none: a
    people, faith or language ("Druze", "Ahmadis"; "Karen" and "Shan" only
    before a plural noun or after "the"), a month or weekday of another
    language ("Pazartesi"), a unit or currency after a number ("90,000
    Rupiah"), a word of address or a role alone ("Sensei", "Notary"), a
    greeting or an exclamation ("Hongera!"), a common noun after a determiner
    ("as a Shelter", "their Rice"), or a common English word no full name of
    the text ends with and no title precedes ("the Trip to Split")."""
    w = _not_people_words()
    text = raw[m.start : m.end]
    if _TITLE_RIGHT_BEFORE.search(raw, max(0, m.start - 6), m.start) or re.match(r"[ ]?[A-Z]", raw[m.end : m.end + 2]):
        return False
    given = _is_given_name(text)
    group = _group_word(text)
    before = raw[max(0, m.start - 12) : m.start]
    if group and group in w.peoples and not given:
        return True
    if group and (_before_plural_noun(raw, m.end, pos) or _THE_BEFORE.search(before)):
        return True
    if text in w.calendar and not given and not _is_city(text):
        return True
    number = _NUMBER_BEFORE.search(raw, max(0, m.start - 20), m.start)
    if number and not _YEAR.fullmatch(number.group("n")) and not text.isupper():
        return True
    if m.label != "PERSON":
        return False
    if text in w.greetings or (text in w.address and (not given or _vocative(raw, m.start, m.end))):
        return True
    if raw[m.end : m.end + 1] == "!" and not given:
        return True  # "Hongera!": an exclamation, not someone called
    if text in surnames or lx.known_person(text) or given:
        return False
    if lx.fold(text) in w.roles or lx.is_role_word(text):
        return True
    if _CAPITALISED_BEFORE.search(before):
        return False  # the last word of a capitalised run ("The General Daily")
    if _OWNER_OR_ARTICLE_BEFORE.search(before):
        return True
    return zipf_frequency(text.lower(), "en") >= NOT_PERSON_WORD_ZIPF


#: A one-word "person" at least this common an English word, with no full name or title to vouch for it, is a word.
NOT_PERSON_WORD_ZIPF = 4.0


def _not_a_person_run(raw: str, m: Mention, pos: dict[int, Token]) -> str | None:
    """What a run of words the tagger took for a person is instead: "drop" for a
    role alone ("Village Headman"), a thing named after someone ("the Nelson
    Mandela Lecture") or a name that modifies a plural noun ("Louis Vuitton
    bags", "Tecno phones"); "ORG" for a club ("Orlando Pirates"); else None."""
    w = _not_people_words()
    words = raw[m.start : m.end].split()
    if _TITLE_RIGHT_BEFORE.search(raw, max(0, m.start - 6), m.start):
        return None
    if len(words) >= 2 and (words[-1] in w.team_nouns or words[-1] in w.company_plurals):
        return "ORG"
    if _clubbed_city(raw, m, words):
        return "ORG"  # "Dinamo Zagreb", "Espérance de Tunis": a club named with its city, in a sports report
    if _place_of_before(raw, m.start) and len(words) <= 4 and not re.match(r"[’']s?\b", raw[m.end : m.end + 2]):
        return "PLACE"
    if len(words) >= 2 and words[-1] in w.namesake_heads:
        return "drop"
    last = lx.fold(words[-1])
    if (
        len(words) >= 2
        and (last in w.roles or lx.is_role_word(words[-1]))
        and not any(_is_given_name(x) for x in words)
        and not lx.known_person(" ".join(words))
    ):
        return "drop"
    noun = _before_plural_noun(raw, m.end, pos)
    if noun and noun not in w.followers and not lx.known_person(" ".join(words)) and not _person_noun_after(raw, m.end):
        return "drop"
    return None


def _role_opening(word: str) -> bool:
    """A capitalised role word opening a span ("Headteacher", "Notary"): roles.yml role words or
    not_people.yml ``roles_more``."""
    bare = word.rstrip(".")
    return bare[:1].isupper() and (lx.fold(bare) in _not_people_words().roles or lx.is_role_word(bare))


def _clubbed_city(raw: str, m: Mention, words: list[str]) -> bool:
    """A word and a city ("Shakhtar Donetsk") or a word, "de" and a city ("Espérance de Tunis"), no given name
    first, in a sentence with sports words (not_people.yml ``sports_words``)."""
    if _is_given_name(words[0]) or lx.known_person(" ".join(words)) or not _is_city(words[-1]):
        return False
    if not (len(words) == 2 or (len(words) == 3 and words[1] in ("de", "of"))):
        return False
    start = max(raw.rfind(". ", 0, m.start), raw.rfind("\n", 0, m.start)) + 1
    stop = min(x for x in (raw.find(". ", m.end), raw.find("\n", m.end), len(raw)) if x >= 0)
    return bool(_not_people_words().sports.search(raw[start:stop]))


def _place_of_before(raw: str, start: int) -> bool:
    """ "the district of ", "the mayor of ", "the crossing of ": a place noun (``roles.yml`` place nouns, not_people.yml
    ``place_of_nouns``) and "of" right before a name make it a place's."""
    m = re.search(r"(?<![\w’'-])([a-z]+(?:[ ][a-z]+)?)[ ]of[ ]$", raw[max(0, start - 30) : start])
    if not m:
        return False
    phrase = m.group(1)
    last = phrase.split()[-1]
    return lx.fold(last) in lx.place_nouns() or last in _not_people_words().place_of or phrase in _not_people_words().place_of


def _not_people(raw: str, mentions: list[Mention], toks: list[tuple[int, Token]]) -> list[Mention]:
    """Drop or relabel the tagger's "people" that name nobody (see
    :func:`_not_a_person_word` and :func:`_not_a_person_run`), its one-word
    organisations and places that are peoples, calendar words or units, and
    join a name to the institution or place word before it ("Hospital Pablo
    X Y", "Piazza Garibaldi", not_people.yml ``namesake_openers``)."""
    pos = dict(toks)
    w = _not_people_words()
    # every word of a full name ("Lee" of "Lee Seung-hoon", "Brown" of "Ama Brown") may stand alone later
    surnames = {
        word
        for m in mentions
        if m.label == "PERSON" and m.origin != "descriptor" and " " in raw[m.start : m.end]
        for word in raw[m.start : m.end].split()
    }
    out: list[Mention] = []
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "PLACE") or m.origin in ("lexicon", "descriptor"):
            out.append(m)
            continue
        words = raw[m.start : m.end].split()
        if len(words) == 1 and (m.label == "PERSON" or m.origin == "spacy") and _not_a_person_word(raw, m, pos, surnames):
            continue
        if m.label != "PERSON":
            out.append(m)
            continue
        if len(words) >= 3 and _role_opening(words[0]) and _is_given_name(words[1]):
            # "Headteacher Margaret Wanjiku": the title stays outside the person's span
            m = Mention(m.start + len(words[0]) + 1, m.end, m.label, m.origin, dict(m.attrs))
        opener = re.search(r"(?<![\w’'-])([A-Z][\w’'-]+)[ ]$", raw[max(0, m.start - 20) : m.start])
        if opener and opener.group(1) in w.openers:
            out.append(Mention(m.start - len(opener.group(0)), m.end, w.openers[opener.group(1)], "headed"))
            continue
        instead = _not_a_person_run(raw, m, pos)
        if instead in ("ORG", "PLACE"):
            out.append(Mention(m.start, m.end, instead, "headed"))
        elif instead is None:
            out.append(m)
    return _resolve_overlaps(out)


#: A run of capitalised words (and "of") right before "and" and an organisation's
#: second half: "Amhara Region Transport" of "… Transport and Logistics Bureau".
_LEFT_HALF = re.compile(r"(?:^|(?<=[\s(]))(?:[Tt]he[ ])?(?!The[ ])(?P<left>[A-Z][\w’'-]+(?:[ ](?:of[ ])?[A-Z][\w’'-]+){0,4})[ ]and[ ]$")
#: "…, and the Environment" closing a body's list of portfolios.
_RIGHT_HALF = re.compile(r"^[ ]and[ ](?:the[ ])?(?P<right>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})(?![\w’'-])")
#: From this English Zipf frequency a capitalised word is a common noun (a
#: portfolio, "Transport", "Fisheries", "Environment"), not a name of its own.
_PORTFOLIO_ZIPF = 3.0


def _common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= _PORTFOLIO_ZIPF


def _coordinated_org_names(raw: str, mentions: list[Mention]) -> list[Mention]:
    """One body named by portfolios joined with "and", which spaCy cuts in two:
    "the Lakeside Region Roads and Bridges Authority" (it keeps "Bridges
    Authority": a half that opens with a common word and ends in a head takes
    the run of two or more capitalised words before its "and") and "the Ministry of
    Water, Sanitation and the Environment" (it keeps "Ministry of Water,
    Sanitation": a name ending in a list after "of" takes the list's last item).
    Mentions inside the widened name are dropped. Two names ("Equinor and Aker
    Solutions ASA") stay two: their halves open with rare words."""
    out = sorted(mentions, key=lambda m: m.start)
    drop: set[int] = set()
    for m in out:
        if m.label != "ORG" or m.origin == "descriptor":
            continue
        text = raw[m.start : m.end]
        words = text.split()
        if len(words) >= 2 and words[-1] in _org_heads()[0] and _common(words[0]) and not _is_org_word(words[0]):
            left = _LEFT_HALF.search(raw, max(0, m.start - 80), m.start)
            lw = left.group("left").split() if left else []
            people = left is not None and any(o.label == "PERSON" and o.start < m.start and left.start("left") < o.end for o in out)
            if len(lw) >= 2 and _common(lw[-1]) and lw[-1] not in _org_heads()[0] and not people and not any(map(lx.is_given_name, lw)):
                m.start = left.start("left")
                m.attrs.pop("canonical", None)
        elif re.search(r"[ ]of[ ][A-Z][\w’'-]+(?:,[ ][A-Z][\w’'-]+)+$", text):
            right = _RIGHT_HALF.match(raw[m.end : m.end + 60])
            if right and all(_common(w) for w in right.group("right").split()):
                m.end += right.end("right")
                m.attrs.pop("canonical", None)
        else:
            continue
        drop |= {id(o) for o in out if o is not m and m.start <= o.start and o.end <= m.end}
    return [m for m in out if id(m) not in drop]


def _cut_before(raw: str, names: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """``names``, after cutting every mention that runs into one of them from the
    left ("Tarnovo Stanimir" spaCy made of a place and a given name) back to
    the words before it; a longer one would win over the name."""
    for n in names:
        for m in mentions:
            if m.start < n.start < m.end <= n.end:
                m.end = len(raw[: n.start].rstrip(" ,"))
    return names
