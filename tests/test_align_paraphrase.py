"""Paraphrase signals of the apara round: news vocabulary, attributions, earlier years, scaled amounts, a fortnight.

Every string is invented for the test (a harbour, a ferry, a bakery), never
from the corpus or the breadth set.
"""

from __future__ import annotations

import pytest
from helpers import story_idf

from parallax.compare import align
from parallax.compare.features import (
    SentenceFeatures,
    content_words,
    earlier_frame,
    money_in_words,
    numbers,
    other_time,
    phrase_lemmas,
    polarity,
    quantities,
    stem,
    variant,
)
from parallax.model import Passage


def feat(article: str, n: int, text: str) -> SentenceFeatures:
    """Features of one made-up sentence: content words stand in for lemmas."""
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    return SentenceFeatures(article, p, n, content_words(text), numbers=numbers(text), quantities=quantities(text), polarity=polarity(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("funeral", "burial"),
        ("risk", "danger"),
        ("problem", "trouble"),
        ("rubbish", "garbage"),
        ("waste", "trash"),
        ("officer", "policeman"),
        ("suspect", "suspicion"),
        ("youngster", "child"),
        ("flat", "apartment"),
        ("radiation", "radioactivity"),
        ("demonstrate", "protest"),
    ],
)
def test_news_paraphrases_compare_equal(a: str, b: str) -> None:
    assert variant(a) == variant(b)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two clerks were condemned conditionally.", "suspend"),
        ("Both got a conditional sentence of one year.", "suspend"),
        ("The new dredging puts in danger the oyster beds.", "threaten"),
        ("Dredging would put at risk the oyster beds.", "threaten"),
        ("The felling of trees on the ridge goes on.", "log"),
        ("Repairs to the quay will take a fortnight.", "week"),
    ],
)
def test_paraphrase_phrases_read_as_their_word(text: str, word: str) -> None:
    assert variant(word) in phrase_lemmas(text)


def test_irregular_plurals_count_one_unit() -> None:
    """ "Nine children" and "nine youngsters" are one counted thing; "men" and "women" too."""
    assert quantities("Nine children were treated.") & quantities("Nine youngsters were treated.")
    assert quantities("Four women were rescued.") == {"4 woman"}


def test_demonstrate_is_no_longer_show() -> None:
    assert variant("demonstrate") != variant("show")
    assert variant("display") == variant("show")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snow fell within a day.", {"24 hour"}),
        ("The ferry crossed in one single day.", {"24 hour"}),
        ("Repairs should be done in a day or two.", set()),
        ("A day later the quay reopened.", set()),
    ],
)
def test_within_a_day_is_24_hours(text: str, expected: set[str]) -> None:
    assert quantities(text) == expected


def test_areas_meet_in_square_kilometres() -> None:
    """ "1,200 hectares" and "twelve square kilometres" are one area; "1,200 square metres" is not."""
    assert "12 square-kilometre" in quantities("The blaze burned 1,200 hectares of heath.")
    assert "12 square-kilometre" in quantities("The flames consumed twelve square kilometres of heath.")
    assert "12 square-kilometre" in quantities("It covers 12 km² of heath.")
    assert not any("square-kilometre" in q for q in quantities("The warehouse has 1,200 square metres of floor."))


def test_passengers_and_travellers_are_counted_persons() -> None:
    """ "4,000 passengers" meets "four thousand travellers"; the words alone stay apart."""
    assert quantities("About 4,000 passengers were stranded.") & quantities("Some four thousand travellers were stranded.")
    assert variant("passenger") != variant("traveller")


def test_a_fortnight_is_two_weeks() -> None:
    assert "2" in numbers("The quay will stay shut for a fortnight.")
    assert "2" not in numbers("The quay will stay shut for fortnightly checks.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery chain will invest 85m euros in ovens.", "The bakery chain will invest 85 million euros in ovens."),
        ("a 2.5bn dollar bond", "a 2.5 billion dollar bond"),
        ("a wall 40m high", "a wall 40m high"),  # metres, no currency after it
    ],
)
def test_scaled_amounts_before_a_currency_word(text: str, expected: str) -> None:
    assert money_in_words(text) == expected


def test_attribution_words_are_no_claim() -> None:
    """ "Nobody was hurt, officials said" / "Officials said the ferry was towed": only the attribution is shared."""
    attribution = {stem(variant("official")), stem(variant("say"))}
    assert not align.claims(attribution)
    assert align.claims(attribution | {"ferry"})


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Last year, the ferry ran aground twice.", "last year"),
        ("In 2019 the same bakery was fined.", "2019"),
        ("Four years ago the mayor won with 61 percent.", "four years ago"),
        ("A year ago, a storm closed the harbour.", "a year ago"),
        ("Last summer a fire burned the dunes.", "last summer"),
        ("The last time the quay was closed, in 2022, ferries ran late.", "the last time"),
        ("The ferry ran aground last year.", None),  # not the sentence's opening frame
        ("In March the quay was repaired.", None),  # a month is no earlier year
        ("The 2019 plan was dropped.", None),
    ],
)
def test_earlier_frame(text: str, frame: str | None) -> None:
    assert earlier_frame(text) == frame


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("Last year the harbour fees were cut by 10 percent.", "The council cut harbour fees by 20 percent on Monday.", True),
        ("Last year four bakeries were robbed.", "Police arrested two men over a bakery robbery last week.", True),
        ("Last year, about 7,000 tourists visited the island.", "Last year about seven thousand people came.", False),
        ("In 2019 the ferry sank off the cape.", "The ferry, which sank in 2019, was raised.", False),
        ("Three years ago a paper leaked online.", "It is the second leak in three years.", False),
        ("Two years ago the frog was found.", "The frog was found on a 2024 expedition.", False),
        ("The harbour fees were cut by 10 percent.", "Fees were cut on Monday.", False),
    ],
)
def test_other_time(x: str, y: str, expected: bool) -> None:
    assert other_time(x, y) is expected


def test_an_earlier_event_in_the_same_words_is_not_aligned() -> None:
    """Without its opening "Last year" the decoy would pair: it shares every claim word."""
    a = [
        feat("a", 1, "The harbour board cut the mooring fees for fishing boats by a fifth on Monday."),
        feat("a", 2, "Ferries will run as usual."),
    ]
    b = [
        feat("b", 1, "Last year the harbour board cut the mooring fees for fishing boats."),
        feat("b", 2, "The ferry timetable is unchanged."),
    ]
    assert ("p1-s1", "p1-s1") not in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=story_idf(*a, *b))}
    b[0] = feat("b", 1, "The harbour board cut the mooring fees for fishing boats.")
    assert ("p1-s1", "p1-s1") in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=story_idf(*a, *b))}
