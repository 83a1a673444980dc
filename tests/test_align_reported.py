"""Alignment signals for paraphrase that shares few words: a place that is a common noun, a quote reported by its speaker.

Texts are invented (a pool, a flooded basement), never from any corpus.
"""

from __future__ import annotations

import pytest
from helpers import story_idf

from parallax.compare import align
from parallax.compare.features import QuoteText, SentenceFeatures, content_words, numbers, phrase_lemmas, polarity, quantities, variant
from parallax.model import Passage


def feat(article: str, n: int, text: str) -> SentenceFeatures:
    """Features of one made-up sentence: content words stand in for lemmas."""
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    return SentenceFeatures(article, p, n, content_words(text), numbers=numbers(text), quantities=quantities(text), polarity=polarity(text))


def placed(article: str, n: int, text: str, places: set[str]) -> SentenceFeatures:
    f = feat(article, n, text)
    f.lemmas = [w for w in f.lemmas if w not in places]
    f.names, f.places = set(places), set(places)
    return f


def pairs(a: list[SentenceFeatures], b: list[SentenceFeatures]) -> set[tuple[str, str]]:
    return {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=story_idf(*a, *b))}


# --------------------------------------------------------------------------
# a "place" the story writes in lower case is a common noun, not the setting


def test_proper_places_drop_a_name_written_in_lower_case() -> None:
    a = [
        placed("a", 1, "Chlorine drifted over Vestrand on Tuesday.", {"chlorine", "vestrand"}),
        feat("a", 2, "The chlorine came from a tank."),
    ]
    b = [placed("b", 1, "In Vestrand the Chlorine smell stayed all Tuesday.", {"chlorine", "vestrand"})]
    assert align.proper_places(a, b) == {"vestrand"}
    assert align.proper_places(b) == {"chlorine", "vestrand"}  # never lower case: kept
    assert align.proper_places([feat("a", 1, "Nothing here.")]) == set()


def test_a_substance_taken_for_a_place_is_a_claim() -> None:
    """Two ledes sharing a town, a day and the substance: one fact, though the tagger called the substance a place."""
    a = [
        placed("a", 1, "Chlorine drifted over Vestrand on Tuesday.", {"chlorine", "vestrand"}),
        feat("a", 2, "The chlorine came from a tank at the swimming pool."),
        feat("a", 3, "The pool will stay shut for a month."),
    ]
    b = [
        placed("b", 1, "On Tuesday Vestrand smelled of chlorine.", {"chlorine", "vestrand"}),
        feat("b", 2, "Repairs to the swimming pool tank will take a month."),
    ]
    assert ("p1-s1", "p1-s1") in pairs(a, b)
    # the same sentences where the tagger was right: only the setting is shared
    a[0] = placed("a", 1, "Smoke drifted over Vestrand on Tuesday.", {"vestrand"})
    b[0] = placed("b", 1, "On Tuesday Vestrand counted its voters.", {"vestrand"})
    assert ("p1-s1", "p1-s1") not in pairs(a, b)


# --------------------------------------------------------------------------
# a quote and the sentence that reports the same speaker's words


def quoting(article: str, n: int, text: str, speaker: str | None) -> SentenceFeatures:
    f = feat(article, n, text)
    start, end = text.index("“") + 1, text.index("”")
    f.quotes = [QuoteText(start, end, text[start:end], speaker)]
    return f


def naming(article: str, n: int, text: str, people: set[str]) -> SentenceFeatures:
    f = feat(article, n, text)
    f.names, f.people = set(people), set(people)
    return f


def test_reported_speech_meets_the_quote_of_its_speaker() -> None:
    wire = [
        quoting("w", 1, "“The water was already knee-deep in the hall,” engineer Ines Marlow told reporters.", "Ines Marlow"),
        quoting("w", 2, "“We had to pump the basement dry before we could even reach the generator.”", "Ines Marlow"),
        feat("w", 3, "The museum reopened its upper floors on Friday."),
        feat("w", 4, "Insurers put the damage at two million euros."),
    ]
    retold = [
        naming(
            "r",
            1,
            "Engineer Ines Marlow says her crew first had to pump the basement dry before anyone could get near the generator.",
            {"ines marlow"},
        ),
        feat("r", 2, "Insurers estimate the bill at two million euros."),
        feat("r", 3, "Its upper floors opened again on Friday."),
    ]
    idf = story_idf(*wire, *retold)
    tw, tr = [align.terms(f) for f in wire], [align.terms(f) for f in retold]
    grid = [[align.score_pair(x, y, idf) for y in retold] for x in wire]
    assert align.reported_speech(wire, retold, tw, tr, grid, idf) == {(1, 0)}
    assert ("p2-s1", "p1-s1") in pairs(wire, retold)


def test_reported_speech_needs_the_same_speaker_and_no_quote() -> None:
    others = [
        # another person's words about the same things
        naming("r", 1, "Mayor Olaf Brandt says the basement was pumped dry before the generator was reached.", {"olaf brandt"}),
        # the speaker named, but the sentence quotes (a quote is compared as a quote)
        naming("r", 2, "Ines Marlow says the basement needed “a long night” before the generator was reached.", {"ines marlow"}),
        # the speaker named, but not reporting what she said
        naming("r", 3, "Ines Marlow pumped the basement dry before the generator was reached.", {"ines marlow"}),
    ]
    others[1].quotes = [QuoteText(0, 10, "a long night", "Ines Marlow")]
    filler = [
        feat("w", 2, "The museum reopened its upper floors on Friday."),
        feat("w", 3, "Insurers put the damage at two million euros."),
    ]

    def linked(speaker: str) -> set[tuple[int, int]]:
        quote = quoting("w", 1, "“We had to pump the basement dry before we could even reach the generator.”", speaker)
        xs = [quote, *filler]
        idf = story_idf(*xs, *others)
        grid = [[align.score_pair(x, y, idf) for y in others] for x in xs]
        return align.reported_speech(xs, others, [align.terms(f) for f in xs], [align.terms(f) for f in others], grid, idf)

    assert linked("Ines Marlow") == set()
    assert linked("Olaf Brandt") == {(0, 0)}  # the mayor's own words: reported


