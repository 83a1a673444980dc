"""The measured quality of every layer and of the alignment may not fall
below its floor.

Runs the real pipeline over the hand-annotated samples in tests/eval/ (the
seeds plus texts about other events) exactly as `make eval` does, and fails
when a score drops below tests/eval/floors.yml (layers) or the alignment
targets. Raising a floor is a deliberate act: measure, then set it a little
below the new score.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("script", "expected"), [("scripts/evaluate.py", "== artifacts"), ("scripts/eval_alignment.py", "total")])
def test_quality_meets_its_floor(script, expected):
    proc = subprocess.run([sys.executable, script, "--check"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert expected in proc.stdout
