"""Score the sentence alignment against hand-made gold: precision and recall per story.

Each gold file (``tests/eval/alignment/*.yml``, format in
``parallax/compare/evaluate.py``) names its articles; they are analysed with
the real pipeline, compared as one story with ``compare_story`` and the
proposed pairs scored. Also says whether automatic story grouping put the
gold's articles together, and how long each step took.

Examples::

    .venv/bin/python scripts/eval_alignment.py                   # every gold file
    .venv/bin/python scripts/eval_alignment.py --errors          # list missed and wrong pairs
    .venv/bin/python scripts/eval_alignment.py --check           # exit 1 below the floors (tests/eval/floors.yml)
    .venv/bin/python scripts/eval_alignment.py tests/fixtures/stories/alignment/*.yml

Exit code: 0 fine, 1 a score fell below its floor (with ``--check``), 2 a
gold file is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parallax.analysis import analyze  # noqa: E402
from parallax.compare import compare_story, group_stories  # noqa: E402
from parallax.compare.evaluate import GoldError, resolve_gold, score  # noqa: E402
from parallax.ingest import ingest_file, unique_slugs  # noqa: E402
from parallax.model import ArticleAnalysis, Story  # noqa: E402

GOLD_DIR = ROOT / "tests" / "eval" / "alignment"
FLOORS = ROOT / "tests" / "eval" / "floors.yml"
#: The issue's targets: recall of required pairs, share of proposed pairs acceptable.
TARGET_RECALL = 0.9
TARGET_PRECISION = 0.9


def floors() -> tuple[float, float]:
    """(precision, recall) that ``--check`` enforces: the ``alignment`` floors of floors.yml.

    Floors sit a little below the measured scores, so a regression fails the
    tests; the issue's targets are printed beside them, met or not.
    """
    data = yaml.safe_load(FLOORS.read_text(encoding="utf-8")) or {}
    al = data.get("alignment") or {}
    return float(al.get("precision", TARGET_PRECISION)), float(al.get("recall", TARGET_RECALL))


def _analyse(sources: list[str]) -> dict[str, ArticleAnalysis]:
    slugs = unique_slugs(sources)
    out = {}
    for source in sources:
        article, problems = ingest_file(ROOT / source, source=source, slug=slugs[source])
        if article is None:
            raise GoldError(f"{source}: {'; '.join(str(p) for p in problems)}")
        out[source] = analyze(article)
    return out


def evaluate_file(path: Path) -> dict:
    """Analyse, compare and score the story of one gold file."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    sources = sorted(set((gold.get("articles") or {}).values()))
    t0 = time.perf_counter()
    by_source = _analyse(sources)
    t1 = time.perf_counter()
    analyses = {a.article.id: a for a in by_source.values()}
    story = Story(str(gold.get("story") or path.stem), path.stem, sorted(analyses), "gold")
    comparison = compare_story(story, analyses)
    t2 = time.perf_counter()
    grouped = [s.articles for s in group_stories(list(analyses.values()))]
    result = score(resolve_gold(gold, by_source), comparison.pairs).to_dict()
    result.update(
        file=str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
        grouped_together=len(grouped) == 1,
        seconds={"analyse": round(t1 - t0, 3), "compare": round(t2 - t1, 3)},
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__.split("Examples::")[1], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path, help=f"gold files (default: {GOLD_DIR.relative_to(ROOT)}/*.yml)")
    parser.add_argument("--errors", action="store_true", help="list missed, wrong and forbidden pairs")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when total precision or recall falls below its floor in tests/eval/floors.yml"
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    files = [p.resolve() for p in args.files] or sorted(GOLD_DIR.glob("*.yml"))
    if not files:
        print(f"no alignment gold in {GOLD_DIR.relative_to(ROOT)}/ yet: nothing to score")
        return 0
    results = []
    try:
        for path in files:
            results.append(evaluate_file(path))
    except (GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{'alignment gold':48} {'precision':>9} {'recall':>7} {'proposed':>8} {'required':>8}  grouped")
    for r in results:
        print(
            f"{r['file']:48} {r['precision']:9.3f} {r['recall']:7.3f} {r['proposed']:8d} {r['required']:8d}  {'yes' if r['grouped_together'] else 'NO'}"
        )
        if args.errors:
            for kind in ("missed", "wrong", "violations"):
                for item in r[kind]:
                    print(f"    {kind}: {item}")
    proposed = sum(r["proposed"] for r in results)
    correct = sum(r["correct"] for r in results)
    required = sum(r["required"] for r in results)
    found = sum(r["found"] for r in results)
    precision = correct / proposed if proposed else 1.0
    recall = found / required if required else 1.0
    print(f"{'total':48} {precision:9.3f} {recall:7.3f} {proposed:8d} {required:8d}")
    if args.json:
        args.json.write_text(json.dumps({"files": results, "precision": precision, "recall": recall}, indent=2), encoding="utf-8")
    met = precision >= TARGET_PRECISION and recall >= TARGET_RECALL
    print(f"issue targets (precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}): {'met' if met else 'NOT met'}")
    min_precision, min_recall = floors()
    if args.check and (precision < min_precision or recall < min_recall):
        print(f"below floor: precision {precision:.3f} (min {min_precision}), recall {recall:.3f} (min {min_recall})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
