"""The built site's link check: ids and links read from raw HTML, problems named per page."""

from __future__ import annotations

from pathlib import Path

import pytest

from parallax.linkcheck import _Collector, check_site


@pytest.mark.parametrize(
    ("html", "ids", "hrefs"),
    [
        ('<p id="a">x</p><a class="k" href="b/#c">t</a>', {"a"}, ["b/#c"]),
        # entities are decoded, as a browser does
        ('<a href="../y/&#35;p2-s1" title="Compare&#58; x">', set(), ["../y/#p2-s1"]),
        # a > inside a quoted attribute does not end the tag
        ('<a title="a>b" href="z">', set(), ["z"]),
        # bare and single-quoted values; a boolean attribute before id
        ("<span id=bare></span><input disabled id='k'><a href='q#z'>", {"bare", "k"}, ["q#z"]),
        # script bodies, styles and comments are not markup; the script tag's own id counts
        ('<script id="__config">var s="<a href=\'no\' id=\'no\'>";</script><!-- <a href="c" id="d"> -->', {"__config"}, []),
        ("<style>a[id='x']{}</style>", set(), []),
        # in any case; a comment holding a script tag is still a comment
        ('<SCRIPT Id="u">"<a id=\'no\'>"</Script ><!--<script>--><p id="y">', {"u", "y"}, []),
        # href only counts on links; data attributes that merely contain "id=" do not count
        ('<link href="s.css"><div data-x="id=no" data-id="no"></div>', set(), []),
    ],
)
def test_ids_and_links_read_from_markup(html: str, ids: set[str], hrefs: list[str]) -> None:
    c = _Collector()
    c.feed(html)
    assert c.ids == ids and c.hrefs == hrefs


def test_broken_links_missing_anchors_and_duplicate_ids_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/#p1">ok</a><a href="a/#p9">no anchor</a><a href="b/">no page</a>')
    (tmp_path / "a" / "index.html").write_text(
        '<p id="p1"></p><p id="p1"></p><a href="../data.json">file</a><a href="https://x.org/">out</a>'
    )
    problems = check_site(tmp_path)
    assert sorted((p.code, p.file) for p in problems) == [
        ("broken-link", "site/"),
        ("broken-link", "site/a/"),
        ("duplicate-id", "site/a/"),
        ("missing-anchor", "site/"),
    ]
    (tmp_path / "data.json").write_text("{}")
    assert len(check_site(tmp_path)) == 3


def test_a_second_process_reading_half_the_pages_finds_the_same_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parallax import linkcheck

    for n in range(6):
        (tmp_path / f"p{n}").mkdir()
        (tmp_path / f"p{n}" / "index.html").write_text(
            f'<p id="a{n}"></p><p id="a{n}"></p><a href="../p{(n + 1) % 6}/#a{(n + 1) % 6}">ok</a><a href="../p{n}/#zz">no</a><a href="../q/">none</a>'
        )
    one = [(p.code, p.message, p.file) for p in check_site(tmp_path)]
    monkeypatch.setattr(linkcheck, "PARALLEL_PAGES", 2)
    assert [(p.code, p.message, p.file) for p in check_site(tmp_path, jobs=2)] == one
    assert len(one) == 18
