"""Site-wide index pages group one person under one name across outlets."""

from __future__ import annotations

from parallax.model import Article, ArticleAnalysis, Metadata, Passage, Span
from parallax.render.indexes import collect


def _analysis(aid: str, raw: str, people: list[tuple[str, str]], quote: tuple[str, str] | None = None) -> ArticleAnalysis:
    passages = [
        Passage("p1", "paragraph", 1, 0, 0, len(raw), raw, id="p1"),
        Passage("p1-s1", "sentence", 1, 1, 0, len(raw), raw, id="p1-s1"),
    ]
    layers: dict[str, list[Span]] = {"entities": [], "quotes": [], "sources": [], "artifacts": []}
    for surface, canonical in people:
        i = raw.index(surface)
        layers["entities"].append(Span(i, i + len(surface), "PERSON", {"canonical": canonical}))
    if quote:
        i = raw.index(quote[0])
        layers["quotes"].append(Span(i, i + len(quote[0]), "quote", {"speaker": quote[1]}))
    art = Article(id=aid, source=f"{aid}.txt", raw=raw, meta=Metadata(title=aid, outlet=aid.upper()))
    return ArticleAnalysis(article=art, passages=passages, layers=layers)


def test_accent_variants_and_surnames_are_one_person():
    a = _analysis("a", "Lucía Ferrando said “we stay”.", [("Lucía Ferrando", "Lucía Ferrando")], ("we stay", "Lucía Ferrando"))
    b = _analysis("b", "Lucia Ferrando spoke. Ferrando left.", [("Lucia Ferrando", "Lucia Ferrando")])
    c = _analysis("c", "Ferrando said “no”.", [("Ferrando", "Ferrando")], ("no", "Ferrando"))
    data = collect([a, b, c], {"a": "articles/a/", "b": "articles/b/", "c": "articles/c/"})
    people = {p["name"]: p for p in data["people"]}
    assert list(people) == ["Lucía Ferrando"]
    person = people["Lucía Ferrando"]
    assert person["articles"] == 3
    assert sorted(q["text"] for q in person["quotes"]) == ["no", "we stay"]


def test_people_are_on_one_page_per_initial_of_their_family_name_and_the_index_links_each_to_its_section():
    from parallax.render import environment, speaker_class
    from parallax.render.indexes import letter_of, render_indexes

    assert [letter_of(s) for s in ("emile-zola", "zoe", "1st-officer", "")] == ["e", "z", "0-9", "0-9"]
    a = _analysis(
        "a", "Émile Zola said “yes”. Ana Ruiz spoke.", [("Émile Zola", "Émile Zola"), ("Ana Ruiz", "Ana Ruiz")], ("yes", "Émile Zola")
    )
    b = _analysis("b", "Eva Rios said “no”.", [("Eva Rios", "Eva Rios")], ("no", "Eva Rios"))
    # written family name first, and called by it alone: filed under M
    c = _analysis(
        "c", "Moon Jae-in said “maybe”. Moon left.", [("Moon Jae-in", "Moon Jae-in"), ("Moon", "Moon Jae-in")], ("maybe", "Moon Jae-in")
    )
    pages = render_indexes(environment(), [a, b, c], {"a": "articles/a/", "b": "articles/b/", "c": "articles/c/"})
    assert sorted(k for k in pages if k.startswith("people/")) == ["people/index.md", "people/m.md", "people/r.md", "people/z.md"]
    r = pages["people/r.md"]
    assert "## Eva Rios { #eva-rios }" in r and "## Ana Ruiz { #ana-ruiz }" in r
    assert r.index("Eva Rios {") < r.index("Ana Ruiz {")  # by family name: Rios before Ruiz
    z = pages["people/z.md"]
    assert "“yes”" in z and '<a href="../../articles/a/#p1-s1">' in z
    # a speaker's colour on the article and comparison pages, here too (beside words)
    assert f'<span class="px-swatch {speaker_class("Émile Zola")}" aria-hidden="true"></span> Named in 1 article(s)' in z
    assert "px-swatch" not in r.split("## Ana Ruiz")[1], "no colour for someone never quoted"
    assert "Ana Ruiz" not in z
    assert "## Moon Jae-in { #moon-jae-in }" in pages["people/m.md"]
    index = pages["people/index.md"]
    assert '<a href="../people/z/#emile-zola">Émile Zola</a>' in index and '<a href="../people/r/#ana-ruiz">Ana Ruiz</a>' in index


def test_a_long_sources_list_is_split_by_initial_and_the_index_keeps_the_most_cited(monkeypatch):
    from parallax.render import environment, indexes

    raw = "Reuters said so. AFP said so. Reuters added. Bloomberg said so. Reuters again."
    a = _analysis("a", raw, [])
    for name in ("Reuters", "AFP", "Bloomberg"):
        start = 0
        while (i := raw.find(name, start)) >= 0:
            a.layers["sources"].append(Span(i, i + len(name), "source", {"name": name, "type": "news-agency"}))
            start = i + 1
    pages = {"a": "articles/a/"}
    whole = indexes.render_indexes(environment(), [a], pages)
    assert [k for k in whole if k.startswith("sources/")] == ["sources/index.md"]  # short list: one page
    monkeypatch.setattr(indexes, "INDEX_ROWS", 2)
    monkeypatch.setattr(indexes, "TOP_ROWS", 1)
    split = indexes.render_indexes(environment(), [a], pages)
    assert sorted(k for k in split if k.startswith("sources/")) == ["sources/a.md", "sources/b.md", "sources/index.md", "sources/r.md"]
    index = split["sources/index.md"]
    assert "<td>Reuters</td>" in index and "<td>AFP</td>" not in index  # the most cited only
    assert '<a href="../sources/b/">B</a>' in index
    r = split["sources/r.md"]
    assert "# Sources: R" in r and r.count("<td>Reuters</td>") == 1 and '<a href="../../articles/a/#p1-s1"' in r
    assert '<a href="../../sources/">Most cited</a>' in r and "<strong>R</strong>" in r


def test_a_source_use_has_a_title_only_where_the_text_differs_from_the_name():
    from parallax.render import environment, indexes

    raw = "Reuters said so. The agency Reuters added."
    a = _analysis("a", raw, [])
    a.layers["sources"].append(Span(0, 7, "source", {"name": "Reuters", "type": "news-agency"}))
    a.layers["sources"].append(Span(17, 35, "source", {"name": "Reuters", "type": "news-agency"}))
    page = indexes.render_indexes(environment(), [a], {"a": "articles/a/"})["sources/index.md"]
    assert page.count(" title=") == 1 and ' title="The agency Reuters"' in page


def test_source_types_read_as_words_on_the_index_and_in_tooltips():
    from parallax.render import _tooltip, environment, indexes

    raw = "Reuters said so. An official said so."
    a = _analysis("a", raw, [])
    agency = Span(0, 7, "source", {"name": "Reuters", "type": "news-agency"})
    unnamed = Span(20, 28, "source", {"name": "official", "type": "anonymous"})
    a.layers["sources"] += [agency, unnamed]
    page = indexes.render_indexes(environment(), [a], {"a": "articles/a/"})["sources/index.md"]
    assert "<td>news agency</td>" in page and "<td>unnamed</td>" in page and "news-agency" not in page
    assert _tooltip("sources", agency, raw) == "Source — Reuters (news agency)"
    assert _tooltip("sources", Span(0, 7, "source", {}), raw) == "Source — Reuters (other)"
