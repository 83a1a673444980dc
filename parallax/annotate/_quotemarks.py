"""Pair quote marks in raw text, tolerating translation and extraction damage.

Pure string functions, no parsing. A quote mark's role (opening or closing) is
read from its neighbours rather than from its shape, because machine
translation and copy-paste routinely use the wrong shape: “the best ever“
closes with an opening mark, ”text” opens with a closing one, and straight
``"`` marks can only be told apart by context. Apostrophes (Let’s, Russia’s,
’90s) are never quote marks.

The result is a list of :class:`Quoted` regions; attribution and the cutting
of unclosed quotes at "he said" happen in :mod:`parallax.annotate.quotes`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: Double quote marks and the family each belongs to. A new opening mark of
#: the *same* family inside an open quote means the first one was never
#: closed; one of another family is a nested quote (« … “ … ” … »).
FAMILY = {
    "“": "double",
    "”": "double",
    "„": "double",
    "‟": "double",
    '"': "straight",
    "«": "guillemet",
    "»": "guillemet",
    "‘": "single",
    "’": "single",
}
#: The shape that normally opens / closes. Anything else in that role is "mismatched".
NATURAL_OPEN = {"“", "„", "‟", "«", "‘"}
NATURAL_CLOSE = {"”", "»", "’", "“"}  # “ closes „ (German style), so it is natural as a closer after „ only
#: Characters after which a mark reads as opening (besides white space).
_OPEN_CONTEXT = set("([{—–-/:") | set(FAMILY)
#: Characters before which a mark reads as closing (besides white space).
_CLOSE_CONTEXT = set(".,;:!?)]}—–-…/") | set(FAMILY)

OPEN, CLOSE, EITHER = "open", "close", "either"


@dataclass(frozen=True, slots=True)
class Mark:
    """One quote mark: its offset, character and the role its context gives it."""

    pos: int
    char: str
    role: str  # OPEN | CLOSE | EITHER


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted region of the raw text, marks excluded.

    ``close`` is None for an unclosed quote; its region then runs to
    ``end`` (the next opening mark or the paragraph end) and may be cut
    shorter by the attribution finder. ``marks`` is "ok", "straight",
    "mismatched" or "unclosed"; ``continues`` is True for the parts of a
    quote carried over paragraphs by the news convention (a paragraph left
    open, the next one opening again).
    """

    start: int
    end: int
    open: int
    close: int | None
    marks: str
    continues: bool = False
    paragraph: int = 0


