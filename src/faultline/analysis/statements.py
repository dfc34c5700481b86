"""Stance rows read from the store as *statements*: dated, deduplicated units of evidence.

Why a layer between the table and the aggregates: two articles often report the same sentence by
the same speaker (wire copy, a follow-up recapping an earlier quote). Counting it twice would make
one remark look like a trend. A stance row's quote evidence is clustered by (speaker, near-identical
text); rows of one actor and issue that share a cluster become one :class:`Statement` that keeps
every source.

Dates: a statement is dated by its evidence's ``date_value`` and, when that is missing, by the
article's ``published`` date. A coarse date (``2026`` for a year) that contains the publication date
is narrowed to the publication date; otherwise it stands for the start of its period.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ..model import period_start
from .sql import in_chunks, loads, marks, rows

WINDOWS = ("day", "week", "month", "quarter", "year")
#: Two reports of one speaker are the same statement at or above this text similarity (0..1).
SAME_STATEMENT = 0.9


@dataclass
class Statement:
    """One deduplicated piece of evidence of ``actor``'s ``polarity`` on ``issue`` at ``when``."""

    actor: str
    issue: str
    polarity: int
    strength: float
    when: _dt.date | None
    via: str | None
    sources: list[dict[str, Any]] = field(default_factory=list)

    def evidence(self) -> list[dict[str, Any]]:
        """The sources, ready for JSON: article id, title, url, published, evidence ids."""
        return [dict(s) for s in self.sources]


# --------------------------------------------------------------------------------------------
# Dates and windows
# --------------------------------------------------------------------------------------------


