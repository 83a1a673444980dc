"""scripts/align_loso.py: the pieces of the leave-one-story-out experiment that decide its figures.

How a candidate is labelled against the gold, how pairs are chosen from
probabilities (the aligner's shape: each sentence's best from a threshold,
near-best ones, any pair above a high one), the ranks and the logistic
regression, each on a table of small cases.
"""

from __future__ import annotations

import numpy as np
import pytest
from helpers import load_script

from parallax.compare.evaluate import Gold

loso = load_script("align_loso")


def key(a: str, b: str) -> frozenset[tuple[str, str]]:
    return frozenset({("x", a), ("y", b)})


GOLD = Gold(
    {"X": "x", "Y": "y"},
    required={key("1", "1"), key("2", "2")},
    acceptable={key("1", "2")},
    must_not={key("2", "1")},
    unaligned={("y", "3")},
)


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (key("1", "1"), 1),  # required
        (key("1", "2"), -1),  # acceptable: left out of training
        (key("2", "1"), 0),  # must-not
        (key("1", "3"), 0),  # touches an unaligned sentence
        (key("3", "3"), 0),  # unaligned and unlisted
        (key("3", "1"), 0),  # unlisted
    ],
)
def test_category(pair: frozenset[tuple[str, str]], expected: int) -> None:
    assert loso.category(GOLD, pair) == expected


def story(probs: list[list[float]]) -> tuple[object, np.ndarray]:
    """A two-article story whose candidate (i, j) has probability ``probs[i][j]``."""
    s = loso.Story("t", GOLD, [], {})
    s.keys = [key(str(i + 1), str(j + 1)) for i, row in enumerate(probs) for j in range(len(row))]
    s.grids = [(0, i, j) for i, row in enumerate(probs) for j in range(len(row))]
    return s, np.array([p for row in probs for p in row])


@pytest.mark.parametrize(
    ("probs", "policy", "expected"),
    [
        # each sentence's best from the threshold, both ways
        ([[0.9, 0.1], [0.1, 0.6]], (0.5, 1.0, 2.0), {("1", "1"), ("2", "2")}),
        # below the threshold: nothing
        ([[0.4, 0.1], [0.1, 0.3]], (0.5, 1.0, 2.0), set()),
        # near-best: within 0.8 of the best, many-to-one
        ([[0.9, 0.75], [0.1, 0.2]], (0.5, 0.8, 2.0), {("1", "1"), ("1", "2")}),
        ([[0.9, 0.7], [0.1, 0.95]], (0.5, 0.8, 2.0), {("1", "1"), ("2", "2")}),
        # any pair from the extra threshold, best or not
        ([[0.9, 0.1], [0.85, 0.95]], (0.5, 1.0, 0.8), {("1", "1"), ("2", "1"), ("2", "2")}),
        ([[0.9, 0.1], [0.85, 0.95]], (0.5, 1.0, 2.0), {("1", "1"), ("2", "2")}),
    ],
)
def test_select(probs: list[list[float]], policy: tuple[float, float, float], expected: set[tuple[str, str]]) -> None:
    s, p = story(probs)
    assert loso.select(s, p, loso.Policy(*policy)) == {key(a, b) for a, b in expected}


@pytest.mark.parametrize(
    ("scores", "ranks"),
    [
        ([0.1, 0.5, 0.3], [2, 0, 1]),
        ([0.2, 0.2, 0.0], [0, 1, 2]),  # ties: the earlier sentence first, as the aligner breaks them
        ([], []),
    ],
)
def test_ranks(scores: list[float], ranks: list[int]) -> None:
    assert loso._ranks(scores) == ranks


@pytest.mark.parametrize(
    ("weak", "strong"),
    [
        (0.01, 1.0),
        (1.0, 100.0),
    ],
)
def test_fit(weak: float, strong: float) -> None:
    # the first feature decides the label (with two exceptions), the second is noise
    x = np.array([[v, (k * 7) % 5] for k, v in enumerate([0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1])], dtype=float)
    y = np.array([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1], dtype=float)
    model = loso.fit(x, y, weak)
    assert model.weights[1] > abs(model.weights[2])
    assert model.weights[1] > loso.fit(x, y, strong).weights[1] > 0  # the penalty shrinks the weight
    p = model.prob(np.array([[1.0, 2.0], [0.0, 2.0]]))
    assert p[0] > 0.5 > p[1]
    assert np.array_equal(loso.fit(x, y, weak).weights, model.weights)  # deterministic
