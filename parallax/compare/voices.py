"""Who speaks and who is cited: quoted words per speaker, sources per article.

Read straight from the annotation layers (quotes with their ``speaker``,
sources with their ``name``/``type``); nothing is inferred here, so an
unknown speaker stays unknown (``None``) rather than guessed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import ArticleAnalysis
from .features import body_sentences, words


def _passage_of(analysis: ArticleAnalysis, offset: int) -> str | None:
    p = analysis.passage_at(offset)
    return (p.id or p.key) if p else None


def _in_body(analysis: ArticleAnalysis, start: int) -> bool:
    return any(p.start <= start < p.end for p in body_sentences(analysis))


def who_speaks(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Quoted words per speaker (``None`` = not attributed), most words first.

    ``share`` is the speaker's part of all words quoted in the article (0-1).
    """
    raw = analysis.article.raw
    by: dict[str | None, dict[str, Any]] = defaultdict(lambda: {"words": 0, "quotes": 0, "passages": []})
    for q in analysis.layer("quotes"):
        # a quote nested in another is already counted in the words of the outer one
        if q.attrs.get("nested") or not _in_body(analysis, q.start):
            continue
        entry = by[q.attrs.get("speaker")]
        entry["words"] += len(words(raw[q.start : q.end]))
        entry["quotes"] += 1
        pid = _passage_of(analysis, q.start)
        if pid and pid not in entry["passages"]:
            entry["passages"].append(pid)
    total = sum(e["words"] for e in by.values()) or 1
    rows = [{"speaker": s, **e, "share": round(e["words"] / total, 4)} for s, e in by.items()]
    return sorted(rows, key=lambda r: (-r["words"], r["speaker"] is None, r["speaker"] or ""))


def sources(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    """Named sources an article relies on, with type, number of mentions and passages."""
    raw = analysis.article.raw
    by: dict[str, dict[str, Any]] = {}
    for s in analysis.layer("sources"):
        name = str(s.attrs.get("name") or s.text(raw))
        entry = by.setdefault(name, {"name": name, "type": s.attrs.get("type"), "count": 0, "passages": []})
        entry["count"] += 1
        pid = _passage_of(analysis, s.start)
        if pid and pid not in entry["passages"]:
            entry["passages"].append(pid)
    return sorted(by.values(), key=lambda e: (-e["count"], e["name"]))
