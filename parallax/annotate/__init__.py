"""Annotate: one module per layer, each a pure *find* over a shared context.

Every layer module defines ``LAYER`` (its name in the export), ``REQUIRES``
(layers it reads from ``ctx.layers``) and ``find(ctx) -> list[Span]``. The
runner here checks the order, calls ``find`` and *sets* the result on the
context, so no layer writes another's data (spaCy's find-then-set habit).

A stage may refine a layer it ``REQUIRES`` by returning a new list for it:
:mod:`.coref` makes the final entities layer from the entities layer and
what the quotes layer learned, which the quotes layer leaves as plain data
in ``ctx.notes`` under its own name. Such a stage names itself by ``STAGE``
(for timings).
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..model import Article, Passage, Span
from ..nlp import Chunk

if TYPE_CHECKING:
    from spacy.tokens import Token


def annotators() -> tuple[ModuleType, ...]:
    """Layer modules in run order; each may read the layers before it.

    Imported on first use: they import spaCy, and code that only reads
    finished analyses (the render step's name lists use :mod:`._people`)
    must not pay for loading it.
    """
    from . import coref, damage, entities, quotes, sources

    return (entities, quotes, coref, sources, damage)


def __getattr__(name: str) -> Any:
    if name == "ANNOTATORS":
        return annotators()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Context:
    """What a layer may look at: the raw text, passages, parses, earlier layers."""

    article: Article
    passages: list[Passage]
    chunks: list[Chunk]
    layers: dict[str, list[Span]] = field(default_factory=dict)
    #: Plain data a layer leaves, under its own ``LAYER`` name, for a later
    #: stage that REQUIRES it (``"quotes"``: :class:`.quotes.Discourse`, read by
    #: :mod:`.coref`); never exported or cached.
    notes: dict[str, Any] = field(default_factory=dict)
    _body: list[Passage] | None = field(default=None, repr=False)
    _sentences: list[Passage] | None = field(default=None, repr=False)
    _body_starts: list[int] | None = field(default=None, repr=False)
    _tokens: list[tuple[int, Token]] | None = field(default=None, repr=False)

    @property
    def raw(self) -> str:
        return self.article.raw

    def body_paragraphs(self) -> list[Passage]:
        """Non-boilerplate paragraphs (computed once: layers ask for them per span)."""
        if self._body is None:
            self._body = [p for p in self.passages if p.kind == "paragraph" and not p.boilerplate]
        return self._body

    def sentences(self) -> list[Passage]:
        if self._sentences is None:
            self._sentences = [p for p in self.passages if p.kind == "sentence"]
        return self._sentences

    def tokens(self) -> list[tuple[int, Token]]:
        """Every parsed token with its absolute start offset in the raw text, in text order.

        Listed once per article: spaCy makes a new ``Token`` object on every
        access, and four layers walk the whole parse.
        """
        if self._tokens is None:
            self._tokens = [(chunk.base + tok.idx, tok) for chunk in self.chunks for tok in chunk.doc]
        return self._tokens

    def in_body(self, start: int, end: int) -> bool:
        paras = self.body_paragraphs()
        if self._body_starts is None:
            self._body_starts = [p.start for p in paras]
        i = bisect.bisect_right(self._body_starts, start) - 1
        return i >= 0 and end <= paras[i].end


def run(ctx: Context, *, timings: dict[str, float] | None = None) -> dict[str, list[Span]]:
    """Run every layer in order; returns the layers, also set on ``ctx``."""
    for module in annotators():
        t0 = time.perf_counter()
        requires = getattr(module, "REQUIRES", ())
        missing = [r for r in requires if r not in ctx.layers]
        if missing:
            raise RuntimeError(f"layer {module.LAYER!r} needs {missing} first")
        if module.LAYER in ctx.layers and module.LAYER not in requires:
            raise RuntimeError(f"layer {module.LAYER!r} is set again by a stage that does not require it")
        spans = sorted(module.find(ctx), key=lambda s: (s.start, -s.end, s.label))
        for span in spans:
            if not 0 <= span.start < span.end <= len(ctx.raw):
                raise ValueError(f"layer {module.LAYER!r} produced an out-of-range span {span}")
        ctx.layers[module.LAYER] = spans
        if timings is not None:
            key = f"layer:{getattr(module, 'STAGE', module.LAYER)}"
            timings[key] = timings.get(key, 0.0) + time.perf_counter() - t0
    return ctx.layers
