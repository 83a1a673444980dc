"""Layer placeholder: returns no spans until the layer is implemented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Span

if TYPE_CHECKING:
    from . import Context

LAYER = "sources"
REQUIRES: tuple[str, ...] = ()


def find(ctx: Context) -> list[Span]:
    return []
