"""Pages made by earlier build processes, kept on disk under the cache folder.

``make serve`` keeps every rendered page and export record in memory
(:class:`parallax.memo.Memo`), each under a hash of everything it is made of,
so an edit re-renders one article and its story. A one-shot ``parallax
build`` starts with an empty memo and used to render every page again after
one article changed: most of its time after the analysis at 1,000 articles.
The store keeps the same ``(key, made)`` pairs as files, so a fresh process
renders only pages whose inputs changed.

Every entry lives under a fingerprint of the whole package — renderer,
templates and export included — so a new version of the code never serves
a page an older one made; keys come from :func:`parallax.build._page_keys`,
which the memo already trusts. An entry is the file ``<hash of name and
key>.json`` holding both, checked on reading; anything unreadable is a miss.
Like the memo, the store is an optimisation only: a build with it gives the
bytes a build without it gives (tested).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

from .cache import PACKAGE_DIR, write_atomic


@cache
def code_fingerprint() -> str:
    """Hash of every file of the package: any change to the code or a template starts a new store."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".j2", ".yml", ".yaml", ".txt", ".css", ".js", ".json"):
            h.update(str(path.relative_to(PACKAGE_DIR)).encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _storable(made: Any) -> bool:
    """Pages are text; a story's pages a mapping of names to text."""
    return isinstance(made, str) or (isinstance(made, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in made.items()))


class PageStore:
    """Made pages under ``root/pages/<code fingerprint>/``."""

    def __init__(self, root: Path):
        self.base = root / "pages"
        self.dir = self.base / code_fingerprint()
        self.used: set[str] = set()

    @staticmethod
    def _file(name: str, key: str) -> str:
        return hashlib.sha256(f"{name}\0{key}".encode()).hexdigest()[:32] + ".json"

    def get(self, name: str, key: str | None) -> Any:
        """What an earlier build made for ``name`` from inputs hashing to ``key``, or None."""
        if key is None:
            return None
        file = self._file(name, key)
        try:
            entry = json.loads((self.dir / file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("name") != name or entry.get("key") != key or not _storable(entry.get("made")):
            return None
        self.used.add(file)
        return entry["made"]

    def mark_used(self, name: str, key: str) -> None:
        """Keep the entry for ``name`` and ``key`` at the next :meth:`prune` (a memory hit in ``make serve``)."""
        self.used.add(self._file(name, key))

    def put(self, name: str, key: str | None, made: Any) -> None:
        if key is None or not _storable(made):
            return
        file = self._file(name, key)
        self.used.add(file)
        # A read-only or full cache only costs speed.
        with contextlib.suppress(OSError):
            write_atomic(self.dir / file, json.dumps({"name": name, "key": key, "made": made}, ensure_ascii=False))

    def prune(self) -> None:
        """Keep only what the latest build used, and no other code version's store."""
        with contextlib.suppress(OSError):
            for child in self.base.iterdir():
                if child == self.dir:
                    continue
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
            for path in self.dir.iterdir():
                if path.name not in self.used:
                    path.unlink(missing_ok=True)
