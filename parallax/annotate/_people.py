"""People, offices and organisations: the lexicon side of entity resolution.

Pure string functions over ``data/roles.yml`` and ``data/outlets.yml``: name
normalisation (so one person gets one string on every page), descriptor
phrases of offices ("the head of the Kremlin" → President of Russia), the
dated choice of an office-holder, and the role classes the sources layer uses
to tell a spokesperson or an expert from a protagonist.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..data import load_yaml
from ._wordlist import zipf_frequency

#: Apostrophes and quote-like marks that machine translation mixes up.
_APOS = "'’ʼ`´"
_POSSESSIVE = re.compile(r"[" + _APOS + r"]s?$")
_DETERMINER = re.compile(r"^(?:the|his|her|its|their|our|your|a|an)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_ROMAN = re.compile(r"^[IVXLC]+$")
#: Title classes of offices that lead a country: their holders are protagonists.
PRINCIPAL_CLASSES = frozenset({"head_of_state", "head_of_government", "leader", "monarch"})
#: Words before a descriptor that move it away from the current holder.
NOT_CURRENT = ("former", "ex", "ex-", "late", "then", "future", "next", "previous", "incoming", "past", "erstwhile", "one-time", "onetime")
#: Words that make a title another, lower office: a deputy mayor is not "the mayor".
SUBORDINATE = ("deputy", "vice", "assistant", "under", "sub")


#: A weekday or month name (English): capitalised like a name, never one.
CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


@lru_cache(maxsize=65536)  # called per token by several layers, on few distinct strings
def fold(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces: a lookup key."""
    text = _SPACES.sub(" ", text.strip())
    for ch in _APOS:
        text = text.replace(ch, "'")
    return text.casefold()


@lru_cache(maxsize=65536)  # pure; asked per token and per mention by every layer, on few distinct strings
def clean_name(text: str) -> str:
    """A surface name without a leading determiner or trailing possessive."""
    text = _SPACES.sub(" ", text.strip())
    text = _DETERMINER.sub("", text)
    return _POSSESSIVE.sub("", text).strip(" ,.;:-–—")


_APOS_CLASS = "[" + _APOS + "]"
_APOS_SPLIT = re.compile(_APOS_CLASS)


@lru_cache(maxsize=1 << 15)  # the lexicons' phrases, met again by several alternations
def phrase_pattern(phrase: str) -> str:
    """Regex source for a phrase: flexible spaces and apostrophes, whole words."""
    # re.escape works character by character, so escaping the runs between
    # apostrophes gives what escaping each character did, without a call per character.
    return r"\s+".join(_APOS_CLASS.join(re.escape(part) for part in _APOS_SPLIT.split(word)) for word in phrase.split())


def alternation(phrases: list[str]) -> str:
    """One regex alternation, longest phrases first so the longest wins.

    Grouped by first letter: Python's regex engine tries every branch of an
    alternation at every position of the text, so a lexicon of a thousand
    phrases cost a thousand attempts per character. Each group opens with a
    lookahead on its first letters (``(?=[Mm])(?:…|…)``), so a position
    enters only the group that can match there. Matches are unchanged, under
    any flags: first letters that can match one another ignoring case share
    a group (:func:`_same_letter`), and a group keeps its phrases in the
    order above, so the same branch wins after trying the same branches.
    """
    uniq = sorted({p for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    firsts = list(dict.fromkeys(_APOS if p[0] in _APOS else p[0] for p in uniq))
    if len(firsts) < 2:
        return "|".join(phrase_pattern(p) for p in uniq)
    root = {c: c for c in firsts}

    def find(c: str) -> str:
        while root[c] != c:
            c = root[c]
        return c

    for i, a in enumerate(firsts):
        for b in firsts[i + 1 :]:
            if a != _APOS and b != _APOS and _same_letter(a, b):
                root[find(b)] = find(a)
    groups: dict[str, list[str]] = {}
    chars: dict[str, set[str]] = {}
    for p in uniq:
        first = _APOS if p[0] in _APOS else p[0]
        groups.setdefault(find(first), []).append(phrase_pattern(p))
        chars.setdefault(find(first), set()).update(first)
    return "|".join("(?=[" + "".join(re.escape(c) for c in sorted(chars[k])) + "])(?:" + "|".join(alts) + ")" for k, alts in groups.items())


@lru_cache(maxsize=65536)
def _same_letter(a: str, b: str) -> bool:
    """Whether one text character could match both ``a`` and ``b`` ignoring case.

    Asked of the regex engine itself, and generously (any shared lower,
    upper or folded form too): two letters put in one group without need
    only cost speed, never a match.
    """
    if re.fullmatch(re.escape(a), b, re.IGNORECASE) or re.fullmatch(re.escape(b), a, re.IGNORECASE):
        return True
    forms = {a, a.lower(), a.upper(), a.casefold()}
    return bool(forms & {b, b.lower(), b.upper(), b.casefold()})


# --------------------------------------------------------------------------
# offices and holders


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    start: _dt.date | None
    end: _dt.date | None
    forms: tuple[str, ...]  # every surface form that names this person


@dataclass(slots=True)
class Office:
    role: str
    country: str | None
    classes: tuple[str, ...]
    holders: list[Holder]
    phrases: list[str] = field(default_factory=list)  # every descriptor phrase


@dataclass(slots=True)
class Lexicon:
    as_of: _dt.date
    offices: list[Office]
    #: folded descriptor phrase → indexes into ``offices``
    descriptors: dict[str, list[int]]
    #: title word (folded) → title class
    title_class: dict[str, str]
    #: folded form of a known person's name → canonical name
    people: dict[str, str]
    #: folded role word → class (principal / official / expert)
    source_roles: list[tuple[str, str]]
    role_words: set[str]


def _date(value: object) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value))


