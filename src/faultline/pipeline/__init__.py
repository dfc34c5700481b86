"""Thin spaCy components for faultline's stages (registered via entry points)."""

from .components import (
    make_actors,
    make_dates,
    make_events,
    make_quotes,
    make_stances,
    state,
)
from .sentences import newline_sentencizer

__all__ = ["make_actors", "make_dates", "make_events", "make_quotes", "make_stances",
           "newline_sentencizer", "state"]
