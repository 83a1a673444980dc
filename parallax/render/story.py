"""The comparison page of one story: aligned rows, side by side.

Rows are built per pair of articles (A, B): A's sentences in order, each next
to its counterparts in B; B's sentences with no counterpart are slotted in
where they fall in B's order, as "only in B". Pure: Comparison in, Markdown out.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import jinja2

from ..model import ArticleAnalysis, Comparison, Passage
from . import pair_anchor


def pair_rows(comp: Comparison, a: ArticleAnalysis, b: ArticleAnalysis) -> list[dict[str, Any]]:
    """Aligned rows for articles ``a`` and ``b`` (each row: a-list, b-list, relation, score)."""
    aid, bid = a.article.id, b.article.id
    links: dict[str, list[tuple[str, str, float]]] = {}
    for p in comp.pairs:
        if p.a.article == aid and p.b.article == bid:
            links.setdefault(p.a.passage, []).append((p.b.passage, p.relation, p.score))
        elif p.a.article == bid and p.b.article == aid:
            links.setdefault(p.b.passage, []).append((p.a.passage, p.relation, p.score))
    b_sents = b.sentences()
    b_order = {s.id: i for i, s in enumerate(b_sents)}
    b_by_id = {s.id: s for s in b_sents}
    used_b = {pid for targets in links.values() for pid, _, _ in targets}
    rows: list[dict[str, Any]] = []
    next_b = 0

    def flush(until: int) -> None:
        nonlocal next_b
        while next_b < until and next_b < len(b_sents):
            s = b_sents[next_b]
            if s.id not in used_b:
                rows.append({"a": [], "b": [s], "relation": "only-b", "score": None})
            next_b += 1

    for s in a.sentences():
        targets = sorted(links.get(s.id, []), key=lambda t: b_order.get(t[0], 0))
        if not targets:
            rows.append({"a": [s], "b": [], "relation": "only-a", "score": None})
            continue
        flush(b_order.get(targets[0][0], 0))
        best = max(targets, key=lambda t: t[2])
        rows.append({"a": [s], "b": [b_by_id[t[0]] for t in targets if t[0] in b_by_id], "relation": best[1], "score": best[2]})
    flush(len(b_sents))
    return rows


def passage_view(p: Passage, article: ArticleAnalysis, pages: dict[str, str], anchor: str = "") -> dict[str, Any]:
    return {
        "id": p.id,
        "text": p.text,
        "cite": f"¶{p.paragraph} s{p.sentence}",
        "href": f"../../{pages[article.article.id]}#{p.id}",
        "anchor": anchor,
    }


def render_story(env: jinja2.Environment, comp: Comparison, by_id: dict[str, ArticleAnalysis], pages: dict[str, str]) -> str:
    members = [by_id[a] for a in comp.story.articles if a in by_id]
    pairs = []
    for a, b in combinations(members, 2):
        aid, bid = a.article.id, b.article.id
        rows = [
            {
                "a": [passage_view(p, a, pages, pair_anchor(comp, aid, bid, aid, p.id)) for p in r["a"]],
                "b": [passage_view(p, b, pages, pair_anchor(comp, aid, bid, bid, p.id)) for p in r["b"]],
                "relation": r["relation"],
                "score": r["score"],
            }
            for r in pair_rows(comp, a, b)
        ]
        pairs.append({"a": _article_view(a, pages), "b": _article_view(b, pages), "rows": rows, "id": f"{a.article.id}--{b.article.id}"})
    seen: set[str] = set()
    for pair in pairs:
        for row in pair["rows"]:
            for view in row["a"] + row["b"]:
                if view["anchor"] in seen:
                    view["anchor"] = ""  # many-to-one: the first row holds the anchor
                seen.add(view["anchor"])
    articles = [_article_view(m, pages) for m in members]
    exclusive = {
        m.article.id: [passage_view(p, m, pages) for p in m.sentences() if p.id in set(comp.exclusive.get(m.article.id, []))]
        for m in members
    }
    return env.get_template("story.md.j2").render(
        story=comp.story, comp=comp, articles=articles, pairs=pairs, exclusive=exclusive, extra=comp.extra, root="../../"
    )


def _article_view(a: ArticleAnalysis, pages: dict[str, str]) -> dict[str, Any]:
    m = a.article.meta
    return {"id": a.article.id, "title": m.title, "outlet": m.outlet or a.article.id, "page": pages[a.article.id], "words": a.word_count}
