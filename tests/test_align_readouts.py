"""Paraphrase signals of the alignrec round: trade and investment in readouts, dates not set, attributions, foreign scale words.

Every string is invented for the test (a made-up Ostravia and Lantia, a
ferry, a salt works), never from the corpus or the breadth set.
"""

from __future__ import annotations

import pytest

from parallax.compare import align
from parallax.compare.features import (
    absences,
    numbers,
    phrase_lemmas,
    quantities,
    scale_factor,
    stem,
    variant,
    whole_phrase_words,
    without_words,
)
from parallax.data import load_yaml


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gateway", "gate"),
        ("trade", "commerce"),
        ("invest", "investment"),
        ("farmer", "grower"),
        ("smallholder", "farmer"),
        ("double", "twice"),
        ("harm", "hurt"),
        ("expand", "strengthen"),
        ("broaden", "deepen"),
        ("agriculture", "farming"),
        ("sympathy", "condolence"),
    ],
)
def test_readout_paraphrases_compare_equal(a: str, b: str) -> None:
    assert variant(a) == variant(b)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lantia sees Ostravia as the door of entrance for its salt to the north.", "gateway"),
        ("The port is a point of entry for Lantish wine.", "gateway"),
        ("The mutual exchange of goods grew last year.", "trade"),
        ("Both sides will buy more of each other's products.", "trade"),
        ("Both sides will buy more products of each other.", "trade"),
        ("The minister said his cabinet would back it.", "support"),
        ("The Lantish envoy will back the ferry plan.", "support"),
        ("The two ports will work together on dredging.", "cooperate"),
        ("Lantia wants to build more solar power plants.", "energy"),
        ("The two sides reached a broad consensus on salt.", "agree"),
        ("The envoy called on Lantia to lower its salt duties.", "demand"),
        ("Ostravia will open a diplomatic mission in the Lantish capital.", "embassy"),
        ("They agreed to set up a joint salt commission.", "create"),
        ("Exchanging on the ferry dispute, the two envoys were calm.", "discuss"),
        ("The envoys touched upon the salt duties.", "discuss"),
        ("The call was held at the request of Lantia.", "initiative"),
    ],
)
def test_readout_phrases_read_as_their_word(text: str, word: str) -> None:
    assert variant(word) in phrase_lemmas(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry came back the next day.",  # "back" as an adverb: no support
        "Trade in salt fell.",
    ],
)
def test_back_as_an_adverb_is_no_support(text: str) -> None:
    assert variant("support") not in phrase_lemmas(text)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        ("No date was set for the visit.", True),
        ("The date of the visit has not been fixed yet.", True),
        ("The envoy did not give a date.", True),
        # a date given, or something else not fixed: no absence of a date
        ("The visit was set for a date in May.", False),
        ("The ferry has not been fixed yet.", False),
    ],
)
def test_a_date_not_set_is_undated(text: str, undated: bool) -> None:
    assert ("undated" in {word for _, word in absences(text)}) is undated


def test_according_to_is_an_attribution_not_a_claim() -> None:
    """ "According to the envoy, …" / "…, according to the Lantish palace": only the attribution and the setting are shared."""
    attribution = {stem(variant("accord")), "=lantia"}
    assert not align.claims(attribution, frozenset({"=lantia"}))
    assert align.evidence(attribution | {"salt"}) == 2  # the name and the salt; "according" counts for nothing


@pytest.mark.parametrize(
    ("word", "factor"),
    [("billion", 10**9), ("millions", 10**6), ("miliar", 10**9), ("milliards", 10**9), ("mld", 10**9), ("juta", 10**6), ("salt", 0)],
)
def test_scale_factor(word: str, factor: int) -> None:
    assert scale_factor(word) == factor


@pytest.mark.parametrize(
    ("text", "figure", "quantity"),
    [
        ("The salt works sold 2,4 miliar dolar of salt.", "2400000000", "2400000000 dollar"),
        ("Lantia spent 3 milliards of euros on ferries.", "3000000000", "3000000000 euro"),
        ("The port cost 5 mld dólares.", "5000000000", "5000000000 dollar"),
        ("Ostravia exported salt worth $2.4 billion.", "2400000000", "2400000000 dollar"),
    ],
)
def test_foreign_scale_words_and_dollars(text: str, figure: str, quantity: str) -> None:
    assert figure in numbers(text)
    assert quantity in quantities(text)


def test_readout_verbs_report_words() -> None:
    """ "The envoy conveyed that …" / "… affirmed": an attribution in a readout, no shared claim."""
    for verb in ("convey", "affirm", "underline", "reiterate", "express"):
        assert not align.claims({stem(variant(verb))})
    assert align.claims({stem(variant("salt"))})


@pytest.mark.parametrize(
    ("text", "lemmas", "kept"),
    [
        (
            "The envoys exchanged views on the ferry dispute.",
            ["envoy", "exchange", "view", "ferry", "dispute"],
            ["envoy", "ferry", "dispute"],
        ),
        ("Both sides will raise their commercial exchanges.", ["side", "raise", "commercial", "exchange"], ["side", "raise"]),
        ("The call was held at the request of Lantia.", ["call", "hold", "request", "lantia"], ["call", "hold", "lantia"]),
        # no such phrase: "exchange" stays a word of its own
        ("The salt exchange rate fell.", ["salt", "exchange", "rate", "fall"], ["salt", "exchange", "rate", "fall"]),
    ],
)
def test_whole_phrases_are_not_read_word_by_word(text: str, lemmas: list[str], kept: list[str]) -> None:
    """ "exchanged views" (discuss) and "commercial exchanges" (trade) share no "exchange"."""
    assert without_words(lemmas, whole_phrase_words(text)) == kept


def test_every_whole_phrase_is_a_paraphrase() -> None:
    data = load_yaml("paraphrases.yml")
    listed = {str(p) for ps in data["phrases"].values() for p in ps}
    assert set(data["whole"]) <= listed
