"""The build, as a list of steps: gather everything, then write everything.

1. discover   corpus files (+ sidecars), refusing paths that leave the corpus
2. ingest     decode and infer metadata, collecting problems per file
3. analyse    per article, cached by content hash, in parallel
4. anchor     permanent passage IDs from the committed ledger (anchors/)
5. compare    group into stories, align passages within each story
6. export     analysis.json
7. render     Markdown pages from Jinja2 templates
8. write      stage everything, swap it into docs/ whole, run MkDocs into a
              temporary site and swap that in whole; on any failure the
              previous docs/ pages and site/ stay as they were
9. check      every internal link and anchor of the built site resolves

Problems never stop the build early: each is collected with its file and
line, good articles still build, and the caller decides (``--strict``) whether
problems fail the run.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import export, render, stamp
from .cache import AnalysisCache, IngestCache
from .cache import key as cache_key
from .ingest import ingest_file, unique_slugs
from .memo import Memo, content_key, file_signature
from .model import Article, ArticleAnalysis, Comparison, Problem, Story
from .pagestore import PageStore

#: Folders under docs/ that the build owns: rebuilt every time, git-ignored,
#: never edited by hand. Nothing is ever written outside these and site/.
GENERATED_DIRS = ("articles", "stories", "people", "organisations", "sources", "_generated", "data")
#: Articles analysed in-process rather than in worker processes: below this,
#: starting workers (each loads spaCy) costs more than it saves.
MIN_PARALLEL = 6
#: Articles a worker analyses per task, parsed in one spaCy stream.
ANALYSE_BATCH = 8
#: Cached analyses to read back before a worker is started for fewer than
#: :data:`MIN_PARALLEL` new articles: reading them must take about as long as
#: the worker's start-up (spaCy) for the two to overlap usefully.
OVERLAP_MIN_CACHED = 200


@dataclass
class BuildOptions:
    corpus: Path = Path("seeds")
    docs_dir: Path = Path("docs")
    site_dir: Path = Path("site")
    config_file: Path = Path("mkdocs.yml")
    cache_dir: Path | None = Path(".cache/parallax")
    anchors_dir: Path | None = Path("anchors")
    jobs: int = 0  # 0: all cores
    strict: bool = False
    mkdocs: bool = True
    site_url: str | None = None
    quiet: bool = False
    progress: bool | None = None  # None: when stderr is a terminal and not CI
    update_anchors: bool = True
    today: str | None = None  # ISO date recorded for retired anchors
    write_mode: str = "swap"  # "swap" (atomic) | "sync" (in place, for serve)
    force: bool = False  # rebuild the site even when nothing changed
    memo: Memo | None = None  # kept between builds by a long-running process (make serve)


@dataclass
class BuildResult:
    problems: list[Problem] = field(default_factory=list)
    analyses: list[ArticleAnalysis] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)  # empty when up_to_date
    stories: list[Story] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)  # generated path -> Markdown
    timings: dict[str, float] = field(default_factory=dict)
    anchor_report: list[Any] = field(default_factory=list)
    cached: int = 0
    overlapped: int = 0  # new articles analysed in a worker while the cached ones were read
    up_to_date: bool = False  # nothing changed since the last build: docs/ and site/ left alone

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def failed(self, strict: bool) -> bool:
        """Fatal problems (``fatal``) always fail; any problem fails when strict."""
        return any(p.code.startswith("fatal") for p in self.problems) or (strict and bool(self.problems))


class BuildError(Exception):
    """The build could not produce a site (as opposed to a problem with one input)."""


# --------------------------------------------------------------------------
# 1. discover


def discover(corpus: Path) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Article files under ``corpus`` as (path, source label), and problems.

    The source label is the path relative to the corpus' parent (e.g.
    ``seeds/000_x.txt``): readable, and free of machine-specific prefixes.
    """
    problems: list[Problem] = []
    if not corpus.is_dir():
        raise BuildError(f"{corpus}: no such folder (give the folder that holds the article .txt files)")
    root = corpus.resolve()
    files: list[tuple[Path, str]] = []
    stems: set[Path] = set()
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts):
            continue
        label = (Path(corpus.name) / rel).as_posix()
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                problems.append(
                    Problem(
                        "outside-corpus",
                        "this link points outside the corpus folder and is ignored",
                        label,
                        hint="copy the file in instead",
                    )
                )
                continue
        if path.is_dir() or path.suffix.lower() not in (".txt", ".yml"):
            continue
        if path.suffix.lower() == ".txt":
            files.append((path, label))
            stems.add(path.with_suffix(""))
    for path in sorted(corpus.rglob("*.yml")):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.with_suffix("") not in stems:
            label = (Path(corpus.name) / rel).as_posix()
            problems.append(
                Problem(
                    "orphan-sidecar",
                    "sidecar without an article (no .txt file of the same name)",
                    label,
                    level="warning",
                    hint="rename it to match its article, or delete it",
                )
            )
    return files, problems


