"""Organisation mentions in the shapes never-seen text brings (batch or6):
lower-case offices named by their field and seat, member bodies named after
the members they gather, a body's own-language name in brackets, calqued
names with "in charge of". Every string is invented."""

from __future__ import annotations

import pytest

from tests.test_entities import assert_labels, found

SHAPES = [
    pytest.param(
        "Staff of the Morvale district water office inspected the pumps on Friday.",
        [("Morvale district water office", "ORG")],
        [("Morvale", "ORG"), ("Morvale", "PERSON")],
        id="seat-area-field-office",
    ),
    pytest.param(
        "The samples went to the office of forestry of Tebanu county for testing.",
        [("office of forestry of Tebanu county", "ORG")],
        [],
        id="office-of-field-of-seat",
    ),
    pytest.param(
        "He said the livestock office of the district would check every herd.",
        [("livestock office of the district", "ORG")],
        [],
        id="field-office-of-the-area",
    ),
    pytest.param(
        "Nine patients were treated at the health centre of Ombaro last week.",
        [("health centre of Ombaro", "ORG")],
        [("Ombaro", "PERSON")],
        id="facility-of-seat",
    ),
    pytest.param(
        "The cooperative of growers Tuzamurane Abahinzi signed the contract.",
        [("Tuzamurane Abahinzi", "ORG")],
        [("Tuzamurane Abahinzi", "PERSON")],
        id="member-body-with-its-own-name",
    ),
    pytest.param(
        "The Federation of Tea Pickers of Harana (Waldaa Hojjettoota Shaayii Harana) called a strike.",
        [("Waldaa Hojjettoota Shaayii Harana", "ORG")],
        [("Hojjettoota Shaayii Harana", "PERSON"), ("Waldaa Hojjettoota Shaayii Harana", "PERSON")],
        id="own-language-name-in-brackets",
    ),
    pytest.param(
        "The National Office in charge of the Road Safety (NORS) closed the bridge.",
        [("National Office in charge of the Road Safety", "ORG")],
        [("Road Safety", "ORG"), ("National Office", "ORG")],
        id="calqued-in-charge-of",
    ),
    pytest.param(
        "The Deputy Governor in charge of the Social Affairs of the Province of Lumba visited the camp.",
        [],
        [("Social Affairs of the Province of Lumba", "ORG")],
        id="portfolio-after-a-title-is-no-organisation",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_organisation_shapes(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a person named after a member noun: a given name opens the run
        ("The association of retirees John Mabaso chairs met in March.", ("John Mabaso", "ORG")),
        # no seat: a sentence-opening word is not one
        ("In health office queues people waited for hours.", ("In health office", "ORG")),
    ],
)
def test_organisation_shapes_leave_look_alikes(text: str, absent: tuple[str, str]) -> None:
    pairs = {(t, label) for t, label, _, _ in found(text)}
    assert absent not in pairs, f"{absent} wrongly found in {pairs}"
