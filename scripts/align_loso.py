"""Leave-one-story-out test of a learned pair scorer for the sentence aligner (issue 4).

The aligner's rules and thresholds (``parallax/compare/align.py``) were
written on the stories they are scored on; each story scored blind before
anyone tuned on it found 0.70-0.84 of its required pairs. This script asks
whether a small model fitted on the other stories does better on the story
left out:

1. every sentence pair the aligner scores within a gold story (every two
   articles, every two body sentences) gets a vector of the signals
   ``align.py`` already computes (:data:`FEATURES`); its label is 1 for a
   required pair, 0 for a must-not, unaligned or unlisted one; acceptable
   pairs are left out of training (and score as acceptable);
2. an L2-regularised logistic regression (:func:`fit`, Newton steps in
   numpy, deterministic) is fitted on 7 gold stories and its probabilities
   on the 8th turned into pairs with the aligner's selection shape
   (:func:`select`: each sentence's best counterpart from a threshold, plus
   near-best ones, plus any pair above a high threshold); the threshold and
   near-best ratio are chosen on the 7 training stories' own out-of-fold
   probabilities (an inner leave-one-out), never on the 8th;
3. reported per story and pooled: the rules (in-sample), the model alone,
   the rules plus the model's extra pairs above a high probability, and the
   rules with their thresholds re-chosen on 7 stories.

Examples::

    .venv/bin/python scripts/align_loso.py                      # the 8 evaluation stories
    .venv/bin/python scripts/align_loso.py --no-paraphrases     # paraphrases.yml emptied (unseen vocabulary)
    .venv/bin/python scripts/align_loso.py --cache /tmp/loso    # keep the analyses between runs

Today's signals were written on all the gold stories, so leaving one out
still scores it with words and rules fitted to it. A blind score is
replayed with the code of its day: extract the tree of the commit before
the story's fixes (``git archive 83acaf0 | tar -x -C DIR``), add the
story's gold and texts and this script to it, run the script from ``DIR``
and read the story's rows. 83acaf0 (tyre-depot-fire) and 0084e70
(cable-car-stranded) run it as it is; 311c3c8 (museum-theft) has no
``sq_norm`` nor ``claims`` yet: call ``weighted_cosine`` without norms and
set the ``claims`` feature to 1. Figures: the end of ``align.py``'s
docstring.

Nothing here is used by the build: an experiment (the learned scorer was
not adopted), kept to be re-run when the gold grows.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parallax.analysis import analyze  # noqa: E402
from parallax.compare import align as al  # noqa: E402
from parallax.compare import features as fe  # noqa: E402
from parallax.compare.evaluate import Gold, resolve_gold  # noqa: E402
from parallax.ingest import ingest_file, unique_slugs  # noqa: E402
from parallax.model import ArticleAnalysis  # noqa: E402

GOLD_DIR = ROOT / "tests" / "eval" / "alignment"
FIXTURES = ROOT / "tests" / "fixtures" / "align"

Ref = tuple[str, str]
Key = frozenset[Ref]

#: One candidate's signals, in this order (counts capped: a fourth shared name adds nothing).
FEATURES = (
    "terms",  # IDF-weighted cosine of the two sentences' terms
    "quote",  # best quote similarity (same or unknown speaker)
    "score",  # the aligner's combined score (quote boost, polarity factor)
    "contrary",  # polarity, antonym or dimension conflict (the aligner's guard)
    "polarity",  # one denies, the other affirms
    "antonym",  # opposite predicates (antonyms.yml)
    "dimension",  # one figure, two dimensions
    "figures",  # conflicting figures of one unit
    "names",  # shared names (capped at 3)
    "numbers",  # shared numbers (capped at 3)
    "quantities",  # shared quantities (capped at 2)
    "times",  # shared clock times (capped at 2)
    "evidence",  # distinct shared things (capped at 5)
    "claims",  # shares more than setting, people and attribution
    "ledes",  # both are their article's first body sentence
    "clause",  # best clause-level cosine (a clause against a sentence or clause)
    "clause_link",  # the aligner's clause link
    "bridge",  # best min(score(a, m), score(m, c)) over sentences m of a third article
    "pos_a",  # relative position in its article (0 first, 1 last)
    "pos_b",
    "pos_gap",  # |pos_a - pos_b|
    "length",  # shorter / longer term count
    "best_a",  # b is a's best counterpart in b's article
    "best_b",  # a is b's best counterpart
    "mutual",  # both
    "share_a",  # score / a's best score
    "share_b",  # score / b's best score
    "rank_a",  # 1 / (1 + rank of b among a's candidates)
    "rank_b",
)


@dataclass
class Story:
    """One gold story, analysed: its articles' features, the aligner's pairs and every candidate."""

    name: str
    gold: Gold
    articles: list[list[fe.SentenceFeatures]]
    idf: dict[str, float]
    rules: set[Key] = field(default_factory=set)
    keys: list[Key] = field(default_factory=list)
    grids: list[tuple[int, int, int]] = field(default_factory=list)  # (article pair, i, j) per candidate
    x: np.ndarray | None = None
    label: np.ndarray | None = None  # 1 required, 0 wrong, -1 acceptable
    _sides: list[list[int]] | None = None

    def sides(self) -> list[list[int]]:
        """Candidates grouped by sentence and by the other article: each group is one sentence's choice."""
        if self._sides is None:
            by: dict[tuple[int, int, int], list[int]] = {}
            for c, (g, i, j) in enumerate(self.grids):
                by.setdefault((g, 0, i), []).append(c)
                by.setdefault((g, 1, j), []).append(c)
            self._sides = list(by.values())
        return self._sides


