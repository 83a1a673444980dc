"""Per-article analysis cache: one JSON file per (article content, pipeline).

The key is the article's content hash (raw bytes + sidecar), its id and
source path, and a fingerprint of the pipeline (``PIPELINE_VERSION`` plus the
bytes of every module and lexicon of the package), so editing the code or a
lexicon never serves stale analyses. The cache format — ``ArticleAnalysis``
as JSON, one file per key — is also the seam for processing a corpus on
other machines (see docs/scale.md): any worker that writes these files feeds
the build.

Beside each entry lies a *lite* copy, ``<key>.<python tag>.lite``: what a
build needs of an article it does not re-analyse (passages without their
text, which is sliced from the raw text again, layers, word count, terms) as
positional lists in :mod:`marshal` format, about a third of the JSON and
three to four times quicker to read back. The sentence signals only the
comparison of a changed story reads are left in the JSON entry and loaded on
first use (:class:`LazyAnalysis`). The lite copy is a private acceleration,
never the contract: it is rebuilt from the JSON entry when missing, and an
entry written by other tools without one is read in full once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import marshal
import os
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .model import PIPELINE_VERSION, Article, ArticleAnalysis, Passage, Problem, Span

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


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb" if isinstance(text, bytes) else "w", **({} if isinstance(text, bytes) else {"encoding": "utf-8"})) as fh:
        fh.write(text)
    os.replace(tmp, path)


#: marshal's format may change between Python versions: a lite copy names its reader.
LITE_TAG = sys.implementation.cache_tag or "python"
#: Bumped when the lite layout below changes.
LITE_FORMAT = 1


def raw_digest(raw: str) -> str:
    """Hash of an article's decoded text (a lite copy is only used for the same text)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def lite_record(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The lite copy of ``analysis`` (plain data, see the module docstring).

    A passage is ``[key, kind, paragraph, sentence, start, end, boilerplate,
    id, aliases, lemmas]``, with its text appended only when it is not the
    raw text's ``[start:end]``; a span is ``[start, end, label, attrs]``.
    """
    raw = analysis.article.raw
    passages = []
    for p in analysis.passages:
        row: list[Any] = [p.key, p.kind, p.paragraph, p.sentence, p.start, p.end, p.boilerplate, p.id, list(p.aliases), list(p.lemmas)]
        if raw[p.start : p.end] != p.text:
            row.append(p.text)
        passages.append(row)
    return {
        "format": LITE_FORMAT,
        "raw": raw_digest(raw),
        "passages": passages,
        "layers": {k: [[s.start, s.end, s.label, s.attrs] for s in v] for k, v in analysis.layers.items()},
        "word_count": analysis.word_count,
        "terms": analysis.terms,
    }


_SIGNALS = ArticleAnalysis.__dict__["signals"]  # the slot LazyAnalysis fills on first use


class LazyAnalysis(ArticleAnalysis):
    """A cached analysis read from its lite copy; its ``signals`` are read from
    the full JSON entry on first use (only comparing a changed story needs them).

    Equal to the :class:`~parallax.model.ArticleAnalysis` it stands for,
    field by field, and serialised (``to_dict``, pickling) as one.
    """

    __slots__ = ("_entry",)

    def __init__(self, entry: Path, **fields: Any):
        ArticleAnalysis.__init__(self, **fields)
        self._entry: Path | None = entry

    @property  # type: ignore[override]
    def signals(self) -> dict[str, dict[str, Any]]:
        """The sentence signals (read from the JSON entry the first time)."""
        if self._entry is not None:
            path = self._entry
            try:
                signals = dict(json.loads(path.read_text(encoding="utf-8")).get("signals", {}))
            except (OSError, ValueError, AttributeError, TypeError) as exc:
                raise RuntimeError(
                    f"the cached analysis {path} can no longer be read ({exc}); delete the cache folder and build again"
                ) from exc
            self._entry = None
            _SIGNALS.__set__(self, signals)
        return _SIGNALS.__get__(self)

    @signals.setter
    def signals(self, value: dict[str, dict[str, Any]]) -> None:
        self._entry = None
        _SIGNALS.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleAnalysis):
            return NotImplemented
        names = ("article", "passages", "layers", "word_count", "retired", "signals", "terms")
        return all(getattr(self, n) == getattr(other, n) for n in names)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (ArticleAnalysis, (self.article, self.passages, self.layers, self.word_count, self.retired, self.signals, self.terms))


class AnalysisCache:
    """Read and write cached analyses under ``root`` (None: no caching)."""

    def __init__(self, root: Path | None):
        self.root = root

    def _path(self, k: str) -> Path:
        assert self.root is not None
        return entry_path(self.root, k)

    def _lite_path(self, k: str) -> Path:
        return self._path(k).with_suffix(f".{LITE_TAG}.lite")

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

    def get_lite(self, article: Article) -> ArticleAnalysis | None:
        """Like :meth:`get`, from the lite copy (signals read on first use).

        Without a usable lite copy the JSON entry is read in full, and the
        lite copy written for the next build.
        """
        if self.root is None:
            return None
        k = key(article)
        path = self._path(k)
        try:
            data = marshal.loads(self._lite_path(k).read_bytes())
            if data["format"] != LITE_FORMAT or data["raw"] != raw_digest(article.raw) or not path.is_file():
                raise ValueError("not this article's lite copy")
            raw = article.raw
            passages = [
                Passage(r[0], r[1], r[2], r[3], r[4], r[5], r[10] if len(r) > 10 else raw[r[4] : r[5]], r[6], r[7], r[8], r[9])
                for r in data["passages"]
            ]
            layers = {name: [Span(s[0], s[1], s[2], s[3]) for s in spans] for name, spans in data["layers"].items()}
            return LazyAnalysis(path, article=article, passages=passages, layers=layers, word_count=data["word_count"], terms=data["terms"])
        except (OSError, ValueError, EOFError, KeyError, IndexError, TypeError):
            pass
        analysis = self.get(article)
        if analysis is not None:
            self._put_lite(k, analysis)
        return analysis

    def _put_lite(self, k: str, analysis: ArticleAnalysis) -> None:
        try:
            blob = marshal.dumps(lite_record(analysis))
        except ValueError:  # an attribute marshal cannot hold: the JSON entry is read instead
            return
        with contextlib.suppress(OSError):  # a read-only cache only costs speed
            write_atomic(self._lite_path(k), blob)

    def put(self, analysis: ArticleAnalysis) -> None:
        if self.root is None:
            return
        k = key(analysis.article)
        record = analysis.to_dict()
        write_atomic(self._path(k), json.dumps(record, ensure_ascii=False))
        # The lite copy must read back as the JSON entry does. The rest is
        # typed, but spans' attrs are free: any that JSON would change
        # (tuples become lists, keys text) go through JSON first.
        if all(_json_faithful(s.attrs) for spans in analysis.layers.values() for s in spans):
            self._put_lite(k, analysis)
            return
        layers = json.loads(json.dumps(record["layers"], ensure_ascii=False))
        as_read = ArticleAnalysis(
            analysis.article,
            analysis.passages,
            {name: [Span.from_dict(s) for s in spans] for name, spans in layers.items()},
            analysis.word_count,
            terms=analysis.terms,
        )
        self._put_lite(k, as_read)


def _json_faithful(value: Any) -> bool:
    """Whether JSON gives ``value`` back unchanged, type for type (as marshal does)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return True
    if kind is list:
        return all(_json_faithful(v) for v in value)
    if kind is dict:
        return all(type(k) is str and _json_faithful(v) for k, v in value.items())
    return False


