"""Browsing the store: timelines, quotes, actors, one article, search.

Read-only, parameterised (``LOWER(col) LIKE ? ESCAPE '\\'`` for words, so a name with a quote in it
is just a value), bounded by ``limit``; rows come back as plain dicts with JSON columns decoded.
"""

from __future__ import annotations

from typing import Any

from .sql import bounded, in_chunks, like, loads, marks, rows
from .statements import effective_date, in_range, parse_date

__all__ = ["actor", "actors", "article", "quotes", "search", "timeline"]

_ESC = " ESCAPE '\\'"
_QUOTE_COLS = ('q.article_id, q.id, q.kind, q.text, q."start", q."end", q.speaker, q.speaker_text, '
               'q.speaker_span, q.cue, q.cue_span, q."date", q.date_value, q.date_precision, q.speakers')
_EVENT_COLS = ('e.article_id, e.id, e.type, e.mode, e.source, e.target, e.about, e.negated, e."date", '
               'e.date_value, e.date_precision, e.text, e."start", e."end", e.quote, e."trigger", '
               'e.modality')
_ARTICLE_COLS = "a.title, a.url, a.published"


def _json_list(actor_id: str) -> str:
    """A LIKE pattern for an id inside a JSON list column (``["GBR","FRA"]``)."""
    escaped = actor_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped}"%'


