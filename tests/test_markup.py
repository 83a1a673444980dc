"""Text + spans → HTML: always escaped, always well nested."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from parallax.render.markup import Wrap, escape_text, render


class _Nesting(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        self.text += data


def _parse(html: str) -> _Nesting:
    p = _Nesting()
    p.feed(html)
    p.close()
    return p


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "{{ config }} {% include 'x' %}",
        "text {: #id .cls onclick=x }",
        "<!-- comment --> | a | b |",
        '"><img src=x onerror=alert(1)>',
        "*bold* _it_ `code` ~~del~~ ==mark== ^^ins^^",
    ],
)
def test_article_text_never_becomes_markup(hostile):
    html = render(hostile, 0, len(hostile), [Wrap(0, len(hostile), "span", 0, {"class": "x"})])
    parsed = _parse(html)
    assert parsed.ok and parsed.stack == []
    assert parsed.text == hostile  # the browser shows exactly the source characters
    for dangerous in ("<script", "<img", "javascript:", "{{", "{%", "{:", "<!--", "*bold*", "`code`", "|"):
        assert dangerous not in html


def test_crossing_spans_are_split_and_reopened():
    text = "One two three four"
    wraps = [Wrap(0, 7, "span", 0, first_attrs={"id": "s1"}), Wrap(4, 13, "q", 1, first_attrs={"id": "q1"})]
    html = render(text, 0, len(text), wraps)
    assert html == '<span id="s1">One <q id="q1">two</q></span><q data-part="cont"> three</q> four'
    assert _parse(html).ok


def test_ids_appear_once_and_text_is_complete():
    text = "Alpha beta gamma delta epsilon"
    wraps = [
        Wrap(0, 16, "span", 0, first_attrs={"id": "s1"}),
        Wrap(17, 30, "span", 0, first_attrs={"id": "s2"}),
        Wrap(6, 23, "q", 1, first_attrs={"id": "q1"}),
        Wrap(11, 16, "span", 3, {"class": "e"}),
    ]
    html = render(text, 0, len(text), wraps)
    parsed = _parse(html)
    assert parsed.ok
    assert parsed.text == text
    assert html.count('id="q1"') == 1 and html.count('id="s1"') == 1


def test_attribute_values_are_escaped():
    html = render("x", 0, 1, [Wrap(0, 1, "span", 0, {"title": '" onmouseover="alert(1)'})])
    assert 'onmouseover="' not in html
    assert 'title="&quot; onmouseover&#61;&quot;alert(1)"' in html


def test_newlines_become_spaces():
    assert "\n" not in escape_text("a\nb\r\nc\u2028d")


def _persons(raw: str, mentions: list[tuple[str, str]]) -> list:
    from parallax.model import Span

    spans, at = [], 0
    for text, canonical in mentions:
        start = raw.index(text, at)
        spans.append(Span(start, start + len(text), "PERSON", {"canonical": canonical}))
        at = start + len(text)
    return spans


@pytest.mark.parametrize(
    ("raw", "mentions", "expected"),
    [
        # the family name first, as the article itself uses it alone
        (
            "President Moon Jae-in met the press. Moon said little.",
            [("Moon Jae-in", "Moon Jae-in"), ("Moon", "Moon Jae-in")],
            "Moon",
        ),
        # the usual order: the last word
        ("Anna Berg spoke. Later Berg added a word.", [("Anna Berg", "Anna Berg"), ("Berg", "Anna Berg")], "Berg"),
        # never mentioned alone: the default (last word of the name)
        ("Anna Berg spoke.", [("Anna Berg", "Anna Berg")], "Berg"),
    ],
)
def test_a_speaker_label_is_the_word_the_article_calls_the_person_by(raw, mentions, expected) -> None:
    from parallax.render import short_name, short_names

    canonical = mentions[0][1]
    assert short_name(canonical, short_names(_persons(raw, mentions), raw)) == expected


@pytest.mark.parametrize(
    ("passage_id", "cite"),
    [("p3", "¶3"), ("p3-s2", "¶3 s2"), ("p12-s10", "¶12 s10")],
)
def test_cite_of_reads_the_place_from_the_id(passage_id: str, cite: str) -> None:
    from parallax.render import cite_of

    assert cite_of(passage_id) == cite


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("../../articles/a-b/#p2-s1", "../../articles/a-b/#p2-s1"),
        ("../../stories/x/#sbs--a--p1", "../../stories/x/#sbs--a--p1"),
        # anything else is escaped as in any attribute
        ('x/"onmouseover="a#b', "x/&quot;onmouseover&#61;&quot;a#b"),
        ("a&b<c>#{d}", "a&amp;b&lt;c&gt;#&#123;d&#125;"),
    ],
)
def test_escape_href_keeps_the_fragment_mark_only(url: str, expected: str) -> None:
    from parallax.render.markup import escape_href

    assert escape_href(url) == expected


def _analysis(raw: str, sentences: list[tuple[int, int]], layers: dict):
    from parallax.model import Article, ArticleAnalysis, Metadata, Passage

    paragraph = Passage("p1", "paragraph", 1, 0, 0, len(raw), raw, id="p1")
    passages = [paragraph] + [Passage(f"p1-s{i}", "sentence", 1, i, a, b, raw[a:b], id=f"p1-s{i}") for i, (a, b) in enumerate(sentences, 1)]
    return ArticleAnalysis(Article("a", "a.txt", raw, Metadata(title="t")), passages, layers)


@pytest.mark.parametrize(
    ("layer", "text", "attrs", "label", "titled"),
    [
        ("entities", "Dorvania", {"canonical": "Dorvania"}, "PLACE", False),  # the words are the canonical form
        ("entities", "Velmaro", {"canonical": "Ilsa Velmaro"}, "PERSON", True),  # a family name alone: the full name is news
        ("entities", "Dorvania", {}, "PLACE", False),  # no canonical form: the words
        ("sources", "Keltrin Press", {"name": "Keltrin Press", "type": "news-agency"}, "SOURCE", False),
        ("sources", "the agency", {"name": "Keltrin Press", "type": "news-agency"}, "SOURCE", True),
        ("entities", "Port  Vell", {"canonical": "Port  Vell"}, "PLACE", True),  # a run of spaces the script would fold
        ("quotes", "We stay", {"speaker": "Ilsa Velmaro"}, "QUOTE", True),  # a quote's speaker is never its words
    ],
)
def test_a_mark_carries_a_title_only_where_the_script_cannot_write_its_tooltip(layer, text, attrs, label, titled) -> None:
    """Issue 7: "Place — Dorvania" is written by parallax.js from the class and the words."""
    from parallax.model import Span
    from parallax.render import layer_wraps

    raw = f"In {text} today."
    span = Span(3, 3 + len(text), label, attrs)
    [wrap] = layer_wraps(_analysis(raw, [(0, len(raw))], {layer: [span]}))
    assert ("title" in wrap.attrs) == titled
    assert "id" not in wrap.first_attrs


def test_a_mark_cut_by_a_sentence_keeps_its_title() -> None:
    """The script reads a tooltip from a mark's first fragment only, so a name
    that runs over a sentence's end (a segmentation slip) keeps its title."""
    from parallax.model import Span
    from parallax.render import layer_wraps

    raw = "He met St. Orvel Hanes. They spoke."
    name = raw.index("St. Orvel")
    whole = Span(name, name + len("St. Orvel Hanes"), "PERSON", {"canonical": "St. Orvel Hanes"})
    inside = Span(raw.index("They"), raw.index("They") + 4, "MISC", {"canonical": "They"})
    cut = raw.index("Orvel")
    [a, b] = layer_wraps(_analysis(raw, [(0, cut), (cut, len(raw))], {"entities": [whole, inside]}))
    assert a.attrs["title"] == "Person — St. Orvel Hanes" and "title" not in b.attrs
