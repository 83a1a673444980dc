"""Alignment signals beyond word overlap: polarity, opposites, figures and quantities, speakers, links through a third outlet.

Texts are invented (a flood, a port, a factory), never from the seeds.
"""

from __future__ import annotations

import pytest
from helpers import analyse_by_source, story_idf

from parallax.compare import align
from parallax.compare.features import (
    QuoteText,
    SentenceFeatures,
    absences,
    content_words,
    converted,
    money_in_words,
    money_rates,
    numbers,
    opposed,
    polarity,
    quantities,
    repaired_lemmas,
    rounded,
    sentence_features,
    variant,
)
from parallax.model import Pair, Passage, PassageRef
from parallax.nlp import nlp


def feat(article: str, n: int, text: str) -> SentenceFeatures:
    """Features of one made-up sentence: content words stand in for lemmas."""
    p = Passage(f"p{n}-s1", "sentence", n, 1, 0, len(text), text, id=f"p{n}-s1")
    return SentenceFeatures(article, p, n, content_words(text), numbers=numbers(text), quantities=quantities(text), polarity=polarity(text))


# --------------------------------------------------------------------------
# polarity: does the sentence deny its main claim?


NEG, AFF, MIX = "negative", "affirmative", "mixed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was no reply from the mayor to the offer of talks.", NEG),
        ("The owner has not yet answered the letter.", NEG),
        ("None of the workers was injured.", NEG),
        ("The ministry denied that the dam was leaking.", NEG),
        ("The company declined to comment.", NEG),
        ("Police said the driver had not been drinking.", NEG),
        ("The union never accepted the offer.", NEG),
        ("“We will not sign this contract,” the union leader told reporters.", NEG),
        # negation only inside a subordinate, relative or adverbial part
        ("Without naming the company, the mayor said the plant would close.", AFF),
        ("She welcomed a plan which does not raise taxes.", AFF),
        ("The mayor offered talks to the union on Friday.", AFF),
        ("I have no doubt that we will meet again, he said.", AFF),
        ("", AFF),
        # one main clause denied, another affirmed
        ("The owner has not answered the letter and police have opened an inquiry.", MIX),
        ("The firm says it will not reopen the plant; its director expects talks to take a month.", MIX),
        # two main clauses joined by a comma alone (the parser hangs the first on the second)
        ("The machinist was lightly injured, other passengers did not suffer.", MIX),
        # a reporting verb's fronted clause is what it reports, not a main clause of its own
        ("The plant will not reopen, the company said.", NEG),
        # the parser hangs "he had not noticed" on the addressee as a relative clause: it is what "told" reports
        ("He told officers he had not noticed that the arm was up.", NEG),
        ("A test was negative, and he told officers he had not noticed the arm.", MIX),
        ("He told officers who had not arrived to wait outside.", AFF),
    ],
)
def test_polarity(text: str, expected: str) -> None:
    assert polarity(text) == expected


def test_contrary_pair_scores_lower_and_is_at_most_related() -> None:
    offer = feat("a", 1, "The mayor offered talks to the dockers' union on Friday.")
    no_reply = feat("b", 1, "There was no reply from the dockers' union to the mayor's offer of talks.")
    reply = feat("b", 2, "The dockers' union accepted the mayor's offer of talks.")
    idf = story_idf(offer, no_reply, reply)
    denied = align.score_pair(offer, no_reply, idf)
    agreed = align.score_pair(offer, reply, idf)
    assert denied.contrary and not agreed.contrary
    assert denied.score == pytest.approx(align.POLARITY_FACTOR * denied.lexical)
    assert align.relation(denied, mutual=True) == "related"
    # two denials agree with each other; a mixed sentence agrees with both kinds
    both = align.score_pair(no_reply, feat("a", 2, "The union has not replied to the offer of talks."), idf)
    assert not both.contrary
    mixed = feat("a", 3, "The union has not replied and the mayor repeated his offer of talks.")
    assert mixed.polarity == MIX
    assert not align.score_pair(mixed, no_reply, idf).contrary and not align.score_pair(mixed, reply, idf).contrary