def _before(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i > lo else " "


def _after(text: str, i: int, hi: int) -> str:
    return text[i + 1] if i + 1 < hi else " "


def classify(text: str, i: int, lo: int, hi: int) -> str | None:
    """The role of the mark at ``text[i]``, or None if it is not a quote mark here.

    ``lo``/``hi`` bound the paragraph: its edges count as white space.
    """
    ch = text[i]
    if ch not in FAMILY:
        return None
    prev, nxt = _before(text, i, lo), _after(text, i, hi)
    left = prev.isspace() or prev in _OPEN_CONTEXT
    right = nxt.isspace() or nxt in _CLOSE_CONTEXT
    if ch in "‘’":
        # Single marks: only unambiguous word-edge uses; a mark between two
        # letters or before a digit is an apostrophe (Let’s, ’90s, rock ’n’ roll).
        if prev.isalnum() and nxt.isalnum():
            return None
        if left and nxt.isalpha():
            return OPEN if ch == "‘" else None
        if not left and right:
            return CLOSE
        return None
    if left and not right:
        # A closing shape glued to the next word ("higher »and") closes an
        # open quote rather than opening a new one: EITHER lets the pairing decide.
        return EITHER if ch in NATURAL_CLOSE and ch not in NATURAL_OPEN else OPEN
    if right and not left:
        return CLOSE
    return EITHER


def scan(text: str, lo: int, hi: int) -> list[Mark]:
    """Every quote mark in ``text[lo:hi]`` with its contextual role."""
    out = []
    for i in range(lo, hi):
        if text[i] in FAMILY:
            role = classify(text, i, lo, hi)
            if role is not None:
                out.append(Mark(i, text[i], role))
    return out


def _status(opener: str, closer: str | None) -> str:
    if closer is None:
        return "unclosed"
    if opener == '"' and closer == '"':
        return "straight"
    fam_o, fam_c = FAMILY[opener], FAMILY[closer]
    if opener in NATURAL_OPEN and closer in NATURAL_CLOSE and fam_o == fam_c:
        if closer == "“" and opener != "„":
            return "mismatched"  # “…“ : an opening mark used as the closing one
        return "ok"
    return "mismatched"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _has_word(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def pair_paragraph(text: str, lo: int, hi: int, *, paragraph: int = 0, ignore: frozenset[int] = frozenset()) -> list[Quoted]:
    """Top-level quotes of one paragraph, in order. Nested quotes stay inside.

    A same-family opening mark met while a quote is open ends that quote
    (unclosed) just before the new mark; singles left open are dropped
    because an unmatched ‘ is far more often an apostrophe than a quote.
    """
    stack: list[Mark] = []
    out: list[Quoted] = []

    def emit(op: Mark, close: Mark | None, end: int) -> None:
        s, e = _strip(text, op.pos + 1, end)
        if s < e and _has_word(text, s, e):
            out.append(
                Quoted(s, e, op.pos, close.pos if close else None, _status(op.char, close.char if close else None), paragraph=paragraph)
            )

    for m in scan(text, lo, hi):
        if m.pos in ignore:
            continue
        fam = FAMILY[m.char]
        while stack and fam != "single" and FAMILY[stack[-1].char] == "single" and len(stack) > 1:
            stack.pop()  # a nested ‘ never closed: it was an apostrophe
        top = stack[-1] if stack else None
        if top is None:
            if m.role in (OPEN, EITHER):
                stack.append(m)
            continue  # a stray closing mark: no opening to pair with
        top_fam = FAMILY[top.char]
        if fam == "single" and top_fam != "single":
            # An apostrophe-like single mark inside a double quote: only a
            # clear opening ‘ starts a nested quote.
            if m.role == OPEN:
                stack.append(m)
            continue
        if m.role == CLOSE or (m.role == EITHER and (fam == top_fam or {fam, top_fam} <= {"double", "straight"})):
            stack.pop()
            if not stack:
                emit(top, m, m.pos)
            continue
        # An opening mark while a quote is open.
        if fam == top_fam or {fam, top_fam} <= {"double", "straight"}:
            # Same family: the open quote was never closed. Close everything.
            outer = stack[0]
            stack.clear()
            if FAMILY[outer.char] != "single":
                emit(outer, None, m.pos)
            stack.append(m)
        else:
            stack.append(m)  # nested quote of another family
    if stack and FAMILY[stack[0].char] == "single":
        # An unmatched ‘ at the top level: read the paragraph again without it.
        return pair_paragraph(text, lo, hi, paragraph=paragraph, ignore=ignore | {stack[0].pos})
    if stack:
        emit(stack[0], None, hi)
    return out


def opens_paragraph(text: str, lo: int, hi: int) -> bool:
    """Does the paragraph start with an opening quote mark (after white space)?"""
    s, _ = _strip(text, lo, hi)
    return s < hi and text[s] in FAMILY and FAMILY[text[s]] != "single" and classify(text, s, lo, hi) in (OPEN, EITHER)


def pair(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """Quotes of every paragraph, with multi-paragraph quotes linked.

    News convention: a quote that runs over paragraphs leaves each paragraph
    open and opens the next one again. Such a left-open part is not damage:
    it gets ``marks="ok"`` (or "straight") and ``continues=True``, and so does
    the part that picks it up.
    """
    out: list[Quoted] = []
    carried = False
    for n, (lo, hi) in enumerate(paragraphs):
        quotes = pair_paragraph(text, lo, hi, paragraph=n)
        next_opens = n + 1 < len(paragraphs) and opens_paragraph(text, *paragraphs[n + 1])
        for k, q in enumerate(quotes):
            first, last = k == 0, k == len(quotes) - 1
            cont = carried and first and q.open == _strip(text, lo, hi)[0]
            status = q.marks
            if last and q.close is None and next_opens and q.end == _strip(text, q.start, hi)[1]:
                status = "straight" if text[q.open] == '"' else "ok"
                cont = True
            out.append(Quoted(q.start, q.end, q.open, q.close, status, cont, n))
        carried = bool(quotes) and out[-1].close is None and out[-1].continues
    return out


def nested(text: str, outer: Quoted) -> list[Quoted]:
    """Quotes inside a quote ("“They said ‘wait’ again”" → ‘wait’), one level
    down, read as if the outer quote were a paragraph of its own."""
    if outer.end - outer.start < 3 or not any(text[i] in FAMILY for i in range(outer.start, outer.end)):
        return []
    return [replace(q, paragraph=outer.paragraph) for q in pair_paragraph(text, outer.start, outer.end)]
