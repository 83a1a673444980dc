"""Organisation mentions in the shapes news across the world brings
(parallax/annotate/_orgs.py, data/org_forms.yml): lower-case translated
bodies with their seat, a place's name before a lower-case head, assemblies
in their own language, other countries' legal forms, spaCy's two halves of
one name, bodies listed with another; and the look-alikes the same words
make (stadiums, programmes, exams, models, a building after "to"). Every
string is invented."""

from __future__ import annotations

import pytest

from parallax.annotate import _orgs
from tests.test_entities import assert_labels, found

SHAPES = [
    pytest.param(
        "According to the ministry of coastal affairs of Veloria, the ferry was stopped.",
        [("ministry of coastal affairs", "ORG"), ("Veloria", "PLACE")],
        [("Veloria", "PERSON")],
        id="lowercase-ministry-of-field-of-seat",
    ),
    pytest.param(
        "The council of elders of Tambawa met on Saturday to settle the quarrel.",
        [("council of elders", "ORG"), ("Tambawa", "PLACE")],
        [("Tambawa", "PERSON")],
        id="lowercase-council-of-members-of-seat",
    ),
    pytest.param(
        "The gram panchayat of Morapalli voted to close the quarry.",
        [("gram panchayat", "ORG"), ("Morapalli", "PLACE")],
        [("Morapalli", "PERSON")],
        id="modifier-and-head-of-seat",
    ),
    pytest.param(
        "The hukumat of Sarband district counted forty houses with cracks.",
        [("hukumat", "ORG"), ("Sarband district", "PLACE")],
        [],
        id="seat-head-without-modifier",
    ),
    pytest.param(
        "The boy was taken to the hospital of Saint Eulalia in Varnek.",
        [("hospital of Saint Eulalia", "ORG")],
        [("Saint Eulalia", "PERSON")],
        id="own-name-after-hospital-of",
    ),
    pytest.param(
        "Nordhavn county municipality stops the night ferry in January.",
        [("Nordhavn county municipality", "ORG")],
        [("Nordhavn", "PERSON")],
        id="name-before-lowercase-head",
    ),
    pytest.param(
        "The Brelland state government has closed the mountain pass for trucks.",
        [("Brelland state government", "ORG")],
        [],
        id="name-before-state-government",
    ),
    pytest.param(
        "The Saeima and the Riigikogu passed the same law in one week.",
        [("Saeima", "ORG"), ("Riigikogu", "ORG")],
        [("Riigikogu", "PERSON")],
        id="assemblies-in-their-own-language",
    ),
    pytest.param(
        "The Tellapur Pradeshiya Sabha began clearing the drains.",
        [("Tellapur Pradeshiya Sabha", "ORG")],
        [("Tellapur Pradeshiya Sabha", "PERSON")],
        id="assembly-head-closes-a-name",
    ),
    pytest.param(
        "The builder Moraes Bastos Ltda. left the school half finished.",
        [("Moraes Bastos Ltda.", "ORG")],
        [("Moraes Bastos Ltda", "PERSON")],
        id="latin-american-legal-form",
    ),
    pytest.param(
        "The PJSC Volgatrans Siberia restored the line on Friday.",
        [("PJSC Volgatrans Siberia", "ORG")],
        [("Volgatrans Siberia", "PERSON")],
        id="legal-form-before-the-name",
    ),
    pytest.param(
        "Almer Kantonalbank and Brunnfeld AG are the largest employers here.",
        [("Almer Kantonalbank", "ORG"), ("Brunnfeld AG", "ORG")],
        [("Almer Kantonalbank", "PERSON"), ("Brunnfeld AG", "PERSON")],
        id="bank-compound-and-legal-form-in-a-list",
    ),
    pytest.param(
        "Depositors of the Kalori Savings and Credit Cooperative protested.",
        [("Kalori Savings and Credit Cooperative", "ORG")],
        [("Kalori Savings", "ORG")],
        id="two-halves-of-one-name",
    ),
    pytest.param(
        "Vendrix and Aker Marelo ASA signed the contract for the platform.",
        [("Vendrix", "ORG"), ("Aker Marelo ASA", "ORG")],
        [],
        id="rare-name-listed-with-a-company",
    ),
    pytest.param(
        "The Presidency of Pilgrim Affairs will send 9,000 pilgrims this year.",
        [("Presidency of Pilgrim Affairs", "ORG")],
        [],
        id="opening-head-before-of",
    ),
    pytest.param(
        "Al Qadira beat Zentar 2-1 in the derby.",
        [("Al Qadira", "ORG")],
        [("Al Qadira", "PERSON")],
        id="team-in-a-match-result",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_world_organisation_shapes(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


LOOK_ALIKES = [
    pytest.param(
        "The final will be played at the Tunde Bakare National Stadium on Sunday.",
        [("Tunde Bakare National Stadium", "PLACE")],
        [("Tunde Bakare National Stadium", "ORG")],
        id="stadium-is-a-place",
    ),
    pytest.param(
        "Flights were sent from Mirador International Airport to Corvel.",
        [("Mirador International Airport", "PLACE")],
        [("Mirador International Airport to", "ORG")],
        id="airport-is-a-place-and-span-trimmed",
    ),
    pytest.param(
        "Heavy rain fell across Zamdu State overnight.",
        [("Zamdu State", "PLACE")],
        [("Zamdu State", "ORG")],
        id="rare-name-state-is-a-place",
    ),
    pytest.param(
        "Farmers who joined the Seed Support Programme got their maize late.",
        [],
        [("Seed Support Programme", "ORG")],
        id="programme-is-no-organisation",
    ),
    pytest.param(
        "The Open Village Schools programme added a million pupils.",
        [],
        [("Open Village Schools", "ORG")],
        id="capitalised-words-before-programme",
    ),
    pytest.param(
        "Results of the Marovia Certificate of Secondary Education were released.",
        [],
        [("Marovia Certificate of Secondary Education", "ORG")],
        id="exam-certificate-of",
    ),
    pytest.param(
        "Sales of the Nebula X12 rose after the price cut.",
        [],
        [("Nebula X12", "ORG")],
        id="product-model-number",
    ),
    pytest.param(
        "Forty people were evacuated to Dalvik town hall.",
        [],
        [("Dalvik town hall", "ORG")],
        id="hall-after-to-is-the-building",
    ),
    pytest.param(
        "The leaflets were printed in Tigrinya, Wolof and English.",
        [],
        [("Tigrinya", "PLACE"), ("Wolof", "PLACE"), ("English", "PLACE")],
        id="languages-are-no-places",
    ),
    pytest.param(
        "The storm passed. Farmers who planted early lost the most.",
        [],
        [("Farmers", "ORG")],
        id="common-plural-opening-a-sentence",
    ),
    pytest.param(
        "He met the office of Ravi Menon on Monday.",
        [],
        [("office of Ravi Menon", "ORG")],
        id="office-of-a-person",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LOOK_ALIKES)
def test_world_organisation_look_alikes(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Velto National Stadium", "ORG", "PLACE"),
        ("Plaza de Armas", "ORG", "PLACE"),
        ("Rural Roads Plan", "ORG", ""),
        ("World Food Programme", "ORG", None),
        ("Torvik Holding Ltda.", "PERSON", "ORG"),
        ("Greenwatch Africa", "PERSON", "ORG"),
        ("Islamic State", "ORG", None),
        ("Maria Torres", "PERSON", None),
    ],
)
def test_judge_by_a_names_words(text: str, label: str, expected: str | None) -> None:
    assert _orgs.judge(text, label) == expected


def test_one_name_needs_common_words_at_the_join() -> None:
    assert _orgs.one_name("Kalori Savings", "Credit Cooperative")
    assert not _orgs.one_name("Vendrix", "Aker Marelo ASA")
    assert not _orgs.one_name("Tarsen Steel", "Jindavi Power Company")


def test_canonical_of_a_split_body_keeps_its_seat() -> None:
    spans = found("According to the ministry of coastal affairs of Veloria, the ferry was stopped.")
    assert ("ministry of coastal affairs", "ORG", "ministry of coastal affairs of Veloria", "name") in spans


@pytest.mark.parametrize(
    ("raw", "start", "end", "expected"),
    [
        ("Workers walked out. Residents said so.", 20, 29, True),
        ("Workers walked out.", 0, 7, True),
        ("The union Residents said so.", 10, 19, False),
        ("Crusaders won again.", 0, 9, False),  # a rare plural: maybe a team
    ],
)
def test_plural_opener(raw: str, start: int, end: int, expected: bool) -> None:
    assert _orgs.plural_opener(raw, start, end) is expected
