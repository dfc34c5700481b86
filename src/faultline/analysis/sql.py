"""Portable, parameterised reads over a DB-API connection (SQLite now, PostgreSQL later).

Every statement is written with ``?`` placeholders; :func:`rows` turns them into ``%s`` when the
connection is psycopg's. Nothing here builds SQL from values: values always travel as parameters.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..errors import StoreError

#: At most this many values in one ``IN (...)`` list (SQLite's default limit is 999 variables).
CHUNK = 500


def connection(conn: Any) -> Any:
    """The DB-API connection behind ``conn`` (a connection, or a faultline Store with ``.conn``)."""
    inner = getattr(conn, "conn", None)
    return inner if inner is not None and hasattr(inner, "cursor") else conn


def is_psycopg(conn: Any) -> bool:
    return type(connection(conn)).__module__.split(".")[0] in ("psycopg", "psycopg2")


def placeholders(sql: str, conn: Any) -> str:
    """``?`` -> ``%s`` for psycopg (our statements hold no literal ``?`` or ``%``)."""
    return sql.replace("?", "%s") if is_psycopg(conn) else sql


def rows(conn: Any, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run a read and return its rows as dicts keyed by column name."""
    db = connection(conn)
    try:
        cur = db.cursor()
        cur.execute(placeholders(sql, conn), tuple(params))
        names = [d[0] for d in cur.description or ()]
        out = [dict(zip(names, r, strict=False)) for r in cur.fetchall()]
        cur.close()
    except (sqlite3.Error, AttributeError) as e:
        raise StoreError(f"a read of the store failed ({e})",
                         hint="is this a faultline store, migrated to the current version?") from e
    except Exception as e:  # noqa: BLE001 - other drivers' errors, wrapped with our code
        if type(e).__module__.split(".")[0] in ("psycopg", "psycopg2"):
            raise StoreError(f"a read of the store failed ({e})",
                             hint="is this a faultline store, migrated to the current version?") from e
        raise
    return out


def in_chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Split values into lists small enough for one ``IN (?, ?, ...)``."""
    chunk: list[Any] = []
    for v in values:
        chunk.append(v)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def marks(n: int) -> str:
    """``?, ?, ?`` for an IN list of n values."""
    return ", ".join("?" for _ in range(n))


def like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``%``, ``_`` and ``\\`` escaped
    (use with ``ESCAPE '\\'``), lower-cased to pair with ``LOWER(column)``."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def loads(value: Any, default: Any = None) -> Any:
    """A JSON text column decoded (lists, objects), ``default`` when empty or not JSON."""
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return default


def bounded(limit: int | None, default: int, ceiling: int = 10_000) -> int:
    """A sane LIMIT: ``default`` when None, never below 0 or above ``ceiling``."""
    if limit is None:
        return default
    return max(0, min(int(limit), ceiling))
