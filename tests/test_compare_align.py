"""Alignment: the signals as tables, then the floor on hand-made gold alignments."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import analyse_by_source

from parallax.compare import align, compare_story
from parallax.compare.evaluate import resolve_gold, score
from parallax.compare.features import content_words, numbers, phrase_lemmas, stem, variant
from parallax.data import load_yaml
from parallax.model import ArticleAnalysis, Story

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "stories" / "alignment"
#: The evaluation engineer's gold (seeds and an unseen story), scored by ``make eval``.
EVAL_GOLD = sorted((ROOT / "tests" / "eval" / "alignment").glob("*.yml"))


analyse = analyse_by_source


def run_gold(path: Path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_source = analyse(*sorted(set(gold["articles"].values())))
    analyses = {a.article.id: a for a in by_source.values()}
    comparison = compare_story(Story(path.stem, path.stem, sorted(analyses)), analyses)
    return score(resolve_gold(gold, by_source), comparison.pairs), comparison


# --------------------------------------------------------------------------
# signals


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        # one quote inside the other, word for word
        ("strengthen the cooperation between the armed forces", "strengthen the cooperation between the Armed Forces of both", 1.0, 1.0),
        # the same statement through two translations (variants merged)
        ("available to strengthen strategic collaboration", "ready to increase strategic cooperation with them", 0.75, 1.0),
        # a short quote contained whole in a longer one
        ("the best ever", "best ever", 0.6, 0.8),
        # different statements sharing one generic word
        ("we will never give up our land", "the land reform will pass", 0.0, 0.0),
        # a one-word quote identifies no statement
        ("constructive", "a constructive dialogue", 0.0, 0.0),
        ("", "anything at all here", 0.0, 0.0),
    ],
)
def test_quote_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= align.quote_similarity(a, b) <= high
    assert align.quote_similarity(a, b) == align.quote_similarity(b, a)


def test_weighted_cosine() -> None:
    idf = align.idf_weights([{"dam", "rain"}, {"dam", "minister"}, {"rain"}])
    assert align.weighted_cosine({"dam", "rain"}, {"dam", "rain"}, idf) == pytest.approx(1.0)
    assert align.weighted_cosine({"dam"}, {"minister"}, idf) == 0.0
    assert align.weighted_cosine(set(), {"dam"}, idf) == 0.0
    # the rarer shared word weighs more than the common one
    assert align.weighted_cosine({"minister", "x"}, {"minister", "y"}, idf) > align.weighted_cosine({"dam", "x"}, {"dam", "y"}, idf)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,200 people and eleven rescued in 1961", {"3200", "11", "1961"}),
        ("Two people are missing", {"2"}),
        ("no numbers in here", set()),
    ],
)
def test_numbers(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


def test_content_words_merge_translation_variants() -> None:
    assert content_words("a complicated situation") == content_words("a difficult situation")
    assert content_words("objective and just") == ["objective", "fair"]  # "just" is a stop word, but a variant here
    assert variant("collaboration") == variant("cooperation") == "cooperation"
    assert variant("war") != variant("conflict")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("two spouses are missing", "an elderly couple is unaccounted for"),
        ("the canvases were insured", "the paintings were insured"),
        ("three pictures of the 17th century", "three 17th-century paintings"),
        ("the vigilant of security", "a security guard"),
        ("the Procura of Cuneo", "prosecutors in Cuneo"),
        ("14 patients were moved", "14 patients were transferred"),
    ],
)
def test_machine_translation_renderings_meet(a: str, b: str) -> None:
    """Common renderings of one source word by machine translation share a term (translation_variants.yml)."""
    shared = {stem(w) for w in content_words(a)} & {stem(w) for w in content_words(b)}
    assert shared - {"cuneo", "14", "security", "insure", "century", "17th", "three"}


def test_translation_variant_groups_do_not_overlap() -> None:
    seen: dict[str, list[str]] = {}
    for group in (*load_yaml("translation_variants.yml")["groups"], *load_yaml("paraphrases.yml")["groups"]):
        for lemma in group:
            assert lemma not in seen, f"{lemma!r} is in {seen[lemma]} and {group}"
            seen[lemma] = group


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the operator closed the line", "the line was shut"),
        ("announced the closure of the plant", "the line will remain closed"),
        ("a fault in its main motor", "a failure to the principal engine"),
        ("a refund for all tickets", "it will reimburse the tickets"),
        ("an investigation into possible negligence", "the neglect of maintenance"),
        # an apology, in whatever words (and machine-translated "desolated")
        ("the operator said it was deeply sorry", "the operator expressed its deep regret"),
        ("the management says itself profoundly desolated", "the operator apologised"),
    ],
)
def test_news_paraphrases_meet(a: str, b: str) -> None:
    """Words outlets use for one thing share a term (paraphrases.yml)."""
    shared = {stem(w) for w in content_words(a)} & {stem(w) for w in content_words(b)}
    assert shared - {"line", "plant", "main", "ticket", "maintenance", "operator"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The line will remain closed until further notice.", ["indefinitely"]),
        ("The society announced the closure of the plant until new order.", ["indefinitely"]),
        ("The main motor broke down in the early afternoon.", ["fault"]),
        ("The line will reopen when further checks are done.", []),
        # the amount left unsaid, in either words
        ("She declined to say how much it would pay.", [variant("amount")]),
        ("How much the attackers want has not been disclosed.", [variant("amount")]),
        # machine-translated "sans danger" / "senza pericolo"
        ("The water of the lake is without danger for swimmers.", [variant("safe")]),
    ],
)
def test_phrase_lemmas(text: str, expected: list[str]) -> None:
    assert phrase_lemmas(text) == expected


# --------------------------------------------------------------------------
# quality floors on hand-made gold (targets: 0.9 / 0.9; floors leave a little
# room for changes in the annotation layers, which feed names and quotes)


def test_alignment_floor_on_seeds() -> None:
    result, _ = run_gold(GOLD / "seeds.yml")
    assert result.recall >= 0.9, result.missed
    assert result.precision >= 0.85, result.wrong
    assert not result.violations


def test_alignment_floor_on_made_up_three_article_story() -> None:
    results = [run_gold(GOLD / f"rivamonte_{pair}.yml")[0] for pair in ("ab", "ac", "bc")]
    found = sum(r.found for r in results)
    required = sum(r.required for r in results)
    correct = sum(r.correct for r in results)
    proposed = sum(r.proposed for r in results)
    assert found / required >= 0.85, [r.missed for r in results]
    assert correct / proposed >= 0.9, [r.wrong for r in results]


#: (precision, recall) floors per gold story, a little below what is measured;
#: the two stories written by someone else and scored blind start lower.
EVAL_FLOORS = {
    "dam-breach": (0.92, 0.97),
    "airline-strike": (0.96, 0.97),
    "hospital-ransomware": (0.88, 0.75),
    "museum-theft": (0.84, 0.90),
    # scored blind at 0.968 / 0.700, now 0.975 / 0.925
    "cable-car-stranded": (0.95, 0.90),
    # scored blind at 0.844 / 0.680, then 0.891 / 0.740, 0.872 / 0.740 with its quote headline read as one
    "footbridge-collapse": (0.86, 0.72),
    # scored blind at 0.906 / 0.577 (paraphrase with few shared words), now 0.917 / 0.667
    "exam-paper-leak": (0.88, 0.64),
    # scored blind at 0.887 / 0.686 (a leaders' call, paraphrase with few shared words), now 0.961 / 0.826
    "czech-indonesia-video-call": (0.93, 0.80),
}


@pytest.mark.parametrize("path", EVAL_GOLD, ids=lambda p: p.stem)
def test_alignment_floor_on_evaluation_gold(path: Path) -> None:
    result, _ = run_gold(path)
    min_precision, min_recall = EVAL_FLOORS.get(path.stem, (0.85, 0.85))
    assert result.recall >= min_recall, result.missed
    assert result.precision >= min_precision, result.wrong


def test_same_quote_pairs_on_seeds() -> None:
    _, comparison = run_gold(GOLD / "seeds.yml")
    quotes = {(p.a.passage, p.b.passage) for p in comparison.pairs if p.relation == "same-quote"}
    # "We are waiting for you, illustrious/dear president": one statement, two translations
    a = analyse("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")
    ida = _passage(a["seeds/000_1bde578bf97296b1.txt"], "We are waiting for you, illustrious")
    idb = _passage(a["seeds/002_46d02c96a9c0888e.txt"], "We are waiting for you, dear")
    assert (ida, idb) in quotes


def _passage(analysis: ArticleAnalysis, text: str) -> str:
    pos = analysis.article.raw.index(text)
    p = analysis.passage_at(pos)
    assert p is not None
    return p.id


def test_no_pairs_between_unrelated_articles() -> None:
    """Forced into one story, two articles about different events align (almost) nothing."""
    by_source = analyse("tests/fixtures/stories/harbour_strike.txt", "tests/fixtures/stories/rivamonte_a.txt")
    analyses = {a.article.id: a for a in by_source.values()}
    comparison = compare_story(Story("x", "x", sorted(analyses)), analyses)
    assert [p for p in comparison.pairs if p.relation != "related"] == []


def test_works_without_annotation_layers() -> None:
    """Entities, quotes and sources are optional: lemmas alone still align the seeds."""
    gold = yaml.safe_load((GOLD / "seeds.yml").read_text(encoding="utf-8"))
    by_source = analyse(*sorted(set(gold["articles"].values())))
    bare = {s: ArticleAnalysis(a.article, a.passages, {}) for s, a in by_source.items()}
    analyses = {a.article.id: a for a in bare.values()}
    comparison = compare_story(Story("s", "s", sorted(analyses)), analyses)
    result = score(resolve_gold(gold, bare), comparison.pairs)
    assert result.recall >= 0.75 and result.precision >= 0.75, (result.missed, result.wrong)
    assert comparison.extra["who_speaks"] == {aid: [] for aid in analyses}
    assert "same-quote" in {p.relation for p in comparison.pairs}  # quotes from paired marks
