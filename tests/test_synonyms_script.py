"""scripts/synonyms.py: its reader of the WordNet database format and what it keeps.

A tiny WordNet in the documented format (``wndb(5)``, ``cntlist(5)``) is
written to a temporary folder; each row of the table says whether two words
end up in one group, as a noun and its broader noun, or not linked at all.
"""

from __future__ import annotations

import pytest
import yaml
from helpers import load_script

synonyms = load_script("synonyms")

LICENCE = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
DATA_NOUN = LICENCE + (
    "00000010 18 n 02 thief 0 stealer 0 002 ~ 00000020 n 0000 ~ 00000030 n 0000 | a criminal who takes  \n"
    "00000020 18 n 01 robber 0 001 @ 00000010 n 0000 | a thief who uses force  \n"
    "00000030 18 n 01 burglar 0 001 @ 00000010 n 0000 | a thief who enters a building  \n"
    "00000040 06 n 02 shop 0 store 0 000 | a mercantile establishment  \n"
    "00000050 04 n 01 shop 0 000 | a workshop  \n"
    "00000060 23 n 01 store 0 000 | a supply kept for future use  \n"
    "00000070 04 n 02 run 0 tally 0 000 | a score in baseball  \n"
    "00000080 04 n 01 run 1 000 | a trip  \n"
    "00000090 04 n 01 run 2 000 | a race  \n"
    "00000100 11 n 02 fire 0 blaze 0 000 | the event of something burning  \n"
)
INDEX_NOUN = LICENCE + (
    "blaze n 1 0 1 0 00000100  \n"
    "burglar n 1 1 @ 1 0 00000030  \n"
    "fire n 1 0 1 0 00000100  \n"
    "robber n 1 1 @ 1 0 00000020  \n"
    "run n 3 0 3 0 00000080 00000070 00000090  \n"
    "shop n 2 0 2 0 00000040 00000050  \n"
    "stealer n 1 1 ~ 1 0 00000010  \n"
    "store n 2 0 2 0 00000040 00000060  \n"
    "tally n 1 0 1 0 00000070  \n"
    "thief n 1 1 ~ 1 0 00000010  \n"
)
DATA_VERB = LICENCE + "00000200 41 v 02 fire 0 dismiss 0 000 | terminate the employment of  \n"
INDEX_VERB = LICENCE + "dismiss v 1 0 1 0 00000200  \nfire v 1 0 1 0 00000200  \n"
CNTLIST = (
    "fire%1:11:00:: 1 50\nfire%2:41:00:: 1 2\n"
    "shop%1:06:00:: 1 40\nshop%1:04:00:: 2 2\nstore%1:06:00:: 1 30\nstore%1:23:00:: 2 10\n"
    "run%1:04:01:: 1 10\nrun%1:04:00:: 2 9\nrun%1:04:02:: 3 9\n"
)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("wordnet")
    files = {
        "data.noun": DATA_NOUN,
        "index.noun": INDEX_NOUN,
        "data.verb": DATA_VERB,
        "index.verb": INDEX_VERB,
        "data.adj": LICENCE,
        "index.adj": LICENCE,
        "cntlist.rev": CNTLIST,
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "synonyms.yml"
    synonyms.main([str(folder), "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "Princeton University" in text  # the licence notice travels with the data
    return yaml.safe_load(text)


@pytest.mark.parametrize(
    ("a", "b", "link"),
    [
        ("shop", "store", "group"),  # the first sense of both
        ("blaze", "fire", "group"),  # one sense each
        ("thief", "stealer", None),  # "stealer" is a rare word
        ("run", "tally", None),  # "run" has three evenly used senses: none is trusted
        ("dismiss", "fire", None),  # "fire" is used as a noun far more than as a verb
        ("robber", "thief", "broader"),  # a robber is a kind of thief
        ("burglar", "robber", None),  # two kinds of thief are not one thing
    ],
)
def test_links_kept(written: dict, a: str, b: str, link: str | None) -> None:
    grouped = any(a in g and b in g for g in written["groups"])
    broader = b in written["broader"].get(a, []) or a in written["broader"].get(b, [])
    assert ("group" if grouped else "broader" if broader else None) == link


@pytest.mark.parametrize(("word", "written"), [("fire", "fire"), ("no", '"no"'), ("off", '"off"'), ("null", '"null"')])
def test_words_that_yaml_would_misread_are_quoted(word: str, written: str) -> None:
    assert synonyms._plain(word) == written
    assert yaml.safe_load(f"[{written}]") == [word]
