"""What the comparison looks at in one sentence, gathered once per article.

A :class:`SentenceFeatures` is plain data derived from an
:class:`~parallax.model.ArticleAnalysis`: the sentence's content lemmas (from
the segmenter), the canonical names of entities inside it, the numbers it
mentions and the quotes it contains (from the annotation layers, clipped to
the sentence). Empty layers simply give empty sets, so the comparison works
before the annotation engine is finished and improves when it is; an
analysis without any quotes layer gets quotes from paired quote marks.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy is imported when first used (a warm build needs none of it)
    from spacy.tokens import Doc, Token

from ..data import load_yaml
from ..model import ArticleAnalysis, Passage, Span
from ..nlp import Chunk, nlp
from ..segment import _CONTENT_POS  # the lemmas a passage keeps

#: Entity labels that name a thing (as opposed to a date or an amount).
NAME_LABELS = frozenset({"PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"})
#: Entity labels that say where a story happens (its setting, see ``setting.yml``).
SETTING_LABELS = frozenset({"PLACE", "NORP"})
#: Text between paired quote marks: used only when an analysis has no quotes
#: layer at all, so that alignment still sees quotes.
_QUOTED = re.compile(r"[“\"«](?P<text>[^“”\"«»\n]{3,}?)[”\"»“]")
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+")
#: Digits grouped in threes with "." or "," only: a thousands separator.
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
#: Damage kinds whose suggestion is the intended wording (see :func:`repaired_lemmas`).
REPAIRABLE = frozenset({"glued-words", "mangled-name"})
#: English scale words: "three thousand", "2.5 million".
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
#: Words that can deny a clause (English grammar, closed class): a sentence
#: without any of them is never parsed for negation.
NEGATORS = frozenset({"no", "not", "n't", "cannot", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere"})
#: Verbs whose meaning is a denial of their complement ("denied that …",
#: "refused to …", "declined to comment"): general English, not a topic list.
NEGATIVE_VERBS = frozenset({"deny", "refuse", "decline", "reject", "fail"})
#: Reporting verbs whose complement clause carries the sentence's claim
#: ("Police said the driver had not been drinking" denies the drinking).
_REPORTING = frozenset(
    {"say", "tell", "state", "add", "report", "announce", "confirm", "claim", "insist", "note", "explain", "declare"}
    | {"promise", "pledge", "vow", "warn", "admit", "acknowledge", "argue", "stress", "reply", "write"}
)


@dataclass(frozen=True, slots=True)
class QuoteText:
    """A quote clipped to one sentence: offsets into the raw text."""

    start: int
    end: int
    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a long sentence, compared on its own (see :func:`clause_bounds` and :func:`quote_pieces`)."""

    start: int  # offsets into the raw text
    end: int
    lemmas: tuple[str, ...]
    names: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    quantities: frozenset[str] = frozenset()
    dimensions: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()


@dataclass(slots=True)
class SentenceFeatures:
    article: str
    passage: Passage
    index: int  # position among the article's body sentences
    lemmas: list[str]
    names: set[str] = field(default_factory=set)
    #: The names among ``names`` that are places or nationalities (the setting).
    places: set[str] = field(default_factory=set)
    #: The names among ``names`` that are people.
    people: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    #: Figures with their unit ("4 hour"): see :func:`quantities`.
    quantities: set[str] = field(default_factory=set)
    quotes: list[QuoteText] = field(default_factory=list)
    #: Clock times, 24-hour and to the hour ("23:40", "~0"): see :func:`times`.
    times: set[str] = field(default_factory=set)
    #: Figures with the dimension they measure ("40 wide"): see :func:`dimensions`.
    dimensions: set[str] = field(default_factory=set)
    #: Lemmas a negation governs ("not accept" → "accept"): see :func:`denied_lemmas`.
    denied: frozenset[str] = frozenset()
    #: "affirmative", "negative" (its main claims are denied: "There was no
    #: reply", "Y denied that …") or "mixed": see :func:`polarity`.
    polarity: str = "affirmative"
    #: The clauses of a long sentence (empty for a short one): see :func:`clause_bounds`.
    clauses: list[Clause] = field(default_factory=list)
    #: (gloss, name): a name the sentence glosses in brackets ("Tarvas Vesi
    #: (the water company)" → ("water company", "tarvas vesi")): see :func:`glosses`.
    glosses: set[tuple[str, str]] = field(default_factory=set)

    @property
    def id(self) -> str:
        return self.passage.id or self.passage.key


def body_sentences(analysis: ArticleAnalysis) -> list[Passage]:
    """Sentence passages of the body, in text order (boilerplate has none)."""
    return [p for p in analysis.passages if p.kind == "sentence" and not p.boilerplate]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@cache
def _variants() -> dict[str, str]:
    """Lemma → its group's first lemma: ``translation_variants.yml``, then ``paraphrases.yml``."""
    out: dict[str, str] = {}
    for name in ("translation_variants.yml", "paraphrases.yml"):
        for group in load_yaml(name)["groups"]:
            for lemma in group:
                out[str(lemma).lower()] = str(group[0]).lower()
    return out


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(phrase pattern, the lemma it is read as), from ``paraphrases.yml``'s ``phrases``."""
    table = load_yaml("paraphrases.yml")["phrases"]
    return tuple((_phrase_pattern(str(phrase).lower()), str(word).lower()) for word, phrases in table.items() for phrase in phrases)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase of ``paraphrases.yml`` as a pattern on whole words; "…" stands for one to three words ("left … out")."""
    gap = r"(?:\s+[\w'’-]+){1,3}\s+"
    return re.compile(r"\b" + gap.join(re.escape(part.strip()) for part in phrase.split("…")) + r"\b")


@cache
def _whole() -> tuple[re.Pattern[str], ...]:
    """Patterns of the phrases read only as a whole (``paraphrases.yml`` ``whole``)."""
    return tuple(_phrase_pattern(str(phrase).lower()) for phrase in load_yaml("paraphrases.yml").get("whole") or ())


def whole_phrase_words(text: str) -> frozenset[str]:
    """Words (lower case) of the phrases in ``text`` that are read only as their paraphrase's word.

    "The two leaders exchanged views on the war" and "to increase the
    commercial exchanges": read as "discuss" and "trade", the two share no
    "exchange" of their own.
    """
    low = text.lower()
    if "exchang" not in low and not any(p.search(low) for p in _whole()):
        return frozenset()
    return frozenset(w for p in _whole() for m in p.finditer(low) for w in words(m.group(0)))


def without_words(lemmas: Iterable[str], found: frozenset[str]) -> list[str]:
    """``lemmas`` less those of a word in ``found`` (:func:`whole_phrase_words`): "exchanged" drops the lemma "exchange"."""
    if not found:
        return list(lemmas)
    return [
        lemma for lemma in lemmas if not any(w == lemma.lower() or (len(lemma) >= 4 and w.startswith(stem(lemma.lower()))) for w in found)
    ]


def phrase_lemmas(text: str) -> list[str]:
    """The lemmas multi-word paraphrases in ``text`` are read as: "until further notice" → ["indefinitely"].

    A phrase says in several words what another outlet says in one
    ("paraphrases.yml", ``phrases``); the word is added to the sentence's
    lemmas, nothing is rewritten.
    """
    low = text.lower()
    return [variant(word) for pattern, word in _phrases() if pattern.search(low)]


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """Lemma (variant representative) → its opposites, from ``antonyms.yml``."""
    out: dict[str, set[str]] = {}
    for x, y in load_yaml("antonyms.yml")["pairs"]:
        x, y = variant(str(x).lower()), variant(str(y).lower())
        out.setdefault(x, set()).add(y)
        out.setdefault(y, set()).add(x)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _absence() -> dict[str, str]:
    """Denied word → the word its denial states ("find" → "missing", "disclose" → "undisclosed"), from ``antonyms.yml``."""
    data = load_yaml("antonyms.yml")
    return {str(w).lower(): str(key).lower() for part in ("absence", "unsaid") for key, ws in data[part].items() for w in ws}


@cache
def _idioms() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...]:
    """(any form of the word, the word before a listed noun, its lemma, what it is read as), from ``antonyms.yml``'s ``idioms``."""
    out = []
    for word, entry in (load_yaml("antonyms.yml").get("idioms") or {}).items():
        w = re.escape(str(word).lower())
        forms = {f for n in entry["before"] for f in (str(n).lower(), f"{n}s".lower(), f"{n}es".lower(), f"{str(n)[:-1]}ies".lower())}
        nouns = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
        out.append(
            (
                re.compile(rf"\b{w}\w*", re.IGNORECASE),  # every inflection: "closed", "closing", "closer"
                re.compile(rf"\b{w}(?:r|st)?\s+(?:{nouns})\b", re.IGNORECASE),
                str(word).lower(),
                str(entry["as"]).lower(),
            )
        )
    return tuple(out)


