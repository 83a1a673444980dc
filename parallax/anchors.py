"""Anchors: permanent passage IDs that survive edits and re-segmentation.

The segmenter numbers passages by position (``p3``, ``p3-s2``). Published
links must not follow positions: insert a paragraph at the top and every
positional key shifts. So each article has a *ledger* (``anchors/<id>.txt``,
committed like a lock file) listing every ID ever published with a
fingerprint of its text. :func:`assign` matches this build's passages to the
ledger, from the most precise way to the most robust (the Hypothesis client's
habit); paragraph IDs only ever match paragraphs, sentence IDs sentences:

0. **equal paragraphs** (same text hash, an order-aware diff) carry their
   sentences along when these are segmented alike, so a stock sentence
   repeated in several paragraphs keeps the ID of its own copy;
1. **exact** — same text hash, by an order-aware diff of the rest, so
   duplicates are told apart by their neighbours; equal hashes the diff left
   over are reordered passages;
2. **members** (paragraphs only) — the new paragraph holds at least half of
   the old paragraph's sentences (a sentence added, one deleted, a split);
3. **fuzzy** — first words, last words and length are similar enough
   (:data:`MATCH_THRESHOLD`, :data:`END_THRESHOLD`, :data:`END_FLOOR`);
   candidates between the same matched neighbours win ties
   (:data:`NEIGHBOUR_BONUS`);
4. **split** — the old text equals two or three consecutive new passages
   together: the ID goes to the part whose end (the first part's opening, the
   last part's ending) is most like the old one's, then to the longest, then
   to the first; the other parts get new IDs;
5. **contained** — the old text lies inside a nearby new passage (a merge):
   if that passage has no ID yet it takes this one, otherwise this ID becomes
   an *alias* of it (both IDs land on the merged passage).

An old ID that matched nothing is *retired*: it points to the nearest
surviving passage (the previous one in the old text, else the next) and
records the date it was removed, so its links land near the right place with
a note. If the exact text comes back later, the ID is *restored*. A passage
matching nothing gets a *new* ID that this ledger has never held: its
positional key when free, else the next free ``pN`` (paragraphs) or
``<paragraph id>-sM`` (sentences, numbered under their paragraph's permanent
ID). IDs are never reused, and the thresholds keep an ID off unrelated text.

The first build of an article (no ledger) gives every passage its key.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .model import ArticleAnalysis, Passage, Problem

#: Words kept at each end of a passage in the ledger: enough to recognise a
#: sentence by eye and to match it after an edit; short passages (up to twice
#: this) are stored whole.
FINGERPRINT_WORDS = 5
#: Hex digits of the SHA-256 of the passage's whitespace-normalised text.
#: Only compared within one article, so 32 bits never collide in practice.
HASH_CHARS = 8

#: Fuzzy score = weighted similarity (0–1) of the first words, the last words
#: and the length in words. The ends carry the meaning; the length keeps a
#: passage that merely starts the same way from matching.
HEAD_WEIGHT = 0.4
TAIL_WEIGHT = 0.4
LENGTH_WEIGHT = 0.2
#: Lowest fuzzy score that keeps an ID. A typo fix scores ~0.95, a rewritten
#: opening with the same ending ~0.8; two unrelated news sentences score
#: ~0.45, and two that share only their first words ~0.7.
MATCH_THRESHOLD = 0.75
#: And at least one end must be nearly unchanged: an edit that touches both
#: ends of a passage makes it a new passage rather than risk a wrong landing.
END_THRESHOLD = 0.85
#: And neither end may be rewritten beyond recognition: each keeps at least
#: this word-level similarity (in order; character similarity of unrelated
#: words is ~0.5). Two sentences that open with the same long name ("The
#: Talova Roads Agency has …") differ here.
END_FLOOR = 0.3
#: Bonus for a fuzzy candidate lying between the same exactly matched
#: neighbours as the old passage: order breaks ties between duplicates.
NEIGHBOUR_BONUS = 0.05
#: Most parts one sentence or paragraph may be split into and still be found.
MAX_SPLIT_PARTS = 3
#: A passage counts as contained in another (a merge) when both its ends are
#: found in the other's text with this rapidfuzz partial ratio (0–100) …
CONTAIN_THRESHOLD = 90
#: … and it has at least this many words: "He said." is inside everything …
MIN_CONTAIN_WORDS = 4
#: … and makes up at least this share of the other's words: a short sentence
#: is not "merged" into any long one that happens to quote its words.
CONTAIN_MIN_SHARE = 0.25

_ID = re.compile(r"p(\d+)(?:-s(\d+))?")
_WORD = re.compile(r"\w+")
_LINE = re.compile(
    r"(?P<indent> *)(?P<id>p\d+(?:-s\d+)?)\s+"
    r"(?:alias-of\s+(?P<alias>p\d+(?:-s\d+)?)\s+"
    r"|removed\s+(?P<date>\d{4}-\d{2}-\d{2})\s+->\s+(?P<target>p\d+(?:-s\d+)?|-)\s+)?"
    r"(?P<hash>[0-9a-f]+)\s+(?P<words>\d+)w\s+(?P<text>\".*)"
)
_CONFLICT = ("<<<<<<<", "=======", ">>>>>>>", "|||||||")

HEADER = """\
# Parallax anchor ledger: the permanent passage IDs of one article.
# article: {article}
# source: {source}
#
# Written by the build (`make site`, parallax/anchors.py); commit it with the
# article. Published links depend on it: do not edit it by hand, except to
# resolve a merge conflict (keep one line per ID, then run `make site`).
#
# One line per ID ever published, in text order, sentences indented under
# their paragraph:
#   ID  HASH  WORDSw  "first words" … "last words"
#   ID  alias-of TARGET  HASH  WORDSw  "…"   (its text now lies inside TARGET)
# then the retired IDs, whose passage was deleted; links land on TARGET with a
# note saying when:
#   ID  removed DATE -> TARGET  HASH  WORDSw  "…"
"""


class LedgerError(ValueError):
    """A ledger file that cannot be read; names the file and line."""

    def __init__(self, message: str, *, file: str = "", line: int | None = None):
        super().__init__(f"{file}:{line}: {message}" if file and line else message)
        self.message = message
        self.file = file
        self.line = line

    @property
    def problem(self) -> Problem:
        """Fatal: building on without the ledger would hand out IDs afresh and
        break every published link."""
        return Problem("fatal-anchor-ledger", self.message, self.file, self.line, hint="resolve it by hand, then run `make site`")


# --------------------------------------------------------------------------
# fingerprints


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the ledger remembers of a passage's text."""

    hash: str
    words: int
    head: str  # the first FINGERPRINT_WORDS words, or the whole text when short
    tail: str = ""  # the last FINGERPRINT_WORDS words; "" when head is the whole text

    def preview(self) -> str:
        return f"{self.head} … {self.tail}" if self.tail else self.head