def _quote_dict(r: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    when = effective_date(r.get("date_value"), r.get("published"), r.get("date_precision"))
    return {
        "kind": "quote", "article_id": r["article_id"], "id": r["id"], "quote_kind": r["kind"],
        "text": r["text"], "start": r["start"], "end": r["end"], "speaker": r["speaker"],
        "speaker_name": names.get(r["speaker"] or "", r["speaker"]),
        "speakers": loads(r.get("speakers")) or ([r["speaker"]] if r["speaker"] else []),
        "speaker_text": r["speaker_text"],
        "speaker_span": loads(r.get("speaker_span")), "cue": r["cue"], "cue_span": loads(r.get("cue_span")),
        "date": loads(r.get("date")), "when": when.isoformat() if when else None,
        "title": r.get("title"), "url": r.get("url"), "published": r.get("published"),
    }


def _event_dict(r: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    when = effective_date(r.get("date_value"), r.get("published"), r.get("date_precision"))
    source, target, about = (loads(r.get(k), []) or [] for k in ("source", "target", "about"))
    involved = list(dict.fromkeys([*source, *target, *about]))
    return {
        "kind": "event", "article_id": r["article_id"], "id": r["id"], "type": r["type"],
        "mode": r["mode"], "source": source, "target": target, "about": about,
        "negated": bool(r["negated"]), "text": r["text"], "start": r["start"], "end": r["end"],
        "quote": r["quote"], "trigger": r.get("trigger"), "modality": r.get("modality"),
        "actors": [{"id": a, "name": names.get(a, a)} for a in involved],
        "date": loads(r.get("date")), "when": when.isoformat() if when else None,
        "title": r.get("title"), "url": r.get("url"), "published": r.get("published"),
    }


def _actor_names(conn: Any, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in in_chunks(sorted(i for i in ids if i)):
        for r in rows(conn, f"SELECT id, name FROM actors WHERE id IN ({marks(len(chunk))})", chunk):
            out[r["id"]] = r["name"]
    return out


def _evidence_pairs(conn: Any, issue: str, actor_id: str | None) -> set[tuple[str, str]]:
    """(article_id, evidence id) of the stances on an issue (of one actor, or of its people)."""
    sql = "SELECT article_id, actor, via, evidence FROM stances WHERE issue = ?"
    params: list[Any] = [issue]
    if actor_id is not None:
        sql += " AND (actor = ? OR via = ?)"
        params += [actor_id, actor_id]
    return {(r["article_id"], str(ref)) for r in rows(conn, sql, params)
            for ref in (loads(r["evidence"], []) or [])}


def _loose_since(since: Any) -> str | None:
    """The year of ``since``: a prefilter the SQL can apply to mixed-precision date text."""
    day = parse_date(since)
    return f"{day.year:04d}" if day else None


def _fetch(conn: Any, table: str, where: list[str], params: list[Any], order_limit: int | None,
           since: Any) -> list[dict[str, Any]]:
    alias, cols = ("q", _QUOTE_COLS) if table == "quotes" else ("e", _EVENT_COLS)
    where = list(where)
    params = list(params)
    loose = _loose_since(since)
    if loose:
        where.append(f"COALESCE({alias}.date_value, a.published) >= ?")
        params.append(loose)
    sql = f"SELECT {cols}, {_ARTICLE_COLS} FROM {table} {alias} JOIN articles a ON a.id = {alias}.article_id"
    if where:
        sql += " WHERE " + " AND ".join(f"({w})" for w in where)
    sql += f" ORDER BY COALESCE({alias}.date_value, a.published), {alias}.article_id, {alias}.id"
    if order_limit is not None:
        sql += " LIMIT ?"
        params.append(order_limit)
    return rows(conn, sql, params)


def _speaker_filter(actor_id: str) -> tuple[str, list[Any]]:
    """Quotes by an actor or by people and bodies of that state, joint statements included."""
    return (f"q.speaker = ? OR q.speakers LIKE ?{_ESC} OR q.speaker IN (SELECT id FROM actors WHERE country = ?)",
            [actor_id, _json_list(actor_id), actor_id])


def timeline(conn: Any, issue: str | None = None, actor: str | None = None, since: Any = None,
             until: Any = None, limit: int = 500) -> list[dict[str, Any]]:
    """Quotes and events in date order (their own date, else the article's publication; undated
    last), each with its article (id, title, url) and speaker or actors. With ``issue``: the
    evidence of stances on it (of ``actor`` when given)."""
    limit = bounded(limit, 500)
    raw: list[tuple[str, dict[str, Any]]] = []
    if issue is not None:
        pairs = _evidence_pairs(conn, issue, actor)
        articles = sorted({a for a, _ in pairs})
        for chunk in in_chunks(articles):
            cond = f"{{}}.article_id IN ({marks(len(chunk))})"
            for table, alias in (("quotes", "q"), ("events", "e")):
                for r in _fetch(conn, table, [cond.format(alias)], chunk, None, since):
                    if (r["article_id"], r["id"]) in pairs:
                        raw.append((table, r))
    else:
        fetch_limit = limit * 4 if until is not None else limit * 2
        q_where, q_params, e_where, e_params = [], [], [], []
        if actor is not None:
            w, p = _speaker_filter(actor)
            q_where, q_params = [w], p
            pattern = _json_list(actor)
            e_where = [f"e.source LIKE ?{_ESC} OR e.target LIKE ?{_ESC} OR e.about LIKE ?{_ESC}"]
            e_params = [pattern, pattern, pattern]
        raw += [("quotes", r) for r in _fetch(conn, "quotes", q_where, q_params, fetch_limit, since)]
        raw += [("events", r) for r in _fetch(conn, "events", e_where, e_params, fetch_limit, since)]
    ids: set[str] = set()
    for table, r in raw:
        if table == "quotes":
            ids.add(r["speaker"] or "")
        else:
            for k in ("source", "target", "about"):
                ids.update(loads(r[k], []) or [])
    names = _actor_names(conn, ids)
    items = [(_quote_dict(r, names) if t == "quotes" else _event_dict(r, names)) for t, r in raw]
    items = [i for i in items if in_range(parse_date(i["when"]), since, until)]
    items.sort(key=lambda i: (i["when"] is None, i["when"] or "", i["published"] or "", i["article_id"],
                              i["kind"] != "event", i["id"]))
    return items[:limit]


def quotes(conn: Any, speaker: str | None = None, actor: str | None = None, issue: str | None = None,
           q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Quotes by a speaker, by an actor (or its people), evidencing an issue, or containing words."""
    limit = bounded(limit, 200)
    where: list[str] = []
    params: list[Any] = []
    if speaker is not None:
        where.append(f"q.speaker = ? OR q.speakers LIKE ?{_ESC}")
        params += [speaker, _json_list(speaker)]
    if actor is not None:
        w, p = _speaker_filter(actor)
        where.append(w)
        params += p
    if q:
        where.append(f"LOWER(q.text) LIKE ?{_ESC} OR LOWER(q.speaker_text) LIKE ?{_ESC}")
        params += [like(q), like(q)]
    pairs = _evidence_pairs(conn, issue, None) if issue is not None else None
    if pairs is not None:
        articles = sorted({a for a, _ in pairs})
        found = []
        for chunk in in_chunks(articles):
            found += _fetch(conn, "quotes", [*where, f"q.article_id IN ({marks(len(chunk))})"],
                            [*params, *chunk], None, None)
        found = [r for r in found if (r["article_id"], r["id"]) in pairs]
    else:
        found = _fetch(conn, "quotes", where, params, limit, None)
    names = _actor_names(conn, {r["speaker"] or "" for r in found})
    return [_quote_dict(r, names) for r in found][:limit]


def actors(conn: Any, q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Actors with how often and in how many articles they are mentioned; ``q`` filters by name or id."""
    limit = bounded(limit, 200)
    sql = ("SELECT a.id, a.name, a.type, a.country, a.role, a.wikidata, COUNT(m.actor_id) AS n_mentions, "
           "COUNT(DISTINCT m.article_id) AS n_articles FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id")
    params: list[Any] = []
    if q:
        sql += f" WHERE LOWER(a.name) LIKE ?{_ESC} OR LOWER(a.id) LIKE ?{_ESC}"
        params += [like(q), like(q)]
    sql += (" GROUP BY a.id, a.name, a.type, a.country, a.role, a.wikidata"
            " ORDER BY n_mentions DESC, a.id LIMIT ?")
    params.append(limit)
    return rows(conn, sql, params)


def actor(conn: Any, actor_id: str, limit: int = 100) -> dict[str, Any] | None:
    """One actor with its stances (latest per issue first), quotes (its own and its people's) and
    events it takes part in; None when unknown."""
    found = rows(conn, "SELECT id, name, type, country, role, wikidata FROM actors WHERE id = ?", [actor_id])
    if not found:
        return None
    out = dict(found[0])
    from .corpus import stances as _stances

    st = _stances(conn, actor=actor_id, limit=limit)
    latest: dict[str, dict[str, Any]] = {}
    for s in st:
        latest[s["issue"]] = s
    out["stances"] = sorted(st, key=lambda s: (s["when"] is None, s["when"] or ""), reverse=True)
    out["latest"] = sorted(latest.values(), key=lambda s: s["issue"])
    out["quotes"] = quotes(conn, actor=actor_id, limit=limit)
    pattern = _json_list(actor_id)
    ev = _fetch(conn, "events", [f"e.source LIKE ?{_ESC} OR e.target LIKE ?{_ESC} OR e.about LIKE ?{_ESC}"],
                [pattern, pattern, pattern], limit, None)
    ids = {i for r in ev for k in ("source", "target", "about") for i in (loads(r[k], []) or [])}
    names = _actor_names(conn, ids)
    out["events"] = [_event_dict(r, names) for r in ev]
    counts = rows(conn, "SELECT COUNT(*) AS n_mentions, COUNT(DISTINCT article_id) AS n_articles "
                        "FROM mentions WHERE actor_id = ?", [actor_id])
    out.update(counts[0] if counts else {"n_mentions": 0, "n_articles": 0})
    return out


def article(conn: Any, article_id: str) -> dict[str, Any] | None:
    """The article row plus its actors (with mentions), quotes, events, stances and splits."""
    found = rows(conn, "SELECT id, ref, title, url, source, published, language, text, n_words "
                       "FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    out = dict(found[0])
    meta = {"title": out["title"], "url": out["url"], "published": out["published"]}
    mentions = rows(conn, 'SELECT m.actor_id, m."start", m."end", m.text, a.name, a.type, a.country, a.role, '
                          'a.wikidata FROM mentions m JOIN actors a ON a.id = m.actor_id '
                          'WHERE m.article_id = ? ORDER BY m."start", m."end"', [article_id])
    by_actor: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = by_actor.setdefault(m["actor_id"], {
            "id": m["actor_id"], "name": m["name"], "type": m["type"], "country": m["country"],
            "role": m["role"], "wikidata": m["wikidata"], "mentions": []})
        entry["mentions"].append({"start": m["start"], "end": m["end"], "text": m["text"]})
    out["actors"] = list(by_actor.values())
    names = {a["id"]: a["name"] for a in out["actors"]}
    qs = rows(conn, f"SELECT {_QUOTE_COLS} FROM quotes q WHERE q.article_id = ? ORDER BY q.\"start\"",
              [article_id])
    es = rows(conn, f"SELECT {_EVENT_COLS} FROM events e WHERE e.article_id = ? ORDER BY e.\"start\"",
              [article_id])
    out["quotes"] = [_quote_dict({**r, **meta}, names) for r in qs]
    out["events"] = [_event_dict({**r, **meta}, names) for r in es]
    st = rows(conn, 'SELECT s.actor, s.issue, s.polarity, s.strength, s.via, s."date", s.evidence, '
                    's.evidence_spans, i.label FROM stances s LEFT JOIN issues i ON i.id = s.issue '
                    'WHERE s.article_id = ? ORDER BY s.issue, s.polarity DESC, s.actor', [article_id])
    out["stances"] = [{**r, "date": loads(r["date"]), "evidence": loads(r["evidence"], []),
                       "evidence_spans": loads(r["evidence_spans"], [])} for r in st]
    sp = rows(conn, 'SELECT issue, bloc, "for", against, evidence FROM splits WHERE article_id = ? '
                    'ORDER BY issue, bloc', [article_id])
    out["splits"] = [{"issue": r["issue"], "bloc": r["bloc"], "for": loads(r["for"], []),
                      "against": loads(r["against"], []), "evidence": loads(r["evidence"], [])} for r in sp]
    return out


def _snippet(text: str | None, q: str, width: int = 80) -> str:
    if not text:
        return ""
    i = text.lower().find(q.lower())
    if i < 0:
        return text[:width * 2]
    start = max(0, i - width)
    return ("…" if start else "") + text[start:i + len(q) + width] + ("…" if i + len(q) + width < len(text) else "")


def search(conn: Any, q: str, limit: int = 50) -> list[dict[str, Any]]:
    """Actors by name, quotes by speaker or words, articles by title or words: actors first."""
    limit = bounded(limit, 50)
    if not q or not q.strip():
        return []
    q = q.strip()
    pat = like(q)
    out: list[dict[str, Any]] = []
    for r in rows(conn, f"SELECT id, name, type, country FROM actors WHERE LOWER(name) LIKE ?{_ESC} "
                        f"OR LOWER(id) LIKE ?{_ESC} ORDER BY name LIMIT ?", [pat, pat, limit]):
        out.append({"kind": "actor", "id": r["id"], "name": r["name"], "type": r["type"],
                    "country": r["country"]})
    qs = rows(conn, f"SELECT q.article_id, q.id, q.text, q.speaker, q.speaker_text, {_ARTICLE_COLS} "
                    f"FROM quotes q JOIN articles a ON a.id = q.article_id "
                    f"LEFT JOIN actors s ON s.id = q.speaker "
                    f"WHERE LOWER(q.text) LIKE ?{_ESC} OR LOWER(q.speaker_text) LIKE ?{_ESC} "
                    f"OR LOWER(s.name) LIKE ?{_ESC} "
                    f"ORDER BY a.published, q.article_id, q.id LIMIT ?", [pat, pat, pat, limit])
    for r in qs:
        out.append({"kind": "quote", "article_id": r["article_id"], "id": r["id"], "speaker": r["speaker"],
                    "speaker_text": r["speaker_text"], "text": r["text"], "title": r["title"],
                    "url": r["url"], "published": r["published"], "snippet": _snippet(r["text"], q)})
    arts = rows(conn, f"SELECT id, title, url, published, text FROM articles a WHERE LOWER(a.title) LIKE ?{_ESC} "
                      f"OR LOWER(a.text) LIKE ?{_ESC} ORDER BY published, id LIMIT ?", [pat, pat, limit])
    for r in arts:
        out.append({"kind": "article", "article_id": r["id"], "title": r["title"], "url": r["url"],
                    "published": r["published"], "snippet": _snippet(r["text"], q)})
    return out[:limit]
