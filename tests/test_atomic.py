"""Nothing lost: a build that fails or is interrupted part-way leaves the
previous generated pages under docs/ and the previous site/ exactly as they
were.

A project is built once; each test copies it, changes the input (so a
finished build would change the pages), starts ``scripts/build.py`` as a
real subprocess and interrupts it at a chosen step: Ctrl-C during analysis,
Ctrl-C while MkDocs runs, SIGKILL while MkDocs runs, or a failing MkDocs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from helpers import ROOT, SEEDS, build_project, make_project

from parallax.build import GENERATED_DIRS

pytestmark = pytest.mark.slow

CACHE = ROOT / ".cache" / "parallax-tests"
EXTRA = (
    "Night ferry resumes after winter break\n\n"
    "The night ferry between the two islands resumed on Friday after a three-month winter break, the operator said.\n\n"
    '"Passengers asked for it," a spokeswoman said.\n'
)


def snapshot(root: Path) -> dict[str, str]:
    """Hash of every generated page under docs/ and every file of site/."""
    out = {}
    folders = [root / "docs" / name for name in GENERATED_DIRS] + [root / "site"]
    for folder in folders:
        if folder.exists():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".parallax-"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("atomic") / "base", SEEDS)
    result = build_project(root, site_url="http://127.0.0.1:8000/")
    assert [str(p) for p in result.problems] == []
    assert (root / "site" / "index.html").is_file()
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project with one more article, so a finished build would differ."""
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    (root / "seeds" / "ferry.txt").write_text(EXTRA, encoding="utf-8")
    return root


def start_build(root: Path, *extra: str) -> subprocess.Popen[str]:
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "build.py"),
        "-i",
        "seeds",
        "--docs",
        "docs",
        "-o",
        "site",
        "-f",
        "mkdocs.yml",
        "--anchors",
        "anchors",
        "--site-url",
        "http://127.0.0.1:8000/",
        "-j",
        "1",
        "-q",
        *extra,
    ]
    # Its own session, so a signal reaches the build and MkDocs together, as
    # Ctrl-C in a terminal does, and nothing else. SIGINT back at its default:
    # a test run started as a background job (`cmd &`) inherits it ignored, and
    # Python then never raises KeyboardInterrupt, which a terminal's Ctrl-C does.
    return subprocess.Popen(
        cmd,
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for(predicate, proc: subprocess.Popen[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"the build ended (exit {proc.returncode}) before the step to interrupt:\n{err}")
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail("the build never reached the step to interrupt")


def mkdocs_running(proc: subprocess.Popen[str]) -> bool:
    try:
        children = psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return False
    for child in children:
        try:
            if "mkdocs" in " ".join(child.cmdline()):
                return True
        except psutil.Error:
            continue
    return False


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str]:
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        pytest.fail(f"the build did not stop after the signal:\n{err}")
    return proc.returncode, err


def test_ctrl_c_during_analysis_keeps_previous_pages_and_site(project: Path):
    before = snapshot(project)
    proc = start_build(project, "--no-cache")
    # Analysis without cache loads spaCy and parses: seconds, not milliseconds.
    started = time.monotonic()
    wait_for(lambda: time.monotonic() - started > 3.0, proc)
    os.killpg(proc.pid, signal.SIGINT)
    code, err = finish(proc)
    assert code != 0, "an interrupted build must not report success"
    assert "Traceback" not in err, err
    assert snapshot(project) == before
    assert leftovers(project) == []


def test_ctrl_c_during_mkdocs_keeps_previous_pages_and_site(project: Path):
    before = snapshot(project)
    proc = start_build(project, "--cache-dir", str(CACHE))
    wait_for(lambda: mkdocs_running(proc), proc)
    os.killpg(proc.pid, signal.SIGINT)
    code, err = finish(proc)
    assert code != 0, err
    assert snapshot(project) == before
    assert leftovers(project) == []


def _hard_kill_during_mkdocs(project: Path) -> None:
    proc = start_build(project, "--cache-dir", str(CACHE))
    wait_for(lambda: mkdocs_running(proc), proc)
    os.killpg(proc.pid, signal.SIGKILL)
    finish(proc)


def _part(snap: dict[str, str], prefix: str) -> dict[str, str]:
    return {k: v for k, v in snap.items() if k.startswith(prefix)}


def test_sigkill_during_mkdocs_keeps_previous_site(project: Path):
    """A hard kill (power cut, OOM killer, CI timeout) runs no clean-up code."""
    before = snapshot(project)
    _hard_kill_during_mkdocs(project)
    assert _part(snapshot(project), "site/") == _part(before, "site/")


def test_sigkill_during_mkdocs_keeps_previous_pages(project: Path):
    before = snapshot(project)
    _hard_kill_during_mkdocs(project)
    assert _part(snapshot(project), "docs/") == _part(before, "docs/")


def test_next_build_after_a_hard_kill_succeeds(project: Path):
    _hard_kill_during_mkdocs(project)
    proc = start_build(project, "--cache-dir", str(CACHE), "--strict")
    code, err = finish(proc, timeout=600)
    assert code == 0, err
    assert (project / "site" / "articles" / "ferry" / "index.html").is_file()
    assert (project / "docs" / "articles" / "ferry.md").is_file()


def test_next_build_cleans_up_after_a_hard_kill(project: Path):
    _hard_kill_during_mkdocs(project)
    code, err = finish(start_build(project, "--cache-dir", str(CACHE)), timeout=600)
    assert code == 0, err
    assert leftovers(project) == []


def test_failing_mkdocs_keeps_previous_pages_and_site(project: Path):
    before = snapshot(project)
    config = project / "mkdocs.yml"
    # A theme that does not exist: MkDocs stops with a configuration error.
    config.write_text(config.read_text(encoding="utf-8") + "\ntheme:\n  name: no-such-theme\n", encoding="utf-8")
    proc = start_build(project, "--cache-dir", str(CACHE))
    code, err = finish(proc, timeout=600)
    assert code == 2, err
    assert err.startswith("error: MkDocs failed"), err
    assert snapshot(project) == before
    assert leftovers(project) == []


def test_a_finished_build_does_replace_the_pages(project: Path):
    """The control: without interruption the same build changes docs/ and site/."""
    before = snapshot(project)
    proc = start_build(project, "--cache-dir", str(CACHE))
    code, err = finish(proc, timeout=600)
    assert code == 0, err
    after = snapshot(project)
    assert after != before
    assert "site/articles/ferry/index.html" in after and "docs/articles/ferry.md" in after
    assert leftovers(project) == []
