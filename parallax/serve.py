"""Live preview: regenerate pages when an article changes, MkDocs reloads.

Pages are written in place, only when their bytes change (``sync`` mode), so
MkDocs' own watcher sees exactly the pages that changed; the analysis cache
makes a one-article change re-analyse only that article.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from .build import BuildError, BuildOptions, build
from .memo import Memo


def _snapshot(corpus: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in corpus.rglob("*") if p.is_file()}


def serve(opts: BuildOptions, *, interval: float = 1.0) -> int:
    # The memo keeps the corpus as the last build left it: an edit re-reads,
    # re-analyses and re-renders only what it touched.
    sync = dataclasses.replace(opts, write_mode="sync", mkdocs=False, memo=Memo())
    try:
        result = build(sync)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(problem, file=sys.stderr)

    def watch() -> None:
        seen = _snapshot(opts.corpus)
        from .analysis import warm_up
        from .annotate import _wordlist
        from .build import word_tables

        _wordlist.use_tables(word_tables(opts))  # the tables the builds read, opened by the warm-up
        warm_up()  # while nobody has edited yet: the first edit then pays no loading
        while True:
            time.sleep(interval)
            now = _snapshot(opts.corpus)
            if now != seen:
                seen = now
                try:
                    again = build(sync)
                    print(f"regenerated {len(again.analyses)} article(s) ({again.cached} cached)", file=sys.stderr)
                except BuildError as exc:
                    print(f"error: {exc}", file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()
    # MkDocs' own server (with its logging and live reload) in a child process;
    # it notices the pages the watcher rewrites under docs/.
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(opts.config_file.resolve())]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    child = subprocess.Popen(cmd, cwd=opts.config_file.resolve().parent, env=env)
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        return 0