@cache
def lexicon() -> Lexicon:
    """The roles lexicon, compiled once per process."""
    data = load_yaml("roles.yml")
    countries = data["countries"]
    title_class = {fold(t): cls for cls, words in data["titles"].items() for t in words}
    offices: list[Office] = []
    descriptors: dict[str, list[int]] = {}
    people: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for entry in data["offices"]:
        country = entry.get("country")
        holders = []
        for h in entry.get("holders", []):
            forms = (h["name"], *h.get("variants", []), *h.get("short", []))
            holders.append(Holder(h["name"], _date(h.get("from")), _date(h.get("to")), forms))
            for form in forms:
                people[fold(form)] = h["name"]
            last = h["name"].split()[-1]
            if len(last) > 2 and not _ROMAN.match(last) and h.get("surname", True):
                surnames.setdefault(fold(last), set()).add(h["name"])
        phrases = list(entry.get("phrases", []))
        c = countries.get(country, {}) if country else {}
        for cls in entry.get("classes", []):
            for title in data["titles"][cls]:
                for adj in c.get("adjectives", []):
                    phrases.append(f"{adj} {title}")
                for name in c.get("names", []):
                    phrases += [f"{title} of {name}", f"{title} of the {name}", f"{name}'s {title}"]
                for seat in c.get("seats", []):
                    phrases += [f"{seat} {title}", f"{title} of the {seat}"]
        if "leader" in entry.get("classes", []):
            for seat in c.get("seats", []):
                phrases += [f"{word} of the {seat}" for word in data.get("seat_occupants", [])]
        office = Office(entry["role"], country, tuple(entry.get("classes", [])), holders, phrases)
        offices.append(office)
        for p in phrases:
            hits = descriptors.setdefault(fold(_DETERMINER.sub("", p)), [])
            if len(offices) - 1 not in hits:
                hits.append(len(offices) - 1)
    for surname, names in surnames.items():
        if len(names) == 1 and surname not in people:
            people[surname] = next(iter(names))
    roles = [(fold(w), cls) for cls, words in data["source_roles"].items() for w in words]
    roles.sort(key=lambda r: -len(r[0]))
    role_words = {fold(w) for w in data["role_words"]} | set(title_class)
    return Lexicon(_date(data["as_of"]) or _dt.date.today(), offices, descriptors, title_class, people, roles, role_words)


@cache
def nationality_adjectives() -> dict[str, str]:
    """Nationality adjective ("Nigerian", "Thai") -> its country's name (``roles.yml``
    countries, then nationalities), for every layer that reads a nationality."""
    data = load_yaml("roles.yml")
    out: dict[str, str] = {}
    for c in data["countries"].values():
        for adjective in c.get("adjectives", []):
            out.setdefault(adjective, c["names"][0])
    for name, adjectives in (data.get("nationalities") or {}).items():
        for adjective in adjectives:
            out.setdefault(adjective, name)
    return out


