"""Text + spans → escaped, properly nested HTML. Pure; the only place article
text becomes markup.

Spans may overlap and cross each other (a quote running over two sentences,
an entity inside a quote). The text is cut at every span boundary; each piece
is wrapped in the spans active over it, outermost first, re-opening a span
after a crossing one closed. Every character of article text goes through
:func:`escape_text`, so HTML, Markdown, Jinja and attribute-list syntax in an
article always show as text.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

#: Markdown and template syntax that survives HTML escaping; inside raw HTML
#: blocks Python-Markdown leaves it alone, but we also neutralise characters
#: that matter if the block were ever re-parsed as Markdown (Zensical,
#: md_in_html), so article text can never become markup.
_ESCAPES = str.maketrans(
    {
        # HTML first: one table, one pass, so an entity made for one
        # character is never re-escaped by the next rule ("'" -> "&#39;"
        # must not become "&&#35;39;").
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#39;",
        "{": "&#123;",
        "}": "&#125;",
        "[": "&#91;",
        "]": "&#93;",
        "*": "&#42;",
        "_": "&#95;",
        "`": "&#96;",
        "|": "&#124;",
        "\\": "&#92;",
        ":": "&#58;",
        "~": "&#126;",
        "^": "&#94;",
        "=": "&#61;",
        "#": "&#35;",
        "\n": " ",
        "\r": " ",
        "\u2028": " ",
        "\u2029": " ",
        # Invisible control characters scrapers leave (NUL, ESC, BEL …) are
        # shown as their Unicode "control picture" (␀, ␛, ␇): never raw in
        # the HTML, and one visible character each, like the raw text.
        **{chr(c): chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\t\n\r"},
        "\x7f": "\u2421",
        "\ufffe": "\ufffd",
        "\uffff": "\ufffd",
    }
)


def escape_text(text: str) -> str:
    """Escape article text for any HTML/Markdown context on our pages."""
    return text.translate(_ESCAPES)


def escape_attr(value: str) -> str:
    """Escape a value for a double-quoted HTML attribute."""
    return escape_text(value)


def escape_href(url: str) -> Markup:
    """A link we build (page path, ``#``, element id) for a double-quoted attribute.

    As :func:`escape_attr`, but the fragment's ``#`` stays one character: a
    ``#`` inside an attribute is never Markdown, and a story page holds
    hundreds of these links (``&#35;`` is four bytes more each).
    """
    return Markup(escape_attr(url).replace("&#35;", "#"))


@dataclass(frozen=True, slots=True)
class Wrap:
    """One element to wrap around ``[start, end)``.

    ``rank`` orders nesting: lower ranks are outer. ``attrs`` are written in
    the given order; values are escaped. ``first_attrs`` go only on the first
    fragment (e.g. an ``id`` must appear once).
    """

    start: int
    end: int
    tag: str
    rank: int
    attrs: Mapping[str, str] = field(default_factory=dict)
    first_attrs: Mapping[str, str] = field(default_factory=dict)
    #: Our own markup (never article text) placed just inside the first
    #: fragment, e.g. alias anchors of a sentence.
    prefix: str = ""


def _open(w: Wrap, first: bool) -> str:
    items = list(w.attrs.items())
    if first:
        items = list(w.first_attrs.items()) + items
    else:
        items.append(("data-part", "cont"))
    attrs = "".join(f' {k}="{escape_attr(v)}"' for k, v in items)
    return f"<{w.tag}{attrs}>" + (w.prefix if first else "")


def render(text: str, start: int, end: int, wraps: Sequence[Wrap]) -> str:
    """HTML for ``text[start:end]`` with ``wraps`` (offsets into ``text``)."""
    wraps = [w for w in wraps if w.start < end and w.end > start and w.start < w.end]
    cuts = {start, end}
    for w in wraps:
        cuts.add(max(w.start, start))
        cuts.add(min(w.end, end))
    points = sorted(cuts)
    order = sorted(range(len(wraps)), key=lambda i: (wraps[i].rank, wraps[i].start, -wraps[i].end, i))
    opened_once: set[int] = set()
    stack: list[int] = []
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        active = [i for i in order if wraps[i].start <= a and wraps[i].end >= b]
        common = 0
        while common < len(stack) and common < len(active) and stack[common] == active[common]:
            common += 1
        for i in reversed(stack[common:]):
            out.append(f"</{wraps[i].tag}>")
        for i in active[common:]:
            out.append(_open(wraps[i], i not in opened_once))
            opened_once.add(i)
        stack = active
        out.append(escape_text(text[a:b]))
    for i in reversed(stack):
        out.append(f"</{wraps[i].tag}>")
    return "".join(out)
