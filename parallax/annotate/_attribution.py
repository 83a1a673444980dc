"""Who is speaking: speaker mentions, names and descriptors resolved to people.

Small pure helpers over an already parsed text (spaCy tokens) for the quotes
layer. Nothing here re-parses: every function reads tokens and character
offsets that the caller already has.

The resolution policy, from most to least certain:

1. a PERSON/ORG span of the entities layer at the mention gives its
   ``canonical`` (that layer knows appositions and office-holders);
2. a name is completed from a fuller name in the same article
   ("Ortega" → "Daniel Ortega", "Moon" → "Moon Jae-in");
3. a descriptor ("the Russian leader") matches a person the article itself
   described the same way ("Nicaraguan President Daniel Ortega"), else the most
   recent person it does not contradict (news prose introduces a person by
   name before it varies the reference);
4. a pronoun ("he said") is the most recent person who was the subject of a
   clause, unless that person's known gender is not the pronoun's and the
   subject's paragraph names exactly one other person, who never acts in it
   (object, possessor, after a preposition, in a list), of the pronoun's
   gender: "Governor Ama Owusu met the fisherman Kofi Mensah. “…,” he said"
   is Mensah. With nobody of that gender the pronoun is taken for a
   translation's slip (Finnish "hän", Turkish "o" have no gender; the damage
   layer reports it) and stays with the subject. A person of the pronoun's
   gender in an earlier paragraph, or one who acts, does not count: there
   the pronoun is far more often a slip (measured on the dev texts).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..data import load_yaml
from ..model import Span
from . import _people as lx
from ._wordlist import zipf_frequency

if TYPE_CHECKING:
    from . import Context
    from .quotes import Tokens

LEXICON = "reporting_verbs.yml"
#: Words that are part of a title before a name, never part of the name.
HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "madam", "dame", "lord"}
#: Entity types of spaCy that are never a speaker on their own.
NON_SPEAKER_ENTS = {
    "GPE",
    "LOC",
    "NORP",
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "QUANTITY",
    "MONEY",
    "PERCENT",
    "FAC",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "WORK_OF_ART",
    "PRODUCT",
}
#: Entity types spaCy gives a title and a name that follow a closing quote mark
#: ("”, Mayor Tomás Herrera said" read as a work's title): a person after all
#: when the run opens with a person's title (see :func:`titled_name`).
MISREAD_ENTS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"}
#: Words of a name after its title in such a run.
TITLED_NAME_WORDS = (2, 3)
#: Small words inside a name ("Aeroportos do Sul", "Ursula von der Leyen").
NAME_JOINERS = {"da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "van", "von", "den"}
#: Determiners that introduce a new, unnamed person ("one engineer said").
INDEFINITE = {
    "a",
    "an",
    "one",
    "another",
    "some",
    "several",
    "two",
    "three",
    "many",
    "other",
    "um",
    "uma",
    "un",
    "une",
    "una",
    "ein",
    "eine",
}
#: Possessive determiners: "his neighbour" is someone other than "he".
POSSESSIVE = {"his", "her", "their", "its"}
#: Letters of a place word compared when matching "Russian" with "Russia":
#: enough to tell most countries apart, short enough to ignore the suffix.
PLACE_STEM = 4
#: How many paragraphs back a pronoun or descriptor may look for its person.
SALIENCE_PARAGRAPHS = 3
#: Zipf frequency (wordfreq) above which the part before a glued pronoun is a
#: real word ("today" in "todayhe"), and below which the glued token is not.
GLUE_WORD_ZIPF = 3.0
GLUE_TOKEN_ZIPF = 1.5
#: Zipf frequency at and above which a capitalised word before a name is a
#: common noun ("Health" in "minister of Health Iveta Novak"), below which a
#: word of a name ("Iveta", "Novak") is rare enough to be one.
PORTFOLIO_ZIPF = 4.0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The reporting-verb lexicon with the derived surface forms."""

    lemmas: frozenset[str]
    after_only: frozenset[str]
    forms: dict[str, str]  # surface form (lower case) -> lemma
    prefix_cues: tuple[str, ...]
    untranslated: tuple[str, ...]  # source-language forms left by machine translation
    heads: dict[str, str]  # descriptor head (lower case, may be multiword) -> class
    pronouns: dict[str, str]
    object_pronouns: dict[str, str]  # "him" -> "he": after "according to"
    possessive_pronouns: dict[str, str]  # "his" -> "he": "in his words"
    viewpoint_nouns: frozenset[str]  # "words": "In X's words, …" attributes a view
    ordinals: dict[str, int]  # "latter" -> 2: "the latter" is the second of two people just named
    authored: frozenset[str]  # "report": "a report by X warned" is X speaking
    next_sentence_cues: tuple[str, ...]  # "the words came from": names the speaker of the quote before
    parentheticals: tuple[str, ...]  # "for his part": skipped between a verb and its subject
    statement_nouns: tuple[str, ...]  # "in a note": the sentence's subject put it in writing
    generic_roles: dict[str, frozenset[str]]  # "official" -> classes it also covers ("minister")
    demonyms: frozenset[str]  # "spaniard": a member of a people, said after "the"
    phrasal: tuple[str, ...]  # "made known": several words that report, read as "say"
    light_verbs: frozenset[str] = frozenset()  # "give": with a noun of speech ("gave the answer") it reports
    speech_nouns: frozenset[str] = frozenset()  # "answer": the object that makes a light verb report
    reply_nouns: frozenset[str] = frozenset()  # "answer": "X's answer was short." gives X the floor
    passive_subjects: frozenset[str] = frozenset()  # "words": "The words were read by X" names X
    unnamed_sources: frozenset[str] = frozenset()  # "sources": "sources close to X said" names nobody
    that_forms: dict[str, str] = field(default_factory=dict)  # "found" -> "find": reports with a "that" clause only
    kin_genders: dict[str, str] = field(default_factory=dict)  # "husband" -> "male": "X and her husband, Y"


