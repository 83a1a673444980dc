"""Stories compared in worker processes give exactly what one process gives."""

from __future__ import annotations

import pytest

from parallax.analysis import analyze
from parallax.build import MIN_PARALLEL, BuildOptions, compare_all
from parallax.compare import compare_story, group_stories
from parallax.ingest import ingest_file
from parallax.model import ArticleAnalysis, Story
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