def idioms(text: str) -> dict[str, str]:
    """Antonym words ``text`` writes only in a fixed sense that opposes nothing: lemma → the word it is read as.

    "Greece is a close friend" states nothing closed: against "ready to
    open a new chapter" it is no contrary claim (:func:`opposed`). Every
    form of the word ("close", "closer", "closest") must stand right before
    one of the nouns of ``antonyms.yml``'s ``idioms``; "closed the border to
    a close ally" keeps its "close".
    """
    out = {}
    for any_form, before_noun, lemma, reading in _idioms():
        found = len(any_form.findall(text))
        if found and found == len(before_noun.findall(text)):
            out[lemma] = reading
    return out


@cache
def unsaid() -> frozenset[str]:
    """The words of ``antonyms.yml``'s ``unsaid``: a refusal to tell, which stays a denial."""
    return frozenset(str(key).lower() for key in load_yaml("antonyms.yml")["unsaid"])


def opposed(
    x: set[str] | list[str], y: set[str] | list[str], x_denied: frozenset[str] = frozenset(), y_denied: frozenset[str] = frozenset()
) -> bool:
    """Whether two lemma sets state opposite predicates ("open" / "close").

    One side has a lemma, the other its antonym, and neither has both: "the
    road is open" / "the road was closed", but not "closed on Monday, open
    again on Friday" against either. A denied antonym (``x_denied``,
    ``y_denied``: see :func:`denied_lemmas`) states the same predicate: "will
    not accept the offer" / "would reject the deal" agree.
    """
    sx, sy = set(x), set(y)
    table = antonyms()
    # Only lemmas with an antonym can oppose: intersecting with the table (in C,
    # over the smaller side) skips the rest of a sentence's words.
    for w in sx.intersection(table):
        if w in sy:
            continue
        denied = w in x_denied
        if any(denied == (v in y_denied) for v in (table[w] & sy) - sx):
            return True
    return False


@lru_cache(maxsize=65536)
def fold(term: str) -> str:
    """``term`` without diacritics ("muxía" → "muxia", "são" → "sao").

    Outlets and translation systems keep or drop accents on the same foreign
    name; compared folded, the two spellings meet.
    """
    if term.isascii():
        return term
    return "".join(c for c in unicodedata.normalize("NFKD", term) if not unicodedata.combining(c))


#: Derivational endings stripped by :func:`stem`, longest first.
_DERIVATIONS = ("ations", "ation", "itions", "ition", "ators", "ator", "ating", "ated", "ate", "ions", "ion", "ings", "ing", "e")


@lru_cache(maxsize=65536)
def stem(lemma: str) -> str:
    """``lemma`` without a derivational ending, so a noun meets its verb ("investigation" ~ "investigate").

    Outlets and translations report one fact with the verb or the noun
    ("negotiators left" / "the negotiations broke off", "still missing" /
    "is missing" lemmatised "miss"), which lemmas keep apart. Only the
    longest matching ending is tried, and never when fewer than four letters
    would remain ("station" and "state" stay whole) or on scale words.
    """
    if lemma in SCALES or not lemma.isalpha():
        return lemma
    for end in _DERIVATIONS:
        if lemma.endswith(end):
            base = lemma[: -len(end)]
            return base if len(base) >= 4 else lemma
    return lemma


@cache
def setting_words() -> frozenset[str]:
    """Lemmas (variant representatives) that say where or when, not what: ``setting.yml``."""
    return frozenset(variant(str(w).lower()) for w in load_yaml("setting.yml")["words"])


def variant(lemma: str) -> str:
    """The representative of ``lemma``'s translation-variant group (or itself).

    See ``parallax/data/translation_variants.yml``: "collaboration" and
    "cooperation" compare equal, the text is untouched.
    """
    return _variants().get(lemma, lemma)


#: A time frame that opens a sentence and sets it in an earlier year: "Last
#: year, ...", "In 2019 ...", "A year ago, ...", "Four years ago ...", "Last
#: summer ...", "The last time ..." (the usual decoy of a news story: an earlier event of the same
#: kind, told in the words of this one).
_FRONTED_PAST = re.compile(
    r"^\W*(?:(?:in|since)\s+(?P<year>1[89]\d\d|20\d\d)\b"
    r"|(?P<last>last|past)\s+(?P<period>year|summer|winter|spring|autumn|fall)\b"
    r"|(?P<ago>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)\s+ago)\b"
    r"|(?P<time>the\s+(?:last|previous)\s+time)\b)",
    re.IGNORECASE,
)
#: Any year-scale time a sentence mentions: a year in digits, "last / next /
#: this year", "N years ago", a span of years ("the second leak in three
#: years" covers the earlier one).
_YEAR_SCALE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:last|next|this|past|previous|coming)\s+(?:year|summer|winter|spring|autumn|fall)\b|\b(?:years?|decades?)\s+ago\b"
    r"|\b(?:in|over|for|within)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:\w+\s+)?(?:years|decades)\b",
    re.IGNORECASE,
)


def earlier_frame(text: str) -> str | None:
    """The earlier year a sentence is set in by its opening words, normalised ("last year", "2019"), else None."""
    m = _FRONTED_PAST.match(text)
    if not m:
        return None
    if m.group("year"):
        return m.group("year")
    if m.group("last"):
        return f"last {m.group('period').lower()}"
    if m.group("time"):
        return " ".join(m.group("time").lower().split())
    return " ".join(m.group("ago").lower().split())


def other_time(x: str, y: str) -> bool:
    """Whether sentence ``x`` opens in an earlier year that ``y`` does not mention: two events, not one.

    "Last year the quota was cut by 10 percent" / "Ministers agreed on
    Tuesday to cut the quota by 20 percent next year"; "In 2019 the same
    university described a lizard" / "Scientists have described a new
    frog". ``y`` telling the same frame ("Last year, about 9,000 reached
    the island"), or any year of its own (the two may be one: "in 2024" /
    "two years ago"), leaves the pair alone.
    """
    frame = earlier_frame(x)
    if frame is None:
        return False
    if frame in y.lower():
        return False
    return not any(m.group(0)[0].isdigit() or m.group(0).lower().endswith(("ago", "years", "decades")) for m in _YEAR_SCALE.finditer(y))


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A month as the time of an event: "in March", "from June", "next January",
#: "early April"; not a date ("in March 2024" keeps its year, "July 22" its
#: day: those are read by other rules).
_MONTH_TIME = re.compile(rf"\b(?:in|from|until|till|by|since|next|last|early|late|mid)[\s-]+({_MONTHS})\b(?![\s,]+\d)", re.IGNORECASE)


def months(text: str) -> frozenset[str]:
    """The months a sentence sets something in ("in March", "from June"), lower case."""
    return frozenset(m.group(1).lower() for m in _MONTH_TIME.finditer(text))


def other_month(x: str, y: str) -> bool:
    """Whether two sentences set what they tell in different months only: two events, not one.

    "The visit in March will be the first by a Greek head of government" /
    "Markou will travel to Hanoi in January to prepare the visit". Either
    sentence without such a month, or one month in both, leaves the pair
    alone ("flights from June" / "direct flights ... due to start in June").
    """
    mx, my = months(x), months(y)
    return bool(mx and my) and mx.isdisjoint(my)


#: English plurals that do not end in "s": "eleven children" counts the same
#: thing as "eleven youngsters" (a quantity's unit is read by :func:`_plain`).
_IRREGULAR_PLURALS = {"children": "child", "men": "man", "women": "woman"}


def _plain(word: str) -> str:
    """A cheap singular for surface words (quotes carry no lemmas)."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


#: A clock time: "11.40 p.m.", "23:40", "at 23.40", "0.01 o'clock", machine-translated "around the 14.40"
#: (Italian "alle 14.40", French "vers les 14.40"), "18h40" (Portuguese, French: the "h" is a clock
#: sign like the colon); and the named hours.
_TIME = re.compile(
    r"(?:(?P<at>\b(?:at|from|until|till|to|by|around|about|before|after|towards?)\s+(?:around\s+|about\s+)?(?:the\s+)?)?)"
    r"\b(?P<h>\d{1,2})(?P<sep>[.:hH])(?P<m>\d{2})\b(?!\s*(?:%|per\b|percent\b))"
    r"(?:\s*(?P<ap>[ap]\.?\s?m\b\.?|o['’]clock|hours?\b|h\b))?",
    re.IGNORECASE,
)
_NAMED_TIMES = {"midnight": (0, 0), "noon": (12, 0), "midday": (12, 0)}
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
#: A clock time in words: "quarter past three", "half past ten in the evening",
#: "quarter to five", "twenty past six", "nine o'clock"; the part of the day,
#: if said, sets a.m./p.m. ("five to ten" is a range more often than a time).
_WORD_TIME = re.compile(
    r"\b(?:(?:(?:a\s+)?(?P<q>quarter|half)\s+(?P<dir>past|to)|(?P<mins>five|ten|twenty|twenty-five)(?:\s+minutes)?\s+past)\s+"
    rf"(?P<h>{'|'.join(_HOUR_WORDS)}|\d{{1,2}})\b|(?P<oh>{'|'.join(_HOUR_WORDS)})\s+o['’]clock)"
    r"(?:\s*(?:(?P<ap>[ap])\.?\s?m\b\.?|in\s+the\s+(?P<part>morning|night|afternoon|evening)|at\s+(?P<night>night)))?",
    re.IGNORECASE,
)
_MINUTE_WORDS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def _word_time(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a :data:`_WORD_TIME` match, 24-hour when the part of the day says so."""
    if m.group("oh"):
        h, mi = _HOUR_WORDS.index(m.group("oh").lower()) + 1, 0
    else:
        hour = m.group("h").lower()
        h = int(hour) if hour.isdigit() else _HOUR_WORDS.index(hour) + 1
        mins = (m.group("q") or m.group("mins")).lower()
        mi = int(mins) if mins.isdigit() else _MINUTE_WORDS[mins]
        if h > 12 or mi > 59:
            return None
        if (m.group("dir") or "").lower() == "to":
            h, mi = (h - 1) % 12 or 12, 60 - mi
    late = (m.group("ap") or "").lower() == "p" or (m.group("part") or "").lower() in ("afternoon", "evening")
    if late and h < 12:
        h += 12
    elif h == 12 and ((m.group("ap") or "").lower() == "a" or m.group("part") or m.group("night")):
        h = 0
    return h, mi


