"""Score the sources layer on a breadth set (tests/eval/breadth/sources_world.yml).

The dev gold holds a few long articles; the breadth set is many short
invented snippets, clean and machine-translated from many languages, each
listing the sources it must yield (span, name, type) as the gold texts do
(tests/eval/README.md, "What is annotated"), plus look-alikes that must yield
none. It measures how general the layer's cues are.

Each gold source is ``{text, name, type}`` with optional ``occurrence`` (the
N-th occurrence of ``text`` in the snippet, 1-based) and ``optional: true``
(a debatable source: matching it is neutral, missing it costs nothing).
Matching is scripts/evaluate.py's: one-to-one, best overlap share first,
required gold before optional; then name accuracy (where gold names the
source) and type accuracy on matched pairs.

Each snippet runs through the layers before sources as the pipeline runs them
(paragraphs split at blank lines, all body).

Usage: ``python scripts/breadth_sources.py [--set FILE] [--errors] [--id ID] [--json PATH]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import _greedy, same_name, same_type  # noqa: E402

from parallax import annotate, nlp  # noqa: E402
from parallax.model import Article, Metadata, Span  # noqa: E402
from parallax.segment import segment  # noqa: E402

BREADTH = ROOT / "tests" / "eval" / "breadth" / "sources_world.yml"
TYPES = ("news-agency", "broadcaster", "outlet", "official", "expert", "anonymous", "other")


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _find(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def gold_items(snippet: dict[str, Any]) -> list[Item]:
    """The snippet's gold sources as spans; raises ValueError on a format error."""
    out = []
    for g in snippet.get("sources") or []:
        occ = int(g.get("occurrence", 1))
        where = _find(snippet["text"], g["text"], occ)
        if where is None:
            raise ValueError(f"{snippet['id']}: {g['text']!r} (occurrence {occ}) not in its text")
        if occ == 1 and "occurrence" not in g and snippet["text"].count(g["text"]) > 1:
            raise ValueError(f"{snippet['id']}: {g['text']!r} is ambiguous, give its occurrence")
        types = g["type"] if isinstance(g["type"], list) else [g["type"]]
        if any(t not in TYPES for t in types) or "name" not in g:
            raise ValueError(f"{snippet['id']}: {g['text']!r} needs a name (or null) and a type in {TYPES}")
        out.append(Item(*where, g["text"], {"name": g["name"], "type": g["type"], "optional": bool(g.get("optional"))}))
    return out


def load(path: Path = BREADTH) -> list[dict[str, Any]]:
    """The snippets; raises ValueError on a duplicate id or a gold text not in its snippet."""
    snippets = yaml.safe_load(path.read_text(encoding="utf-8"))["snippets"]
    ids: set[str] = set()
    for s in snippets:
        if s["id"] in ids:
            raise ValueError(f"duplicate id {s['id']}")
        ids.add(s["id"])
        gold_items(s)
    return snippets


def article_of(text: str) -> Article:
    """An article whose blank-line separated paragraphs are all body text."""
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Span(pos, pos + len(part), "body"))
        pos += len(part) + 2
    return Article(id="b", source="b.txt", raw=text, meta=Metadata(title="b"), blocks=blocks)


def predict(text: str) -> list[Item]:
    """The sources layer's spans on one snippet, after the layers it reads (as annotate.run orders them)."""
    article = article_of(text)
    chunks = nlp.parse(text, [(b.start, b.end) for b in article.blocks])
    ctx = annotate.Context(article, segment(article, chunks), chunks)
    for module in annotate.annotators():
        ctx.layers[module.LAYER] = sorted(module.find(ctx), key=lambda s: (s.start, -s.end, s.label))
        if module.LAYER == "sources":
            break
    return [Item(s.start, s.end, text[s.start : s.end], dict(s.attrs)) for s in ctx.layers["sources"]]


def _share(g: Item, p: Item) -> float | None:
    return max(0, min(g.end, p.end) - max(g.start, p.start)) / max(g.end - g.start, p.end - p.start) or None


def match(gold: list[Item], preds: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """Required gold first, then optional, each greedy by overlap share: (pairs, missed required, spurious)."""
    required = [g for g in gold if not g.attrs["optional"]]
    pairs = _greedy(required, preds, _share)  # type: ignore[arg-type]
    taken = {id(p) for _, p in pairs}
    rest = [p for p in preds if id(p) not in taken]
    neutral = _greedy([g for g in gold if g.attrs["optional"]], rest, _share)  # type: ignore[arg-type]
    taken |= {id(p) for _, p in neutral}
    matched = {id(g) for g, _ in pairs}
    return pairs, [g for g in required if id(g) not in matched], [p for p in preds if id(p) not in taken]


def score(snippets: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Counts, P/R, name and type accuracy; plus one error line per miss, false source, wrong name or type."""
    tp = fp = fn = named = name_ok = type_ok = 0
    errors = []
    for s in snippets:
        pairs, missed, spurious = match(gold_items(s), predict(s["text"]))
        tp, fp, fn = tp + len(pairs), fp + len(spurious), fn + len(missed)
        for g, p in pairs:
            ok_type = same_type(g.attrs["type"], p.attrs.get("type"))
            type_ok += ok_type
            ok_name = True
            if g.attrs["name"] is not None:
                named += 1
                ok_name = same_name(g.attrs["name"], p.attrs.get("name"))
                name_ok += ok_name
            if not (ok_type and ok_name):
                errors.append(
                    f"{s['id']:30} WRONG {g.text!r} -> {p.text!r} name {p.attrs.get('name')!r} (gold {g.attrs['name']!r})"
                    f" type {p.attrs.get('type')} (gold {g.attrs['type']})"
                )
        errors += [f"{s['id']:30} MISS  {g.text!r} ({g.attrs['type']})" for g in missed]
        errors += [f"{s['id']:30} FALSE {p.text!r} name {p.attrs.get('name')!r} type {p.attrs.get('type')}" for p in spurious]
    counts: dict[str, Any] = {"gold": tp + fn, "pred": tp + fp, "tp": tp}
    counts["precision"] = round(tp / (tp + fp), 3) if tp + fp else None
    counts["recall"] = round(tp / (tp + fn), 3) if tp + fn else None
    counts["name_accuracy"] = round(name_ok / named, 3) if named else None
    counts["type_accuracy"] = round(type_ok / tp, 3) if tp else None
    return counts, errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=BREADTH, metavar="FILE", help=f"breadth set (default {BREADTH.relative_to(ROOT)})")
    parser.add_argument("--errors", "--list", action="store_true", help="list misses, false sources, wrong names and types")
    parser.add_argument("--id", action="append", help="score only the snippet with this id (repeatable)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the scores as JSON to PATH")
    args = parser.parse_args(argv)
    snippets = load(args.set)
    if args.id:
        snippets = [s for s in snippets if s["id"] in args.id]
    counts, errors = score(snippets)
    print(f"{len(snippets)} snippets, {counts['gold']} gold sources, {counts['pred']} predicted, {counts['tp']} found")
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    print(
        f"precision {fmt(counts['precision'])}  recall {fmt(counts['recall'])}  "
        f"name right {fmt(counts['name_accuracy'])}  type right {fmt(counts['type_accuracy'])}"
    )
    if args.errors:
        print("\n".join(errors))
    if args.json:
        args.json.write_text(json.dumps(counts, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
