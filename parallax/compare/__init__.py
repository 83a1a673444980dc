"""Compare: group articles into stories, align their sentences, describe the differences.

The entry points, all plain data in and out:

* :func:`group_stories` — articles → stories (sidecar ``story`` key, else by
  content similarity via an inverted index; see :mod:`.stories`);
* :func:`compare_story` — one story → a :class:`~parallax.model.Comparison`
  with aligned pairs (:mod:`.align`), exclusive passages, the coverage matrix
  and summary (:mod:`.coverage`), quote variants with word diffs
  (:mod:`.variants`), who speaks and sources (:mod:`.voices`) and framing
  (:mod:`.framing`) in ``extra``;
* :func:`comparison_to_export` — the ``comparisons[]`` entry of analysis.json;
* :func:`passage_links` — per passage, its counterparts in other articles
  (for "also reported by" links on article pages).

Everything is computed within one story, so cost grows with story size, never
with the square of the corpus.
"""

from __future__ import annotations

from typing import Any

from ..model import ArticleAnalysis, Comparison, Pair, Story
from . import align, coverage, framing, variants, voices
from .features import SentenceFeatures, sentence_features
from .stories import group_stories

__all__ = ["compare_story", "comparison_to_export", "group_stories", "passage_links"]

#: How the comparison was made, for the method page and the export.
METHOD = {
    "alignment": (
        "IDF-weighted cosine over lemmas, entity names and numbers (figures in words and rounded figures meet: 'Thirty-eight' = "
        "'38', 'a quarter of million' = '250,000'), plus quote "
        "word overlap; lemmas are compared through translation variants and a small lexicon of news paraphrases ('shut' = "
        "'closure', 'engine' = 'motor', 'refund' = 'reimburse'; 'until further notice' = 'until new order' = 'indefinitely', 'how much' = 'the amount': "
        "parallax/data/paraphrases.yml); a sentence that denies or reverses the other's claim scores half and is at most related, but a denial that states an "
        "absence ('has not been recovered', 'no trace', 'did not go ahead', 'did not open', 'is not yet known', 'not ruling out') reads as the "
        "word for it ('missing', 'cancel', 'closed', 'unknown' = 'unclear', 'possible': parallax/data/antonyms.yml) and not telling ('declined to say', 'not disclosed') as 'undisclosed'; two quotes "
        "by different named speakers are never the same quote; a shared quantity (a figure from 3 up with its unit, '14 residents' = 'Fourteen people') keeps a pair on its own; two outlets are linked "
        "through a third outlet's sentence when they share some evidence themselves (more than the day or time of day); a long sentence is also compared "
        "clause by clause (split at punctuation, relative words and subordinating conjunctions, and a quote alone), so one sentence covering several facts pairs with each; the opening "
        "sentences of two articles pair when they share two things; two unpaired sentences whose neighbours on both sides are paired with each other "
        "(the order of facts kept) pair when they share a word beyond the setting; two sentences that share only their setting (places, "
        "nationalities, days, parts of the day: parallax/data/setting.yml; a 'place' the story also writes in lower case is a common noun, not the setting) and people's names are not paired; "
        "a sentence reporting a named person's words without quoting them pairs with that person's quote it shares most with; a short sentence with no pair of its own "
        "('Nobody was hurt then.') pairs with the sentence its neighbour pairs with when that sentence holds what it says; "
        "a subject told by a pronoun or a bare noun ('It said it would investigate', 'The consortium said') carries the name of the previous subject "
        "or of the organisation the noun names; a name glossed in brackets ('X (the water consortium)') is one name with the English one; "
        "two sentences denying the same thing, or both refusing to tell, agree in polarity; clock times (also 'around the 14.40', 'quarter past three in the night' = '3:15 a.m.'), units, durations ('72 hours' = 'three days', 'eighteen months' = 'a year and a half') and "
        "amounts of money ('€4.2m' = '4,2 millions of euros') are normalised, and so are thousands grouped by spaces ('1 400') and figures in words after a scale word ('two thousand five hundred'); no embedding model"
    ),
    "thresholds": {
        "related": align.RELATED_MIN,
        "same_fact": align.FACT_MIN,
        "same_quote": align.QUOTE_SAME,
        "near_best": align.NEAR_BEST,
        "extra": align.EXTRA_MIN,
        "bridge": align.BRIDGE_MIN,
        "polarity_factor": align.POLARITY_FACTOR,
        "clause": align.CLAUSE_MIN,
        "clause_evidence": align.CLAUSE_EVIDENCE,
        "lede_evidence": align.LEDE_EVIDENCE,
        "gap": align.SANDWICH_MIN,
        "reported_speech": align.REPORTED_MIN,
        "continuation_terms": align.FOLLOW_TERMS,
        "continuation_cover": align.FOLLOW_COVER,
    },
    "framing": (
        "Distinctive words: for each outlet, every word's log-odds of appearing in this outlet rather than in the other"
        " outlets of the story, with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) that pulls rarely used"
        " words towards 'no difference'. The score is a z-score: 2 or more is strong evidence that the outlet favours the"
        " word; between 1 and 2 it is a tendency. Evaluative terms come from a hand-made lexicon"
        " (parallax/data/evaluative_terms.yml) and are found whether the outlet or a quoted speaker uses them."
    ),
}


