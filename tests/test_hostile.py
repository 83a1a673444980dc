"""The hostile corpus (tests/fixtures/hostile, see its README) built end to end.

One build of the whole corpus must report every problem at once, each with
its file and line, still build every usable article, and publish nothing
from an article as live HTML, a link, an attribute or template syntax. The
CLI exits 1 with ``--strict`` and 0 without. Seeds are only ever read, and
two builds of the same input give byte-identical generated files.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import ROOT, build_project, make_project

from parallax import ingest
from parallax.build import GENERATED_DIRS, BuildError, stage_pages

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
HUGE_BYTES = 5_200_000

#: file label -> [(problem code, line)] that one build of the corpus must report.
EXPECTED_PROBLEMS: dict[str, list[tuple[str, int | None]]] = {
    "seeds/empty.txt": [("empty-file", None)],
    "seeds/whitespace-only.txt": [("empty-file", None)],
    "seeds/binary.txt": [("binary-file", None)],
    "seeds/latin1.txt": [("not-utf8", 1)],
    "seeds/cp1252.txt": [("not-utf8", 1)],
    "seeds/mojibake.txt": [("mojibake", 1)],
    "seeds/bad-sidecar-syntax.yml": [("sidecar-syntax", 3)],
    "seeds/bad-sidecar-values.yml": [
        ("sidecar-bad-value", 1),
        ("sidecar-unknown-key", 2),
        ("sidecar-bad-value", 3),
        ("sidecar-bad-value", 4),
        ("sidecar-bad-value", 5),
        ("sidecar-bad-value", 6),
        ("sidecar-bad-value", 9),
    ],
    "seeds/sidecar-not-mapping.yml": [("sidecar-shape", 1)],
    "seeds/sidecar-not-utf8.yml": [("sidecar-unreadable", 1)],
    "seeds/hostile-metadata.yml": [("sidecar-bad-value", 3)],
    "seeds/orphan.yml": [("orphan-sidecar", None)],
    "seeds/yaml-extension.yaml": [("sidecar-name", None)],
    "seeds/huge.txt": [("too-large", None)],
    "seeds/outside-link.txt": [("outside-corpus", None)],
}
#: Articles that must build despite everything, with their slugs.
EXPECTED_SLUGS = {
    "good-article",
    "latin1",
    "cp1252",
    "mojibake",
    "bom",
    "crlf",
    "lone-cr",
    "single-newlines",
    "long-line",
    "no-punctuation",
    "html-tags",
    "markdown-links",
    "template-syntax",
    "attr-lists",
    "markdown-blocks",
    "spaces-in-name",
    "creme-brulee-strasse",
    "upper-case",
    "bad-sidecar-syntax",
    "bad-sidecar-values",
    "sidecar-not-mapping",
    "sidecar-not-utf8",
    "hostile-metadata",
    "yaml-extension",
    "control-chars",
}
#: Slugs made unique with a hash of the file name (prefix -> how many).
HASHED_SLUGS = {"same-slug-": 3, "index-": 1}


def _add_test_time_inputs(seeds: Path, outside: Path) -> None:
    """The two inputs that are not committed: a 5 MB article and a link out."""
    para = "The council met again in the afternoon and discussed the budget for the new school. " * 12
    text = "Budget talks drag on\n\n" + (para + "\n\n") * (HUGE_BYTES // (len(para) + 2) + 1)
    (seeds / "huge.txt").write_text(text, encoding="utf-8")
    outside.write_text("Private notes\n\nThis file is outside the corpus and must never be published.\n", encoding="utf-8")
    (seeds / "outside-link.txt").symlink_to(outside)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.lstat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("hostile")
    root = make_project(base / "project", HOSTILE)
    _add_test_time_inputs(root / "seeds", base / "secret-notes.txt")
    before = _snapshot(root / "seeds")
    outside_before = sorted(p.name for p in base.iterdir())
    result = build_project(root, site_url="http://127.0.0.1:8000/")
    return root, result, before, outside_before


# ---------------------------------------------------------------------------
# problems: all in one run, each once, with file and line


def test_every_problem_is_reported_once_with_file_and_line(hostile_build):
    _, result, _, _ = hostile_build
    got: dict[str, list[tuple[str, int | None]]] = {}
    for p in result.problems:
        got.setdefault(p.file, []).append((p.code, p.line))
    assert {f: sorted(v, key=str) for f, v in got.items()} == {f: sorted(v, key=str) for f, v in EXPECTED_PROBLEMS.items()}


def test_every_problem_says_what_to_do(hostile_build):
    _, result, _, _ = hostile_build
    for p in result.problems:
        assert p.level in ("error", "warning")
        assert p.message, str(p)
        if p.code not in ("sidecar-bad-value",):  # the message itself says what a good value looks like
            assert p.hint, f"no hint: {p}"
        text = str(p)
        assert text.startswith(p.file) and "\n" not in text
        assert "Traceback" not in text and "Error(" not in text, "no Python internals in a user message"


def test_good_articles_still_build(hostile_build):
    root, result, _, _ = hostile_build
    slugs = {a.article.id for a in result.analyses}
    plain = {
        s for s in slugs if not any(s.startswith(prefix) and re.fullmatch(r"[0-9a-f]{6}", s[len(prefix) :]) for prefix in HASHED_SLUGS)
    }
    assert plain == EXPECTED_SLUGS
    for prefix, count in HASHED_SLUGS.items():
        assert sum(1 for s in slugs if s.startswith(prefix) and re.fullmatch(r"[0-9a-f]{6}", s[len(prefix) :])) == count, prefix
    for slug in slugs:
        assert (root / "site" / "articles" / slug / "index.html").is_file(), slug
    good = next(a for a in result.analyses if a.article.id == "good-article")
    assert (good.article.meta.title, good.article.meta.outlet) == (
        "Harbour cranes stand still as dock workers strike in Porto Verde",
        "Litoral Daily",
    )


def test_decoded_text_is_right_and_offsets_exact(hostile_build):
    root, _, _, _ = hostile_build
    export = json.loads((root / "site" / "data" / "analysis.json").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in export["articles"]}
    assert "São Paulo" in by_id["latin1"]["passages"][0]["text"]
    assert "“We lost everything in one night,”" in by_id["cp1252"]["passages"][0]["text"]
    assert "€2 million" in by_id["cp1252"]["passages"][0]["text"]
    assert "MÃ¼llheim" in by_id["mojibake"]["passages"][0]["text"], "raw text is shown as it is"
    for art in export["articles"]:
        data = (root / art["source"]).read_bytes()
        raw, _, _ = ingest.decode(data, file=art["source"])
        spans = [s for key in ("passages", "quotes", "entities", "sources", "artifacts") for s in art[key]]
        for span in spans:
            assert raw[span["start"] : span["end"]] == span["text"], (art["id"], span)
    crlf = [p["text"] for p in by_id["crlf"]["passages"] if p["kind"] == "paragraph"]
    lone_cr = [p["text"] for p in by_id["lone-cr"]["passages"] if p["kind"] == "paragraph"]
    assert len(crlf) == 2 and len(lone_cr) == 2
    long_line = by_id["long-line"]["passages"]
    assert sum(1 for p in long_line if p["kind"] == "paragraph") == 1
    assert sum(1 for p in long_line if p["kind"] == "sentence") >= 1


# ---------------------------------------------------------------------------
# safety of the published pages


class _Page(HTMLParser):
    """Elements, attributes and visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.raw_text: dict[str, list[str]] = {"script": [], "style": []}
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in self.raw_text:
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw_text[self._in[-1]].append(data)
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        """The page's text with all white space removed (our marks split words)."""
        return re.sub(r"\s+", "", "".join(self.text))


