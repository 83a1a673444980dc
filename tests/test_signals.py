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
