"""Score a proposed alignment against a hand-made one: precision and recall.

A gold alignment file (``tests/eval/alignment/<story>.yml``) names its
articles by short labels and refers to sentences by distinctive substrings of
the raw text, so it survives changes to passage numbering::

    story: seeds
    articles:            # alias -> path of the raw text
      A: seeds/000_x.txt
      B: seeds/002_y.txt
    required:            # pairs a good alignment must propose
      - {A: "the best ever", B: "are the “best ever”", relation: same-quote}
    acceptable:          # pairs that are fine to propose, not required
      - {A: "held by videoconference", B: "During a video call"}
    must_not:            # pairs that must not be proposed
      - {A: "the supply of energy carriers", B: "The call lasted"}
    unaligned:           # (extension) sentences that must not be aligned at all
      A: ["the supply of energy carriers"]

This is the format of the evaluation engineer's ``tests/eval/gold.py``
(``relation`` and ``note`` are optional per pair); ``unaligned`` is an
extension for sentences that no pair may touch. A substring may be given as
``{text: "...", occurrence: 2}`` when it occurs more than once (1-based).
Each substring resolves to the body sentence that contains its first
character.

Recall is the share of required pairs proposed. Precision is the share of
proposed pairs that are required or acceptable. A proposed pair that is a
``must_not`` pair or touches an ``unaligned`` sentence is never acceptable
and is listed as a violation. Only pairs between articles named in the gold
file are counted. Where gold pairs give a ``relation``, the share of found
pairs whose proposed relation agrees is reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import ArticleAnalysis

Ref = tuple[str, str]  # (article id, passage id)
Key = frozenset[Ref]


class GoldError(ValueError):
    """A gold file that does not match its texts (names the substring)."""


@dataclass(slots=True)
class Gold:
    articles: dict[str, str]  # label -> article id
    required: set[Key] = field(default_factory=set)
    acceptable: set[Key] = field(default_factory=set)
    must_not: set[Key] = field(default_factory=set)
    unaligned: set[Ref] = field(default_factory=set)
    relations: dict[Key, str] = field(default_factory=dict)  # gold relation, where given
    names: dict[Key, str] = field(default_factory=dict)  # readable form for reports


@dataclass(slots=True)
class Score:
    proposed: int
    correct: int
    required: int
    found: int
    missed: list[str]
    wrong: list[str]
    violations: list[str]
    relation_checked: int = 0
    relation_agreed: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "proposed": self.proposed,
            "correct": self.correct,
            "required": self.required,
            "found": self.found,
            "missed": self.missed,
            "wrong": self.wrong,
            "violations": self.violations,
            "relation_agreement": round(self.relation_agreed / self.relation_checked, 4) if self.relation_checked else None,
        }


def _locate(analysis: ArticleAnalysis, spec: Any) -> str:
    text, occurrence = (spec.get("text"), int(spec.get("occurrence", 1))) if isinstance(spec, dict) else (spec, 1)
    raw = analysis.article.raw
    pos = -1
    for _ in range(occurrence):
        pos = raw.find(text, pos + 1)
        if pos < 0:
            raise GoldError(f"{analysis.article.source}: substring not found (occurrence {occurrence}): {text!r}")
    for p in analysis.passages:
        if p.kind == "sentence" and not p.boilerplate and p.start <= pos < p.end:
            return p.id or p.key
    raise GoldError(f"{analysis.article.source}: substring is not inside a body sentence: {text!r}")


def resolve_gold(gold: dict[str, Any], by_source: dict[str, ArticleAnalysis]) -> Gold:
    """Turn a parsed gold file into passage references. Raises :class:`GoldError`."""
    labels: dict[str, ArticleAnalysis] = {}
    for label, source in (gold.get("articles") or {}).items():
        if source not in by_source:
            raise GoldError(f"gold names an article that was not analysed: {source}")
        labels[label] = by_source[source]
    out = Gold({label: a.article.id for label, a in labels.items()})
    for section in ("required", "acceptable", "must_not"):
        for entry in gold.get(section) or []:
            sides = [k for k in entry if k not in ("relation", "note")]
            if len(sides) != 2 or any(k not in labels for k in sides):
                raise GoldError(f"{section}: each pair names exactly two known articles: {entry!r}")
            refs = [(labels[k].article.id, _locate(labels[k], entry[k])) for k in sides]
            key = frozenset(refs)
            getattr(out, section).add(key)
            out.names[key] = " ↔ ".join(f"{k}:{r[1]}" for k, r in zip(sides, refs, strict=True))
            if entry.get("relation") and section == "required":
                out.relations[key] = str(entry["relation"])
    for label, specs in (gold.get("unaligned") or {}).items():
        for spec in specs or []:
            out.unaligned.add((labels[label].article.id, _locate(labels[label], spec)))
    out.acceptable -= out.required
    return out


def _key(pair: Any) -> Key:
    d = pair.to_dict() if hasattr(pair, "to_dict") else pair
    return frozenset({(d["a"]["article"], d["a"]["passage"]), (d["b"]["article"], d["b"]["passage"])})


def _relation(pair: Any) -> str:
    return pair.relation if hasattr(pair, "relation") else pair["relation"]


def score(gold: Gold, pairs: list[Any]) -> Score:
    """Precision/recall of ``pairs`` (``Pair`` objects or exported dicts) against ``gold``."""
    ids = set(gold.articles.values())
    relations = {_key(p): _relation(p) for p in pairs}
    proposed = sorted({k for k in relations if {a for a, _ in k} <= ids and len({a for a, _ in k}) == 2}, key=sorted)
    ok = gold.required | gold.acceptable
    correct, wrong, violations = 0, [], []
    for k in proposed:
        readable = " ↔ ".join(f"{a}:{p}" for a, p in sorted(k))
        bad = k in gold.must_not or bool(k & gold.unaligned)
        if bad:
            violations.append(readable)
        if k in ok and not bad:
            correct += 1
        else:
            wrong.append(readable)
    found = [k for k in gold.required if k in relations]
    missed = sorted(gold.names[k] for k in gold.required - set(proposed))
    checked = [k for k in found if k in gold.relations]
    agreed = sum(1 for k in checked if relations[k] == gold.relations[k])
    return Score(len(proposed), correct, len(gold.required), len(found), missed, wrong, violations, len(checked), agreed)