def times(text: str) -> set[str]:
    """Clock times a text mentions, 24-hour ("23:40"), each also to the nearest hour ("~0").

    Outlets write one time as "11.40 p.m.", "23.40" or "shortly before
    midnight": the exact forms meet, and the hour-rounded form lets
    "midnight" meet 23:40. A figure like "2.10" counts only with a clock
    sign (a colon, "a.m."/"p.m.", "o'clock") or after "at", "from", "until"…
    Times in words count too: "quarter past three in the night" = "3:15
    a.m." (:data:`_WORD_TIME`).
    """
    out = set()
    for m in _TIME.finditer(text):
        h, mi, ap = int(m.group("h")), int(m.group("m")), (m.group("ap") or "").lower()
        if not (m.group("sep") in ":hH" or ap or m.group("at")) or h > 24 or mi > 59:
            continue
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        out |= {f"{h % 24:02d}:{mi:02d}", f"~{round(h + mi / 60) % 24}"}
    for m in _WORD_TIME.finditer(text):
        if (hm := _word_time(m)) is not None:
            h, mi = hm
            out |= {f"{h:02d}:{mi:02d}", f"~{round(h + mi / 60) % 24}"}
    low = text.lower()
    for word, (h, mi) in _NAMED_TIMES.items():
        if re.search(rf"\b{word}\b", low):
            out |= {f"{h:02d}:{mi:02d}", f"~{h}"}
    return out


@lru_cache(maxsize=8192)
def without_times(text: str) -> str:
    """``text`` with its clock times blanked, so "23.40" is not also read as the figure 23.4; the parties' "two" too.

    Memoized: a sentence's features ask it of the same text up to four times.
    See :func:`without_parties`.
    """
    text = without_parties(text)
    text = _WORD_TIME.sub(lambda m: " " * len(m.group(0)) if _word_time(m) else m.group(0), text)
    return _TIME.sub(lambda m: " " * len(m.group(0)) if times(m.group(0)) else m.group(0), text)


@cache
def _parties() -> re.Pattern[str]:
    nouns = "|".join(re.escape(str(n).lower()) for n in sorted(load_yaml("setting.yml")["parties"], key=len, reverse=True))
    return re.compile(rf"\b(?:the|their|our)\s+(two|2)(?=\s+(?:{nouns})\b)", re.IGNORECASE)


def without_parties(text: str) -> str:
    """``text`` with the figure of "the two leaders", "the two countries" blanked: it names the parties, it counts nothing.

    See ``setting.yml``'s ``parties``: "the relations of the two countries"
    and "open a new page in the relationship of two countries" share no
    figure 2; "two countries signed" (no article) keeps its count.
    """
    return _parties().sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


def numbers(text: str) -> set[str]:
    """Numbers a text mentions, as digit strings.

    "3,200" and the continental "3.200" → "3200", "eleven" → "11", and a
    scale word multiplies what precedes it: "three thousand" → "3000",
    "2.5 million" → "2500000" (outlets and translations write the same
    figure in words or digits).
    """
    return {digits for digits, _ in _figures(text)}


def quantities(text: str) -> set[str]:
    """Counted things a text mentions: a figure from 3 up with its unit ("four hours" → "4 hour").

    The unit is the first content word within three words after the figure
    (singular, translation-variant normalised: "12,000 cubic metres" → "12000
    cubic"), from 100 up also rounded ("3,200 residents" → "~3000 resident").
    A shared quantity identifies a fact better than any shared word:
    "stuck for four hours" and "spent four hours in the carriages" report the
    same wait. Years, and "one" or "two" (two sides, two days), are too
    common to identify anything.
    """
    out = set()
    for digits, rest in _figures(text):
        value = _number_value(digits)
        # a fraction ("1.5 years") is as specific as a bigger figure
        if value is None or (value < 3 and value == int(value)) or (1800 <= value <= 2100 and value == int(value)):
            continue
        for tok in rest[:3]:
            unit = unit_name(tok)
            if not tok[0].isdigit() and unit not in _number_words() and (is_content(unit) or unit in _unit_names()):
                out.add(f"{digits} {unit}")
                if approx := rounded(digits):  # "3,200 residents" ~ "more than three thousand residents"
                    out.add(f"~{approx} {unit}")
                if unit in _units()[1] and unit != "hour":  # "three days" ~ "72 hours"
                    out.add(f"{_digits(round(value * _units()[1][unit], 2))} hour")
                if unit in _areas() and unit != "square-kilometre":  # "1,500 hectares" ~ "15 square kilometres"
                    km2 = _digits(round(value * _areas()[unit], 4))
                    out.add(f"{km2} square-kilometre")
                    if approx := rounded(km2):
                        out.add(f"~{approx} square-kilometre")
                break
    return out


@cache
def _units() -> tuple[dict[str, str], dict[str, float]]:
    """Spelling → unit name (currencies in words included), and unit name → hours, from ``units.yml``."""
    data = load_yaml("units.yml")
    names = {str(w).lower(): str(name) for part in ("units", "currency_names") for name, ways in data[part].items() for w in ways}
    return names, {str(k): float(v) for k, v in data["hours"].items()}


@cache
def _areas() -> dict[str, float]:
    """Unit name → square kilometres, from ``units.yml`` (``areas``)."""
    return {str(k): float(v) for k, v in load_yaml("units.yml")["areas"].items()}


@cache
def currencies() -> frozenset[str]:
    """The names of currencies (``units.yml``: signs and words), as :func:`quantities` writes their unit."""
    data = load_yaml("units.yml")
    return frozenset(str(name) for part in ("currencies", "currency_names") for name in data[part])


#: An amount followed by its conversion in brackets: "40 million gourdes ($300,000)",
#: "2,000 kroner (about $290)". The bracket holds one amount and at most a hedge.
_CONVERSION = re.compile(
    r"(?P<a>\d[\d.,\s]*(?:\s?(?:hundred|thousand|million|billion|bn|m|k)\b)?\s*[^\W\d]+)\s*"
    r"\((?:(?:about|around|roughly|some|nearly|approximately|almost|or|just\s+(?:over|under))\s+)?(?P<b>[^()\d]{0,4}\d[^()]{0,30})\)",
    re.IGNORECASE,
)


def money_rates(text: str) -> dict[tuple[str, str], float]:
    """Exchange rates a text states by converting an amount in brackets: (from, to) → factor.

    "about 40 million gourdes ($300,000)" → {("gourde", "dollar"): 0.0075,
    ("dollar", "gourde"): 133.3}. Both sides must be money (:func:`currencies`)
    in two different currencies; anything else in brackets ("(95 miles)",
    "(2021)") states no rate.
    """
    out: dict[tuple[str, str], float] = {}
    for m in _CONVERSION.finditer(text):
        a = [q.split(" ", 1) for q in quantities(m.group("a")) if not q.startswith("~")]
        b = [q.split(" ", 1) for q in quantities(m.group("b")) if not q.startswith("~")]
        if len(a) != 1 or len(b) != 1:
            continue
        (va, ua), (vb, ub) = a[0], b[0]
        if ua == ub or ua not in currencies() or ub not in currencies() or not float(va) or not float(vb):
            continue
        out[(ua, ub)] = float(vb) / float(va)
        out[(ub, ua)] = float(va) / float(vb)
    return out


def converted(found: set[str], rates: dict[tuple[str, str], float]) -> set[str]:
    """Amounts of ``found`` (:func:`quantities`) in the other currency of each stated rate, to one significant digit.

    With 133 gourdes to the dollar, "500 gourdes" is also "4 dollar" ("less
    than four dollars") and "$300,000" is also "~40000000 gourde" ("about 40
    million gourdes"); rounding to one digit, like the outlets' own "about",
    lets a converted figure meet a rounded one. Only amounts a rate applies to
    are converted.
    """
    out = set()
    for q in found:
        if q.startswith("~"):
            continue
        figure, _, unit = q.partition(" ")
        for (src, dst), factor in rates.items():
            if src != unit:
                continue
            value = float(figure) * factor
            if value <= 0:
                continue
            digit = 10 ** math.floor(math.log10(value))
            one = round(value / digit) * digit
            if value >= 100:
                out.add(f"~{rounded(_digits(round(value)))} {dst}")
            elif one >= 1:
                out.add(f"{_digits(one)} {dst}")
    return out