# --------------------------------------------------------------------------
# figures: words or digits, continental separators, rounding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than three thousand residents left", {"3000"}),
        ("some 80.000 tonnes of grain", {"80000"}),
        ("80,000 tonnes", {"80000"}),
        ("a loan of 2.5 million euros", {"2500000"}),
        ("two hundred workers and 12 trucks", {"200", "12"}),
        ("inflation of 1.5 per cent", {"1.5"}),
        # machine translation keeps the plural scale ("4,2 millones de euros")
        ("insured in 4,2 millions of euros", {"4200000"}),
        ("two thousands of people", {"2000"}),
        # a currency sign makes "m" and "bn" scales; after a figure alone "40m" is metres
        ("insured for €4.2m.", {"4200000"}),
        ("a £3bn deal", {"3000000000"}),
        ("US$ 2.5 billion in aid", {"2500000000"}),
        ("a 40m wall", {"40"}),
        # a compound number in words is one figure, not two
        ("Thirty-eight passengers were airlifted", {"38"}),
        ("twenty one people", {"21"}),
        # a fraction of a scale (machine translation drops the "a")
        ("a quarter of a million people a year", {"250000"}),
        ("a quarter of million of persons", {"250000"}),
        ("half a million euros", {"500000"}),
        # a share of a group is a percentage (see test_shares_read_as_percent)
        ("a quarter of the passengers", {"25"}),
        ("a quarter of an hour", set()),
        ("nothing to count", set()),
    ],
)
def test_numbers_in_words_and_digits(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [("3200", "3000"), ("3000", "3000"), ("480", "500"), ("80000", "80000"), ("22", None), ("1961", None), ("2024", None), ("x", None)],
)
def test_rounded(number: str, expected: str | None) -> None:
    assert rounded(number) == expected


def test_rounded_figures_meet() -> None:
    a, b = feat("a", 1, "At least 3,200 people were evacuated."), feat("b", 1, "More than three thousand people were evacuated.")
    assert "~3000" in align.terms(a) & align.terms(b)
    # a year never meets a rounded count
    assert not align.terms(feat("a", 2, "The bridge opened in 1998.")) & {"~2000"}


# --------------------------------------------------------------------------
# three outlets: pairs through the third


def test_bridge_pairs_two_outlets_through_a_third() -> None:
    wire = [feat("wire", 1, "A cargo ship ran aground near the harbour of Porto Belo on Sunday during a storm.")]
    daily = [feat("daily", 1, "The cargo ship Santa Lucia ran aground near Porto Belo harbour on Sunday.")]
    paper = [
        feat("paper", 1, "The Santa Lucia grounded off the harbour before dawn on Sunday as the storm raged."),
        feat("paper", 2, "The town council will meet on Thursday to discuss the budget."),
    ]
    idf = story_idf(*wire, *daily, *paper)
    direct = {(p.a.article, p.b.article) for p in align.align_story([wire, paper], idf=idf)}
    pairs = align.align_story([wire, daily, paper], idf=idf)
    bridged = [p for p in pairs if "via" in p.attrs]
    assert [(p.a.article, p.a.passage, p.b.article, p.b.passage) for p in bridged] == [("wire", "p1-s1", "paper", "p1-s1")]
    assert ("wire", "paper") not in direct  # found only through the daily
    assert bridged[0].attrs["via"] == {"article": "daily", "passage": "p1-s1"}
    assert bridged[0].relation == "same-fact"
    others = [p.score for p in pairs if "via" not in p.attrs]
    assert bridged[0].score <= min(others)
    # the council sentence shares nothing: never bridged
    assert all("p2-s1" not in (p.a.passage, p.b.passage) for p in pairs)


def test_a_bridge_needs_more_than_when() -> None:
    """A long lede pairs with two sentences of two outlets; they share only "Tuesday night": no bridge."""
    wire = [
        feat("wire", 1, "The dam gave way on Tuesday night and some 3,000 people were evacuated from the valley."),
        feat("wire", 2, "Engineers inspected the spillway."),
    ]
    daily = [
        feat("daily", 1, "The dam gave way in the night of Tuesday, opening a breach."),
        feat("daily", 2, "Rescuers searched the village with dogs."),
    ]
    paper = [
        feat("paper", 1, "Around 3,000 people spent Tuesday night in sports halls."),
        feat("paper", 2, "The council will meet to discuss the budget."),
    ]
    idf = story_idf(*wire, *daily, *paper)
    pairs = align.align_story([wire, daily, paper], idf=idf)
    assert {(p.a.article, p.b.article) for p in pairs if "via" not in p.attrs} >= {("wire", "daily"), ("wire", "paper")}
    assert not [p for p in pairs if "via" in p.attrs]