def fingerprint(text: str) -> Fingerprint:
    """Hash, word count and end words of ``text``; blind to white-space changes."""
    words = unicodedata.normalize("NFC", text).split()
    flat = " ".join(words)
    digest = hashlib.sha256(flat.encode("utf-8")).hexdigest()[:HASH_CHARS]
    n = FINGERPRINT_WORDS
    if len(words) <= 2 * n:
        return Fingerprint(digest, len(words), flat)
    return Fingerprint(digest, len(words), " ".join(words[:n]), " ".join(words[-n:]))


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _ends(fp: Fingerprint) -> tuple[str, str]:
    """Normalised first and last words (they overlap for short passages)."""
    if fp.tail:
        return _norm(fp.head), _norm(fp.tail)
    words = fp.head.split()
    n = FINGERPRINT_WORDS
    return _norm(" ".join(words[:n])), _norm(" ".join(words[-n:]))


def similarity(old: Fingerprint, new: Fingerprint) -> float | None:
    """The fuzzy score of two fingerprints, or None below the thresholds."""
    (oh, ot), (nh, nt) = _ends(old), _ends(new)
    head = fuzz.ratio(oh, nh) / 100
    tail = fuzz.ratio(ot, nt) / 100
    length = min(old.words, new.words) / max(old.words, new.words, 1)
    score = HEAD_WEIGHT * head + TAIL_WEIGHT * tail + LENGTH_WEIGHT * length
    if score < MATCH_THRESHOLD or max(head, tail) < END_THRESHOLD:
        return None
    if min(fuzz.ratio(oh.split(), nh.split()), fuzz.ratio(ot.split(), nt.split())) / 100 < END_FLOOR:
        return None
    return score


def contains(old: Fingerprint, new_text: str, new_words: int) -> bool:
    """Whether the passage ``old`` now lies inside ``new_text`` (a merge)."""
    if old.words < MIN_CONTAIN_WORDS or old.words > new_words + 1 or old.words < CONTAIN_MIN_SHARE * new_words:
        return False
    haystack = _norm(new_text)
    return all(fuzz.partial_ratio(end, haystack) >= CONTAIN_THRESHOLD for end in _ends(old))


# --------------------------------------------------------------------------
# the ledger


@dataclass(frozen=True, slots=True)
class Entry:
    """One ID of the ledger.

    ``status`` is "live" (a passage carries it), "alias" (an old ID whose text
    now lies inside ``target``) or "retired" (its passage was deleted on
    ``removed``; links land on ``target``). ``paragraph`` is the ID of the
    paragraph a live sentence belongs to.
    """

    id: str
    fingerprint: Fingerprint
    status: str = "live"
    paragraph: str | None = None
    target: str | None = None
    removed: str | None = None

    @property
    def kind(self) -> str:
        return kind_of(self.id)


@dataclass(slots=True)
class Ledger:
    """Every ID ever published for one article, in text order."""

    article: str = ""
    source: str = ""
    entries: list[Entry] = field(default_factory=list)

    def live(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.status == "live" and e.kind == kind]

    def ids(self) -> set[str]:
        return {e.id for e in self.entries}


