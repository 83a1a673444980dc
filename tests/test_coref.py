"""Coref stage: the entities layer with what the quotes layer resolved.

Tables of invented strings for the two pure steps (speaker descriptions that
join the layer, organisations shown to be people), then the stage in the
pipeline: the quotes layer leaves the entities layer as it found it, and the
coref stage makes the final one.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from parallax import annotate, nlp
from parallax.annotate import coref, entities, quotes
from parallax.model import Article, Metadata, Span
from parallax.segment import segment


def article_of(text: str) -> Article:
    """An article whose paragraphs (blank-line separated) are all body text."""
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Span(pos, pos + len(part), "body"))
        pos += len(part) + 2
    return Article(id="t", source="t.txt", raw=text, meta=Metadata(title="t"), blocks=blocks)


def at(raw: str, needle: str, label: str, **attrs: str) -> Span:
    start = raw.index(needle)
    return Span(start, start + len(needle), label, dict(attrs))


def rows(raw: str, layer: list[Span]) -> list[tuple[str, str, dict]]:
    return [(e.text(raw), e.label, e.attrs) for e in layer]


SKIPPER = "Ilse Vogt owns the boat. “The nets came up empty,” said the skipper."
DESCRIBED = "“The ice is thin,” warned Ranger, pointing at the lake. Tomas Lind patrols it."
APPOSED = "Ilse Vogt, the skipper, sold the boat. “We had no choice,” said the skipper."

# (raw, entities layer, descriptions as (needle, person), the layer after)
DESCRIPTIONS = [
    # "the" is part of the mention, as the entities layer writes descriptors
    (
        SKIPPER,
        [at(SKIPPER, "Ilse Vogt", "PERSON", canonical="Ilse Vogt")],
        [("skipper", "Ilse Vogt")],
        [
            ("Ilse Vogt", "PERSON", {"canonical": "Ilse Vogt"}),
            ("the skipper", "PERSON", {"canonical": "Ilse Vogt", "mention": "descriptor", "resolved_by": "quote"}),
        ],
    ),
    # no article before it: the description as it stands; the role the layer knows is kept
    (
        DESCRIBED,
        [at(DESCRIBED, "Tomas Lind", "PERSON", canonical="Tomas Lind", role="ranger")],
        [("Ranger", "Tomas Lind")],
        [
            ("Ranger", "PERSON", {"canonical": "Tomas Lind", "mention": "descriptor", "resolved_by": "quote", "role": "ranger"}),
            ("Tomas Lind", "PERSON", {"canonical": "Tomas Lind", "role": "ranger"}),
        ],
    ),
    # the entities layer already has a span there: it stands
    (
        SKIPPER,
        [at(SKIPPER, "the skipper", "MISC", canonical="skipper")],
        [("skipper", "Ilse Vogt")],
        [("the skipper", "MISC", {"canonical": "skipper"})],
    ),
    # an apposition beside the name: the name says it
    (
        APPOSED,
        [at(APPOSED, "Ilse Vogt", "PERSON", canonical="Ilse Vogt")],
        [("skipper", "Ilse Vogt")],
        [
            ("Ilse Vogt", "PERSON", {"canonical": "Ilse Vogt"}),
            ("the skipper", "PERSON", {"canonical": "Ilse Vogt", "mention": "descriptor", "resolved_by": "quote"}),
        ],
    ),
    # the same description twice is one mention
    (
        SKIPPER,
        [],
        [("skipper", "Ilse Vogt"), ("skipper", "Ilse Vogt")],
        [("the skipper", "PERSON", {"canonical": "Ilse Vogt", "mention": "descriptor", "resolved_by": "quote"})],
    ),
    # nothing resolved: the layer as it is
    (SKIPPER, [at(SKIPPER, "Ilse Vogt", "PERSON", canonical="Ilse Vogt")], [], [("Ilse Vogt", "PERSON", {"canonical": "Ilse Vogt"})]),
]


def _find_last(raw: str, needle: str) -> tuple[int, int]:
    start = raw.rindex(needle)
    return start, start + len(needle)


@pytest.mark.parametrize(("raw", "layer", "described", "expected"), DESCRIPTIONS)
def test_with_descriptions(raw, layer, described, expected):
    before = [(e.start, e.end, e.label, dict(e.attrs)) for e in layer]
    given = [(*_find_last(raw, needle), person) for needle, person in described]
    assert rows(raw, coref.with_descriptions(raw, layer, given)) == expected
    assert [(e.start, e.end, e.label, e.attrs) for e in layer] == before  # never changed in place


def test_apposition_is_not_added():
    """The description right after the name is the name's apposition: not added
    (only the later "said the skipper" is, in the table above)."""
    first = APPOSED.index("skipper")
    layer = [at(APPOSED, "Ilse Vogt", "PERSON", canonical="Ilse Vogt")]
    assert rows(APPOSED, coref.with_descriptions(APPOSED, layer, [(first, first + len("skipper"), "Ilse Vogt")])) == [
        ("Ilse Vogt", "PERSON", {"canonical": "Ilse Vogt"})
    ]


KIN = "His sister Odval said so. Chief Engineer K. Ranjan agreed, and Ranjan left. The Harbour Board said nothing."
AS_PERSON = {"canonical": "", "mention": "name", "resolved_by": "quote"}

# (entities layer, organisations shown to be people, the labels and canonical names after)
UNMASKED = [
    # a name beside a kinship noun; a titled name with initials and its last word alone
    (
        [
            at(KIN, "Odval", "ORG", canonical="Odval"),
            at(KIN, "Chief Engineer K. Ranjan", "ORG", canonical="Chief Engineer K. Ranjan"),
            at(KIN, "Ranjan left", "ORG", canonical="Ranjan"),
            at(KIN, "The Harbour Board", "ORG", canonical="Harbour Board"),
        ],
        {"Odval": "Odval", "Chief Engineer K. Ranjan": "K. Ranjan"},
        [("PERSON", "Odval"), ("PERSON", "K. Ranjan"), ("PERSON", "K. Ranjan"), ("ORG", "Harbour Board")],
    ),
    # only organisations are relabelled
    ([at(KIN, "Odval", "PERSON", canonical="Odval")], {"Odval": "Odval"}, [("PERSON", "Odval")]),
    # nobody shown to be a person
    ([at(KIN, "Odval", "ORG", canonical="Odval")], {}, [("ORG", "Odval")]),
]


@pytest.mark.parametrize(("layer", "people", "expected"), UNMASKED)
def test_unmasked(layer, people, expected):
    before = [(e.label, dict(e.attrs)) for e in layer]
    out = coref.unmasked(layer, people)
    assert [(e.label, e.attrs["canonical"]) for e in out] == expected
    assert all(e.attrs == AS_PERSON | {"canonical": e.attrs["canonical"]} for e, old in zip(out, layer, strict=True) if e is not old)
    assert [(e.label, e.attrs) for e in layer] == before


def _context(text: str, layer: list[Span], notes: dict) -> annotate.Context:
    return annotate.Context(article_of(text), [], [], layers={"entities": layer, "quotes": []}, notes=notes)


def test_find_without_notes_keeps_the_layer():
    layer = [at(SKIPPER, "Ilse Vogt", "PERSON", canonical="Ilse Vogt")]
    out = coref.find(_context(SKIPPER, layer, {}))
    assert out == layer and out is not layer


def test_find_applies_both_steps():
    start, end = _find_last(KIN, "Odval")
    layer = [at(KIN, "Chief Engineer K. Ranjan", "ORG", canonical="Chief Engineer K. Ranjan")]
    notes = {"quotes": quotes.Discourse([(start, end, "Odval Bat")], {"Chief Engineer K. Ranjan": "K. Ranjan"})}
    assert [(e.text(KIN), e.label, e.attrs["canonical"]) for e in coref.find(_context(KIN, layer, notes))] == [
        ("Odval", "PERSON", "Odval Bat"),
        ("Chief Engineer K. Ranjan", "PERSON", "K. Ranjan"),
    ]
    assert layer[0].label == "ORG"


def test_a_stage_may_set_a_layer_again_only_if_it_requires_it(monkeypatch):
    first = SimpleNamespace(LAYER="a", REQUIRES=(), find=lambda ctx: [Span(0, 1, "X")])
    again = SimpleNamespace(LAYER="a", REQUIRES=(), find=lambda ctx: [])
    monkeypatch.setattr(annotate, "annotators", lambda: (first, again))
    with pytest.raises(RuntimeError, match="set again"):
        annotate.run(_context(SKIPPER, [], {}))
    refine = SimpleNamespace(LAYER="a", REQUIRES=("a",), STAGE="refine", find=lambda ctx: [])
    monkeypatch.setattr(annotate, "annotators", lambda: (first, refine))
    timings: dict[str, float] = {}
    ctx = annotate.Context(article_of(SKIPPER), [], [])
    assert annotate.run(ctx, timings=timings)["a"] == []
    assert set(timings) == {"layer:a", "layer:refine"}


# --- in the pipeline -----------------------------------------------------------


def _layers(text: str) -> tuple[list[Span], list[Span], str]:
    """(entities as the quotes layer leaves them, the final entities, raw)."""
    a = article_of(text)
    chunks = nlp.parse(a.raw, [(b.start, b.end) for b in a.blocks if b.label == "body"])
    ctx = annotate.Context(a, segment(a, chunks), chunks)
    ctx.layers["entities"] = first = entities.find(ctx)
    kept = [(e.start, e.end, e.label, dict(e.attrs)) for e in first]
    ctx.layers["quotes"] = quotes.find(ctx)
    assert ctx.layers["entities"] is first and [(e.start, e.end, e.label, e.attrs) for e in first] == kept
    return first, coref.find(ctx), a.raw


def test_speaker_description_joins_the_entities():
    """ "said the beekeeper", resolved through the discourse to Piotr Nowak, is a
    PERSON mention of him in the final entities layer (the entities layer runs
    first and cannot know it); an apposition beside the name is not added."""
    text = (
        "“The wells are dry,” said beekeeper Piotr Nowak.\n\n"
        "“We carry water in cans from the town,” said the beekeeper.\n\n"
        "Last year his neighbour, the beekeeper Jan Zielinski, lost half of his hives."
    )
    first, final, raw = _layers(text)
    assert [
        (e.text(raw).removeprefix("the "), e.attrs.get("canonical")) for e in final if e.label == "PERSON" and "beekeeper" in e.text(raw)
    ] == [("beekeeper", "Piotr Nowak")]
    assert not any(e.attrs.get("resolved_by") == "quote" for e in first)


def test_people_the_entities_layer_made_organisations_are_relabelled(monkeypatch):
    """A name beside a kinship noun and a name with initials after a title,
    tagged as organisations, are people in the final entities layer."""
    text = (
        "His wife Saruul, who also came to the depot, told that the goats were thin. “We keep the kids inside,” she said.\n\n"
        "District Collector M. Devi said: “Help will come.” Devi visited the depot on Tuesday."
    )
    spans = [("Saruul", "Saruul"), ("District Collector M. Devi", "District Collector M. Devi"), ("Devi visited", "Devi")]

    def fake(ctx):
        out = []
        for needle, canonical in spans:
            start = text.index(needle)
            out.append(Span(start, start + len(canonical), "ORG", {"canonical": canonical}))
        return out

    monkeypatch.setattr(entities, "find", fake)
    first, final, _ = _layers(text)
    assert [e.label for e in first] == ["ORG", "ORG", "ORG"]
    assert [(e.label, e.attrs.get("canonical")) for e in final] == [("PERSON", "Saruul"), ("PERSON", "M. Devi"), ("PERSON", "M. Devi")]
