"""The speaker breadth set and its scorer (scripts/breadth_speakers.py)."""

from __future__ import annotations

import pytest
import yaml

from tests.helpers import ROOT, load_script

breadth = load_script("breadth_speakers")


@pytest.mark.parametrize("name", ["speakers.yml", "speaker_names.yml", "speakers_mt_shapes.yml"])
def test_breadth_set_is_well_formed(name):
    """Every snippet has an id, a text and quotes whose words start one of the text's quotes."""
    snippets = yaml.safe_load((ROOT / "tests" / "eval" / "breadth" / name).read_text(encoding="utf-8"))["snippets"]
    ids = [s["id"] for s in snippets]
    assert len(ids) == len(set(ids))
    for s in snippets:
        assert s["text"].strip() and s["quotes"], s["id"]
        for q in s["quotes"]:
            assert set(q) == {"quote", "speaker"}, s["id"]
            assert isinstance(q["quote"], str) and q["quote"].strip(), s["id"]
            assert q["speaker"] is None or isinstance(q["speaker"], (str, list)), s["id"]
            assert " ".join(breadth._words(q["quote"])) in " ".join(breadth._words(s["text"])), s["id"]


def test_scorer_counts_right_wrong_and_unknown():
    snippets = [
        {
            "id": "a",
            "text": "“We will win,” said coach Marta Lindqvist.",
            "quotes": [{"quote": "We will win", "speaker": "Marta Lindqvist"}],
        },
        {"id": "b", "text": "“We will win,” said an official.", "quotes": [{"quote": "We will win", "speaker": "Marta Lindqvist"}]},
        {"id": "c", "text": "No quote here.", "quotes": [{"quote": "We will win", "speaker": None}]},
    ]
    tally = breadth.score(snippets)
    assert (tally.right, tally.wrong, tally.unknown, tally.missed) == (1, 0, 1, 1)
    assert breadth.same_speaker(["the Ministry of Health"], "Ministry of Health")
    assert not breadth.same_speaker(None, "Marta Lindqvist")


@pytest.mark.parametrize(
    ("gold", "got", "part"),
    [
        ("Aidos Zhumabekov", "Zhumabekov", "shorter"),
        ("Nguyễn Văn Hải", "Văn Hải", "shorter"),
        (["Chaminda Perera", "Chaminda perera"], "Chaminda", "shorter"),
        ("Dahl", "Ingrid Dahl", "longer"),
        ("Marta Vidal", "Marta Vidal", None),
        ("Marta Vidal", "Pau Vidal", None),
        ("Marta Vidal", None, None),
    ],
)
def test_name_part_tells_shorter_and_longer_names(gold, got, part):
    assert breadth.name_part(gold, got) == part
