"""Alignment of a leaders' call told by several outlets: readouts, titles, the parties, months, idioms.

Texts are invented (a harbour treaty between two made-up ministers, a
ferry line, a fisheries pact), never from any corpus.
"""

from __future__ import annotations

import pytest

from parallax.compare import align
from parallax.compare.features import (
    SentenceFeatures,
    absences,
    content_words,
    denied_lemmas,
    idioms,
    months,
    numbers,
    opposed,
    other_month,
    phrase_lemmas,
    polarity,
    variant,
    without_times,
)
from parallax.model import Passage


def feat(text: str, n: int = 1) -> SentenceFeatures:
    """Features of one made-up sentence: content words stand in for lemmas, an absence or an idiom for its word."""
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    said = dict(absences(text)) | idioms(text)
    lemmas = [variant(said.get(w, w)) for w in content_words(text)] + phrase_lemmas(text)
    return SentenceFeatures("a", p, n, lemmas, polarity=polarity(text), denied=denied_lemmas(text))


# --------------------------------------------------------------------------
# "a close friend" closes nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostravia is a close friend of our people.", {"close": "near"}),
        ("The two navies keep close ties and closer cooperation.", {"close": "near"}),
        ("He thanked his closest allies.", {"close": "near"}),
        ("The envoys signed an open letter.", {"open": "public"}),
        # the word also stands for a closing: it keeps its sense
        ("The port was closed to a close ally.", {}),
        ("The ministers will open a new chapter.", {}),
        ("The border stays closed.", {}),
    ],
)
def test_idioms(text: str, expected: dict[str, str]) -> None:
    assert idioms(text) == expected


def test_a_close_friend_is_no_contrary_of_opening_a_chapter() -> None:
    a, b = feat("Minister Dravo called Ostravia a close friend ready to open a new chapter."), feat("Ostravia is a close friend.", 2)
    c = feat("The ferry line will close in May.", 3)
    assert not opposed(feat("The two ports will open a new ferry line.").lemmas, b.lemmas)
    assert "close" not in a.lemmas and "near" in b.lemmas
    assert opposed(feat("The two ports will open a new ferry line.").lemmas, c.lemmas)


# --------------------------------------------------------------------------
# a readout that leaves something out, a spokesman who says nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ostravian readout did not mention the trawler.", (("mention", "omit"),)),
        ("The statement made no mention of the fishing quota.", (("mention", "omit"),)),
        ("The ministry said nothing about the harbour fees.", (("say", "undisclosed"),)),
        ("The envoy disclosed no details of the pact.", (("disclose", "undisclosed"),)),
        # nothing told, but no telling refused
        ("Divers found nothing in the hold.", ()),
        ("He said nothing was stolen from the consulate.", ()),
    ],
)
def test_omissions_and_non_answers(text: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert absences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said nothing about the harbour fees.", "negative"),
        ("Officials did not say whether the fees would rise.", "negative"),
        # an omission is a fact about the readout, affirmed
        ("The Ostravian readout did not mention the trawler.", "affirmative"),
        ("Divers found nothing in the hold.", "affirmative"),
    ],
)
def test_polarity_of_omissions_and_non_answers(text: str, expected: str) -> None:
    assert polarity(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Ostravian readout left the trawler out entirely.", True),
        ("Their statement left out the fishing quota.", True),
        ("The envoys exchanged views on the fishing quota.", False),
        ("He left the room without speaking out.", False),
    ],
)
def test_left_out_reads_omit(text: str, found: bool) -> None:
    assert ("omit" in phrase_lemmas(text)) is found


def test_not_mentioned_meets_left_out_and_said_nothing_meets_not_said() -> None:
    a, b = feat("The Ostravian readout did not mention the trawler."), feat("The Ostravian readout left the trawler out.", 2)
    assert not align._polar(a, b) and "omit" in set(a.lemmas) & set(b.lemmas)
    c, d = feat("Officials did not say whether the fees would rise."), feat("The ministry said nothing about the fees.", 2)
    assert not align._polar(c, d)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The envoys exchanged views on the fishing quota.", "discuss"),
        ("The two ministers held online talks on Friday.", "videoconference"),
        ("In a phone call the premiers agreed on the ferry line.", "videoconference"),
    ],
)
def test_readout_phrases(text: str, word: str) -> None:
    assert variant(word) in phrase_lemmas(text)


def test_hail_is_welcome_and_teleconference_is_videoconference() -> None:
    assert variant("hail") == variant("welcome")
    assert variant("teleconference") == variant("videoconference") == variant("video")
    assert variant("trusted") == variant("reliable") and variant("colleague") == variant("counterpart")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lantia is ready to open a new page with Ostravia.", True),
        ("The two ministers want to turn the page on the quota dispute.", True),
        # a literal new page reads so too: the phrase cannot tell (known limit)
        ("The pact fills a new page of the official gazette", True),
        ("The ministry updated its web page.", False),
    ],
)
def test_a_new_page_is_a_new_chapter(text: str, found: bool) -> None:
    assert ("chapter" in phrase_lemmas(text)) is found


