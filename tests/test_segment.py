"""Segmentation: paragraphs and sentences as passages, repaired for news."""

from __future__ import annotations

import pytest

from parallax.analysis import analyze
from parallax.ingest import structure
from parallax.model import Article, Metadata
from parallax.segment import repair_sentences


def _article(text: str) -> Article:
    blocks, inferred, _ = structure(text)
    return Article(id="t", source="t.txt", raw=text, meta=Metadata(title=inferred["title"]), blocks=blocks)


def _sentences(text: str) -> list[str]:
    return [p.text for p in analyze(_article(text)).passages if p.kind == "sentence"]


@pytest.mark.parametrize(
    ("text", "bounds", "expected"),
    [
        # closing quote stranded at the start of the next sentence
        ("He said “Go.” Then left.", [(0, 13), (13, 24)], ["He said “Go.”", "Then left."]),
        # split after an abbreviation before a lower-case word
        ("Gen. smith arrived. Talks began.", [(0, 4), (5, 19), (20, 32)], ["Gen. smith arrived.", "Talks began."]),
        # a piece with no word joins the sentence before
        ("It ended. ...", [(0, 9), (10, 13)], ["It ended. ..."]),
        # lower-case continuation after an unfinished sentence
        (
            "The minister said that the talks, which began in May",
            [(0, 30), (31, 52)],
            ["The minister said that the talks, which began in May"],
        ),
        # proper splits are kept
        ("Prices rose. Wages fell.", [(0, 12), (13, 24)], ["Prices rose.", "Wages fell."]),
    ],
)
def test_repair_sentences(text, bounds, expected):
    assert [text[s:e] for s, e in repair_sentences(text, bounds)] == expected


def test_paragraphs_and_sentences_get_readable_ids():
    text = "Ministers meet in Oslo\n\nThe ministers met on Monday. They agreed on a plan.\n\nSource: Example Wire\n"
    analysis = analyze(_article(text))
    keys = [(p.id, p.kind, p.boilerplate) for p in analysis.passages]
    assert keys == [
        ("p1", "paragraph", False),
        ("p1-s1", "sentence", False),
        ("p1-s2", "sentence", False),
        ("p2", "paragraph", True),
    ]
    for p in analysis.passages:
        assert text[p.start : p.end] == p.text


def test_sentence_never_crosses_a_paragraph():
    text = "Officials met in Lisbon and\nThe talks went on late into the night."
    sentences = _sentences(text)
    assert all("\n" not in s for s in sentences)


def test_abbreviations_and_quotes_stay_whole():
    text = "The U.S. envoy met Dr. Alvarez on Friday. “We will not give up,” she said. “Never.”\n"
    assert _sentences(text) == ["The U.S. envoy met Dr. Alvarez on Friday.", "“We will not give up,” she said.", "“Never.”"]


def test_crlf_and_lone_cr_paragraphs():
    for sep in ("\r\n\r\n", "\r\r", "\n"):
        text = f"Storm hits coast{sep}Winds reached 150 km/h on Sunday.{sep}Thousands lost power."
        analysis = analyze(_article(text))
        paragraphs = [p.text for p in analysis.passages if p.kind == "paragraph"]
        assert paragraphs == ["Winds reached 150 km/h on Sunday.", "Thousands lost power."], repr(sep)


def test_passage_to_dict_is_asdict() -> None:
    """Passage.to_dict is written out for speed: same keys, order and values as ``asdict``."""
    from dataclasses import asdict

    passages = analyze(_article("Talks resume\n\nThe union met on Monday. “We agree,” she said.\n")).passages
    passages[0].aliases.append("p9")
    assert passages
    for p in passages:
        d = p.to_dict()
        assert list(d.items()) == list(asdict(p).items())
        assert d["lemmas"] is not p.lemmas and d["aliases"] is not p.aliases