def _inflect(lemma: str) -> list[str]:
    """Regular English inflections of a verb lemma (good enough for this list)."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    forms = [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    # Final consonant doubling of short stressed verbs (vow → no; admit → admitted).
    if re.search(r"[^aeiou][aeiou][bdgkmnprt]$", lemma) and lemma in {"admit", "quip", "commit", "regret", "submit"}:
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


@cache
def lexicon() -> Lexicon:
    data = load_yaml(LEXICON)
    forms: dict[str, str] = {}
    for lemma in data["verbs"]:
        for f in data.get("irregular", {}).get(lemma) or _inflect(lemma):
            forms[f] = lemma
    heads = {h.lower(): cls for cls, words in data["descriptor_heads"].items() for h in words}
    return Lexicon(
        lemmas=frozenset(data["verbs"]),
        after_only=frozenset(data.get("after_only", ())),
        forms=forms,
        prefix_cues=tuple(sorted(data["prefix_cues"], key=len, reverse=True)),
        untranslated=tuple(sorted(data.get("untranslated", ()), key=len, reverse=True)),
        heads=heads,
        pronouns=dict(data["pronouns"]),
        object_pronouns=dict(data.get("object_pronouns") or {}),
        possessive_pronouns=dict(data.get("possessive_pronouns") or {}),
        viewpoint_nouns=frozenset(data.get("viewpoint_nouns") or ()),
        ordinals={k.lower(): int(v) for k, v in (data.get("ordinal_references") or {}).items()},
        authored=frozenset(w.lower() for w in data.get("authored_nouns") or ()),
        next_sentence_cues=tuple(data.get("next_sentence_cues") or ()),
        parentheticals=tuple(sorted(data.get("parentheticals") or (), key=len, reverse=True)),
        statement_nouns=tuple(sorted(data.get("statement_nouns") or (), key=len, reverse=True)),
        generic_roles={k: frozenset(v) for k, v in (data.get("generic_roles") or {}).items()},
        demonyms=frozenset(w.lower() for w in data.get("demonyms") or ()),
        phrasal=tuple(sorted(data.get("phrasal") or (), key=len, reverse=True)),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        speech_nouns=frozenset(data.get("speech_nouns") or ()),
        reply_nouns=frozenset(data.get("reply_nouns") or ()),
        passive_subjects=frozenset(data.get("passive_speech_subjects") or ()),
        unnamed_sources=frozenset(w.lower() for w in data.get("unnamed_sources") or ()),
        kin_genders={k.lower(): v for k, v in (data.get("kin_genders") or {}).items()},
        that_forms={
            f: lemma for lemma in data.get("that_clause_verbs") or () for f in data.get("irregular", {}).get(lemma) or _inflect(lemma)
        },
    )


def cue_lemma(tok: Token, *, before: bool = False) -> str | None:
    """The reporting-verb lemma of ``tok`` if it is one, else None."""
    lex = lexicon()
    lemma = lex.forms.get(tok.lower_)
    if lemma is None and tok.pos_ == "VERB" and tok.lemma_.lower() in lex.lemmas:
        lemma = tok.lemma_.lower()
    if lemma is None and tok.pos_ == "VERB" and tok.lower_ in lex.that_forms and _that_clause(tok):
        return lex.that_forms[tok.lower_]  # "Justice X found that …"
    if lemma is None or (before and lemma in lex.after_only):
        return None
    if tok.pos_ in ("ADP", "DET", "PRON", "ADJ") or (tok.pos_ == "NOUN" and tok.dep_ not in ("ROOT", "conj", "ccomp")):
        # "a promise", "the report": same letters, not a verb here.
        return None
    return lemma


def _that_clause(verb: Token) -> bool:
    """Does ``verb`` take a clause opened by "that" ("ruled that the eviction was …")?"""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)


def glued_pronoun(word: str) -> str | None:
    """The pronoun glued to the end of ``word`` ("todayhe" → "he"), if any."""
    low = word.lower()
    for p in sorted(lexicon().pronouns, key=len, reverse=True):
        if low.endswith(p) and len(low) > len(p) + 2:
            head = word[: -len(p)]
            if zipf_frequency(head.lower(), "en") >= GLUE_WORD_ZIPF and zipf_frequency(low, "en") < GLUE_TOKEN_ZIPF:
                return p
    return None


# --- kinds of organisation ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrgKinds:
    """``org_heads.yml`` kinds: what makes "the company" point at a name."""

    nouns: dict[str, frozenset[str]]  # classifying noun (lower case) -> kinds
    name_words: dict[str, frozenset[str]]  # capitalised word of a name -> kinds
    unnamed: frozenset[str]  # kinds whose names often carry no kind word


@cache
def org_kinds_lexicon() -> OrgKinds:
    nouns: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    unnamed = set()
    for kind, entry in load_yaml("org_heads.yml")["kinds"].items():
        for n in entry.get("nouns", []):
            nouns.setdefault(n.lower(), set()).add(kind)
        for w in entry.get("name_words", []):
            words.setdefault(w, set()).add(kind)
        if entry.get("unnamed"):
            unnamed.add(kind)
    return OrgKinds({k: frozenset(v) for k, v in nouns.items()}, {k: frozenset(v) for k, v in words.items()}, frozenset(unnamed))


#: Words a classifier phrase before a name may not cross ("the union and X").
_CLASSIFIER_STOP = {"and", "or", "but", "with", "by", "for", "to", "from", "the", "a", "an", "its", "their", "his", "her", "as", "than"}
#: Words of a classifier phrase looked at before a name ("the metalworkers’ union X").
MAX_CLASSIFIER_WORDS = 4
_APPOS_KIND = re.compile(r"\s*,\s+(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}?)([a-z][\w-]*)\b")


def kinded_as_orgs(ents: list[Span]) -> list[Span]:
    """PERSON spans whose name says what kind of organisation it is ("Kieler
    Tagblatt", "Baltic Times": a word of ``name_words`` after the first) are
    organisations; the small model calls such names people."""
    return [replace(e, label="ORG") if e.label == "PERSON" and kind_in_name(str(e.attrs.get("canonical") or "")) else e for e in ents]


def kind_in_name(name: str) -> bool:
    """Does a word after the first say what kind of organisation the name is ("Kieler Tagblatt")?"""
    words = org_kinds_lexicon().name_words
    return any(w in words for w in name.split()[1:])


def org_kinds(raw: str, start: int, end: int) -> frozenset[str]:
    """What kind of organisation the name at ``raw[start:end]`` is, from the
    text: a kind word in the name ("Finance Ministry"), a classifying noun just
    before it ("the furniture maker X", "the union X") or an apposition after
    it ("X, the largest union in the sector")."""
    lex = org_kinds_lexicon()
    kinds: set[str] = set()
    for w in raw[start:end].split():
        kinds |= lex.name_words.get(w.strip(",.;:"), frozenset())
    before = raw[max(0, start - 80) : start].split()
    for w in reversed(before[-MAX_CLASSIFIER_WORDS:]):
        w = re.sub(r"(?:['’]s|['’])$", "", w)
        if not w.isalpha() or not w.islower() or w in _CLASSIFIER_STOP:
            break
        kinds |= lex.nouns.get(w, frozenset())
    m = _APPOS_KIND.match(raw, end, min(len(raw), end + 80))
    if m:
        kinds |= lex.nouns.get(m.group(2), frozenset())
    return frozenset(kinds)


@cache
def classified_name() -> re.Pattern[str]:
    """A capitalised name right after a lower-case noun of an organisation kind ("the union Portlabour")."""
    nouns = "|".join(sorted((re.escape(n) for n in org_kinds_lexicon().nouns if " " not in n), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + nouns + r")\s+(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})(?![\w’'-])")


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in the article, where, and what kind it is."""

    start: int
    paragraph: int
    name: str
    kinds: frozenset[str]


# --- mentions ---------------------------------------------------------------


@dataclass(slots=True)
class Mention:
    """A speaker as written: a name, a descriptor or a pronoun, with offsets."""

    start: int
    end: int
    kind: str  # "name" | "descriptor" | "pronoun"
    text: str
    paragraph: int
    role: str | None = None  # descriptor class ("leader", "spokesperson" …)
    title: str = ""  # the descriptor's head word ("chancellor")
    places: frozenset[str] = frozenset()
    subject: bool = True
    canonical: str | None = None
    entity: bool = False  # resolved by the entities layer
    indefinite: bool = False  # "one witness", "an official": someone new, never someone named before
    possessed: bool = False  # "his neighbour": someone's relation, never that someone
    headline: bool = False  # in the headline: refers forward, to someone the article goes on to name
    ordinal: int = 0  # "the first" (1) / "the latter" (2): one of the two people just named
    plural: bool = False  # "many women who sell fish": a group, never a later "he" or "she"
    reported: bool = False  # subject of a clause someone reports ("said that a driver takes home …")
    speaks: bool = False  # subject of a reporting verb ("X said that …", "according to X"): has had their say
    governed: bool = False  # object of someone else's act ("met X", "worked with X", "X's office"): talked about


#: Words after which a noun phrase's head has been said ("the chairwoman of the union").
_AFTER_HEAD = {"of", "in", "for", "at", "from", "with"}


def descriptor_head(tokens: list[Token]) -> tuple[str, int, str] | None:
    """The descriptor class of a noun phrase, the index and text of its head words.

    English puts the head last before any "of"/"in" tail: "government
    spokesman in Norland" is a spokesman, "the club's chairman" a chairman,
    "the chairwoman of the union" a chairwoman. A phrase whose only title
    word comes after the tail ("one of the ministers") still has it.
    """
    heads = lexicon().heads
    words = [t.lower_ for t in tokens]
    found: list[tuple[str, int, str]] = []
    tail = False
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            key = " ".join(words[i : i + n])
            if key in heads and (n > 1 or tokens[i].pos_ in ("NOUN", "PROPN")):
                possessor = i + n < len(words) and words[i + n] in ("’s", "'s", "’", "'")
                if not tail and not possessor:
                    found.append((heads[key], i, key))
                elif not found:
                    found.append((heads[key], i, key))  # the possessor or a head after the tail, if nothing better
                i += n
                break
        else:
            if words[i] in _AFTER_HEAD and found:
                tail = True
            i += 1
    if not found:
        return None
    # "the deputy mayor": another office than "the mayor", one an official holds;
    # "the former mayor" is not the mayor either, but who held the office before
    found = [("official", i - 1, f"{words[i - 1]} {key}") if i and words[i - 1] in _OTHER_HOLDER else (c, i, key) for c, i, key in found]
    found = [f for k, f in enumerate(found) if not (k + 1 < len(found) and found[k + 1][1] == f[1])]
    before_tail = [f for f in found if not _after_tail(words, f[1])]
    return (before_tail or found)[-1]


#: Words before a title that make it another person's than the title alone.
_OTHER_HOLDER = frozenset({*lx.SUBORDINATE, "former"})


def _after_tail(words: list[str], i: int) -> bool:
    return any(w in _AFTER_HEAD for w in words[:i])


@cache
def _title_words() -> frozenset[str]:
    """Every word of a descriptor head ("prime" and "minister" of "prime minister")."""
    return frozenset(w for h in lexicon().heads for w in h.split())


def places_of(tokens: list[Token]) -> frozenset[str]:
    """Place-like words of a phrase: capitalised words other than titles."""
    heads = lexicon().heads
    title_words = _title_words()  # "Prime" of "Prime Minister" is no place
    out = set()
    for t in tokens:
        if (
            t.is_alpha
            and t.text[:1].isupper()
            and t.lower_ not in heads
            and t.lower_ not in title_words
            and t.lower_ not in HONORIFICS
            and t.ent_type_ != "PERSON"
            and t.i != t.sent.start
        ) or (t.ent_type_ in ("NORP", "GPE") and t.is_alpha and t.lower_ not in ("of", "the", "and")):
            out.add(place_stem(t.text))
    return frozenset(out)


def place_stem(word: str) -> str:
    """The stem a place word is compared by; a nationality adjective stands for
    its country ("Polish" → "pola" of "Poland"), so "the Polish head of state"
    meets "the President of Poland" and not "the International Policy Bureau"."""
    country = lx.nationality_adjectives().get(word)
    return (country or word).lower()[:PLACE_STEM]


def name_run(tok: Token) -> tuple[Token, Token]:
    """The contiguous proper-noun run around ``tok`` (compounds of one name).

    Memoized on the parse itself (``doc.user_data``; nothing edits a parse
    after spaCy made it): the quotes, sources and entities layers ask it of
    the same tokens again and again, and each answer walks the sentence.
    """
    doc = tok.doc
    memo = doc.user_data.get(_NAME_RUNS)
    if memo is None:
        memo = doc.user_data[_NAME_RUNS] = {}
    got = memo.get(tok.i)
    if got is None:
        lo, hi = _name_run(tok)
        got = memo[tok.i] = (lo.i, hi.i)
    return doc[got[0]], doc[got[1]]


#: ``doc.user_data`` key of :func:`name_run`'s answers (token index -> (lo, hi)).
_NAME_RUNS = "parallax.name_run"


def _name_run(tok: Token) -> tuple[Token, Token]:
    doc = tok.doc
    lo = hi = tok.i
    sent = tok.sent  # found by scanning the sentence: once, not at every step below
    first, stop = sent.start, sent.end
    while lo > first:
        if doc[lo - 1].pos_ == "PROPN" and speaker_ent(doc[lo - 1]):
            lo -= 1
        elif lo - 2 >= first and _hyphen_joins(doc[lo - 2], doc[lo - 1]):
            lo -= 2  # "Ortega-Wu" seen from "Wu"
        else:
            break
    while hi + 1 < stop and doc[hi + 1].pos_ == "PROPN" and speaker_ent(doc[hi + 1]) and doc[hi].dep_ == "compound" and doc[hi].head.i > hi:
        hi += 1
    # Hyphenated names written without spaces: "Ortega-Wu".
    while hi + 2 < stop and _hyphen_joins(doc[hi], doc[hi + 1]) and doc[hi + 2].pos_ == "PROPN":
        hi += 2
    # "Aeroportos do Sul", "Ursula von der Leyen": small words inside one name.
    while hi + 2 < stop and doc[hi + 1].lower_ in NAME_JOINERS and doc[hi + 1].text.islower():
        k = hi + 2 if doc[hi + 2].lower_ not in NAME_JOINERS else hi + 3
        if k < stop and _name_word(doc[k]):
            hi = k
        else:
            break
    while lo - 2 >= first and doc[lo - 1].lower_ in NAME_JOINERS and doc[lo - 1].text.islower():
        k = lo - 2 if doc[lo - 2].lower_ not in NAME_JOINERS else lo - 3
        if k >= first and _name_word(doc[k]):
            lo = k
        else:
            break
    heads = lexicon().heads
    if tok.ent_type_ == "PERSON":
        # spaCy's PERSON entity drops titles: "Coach [Elena Marsh]".
        while lo < tok.i and doc[lo].ent_type_ != "PERSON":
            lo += 1
    titles = [k for k in range(lo, hi) if doc[k].lower_ in heads or doc[k].lower_.rstrip(".") in HONORIFICS]
    if titles:
        lo = titles[-1] + 1  # "Finance Minister Anna Kowalski": the title is not the name
    if hi - lo >= 2 and re.fullmatch(r"[A-Z]{3,5}", doc[lo].text):
        lo += 1  # "AKP Budi Santoso": a rank in capitals is not the name
    # MT's "the minister of Health Iveta Novak": a common word (the portfolio)
    # glued before a name of rare words is not part of the name.
    if (
        hi - lo >= 2
        and lo > first
        and doc[lo - 1].lower_ == "of"
        and zipf_frequency(doc[lo].lower_, "en") >= PORTFOLIO_ZIPF
        and all(zipf_frequency(doc[k].lower_, "en") < PORTFOLIO_ZIPF for k in range(lo + 1, hi + 1))
    ):
        lo += 1
    return doc[lo], doc[hi]


def _title_of_at_start(tok: Token, known: frozenset[str]) -> bool:
    """ "Hydrologist of the Weather Service, Dr. Aina Berzina, said", "Inspector
    of Police Ram Thapa said": a capitalised word opening its sentence before
    "of" is a title or a trade (a translation capitalised it), not a name, unless
    it is a given name or a name the article gives."""
    return (
        tok.is_sent_start
        and tok.text[:1].isupper()
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ == "of"
        and tok.text not in known
        and not lx.is_given_name(tok.text)
    )


def speaker_ent(tok: Token) -> bool:
    """Can the entity type spaCy gave ``tok`` be a speaker's? Not a place, a
    date or a title of a work, unless it is a titled name misread as one."""
    return tok.ent_type_ not in NON_SPEAKER_ENTS or titled_name(tok) or _lone_name_as_nationality(tok) or _lone_name_after_quote(tok)


#: Closing marks (and the comma or dash after one) that may stand right before a
#: speaker's name: "“…,” Naivalu lamented".
_AFTER_QUOTE = frozenset({"”", "»", '"', "’", "“", ",", "—", "–"})


def _lone_name_after_quote(tok: Token) -> bool:
    """ "“…,” Holm lamented": one proper noun right after a closing quote mark
    that spaCy took for the title of a work, and that is the subject of a
    reporting verb, is the speaker's surname (a work's title in marks is
    inside them, not after them)."""
    return (
        tok.ent_type_ in MISREAD_ENTS
        and tok.pos_ == "PROPN"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        and tok.i > 0
        and tok.doc[tok.i - 1].text in _AFTER_QUOTE
        and tok.dep_ in SUBJECT_DEPS
        and cue_lemma(tok.head) is not None
    )


def _lone_name_as_nationality(tok: Token) -> bool:
    """ "Cambrian said on Friday": a singular proper noun without article that
    spaCy took for a nationality but that is the subject of the clause is a
    body's name (a nationality speaks in the plural, "the Welsh said")."""
    return (
        tok.ent_type_ == "NORP"
        and tok.tag_ == "NNP"
        and tok.dep_ in SUBJECT_DEPS
        and tok.head.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ == "det" for c in tok.children)
        and tok.ent_iob_ == "B"
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    )


def titled_name(tok: Token) -> bool:
    """Is ``tok`` in a person's name that spaCy took, with its title, for a
    work or a product ("“…,” Mayor Tomás Herrera said", "Councillor Jens
    Aagaard admitted")? The entity must open with a title of a person (not
    of a body) and go on with two or three capitalised proper nouns only."""
    if tok.ent_type_ not in MISREAD_ENTS or tok.pos_ != "PROPN":
        return False
    doc, lo = tok.doc, tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = tok.i
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    cls = lexicon().heads.get(doc[lo].lower_)
    if (cls is None or cls == "organisation") and doc[lo].lower_.rstrip(".") not in HONORIFICS:
        return False
    words = doc[lo + 1 : hi + 1]
    return (
        TITLED_NAME_WORDS[0] <= len(words) <= TITLED_NAME_WORDS[1]
        and tok.i > lo
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in lexicon().heads for t in words)
        and not kind_in_name(words.text)
    )


def untitled(name: str) -> str:
    """A person's canonical name without the rank or title the entities layer
    kept in front of it ("Sergeant Ruth Adeyemi" → "Ruth Adeyemi"): the name
    itself, of at least two capitalised words, is what a reader calls them."""
    words = name.split()
    ranks = _rank_words() | _address_titles() | _name_honorifics()

    def rank(word: str) -> bool:
        w = lx.fold(word).rstrip(".")
        # Arabic's article on an honorific: "Al-Hajj", "El-Sheikh"
        return w in ranks or (w[:3] in ("al-", "el-") and w[3:] in ranks)

    k = 0
    # "District Collector M. Kavitha": a place noun qualifies the title after it
    while k < len(words) - 2 and (rank(words[k]) or (lx.fold(words[k]) in lx.place_nouns() and rank(words[k + 1]))):
        k += 1
    rest = words[k:]
    if not k and len(words) == 2 and lx.fold(words[0]).rstrip(".") in _name_honorifics() and words[1][:1].isupper():
        # "Bapak Suyatno", "Alhaji Musa": an honorific of address is never a
        # given name, so the one word after it is the name
        return words[1]
    return " ".join(rest) if k and all(w[:1].isupper() for w in rest) else name


@cache
def _name_honorifics() -> frozenset[str]:
    """Honorifics that open a name in its own language ("Bapak", "Oba",
    "Alhaji"; ``not_names.yml`` org_honorifics) and titles of address, folded:
    translations keep them in front of a name, a reader does not call the
    person by them."""
    return frozenset(lx.fold(w) for w in load_yaml("not_names.yml")["org_honorifics"]) | _address_titles()


def is_rank(word: str) -> bool:
    """Is ``word`` a person's one-word title, rank or title of address ("Dr",
    "Chairman", "Sheikh")? For a speaker named by title and surname alone."""
    w = lx.fold(word).rstrip(".")
    return w in _rank_words() or w in _address_titles()


@cache
def _address_titles() -> frozenset[str]:
    """Titles of address ("Sheikh", "Hajj", "Datuk"; ``roles.yml`` address_titles), folded."""
    return frozenset(lx.fold(w) for w in load_yaml("roles.yml")["address_titles"])


@cache
def _rank_words() -> frozenset[str]:
    """One-word titles and ranks of people (not of bodies), folded: the
    reporting-verb lexicon's person heads, the roles lexicon's role words and
    one-word source roles ("sergeant", "councillor"), honorifics."""
    heads = {h for h, cls in lexicon().heads.items() if cls != "organisation" and " " not in h}
    roles = {w for w, _ in lx.lexicon().source_roles if " " not in w} | set(lx.lexicon().role_words)
    return frozenset(heads | roles | HONORIFICS) - lx.organisation_words()


def _name_word(t: Token) -> bool:
    """A capitalised word the parser may tag as a noun ("Aeroportos do Sul")."""
    return t.pos_ in ("PROPN", "NOUN") and t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in NON_SPEAKER_ENTS


def _hyphen_joins(left: Token, hyphen: Token) -> bool:
    """``left`` + ``-`` written without spaces, between two proper nouns."""
    nxt = hyphen.nbor(1) if hyphen.i + 1 < len(hyphen.doc) else None
    return (
        hyphen.text == "-"
        and not left.whitespace_
        and not hyphen.whitespace_
        and left.pos_ == "PROPN"
        and nxt is not None
        and nxt.pos_ == "PROPN"
    )


