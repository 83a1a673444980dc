"""Lexicons kept as data (YAML), documented in each file's header.

Analysis code reads lexicons only through :func:`load_yaml`, so that what the
tool "knows" about the world (agencies, reporting verbs, office-holders) is
reviewable in one folder and never hidden in code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent


@cache
def load_yaml(name: str) -> Any:
    """Parse ``parallax/data/<name>`` once per process."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        # libyaml's parser when PyYAML has it: the same plain data, ~10x faster
        # (the lexicons are parsed at every start of an analysis process).
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
