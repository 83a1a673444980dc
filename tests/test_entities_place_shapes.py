"""Place mentions by the shape of the sentence around them (places2): a name
after "near", "towards", a compass word and "of", a route and "between",
"to" or "at", a verb of going, or the people of a place, with every name of
a list it opens; a preposition opening a sentence before a comma; an
apposition that says "a district of"; a rare word after "the" that floods;
area words of more countries. Every string is invented."""

from __future__ import annotations

import pytest

from tests.test_entities import assert_labels

SHAPES = [
    pytest.param(
        "Wolves were seen near Vardelo and Ostrunik last week.", [("Vardelo", "PLACE"), ("Ostrunik", "PLACE")], [], id="near-list"
    ),
    pytest.param(
        "The road between Kumbero and Tessafi was closed by the flood.", [("Kumbero", "PLACE"), ("Tessafi", "PLACE")], [], id="road-between"
    ),
    pytest.param("The ice road to Pellinsaari opened in January.", [("Pellinsaari", "PLACE")], [], id="road-to"),
    pytest.param(
        "A truck overturned on the highway at Dhuremba in Kalvoti.", [("Dhuremba", "PLACE"), ("Kalvoti", "PLACE")], [], id="highway-at-in"
    ),
    pytest.param("The camp lies twenty kilometres east of Ombradi.", [("Ombradi", "PLACE")], [], id="east-of"),
    pytest.param(
        "Hundreds fled from Sarakot towards Mebrani on foot.", [("Sarakot", "PLACE"), ("Mebrani", "PLACE")], [], id="fled-towards"
    ),
    pytest.param(
        "Residents of Ulmbaro and Kitsani blocked the road with stones.",
        [("Ulmbaro", "PLACE"), ("Kitsani", "PLACE")],
        [],
        id="residents-of",
    ),
    pytest.param("Fishermen from Tavolu said the catch was poor.", [("Tavolu", "PLACE")], [("Tavolu", "PERSON")], id="fishermen-from"),
    pytest.param("At Nyeruka, traders closed their stalls at noon.", [("Nyeruka", "PLACE")], [], id="opener-at"),
    pytest.param("Near Obwelo, the bridge was washed away.", [("Obwelo", "PLACE")], [], id="opener-near"),
    pytest.param("Casa Tellini, a district of the capital, lost power.", [("Casa Tellini", "PLACE")], [], id="apposition-district"),
    pytest.param("The Velmora flooded the lower town overnight.", [("Velmora", "PLACE")], [("Velmora", "PERSON")], id="river-flooded"),
    pytest.param("Families moved uphill as the Kasunje rose.", [("Kasunje", "PLACE")], [], id="river-rose"),
    pytest.param(
        "Gangs blocked the road between Mont-des-Pierres and Valbrune.",
        [("Mont-des-Pierres", "PLACE"), ("Valbrune", "PLACE")],
        [],
        id="hyphen-particle",
    ),
    pytest.param("Farmers from Lundava and Ezere asked for aid.", [("Lundava", "PLACE"), ("Ezere", "PLACE")], [], id="list-split"),
    pytest.param("The sub-county of Nabweru got no seedlings.", [("Nabweru", "PLACE")], [], id="sub-county-of"),
    pytest.param("The chief of Kaptegi sub-location banned the brew.", [("Kaptegi sub-location", "PLACE")], [], id="sub-location"),
    pytest.param("In the sector of Rukiri, the cooperative planted trees.", [("Rukiri", "PLACE")], [], id="sector-of"),
    pytest.param("Traders at Ojo Ilu market shut their stalls.", [("Ojo Ilu market", "PLACE")], [], id="market-after"),
    # look-alikes
    pytest.param(
        "In Esperanza Lima's view, the council acted too late.", [("Esperanza Lima", "PERSON")], [("Lima", "PLACE")], id="someones-view"
    ),
    pytest.param("The ferry Ilha Morena ran aground near the harbour.", [], [("Ilha Morena", "PLACE")], id="ship-with-place-word"),
    pytest.param("The fire reached Maria Ostrova's shop.", [], [("Maria Ostrova", "PLACE")], id="possessive-given-name"),
    pytest.param("The road to Recovery is long, the minister said.", [], [("Recovery", "PLACE")], id="common-word"),
    pytest.param("The Kordex rose 2% on Monday.", [], [("Kordex", "PLACE")], id="index-rose-by-figure"),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_place_shapes(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)
