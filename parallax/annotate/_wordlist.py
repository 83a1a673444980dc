"""Word checks backed by ``wordfreq``: is a token a word, and in which language.

``wordfreq`` gives the Zipf frequency of a word (log10 of uses per billion
words: 7 for "the", 3 for a word seen once per million words, 0 when the word
is absent). The damage layer asks three questions of it: is this token an
English word at all, does it split into two frequent English words (glued
words), and is it frequent in another language but rare in English
(untranslated fragments). All functions are pure and cached.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from wordfreq import zipf_frequency


class Split(NamedTuple):
    """Two words a glued token most likely came from, with the weaker zipf."""

    left: str
    right: str
    score: float


@cache
def zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of ``word`` (case-insensitive) in ``lang``; 0.0 if unknown.

    English uses wordfreq's largest list (down to zipf 1, so "unknown" means
    really unknown); other languages the small lists (zipf ≥ 3), which load
    ten times faster and are all the foreign-word checks need.
    """
    return zipf_frequency(word, lang, wordlist="best" if lang == "en" else "small")


@cache
def zipf_large(word: str, lang: str) -> float:
    """Zipf frequency in wordfreq's large list of ``lang`` (down to Zipf 1).

    Slower to load (a fraction of a second per language), so asked only for
    words the small lists do not know.
    """
    return zipf_frequency(word, lang, wordlist="large")


def is_english_word(word: str, *, min_zipf: float = 1.0) -> bool:
    """True when wordfreq has seen ``word`` in English at least this often."""
    return zipf(word.lower()) >= min_zipf


def part_threshold(part: str, base: float) -> float:
    """How frequent one half of a split must be: short halves must be very common.

    Two- and three-letter strings ("re", "un", "co") are frequent as prefixes
    and abbreviations, so they only count when they are everyday words.
    """
    if len(part) <= 2:
        return max(base, 5.5)
    if len(part) == 3:
        return max(base, 4.5)
    return base


@cache
def best_split(token: str, *, min_zipf: float = 3.5, min_part: int = 2) -> Split | None:
    """The most plausible two-word split of a non-word, or None.

    Every cut point is tried; a cut counts only when both halves are frequent
    English words (see :func:`part_threshold`). The cut whose weaker half is
    most frequent wins, so "talksresumed" → ("talks", "resumed").
    """
    word = token.lower()
    best: Split | None = None
    for i in range(min_part, len(word) - min_part + 1):
        left, right = word[:i], word[i:]
        zl, zr = zipf(left), zipf(right)
        if zl < part_threshold(left, min_zipf) or zr < part_threshold(right, min_zipf):
            continue
        score = min(zl, zr)
        if best is None or score > best.score:
            best = Split(token[:i], token[i:], score)
    return best


def foreign_language(word: str, langs: tuple[str, ...], *, max_en: float, min_other: float, margin: float) -> str | None:
    """The language in which ``word`` is frequent while rare in English, or None.

    ``max_en``: the word must be rarer than this in English; ``min_other``: at
    least this frequent in the other language; ``margin``: by at least this
    many Zipf points more frequent there than in English.
    """
    w = word.lower()
    en = zipf(w)
    if en >= max_en:
        return None
    best, best_z = None, 0.0
    for lang in langs:
        z = zipf(w, lang)
        if z > best_z:
            best, best_z = lang, z
    if best is None or best_z < min_other or best_z - en < margin:
        return None
    return best


def shared_word(word: str, langs: tuple[str, ...], *, min_zipf: float = 4.5) -> bool:
    """A short function word frequent both in English and elsewhere ("a", "de")."""
    w = word.lower()
    return any(zipf(w, lang) >= min_zipf for lang in langs)


#: Letters German, Dutch and Nordic compounds put between their parts
#: ("Sanierung-s-offensive", "Schwein-e-braten", "Kind-er-garten").
_LINKS = ("", "s", "es", "e", "n", "en", "er")


@cache
def compound_split(word: str, lang: str, min_zipf: float) -> tuple[str, str] | None:
    """Two words of ``lang`` (large list) a compound is made of, or None.

    Each part must have at least four letters and be at least ``min_zipf``
    frequent in ``lang``; a linking letter or two may stand between them.
    """
    w = word.lower()
    best: tuple[float, tuple[str, str]] | None = None
    for i in range(4, len(w) - 3):
        right = w[i:]
        zr = zipf_large(right, lang)
        if zr < min_zipf:
            continue
        for link in _LINKS:
            left = w[:i]
            if link and not left.endswith(link):
                continue
            left = left[: len(left) - len(link)] if link else left
            if len(left) < 4:
                continue
            zl = zipf_large(left, lang)
            if zl >= min_zipf and (best is None or min(zl, zr) > best[0]):
                best = (min(zl, zr), (left, right))
    return best[1] if best else None
