"""Coverage: which outlet reports which fact, what only one outlet has, and a summary.

Built from the aligned pairs of a story. Only ``same-quote`` and ``same-fact``
pairs count as "reported by both": a ``related`` pair is about the same topic
but makes a different claim, so its sentences stay exclusive.

* :func:`exclusive` — per article, the sentences no other article reports;
* :func:`matrix` — facts/statements as rows (connected groups of aligned
  sentences, plus every exclusive sentence as its own row), articles as
  columns, cells listing the passages that report the row;
* :func:`summary` — counts of shared / partly shared / exclusive sentences per
  article and its most notable exclusive sentences.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Pair
from .features import SentenceFeatures, words

#: Relations that mean "the other article reports this too".
SHARED_RELATIONS = frozenset({"same-quote", "same-fact"})
#: Longest matrix row label, in characters (cut at a word, with "…").
LABEL_CHARS = 110
#: How many notable exclusive sentences the summary names per article.
NOTABLE = 3
#: Relation strength, for a row's strongest relation.
_RANK = {"same-quote": 2, "same-fact": 1}

Ref = tuple[str, str]


def counterparts(pairs: list[Pair]) -> dict[Ref, set[Ref]]:
    """Each passage → the passages of other articles that report the same thing."""
    out: dict[Ref, set[Ref]] = defaultdict(set)
    for p in pairs:
        if p.relation in SHARED_RELATIONS:
            a, b = (p.a.article, p.a.passage), (p.b.article, p.b.passage)
            out[a].add(b)
            out[b].add(a)
    return out


def exclusive(features: dict[str, list[SentenceFeatures]], pairs: list[Pair]) -> dict[str, list[str]]:
    """Per article (in the given order), body sentences with no shared counterpart."""
    links = counterparts(pairs)
    return {aid: [f.id for f in fs if not links.get((aid, f.id))] for aid, fs in features.items()}


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:–-") + "…"


def _groups(features: dict[str, list[SentenceFeatures]], pairs: list[Pair]) -> list[list[Ref]]:
    parent: dict[Ref, Ref] = {(aid, f.id): (aid, f.id) for aid, fs in features.items() for f in fs}

    def find(r: Ref) -> Ref:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    for p in pairs:
        a, b = (p.a.article, p.a.passage), (p.b.article, p.b.passage)
        if p.relation in SHARED_RELATIONS and a in parent and b in parent:
            ra, rb = sorted((find(a), find(b)))
            parent[rb] = ra
    groups: dict[Ref, list[Ref]] = defaultdict(list)
    for r in parent:
        groups[find(r)].append(r)
    return list(groups.values())


def matrix(features: dict[str, list[SentenceFeatures]], pairs: list[Pair]) -> list[dict[str, Any]]:
    """Rows of the coverage matrix, in reading order of the story.

    A row's position is the mean relative position (0 = top, 1 = bottom) of
    its sentences in their articles, so exclusive sentences of every outlet
    fall between the shared facts near which they were written.
    """
    order = list(features)
    feat = {(aid, f.id): f for aid, fs in features.items() for f in fs}
    size = {aid: max(len(fs), 1) for aid, fs in features.items()}
    best: dict[Ref, int] = defaultdict(int)
    for p in pairs:
        for r in ((p.a.article, p.a.passage), (p.b.article, p.b.passage)):
            best[r] = max(best[r], _RANK.get(p.relation, 0))
    rows = []
    for members in _groups(features, pairs):
        members.sort(key=lambda r: (order.index(r[0]), feat[r].index))
        pos = sum(feat[r].index / size[r[0]] for r in members) / len(members)
        cells = {aid: [feat[r].id for r in members if r[0] == aid] for aid in order}
        shared_by = sum(1 for v in cells.values() if v)
        rank = max(best[r] for r in members) if shared_by > 1 else 0
        relation = {2: "same-quote", 1: "same-fact"}.get(rank, "exclusive")
        rows.append(
            {
                "label": shorten(_central(members, feat).passage.text),
                "cells": {aid: ids for aid, ids in cells.items() if ids},
                "relation": relation,
                "shared_by": shared_by,
                "_key": (round(pos, 6), order.index(members[0][0]), feat[members[0]].index),
            }
        )
    rows.sort(key=lambda r: r.pop("_key"))
    return [{"id": f"r{n}", **row} for n, row in enumerate(rows, start=1)]


def _central(members: list[Ref], feat: dict[Ref, SentenceFeatures]) -> SentenceFeatures:
    """The member sharing the most lemmas with the others (first on ties): the best label."""
    if len(members) == 1:
        return feat[members[0]]

    def overlap(r: Ref) -> int:
        mine = set(feat[r].lemmas)
        return sum(len(mine & set(feat[o].lemmas)) for o in members if o != r)

    return feat[max(members, key=lambda r: (overlap(r), -members.index(r)))]


def notability(f: SentenceFeatures) -> float:
    """How much a sentence says: words, plus names and numbers (they carry facts)."""
    return len(words(f.passage.text)) + 3 * len(f.names) + 2 * len(f.numbers)


def summary(features: dict[str, list[SentenceFeatures]], pairs: list[Pair]) -> dict[str, Any]:
    """Per article: shared / partly shared / exclusive counts and notable exclusives.

    *Shared*: reported by every other article of the story; *partly shared*:
    by some but not all (only possible with three or more articles);
    *exclusive*: by none.
    """
    links = counterparts(pairs)
    others = len(features) - 1
    out: dict[str, Any] = {}
    for aid, fs in features.items():
        counts = {"sentences": len(fs), "shared": 0, "partly": 0, "exclusive": 0}
        alone = []
        for f in fs:
            n = len({a for a, _ in links.get((aid, f.id), ())})
            if n == 0:
                counts["exclusive"] += 1
                alone.append(f)
            elif n >= others:
                counts["shared"] += 1
            else:
                counts["partly"] += 1
        alone.sort(key=lambda f: (-notability(f), f.index))
        notable = [{"passage": f.id, "text": shorten(f.passage.text, 200)} for f in alone[:NOTABLE]]
        out[aid] = {**counts, "notable": notable}
    return out
