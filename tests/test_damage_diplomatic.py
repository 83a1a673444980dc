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


@pytest.mark.parametrize("line", ["This article is reserved to the subscribers.", "Reserved for our subscribers"])
def test_subscribers_line_with_an_article_is_boilerplate(line: str) -> None:
    """Machine translation keeps the article: "Cet article est réservé aux abonnés" (batch dq)."""
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize(
    ("token", "left", "right"), [("andsemiconductors", "and", "semiconductors"), ("thesubmarines", "the", "submarines")]
)
def test_a_plural_counts_as_frequent_as_its_noun_in_a_glued_pair(token: str, left: str, right: str) -> None:
    """ "batteries andsemiconductors": a plural rarer than its noun is still a word (batch dq)."""
    from parallax.annotate import _wordlist

    split = _wordlist.best_split(token)
    assert split is not None and (split.left, split.right) == (left, right)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Interrogated by The Parisian, a researcher judges that Paris must act.", ["The Parisian"]),
        ("Questioned by Maria Lopez, the minister said no.", []),
        ("He was questioned by police on Monday.", []),
    ],
)
def test_interrogated_by_cites_an_outlet(text: str, flagged: list[str]) -> None:
    """French MT's "interrogé par" names the outlet that interviewed someone (batch dq)."""
    assert [text[f.start : f.end] for f in damage.mangled_name_flags(text, [(0, len(text))])] == flagged