# --------------------------------------------------------------------------
# "the two countries" names the parties, it counts nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The relations of the two countries are excellent.", set()),
        ("The two leaders agreed on a ferry line.", set()),
        ("Their two governments signed the pact.", set()),
        ("Two countries signed the pact.", {"2"}),
        ("The two trawlers were released.", {"2"}),
        ("The two sides set up 12 working groups.", {"12"}),
    ],
)
def test_the_parties_are_no_figure(text: str, expected: set[str]) -> None:
    assert numbers(without_times(text)) == expected


# --------------------------------------------------------------------------
# two months, two events


@pytest.mark.parametrize(
    ("x", "y", "other"),
    [
        ("The premier's visit in March will be the first.", "Minister Dravo will travel there in January to prepare it.", True),
        ("Ferries will sail from June.", "The ferry line is due to open in June.", False),
        ("Ferries will sail from June.", "The ferry line was agreed on Monday.", False),
        ("The pact was signed on July 4.", "Talks resume in September.", False),
    ],
)
def test_other_month(x: str, y: str, other: bool) -> None:
    assert other_month(x, y) is other


def test_months() -> None:
    assert months("in March, then from early June until late August") == {"march", "june", "august"}
    assert months("on March 3") == frozenset() and months("in March 2024") == frozenset()


# --------------------------------------------------------------------------
# a political title without a name stands for the person


def test_title_terms() -> None:
    terms = align.title_terms()
    assert {"president", "minister", "prim", "foreign", "counterpart"} <= terms
    assert not terms & {"state", "head", "government", "mayor"}


def _placed(text: str, n: int) -> SentenceFeatures:
    f = feat(text, n)
    f.places = {w for w in ("ostravia", "lantish") if w in text.lower()}  # what the entity layer tags
    f.names = set(f.places)
    return f


@pytest.mark.parametrize(
    ("y", "paired"),
    [
        # the same title and places, two claims
        ("It will be the first visit of a Lantish prime minister to Ostravia.", False),
        # the same title and places and the claim itself
        ("The Lantish prime minister and Ostravia talked about grain.", True),
    ],
)
def test_a_shared_title_alone_is_no_claim(y: str, paired: bool) -> None:
    xs = [
        _placed("The Ostravian harbour will get new cranes.", 0),
        _placed("Ostravia and the Lantish prime minister spoke about grain.", 1),
    ]
    ys = [_placed("Fishermen protested in the old harbour of Lantia.", 0), _placed(y, 2)]
    filler = [feat("Wheat prices rose sharply.", 5), feat("A storm hit the coast.", 6)]
    idf = align.idf_weights(align.terms(f) for f in (*xs, *ys, *filler))
    assert (("p1-s1", "p2-s1") in {(p.a.passage, p.b.passage) for p in align.align(xs, ys, idf=idf)}) is paired


def _dravo(text: str, n: int) -> SentenceFeatures:
    f = feat(text, n)
    f.lemmas = [{"said": "say", "promised": "promise"}.get(w, w) for w in f.lemmas]  # what the lemmatiser gives
    f.people = {"pelle dravo"}
    f.names = {"pelle dravo"}
    return f


def test_a_title_with_the_shared_name_stays_a_claim_word() -> None:
    """ "Minister Dravo said" / "Fisheries Minister Dravo promised": the person's title and name, the fact in other words."""
    xs = [_dravo("Minister Pelle Dravo said payments would come before the winter.", 1)]
    ys = [_dravo("The money should reach the harbours soon, Fisheries Minister Pelle Dravo promised.", 2)]
    filler = [feat("Wheat prices rose sharply.", 5), feat("A storm hit the coast.", 6)]
    idf = align.idf_weights(align.terms(f) for f in (*xs, *ys, *filler))
    assert align.align(xs, ys, idf=idf)


@pytest.mark.parametrize(
    ("x", "y", "paired"),
    [
        # two things the minister did: the titled name is who, not what
        ("Prime Minister Pelle Dravo toured the new quay by boat.", "Prime Minister Pelle Dravo thanked the Lantish envoy.", False),
        ("Prime Minister Pelle Dravo toured the new quay by boat.", "Prime Minister Pelle Dravo said harbour fees would fall.", False),
        # both tell his words: the title stays a word of the claim
        ("Prime Minister Pelle Dravo said the quay was ready.", "“We kept our word,” Prime Minister Pelle Dravo promised.", True),
    ],
)
def test_a_titled_name_alone_is_who_unless_both_report_words(x: str, y: str, paired: bool) -> None:
    xs, ys = [_dravo(x, 1)], [_dravo(y, 2)]
    filler = [feat("Wheat prices rose sharply.", 5), feat("A storm hit the coast.", 6), feat("Ferries were late.", 7)]
    idf = align.idf_weights(align.terms(f) for f in (*xs, *ys, *filler))
    assert bool(align.align(xs, ys, idf=idf)) is paired
