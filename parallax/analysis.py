"""Per-article analysis: parse → segment → annotate, independent of the corpus.

:func:`analyze` is the unit of caching and of parallel work: its result
depends only on the article (bytes + sidecar) and the pipeline version.
"""

from __future__ import annotations

import time

from . import annotate, nlp
from .model import Article, ArticleAnalysis
from .segment import segment, word_count

#: A made-up article that walks every layer once (names and an office, a quote
#: and its speaker, an agency, a glued word, a foreign fragment), so that
#: :func:`warm_up` loads every model, word list and lexicon the layers load lazily.
WARM_UP_TEXT = (
    "Harbour workers strike in Tessaly\n\n"
    "Transport Minister Anna Berg said on Monday: “We will talk to the union this week.” "
    "According to Reuters, the strike closed the port, where 300 ships wait.\n\n"
    "“The offer is not enough,” said union leader Tomas Lind. The ministryannounced new talks, "
    "said a spokeswoman who asked not to be named. Los trabajadores siguen en huelga.\n"
)


def warm_up() -> None:
    """Load what analysing an article loads lazily (spaCy, lexicons, word lists), now.

    A running process (``make serve``) calls this while it waits, so the first
    article edited afterwards is analysed in a fraction of a second instead of
    paying several seconds of loading.
    """
    from .ingest import structure
    from .model import Metadata

    blocks, _, _ = structure(WARM_UP_TEXT)
    analyze(Article(id="warm-up", source="warm-up.txt", raw=WARM_UP_TEXT, meta=Metadata(), blocks=blocks))
    # The word lists of every language the damage layer checks fragments against
    # (each loads on its first use otherwise: about a second per language).
    from .annotate import _wordlist, damage

    cfg = damage.config()["untranslated"]
    for lang in cfg.get("languages", []):
        _wordlist.zipf("warm", lang)
    for lang in cfg.get("large_list_languages", []):
        _wordlist.zipf_large("warm", lang)


def _body(article: Article) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in article.blocks if b.label == "body"]


def analyze(article: Article, *, timings: dict[str, float] | None = None, chunks: list[nlp.Chunk] | None = None) -> ArticleAnalysis:
    """Analyse one article. Reads nothing but its argument.

    ``timings``, when given, accumulates seconds per stage (``parse``,
    ``segment``, then one entry per layer) for the benchmark. ``chunks``:
    the article already parsed (:func:`analyze_many` parses several at once).
    """
    clock = _Clock(timings)
    if chunks is None:
        chunks = nlp.parse(article.raw, _body(article))
        clock.lap("parse")
    passages = segment(article, chunks)
    clock.lap("segment")
    ctx = annotate.Context(article, passages, chunks)
    layers = annotate.run(ctx, timings=timings)
    del ctx  # its token list: tens of thousands of objects the collector would walk on
    clock.restart()
    words = sum(word_count(p.text) for p in passages if p.kind == "paragraph" and not p.boilerplate)
    analysis = ArticleAnalysis(article=article, passages=passages, layers=layers, word_count=words)
    from .compare.features import sentence_signals

    analysis.signals = sentence_signals(analysis, chunks)  # what comparing would parse again
    clock.lap("signals")
    from .compare.stories import article_terms

    analysis.terms = dict(article_terms(analysis))  # what grouping into stories reads
    clock.lap("terms")
    return analysis


def analyze_many(articles: list[Article], *, timings: dict[str, float] | None = None) -> list[ArticleAnalysis | Exception]:
    """Analyse several articles, parsing them in one batch; each result stands alone.

    What an article gets is exactly what :func:`analyze` gives it alone; an
    article whose analysis fails returns its exception instead, so one bad
    article never sinks the others of its batch.
    """
    clock = _Clock(timings)
    try:
        parsed: list[list[nlp.Chunk] | None] = list(nlp.parse_many([(a.raw, _body(a)) for a in articles]))
    except Exception:  # one text broke the batch: each is parsed alone below
        parsed = [None] * len(articles)
    clock.lap("parse")
    out: list[ArticleAnalysis | Exception] = []
    for article, chunks in zip(articles, parsed, strict=True):
        try:
            out.append(analyze(article, timings=timings, chunks=chunks))
        except Exception as exc:  # reported per article by the caller
            out.append(exc)
    return out


class _Clock:
    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.t = time.perf_counter()

    def restart(self) -> None:
        self.t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + now - self.t
        self.t = now
