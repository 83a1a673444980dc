"""The comparison page of one story: how coverage differs, down to the sentence.

The page reads top-down from overview to detail: a generated summary, the
coverage matrix (facts × outlets), quote variants with word-level
differences, who speaks (SVG charts), sources, framing, and last the aligned
rows for every pair of articles. Every finding links to the passage in its
article page, and every row has its own anchor so it can be cited.

A story of four articles or more has too many pairs for a table each (45 at
ten articles, well over 1 MB, and a page per pair made the site grow with the
square of a story's size): it is read side by side in one table, a column per
outlet and a row per fact (the coverage matrix's rows, so every sentence is
printed once), with a chooser that shows any two outlets next to each other.

This module only arranges data the comparison engine computed
(:mod:`parallax.compare`) into view dicts; templates print them, and every
article string is escaped on print. Pure: Comparison in, Markdown out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import jinja2

from ..compare.coverage import shorten
from ..model import ArticleAnalysis, Comparison, Passage
from . import pair_anchor, pair_id, pairs_inline, path_to_md, short_name, side_anchor, source_type, speaker_class
from .markup import escape_href
from .svg import Bar, bar_chart, speaker_colour

#: Relative path from a story page to the site root.
ROOT = "../../"
#: Non-word characters at either end of a diff run.
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
#: article id -> its view (id, title, outlet label, page, words …).
Views = dict[str, dict[str, Any]]

#: Matrix rows shown before the rest collapse into a <details>.
MATRIX_ROWS = 30
#: Quote variants shown before the rest collapse.
VARIANTS_SHOWN = 8
#: Quote variants printed on a big story's page (the most telling first; the
#: export has all of them): their number grows with the pairs of outlets.
VARIANTS_OVERVIEW = 30
#: Longest replacement (in words, each side) counted as a word swap.
SWAP_WORDS = 3
#: Facts reported by every other outlet but left out by one, named per outlet.
NOTABLE_LEFT_OUT = 5
#: Speakers drawn per outlet chart; the rest are summed as "others".
CHART_SPEAKERS = 6
#: Words listed per outlet in the framing section.
FRAMING_TERMS = 8
#: Longest tooltip of a passage link, in characters.
TIP_CHARS = 90
#: Relations as readers see them: a symbol (so colour is never needed) and words.
RELATIONS = {
    "same-quote": ("=", "same quote"),
    "same-fact": ("≈", "same fact"),
    "related": ("~", "related"),
}


# --------------------------------------------------------------------------
# aligned rows (one table per pair of articles)


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


def cite(p: Passage) -> str:
    """How a reader cites a passage: ``¶3 s2`` (sentence 2 of paragraph 3)."""
    return f"¶{p.paragraph} s{p.sentence}" if p.sentence else f"¶{p.paragraph}"


def passage_view(p: Passage, article: ArticleAnalysis, pages: dict[str, str], anchor: str = "", *, root: str = ROOT) -> dict[str, Any]:
    """A passage as a link target; ``root`` leads from the page it is printed on to the site root."""
    return {
        "id": p.id,
        "text": p.text,
        "tip": shorten(p.text, TIP_CHARS),
        "cite": cite(p),
        "href": escape_href(f"{root}{pages[article.article.id]}#{p.id}"),
        "anchor": anchor,
    }


def _pairs(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views) -> list[dict[str, Any]]:
    """Every pair of articles with its aligned rows and relation counts (small stories)."""
    pairs = []
    for a, b in combinations(members, 2):
        aid, bid = a.article.id, b.article.id
        rows = []
        for n, r in enumerate(pair_rows(comp, a, b), start=1):
            symbol, words = RELATIONS.get(r["relation"], ("", ""))
            rows.append(
                {
                    "n": n,
                    "a": [passage_view(p, a, pages, pair_anchor(comp, aid, bid, aid, p.id)) for p in r["a"]],
                    "b": [passage_view(p, b, pages, pair_anchor(comp, aid, bid, bid, p.id)) for p in r["b"]],
                    "relation": r["relation"],
                    "symbol": symbol,
                    "words": words,
                    "score": r["score"],
                }
            )
        counts = {k: sum(1 for r in rows if r["relation"] == k) for k in ("same-quote", "same-fact", "related", "only-a", "only-b")}
        pairs.append(
            {
                "a": views[aid],
                "b": views[bid],
                "rows": rows,
                "id": pair_id(comp, aid, bid),
                "counts": counts,
            }
        )
    for pair in pairs:
        # Anchors carry the pair's id, so they can only repeat within a pair.
        seen: set[str] = set()
        for row in pair["rows"]:
            for view in row["a"] + row["b"]:
                if view["anchor"] in seen:
                    view["anchor"] = ""  # many-to-one: the first row holds the anchor
                seen.add(view["anchor"])
    return pairs


def _side_by_side(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str]) -> list[dict[str, Any]]:
    """One row per fact (the coverage matrix's rows), one cell per outlet: a big story read side by side."""
    by_id = {m.article.id: {p.id: p for p in m.passages} for m in members}
    member_of = {m.article.id: m for m in members}
    rows = []
    for n, row in enumerate(comp.matrix, start=1):
        symbol, words = RELATIONS.get(row.get("relation", ""), ("", "only one outlet"))
        cells = []
        for m in members:
            aid = m.article.id
            cells.append(
                [
                    passage_view(by_id[aid][pid], member_of[aid], pages, side_anchor(aid, pid))
                    for pid in row["cells"].get(aid, [])
                    if pid in by_id[aid]
                ]
            )
        rows.append(
            {"id": f"sbs-{row['id']}", "n": n, "relation": row.get("relation", ""), "symbol": symbol, "words": words, "cells": cells}
        )
    return rows


# --------------------------------------------------------------------------
# overview sections


def _links(ids: Iterable[str], member: ArticleAnalysis, pages: dict[str, str]) -> list[dict[str, Any]]:
    by_id = {p.id: p for p in member.passages}
    return [passage_view(by_id[i], member, pages) for i in ids if i in by_id]


def written_form(lemma: str, ids: Iterable[str], member: ArticleAnalysis) -> str:
    """A lemma as the article writes it when it only ever writes it capitalised
    inside a sentence ("Jinping", "Kremlin"): the lemmatiser lowers names, and a
    reader knows a name by its capital. Words at a sentence's start do not count."""
    by_id = {p.id: p for p in member.passages}
    pattern = re.compile(r"(?<![\w-])" + re.escape(lemma) + r"(?![\w-])", re.IGNORECASE)
    forms = {
        m.group()
        for i in ids
        if i in by_id
        for m in pattern.finditer(by_id[i].text)
        if by_id[i].text[: m.start()].strip() and by_id[i].text[: m.start()].rstrip()[-1:] not in '“‘"«'
    }
    return next(iter(forms)) if len(forms) == 1 and lemma.islower() and not next(iter(forms)).islower() else lemma


def _summary(
    comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views, row_of: dict[tuple[str, str], str]
) -> dict[str, Any]:
    per = comp.extra.get("summary", {})
    n = len(members)
    outlets = []
    for m in members:
        s = per.get(m.article.id, {})
        by_id = {p.id: p for p in m.passages}
        notable = []
        for item in s.get("notable", []):
            p = by_id.get(item["passage"])
            if p is not None:
                notable.append({**passage_view(p, m, pages), "short": item["text"], "row": row_of.get((m.article.id, p.id), "")})
        # With three or more outlets, what everyone else reports but this one
        # leaves out is as telling as what only this one has.
        left_out = [
            {"id": f"cov-{r['id']}", "n": i, "label": r["label"]}
            for i, r in enumerate(comp.matrix, start=1)
            if n > 2 and r.get("shared_by", 0) == n - 1 and m.article.id not in r.get("cells", {})
        ]
        outlets.append(
            {
                "left_out": left_out[:NOTABLE_LEFT_OUT],
                "left_out_count": len(left_out),
                "article": views[m.article.id],
                "sentences": s.get("sentences", 0),
                "shared": s.get("shared", 0),
                "partly": s.get("partly", 0),
                "exclusive": s.get("exclusive", 0),
                "notable": notable,
            }
        )
    rows = comp.matrix
    return {
        "outlets": outlets,
        "facts": len(rows),
        "by_all": sum(1 for r in rows if r.get("shared_by", 0) >= n),
        "by_some": sum(1 for r in rows if 1 < r.get("shared_by", 0) < n),
        "by_one": sum(1 for r in rows if r.get("shared_by", 0) <= 1),
        "quotes": sum(1 for r in rows if r.get("relation") == "same-quote"),
    }


def _matrix(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views) -> list[dict[str, Any]]:
    n = len(members)
    names = {m.article.id: views[m.article.id]["outlet"] for m in members}
    rows = []
    for row in comp.matrix:
        cells = [{"article": m.article.id, "links": _links(row["cells"].get(m.article.id, []), m, pages)} for m in members]
        shared_by = row.get("shared_by", sum(1 for c in cells if c["links"]))
        only = next((names[c["article"]] for c in cells if c["links"]), "") if shared_by == 1 else ""
        rows.append(
            {
                "id": f"cov-{row['id']}",
                "n": len(rows) + 1,
                "label": row["label"],
                "cells": cells,
                "shared_by": shared_by,
                "of": n,
                "relation": row.get("relation", ""),
                "only": only,
            }
        )
    return rows


def _diff_parts(text: str, runs: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    """``text`` cut into pieces, ``changed`` where a diff run marks it; spacing kept exactly."""
    parts: list[dict[str, Any]] = []
    cursor = 0
    for run, changed in runs:
        if not run:
            continue
        at = text.find(run, cursor)
        if at < 0:
            continue
        if at > cursor:
            parts.append({"text": text[cursor:at], "changed": False})
        core = _trim(run) if changed else ""
        if core:
            lead = run.index(core)
            parts.append({"text": run[:lead], "changed": False})
            parts.append({"text": core, "changed": True})
            parts.append({"text": run[lead + len(core) :], "changed": False})
        else:
            parts.append({"text": run, "changed": False})
        cursor = at + len(run)
    if cursor < len(text):
        parts.append({"text": text[cursor:], "changed": False})
    return [p for p in parts if p["text"]]


def _trim(text: str) -> str:
    """``text`` without leading/trailing punctuation and spaces: the words that differ."""
    return _EDGE.sub("", text)


def _is_swap(change: dict[str, str]) -> bool:
    """A replacement of a few words by a few others: a translation choice."""
    return bool(change["a"] and change["b"]) and len(change["a"].split()) <= SWAP_WORDS and len(change["b"].split()) <= SWAP_WORDS


def _variants(comp: Comparison, by_id: dict[str, ArticleAnalysis], pages: dict[str, str], views: Views) -> list[dict[str, Any]]:
    """Quote variants, most telling first, each with the ``pair`` of articles it belongs to."""
    out = []
    for v in comp.extra.get("quote_variants", []):
        sides = []
        for key in ("a", "b"):
            side = v[key]
            member = by_id.get(side["article"])
            if member is None:
                break
            passage = next((p for p in member.passages if p.id == side["passage"]), None)
            if passage is None:
                break
            mine = 1 if key == "a" else 2
            runs = [(d[mine], d[0] != "equal") for d in v["diff"]]
            sides.append(
                {
                    **passage_view(passage, member, pages),
                    "article": member.article.id,
                    "outlet": views[member.article.id]["outlet"],
                    "parts": _diff_parts(side["text"], runs),
                }
            )
        if len(sides) != 2:
            continue
        changes = []
        for op, ta, tb in v["diff"]:
            ta, tb = _trim(ta), _trim(tb)
            if op != "equal" and (ta or tb):  # punctuation alone is not a difference worth listing
                changes.append({"a": ta, "b": tb})
        out.append(
            {
                "id": f"qv{len(out) + 1}",
                "speaker": v.get("speaker") or "Unknown speaker",
                "cls": speaker_class(v.get("speaker")),
                "a": sides[0],
                "b": sides[1],
                "same": v.get("same", False) or not changes,
                "changes": changes,
                "similarity": v.get("similarity"),
                "pair": pair_id(comp, sides[0]["article"], sides[1]["article"]),
            }
        )
    # Word swaps ("esteemed" ↔ "dear") first: they are the finding; then
    # other differences; identical renderings last. Stable within each group.
    out.sort(key=lambda x: (not x["changes"], -sum(1 for c in x["changes"] if _is_swap(c))))
    for n, item in enumerate(out, start=1):
        item["id"] = f"qv{n}"
    return out


def _who_speaks(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views) -> dict[str, Any]:
    data = comp.extra.get("who_speaks", {})
    charts = []
    totals: dict[str | None, int] = {}
    for m in members:
        rows = data.get(m.article.id, [])
        for r in rows:
            totals[r["speaker"]] = totals.get(r["speaker"], 0) + r["words"]
        outlet = views[m.article.id]["outlet"]
        shown, rest = rows[:CHART_SPEAKERS], rows[CHART_SPEAKERS:]
        bars = [
            Bar(
                r["speaker"] or "Unknown speaker",
                r["share"],
                f"{100 * r['share']:.0f}% · {r['words']} w",
                speaker_colour(r["speaker"]),
                speaker_class(r["speaker"]),
            )
            for r in shown
        ]
        if rest:
            share = sum(r["share"] for r in rest)
            words = sum(r["words"] for r in rest)
            bars.append(Bar(f"{len(rest)} others", share, f"{100 * share:.0f}% · {words} w", "#9e9e9e", "px-sp-none"))
        total = sum(r["words"] for r in rows)
        desc = "; ".join(f"{b.label}: {b.value.replace(' w', ' words')}" for b in bars) or "No quotes."
        chart = bar_chart(
            bars,
            chart_id=f"ws-{m.article.id}",
            title=f"Who speaks in {outlet}: share of {total} quoted words",
            desc=desc,
        )
        charts.append({"article": views[m.article.id], "svg": chart, "total": total})
    speakers = sorted(totals, key=lambda s: (-totals[s], s is None, s or ""))
    table = []
    for s in speakers:
        cells = []
        for m in members:
            r = next((r for r in data.get(m.article.id, []) if r["speaker"] == s), None)
            cells.append({"row": r, "links": _links(r["passages"], m, pages) if r else []})
        table.append({"speaker": s or "Unknown speaker", "short": short_name(s), "cls": speaker_class(s), "cells": cells})
    return {"charts": charts, "table": table}


def _sources(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views) -> list[dict[str, Any]]:
    data = comp.extra.get("sources", {})
    rows: dict[str, dict[str, Any]] = {}
    for m in members:
        for s in data.get(m.article.id, []):
            row = rows.setdefault(s["name"], {"name": s["name"], "type": source_type(s.get("type")), "cells": {}})
            row["cells"][m.article.id] = {"count": s["count"], "links": _links(s["passages"], m, pages)}
    out = []
    for row in rows.values():
        row["outlets"] = len(row["cells"])
        row["cells"] = [row["cells"].get(m.article.id) for m in members]
        out.append(row)
    return sorted(out, key=lambda r: (-r["outlets"], r["type"] or "", r["name"].casefold()))


def _framing(comp: Comparison, members: list[ArticleAnalysis], pages: dict[str, str], views: Views) -> dict[str, Any]:
    data = comp.extra.get("framing", {})
    distinctive = []
    for m in members:
        terms = [
            {**t, "term": written_form(t["term"], t.get("passages", []), m), "links": _links(t.get("passages", [])[:3], m, pages)}
            for t in data.get("distinctive", {}).get(m.article.id, [])[:FRAMING_TERMS]
        ]
        distinctive.append({"article": views[m.article.id], "terms": terms})
    found = data.get("evaluative", {})
    evaluative = []
    for row in data.get("evaluative_table", []):
        cells = []
        note = ""
        for m in members:
            entry = next((e for e in found.get(m.article.id, []) if e["term"] == row["term"]), None)
            if entry is None:
                cells.append(None)
                continue
            note = note or entry.get("note", "")
            by_id = {p.id: p for p in m.passages}
            links = []
            for match in entry["matches"]:
                p = by_id.get(match["passage"])
                if p is not None:
                    links.append({**passage_view(p, m, pages), "as": match["text"]})
            cells.append({"count": len(entry["matches"]), "links": links})
        users = sum(1 for c in cells if c)
        evaluative.append({"term": row["term"], "category": row["category"], "note": note, "cells": cells, "users": users})
    return {"distinctive": distinctive, "evaluative": evaluative, "method": comp.extra.get("method", {}).get("framing", "")}


# --------------------------------------------------------------------------
# the page


def render_story_pages(
    env: jinja2.Environment, comp: Comparison, by_id: dict[str, ArticleAnalysis], pages: dict[str, str], story_page: str
) -> dict[str, str]:
    """The pages of ``comp``'s story, ``{path under docs/: Markdown}``: one page, at ``story_page``."""
    members = [by_id[a] for a in comp.story.articles if a in by_id]
    labels = outlet_labels(members)
    views: Views = {m.article.id: _article_view(m, pages, labels[m.article.id]) for m in members}
    matrix = _matrix(comp, members, pages, views)
    row_of = {(c["article"], link["id"]): row["id"] for row in matrix for c in row["cells"] for link in c["links"]}
    inline = pairs_inline(comp)
    articles = [views[m.article.id] for m in members]
    variants = _variants(comp, by_id, pages, views)
    left = 0 if inline else max(0, len(variants) - VARIANTS_OVERVIEW)
    page = env.get_template("story.md.j2").render(
        story=comp.story,
        articles=articles,
        summary=_summary(comp, members, pages, views, row_of),
        matrix=matrix[:MATRIX_ROWS],
        matrix_more=matrix[MATRIX_ROWS:],
        variants=variants[: len(variants) - left],
        variants_shown=VARIANTS_SHOWN,
        variants_left=left,
        who=_who_speaks(comp, members, pages, views),
        sources=_sources(comp, members, pages, views),
        framing=_framing(comp, members, pages, views),
        pairs=_pairs(comp, members, pages, views) if inline else [],
        side=[] if inline else _side_by_side(comp, members, pages),
        pairs_inline=inline,
        root=ROOT,
    )
    return {path_to_md(story_page): page}


def render_story(
    env: jinja2.Environment, comp: Comparison, by_id: dict[str, ArticleAnalysis], pages: dict[str, str], story_page: str | None = None
) -> str:
    """The Markdown of the story page of ``comp`` (default place: ``stories/<story>/``)."""
    story_page = story_page or f"stories/{comp.story.id}/"
    return render_story_pages(env, comp, by_id, pages, story_page)[path_to_md(story_page)]


def outlet_labels(members: list[ArticleAnalysis]) -> dict[str, str]:
    """Column label per article: its outlet, or outlet + date/id when two articles share an outlet."""
    base = {m.article.id: m.article.meta.outlet or m.article.id for m in members}
    counts: dict[str, int] = {}
    for label in base.values():
        counts[label] = counts.get(label, 0) + 1
    out = {}
    for m in members:
        label = base[m.article.id]
        if counts[label] > 1:
            label = f"{label} ({m.article.meta.published or m.article.id})"
        out[m.article.id] = label
    if len(set(out.values())) < len(out):  # same outlet and date: the id tells them apart
        out = {aid: f"{base[aid]} ({aid})" if counts[base[aid]] > 1 else lab for aid, lab in out.items()}
    return out


def _article_view(a: ArticleAnalysis, pages: dict[str, str], label: str) -> dict[str, Any]:
    m = a.article.meta
    return {
        "id": a.article.id,
        "title": m.title,
        "outlet": label,
        "page": pages[a.article.id],
        "words": a.word_count,
        "published": m.published,
        "translated_from": m.translated_from,
    }