def noun_phrase(tok: Token) -> list[Token]:
    """The descriptor phrase headed by ``tok``: its left modifiers and an "of" tail."""
    doc = tok.doc
    lo = tok.left_edge.i
    hi = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            hi = child.right_edge.i
        elif child.dep_ in ("compound", "amod"):
            hi = max(hi, child.right_edge.i)
    toks = [t for t in doc[lo : hi + 1] if not t.is_punct]
    # Drop leading determiners/possessives from the mention text's start.
    while toks and toks[0].pos_ in ("DET", "PRON") and len(toks) > 1:
        toks = toks[1:]
    return toks


def pronoun(tok: Token) -> str | None:
    """The subject pronoun a token is, even with a quote mark glued to it (”he)."""
    low = tok.lower_.lstrip('“”"«»‘’')
    return low if low in lexicon().pronouns or low == "they" else None


def ordinal_reference(tok: Token) -> int:
    """1 or 2 for "the first" / "the latter" as a sentence's subject, else 0."""
    n = lexicon().ordinals.get(tok.lower_, 0)
    if n and tok.dep_ in SUBJECT_DEPS and tok.pos_ in ("ADJ", "NOUN") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return n
    return 0


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of full names, and the capitalised parts of hyphenated ones:
    the parser splits "Ndiaye-Fall" into "Ndiaye", "-", "Fall", and each part
    is still a word of that person's name."""
    words = {w for n in names for w in n.split()}
    return frozenset(words | {p for w in words if "-" in w for p in w.split("-") if len(p) > 1 and p[:1].isupper()})


def person_like(tok: Token, known: frozenset[str] = frozenset()) -> bool:
    """Could this token head a speaker mention (not a place, date, thing)?

    ``known`` holds the words of the article's full person names: a surname
    spaCy mislabels as a place ("According to Renzi") is still a person.
    """
    if pronoun(tok) or ordinal_reference(tok):
        return True
    if tok.text in known and tok.text[:1].isupper():
        return True  # a name of the article, even if tagged NOUN or GPE
    if tok.pos_ == "PROPN" and tok.lower_ not in lexicon().heads:
        return speaker_ent(tok)
    if tok.pos_ == "NOUN" and tok.lower_ in PERSON_NOUN_GENDERS and tok.dep_ in SUBJECT_DEPS:
        return True  # "Another woman of the street said …": someone, named or not
    if tok.pos_ in ("NOUN", "PROPN"):
        return descriptor_head(noun_phrase(tok)) is not None or appositive_name(tok, known) is not None or described_person(tok)
    if tok.pos_ in ("NUM", "PRON"):  # "One of the signatories, the biologist X,"
        return appositive_name(tok, known) is not None
    return False


def described_person(tok: Token) -> bool:
    """A noun the sentence itself shows is a person, whatever the noun: one
    with a "who" clause ("A violinist, who wanted to remain unnamed, said")
    or set beside a person's title ("One donor …, a retired teacher, …")."""
    for c in tok.children:
        if c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in SUBJECT_DEPS for g in c.children):
            return True
        if c.dep_ == "appos" and c.pos_ == "NOUN" and (found := descriptor_head(noun_phrase(c))) is not None and found[0] != "organisation":
            return True
    return False


def _nameish(tok: Token, known: frozenset[str]) -> bool:
    return tok.pos_ == "PROPN" and (tok.ent_type_ not in NON_SPEAKER_ENTS or tok.text in known)


def appositive_name(tok: Token, known: frozenset[str] = frozenset()) -> Token | None:
    """The name set off after a noun: "the minister of the interior, Carlos Peña"."""
    appos = [c for c in tok.children if c.dep_ == "appos"]
    appos += [g for c in appos for g in c.children if g.dep_ == "appos"]  # "the secretary of the union X, NAME"
    names = [c for c in appos if _nameish(c, known) or (c.ent_type_ == "PERSON" and c.text[:1].isupper())]
    people = [c for c in names if c.ent_type_ == "PERSON" or c.text in known]
    if people or names:
        return (people or names)[0]
    phrase = noun_phrase(tok)
    j = (phrase[-1].i if phrase else tok.i) + 1
    doc = tok.doc
    if j + 1 < len(doc) and doc[j].text == "," and _nameish(doc[j + 1], known):
        return name_run(doc[j + 1])[1]
    # "A spokeswoman for the Coastal Agency, Mira Holt, said": the name after
    # the first comma that ends the noun phrase and its prepositional tail.
    for k in range(tok.i + 1, min(tok.sent.end - 1, tok.i + 1 + MAX_TAIL_TO_NAME)):
        t = doc[k]
        if t.text == ",":
            nxt = doc[k + 1]
            if not _nameish(nxt, known) and nxt.text[:1].isupper() and k + 2 < len(doc) and doc[k + 2].ent_type_ == "PERSON":
                nxt = doc[k + 2]  # a given name the parser took for a word ("Per", "Will") opens the name
            if not _nameish(nxt, known):
                return None
            lo, hi = name_run(nxt)
            # after a person's role, a short run of names is a person whatever the NER said
            role = lexicon().heads.get(tok.lower_) not in (None, "organisation") and 2 <= hi.i - lo.i + 1 <= 3
            if nxt.ent_type_ == "PERSON" or nxt.text in known or role:
                return hi
            return None
        if t.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "ADJ", "PART", "CCONJ") and t.text not in ("’s", "'s", "-"):
            return None
    return None


#: Words of a prepositional tail between a role noun and the name set off after it.
MAX_TAIL_TO_NAME = 10


def mention_at(
    tok: Token, base: int, paragraph: int, *, subject: bool = True, known: frozenset[str] = frozenset(), any_noun: bool = False
) -> Mention | None:
    """The speaker mention headed by ``tok`` (``base``: its chunk's raw offset).

    ``any_noun`` accepts a common noun outside the descriptor lexicon ("said
    the former auditor"): the attribution is certain, the person may stay
    unknown.
    """
    pron = pronoun(tok)
    if pron:
        end = base + tok.idx + len(tok)
        return Mention(end - len(pron), end, "pronoun", pron, paragraph, subject=subject)
    if ordinal := ordinal_reference(tok):
        start = base + tok.doc[tok.i - 1].idx
        return Mention(start, base + tok.idx + len(tok), "descriptor", f"the {tok.lower_}", paragraph, subject=subject, ordinal=ordinal)
    if tok.lower_ in lexicon().unnamed_sources and tok.tag_ in ("NNS", "NNPS"):
        # "Sources close to the ministry said": unnamed, a capital or not.
        toks = noun_phrase(tok) or [tok]
        first, last = toks[0], toks[-1]
        text = tok.doc[first.i : last.i + 1].text
        return Mention(base + first.idx, base + last.idx + len(last), "descriptor", text, paragraph, subject=subject, indefinite=True)
    is_title = tok.lower_ in lexicon().heads or _title_of_at_start(tok, known)  # "Prime Minister …": a descriptor, even capitalised
    # "the baker said" (a lower-case word the tagger calls a proper noun) and "the
    # Frenchman said" (a people's name after "the") are not a person's name.
    demonym = _demonym_noun(tok) and tok.text not in known
    hyphened = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_  # "Seo-jin"
    cased = tok.text[:1].isupper() or hyphened
    # a name the tagger calls a person but the parser an adjective ("His wife, Eleni, nods") is a name too
    proper = (tok.pos_ == "PROPN" or (tok.ent_type_ == "PERSON" and tok.dep_ == "appos")) and cased and speaker_ent(tok) and not demonym
    if not is_title and (proper or (tok.text in known and tok.text[:1].isupper())):
        lo, hi = name_run(tok)
        lo = _from_given_name(tok.doc[lo.i : hi.i + 1])[0]  # "Detective Superintendent Gráinne Nolan"
        text = tok.doc[lo.i : hi.i + 1].text
        return Mention(base + lo.idx, base + hi.idx + len(hi), "name", _strip_possessive(text), paragraph, subject=subject)
    if tok.pos_ in ("NUM", "PRON"):
        named = appositive_name(tok, known)
        return mention_at(named, base, paragraph, subject=subject, known=known) if named is not None else None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    toks = noun_phrase(tok)
    if not toks:
        return None  # a phrase of punctuation only ("Dr." parsed apart): no mention
    # A name in apposition ("the spokesman, Lukas Meier,") is who the phrase
    # is; names inside it are not ("the leader of the union X", "X's aide").
    named = appositive_name(tok, known) or _closing_name(tok, toks, known)
    if named is not None:
        return mention_at(named, base, paragraph, subject=subject, known=known)
    found = descriptor_head(toks)
    heads = lexicon().heads
    if heads.get(tok.lower_) == "organisation" and found is not None and found[2] != tok.lower_:
        # "the Public Prosecutor's Office" is an office, whatever titles precede its head.
        found = ("organisation", len(toks) - 1, tok.lower_)
    elif found is not None and found[0] == "organisation" and toks[found[1]].i < tok.i and toks[found[1]].head.i == tok.i:
        found = None  # "the board member", "a union member": a person of the body, not the body
    if found is None and (tok.ent_type_ == "NORP" or demonym) and tok.left_edge.lower_ == "the":
        found = ("nationality", 0, tok.lower_)  # "the Russian said", "the Frenchman said"
    if found is None and not any_noun and not described_person(tok) and tok.lower_ not in PERSON_NOUN_GENDERS:
        return None
    cls, _, title = found if found is not None else (None, 0, tok.lower_)
    first, last = toks[0], toks[-1]
    return Mention(
        base + first.idx,
        base + last.idx + len(last),
        "descriptor",
        tok.doc[first.i : last.i + 1].text,  # as written: "the mayor’s office", not "mayor ’s office"
        paragraph,
        role=cls,
        title=title,
        places=places_of(toks),
        subject=subject,
        indefinite=tok.left_edge.lower_ in INDEFINITE or _bare_with_clause(tok),
        # "his neighbour", and "Shah's lawyer": someone's relation, never that someone
        possessed=tok.left_edge.lower_ in POSSESSIVE
        or any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") for c in tok.children),
        plural=tok.tag_ in ("NNS", "NNPS") and (found is None or found[0] != "organisation"),
    )


def _bare_with_clause(tok: Token) -> bool:
    """ "said official who knows the file": a singular noun with no determiner
    (dropped by a translation from a language without articles) that a
    relative clause introduces is someone new, not a person named before."""
    bare = tok.left_edge.i == tok.i and tok.tag_ == "NN" and tok.text.islower()
    return bare and any(c.dep_ == "relcl" for c in tok.children)


