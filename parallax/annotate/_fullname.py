"""The fullest name an article gives a person, from a shorter form of it.

A speaker is named as the article names that person in full: "Zhumabekov"
is "Aidos Zhumabekov" when the text says "The deputy of the city council
Aidos Zhumabekov wrote", "Marta Vidal" is "Marta Vidal i Roca", "Văn Hải"
is "nguyễn Văn Hải" and "Chaminda" is "Chaminda perera" (a surname or a
family name a translation left in lowercase). The tagger often keeps only
part of such a name: a given name it does not know after a long title, a
particle it does not join, a lowercase word.

One pure string function, :func:`fullest`, reads the raw text around every
occurrence of the short form (outside quotes) and widens it over the words a
name is made of; the widest form is taken only when exactly one person has
it: two people sharing a surname or a given name ("Ingrid Dahl and Tor
Dahl"), or a name that is a street, an award or a company ("Abebe Bikila
Square", "Kumari Textiles"), leave the short form as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ..data import load_yaml
from . import _people as lx
from . import _wordlist

#: A word of running text: letters and digits, inner hyphens and apostrophes
#: ("Okonkwo-Mensah", "al-Harthy", "Dahl's").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: Lowercase particles inside a name ("Marta Vidal i Roca", "María José de la
#: Fuente", "Pieter van den Broek", "Mohd Rizal bin Abdullah", "Ana delos
#: Santos"): they join two name words, never end a name.
PARTICLES = lx.NAME_PARTICLES
#: How many particles may stand together ("van der", "de la", "de los").
MAX_PARTICLES = 3
#: Lowercase words that close a Turkic name after the father's name ("Elvin
#: Rashad oglu", "Aizada Bakyt kyzy"): son of / daughter of.
PATRONYMIC_ENDINGS = frozenset({"oglu", "oğlu", "ogly", "uly", "uulu", "kyzy", "qizi", "gizi", "kizi", "qyzy"})
#: A lowercase prefix joined by a hyphen to a capitalised name ("al-Harthy").
_PREFIXED = re.compile(r"(?:al|el|ad|ar|as|at|an|ash|ul|bin|ben|da|de|di|d)[-'’][A-ZÀ-ÖØ-ÞĀ-ž]")
#: Zipf frequency (English) from which a capitalised word is an everyday word
#: ("Hall", "Monday", "Then"), not a word of a name, unless it is a given name.
COMMON_WORD_ZIPF = lx.SURNAME_MAX_ZIPF
#: … and from which a sentence's first word is one ("Neighbours" 3.9,
#: "Villagers" 3.8): its capital says nothing ("Nguyen" 3.2 stays a name).
INITIAL_WORD_ZIPF = 3.5
#: A capitalised word before a name that English uses this often is a title
#: or a rank ("Corporal" 3.3), unless a register holds it as a given name
#: ("Nguyen" 3.2 in the registers of either gender).
LEFT_WORD_MAX_EN = 3.0
#: A lowercase word after a name is a surname a translation left in lowercase
#: ("Chaminda perera", "Pavel novák") when English hardly uses it …
LOWER_SURNAME_MAX_EN = 3.0
#: … and, when the sentence runs on after it, hardly knows it at all ("Pavel
#: novák promised" 1.3; "Kumari sews" 2.2 is English).
LOWER_SURNAME_RUNNING_MAX_EN = 1.5
#: … and no usual source language uses it as an everyday word either ("ayer",
#: "hoy" left untranslated are words, not surnames; "novák" 4.4 in Czech, as
#: common surnames are in word lists, stays below).
LOWER_SURNAME_MAX_OTHER = 4.5
#: A lowercase word before a name is the family name written first ("the
#: fisherman nguyễn Văn Hải") only right after a person noun or a title, and
#: when English hardly knows it ("maslikhat" after "city" is an institution).
LOWER_FAMILY_MAX_EN = 2.0
#: Most words a name may be widened to.
MAX_NAME_WORDS = 6


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lowercase without accents: how two spellings of one word are compared.

    Memoized: :func:`fullest` folds every word of every paragraph once per
    name it widens (a quarter of a million calls per hundred articles).
    """
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words that are no part of a person's name (folded): titles,
    ranks and titles of address, honorifics, words that make an organisation
    or a place, award heads."""
    from ._attribution import HONORIFICS, _name_honorifics, _rank_words, lexicon

    words = set(_rank_words()) | set(lexicon().heads) | HONORIFICS | set(_address_titles()) | set(lx.place_nouns())
    words |= _name_honorifics()  # "Bapak", "Oba", "Encik" before a name
    words |= {fold(w) for w in load_yaml("place_forms.yml").get("opening") or []}
    words |= {"jr", "sr", "junior", "senior"} | _thing_words()
    return frozenset(w for w in words if " " not in w)


@cache
def _thing_words() -> frozenset[str]:
    """Words after which a capitalised run is an organisation, a place or an
    award ("Abebe Bikila Square", "Okafor Cup"), never a person (folded)."""
    roles = load_yaml("roles.yml")
    forms = load_yaml("place_forms.yml")
    words = set(lx.organisation_words())
    for key in ("facility_words", "admin_units"):
        words |= {fold(w) for w in roles.get(key) or []}
    for key in ("closing", "closing_capital"):
        words |= {fold(w) for w in forms.get(key) or []}
    words |= {fold(w) for w in load_yaml("not_names.yml").get("award_heads") or []}
    return frozenset(w for w in words if " " not in w) | {"cup"}


@cache
def _slot_nouns() -> frozenset[str]:
    """Person nouns and titles after which a name follows ("the fisherman", "the mayor")."""
    cfg = load_yaml("damage.yml")
    nouns = set(cfg["pronoun_gender"]["person_nouns"]) | set(cfg["lowercase_name"]["name_slot_nouns"])
    from ._attribution import _rank_words

    return frozenset(fold(w) for w in nouns) | _rank_words()


@cache
def _source_languages() -> tuple[str, ...]:
    return tuple(load_yaml("damage.yml")["untranslated"]["languages"])


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(_PREFIXED.match(word))


def _possessive(word: str) -> bool:
    return bool(re.search(r"['’]s?$", word))


def name_word(word: str, *, initial: bool = False) -> bool:
    """Can this capitalised word be a word of a person's name? Not a title, not
    a word of an organisation or a place, not an everyday English word (unless
    a given name) and not a sentence's first word English uses."""
    if not _capitalised(word) or any(c.isdigit() for c in word):
        return False
    f = fold(re.sub(r"['’]s?$", "", word))
    parts = re.split(r"[-'’]", re.sub(r"['’]s?$", "", word))
    if f in _not_name_words() or any(fold(p) in _not_name_words() or _acronym(p) for p in parts):
        return False  # "Councillor", "INGV", "AKP", "COA-spokeswoman"
    if f in _demonyms():
        return False  # "the Estonian Maria Tamm"
    if lx.is_given_name(f):
        return True
    return _wordlist.zipf(f) < (INITIAL_WORD_ZIPF if initial else COMMON_WORD_ZIPF)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


