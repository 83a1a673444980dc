"""The fullest name an article gives a person (parallax/annotate/_fullname.py), on invented strings."""

from __future__ import annotations

import pytest

from parallax.annotate._fullname import fullest


@pytest.mark.parametrize(
    ("name", "raw", "want"),
    [
        # a given name the tagger cut off after a long title
        ("Toktogulov", "The deputy of the district kenesh Bakyt Toktogulov wrote on his page.", "Bakyt Toktogulov"),
        # particles inside the name
        ("Núria Soler", "Councillor Núria Soler i Vives, who runs the markets, said so.", "Núria Soler i Vives"),
        ("Mohd Rizal", "The village head, Mohd Rizal bin Abdullah, said the river rose.", "Mohd Rizal bin Abdullah"),
        ("Santos Lima", "The leader João Carlos dos Santos Lima spoke.", "João Carlos dos Santos Lima"),
        ("Khalid", "The mayor, Khalid bin Saeed al-Harthy, opened the plant.", "Khalid bin Saeed al-Harthy"),
        ("Aizada", "The teacher Aizada Bakyt kyzy counted the pupils.", "Aizada Bakyt kyzy"),
        # lowercase parts a translation left
        ("Thị Hoa", "The trader lê Thị Hoa, 39 years old, told the newspaper.", "lê Thị Hoa"),
        ("Ruwan", "A fisherman of the lagoon, Ruwan jayasuriya, said the nets were empty.", "Ruwan jayasuriya"),
        # family name first, given name used alone
        ("Lan", "Nguyễn Thị Lan has sold squid for years.", "Nguyễn Thị Lan"),
        # look-alikes: two people, a thing, a title, a place, an English word
        ("Dahl", "Ingrid Dahl and her husband Tor Dahl run the campsite.", "Dahl"),
        ("Somchai", "Somchai Wongsawat and Somchai Boonmee lost their boats.", "Somchai"),
        ("Abebe", "Abebe waits at Abebe Bikila Square every morning.", "Abebe"),
        ("Okafor", "Okafor won the Okafor Cup last year.", "Okafor"),
        ("Maria Tamm", "Her opponent, the Estonian Maria Tamm, said so.", "Maria Tamm"),
        ("Jiří Beneš", "The mayor of Kamenický Šenov Jiří Beneš is worried.", "Jiří Beneš"),
        ("Stefania Lo Giudice", "explained the volcanologist of the INGV Stefania Lo Giudice.", "Stefania Lo Giudice"),
        ("Jens Kragh", "Havnefoged Jens Kragh understands the frustration.", "Jens Kragh"),
        ("Dana Whitfield", "“The alarm never rang,” pointed out Corporal Dana Whitfield.", "Dana Whitfield"),
        ("Olga Sánchez", "“Ask my predecessor,” Olga Sánchez retorted.", "Olga Sánchez"),
        ("Chaminda", "“We lost it all,” says Chaminda tearfully.", "Chaminda"),
        # a lowercase word before a name is a family name only after a person noun
        ("Zhumabekov", "The deputy of the city maslikhat Aidos Zhumabekov wrote.", "Aidos Zhumabekov"),
    ],
)
def test_fullest(name, raw, want):
    assert fullest(name, raw, [(0, len(raw))]) == want


def test_quoted_words_and_stop_ranges_are_not_read():
    raw = "“Kemal Arslan is right,” said Arslan."
    assert fullest("Arslan", raw, [(0, len(raw))], quoted=[(0, 24)]) == "Arslan"
    raw = "Kumari sews for Kumari Textiles."
    assert fullest("Kumari", raw, [(0, len(raw))], stop=[(16, 31)]) == "Kumari"


def test_a_name_the_entities_layer_found_needs_no_other_sign():
    raw = "Corporal Dana Whitfield arrived. Whitfield said so."
    assert fullest("Whitfield", raw, [(0, len(raw))]) == "Whitfield"  # "Dana" 3.8, in no register
    assert fullest("Whitfield", raw, [(0, len(raw))], persons=[(9, 23)]) == "Dana Whitfield"