# --------------------------------------------------------------------------
# 3. analyse


def _worker_init(tables: Path | None = None) -> None:
    from . import nlp
    from .annotate import _wordlist

    _wordlist.use_tables(tables)
    nlp.nlp()


def _tables_init(tables: Path | None) -> None:
    from .annotate import _wordlist

    _wordlist.use_tables(tables)


def word_tables(opts: BuildOptions) -> Path | None:
    """Where the word-frequency tables live (:func:`parallax.annotate._wordlist.use_tables`).

    Not in the project's cache but in the user's (``$XDG_CACHE_HOME`` or
    ``~/.cache``, under ``parallax/wordlists``): they depend on nothing but
    the wordfreq version, and building them all costs ~9 CPU seconds, which a
    cold build into an empty project cache would otherwise pay again. None
    (wordfreq's lists in memory) when the build caches nothing.
    """
    if opts.cache_dir is None:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "parallax" / "wordlists"


def _analyse_batch(article_dicts: list[dict[str, Any]]) -> list[tuple[dict[str, Any] | None, dict[str, float], str | None]]:
    """Analyse a few articles in a worker (parsed together: see ``nlp.parse_many``).

    Timings are the batch's, reported with its first article (the build only
    sums them).
    """
    from .analysis import analyze_many
    from .model import Article

    timings: dict[str, float] = {}
    results = analyze_many([Article.from_dict(d) for d in article_dicts], timings=timings)
    out: list[tuple[dict[str, Any] | None, dict[str, float], str | None]] = []
    for n, r in enumerate(results):
        t = timings if n == 0 else {}
        out.append((None, t, f"{type(r).__name__}: {r}") if isinstance(r, Exception) else (r.to_dict(), t, None))
    return out


def _warm_worker() -> None:
    """spaCy and the analysis modules, loaded before the articles arrive (and
    nothing more: what ``analysis.warm_up`` also loads, word lists and
    lexicons for text the articles may not have, would be spent on the path
    the build waits on)."""
    from . import analysis, nlp

    assert analysis.analyze_many
    nlp.nlp()


def _overlap_worker(opts: BuildOptions) -> ProcessPoolExecutor:
    """One analysis worker, started now, loading spaCy and the lexicons at once."""
    import multiprocessing

    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_tables_init, initargs=(word_tables(opts),)
    )
    pool.submit(_warm_worker)  # a pool starts its process with the first task
    return pool


def _early_worker(opts: BuildOptions, store: IngestCache | None, probes: dict[str, tuple[str, str] | None]) -> ProcessPoolExecutor | None:
    """The worker of :func:`analyse_all`'s overlap, started before ingest when it looks needed.

    The ingest cache tells, before anything is decoded, which files changed
    since the last build: when a few did among many that did not (an edit),
    their analyses are very likely missing, and the worker that will analyse
    them can load spaCy while this process ingests and reads back the rest.
    A wrong guess costs a worker that is not used.
    """
    jobs = opts.jobs or os.cpu_count() or 1
    if store is None or jobs <= 1:
        return None
    changed = sum(1 for label, probe in probes.items() if probe is None or store.entries.get(label, [None])[0] != probe[0])
    if 0 < changed < MIN_PARALLEL and len(probes) - changed >= OVERLAP_MIN_CACHED:
        return _overlap_worker(opts)
    return None


