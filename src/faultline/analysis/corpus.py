"""Across the store: issues, stances over time, shifts, splits between allies and bloc cohesion.

All functions are read-only and take a DB-API connection (or a faultline ``Store``); they return
plain dicts ready for JSON. Aggregates count deduplicated statements (``statements.py``): the same
sentence by the same speaker reported by two articles counts once, with both sources kept; and a
person's stance counts through their state when the article says they spoke for it.

Definitions:
- *polarity of a cell* (an actor in a window): the sign of the mean polarity of its statements
  (0 when for and against cancel out).
- *latest stance*: the polarity of an actor's most recent statement up to a date (ties broken by
  the later article).
- *division* of an issue: ``2 * min(n_for, n_against) / (n_for + n_against)`` over the actors'
  latest stances: 0 when everyone agrees, 1 when the sides are even.
- *cohesion* of a bloc on an issue in a window: among the bloc's members at the window's end that
  took a stance in the window, the share whose cell polarity equals the majority polarity (the
  non-zero polarity most of them hold; a mixed member agrees with neither side; on a tie there is
  no majority and cohesion is the share of either side).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Any

from .sql import bounded, in_chunks, loads, marks, rows
from .statements import (
    WINDOWS,
    Statement,
    effective_date,
    in_range,
    parse_date,
    statements,
    window_end,
    window_key,
)

__all__ = ["cohesion", "issues", "shifts", "splits", "stance_matrix", "stances"]


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _sign(x: float) -> int:
    return 1 if x > 0 else -1 if x < 0 else 0


def _check_window(window: str) -> None:
    if window not in WINDOWS:
        from ..errors import ConfigError

        raise ConfigError(f"unknown window {window!r}", hint=f"use one of: {', '.join(WINDOWS)}")


def _names(conn: Any, ids: set[str]) -> dict[str, dict[str, Any]]:
    """id -> actor row (name, type, country, role) for the given ids."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in in_chunks(sorted(ids)):
        for r in rows(conn, f"SELECT id, name, type, country, role FROM actors WHERE id IN ({marks(len(chunk))})",
                      chunk):
            out[r["id"]] = r
    return out


