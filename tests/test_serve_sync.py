"""Live preview writes pages in place: only changed files, vanished ones removed."""

from __future__ import annotations

from parallax.build import sync_pages


def test_sync_writes_changed_and_removes_vanished(tmp_path):
    docs = tmp_path / "docs"
    sync_pages({"articles/a.md": "A", "articles/b.md": "B"}, docs)
    a = docs / "articles" / "a.md"
    before = a.stat().st_mtime_ns
    sync_pages({"articles/a.md": "A", "articles/c.md": "C"}, docs)
    assert a.stat().st_mtime_ns == before  # unchanged bytes are not rewritten
    assert sorted(p.name for p in (docs / "articles").iterdir()) == ["a.md", "c.md"]
    assert (docs / "articles" / "c.md").read_text(encoding="utf-8") == "C"
