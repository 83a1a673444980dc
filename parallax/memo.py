"""What a long-running build process keeps between builds (``make serve``).

A one-shot ``parallax build`` reads the whole corpus back on every run: each
file is decoded again, each cached analysis parsed from JSON, each ledger
re-matched, each cached comparison parsed, every page rendered. That is cheap
per article but adds up to many seconds at 1,000 articles, and a live preview
pays it after every keystroke that saves a file. A :class:`Memo` keeps the
objects the previous build made, each under a key that covers everything it
was made from — the same content hashes the disk caches use — so an edit
re-does only the work whose inputs changed, and a memo can never serve a
stale result. Entries the latest build did not use are dropped, so memory
stays proportional to the corpus.

The memo is an optimisation only: a build with it gives exactly the bytes a
build without it gives (tested).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Article, ArticleAnalysis, Comparison, Passage, Problem
from .pagestore import PageStore


def content_key(*parts: Any) -> str:
    """A stable hash of plain data (JSON-serialisable parts)."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_signature(path: Path, siblings: list[str]) -> tuple[Any, ...]:
    """What says a file (and any file named like its sidecar) is unchanged.

    Size, modification time and inode of the article and of every sibling
    whose name starts with its stem (its sidecar, or a misnamed one the
    ingest warns about): any edit, rename or replacement changes one of them.
    """
    out: list[Any] = []
    stem = path.stem + "."
    for name in [path.name, *sorted(n for n in siblings if n.startswith(stem) and n != path.name)]:
        try:
            st = os.stat(path.parent / name)
        except OSError:
            out.append((name, None))
            continue
        out.append((name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


@dataclass
class Memo:
    """In-memory results of the previous build, keyed by what made them."""

    #: source label → (file signature, slug, article, problems)
    ingested: dict[str, tuple[Any, str, Article | None, list[Problem]]] = field(default_factory=dict)
    #: analysis cache key → (analysis, its passages before anchoring)
    analyses: dict[str, tuple[ArticleAnalysis, list[Passage]]] = field(default_factory=dict)
    #: article id → (key of its analysis, ledger and day; passages; retired notes)
    anchored: dict[str, Any] = field(default_factory=dict)
    #: analysis cache key → grouping terms
    terms: dict[str, Counter[str]] = field(default_factory=dict)
    #: story key → comparison
    comparisons: dict[str, Comparison] = field(default_factory=dict)
    #: generated page (or export record) → (key of its inputs, what was made)
    pages: dict[str, tuple[str, Any]] = field(default_factory=dict)
    #: made pages of earlier processes on disk (set by each build; None: memory only)
    store: PageStore | None = None

    def analysis(self, key: str, article: Article) -> ArticleAnalysis | None:
        """The analysis under ``key``, reset to its state before anchoring, for ``article``."""
        hit = self.analyses.get(key)
        if hit is None or hit[0].article.raw != article.raw:
            return None
        analysis, passages = hit
        analysis.passages = list(passages)
        analysis.article = article
        return analysis

    def keep_analysis(self, key: str, analysis: ArticleAnalysis) -> None:
        self.analyses[key] = (analysis, list(analysis.passages))

    def page(self, name: str, key: str | None) -> Any:
        """What was made for ``name`` from inputs hashing to ``key``, or None."""
        if key is None:
            return None
        hit = self.pages.get(name)
        if hit is not None and hit[0] == key:
            if self.store is not None:
                self.store.mark_used(name, key)
            return hit[1]
        made = self.store.get(name, key) if self.store is not None else None
        if made is not None:
            self.pages[name] = (key, made)
        return made

    def keep_page(self, name: str, key: str | None, made: Any) -> None:
        if key is not None:
            self.pages[name] = (key, made)
            if self.store is not None:
                self.store.put(name, key, made)

    def prune(self, *, sources: set[str], analysis_keys: set[str], article_ids: set[str], story_keys: set[str], pages: set[str]) -> None:
        """Drop what the latest build did not use (deleted or changed inputs).

        ``pages`` are the names of pages whose export record (``record:`` +
        name) is kept too.
        """
        pages = pages | {f"record:{p}" for p in pages}
        for store, live in (
            (self.ingested, sources),
            (self.analyses, analysis_keys),
            (self.terms, analysis_keys),
            (self.anchored, article_ids),
            (self.comparisons, story_keys),
            (self.pages, pages),
        ):
            for k in [k for k in store if k not in live]:
                del store[k]