@cache
def _demonyms() -> frozenset[str]:
    from ._attribution import lexicon

    return frozenset(fold(w) for w in lexicon().demonyms)


@cache
def _any_given_names() -> frozenset[str]:
    """Given names of one gender and of either (``first_names.yml`` other)."""
    return lx.given_names() | frozenset(str(load_yaml("first_names.yml").get("other", "")).split())


#: Lowercase words after which a capitalised word belongs to a title's
#: complement, not to the name after it ("the mayor of Brzeziny Tadeusz
#: Kowalczyk", "the volcanologist of the INGV Stefania Lo Giudice").
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "from", "in", "at", "near"})


#: Endings of English derived words ("tearfully", "shouted", "nodding"):
#: a word English knows with one of them after a name is no surname.
_ENGLISH_SUFFIX = re.compile(r"(?:ly|ed|ing|ness|ment|tion|ful|ous)$")


def _reporting_form(word: str) -> bool:
    from ._attribution import lexicon

    return word in lexicon().forms or word in lexicon().that_forms


def _lower_surname(word: str) -> bool:
    """A surname a translation left in lowercase ("perera", "novák")."""
    if not word.islower() or len(word) < 3 or word in PARTICLES or word in PATRONYMIC_ENDINGS:
        return False
    if _wordlist.zipf(word) >= LOWER_SURNAME_MAX_EN or _reporting_form(word):
        return False  # "Olga Sánchez retorted": a verb of saying English rarely uses
    if _ENGLISH_SUFFIX.search(word) and _wordlist.zipf(word) >= 1.0:
        return False  # "says Chaminda tearfully": an English adverb, not a surname
    return not any(_wordlist.zipf(word, lang) >= LOWER_SURNAME_MAX_OTHER for lang in _source_languages())


