"""What the comparison looks at in one sentence, gathered once per article.

A :class:`SentenceFeatures` is plain data derived from an
:class:`~parallax.model.ArticleAnalysis`: the sentence's content lemmas (from
the segmenter), the canonical names of entities inside it, the numbers it
mentions and the quotes it contains (from the annotation layers, clipped to
the sentence). Empty layers simply give empty sets, so the comparison works
before the annotation engine is finished and improves when it is; an
analysis without any quotes layer gets quotes from paired quote marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import load_yaml
from ..model import ArticleAnalysis, Passage, Span

#: Entity labels that name a thing (as opposed to a date or an amount).
NAME_LABELS = frozenset({"PERSON", "ORG", "PLACE", "NORP", "EVENT", "MISC"})
#: Text between paired quote marks: used only when an analysis has no quotes
#: layer at all, so that alignment still sees quotes.
_QUOTED = re.compile(r"[“\"«](?P<text>[^“”\"«»\n]{3,}?)[”\"»“]")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True, slots=True)
class QuoteText:
    """A quote clipped to one sentence: offsets into the raw text."""

    start: int
    end: int
    text: str
    speaker: str | None


@dataclass(slots=True)
class SentenceFeatures:
    article: str
    passage: Passage
    index: int  # position among the article's body sentences
    lemmas: list[str]
    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    quotes: list[QuoteText] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.passage.id or self.passage.key


def body_sentences(analysis: ArticleAnalysis) -> list[Passage]:
    """Sentence passages of the body, in text order (boilerplate has none)."""
    return [p for p in analysis.passages if p.kind == "sentence" and not p.boilerplate]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@cache
def _variants() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in load_yaml("translation_variants.yml")["groups"]:
        for lemma in group:
            out[str(lemma).lower()] = str(group[0]).lower()
    return out


def variant(lemma: str) -> str:
    """The representative of ``lemma``'s translation-variant group (or itself).

    See ``parallax/data/translation_variants.yml``: "collaboration" and
    "cooperation" compare equal, the text is untouched.
    """
    return _variants().get(lemma, lemma)


def _plain(word: str) -> str:
    """A cheap singular for surface words (quotes carry no lemmas)."""
    w = word.lower().replace("’", "'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def numbers(text: str) -> set[str]:
    """Numbers a text mentions, as digit strings ("3,200" → "3200", "eleven" → "11")."""
    table = load_yaml("translation_variants.yml")["numbers"]
    out = {m.replace(",", "") for m in _DIGITS.findall(text)}
    out.update(str(table[w.lower()]) for w in words(text) if w.lower() in table)
    return out


def normal_words(text: str) -> list[str]:
    """Every word of a text, lower case, singular, variant-normalised."""
    return [variant(_plain(w)) for w in words(text)]


def is_content(word: str) -> bool:
    """Not a stop word (a word of a variant group always counts: "just" as in fair)."""
    return (word in _variants() or word not in STOP_WORDS) and not word.isdigit()


def content_words(text: str) -> list[str]:
    """Content words of a text (no stop words), singular, variant-normalised."""
    return [w for w in normal_words(text) if is_content(w)]


def _inside(spans: list[Span], p: Passage) -> list[Span]:
    return [s for s in spans if s.start < p.end and s.end > p.start]


def sentence_features(analysis: ArticleAnalysis) -> list[SentenceFeatures]:
    """Features of every body sentence of one article, in text order."""
    raw = analysis.article.raw
    entities = analysis.layer("entities")
    quotes = analysis.layer("quotes")
    out = []
    for i, p in enumerate(body_sentences(analysis)):
        f = SentenceFeatures(analysis.article.id, p, i, [variant(lemma) for lemma in p.lemmas])
        for s in _inside(entities, p):
            if s.label in NAME_LABELS:
                f.names.add(str(s.attrs.get("canonical") or s.text(raw)).lower())
        f.numbers.update(numbers(p.text))
        found = [(s.start, s.end, s.attrs.get("speaker")) for s in _inside(quotes, p)]
        if "quotes" not in analysis.layers:
            found = [(p.start + m.start("text"), p.start + m.end("text"), None) for m in _QUOTED.finditer(p.text)]
        for qs, qe, speaker in found:
            start, end = max(qs, p.start), min(qe, p.end)
            text = raw[start:end]
            if len(words(text)) >= 2:
                f.quotes.append(QuoteText(start, end, text, speaker))
        out.append(f)
    return out
