"""Parallax: compare news coverage of one event, sentence by sentence.

The pipeline, one module (or folder) per stage::

    ingest → segment → annotate/ → compare/ → anchors → export → render/ → MkDocs

:mod:`parallax.build` runs the stages in order.
"""

__version__ = "0.1.0"
