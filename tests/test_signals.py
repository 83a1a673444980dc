"""Comparing a story reads the sentence parse the analysis stored: no spaCy at compare time."""

from __future__ import annotations

import json

import pytest
from helpers import analyse_sources

from parallax.compare import compare_story, features, group_stories
from parallax.model import ArticleAnalysis

SEEDS = ("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")


def test_signals_survive_the_cache_and_comparing_parses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = list(analyse_sources(*SEEDS).values())
    for a in analyses:
        body = {p.key for p in features.body_sentences(a)}
        assert set(a.signals) == body and body
        assert ArticleAnalysis.from_dict(json.loads(json.dumps(a.to_dict()))) == a
    by_id = {a.article.id: a for a in analyses}
    [story] = group_stories(analyses)
    expected = compare_story(story, by_id)

    def no_parse(text: str, *args: object) -> object:
        raise AssertionError(f"compare parsed a sentence again: {text[:40]!r}")

    for name in ("_parse", "polarity", "denied_lemmas", "clause_bounds", "quote_pieces"):
        monkeypatch.setattr(features, name, no_parse)
    assert compare_story(story, by_id) == expected
    assert any(sig["pieces"] for a in analyses for sig in a.signals.values())
    assert {sig["polarity"] for a in analyses for sig in a.signals.values()} >= {"affirmative"}


def test_the_analysis_reads_its_own_parse_of_each_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences are read from the article's parse, not parsed again one by one
    (a fifth of the analysis time), and the readers' text-keyed caches stay out
    of it: one sentence may parse differently in two articles."""
    from parallax import nlp
    from parallax.ingest import structure
    from parallax.model import Article, Metadata

    raw = (
        "Port talks fail\n\n"
        "The union did not accept the offer on Monday, and the ministry, which had proposed it, said talks would resume "
        "next week in the capital.\n\n"
        "“We will not sign a deal that cuts wages,” the union leader said.\n"
    )
    blocks, _, _ = structure(raw)
    article = Article(id="t", source="t.txt", raw=raw, meta=Metadata(), blocks=blocks)
    chunks = nlp.parse(raw, [(b.start, b.end) for b in blocks if b.label == "body"])
    from parallax.analysis import analyze

    analysis = analyze(article)

    def no_parse(text: str) -> object:
        raise AssertionError(f"parsed again: {text[:40]!r}")

    monkeypatch.setattr(features, "_parse_one", no_parse)
    before = features.polarity.cache_info().currsize
    signals = features.sentence_signals(analysis, chunks)
    assert features.polarity.cache_info().currsize == before
    assert {s["polarity"] for s in signals.values()} >= {"negative"}
    assert any(s["pieces"] for s in signals.values())
    assert signals == analysis.signals