def _analyse(sources: list[str], cache: Path | None) -> dict[str, ArticleAnalysis]:
    slugs = unique_slugs(sources)
    out = {}
    for source in sources:
        hit = cache / (source.replace("/", "__") + ".pickle") if cache else None
        if hit and hit.exists():
            out[source] = pickle.loads(hit.read_bytes())
            continue
        article, problems = ingest_file(ROOT / source, source=source, slug=slugs[source])
        if article is None:
            raise SystemExit(f"{source}: {problems}")
        out[source] = analyze(article)
        if hit:
            hit.write_bytes(pickle.dumps(out[source]))
    return out


def load(path: Path, cache: Path | None) -> Story:
    """Analyse one gold story as ``compare_story`` does and compute its candidates."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_source = _analyse(sorted(set(spec["articles"].values())), cache)
    analyses = {a.article.id: a for a in by_source.values()}
    ids = sorted(analyses)
    feats = [fe.sentence_features(analyses[a]) for a in ids]
    idf = al.idf_weights(al.terms(f) for fs in feats for f in fs)
    story = Story(path.stem, resolve_gold(spec, by_source), feats, idf)
    story.rules = {_key(p.a.article, p.a.passage, p.b.article, p.b.passage) for p in al.align_story(feats, idf=idf)}
    candidates(story)
    return story


def _key(a: str, pa: str, b: str, pb: str) -> Key:
    return frozenset({(a, pa), (b, pb)})


def category(gold: Gold, k: Key) -> int:
    """1 required, -1 acceptable, 0 anything else (scored as evaluate.score does)."""
    if k in gold.must_not or k & gold.unaligned:
        return 0
    if k in gold.required:
        return 1
    return -1 if k in gold.acceptable else 0


def candidates(story: Story) -> None:
    """Fill ``story.keys``, ``grids``, ``x`` and ``label``: every sentence pair of every two articles."""
    arts = story.articles
    idf = story.idf
    grids: dict[tuple[int, int], list[list[al.Scored]]] = {}
    rows: list[dict[str, float]] = []
    keys: list[Key] = []
    where: list[tuple[int, int, int]] = []
    pairs = [(n, m) for n in range(len(arts)) for m in range(n + 1, len(arts))]
    per_pair = {}
    for n, m in pairs:
        xs, ys = arts[n], arts[m]
        tx, ty = [al.terms(x) for x in xs], [al.terms(y) for y in ys]
        if respell := al.spellings(tx, ty):
            ty = [{respell.get(t, t) for t in ts} for ts in ty]
        nx, ny = [al.sq_norm(t, idf) for t in tx], [al.sq_norm(t, idf) for t in ty]
        grid = [
            [al.score_pair(x, y, idf, terms_a=tx[i], terms_b=ty[j], norm_a=nx[i], norm_b=ny[j]) for j, y in enumerate(ys)]
            for i, x in enumerate(xs)
        ]
        grids[(n, m)] = grid
        ux = [al.units(x, t) for t, x in zip(tx, xs, strict=True)]
        uy = [al.units(y, t, respell) for t, y in zip(ty, ys, strict=True)]
        known = {t[1:] for ts in (*tx, *ty) for t in ts if t.startswith("=")}
        linked = al.clause_links(ux, uy, grid, idf, known)
        per_pair[(n, m)] = (tx, ty, ux, uy, known, linked)

    def score(n: int, i: int, m: int, j: int) -> float:
        return grids[(n, m)][i][j].score if n < m else grids[(m, n)][j][i].score

    people = {"=" + fe.fold(p) for fs in arts for f in fs for p in f.people}
    frame = al.setting_terms(p for fs in arts for f in fs for p in f.places) | al.name_terms(p for fs in arts for f in fs for p in f.people)
    for n, m in pairs:
        xs, ys = arts[n], arts[m]
        grid = grids[(n, m)]
        tx, ty, ux, uy, known, linked = per_pair[(n, m)]
        thirds = [k for k in range(len(arts)) if k not in (n, m)]
        row_best = [max((s.score for s in row), default=0.0) for row in grid]
        col_best = [max((grid[i][j].score for i in range(len(xs))), default=0.0) for j in range(len(ys))]
        row_rank = [_ranks([s.score for s in row]) for row in grid]
        col_rank = [_ranks([grid[i][j].score for i in range(len(xs))]) for j in range(len(ys))]
        norm = {id(u[0]): al.sq_norm(u[0], idf) for us in (*ux, *uy) for u in us}
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                s = grid[i][j]
                shared = tx[i] & ty[j]
                clause = max(
                    (
                        0.0
                        if fe.conflicting(a[1], b[1], a[2], b[2])
                        else al.weighted_cosine(a[0], b[0], idf, norm[id(a[0])], norm[id(b[0])])
                        for ka, a in enumerate(ux[i])
                        for kb, b in enumerate(uy[j])
                        if ka or kb
                    ),
                    default=0.0,
                )
                bridge = max(
                    (min(score(n, i, k, c), score(m, j, k, c)) for k in thirds for c in range(len(arts[k]))),
                    default=0.0,
                )
                pa = x.index / max(1, len(xs) - 1)
                pb = y.index / max(1, len(ys) - 1)
                rows.append(
                    {
                        "terms": s.lexical,
                        "quote": s.quote,
                        "score": s.score,
                        "contrary": float(s.contrary),
                        "polarity": float({x.polarity, y.polarity} == {"affirmative", "negative"}),
                        "antonym": float(fe.opposed(x.lemmas, y.lemmas, x.denied, y.denied)),
                        "dimension": float(fe.conflicting(set(), set(), x.dimensions, y.dimensions)),
                        "figures": float(fe.conflicting(x.quantities, y.quantities)),
                        "names": min(3, sum(t.startswith("=") for t in shared)),
                        "numbers": min(3, sum(t.startswith("#") for t in shared)),
                        "quantities": min(2, len(s.quantities)),
                        "times": min(2, sum(t.startswith("@") for t in shared)),
                        "evidence": min(5, al.evidence(shared, known)),
                        "claims": float(al.claims(shared, frame) or len(shared & people) >= 2),
                        "ledes": float(x.index == 0 and y.index == 0),
                        "clause": clause,
                        "clause_link": float((i, j) in linked),
                        "bridge": bridge,
                        "pos_a": pa,
                        "pos_b": pb,
                        "pos_gap": abs(pa - pb),
                        "length": min(len(tx[i]), len(ty[j])) / max(1, len(tx[i]), len(ty[j])),
                        "best_a": float(row_rank[i][j] == 0 and s.score > 0),
                        "best_b": float(col_rank[j][i] == 0 and s.score > 0),
                        "mutual": float(row_rank[i][j] == 0 and col_rank[j][i] == 0 and s.score > 0),
                        "share_a": s.score / row_best[i] if row_best[i] else 0.0,
                        "share_b": s.score / col_best[j] if col_best[j] else 0.0,
                        "rank_a": 1 / (1 + row_rank[i][j]),
                        "rank_b": 1 / (1 + col_rank[j][i]),
                    }
                )
                keys.append(_key(x.article, x.id, y.article, y.id))
                where.append((pairs.index((n, m)), i, j))
    story.keys = keys
    story.grids = where
    story.x = np.array([[r[f] for f in FEATURES] for r in rows], dtype=float)
    story.label = np.array([category(story.gold, k) for k in keys], dtype=float)


def _ranks(scores: list[float]) -> list[int]:
    """Rank of each score among ``scores`` (0 best; ties broken by position, as the aligner does)."""
    order = sorted(range(len(scores)), key=lambda k: (-scores[k], k))
    out = [0] * len(scores)
    for r, k in enumerate(order):
        out[k] = r
    return out


# --- the model --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # intercept first

    def prob(self, x: np.ndarray) -> np.ndarray:
        z = self.weights[0] + ((x - self.mean) / self.scale) @ self.weights[1:]
        return 1 / (1 + np.exp(-z))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> Model:
    """L2-regularised logistic regression by Newton's method (intercept not penalised); deterministic."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + pen * w
        hess = (z.T * (p * (1 - p))) @ z + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return Model(mean, scale, w)


