"""The entities breadth set is well formed: unique ids, every listed name in its text."""

from __future__ import annotations

from tests.helpers import ROOT, load_script

mod = load_script("breadth_entities", "breadth_entities")


def test_breadth_set_loads() -> None:
    snippets = mod.load()
    assert len(snippets) >= 120
    assert {s["lang"] for s in snippets} >= {"en", "sr", "lv", "he", "am", "ms", "th", "sw", "pt", "el", "hu"}


def test_people_world_set_loads() -> None:
    snippets = mod.load(ROOT / "tests" / "eval" / "breadth" / "entities_people_world.yml")
    assert len(snippets) >= 170
    assert len({s["lang"] for s in snippets}) >= 50


def test_not_people_set_loads() -> None:
    snippets = mod.load(ROOT / "tests" / "eval" / "breadth" / "entities_not_people.yml")
    assert len(snippets) >= 150
    assert len({s["lang"] for s in snippets}) >= 40
    assert sum(1 for s in snippets if not s.get("PERSON")) >= 100  # mostly look-alikes


def test_orgs_world_set_loads() -> None:
    snippets = mod.load(ROOT / "tests" / "eval" / "breadth" / "entities_orgs_world.yml")
    assert len(snippets) >= 200
    assert len({s["lang"] for s in snippets}) >= 50
    assert sum(1 for s in snippets if s["id"].startswith("x-")) >= 50


def test_places_mt_set_loads() -> None:
    snippets = mod.load(ROOT / "tests" / "eval" / "breadth" / "entities_places_mt.yml")
    assert len(snippets) >= 200
    assert len({s["lang"] for s in snippets}) >= 50
    assert sum(1 for s in snippets if not s.get("PLACE")) >= 40  # look-alikes