def _demonym_noun(tok: Token) -> bool:
    """A noun for a people's member after "the" ("the Frenchman", "the Spaniard"),
    which the tagger may take for a name: a word in ``demonyms`` or one ending in
    -man / -woman."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the" or not tok.text[:1].isupper():
        return False
    return tok.lower_ in lexicon().demonyms or bool(re.fullmatch(r"[A-Z][a-z]+(?:man|woman)", tok.text))


def _closing_name(tok: Token, toks: list[Token], known: frozenset[str]) -> Token | None:
    """A person's full name closing the descriptor without a comma, as machine
    translation writes it ("the minister of Health Iveta Novak")."""
    if not toks or toks[-1].pos_ != "PROPN" or toks[-1].i == tok.i:
        return None
    lo, hi = name_run(toks[-1])
    run = tok.doc[lo.i : hi.i + 1]
    if len(run) >= 2 and lo.i > tok.i and all(t.text in known or t.ent_type_ == "PERSON" for t in run):
        return hi
    return None


def _strip_possessive(name: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", name).strip()


# --- the people of an article ------------------------------------------------


@dataclass
class People:
    """What the article itself says about its people: full names, descriptions."""

    full_names: list[str] = field(default_factory=list)
    #: every word of those names, to recognise a surname spaCy mislabelled
    words: frozenset[str] = frozenset()
    #: canonical names of organisations: speakers, but never what "he" or
    #: "the chancellor" refers to
    orgs: frozenset[str] = frozenset()
    #: organisation names of the article ("Ministry of Health"), for "the ministry"
    org_names: list[str] = field(default_factory=list)
    #: canonical names of the entities layer's PERSON spans (empty when it found none)
    persons: frozenset[str] = frozenset()
    #: canonical name -> {"male": n, "female": n}: pronouns resolved to them, gendered titles
    genders: dict[str, dict[str, int]] = field(default_factory=dict)
    #: every organisation mention of the article in text order, with its kinds
    org_mentions: list[OrgMention] = field(default_factory=list)
    #: canonical name -> what the text called them: (class, place stems, title word)
    described: dict[str, list[tuple[str, frozenset[str], str]]] = field(default_factory=dict)
    #: canonical name -> head nouns of titles outside the lexicon ("chief conductor"),
    #: so a later "the conductor" finds its person; they say nothing of the role
    other_titles: dict[str, set[str]] = field(default_factory=dict)
    #: the raw text and where each body paragraph starts, for words no mention holds
    raw: str = ""
    paragraph_starts: list[int] = field(default_factory=list)
    #: names the entities layer calls places (and never a person): nobody "he" or "the mother" can be
    places: frozenset[str] = frozenset()
    #: the quotes' ranges (sorted)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: names the entities layer made organisations that the text shows are people
    #: ("his wife Oyuntsetseg", "K. R. Suresh Babu"), with the person's name
    unmasked: dict[str, str] = field(default_factory=dict)

    def complete(self, name: str) -> str:
        """The fullest name in the article that ``name`` abbreviates, when only
        one person has it: "Dahl" stays "Dahl" beside "Ingrid Dahl" and "Tor Dahl"."""
        words = name.split()
        if not words:
            return name
        best: str | None = None
        ends: list[list[str]] = []  # "Ingrid Dahl", "Tor Dahl" for "Dahl"
        starts: list[list[str]] = []  # "Somchai Wongsawat", "Somchai Boonmee" for "Somchai"
        for full in self.full_names:
            fw = full.split()
            if len(fw) <= len(words):
                continue
            ending, opening = fw[-len(words) :] == words, fw[: len(words)] == words
            if ending:
                ends.append(fw)
            if opening:
                starts.append(fw)
            if (ending or opening) and (best is None or len(fw) > len(best.split())):
                best = full
        # Two people share the surname, or the given name: which one is not certain.
        # ("Pak Bambang" beside "Bambang Wijaya" is a title and a full name of one man.)
        if best is not None and any(
            not _words_in_order(a, b) and not _words_in_order(b, a) for same in (ends, starts) for a in same for b in same
        ):
            return name
        return best or self._by_patronymic(words) or name

    def _by_patronymic(self, words: list[str]) -> str | None:
        """ "Galina Ivanovna" (given name and patronymic, as Russians and their
        neighbours address someone) is the one full name the article gives
        with that given name and no patronymic ("Galina Vasilyeva")."""
        if len(words) != 2 or not _PATRONYMIC.search(words[1]):
            return None
        found = {full for full in self.full_names if full.split()[0] == words[0] and not _PATRONYMIC.search(full.split()[1])}
        return found.pop() if len(found) == 1 else None

    def describe(self, canonical: str, role: str, places: frozenset[str], title: str = "") -> None:
        self.described.setdefault(canonical, []).append((role, places, title))

    def matches(self, role: str | None, places: frozenset[str], title: str = "") -> list[str]:
        """People the article described the same way.

        The same title word ("the chancellor" after "the Chancellor of
        Westmark, Anna Richter") is the strongest sign; otherwise the same
        kind of office in the same place ("the Russian leader" after "Russian
        President …").
        """
        same_title = self.titled(title, places)
        if len(same_title) == 1:
            return same_title
        out = []
        for name, descs in self.described.items():
            if any(role and role_fits(r, role) and places and p and _shares_place(places, p) for r, p, _ in descs):
                out.append(name)
        return out

    def titled(self, title: str, places: frozenset[str]) -> list[str]:
        """People the article gave this very title ("chancellor"), places permitting."""
        if not title:
            return []
        found = [
            n for n, ds in self.described.items() if any(t == title and (not places or not p or _overlap(places, p)) for _, p, t in ds)
        ]
        if places and (tied := {n for n, ds in self.described.items() if any(p and _overlap(places, p) for _, p, _ in ds)}):
            # "the Senegalese president" beside "The President of the Republic X"
            # (no country said) and "his Senegalese counterpart Y": the one the
            # text tied to Senegal, not the one it tied to no place.
            found = [n for n in found if n in tied]
        return found + [n for n, ts in self.other_titles.items() if title in ts and n not in found]

    def contradicts(self, canonical: str, role: str | None, places: frozenset[str]) -> bool:
        """Does what we know of ``canonical`` rule out this description?"""
        descs = self.described.get(canonical, [])
        if not descs:
            return False
        if places and all(p and not _overlap(places, p) for _, p, _ in descs):
            return True
        # "the culture minister" is not the person the text called "chief inspector".
        return bool(role) and role != "nationality" and not any(role_fits(r, role) for r, _, _ in descs)


#: A patronymic of the East Slavic, Tatar, Bashkir or Udmurt kind ("Ivanovna",
#: "Petrovich", "Nikitichna"), which follows a given name in respectful address.
_PATRONYMIC = re.compile(r"^[A-ZА-Я]\w+(?:[oe]vna|[oe]vich|yevich|yevna|ichna)$")


def _words_in_order(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(w in rest for w in short)


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def _shares_place(places: frozenset[str], described: frozenset[str]) -> bool:
    """Do a descriptor's place words fit a description's? A descriptor of two
    or more ("the director general of the World Health Organisation") needs
    two of them in common: one shared word ("Health" of "Minister of Health")
    is another body."""
    return len(places & described) >= min(2, len(places))


def role_fits(described: str, role: str) -> bool:
    """Can someone the text described as ``described`` be called a ``role``?
    The same class, or a generic one that covers it ("the official" for a minister)."""
    return described == role or described in lexicon().generic_roles.get(role, ())


def named_before(names: list[str], m: Mention, history: list[Mention]) -> list[str]:
    """Of several people the article gave descriptor ``m``'s title, those named
    before it: "said herder D. Ganbaatar … “…,” said the herder", when a
    neighbour is called "the herder G. Tsogt" only paragraphs later, is
    Ganbaatar, as a description refers back (a headline's forward). All of
    them when none or one is earlier than ``m``, or ``m`` is in the headline."""
    if len(names) < 2 or m.headline:
        return names
    seen = {h.canonical for h in history if h.start < m.start}
    return [n for n in names if n in seen] or names


@cache
def _generic_role_nouns() -> frozenset[str]:
    """Nouns that stand for several titles ("the expert" for an economist), ``roles.yml`` generic_descriptors."""
    return frozenset(load_yaml("roles.yml")["generic_descriptors"])


def _other_role(title: str, name: str | None, people: People) -> bool:
    """Did the article give ``name`` only role words other than ``title``? "The economist
    Aigerim Bekova …“…,” said the akim of the district": an akim is not the economist
    acting in that paragraph, though "the first citizen" may be the mayor (no role word)
    and "the expert" the economist (a noun that covers several titles)."""
    if not lx.is_role_word(title) or title in _generic_role_nouns():
        return False
    titles = _titles_of(name, people)
    return bool(titles) and title not in titles and all(lx.is_role_word(t) for t in titles)


def _titles_of(name: str | None, people: People) -> set[str]:
    """Every title the article gave ``name`` (its descriptions and its other titles)."""
    return {t for _, _, t in people.described.get(name or "", [])} | people.other_titles.get(name or "", set())


def resolve(m: Mention, history: list[Mention], people: People) -> str | None:
    """The canonical person of a mention, given earlier resolved mentions."""
    if m.canonical is not None:
        return m.canonical
    if m.kind == "name":
        return people.complete(m.text)
    recent = [
        h
        for h in reversed(history)
        if h.canonical
        and h.canonical not in people.orgs
        and h.canonical not in people.places
        and h.role != "organisation"
        and not (h.kind == "pronoun" and h.text in ("it", "they"))
        and h.start < m.start
        and m.paragraph - h.paragraph <= SALIENCE_PARAGRAPHS
    ]
    if m.ordinal:
        return _one_of_two(m, history, people)
    if m.kind == "descriptor" and m.role == "organisation":
        return resolve_org(m, people, history)
    if m.kind == "pronoun" and m.text == "it":
        orgs = [
            h
            for h in reversed(history)
            if (
                h.role == "organisation"
                or h.canonical in people.orgs
                or (h.canonical in people.org_names and h.canonical not in people.described)
            )
            and h.canonical
            and h.subject
            and h.start < m.start
            and m.paragraph - h.paragraph <= 1
        ]
        return orgs[0].canonical if orgs else None
    if m.kind == "pronoun":
        if m.text not in lexicon().pronouns:
            return None  # "they": a group, not one person
        if _unnamed_subject_last(m, history, people):
            return None  # "A official who asked not to be named said … He described …"
        if m.speaks:
            recent = [h for h in recent if not _reported_description(h, recent)]
        if (counterpart := _counterpart_after(m, people)) is not None:
            able = [h for h in recent if _may_have_counterpart(h.canonical, counterpart, people)]
            # someone the text itself described (a president, a minister) before a bare name,
            # even paragraphs back: a briefing aide may have held the floor since
            described = [
                h
                for h in reversed(history)
                if h.canonical in people.described and h.start < m.start and _may_have_counterpart(h.canonical, counterpart, people)
            ]
            recent = [h for h in able if h.canonical in people.described] or described or able or recent
        subjects = [h for h in recent if h.subject]
        top = (subjects or recent or [m])[0]
        pair = _coordinated(top, recent, people)
        if pair is not None:
            return _one_of_pair(m, pair, people) or _sole_of_gender(m, [pair[0], pair[1]], recent, people)
        local = (
            _named_in_paragraph(m, top, recent, people)
            or _introduced_since(m, top, recent, history, people)
            or _named_after_genderless_top(m, top, recent, people)
        )
        if local is not None:
            return local
        decided, name = _gender_choice(m, top, subjects, recent, people)
        return name if decided else top.canonical
    # A descriptor: first as the article described someone, then by salience.
    if m.indefinite or m.plural:
        return None  # "one witness", "the strikers, who answered …": nobody named
    if ANONYMOUS_CLAUSE.search(m.text):
        return None  # "the owner of a bakery, who wished to remain anonymous": nobody the text names
    if m.title in lexicon().statement_nouns:
        return _statement_author(m, history, people)
    if m.role is None and m.title in _GUEST_WORDS and not m.possessed and (other := _the_other_leader(recent, people)):
        return other
    if m.role is None:
        titled = named_before(people.titled(m.title, m.places), m, history)
        if len(titled) == 1:
            return titled[0]
        if titled or m.possessed or unnamed_same_title(m, history):
            return None
        # "“…”, has told the first citizen to the journalists", "the 61-year-old
        # said": a definite description outside the lexicon is the one person
        # acting in its paragraph, as news prose varies a name it just gave.
        here = {h.canonical for h in recent if h.subject and h.paragraph == m.paragraph and h.kind != "pronoun"}
        here = {name for name in here if not _other_role(m.title, name, people)}
        if not here:
            # "She criticises that … „…“, says the bæjarstjóri": a pronoun acting
            # in the paragraph is the person it stands for.
            here = {h.canonical for h in recent if h.subject and h.paragraph == m.paragraph and h.text in lexicon().pronouns}
            here = {name for name in here if not _other_role(m.title, name, people)}
        if not here and not m.possessed and m.title not in PERSON_NOUN_GENDERS and (before := _last_acting(m, recent, people)):
            # "“…,” says Ólafur.\n\n“…”\n\n“…,” adds the gardener": with nobody
            # acting in its paragraph, nor in the one between, the description
            # is the person who spoke last, as news prose varies a name.
            return before
        if not here and (g := PERSON_NOUN_GENDERS.get(m.title)) and not m.possessed:
            # "Bambang said …\n\n“…,” said the man who …": with nobody acting in
            # its own paragraph, "the man" / "the woman" is the last person acting
            # in the paragraph before, when that person's gender fits.
            before = next((h for h in recent if h.subject and h.paragraph == m.paragraph - 1), None)
            if before is not None and known_gender(people, before.canonical) in (None, g):
                return before.canonical
        return here.pop() if len(here) == 1 else None
    if m.role == "nationality":
        # "the Russian said": the most recent person talked about, as sports and
        # news prose vary a name; the place must not contradict what we know.
        for h in recent:
            if h.subject and not people.contradicts(h.canonical, None, m.places):
                return h.canonical
        return None
    found = named_before(people.matches(m.role, m.places, m.title), m, history)
    if len(set(found)) == 1:
        return found[0]
    if not found and not m.possessed and (home := _home_leader(m, people)):
        return home
    if m.possessed:
        return None  # "his neighbour": only the article's own description names them
    if found or unnamed_same_title(m, history):
        return None  # several people of the article hold that role: none is certain
    # Nobody described so: the one recent person who plausibly holds the role;
    # with two in play ("Dahl and Berg met … the chief executive said") nobody.
    candidates = [
        h
        for h in recent
        # Someone who acted or spoke, or at least a full name ("Vladimir
        # Ortega"), not any capitalised word the NER took for a person.
        if (h.subject or " " in (h.canonical or ""))
        and not people.contradicts(h.canonical, m.role, m.places)
        and not _holds_now(m, h.canonical, people)
        # a person the entities layer or the article's own titles vouch for, not a word of a club's name the NER took for one
        and (h.entity or h.canonical in people.described or " " in h.canonical or not people.persons)
    ]
    body = _names_a_body(m, people) if m.places and not m.headline else None
    if body:
        # "the director general of the World Health Organisation": a descriptor
        # that names its own body is only someone the text tied to that body
        # (not "the Minister of Health", who shares one word of it).
        candidates = [h for h in candidates if any(p and body <= p for _, p, _ in people.described.get(h.canonical, []))]
    plausible = {h.canonical for h in candidates}
    here = {h.canonical for h in candidates if h.paragraph == m.paragraph}
    if len(here) == 1 and len(plausible) > 1:
        return here.pop()  # "Serra dedicated the goal … “…”, told the striker": the one person of the paragraph
    if m.headline and not plausible:
        # A headline refers forward: the one person the article names in full.
        plausible = {n for n in people.full_names if n not in people.orgs and not people.contradicts(n, m.role, m.places)}
    return plausible.pop() if len(plausible) == 1 else None


#: Titles of a country's leader (not "head" of a bureau, which the lexicon also calls a leader).
_HEAD_OF_STATE_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "head of state", "head of government", "king", "queen", "emir", "counterpart"}
)


def _home_leader(m: Mention, people: People) -> str | None:
    """ "declared the head of state", "the French head of state" in an outlet's
    own words, when the article described two leaders and tied only the other
    one to a country ("The President of the Republic X … his Senegalese
    counterpart Y"): the home leader, whom the outlet needs to tie to nothing."""
    if m.title not in _HEAD_OF_STATE_TITLES or m.title == "counterpart":
        return None
    leaders = {n: ds for n, ds in people.described.items() if any(r == "leader" and t in _HEAD_OF_STATE_TITLES for r, _, t in ds)}
    if len(leaders) != 2:
        return None
    untied = [n for n, ds in leaders.items() if not any(p for _, p, _ in ds)]
    tied = [p for n, ds in leaders.items() if n not in untied for _, p, _ in ds if p]
    if len(untied) != 1 or any(m.places & p for p in tied):
        return None
    return untied[0]


#: Who answers a leader's invitation or toast in coverage of two leaders' talks.
_GUEST_WORDS = frozenset({"guest", "visitor"})


def _the_other_leader(recent: list[Mention], people: People) -> str | None:
    """ "the guest (of the videoconference)", "the visitor" when the article
    described exactly two leaders: the one of them who is not the last of
    them acting ("X invited his counterpart … – answered the guest")."""
    leaders = {n for n, ds in people.described.items() if any(r == "leader" and t in _HEAD_OF_STATE_TITLES for r, _, t in ds)}
    if len(leaders) != 2:
        return None
    last = next((h.canonical for h in recent if h.subject and h.canonical in leaders), None)
    return next(n for n in leaders if n != last) if last else None


#: "… his counterpart", "… her Brazilian counterpart" in the pronoun's own sentence.
_COUNTERPART = re.compile(r"[^.!?\n]*?\b(?:his|her)\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?counterparts?\b")


def _counterpart_after(m: Mention, people: People) -> frozenset[str] | None:
    """The place stems of "his Brazilian counterpart" (empty for "his
    counterpart") when the pronoun's own sentence gives its person one; None
    without. Only a leader or a minister has a counterpart."""
    found = _COUNTERPART.match(people.raw, m.end)
    if found is None:
        return None
    return frozenset({place_stem(found.group("adj"))}) if found.group("adj") else frozenset()


#: What the text may call an aide who briefs on talks, never a party to them.
_AIDE_ROLES = frozenset({"spokesperson", "official", "expert"})


def _may_have_counterpart(name: str | None, counterpart: frozenset[str], people: People) -> bool:
    """Can ``name`` be the "he" who talks to "his (Brazilian) counterpart"?
    Not a spokesman, an adviser or an analyst the text described only as
    such ("He also invited his counterpart" after the press secretary's
    briefing is the president again), nor someone tied to the counterpart's
    own country."""
    descs = people.described.get(name or "", [])
    if people.persons and name not in people.persons and not descs:
        return False  # "São Paulo" the small model took for a person
    if descs and all(r in _AIDE_ROLES for r, _, _ in descs):
        return False
    return not (counterpart and any(p and counterpart & p for _, p, _ in descs))


#: Cues that say their speaker has spoken before: "he added", "she continued".
CONTINUING_CUES = frozenset({"add", "continue"})


def earlier_speaker(m: Mention, spoken: list[Mention], people: People) -> str | None:
    """Who "he added" continues when the person the pronoun would otherwise be
    has not had their say: "“…,” said Evans.\n\nThe harbour was last dredged
    when the harbourmaster, Ifor Jenkins, …\n\n“…,” he added" is Evans, as
    one adds only to what one said. ``spoken``: earlier mentions that spoke
    (quoted, or the subject of a reporting verb), oldest first. The most
    recent of them, at most ``SALIENCE_PARAGRAPHS`` back, whose known gender
    fits the pronoun (or "the woman", "the man"); else None."""
    g = lexicon().pronouns.get(m.text) if m.kind == "pronoun" else PERSON_NOUN_GENDERS.get(m.title)
    for h in reversed(spoken):
        if m.paragraph - h.paragraph > SALIENCE_PARAGRAPHS:
            break
        if h.canonical and h.canonical not in people.orgs and known_gender(people, h.canonical) in (None, g):
            return h.canonical
    return None


def _reported_description(h: Mention, recent: list[Mention]) -> bool:
    """Is ``h`` a description that is only the subject of what someone of its
    paragraph reported ("Kovač said that the council is ready …", "said that
    the vendors want …")? Such a noun was talked about, not talking: a later
    "he said" is the reporter, the subject of the paragraph's attribution.
    ``recent``: the mentions before, newest first."""
    if h.kind != "descriptor" or not h.reported:
        return False
    return any(r.speaks and r.kind != "descriptor" and r.paragraph == h.paragraph and r.start < h.start for r in recent)


def says_nothing_but_who(m: Mention) -> bool:
    """Is descriptor ``m`` one that tells only gender or age ("the woman",
    "the 52-year-old"), so it may be anyone the text quoted?"""
    return m.title in PERSON_NOUN_GENDERS or m.title == AGE_TITLE


#: How many paragraphs back a description outside the lexicon may find the
#: person who acted last, when every paragraph between names nobody.
LAST_ACTING_PARAGRAPHS = 2


#: The head word of an age descriptor ("the 52-year-old"): it fits any title.
AGE_TITLE = "year-old"


def _last_acting(m: Mention, recent: list[Mention], people: People) -> str | None:
    """The person acting last before descriptor ``m`` when no one else is
    mentioned since, at most ``LAST_ACTING_PARAGRAPHS`` back, whose known
    titles and gender do not contradict it; else None."""
    if not recent:
        return None
    lo = people.paragraph_starts[m.paragraph]
    first = next((a for a, _ in people.quoted if lo <= a < m.start), None)
    if first is None or any(c.isalpha() for c in people.raw[lo:first]):
        return None  # "According to a source …, “…,” said the source": not a quote opening its paragraph
    last = recent[0]  # recent: newest first, people only
    if not last.subject or last.paragraph >= m.paragraph or m.paragraph - last.paragraph > LAST_ACTING_PARAGRAPHS:
        return None
    if last.kind == "pronoun" and last.canonical is None:
        return None
    name = last.canonical
    if any(h.canonical != name for h in recent if h.paragraph == last.paragraph):
        return None  # two people in that paragraph: which one is "the gardener"?
    titles = _titles_of(name, people)
    if titles and m.title not in titles and m.title != AGE_TITLE:
        return None  # "the mayor" X is not "the gardener"; "the 52-year-old" may be anyone
    g = GENDERED_TITLES.get(m.title)
    if g is not None and known_gender(people, name) not in (None, g):
        return None
    return name


def _named_in_paragraph(m: Mention, top: Mention, recent: list[Mention], people: People) -> str | None:
    """ "Dr. Lina Haddad, director of …, considered … And she wrote: “…”": when
    the last subject is in an earlier paragraph, a person named earlier in the
    pronoun's own paragraph (as the parser's subject or not) is nearer; the
    most recent one whose known gender does not contradict the pronoun."""
    if top.paragraph == m.paragraph:
        return None
    g = lexicon().pronouns.get(m.text)
    for h in recent:
        if h.paragraph != m.paragraph:
            break
        # a person the entities layer vouches for (any full name when it found none)
        vouched = h.entity or (not people.persons and " " in (h.canonical or ""))
        if h.kind == "name" and vouched and not h.governed and known_gender(people, h.canonical) in (None, g):
            return h.canonical
    return None


#: What joins two people into one subject: "X and Y", "X and her husband, Y".
_COORDINATION = re.compile(r"\s*,?\s*and\s+(?:(?P<poss>his|her)\s+(?:[a-z]+\s+)?(?P<kin>[a-z]+)\s*,?\s*)?")


def _coordinated(top: Mention, recent: list[Mention], people: People) -> tuple[Mention, Mention, str | None, str | None] | None:
    """The two people joined by "and" of which ``top`` is one ("Sara Lindahl
    and Emma Berg work …", "Goran Petrović and his daughter Milica …"), with
    the possessive and the kinship noun between them, or None."""
    for h in recent:
        if h is top or h.kind != "name" or top.kind != "name" or h.paragraph != top.paragraph or h.canonical == top.canonical:
            continue
        a, b = (top, h) if top.start < h.start else (h, top)
        joined = _COORDINATION.fullmatch(people.raw, a.end, b.start)
        if joined is not None:
            return a, b, joined.group("poss"), joined.group("kin")
    return None


def _one_of_pair(m: Mention, pair: tuple[Mention, Mention, str | None, str | None], people: People) -> str | None:
    """Which of two people joined by "and" a pronoun is: the one whose gender
    is the pronoun's while the other's is not; nobody when the genders do not
    tell them apart ("Sara Lindahl and Emma Berg … she said"). "his"/"her"
    before the second gives the first's gender, a kinship noun the second's."""
    a, b, poss, kin = pair
    g = lexicon().pronouns.get(m.text)
    ga = {"his": "male", "her": "female"}.get(poss or "") or known_gender(people, a.canonical)
    gb = lexicon().kin_genders.get(kin or "") or known_gender(people, b.canonical)
    if ga == g and (gb != g if gb is not None else poss is not None):
        return a.canonical  # "Eva Lind and her deputy, Ola Berg … she": the possessor leads
    if gb == g and ga is not None and ga != g:
        return b.canonical
    return None


def _introduced_since(m: Mention, top: Mention, recent: list[Mention], history: list[Mention], people: People) -> str | None:
    """ "Different view has the engineer Nikos Vlachos, who …\n\n“…,” he said":
    a person the article names for the first time in a paragraph after the
    last subject's, and before the pronoun's, is who the next "he" is, as news
    prose introduces a speaker and then quotes them; the most recent such
    person whose known gender does not contradict the pronoun."""
    g = lexicon().pronouns.get(m.text)
    for h in recent:
        if h.paragraph <= top.paragraph:
            break
        if (
            h.paragraph >= m.paragraph
            or h.kind != "name"
            or h.governed
            or not (h.entity or (not people.persons and " " in (h.canonical or "")))
        ):
            continue
        first = next(x for x in history if x.canonical == h.canonical)
        if first is h and known_gender(people, h.canonical) in (None, g):
            return h.canonical
    return None


def _named_after_genderless_top(m: Mention, top: Mention, recent: list[Mention], people: People) -> str | None:
    """ "The spa, Waiora Springs, said … according to its general manager, Aroha
    Ngata. “…,” she said": in one paragraph, when the last subject has no known
    gender (often a name the NER took for a person) and a person named after it
    has the pronoun's, that person is who speaks."""
    g = lexicon().pronouns.get(m.text)
    if g not in ("male", "female") or top.paragraph != m.paragraph or known_gender(people, top.canonical) is not None:
        return None
    for h in recent:
        if h.start <= top.start or h.paragraph != m.paragraph:
            break
        vouched = h.entity or (not people.persons and " " in (h.canonical or ""))
        if h.kind == "name" and vouched and h.canonical != top.canonical and known_gender(people, h.canonical) == g:
            return h.canonical
    return None


def _names_a_body(m: Mention, people: People) -> frozenset[str] | None:
    """The place-like word stems of the organisation's name the descriptor holds
    word for word ("the director of the Lisbon Water Institute"), or None for
    just a people or a country ("the Russian president")."""
    for name in people.org_names:
        heads = lexicon().heads
        stems = frozenset(w.lower()[:PLACE_STEM] for w in name.split() if w[:1].isupper() and w.lower() not in heads)
        if len(stems) >= 2 and stems <= m.places:
            return stems
    return None


def _one_of_two(m: Mention, history: list[Mention], people: People) -> str | None:
    """ "X and Y received the delegation. The first …": the ``m.ordinal``-th of
    the people named in the paragraph so far, when there are exactly two."""
    named: list[str] = []
    for h in history:
        same = h.paragraph == m.paragraph and h.start < m.start and h.kind == "name"
        if same and h.canonical and h.canonical not in people.orgs and h.canonical not in named:
            named.append(h.canonical)
    return named[m.ordinal - 1] if len(named) == 2 else None


def without_trailing_person(name: str, people: People) -> str:
    """An organisation's name without the full name of a person the tagger
    glued to its end ("the Agents Association Yarlagadda Sambasiva Rao", where
    the person is its president): what is left must still name a body."""
    for person in sorted(people.full_names, key=len, reverse=True):
        if " " not in person or not name.endswith(" " + person):
            continue
        rest = name[: -len(person) - 1].rstrip(" ,")
        words = rest.split()
        if words and (kind_in_name(rest) or {lx.fold(w) for w in words} & lx.organisation_words() or words[-1].lower() in lexicon().heads):
            return rest
    return name


def resolve_org(m: Mention, people: People, history: list[Mention] | None = None) -> str | None:
    """The organisation a bare "the company" / "the ministry" stands for.

    In order: the one organisation whose name holds the word ("the ministry"
    after "the Ministry of Health"); the most recent organisation the text
    gave that kind ("The furniture maker X …", "X, the union …"); a
    descriptor that names itself ("the Belarian embassy", "the regional
    health department", not a possessive "the farmers' association"); and for kinds whose
    names often carry no kind word, the one recent organisation of unknown
    kind. Several candidates: the most recent, only when no other one was
    named in its paragraph. Otherwise None: an unnamed "the association".
    """
    if m.indefinite:
        return None
    # "The Norwegian oil company Statra cut jobs": the name right after the descriptor.
    closing = [o for o in people.org_mentions if m.start < o.start <= m.end + 1]
    if closing:
        return closing[0].name
    # "The catering company which supplied the dishes, Haedam Foodservice, claimed":
    # the name set off by commas after the descriptor's relative clause.
    after = next((o for o in people.org_mentions if m.end < o.start <= m.end + MAX_RELATIVE_CHARS), None)
    if (
        after is not None
        and _RELATIVE_THEN_NAME.fullmatch(people.raw, m.end, after.start)
        and _SET_OFF_NAME.match(people.raw, after.start) is not None
    ):
        return after.name
    named = [o for o in people.org_names if m.title in o.lower().split()]
    if len(set(named)) == 1:
        return named[0]
    # "the charity lottery Lucky Harbour … The charity said": a name the article
    # gave this kind, and never a person's title, whatever the NER called it.
    kinds = {n for n, ds in people.described.items() if any(t == m.title for c, _, t in ds) and all(c == "organisation" for c, _, _ in ds)}
    if len(kinds) == 1:
        return kinds.pop()
    wanted = org_kinds_lexicon().nouns.get(m.title, frozenset())
    recent = [o for o in people.org_mentions if m.headline or (o.start < m.start and m.paragraph - o.paragraph <= SALIENCE_PARAGRAPHS)]
    found = _latest_org([o for o in recent if o.kinds & wanted])
    if found is not None:
        return found
    # "The regional culture ministry offered help. The ministry said …": the
    # organisation an earlier descriptor of the same word named.
    for h in reversed(history or []):
        if m.paragraph - h.paragraph > SALIENCE_PARAGRAPHS:
            break
        if h.start < m.start and h.kind == "descriptor" and h.role == "organisation" and h.title == m.title and h.canonical:
            return h.canonical
    if not m.possessed and (m.places or (len(m.text.split()) > 1 and not re.search(r"['’]", m.text))):
        return m.text  # "the Belarian embassy", "the regional health department"; not "the mayor's office"
    if wanted & org_kinds_lexicon().unnamed and not m.possessed:
        latest = _latest_org([o for o in recent if not o.kinds])
        if latest is not None:
            return latest
    anywhere = {o.name for o in people.org_mentions if o.start < m.start and o.kinds & wanted}
    if len(anywhere) == 1:
        return anywhere.pop()  # "asked the newspaper": the one newspaper of the article, however far back
    return None


#: How far after an organisation descriptor a name closing its relative clause may start.
MAX_RELATIVE_CHARS = 160
#: The name itself, closed by the comma that sets it off.
_SET_OFF_NAME = re.compile(r"[^,.;:!?“”\"«»\n]{1,80},")
#: " which supplied the kimchi and the side dish, ": a relative clause ending on a comma.
_RELATIVE_THEN_NAME = re.compile(r"\s+(?:which|that|whose)\s[^.;:!?“”\"«»,]*(?:,[^.;:!?“”\"«»,]*)?,\s*")


def _latest_org(cands: list[OrgMention]) -> str | None:
    """The most recently named of ``cands`` when no other one shares its paragraph."""
    if not cands:
        return None
    last: dict[str, OrgMention] = {}
    for o in cands:
        last[o.name] = o
    ordered = sorted(last.values(), key=lambda o: o.start, reverse=True)
    if len(ordered) == 1 or ordered[1].paragraph < ordered[0].paragraph:
        return ordered[0].name
    return None


#: A clause that keeps a described person unnamed ("who wished to remain
#: anonymous", "who asked not to be named", "speaking on condition of anonymity").
ANONYMOUS_CLAUSE = re.compile(
    r"\b(?:who|speaking|spoke)\b[^,.;]*?\b(?:anonymity|anonymous(?:ly)?|not\s+to\s+be\s+(?:named|identified|quoted))\b"
)


def _unnamed_subject_last(m: Mention, history: list[Mention], people: People) -> bool:
    """Is the person last acting before pronoun ``m`` someone the text does not
    name ("A port official … said …. He described …")? Then the pronoun
    is that unnamed person, not the last named one. Not when the pronoun's
    own paragraph named someone of its gender before it ("… wrote the
    minister.\n\nFor Oyuntsetseg these words are not enough. “…,” told she")."""
    g = lexicon().pronouns.get(m.text)
    for h in reversed(history):
        if m.paragraph - h.paragraph > 1:
            return False
        named_here = (
            h.start < m.start
            and h.paragraph == m.paragraph
            and h.kind == "name"
            and h.canonical not in people.orgs
            and h.canonical not in people.places  # "The owner of a winery in Vinica said …": a place is nobody
        )
        if named_here and h.canonical and known_gender(people, h.canonical) in (None, g):
            return False
        if h.start >= m.start or not h.subject:
            continue
        if h.kind == "pronoun" and h.text in ("it", "they"):
            continue
        if h.role == "organisation" or (h.canonical is not None and h.canonical in people.orgs):
            continue
        if h.kind == "descriptor" and (_quantified(h, people) or h.plural or h.reported):
            continue  # "… that no patient had fallen ill", "many women who sell fish": nobody in particular
        return h.canonical is None and (h.kind == "descriptor" or h.text in lexicon().pronouns)
    return False


def _statement_author(m: Mention, history: list[Mention], people: People) -> str | None:
    """Who "the statement said" speaks for: "X said in a statement that ….
    “…,” the statement said" is X, the latest subject of a reporting verb in
    the paragraph or the one before whose own sentence names the statement;
    else the latest such subject (a person or an organisation); None when
    there is none, as a statement nobody was said to issue names nobody."""
    fallback = None
    for h in reversed(history):
        if h.start >= m.start:
            continue
        if m.paragraph - h.paragraph > 1:
            break
        if not (h.speaks and h.canonical):
            continue
        stop = people.raw.find(".", h.end)
        clause = people.raw[h.end : stop if stop != -1 else len(people.raw)].lower()
        if re.search(rf"\b{re.escape(m.title)}\b", clause):
            return h.canonical  # "X said in a statement …"
        fallback = fallback or h.canonical
    return fallback


def unnamed_same_title(m: Mention, history: list[Mention]) -> bool:
    """Does descriptor ``m`` repeat the title of someone the text just
    introduced without a name? "The minister of agriculture wrote on Facebook
    that … “…,” wrote the minister" is that unnamed minister, not a named
    person of an earlier paragraph. Looks back to the paragraph before; a
    person named since ("The engineer leading the checks, Dr Helen Voss, …")
    ends the search: the description was theirs."""
    for h in reversed(history):
        if h.start >= m.start:
            continue
        if m.paragraph - h.paragraph > 1 or (h.kind == "name" and h.subject and h.canonical):
            return False
        same = m.title and (h.title == m.title or m.title in h.text.lower().split())  # "a deputy minister" … "the minister"
        if h.kind == "descriptor" and h.canonical is None and same and not h.plural and h.subject:
            return True
    return False


#: Words before a noun that make it no one person ("no patient", "every driver").
_NO_ONE = ("no", "every", "each", "any")


def _quantified(h: Mention, people: People) -> bool:
    """Is descriptor ``h`` quantified so that it stands for nobody in particular?"""
    before = people.raw[max(0, h.start - 8) : h.start].split()
    return bool(before) and before[-1].lower() in _NO_ONE


#: Nouns for a person that say nothing but their gender ("the man said").
PERSON_NOUN_GENDERS = {"man": "male", "woman": "female", "gentleman": "male", "lady": "female"}

#: Titles that say a person's gender ("the spokeswoman").
GENDERED_TITLES = {
    "spokeswoman": "female",
    "chairwoman": "female",
    "businesswoman": "female",
    "congresswoman": "female",
    "actress": "female",
    "spokesman": "male",
    "chairman": "male",
    "businessman": "male",
    "congressman": "male",
}


#: Honorifics of address that say a gender ("Mrs. Tanaka").
HONORIFIC_GENDERS = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "sir": "male",
    "dame": "female",
    "madam": "female",
    "lord": "male",
}
_WORD_BEFORE = re.compile(r"(\w+)\.?,?\s+$")


def gender_before(raw: str, m: Mention) -> str | None:
    """The gender a word right before name mention ``m`` (or opening it) says:
    an honorific ("Mrs. Tanaka"), a kinship noun ("her son Reza"), "man",
    "woman", "lady", or a woman's title ("the spokeswoman Dana Whitfield").
    Not a man's title: translation renders a woman "chairman" or
    "businessman" as often as not."""
    first = m.text.split()[0].rstrip(".").lower() if m.text.split() else ""
    if first in HONORIFIC_GENDERS and len(m.text.split()) > 1:
        return HONORIFIC_GENDERS[first]
    before = _WORD_BEFORE.search(raw, max(0, m.start - 30), m.start)
    if before is None:
        return None
    w = before.group(1).lower()
    female_title = "female" if GENDERED_TITLES.get(w) == "female" else None
    return HONORIFIC_GENDERS.get(w) or lexicon().kin_genders.get(w) or PERSON_NOUN_GENDERS.get(w) or female_title


def note_gender(people: People, m: Mention) -> None:
    """Record what a resolved mention says of its person's gender."""
    if not m.canonical:
        return
    g = lexicon().pronouns.get(m.text) if m.kind == "pronoun" else GENDERED_TITLES.get(m.title) if m.kind == "descriptor" else None
    if g in ("male", "female"):
        counts = people.genders.setdefault(m.canonical, {})
        counts[g] = counts.get(g, 0) + 1


def known_gender(people: People, name: str | None) -> str | None:
    """A person's gender when the article only ever says one ("she" every time),
    else, with no pronoun yet, what a one-gender given name says ("Julián")."""
    counts = people.genders.get(name or "", {})
    if len(counts) == 1:
        return next(iter(counts))
    if not counts and name and name not in people.orgs:
        return lx.given_name_gender(name)
    return None


def _gender_choice(m: Mention, top: Mention, subjects: list[Mention], recent: list[Mention], people: People) -> tuple[bool, str | None]:
    """ "Moss stayed with the workers.\n\n“…,” he wrote": across a paragraph
    break, a pronoun whose gender the most recent person never had goes to the
    one other recent person who had it, and to nobody (decided, None) when
    there is no such person: "The prefect, for her part, …: “…”, she said"
    after a paragraph about a man is someone the text did not name. Within a
    paragraph the nearest person wins, as machine translation swaps "he" and
    "she" (the damage layer flags that), unless :func:`_sole_of_gender`
    finds the one person of the pronoun's gender standing beside the
    subject without acting. Returns (decided, name)."""
    g = lexicon().pronouns.get(m.text)
    if g not in ("male", "female") or top.canonical is None:
        return False, None
    mine = known_gender(people, top.canonical)
    if mine is None or mine == g:
        return False, None
    if top.paragraph == m.paragraph:
        # "Governor Ama Owusu met the fisherman Kofi Mensah. “…,” he said":
        # the one man beside her is "he"; with none, the pronoun is a
        # translation's slip for the subject.
        sole = _sole_of_gender(m, [top], recent, people)
        if sole is None and _kin_of_pronoun(top, g, people):
            # "Joseph Kamau has sold fish here for years. His wife, Grace, keeps the
            # stall when … “…,” he said": the wife of "his" is no slip for him;
            # the one other person acting in the paragraph whom the text gives
            # the pronoun's gender is meant (not "Mayor Helga Brun refused.
            # “…,” he said", a translation's slip).
            fits = {
                h.canonical
                for h in subjects
                if h.paragraph == m.paragraph
                and h.canonical != top.canonical
                and h.kind == "name"
                and known_gender(people, h.canonical) == g
            }
            sole = fits.pop() if len(fits) == 1 else None
        return True, sole or top.canonical
    others = {h.canonical for h in subjects if h.canonical != top.canonical and known_gender(people, h.canonical) == g}
    if not others and (sole := _sole_of_gender(m, [top], recent, people)):
        return True, sole  # "… met the fisherman Kofi Mensah.\n\n“…,” he said": named, not acting
    if not others and _gender_slip(m, top, g, people):
        # "The mother of three said she … According to him …\n\n“…,” he said":
        # the text already gave her both genders and nobody else has this one,
        # so the pronoun is a translation's slip (Indonesian "dia", Finnish
        # "hän" have no gender) and the speaker goes on.
        return False, None
    return True, (others.pop() if len(others) == 1 else None)


#: "His wife, Grace," / "her son Reza": a possessive pronoun, a kinship noun, the name.
_KIN_BEFORE = re.compile(r"\b(his|her)\s+(\w+),?\s+$", re.IGNORECASE)


def _kin_of_pronoun(top: Mention, g: str, people: People) -> bool:
    """Is name mention ``top`` introduced as a relative of someone the
    possessive before it gives gender ``g`` ("His wife, Grace" for "he")?"""
    if top.kind != "name" or not people.raw:
        return False
    found = _KIN_BEFORE.search(people.raw, max(0, top.start - 40), top.start)
    if found is None or found.group(2).lower() not in lexicon().kin_genders:
        return False
    return (found.group(1).lower() == "his") == (g == "male")


def _sole_of_gender(m: Mention, ruled_out: list[Mention], recent: list[Mention], people: People) -> str | None:
    """The one person of pronoun ``m``'s gender named in the paragraph of
    ``ruled_out`` (the last subject, or both of "X and Y", none of them known
    to have that gender) who is never a subject there: the object, possessor,
    prepositional or list member beside the subject. Else None: two such
    people, or nobody (then the pronoun may be a translation's slip). On the
    dev texts, planted slips have the other gender's person in an earlier
    paragraph or acting in the same one, so neither counts. In the pronoun's
    own paragraph, with nobody of its gender and the subject's gender known,
    the one other person the entities layer vouches for whose gender is
    unknown ("her son Reza")."""
    g = lexicon().pronouns.get(m.text)
    if g not in ("male", "female"):
        return None
    if any(known_gender(people, r.canonical) == g for r in ruled_out):
        return None
    out = {r.canonical for r in ruled_out}
    home = ruled_out[0].paragraph
    acting = {h.canonical for h in recent if h.paragraph == home and h.subject}
    near = [h for h in recent if h.paragraph == home and h.canonical not in out and h.canonical not in acting]
    found = {h.canonical for h in near if known_gender(people, h.canonical) == g}
    if len(found) == 1:
        return found.pop()
    if found or home != m.paragraph or any(known_gender(people, r.canonical) is None for r in ruled_out):
        return None
    # Nobody known to have the pronoun's gender: in the pronoun's own
    # paragraph, the one other person the entities layer vouches for whose
    # gender is unknown ("Maryam Tehrani accompanied her son Reza. “…,” he said").
    unknown = {h.canonical for h in near if h.kind == "name" and h.entity and known_gender(people, h.canonical) is None}
    return unknown.pop() if len(unknown) == 1 else None


def _gender_slip(m: Mention, top: Mention, g: str, people: People) -> bool:
    """Is pronoun ``m`` of gender ``g`` a slip for ``top``'s person? Yes when
    nobody the article names has ``g``, nothing in ``m``'s own paragraph before
    it has (no "The prefect, for her part, …"), but the text since ``top``'s
    paragraph used a ``g`` pronoun all the same."""
    if any(known_gender(people, n) == g for n in people.genders):
        return False
    words = {"male": ("he", "him", "his", "himself"), "female": ("she", "her", "hers", "herself")}[g]
    starts = people.paragraph_starts

    def said(lo: int, hi: int) -> bool:  # outside quotes: quoted speech has its own "he"
        found = (x for w in words for x in re.finditer(rf"\b{w}\b", people.raw[lo:hi], re.IGNORECASE))
        return any(not inside(lo + x.start(), people.quoted) for x in found)

    return not said(starts[m.paragraph], m.start) and said(starts[top.paragraph], starts[m.paragraph])


# --- the people of the article --------------------------------------------------
# What the quotes layer knows of the article's people and organisations before
# it attributes anything: full names, in-text descriptions, organisation
# mentions with their kinds, and every person mention outside quotes.

#: Longest entity span looked back over when finding the entity at a mention.
MAX_ENTITY_CHARS = 200
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def inside(pos: int, blocked: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of the sorted, disjoint ``blocked`` ranges?"""
    i = bisect.bisect_right(blocked, (pos, float("inf"))) - 1
    return i >= 0 and blocked[i][0] <= pos < blocked[i][1]


def _near(ents: list[Span], start: int, end: int) -> list[Span]:
    """Entities that may overlap ``[start, end)``; ``ents`` sorted by start.

    Entity spans are short, so looking back :data:`MAX_ENTITY_CHARS` is enough.
    """
    lo = bisect.bisect_left(ents, start - MAX_ENTITY_CHARS, key=lambda e: e.start)
    hi = bisect.bisect_left(ents, end, key=lambda e: e.start)
    return ents[lo:hi]


def entity_at(ents: list[Span], start: int, end: int) -> Span | None:
    for e in _near(ents, start, end):
        if e.start < end and start < e.end and e.label in ("PERSON", "ORG") and e.attrs.get("canonical"):
            return e
    return None


def _cut_at_joiner(name: str, canonical: str) -> bool:
    """Is ``name`` an organisation's ``canonical`` name cut before a small
    lowercase word ("Directorate" of "Directorate of Public Health", "Instituto
    Tecnolóxico" of "Instituto Tecnolóxico para o Control …")?"""
    rest = canonical[len(name) :] if canonical.startswith(name) else ""
    return rest[:1] == " " and rest[1:2].islower() and len(rest.split()) >= 2


def entity_for(ents: list[Span], m: Mention) -> Span | None:
    """The entity that names this mention: a PERSON span over it, or an ORG
    span that contains the whole name ("Norland" inside "the Norland premier"
    is not who speaks)."""
    for e in _near(ents, m.start, m.end):
        if not (e.start < m.end and m.start < e.end) or not e.attrs.get("canonical"):
            continue
        if m.kind == "descriptor" and m.start <= e.start and e.end < m.end and m.text[e.end - m.start :].startswith(("'s", "’s")):
            continue  # "Shah's lawyer said": the possessor is whose lawyer, not who speaks
        # "a young beekeeper of Fougères": a name inside an indefinite phrase is
        # a place or an employer the tagger took for a person, never who it is.
        if e.label == "PERSON" and m.kind != "pronoun" and not (m.kind == "descriptor" and (m.indefinite or _former(m))):
            return e
        if e.label == "ORG" and m.kind == "name" and e.end == m.end and 0 <= m.start - e.start <= len("the "):
            return e
        if e.label == "ORG" and m.kind == "name" and e.start == m.start and _cut_at_joiner(m.text, e.attrs["canonical"]):
            # "The Directorate of Public Health announced": the parser cut the name at "of"
            return e
        if e.label == "ORG" and m.kind == "name" and e.start == m.start and e.attrs["canonical"].startswith(m.text + " and "):
            # "The Kenya Plantation and Agricultural Workers' Union said": the parser cut the name at "and"
            return e
        if e.label == "ORG" and m.kind == "name" and e.start <= m.start and m.end <= e.end and _org_holds(e, m):
            return e
    return None


_POSSESSOR = re.compile(r"[A-Z][\w-]*(?:['’]s|s['’])\s+")


def _org_holds(e: Span, m: Mention) -> bool:
    """Is name mention ``m`` a piece of organisation ``e`` the parser cut off?
    The head after a possessor ("People's [Voice]"), or the start of a name
    that ends in an organisation word ("[Kenya Plantation] and Agricultural
    Workers' Union", cut at "and")."""
    canonical = e.attrs.get("canonical") or ""
    if e.end == m.end:
        cut = canonical[: len(canonical) - len(m.text)]
        first = canonical.split()[0] if canonical.split() else ""
        # "the Ministry of Urban and [Rural Development]": the last words after
        # "of" or "and" of a body's name that opens with what it is
        opens_with_kind = lx.fold(first) in lx.organisation_words() or lexicon().heads.get(first.lower()) == "organisation"
        body = opens_with_kind and cut.endswith((" and ", " of "))
        return len(canonical.split()) >= 2 and (_POSSESSOR.fullmatch(cut) is not None or body)
    last = lx.fold(canonical.split()[-1]) if canonical.split() else ""
    return e.start == m.start and last in lx.organisation_words()


def _holds_now(m: Mention, canonical: str | None, people: People) -> bool:
    """Does the article give ``canonical`` the office a "former" descriptor says
    someone else left ("Mayor Ruth Calder …" then "said the former mayor")?"""
    if not _former(m) or canonical is None:
        return False
    office = m.title.split(" ", 1)[1]
    return any(title == office for _, _, title in people.described.get(canonical, []))


def _former(m: Mention) -> bool:
    """ "the former mayor": read from the article's own descriptions, not from an
    entity that may have given the title's present holder."""
    return m.title.split(" ", 1)[0] == "former"


def person_at(ents: list[Span], start: int, end: int) -> bool:
    e = entity_at(ents, start, end)
    return e is not None and e.label == "PERSON"


#: Prepositions whose object is someone another person acts with or upon
#: ("met with X", "works with X", "filed against X", "wrote about X"); not "of"
#: ("the fields of the farmer X" may be the speaker's own) nor "for" ("For X
#: these words are not enough": X's view).
_ACTED_ON = frozenset({"with", "against", "about"})

#: Steps up through appositions and "of" phrases to the noun a name stands for.
MAX_GOVERNED_CLIMB = 4


def governed(tok: Token) -> bool:
    """Is the name ending at ``tok`` the object of another's act: of a
    preposition of ``_ACTED_ON`` or of "to" after a verb ("wrote to X"), a
    possessor ("X's office"), or the direct object of a verb whose subject is
    a person ("She met X")? Such a name is talked about; the "he said" after it
    is the subject's."""
    for _ in range(MAX_GOVERNED_CLIMB):  # "with the skipper of Cambados, X": X stands for "the skipper"
        if tok.dep_ == "appos" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "poss":
        return True
    if tok.dep_ == "pobj":
        prep = tok.head
        after_verb = prep.lower_ == "to" and prep.head.pos_ == "VERB" and prep.i > prep.head.i and not _after_according_to(tok)
        return prep.lower_ in _ACTED_ON or after_verb
    if tok.dep_ == "dobj":
        return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "PRON") for c in tok.head.children)
    return False


def reply_holder(tok: Token) -> bool:
    """Is ``tok`` (the last word of a name) the holder of a reply that is its
    sentence's subject ("Asanova's answer was short.", "The answer of Lakshmi
    was short.")? Such a sentence gives the floor to that person, as "Lakshmi
    was blunt." would, so the quote after it is theirs, not the last speaker's."""
    if tok.dep_ == "poss":
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        noun = tok.head.head
    else:
        return False
    return noun.dep_ in SUBJECT_DEPS and noun.lemma_.lower() in lexicon().reply_nouns


#: ", who chairs …" right after a name: the relative pronoun of people.
_WHO_AFTER = re.compile(r",\s+who\s")


def who_takes_a_person(raw: str, e: Span, name: str) -> bool:
    """Is an organisation the tagger found ("Ndapewa Shikongo, who chairs the
    traders' association") a person's name? Yes when, written as its canonical
    form, two or three capitalised words with no organisation word, it is
    followed by ", who": English takes "which" after a body's name, "who"
    after a person's, and a wrong person costs more than a missed one."""
    words = name.split()
    if not 2 <= len(words) <= 3 or raw[e.start : e.end] != name or not _WHO_AFTER.match(raw, e.end):
        return False
    if not all(w[:1].isupper() and w[1:].islower() for w in words) or kind_in_name(name):
        return False
    return not set(map(lx.fold, words)) & (lx.organisation_words() | set(lexicon().heads))


def build_people(ctx: Context, tix: Tokens, ents: list[Span], blocked: list[tuple[int, int]]) -> tuple[People, list[Mention]]:
    """Full names, in-text descriptions and every person mention outside quotes."""
    people = People()
    names: set[str] = {e.attrs["canonical"] for e in ents if e.label == "PERSON" and e.attrs.get("canonical")}
    mentions: list[Mention] = []
    paras = ctx.body_paragraphs()
    starts = [p.start for p in paras]
    people.raw, people.paragraph_starts, people.quoted = ctx.raw, starts, blocked
    for chunk in ctx.chunks:
        for ent in chunk.doc.ents:
            person = (ent.label_ == "PERSON" and not kind_in_name(ent.text)) or (
                ent.label_ == "ORG" and lx.starts_with_given_name(ent.text)
            )
            if person and len(ent) > 1:
                e = entity_at(ents, chunk.base + ent.start_char, chunk.base + ent.end_char)
                if e is not None and e.label == "ORG":
                    continue  # the entities layer knows better ("the union Nordbund")
                lo, hi = name_run(ent[-1])
                names.add(_strip_possessive(_from_given_name(chunk.doc[lo.i : hi.i + 1]).text))
    for off, tok in tix.items:
        if tok.pos_ != "PROPN" or inside(off, blocked):
            continue
        lo, hi = name_run(tok)
        # Multi-word proper names outside any non-person entity ("Moon Jae-in"
        # even where spaCy missed the PERSON label) can complete a surname.
        # "Prime Minister" is a title, not a name.
        run = tok.doc[lo.i : hi.i + 1]
        plain = all((t.ent_type_ in ("", "PERSON") or titled_name(t)) and t.text[:1].isupper() for t in run)
        # … nor one the entities layer calls an organisation or a place ("Nordbund Verein").
        e = entity_at(ents, off, off + len(tok))
        plain = plain and (e is None or e.label == "PERSON")
        if 2 <= len(run) <= 4 and tok.i == hi.i and hi.lower_ not in lexicon().heads and plain and not kind_in_name(run.text):
            names.add(_strip_possessive(_from_given_name(run).text))
    # "said the chief arbiter, Kadri Lepp" tagged ORG, then "Lepp rejected that"
    # tagged PERSON: the entities layer itself says the surname is a person's.
    surnames_alone = {e.attrs["canonical"] for e in ents if e.label == "PERSON" and " " not in (e.attrs.get("canonical") or " ")}
    for e in ents:
        full = e.attrs.get("canonical") or ""
        if e.label != "ORG":
            continue
        if (2 <= len(full.split()) <= 3 and full.split()[-1] in surnames_alone and not kind_in_name(full)) or who_takes_a_person(
            ctx.raw, e, full
        ):
            names.add(full)
    people.full_names = sorted(names)
    people.words = known = name_words(names)
    # A surname of a person the article names in full is that person, even
    # where the NER took it for an organisation ("the newspaper Weidemann explained").
    surnames = {" ".join(n.split()[k:]) for n in names for k in range(1, len(n.split()))}
    people.orgs = frozenset(e.attrs["canonical"] for e in ents if e.label == "ORG") - names - surnames
    # A place named like an institution ("the National Gallery of Orvenna") speaks
    # as one when the text says "the gallery said".
    heads = lexicon().heads
    institutions = {
        e.attrs["canonical"]
        for e in ctx.layers.get("entities", [])
        if e.label == "PLACE" and e.attrs.get("canonical") and any(w.lower() in heads for w in e.attrs["canonical"].split()[1:])
    }
    people.org_names = sorted(
        people.orgs
        | institutions
        | {_org_text(ent) for chunk in ctx.chunks for ent in chunk.doc.ents if ent.label_ == "ORG"} - names - surnames
    )
    people.org_mentions = _org_mentions(ctx, ents, names | surnames, starts)
    people.persons = frozenset(e.attrs["canonical"] for e in ents if e.label == "PERSON" and e.attrs.get("canonical"))
    people.places = (
        frozenset(
            n
            for e in ctx.layers.get("entities", [])
            if e.label == "PLACE"
            for n in (e.attrs.get("canonical"), ctx.raw[e.start : e.end])
            if n
        )
        - people.persons
    )
    kin_named: dict[str, str] = {}
    for off, tok in tix.items:
        paragraph = bisect.bisect_right(starts, off) - 1
        if inside(off, blocked) or paragraph < 0 or off >= paras[paragraph].end:
            continue
        base = tix.base(tok)
        is_subject = tok.dep_ in SUBJECT_DEPS
        if is_subject and person_like(tok, known):
            m = mention_at(tok, base, paragraph, known=known)
        elif is_subject and tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and cue_lemma(tok.head) is not None:
            # "the Coastal Authority, which in a press release informs that …":
            # the antecedent reports, as the subject of its own clause would.
            ante = tok.head.head
            known_ante = person_like(ante, known) and not inside(tix.base(ante) + ante.idx, blocked)
            m = mention_at(ante, base, paragraph, known=known) if known_ante else None
        elif is_subject and _given_title(tok, people):
            # "the coroner, Elin Rowlands, told …" then "The coroner said": a
            # title outside the lexicon the article itself gave someone.
            m = mention_at(tok, base, paragraph, known=known, any_noun=True)
        elif (
            tok.pos_ in ("PROPN", "NOUN")
            and (tok.ent_type_ == "PERSON" or tok.text in known or tok.text in kin_named or person_at(ents, off, off + len(tok)))
            and name_run(tok)[1].i == tok.i
        ):
            m = mention_at(tok, base, paragraph, subject=False, known=known | set(kin_named))
        else:
            m = None
        if m is None:
            continue
        if m.subject and tok.head.dep_ == "ccomp" and cue_lemma(tok.head.head) is not None and _person_reports(tok.head.head, known):
            m.reported = True  # "X said that a driver now takes home …": X acts, the driver is talked about
        if m.subject and not m.reported and cue_lemma(tok.head) is not None:
            # "Her predecessor had warned the council in 2019": backstory, not a say in this story
            # "Bell did not comment": no say either
            m.speaks = not any((c.dep_ == "aux" and c.lower_ == "had") or c.dep_ == "neg" for c in tok.head.children)
        if not m.subject and _after_according_to(tok):
            m.subject = m.speaks = True  # "According to X, …": X holds the floor like a subject
        elif not m.subject and reply_holder(tok):
            m.subject = True  # "The answer of X was short.": X holds the floor like a subject
        elif not m.subject:
            m.governed = governed(tok)
        elif m.subject and any(c.lower_ == "according" for c in tok.head.children):
            m.reported = True  # "According to X, the firm owes …": the firm is talked about
        e = entity_for(ents, m)
        if e is not None:
            m.canonical, m.entity = e.attrs["canonical"], True
        if m.kind == "name" and m.canonical and (g := lexicon().kin_genders.get(tok.lower_)):
            kin_named[m.canonical] = g  # "His wife Oyuntsetseg, who …, told": a person, and a woman
        mentions.append(m)
        if m.kind == "name":
            name_tok = tix.at(m.end - 1) or tok
            _describe(people, name_tok, m, e)
    # Names reached through an apposition ("The coach of X, Stefano Ricci,")
    # complete their later surnames too.
    # An "organisation" the text gives a person's title ("The striker Diego
    # Fonseca") is a person the NER mislabelled.
    titled = {n for n, ds in people.described.items() if any(d[0] != "organisation" for d in ds)}
    # A name set beside a kinship noun ("his wife Oyuntsetseg") is a person's,
    # whatever the tagger made of it, and the noun gives their gender.
    people.unmasked = {n: n for n in kin_named} | {n: untitled(n) for n in people.orgs if initialled_name(untitled(n))}
    # "Governor of the soum Ts. Batbold" cut to an organisation "Batbold": one
    # word with a person's title the article gave it, a title no body holds
    people.unmasked |= {
        n: n
        for n in titled & people.orgs
        if " " not in n
        and not {lx.fold(n)} & lx.organisation_words()
        and all(t not in ORG_HELD_TITLES for _, _, t in people.described.get(n, []))
    }
    people.orgs = people.orgs - titled - set(people.unmasked)
    for name, g in kin_named.items():
        counts = people.genders.setdefault(name, {})
        counts[g] = counts.get(g, 0) + 1
    for m in mentions:
        g = gender_before(ctx.raw, m) if m.kind == "name" and m.canonical and m.canonical not in kin_named else None
        if g is not None and lx.given_name_gender(m.canonical) in (None, g):
            # "Mrs. Tanaka", "her son Reza", "the old lady Li Xiuying": the word
            # before the name says the gender its given name may not
            people.genders.setdefault(m.canonical, {}).setdefault(g, 1)
    names |= {m.text for m in mentions if m.kind == "name" and " " in m.text and (not m.entity or m.canonical in titled)}
    people.full_names = sorted(n for n in names if any(c.isalpha() for c in n))
    people.words = name_words(people.full_names)
    for m in mentions:
        if m.kind == "name" and m.canonical is not None and m.canonical not in people.orgs:
            m.canonical = people.complete(m.canonical)  # an entity "Orlova" when the text has "Yulia Orlova"
    return people, mentions


#: Titles a company or a body holds as well as a person ("the quarry's owner,
#: Tarnmoor"): they do not make a one-word organisation a person.
ORG_HELD_TITLES = frozenset(
    {
        "owner", "operator", "contractor", "supplier", "buyer", "seller", "partner", "sponsor", "employer",
        "landlord", "tenant", "client", "investor", "shareholder", "manufacturer", "developer", "publisher",
        "provider", "insurer", "lender", "creditor", "debtor", "bidder", "winner", "member",
    }
)  # fmt: skip

#: "K. R. Suresh Babu", "D. Ganbaatar": initials, then capitalised words.
_INITIALLED = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def initialled_name(name: str) -> bool:
    """Is ``name`` a person's name written with initials first ("K. R. Suresh
    Babu", Tamil, Mongolian and Russian style), whatever the tagger called it?
    Not when a word of it says an organisation ("A. P. Shipping")."""
    if not _INITIALLED.fullmatch(name) or kind_in_name(name):
        return False
    words = [w for w in name.split() if not w.endswith(".")]
    if any(zipf_frequency(w.lower(), "en") >= INITIALLED_WORD_ZIPF for w in words):
        return False  # "U. S. Steel": an English word, a company's name
    return not {lx.fold(w) for w in name.split()} & (lx.organisation_words() | set(lexicon().heads))


#: A word after the initials this common in English (wordfreq Zipf) makes the
#: name a company's ("U. S. Steel"), not a person's.
INITIALLED_WORD_ZIPF = 4.0


def _person_reports(verb: Token, known: frozenset[str]) -> bool:
    """Is the subject of reporting verb ``verb`` a person named or pronominal
    ("Rosario Villanueva said", "the president …, X, said", "she said"), not a
    body or someone unnamed ("Police said a witness …")?"""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.lower_ in ("he", "she"):
                return True
            if c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", *NON_SPEAKER_ENTS):
                return True
            return c.pos_ == "NOUN" and appositive_name(c, known) is not None
    return False


def _given_title(tok: Token, people: People) -> bool:
    """Is ``tok`` "the <noun>" for a noun the article already used as a named
    person's title ("the coroner", "the curator")?"""
    return (
        tok.pos_ == "NOUN"
        and tok.text.islower()
        and tok.left_edge.lower_ == "the"
        and any(tok.lower_ in titles for titles in people.other_titles.values())
    )


def _from_given_name(run):
    """ "Detective Superintendent Gráinne Walsh" → "Gráinne Walsh": a run of
    capitalised words starts its name at a given name after title words the
    lexicon does not hold."""
    if not len(run) or lx.is_given_name(run[0].text):
        return run  # "Ana Maria Lopes": the name starts at the first given name
    k = next((k for k in range(1, len(run) - 1) if lx.starts_with_given_name(run[k:].text)), 0)
    return run[k:]


def _org_mentions(ctx: Context, ents: list[Span], names: set[str], starts: list[int]) -> list[OrgMention]:
    """Organisations named in the body, in text order: the entities layer's,
    and spaCy's where that layer has nothing."""
    raw = ctx.raw
    found = [(e.start, e.end, e.attrs["canonical"]) for e in ents if e.label == "ORG" and e.attrs.get("canonical")]
    taken = lx.Ranges([(s, e) for s, e, _ in found])
    for chunk in ctx.chunks:
        for ent in chunk.doc.ents:
            s, e = chunk.base + ent.start_char, chunk.base + ent.end_char
            if (
                (ent.label_ == "ORG" or (ent.label_ == "PERSON" and kind_in_name(ent.text)))
                and ctx.in_body(s, e)
                and not taken.overlaps(s, e)
            ):
                found.append((s, e, _org_text(ent)))
    # "the union Portlabour", "the furniture maker Brennhaus": named by its kind, whatever the NER said.
    for p in ctx.body_paragraphs():
        for m in classified_name().finditer(raw, p.start, p.end):
            s, e = m.span("name")
            if not taken.overlaps(s, e):
                found.append((s, e, m.group("name")))
    out = []
    for s, e, name in sorted(found):
        if name in names or bisect.bisect_right(starts, s) == 0:
            continue
        kinds = org_kinds(raw, s, e)
        org = lx.known_org(name)
        if org is not None and org.kind == "outlet":
            kinds |= {"media"}
        out.append(OrgMention(s, bisect.bisect_right(starts, s) - 1, name, kinds))
    return out


def _org_text(ent) -> str:
    toks = list(ent)
    while toks and toks[0].pos_ == "DET":
        toks = toks[1:]
    # The text as written ("Prosecutor's Office"), not tokens joined by spaces.
    return ent.doc[toks[0].i : ent.end].text if toks else ent.text


#: Words of a descriptor allowed between "according to" and a name ("according to the hydrologist X").
MAX_ACCORDING_DESCRIPTOR = 4


def _after_according_to(tok: Token) -> bool:
    doc = tok.doc
    lo, _ = name_run(tok)
    k = lo.i - 1
    while k > lo.i - 1 - MAX_ACCORDING_DESCRIPTOR and k >= 1 and doc[k].pos_ in ("DET", "ADJ", "NOUN") and doc[k].text.islower():
        k -= 1  # "according to the geologist X": the descriptor before the name
    return k >= 1 and doc[k - 1].lower_ == "according" and doc[k].lower_ == "to"


def _describe(people: People, tok: Token, m: Mention, ent: Span | None) -> None:
    """Record what the text says a named person is ("Russian President …")."""
    canonical = ent.attrs["canonical"] if ent is not None else people.complete(m.text)
    doc = tok.doc
    lo, hi = name_run(tok)
    first = tok.sent.start  # Token.sent scans the sentence: once
    # Title words right before the name: "his Korean counterpart Moon Jae-in".
    k = lo.i - 1
    left: list[Token] = []
    title_words = _title_words()
    # spaCy's PERSON entity often takes the title in ("[Prime Minister Jan Kask]"): a title word still describes.
    while k >= first and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and (doc[k].ent_type_ != "PERSON" or doc[k].lower_ in title_words):
        left.insert(0, doc[k])
        k -= 1
    if left and left[-1].head.i not in range(lo.i, hi.i + 1) and not (left[0].i <= hi.head.i <= left[-1].i):
        # MT's "in the conversation with the newspaper Weidemann explained": the
        # noun closes a phrase of its own and the name opens the next clause.
        left = []
    person = (ent is not None and ent.label == "PERSON") or tok.ent_type_ == "PERSON"
    if hi.i + 2 < len(doc) and doc[hi.i + 1].text == "," and doc[hi.i + 2].pos_ == "PROPN":
        person = False  # "the head of the charity Lucky Harbour, Declan Moriarty": the head is named after
    if person and left and left[0].i - 3 >= first and doc[left[0].i - 1].pos_ == "DET" and doc[left[0].i - 2].lower_ == "of":
        # "The head of the district tourism department Talant Mamytov": the
        # body closes a title whose head ("head") is what the person is (not
        # "the head of the charity lottery Lucky Harbour": a body's name).
        title = doc[left[0].i - 3]
        if title.pos_ == "NOUN" and lexicon().heads.get(title.lower_) not in (None, "organisation"):
            left = list(doc[title.i : left[-1].i + 1])
    if person and (title := _title_across_of(doc, lo.i, first)) is not None:
        # "The President of Poland Tomasz Wierzbicki", "President of the Federative
        # Republic of Brazil X": the title closes with the country, not at it.
        left = list(doc[title.i : lo.i])
    # "the President of the Republic, Moon Jae-in"
    if not left and lo.i - 1 >= first and doc[lo.i - 1].text == ",":
        back = list(doc[max(first, lo.i - 12) : lo.i - 1])
        while back and (back[0].pos_ in ("VERB", "AUX") or any(b.pos_ in ("VERB", "AUX") for b in back)):
            back = back[1:]
        left = back
    # "Mei Lin, director of …" / "the Chancellor of Westmark, Anna Richter"
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            left = left or noun_phrase(child)
    run = doc[lo.i : hi.i + 1]
    rank = list(run[: len(run) - len(_from_given_name(run))])
    prev = doc[lo.i - 1] if lo.i > first else None
    if not rank and prev is not None and prev.dep_ == "compound" and prev.pos_ in ("PROPN", "NOUN") and prev.ent_type_ in ("", "PERSON"):
        rank = [prev]  # the entity left the title out: "Colonel [Adnan Kaya]"
    if (
        rank
        and rank[-1].is_alpha
        and rank[-1].text[:1].isupper()
        and rank[-1].lower_ not in lexicon().heads
        and not lx.is_given_name(rank[-1].text)
    ):
        # "Colonel Adnan Kaya": a title no lexicon holds, kept before the given name,
        # so a later "the colonel" finds its person
        people.other_titles.setdefault(canonical, set()).add(rank[-1].lower_)
    phrases = [left] if left else []
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") and descriptor_head(noun_phrase(tok.head)):
        # "her Estmark counterpart, Prime Minister Jan Kask": both say who she is
        phrases.append(noun_phrase(tok.head))
    for phrase in phrases:
        found = descriptor_head(phrase)
        if found and found[0] == "organisation" and _possessor(phrase, found):
            # "the council's cabinet member for leisure": the person belongs to
            # the council and is no council; "the council" later is the body.
            found = None
        elif found and found[0] == "organisation" and _body_name_before(phrase, found):
            # "The president of the Harbour Traders Association Ilse Marr": a
            # body's own name set before a person's names where she belongs,
            # not what she is; "the association said" is the body, never her.
            found = None
        if found:
            people.describe(canonical, found[0], places_of(phrase), found[2])
        if (not found or found[0] == "organisation") and (head := _title_noun(phrase)) is not None:
            # "the chief curator of the City Museum": the person is a curator, not a museum
            people.other_titles.setdefault(canonical, set()).add(head)


def _title_across_of(doc, start: int, first: int) -> Token | None:
    """The title word a name's capitalised place or body words close through
    "of" ("President of the Republic of Uzbekistan" before a name): walking
    back from ``start`` over "of", "the" and capitalised words, the first
    person title (not an organisation's word) followed by "of"; None when the
    words end without one or the title has no "of" after it."""
    heads = lexicon().heads
    k = start - 1
    crossed = False
    while k >= first and start - k <= 10:
        t = doc[k]
        if t.lower_ == "of":
            crossed = True
        elif t.pos_ == "DET" and t.lower_ == "the":
            pass
        elif t.pos_ in ("PROPN", "NOUN", "ADJ") and t.text[:1].isupper():
            if crossed and doc[k + 1].lower_ == "of" and heads.get(t.lower_) not in (None, "organisation"):
                return t
        else:
            return None
        k -= 1
    return None


def _body_name_before(phrase: list[Token], found: tuple[str, int, str]) -> bool:
    """Is the organisation head ``descriptor_head`` found a word of a body's
    capitalised name that ends the phrase right before a person's name ("…
    Agents Association" before "Yarlagadda Sambasiva Rao"), unlike a kind
    said in lower case ("the union Portlabour")?"""
    head = phrase[found[1]]
    return head.text[:1].isupper() and head.i > phrase[0].i and phrase[-1].pos_ == "PROPN" and phrase[-1].text[:1].isupper()


def _possessor(phrase: list[Token], found: tuple[str, int, str]) -> bool:
    """Is the head ``descriptor_head`` found in ``phrase`` a possessor ("the
    council's …"), the only title word it had?"""
    after = found[1] + len(found[2].split())
    return after < len(phrase) and phrase[after].text in ("’s", "'s", "’", "'")


def _title_noun(phrase: list[Token]) -> str | None:
    """The head noun of a title outside the lexicon ("chief conductor of the
    orchestra" → "conductor"): the last common noun before an "of" tail."""
    head = None
    for t in phrase:
        if t.lower_ in _AFTER_HEAD:
            break
        if t.pos_ == "NOUN" and t.is_alpha and t.text.islower():
            head = t.lower_
    return head
