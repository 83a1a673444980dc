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