@cache
def _unit_names() -> frozenset[str]:
    return frozenset(_units()[0].values())


def unit_name(word: str) -> str:
    """A unit's one name ("meters" → "metre", "km" → "kilometre"), else the singular, variant-normalised word."""
    low = word.lower()
    names = _units()[0]
    if low in names:
        return names[low]
    plain = _plain(word)
    return names.get(plain, variant(plain))


#: A dimension adjective after a figure: "40 metres wide", "40-metre-high".
_DIMENSION = re.compile(r"(\d+(?:[.,]\d+)*)[\s-]*(?:[a-z]+[\s-]+)?(high|wide|long|deep|tall|thick|old|broad)\b", re.IGNORECASE)


def dimensions(text: str) -> set[str]:
    """Figures with the dimension they measure ("40 wide", "40 high").

    "A breach 40 metres wide" and "a 40-metre-high dam" share a figure and a
    unit but measure different things.
    """
    return {f"{m.group(1).replace(',', '')} {m.group(2).lower()}" for m in _DIMENSION.finditer(text)}


def conflicting(x: set[str], y: set[str], dx: set[str] = frozenset(), dy: set[str] = frozenset()) -> bool:
    """Whether two sets of quantities report different figures of one thing.

    Both count the same unit ("people", "cubic") but share no figure for it,
    not even rounded ("2 million cubic metres" / "5.5 million cubic metres";
    "a village of 1,200 people" / "3,000 people evacuated"), or one figure
    measures two dimensions (``dx``/``dy``: :func:`dimensions`).
    """
    if (not x or not y) and (not dx or not dy):
        return False  # nothing to set against each other (most sentence pairs): the answer below, sooner
    ux: dict[str, set[str]] = {}
    uy: dict[str, set[str]] = {}
    for q, into in [*((q, ux) for q in x), *((q, uy) for q in y)]:
        figure, _, unit = q.partition(" ")
        into.setdefault(unit, set()).add(figure.lstrip("~"))
    if any(not (ux[u] & uy[u]) for u in ux.keys() & uy.keys()):
        return True
    fx = {d.split()[0]: d for d in dx}
    return any(fx.get(d.split()[0], d) != d for d in dy)


@cache
def _number_words() -> frozenset[str]:
    return (
        frozenset(str(w).lower() for w in load_yaml("translation_variants.yml")["numbers"])
        | frozenset(SCALES)
        | frozenset(_foreign_scales())
    )


_PER_CENT = re.compile(r"\s*%|\s+per\s+cent\b", re.IGNORECASE)


@cache
def _money() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """A currency sign before a figure (with an abbreviated scale), sign → currency, abbreviation → scale word."""
    data = load_yaml("units.yml")
    signs = {str(sign): str(name) for name, ways in data["currencies"].items() for sign in ways}
    scales = {str(k).lower(): str(v) for k, v in data["scale_abbreviations"].items()}
    scales |= {w: w for w in SCALES} | {w + "s": w for w in SCALES}  # "$2.5 billion": the sign's word goes after
    sign = "|".join(re.escape(x) for x in sorted(signs, key=len, reverse=True))
    scale = "|".join(sorted(scales, key=len, reverse=True))
    pattern = re.compile(rf"(?P<sign>{sign})\s?(?P<figure>\d+(?:[.,]\d+)*)(?:\s?(?P<scale>{scale})\b)?", re.IGNORECASE)
    return pattern, signs, scales


def money_in_words(text: str) -> str:
    """``text`` with amounts of money written out: "€4.2m" → "4.2 million euro", "$300" → "300 dollar", "120m euros" → "120 million euros".

    Outlets write one amount as "€4.2m", "4.2 million euros" or "4,2 millions
    of euros"; with the sign turned into its word after the figure, the
    three meet as one quantity (:func:`quantities`).
    """
    pattern, signs, scales = _money()

    def words_for(m: re.Match[str]) -> str:
        scale = scales.get((m.group("scale") or "").lower(), "")
        return " ".join(w for w in (m.group("figure"), scale, signs[m.group("sign")]) if w)

    text = pattern.sub(words_for, text) if any(x in text for x in signs) else text
    return _scaled_named().sub(lambda m: f"{m.group(1)} {scales[m.group(2).lower()]} {m.group(3)}", text)


@cache
def _scaled_named() -> re.Pattern[str]:
    """A figure with an abbreviated scale before a currency named in words: "120m euros", "3bn dollars"."""
    data = load_yaml("units.yml")
    scales = "|".join(sorted((str(k) for k in data["scale_abbreviations"]), key=len, reverse=True))
    names = "|".join(sorted((re.escape(str(w)) for ways in data["currency_names"].values() for w in ways), key=len, reverse=True))
    return re.compile(rf"\b(\d+(?:[.,]\d+)?)\s?({scales})\s+({names})\b", re.IGNORECASE)


#: A compound number in words: "thirty-eight", "twenty one".
_COMPOUND = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE
)
#: Thousands grouped by spaces (French, Nordic, Slavic and machine-translated
#: copy, also with a no-break or thin space): "1 400", "250 000", "1 200 000".
_SPACED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])")
#: A fraction of a scale: "a quarter of a million", machine-translated "a quarter of million", "half a million".
_FRACTION = re.compile(r"\b(?:a\s+)?(quarter|half)\s+(?:of\s+)?(?:an?\s+)?(thousand|million|billion)\b", re.IGNORECASE)
_FRACTIONS = {"quarter": "0.25", "half": "0.5"}
#: "a fortnight" is two weeks (British news copy and translations of the French "quinzaine").
_FORTNIGHT = re.compile(r"\b(?:a|one)\s+fortnight\b", re.IGNORECASE)
#: "square kilometres" written out is one unit, like "km²".
_SQUARE_KM = re.compile(r"\bsquare\s+kilomet(?:re|er)s?\b", re.IGNORECASE)
#: "within a day" is "within 24 hours" (a duration, not a date: "in a day or two" stays).
_A_DAY = re.compile(r"\b(within|in)\s+(?:a|one)\s+(?:single\s+)?day\b(?!\s+or\b)", re.IGNORECASE)
#: One and a half of a unit: "a year and a half", "an hour and a half" (A), "two and a half hours", "3 and a half days" (B).
_AND_A_HALF_A = re.compile(r"\b(?:a|an|one)\s+([a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE)
_AND_A_HALF_B = re.compile(r"\b(\d+|[a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def compound_numbers(text: str) -> str:
    """``text`` with compound numbers in words as digits: "Thirty-eight" → "38", "a quarter of a million" → "0.25 million".

    Outlets write one figure in words or in digits ("Thirty-eight passengers"
    opening a sentence, "38 passengers" elsewhere); read word by word,
    "thirty-eight" would be two figures, 30 and 8. "A year and a half" is
    "1.5 year", "two and a half hours" "2.5 hours". Memoized: each figure
    reader (numbers, quantities, dimensions) asks it of the same text.
    """
    table = load_yaml("translation_variants.yml")["numbers"]
    text = _SPACED.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    text = _COMPOUND.sub(lambda m: str(table[m.group(1).lower()] + table[m.group(2).lower()]), text)
    text = _AND_A_HALF_A.sub(lambda m: f"1.5 {m.group(1)}", text)
    text = _AND_A_HALF_B.sub(
        lambda m: (
            f"{int(m.group(1)) if m.group(1).isdigit() else table[m.group(1).lower()]}.5"
            if m.group(1).isdigit() or m.group(1).lower() in table
            else m.group(0)
        ),
        text,
    )
    text = _FRACTION.sub(lambda m: f"{_FRACTIONS[m.group(1).lower()]} {m.group(2)}", text)
    text = _FORTNIGHT.sub("two weeks", text)
    text = _SQUARE_KM.sub("km2", text)
    text = _A_DAY.sub(lambda m: f"{m.group(1)} 24 hours", text)
    return shares_as_percent(text, table)


#: A share as a fraction: "two thirds of", "a quarter of", "three-fifths of" (a denominator word before
#: "of", not "of a(n)": "a quarter of an hour" is a duration).
_SHARE_FRACTION = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|\d)[\s-]+(thirds?|quarters?|fifths?|tenths?)(?=\s+of\s+(?!an?\b))", re.IGNORECASE
)
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
#: A share as "N in (every) M" or "N out of M": "three in five", "two in every three", "9 out of 10".
_SHARE_RATIO = re.compile(r"\b(\d{1,2}|[a-z]+)\s+(?:in(?:\s+every)?|out\s+of)\s+(\d{1,3}|[a-z]+)\b", re.IGNORECASE)


