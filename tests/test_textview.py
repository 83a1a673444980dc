"""Mojibake: found with exact raw offsets; the repaired view maps back to raw."""

from __future__ import annotations

import ftfy.bad_codecs  # registers the "sloppy-windows-1252" codec
import pytest

from parallax.textview import find_mojibake, mojibake_problem, repaired_view


def mangle(text: str) -> str:
    """UTF-8 text as a scraper reading it as Windows-1252 would store it."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


FIND = [
    # (id, clean text, expected [(damaged raw, repaired)])
    ("umlaut", "Flood in Müllheim", [("Ã¼", "ü")]),
    ("curly-quotes", "He said “we lost everything” today", [("â€œ", "“"), ("â€\x9d", "”")]),
    ("apostrophe", "the town’s mayor", [("â€™", "’")]),
    ("euro-dash", "cost €3 million – at least", [("â‚¬", "€"), ("â€“", "–")]),
    ("two-in-a-word", "été", [("Ã©", "é"), ("Ã©", "é")]),
    ("greek", "Αθήνα", [("Î‘Î¸Î®Î½Î±", "Αθήνα")]),
]


@pytest.mark.parametrize(("clean", "expected"), [c[1:] for c in FIND], ids=[c[0] for c in FIND])
def test_find_mojibake(clean: str, expected: list[tuple[str, str]]) -> None:
    raw = mangle(clean)
    repairs = find_mojibake(raw)
    assert [(raw[r.start : r.end], r.text) for r in repairs] == expected
    assert repaired_view(raw).text == clean


CLEAN = [
    "Plain ASCII news text, with “curly quotes” – and dashes.",
    "Café in Zürich, São Paulo, Łódź, Αθήνα, Москва, 東京.",
    "SÃO PAULO in capitals is Portuguese, not mojibake.",
    "Prices rose 5% to £20 (about €23) in Ørsted’s home town.",
    "",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_has_no_mojibake(text: str) -> None:
    assert find_mojibake(text) == []
    assert mojibake_problem(text, file="a.txt") is None
    view = repaired_view(text)
    assert view.text == text and view.to_raw(0, len(text)) == (0, len(text))


def test_view_offsets_map_back_to_raw_exactly() -> None:
    clean = "Residents of Müllheim said “we lost everything” on Friday.\nThe café reopened."
    raw = mangle(clean)
    view = repaired_view(raw)
    assert view.text == clean
    for word in ("Müllheim", "we lost everything", "Friday", "café", "reopened", "“we lost everything”"):
        i = view.text.index(word)
        start, end = view.to_raw(i, i + len(word))
        assert ftfy.fix_encoding(raw[start:end]) == word
    # A range inside one repaired character widens to the whole damaged run.
    i = view.text.index("ü")
    assert view.to_raw(i, i + 1) == (raw.index("Ã¼"), raw.index("Ã¼") + 2)
    # Every view offset maps to a raw offset, monotonically.
    points = [view.to_raw(k, k)[0] for k in range(len(view.text) + 1)]
    assert points == sorted(points) and points[-1] == len(raw)


def test_problem_is_one_warning_with_lines_and_example() -> None:
    raw = mangle("Flood in Müllheim\n\nThe café said “closed”.\r\nNothing else.\rThe town’s mayor spoke.")
    problem = mojibake_problem(raw, file="seeds/m.txt")
    assert problem is not None
    assert (problem.code, problem.level, problem.file, problem.line) == ("mojibake", "warning", "seeds/m.txt", 1)
    assert "'MÃ¼llheim' for 'Müllheim'" in problem.message
    assert "(lines 1, 3, 5)" in problem.message  # CRLF and lone CR count as line breaks
    assert "UTF-8" in problem.hint


def test_problem_lists_at_most_five_lines() -> None:
    raw = "\n".join(mangle(f"Line {i}: café") for i in range(1, 9))
    problem = mojibake_problem(raw, file="a.txt")
    assert problem is not None and "(lines 1, 2, 3, 4, 5 and 3 more)" in problem.message