def train(stories: list[Story], l2: float) -> Model:
    x = np.vstack([s.x for s in stories])
    y = np.concatenate([s.label for s in stories])
    use = y >= 0  # acceptable pairs are neither right nor wrong to learn from
    return fit(x[use], y[use], l2)


@dataclass(frozen=True)
class Policy:
    """How pairs are chosen from probabilities (the aligner's shape)."""

    keep: float  # a sentence's best counterpart from this probability
    near: float  # ... and any other within this share of the best
    extra: float  # any pair from this probability

    def __str__(self) -> str:
        return f"keep {self.keep:.2f} near {self.near:.2f} extra {self.extra:.2f}"


def select(story: Story, prob: np.ndarray, policy: Policy) -> set[Key]:
    """Pairs chosen from per-candidate probabilities: best and near-best of each sentence, many-to-one."""
    p = prob.tolist()
    out = {story.keys[c] for c, v in enumerate(p) if v >= policy.extra}
    for group in story.sides():
        top = max(p[c] for c in group)
        if top < policy.keep:
            continue
        floor = max(policy.keep, policy.near * top)
        out.update(story.keys[c] for c in group if p[c] >= floor)
    return out


@dataclass
class Tally:
    proposed: int = 0
    correct: int = 0
    required: int = 0
    found: int = 0

    def add(self, other: Tally) -> None:
        self.proposed += other.proposed
        self.correct += other.correct
        self.required += other.required
        self.found += other.found

    @property
    def p(self) -> float:
        return self.correct / self.proposed if self.proposed else 1.0

    @property
    def r(self) -> float:
        return self.found / self.required if self.required else 1.0

    def __str__(self) -> str:
        return f"{self.p:.3f} {self.r:.3f} ({self.proposed:3d} proposed, {self.found:3d}/{self.required:3d} required)"


