"""The shortcuts that make a cold build faster give exactly what the long way gives.

Each fast path (a memo, a shared array, a table of squares) is compared, on a
table of inputs, with the computation it replaces.
"""

from __future__ import annotations

import math

import pytest

from parallax.annotate import _people, damage
from parallax.compare import align, features

ROLES = [
    None,
    "",
    "Prime Minister",
    "spokesman for the president",
    "president of the farmers' union",
    "French president",
    "chief economist at a bank",
    "head of the regional health authority",
    "mayor",
]


@pytest.mark.parametrize("role", ROLES)
def test_role_class_memo_answers_like_the_function(role: str | None) -> None:
    assert _people.role_class(role) == _people.role_class.__wrapped__(role)
    hits = _people.role_class.cache_info().hits
    _people.role_class(role)
    assert _people.role_class.cache_info().hits == hits + 1


@pytest.mark.parametrize("text", ["The  Minister’s", "  o'Brien ", "ÉCOLE", "a`b´c"])
def test_fold_memo_answers_like_the_function(text: str) -> None:
    assert _people.fold(text) == _people.fold.__wrapped__(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plain prose, no address at all.", ()),
        ("See https://example.org/a?b=1 for more.", ((4, 29),)),
        ("Mail press@example.com or <b>bold</b>.", ((5, 22), (26, 29), (33, 37))),
    ],
)
def test_url_ranges_run_once_per_paragraph(text: str, expected: tuple[tuple[int, int], ...]) -> None:
    first = damage._url_ranges(text, 0, len(text))
    assert first == expected == tuple(m.span() for m in damage._URL.finditer(text, 0, len(text)))
    hits = damage._url_ranges.cache_info().hits
    assert damage._url_ranges(text, 0, len(text)) is first
    assert damage._url_ranges.cache_info().hits == hits + 1


IDF = {"strike": 2.5, "port": 1.25, "=berg": 3.1, "#300": 0.7, "say": 0.05}


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (set(), set()),
        ({"strike"}, set()),
        ({"strike", "port"}, {"port"}),
        ({"strike", "port", "=berg", "unknown"}, {"=berg", "unknown", "say"}),
        ({"#300", "say"}, {"strike"}),
        ({"a", "b", "c"}, {"a", "b", "c"}),
    ],
)
def test_squares_give_the_same_norms_and_cosines_to_the_bit(x: set[str], y: set[str]) -> None:
    squares = align._Squares(IDF)
    assert align.sq_norm(x, squares) == align.sq_norm(x, IDF)
    assert align.weighted_cosine(x, y, squares) == align.weighted_cosine(x, y, IDF)
    assert math.copysign(1, align.weighted_cosine(x, y, squares)) == 1.0
    assert set(squares) <= x | y  # squares only of the terms asked for


@pytest.mark.parametrize(
    ("x", "y", "dx", "dy", "expected"),
    [
        (set(), set(), set(), set(), False),
        ({"3 people"}, set(), set(), set(), False),
        (set(), {"3 people"}, {"40 wide"}, set(), False),
        ({"3 people"}, {"5 people"}, set(), set(), True),
        ({"3 people"}, {"~3 people"}, set(), set(), False),
        (set(), set(), {"40 wide"}, {"40 high"}, True),
        (set(), set(), {"40 wide"}, {"40 wide"}, False),
    ],
)
def test_conflicting_without_figures_on_one_side(x: set[str], y: set[str], dx: set[str], dy: set[str], expected: bool) -> None:
    assert features.conflicting(x, y, dx, dy) is expected


def _opposed_long_way(x: set[str], y: set[str], xd: frozenset[str], yd: frozenset[str]) -> bool:
    """The definition :func:`features.opposed` shortcuts: every lemma of ``x`` tried."""
    table = features.antonyms()
    return any(w not in y and any((w in xd) == (v in yd) for v in (table.get(w, frozenset()) & y) - x) for w in x)


def _antonym_pair() -> tuple[str, str]:
    w, opposites = sorted(features.antonyms().items())[0]
    return w, sorted(opposites)[0]


@pytest.mark.parametrize(
    ("x_words", "y_words", "denied"),
    [
        ("w road", "v road", ""),  # one side has a lemma, the other its antonym
        ("w v road", "v road", ""),  # one side has both: no opposition
        ("w road", "v road", "x"),  # the antonym denied on one side: the same predicate
        ("w road", "v road", "xy"),  # denied on both sides: opposed again
        ("road", "road", ""),
        ("", "v", ""),
    ],
)
def test_opposed_tries_only_lemmas_with_an_antonym(x_words: str, y_words: str, denied: str) -> None:
    w, v = _antonym_pair()
    x = {{"w": w, "v": v}.get(t, t) for t in x_words.split()}
    y = {{"w": w, "v": v}.get(t, t) for t in y_words.split()}
    xd = frozenset({w} if "x" in denied else ())
    yd = frozenset({v} if "y" in denied else ())
    assert features.opposed(x, y, xd, yd) == _opposed_long_way(x, y, xd, yd)
    assert features.opposed(sorted(x), sorted(y), xd, yd) == _opposed_long_way(x, y, xd, yd)


