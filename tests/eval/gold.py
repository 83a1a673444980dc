"""Hand-made gold annotations: loading, validation, and the alignment gold.

Gold files are written by people reading the text (see ``README.md`` next to
this file); they never come from the tool's output. This module only reads
them: it turns each ``text`` (+ ``occurrence``) into character offsets of the
raw file and checks every value against the shared contract, so a typo in a
gold file is an error naming the file and the entry, not a silent zero.

Import it from anywhere with::

    sys.path.insert(0, str(ROOT / "tests" / "eval"))
    import gold

Nothing here imports the pipeline; it is plain Python + PyYAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: The repository root: gold ``source`` paths are relative to it.
ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(__file__).resolve().parent
GOLD_DIR = EVAL_DIR / "gold"
ALIGNMENT_DIR = EVAL_DIR / "alignment"

#: Contract lists (``/work/briefs/contract.md``): the only values gold may use.
ENTITY_LABELS = ("PERSON", "ORG", "PLACE", "NORP", "DATE", "TIME", "QUANTITY", "EVENT", "MISC")
SOURCE_TYPES = ("news-agency", "broadcaster", "outlet", "official", "expert", "anonymous", "other")
ARTIFACT_KINDS = (
    "glued-words",
    "missing-space",
    "quote-mismatch",
    "quote-unclosed",
    "untranslated",
    "boilerplate",
    "lowercase-name",
    "pronoun-gender",
    "mangled-name",
    "truncated-sentence",
)
SPLITS = ("dev", "test")
LAYERS = ("quotes", "entities", "sources", "artifacts")
MENTIONS = ("name", "descriptor")
RELATIONS = ("same-quote", "same-fact", "related")
#: Entity labels annotated exhaustively unless a gold file says otherwise.
DEFAULT_ENTITY_LABELS = ("PERSON", "ORG", "PLACE")

#: Keys each layer's entries may carry (besides ``text``, ``occurrence``,
#: ``optional`` and ``note``), with whether they are required.
_LAYER_KEYS: dict[str, dict[str, bool]] = {
    "quotes": {"speaker": True},
    "entities": {"label": True, "canonical": True, "mention": False},
    "sources": {"name": True, "type": True},
    "artifacts": {"kind": True, "suggestion": False},
}
_COMMON_KEYS = {"text", "occurrence", "optional", "note"}
_DOC_KEYS = {"source", "split", "notes", "entity_labels", *LAYERS}


class GoldError(ValueError):
    """A gold file that does not follow the format; the message names the file."""


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold annotation, resolved to offsets into the raw text.

    ``optional`` items are neither required nor wrong: a prediction matching
    one is not counted at all (used for genuinely debatable spans).
    """

    layer: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any]
    optional: bool = False

    @property
    def label(self) -> str:
        """The value a prediction's ``label`` must equal, or "" for any."""
        if self.layer == "entities":
            return self.attrs["label"]
        if self.layer == "artifacts":
            return self.attrs["kind"]
        return ""


@dataclass(slots=True)
class GoldDoc:
    """The gold of one raw text: its items per layer, split and scope."""

    name: str
    path: Path
    source: str
    split: str
    raw: str
    items: dict[str, list[GoldItem]]
    entity_labels: tuple[str, ...] = DEFAULT_ENTITY_LABELS
    notes: str = ""

    def layer(self, name: str) -> list[GoldItem]:
        return self.items.get(name, [])


def read_raw(source: str | Path, *, root: Path = ROOT) -> str:
    """The raw text exactly as ingest decodes a UTF-8 file (BOM dropped)."""
    return (root / source).read_text(encoding="utf-8-sig")


