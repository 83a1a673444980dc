"""The sources breadth set and its scorer (scripts/breadth_sources.py)."""

from __future__ import annotations

import pytest

from tests.helpers import load_script

breadth = load_script("breadth_sources")


def test_breadth_set_is_well_formed():
    """Every gold source is in its snippet, unambiguous, with a name (or null) and a contract type."""
    snippets = breadth.load()
    assert len(snippets) >= 150
    assert sum(1 for s in snippets if not any(not g.get("optional") for g in s.get("sources") or [])) >= 40


def test_gold_items_reject_an_ambiguous_or_absent_text():
    with pytest.raises(ValueError, match="ambiguous"):
        breadth.gold_items({"id": "x", "text": "AFP said AFP.", "sources": [{"text": "AFP", "name": "AFP", "type": "news-agency"}]})
    with pytest.raises(ValueError, match="not in its text"):
        breadth.gold_items({"id": "x", "text": "Police said so.", "sources": [{"text": "AFP", "name": "AFP", "type": "news-agency"}]})


def test_match_puts_required_gold_first_and_optional_as_neutral():
    gold = [
        breadth.Item(0, 3, "AFP", {"name": "AFP", "type": "news-agency", "optional": False}),
        breadth.Item(10, 16, "Police", {"name": None, "type": "official", "optional": True}),
    ]
    preds = [breadth.Item(0, 3, "AFP", {}), breadth.Item(10, 16, "Police", {}), breadth.Item(20, 25, "Maria", {})]
    pairs, missed, spurious = breadth.match(gold, preds)
    assert [g.text for g, _ in pairs] == ["AFP"] and missed == [] and [p.text for p in spurious] == ["Maria"]


def test_scorer_counts_found_false_and_names():
    snippets = [
        {
            "id": "a",
            "text": "A port official told the Baltic News Service that ships were turned away.",
            "sources": [
                {"text": "A port official", "name": None, "type": ["official", "anonymous"]},
                {"text": "Baltic News Service", "name": ["Baltic News Service", "BNS"], "type": "news-agency"},
            ],
        },
        {"id": "b", "text": "According to the law, the company must pay within 30 days.", "sources": []},
    ]
    counts, errors = breadth.score(snippets)
    assert counts["gold"] == 2 and counts["tp"] == 2 and counts["pred"] == 2, errors
    assert counts["name_accuracy"] == 1.0