class IngestCache:
    """What ingesting each file gave, for the next fresh build (one file per corpus).

    Ingest decodes every file, reads its sidecar's YAML and finds its title,
    outlet and furniture again: ~1 CPU second at 1,000 articles, for files
    that seldom change. The outcome depends only on the article's bytes, its
    sidecar's bytes (or which misnamed sidecar lies beside it), its path and
    slug, and the pipeline, so it is kept under a hash of those in
    ``<cache>/ingest-<fingerprint>.<python tag>.marshal`` (marshal of plain
    dicts: {source: [key, article, problems]}). Anything unusual — a link, a
    file that cannot be read, a file refused, a sidecar that is not a plain
    file — is ingested as usual and not kept.
    """

    def __init__(self, root: Path):
        self.path = root / f"ingest-{pipeline_fingerprint()}.{LITE_TAG}.marshal"
        self.root = root
        self.entries: dict[str, list[Any]] = {}
        try:
            entries = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            entries = None
        if isinstance(entries, dict):
            self.entries = {
                source: entry
                for source, entry in entries.items()
                if isinstance(source, str) and isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
            }
        self.used: dict[str, list[Any]] = {}
        self.hits = 0

    @staticmethod
    def probe(path: Path, source: str, slug: str) -> tuple[str, str] | None:
        """(key of the file's ingest, the article's expected ``sha256``), or None: not cacheable."""
        from .ingest import MAX_ARTICLE_BYTES, misnamed_sidecars

        try:
            if path.is_symlink():
                return None
            data = path.read_bytes()
            if len(data) > MAX_ARTICLE_BYTES:
                return None
            sidecar = path.with_suffix(".yml")
            digest = hashlib.sha256(data)
            h = hashlib.sha256(f"ingest\0{source}\0{slug}\0".encode())
            h.update(data)
            if sidecar.exists():
                if sidecar.is_symlink() or not sidecar.is_file():
                    return None
                side = sidecar.read_bytes()
                digest.update(b"\0sidecar\0" + side)
                h.update(b"\0sidecar\0" + side)
            else:
                misnamed = next((c.name for c in misnamed_sidecars(path) if c.is_file()), "")
                h.update(f"\0no sidecar\0{misnamed}".encode())
        except OSError:
            return None
        return h.hexdigest(), digest.hexdigest()

    def get(self, source: str, k: str) -> tuple[Article, list[Problem]] | None:
        entry = self.entries.get(source)
        if entry is None or entry[0] != k:
            return None
        try:
            article, problems = Article.from_dict(entry[1]), [Problem(**p) for p in entry[2]]
        except (KeyError, TypeError, IndexError):
            return None
        self.used[source] = entry
        self.hits += 1
        return article, problems

    def put(self, source: str, k: str, article: Article, problems: list[Problem]) -> None:
        self.used[source] = [k, article.to_dict(), [dataclasses.asdict(p) for p in problems]]

    def save(self) -> None:
        """Keep what this build ingested (only that), if it differs from what was read."""
        if self.used == self.entries:
            return
        with contextlib.suppress(OSError, ValueError):
            write_atomic(self.path, marshal.dumps(self.used))
        for old in self.root.glob(f"ingest-*.{LITE_TAG}.marshal"):
            if old != self.path:
                with contextlib.suppress(OSError):
                    old.unlink()