def shares_as_percent(text: str, table: dict[str, int] | None = None) -> str:
    """``text`` with shares written as fractions or ratios turned into percentages: "two thirds of" → "67 percent of".

    One outlet writes "two thirds of the candidates", another "nearly 67%"
    and a third "two in every three"; "three in five passed" is "60 percent
    passed". Read as a percentage, the share is one quantity in all of them
    (:func:`quantities`), and the small figures of the fraction no longer
    meet unrelated counts ("three in five" is not "three years"). Only a
    numerator smaller than its denominator, and a denominator word followed
    by "of", are read: "a third time" and "2 in 2024" stay as they are.
    """
    table = load_yaml("translation_variants.yml")["numbers"] if table is None else table

    def value(word: str) -> int | None:
        low = word.lower()
        return int(low) if low.isdigit() else {"a": 1}.get(low, table.get(low))

    def fraction(m: re.Match[str]) -> str:
        n, d = value(m.group(1)), _DENOMINATORS[m.group(2).lower().removesuffix("s")]
        return f"{round(100 * n / d)} percent" if n is not None and n < d else m.group(0)

    def ratio(m: re.Match[str]) -> str:
        n, d = value(m.group(1)), value(m.group(2))
        if n is None or d is None or m.group(1).lower() == "a" or not 0 < n < d <= 100:
            return m.group(0)
        return f"{round(100 * n / d)} percent"

    return _SHARE_RATIO.sub(ratio, _SHARE_FRACTION.sub(fraction, text))


def _figures(text: str) -> list[tuple[str, list[str]]]:
    """Each figure of ``text`` as digits, with the words that follow it.

    After a scale word a smaller figure continues the same one: "two
    thousand five hundred" is 2500, "nineteen hundred and fifty" 1950,
    "two hundred fifty thousand" 250000 (not 2000 and 500).
    """
    table = load_yaml("translation_variants.yml")["numbers"]
    # "12%", "12 per cent" and "twelve percent" are one figure with one unit
    toks = _NUMBER_TOKEN.findall(_PER_CENT.sub(" percent", money_in_words(compound_numbers(text))))
    out: list[tuple[str, list[str]]] = []
    value: float | None = None
    done = 0.0  # the scaled parts of a figure in words already read ("two thousand" of "two thousand five hundred")
    scale = 0  # the last scale word of the figure being read, 0 when none
    for k, tok in enumerate(toks):
        low = tok.lower()
        if value is not None and (factor := scale_factor(low)):  # "4,2 millions of euros" (machine translation)
            value, done = ((done + value) * factor, 0.0) if done and factor > scale else (value * factor, done)
            scale = factor
            continue
        if value is not None and scale:
            ahead = toks[k + 1].lower() if low == "and" and k + 1 < len(toks) else low
            more = float(table[ahead]) if ahead in table else None
            if more is not None and more < scale:
                if low != "and":
                    done, value = done + value, more
                continue
        if value is not None:
            out.append((_digits(done + value), toks[k:]))
            value, done, scale = None, 0.0, 0
        if tok[0].isdigit():
            value = _number_value(tok)
            if value is None:  # "1.2.3": a version or a date, not a figure
                out.append((tok.replace(",", ""), toks[k + 1 :]))
        elif low in table:
            value = float(table[low])
    if value is not None:
        out.append((_digits(done + value), []))
    return out


@cache
def _foreign_scales() -> dict[str, int]:
    """Scale words machine translation leaves untranslated ("miliar", "milliard", "mld") → their factor, from ``units.yml``."""
    return {str(k).lower(): SCALES[str(v).lower()] for k, v in load_yaml("units.yml")["scale_words"].items()}


def scale_factor(word: str) -> int:
    """The factor a scale word after a figure multiplies by, else 0.

    "billion", "billions" (machine-translated "4,2 millions of euros") and the
    source language's word a translation left, "1,1 miliar dolar" (Indonesian),
    "2 milliards" (French): one amount however its scale is written.
    """
    low = word.lower()
    if low in SCALES:
        return SCALES[low]
    if low.endswith("s") and low[:-1] in SCALES:
        return SCALES[low[:-1]]
    return _foreign_scales().get(low, 0)


#: A decimal comma (continental and machine-translated copy): "5,5", "2,75".
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _number_value(tok: str) -> float | None:
    if _THOUSANDS.fullmatch(tok):
        return float(re.sub(r"[.,]", "", tok))
    if _DECIMAL_COMMA.fullmatch(tok):  # "5,5 percent" is 5.5, never 55
        return float(tok.replace(",", "."))
    try:
        return float(tok.replace(",", ""))
    except ValueError:
        return None