# --------------------------------------------------------------------------
# a short sentence that adds a fact to the one before it


@pytest.mark.parametrize(("a", "b"), [("hurt", "injury"), ("injured", "wounded"), ("wound", "injure")])
def test_kinds_of_harm_are_one_word(a: str, b: str) -> None:
    assert variant(a) == variant(b)


def story_of_a_blast() -> tuple[list[SentenceFeatures], list[SentenceFeatures]]:
    wire = [
        feat("w", 1, "A gas cylinder exploded at the Dornach bakery before dawn on Monday."),
        feat("w", 2, "An earlier blast at the bakery in 2016 shattered windows in the street but caused no injuries."),
        feat("w", 3, "The owner said the ovens would stay cold for a month."),
    ]
    retold = [
        feat("r", 1, "Before dawn on Monday a gas cylinder blew up inside the Dornach bakery."),
        feat("r", 2, "In 2016 another blast at the bakery shattered windows across the street."),
        feat("r", 2, "Nobody was hurt then."),
        feat("r", 3, "Its ovens stay cold for a month, the owner said."),
    ]
    retold[2].passage = Passage("p2-s2", "sentence", 2, 2, 0, 21, "Nobody was hurt then.", id="p2-s2")
    return wire, retold


def test_a_short_sentence_pairs_with_what_its_neighbour_pairs_with() -> None:
    wire, retold = story_of_a_blast()
    got = pairs(wire, retold)
    assert {("p2-s1", "p2-s1"), ("p2-s1", "p2-s2")} <= got
    assert not any(b == "p2-s2" and a != "p2-s1" for a, b in got)


def test_a_continuation_needs_its_words_in_the_counterpart() -> None:
    wire, retold = story_of_a_blast()
    wire[1] = feat("w", 2, "An earlier blast at the bakery in 2016 shattered windows in the street.")
    assert not any(b == "p2-s2" for _, b in pairs(wire, retold))


def test_a_denial_continues_only_a_sentence_that_holds_a_negation() -> None:
    wire, retold = story_of_a_blast()
    wire[1] = feat("w", 2, "An earlier blast at the bakery in 2016 shattered windows in the street and injured a baker.")
    assert not any(b == "p2-s2" for _, b in pairs(wire, retold))
    idf = story_idf(*wire, *retold)
    tw, tr = [align.terms(f) for f in wire], [align.terms(f) for f in retold]
    grid = [[align.score_pair(x, y, idf) for y in retold] for x in wire]
    assert align.continuations(wire, retold, tw, tr, {(1, 1)}, grid, idf) == set()


# --------------------------------------------------------------------------
# one figure written in several ways


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1 400 people left", {"1400"}),  # thousands grouped by a space
        ("some 1\u00a0400 people left", {"1400"}),  # a no-break space
        ("the 250\u202f000 tonnes", {"250000"}),  # a narrow no-break space
        ("a bill of 1 200 000 euros", {"1200000"}),
        ("fourteen hundred people left", {"1400"}),
        ("two thousand five hundred people left", {"2500"}),
        ("two thousand and five hundred people", {"2500"}),
        ("nineteen hundred and fifty tonnes", {"1950"}),
        ("two hundred fifty thousand euros", {"250000"}),
        ("three hundred thousand visitors", {"300000"}),
        # two figures stay two
        ("in 2019 400 people left", {"2019", "400"}),
        ("two thousand people and five hundred cars", {"2000", "500"}),
    ],
)
def test_one_figure_however_written(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


def test_spaced_thousands_meet_commas() -> None:
    assert quantities("Some 1 400 residents were evacuated") & quantities("About 1,400 residents fled")


# --------------------------------------------------------------------------
# news paraphrases and kinds of event, as data (paraphrases.yml, translation_variants.yml)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The firm promised to pay for the damage.", "compensate"),
        ("“We will cover the costs of every family,” she said.", "compensate"),
        ("Some 300 people had to leave their homes overnight.", "evacuate"),
        ("Families were forced from their homes by the smoke.", "evacuate"),
        ("Two climbers are in danger of life.", "serious"),  # machine-translated "Lebensgefahr"
        ("Her injuries are not life-threatening.", "serious"),
        ("His condition is serious.", "serious"),  # a word the parser's stop list drops
    ],
)
def test_phrases_read_as_one_word(text: str, word: str) -> None:
    assert word in phrase_lemmas(text)


@pytest.mark.parametrize(
    "text", ["The firm will pay its staff on Friday.", "The costs rose again.", "They left the hall at noon.", "A home for the elderly."]
)
def test_look_alikes_are_no_phrase(text: str) -> None:
    assert not {"compensate", "evacuate", "serious"} & set(phrase_lemmas(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("compensation", "compensate"),
        ("evacuation", "evacuate"),
        ("evacuee", "evacuate"),
        ("stack", "pile"),
        ("heap", "pile"),
        ("tire", "tyre"),
    ],
)
def test_one_word_for_one_thing(a: str, b: str) -> None:
    assert variant(a) == variant(b)
