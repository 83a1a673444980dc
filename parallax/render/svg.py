"""Charts drawn at build time as inline SVG: readable without JavaScript.

Each chart is one ``<svg role="img">`` with a ``<title>`` and a ``<desc>``
that states every number, text labels next to every bar (colour never
carries meaning alone), and a ``<title>`` per bar for a hover tooltip. All
text that may come from an article or its sidecar (speaker and outlet names)
goes through :func:`~parallax.render.markup.escape_text`; numbers are
formatted here. Pure: same rows in, same bytes out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from . import speaker_class
from .markup import escape_attr, escape_text

#: Speaker colours, the light-scheme values of ``.px-sp-N`` in
#: ``docs/assets/parallax.css`` (index N). The bars also carry the class, so
#: the dark scheme recolours them through CSS (``compare.css``).
PALETTE = (
    "#1a237e",
    "#b71c1c",
    "#1b5e20",
    "#4a148c",
    "#e65100",
    "#006064",
    "#880e4f",
    "#3e2723",
    "#33691e",
    "#0d47a1",
    "#bf360c",
    "#263238",
)
#: Bar colour for quotes whose speaker is unknown (``.px-sp-none``).
NO_SPEAKER = "#757575"

#: Geometry, in SVG user units (the chart scales to its container).
WIDTH = 380
LABEL_W = 128
VALUE_W = 92
ROW_H = 22
BAR_H = 14
PAD = 4
FONT = 13
#: Longest label drawn, in characters; the full text is in the bar's tooltip.
LABEL_CHARS = 18


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: ``label`` (e.g. a speaker), ``share`` in 0-1, ``value`` as shown (e.g. "57% · 155 words")."""

    label: str
    share: float
    value: str
    colour: str
    css_class: str = ""


def speaker_colour(name: str | None) -> str:
    """The colour of ``name`` on every page: the same hash as :func:`~parallax.render.speaker_class`."""
    cls = speaker_class(name)
    if cls == "px-sp-none":
        return NO_SPEAKER
    return PALETTE[int(cls.rsplit("-", 1)[1]) % len(PALETTE)]


def _clip(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(bars: Sequence[Bar], *, chart_id: str, title: str, desc: str) -> Markup:
    """A horizontal bar chart: label, bar (length = share), value text, one row per bar.

    ``chart_id`` must be unique on the page (it prefixes the title/desc ids).
    """
    height = PAD * 2 + ROW_H * max(len(bars), 1)
    bar_w = WIDTH - LABEL_W - VALUE_W
    cid = escape_attr(chart_id)
    out = [
        f'<svg class="px-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        # Text colour and size once for the chart (inherited by every label).
        f'width="{WIDTH}" height="{height}" font-size="{FONT}" fill="currentColor" role="img" aria-labelledby="{cid}-t {cid}-d">',
        f'<title id="{cid}-t">{escape_text(title)}</title><desc id="{cid}-d">{escape_text(desc)}</desc>',
    ]
    for i, bar in enumerate(bars):
        y = PAD + i * ROW_H
        mid = y + ROW_H / 2
        length = max(bar_w * min(max(bar.share, 0.0), 1.0), 1.0)
        cls = f' class="px-chart-bar {escape_attr(bar.css_class)}"' if bar.css_class else ' class="px-chart-bar"'
        out.append(
            f"<g><title>{escape_text(bar.label)}: {escape_text(bar.value)}</title>"
            f'<text x="{LABEL_W - 6}" y="{mid:g}" text-anchor="end" dominant-baseline="central">{escape_text(_clip(bar.label))}</text>'
            f'<rect x="{LABEL_W}" y="{mid - BAR_H / 2:g}" width="{bar_w}" height="{BAR_H}" class="px-chart-track"/>'
            f'<rect x="{LABEL_W}" y="{mid - BAR_H / 2:g}" width="{length:.1f}" height="{BAR_H}" fill="{escape_attr(bar.colour)}"{cls}/>'
            f'<text x="{LABEL_W + bar_w + 6}" y="{mid:g}" dominant-baseline="central">{escape_text(bar.value)}</text></g>'
        )
    if not bars:
        out.append(f'<text x="{WIDTH / 2:g}" y="{height / 2:g}" text-anchor="middle" dominant-baseline="central">no quotes</text>')
    out.append("</svg>")
    return Markup("".join(out))
