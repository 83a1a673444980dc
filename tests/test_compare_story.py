"""compare_story end to end on made-up stories, and its parts as small tables."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from helpers import analyse_sources

from parallax.compare import compare_story, comparison_to_export, group_stories, passage_links
from parallax.compare.coverage import shorten
from parallax.compare.evaluate import Gold, score
from parallax.compare.features import QuoteText, SentenceFeatures
from parallax.compare.framing import log_odds
from parallax.compare.variants import focus, quote_variants, word_diff
from parallax.compare.voices import sources, who_speaks
from parallax.model import ArticleAnalysis, Pair, Passage, PassageRef, Span, Story

ROOT = Path(__file__).resolve().parent.parent
FIX = "tests/fixtures/stories/"
RIVAMONTE = (FIX + "rivamonte_a.txt", FIX + "rivamonte_b.txt", FIX + "rivamonte_c.txt")
SEEDS = ("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")


analyses = analyse_sources


@cache
def three():
    by_id = analyses(*RIVAMONTE)
    [story] = group_stories(list(by_id.values()))
    return story, by_id, compare_story(story, by_id)


def sentence_ids(a: ArticleAnalysis) -> list[str]:
    return [p.id for p in a.passages if p.kind == "sentence" and not p.boilerplate]


# --------------------------------------------------------------------------
# a three-article story


def test_three_article_story_compares_every_pair() -> None:
    story, by_id, c = three()
    assert len(story.articles) == 3
    article_pairs = {(p.a.article, p.b.article) for p in c.pairs}
    a, b, cc = story.articles
    assert article_pairs == {(a, b), (a, cc), (b, cc)}
    for p in c.pairs:
        assert p.a.passage in sentence_ids(by_id[p.a.article])
        assert p.b.passage in sentence_ids(by_id[p.b.article])
        assert p.relation in ("same-quote", "same-fact", "related")
        assert 0 < p.score <= 1


def test_matrix_rows_cover_every_sentence_once() -> None:
    story, by_id, c = three()
    seen = Counter((aid, pid) for row in c.matrix for aid, pids in row["cells"].items() for pid in pids)
    expected = {(aid, pid) for aid in story.articles for pid in sentence_ids(by_id[aid])}
    assert set(seen) == expected
    assert max(seen.values()) == 1
    assert [row["id"] for row in c.matrix] == [f"r{i}" for i in range(1, len(c.matrix) + 1)]
    # the evacuation figure is reported by all three outlets, in one row
    row = next(r for r in c.matrix if "3,200" in r["label"])
    assert row["shared_by"] == 3 and row["relation"] in ("same-fact", "same-quote")


def test_exclusive_and_summary_agree() -> None:
    story, by_id, c = three()
    summary = c.extra["summary"]
    for aid in story.articles:
        s = summary[aid]
        assert s["shared"] + s["partly"] + s["exclusive"] == s["sentences"] == len(sentence_ids(by_id[aid]))
        assert s["exclusive"] == len(c.exclusive[aid])
        assert [n["passage"] for n in s["notable"]] == [n["passage"] for n in s["notable"] if n["passage"] in c.exclusive[aid]]
    # what only one outlet reports: the opposition's demand (B) and the forecast (A and C, not B)
    b = story.articles[1]
    opposition = next(p.id for p in by_id[b].passages if p.kind == "sentence" and "opposition" in p.text)
    assert opposition in c.exclusive[b]


def test_quote_variant_with_word_diff() -> None:
    _, _, c = three()
    variants = c.extra["quote_variants"]
    roar = next(v for v in variants if "roar" in v["a"]["text"])
    ops = [op for op, _, _ in roar["diff"]]
    assert "equal" in ops and roar["same"] is False
    assert ("insert", "", "a") in [tuple(d) for d in roar["diff"]]


def test_export_entry_is_plain_json() -> None:
    story, _, c = three()
    entry = comparison_to_export(c)
    assert json.loads(json.dumps(entry)) == entry
    assert entry["id"] == story.id and entry["articles"] == story.articles and entry["page"] is None
    assert set(entry["pairs"][0]) >= {"a", "b", "score", "relation"}
    assert set(entry["pairs"][0]["a"]) == {"article", "passage"}
    assert set(entry["exclusive"]) == set(story.articles)
    assert {"id", "label", "cells"} <= set(entry["matrix"][0])
    json.dumps(c.extra)  # everything the page needs is JSON-able too


def test_deterministic() -> None:
    story, by_id, c = three()
    again = compare_story(story, dict(reversed(list(by_id.items()))))
    assert json.dumps(comparison_to_export(again)) == json.dumps(comparison_to_export(c))
    assert json.dumps(again.extra) == json.dumps(c.extra)


def test_passage_links_point_both_ways() -> None:
    _, _, c = three()
    links = passage_links(c)
    for p in c.pairs:
        assert {"article": p.b.article, "passage": p.b.passage} in [
            {k: x[k] for k in ("article", "passage")} for x in links[p.a.article][p.a.passage]
        ]
        assert {"article": p.a.article, "passage": p.a.passage} in [
            {k: x[k] for k in ("article", "passage")} for x in links[p.b.article][p.b.passage]
        ]


def test_single_article_story() -> None:
    by_id = analyses(RIVAMONTE[2])
    [aid] = by_id
    c = compare_story(Story("x", "x", [aid], "single"), by_id)
    assert c.pairs == []
    assert c.exclusive[aid] == sentence_ids(by_id[aid])


def test_evaluative_terms_are_exact_spans() -> None:
    by_id = analyses(*SEEDS)
    story = Story("s", "s", sorted(by_id))
    c = compare_story(story, by_id)
    found = c.extra["framing"]["evaluative"]
    terms = {aid: {e["term"] for e in entries} for aid, entries in found.items()}
    a, b = sorted(by_id)
    assert "war of aggression" in terms[a] and "aggression" not in terms[a]  # the longest match wins
    assert "provocation" in terms[b]
    for aid, entries in found.items():
        raw = by_id[aid].article.raw
        for e in entries:
            for m in e["matches"]:
                assert raw[m["start"] : m["end"]] == m["text"]
    # quote variants: the compared part and the whole quote are exact spans too
    variants = c.extra["quote_variants"]
    assert variants
    for v in variants:
        for side in (v["a"], v["b"]):
            raw = by_id[side["article"]].article.raw
            assert raw[side["start"] : side["end"]] == side["text"]
            assert raw[side["quote"]["start"] : side["quote"]["end"]] == side["quote"]["text"]
            assert side["quote"]["start"] <= side["start"] < side["end"] <= side["quote"]["end"]
    assert ["replace", "just", "fair"] in next(v["diff"] for v in variants if v["b"]["text"] == "objective and fair")


# --------------------------------------------------------------------------
# small parts


@pytest.mark.parametrize(
    ("a", "b", "ops"),
    [
        (
            "dear president, dear friend",
            "illustrious president, dear friend",
            [("replace", "dear", "illustrious"), ("equal", "president, dear friend", "president, dear friend")],
        ),
        ("objective and fair", "objective and fair", [("equal", "objective and fair", "objective and fair")]),
        (
            "it will not be easy",
            "it will be easy",
            [("equal", "it will", "it will"), ("delete", "not", ""), ("equal", "be easy", "be easy")],
        ),
        ("", "new words", [("insert", "", "new words")]),
    ],
)
def test_word_diff(a: str, b: str, ops: list[tuple[str, str, str]]) -> None:
    assert word_diff(a, b) == ops


def test_log_odds_favours_words_used_more() -> None:
    shared = Counter({f"word{i}": 2 for i in range(100)})  # two articles of ~200 content words
    mine = shared + Counter({"invasion": 20, "strike": 3})
    rest = shared + Counter({"operation": 20})
    z = log_odds(mine, rest)
    assert z["invasion"] > 1.96 and z["operation"] < -1.96  # strong evidence
    assert 0 < z["strike"] < 1.96  # used three times: some evidence, not strong
    assert abs(z["word1"]) < 0.05  # equal use: no difference


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 20, "short"),
        ("a sentence that is a bit too long to show", 20, "a sentence that is…"),
        ("line\nbreaks   collapse", 40, "line breaks collapse"),
    ],
)
def test_shorten(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected


def test_who_speaks_and_sources_from_layers() -> None:
    base = analyses(RIVAMONTE[2])
    [a] = base.values()
    raw = a.article.raw
    s1 = raw.index("Regional civil protection")
    s2 = raw.index("Firefighters used")
    a = ArticleAnalysis(
        a.article,
        a.passages,
        {
            "quotes": [
                Span(s1, s1 + 25, "quote", {"speaker": "Ann Lee"}),
                Span(s2, s2 + 17, "quote", {"speaker": None}),
            ],
            "sources": [Span(s1, s1 + 25, "source", {"name": "Civil Protection", "type": "official", "cue": "said"})],
        },
    )
    speakers = who_speaks(a)
    assert [(r["speaker"], r["words"], r["quotes"]) for r in speakers] == [("Ann Lee", 3, 1), (None, 2, 1)]
    assert speakers[0]["share"] == pytest.approx(0.6)
    assert [(s["name"], s["type"], s["count"]) for s in sources(a)] == [("Civil Protection", "official", 1)]


def test_scorer_counts_required_acceptable_and_forbidden() -> None:
    def pair(x: str, y: str, relation: str = "same-fact") -> Pair:
        return Pair(PassageRef("a", x), PassageRef("b", y), 0.5, relation)

    k = lambda x, y: frozenset({("a", x), ("b", y)})  # noqa: E731
    gold = Gold(
        {"A": "a", "B": "b"},
        required={k("p1-s1", "p2-s1"), k("p1-s2", "p3-s1")},
        acceptable={k("p1-s3", "p3-s1")},
        must_not={k("p1-s4", "p4-s1")},
        unaligned={("b", "p9-s1")},
        relations={k("p1-s1", "p2-s1"): "same-quote"},
        names={k("p1-s1", "p2-s1"): "A:p1-s1 ↔ B:p2-s1", k("p1-s2", "p3-s1"): "A:p1-s2 ↔ B:p3-s1"},
    )
    result = score(gold, [pair("p1-s1", "p2-s1", "same-quote"), pair("p1-s3", "p3-s1"), pair("p1-s4", "p4-s1"), pair("p1-s5", "p9-s1")])
    assert (result.proposed, result.correct, result.found, result.required) == (4, 2, 1, 2)
    assert result.precision == 0.5 and result.recall == 0.5
    assert result.missed == ["A:p1-s2 ↔ B:p3-s1"]
    assert len(result.violations) == 2
    assert result.to_dict()["relation_agreement"] == 1.0


def _sentence(article: str, text: str, quote: str, speaker: str | None) -> SentenceFeatures:
    start = text.index(quote)
    p = Passage("p1-s1", "sentence", 1, 1, 0, len(text), text, id="p1-s1")
    return SentenceFeatures(article, p, 0, [], quotes=[QuoteText(start, start + len(quote), quote, speaker)])


@pytest.mark.parametrize(
    ("speaker_a", "speaker_b", "speaker", "differ"),
    [
        ("Ann Lee", "Ann Lee", "Ann Lee", False),
        ("Ann Lee", None, "Ann Lee", False),
        (None, None, None, False),
        ("Ann Lee", "Bo Chen", None, True),
    ],
)
def test_quote_variant_speakers(speaker_a: str | None, speaker_b: str | None, speaker: str | None, differ: bool) -> None:
    a = _sentence("a", "She said: “We will rebuild every bridge in the valley.”", "We will rebuild every bridge in the valley.", speaker_a)
    b = _sentence("b", "“We shall rebuild every bridge of the valley”, he said.", "We shall rebuild every bridge of the valley", speaker_b)
    pair = Pair(PassageRef("a", "p1-s1"), PassageRef("b", "p1-s1"), 0.9, "same-quote")
    [v] = quote_variants([pair, pair], {("a", "p1-s1"): a, ("b", "p1-s1"): b})  # duplicates listed once
    assert (v["speaker"], v["speakers_differ"]) == (speaker, differ)
    assert ["replace", "will", "shall"] in v["diff"] and v["same"] is False
    assert v["a"]["text"] == "We will rebuild every bridge in the valley."


def test_no_variant_for_different_quotes() -> None:
    a = _sentence("a", "“The dam was safe”, the mayor said.", "The dam was safe", None)
    b = _sentence("b", "“Nobody warned us about the rain”, a resident said.", "Nobody warned us about the rain", None)
    pair = Pair(PassageRef("a", "p1-s1"), PassageRef("b", "p1-s1"), 0.3, "related")
    assert quote_variants([pair], {("a", "p1-s1"): a, ("b", "p1-s1"): b}) == []


@pytest.mark.parametrize(
    ("a", "b", "focus_a", "focus_b"),
    [
        # a short quote of a long statement: the long one is cut to the matching words
        (
            "China will keep an objective and just position and help the talks",
            "objective and fair",
            "objective and just",
            "objective and fair",
        ),
        (
            "facing a complicated international situation and far from unique",
            "a difficult situation",
            "a complicated international situation",
            "a difficult situation",
        ),
        # comparable lengths: both whole
        (
            "We are waiting for you, dear friend.",
            "We wait for you, dear friend, in spring",
            "We are waiting for you, dear friend.",
            "We wait for you, dear friend, in spring",
        ),
        # nothing in common: both whole
        ("completely different words here and more", "other", "completely different words here and more", "other"),
    ],
)
def test_focus(a: str, b: str, focus_a: str, focus_b: str) -> None:
    (sa, ea), (sb, eb) = focus(a, b)
    assert (a[sa:ea], b[sb:eb]) == (focus_a, focus_b)
    (sb2, eb2), (sa2, ea2) = focus(b, a)
    assert (a[sa2:ea2], b[sb2:eb2]) == (focus_a, focus_b)  # symmetric


def test_a_nested_quote_is_not_counted_twice_in_who_speaks() -> None:
    from parallax.analysis import analyze
    from parallax.compare.voices import who_speaks
    from parallax.ingest import structure
    from parallax.model import Article, Metadata

    raw = "Rescue in Tessaly\n\nMinister Rosa Lind said: “When the team radioed back ‘we can hear them,’ everyone cried.”\n"
    blocks, _, _ = structure(raw)
    analysis = analyze(Article(id="n", source="n.txt", raw=raw, meta=Metadata(), blocks=blocks))
    assert any(q.attrs.get("nested") for q in analysis.layer("quotes"))
    from parallax.compare.features import words

    [outer] = [q for q in analysis.layer("quotes") if not q.attrs.get("nested")]
    rows = who_speaks(analysis)
    assert [(r["speaker"], r["words"]) for r in rows] == [("Rosa Lind", len(words(outer.text(raw))))]
