"""People named the ways of many cultures, and things named after people
(pbreadth): an honorific or trade noun the tagger glued into an
"organisation" ("Bu X", "Herder X Y"), a one-word name with a person's
apposition, "as X", a name listed with a person; a club's suffix; a town
before a trade noun and a person; a name repeated alone or with an honorific
after it; storms, ships after their prefix and name words, laws, dishes,
diseases and interjections are no people. Every string is invented."""

from __future__ import annotations

import pytest

from tests.test_entities import assert_labels, found

SHAPES = [
    pytest.param("Bu Endang Lestiyani, the clerk, said the forms were lost.", [("Endang Lestiyani", "PERSON")], [], id="org-honorific"),
    pytest.param("Mzee Obuya Ng'ethe said the goats were stolen.", [("Obuya Ng'ethe", "PERSON")], [], id="org-mzee"),
    pytest.param("Herder Tsendbaatar Ochir said the river froze early.", [("Tsendbaatar Ochir", "PERSON")], [], id="trade-noun-first"),
    pytest.param("Wiranto, a cocoa farmer from the hills, said prices fell.", [("Wiranto", "PERSON")], [], id="apposition-farmer"),
    pytest.param("A man who gave his name only as Tebogo said the pump broke.", [("Tebogo", "PERSON")], [], id="as-name"),
    pytest.param("Kirsti Halvorsen chairs the club. Halvorsen said the pitch was wet.", [("Halvorsen", "PERSON")], [], id="surname-repeat"),
    pytest.param("Deshpande ji, who keeps the ledger, said the stock was short.", [("Deshpande", "PERSON")], [], id="after-honorific"),
    pytest.param(
        "Goran Vukelja FC won the regional cup.", [("Goran Vukelja FC", "ORG")], [("Goran Vukelja FC", "PERSON")], id="club-suffix"
    ),
    pytest.param(
        "Mombasa trader Halima Chizi said the ferry was late.",
        [("Mombasa", "PLACE"), ("Halima Chizi", "PERSON")],
        [],
        id="town-trade-person",
    ),
    pytest.param(
        "Bakar Tsolmon oglu Aliyev, a driver, said the bridge shook.", [("Bakar Tsolmon oglu Aliyev", "PERSON")], [], id="turkic-particle"
    ),
]

NOT_PEOPLE = [
    pytest.param("Storm Henrietta cut power to the islands.", ("Storm Henrietta", "PERSON"), id="storm"),
    pytest.param("Typhoon Maliksi flooded the lowlands.", ("Typhoon Maliksi", "PERSON"), id="typhoon"),
    pytest.param("The trawler Santa Olga Pereira returned to port.", ("Olga Pereira", "PERSON"), id="ship-name-words"),
    pytest.param("The crew of the MV Doctor Ayo Bello were rescued.", ("Ayo Bello", "PERSON"), id="ship-prefix"),
    pytest.param("The senate passed the Ivanchuk Act on Friday.", ("Ivanchuk Act", "ORG"), id="law"),
    pytest.param("The menu lists veal Orloff and soup of the day.", ("Orloff", "PERSON"), id="dish"),
    pytest.param("Her father has Addison's disease.", ("Addison", "PERSON"), id="disease"),
    pytest.param("Mashallah, the harvest is good, the farmer said.", ("Mashallah", "ORG"), id="interjection"),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHAPES)
def test_world_people(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    assert_labels(text, present, absent)


@pytest.mark.parametrize(("text", "absent"), NOT_PEOPLE)
def test_named_after_people_are_no_people(text: str, absent: tuple[str, str]) -> None:
    pairs = {(t, label) for t, label, _, _ in found(text)}
    assert not any(t == absent[0] or absent[0] in t for t, label in pairs if label in ("PERSON", "ORG")), pairs


def test_honorific_after_and_title_alone() -> None:
    pairs = {(t, label) for t, label, _, _ in found("Kulkarni ji, who keeps the keys, said the hall was shut.")}
    assert ("Kulkarni", "PERSON") in pairs, pairs
    pairs = {(t, label) for t, label, _, _ in found("Ibu said the rice was cheaper last year.")}
    assert not any(t == "Ibu" for t, _ in pairs), pairs
