"""A long-running build (make serve) keeps its results in a memo between builds:
the pages and export it gives must be byte for byte those of a fresh build."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import SEEDS, build_project, make_project

from parallax.memo import Memo

EXTRA = (
    "Harbour workers end strike in Tessaly\n\n"
    "Dock workers in Tessaly ended a nine-day strike on Monday, the union said.\n\n"
    "“We have an agreement,” union leader Tomas Lind told reporters. Ships began to leave the port in the afternoon.\n"
)


def _outputs(root: Path) -> dict[str, bytes]:
    docs = root / "docs"
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for name in ("articles", "stories", "people", "organisations", "sources", "_generated", "data")
        for p in sorted((docs / name).rglob("*"))
        if p.is_file()
    }


def _edit(corpus: Path) -> None:
    first = sorted(corpus.glob("*.txt"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("\n\n", "\n\nA correction was added to this article after publication.\n\n", 1), encoding="utf-8")


def test_builds_with_a_memo_give_the_bytes_of_fresh_builds(tmp_path: Path) -> None:
    root = make_project(tmp_path / "served", corpus=SEEDS, files={"harbour.txt": EXTRA})
    memo = Memo()
    first = build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    assert not first.errors, first.errors
    assert memo.analyses and memo.pages and memo.anchored and memo.comparisons
    # The same project as it stands now, built afresh after the same edit, is the yardstick.
    fresh = tmp_path / "fresh"
    shutil.copytree(root, fresh, symlinks=True)
    for project in (root, fresh):
        _edit(project / "seeds")
    again = build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    reference = build_project(fresh, mkdocs=False, write_mode="sync")
    assert not again.errors and not reference.errors
    assert again.pages == reference.pages
    assert _outputs(root) == _outputs(fresh)
    assert sorted(p.name for p in (root / "anchors").iterdir()) == sorted(p.name for p in (fresh / "anchors").iterdir())
    for ledger in (root / "anchors").iterdir():
        assert ledger.read_bytes() == (fresh / "anchors" / ledger.name).read_bytes(), ledger.name
    # The edited article is new in the memo; the old analysis of it is gone.
    assert len(memo.analyses) == len(again.analyses)


def test_a_memo_build_after_no_change_reuses_everything(tmp_path: Path) -> None:
    root = make_project(tmp_path / "served", corpus=SEEDS)
    memo = Memo()
    first = build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    pages = {name: made for name, (_, made) in memo.pages.items()}
    again = build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    assert again.pages == first.pages
    # The very objects of the first build: nothing was rendered or parsed again.
    assert all(memo.pages[name][1] is made for name, made in pages.items())


def test_a_memo_notices_a_new_sidecar(tmp_path: Path) -> None:
    root = make_project(tmp_path / "served", corpus=SEEDS)
    memo = Memo()
    build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    first = sorted((root / "seeds").glob("*.txt"))[0]
    first.with_suffix(".yml").write_text("title: A title from the sidecar\n", encoding="utf-8")
    again = build_project(root, mkdocs=False, write_mode="sync", memo=memo)
    assert any(a.article.meta.title == "A title from the sidecar" for a in again.analyses)
