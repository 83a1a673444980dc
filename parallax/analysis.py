"""Per-article analysis: parse → segment → annotate, independent of the corpus.

:func:`analyze` is the unit of caching and of parallel work: its result
depends only on the article (bytes + sidecar) and the pipeline version.
"""

from __future__ import annotations

from . import annotate, nlp
from .model import Article, ArticleAnalysis
from .segment import segment, word_count


def analyze(article: Article) -> ArticleAnalysis:
    """Analyse one article. Pure in effect: reads nothing but its argument."""
    body = [(b.start, b.end) for b in article.blocks if b.label == "body"]
    chunks = nlp.parse(article.raw, body)
    passages = segment(article, chunks)
    ctx = annotate.Context(article, passages, chunks)
    layers = annotate.run(ctx)
    words = sum(word_count(p.text) for p in passages if p.kind == "paragraph" and not p.boilerplate)
    return ArticleAnalysis(article=article, passages=passages, layers=layers, word_count=words)
