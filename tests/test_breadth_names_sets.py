"""The name breadth sets (mangled-name, lowercase-name), scored by scripts/breadth_damage.py.

A damaged snippet gives its damaged words as ``name`` rather than ``[[…]]``
marks; the table checks where each snippet and name land and how a flag
counts. The pipeline is not run here: fake flags stand in for the layer's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import load_script

breadth_damage = load_script("breadth_damage")

DATA = {
    "kind": "mangled-name",
    "contexts": ["Title here\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"],
    "damaged": [
        {"lang": "xx", "name": "Dawn", "line": "The newspaper Dawn wrote so."},
        {"lang": "yy", "name": "Fresh Hour", "line": "The daily Fresh Hour wrote so."},
    ],
    "clean": [{"line": "The Times wrote so."}],
}


def test_snippets_sit_after_the_second_body_paragraph_with_their_name_marked() -> None:
    cases = breadth_damage.build_cases(DATA)
    assert [m.case.line for m in cases] == [x["line"] for x in DATA["damaged"] + DATA["clean"]]
    assert [[m.case.text[s:e] for s, e in m.marks] for m in cases] == [["Dawn"], ["Fresh Hour"], []]
    assert cases[0].case.text.split("\n\n")[3] == DATA["damaged"][0]["line"]


def test_a_name_missing_from_its_line_is_an_error() -> None:
    bad = dict(DATA, damaged=[{"name": "Nowhere", "line": "The daily Fresh Hour wrote so."}])
    with pytest.raises(SystemExit, match="Nowhere"):
        breadth_damage.build_cases(bad)


def test_a_flag_of_the_kind_counts_on_the_name_and_anywhere_else_as_a_false_flag() -> None:
    cases = breadth_damage.build_cases(DATA)
    (n0s, n0e), (c1, c2) = cases[0].marks[0], (cases[1].case, cases[2].case)
    flags = [
        [(n0s, n0e, "mangled-name")],  # found
        [(c1.start, c1.start + 3, "mangled-name"), (0, 5, "mangled-name")],  # on the line but not the name; a context flag
        [(c2.start, c2.start + 3, "mangled-name"), (c2.start, c2.start + 3, "untranslated")],  # false flag
    ]
    result = breadth_damage.score(cases, flags, "mangled-name")
    assert [c.line for c, _ in result["found"]] == [DATA["damaged"][0]["line"]]
    assert [c.line for c, _ in result["missed"]] == ["The daily Fresh Hour wrote so."]
    assert [c.line for c, _ in result["false"]] == ["The Times wrote so."]
    assert [c.line for c, _ in result["context"]] == ["The daily Fresh Hour wrote so."]


def test_the_committed_name_sets_are_well_formed() -> None:
    root = Path(breadth_damage.ROOT) / "tests" / "eval" / "breadth"
    paths = sorted(root.glob("mangled_names*.yml")) + sorted(root.glob("lowercase_names*.yml"))
    assert len(paths) == 8
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["kind"] in breadth_damage.SETS and data["contexts"] and data["damaged"] and data["clean"], path
        for m in breadth_damage.build_cases(data):
            assert m.case.text[m.case.start : m.case.end] == m.case.line and "\n" not in m.case.line
            assert all(m.case.start <= s < e <= m.case.end for s, e in m.marks)
            assert bool(m.marks) == m.case.furniture
