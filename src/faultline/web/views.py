"""Small pure helpers shared by the dashboard and the static report: names, polarity words, the grid.

Query results arrive as plain JSON-ready data (``faultline.analysis``); these functions only reshape
them for a template (rows x windows, evidence links), they never query the store themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

POLARITY = {1: ("for", "pos", "+"), -1: ("against", "neg", "\u2212"), 0: ("mixed", "mix", "\u00b1")}


def load_default_kb() -> Any:
    """The bundled knowledge base, or None when it cannot be loaded (names then come from the store)."""
    try:
        from faultline.kb import default_kb
    except ImportError:
        return None
    try:
        return default_kb()
    except Exception:  # noqa: BLE001 - the dashboard works without names from the KB
        return None


class Namer:
    """Display names for actor ids: the knowledge base first, then the store's actors table, else the id."""

    def __init__(self, kb: Any = None, conn: Any = None):
        self._kb = kb
        self._conn = conn
        self._store: dict[str, str] | None = None

    def _store_names(self) -> dict[str, str]:
        if self._store is None:
            self._store = {}
            if self._conn is not None:
                from faultline import analysis

                for row in analysis.actors(self._conn, limit=5000):
                    row = row if isinstance(row, Mapping) else vars(row)
                    if row.get("id"):
                        self._store[row["id"]] = row.get("name") or row["id"]
        return self._store

    def name(self, actor_id: Any) -> str:
        if actor_id is None:
            return ""
        actor_id = str(actor_id)
        if self._kb is not None:
            try:
                entry = self._kb.get(actor_id)
            except Exception:  # noqa: BLE001
                entry = None
            if entry is not None and getattr(entry, "name", None):
                return str(entry.name)
        return self._store_names().get(actor_id, actor_id)


def polarity_word(polarity: Any) -> dict[str, str]:
    """``{"word": "for", "cls": "pos", "sign": "+"}`` for 1, -1 and 0 (or None: no stance)."""
    try:
        p = int(polarity)
    except (TypeError, ValueError):
        return {"word": "", "cls": "none", "sign": ""}
    p = 1 if p > 0 else -1 if p < 0 else 0
    word, cls, sign = POLARITY[p]
    return {"word": word, "cls": cls, "sign": sign}


