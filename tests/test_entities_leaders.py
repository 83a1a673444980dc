"""Leaders named by their country or as the other one's counterpart, and "the official"
after an unnamed official (diplomatic batch dp). Invented people and events."""

from __future__ import annotations

import pytest

from tests.test_entities import found

# (text, (descriptor, canonical) pairs the entities layer must resolve)
CASES = [
    pytest.param(
        "Chilean President Marta Valdivia Soto and Kenyan President Joseph Mwangi Odera spoke by phone on Monday.\n\n"
        "The Kenyan leader invited his counterpart to Nairobi, and the Chilean president accepted.",
        [
            ("Kenyan leader", "Joseph Mwangi Odera"),
            ("his counterpart", "Marta Valdivia Soto"),
            ("Chilean president", "Marta Valdivia Soto"),
        ],
        id="nationality-and-counterpart",
    ),
    pytest.param(
        "President Karim Haddad received President Youssef Ben Ammar, President of the Republic of Tunisia, on Friday.\n\n"
        "The spokesman said the President welcomed the Tunisian President, who invited his Egyptian counterpart to visit.",
        [("the President", "Karim Haddad"), ("the Tunisian President", "Youssef Ben Ammar"), ("his Egyptian counterpart", "Karim Haddad")],
        id="state-agency-home-president",
    ),
    pytest.param(
        "The President of Paraguay, Luis Benítez, met the President of the Government, Ana Morales Cuesta, in Madrid.\n\n"
        "The head of the Spanish Executive praised the visit. His counterpart was more cautious.",
        [("The head of the Spanish Executive", "Ana Morales Cuesta"), ("His counterpart", "Luis Benítez")],
        id="head-of-the-executive",
    ),
    pytest.param(
        "Prime Minister Erik Lindholm welcomed Namibian President Petrus Shikongo in Oslo.\n\n"
        "The Namibian leader praised the fund. “We share one ocean,” said the host.",
        [("the host", "Erik Lindholm")],
        id="the-host-of-a-visit",
    ),
]

# (text, (surface, label, canonical) triples): a word of a person's full name alone is that person
NAME_WORDS = [
    pytest.param(
        "Senator Lucía Esmeraldas Paredes met farmers on Monday.\n\nEsmeraldas said the price was unfair.",
        [("Esmeraldas", "PERSON", "Lucía Esmeraldas Paredes")],
        id="first-of-two-hispanic-surnames",
    ),
    pytest.param(
        "Trade Minister Nagano Hiroshi arrived in Manila.\n\nMinister Nagano said the talks were useful.",
        [("Nagano", "PERSON", "Nagano Hiroshi")],
        id="family-name-first",
    ),
    pytest.param(
        "Mayor Ana Esmeraldas Paredes opened the school.\n\nThe road to Esmeraldas was closed.",
        [("Esmeraldas", "PLACE", "Esmeraldas")],
        id="after-a-place-preposition-a-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_WORDS)
def test_name_words_not_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = {(t, label, canon) for t, label, canon, _ in found(text)}
    for item in expected:
        assert item in got, f"{item} not in {got}"


# (text, descriptor that must stay unresolved or resolve to nobody named)
NEGATIVE = [
    pytest.param(
        "Peruvian President Rosa Quillca met Ecuadorian President Diego Andrade.\n\nThe Bolivian leader was not invited.",
        "The Bolivian leader",
        id="third-country-not-present",
    ),
    pytest.param(
        "Presidential spokesman Tomás Riera briefed reporters. A senior official who asked not to be named said talks would go on. "
        '"Nothing is signed," the official said.',
        "the official",
        id="unnamed-official-after-named-spokesman",
    ),
    pytest.param(
        "President Amina Diallo of Senegal met President Rui Tavares of Cape Verde at the summit.\n\n"
        "The host of the summit, the King of Morocco, opened the session.",
        "The host",
        id="host-of-the-summit-is-a-third",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_leader_descriptors(text: str, expected: list[tuple[str, str]]) -> None:
    got = {(t, canon) for t, label, canon, _ in found(text) if label == "PERSON"}
    for item in expected:
        assert item in got, f"{item} not in {got}"


@pytest.mark.parametrize(("text", "descriptor"), NEGATIVE)
def test_leader_descriptors_not_resolved(text: str, descriptor: str) -> None:
    assert not [(t, c) for t, label, c, _ in found(text) if label == "PERSON" and t == descriptor and c]


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("The ministers met on the margins of the APEC meeting in Lima.", "APEC", "Asia-Pacific Economic Cooperation"),
        ("Both leaders urged the bloc to ratify the deal with Mercosur this year.", "Mercosur", "Mercosur"),
        ("The Arab League called an emergency meeting in Cairo.", "Arab League", "League of Arab States"),
    ],
)
def test_regional_blocs(text: str, surface: str, canonical: str) -> None:
    assert (surface, "ORG", canonical) in {(t, label, c) for t, label, c, _ in found(text)}


# Machine translation from a Romance language keeps the nationality after the title.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chilean president Marta Valdivia and her Kenyan counterpart Joseph Odera spoke on Monday.\n\n"
            "The head of state Kenyan stressed the need for a deal. The president Chilean agreed.",
            [("head of state Kenyan", "Joseph Odera"), ("president Chilean", "Marta Valdivia")],
        ),
        (
            "The Portuguese prime minister Rui Matos received the Peruvian prime minister Ana Quispe in Lisbon.\n\n"
            "According to the press office, the prime minister Peruvian invited her host to Lima.",
            [("prime minister Peruvian", "Ana Quispe")],
        ),
    ],
)
def test_postposed_nationality(text: str, expected: list[tuple[str, str]]) -> None:
    got = {(t, canon) for t, label, canon, _ in found(text) if label == "PERSON"}
    for item in expected:
        assert item in got, f"{item} not in {got}"