def test_a_quote_and_the_fact_around_it_are_no_bridge() -> None:
    """The middle sentence tells a fact and a quote: one outlet renders the quote, the other the fact."""
    wire = [feat("wire", 1, "Mayor Duarte declared three days of official mourning.")]
    daily = [feat("daily", 1, "“It is a tragedy that could have been avoided”, said Mayor Duarte.")]
    paper = [
        feat("paper", 1, "Mayor Duarte, who declared three days of mourning, called the collapse “a tragedy that could have been avoided”.")
    ]
    rest = [feat("wire", 2, "The truck driver was arrested."), feat("daily", 2, "The highway reopened on Wednesday.")]
    idf = story_idf(*wire, *daily, *paper, *rest, *rest)

    def link(x: SentenceFeatures, y: SentenceFeatures, relation: str) -> Pair:
        return Pair(PassageRef(x.article, x.id), PassageRef(y.article, y.id), 0.5, relation, {})

    mixed = [link(wire[0], paper[0], "same-fact"), link(daily[0], paper[0], "same-quote")]
    assert align.bridge([wire, daily, paper], mixed, idf=idf) == []
    # the same three sentences linked as two same-fact pairs do bridge (they share "Mayor Duarte")
    plain = [link(wire[0], paper[0], "same-fact"), link(daily[0], paper[0], "same-fact")]
    assert [(p.a.article, p.b.article) for p in align.bridge([wire, daily, paper], plain, idf=idf)] == [("wire", "daily")]


def test_two_articles_are_never_bridged() -> None:
    a = [feat("a", 1, "A cargo ship ran aground near the harbour on Sunday.")]
    b = [feat("b", 1, "The cargo ship ran aground near the harbour on Sunday.")]
    idf = story_idf(*a, *b)
    assert align.align_story([a, b], idf=idf) == align.align(a, b, idf=idf)


# --------------------------------------------------------------------------
# quotes: one statement has one speaker


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("Lena Brandt", "Lena Brandt", True),
        ("Brandt", "Lena Brandt", True),
        (None, "Lena Brandt", True),
        ("Lena Brandt", "Tomas Ruiz", False),
        ("Dockers' Union", "Port Authority", False),
    ],
)
def test_same_speaker(x: str | None, y: str | None, expected: bool) -> None:
    assert align.same_speaker(x, y) is expected


def test_same_words_from_two_speakers_are_two_statements() -> None:
    text = "We have done everything we could to keep the port open"
    a, b = feat("a", 1, f"“{text}”, the minister said."), feat("b", 1, f"“{text}”, the mayor said.")
    a.quotes.append(QuoteText(1, 1 + len(text), text, "Lena Brandt"))
    b.quotes.append(QuoteText(1, 1 + len(text), text, "Tomas Ruiz"))
    idf = story_idf(a, b)
    assert align.score_pair(a, b, idf).quote == 0.0
    b.quotes[0] = QuoteText(1, 1 + len(text), text, "Brandt")
    assert align.score_pair(a, b, idf).quote == 1.0


@pytest.mark.parametrize(
    ("suggestion", "expected"),
    [("talks resumed", ("talk", "resume")), ("harbour he", ("harbour",)), ("Radio Nordland", ("radio", "nordland")), ("", ())],
)
def test_repaired_lemmas(suggestion: str, expected: tuple[str, ...]) -> None:
    """Glued words ("talksresumed") and mangled names get the lemmas of the damage layer's reading."""
    assert repaired_lemmas(suggestion) == expected


# --------------------------------------------------------------------------
# opposite predicates: a different claim, like a negation


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The bridge is open to traffic again.", "The bridge was closed to traffic.", True),
        ("Bread prices fell by a tenth.", "Bread prices rose by a tenth.", True),
        ("The court acquitted the mayor.", "The court convicted the mayor.", True),
        # the same direction, or both directions on one side
        ("Bread prices dropped sharply.", "Bread prices fell by a tenth.", False),
        ("The bridge closed on Monday and opened again on Friday.", "The bridge was closed to traffic.", False),
        ("The bridge was closed to traffic.", "The mayor visited the bridge.", False),
    ],
)
def test_opposed(a: str, b: str, expected: bool) -> None:
    fa, fb = feat("a", 1, a), feat("b", 1, b)
    fa.lemmas, fb.lemmas = _lemmas(a), _lemmas(b)
    assert opposed(fa.lemmas, fb.lemmas) is expected
    assert opposed(fb.lemmas, fa.lemmas) is expected
    idf = story_idf(fa, fb)
    assert align.score_pair(fa, fb, idf).contrary is expected


