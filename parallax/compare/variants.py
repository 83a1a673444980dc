"""Quote variants: one statement rendered differently by two outlets, diffed word by word.

Two translations of the same words differ in small, telling ways ("esteemed
president" / "dear president"). For every aligned sentence pair, each pair of
quotes inside it that :func:`~parallax.compare.align.quote_similarity` judges
to be the same statement becomes a variant with a word-level diff: a list of
``(op, a_text, b_text)`` with op in equal | delete | insert | replace, where
the texts are exact slices of the two raw texts (spacing and punctuation
kept), so the page can show them without re-tokenising. When one quote is
much longer than the other, the diff covers only the matching stretch of the
longer one (``focus``), so that "objective and fair" is compared with
"objective and just", not with a whole paragraph.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ..model import Pair
from .align import QUOTE_SAME, quote_similarity
from .features import QuoteText, SentenceFeatures

#: A quote this many times longer (in words) than its counterpart is cut to
#: the stretch that matches it before diffing (see :func:`focus`).
FOCUS_RATIO = 2
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


def _is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def focus(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The parts of two quotes that render the same words: ``((a_start, a_end), (b_start, b_end))``.

    When one quote is at least :data:`FOCUS_RATIO` times longer (a short
    quote of a long statement), the longer one is cut to the stretch that
    matches the shorter: from its first to its last word in common, widened
    by as many words as the shorter quote has outside its own common stretch
    ("objective and *fair*" ↔ "… an objective and *just* position …").
    Otherwise both quotes are kept whole.
    """
    ta, tb = _tokens(a), _tokens(b)
    na, nb = sum(_is_word(t[2]) for t in ta), sum(_is_word(t[2]) for t in tb)
    whole = ((0, len(a)), (0, len(b)))
    if not ta or not tb or max(na, nb) < FOCUS_RATIO * min(na, nb):
        return whole
    swap = na < nb
    tl, ts, short_text = (tb, ta, a) if swap else (ta, tb, b)
    blocks = [m for m in SequenceMatcher(a=[t[2] for t in tl], b=[t[2] for t in ts], autojunk=False).get_matching_blocks() if m.size]
    if not blocks:
        return whole
    first_l, first_s = blocks[0].a, blocks[0].b
    last_l, last_s = blocks[-1].a + blocks[-1].size - 1, blocks[-1].b + blocks[-1].size - 1
    before = sum(_is_word(t[2]) for t in ts[:first_s])
    after = sum(_is_word(t[2]) for t in ts[last_s + 1 :])
    start = _widen(tl, first_l, before, -1)
    end = _widen(tl, last_l, after, 1)
    cut = (tl[start][0], tl[end][1])
    return ((0, len(short_text)), cut) if swap else (cut, (0, len(short_text)))


def _widen(tokens: list[tuple[int, int, str]], k: int, words: int, step: int) -> int:
    """Move from token ``k`` by ``words`` word tokens in direction ``step`` (stops at the ends)."""
    while words > 0 and 0 <= k + step < len(tokens):
        k += step
        words -= _is_word(tokens[k][2])
    return k


def _side(f: SentenceFeatures, q: QuoteText, cut: tuple[int, int]) -> dict[str, Any]:
    """One rendering: ``start``/``end``/``text`` are the compared (focused) part, ``quote`` the whole quote."""
    return {
        "article": f.article,
        "passage": f.id,
        "start": q.start + cut[0],
        "end": q.start + cut[1],
        "text": q.text[cut[0] : cut[1]],
        "speaker": q.speaker,
        "quote": {"start": q.start, "end": q.end, "text": q.text},
    }


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
                cut_a, cut_b = focus(qa.text, qb.text)
                diff = word_diff(qa.text[cut_a[0] : cut_a[1]], qb.text[cut_b[0] : cut_b[1]])
                out.append(
                    {
                        "a": _side(fa, qa, cut_a),
                        "b": _side(fb, qb, cut_b),
                        "similarity": round(sim, 3),
                        "speaker": _speaker(qa.speaker, qb.speaker),
                        "speakers_differ": bool(qa.speaker and qb.speaker and qa.speaker != qb.speaker),
                        "same": all(op == "equal" for op, _, _ in diff),
                        "diff": [list(d) for d in diff],
                    }
                )
    return out
