"""scripts/breadth_names.py: where each snippet lands, where its name sits, and how a flag counts.

The pipeline is not run here (the script runs it); fake flags stand in for
the layer's, so the table checks only the placing and the counting.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from helpers import load_script

names = load_script("breadth_names")

DATA = {
    "kind": "mangled-name",
    "contexts": ["Title here\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"],
    "damaged": [
        {"lang": "lv", "name": "Day", "line": "The newspaper Day wrote so."},
        {"lang": "he", "name": "Latest News", "line": "The daily Latest News wrote so."},
    ],
    "clean": [{"line": "The Times wrote so."}],
}


def test_snippets_sit_after_the_second_body_paragraph_with_their_name() -> None:
    cases = names.build_cases(DATA)
    assert [c.text[c.start : c.end] for c in cases] == [x["line"] for x in DATA["damaged"] + DATA["clean"]]
    assert [c.text[c.name_start : c.name_end] for c in cases[:2]] == ["Day", "Latest News"]
    assert cases[0].text.split("\n\n")[3] == "The newspaper Day wrote so."


def test_a_flag_of_the_kind_counts_on_the_name_and_anywhere_else_as_a_false_flag() -> None:
    cases = names.build_cases(DATA)
    flags = [
        [(cases[0].name_start, cases[0].name_end, "mangled-name")],  # found
        [(cases[1].start, cases[1].start + 3, "mangled-name"), (0, 5, "mangled-name")],  # missed (not on the name), context flag
        [(cases[2].start, cases[2].start + 3, "mangled-name"), (cases[2].start, cases[2].start + 3, "untranslated")],  # false flag
    ]
    result = names.score(cases, flags, "mangled-name")
    assert [c.line for c in result["found"]] == ["The newspaper Day wrote so."]
    assert [c.line for c in result["missed"]] == ["The daily Latest News wrote so."]
    assert [c.line for c, _ in result["false"]] == ["The Times wrote so."]
    assert [c.line for c, _ in result["context"]] == ["The daily Latest News wrote so."]


def test_the_committed_sets_are_well_formed() -> None:
    root = Path(names.ROOT) / "tests" / "eval" / "breadth"
    paths = sorted(root.glob("mangled_names*.yml")) + sorted(root.glob("lowercase_names*.yml"))
    assert len(paths) == 4
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["kind"] in ("mangled-name", "lowercase-name") and data["contexts"] and data["damaged"] and data["clean"], path
        for case in names.build_cases(data):
            assert case.text[case.start : case.end] == case.line
            assert case.start <= case.name_start < case.name_end <= case.end
            assert "\n" not in case.line