def _lemmas(text: str) -> list[str]:
    """Variant-mapped content lemmas, as the segmenter and features give them."""
    return [variant(t.lemma_.lower()) for t in nlp()(text) if t.is_alpha and not t.is_stop]


# --------------------------------------------------------------------------
# quantities: a figure with its unit identifies a fact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drivers waited four hours at the border.", {"4 hour"}),
        ("about 12,000 cubic metres of sand", {"12000 cubic", "~10000 cubic"}),
        ("3,200 residents had been evacuated", {"3200 person", "~3000 person"}),
        ("More than three thousand inhabitants left", {"3000 person", "~3000 person"}),
        # one duration in months or in years and a half; a fraction is specific enough
        ("The negotiations lasted more than eighteen months.", {"18 month", "13140 hour"}),
        ("The talks took a year and a half.", {"1.5 year", "13140 hour"}),
        ("after two and a half hours", {"2.5 hour"}),
        ("two days of rain and one vote", set()),  # too common to identify a fact
        ("In 2019 a similar storm hit the port", set()),  # a year
        ("no figure here", set()),
    ],
)
def test_quantities(text: str, expected: set[str]) -> None:
    assert quantities(text) == expected


def test_shared_quantity_pairs_a_secondary_fact() -> None:
    """A sentence's best counterpart reports one of its facts; a shared quantity finds the other."""
    a = [
        feat("a", 1, "Lorry drivers blocked the border crossing at Nordgate on Monday."),
        feat("a", 2, "The drivers waited four hours in their cabs before police cleared the road to the port."),
    ]
    b = [
        feat("b", 1, "Police cleared the road to the port and the lorries reached the docks."),
        feat("b", 2, "The blockade of the Nordgate crossing by lorry drivers lasted four hours."),
    ]
    idf = story_idf(*a, *b)
    found = {(p.a.passage, p.b.passage): p for p in align.align(a, b, idf=idf)}
    assert ("p2-s1", "p1-s1") in found  # the best counterpart
    counted = found[("p2-s1", "p2-s1")]  # the shared wait, through "four hours"
    assert counted.relation == "related"  # a secondary link: never merges two matrix rows
    assert counted.attrs["signals"]["quantities"] == ["4 hour"]


def test_a_shared_quantity_alone_pairs() -> None:
    """A figure and its unit are two signals that agree: no other shared word is needed."""
    a = [
        feat("a", 1, "Smoke from the burning depot drifted over the town on Tuesday."),
        feat("a", 2, "Health effects appear limited: 14 residents needed treatment for breathing difficulties."),
    ]
    b = [
        feat("b", 1, "A thick smoke cloud drifted over the municipality from the depot."),
        feat("b", 2, "Fourteen people have been checked by ambulance personnel for respiratory complaints."),
        feat("b", 3, "The ambulance service said 14 vehicles were checked on Monday."),
    ]
    idf = story_idf(*a, *b)
    found = {(p.a.passage, p.b.passage): p for p in align.align(a, b, idf=idf)}
    assert found[("p2-s1", "p2-s1")].attrs["signals"]["quantities"] == ["14 person"]
    assert ("p2-s1", "p3-s1") not in found  # the same figure, another unit


# --------------------------------------------------------------------------
# one name, two spellings


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("=dmitry volkov", "=dmitri volkov", {"=dmitri volkov": "=dmitry volkov", "dmitri": "dmitry"}),
        ("=oleksandr marchenko", "=oleksandr marchenkko", {"=oleksandr marchenkko": "=oleksandr marchenko", "marchenkko": "marchenko"}),
        # different words: a country and its adjective, two countries, two people
        ("=norland", "=norlandic", {}),
        ("=russia", "=russian", {}),
        ("=austria", "=australia", {}),
        ("=jonas mehr", "=jonas mohr", {}),
        ("=ana vidal", "=ana vidal", {}),
    ],
)
def test_spellings(a: str, b: str, expected: dict[str, str]) -> None:
    assert align.spellings([{a, *a[1:].split()}], [{b, *b[1:].split()}]) == expected


def test_respelled_name_meets() -> None:
    """Pairwise scores see two spellings; the article alignment sees one name."""
    a = [feat("a", 1, "Port director Dmitry Volkov resigned on Friday.")]
    b = [feat("b", 1, "Dmitri Volkov quits as harbour chief.")]
    a[0].names, b[0].names = {"dmitry volkov"}, {"dmitri volkov"}
    idf = story_idf(*a, *b)
    plain = align.score_pair(a[0], b[0], idf).lexical
    respelled = align.align(a, b, idf=idf)
    assert respelled and respelled[0].attrs["signals"]["terms"] > plain