def _lower_family_name(word: str, before: str | None) -> bool:
    """A family name written first and left in lowercase, right after a person
    noun or a title ("the fisherman nguyễn Văn Hải")."""
    return (
        word.islower()
        and len(word) >= 2
        and word not in PARTICLES
        and before is not None
        and fold(before) in _slot_nouns()
        and _wordlist.zipf(word) < LOWER_FAMILY_MAX_EN
    )


def _sentence_initial(raw: str, start: int, floor: int) -> bool:
    before = raw[floor:start].rstrip(" \t\"“”'‘’«»„")
    return not before or before[-1] in ".!?:\n"


def widen(
    raw: str,
    words: Sequence[re.Match[str]],
    lo: int,
    hi: int,
    floor: int,
    stop: Iterable[tuple[int, int]] = (),
    persons: Iterable[tuple[int, int]] = (),
) -> tuple[int, int] | None:
    """Widen the words ``lo``..``hi`` (indices into ``words``, one paragraph's)
    over the words of a name: capitalised name words, particles between them,
    a patronymic ending, a lowercase surname after them or a lowercase family
    name before them. None when the name is a thing's ("Abebe Bikila Square").

    ``stop`` are character ranges no name word may lie in (organisations,
    places, dates: the entities layer's); ``persons`` are people's names it
    found, whose words need no other sign ("Dana" of "Dana Whitfield").
    """
    stops, people = list(stop), list(persons)

    def tagged(k: int) -> bool:  # inside a person's name the entities layer found
        s, e = words[k].span()
        return any(a <= s and e <= b for a, b in people)

    def blocked(k: int) -> bool:
        s, e = words[k].span()
        return any(a < e and s < b for a, b in stops)

    def joined(k: int) -> bool:  # words k and k+1 stand one space apart
        return raw[words[k].end() : words[k + 1].start()] == " "

    # Rightwards.
    while hi + 1 < len(words) and joined(hi) and not _possessive(words[hi].group()) and hi - lo + 1 < MAX_NAME_WORDS:
        nxt = words[hi + 1].group()
        if nxt in PARTICLES:
            k = hi + 1
            while k + 1 < len(words) and words[k].group() in PARTICLES and joined(k) and k - hi <= MAX_PARTICLES:
                k += 1
            if k > hi + 1 and name_word(words[k].group()) and not blocked(k) and words[k - 1].group() in PARTICLES:
                hi = k
                continue
            break
        if nxt in PATRONYMIC_ENDINGS:
            hi += 1
            break
        if _capitalised(nxt):
            if fold(nxt) in _thing_words() and not lx.is_given_name(nxt):
                return None  # "Abebe Bikila Square", "Okafor Cup", "Walsh Hall"
            if not name_word(nxt) or blocked(hi + 1):
                break
            hi += 1
            continue
        if _lower_surname(nxt) and _capitalised(words[hi].group()):
            follow = words[hi + 2].group() if hi + 2 < len(words) and joined(hi + 1) else ""
            # "Chaminda perera, said": closed by punctuation, a word English hardly
            # uses; running on ("Pavel novák promised"), one it does not know at
            # all ("Kumari sews" is English). Two such words are a clause.
            closed = raw[words[hi + 1].end() : words[hi + 1].end() + 1] in (",", ".", ";", ":", ")")
            if (closed or _wordlist.zipf(nxt) < LOWER_SURNAME_RUNNING_MAX_EN) and not _lower_surname(follow):
                hi += 1
        break
    # Leftwards.
    while lo > 0 and joined(lo - 1) and hi - lo + 1 < MAX_NAME_WORDS:
        prev = words[lo - 1].group()
        if _possessive(prev):
            break
        if prev in PARTICLES:
            k = lo - 1
            while k - 1 >= 0 and words[k].group() in PARTICLES and joined(k - 1) and lo - k <= MAX_PARTICLES:
                k -= 1
            if k < lo - 1 and name_word(words[k].group()) and not blocked(k) and words[k + 1].group() in PARTICLES:
                lo = k
                continue
            break
        if _capitalised(prev):
            initial = _sentence_initial(raw, words[lo - 1].start(), floor)
            if not name_word(prev, initial=initial) or blocked(lo - 1):
                break
            r = lo - 1
            while r > 0 and joined(r - 1) and _capitalised(words[r - 1].group()):
                r -= 1
            if r > 0 and joined(r - 1) and words[r - 1].group() in _COMPLEMENT_PREPOSITIONS:
                break  # "the mayor of Kamenický Šenov Jiří Beneš": a place, not a given name
            if initial and hi > lo and fold(prev) not in _any_given_names():
                break  # "Havnefoged Jens Kragh": a full name takes no unknown first word of a sentence
            if _wordlist.zipf(fold(prev)) >= LEFT_WORD_MAX_EN and fold(prev) not in _any_given_names() and not tagged(lo - 1):
                break  # "pointed out Corporal Dana Whitfield": a word English uses, before a name, is a title
            lo -= 1
            continue
        before = words[lo - 2].group() if lo >= 2 and joined(lo - 2) else None
        if _lower_family_name(prev, before) and _capitalised(words[lo].group()):
            lo -= 1
        break
    return lo, hi


