"""In a real Chromium: deep links land highlighted, copy links copy, and the
comparison page leads into article passages and back."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def _article(seed_export, suffix: str) -> dict:
    return next(a for a in seed_export["articles"] if a["source"].endswith(suffix))


def _in_view(page, selector: str) -> bool:
    return page.eval_on_selector(
        selector,
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }",
    )


def test_deep_link_scrolls_to_and_highlights_sentence(page, seed_server, seed_export):
    art = _article(seed_export, "002_46d02c96a9c0888e.txt")
    deep = [p for p in art["passages"] if p["kind"] == "sentence"][-2]["id"]
    page.goto(f"{seed_server}{art['page']}#{deep}")
    page.wait_for_selector(f"[id='{deep}'].px-target")
    assert _in_view(page, f"[id='{deep}']")
    assert page.eval_on_selector(f"[id='{deep}']", "el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert page.console_errors == []


def test_copy_link_control_copies_full_url(page, seed_server, seed_export):
    art = _article(seed_export, "000_1bde578bf97296b1.txt")
    target = next(p for p in art["passages"] if p["kind"] == "sentence" and p["paragraph"] == 2 and p["sentence"] == 2)["id"]
    page.goto(f"{seed_server}{art['page']}")
    page.hover(f"[id='{target}']")
    page.click(f"[id='{target}'] > .px-copy")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{seed_server}{art['page']}#{target}"
    assert page.evaluate("location.hash") == f"#{target}"
    assert page.is_visible(".px-popover")
    page.click(".px-popover button:has-text('Copy citation')")
    citation = page.evaluate("navigator.clipboard.readText()")
    assert "¶2 s2" in citation and "Il Fatto Quotidiano" in citation and citation.endswith(f"#{target}")


def test_instant_navigation_lands_on_passage(page, seed_server, seed_export):
    """Arriving through Material's instant navigation also highlights."""
    art = _article(seed_export, "002_46d02c96a9c0888e.txt")
    page.goto(f"{seed_server}articles/")
    target = next(p for p in art["passages"] if p["kind"] == "sentence" and p["paragraph"] >= 5)["id"]
    page.evaluate(
        "([href]) => { const a = document.createElement('a'); a.href = href; a.id = 'px-test-link'; a.textContent = 'go';"
        " document.querySelector('article').appendChild(a); }",
        [f"{seed_server}{art['page']}#{target}"],
    )
    page.click("#px-test-link")
    page.wait_for_selector(f"[id='{target}'].px-target")
    assert _in_view(page, f"[id='{target}']")


def test_comparison_row_leads_to_article_passage_and_back(page, seed_server, seed_export):
    comp = seed_export["comparisons"][0]
    pair = (
        next(p for p in comp["pairs"] if p["relation"] == "same-quote")
        if any(p["relation"] == "same-quote" for p in comp["pairs"])
        else comp["pairs"][0]
    )
    a_id, passage = pair["a"]["article"], pair["a"]["passage"]
    page.goto(f"{seed_server}{comp['page']}")
    link = page.locator(f".px-compare a[href$='{a_id}/#{passage}']").first
    link.click()
    page.wait_for_url(f"**/{a_id}/#{passage}")
    page.wait_for_selector(f"[id='{passage}'].px-target")
    assert _in_view(page, f"[id='{passage}']")
    # ... and back: the article passage links to its counterpart on the comparison page
    back = page.locator(f"[id='{passage}'] a.px-cp").first
    assert back.count() == 1
    back.click()
    page.wait_for_url(f"**/{comp['page']}**")


def test_layer_toggle_is_remembered_across_pages(page, seed_server, seed_export):
    a, b = seed_export["articles"]
    page.goto(f"{seed_server}{a['page']}")
    page.uncheck("[data-layer-toggle='entities']")
    assert page.evaluate("document.body.classList.contains('px-hide-entities')")
    page.goto(f"{seed_server}{b['page']}")
    assert not page.is_checked("[data-layer-toggle='entities']")
    assert page.evaluate("document.body.classList.contains('px-hide-entities')")


def test_marks_are_focusable_and_tap_shows_their_tooltip(page, seed_server, seed_export):
    """The script makes every mark focusable (its first fragment: a quote
    over two sentences is one tab stop) and shows its tooltip on a tap
    (marks are found by class; the HTML carries no tabindex or data-layer)."""
    art = _article(seed_export, "002_46d02c96a9c0888e.txt")
    page.goto(f"{seed_server}{art['page']}")
    marks = page.locator(".px-text :is(.px-q, .px-e, .px-s, .px-d)")
    assert marks.count() > 10
    assert page.evaluate(
        "Array.from(document.querySelectorAll('.px-text :is(.px-q, .px-e, .px-s, .px-d)'))"
        ".every(m => m.hasAttribute('data-part') ? !m.hasAttribute('tabindex') : m.tabIndex === 0)"
    )
    quote = page.locator(".px-text q.px-q").first
    tip = quote.get_attribute("data-tip")
    assert tip and tip.startswith("Quote — ")
    quote.click()
    assert page.locator(".px-tip").count() == 1
    assert tip in _tip_lines(page)
    sentence = next(p for p in art["passages"] if p["kind"] == "sentence" and p["paragraph"] == 3 and p["sentence"] == 1)["id"]
    label = page.get_attribute(f"[id='{sentence}'] > .px-copy", "aria-label")
    assert label == "Copy link to ¶3 s1"
    assert page.get_attribute("[id='p3'] > .px-plink", "title") == "Copy link to ¶3"
    page.keyboard.press("Tab")
    assert page.console_errors == []