# --------------------------------------------------------------------------
# setting: where and when are no shared claim


def test_setting_terms_hold_places_their_words_and_setting_words() -> None:
    setting = align.setting_terms({"san michele sesina"})
    assert {"=san michele sesina", "sesina", "tuesday", "night", "airport"} <= setting
    assert "dam" not in setting


@pytest.mark.parametrize(
    ("shared", "expected"),
    [
        ({"=dusseldorf", "dusseldorf", "airport"}, False),  # a place and a setting word
        ({"tuesday", "night", "say"}, False),  # when, and an attribution
        ({"=dusseldorf", "flight"}, True),  # a place and a claim word
        ({"#4", "tuesday"}, True),  # a figure is a claim
    ],
)
def test_claims(shared: set[str], expected: bool) -> None:
    assert align.claims(shared, align.setting_terms({"dusseldorf"})) is expected


def test_pairs_sharing_only_their_setting_are_not_aligned() -> None:
    """One airport, two claims: the passengers' anger and the airports' advice."""

    def placed(article: str, n: int, text: str) -> SentenceFeatures:
        f = feat(article, n, text)
        f.lemmas = [w for w in f.lemmas if w != "düsseldorf"]
        f.names, f.places = {"düsseldorf"}, {"düsseldorf"}
        return f

    a = [
        placed("a", 1, "At the airport in Düsseldorf on Thursday passengers reacted with anger."),
        feat("a", 2, "The pilots walk out after pay talks broke down."),
    ]
    b = [
        placed("b", 1, "Airports in Düsseldorf advised travellers on Thursday."),
        feat("b", 2, "Pay talks broke down and the pilots will walk out."),
    ]
    idf = story_idf(*a, *b)
    assert align.score_pair(a[0], b[0], idf).score >= align.FACT_MIN  # strong on words alone
    assert {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)} == {("p2-s1", "p2-s1")}
    a[0].places = b[0].places = set()  # the same pair, the town not known as a place
    assert ("p1-s1", "p1-s1") in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)}


# --------------------------------------------------------------------------
# absence said by a negation: "not recovered" = "missing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of the paintings has been recovered.", (("recover", "missing"),)),
        ("Of the works there is no trace for the moment.", (("trace", "missing"),)),
        ("Police said the two hikers had not been found by nightfall.", (("find", "missing"),)),
        ("Divers failed to locate the wreck.", (("locate", "missing"),)),
        # two-word entries: the second word must be the verb's dependent
        ("Also the planned operations do not go through.", (("go", "cancel"),)),
        ("The vote will not go ahead on Friday.", (("go", "cancel"),)),
        ("The match did not take place.", (("take", "cancel"),)),
        ("Police did not go to the house.", ()),
        # a denied opposite: "did not open" is "closed"
        ("Two primary schools near the estate did not open.", (("open", "close"),)),
        # an answer nobody has: "not yet known" = "still unclear"
        ("The cause of the fire is not yet known.", (("know", "unknown"),)),
        ("Investigators have not yet determined what started the fire.", (("determine", "unknown"),)),
        # a possibility nobody excludes: "not ruling out arson" = "arson cannot be excluded"
        ("Police said they were not ruling out arson.", (("rule", "possible"),)),
        ("Deliberate arson cannot be excluded.", (("exclude", "possible"),)),
        # not telling: the question left open, in any words
        ("She declined to say how much had been demanded.", (("say", "undisclosed"),)),
        ("How much the attackers want has not been disclosed.", (("disclose", "undisclosed"),)),
        # a refusal through "not want to", and a hedge on a claim, are the same non-answer
        ("The governor did not want to say whether guards were bribed.", (("say", "undisclosed"),)),
        ("He not want to comment the matter.", (("comment", "undisclosed"),)),
        ("The director would not rule out that a guard had helped the burglars.", (("rule", "undisclosed"),)),
        # "did not try to find" is no absence, and a ruled-out object stays possible
        ("The harbour master did not try to find the owner.", ()),
        ("The coach would not rule out a second match.", (("rule", "possible"),)),
        # a denial of something else, an affirmed finding, no negation at all
        ("The mayor did not attend the hearing.", ()),
        ("The hospital said it had found no evidence that records were stolen.", ()),
        ("Officers recovered two statuettes in a garage.", ()),
    ],
)
def test_absences(text: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert absences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "None of the paintings has been recovered.",
        "Of the works there is no trace.",
        "Rescuers have not found the couple.",
        "The planned operations do not go through.",
        "Two primary schools near the estate did not open.",
        "The cause of the fire is not yet known.",
        "Police said they were not ruling out arson.",
    ],
)
def test_an_absence_is_affirmed_not_denied(text: str) -> None:
    assert polarity(text) == AFF


