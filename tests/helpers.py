"""Shared test helpers: a throw-away project folder and a build in it."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from parallax.analysis import analyze
from parallax.build import BuildOptions, BuildResult, build
from parallax.compare.features import SentenceFeatures
from parallax.ingest import ingest_file, unique_slugs
from parallax.model import ArticleAnalysis

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HAND_WRITTEN = ("index.md", "method.md", "data.md", "scale.md")


def load_script(name: str, module: str | None = None) -> ModuleType:
    """``scripts/<name>.py`` as a module: the scripts are not a package, and
    their dataclasses look their module up in ``sys.modules`` while it loads."""
    spec = importlib.util.spec_from_file_location(module or f"{name}_script", ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


def make_project(tmp: Path, corpus: Path | None = None, files: dict[str, str | bytes] | None = None) -> Path:
    """A project folder with our mkdocs.yml and hand-written docs, and a corpus.

    ``corpus`` is copied to ``tmp/seeds``; ``files`` (name → content) are
    written into it as well.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    (tmp / "docs").mkdir(exist_ok=True)
    for name in HAND_WRITTEN:
        if (ROOT / "docs" / name).exists():
            shutil.copy(ROOT / "docs" / name, tmp / "docs" / name)
    shutil.copytree(ROOT / "docs" / "assets", tmp / "docs" / "assets", dirs_exist_ok=True)
    seeds = tmp / "seeds"
    seeds.mkdir(exist_ok=True)
    if corpus is not None:
        for path in sorted(corpus.iterdir()):
            if path.is_file():
                shutil.copy(path, seeds / path.name)
    for name, content in (files or {}).items():
        target = seeds / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return tmp


def build_project(root: Path, **options: object) -> BuildResult:
    """Build ``root`` (from :func:`make_project`) with a shared analysis cache."""
    opts = BuildOptions(
        corpus=root / "seeds",
        docs_dir=root / "docs",
        site_dir=root / "site",
        config_file=root / "mkdocs.yml",
        cache_dir=ROOT / ".cache" / "parallax-tests",
        anchors_dir=root / "anchors",
        today="2026-01-01",
        quiet=True,
        progress=False,
    )
    for key, value in options.items():
        setattr(opts, key, value)
    return build(opts)


@cache
def analyse_by_source(*sources: str) -> dict[str, ArticleAnalysis]:
    """Ingest and analyse repository files (paths relative to the root), keyed by path; cached per test run."""
    slugs = unique_slugs(sources)
    out = {}
    for source in sources:
        article, problems = ingest_file(ROOT / source, source=source, slug=slugs[source])
        assert article is not None, problems
        out[source] = analyze(article)
    return out


def analyse_sources(*sources: str) -> dict[str, ArticleAnalysis]:
    """The same analyses, keyed by article id."""
    return {a.article.id: a for a in analyse_by_source(*sources).values()}


def story_idf(*sentences: SentenceFeatures) -> dict[str, float]:
    """IDF weights over every sentence given, as a story computes them before aligning."""
    from parallax.compare import align

    return align.idf_weights(align.terms(f) for f in sentences)
