"""Mojibake: find it with exact raw offsets, and a repaired view that maps back.

Scraped and machine-translated articles often carry UTF-8 that was once read
as Windows-1252 ("MÃ¼llheim", "â€œ" for "“"). The raw text stays as it is
(every offset points into it); this module only *finds* each damaged run of
characters, with the reading ``ftfy`` suggests, so that ingest can report it
and a reader can be shown both. :class:`TextView` is the repaired text plus an
offset map, for code that wants to look at the repaired text and still
report spans in raw offsets.

Mojibake of this kind never contains ASCII white space (every byte of a
multi-byte UTF-8 character is >= 0x80), so the search works word by word and
stays linear on a 5 MB article; ASCII-only words are skipped at once.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field

import ftfy
from ftfy.badness import is_bad

from .model import Problem

#: A run of characters between ASCII white space: mojibake never crosses one.
_WORD = re.compile(r"[^ \t\r\n\f\v]+")
#: Lines quoted in the problem message; the rest are counted.
MAX_LINES_SHOWN = 5


@dataclass(frozen=True, slots=True)
class Repair:
    """Raw ``[start, end)`` looks mis-decoded; ``text`` is the likely reading."""

    start: int
    end: int
    text: str


def find_mojibake(raw: str) -> list[Repair]:
    """Every mis-decoded run in ``raw``, in order, with its repaired reading.

    Pure; returns [] for clean text. ``raw[r.start:r.end]`` is always the
    damaged characters exactly, never a neighbour.
    """
    out: list[Repair] = []
    for m in _WORD.finditer(raw):
        word = m.group()
        if word.isascii() or not is_bad(word):
            continue
        fixed = ftfy.fix_encoding(word)
        if fixed == word:
            continue
        out.extend(Repair(m.start() + i, m.start() + j, text) for i, j, text in _diff(word, fixed))
    return out


def _diff(old: str, new: str) -> list[tuple[int, int, str]]:
    """Minimal (old_start, old_end, new_text) edits turning ``old`` into ``new``.

    Adjacent edits are merged; an insertion takes the character before it, so
    every edit covers at least one character of ``old``.
    """
    groups: list[list[int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if groups and groups[-1][1] == i1 and groups[-1][3] == j1:
            groups[-1][1], groups[-1][3] = i2, j2
        else:
            groups.append([i1, i2, j1, j2])
    edits = []
    for i1, i2, j1, j2 in groups:
        if i1 == i2:  # a pure insertion takes a neighbouring (equal) character
            if i1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            else:
                i2, j2 = i2 + 1, j2 + 1
        edits.append((i1, i2, new[j1:j2]))
    return edits


def mojibake_problem(raw: str, *, file: str, repairs: list[Repair] | None = None) -> Problem | None:
    """One warning for a file with mojibake: where, an example, what to do."""
    repairs = find_mojibake(raw) if repairs is None else repairs
    if not repairs:
        return None
    line_of = _line_index(raw)
    line_numbers = sorted({line_of(r.start) for r in repairs})
    first = repairs[0]
    word = _word_around(raw, first.start, first.end)
    fixed = word.replace(raw[first.start : first.end], first.text, 1)
    shown = ", ".join(str(n) for n in line_numbers[:MAX_LINES_SHOWN])
    more = f" and {len(line_numbers) - MAX_LINES_SHOWN} more" if len(line_numbers) > MAX_LINES_SHOWN else ""
    places = "place" if len(repairs) == 1 else "places"
    return Problem(
        "mojibake",
        f"{len(repairs)} {places} look like UTF-8 read as Windows-1252, e.g. {word!r} for {fixed!r} (lines {shown}{more})",
        file,
        line_numbers[0],
        level="warning",
        hint="get the article again from its source and save it as UTF-8; until then the page shows the text as it is",
    )


def _word_around(raw: str, start: int, end: int) -> str:
    left = start
    while left > 0 and not raw[left - 1].isspace() and start - left < 20:
        left -= 1
    right = end
    while right < len(raw) and not raw[right].isspace() and right - end < 20:
        right += 1
    return raw[left:right]


def _line_index(raw: str):
    """offset -> 1-based line number, with CRLF, LF and lone CR as breaks."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n|\u2028|\u2029", raw)]
    return lambda offset: bisect.bisect_right(starts, offset)


@dataclass(frozen=True, slots=True)
class TextView:
    """The raw text with every :class:`Repair` applied, and the way back.

    ``text`` is what an analysis may read; :meth:`to_raw` turns a range of
    ``text`` into the raw range that shows it, widening to whole repairs so a
    span never starts or ends inside a damaged run.
    """

    raw: str
    text: str
    repairs: tuple[Repair, ...] = ()
    #: per repair: (view start, view end), parallel to ``repairs``
    _view: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` for view ``[start, end)``."""
        return self._point(start, side="start"), self._point(end, side="end")

    def _point(self, offset: int, *, side: str) -> int:
        starts = [v[0] for v in self._view]
        if side == "start":
            # A start at a repair's place takes in the whole repaired stretch,
            # deleted stray characters included (several repairs may start there).
            first = bisect.bisect_left(starts, offset)
            if first < len(starts) and starts[first] == offset:
                return self.repairs[first].start
        # The last repair starting at or before the offset decides the shift.
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        (vstart, vend), repair = self._view[i], self.repairs[i]
        if offset >= vend:
            return repair.end + (offset - vend)
        if offset == vstart:
            return repair.start
        return repair.start if side == "start" else repair.end


def repaired_view(raw: str, repairs: list[Repair] | None = None) -> TextView:
    """The analysis view of ``raw``: mojibake repaired, offsets mappable back."""
    repairs = find_mojibake(raw) if repairs is None else repairs
    if not repairs:
        return TextView(raw, raw)
    parts: list[str] = []
    view: list[tuple[int, int]] = []
    pos = length = 0
    for r in repairs:
        parts.append(raw[pos : r.start])
        length += r.start - pos
        view.append((length, length + len(r.text)))
        parts.append(r.text)
        length += len(r.text)
        pos = r.end
    parts.append(raw[pos:])
    return TextView(raw, "".join(parts), tuple(repairs), tuple(view))
