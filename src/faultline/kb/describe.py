"""What the KB says about a name at a date: the data behind ``faultline kb lookup``."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from .base import KnowledgeBase


def describe(kb: KnowledgeBase, text: str, date: dt.date | str | None = None) -> dict[str, Any]:
    """Matches for ``text`` (best first) with, for each, the roles held and blocs joined at
    ``date``, the role phrase read, and the state an adjective points to. Plain JSON-able data."""
    day = date.isoformat() if isinstance(date, dt.date) else date
    matches = []
    for entry in kb.lookup(text, date):
        item = asdict(entry)
        item["roles"] = [{"role": r, "country": c or None} for r, c in kb.roles_of(entry.id, date)]
        item["blocs"] = kb.blocs_of(entry.id, date)
        if entry.type == "bloc":
            item["members"] = sorted(kb.members(entry.id, date))
        item["aliases"] = list(entry.aliases)
        matches.append(item)
    role = kb.parse_role(text)
    return {
        "query": text,
        "date": day,
        "matches": matches,
        "role": {"role": role.role, "country": role.country} if role else None,
        "adjective_of": kb.country_of_adjective(text),
    }
