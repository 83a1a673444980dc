"""Framing: the words one outlet uses distinctively, and the evaluative terms each uses.

**Distinctive words.** For each article, every content lemma gets a z-score
from the *log-odds ratio with an informative Dirichlet prior* (Monroe,
Colaresi & Quinn, "Fightin' Words", Political Analysis 2008), comparing the
article with the other articles of the story pooled:

    δ(w) = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w))
    z(w) = δ(w) / sqrt(1 / (y_i + α_w) + 1 / (y_j + α_w))

where y_i, y_j count the word in the article and in the others, n_i, n_j
their total content words, and the prior α_w = α0 · (pooled frequency of w)
shrinks rare words towards "no difference", so a word used once is not
called distinctive just because the other outlet never used it. A z of 1.96
or more is conventionally "significant"; with news-length texts few words get
there, so the page lists the top words by z and marks the strong ones.

**Evaluative terms** come from ``parallax/data/evaluative_terms.yml``: a
hand-made lexicon of judgement-laden words ("war of aggression",
"provocation", "regime"), matched on whole words in body sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from typing import Any

from ..data import load_yaml
from .features import SentenceFeatures

#: Size of the Dirichlet prior, in pseudo-words (how strongly counts are
#: shrunk towards the story's pooled frequencies).
ALPHA0 = 100.0
#: How many distinctive words to list per article.
TOP_TERMS = 12
#: Lowest z-score listed at all, and the one marked as strong evidence.
Z_LIST = 1.0
Z_STRONG = 1.96

_ALNUM = re.compile(r"[a-z]")


def _counts(fs: list[SentenceFeatures]) -> Counter[str]:
    # Raw lemmas, not translation-variant groups: the word choice is the point.
    return Counter(lemma for f in fs for lemma in f.passage.lemmas if _ALNUM.search(lemma))


def log_odds(mine: Counter[str], rest: Counter[str], *, alpha0: float = ALPHA0) -> dict[str, float]:
    """z-scores of the log-odds ratio, informative Dirichlet prior (see module doc)."""
    pooled = mine + rest
    total = sum(pooled.values())
    ni, nj = sum(mine.values()), sum(rest.values())
    out = {}
    for w, c in pooled.items():
        a = alpha0 * c / total
        yi, yj = mine[w], rest[w]
        delta = math.log((yi + a) / (ni + alpha0 - yi - a)) - math.log((yj + a) / (nj + alpha0 - yj - a))
        out[w] = delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))
    return out


def distinctive_terms(features: dict[str, list[SentenceFeatures]]) -> dict[str, list[dict[str, Any]]]:
    """Per article: its most distinctive lemmas vs the rest of the story, strongest first."""
    counts = {aid: _counts(fs) for aid, fs in features.items()}
    out: dict[str, list[dict[str, Any]]] = {}
    for aid, fs in features.items():
        rest: Counter[str] = Counter()
        for other, c in counts.items():
            if other != aid:
                rest.update(c)
        z = log_odds(counts[aid], rest)
        top = sorted((w for w in counts[aid] if z[w] >= Z_LIST), key=lambda w: (-z[w], w))[:TOP_TERMS]
        out[aid] = [
            {
                "term": w,
                "z": round(z[w], 3),
                "strong": z[w] >= Z_STRONG,
                "count": counts[aid][w],
                "others": rest[w],
                "passages": [f.id for f in fs if w in f.passage.lemmas],
            }
            for w in top
        ]
    return out


@cache
def _lexicon() -> tuple[list[dict[str, str]], re.Pattern[str]]:
    """The lexicon entries and one pattern matching any of them (group ``t<i>`` = entry i).

    Alternatives are tried longest term first, so at any position "war of
    aggression" wins over "aggression"; matches never overlap.
    """
    entries = sorted(
        (
            {"term": str(e["term"]).lower(), "category": str(e["category"]), "note": str(e.get("note", ""))}
            for e in load_yaml("evaluative_terms.yml")["terms"]
        ),
        key=lambda e: (-len(e["term"]), e["term"]),
    )
    alternatives = []
    for i, e in enumerate(entries):
        parts = [re.escape(p) for p in re.split(r"[\s-]+", e["term"])]
        parts[-1] += r"(?:s|es|ed|d|ing)?"
        alternatives.append(f"(?P<t{i}>" + r"[\s-]+".join(parts) + ")")
    return entries, re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def evaluative_terms(features: dict[str, list[SentenceFeatures]]) -> dict[str, list[dict[str, Any]]]:
    """Per article: lexicon terms found in body sentences, each with its matches (offsets, passage)."""
    entries, pattern = _lexicon()
    out: dict[str, list[dict[str, Any]]] = {}
    for aid, fs in features.items():
        found: dict[str, dict[str, Any]] = {}
        for f in fs:
            for m in pattern.finditer(f.passage.text):
                e = entries[int(str(m.lastgroup)[1:])]
                start = f.passage.start + m.start()
                entry = found.setdefault(e["term"], {**e, "matches": []})
                entry["matches"].append({"passage": f.id, "start": start, "end": start + len(m.group()), "text": m.group()})
        out[aid] = sorted(found.values(), key=lambda e: (e["matches"][0]["start"], e["term"]))
    return out


def evaluative_table(found: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Cross-outlet view: each term with its category and how often each article uses it."""
    rows: dict[str, dict[str, Any]] = {}
    for aid, entries in found.items():
        for e in entries:
            row = rows.setdefault(e["term"], {"term": e["term"], "category": e["category"], "counts": {}})
            row["counts"][aid] = len(e["matches"])
    return sorted(rows.values(), key=lambda r: (r["category"], r["term"]))
