"""Score the entities layer on the breadth set (tests/eval/breadth/entities.yml).

The breadth set is many short invented snippets, clean and machine-translated
from many languages, each listing the PERSON, ORG and PLACE names it must
yield; it measures how general the layer's rules are, where the gold texts
measure a few long articles. Each listed string stands for every whole-word
occurrence of it in its snippet; a PERSON/ORG/PLACE span overlapping none of
those with the same label is a false alarm, except a PLACE inside a listed
organisation ("Serbia" of "Public Enterprise Roads of Serbia"), which is
neutral as the gold texts' optional nested places are. Matching is
one-to-one, any overlap with the same label, as in scripts/evaluate.py.

Usage: ``python scripts/breadth_entities.py [--set FILE] [--errors] [--json PATH]``
(``--set`` scores another set of the same format, e.g.
tests/eval/breadth/entities_places_world.yml).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import _greedy  # noqa: E402

from parallax import nlp  # noqa: E402
from parallax.annotate import Context, entities  # noqa: E402
from parallax.model import Article, Metadata, Span  # noqa: E402
from parallax.segment import segment  # noqa: E402

BREADTH = ROOT / "tests" / "eval" / "breadth" / "entities.yml"
LABELS = ("PERSON", "ORG", "PLACE")


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    label: str
    text: str


def load(path: Path = BREADTH) -> list[dict[str, Any]]:
    """The snippets; raises ValueError when a listed name is not in its text."""
    snippets = yaml.safe_load(path.read_text(encoding="utf-8"))["snippets"]
    ids = set()
    for s in snippets:
        if s["id"] in ids:
            raise ValueError(f"duplicate id {s['id']}")
        ids.add(s["id"])
        for label in LABELS:
            for name in s.get(label) or []:
                if not occurrences(s["text"], name):
                    raise ValueError(f"{s['id']}: {name!r} not in its text")
    return snippets


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``name`` in ``text``."""
    pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def gold_items(snippet: dict[str, Any]) -> list[Item]:
    out = []
    for label in LABELS:
        for name in snippet.get(label) or []:
            out += [Item(a, b, label, name) for a, b in occurrences(snippet["text"], name)]
    return out


def predict(text: str) -> list[Item]:
    """PERSON/ORG/PLACE spans of the layer on one snippet taken as one body paragraph."""
    article = Article(id="b", source="b.txt", raw=text, meta=Metadata(title="b"), blocks=[Span(0, len(text), "body")])
    chunks = nlp.parse(text, [(0, len(text))])
    ctx = Context(article, segment(article, chunks), chunks)
    return [Item(s.start, s.end, s.label, text[s.start : s.end]) for s in entities.find(ctx) if s.label in LABELS]


def match(gold: list[Item], preds: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """Greedy one-to-one matching, best overlap share first (scripts/evaluate.py's): (pairs, missed, spurious)."""

    def share(g: Item, p: Item) -> float | None:
        if g.label != p.label:
            return None
        return max(0, min(g.end, p.end) - max(g.start, p.start)) / max(g.end - g.start, p.end - p.start)

    pairs = _greedy(gold, preds, share)
    tg, tp = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    return pairs, [g for g in gold if id(g) not in tg], [p for p in preds if id(p) not in tp]


def score(snippets: Sequence[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Per-label and overall counts, precision and recall; plus one error line per miss or false alarm."""
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in (*LABELS, "all")}
    errors = []
    for s in snippets:
        gold = gold_items(s)
        pairs, missed, spurious = match(gold, predict(s["text"]))
        orgs = [g for g in gold if g.label == "ORG"]
        spurious = [p for p in spurious if not (p.label == "PLACE" and any(o.start <= p.start and p.end <= o.end for o in orgs))]
        for label, key, items in (("tp", "tp", [g for g, _ in pairs]), ("fn", "fn", missed), ("fp", "fp", spurious)):
            for it in items:
                counts[it.label][key] += 1
                counts["all"][key] += 1
            if label != "tp":
                errors += [f"{s['id']:28} {'MISS' if label == 'fn' else 'FALSE'} {it.label:6} {it.text!r}" for it in items]
    for c in counts.values():
        c["precision"] = round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else None
        c["recall"] = round(c["tp"] / (c["tp"] + c["fn"]), 3) if c["tp"] + c["fn"] else None
    return counts, errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", type=Path, default=BREADTH, metavar="FILE", help=f"breadth set to score (default {BREADTH.relative_to(ROOT)})"
    )
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the scores as JSON to PATH")
    args = parser.parse_args(argv)
    snippets = load(args.set)
    counts, errors = score(snippets)
    print(f"{len(snippets)} snippets")
    print(f"{'':8}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}")
    for k, c in counts.items():
        print(f"{k:8}{c['tp'] + c['fn']:6}{c['tp'] + c['fp']:6}{c['tp']:6}{c['precision'] or 0:8.3f}{c['recall'] or 0:8.3f}")
    if args.errors:
        print("\n".join(errors))
    if args.json:
        args.json.write_text(json.dumps(counts, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
