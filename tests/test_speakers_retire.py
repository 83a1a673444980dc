"""Speakers on text nobody tuned on (batches H, I, J retired to dev): names a
translation left in lowercase, bodies named by portfolios joined with "and",
capitalised titles opening a sentence, anonymous descriptors. Invented strings.
"""

from __future__ import annotations

import pytest
from test_quotes import article_of, quote_spans, quotes_of

from parallax.annotate import entities

SPEAKERS = [
    # a given name left in lowercase before the capitalised surname
    (
        "“The road is gone,” said dragomir Petkanov, a driver from the village of Selo.",
        [("The road is gone,", "dragomir Petkanov")],
    ),
    (
        "“We sell at a loss,” said a fish seller, nurul Huda Rahman, 61, who farms near the canal.",
        [("We sell at a loss,", "nurul Huda Rahman")],
    ),
    # … but an English word before a name is no given name
    ("“We are ready,” said will Jones.", [("We are ready,", None)]),
    # a given name and a lowercase surname outside commas
    (
        "The mayor of Gorna Tsvetan petkanovski came out to the crowd and said that the town has no money. "
        "“The bridge is our pride,” he said.",
        [("The bridge is our pride,", "Tsvetan Petkanovski")],
    ),
    # a body named by portfolios joined with "and"
    (
        'The Northern Region Roads and Bridges Authority said the closure "is in line with the safety plan".',
        [("is in line with the safety plan", "Northern Region Roads and Bridges Authority")],
    ),
    (
        "The Ministry of Water, Sanitation and the Environment said the delay was caused by “a fault in the billing system”.",
        [("a fault in the billing system", "Ministry of Water, Sanitation and the Environment")],
    ),
    # a described person who stays anonymous is nobody, even after a named man
    (
        "The mayor Petar Ivanov came out to the farmers. “The sea is our face,” he said.\n\n"
        "The owner of a winery in the village of Vinica said that prices fell. “We can not sell under the cost price,” he said.",
        [("The sea is our face,", "Petar Ivanov"), ("We can not sell under the cost price,", None)],
    ),
    (
        "The mayor Petar Ivanov came out to the farmers. “The sea is our face,” he said.\n\n"
        "The owner of a winery, who wished to remain anonymous, said for the radio that prices fell. "
        "“We can not sell under the cost price,” he said.",
        [("The sea is our face,", "Petar Ivanov"), ("We can not sell under the cost price,", None)],
    ),
    # a translation's impersonal passive: the body whose statement it is speaks
    (
        'In the announcement of Toplanagas it is stated that the company "warned the city eleven times".',
        [("warned the city eleven times", "Toplanagas")],
    ),
    (
        'In a statement of the Water Board it was said that "the pipes are old".',
        [("the pipes are old", "Water Board")],
    ),
    # a paragraph left open that names its speaker after a comma is an unclosed quote …
    (
        "Heating stopped on Monday.\n\n„We sleep in coats. The children went to the village, said for the agency "
        "Beta Milica Jovanović, a pensioner.\n\n„Now we freeze“, she added.",
        [("We sleep in coats. The children went to the village", "Milica Jovanović"), ("Now we freeze", "Milica Jovanović")],
    ),
    # … while one without an attribution continues in the next paragraph
    ("“We will win this,\n\n“And then we rest,” said Ana Lind.", [("We will win this,", "Ana Lind"), ("And then we rest,", "Ana Lind")]),
    # a name glued to the closing mark is the speaker, not part of an organisation's run
    (
        "The spokesperson of the Patan Municipality Sita Gurung said that the ditch was covered with planks. "
        "“We will investigate who did not check the planks”Gurung said.",
        [("We will investigate who did not check the planks", "Sita Gurung")],
    ),
    # a capitalised title opening its sentence before "of" is no name
    (
        "Glaciologist of the Latvian Weather Service, Dr. Aina Berzina, explained for the radio that the ice is uneven. "
        "“Near the river the current eats the ice,” she said.",
        [("Near the river the current eats the ice,", "Aina Berzina")],
    ),
    (
        "Inspector of Police Ram Thapa, chief of the district police, informed that all were taken to hospital. "
        "“Two are in serious condition,” he said.",
        [("Two are in serious condition,", "Ram Thapa")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers_of_unseen_shapes(text, expected):
    assert quotes_of(text) == expected


ORGS = [
    ("The Northern Region Roads and Bridges Authority said it.", "Northern Region Roads and Bridges Authority"),
    ("The Ministry of Water, Sanitation and the Environment said it.", "Ministry of Water, Sanitation and the Environment"),
    # two names stay two: a rare word opens the second, a person or one word the first
    ("Equinor and Aker Solutions ASA signed it.", "Aker Solutions ASA"),
    ("Anna Berg and Youth Council members met.", "Youth Council"),
    ("Police and Fire Department officials came.", "Fire Department"),
]


@pytest.mark.parametrize(("text", "org"), ORGS)
def test_coordinated_org_names(text, org):
    from parallax import annotate, nlp
    from parallax.segment import segment

    a = article_of(text)
    chunks = nlp.parse(a.raw, [(0, len(a.raw))])
    ctx = annotate.Context(a, segment(a, chunks), chunks)
    orgs = [e.text(a.raw) for e in entities.find(ctx) if e.label == "ORG"]
    assert org in orgs


def test_lowercase_surname_cuts_the_run_before_it():
    a = article_of("The mayor of Gorna Tsvetan petkanovski came out.")
    assert quote_spans(a) == []
