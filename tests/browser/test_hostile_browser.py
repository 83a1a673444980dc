"""In a real Chromium: hostile article text runs nothing.

The markup-injection fixtures of tests/fixtures/hostile (script tags, event
handlers, javascript: links, template and attribute-list syntax) are built
into a site; each page is opened, every mark hovered and every link in the
article text clicked. No dialog may open, no console error appear, and the
page's own scripts must still work (passage links present).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from helpers import ROOT, build_project, make_project

pytestmark = pytest.mark.browser

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
NAMES = [
    "good-article.txt",
    "good-article.yml",
    "html-tags.txt",
    "markdown-links.txt",
    "template-syntax.txt",
    "attr-lists.txt",
    "markdown-blocks.txt",
    "hostile-metadata.txt",
    "hostile-metadata.yml",
]
PAGES = ["html-tags", "markdown-links", "template-syntax", "attr-lists", "markdown-blocks", "hostile-metadata"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    port = _free_port()
    root = make_project(tmp_path_factory.mktemp("hostile-browser"), None, {n: (HOSTILE / n).read_bytes() for n in NAMES})
    build_project(root, site_url=f"http://127.0.0.1:{port}/")
    return root / "site", port


@pytest.mark.parametrize("slug", PAGES)
def test_hostile_page_runs_nothing(page, serve_site, hostile_site, slug):
    site, port = hostile_site
    base = serve_site(site, port)
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    popups: list[str] = []
    page.context.on("page", lambda p: popups.append(p.url))
    page.goto(f"{base}articles/{slug}/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".px-text .px-para").count() > 0, "the article text is on the page"
    # Hover every mark (tooltips) and click every link inside the article text.
    for mark in page.locator(".px-text :is(.px-q, .px-e, .px-s, .px-d)").all()[:40]:
        mark.hover()
    for link in page.locator(".px-text a").all()[:40]:
        link.click(no_wait_after=True)
    page.wait_for_timeout(300)
    assert dialogs == []
    assert popups == []
    assert page.console_errors == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # Our own script still ran: passages got their copy controls.
    assert page.locator(".px-text .px-copy").count() > 0
    assert page.url.startswith(f"{base}articles/{slug}/"), "no link from the article navigated away"
