"""Score every annotation layer against the hand-made gold in ``tests/eval/``.

Runs the real pipeline (``ingest_file`` + ``analyze``) on each gold text,
matches predicted spans to gold spans and prints, per layer and split,
precision, recall and F1, plus speaker, canonical-name and source-type
accuracy on matched spans, and false alarms per 500 words for damage flags.
Matching rules are documented in ``tests/eval/README.md``.

Examples::

    .venv/bin/python scripts/evaluate.py                      # every layer, dev+test
    .venv/bin/python scripts/evaluate.py --layer quotes --split dev --errors
    .venv/bin/python scripts/evaluate.py --json eval.json --check   # CI: floors

Exit code: 0 fine, 1 a score fell below ``tests/eval/floors.yml`` (with
``--check``), 2 a gold file or the command line is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

import gold as goldlib  # noqa: E402  (tests/eval/gold.py)
from gold import GoldDoc, GoldError, GoldItem, load_alignment_gold  # noqa: E402

__all__ = ["load_alignment_gold", "match", "score_docs"]

FLOORS = ROOT / "tests" / "eval" / "floors.yml"
#: A predicted quote matches a gold quote when their overlap covers at least
#: this share of the longer of the two (tolerates a stray mark or comma).
QUOTE_MIN_OVERLAP = 0.6
#: Damage flags are often one or two characters wide (a quote mark); a flag
#: this close to a gold artifact of the same kind still counts as touching it.
ARTIFACT_SLACK = 2
#: The rate unit for false alarms, as in the issue's target.
PER_WORDS = 500


@dataclass(frozen=True, slots=True)
class Pred:
    """A predicted span, reduced to what matching needs."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Matching:
    """The one-to-one matching of one layer of one document."""

    pairs: list[tuple[GoldItem, Pred]]
    missed: list[GoldItem]  # required gold with no prediction
    spurious: list[Pred]  # predictions matching no gold
    neutral: list[Pred]  # predictions matching only optional gold: not counted


# --------------------------------------------------------------------------
# matching: pure functions over spans


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def quote_score(g: GoldItem, p: Pred) -> float | None:
    """Overlap share of the longer span, if it reaches QUOTE_MIN_OVERLAP."""
    share = overlap(g.start, g.end, p.start, p.end) / max(g.end - g.start, p.end - p.start)
    return share if share >= QUOTE_MIN_OVERLAP else None


def labelled_overlap_score(g: GoldItem, p: Pred) -> float | None:
    """Entities: any overlap with the same label; closer spans score higher."""
    if g.label != p.label:
        return None
    share = overlap(g.start, g.end, p.start, p.end) / max(g.end - g.start, p.end - p.start)
    return share or None


def source_score(g: GoldItem, p: Pred) -> float | None:
    """Sources: any overlap (name and type are scored separately)."""
    share = overlap(g.start, g.end, p.start, p.end) / max(g.end - g.start, p.end - p.start)
    return share or None


def artifact_score(g: GoldItem, p: Pred) -> float | None:
    """Damage flags: same kind, touching the gold span within ARTIFACT_SLACK."""
    if g.label != p.label:
        return None
    ov = overlap(g.start - ARTIFACT_SLACK, g.end + ARTIFACT_SLACK, p.start, p.end)
    return ov / max(g.end - g.start + 2 * ARTIFACT_SLACK, p.end - p.start) if ov else None


SCORERS: dict[str, Callable[[GoldItem, Pred], float | None]] = {
    "quotes": quote_score,
    "entities": labelled_overlap_score,
    "sources": source_score,
    "artifacts": artifact_score,
}


def match(gold: Sequence[GoldItem], preds: Sequence[Pred], score: Callable[[GoldItem, Pred], float | None]) -> Matching:
    """Match one-to-one, best-scoring pairs first; deterministic on ties.

    Required gold is matched first; left-over predictions that match an
    optional gold item are *neutral* (neither right nor wrong).
    """
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]
    pairs = _greedy(required, list(preds), score)
    used = {id(p) for _, p in pairs}
    rest = [p for p in preds if id(p) not in used]
    neutral_pairs = _greedy(optional, rest, score)
    neutral_ids = {id(p) for _, p in neutral_pairs}
    matched = {id(g) for g, _ in pairs}
    return Matching(
        pairs=sorted(pairs, key=lambda gp: (gp[0].start, gp[0].end)),
        missed=[g for g in required if id(g) not in matched],
        spurious=[p for p in rest if id(p) not in neutral_ids],
        neutral=[p for p in rest if id(p) in neutral_ids],
    )


