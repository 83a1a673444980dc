"""Command line: a thin layer over :func:`parallax.build.build`.

Library errors become one clean message each; the exit status says whether
the site was built (0), built with problems under ``--strict`` (1), or could
not be built at all (2).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .build import BuildError, BuildOptions, build

EPILOG = """\
examples:
  python scripts/build.py                       build seeds/ into docs/ and site/
  python scripts/build.py --strict              fail (exit 1) on any input problem, as CI does
  python scripts/build.py -i my-corpus -o public  another corpus, site written to public/
  python scripts/build.py --no-mkdocs           only regenerate the Markdown pages under docs/
  python scripts/build.py --check-anchors       fail if anchors/ is out of date (deploy check)
  python scripts/build.py serve                 live preview on http://127.0.0.1:8000/

Each article is a .txt file in the input folder; an optional sidecar
<name>.yml beside it sets title, outlet, url, published, language,
translated_from, story and notes (see docs/data.md and README.md).
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="build.py",
        description="Turn a folder of news articles into an annotated, linkable comparison site (MkDocs + Material).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "command", nargs="?", choices=("build", "serve"), default="build", help="build the site (default) or serve a live preview"
    )
    p.add_argument("-i", "--input", dest="corpus", type=Path, default=Path("seeds"), help="folder of article .txt files (default: seeds)")
    p.add_argument("-o", "--output", dest="site_dir", type=Path, default=Path("site"), help="folder for the built site (default: site)")
    p.add_argument(
        "--docs",
        dest="docs_dir",
        type=Path,
        default=Path("docs"),
        help="MkDocs docs folder; generated pages go to its generated subfolders (default: docs)",
    )
    p.add_argument(
        "-f", "--config", dest="config_file", type=Path, default=Path("mkdocs.yml"), help="MkDocs configuration (default: mkdocs.yml)"
    )
    p.add_argument("--strict", action="store_true", help="exit 1 if any input problem (bad encoding, bad sidecar, …) was found")
    p.add_argument("-j", "--jobs", type=int, default=0, help="worker processes for analysis (default: all cores)")
    p.add_argument("--no-mkdocs", action="store_true", help="write the Markdown pages only; do not run MkDocs")
    p.add_argument("--site-url", help="public URL of the site (default: $PARALLAX_SITE_URL or http://127.0.0.1:8000/)")
    p.add_argument("--no-cache", action="store_true", help="re-analyse every article instead of reusing .cache/parallax")
    p.add_argument("--cache-dir", type=Path, default=Path(".cache/parallax"), help="analysis cache folder (default: .cache/parallax)")
    p.add_argument(
        "--anchors",
        dest="anchors_dir",
        type=Path,
        default=None,
        help="passage ID ledger folder (default: anchors/ beside the input folder)",
    )
    p.add_argument("--check-anchors", action="store_true", help="do not update the ledger; exit 1 if it is out of date")
    p.add_argument("--force", action="store_true", help="rebuild the site even when nothing changed since the last build")
    p.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None, help="progress bar (default: on a terminal, off in CI)"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    opts = BuildOptions(
        corpus=args.corpus,
        docs_dir=args.docs_dir,
        site_dir=args.site_dir,
        config_file=args.config_file,
        cache_dir=None if args.no_cache else args.cache_dir,
        anchors_dir=args.anchors_dir or args.corpus.parent / "anchors",
        jobs=args.jobs,
        strict=args.strict,
        mkdocs=not args.no_mkdocs,
        site_url=args.site_url,
        quiet=args.quiet,
        progress=args.progress,
        update_anchors=not args.check_anchors,
        force=args.force,
    )
    if args.command == "serve":
        from .serve import serve

        return serve(opts)
    try:
        result = build(opts)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: docs/ and site/ were left as they were before this build", file=sys.stderr)
        return 130
    for problem in result.problems:
        print(problem, file=sys.stderr)
    stale = [r for r in result.anchor_report if getattr(r, "out_of_date", False)]
    if not args.quiet:
        _summary(result, opts)
    if args.check_anchors and stale:
        print(
            f"error: the anchor ledger in {opts.anchors_dir}/ is out of date for {len(stale)} article(s); run `make site` and commit anchors/",
            file=sys.stderr,
        )
        return 1
    if result.failed(args.strict):
        print(f"{len(result.problems)} problem(s); failing because of --strict", file=sys.stderr)
        return 1
    return 0


def _summary(result, opts: BuildOptions) -> None:
    n = len(result.analyses)
    words = sum(a.word_count for a in result.analyses)
    stories = sum(1 for s in result.stories if len(s.articles) >= 2)
    where = f"site in {opts.site_dir}/" if opts.mkdocs else f"pages in {opts.docs_dir}/"
    if result.up_to_date:
        where = f"site in {opts.site_dir}/ is up to date (nothing changed since the last build; --force rebuilds it)"
    print(f"built {n} article(s) ({words} words, {result.cached} from cache), {stories} comparison(s): {where}")
    for report in result.anchor_report:
        line = getattr(report, "summary", None)
        if callable(line):
            text = line()
            if text:
                print(text)
    if os.environ.get("PARALLAX_TIMINGS"):
        for k, v in sorted(result.timings.items()):
            unit = "" if k.endswith("_cached") else " s"  # counts, not seconds
            print(f"  {k:28} {v:7.2f}{unit}")