def kind_of(passage_id: str) -> str:
    return "sentence" if "-s" in passage_id else "paragraph"


def id_key(passage_id: str) -> tuple[int, int]:
    """Natural sort key: p2 < p2-s1 < p2-s10 < p10."""
    m = _ID.fullmatch(passage_id)
    return (int(m.group(1)), int(m.group(2) or 0)) if m else (1 << 30, 0)


def canonical(entries: list[Entry]) -> list[Entry]:
    """The file's order: live IDs as given (text order), each followed by its
    aliases; then retired IDs by the position of their target, then by ID."""
    live = [e for e in entries if e.status == "live"]
    aliases: dict[str, list[Entry]] = {}
    for e in entries:
        if e.status == "alias":
            aliases.setdefault(e.target or "", []).append(e)
    out: list[Entry] = []
    for e in live:
        out.append(e)
        out.extend(sorted(aliases.pop(e.id, []), key=lambda a: id_key(a.id)))
    out.extend(a for group in aliases.values() for a in group)  # dangling: kept, never lost
    order = {e.id: i for i, e in enumerate(live)}
    retired = [e for e in entries if e.status == "retired"]
    out.extend(sorted(retired, key=lambda e: (order.get(e.target or "", len(order)), id_key(e.id))))
    return out


def format_ledger(ledger: Ledger) -> str:
    """The ledger file's text: deterministic, one line per ID (see HEADER)."""
    out = [HEADER.format(article=ledger.article, source=ledger.source)]
    retired_header = False
    for e in canonical(ledger.entries):
        if e.status == "retired" and not retired_header:
            out.append("\n# retired\n")
            retired_header = True
        out.append(_line(e))
    return "".join(out)


def _line(e: Entry) -> str:
    indent = "  " if e.kind == "sentence" else ""
    fp = e.fingerprint
    text = json.dumps(fp.head, ensure_ascii=False)
    if fp.tail:
        text += " … " + json.dumps(fp.tail, ensure_ascii=False)
    status = ""
    if e.status == "alias":
        status = f"alias-of {e.target}  "
    elif e.status == "retired":
        indent = ""
        status = f"removed {e.removed} -> {e.target or '-'}  "
    return f"{indent}{e.id:<8} {status}{fp.hash}  {fp.words}w  {text}\n"


def parse_ledger(text: str, *, file: str = "") -> Ledger:
    """Read a ledger file. Raises :class:`LedgerError` naming the line."""
    ledger = Ledger()
    seen: dict[str, int] = {}
    paragraph: str | None = None
    decoder = json.JSONDecoder()
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(_CONFLICT):
            raise LedgerError("unresolved merge conflict: keep one line per ID and delete the conflict markers", file=file, line=number)
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            meta = re.fullmatch(r"#\s*(article|source):\s*(.*)", stripped)
            if meta:
                setattr(ledger, meta.group(1), meta.group(2).strip())
            continue
        m = _LINE.fullmatch(line.rstrip())
        if not m:
            raise LedgerError(f"cannot read this line: {stripped[:60]!r}", file=file, line=number)
        try:
            head, end = decoder.raw_decode(m["text"])
            rest = m["text"][end:].strip()
            tail = ""
            if rest:
                if not rest.startswith("…"):
                    raise ValueError("expected … between the first and last words")
                tail, end = decoder.raw_decode(rest[1:].lstrip())
                if rest[1:].lstrip()[end:].strip():
                    raise ValueError("unexpected text after the last words")
        except ValueError as exc:
            raise LedgerError(f"bad fingerprint text: {exc}", file=file, line=number) from None
        pid = m["id"]
        if pid in seen:
            raise LedgerError(f"{pid} appears twice (also on line {seen[pid]}): keep one of them", file=file, line=number)
        seen[pid] = number
        fp = Fingerprint(m["hash"], int(m["words"]), head, tail)
        if m["alias"]:
            entry = Entry(pid, fp, "alias", target=m["alias"])
        elif m["date"]:
            target = None if m["target"] == "-" else m["target"]
            entry = Entry(pid, fp, "retired", target=target, removed=m["date"])
        elif kind_of(pid) == "paragraph":
            paragraph = pid
            entry = Entry(pid, fp)
        else:
            if paragraph is None:
                raise LedgerError(f"sentence {pid} is not listed under a paragraph", file=file, line=number)
            entry = Entry(pid, fp, paragraph=paragraph)
        ledger.entries.append(entry)
    return ledger


# --------------------------------------------------------------------------
# matching one kind of passage: old ledger entries ↔ this build's passages