def _page(root: Path, slug: str) -> _Page:
    page = _Page()
    page.feed((root / "site" / "articles" / slug / "index.html").read_text(encoding="utf-8"))
    return page


HOSTILE_PAGES = ["html-tags", "markdown-links", "template-syntax", "attr-lists", "markdown-blocks", "hostile-metadata"]
#: Attributes whose value is only ever shown as text (tooltips, descriptions):
#: article text may appear there, escaped.
INERT_ATTRIBUTES = {"content", "title", "alt", "aria-label", "aria-description", "placeholder", "value"}
INJECTED_IDS = {"injected", "second-id", "inline-id", "title-id", "meta-id"}


@pytest.mark.parametrize("slug", HOSTILE_PAGES)
def test_no_article_markup_becomes_live(hostile_build, slug):
    root, _, _, _ = hostile_build
    page = _page(root, slug)
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "svg", "details", "img") or "alert" not in " ".join(attrs.values()), (tag, attrs)
        assert tag != "iframe", attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), f"inline event handler {name}={value!r} on <{tag}>"
            if name in ("href", "src", "action", "formaction", "xlink:href", "data"):
                scheme = re.sub(r"\s", "", value).lower()
                assert not scheme.startswith(("javascript:", "vbscript:", "data:")), (tag, name, value)
            if name not in INERT_ATTRIBUTES and not name.startswith("data-"):
                assert "alert(" not in value, (tag, name, value)
        assert attrs.get("id") not in INJECTED_IDS, (tag, attrs)
        assert "evil" not in attrs.get("class", "").split(), (tag, attrs)
        assert "position:fixed" not in attrs.get("style", "").replace(" ", ""), (tag, attrs)
    for script in page.raw_text["script"]:
        assert "alert(" not in script and "document.cookie" not in script
    for style in page.raw_text["style"]:
        assert "display:none" not in style.replace(" ", "")


