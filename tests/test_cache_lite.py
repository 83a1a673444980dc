"""The lite copy of a cached analysis (``parallax.cache``) must read back as the
JSON entry reads back, field for field, with the sentence signals loaded from
the entry on first use; anything doubtful is a fall back to the entry."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from parallax import cache as cache_mod
from parallax.cache import AnalysisCache, LazyAnalysis
from parallax.model import Article, ArticleAnalysis, Metadata, Passage, Span

RAW = "Harbour talks resume\n\nThe ferry union met the port board on Tuesday. \u201cWe want a deal,\u201d said Ona Vell.\n"


def _analysis(raw: str = RAW) -> ArticleAnalysis:
    article = Article(id="harbour", source="seeds/harbour.txt", raw=raw, meta=Metadata(title="Harbour talks resume"), sha256="ab" * 32)
    body = raw.index("The")
    end = raw.index("\n", body)
    first = raw.index(".", body) + 1
    passages = [
        Passage("p1", "paragraph", 1, 0, body, end, raw[body:end]),
        Passage("p1-s1", "sentence", 1, 1, body, first, raw[body:first], lemmas=["ferry", "union", "meet"]),
        # A passage whose text is not the raw slice (kept as is in the lite copy).
        Passage("p1-s2", "sentence", 1, 2, first + 1, end, "normalised text", aliases=["old-id"], lemmas=["deal"]),
    ]
    layers = {
        "entities": [Span(body + 4, body + 15, "ORG", {"canonical": "ferry union", "parts": ("a", "b"), "n": 2})],
        "quotes": [Span(first + 1, end, "QUOTE", {"speaker": "Ona Vell", "score": 0.75, "none": None, "flag": True})],
        "sources": [],
        "artifacts": [Span(0, 4, "glued", {"nested": {"k": [1, 2.5]}})],
    }
    signals = {"p1-s1": {"text": raw[body:first], "polarity": "affirmative", "denied": [], "pieces": []}}
    return ArticleAnalysis(article, passages, layers, word_count=14, signals=signals, terms={"ferry": 2.5, "union": 1.0})


def _as_json(analysis: ArticleAnalysis) -> ArticleAnalysis:
    return ArticleAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict())))


def test_the_lite_copy_reads_back_as_the_json_entry(tmp_path: Path) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    store.put(analysis)
    lite = store.get_lite(analysis.article)
    assert isinstance(lite, LazyAnalysis)
    full = store.get(analysis.article)
    assert full == _as_json(analysis)
    for name in ("passages", "layers", "word_count", "retired", "terms"):
        assert getattr(lite, name) == getattr(full, name), name
    assert lite.article is analysis.article
    # Tuples in attrs come back as the JSON entry gives them (lists).
    assert lite.layers["entities"][0].attrs["parts"] == ["a", "b"]
    assert lite.signals == full.signals == analysis.signals
    assert lite == full and full == lite
    assert lite.to_dict() == full.to_dict()
    assert pickle.loads(pickle.dumps(lite)) == full


def test_signals_are_read_only_when_asked_for(tmp_path: Path) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    store.put(analysis)
    lite = store.get_lite(analysis.article)
    assert lite is not None
    entry = cache_mod.entry_path(tmp_path, cache_mod.key(analysis.article))
    entry.unlink()  # from now on only the lite copy is there
    lite.signals = {"p1": {"set": True}}  # setting needs no reading
    assert lite.signals == {"p1": {"set": True}}


def test_an_entry_spoilt_after_its_lite_copy_was_read_says_so(tmp_path: Path) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    store.put(analysis)
    lite = store.get_lite(analysis.article)
    assert lite is not None
    cache_mod.entry_path(tmp_path, cache_mod.key(analysis.article)).write_text("{", encoding="utf-8")
    with pytest.raises(RuntimeError, match="delete the cache folder"):
        _ = lite.signals


def test_a_missing_lite_copy_is_written_from_the_entry(tmp_path: Path) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    store.put(analysis)
    lites = sorted(tmp_path.rglob("*.lite"))
    assert len(lites) == 1
    lites[0].unlink()
    first = store.get_lite(analysis.article)
    assert first is not None and not isinstance(first, LazyAnalysis)
    assert sorted(tmp_path.rglob("*.lite")) == lites
    again = store.get_lite(analysis.article)
    assert isinstance(again, LazyAnalysis) and again == first


@pytest.mark.parametrize("damage", ["garbage", "other-raw", "no-entry", "old-format"])
def test_a_doubtful_lite_copy_is_never_used(tmp_path: Path, damage: str) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    store.put(analysis)
    lite_path = next(tmp_path.rglob("*.lite"))
    entry = cache_mod.entry_path(tmp_path, cache_mod.key(analysis.article))
    if damage == "garbage":
        lite_path.write_bytes(b"\x00not marshal")
    elif damage == "other-raw":
        import marshal

        data = marshal.loads(lite_path.read_bytes())
        data["raw"] = cache_mod.raw_digest(RAW + "x")
        lite_path.write_bytes(marshal.dumps(data))
    elif damage == "old-format":
        import marshal

        data = marshal.loads(lite_path.read_bytes())
        data["format"] = -1
        lite_path.write_bytes(marshal.dumps(data))
    else:
        entry.unlink()
    got = store.get_lite(analysis.article)
    if damage == "no-entry":
        assert got is None  # the lite copy alone is not an entry
    else:
        assert got == _as_json(analysis) and not isinstance(got, LazyAnalysis)


def test_a_value_marshal_cannot_hold_reads_back_as_json_gives_it(tmp_path: Path) -> None:
    analysis = _analysis()
    store = AnalysisCache(tmp_path)
    # A value JSON writes as text but marshal refuses (a subclass of str).
    analysis.layers["sources"] = [Span(0, 4, "agency", {"name": type("Name", (str,), {})("Reuters")})]
    store.put(analysis)
    assert store.get_lite(analysis.article) == _as_json(analysis)


@pytest.mark.parametrize(
    ("value", "faithful"),
    [
        ({"canonical": "Ona Vell", "n": 2, "score": 0.5, "flag": False, "none": None}, True),
        ({"parts": ["a", ["b", {"c": 1}]]}, True),
        ({"parts": ("a", "b")}, False),  # JSON gives a list
        ({1: "one"}, False),  # JSON gives the key as text
        ({"name": type("Name", (str,), {})("Reuters")}, False),
        ({"when": {"year": 2026, "nested": [{"ok": True}, {"bad": {2}}]}}, False),
    ],
)
def test_json_faithful_says_whether_json_gives_a_value_back_unchanged(value: object, faithful: bool) -> None:
    assert cache_mod._json_faithful(value) is faithful
    try:
        same = json.loads(json.dumps(value)) == value and cache_mod._json_faithful(json.loads(json.dumps(value)))
    except TypeError:  # JSON cannot even write it
        same = False
    assert same is faithful or not faithful


def test_a_fresh_build_after_an_edit_reads_only_the_changed_story_in_full(tmp_path: Path) -> None:
    """Unchanged articles outside the edited story come from their lite copies:
    their JSON entries are never parsed (here they are not even JSON), and
    the build still gives the bytes of a build without any cache."""
    import shutil

    from helpers import build_project, make_project

    from parallax import synth

    root = make_project(tmp_path / "p")
    synth.write_corpus(root / "seeds", synth.generate(6, 3, seed=3, words=150))
    cache_dir = tmp_path / "cache"
    first = build_project(root, mkdocs=False, cache_dir=cache_dir, jobs=1)
    assert not first.errors, first.errors
    reference = tmp_path / "reference"
    shutil.copytree(root, reference, symlinks=True)
    edited = sorted((root / "seeds").glob("*.txt"))[0]
    for project in (root, reference):
        path = project / "seeds" / edited.name
        path.write_text(path.read_text(encoding="utf-8").replace("\n\n", "\n\nA line added after publication.\n\n", 1), encoding="utf-8")
    edited_id = next(a.article.id for a in first.analyses if a.article.source.endswith("/" + edited.name))
    story = next(s for s in first.stories if edited_id in s.articles)
    gone = [a for a in first.analyses if a.article.id not in story.articles]
    assert gone, "the corpus has more than the edited story"
    for a in gone:
        cache_mod.entry_path(cache_dir, cache_mod.key(a.article)).write_text("not JSON: never read", encoding="utf-8")
    again = build_project(root, mkdocs=False, cache_dir=cache_dir, jobs=1)
    assert not again.errors, again.errors
    assert again.cached == len(again.analyses) - 1
    full = build_project(reference, mkdocs=False, cache_dir=None, jobs=1)
    assert again.pages == full.pages
    assert (root / "docs" / "data" / "analysis.json").read_bytes() == (reference / "docs" / "data" / "analysis.json").read_bytes()