def office_for(descriptor: str) -> Office | None:
    """The one office a descriptor phrase names, or None (unknown/ambiguous)."""
    lex = lexicon()
    hits = lex.descriptors.get(fold(_DETERMINER.sub("", descriptor.strip())), [])
    return lex.offices[hits[0]] if len(hits) == 1 else None


def holder(office: Office, *, date: str | None, named: set[str]) -> str | None:
    """The holder of ``office`` it is safe to assume, or None.

    With an article date, the holder in office on that date (an open-ended
    term is trusted up to the lexicon's ``as_of`` date, later only when the
    article names the holder). Without a date, only a current holder whom the
    article itself names: then the descriptor cannot mean someone unseen.
    """
    lex = lexicon()
    day = parse_day(date)
    for h in office.holders:
        if day is not None:
            if h.start and day < h.start:
                continue
            if h.end and day >= h.end:
                continue
            if h.end is None and day > lex.as_of and h.name not in named:
                continue
            return h.name
    if day is None:
        current = [h for h in office.holders if h.end is None]
        if len(current) == 1 and current[0].name in named:
            return current[0].name
    return None


def parse_day(date: str | None) -> _dt.date | None:
    if not date:
        return None
    try:
        return _dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def known_person(name: str) -> str | None:
    """Canonical name of a person the lexicon knows by this form, or None."""
    return lexicon().people.get(fold(clean_name(name)))


@cache
def people_pattern() -> re.Pattern[str]:
    """Every form of every known person, matched with its case."""
    forms = {form for h in (h for o in lexicon().offices for h in o.holders) for form in h.forms}
    forms |= {k.title() for k, v in lexicon().people.items() if " " not in k and k.title() in v}
    return re.compile(r"(?<![\w-])(?:" + alternation(sorted(forms)) + r")(?![\w-])(?![" + _APOS + r"](?!s\b)\w)")


@lru_cache(maxsize=8192)  # a pure function of the text and the lexicon; asked per mention by the sources layer
def role_class(role: str | None) -> str | None:
    """ "principal" | "official" | "expert" for a role text, or None.

    An office from the lexicon is principal when it leads a country (head of
    state or government) and official otherwise. For other roles the first
    class word in the text wins ("spokesman for the president" is an
    official); "president" or "leader" of an organisation ("president of the
    farmers' union") is not a principal.
    """
    if not role:
        return None
    for office in lexicon().offices:
        if office.role == role:
            return "principal" if set(office.classes) & PRINCIPAL_CLASSES else "official"
    office = office_for(role)
    if office:
        return "principal" if set(office.classes) & PRINCIPAL_CLASSES else "official"
    text = " " + fold(role) + " "
    stop = organisation_words() | {fold(w) for w in load_yaml("roles.yml")["not_principal"]}
    # A head of state or government comes with a country or a capital
    # letter ("French president", "President of Freedonia"); "its president"
    # or "president of the farmers' union" is not one.
    # ("the Chamber's branch president": the possessive organisation counts too)
    not_leader = any(re.sub(r"['’]s$", "", w.strip(".,'-")) in stop for w in re.split(r"[\s-]+", text)) or not re.search(r"[A-Z]", role)
    # "the head of the inspection body", "head of Meghradzor community", "the head of the environment
    # department of the agency": who heads a public body speaks for it (not "head of the cooperative")
    words = set(re.findall(r"[\w-]+", text))
    if words & {"head", "chief"} and words & _public_bodies():
        return "official"
    # The class of the role word that occurs first; at one place, the word
    # listed first.
    starts, words_at = _source_role_patterns()
    for start in starts.finditer(text):
        for pattern, cls in words_at:
            if not (cls == "principal" and not_leader) and pattern.match(text, start.start()):
                return cls
    return None


@cache
def _source_role_patterns() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """Where any role word of ``roles.yml``'s source_roles starts
    (one pattern for the lot), and each word's own pattern in list order:
    :func:`role_class` meets hundreds of words, which a search per word made
    its slowest part."""
    roles = lexicon().source_roles
    each = [(re.compile(re.escape(word) + r"(?![\w-])"), cls) for word, cls in roles]
    starts = re.compile(r"(?<![\w-])(?=(?:" + "|".join(re.escape(w) for w, _ in roles) + r")(?![\w-]))")
    return starts, each