def compare_story(story: Story, analyses: dict[str, ArticleAnalysis]) -> Comparison:
    """Compare the articles of ``story`` (every pair of them). Pure; deterministic order.

    ``analyses`` maps article id → analysis and may hold more articles than
    the story; articles of the story missing from it are skipped.
    """
    ids = [aid for aid in sorted(story.articles) if aid in analyses]
    feats: dict[str, list[SentenceFeatures]] = {aid: sentence_features(analyses[aid]) for aid in ids}
    align.read_glosses([feats[a] for a in ids])
    align.convert_money([feats[a] for a in ids])
    every = [f for fs in feats.values() for f in fs]
    idf = align.idf_weights(align.terms(f) for f in every)
    pairs: list[Pair] = align.align_story([feats[a] for a in ids], idf=idf)
    by_ref = {(f.article, f.id): f for f in every}
    found = framing.evaluative_terms(feats)
    extra: dict[str, Any] = {
        "articles": {
            aid: {
                "title": analyses[aid].article.meta.title,
                "outlet": analyses[aid].article.meta.outlet,
                "sentences": len(feats[aid]),
            }
            for aid in ids
        },
        "summary": coverage.summary(feats, pairs),
        "quote_variants": variants.quote_variants(pairs, by_ref),
        "who_speaks": {aid: voices.who_speaks(analyses[aid]) for aid in ids},
        "sources": {aid: voices.sources(analyses[aid]) for aid in ids},
        "framing": {
            "distinctive": framing.distinctive_terms(feats),
            "evaluative": found,
            "evaluative_table": framing.evaluative_table(found),
        },
        "method": METHOD,
    }
    return Comparison(
        story=Story(story.id, story.title, ids, story.method),
        pairs=pairs,
        exclusive=coverage.exclusive(feats, pairs),
        matrix=coverage.matrix(feats, pairs),
        extra=extra,
    )


def comparison_to_export(c: Comparison) -> dict[str, Any]:
    """The ``comparisons[]`` entry of analysis.json (``page`` is set by the caller)."""
    return {
        "id": c.story.id,
        "title": c.story.title,
        "method": c.story.method,
        "articles": list(c.story.articles),
        "page": None,
        "pairs": [_export_pair(p.to_dict()) for p in c.pairs],
        "exclusive": {aid: list(ids) for aid, ids in c.exclusive.items()},
        "matrix": [dict(row) for row in c.matrix],
    }


#: Pair attributes kept out of the export: the alignment's working figures
#: (term overlap, quote similarity, clause match …) behind ``score``: 8% of
#: the export's bytes, read by no one (the comparison cache keeps them).
EXPORT_OMITS = ("signals",)


def _export_pair(d: dict[str, Any]) -> dict[str, Any]:
    for key in EXPORT_OMITS:
        d.pop(key, None)
    return d


def passage_links(c: Comparison) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """article → passage → its counterparts ``{"article", "passage", "relation", "score"}``, strongest first."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {aid: {} for aid in c.story.articles}
    for p in c.pairs:
        for mine, other in ((p.a, p.b), (p.b, p.a)):
            link = {"article": other.article, "passage": other.passage, "relation": p.relation, "score": round(p.score, 4)}
            out.setdefault(mine.article, {}).setdefault(mine.passage, []).append(link)
    for per in out.values():
        for links in per.values():
            links.sort(key=lambda x: (-x["score"], x["article"], x["passage"]))
    return out
