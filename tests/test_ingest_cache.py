"""The ingest cache (``parallax.cache.IngestCache``): a fresh build takes what
an earlier one ingested from an unchanged file, and ingests again whenever
the file, its sidecar, a misnamed sidecar beside it, its path or its slug
differ; the worker of an edit is started before ingest when few files changed."""

from __future__ import annotations

import dataclasses
import marshal
import os
from pathlib import Path

import pytest

from parallax import build as build_mod
from parallax.build import BuildOptions, _ingest, discover
from parallax.cache import IngestCache
from parallax.ingest import ingest_file, unique_slugs

FILES: dict[str, bytes] = {
    "bridge.txt": b"Bridge reopens\n\nThe bridge over the Lenna reopened on Monday, the city said.\n",
    "bridge.yml": b"outlet: Lenna Courier\npublished: 2026-03-10\nmood: calm\n",
    "ferry.txt": "Ferry strike ends\n\nThe ferry crews returned to work on Tuesday, their union\u2019s café owner said.\n".encode("cp1252"),
    "storm.txt": "Storm closes port\n\n\u00bb Subscribe to our newsletter\n\nThe port closed at noon.\n".encode(),
    "storm.yaml": b"outlet: Harbour Times\n",
}


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    for name, data in FILES.items():
        (corpus / name).write_bytes(data)
    return corpus


def _ingest_all(corpus: Path, store: IngestCache | None) -> dict[str, tuple[object, list[object]]]:
    files, _ = discover(corpus)
    slugs = unique_slugs([label for _, label in files])
    out = {}
    for path, label in files:
        probe = store.probe(path, label, slugs[label]) if store is not None else None
        out[label] = _ingest(path, label, slugs[label], None, store, probe)
    if store is not None:
        store.save()
    return out


def _plain(corpus: Path) -> dict[str, tuple[object, list[object]]]:
    files, _ = discover(corpus)
    slugs = unique_slugs([label for _, label in files])
    return {label: ingest_file(path, source=label, slug=slugs[label]) for path, label in files}


