"""In a real Chromium: every link ever published still lands on its text.

Issue 6's story, end to end: build a site from a one-article corpus, record
the URL of every passage, then (a) insert a paragraph at the top, (b) fix a
typo in a sentence, (c) split a sentence in two, (d) delete a paragraph,
rebuilding after each edit (the anchor ledger carried along). After every
rebuild, each URL recorded so far must scroll to and highlight the passage
with the same text, its edited version, or — for a deleted passage — the
nearest surviving passage with a note saying when it was removed.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from helpers import build_project, make_project
from test_anchors import BASE, P3, SPLIT_NEW, SPLIT_OLD, TOP, TYPO_NEW, TYPO_OLD, current, edit

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HEADLINE = "Hallstrom Bridge closed after inspectors find cracks"
FIXED = edit(edit(BASE, TYPO_OLD, TYPO_NEW), SPLIT_OLD, SPLIT_NEW)
#: (what changed, paragraphs, fixes applied so far, build date)
VERSIONS = [
    ("first build", BASE, set(), "2026-01-01"),
    ("(a) paragraph inserted at the top", [TOP, *BASE], set(), "2026-02-01"),
    ("(b) typo fixed", [TOP, *edit(BASE, TYPO_OLD, TYPO_NEW)], {"typo"}, "2026-03-01"),
    ("(c) sentence split in two", [TOP, *FIXED], {"typo", "split"}, "2026-04-01"),
    ("(d) paragraph deleted", [TOP, *FIXED[:3], FIXED[4]], {"typo", "split"}, "2026-05-01"),
]
#: The deleted paragraph's IDs and the passage each must land on instead
#: (the nearest surviving one before it, of the same kind).
DELETED = {"p4": current(P3, {"typo", "split"}), "p4-s1": "A full inspection had been scheduled for next spring."}
DELETED["p4-s2"] = DELETED["p4-s1"]


#: The passage's reading text, without the link and copy controls.
_SHOWN_TEXT = """el => { const c = el.cloneNode(true);
  c.querySelectorAll('.px-copy, .px-plink, .px-alias, .px-cp, .px-tip, .px-popover').forEach(x => x.remove());
  return c.textContent; }"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _export(root: Path) -> dict:
    data = json.loads((root / "site" / "data" / "analysis.json").read_text(encoding="utf-8"))
    (article,) = data["articles"]
    return article


def test_recorded_links_survive_four_edits(tmp_path, page, serve_site):
    port = _free_port()
    site_url = f"http://127.0.0.1:{port}/"
    root = make_project(tmp_path / "project")
    corpus = root / "seeds" / "bridge.txt"
    published: dict[str, str] = {}  # every ID ever published → its text then
    base = None
    for step, (what, paragraphs, fixes, day) in enumerate(VERSIONS):
        corpus.write_text(HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        result = build_project(root, site_url=site_url, today=day)
        assert not result.errors, [str(p) for p in result.errors]
        article = _export(root)
        if base is None:
            base = serve_site(root / "site", port)
        texts = {p["id"]: p["text"] for p in article["passages"]}
        retired = {r["id"]: r for r in article["retired"]}
        for pid, text in sorted(published.items()):
            page.goto("about:blank")
            page.goto(f"{base}{article['page']}#{pid}")
            target = page.wait_for_selector(".px-target", timeout=5000)
            landed = target.get_attribute("id")
            if pid in retired:
                assert step == 4 and pid in DELETED, (what, pid)
                expected = DELETED[pid]
                note = page.wait_for_selector(".px-retired-note", timeout=5000)
                assert "removed on 2026-05-01" in note.inner_text(), (what, pid)
            else:
                expected = current(text, fixes)
                assert page.locator(".px-retired-note").count() == 0, (what, pid)
            assert _flat(texts[landed]) == _flat(expected), (what, pid, landed)
            assert _flat(target.evaluate(_SHOWN_TEXT)) == _flat(expected), (what, pid)
            box = target.bounding_box()
            assert box and box["y"] >= 0 and box["y"] + min(box["height"], 400) <= 900, (what, pid, box)
            assert target.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
        for pid, text in texts.items():
            published.setdefault(pid, text)
    assert page.console_errors == []
    # The ledger the build committed to anchors/ says the same.
    ledger = (root / "anchors" / "bridge.txt").read_text(encoding="utf-8")
    assert re.search(r"^p4-s2 +removed 2026-05-01 -> p3-s2 ", ledger, re.M)
    assert len(published) == 18  # 11 first published, p6/p6-s1 (a), p3-s3 (c)… all still landing
