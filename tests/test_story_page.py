"""The comparison page: what a reader sees, checked on content, not on looks.

Rendered from real comparisons (the seeds, the three-outlet tanker story) and
from made-up ones (hostile text, many rows), without running MkDocs: the page
is raw HTML inside Markdown, so an HTML parser reads it as the browser will.
Every link into an article must land on an existing passage, every in-page
link on an id of the page, every id must be unique, and no article text may
ever come out as markup.
"""

from __future__ import annotations

import copy
import posixpath
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import analyse_sources

from parallax.analysis import analyze
from parallax.compare import compare_story, group_stories
from parallax.compare.variants import word_diff
from parallax.ingest import ingest_file, unique_slugs
from parallax.model import ArticleAnalysis, Comparison, Metadata, Story
from parallax.render import PAIRS_INLINE, compare_anchor, environment, pair_anchor, pair_page, pairs_inline, path_to_md, render_pages
from parallax.render import story as story_module
from parallax.render.story import MATRIX_ROWS, _diff_parts, outlet_labels, render_story
from parallax.render.svg import PALETTE, Bar, bar_chart, speaker_colour
from parallax.synth import generate, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("seeds/000_1bde578bf97296b1.txt", "seeds/002_46d02c96a9c0888e.txt")
TANKER = tuple(f"tests/eval/corpus/stories/tanker-aground/{n}.txt" for n in ("broadsheet", "mt_daily", "wire"))


analyses = analyse_sources


@cache
def compared(*sources: str) -> tuple[Comparison, dict[str, ArticleAnalysis]]:
    by_id = analyses(*sources)
    [story] = [s for s in group_stories(list(by_id.values())) if len(s.articles) > 1]
    return compare_story(story, by_id), by_id


def pages_of(by_id: dict[str, ArticleAnalysis]) -> dict[str, str]:
    return {aid: f"articles/{aid}/" for aid in by_id}


def render(comp: Comparison, by_id: dict[str, ArticleAnalysis]) -> str:
    return render_story(environment(), comp, by_id, pages_of(by_id))


