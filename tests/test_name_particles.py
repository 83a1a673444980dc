"""One list of name particles (parallax/data/name_particles.yml) for every layer."""

from __future__ import annotations

import re

import pytest

from parallax.annotate import _fullname, _people, damage, entities


def test_every_layer_reads_the_one_list() -> None:
    words = _people.NAME_PARTICLES
    assert _fullname.PARTICLES is words
    for word in words:
        assert re.fullmatch(damage._PARTICLES, word), word
        assert re.fullmatch(entities._PARTICLE, word), word


@pytest.mark.parametrize("word", ["van", "de", "i", "y", "bint", "ould", "delos", "'t", "’t"])
def test_particles_of_many_naming_cultures(word: str) -> None:
    assert re.fullmatch(entities._PARTICLE, word)


@pytest.mark.parametrize("word", ["the", "and", "said", "von-", "Van", "dei-"])
def test_other_words_are_not_particles(word: str) -> None:
    assert not re.fullmatch(damage._PARTICLES, word)