def _digits(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def rounded(number: str) -> str | None:
    """``number`` (digits) to one significant digit, from 100 up: "3200" → "3000".

    Outlets round figures differently ("3,200 evacuated", "more than three
    thousand"), so rounded figures are compared as well as exact ones; small
    numbers (crews, days) are too common to match when only close, and years
    (1800-2100) are never approximate.
    """
    try:
        n = float(number)
    except ValueError:
        return None
    if n < 100 or 1800 <= n <= 2100:
        return None
    scale = 10 ** (len(str(int(n))) - 1)
    return str(int((n / scale + 0.5) // 1 * scale))


def normal_words(text: str) -> list[str]:
    """Every word of a text, lower case, singular, variant-normalised."""
    return [variant(_plain(w)) for w in words(text)]


#: A clock time written as one word ("18h40"): compared as a time (:func:`times`), not as a word.
_CLOCK_WORD = re.compile(r"\d{1,2}h\d{2}", re.IGNORECASE)


def is_content(word: str) -> bool:
    """Not a stop word (a word of a variant group always counts: "just" as in fair), a figure or a clock time."""
    return (word in _variants() or word not in _stop_words()) and not word.isdigit() and not _CLOCK_WORD.fullmatch(word)


def content_words(text: str) -> list[str]:
    """Content words of a text (no stop words), singular, variant-normalised."""
    return [w for w in normal_words(text) if is_content(w)]


@lru_cache(maxsize=8192)
def polarity(text: str) -> str:
    """Whether a sentence affirms or denies its main claims: "affirmative", "negative" or "mixed".

    Two sentences that share their words but not their polarity ("the union
    accepted the offer" / "the union has not answered the offer", "the dam
    leaks" / "officials denied that the dam leaks") report different claims.
    Only main clauses count — each root and verb conjoined to it, or the
    clauses a reporting verb introduces — so a negation inside a subordinate
    or relative clause ("a plan which does not raise taxes", "Without naming
    the firm, she said …") leaves the sentence affirmative. A sentence with a
    denied and an affirmed main clause ("the firm will not reopen the plant;
    it expects to pay three weeks' wages") is "mixed": it can share a fact
    with either kind. Parses only sentences holding a negator or a negative
    verb form.
    """
    low = {w.lower() for w in words(text)} | ({"n't"} if "n't" in text or "n’t" in text else set())
    if not low & NEGATORS and not any(w.startswith(("den", "refus", "declin", "reject", "fail")) for w in low):
        return "affirmative"
    # A semicolon joins two sentences: parsed apart, each has its own root.
    roots = [t for part in text.split(";") if part.strip() for t in _parse(part) if t.dep_ == "ROOT"]
    denied = [d for root in roots for d in _main_clauses(root)]
    if not any(denied):
        return "affirmative"
    return "negative" if all(denied) else "mixed"


#: Parses made in one batch for the sentences of the article being read (see
#: :func:`sentence_signals`): ``nlp.pipe`` gives the same parse as one call
#: per sentence, three times faster.
_PREPARSED: dict[str, Doc] = {}
#: Sentences of the article being read, as spans of its own parse, made into
#: documents only when a reader asks (most sentences need no parse at all:
#: ``Span.as_doc`` costs a walk over every entity of the article each time).
_PENDING: dict[str, Any] = {}
_ARRAYS: dict[int, tuple[Any, Any, int]] = {}


def _parse(text: str) -> Doc:
    """One parse per sentence text, shared by the clause, quote and negation readers.

    Only tagger, parser and lemmatizer are needed: named entities come from
    the annotation layers.
    """
    doc = _PREPARSED.get(text)
    if doc is None and text in _PENDING:
        doc = _PREPARSED[text] = _sentence_doc(_PENDING.pop(text), _ARRAYS)
    return doc if doc is not None else _parse_one(text)


@lru_cache(maxsize=2048)
def _parse_one(text: str) -> Doc:
    return nlp()(text, disable=["ner"])


def _needs_parse(text: str) -> list[str]:
    """The texts the readers above will parse for sentence ``text`` (a superset is fine)."""
    low = {w.lower() for w in words(text)}
    negation = bool(low & NEGATORS) or "n't" in text or "n’t" in text
    negation = negation or any(w.startswith(("den", "refus", "declin", "reject", "fail")) for w in low)
    out = [text] if negation or len(words(text)) >= CLAUSE_WORDS or any(q in text for q in "“”\"«»‘’'") else []
    if negation and ";" in text:
        out += [part for part in text.split(";") if part.strip()]
    return out


@lru_cache(maxsize=8192)
def denied_lemmas(text: str) -> frozenset[str]:
    """Lemmas (variant representatives) of the words a negation governs: "will not accept" → {"accept"}.

    The negation reaches through "going to", "ready to", "want to" ("are not
    going to accept" denies "accept"). Parses only sentences holding a negator.
    """
    low = {w.lower() for w in words(text)}
    if not low & NEGATORS and "n't" not in text and "n’t" not in text:
        return frozenset()
    out = set()
    for t in _parse(text):
        if any(c.dep_ == "neg" for c in t.children):
            # "not going to accept", "not ready to sign": the negation reaches the verb it governs
            chain = [t]
            while chain:
                head = chain.pop()
                out.add(variant(head.lemma_.lower()))
                chain.extend(c for c in head.children if c.dep_ in ("xcomp", "acomp") and len(out) < 6)
    return frozenset(out)


def negated(text: str) -> bool:
    """Whether every main clause of a sentence is denied (see :func:`polarity`)."""
    return polarity(text) == "negative"


@cache
def _stop_words() -> frozenset[str]:
    from ..nlp import stop_words

    return stop_words()


#: Reporting verbs (public): shared by any two attributions, they are no evidence of a shared fact.
REPORTING_VERBS = _REPORTING


def _main_clauses(head: Token, depth: int = 0) -> list[bool]:
    """Whether each main clause from ``head`` is denied: ``head``, verbs conjoined to it, reported clauses.

    A clause a reporting verb introduces is followed into, with its own
    conjoined verbs ("promised that no family would be abandoned and said
    he would …", which the parser often hangs on the reported clause).
    """
    out = []
    for h in [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]:
        said = _reported(h) if h.lemma_ in _REPORTING and depth < 3 else []
        if said and not _denies(h):
            out.extend(d for c in said for d in _main_clauses(c, depth + 1))
        else:
            out.append(_denies(h))
            out.extend(_denies(c) for c in _spliced(h))
    return out


#: Personal pronouns that open a reported clause after an addressee ("told officers he …").
_PERSONAL = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _reported(head: Token) -> list[Token]:
    """The clauses reporting verb ``head`` introduces: its complements, and a clause the parser hangs on its addressee.

    "He told officers he had not noticed the arm" is parsed as if "he had
    not noticed" were a relative clause of "officers"; a relative clause
    opens with a relative word, never with a personal pronoun as subject,
    so such a clause is what "told" reports ("the officers who had not
    arrived" stays a relative clause).
    """
    out = [c for c in head.children if c.dep_ == "ccomp"]
    for obj in (c for c in head.children if c.dep_ in ("dobj", "dative")):
        for rel in (c for c in obj.children if c.dep_ == "relcl"):
            subj = [c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ in _PERSONAL and subj[0].i == rel.left_edge.i:
                out.append(rel)
    return out


def _spliced(head: Token) -> list[Token]:
    """Main clauses joined to ``head`` by a comma alone, which the parser hangs on it as its complement.

    "The driver was lightly injured, other persons did not suffer" is two
    main clauses, one affirmed and one denied (the parser reads the first as
    what "suffer" reports); only a reporting verb's fronted clause is what
    it reports.
    """
    if head.lemma_ in _REPORTING:
        return []
    commas = [t.i for t in head.children if t.text == ","]
    return [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and any(c.right_edge.i < k < head.i for k in commas)]


def _denies(head: Token) -> bool:
    """The clause headed by ``head`` is negative: "did not …", "no one …", "there was no …", "refused …".

    A denial that states an absence ("has not been found", "there is no
    trace": :func:`absences`) affirms it.
    """
    if _affirms(head):
        return False
    if head.lemma_ in NEGATIVE_VERBS:
        return not any(c.dep_ == "xcomp" and _affirms(c) for c in head.children)
    if _told_nothing(head):
        return True
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass", "attr", "expl") and _no(c) and not _affirms(c)) for c in head.children)


def _told_nothing(token: Token) -> bool:
    """A verb of telling whose object is a negative phrase: "said nothing about it", "disclosed no details".

    The refusal of "did not say whether", told by the object: the clause is
    a denial and states "undisclosed" (``antonyms.yml``, ``unsaid``), like
    "declined to say". Only the verbs of that list: "found nothing" is not
    told so.
    """
    return _absence().get(token.lemma_.lower()) in unsaid() and any(c.dep_ == "dobj" and _no(c) for c in token.children)


def _affirms(token: Token) -> bool:
    """``token``'s denial states an absence that is a fact ("missing"), not a refusal to tell ("undisclosed")."""
    word = _absent(token)
    return word is not None and word not in unsaid()


def _absent(token: Token) -> str | None:
    """The absence a denied ``token`` states ("not found" → "missing", "no trace" → "missing"), else None.

    A two-word entry ("go ahead", "take place") needs the second word among
    the token's dependents.
    """
    table = _absence()
    lemma = token.lemma_.lower()
    word = table.get(lemma) or next((table[f"{lemma} {c.lower_}"] for c in token.children if f"{lemma} {c.lower_}" in table), None)
    if word is None:
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        return word if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) else None
    if token.dep_ == "xcomp" and token.head.lemma_ in NEGATIVE_VERBS:  # "failed to find"
        return word
    if token.dep_ == "xcomp" and word in unsaid() and any(c.dep_ == "neg" for c in token.head.children):
        return word  # "did not want to say", machine-translated "not want to say if": declined to say
    denied = any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and _no(c)) for c in token.children) or _told_nothing(token)
    if denied and word == "possible" and any(c.dep_ == "ccomp" for c in token.children):
        # "would not rule out that someone inside was involved": a hedge on a
        # claim, the question left open like "declined to say whether"; "not
        # ruling out arson" (an object, no clause) stays "arson is possible"
        return "undisclosed"  # antonyms.yml, unsaid
    return word if denied else None


@lru_cache(maxsize=8192)
def absences(text: str) -> tuple[tuple[str, str], ...]:
    """(denied lemma, what its denial states) for each absence a sentence states by a negation.

    "None of the paintings has been recovered" → (("recover", "missing"),);
    "There is no trace of them" → (("trace", "missing"),); "declined to say
    how much" → (("say", "undisclosed"),). Outlets write one absence as a
    denial or in one word ("are still missing"); the comparison replaces the
    denied lemma by the word (``antonyms.yml``, ``absence`` and ``unsaid``).
    Parses only sentences holding a negator or a negative verb form.
    """
    low = {w.lower() for w in words(text)} | ({"n't"} if "n't" in text or "n’t" in text else set())
    if not low & NEGATORS and not any(w.startswith(("den", "refus", "declin", "reject", "fail")) for w in low):
        return ()
    out = {(t.lemma_.lower(), word) for t in _parse(text) if (word := _absent(t))}
    return tuple(sorted(out))


def _no(token: Token) -> bool:
    """``token`` is a negative noun phrase: "none", "nothing", "no reply"."""
    if token.lower_ in NEGATORS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in token.children)


@lru_cache(maxsize=4096)
def repaired_lemmas(suggestion: str) -> tuple[str, ...]:
    """Content lemmas of the damage layer's reading of damaged words.

    Glued words ("talksresumed" → "talks resumed") were
    lemmatised as one unknown word and a mangled name ("Reuteurs" →
    "Reuters") as another name, so a sentence damaged by machine translation
    would miss the words it shares with a clean rendering; the repaired
    words are added to its lemmas. Called by the analysis (stored in its
    signals, :func:`sentence_signals`), so comparing never loads spaCy.
    """
    # Named entities are no part of a lemma or a part of speech: the recognizer (last in the pipeline) is left out.
    doc = nlp()(suggestion, disable=["ner"])
    return tuple((t.lemma_ or t.text).lower() for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and t.text.isalpha())


#: A sentence from this many words up is split into clauses (:func:`clause_bounds`).
CLAUSE_WORDS = 22
#: A clause keeps at least this many content lemmas; shorter pieces join the one before.
CLAUSE_LEMMAS = 3
#: Tokens a clause ends after (punctuation) or starts at (relative and
#: subordinating words): English grammar, closed class.
_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")"})
_CLAUSE_OPENERS = frozenset({"where", "which", "who", "whose", "while", "whereas", "when"})
#: Subordinating conjunctions a clause starts at when the parser tags them so
#: ("closed because the alarm was off", but not "after the storm"); not
#: "that", "whether" or "if", which open what a reporting verb reports.
_SUBORDINATORS = frozenset({"because", "although", "though", "after", "before", "since", "until", "unless", "once"})