@dataclass(slots=True)
class _Match:
    """A partial one-to-one matching of old entries (i) to new passages (j)."""

    n_old: int
    n_new: int
    o2n: dict[int, int] = field(default_factory=dict)
    n2o: dict[int, int] = field(default_factory=dict)
    how: dict[int, str] = field(default_factory=dict)
    alias: dict[int, int] = field(default_factory=dict)  # old i now lies inside new j

    def pair(self, i: int, j: int, how: str) -> None:
        self.o2n[i] = j
        self.n2o[j] = i
        self.how[i] = how

    def free_old(self) -> list[int]:
        return [i for i in range(self.n_old) if i not in self.o2n and i not in self.alias]

    def window(self, i: int) -> tuple[int, int]:
        """New positions of old i's nearest matched neighbours (exclusive bounds)."""
        lo = next((self.o2n[k] for k in range(i - 1, -1, -1) if k in self.o2n), -1)
        hi = next((self.o2n[k] for k in range(i + 1, self.n_old) if k in self.o2n), self.n_new)
        return (lo, hi) if lo <= hi else (hi, lo)


@dataclass(frozen=True, slots=True)
class _New:
    """A passage of this build, as the matcher sees it."""

    fp: Fingerprint
    text: str


def _match_exact(m: _Match, old: list[Fingerprint], new: list[_New]) -> None:
    """Equal texts, by an in-order diff of the still unmatched passages."""
    free_old = [i for i in range(m.n_old) if i not in m.o2n]
    free_new = [j for j in range(m.n_new) if j not in m.n2o]
    a = [old[i].hash for i in free_old]
    b = [new[j].fp.hash for j in free_new]
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            m.pair(free_old[block.a + k], free_new[block.b + k], "exact")
    # Equal texts the in-order diff left over were reordered: pair them in order.
    waiting: dict[str, list[int]] = {}
    for j in free_new:
        if j not in m.n2o:
            waiting.setdefault(new[j].fp.hash, []).append(j)
    for i in free_old:
        if i not in m.o2n and waiting.get(old[i].hash):
            m.pair(i, waiting[old[i].hash].pop(0), "exact")


def _match_within(
    paragraphs: _Match,
    sentences: _Match,
    old_members: list[list[int]],
    new_members: list[list[int]],
    old: list[Fingerprint],
    new: list[_New],
) -> None:
    """The sentences of two equal paragraphs pair up in order, when they are
    segmented alike: a paragraph anchors its sentences, so a sentence repeated
    elsewhere (a stock phrase, a repeated quote) keeps the ID of its own copy."""
    for i, j in paragraphs.o2n.items():
        olds, news = old_members[i], new_members[j]
        if len(olds) == len(news) and all(old[a].hash == new[b].fp.hash for a, b in zip(olds, news, strict=True)):
            for a, b in zip(olds, news, strict=True):
                sentences.pair(a, b, "exact")


def _match_fuzzy(m: _Match, old: list[Fingerprint], new: list[_New]) -> None:
    candidates = []
    free_new = [j for j in range(m.n_new) if j not in m.n2o]
    for i in m.free_old():
        lo, hi = m.window(i)
        for j in free_new:
            score = similarity(old[i], new[j].fp)
            if score is not None:
                bonus = NEIGHBOUR_BONUS if lo < j < hi else 0.0
                candidates.append((-(score + bonus), i, j))
    for _, i, j in sorted(candidates):
        if i not in m.o2n and j not in m.n2o:
            m.pair(i, j, "fuzzy")


def _match_split(m: _Match, old: list[Fingerprint], new: list[_New]) -> None:
    for i in m.free_old():
        lo, hi = m.window(i)
        best: tuple[float, range] | None = None
        for start in range(lo + 1, hi):
            for parts in range(2, MAX_SPLIT_PARTS + 1):
                run = range(start, start + parts)
                if run.stop > hi or any(j in m.n2o for j in run):
                    break
                score = similarity(old[i], fingerprint(" ".join(new[j].text for j in run)))
                if score is not None and (best is None or score > best[0]):
                    best = (score, run)
        if best:
            m.pair(i, _best_part(old[i], best[1], new), "split")


def _best_part(old: Fingerprint, run: range, new: list[_New]) -> int:
    """The part of a split that keeps the ID: the one whose end (the first
    part's opening, the last part's ending) is most like the old one's, then
    the longest, then the first."""
    head, tail = _ends(old)

    def score(j: int) -> tuple[float, int, int]:
        nh, nt = _ends(new[j].fp)
        end = fuzz.ratio(head, nh) if j == run.start else fuzz.ratio(tail, nt) if j == run.stop - 1 else 0.0
        return (end, new[j].fp.words, -j)

    return max(run, key=score)


def _match_contained(m: _Match, old: list[Fingerprint], new: list[_New]) -> None:
    for i in m.free_old():
        lo, hi = m.window(i)
        inside = [j for j in range(max(lo, 0), min(hi, m.n_new - 1) + 1) if contains(old[i], new[j].text, new[j].fp.words)]
        free = [j for j in inside if j not in m.n2o]
        if free:
            m.pair(i, free[0], "merge")
        elif inside:
            m.alias[i] = inside[0]


def _match_members(m: _Match, votes: dict[tuple[int, int], int], sizes: list[int], *, alias: bool) -> None:
    """Paragraphs holding at least half of an old paragraph's sentences."""
    candidates = []
    for (i, j), shared in votes.items():
        if sizes[i] and 2 * shared >= sizes[i] and i not in m.o2n and i not in m.alias:
            candidates.append((-shared / sizes[i], -shared, i, j))
    for *_, i, j in sorted(candidates):
        if i in m.o2n or i in m.alias:
            continue
        if j not in m.n2o:
            m.pair(i, j, "members")
        elif alias:
            m.alias[i] = j


