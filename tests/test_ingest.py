"""Ingest as tables: bytes → text, sidecar → metadata, text → blocks, names → slugs.

Every fixture is a short made-up news text about an invented event. Each bad
input must give exactly one Problem naming the file (and the line, where one
applies) with a hint saying what to do.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest

from parallax import ingest
from parallax.ingest import IngestError, decode, paragraphs, read_sidecar, slugify, structure, unique_slugs
from parallax.model import Problem

# ---------------------------------------------------------------------------
# decode

LEDE = "The council voted on Monday to reopen the old bridge.\n"

DECODE_OK = [
    # (id, bytes, expected text, expected encoding, expected problem codes)
    ("utf8", LEDE.encode(), LEDE, "utf-8", []),
    ("utf8-bom", b"\xef\xbb\xbf" + LEDE.encode(), LEDE, "utf-8-sig", []),
    ("utf8-accents", "Café in Zürich, “quoted” – €5\n".encode(), "Café in Zürich, “quoted” – €5\n", "utf-8", []),
    ("crlf-kept", b"Line one.\r\nLine two.\r\n", "Line one.\r\nLine two.\r\n", "utf-8", []),
    ("lone-cr-kept", b"Line one.\rLine two.\r", "Line one.\rLine two.\r", "utf-8", []),
    ("latin1-portuguese", "A festa em São Paulo terminou cedo, disse a prefeitura.".encode("latin-1"), None, "cp1252", ["not-utf8"]),
    ("cp1252-quotes", "The café said “closed” – €2 million in damage.".encode("cp1252"), None, "cp1252", ["not-utf8"]),
    ("cp1252-spanish", "El alcalde de Málaga dijo que el señor Núñez tenía razón.".encode("cp1252"), None, "cp1252", ["not-utf8"]),
    (
        "cp1250-polish",
        "Władze Łodzi ogłosiły, że most zostanie zamknięty, powiedział burmistrz.".encode("cp1250"),
        None,
        "cp1250",
        ["not-utf8"],
    ),
    ("utf16-le-bom", "Bridge in São Paulo\r\n".encode("utf-16"), "Bridge in São Paulo\r\n", "utf_16", ["not-utf8"]),
    ("utf32-bom", "Bridge in São Paulo\n".encode("utf-32"), "Bridge in São Paulo\n", "utf_32", ["not-utf8"]),
    ("cp1251-russian", "Мэр города заявил, что мост будет закрыт на ремонт до весны.".encode("cp1251"), None, "cp1251", ["not-utf8"]),
]


@pytest.mark.parametrize(("data", "text", "encoding", "codes"), [c[1:] for c in DECODE_OK], ids=[c[0] for c in DECODE_OK])
def test_decode(data: bytes, text: str | None, encoding: str, codes: list[str]) -> None:
    got, got_encoding, problems = decode(data, file="seeds/x.txt")
    assert got == (text if text is not None else data.decode(encoding))
    assert got_encoding == encoding
    assert [p.code for p in problems] == codes
    for p in problems:
        assert p.file == "seeds/x.txt" and p.level == "warning" and p.line == 1 and p.hint


def test_decode_names_the_line_of_the_first_bad_byte() -> None:
    data = "Line one is plain.\nLine two is plain.\nLine three: São Tomé.\n".encode("latin-1")
    _, _, problems = decode(data, file="x.txt")
    assert [(p.code, p.line) for p in problems] == [("not-utf8", 3)]


DECODE_REFUSED = [
    ("empty", b"", "empty-file"),
    ("spaces", b"   ", "empty-file"),
    ("whitespace-crlf", b" \t\r\n\r\n\t \n", "empty-file"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "binary-file"),
    ("nul-in-text", b"Some text\x00\x00 with NUL bytes", "binary-file"),
    ("control-chars", bytes(range(1, 9)) * 200 + b"\xff", "binary-file"),
]


@pytest.mark.parametrize(("data", "code"), [c[1:] for c in DECODE_REFUSED], ids=[c[0] for c in DECODE_REFUSED])
def test_decode_refuses_unusable_bytes(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        decode(data, file="seeds/bad.txt")
    problem = info.value.problem
    assert (problem.code, problem.file, problem.level) == (code, "seeds/bad.txt", "error")
    assert problem.hint, "a refused file must say what to do"


# ---------------------------------------------------------------------------
# sidecar

SIDECARS = [
    # (id, yaml, expected clean metadata, expected [(code, line)])
    ("empty", "", {}, []),
    ("comment-only", "# nothing yet\n", {}, []),
    (
        "all-keys",
        "title: Bridge reopens\noutlet: Daily Planet\nurl: https://example.com/a\npublished: 2026-03-10\n"
        "language: en\ntranslated_from: pt-BR\nstory: bridge\nnotes: machine translated\n",
        {
            "title": "Bridge reopens",
            "outlet": "Daily Planet",
            "url": "https://example.com/a",
            "published": "2026-03-10",
            "language": "en",
            "translated_from": "pt-BR",
            "story": "bridge",
            "notes": "machine translated",
        },
        [],
    ),
    ("quoted-date", "published: '2026-03-10'\n", {"published": "2026-03-10"}, []),
    ("datetime", "published: 2026-03-10 08:30:00\n", {"published": "2026-03-10"}, []),
    ("null-value-ignored", "title:\noutlet: X\n", {"outlet": "X"}, []),
    ("unknown-key", "title: T\nautor: Someone\n", {"title": "T"}, [("sidecar-unknown-key", 2)]),
    ("int-title", "title: 42\n", {}, [("sidecar-bad-value", 1)]),
    ("bool-story", "outlet: X\nstory: yes\n", {"outlet": "X"}, [("sidecar-bad-value", 2)]),
    ("list-outlet", "outlet:\n  - A\n  - B\n", {}, [("sidecar-bad-value", 1)]),
    ("bad-date", "published: last Tuesday\n", {}, [("sidecar-bad-value", 1)]),
    ("impossible-date", "published: 2026-02-30\n", {}, [("sidecar-bad-value", 1)]),
    ("javascript-url", "url: javascript:alert(1)\n", {}, [("sidecar-bad-value", 1)]),
    ("url-with-markup", "url: 'https://example.com/?q=<script>'\n", {}, [("sidecar-bad-value", 1)]),
    ("language-name", "language: English\n", {}, [("sidecar-bad-value", 1)]),
    ("blank-title", "title: '   '\n", {}, [("sidecar-bad-value", 1)]),
    ("syntax-error", "title: Water\noutlet: [Coastal Times\npublished: 2026-01-05\n", {}, [("sidecar-syntax", 3)]),
    ("tab-indent", "title: A\n\toutlet: B\n", {}, [("sidecar-syntax", 2)]),
    ("list-not-mapping", "- title: A\n- outlet: B\n", {}, [("sidecar-shape", 1)]),
    ("scalar-not-mapping", "just a sentence\n", {}, [("sidecar-shape", 1)]),
    (
        "several-problems",
        "autor: A\ntitle: 1\npublished: soon\nnotes: ok\n",
        {"notes": "ok"},
        [
            ("sidecar-unknown-key", 1),
            ("sidecar-bad-value", 2),
            ("sidecar-bad-value", 3),
        ],
    ),
]


@pytest.mark.parametrize(("text", "clean", "expected"), [c[1:] for c in SIDECARS], ids=[c[0] for c in SIDECARS])
def test_read_sidecar(tmp_path: Path, text: str, clean: dict, expected: list[tuple[str, int]]) -> None:
    path = tmp_path / "a.yml"
    path.write_text(text, encoding="utf-8")
    got, problems = read_sidecar(path, file="seeds/a.yml")
    assert got == clean
    assert [(p.code, p.line) for p in problems] == expected
    for p in problems:
        assert p.file == "seeds/a.yml"
        assert p.message and p.level == "error"


def test_sidecar_problem_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_text("autor: X\npublished: soon\n", encoding="utf-8")
    _, problems = read_sidecar(path, file="a.yml")
    assert "'autor'" in problems[0].message and "title" in problems[0].hint  # lists the known keys
    assert "'published'" in problems[1].message and "2024-05-31" in problems[1].message


def test_sidecar_in_another_encoding_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_bytes("title: Bridge\nnotes: élu maire\n".encode("latin-1"))
    got, problems = read_sidecar(path, file="a.yml")
    assert got == {}
    assert [(p.code, p.line) for p in problems] == [("sidecar-unreadable", 2)]
    assert "UTF-8" in problems[0].hint


def test_sidecar_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_bytes(b"\xef\xbb\xbftitle: Bridge reopens\n")
    assert read_sidecar(path, file="a.yml") == ({"title": "Bridge reopens"}, [])


# ---------------------------------------------------------------------------
# paragraphs

PARAGRAPHS = [
    # (id, text, expected paragraph texts)
    ("blank-lines", "One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."]),
    ("crlf", "One.\r\n\r\nTwo.\r\nThree.\r\n", ["One.", "Two.", "Three."]),
    ("lone-cr", "One.\r\rTwo.\rThree.\r", ["One.", "Two.", "Three."]),
    ("unicode-separators", "One.\u2029Two.\u2028Three.", ["One.", "Two.", "Three."]),
    ("bom-stripped-by-decode", "Title line\n\nBody.", ["Title line", "Body."]),
    (
        "single-newline",
        "The ferry resumed on Saturday.\nThe operator added crossings.\n",
        ["The ferry resumed on Saturday.", "The operator added crossings."],
    ),
    ("soft-wrap-lowercase", "The ferry between the islands\nresumed on Saturday.", ["The ferry between the islands\nresumed on Saturday."]),
    ("whitespace-lines", "One.\n   \n\t\nTwo.", ["One.", "Two."]),
    ("indented", "   One.  \n\n  Two.", ["One.", "Two."]),
    (
        "hard-wrapped-72",
        "Dock workers strike again\n\n"
        "Dock workers in the port city of Porto Verde walked off the job on\n"
        "Tuesday, halting the loading of container ships for the second time this\n"
        "year. The port authority said in a statement that talks would resume on\n"
        "Thursday.\n"
        "Ships waiting outside.\n",
        [
            "Dock workers strike again",
            "Dock workers in the port city of Porto Verde walked off the job on\n"
            "Tuesday, halting the loading of container ships for the second time this\n"
            "year. The port authority said in a statement that talks would resume on\n"
            "Thursday.",
            "Ships waiting outside.",
        ],
    ),
    (
        "short-lines-not-wrapped",
        "Ferry service resumes after storm\nThe ferry between the two islands resumed on Saturday after a pause.\n"
        "The operator said extra crossings would be added from next week.\nNo one was hurt.\n",
        [
            "Ferry service resumes after storm",
            "The ferry between the two islands resumed on Saturday after a pause.",
            "The operator said extra crossings would be added from next week.",
            "No one was hurt.",
        ],
    ),
    ("only-whitespace", " \n\t\n", []),
    ("no-final-newline", "One", ["One"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS])
def test_paragraphs(text: str, expected: list[str]) -> None:
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == expected
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_line_endings_do_not_change_paragraphs() -> None:
    lf = "Bus drivers accept contract\n\nThe union agreed on Wednesday.\nThe deal raises wages.\n"
    for newline in ("\r\n", "\r"):
        other = lf.replace("\n", newline)
        assert [other[s:e] for s, e in paragraphs(other)] == [lf[s:e] for s, e in paragraphs(lf)]


# ---------------------------------------------------------------------------
# structure: title, outlet, boilerplate


def _labels(text: str) -> list[tuple[str, str | None, str]]:
    blocks, _, _ = structure(text)
    return [(b.label, b.attrs.get("reason"), text[b.start : b.end]) for b in blocks]


STRUCTURE = [
    # (id, text, expected [(label, reason, text)], expected inferred metadata, has "no headline" note)
    (
        "headline-body",
        "Bridge reopens after repairs\n\nThe old bridge reopened on Monday.\n\nTraffic was light.",
        [
            ("title", None, "Bridge reopens after repairs"),
            ("body", None, "The old bridge reopened on Monday."),
            ("body", None, "Traffic was light."),
        ],
        {"title": "Bridge reopens after repairs"},
        False,
    ),
    (
        "no-title",
        "The old bridge reopened on Monday after two years of repairs, the council said.\n\nTraffic was light.",
        [
            ("body", None, "The old bridge reopened on Monday after two years of repairs, the council said."),
            ("body", None, "Traffic was light."),
        ],
        {"title": "The old bridge reopened on Monday after two years of repairs …"},
        True,
    ),
    (
        "source-credit",
        "Bridge reopens after repairs\n\nThe old bridge reopened on Monday.\n\nSource: Daily Planet",
        [
            ("title", None, "Bridge reopens after repairs"),
            ("body", None, "The old bridge reopened on Monday."),
            ("boilerplate", "credit", "Source: Daily Planet"),
        ],
        {"title": "Bridge reopens after repairs", "outlet": "Daily Planet"},
        False,
    ),
    (
        "repeated-headline-with-outlet",
        "Bridge reopens after repairs\n\nThe old bridge reopened on Monday.\n\nBridge reopens after repairs – Daily Planet",
        [
            ("title", None, "Bridge reopens after repairs"),
            ("body", None, "The old bridge reopened on Monday."),
            ("boilerplate", "repeated-title", "Bridge reopens after repairs – Daily Planet"),
        ],
        {"title": "Bridge reopens after repairs", "outlet": "Daily Planet"},
        False,
    ),
    (
        "repeated-headline-plain",
        "Bridge reopens after repairs\n\nThe old bridge reopened on Monday.\n\nBridge Reopens After Repairs",
        [
            ("title", None, "Bridge reopens after repairs"),
            ("body", None, "The old bridge reopened on Monday."),
            ("boilerplate", "repeated-title", "Bridge Reopens After Repairs"),
        ],
        {"title": "Bridge reopens after repairs"},
        False,
    ),
    (
        "byline",
        "By Jane Doe\n\nBridge reopens after repairs\n\nThe old bridge reopened on Monday.\n\nTraffic was light.",
        [
            ("boilerplate", "byline", "By Jane Doe"),
            ("title", None, "Bridge reopens after repairs"),
            ("body", None, "The old bridge reopened on Monday."),
            ("body", None, "Traffic was light."),
        ],
        {"title": "Bridge reopens after repairs"},
        False,
    ),
    (
        "byline-two-names",
        "Bridge reopens after repairs\n\nBY ANA LIMA and Tom Berg\n\nThe old bridge reopened on Monday.",
        [
            ("title", None, "Bridge reopens after repairs"),
            ("boilerplate", "byline", "BY ANA LIMA and Tom Berg"),
            ("body", None, "The old bridge reopened on Monday."),
        ],
        {"title": "Bridge reopens after repairs"},
        False,
    ),
    (
        "promo-lines",
        "Follow our live blog of the floods here\n\nRiver reaches record level\n\nThe river rose to a record level on Sunday.\n\n"
        "Sign up for our morning newsletter\n\nRead more: Floods in the north",
        [
            ("boilerplate", "promo", "Follow our live blog of the floods here"),
            ("title", None, "River reaches record level"),
            ("body", None, "The river rose to a record level on Sunday."),
            ("boilerplate", "promo", "Sign up for our morning newsletter"),
            ("boilerplate", "promo", "Read more: Floods in the north"),
        ],
        {"title": "River reaches record level"},
        False,
    ),
    (
        "page-furniture-and-photo-credits",
        "River reaches record level\n\nJane Doe/Reuters\n\nThe river rose to a record level on Sunday.\n\n"
        "For more information, residents can call the council.\n\nFor the latest updates on the floods, see our page\n\nNewsletter",
        [
            ("title", None, "River reaches record level"),
            ("boilerplate", "credit", "Jane Doe/Reuters"),
            ("body", None, "The river rose to a record level on Sunday."),
            ("body", None, "For more information, residents can call the council."),
            ("boilerplate", "promo", "For the latest updates on the floods, see our page"),
            ("boilerplate", "promo", "Newsletter"),
        ],
        {"title": "River reaches record level"},
        False,
    ),
    (
        "agency-dateline-credit",
        "River reaches record level\n\nThe river rose to a record level on Sunday.\n\n(Reuters)",
        [
            ("title", None, "River reaches record level"),
            ("body", None, "The river rose to a record level on Sunday."),
            ("boilerplate", "credit", "(Reuters)"),
        ],
        {"title": "River reaches record level"},
        False,
    ),
    (
        "single-newline-article",
        "Ferry service resumes after storm\nThe ferry resumed on Saturday after a three-day pause.\nSource: Island Courier\n",
        [
            ("title", None, "Ferry service resumes after storm"),
            ("body", None, "The ferry resumed on Saturday after a three-day pause."),
            ("boilerplate", "credit", "Source: Island Courier"),
        ],
        {"title": "Ferry service resumes after storm", "outlet": "Island Courier"},
        False,
    ),
    (
        "crlf-article",
        "Bus drivers accept contract\r\n\r\nThe union agreed on Wednesday.\r\n\r\nSource: Metro Wire\r\n",
        [
            ("title", None, "Bus drivers accept contract"),
            ("body", None, "The union agreed on Wednesday."),
            ("boilerplate", "credit", "Source: Metro Wire"),
        ],
        {"title": "Bus drivers accept contract", "outlet": "Metro Wire"},
        False,
    ),
    (
        "one-paragraph-with-dash-is-body",
        "The match ended in a draw – Real Porto",
        [("body", None, "The match ended in a draw – Real Porto")],
        {"title": "The match ended in a draw – Real Porto"},
        True,
    ),
    (
        "quote-colon-headline",
        "“It fell like a wall”: village counts the cost of the flood\n\nThe river rose two metres overnight.",
        [
            ("title", None, "“It fell like a wall”: village counts the cost of the flood"),
            ("body", None, "The river rose two metres overnight."),
        ],
        {"title": "“It fell like a wall”: village counts the cost of the flood"},
        False,
    ),
    (
        "quote-dash-headline",
        '"Never again" - parents march over school closure\n\nAbout 300 parents marched on Saturday.',
        [
            ("title", None, '"Never again" - parents march over school closure'),
            ("body", None, "About 300 parents marched on Saturday."),
        ],
        {"title": '"Never again" - parents march over school closure'},
        False,
    ),
    (
        "quote-first-is-not-a-title",
        "“We will rebuild,” the mayor said\n\nThe storm destroyed the pier.",
        [("body", None, "“We will rebuild,” the mayor said"), ("body", None, "The storm destroyed the pier.")],
        {"title": "“We will rebuild,” the mayor said"},
        True,
    ),
    (
        "no-punctuation",
        "council votes on new park\n\nthe council voted on tuesday to build a new park near the river",
        [("title", None, "council votes on new park"), ("body", None, "the council voted on tuesday to build a new park near the river")],
        {"title": "council votes on new park"},
        False,
    ),
    (
        "only-punctuation",
        "...",
        [("body", None, "...")],
        {"title": "Untitled article"},
        True,
    ),
    (
        "only-boilerplate",
        "Source: Daily Planet",
        [("boilerplate", "credit", "Source: Daily Planet")],
        {"title": "Untitled article", "outlet": "Daily Planet"},
        True,
    ),
]


@pytest.mark.parametrize(("text", "blocks", "inferred", "derived"), [c[1:] for c in STRUCTURE], ids=[c[0] for c in STRUCTURE])
def test_structure(text: str, blocks: list, inferred: dict, derived: bool) -> None:
    got_blocks, got_inferred, notes = structure(text)
    assert _labels(text) == blocks
    assert got_inferred == inferred
    assert any("no headline" in n for n in notes) == derived
    # Blocks never overlap and never rewrite the text.
    ends = [(b.start, b.end) for b in got_blocks]
    assert ends == sorted(ends) and all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


def test_derived_title_is_short_and_readable() -> None:
    text = (
        "The regional council of the northern province voted late on Monday evening, after a long and heated debate, "
        "to reopen the old stone bridge.\n\nTraffic was light."
    )
    _, inferred, _ = structure(text)
    title = inferred["title"]
    assert len(title.split()) <= 13 and title.endswith("…")
    assert text.startswith(title.rstrip(" …"))


# ---------------------------------------------------------------------------
# slugs

SLUGS = [
    ("000_1bde578bf97296b1", "000-1bde578bf97296b1"),
    ("Spaces in Name", "spaces-in-name"),
    ("UPPER CASE", "upper-case"),
    ("Crème Brûlée Straße", "creme-brulee-strasse"),
    ("Łódź Ærø", "lodz-aero"),
    ("..", "article"),
    ("../../etc/passwd", "etc-passwd"),
    ("東京", "article"),
    ("a" * 200, "a" * 80),
    ("-- weird -- name --", "weird-name"),
    ("<script>alert(1)</script>", "script-alert-1-script"),
]


@pytest.mark.parametrize(("name", "slug"), SLUGS)
def test_slugify(name: str, slug: str) -> None:
    got = slugify(name)
    assert got == slug
    assert set(got) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") and not got.startswith("-")


def test_unique_slugs_disambiguates_by_file_name_hash() -> None:
    names = ["same slug.txt", "same-slug.txt", "Same_Slug.txt", "index.txt", "...txt", "..txt", "bridge.txt"]
    slugs = unique_slugs(names)
    assert len(set(slugs.values())) == len(names)
    assert slugs["bridge.txt"] == "bridge"
    for n in ("same slug.txt", "same-slug.txt", "Same_Slug.txt"):
        assert slugs[n].startswith("same-slug-") and len(slugs[n]) == len("same-slug-") + 6
    assert slugs["index.txt"].startswith("index-"), "must never overwrite the home page"
    assert all("/" not in s and ".." not in s for s in slugs.values())


def test_unique_slugs_are_independent_of_other_files() -> None:
    alone = unique_slugs(["a/same slug.txt", "same-slug.txt"])
    more = unique_slugs(["a/same slug.txt", "same-slug.txt", "Same_Slug.txt", "other.txt"])
    assert alone["same-slug.txt"] == more["same-slug.txt"]


# ---------------------------------------------------------------------------
# ingest_file: one file on disk


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_ingest_file_reads_article_and_sidecar(tmp_path: Path) -> None:
    path = _write(tmp_path, "bridge.txt", b"\xef\xbb\xbfBridge reopens\r\n\r\nThe bridge reopened.\r\n")
    _write(tmp_path, "bridge.yml", "outlet: Daily Planet\npublished: 2026-03-10\n")
    article, problems = ingest.ingest_file(path, source="seeds/bridge.txt", slug="bridge")
    assert problems == []
    assert article is not None
    assert article.raw == "Bridge reopens\r\n\r\nThe bridge reopened.\r\n"  # BOM gone, CRLF kept
    assert (article.meta.title, article.meta.outlet, article.meta.published) == ("Bridge reopens", "Daily Planet", "2026-03-10")
    assert article.meta.inferred == ["title"]
    assert article.encoding == "utf-8-sig"


def test_ingest_file_sha_changes_with_sidecar(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Bridge reopens\n\nThe bridge reopened.\n")
    before, _ = ingest.ingest_file(path, source="a.txt", slug="a")
    _write(tmp_path, "a.yml", "outlet: X\n")
    after, _ = ingest.ingest_file(path, source="a.txt", slug="a")
    assert before and after and before.sha256 != after.sha256


def test_ingest_file_keeps_article_when_sidecar_is_bad(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Bridge reopens\n\nThe bridge reopened.\n")
    _write(tmp_path, "a.yml", "title: [oops\n")
    article, problems = ingest.ingest_file(path, source="seeds/a.txt", slug="a")
    assert article is not None and article.meta.title == "Bridge reopens"
    assert [(p.code, p.file) for p in problems] == [("sidecar-syntax", "seeds/a.yml")]


@pytest.mark.parametrize("suffix", [".yaml", ".YML"])
def test_ingest_file_warns_about_a_misnamed_sidecar(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, "a.txt", "Bridge reopens\n\nThe bridge reopened.\n")
    _write(tmp_path, "a" + suffix, "outlet: Daily Planet\n")
    article, problems = ingest.ingest_file(path, source="seeds/a.txt", slug="a")
    assert article is not None and article.meta.outlet is None
    assert [(p.code, p.file, p.level) for p in problems] == [("sidecar-name", f"seeds/a{suffix}", "warning")]
    assert problems[0].hint == "rename it to a.yml"


def test_ingest_file_reports_mojibake_once_with_lines(tmp_path: Path) -> None:
    clean = "Flood in Müllheim\n\nThe café owner said “we lost everything”.\n"
    raw = clean.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    path = _write(tmp_path, "m.txt", raw.encode("utf-8"))
    article, problems = ingest.ingest_file(path, source="seeds/m.txt", slug="m")
    assert article is not None and article.raw == raw, "the raw text is never repaired"
    assert [(p.code, p.line, p.level) for p in problems] == [("mojibake", 1, "warning")]
    assert "Müllheim" in problems[0].message and "lines 1, 3" in problems[0].message


def test_ingest_file_refuses_a_link_out_of_the_folder(tmp_path: Path) -> None:
    outside = _write(tmp_path, "secret.txt", "Private notes\n\nNot an article.\n")
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    (corpus / "link.txt").symlink_to(outside)
    article, problems = ingest.ingest_file(corpus / "link.txt", source="seeds/link.txt", slug="link")
    assert article is None
    assert [p.code for p in problems] == ["outside-corpus"] and problems[0].hint


def test_ingest_file_accepts_a_link_inside_the_folder(tmp_path: Path) -> None:
    _write(tmp_path, "real.txt", "Bridge reopens\n\nThe bridge reopened.\n")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    article, problems = ingest.ingest_file(tmp_path / "alias.txt", source="alias.txt", slug="alias")
    assert article is not None and problems == []


def test_ingest_file_refuses_a_sidecar_linked_out_of_the_folder(tmp_path: Path) -> None:
    _write(tmp_path, "secret.yml", "title: Secret\n")
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    path = _write(corpus, "a.txt", "Bridge reopens\n\nThe bridge reopened.\n")
    (corpus / "a.yml").symlink_to(tmp_path / "secret.yml")
    article, problems = ingest.ingest_file(path, source="seeds/a.txt", slug="a")
    assert article is not None and article.meta.title == "Bridge reopens"
    assert [(p.code, p.file) for p in problems] == [("outside-corpus", "seeds/a.yml")]


def test_ingest_file_refuses_a_folder(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    article, problems = ingest.ingest_file(tmp_path / "folder.txt", source="folder.txt", slug="folder")
    assert article is None and [p.code for p in problems] == ["not-a-file"]


def test_ingest_file_refuses_a_5mb_article_quickly(tmp_path: Path) -> None:
    para = "The council met again in the afternoon and discussed the budget for the new school. " * 12
    data = ("Budget talks drag on\n\n" + (para + "\n\n") * 5000).encode()
    assert len(data) > 5_000_000
    path = _write(tmp_path, "huge.txt", data)
    started = time.perf_counter()
    article, problems = ingest.ingest_file(path, source="seeds/huge.txt", slug="huge")
    assert time.perf_counter() - started < 1.0
    assert article is None
    assert [p.code for p in problems] == ["too-large"] and "5.1 MB" in problems[0].message


def test_ingest_file_never_raises_on_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Bridge\n\nText.\n")
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path.chmod(0)
    article, problems = ingest.ingest_file(path, source="a.txt", slug="a")
    assert article is None and [p.code for p in problems] == ["unreadable"]


def test_ingest_file_does_not_touch_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Bridge reopens\r\n\r\nThe bridge reopened.\r\n")
    _write(tmp_path, "a.yml", "outlet: X\n")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    ingest.ingest_file(path, source="a.txt", slug="a")
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()} == before


# ---------------------------------------------------------------------------
# pure functions stay fast on a 5 MB text (the file limit is for parsing cost)


def test_structure_and_paragraphs_are_linear_on_5mb() -> None:
    line = "the committee met again and discussed the budget for the school and the repairs\n"
    text = "Budget talks drag on\n\n" + line * 65_000  # lower-case continuation lines: one huge paragraph
    assert len(text) > 5_000_000
    started = time.perf_counter()
    blocks, _, _ = structure(text)
    assert time.perf_counter() - started < 15
    assert [b.label for b in blocks] == ["title", "body"]


def test_problem_str_is_one_clear_line() -> None:
    p = Problem("sidecar-bad-value", "key 'published': 'soon' is not a date", "seeds/a.yml", 3, hint="write 2026-03-10")
    assert str(p) == "seeds/a.yml:3: error sidecar-bad-value: key 'published': 'soon' is not a date (write 2026-03-10)"
