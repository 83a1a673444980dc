"""The README documents every build option, sidecar key and make target, so
the docs cannot silently fall behind the code (Datasette's habit)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parallax.cli import parser
from parallax.ingest import SIDECAR_KEYS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("option", sorted({o for a in parser()._actions for o in a.option_strings if o.startswith("--") and o != "--help"}))
def test_every_build_option_is_documented(option):
    assert f"`{option}`" in README


@pytest.mark.parametrize("key", sorted(SIDECAR_KEYS))
def test_every_sidecar_key_is_documented(key):
    assert re.search(rf"^{key}:", README, re.M), key
    assert key in (ROOT / "docs" / "data.md").read_text(encoding="utf-8") or key == "notes"


@pytest.mark.parametrize("target", ["site", "serve", "test", "eval", "bench", "check-anchors"])
def test_every_make_target_is_documented(target):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(target)}:", makefile, re.M)
    assert f"`make {target}`" in README


def test_ci_runs_the_readme_test_command():
    assert "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
