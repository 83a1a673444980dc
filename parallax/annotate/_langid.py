"""Language identification of short windows with py3langid.

py3langid is a naive-Bayes classifier over byte n-grams. On a few words it is
only trustworthy when the choice is restricted to English and a handful of
likely source languages, so :func:`identify` always restricts it; the
normalised probability it returns lets callers demand a clear decision.
"""

from __future__ import annotations

import contextlib
import copy
import lzma
import os
import shutil
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

#: wordfreq and py3langid name a few languages differently.
_ALIASES = {"nb": "no"}


@cache
def _model() -> LanguageIdentifier:
    """The full model, loaded once per process (~80 MB).

    py3langid ships it LZMA-compressed: 0.5 CPU s of decompression in every
    process that meets a foreign-looking run of words. Where the word tables
    live (:func:`parallax.annotate._wordlist.use_tables`), the decompressed
    model is kept beside them, once per machine and py3langid version, and
    read back in a few hundredths of a second: the same arrays, so the same
    answers.
    """
    unpacked = _unpacked_model()
    if unpacked is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    from py3langid.modelio import _to_array

    try:  # py3langid.modelio.load_model, reading the file we decompressed
        with np.load(unpacked, allow_pickle=False) as data:
            ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
            nextmove, row, output = _to_array(data["nextmove"]), _to_array(data["nextmove_row"]), data["out_feat"].tolist()
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # damaged: py3langid's own file
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row)


def _unpacked_model() -> Path | None:
    """py3langid's model file decompressed, under the word tables' folder (None: no folder, or not writable)."""
    from importlib.metadata import version

    from . import _wordlist

    root = _wordlist.tables_root()
    if root is None:
        return None
    source = MODEL_DIR / MODEL_FILE
    try:
        path = root / f"py3langid-{version('py3langid')}-{source.stat().st_size}.npz"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out, lzma.open(source) as src:
                    shutil.copyfileobj(src, out, length=1 << 20)
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    except (OSError, lzma.LZMAError):
        return None
    return path


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