def _parse(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def dashboard_href(article_id: str, ref: str | None) -> str:
    """The dashboard's link to a piece of evidence: the article page, scrolled to the quote or event."""
    return f"/articles/{quote(str(article_id))}" + (f"#{quote(str(ref))}" if ref else "")


Href = Callable[[str, str | None], str]


def evidence_links(evidence: Any, article_id: str | None = None,
                   href: Href = dashboard_href) -> list[dict[str, str]]:
    """Links to the evidence of a stance: ``{"href": "/articles/ID#q3", "label": "q3", "article_id": ID}``.

    Accepts the shapes the store and queries use: a list of ids with one article, dicts with
    ``article_id`` and ``id`` (or ``evidence``), or ``"ARTICLE#q3"`` strings.
    """
    links: list[dict[str, str]] = []
    for item in _parse(evidence) or []:
        item = _parse(item)
        art, ref = article_id, None
        if isinstance(item, Mapping):
            art = item.get("article_id") or item.get("article") or art
            ref = item.get("id") or item.get("evidence") or item.get("ref")
            if isinstance(ref, list):
                links.extend(dict(link, title=str(item.get("title") or link["title"]))
                             for link in evidence_links(ref, art, href))
                continue
        elif isinstance(item, str) and "#" in item:
            art, ref = item.split("#", 1)
        elif isinstance(item, str):
            ref = item
        if art:
            title = item.get("title") if isinstance(item, Mapping) else None
            links.append({"href": href(str(art), str(ref) if ref else None), "label": str(ref or "article"),
                          "article_id": str(art), "title": str(title or art[:12])})
    return links


def _cells(matrix: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    """The cells of a stance matrix as ``{"actor", "window", ...}`` dicts, whatever the nesting."""
    cells = matrix.get("cells")
    if isinstance(cells, list):
        yield from (dict(c) for c in cells if isinstance(c, Mapping))
    elif isinstance(cells, Mapping):
        for actor, by_window in cells.items():
            for window, cell in (by_window or {}).items():
                if isinstance(cell, Mapping):
                    yield {"actor": actor, "window": window, **cell}
                else:
                    yield {"actor": actor, "window": window, "polarity": cell}
    for row in matrix.get("rows") or []:
        if not isinstance(row, Mapping):
            continue
        row_cells = row.get("cells") or {}
        items = row_cells.items() if isinstance(row_cells, Mapping) else (
            (c.get("window"), c) for c in row_cells if isinstance(c, Mapping))
        for window, cell in items:
            if isinstance(cell, Mapping):
                yield {"actor": row.get("actor") or row.get("id"), "window": window, **cell}


def matrix_view(matrix: Mapping[str, Any] | None, name: Callable[[Any], str],
                href: Href = dashboard_href) -> dict[str, Any]:
    """A stance matrix as a grid for templates: windows (columns) and one row per actor.

    Each cell is None (no stance) or ``{"polarity", "word", "cls", "sign", "n", "links", "href",
    "anchor"}``: ``href`` goes straight to the evidence when it is one article, else to the cell's
    evidence list (``#ev-ACTOR-WINDOW``) on the same page.
    """
    matrix = matrix or {}
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for cell in _cells(matrix):
        actor, window = str(cell.get("actor")), str(cell.get("window"))
        links = evidence_links(cell.get("evidence") or cell.get("refs") or [], cell.get("article_id"), href)
        pol = polarity_word(cell.get("polarity"))
        anchor = f"ev-{actor}-{window}".replace(":", "-").replace(" ", "-")
        articles = {link["article_id"] for link in links}
        multi = len(articles) > 1
        target = f"#{anchor}" if multi or not links else links[0]["href"]
        by_key[(actor, window)] = {"actor": actor, "window": window, "polarity": cell.get("polarity"),
                                   **pol, "n": cell.get("n") or len(links) or None, "links": links,
                                   "href": target, "anchor": anchor, "multi": multi, "mean": cell.get("mean"),
                                   "statements": cell.get("statements") or []}
    windows = [str(w) for w in (matrix.get("windows") or [])] or sorted({w for _, w in by_key})
    listed = [a if isinstance(a, Mapping) else {"id": a} for a in (matrix.get("actors") or [])]
    names = {str(a["id"]): a.get("name") for a in listed if a.get("id")}
    actor_ids = list(names) or sorted({a for a, _ in by_key})
    rows: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for a in actor_ids:
        cells = [by_key.get((a, w)) for w in windows]
        if not any(cells):
            continue
        label = name(a) if name(a) != a else (names.get(a) or a)
        rows.append({"actor": a, "name": label, "cells": cells})
        evidence += [{**c, "name": label} for c in cells if c and (c["multi"] or not c["links"])]
    return {"windows": windows, "rows": rows, "evidence": evidence}


def _side_ids(side: Any) -> tuple[str, ...]:
    return tuple(str(x.get("actor") if isinstance(x, Mapping) else x) for x in side or [])


def group_splits(rows: Iterable[Mapping[str, Any]], name: Callable[[Any], str],
                 href: Href = dashboard_href) -> list[dict[str, Any]]:
    """Splits with the same issue and sides, merged: one card listing every bloc they divide.

    The split query reports a split once per bloc (NATO, G7, EU, ...); a reader wants to see each
    division once, with the blocs it cuts through (smallest first, the query's order) and one
    evidence link per actor and article.
    """
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = (row.get("issue"), _side_ids(row.get("for")), _side_ids(row.get("against")))
        group = groups.get(key)
        if group is None:
            evidence: list[dict[str, Any]] = []
            seen: set[tuple[str, str]] = set()
            for verdict in ("for", "against"):
                for side in row.get(verdict) or []:
                    if not isinstance(side, Mapping):
                        continue
                    for link in evidence_links(side.get("sources") or side.get("evidence") or [], href=href):
                        if (str(side.get("actor")), link["article_id"]) in seen:
                            continue
                        seen.add((str(side.get("actor")), link["article_id"]))
                        evidence.append({**link, "actor": side.get("actor"), "name": name(side.get("actor")),
                                         "date": side.get("date"), "verdict": verdict})
            group = groups[key] = {"issue": row.get("issue"), "label": row.get("label") or row.get("issue"),
                                   "for": list(key[1]), "against": list(key[2]), "as_of": row.get("as_of"),
                                   "blocs": [], "evidence": evidence}
        bloc = row.get("bloc")
        bloc_name = row.get("bloc_name")
        group["blocs"].append({"id": bloc, "name": bloc_name if bloc_name and bloc_name != bloc else name(bloc)})
    return list(groups.values())
