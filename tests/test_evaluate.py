"""The evaluation yardstick: the matcher on plain spans, and every gold file's validity.

Fast: nothing here runs the pipeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, load_script

sys.path.insert(0, str(ROOT / "tests" / "eval"))

import gold
import number

ev = load_script("evaluate", "evaluate")

DOCS = gold.load_gold_dir()
#: Never-seen texts kept apart from gold/ (tests/eval/README.md): validated here, scored by no floor.
BLIND = gold.load_gold_dir(ROOT / "tests" / "eval" / "blind" / "gold")
SEED_SOURCES = {f"seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")}


def G(start: int, end: int, layer: str = "quotes", *, optional: bool = False, **attrs) -> gold.GoldItem:
    attrs.setdefault("speaker", None) if layer == "quotes" else None
    return gold.GoldItem(layer, start, end, "x" * (end - start), attrs, optional)


def P(start: int, end: int, label: str = "quote", **attrs) -> ev.Pred:
    return ev.Pred(start, end, label, attrs)


# --------------------------------------------------------------------------
# matcher


@pytest.mark.parametrize(
    ("gold_span", "pred_span", "matches"),
    [
        ((10, 50), (10, 50), True),  # exact
        ((10, 50), (9, 50), True),  # a stray opening mark included
        ((10, 50), (10, 52), True),  # closing mark and comma included
        ((10, 50), (10, 34), True),  # 60% of the longer: just enough
        ((10, 50), (10, 33), False),  # 57.5%: a different quote
        ((10, 50), (30, 90), False),  # overlaps, but mostly something else
        ((10, 50), (50, 60), False),  # touching is not overlapping
        ((10, 20), (0, 100), False),  # a short scare quote inside a long prediction
    ],
)
def test_quote_overlap_rule(gold_span, pred_span, matches):
    assert (ev.quote_score(G(*gold_span), P(*pred_span)) is not None) is matches


@pytest.mark.parametrize(
    ("gold_span", "gold_label", "pred_span", "pred_label", "matches"),
    [
        ((0, 14), "PERSON", (9, 14), "PERSON", True),  # "Putin" inside "Vladimir Putin"
        ((0, 14), "PERSON", (0, 30), "PERSON", True),  # "Vladimir Putin invited" over-long
        ((0, 14), "PERSON", (0, 14), "ORG", False),  # right span, wrong label
        ((0, 14), "PERSON", (14, 20), "PERSON", False),  # adjacent only
    ],
)
def test_entity_rule(gold_span, gold_label, pred_span, pred_label, matches):
    g = G(*gold_span, layer="entities", label=gold_label, canonical="x")
    assert (ev.labelled_overlap_score(g, P(*pred_span, pred_label)) is not None) is matches


@pytest.mark.parametrize(
    ("pred_span", "pred_kind", "matches"),
    [
        ((20, 21), "quote-mismatch", True),  # the mark only
        ((21, 23), "quote-mismatch", True),  # within 2 characters after
        ((8, 10), "quote-mismatch", True),  # within 2 characters before
        ((23, 25), "quote-mismatch", False),  # 3 characters away
        ((10, 20), "glued-words", False),  # wrong kind
    ],
)
def test_artifact_rule(pred_span, pred_kind, matches):
    g = G(10, 21, layer="artifacts", kind="quote-mismatch")
    assert (ev.artifact_score(g, P(*pred_span, pred_kind)) is not None) is matches


def test_match_is_one_to_one_best_first():
    golds = [G(0, 10), G(20, 30)]
    preds = [P(20, 30), P(0, 9), P(0, 10)]
    m = ev.match(golds, preds, ev.quote_score)
    assert [(g.start, p.start, p.end) for g, p in m.pairs] == [(0, 0, 10), (20, 20, 30)]
    assert m.spurious == [P(0, 9)]
    assert m.missed == []


def test_match_optional_gold_is_neutral_and_never_missed():
    golds = [G(0, 10), G(40, 50, optional=True)]
    m = ev.match(golds, [P(40, 50), P(60, 70)], ev.quote_score)
    assert m.pairs == []
    assert m.neutral == [P(40, 50)]
    assert m.spurious == [P(60, 70)]
    assert [g.start for g in m.missed] == [0]


def test_match_prefers_required_over_optional():
    golds = [G(0, 10, optional=True), G(0, 10)]
    m = ev.match(golds, [P(0, 10)], ev.quote_score)
    assert [g.optional for g, _ in m.pairs] == [False]


def test_match_nothing_predicted_nothing_gold():
    m = ev.match([], [], ev.quote_score)
    assert (m.pairs, m.missed, m.spurious, m.neutral) == ([], [], [], [])


@pytest.mark.parametrize(
    ("gold_name", "predicted", "same"),
    [
        ("Vladimir Putin", "vladimir  putin", True),
        ("Xi Jinping", "Xi", False),
        ("L’Arena", "L'Arena", True),
        ("Associated Press", "The Associated Press", True),
        (["AFP", "Agence France-Presse"], "Agence France-Presse", True),
        (["AFP", "Agence France-Presse"], "France Press Agency", False),
        (None, None, True),
        (None, "Rosa Quispe", False),
        ("Rosa Quispe", None, False),
        ("Rosa Quispe", ["Rosa Quispe"], False),  # a prediction is one name
    ],
)
def test_same_name(gold_name, predicted, same):
    assert ev.same_name(gold_name, predicted) is same


def test_scores_count_speakers_only_on_matched_quotes():
    doc = _doc(quotes=[G(0, 10, speaker="A"), G(20, 30, speaker=None), G(40, 50, speaker="B")])
    preds = [P(0, 10, speaker="a"), P(20, 30, speaker="A"), P(60, 70, speaker="B")]
    s = ev.score_layer("quotes", [(doc, preds)])
    assert (s["gold"], s["pred"], s["tp"]) == (3, 3, 2)
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(2 / 3)
    assert s["speaker_accuracy"] == 0.5  # "a" is right (case), "A" for null is wrong


def test_scores_without_predictions_are_undefined_not_perfect():
    s = ev.score_layer("quotes", [(_doc(quotes=[G(0, 10)]), [])])
    assert s["precision"] is None and s["recall"] == 0.0 and s["speaker_accuracy"] is None


def test_false_alarms_per_500_words():
    raw = " ".join(["word"] * 250)
    doc = _doc(raw=raw, artifacts=[G(0, 4, layer="artifacts", kind="glued-words")])
    preds = [P(0, 4, "glued-words"), P(10, 14, "untranslated")]
    s = ev.score_layer("artifacts", [(doc, preds)])
    assert s["false_alarms_per_500_words"] == 2.0
    assert s["by_label"]["untranslated"]["precision"] == 0.0


def test_entities_outside_scored_labels_are_ignored():
    doc = _doc(entities=[G(0, 5, layer="entities", label="PERSON", canonical="A")])
    spans = [ev.Pred(0, 5, "PERSON", {"canonical": "A"}), ev.Pred(10, 15, "DATE", {})]
    preds = ev.preds_for("entities", spans, doc)
    assert [p.label for p in preds] == ["PERSON"]


@pytest.mark.parametrize(
    ("floors", "failures"),
    [
        ({"quotes": {"recall": 0.5}}, 0),
        ({"quotes": {"recall": 0.9}}, 1),
        ({"quotes": {"precision": 0.1}}, 1),  # undefined fails a floor above 0
        ({"quotes": {"precision": 0.0}}, 0),
        ({"artifacts": {"false_alarms_per_500_words_max": 1.0}}, 1),
        ({"artifacts": {"false_alarms_per_500_words_max": 3.0}}, 0),
        ({"sources": {"recall": 0.9}}, 0),  # layer not scored this run
    ],
)
def test_check_floors(floors, failures):
    scores = {
        "quotes": {"all": {"recall": 0.8, "precision": None}},
        "artifacts": {"all": {"false_alarms_per_500_words": 2.0}},
    }
    assert len(ev.check_floors(scores, floors)) == failures


def test_floors_file_names_real_scores():
    floors = yaml.safe_load((ROOT / "tests" / "eval" / "floors.yml").read_text(encoding="utf-8"))
    scores = ev.score_docs([(d, {}) for d in DOCS], gold.LAYERS, ["all"])
    for layer, limits in floors.items():
        if layer == "alignment":  # scored by scripts/eval_alignment.py, not by the layer scorer
            assert set(limits) <= {"precision", "recall"}
            continue
        for name in limits:
            assert name.removesuffix("_max") in scores[layer]["all"], f"{layer}.{name} is not a score"


def _doc(*, raw: str = "x" * 200, **layers) -> gold.GoldDoc:
    items = {layer: layers.get(layer, []) for layer in gold.LAYERS}
    return gold.GoldDoc("t", Path("t.yml"), "t.txt", "dev", raw, items)


# --------------------------------------------------------------------------
# gold files


def test_gold_covers_seeds_and_enough_new_texts():
    sources = {d.source for d in DOCS}
    assert sources >= SEED_SOURCES
    new = [d for d in DOCS if d.source not in SEED_SOURCES]
    assert len(new) >= 8
    assert {d.split for d in new} == {"dev", "test"}
    assert all(d.split == "dev" for d in DOCS if d.source in SEED_SOURCES)
    # Both splits keep enough texts to mean something; batches of never-seen
    # texts are scored as test first, then may join dev to be worked on.
    assert sum(d.split == "test" for d in new) >= 5
    assert sum(d.split == "dev" for d in new) >= 5


def test_the_blind_batch_is_whole_and_apart():
    """Every blind text has its gold, is held out, and is in no other folder."""
    texts = sorted((ROOT / "tests" / "eval" / "blind" / "corpus").glob("*.txt"))
    assert len(texts) >= 5
    assert {d.source for d in BLIND} == {p.relative_to(ROOT).as_posix() for p in texts}
    assert all(d.split == "test" for d in BLIND)
    assert not {d.name for d in BLIND} & {d.name for d in DOCS}
    for path in texts:
        assert 150 <= gold.word_count(path.read_text(encoding="utf-8")) <= 600, path.name


def test_every_corpus_text_has_gold_and_a_sensible_length():
    texts = sorted((ROOT / "tests" / "eval" / "corpus").glob("*.txt"))
    sources = {d.source for d in DOCS}
    for path in texts:
        rel = path.relative_to(ROOT).as_posix()
        assert rel in sources, f"{rel} has no gold file"
        assert 150 <= gold.word_count(path.read_text(encoding="utf-8")) <= 600, rel


@pytest.mark.parametrize("doc", DOCS + BLIND, ids=lambda d: d.name)
def test_gold_file_is_valid(doc):
    assert doc.raw == (ROOT / doc.source).read_text(encoding="utf-8-sig")
    for layer in gold.LAYERS:
        for g in doc.layer(layer):
            assert doc.raw[g.start : g.end] == g.text
            assert g.text == g.text.strip(), f"{layer} {g.text!r}: no outer spaces"
        assert doc.layer("quotes") or layer != "quotes"
    for g in doc.layer("entities"):
        assert g.attrs["label"] in gold.ENTITY_LABELS and g.attrs["label"] in doc.entity_labels
    for g in doc.layer("sources"):
        types = g.attrs["type"] if isinstance(g.attrs["type"], list) else [g.attrs["type"]]
        assert set(types) <= set(gold.SOURCE_TYPES)
    for g in doc.layer("artifacts"):
        assert g.attrs["kind"] in gold.ARTIFACT_KINDS


@pytest.mark.parametrize("doc", DOCS + BLIND, ids=lambda d: d.name)
def test_gold_file_is_in_its_canonical_style(doc):
    """Files stay as number.py writes them, so diffs of gold stay readable."""
    data = yaml.safe_load(doc.path.read_text(encoding="utf-8"))
    assert number.dump(data) == doc.path.read_text(encoding="utf-8")


def test_clean_texts_exist_in_both_splits():
    clean = {d.split for d in DOCS if not [g for g in d.layer("artifacts") if not g.optional]}
    assert clean == {"dev", "test"}


def test_every_artifact_kind_is_in_the_gold():
    kinds = {g.attrs["kind"] for d in DOCS for g in d.layer("artifacts") if not g.optional}
    assert kinds == set(gold.ARTIFACT_KINDS)


@pytest.mark.parametrize(
    ("raw", "text", "occurrence", "expected"),
    [
        ("Putin met Xi. Putin left.", "Putin", 2, (14, 19)),
        ("Putin met Xi.", "Xi", None, (10, 12)),
        ("aaa", "aa", 2, (1, 3)),  # overlapping occurrences count
    ],
)
def test_locate(raw, text, occurrence, expected):
    assert gold.locate(raw, text, occurrence) == expected


@pytest.mark.parametrize(
    ("raw", "text", "occurrence", "error"),
    [
        ("Putin met Xi. Putin left.", "Putin", None, "occurs 2 times"),
        ("Putin met Xi.", "Putin", 2, "out of range"),
        ("Putin met Xi.", "Medvedev", None, "not in the raw file"),
        ("Putin met Xi.", "", None, "empty"),
    ],
)
def test_locate_refuses(raw, text, occurrence, error):
    with pytest.raises(gold.GoldError, match=error):
        gold.locate(raw, text, occurrence)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("quotes:\n  - {text: Putin}\n", "missing"),
        ("entities:\n  - {text: Putin, label: PER, canonical: Putin}\n", "label must be"),
        ("entities:\n  - {text: Putin, label: DATE, canonical: Putin}\n", "outside entity_labels"),
        ("sources:\n  - {text: Putin, name: Putin, type: politician}\n", "type must be"),
        ("artifacts:\n  - {text: Putin, kind: typo}\n", "kind must be"),
        ("quotes:\n  - {text: Putin, speaker: Putin, who: me}\n", "unknown keys"),
        ("quotes:\n  - {text: Putin, speaker: Putin}\n  - {text: Putin, speaker: Xi}\n", "annotated twice"),
        ("quotes:\n  - {text: Merkel, speaker: null}\n", "not in the raw file"),
        ("layers: []\n", "unknown top-level"),
    ],
)
def test_bad_gold_files_are_named_errors(tmp_path, body, error):
    (tmp_path / "a.txt").write_text("Putin met Xi.", encoding="utf-8")
    path = tmp_path / "bad.yml"
    path.write_text(f"source: a.txt\nsplit: dev\n{body}", encoding="utf-8")
    with pytest.raises(gold.GoldError, match=error) as info:
        gold.load_gold(path, root=tmp_path)
    assert "bad.yml" in str(info.value)


def test_number_fills_occurrences_in_reading_order():
    raw = "Xi Jinping met Putin. Xi said: Putin, Xi’s host, agreed."
    entries = [{"text": "Xi Jinping"}, {"text": "Putin"}, {"text": "Xi"}, {"text": "Putin"}, {"text": "Xi"}]
    got = [e.get("occurrence") for e in number.number(raw, entries)]
    assert got == [None, 1, 2, 2, 3]


# --------------------------------------------------------------------------
# alignment gold

ALIGNMENTS = sorted((ROOT / "tests" / "eval" / "alignment").glob("*.yml"))
#: Never-seen stories (tests/eval/blind/alignment/): validated here, scored by the lead only.
BLIND_ALIGNMENTS = sorted((ROOT / "tests" / "eval" / "blind" / "alignment").glob("*.yml"))


@pytest.mark.parametrize("path", ALIGNMENTS + BLIND_ALIGNMENTS, ids=lambda p: p.stem)
def test_alignment_gold_is_valid(path):
    g = gold.load_alignment_gold(path)
    assert len(g.articles) >= 2 and g.required and g.must_not
    keys = {}
    for kind, pair in g.pairs():
        assert pair.a.source != pair.b.source
        raw_a = gold.read_raw(pair.a.source)
        assert raw_a[pair.a.start : pair.a.end] == pair.a.text
        key = frozenset([(pair.a.source, pair.a.start), (pair.b.source, pair.b.start)])
        assert key not in keys, f"{pair.a.text!r} / {pair.b.text!r} is both {keys.get(key)} and {kind}"
        keys[key] = kind
    for ref in g.unaligned:
        assert all(ref not in (p.a, p.b) for p in g.required + g.acceptable)


def test_alignment_covers_seeds_and_an_unseen_story():
    stories = [gold.load_alignment_gold(p) for p in ALIGNMENTS]
    assert any(set(s.articles.values()) == SEED_SOURCES for s in stories)
    assert any(len(s.articles) >= 3 and not set(s.articles.values()) & SEED_SOURCES for s in stories)


def test_score_alignment_table(tmp_path):
    (tmp_path / "a.txt").write_text("One fact here. Other claim. Only in A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The fact again. A new claim. Extra.", encoding="utf-8")
    (tmp_path / "g.yml").write_text(
        "articles: {A: a.txt, B: b.txt}\n"
        "required:\n  - {A: One fact, B: The fact}\n"
        "acceptable:\n  - {A: Other claim, B: Extra}\n"
        "must_not:\n  - {A: Other claim, B: A new claim}\n"
        "unaligned:\n  A: [Only in A]\n",
        encoding="utf-8",
    )
    g = gold.load_alignment_gold(tmp_path / "g.yml", root=tmp_path)
    sa = [("a.txt", 0, 14), ("a.txt", 15, 27), ("a.txt", 28, 38)]
    sb = [("b.txt", 0, 15), ("b.txt", 16, 28), ("b.txt", 29, 35)]
    r = gold.score_alignment(g, [(sb[0], sa[0]), (sa[1], sb[2]), (sa[1], sb[1]), (sa[2], sb[2])])
    assert (r["required_found"], r["proposed"], r["proposed_acceptable"], r["violations"]) == (1, 4, 2, 2)
    assert gold.score_alignment(g, [])["recall"] == 0.0
    assert ev.load_alignment_gold is gold.load_alignment_gold