# (slug, texts that must be visible literally on the page)
LITERAL_TEXT = [
    ("html-tags", ["<script>alert(document.cookie)</script>", "<img src=x onerror=\"alert('img')\">", "<!-- a hidden HTML comment -->"]),
    ("html-tags", ["&amp; the mayor", "&lt;script&gt;"]),
    ("markdown-links", ["[Read the plan](javascript:alert('link'))", "[budget]: javascript:alert('ref')", "<javascript:alert('auto')>"]),
    ("template-syntax", ["{{ config.site_name }}", "{{ 7*7 }}", "{% include 'mkdocs.yml' %}", "{# a comment #}", "${{ secrets.TOKEN }}"]),
    ("attr-lists", ['{: #injected .evil onclick="alert(1)" }', "{ #title-id }", "{.admonition #inline-id}"]),
    (
        "markdown-blocks",
        ['--8<-- "mkdocs.yml"', '--8<-- "/etc/passwd"', "| Farmers | Prices |", "# A heading inside the text", "!!! danger"],
    ),
    ("markdown-blocks", ["[^1]", "*[HTML]: Hyper Text Markup Language", "[TOC]", ":material-alert:", "==marked=="]),
    ("hostile-metadata", ["<script>alert('meta')</script> {{ config }} [x](javascript:alert(1)) {: #meta-id }"]),
]


@pytest.mark.parametrize(("slug", "texts"), LITERAL_TEXT)
def test_article_syntax_shows_as_text(hostile_build, slug, texts):
    root, _, _, _ = hostile_build
    visible = _page(root, slug).visible
    for text in texts:
        assert re.sub(r"\s+", "", text) in visible, text


