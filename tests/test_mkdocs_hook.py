"""The MkDocs hook that lets generated raw HTML skip Markdown changes nothing in the page."""

from __future__ import annotations

import re
from types import SimpleNamespace

import markdown
import pytest
from helpers import analyse_sources

from parallax.compare import compare_story, group_stories
from parallax.render import mkdocs_hook, render_pages

SEEDS = ("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")
EXTENSIONS = ["attr_list", "tables", "admonition", "toc", "pymdownx.superfences"]


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def _norm(html: str) -> str:
    """Blank runs that hold a line break as one line break (what ``compact`` leaves; the same rendering)."""
    return re.sub(r"[ \t\r]*\n[ \t\r\n]*", "\n", html).strip()


@pytest.fixture(scope="module")
def seed_pages() -> dict[str, str]:
    analyses = list(analyse_sources(*SEEDS).values())
    comparisons = [compare_story(s, {a.article.id: a for a in analyses}) for s in group_stories(analyses)]
    pages = {a.article.id: f"articles/{a.article.id}/" for a in analyses}
    story_of = {aid: c.story.id for c in comparisons for aid in c.story.articles}
    story_pages = {c.story.id: f"stories/{c.story.id}/" for c in comparisons}
    return render_pages(analyses, comparisons, story_of=story_of, pages=pages, story_pages=story_pages)


def test_every_generated_page_converts_to_the_same_html_with_the_hook(seed_pages: dict[str, str]) -> None:
    lifted = 0
    for path, text in seed_pages.items():
        if path.startswith("_generated/"):
            continue
        page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
        body = mkdocs_hook.on_page_markdown(text, page=page)
        lifted += body != text
        content = mkdocs_hook.on_page_content(_html(body), page=page)
        # what the search plugin parses: no block it would exclude anyway (the
        # controls inside an article's text, ¶ and ⇄, are excluded inline)
        assert not re.search(r"<(table|div)\b[^>]*data-search-exclude", content), path
        assert re.sub(r'<a class="px-(plink|cp)"[^>]*data-search-exclude="1">', "", content).count("data-search-exclude") == 0, path
        assert _norm(mkdocs_hook.on_post_page(content, page=page)) == _norm(_html(text)), path
    assert lifted >= 3, "the article pages' text and tables are lifted"


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("<table>\n<tr><td>x</td></tr>\n</table>\n", 1),
        ('Intro.\n\n<div class="px-text" id="t">\n<p>a</p>\n</div>\n\nAfter.\n', 1),
        # not a raw block for Markdown (no blank line before): left alone
        ("text\n<table>\n<tr><td>x</td></tr>\n</table>\n", 0),
        # other divs and inline tables stay with Markdown
        ('<div class="other">\n</div>\n\nA <table> word.\n', 0),
        # our divs, nested divs and all, up to the tag that closes the first
        (
            '<div class="px-grid" data-search-exclude>\n<div class="px-a"><p>a</p>\n</div>\n\n<div class="px-b">\n</div>\n</div>\n\nAfter.\n',
            1,
        ),
        # a table inside a div block is part of it
        ('<div class="px-wrap">\n<table>\n<tr><td>x</td></tr>\n</table>\n</div>\n\n<table>\n<tr><td>y</td></tr>\n</table>\n', 2),
    ],
)
def test_what_is_lifted(text: str, blocks: int) -> None:
    body, nonce, lifted = mkdocs_hook.lift(text)
    assert len(lifted) == blocks
    assert _norm(mkdocs_hook.restore(_html(body), nonce, lifted)) == _norm(_html(text))


def test_hand_written_pages_are_not_touched() -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_uri="method.md"))
    text = "<table>\n<tr><td>x</td></tr>\n</table>\n"
    assert mkdocs_hook.on_page_markdown(text, page=page) == text


def test_the_build_adds_the_hook_to_the_configuration_it_runs_mkdocs_with(tmp_path) -> None:
    import yaml

    from parallax.build import _add_hook

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\nplugins:\n  - search\n", encoding="utf-8")
    _add_hook(config)
    hooks = yaml.safe_load(config.read_text(encoding="utf-8"))["hooks"]
    assert len(hooks) == 1 and hooks[0].endswith("parallax/render/mkdocs_hook.py")
    # a configuration with hooks of its own is left as it is
    own = "site_name: X\nhooks:\n  - mine.py\n"
    config.write_text(own, encoding="utf-8")
    _add_hook(config)
    assert config.read_text(encoding="utf-8") == own


def test_search_excluded_blocks_come_back_as_the_search_plugin_leaves_them() -> None:
    text = '<table class="t" data-search-exclude>\n<tr><td>x</td></tr>\n</table>\n\n<div class="px-text">\n<p>kept</p>\n</div>\n'
    body, nonce, lifted = mkdocs_hook.lift(text)
    stash: list[str] = []
    content = mkdocs_hook.restore(_html(body), nonce, lifted, stash)
    assert len(stash) == 1 and "<td>x</td>" not in content and "<p>kept</p>" in content
    assert _norm(mkdocs_hook.unstash(content, nonce, stash)) == _norm(_html(text))
    # attributes with a value are removed by the search plugin: so here too
    assert mkdocs_hook.unstash("<!--pxstash" + nonce + "n0x-->", nonce, ['<p data-search-boost="2">a</p>']) == "<p>a</p>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # indentation between tags: one line break
        ("<div>\n    <nav>\n\n      <a>x</a>\n    </nav>\n</div>", "<div>\n<nav>\n<a>x</a>\n</nav>\n</div>"),
        # a space between inline tags on one line is content: kept
        ("<a>x</a> <b>y</b>", "<a>x</a> <b>y</b>"),
        # next to text too: one line break renders as the run did (one space)
        ("<p>\n  some  text\n\n  </p>", "<p>\nsome  text\n</p>"),
        # runs without a line break are left alone
        ('<a  href="x">a  b</a>', '<a  href="x">a  b</a>'),
        # whitespace inside pre, textarea, script and style is kept as it is
        (
            "<pre><code><span>a</span>\n    <span>b</span></code></pre>\n  <p>",
            "<pre><code><span>a</span>\n    <span>b</span></code></pre>\n<p>",
        ),
        ("<textarea>\n  <b>\n  </textarea>", "<textarea>\n  <b>\n  </textarea>"),
        ('<script>var s = ">\n   <";</script>\n\n<p>', '<script>var s = ">\n   <";</script>\n<p>'),
        # an inline SVG needs no namespace in an HTML page; one in code keeps it
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">', '<svg viewBox="0 0 24 24">'),
        (
            "<script>s = '<svg xmlns=\"http://www.w3.org/2000/svg\">'</script>",
            "<script>s = '<svg xmlns=\"http://www.w3.org/2000/svg\">'</script>",
        ),
    ],
)
def test_compact_cuts_blank_runs_between_tags_only(html: str, expected: str) -> None:
    assert mkdocs_hook.compact(html) == expected