def test_postposed_nationality_needs_a_nationality() -> None:
    text = "The Chilean president Marta Valdivia met Joseph Odera.\n\nThe president Valdivia said no more."
    assert ("president Valdivia", "Marta Valdivia") not in {(t, c) for t, _, c, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("According to the Planalto, the two presidents spoke for an hour.", "Planalto", "Palácio do Planalto"),
        ("The Moncloa confirmed the visit on Friday.", "Moncloa", "Moncloa"),
        ("Sources at Palazzo Chigi said the call was cordial.", "Palazzo Chigi", "Palazzo Chigi"),
        ("The Casa Rosada issued a statement after the meeting.", "Casa Rosada", "Casa Rosada"),
    ],
)
def test_seats_of_government(text: str, surface: str, canonical: str) -> None:
    assert (surface, "ORG", canonical) in {(t, label, c) for t, label, c, _ in found(text)}


def test_opposition_leader_is_not_the_counterpart() -> None:
    text = (
        "The Norwegian Prime Minister Kari Holm phoned the Chilean President Tomás Vial.\n\n"
        "Holm told his counterpart that the fund was ready.\n\nThe opposition leader Per Lunde said nothing."
    )
    got = {(t, c) for t, label, c, _ in found(text) if label == "PERSON"}
    assert ("his counterpart", "Tomás Vial") in got, got


def test_body_then_its_head() -> None:
    text = "After the call, the head of the Directorate of Communications Fahri Oztekin said the talks lasted an hour."
    got = {(t, label) for t, label, _, _ in found(text)}
    assert ("Directorate of Communications", "ORG") in got and ("Fahri Oztekin", "PERSON") in got, got


def test_country_then_its_head() -> None:
    text = "The Prime Minister Rahul Sen received the President of the Republic of Indonesia Budi Harsono in Dhaka.\n\nHarsono thanked him."
    got = {(t, label, c) for t, label, c, _ in found(text)}
    assert ("Budi Harsono", "PERSON", "Budi Harsono") in got and ("Harsono", "PERSON", "Budi Harsono") in got, got


def test_a_minister_is_not_the_prime_minister() -> None:
    text = (
        "Prime Minister Rahul Sen received President Budi Harsono.\n\n"
        "The minister of foreign affairs Tanvir Alam said the deal was fair. The minister of commerce Faruk Mia agreed."
    )
    got = {(t, c) for t, label, c, _ in found(text) if label == "PERSON"}
    assert not any(c == "Rahul Sen" and "minister" in t.lower() and "Prime" not in t for t, c in got), got


def test_nationality_between_title_and_name() -> None:
    text = "Prime Minister Czech Tomas Vondra spoke with President Joko Harsono by video.\n\nVondra said the call went well."
    got = {(t, c) for t, label, c, _ in found(text) if label == "PERSON"}
    assert ("Tomas Vondra", "Tomas Vondra") in got and ("Vondra", "Tomas Vondra") in got, got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The minister met President Han on Monday; President Han said little.", "Han"),
        ("Wellington, 3 May. Prime Minister Hui met the envoy.", "Hui"),
    ],
)
def test_surname_that_is_a_peoples_name_after_a_title_is_a_person(text: str, person: str) -> None:
    """ "President Han Mi-kyung": the small model reads "Han" as the Han people (batch dq)."""
    assert (person, "PERSON") in {(t, label) for t, label, _, _ in found(text)}


@pytest.mark.parametrize("text", ["The Han majority celebrated the festival.", "Many Han families moved to the city."])
def test_a_peoples_name_without_a_title_stays_a_people(text: str) -> None:
    assert not any(t.startswith("Han") and label == "PERSON" for t, label, _, _ in found(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Interviewed by The Parisian, a researcher judged the visit useful.", "The Parisian"),
        ("The minister told The Parisian that talks would resume.", "The Parisian"),
    ],
)
def test_a_cited_outlet_rendered_word_for_word_is_an_organisation(text: str, outlet: str) -> None:
    """An outlet's name translated with its capitalised article, after a citing word (batch dq)."""
    assert (outlet, "ORG") in {(t, label) for t, label, _, _ in found(text)}
