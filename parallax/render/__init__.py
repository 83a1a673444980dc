"""Render: analyses → Markdown pages (Jinja2 templates), as a dict path → text.

Rendering is a pure function of the analyses: no clock, no randomness, no
absolute paths, sorted iteration everywhere — two builds of the same input
give byte-identical pages. Every value printed by a template is escaped by
the environment's ``finalize`` unless it is :class:`markupsafe.Markup` made
here from already-escaped parts (see :mod:`.markup`).
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from ..model import ArticleAnalysis, Comparison, Passage, Span
from . import markup
from .markup import Wrap, escape_text

if TYPE_CHECKING:
    from ..memo import Memo

TEMPLATES = Path(__file__).parent / "templates"
#: Colours for speakers; a speaker's colour is chosen from its name's hash, so
#: it is the same on every page and every build.
SPEAKER_COLOURS = 12
#: Nesting rank of each layer: sentences outermost, then quotes, sources,
#: entities, damage innermost.
RANKS = {"sentence": 0, "quotes": 1, "sources": 2, "entities": 3, "artifacts": 4}
#: The legend's names of the layers; parallax.js writes the legend (LAYERS there).
LAYER_TITLES = {"quotes": "Quotes", "entities": "Names", "sources": "Sources", "artifacts": "Damage"}
#: Entity labels as readers say them, in the order the names table lists them
#: (who, then where, then when and how much).
ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "PLACE": "place",
    "NORP": "nationality or group",
    "EVENT": "event",
    "MISC": "other name",
    "DATE": "date",
    "TIME": "time",
    "QUANTITY": "quantity",
}


def entity_kind(label: str) -> str:
    return ENTITY_KINDS.get(label, label.lower())


#: Source types as readers say them, on the story page's sources table and in
#: an article's tooltips alike (the export keeps the type's own name).
SOURCE_TYPES = {
    "news-agency": "news agency",
    "broadcaster": "broadcaster",
    "outlet": "outlet",
    "official": "official",
    "expert": "expert",
    "anonymous": "unnamed",
    "other": "other",
}


def source_type(kind: str | None) -> str:
    return SOURCE_TYPES.get(kind or "other", kind or "other")


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return Markup(escape_text(value))
    return value


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["yaml_str"] = lambda v: Markup(json.dumps(escape_text(v or ""), ensure_ascii=False))
    env.filters["pct"] = lambda v: f"{100 * v:.0f}%"
    env.filters["source_type"] = source_type
    env.filters["url_attr"] = lambda v: Markup(markup.escape_attr(v))
    return env


def speaker_class(name: str | None) -> str:
    if not name:
        return "px-sp-none"
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return f"px-sp-{digest[0] % SPEAKER_COLOURS}"


# --------------------------------------------------------------------------
# article text


def _tooltip(layer: str, span: Span, raw: str) -> str:
    a = span.attrs
    if layer == "quotes":
        who = a.get("speaker") or "speaker unknown"
        how = a.get("attribution")
        extra = f" ({how})" if how else ""
        marks = a.get("marks")
        mark_note = f"; quote marks {marks}" if marks and marks != "ok" else ""
        return f"Quote — {who}{extra}{mark_note}"
    if layer == "entities":
        canonical = a.get("canonical") or raw[span.start : span.end]
        return f"{entity_kind(span.label).capitalize()} — {canonical}"
    if layer == "sources":
        return f"Source — {a.get('name') or raw[span.start : span.end]} ({source_type(a.get('type'))})"
    if layer == "artifacts":
        msg = a.get("message") or span.label
        sug = a.get("suggestion")
        return f"{msg} Suggested reading: “{sug}”" if sug else msg
    return span.label


def _derivable(layer: str, span: Span, raw: str) -> bool:
    """Whether parallax.js can write this mark's tooltip from its class and its words.

    A name or a source whose canonical form is the text it marks ("Place —
    Monenza", "Source — Reuters (news agency)") carries no title: the
    script reads the kind from the class and the rest from the words. Most
    marks of a page are such, and their titles were a sixth of its text
    markup. A mark that :func:`markup.render` may cut into fragments is
    checked by :func:`layer_wraps`.
    """
    text = raw[span.start : span.end]
    if layer == "entities":
        named = span.attrs.get("canonical") or text
    elif layer == "sources":
        named = span.attrs.get("name") or text
    else:
        return False
    return named == text and text == " ".join(text.split())


def _wraps_for_layer(layer: str, spans: Iterable[Span], raw: str, usage: dict[str, str] | None = None) -> list[Wrap]:
    out = []
    for s in spans:
        a = s.attrs
        # The class names the layer (px-q, px-e, px-s, px-d: parallax.js finds
        # marks by it and makes them focusable); the title is the tooltip,
        # left out where the script can write it (see _derivable).
        attrs: dict[str, str] = {} if _derivable(layer, s, raw) else {"title": _tooltip(layer, s, raw)}
        if layer == "quotes":
            cls = f"px-q {speaker_class(a.get('speaker'))}"
            attrs["data-who"] = short_name(a.get("speaker"), usage)
            tag = "q"
        elif layer == "entities":
            cls = f"px-e px-e-{s.label.lower()}"
            tag = "span"
        elif layer == "sources":
            cls = f"px-s px-s-{(a.get('type') or 'other')}"
            tag = "span"
        else:
            cls = f"px-d px-d-{s.label}"
            tag = "span"
        attrs = {"class": cls, **attrs}
        out.append(Wrap(s.start, s.end, tag, RANKS[layer], attrs))
    return out


def _layer_prefix(layer: str) -> str:
    return {"quotes": "q", "entities": "e", "sources": "src", "artifacts": "d"}[layer]


def short_name(name: str | None, usage: dict[str, str] | None = None) -> str:
    """The label a quote mark shows for its speaker.

    ``usage`` (canonical name → the one word the article itself calls that
    person by, see :func:`short_names`) wins: family names do not always
    come last. Otherwise the last word of a two- or three-word name.
    """
    if not name:
        return "?"
    if usage and name in usage:
        return usage[name]
    parts = name.split()
    return parts[-1] if len(parts) > 1 and parts[0][:1].isupper() and len(parts) < 4 else name


def short_names(spans: Iterable[Span], raw: str) -> dict[str, str]:
    """Canonical person name → the word of it the article uses alone most often.

    "Vladimir Putin … Putin said" gives "Putin"; a name written family name
    first ("Moon Jae-in … Moon said") gives its first word. Only words of
    the name count; without such a mention the default applies.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s in spans:
        if s.label != "PERSON":
            continue
        canonical = str(s.attrs.get("canonical") or "")
        words = canonical.split()
        text = raw[s.start : s.end]
        if len(words) > 1 and text in words:
            counts[canonical][text] += 1
    return {name: max(sorted(seen), key=lambda w: seen[w]) for name, seen in counts.items()}


def layer_wraps(analysis: ArticleAnalysis) -> list[Wrap]:
    """Marks for every layer, in layer order.

    Marks carry no id (nothing links to a mark; passages are what pages
    cite). A mark without a title whose words an outer element (a
    paragraph, a sentence, a quote, a source) would cut into fragments gets
    its title back, since the script reads a tooltip from the mark's first
    fragment only (another name's bounds count too: a safe excess).
    """
    raw = analysis.article.raw
    usage = short_names(analysis.layer("entities"), raw)
    out: list[Wrap] = []
    for layer in ("quotes", "sources", "entities", "artifacts"):
        spans = analysis.layer(layer)
        if layer == "artifacts":
            spans = [s for s in spans if s.label != "boilerplate"]
        out.extend(_wraps_for_layer(layer, spans, raw, usage))
    cuts = sorted(
        {b for p in analysis.passages for b in (p.start, p.end)} | {b for w in out if w.rank <= RANKS["entities"] for b in (w.start, w.end)}
    )
    for i, w in enumerate(out):
        if "title" in w.attrs or w.tag == "q":
            continue
        k = bisect.bisect_right(cuts, w.start)
        if k < len(cuts) and cuts[k] < w.end:
            layer = "entities" if w.rank == RANKS["entities"] else "sources"
            span = next(s for s in analysis.layer(layer) if s.start == w.start and s.end == w.end)
            out[i] = dataclasses.replace(w, attrs={**w.attrs, "title": _tooltip(layer, span, raw)})
    return out


def paragraph_html(
    analysis: ArticleAnalysis,
    para: Passage,
    counterparts: dict[str, list[dict[str, str]]],
    layer_wraps: list[Wrap],
    sentences: list[Passage],
) -> Markup:
    """One paragraph as a single line of HTML (so Markdown keeps it raw)."""
    raw = analysis.article.raw
    wraps: list[Wrap] = []
    for s in sentences:
        first = {"id": s.id, **_cite_attr(s.id, f"¶{s.paragraph} s{s.sentence}")}
        prefix = _alias_html(s.aliases) + _retired_html(analysis, s.id) + _counterpart_html(analysis, counterparts.get(s.id, []))
        wraps.append(Wrap(s.start, s.end, "span", RANKS["sentence"], {"class": "px-sent"}, first, prefix))
    if not para.boilerplate:
        for w in layer_wraps:
            if w.start < para.end and w.end > para.start:
                # a mark begun in an earlier paragraph already printed its id there
                wraps.append(w if w.start >= para.start else dataclasses.replace(w, first_attrs={}))
    body = markup.render(raw, para.start, para.end, wraps)
    prefix = _alias_html(para.aliases) + _retired_html(analysis, para.id)
    cls = "px-para px-boiler" if para.boilerplate else "px-para"
    reason = f' data-reason="{markup.escape_attr(_boiler_reason(analysis, para))}"' if para.boilerplate else ""
    cite = f"¶{para.paragraph}"
    # parallax.js makes it a copy control and titles it so; without the script it is a plain link.
    link = f'<a class="px-plink" href="#{markup.escape_attr(para.id)}"{_NOT_SEARCHED}>{cite}</a>'
    cite_attr = "".join(f' {k}="{v}"' for k, v in _cite_attr(para.id, cite).items())
    return Markup(f'<p class="{cls}" id="{markup.escape_attr(para.id)}"{cite_attr}{reason}>{prefix}{link} {body}</p>')


def cite_of(passage_id: str) -> str:
    """How a passage is cited when its id still says where it is: ``p3-s2`` → "¶3 s2", ``p3`` → "¶3".

    parallax.js reads the same rule; a passage whose permanent id no longer
    matches its place (text edited since) carries ``data-cite`` instead.
    """
    return "¶" + passage_id[1:].replace("-s", " s")


def _cite_attr(passage_id: str, cite: str) -> dict[str, str]:
    return {} if cite_of(passage_id) == cite else {"data-cite": cite}


def _counterpart_html(analysis: ArticleAnalysis, cps: list[dict[str, str]]) -> str:
    """A small link from a sentence to its row on the comparison page."""
    if not cps:
        return ""
    best = min(cps, key=lambda c: (_RELATION_ORDER.get(c["relation"], 9), c["article"], c["passage"]))
    n = len({c["article"] for c in cps})
    href = "../../" + best["compare"]
    # parallax.js titles it "Compare: same-fact in 5 other articles" from
    # data-cp (relation letter, count): ~45 bytes less on each of a page's
    # ~50 links.
    code = _RELATION_CODE.get(best["relation"], best["relation"])
    return f'<a class="px-cp" href="{markup.escape_href(href)}" data-cp="{markup.escape_attr(code)}{n}"{_NOT_SEARCHED}>⇄</a>'


#: Our controls inside an article's text (the paragraph link "¶3", the compare
#: link "⇄") stay out of the search index: "⇄About" was the indexed form of a
#: sentence's first word. Material's search plugin drops the element from the
#: index and then this attribute from the page, as it has a value.
_NOT_SEARCHED = ' data-search-exclude="1"'


_RELATION_ORDER = {"same-quote": 0, "same-fact": 1, "related": 2}
#: A counterpart link's relation as parallax.js reads it (``RELATION`` there).
_RELATION_CODE = {"same-quote": "q", "same-fact": "f", "related": "r"}


def _alias_html(aliases: list[str]) -> str:
    return "".join(f'<span class="px-alias" id="{markup.escape_attr(a)}"></span>' for a in aliases)


def _retired_html(analysis: ArticleAnalysis, target: str) -> str:
    return "".join(
        f'<span class="px-alias px-retired" id="{markup.escape_attr(r["id"])}" data-note="{markup.escape_attr(_retired_note(r))}"></span>'
        for r in analysis.retired
        if r.get("target") == target
    )


_REASONS = {"promo": "promotion", "credit": "credit line", "byline": "byline", "repeated-title": "repeated headline"}


def _boiler_reason(analysis: ArticleAnalysis, para: Passage) -> str:
    for b in analysis.article.blocks:
        if b.start == para.start:
            reason = b.attrs.get("reason") or "boilerplate"
            return _REASONS.get(reason, reason)
    return "boilerplate"


def _retired_note(r: dict[str, Any]) -> str:
    what = f": “{r['text']}”" if r.get("text") else ""
    return f"The passage this link pointed to was removed on {r.get('removed', 'an earlier build')}{what}. This is the nearest surviving passage."


# --------------------------------------------------------------------------
# page contexts


def article_context(
    analysis: ArticleAnalysis, *, page: str, stories: dict[str, Any], counterparts: dict[str, list[dict[str, str]]]
) -> dict[str, Any]:
    art = analysis.article
    paras = []
    marks = sorted(layer_wraps(analysis), key=lambda w: w.start)
    mark_starts = [w.start for w in marks]
    longest = max((w.end - w.start for w in marks), default=0)
    by_paragraph: dict[int, list[Passage]] = defaultdict(list)
    for s in analysis.sentences():
        by_paragraph[s.paragraph].append(s)
    for p in analysis.paragraphs():
        # only marks that can overlap this paragraph (sorted by start)
        lo = bisect.bisect_left(mark_starts, p.start - longest)
        hi = bisect.bisect_left(mark_starts, p.end)
        near = marks[lo:hi]
        paras.append(
            {"passage": p, "html": paragraph_html(analysis, p, counterparts, near, by_paragraph[p.paragraph]), "boilerplate": p.boilerplate}
        )
    title_block = next((b for b in art.blocks if b.label == "title"), None)
    quotes = analysis.layer("quotes")
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    # A quote nested in another (its words are the outer quote's) is marked in
    # the text but not counted again here; ids follow the marks' numbering.
    total_words = sum(len(q.text(art.raw).split()) for q in quotes if not q.attrs.get("nested")) or 1
    for i, q in enumerate(quotes):
        if q.attrs.get("nested"):
            continue
        speaker = q.attrs.get("speaker") or "Unknown speaker"
        passage = analysis.passage_at(q.start)
        by_speaker[speaker].append(
            {"id": f"q{i + 1}", "text": q.text(art.raw), "passage": passage.id if passage else "", "words": len(q.text(art.raw).split())}
        )
    speakers = sorted(
        (
            {
                "name": name,
                "cls": speaker_class(None if name == "Unknown speaker" else name),
                "quotes": rows,
                "words": sum(r["words"] for r in rows),
                "share": sum(r["words"] for r in rows) / total_words,
            }
            for name, rows in by_speaker.items()
        ),
        key=lambda s: (-s["words"], s["name"]),
    )

    def rows(layer: str) -> list[dict[str, Any]]:
        out = []
        spans = analysis.layer(layer)
        if layer == "artifacts":
            spans = [s for s in spans if s.label != "boilerplate"]
        for i, s in enumerate(spans):
            p = analysis.passage_at(s.start)
            out.append(
                {
                    "id": f"{_layer_prefix(layer)}{i + 1}",
                    "text": s.text(art.raw),
                    "label": s.label,
                    "attrs": s.attrs,
                    "passage": p.id if p else "",
                }
            )
        return out

    entities = rows("entities")
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in entities:
        grouped[(e["label"], e["attrs"].get("canonical") or e["text"])].append(e)
    order = {label: i for i, label in enumerate(ENTITY_KINDS)}
    entity_groups = sorted(
        ({"label": k[0], "kind": entity_kind(k[0]), "canonical": k[1], "mentions": v} for k, v in grouped.items()),
        key=lambda g: (order.get(g["label"], len(order)), g["label"], -len(g["mentions"]), g["canonical"]),
    )
    return {
        "analysis": analysis,
        "article": art,
        "meta": art.meta,
        "page": page,
        "title": art.meta.title,
        "title_in_text": bool(title_block),
        "paragraphs": paras,
        "speakers": speakers,
        "quote_count": len(quotes),
        "entity_groups": entity_groups,
        "sources": rows("sources"),
        "artifacts": rows("artifacts"),
        "stories": stories,
        "layers": LAYER_TITLES,
    }


def render_pages(
    analyses: list[ArticleAnalysis],
    comparisons: list[Comparison],
    *,
    story_of: dict[str, str],
    pages: dict[str, str],
    story_pages: dict[str, str],
    memo: Memo | None = None,
    keys: dict[str, str] | None = None,
) -> dict[str, str]:
    """All generated pages: ``{path relative to docs/: Markdown}``.

    With a ``memo`` and the ``keys`` of each article and story page's inputs
    (see :func:`parallax.build._page_keys`), pages whose inputs are unchanged
    since the previous build of a long-running process are taken from it.
    """
    env = environment()
    out: dict[str, str] = {}
    by_id = {a.article.id: a for a in analyses}
    keys = keys or {}
    todo = []
    for analysis in sorted(analyses, key=lambda a: a.article.id):
        path = f"articles/{analysis.article.id}.md"
        done = memo.page(path, keys.get(path)) if memo is not None else None
        if done is None:
            todo.append(analysis)
        else:
            out[path] = done
    # An article's counterparts are in its own story's comparison.
    todo_stories = {story_of.get(a.article.id) for a in todo}
    counterparts = counterpart_index([c for c in comparisons if c.story.id in todo_stories], pages, story_pages)
    for analysis in todo:
        aid = analysis.article.id
        path = f"articles/{aid}.md"
        out[path] = article_page(env, analysis, story_of=story_of, pages=pages, story_pages=story_pages, counterparts=counterparts)
        if memo is not None:
            memo.keep_page(path, keys.get(path), out[path])
    out = dict(sorted(out.items()))
    listing = article_rows(analyses, pages, story_of)
    out["articles/index.md"] = env.get_template("articles_index.md.j2").render(articles=listing, root="../")
    out["_generated/home.md"] = env.get_template("home.md.j2").render(**home_context(listing, comparisons, story_pages, by_id))
    from . import story as story_render

    for comp in comparisons:
        if len(comp.story.articles) < 2:
            continue
        name = f"stories/{comp.story.id}"
        made = memo.page(name, keys.get(name)) if memo is not None else None
        if made is None:
            made = story_render.render_story_pages(env, comp, by_id, pages, story_pages[comp.story.id])
            if memo is not None:
                memo.keep_page(name, keys.get(name), made)
        out.update(made)
    out["stories/index.md"] = env.get_template("stories_index.md.j2").render(
        stories=story_rows(comparisons, story_pages, by_id), root="../"
    )
    from . import indexes

    out.update(indexes.render_indexes(env, analyses, pages))
    return out


def article_page(
    env: jinja2.Environment,
    analysis: ArticleAnalysis,
    *,
    story_of: dict[str, str],
    pages: dict[str, str],
    story_pages: dict[str, str],
    counterparts: dict[str, dict[str, list[dict[str, str]]]],
) -> str:
    """The Markdown of one article page (``counterparts``: :func:`counterpart_index` of its story).

    Needs nothing beyond the article's own story, so a worker that compared
    that story can render it (see ``parallax.build.compare_all``).
    """
    aid = analysis.article.id
    story_id = story_of.get(aid)
    stories = {"id": story_id, "page": story_pages.get(story_id or "")} if story_id else {}
    ctx = article_context(analysis, page=pages[aid], stories=stories, counterparts=counterparts.get(aid, {}))
    ctx["counterparts"] = counterparts.get(aid, {})
    ctx["root"] = "../../"
    return env.get_template("article.md.j2").render(ctx)


#: The home page stays small at any corpus size: the largest stories and a
#: few uncompared articles; the indexes hold the rest.
HOME_STORIES = 30
HOME_SINGLES = 20


def home_context(
    listing: list[dict[str, Any]], comparisons: list[Comparison], story_pages: dict[str, str], by_id: dict[str, ArticleAnalysis]
) -> dict[str, Any]:
    rows = story_rows(comparisons, story_pages, by_id)
    by_article = {a["id"]: a for a in listing}
    members = {c.story.id: [by_article[a] for a in c.story.articles if a in by_article] for c in comparisons}
    for r in rows:
        r["members"] = sorted(members.get(r["id"], []), key=lambda a: (a["outlet"].casefold(), a["published"], a["id"]))
    largest = sorted(rows, key=lambda r: (-r["articles"], r["id"]))[:HOME_STORIES]
    compared = {a for r in rows for a in (m["id"] for m in r["members"])}
    singles = [a for a in listing if a["id"] not in compared]
    return {
        "stories": sorted(largest, key=lambda r: r["id"]),
        "total_stories": len(rows),
        "total": len(listing),
        "outlets": len({a["outlet"] for a in listing}),
        "singles": singles[:HOME_SINGLES],
        "more_singles": max(0, len(singles) - HOME_SINGLES),
        "root": "",
    }


def path_to_md(page: str) -> str:
    """``stories/x/`` → ``stories/x.md``."""
    return page.rstrip("/") + ".md"


def article_rows(analyses: list[ArticleAnalysis], pages: dict[str, str], story_of: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for a in analyses:
        m = a.article.meta
        rows.append(
            {
                "id": a.article.id,
                "title": m.title,
                "outlet": m.outlet or "—",
                "published": m.published or "—",
                "words": a.word_count,
                "page": pages[a.article.id],
                "story": story_of.get(a.article.id, ""),
                "quotes": len(a.layer("quotes")),
                "flags": len([s for s in a.layer("artifacts") if s.label != "boilerplate"]),
            }
        )
    rows.sort(key=lambda r: (r["story"], r["outlet"].casefold(), r["published"], r["id"]))
    return rows


def story_rows(comparisons: list[Comparison], story_pages: dict[str, str], by_id: dict[str, ArticleAnalysis]) -> list[dict[str, Any]]:
    rows = []
    for c in comparisons:
        if len(c.story.articles) < 2:
            continue
        outlets = [by_id[a].article.meta.outlet or a for a in c.story.articles if a in by_id]
        rows.append(
            {
                "id": c.story.id,
                "title": c.story.title,
                "page": story_pages[c.story.id],
                "articles": len(c.story.articles),
                "outlets": outlets,
                "pairs": c.pair_count(),
            }
        )
    rows.sort(key=lambda r: r["id"])
    return rows


#: Pairs of articles whose aligned rows stay on the story page, one table per
#: pair. A story with more pairs (four articles or more: 6, 10, 45 …) is read
#: side by side in one table with a column per outlet and a chooser of two
#: outlets: pair tables grow with the square of the story's size (a page per
#: pair made the site quadratic too), the one table only with its sentences.
PAIRS_INLINE = 3


def pairs_inline(comp: Comparison) -> bool:
    """Whether ``comp``'s story page prints one aligned table per pair (else one table for all)."""
    n = len(comp.story.articles)
    return n * (n - 1) // 2 <= PAIRS_INLINE


def pair_id(comp: Comparison, x: str, y: str) -> str:
    """``first--second`` for articles ``x`` and ``y``, in story order: the same either way round."""
    order = {a: i for i, a in enumerate(comp.story.articles)}
    first, second = sorted((x, y), key=lambda a: order.get(a, 0))
    return f"{first}--{second}"


def pair_page(comp: Comparison, story_page: str, x: str, y: str) -> str:
    """The page (relative to the site root) where ``x`` and ``y`` are read side by side: the story page."""
    return story_page


def pair_anchor(comp: Comparison, x: str, y: str, article: str, passage: str) -> str:
    """Element id of a passage cell in the aligned rows of ``x`` and ``y`` (small stories)."""
    return f"{pair_id(comp, x, y)}--{article}--{passage}"


def side_anchor(article: str, passage: str) -> str:
    """Element id of a passage cell in the one side-by-side table of a big story."""
    return f"sbs--{article}--{passage}"


def compare_anchor(comp: Comparison, x: str, y: str, article: str, passage: str) -> str:
    """Where the story page shows ``article``'s ``passage`` beside its counterpart in the other article."""
    return pair_anchor(comp, x, y, article, passage) if pairs_inline(comp) else side_anchor(article, passage)


def counterpart_index(
    comparisons: list[Comparison], pages: dict[str, str], story_pages: dict[str, str]
) -> dict[str, dict[str, list[dict[str, str]]]]:
    """article → passage → counterparts [{article, passage, page, relation, compare}].

    ``compare`` is the passage's place on the story page: in the aligned rows
    of its pair (small stories) or in the one side-by-side table (big ones).
    """
    idx: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for c in comparisons:
        story_page = story_pages.get(c.story.id)
        if not story_page:
            continue
        for p in c.pairs:
            where = pair_page(c, story_page, p.a.article, p.b.article)
            for mine, other in ((p.a, p.b), (p.b, p.a)):
                idx[mine.article][mine.passage].append(
                    {
                        "article": other.article,
                        "passage": other.passage,
                        "page": pages.get(other.article, ""),
                        "relation": p.relation,
                        "compare": f"{where}#{compare_anchor(c, p.a.article, p.b.article, mine.article, mine.passage)}",
                    }
                )
    return {k: dict(v) for k, v in idx.items()}
