"""A MkDocs hook: generated raw-HTML blocks skip the Markdown parser.

Our generated pages are Markdown whose heaviest parts are raw HTML blocks
(the annotated text, the tables). Python-Markdown passes such a block through
unchanged, but only after running an HTML parser over every tag of it to find
where it ends — half of MkDocs' time on our pages. This hook lifts each
top-level ``<table>…</table>`` and ``<div class="px-…">…</div>`` (tags
balanced, as our templates write them) out of a generated page before
Markdown runs, leaves a placeholder paragraph, and puts the block back into
the converted page: the same HTML, sooner.

It is an optimisation only: the Markdown files are complete without it (a
plain ``mkdocs build`` or ``mkdocs serve`` renders them the same way). The
build adds it to the configuration it runs MkDocs with
(:func:`parallax.build._mirror_project`); hand-written pages are never touched.

Blocks marked ``data-search-exclude`` (the story tables, the per-article
reports) are also kept away from Material's search plugin, which otherwise
parses every tag of a page only to drop those blocks from its index — the
other half of MkDocs' time on our pages. They are put back into the finished
page (``on_post_page``) exactly as the search plugin would have left them.

Last, every finished page loses the indentation Material's templates leave
(:func:`compact`): a run of blank space that holds a line break becomes one
line break (the same rendering, ~8% fewer bytes on a chrome-heavy page),
and each inline SVG icon its redundant namespace (~0.35 KB a page).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

#: Folders of generated pages (see parallax.build.GENERATED_DIRS).
GENERATED = ("articles/", "stories/", "people/", "organisations/", "sources/")
#: Where a raw HTML block our templates write may start, as Markdown sees
#: one: after a blank line (or at the start), a ``<table`` or a ``<div
#: class="px-…"`` at the start of a line.
_START = re.compile(r'(?:(?<=\n\n)|\A)<(table\b|div class="px-)', re.M)
_TAG = re.compile(r"<(/?)(table|div)\b")
#: What Material's search plugin removes from a page once it has indexed it.
_SEARCH_ATTRS = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")

#: A run of blank space holding a line break, an inline SVG's namespace (the
#: HTML parser gives ``svg`` its namespace; Material writes it on every icon),
#: or an element whose whitespace is content or code (``pre``, ``textarea``,
#: ``script``, ``style``).
_GAP = re.compile(
    r'(<(pre|textarea|script|style)\b.*?</\2\s*>)|(<svg) xmlns="http://www\.w3\.org/2000/svg"|[ \t\r]*\n[ \t\r\n]*', re.S | re.I
)

_lifted: dict[str, tuple[str, list[str]]] = {}
_stashed: dict[str, tuple[str, list[str]]] = {}


def _blocks(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level raw block: its tags balanced, a blank line after it."""
    out = []
    pos = 0
    while (m := _START.search(markdown, pos)) is not None:
        name = "table" if m.group(1) == "table" else "div"
        depth, end = 0, None
        for t in _TAG.finditer(markdown, m.start()):
            if t.group(2) != name:
                continue
            depth += -1 if t.group(1) else 1
            if depth == 0:
                end = markdown.find(">", t.end()) + 1
                break
        if end is None or end == 0:
            break
        after = markdown[end:]
        if re.match(r"[ \t]*(\n[ \t]*\n|\s*\Z)", after) and markdown.rfind("\n", 0, end) >= 0:
            out.append((m.start(), end))
            pos = end
        else:
            pos = m.start() + 1
    return out


def _generated(page: Any) -> bool:
    return page.file.src_uri.startswith(GENERATED)


def lift(markdown: str) -> tuple[str, str, list[str]]:
    """``markdown`` with its raw blocks replaced by placeholders: (text, nonce, blocks).

    The nonce is derived from the page, so a placeholder cannot be forged by
    article text (which is escaped anyway) and builds stay byte-identical.
    """
    nonce = hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:16]
    blocks: list[str] = []
    parts: list[str] = []
    pos = 0
    for start, end in _blocks(markdown):
        blocks.append(markdown[start:end])
        parts += [markdown[pos:start], f"pxraw{nonce}n{len(blocks) - 1}x"]  # a paragraph of its own
        pos = end
    parts.append(markdown[pos:])
    return "".join(parts), nonce, blocks


def restore(html: str, nonce: str, blocks: list[str], stash: list[str] | None = None) -> str:
    """Put the lifted blocks back where Markdown left their placeholder paragraphs.

    With ``stash``, blocks excluded from search go there instead, and a
    comment marks their place (see :func:`unstash`).
    """

    def block(m: re.Match[str]) -> str:
        text = blocks[int(m.group(1))]
        if stash is not None and "data-search-exclude" in text[: text.find(">")]:
            stash.append(text)
            return f"<!--pxstash{nonce}n{len(stash) - 1}x-->"
        return text

    return re.sub(rf"<p>pxraw{nonce}n(\d+)x</p>", block, html)


def unstash(html: str, nonce: str, stash: list[str]) -> str:
    """Put the search-excluded blocks back, as the search plugin leaves page content."""
    return re.sub(rf"<!--pxstash{nonce}n(\d+)x-->", lambda m: _SEARCH_ATTRS.sub("", stash[int(m.group(1))]), html)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if not _generated(page):
        return markdown
    text, nonce, blocks = lift(markdown)
    if blocks:
        _lifted[page.file.src_uri] = (nonce, blocks)
    return text


def on_page_content(html: str, page: Any, **kwargs: Any) -> str:
    nonce, blocks = _lifted.pop(page.file.src_uri, ("", []))
    if not blocks:
        return html
    stash: list[str] = []
    html = restore(html, nonce, blocks, stash)
    if stash:
        _stashed[page.file.src_uri] = (nonce, stash)
    return html


def compact(html: str) -> str:
    """``html`` with each run of blank space that holds a line break cut to one line break.

    HTML renders any such run as one space (or nothing, between blocks), so
    the page looks the same; ``pre``, ``textarea``, ``script`` and ``style``
    keep theirs. Attribute values never hold a line break on our pages (ours
    are escaped to spaces; Material writes none). An inline ``<svg>`` loses
    its ``xmlns``, which an HTML page does not need (~35 bytes on each of a
    page's ten icons).
    """
    return _GAP.sub(lambda m: m.group(1) or m.group(3) or "\n", html)


def on_post_page(output: str, page: Any, **kwargs: Any) -> str:
    nonce, stash = _stashed.pop(page.file.src_uri, ("", []))
    return compact(unstash(output, nonce, stash) if stash else output)
