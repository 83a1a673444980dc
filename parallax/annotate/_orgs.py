"""Organisation forms from news across the world (``data/org_forms.yml``).

The entities layer's organisation rules were fitted to a few dozen articles;
text from other countries names its bodies in shapes they miss or mislabel:
a translation's lower-case "the ministry of internal affairs of X" or "the
council of elders of X", a place's name before a lower-case head ("Nordland
county municipality"), an assembly in its own language ("the Riigikogu",
"Kandy Pradeshiya Sabha"), a company's legal form the registers of other
countries use ("Ltda.", "PJSC X"), a body after another one in a list
("Fidesz and the Christian Democratic People's Party"). spaCy also calls
stadiums, airports, programmes and festivals organisations. This module finds
those shapes on the raw text and judges a name by its words; the entities
layer turns the results into mentions. Every list it reads is data.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..data import load_yaml
from . import _people as lx
from ._wordlist import zipf_frequency

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0x00C0, 0x0250)) if c.isupper() and c not in "×")
#: A capitalised word, maybe hyphenated ("Mazara", "Souss-Massa", "Saint").
_CAP = rf"[{_UPPER}][^\W\d_]*(?:[-’'][{_UPPER}]?[^\W\d_]*)*"
_SMALL = r"(?:de|del|della|di|da|do|dos|du|des|la|le|el|van|von|der|al|bin|ibn)"
#: A name run: capitalised words with small particles between ("Mazara del Vallo").
_RUN = rf"{_CAP}(?:[ ](?:{_SMALL}[ ])?{_CAP}){{0,3}}"
#: Lower-case words of a chain between a head and the name ("of ecology of the city of").
_LOWER = r"[a-z][a-z’'-]*"
#: Words a chain never holds: verbs and words that end a noun phrase.
_NOT_IN_CHAIN = frozenset(
    {"said", "says", "is", "was", "were", "are", "has", "had", "have", "will", "would", "which", "who", "that", "on", "at",
     "to", "by", "with", "from", "after", "before", "since", "until", "against", "into", "over", "under", "about", "as",
     "in", "its", "their", "his", "her", "this", "these", "a", "an"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her", "In", "At", "On", "For", "From", "By", "With"}
)


@cache
def _data() -> dict:
    return load_yaml("org_forms.yml")


@cache
def _lowercase_of_pattern() -> re.Pattern[str]:
    d = _data()["lowercase_of"]
    heads, mods, areas = lx.alternation(d["heads"]), lx.alternation(d["modifiers"]), lx.alternation(d["areas"])
    return re.compile(
        rf"(?<=\b[Tt]he[ ])(?P<org>(?:(?:{mods})[ ]){{0,2}}(?:{heads})[ ](?:of|for)[ ]"
        rf"(?P<chain>(?:{_LOWER}[ ]){{0,7}}?)(?P<seat>{_RUN})(?:[ ](?:{areas}))?)(?![\w’'-])"
    )


def lowercase_of(raw: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """ "the ministry of internal affairs of Albania", "the council of elders of
    Dutse", "the hospital of Saint Hedwig": a lower-case head
    (``lowercase_of``) after "the", "of"/"for", lower-case words and a
    capitalised name, as translations word a body. The chain holds no verb or
    clause word and its last word is "of" or "for"; a seat that opens with a
    weekday, a month, a title or a given name is none. A hospital's, a school's
    or an institute's (``own_name_heads``) name after "of" is its own: the
    whole phrase is one organisation. Any other seat is a place of its own
    (start, end, "PLACE"), the body the words before it ("ministry of internal
    affairs"); with nothing between the head and the seat, only a head with a
    modifier ("the provincial council of X") or one of ``seat_heads`` ("the
    hukumat of X district") is a body, and "the police of X" is left to the
    other rules. Returns (start, end, label, canonical): a body's canonical is
    the whole phrase, seat included."""
    out: list[tuple[int, int, str, str]] = []
    own, seated = frozenset(_data()["lowercase_of"]["own_name_heads"]), frozenset(_data()["lowercase_of"]["seat_heads"])
    for ps, pe in paras:
        for m in _lowercase_of_pattern().finditer(raw, ps, pe):
            chain = m.group("chain").split()
            if any(w in _NOT_IN_CHAIN for w in chain) or (chain and chain[-1] not in ("of", "for")):
                continue
            seat = m.group("seat")
            first = seat.split()[0]
            if first in _DETERMINERS or _CALENDAR.match(seat) or lx.is_role_word(first) or lx.starts_with_given_name(seat):
                continue
            if lx.known_person(seat):
                continue
            body = re.split(r"[ ](?:of|for)[ ]", m.group("org"), maxsplit=1)[0].split()
            whole, place = m.group("org"), (m.start("seat"), m.end("org"), "PLACE", "")
            if body[-1] in own:
                out.append((m.start("org"), m.end("org"), "ORG", whole))
            elif chain:
                cut = m.start("chain") + len(m.group("chain").rstrip()) - len(chain[-1]) - 1
                out += [(m.start("org"), cut, "ORG", whole), place]
            elif len(body) > 1 or body[-1] in seated:  # "the provincial council of X", "the hukumat of X district"
                out += [(m.start("org"), m.start("chain") - 4, "ORG", whole), place]
    return out


_CALENDAR = lx.CALENDAR


#: A preposition of place before a hall: the building, not the body.
_TO_BUILDING = re.compile(r"\b(?:to|at|in|into|outside|near|from|inside)[ ](?:the[ ])?$")


@cache
def _after_name_pattern() -> re.Pattern[str]:
    heads = lx.alternation(sorted(_data()["after_name"]))
    return re.compile(rf"(?<![\w’'-])(?P<org>{_CAP}[ ](?:{heads}))(?![\w’'-])")


def after_name(raw: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Nordland county municipality", "the Tyrolean state government", "the
    Bishkek mayor's office", "the Kazakh ministry": one capitalised word before
    a lower-case head (``after_name``) is a body's name; not a determiner, a
    title ("Minister ministry") or a sentence's first word alone ("Health
    ministry officials" at a sentence's start is kept: the head follows)."""
    out = []
    for ps, pe in paras:
        for m in _after_name_pattern().finditer(raw, ps, pe):
            first = m.group("org").split()[0]
            if first in _DETERMINERS or lx.is_role_word(first) or _CALENDAR.match(first):
                continue
            if m.group("org").endswith(" hall") and _TO_BUILDING.search(raw, max(0, m.start() - 12), m.start()):
                continue  # "evacuated to Melhus town hall": the building
            out.append(m.span("org"))
    return out


@cache
def _assembly_pattern() -> re.Pattern[str]:
    d = _data()
    names, heads = lx.alternation(d["assemblies"]), lx.alternation(d["assembly_heads"])
    return re.compile(rf"(?<![\w’'-])(?:(?:{_CAP}[ ]){{0,3}}(?:{heads})|(?:{names}))(?![\w’'-])")


def assemblies(raw: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the Riigikogu", "the Dáil", "Kandy Pradeshiya Sabha": an assembly named
    in its own language (``assemblies``), or a name closed by an assembly's
    head in South and Central Asian languages (``assembly_heads``); a
    determiner before the name is none of it."""
    out = []
    for ps, pe in paras:
        for m in _assembly_pattern().finditer(raw, ps, pe):
            s, e = m.span()
            first = raw[s:e].split()[0]
            if first in _DETERMINERS and s + len(first) < e:
                s += len(first) + 1
            out.append((s, e))
    return out


def _words(key: str) -> frozenset[str]:
    return frozenset(_data()[key])


def judge(text: str, label: str) -> str | None:
    """The label a name's own words give it, or None when they say nothing:
    "PLACE" for a stadium, an airport or a square (``place_closers``,
    ``place_openers``) and for "X State" of a rare X ("Kano State"; not
    "Islamic State"); "" (no name) for a programme, a plan, a festival or an
    exam spaCy called an organisation (``no_org_closers``, ``no_org_openers``,
    also before "of": "X Certificate of Y"; never a programme that is an
    agency, ``programme_agencies``) and for a product's model ("Galaxy A15");
    "ORG" for a name with a company's legal form (``legal_closers``,
    ``legal_openers``, org_heads.yml's suffixes), a word ending in "bank"
    ("Kantonalbank", "PrivatBank") or a person's name closed by a continent
    ("Greenpeace Africa", ``region_closers``)."""
    words = text.split()
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        words.pop()  # "El Dorado International Airport to": spaCy's span ran on
    if not words:
        return None
    text = " ".join(words)
    last, first = words[-1].rstrip(".,") or words[-1], words[0]
    if label in ("ORG", "PERSON") and len(words) >= 2 and (last in _words("place_closers") or first in _words("place_openers")):
        return "PLACE"
    if label == "ORG" and len(words) == 2 and last == "State" and zipf_frequency(first.lower(), "en") < 4.0:
        return "PLACE"
    if label in ("ORG", "PLACE") and len(words) >= 2 and text not in _words("programme_agencies"):
        closers = _words("no_org_closers")
        if last in closers or any(w in closers and nxt == "of" for w, nxt in itertools.pairwise(words)):
            return ""
        if any(text.startswith(o + " ") for o in _data()["no_org_openers"]):
            return ""
        if _MODEL.fullmatch(last):
            return ""
    if label == "ORG":
        return None
    if len(words) >= 2 and (_legal_close(text) or first in _words("legal_openers")):
        return "ORG"
    if label == "PERSON" and (len(words) >= 2 and last in _words("region_closers")):
        return "ORG"
    if re.search(r"[a-z](?:bank|Bank)$", last) and zipf_frequency(last.lower(), "en") < 3.0:
        return "ORG"
    return None


#: A product's model number closing its name ("Galaxy A15", "Redmi 13C" is not caught: digits first).
_MODEL = re.compile(r"[A-Z]{1,3}\d{1,4}[a-z]?")


@cache
def _all_legal_closers() -> tuple[str, ...]:
    return tuple(_data()["legal_closers"]) + tuple(load_yaml("org_heads.yml")["suffixes"])


def _legal_close(text: str) -> bool:
    return any(text.endswith(" " + f) or text.endswith(" " + f.rstrip(".")) for f in _all_legal_closers())


@cache
def _legal_close_pattern() -> re.Pattern[str]:
    forms = lx.alternation(sorted(_data()["legal_closers"], key=len, reverse=True))
    openers = lx.alternation(sorted(_data()["legal_openers"], key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?P<org>{_RUN}[ ](?:{forms})|(?:{openers})[ ]{_RUN})(?![\w’'-])")


def legal_named(raw: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Queiroz Galvão Ltda.", "Sai Krishna Textiles Pvt Ltd", "PJSC Rosseti
    Siberia": a name before a legal form of ``legal_closers``, or after one of
    ``legal_openers``, is a company's; a closing form keeps its full stop."""
    out = []
    for ps, pe in paras:
        for m in _legal_close_pattern().finditer(raw, ps, pe):
            s, e = m.span("org")
            words = raw[s:e].split()
            while words and words[0] in _DETERMINERS:
                s += len(words.pop(0)) + 1
            if len(words) >= 2:
                out.append((s, e))
    return out


#: A capitalised name right before "and"/"," and an organisation, or right after one ("X and the Y Party").
_BEFORE_ORG = re.compile(rf"(?:^|(?<=[\s(]))(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?:,)?[ ](?:and|or)[ ](?:the[ ])?$")
_AFTER_ORG = re.compile(rf"^(?:,[ ]|[ ](?:and|or)[ ])(?:the[ ])?(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w’'-])")


def listed_with(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names coordinated with the organisation at ``start:end`` ("Fidesz and
    the Christian Democratic People's Party", "Equinor and Aker Solutions
    ASA"): candidate spans; the caller keeps only those no other mention
    covers and that no rule calls a person or a place."""
    out = []
    m = _BEFORE_ORG.search(raw, max(0, start - 60), start)
    if m:
        out.append(m.span("name"))
    m = _AFTER_ORG.match(raw[end : end + 60])
    if m:
        out.append((end + m.start("name"), end + m.end("name")))
    return out


def rare_name(text: str) -> bool:
    """Every word of ``text`` is rare in English (no "Farmers", "Monday", "The")."""
    return all(zipf_frequency(w.lower(), "en") < 3.0 and not _CALENDAR.match(w) for w in text.split())


@cache
def _heads() -> frozenset[str]:
    return frozenset(load_yaml("org_heads.yml")["heads"])


def one_name(left: str, right: str) -> bool:
    """ "Sahara Savings" + "and" + "Credit Cooperative": spaCy's two halves of
    one name joined by "and" — the left half has two or more words and ends in
    a common word that is no head, the right half opens with a common word and
    ends in a head ("Equinor and Aker Solutions ASA" stays two: one word left;
    "Tata Steel and Jindal Power Company" too: a rare word opens the right)."""
    lw, rw = left.split(), right.split()
    if len(lw) < 2 or len(rw) < 2 or lw[-1] in _heads() or rw[-1] not in _heads():
        return False
    return zipf_frequency(lw[-1].lower(), "en") >= 3.5 and zipf_frequency(rw[0].lower(), "en") >= 3.5


@cache
def _programme_after() -> re.Pattern[str]:
    return re.compile(rf"[ ](?:{lx.alternation(_data()['programme_nouns'])})(?![\w’'-])")


def programme_named(raw: str, start: int, end: int) -> bool:
    """ "the Free Primary Education programme": capitalised words before a
    lower-case programme noun (``programme_nouns``) name the programme, not an
    organisation — unless a head word says so ("the World Bank programme")."""
    words = raw[start:end].split()
    return len(words) >= 2 and not any(w in _heads() for w in words) and bool(_programme_after().match(raw, end))


#: A match result between two teams ("X beat Y 2-1", "X drew 0-0 with Y").
_RESULT = re.compile(
    r"[ ](?:beat|defeated|edged|thrashed|drew with|lost to|held)[ ](?:the[ ])?$|^[ ](?:beat|defeated|edged|thrashed|drew with|lost to|held)[ ]"
)
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}\b")


def team_in_result(raw: str, start: int, end: int) -> bool:
    """A name before or after "beat"/"defeated"/"lost to" in a sentence with a
    score ("Al Ahly beat Zamalek 2-1") is a team, not a person."""
    line_start = max(raw.rfind(".", 0, start), raw.rfind("\n", 0, start)) + 1
    line_end = min((i for i in (raw.find(". ", end), raw.find("\n", end)) if i >= 0), default=len(raw))
    if not _SCORE.search(raw, line_start, line_end):
        return False
    return bool(_RESULT.search(raw[max(0, start - 20) : start]) or _RESULT.match(raw[end : end + 20]))


@cache
def _opening_pattern() -> re.Pattern[str]:
    heads = lx.alternation(sorted(_data()["opening_heads"]))
    word = rf"(?:{_CAP}|and|the|of|for)"
    return re.compile(rf"(?<![\w’'-])(?P<org>(?:{heads})[ ](?:of|for)[ ](?:the[ ])?{_CAP}(?:[ ]{word}){{0,6}})(?![\w’'-])")


def opening_named(raw: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the Presidency of Religious Affairs", "the Undersecretariat of Public
    Order": a head of ``opening_heads`` before "of" and capitalised words
    (small words between, none at the end) is a body's name."""
    out = []
    for ps, pe in paras:
        for m in _opening_pattern().finditer(raw, ps, pe):
            s, e = m.span("org")
            text = raw[s:e]
            while text.split()[-1] in ("and", "the", "of", "for"):
                text = text.rsplit(" ", 1)[0]
            out.append((s, s + len(text)))
    return out


def language_name(text: str) -> bool:
    """A language named alone ("Amharic", ``language_names``): no place, person or organisation."""
    return text in _words("language_names")


def plural_opener(raw: str, start: int, end: int) -> bool:
    """ "Farmers who joined …", "Residents said …": one capitalised common
    plural noun opening a sentence is the word, not an organisation."""
    word = raw[start:end]
    if " " in word or not word.endswith("s") or not word[1:].islower():
        return False
    before = raw[max(0, start - 3) : start]
    opens = start == 0 or bool(re.search(r"(?:[.!?][ ]|\n)$", before)) or before.endswith("“") or before.endswith('"')
    return opens and zipf_frequency(word.lower(), "en") >= 4.2