# --------------------------------------------------------------------------
# assigning IDs to one article


@dataclass(slots=True)
class ChangeReport:
    """What one build changed in one article's ledger."""

    article: str
    path: str = ""
    kept: list[str] = field(default_factory=list)
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # (id, old key, new key)
    edited: list[str] = field(default_factory=list)
    aliased: list[tuple[str, str]] = field(default_factory=list)  # (old id, id it lands on)
    new: list[str] = field(default_factory=list)
    retired: list[tuple[str, str]] = field(default_factory=list)  # (id, id it lands on)
    restored: list[str] = field(default_factory=list)
    #: The ledger on disk differs from (or lacks) what this build computed.
    out_of_date: bool = False
    written: bool = False

    @property
    def changed(self) -> bool:
        """Whether any published ID changed place, text or status."""
        return bool(self.moved or self.edited or self.aliased or self.new or self.retired or self.restored)

    def summary(self) -> str:
        """Counts, then one line per kind of change; "" when nothing changed."""
        if not (self.changed or self.out_of_date):
            return ""
        name = self.path or self.article
        counts = [
            f"{len(self.kept)} kept",
            f"{len(self.moved)} moved",
            f"{len(self.edited)} edited",
            f"{len(self.aliased)} aliased",
            f"{len(self.new)} new",
            f"{len(self.retired)} retired",
        ]
        if self.restored:
            counts.append(f"{len(self.restored)} restored")
        state = " (ledger written)" if self.written else " (ledger out of date)" if self.out_of_date else ""
        lines = [f"{name}: {', '.join(counts)}{state}"]
        details = [
            ("moved", [f"{i} ({a}→{b})" for i, a, b in self.moved]),
            ("edited", self.edited),
            ("aliased", [f"{i}→{t}" for i, t in self.aliased]),
            ("new", self.new),
            ("retired", [f"{i}→{t}" for i, t in self.retired]),
            ("restored", self.restored),
        ]
        for label, items in details:
            if items:
                shown = ", ".join(items[:12]) + (f", … (+{len(items) - 12})" if len(items) > 12 else "")
                lines.append(f"  {label}: {shown}")
        return "\n".join(lines)


@dataclass(slots=True)
class AnchorResult:
    """Passages with permanent IDs, the retired IDs, the new ledger, the report."""

    passages: list[Passage]
    retired: list[dict[str, Any]]
    ledger: Ledger
    report: ChangeReport


def assign(analysis: ArticleAnalysis, ledger: Ledger | None, *, today: str) -> AnchorResult:
    """Give every passage of ``analysis`` its permanent ID. Pure: mutates nothing.

    ``today`` (ISO date) is recorded for IDs retired by this build only;
    earlier retirements keep their date, so unchanged input gives the same
    ledger on any day.
    """
    ledger = ledger or Ledger()
    passages = analysis.passages
    fps = [fingerprint(p.text) for p in passages]
    report = ChangeReport(article=analysis.article.id)
    found = _match(ledger, passages, fps)
    _restore(ledger, passages, fps, found, report)
    _allocate(ledger, passages, found.ids, report)
    aliases, retired = _settle(ledger, passages, found, today, report)
    _report_survivors(ledger, passages, found, report)

    by_target: dict[str, list[str]] = {}
    for a in aliases:
        by_target.setdefault(a.target or "", []).append(a.id)
    out = [
        dataclasses.replace(p, id=found.ids[k], aliases=sorted(by_target.get(found.ids[k], []), key=id_key)) for k, p in enumerate(passages)
    ]
    entries: list[Entry] = []
    paragraph: str | None = None
    for p, fp in zip(out, fps, strict=True):
        if p.kind == "paragraph":
            paragraph = p.id
        entries.append(Entry(p.id, fp, paragraph=paragraph if p.kind == "sentence" else None))
    entries = canonical(entries + aliases + retired)
    notes = [
        {"id": e.id, "target": e.target, "removed": e.removed, "text": e.fingerprint.preview()} for e in entries if e.status == "retired"
    ]
    return AnchorResult(out, notes, Ledger(analysis.article.id, analysis.article.source, entries), report)


@dataclass(slots=True)
class _Found:
    """The outcome of matching one article's passages (by index) to its ledger."""

    ids: dict[int, str] = field(default_factory=dict)  # passage index → permanent ID
    matched: dict[str, int] = field(default_factory=dict)  # old ID → passage index now carrying it
    inside: dict[str, int] = field(default_factory=dict)  # old ID → passage index its text now lies in
    how: dict[str, str] = field(default_factory=dict)  # old ID → the step that matched it