class Page(HTMLParser):
    """Ids, links and text of a rendered page (attribute values come back unescaped)."""

    def __init__(self, markdown: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = re.findall(r"\{ #([^ }]+) \}", markdown)  # Markdown heading ids
        self.links: list[dict[str, str]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(markdown)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a)


def check_links(page: Page, by_id: dict[str, ArticleAnalysis]) -> int:
    """Every link lands: on a passage of its article, or on an id of this page. Returns links checked."""
    passages = {aid: {p.id for p in a.passages} for aid, a in by_id.items()}
    assert len(page.ids) == len(set(page.ids)), [i for i in page.ids if page.ids.count(i) > 1]
    for link in page.links:
        href = link["href"]
        if href.startswith("#"):
            assert href[1:] in page.ids, href
            continue
        m = re.fullmatch(r"\.\./\.\./articles/([^/]+)/(?:#(.+))?", href)
        assert m, href
        assert m.group(1) in by_id, href
        if m.group(2):
            assert m.group(2) in passages[m.group(1)], href
    return len(page.links)


# --------------------------------------------------------------------------
# the seeds: two outlets


@pytest.fixture(scope="module")
def seeds() -> tuple[Comparison, dict[str, ArticleAnalysis], str, Page]:
    comp, by_id = compared(*SEEDS)
    md = render(comp, by_id)
    return comp, by_id, md, Page(md)


def test_summary_states_the_counts_of_every_outlet(seeds) -> None:
    comp, by_id, md, _ = seeds
    assert f"{len(comp.matrix)} facts and statements across 2 articles" in md
    for aid, s in comp.extra["summary"].items():
        outlet = by_id[aid].article.meta.outlet
        row = re.search(rf"<tr><th scope=\"row\"><a [^>]*>{re.escape(outlet)}</a></th>(.*?)</tr>", md)
        assert row, outlet
        assert re.findall(r"<td>(\d+)</td>", row.group(1)) == [str(s["sentences"]), str(s["shared"]), str(s["exclusive"])]
        if s["notable"]:
            assert f"Only in {outlet}</strong>" in md
            first = s["notable"][0]["passage"]
            assert f'href="../../articles/{aid}/#{first}"' in md


def test_matrix_has_every_row_and_cells_link_to_passages(seeds) -> None:
    comp, by_id, md, page = seeds
    rows = [a for t, a in page.tags if t == "tr" and a.get("id", "").startswith("cov-")]
    assert [r["id"] for r in rows] == [f"cov-{r['id']}" for r in comp.matrix]
    cells = [a for t, a in page.tags if t == "td" and "px-cov-cell" in a.get("class", "")]
    assert len(cells) == len(comp.matrix) * len(by_id)
    expected = {f"../../articles/{aid}/#{pid}" for row in comp.matrix for aid, ids in row["cells"].items() for pid in ids}
    linked = {a["href"] for a in page.links if "px-cov-link" in a.get("class", "")}
    assert expected <= linked
    # accessible: presence and absence are symbols plus words (CSS content with its alternative text), not colour
    assert md.count('<span class="px-absent"></span>') >= sum(1 for r in comp.matrix if len(r["cells"]) < 2)
    assert '<span class="px-present"></span>' in md
    css = (Path(__file__).resolve().parent.parent / "docs" / "assets" / "compare.css").read_text(encoding="utf-8")
    assert 'content: "—" / "not reported"' in css and 'content: "✓" / "reported:"' in css


def test_every_link_lands_and_ids_are_unique(seeds) -> None:
    _, by_id, _, page = seeds
    assert check_links(page, by_id) > 50


def test_aligned_rows_keep_the_contract_article_pages_link_back_to(seeds) -> None:
    comp, _, md, page = seeds
    assert '<table class="px-table px-compare"' in md
    cells = [a for t, a in page.tags if t == "a" and a.get("class") == "px-cmp-passage"]
    anchors = {a["id"] for a in cells if "id" in a}
    for p in comp.pairs:
        for ref in (p.a, p.b):
            assert pair_anchor(comp, p.a.article, p.b.article, ref.article, ref.passage) in anchors
    assert all(re.fullmatch(r"\.\./\.\./articles/[^/]+/#[\w-]+", a["href"]) for a in cells)


def test_quote_variants_highlight_the_differing_words(seeds) -> None:
    comp, _, md, _ = seeds
    swaps = [(a, b) for v in comp.extra["quote_variants"] for op, a, b in v["diff"] if op == "replace" and a.isalpha() and b.isalpha()]
    assert swaps, "the seeds render at least one quote with a one-word swap"
    for a, b in swaps:
        assert f'<mark class="px-diff">{a}</mark>' in md
        assert f'<mark class="px-diff">{b}</mark>' in md
        assert re.search(rf"“<mark class=\"px-diff\">{a}</mark>” ↔ [^“]+“<mark class=\"px-diff\">{b}</mark>”", md)


def test_who_speaks_is_an_svg_chart_per_outlet_with_labels(seeds) -> None:
    comp, by_id, md, _ = seeds
    svgs = re.findall(r"<svg class=\"px-chart\".*?</svg>", md)
    assert len(svgs) == len(by_id)
    for svg, aid in zip(svgs, comp.story.articles, strict=True):
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        for row in comp.extra["who_speaks"][aid][:3]:
            label = row["speaker"] or "Unknown speaker"
            assert f">{label[:16]}" in svg
            assert f"{row['words']} words" in svg  # every number is in the description too
    assert '<table class="px-table px-voices' in md


def test_sources_and_framing_sections(seeds) -> None:
    comp, _, md, _ = seeds
    for rows in comp.extra["sources"].values():
        for s in rows:
            assert f'<th scope="row">{s["name"]}</th>' in md
    assert "log-odds ratio with an informative Dirichlet prior" in md
    for row in comp.extra["framing"]["evaluative_table"]:
        assert f">{row['term']}</th>" in md
    for terms in comp.extra["framing"]["distinctive"].values():
        for t in terms[:3]:
            # the lemma, or its capitalised form when the article writes a name ("Jinping")
            assert f'<span class="px-term">{t["term"]}</span>' in md or f'<span class="px-term">{t["term"].capitalize()}</span>' in md
    assert '<span class="px-term">Jinping</span>' in md


# --------------------------------------------------------------------------
# three outlets


def test_three_article_story_has_a_pair_chooser_and_every_pair() -> None:
    comp, by_id = compared(*TANKER)
    md = render(comp, by_id)
    page = Page(md)
    check_links(page, by_id)
    assert len(comp.story.articles) == 3
    assert md.count('<table class="px-table px-compare"') == 3
    chooser = re.search(r'<ul class="px-pair-chooser">(.*?)</ul>', md, re.S)
    assert chooser and chooser.group(1).count("<li>") == 3
    for a, b in [(0, 1), (0, 2), (1, 2)]:
        pair_id = f"{comp.story.articles[a]}--{comp.story.articles[b]}"
        assert f'href="#{pair_id}"' in chooser.group(1)
        assert f"{{ #{pair_id} }}" in md
    assert "In some others" in md  # partly shared only exists with three or more
    for aid in comp.story.articles:  # what all the others report but one leaves out
        missing = [r for r in comp.matrix if r["shared_by"] == 2 and aid not in r["cells"]]
        outlet = by_id[aid].article.meta.outlet or aid
        assert (f"Left out by {outlet}</strong>" in md) == bool(missing), outlet
        for r in missing[:5]:
            assert f'href="#cov-{r["id"]}"' in md
    assert "across 3 articles" in md
    header = re.search(r'<table class="px-table px-matrix.*?</thead>', md, re.S)
    assert header and header.group(0).count('class="px-outlet-col"') == 3


def test_many_rows_collapse_but_stay_linkable() -> None:
    comp, by_id = compared(*SEEDS)
    big = copy.deepcopy(comp)
    big.matrix = [dict(row, id=f"r{n}") for n, row in enumerate(comp.matrix * 4, start=1)]
    md = render(big, by_id)
    page = Page(md)
    check_links(page, by_id)
    before, _, after = md.partition('<details class="px-more"><summary>Show the other')
    assert after, "rows beyond the first ones collapse"
    assert before.count('<tr id="cov-r') == MATRIX_ROWS
    assert after.count('<tr id="cov-r') == len(big.matrix) - MATRIX_ROWS


# --------------------------------------------------------------------------
# hostile text never becomes markup

HOSTILE = (
    "The harbour of Vell was closed on Monday after a crane collapsed, the port authority said. "
    '"<script>alert(1)</script> {{ config }} {% raw %} [x](javascript:alert(1))" said port director Ana Kell. '
    "Two workers were injured and taken to the regional hospital.\n\n"
    "Ships were diverted to the northern quay while engineers inspected the damage <img src=x onerror=alert(2)>.\n"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, ArticleAnalysis]]:
    folder = tmp_path_factory.mktemp("hostile")
    by_id = {}
    for name, outlet in (("one", "<b>Outlet</b> {{ x }}"), ("two", "Daily | *Star*")):
        path = folder / f"{name}.txt"
        path.write_text(HOSTILE.replace("Monday", "Monday morning" if name == "two" else "Monday"), encoding="utf-8")
        article, problems = ingest_file(path, source=f"seeds/{name}.txt", slug=name)
        assert article is not None, problems
        article.meta = Metadata(title="<i>Crane</i> {{ title }}", outlet=outlet)
        a = analyze(article)
        by_id[a.article.id] = a
    story = Story("vell", "Crane {% if %} <script>", sorted(by_id))
    return render(compare_story(story, by_id), by_id), by_id


