"""Whether the built site is already up to date, so a rebuild can be skipped.

MkDocs has no incremental build: every run renders every page. When nothing
the site is made of has changed since the last successful build, the build
stops after the (cached) analysis and leaves ``docs/`` and ``site/`` alone,
the way ``make`` skips a target that is newer than its inputs.

The *inputs* hash covers everything the pages are made of: the code (every
file of the package, templates included), each article's analysis key and
passage IDs (so ledger edits count), each story's comparison key, the MkDocs
configuration, the hand-written docs and assets, the site URL and the
versions of MkDocs and its extensions. The *outputs* hash is a listing of the
generated folders and the site (path, size, modification time), so a site or
page deleted or edited by hand is rebuilt too. The stamp is written only after
a build that succeeded without problems, and lives in the cache folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from .cache import PACKAGE_DIR, key, write_atomic
from .model import ArticleAnalysis

#: Distributions whose version changes the rendered site.
TOOLS = ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "jinja2")


def code_fingerprint() -> str:
    """Hash of every file of the package (code, templates, lexicons)."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE_DIR)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _files(folder: Path, skip: Iterable[str] = ()) -> Iterable[Path]:
    skip = set(skip)
    if not folder.is_dir():
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        rel = Path(dirpath).relative_to(folder)
        if rel == Path("."):
            dirnames[:] = [d for d in dirnames if d not in skip]
        dirnames.sort()
        out.extend(Path(dirpath) / f for f in sorted(filenames))
    return out


def inputs_hash(
    analyses: list[ArticleAnalysis],
    story_keys: list[str],
    *,
    config_file: Path,
    docs_dir: Path,
    generated_dirs: Iterable[str],
    site_url: str | None,
) -> str:
    """Hash of everything the generated pages and the site are made of."""
    h = hashlib.sha256()

    def part(value: object) -> None:
        h.update(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
        h.update(b"\0")

    part(["code", code_fingerprint(), sys.version_info[:2]])
    versions = []
    for name in TOOLS:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, None))
    part(versions)
    part(["site_url", site_url or os.environ.get("PARALLAX_SITE_URL")])
    for a in analyses:
        part([a.article.id, key(a.article), [[p.id, list(p.aliases)] for p in a.passages], a.retired])
    part(story_keys)
    part(["config", config_file.read_bytes().decode("utf-8", "replace") if config_file.exists() else None])
    docs = docs_dir.resolve()
    for path in _files(docs, skip=generated_dirs):
        h.update(str(path.relative_to(docs)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def outputs_hash(site_dir: Path, docs_dir: Path, generated_dirs: Iterable[str]) -> str:
    """Hash of the listing (path, size, mtime) of the site and the generated folders."""
    h = hashlib.sha256()
    roots = [site_dir] + [docs_dir / name for name in generated_dirs]
    for root in roots:
        h.update(f"[{root}]".encode())
        for path in _files(root):
            st = path.stat()
            h.update(f"{path.relative_to(root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def stamp_path(cache_dir: Path, site_dir: Path) -> Path:
    """One stamp per site folder, in the cache."""
    which = hashlib.sha256(str(site_dir.resolve()).encode()).hexdigest()[:12]
    return cache_dir / "sites" / f"{which}.json"


def up_to_date(path: Path, inputs: str, outputs: str) -> bool:
    """Whether the stamp at ``path`` records exactly these inputs and outputs."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return data.get("inputs") == inputs and data.get("outputs") == outputs


def record(path: Path, inputs: str, outputs: str) -> None:
    """Remember a successful build of ``inputs`` that produced ``outputs``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps({"inputs": inputs, "outputs": outputs}))
