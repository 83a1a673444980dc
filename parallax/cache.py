"""Per-article analysis cache: one JSON file per (article content, pipeline).

The key is the article's content hash (raw bytes + sidecar), its id and
source path, and a fingerprint of the pipeline (``PIPELINE_VERSION`` plus the
bytes of every module and lexicon of the package), so editing the code or a
lexicon never serves stale analyses. The cache format — ``ArticleAnalysis``
as JSON, one file per key — is also the seam for processing a corpus on
other machines (see docs/scale.md): any worker that writes these files feeds
the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from .model import PIPELINE_VERSION, Article, ArticleAnalysis

PACKAGE_DIR = Path(__file__).parent


@cache
def pipeline_fingerprint() -> str:
    """Hash of the version and of every file that can change an analysis."""
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".yml", ".yaml", ".txt") and "render" not in path.relative_to(PACKAGE_DIR).parts:
            h.update(str(path.relative_to(PACKAGE_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def key(article: Article) -> str:
    h = hashlib.sha256()
    for part in (article.sha256, article.id, article.source, pipeline_fingerprint()):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def entry_path(root: Path, k: str) -> Path:
    """Where the cache entry ``k`` lives under ``root``: ``<k[:2]>/<k>.json``."""
    return root / k[:2] / f"{k}.json"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


class AnalysisCache:
    """Read and write cached analyses under ``root`` (None: no caching)."""

    def __init__(self, root: Path | None):
        self.root = root

    def _path(self, k: str) -> Path:
        assert self.root is not None
        return entry_path(self.root, k)

    def has(self, article: Article) -> bool:
        """Whether an entry exists for ``article`` (it may still fail to read: :meth:`get` says)."""
        return self.root is not None and self._path(key(article)).is_file()

    def get(self, article: Article) -> ArticleAnalysis | None:
        if self.root is None:
            return None
        path = self._path(key(article))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            analysis = ArticleAnalysis.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        # The raw text is the source of truth; never trust a cache that differs.
        if analysis.article.raw != article.raw:
            return None
        analysis.article = article
        return analysis

    def put(self, analysis: ArticleAnalysis) -> None:
        if self.root is None:
            return
        write_atomic(self._path(key(analysis.article)), json.dumps(analysis.to_dict(), ensure_ascii=False))