@cache
def _public_bodies() -> frozenset[str]:
    """Nouns of public bodies whose head is an official (``roles.yml`` public_bodies)."""
    return frozenset(fold(w) for w in load_yaml("roles.yml")["public_bodies"])


#: Zipf frequency (wordfreq, English) from which a word after a given name is
#: a common word ("Harbour", "Terminal", "Station"), not a surname ("Vidal" 3.2,
#: "Brennan" 3.7); common English surnames (Smith) are left to the NER.
SURNAME_MAX_ZIPF = 3.95
#: Particles inside family names ("Lo Giudice", "van der Berg"), capitalised or not.
#: Name particles ("van der", "de la", "bin"): parallax/data/name_particles.yml,
#: one list for every layer that reads names.
NAME_PARTICLES = frozenset(str(load_yaml("name_particles.yml")["particles"]).split())
#: The particles as a regular-expression alternation, longest first.
NAME_PARTICLES_RE = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(NAME_PARTICLES, key=lambda w: (-len(w), w)))


@cache
def given_names() -> frozenset[str]:
    """Given names borne by one gender (``first_names.yml``, and the names its register
    statistics miss, ``given_names_more`` of damage.yml; lower case, no accents)."""
    data = load_yaml("first_names.yml")
    more = load_yaml("damage.yml").get("given_names_more") or {}
    extra = {str(n) for g in ("female", "male") for n in more.get(g) or []}
    return frozenset(str(data["female"]).split()) | frozenset(str(data["male"]).split()) | frozenset(extra)


@cache
def _gendered_names() -> dict[str, str]:
    data = load_yaml("first_names.yml")
    out = {w: "female" for w in str(data["female"]).split()}
    out.update({w: "male" for w in str(data["male"]).split()})
    return out


def given_name_gender(name: str) -> str | None:
    """ "male" / "female" when a full name opens with a given name borne by one
    gender only (``first_names.yml``), else None ("Andrea", a surname alone)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = "".join(c for c in unicodedata.normalize("NFKD", words[0]) if not unicodedata.combining(c)).lower()
    return _gendered_names().get(first) or _kunya_genders().get(first.split("-")[0])


@cache
def _kunya_genders() -> dict[str, str]:
    """ "Umm Ahmad" is a woman, "Abu Khalil" a man (``roles.yml`` kunya_genders)."""
    return dict(load_yaml("roles.yml")["kunya_genders"])


def is_given_name(word: str) -> bool:
    """Is ``word`` a given name of ``first_names.yml`` (accents and case ignored)?"""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower() in given_names()


def starts_with_given_name(name: str) -> bool:
    """ "Marta Vidal": a run of two or three capitalised words opening with a
    given name, none of them a word that makes an organisation, and no
    organisation the lexicon knows ("Europa Press")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    first = "".join(c for c in unicodedata.normalize("NFKD", words[0]) if not unicodedata.combining(c)).lower()
    if any(zipf_frequency(w.lower(), "en") >= SURNAME_MAX_ZIPF for w in words[1:] if w.lower() not in NAME_PARTICLES):
        return False  # "Victoria Harbour Terminal": common words, not a surname
    return first in given_names() and not any(fold(w) in organisation_words() for w in words) and known_org(name) is None


@cache
def organisation_words() -> frozenset[str]:
    """Words that make a capitalised phrase an organisation, never a person."""
    return frozenset(fold(w) for w in load_yaml("roles.yml")["organisation_words"])


@cache
def place_nouns() -> frozenset[str]:
    """Nouns that make "<noun> of <Name>" a place ("the port of Tangier")."""
    return frozenset(fold(w) for w in load_yaml("roles.yml")["place_nouns"])


def is_role_word(word: str) -> bool:
    return fold(word) in lexicon().role_words


def title_class(word: str) -> str | None:
    return lexicon().title_class.get(fold(word))


# --------------------------------------------------------------------------
# organisations and outlets


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    type: str  # outlets.yml type or roles.yml organisation type
    kind: str  # "outlet" | "organisation"


