"""faultline: read political news at scale.

    >>> import faultline
    >>> result = faultline.analyze(text, published="2026-01-12")
    >>> result.quotes[0].speaker, result.to_dict()["splits"]

The public surface is what ``__all__`` lists; everything else is implementation.
"""

from .api import Failure, analyze, analyze_records
from .errors import FaultlineError
from .model import (
    Actor,
    Analysis,
    Article,
    DateValue,
    Event,
    Issue,
    Mention,
    Quote,
    Split,
    Stance,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "DateValue",
    "Event",
    "Failure",
    "FaultlineError",
    "Issue",
    "Mention",
    "Quote",
    "Split",
    "Stance",
    "__version__",
    "analyze",
    "analyze_records",
]