def _match(ledger: Ledger, passages: list[Passage], fps: list[Fingerprint]) -> _Found:
    """Run the matching steps for sentences, then paragraphs (which use the sentences)."""
    found = _Found()
    by_kind = {kind: [k for k, p in enumerate(passages) if p.kind == kind] for kind in ("sentence", "paragraph")}
    para_of = {p.paragraph: k for k, p in enumerate(passages) if p.kind == "paragraph"}
    olds = {kind: ledger.live(kind) for kind in by_kind}
    old = {kind: [e.fingerprint for e in olds[kind]] for kind in by_kind}
    new = {kind: [_New(fps[k], passages[k].text) for k in idx] for kind, idx in by_kind.items()}
    m = {kind: _Match(len(old[kind]), len(new[kind])) for kind in by_kind}

    # Equal paragraphs first: they carry their sentences with them.
    _match_exact(m["paragraph"], old["paragraph"], new["paragraph"])
    para_pos = {e.id: i for i, e in enumerate(olds["paragraph"])}
    old_members: list[list[int]] = [[] for _ in olds["paragraph"]]
    for i, e in enumerate(olds["sentence"]):
        if e.paragraph in para_pos:
            old_members[para_pos[e.paragraph]].append(i)
    new_pos = {passages[k].paragraph: j for j, k in enumerate(by_kind["paragraph"])}
    new_members: list[list[int]] = [[] for _ in by_kind["paragraph"]]
    for j, k in enumerate(by_kind["sentence"]):
        new_members[new_pos[passages[k].paragraph]].append(j)
    _match_within(m["paragraph"], m["sentence"], old_members, new_members, old["sentence"], new["sentence"])

    for kind in ("sentence", "paragraph"):
        ms, idx = m[kind], by_kind[kind]
        _match_exact(ms, old[kind], new[kind])
        if kind == "paragraph":
            votes, sizes = _member_votes(ledger, olds[kind], idx, passages, found, para_of)
            _match_members(ms, votes, sizes, alias=False)
        _match_fuzzy(ms, old[kind], new[kind])
        _match_split(ms, old[kind], new[kind])
        if kind == "paragraph":
            _match_members(ms, votes, sizes, alias=True)
        _match_contained(ms, old[kind], new[kind])
        for i, j in ms.o2n.items():
            found.ids[idx[j]] = olds[kind][i].id
            found.matched[olds[kind][i].id] = idx[j]
            found.how[olds[kind][i].id] = ms.how[i]
        for i, j in ms.alias.items():
            found.inside[olds[kind][i].id] = idx[j]
    return found


def _restore(ledger: Ledger, passages: list[Passage], fps: list[Fingerprint], found: _Found, report: ChangeReport) -> None:
    """A deleted passage whose exact text is back takes its old ID back."""
    retired = [e for e in ledger.entries if e.status == "retired"]
    for k, p in enumerate(passages):
        if k in found.ids:
            continue
        h = fps[k].hash
        for e in retired:
            if e.kind == p.kind and e.fingerprint.hash == h and e.id not in found.matched:
                found.ids[k] = e.id
                found.matched[e.id] = k
                report.restored.append(e.id)
                break


def _allocate(ledger: Ledger, passages: list[Passage], ids: dict[int, str], report: ChangeReport) -> None:
    """New IDs: the positional key when never used, else the next free number."""
    used = ledger.ids()
    top = max((id_key(x)[0] for x in used), default=0)
    para_of = {p.paragraph: k for k, p in enumerate(passages) if p.kind == "paragraph"}
    for kind in ("paragraph", "sentence"):  # a sentence is numbered under its paragraph's ID
        for k, p in enumerate(passages):
            if p.kind != kind or k in ids:
                continue
            if kind == "paragraph":
                key = p.key
                if key in used or not _ID.fullmatch(key):
                    key = f"p{top + 1}"
                top = max(top, id_key(key)[0])
            else:
                parent = ids[para_of[p.paragraph]]
                key = f"{parent}-s{p.sentence}"
                if key in used:
                    last = max((id_key(x)[1] for x in used if x.startswith(parent + "-s")), default=0)
                    key = f"{parent}-s{last + 1}"
            ids[k] = key
            used.add(key)
            report.new.append(key)
    report.new.sort(key=id_key)


