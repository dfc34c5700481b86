"""Across articles: read-only queries over the store (issues, stances over time, shifts, splits,
cohesion, timelines, quotes, actors, articles, search).

Every function takes a DB-API connection (SQLite now, PostgreSQL later; a faultline ``Store`` works
too) and returns plain dicts ready for JSON, bounded by ``limit``. Aggregates count a statement
reported by several articles once, with all its sources (see :mod:`faultline.analysis.statements`).
"""

from __future__ import annotations

from .browse import actor, actors, article, quotes, search, timeline
from .corpus import cohesion, issues, shifts, splits, stance_matrix, stances
from .statements import Statement, statements

__all__ = [
    "Statement", "actor", "actors", "article", "cohesion", "issues", "quotes", "search", "shifts",
    "splits", "stance_matrix", "stances", "statements", "timeline",
]