def _in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    rest = iter(long)
    return all(w in rest for w in short)


#: A person noun or title, then up to this many words ("of the mahalla
#: committee"), then the name: the name is a person's whoever the tagger says.
MAX_TITLE_TAIL = 6


def _after_title(raw: str, start: int, floor: int) -> bool:
    """Does a person noun or a title introduce the name at ``start`` ("the head
    of the mahalla committee Dilshod Rakhimov", "Khun Somsak", "the teacher
    Aizada …"), with only lowercase words between them?"""
    before = raw[floor:start]
    cut = max(before.rfind(c) for c in '.!?;:,“”"«»(\n')
    words = before[cut + 1 :].split()
    if not words and cut >= 0 and before[cut] == "," and _title_before_comma(before[:cut]):
        return True  # "the Minister for Transport, Salote Naivalu": a title set off by a comma
    for k in range(len(words) - 1, max(-1, len(words) - 2 - MAX_TITLE_TAIL), -1):
        w = words[k]
        if fold(w) in _slot_nouns() or fold(w) in _address_titles():
            return all(x.islower() for x in words[k + 1 :])
        if not w.islower():
            return False
    return False


#: Words of an office's name between a title and the comma that sets off its
#: holder's name ("the Minister for Transport, …", "the head of the unit, …").
_PORTFOLIO_JOINERS = frozenset({"of", "for", "and", "the"})


