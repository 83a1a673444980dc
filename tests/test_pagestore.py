"""A fresh build process takes unchanged pages from the page store of earlier
builds: it must give the bytes a build that renders everything gives, and
never a page made from other inputs or by other code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import SEEDS, build_project, make_project

from parallax import pagestore
from parallax.pagestore import PageStore

MARK = "STORED-PAGE-MARKER"


def _project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p", corpus=SEEDS)


def _build(root: Path, **options: object):
    result = build_project(root, mkdocs=False, cache_dir=root.parent / "cache", **options)
    assert not result.errors, result.errors
    return result


def _entries(root: Path) -> list[Path]:
    return sorted((root.parent / "cache" / "pages").glob("*/*.json"))


def _tamper(root: Path, name: str) -> Path:
    """Put MARK into the stored entry of ``name``, keeping its name and key."""
    for path in _entries(root):
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry["name"] == name:
            entry["made"] = entry["made"] + MARK
            path.write_text(json.dumps(entry), encoding="utf-8")
            return path
    raise AssertionError(f"no stored entry for {name}")


def _article_page(result) -> str:
    return sorted(p for p in result.pages if p.startswith("articles/") and p != "articles/index.md")[0]


@pytest.mark.parametrize("overlap", [False, True])
def test_a_fresh_build_after_an_edit_gives_the_bytes_of_a_full_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overlap: bool
) -> None:
    """Also when the edited article is analysed in a worker while the cached ones are read (``overlap``)."""
    from parallax import build as build_mod

    if overlap:
        monkeypatch.setattr(build_mod, "OVERLAP_MIN_CACHED", 1)
    root = _project(tmp_path)
    _build(root)
    assert _entries(root), "the first build stores its pages"
    reference = tmp_path / "reference"
    shutil.copytree(root, reference, symlinks=True)
    for project in (root, reference):
        first = sorted((project / "seeds").glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8").replace("\n\n", "\n\nA line added after publication.\n\n", 1), encoding="utf-8")
    again = _build(root, jobs=2)
    assert again.overlapped == (1 if overlap else 0) and again.cached == len(again.analyses) - 1
    full = build_project(reference, mkdocs=False, cache_dir=None)
    assert again.pages == full.pages
    assert (root / "docs" / "data" / "analysis.json").read_bytes() == (reference / "docs" / "data" / "analysis.json").read_bytes()


def test_an_unchanged_page_is_taken_from_the_store_and_an_edited_one_is_not(tmp_path: Path) -> None:
    root = _project(tmp_path)
    first = _build(root)
    page = _article_page(first)
    _tamper(root, page)
    # Proof that the store is read: the stored text (marked) is what the build writes.
    assert MARK in _build(root).pages[page]
    # An edit changes the page's key: the marked entry no longer matches and is pruned.
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    assert not any(MARK in text for text in _build(root).pages.values())
    assert not any(MARK in p.read_text(encoding="utf-8") for p in _entries(root))


def test_force_and_no_cache_render_every_page(tmp_path: Path) -> None:
    root = _project(tmp_path)
    page = _article_page(_build(root))
    _tamper(root, page)
    assert MARK not in _build(root, force=True).pages[page]


def test_a_store_of_other_code_is_never_read_and_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path)
    page = _article_page(_build(root))
    old = _tamper(root, page).parent
    monkeypatch.setattr(pagestore, "code_fingerprint", lambda: "0" * 16)
    assert MARK not in _build(root).pages[page]
    assert not old.exists()


@pytest.mark.parametrize(
    "content",
    ["{not json", "[]", json.dumps({"name": "articles/x.md", "key": "k", "made": 3}), ""],
)
def test_an_unreadable_or_foreign_entry_is_a_miss(tmp_path: Path, content: str) -> None:
    store = PageStore(tmp_path)
    store.put("articles/x.md", "k", "text")
    assert PageStore(tmp_path).get("articles/x.md", "k") == "text"
    (store.dir / store._file("articles/x.md", "k")).write_text(content, encoding="utf-8")
    assert PageStore(tmp_path).get("articles/x.md", "k") is None


def test_an_entry_answers_only_its_own_name_and_key(tmp_path: Path) -> None:
    store = PageStore(tmp_path)
    store.put("stories/s", "k1", {"stories/s/index.md": "page"})
    assert store.get("stories/s", "k1") == {"stories/s/index.md": "page"}
    assert store.get("stories/s", "k2") is None
    assert store.get("stories/t", "k1") is None
    assert store.get("stories/s", None) is None
    store.put("bytes", "k", b"not text")  # only text is stored
    assert store.get("bytes", "k") is None
