"""Word checks backed by ``wordfreq``: is a token a word, and in which language.

``wordfreq`` gives the Zipf frequency of a word (log10 of uses per billion
words: 7 for "the", 3 for a word seen once per million words, 0 when the word
is absent). The damage layer asks three questions of it: is this token an
English word at all, does it split into two frequent English words (glued
words), and is it frequent in another language but rare in English
(untranslated fragments). All functions are pure and cached.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import sqlite3
import tempfile
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import wordfreq
from wordfreq import cB_to_freq, freq_to_zipf, get_frequency_list, zipf_to_freq
from wordfreq.language_info import get_language_info
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

# wordfreq warns on stderr when it answers for a close language ("You asked for word
# frequencies in language 'da'. Using the nearest match, which is 'nb'"): the
# fallback is what we want, and the warning would land in every build's output.
logging.getLogger("wordfreq").setLevel(logging.ERROR)

#: Bump when the layout of the on-disk tables changes: every table is rebuilt.
TABLE_FORMAT = 1

_tables_root: Path | None = None


def use_tables(root: Path | None) -> None:
    """Look words up in on-disk tables under ``root`` (None: wordfreq's lists in memory).

    wordfreq reads a whole list into a dictionary before its first answer:
    about a second for English and each large list, eight languages' worth in
    every process that analyses even one article. A table is that list as an
    SQLite file (word → frequency bucket), built once per wordfreq version
    and list, that answers in microseconds without loading anything. The
    answers are wordfreq's to the last digit (tested on whole lists).
    """
    global _tables_root
    if root != _tables_root:
        _tables_root = root
        _table.cache_clear()  # answers stay valid: they are the same from either source


def tables_root() -> Path | None:
    """The folder :func:`use_tables` set, or None."""
    return _tables_root


def tables_dir(root: Path) -> Path:
    """Where the tables of this table format and wordfreq version live under ``root``."""
    return root / f"v{TABLE_FORMAT}-wordfreq-{_wordfreq_version()}"


@cache
def _wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


@cache
def _list_name(lang: str, wordlist: str) -> str:
    """The file wordfreq reads for ``wordlist`` ("best" is "large" where there is one)."""
    if wordlist == "best":
        return "large" if lang in wordfreq.available_languages("large") else "small"
    return wordlist


def _build_table(path: Path, lang: str, wordlist: str) -> None:
    """Write wordfreq's list as a table, atomically (readers see no table or a whole one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp, isolation_level=None)
        con.execute("PRAGMA journal_mode = OFF")  # a half-written file is never renamed into place
        con.execute("PRAGMA synchronous = OFF")
        con.execute("CREATE TABLE w (k TEXT PRIMARY KEY, i INTEGER NOT NULL) WITHOUT ROWID")
        # Bucket i holds the words of frequency -i centibels; a word in two
        # buckets keeps the later one, as wordfreq's dictionary does. Sorted
        # rows fill the B-tree in order (several times faster).
        buckets = {w: i for i, bucket in enumerate(get_frequency_list(lang, wordlist)) for w in bucket}
        con.execute("BEGIN")
        con.executemany("INSERT INTO w VALUES (?, ?)", sorted(buckets.items()))
        con.execute("COMMIT")
        con.close()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@cache
def _table(lang: str, wordlist: str) -> Callable[[str], int | None]:
    """Word → frequency bucket of one list, from its table (built when missing or unreadable)."""
    assert _tables_root is not None
    path = tables_dir(_tables_root) / f"{wordlist}_{lang}.sqlite"
    for attempt in range(2):
        try:
            if not path.exists() or attempt:
                _build_table(path, lang, wordlist)
            con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            con.execute("SELECT i FROM w WHERE k = ''").fetchone()
            break
        except (sqlite3.Error, OSError):
            if attempt:  # a folder we cannot write: wordfreq's lists in memory
                return _from_wordfreq(lang, wordlist)
    query = "SELECT i FROM w WHERE k = ?"

    def bucket(word: str) -> int | None:
        row = con.execute(query, (word,)).fetchone()
        return None if row is None else row[0]

    return bucket


def _from_wordfreq(lang: str, wordlist: str) -> Callable[[str], int | None]:
    """Word → frequency bucket from wordfreq's list in memory (when no table can be written)."""
    buckets = {w: i for i, bucket in enumerate(get_frequency_list(lang, wordlist)) for w in bucket}
    return buckets.get


#: wordfreq's floor for an unknown word at ``minimum=0`` Zipf.
_MIN_FREQ = zipf_to_freq(0.0)


def _table_frequency(word: str, lang: str, wordlist: str) -> float:
    """wordfreq's ``_word_frequency`` at its default minimum, reading a table instead of a dictionary."""
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return _MIN_FREQ
    lookup = _table(lang, _list_name(lang, wordlist))
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        index = lookup(smashed)
        if index is None:
            return _MIN_FREQ
        freq = cB_to_freq(-index)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, _MIN_FREQ)
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


@lru_cache(maxsize=1 << 17)
def zipf_frequency(word: str, lang: str, wordlist: str = "best") -> float:
    """``wordfreq.zipf_frequency`` (same answers), from the tables when :func:`use_tables` set a folder."""
    if _tables_root is None or get_language_info(lang)["tokenizer"] != "regex":
        return wordfreq.zipf_frequency(word, lang, wordlist)
    return round(freq_to_zipf(_table_frequency(word, lang, wordlist)), 2)


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


def _plural_zipf(word: str) -> float:
    """A word's frequency, or its singular's when that is higher: a plural is
    rarer than its noun ("semiconductors" 2.9, "semiconductor" 3.5) yet as
    much a word, so "andsemiconductors" splits like "andsemiconductor"."""
    z = zipf(word)
    if len(word) > 5 and word.endswith("s") and not word.endswith("ss"):
        z = max(z, zipf(word[:-1]))
    return z


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
        zl, zr = zipf(left), _plural_zipf(right)
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
