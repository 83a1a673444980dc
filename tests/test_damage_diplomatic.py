"""Damage look-alikes and real furniture of diplomatic coverage (batch dp). Invented strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.annotate import damage
from parallax.ingest import boilerplate_reason
from tests.test_damage import _find_in


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related article: Minister to visit Accra and Lomé next month", "promo"),
        ("Related story – Talks on the fishing deal resume in spring", "promo"),
    ],
)
def test_related_link_in_the_singular_is_boilerplate(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize("line", ["Related articles of the treaty were amended in 2019.", "Related story lines were cut."])
def test_related_prose_is_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("word", "verb"), [("telephoned", True), ("visiting", True), ("studied", True), ("kuusiranta", False), ("mohammed", False)]
)
def test_english_verb_form(word: str, verb: bool) -> None:
    assert damage._english_verb_form(word) is verb


def test_agency_short_name_and_verb_final_are_no_damage(tmp_path: Path) -> None:
    raw = (
        "Leaders speak by phone\n\n"
        "The Chancellor has on Monday with the President of Ghana, Kofi Mensah Boateng, telephoned. "
        "The Ghanaian head of state invited him to Accra, as the agency dpa reported.\n"
    )
    got = _find_in(tmp_path, raw)
    assert not [g for g in got if g[0] in ("telephoned", "dpa")], got