def parse_date(value: Any) -> _dt.date | None:
    """The first day of an ISO-like date (``2025-12-04``, ``2025-12``, ``2026-Q1``, ``2026``)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return period_start(str(value))


def _period_end(value: str, start: _dt.date, precision: str | None = None) -> _dt.date:
    """The last day of the period a date value names (its start for a full day); ``precision``
    'quarter' reads ``2026-01`` (the store's sortable form of 2026-Q1) as a quarter."""
    parts = value.split("-")
    if len(parts) >= 3:
        return start
    if len(parts) == 2 and not parts[1].startswith("Q") and precision != "quarter":
        nxt = _dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    if len(parts) == 2:  # a quarter
        month = start.month + 3
        nxt = _dt.date(start.year + (month > 12), (month - 1) % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    return _dt.date(start.year, 12, 31)


def effective_date(date_value: Any, published: Any, precision: str | None = None) -> _dt.date | None:
    """When a piece of evidence counts: its own date, narrowed to the publication date when that
    falls inside a coarse date, else the publication date when it has none."""
    pub = parse_date(published)
    start = parse_date(date_value)
    if start is None:
        return pub
    end = _period_end(str(date_value), start, precision)
    if pub is not None and start <= pub <= end:
        return pub
    return start


def window_key(day: _dt.date | None, window: str = "month") -> str | None:
    """The label of the window a day falls in: ``2025-12`` (month), ``2025-Q4``, ``2025-W49``,
    ``2025`` or ``2025-12-04``."""
    if day is None:
        return None
    if window == "day":
        return day.isoformat()
    if window == "week":
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if window == "month":
        return f"{day.year}-{day.month:02d}"
    if window == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if window == "year":
        return str(day.year)
    raise ValueError(f"unknown window {window!r}; use one of {', '.join(WINDOWS)}")


def window_end(key: str, window: str) -> _dt.date:
    """The last day of a window label (for dated membership at the window's close)."""
    if window == "week":
        year, week = key.split("-W")
        return _dt.date.fromisocalendar(int(year), int(week), 7)
    start = parse_date(key)
    assert start is not None
    return _period_end(key, start)


def in_range(day: _dt.date | None, since: Any = None, until: Any = None) -> bool:
    """``since <= day <= until`` (dates as ISO-like text or dates); undated days only without bounds."""
    if since is None and until is None:
        return True
    if day is None:
        return False
    lo, hi = parse_date(since), parse_date(until)
    if lo is not None and day < lo:
        return False
    if hi is not None:
        hi_end = _period_end(str(until), hi) if not isinstance(until, _dt.date) else hi
        if day > hi_end:
            return False
    return True


# --------------------------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------------------------


def normalise_statement(text: str) -> str:
    """Lower-case, accents folded, punctuation dropped, spaces collapsed: what 'the same' compares."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"\w+", text))


class _Clusters:
    """Groups quotes of one speaker whose normalised texts are (nearly) the same."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str, str], int] = {}
        self._by_speaker: dict[str, list[tuple[str, int]]] = defaultdict(list)

    def of(self, speaker: str, text: str) -> int:
        norm = normalise_statement(text)
        key = (speaker, norm)
        if key in self._exact:
            return self._exact[key]
        for other, cid in self._by_speaker[speaker]:
            if SequenceMatcher(None, norm, other, autojunk=False).ratio() >= SAME_STATEMENT:
                self._exact[key] = cid
                return cid
        cid = len(self._exact) + 1
        self._exact[key] = cid
        self._by_speaker[speaker].append((norm, cid))
        return cid


def stance_rows(conn: Any, issue: str | None = None, actor: str | None = None) -> list[dict[str, Any]]:
    """Stance rows joined with their article (title, url, published), oldest article first."""
    sql = ('SELECT s.article_id, s.actor, s.issue, s.polarity, s.strength, s.via, s."date", '
           's.date_value, s.date_precision, COALESCE(s.published, a.published) AS published, '
           's.evidence, a.title, a.url FROM stances s JOIN articles a ON a.id = s.article_id')
    where, params = [], []
    if issue is not None:
        where.append("s.issue = ?")
        params.append(issue)
    if actor is not None:
        where.append("s.actor = ?")
        params.append(actor)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY COALESCE(s.date_value, s.published, a.published), s.article_id, s.actor"
    return rows(conn, sql, params)


def _quote_texts(conn: Any, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article_id, quote id) -> (speaker, text) for the quotes named as evidence."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    articles = sorted({a for a, _ in pairs})
    for chunk in in_chunks(articles):
        for r in rows(conn, f"SELECT article_id, id, speaker, text FROM quotes "
                            f"WHERE article_id IN ({marks(len(chunk))})", chunk):
            key = (r["article_id"], r["id"])
            if key in pairs:
                out[key] = (r["speaker"] or "", r["text"] or "")
    return out


def principal(stance_list: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a person's own stance where, in the same article, their state's stance carries it
    (``via`` the person): the state speaks, not twice."""
    carried = {(r["article_id"], r["issue"], r["via"]) for r in stance_list if r.get("via")}
    return [r for r in stance_list if (r["article_id"], r["issue"], r["actor"]) not in carried]


def statements(conn: Any, issue: str | None = None, actor: str | None = None,
               since: Any = None, until: Any = None, people: bool = False) -> list[Statement]:
    """Deduplicated, dated statements of stances (see the module docstring), oldest first.

    ``people=False`` leaves out a person's stance when their state's stance carries it.
    """
    raw = stance_rows(conn, issue, actor)
    if not people:
        raw = principal(raw)
    for r in raw:
        r["evidence"] = loads(r["evidence"], []) or []
    pairs = {(r["article_id"], ref) for r in raw for ref in r["evidence"] if str(ref).startswith("q")}
    texts = _quote_texts(conn, pairs) if pairs else {}
    clusters = _Clusters()
    kept: list[Statement] = []
    seen: dict[tuple[str, str, int], Statement] = {}
    for r in raw:
        when = effective_date(r["date_value"], r["published"], r["date_precision"])
        if not in_range(when, since, until):
            continue
        source = {"article_id": r["article_id"], "title": r["title"], "url": r["url"],
                  "published": r["published"], "evidence": r["evidence"]}
        cids = [clusters.of(*texts[(r["article_id"], ref)]) for ref in r["evidence"]
                if (r["article_id"], ref) in texts]
        dup = next((seen[(r["actor"], r["issue"], c)] for c in cids if (r["actor"], r["issue"], c) in seen),
                   None)
        if dup is not None and all(s["article_id"] != r["article_id"] for s in dup.sources):
            dup.sources.append(source)
            for c in cids:
                seen.setdefault((r["actor"], r["issue"], c), dup)
            continue
        st = Statement(actor=r["actor"], issue=r["issue"], polarity=int(r["polarity"]),
                       strength=float(r["strength"] if r["strength"] is not None else 1.0),
                       when=when, via=r["via"], sources=[source])
        kept.append(st)
        for c in cids:
            seen.setdefault((r["actor"], r["issue"], c), st)
    return kept