def analyse_all(
    articles: list[Any],
    opts: BuildOptions,
    result: BuildResult,
    started: ProcessPoolExecutor | None = None,
    meanwhile: Callable[[list[ArticleAnalysis]], None] | None = None,
) -> list[ArticleAnalysis]:
    """Every article's analysis: from the memo, the cache, or analysed (in workers when many).

    ``started``: a worker already started for the overlap below (see
    :func:`_early_worker`), used if the overlap applies and shut down if not.
    ``meanwhile``: called with the cached analyses (in corpus order) while
    that worker analyses the rest, so later per-article work can start on them.
    """
    cache = AnalysisCache(opts.cache_dir)
    memo = opts.memo
    done: dict[str, ArticleAnalysis] = {}
    todo = []
    jobs = opts.jobs or os.cpu_count() or 1
    # A few new articles among many cached ones (a fresh build after an edit):
    # analyse them in a worker that loads spaCy while this process reads the
    # cached analyses back, on two cores at once.
    early = None
    if memo is None and jobs > 1 and cache.root is not None:
        missing = [a for a in articles if not cache.has(a)]
        if missing and len(missing) < MIN_PARALLEL and len(articles) - len(missing) >= OVERLAP_MIN_CACHED:
            pool = started or _overlap_worker(opts)
            started = None
            early = (pool, missing, pool.submit(_analyse_batch, [a.to_dict() for a in missing]))
    if started is not None:
        started.shutdown(wait=False, cancel_futures=True)
    sent = {a.id for a in early[1]} if early is not None else set()
    with gc_paused():
        for art in articles:
            if art.id in sent:
                continue
            hit = memo.analysis(cache_key(art), art) if memo is not None else None
            if hit is None:
                # A one-shot build reads the lite copies (signals on first use);
                # a long-running one keeps what it reads, so reads it whole.
                hit = cache.get(art) if memo is not None else cache.get_lite(art)
                if hit is not None and memo is not None:
                    memo.keep_analysis(cache_key(art), hit)
            if hit is not None:
                done[art.id] = hit
            else:
                todo.append(art)
    result.cached = len(done)
    progress = _progress(len(todo), opts)

    def record(art: Any, data: dict[str, Any] | None, timings: dict[str, float], error: str | None) -> None:
        for k, v in timings.items():
            result.timings[f"analyse:{k}"] = result.timings.get(f"analyse:{k}", 0.0) + v
        if error or data is None:
            result.problems.append(
                Problem("analysis-failed", f"analysis failed: {error}", art.source, hint="please report this with the file attached")
            )
            return
        analysis = ArticleAnalysis.from_dict(data)
        cache.put(analysis)
        if memo is not None:
            memo.keep_analysis(cache_key(art), analysis)
        done[art.id] = analysis
        progress(1)

    if early is not None:
        pool, missing, future = early
        if meanwhile is not None:
            meanwhile([done[a.id] for a in articles if a.id in done])
        with pool:
            try:
                outcome = future.result()
            except Exception:  # the worker died (out of memory …): analyse them here
                todo = missing + todo
            else:
                result.overlapped = len(missing)
                for art, (data, timings, error) in zip(missing, outcome, strict=True):
                    record(art, data, timings, error)
    if not todo:
        pass  # everything cached: spaCy is not even imported
    elif jobs <= 1 or len(todo) < MIN_PARALLEL:
        from .analysis import analyze

        for art in todo:
            timings: dict[str, float] = {}
            try:
                analysis = analyze(art, timings=timings)
                record(art, analysis.to_dict(), timings, None)
            except Exception as exc:
                record(art, None, timings, f"{type(exc).__name__}: {exc}")
    else:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        # Batches of a few articles: parsed together, and small enough that
        # every worker gets several (the cores stay busy to the end).
        size = max(1, min(ANALYSE_BATCH, len(todo) // (jobs * 4) or 1))
        batches = [[a.to_dict() for a in todo[i : i + size]] for i in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init, initargs=(word_tables(opts),)) as pool:
            results = (r for batch in pool.map(_analyse_batch, batches) for r in batch)
            for art, (data, timings, error) in zip(todo, results, strict=True):
                record(art, data, timings, error)
    progress(None)
    return [done[a.id] for a in articles if a.id in done]


def _compare_one(story_dict: dict[str, Any], analysis_dicts: list[dict[str, Any]]) -> dict[str, Any]:
    from .compare import compare_story
    from .model import Story

    members = [ArticleAnalysis.from_dict(d) for d in analysis_dicts]
    return compare_story(Story.from_dict(story_dict), {a.article.id: a for a in members}).to_dict()


def _compare_init(tables: Path | None) -> None:
    """A comparison worker: the word tables, and the comparison code loaded before the
    first story arrives (see :func:`_compare_pool`)."""
    _tables_init(tables)
    from . import compare

    assert compare.compare_story


def _ready() -> None:
    """A task that starts a pool's processes (a spawned pool starts them all with its first task)."""


def _compare_pool(opts: BuildOptions) -> ProcessPoolExecutor:
    """The comparison workers, started now: they load the comparison code
    on the otherwise idle core while this process anchors and groups the articles."""
    import multiprocessing

    jobs = opts.jobs or os.cpu_count() or 1
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_compare_init, initargs=(word_tables(opts),)
    )
    pool.submit(_ready)
    return pool


def compare_all(
    todo: list[tuple[Any, str]],
    by_id: dict[str, ArticleAnalysis],
    opts: BuildOptions,
    pool: ProcessPoolExecutor | None = None,
) -> list[tuple[str, Comparison]]:
    """Compare the stories not in the cache: (story key, comparison), in order.

    Stories are independent, like articles: many of them (a cold build) are
    compared in worker processes, a few (one edited article) in this one.
    ``pool``: workers already started (:func:`_compare_pool`), left open.
    """
    from .compare import compare_story

    jobs = opts.jobs or os.cpu_count() or 1
    progress = _progress(len(todo), opts, unit="story", desc="comparing")
    if jobs <= 1 or len(todo) < MIN_PARALLEL:
        out = []
        for s, k in todo:
            out.append((k, compare_story(s, by_id)))
            progress(1)
        progress(None)
        return out
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    args = [(s.to_dict(), [by_id[a].to_dict() for a in s.articles if a in by_id]) for s, _ in todo]
    done = []
    chunk = max(1, min(8, len(args) // (jobs * 4)))
    with contextlib.ExitStack() as stack:
        if pool is None:
            pool = stack.enter_context(
                ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_compare_init, initargs=(word_tables(opts),))
            )
        for d in pool.map(_compare_one, *zip(*args, strict=True), chunksize=chunk):
            done.append(d)
            progress(1)
    progress(None)
    return [(k, Comparison.from_dict(d)) for (_, k), d in zip(todo, done, strict=True)]


def _shows_progress(opts: BuildOptions) -> bool:
    return opts.progress if opts.progress is not None else (sys.stderr.isatty() and not os.environ.get("CI") and not opts.quiet)


def _progress(total: int, opts: BuildOptions, *, unit: str = "article", desc: str = "analysing") -> Callable[[int | None], None]:
    """A progress bar on a terminal for long steps (none in CI, quiet runs or short work)."""
    if not _shows_progress(opts) or total < 20:
        return lambda n: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit=unit, desc=desc, file=sys.stderr)

    def step(n: int | None) -> None:
        if n is None:
            bar.close()
        else:
            bar.update(n)

    return step


# --------------------------------------------------------------------------
# 8. write


def _safe_join(root: Path, rel: str) -> Path:
    """``root/rel``, refusing anything that would land outside ``root``."""
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()) or rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
        raise BuildError(f"refusing to write outside the generated folders: {rel!r}")
    top = Path(rel).parts[0]
    if top not in GENERATED_DIRS:
        raise BuildError(f"refusing to write {rel!r}: not in a generated folder ({', '.join(GENERATED_DIRS)})")
    return target


