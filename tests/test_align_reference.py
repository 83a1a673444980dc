"""Alignment signals for reference: a denial both sentences share, a subject told by a pronoun or a bare noun, a name glossed in brackets.

Texts are invented (a pier, a ferry, a roads agency), never from any corpus.
"""

from __future__ import annotations

import re

import pytest

from parallax.compare import align
from parallax.compare.features import (
    SentenceFeatures,
    _parse_one,
    absences,
    content_words,
    denied_lemmas,
    glosses,
    polarity,
    resolve_subjects,
    subject,
    unable,
)
from parallax.model import Article, ArticleAnalysis, Metadata, Passage, Span


def feat(text: str, n: int = 1) -> SentenceFeatures:
    """Features of one made-up sentence: content words stand in for lemmas, an absence for its denied word."""
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    said = dict(absences(text))
    return SentenceFeatures("a", p, n, [said.get(w, w) for w in content_words(text)], polarity=polarity(text), denied=denied_lemmas(text))


# --------------------------------------------------------------------------
# a denial both sentences make is no difference in polarity


@pytest.mark.parametrize(
    ("a", "b", "polar"),
    [
        # one denial, told in the main clause and in what someone was told
        ("Ferry passengers were told not to board before noon.", "Ferry passengers cannot board before noon.", False),
        ("Anglers were asked not to fish in the lagoon.", "Anglers may not fish in the lagoon.", False),
        # a refusal to tell, in two wordings (the second machine-translated)
        ("She declined to say how much fuel was lost.", "The skipper wanted that not confirm.", False),
        # a denial against the claim it denies
        ("The crew accepted the offer.", "The crew did not accept the offer.", True),
        ("Passengers were told the ferry would sail on Monday.", "The ferry did not sail on Monday.", True),
    ],
)
def test_a_shared_denial_is_no_contrary_polarity(a: str, b: str, polar: bool) -> None:
    assert align._polar(feat(a), feat(b, 2)) is polar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lagoon water is unsafe to drink.", {"drink"}),
        ("Divers were unable to reach the wreck.", {"reach"}),
        ("The fish was declared unfit to eat.", {"eat"}),
        ("The water is safe to drink again.", set()),
        ("An unsafe bridge was closed.", set()),
    ],
)
def test_unable_denies_the_verb_after_it(text: str, expected: set[str]) -> None:
    assert unable(text) == expected


def test_unsafe_to_drink_agrees_with_cannot_drink() -> None:
    a, b = feat("Anglers were warned the lagoon water is unsafe to drink."), feat("Anglers cannot drink the lagoon water.", 2)
    a.denied |= unable(a.passage.text)
    assert a.polarity == "affirmative" and b.polarity == "negative"
    assert not align._polar(a, b)


# --------------------------------------------------------------------------
# the subject of a sentence's main verb, as the analysis stores it


@pytest.mark.parametrize(
    ("text", "head", "pos", "verb"),
    [
        ("It said it would check every bolt of the pier.", "it", "PRON", "say"),
        ("Why the lamp failed, it will examine.", "it", "PRON", "examine"),
        ("The agency said the pier would stay shut.", "agency", "NOUN", "say"),
        ("It is the third closure this year.", "it", "PRON", "be"),
    ],
)
def test_subject_of_the_main_verb(text: str, head: str, pos: str, verb: str) -> None:
    got = subject(_parse_one(text))
    assert got is not None
    assert got[2:5] == [head, pos, verb]
    s, e = got[0], got[1]
    assert text[s:e].lower().endswith(head)


def test_no_subject_without_a_main_verb_subject() -> None:
    assert subject(_parse_one("Not before Friday.")) is None


# --------------------------------------------------------------------------
# a pronoun or a bare noun stands for the name of the subject before it


def analysis_of(paragraphs: list[str], names: dict[str, str]) -> tuple[ArticleAnalysis, list[Passage]]:
    """An analysis of one sentence per paragraph, with ``names`` (text → label) as its entities."""
    raw = "\n\n".join(paragraphs)
    passages, spans = [], []
    for n, text in enumerate(paragraphs, 1):
        start = raw.index(text)
        passages.append(Passage(f"p{n}-s1", "sentence", n, 1, start, start + len(text), text, id=f"p{n}-s1"))
    for name, label in names.items():
        for m in re.finditer(re.escape(name), raw):
            spans.append(Span(m.start(), m.end(), label))
    article = Article("x", "x.txt", raw, Metadata())
    return ArticleAnalysis(article, passages, {"entities": spans}), passages


def resolved(paragraphs: list[str], names: dict[str, str]) -> list[dict[str, str]]:
    analysis, passages = analysis_of(paragraphs, names)
    return resolve_subjects(analysis, passages, [subject(_parse_one(p.text)) for p in passages])