def test_hostile_article_text_is_escaped_everywhere(hostile) -> None:
    md, by_id = hostile
    body = md.split("---", 2)[2]
    for live in ("<script", "<img", "<b>", "<i>", "{{", "{%", "](javascript"):
        assert live not in body, live
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "&#123;&#123; config &#125;&#125;" in md
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in md
    check_links(Page(md), by_id)


# --------------------------------------------------------------------------
# parts as tables


@pytest.mark.parametrize(
    ("a", "b", "marked_a", "marked_b"),
    [
        ("We await you, illustrious president, dear friend.", "We await you, dear president, dear friend.", ["illustrious"], ["dear"]),
        ("the best ever", "best ever", ["the"], []),
        ("ready to cooperate", "ready to cooperate with Spain,", [], ["with Spain"]),
        ("same words here.", "Same words here", [], []),  # case and punctuation are not differences
    ],
)
def test_diff_parts_mark_only_the_words_that_differ(a: str, b: str, marked_a: list[str], marked_b: list[str]) -> None:
    diff = word_diff(a, b)
    for text, mine, marked in ((a, 1, marked_a), (b, 2, marked_b)):
        parts = _diff_parts(text, [(d[mine], d[0] != "equal") for d in diff])
        assert "".join(p["text"] for p in parts) == text  # nothing lost, spacing kept
        assert [p["text"] for p in parts if p["changed"]] == marked


