"""Group articles into stories: the articles about one event, compared together.

A sidecar ``story`` key decides where given. Other articles are grouped by
what they say: each article becomes a set of *distinctive* terms (content
lemmas and entity names that are rare in general English, weighted by how
rare, from ``wordfreq``), and two articles belong together when the weighted
cosine of their term sets reaches :data:`SIMILARITY_MIN`.

The weights depend on the two articles only, never on the rest of the corpus,
so adding an article never changes how two others compare. Candidate pairs
come from an inverted index over each article's rarest terms (a term shared
by more than :data:`MAX_POSTINGS` articles is too common to find a story
by), so the work grows with the corpus, not with its square. Groups are connected components
of the accepted pairs, strongest pairs first; a pair that would merge two
different sidecar stories is skipped, and so is a pair whose sidecar
publication dates are more than :data:`MAX_DAYS_APART` days apart.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache

from wordfreq import available_languages

from ..annotate._wordlist import zipf_frequency
from ..ingest import slugify
from ..model import ArticleAnalysis, Story
from .features import NAME_LABELS, body_sentences, variant, words

#: Terms at least this frequent in general English (Zipf scale: 6 ≈ once per
#: 1,000 words, "say", "year") carry no weight; rarer terms weigh more.
COMMON_ZIPF = 6.0
#: Only terms rarer than this enter the inverted index (5 ≈ "president").
INDEX_ZIPF = 5.0
#: ... and of those only each article's this many rarest: the names and rare
#: words that identify an event, which keeps the index small.
INDEX_TERMS = 40
#: A term in more articles than this is skipped when looking for candidates.
MAX_POSTINGS = 50
#: Candidate pairs must share at least this many indexed terms.
MIN_SHARED = 3
#: Weighted cosine from which two articles report the same event. Measured
#: on 20 articles (seeds, tests/fixtures/stories, tests/eval/corpus): the 7
#: same-event pairs score 0.27-0.63; an article about another Russia-China
#: event 0.08 against the seeds; the other 181 pairs of different events at
#: most 0.05. On 200 synthetic articles in 40 stories (parallax/synth.py, no
#: sidecars): same-story pairs 0.49-1.0, different stories at most 0.13 (two
#: invented dock strikes). Between the two gaps:
SIMILARITY_MIN = 0.16
#: Articles whose sidecars give publication dates further apart than this
#: many days are never grouped automatically: they report different events,
#: however alike (two summits of the same leaders a year apart).
MAX_DAYS_APART = 4
#: Places and nationalities tell the setting, not the event (many stories
#: happen in one country), so their names weigh this much of their rarity.
PLACE_FACTOR = 0.3
PLACE_LABELS = frozenset({"PLACE", "NORP"})
#: Source types whose names are left out of an article's terms.
MEDIA_TYPES = frozenset({"news-agency", "broadcaster", "outlet"})
#: Damage kinds whose words are no evidence of an event: foreign phrases and
#: words glued together by extraction ("areexpected" is rare only by accident).
DAMAGED = frozenset({"untranslated", "glued-words"})
#: Source languages of translated news, checked by :func:`is_foreign`: a word
#: at least FOREIGN_MIN (Zipf) in one of them and FOREIGN_GAP above its
#: English frequency is an untranslated word ("toujours", "autoridade").
FOREIGN_LANGS = ("fr", "it", "es", "pt", "de", "pl", "nl")
FOREIGN_MIN = 2.5
FOREIGN_GAP = 2.5
#: Words of the first member's title that make a story's slug.
SLUG_WORDS = 6

_WORD_CHARS = re.compile(r"[a-z]")
_TITLE_CUT = re.compile(r"\s*(?::|\s[–—-]\s|\|)\s*")


@cache
def _zipf(term: str) -> float:
    return zipf_frequency(term, "en")


@cache
def _list_for(lang: str) -> str:
    """The list wordfreq's "best" reads for ``lang``, by its own name.

    The same data as "best", but cached by wordfreq under the key the damage
    layer also uses ("large"), so an analysis worker holds each language's big
    list once, not twice (about 200 MB less per worker).
    """
    return "large" if lang in available_languages("large") else "small"


#: Answers of :func:`is_foreign` so far: the build keeps them on disk with the
#: terms cache, so re-reading one edited article needs no word list of seven
#: languages (loading them costs more than a second).
FOREIGN_MEMO: dict[str, bool] = {}


def is_foreign(term: str) -> bool:
    """A word much more common in a source language of translated news than in English.

    Machine translation leaves words untranslated ("toujours", "autoridade");
    they are rare in English, so without this test a stock foreign phrase
    would look like the most distinctive term two unrelated articles share.
    Invented or rare names are rare everywhere and stay.
    """
    known = FOREIGN_MEMO.get(term)
    if known is None:
        other = max(zipf_frequency(term, lang, wordlist=_list_for(lang)) for lang in FOREIGN_LANGS)
        known = FOREIGN_MEMO[term] = other >= FOREIGN_MIN and other - _zipf(term) >= FOREIGN_GAP
    return known


@cache
def rarity(term: str) -> float:
    """How distinctive a term is: 0 for everyday words, up to ~36 for rare ones.

    Squared, so that a few truly rare shared words ("videoconference", a
    person's name) outweigh many shared topic words ("China", "military").
    """
    return max(0.0, COMMON_ZIPF - _zipf(term)) ** 2


def article_terms(analysis: ArticleAnalysis) -> Counter[str]:
    """Distinctive terms of an article with their weights (rarity).

    Left out, because they say nothing about which event is reported: words
    the damage layer marks as untranslated or glued and words that are
    plainly foreign (:func:`is_foreign`), since a stock foreign phrase is
    rare in English; and the names of news media the sources layer finds
    (many unrelated stories cite the same agency). Places weigh
    :data:`PLACE_FACTOR` of their rarity.
    """
    raw = analysis.article.raw
    media = [s for s in analysis.layer("sources") if s.attrs.get("type") in MEDIA_TYPES]
    skip = {w.lower() for s in analysis.layer("artifacts") if s.label in DAMAGED for w in words(s.text(raw))}
    skip.update(w.lower() for s in media for w in words(s.text(raw)) + words(str(s.attrs.get("name") or "")))
    terms: set[str] = set()
    places: set[str] = set()
    for s in analysis.layer("entities"):
        if s.label not in NAME_LABELS or any(w.lower() in skip for w in words(s.text(raw))):
            continue
        if any(m.start < s.end and s.start < m.end for m in media):
            continue
        name = "=" + str(s.attrs.get("canonical") or s.text(raw)).lower()
        terms.add(name)
        if s.label in PLACE_LABELS:
            places.add(name)
            places.update(w.lower() for w in words(s.text(raw)))
    for p in body_sentences(analysis):
        for lemma in p.lemmas:
            if _WORD_CHARS.search(lemma) and not _damaged(lemma, skip) and not is_foreign(lemma):
                terms.add(variant(lemma))
    weights = {t: _weight(t) * (PLACE_FACTOR if t in places else 1.0) for t in terms}
    return Counter({t: w for t, w in weights.items() if w > 0})


def _damaged(lemma: str, damaged: set[str]) -> bool:
    """``lemma`` is one of the damaged words (or its lemma: "areexpecte" of "areexpected")."""
    return lemma in damaged or any(w.startswith(lemma) and len(w) - len(lemma) <= 2 for w in damaged)


def _weight(term: str) -> float:
    return rarity(term.lstrip("="))


def similarity(x: Counter[str], y: Counter[str]) -> float:
    """Weighted cosine of two term sets (weights: rarity)."""
    return _cosine(x, y, _square_sum(x), _square_sum(y))


def _square_sum(x: Counter[str]) -> float:
    return sum(v * v for v in x.values())


def _cosine(x: Counter[str], y: Counter[str], xx: float, yy: float) -> float:
    """:func:`similarity` with each side's sum of squares given: grouping
    1,000 articles scores ~3,000 pairs, and summed the squares of an article's
    terms again for each of its pairs (the same sum, to the bit)."""
    shared = sum(x[t] * y[t] for t in x.keys() & y.keys())
    if not shared:
        return 0.0
    return shared / math.sqrt(xx * yy)


def candidate_pairs(terms: dict[str, Counter[str]]) -> list[tuple[str, str]]:
    """Pairs of article ids sharing :data:`MIN_SHARED` indexed terms, via an inverted index."""
    index: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(terms):
        rare = [t for t in terms[aid] if t.startswith("=") or _zipf(t.lstrip("=")) <= INDEX_ZIPF]
        for t in sorted(rare, key=lambda t: (-terms[aid][t], t))[:INDEX_TERMS]:
            index[t].append(aid)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        if 1 < len(ids) <= MAX_POSTINGS:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[(a, b)] += 1
    return sorted(p for p, n in shared.items() if n >= MIN_SHARED)


class _Components:
    """Union-find that refuses to merge two different sidecar stories."""

    def __init__(self, ids: Iterable[str], keys: dict[str, str]):
        self.parent = {i: i for i in ids}
        self.key = {i: keys.get(i) for i in self.parent}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.key[ra] and self.key[rb] and self.key[ra] != self.key[rb]):
            return False
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        self.key[ra] = self.key[ra] or self.key[rb]
        return True


def _date(analysis: ArticleAnalysis) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(analysis.article.meta.published or "")[:10])
    except ValueError:
        return None


def _close(x: _dt.date | None, y: _dt.date | None) -> bool:
    """Publication dates allow one event (unknown dates always do)."""
    return x is None or y is None or abs((x - y).days) <= MAX_DAYS_APART


def _story_key(analysis: ArticleAnalysis) -> str | None:
    story = (analysis.article.meta.story or "").strip()
    return story or None


def group_stories(analyses: list[ArticleAnalysis], *, terms_of: Callable[[ArticleAnalysis], Counter[str]] = article_terms) -> list[Story]:
    """Stories of a corpus, in order of their first article id; every article is in one.

    ``terms_of`` gives an article's terms (:func:`article_terms`, or a cached
    copy of it: the build reads them from disk so that a warm rebuild needs no
    foreign-language word lists).
    """
    by_id = {a.article.id: a for a in analyses}
    keys = {i: k for i, a in by_id.items() if (k := _story_key(a))}
    comp = _Components(sorted(by_id), keys)
    first: dict[str, str] = {}
    for i in sorted(keys):  # sidecar stories first: they are authoritative
        comp.union(first.setdefault(keys[i], i), i)
    terms = {i: terms_of(a) for i, a in by_id.items()}
    squares: dict[str, float] = {}
    edges = []
    for a, b in candidate_pairs(terms):
        xx = squares[a] if a in squares else squares.setdefault(a, _square_sum(terms[a]))
        yy = squares[b] if b in squares else squares.setdefault(b, _square_sum(terms[b]))
        edges.append((_cosine(terms[a], terms[b], xx, yy), a, b))
    dates = {i: _date(a) for i, a in by_id.items()}
    for sim, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if sim >= SIMILARITY_MIN and not (a in keys and b in keys) and _close(dates[a], dates[b]):
            comp.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in sorted(by_id):
        groups[comp.find(i)].append(i)
    stories = [_story(members, by_id, comp.key[root]) for root, members in groups.items()]
    return _unique_ids(sorted(stories, key=lambda s: s.articles[0]))


def _story(members: list[str], by_id: dict[str, ArticleAnalysis], key: str | None) -> Story:
    first = by_id[members[0]].article
    if key:
        return Story(slugify(key), key, members, "sidecar")
    title = first.meta.title or first.id
    return Story(title_slug(title), title, members, "similarity" if len(members) > 1 else "single")


def title_slug(title: str) -> str:
    """A readable slug from a headline: its main clause, at most :data:`SLUG_WORDS` words."""
    head = _TITLE_CUT.split(title, maxsplit=1)[0]
    if len(head.split()) < 2:
        head = title
    return slugify(" ".join(head.split()[:SLUG_WORDS]))


def _unique_ids(stories: list[Story]) -> list[Story]:
    """Disambiguate clashing slugs with a short hash of the first member's id.

    The hash depends on that article only, so a story keeps its id when
    unrelated articles are added (unless its first member changes).
    """
    counts = Counter(s.id for s in stories)
    for s in stories:
        if counts[s.id] > 1:
            s.id = f"{s.id}-{hashlib.sha256(s.articles[0].encode()).hexdigest()[:6]}"
    return stories
