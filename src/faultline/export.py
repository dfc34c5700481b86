"""Export the store's events: a GDELT-2.0-like event table, CSV, JSONL or Parquet.

The GDELT-style table has one row per event and source×target pair, with the columns analysts know
from GDELT 2.0's event table, in PLOVER terms: date (YYYYMMDD where the day is known), the actor codes
and names, the event type and mode, negation, the source article's URL and the offsets of the text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from .errors import ConfigError

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "DatePrecision", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "AboutCodes", "EventType", "EventMode",
    "IsNegated", "Modality", "Trigger", "QuoteID", "ArticleID", "SourceURL", "SourceRef",
    "Published", "TextStart", "TextEnd", "Text",
)

EVENT_COLUMNS = ("article_id", "id", "type", "mode", "source", "target", "about", "negated", "date_value",
                 "date_precision", "published", "text", "start", "end", "quote", "trigger", "modality",
                 "url", "ref")

FORMATS = ("gdelt", "csv", "jsonl", "parquet")


def _q(conn: Any, sql: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
    """Rows as dicts, streamed (an export can be larger than memory)."""
    from .analysis.sql import placeholders

    cur = conn.cursor()
    cur.execute(placeholders(sql, conn), params)
    cols = [c[0] for c in cur.description]
    for row in cur:
        yield dict(zip(cols, row, strict=True))


def iter_events(conn: Any) -> Iterator[dict[str, Any]]:
    """Every stored event with its article's date and URL, in a stable order."""
    sql = ('SELECT e.article_id, e.id, e.type, e.mode, e.source, e.target, e.about, e.negated, '
           'e.date_value, e.date_precision, a.published, e.text, e."start", e."end", e.quote, e.trigger, '
           'e.modality, a.url, a.ref FROM events e JOIN articles a ON a.id = e.article_id '
           'ORDER BY COALESCE(e.date_value, a.published), e.article_id, e.id')
    for row in _q(conn, sql):
        for key in ("source", "target", "about"):
            row[key] = json.loads(row[key]) if isinstance(row[key], str) and row[key] else (row[key] or [])
        row["negated"] = bool(row["negated"])
        yield row


def gdelt_rows(conn: Any, names: dict[str, tuple[str, str | None]] | None = None) -> Iterator[dict[str, Any]]:
    """GDELT-2.0-style rows: one per (source, target) pair of each event."""
    names = names if names is not None else actor_names(conn)
    for ev in iter_events(conn):
        day, precision = ev["date_value"], ev["date_precision"]
        if not day:
            day, precision = ev["published"], "day" if ev["published"] else "unknown"
        stamp = day.replace("-", "") if day and precision == "day" else (day or "")
        for s in ev["source"] or [None]:
            for t in ev["target"] or [None]:
                sname, scountry = names.get(s or "", (s, None))
                tname, tcountry = names.get(t or "", (t, None))
                yield {
                    "GlobalEventID": f"{ev['article_id'][:16]}-{ev['id']}-{s or ''}-{t or ''}",
                    "Day": stamp, "DatePrecision": precision,
                    "Actor1Code": s or "", "Actor1Name": sname or "", "Actor1CountryCode": scountry or "",
                    "Actor2Code": t or "", "Actor2Name": tname or "", "Actor2CountryCode": tcountry or "",
                    "AboutCodes": ";".join(ev["about"]), "EventType": ev["type"], "EventMode": ev["mode"] or "",
                    "IsNegated": int(ev["negated"]), "Modality": ev["modality"] or "",
                    "Trigger": ev["trigger"] or "", "QuoteID": ev["quote"] or "", "ArticleID": ev["article_id"],
                    "SourceURL": ev["url"] or "", "SourceRef": ev["ref"] or "", "Published": ev["published"] or "",
                    "TextStart": ev["start"], "TextEnd": ev["end"], "Text": " ".join((ev["text"] or "").split()),
                }


def actor_names(conn: Any) -> dict[str, tuple[str, str | None]]:
    return {r["id"]: (r["name"], r["country"] if r["type"] != "state" else r["id"])
            for r in _q(conn, "SELECT id, name, type, country FROM actors")}


def export(conn: Any, fmt: str, out: TextIO | Path) -> int:
    """Write the events in ``fmt`` to a text stream (gdelt, csv, jsonl) or a file path (parquet).
    Returns the number of rows written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(conn, out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as f:
            return export(conn, fmt, f)
    n = 0
    if fmt == "jsonl":
        for ev in iter_events(conn):
            out.write(json.dumps(ev, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "gdelt":
        writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
        rows: Iterator[dict[str, Any]] = gdelt_rows(conn)
    else:
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS, lineterminator="\n")
        rows = ({**ev, **{k: ";".join(ev[k]) for k in ("source", "target", "about")}} for ev in iter_events(conn))
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def _parquet(conn: Any, out: TextIO | Path) -> int:
    if not isinstance(out, Path):
        raise ConfigError("parquet needs an output file", hint="pass --out events.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ConfigError("parquet export needs pyarrow", hint="pip install 'faultline[parquet]'") from e
    rows = list(iter_events(conn))
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in EVENT_COLUMNS})
    pq.write_table(table, out)
    return len(rows)
