"""Many-to-one and figures written differently: clauses, quotes as pieces, times, units, dimensions, derivations.

Texts are invented (a flood, a strike, a harbour), never from the seeds or the gold stories.
"""

from __future__ import annotations

import pytest
from helpers import story_idf

from parallax.compare import align
from parallax.compare.features import (
    Clause,
    SentenceFeatures,
    clause_bounds,
    conflicting,
    content_words,
    denied_lemmas,
    dimensions,
    numbers,
    opposed,
    polarity,
    quantities,
    quote_pieces,
    stem,
    times,
    variant,
    without_times,
)
from parallax.model import Passage
from parallax.nlp import nlp

# --------------------------------------------------------------------------
# clauses of a long sentence


LONG = (
    "When the harbour wall at Porto Lindo collapsed shortly after dawn on Friday, it pushed a wave through the fishing"
    " quarter of Santa Irene, where coastguards had to lift 23 people from their boats."
)


def test_clause_bounds_split_a_long_sentence_at_clause_boundaries() -> None:
    pieces = [LONG[s:e] for s, e, _ in clause_bounds(LONG)]
    assert pieces == [
        "When the harbour wall at Porto Lindo collapsed shortly after dawn on Friday,",
        "it pushed a wave through the fishing quarter of Santa Irene,",
        "where coastguards had to lift 23 people from their boats.",
    ]
    assert "coastguard" in clause_bounds(LONG)[2][2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subordinating conjunction opens a clause ("before midnight", a preposition, does not)
        (
            "The old harbour wall at Porto Lindo collapsed shortly before midnight on Friday because the port authority had not repaired"
            " it after the winter storms.",
            [
                "The old harbour wall at Porto Lindo collapsed shortly before midnight on Friday",
                "because the port authority had not repaired it after the winter storms.",
            ],
        ),
        (
            "A night watchman found the gate of the boatyard at Porto Lindo forced open at about six in the morning when he began his"
            " patrol of the yard.",
            [
                "A night watchman found the gate of the boatyard at Porto Lindo forced open at about six in the morning",
                "when he began his patrol of the yard.",
            ],
        ),
        # a relative clause inside the subject ends before the main verb's part
        (
            "The divers who searched the flooded quarter of Santa Irene through the night found two fishermen alive on a roof at dawn.",
            [
                "The divers who searched the flooded quarter of Santa Irene through the night",
                "found two fishermen alive on a roof at dawn.",
            ],
        ),
    ],
)
def test_clause_bounds_split_before_subordinate_clauses(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in clause_bounds(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harbour wall collapsed on Friday.",  # short: never split
        # an apposition ("The mayor, Ana Rui,") has no verb: it stays with its clause
        "The mayor, Ana Rui, had asked the port authority last spring to repair the harbour wall before the winter storms arrived.",
    ],
)
def test_clause_bounds_give_nothing_for_short_or_unsplit_sentences(text: str) -> None:
    assert clause_bounds(text) == ()


def test_quote_pieces_keep_the_quote_alone() -> None:
    text = 'The governor said, weeping, she had seen "the wave take the old lighthouse of the port".'
    start = text.index("the wave")
    end = text.index('".')
    ((s, e, lemmas),) = quote_pieces(text, start, end)
    assert (s, e) == (start, end)
    assert {"wave", "lighthouse", "port"} <= set(lemmas) and "mayor" not in lemmas
    assert quote_pieces('She said "no comment".', 10, 20) == ()  # too short to compare on its own


def feat(article: str, n: int, text: str, clauses: list[Clause] | None = None) -> SentenceFeatures:
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    f = SentenceFeatures(
        article, p, n - 1, content_words(text), numbers=numbers(text), quantities=quantities(text), polarity=polarity(text)
    )
    f.clauses = clauses or []
    return f


def clauses_of(text: str) -> list[Clause]:
    out = []
    for s, e, _ in clause_bounds(text):
        piece = text[s:e]
        out.append(Clause(s, e, tuple(content_words(piece)), frozenset(), frozenset(numbers(piece)), frozenset(quantities(piece))))
    return out


