"""The warm-up article walks every annotation layer, so a running build loads everything once."""

from __future__ import annotations

from parallax.analysis import WARM_UP_TEXT, analyze, warm_up
from parallax.ingest import structure
from parallax.model import Article, Metadata


def test_warm_up_text_reaches_every_layer() -> None:
    warm_up()
    blocks, _, _ = structure(WARM_UP_TEXT)
    analysis = analyze(Article(id="w", source="w.txt", raw=WARM_UP_TEXT, meta=Metadata(), blocks=blocks))
    for layer in ("entities", "quotes", "sources", "artifacts"):
        assert analysis.layer(layer), f"the warm-up text yields no {layer}: that layer's lexicons would load on the first real edit"


def test_building_from_cached_analyses_never_imports_spacy() -> None:
    """Every step after the analysis (anchors, comparison, rendering, the
    export) reads finished analyses: a rebuild with everything cached must not
    pay for loading spaCy (about a second)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import parallax.anchors, parallax.build, parallax.compare, parallax.export, parallax.render, parallax.render.indexes\n"
        "import parallax.render.story, parallax.annotate._people, parallax.compare.features\n"
        "from parallax.compare.features import is_content\n"
        "assert not is_content('the') and is_content('harbour')  # the stop words, read without spaCy\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
