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
