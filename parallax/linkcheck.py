"""Check every internal link and anchor of a built site.

MkDocs validates links written in Markdown, but our pages carry most links
inside raw HTML (tables, passages), which MkDocs does not see. This check
reads the built HTML, collects every ``id`` per page and verifies each
internal ``href`` — page and fragment — so a published link never lands
nowhere.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .model import Problem

#: Script and style bodies and comments: text, not tags (a ``<`` in them is not markup).
#: The ``<`` they all begin with is written once, before the alternatives: the
#: regular expression engine then jumps from one ``<`` to the next instead of
#: trying each alternative at every character (5x faster, the same matches).
_OPAQUE = re.compile(r"<(?:(script\b[^>]*>).*?</script\s*>|(style\b[^>]*>).*?</style\s*>|!--.*?-->)", re.S | re.I)
#: A start tag: its name and its attributes.
_TAG = re.compile(r"""<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>""")
#: One ``id`` or ``href`` attribute, quoted either way or bare.
_ATTR = re.compile(r"""(?:^|\s)(id|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


class _Collector:
    """Ids and link targets of one page.

    A scan of start tags rather than a full HTML parser: the build's own pages
    are well-formed (MkDocs and our templates write them), and this check runs
    over every page of the site on every build, where a parser was its cost.
    """

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.duplicates: set[str] = set()

    def feed(self, page: str) -> None:
        for tag in _TAG.finditer(_OPAQUE.sub(_keep_start_tag, page)):
            attrs = tag.group(2)
            if not attrs:
                continue
            for m in _ATTR.finditer(attrs):
                name = m.group(1).lower()
                value = html.unescape(next(v for v in m.group(2, 3, 4) if v is not None))
                if name == "id":
                    if value in self.ids:
                        self.duplicates.add(value)
                    self.ids.add(value)
                elif tag.group(1).lower() == "a":
                    self.hrefs.append(value)


def _keep_start_tag(m: re.Match[str]) -> str:
    """A script or style element reads as its start tag (whose id counts); a comment as nothing."""
    tag = m.group(1) or m.group(2)
    return "<" + tag if tag else ""


def _page_url(site: Path, html_file: Path) -> str:
    rel = html_file.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


#: Pages from which the check reads half of them in a second process.
PARALLEL_PAGES = 400


def _collect(files: list[str]) -> list[_Collector]:
    """Each file's ids and links (in a worker: a collector pickles as its three fields)."""
    out = []
    for name in files:
        collector = _Collector()
        collector.feed(Path(name).read_text(encoding="utf-8"))
        out.append(collector)
    return out


def check_site(site: Path, jobs: int = 1) -> list[Problem]:
    """Problems for broken internal links, missing anchors and duplicate ids.

    With ``jobs`` > 1 and many pages, a second process reads the second half
    of the pages while this one reads the first: reading is most of the
    check, and it runs after MkDocs, when the build has nothing else to do.
    """
    files = sorted(site.rglob("*.html"))
    names = [str(f) for f in files]
    if jobs > 1 and len(files) >= PARALLEL_PAGES:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        half = len(names) // 2
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            rest = pool.submit(_collect, names[half:])
            collected = _collect(names[:half]) + rest.result()
    else:
        collected = _collect(names)
    pages: dict[str, _Collector] = {_page_url(site, f): c for f, c in zip(files, collected, strict=True)}
    problems: list[Problem] = []
    for url, page in sorted(pages.items()):
        if url.startswith("404"):
            continue
        for dup in sorted(page.duplicates):
            problems.append(
                Problem(
                    "duplicate-id",
                    f"id {dup!r} appears more than once",
                    f"site/{url}",
                    hint="a passage or mark id must be unique on its page",
                )
            )
        for href in page.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "//")):
                continue
            target = (
                url
                if not parts.path
                else posixpath.normpath(posixpath.join(posixpath.dirname(url) if not url.endswith("/") else url, parts.path))
            )
            if parts.path.endswith("/") and not target.endswith("/"):
                target += "/"
            if target in (".", "./"):
                target = ""
            target = target.lstrip("/") if target != "/" else ""
            if parts.path and not target.endswith("/") and target not in pages:
                # a file (e.g. data/analysis.json) rather than a page
                if not (site / target).exists():
                    problems.append(Problem("broken-link", f"link to {href!r}: no such file", f"site/{url}"))
                continue
            if target not in pages:
                problems.append(Problem("broken-link", f"link to {href!r}: no such page", f"site/{url}"))
                continue
            fragment = unquote(parts.fragment)
            if fragment and ":~:" not in fragment and fragment not in pages[target].ids:
                problems.append(Problem("missing-anchor", f"link to {href!r}: no element with id {fragment!r}", f"site/{url}"))
    return problems