def test_a_pronoun_takes_the_name_of_the_subject_before() -> None:
    got = resolved(
        [
            "Norvik said the bolts of the pier were new.",
            "It said it would check every one of them.",
            "It will publish the results in May.",
        ],
        {"Norvik": "ORG"},
    )
    assert got == [{}, {"norvik": "ORG"}, {"norvik": "ORG"}]  # the third through the second


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # "she" is a person, "it" is not
        ("Mayor Ilse Rautio visited the pier on Monday.", "She said the repairs would take a month.", {"ilse rautio": "PERSON"}),
        ("Mayor Ilse Rautio visited the pier on Monday.", "It said the repairs would take a month.", {}),
        # an empty "it"
        ("Norvik closed the pier on Monday.", "It is the third closure this year.", {}),
        # the subject before names no one: the pier is no name
        ("The pier, the longest on the coast of Lindholm, was closed.", "It reopened on Friday.", {}),
        # the parser hangs the apposition on the nearest noun; the name still names the subject
        ("The firm that built the pier, Norvik, says the bolts were new.", "It has promised to check them.", {"norvik": "ORG"}),
    ],
)
def test_which_pronoun_stands_for_which_name(first: str, second: str, expected: dict[str, str]) -> None:
    names = {"Ilse Rautio": "PERSON", "Norvik": "ORG", "Lindholm": "PLACE"}
    assert resolved([first, second], names)[1] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the noun is a word of the name
        ("The Lindholm Harbour Board closed the pier.", "The board said it would reopen in May.", {"lindholm harbour board": "ORG"}),
        # the noun glosses the name in apposition or in brackets
        ("Norvik, the engineering firm, built the pier.", "The firm said the bolts were new.", {"norvik": "ORG"}),
        ("Satamalaitos (the harbour authority) closed the pier.", "The authority said it would reopen.", {"satamalaitos": "ORG"}),
        # a noun nothing named before
        ("Norvik built the pier.", "The council said the bolts were new.", {}),
        # a word of the name, not its head
        ("The Harbour Police closed the pier.", "The harbour stayed shut all week.", {}),
    ],
)
def test_a_bare_noun_stands_for_the_name_it_glosses(first: str, second: str, expected: dict[str, str]) -> None:
    names = {"Lindholm Harbour Board": "ORG", "Norvik": "ORG", "Satamalaitos": "ORG", "The Harbour Police": "ORG"}
    assert resolved([first, second], names)[1] == expected


def test_a_resolved_pronoun_pairs_two_outlets_on_the_name() -> None:
    """ "It will examine why the lamp failed" and "Norvik has promised to find out why the lamp never lit": the name is shared."""
    wire, retold = feat("It will examine why the lamp failed.", 1), feat("Norvik has promised to find out why the lamp never lit.", 1)
    fillers = [feat("The pier stayed shut all week.", 2), feat("Divers inspected the pier on Thursday.", 3)]
    retold.names = {"norvik"}
    idf = align.idf_weights(align.terms(f) for f in (wire, retold, *fillers))
    bare = align.score_pair(wire, retold, idf).lexical
    wire.names = {"norvik"}
    assert align.score_pair(wire, retold, idf).lexical > bare


# --------------------------------------------------------------------------
# an institution named in its own language and glossed in English


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Agjencia Rrugore (the roads agency) closed the bridge.", "Agjencia Rrugore", {("roads agency", "agjencia rrugore")}),
        ("Vegvesenet (Public Roads Administration) closed it.", "Vegvesenet", {("public roads administration", "vegvesenet")}),
        # an acronym, a figure, one word: no gloss
        ("The Roads Agency (ARR) closed the bridge.", "The Roads Agency", set()),
        ("Vegvesenet (2019) closed it.", "Vegvesenet", set()),
        ("Vegvesenet (Oslo) closed it.", "Vegvesenet", set()),
    ],
)
def test_glosses(text: str, name: str, expected: set[tuple[str, str]]) -> None:
    assert glosses([(name.lower(), text.index(name) + len(name))], text) == expected


def test_a_glossed_name_is_read_as_the_original_in_every_outlet() -> None:
    a, b, c = (
        feat("Agjencia Rrugore (the roads agency) closed the bridge."),
        feat("The Albanian Roads Agency shut it."),
        feat("The mayor spoke."),
    )
    a.names, a.glosses = {"agjencia rrugore"}, {("roads agency", "agjencia rrugore")}
    b.names, c.names = {"albanian roads agency"}, {"ilir hoxha"}
    assert align.read_glosses([[a], [b, c]]) == {"albanian roads agency": "agjencia rrugore"}
    assert b.names == {"agjencia rrugore"} and c.names == {"ilir hoxha"}