def _greedy(gold: list[GoldItem], preds: list[Pred], score: Callable[[GoldItem, Pred], float | None]) -> list[tuple[GoldItem, Pred]]:
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            s = score(g, p)
            if s:
                candidates.append((-s, g.start, p.start, gi, pi))
    candidates.sort()
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in candidates:
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        out.append((gold[gi], preds[pi]))
    return out


def same_name(gold: str | list[str] | None, predicted: Any) -> bool:
    """A predicted name against gold: one name or a list of acceptable ones.

    Compared as a reader would: case, spacing, apostrophe style and a leading
    "the" are ignored. Gold ``None`` is right only when nothing is predicted.
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if not isinstance(predicted, str):
        return False
    names = gold if isinstance(gold, list) else [gold]
    return _norm_name(predicted) in {_norm_name(n) for n in names}


def same_type(gold: str | list[str], predicted: Any) -> bool:
    """A source type against gold: one type or a list of acceptable ones."""
    return predicted in (gold if isinstance(gold, list) else [gold])


def _norm_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'")
    name = " ".join(name.casefold().split())
    return name.removeprefix("the ")


# --------------------------------------------------------------------------
# scoring


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, m: Matching) -> None:
        self.tp += len(m.pairs)
        self.fp += len(m.spurious)
        self.fn += len(m.missed)

    def scores(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return {"gold": self.tp + self.fn, "pred": self.tp + self.fp, "tp": self.tp, "precision": p, "recall": r, "f1": f1}


#: Kinds of wrong speaker, counted (never listed) so a blind batch's totals say
#: where attribution fails without showing its text: left unknown where the
#: gold names someone, the wrong person, a name where the gold says unknown.
SPEAKER_ERRORS = ("unknown", "wrong_person", "named_for_unknown")


def _speaker_error(gold: str | list[str] | None, predicted: Any) -> str:
    if predicted is None:
        return "unknown"
    return "named_for_unknown" if gold is None else "wrong_person"


def _ratio(good: int, total: int) -> float | None:
    return good / total if total else None


def preds_for(layer: str, spans: Iterable[Any], doc: GoldDoc) -> list[Pred]:
    """Pipeline spans as :class:`Pred`; entities outside the doc's scored labels are dropped."""
    out = []
    for s in spans:
        label = s.label
        if layer == "artifacts":
            label = s.attrs.get("kind") or s.label
        if layer == "entities" and label not in doc.entity_labels:
            continue
        out.append(Pred(s.start, s.end, label, dict(s.attrs)))
    return out


def score_layer(layer: str, docs: Sequence[tuple[GoldDoc, list[Pred]]]) -> dict[str, Any]:
    """Micro-averaged scores of one layer over (gold doc, predictions) pairs."""
    counts = Counts()
    by_label: dict[str, Counts] = {}
    right = total = 0
    right2 = total2 = 0
    speaker_errors = dict.fromkeys(SPEAKER_ERRORS, 0)
    words = 0
    descriptor = Counts()
    for doc, preds in docs:
        m = match(doc.layer(layer), preds, SCORERS[layer])
        counts.add(m)
        words += goldlib.word_count(doc.raw)
        if layer in ("entities", "artifacts"):
            labels = {g.label for g in doc.layer(layer)} | {p.label for p in preds}
            for label in labels:
                sub = match([g for g in doc.layer(layer) if g.label == label], [p for p in preds if p.label == label], SCORERS[layer])
                by_label.setdefault(label, Counts()).add(sub)
        if layer == "quotes":
            for g, p in m.pairs:
                total += 1
                ok = same_name(g.attrs["speaker"], p.attrs.get("speaker"))
                right += ok
                if not ok:
                    speaker_errors[_speaker_error(g.attrs["speaker"], p.attrs.get("speaker"))] += 1
        elif layer == "entities":
            for g, p in m.pairs:
                total += 1
                right += same_name(g.attrs["canonical"], p.attrs.get("canonical"))
            descriptor.tp += sum(1 for g, _ in m.pairs if g.attrs.get("mention") == "descriptor")
            descriptor.fn += sum(1 for g in m.missed if g.attrs.get("mention") == "descriptor")
        elif layer == "sources":
            for g, p in m.pairs:
                if g.attrs["name"] is not None:
                    total += 1
                    right += same_name(g.attrs["name"], p.attrs.get("name"))
                total2 += 1
                right2 += same_type(g.attrs["type"], p.attrs.get("type"))
    out = counts.scores()
    if layer == "quotes":
        out["speaker_accuracy"] = _ratio(right, total)
        out["speaker_errors"] = speaker_errors
    elif layer == "entities":
        out["canonical_accuracy"] = _ratio(right, total)
        out["descriptor_recall"] = descriptor.scores()["recall"]
    elif layer == "sources":
        out["name_accuracy"] = _ratio(right, total)
        out["type_accuracy"] = _ratio(right2, total2)
    elif layer == "artifacts":
        out["false_alarms_per_500_words"] = counts.fp * PER_WORDS / words if words else None
        out["words"] = words
    if by_label:
        out["by_label"] = {k: v.scores() for k, v in sorted(by_label.items())}
    return out


