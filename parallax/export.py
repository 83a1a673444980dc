"""Export: the whole analysis as one schema-versioned JSON document.

``analysis.json`` is the machine-readable twin of the site: every span carries
``start``/``end`` offsets into the decoded raw file and the exact ``text`` at
those offsets (``raw[start:end] == text``), so anyone can re-anchor our marks
on the source. Keys are sorted and nothing depends on time or paths outside
the project, so two builds of the same input give the same bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .model import ArticleAnalysis, Comparison, Span

if TYPE_CHECKING:
    from .memo import Memo

SCHEMA = "parallax/1"


def _span(span: Span, analysis: ArticleAnalysis, extra_keys: tuple[str, ...]) -> dict[str, Any]:
    raw = analysis.article.raw
    d: dict[str, Any] = {"start": span.start, "end": span.end, "text": raw[span.start : span.end]}
    for key in extra_keys:
        d[key] = span.attrs.get(key, span.label if key in ("label", "kind") else None)
    for key, value in span.attrs.items():
        d.setdefault(key, value)
    p = analysis.passage_at(span.start)
    d["passage"] = p.id if p else None
    return d


#: Fields each layer must carry in the export (issue: foundation, data page).
LAYER_FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": ("speaker",),
    "entities": ("label", "canonical"),
    "sources": ("name", "type"),
    "artifacts": ("kind", "message", "suggestion"),
}


def article_record(analysis: ArticleAnalysis, page: str) -> dict[str, Any]:
    art = analysis.article
    m = art.meta
    record: dict[str, Any] = {
        "id": art.id,
        "source": art.source,
        "title": m.title,
        "outlet": m.outlet,
        "url": m.url,
        "published": m.published,
        "language": m.language,
        "translated_from": m.translated_from,
        "story": m.story,
        "inferred": list(m.inferred),
        "encoding": art.encoding,
        "sha256": art.sha256,
        "page": page,
        "word_count": analysis.word_count,
        # Regions only: their text is the passages' text again (``raw[start:end]``).
        "blocks": [{"start": b.start, "end": b.end, "kind": b.label, **b.attrs} for b in art.blocks],
        "passages": [
            {
                "id": p.id,
                "kind": p.kind,
                "paragraph": p.paragraph,
                "sentence": p.sentence,
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "boilerplate": p.boilerplate,
                "aliases": list(p.aliases),
            }
            for p in analysis.passages
        ],
        "retired": list(analysis.retired),
    }
    for layer, fields in LAYER_FIELDS.items():
        record[layer] = [_span(s, analysis, fields) for s in analysis.layer(layer)]
    return record


def comparison_record(comp: Comparison, page: str | None) -> dict[str, Any]:
    from itertools import combinations

    from .compare import comparison_to_export
    from .render import pair_id, pair_page

    record = comparison_to_export(comp)
    record["page"] = page
    # Where each pair of articles is read side by side: the story page (kept
    # per pair so readers of the export need not know the page layout).
    record["pair_pages"] = (
        {pair_id(comp, a, b): pair_page(comp, page, a, b) for a, b in combinations(comp.story.articles, 2)} if page else {}
    )
    return record


def story_records(comparisons: list[Comparison], story_pages: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.story.id,
            "title": c.story.title,
            "articles": list(c.story.articles),
            "method": c.story.method,
            "page": story_pages.get(c.story.id),
        }
        for c in comparisons
    ]


def build_export(
    analyses: list[ArticleAnalysis],
    comparisons: list[Comparison],
    *,
    pages: dict[str, str],
    story_pages: dict[str, str],
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_record(a, pages[a.article.id]) for a in sorted(analyses, key=lambda a: a.article.id)],
        "stories": story_records(comparisons, story_pages),
        "comparisons": [comparison_record(c, story_pages.get(c.story.id)) for c in comparisons if len(c.story.articles) >= 2],
    }


def dumps(data: dict[str, Any]) -> str:
    """Stable JSON text: sorted keys, compact (it is large), final newline."""
    return _json(data) + "\n"


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def article_record_text(analysis: ArticleAnalysis, page: str) -> str:
    """One article's record as the export writes it (what :func:`dumps_export` splices)."""
    return _json(article_record(analysis, page))


def comparison_record_text(comp: Comparison, page: str | None) -> str:
    """One story's comparison record as the export writes it (what :func:`dumps_export` splices)."""
    return _json(comparison_record(comp, page))


def dumps_export(
    analyses: list[ArticleAnalysis],
    comparisons: list[Comparison],
    *,
    pages: dict[str, str],
    story_pages: dict[str, str],
    memo: Memo | None = None,
    keys: dict[str, str] | None = None,
) -> str:
    """``dumps(build_export(...))``, assembled from one JSON text per article.

    The same bytes (tested); a long-running build keeps each article's text in
    ``memo`` under the key of its page (``keys``), so an edit re-serialises
    one article, not the corpus.
    """
    if memo is None or keys is None:
        return dumps(build_export(analyses, comparisons, pages=pages, story_pages=story_pages))
    parts = []
    for a in sorted(analyses, key=lambda a: a.article.id):
        name, key = f"record:articles/{a.article.id}.md", keys.get(f"articles/{a.article.id}.md")
        text = memo.page(name, key)
        if text is None:
            text = article_record_text(a, pages[a.article.id])
            memo.keep_page(name, key, text)
        parts.append(text)
    compared = []
    for c in comparisons:
        if len(c.story.articles) < 2:
            continue
        name, key = f"record:stories/{c.story.id}", keys.get(f"stories/{c.story.id}")
        text = memo.page(name, key)
        if text is None:
            text = comparison_record_text(c, story_pages.get(c.story.id))
            memo.keep_page(name, key, text)
        compared.append(text)
    # Keys are sorted: "articles", "comparisons", then the small rest.
    tail = _json({"schema": SCHEMA, "stories": story_records(comparisons, story_pages)})
    return '{"articles":[' + ",".join(parts) + '],"comparisons":[' + ",".join(compared) + "]," + tail[1:] + "\n"