@cache
def organisations() -> tuple[dict[str, Org], dict[str, Org]]:
    """(case-insensitive index, case-sensitive index) of known orgs/outlets.

    Names match with their case ("Times" is a paper, "times" is not); only
    names of two or more words also match in any case ("europa press"), since
    a lower-cased multi-word name is still unambiguous.
    """
    folded: dict[str, Org] = {}
    exact: dict[str, Org] = {}
    entries = [(e, "outlet") for e in load_yaml("outlets.yml")]
    entries += [(e, "organisation") for e in load_yaml("roles.yml")["organisations"]]
    for entry, kind in entries:
        org = Org(entry["name"], entry["type"], kind)
        for form in (entry["name"], *entry.get("variants", [])):
            form = _SPACES.sub(" ", str(form))
            # "The Guardian" is also "the Guardian", never a bare "Guardian".
            alt = "the" + form[3:] if form.startswith("The ") else clean_name(form)
            for f in {form, alt}:
                exact.setdefault(f, org)
                if len(f.split()) > 1:
                    folded.setdefault(fold(f), org)
    # A word-for-word translation of an outlet's name ("Hungarian Telegraph Office"
    # for MTI) still denotes that outlet, when a word of it says it is one: the
    # damage layer flags the rendering, the sources layer types it rightly.
    for entry, kind in entries:
        org = Org(entry["name"], entry["type"], kind)
        for form in entry.get("translations") or []:
            form = clean_name(_SPACES.sub(" ", str(form)))
            if len(form.split()) > 1 and _NEWS_WORD.search(form):
                folded.setdefault(fold(form), org)
    return folded, exact


#: Words that make a name a news outlet's ("Telegraph Office", "Newspaper of the Editors").
_NEWS_WORD = re.compile(
    r"\b(?:press|agency|news|newspaper|daily|gazette|journal|herald|courier|post|telegraph|telegraphic|telegram|tribune|messenger|times|radio|television|broadcasting)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)  # pure (the lexicons; Org is frozen); asked per name by three layers
def known_org(text: str) -> Org | None:
    """The outlet or organisation a surface name denotes, or None."""
    folded, exact = organisations()
    name = _SPACES.sub(" ", text.strip())
    return exact.get(name) or exact.get(clean_name(name)) or exact.get("The " + clean_name(name)) or folded.get(fold(clean_name(name)))


@cache
def org_pattern() -> re.Pattern[str]:
    """Every known org/outlet form, for finding the ones spaCy missed."""
    folded, exact = organisations()
    cs = alternation(list(exact))
    ci = alternation(list(folded))
    return re.compile(r"(?<![\w-])(?:" + cs + r"|(?i:" + ci + r"))(?![\w-])")


# --------------------------------------------------------------------------
# across articles


def canonical_across(names: list[str] | set[str]) -> dict[str, str]:
    """Map person names from many articles to one name per person.

    Each article resolves "Ferrando" to "Lucía Ferrando" only when the article
    itself gives the full name; an article that says just "Ferrando" keeps
    the surname, and a translation may drop accents ("Lucia Ferrando"). For
    site-wide pages, call this with every PERSON canonical of the corpus:
    spellings that differ only in accents or case become the one with the
    most accents; a one-word name that is the first or last word of exactly
    one longer name maps to it; every other name maps to itself. Pure.
    """
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(_plain(name), []).append(name)
    spelled = {n: max(sorted(group), key=lambda g: sum(not c.isascii() for c in g)) for group in by_key.values() for n in group}
    # the longer names each first or last word belongs to (an index: a corpus has thousands of names)
    hosts: dict[str, set[str]] = {}
    for f in {spelled[n] for n in names if len(n.split()) > 1}:
        for word in {f.split()[0], f.split()[-1]}:
            hosts.setdefault(_plain(word), set()).add(f)
    out = {}
    for name in names:
        best = spelled[name]
        if len(best.split()) == 1:
            found = hosts.get(_plain(best), set())
            best = next(iter(found)) if len(found) == 1 else best
        out[name] = best
    return out


def _plain(text: str) -> str:
    """Accents and case folded away: "Inès" and "ines" are one key."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(text)) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# occupied ranges


class Ranges:
    """Non-overlapping ``[start, end)`` ranges with a fast overlap test.

    The layers keep the first of overlapping candidates; checking each new
    candidate against all kept ones would be quadratic on long texts.
    """

    def __init__(self, ranges: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in sorted(ranges or []):
            self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        # the range starting last before ``end`` is the only candidate, as
        # kept ranges never overlap each other.
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
