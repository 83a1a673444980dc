"""axe-core in Chromium: no serious or critical accessibility violations on
the pages readers use most (home, an article, a comparison)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _serious(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['html'][:160]}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.mark.parametrize("which", ["home", "article", "comparison"])
def test_no_serious_accessibility_violations(page, seed_server, seed_export, which):
    url = {
        "home": seed_server,
        "article": seed_server + seed_export["articles"][0]["page"],
        "comparison": seed_server + seed_export["comparisons"][0]["page"],
    }[which]
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert _serious(page) == []


#: WCAG contrast of an element's text against what is behind it, blending the
#: translucent backgrounds of its ancestors (marks, highlight) over the page.
_CONTRAST = """
el => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let bg = [255, 255, 255];
  if (layers.length && layers[layers.length - 1][3] >= 1) bg = layers.pop().slice(0, 3);
  for (let i = layers.length - 1; i >= 0; i--) bg = bg.map((v, k) => v * (1 - layers[i][3]) + layers[i][k] * layers[i][3]);
  let fg = parse(getComputedStyle(el).color);
  fg = fg.slice(0, 3).map((v, k) => bg[k] * (1 - fg[3]) + v * fg[3]);
  const a = lum(fg), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlighted_quote_text_keeps_contrast(browser, seed_server, seed_export, scheme):
    """A permalinked sentence is highlighted; the speaker-coloured quote text
    in it must still read at 4.5:1 (the dark scheme's amber fill took the
    light quote colours down to about 3:1), and the compare control ⇄ at 3:1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        worst: list[tuple[float, str]] = []
        for art in seed_export["articles"]:
            for passage in sorted({q["passage"] for q in art["quotes"]}):
                page.goto(f"{seed_server}{art['page']}#{passage}")
                page.wait_for_selector(f"[id='{passage}'].px-target")
                for mark in page.locator(f"[id='{passage}'] q.px-q").all():
                    worst.append((mark.evaluate(_CONTRAST), f"{art['id']}#{passage} {mark.get_attribute('class')}"))
            for control in page.locator(".px-text .px-cp").all()[:3]:
                assert control.evaluate(_CONTRAST) >= 3, f"⇄ control too faint in {scheme}"
        assert worst and min(worst)[0] >= 4.5, min(worst)
    finally:
        context.close()


def test_table_columns_do_not_run_together(page, seed_server, seed_export):
    """Material pads only tables without a class; every Parallax table has
    one, so its cells need their own padding (the people index read
    "ArticlesMentionsQuotes")."""
    for url in (seed_server + "people/", seed_server + seed_export["articles"][0]["page"]):
        page.goto(url)
        cells = page.locator("table.px-table td")
        assert cells.count() > 0
        pad = cells.first.evaluate("td => parseFloat(getComputedStyle(td).paddingLeft) + parseFloat(getComputedStyle(td).paddingRight)")
        assert pad >= 8, f"{url}: cells have {pad}px padding"
