"""Stories compared in worker processes give exactly what one process gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parallax import export, render
from parallax.analysis import analyze
from parallax.build import MIN_PARALLEL, BuildOptions, PagePlan, _page_keys, compare_all
from parallax.compare import compare_story, group_stories
from parallax.compare.cache import ComparisonCache
from parallax.ingest import ingest_file
from parallax.model import ArticleAnalysis, Story
from parallax.pagestore import PageStore
from parallax.synth import generate, write_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[ArticleAnalysis], list[Story]]:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, generate(2 * MIN_PARALLEL, MIN_PARALLEL, seed=3, words=150, sidecars=1.0))
    analyses = [analyze(ingest_file(p, source=p.name, slug=p.stem)[0]) for p in sorted(folder.glob("*.txt"))]
    return analyses, group_stories(analyses)


def test_parallel_comparison_equals_serial(corpus: tuple[list[ArticleAnalysis], list[Story]]) -> None:
    analyses, stories = corpus
    by_id = {a.article.id: a for a in analyses}
    assert len(stories) == MIN_PARALLEL
    todo = [(s, f"k{i}") for i, s in enumerate(stories)]
    parallel = compare_all(todo, by_id, BuildOptions(jobs=2))
    assert [k for k, _ in parallel] == [k for _, k in todo]
    assert [c for _, c in parallel] == [compare_story(s, by_id) for s in stories]
    assert any(c.pairs for _, c in parallel)


def test_pages_made_by_the_comparison_workers_are_the_build_process_pages(
    corpus: tuple[list[ArticleAnalysis], list[Story]], tmp_path: Path
) -> None:
    """A cold build's workers render each story's pages and export records (PagePlan):
    the same text render_pages and dumps_export make from the same comparisons,
    and the comparisons are cached as the build process would cache them."""
    analyses, stories = corpus
    by_id = {a.article.id: a for a in analyses}
    todo = [(s, f"{i:02d}" * 32) for i, s in enumerate(stories)]
    pages = {aid: f"articles/{aid}/" for aid in by_id}
    story_of = {aid: s.id for s in stories for aid in s.articles}
    story_pages = {s.id: f"stories/{s.id}/" for s in stories if len(s.articles) >= 2}
    keys = _page_keys(analyses, [s.id for s in stories], [k for _, k in todo], pages, story_pages, story_of)
    made: dict[str, tuple[str, Any]] = {}
    plan = PagePlan(keys, story_pages, str(tmp_path), store=True)
    parallel = compare_all(todo, by_id, BuildOptions(jobs=2), plan, made=lambda name, k, thing: made.__setitem__(name, (k, thing)))
    comparisons = [c for _, c in parallel]
    assert comparisons == [compare_story(s, by_id) for s in stories]
    cached = ComparisonCache(tmp_path)
    assert [cached.get(k) for _, k in todo] == comparisons
    rendered = render.render_pages(analyses, comparisons, story_of=story_of, pages=pages, story_pages=story_pages)
    for aid, a in by_id.items():
        name = f"articles/{aid}.md"
        assert made[name] == (keys[name], rendered[name])
        assert made[f"record:{name}"] == (keys[name], export.article_record_text(a, pages[aid]))
    for c in comparisons:
        name = f"stories/{c.story.id}"
        page = render.path_to_md(story_pages[c.story.id])
        assert made[name] == (keys[name], {page: rendered[page]})
        assert made[f"record:{name}"] == (keys[name], export.comparison_record_text(c, story_pages[c.story.id]))
    store = PageStore(tmp_path)
    assert all(store.get(name, k) == thing for name, (k, thing) in made.items())


def test_long_steps_show_a_progress_bar_on_request_and_stay_quiet_otherwise(capsys) -> None:
    from parallax.build import BuildOptions, _progress

    step = _progress(30, BuildOptions(progress=True), unit="story", desc="comparing")
    for _ in range(30):
        step(1)
    step(None)
    err = capsys.readouterr().err
    assert "comparing" in err and "30/30" in err
    quiet = _progress(30, BuildOptions(progress=False))
    quiet(1)
    quiet(None)
    assert capsys.readouterr().err == ""
