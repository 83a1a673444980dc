#!/usr/bin/env python3
"""Score the damage layer's boilerplate detection on the breadth set.

The set (tests/eval/breadth/boilerplate.yml) holds page-furniture lines in
many languages and look-alikes that are the report's own lines. Each line is
put into a short invented article, the whole pipeline runs on it, and the
boilerplate flags are compared with what the line is: found / missed for
furniture, false flags for clean lines (and for any flag on the context).
Dev gold scores a handful of furniture lines; this set measures breadth, so
the figure is reproducible and a rule's gain on unseen shapes is visible.

Examples::

    python scripts/breadth.py             # the figures
    python scripts/breadth.py --list      # and every miss and false flag
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SET = ROOT / "tests" / "eval" / "breadth" / "boilerplate.yml"


@dataclass
class Case:
    """One line of the set inside its article: where the line sits in ``text``."""

    furniture: bool
    line: str
    lang: str
    text: str
    start: int
    end: int


def build_cases(data: dict) -> list[Case]:
    """Every line of the set placed in its context (deterministic: context i % n)."""
    contexts = [c.strip("\n").split("\n\n") for c in data["contexts"]]
    cases = []
    items = [(True, x) for x in data["furniture"]] + [(False, x) for x in data["clean"]]
    for i, (is_furniture, item) in enumerate(items):
        paras = list(contexts[i % len(contexts)])
        at = len(paras) if item.get("at") == "end" else 3
        paras.insert(at, item["line"])
        if "before" in item:
            paras[at - 1] = item["before"]
        if "after" in item and at + 1 < len(paras):
            paras[at + 1] = item["after"]
        text = "\n\n".join(paras) + "\n"
        start = sum(len(p) + 2 for p in paras[:at])
        cases.append(Case(is_furniture, item["line"], item.get("lang", ""), text, start, start + len(item["line"])))
    return cases


def run(cases: Sequence[Case]) -> list[list[tuple[int, int, str]]]:
    """The artifacts flags (start, end, kind) of every case's article."""
    from parallax.analysis import analyze_many
    from parallax.ingest import ingest_file

    articles = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, case in enumerate(cases):
            path = Path(tmp) / f"case{i:04d}.txt"
            path.write_text(case.text, encoding="utf-8")
            article, problems = ingest_file(path, source=path.name, slug=path.stem)
            if article is None:
                raise SystemExit(f"cannot ingest case {i}: {problems}")
            articles.append(article)
    out = []
    for result in analyze_many(articles):
        if isinstance(result, Exception):
            raise result
        out.append([(s.start, s.end, s.label) for s in result.layers.get("artifacts", [])])
    return out


def score(cases: Sequence[Case], flags: Sequence[list[tuple[int, int, str]]]) -> dict:
    """found / missed furniture, false flags on clean lines and on the contexts."""
    found, missed, false_lines, false_context = [], [], [], []
    for case, spans in zip(cases, flags, strict=True):
        bp = [(s, e) for s, e, k in spans if k == "boilerplate"]
        on_line = any(s < case.end and case.start < e for s, e in bp)
        elsewhere = [(s, e, k) for s, e, k in spans if not (s < case.end and case.start < e)]
        if elsewhere:
            false_context.append((case, elsewhere))
        if case.furniture:
            (found if on_line else missed).append(case)
        elif on_line:
            false_lines.append(case)
    return {"found": found, "missed": missed, "false": false_lines, "context": false_context}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=SET, help="breadth set (YAML)")
    parser.add_argument("--list", action="store_true", help="list every miss and false flag")
    args = parser.parse_args(argv)
    data = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    cases = build_cases(data)
    result = score(cases, run(cases))
    n_furn = sum(c.furniture for c in cases)
    n_clean = len(cases) - n_furn
    if args.list:
        for c in result["missed"]:
            print(f"missed  [{c.lang}] {c.line}")
        for c in result["false"]:
            print(f"FALSE   {c.line}")
        for c, spans in result["context"]:
            print(f"CONTEXT [{c.line}] " + "; ".join(f"{k} {c.text[s:e]!r}" for s, e, k in spans))
    langs = len({c.lang.split("-")[0] for c in cases if c.furniture})
    print(f"furniture found {len(result['found'])} of {n_furn} ({len(result['found']) / n_furn:.3f}), {langs} languages")
    print(f"false flags on {len(result['false'])} of {n_clean} clean lines; flags outside the line in {len(result['context'])} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
