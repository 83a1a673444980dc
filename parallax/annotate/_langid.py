"""Language identification of short windows with py3langid.

py3langid is a naive-Bayes classifier over byte n-grams. On a few words it is
only trustworthy when the choice is restricted to English and a handful of
likely source languages, so :func:`identify` always restricts it; the
normalised probability it returns lets callers demand a clear decision.
"""

from __future__ import annotations

import copy
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: wordfreq and py3langid name a few languages differently.
_ALIASES = {"nb": "no"}


@cache
def _model() -> LanguageIdentifier:
    """The full model, loaded once per process (2 s, ~80 MB)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier(langs: tuple[str, ...]) -> LanguageIdentifier:
    """A restricted view: a shallow copy shares the big tables with the full
    model; ``set_languages`` only slices the per-language columns."""
    base = _model()
    ident = copy.copy(base)
    ident.set_languages([lang for lang in langs if lang in set(base.labels)])
    return ident


def identify(text: str, langs: tuple[str, ...]) -> tuple[str, float]:
    """(best language, probability of English) for ``text`` among ``langs`` + English.

    The language codes returned are wordfreq's (``nb`` for Norwegian).
    """
    back = {v: k for k, v in _ALIASES.items()}
    choice = tuple(sorted({"en", *(_ALIASES.get(lang, lang) for lang in langs)}))
    ranked = _identifier(choice).rank(text)
    best = ranked[0][0]
    p_en = next((float(p) for lang, p in ranked if lang == "en"), 0.0)
    return back.get(best, best), p_en


def english_rank(text: str) -> tuple[bool, float]:
    """(is English the best guess, probability of English) over every language the model knows.

    For a run of words in a language no word list holds (Punjabi, Tajik or
    Malagasy in Latin letters), where a restricted choice would have no right
    answer: the whole run decides, not one word English may also spell.
    """
    ranked = _model().rank(text)
    p_en = next((float(p) for lang, p in ranked if lang == "en"), 0.0)
    return ranked[0][0] == "en", p_en
