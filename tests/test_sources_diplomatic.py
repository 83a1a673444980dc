"""Sources of diplomatic coverage (batch dp): a head of state's own offices are official. Invented strings."""

from __future__ import annotations

import pytest

from tests.test_sources import found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The talks lasted an hour, Ghana's State Secretariat said in a statement.", "Ghana's State Secretariat"),
        ("A date was not set, the Federal Chancellery said on Tuesday.", "Federal Chancellery"),
    ],
)
def test_leaders_offices_are_official(text: str, span: str) -> None:
    got = found(text)
    assert any((span in s or s in span) and t == "official" for s, _, t in got), got