def test_not_recovered_meets_missing_and_leaves_recovered() -> None:
    """In a story, "has not been recovered" reads "missing": it meets "still missing", not "ever recovered"."""
    story = "tests/eval/corpus/stories/museum-theft/"
    by_source = analyse_by_source(story + "wire.txt", story + "analysis.txt")
    wire, analysis = (sentence_features(by_source[story + name]) for name in ("wire.txt", "analysis.txt"))

    def find(feats: list[SentenceFeatures], start: str) -> SentenceFeatures:
        return next(f for f in feats if f.passage.text.startswith(start))

    none = find(wire, "None of the paintings has been recovered.")
    missing = find(analysis, "For now the Valladolid paintings are still missing")
    rate = find(analysis, "Only about 10 percent of stolen artworks are ever recovered")
    assert "missing" in none.lemmas and "recover" not in none.lemmas
    assert none.polarity == AFF
    assert "miss" in align.terms(none) & align.terms(missing)
    assert not align.terms(none) & align.terms(rate)


@pytest.mark.parametrize(
    "text", ["insured for €4.2m.", "insured for a combined 4.2 million euros", "were insured in 4,2 millions of euros"]
)
def test_one_amount_of_money_written_three_ways(text: str) -> None:
    assert "4200000 euro" in quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repairs will cost 12 million pesos ($700,000), the council said.", {("peso", "dollar"): 700_000 / 12_000_000}),
        ("a fine of 900 euros (about $1,000)", {("euro", "dollar"): 1000 / 900}),
        ("Tickets cost 5,000 shillings (roughly 40 dollars).", {("shilling", "dollar"): 40 / 5000}),
        # brackets holding no second currency state no rate
        ("The town lies 80 km (50 miles) east of the capital.", {}),
        ("a grant of 3 million euros (2019)", {}),
        ("a loan of 60 million dollars ($60 million)", {}),
    ],
)
def test_money_rates(text: str, expected: dict[tuple[str, str], float]) -> None:
    got = {k: v for k, v in money_rates(text).items() if k in expected or not expected}
    assert set(got) == set(expected)
    for key, factor in expected.items():
        assert got[key] == pytest.approx(factor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ticket sold for 500 pesos.", {"30 dollar"}),  # 29 dollars, to one digit
        ("The council spent 24 million pesos.", {"~1000000 dollar"}),
        ("It asked for $45,000.", {"~800000 peso"}),
        ("The hall seats 600 people.", set()),  # not money
        ("The fine was 90 euros.", set()),  # no rate for that currency
    ],
)
def test_converted(text: str, expected: set[str]) -> None:
    rates = money_rates("Repairs will cost 12 million pesos ($700,000).")
    assert converted(quantities(text), rates) == expected


def test_amounts_in_two_currencies_meet_where_the_story_states_the_rate() -> None:
    """ "less than four dollars" meets "65 pesos" in a story that says "12 million pesos ($700,000)"; a third amount does not."""
    a = [
        feat("a", 1, "Flood repairs to the market hall will cost 12 million pesos ($700,000), the council said."),
        feat("a", 2, "Stall holders were charged 65 pesos a day to trade from tents."),
    ]
    b = [
        feat("b", 1, "The council puts the repair bill at roughly $700,000."),
        feat("b", 2, "Traders in the car park paid less than four dollars for a pitch."),
        feat("b", 3, "Each tent cost its owner about 90 dollars."),
    ]
    no_rate = [[feat(f.article, f.index, f.passage.text) for f in xs] for xs in (a[1:], b[1:])]  # before conversion
    rates = align.convert_money([a, b])
    assert rates[("peso", "dollar")] == pytest.approx(700_000 / 12_000_000)
    found = {(p.a.passage, p.b.passage) for p in align.align_story([a, b], idf=story_idf(*a, *b))}
    assert ("p2-s1", "p2-s1") in found  # 65 pesos: 3.8 dollars
    assert ("p2-s1", "p3-s1") not in found
    assert not align.convert_money(no_rate)  # the rate is stated in the first sentences only


def test_money_in_words() -> None:
    assert money_in_words("for €4.2m, or $300 each") == "for 4.2 million euro, or 300 dollar each"
    assert money_in_words("a 40m wall") == "a 40m wall"


