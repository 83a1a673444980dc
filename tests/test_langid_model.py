"""py3langid's model, decompressed once beside the word tables, is py3langid's model."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_the_unpacked_language_model_equals_py3langid_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decompressed copy kept beside the word tables gives py3langid's model, array for array."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from parallax.annotate import _langid, _wordlist

    monkeypatch.setattr(_wordlist, "_tables_root", tmp_path)
    _langid._model.cache_clear()
    try:
        for _ in range(2):  # written, then read back
            ours = _langid._model()
            assert _langid._unpacked_model() is not None and _langid._unpacked_model().exists()
            _langid._model.cache_clear()
        theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        for name in ("nb_ptc", "nb_pc"):
            assert np.array_equal(getattr(ours, name), getattr(theirs, name)) and getattr(ours, name).dtype == getattr(theirs, name).dtype
        for name in ("nb_classes", "tk_nextmove", "tk_row", "tk_output", "_rowbase", "_norm_probs", "min_confidence"):
            assert getattr(ours, name) == getattr(theirs, name), name
        text = "Il ministro ha detto che la riforma sarà approvata entro dicembre"
        assert ours.rank(text) == theirs.rank(text)
    finally:
        _langid._model.cache_clear()
