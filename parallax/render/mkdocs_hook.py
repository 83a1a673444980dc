"""A MkDocs hook: generated raw-HTML blocks skip the Markdown parser.

Our generated pages are Markdown whose heaviest parts are raw HTML blocks
(the annotated text, the tables). Python-Markdown passes such a block through
unchanged, but only after running an HTML parser over every tag of it to find
where it ends — half of MkDocs' time on our pages. This hook lifts each
top-level ``<table>…</table>`` and annotated-text ``<div class="px-text">…</div>``
out of a generated page before Markdown runs, leaves a placeholder paragraph,
and puts the block back into the converted page: the same HTML, sooner.

It is an optimisation only: the Markdown files are complete without it (a
plain ``mkdocs build`` or ``mkdocs serve`` renders them the same way). The
build adds it to the configuration it runs MkDocs with
(:func:`parallax.build._mirror_project`); hand-written pages are never touched.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

#: Folders of generated pages (see parallax.build.GENERATED_DIRS).
GENERATED = ("articles/", "stories/", "people/", "organisations/", "sources/")
#: A raw HTML block our templates write, as Markdown sees one: after a blank
#: line, its start and end tags at line starts, a blank line after it.
_BLOCK = re.compile(
    r'(?:(?<=\n\n)|\A)(<table\b[^\n]*\n.*?^</table>|<div class="px-text"[^\n]*\n.*?^</div>)[ \t]*(?=\n[ \t]*\n|\s*\Z)',
    re.S | re.M,
)

_lifted: dict[str, tuple[str, list[str]]] = {}


def _generated(page: Any) -> bool:
    return page.file.src_uri.startswith(GENERATED)


def lift(markdown: str) -> tuple[str, str, list[str]]:
    """``markdown`` with its raw blocks replaced by placeholders: (text, nonce, blocks).

    The nonce is derived from the page, so a placeholder cannot be forged by
    article text (which is escaped anyway) and builds stay byte-identical.
    """
    nonce = hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:16]
    blocks: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        blocks.append(m.group(1))
        return f"pxraw{nonce}n{len(blocks) - 1}x"  # a paragraph of its own: blank lines on both sides

    return _BLOCK.sub(placeholder, markdown), nonce, blocks


def restore(html: str, nonce: str, blocks: list[str]) -> str:
    """Put the lifted blocks back where Markdown left their placeholder paragraphs."""
    return re.sub(rf"<p>pxraw{nonce}n(\d+)x</p>", lambda m: blocks[int(m.group(1))], html)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if not _generated(page):
        return markdown
    text, nonce, blocks = lift(markdown)
    if blocks:
        _lifted[page.file.src_uri] = (nonce, blocks)
    return text


def on_page_content(html: str, page: Any, **kwargs: Any) -> str:
    nonce, blocks = _lifted.pop(page.file.src_uri, ("", []))
    return restore(html, nonce, blocks) if blocks else html
