"""The one data model every stage shares: offsets into an immutable raw text.

An :class:`Article` owns the decoded raw text. Everything the pipeline learns
about it is a :class:`Span` (``start``/``end`` character offsets into that raw
text, a ``label`` and a small ``attrs`` mapping) — the brat / W3C Web
Annotation standoff idea. Nothing ever rewrites the raw text, so
``article.raw[span.start:span.end]`` is always the exact source characters.

All classes convert to and from plain dicts so that per-article results can be
cached as JSON and shipped between worker processes.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any

#: Bumped whenever analysis output may change for the same input. It is part
#: of every cache key, so a new version never reads stale cached analyses.
PIPELINE_VERSION = "7"

#: Layers an article analysis carries, in the order they are computed. The
#: export uses these names (``quotes``, ``entities`` …) as JSON keys.
LAYERS = ("entities", "quotes", "sources", "artifacts")


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character range of the raw text, with layer-specific attrs.

    ``attrs`` holds JSON-compatible values only (str, int, float, bool, None,
    lists and dicts of those) so spans survive the JSON cache unchanged.
    """

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)

    def text(self, raw: str) -> str:
        return raw[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "attrs": self.attrs}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["label"], dict(d.get("attrs") or {}))


@dataclass(slots=True)
class Metadata:
    """What a reader wants to know about an article; from a sidecar or inferred.

    ``inferred`` names the fields the tool guessed rather than read from a
    sidecar, so pages can say "title derived from the text" honestly.
    """

    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None
    translated_from: str | None = None
    story: str | None = None
    notes: str | None = None
    inferred: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Metadata:
        return cls(**d)


@dataclass(slots=True)
class Article:
    """One input file, decoded. ``raw`` is never modified after ingest."""

    id: str  # the slug: stable, readable, unique within the corpus
    source: str  # path as given in the corpus, e.g. "seeds/000_x.txt"
    raw: str
    meta: Metadata
    encoding: str = "utf-8"
    sha256: str = ""  # of the raw bytes plus sidecar bytes: the cache key
    #: Regions of the raw text: ``title``, ``body``, ``boilerplate``; each has
    #: a ``reason`` attr for boilerplate ("promo", "credit", "repeated-title").
    blocks: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "raw": self.raw,
            "meta": self.meta.to_dict(),
            "encoding": self.encoding,
            "sha256": self.sha256,
            "blocks": [b.to_dict() for b in self.blocks],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d["id"],
            source=d["source"],
            raw=d["raw"],
            meta=Metadata.from_dict(d["meta"]),
            encoding=d.get("encoding", "utf-8"),
            sha256=d.get("sha256", ""),
            blocks=[Span.from_dict(b) for b in d.get("blocks", [])],
            warnings=list(d.get("warnings", [])),
        )


@dataclass(slots=True)
class Passage:
    """A paragraph or a sentence: the unit readers link to and cite.

    ``id`` is the permanent, published ID (see :mod:`parallax.anchors`);
    ``key`` is the positional ID the segmenter gave it this build
    (``p3``/``p3-s2``). They are equal for a passage first published now.
    ``aliases`` are older IDs that must keep landing here.
    """

    key: str
    kind: str  # "paragraph" | "sentence"
    paragraph: int  # 1-based paragraph number, as a reader counts them
    sentence: int  # 1-based sentence number in its paragraph; 0 for paragraphs
    start: int
    end: int
    text: str
    boilerplate: bool = False
    id: str = ""
    aliases: list[str] = field(default_factory=list)
    #: Content-word lemmas (lower case), for comparison without re-parsing.
    lemmas: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict``, written out: three times faster, and an
        analysis holds a passage per paragraph and per sentence (a test checks
        the two agree field for field)."""
        return {
            "key": self.key,
            "kind": self.kind,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "boilerplate": self.boilerplate,
            "id": self.id,
            "aliases": list(self.aliases),
            "lemmas": list(self.lemmas),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Passage:
        return cls(**d)


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything computed for one article, independent of every other article.

    This is the unit of caching and of parallel work: it depends only on the
    article's bytes, its sidecar and :data:`PIPELINE_VERSION`.
    """

    article: Article
    passages: list[Passage] = field(default_factory=list)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    word_count: int = 0
    #: Published IDs whose passage was deleted: {"id", "target" (a surviving
    #: passage id), "removed" (ISO date), "text" (what it pointed at)}. Set by
    #: the anchors stage, never cached (it depends on the ledger).
    retired: list[dict[str, Any]] = field(default_factory=list)
    #: What the comparison reads from a parse of each body sentence (polarity,
    #: denied lemmas, clauses, a quote piece), by passage key: computed where
    #: the analysis runs, in parallel and cached, so comparing needs no spaCy
    #: (see :func:`parallax.compare.features.sentence_signals`).
    signals: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The article's distinctive terms and weights, by which articles are
    #: grouped into stories — also computed with the analysis, in parallel
    #: (see :func:`parallax.compare.stories.article_terms`).
    terms: dict[str, float] = field(default_factory=dict)
    _lookup: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def layer(self, name: str) -> list[Span]:
        return self.layers.get(name, [])

    def sentences(self) -> list[Passage]:
        return [p for p in self.passages if p.kind == "sentence"]

    def paragraphs(self) -> list[Passage]:
        return [p for p in self.passages if p.kind == "paragraph"]

    def passage_at(self, offset: int, *, kind: str = "sentence") -> Passage | None:
        """The passage of ``kind`` containing ``offset`` (then the paragraph).

        Binary search over passages in text order, so looking up every span
        of a long article stays fast.
        """
        starts, items = self._index(kind)
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < items[i].end:
            return items[i]
        if kind != "paragraph":
            return self.passage_at(offset, kind="paragraph")
        return None

    def _index(self, kind: str) -> tuple[list[int], list[Passage]]:
        key = (id(self.passages), len(self.passages), id(self.passages[0]) if self.passages else 0)
        cached = self._lookup.get(kind)
        if cached is None or cached[0] != key:
            items = sorted((p for p in self.passages if p.kind == kind), key=lambda p: p.start)
            cached = (key, [p.start for p in items], items)
            self._lookup[kind] = cached
        return cached[1], cached[2]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "passages": [p.to_dict() for p in self.passages],
            "layers": {k: [s.to_dict() for s in v] for k, v in self.layers.items()},
            "word_count": self.word_count,
            "retired": list(self.retired),
            "signals": self.signals,
            "terms": self.terms,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleAnalysis:
        return cls(
            article=Article.from_dict(d["article"]),
            passages=[Passage.from_dict(p) for p in d["passages"]],
            layers={k: [Span.from_dict(s) for s in v] for k, v in d["layers"].items()},
            word_count=d.get("word_count", 0),
            retired=list(d.get("retired", [])),
            signals=dict(d.get("signals", {})),
            terms=dict(d.get("terms", {})),
        )