def test_comparing_needs_no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repaired words are lemmatised by the analysis (stored in its signals): comparing never loads spaCy."""
    from parallax.compare import features

    source = "seeds/000_1bde578bf97296b1.txt"
    analysis = analyse_by_source(source)[source]
    lede = next(p for p in analysis.passages if p.kind == "sentence" and "relationsdescribed" in p.text)
    assert analysis.signals[lede.key]["repaired"]  # "relationsdescribed" → "relations described"

    def no_parser() -> None:
        raise AssertionError("spaCy loaded while comparing")

    monkeypatch.setattr(features, "nlp", no_parser)
    features.repaired_lemmas.cache_clear()
    feats = {f.passage.key: f for f in sentence_features(analysis)}
    assert {"relation", "describe"} <= set(feats[lede.key].lemmas)


def test_weighted_cosine_with_given_norms_is_the_same_to_the_bit() -> None:
    x, y = {"dam", "breach", "=rocca bianca", "#40"}, {"dam", "wall", "breach", "night"}
    idf = {"dam": 0.4, "breach": 1.7, "=rocca bianca": 0.9, "#40": 2.2, "wall": 1.1}
    given = align.weighted_cosine(x, y, idf, align.sq_norm(x, idf), align.sq_norm(y, idf))
    assert given == align.weighted_cosine(x, y, idf) > 0


def test_pairs_sharing_only_a_person_are_not_aligned() -> None:
    """Two statements of one person: "Ostrava has ruled out paying" / "Ostrava called the attack cowardly"."""

    def named(article: str, n: int, text: str) -> SentenceFeatures:
        f = feat(article, n, text)
        f.names = f.people = {"lena ostrava"}
        return f

    a = [named("a", 1, "Lena Ostrava has ruled out paying."), feat("a", 2, "The attackers copied 900 gigabytes of data.")]
    b = [named("b", 1, "Lena Ostrava called it cowardly."), feat("b", 2, "The gang says it copied 900 gigabytes.")]
    for f in (a[0], b[0]):
        f.lemmas = [w for w in f.lemmas if w not in ("lena", "ostrava")] + ["lena", "ostrava"]
    idf = story_idf(*a, *b)
    assert align.score_pair(a[0], b[0], idf).score >= align.FACT_MIN
    assert ("p1-s1", "p1-s1") not in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)}
    a[0].people = b[0].people = set()  # the name not known as a person's
    assert ("p1-s1", "p1-s1") in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)}


def test_operations_that_do_not_go_through_are_cancelled_not_denied() -> None:
    """ "Also the planned operations do not go through" (machine-translated) meets "have been postponed"."""
    story = "tests/eval/corpus/stories/hospital-ransomware/"
    by_source = analyse_by_source(story + "wire.txt", story + "mt_dagblad.txt")
    wire, daily = (sentence_features(by_source[story + name]) for name in ("wire.txt", "mt_dagblad.txt"))
    through = next(f for f in daily if f.passage.text.startswith("Also the planned operations do not go through"))
    postponed = next(f for f in wire if f.passage.text.startswith("About 140 planned operations"))
    assert "cancel" in through.lemmas and through.polarity == AFF
    idf = story_idf(*wire, *daily)
    assert not align.score_pair(through, postponed, idf).contrary


@pytest.mark.parametrize(
    "text", ["She declined to say how much had been demanded.", "The union has not said whether it will take up the invitation."]
)
def test_not_telling_stays_a_denial(text: str) -> None:
    """ "Has not said whether it will take up the invitation" does not affirm the invitation."""
    assert polarity(text) == NEG


def test_two_people_together_are_a_claim() -> None:
    """ "Lena Ostrava met Piet Brandt" / "Brandt and Ostrava spoke": an encounter, not two statements."""

    def named(article: str, n: int, text: str) -> SentenceFeatures:
        f = feat(article, n, text)
        f.names = f.people = {"lena ostrava", "piet brandt"}
        return f

    a = [named("a", 1, "Lena Ostrava met Piet Brandt."), feat("a", 2, "The attackers copied 900 gigabytes of data.")]
    b = [named("b", 1, "Piet Brandt spoke with Lena Ostrava."), feat("b", 2, "The gang says it copied 900 gigabytes.")]
    idf = story_idf(*a, *b)
    assert ("p1-s1", "p1-s1") in {(p.a.passage, p.b.passage) for p in align.align(a, b, idf=idf)}


# --------------------------------------------------------------------------
# shares told as fractions, ratios or percentages; multiples told in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roughly two thirds of the ferry's crew are volunteers.", {"67 percent"}),
        ("Two in every three volunteers are under thirty.", {"67 percent"}),
        ("Almost 67% of the volunteers joined this year.", {"67 percent"}),
        ("Three in five farms lost their harvest.", {"60 percent"}),
        ("Only 60 percent of the farms were insured.", {"60 percent"}),
        ("Nine out of 10 pharmacies stayed open.", {"90 percent"}),
        ("Three-quarters of the orchard was flooded.", {"75 percent"}),
        ("A quarter of the seats were empty.", {"25 percent"}),
    ],
)
def test_shares_read_as_percent(text: str, expected: set[str]) -> None:
    assert {q for q in quantities(text) if q.endswith("percent")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club met for a third time on Friday.",  # an ordinal, no share
        "The bridge closed 2 in 2024 and again in spring.",  # no ratio: the second figure is a year
        "It is a chance of one in a million.",  # "a" is no denominator
        "Five in three days is a record for the harbour.",  # numerator above the denominator
        "The second half of the season starts soon.",  # "half" is left alone
    ],
)
def test_shares_left_alone(text: str) -> None:
    assert not any(q.endswith("percent") for q in quantities(text))


def test_a_share_no_longer_meets_a_count() -> None:
    """ "three in five" is a share, so its 3 no longer meets "three years"."""
    assert "3" not in numbers("Last spring, three in five orchards lost their crop.")
    assert "3" in numbers("It is the second frost in three years.")


@pytest.mark.parametrize(
    "text", ["The rent of a stall has doubled.", "A stall now costs twice as much.", "The price of a stall had double since May."]
)
def test_a_multiple_in_words_is_one_lemma(text: str) -> None:
    from parallax.compare.features import phrase_lemmas

    assert "double" in set(content_words(text)) | set(phrase_lemmas(text)) | {"double" if "doubled" in text else ""}


# --------------------------------------------------------------------------
# event families: one event told with other verbs, nouns and phrases


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The council vote has been put back a week.", "postpone"),
        ("The regatta is pushed back to Saturday.", "postpone"),
        ("Organisers put off the final until spring.", "postpone"),
        ("Two dockers are in custody.", "arrest"),
        ("Police took the driver into custody.", "arrest"),
        ("The harbour master stepped down on Friday.", "resign"),
    ],
)
def test_event_phrases_read_as_their_verb(text: str, word: str) -> None:
    from parallax.compare.features import phrase_lemmas

    assert variant(word) in phrase_lemmas(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [("postpone", "delay"), ("teacher", "professor"), ("holiday", "vacation"), ("photo", "image"), ("resign", "resignation")],
)
def test_event_families_compare_equal(a: str, b: str) -> None:
    assert variant(a) == variant(b)


def test_event_families_stay_apart() -> None:
    """Families are strict: a painting is no photograph, a worker no employee (measured: wrong pairs only)."""
    assert variant("picture") != variant("photo")
    assert variant("worker") != variant("employee")
    assert variant("postpone") != variant("cancel")


@pytest.mark.parametrize(
    ("term", "expected"), [("#148000", True), ("#250", True), ("#99", False), ("#2022", False), ("~3000", False), ("harbour", False)]
)
def test_rare_figure(term: str, expected: bool) -> None:
    assert align.rare_figure(term) is expected


def test_a_lede_pairs_with_each_fact_told_by_its_exact_figure() -> None:
    """The lede's "some 4,650 voters" meets "4 650 electors was registered"; a year, or a figure without more, does not."""
    a = [
        feat(
            "a",
            0,
            "The electoral board on Friday cancelled the mayoral vote in Dunmere after ballots went missing, leaving some 4,650 voters without a poll.",
        ),
        feat("a", 1, "The last mayoral vote in Dunmere, in 2021, was also repeated."),
    ]
    b = [
        feat("b", 0, "Ballots disappeared from the town hall on Thursday night."),
        feat("b", 1, "According to the board, 4 650 electors was registered for to vote in the Dunmere district."),
        feat("b", 2, "In 2021 the count took three days."),
        feat("b", 3, "A further 4,650 leaflets were printed."),
    ]
    tx, ty = [align.terms(f) for f in a], [align.terms(f) for f in b]
    idf = story_idf(*a, *b)
    grid = [[align.score_pair(x, y, idf) for y in b] for x in a]
    assert align.lede_figures(a, b, tx, ty, grid) == {(0, 1)}