def test_markdown_in_articles_is_not_rendered(hostile_build):
    root, _, _, _ = hostile_build
    page = _page(root, "markdown-blocks")
    html = (root / "site" / "articles" / "markdown-blocks" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<h[1-6][^>]*>[^<]*(A heading inside|Another heading)", html)
    assert "<blockquote" not in html and "<hr" not in html.split('class="px-text"', 1)[1].split("</div>", 1)[0]
    assert 'class="admonition danger"' not in html and 'class="footnote"' not in html
    assert "<mark>marked</mark>" not in html and "<abbr" not in html
    assert "theme:" not in page.visible and "palette" not in page.visible
    assert "root:x:0:0" not in html, "a snippet line must never include a file"


def test_control_characters_are_shown_not_emitted(hostile_build):
    root, _, _, _ = hostile_build
    html = (root / "site" / "articles" / "control-chars" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", html) == []
    visible = _page(root, "control-chars").visible
    for shown in ("bell\u2407", "escape\u241b", "delete\u2421", "feed\u240c", "byte\u2400here"):
        assert shown in visible, shown
    assert "wzxhzdk" in visible and "\x02" not in html, "Markdown's stash markers in text stay inert"


def test_every_page_is_free_of_inline_handlers(hostile_build):
    """CSP-friendly: no inline event handler anywhere in the built site, our JS/CSS in files."""
    root, _, _, _ = hostile_build
    offenders = []
    for html in sorted((root / "site").rglob("*.html")):
        page = _Page()
        page.feed(html.read_text(encoding="utf-8"))
        rel = html.relative_to(root).as_posix()
        offenders += [(rel, tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on")]
        # Our own JS and CSS are files: inline scripts are only Material's, no <style> at all.
        offenders += [(rel, "script", code[:40]) for code in page.raw_text["script"] if "px-" in code or "parallax" in code.lower()]
        offenders += [(rel, "style", css[:40]) for css in page.raw_text["style"]]
    assert offenders == []


def test_outside_file_is_never_published(hostile_build):
    root, _, _, _ = hostile_build
    for path in (root / "site").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".md", ".txt"):
            assert "must never be published" not in path.read_text(encoding="utf-8", errors="replace"), path


# ---------------------------------------------------------------------------
# paths: nothing written outside docs/<generated> and site/; seeds only read


def test_nothing_written_outside_the_output_folders(hostile_build):
    root, result, _, outside_before = hostile_build
    assert sorted(p.name for p in root.parent.iterdir()) == outside_before
    allowed_top = {"seeds", "docs", "site", "mkdocs.yml", "anchors"}
    assert {p.name for p in root.iterdir()} <= allowed_top, sorted(p.name for p in root.iterdir())
    for rel in result.pages:
        assert Path(rel).parts[0] in GENERATED_DIRS and ".." not in Path(rel).parts, rel
    for story in (root / "docs" / "stories").iterdir():
        assert story.resolve().is_relative_to((root / "docs" / "stories").resolve())
    assert not Path("/tmp/escape").exists()


def test_seed_files_are_only_read(hostile_build):
    root, _, before, _ = hostile_build
    assert _snapshot(root / "seeds") == before


@pytest.mark.parametrize("rel", ["../x.md", "articles/../../x.md", "/etc/x.md", "index.md", "assets/evil.js", "articles/../index.md"])
def test_writing_outside_generated_folders_is_refused(tmp_path, rel):
    with pytest.raises(BuildError):
        stage_pages({rel: "x"}, tmp_path / "stage")
    assert not (tmp_path / "x.md").exists() and not (tmp_path / "stage" / "index.md").exists()


def test_slugs_of_hostile_names_stay_inside():
    names = ["../x.txt", "../../etc/passwd.txt", "..\\x.txt", "/abs/path.txt", "index.txt", "...txt", "a/../b.txt", "con.txt", " .txt"]
    for name, slug in ingest.unique_slugs(names).items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), (name, slug)
        assert slug not in ("index", "article")


# ---------------------------------------------------------------------------
# the command line: exit status


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "build.py"),
        "-i",
        str(root / "seeds"),
        "--docs",
        str(root / "docs"),
        "-o",
        str(root / "site"),
        "-f",
        str(root / "mkdocs.yml"),
        "--anchors",
        str(root / "anchors"),
        "--cache-dir",
        str(ROOT / ".cache" / "parallax-tests"),
        "--no-mkdocs",
        "-q",
        *args,
    ]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return subprocess.run(cmd, capture_output=True, text=True, cwd=root, env=env, timeout=600)