def test_a_long_sentence_pairs_with_each_short_one_it_covers() -> None:
    """One analysis sentence tells three facts that a wire reports in three sentences: each one is paired."""
    a = [feat("analysis", 1, LONG, clauses_of(LONG))]
    b = [
        feat("wire", 1, "The harbour wall at Porto Lindo collapsed early on Friday, the port authority said."),
        feat("wire", 2, "Water flooded the fishing quarter of Santa Irene, home to about 900 families."),
        feat("wire", 3, "Coastguards lifted 23 people from their boats during the morning."),
        feat("wire", 4, "Ferry services to the islands were suspended until Sunday."),
    ]
    idf = story_idf(*a, *b)
    paired = {p.b.passage for p in align.align(a, b, idf=idf)}
    assert paired == {"p1-s1", "p2-s1", "p3-s1"}


# --------------------------------------------------------------------------
# evidence: distinct shared things


@pytest.mark.parametrize(
    ("shared", "expected"),
    [
        ({"=santa irene", "santa", "iren"}, 1),  # one name, counted once with its words
        ({"#23", "23", "boat"}, 2),  # a figure written two ways, and a word
        ({"=ana rui", "ana", "rui", "say"}, 1),  # a reporting verb is no evidence
        # nor the nouns of an attribution ("local health officials said" /
        # "according to the health authority": authority = official)
        ({"health", "official", "say"}, 1),
        ({"child", "official", "spokesman", "sourc"}, 1),
        (set(), 0),
    ],
)
def test_evidence(shared: set[str], expected: int) -> None:
    assert align.evidence(shared) == expected


def test_evidence_counts_the_words_of_a_known_name_once() -> None:
    """The entity layer missed the name in one sentence: its words still make one thing."""
    assert align.evidence({"porto", "lindo"}) == 2
    assert align.evidence({"porto", "lindo"}, known={"porto lindo", "santa irene"}) == 1
    # a word belongs to the shared name first, not to a longer known one
    assert align.evidence({"=santa irene", "santa", "iren"}, known={"santa irene", "santa irene harbour"}) == 1


# --------------------------------------------------------------------------
# figures written differently


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wall broke at around 10.15 p.m., officials said.", {"22:15", "~22"}),
        ("The wall gave way at 22.15 on Friday.", {"22:15", "~22"}),
        ("The strike begins at 06:00 on Monday.", {"06:00", "~6"}),
        ("Work stops from Monday, 0.01 o'clock.", {"00:01", "~0"}),
        ("It happened shortly before midnight.", {"00:00", "~0"}),
        # machine translation keeps the article of "alle 14.40", "vers les 14.40"
        ("The plant stopped around the 14.40.", {"14:40", "~15"}),
        ("The operations ended towards the 21.30.", {"21:30", "~22"}),
        # "18h40": the Portuguese and French clock sign
        ("The collapse happened around 18h40, in the hour of rush.", {"18:40", "~19"}),
        ("The session opens at 9H05.", {"09:05", "~9"}),
        ("A 24h service and the 4x100 relay.", set()),  # a duration, no minutes
        # in words; the part of the day sets a.m./p.m.
        ("The fire arose around quarter past three in the night.", {"03:15", "~3"}),
        ("The talks ended at half past ten in the evening.", {"22:30", "~22"}),
        ("The train left at a quarter to five.", {"04:45", "~5"}),
        ("Voting closes at nine o'clock.", {"09:00", "~9"}),
        ("They sentenced him to five to ten years.", set()),  # a range, not "9:55"
        ("a quarter of a million people", set()),
        ("The index stood near the 14.40 mark.", set()),  # "the" alone is no clock sign
        ("Shares fell 2.10% on Friday.", set()),  # a figure, not a time
        ("The rate rose to 4.25 per cent.", set()),
        ("No time in here at all.", set()),
    ],
)
def test_times(text: str, expected: set[str]) -> None:
    assert times(text) == expected


def test_a_time_is_not_also_a_figure() -> None:
    assert numbers(without_times("The wall gave way at 22.15, flooding 40 homes.")) == {"40"}
    assert numbers(without_times("It began at quarter past three with 40 firefighters.")) == {"40"}
    assert numbers(without_times("The bridge fell at 18h40, killing 2 people.")) == {"2"}