@lru_cache(maxsize=4096)
def clause_bounds(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Clauses of a long sentence as (start, end, content lemmas), offsets into ``text``.

    One sentence of an analysis often tells what a wire spreads over three
    ("When the harbour wall collapsed at dawn, it pushed a wave through the
    old town, where coastguards lifted 23 people from boats"); each clause
    is compared on its own, so each can find its own counterpart. Clauses
    end at commas, semicolons, colons and dashes, before relative words and
    "when", before a subordinating conjunction ("because", "after" when the
    parser takes it for one), and after a relative clause inside the
    subject ("The thieves who lowered themselves through the roof | left
    with three paintings"); splitting at "and" joining two verbs too gave a
    wrong pair on the seeds and nothing else. A piece with fewer than
    :data:`CLAUSE_LEMMAS` content lemmas joins the clause before it. A
    sentence shorter than :data:`CLAUSE_WORDS` words, or that does not split,
    gives nothing.
    """
    if len(words(text)) < CLAUSE_WORDS:
        return ()
    doc = _parse(text)
    # a relative clause inside the subject ends before the main verb: "The
    # thieves who lowered themselves through the roof | left with three paintings"
    ends = {max(t.i for t in tok.subtree) + 1 for tok in doc if tok.dep_ == "relcl" and tok.head.dep_ in ("nsubj", "nsubjpass")}
    pieces: list[list] = [[]]
    for tok in doc:
        opens = tok.lower_ in _CLAUSE_OPENERS or (tok.pos_ == "SCONJ" and tok.lower_ in _SUBORDINATORS)
        if (opens or tok.i in ends) and pieces[-1]:
            pieces.append([])
        pieces[-1].append(tok)
        if tok.text in _CLAUSE_PUNCT:
            pieces.append([])
    # (start, end, lemmas, has a verb); a piece without a verb (an apposition,
    # "The governor, Ana Rui,") or too short joins its neighbour.
    out: list[tuple[int, int, tuple[str, ...], bool]] = []
    for piece in pieces:
        if not piece:
            continue
        lemmas = tuple(
            (t.lemma_ or t.text).lower() for t in piece if t.pos_ in _CONTENT_POS and not t.is_stop and any(c.isalnum() for c in t.text)
        )
        start, end = piece[0].idx, piece[-1].idx + len(piece[-1].text)
        verb = any(t.pos_ in ("VERB", "AUX") for t in piece)
        if out and (len(lemmas) < CLAUSE_LEMMAS or not verb or len(out[-1][2]) < CLAUSE_LEMMAS or not out[-1][3]):
            s0, _, l0, v0 = out.pop()
            out.append((s0, end, l0 + lemmas, v0 or verb))
        else:
            out.append((start, end, lemmas, verb))
    return tuple(c[:3] for c in out) if len(out) > 1 else ()


@lru_cache(maxsize=4096)
def quote_pieces(text: str, start: int, end: int) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """The quote of a sentence (``text[start:end]``) as a piece compared on its own: (start, end, content lemmas).

    "The governor said in tears she had seen 'the wave carry away the pier'"
    reports what the quote says; the attribution around it (a name, a
    title) is shared by every statement of that speaker, so the quote alone
    is compared too, like a clause (:func:`clause_bounds`). A quote with
    fewer than :data:`CLAUSE_LEMMAS` content lemmas gives nothing.
    """
    inside = [
        (t.lemma_ or t.text).lower()
        for t in _parse(text)
        if start <= t.idx < end and t.pos_ in _CONTENT_POS and not t.is_stop and any(c.isalnum() for c in t.text)
    ]
    if len(inside) < CLAUSE_LEMMAS:
        return ()
    return ((start, end, tuple(inside)),)


def _inside(spans: list[Span], p: Passage) -> list[Span]:
    return [s for s in spans if s.start < p.end and s.end > p.start]


def _quote_texts(analysis: ArticleAnalysis, p: Passage) -> list[QuoteText]:
    """Quotes of two words or more inside sentence ``p``, clipped to it."""
    raw = analysis.article.raw
    found = [(s.start, s.end, s.attrs.get("speaker")) for s in _inside(analysis.layer("quotes"), p)]
    if "quotes" not in analysis.layers:
        found = [(p.start + m.start("text"), p.start + m.end("text"), None) for m in _QUOTED.finditer(p.text)]
    out = []
    for qs, qe, speaker in found:
        start, end = max(qs, p.start), min(qe, p.end)
        text = raw[start:end]
        if len(words(text)) >= 2:
            out.append(QuoteText(start, end, text, speaker))
    return out


#: Dependency labels of a clause's subject (spaCy's English scheme).
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject(tokens: Any, offset: int = 0) -> list[Any] | None:
    """The subject of a sentence's main verb, or None.

    [start, end, head word (lower case), its part of speech, the verb's
    lemma, [[start, end] of the head word and of each word in apposition to
    it]]: "The firm that runs the plant, Norvik," has the head "firm" and
    "Norvik" beside it, and no other word of it names the subject ("the
    plant" does not).

    ``tokens``: the sentence's parse (a ``Doc`` or a ``Span`` of the
    article's parse); ``offset``: what to subtract from the tokens' character
    offsets so that start and end count from the sentence's first
    character. Plain data, so the analysis can store it: comparing reads
    which name a pronoun ("It said it would investigate") or a bare noun
    ("The company said") stands for (:func:`resolve_subjects`).
    """
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None:
        if not len(tokens):
            return None
        root = tokens.root  # a span cut from a longer parsed sentence
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return None
    first, last = subj.left_edge, subj.right_edge
    heads = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    return [
        first.idx - offset,
        last.idx + len(last.text) - offset,
        subj.lower_,
        subj.pos_,
        root.lemma_.lower(),
        [[h.idx - offset, h.idx + len(h.text) - offset] for h in heads],
    ]


def _parsed_signals(analysis: ArticleAnalysis, p: Passage, *, fresh: bool = False, span: Any = None, base: int = 0) -> dict[str, Any]:
    """What :func:`sentence_features` reads from a parse of sentence ``p`` (plain data).

    ``fresh``: bypass the readers' caches, which are keyed by the sentence
    text alone — right for a parse of the text alone, not for a parse of the
    sentence in its article, where one text may parse differently in two
    articles (and a cache would make the result depend on their order).
    ``span``: the sentence in the article's own parse, whose text starts at
    ``base`` (its subject is read from it), else the sentence is parsed alone.
    """
    clauses, quoted, pol, denied, absent = (
        (clause_bounds.__wrapped__, quote_pieces.__wrapped__, polarity.__wrapped__, denied_lemmas.__wrapped__, absences.__wrapped__)
        if fresh
        else (clause_bounds, quote_pieces, polarity, denied_lemmas, absences)
    )
    pieces = [[s, e, list(lemmas)] for s, e, lemmas in clauses(p.text)]
    quotes = _quote_texts(analysis, p)
    if len(quotes) == 1 and not pieces:
        q = quotes[0]
        pieces = [[s, e, list(lemmas)] for s, e, lemmas in quoted(p.text, q.start - p.start, q.end - p.start)]
    repaired = [
        lemma
        for s in _inside(analysis.layer("artifacts"), p)
        if s.label in REPAIRABLE and s.attrs.get("suggestion")
        for lemma in repaired_lemmas(str(s.attrs["suggestion"]))
    ]
    return {
        "text": p.text,
        "polarity": pol(p.text),
        "denied": sorted(denied(p.text)),
        "absent": [list(a) for a in absent(p.text)],
        "repaired": repaired,
        "pieces": pieces,
        "subject": subject(span, p.start - base) if span is not None else subject(_parse(p.text)),
    }


def sentence_signals(analysis: ArticleAnalysis, chunks: list[Chunk] | None = None) -> dict[str, dict[str, Any]]:
    """The parse-derived part of every body sentence's features, by passage key.

    Computed by the per-article analysis (in worker processes, cached with
    it), so that comparing a story — once per story, in one process — never
    parses a sentence again nor lemmatises the damage layer's repairs
    (``repaired``), and so never loads spaCy (~2 s per compare worker).
    With ``chunks`` (the article's own parse) each sentence is read from it
    instead of being parsed again on its own.
    """
    sentences = body_sentences(analysis)
    spans: dict[str, tuple[Any, int]] = {}
    if chunks is None:
        texts = sorted({p.text for p in sentences})  # every sentence: its subject is read from its parse
        _PREPARSED.update(zip(texts, nlp().pipe(texts, disable=["ner"], batch_size=64), strict=True))
    else:
        for p in sentences:
            chunk = next((c for c in chunks if c.base <= p.start and p.end <= c.end), None)
            span = chunk.doc.char_span(p.start - chunk.base, p.end - chunk.base) if chunk else None
            if span is not None and span.text == p.text:
                _PENDING[p.text] = span  # the last sentence of a text, as before
                spans[p.key] = (span, chunk.base)
    try:
        return {
            p.key: _parsed_signals(
                analysis, p, fresh=chunks is not None, span=spans.get(p.key, (None, 0))[0], base=spans.get(p.key, (None, 0))[1]
            )
            for p in sentences
        }
    finally:
        _PREPARSED.clear()
        _PENDING.clear()
        _ARRAYS.clear()


def _sentence_doc(span: Any, arrays: dict[int, tuple[Any, Any, int]]) -> Any:
    """``span.as_doc()``, with its article's token array made once per parse, not once per sentence.

    ``Span.as_doc`` otherwise copies every token of the whole parse into an
    array to keep one sentence's rows (quadratic in the article's length).
    It edits only the rows of its own span (heads leaving the span, the first
    entity tag), so one array serves sentences that do not overlap; a span
    starting before the end of the last one gets a fresh array.
    """
    doc = span.doc
    got = arrays.get(id(doc))
    if got is None or span.start < got[2]:
        head = doc._get_array_attrs()
        got = (head, doc.to_array(head), 0)
    arrays[id(doc)] = (got[0], got[1], span.end)
    return span.as_doc(array_head=got[0], array=got[1])


#: "unable to reach", "unsafe to drink", "unfit to drink": an adjective that
#: denies the verb after it (English, closed list).
_UNABLE = re.compile(r"\b(?:unable|unsafe|unfit)\s+to\s+([a-z]+)\b", re.IGNORECASE)


def unable(text: str) -> frozenset[str]:
    """Verbs a sentence denies with "unable to", "unsafe to", "unfit to": "the water is unsafe to drink" denies "drink".

    The verb after "to" is in its base form, its own lemma. Such a sentence
    affirms (its main verb is "is"), yet it denies what "Residents cannot
    drink the water" denies: the two agree (see :func:`.align._polar`).
    """
    return frozenset(variant(m.group(1).lower()) for m in _UNABLE.finditer(text))


#: Subject pronouns that stand for a name of the sentence before, and the
#: entity labels each can stand for (English grammar, closed class).
#: The entity layer tags an unknown firm as a place as often as not, so "it"
#: stands for any name but a person's.
REFERRING = {
    "it": frozenset({"ORG", "PLACE", "MISC"}),
    "he": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}),
    "they": frozenset({"ORG", "PLACE", "MISC", "PERSON"}),
}
#: Verbs after which "it" is mostly empty ("It is the second strike", "It
#: seems …"): no name is given to such a subject.
_EMPTY_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "happen", "become"})
#: Entity labels a subject can be resolved to (:func:`resolve_subjects`).
_ACTORS = frozenset({"ORG", "PLACE", "MISC", "PERSON"})


def resolve_subjects(analysis: ArticleAnalysis, sentences: list[Passage], subjects: list[list[Any] | None]) -> list[dict[str, str]]:
    """Per sentence, the names (canonical, lower case → label) its subject stands for when it names none itself.

    News tells an actor's second fact with a pronoun or a bare noun: "Norvik,
    the firm that built the pier, said the bolts were new. It said it would
    check them." Another outlet names the actor in that sentence ("Norvik
    promised to look into the bolts"); the name is the evidence the words
    lack. A subject pronoun (:data:`REFERRING`: "it" an organisation, "he"
    and "she" a person) takes the names of the previous sentence's subject
    (its own, or what it was resolved to); "the <noun>" takes the latest
    organisation named before whose name holds the noun ("the consortium":
    "the Ibarrola Water Consortium") or that the text glossed with it in
    apposition ("Norvik, the firm …", "Tarvas Vesi (the water company)").
    ``subjects``: :func:`subject` of each sentence, from the stored signals.
    """
    raw = analysis.article.raw
    actors = sorted((s for s in analysis.layer("entities") if s.label in _ACTORS), key=lambda s: s.start)
    out: list[dict[str, str]] = []
    before: dict[str, str] = {}  # what the previous sentence's subject stands for
    for p, subj in zip(sentences, subjects, strict=True):
        found: dict[str, str] = {}
        if subj is not None:
            s0, s1 = p.start + subj[0], p.start + subj[1]
            own = {_canonical(e, raw): e.label for e in actors for h0, h1 in subj[5] if e.start < p.start + h1 and e.end > p.start + h0}
            # "The firm that operates the plant, Norvik, says": the parser hangs
            # the apposition on the nearest noun; a name closing the subject
            # after a comma names the subject itself
            own = own or {
                _canonical(e, raw): e.label for e in actors if s0 < e.start and e.end == s1 and raw[s0 : e.start].rstrip().endswith(",")
            }
            head, pos, verb = str(subj[2]), str(subj[3]), str(subj[4])
            if own:
                before = own
            elif pos == "PRON" and head in REFERRING and verb not in _EMPTY_VERBS:
                found = {n: label for n, label in before.items() if label in REFERRING[head]}
                before = found
            elif pos == "NOUN" and raw[s0:s1].lower().startswith("the ") and (org := _named_as(head, actors, raw, s0)):
                found = dict([org])
                before = found
            else:
                before = {}
        else:
            before = {}
        out.append(found)
    return out


#: A gloss in brackets right after a name: "(the roads agency)", "(Water Board)".
_GLOSS = re.compile(r"\s*\((?:the\s+)?([^()\d]{3,60}?)\)")


def glosses(names: list[tuple[str, int]], raw: str) -> set[tuple[str, str]]:
    """(gloss, name) for each name followed by its English gloss in brackets: "Agjencia Rrugore (the roads agency)".

    ``names``: (name in lower case, end offset in ``raw``). An outlet that
    names an institution in its own language often glosses it once; another
    outlet names it in English only ("the Roads Agency"). A gloss of two
    words or more, not an acronym and not the name itself, is kept; the
    comparison reads the English name as the original one (:func:`.align.read_glosses`).
    """
    out = set()
    for name, end in names:
        m = _GLOSS.match(raw, end)
        if m is None:
            continue
        gloss = " ".join(m.group(1).split()).lower()
        if len(gloss.split()) >= 2 and not m.group(1).isupper() and gloss != name:
            out.add((gloss, name))
    return out


def _canonical(e: Span, raw: str) -> str:
    return str(e.attrs.get("canonical") or e.text(raw)).lower()


def _named_as(noun: str, actors: list[Span], raw: str, until: int) -> tuple[str, str] | None:
    """(name, label) of the latest organisation named before ``until`` that ``noun`` can stand for: by its name or its apposition.

    The noun must be the name's last word, its head: "the board" is the
    Lindholm Harbour Board, but "the highway" is not the Federal Highway
    Police.

    Not a person ("the minister" is left to the speaker layers); the entity
    layer's places count, as it tags many unknown firms so.
    """
    glossed = re.compile(rf"\s*[,(]\s*(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}s?\b", re.IGNORECASE)
    for e in reversed(actors):
        if e.label == "PERSON" or e.end > until:
            continue
        name = _canonical(e, raw)
        if name.split()[-1] == noun or glossed.match(raw, e.end):
            return name, e.label
    return None


def sentence_features(analysis: ArticleAnalysis) -> list[SentenceFeatures]:
    """Features of every body sentence of one article, in text order."""
    raw = analysis.article.raw
    entities = analysis.layer("entities")
    out = []
    sentences = body_sentences(analysis)
    signals = []
    for p in sentences:
        sig = analysis.signals.get(p.key)
        if sig is None or sig.get("text") != p.text or "subject" not in sig:
            sig = _parsed_signals(analysis, p)  # an analysis from before signals were stored
        signals.append(sig)
    referred = resolve_subjects(analysis, sentences, [sig["subject"] for sig in signals])
    for i, (p, sig) in enumerate(zip(sentences, signals, strict=True)):
        said = {lemma: word for lemma, word in sig["absent"]}  # "not recovered" says "missing"
        said.update(idioms(p.text))  # "a close friend" closes nothing
        own = without_words(p.lemmas, whole_phrase_words(p.text))  # "exchanged views" is discuss, not exchange
        f = SentenceFeatures(
            analysis.article.id, p, i, [variant(said.get(lemma.lower(), lemma)) for lemma in own if not _CLOCK_WORD.fullmatch(lemma)]
        )
        # a denied verb the segmenter keeps no lemma of ("do not go through") still says its word
        kept = {lemma.lower() for lemma in p.lemmas}
        f.lemmas.extend(variant(word) for lemma, word in sig["absent"] if lemma not in kept)
        for s in _inside(entities, p):
            if s.label in NAME_LABELS:
                f.names.add(str(s.attrs.get("canonical") or s.text(raw)).lower())
                if s.label in SETTING_LABELS:
                    f.places.add(str(s.attrs.get("canonical") or s.text(raw)).lower())
                elif s.label == "PERSON":
                    f.people.add(str(s.attrs.get("canonical") or s.text(raw)).lower())
        f.numbers.update(numbers(without_times(p.text)))
        f.quantities.update(quantities(without_times(p.text)))
        f.times.update(times(p.text))
        f.dimensions.update(dimensions(p.text))
        f.glosses = glosses([(_canonical(s, raw), s.end) for s in _inside(entities, p) if s.label in NAME_LABELS], raw)
        for name, label in referred[i].items():
            f.names.add(name)
            if label == "PERSON":
                f.people.add(name)
        f.polarity = sig["polarity"]
        f.denied = frozenset(sig["denied"]) | unable(p.text)
        # the damage layer's reading of glued words and mangled names, lemmatised by the analysis
        f.lemmas.extend(variant(lemma) for lemma in sig["repaired"])
        f.lemmas.extend(phrase_lemmas(p.text))
        f.quotes.extend(_quote_texts(analysis, p))
        for cs, ce, lemmas in sig["pieces"]:
            s0, e0 = p.start + cs, p.start + ce
            names = frozenset(
                str(s.attrs.get("canonical") or s.text(raw)).lower()
                for s in entities
                if s.label in NAME_LABELS and s.start < e0 and s.end > s0
            )
            piece = p.text[cs:ce]
            f.clauses.append(
                Clause(
                    s0,
                    e0,
                    (
                        *(variant(said.get(lemma, lemma)) for lemma in without_words(lemmas, whole_phrase_words(piece))),
                        *phrase_lemmas(piece),
                    ),
                    names,
                    frozenset(numbers(without_times(piece))),
                    frozenset(quantities(without_times(piece))),
                    frozenset(dimensions(piece)),
                    frozenset(times(piece)),
                )
            )
        out.append(f)
    return out