def score_docs(results: Sequence[tuple[GoldDoc, dict[str, list[Any]]]], layers: Sequence[str], splits: Sequence[str]) -> dict[str, Any]:
    """Scores per layer and split; ``results`` pairs each gold doc with its layers' spans."""
    out: dict[str, Any] = {}
    for layer in layers:
        out[layer] = {}
        for split in splits:
            chosen = [(doc, preds_for(layer, spans.get(layer, []), doc)) for doc, spans in results if split in ("all", doc.split)]
            if chosen:
                out[layer][split] = score_layer(layer, chosen)
    return out


# --------------------------------------------------------------------------
# running the pipeline


def run_pipeline(docs: Sequence[GoldDoc]) -> tuple[list[tuple[GoldDoc, dict[str, list[Any]]]], dict[str, Any]]:
    """Ingest and analyse every gold text; returns spans per layer and timings."""
    from parallax import nlp
    from parallax.analysis import analyze
    from parallax.ingest import ingest_file

    t0 = time.perf_counter()
    nlp.nlp()
    load = time.perf_counter() - t0
    results = []
    seconds = 0.0
    words = 0
    for doc in docs:
        article, problems = ingest_file(ROOT / doc.source, source=doc.source, slug=doc.name)
        if article is None:
            raise GoldError(f"{doc.source}: the pipeline cannot ingest it: {problems}")
        if article.raw != doc.raw:
            raise GoldError(f"{doc.source}: ingest decoded a different raw text than the gold loader")
        t = time.perf_counter()
        analysis = analyze(article)
        seconds += time.perf_counter() - t
        words += analysis.word_count
        results.append((doc, analysis.layers))
    timing = {"model_load_seconds": round(load, 3), "analyze_seconds": round(seconds, 3), "words": words}
    timing["words_per_second"] = round(words / seconds) if seconds else None
    return results, timing


# --------------------------------------------------------------------------
# output


def _fmt(x: Any) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


_EXTRA = {
    "quotes": ("speaker_accuracy",),
    "entities": ("canonical_accuracy", "descriptor_recall"),
    "sources": ("name_accuracy", "type_accuracy"),
    "artifacts": ("false_alarms_per_500_words",),
}


