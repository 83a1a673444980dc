"""Speakers of diplomatic coverage (batch dp): toasts at state dinners, leaders named by
their country or as the other one's counterpart. Invented people and events."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of

CASES = [
    pytest.param(
        "President Mateo Irigoyen of Paraguay was received in Lisbon on Monday.\n\n"
        "At the state dinner, Irigoyen raised his glass “to two peoples the ocean brings together”.",
        ("to two peoples the ocean brings together", "Mateo Irigoyen"),
        id="raised-his-glass",
    ),
    pytest.param(
        "Prime Minister Aiko Tanabe hosted President Kwame Asante of Ghana.\n\n"
        "Tanabe toasted “the friendship of our nations” before the dinner.",
        ("the friendship of our nations", "Aiko Tanabe"),
        id="toasted",
    ),
    pytest.param(
        "Chilean President Marta Valdivia Soto and Kenyan President Joseph Mwangi Odera spoke by phone on Monday.\n\n"
        "The Kenyan leader replied that Nairobi wanted “a fair partnership”.",
        ("a fair partnership", "Joseph Mwangi Odera"),
        id="the-kenyan-leader",
    ),
    # A title with its nationality after it (machine translation from a Romance language),
    # then "he" for the same leader after the presidency was named as the source.
    pytest.param(
        "The Chilean president Rodrigo Vial and his Kenyan counterpart Joseph Odera spoke on Monday.\n\n"
        "According to the Nairobi presidency, the head of state Kenyan asked for a deal “before the rains”. "
        "“We have waited for ten years,” he declared.",
        ("We have waited for ten years,", "Joseph Odera"),
        id="head-of-state-kenyan-then-he",
    ),
    pytest.param(
        "According to the Moncloa, the Spanish prime minister Elena Ruiz and the Peruvian president Ana Quispe spoke for an hour.\n\n"
        "“We share a language and a future,” the president Peruvian said.",
        ("We share a language and a future,", "Ana Quispe"),
        id="president-peruvian",
    ),
    # "repeated" attributes like "said": the agency after it is where it was reported, not who spoke.
    pytest.param(
        "Prime Minister Arjun Mehta spoke with President Ilse Brandt.\n\n"
        "“This is no time for war,” he repeated, according to the agency Press Trust of India.",
        ("This is no time for war,", "Arjun Mehta"),
        id="he-repeated-according-to-agency",
    ),
    # "the Norwegian leader" is the leader the text tied to Norway, not an opposition leader
    # named paragraphs later; a body's head named after the body in a translation's order.
    pytest.param(
        "The Norwegian Prime Minister Kari Holm spoke with the Chilean President Tomás Vial on Sunday.\n\n"
        "“The world must act now,” the Norwegian leader said.\n\n"
        "The opposition leader Per Lunde criticised the call. “Calls are no policy,” he said.",
        ("The world must act now,", "Kari Holm"),
        id="the-leader-not-the-opposition-leader-named-later",
    ),
    pytest.param(
        "President Tomás Vial spoke with Prime Minister Kari Holm.\n\n"
        "After the call, the head of the Directorate of Communications Fahri Oztekin said the talks lasted an hour. "
        "“The President explained our position,” he said.",
        ("The President explained our position,", "Fahri Oztekin"),
        id="head-of-the-body-then-name",
    ),
    pytest.param(
        "The Prime Minister Rahul Sen received the President of the Republic of Indonesia Budi Harsono in Dhaka.\n\n"
        "“We came with open hearts,” declared the President of the Republic of Indonesia.",
        ("We came with open hearts,", "Budi Harsono"),
        id="declared-the-president-of-the-republic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_diplomatic_speakers(text: str, expected: tuple[str, str]) -> None:
    assert expected in quotes_of(text)