TEXT = (
    "Harbour workers walked out in Tessaly on Monday. Transport Minister Anna Berg said the talks would resume. "
    "“The offer is not enough,” said union leader Tomas Lind of the Dockers' Union. "
    "Reuters reported that 300 ships were waiting outside the port of New Carthage."
)


def _token_rows(doc: object) -> list[tuple[object, ...]]:
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start, str(t.morph))
        for t in doc  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    "order",
    [
        "in text order",  # one array for the whole parse
        "reversed",  # each span starts before the last one ended: a fresh array each time
        "twice",  # the same span again: a fresh array, same copy
    ],
)
def test_sentence_docs_share_one_array_and_equal_as_doc(order: str) -> None:
    from parallax import nlp

    [chunk] = nlp.parse(TEXT, [(0, len(TEXT))])
    sents = list(chunk.doc.sents)
    assert len(sents) >= 3
    spans = {"in text order": sents, "reversed": sents[::-1], "twice": [sents[1], sents[1], sents[2]]}[order]
    arrays: dict[int, tuple[object, object, int]] = {}
    for span in spans:
        fast = features._sentence_doc(span, arrays)
        slow = span.as_doc()
        assert fast.text == slow.text
        assert _token_rows(fast) == _token_rows(slow)
        assert [(e.start, e.end, e.label_) for e in fast.ents] == [(e.start, e.end, e.label_) for e in slow.ents]


BATCH = [
    "Transport Minister Anna Berg said on Monday: “We will talk to the union this week.”\n\nThe port stays closed.",
    "",  # no body at all
    "According to Reuters, the strike closed the port, where 300 ships wait.\n\n“The offer is not enough,” said union leader Tomas Lind.",
    "A single line without an end",
]


def test_articles_parsed_in_one_batch_get_the_analysis_they_get_alone() -> None:
    """A cached analysis must not depend on which articles shared its worker's batch."""
    from parallax.analysis import analyze, analyze_many
    from parallax.ingest import structure
    from parallax.model import Article, Metadata

    articles = []
    for n, text in enumerate(BATCH):
        blocks, _, _ = structure(text)
        articles.append(Article(id=f"a{n}", source=f"a{n}.txt", raw=text, meta=Metadata(), blocks=blocks))
    together = analyze_many(articles)
    assert [r.to_dict() for r in together] == [analyze(a).to_dict() for a in articles]


def test_a_failing_article_does_not_sink_its_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from parallax import analysis
    from parallax.ingest import structure
    from parallax.model import Article, Metadata

    articles = []
    for n, text in enumerate(BATCH[:3]):
        blocks, _, _ = structure(text)
        articles.append(Article(id=f"a{n}", source=f"a{n}.txt", raw=text, meta=Metadata(), blocks=blocks))
    real = analysis.analyze

    def flaky(article, **kw):
        if article.id == "a1":
            raise ValueError("broken on purpose")
        return real(article, **kw)

    monkeypatch.setattr(analysis, "analyze", flaky)
    out = analysis.analyze_many(articles)
    assert isinstance(out[1], ValueError)
    assert [r.article.id for r in (out[0], out[2])] == ["a0", "a2"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ({"harbour": 2.7, "=strike": 1.3, "union": 0.4}, {"harbour": 1.1, "union": 2.2, "ferry": 0.9}),
        ({"flood": 0.1}, {"drought": 3.0}),
        ({"=lenna": 1e-9, "bridge": 7.25}, {"=lenna": 3.5, "bridge": 1e-7, "toll": 0.3}),
        ({}, {"bridge": 1.0}),
    ],
)
def test_story_cosine_with_given_square_sums_is_the_similarity_to_the_bit(x: dict[str, float], y: dict[str, float]) -> None:
    from collections import Counter

    from parallax.compare import stories

    cx, cy = Counter(x), Counter(y)
    got = stories._cosine(cx, cy, stories._square_sum(cx), stories._square_sum(cy))
    shared = sum(cx[t] * cy[t] for t in cx.keys() & cy.keys())
    expected = shared / math.sqrt(sum(v * v for v in cx.values()) * sum(v * v for v in cy.values())) if shared else 0.0
    assert got == expected == stories.similarity(cx, cy)


@pytest.mark.parametrize(
    "scores",
    [[0.0], [0.2, 0.5, 0.5, 0.1], [0.0, -0.0, 0.0], [-0.0, 0.0], [0.3, 0.1, 0.3], [1e-12, 0.0, 1e-12], [0.7, 0.9, 0.8, 0.9, 0.9]],
)
def test_first_best_is_max_keyed_by_score_then_first_index(scores: list[float]) -> None:
    assert align._first_best(scores) == max(range(len(scores)), key=lambda k: (scores[k], -k))
