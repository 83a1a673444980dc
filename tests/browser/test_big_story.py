"""In a real Chromium: a story of four outlets, read side by side two at a time.

The story page holds one table with a column per outlet; the chooser shows
two of them and hides rows neither reports. A sentence's compare link on its
article page lands on its own cell, and the chooser brings that outlet's
column into view if it was hidden.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from helpers import build_project, make_project

from parallax.synth import generate, write_corpus

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def big_story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    port = _free_port()
    root = make_project(tmp_path_factory.mktemp("big") / "project")
    write_corpus(root / "seeds", generate(4, 1, seed=11, words=220, sidecars=1.0))
    result = build_project(root, anchors_dir=root / "anchors", jobs=1, site_url=f"http://127.0.0.1:{port}/")
    assert not result.problems, [str(p) for p in result.problems]
    return root, port


def _visible_columns(page) -> list[str]:
    return page.eval_on_selector_all("#sbs thead th[data-col]", "ths => ths.filter(t => !t.hidden).map(t => t.getAttribute('data-col'))")


def test_chooser_shows_two_outlets_and_a_link_brings_its_column(big_story, page, serve_site) -> None:
    root, port = big_story
    base = serve_site(root / "site", port)
    [story] = [p.name for p in (root / "site" / "stories").iterdir() if p.is_dir()]
    page.goto(f"{base}stories/{story}/")
    chooser = page.locator("form.px-sbs-chooser")
    assert chooser.is_visible()
    assert _visible_columns(page) == ["0", "1"]
    # every visible row has a passage in one of the two chosen columns
    empty = page.eval_on_selector_all(
        "#sbs tbody tr:not([hidden])",
        "rows => rows.filter(r => ![...r.querySelectorAll('td[data-col]')].some(td => !td.hidden && td.querySelector('a'))).length",
    )
    assert empty == 0
    page.select_option('select[data-sbs="b"]', "3")
    assert _visible_columns(page) == ["0", "3"]
    page.check('input[data-sbs="all"]')
    assert _visible_columns(page) == ["0", "1", "2", "3"]

    # from the fourth article's page, a compare link lands on its cell, column shown
    article = root / "site" / "articles"
    fourth = sorted(p.name for p in article.iterdir() if p.is_dir())[3]
    page.goto(f"{base}articles/{fourth}/")
    link = page.locator("a.px-cp").first
    href = link.get_attribute("href")
    assert href and "#sbs--" in href
    target = href.split("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/stories/{story}/#{target}")
    cell = page.locator(f"[id='{target}']")
    cell.wait_for(state="visible")
    assert "3" in _visible_columns(page)
    assert "px-target" in (cell.get_attribute("class") or "")
    assert page.console_errors == []


def test_outlet_cells_are_labelled_and_rows_titled_by_the_script(big_story, page, serve_site) -> None:
    """The HTML names an outlet once, in its column head (issue 7: a label in
    every cell was a tenth of a story page); the script copies it to each
    cell of that column for the phone layout, where the table becomes a card
    per row, and titles each row link."""
    root, port = big_story
    base = serve_site(root / "site", port)
    [story] = [p.name for p in (root / "site" / "stories").iterdir() if p.is_dir()]
    html = (root / "site" / "stories" / story / "index.html").read_text(encoding="utf-8")
    assert 'data-label="' not in html.replace('data-label="Reported by"', "").replace('data-label="Type"', "").replace(
        'data-label="Kind"', ""
    )
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto(f"{base}stories/{story}/")
    outlets = page.eval_on_selector_all("table.px-matrix thead th.px-outlet-col", "ths => ths.map(t => t.textContent)")
    assert len(outlets) == 4
    rows = page.eval_on_selector_all(
        "table.px-matrix tbody tr", "rows => rows.map(r => [...r.cells].slice(3).map(c => c.getAttribute('data-label')))"
    )
    assert rows and all(r == outlets for r in rows)
    label = page.eval_on_selector("table.px-matrix tbody td.px-cov-cell", "td => getComputedStyle(td, '::before').content")
    assert outlets[0] in label
    assert page.eval_on_selector_all(".px-rowlink", "ls => ls.every(l => l.title)")
    assert page.console_errors == []
