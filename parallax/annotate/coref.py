"""Mentions resolved through the discourse: the final entities layer.

The entities layer runs first and cannot know who "the skipper" in "“…,”
said the skipper" is, nor that an organisation it tagged is a person's name
("his wife Saruul"). The quotes layer learns both while it resolves speakers
and leaves them, as plain data, in ``ctx.notes["quotes"]``
(:class:`.quotes.Discourse`). This stage reads the entities layer and that
record and returns the entities layer the later stages (sources, damage, the
export) read: a new list, with

1. a PERSON mention for each speaker description resolved to a named person
   where the entities layer has no span (:func:`with_descriptions`), and
2. the organisations the quotes layer showed to be people relabelled PERSON
   (:func:`unmasked`).

Both are pure functions of the raw text, spans and plain data; no span of
another layer is changed in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..model import Span

if TYPE_CHECKING:
    from . import Context

LAYER = "entities"
#: The name this stage's time is reported under (its layer is the entities layer).
STAGE = "coref"
REQUIRES: tuple[str, ...] = ("entities", "quotes")


def find(ctx: Context) -> list[Span]:
    """The entities layer with what the quotes layer resolved (module docstring)."""
    layer = list(ctx.layers["entities"])
    notes = ctx.notes.get("quotes")
    if notes is None:
        return layer
    return unmasked(with_descriptions(ctx.raw, layer, notes.described), notes.unmasked)


def unmasked(layer: list[Span], people: Mapping[str, str]) -> list[Span]:
    """Relabel as people the entities layer's organisations the quotes layer
    found to be people: a name beside a kinship noun ("his wife Oyuntsetseg"), a
    name with initials first ("District Collector M. Kavitha" → "M. Kavitha"),
    and a one-word organisation that is the last word of such a name.
    ``people`` maps an organisation's canonical name to the person's."""
    if not people:
        return layer
    last = {name.split()[-1]: name for name in people.values() if len(name.split()) > 1}
    out = []
    for e in layer:
        canonical = e.attrs.get("canonical") or ""
        person = people.get(canonical) or last.get(canonical)
        if e.label == "ORG" and person:
            e = Span(e.start, e.end, "PERSON", {"canonical": person, "mention": "name", "resolved_by": "quote"})
        out.append(e)
    return out


#: "the " or "The " right before a description (searched in a window ending at it).
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")
#: What lies between a name and a description in apposition to it.
_APPOSED = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?|\s+")


def with_descriptions(raw: str, layer: list[Span], described: Iterable[tuple[int, int, str]]) -> list[Span]:
    """The layer with the speaker descriptions the quotes layer resolved
    through the discourse ("“…,” said the skipper" two paragraphs after
    "Dylan Evans"): PERSON mentions of that person, where the entities layer
    has no span. ``described`` holds (start, end, person) of each description."""
    described = list(described)
    if not described:
        return layer
    layer = list(layer)
    for start, end, person in described:
        # the article is part of the mention, as the entities layer writes it ("the skipper")
        det = _DETERMINER_BEFORE.search(raw, max(0, start - 4), start)
        if det is not None:
            start = det.start()
        if any(e.start < end and start < e.end for e in layer):
            continue
        if any(
            e.label == "PERSON" and (_APPOSED.fullmatch(raw, e.end, start) or _APPOSED.fullmatch(raw, end, e.start))
            for e in layer
            if e.end <= start or end <= e.start
        ):
            continue  # "Andrea Bellini, the Italian engineer who …": an apposition, the name says it
        attrs = {"canonical": person, "mention": "descriptor", "resolved_by": "quote"}
        role = next(
            (e.attrs["role"] for e in layer if e.label == "PERSON" and e.attrs.get("canonical") == person and e.attrs.get("role")), None
        )
        if role:
            attrs["role"] = role  # the office the entities layer knows them by (a summit's principals are no sources)
        layer.append(Span(start, end, "PERSON", attrs))
    layer.sort(key=lambda s: (s.start, -s.end, s.label))
    return layer