def test_a_clock_word_is_no_content_word() -> None:
    from parallax.compare.features import is_content

    assert not is_content("18h40") and is_content("highway")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a crack some 12 metres long", {"12 metre"}),
        ("a crack of about twelve meters", {"12 metre"}),
        ("the town lies 8 km away", {"8 kilometre"}),
        ("eight kilometers further down", {"8 kilometre"}),
        ("in 48 hours", {"48 hour"}),
        ("for two days", set()),  # "two" is too common to identify anything
        ("over three days", {"3 day", "72 hour"}),  # a duration also in hours
        ("more than 300 millimeters of rain", {"300 millimetre", "~300 millimetre"}),
        ("a 7% pay rise", {"7 percent"}),  # "%", "per cent" and "percent" are one unit
        ("by 7 per cent", {"7 percent"}),
        ("seven percent more", {"7 percent"}),
        ("had offered 4,5 percent", {"4.5 percent"}),  # a decimal comma, not 45
        ("3,200 residents left", {"3200 person", "~3000 person"}),  # people, residents, inhabitants: persons
        ("three thousand people left", {"3000 person", "~3000 person"}),
    ],
)
def test_quantities_with_units_written_differently(text: str, expected: set[str]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a crack 12 metres long", "a 12-metre-high wall", True),  # one figure, two dimensions
        ("a crack 12 metres long", "a crack of 12 metres", False),
        ("a crack 12 metres long", "a wall 12 metres long", False),
    ],
)
def test_dimensions_conflict(a: str, b: str, expected: bool) -> None:
    assert conflicting(set(), set(), dimensions(a), dimensions(b)) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("released 3 million cubic metres of water", "holds 7.5 million cubic metres of water", True),
        ("a town of 900 people", "about 2,500 people were evacuated", True),
        ("3,200 people were evacuated", "about 3,000 people left", False),  # rounded, one figure
        ("3,200 people were evacuated", "the wall is 12 metres long", False),  # nothing counted twice
    ],
)
def test_conflicting_quantities(a: str, b: str, expected: bool) -> None:
    assert conflicting(quantities(a), quantities(b)) is expected


# --------------------------------------------------------------------------
# derivations and denied antonyms


@pytest.mark.parametrize(
    ("a", "b"),
    [("investigation", "investigate"), ("negotiator", "negotiation"), ("missing", "miss"), ("evacuation", "evacuate")],
)
def test_stem_joins_a_noun_and_its_verb(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("station", "state"), ("billion", "bill"), ("union", "unite")])
def test_stem_keeps_short_and_scale_words_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "will not accept" is "reject": the same claim
        ("The dockers will not accept the offer.", "The dockers would reject the deal.", False),
        ("The dockers accepted the offer.", "The dockers rejected the offer.", True),
        ("The dockers did not accept the offer.", "The dockers did not reject the offer.", True),
    ],
)
def test_denied_antonyms_agree(a: str, b: str, expected: bool) -> None:
    la, lb = ([variant(t.lemma_.lower()) for t in nlp()(x)] for x in (a, b))
    assert opposed(la, lb, denied_lemmas(a), denied_lemmas(b)) is expected


def test_a_promise_reports_its_clause() -> None:
    # "promised that no one … and said …": the reported clause and the conjoined one both count
    assert polarity("The minister promised that no family would be left alone and said she would ask for funds.") == "mixed"


def test_denial_reaches_through_going_to() -> None:
    assert "accept" in denied_lemmas("We are not going to accept any offer below inflation, the union said.")
    assert denied_lemmas("We accept the offer.") == frozenset()


# --------------------------------------------------------------------------
# ledes and weak pairs


def test_two_ledes_sharing_two_things_are_paired() -> None:
    """The first sentences of two articles tell the story's core fact, in different words (scored 0.09 here)."""
    a = [
        feat(
            "wire",
            1,
            "Part of the harbour wall at Porto Lindo gave way late on Friday after a week of storms, flooding the fishing"
            " quarter and forcing hundreds of families from their homes.",
        ),
        feat("wire", 2, "Coastguards lifted 23 people from boats."),
    ]
    b = [
        feat(
            "mt", 1, "A section of the pier has yielded in the night between Friday and Saturday, at the height of the tempest in the port."
        ),
        feat("mt", 2, "The coastguard recovered 23 persons from the sea."),
    ]
    idf = story_idf(*a, *b)
    assert {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)} == {("p1-s1", "p1-s1"), ("p2-s1", "p2-s1")}


