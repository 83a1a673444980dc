"""Score speaker attribution on the breadth set ``tests/eval/breadth/speakers.yml``.

The dev gold holds few examples of each attribution shape; the breadth set
spreads short snippets over many (verbs, word orders, colons, dashes,
descriptors, pronouns, continuations, null cases), so a rule's gain and what
it names wrongly both show. Each snippet runs through the entities and quotes
layers as the pipeline runs them (paragraphs split at blank lines, all body).

Counts per gold quote: ``right``; ``wrong`` (a different name, or a name where
gold says null: a false attribution); ``unknown`` (gold names someone, the
tool says null); ``missed`` (no predicted quote starts with the gold words).
Of the wrong names, ``shorter`` are the right person under a shorter name
than the text gives (every predicted word is a word of the gold name, in
order: "Zhumabekov" for "Aidos Zhumabekov") and ``longer`` a name expanded
past the gold one ("Tor Dahl" where the text cannot say which Dahl speaks);
the set of names, ``tests/eval/breadth/speaker_names.yml``, is about those.

Examples::

    .venv/bin/python scripts/breadth_speakers.py            # totals
    .venv/bin/python scripts/breadth_speakers.py --errors   # and every miss
    .venv/bin/python scripts/breadth_speakers.py --id verb-joked --errors
    .venv/bin/python scripts/breadth_speakers.py --file tests/eval/breadth/speaker_names.yml
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import same_name  # noqa: E402

from parallax import annotate, nlp  # noqa: E402
from parallax.annotate import entities, quotes  # noqa: E402
from parallax.model import Article, Metadata, Span  # noqa: E402
from parallax.segment import segment  # noqa: E402

BREADTH = ROOT / "tests" / "eval" / "breadth" / "speakers.yml"


def article_of(text: str) -> Article:
    """An article whose blank-line separated paragraphs are all body text."""
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Span(pos, pos + len(part), "body"))
        pos += len(part) + 2
    return Article(id="b", source="b.txt", raw=text, meta=Metadata(title="b"), blocks=blocks)


def predict(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, speaker) for every quote the layer finds in ``text``."""
    article = article_of(text)
    body = [(b.start, b.end) for b in article.blocks]
    chunks = nlp.parse(article.raw, body)
    ctx = annotate.Context(article, segment(article, chunks), chunks)
    ctx.layers["entities"] = entities.find(ctx)
    spans = sorted(quotes.find(ctx), key=lambda s: s.start)
    return [(s.text(article.raw), s.attrs["speaker"]) for s in spans if not s.attrs.get("nested")]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def _in_order(short: list[str], long: list[str]) -> bool:
    """Are the words of ``short`` words of ``long``, in the same order, and fewer?"""
    rest = iter(long)
    return len(short) < len(long) and all(w in rest for w in short)


def name_part(gold: str | list[str] | None, predicted: str | None) -> str | None:
    """ "shorter" when ``predicted`` is a part of a gold name ("Văn Hải" of
    "Nguyễn Văn Hải"), "longer" when a gold name is a part of it, else None."""
    if gold is None or predicted is None:
        return None
    got = _words(predicted)
    for name in gold if isinstance(gold, list) else [gold]:
        want = _words(name)
        if _in_order(got, want):
            return "shorter"
        if _in_order(want, got):
            return "longer"
    return None


def same_speaker(gold: str | list[str] | None, predicted: str | None) -> bool:
    """Exactly as scripts/evaluate.py compares speakers (its ``same_name``)."""
    return same_name(gold, predicted)


@dataclass
class Tally:
    """Counts over gold quotes, with the cases that went wrong."""

    right: int = 0
    wrong: int = 0
    unknown: int = 0
    missed: int = 0
    #: of ``wrong``: the right person under a shorter name, a name expanded too far
    shorter: int = 0
    longer: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.unknown + self.missed


def score(snippets: list[dict[str, Any]]) -> Tally:
    """Compare each snippet's gold speakers with the layer's."""
    tally = Tally()
    for snip in snippets:
        preds = predict(snip["text"])
        used: set[int] = set()
        for g in snip["quotes"]:
            want = _words(g["quote"])
            k = next((k for k, (t, _) in enumerate(preds) if k not in used and _words(t)[: len(want)] == want), None)
            if k is None:
                tally.missed += 1
                tally.errors.append({"id": snip["id"], "quote": g["quote"], "gold": g["speaker"], "got": "(quote not found)"})
                continue
            used.add(k)
            got = preds[k][1]
            if same_speaker(g["speaker"], got):
                tally.right += 1
                continue
            if got is None:
                tally.unknown += 1
            else:
                tally.wrong += 1
                part = name_part(g["speaker"], got)
                tally.shorter += part == "shorter"
                tally.longer += part == "longer"
            tally.errors.append({"id": snip["id"], "quote": g["quote"], "gold": g["speaker"], "got": got})
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", type=Path, default=BREADTH, help="breadth set to score")
    ap.add_argument("--id", action="append", help="only the snippet with this id (repeatable)")
    ap.add_argument("--prefix", help="only snippets whose id starts with this (a part of the set: b2-)")
    ap.add_argument("--errors", action="store_true", help="list every quote not scored right")
    ap.add_argument("--json", type=Path, help="also write the counts as JSON here")
    args = ap.parse_args(argv)
    snippets = yaml.safe_load(args.file.read_text(encoding="utf-8"))["snippets"]
    if args.id:
        snippets = [s for s in snippets if s["id"] in set(args.id)]
    if args.prefix:
        snippets = [s for s in snippets if s["id"].startswith(args.prefix)]
    tally = score(snippets)
    if args.errors:
        for e in tally.errors:
            print(f"{e['id']}: “{e['quote']}” gold={e['gold']!r} got={e['got']!r}")
    print(
        f"{len(snippets)} snippets, {tally.total} quotes: right {tally.right}, wrong {tally.wrong}, "
        f"unknown {tally.unknown}, missed {tally.missed} ({tally.right / max(tally.total, 1):.3f}); "
        f"of the wrong names: shorter {tally.shorter}, longer {tally.longer}"
    )
    if args.json:
        counts = {k: getattr(tally, k) for k in ("right", "wrong", "unknown", "missed", "shorter", "longer", "total")}
        args.json.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
