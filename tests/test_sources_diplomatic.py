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


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # an unnamed group takes the whole name of the body it belongs to
        ("Analysts of the Ferreira Lima Institute believe that the deal has limits.", "Analysts of the Ferreira Lima Institute", "expert"),
        ("A spokeswoman for the Department of Ports said the berth was closed.", "spokeswoman for the Department of Ports", "official"),
        # a role with its portfolio before the name, as machine translation writes it
        ("The adviser for foreign affairs Tomás Rivas said that “nobody wants a rupture”.", "Tomás Rivas", "official"),
        ("The spokesperson of the ministry of foreign affairs Lin Mei said that “the call was frank”.", "Lin Mei", "official"),
        # a ministry whose portfolio machine translation left in lower case
        (
            "In Lima, the ministry of external affairs indicated in a note that the call was frank.",
            "ministry of external affairs",
            "official",
        ),
        ("According to the district department of water management, the canal overflowed.", "department of water management", "official"),
    ],
)
def test_unnamed_groups_and_portfolios(text: str, span: str, kind: str) -> None:
    assert (span, kind) in {(s, t) for s, _, t in found(text)}, found(text)


def test_named_person_before_an_apposed_noun_is_the_source() -> None:
    got = found("Ana Quispe (41), a farmer from Santa Rosa, said the road had been cut for a week.")
    assert not any(s.startswith("farmer") for s, _, _ in got), got
    assert any(s == "Ana Quispe" for s, _, _ in got), got


def test_head_of_a_body_after_a_comma_is_official() -> None:
    got = found("After the call, the head of the Directorate of Communications Fahri Oztekin said the talks lasted an hour.")
    assert ("Fahri Oztekin", "official") in {(s, t) for s, _, t in got}, got