def stage_pages(files: dict[str, str | bytes], stage: Path) -> None:
    for rel in sorted(files):
        target = _safe_join(stage, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        content = files[rel]
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8", newline="\n")
        else:
            target.write_bytes(content)


@contextmanager
def swapped_in(stage: Path, docs_dir: Path) -> Iterator[None]:
    """Move staged generated folders into ``docs_dir``; restore on failure."""
    backup = docs_dir.parent / f".parallax-old-{os.getpid()}"
    backup.mkdir(parents=True, exist_ok=True)
    moved: list[str] = []
    try:
        for name in GENERATED_DIRS:
            current = docs_dir / name
            if current.exists():
                current.rename(backup / name)
            moved.append(name)
            if (stage / name).exists():
                (stage / name).rename(current)
        yield
    except BaseException:
        for name in moved:
            current = docs_dir / name
            if current.exists():
                shutil.rmtree(current)
            if (backup / name).exists():
                (backup / name).rename(current)
        shutil.rmtree(backup, ignore_errors=True)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def sync_pages(files: dict[str, str | bytes], docs_dir: Path) -> None:
    """Write only changed files and delete vanished ones (for live preview)."""
    wanted: set[Path] = set()
    for rel, content in files.items():
        target = _safe_join(docs_dir, rel)  # already resolved
        wanted.add(target)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for name in GENERATED_DIRS:
        folder = docs_dir / name
        if folder.exists():
            for path in sorted(folder.rglob("*"), reverse=True):
                if path.is_file() and path.resolve() not in wanted:
                    path.unlink()


def run_mkdocs(opts: BuildOptions, site_tmp: Path, config_file: Path | None = None) -> None:
    config_file = config_file or opts.config_file
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    if opts.site_url:
        env["PARALLAX_SITE_URL"] = opts.site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config_file.resolve()), "-d", str(site_tmp.resolve())]
    if opts.quiet:
        cmd.append("-q")
    # MkDocs resolves some paths (snippets base_path) from the working folder.
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=config_file.resolve().parent)
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-25:])
        raise BuildError(f"MkDocs failed (exit {proc.returncode}):\n{tail}")


