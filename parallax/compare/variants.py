"""Quote variants: one statement rendered differently by two outlets, diffed word by word.

Two translations of the same words differ in small, telling ways ("illustrious
president" / "dear president"). For every aligned sentence pair, each pair of
quotes inside it that :func:`~parallax.compare.align.quote_similarity` judges
to be the same statement becomes a variant with a word-level diff: a list of
``(op, a_text, b_text)`` with op in equal | delete | insert | replace, where
the texts are exact slices of the two raw texts (spacing and punctuation
kept), so the page can show them without re-tokenising.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ..model import Pair
from .align import QUOTE_SAME, quote_similarity
from .features import QuoteText, SentenceFeatures

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")

Op = tuple[str, str, str]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(text)]


def word_diff(a: str, b: str) -> list[Op]:
    """Word-level difference of two texts as ``(op, a_text, b_text)`` runs.

    Words compare case-insensitively; each run's texts are slices of ``a``
    and ``b`` from the run's first to its last token, so joining the
    ``a_text`` of all runs with single spaces reads like ``a``.
    """
    ta, tb = _tokens(a), _tokens(b)
    ops: list[Op] = []
    matcher = SequenceMatcher(a=[t[2] for t in ta], b=[t[2] for t in tb], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        sa = a[ta[i1][0] : ta[i2 - 1][1]] if i2 > i1 else ""
        sb = b[tb[j1][0] : tb[j2 - 1][1]] if j2 > j1 else ""
        ops.append((tag, sa, sb))
    return ops


def _side(f: SentenceFeatures, q: QuoteText) -> dict[str, Any]:
    return {"article": f.article, "passage": f.id, "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker}


def _speaker(a: str | None, b: str | None) -> str | None:
    """The speaker both sides agree on (one unknown side agrees); None when they differ."""
    if a and b and a != b:
        return None
    return a or b


def quote_variants(pairs: list[Pair], features: dict[tuple[str, str], SentenceFeatures]) -> list[dict[str, Any]]:
    """Variants of the same quote across aligned sentences, in pair order, without duplicates.

    ``features`` maps ``(article id, passage id)`` to the sentence's features.
    A variant whose two renderings are identical is still listed (``same``
    true): that outlets agree word for word is worth showing too. When the
    two outlets attribute the quote to different people, ``speaker`` is None
    and ``speakers_differ`` true (each side keeps its own ``speaker``).
    """
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int, str, int]] = set()
    for pair in pairs:
        fa = features.get((pair.a.article, pair.a.passage))
        fb = features.get((pair.b.article, pair.b.passage))
        if fa is None or fb is None:
            continue
        for qa in fa.quotes:
            for qb in fb.quotes:
                key = (fa.article, qa.start, fb.article, qb.start)
                if key in seen:
                    continue
                sim = quote_similarity(qa.text, qb.text)
                if sim < QUOTE_SAME:
                    continue
                seen.add(key)
                diff = word_diff(qa.text, qb.text)
                out.append(
                    {
                        "a": _side(fa, qa),
                        "b": _side(fb, qb),
                        "similarity": round(sim, 3),
                        "speaker": _speaker(qa.speaker, qb.speaker),
                        "speakers_differ": bool(qa.speaker and qb.speaker and qa.speaker != qb.speaker),
                        "same": all(op == "equal" for op, _, _ in diff),
                        "diff": [list(d) for d in diff],
                    }
                )
    return out
