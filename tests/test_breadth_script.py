"""scripts/breadth.py: where each line of the breadth set lands and how a flag counts.

The pipeline is not run here (the script runs it); fake flags stand in for
the layer's, so the table checks only the placing and the counting.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from helpers import load_script

breadth = load_script("breadth")

DATA = {
    "contexts": ["Title here\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"],
    "furniture": [{"lang": "en", "line": "Read more: Fares rise"}, {"lang": "de", "line": "Anzeige", "at": "end"}],
    "clean": [{"line": "The ferry left at noon."}],
}


def test_lines_sit_after_the_second_body_paragraph_or_at_the_end() -> None:
    cases = breadth.build_cases(DATA)
    assert [c.text[c.start : c.end] for c in cases] == ["Read more: Fares rise", "Anzeige", "The ferry left at noon."]
    assert cases[0].text.split("\n\n")[3] == "Read more: Fares rise"
    assert cases[1].text.rstrip().endswith("Third paragraph.\n\nAnzeige")


def test_a_flag_counts_on_its_line_and_anywhere_else_as_a_false_flag() -> None:
    cases = breadth.build_cases(DATA)
    flags = [
        [(cases[0].start, cases[0].end, "boilerplate")],  # found
        [(0, 5, "boilerplate")],  # missed, and a flag on the context
        [(cases[2].start, cases[2].start + 3, "boilerplate")],  # a false flag on a clean line
    ]
    result = breadth.score(cases, flags)
    assert [c.line for c in result["found"]] == ["Read more: Fares rise"]
    assert [c.line for c in result["missed"]] == ["Anzeige"]
    assert [c.line for c in result["false"]] == ["The ferry left at noon."]
    assert [c.line for c, _ in result["context"]] == ["Anzeige"]


def test_the_committed_sets_are_well_formed() -> None:
    for path in sorted(Path(breadth.SET).parent.glob("boilerplate*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["contexts"] and data["furniture"] and data["clean"], path
        for case in breadth.build_cases(data):
            assert case.text[case.start : case.end] == case.line
            assert "\n" not in case.line


breadth_damage = load_script("breadth_damage")

MARKED = {
    "contexts": DATA["contexts"],
    "damaged": [{"lang": "fi", "line": "Aino Laine spoke. [[He]] left."}],
    "clean": [{"line": "Pekka Laine spoke. He left."}],
}


def test_marks_are_taken_out_and_point_at_the_damaged_words() -> None:
    assert breadth_damage.unmark("a [[b c]] d [[e]]") == ("a b c d e", [(2, 5), (8, 9)])
    cases = breadth_damage.build_cases(MARKED)
    c = cases[0]
    assert c.case.text[c.case.start : c.case.end] == "Aino Laine spoke. He left."
    assert [c.case.text[s:e] for s, e in c.marks] == ["He"]


def test_a_damage_flag_counts_only_on_the_mark_and_of_its_kind() -> None:
    cases = breadth_damage.build_cases(MARKED)
    d, c = cases
    s, e = d.marks[0]
    flags = [[(d.case.start, d.case.start + 4, "pronoun-gender"), (s, e, "untranslated")], [(c.case.end - 5, c.case.end, "pronoun-gender")]]
    result = breadth_damage.score(cases, flags, "pronoun-gender")
    assert [x.line for x, _ in result["missed"]] == ["Aino Laine spoke. He left."]
    assert [x.line for x, _ in result["false"]] == ["Pekka Laine spoke. He left."]
    assert breadth_damage.score(cases, [[(s, e, "pronoun-gender")], []], "pronoun-gender")["found"]


def test_the_committed_damage_sets_are_well_formed() -> None:
    folder = Path(breadth.SET).parent
    paths = sorted([*folder.glob("untranslated*.yml"), *folder.glob("pronoun_gender*.yml")])
    assert len(paths) >= 4
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["contexts"] and data["damaged"] and data["clean"], path
        for mc in breadth_damage.build_cases(data):
            # one paragraph, or two when the damage is across a break ("\n\n")
            assert "\n" not in mc.case.line.replace("\n\n", " ") and "[[" not in mc.case.line
            assert mc.marks or not mc.case.furniture
