"""Layer "artifacts": translation and extraction damage a reader should know about.

Each detector is a pure function over the raw text and the body paragraphs
(offset ranges) returning :class:`Span` flags whose ``attrs`` carry ``kind``,
``message`` (one sentence a reader understands) and ``suggestion`` (a likely
reading, or None). Detectors use real word lists (wordfreq), language
identification (py3langid) and the lexicons in ``parallax/data/``:
``damage.yml`` (thresholds, glossaries, institutions, gazetteer),
``outlets.yml`` (agencies, broadcasters, newspapers and their literal
renderings), ``first_names.yml`` (given names borne by one gender, from
nomquamgender) and ``places_more.yml`` (GeoNames cities whose names are not
English words). A flag costs trust when it is wrong, so every detector
demands two independent signals before it fires (e.g. "not a word" *and*
"splits into two frequent words"; "a city" *and* "after a place preposition").

The layer reads the entities and quotes layers when they are there and falls
back to its own light analysis (spaCy entities, its own quote-mark pairing)
when they are empty, so it works whatever state those layers are in.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import permutations, product
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz
from rapidfuzz import process as rf_process
from rapidfuzz.distance import DamerauLevenshtein

from ..data import load_yaml
from ..model import Span
from . import _attribution as att
from . import _langid, _wordlist
from . import _people as lx

if TYPE_CHECKING:
    from . import Context

LAYER = "artifacts"
REQUIRES: tuple[str, ...] = ("entities", "quotes")

KINDS = (
    "glued-words",
    "missing-space",
    "quote-mismatch",
    "quote-unclosed",
    "untranslated",
    "boilerplate",
    "lowercase-name",
    "pronoun-gender",
    "mangled-name",
    "truncated-sentence",
)

Range = tuple[int, int]

#: A word: letters (any script) with inner apostrophes.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Characters that make a token part of an address, handle or code, not prose.
_TECH_NEIGHBOUR = set("@#/\\_=<>|~")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|org|net|gov|edu|io)\b\S*"
    # Markup and template code an extractor left in: tags, entities, {{ … }},
    # {% … %}, attribute="value", [text](link).
    r"|<[^<>\n]{0,300}>|&#?\w{1,10};|\{[{%#].{0,300}?[}%#]\}|[\w-]+=(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}')|\]\((?:[^()\n]|\([^()\n]*\)){0,300}\)",
    re.IGNORECASE,
)
_OPEN_GLYPHS = "“„«"
_CLOSE_GLYPHS = "”»"
_STRAIGHT = '"'
_MARKS = _OPEN_GLYPHS + _CLOSE_GLYPHS + _STRAIGHT
#: Opening glyph -> closing glyphs that pair with it (first: the one to suggest).
#: German „…“ is a correct pair; a straight mark closes only a straight one.
_PAIRS = {"“": "”", "«": "»", "„": "“”", '"': '"'}
#: Characters after which a mark stands at the start of a quotation.
_BEFORE_OPEN = set(" \t\n([{—–-/")
#: Characters after which a mark stands at the end of a quotation.
_AFTER_CLOSE = set(" \t\n.,;:!?)]}—–-…'’")
_TERMINAL = ".!?…:;"
_CLOSERS = '”’"»)]›“'

LANGUAGE_NAMES = {
    "pt": "Portuguese",
    "es": "Spanish",
    "it": "Italian",
    "fr": "French",
    "de": "German",
    "nl": "Dutch",
    "ro": "Romanian",
    "ca": "Catalan",
    "pl": "Polish",
    "cs": "Czech",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "tr": "Turkish",
    "id": "Indonesian",
    "hu": "Hungarian",
    "is": "Icelandic",
}

BOILERPLATE_MESSAGES = {
    "promo": "A promotional line left by the website; it is not part of the report.",
    "credit": "A credit line (source, photo or author); it is not part of the report.",
    "repeated-title": "The headline repeated at the end of the text (usually with the outlet's name); it is not part of the report.",
}

#: Boilerplate that ingest sets apart but that is no damage: a byline ("By Jane
#: Doe, Madrid") is where every article names its author, not a scraper's leftover.
NOT_DAMAGE_REASONS = frozenset({"byline"})


@cache
def config() -> dict[str, Any]:
    return load_yaml("damage.yml")


def flag(start: int, end: int, kind: str, message: str, suggestion: str | None = None) -> Span:
    """A damage span; ``kind`` is both label and attr, as the contract says."""
    return Span(start, end, kind, {"kind": kind, "message": message, "suggestion": suggestion})


# --------------------------------------------------------------------------
# the layer


def find(ctx: Context) -> list[Span]:
    """All damage flags of an article, boilerplate blocks included."""
    raw = ctx.raw
    paras = [(p.start, p.end) for p in ctx.body_paragraphs()]
    quotes = ctx.layers.get("quotes", [])
    entities = ctx.layers.get("entities", [])
    langs = _source_languages(ctx.article.meta.translated_from)

    flags: list[Span] = []
    flags += boilerplate_flags(ctx.article.blocks)
    flags += inline_credit_flags(raw, paras)
    mark_flags, regions = quote_mark_flags(raw, paras, quotes)
    flags += mark_flags
    flags += missing_space_flags(raw, paras)
    flags += lost_space_flags(raw, paras)
    untranslated = untranslated_flags(raw, paras, langs)
    flags += glued_word_flags(raw, paras)
    flags += figure_glue_flags(raw, paras)
    people, names, rare = _people_and_names(ctx, entities)
    propn = {offset for offset, tok in ctx.tokens() if tok.pos_ == "PROPN"}
    lowercase = lowercase_name_flags(raw, paras, names, propn | _offsets_of(raw, paras, rare))
    # "the agents, who in Punjabi are called arhtiya": a term the text introduces, not a name.
    lowercase = [f for f in lowercase if not _TERM_INTRODUCED.search(raw, max(0, f.start - 40), f.start)]
    kept = _names_not_foreign_words(raw, untranslated, entities, lowercase)
    # A whole name taken back from an untranslated flag ("horní lhota") replaces its first word's flag.
    wide = [(f.start, f.end) for f in kept if f.label == "lowercase-name"]
    lowercase = [f for f in lowercase if not _reporting_verb(raw[f.start : f.end]) and not _title_before_name(raw, f.start, f.end)]
    verbs = {offset for offset, tok in ctx.tokens() if tok.pos_ in ("VERB", "AUX")}
    lowercase = [f for f in lowercase if not (f.start in verbs and _english_verb_form(raw[f.start : f.end]))]
    flags += [f for f in lowercase if not any(s <= f.start and f.end <= e and (s, e) != (f.start, f.end) for s, e in wide)]
    flags += kept
    sentences = [(p.start, p.end) for p in ctx.sentences()] or paras
    # A quote the marks show unclosed ends where its flag ends ("…saved. He added"),
    # even when the quotes layer carries it on to the paragraph's end.
    unclosed = {f.start + 1: f.end for f in mark_flags if f.label == "quote-unclosed"}
    inside = regions + [(q.start, min(q.end, unclosed.get(q.start, q.end))) for q in quotes]
    flags += pronoun_gender_flags(raw, paras, sentences, people, quotes, inside)
    credits = [(b.start, b.end) for b in ctx.article.blocks if b.label == "boilerplate"]
    places = frozenset(raw[sp.start : sp.end] for sp in entities if sp.label == "PLACE")
    flags += mangled_name_flags(raw, paras + credits, places)
    flags += calqued_name_flags(raw, paras)
    flags += truncated_flags(raw, paras, sentences, standfirst=_standfirst(ctx))
    furniture = page_line_flags(raw, paras, untranslated)
    # Inside page furniture the words are not the report's: no other flag there.
    flags = [f for f in flags if not any(b.start <= f.start and f.end <= b.end for b in furniture)]
    return resolve(flags + furniture)


def _english_verb_form(word: str) -> bool:
    """An inflected form of a common English verb ("telephoned", "visiting"): a verb
    closing a sentence after a name set off by commas ("…, Ibrahim Danjuma, telephoned.",
    German verb-final order), never a name written in lowercase."""
    for suffix, ends in (("ied", ("y",)), ("ed", ("", "e")), ("d", ("",)), ("ing", ("", "e"))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if any(_wordlist.zipf(stem + end) >= 3.0 for end in ends):
                return True
    return False


def _names_not_foreign_words(raw: str, untranslated: list[Span], entities: Sequence[Span], lowercase: Sequence[Span]) -> list[Span]:
    """Untranslated flags, less the words that are names.

    A foreign name is no untranslated word: a one-word flag inside a person,
    place or organisation the entities layer found ("Szabó Katalin") is
    dropped, and so is one the lowercase-name check flagged as a name. A
    lone lowercase word after a place preposition ("arrived from naantali")
    is a place that lost its capital, as English text hardly ever leaves a
    single common word untranslated there: it becomes a lowercase-name flag.
    """
    named = _Ranges([(sp.start, sp.end) for sp in entities if sp.label in ("PERSON", "PLACE", "ORG")])
    low = _Ranges([(f.start, f.end) for f in lowercase])
    honorifics = set(config()["untranslated_honorifics"]) | set(config()["untranslated_honorifics_after"])
    out = []
    for f in untranslated:
        text = raw[f.start : f.end]
        if text.lower() in honorifics:
            out.append(f)  # a title the entities layer keeps in the name ("Mheshimiwa George Ouma")
            continue
        one_word = bool(re.fullmatch(r"[^\W\d_]+", text))
        if one_word and text in _outlet_words():
            continue  # an agency's own lowercase short name ("German Press Agency (dpa)")
        if one_word and (f.start in low or (f.start in named and f.end - 1 in named and not text.islower())):
            continue
        if one_word and text.islower() and lx.is_role_word(text):
            continue  # an office the role lexicon knows by its local name ("the khokim", "the hyakim"), as translations keep it
        name = _name_in_foreign_words(raw, f.start, f.end, low)
        if name:
            out.append(name)
            continue
        if one_word and text.islower() and len(text) >= 5 and _PLACE_ONLY_PREP.search(raw, max(0, f.start - 12), f.start):
            proper = text[0].upper() + text[1:]
            out.append(flag(f.start, f.end, "lowercase-name", f"A name written in lowercase: “{text}” should be “{proper}”.", proper))
            continue
        out.append(f)
    return out


def _name_in_foreign_words(raw: str, start: int, end: int, low: _Ranges) -> Span | None:
    """A lowercase name that the untranslated check took for foreign words, as a lowercase-name flag.

    Two or three words English does not know (Zipf below
    ``lowercase_name.not_english_zipf``) read as a foreign phrase, yet in a
    slot that names they are a name that lost its capitals: a place after
    "the village of" whose first word the lowercase check already flagged
    ("the village of horní lhota"), or a capitalised given name
    (first_names.yml) and a lowercase surname after a title or before a
    reporting verb ("said captain Mikko virtanen").
    """
    lc = config()["lowercase_name"]
    text = raw[start:end]
    words = text.split()
    if not 2 <= len(words) <= 3 or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){1,2}", text):
        return None
    if not all(w.islower() for w in words[1:]) or any(_wordlist.zipf(w.lower()) >= lc["not_english_zipf"] for w in words):
        return None
    # "told the minister hamein nyay chahiye": three lowercase words after a person noun are a
    # clause left in its language; only a place slot names with so many ("the village of ban nong bua").
    if words[0].islower() and start in low and (len(words) == 2 or _PLACE_OF.search(raw, max(0, start - 40), start)):
        proper = " ".join(w[0].upper() + w[1:] for w in words)
        return flag(start, end, "lowercase-name", f"A name written in lowercase: “{text}” should be “{proper}”.", proper)
    if _name_cased(words[0]) and len(words) == 2 and start + len(words[0]) + 1 in low:
        # "The mayor of Braga, João carvalho,": the lowercase check found the surname.
        s = start + len(words[0]) + 1
        proper = words[1][0].upper() + words[1][1:]
        return flag(s, end, "lowercase-name", f"A surname written in lowercase: “{text}” should be “{words[0]} {proper}”.", proper)
    if _name_cased(words[0]) and _fold(words[0]) in _first_names() and len(words) == 2:
        before = re.search(r"([A-Za-z]+)[.,]?\s+$", raw[max(0, start - 30) : start])
        nouns = _name_nouns()
        named = before and (before.group(1).lower() in nouns or before.group(1).lower() in _NAME_INTRO)
        if named or _REPORTED_AFTER.match(raw, end):
            s = start + len(words[0]) + 1
            proper = words[1][0].upper() + words[1][1:]
            return flag(s, end, "lowercase-name", f"A surname written in lowercase: “{text}” should be “{words[0]} {proper}”.", proper)
    return None


def resolve(flags: Iterable[Span]) -> list[Span]:
    """Drop duplicates and word-level flags inside an untranslated fragment."""
    flags = list(flags)
    # A lowercase place name unknown to English may also look foreign ("breckerfeld"):
    # the place evidence is the more specific reading.
    names = [(f.start, f.end) for f in flags if f.label == "lowercase-name"]
    flags = [f for f in flags if not (f.label == "untranslated" and any(s <= f.start and f.end <= e for s, e in names))]
    foreign = [(f.start, f.end) for f in flags if f.label == "untranslated"]
    out: dict[tuple[int, int, str], Span] = {}
    for f in flags:
        if f.label in ("glued-words", "lowercase-name") and any(s <= f.start and f.end <= e for s, e in foreign):
            continue
        out.setdefault((f.start, f.end, f.label), f)
    return sorted(out.values(), key=lambda s: (s.start, -s.end, s.label))


def _source_languages(translated_from: str | None) -> tuple[str, ...]:
    langs = tuple(config()["untranslated"]["languages"])
    if translated_from:
        code = translated_from.split("-")[0].lower()
        if code != "en" and code in LANGUAGE_NAMES:
            return (code,)
    return langs


# --------------------------------------------------------------------------
# boilerplate


def boilerplate_flags(blocks: Sequence[Span]) -> list[Span]:
    """Ingest's boilerplate blocks, reported with the reason in words (bylines left out)."""
    out = []
    for b in blocks:
        if b.label != "boilerplate":
            continue
        reason = b.attrs.get("reason") or "other"
        if reason in NOT_DAMAGE_REASONS:
            continue
        message = BOILERPLATE_MESSAGES.get(reason, f"Not part of the report ({reason}); shown apart and not analysed.")
        out.append(flag(b.start, b.end, "boilerplate", message, None))
    return out


#: A photo credit in brackets inside running text: "(Photo: Hokkaido Shimbun)", "(Foto: EPA)".
_INLINE_CREDIT = re.compile(
    r"\((?:photo|photos|foto|fotos|picture|pictures|image|images|photograph|pic)(?:\s+credits?)?\s*:\s*[^()\n]{2,60}\)",
    re.IGNORECASE,
)


