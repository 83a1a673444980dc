"""The outlet lexicon stays sorted and unambiguous.

Several layers and sessions add to ``parallax/data/outlets.yml``; a sorted list
shows a duplicate at a glance, and a name or variant listed under two entries
would make the outlet a surface form denotes depend on the file's order
(``_people.organisations`` keeps the first one).
"""

from __future__ import annotations

from collections import Counter

from parallax.data import load_yaml


def _entries() -> list[dict]:
    return load_yaml("outlets.yml")


def test_outlets_sorted_by_name_case_insensitively() -> None:
    names = [str(e["name"]) for e in _entries()]
    keys = [n.casefold() for n in names]
    unsorted = [(a, b) for a, b, ka, kb in zip(names, names[1:], keys, keys[1:], strict=False) if ka > kb]
    assert not unsorted, f"outlets.yml out of order: {unsorted[:5]}"


def test_outlets_no_name_or_variant_twice() -> None:
    forms: Counter[str] = Counter()
    for e in _entries():
        own = {str(e["name"]).casefold(), *(str(v).casefold() for v in e.get("variants") or [])}
        forms.update(own)  # a variant repeating its own entry's name counts once
    twice = sorted(f for f, n in forms.items() if n > 1)
    assert not twice, f"listed under two entries: {twice}"


def test_outlets_entries_well_formed() -> None:
    types = {"news-agency", "broadcaster", "newspaper", "magazine", "online"}
    for e in _entries():
        assert set(e) <= {"name", "type", "country", "variants", "translations"}, e
        assert e["type"] in types, e
        assert isinstance(e.get("country"), str), e  # a bare NO is read as False