def _tip_lines(page) -> list[str]:
    return page.eval_on_selector_all(".px-tip .px-tip-line", "ls => ls.map(l => l.textContent)")


def test_nested_marks_show_one_tooltip_with_every_layer(page, seed_server, seed_export):
    """A name inside a source ("according to Reuters") is two marks: pointing
    at it shows ONE tooltip naming the entity and the source type, not two
    tooltips stacked on each other (Material's, one per title) nor only the
    innermost (a browser's title); hiding a layer drops its line."""
    art = _article(seed_export, "000_1bde578bf97296b1.txt")
    page.goto(f"{seed_server}{art['page']}")
    inner = page.locator(".px-text .px-s .px-e").first
    entity = inner.get_attribute("data-tip")
    source = inner.locator("xpath=ancestor::*[contains(@class, 'px-s')][1]").get_attribute("data-tip")
    assert " — " in entity and not entity.startswith("Source") and source.startswith("Source — ") and "(" in source
    assert page.locator(".px-text :is(.px-q, .px-e, .px-s, .px-d)[title]").count() == 0
    inner.hover()
    assert page.locator(".px-tip").count() == 1
    assert _tip_lines(page) == [entity, source]
    assert page.locator(".md-tooltip2").count() == 0
    page.mouse.move(1, 1)
    assert page.locator(".px-tip").count() == 0
    # keyboard: focus shows it, Escape closes it
    inner.focus()
    assert _tip_lines(page) == [entity, source]
    assert inner.get_attribute("aria-describedby") == "px-tip"
    page.keyboard.press("Escape")
    assert page.locator(".px-tip").count() == 0
    # a hidden layer is neither in the tooltip nor a tab stop
    page.uncheck("[data-layer-toggle='sources']")
    inner.hover()
    assert _tip_lines(page) == [entity]
    assert page.locator(".px-text .px-s[tabindex]").count() == 0
    page.check("[data-layer-toggle='sources']")
    assert page.console_errors == []


def test_tap_on_phone_pins_tooltip_until_tap_elsewhere(browser, seed_server, seed_export):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        pg = context.new_page()
        art = _article(seed_export, "000_1bde578bf97296b1.txt")
        pg.goto(f"{seed_server}{art['page']}")
        inner = pg.locator(".px-text .px-s .px-e").first
        inner.tap()
        assert pg.locator(".px-tip").count() == 1
        assert len(_tip_lines(pg)) == 2
        box = pg.locator(".px-tip").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "the tooltip stays on the screen"
        pg.locator("h1").tap()
        assert pg.locator(".px-tip").count() == 0
    finally:
        context.close()


def test_tooltips_and_compare_titles_the_html_leaves_out_are_written_by_the_script(page, seed_server, seed_export, seed_build):
    """A name or source whose canonical form is its own words carries no title
    in the HTML (issue 7: a sixth of the text's markup); the script gives it
    the tooltip the title said ("Place — Monenza", "Source — Reuters (news
    agency)"). A compare link ⇄ carries its relation and count as data-cp and
    gets the title "Compare: same-fact in 2 other articles"."""
    root, _ = seed_build
    for art in seed_export["articles"]:
        html = (root / "site" / art["page"] / "index.html").read_text(encoding="utf-8")
        text = html[html.index('<div class="px-text"') :]
        assert re.search(r'<span class="px-e px-e-\w+">', text), "derivable names carry no title"
        page.goto(f"{seed_server}{art['page']}")
        untitled = [e for e in art["entities"] if (e.get("canonical") or e["text"]) == e["text"]]
        assert untitled, "some names are written as their canonical form"
        tips = page.eval_on_selector_all(
            ".px-text .px-e:not([data-part])", "ms => ms.map(m => [m.className, m.textContent, m.getAttribute('data-tip')])"
        )
        assert tips and all(tip for _, _, tip in tips)
        place = [(t, tip) for cls, t, tip in tips if "px-e-place" in cls and tip == f"Place — {t}"]
        person = [(t, tip) for cls, t, tip in tips if "px-e-person" in cls and tip.startswith("Person — ")]
        assert place and person
        sources = page.eval_on_selector_all(".px-text .px-s:not([data-part])", "ms => ms.map(m => m.getAttribute('data-tip'))")
        assert all(s.startswith("Source — ") and s.endswith(")") for s in sources)
        titles = page.eval_on_selector_all(".px-text a.px-cp", "ls => ls.map(l => l.title)")
        assert titles and all(re.fullmatch(r"Compare: (same-quote|same-fact|related) in \d+ other articles?", t) for t in titles)
        assert page.console_errors == []


def test_search_finds_an_article_by_a_sentence_first_word(page, seed_server, seed_export):
    """Material's search still finds article text; a sentence's first word,
    which follows its compare link ⇄, is a word of its own in the index."""
    art = _article(seed_export, "002_46d02c96a9c0888e.txt")
    title = art["title"].lower()
    firsts = [p["text"].split()[0].strip("“”\"',.") for p in art["passages"] if p["kind"] == "sentence" and p["paragraph"] > 2]
    word = next(w for w in firsts if len(w) > 5 and w.isalpha() and w.lower() not in title)
    page.goto(seed_server)
    page.click("input.md-search__input")
    page.wait_for_function("!/Initializing/.test(document.querySelector('.md-search-result__meta').textContent)")
    page.locator("input.md-search__input").press_sequentially(word)
    page.wait_for_selector(".md-search-result__item", state="attached")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "as => as.map(a => a.getAttribute('href'))")
    assert any(f"{art['page']}?h=" in (h or "") for h in hrefs), (word, hrefs)
    assert page.console_errors == []