def _labels(conn: Any, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in in_chunks(sorted(ids)):
        for r in rows(conn, f"SELECT id, label FROM issues WHERE id IN ({marks(len(chunk))})", chunk):
            out[r["id"]] = r["label"]
    return out


def _is_state(actor_id: str, info: dict[str, dict[str, Any]]) -> bool:
    row = info.get(actor_id)
    if row is not None:
        return row.get("type") == "state"
    return len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper()


def _iso(day: _dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _latest(items: list[Statement]) -> dict[tuple[str, str], Statement]:
    """(actor, issue) -> the most recent statement (undated ones count as oldest)."""
    out: dict[tuple[str, str], Statement] = {}
    for st in items:  # statements come oldest first, so a later one replaces an earlier
        key = (st.actor, st.issue)
        prev = out.get(key)
        if prev is None or (st.when or _dt.date.min) >= (prev.when or _dt.date.min):
            out[key] = st
    return out


def _default_kb() -> Any:
    try:
        from ..kb import KnowledgeBase  # type: ignore[attr-defined]

        return KnowledgeBase.load()
    except Exception:  # noqa: BLE001 - without a KB, memberships come from the splits table
        return None


class _RecordedBlocs:
    """Membership fallback when no knowledge base is available: a bloc's members are the states
    the per-article step already placed on either side of a split in it."""

    def __init__(self, conn: Any):
        self._members: dict[str, set[str]] = defaultdict(set)
        for r in rows(conn, 'SELECT bloc, "for", against FROM splits'):
            self._members[r["bloc"]].update(loads(r["for"], []) or [])
            self._members[r["bloc"]].update(loads(r["against"], []) or [])

    def blocs(self) -> list[str]:
        return sorted(self._members)

    def members(self, bloc: str, date: Any = None) -> frozenset[str]:
        return frozenset(self._members.get(bloc, ()))


def _bloc_ids(kb: Any) -> list[str]:
    out = []
    for entry in kb.blocs():
        if isinstance(entry, str):
            out.append(entry)
        elif getattr(entry, "type", "bloc") == "bloc":
            out.append(entry.id)
    return out


def _kb(conn: Any, kb: Any) -> Any:
    kb = kb if kb is not None else _default_kb()
    return kb if kb is not None else _RecordedBlocs(conn)


def _members(kb: Any, bloc: str, day: _dt.date | None) -> frozenset[str]:
    try:
        return frozenset(kb.members(bloc, day) or ())
    except Exception:  # noqa: BLE001 - an unknown bloc has no members
        return frozenset()


def _side(st: Statement, info: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {"actor": st.actor, "name": (info.get(st.actor) or {}).get("name", st.actor),
            "polarity": st.polarity, "date": _iso(st.when), "via": st.via, "sources": st.evidence()}


# --------------------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------------------


def issues(conn: Any, limit: int = 100) -> list[dict[str, Any]]:
    """Issues with how many actors took a stance, for and against (latest stance each), and how
    divided they are (see the module docstring)."""
    limit = bounded(limit, 100)
    labels = {r["id"]: r["label"] for r in rows(conn, "SELECT id, label FROM issues")}
    latest = _latest(statements(conn))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"n_actors": 0, "n_for": 0, "n_against": 0})
    for (_, issue), st in latest.items():
        c = counts[issue]
        c["n_actors"] += 1
        c["n_for"] += st.polarity > 0
        c["n_against"] += st.polarity < 0
    out = []
    for issue in set(labels) | set(counts):
        c = counts.get(issue, {"n_actors": 0, "n_for": 0, "n_against": 0})
        sided = c["n_for"] + c["n_against"]
        division = round(2 * min(c["n_for"], c["n_against"]) / sided, 3) if sided else 0.0
        out.append({"id": issue, "label": labels.get(issue, issue), **c, "division": division})
    out.sort(key=lambda d: (-d["n_actors"], -d["division"], d["id"]))
    return out[:limit]


def stances(conn: Any, issue: str | None = None, actor: str | None = None, since: Any = None,
            until: Any = None, limit: int = 500) -> list[dict[str, Any]]:
    """Stance rows (every actor, people included), oldest first, with their article and the date
    they count at (``when``: the evidence's date, else the article's publication)."""
    limit = bounded(limit, 500)
    from .statements import stance_rows

    out = []
    for r in stance_rows(conn, issue, actor):
        when = effective_date(r["date_value"], r["published"], r["date_precision"])
        if not in_range(when, since, until):
            continue
        out.append({
            "article_id": r["article_id"], "title": r["title"], "url": r["url"],
            "published": r["published"], "actor": r["actor"], "issue": r["issue"],
            "polarity": int(r["polarity"]), "strength": r["strength"], "via": r["via"],
            "date": loads(r["date"]), "when": _iso(when), "evidence": loads(r["evidence"], []),
        })
        if len(out) >= limit:
            break
    return out


def stance_matrix(conn: Any, issue: str, window: str = "month", since: Any = None,
                  until: Any = None) -> dict[str, Any]:
    """Actors x windows for one issue: each cell's polarity (sign of the mean of its
    statements), mean, count and evidence. Undated statements are left out (``undated`` counts them)."""
    _check_window(window)
    items = statements(conn, issue=issue, since=since, until=until)
    cells: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    undated = 0
    for st in items:
        key = window_key(st.when, window)
        if key is None:
            undated += 1
            continue
        cells[st.actor][key].append(st)
    windows = sorted({w for by_w in cells.values() for w in by_w})
    info = _names(conn, set(cells))
    matrix: dict[str, dict[str, Any]] = {}
    for actor_id, by_w in cells.items():
        matrix[actor_id] = {}
        for w, sts in sorted(by_w.items()):
            mean = sum(s.polarity for s in sts) / len(sts)
            matrix[actor_id][w] = {"polarity": _sign(mean), "mean": round(mean, 3), "n": len(sts),
                                   "evidence": [src for s in sts for src in s.evidence()]}
    actors = sorted(matrix, key=lambda a: (not _is_state(a, info), a))
    return {
        "issue": issue, "label": _labels(conn, {issue}).get(issue, issue), "window": window,
        "windows": windows,
        "actors": [{"id": a, "name": (info.get(a) or {}).get("name", a),
                    "type": (info.get(a) or {}).get("type")} for a in actors],
        "cells": {a: matrix[a] for a in actors},
        "undated": undated,
    }


def shifts(conn: Any, issue: str | None = None, actor: str | None = None,
           window: str = "month") -> list[dict[str, Any]]:
    """Changes of an actor's polarity on an issue between consecutive windows in which it took a
    stance, with the evidence on both sides, in date order."""
    _check_window(window)
    series: dict[tuple[str, str], dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for st in statements(conn, issue=issue, actor=actor):
        key = window_key(st.when, window)
        if key is not None:
            series[(st.actor, st.issue)][key].append(st)
    info = _names(conn, {a for a, _ in series})
    labels = _labels(conn, {i for _, i in series})
    out = []
    for (actor_id, issue_id), by_w in series.items():
        prev: tuple[str, int, list[Statement]] | None = None
        for w in sorted(by_w):
            sts = by_w[w]
            pol = _sign(sum(s.polarity for s in sts))
            if prev is not None and pol != prev[1]:
                out.append({
                    "actor": actor_id, "name": (info.get(actor_id) or {}).get("name", actor_id),
                    "issue": issue_id, "label": labels.get(issue_id, issue_id), "window": window,
                    "from": {"window": prev[0], "polarity": prev[1],
                             "evidence": [src for s in prev[2] for src in s.evidence()]},
                    "to": {"window": w, "polarity": pol,
                           "evidence": [src for s in sts for src in s.evidence()]},
                })
            prev = (w, pol, sts)
    out.sort(key=lambda d: (d["to"]["window"], d["actor"], d["issue"]))
    return out


def splits(conn: Any, bloc: str | None = None, issue: str | None = None, as_of: Any = None,
           since: Any = None, kb: Any = None, all_blocs: bool = False) -> list[dict[str, Any]]:
    """Allies on opposite sides as of a date: each state's latest stance up to ``as_of`` (from
    ``since``), grouped by the blocs it belonged to at ``as_of`` (dated membership). The issue's
    object (RUS for ``negotiate-with:RUS``) is never a side.

    Without ``bloc``, one bloc stands for each distinct pair of sides (the one the articles named
    most in their own splits, else the smallest), and a pair of sides contained in a larger one is
    left out; ``all_blocs=True`` lists every bloc, smallest first."""
    day = parse_date(as_of) or _dt.date.today()
    kb = _kb(conn, kb)
    items = [st for st in statements(conn, issue=issue, since=since)
             if st.when is None or st.when <= day]
    info = _names(conn, {st.actor for st in items})
    latest = {k: st for k, st in _latest(items).items() if _is_state(st.actor, info)}
    by_issue: dict[str, list[Statement]] = defaultdict(list)
    for (_, issue_id), st in latest.items():
        by_issue[issue_id].append(st)
    bloc_ids = [bloc] if bloc else _bloc_ids(kb)
    members = {b: _members(kb, b, day) for b in bloc_ids}
    labels = _labels(conn, set(by_issue))
    bloc_info = _names(conn, set(bloc_ids))
    out = []
    for issue_id, sts in sorted(by_issue.items()):
        obj = issue_id.partition(":")[2]
        for b in bloc_ids:
            inside = [st for st in sts if st.actor in members[b] and st.actor != obj]
            side_for = sorted((st for st in inside if st.polarity > 0), key=lambda s: s.actor)
            side_against = sorted((st for st in inside if st.polarity < 0), key=lambda s: s.actor)
            if not side_for or not side_against:
                continue
            out.append({
                "issue": issue_id, "label": labels.get(issue_id, issue_id), "bloc": b,
                "bloc_name": (bloc_info.get(b) or {}).get("name", b), "as_of": day.isoformat(),
                "n_members": len(members[b]),
                "for": [_side(st, info) for st in side_for],
                "against": [_side(st, info) for st in side_against],
            })
    if not bloc and not all_blocs:
        out = _one_bloc_per_split(conn, out)
    out.sort(key=lambda d: (d["issue"], d["n_members"], d["bloc"]))
    return out


def _one_bloc_per_split(conn: Any, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep one bloc per (issue, sides), preferring the blocs the per-article splits named, and drop
    sides that a larger split of the same issue contains."""
    named: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows(conn, "SELECT issue, bloc FROM splits"):
        named[(r["issue"], r["bloc"])] += 1

    def sides(d: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
        return (frozenset(x["actor"] for x in d["for"]), frozenset(x["actor"] for x in d["against"]))

    best: dict[tuple[str, frozenset[str], frozenset[str]], dict[str, Any]] = {}
    for d in sorted(found, key=lambda d: (-named[(d["issue"], d["bloc"])], d["n_members"], d["bloc"])):
        best.setdefault((d["issue"], *sides(d)), d)
    kept = []
    for (issue, f, a), d in best.items():
        if any(i == issue and (f2, a2) != (f, a) and f <= f2 and a <= a2 for i, f2, a2 in best):
            continue
        kept.append(d)
    return kept


def cohesion(conn: Any, bloc: str, issue: str, window: str = "month", kb: Any = None) -> list[dict[str, Any]]:
    """Per window: how united a bloc's members (at the window's end) were on an issue: the share
    of members with a stance in that window agreeing with the majority (see the module docstring)."""
    _check_window(window)
    kb = _kb(conn, kb)
    by_w: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for st in statements(conn, issue=issue):
        key = window_key(st.when, window)
        if key is not None:
            by_w[key][st.actor].append(st)
    obj = issue.partition(":")[2]
    out = []
    for w in sorted(by_w):
        members = _members(kb, bloc, window_end(w, window)) - {obj}
        cells = {a: _sign(sum(s.polarity for s in sts)) for a, sts in by_w[w].items() if a in members}
        n_for = sorted(a for a, p in cells.items() if p > 0)
        n_against = sorted(a for a, p in cells.items() if p < 0)
        mixed = sorted(a for a, p in cells.items() if p == 0)
        n = len(cells)
        if not n:
            continue
        if len(n_for) > len(n_against):
            majority, value = 1, len(n_for) / n
        elif len(n_against) > len(n_for):
            majority, value = -1, len(n_against) / n
        else:
            majority, value = None, len(n_for) / n
        out.append({"window": w, "bloc": bloc, "issue": issue, "n_members": len(members),
                    "n_with_stance": n, "majority": majority, "cohesion": round(value, 3),
                    "for": n_for, "against": n_against, "mixed": mixed})
    return out
