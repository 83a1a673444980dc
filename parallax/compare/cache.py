"""Per-story comparison cache: a warm rebuild re-compares only changed stories.

A story's :class:`~parallax.model.Comparison` depends on the story (id,
title, method, members), on each member's analysis (whose cache key already
covers its bytes, sidecar and the pipeline) and on each member's published
passage IDs, which the anchors stage sets from the ledger after analysis. All
of these go into :func:`story_key`; the comparison is stored as JSON under
``<cache_dir>/stories/<key[:2]>/<key>.json``, beside the analysis cache.

A comparison is only stored when its JSON round trip gives back an equal
object, so a cached comparison always renders exactly like a fresh one
(tuples or non-string keys would not survive JSON: such a comparison is just
recomputed every build).

Grouping reads each article's distinctive terms (:func:`~.stories.article_terms`),
whose foreign-word test loads seven languages' word lists (~1.5 s). The
analysis computes them (in its worker processes) and stores them with
itself; for an analysis without them, :class:`TermsCache` computes them and
keeps them under ``<cache_dir>/terms/``, keyed by the article's analysis
cache key, so a warm rebuild never loads those lists.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..cache import entry_path, pipeline_fingerprint, write_atomic
from ..cache import key as analysis_key
from ..model import ArticleAnalysis, Comparison, Story
from .stories import FOREIGN_MEMO, article_terms


def story_key(story: Story, analyses: dict[str, ArticleAnalysis]) -> str:
    """Hash of everything :func:`~parallax.compare.compare_story` reads for ``story``."""
    members = [aid for aid in sorted(story.articles) if aid in analyses]
    parts: list[object] = [pipeline_fingerprint(), story.id, story.title, story.method, members]
    for aid in members:
        a = analyses[aid]
        parts.append(analysis_key(a.article))
        parts.append([[p.key, p.id, list(p.aliases)] for p in a.passages])
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


class LazyComparison(Comparison):
    """A cached comparison whose pairs, rows and the rest are parsed on first use.

    A fresh build after one edit reads every story's comparison back, yet of
    an unchanged story it only needs the story and its number of pairs: its
    page and export record come from the page store. Parsing them all was
    ~50 MB of JSON at 1,000 articles (2-3 CPU seconds). Equal to the
    :class:`~parallax.model.Comparison` it stands for, field by field.
    """

    __slots__ = ("_full", "_pair_count", "_path")

    def __init__(self, story: Story, pair_count: int, path: Path):
        self.story = story
        self._pair_count = pair_count
        self._path = path
        self._full: Comparison | None = None

    def loaded(self) -> Comparison:
        """The whole comparison (parsed once)."""
        if self._full is None:
            self._full = Comparison.from_dict(json.loads(self._path.read_text(encoding="utf-8")))
            self._full.story = self.story
        return self._full

    def pair_count(self) -> int:
        return self._pair_count if self._full is None else len(self._full.pairs)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyComparison):
            other = other.loaded()
        return self.loaded() == other if isinstance(other, Comparison) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyComparison(story={self.story!r}, pairs={self._pair_count})"

    def __reduce__(self) -> tuple[Any, ...]:
        full = self.loaded()
        return (Comparison, (full.story, full.pairs, full.exclusive, full.matrix, full.extra))


def _lazy_field(name: str) -> property:
    def get(self: LazyComparison) -> Any:
        return getattr(self.loaded(), name)

    def set_(self: LazyComparison, value: Any) -> None:
        setattr(self.loaded(), name, value)

    return property(get, set_, doc=f"The comparison's ``{name}``, parsed on first use.")


for _name in ("pairs", "exclusive", "matrix", "extra"):
    setattr(LazyComparison, _name, _lazy_field(_name))


class ComparisonCache:
    """Read and write cached comparisons under ``root/stories`` (root None: no caching).

    Beside each comparison ``<key>.json`` lies ``<key>.head.json``: its story
    and number of pairs, what :meth:`get_lazy` reads.
    """

    def __init__(self, root: Path | None):
        self.root = root / "stories" if root is not None else None
        self.hits = 0

    def _path(self, k: str) -> Path:
        assert self.root is not None
        return entry_path(self.root, k)

    def get(self, k: str) -> Comparison | None:
        if self.root is None:
            return None
        try:
            comparison = Comparison.from_dict(json.loads(self._path(k).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        self.hits += 1
        return comparison

    def _head_path(self, k: str) -> Path:
        return self._path(k).with_suffix(".head.json")

    def get_lazy(self, k: str) -> Comparison | None:
        """Like :meth:`get`, parsing only the story and the pair count until more is asked for."""
        if self.root is None:
            return None
        path = self._path(k)
        try:
            head = json.loads(self._head_path(k).read_text(encoding="utf-8"))
            story, count = Story.from_dict(head["story"]), int(head["pairs"])
            if not path.is_file():
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return self.get(k)
        self.hits += 1
        return LazyComparison(story, count, path)

    def put(self, k: str, comparison: Comparison) -> bool:
        """Store ``comparison``; False (not stored) when JSON would not give it back unchanged."""
        if self.root is None:
            return False
        try:
            text = json.dumps(comparison.to_dict(), ensure_ascii=False)
        except (TypeError, ValueError):
            return False
        if Comparison.from_dict(json.loads(text)) != comparison:
            return False
        write_atomic(self._path(k), text)
        write_atomic(
            self._head_path(k), json.dumps({"story": comparison.story.to_dict(), "pairs": len(comparison.pairs)}, ensure_ascii=False)
        )
        return True


class TermsCache:
    """:func:`~.stories.article_terms` with its results kept under ``root/terms`` (root None: computed every time)."""

    def __init__(self, root: Path | None, *, memory: dict[str, Counter[str]] | None = None):
        self.root = root / "terms" if root is not None else None
        self.hits = 0
        self._memo_loaded = False
        #: analysis key → terms, kept by a long-running process between builds
        self.memory = memory

    def _memo_path(self) -> Path:
        assert self.root is not None
        return self.root / f"foreign-{pipeline_fingerprint()}.json"

    def _load_memo(self) -> None:
        """Earlier answers of :func:`~.stories.is_foreign` (a miss costs seven word lists)."""
        if self._memo_loaded:
            return
        self._memo_loaded = True
        try:
            data = json.loads(self._memo_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict):
            FOREIGN_MEMO.update({t: v for t, v in data.items() if isinstance(t, str) and isinstance(v, bool)})

    def __call__(self, analysis: ArticleAnalysis) -> Counter[str]:
        if analysis.terms:  # computed with the analysis (any analysis made since terms were stored)
            self.hits += 1
            return Counter(analysis.terms)
        k = analysis_key(analysis.article)
        if self.memory is not None and k in self.memory:
            self.hits += 1
            return self.memory[k]
        terms = self._get(analysis, k)
        if self.memory is not None:
            self.memory[k] = terms
        return terms

    def _get(self, analysis: ArticleAnalysis, k: str) -> Counter[str]:
        if self.root is None:
            return article_terms(analysis)
        path = entry_path(self.root, k)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, list) and all(isinstance(t, str) and isinstance(w, int | float) for t, w in data):
                self.hits += 1
                return Counter(dict(data))
        except (OSError, ValueError, TypeError):
            pass
        self._load_memo()
        known = len(FOREIGN_MEMO)
        terms = article_terms(analysis)
        write_atomic(path, json.dumps(list(terms.items()), ensure_ascii=False))
        if len(FOREIGN_MEMO) != known:
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomic(self._memo_path(), json.dumps(dict(sorted(FOREIGN_MEMO.items())), ensure_ascii=False))
        return terms
