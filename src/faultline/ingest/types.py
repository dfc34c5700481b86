"""What the loaders yield: an article to analyse, or a failure that names the bad input."""

from __future__ import annotations

from dataclasses import dataclass

from faultline.errors import InputError


@dataclass(frozen=True)
class RawArticle:
    """One article to analyse, before any NLP.

    ``ref`` is the input's own name (file path as given, a JSONL record's ``id``, a URL, ``-``);
    ``published`` is ``YYYY-MM-DD`` when the input (or the ``published`` default) says so.
    ``warnings`` records what the loader had to repair (``[W1xx]`` codes), e.g. mixed encodings.
    """

    ref: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadFailure:
    """A bad input: the batch records it and goes on."""

    ref: str
    error: InputError