def tally(story: Story, pairs: set[Key]) -> Tally:
    """Precision and recall as ``evaluate.score`` counts them (pairs between two gold articles)."""
    g = story.gold
    ok = g.required | g.acceptable
    correct = sum(1 for k in pairs if k in ok and k not in g.must_not and not (k & g.unaligned))
    return Tally(len(pairs), correct, len(g.required), len(g.required & pairs))


def pooled(stories: list[Story], choose: Callable[[Story], set[Key]]) -> tuple[Tally, list[Tally]]:
    each = [tally(s, choose(s)) for s in stories]
    total = Tally()
    for t in each:
        total.add(t)
    return total, each


POLICIES = [
    Policy(keep, near, extra)
    for keep in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
    for near in (0.5, 0.7, 0.8, 0.9, 1.0)
    for extra in (0.5, 0.6, 0.7, 0.8, 1.01)
    if extra > keep
]


def best_policy(stories: list[Story], probs: dict[str, np.ndarray], min_precision: float) -> Policy:
    """The policy with the highest pooled recall at ``min_precision`` on ``stories`` (else the best F1)."""

    def rank(p: Policy) -> tuple[float, ...]:
        t, _ = pooled(stories, lambda s: select(s, probs[s.name], p))
        f1 = 2 * t.p * t.r / (t.p + t.r) if t.p + t.r else 0.0
        return (t.p >= min_precision, t.r if t.p >= min_precision else f1, t.p)

    return max(POLICIES, key=rank)