def test_bar_chart_is_labelled_proportional_and_escaped() -> None:
    svg = bar_chart(
        [Bar("Ana <Kell>", 0.75, "75% · 30 w", "#000000"), Bar("A very long speaker name indeed", 0.25, "25% · 10 w", "#111111")],
        chart_id="c1",
        title="Who speaks in <Daily>",
        desc="Ana: 75%",
    )
    assert svg.startswith('<svg class="px-chart"') and svg.endswith("</svg>")
    assert '<title id="c1-t">Who speaks in &lt;Daily&gt;</title>' in svg
    assert ">Ana &lt;Kell&gt;</text>" in svg and "<Kell>" not in svg
    assert re.search(r">A very long spe\w*…</text>", svg)  # clipped label, full name in the tooltip
    assert "<title>A very long speaker name indeed: 25% · 10 w</title>" in svg
    widths = [float(w) for w in re.findall(r'width="([\d.]+)" height="14" fill', svg)]
    assert widths[0] == pytest.approx(3 * widths[1], rel=0.01)
    # text colour and size are set once on the chart, not on every label
    assert re.match(r'<svg [^>]*font-size="\d+" fill="currentColor"', svg)
    assert "<text" in svg and not re.search(r"<text [^>]*(?:font-size|fill)=", svg)
    assert "no quotes" in bar_chart([], chart_id="c2", title="t", desc="d")


def test_speaker_colours_follow_the_css_palette() -> None:
    assert speaker_colour(None) not in PALETTE
    assert speaker_colour("Ana Kell") == speaker_colour("Ana Kell") in PALETTE
    css = (ROOT / "docs/assets/parallax.css").read_text(encoding="utf-8")
    light = dict(re.findall(r"(?m)(?:^|(?<=\} ))\.px-sp-(\d+) \{ color: (#[0-9a-f]{6}); \}", css))
    assert {int(k): v for k, v in light.items()} == dict(enumerate(PALETTE))


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        ([("a", "Daily", None), ("b", "Wire", None)], ["Daily", "Wire"]),
        ([("a", "Daily", "2024-01-01"), ("b", "Daily", "2024-01-02")], ["Daily (2024-01-01)", "Daily (2024-01-02)"]),
        ([("a", "Daily", None), ("b", "Daily", None)], ["Daily (a)", "Daily (b)"]),
        ([("a", None, None), ("b", "Wire", None)], ["a", "Wire"]),
    ],
)
def test_outlet_labels_tell_articles_apart(outlets, expected) -> None:
    from parallax.model import Article

    members = [ArticleAnalysis(Article(aid, f"{aid}.txt", "", Metadata(title=aid, outlet=o, published=d))) for aid, o, d in outlets]
    assert list(outlet_labels(members).values()) == expected


# --------------------------------------------------------------------------
# many outlets: one page per pair


def site_pages(analyses: list[ArticleAnalysis], comparisons: list[Comparison]) -> tuple[dict[str, str], dict[str, str]]:
    """Every generated page as the build renders it, and the story page of each story."""
    pages = {a.article.id: f"articles/{a.article.id}/" for a in analyses}
    story_of = {aid: c.story.id for c in comparisons for aid in c.story.articles}
    story_pages = {c.story.id: f"stories/{c.story.id}/" for c in comparisons if len(c.story.articles) >= 2}
    return render_pages(analyses, comparisons, story_of=story_of, pages=pages, story_pages=story_pages), story_pages


def url_of(md_path: str) -> str:
    """``stories/x/a--b.md`` → ``stories/x/a--b/``; ``stories/index.md`` → ``stories/``."""
    return md_path.removesuffix("index.md") if md_path.endswith("index.md") else md_path.removesuffix(".md") + "/"


def broken_links(site: dict[str, str], sources: list[str], *, classes: tuple[str, ...] = ()) -> list[str]:
    """Links of the ``sources`` pages (only those of ``classes``, if given) that miss a page or an id."""
    by_url = {url_of(k): Page(v) for k, v in site.items() if k.endswith(".md")}
    broken = []
    for source in sources:
        here = url_of(source)
        for link in by_url[here].links:
            if classes and link.get("class") not in classes:
                continue
            path, _, fragment = link["href"].partition("#")
            target = posixpath.normpath(posixpath.join(here, path)) + "/" if path else here
            if target not in by_url or (fragment and fragment not in by_url[target].ids):
                broken.append(f"{source}: {link['href']}")
    return broken