@pytest.fixture(scope="module")
def small_hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hostile files and one good one: enough for exit codes, quick to build."""
    names = [
        "good-article.txt",
        "good-article.yml",
        "empty.txt",
        "binary.txt",
        "bad-sidecar-values.txt",
        "bad-sidecar-values.yml",
        "orphan.yml",
    ]
    files = {n: (HOSTILE / n).read_bytes() for n in names}
    return make_project(tmp_path_factory.mktemp("small-hostile"), None, files)


def test_cli_strict_fails_and_lists_every_problem(small_hostile):
    proc = _cli(small_hostile, "--strict")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    for expected in (
        "seeds/empty.txt: error empty-file",
        "seeds/binary.txt: error binary-file",
        "seeds/bad-sidecar-values.yml:2: error sidecar-unknown-key",
        "seeds/orphan.yml: warning orphan-sidecar",
    ):
        assert any(line.startswith(expected) for line in lines), (expected, proc.stderr)
    assert "Traceback" not in proc.stderr


def test_cli_without_strict_succeeds_and_still_reports(small_hostile):
    proc = _cli(small_hostile)
    assert proc.returncode == 0, proc.stderr
    assert "seeds/empty.txt: error empty-file" in proc.stderr
    assert (small_hostile / "docs" / "articles" / "good-article.md").is_file()


def test_cli_missing_input_folder_is_a_clean_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build.py"), "-i", str(tmp_path / "nope"), "--no-mkdocs", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error:") and "nope" in proc.stderr and "Traceback" not in proc.stderr


# ---------------------------------------------------------------------------
# reproducible: two builds, byte-identical generated Markdown and export


def _generated(root: Path) -> dict[str, bytes]:
    """Every generated file under docs/ (pages and data/analysis.json)."""
    out = {}
    for name in GENERATED_DIRS:
        folder = root / "docs" / name
        if folder.exists():
            out.update({p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()})
    return out


def test_two_builds_are_byte_identical(tmp_path):
    """Different folders, no cache: no timestamps, absolute paths or random order leak out."""
    names = ["good-article.txt", "good-article.yml", "crlf.txt", "mojibake.txt", "template-syntax.txt", "same slug.txt", "same-slug.txt"]
    files = {n: (HOSTILE / n).read_bytes() for n in names}
    seeds = {p.name: p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}
    first = make_project(tmp_path / "one", None, {**files, **seeds})
    second = make_project(tmp_path / "two" / "nested", None, {**files, **seeds})
    build_project(first, cache_dir=None, mkdocs=False, jobs=1)
    build_project(second, cache_dir=None, mkdocs=False, jobs=2)
    a, b = _generated(first), _generated(second)
    assert "docs/data/analysis.json" in a and any(k.endswith(".md") for k in a)
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []
    blob = b"".join(a.values())
    assert str(tmp_path).encode() not in blob, "an absolute path leaked into the output"


def test_links_out_of_the_corpus_are_refused_at_discovery(tmp_path):
    """File links, folder links and relative links that climb out: each one problem, nothing read."""
    from parallax.build import discover

    corpus, outside = tmp_path / "seeds", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret\n\nNot for publication.\n", encoding="utf-8")
    (corpus / "inside.txt").write_text("Bridge reopens\n\nThe bridge reopened.\n", encoding="utf-8")
    (corpus / "file-link.txt").symlink_to(outside / "secret.txt")
    (corpus / "folder-link").symlink_to(outside)
    (corpus / "sub" / "relative-link.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    (corpus / "alias.txt").symlink_to(corpus / "inside.txt")
    files, problems = discover(corpus)
    assert sorted(label for _, label in files) == ["seeds/alias.txt", "seeds/inside.txt"]
    assert sorted((p.file, p.code) for p in problems) == [
        ("seeds/file-link.txt", "outside-corpus"),
        ("seeds/folder-link", "outside-corpus"),
        ("seeds/sub/relative-link.txt", "outside-corpus"),
    ]