def out_of_fold(stories: list[Story], l2: float) -> dict[str, np.ndarray]:
    """Each story's probabilities from a model fitted on the others."""
    return {s.name: train([o for o in stories if o is not s], l2).prob(s.x) for s in stories}


def loso_model(stories: list[Story], l2: float, min_precision: float) -> dict[str, tuple[np.ndarray, Policy]]:
    """Outer leave-one-out: model and policy chosen on the other stories (policy by an inner leave-one-out)."""
    out = {}
    for s in stories:
        rest = [o for o in stories if o is not s]
        policy = best_policy(rest, out_of_fold(rest, l2), min_precision)
        out[s.name] = (train(rest, l2).prob(s.x), policy)
    return out


# --- the rules with re-chosen thresholds ---------------------------------------------------------

THRESHOLDS = {
    "RELATED_MIN": (0.12, 0.15, 0.18, 0.2, 0.22, 0.25),
    "FACT_MIN": (0.2, 0.25, 0.3),
    "NEAR_BEST": (0.6, 0.7, 0.8, 0.9),
    "CLAUSE_MIN": (0.15, 0.2, 0.25, 0.3),
}


@contextmanager
def thresholds(values: dict[str, float]) -> Iterator[None]:
    """The aligner's module thresholds set to ``values`` for the duration (it reads them at call time)."""
    saved = {k: getattr(al, k) for k in values}
    for k, v in values.items():
        setattr(al, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(al, k, v)


def rules_with(story: Story, values: dict[str, float]) -> set[Key]:
    with thresholds(values):
        pairs = al.align_story(story.articles, idf=story.idf)
    return {_key(p.a.article, p.a.passage, p.b.article, p.b.passage) for p in pairs}


def loso_thresholds(stories: list[Story], min_precision: float) -> dict[str, tuple[dict[str, float], set[Key]]]:
    """Thresholds chosen on 7 stories (highest recall at ``min_precision``), applied to the 8th."""
    combos = [dict(zip(THRESHOLDS, vals, strict=True)) for vals in itertools.product(*THRESHOLDS.values())]
    table = {(s.name, n): tally(s, rules_with(s, c)) for s in stories for n, c in enumerate(combos)}
    out = {}
    for s in stories:
        rest = [o for o in stories if o is not s]

        def rank(n: int, rest: list[Story] = rest) -> tuple[float, ...]:
            t = Tally()
            for o in rest:
                t.add(table[(o.name, n)])
            return (t.p >= min_precision, t.r if t.p >= min_precision else t.p, t.p)

        n = max(range(len(combos)), key=rank)
        out[s.name] = (combos[n], rules_with(s, combos[n]))
    return out


def report(title: str, stories: list[Story], chosen: dict[str, set[Key]]) -> Tally:
    total, each = pooled(stories, lambda s: chosen[s.name])
    print(f"\n{title}\n  {'pooled':22} {total}")
    for s, t in zip(stories, each, strict=True):
        print(f"  {s.name:22} {t}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__.split("Examples::")[1], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--cache", type=Path, help="keep each article's analysis here between runs (empty it when the analysis code changes)"
    )
    parser.add_argument("--no-paraphrases", action="store_true", help="empty paraphrases.yml (a proxy for unseen vocabulary)")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardised weights")
    parser.add_argument("--min-precision", type=float, default=0.92, help="precision the thresholds are chosen to keep")
    parser.add_argument("--extra", type=float, default=0.7, help="probability from which the model's pairs are added to the rules'")
    parser.add_argument("--no-thresholds", action="store_true", help="skip the threshold re-tuning (slow)")
    args = parser.parse_args(argv)
    if args.no_paraphrases:
        real = fe.load_yaml
        fe.load_yaml = lambda name: {"groups": [], "phrases": {}} if name == "paraphrases.yml" else real(name)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    stories = [load(p, args.cache) for p in sorted(GOLD_DIR.glob("*.yml"))]
    fixtures = [load(p, args.cache) for p in sorted(FIXTURES.glob("*.yml"))]
    n = sum(len(s.keys) for s in stories)
    pos = sum(int((s.label == 1).sum()) for s in stories)
    print(f"{len(stories)} stories, {n} candidate pairs, {pos} required, features: {len(FEATURES)}")

    report("rules (in-sample: written on these stories)", stories, {s.name: s.rules for s in stories})
    report("rules on the fixture stories", fixtures, {s.name: s.rules for s in fixtures})

    loso = loso_model(stories, args.l2, args.min_precision)
    for s in stories:
        print(f"  {s.name}: policy chosen on the others: {loso[s.name][1]}")
    report(
        "(a) model alone, leave-one-story-out (model and policy chosen on the other stories)",
        stories,
        {s.name: select(s, *loso[s.name]) for s in stories},
    )

    full = train(stories, args.l2)
    policy = best_policy(stories, out_of_fold(stories, args.l2), args.min_precision)
    report(
        f"(a') model on all 8 stories, on the fixtures ({policy})", fixtures, {s.name: select(s, full.prob(s.x), policy) for s in fixtures}
    )
    print("  weights (standardised):")
    for name, w in sorted(zip(("intercept", *FEATURES), full.weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"    {name:12} {w:+.3f}")

    for extra in (0.5, 0.6, 0.7, 0.8, 0.9):
        union = {}
        added = {}
        for s in stories:
            adds = select(s, loso[s.name][0], Policy(2.0, 1.0, extra)) - s.rules
            union[s.name] = s.rules | adds
            cats = [category(s.gold, k) for k in adds]
            added[s.name] = (cats.count(1), cats.count(-1), cats.count(0))
        req, acc, bad = (sum(a[n] for a in added.values()) for n in range(3))
        report(
            f"(b) rules + the model's pairs from p >= {extra}: {req} required, {acc} acceptable and {bad} wrong pairs added", stories, union
        )
        print("  added (required / acceptable / wrong): " + ", ".join(f"{k} {a[0]}/{a[1]}/{a[2]}" for k, a in added.items() if any(a)))

    if not args.no_thresholds:
        chosen = loso_thresholds(stories, args.min_precision)
        for s in stories:
            print(f"  {s.name}: thresholds chosen on the others: {chosen[s.name][0]}")
        report("(c) the rules, thresholds chosen on the other stories", stories, {k: v[1] for k, v in chosen.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
