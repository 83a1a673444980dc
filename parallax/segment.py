"""Segment: paragraphs and sentences become citable passages.

Paragraphs come from ingest's blocks; sentences from spaCy's parser, then
repaired for news text with small pure rules (:func:`repair_sentences`):
closing quote marks stranded at the start of the next sentence, splits after
abbreviations, and fragments with no words. Each passage gets a positional
key (``p3``, ``p3-s2``) that :mod:`parallax.anchors` turns into a permanent ID.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .model import Article, Passage
from .nlp import Chunk

_CLOSERS = '”’"»)]›'
_OPENERS = '“‘"«([‹'
#: Tokens after which a full stop rarely ends a sentence in news prose.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Rep|Sen|Gov|Pres|St|Jr|Sr|Inc|Ltd|Co|Corp|No|Nos|vs|etc|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|Dept|Univ|Fig|al)\.|\b(?:[A-Z]\.){1,4}|\b[A-Z]\.)$"
)
_HAS_WORD = re.compile(r"\w")
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}


def strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude white space at either side."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def repair_sentences(text: str, bounds: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fix a statistical splitter's usual news mistakes. Pure; offsets in, out.

    * a sentence starting with closing marks (``” He said``) gives them back;
    * a split after an abbreviation before a lower-case word is undone;
    * a piece without any letter or digit joins the sentence before it.
    """
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        start, end = strip_range(text, start, end)
        if start >= end:
            continue
        if out:
            pstart, _pend = out[-1]
            # Closing quote marks / brackets stranded at the start.
            k = start
            while k < end and text[k] in _CLOSERS and not _opens_here(text, k, end):
                k += 1
            if k > start:
                out[-1] = (pstart, k)
                start, end = strip_range(text, k, end)
                if start >= end:
                    continue
            if _continues(text[pstart : out[-1][1]], text[start:end]):
                out[-1] = (pstart, end)
                continue
        out.append((start, end))
    return out


def _continues(prev: str, piece: str) -> bool:
    """Whether ``piece`` wrongly split off ``prev`` and belongs to it."""
    if not _HAS_WORD.search(piece):
        return True
    starts_lower = piece.lstrip(_OPENERS)[:1].islower()
    ended = prev.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))
    return starts_lower and (bool(_ABBREV.search(prev)) or not ended)


def _opens_here(text: str, k: int, end: int) -> bool:
    """A straight ``"`` followed by a letter opens a quote rather than closing one."""
    return text[k] == '"' and k + 1 < end and text[k + 1].isalnum()


def segment(article: Article, chunks: list[Chunk]) -> list[Passage]:
    """Paragraph and sentence passages, in text order.

    Paragraphs are numbered as a reader counts them on the page (title
    excluded, boilerplate included). Boilerplate paragraphs get no sentences:
    they are shown, not analysed.
    """
    raw = article.raw
    passages: list[Passage] = []
    sent_bounds = _sentence_bounds(chunks)
    sent_ends = [e for _, e in sent_bounds]
    number = 0
    for block in article.blocks:
        if block.label == "title":
            continue
        number += 1
        key = f"p{number}"
        boiler = block.label == "boilerplate"
        passages.append(Passage(key, "paragraph", number, 0, block.start, block.end, raw[block.start : block.end], boiler, id=key))
        if boiler:
            continue
        lo = bisect.bisect_right(sent_ends, block.start)
        inside = []
        for s, e in sent_bounds[lo:]:
            if s >= block.end:
                break
            inside.append((max(s, block.start), min(e, block.end)))
        if not inside:
            inside = [(block.start, block.end)]
        for i, (s, e) in enumerate(repair_sentences(raw, inside), start=1):
            skey = f"{key}-s{i}"
            passages.append(Passage(skey, "sentence", number, i, s, e, raw[s:e], False, id=skey, lemmas=_lemmas(chunks, s, e)))
    return passages


def _sentence_bounds(chunks: list[Chunk]) -> list[tuple[int, int]]:
    out = []
    for chunk in chunks:
        for sent in chunk.doc.sents:
            out.append((chunk.base + sent.start_char, chunk.base + sent.end_char))
    return out


def _lemmas(chunks: list[Chunk], start: int, end: int) -> list[str]:
    out: list[str] = []
    for chunk in chunks:
        if chunk.end <= start or chunk.base >= end:
            continue
        span = chunk.doc.char_span(start - chunk.base, end - chunk.base, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.pos_ in _CONTENT_POS and not tok.is_stop and _HAS_WORD.search(tok.text):
                out.append((tok.lemma_ or tok.text).lower())
    return out


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", text))
