"""Direct quotes (first version): text between paired quote marks.

Speaker attribution is left to the full engine; ``speaker`` is None here,
never a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Span

if TYPE_CHECKING:
    from . import Context

LAYER = "quotes"
REQUIRES: tuple[str, ...] = ("entities",)

_QUOTE = re.compile(r"[“\"«](?P<text>[^“”\"«»\n]{2,}?)[”\"»“]")


def find(ctx: Context) -> list[Span]:
    out = []
    for para in ctx.body_paragraphs():
        for m in _QUOTE.finditer(ctx.raw, para.start, para.end):
            s, e = m.span("text")
            out.append(Span(s, e, "quote", {"speaker": None}))
    return out