def test_a_cached_ingest_gives_what_ingesting_gives(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    first = IngestCache(tmp_path / "cache")
    assert _ingest_all(corpus, first) == _plain(corpus)
    assert first.hits == 0
    again = IngestCache(tmp_path / "cache")
    got = _ingest_all(corpus, again)
    assert again.hits == 3
    assert got == _plain(corpus)
    # Problems and warnings come back too: the sidecar's unknown key, the misnamed sidecar, the encoding.
    codes = sorted(p.code for _, problems in got.values() for p in problems)
    assert "sidecar-unknown-key" in codes and "sidecar-name" in codes


@pytest.mark.parametrize(
    "change",
    ["article", "sidecar", "new-sidecar", "misnamed-removed", "link"],
)
def test_whatever_ingest_reads_changing_is_a_miss(tmp_path: Path, change: str) -> None:
    corpus = _corpus(tmp_path)
    _ingest_all(corpus, IngestCache(tmp_path / "cache"))
    if change == "article":
        (corpus / "bridge.txt").write_bytes(FILES["bridge.txt"] + b"\nA line added.\n")
    elif change == "sidecar":
        (corpus / "bridge.yml").write_bytes(b"outlet: Lenna Post\n")
    elif change == "new-sidecar":
        (corpus / "ferry.yml").write_bytes(b"outlet: Ferry Weekly\n")
    elif change == "misnamed-removed":
        (corpus / "storm.yaml").unlink()
    else:
        (corpus / "bridge.txt").unlink()
        (corpus / "real.txt").write_bytes(FILES["bridge.txt"])
        os.symlink(corpus / "real.txt", corpus / "bridge.txt")
    store = IngestCache(tmp_path / "cache")
    got = _ingest_all(corpus, store)
    assert got == _plain(corpus)
    assert store.hits == {"article": 2, "sidecar": 2, "new-sidecar": 2, "misnamed-removed": 2, "link": 2}[change]


def test_a_moved_file_is_a_miss_and_the_cache_keeps_only_this_corpus(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _ingest_all(corpus, IngestCache(tmp_path / "cache"))
    (corpus / "ferry.txt").rename(corpus / "ferry-strike.txt")
    store = IngestCache(tmp_path / "cache")
    assert _ingest_all(corpus, store) == _plain(corpus)
    assert store.hits == 2
    assert sorted(IngestCache(tmp_path / "cache").entries) == ["seeds/bridge.txt", "seeds/ferry-strike.txt", "seeds/storm.txt"]


@pytest.mark.parametrize("content", [b"", b"\x00not marshal", b"\xe9", marshal.dumps([1]), marshal.dumps({"seeds/bridge.txt": 3})])
def test_an_unreadable_cache_file_is_empty(tmp_path: Path, content: bytes) -> None:
    corpus = _corpus(tmp_path)
    store = IngestCache(tmp_path / "cache")
    _ingest_all(corpus, store)
    store.path.write_bytes(content)
    again = IngestCache(tmp_path / "cache")
    assert again.entries == {} and _ingest_all(corpus, again) == _plain(corpus)


@pytest.mark.parametrize(("changed", "starts"), [(0, False), (1, True), (3, False)])
def test_the_edit_worker_starts_before_ingest_only_for_a_few_changed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: int, starts: bool
) -> None:
    corpus = _corpus(tmp_path)
    _ingest_all(corpus, IngestCache(tmp_path / "cache"))
    for name in ("bridge.txt", "ferry.txt", "storm.txt")[:changed]:
        (corpus / name).write_bytes((corpus / name).read_bytes() + b"\nMore.\n")
    monkeypatch.setattr(build_mod, "OVERLAP_MIN_CACHED", 1)
    monkeypatch.setattr(build_mod, "MIN_PARALLEL", 3)
    started: list[BuildOptions] = []
    monkeypatch.setattr(build_mod, "_overlap_worker", lambda opts: started.append(opts) or "pool")
    store = IngestCache(tmp_path / "cache")
    files, _ = discover(corpus)
    slugs = unique_slugs([label for _, label in files])
    probes = {label: store.probe(path, label, slugs[label]) for path, label in files}
    opts = BuildOptions(corpus=corpus, cache_dir=tmp_path / "cache", jobs=2)
    assert (build_mod._early_worker(opts, store, probes) == "pool") is starts
    assert len(started) == int(starts)
    opts.jobs = 1
    assert build_mod._early_worker(opts, store, probes) is None


def test_the_cached_articles_are_anchored_while_the_edit_is_analysed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same reports, in corpus order, and the same ledgers as anchoring them all after the analysis."""
    import shutil

    from helpers import SEEDS, build_project, make_project

    monkeypatch.setattr(build_mod, "OVERLAP_MIN_CACHED", 1)
    root = make_project(tmp_path / "p", corpus=SEEDS)
    first = build_project(root, mkdocs=False, cache_dir=tmp_path / "cache")
    assert not first.errors, first.errors
    reference = tmp_path / "reference"
    shutil.copytree(root, reference, symlinks=True)
    for project in (root, reference):
        edited = sorted((project / "seeds").glob("*.txt"))[0]
        edited.write_text(
            edited.read_text(encoding="utf-8").replace("\n\n", "\n\nA line added after publication.\n\n", 1), encoding="utf-8"
        )
    again = build_project(root, mkdocs=False, cache_dir=tmp_path / "cache", jobs=2)
    assert again.overlapped == 1 and "anchor:overlapped" in again.timings
    plain = build_project(reference, mkdocs=False, cache_dir=None)
    assert [r.article for r in again.anchor_report] == [a.article.id for a in again.analyses]

    def strip(reports: list[object]) -> list[dict[str, object]]:
        return [{k: v for k, v in dataclasses.asdict(r).items() if k != "path"} for r in reports]  # type: ignore[call-overload]

    assert strip(again.anchor_report) == strip(plain.anchor_report)
    for ledger in sorted((reference / "anchors").rglob("*")):
        if ledger.is_file():
            assert (root / "anchors" / ledger.relative_to(reference / "anchors")).read_bytes() == ledger.read_bytes()
    assert [p.id for a in again.analyses for p in a.passages] == [p.id for a in plain.analyses for p in a.passages]
