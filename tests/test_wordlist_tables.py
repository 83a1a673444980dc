"""The on-disk word-frequency tables give wordfreq's answers, and are rebuilt when stale."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import wordfreq

from parallax.annotate import _wordlist

ODD_WORDS = [
    "",
    " ",
    "Hello",
    "l'homme",
    "don’t",
    "2024",
    "a1b2",
    "ABC-def",
    "rock'n'roll",
    "São",
    "straße",
    "hello world",
    "12,000",
    "...",
]


@pytest.fixture
def tables(tmp_path: Path):
    before = _wordlist.tables_root()
    _wordlist.use_tables(tmp_path)
    yield tmp_path
    _wordlist.use_tables(before)


@pytest.mark.parametrize(("lang", "wordlist"), [("en", "best"), ("pt", "small"), ("nl", "large")])
def test_tables_answer_as_wordfreq(tables: Path, lang: str, wordlist: str) -> None:
    words = list(wordfreq.iter_wordlist(lang, wordlist))
    sample = random.Random(0).sample(words, 2000) + words[:100]
    for word in sample + [w[::-1] for w in sample[:200]] + ODD_WORDS:
        assert repr(_wordlist.zipf_frequency.__wrapped__(word, lang, wordlist)) == repr(wordfreq.zipf_frequency(word, lang, wordlist)), word
    assert any(tables.rglob("*.sqlite"))


def test_tables_rebuilt_for_a_new_version(tables: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _wordlist.zipf_frequency.__wrapped__("house", "pt", "small") == wordfreq.zipf_frequency("house", "pt", "small")
    old = _wordlist.tables_dir(tables)
    assert (old / "small_pt.sqlite").exists()
    monkeypatch.setattr(_wordlist, "TABLE_FORMAT", _wordlist.TABLE_FORMAT + 1)
    _wordlist._table.cache_clear()
    new = _wordlist.tables_dir(tables)
    assert new != old
    assert _wordlist.zipf_frequency.__wrapped__("casa", "pt", "small") == wordfreq.zipf_frequency("casa", "pt", "small")
    assert (new / "small_pt.sqlite").exists()
    _wordlist._table.cache_clear()


def test_unreadable_table_is_rebuilt(tables: Path) -> None:
    path = _wordlist.tables_dir(tables) / "small_es.sqlite"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database")
    assert _wordlist.zipf_frequency.__wrapped__("casa", "es", "small") == wordfreq.zipf_frequency("casa", "es", "small") > 4
    assert path.read_bytes()[:15] == b"SQLite format 3"


def test_a_folder_that_cannot_be_written_falls_back_to_wordfreq(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    before = _wordlist.tables_root()
    _wordlist.use_tables(blocker)
    try:
        assert _wordlist.zipf_frequency.__wrapped__("casa", "it", "small") == wordfreq.zipf_frequency("casa", "it", "small")
    finally:
        _wordlist.use_tables(before)


def test_a_close_language_answers_without_a_warning(caplog) -> None:
    """Danish is answered from the Norwegian list; a build must not print wordfreq's notice."""
    with caplog.at_level("WARNING"):
        assert _wordlist.zipf_large("huse", "da") > 3
    assert not [r for r in caplog.records if "nearest match" in r.getMessage()]