@dataclass(frozen=True, slots=True)
class PassageRef:
    article: str
    passage: str

    def to_dict(self) -> dict[str, str]:
        return {"article": self.article, "passage": self.passage}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PassageRef:
        return cls(d["article"], d["passage"])


@dataclass(slots=True)
class Pair:
    """Two passages of different articles that report the same thing."""

    a: PassageRef
    b: PassageRef
    score: float
    relation: str  # "same-quote" | "same-fact" | "related"
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = {"a": self.a.to_dict(), "b": self.b.to_dict(), "score": round(self.score, 4), "relation": self.relation}
        d.update(self.attrs)
        return d

    def to_record(self) -> dict[str, Any]:
        """Lossless dict (exact score, attrs apart), for the comparison cache; ``to_dict`` is the export form."""
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "score": self.score, "relation": self.relation, "attrs": self.attrs}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Pair:
        """From :meth:`to_record` (or, lossily, the export form of :meth:`to_dict`)."""
        fields = ("a", "b", "score", "relation")
        attrs = dict(d["attrs"] or {}) if "attrs" in d else {k: v for k, v in d.items() if k not in fields}
        return cls(PassageRef.from_dict(d["a"]), PassageRef.from_dict(d["b"]), d["score"], d["relation"], attrs)


@dataclass(slots=True)
class Story:
    """Articles about one event; the unit of comparison."""

    id: str  # slug of the story
    title: str
    articles: list[str]  # article ids, sorted
    method: str = "sidecar"  # "sidecar" | "similarity" | "single"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles": list(self.articles), "method": self.method}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        return cls(d["id"], d["title"], list(d["articles"]), d.get("method", "sidecar"))


@dataclass(slots=True)
class Comparison:
    """The comparison of the articles of one story."""

    story: Story
    pairs: list[Pair] = field(default_factory=list)
    #: article id -> passage ids with no counterpart in any other article
    exclusive: dict[str, list[str]] = field(default_factory=dict)
    #: facts/statements as rows: {"id", "label", "cells": {article: [passage ids]}}
    matrix: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def pair_count(self) -> int:
        """How many pairs (a comparison read lazily from the cache knows without parsing them)."""
        return len(self.pairs)

    def to_dict(self) -> dict[str, Any]:
        """Lossless JSON-ready dict (pairs via :meth:`Pair.to_record`), for the comparison cache."""
        return {
            "story": self.story.to_dict(),
            "pairs": [p.to_record() for p in self.pairs],
            "exclusive": {k: list(v) for k, v in self.exclusive.items()},
            "matrix": self.matrix,
            "extra": self.extra,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Comparison:
        return cls(
            story=Story.from_dict(d["story"]),
            pairs=[Pair.from_dict(p) for p in d.get("pairs", [])],
            exclusive={k: list(v) for k, v in d.get("exclusive", {}).items()},
            matrix=list(d.get("matrix", [])),
            extra=dict(d.get("extra", {})),
        )


@dataclass(slots=True)
class Problem:
    """A named problem with the input, reported with file and line.

    ``level`` is "error" (the file could not be used as given) or "warning"
    (used, but the user should know). Strict mode fails on either.
    """

    code: str
    message: str
    file: str
    line: int | None = None
    level: str = "error"
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.level} {self.code}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text
