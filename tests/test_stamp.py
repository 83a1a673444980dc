"""A rebuild with nothing changed leaves docs/ and site/ alone; any change rebuilds."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SEEDS, build_project, make_project

from parallax import stamp

pytestmark = pytest.mark.slow


def _listing(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in sorted(root.rglob("*")) if p.is_file()}


def test_unchanged_rebuild_is_skipped_and_every_change_rebuilds(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", SEEDS)
    cache = tmp_path / "cache"
    first = build_project(project, cache_dir=cache)
    assert not first.up_to_date and not first.problems
    before = _listing(project / "site")

    again = build_project(project, cache_dir=cache)
    assert again.up_to_date
    assert len(again.analyses) == len(first.analyses)  # the summary still has its numbers
    assert _listing(project / "site") == before  # not one file rewritten

    # a hand-written page changed: the site is rebuilt and shows it
    method = project / "docs" / "method.md"
    method.write_text(method.read_text(encoding="utf-8") + "\nA line added by the test.\n", encoding="utf-8")
    edited = build_project(project, cache_dir=cache)
    assert not edited.up_to_date
    assert "A line added by the test." in (project / "site" / "method" / "index.html").read_text(encoding="utf-8")

    # a built file deleted by hand: rebuilt, not trusted
    (project / "site" / "404.html").unlink()
    assert not build_project(project, cache_dir=cache).up_to_date
    assert (project / "site" / "404.html").exists()

    # --force always rebuilds; --no-cache never skips
    assert not build_project(project, cache_dir=cache, force=True).up_to_date
    assert not build_project(project, cache_dir=None).up_to_date


def test_inputs_hash_sees_article_ids_and_config(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", SEEDS)
    result = build_project(project, cache_dir=tmp_path / "cache", mkdocs=False)
    args = dict(config_file=project / "mkdocs.yml", docs_dir=project / "docs", generated_dirs=("articles",), site_url=None)
    base = stamp.inputs_hash(result.analyses, ["k"], **args)
    assert stamp.inputs_hash(result.analyses, ["k"], **args) == base
    assert stamp.inputs_hash(result.analyses, ["other"], **args) != base
    assert stamp.inputs_hash(result.analyses[:1], ["k"], **args) != base
    assert stamp.inputs_hash(result.analyses, ["k"], **{**args, "site_url": "https://example.org/"}) != base
    (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text() + "\n# changed\n")
    assert stamp.inputs_hash(result.analyses, ["k"], **args) != base