@cache
def synthetic_story(n: int) -> tuple[Comparison, dict[str, ArticleAnalysis]]:
    """One invented story covered by ``n`` outlets (sidecars name the story, so grouping is certain)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(Path(folder), generate(n, 1, seed=11, words=300, sidecars=1.0))
        slugs = unique_slugs(p.name for p in paths)
        by_id = {}
        for path in paths:
            article, problems = ingest_file(path, source=path.name, slug=slugs[path.name])
            assert article is not None, problems
            a = analyze(article)
            by_id[a.article.id] = a
    [story] = group_stories(list(by_id.values()))
    assert len(story.articles) == n
    return compare_story(story, by_id), by_id


@pytest.fixture(scope="module")
def five() -> tuple[Comparison, dict[str, ArticleAnalysis], dict[str, str], str]:
    comp, by_id = synthetic_story(5)
    site, story_pages = site_pages(list(by_id.values()), [comp])
    return comp, by_id, site, story_pages[comp.story.id]


@pytest.mark.parametrize(("articles", "inline"), [(2, True), (3, True), (4, False), (5, False), (10, False)])
def test_pairs_stay_on_the_story_page_up_to_three_pairs(articles: int, inline: bool) -> None:
    comp = Comparison(Story("s", "S", [f"a{i}" for i in range(articles)]))
    assert pairs_inline(comp) is inline
    assert pair_page(comp, "stories/s/", "a1", "a0") == "stories/s/"  # never a page per pair
    assert pair_anchor(comp, "a1", "a0", "a1", "p3") == pair_anchor(comp, "a0", "a1", "a1", "p3") == "a0--a1--a1--p3"
    assert compare_anchor(comp, "a1", "a0", "a1", "p3") == ("a0--a1--a1--p3" if inline else "sbs--a1--p3")
    assert PAIRS_INLINE == 3


def _sbs_table(md: str) -> str:
    table = re.search(r'<table class="px-table px-sbs" id="sbs" data-search-exclude>(.*?)</table>', md, re.S)
    assert table, "a big story is read side by side in one table"
    return table.group(1)


def test_five_article_story_is_one_page_read_side_by_side_in_one_table(five) -> None:
    comp, by_id, site, story_page = five
    ids = comp.story.articles
    assert [k for k in site if k.startswith("stories/")] == [path_to_md(story_page), "stories/index.md"], "no page per pair"
    overview = site[path_to_md(story_page)]
    assert 'class="px-table px-compare"' not in overview and "px-pair-pages" not in overview
    body = _sbs_table(overview)
    # one column per outlet, the chooser offers every outlet on both sides
    heads = re.findall(r'<th scope="col" data-col="(\d+)">([^<]*)</th>', body)
    assert [int(c) for c, _ in heads] == list(range(5))
    assert [o for _, o in heads] == [by_id[a].article.meta.outlet for a in ids]
    chooser = re.search(r'<form class="px-sbs-chooser" data-sbs-chooser="sbs" hidden>(.*?)</form>', overview, re.S)
    assert chooser and chooser.group(1).count("<option") == 10
    # every body sentence of every article is printed exactly once, in its outlet's column
    page = Page(overview)
    cells = [t for tag, t in page.tags if tag == "a" and t.get("class") == "px-cmp-passage"]
    sentences = {(aid, p.id) for aid in ids for p in by_id[aid].sentences() if not p.boilerplate}
    shown = [(c["href"].split("/")[3], c["href"].split("#")[1]) for c in cells]
    assert len(shown) == len(set(shown)) and set(shown) == sentences
    assert all(c["id"] == f"sbs--{a}--{p}" for c, (a, p) in zip(cells, shown, strict=True))
    for row in re.findall(r"<tr id=\"sbs-r\d+\"[^>]*>(.*?)</tr>", body):
        # a cell per outlet after the row's number; parallax.js numbers them (data-col)
        assert row.count("<td>") == 5 and "data-col" not in row
    assert len(page.ids) == len(set(page.ids))
    assert len(overview.encode("utf-8")) < 1_000_000
    assert not broken_links(site, [path_to_md(story_page)])


def test_every_counterpart_link_lands_on_the_side_by_side_table(five) -> None:
    comp, by_id, site, story_page = five
    overview = site[path_to_md(story_page)]
    for p in comp.pairs:
        for ref in (p.a, p.b):
            assert f'id="{compare_anchor(comp, p.a.article, p.b.article, ref.article, ref.passage)}"' in overview
    articles = [f"articles/{aid}.md" for aid in by_id]
    hrefs = [link["href"] for a in articles for link in Page(site[a]).links if link.get("class") == "px-cp"]
    assert len(hrefs) > 20
    assert all(re.fullmatch(rf"\.\./\.\./{re.escape(story_page)}#sbs--[\w-]+--[\w-]+", h) for h in hrefs)
    assert not broken_links(site, articles, classes=("px-cp",))


def test_two_article_story_keeps_one_page_with_every_pair_on_it() -> None:
    comp, by_id = compared(*SEEDS)
    site, story_pages = site_pages(list(by_id.values()), [comp])
    story_page = story_pages[comp.story.id]
    assert [k for k in site if k.startswith("stories/")] == [path_to_md(story_page), "stories/index.md"]
    md = site[path_to_md(story_page)]
    assert md == render(comp, by_id)
    assert md.count('<table class="px-table px-compare"') == 1 and "px-pair-pages" not in md
    articles = [f"articles/{aid}.md" for aid in by_id]
    hrefs = [link["href"] for a in articles for link in Page(site[a]).links if link.get("class") == "px-cp"]
    assert hrefs and all(h.startswith(f"../../{story_page}#") for h in hrefs), "rows stay on the story page"
    assert not broken_links(site, articles, classes=("px-cp",))
    assert not broken_links(site, [path_to_md(story_page)])


def test_quote_variants_of_a_big_story_keep_the_most_telling(five, monkeypatch: pytest.MonkeyPatch) -> None:
    comp, by_id, site, story_page = five
    total = len(comp.extra["quote_variants"])
    assert total > 2
    assert site[path_to_md(story_page)].count('<div class="px-variant" id=') == min(total, story_module.VARIANTS_OVERVIEW)
    # the page keeps the most telling few and says where the rest are
    monkeypatch.setattr(story_module, "VARIANTS_OVERVIEW", 2)
    pages = story_module.render_story_pages(environment(), comp, by_id, pages_of(by_id), story_page)
    overview = pages[path_to_md(story_page)]
    assert overview.count('<div class="px-variant" id=') == 2
    assert f"{total - 2} more quote variants (the least telling" in overview


def test_a_built_site_of_a_big_story_has_no_broken_link(tmp_path: Path) -> None:
    """MkDocs (strict) and the build's link checker accept the one-table story page."""
    from helpers import build_project, make_project

    root = make_project(tmp_path / "project")
    write_corpus(root / "seeds", generate(4, 1, seed=5, words=200, sidecars=1.0))
    result = build_project(root, anchors_dir=tmp_path / "anchors", jobs=1)
    assert not result.problems, [str(p) for p in result.problems]
    [story] = [p for p in (root / "site" / "stories").iterdir() if p.is_dir()]
    assert [p.name for p in story.iterdir()] == ["index.html"]
    html = (story / "index.html").read_text(encoding="utf-8")
    assert '<table class="px-table px-sbs" id="sbs"' in html and 'class="px-cmp-passage" id="sbs--' in html
    assert all(p.stat().st_size < 1_000_000 for p in (root / "site").rglob("*.html"))


@pytest.mark.parametrize(
    ("lemma", "texts", "shown"),
    [
        ("jinping", ["He met Xi Jinping on Monday.", "Jinping said no."], "Jinping"),  # a name inside a sentence
        ("visit", ["The visit ended.", "Visit the site."], "visit"),  # lower case inside a sentence
        ("international", ["International law applies."], "international"),  # capitalised only at the start
        ("kremlin", ["He told “Kremlin aides” so.", "The Kremlin said."], "Kremlin"),  # after an opening mark: not counted
        ("nato", ["The NATO summit met.", "He told Nato so."], "nato"),  # two spellings: keep the lemma
    ],
)
def test_distinctive_word_shown_as_the_article_writes_it(lemma: str, texts: list[str], shown: str) -> None:
    from types import SimpleNamespace

    from parallax.render.story import written_form

    member = SimpleNamespace(passages=[SimpleNamespace(id=f"p{i}", text=t) for i, t in enumerate(texts)])
    assert written_form(lemma, [f"p{i}" for i in range(len(texts))], member) == shown
