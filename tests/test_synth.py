"""The synthetic corpus: deterministic, the right size, distinct stories, messy like real copy."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import yaml

from parallax import synth

QUOTE = re.compile(r"[“\"«][^“”\"«»\n]{10,}[”\"»“]")


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, str | None]]:
    return synth.generate(60, 12, seed=3)


def test_same_seed_same_bytes():
    assert synth.generate(25, 5, seed=7) == synth.generate(25, 5, seed=7)


def test_other_seed_other_text():
    a = [t for _, t, _ in synth.generate(10, 2, seed=1)]
    b = [t for _, t, _ in synth.generate(10, 2, seed=2)]
    assert a != b


@pytest.mark.parametrize(("n", "s"), [(1, 1), (10, 2), (37, 7), (100, 20), (5, 9)])
def test_sizes(n: int, s: int):
    items = synth.generate(n, s)
    assert len(items) == n
    names = [name for name, _, _ in items]
    assert len(set(names)) == n
    assert all(name.endswith(".txt") for name in names)
    stories = {yaml.safe_load(side)["story"] for _, _, side in synth.generate(n, s, sidecars=1.0)}
    assert len(stories) == min(n, s)


def test_zero_articles():
    assert synth.generate(0, 3) == []


def test_length_near_target(corpus):
    counts = [len(text.split()) for _, text, _ in corpus]
    assert 450 < sum(counts) / len(counts) < 850
    short = synth.generate(5, 1, words=150)
    assert all(len(text.split()) < 450 for _, text, _ in short)


def test_fast():
    start = time.perf_counter()
    synth.generate(300, 60)
    assert time.perf_counter() - start < 5


def test_stories_have_disjoint_casts():
    stories = synth.make_stories(40, seed=0)
    casts = [{p.name for p in s.people.values()} for s in stories]
    seen: set[str] = set()
    for cast in casts:
        assert len(cast) == 5
        assert not cast & seen
        seen |= cast
    assert len({s.place for s in stories}) == 40


def test_articles_of_a_story_share_cast_and_facts(corpus):
    stories = synth.make_stories(12, seed=3)
    by_story: dict[str, list[str]] = {}
    for _, text, side in synth.generate(60, 12, seed=3, sidecars=1.0):
        by_story.setdefault(yaml.safe_load(side)["story"], []).append(text)
    for story in stories:
        texts = by_story[story.title]
        assert len(texts) >= 2
        # Every article names the story's place, and the cast of no other story.
        others = {p.last for s in stories if s is not story for p in s.people.values()}
        for text in texts:
            assert story.place in text
            assert not any(re.search(rf"\b{re.escape(o)}\b", text) for o in others)
        # Outlets overlap on the story's facts (the lede fact at least).
        shared = [f for f in story.facts if sum(f[:40] in t for t in texts) >= 2]
        assert shared


def test_sidecars(corpus):
    with_sidecar = [yaml.safe_load(side) for _, _, side in corpus if side]
    assert 0 < len(with_sidecar) < len(corpus)
    for meta in with_sidecar:
        assert set(meta) == {"title", "outlet", "published", "language", "translated_from", "story"}
        assert re.fullmatch(r"2026-\d\d-\d\d", meta["published"])
    assert all(side is None for _, _, side in synth.generate(5, 1, sidecars=0.0))


FEATURES = {
    # what it is: a pattern that must occur in the corpus
    "quote with attribution after": r"[,.][”\"»] [A-Z]\w+(?: \w+)?,? (?:said|told reporters|warned|added)",
    "quote with attribution before": r"(?:said|told reporters|warned|added): [“\"«]",
    "attribution inside a quote": r"[,][”\"»] [^“\"«]{3,80}, [“\"«]",
    "pronoun attribution": r"[”\"»] (?:he|she) (?:added|said|continued)\.",
    "descriptor attribution": r"[”\"»] the (?:minister|mayor|spokesperson|expert|director|governor|president|head|chief executive|general secretary|presiding judge) ",
    "agency source": r"\b(?:according to|reported)\b.{0,40}\b(?:Reuters|AFP|Associated Press|EFE|ANSA|dpa|Xinhua|Kyodo News|Lusa|Interfax)\b|(?:Reuters|AFP|Associated Press|EFE|ANSA|dpa|Xinhua|Kyodo News|Lusa|Interfax) (?:news agency )?reported",
    "unnamed source": r"an official who asked not to be named|sources close to the ministry|according to government sources",
    "credit line": r"(?m)^Source: The \w+ \w+$",
    "repeated headline with outlet": r"(?m)^.+ – The \w+ \w+$",
    "promo line": r"(?m)^(?:Follow our live coverage|Sign up for|Read also:|Download our app|Share this article|Advertisement)",
    "glued words": r"\b(?:the|and|was|were|has|had|of|for|with)(?:the|a|an|on|in|of|to|for|with|was|were)[a-z]{3,}\b",
    "mismatched quote marks": r"“[^”\n]{5,200}“|«[^»\n]{5,200}«",
    "untranslated fragment": r"[àãçéèêíóõúăâîșțłóżśćńąęёйыэюя]",
}


@pytest.mark.parametrize("feature", FEATURES)
def test_features_present(corpus, feature):
    text = "\n".join(t for _, t, _ in synth.generate(200, 40, seed=5))
    assert re.search(FEATURES[feature], text), feature


def test_every_article_has_quotes_and_a_headline(corpus):
    for _, text, _ in corpus:
        assert len(QUOTE.findall(text)) >= 2
        first = next(
            line for line in text.splitlines() if line.strip() and not re.match(r"(Follow|Sign up|Read|Download|Share|Advertisement)", line)
        )
        assert not first.endswith(".")


def test_no_seed_text():
    """No run of six words from the seed articles appears in the corpus."""
    root = Path(__file__).resolve().parents[1]

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[k : k + 6]) for k in range(len(words) - 5)}

    seeds = set().union(*(grams(p.read_text(encoding="utf-8")) for p in (root / "seeds").glob("*.txt")))
    assert seeds
    corpus = grams("\n".join(t for _, t, _ in synth.generate(100, 20)))
    assert not corpus & seeds


def test_write_corpus(tmp_path):
    items = synth.generate(4, 2, sidecars=0.5, seed=2)
    paths = synth.write_corpus(tmp_path / "c", items)
    assert [p.name for p in paths] == [n for n, _, _ in items]
    for path, (_, text, side) in zip(paths, items, strict=True):
        assert path.read_text(encoding="utf-8") == text
        assert path.with_suffix(".yml").exists() == (side is not None)