def table(scores: dict[str, Any]) -> str:
    """The plain-text report: one block per layer, one row per split (and label)."""
    lines = []
    for layer, per_split in scores.items():
        extra = _EXTRA[layer]
        head = ["", "gold", "pred", "tp", "P", "R", "F1", *extra]
        rows = []
        for split, s in per_split.items():
            rows.append(
                [split, *(_fmt(s[k]) for k in ("gold", "pred", "tp", "precision", "recall", "f1")), *(_fmt(s.get(k)) for k in extra)]
            )
        if "all" in per_split and "by_label" in per_split["all"]:
            for label, s in per_split["all"]["by_label"].items():
                rows.append(
                    [f"  {label}", *(_fmt(s[k]) for k in ("gold", "pred", "tp", "precision", "recall", "f1")), *([""] * len(extra))]
                )
        widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
        lines.append(f"== {layer}")
        for r in [head, *rows]:
            lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))))
        errs = per_split.get("all", {}).get("speaker_errors")
        if errs:
            lines.append("speaker wrong: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in errs.items()))
        lines.append("")
    return "\n".join(lines)


def errors_report(results: Sequence[tuple[GoldDoc, dict[str, list[Any]]]], layers: Sequence[str]) -> str:
    """Misses, spurious spans and wrong attributes, per document (to tune on dev)."""
    out = []
    for doc, spans in results:
        for layer in layers:
            preds = preds_for(layer, spans.get(layer, []), doc)
            m = match(doc.layer(layer), preds, SCORERS[layer])
            lines = [f"  missed  {g.label or layer:<16} {g.text[:70]!r}" for g in m.missed]
            lines += [f"  spurious {p.label:<15} {doc.raw[p.start : p.end][:70]!r}" for p in m.spurious]
            for g, p in m.pairs:
                wrong = _wrong_attr(layer, g, p)
                if wrong:
                    lines.append(f"  wrong   {wrong:<16} {g.text[:50]!r}: gold {g.attrs.get(wrong)!r}, got {p.attrs.get(wrong)!r}")
            if lines:
                out.append(f"-- {doc.name} [{layer}]")
                out.extend(lines)
    return "\n".join(out)


#: The attribute each layer's matched spans are checked on (besides type).
_ATTR = {"quotes": "speaker", "entities": "canonical", "sources": "name"}


def _wrong_attr(layer: str, g: GoldItem, p: Pred) -> str | None:
    """The attribute a matched prediction gets wrong, if any."""
    attr = _ATTR.get(layer)
    if attr and not (layer == "sources" and g.attrs[attr] is None) and not same_name(g.attrs[attr], p.attrs.get(attr)):
        return attr
    if layer == "sources" and not same_type(g.attrs["type"], p.attrs.get("type")):
        return "type"
    return None


# --------------------------------------------------------------------------
# floors


def check_floors(scores: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Every floor broken, as readable lines; names ending in ``_max`` are ceilings.

    Floors apply to the ``all`` split. A score that cannot be computed (no
    prediction at all) fails any floor above zero.
    """
    failures = []
    for layer, limits in (floors or {}).items():
        if layer not in scores or "all" not in scores[layer]:
            continue
        got = scores[layer]["all"]
        for name, limit in (limits or {}).items():
            key = name.removesuffix("_max")
            value = got.get(key)
            if name.endswith("_max"):
                if value is not None and value > limit:
                    failures.append(f"{layer}.{key} = {_fmt(value)} is above the ceiling {limit}")
            elif (value is None and limit > 0) or (value is not None and value < limit):
                failures.append(f"{layer}.{key} = {_fmt(value)} is below the floor {limit}")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog="example: scripts/evaluate.py --layer quotes --split dev --errors"
    )
    parser.add_argument("--layer", action="append", choices=goldlib.LAYERS, help="score only this layer (repeatable)")
    parser.add_argument("--split", choices=("all", *goldlib.SPLITS), help="score only this split (default: all, dev and test)")
    parser.add_argument("--gold", type=Path, default=goldlib.GOLD_DIR, help="directory of gold files")
    parser.add_argument("--doc", action="append", help="only the gold file with this name (repeatable)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the scores as JSON to PATH")
    parser.add_argument("--check", action="store_true", help="exit 1 when a score is below tests/eval/floors.yml")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file for --check")
    parser.add_argument("--errors", action="store_true", help="list misses and spurious spans (dev texts only unless --split test)")
    args = parser.parse_args(argv)

    layers = args.layer or list(goldlib.LAYERS)
    splits = [args.split] if args.split else ["all", *goldlib.SPLITS]
    try:
        docs = goldlib.load_gold_dir(args.gold)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.doc:
        docs = [d for d in docs if d.name in args.doc]
    if args.split in goldlib.SPLITS:
        docs = [d for d in docs if d.split == args.split]
    if not docs:
        print("error: no gold file selected", file=sys.stderr)
        return 2
    try:
        results, timing = run_pipeline(docs)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = score_docs(results, layers, splits)
    print(
        f"{len(docs)} gold texts ({', '.join(f'{s}: {sum(d.split == s for d in docs)}' for s in goldlib.SPLITS)}), {timing['words']} words"
    )
    print(f"analyze: {timing['analyze_seconds']} s, {timing['words_per_second']} words/s (model load {timing['model_load_seconds']} s)\n")
    print(table(scores))
    if args.errors:
        shown = [(d, s) for d, s in results if d.split == "dev" or args.split == "test"]
        print(errors_report(shown, layers))
    failures = []
    if args.check:
        floors = yaml.safe_load(args.floors.read_text(encoding="utf-8")) or {}
        failures = check_floors(scores, floors)
        for line in failures:
            print(f"below floor: {line}", file=sys.stderr)
    if args.json:
        payload = {"scores": scores, "timing": timing, "docs": [{"name": d.name, "source": d.source, "split": d.split} for d in docs]}
        payload["floors_failed"] = failures
        args.json.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