def test_a_weak_pair_sharing_only_a_place_is_dropped() -> None:
    a = [
        feat("analysis", 1, "For the fishermen of Santa Irene, the inquiry can wait."),
        feat("analysis", 2, "The coastguards lifted 23 people from their boats."),
    ]
    b = [
        feat("mt", 1, "The coastguard recovered 23 persons from the sea."),
        feat("mt", 2, "The mayor of Santa Irene wept in front of the old lighthouse."),
    ]
    for f in a + b:
        f.names = {"santa irene"} if "Santa Irene" in f.passage.text else set()
    idf = story_idf(*a, *b)
    assert align.score_pair(a[0], b[1], idf).score >= align.RELATED_MIN  # each other's best, sharing one name only
    assert {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)} == {("p2-s1", "p1-s1")}


# --------------------------------------------------------------------------
# gap pairs: unpaired sentences between paired neighbours

GAP_A = [
    "A ferry ran aground off the island of Mirel on Tuesday with 240 passengers aboard.",
    "The harbour master also asked for checks on every vessel that serves the islands.",
    "All passengers were brought ashore by lifeboats within three hours.",
]
GAP_B = [
    "The ferry with 240 passengers touched the ground near Mirel on Tuesday.",
    "The port captain has demanded a control of the whole fleet serving the islands on Tuesday.",
    "The lifeboats brought all the passengers to the coast within three hours.",
]


def gap_pairs(a_texts: list[str], b_texts: list[str], paired: set[tuple[int, int]]) -> set[tuple[int, int]]:
    from parallax.model import Pair, PassageRef

    a = [feat("a", n + 1, t) for n, t in enumerate(a_texts)]
    b = [feat("b", n + 1, t) for n, t in enumerate(b_texts)]
    pairs = [Pair(PassageRef("a", a[i].id), PassageRef("b", b[j].id), 0.5, "same-fact", {}) for i, j in sorted(paired)]
    found = align.sandwiched([a, b], pairs, idf=story_idf(*a, *b))
    index = {f.id: k for k, f in enumerate(a)}  # both articles number their sentences alike
    return {(index[p.a.passage], index[p.b.passage]) for p in found}


@pytest.mark.parametrize(
    ("b_middle", "paired", "expected"),
    [
        # both neighbours paired, the two middle sentences share a claim word ("island"): one gap, one fact
        (GAP_B[1], {(0, 0), (2, 2)}, {(1, 1)}),
        # a neighbour unpaired: no gap to fill
        (GAP_B[1], {(0, 0)}, set()),
        # the middle sentence already has a counterpart
        (GAP_B[1], {(0, 0), (2, 2), (1, 0)}, set()),
        # only the setting shared ("on Tuesday"): two claims
        ("The captain was questioned by the police on Tuesday.", {(0, 0), (2, 2)}, set()),
        # nothing shared
        ("Weather was calm.", {(0, 0), (2, 2)}, set()),
    ],
)
def test_sandwiched_pairs_fill_a_one_sentence_gap(b_middle: str, paired: set[tuple[int, int]], expected: set[tuple[int, int]]) -> None:
    assert gap_pairs(GAP_A, [GAP_B[0], b_middle, GAP_B[2]], paired) == expected


def test_a_gap_pair_may_share_only_when_if_it_shares_it_strongly() -> None:
    """Between paired neighbours, "It reopened on Wednesday afternoon" and a translation's
    "The liberation happened in the afternoon of Wednesday" tell one fact in the words of the
    setting alone (terms score from FACT_MIN); a weak share of the setting stays two claims."""
    a = [GAP_A[0], "It reopened on Wednesday afternoon.", GAP_A[2]]
    b = [GAP_B[0], "The liberation of the lanes happened in the afternoon of Wednesday.", GAP_B[2]]
    assert gap_pairs(a, b, {(0, 0), (2, 2)}) == {(1, 1)}
    weak = [GAP_B[0], "The captain was questioned by detectives about the missing logbook and the radio messages on Wednesday.", GAP_B[2]]
    assert gap_pairs(a, weak, {(0, 0), (2, 2)}) == set()
