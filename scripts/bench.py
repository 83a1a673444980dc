#!/usr/bin/env python3
"""Benchmark the build on synthetic corpora of growing size (``make bench``).

For each size N (default 10, 100, 1000 articles in N/5 stories) it generates
a corpus with :mod:`parallax.synth` in a temporary folder and builds it:
cold (empty cache), warm (nothing changed: the build finds the site up to
date), forced (nothing changed, ``--force``: every page re-rendered and MkDocs
run, the analyses from the cache), and with one article changed — each in a
fresh Python process, so every run pays what a real ``parallax build`` pays
(imports, worker start-up, spaCy loading) — and last an edit inside a running
build process, what ``make serve`` pays with spaCy already loaded. It records
the build's own per-stage timings, peak memory of the whole process tree
(build, analysis workers, MkDocs), output sizes and the search index, then
builds the *same pages without our analysis* (article pages as plain text)
with plain MkDocs, and reports our build as a ratio to that.

Results: a table on stdout, ``bench-results/bench.json`` and a plot of time
per stage against N, ``bench-results/bench.svg``.

Examples::

    python scripts/bench.py                      # 10, 100, 1000 (takes minutes)
    python scripts/bench.py --sizes 10,100 --jobs 2
    python scripts/bench.py --quick              # 10 and 30 articles, a smoke test
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import datetime as _dt
import json
import math
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: Stages of the build, in order, as named in ``BuildResult.timings``.
STAGES = ("ingest", "analyse", "anchor", "compare", "export", "render", "write", "mkdocs", "linkcheck")
#: Generated folders never copied from the repository's docs/ into a bench project.
SKIP_DOCS = {"articles", "stories", "people", "organisations", "sources", "_generated", "data"}
#: Repository entries that a config word may name but are not site configuration.
NOT_PROJECT = {"docs", "site", "seeds", "parallax", "tests", "scripts", "bench-results", "anchors", "mkdocs.yml"}
#: Sampling period of the memory watcher (seconds).
MEMORY_SAMPLE = 0.1


# --------------------------------------------------------------------------
# the child process: one build, its numbers as JSON on stdout


def child_build(args: argparse.Namespace) -> int:
    """Run one build with the given folders; print its numbers as JSON.

    With ``--edit``, build, edit one article, and report the *second* build:
    what `make serve` pays for an edit, with spaCy and the lexicons loaded.
    """
    t0 = time.perf_counter()
    from parallax.build import BuildOptions, build

    imported = time.perf_counter() - t0
    project = Path(args.project)
    opts = BuildOptions(
        corpus=Path(args.corpus),
        docs_dir=project / "docs",
        site_dir=project / "site",
        config_file=project / "mkdocs.yml",
        cache_dir=Path(args.cache),
        anchors_dir=project / "anchors",
        jobs=args.jobs,
        quiet=True,
        mkdocs=not args.no_mkdocs,
        force=args.force,
    )
    opts.progress = False
    if args.edit is not None:
        from parallax.memo import Memo

        # As make serve builds: pages written in place, a memo kept between
        # builds; MkDocs' own server re-renders the site in its own process.
        opts.memo, opts.write_mode, opts.mkdocs = Memo(), "sync", False
    result = build(opts)
    if args.edit is not None:
        from parallax.analysis import warm_up

        warm_up()  # as make serve does while it waits for the first edit
        change_one(Path(args.corpus), index=args.edit)
        result = build(opts)
    from parallax.cache import pipeline_fingerprint

    out = {
        "pipeline_fingerprint": pipeline_fingerprint(),
        "import_seconds": imported,
        "timings": result.timings,
        "up_to_date": result.up_to_date,
        "articles": len(result.analyses),
        "cached": getattr(result, "cached", None),
        "words": sum(a.word_count for a in result.analyses),
        "problems": len(result.problems),
        "problem_codes": sorted({p.code for p in result.problems}),
        "article_pages": {a.article.id: f"articles/{a.article.id}.md" for a in result.analyses},
        "titles": {a.article.id: a.article.meta.title for a in result.analyses},
    }
    print(json.dumps(out))
    return 0


# --------------------------------------------------------------------------
# measuring a process tree


class PeakMemory:
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int):
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except self.psutil.Error:
                procs = []
            for p in procs:
                with contextlib.suppress(self.psutil.Error):
                    total += p.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(MEMORY_SAMPLE)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(cmd: list[str], *, cwd: Path, code: Path) -> tuple[subprocess.CompletedProcess[str], float, int, float]:
    """Run ``cmd`` with the package from ``code``.

    Returns (process, wall seconds, peak RSS of its tree, CPU seconds of its
    tree). CPU time is steadier than wall time on a shared machine: it comes
    from ``RUSAGE_CHILDREN``, which counts every descendant that was waited
    for (analysis workers, MkDocs).
    """
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")])))
    env.pop("CI", None)
    env["NO_MKDOCS_2_WARNING"] = "1"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakMemory(proc.pid) as mem:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), wall, mem.peak, cpu


# --------------------------------------------------------------------------
# projects: a copy of the site configuration around a generated corpus


def make_project(dest: Path) -> Path:
    """Copy mkdocs.yml, the hand-written docs and what the config refers to."""
    dest.mkdir(parents=True, exist_ok=True)
    config = ROOT / "mkdocs.yml"
    if not config.exists():
        raise SystemExit("bench: mkdocs.yml not found at the repository root")
    shutil.copy2(config, dest / "mkdocs.yml")
    docs = ROOT / "docs"
    if docs.exists():
        shutil.copytree(docs, dest / "docs", ignore=lambda d, names: [n for n in names if Path(d) == docs and n in SKIP_DOCS])
    else:
        (dest / "docs").mkdir()
    # Paths the config names (hooks, theme overrides), copied if they exist.
    for word in set(re.findall(r"[\w./-]+", config.read_text(encoding="utf-8"))):
        if not word or word.startswith(("/", ".")) or Path(word).parts[0] in NOT_PROJECT:
            continue
        src = ROOT / word
        if src.exists() and src.resolve().is_relative_to(ROOT) and not (dest / word).exists():
            (dest / word).parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / word)
    return dest


def plain_project(ours: Path, dest: Path, child: dict[str, Any], corpus: Path) -> Path:
    """The same pages as our build, without our analysis.

    Same configuration, navigation and listing pages (home, articles and
    stories indexes); each article page carries its words as plain
    paragraphs (no marks, no passage IDs); each story page only links its
    articles; people, organisation and source pages keep only their title;
    the analysis export is left out.
    """
    shutil.copytree(ours, dest, ignore=shutil.ignore_patterns("site", ".parallax-*"))
    from parallax.ingest import structure

    docs = dest / "docs"
    sources = {p.stem: p for p in corpus.glob("*.txt")}
    slugs = _slugs(list(sources))
    for aid, rel in child["article_pages"].items():
        stem = slugs.get(aid)
        raw = sources[stem].read_text(encoding="utf-8") if stem else ""
        blocks, _, _ = structure(raw)
        paras = [" ".join(raw[b.start : b.end].split()) for b in blocks if b.label != "title"]
        title = child["titles"].get(aid, aid)
        (docs / rel).write_text(f"# {title}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    for folder in ("stories", "people", "organisations", "sources"):
        for page in sorted((docs / folder).rglob("*.md")) if (docs / folder).exists() else ():
            if page.parent == docs / "stories" and page.name == "index.md":
                continue
            text = page.read_text(encoding="utf-8")
            m = re.search(r"(?m)^title:\s*\"?(.*?)\"?\s*$", text) or re.search(r"(?m)^# (.+)$", text)
            body = f"# {m.group(1) if m else page.stem}\n"
            if folder == "stories":
                up = "../" * (len(page.relative_to(docs).parts) - 1)
                linked = dict.fromkeys(re.findall(r"(?:\.\./)+articles/([\w.-]+)/", text))
                body += "\n" + "".join(f"- [{child['titles'].get(a, a)}]({up}articles/{a}.md)\n" for a in linked)
            page.write_text(body, encoding="utf-8")
    shutil.rmtree(docs / "data", ignore_errors=True)
    return dest


def _slugs(stems: list[str]) -> dict[str, str]:
    from parallax.ingest import unique_slugs

    by_name = unique_slugs([f"{s}.txt" for s in stems])
    return {slug: Path(name).stem for name, slug in by_name.items()}


def site_sizes(site: Path, n: int) -> dict[str, Any]:
    """Total bytes, shared assets, per article, largest page, search index."""
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    assets = sum(p.stat().st_size for p in files if p.relative_to(site).parts[0] == "assets")
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size, default=None)
    largest_file = max(files, key=lambda p: p.stat().st_size, default=None)
    index = site / "search" / "search_index.json"
    return {
        "total_bytes": total,
        "shared_assets_bytes": assets,
        "bytes_per_article": (total - assets) / max(1, n),
        "html_pages": len(pages),
        "largest_page": str(largest.relative_to(site)) if largest else None,
        "largest_page_bytes": largest.stat().st_size if largest else 0,
        "largest_file": str(largest_file.relative_to(site)) if largest_file else None,
        "largest_file_bytes": largest_file.stat().st_size if largest_file else 0,
        "search_index_bytes": index.stat().st_size if index.exists() else 0,
    }


def change_one(corpus: Path, index: int | None = None) -> str:
    """Edit one article (default: the one in the middle of the corpus): add a sentence to its body."""
    files = sorted(corpus.glob("*.txt"))
    path = files[len(files) // 2 if index is None else index % len(files)]
    text = path.read_text(encoding="utf-8")
    paras = text.split("\n\n") if "\n\n" in text else text.split("\n")
    sep = "\n\n" if "\n\n" in text else "\n"
    k = min(3, len(paras) - 1)
    paras[k] = paras[k].rstrip() + " A correction was added to this paragraph after publication."
    path.write_text(sep.join(paras), encoding="utf-8")
    return path.name


# --------------------------------------------------------------------------
# one size


def snapshot_code(dest: Path, rev: str | None) -> Path:
    """A frozen copy of the package (of the working tree, or of git ``rev``),
    so edits made while the benchmark runs (which change the pipeline
    fingerprint, hence every cache key) do not turn warm builds into cold
    ones half-way through."""
    if rev:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "parallax"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    else:
        shutil.copytree(ROOT / "parallax", dest / "parallax", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # Its bytecode, as installing a package writes it: without it every process
    # of every run compiles the package's sources again (~0.5 CPU s for the
    # annotation layers alone) wherever PYTHONDONTWRITEBYTECODE is set, which
    # a user's checkout pays once, not at every build.
    compileall.compile_dir(str(dest / "parallax"), quiet=1)
    return dest


def bench_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from parallax import synth

    stories = max(1, n // args.per_story)
    corpus = work / "corpus"
    t0 = time.perf_counter()
    synth.write_corpus(corpus, synth.generate(n, stories, seed=args.seed, words=args.words))
    gen = time.perf_counter() - t0
    project = make_project(work / "project")
    cache = work / "cache"
    row: dict[str, Any] = {"n": n, "stories": stories, "generate_seconds": gen}

    def one(name: str, *extra: str) -> dict[str, Any]:
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "_build",
            "--project",
            str(project),
            "--corpus",
            str(corpus),
            "--cache",
            str(cache),
        ]
        cmd += ["--jobs", str(args.jobs), "--code", str(args.code), *extra]
        if args.no_mkdocs:
            cmd.append("--no-mkdocs")
        proc, wall, peak, cpu = run_measured(cmd, cwd=project, code=args.code)
        if proc.returncode != 0:
            raise SystemExit(f"bench: the {name} build of N={n} failed:\n{proc.stderr[-3000:]}")
        child = json.loads(proc.stdout.strip().splitlines()[-1])
        run = {
            "wall_seconds": wall,
            "cpu_seconds": cpu,
            "peak_rss_bytes": peak,
            **{
                k: child[k]
                for k in ("pipeline_fingerprint", "import_seconds", "timings", "articles", "cached", "words", "problems", "problem_codes")
            },
        }
        _log(
            f"  N={n:<5} {name:<8} {wall:7.1f} s wall {cpu:7.1f} s CPU  peak {peak / 2**20:6.0f} MB  cached {child['cached']}/{child['articles']}"
        )
        if args.keep:
            (work / f"run-{name}.json").write_text(json.dumps(run, indent=1), encoding="utf-8")
        return run | {"_child": child}

    cold = one("cold")
    child = cold.pop("_child")
    if not args.no_mkdocs:
        row["site"] = site_sizes(project / "site", n)
        row["plain_mkdocs"] = plain_mkdocs(project, work / "plain", child, corpus, code=args.code)
    warm = one("warm")
    warm.pop("_child")
    forced = one("forced", "--force")
    forced.pop("_child")
    row["changed_file"] = change_one(corpus)
    changed = one("changed")
    changed.pop("_child")
    serve = one("serve", "--edit", "0")
    serve.pop("_child")
    row.update(cold=cold, warm=warm, forced=forced, changed=changed, serve=serve)
    analyse = cold["timings"].get("analyse", 0.0)
    worker = sum(v for k, v in cold["timings"].items() if k.startswith("analyse:"))
    row["words"] = cold["words"]
    # CPU of the analysis itself: a cold build minus a warm build of the same
    # corpus (both do everything else). Steadier than wall time on a busy machine.
    row["analysis_cpu_seconds"] = max(0.0, cold["cpu_seconds"] - warm["cpu_seconds"])
    row["words_per_cpu_second"] = cold["words"] / row["analysis_cpu_seconds"] if row["analysis_cpu_seconds"] else None
    row["words_per_second"] = cold["words"] / analyse if analyse else None
    row["words_per_worker_second"] = cold["words"] / worker if worker else None
    for run in (cold, warm, forced, changed, serve):
        t = run["timings"]
        # The "analysis part": reading, analysing and comparing; the
        # pages (export + render) are reported apart, MkDocs and the link check too.
        run["analysis_part_seconds"] = sum(t.get(k, 0.0) for k in ("ingest", "analyse", "anchor", "compare"))
        run["pages_part_seconds"] = sum(t.get(k, 0.0) for k in ("export", "render"))
    if "plain_mkdocs" in row:
        base = row["plain_mkdocs"]["wall_seconds"]
        row["ratio_cold"] = cold["wall_seconds"] / base
        row["ratio_warm"] = warm["wall_seconds"] / base
        row["ratio_changed"] = changed["wall_seconds"] / base
        row["ratio_forced"] = forced["wall_seconds"] / base
        base_cpu = row["plain_mkdocs"]["cpu_seconds"] or 1e-9
        for run, data in (("cold", cold), ("warm", warm), ("forced", forced), ("changed", changed)):
            row[f"ratio_{run}_cpu"] = data["cpu_seconds"] / base_cpu
    return row


def plain_mkdocs(project: Path, dest: Path, child: dict[str, Any], corpus: Path, *, code: Path) -> dict[str, Any]:
    """Time ``mkdocs build`` of the same pages without our analysis."""
    plain = plain_project(project, dest, child, corpus)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "--clean", "-f", str(plain / "mkdocs.yml"), "-d", str(plain / "site")]
    proc, wall, peak, cpu = run_measured(cmd, cwd=plain, code=code)
    if proc.returncode != 0:
        _log(f"  plain MkDocs failed:\n{proc.stderr[-2000:]}")
    sizes = site_sizes(plain / "site", len(child["article_pages"])) if (plain / "site").exists() else {}
    _log(f"  N={len(child['article_pages']):<5} plain    {wall:7.1f} s wall {cpu:7.1f} s CPU  peak {peak / 2**20:6.0f} MB")
    return {"wall_seconds": wall, "cpu_seconds": cpu, "peak_rss_bytes": peak, "ok": proc.returncode == 0, "site": sizes}


# --------------------------------------------------------------------------
# report: table, JSON, SVG


def _fmt_s(x: float | None) -> str:
    return "—" if x is None else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def _mb(x: float | None) -> str:
    return "—" if x is None else f"{x / 2**20:.0f}"


def table(rows: list[dict[str, Any]], *, markdown: bool = False) -> str:
    """The human summary: one column per corpus size (``markdown``: as a Markdown table)."""
    lines = []
    if markdown:
        lines.append("| | " + " | ".join(f"N = {r['n']:,}" for r in rows) + " |")
        lines.append("|---|" + "---:|" * len(rows))
    else:
        head = f"{'':38}" + "".join(f"{'N=' + str(r['n']):>12}" for r in rows)
        lines.append(head)
        lines.append("-" * len(head))

    def line(label: str, values: list[str]) -> None:
        if markdown:
            lines.append(f"| {label.strip()} | " + " | ".join(values) + " |")
        else:
            lines.append(f"{label:38}" + "".join(f"{v:>12}" for v in values))

    for run in ("cold", "warm", "forced", "changed"):
        if all(run in r for r in rows):
            line(f"{run} build, wall s", [_fmt_s(r[run]["wall_seconds"]) for r in rows])
            line(f"{run} build, CPU s (all processes)", [_fmt_s(r[run]["cpu_seconds"]) for r in rows])
    for stage in STAGES:
        line(f"  cold {stage}, s", [_fmt_s(r["cold"]["timings"].get(stage)) for r in rows])
    subs = sorted({k for r in rows for k in r["cold"]["timings"] if k.startswith("analyse:")})
    for k in subs:
        line(f"    {k[len('analyse:') :]} (worker s)", [_fmt_s(r["cold"]["timings"].get(k)) for r in rows])
    line("  changed: analysis part, s", [_fmt_s(r["changed"]["analysis_part_seconds"]) for r in rows])
    line("  changed: export + render, s", [_fmt_s(r["changed"].get("pages_part_seconds")) for r in rows])
    line("  changed: re-analysed articles", [str(r["changed"]["articles"] - (r["changed"]["cached"] or 0)) for r in rows])
    if all("serve" in r for r in rows):
        line("  edit in a running build (make serve): analysis part, s", [_fmt_s(r["serve"]["analysis_part_seconds"]) for r in rows])
        line("  edit in a running build: export + render, s", [_fmt_s(r["serve"]["pages_part_seconds"]) for r in rows])
    line("peak memory cold, MB", [_mb(r["cold"]["peak_rss_bytes"]) for r in rows])
    line("words analysed", [str(r["words"]) for r in rows])
    line("analysis CPU s (cold - warm)", [_fmt_s(r.get("analysis_cpu_seconds")) for r in rows])
    line("words per analysis CPU second", [f"{r['words_per_cpu_second']:.0f}" if r.get("words_per_cpu_second") else "—" for r in rows])
    line("words/s (analyse wall)", [f"{r['words_per_second']:.0f}" if r.get("words_per_second") else "—" for r in rows])
    line("words/s per worker process", [f"{r['words_per_worker_second']:.0f}" if r.get("words_per_worker_second") else "—" for r in rows])
    if all("site" in r for r in rows):
        line("site total, MB", [f"{r['site']['total_bytes'] / 2**20:.1f}" for r in rows])
        line("site per article, KB (excl. assets)", [f"{r['site']['bytes_per_article'] / 1024:.0f}" for r in rows])
        line("largest page, KB", [f"{r['site']['largest_page_bytes'] / 1024:.0f}" for r in rows])
        line("largest file, KB", [f"{r['site']['largest_file_bytes'] / 1024:.0f}" for r in rows])
        line("search index, KB", [f"{r['site']['search_index_bytes'] / 1024:.0f}" for r in rows])
    if all("plain_mkdocs" in r for r in rows):
        line("plain MkDocs build, wall s", [_fmt_s(r["plain_mkdocs"]["wall_seconds"]) for r in rows])
        line("plain MkDocs build, CPU s", [_fmt_s(r["plain_mkdocs"]["cpu_seconds"]) for r in rows])
        line("plain site per article, KB", [f"{r['plain_mkdocs']['site'].get('bytes_per_article', 0) / 1024:.0f}" for r in rows])
        for run in ("cold", "warm", "forced", "changed"):
            if all(f"ratio_{run}" in r for r in rows):
                line(f"ratio {run} / plain (wall)", [f"{r['ratio_' + run]:.2f}x" for r in rows])
                line(f"ratio {run} / plain (CPU)", [f"{r['ratio_' + run + '_cpu']:.2f}x" for r in rows])
    problems = sorted({c for r in rows for c in r["cold"]["problem_codes"]})
    if problems:
        lines.append(f"problems reported on the synthetic corpus: {', '.join(problems)}")
    return "\n".join(lines)


_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#000000",
    "#555599",
    "#aa3377",
)


def svg(rows: list[dict[str, Any]]) -> str:
    """Time per stage (cold build) against N, log–log, as a standalone SVG."""
    w, h, left, right, top, bottom = 760, 440, 70, 190, 40, 50
    series: dict[str, list[tuple[int, float]]] = {}
    for stage in STAGES:
        if stage == "write":  # staging plus MkDocs: drawn as its parts
            continue
        pts = [(r["n"], r["cold"]["timings"][stage]) for r in rows if r["cold"]["timings"].get(stage)]
        if pts:
            series[stage] = pts
    series["cold total (wall)"] = [(r["n"], r["cold"]["wall_seconds"]) for r in rows]
    series["warm total (wall)"] = [(r["n"], r["warm"]["wall_seconds"]) for r in rows]
    if all("plain_mkdocs" in r for r in rows):
        series["plain MkDocs"] = [(r["n"], r["plain_mkdocs"]["wall_seconds"]) for r in rows]
    xs = [x for pts in series.values() for x, _ in pts]
    ys = [max(y, 1e-3) for pts in series.values() for _, y in pts]
    x0, x1 = math.log10(min(xs)), math.log10(max(xs))
    if x1 - x0 < 1e-9:
        x0, x1 = x0 - 0.5, x1 + 0.5
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    if y1 == y0:
        y1 += 1

    def px(x: float) -> float:
        return left + (math.log10(x) - x0) / (x1 - x0) * (w - left - right)

    def py(y: float) -> float:
        return top + (1 - (math.log10(max(y, 1e-3)) - y0) / (y1 - y0)) * (h - top - bottom)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{left}" y="22" font-size="14" font-weight="bold">Build time per stage against corpus size (cold build, wall seconds, log–log)</text>',
    ]
    for e in range(y0, y1 + 1):
        y = py(10**e)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{10**e:g} s</text>')
    for n in sorted(set(xs)):
        x = px(n)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{h - bottom}" stroke="#eee"/>')
        out.append(f'<text x="{x:.1f}" y="{h - bottom + 18}" text-anchor="middle">{n}</text>')
    out.append(f'<text x="{(left + w - right) / 2:.0f}" y="{h - 12}" text-anchor="middle">articles (N)</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{w - left - right}" height="{h - top - bottom}" fill="none" stroke="#333"/>')
    for i, (name, pts) in enumerate(series.items()):
        color = _COLORS[i % len(_COLORS)]
        dash = ' stroke-dasharray="6 4"' if "total" in name or "plain" in name else ""
        path = " ".join(f"{'M' if k == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for k, (x, y) in enumerate(pts))
        out.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        out.extend(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>' for x, y in pts)
        ly = top + 14 + 18 * i
        out.append(
            f'<line x1="{w - right + 12}" y1="{ly - 4}" x2="{w - right + 36}" y2="{ly - 4}" stroke="{color}" stroke-width="2"{dash}/>'
        )
        out.append(f'<text x="{w - right + 42}" y="{ly}">{name}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# command line


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("_build", help=argparse.SUPPRESS)
    child.add_argument("--project", required=True)
    child.add_argument("--corpus", required=True)
    child.add_argument("--cache", required=True)
    child.add_argument("--jobs", type=int, default=0)
    child.add_argument("--no-mkdocs", action="store_true")
    child.add_argument("--code", required=True)
    child.add_argument("--force", action="store_true", help="rebuild the site even when nothing changed")
    child.add_argument("--edit", type=int, default=None, help="after a first build, edit the article at this index and build again")
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default: 10,100,1000)")
    parser.add_argument("--jobs", type=int, default=0, help="analysis worker processes (default 0: all cores)")
    parser.add_argument("--quick", action="store_true", help="small corpora (10 and 30 articles of 300 words): a smoke test")
    parser.add_argument("--words", type=int, default=None, help="words per article (default 600; 300 with --quick)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--per-story", type=int, default=5, help="articles per story (default 5: N/5 stories); large values test big stories"
    )
    parser.add_argument("--no-mkdocs", action="store_true", help="skip MkDocs (and the plain MkDocs comparison)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results", help="where bench.json and bench.svg go")
    parser.add_argument("--rev", default=None, help="benchmark the package as of this git revision (default: the working tree)")
    parser.add_argument(
        "--report", type=Path, nargs="+", default=None, help="print the table of earlier bench.json files (merged by N) and exit"
    )
    parser.add_argument("--markdown", action="store_true", help="with --report: print the table as Markdown (for docs/scale.md)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated projects under this folder")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "_build":
        sys.path.insert(0, args.code)
        return child_build(args)
    sys.path.insert(0, str(ROOT))
    if args.report:
        reports = [json.loads(f.read_text(encoding="utf-8")) for f in args.report]
        rows = sorted((dict(r, rev=rep.get("rev")) for rep in reports for r in rep["results"]), key=lambda r: r["n"])
        for r in rows:  # derived numbers that older reports did not store
            if "analysis_cpu_seconds" not in r and "cpu_seconds" in r["cold"]:
                r["analysis_cpu_seconds"] = max(0.0, r["cold"]["cpu_seconds"] - r["warm"]["cpu_seconds"])
                r["words_per_cpu_second"] = r["words"] / r["analysis_cpu_seconds"] if r["analysis_cpu_seconds"] else None
        print(table(rows, markdown=args.markdown))
        if len(reports) > 1:
            # Merged results (e.g. a long N = 1,000 run and a later 10/100 run) get one JSON and one plot.
            args.out.mkdir(parents=True, exist_ok=True)
            merged = {
                "merged_from": [str(f) for f in args.report],
                "reports": [{k: v for k, v in r.items() if k != "results"} for r in reports],
            }
            (args.out / "bench.json").write_text(json.dumps(merged | {"results": rows}, indent=1) + "\n", encoding="utf-8")
            (args.out / "bench.svg").write_text(svg(rows), encoding="utf-8")
        return 0
    sizes = [int(s) for s in (args.sizes or ("10,30" if args.quick else "10,100,1000")).split(",") if s.strip()]
    args.words = args.words or (300 if args.quick else 600)
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    code_dir = tempfile.TemporaryDirectory(prefix="parallax-bench-code-")
    if args.rev:
        args.rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", args.rev], capture_output=True, text=True, check=True
        ).stdout.strip()
    args.code = snapshot_code(Path(code_dir.name), args.rev)
    try:
        for n in sizes:
            if args.keep:
                work = args.keep / f"n{n}"
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir(parents=True)
                rows.append(bench_size(n, args, work))
            else:
                with tempfile.TemporaryDirectory(prefix=f"parallax-bench-{n}-") as tmp:
                    rows.append(bench_size(n, args, Path(tmp)))
            # Written after every size, so a long run that is stopped keeps what it measured.
            write_report(rows, args, sizes, time.perf_counter() - started)
    finally:
        code_dir.cleanup()
    print(table(rows))
    print(f"\nwritten: {args.out / 'bench.json'}, {args.out / 'bench.svg'}")
    return 0


def write_report(rows: list[dict[str, Any]], args: argparse.Namespace, sizes: list[int], seconds: float) -> None:
    report = {
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": {"sizes": sizes, "jobs": args.jobs, "words": args.words, "seed": args.seed, "stories": f"N/{args.per_story}"},
        "rev": args.rev or "working tree",
        "pipeline_fingerprint": rows[0]["cold"].get("pipeline_fingerprint") if rows else None,
        "seconds": seconds,
        "results": rows,
    }
    (args.out / "bench.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (args.out / "bench.svg").write_text(svg(rows), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
