"""Loaders: text, HTML, JSON/JSONL, RSS/Atom feeds, folders, standard input and URLs -> RawArticle.

    from faultline.ingest import iter_inputs
    for item in iter_inputs(["news/", "feed.xml", "-"], published="2025-12-04"):
        ...  # a RawArticle to analyse, or a LoadFailure(ref, error) to record

One bad input never stops a batch: it becomes a ``LoadFailure`` carrying an ``InputError`` from
``faultline.errors`` that names the input. Warnings about repaired input (``[W1xx]``) ride on
``RawArticle.warnings``.
"""

from .dates import parse_published
from .loader import count_inputs, iter_inputs, load_inputs
from .types import LoadFailure, RawArticle

__all__ = ["LoadFailure", "RawArticle", "count_inputs", "iter_inputs", "load_inputs", "parse_published"]