def occurrences(raw: str, text: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``text``."""
    out = []
    i = raw.find(text)
    while i != -1:
        out.append(i)
        i = raw.find(text, i + 1)
    return out


def locate(raw: str, text: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) ``text`` in ``raw``.

    ``occurrence`` is required when the text occurs more than once, so that an
    edit of the raw text that adds a second occurrence is caught, not guessed.
    """
    if not text:
        raise GoldError("empty text")
    starts = occurrences(raw, text)
    if not starts:
        raise GoldError(f"text {text!r} is not in the raw file")
    if occurrence is None:
        if len(starts) > 1:
            raise GoldError(f"text {text!r} occurs {len(starts)} times: add occurrence: N")
        occurrence = 1
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= len(starts):
        raise GoldError(f"text {text!r}: occurrence {occurrence!r} out of range 1..{len(starts)}")
    start = starts[occurrence - 1]
    return start, start + len(text)


def _item(layer: str, entry: Any, raw: str) -> GoldItem:
    if not isinstance(entry, dict):
        raise GoldError(f"{layer}: every entry must be a mapping, got {entry!r}")
    keys = _LAYER_KEYS[layer]
    unknown = set(entry) - _COMMON_KEYS - set(keys)
    if unknown:
        raise GoldError(f"{layer}: unknown keys {sorted(unknown)} in {entry!r}")
    missing = [k for k, required in keys.items() if required and k not in entry]
    if "text" not in entry or missing:
        raise GoldError(f"{layer}: missing {['text', *missing] if 'text' not in entry else missing} in {entry!r}")
    text = entry["text"]
    if not isinstance(text, str):
        raise GoldError(f"{layer}: text must be a string in {entry!r}")
    try:
        start, end = locate(raw, text, entry.get("occurrence"))
    except GoldError as exc:
        raise GoldError(f"{layer}: {exc}") from None
    attrs = {k: entry[k] for k in keys if k in entry}
    _check_attrs(layer, attrs, entry)
    optional = entry.get("optional", False)
    if not isinstance(optional, bool):
        raise GoldError(f"{layer}: optional must be true/false in {entry!r}")
    return GoldItem(layer, start, end, text, attrs, optional)


def _names(value: Any) -> bool:
    """A name, or a non-empty list of acceptable names (any one is right)."""
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def _check_attrs(layer: str, attrs: dict[str, Any], entry: dict[str, Any]) -> None:
    def bad(why: str) -> GoldError:
        return GoldError(f"{layer}: {why} in {entry!r}")

    if layer == "quotes" and not (attrs["speaker"] is None or _names(attrs["speaker"])):
        raise bad("speaker must be a name, a list of acceptable names, or null")
    if layer == "entities":
        if attrs["label"] not in ENTITY_LABELS:
            raise bad(f"label must be one of {ENTITY_LABELS}")
        if not _names(attrs["canonical"]):
            raise bad("canonical must be a name or a list of acceptable names")
        attrs.setdefault("mention", "name")
        if attrs["mention"] not in MENTIONS:
            raise bad(f"mention must be one of {MENTIONS}")
    if layer == "sources":
        types = attrs["type"] if isinstance(attrs["type"], list) else [attrs["type"]]
        if not types or any(t not in SOURCE_TYPES for t in types):
            raise bad(f"type must be one of {SOURCE_TYPES} (or a list of them)")
        if not (attrs["name"] is None or _names(attrs["name"])):
            raise bad("name must be a name, a list of acceptable names, or null (null: any name is accepted)")
    if layer == "artifacts" and attrs["kind"] not in ARTIFACT_KINDS:
        raise bad(f"kind must be one of {ARTIFACT_KINDS}")


def load_gold(path: str | Path, *, root: Path = ROOT) -> GoldDoc:
    """Read and validate one gold file; raises :class:`GoldError` naming it."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    try:
        return _doc(path, data, root)
    except GoldError as exc:
        raise GoldError(f"{path.name}: {exc}") from None


def _doc(path: Path, data: Any, root: Path) -> GoldDoc:
    if not isinstance(data, dict):
        raise GoldError("a gold file is a mapping with source, split and layer lists")
    unknown = set(data) - _DOC_KEYS
    if unknown:
        raise GoldError(f"unknown top-level keys {sorted(unknown)}")
    source = data.get("source")
    if not isinstance(source, str) or not (root / source).is_file():
        raise GoldError(f"source {source!r} is not a file under {root}")
    split = data.get("split")
    if split not in SPLITS:
        raise GoldError(f"split must be one of {SPLITS}, got {split!r}")
    labels = tuple(data.get("entity_labels") or DEFAULT_ENTITY_LABELS)
    if any(label not in ENTITY_LABELS for label in labels):
        raise GoldError(f"entity_labels must come from {ENTITY_LABELS}")
    raw = read_raw(source, root=root)
    items: dict[str, list[GoldItem]] = {}
    for layer in LAYERS:
        entries = data.get(layer) or []
        if not isinstance(entries, list):
            raise GoldError(f"{layer} must be a list")
        found = [_item(layer, e, raw) for e in entries]
        if layer == "entities":
            stray = [g.text for g in found if g.label not in labels]
            if stray:
                raise GoldError(f"entities {stray} have labels outside entity_labels {labels}")
        _no_duplicates(layer, found)
        items[layer] = sorted(found, key=lambda g: (g.start, g.end, g.label))
    return GoldDoc(path.stem, path, source, split, raw, items, labels, str(data.get("notes") or ""))


def _no_duplicates(layer: str, items: list[GoldItem]) -> None:
    seen: set[tuple[int, int, str]] = set()
    for g in items:
        key = (g.start, g.end, g.label)
        if key in seen:
            raise GoldError(f"{layer}: {g.text!r} at {g.start} is annotated twice")
        seen.add(key)


def load_gold_dir(directory: str | Path = GOLD_DIR, *, root: Path = ROOT) -> list[GoldDoc]:
    """Every ``*.yml`` gold file of ``directory``, sorted by name."""
    return [load_gold(p, root=root) for p in sorted(Path(directory).glob("*.yml"))]


def word_count(text: str) -> int:
    """Words as a reader counts them (for rates like false alarms per 500 words)."""
    return len(re.findall(r"\w+(?:['’-]\w+)*", text))


# --------------------------------------------------------------------------
# alignment gold (issue 4)


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence named by a distinctive exact substring of it.

    ``start`` is the offset of that substring in the article's raw text: a
    passage "is" this sentence when it contains ``start``, whatever the
    segmenter's positional IDs are this build.
    """

    article: str  # the alias used in the alignment file
    source: str  # path of the raw text, as in gold files
    text: str
    start: int
    end: int

    def within(self, start: int, end: int) -> bool:
        """True when a passage ``[start, end)`` of the same article holds this sentence."""
        return start <= self.start < end


@dataclass(frozen=True, slots=True)
class AlignmentPair:
    a: SentenceRef
    b: SentenceRef
    relation: str | None = None
    note: str = ""


@dataclass(slots=True)
class AlignmentGold:
    """Hand-made alignment of one story.

    ``required``: pairs a good alignment proposes; ``acceptable``: pairs that
    may be proposed; ``must_not``: plausible-looking pairs that report
    different claims; ``unaligned``: sentences with no counterpart at all
    (the omissions, "only in X").
    """

    name: str
    story: str
    articles: dict[str, str]  # alias -> source path
    required: list[AlignmentPair] = field(default_factory=list)
    acceptable: list[AlignmentPair] = field(default_factory=list)
    must_not: list[AlignmentPair] = field(default_factory=list)
    unaligned: list[SentenceRef] = field(default_factory=list)

    def pairs(self) -> Iterable[tuple[str, AlignmentPair]]:
        for kind in ("required", "acceptable", "must_not"):
            for pair in getattr(self, kind):
                yield kind, pair


def load_alignment_gold(path: str | Path, *, root: Path = ROOT) -> AlignmentGold:
    """Read one alignment gold file (format: ``tests/eval/README.md``).

    Every sentence reference is resolved to an offset in its article's raw
    text; a reference that is missing or ambiguous is a :class:`GoldError`.
    """
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return _alignment(path, data, root)
    except GoldError as exc:
        raise GoldError(f"{path.name}: {exc}") from None


def _alignment(path: Path, data: Any, root: Path) -> AlignmentGold:
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise GoldError("an alignment file needs 'articles: {alias: source path}'")
    unknown = set(data) - {"story", "articles", "required", "acceptable", "must_not", "unaligned", "notes"}
    if unknown:
        raise GoldError(f"unknown top-level keys {sorted(unknown)}")
    articles = {str(k): str(v) for k, v in data["articles"].items()}
    raws = {}
    for alias, source in articles.items():
        if not (root / source).is_file():
            raise GoldError(f"article {alias!r}: {source!r} is not a file")
        raws[alias] = read_raw(source, root=root)
    gold = AlignmentGold(path.stem, str(data.get("story") or path.stem), articles)
    for kind in ("required", "acceptable", "must_not"):
        for entry in data.get(kind) or []:
            getattr(gold, kind).append(_pair(entry, articles, raws))
    unaligned = data.get("unaligned") or {}
    if not isinstance(unaligned, dict) or any(a not in articles for a in unaligned):
        raise GoldError(f"unaligned maps article aliases of {sorted(articles)} to lists of sentences")
    for alias, specs in unaligned.items():
        gold.unaligned.extend(_ref(alias, spec, articles, raws) for spec in specs or [])
    return gold


def _ref(alias: str, spec: Any, articles: dict[str, str], raws: dict[str, str]) -> SentenceRef:
    """A sentence given as "text" or {text, occurrence}."""
    text, occurrence = (spec.get("text"), spec.get("occurrence")) if isinstance(spec, dict) else (spec, None)
    if not isinstance(text, str):
        raise GoldError(f"{alias}: a sentence is given by a text substring, got {spec!r}")
    try:
        start, end = locate(raws[alias], text, occurrence)
    except GoldError as exc:
        raise GoldError(f"{alias}: {exc}") from None
    return SentenceRef(alias, articles[alias], text, start, end)


def _pair(entry: Any, articles: dict[str, str], raws: dict[str, str]) -> AlignmentPair:
    if not isinstance(entry, dict):
        raise GoldError(f"a pair is a mapping {{alias: text, alias: text}}, got {entry!r}")
    sides = [k for k in entry if k not in ("relation", "note")]
    if len(sides) != 2 or any(s not in articles for s in sides):
        raise GoldError(f"a pair names exactly two articles of {sorted(articles)}: {entry!r}")
    relation = entry.get("relation")
    if relation is not None and relation not in RELATIONS:
        raise GoldError(f"relation must be one of {RELATIONS}: {entry!r}")
    a, b = (_ref(alias, entry[alias], articles, raws) for alias in sides)
    return AlignmentPair(a, b, relation, str(entry.get("note") or ""))


def score_alignment(gold: AlignmentGold, proposed: Sequence[tuple[tuple[str, int, int], tuple[str, int, int]]]) -> dict[str, Any]:
    """Score proposed sentence pairs against the gold of one story.

    ``proposed`` holds pairs of passages as ``(source, start, end)`` ranges of
    raw text, in either order. A gold pair is *found* when one proposed pair
    contains both of its sentence references. A proposed pair is *acceptable*
    when it contains a required or acceptable gold pair and touches no
    unaligned sentence; it is a *violation* when it contains a must-not pair
    or touches an unaligned sentence. Pairs about other articles are ignored.
    """
    sources = set(gold.articles.values())
    props = [p for p in proposed if p[0][0] in sources and p[1][0] in sources]
    found = [pair for pair in gold.required if any(_holds(p, pair) for p in props)]
    good = gold.required + gold.acceptable
    acceptable = [p for p in props if any(_holds(p, pair) for pair in good) and not _touches(p, gold.unaligned)]
    violations = [p for p in props if _touches(p, gold.unaligned) or any(_holds(p, pair) for pair in gold.must_not)]
    return {
        "required": len(gold.required),
        "required_found": len(found),
        "recall": len(found) / len(gold.required) if gold.required else None,
        "proposed": len(props),
        "proposed_acceptable": len(acceptable),
        "precision": len(acceptable) / len(props) if props else None,
        "violations": len(violations),
        "missed": [(pair.a.text, pair.b.text) for pair in gold.required if pair not in found],
    }


_Range = tuple[str, int, int]


def _holds(prop: tuple[_Range, _Range], pair: AlignmentPair) -> bool:
    """Does a proposed pair of passages contain both sentences of a gold pair?"""
    (sa, a0, a1), (sb, b0, b1) = prop
    direct = sa == pair.a.source and sb == pair.b.source and pair.a.within(a0, a1) and pair.b.within(b0, b1)
    swapped = sa == pair.b.source and sb == pair.a.source and pair.b.within(a0, a1) and pair.a.within(b0, b1)
    return direct or swapped


def _touches(prop: tuple[_Range, _Range], refs: list[SentenceRef]) -> bool:
    return any(src == ref.source and ref.within(s0, s1) for src, s0, s1 in prop for ref in refs)
