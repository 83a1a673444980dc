#!/usr/bin/env python3
"""Score the damage layer's name checks (mangled-name, lowercase-name) on a breadth set.

A set (tests/eval/breadth/mangled_names.yml, lowercase_names.yml) names its
``kind`` and holds damaged snippets, each with the ``name`` that must be
flagged, and look-alikes that must not be. Each snippet is put as a paragraph
into one of the set's invented contexts, the whole pipeline runs, and flags
of the set's kind are compared: found / missed for damaged snippets (a flag
overlapping the name), false flags for look-alikes (a flag anywhere on the
snippet) and for the contexts. Dev gold holds a handful of such names; this
measures breadth on shapes no lexicon lists.

Examples::

    python scripts/breadth_names.py tests/eval/breadth/mangled_names.yml
    python scripts/breadth_names.py tests/eval/breadth/lowercase_names.yml --list
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from breadth import run  # noqa: E402


@dataclass
class Case:
    """One snippet in its article: where the snippet and its damaged name sit in ``text``."""

    damaged: bool
    line: str
    lang: str
    text: str
    start: int
    end: int
    name_start: int
    name_end: int


def build_cases(data: dict) -> list[Case]:
    """Every snippet placed after the second body paragraph of context i % n (deterministic)."""
    contexts = [c.strip("\n").split("\n\n") for c in data["contexts"]]
    items = [(True, x) for x in data["damaged"]] + [(False, x) for x in data["clean"]]
    cases = []
    for i, (damaged, item) in enumerate(items):
        paras = list(contexts[i % len(contexts)])
        paras.insert(3, item["line"])
        text = "\n\n".join(paras) + "\n"
        start = sum(len(p) + 2 for p in paras[:3])
        ns, ne = start, start + len(item["line"])
        if damaged:
            k = item["line"].find(item["name"])
            if k < 0:
                raise SystemExit(f"name {item['name']!r} not in line {item['line']!r}")
            ns, ne = start + k, start + k + len(item["name"])
        cases.append(Case(damaged, item["line"], item.get("lang", ""), text, start, start + len(item["line"]), ns, ne))
    return cases


def score(cases: Sequence[Case], flags: Sequence[list[tuple[int, int, str]]], kind: str) -> dict:
    """found / missed names, false flags of ``kind`` on look-alikes and on the contexts."""
    found, missed, false_lines, false_context = [], [], [], []
    for case, spans in zip(cases, flags, strict=True):
        mine = [(s, e) for s, e, k in spans if k == kind]
        elsewhere = [(s, e) for s, e in mine if not (s < case.end and case.start < e)]
        if elsewhere:
            false_context.append((case, elsewhere))
        if case.damaged:
            hit = any(s < case.name_end and case.name_start < e for s, e in mine)
            (found if hit else missed).append(case)
        elif any(s < case.end and case.start < e for s, e in mine):
            false_lines.append((case, [(s, e) for s, e in mine if s < case.end and case.start < e]))
    return {"found": found, "missed": missed, "false": false_lines, "context": false_context}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="breadth set (YAML) with kind, contexts, damaged, clean")
    parser.add_argument("--list", action="store_true", help="list every miss and false flag")
    args = parser.parse_args(argv)
    data = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    kind = data["kind"]
    cases = build_cases(data)
    result = score(cases, run(cases), kind)
    n_bad = sum(c.damaged for c in cases)
    n_clean = len(cases) - n_bad
    if args.list:
        for c in result["missed"]:
            print(f"missed  [{c.lang}] {c.text[c.name_start : c.name_end]!r} in {c.line}")
        for c, spans in result["false"]:
            print(f"FALSE   {c.line}  <- " + "; ".join(repr(c.text[s:e]) for s, e in spans))
        for c, spans in result["context"]:
            print(f"CONTEXT [{c.line}] " + "; ".join(repr(c.text[s:e]) for s, e in spans))
    langs = len({c.lang.split("-")[0] for c in cases if c.damaged and c.lang})
    print(f"{kind} found {len(result['found'])} of {n_bad} ({len(result['found']) / n_bad:.3f}), {langs} languages")
    print(
        f"false flags on {len(result['false'])} of {n_clean} look-alikes; {kind} flags outside the snippet in {len(result['context'])} articles"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
