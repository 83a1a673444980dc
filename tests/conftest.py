"""Fixtures: one seed site built once per session, reused by read-only tests."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import SEEDS, build_project, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def site_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory, site_port: int):
    """The seeds built into a temporary project, with the test server's URL."""
    root = make_project(tmp_path_factory.mktemp("seedsite"), SEEDS)
    result = build_project(root, site_url=f"http://127.0.0.1:{site_port}/")
    return root, result


@pytest.fixture(scope="session")
def seed_export(seed_build):
    root, _ = seed_build
    return json.loads((root / "site" / "data" / "analysis.json").read_text(encoding="utf-8"))
