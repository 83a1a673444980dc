"""The comparison cache: a warm build reads each story from disk and renders exactly like a fresh one."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

from helpers import SEEDS, analyse_sources, build_project, make_project

from parallax.compare import compare_story, group_stories
from parallax.compare.cache import ComparisonCache, TermsCache, story_key
from parallax.compare.stories import article_terms
from parallax.model import Comparison, Pair, PassageRef, Story

SEED_SOURCES = tuple(f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt")))


def _seed_comparison() -> tuple[Story, dict, Comparison]:
    analyses = analyse_sources(*SEED_SOURCES)
    story = group_stories(list(analyses.values()))[0]
    return story, analyses, compare_story(story, analyses)


def test_round_trip_through_json_gives_an_equal_comparison() -> None:
    _, _, fresh = _seed_comparison()
    assert fresh.pairs and fresh.extra["quote_variants"], "the seeds must exercise pairs and quote diffs"
    back = Comparison.from_dict(json.loads(json.dumps(fresh.to_dict())))
    assert back == fresh
    assert back.extra["quote_variants"][0]["diff"] == fresh.extra["quote_variants"][0]["diff"]


def test_pair_record_keeps_exact_score_and_attrs() -> None:
    pair = Pair(PassageRef("a", "p1-s1"), PassageRef("b", "p2-s1"), 0.123456789, "same-fact", {"note": [1, "x"]})
    assert Pair.from_dict(json.loads(json.dumps(pair.to_record()))) == pair
    assert Pair.from_dict(pair.to_dict()).score == 0.1235  # the export form is rounded


def test_key_changes_with_passage_ids_and_story_but_not_with_unrelated_articles() -> None:
    story, analyses, _ = _seed_comparison()
    base = story_key(story, analyses)
    assert base == story_key(story, dict(analyses))
    renamed = copy.deepcopy(analyses)
    first = renamed[story.articles[0]]
    first.passages[-1].id = "moved-id"
    assert story_key(story, renamed) != base
    aliased = copy.deepcopy(analyses)
    aliased[story.articles[0]].passages[0].aliases.append("old-id")
    assert story_key(story, aliased) != base
    assert story_key(Story(story.id, "Another title", story.articles, story.method), analyses) != base
    assert story_key(Story(story.id, story.title, story.articles[:1], story.method), analyses) != base
    extra = dict(analyses)
    extra["unrelated"] = analyses[story.articles[0]]
    assert story_key(story, extra) == base


def test_cache_get_put(tmp_path: Path) -> None:
    story, analyses, fresh = _seed_comparison()
    k = story_key(story, analyses)
    assert ComparisonCache(None).get(k) is None and not ComparisonCache(None).put(k, fresh)
    cache = ComparisonCache(tmp_path)
    assert cache.get(k) is None
    assert cache.put(k, fresh)
    assert (tmp_path / "stories" / k[:2] / f"{k}.json").is_file()
    assert cache.get(k) == fresh and cache.hits == 1
    # A comparison JSON cannot give back (a tuple) is not stored.
    odd = copy.deepcopy(fresh)
    odd.extra["odd"] = ("a", "b")
    assert not cache.put("ff" + k[2:], odd)
    # A damaged file is a miss, not a crash.
    (tmp_path / "stories" / k[:2] / f"{k}.json").write_text("{not json", encoding="utf-8")
    assert cache.get(k) is None


def test_warm_build_renders_byte_identically(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    outputs = []
    for run in ("cold", "warm"):
        root = make_project(tmp_path / run, corpus=SEEDS)
        result = build_project(root, cache_dir=cache_dir, mkdocs=False)
        assert not result.errors, result.errors
        outputs.append((result, dict(result.pages), (root / "docs" / "data" / "analysis.json").read_bytes()))
    (cold, cold_pages, cold_json), (warm, warm_pages, warm_json) = outputs
    assert cold.timings["compare:stories_cached"] == 0
    assert warm.timings["compare:stories_cached"] == len(warm.comparisons) >= 1
    assert any(len(c.story.articles) >= 2 for c in warm.comparisons)
    assert warm.comparisons == cold.comparisons
    assert sorted(warm_pages) == sorted(cold_pages)
    for path, text in cold_pages.items():
        assert warm_pages[path] == text, path
    assert warm_json == cold_json


def test_the_analysis_carries_its_terms_and_grouping_reads_them(tmp_path: Path) -> None:
    analyses = analyse_sources(*SEED_SOURCES)
    for a in analyses.values():
        assert a.terms and Counter(a.terms) == article_terms(a)
    cache = TermsCache(tmp_path)
    assert [cache(a) for a in analyses.values()] == [Counter(a.terms) for a in analyses.values()]
    assert cache.hits == len(analyses) and not (tmp_path / "terms").exists()


def test_terms_cache_gives_back_the_same_terms_and_groups(tmp_path: Path) -> None:
    """For an analysis made before terms were stored with it."""
    analyses = copy.deepcopy(analyse_sources(*SEED_SOURCES, "tests/eval/corpus/" + _other_event()))
    for a in analyses.values():
        a.terms = {}
    fresh = {aid: article_terms(a) for aid, a in analyses.items()}
    cold, warm = TermsCache(tmp_path), TermsCache(tmp_path)
    assert {aid: cold(a) for aid, a in analyses.items()} == fresh and cold.hits == 0
    assert {aid: warm(a) for aid, a in analyses.items()} == fresh and warm.hits == len(analyses)
    assert TermsCache(None)(next(iter(analyses.values()))) == next(iter(fresh.values()))
    expected = [(s.id, s.articles, s.method) for s in group_stories(list(analyses.values()))]
    assert len(expected) == 2
    got = group_stories(list(analyses.values()), terms_of=TermsCache(tmp_path))
    assert [(s.id, s.articles, s.method) for s in got] == expected


def _other_event() -> str:
    """One evaluation-corpus text (about another event) so grouping has two stories to keep apart."""
    return sorted(p.name for p in (SEEDS.parent / "tests" / "eval" / "corpus").glob("*.txt"))[0]


def test_foreign_word_answers_are_kept_on_disk_for_the_next_process(tmp_path: Path, monkeypatch) -> None:
    """A re-read article needs no foreign word lists when its terms were judged before."""
    from parallax.compare import stories

    monkeypatch.setattr(stories, "FOREIGN_MEMO", {})
    monkeypatch.setattr("parallax.compare.cache.FOREIGN_MEMO", stories.FOREIGN_MEMO)
    analysis = copy.deepcopy(next(iter(analyse_sources(*SEED_SOURCES).values())))
    analysis.terms = {}  # made before terms were stored with the analysis
    expected = article_terms(analysis)
    stories.FOREIGN_MEMO.clear()
    TermsCache(tmp_path)(analysis)
    [memo_file] = (tmp_path / "terms").glob("foreign-*.json")
    saved = json.loads(memo_file.read_text(encoding="utf-8"))
    assert saved and saved == stories.FOREIGN_MEMO
    # a new process: empty memo, word lists unavailable; the terms cache entry is gone too
    stories.FOREIGN_MEMO.clear()
    for entry in (tmp_path / "terms").rglob("*"):
        if entry.is_file() and entry != memo_file:
            entry.unlink()

    def no_lists(*args: object) -> float:
        raise AssertionError("a foreign word list was loaded")

    monkeypatch.setattr(stories, "zipf_frequency", no_lists)
    monkeypatch.setattr(stories, "_zipf", lambda term: 0.0)
    assert TermsCache(tmp_path)(analysis) == expected


def test_lazy_get_reads_story_and_pair_count_then_the_rest_on_use(tmp_path: Path) -> None:
    import pickle

    from parallax.compare.cache import LazyComparison

    story, analyses, fresh = _seed_comparison()
    k = story_key(story, analyses)
    cache = ComparisonCache(tmp_path)
    assert cache.get_lazy(k) is None
    cache.put(k, fresh)
    lazy = cache.get_lazy(k)
    assert isinstance(lazy, LazyComparison) and cache.hits == 1
    assert lazy.story == fresh.story and lazy.pair_count() == len(fresh.pairs) and lazy._full is None
    assert lazy == fresh and fresh == lazy and lazy._full is not None
    assert lazy.pairs == fresh.pairs and lazy.matrix == fresh.matrix and lazy.to_dict() == fresh.to_dict()
    assert pickle.loads(pickle.dumps(lazy)) == fresh
    # Without its head (a cache written before heads existed) the whole comparison is read.
    (tmp_path / "stories" / k[:2] / f"{k}.head.json").unlink()
    back = cache.get_lazy(k)
    assert type(back) is Comparison and back == fresh