def _settle(ledger: Ledger, passages: list[Passage], found: _Found, today: str, report: ChangeReport) -> tuple[list[Entry], list[Entry]]:
    """Where every ID without a passage now lands: (alias entries, retired entries)."""
    live = set(found.ids.values())
    first = found.ids[0] if passages else None
    new_aliases = {o: found.ids[k] for o, k in found.inside.items()}
    pointer = dict(new_aliases)  # alias or retired ID → where its links go next
    for e in ledger.entries:
        if e.status != "live" and e.target:
            pointer.setdefault(e.id, e.target)

    def land(pid: str) -> str | None:
        seen: set[str] = set()
        while pid not in live:
            if pid in seen or pid not in pointer:
                return first
            seen.add(pid)
            pid = pointer[pid]
        return pid

    aliases: list[Entry] = []
    retired: list[Entry] = []
    # Deleted passages point at the nearest survivor, the previous one first.
    for kind in ("sentence", "paragraph"):
        olds = ledger.live(kind)
        for i, e in enumerate(olds):
            if e.id in found.matched:
                continue
            if e.id in new_aliases:
                aliases.append(Entry(e.id, e.fingerprint, "alias", target=new_aliases[e.id]))
                report.aliased.append((e.id, new_aliases[e.id]))
                continue
            around = [o.id for o in reversed(olds[:i])] + [o.id for o in olds[i + 1 :]]
            near = next((x for x in around if x in found.matched or x in found.inside), None)
            target = land(near) if near else first
            retired.append(Entry(e.id, e.fingerprint, "retired", target=target, removed=today))
            pointer[e.id] = target or ""
            report.retired.append((e.id, target or "-"))
    # Earlier aliases and retirements, re-pointed if their target went away.
    for e in ledger.entries:
        if e.status == "alias" and (e.target in live or e.target in new_aliases):
            aliases.append(dataclasses.replace(e, target=land(e.id)))
        elif e.status == "alias":  # the passage it lay inside was deleted
            target = land(e.id)
            retired.append(Entry(e.id, e.fingerprint, "retired", target=target, removed=today))
            report.retired.append((e.id, target or "-"))
        elif e.status == "retired" and e.id not in found.matched:
            retired.append(dataclasses.replace(e, target=land(e.id)))
    report.aliased.sort(key=lambda x: id_key(x[0]))
    report.retired.sort(key=lambda x: id_key(x[0]))
    return aliases, retired


def _report_survivors(ledger: Ledger, passages: list[Passage], found: _Found, report: ChangeReport) -> None:
    """Kept, moved (another positional key than last time) or edited (text changed)."""
    old_keys = _implied_keys(ledger)
    for k, p in enumerate(passages):
        pid = found.ids[k]
        if pid not in found.how:
            continue
        if found.how[pid] != "exact":
            report.edited.append(pid)
        if old_keys[pid] != p.key:
            report.moved.append((pid, old_keys[pid], p.key))
        if found.how[pid] == "exact" and old_keys[pid] == p.key:
            report.kept.append(pid)


def _member_votes(
    ledger: Ledger, olds: list[Entry], idx: list[int], passages: list[Passage], found: _Found, para_of: dict[int, int]
) -> tuple[dict[tuple[int, int], int], list[int]]:
    """For old paragraph i and new paragraph j: how many of i's sentences are in j."""
    old_pos = {e.id: i for i, e in enumerate(olds)}
    new_pos = {k: j for j, k in enumerate(idx)}
    votes: dict[tuple[int, int], int] = {}
    sizes = [0] * len(olds)
    for e in ledger.live("sentence"):
        i = old_pos.get(e.paragraph or "")
        if i is None:
            continue
        sizes[i] += 1
        k = found.matched.get(e.id, found.inside.get(e.id))
        if k is not None:
            j = new_pos[para_of[passages[k].paragraph]]
            votes[(i, j)] = votes.get((i, j), 0) + 1
    return votes, sizes


def _implied_keys(ledger: Ledger) -> dict[str, str]:
    """The positional key each live ID had when the ledger was written."""
    keys: dict[str, str] = {}
    paragraph = sentence = 0
    for e in ledger.entries:
        if e.status != "live":
            continue
        if e.kind == "paragraph":
            paragraph += 1
            sentence = 0
            keys[e.id] = f"p{paragraph}"
        else:
            sentence += 1
            keys[e.id] = f"p{paragraph}-s{sentence}"
    return keys


# --------------------------------------------------------------------------
# the build step


def ledger_path(anchors_dir: Path, article_id: str) -> Path:
    return anchors_dir / f"{article_id}.txt"