def _title_before_comma(before: str) -> bool:
    """Does ``before`` end with a title or person noun and at most
    ``MAX_TITLE_TAIL`` words of its office, capitalised or not ("the Minister
    for Transport", "the association's general secretary")? The name after
    the comma is then that person's, an apposition news prose writes often."""
    words = re.split(r"\s+", before.strip())[-(MAX_TITLE_TAIL + 1) :]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if fold(w.rstrip("’'s")) in _slot_nouns() or fold(w) in _slot_nouns():
            tail = words[k + 1 :]
            return all(x.lower() in _PORTFOLIO_JOINERS or x[:1].isupper() for x in tail) and bool(re.search(r"[a-z]", w))
        if not (w.lower() in _PORTFOLIO_JOINERS or w[:1].isupper()):
            return False
    return False


@cache
def _address_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml("roles.yml")["address_titles"])


def fullest(
    name: str,
    raw: str,
    paragraphs: Iterable[tuple[int, int]],
    *,
    quoted: Iterable[tuple[int, int]] = (),
    stop: Iterable[tuple[int, int]] = (),
    persons: Iterable[tuple[int, int]] = (),
) -> str:
    """The fullest form of ``name`` the text gives, or ``name`` itself.

    Every occurrence of ``name``'s words (one space apart, outside the
    ``quoted`` ranges) is widened over the words of a name (:func:`widen`);
    the widest form wins when every form found is a part of it (one person),
    else ``name`` stays: the text names two people with it, or a thing.
    """
    return _fullest(name, raw, paragraphs, quoted, stop, persons)[0]


def titled_fullest(
    name: str,
    raw: str,
    paragraphs: Iterable[tuple[int, int]],
    *,
    quoted: Iterable[tuple[int, int]] = (),
    stop: Iterable[tuple[int, int]] = (),
    persons: Iterable[tuple[int, int]] = (),
) -> str | None:
    """:func:`fullest`, only when that form is longer and a person noun or a
    title introduces it somewhere ("the head of the committee Dilshod
    Rakhimov"): a name the tagger took for an organisation is then a person's."""
    full, titled = _fullest(name, raw, paragraphs, quoted, stop, persons)
    return full if titled and full != name else None


@lru_cache(maxsize=512)
def _folded_words(raw: str, ps: int, pe: int) -> tuple[tuple[re.Match[str], ...], tuple[str, ...]]:
    """The words of ``raw[ps:pe]`` and their folded forms, read once per paragraph, not once per name."""
    words = tuple(_WORD.finditer(raw, ps, pe))
    return words, tuple(fold(m.group()) for m in words)


def _fullest(
    name: str,
    raw: str,
    paragraphs: Iterable[tuple[int, int]],
    quoted: Iterable[tuple[int, int]],
    stop: Iterable[tuple[int, int]],
    persons: Iterable[tuple[int, int]] = (),
) -> tuple[str, bool]:
    want = tuple(fold(w) for w in name.split())
    if not want:
        return name, False
    first = want[0]
    quoted = list(quoted)
    stops, people = list(stop), list(persons)
    forms: dict[tuple[str, ...], str] = {}
    titled: set[tuple[str, ...]] = set()
    for ps, pe in paragraphs:
        words, folded = _folded_words(raw, ps, pe)
        n = len(want)
        for k in range(len(words) - n + 1):
            if folded[k] != first or folded[k : k + n] != want:
                continue
            if any(raw[words[j].end() : words[j + 1].start()] != " " for j in range(k, k + n - 1)):
                continue
            s, e = words[k].start(), words[k + n - 1].end()
            if any(a <= s < b for a, b in quoted) or any(a < e and s < b for a, b in stops):
                continue  # inside a quote, or a word of an organisation or a place
            got = widen(raw, words, k, k + n - 1, ps, stops, people)
            if got is None:
                continue
            lo, hi = got
            text = raw[words[lo].start() : words[hi].end()]
            key = tuple(folded[lo : hi + 1])
            forms.setdefault(key, text)
            if _after_title(raw, words[lo].start(), ps):
                titled.add(key)
    longer = [f for f in forms if len(f) > len(want)]
    if not longer:
        return name, False
    widest = max(longer, key=lambda f: (len(f), f))
    if all(_in_order(f, widest) for f in forms):
        return forms[widest], widest in titled
    return name, False
