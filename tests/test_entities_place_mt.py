"""Places in machine-translated shapes (places3): local unit and feature words
before "of" or right before the name ("the chiefdom of X", "the fokontany
of X", "the quarter X", "the mahalla X", "The quarters X, Y and the Z"),
after it ("X community", "X boma", "the X gorge"), "from the direction of X";
a list a place noun opens that spaCy read as one organisation; "reached until
X", "passing by X", "the elders from X and from Y"; a name after
a person and "of"/"from" ("Chief X of Y"); such places before "said" or
"asked", whose subject is the noun before them. Every string is invented."""

from __future__ import annotations

import pytest

from tests.test_entities import assert_labels

SHAPES = [
    pytest.param("Cattle of the chiefdom of Nyarombwe died of tick fever.", [("Nyarombwe", "PLACE")], [], id="chiefdom-of"),
    pytest.param("The fokontany of Ambolotrano was flooded on Tuesday.", [("Ambolotrano", "PLACE")], [], id="fokontany-of"),
    pytest.param("The cotton harvest in the etrap of Gulbaýyr ended early.", [("Gulbaýyr", "PLACE")], [], id="etrap-of"),
    pytest.param("The road to the selo of Verkhni-Tuk was washed away.", [("Verkhni-Tuk", "PLACE")], [], id="selo-of"),
    pytest.param("Snow closed the pass of Kyzyl-Bel for two days.", [("Kyzyl-Bel", "PLACE")], [], id="pass-of"),
    pytest.param("Locusts arrived from the direction of Gandaro overnight.", [("Gandaro", "PLACE")], [], id="direction-of"),
    pytest.param("The young ones of the quarter Mokolo took the streets.", [("Mokolo", "PLACE")], [], id="the-quarter-name"),
    pytest.param("In the commune Valea Rusului the bears came into yards.", [("Valea Rusului", "PLACE")], [], id="the-commune-name"),
    pytest.param(
        "The quarters Bondeko, Kimbala and the Ngiri are without power.",
        [("Bondeko", "PLACE"), ("Kimbala", "PLACE"), ("Ngiri", "PLACE")],
        [],
        id="capital-the-plural-list-and-the",
    ),
    pytest.param(
        "Heavy rain alert for the districts Durbani, Kelwar and Sotra.",
        [("Durbani", "PLACE"), ("Kelwar", "PLACE"), ("Sotra", "PLACE")],
        [],
        id="list-not-one-organisation",
    ),
    pytest.param(
        "The reservoir waters the tumans of Ortaqul and Bekobad.",
        [("Ortaqul", "PLACE"), ("Bekobad", "PLACE")],
        [],
        id="tumans-of-list",
    ),
    pytest.param("The youths of the Umuleke community blocked the road.", [("Umuleke community", "PLACE")], [], id="community-after"),
    pytest.param("The water reached Ndamera boma by noon.", [("Ndamera boma", "PLACE")], [], id="boma-after"),
    pytest.param(
        "Headman Joseph Kawinga of Mtendere said the fence was never built.",
        [("Mtendere", "PLACE")],
        [("Mtendere", "PERSON")],
        id="chief-of",
    ),
    pytest.param("Mama Odile Kabongo of Kisenso told us the water is dirty.", [("Kisenso", "PLACE")], [], id="person-of-place"),
    pytest.param(
        "The flood reached until Chilobwe and Nkhate by noon.", [("Chilobwe", "PLACE"), ("Nkhate", "PLACE")], [], id="reached-until"
    ),
    pytest.param("The road passing by Sehlabeng is closed for repairs.", [("Sehlabeng", "PLACE")], [], id="passing-by"),
    pytest.param("The elders from Kiruara went to see the governor.", [("Kiruara", "PLACE")], [("Kiruara", "PERSON")], id="elders-from"),
    pytest.param(
        "The people from Mbalawe and from Rumbeke are against the dam.",
        [("Mbalawe", "PLACE"), ("Rumbeke", "PLACE")],
        [],
        id="people-from-and-from",
    ),
    pytest.param("The tabia of Mai Gendera reported two deaths.", [("Mai Gendera", "PLACE")], [], id="unit-of-then-verb-of-speech"),
    pytest.param("The inhabitants of the village Thoren asked for a road.", [("Thoren", "PLACE")], [], id="bare-noun-then-asked"),
    pytest.param("The fishermen of Lumbira lake said the fish are few.", [("Lumbira lake", "PLACE")], [], id="feature-then-said"),
    # look-alikes
    pytest.param("The Jewish community of the town marched.", [], [("Jewish", "PLACE")], id="demonym-community"),
    pytest.param("Ms Ruth Banda of Lusaka Breweries said prices rose.", [], [("Lusaka Breweries", "PLACE")], id="person-of-company"),
    pytest.param("A letter from Anna Kowal from Marta Lis arrived.", [], [("Marta Lis", "PLACE")], id="person-from-person"),
    pytest.param("The people from Acme Holdings said the plan was late.", [], [("Acme Holdings", "PLACE")], id="people-from-company"),
    pytest.param("Boarding pass checks were slow, the airline said.", [], [("Boarding", "PLACE")], id="common-word-pass"),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_place_mt_shapes(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)
