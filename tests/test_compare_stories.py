"""Story grouping: same event together, other events apart, sidecar keys obeyed, stable ids."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import analyse_by_source

from parallax.analysis import analyze
from parallax.compare import group_stories
from parallax.compare.stories import article_terms, candidate_pairs, similarity, title_slug
from parallax.ingest import ingest_file, unique_slugs
from parallax.model import ArticleAnalysis, Span

ROOT = Path(__file__).resolve().parent.parent
FIX = "tests/fixtures/stories/"
SEEDS = ("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")
RIVAMONTE = (FIX + "rivamonte_a.txt", FIX + "rivamonte_b.txt", FIX + "rivamonte_c.txt")
#: Made-up articles about other events: a port strike, and a Russia-China
#: naval drill (same countries as the seeds, different event).
UNRELATED = (FIX + "harbour_strike.txt", FIX + "naval_drill.txt")


def corpus() -> dict[str, ArticleAnalysis]:
    return analyse_by_source(*SEEDS, *RIVAMONTE, *UNRELATED)


def pick(*sources: str) -> list[ArticleAnalysis]:
    return [corpus()[s] for s in sources]


def ids(*sources: str) -> list[str]:
    return sorted(corpus()[s].article.id for s in sources)


def with_story(a: ArticleAnalysis, story: str | None) -> ArticleAnalysis:
    """A copy of ``a`` whose sidecar says ``story`` (nothing else changes)."""
    article = replace(a.article, meta=replace(a.article.meta, story=story))
    return replace(a, article=article)


def test_seeds_form_one_story() -> None:
    stories = group_stories(pick(*SEEDS))
    assert [(s.articles, s.method) for s in stories] == [(ids(*SEEDS), "similarity")]


def test_unrelated_articles_split_off() -> None:
    stories = group_stories(pick(*SEEDS, *RIVAMONTE, *UNRELATED))
    groups = sorted(s.articles for s in stories)
    assert groups == sorted([ids(*SEEDS), ids(*RIVAMONTE), ids(UNRELATED[0]), ids(UNRELATED[1])])
    assert {s.method for s in stories if len(s.articles) == 1} == {"single"}


def test_adding_an_article_keeps_existing_story_ids() -> None:
    before = {s.id: s.articles for s in group_stories(pick(*SEEDS))}
    after = {s.id: s.articles for s in group_stories(pick(*SEEDS, *UNRELATED))}
    assert before.items() <= after.items()


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [
        (SEEDS[0], SEEDS[1], True),
        (RIVAMONTE[0], RIVAMONTE[2], True),
        (SEEDS[0], UNRELATED[1], False),  # same countries, another event
        (SEEDS[1], UNRELATED[1], False),
        (RIVAMONTE[1], UNRELATED[0], False),
    ],
)
def test_similarity_separates_events(a: str, b: str, related: bool) -> None:
    from parallax.compare.stories import SIMILARITY_MIN

    sim = similarity(article_terms(corpus()[a]), article_terms(corpus()[b]))
    assert (sim >= SIMILARITY_MIN) is related, sim


def test_candidates_come_from_shared_rare_terms_only() -> None:
    terms = {a.article.id: article_terms(a) for a in pick(*SEEDS, *RIVAMONTE)}
    pairs = candidate_pairs(terms)
    assert (ids(*SEEDS)[0], ids(*SEEDS)[1]) in pairs
    assert (ids(*RIVAMONTE)[0], ids(*RIVAMONTE)[2]) in pairs
    assert all(a < b for a, b in pairs)


def test_terms_shared_by_too_many_articles_make_no_candidates() -> None:
    """The inverted index skips terms in more than MAX_POSTINGS articles: no all-pairs blow-up."""
    from collections import Counter

    from parallax.compare.stories import MAX_POSTINGS

    many = {f"a{i:03d}": Counter({"dam": 9.0, "reservoir": 9.0, "helicopter": 9.0}) for i in range(MAX_POSTINGS + 1)}
    assert candidate_pairs(many) == []
    few = dict(list(many.items())[:3])
    assert candidate_pairs(few) == [("a000", "a001"), ("a000", "a002"), ("a001", "a002")]


def test_sidecar_story_wins() -> None:
    a, b, c = pick(SEEDS[0], SEEDS[1], RIVAMONTE[0])
    stories = group_stories([with_story(a, "Leaders' call"), with_story(b, "Other story"), with_story(c, "Leaders' call")])
    by_id = {s.id: s for s in stories}
    assert set(by_id) == {"leaders-call", "other-story"}
    assert by_id["leaders-call"].articles == sorted([a.article.id, c.article.id])
    assert by_id["leaders-call"].title == "Leaders' call"
    assert by_id["leaders-call"].method == "sidecar"


def test_article_without_sidecar_joins_a_sidecar_story_by_content() -> None:
    a, b = pick(*SEEDS)
    stories = group_stories([with_story(a, "The call"), b])
    assert [(s.id, s.articles, s.method) for s in stories] == [("the-call", ids(*SEEDS), "sidecar")]


def with_date(a: ArticleAnalysis, published: str | None) -> ArticleAnalysis:
    article = replace(a.article, meta=replace(a.article.meta, published=published))
    return replace(a, article=article)


@pytest.mark.parametrize(
    ("date_a", "date_b", "together"),
    [
        ("2022-12-30", "2022-12-30", True),
        ("2022-12-30", "2023-01-02", True),
        ("2022-12-30", "2023-12-30", False),  # alike, but a year apart: another event
        ("2022-12-30", None, True),  # unknown dates do not separate
        (None, None, True),
    ],
)
def test_publication_dates_far_apart_split_stories(date_a: str | None, date_b: str | None, together: bool) -> None:
    a, b = pick(*SEEDS)
    stories = group_stories([with_date(a, date_a), with_date(b, date_b)])
    assert (len(stories) == 1) is together


def test_deterministic_whatever_the_input_order() -> None:
    items = pick(*SEEDS, *RIVAMONTE, *UNRELATED)
    first = group_stories(items)
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == first


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Putin invites Xi to Moscow: “Let’s demonstrate the strength”", "putin-invites-xi-to-moscow"),
        ("Dam gives way above Rivamonte – Diario Norte", "dam-gives-way-above-rivamonte"),
        ("Dockworkers strike paralyses the port of Elsan for days", "dockworkers-strike-paralyses-the-port-of"),
        ("Breaking: flood", "breaking-flood"),
        ("", "article"),
    ],
)
def test_title_slug(title: str, slug: str) -> None:
    assert title_slug(title) == slug


def test_empty_corpus() -> None:
    assert group_stories([]) == []


def test_untranslated_words_are_not_distinctive_terms() -> None:
    """A stock foreign phrase flagged by the damage layer must not tie two events together."""
    a = corpus()[RIVAMONTE[0]]
    raw = a.article.raw
    start = raw.index("earthen")
    assert "earthen" in article_terms(a)
    flagged = replace(a, layers={**a.layers, "artifacts": [Span(start, start + len("earthen"), "untranslated", {"kind": "untranslated"})]})
    assert "earthen" not in article_terms(flagged)


def test_synthetic_corpus_groups_like_its_stories(tmp_path: Path) -> None:
    """Invented events of the same kinds (strikes, floods …) with shared agencies stay apart."""
    from parallax.synth import generate, write_corpus

    paths = write_corpus(tmp_path, generate(12, 4, seed=7, words=200, sidecars=1.0))
    slugs = unique_slugs(p.name for p in paths)
    truth: dict[str, str] = {}
    bare = []
    for path in paths:
        article, problems = ingest_file(path, source=path.name, slug=slugs[path.name])
        assert article is not None, problems
        analysis = analyze(article)
        truth[article.id] = str(article.meta.story)
        bare.append(with_date(with_story(analysis, None), None))  # group by content alone
    groups = sorted(sorted(s.articles) for s in group_stories(bare))
    expected = sorted(sorted(a for a in truth if truth[a] == story) for story in set(truth.values()))
    assert groups == expected
