#!/usr/bin/env python3
"""Score one damage kind (untranslated, pronoun-gender, mangled-name, lowercase-name) on a breadth set.

A set (tests/eval/breadth/<kind>.yml) holds ``damaged`` snippets, each with
the damaged words marked ``[[…]]`` or given as its ``name``, and ``clean``
look-alikes that must not be flagged; it may name its ``kind``. Each snippet becomes a paragraph (two, when it holds a
paragraph break, a blank line: a pronoun across it) of a short invented article
(scripts/breadth.py's contexts and placement); the whole pipeline runs and
the flags of the kind are compared with the marks: a damaged snippet is
found when a flag of the kind overlaps its mark; a clean snippet is a false
flag when any flag of the kind overlaps it, and so is a flag on the context.
Dev gold holds a handful of such cases; the set measures breadth on shapes
the rules were not written for.

Examples::

    python scripts/breadth_damage.py --kind untranslated
    python scripts/breadth_damage.py --kind pronoun-gender --list
    python scripts/breadth_damage.py --set tests/eval/breadth/untranslated_blind.yml --kind untranslated
    python scripts/breadth_damage.py --set tests/eval/breadth/lowercase_names.yml --list
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from breadth import Case, run  # noqa: E402

SETS = {
    "untranslated": ROOT / "tests" / "eval" / "breadth" / "untranslated.yml",
    "pronoun-gender": ROOT / "tests" / "eval" / "breadth" / "pronoun_gender.yml",
    "mangled-name": ROOT / "tests" / "eval" / "breadth" / "mangled_names.yml",
    "lowercase-name": ROOT / "tests" / "eval" / "breadth" / "lowercase_names.yml",
}
_MARK = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class Marked:
    """A snippet in its article, with the offsets of its marked (damaged) words."""

    case: Case
    marks: list[tuple[int, int]]


def unmark(line: str, name: str | None = None) -> tuple[str, list[tuple[int, int]]]:
    """The snippet without ``[[…]]`` and the offsets of what they enclosed (or of ``name``, when given)."""
    if name is not None:
        k = line.find(name)
        if k < 0:
            raise SystemExit(f"name {name!r} not in line {line!r}")
        return line, [(k, k + len(name))]
    out, marks, pos = [], [], 0
    for m in _MARK.finditer(line):
        out.append(line[pos : m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(1))
        marks.append((start, start + len(m.group(1))))
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), marks


def build_cases(data: dict) -> list[Marked]:
    """Every snippet placed after the second body paragraph of context i % n."""
    contexts = [c.strip("\n").split("\n\n") for c in data["contexts"]]
    items = [(True, x) for x in data["damaged"]] + [(False, x) for x in data["clean"]]
    cases = []
    for i, (damaged, item) in enumerate(items):
        line, marks = unmark(item["line"].strip(), item.get("name"))
        if damaged and not marks:
            raise SystemExit(f"damaged snippet without [[mark]]: {item['line']!r}")
        paras = list(contexts[i % len(contexts)])
        at = 3
        paras.insert(at, line)
        text = "\n\n".join(paras) + "\n"
        start = sum(len(p) + 2 for p in paras[:at])
        case = Case(damaged, line, item.get("lang", ""), text, start, start + len(line))
        cases.append(Marked(case, [(start + s, start + e) for s, e in marks]))
    return cases


def score(cases: Sequence[Marked], flags: Sequence[list[tuple[int, int, str]]], kind: str) -> dict:
    """found / missed damaged snippets, false flags on clean ones and on the contexts."""
    found, missed, false_lines, false_context = [], [], [], []
    for mc, spans in zip(cases, flags, strict=True):
        case = mc.case
        mine = [(s, e) for s, e, k in spans if k == kind]
        elsewhere = [(s, e) for s, e in mine if not (s < case.end and case.start < e)]
        if elsewhere:
            false_context.append((case, elsewhere))
        on_line = [(s, e) for s, e in mine if s < case.end and case.start < e]
        if case.furniture:
            hit = any(s < me and ms < e for s, e in on_line for ms, me in mc.marks)
            (found if hit else missed).append((case, on_line))
        elif on_line:
            false_lines.append((case, on_line))
    return {"found": found, "missed": missed, "false": false_lines, "context": false_context}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=sorted(SETS), help="damage kind scored (default: the set's own)")
    parser.add_argument("--set", type=Path, help="breadth set (YAML); default: the kind's own")
    parser.add_argument("--list", action="store_true", help="list every miss and false flag")
    args = parser.parse_args(argv)
    if args.set is None and args.kind is None:
        parser.error("give --kind, --set or both")
    path = args.set or SETS[args.kind]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    kind = args.kind or data.get("kind")
    if kind not in SETS:
        parser.error(f"{path}: say which kind it scores (--kind)")
    cases = build_cases(data)
    result = score(cases, run([c.case for c in cases]), kind)
    n_bad = sum(c.case.furniture for c in cases)
    n_clean = len(cases) - n_bad
    if args.list:
        for c, _ in result["missed"]:
            print(f"missed  [{c.lang}] {c.line}")
        for c, spans in result["false"]:
            print(f"FALSE   [{c.lang}] {c.line} -> " + "; ".join(repr(c.text[s:e]) for s, e in spans))
        for c, spans in result["context"]:
            print(f"CONTEXT [{c.line[:40]}] " + "; ".join(repr(c.text[s:e]) for s, e in spans))
    langs = len({c.case.lang.split("-")[0] for c in cases if c.case.furniture and c.case.lang})
    print(f"{kind}: found {len(result['found'])} of {n_bad} ({len(result['found']) / n_bad:.3f}), {langs} languages")
    print(
        f"false flags on {len(result['false'])} of {n_clean} clean snippets; flags outside the snippet in {len(result['context'])} articles"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