def update_ledgers(
    analyses: Iterable[ArticleAnalysis],
    anchors_dir: Path,
    *,
    today: str,
    write: bool,
    memo: dict[str, Any] | None = None,
    keys: dict[str, str] | None = None,
    store: Path | None = None,
) -> list[ChangeReport]:
    """Anchor every article against its ledger; write the ledgers when ``write``.

    Sets each analysis's ``passages`` (with permanent ``id`` and ``aliases``)
    and ``retired`` in place — call it after the analysis cache, before
    comparison, export and rendering. With ``write=False`` (check mode, for
    the deploy workflow) nothing is written and ``report.out_of_date`` says
    whether a ledger on disk differs from what this build computed. Raises
    :class:`LedgerError` for an unreadable ledger.

    ``memo`` (article id → last result) and ``keys`` (article id → analysis
    cache key) let a long-running process skip articles whose analysis and
    ledger are exactly as they were after its previous build: anchoring is
    pure, so the same inputs give the same IDs and an unchanged ledger.

    ``store`` (a folder; with ``keys``, without ``memo``) does the same across
    processes: an article whose ledger already held exactly what its analysis
    gives is anchored again by reading back that outcome (IDs, aliases,
    retired notes and report), stored under the analysis key and the ledger
    text (see :class:`SteadyStore`).
    """
    steady_store = SteadyStore(store) if store is not None and memo is None and keys is not None else None
    reports = []
    for analysis in analyses:
        aid = analysis.article.id
        path = ledger_path(anchors_dir, aid)
        old_text = path.read_text(encoding="utf-8").replace("\r\n", "\n") if path.exists() else None
        steady = None
        if memo is not None and keys is not None and aid in keys:
            steady = _steady_key(keys[aid], old_text, today)
            hit = memo.get(aid)
            if hit is not None and hit[0] == steady:
                analysis.passages, analysis.retired = list(hit[1]), list(hit[2])
                reports.append(ChangeReport(article=aid, path=str(path), kept=[p.id for p in analysis.passages]))
                continue
        if steady_store is not None and aid in keys and old_text is not None:
            known = steady_store.get(keys[aid], old_text, analysis)
            if known is not None:
                known.path = str(path)
                reports.append(known)
                continue
        ledger = parse_ledger(old_text, file=str(path)) if old_text is not None else None
        result = assign(analysis, ledger, today=today)
        analysis.passages = result.passages
        analysis.retired = result.retired
        text = format_ledger(result.ledger)
        report = result.report
        report.path = str(path)
        report.out_of_date = text != old_text
        if write and report.out_of_date:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(text, encoding="utf-8", newline="\n")
            os.replace(tmp, path)
            report.written = True
        if memo is not None and keys is not None and aid in keys and (report.written or not report.out_of_date):
            # The ledger on disk is now what these passages give: a steady state.
            memo[aid] = (_steady_key(keys[aid], text, today), list(analysis.passages), list(analysis.retired))
        if steady_store is not None and aid in keys and not report.out_of_date:
            steady_store.put(keys[aid], text, analysis, report)
        reports.append(report)
    return reports


class SteadyStore:
    """Anchoring outcomes of articles whose ledger was already up to date, on disk.

    Anchoring 1,000 articles again in every fresh build (parse each ledger,
    match every passage) cost ~1.5 s at N = 1,000. When a ledger holds exactly
    what anchoring its article's analysis gives, the outcome depends on those
    two only — not on the day, which a ledger records only for IDs retired by
    the build that wrote it — so it is kept under a hash of the analysis key
    and the ledger text, in ``<cache>/anchored/``: IDs and aliases by passage,
    retired notes and the report. An entry that does not fit the passages is
    a miss.
    """

    def __init__(self, root: Path):
        self.root = root

    def _path(self, analysis_key: str, ledger_text: str) -> Path:
        h = hashlib.sha256(f"{analysis_key}\0{ledger_text}".encode()).hexdigest()
        return self.root / h[:2] / f"{h}.json"

    def get(self, analysis_key: str, ledger_text: str, analysis: ArticleAnalysis) -> ChangeReport | None:
        """Set ``analysis``'s IDs, aliases and retired notes as stored; the stored report, or None (a miss)."""
        try:
            data = json.loads(self._path(analysis_key, ledger_text).read_text(encoding="utf-8"))
            ids, retired, fields = data["ids"], data["retired"], data["report"]
            if len(ids) != len(analysis.passages):
                return None
            passages = [_with_id(p, i, a) for p, (i, a) in zip(analysis.passages, ids, strict=True)]
            lists = {k: [tuple(x) if isinstance(x, list) else x for x in v] for k, v in fields.items()}
            report = ChangeReport(article=analysis.article.id, **lists)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        analysis.passages, analysis.retired = passages, list(retired)
        return report

    def put(self, analysis_key: str, ledger_text: str, analysis: ArticleAnalysis, report: ChangeReport) -> None:
        fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report) if isinstance(getattr(report, f.name), list)}
        data = {"ids": [[p.id, list(p.aliases)] for p in analysis.passages], "retired": analysis.retired, "report": fields}
        from .cache import write_atomic

        with contextlib.suppress(OSError):  # a read-only cache only costs speed
            write_atomic(self._path(analysis_key, ledger_text), json.dumps(data, ensure_ascii=False))


def _with_id(p: Passage, pid: str, aliases: list[str]) -> Passage:
    """``dataclasses.replace(p, id=pid, aliases=…)`` written out: five times
    faster, for the ~65,000 passages a build of 1,000 articles reads back."""
    return Passage(p.key, p.kind, p.paragraph, p.sentence, p.start, p.end, p.text, p.boilerplate, pid, list(aliases), p.lemmas)


def _steady_key(analysis_key: str, ledger_text: str | None, today: str) -> str:
    h = hashlib.sha256()
    for part in (analysis_key, ledger_text if ledger_text is not None else "\0none", today):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def out_of_date_message(reports: Iterable[ChangeReport]) -> str | None:
    """The deploy check's failure message, or None when every ledger is current."""
    stale = [r for r in reports if r.out_of_date]
    if not stale:
        return None
    lines = [f"{len(stale)} anchor ledger(s) out of date: published passage IDs would change without review."]
    lines.extend(r.summary() for r in stale)
    lines.append("Run `make site` locally, review the changes under anchors/ and commit them.")
    return "\n".join(lines)