# --------------------------------------------------------------------------
# the build


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while many long-lived objects are made.

    Reading 1,000 cached analyses makes millions of objects, none of them
    garbage, and each few hundred allocations the collector would walk the
    young ones and, ever more often, all of them: about a third of the
    reading. When it resumes, what was made is moved out of its sight
    (``gc.freeze``) until the build ends (:func:`build` unfreezes), so the
    first full collection after it does not walk it all either; the few
    cycles made meanwhile are collected then.
    """
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def _timed(result: BuildResult, name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        result.timings[name] = result.timings.get(name, 0.0) + time.perf_counter() - t0


def build(opts: BuildOptions) -> BuildResult:
    """Run every step; see the module docstring. Raises BuildError only when
    no site can be produced (missing corpus, MkDocs failure)."""
    from .annotate import _wordlist

    before = _wordlist.tables_root()
    _wordlist.use_tables(word_tables(opts))
    pools: list[ProcessPoolExecutor] = []
    try:
        return _build(opts, pools)
    finally:
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)
        _wordlist.use_tables(before)
        import gc

        gc.unfreeze()  # see gc_paused


def _build(opts: BuildOptions, pools: list[ProcessPoolExecutor]) -> BuildResult:
    """The steps; ``pools``: worker pools started on the way, which :func:`build` shuts down."""
    from .compare import group_stories
    from .compare.cache import ComparisonCache, TermsCache, story_key

    result = BuildResult()
    today = opts.today or _dt.date.today().isoformat()

    # 1–2. discover and ingest
    with _timed(result, "ingest"):
        files, problems = discover(opts.corpus)
        result.problems.extend(problems)
        slugs = unique_slugs([label for _, label in files])
        articles = []
        # A fresh process reads what earlier builds ingested; make serve keeps it in memory.
        ingested = IngestCache(opts.cache_dir) if opts.cache_dir is not None and opts.memo is None else None
        probes = {label: ingested.probe(path, label, slugs[label]) for path, label in files} if ingested is not None else {}
        started = _early_worker(opts, ingested, probes)
        with gc_paused():
            for path, label in files:
                article, problems = _ingest(path, label, slugs[label], opts.memo, ingested, probes.get(label))
                result.problems.extend(problems)
                if article is not None:
                    articles.append(article)
        if ingested is not None:
            ingested.save()
            result.timings["ingest:cached"] = float(ingested.hits)

    def anchor(batch: list[ArticleAnalysis]) -> list[Any]:
        from . import anchors as anchors_mod

        assert opts.anchors_dir is not None
        return anchors_mod.update_ledgers(
            batch,
            opts.anchors_dir,
            today=today,
            write=opts.update_anchors,
            memo=opts.memo.anchored if opts.memo is not None else None,
            keys={a.article.id: cache_key(a.article) for a in batch},
            store=opts.cache_dir / "anchored" if opts.cache_dir is not None else None,
        )

    # Anchoring is per article: the cached ones are anchored while the edit's
    # worker analyses the rest (an error is left for step 4 to meet again).
    anchored: dict[str, Any] = {}

    def anchor_cached(cached: list[ArticleAnalysis]) -> None:
        from .anchors import LedgerError

        if opts.anchors_dir is None:
            return
        with _timed(result, "anchor:overlapped"), contextlib.suppress(LedgerError):
            anchored.update(zip([a.article.id for a in cached], anchor(cached), strict=True))

    # 3. analyse
    with _timed(result, "analyse"):
        analyses = analyse_all(articles, opts, result, started, meanwhile=anchor_cached)
    # Many new analyses: many stories to compare. Their workers start now.
    if len(analyses) - result.cached >= MIN_PARALLEL and (opts.jobs or os.cpu_count() or 1) > 1:
        pools.append(_compare_pool(opts))

    # 4. permanent passage IDs
    with _timed(result, "anchor"):
        if opts.anchors_dir is not None:
            from . import anchors as anchors_mod

            try:
                rest = [a for a in analyses if a.article.id not in anchored]
                anchored.update(zip([a.article.id for a in rest], anchor(rest), strict=True))
                result.anchor_report = [anchored[a.article.id] for a in analyses]
            except anchors_mod.LedgerError as exc:
                # Building on without the ledger would renumber every published link.
                result.problems.append(exc.problem)
                return result

    # 5. stories, then (unless the site is up to date) their comparisons
    with _timed(result, "compare"):
        memo = opts.memo
        stories = group_stories(analyses, terms_of=TermsCache(opts.cache_dir, memory=memo.terms if memo is not None else None))
        by_id = {a.article.id: a for a in analyses}
        story_keys = [story_key(s, by_id) for s in stories]
    result.analyses, result.stories = analyses, stories

    # Nothing the site is made of changed since the last build: stop here
    # (the story keys say whether any comparison would differ).
    site_stamp = _site_stamp(opts, analyses, story_keys)
    if site_stamp and not result.problems and stamp.up_to_date(*site_stamp):
        result.up_to_date = True
        return result

    # Pages whose inputs did not change come from the memo (make serve) or,
    # in a fresh process, from the page store of earlier builds.
    store = PageStore(opts.cache_dir) if opts.cache_dir is not None and not opts.force else None
    page_memo = opts.memo if opts.memo is not None else (Memo() if store is not None else None)
    if page_memo is not None:
        page_memo.store = store
    pages = {a.article.id: f"articles/{a.article.id}/" for a in analyses}

    with _timed(result, "compare"):
        story_cache = ComparisonCache(opts.cache_dir)
        remembered = memo.comparisons if memo is not None else {}
        found = {k: remembered.get(k) or story_cache.get_lazy(k) for k in story_keys}
        todo = [(s, k) for s, k in zip(stories, story_keys, strict=True) if found[k] is None]
        for k, c in compare_all(todo, by_id, opts, pool=next(iter(pools), None)):
            story_cache.put(k, c)
            found[k] = c
        while pools:  # their work is done: no idle processes through MkDocs
            pools.pop().shutdown(wait=False, cancel_futures=True)
        if memo is not None:
            memo.comparisons.update({k: c for k, c in found.items() if c is not None})
        comparisons = [found[k] for k in story_keys]
        result.timings["compare:stories_cached"] = float(story_cache.hits)
    result.comparisons = comparisons

    # 6–7. export and render
    story_of = {aid: c.story.id for c in comparisons for aid in c.story.articles}
    story_pages = {c.story.id: f"stories/{c.story.id}/" for c in comparisons if len(c.story.articles) >= 2}
    keys = (
        _page_keys(analyses, [c.story.id for c in comparisons], story_keys, pages, story_pages, story_of) if page_memo is not None else None
    )
    with _timed(result, "export"):
        data = export.dumps_export(analyses, comparisons, pages=pages, story_pages=story_pages, memo=page_memo, keys=keys)
    with _timed(result, "render"):
        generated: dict[str, str | bytes] = dict(
            render.render_pages(analyses, comparisons, story_of=story_of, pages=pages, story_pages=story_pages, memo=page_memo, keys=keys)
        )
        generated["data/analysis.json"] = data
    if store is not None:
        store.prune()
    if opts.memo is not None:
        opts.memo.prune(
            sources={a.article.source for a in analyses} | {label for _, label in files},
            analysis_keys={cache_key(a.article) for a in analyses},
            article_ids=set(by_id),
            story_keys=set(story_keys),
            pages=set(keys or ()),
        )
    result.pages = {k: v for k, v in generated.items() if isinstance(v, str)}

    # 8. write atomically, then MkDocs
    with _timed(result, "write"):
        if opts.write_mode == "sync":
            sync_pages(generated, opts.docs_dir)
        else:
            _write_and_build(generated, opts, result)

    # 9. link check
    if opts.mkdocs and opts.write_mode == "swap":
        from .linkcheck import check_site

        with _timed(result, "linkcheck"):
            result.problems.extend(check_site(opts.site_dir, jobs=opts.jobs or os.cpu_count() or 1))
        if site_stamp and not result.problems:
            path, inputs, _ = site_stamp
            stamp.record(path, inputs, stamp.outputs_hash(opts.site_dir, opts.docs_dir, GENERATED_DIRS))
    return result


def _ingest(
    path: Path, label: str, slug: str, memo: Memo | None, store: IngestCache | None = None, probe: tuple[str, str] | None = None
) -> tuple[Article | None, list[Problem]]:
    """:func:`ingest_file`, or its result from the memo when the file and its
    sidecar are unchanged, or from the ingest ``store`` when their bytes are
    (``probe``: :meth:`IngestCache.probe` of the file)."""
    if memo is None:
        if probe is None or store is None:
            return ingest_file(path, source=label, slug=slug)
        hit = store.get(label, probe[0])
        if hit is not None:
            return hit
        article, problems = ingest_file(path, source=label, slug=slug)
        if article is not None and article.sha256 == probe[1]:  # not changed since the probe read it
            store.put(label, probe[0], article, problems)
        return article, problems
    sig = file_signature(path, _listing(path.parent))
    hit = memo.ingested.get(label)
    if hit is not None and hit[0] == sig and hit[1] == slug:
        return hit[2], list(hit[3])
    article, problems = ingest_file(path, source=label, slug=slug)
    memo.ingested[label] = (sig, slug, article, list(problems))
    return article, problems


_LISTINGS: dict[Path, tuple[float, list[str]]] = {}


def _listing(folder: Path) -> list[str]:
    """Names in ``folder`` (cached while the folder's own mtime is unchanged)."""
    try:
        mtime = folder.stat().st_mtime_ns
    except OSError:
        return []
    hit = _LISTINGS.get(folder)
    if hit is None or hit[0] != mtime:
        hit = (mtime, os.listdir(folder))
        _LISTINGS[folder] = hit
    return hit[1]


def _page_keys(
    analyses: list[ArticleAnalysis],
    story_ids: list[str],
    story_keys: list[str],
    pages: dict[str, str],
    story_pages: dict[str, str],
    story_of: dict[str, str],
) -> dict[str, str]:
    """Generated path → hash of everything its text is made of (for the memo).

    An article page (and its export record) is made of its analysis, its
    permanent passage IDs and retired notes, its page and its story's
    comparison (the counterparts it links to); a story page of its
    comparison, whose key covers every member's analysis and IDs.
    """
    key_of_story = dict(zip(story_ids, story_keys, strict=True))
    out: dict[str, str] = {}
    for a in analyses:
        aid = a.article.id
        sid = story_of.get(aid)
        out[f"articles/{aid}.md"] = content_key(
            cache_key(a.article),
            [[p.key, p.id, list(p.aliases)] for p in a.passages],
            a.retired,
            pages[aid],
            sid,
            story_pages.get(sid or ""),
            key_of_story.get(sid or ""),
        )
    for sid in story_ids:
        if sid in story_pages:
            out[f"stories/{sid}"] = content_key(key_of_story[sid], story_pages[sid])
    return out


def _site_stamp(opts: BuildOptions, analyses: list[ArticleAnalysis], story_keys: list[str]) -> tuple[Path, str, str] | None:
    """(stamp file, inputs hash, current outputs hash), or None when builds are never skipped."""
    if opts.force or opts.cache_dir is None or not opts.mkdocs or opts.write_mode != "swap" or not opts.update_anchors:
        return None
    inputs = stamp.inputs_hash(
        analyses,
        story_keys,
        config_file=opts.config_file,
        docs_dir=opts.docs_dir,
        generated_dirs=GENERATED_DIRS,
        site_url=opts.site_url,
    )
    path = stamp.stamp_path(opts.cache_dir, opts.site_dir)
    return path, inputs, stamp.outputs_hash(opts.site_dir, opts.docs_dir, GENERATED_DIRS)


def _write_and_build(generated: dict[str, str | bytes], opts: BuildOptions, result: BuildResult) -> None:
    """Stage the pages in a mirror of the project, build the site there, then swap.

    MkDocs runs on the mirror (links to the config's neighbours and the
    hand-written docs, plus the staged generated folders), so docs/ and site/
    are only touched by the final renames: a crash, Ctrl-C or kill at any
    earlier moment leaves both exactly as they were.
    """
    _remove_stale_work(opts.docs_dir.parent)
    work = opts.docs_dir.parent / f".parallax-stage-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    site_tmp = work / "site"
    try:
        config, stage = _mirror_project(opts, work / "project")
        stage_pages(generated, stage)
        if opts.mkdocs:
            t0 = time.perf_counter()
            if _shows_progress(opts) and len(generated) >= 200:
                print(f"rendering {len(generated)} pages with MkDocs …", file=sys.stderr)
            run_mkdocs(opts, site_tmp, config)
            result.timings["mkdocs"] = time.perf_counter() - t0
        with swapped_in(stage, opts.docs_dir):
            if opts.mkdocs:
                if opts.site_dir.exists():
                    opts.site_dir.rename(work / "site-old")
                site_tmp.rename(opts.site_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _mirror_project(opts: BuildOptions, mirror: Path) -> tuple[Path, Path]:
    """A folder MkDocs can take for the project: (its config, its docs folder).

    The config is copied; everything beside it (overrides, hooks …) and every hand-written
    file of docs/ is a link; the generated folders are staged there for real
    (pymdownx.snippets refuses links out of its base path), so relative paths
    in mkdocs.yml resolve as usual.
    """
    config_dir = opts.config_file.resolve().parent
    docs = opts.docs_dir.resolve()
    mirror.mkdir(parents=True)
    for entry in sorted(config_dir.iterdir()):
        if entry.name.startswith(".") or entry.resolve() in (docs, opts.site_dir.resolve(), opts.config_file.resolve()):
            continue
        (mirror / entry.name).symlink_to(entry)
    # A copy, not a link: MkDocs resolves relative paths from the real file.
    config = mirror / opts.config_file.name
    shutil.copy2(opts.config_file, config)
    _add_hook(config)
    mirror_docs = mirror / (docs.relative_to(config_dir) if docs.is_relative_to(config_dir) else docs.name)
    mirror_docs.mkdir(parents=True, exist_ok=True)
    if docs.exists():
        for entry in sorted(docs.iterdir()):
            if entry.name not in GENERATED_DIRS:
                (mirror_docs / entry.name).symlink_to(entry.resolve())
    return mirror / opts.config_file.name, mirror_docs


def _add_hook(config: Path) -> None:
    """Let generated raw HTML skip the Markdown parser (:mod:`parallax.render.mkdocs_hook`).

    Only in the copy MkDocs runs on, and only when the configuration has no
    hooks of its own (they would have to list ours themselves): the pages
    render the same without it, twice as slowly.
    """
    text = config.read_text(encoding="utf-8")
    if re.search(r"(?m)^hooks\s*:", text):
        return
    hook = Path(__file__).resolve().parent / "render" / "mkdocs_hook.py"
    config.write_text(
        f"{text.rstrip()}\n\n# Added by the Parallax build (parallax/render/mkdocs_hook.py).\nhooks:\n  - {json.dumps(str(hook))}\n",
        encoding="utf-8",
    )


def _remove_stale_work(folder: Path) -> None:
    """Delete what a killed build left behind (its process is gone)."""
    for path in sorted(folder.glob(".parallax-*-*")):
        pid = path.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