def inline_credit_flags(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A photo caption and its credit that a scraper left inside a paragraph.

    Ingest sets apart a credit on its own line; pasted into the running text
    ("…said the hospital.The collapsed statue on Tuesday (Photo: Kyodo) The
    police …") it stays in the body. When the text after the bracket goes on
    without a full stop, the words since the last sentence end are the
    caption, and the flag takes them too; otherwise only the credit is flagged.
    """
    out = []
    for ps, pe in paras:
        for m in _INLINE_CREDIT.finditer(raw, ps, pe):
            s = m.start()
            if re.match(r"\s+[A-Z“\"«]", raw[m.end() : pe]):
                ends = list(re.finditer(r"[.!?][”’\"»)]?\s*", raw[ps : m.start()]))
                cap = ps + ends[-1].end() if ends else ps
                if len(_WORD.findall(raw, cap, m.start())) <= 25:
                    s = cap
            message = "A photo credit (with its caption) left inside the paragraph by the scraper; it is not part of the report."
            out.append(flag(s, m.end(), "boilerplate", message, None))
    return out


#: A label in capitals and a colon opening a line: "READ ALSO: …", "BASAHIN DIN: …".
_CAPS_LABEL = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}):\s+\S")
#: Words by which a page speaks to its reader.
_READER_WORDS = re.compile(r"\b(?:us|our|we|you|your)\b", re.IGNORECASE)


def page_line_flags(raw: str, paras: Iterable[Range], untranslated: Sequence[Span]) -> list[Span]:
    """Short lines of page furniture left in the body, told without a list of phrases.

    Three shapes, each a whole paragraph of one short line without quote
    marks: a related-story link (a label in capitals and a colon, then a
    headline with no full stop: "READ ALSO: Fares go up in May"); a call to
    the reader to follow the site on a social network, in English ("Like
    our Facebook page") or in the source language (two or more lowercase
    words English does not know next to "Facebook"); a line all in the
    source language with no full stop ("Článok pokračuje pod reklamou"), an
    advertisement's or a menu's caption rather than a sentence the
    translation missed.
    """
    networks = frozenset(config()["social_networks"])
    out = []
    for ps, pe in paras:
        text = raw[ps:pe].strip()
        words = _WORD.findall(text)
        if not words or len(words) > 25 or "\n" in text or any(c in text for c in _MARKS):
            continue
        s, e = ps + raw[ps:pe].index(text[0]), ps + len(raw[ps:pe].rstrip())
        label = _CAPS_LABEL.match(text)
        reason = None
        if (
            label
            and label.group(1).isupper()
            and sum(c.isalpha() for c in label.group(1)) >= 4
            and text[-1] not in ".!?…"
            and len(words) <= 20
        ):
            reason = "a related-story link"
        elif any(w.lower() in networks for w in words) or _network_inflected(words, networks):
            # A word of a script without case ("පිටුවට") is as foreign as a lowercase one.
            unknown = [w for w in words if (w.islower() or _other_script(w)) and _wordlist.zipf(w) < 2.0]
            # In a language no word list holds ("Bizi Facebook-da izləyin"), the identifier tells.
            if _READER_WORDS.search(text) or len(unknown) >= 2 or (unknown and text[-1] not in ".!?…" and _foreign_line(text)):
                reason = "a call to follow the site"
        elif len(words) <= 12 and text[-1] not in ".!?…":  # a sentence with a full stop is the report's
            letters = sum(c.isalpha() for c in text)
            foreign = sum(sum(c.isalpha() for c in raw[max(f.start, s) : min(f.end, e)]) for f in untranslated if f.start < e and f.end > s)
            if letters and foreign >= 2 * letters / 3:
                reason = "a line of the source site left in its language"
        reason = reason or _furniture_shape(text)
        if reason:
            out.append(flag(s, e, "boilerplate", f"Page furniture ({reason}), not part of the report.", None))
    return out


@cache
def _furniture() -> dict[str, Any]:
    return load_yaml("furniture.yml")


#: A line's words for the furniture lexicons: lowercased, hyphens kept ("i-follow").
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: A sentence opening inside a line: its start, or after a full stop, question or colon;
#: a word before a colon is a label ("Watch: …"), not a verb calling the reader.
_OPENING = re.compile(r"(?:^|[.!?:]\s+)([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\b(?!\s*:)")
_ADDRESS = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|(?<![\w@])@\w{3,}")
#: A widget's counter: "Comments (3)", "Diskuse (14)"; a gallery's: "Photo 1 of 12".
_COUNTER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? \(\d+\)|[^\W\d_]+ \d+ ?(?:/|of|de|di|von|z|av|af|van) ?\d+")


@dataclass(frozen=True)
class _Lexicon:
    """A word list of furniture.yml: its entries, those that match as prefixes, its runs of words."""

    entries: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...]

    def __contains__(self, word: object) -> bool:
        """``word`` is an entry, or starts with an entry of five letters or more."""
        if not isinstance(word, str):
            return False
        word = word.strip("'’-")
        return word in self.entries or word.startswith(self.prefixes)


@cache
def _lexicon(name: str) -> _Lexicon:
    """A furniture.yml list (the objects with the social networks of damage.yml), ready to match."""
    words = frozenset(_furniture()[name]) | (frozenset(config()["social_networks"]) if name == "objects" else frozenset())
    prefixes = tuple(sorted(x for x in words if len(x) >= 5 and " " not in x))
    return _Lexicon(words, prefixes, tuple(sorted(x for x in words if " " in x)))


#: Agencies, then the editors' initials in small letters: "ČTK, ibo", "PAP/jk", "dpa/AFP, fd/mm".
_SIGN_OFF = re.compile(r"([^\s,/]+(?:\s*/\s*[^\s,/]+)*)\s*[,/]\s*([a-zß-ÿ]{2,4}(?:\s*[,/]\s*[a-zß-ÿ]{2,4})*)")


def _agency_sign_off(text: str) -> bool:
    """A line closing an agency story: news agencies (outlets.yml) and the editors' initials.

    Central European agencies sign a story so; the agencies must all be known
    ones, so a line such as "EU, too" is no sign-off.
    """
    m = _SIGN_OFF.fullmatch(text)
    if not m:
        return False
    pattern, _ = _agency_forms()
    parts = [p.strip() for p in m.group(1).split("/")]
    return all(pattern.fullmatch(p) for p in parts) and any(c.isupper() for c in m.group(1))


def _network_inflected(words: Sequence[str], networks: AbstractSet[str]) -> bool:
    """A network's name with a case ending glued on ("Telegramda", "Facebookon")."""
    return any(len(n) >= 5 and w.lower().startswith(n) and w.lower() != n for w in words for n in networks)


def _other_script(text: str) -> bool:
    """Two thirds of the letters in a script other than Latin ("ተጨማሪ ያንብቡ", "អានបន្ថែម").

    Marks that combine with a letter (Brahmic and South-East Asian vowel signs) count as its letters.
    """
    letters = [c for c in text if c.isalpha() or unicodedata.category(c) in ("Mn", "Mc")]
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    return bool(letters) and latin <= len(letters) / 3


def _foreign_line(text: str) -> bool:
    """The language identifier, free to choose any language, does not take the line for English."""
    return _langid._model().classify(text)[0] != "en"


def _is_call(word: str, verbs: _Lexicon) -> bool:
    """``word`` is a call-to-action verb: an entry, or a foreign word an entry starts ("abonnez").

    English words take no prefix: "subscribers" is no "subscri…" verb.
    """
    return word in verbs.entries or (word in verbs and _wordlist.zipf(word) < 3.0)


def _has_lexicon_word(words: Sequence[str], lexicon: _Lexicon) -> bool:
    """A word (or its part after an apostrophe: "l'article") or a run of words in the lexicon."""
    parts = [p for w in words for p in re.split(r"['’]", w) if p]
    joined = " " + " ".join(words) + " "
    return any(p in lexicon for p in parts) or any(f" {x} " in joined for x in lexicon.phrases)


def _furniture_shape(text: str) -> str | None:
    """Why a short paragraph of its own is page furniture by its shape, or None.

    Two signals each time, from the general lexicons of ``furniture.yml``:
    a call-to-action verb opening a sentence and something of the site to
    act on ("Share this article on your social networks", "Suscríbete a
    nuestro boletín"), or, in a short line with no full stop, such a verb
    anywhere when it is no English word ("Artikel teilen"); "continues" and
    an advertisement ("Text continues below the ad"); a rights notice; an
    advertisement label alone; a label of link words or a lowercase foreign
    label, a colon and a headline ("Soma pia: Bei ya mafuta yapanda"); a
    menu of three or more short items between bars. A line with a reporting
    verb is the report's ("Join the queue early, the company advised").
    """
    lex = _furniture()
    words = _LINE_WORD.findall(text.lower())
    if not words or _has_lexicon_word(words, _lexicon("report_words")):
        return None
    bare = text.strip(" .!:").lower()
    stop = text.rstrip()[-1] in ".!?…。！？"
    # An advertisement label, alone or before a separator ("Anzeige - Lesen Sie weiter").
    if bare in lex["ad_labels"] or re.split(r"\s+[-–—·|:]\s+", bare)[0] in lex["ad_labels"]:
        return "an advertisement marker"
    if not stop and len(words) <= 12 and len(text) <= 60 and _other_script(text):
        return "a line of the source site in another script"
    # Words English does not know, a letter English never writes, not a list item ("- pierogi, bigos").
    if (
        not stop
        and len(words) <= 6
        and text[0].isalpha()
        and any(w.islower() for w in text.split())
        and any(c.isalpha() and not c.isascii() for c in text)
        and all(_wordlist.zipf(w) < 2.5 for w in words)
        and _foreign_line(text)
    ):
        return "a line of the source site left in its language"
    if len(words) <= 30 and any(r in text.lower() for r in lex["rights"]):
        return "a rights notice"
    verbs, objects = _lexicon("cta_verbs"), _lexicon("objects")
    if len(words) <= 12 and _has_lexicon_word(words, _lexicon("continue_words")) and _has_lexicon_word(words, _lexicon("after_words")):
        return "a note that the text continues"
    openings = [m.group(1).lower().split() for m in _OPENING.finditer(text)]
    called = {o[0] for o in openings if _is_call(o[0], verbs) or (len(o) > 1 and " ".join(o) in verbs.entries)}
    if not called and len(words) <= 10 and not stop:
        # A verb-final button ("Artikel teilen", "Newsletter sign-up"): a foreign verb, or a line of three words.
        called = {w for w in words if _is_call(w, verbs) and (_wordlist.zipf(w) < 3.0 or len(words) <= 3)}
    # The object is another word than the verb ("Subscribers … will pay" calls nobody).
    if called and (_has_lexicon_word([w for w in words if w not in called], objects) or _ADDRESS.search(text)):
        return "a call to the reader"
    if called and len(words) <= 2 and not stop and _wordlist.zipf(words[0]) < 3.0:
        return "a call to the reader"
    if called and len(words) <= 3 and not stop and words[-1] in lex["button_words"]:
        return "a call to the reader"
    strong = [w for w in words if w in lex["reader_objects"]]
    if len(words) <= 30 and strong and (_READER_WORDS.search(text) or (len(set(strong)) >= 2 and not stop and len(words) <= 12)):
        return "a notice to the reader"
    label = re.match(r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3})\s*:\s+\S", text)
    if label and not stop and len(words) <= 20:
        lw = label.group(1).lower().split()
        if all(w in lex["link_label_words"] for w in lw):
            return "a related-story link"
    if label and not stop and len(words) <= 16:
        lw = label.group(1).lower().split()
        rest = label.group(1).split()[1:]
        foreign = any(_wordlist.zipf(w) < 2.0 for w in lw) or _langid._model().classify(text)[0] != "en"
        if 2 <= len(lw) <= 3 and all(w.islower() for w in rest) and foreign:
            return "a related-story link"
    if _COUNTER.fullmatch(text.strip()):
        return "a counter of the site"
    if _agency_sign_off(text.strip()):
        return "an agency's sign-off"
    items = [i.strip() for i in re.split(r"\s[|>»›/]\s", text)]
    if len(items) >= 3 and all(1 <= len(i.split()) <= 4 for i in items) and not any(c.isdigit() for c in text) and not stop:
        return "a menu of the site"
    if not stop and any(bare == x or (bare.startswith(x + " ") and len(bare.split()) - len(x.split()) <= 3) for x in lex["list_labels"]):
        return "a list of the site's stories"
    if len(words) <= 12 and _has_lexicon_word(words, _lexicon("site_pages")):
        return "a page of the site"
    return None


# --------------------------------------------------------------------------
# helpers on words


def _words(raw: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_word_matches(raw, start, end))


@lru_cache(maxsize=1024)
def _word_matches(raw: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The words of ``raw[start:end]``: a dozen checks walk each paragraph, the regex runs once."""
    return tuple(_WORD.finditer(raw, start, end))


@lru_cache(maxsize=1024)
def _url_ranges(raw: str, start: int, end: int) -> tuple[Range, ...]:
    """Addresses and markup in ``raw[start:end]``: every check of a paragraph asks, the regex runs once."""
    return tuple(m.span() for m in _URL.finditer(raw, start, end))


def _is_prose_token(raw: str, s: int, e: int, urls: Sequence[Range]) -> bool:
    """Not part of a URL, e-mail, handle, hashtag or code-like string."""
    if urls and any(us <= s < ue for us, ue in urls):
        return False
    before = raw[s - 1] if s > 0 else " "
    after = raw[e] if e < len(raw) else " "
    if before in _TECH_NEIGHBOUR or after in _TECH_NEIGHBOUR:
        return False
    if before.isdigit() or after.isdigit():
        return False
    # "example.org", "gfs.bern": a dot glued on both sides of a word is an address or a brand.
    if before == "." and s > 1 and raw[s - 2].isalnum():
        return False
    return not (after == "." and e + 1 < len(raw) and raw[e + 1].isalnum())


def _sentence_initial(raw: str, pos: int, para_start: int) -> bool:
    """True when the word at ``pos`` starts a sentence, a quote or a bracket."""
    k = pos - 1
    while k >= para_start and raw[k] in " \t“\"‘'«([„—–-":
        if raw[k] in '“"‘«([„':
            return True
        k -= 1
    if k < para_start:
        return True
    if raw[k] in ".!?…:;":
        return True
    # "LAMPHUN – Longan farmers …": the first word after a wire dateline opens the report.
    dash = raw.rfind("–", k, pos) + raw.rfind("—", k, pos) + raw.rfind("-", k, pos) > -3
    return dash and bool(_DATELINE.fullmatch(raw, para_start, k + 1))


#: A wire dateline before its dash: "TARTU", "ROTORUA, New Zealand (RNZ)", "SÃO PAULO, Brazil".
_DATELINE = re.compile(r"(?:[^\W\d_a-zß-ÿ]{2,}[ .'’-]*)+(?:,\s*[^\W\d_][^.!?:;\n–—]{0,40})?(?:\s*\([^()\n]{1,40}\))?")


# --------------------------------------------------------------------------
# glued words and missing spaces


#: "talksResumed": a lowercase word glued to a capitalised one (compiled once: asked per word).
_CAMEL = re.compile(r"([a-z]{2,})([A-Z][a-z]+)")


def glued_word_flags(raw: str, paras: Iterable[Range]) -> list[Span]:
    """Lowercase non-words that split into two frequent words ("talksresumed")."""
    cfg = config()["glued"]
    paras = list(paras)
    counts: Counter[str] = Counter(m.group() for ps, pe in paras for m in _words(raw, ps, pe))
    names: Counter[str] = Counter(w for w in counts if w[:1].isupper() and w[1:].islower())
    # The article's own term ("tidemill", "tidemills" in the headline and body): counted over the
    # whole text, the plural folded into its singular.
    terms: Counter[str] = Counter(_singular(m.group().lower()) for m in _WORD.finditer(raw))
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _words(raw, ps, pe):
            tok = m.group()
            s, e = m.span()
            if (len(tok) < cfg["min_length"] and not _CAMEL.fullmatch(tok)) or not _is_prose_token(raw, s, e, urls):
                continue
            if "'" in tok or "’" in tok or "-" in raw[s - 1 : s] or "-" in raw[e : e + 1]:
                continue
            camel = _CAMEL.fullmatch(tok)
            if camel:
                left, right = camel.groups()
                if _camel_glued(left, right, names):
                    out.append(_camel_space(s, e, tok, left, right))
                continue
            z = _wordlist.zipf(tok.lower())
            if z >= cfg["typo_max_zipf"]:
                continue
            if not tok.islower():
                name_glue = _name_glued(tok, names) if counts[tok] == 1 and z < cfg["max_token_zipf"] else None
                if name_glue:
                    out.append(_glued(s, e, tok, *name_glue))
                    continue
                # "Theminister": a capitalised word that is a function word
                # glued to a word, used once (a name would recur or be known).
                if tok[0].isupper() and tok[1:].islower() and counts[tok] == 1 and _sentence_initial(raw, s, ps):
                    split = _wordlist.best_split(tok, min_zipf=cfg["min_part_zipf"])
                    # unknown, or a typo wordfreq knows far rarer than its words ("Andthe", "Ofthe")
                    rare = split is not None and (
                        z < cfg["max_token_zipf"] or (split.score - z >= cfg["typo_gap"] and len(split.right) > 2)
                    )
                    if rare and _wordlist.zipf(split.left.lower()) >= cfg["function_word_zipf"] and not _derived(split.left, split.right):
                        out.append(_glued(s, e, tok, split.left, split.right))
                    elif z < cfg["max_token_zipf"] and split is not None and split.right in cfg["closing_function_words"]:
                        # "Relationsbetween the two": a content word glued to the preposition after it
                        out.append(_glued(s, e, tok, split.left, split.right))
                elif tok[0].isupper() and tok[1:].islower() and counts[tok] == 1 and z < cfg["max_token_zipf"]:
                    # "The Nigerianside wants": a nationality glued to the plain word after it
                    split = _wordlist.best_split(tok, min_zipf=cfg["min_part_zipf"])
                    if (
                        split
                        and split.left in lx.nationality_adjectives()
                        and split.right.islower()
                        and not _derived(split.left, split.right)
                    ):
                        out.append(_glued(s, e, tok, split.left, split.right))
                continue
            split = _wordlist.best_split(tok, min_zipf=cfg["min_part_zipf"])
            if split and (_derived(split.left, split.right) or _inflected(tok)):
                continue
            if split and _repeated_compound(tok, split.left, terms):
                continue
            if split and not _article_fits(raw, e, pe, split.right):
                continue
            # Unknown to wordfreq, or a known typo ("thatthe") far rarer than its words.
            if split and (z < cfg["max_token_zipf"] or split.score - z >= cfg["typo_gap"]):
                out.append(_glued(s, e, tok, split.left, split.right))
            elif not split and z < cfg["max_token_zipf"]:
                three = _three_way_split(tok, cfg["min_part_zipf"])
                if three:
                    out.append(_glued(s, e, tok, three[0], f"{three[1]} {three[2]}"))
    return out


#: A figure glued to the capitalised word after it: the cells of a table run together ("KSh 50Omena").
_FIGURE_GLUE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d+)?)([A-Z][a-z]{2,})(?![\w’'-])")


def figure_glue_flags(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A number glued to the next cell's capitalised word: "Tilapia KSh 50Omena KSh 20".

    When a scraper flattens a table, each figure runs into the label of the
    next row. Only a capitalised word of three letters or more after at most
    three digits: "5G", "3D", "4K", "10km" and "2pm" are units and codes, and
    a year before a name ("2024Olympics") is left alone too. A table has rows,
    so one paragraph must hold two such cells: a brand alone ("1Password",
    "20Minuten") is not flagged.
    """
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        cells = list(_FIGURE_GLUE.finditer(raw, ps, pe))
        if len(cells) < 2:
            continue
        for m in cells:
            s, e = m.span()
            if any(us <= s < ue for us, ue in urls) or not _is_prose_token(raw, s, e, []):
                continue
            reading = f"{m.group(1)} {m.group(2)}"
            out.append(
                flag(
                    s,
                    e,
                    "glued-words",
                    f"A figure and a word run together: “{m.group()}” reads as “{reading}” (a table's cells flattened?).",
                    reading,
                )
            )
    return out


def _inflected(tok: str) -> bool:
    """A plural or verb form of a word English knows, though wordfreq lacks the form.

    "theremins" is not "there mins": "theremin" is a word (Zipf 2.0). The
    stem must be known at least at ``glued.inflected_stem_zipf``; "thenets"
    stays glued, as "thenet" is no word.
    """
    floor = config()["glued"]["inflected_stem_zipf"]
    stems = [tok[: -len(end)] + add for end, add in _INFLECTIONS if tok.endswith(end) and len(tok) - len(end) >= 4]
    return any(_wordlist.zipf(stem) >= floor for stem in stems)


#: Endings of English plurals and verb forms, and what the stem ends with instead.
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", ""))


def _camel_glued(left: str, right: str, names: Counter[str]) -> bool:
    """ "talksResumed", "withLindqvist", "theBundestag": a common word glued to a word or a name.

    The right half is a frequent English word, or a capitalised word the
    text also writes on its own (a name), or any capitalised word after one
    of the most frequent function words ("the", "of", "with"); the left half
    is frequent enough that "iPhone" or "eBay" style brands (one or two
    letters) never qualify, and brand prefixes ("myHeritage") are left alone.
    """
    cfg = config()["glued"]
    if left in cfg["camel_brand_prefixes"]:
        return False
    if _wordlist.zipf((left + right).lower()) >= cfg["camel_known_word_zipf"] and _wordlist.zipf(left) < cfg["function_word_zipf"]:
        return False  # "easyJet": a brand English writes as one word
    if _wordlist.zipf(left) < max(cfg["min_part_zipf"] + 0.5, _wordlist.part_threshold(left, cfg["min_part_zipf"])):
        return False
    if len(right) >= 3 and _wordlist.zipf(right.lower()) >= cfg["min_part_zipf"] + 0.5:
        return True
    if len(right) >= 3 and _wordlist.zipf(left) >= cfg["function_word_zipf"]:
        return True
    return names[right] > 0 and _wordlist.zipf(left) >= cfg["function_word_zipf"] - 1.0


def _name_glued(tok: str, names: Counter[str]) -> tuple[str, str] | None:
    """ "Dortmundon": a name the text writes on its own, glued to a short function word.

    The token is unknown to English and used once; its head is a capitalised
    word the text also writes alone, and its tail one of the most frequent
    English words of two to four letters ("on", "the", "and", "said" is too long).
    """
    cfg = config()["glued"]
    for n in range(2, min(4, len(tok) - 3) + 1):
        head, tail = tok[:-n], tok[-n:]
        if names[head] > 0 and tail.islower() and _wordlist.zipf(tail) >= cfg["name_tail_zipf"]:
            return head, tail
    return None


def _three_way_split(tok: str, min_zipf: float) -> tuple[str, str, str] | None:
    """ "inthecity" → ("in", "the", "city"): three frequent words, none a suffix."""
    best: tuple[float, tuple[str, str, str]] | None = None
    for i in range(2, len(tok) - 3):
        left = tok[:i]
        zl = _wordlist.zipf(left)
        if zl < _wordlist.part_threshold(left, min_zipf):
            continue
        rest = _wordlist.best_split(tok[i:], min_zipf=min_zipf)
        if rest is None or _derived(rest.left, rest.right):
            continue
        score = min(zl, rest.score)
        if best is None or score > best[0]:
            best = (score, (left, rest.left, rest.right))
    return best[1] if best else None


def _derived(left: str, right: str) -> bool:
    """A rare derivation, not two words: "financeable" = "finance" + "-able".

    The right half is a word that is also an English suffix, and the left one
    a content word (a function word before it, as in "wasable", is a glued
    "was able"); or the left half is a prefix ("micro-") before a content word.
    """
    cfg = config()["glued"]
    if left.lower() in cfg["prefix_words"] and _wordlist.zipf(right.lower()) < cfg["function_word_zipf"]:
        return True  # "microdistricts": a prefix before a content word is a compound
    return right.lower() in cfg["suffix_words"] and _wordlist.zipf(left.lower()) < cfg["function_word_zipf"]


def _singular(word: str) -> str:
    """``word`` without a plural "-s" (not "-ss"): "tidemills" and "tidemill" count as one term."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _repeated_compound(tok: str, left: str, terms: Counter[str]) -> bool:
    """A compound of two content words the article uses again and again: its own term, not a glued pair.

    Extraction and translation glue a pair once, where a line broke or a space
    fell out; an article that writes "tidemill" three times (headline, body,
    plural) uses a compound English writes as one word, though wordfreq
    hardly knows it. A function word on the left ("thatthe") stays glued
    however often it recurs.
    """
    cfg = config()["glued"]
    return terms[_singular(tok.lower())] >= cfg["repeated_compound_min"] and _wordlist.zipf(left.lower()) < cfg["function_word_zipf"]


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _article_fits(raw: str, end: int, para_end: int, right: str) -> bool:
    """False when a split's right half is "a" or "an" and the next word cannot follow it.

    "longan growers" is no "long an growers": English puts "an" only before
    a vowel (or a silent h) and "a" before a consonant, and an article
    before a function word ("an to", "a and") is no English at all; such a
    token is a word of its own (a fruit, a name) that wordfreq does not know.
    """
    article = right.lower()
    if article not in ("a", "an"):
        return True
    m = _NEXT_WORD.match(raw, end, para_end)
    if not m:
        return False
    nxt = m.group(1).lower()
    if _wordlist.zipf(nxt) >= config()["glued"]["function_word_zipf"]:
        return False
    vowel = nxt[0] in "aeiouh"
    return vowel if article == "an" else not vowel or nxt[0] in "hu" or nxt.startswith("one")


def _camel_space(s: int, e: int, tok: str, left: str, right: str) -> Span:
    """ "theMinistry": two words run together, as the issue's "relations" + "described"; the capital only shows where."""
    reading = f"{left} {right}"
    return flag(s, e, "glued-words", f"No space before the capital: “{tok}” should read “{reading}”.", reading)


def _glued(s: int, e: int, tok: str, left: str, right: str) -> Span:
    reading = f"{left} {right}"
    return flag(s, e, "glued-words", f"Two words run together: “{tok}” is not a word; it reads as “{reading}”.", reading)


_PUNCT_GLUE = re.compile(
    r"(?<![\w.@/:’'])([^\W\d_]*[a-z])([.!?])([A-Z][^\W\d_]+|[AI](?= [a-z]))|(?<![\w.@/:’'])([^\W\d_]*[a-z])([,;:])([^\W\d_]{2,})"
)


#: A closing quote mark, then punctuation glued to a word: "»,she", "”.The".
_MARK_PUNCT_GLUE = re.compile(r"((?<=[^\W\d_])[»”\"]|(?<=\s)[»”])([,;:.!?])([^\W\d_]{2,})")


def missing_space_flags(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A sentence or clause glued to the next one: "word.Next", "word,next", "»,next"."""
    tlds = set(config()["tlds"])
    cfg = config()["glued"]
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _PUNCT_GLUE.finditer(raw, ps, pe):
            s, e = m.span()
            left, punct, right = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            if any(us <= s < ue or us < e <= ue for us, ue in urls):
                continue
            # "repubblica.it" is an address, but "told reporters.It was" a new sentence:
            # addresses are written in lower case after a name, not after an English word.
            # (only a word English uses most, "It", "Us", opens that sentence; "example.De" stays an address)
            if right.lower() in tlds and not (
                right[0].isupper()
                and left.islower()
                and _wordlist.is_english_word(left, min_zipf=3.0)
                and _wordlist.zipf(right.lower()) >= cfg["function_word_zipf"]
            ):
                continue
            if not _is_prose_token(raw, s, e, []) or len(left) < 2:
                continue
            # Another dot right after ("U.S.Army.mil") means an abbreviation or address.
            if e < len(raw) and raw[e] == "." and e + 1 < len(raw) and raw[e + 1].isalpha():
                continue
            # Both sides English words; or, after a comma, a name or foreign word
            # ("Kuźnice,which") glued to an everyday function word.
            english = _wordlist.is_english_word(left, min_zipf=2.5) and _wordlist.is_english_word(right, min_zipf=2.5)
            clause = punct in ",;" and len(left) >= 3 and right.islower() and _wordlist.zipf(right) >= cfg["function_word_zipf"]
            # "in Gdańsk.The mayor": a name before the stop, a sentence's function word after it.
            # "waited for hours.A couple": "A" and "I" are words of one letter.
            sentence = (
                punct in ".!?"
                and len(left) >= 3
                and (right[1:].islower() or right in ("A", "I"))
                and _wordlist.zipf(right.lower()) >= cfg["function_word_zipf"]
            )
            # "in front of the port.Anadolu Agency reminded": a lowercase English word
            # ends the sentence, a name opens the next one and the sentence goes on.
            named = (
                punct == "."
                # "the newspaper The World.Echeverry will travel": a capitalised word of five
                # letters or more is no abbreviation ("Mrs.", "Gen.", "Corp.")
                and (left.islower() or (len(left) >= 5 and left[0].isupper() and left[1:].islower()))
                and len(left) >= 3
                and _wordlist.is_english_word(left, min_zipf=3.0)
                and len(right) >= 3
                and _name_cased(right)
                and bool(re.match(r" [^\W\d_]", raw[e : e + 2]))
            )
            # "published by the county:Tilapia …": a colon glued to what it introduces.
            # Only an English word before it and a capital after it: "javascript:alert",
            # "display:none" and "ratio 3:2" are code and numbers, not prose.
            colon = (
                punct == ":" and left.islower() and len(left) >= 3 and _wordlist.is_english_word(left, min_zipf=3.0) and _name_cased(right)
            )
            if punct == ":" and not colon:
                continue
            if not (english or clause or sentence or named or colon):
                continue
            reading = f"{left}{punct} {right}"
            out.append(flag(s, e, "missing-space", f"No space after “{punct}”: “{raw[s:e]}” should read “{reading}”.", reading))
        # "»,she", "”.The": punctuation after a closing quote mark, glued to the next word.
        for m in _MARK_PUNCT_GLUE.finditer(raw, ps, pe):
            s, e = m.start(1), m.end()
            right = m.group(3)
            if any(us <= s < ue for us, ue in urls) or not _wordlist.is_english_word(right, min_zipf=2.5):
                continue
            reading = f"{m.group(1)}{m.group(2)} {right}"
            out.append(flag(s, e, "missing-space", f"No space after “{m.group(2)}”: “{raw[s:e]}” should read “{reading}”.", reading))
        # "work.“Everything": an opening quote mark glued to the punctuation that ends a clause.
        for m in _PUNCT_OPEN_GLUE.finditer(raw, ps, pe):
            s, e = m.span()
            if any(us <= s < ue for us, ue in urls) or not _wordlist.is_english_word(m.group(1), min_zipf=2.5):
                continue
            reading = f"{m.group(1)}{m.group(2)} {m.group(3)}{m.group(4)}"
            out.append(flag(s, e, "missing-space", f"No space after “{m.group(2)}”: “{raw[s:e]}” should read “{reading}”.", reading))
    return out


#: A figure glued to a lowercase word: "300households", "40rural" (not "1990s", "4th", "10km", "5pm").
_FIGURE_WORD = re.compile(r"(?<![\w.,$€£¥/#@+-])(\d{1,4}(?:[.,]\d+)?)([a-z]{4,})(?![\w’'@/-])")
#: A closing bracket glued to the next word: "(SAPS)said", "(2019)The".
_BRACKET_WORD = re.compile(r"(?<![\w(])([(\[])([^()\[\]\n]{2,80})([)\]])([^\W\d_]{2,})(?![\w’'@/-])")
#: A closing curly mark right after a word or its punctuation, glued to the next word: "money,”said".
_CLOSE_MARK_WORD = re.compile(r"(?<=[^\W_]|[,.!?;:])([”»])([^\W\d_]{2,})(?![\w’'@/-])")
#: What a closing mark used as an apostrophe carries ("Ntshanga”s", "don”t", "we”ll").
_CONTRACTION_TAILS = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})


def _prose_span(raw: str, s: int, e: int, urls: Sequence[Range]) -> bool:
    """[s, e) is prose: in no web address, no handle, no code."""
    return not any(us <= s < ue or us < e <= ue for us, ue in urls) and _is_prose_token(raw, s, e, [])


def lost_space_flags(raw: str, paras: Iterable[Range]) -> list[Span]:
    """Spaces lost where the punctuation or a figure shows the boundary.

    Three shapes ``missing_space_flags`` does not read: a figure glued to a
    word ("300households": a lowercase word of four letters or more that
    English uses, so units and codes, "10km", "5pm", "4th", "1990s", "mp3",
    stay out, and so do the abbreviations ``glued.figure_units`` lists); a
    closing bracket glued to a word ("(SAPS)said"; "(s)he" and "word(s)"
    have a letter or two in the brackets or a word glued before them); a
    closing curly mark glued to a word ("money,”said"), the mark after a
    letter or punctuation so that it closes (the Swedish opening ” stands
    after a space) and the word no contraction a wrong apostrophe carries.
    The word after must be English (wordfreq) in every shape.
    """
    cfg = config()["glued"]
    units = set(cfg["figure_units"])
    min_zipf = cfg["lost_space_min_zipf"]
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)

        for m in _FIGURE_WORD.finditer(raw, ps, pe):
            figure, word = m.groups()
            if word in units or _wordlist.zipf(word) < min_zipf or not _prose_span(raw, *m.span(), urls):
                continue
            reading = f"{figure} {word}"
            out.append(flag(*m.span(), "glued-words", f"No space after the figure: “{m.group()}” should read “{reading}”.", reading))
        for m in _BRACKET_WORD.finditer(raw, ps, pe):
            inside, word = m.group(2), m.group(4)
            if len(inside.strip()) < 2 or _wordlist.zipf(word.lower()) < min_zipf or not _prose_span(raw, m.start(1), m.end(), urls):
                continue
            reading = f"{m.group(3)} {word}"
            message = f"No space after “{m.group(3)}”: “{raw[m.start(3) : m.end()]}” should read “{reading}”."
            out.append(flag(m.start(3), m.end(), "missing-space", message, reading))
        for m in _CLOSE_MARK_WORD.finditer(raw, ps, pe):
            mark, word = m.groups()
            if word.lower() in _CONTRACTION_TAILS or _wordlist.zipf(word.lower()) < min_zipf or not _prose_span(raw, *m.span(), urls):
                continue
            if mark == "»" and "«" not in raw[ps:pe]:
                continue  # Danish and Swedish open with »: "»Vi" is a quote's start
            reading = f"{mark} {word}"
            out.append(
                flag(*m.span(), "missing-space", f"No space after the closing mark: “{m.group()}” should read “{reading}”.", reading)
            )
    return out


#: A word, the punctuation that ends its clause, an opening curly mark glued on: "work.“Everything".
_PUNCT_OPEN_GLUE = re.compile(r"(?<![\w.@/:’'-])([^\W\d_]{2,})([.!?,;:])([“«„])([^\W\d_]{2,})")


# --------------------------------------------------------------------------
# quote marks


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    glyph: str
    role: str  # "open" | "close" | "glued" | "free": where it stands


def _marks(raw: str, start: int, end: int) -> list[Mark]:
    out = []
    code = _Ranges(_url_ranges(raw, start, end))
    for i in range(start, end):
        c = raw[i]
        if c not in _MARKS or i in code:
            continue
        before = raw[i - 1] if i > start else " "
        after = raw[i + 1] if i + 1 < end else " "
        if c == _STRAIGHT and before.isdigit():
            continue  # 5" is inches, not a quote mark
        left_free = before in _BEFORE_OPEN or before in _MARKS or before in "‘"
        right_free = after in _AFTER_CLOSE or after in _MARKS
        if left_free and not right_free:
            role = "open"
        elif right_free and not left_free:
            role = "close"
        elif left_free and right_free:
            role = "free"
        else:
            role = "glued"
        out.append(Mark(i, c, role))
    return out


#: Opening marks of one style: a quote carried over to the next paragraph
#: reopens with the mark it opened with ("“" and "„" are one family).
_MARK_FAMILY = {"“": "“„", "„": "“„", "«": "«", '"': '"'}


def _opens_paragraph(raw: str, para: Range, *, like: str | None = None) -> bool:
    """The paragraph opens with a quote mark (of the style of ``like`` when given).

    The news convention carries a quote over paragraphs by reopening it with
    the same mark; a straight quote left open before a paragraph that opens
    with “ is a quote never closed, not a quote carried over.
    """
    text = raw[para[0] : para[1]].lstrip()
    if not text:
        return False
    marks = _MARK_FAMILY.get(like, _OPEN_GLYPHS + _STRAIGHT) if like else _OPEN_GLYPHS + _STRAIGHT
    return text[0] in marks


def quote_mark_flags(raw: str, paras: Sequence[Range], quotes: Sequence[Span] = ()) -> tuple[list[Span], list[Range]]:
    """Mismatched and unclosed quote marks, and spaces missing around them.

    Marks are paired per paragraph, left to right, by glyph and position. A
    paragraph that ends inside a quote is fine when the next one opens with a
    quote mark (the news convention for quotes over several paragraphs).
    Returns the flags and the quoted regions found (for other detectors).
    """
    out: list[Span] = []
    regions: list[Range] = []
    unclosed_ends = {q.start - 1: q.end for q in quotes if q.attrs.get("marks") == "unclosed"}
    inward = _inward_guillemets(raw, paras)
    prev_open = False  # the paragraph before ended inside a quote
    for n, para in enumerate(paras):
        ps, pe = para
        open_at: int | None = None
        opener, opener_role = "", ""
        pending: Span | None = None  # an inward » opening, flagged once its close is known
        marks = _marks(raw, ps, pe)
        inner_until = -1  # a quote nested in another, of another style, ends here
        for k, mark in enumerate(marks):
            i, g, role = mark.pos, mark.glyph, mark.role
            if i <= inner_until:
                continue
            after = raw[i + 1] if i + 1 < pe else " "
            before = raw[i - 1] if i > ps else " "
            if open_at is None:
                if g == "»" and role == "open" and inward:
                    pending = _mismatch(raw, i, opening=True, reading="“")
                elif g in _CLOSE_GLYPHS and role == "open":
                    out.append(_mismatch(raw, i, opening=True, reading="“"))
                elif g in _CLOSE_GLYPHS:
                    if role in ("close", "glued") and not prev_open:
                        # A closing mark with nothing open: the opening mark is missing.
                        out.append(_orphan_close(raw, i, ps))
                    continue
                if role == "glued" and before.isalpha():
                    w = _word_before(raw, i, ps)
                    out.append(_space_flag(w, i + 1, raw, f"{raw[w:i]} {g}", "before"))
                open_at, opener, opener_role = i, g, role
                continue
            # A quote is open: this mark should close it.
            expected = _PAIRS.get(opener, g)
            if pending is not None:
                if g == "»" and role in ("close", "free"):
                    # »… now»: in an article that quotes »…«, the closing mark is the wrong one.
                    out.append(_mismatch(raw, i, opening=False, reading="«"))
                    regions.append((open_at + 1, i))
                    open_at, pending = None, None
                    continue
                out.append(pending)
                pending = None
            if g in _OPEN_GLYPHS and g not in expected and role == "open":
                inner = _nested_close(marks, k, expected)
                if inner is not None:
                    # «… “the wave” …»: a quote inside the quote, in the other style.
                    inner_until = inner
                    continue
                out.append(_unclosed(raw, open_at, i, unclosed_ends))
                open_at, opener, opener_role = i, g, role
                continue
            if g in _OPEN_GLYPHS and g not in expected:
                out.append(_mismatch(raw, i, opening=False, reading=expected[0]))
            elif g == _STRAIGHT and opener != _STRAIGHT and (role == "close" or (role == "free" and (i + 1 >= pe or after in ",.;:!?)"))):
                # « … " or „ … ": a straight mark closes a typographic quote.
                out.append(_straight_close(raw, i, opener, expected[0]))
            elif opener == _STRAIGHT and opener_role == "open" and g in _CLOSE_GLYPHS and role in ("close", "free"):
                # " … ” or " … »: a typographic mark closes a straight quote.
                out.append(_straight_close(raw, i, opener, _STRAIGHT))
            elif opener in _OPEN_GLYPHS and g in _CLOSE_GLYPHS and g not in expected and role in ("close", "free"):
                # “ … » or « … ”: two typographic styles in one quotation.
                out.append(_straight_close(raw, i, opener, expected[0]))
            regions.append((open_at + 1, i))
            open_at = None
            # "…”he", "…»a": a closing mark glued to the next word.
            if after.isalpha() and (role == "glued" or g != _STRAIGHT):
                w = _word_after(raw, i + 1, pe)
                closing = expected[0] if g in _OPEN_GLYPHS and g not in expected else g
                out.append(_space_flag(i, w, raw, f"{closing} {raw[i + 1 : w]}", "after"))
        prev_open = False
        if pending is not None and open_at is not None and n + 1 < len(paras) and _opens_paragraph(raw, paras[n + 1], like=opener):
            out.append(pending)  # carried over to the next paragraph: the inward pair's mark as before
        pending = None  # an inward » left open: the unclosed flag below says it
        if open_at is not None:
            if n + 1 < len(paras) and _opens_paragraph(raw, paras[n + 1], like=opener):
                regions.append((open_at + 1, pe))
            else:
                unclosed = _unclosed(raw, open_at, pe, unclosed_ends)
                out.append(unclosed)
                # The quote ends where it probably ends ("…saved. He added"), not at the paragraph end.
                regions.append((open_at + 1, unclosed.end))
                prev_open = True
    return out, regions


def _inward_guillemets(raw: str, paras: Sequence[Range]) -> bool:
    """The article quotes with inward guillemets »…« (Danish, some German), at least twice.

    Then » opens a quote, and a quote it opens that ends on » again ("»… now»")
    has the wrong closing mark, where a reading by English rules would blame
    the opening one; a » opening a quote left unclosed is said by the unclosed
    flag alone. Swedish and Finnish »…» pairs, with no « closing, are not this.
    """
    pairs = 0
    for ps, pe in paras:
        opened = False
        for mark in _marks(raw, ps, pe):
            if mark.glyph == "»" and mark.role == "open":
                opened = True
            elif mark.glyph == "«" and mark.role in ("close", "free") and opened:
                pairs += 1
                opened = False
    return pairs >= 2


def _nested_close(marks: Sequence[Mark], k: int, outer: str) -> int | None:
    """Where the quote opened by ``marks[k]`` closes, when a close of the outer quote follows it."""
    closing = _PAIRS.get(marks[k].glyph, "")
    for j in range(k + 1, len(marks)):
        if marks[j].glyph in closing and marks[j].role in ("close", "free"):
            if any(m.glyph in outer and m.role in ("close", "free") for m in marks[j + 1 :]):
                return marks[j].pos
            return None
    return None


def _word_before(raw: str, i: int, floor: int) -> int:
    k = i
    while k > floor and (raw[k - 1].isalnum() or raw[k - 1] in "'’-"):
        k -= 1
    return k


def _word_after(raw: str, i: int, ceil: int) -> int:
    k = i
    while k < ceil and (raw[k].isalnum() or raw[k] in "'’-"):
        k += 1
    return k


def _mismatch(raw: str, i: int, *, opening: bool, reading: str) -> Span:
    g = raw[i]
    if opening:
        end = _word_after(raw, i + 1, len(raw))
        text = reading + raw[i + 1 : end]
        return flag(i, max(end, i + 1), "quote-mismatch", f"A closing quote mark ({g}) is used to open this quotation.", text)
    start = _word_before(raw, i, 0)
    text = raw[start:i] + reading
    return flag(start, i + 1, "quote-mismatch", f"An opening quote mark ({g}) is used to close this quotation.", text)


def _straight_close(raw: str, i: int, opener: str, reading: str) -> Span:
    """A quotation opened with one style and closed with another (« … ", " … ”)."""
    start = _word_before(raw, i, 0)
    if start == i and i > 0 and raw[i - 1] == " ":
        start = _word_before(raw, i - 1, 0)  # French spacing: "city \""
    text = raw[start:i] + reading
    message = f"This quotation opens with {opener} but closes with {raw[i]}: the marks do not match."
    return flag(start, i + 1, "quote-mismatch", message, text)


def _orphan_close(raw: str, i: int, ps: int) -> Span:
    start = _word_before(raw, i, ps)
    return flag(start, i + 1, "quote-unclosed", "This closing quote mark has no opening mark: where the quotation starts is unclear.", None)


def _space_flag(s: int, e: int, raw: str, reading: str, where: str) -> Span:
    return flag(s, e, "missing-space", f"A space is missing {where} the quote mark.", reading)


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = "|".join(sorted(config()["attribution_cues"], key=len, reverse=True))
    pronouns = "|".join(config()["pronouns"]["male"] + config()["pronouns"]["female"] + ["they", "it", "we", "i"])
    # The pronoun may be glued to the last quoted word ("ended todayhe said").
    return re.compile(rf"(?:,\s*|\s+|(?<=[a-z]))(?:(?:{pronouns})\s+)(?:{cues})\b|,\s+(?:{cues})\b", re.IGNORECASE)


def _unclosed(raw: str, open_at: int, limit: int, known_ends: dict[int, int]) -> Span:
    """The quote opened at ``open_at`` is never closed; guess where it ends."""
    end = known_ends.get(open_at)
    cue = _cue_pattern().search(raw, open_at + 1, limit)
    if end is None or end > limit:
        end = cue.start() if cue else limit
    while end > open_at + 1 and raw[end - 1] in " ,;":
        end -= 1
    end = max(end, _word_after(raw, open_at + 1, limit), open_at + 1)
    if cue and cue.start() <= end:
        tail = raw[cue.start() : cue.end()].strip(" ,")
        last = raw[_word_before(raw, end, open_at + 1) : end]
        suggestion: str | None = f"{last}”, {tail}"
        message = f"This quotation is never closed; it probably ends before “{tail}”."
    else:
        suggestion = None
        message = "This quotation is never closed: where it ends is unclear."
    return flag(open_at, end, "quote-unclosed", message, suggestion)


# --------------------------------------------------------------------------
# untranslated fragments


@lru_cache(maxsize=65536)  # pure (word lists and config); asked for every word of every paragraph
def _token_class(word: str, langs: tuple[str, ...], *, initial: bool) -> str | None:
    """How foreign a word looks, or None for an English word (a run breaker).

    "F": frequent in another language, rare in English; "FC": the same but
    capitalised mid-sentence (a noun in German, or a name), or a word English
    does not know that is less frequent elsewhere: it counts only next to an F; "S": a short function word of both ("a", "de", "la");
    "W": an English word far more frequent in another language ("mesa").
    """
    cfg = config()["untranslated"]
    lang = _wordlist.foreign_language(word, langs, max_en=cfg["max_en"], min_other=cfg["min_other"], margin=cfg["margin"])
    if lang or _strong_single(word, langs):
        return "FC" if _capitalised(word) and not initial else "F"
    w = word.lower()
    if _wordlist.zipf(w) < cfg["single_max_en"] and any(_wordlist.zipf(w, x) >= cfg["noun_min_other"] for x in langs):
        return "FC"  # unknown in English, known elsewhere: joins a fragment
    if _capitalised(word) and not initial:
        return None
    if len(word) <= 3 and _wordlist.shared_word(word, langs):
        return "S"
    en = _wordlist.zipf(word.lower())
    if en < cfg["weak_max_en"] and any(_wordlist.zipf(word.lower(), lang) >= max(cfg["min_other"], en + 1.0) for lang in langs):
        return "W"
    return None


def _capitalised(word: str) -> bool:
    """A capitalised word, also after an elided article: "d'Animació", "l'Aquila", "dell'Orto"."""
    return word[0].isupper() or bool(("'" in word or "’" in word) and _ELIDED_CAPITAL.match(word))


_ELIDED_CAPITAL = re.compile(r"[a-z]{1,4}['’][A-Z]")


def _window_language(words: list[str], langs: tuple[str, ...]) -> str | None:
    """The language where the window's words are clearly most frequent, or None.

    a two-word fragment often fits several Romance languages equally: then no name.
    """
    scores = sorted(((sum(_wordlist.zipf(w.lower(), lang) for w in words), lang) for lang in langs), reverse=True)
    if len(scores) > 1 and scores[0][0] - scores[1][0] < config()["untranslated"]["language_margin"]:
        return None
    return scores[0][1]


def _runs(raw: str, ps: int, pe: int, langs: tuple[str, ...]) -> list[list[tuple[re.Match[str], str]]]:
    """Maximal runs of non-English words, unbroken by punctuation."""
    runs: list[list[tuple[re.Match[str], str]]] = []
    current: list[tuple[re.Match[str], str]] = []
    prev_end = None
    urls = _url_ranges(raw, ps, pe)
    for m in _words(raw, ps, pe):
        gap = raw[prev_end : m.start()] if prev_end is not None else ""
        brk = prev_end is None or gap.strip() != ""
        prose = _is_prose_token(raw, m.start(), m.end(), urls) and not (len(m.group()) > 1 and m.group().isupper())
        # Only a capitalised word's class depends on where it stands (the only costly question here).
        cls = _token_class(m.group(), langs, initial=_capitalised(m.group()) and _sentence_initial(raw, m.start(), ps)) if prose else None
        if brk or cls is None:
            if current:
                runs.append(current)
            current = []
        if cls is not None:
            current.append((m, cls))
        prev_end = m.end()
    if current:
        runs.append(current)
    return runs


def _strong_single(word: str, langs: tuple[str, ...]) -> bool:
    """A word English does not know at all but another language uses often."""
    cfg = config()["untranslated"]
    w = word.lower()
    return (
        len(w) >= 5
        and _wordlist.zipf(w) < cfg["single_max_en"]
        and any(_wordlist.zipf(w, lang) >= cfg["single_min_other"] for lang in langs)
    )


def untranslated_flags(raw: str, paras: Iterable[Range], langs: tuple[str, ...]) -> list[Span]:
    """Runs of words frequent in another language and rare in English.

    A window needs two foreign words (one when it fills a bracket, as
    translators' notes do, or when English does not know the word at all),
    one of them in lowercase (a run of capitalised foreign words is a name),
    and py3langid must agree that it is not English.
    """
    paras = list(paras)
    out = []
    for ps, pe in paras:
        for run in _runs(raw, ps, pe, langs):
            found = _fragment(raw, run, ps, pe, langs) or _common_phrase(raw, run, langs)
            if found:
                out.append(found)
    out = _merge_fragments(raw, out, langs)
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _rare_foreign_words(raw, paras, langs) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _quoted_compounds(raw, paras, langs) if f.start not in taken]
    # An opener takes in a fragment found inside it ("Nel frattempo", not "frattempo").
    openers = _foreign_openers(raw, paras, langs)
    out = [f for f in out if not any(o.start <= f.start and f.end <= o.end for o in openers)]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in openers if f.start not in taken]
    out = [_extend_fragment(raw, f, paras, langs) for f in out]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _foreign_script_runs(raw, paras) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _tone_marked_runs(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    # A whole quote left in its language takes in the single words found inside it ("Pozor" of "Pozor, medveď").
    quotes = _unknown_word_quotes(raw, paras)
    quotes += [q for q in _langid_quotes(raw, paras) if not any(o.start == q.start for o in quotes)]
    out = [f for f in out if not any(q.start <= f.start and f.end <= q.end and (q.start, q.end) != (f.start, f.end) for q in quotes)]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in quotes if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _unknown_accented_runs(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _unknown_word_runs(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _foreign_honorifics(raw, paras) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _unknown_determined_words(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _name_words_as_nouns(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    out.sort(key=lambda f: f.start)
    return [
        f
        for f in out
        if not _quoted_title(raw, f.start, f.end)
        and not _unquoted_title(raw, f.start, f.end)
        and not _named_original(raw, f.start, f.end)
        # a gloss excuses a term an English writer may keep ("ley mordaza (gag law)"), not
        # a word in a script the reader cannot read ("the ماء (water) sector")
        and not (_glossed(raw, f.start, f.end) and not _SCRIPT_RUN.fullmatch(raw[f.start : f.end]))
        and not _reduplicated(raw[f.start : f.end])
    ]


#: A determiner, then a lowercase word: "the korteriühistu", "the gamgebeli".
_DETERMINED_WORD = re.compile(r"\b(?:the|a|an|its|their|this|that|these|those)\s+([a-zà-ÿ][^\W\d_]{5,})(?![\w’'@/-])", re.IGNORECASE)
#: English prefixes and suffixes, for words wordfreq lacks but English builds ("unfundable", "geofenced").
_EN_PREFIXES = (
    "un",
    "re",
    "dis",
    "non",
    "pre",
    "mis",
    "over",
    "under",
    "out",
    "co",
    "de",
    "anti",
    "sub",
    "super",
    "inter",
    "multi",
    "micro",
    "geo",
    "eco",
    "bio",
)
_EN_SUFFIXES = (
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "er",
    "ers",
    "able",
    "ible",
    "ness",
    "less",
    "ly",
    "ment",
    "ments",
    "ism",
    "ist",
    "ize",
    "ise",
    "ful",
    "ity",
)


def _english_build(word: str, depth: int = 2) -> bool:
    """Is ``word`` an English word, or one English builds from a known stem with its affixes?"""
    if _wordlist.zipf(word) >= config()["untranslated"]["determined_word_max_en"]:
        return True
    if depth == 0:
        return False
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and _english_build(word[: -len(suffix)], depth - 1):
            return True
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and _english_build(word[: -len(suffix)] + "e", 0):
            return True
    return any(word.startswith(p) and len(word) - len(p) >= 3 and _english_build(word[len(p) :], depth - 1) for p in _EN_PREFIXES)


def _unknown_determined_words(raw: str, paras: Iterable[Range]) -> list[Span]:
    """One lowercase word English has never seen, after a determiner: "the korteriühistu must check".

    After "the", "a", "its" English writes a common noun; one that wordfreq's
    English list does not hold at all (nor English builds from a known stem:
    "unfundable", "geofenced"), that splits into no two English words and
    that the article never capitalises (a name) is a word of the source
    language left in the translation, whichever language it is. A word the
    article writes three times or more is its own term for a local
    institution ("the akimat", as English-language papers of Kazakhstan
    write it), as "tidemill" is in :func:`_repeated_compound`.
    """
    counts = Counter(m.group().lower() for m in _WORD.finditer(raw))
    out = []
    for w, s, e in _lowercase_after_determiner(raw, paras, _DETERMINED_WORD):
        if counts[w] >= config()["glued"]["repeated_compound_min"]:
            continue
        if _english_build(w) or _wordlist.best_split(w, min_zipf=config()["glued"]["min_part_zipf"]):
            continue
        out.append(flag(s, e, "untranslated", f"Left untranslated: “{w}” is no English word, where English writes a noun.", None))
    return out


def _lowercase_after_determiner(raw: str, paras: Iterable[Range], pattern: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
    """Each word ``pattern`` finds after a determiner (its group 1) that is
    lowercase, in running prose, and never capitalised in the article (so no
    one's name here): the candidates both checks of a source-language noun
    start from."""
    paras = list(paras)
    capitalised = {m.group().lower() for ps, pe in paras for m in _words(raw, ps, pe) if m.group()[:1].isupper()}
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in pattern.finditer(raw, ps, pe):
            w = m.group(1)
            s, e = m.span(1)
            if w.islower() and w not in capitalised and _is_prose_token(raw, s, e, urls):
                yield w, s, e


#: A short lowercase word after a determiner: "the rais of …", "signed a dina".
_DETERMINED_SHORT = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+([a-zà-ÿ][^\W\d_]{2,})(?![\w’'@/-])", re.IGNORECASE)


def _name_words_as_nouns(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A word English knows only as a given name, written lowercase as a noun: "the rais told", "signed a dina".

    The word lists cannot tell such a word of the source language (Tajik
    "rais", head; Malagasy "dina", a village pact) from English: English
    spells it too, as a name. Two signals: English hardly uses it as a word
    (Zipf below ``untranslated.name_noun_max_en``; "rose", "mark", "will" are
    common words), and the article writes it in lowercase after a determiner
    and never capitalises it, so it is no one's name here.
    """
    names = _first_names()  # not the less attested ones: many are words elsewhere ("tapas", "arson")
    ceiling = config()["untranslated"]["name_noun_max_en"]
    out = []
    for w, s, e in _lowercase_after_determiner(raw, paras, _DETERMINED_SHORT):
        if w not in names:
            continue
        # "the alma mater": a rare word after it makes a phrase English keeps.
        after = _WORD_AFTER.match(raw, e)
        if after and after.group(1).islower() and _wordlist.zipf(after.group(1)) < ceiling:
            continue
        if _wordlist.zipf(w) >= ceiling or re.match(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]", raw[e : e + 12]):
            continue  # "the akim Bakhyt Sarsenov", "the akim of Shymkent": a local title, as English papers there write it
        out.append(
            flag(
                s,
                e,
                "untranslated",
                f"Left untranslated: “{w}” is an English given name, not a noun: a word of the source language.",
                None,
            )
        )
    return out


@cache
def _honorific_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(config()["untranslated_honorifics"], key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])({words})(?=[ \t]+[A-Z][^\W\d_])", re.IGNORECASE)


def _foreign_honorifics(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A title of address left in the source language before a name: "Mheshimiwa George Ouma", "Pani Nowak".

    Translation renders "Mr", "Mrs" or "Honourable"; the list in damage.yml
    holds only forms English prose never borrows (not "Monsieur", "Herr" or
    "Don", which English writers use on purpose, nor "Pan", "Pak", "Bu",
    which are English words or names too).
    """
    out = []
    for ps, pe in paras:
        for m in _honorific_regex().finditer(raw, ps, pe):
            word = m.group(1)
            glued = re.fullmatch(r"[a-z]{1,3}-[^\W\d_]+", word) is not None and word.split("-", 1)[1][:1].isupper()
            if not (word[0].isupper() or glued):
                continue  # a lower-case form is an English word ("pani"), unless a glued article opens it ("il-Perit")
            message = f"Left untranslated: “{word}” is not English but a title of address in the source language (in English: Mr, Mrs or Honourable)."
            out.append(flag(m.start(1), m.end(1), "untranslated", message, None))
        for m in _honorific_after_regex().finditer(raw, ps, pe):
            word = m.group(1)
            message = f"Left untranslated: “{word}” is not English but a title of address in the source language (in English: Mr or Mrs before the name)."
            out.append(flag(m.start(1), m.end(1), "untranslated", message, None))
    return out


@cache
def _honorific_after_regex() -> re.Pattern[str]:
    """A title that follows a capitalised name and closes it: "Kemal Aydın Bey," (not "Hakan Bey Tekinalp")."""
    words = "|".join(re.escape(w.capitalize()) for w in sorted(config()["untranslated_honorifics_after"], key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_][a-zçğıöşü] )({words})(?=[,.;:!?)]|\s+[a-z])")


def _reduplicated(text: str) -> bool:
    """One word said twice: "boda boda", "piri piri", "tuk tuk" are loanwords English keeps, not fragments."""
    words = [w.lower() for w in re.split(r"[\s\-‐]+", text.strip()) if w]
    return len(words) >= 2 and len(set(words)) == 1


#: The words between a pair of quote marks, in any of the usual styles.
_QUOTED = re.compile(r"“([^“”\n]{3,200})”|«\s*([^«»\n]{3,200}?)\s*»|\"([^\"\n]{3,200})\"|„([^„“”\n]{3,200})[“”]")


def _unknown_word_quotes(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A quote in a language the word lists do not hold: "Hatutalipa hata shilingi moja zaidi".

    Swahili, Greek in Latin letters, Tagalog, Yoruba and many more have no
    frequency list to tell their words, yet English tells its own: a quote of
    two or more words where no word is common in English (Zipf below
    ``untranslated.unknown_quote_max_en``) and some lowercase word is unknown
    to it (below ``single_max_en``) was left in its language. Every English
    sentence has a frequent function word, and a quoted name is capitalised.
    A quote of four words or more may hold a word English also uses ("chai",
    "ang"), yet no English clause that long lacks a very frequent word
    (``unknown_clause_max_en``); one of five words or more where two thirds
    of the words are lowercase words English hardly knows (below
    ``unknown_quote_max_en``) is foreign even
    with a frequent one among them ("nuk kemi as drita as ujë").
    """
    cfg = config()["untranslated"]
    out = []
    for s, e, words in _quoted_words(raw, paras, 2):
        zipfs = [_wordlist.zipf(w.group().lower()) for w in words]
        unknown = [w for w, z in zip(words, zipfs, strict=True) if z < cfg["single_max_en"] and w.group().islower()]
        # A clause of four words or more has a frequent function word in English ("we", "the", "not").
        ceiling = cfg["unknown_clause_max_en"] if len(words) >= 4 else cfg["unknown_quote_max_en"]
        # A long clause of words English does not know may share a short one with it ("as", "to", "me").
        rare = [
            z
            for i, (w, z) in enumerate(zip(words, zipfs, strict=True))
            if z < cfg["unknown_quote_max_en"] and (i == 0 or w.group().islower())
        ]
        mostly_unknown = len(words) >= 5 and len(rare) >= 2 * len(words) / 3
        if (max(zipfs) >= ceiling and not mostly_unknown) or not unknown:
            continue
        text = raw[s:e].rstrip(",.;:!? ")
        message = f"Left untranslated: “{text}” is not English (a quote left in the source language)."
        out.append(flag(s, s + len(text), "untranslated", message, None))
    return out


def _quoted_words(raw: str, paras: Iterable[Range], min_words: int) -> Iterator[tuple[int, int, list[re.Match[str]]]]:
    """Each quote's inner span and words, for the checks that read a quote as
    one utterance: quotes shorter than ``min_words`` or holding a figure are
    left out (a figure is no language's)."""
    for ps, pe in paras:
        for m in _QUOTED.finditer(raw, ps, pe):
            k = next(i for i in range(1, 5) if m.group(i) is not None)
            s, e = m.start(k), m.end(k)
            words = _words(raw, s, e)
            if len(words) >= min_words and not re.search(r"\d", raw[s:e]):
                yield s, e, words


def _langid_quotes(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A quote whose words English also spells, left in a language no word list holds.

    "Sadi mehnat da mull do", "Man in bog kor kardam tamom sol": "do", "man",
    "in" are frequent English words, so no word tells the quote apart; the
    run does. Two signals: half the words or more are not common in English
    (Zipf below ``untranslated.langid_quote_max_en``), one of them in lowercase,
    and language identification over the whole quote, among every language
    it knows, does not rank English first and gives it less than
    ``langid_quote_p_en``. An English quote of three words or more has its
    function words and scores English clearly.
    """
    cfg = config()["untranslated"]
    out = []
    for s, e, words in _quoted_words(raw, paras, 3):
        rare = [w for w in words if _wordlist.zipf(w.group().lower()) < cfg["langid_quote_max_en"]]
        if 2 * len(rare) < len(words) or not any(w.group().islower() for w in rare):
            continue
        english_first, p_en = _langid.english_rank(raw[s:e])
        if english_first or p_en >= cfg["langid_quote_p_en"]:
            continue
        text = raw[s:e].rstrip(",.;:!? ")
        message = f"Left untranslated: “{text}” is not English (a quote left in the source language)."
        out.append(flag(s, s + len(text), "untranslated", message, None))
    return out


#: The word right before a position (spaces or tabs between), and right after one.
_WORD_BEFORE = re.compile(r"(?<![\w’'])([^\W\d_]+(?:['’][^\W\d_]+)*)(?=[ \t]+$)")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+(?:['’][^\W\d_]+)*)(?![\w’'])")


def _extend_fragment(raw: str, f: Span, paras: Sequence[Range], langs: tuple[str, ...]) -> Span:
    """The fragment with the words around it that belong to its language, not to English.

    "Borská sklárna je pro město symbolem": the runs see only "město
    symbolem", as wordfreq's small Czech list lacks "sklárna" and "je", "pro"
    are English words too. A neighbour joins when English does not know it
    (Zipf below ``single_max_en``) or the fragment's language uses it far more
    (by ``margin``); a capitalised one only when it opens the sentence (a name
    stays out), and punctuation always stops the fragment.
    """
    cfg = config()["untranslated"]
    para = next(((ps, pe) for ps, pe in paras if ps <= f.start < pe), None)
    if para is None:
        return f
    ps, pe = para
    lang = langs[0] if len(langs) == 1 else _window_language(_WORD.findall(raw[f.start : f.end]), langs)
    if lang is None:
        return f

    def belongs(m: re.Match[str]) -> bool:
        w = m.group(1).lower()
        en = _wordlist.zipf(w)
        if m.group(1)[0].isupper() and not _sentence_initial(raw, m.start(1), ps):
            return False
        return en < cfg["single_max_en"] or _wordlist.zipf(w, lang) - en >= cfg["margin"]

    s, e = f.start, f.end
    while (prev := _WORD_BEFORE.search(raw, ps, s)) and belongs(prev):
        s = prev.start(1)
        if _sentence_initial(raw, s, ps):
            break
    while (nxt := _WORD_AFTER.match(raw, e, pe)) and belongs(nxt):
        e = nxt.end()
    if (s, e) == (f.start, f.end):
        return f
    name = LANGUAGE_NAMES.get(lang, lang)
    return flag(s, e, "untranslated", f"Left untranslated: “{raw[s:e]}” is not English; it looks like {name}.", None)


#: Letters of the scripts an English text does not write in: Greek, Cyrillic,
#: Armenian, Hebrew, Arabic, the Indic scripts and Thai, Georgian, Hangul, kana and CJK.
_FOREIGN_SCRIPT = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0900-\u0e7f\u10a0-\u10ff\u1100-\u11ff\uac00-\ud7af"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    # Syriac, Thaana, Lao, Tibetan, Myanmar, Ethiopic, Khmer, Mongolian, Tifinagh.
    "\u0700-\u074f\u0780-\u07bf\u0e80-\u0fff\u1000-\u109f\u1200-\u139f\u1780-\u18af\u2d30-\u2ddf"
)
#: One run over spaces, hyphens and the commas of a clause ("අලි … එනවා, අපිට …"): one fragment, one flag.
_SCRIPT_RUN = re.compile(rf"[{_FOREIGN_SCRIPT}]+(?:(?:[\s\-‐'’]+|[,;،、]\s*)[{_FOREIGN_SCRIPT}]+)*")


#: Greek letters, which English text uses as symbols ("α", "Δt", "μg").
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _foreign_script_runs(raw: str, paras: Iterable[Range]) -> list[Span]:
    """Words in another script in an English text: "under the system of البناء والتشغيل".

    Machine translation leaves a phrase it cannot parse in the source
    script. A run in brackets is the original form given after the English
    one ("Al-Ahram (الأهرام)"), not damage. Too short to be a phrase (one
    letter, as a Greek "α" in a formula) stays silent: two words, or two
    letters ("ماء", a word of three), four in Greek, whose letters name
    quantities ("Δt", "μm").
    """
    out = []
    for ps, pe in paras:
        for m in _SCRIPT_RUN.finditer(raw, ps, pe):
            s, e = m.span()
            letters = sum(1 for c in m.group() if c.isalpha())
            words = len(m.group().split())
            if words < 2 and letters < (4 if _GREEK.search(m.group()) else 2):
                continue
            before = raw[max(ps, s - 2) : s].strip()
            after = raw[e : e + 2].strip()
            if before.endswith(("(", "[")) and after.startswith((")", "]")):
                continue
            message = f"Left untranslated: “{m.group()}” is not English; it is written in another script."
            out.append(flag(s, e, "untranslated", message, None))
    return out


#: Letters only Vietnamese writes among Latin scripts: the stacked tone marks
#: (U+1EA0–U+1EF9: "ờ", "ạ", "ễ") and the horned or barred "ơ", "ư", "đ".
_TONE_MARKED = re.compile(r"[\u1ea0-\u1ef9ơưđƠƯĐ]")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def _tone_marked_runs(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A clause left in Vietnamese: "“Bây giờ không ai dám ra khơi”, he said".

    wordfreq's lists cannot tell Vietnamese syllables ("ai", "ra") from
    English, but its letters can: two words with letters no other Latin
    script uses, in one run of lowercase words, are a clause, not a name
    ("Trần Thị Lan" capitalises every word). The run takes in the words
    around it that carry any accent ("Bây", "dám").
    """
    out = []
    for ps, pe in paras:
        words = list(_LATIN_WORD.finditer(raw, ps, pe))
        i = 0
        while i < len(words):
            j = i
            # A run: words separated by spaces only, lowercase after its first word.
            while j + 1 < len(words) and raw[words[j].end() : words[j + 1].start()] == " " and words[j + 1].group().islower():
                j += 1
            run = words[i : j + 1]
            marked = [k for k, w in enumerate(run) if _TONE_MARKED.search(w.group()) and w.group().islower()]
            if len(marked) >= 2:
                lo, hi = marked[0], marked[-1]
                while lo > 0 and not run[lo - 1].group().isascii():
                    lo -= 1
                while hi + 1 < len(run) and not run[hi + 1].group().isascii():
                    hi += 1
                s, e = run[lo].start(), run[hi].end()
                out.append(flag(s, e, "untranslated", f"Left untranslated: “{raw[s:e]}” is Vietnamese, not English.", None))
            i = j + 1
    return out


def _unknown_accented_runs(raw: str, paras: Iterable[Range]) -> list[Span]:
    """Lowercase words of a language no word list holds: "the poľovnícke združenie".

    Two or more lowercase words in a row that English does not know at all
    (Zipf below ``untranslated.single_max_en``), one of them with a letter
    English never writes (ľ, ž, ř, ą, ő …): a phrase left in its language.
    A name capitalises its words; a borrowed word ("café") is known to English.
    """
    cfg = config()["untranslated"]
    out = []
    for ps, pe in paras:
        words = list(_LATIN_WORD.finditer(raw, ps, pe))
        i = 0
        while i < len(words):
            j = i
            while (
                j < len(words)
                and words[j].group().islower()
                and len(words[j].group()) >= 3
                and _wordlist.zipf(words[j].group()) < cfg["single_max_en"]
                and (j == i or raw[words[j - 1].end() : words[j].start()] == " ")
            ):
                j += 1
            run = words[i:j]
            if len(run) >= 2 and any(not w.group().isascii() for w in run):
                s, e = run[0].start(), run[-1].end()
                out.append(flag(s, e, "untranslated", f"Left untranslated: “{raw[s:e]}” is not English.", None))
            i = max(j, i + 1)
    return out


def _unknown_word_runs(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A lowercase clause of a language no word list holds: "tuko pamoja katika hili".

    A run of lowercase words (one- and two-letter words may bridge it) whose
    words of three letters or more are all rare in English (Zipf below
    ``untranslated.unknown_run_word_max_en``), two of them of four letters or
    more practically unknown to it (below ``untranslated.unknown_run_max_en``):
    English prose never strings two unknown words together, while Swahili,
    Welsh, Tagalog or Slovene left in a translation does. A name capitalises
    its words; a borrowed word is known to English.
    """
    cfg = config()["untranslated"]
    rare, unknown = cfg["unknown_run_word_max_en"], cfg["unknown_run_max_en"]
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        words = [m for m in _LATIN_WORD.finditer(raw, ps, pe) if _is_prose_token(raw, m.start(), m.end(), urls)]

        def member(m: re.Match[str]) -> bool:
            w = m.group()
            return w.islower() and (len(w) <= 2 or _wordlist.zipf(w) < rare)

        i = 0
        while i < len(words):
            j = i
            while j < len(words) and member(words[j]) and (j == i or raw[words[j - 1].end() : words[j].start()] == " "):
                j += 1
            run = words[i:j]
            while run and len(run[0].group()) <= 2:
                run = run[1:]
            while run and len(run[-1].group()) <= 2:
                run = run[:-1]
            if sum(1 for w in run if len(w.group()) >= 4 and _wordlist.zipf(w.group()) < unknown) >= 2:
                s, e = run[0].start(), run[-1].end()
                out.append(flag(s, e, "untranslated", f"Left untranslated: “{raw[s:e]}” is not English.", None))
            i = max(j, i + 1)
    return out


def _opener_word(word: str, lang: str, cfg: dict[str, Any]) -> bool:
    """A word of a foreign opener: frequent in ``lang`` and rare in English, or far more frequent there ("nel")."""
    en, other = _wordlist.zipf(word), _wordlist.zipf(word, lang)
    return other >= cfg["opener_min_other"] and (en < cfg["opener_max_phrase_en"] or other - en >= cfg["opener_phrase_margin"])


def _foreign_openers(raw: str, paras: Iterable[Range], langs: tuple[str, ...]) -> list[Span]:
    """A connective left in the source language at a sentence start: "Intanto, …", "Nel frattempo, …".

    Its capital is the sentence's, so the run detector takes it for a name.
    Two signals make it a word: English does not know it at all (Zipf below
    ``untranslated.opener_max_en``; names in the news reach English corpora)
    and it is among the most frequent words of a source language (Zipf at
    least ``untranslated.opener_min_other``); then the sentence goes on.
    One or two words more of that language may follow ("Nel frattempo"),
    each rare in English or far more frequent in that language.
    """
    cfg = config()["untranslated"]
    out = []
    for ps, pe in paras:
        words = _words(raw, ps, pe)
        for k, m in enumerate(words):
            w = m.group()
            if not w[:1].isupper() or len(w) < 3 or not _sentence_initial(raw, m.start(), ps):
                continue
            if w.lower() in _more_places() or _fold(w) in _first_names():
                continue
            phrase = [m]
            for nxt in words[k + 1 : k + 3]:
                if raw[phrase[-1].end() : nxt.start()] != " " or not nxt.group().islower():
                    break
                phrase.append(nxt)
            best: tuple[int, str] | None = None
            for lang in langs:
                for n in range(len(phrase), 0, -1):
                    ws = [p.group().lower() for p in phrase[:n]]
                    if all(_opener_word(x, lang, cfg) for x in ws) and any(
                        _wordlist.zipf(x) < cfg["opener_max_en"] and _wordlist.zipf(x, lang) >= cfg["opener_min_other"] for x in ws
                    ):
                        if best is None or n > best[0]:
                            best = (n, lang)
                        break
            if not best:
                continue
            n, lang = best
            s, e = phrase[0].start(), phrase[n - 1].end()
            after = raw[e : e + 3]
            if not re.match(r",\s|\s[a-z]", after):
                continue  # the sentence must go on: "Intanto, the mayor …", "Unterdessen warn experts"
            text = raw[s:e]
            message = f"Left untranslated: “{text}” is not English; it looks like {LANGUAGE_NAMES.get(lang, lang)}."
            out.append(flag(s, e, "untranslated", message, None))
    return out


#: A language named, then a verb of naming, right before a lowercase word: "in Punjabi are called arhtiya".
_TERM_INTRODUCED = re.compile(r"\bin\s+[A-Z][a-z]+\s+(?:(?:is|are|was|were)\s+)?(?:called|named|known\s+as)\s+$")

#: Words that introduce a foreign term on purpose: "the so-called “ley mordaza”".
_TERM_CUE = re.compile(
    r"\b(?:so-called|so called|known as|dubbed|nicknamed|the (?:term|word|expression|phrase|motto))\b\s*[“„«‘\"']?\s*(?:[^\W\d_]+\s+){0,3}$",
    re.IGNORECASE,
)


#: Subject pronouns: after a quote and a comma they open the attribution ("”, he said").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


def _glossed(raw: str, s: int, e: int) -> bool:
    """A foreign term used on purpose: introduced as one, or translated right after it.

    "the so-called “ley mordaza” (gag law)", "“contas certas”, balanced
    accounts.": English journalism keeps a term and glosses it. The gloss is
    a bracket of English words after the term, ", or" and English words
    ("a bakfiets, or box bike,"), or, after a quoted term, a comma and two
    to four English words closing the clause.
    """
    if _TERM_CUE.search(raw, max(0, s - 60), s):
        return True
    k = e
    quoted = False
    while k < len(raw) and raw[k] in "”“»’\"' ":
        quoted = quoted or raw[k] != " "
        k += 1
    bracket = re.match(r"\(([^()\n]{2,60})\)", raw[k : k + 64])
    if bracket:
        words = _WORD.findall(bracket.group(1))
        return bool(words) and all(_wordlist.is_english_word(w, min_zipf=2.5) for w in words)
    comma = re.match(r",\s+((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s*[.;]", raw[k : k + 60]) if quoted else None
    if comma:
        words = comma.group(1).split()
        # "“…”, he said.", "“…”, a source said.": an attribution, no gloss.
        if words[0] in _SUBJECT_PRONOUNS or words[-1].lower() in att.lexicon().forms:
            return False
        return all(w.islower() and _wordlist.is_english_word(w, min_zipf=3.0) for w in words)
    # "a bakfiets, or box bike,": "or" and one to three English words, closed by a comma or bracket.
    gloss_or = re.match(r",\s+or\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*[,.;)—–]", raw[k : k + 60])
    if gloss_or:
        return all(w.islower() and _wordlist.is_english_word(w, min_zipf=3.0) for w in gloss_or.group(1).split())
    # One word defined in apposition: "sobremesa, the long Spanish after-lunch conversation".
    if not quoted and len(_WORD.findall(raw[s:e])) == 1:
        appos = re.match(r",\s+(?:the|a|an)\s+([^,.;:()\n]{3,80})[,.;]", raw[e : e + 90])
        if appos:
            words = _WORD.findall(appos.group(1))
            return len(words) >= 2 and all(_wordlist.is_english_word(w, min_zipf=2.0) for w in words)
    return False


def _named_original(raw: str, s: int, e: int) -> bool:
    """A name given in its language, in brackets after its English rendering.

    "the Climate Pact (Pacte climatique)", "the law on local self-government
    (Zakon o lokalnoj samoupravi)": the bracket quotes the original title on
    purpose. The bracket opens on a capital, right after two or more
    capitalised English words, or after "the" and a noun for a named thing
    (``untranslated.named_nouns``: law, act, pact, party …) and its complement.
    """
    lb = raw.rfind("(", max(0, s - 80), s + 1)
    rb = raw.find(")", e, e + 80)
    if lb < 0 or rb < 0 or any(c in "()\n" for c in raw[lb + 1 : s] + raw[e:rb]) or not raw[lb + 1 : lb + 2].isupper():
        return False
    before = raw[max(0, lb - 120) : lb].rstrip()
    title = re.search(r"((?:[A-Z][a-z]+\s+(?:(?:of|for|on|and|the)\s+)?){1,5}[A-Z][a-z]+)$", before)
    if title and all(_wordlist.is_english_word(w, min_zipf=2.5) for w in _WORD.findall(title.group(1))):
        return True
    nouns = "|".join(sorted(config()["untranslated"]["named_nouns"], key=len, reverse=True))
    return bool(
        re.search(
            rf"\bthe\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})(?:\s+(?:on|of|for|about|against|to)\s+[^().,;:“”\n]{{1,60}})?$",
            before,
            re.IGNORECASE,
        )
    )


def _unquoted_title(raw: str, s: int, e: int) -> bool:
    """A capitalised fragment that is a work's title, named after its noun without quote marks.

    "The film Cuando el río suena won", "her novel Die Stille der Wälder": the
    title noun (``untranslated.title_nouns``) and a capital right after it
    mark the words up to the fragment as the title, left in its language on purpose.
    """
    nouns = "|".join(sorted(config()["untranslated"]["title_nouns"], key=len, reverse=True))
    return bool(re.search(rf"\b(?:{nouns})\s+(?:[A-Z][^.,;:!?()“”\"«»\n]{{0,60}})?$", raw[max(0, s - 80) : s], re.IGNORECASE)) and (
        raw[s : s + 1].isupper() or bool(re.search(r"[A-Z][^\s]*\s+$", raw[max(0, s - 80) : s]))
    )


def _quoted_title(raw: str, s: int, e: int) -> bool:
    """A capitalised foreign fragment filling quote marks after a title noun or a possessive.

    "Brel’s “Ne me quitte pas”", "the exhibition « La lumière du Nord »": the
    title of a song, book or show is left in its language on purpose.
    """
    if not raw[s : s + 1].isupper():
        return False
    before = raw[max(0, s - 60) : s].rstrip(" \u00a0")
    # The title may go on after the fragment ("“Lo que pasó, pasó”") up to its closing mark.
    after = re.match(r"[^“”„«»‘’\"\n]{0,40}?[”“»’\"']", raw[e : e + 42])
    if not before or before[-1] not in "“„«‘\"'" or not after:
        return False
    return bool(_title_cue_regex().search(before[:-1].rstrip()))


@cache
def _title_cue_regex() -> re.Pattern[str]:
    nouns = "|".join(sorted(config()["untranslated"]["title_nouns"], key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{nouns})(?:\s+(?:of|called|named|titled|entitled))?|[^\W\d_]['’]s?)$", re.IGNORECASE)


def _quoted_compounds(raw: str, paras: Iterable[Range], langs: tuple[str, ...]) -> list[Span]:
    """One long compound word alone between quote marks: „Sanierungsoffensive“.

    German, Dutch and the Nordic languages write compounds as one word, which
    no word list holds. Such a word is foreign when English does not know it
    at all, it is no glued pair of English words, it splits into two words
    of one source language (wordfreq's large list), and py3langid agrees.
    """
    cfg = config()["untranslated"]
    out = []
    for ps, pe in paras:
        for m in re.finditer(r"(?<=[“„«‘\"'])\s?([^\W\d_]+)\s?(?=[”“»’\"'])", raw[ps:pe]):
            w = m.group(1)
            s, e = ps + m.start(1), ps + m.end(1)
            if (
                len(w) < cfg["compound_min_length"]
                or _wordlist.zipf(w) > 0
                or _wordlist.best_split(w, min_zipf=config()["glued"]["min_part_zipf"])
            ):
                continue
            lang = next(
                (x for x in langs if x in cfg["compound_languages"] and _wordlist.compound_split(w, x, cfg["compound_min_part"])), None
            )
            if lang is None:
                continue
            guess, p_en = _langid.identify(w, langs)
            if guess != lang or p_en >= cfg["max_en_probability"]:
                continue
            name = LANGUAGE_NAMES.get(lang, lang)
            out.append(flag(s, e, "untranslated", f"Left untranslated: “{w}” is not English; it is a {name} compound word.", None))
    return out


def _fragment(raw: str, run: list[tuple[re.Match[str], str]], ps: int, pe: int, langs: tuple[str, ...]) -> Span | None:
    """The untranslated fragment in one run of non-English words, or None."""
    cfg = config()["untranslated"]
    n_lower = sum(1 for _, c in run if c == "F")
    n_foreign = sum(1 for _, c in run if c in ("F", "FC"))
    if n_lower == 0:
        return None
    weak_edges = ("S",) if n_foreign >= 2 else ("S", "W")

    def weak(item: tuple[re.Match[str], str]) -> bool:
        # Edge words that are English too, or a name English knows ("… Bianchi").
        m, c = item
        return c in weak_edges or (c == "FC" and _wordlist.zipf(m.group().lower()) >= cfg["single_max_en"])

    core = run
    while core and core[0][1] == "S":
        core = core[1:]
    while core and core[-1][1] == "S":
        core = core[:-1]
    # A capitalised first word opens a slogan as well as a name ("the words Wir
    # sind mehr wert"): a name has not three lowercase foreign words after it.
    opens = bool(core) and (core[0][1] == "F" or (core[0][1] == "FC" and sum(1 for _, c in core[1:] if c == "F") >= 3))
    long_run = opens and _long_foreign_run(raw, core, langs)
    if long_run:
        run = core  # "ohne Wenn und Aber": the capitalised nouns belong to the phrase
    while run and weak(run[0]) and not long_run:
        run = run[1:]
    while run and weak(run[-1]) and not long_run:
        run = run[:-1]
    if not run:
        return None
    s, e = run[0][0].start(), run[-1][0].end()
    bracket = _bracket_around(raw, s, e, ps, pe)
    if bracket:
        s, e = bracket
    single = n_foreign == 1 and any(c == "F" and _strong_single(m.group(), langs) for m, c in run)
    if n_foreign < 2 and not bracket and not single:
        return None
    if single and len(run) == 1 and _capitalised(run[0][0].group()):
        return None  # one capitalised word opening a sentence may be a name ("Ferrovie Alpine said")
    if not bracket and len(run) >= 2 and all(_capitalised(m.group()) for m, _ in run):
        return None  # every word capitalised: a name ("Deportivo Llanura dismissed its coach")
    if not bracket:
        # A name with a lowercase word ("the Assemblée nationale").
        if run[0][1] == "FC" and not long_run:
            return None
        # Loan phrases ("joie de vivre", "fait accompli") are English too:
        # a fragment needs a word English hardly ever uses, or four words or
        # more that py3langid clearly takes for another language ("ohne Wenn
        # und Aber": German function words English text quotes often).
        rare_word = min(_wordlist.zipf(m.group().lower()) for m, c in run if c in ("F", "FC")) < cfg["run_max_en"]
        if not rare_word and not long_run:
            return None
    text = raw[s:e]
    if text.strip("()[] ").lower() in _forms_regex()[1]:
        return None  # "Berlin (dpa) –": an agency's own name in a dateline is no fragment
    lang, p_en = _langid.identify(text, langs)
    if lang == "en" or p_en >= cfg["max_en_probability"]:
        return None
    words_in = [m.group() for m in _WORD.finditer(text)]
    guess = langs[0] if len(langs) == 1 else _window_language(words_in, langs)
    if guess and (len(langs) == 1 or guess == lang):
        message = f"Left untranslated: “{text}” is not English; it looks like {LANGUAGE_NAMES.get(guess, guess)}."
    else:
        message = f"Left untranslated: “{text}” is not English (a fragment of the source language)."
    return flag(s, e, "untranslated", message, None)


def _long_foreign_run(raw: str, run: list[tuple[re.Match[str], str]], langs: tuple[str, ...]) -> bool:
    """Four or more words, three of them non-English, no loan phrase, and py3langid sure it is not English."""
    cfg = config()["untranslated"]
    if sum(1 for _, c in run if c in ("F", "FC", "W")) < 3 or len(run) < 4:
        return False
    text = raw[run[0][0].start() : run[-1][0].end()]
    low = text.lower()
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in cfg["loan_phrases"]):
        return False
    _, p_en = _langid.identify(text, langs)
    return p_en < cfg["phrase_max_en_probability"]


def _merge_fragments(raw: str, flags: list[Span], langs: tuple[str, ...]) -> list[Span]:
    """One fragment, not two, across a word both languages share.

    "selon la direction de l'entreprise": "direction" is English and French
    alike, so the runs break there; two fragments of one language separated
    by one or two such words (no punctuation) are one untranslated clause.
    """
    out: list[Span] = []
    for f in sorted(flags, key=lambda x: x.start):
        if out:
            prev = out[-1]
            gap = raw[prev.end : f.start]
            words = _WORD.findall(gap)
            if 0 < len(words) <= 2 and re.fullmatch(r"[^\W\d_]*(?:[\s’'][^\W\d_]*)*", gap):
                lang, _ = _langid.identify(raw[prev.start : f.end], langs)
                if lang != "en" and all(_wordlist.zipf(w.lower(), lang) >= 3.0 for w in words):
                    text = raw[prev.start : f.end]
                    name = LANGUAGE_NAMES.get(lang, lang)
                    out[-1] = flag(
                        prev.start, f.end, "untranslated", f"Left untranslated: “{text}” is not English; it looks like {name}.", None
                    )
                    continue
        out.append(f)
    return out


def _english_dominant(word: str, langs: tuple[str, ...]) -> bool:
    """A word English uses at least as often as any candidate language ("was", "the")."""
    w = word.lower()
    return _wordlist.zipf(w) >= max(_wordlist.zipf(w, lang) for lang in langs)


def _common_phrase(raw: str, run: list[tuple[re.Match[str], str]], langs: tuple[str, ...]) -> Span | None:
    """A phrase of words English has too, but all far more frequent in one language.

    "sin embargo" (Spanish "however"): "sin" and "embargo" are English words,
    yet each is much more frequent in Spanish, and py3langid says Spanish. Loan
    phrases ("de facto", "a la carte", "status quo") fail: one of their words
    is about as frequent in English, or their words peak in different languages.
    """
    cfg = config()["untranslated"]
    # A short word English uses most ("was tout à fait"): the phrase starts after it.
    # A capital after it is a name's ("the Palazzo dell'Orto").
    run = list(run)
    trimmed = False
    while run and run[0][1] == "S" and _english_dominant(run[0][0].group(), langs):
        run, trimmed = run[1:], True
    while run and run[-1][1] == "S" and _english_dominant(run[-1][0].group(), langs):
        run = run[:-1]
    words = [m.group() for m, _ in run]
    if trimmed and words and any(_capitalised(w) for w in words):
        return None
    if len(words) < 2 or any(w[0].isupper() for w in words[1:]) or max(len(w) for w in words) < 4:
        return None
    # Particles of a name: "von der Leyen", "de la Cruz".
    if re.match(r"\s+[A-Z]", raw[run[-1][0].end() : run[-1][0].end() + 2]):
        return None
    text = " ".join(w.lower() for w in words)
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in cfg["loan_phrases"]):
        return None
    fits: dict[str, float] = {}
    for lang in langs:
        margins = [_wordlist.zipf(w.lower(), lang) - _wordlist.zipf(w.lower()) for w in words]
        if min(margins) >= cfg["phrase_min_margin"] and sum(margins) >= cfg["phrase_min_total"]:
            fits[lang] = sum(margins)
    if not fits:
        return None
    s, e = run[0][0].start(), run[-1][0].end()
    text = raw[s:e]
    lang, p_en = _langid.identify(text, langs)
    if p_en >= cfg["phrase_max_en_probability"]:
        return None
    # Two languages may fit the word counts ("en revanche": French and
    # Dutch): py3langid names one of them, or one fits clearly better.
    ranked = sorted(fits.items(), key=lambda kv: -kv[1])
    if lang in fits:
        best = lang
    elif len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= cfg["language_margin"]:
        best = ranked[0][0]
    else:
        return None
    return flag(s, e, "untranslated", f"Left untranslated: “{text}” is not English; it looks like {LANGUAGE_NAMES.get(best, best)}.", None)


def _rare_foreign_words(raw: str, paras: Iterable[Range], langs: tuple[str, ...]) -> list[Span]:
    """One long lowercase word English has never seen, known in one source language.

    wordfreq's small lists (the default) stop at everyday words; a word like
    the Italian "commissariamento" is only in the large list. It is looked
    up there only when English (wordfreq's largest list) does not know it at
    all and it is no glued pair of English words; py3langid must agree.
    """
    cfg = config()["untranslated"]
    large = [lang for lang in langs if lang in cfg["large_list_languages"]]
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _words(raw, ps, pe):
            w = m.group()
            en = _wordlist.zipf(w)
            if len(w) < cfg["rare_min_length"] or not w.islower() or en >= cfg["rare_max_en"]:
                continue
            if not _is_prose_token(raw, m.start(), m.end(), urls) or _wordlist.best_split(w, min_zipf=config()["glued"]["min_part_zipf"]):
                continue
            scores = sorted(((_wordlist.zipf_large(w, lang), lang) for lang in large), reverse=True)
            if (
                not scores
                or scores[0][0] < max(cfg["rare_min_other"], en + cfg["rare_margin"])
                or (len(scores) > 1 and scores[1][0] >= scores[0][0] - 0.5)
            ):
                continue
            lang, p_en = _langid.identify(w, langs)
            if lang != scores[0][1] or p_en >= cfg["max_en_probability"]:
                continue
            name = LANGUAGE_NAMES.get(lang, lang)
            out.append(flag(m.start(), m.end(), "untranslated", f"Left untranslated: “{w}” is not English; it is a {name} word.", None))
    return out


def _bracket_around(raw: str, s: int, e: int, ps: int, pe: int) -> Range | None:
    """The inside of a [bracket] or (parenthesis) holding only [s, e) and short words."""
    left = max(raw.rfind("[", ps, s), raw.rfind("(", ps, s))
    if left < 0:
        return None
    close = "]" if raw[left] == "[" else ")"
    right = raw.find(close, e, pe)
    if right < 0:
        return None
    inner = raw[left + 1 : right]
    if len(inner) > 80 or any(c in inner for c in "[]()"):
        return None
    # Only the run and short function words may stand in the bracket.
    rest = (raw[left + 1 : s] + " " + raw[e:right]).split()
    if any(len(w) > 3 for w in rest):
        return None
    return left + 1, right


# --------------------------------------------------------------------------
# lowercase names


def _person_like_org(text: str) -> bool:
    """An "organisation" that is a person's name: "Funmilayo Ogunleye", "Siriwan Chaiyaporn".

    The NER takes some names of cultures it knows little for organisations; two
    or three capitalised words opening on a given name of one gender (first_names.yml,
    ``given_names_world``), none an everyday English word ("Marie Curie Hospital"), are a person.
    """
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_name_cased(w) for w in words):
        return False
    if _fold(words[0]) not in _first_names():
        return False
    return all(_wordlist.zipf(w.lower()) < config()["lowercase_name"]["not_english_zipf"] for w in words[1:])


def _people_and_names(ctx: Context, entities: Sequence[Span]) -> tuple[list[tuple[int, int, str, str]], dict[str, str], set[str]]:
    """Person mentions (start, end, canonical, text) and the article's names.

    ``names`` maps a lowercase word to the capitalised form the article uses
    for a person, place or organisation (mid-sentence, so the capital is the
    name's and not the sentence's); ``rare`` holds those of people and places
    that are rare as English words. From the entities layer, else from spaCy.
    """
    raw = ctx.raw
    ents: list[tuple[int, int, str, str]] = []  # start, end, label, canonical
    for sp in entities:
        if sp.label in ("PERSON", "PLACE", "ORG"):
            ents.append((sp.start, sp.end, sp.label, sp.attrs.get("canonical") or raw[sp.start : sp.end]))
    if not ents:
        mapping = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG"}
        for chunk in ctx.chunks:
            for ent in chunk.doc.ents:
                if ent.label_ in mapping:
                    s, e = chunk.base + ent.start_char, chunk.base + ent.end_char
                    ents.append((s, e, mapping[ent.label_], raw[s:e]))
        ents = _canonical_people(ents)
    people = [(s, e, c, raw[s:e]) for s, e, label, c in ents if label == "PERSON" or (label == "ORG" and _person_like_org(raw[s:e]))]
    people += _speaker_mentions(raw, [(p.start, p.end) for p in ctx.body_paragraphs()], ctx.layers.get("quotes", []), people)
    names: dict[str, str] = {}
    para_starts = sorted(p.start for p in ctx.body_paragraphs())
    max_zipf = config()["lowercase_name"]["max_person_zipf"]
    rare = config()["lowercase_name"]["rare_zipf"]
    rare_names: set[str] = set()
    for s, e, label, _ in ents:
        for m in re.finditer(r"(?<![\w’'-])[^\W\d_]{3,}", raw[s:e]):
            if not _name_cased(m.group()):
                continue  # "Mád", "Östermalm" count: capitalised, the rest lowercase
            pos = s + m.start()
            k = bisect_right(para_starts, pos)
            floor = para_starts[k - 1] if k else 0
            word = m.group()
            if _sentence_initial(raw, pos, floor):
                continue
            z = _wordlist.zipf(word.lower())
            # "Institute", "Council" of an organisation's name are everyday words too.
            if label in ("PERSON", "ORG") and z >= max_zipf:
                continue
            names.setdefault(word.lower(), word)
            if label in ("PERSON", "PLACE") and z < rare:
                rare_names.add(word.lower())
    return people, names, rare_names


def _speaker_mentions(
    raw: str, paras: Sequence[Range], quotes: Sequence[Span], people: Sequence[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Mentions of quoted speakers that the entity layer missed.

    The quotes layer may name a speaker ("Ibáñez") that NER did not tag; each
    occurrence of the speaker's surname then counts as a mention of them.
    """
    known = {c for *_, c, _ in people}
    taken = [(s, e) for s, e, _, _ in people]
    # One person per surname: "Ibáñez" and "Marta Ibáñez" are the same speaker.
    by_surname: dict[str, str] = {}
    for name in sorted(({q.attrs.get("speaker") for q in quotes} | known) - {None}, key=len):
        words = [w for w in name.split() if w[:1].isupper() and len(w) >= 3]
        if words:
            by_surname[words[-1]] = name
    out = []
    for surname, name in sorted(by_surname.items()):
        if name in known:
            continue
        for ps, pe in paras:
            for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", raw[ps:pe]):
                s, e = ps + m.start(), ps + m.end()
                if not any(ts <= s < te for ts, te in taken):
                    out.append((s, e, name, raw[s:e]))
    return out


def _canonical_people(ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Give a one-word person mention ("Ortega") the fuller name it is part of."""
    full = [c for _, _, label, c in ents if label == "PERSON" and " " in c]
    out = []
    for s, e, label, c in ents:
        if label == "PERSON" and " " not in c:
            longer = [f for f in full if c in f.split()]
            if len(set(longer)) == 1:
                c = longer[0]
        out.append((s, e, label, c))
    return out


def _offsets_of(raw: str, paras: Iterable[Range], words: set[str]) -> set[int]:
    """Offsets of every lowercase occurrence of ``words`` in the paragraphs."""
    return {m.start() for ps, pe in paras for m in _words(raw, ps, pe) if m.group() in words}


def lowercase_name_flags(raw: str, paras: Iterable[Range], names: dict[str, str], propn: AbstractSet[int] = frozenset()) -> list[Span]:
    """Place and person names written in lowercase ("kyiv officials").

    A gazetteer place is enough; a name taken from the article (``names``)
    also needs spaCy to read this lowercase token as a proper noun, or to be
    a person or place name rare as an English word (its offset in
    ``propn``), so "cooperation" is not taken for a name because the article
    mentions the "Shanghai Cooperation Organization". More signals, each for
    a word that is not an English word (Zipf below
    ``lowercase_name.not_english_zipf``): the article writes it capitalised
    mid-sentence elsewhere; it stands in a list of capitalised names
    ("Ulm, kassel and Jena"); it is a city of places_more.yml and a place
    preposition or spaCy says it is a name here; it follows "the village
    of" (and English hardly knows it at all).
    """
    cfg = config()
    lc = cfg["lowercase_name"]
    places = {p: p.capitalize() for p in cfg["places"]}
    known = {**names, **places}
    paras = list(paras)
    elsewhere = _capitalised_mid_sentence(raw, paras)
    alone = _capitalised_alone(raw, paras)
    homographs = set(cfg.get("homograph_places") or [])
    cities = _more_places()
    nouns = _common_nouns(raw, paras, elsewhere, alone)
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _words(raw, ps, pe):
            tok = m.group()
            s, e = m.span()
            # A short word counts only as a name of the article English does not know at all ("mád").
            short = len(tok) < lc["min_length"] and not (len(tok) == 3 and tok in names and _wordlist.zipf(tok) == 0)
            if not tok.islower() or short or not _is_prose_token(raw, s, e, urls):
                continue
            prev = raw[max(ps, s - 3) : s].lower()
            if _A_BEFORE.search(prev):
                continue  # "a turkey": an ordinary noun
            if re.fullmatch(_PARTICLES, tok) and _BETWEEN_NAMES.search(raw, max(ps, s - 30), s) and _NAME_NEXT.match(raw, e, pe):
                continue  # "Ana delos Santos": a particle between the names, lowercase by rule
            # "of são cristóvão": a word that begins place names stands between the slot and the name.
            head = _name_head_before().search(raw[max(ps, s - 12) : s])
            slot = s - len(head.group()) if head else s
            proper = None
            # "the bazaar" beside "the Grand Bazaar": an English word after a determiner is the common
            # noun, even when a name of the article ends with it; so it is after a capitalised word
            # when the article capitalises it only inside a longer name ("the Min pagoda trustees"
            # beside "the Shwe Min Pagoda"): a name's common noun after the name.
            common = (
                tok not in places
                and _wordlist.zipf(tok) >= lc["determiner_noun_zipf"]
                and (
                    _DETERMINER_BEFORE.search(raw, max(ps, s - 8), s)
                    or (tok in elsewhere and tok not in alone and _BETWEEN_NAMES.search(raw, max(ps, s - 30), s))
                )
            )
            if tok in nouns:
                # "the hitaveita" beside "Hitaveita Ölfuss": the source language's common noun, no name.
                # English has never seen it: left untranslated ("baoli", 1.2, is a loanword English uses).
                if _wordlist.zipf(tok) < lc["single_max_zipf"] and _DETERMINER_BEFORE.search(raw, max(ps, s - 8), s):
                    out.append(
                        flag(
                            s,
                            e,
                            "untranslated",
                            f"Left untranslated: “{tok}” is a word of the source language, used as a common noun.",
                            None,
                        )
                    )
                continue
            if tok in known and (tok in places or s in propn) and not common:
                proper = known[tok]
            elif tok in homographs and (_in_name_list(raw, s, e, ps, pe) or _PLACE_OF.search(raw, max(ps, s - 40), s)):
                proper = tok[0].upper() + tok[1:]
            elif (
                tok in elsewhere
                and tok in alone
                and _wordlist.zipf(tok) < lc["rare_zipf"]
                and _PLACE_PREP.search(raw, max(ps, s - 12), s)
                and not _wordlist.best_split(tok)
            ):
                # "near hagen" beside "Hagen" elsewhere: a surname-like word English
                # knows a little, written as a place after a place preposition.
                proper = elsewhere[tok]
            elif _wordlist.zipf(tok) < lc["not_english_zipf"]:
                if tok in elsewhere and (tok in alone or (_wordlist.zipf(tok) < lc["single_max_zipf"] and not _wordlist.best_split(tok))):
                    # "dockworkers" beside "the Dockworkers' Union", "hoteliers" beside
                    # "the Association of Hoteliers": an English word capitalised only
                    # as a word of a longer name is no name.
                    proper = elsewhere[tok]
                elif (
                    # "the glassworks, Tomáš Kubelka": a word after a determiner is a
                    # common noun, and the name after its comma an apposition, no list.
                    (not _DETERMINER_BEFORE.search(raw, max(ps, s - 8), s) and _in_name_list(raw, s, e, ps, pe))
                    or (
                        _wordlist.zipf(tok) < lc["one_partner_max_zipf"]
                        and _unknown_word(tok)
                        and not _DETERMINER_BEFORE.search(raw, max(ps, s - 8), s)
                        and _in_name_list(raw, s, e, ps, pe, min_items=1)
                    )
                    or (tok in cities and (s in propn or _PLACE_PREP.search(raw, max(ps, s - 12), s)))
                    # "near breckerfeld": a word no language knows, after a place preposition.
                    or (
                        _wordlist.zipf(tok) < lc["place_prep_max_zipf"]
                        and len(tok) >= 5
                        and _unknown_word(tok)
                        and _PLACE_ONLY_PREP.search(raw, max(ps, s - 12), s)
                        and not _wordlist.best_split(tok)
                    )
                    or (_PLACE_OF.search(raw, max(ps, slot - 40), slot) and not _wordlist.is_english_word(tok, min_zipf=2.0))
                    # "a resident of gallipoli": a person's home is a place, even one English knows.
                    or _RESIDENT_OF.search(raw, max(ps, slot - 40), slot)
                ):
                    proper = tok[0].upper() + tok[1:]
            if proper and head and slot != s:
                s, proper = slot, f"{head.group(1).capitalize()} {proper}"
                tok = raw[s:e]
            if proper:
                # "cais do sodré": a particle and a second word that is not English either.
                more = re.match(r"\s(?:de|da|do|dos|das|di|del|della|du|des)\s([^\W\d_]+)", raw[e:pe])
                if more and more.group(1).islower() and _wordlist.zipf(more.group(1)) < lc["not_english_zipf"]:
                    proper += " " + " ".join(
                        w if w in ("de", "da", "do", "dos", "das", "di", "del", "della", "du", "des") else w.capitalize()
                        for w in more.group().split()
                    )
                    e += more.end()
                    tok = raw[s:e]
                # "porto alegre": a word that begins place names takes the next word unless English uses it a lot.
                tail = re.match(r"\s([a-zà-ÿ]{3,})(?![\w-])", raw[e:pe])
                if not more and tok in lc["place_name_heads"] and tail and _wordlist.zipf(tail.group(1)) < lc["head_tail_max_zipf"]:
                    proper += " " + tail.group(1).capitalize()
                    e += tail.end()
                    tok = raw[s:e]
                out.append(flag(s, e, "lowercase-name", f"A name written in lowercase: “{tok}” should be “{proper}”.", proper))
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _lowercase_full_names(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _lowercase_surnames(raw, paras) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _lowercase_name_heads(raw, paras) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _apposed_lowercase_surnames(raw, paras) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _titled_lowercase_names(raw, paras, elsewhere) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _office_lowercase_names(raw, paras, propn) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _slotted_lowercase_names(raw, paras) if f.start not in taken and f.end - 1 not in taken]
    return sorted(out, key=lambda f: f.start)


#: A capitalised word and a lowercase one opening a sentence, then a comma: "Gulnara khairullina, 68, …".
_SUBJECT_PAIR = re.compile(r"([A-Z][^\W\d_]+)\s+([a-zà-ÿ][^\W\d_]{3,}),\s+")
#: An age right after the comma: "…, 68 years," "…, 45,".
_AGE_AFTER = re.compile(r"\d{1,3}(?:\s+years?(?:\s+old)?)?\s*,")
#: A person noun, perhaps with "of the <noun>", then a word: "councillor mafu", "foreman of the pickers nanang".
_NOUN_SLOT = re.compile(r"(?<![\w’'-])(?=([A-Za-z-]+)(?:\s+of\s+the\s+[a-z]+)?\s+([a-zà-ÿ][^\W\d_]{2,})(?![\w’'@/-]))")
#: A reporting verb right before a noun slot ("Said minister safin", "told councillor mafu").
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|explained|stated|declared|according\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
#: Two lowercase words closing an apposition before a reporting verb: ", sipho dyantyi, said".
_APPOSED_PAIR = re.compile(
    r",\s+([a-zà-ÿ]{3,})\s+([a-zà-ÿ]{3,}),\s+(?:said|says|told|tells|added|explained|declared|stated|insisted|warned)\b"
)
#: Place nouns that name what follows without "of" ("in the village tashkichu") or after it ("in kukmor district").
_PLACE_NOUNS = r"village|town|hamlet|district|subdistrict|settlement|township|ward|region|province|county|municipality|regency|commune"
_PLACE_NOUN_THEN = re.compile(
    rf"\b(?:in|at|from|near|to|of)\s+(?:the\s+)?(?:{_PLACE_NOUNS})\s+([a-zà-ÿ][^\W\d_]{{3,}})(?![\w’'@/-])", re.IGNORECASE
)
_THEN_PLACE_NOUN = re.compile(rf"\b(?:in|at|from|near)\s+([a-zà-ÿ][^\W\d_]{{3,}})\s+(?:{_PLACE_NOUNS})\b", re.IGNORECASE)


def _slotted_lowercase_names(raw: str, paras: Iterable[Range]) -> list[Span]:
    """Names a translator lowercased in slots only a name fills, though no given-name list knows them.

    A word English hardly knows (Zipf below ``lowercase_name.one_partner_max_zipf``)
    and no usual source language uses (``_unknown_word``) is a name when:
    it follows a capitalised word at a sentence's start and an apposition
    closed by a reporting verb or an age follows ("Gulnara khairullina, 68
    years, …, said"); it follows a person noun (with "of the <noun>") after
    a reporting verb, or before one ("Said councillor mafu", "the foreman of
    the pickers nanang said": there a word English does not know at all is
    enough); two such words close an apposition to a person noun before a
    reporting verb ("The chairperson of the committee, sipho dyantyi, said");
    a place noun stands right before or after it with a place preposition
    ("in the village tashkichu", "from kukmor district"). Particles and
    glued words are left to their own checks.
    """
    lc = config()["lowercase_name"]
    rare = lc["one_partner_max_zipf"]
    nouns = _name_nouns()
    given = _any_given_names()

    def name_like(word: str, *, strict: bool = True) -> bool:
        if re.fullmatch(_PARTICLES, word) or _wordlist.zipf(word) >= rare:
            return False
        if _wordlist.best_split(word, min_zipf=config()["glued"]["min_part_zipf"]):
            return False
        return _unknown_word(word) or (not strict and _wordlist.zipf(word) == 0)

    def surname(s: int, e: int, word: str, why: str) -> Span:
        proper = word[0].upper() + word[1:]
        return flag(s, e, "lowercase-name", f"A name written in lowercase {why}: “{word}” should be “{proper}”.", proper)

    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _SUBJECT_PAIR.finditer(raw, ps, pe):
            first, last = m.groups()
            s, e = m.span(2)
            if not _sentence_initial(raw, m.start(), ps) or not _name_cased(first) or not _is_prose_token(raw, s, e, urls):
                continue
            if _wordlist.zipf(first.lower()) >= lc["not_english_zipf"] and _fold(first) not in given:
                continue
            stop = re.search(r"[.!?](?:\s|$)", raw[m.end() : pe])
            sentence_rest = raw[m.end() - 2 : m.end() + stop.start() if stop else pe]
            if not (_AGE_AFTER.match(raw, m.end(), pe) or _CLOSED_APPOSITION.search(sentence_rest)):
                continue
            if name_like(last):
                out.append(_lowercase_surname(s, e, f"{first} ", last))
        for m in _NOUN_SLOT.finditer(raw, ps, pe):
            noun, word = m.group(1).lower(), m.group(2)
            s, e = m.span(2)
            if noun not in nouns or not word.islower() or not _is_prose_token(raw, s, e, urls):
                continue
            before = bool(_REPORTED_BEFORE.search(raw, max(ps, m.start() - 30), m.start()))
            after = bool(re.match(rf"\s+{_REPORT_VERB}", raw[e:pe]))
            if (before or after) and name_like(word, strict=not after):
                out.append(surname(s, e, word, f"after “{m.group(1)}”"))
        for m in _APPOSED_PAIR.finditer(raw, ps, pe):
            first, last = m.groups()
            s, e = m.start(1), m.end(2)
            # the sentence so far must name a person noun: "The chairperson of the committee, …"
            head_start = ps + max([0] + [x.end() for x in re.finditer(r"[.!?]\s", raw[ps : m.start()])])
            head = raw[head_start : m.start()]
            if not any(w.lower() in nouns for w in re.findall(r"[A-Za-z-]+", head)):
                continue
            if not (name_like(last) and _wordlist.zipf(first) < rare and not re.fullmatch(_PARTICLES, first)):
                continue
            if not _is_prose_token(raw, s, e, urls):
                continue
            proper = f"{first.capitalize()} {last.capitalize()}"
            out.append(flag(s, e, "lowercase-name", f"A name written in lowercase: “{raw[s:e]}” should be “{proper}”.", proper))
        for pattern in (_PLACE_NOUN_THEN, _THEN_PLACE_NOUN):
            for m in pattern.finditer(raw, ps, pe):
                word = m.group(1)
                s, e = m.span(1)
                if not word.islower() or _wordlist.zipf(word) >= lc["place_prep_max_zipf"] or not _is_prose_token(raw, s, e, urls):
                    continue
                if name_like(word):
                    out.append(surname(s, e, word, "beside a place noun"))
    return out


#: A capitalised title or office, then a lowercase word that closes the name: "Senator castillo said",
#: "Sheikh hamdan opened" (not "Professor emeritus Jan Berg": a capitalised name follows there). "Mr", "Dr"
#: and the like are left to ``_TITLE_THEN_LOWER``, which wants more ("Mrs. pailin said no" may be a nickname).
_OFFICE_THEN_LOWER = re.compile(
    r"\b(?:Professor|Doctor|Sheikh|Sheikha|Senator|Mayor|Governor|Judge|Justice|Imam|Pastor|Rabbi"
    r"|Father|Bishop|Maître|Maitre|Captain|Colonel|General|Councillor|Councilor|Commissioner|Ambassador|Minister|President)"
    r"\.?\s+([a-zà-ÿ][^\W\d_]{2,})(?=,|\s+[a-z])"
)
#: A company or agency noun, then a lowercase word and a verb of saying or acting: "The oil company petrobras said".
_BODY_THEN_LOWER = re.compile(
    r"\b(?:company|firm|supplier|operator|agency|carrier|airline|insurer|broadcaster|maker|producer|giant|retailer"
    r"|conglomerate|utility|charity|organisation|organization|group)\s+([a-z][^\W\d_]{3,})\s+"
    r"(?:said|says|told|announced|reported|confirmed|denied|warned|added|stated|declared)\b"
)


def _office_lowercase_names(raw: str, paras: Iterable[Range], propn: AbstractSet[int]) -> list[Span]:
    """A name lowercase right after a capitalised title or office, or after a company or agency noun.

    "Senator castillo said", "Sheikh hamdan opened": a capitalised title is
    followed by a name, so a word after it that English hardly uses (Zipf below
    ``lowercase_name.office_name_max_zipf``) lost its capital, when spaCy reads
    it as a proper noun or no everyday vocabulary knows it. "The oil company
    petrobras said", "the agency unicef said": a company noun and a verb of
    saying around a word English hardly uses leave no reading but a name.
    Glued words and particles are left to their own checks.
    """
    lc = config()["lowercase_name"]
    top = lc["office_name_max_zipf"]
    brands = {str(b) for b in lc.get("lowercase_brands") or []}
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for pattern, why in ((_OFFICE_THEN_LOWER, "after a title"), (_BODY_THEN_LOWER, "after a company noun")):
            for m in pattern.finditer(raw, ps, pe):
                tok = m.group(1)
                s, e = m.span(1)
                z = _wordlist.zipf(tok)
                if z >= top or re.fullmatch(_PARTICLES, tok) or not _is_prose_token(raw, s, e, urls):
                    continue
                if tok.lower() in brands:
                    continue  # "the postal company bpost": a lowercase brand
                if _wordlist.best_split(tok, min_zipf=config()["glued"]["min_part_zipf"]):
                    continue
                if not (s in propn or _unknown_word(tok) or pattern is _BODY_THEN_LOWER):
                    continue
                proper = tok[0].upper() + tok[1:]
                out.append(flag(s, e, "lowercase-name", f"A name written in lowercase {why}: “{tok}” should be “{proper}”.", proper))
    return out


#: A title of address, then a lowercase word: "Mr. somchai Inthawong".
_TITLE_THEN_LOWER = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+([a-zà-ÿ][^\W\d_]{2,})(?![\w’'-])")
#: A title with its place or office and a comma, then a capitalised word and a lowercase one
#: ending the apposition: "the governor of Varnia, Zoltan kerevi." (the noun need not be English).
_OFFICE_THEN_NAME = re.compile(
    r"\b[a-z][\w-]+\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,2}[A-Z][\w-]*,\s+"
    r"([A-Z][^\W\d_]+)\s+([a-zà-ÿ][^\W\d_]{3,})(?=\s*[.,;:]|\s+(?:said|says|told|added|and)\b)"
)


def _titled_lowercase_names(raw: str, paras: Iterable[Range], elsewhere: dict[str, str]) -> list[Span]:
    """Names that lost their capital in a slot only a name fills.

    After a title of address ("Mr. somchai Inthawong"), a word
    English does not use (Zipf below ``lowercase_name.not_english_zipf``) is a
    given name or surname when a capitalised surname follows it or the
    article capitalises it elsewhere. In an apposition to an office and its
    place ("the governor of Varnia, Zoltan kerevi."), a capitalised given
    name of first_names.yml (either gender) and a word no language's
    everyday list knows leave no other reading than a lowercase surname,
    whatever the office noun is (MT leaves some untranslated). After "the
    village of", two or three lowercase words closing the phrase are a place
    when no language's everyday list knows the last ("the village of ban
    kluay") or the first begins place names (``place_name_heads``: "ban thi").
    """
    lc = config()["lowercase_name"]
    given = _any_given_names()
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _TITLE_THEN_LOWER.finditer(raw, ps, pe):
            tok = m.group(1)
            s, e = m.span(1)
            if _wordlist.zipf(tok) >= lc["not_english_zipf"] or not _is_prose_token(raw, s, e, urls):
                continue
            proper = tok[0].upper() + tok[1:]
            # "said Mr. Somchai": the capitalised form after a title counts though "Mr." ends in a dot.
            again = re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+{re.escape(proper)}(?![\w’'-])", raw)
            if not (_NAME_NEXT.match(raw, e, pe) or tok in elsewhere or again):
                continue
            out.append(flag(s, e, "lowercase-name", f"A name written in lowercase after a title: “{tok}” should be “{proper}”.", proper))
        for m in _OFFICE_THEN_NAME.finditer(raw, ps, pe):
            first, last = m.group(1), m.group(2)
            s, e = m.span(2)
            if not _name_cased(first) or _fold(first) not in given or re.fullmatch(_PARTICLES, last):
                continue
            if _wordlist.zipf(last) >= lc["one_partner_max_zipf"] or not _unknown_word(last) or not _is_prose_token(raw, s, e, urls):
                continue
            proper = last[0].upper() + last[1:]
            message = f"A surname written in lowercase: “{first} {last}” should be “{first} {proper}”."
            out.append(flag(s, e, "lowercase-name", message, proper))
        for of in re.finditer(r"\bof\s+", raw[ps:pe]):
            s = ps + of.end()
            m = _LOWER_PAIR.match(raw, s, pe)
            if not m or not _PLACE_OF.search(raw, max(ps, s - 40), s) or not _is_prose_token(raw, s, m.end(), urls):
                continue
            e = m.end()
            words = m.group().split()
            # "the village of ban kluay": the last word known to no language's everyday list,
            # or the first a word that begins place names ("ban thi", "porto seguro").
            headed = words[0] in lc["place_name_heads"]
            if not headed and (_wordlist.zipf(words[-1]) >= lc["place_prep_max_zipf"] or not _unknown_word(words[-1])):
                continue
            proper = " ".join(w[0].upper() + w[1:] for w in words)
            out.append(flag(s, e, "lowercase-name", f"A name written in lowercase: “{m.group()}” should be “{proper}”.", proper))
    return out


#: Two or three lowercase words closing a phrase: "ban thi," "nong bua lam".
_LOWER_PAIR = re.compile(r"(?<![\w’'-])[a-zà-ÿ]{2,}(?: [a-zà-ÿ]{2,}){1,2}(?=\s*[.,;:!?]|\s+(?:and|where|which|said|in|on)\b)")


@cache
def _any_given_names() -> frozenset[str]:
    """Given names of one gender and of either (first_names.yml ``female``, ``male``, ``other``), folded."""
    data = load_yaml("first_names.yml")
    return frozenset(_first_names()) | frozenset(str(data.get("other", "")).split())


def _common_nouns(raw: str, paras: Sequence[Range], elsewhere: dict[str, str], alone: AbstractSet[str]) -> set[str]:
    """Words the article capitalises only inside longer names and writes lowercase after a determiner.

    "Hitaveita Ölfuss" (a utility) and later "the hitaveita", "Gopal Baoli"
    and "the baoli": the lowercase word is the common noun the name is built
    on (left in the source language, or a loanword), not the name in lower
    case. One such use in the article decides for every lowercase one.
    """
    out = set()
    for ps, pe in paras:
        for m in _words(raw, ps, pe):
            tok = m.group()
            if (
                tok.islower()
                and tok in elsewhere
                and tok not in alone
                and _DETERMINER_BEFORE.search(raw, max(ps, m.start() - 8), m.start())
            ):
                out.add(tok)
    return out


def _lowercase_name_heads(raw: str, paras: Iterable[Range]) -> list[Span]:
    """The first word of a name lowercase before its capitalised rest, in a slot that names.

    "The fisherman nguyễn Văn Hải", "the district of sơn Trà": a family name
    (first in Vietnamese, Chinese, Korean and Hungarian order) or the first
    word of a place lost its capital. Three signs together: a person noun or
    "district of" before it, a capitalised word right after it, and the word
    itself known to no everyday vocabulary (rare in English, in no source
    language's list). A particle ("Josep de la Serra") is a word of the list,
    so it never counts; a common noun after a person noun ("the farmer Pop")
    is English and stays out.
    """
    lc = config()["lowercase_name"]
    nouns = _name_nouns()
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in re.finditer(r"(?<![\w@#/.’'-])([^\W\d_]{3,})(?=\s+([^\W\d_]{2,})(?![\w@/-]))", raw[ps:pe]):
            tok, nxt = m.group(1), m.group(2)
            s, e = ps + m.start(), ps + m.end(1)
            if (
                not tok.islower()
                or not _name_cased(nxt)
                or re.fullmatch(_PARTICLES, tok)
                # "The nurse luana Pereira": a given name of one gender English hardly uses counts too.
                or not (
                    (_wordlist.zipf(tok) < lc["name_head_max_zipf"] and _unknown_word(tok))
                    or (_fold(tok) in _first_names() and _wordlist.zipf(tok) < lc["not_english_zipf"])
                )
                or not _is_prose_token(raw, s, e, urls)
            ):
                continue
            before = re.search(r"([A-Za-z]+)\s+$", raw[max(ps, s - 30) : s])
            # "The director of the port, phạm Thị Lan": the name in apposition to a person noun.
            before = before or re.search(r"([A-Za-z]+)(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+)?,\s+$", raw[max(ps, s - 40) : s])
            person = before and before.group(1).lower() in nouns
            if not (person or _PLACE_OF.search(raw, max(ps, s - 40), s) or _RESIDENT_OF.search(raw, max(ps, s - 40), s)):
                continue
            proper = tok[0].upper() + tok[1:]
            out.append(flag(s, e, "lowercase-name", f"A name written in lowercase: “{tok}” should be “{proper}”.", proper))
    return out


#: Particles that stand lowercase between a given name and a surname ("Lotte van Dijk"),
#: Arabic and Hebrew ones included ("Huda bint Saeed", "Omar ibn Khalid", "Yossi ben Ami"),
#: and Filipino ones ("Mario dela Cruz", "Ana delos Santos").
_PARTICLES = lx.NAME_PARTICLES_RE
#: A given name, one to three particles, a word (case checked by the caller, so
#: that "Jana dvořáková" counts: [a-z] knows no "ř"). Overlapping: "said Jana x".
_PARTICLE_NAME = re.compile(rf"(?<![\w-])(?=([^\W\d_]+)\s+((?:(?:{_PARTICLES})\s+){{0,3}})([^\W\d_]{{3,}})(?![\w@/-]))")


@cache
def _name_nouns() -> frozenset[str]:
    """Person nouns after which a name follows: pronoun_gender's and ``lowercase_name.name_slot_nouns``."""
    cfg = config()
    return frozenset(cfg["pronoun_gender"]["person_nouns"]) | frozenset(cfg["lowercase_name"]["name_slot_nouns"])


#: A person noun (its place or office after it) and a comma, then a capitalised word, a
#: lowercase word and a comma: "The mayor, Arben hoxha,", "The head of the clinic, Nino beridze,".
_APPOSED_NAME = re.compile(
    r"\b([A-Za-z]+)(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}[\w-]+){0,2},\s+"
    r"([A-Z][^\W\d_]+)\s+([^\W\d_]{4,}),"
)


def _apposed_lowercase_surnames(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A surname in lowercase in an apposition to a person noun: "The mayor, Arben hoxha, said".

    The given name need not be one first_names.yml lists: a person noun, a
    comma, a capitalised word and a lowercase word closed by a comma leave
    no other reading than a name, so the lowercase word lost its capital
    when English hardly uses it (Zipf below ``lowercase_name.surname_max_zipf``:
    "mansour" 2.7, "petrov" 2.8) and it is no particle ("The driver, Mario
    dela Cruz,").
    """
    lc = config()["lowercase_name"]
    nouns = _name_nouns()
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _APPOSED_NAME.finditer(raw, ps, pe):
            first, last = m.group(2), m.group(3)
            s, e = m.span(3)
            if m.group(1).lower() not in nouns or not _name_cased(first) or not last.islower():
                continue
            if re.fullmatch(_PARTICLES, last) or _wordlist.zipf(last) >= lc["surname_max_zipf"]:
                continue
            if not _is_prose_token(raw, s, e, urls):
                continue
            out.append(_lowercase_surname(s, e, f"{first} ", last))
    return out


def _lowercase_surname(s: int, e: int, lead: str, last: str) -> Span:
    """The flag of a surname that lost its capital after ``lead`` (the given name and any particles)."""
    proper = last[0].upper() + last[1:]
    message = f"A surname written in lowercase: “{lead}{last}” should be “{lead}{proper}”."
    return flag(s, e, "lowercase-name", message, proper)


#: A capitalised word right before (a given name) and right after (a surname) a particle.
_BETWEEN_NAMES = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+\s+$")
_NAME_NEXT = re.compile(r"\s+[A-Z][^\W\d_]+")


def _name_cased(word: str) -> bool:
    """Capitalised like a name: "Jana", "Łukasz" (not "JANA", not "jana")."""
    return word[:1].isupper() and word[1:].islower()


def _lowercase_surnames(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A surname in lowercase after a correct particle: "Lotte van hooijdonk".

    The given name (first_names.yml) is capitalised, the particle rightly
    lowercase, and the word after it no English word (Zipf below
    ``lowercase_name.surname_max_zipf``, not in the word list): only the
    surname lost its capital. "Kees de Wit" and "Fatima el Amrani" are fine.
    Without a particle ("Paolo rinaldi") the place must also say a person is
    named: a title or a person noun before it, or a reporting verb after it.
    """
    nouns = _name_nouns()
    lc = config()["lowercase_name"]
    given = _first_names()
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in _PARTICLE_NAME.finditer(raw, ps, pe):
            first, last = m.group(1), m.group(3)
            s, e = m.span(3)
            if not _name_cased(first) or not last.islower():
                continue
            # A given name of either gender (first_names.yml ``other``) needs a person noun before it.
            either = _fold(first) not in given and _fold(first) in _any_given_names()
            if (_fold(first) not in given and not either) or re.fullmatch(_PARTICLES, last) or not _is_prose_token(raw, s, e, urls):
                continue
            if not m.group(2):
                before = re.search(r"([A-Za-z]+)[.,]?\s+$", raw[max(ps, m.start() - 30) : m.start()])
                named = before and (before.group(1).lower() in nouns or before.group(1).lower() in _NAME_INTRO)
                # "The mayor of Nový Bor, Jana dvořáková": a title with its place or office, then the name.
                titled = _TITLE_OF_BEFORE.search(raw, max(ps, m.start() - 60), m.start())
                named = named or (titled and titled.group(1).lower() in nouns)
                # "A worker, Abdul karim, told …": an apposition closed by a comma and a reporting
                # verb leaves no other reading, so a surname English also knows as a name
                # (wordfreq folds case: "karim" 3.2, "reyes" 3.4) is one too.
                closed = named and _CLOSED_APPOSITION.match(raw, e, pe)
                limit = lc["apposed_surname_max_zipf"] if closed else lc["surname_max_zipf"]
                if len(last) < 4 or _wordlist.zipf(last) >= limit or not (named or _REPORTED_AFTER.match(raw, e, pe)):
                    continue
                if either and not named:
                    continue
            elif _wordlist.zipf(last) >= lc["surname_max_zipf"] or _wordlist.is_english_word(last, min_zipf=2.0):
                continue
            if _wordlist.best_split(last, min_zipf=config()["glued"]["min_part_zipf"]):
                continue  # glued words, flagged as such
            out.append(_lowercase_surname(s, e, f"{first} {m.group(2)}", last))
    return out


#: Reporting verbs that close a name's slot: "…, Abdul karim, told", "ana ruiz said".
_REPORT_VERB = r"(?:said|says|told|tells|added|explained|declared|stated|insisted|warned)\b"
#: A comma closing an apposition, then a reporting verb: "…, Abdul karim, told".
_CLOSED_APPOSITION = re.compile(rf",\s+{_REPORT_VERB}")

#: A title with the place or office it belongs to, then a comma: "The mayor of Nový Bor, ".
_TITLE_OF_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,2}[A-Z][\w-]*,\s+$")

#: A reporting verb right after a name, or after its apposition: "ana ruiz said", "ana ruiz, a nurse, told";
#: or the name closes an apposition itself: "The member for trade, Hon. George ouma, said".
_REPORTED_AFTER = re.compile(rf"(?:,[^,.;:\n]{{1,60}},|,)?\s+{_REPORT_VERB}")

#: Words after which a person's name follows: "said", "by", titles.
_NAME_INTRO = frozenset({"said", "says", "told", "by", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mayor", "minister", "senator"})


def _lowercase_full_names(raw: str, paras: Iterable[Range]) -> list[Span]:
    """A person's full name in lowercase: a given name (first_names.yml) and a surname English does not know.

    "with the minister marta llorente": "marta" is a given name, "llorente"
    is rare as an English word (Zipf below ``lowercase_name.surname_max_zipf``),
    and a title or a reporting verb stands before them.
    """
    lc = config()["lowercase_name"]
    given = _first_names()
    nouns = _name_nouns()
    out = []
    for ps, pe in paras:
        urls = _url_ranges(raw, ps, pe)
        for m in re.finditer(r"(?<![\w@#/.-])([a-zà-ÿ]{3,})(?=\s+([a-zà-ÿ]{4,})(?![\w@/-]))", raw[ps:pe]):
            first, last = m.group(1), m.group(2)
            s, e = ps + m.start(), ps + m.end(2)
            if _fold(first) not in given or _wordlist.zipf(last) >= lc["surname_max_zipf"] or not _is_prose_token(raw, s, e, urls):
                continue
            # "the minister marta llorente", "said ana ruiz": a title or a reporting
            # verb before it says a person is named ("hunter gatherers" is no name).
            before = re.search(r"([A-Za-z]+)\.?\s+$", raw[max(ps, s - 30) : s])
            if not before or not (before.group(1).lower() in nouns or before.group(1).lower() in _NAME_INTRO):
                # "Minister of Infrastructure barry madlener": the title with its portfolio;
                # "according to ana ruiz", "ana ruiz, …, said": a source's name.
                before = re.search(r"([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){1,3}$", raw[max(ps, s - 60) : s])
                # "The minister of infrastructure tomasz kowalczyk": MT lowercases the portfolio too.
                before = before or re.search(
                    r"([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+and\s+[a-z]+)?\s+$", raw[max(ps, s - 60) : s]
                )
                cited = re.search(r"\baccording to\s+$", raw[max(ps, s - 15) : s], re.IGNORECASE) or _REPORTED_AFTER.match(raw, e, pe)
                if not cited and (not before or before.group(1).lower() not in nouns):
                    continue
            if _wordlist.best_split(last, min_zipf=config()["glued"]["min_part_zipf"]):
                continue  # "maria thatthe": glued words, flagged as such
            proper = f"{first.capitalize()} {last.capitalize()}"
            out.append(flag(s, e, "lowercase-name", f"A name written in lowercase: “{raw[s:e]}” should be “{proper}”.", proper))
        # "the winemaker istván Fekete": a given name English hardly knows, lowercase
        # before a capitalised surname, lost its own capital.
        for m in re.finditer(r"(?<![\w@#/.’'-])([^\W\d_]{3,})(?=\s+([^\W\d_]{3,})(?![\w@/-]))", raw[ps:pe]):
            first, last = m.group(1), m.group(2)
            s = ps + m.start()
            if (
                not first.islower()
                or not _name_cased(last)
                or _fold(first) not in given
                or _wordlist.zipf(first) >= lc["surname_max_zipf"]
                or not _is_prose_token(raw, s, s + len(first), urls)
                or _DETERMINER_BEFORE.search(raw, max(ps, s - 8), s)
                or (re.fullmatch(_PARTICLES, first) and _BETWEEN_NAMES.search(raw, max(ps, s - 30), s))
            ):
                continue
            proper = first[0].upper() + first[1:]
            out.append(flag(s, s + len(first), "lowercase-name", f"A name written in lowercase: “{first}” should be “{proper}”.", proper))
    return out


#: A determiner right before a word: "the glassworks", "its harbour" name no one.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|his|her|their|our|my|your)\s+$", re.IGNORECASE)

#: "the village of …", "the locality of …": what follows is a place's name.
_PLACE_OF = re.compile(
    r"\b(?:town|city|village|locality|municipality|province|region|district|neighbourhood|neighborhood|suburb|borough|commune"
    r"|county|parish|hamlet|island|valley|river|lake|port|station|square|street|avenue|mayor|people|inhabitants|residents"
    r"|quarter|canton|department|prefecture|governorate|oblast|voivodeship|centre|center|outskirts|suburbs|streets"
    r"|villager|councillor|councilor|prefect|area|ward|settlement|township|subdistrict|regency|road|highway)s?\s+of\s+$",
    re.IGNORECASE,
)
#: "a resident of …", "a native of …": what follows is where a person lives or comes from.
_RESIDENT_OF = re.compile(r"\b(?:an?|the)\s+(?:resident|inhabitant|native)\s+of\s+$", re.IGNORECASE)


@cache
def _name_heads() -> str:
    """Lowercase words that begin place names ("são", "san"), as a regex alternation (damage.yml)."""
    return "|".join(re.escape(w) for w in sorted(config()["lowercase_name"]["place_name_heads"], key=len, reverse=True))


@cache
def _name_head_before() -> re.Pattern[str]:
    """A word that begins place names right before a word (compiled once: asked for every lowercase word)."""
    return re.compile(rf"(?<![\w-])({_name_heads()})\s+$")


#: "a" or "an" right before a word ("a turkey": an ordinary noun).
_A_BEFORE = re.compile(r"\ban?\s$")
#: Prepositions that take a place ("near", "outside"), not a thing or a time.
_PLACE_ONLY_PREP = re.compile(r"\b(?:in|from|near|outside|towards|via)\s+$", re.IGNORECASE)
#: "in", "from", "near" … right before a word: the word is a place.
_PLACE_PREP = re.compile(r"\b(?:in|from|of|near|to|at|outside|around|between|via|towards|and)\s+$", re.IGNORECASE)


@cache
def _more_places() -> frozenset[str]:
    """Cities whose names are not English words (places_more.yml, from GeoNames)."""
    return frozenset(str(load_yaml("places_more.yml")["cities"]).split())


def _capitalised_mid_sentence(raw: str, paras: Sequence[Range]) -> dict[str, str]:
    """Lowercase form -> form, for words the text capitalises inside a sentence."""
    out: dict[str, str] = {}
    for ps, pe in paras:
        for m in _words(raw, ps, pe):
            w = m.group()
            if len(w) > 1 and w[0].isupper() and w[1:].islower() and not _sentence_initial(raw, m.start(), ps):
                out.setdefault(w.lower(), w)
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_WORD_AFTER = re.compile(r"['’]?s?\s+([^\W\d_]+)")
_JOINED_BEFORE = re.compile(r"[A-Z][\w'’]*\s+(?:of|for|de|di|da|do|del|della)\s+(?:the\s+)?$")


def _capitalised_alone(raw: str, paras: Sequence[Range]) -> set[str]:
    """Lowercase forms of words the text capitalises mid-sentence as a one-word name."""
    out: set[str] = set()
    for ps, pe in paras:
        for m in _words(raw, ps, pe):
            w = m.group()
            if len(w) > 1 and w[0].isupper() and w[1:].islower() and not _sentence_initial(raw, m.start(), ps):
                before = _WORD_BEFORE.search(raw[max(ps, m.start() - 40) : m.start()])
                after = _WORD_AFTER.match(raw[m.end() : pe])
                # "the Association of Hoteliers": a capitalised word before "of (the)" joins the name.
                joined = _JOINED_BEFORE.search(raw[max(ps, m.start() - 40) : m.start()])
                if not (before and before.group(1)[0].isupper()) and not (after and after.group(1)[0].isupper()) and not joined:
                    out.add(w.lower())
    return out


#: A capitalised name as a list item: "Ulm", "Bad Homburg".
_LIST_NAME = r"[A-Z][^\W\d_]+(?:\s(?:(?:de|da|do|dos|das|di|del|della|van|von|der)\s)?[A-Z][^\W\d_]+)?"


def _unknown_word(tok: str) -> bool:
    """Known neither to English nor, as an everyday word, to a usual source language."""
    return not any(_wordlist.zipf(tok, lang) >= 2.5 for lang in config()["untranslated"]["languages"])


def _in_name_list(raw: str, s: int, e: int, ps: int, pe: int, *, min_items: int = 2) -> bool:
    """True when [s, e) is an item of a list of at least ``min_items`` capitalised names.

    A place noun before the list ("the stations of X and y") counts as one.
    One name is enough for a word no language knows ("Zafferana Etnea and nicolosi").
    """
    before = re.search(rf"(?:{_LIST_NAME},\s+)*({_LIST_NAME})(?:,\s+|,?\s+(?:and|or)\s+)$", raw[max(ps, s - 120) : s])
    after = re.match(rf"(?:,\s+|,?\s+(?:and|or)\s+)({_LIST_NAME})\b", raw[e:pe])
    items = 0
    if before:
        items += len(re.findall(_LIST_NAME, before.group()))
        if _sentence_initial(raw, max(ps, s - 120) + before.start(1), ps) and before.group().count(",") == 0:
            items -= 1  # "Tuesday and …": a sentence's first word is no evidence
    if after:
        items += 1
    # "the stations of Rossio and …": a place noun before the list names its kind.
    first = (max(ps, s - 120) + before.start()) if before else s
    if _PLACE_OF.search(raw, max(ps, first - 30), first):
        items += 1
    return items >= min_items


# --------------------------------------------------------------------------
# pronoun gender


def _gender_words() -> tuple[dict[str, str], dict[str, str]]:
    cfg = config()
    pron = {w: g for g in ("male", "female") for w in cfg["pronouns"][g]}
    nouns = {w: g for g in ("male", "female") for w in cfg["gendered_words"][g]}
    return pron, nouns


#: "For his part, Moon …", "In her speech, Ms Lee …": a possessive in an opening
#: adverbial phrase refers to the subject that follows ("Her coach, X" does not).
_INTRO_POSSESSIVE = re.compile(r"[\W]*(?:for|on|in|at|after|during|with|from|despite|to)\s+(?:his|her)$", re.IGNORECASE)


class _People:
    """Person mentions sorted by offset, for range queries in O(log n)."""

    def __init__(self, people: Sequence[tuple[int, int, str, str]]):
        self.items = sorted(people)
        self.starts = [p[0] for p in self.items]

    def between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(start, canonical) of the mentions starting in ``[lo, hi)``."""
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return [(p[0], p[2]) for p in self.items[i:j]]


class _Ranges:
    """Membership in a set of ranges (quoted regions) in O(log n)."""

    def __init__(self, ranges: Iterable[Range]):
        merged: list[list[int]] = []
        for s, e in sorted(ranges):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos)
        return k > 0 and pos < self.ends[k - 1]


def pronoun_evidence(
    raw: str,
    sentences: Sequence[Range],
    people: Sequence[tuple[int, int, str, str]],
    inside_quotes: Iterable[Range],
) -> tuple[dict[str, Counter[str]], dict[int, tuple[str, str]]]:
    """Evidence of each person's gender, from the article itself.

    A third-person pronoun outside quotes counts for the one person mentioned
    before it in its sentence (or, failing that, in the sentence before, or
    the only person the paragraph has named so far) unless
    a pronoun of the other gender came first in the sentence; a possessive in
    an opening phrase ("For his part, Moon …") counts for the first person after
    it; an honorific or gendered noun in a mention ("Mr", "spokeswoman")
    counts double. Returns the totals per canonical name and, per pronoun
    offset, the (person, gender) it counted for, so a checked pronoun can be
    taken out of the evidence for itself.
    """
    pron, nouns = _gender_words()
    strong = config()["pronoun_gender"]["min_evidence"]
    index, quoted = _People(people), _Ranges(inside_quotes)
    evidence: dict[str, Counter[str]] = defaultdict(Counter)
    counted: dict[int, tuple[str, str]] = {}
    titles = set(config()["pronoun_gender"]["titles_of_address"])
    titled: set[str] = set()
    addressed: dict[str, set[str]] = defaultdict(set)  # the genders titles of address give a person
    roles: dict[str, Counter[str]] = defaultdict(Counter)  # evidence from role and other nouns
    for s, e, canonical, text in people:
        before = raw[max(0, s - 12) : s].split()
        head = len(raw[:s].rstrip()) - len(before[-1]) if before else s  # where the word before starts
        if before and _OF_COMPLEMENT.search(raw, max(0, head - 30), head):
            before = []  # "the neighbour of the woman, X": the noun is another's complement
        for w in [*text.lower().split(), *(before[-1:] if before else [])]:
            g = nouns.get(w.lower().strip(",."))
            if g:
                evidence[canonical][g] += strong
                if w.lower().strip(",.") in titles:
                    titled.add(canonical)
                    addressed[canonical].add(g)
                else:
                    roles[canonical][g] += strong
                if _kinship_noun(w):
                    evidence[canonical][_SETTLED + g] += 1  # "Aunt Lyuba", "his wife Olga": no translation writes that for a man
        g = _address_gender(raw, s, e, text)
        if g:
            evidence[canonical][g] += strong
            titled.add(canonical)
            addressed[canonical].add(g)
        g = _apposition_gender(raw, s, e)
        if g:
            evidence[canonical][g] += strong
            roles[canonical][g] += strong
        for g, noun in _apposition_genders(raw, s, e):
            if _settles_gender(noun):
                evidence[canonical][_SETTLED + g] += 1
        g = _predicate_gender(raw, e)
        if g:
            evidence[canonical][g] += strong
            evidence[canonical][_SETTLED + g] += 1
    # "… Haingo Randrianarisoa. After the meeting, the mayor, who is the first woman to
    # lead the commune, said …": a descriptor whose relative clause settles the gender
    # is the one person named since the sentence before.
    sent_starts = [ss for ss, _ in sentences]
    for m in _descriptor_who_is().finditer(raw):
        k = bisect_right(sent_starts, m.start()) - 1
        if k < 0 or m.start() in quoted:
            continue
        named = {c for _, c in index.between(sentences[max(0, k - 1)][0], m.start())}
        if len(named) == 1:
            who, g = next(iter(named)), nouns[m.group(1).lower()]
            evidence[who][g] += strong
            evidence[who][_SETTLED + g] += 1
    _descriptor_sentences(raw, sentences, index, quoted, evidence)
    # "The chairman of the union, Piret Lepp … Mrs Lepp": MT writes the masculine role
    # for a woman, so a title of address outranks a role noun of the other gender.
    for canonical, genders in addressed.items():
        if len(genders) == 1:
            other = "female" if "male" in genders else "male"
            evidence[canonical][other] -= roles[canonical][other]
    # The given name counts for people no title of address describes: "Mrs Tamar
    # Levi" is a woman whatever a name list says of "Levi". A role noun does not
    # outrank it: MT writes "chairman" for a woman ("ordförande", "başkan").
    for canonical in dict.fromkeys(c for _, _, c, _ in people):
        g = first_name_gender(canonical) if canonical not in titled else None
        if g:
            evidence[canonical][g] += strong
    for k, (ss, se) in enumerate(sentences):
        seen: set[str] = set()  # genders of the pronouns met so far in the sentence
        for m in re.finditer(r"\b[A-Za-z]+\b", raw[ss:se]):
            g = pron.get(m.group().lower())
            pos = ss + m.start()
            if not g or pos in quoted:
                continue
            other_before = bool(seen - {g})
            seen.add(g)
            if other_before:
                continue  # "He said she …": two people, only one of them named nearby
            before = {c for _, c in index.between(ss, pos)}
            after = index.between(pos + 1, se)
            if not before and after and _INTRO_POSSESSIVE.match(raw[ss : pos + len(m.group())]):
                before = {after[0][1]}
            elif not before and k > 0:
                before = {c for _, c in index.between(*sentences[k - 1])}
            if not before:
                # "X said … “…”, he said. She added …": nobody named in this sentence or the
                # one before, but only one person in the paragraph so far: that person.
                before = {c for _, c in index.between(raw.rfind("\n", 0, pos) + 1, pos)}
            if len(before) == 1:
                who = next(iter(before))
                evidence[who][g] += 1
                counted[pos] = (who, g)
    return evidence, counted


def _kinship_noun(word: str) -> bool:
    """A kinship noun (damage.yml ``pronoun_gender.kinship_nouns``): "Aunt Lyuba", "the widow X", a gender no translation changes."""
    return word.lower().strip(",.") in set(config()["pronoun_gender"]["kinship_nouns"])


@cache
def _descriptor_opening() -> re.Pattern[str]:
    """A sentence opening on "The <noun>" whose noun settles a gender ("The old woman laughed"), as its subject."""
    nouns = config()["gendered_words"]
    titles = set(config()["pronoun_gender"]["titles_of_address"])
    words = "|".join(re.escape(w) for g in ("male", "female") for w in nouns[g] if len(w) > 3 and _settles_gender(w) and w not in titles)
    return re.compile(
        rf"\s*(?:The|This)\s+(?:[a-z][\w-]*\s+){{0,2}}?({words})\b"
        r"(?!['’]s|\s+(?:of|who|whom|whose|that|from|in|at|with|and|or)\b|,\s+[A-Z])"
    )


def _descriptor_sentences(raw: str, sentences: Sequence[Range], index: _People, quoted: _Ranges, evidence: dict[str, Counter[str]]) -> None:
    """Settle the gender of a person the next sentence calls by a gendered noun.

    "Nna Ouardia … opened the tap. The old woman laughed …": a sentence that opens on
    "The <noun>" right after one naming a single person, and no one unnamed,
    speaks of that person again; the noun settles the gender as an apposition
    would, whatever pronouns a translation chose.
    """
    _, nouns = _gender_words()
    strong = config()["pronoun_gender"]["min_evidence"]
    for k in range(1, len(sentences)):
        ss, prev = sentences[k][0], sentences[k - 1][0]
        m = _descriptor_opening().match(raw, ss)
        if not m or ss in quoted or "\n" in raw[sentences[k - 1][1] : ss].strip(" "):
            continue  # a new paragraph may turn to someone else
        named = {c for p, c in index.between(prev, ss) if p not in quoted}
        if len(named) != 1 or _unnamed_person(raw, prev, ss, index, quoted):
            continue
        who, g = named.pop(), nouns[m.group(1).lower()]
        evidence[who][g] += strong
        evidence[who][_SETTLED + g] += 1


@cache
def _predicate_pattern() -> re.Pattern[str]:
    nouns = config()["gendered_words"]
    words = "|".join(re.escape(w) for g in ("male", "female") for w in nouns[g] if len(w) > 3 and _settles_gender(w))
    return re.compile(rf"\s*,?\s+(?:is|was)\s+(?:also\s+)?(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?({words})\b", re.IGNORECASE)


def _predicate_gender(raw: str, e: int) -> str | None:
    """Gender a predicate right after a mention settles: "Thiziri Mebarki is the daughter of the village", "X, is a widow"."""
    m = _predicate_pattern().match(raw, e)
    return _gender_words()[1].get(m.group(1).lower()) if m else None


def _named_between(index: _People, lo: int, hi: int, quoted: _Ranges) -> list[tuple[int, str]]:
    """Mentions in [lo, hi) outside quotes.

    A name inside a quote ("“Mam, we will find a way,” he said") is whom the
    speaker addresses or speaks of, not whom a pronoun outside the quote stands for.
    """
    return [(p, c) for p, c in index.between(lo, hi) if p not in quoted]


#: What stands between a title and the name it is apposed to: "The Rwot Kweri of the parish, ".
_APPOSED_TO_NAME = re.compile(r"(?:\s+(?:of|for|from|in|at)\s+[^,.;:“”\"\n]{1,60})?,\s+")


def _without_apposed_titles(candidates: set[str], people: Sequence[tuple[int, int, str, str]], raw: str) -> set[str]:
    """The candidates without one whose every mention is a title apposed to another candidate's name.

    "The Rwot Kweri of the parish, Aciro Florence": the entities layer may take
    a title it does not know for a person of its own; it is the same person.
    """
    if len(candidates) < 2:
        return candidates
    starts = {s: c for s, _, c, _ in people if c in candidates}
    out = set(candidates)
    for c in candidates:
        mentions = [(s, e) for s, e, cc, _ in people if cc == c]
        apposed = True
        for _, e in mentions:
            m = _APPOSED_TO_NAME.match(raw, e)
            if not m or starts.get(m.end()) in (None, c):
                apposed = False
                break
        if apposed and mentions:
            out.discard(c)
    return out or candidates


#: A subject pronoun opening a clause inside the sentence ("…, because he does not lose",
#: "Last winter he took …") and a possessive after a preposition ("kept in his home").
_CLAUSE_SUBJECT = re.compile(
    r"(?:,|\b(?:and|because|when|as|since|so|but|while|after|before|if|until|where|though|although))\s+(he|she)\s+(?=[a-z])"
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+){0,2}?(he|she)\s+(?=[a-z])"
)
_PREPOSITION_POSSESSIVE = re.compile(r"\b(?:in|at|from|without|with|into|on|for)\s+(his|her)\s+(?=[a-z])")
#: A sentence opening on a possessive ("His daughters are at school"): anyone's, unless a noun settled
#: the gender of the one person in play (see ``_settled_against``).
_OPENING_POSSESSIVE = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(His|Her)\s+(?=[a-z])")


def _clause_targets(
    raw: str,
    ps: int,
    pe: int,
    quoted: _Ranges,
    targets: dict[int, tuple[int, str | None]],
    loose: set[int],
    objects: set[int],
    settled_only: set[int],
) -> None:
    """Add the pronouns a translation changes that open no sentence and attribute nothing.

    "…, because he does not lose the morning", "Last winter he took …", "the books are
    kept in his home": a translation from a language without gendered pronouns writes
    its default there as anywhere. Checked as loosely attached (the full evidence), a
    possessive as an object (against the name, title or noun alone).
    """
    for k, pattern in enumerate((_CLAUSE_SUBJECT, _PREPOSITION_POSSESSIVE, _OPENING_POSSESSIVE)):
        for m in pattern.finditer(raw, ps, pe):
            g = m.lastindex or 1
            s = m.start(g)
            if s in targets or s in quoted:
                continue
            if k == 1 and m.group(g).lower() == "her" and _OBJECT_NEXT.match(raw, m.end(g)):
                continue  # "agreed with her and …": an object, someone else's
            targets[s] = (m.end(g), None)
            loose.add(s)
            if k:
                objects.add(s)
            if k == 2:
                settled_only.add(s)


def _settled_against(evidence: dict[str, Counter[str]], candidates: set[str], g: str) -> bool:
    """Every candidate's gender is settled by a noun ("the widow", "Aunt Lyuba"), and not ``g``."""
    other = "female" if g == "male" else "male"
    return bool(candidates) and all(
        evidence.get(c, Counter()).get(_SETTLED + other, 0) > 0 and not evidence.get(c, Counter()).get(_SETTLED + g, 0) for c in candidates
    )


@cache
def _first_names() -> dict[str, str]:
    """Given name -> "male" | "female", from first_names.yml (see its header) and damage.yml's
    ``given_names_more`` and ``given_names_world`` (cultures the registers hardly cover)."""
    data = load_yaml("first_names.yml")
    names = {name: g for g in ("female", "male") for name in str(data[g]).split()}
    for key in ("given_names_more", "given_names_world"):
        more = config().get(key) or {}
        for g in ("female", "male"):
            for name in more.get(g) or []:
                names.setdefault(str(name), g)
    return names


@cache
def _less_attested_names() -> dict[str, str]:
    """Given name -> gender from first_names.yml ``female_less``, ``male_less``: one-sided names few registers count.

    Trusted for a name's first word only: many of them are family names elsewhere
    ("Colombo"), so they never tell the gender of a name written family name first.
    """
    data = load_yaml("first_names.yml")
    return {name: g for g in ("female", "male") for name in str(data.get(f"{g}_less") or "").split()}


def first_name_gender(full_name: str) -> str | None:
    """The gender a person's given name tells, or None.

    Only for a name of two or more words whose first word is a given name
    borne almost only by one gender in many countries ("Marta Ruiz"); a lone
    surname, an initial or an ambiguous name ("Andrea", "Kim") tells nothing.
    """
    words = [w for w in re.split(r"\s+", full_name.strip()) if w]
    while words and words[0].rstrip(".").lower() in _HONORIFICS:
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper() or len(words[0].rstrip(".")) < 2 or words[0].endswith("."):
        return None
    names = _first_names()
    first = _fold(words[0])
    if first in names:
        return names[first]
    # "Mohammad-Reza Karimi": a double given name takes the gender of its first part.
    head = first.split("-")[0]
    if head != first and head in names:
        return names[head]
    less = _less_attested_names()
    if first in less:
        return less[first]
    # "Szabó Katalin": Hungarian (and East Asian) order puts the family name first;
    # when the first word is no given name and the last of two is, the last tells.
    if len(words) == 2 and words[1][:1].isupper() and first not in names and first not in less:
        g = names.get(_fold(words[1]))
        if g:
            return g
    return _name_part_gender(words)


def _gender_from_second_word(full_name: str) -> bool:
    """True when ``first_name_gender`` read the name family name first ("Szabó Katalin"): a guess
    that an unknown given name before a surname that is a given name elsewhere ("Maricel Santos") fools."""
    words = [w for w in full_name.split() if w.rstrip(".").lower() not in _HONORIFICS]
    if len(words) != 2 or not first_name_gender(full_name):
        return False
    first = _fold(words[0])
    return first not in _first_names() and first.split("-")[0] not in _first_names() and first not in _less_attested_names()


def _name_part_gender(words: Sequence[str]) -> str | None:
    """The gender a particle or ending of the name tells ("Nguyen Thi Hoa", "Dilnoza Karimova"), or None.

    From damage.yml ``name_gender_parts``: particles count inside the name only
    (not first, not last); endings on the last word of a name of two or three words.
    """
    parts = config()["name_gender_parts"]
    inner = {w.lower() for w in words[1:-1]}
    for g in ("female", "male"):
        if inner & {str(p) for p in parts[f"{g}_particles"]}:
            return g
    last = words[-1].lower()
    if last in {str(w) for w in parts.get("female_last_words") or []}:
        return "female"  # "Harpreet Kaur": a given name of both genders, a last name of one
    if len(words) <= 3 and last[:1].isalpha():
        for g in ("female", "male"):
            if any(last.endswith(str(x)) and len(last) > len(str(x)) + 2 for x in parts[f"{g}_endings"]):
                return g
    return None


_HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"}


@cache
def _address_titles() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    """Titles of address of many languages (``titles_of_address_world``): patterns before and after a name, and each form's gender."""
    cfg = config()["titles_of_address_world"]
    pre = {str(w).lower(): g for g in ("female", "male") for w in cfg[g]}
    post = {str(w).lower(): g for g in ("female", "male") for w in cfg[f"{g}_after"]}

    def alternation(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # The title right before the name ("Kalbatoni Eteri Beridze", "Puan Sri Zaleha Osman").
    before = re.compile(rf"(?:^|(?<=[\s(“\"]))({alternation(pre)})\s+$", re.IGNORECASE)
    # The title right after it ("Elif Hanım", "Rokeya Begum,").
    after = re.compile(rf"\s+({alternation(post)})(?!\w)", re.IGNORECASE)
    return before, after, pre, post


def _address_gender(raw: str, s: int, e: int, text: str) -> str | None:
    """Gender told by a title of address of any language at the edges of the mention at [s, e) ("Daw Khin Myat", "Ayşe Hanım")."""
    before, after, pre, post = _address_titles()
    words = text.lower().split()
    for k in (2, 1):  # the title may have been taken into the mention itself
        if len(words) > k and " ".join(words[:k]) in pre:
            return pre[" ".join(words[:k])]
    if len(words) > 1 and words[-1] in post:
        return post[words[-1]]
    m = before.search(raw, max(0, s - 20), s)
    if m:
        return pre.get(m.group(1).lower())
    # "Bà Lê Thị Thu" with the mention "Thị Thu": the NER left a word of the name out
    # between the title and the mention.
    gap = re.search(r"(?:^|(?<=[\s(“\"]))(\S+)\s+[A-ZÀ-Ỹ][^\W\d_]*\s+$", raw[max(0, s - 30) : s])
    if gap and gap.group(1).lower() in pre and gap.group(1)[:1].isupper():
        return pre[gap.group(1).lower()]
    m = after.match(raw, e, min(len(raw), e + 20))
    return post.get(m.group(1).lower()) if m else None


@cache
def _apposition_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = config()["gendered_words"]
    words = "|".join(re.escape(w.rstrip(".")) for g in ("male", "female") for w in nouns[g] if len(w.rstrip(".")) > 3)
    title = r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?"
    # "the state chairwoman of the Bar Council, Dr. NAME": noun, its complement, comma, name;
    # "the woman farmer from the village, NAME": a noun before the role it qualifies;
    # "The mother of four children, herder NAME": a role word may stand before the name.
    role = r"(?:(?!(?:and|or|but|nor|with|while|whereas|then|as|also)\b)[a-z][\w-]*\s+){0,2}?"
    before = re.compile(
        rf"\b({words})\b(?:\s+[a-z][\w-]*){{0,2}}?(?:\s+(?:of|for|at|in|to|from)\s+[^,.;:“”\"]{{1,60}})?,\s*{role}{title}$",
        re.IGNORECASE,
    )
    # "NAME, the chairwoman of …" / "NAME, a spokeswoman for …" / "NAME, mother of three,";
    # a relative clause saying what the person is: "NAME, who is mother of two daughters".
    after = re.compile(
        rf",\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?({words})\b|({words})\s+of\b"
        rf"|{_WHO_IS}(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?)?({words})\b)",
        re.IGNORECASE,
    )
    return before, after


#: "…, who is", "…, who last year became", "…, who has been": a relative clause that says what someone is.
_WHO_IS = r"who\s+(?:[\w-]+\s+){0,3}?(?:is|was|became|has\s+become|had\s+become|has\s+been|remains)\s+(?:also\s+|now\s+)?"


_WHO_IS_BEFORE = re.compile(rf",\s+{_WHO_IS}$")

#: A copula right before a noun: "… is the daughter of the village" (a predicate, not another person).
_COPULA_BEFORE = re.compile(r"\b(?:is|was|became|remains)\s+$")


def _apposition_genders(raw: str, s: int, e: int) -> list[tuple[str, str]]:
    """(gender, noun) of each gendered noun in apposition to the mention at [s, e), before and after it."""
    _, nouns = _gender_words()
    before, after = _apposition_patterns()
    out = []
    m = before.search(raw, max(0, s - 90), s)
    if m and not _OF_COMPLEMENT.search(raw, max(0, m.start(1) - 16), m.start(1)):
        out.append(m.group(1).lower())  # not "The neighbour of the woman, X": another one's complement
    m = after.match(raw, e, min(len(raw), e + 80))
    if m:
        out.append(next(g for g in m.groups() if g).lower())
    return [(nouns[w], w) for w in out if w in nouns]


def _apposition_gender(raw: str, s: int, e: int) -> str | None:
    """Gender told by a gendered noun in apposition to the mention at [s, e).

    Where two nouns disagree ("The chairman of the region, X, the first woman in
    this post"), the one a translation does not write for both wins.
    """
    found = _apposition_genders(raw, s, e)
    settling = [g for g, w in found if _settles_gender(w)]
    return (settling or [g for g, _ in found] or [None])[0]


def _settles_gender(noun: str) -> bool:
    """A gendered noun that settles a person's gender (not a masculine role noun MT writes for women)."""
    return noun.lower().rstrip(".") not in set(config()["pronoun_gender"]["role_nouns_male"])


@cache
def _descriptor_who_is() -> re.Pattern[str]:
    """ "the mayor, who is the first woman to lead …": a descriptor whose relative clause settles the gender."""
    nouns = config()["gendered_words"]
    words = "|".join(re.escape(w) for g in ("male", "female") for w in nouns[g] if len(w) > 3 and _settles_gender(w))
    return re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+{_WHO_IS}(?:the\s+(?:first|only)\s+|a\s+|an\s+)({words})\b")


#: "… of the ", "… of her ": what follows is a complement of the noun before, not its head.
_OF_COMPLEMENT = re.compile(r"\bof\s+(?:the|a|an|his|her|their|this|that)\s+$", re.IGNORECASE)


@cache
def _person_noun_regex() -> re.Pattern[str]:
    """A person not named: pronoun_gender.person_nouns and the trades of lowercase_name.name_slot_nouns."""
    nouns = "|".join(sorted(_name_nouns(), key=len, reverse=True))
    return re.compile(rf"\b(?:the|a|an|one|another|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:\d+-)?(?:{nouns})\b", re.IGNORECASE)


def _unnamed_person(
    raw: str,
    lo: int,
    hi: int,
    index: _People,
    quoted: _Ranges,
    known: set[str] | None = None,
    gender: str | None = None,
    *,
    complements: bool = False,
) -> bool:
    """Someone not named ("the minister", "his deputy") is in play in [lo, hi).

    The pronoun may then be theirs, so a named person's gender proves nothing.
    A noun whose gender is settled and not the pronoun's (``gender``) cannot be
    its referent: "a woman in labour … he asked" is about someone else.
    A descriptor in apposition to a name ("the chairwoman of the union, X";
    "X, the mayor") is that person, not another one; so is a bare "the
    minister" when the article gave that role to exactly one person before
    (added to ``known``, the people the pronoun may refer to). With ``complements``, a noun
    after "of" counts even in apposition ("the widow of the fisherman, X"): for a possessive
    or object, which may well be that other person's.
    """
    roles: dict[str, set[str]] | None = None
    _, nouns = _gender_words()
    for m in _person_noun_regex().finditer(raw, lo, hi):
        if m.start() in quoted:
            continue
        head = m.group().split()[-1].lower()
        if gender and nouns.get(head) not in (None, gender) and _settles_gender(head):
            continue
        # "The widow of the fisherman, X": the noun after "of the" is someone else, not X.
        if _apposed(raw, m, lo, hi, index) is not None and not (
            complements and re.search(r"\bof\s+$", raw[max(0, m.start() - 4) : m.start()])
        ):
            continue
        if m.group().split()[-1][0].isupper():
            continue  # "the channel Star of the Hills": a capitalised noun is part of a name
        if _WHO_IS_BEFORE.search(raw, max(0, m.start() - 60), m.start()):
            continue  # "the mayor, who is the first woman to …": what someone is, not another person
        if _COPULA_BEFORE.search(raw, max(0, m.start() - 12), m.start()):
            continue  # "X is the daughter of the village": a predicate says what someone is
        if _PRESS_LISTENER.search(raw, max(0, m.start() - 12), m.end()):
            continue  # "told the reporter of IRNA": the press listening does not speak next
        if roles is None:
            roles = _roles_before(raw, lo, index, quoted)
        holders = roles.get(m.group().split()[-1].lower(), set())
        if len(holders) == 1 and known is not None:
            known |= holders
            continue
        return True
    return False


#: A reporter the speaker talks to ("told the reporter", "speaking to a journalist").
_PRESS_LISTENER = re.compile(
    r"\b(?:told|to|with)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+)?(?:reporters?|journalists?|correspondents?)$", re.IGNORECASE
)


def _apposed(raw: str, m: re.Match[str], lo: int, hi: int, index: _People) -> str | None:
    """The person a descriptor stands in apposition to, or None."""
    after = index.between(m.end(), min(hi, m.end() + 90))
    # "the owner of the warehouse, the businesswoman X": a second descriptor may stand between.
    # "The deputy mayor for transport, X": the noun phrase may go on past the role noun matched.
    if after and re.fullmatch(
        r"(?:\s+[a-z][\w-]*){0,2}?(?:\s+(?:of|for|at|in|to|from)\s+[^,.;:“”\"]{1,80})?(?:\s+who\s+[^,.;:“”\"]{1,60})?"
        r"\s*,?\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,3})?(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?",
        raw[m.end() : after[0][0]],
    ):
        return after[0][1]
    before = index.between(max(lo, m.start() - 60), m.start())
    if before and re.search(r",\s*$", raw[before[-1][0] : m.start()]):
        return before[-1][1]
    return None


def _roles_before(raw: str, hi: int, index: _People, quoted: _Ranges) -> dict[str, set[str]]:
    """Role noun ("minister") -> the people the text put it in apposition to before ``hi``."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in _person_noun_regex().finditer(raw, 0, hi):
        if m.start() in quoted:
            continue
        who = _apposed(raw, m, 0, hi, index)
        if who is not None:
            out[m.group().split()[-1].lower()].add(who)
    return out


def _same_person(name: str, people: Sequence[tuple[int, int, str, str]]) -> str:
    """The canonical name among ``people`` for a speaker named by surname only."""
    last = name.split()[-1] if name.split() else name
    fuller = {c for *_, c, _ in people if c != name and c.split()[-1:] == [last]}
    return fuller.pop() if len(fuller) == 1 else name


#: Evidence key prefix: a noun in apposition that settles the gender ("settled:female").
_SETTLED = "settled:"


def _known_gender(ev: Counter[str] | None, against: str | None = None) -> str | None:
    """The gender the evidence shows, or None.

    ``against`` is the gender of the pronoun being checked: a masculine
    pronoun about someone the article otherwise calls "she" needs less
    evidence (``female_evidence_against_he``), because translation from
    languages that drop the subject ("disse", "ha detto") supplies "he" by
    default, while an unfounded "she" is rare.
    """
    if not ev:
        return None
    settled = {g for g in ("male", "female") if ev.get(_SETTLED + g, 0) > 0}
    if len(settled) == 1:
        return settled.pop()  # "the woman farmer …, X", "X, a grandmother": the pronouns do not count
    cfg = config()["pronoun_gender"]
    need = cfg["min_evidence"]
    male, female = ev.get("male", 0), ev.get("female", 0)
    if male >= need and female == 0:
        return "male"
    if female == 0 or male:
        return None
    if female >= need or (against == "male" and female >= cfg["female_evidence_against_he"]):
        return "female"
    return None


#: A sentence opening on a subject pronoun and a verb ("He refused …"). A
#: possessive is not one: "His house was empty" may be anyone's house.
_SENTENCE_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\s+(?=[a-z])")


@cache
def _object_pronouns(cues: str) -> re.Pattern[str]:
    """An object or reflexive pronoun ("The council told him", "repaired the roof himself"), or a
    possessive inside the clause a reporting verb opens on a thing ("said the council had ignored
    his complaints"). A possessive elsewhere may be anyone's ("His house was empty", "said his
    father", "told his staff"), so it is left alone; a mid-sentence "her" may be either."""
    return re.compile(
        r"\b(him|himself|herself)\b"
        rf"|\b(?:{cues})\s+(?:that\s+)?(?:the|a|an|its|their)\s+[^.;:!?,“”\"\n]{{1,60}}?\b(his|her)\b",
        re.IGNORECASE,
    )


#: A vessel, which English calls "she" ("The ferry … She will sail again").
_VESSEL = re.compile(
    r"\b(?:ship|ferry|boat|vessel|tanker|yacht|liner|frigate|trawler|freighter|schooner|steamer|submarine|carrier)s?\b", re.IGNORECASE
)
#: What follows an object "her", not a possessive one: "told her to", "gave her a", "her.".
_OBJECT_NEXT = re.compile(r"\s*(?:[.,;:!?)”\"]|$|\s(?:to|that|and|or|on|in|at|for|with|about|from|by|a|an|the|as|if|when|after|before)\b)")
#: A conjunction opening a sentence before its subject pronoun ("But he …", "And she …").
_OPENING_CONJUNCTION = re.compile(r"\b(?:But|And|Yet|So|Then)\s+$")


@cache
def _speech_possessive() -> re.Pattern[str]:
    nouns = "|".join(sorted(config()["pronoun_gender"]["speech_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(His|Her)\s+(?:(?:own|main|only|first|last|official|whole)\s+)?(?:{nouns})\b")


#: A verb of saying with no person object, then a possessive ("said his team"): often the
#: speaker's, as often another's ("said his father"), so never checked itself.
_SAID_POSSESSIVE = re.compile(r"\b(?:said|says|added|explained|stated|noted)\s+(his|her)\b")


#: A verb of saying soon after a noun phrase: that phrase is its subject ("A woman who … said").
_SAYS_AFTER = re.compile(r"[^.!?“”\"„«»]{0,80}?\b(?:said|says|told|tells|added|explained)\b")


def _gendered_unnamed_speaker(raw: str, lo: int, hi: int, quoted: _Ranges) -> tuple[str, str] | None:
    """(noun phrase, gender) of the one unnamed speaker in [lo, hi) whose noun settles the gender, or None.

    "The mother of three children said, … According to him": every person noun
    outside quotes must be of that one gender, and one of them the subject of
    a verb of saying.
    """
    _, nouns = _gender_words()
    found: list[tuple[str, str, bool]] = []
    for m in _person_noun_regex().finditer(raw, lo, hi):
        if m.start() in quoted or _PRESS_LISTENER.search(raw, max(0, m.start() - 12), m.end()):
            continue
        head = m.group().split()[-1].lower()
        g = nouns.get(head)
        if not g or not _settles_gender(head):
            return None
        found.append((m.group(), g, bool(_SAYS_AFTER.match(raw, m.end(), hi))))
    if not found or len({g for _, g, _ in found}) != 1 or not any(says for *_, says in found):
        return None
    return found[0][0], found[0][1]


def pronoun_gender_flags(
    raw: str,
    paras: Sequence[Range],
    sentences: Sequence[Range],
    people: Sequence[tuple[int, int, str, str]],
    quotes: Sequence[Span],
    inside_quotes: Sequence[Range],
) -> list[Span]:
    """A pronoun attributing words ("she said", "according to him") whose gender contradicts its person.

    Every person the pronoun could refer to — those mentioned in its sentence
    and the one before, plus the speaker the quotes layer resolved it to
    (``attribution == "pronoun"``) — must be known to be of the other gender. Gender is never guessed
    from a name: only the article's own pronouns and honorifics count.
    """
    pron, _ = _gender_words()
    cues = "|".join(config()["attribution_cues"])
    quoted = _Ranges(inside_quotes)
    targets: dict[int, tuple[int, str | None]] = {}  # pronoun start -> (end, speaker)
    loose: set[int] = set()  # targets that are no attribution: full evidence needed
    _object_targets: set[int] = set()  # objects, reflexives, possessives (also in ``loose``)
    settled_only: set[int] = set()  # checked only against a gender a noun settled
    for q in quotes:
        if q.attrs.get("attribution") == "pronoun" and q.attrs.get("speaker_start") is not None:
            s, e = q.attrs["speaker_start"], q.attrs["speaker_end"]
            if raw[s:e].lower() in pron:
                targets[s] = (e, q.attrs.get("speaker"))
    for ps, pe in paras:
        for m in re.finditer(
            # "he added", "he also added", "he has added" (a translated passé composé).
            rf"\b(he|she)\s+(?:(?:has|had)\s+)?(?:(?:also|then|later|again|further|too|\w+ly)\s+)?(?:{cues})\b"
            r"|\baccording to (him|her)\b(?!\s+\w+\s+(?:said|told))",
            raw[ps:pe],
            re.IGNORECASE,
        ):
            g = 1 if m.group(1) else 2
            s = ps + m.start(g)
            if s not in targets and s not in quoted:
                targets[s] = (ps + m.end(g), None)
        # "Nino Abashidze told from the hospital that he wants …": the subject pronoun that
        # opens the clause of a reporting verb is most often its speaker, whom a translation
        # from a language without gendered pronouns gives the default "he". Not an
        # attribution itself, so it needs the full evidence.
        # "… said that his whole crop …": the possessive opening the clause is the speaker's too.
        for m in re.finditer(
            rf"\b(?:{cues})\b[^.;:!?“”\"\n]{{0,60}}?\bthat\s+(?:(?:now|then|already|also|still|soon)\s+)?(he|she|his)\b",
            raw[ps:pe],
            re.IGNORECASE,
        ):
            s = ps + m.start(1)
            if s not in targets and s not in quoted:
                targets[s] = (ps + m.end(1), None)
                loose.add(s)
        # "His explanation was that …", "Her answer:": a sentence that opens on the
        # possessive of what a person said reports that person's words too.
        for m in _speech_possessive().finditer(raw, ps, pe):
            s = m.start(1)
            if (s == ps or raw[s - 2 : s] in (". ", "! ", "? ")) and s not in targets and s not in quoted:
                targets[s] = (m.end(1), None)
        # "… said the hospitals were full. He refused to …": a sentence that
        # opens on a subject pronoun continues about the person just named
        # (the candidates below must all agree).
        # Such a pronoun is not a translation's default "he said", so it needs
        # the full evidence, not the one "she" enough against an attribution.
        for m in _SENTENCE_PRONOUN.finditer(raw, ps, pe):
            s = m.start(1)
            # "But he promised …": a conjunction opening the sentence keeps its subject.
            opener = _OPENING_CONJUNCTION.search(raw, max(ps, s - 6), s)
            at = opener.start() if opener else s
            # "… closed again.\n\nHe had waited …": a paragraph may open on the pronoun too.
            if (raw[at - 2 : at] in (". ", "! ", "? ") or at == ps) and s not in targets and s not in quoted:
                targets[s] = (m.end(1), None)
                loose.add(s)
        # "… said the council had ignored his complaints", "The council told him …", "repaired
        # the roof himself": an object, reflexive or possessive pronoun whose only possible
        # owner is the person just named. Needs the full evidence, like the subjects above.
        for m in _object_pronouns(cues).finditer(raw, ps, pe):
            s = m.start(m.lastindex or 1)
            if s not in targets and s not in quoted:
                targets[s] = (m.end(m.lastindex or 1), None)
                loose.add(s)
                _object_targets.add(s)
        _clause_targets(raw, ps, pe, quoted, targets, loose, _object_targets, settled_only)
    if not targets:
        return []
    possessive = {
        s for s in targets if raw[s : targets[s][0]].lower() in ("his", "her") and not raw[s - 13 : s].lower().endswith("according to ")
    }
    out = []
    totals, counted = pronoun_evidence(raw, sentences, people, inside_quotes)
    index = _People(people)
    sent_starts = [ss for ss, _ in sentences]
    para_starts = [ps for ps, _ in paras]
    for s, (e, speaker) in sorted(targets.items()):
        word = raw[s:e]
        g = pron[word.lower()]
        evidence = {c: Counter(v) for c, v in totals.items()}
        if s in counted:  # the pronoun checked must not vouch for itself
            who, g_self = counted[s]
            evidence[who][g_self] -= 1
        # Nor may the other attributions of its gender ("After the meeting he informed … he
        # said"): a translation that gets one wrong gets them all wrong.
        # For an attribution, the loosely attached ones of its gender too ("said that in his school …
        # “…”, he said"): the same default, where nobody else is in play to own them.
        others = [t for t in targets if t != s and (t not in loose or s not in loose) and t in counted and counted[t][1] == g]
        for t in others:
            evidence[counted[t][0]][g] -= 1
        # "X, a tea picker, said his child … “…”, he said": for an attribution, a possessive
        # of its gender right after a verb of saying is the same default of the translation,
        # neither evidence nor a sign of someone else.
        said_possessives = set()
        if s not in loose:
            said_possessives = {m.start(1) for m in _SAID_POSSESSIVE.finditer(raw, max(0, s - 600), s)}
            for t in said_possessives:
                if t in counted and counted[t][1] == g and t not in targets:
                    evidence[counted[t][0]][g] -= 1
        # Everyone the pronoun could refer to: the people of this sentence and
        # the one before, and the quotes layer's speaker. All must contradict it.
        k = bisect_right(sent_starts, s) - 1
        if k < 0 or s >= sentences[k][1]:
            continue
        lo = sentences[k - 1][0] if k > 0 else sentences[k][0]
        candidates = {c for _, c in _named_between(index, lo, s, quoted)}
        if not candidates:
            # Nobody named nearby: the last person named earlier in the paragraph.
            j = bisect_right(para_starts, s) - 1
            earlier = _named_between(index, para_starts[j] if j >= 0 else s, s, quoted)
            if earlier:
                candidates = {earlier[-1][1]}
                # "X met Y. “…”, he said. She added …": a pronoun of the other gender since
                # the last name means two people are in play; any of them may be meant.
                if any(pron.get(w.group().lower()) not in (None, g) for w in re.finditer(r"\b[A-Za-z]+\b", raw[earlier[-1][0] : s])):
                    candidates = {c for _, c in earlier}
        if speaker:
            # The quotes layer resolves a pronoun by its gender, so it may jump
            # over the person just named to someone of the pronoun's gender far
            # back: its speaker counts only when named since the paragraph before.
            who = _same_person(speaker, people)
            j = bisect_right(para_starts, s) - 1
            since = para_starts[j - 1] if j > 0 else (para_starts[0] if para_starts else 0)
            if who in {c for _, c in index.between(since, s)} or not candidates:
                candidates.add(who)
        candidates = _without_apposed_titles(candidates, people, raw)
        if not candidates and s not in loose:
            # "A woman who was in the hall said … „…“, he said": nobody named, one speaker
            # described by a noun that settles the gender. Nobody is named in the paragraph
            # so far, so it is read from the paragraph's start.
            j = bisect_right(para_starts, s) - 1
            unnamed = _gendered_unnamed_speaker(raw, min(lo, para_starts[j]) if j >= 0 else lo, s, quoted)
            if unnamed:
                candidates = {unnamed[0]}
                evidence[unnamed[0]] = Counter({_SETTLED + unnamed[1]: 1})
        if s in settled_only and not _settled_against(evidence, candidates, g):
            continue
        # An object or possessive may point forward in its sentence: "X said his car was
        # parked outside when the headmaster arrived" may be the headmaster's car.
        hi = sentences[k][1] if s in _object_targets else s
        if s in _object_targets and index.between(e, hi):
            continue  # "For her part the candidate, X, …": someone named after it may own it
        if not candidates or _unnamed_person(raw, lo, hi, index, quoted, candidates, g, complements=s in _object_targets):
            continue
        if (
            g == "female"
            and word.lower() == "she"
            and _VESSEL.search(raw, lo, s)
            and not re.match(rf"\s+(?:\w+\s+)?(?:{cues})\b", raw[e : e + 40], re.IGNORECASE)
        ):
            continue  # "… said the ferry had been repaired. She will sail …": a ship is "she", and never speaks
        # "… agreed with her. “…,” she said": a pronoun of the same gender just
        # before means someone of that gender is being talked about. Only
        # since the last person named: "X said he … Y rejected this. “…,” he
        # said" is about Y, whatever was said of X.
        j = bisect_right(para_starts, s) - 1
        window = min(lo, para_starts[j]) if j >= 0 else lo
        named_before = index.between(window, s)
        if named_before:
            window = named_before[-1][0]
        # "X, the widow who …, said that now he can … because he … “…”, he said": when a noun
        # settles the gender and nobody unnamed is in play since the paragraph began (not even
        # a complement: "The widow of the fisherman, X, said his boat …"), the subject pronouns
        # between are the same default of the translation; an object ("agreed with her") still is someone.
        defaults = (
            {"he", "his", "she"}
            if _settled_against(evidence, candidates, g)
            and not _unnamed_person(raw, min(lo, para_starts[j]) if j >= 0 else lo, s, index, quoted, None, g, complements=True)
            else set()
        )
        # Another attribution pronoun does not count: the translation that gave the
        # speaker the wrong "he" gave it to each of them ("said his party … he said").
        if any(
            pron.get(w.group().lower()) == g
            and w.group().lower() not in defaults
            and w.start() + window not in quoted
            and w.start() + window not in targets
            and w.start() + window not in said_possessives
            for w in re.finditer(r"\b[A-Za-z]+\b", raw[window:s])
        ):
            continue
        if s in _object_targets:
            # "X said her father … He retired": the article's other pronouns may be someone
            # else's, so an object or possessive is checked against the name, title or noun alone.
            for t, (who, g_t) in counted.items():
                if who in candidates and t != s:
                    evidence[who][g_t] -= 1
            if any(_gender_from_second_word(c) for c in candidates):
                continue  # "Maricel Santos": an unknown given name, and "Santos" read as one
        genders = {_known_gender(evidence.get(c), against=None if s in loose else g) for c in candidates}
        if None in genders or g in genders:
            continue
        other = genders.pop() if len(genders) == 1 else None
        if other is None:
            continue
        who = ", ".join(sorted(candidates))
        if word.lower() in ("he", "she"):
            right = {"male": "he", "female": "she"}[other]
        elif word.lower() in ("himself", "herself"):
            right = {"male": "himself", "female": "herself"}[other]
        elif word.lower() == "his" or (s in possessive and not _OBJECT_NEXT.match(raw, e)):
            right = {"male": "his", "female": "her"}[other]
        else:
            right = {"male": "him", "female": "her"}[other]
        right = right.capitalize() if word[0].isupper() else right
        out.append(
            flag(
                s,
                e,
                "pronoun-gender",
                f"“{word}” refers to {who}, whom the article otherwise calls “{right.lower()}”: the pronoun was probably changed in translation.",
                right,
            )
        )
    return out


# --------------------------------------------------------------------------
# mangled outlet names


@cache
def _outlet_forms() -> list[tuple[str, str]]:
    """(surface form, canonical name) for every outlet name and variant."""
    out = []
    for entry in load_yaml("outlets.yml"):
        for form in [entry["name"], *(entry.get("variants") or [])]:
            out.append((form, entry["name"]))
    return out


@cache
def _outlet_words() -> frozenset[str]:
    """One-word outlet names and variants as outlets.yml spells them ("dpa", "Xinhua"):
    a news agency's own name, never a word left untranslated."""
    return frozenset(form for form, _ in _outlet_forms() if re.fullmatch(r"[^\W\d_]+", form))


@cache
def _cue_regex() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(config()["outlet_cues"], key=len, reverse=True))
    # A dash credit closing a line ("… – La Gazzetta di Esempio") names the outlet too.
    return re.compile(rf"\b(?:{cues})\b\s*:?\s*|(?<=\s)[–—]\s+(?=[A-Z][^\n]{{0,60}}$)", re.IGNORECASE)


#: A name in an attribution slot; a number is one of its words ("France 24", "Il Sole 24 Ore").
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|\d+(?!\d|[.,]\d)|de|da|do|di|del|della|la|le|of|the))*")
_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+e\s+|\s*&\s*)(?:(?:of|from|by)\s+)?(?:the\s+)?")


@cache
def _translation_variants() -> frozenset[str]:
    """Variants in outlets.yml that are word-for-word translations of the name.

    The sources layer lists "French Press Agency" as a variant so that it
    knows the agency; for the damage layer it is still a translation artifact.
    """
    out = set()
    for form, name in _outlet_forms():
        if form == name:
            continue
        tokens, name_tokens = _name_tokens(form), _name_tokens(name)
        # A respelling ("Sueddeutsche", "Agencia") matches the name's own words;
        # a translation has a word that only a gloss explains ("French").
        respelt = all(any(fuzz.ratio(t, n) >= config()["outlet_min_ratio"] for n in name_tokens) for t in tokens)
        if len(tokens) >= 2 and not respelt and _literal_match(tokens, _gloss(name)):
            out.add(form.lower())
    return frozenset(out)


@cache
def _forms_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {form.lower(): name for form, name in _outlet_forms() if form.lower() not in _translation_variants()}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), forms


def _known_outlet(phrase: str) -> str | None:
    """The outlet whose name or variant occurs as whole words in ``phrase``."""
    pattern, forms = _forms_regex()
    m = pattern.search(phrase.lower())
    return forms[m.group()] if m else None


#: An apposition that introduces a source: "Politica, a local blog", "Reuter, a spokesman".
_INTRODUCED_AFTER = re.compile(r",\s+(?:an?|one of)\s")

#: An acronym of two to five capitals, as agencies and broadcasters are named.
_ACRONYM = re.compile(r"[A-Z]{2,5}")


@lru_cache(maxsize=16384)
def _fuzzy_outlet(phrase: str, min_ratio: float) -> tuple[str, str] | None:
    """(form, canonical) of the outlet this name is a misspelling of, or None.

    An acronym is never a misspelling: each of its letters is a word, so "RTV"
    (a regional broadcaster) is not a misspelt "RTVE" nor "RTP". Memoized (a
    pure function of the phrase and the lexicons): an article names the same
    runs again and again, and each call compares with every outlet form.
    """
    if _ACRONYM.fullmatch(phrase):
        return None
    best: tuple[float, str, str] | None = None
    low = phrase.lower()
    for form, name, form_low in _fuzzy_forms():
        score = fuzz.ratio(low, form_low)
        if score >= min_ratio and (best is None or score > best[0]) and not _other_word_swapped(phrase, form):
            best = (score, form, name)
    return (best[1], best[2]) if best else None


@cache
def _fuzzy_forms() -> list[tuple[str, str, str]]:
    """(form, canonical, lower-cased form) of the outlet forms a misspelling is looked for in."""
    return [(form, name, form.lower()) for form, name in _outlet_forms() if len(form) >= 4 and form.lower() not in _translation_variants()]


def _other_word_swapped(phrase: str, form: str) -> bool:
    """Whether ``phrase`` differs from ``form`` by a whole, correctly spelt other word.

    "Catalan News Agency" is close to "Croatian News Agency" letter by letter,
    yet "Catalan" is a real word of its own, not a typo of "Croatian": the
    phrase names another agency. A misspelling changes a letter or two
    ("Reuter", "Associated Pres"), so words this far apart are no evidence.
    """
    words, others = phrase.lower().split(), form.lower().split()
    if len(words) != len(others):
        return False
    cfg = config()
    return any(
        w != o and fuzz.ratio(w, o) < cfg["swapped_word_max_ratio"] and _wordlist.zipf(w) >= cfg["swapped_word_min_zipf"]
        for w, o in zip(words, others, strict=True)
    )


def _sounds(word: str) -> str:
    """A crude spelling of how a short word sounds, to break ties between near acronyms."""
    return word.lower().replace("x", "ks").replace("ph", "f").replace("c", "k")


def _short_outlet_lookalikes(word: str) -> list[tuple[str, str]]:
    """Short agency names a short common word may stand for ("tax" for "TASS"), nearest first.

    The nearest form comes first, a news agency's before a broadcaster's ("tax":
    TASS, not TV3), then the one it sounds like, then alphabetical order: the choice never depends on the
    order of outlets.yml, and a message names the equally near others.
    """
    if any(word.lower() == form.lower() for form, _ in _outlet_forms()):
        return []  # "dpa": the agency writes its own name in lowercase
    agencies = {e["name"] for e in load_yaml("outlets.yml") if e.get("type") == "news-agency"}
    scored = []
    for form, name in _outlet_forms():
        if len(form) > 5 or len(form) < 3 or not form.isupper() or word[0].lower() != form[0].lower():
            continue
        distance = DamerauLevenshtein.distance(word.lower(), form.lower())
        if distance <= 2:
            # Then the one it sounds like ("tax" / "taks": TASS before TASR).
            sound = DamerauLevenshtein.distance(_sounds(word), _sounds(form))
            scored.append(((distance, name not in agencies, sound, form), (form, name)))
    scored.sort()
    return [hit for key, hit in scored if key[:3] == scored[0][0][:3]]


@cache
def _calque_pattern() -> re.Pattern[str]:
    fields = "|".join(map(re.escape, config()["calque_field_nouns"]))
    return re.compile(r"(?<![\w-])(?:of|and)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:" + fields + r")(?![\w-])(?!\s+[A-Z0-9])")


@cache
def _institution_heads() -> frozenset[str]:
    return frozenset(load_yaml("org_heads.yml")["heads"])


#: A word of a name, or a joining word inside it, walked back from "of the …".
_NAME_PART = re.compile(r"(?:[A-Z][\w’'-]*|of|for|and|the|on)\s+$")


def calqued_name_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """An institution's name translated with its source's articles: "the Ministry of the
    Health", "the National Agency of Security of the Medicine".

    English names a field without "the" ("Ministry of Health"); Romance, Greek
    and Arabic names give it one, and a word-for-word translation keeps it.
    Only inside a name: a head English institutions have (Ministry, Agency,
    Institute …) must open it, and the field must end it ("of the Security
    Council" is English). The span is the whole name, so the reader sees what
    to look up.
    """
    heads = _institution_heads()
    out = []
    for rs, re_ in ranges:
        for m in _calque_pattern().finditer(raw, rs, re_):
            start = m.start()
            while True:
                part = _NAME_PART.search(raw, max(rs, start - 40), start)
                if part is None:
                    break
                start = part.start()
            words = raw[start : m.start()].split()
            joins = ("of", "for", "and", "the", "on", "The")
            # "Experts of the Higher Institute …": a word before a joining word that is no head is not the name's
            while words and (words[0] in joins or (words[0] not in heads and len(words) > 1 and words[1] in joins)):
                start = raw.index(words[1], start + len(words[0])) if len(words) > 1 else m.start()
                words = words[1:]
            if not any(w in heads for w in words):
                continue
            name = raw[start : m.end()]
            message = (
                f"“{name}” reads like an institution's name translated word for word: English names put no "
                "“the” before the field (“Ministry of Health”); look up its usual English name."
            )
            out.append(flag(start, m.end(), "mangled-name", message, None))
    return out


#: Heads of a state outlet's or body's name that Romance, Slavic and Arabic names put
#: before their adjective ("Agencia Boliviana", "Televisión Nacional", "Partido Socialista").
_POSTPOSED_HEADS = (
    *("Agency", "Television", "Radio", "Newspaper", "Broadcasting", "Corporation", "Society", "Company", "Channel", "Station"),
    *("Party", "Assembly", "Council", "Court", "Tribunal", "Congress"),
    *("Diary", "Gazette", "Bulletin", "Journal", "Chancellery", "Secretariat"),
)
#: Adjectives English puts before those heads; with a nationality adjective they follow the
#: head only in a word-for-word translation ("the Agency Burundian of Press").
_POSTPOSED_ADJECTIVES = (
    *("National", "Central", "State", "Public", "Official", "Federal", "Popular", "Communist", "Socialist", "Democratic"),
    *("Supreme", "Constitutional", "Legislative", "Electoral"),
)
#: Fields of a foreign ministry in the same order ("Ministerio de Asuntos Exteriores" ->
#: "Ministry of Affairs Foreign"), and "Exterior" where English says "Foreign" or "External".
_AFFAIRS_FOREIGN = re.compile(
    r"(?<![\w’'-])(?:(?:Affairs|Relations)\s+(?:Foreign|Exterior|External|Interior|Internal)s?|Exterior\s+(?:Affairs|Relations|Trade|Commerce|Policy))(?![\w’'-])"
)
#: A press office named in the source's order ("Secretaría de Prensa", "service de presse"):
#: "the Secretariat of Press of the Presidency", "the Service of Press"; English says "press
#: secretary", "press service". And an agency with a name-like adjective no list holds before
#: "of Press": "the Agency Velmarian of Information" ("Agence … de presse").
_PRESS_OFFICE_OF = re.compile(
    r"(?<![\w’'-])(?:(?:Secretary|Secretariat|Service|Office|Cabinet|Bureau)\s+of\s+(?:the\s+)?Press"
    r"|Agency\s+[A-Z][a-z]+(?:ian|ese|ean)\s+of\s+(?:the\s+)?(?:News|Press|Information))"
    r"(?P<rest>\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?(?![\w’'-]|\s+[A-Z0-9])"
)
#: English names of real bodies that have the head first: Australia's Radio National, "the Party State".
_POSTPOSED_ENGLISH = frozenset({("Radio", "National"), ("Party", "State"), ("Society", "Democratic"), ("Party", "Popular")})


@cache
def _postposed_pattern() -> re.Pattern[str]:
    nationalities = [a for a in lx.nationality_adjectives() if re.fullmatch(r"[A-Z][a-z]{3,}", a) and a not in ("Lao", "Dominican")]
    adjectives = "|".join(sorted({*_POSTPOSED_ADJECTIVES, *nationalities}, key=len, reverse=True))
    heads = "|".join(_POSTPOSED_HEADS)
    return re.compile(
        rf"(?<![\w’'-])(?P<heads>(?:(?:{heads}|Press|News)(?:\s+and\s+|\s*-\s*|\s+))*?)(?P<head>{heads})\s+(?P<adj>{adjectives})"
        r"(?P<rest>\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?(?![\w’'-]|\s+[A-Z0-9])"
    )


def postposed_adjective_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """A state outlet's or body's name with its adjective after the head, as its source has it.

    Why: "Television National of Chile", "the Agency Burundian of Press", "the
    Party Socialist", "the Ministry of Affairs Foreign" are the word order of
    Spanish, French, Portuguese, Italian, Romanian and Arabic names kept by a
    machine translator; English puts the adjective first ("Chilean National
    Television", "Socialist Party", "Ministry of Foreign Affairs"). Lexicon-free
    but for the adjectives: it finds the agencies, broadcasters, parties and
    ministries of countries no list holds. A head after another capitalised word
    ("China Radio International", "Vatican Radio") belongs to an English name.
    """
    out = []
    for rs, re_ in ranges:
        for m in _postposed_pattern().finditer(raw, rs, re_):
            before = raw[max(rs, m.start() - 30) : m.start()]
            prev = re.search(r"([A-Z][\w’'-]*)\s+$", before)
            if prev and prev.group(1) != "The":
                continue
            if (m.group("head"), m.group("adj")) in _POSTPOSED_ENGLISH and not m.group("heads"):
                continue
            message = (
                f"“{m.group()}” puts the adjective after the name's head, the word order of its source language: "
                "a name translated word for word; look up its usual English name."
            )
            out.append(flag(m.start(), m.end(), "mangled-name", message, None))
        for m in _AFFAIRS_FOREIGN.finditer(raw, rs, re_):
            s = m.start()
            lead = re.search(
                r"(?:Ministry|Minister|Department|Secretariat|Secretary|Committee|Commission)\s+(?:of|for)\s+(?:the\s+)?$",
                raw[max(rs, s - 40) : s],
            )
            if lead:
                s -= len(lead.group())
            e = m.end()
            tail = re.match(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*", raw[e:re_])
            if tail and lead:
                e += tail.end()
            if any(f.start < e and s < f.end for f in out):
                continue
            message = (
                f"“{raw[s:e]}” keeps the word order or the word of its source language (“asuntos exteriores”, "
                "“relações exteriores”): in English, “Foreign Affairs”, “Foreign Relations”; look up the ministry's usual name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
        for m in _PRESS_OFFICE_OF.finditer(raw, rs, re_):
            if any(f.start < m.end() and m.start() < f.end for f in out):
                continue
            message = f"“{m.group()}” keeps the word order of its source language (“service de presse”, “agencia … de noticias”): a name translated word for word."
            out.append(flag(m.start(), m.end(), "mangled-name", message, None))
    return out


#: A country's genitive before a broadcaster's head, the name ending there: "Denmark's Radio"
#: (Danmarks Radio), "Sweden's Television" (Sveriges Television), "Greenland's Radio".
_COUNTRY_GENITIVE_BROADCASTER = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+((?:Radio|Television)(?:\s+and\s+Television)?|Broadcasting(?:\s+Corporation)?)(?![\w’'-]|\s+[A-Z0-9])"
)


def country_genitive_broadcaster_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """A state broadcaster named with its country in the genitive, as Nordic and Germanic names are.

    Why: "Danmarks Radio", "Sveriges Radio", "Kalaallit Nunaata Radioa" put the
    country in the genitive; English names a broadcaster with an adjective
    ("Swedish Radio") and describes one in lowercase ("Denmark's public
    radio"), so a capitalised head that ends the name right after a country's
    genitive is the source's name translated. A name after the head ("Britain's
    Channel 4", "Australia's Radio National") is the English name described.
    """
    countries = set(config()["places"])
    out = []
    for rs, re_ in ranges:
        for m in _COUNTRY_GENITIVE_BROADCASTER.finditer(raw, rs, re_):
            if m.group(1).lower() not in countries:
                continue
            message = f"“{m.group()}” names a broadcaster with its country in the genitive, the source's word order: look up its usual English name."
            out.append(flag(m.start(), m.end(), "mangled-name", message, None))
    return out


def mangled_name_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str] = frozenset()) -> list[Span]:
    """Agency, outlet and institution names mangled by translation or typing.

    Three detectors: :func:`_cued_name_flags` (a name in an attribution slot
    misspelt or glossed word by word), :func:`literal_name_flags` (a
    word-for-word translation of a known name anywhere in the text) and
    :func:`_place_title_flags` ("the daily The Sicily": a foreign title
    named after a place, its article translated). Where two fire on one
    name, the first wins.
    """
    ranges = list(ranges)
    out = _cued_name_flags(raw, ranges)
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in agency_calque_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _place_title_flags(raw, ranges, places) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    for f in literal_name_flags(raw, ranges):
        if f.start not in taken and f.end - 1 not in taken:
            out.append(f)
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _shadowed_title_flags(raw, ranges, out) if f.start not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _newspaper_title_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _nationality_title_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _possessive_title_flags(raw, ranges, places) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in plain_title_flags(raw, ranges, places) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _of_title_flags(raw, ranges, places) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _apposed_title_flags(raw, ranges, places) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in _title_before_kind_flags(raw, ranges, places) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in spelled_channel_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in postposed_adjective_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    taken = _Ranges([(f.start, f.end) for f in out])
    out += [f for f in country_genitive_broadcaster_flags(raw, ranges) if f.start not in taken and f.end - 1 not in taken]
    return out + _repeated_name_flags(raw, ranges, out)


_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
#: A number in words (hyphenated tens too: "Thirty-first") before a broadcast head: "the TV channel Thirty-first Channel".
#: "the First Channel", "the Second Channel": a channel named by a capitalised ordinal before
#: "Channel" (Первый канал, Kanal Dva) needs no outlet noun: English says "Channel One".
_ORDINAL_CHANNEL = re.compile(
    r"(?<=\b[Tt]he\s)((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+Channel)(?![\w’'-]|\s+[A-Z0-9])"
)
_SPELLED_CHANNEL = re.compile(
    rf"\b(?:channel|television|tv|radio|station|broadcaster)\s+((?:{_NUMBER_WORDS.title()})(?:-(?:{_NUMBER_WORDS}))?"
    r"\s+(?:Channel|Television|TV|Radio))(?![\w’'-])"
)


def spelled_channel_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """A channel named by its number written in words: "the TV channel Thirty-first Channel" (31 Kanal).

    Lexicon-free: English writes a channel's number in figures ("Channel 4",
    "Channel 31"); a number or an ordinal spelled out before "Channel" after
    an outlet noun is the source's name ("Первый канал", "31 Kanal")
    translated word for word.
    """
    out = []
    for rs, re_ in ranges:
        for m in _SPELLED_CHANNEL.finditer(raw, rs, re_):
            title = m.group(1)
            message = (
                f"“{title}” names a channel by its number in words, which English writes in figures: "
                "it reads like the source's name translated word for word: look up its original name."
            )
            out.append(flag(m.start(1), m.end(1), "mangled-name", message, None))
        for m in _ORDINAL_CHANNEL.finditer(raw, rs, re_):
            if any(f.start < m.end(1) and m.start(1) < f.end for f in out):
                continue
            title = m.group(1)
            message = (
                f"“{title}” names a channel by an ordinal in words, where English says “Channel One”, “Channel Two”: "
                "it reads like the source's name translated word for word: look up its original name."
            )
            out.append(flag(m.start(1), m.end(1), "mangled-name", message, None))
    return out


#: A lowercase outlet noun, then a capitalised title of up to four words:
#: "the daily First Light", "the tabloid Forward", "the newspaper Voice of Time".
_KIND_THEN_TITLE = re.compile(
    r"\b(?:newspaper|daily|weekly|tabloid|magazine|broadsheet|channel|television|radio|station|broadcaster"
    r"|news\s+(?:programme|program|bulletin|show))\s+"
    r"((?:The\s+)?[A-Z][^\W\d_]*(?:['’]s)?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][^\W\d_]*){0,3})(?![\w’'-])"
)
#: A web outlet's or an agency's noun, then a title of two to four capitalised words:
#: "the portal Latest Hour", "the agency Information Bureau", "the portal Today's Word".
_WEB_THEN_TITLE = re.compile(
    r"\b(?:portal|website|agency|(?<=the )site|news\s+site)\s+"
    r"((?:The\s+)?[A-Z][^\W\d_]*(?:['’]s)?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][^\W\d_]*){1,3})(?![\w’'-])"
)
#: A broadcaster's noun, then a word and a channel number: "the broadcaster Now 9".
_NUMBER_TITLE = re.compile(r"\b(?:channel|television|radio|station|broadcaster)\s+([A-Z][^\W\d_]*\s+\d{1,3})(?![\w.,’'-])")
#: Where a title ends: punctuation, or a word that starts the rest of the clause.
_TITLE_END = re.compile(r"\s*(?:[.,;:!?)”»\"]|$)|\s+(?:that|on|in|at|about|and|which|who|as|to|from|for|with|after|before|showed|shows)\b")
#: What an agency's title ends in when its first word is a plain noun translated: "Steppe Information".
_AGENCY_NEWS_HEADS = frozenset({"Information", "News", "Press"})
#: Broadcast words a channel's English name ends in after a place ("Scottish Television").
_BROADCAST_HEADS = frozenset({"television", "radio", "tv", "channel", "network", "broadcasting"})
#: A nationality or a people's adjective: "Scottish", "Filipino", "Kenyan".
_NATIONALITY_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean|ic|an|ino|ina|i)")


@cache
def _english_titles_abroad() -> frozenset[tuple[str, ...]]:
    """Bags of English mastheads of plain words abroad ("Dawn", "New Vision"): titles, not translations."""
    return frozenset(_bag([name]) for name in config().get("english_outlets_abroad") or [])


def plain_title_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str] = frozenset()) -> list[Span]:
    """A title of plain English words after an outlet noun: "the daily First Light" (Prothom Alo).

    Lexicon-free: an outlet noun says a title follows; a title whose words
    are all ordinary English (wordfreq Zipf ≥ ``plain_title_min_zipf``) is a
    translation unless it is built like an English masthead, with a head
    word from ``english_masthead_heads`` ("the tabloid Sun", "the daily
    Morning Star"). An untranslated title ("the daily Prothom Alo") has
    words English does not know, and a known outlet is never flagged. The
    title must end the phrase (punctuation, a verb of publishing, "that",
    a preposition): "the weekly Cabinet meeting" is no title. Not after
    "portal" or "website": web outlets take English brand names in every
    country ("the portal Index" is Index.hr's own name).
    """
    cfg = config()
    heads = frozenset(cfg["english_masthead_heads"])
    alone_heads = frozenset(cfg["english_masthead_alone"])
    min_zipf = cfg["plain_title_min_zipf"]
    countries = set(cfg["places"])
    cities = _more_places()
    number_zipf = cfg["number_title_min_zipf"]
    out = []
    for rs, re_ in ranges:
        matches = [(m, False) for m in _KIND_THEN_TITLE.finditer(raw, rs, re_)]
        matches += [(m, False) for m in _WEB_THEN_TITLE.finditer(raw, rs, re_) if len(_title_content(m.group(1))) >= 2]
        matches += [(m, True) for m in _NUMBER_TITLE.finditer(raw, rs, re_)]
        for m, numbered in sorted(matches, key=lambda x: x[0].start(1)):
            s, e = m.span(1)
            title = m.group(1)
            if _known_outlet(title) or not (_TITLE_END.match(raw, e, re_) or _PUBLISHED_AFTER.match(raw, e, re_)):
                continue
            if _bag([title]) in _english_titles_abroad():
                continue  # "the Pakistani daily Dawn": an English masthead of a country that writes another language
            if out and out[-1].end > s:
                continue
            words = [w for w in title.split() if not w.isdigit()]
            content = _title_content(title)
            head = words[words.index("of") - 1] if "of" in words else words[-1]
            floor = number_zipf if numbered else min_zipf
            if m.group(0).startswith("agency") and len(content) == 2 and content[1] in _AGENCY_NEWS_HEADS:
                floor = cfg["agency_title_min_zipf"]  # "the agency Steppe Information": a plain noun and a news noun
            if not content or any(_wordlist.zipf(w.lower()) < floor for w in content):
                # "the newspaper Southern Postman": one rarer word may still be plain English,
                # when no usual source language uses it more ("Monde", "Politico" are French, Italian).
                rare = [w for w in content if _wordlist.zipf(w.lower()) < floor]
                if numbered or len(content) < 2 or len(rare) > 1 or not _english_word_of_titles(rare[0], cfg):
                    continue
            if numbered and head.lower() in _BROADCAST_HEADS | heads:
                continue  # "the broadcaster Channel 4"
            if "of" in words:
                # "the daily Courier of the Alps": English puts the place before the head
                # ("Alps Courier"); an English masthead "of" a country is English ("Times of
                # Malta"), another head "of" one is not ("the newspaper Light of Cambodia").
                english = head.lower() in heads or head.lower() == "voice"  # "Voice of America"
                if english and any(w.lower() in countries for w in words[words.index("of") + 1 :]):
                    continue
            elif head.lower() in heads and not (head.lower() in alone_heads and len(content) > 1 and not title.endswith("'s")):
                continue  # "the tabloid Sun"; but "People" and "Time" are English mastheads alone, not "Northern People"
            elif any(w in places or w.lower() in countries or w.lower() in cities for w in content):
                continue  # "Radio Free Europe", "Kenya Broadcasting": a place names the outlet
            if head.lower() in _BROADCAST_HEADS and any(_NATIONALITY_WORD.fullmatch(w) for w in content):
                continue  # "Scottish Television": a people's channel, named in English
            message = (
                f"“{title}” stands where an outlet's title is named but is plain English not built like an English masthead; "
                "it reads like a foreign title translated word for word: look up its original name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
    return out


def _english_word_of_titles(word: str, cfg: dict[str, Any]) -> bool:
    """A word of a title English knows (Zipf ≥ ``plain_title_english_min_zipf``) more than any usual source language."""
    w = word.lower()
    en = _wordlist.zipf(w)
    langs = cfg["untranslated"]["languages"]
    return en >= cfg["plain_title_english_min_zipf"] and all(_wordlist.zipf(w, lang) < en for lang in langs)


#: A title "X of (the) Y": "The Messenger of the South", "the Daily of News".
_OF_TITLE = re.compile(r"(?<![\w’'-])([A-Z][^\W\d_]+)\s+of\s+(?:the\s+)?([A-Z][^\W\d_]+)(?![\w’'-])")


def _of_title_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str] = frozenset()) -> list[Span]:
    """A news word "of" a plain English word where an outlet is named: "The Messenger of the South reported".

    Romance, Greek and Slavic mastheads put their complement after the head
    ("Il Messaggero del Sud", "Diário de Notícias"); English puts it before
    ("Southern Messenger"), and an English masthead "of" something names a
    place ("The Times of Malta", "The Times of London"). So a head from
    damage.yml's ``of_title_heads`` "of" a plain English word (Zipf at least
    ``plain_title_min_zipf``) is a title translated word for
    word, where the text says an outlet is meant: a verb of publishing after
    it, or an attribution cue before it. A head English mastheads use is
    left alone "of" a place, a head they never use ("The Newspaper of
    Catalonia") is not. A longer name ("The Manchester
    Courier of …") and a known outlet are left alone.
    """
    cfg = config()
    heads = frozenset(cfg["of_title_heads"])
    masthead_heads = frozenset(cfg["english_masthead_heads"])
    min_zipf = cfg["plain_title_min_zipf"]
    countries = set(cfg["places"])
    cities = _more_places()
    out = []
    for rs, re_ in ranges:
        for m in _OF_TITLE.finditer(raw, rs, re_):
            s, e = m.span()
            head, obj = m.group(1), m.group(2)
            if head.lower() not in heads or _known_outlet(m.group()):
                continue
            place = obj in places or obj.lower() in countries or obj.lower() in cities
            english = _english_of_place(head, masthead_heads)
            rare = not place and _wordlist.zipf(obj.lower()) < min_zipf
            # "The Dispatch of Kabylie": a rare word after a head English puts first in its
            # mastheads but never before "of" a place is a place the lexicons do not know.
            if rare and head.lower() in set(cfg["of_rare_place_heads"]) and not english:
                place, rare = True, False
            if (english and place) or rare:
                continue  # "The Times of London"; not "The Newspaper of Catalonia"
            # "the Morning Herald of the Valley": plain English words before the head
            # (no place, no name) belong to the same translated title.
            while True:
                lead = re.search(r"(?<![\w’'-])([A-Z][a-z]+)\s+$", raw[max(rs, s - 20) : s])
                if not lead or lead.group(1) == "The" or not _plain_title_word(lead.group(1), places, countries, cities):
                    break
                s -= len(lead.group())
            article = re.search(r"\b[Tt]he\s+$", raw[max(rs, s - 4) : s])
            lo = s - len(article.group()) if article else s
            if re.search(r"[A-Z][\w’'-]*\s+$", raw[max(rs, lo - 30) : lo]):
                continue  # a capitalised word before it: a longer name
            slot = _PUBLISHED_AFTER.match(raw, e, re_) or _cue_before(raw, max(rs, lo - 30), lo)
            if not slot:
                continue
            message = (
                f"“{m.group()}” puts the outlet's word before its complement, as a foreign title does "
                "(English would write the complement first); it reads like a title translated word for word: look up its original name."
            )
            out.append(flag(s, e, "mangled-name", message.replace(m.group(), raw[s:e], 1), None))
    return out


def _english_of_place(head: str, masthead_heads: AbstractSet[str]) -> bool:
    """Whether English mastheads put this head before "of" a place ("The Times of Malta", "Voice of America").

    "The Dispatch of Kabylie" is no such masthead: English writes "The Kabylie Dispatch";
    the head-first order is the source's (damage.yml ``english_of_place_heads``).
    """
    return (head.lower() in masthead_heads and head.lower() in set(config()["english_of_place_heads"])) or head.lower() == "voice"


#: A capitalised title, then its outlet noun in apposition: "Free Word, a local radio,".
_TITLE_THEN_KIND = re.compile(
    r"(?<![\w’'-])((?:The\s+)?[A-Z][a-z]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+){0,3}),\s+(?:an?|the|its)\s+"
    r"(?:(?:local|regional|national|state|state-run|private|independent|online|popular|leading|provincial|city|community"
    r"|small|big|major|opposition|[a-z]+-language|news)\s+){0,2}"
    r"(newspaper|daily|weekly|tabloid|magazine|broadsheet|radio|television|channel|broadcaster|station|agency|portal|website|site)\b"
)
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
    ]
)


def _apposed_title_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str]) -> list[Span]:
    """A title of plain English words followed by its outlet noun in apposition: "told Free Word, a local radio, that …".

    The apposition says an outlet is named as surely as "the radio Free
    Word" does, and the same test applies as in :func:`plain_title_flags`:
    every word ordinary English (no place, no given name, no day or month),
    the head no English masthead word, and not a known outlet. A web
    outlet's title needs two words (web brands are English everywhere), and
    a word opening a sentence ("Meanwhile, a local radio said") is no title.
    """
    cfg = config()
    heads = frozenset(cfg["english_masthead_heads"])
    of_heads = frozenset(cfg["of_title_heads"])
    countries = set(cfg["places"])
    cities = _more_places()
    out = []
    for rs, re_ in ranges:
        for m in _TITLE_THEN_KIND.finditer(raw, rs, re_):
            title = m.group(1)
            s, e = m.span(1)
            if title.startswith("The "):
                s += 4
                title = title[4:]
            words = title.split()
            content = [w for w in words if w not in ("of", "the")]
            head = words[words.index("of") - 1] if "of" in words else words[-1]
            if _sentence_initial(raw, s if raw[s - 4 : s] != "The " else s - 4, rs) or _known_outlet(title):
                continue
            if re.search(r"[A-Z][\w’'-]*\s+$", raw[max(rs, s - 30) : s]) and raw[s - 4 : s] != "The ":
                continue  # a capitalised word before it: a longer name
            if head.lower() in heads or any(w.lower() in _CALENDAR for w in content):
                continue
            if "of" not in words and head.lower() in of_heads:
                continue  # "The Northern Echo": a news word after its complement is English order
            if not all(_plain_title_word(w, places, countries, cities) for w in content):
                continue
            if m.group(2) in ("portal", "website", "site") and len(content) < 2:
                continue
            message = (
                f"“{title}” is named as an outlet but is plain English not built like an English masthead; "
                "it reads like a foreign title translated word for word: look up its original name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
    return out


#: "The Motherland newspaper reported": a title, then its outlet noun, then a verb of publishing.
_TITLE_BEFORE_KIND = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:newspaper|daily|weekly|tabloid|magazine|broadsheet)(?=,?\s+(?:has\s+)?[a-z])"
)
#: Endings of adjectives that describe a paper ("the Catholic weekly", "the Conservative daily"), not name it.
_ADJECTIVE_ENDING = re.compile(r"(?:ic|ist|al|ive|an|ish|ese|thern|stern|ian|ary|ous|ent|ant)$")


def _title_before_kind_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str]) -> list[Span]:
    """A title of plain English nouns before its outlet noun and a verb of publishing: "The Motherland newspaper reported".

    English writes "the Guardian newspaper", "the Sun newspaper": a masthead
    word or a known outlet is left alone, and so is a description with a
    capitalised adjective ("the Catholic weekly", "the Sunday daily") or one
    frequent word ("the Labour newspaper"). A title of ordinary English words
    (one may be rarer when English alone uses it; a title of one word must
    be: "Motherland"), no place and no given name, is a foreign title
    translated word for word.
    """
    cfg = config()
    heads = frozenset(cfg["english_masthead_heads"])
    countries = set(cfg["places"])
    cities = _more_places()
    out = []
    for rs, re_ in ranges:
        for m in _TITLE_BEFORE_KIND.finditer(raw, rs, re_):
            title = m.group(1)
            s, e = m.span(1)
            words = title.split()
            if not _PUBLISHED_AFTER.match(raw, m.end(), re_) or _known_outlet(title) or _known_outlet("The " + title):
                continue
            if words[-1].lower() in heads or any(w.lower() in _CALENDAR or _ADJECTIVE_ENDING.search(w.lower()) for w in words):
                continue
            if any(w in places or w.lower() in countries or w.lower() in cities or _fold(w) in _any_given_names() for w in words):
                continue
            rare = [w for w in words if _wordlist.zipf(w.lower()) < cfg["plain_title_min_zipf"]]
            if len(rare) > 1 or (rare and not _english_word_of_titles(rare[0], cfg)):
                continue
            if len(words) == 1 and not rare:
                continue  # "the Labour newspaper", "the Opposition daily": a frequent word describes the paper
            message = (
                f"“{title}” is named as an outlet but is plain English not built like an English masthead; "
                "it reads like a foreign title translated word for word: look up its original name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
    return out


def _plain_title_word(word: str, places: AbstractSet[str], countries: AbstractSet[str], cities: AbstractSet[str]) -> bool:
    """An ordinary English word that no place or given name shares ("Morning", not "Valencia", not "Rose")."""
    w = word.lower()
    if word in places or w in countries or w in cities or _fold(w) in _any_given_names():
        return False
    return _wordlist.zipf(w) >= config()["plain_title_min_zipf"]


def _title_content(title: str) -> list[str]:
    """A title's content words: not "The", "of", "the" nor a channel number."""
    return [w for w in title.split() if w not in ("The", "of", "the") and not w.isdigit()]


#: A region's or town's name in the possessive, then a news word: "Norrbotten's Courier".
_POSSESSIVE_TITLE = re.compile(
    r"\b([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)['’]s\s+"
    r"(Courier|Post|Tidings|News|Messenger|Gazette|Newspaper|Journal|Herald|Mail|Daily|Telegraph|Chronicle|Tribune|Dispatch|Observer)\b"
    r"(?![ \t]+[A-Z])"
)


def _possessive_title_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str]) -> list[Span]:
    """ "Norrbotten's Courier": a masthead with a place's genitive, Norrbottens-Kuriren translated.

    Swedish, Danish, Norwegian and German titles put the region in the
    genitive (Norrbottens-Kuriren, Bergens Tidende); an English masthead does
    not ("Barron's" and "People's Daily" name no place). The place must be one
    the entities layer found, and not a country: "Britain's Observer" is the
    Observer described, not a title.
    """
    countries = set(config()["places"])
    out = []
    for rs, re_ in ranges:
        for m in _POSSESSIVE_TITLE.finditer(raw, rs, re_):
            place = m.group(1)
            if place not in places or place.lower() in countries or _known_outlet(m.group()):
                continue
            message = f"“{m.group()}” reads like a foreign masthead with the place in the genitive, translated word for word; look up its original name."
            out.append(flag(m.start(), m.end(), "mangled-name", message, None))
    return out


#: A nationality and an abstract noun: "Ukrainian Truth" (Ukrainska Pravda), "Romanian Freedom".
#: The nouns are what mastheads of Slavic, Hungarian, Romanian or Turkish papers mean
#: (pravda, slovo, nemzet, libertatea, hürriyet, zastava, iskra); English mastheads with a
#: nationality use Times, Post, Herald, Independent, Observer, Voice, none of these.
_NATIONALITY_TITLE = re.compile(
    r"\b([A-Z][a-z]+(?:ian|ish|ese|ean|ic|i|an)|Czech|Slovak|Greek|Thai|French|Dutch|Swiss)\s+"
    r"(Truth|Freedom|Liberty|Word|Nation|Life|Youth|Flag|Banner|Spark|Homeland|Fatherland|Sovereignty|Unity)\b(?![ \t]+[A-Z])"
)


def _nationality_title_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """An outlet named by a nationality and an abstract noun: "told the Ukrainian Truth".

    Flagged without any lexicon, only where the text says an outlet is meant:
    an attribution cue or an outlet noun before it ("according to the", "the
    newspaper"), or a verb of publishing after it ("… wrote").
    """
    out = []
    for rs, re_ in ranges:
        for m in _NATIONALITY_TITLE.finditer(raw, rs, re_):
            s, e = m.span()
            if _known_outlet(m.group()):
                continue
            article = re.search(r"\bthe\s+$", raw[max(rs, s - 4) : s], re.IGNORECASE)
            lo = s - len(article.group()) if article else s
            slot = (
                _cue_before(raw, max(rs, lo - 30), lo)
                or bool(_OUTLET_NOUN.search(raw[max(rs, s - 40) : s]))
                or bool(_PUBLISHED_AFTER.match(raw, e, re_))
            )
            if not slot:
                continue
            message = f"“{m.group()}” reads like a foreign outlet's title translated word for word (a nationality and “{m.group(2)}”); look up its original name."
            out.append(flag(s, e, "mangled-name", message, None))
    return out


def _newspaper_title_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """A title that calls itself "Newspaper": "the Reading Selling Newspaper", "Economy Newspaper of Japan".

    English mastheads are "Times", "Post" or "Daily", never "Newspaper";
    "Shimbun", "Zeitung", "Gazeta" or "Ilbo" translated word by word become
    one. Flagged without any lexicon: a run of capitalised words with the
    capitalised word "Newspaper" after at least one other (not a known
    outlet's name, nor the press trade's "Newspaper Association": heads in
    damage.yml's ``press_trade_heads``).
    """
    trade_heads = frozenset(config()["press_trade_heads"])
    out = []
    for rs, re_ in ranges:
        for run in _title_runs(raw, rs, re_):
            words = [m.group() for m in run]
            if "Newspaper" not in words:
                continue
            k = words.index("Newspaper")
            lead = 1 if words[0] == "The" else 0
            before = [w for w in words[lead:k] if w[0].isupper()]
            after = words[k + 1 :]
            if not before or (after and after[0].lower() in trade_heads) or (after and after[0] not in ("of", "for")):
                continue
            s, e = run[lead].start(), run[-1].end()
            if _known_outlet(raw[s:e]):
                continue
            message = (
                f"“{raw[s:e]}” reads like a foreign newspaper's title translated word for word "
                "(English mastheads do not call themselves “Newspaper”); look up its original name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
    return out


def _repeated_name_flags(raw: str, ranges: Sequence[Range], found: Sequence[Span]) -> list[Span]:
    """The same mangled title again: "Follow The Daily on Google News" after "the newspaper The Daily".

    Once the text names an outlet by a word-for-word translation, every other
    occurrence of that exact title is the same mistake, even where no outlet
    noun or cue stands beside it. Only a whole title: the words around it
    must not be capitalised words of a longer name ("The" is the title's own).
    """
    taken = _Ranges([(f.start, f.end) for f in found])
    out = []
    for text, f in {raw[f.start : f.end]: f for f in found}.items():
        for rs, re_ in ranges:
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(text)}(?![\w’'-])", raw[rs:re_]):
                s, e = rs + m.start(), rs + m.end()
                if s in taken:
                    continue
                if " " not in text and _sentence_initial(raw, s, rs) and not _PUBLISHED_AFTER.match(raw, e, re_):
                    continue  # "Work is due to start …" after "the newspaper Work": a sentence's first word
                before = re.search(r"([^\W\d_]+)\s+$", raw[max(rs, s - 20) : s])
                after = re.match(r"\s+([^\W\d_]+)", raw[e:re_])
                if (before and before.group(1)[0].isupper() and before.group(1) != "The") or (after and after.group(1)[0].isupper()):
                    continue
                out.append(flag(s, e, "mangled-name", f.attrs.get("message", ""), f.attrs.get("suggestion")))
    return out


@cache
def _agency_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """Names and variants of news agencies (lowercase -> canonical), as one regex."""
    forms = {
        form.lower(): e["name"]
        for e in load_yaml("outlets.yml")
        if e.get("type") == "news-agency"
        for form in [e["name"], *(e.get("variants") or [])]
    }
    forms = {f: n for f, n in forms.items() if f not in _translation_variants()}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), forms


#: "agency of news", "agency of press": the word order of "agence de presse",
#: "agencia de noticias" kept in English.
_AGENCY_OF = re.compile(r"\b[Aa]gency of (?:the )?(?:[Nn]ews|[Pp]ress|[Ii]nformation|[Nn]otices)\b")


#: An agency named in the order of the Arabic "wakalat … lil-anba'" (and of the
#: Romance "agence … de presse"): "the Arab Syrian Agency for News", "the Agency
#: of Kuwait for News", "the Agency Tunis Africa for News", "the Agency of the
#: Jordanian News". English puts the news word before "Agency" ("Syrian Arab News
#: Agency") and never ends a name on "for News" or "of the Jordanian News". The
#: name must end there: "Agency for Information Technology" is another body.
_AGENCY_FOR_NEWS = re.compile(
    r"(?<![\w’'-])(?P<pre>(?:[A-Z][\w’'-]*\s+){0,3})Agency\s+"
    r"(?:(?:of\s+(?:the\s+)?)?(?:[A-Z][\w’'-]*\s+){1,3}for\s+(?:the\s+)?(?:News|Information|Press)"
    r"|(?P<bare>for\s+(?:the\s+)?(?:News|Information|Press))"
    r"|of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,2}(?:News|Press))"
    r"(?![\w’'-]|\s+[A-Z0-9])"
)


def _agency_for_news_flags(raw: str, ranges: Iterable[Range], taken: Sequence[Span]) -> list[Span]:
    """Agencies named in the source's word order (:data:`_AGENCY_FOR_NEWS`), lexicon-free.

    Why: the state agencies of the Arab world (and many of Africa) are cited
    through machine translation of their native names, and no list holds every
    rendering; the word order alone says the name is translated.
    """
    out = []
    for rs, re_ in ranges:
        for m in _AGENCY_FOR_NEWS.finditer(raw, rs, re_):
            pre = m.group("pre")
            if m.group("bare") and not pre.replace("The ", "").strip():
                continue  # "the Agency for News": no name at all
            s, e = m.start(), m.end()
            if raw.startswith("The ", s):
                s += 4  # the translation's article, not the name's
            if any(f.start < e and s < f.end for f in [*taken, *out]):
                continue
            message = (
                f"“{raw[s:e]}” keeps the word order of the source language (“agency … for news”): "
                "a news agency's name translated word for word; look up its own name."
            )
            out.append(flag(s, e, "mangled-name", message, None))
    return out


def agency_calque_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """A news agency's name dressed in a translated word for "agency".

    "the Associated Press Agency": an agency whose name is already English
    (two or more English words) gets a capitalised "Agency" that is not part
    of its name; "Reuters agency of news", "the agency of news Reuters": the
    word order of "agence de presse" kept. Names that really end in "Agency"
    ("Anadolu Agency", "Xinhua News Agency") are known forms and stay.
    """
    pattern, forms = _agency_forms()
    out = []
    for rs, re_ in ranges:
        for m in pattern.finditer(raw, rs, re_):
            form = m.group()
            words = [w for w in form.split() if w.lower() != "the"]
            tail = re.match(r"\s+(?:News\s+)?Agency\b", raw[m.end() : re_])
            if (
                tail
                and len(words) >= 2
                and all(w[0].isupper() and _wordlist.zipf(w.lower()) >= 3.0 for w in words)
                and " ".join([*words, *tail.group().split()]).lower() not in _forms_regex()[1]
            ):
                e = m.end() + tail.end()
                name = forms[form.lower()]
                start = m.end() - len(" ".join(words)) if words else m.start()
                message = f"“{raw[start:e]}” is not the agency's name: “{name}” is English already and has no “Agency” in it."
                out.append(flag(start, e, "mangled-name", message, name))
        for m in _AGENCY_OF.finditer(raw, rs, re_):
            before = re.search(r"((?:[A-Z][\w’'&.-]*\s+){1,3})$", raw[max(rs, m.start() - 40) : m.start()])
            after = pattern.match(raw, m.end() + 1, re_) if raw[m.end() : m.end() + 1] == " " else None
            s, e, name = m.start(), m.end(), None
            if before:
                hit = pattern.fullmatch(before.group(1).strip())
                if hit:
                    s, name = m.start() - len(before.group(1)), forms[hit.group().lower()]
            if name is None and after:
                e, name = after.end(), forms[after.group().lower()]
            if name:
                message = f"“{raw[s:e]}” keeps the word order of the source language: in English, “{name}”, a news agency."
                out.append(flag(s, e, "mangled-name", message, name))
            elif before and m.group()[0] == "A":
                # "the Athenian-Macedonian Agency of News": an agency no lexicon holds, its
                # capitalised name still in the word order of "agence de presse".
                s = m.start() - len(before.group(1))
                if raw.startswith("The ", s):
                    s += 4  # the translation's article, not the name's
                message = f"“{raw[s:e]}” keeps the word order of the source language (“agency of news”): a news agency's name translated word for word; look up its own name."
                out.append(flag(s, e, "mangled-name", message, None))
            elif m.group()[0] == "A" and (run := re.match(r"(?:\s+[A-Z][\w’'&.-]*){1,3}", raw[e:re_])):
                # "the Agency of News Europe Press": the word order of "Agencia de Noticias …",
                # the agency's own name after it.
                e += run.end()
                message = f"“{raw[s:e]}” keeps the word order of the source language (“agency of news”): a news agency's name translated word for word; look up its own name."
                out.append(flag(s, e, "mangled-name", message, None))
    return out + _agency_for_news_flags(raw, ranges, out)


#: Nouns that name a kind of outlet right before its title: "the daily X".
_OUTLET_KIND = re.compile(r"\b(?:newspaper|daily|weekly|magazine|paper|tabloid|broadsheet)\s+(The\s+([A-Z][^\W\d_]+))\b")


def _place_title_flags(raw: str, ranges: Iterable[Range], places: AbstractSet[str]) -> list[Span]:
    """ "the daily The Sicily": an outlet's title that is "The" and a place name.

    English titles do not put "The" before a region or city ("The Sicily"
    renders "La Sicilia"); such a title is the foreign name translated word
    by word. The place must be one the entities layer found, or a city or
    country of the gazetteers; known outlets are never flagged.
    """
    cities = _more_places()
    countries = set(config()["places"])
    out = []
    for rs, re_ in ranges:
        for m in _OUTLET_KIND.finditer(raw, rs, re_):
            title, place = m.group(1), m.group(2)
            if _known_outlet(title) or re.match(r"\s+[A-Z]", raw[m.end() : m.end() + 2]):
                continue
            if place in places or place.lower() in cities or place.lower() in countries:
                out.append(
                    flag(
                        m.start(1),
                        m.end(1),
                        "mangled-name",
                        f"“{title}” reads like a foreign outlet's title translated word for word (an English title would not put “The” before a place); look up its original name.",
                        None,
                    )
                )
    return out


def _cued_name_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """Agency or outlet names in an attribution slot that nearly match the lexicon.

    After a cue ("according to", "reports from", "Source:"), each name of a
    list is compared with outlets.yml: an exact name is fine, a near match
    (rapidfuzz ratio ≥ ``outlet_min_ratio``) is a misspelling, and a common
    lowercase word listed next to a known agency that looks like a short
    agency name ("… Reuters and of handle") is a literal translation.
    """
    min_ratio = config()["outlet_min_ratio"]
    out = []
    for rs, re_ in ranges:
        for cue in _cue_regex().finditer(raw, rs, re_):
            pos = cue.end()
            article = re.match(r"the\s+(?=[A-Z])", raw[pos:re_])
            if article:
                pos += article.end()
            known_before = False
            for _ in range(4):  # at most a few names in one list
                m = _NAME_RUN.match(raw, pos, re_)
                if m and m.end() > pos:
                    # A run stops at a sentence end ("… Europe Press. Ruiz added",
                    # "… France 24. The leader").
                    cut = re.search(r"(?<=[a-z0-9])\.\s", m.group())
                    name = (m.group()[: cut.start()] if cut else m.group()).rstrip(".")
                    s, e = m.start(), m.start() + len(name)
                    if _known_outlet(name):
                        known_before = True
                    else:
                        hit = _fuzzy_outlet(name, min_ratio) or _fuzzy_prefix(name, min_ratio)
                        # "according to Politica, a local blog": the text introduces another
                        # source, so a near match is a different name, not a misspelling.
                        if hit and _INTRODUCED_AFTER.match(raw, e, re_):
                            hit = None
                        literal = None if hit else _literal_outlet(name)
                        if hit:
                            form, canonical = hit
                            e = s + _fuzzy_prefix_len(name, form)
                            message = f"“{raw[s:e]}” looks like a misspelt “{form}”{_also(canonical, form)}."
                        elif literal:
                            form, canonical = literal
                            form = canonical
                            message = f"“{raw[s:e]}” looks like a word-for-word translation of the name “{form}”{_also(canonical, form)}."
                        if hit or literal:
                            out.append(flag(s, e, "mangled-name", message, form))
                            known_before = True
                    pos = s + len(name) if cut else m.end()
                else:
                    w = re.match(r"[a-z]+(?:\s+[a-z]+)?", raw[pos:re_])
                    if not (w and known_before):
                        break
                    word = w.group().split()[0]
                    if word in ("a", "an", "the"):
                        break  # "told Le Monde, a French daily": an apposition, no agency
                    near = _short_outlet_lookalikes(word)
                    hit = near[0] if near else None
                    if not hit or (len(w.group().split()) > 1 and not re.match(r"[a-z]+\s*(?:[.,;:)]|$)", raw[pos:re_])):
                        break
                    s = pos
                    # Include a dangling "of"/"from" before it: part of the mistranslation.
                    lead = re.search(r"\b(?:of|from|by)\s+$", raw[max(rs, s - 6) : s])
                    if lead:
                        s -= len(lead.group())
                    e = pos + len(word)
                    form, canonical = hit
                    out.append(
                        flag(
                            s,
                            e,
                            "mangled-name",
                            f"“{raw[s:e]}” stands where a news source is named, next to another agency: probably “{form}”{_also(canonical, form)}{_or_forms(near[1:])} translated as a common word.",
                            form,
                        )
                    )
                    pos = e
                nxt = _CONJUNCT.match(raw, pos, re_)
                if not nxt or nxt.end() == pos:
                    break
                pos = nxt.end()
    return out


_NAME_STOPWORDS = {"the", "of", "de", "da", "do", "della", "di", "il", "la", "le", "el", "der", "die", "das", "des"}


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-–]+", name.lower()) if t and t not in _NAME_STOPWORDS]


def _gloss(form: str) -> list[set[str]]:
    """Each word of a name with its literal English glosses (damage.yml)."""
    glossary = config()["name_glossary"]
    return [{t, *glossary.get(t, [])} for t in _name_tokens(form)]


def _literal_match(words: list[str], glosses: list[set[str]]) -> bool:
    """Each word matches (fuzzily: "press" ~ "presse") a gloss of a different name word."""
    if len(words) != len(glosses) or len(words) < 2:
        return False
    min_ratio = config()["outlet_min_ratio"]
    fits: list[set[int]] = []  # for each word, the name words it can translate
    for word in words:
        fits.append({j for j, gloss in enumerate(glosses) if any(fuzz.ratio(word, g) >= min_ratio for g in gloss)})
        if not fits[-1]:
            return False  # a word that glosses nothing: no order can fit
    return any(all(j in fits[i] for i, j in zip(order, range(len(words)), strict=True)) for order in permutations(range(len(words))))


@lru_cache(maxsize=16384)
def _literal_outlet(name: str) -> tuple[str, str] | None:
    """(form, canonical) when ``name`` translates an outlet's name word by word.

    "French Press Agency" for "Agence France-Presse", from the glossary in
    damage.yml; a translation listed among the variants counts too. Memoized,
    like :func:`_fuzzy_outlet`, with each form's words and glosses made once.
    """
    words = _name_tokens(name)
    if len(words) < 2:
        return None
    exact, by_length = _literal_outlet_index()
    first = exact.get(tuple(words))
    for position, form, canonical, glosses in by_length.get(len(words), ()):
        if first is not None and first[0] < position:
            break
        if _literal_match(words, glosses):
            return form, canonical
    return (first[1], first[1]) if first is not None else None


@cache
def _literal_outlet_index() -> tuple[dict[tuple[str, ...], tuple[int, str]], dict[int, list[tuple[int, str, str, list[set[str]]]]]]:
    """:func:`_literal_forms` indexed for :func:`_literal_outlet`: listed
    translations by their words, the other forms by word count, each with its
    place in the list, so a name meets only forms of its own length (the list
    holds thousands) and the first form that fits still wins."""
    exact: dict[tuple[str, ...], tuple[int, str]] = {}
    by_length: dict[int, list[tuple[int, str, str, list[set[str]]]]] = defaultdict(list)
    for position, (form, canonical, translation, form_words, glosses) in enumerate(_literal_forms()):
        if translation:
            exact.setdefault(tuple(form_words), (position, canonical))
        else:
            by_length[len(glosses)].append((position, form, canonical, glosses))
    return exact, dict(by_length)


@cache
def _literal_forms() -> list[tuple[str, str, bool, list[str], list[set[str]]]]:
    """Every outlet form with what :func:`_literal_outlet` compares: is it a listed
    translation, its words, and its words' glosses."""
    return [
        (form, canonical, form.lower() in _translation_variants(), _name_tokens(form), _gloss(form)) for form, canonical in _outlet_forms()
    ]


def _or_forms(others: Sequence[tuple[str, str]]) -> str:
    return f" (or {', '.join(f'“{f}”' for f, _ in others)})" if others else ""


def _also(canonical: str, form: str) -> str:
    return "" if canonical == form else f" ({canonical})"


def _fuzzy_prefix(name: str, min_ratio: float) -> tuple[str, str] | None:
    """Fuzzy-match the first two or three words of a longer name run.

    One word is too little: "Public" of "the Public Prosecutor's Office" is
    close to "Público", yet it is the head of another name.
    """
    words = name.split()
    for n in range(min(3, len(words) - 1), 1, -1):
        part = " ".join(words[:n])
        if _known_outlet(part):
            return None
        hit = _fuzzy_outlet(part, min_ratio)
        if hit:
            return hit
    return None


def _fuzzy_prefix_len(name: str, form: str) -> int:
    words = name.split()
    best_n, best = len(name), -1.0
    for n in range(1, len(words) + 1):
        part = " ".join(words[:n])
        score = fuzz.ratio(part.lower(), form.lower())
        if score > best:
            best, best_n = score, len(part)
    return best_n


#: Words that join the words of a name ("Corriere della Sera", "Guard of Finance").
_NAME_JOINERS = frozenset(
    {"of", "the", "and", "de", "di", "da", "do", "dos", "das", "del", "della", "dello", "dei", "delle", "degli"}
    | {"la", "le", "les", "el", "los", "las", "il", "lo", "o", "a", "al", "y", "e", "und", "für", "du", "des", "der", "die"}
    | {"dela", "van", "von", "zu", "zur", "zum", "am", "im", "an", "auf", "sur", "en", "et", "i"}
)
#: A word of a name: capitalised letters, or a number ("Il Sole 24 Ore"), hyphens inside.
_NAME_WORD = re.compile(r"[^\W_][\w’']*(?:-[^\W_][\w’']*)*")
#: Nouns after which a single word names an outlet: "the newspaper Público".
_OUTLET_NOUN = re.compile(
    r"\b(?:newspaper|daily|paper|weekly|magazine|tabloid|journal|agency|broadcaster|channel|station|radio|television|network|outlet|website|portal)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Nouns right after a title that say it names an outlet: "the Freedom newspaper".
_OUTLET_NOUN_AFTER = re.compile(
    r"\s+(?:newspaper|daily|paper|weekly|magazine|tabloid|journal|news agency|agency|broadcaster|channel|station|website|portal)\b",
    re.IGNORECASE,
)
#: A verb of publishing right after a title: "The Middle East reported".
_PUBLISHED_AFTER = re.compile(
    r",?\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|writes|published|publishes|quoted|quotes|revealed|reveals|cited|cites|learned|learnt|said|says"
    r"|called|calls|described|describes|claimed|claims|commented|comments|noted|notes|criticised|criticized|criticises|criticizes|headlined|titled)\b"
)
#: Words that say a name is a news outlet's ("Press", "Gazette", "Courier"), folded.
_NEWS_WORDS = frozenset(
    [
        "press",
        "agency",
        "news",
        "newspaper",
        "daily",
        "gazette",
        "journal",
        "herald",
        "courier",
        "post",
        "telegraph",
        "telegram",
        "tribune",
        "messenger",
        "times",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "broadcaster",
        "channel",
        "network",
        "bureau",
        "wire",
        "dispatch",
        "despatch",
        "sheet",
        "chronicle",
    ]
)


#: A foreign article before an English word ("El Country") is a half-translated name.
_FOREIGN_ARTICLES = frozenset({"El", "La", "Il", "Le", "Les", "Los", "Las", "Lo", "O", "Der", "Die", "Das", "De", "Het"})


def _starts_with_article(name: str) -> bool:
    """ "El Mundo", "de Volkskrant": "The" in "The World" translates the name's own article."""
    first = name.split()[0] if name.split() else ""
    return first.capitalize() in _FOREIGN_ARTICLES or first == "The"


def _cue_before(raw: str, lo: int, hi: int) -> bool:
    """An attribution cue ("according to", "consulted by") ends right before ``hi``."""
    return any(m.end() == hi for m in _cue_regex().finditer(raw, lo, hi))


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lowercase without accents: "Público" -> "publico"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _bag(words: Iterable[str]) -> tuple[str, ...]:
    """The content words of a name, folded and sorted: word order is free in translation."""
    return _bag_of(tuple(words))


@lru_cache(maxsize=65536)  # every stretch of every run of capitalised words is bagged
def _bag_of(words: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for w in words:
        for part in re.split(r"[\s\-–/]+|(?<=\b\w)\.", w):  # "S.Paulo", "S. Paulo": an initial
            f = _fold(part.strip("’'"))
            if f and f not in _NAME_JOINERS and f not in ("l", "d"):
                out.append(f)
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class _Named:
    """What a word-for-word translation stands for."""

    name: str  # the real name, as the suggestion
    note: str  # what it is, for the message
    outlet: bool = True  # an agency or outlet (outlets.yml), not an institution


@cache
def _literal_index() -> tuple[dict[tuple[str, ...], list[_Named]], frozenset[tuple[str, ...]], dict[tuple[str, ...], list[_Named]]]:
    """Bags of words of known literal translations, bags of accepted names, and accepted names that are also a translation.

    From outlets.yml (``translations``, and variants that gloss the name), the
    ``institutions`` of damage.yml, and every rendering the glossaries give
    word by word (each word glossed or kept: half-translated names too). A
    bag that is also some outlet's accepted name or variant is never flagged.
    """
    cfg = config()
    glossary: dict[str, list[str]] = {}
    for table in (cfg["name_glossary"], cfg.get("name_glossary_more") or {}):
        for k, v in table.items():
            glossary.setdefault(_fold(k), []).extend(v)
    entries: list[tuple[str, str, list[str], list[str]]] = []  # name, note, accepted forms, translations
    institutions = {e["name"] for e in cfg.get("institutions") or []}
    for e in load_yaml("outlets.yml"):
        variants = [str(v) for v in e.get("variants") or []]
        translated = [v for v in variants if v.lower() in _translation_variants()]
        accepted = [e["name"], *(v for v in variants if v not in translated)]
        note = {"news-agency": "the news agency", "broadcaster": "the broadcaster"}.get(e.get("type"), "the newspaper")
        entries.append((e["name"], note, accepted, [*translated, *(e.get("translations") or [])]))
    for e in cfg.get("institutions") or []:
        entries.append((e["name"], e.get("english") or "", [e["name"]], list(e.get("translations") or [])))
    accepted_bags = {_bag([form]) for _, _, forms, _ in entries for form in forms}
    accepted_bags |= {_bag([name]) for name in cfg.get("accepted_outlet_names") or []}
    accepted_bags |= _english_titles_abroad()
    generic = set(cfg["generic_name_words"])
    index: dict[tuple[str, ...], list[_Named]] = defaultdict(list)

    def add(bag: tuple[str, ...], named: _Named) -> None:
        if bag in accepted_bags and bag not in own[named.name] and named not in shadowed[bag]:
            shadowed[bag].append(named)  # "The Telegraph": English, and De Telegraaf translated
        if bag and bag not in accepted_bags and named not in index[bag]:
            index[bag].append(named)

    own = {name: {_bag([f]) for f in forms} for name, _, forms, _ in entries}
    shadowed: dict[tuple[str, ...], list[_Named]] = defaultdict(list)

    for name, note, forms, translations in entries:
        named = _Named(name, note, name not in institutions)
        for t in translations:
            add(_bag([t]), named)
        for form in forms:
            words = [w for w in _bag([form])]
            options = [[(w,), *(tuple(g.split()) for g in glossary.get(w, []))] for w in words]
            if not words or all(len(o) == 1 for o in options) or len(list(product(*options))) > 256:
                continue
            for choice in product(*options):
                glossed = [c for c, w in zip(choice, words, strict=True) if c != (w,)]
                # "Lusa Agency", "EFE Agency": only the kind of outlet put in English is fine.
                if glossed and not all(x in generic for c in glossed for x in c):
                    add(tuple(sorted(x for c in choice for x in c)), named)
    # The third table: accepted English titles that are also a foreign title
    # translated word for word ("The Telegraph": De Telegraaf).
    return dict(index), frozenset(accepted_bags), dict(shadowed)


@cache
def _outlet_countries() -> dict[str, str]:
    return {e["name"]: e.get("country") or "" for e in load_yaml("outlets.yml")}


#: "the newspaper The Telegraph": a title right after the noun for an outlet.
_KIND_TITLE = re.compile(r"\b(?:newspaper|daily|weekly|magazine|tabloid|broadsheet)\s+(The(?:\s+[A-Z][^\W\d_]+){1,2})\b")


def _shadowed_title_flags(raw: str, ranges: Iterable[Range], found: Sequence[Span]) -> list[Span]:
    """An English-looking title that translates a foreign one, in a text that translated another.

    "The Telegraph" and "The Globe" are English newspapers, so alone they are
    never flagged. Two more signals make one a translation of De Telegraaf or
    O Globo: an outlet noun before it ("the newspaper The Telegraph"), and
    another name of an outlet of the same country translated word for word in
    the same text ("General Dutch Press Bureau" for ANP).
    """
    shadowed = _literal_index()[2]
    countries = _outlet_countries()
    seen = {countries.get(f.attrs.get("suggestion") or "", "") for f in found} - {""}
    out = []
    for rs, re_ in ranges:
        for m in _KIND_TITLE.finditer(raw, rs, re_):
            title = m.group(1)
            words = title.split()
            for n in range(len(words), 1, -1):  # "The Telegraph reported": the longest title that is one
                bag = _bag(words[:n])
                named = [x for x in shadowed.get(bag, []) if countries.get(x.name) in seen]
                if named:
                    e = m.start(1) + len(" ".join(words[:n]))
                    real = named[0]
                    message = (
                        f"“{raw[m.start(1) : e]}” is also an English title, but here it reads like a word-for-word translation "
                        f"of {real.note} “{real.name}”, as another name in this text is."
                    )
                    out.append(flag(m.start(1), e, "mangled-name", message, real.name))
                    break
    return out


#: What may stand between two words of a name: spaces, a dash or slash; after an initial, a dot.
_RUN_GAP = re.compile(r"\s+|\s*[-–/]\s*")
_INITIAL_GAP = re.compile(r"\.\s*")


def _title_runs(raw: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """Runs of capitalised words (joined by "of", "della", …) that may be a name."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []  # joiners waiting for a capitalised word
    prev_end = start
    for m in _NAME_WORD.finditer(raw, start, end):
        gap = raw[prev_end : m.start()]
        prev_end = m.end()
        word = m.group()
        # "S. Paulo", "St. Louis": an abbreviated word goes on with the name.
        initial = bool(current) and len(current[-1].group()) <= 2 and current[-1].group()[0].isupper()
        if current and not (_RUN_GAP.fullmatch(gap) or (initial and _INITIAL_GAP.fullmatch(gap))):
            runs.append(current)
            current, pending = [], []
        if word[0].isupper() or (word[0].isdigit() and current):
            current += [*pending, m]
            pending = []
        elif current and word.lower() in _NAME_JOINERS and len(pending) < 2:
            pending.append(m)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _known_stretches(run: list[re.Match[str]], accepted: AbstractSet[tuple[str, ...]]) -> list[Range]:
    """Index ranges of ``run`` that spell an accepted name (longest first, no overlap)."""
    out: list[Range] = []
    for n in range(len(run), 0, -1):
        for i in range(len(run) - n + 1):
            if any(a < i + n and i < b for a, b in out):
                continue
            if _bag(m.group() for m in run[i : i + n]) in accepted:
                out.append((i, i + n))
    return out


@cache
def _long_outlet_forms() -> dict[str, str]:
    """Outlet names and variants of two or more words (lowercase) -> canonical name."""
    return {
        form.lower(): name
        for form, name in _outlet_forms()
        if len(form.split()) >= 2 and len(form) >= 10 and form.lower() not in _translation_variants()
    }


def _misspelt_run(raw: str, run: list[re.Match[str]]) -> Span | None:
    """A run of capitalised words that is a long outlet name with a typo ("Corriere dela Sera").

    Only names of two or more words and ten or more letters, and only a near
    match (rapidfuzz ratio >= ``outlet_typo_ratio``) that is not itself a
    known name: "France 24" and "France 2" are both real.
    """
    words = run[1:] if len(run) > 2 and run[0].group() == "The" else run
    if len(words) < 2:
        return None
    s, e = words[0].start(), words[-1].end()
    # "The Guardian's music desk": the possessive is not part of the name.
    e -= len(re.search(r"(?:['’]s?)?$", raw[s:e]).group())  # type: ignore[union-attr]
    text = raw[s:e]
    if len(text) < 10 or _known_outlet(text):
        return None
    forms = _long_outlet_forms()
    best = rf_process.extractOne(text.lower(), list(forms), scorer=fuzz.ratio, score_cutoff=config()["outlet_typo_ratio"])
    if not best or best[0] == text.lower():
        return None
    form = next(f for f, n in _outlet_forms() if f.lower() == best[0])
    canonical = forms[best[0]]
    return flag(s, e, "mangled-name", f"“{text}” looks like a misspelt “{form}”{_also(canonical, form)}.", form)


def _split_at_sentences(raw: str, runs: list[list[re.Match[str]]]) -> list[list[re.Match[str]]]:
    """Runs cut where a sentence's "The" starts ("True Friend FM. The police").

    The runs go on after an abbreviation's full stop for "S. Paulo"; a name
    that ends on "FM" or "TV" would then take the next sentence's article.
    """
    out = []
    for run in runs:
        cuts = [k for k in range(1, len(run)) if run[k].group() == "The" and "." in raw[run[k - 1].end() : run[k].start()]]
        for a, b in zip([0, *cuts], [*cuts, len(run)], strict=True):
            out.append(run[a:b])
    return out


#: Nouns for the kind of body that a source name holds and its English rendering
#: may keep or drop (社 "company", 公社 "public corporation", "agence", "stantsiya"):
#: "Common Communications Company" renders what "Common Communications" does.
_BODY_KIND_WORDS = frozenset({"company", "corporation", "society", "station", "organisation", "organization", "institution", "agency"})


def _index_key(bag: tuple[str, ...], index: Mapping[tuple[str, ...], Any]) -> tuple[str, ...] | None:
    """The bag of a known literal rendering that ``bag`` is, give or take one word for the kind of body.

    Why: machine translation keeps or drops the source name's word for the
    kind of body ("Kyodo Tsushin-sha" -> "Common Communications Company",
    "Yonhap News Agency" -> "United News"), so a listed rendering with or
    without such a word is the same rendering. The rest must still be two
    words or more, so one ordinary word never stands for a name.
    """
    if bag in index:
        return bag
    kinds = [w for w in bag if w in _BODY_KIND_WORDS]
    if len(kinds) == 1 and len(bag) >= 3:
        rest = tuple(w for w in bag if w != kinds[0])
        if rest in index:
            return rest
    if not kinds and len(bag) >= 2 and {"news", "press"} & set(bag):
        more = tuple(sorted((*bag, "agency")))
        if more in index:
            return more
    return None


def literal_name_flags(raw: str, ranges: Iterable[Range]) -> list[Span]:
    """Known names translated word for word ("Italian Journalistic Agency" for AGI).

    Every run of capitalised words is compared, as a bag of words, with the
    literal renderings of outlets.yml and the institutions of damage.yml; the
    longest matching stretch wins. A rendering of a single word ("Public" for
    the newspaper Público) is an ordinary English word, so it counts only
    right after an outlet noun ("the newspaper Public"). A stretch inside a
    longer run that is itself a known name ("South China Morning Post") is
    left alone.
    """
    index, accepted, _ = _literal_index()
    out = []
    for rs, re_ in ranges:
        for run in _split_at_sentences(raw, _title_runs(raw, rs, re_)):
            known = _known_stretches(run, accepted)
            whole = any(b - a >= len(run) - (run[0].group() == "The") for a, b in known)
            typo = None if whole else _misspelt_run(raw, run)
            if typo:
                out.append(typo)
                continue
            i = 0
            while i < len(run):
                hit = None
                # A stretch starts on a word of the name, not on a joiner ("and the European Press").
                starts = run[i].group()[0].isupper() or run[i].group()[0].isdigit()
                for j in range(len(run), i, -1) if starts else ():
                    if not run[j - 1].group()[0].isupper() and not run[j - 1].group()[0].isdigit():
                        continue
                    if any(a < j and i < b and (a < i or b > j) for a, b in known):
                        continue
                    # "European Press Photo Agency", "Freedom House", "Yorkshire Evening Post":
                    # the stretch is the head or the tail of a longer name.
                    # … unless what follows is an outlet's acronym ("Finnish Information Office STT"),
                    # which also says that an outlet is meant.
                    acronym = j == len(run) - 1 and bool(_ACRONYM.fullmatch(run[j].group())) and bool(_known_outlet(run[j].group()))
                    if j < len(run) and run[j].group()[0].isupper() and not acronym:
                        continue
                    if (
                        i > 0
                        and run[i - 1].group()[0].isupper()
                        and run[i - 1].group() != "The"
                        and not _sentence_initial(raw, run[i - 1].start(), rs)
                    ):
                        continue
                    bag = _bag(m.group() for m in run[i:j])
                    key = _index_key(bag, index)
                    if key is None:
                        continue
                    lo, hi = run[i].start(), run[j - 1].end()
                    # "the Freedom newspaper": a title between "the" and the noun; not "Public
                    # broadcaster TV Perú", where the word qualifies a noun that a name follows.
                    after = _OUTLET_NOUN_AFTER.match(raw, hi, re_)
                    after_ok = (
                        after
                        and not re.match(r"\s+[A-Z]", raw[after.end() : after.end() + 2])
                        and bool(re.search(r"\bthe\s+$", raw[max(rs, lo - 4) : lo], re.IGNORECASE))
                    )
                    noun = bool(_OUTLET_NOUN.search(raw[max(rs, lo - 40) : lo]) or after_ok)
                    article = re.search(r"\bthe\s+$", raw[max(rs, lo - 4) : lo])
                    cue_end = lo - len(article.group()) if article else lo
                    cued = _cue_before(raw, max(rs, cue_end - 30), cue_end)
                    if not (
                        len(bag) >= 2
                        or noun
                        or (j - i >= 2 and run[i].group() in _FOREIGN_ARTICLES)
                        or (j - i >= 2 and run[i].group() == "The" and cued)
                    ):
                        continue
                    # A rendering of an outlet made of everyday words ("New Spain", "Middle East")
                    # needs the text to say an outlet is meant: its own news word, an outlet
                    # noun, a cue before it or a publishing verb after it.
                    outlet_only = all(x.outlet for x in index[key])
                    if outlet_only and not (set(bag) & _NEWS_WORDS or noun or cued or acronym or _PUBLISHED_AFTER.match(raw, hi, re_)):
                        continue
                    hit = (j, index[key])
                    break
                if not hit:
                    i += 1
                    continue
                j, named = hit
                if j - i > 1 and run[i].group().lower() == "the":
                    # "The Evening": a name with its own article (Le Soir) fits before one without
                    # (Akşam), whatever the order of outlets.yml.
                    named = sorted(named, key=lambda x: not _starts_with_article(x.name))
                if j - i > 1 and run[i].group().lower() == "the" and not _starts_with_article(named[0].name):
                    i += 1  # the article is the translation's, not the name's ("the Courier of the Evening")
                s, e = run[i].start(), run[j - 1].end()
                real = named[0]
                also = f" (or {', '.join(n.name for n in named[1:])})" if len(named) > 1 else ""
                what = f", {real.note}" if real.note else ""
                message = f"“{raw[s:e]}” looks like a word-for-word translation of the name “{real.name}”{what}{also}."
                out.append(flag(s, e, "mangled-name", message, real.name))
                i = j
    return out


# --------------------------------------------------------------------------
# truncated sentences


#: A list item's marker: a dash or bullet, or "1." / "a)" followed by a space.
_LIST_ITEM = re.compile(r"(?:[-–—•*·▪►✓]|\d{1,2}[.)]|[a-z][.)])\s")


def _standfirst(ctx: Context) -> Range | None:
    """The body paragraph right after the headline when more body follows: a
    standfirst ("X says owners cannot carry the charge"), which outlets print
    without a full stop as they print the headline."""
    blocks = ctx.article.blocks
    for k, b in enumerate(blocks[:-1]):
        if b.label == "title":
            nxt = blocks[k + 1]
            more = any(x.label == "body" for x in blocks[k + 2 :])
            return (nxt.start, nxt.end) if nxt.label == "body" and more else None
    return None


def _reporting_verb(word: str) -> bool:
    """ "…, Dilnur Abla, opined that": a past form of a reporting verb of the
    quotes layer's lexicon is a verb, never a surname that lost its capital."""
    from ._attribution import lexicon

    low = word.strip()
    return low.islower() and low in lexicon().forms and (low.endswith("ed") or low in ("said", "told", "wrote", "spoke", "thought"))


#: A determiner (or "the then") before a lowercase noun, and a capitalised full name set off after it.
_DETERMINED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our)\s+(?:then\s+|new\s+|former\s+)?$", re.IGNORECASE)
_APPOSED_NAME_AFTER = re.compile(r",\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


def _title_before_name(raw: str, s: int, e: int) -> bool:
    """ "the then harbourmaster, Ifor Jenkins,": one lowercase word after a
    determiner with a full name set off after it is the role the name holds,
    not a name that lost its capital."""
    word = raw[s:e]
    return (
        " " not in word
        and word.islower()
        and bool(_DETERMINED_BEFORE.search(raw, max(0, s - 20), s))
        and bool(_APPOSED_NAME_AFTER.match(raw, e))
    )


#: An e-mail address or a web address at the end of a paragraph: a byline or a credit, never a cut sentence.
_ADDRESS_END = re.compile(r"(?:\S+@\S+\.\w{2,}|https?://\S+|www\.\S+)\s*$")


def truncated_flags(raw: str, paras: Iterable[Range], sentences: Sequence[Range], *, standfirst: Range | None = None) -> list[Span]:
    """A body paragraph whose last sentence stops without terminal punctuation
    (not a one-sentence ``standfirst`` right after the headline)."""
    cfg = config()["truncated"]
    dangling = set(cfg["dangling_words"])
    out = []
    for ps, pe in paras:
        text = raw[ps:pe].rstrip()
        if standfirst is not None and (ps, pe) == tuple(standfirst) and not any(ps < s[0] < pe for s in sentences):
            continue
        if _ADDRESS_END.search(text):
            continue  # "Reporter Park Min-seo minseo@example.kr": a byline ends on an address
        # A comma or a dash at the very end is a cut too ("…, who", "… and,").
        comma = bool(text) and (text[-1] == "," or (text[-1] in "-–—" and text[-2:-1] == " "))
        if not text or (not comma and (text[-1] in _TERMINAL or text[-1] in _CLOSERS or not text[-1].isalnum())):
            continue
        if _LIST_ITEM.match(text):
            continue  # "- a first pressing of …": list items need no full stop
        last = [s for s in sentences if ps <= s[0] < pe]
        ls = last[-1][0] if last else ps
        words = _WORD.findall(raw[ls:pe])
        # A subhead is a paragraph of its own and never ends on "the" or a comma:
        # after another sentence, or on such a word, a few words are enough.
        short_ok = comma or ls > ps or (words and words[-1] in dangling)
        if len(words) < (cfg["min_words_after_sentence"] if short_ok else cfg["min_words"]):
            continue
        capitalised = sum(1 for w in words if w[0].isupper())
        if capitalised / len(words) > 0.6:
            continue  # a title-cased subhead
        tail = list(_WORD.finditer(raw, ls, ps + len(text)))[-3:]
        s = tail[0].start() if tail else ls
        out.append(
            flag(
                s,
                ps + len(text),
                "truncated-sentence",
                "The paragraph stops without a full stop: the sentence may have been cut off in extraction.",
                None,
            )
        )
    return out
