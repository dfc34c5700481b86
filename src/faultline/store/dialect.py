"""The dialect layer: everything that differs between SQLite and PostgreSQL lives here.

The migrations' DDL and the statements built below are portable SQL (ANSI double-quoted
identifiers, ``INSERT ... ON CONFLICT DO NOTHING``); connecting, pragmas, placeholders and
transaction start are the dialect's business. Only SQLite is implemented so far.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from faultline.errors import StoreError


def quote_ident(name: str) -> str:
    """ANSI-quoted identifier: every column name in generated SQL is quoted, keywords or not."""
    return '"' + name.replace('"', '""') + '"'


def insert_ignore(table: str, columns: tuple[str, ...], placeholder: str = "?") -> str:
    """``INSERT ... ON CONFLICT DO NOTHING`` for ``table`` (portable: SQLite >= 3.24, PostgreSQL >= 9.5)."""
    cols = ", ".join(quote_ident(c) for c in columns)
    values = ", ".join(placeholder for _ in columns)
    return f"INSERT INTO {quote_ident(table)} ({cols}) VALUES ({values}) ON CONFLICT DO NOTHING"


def split_statements(script: str) -> list[str]:
    """The statements of an SQL script (``--`` comments dropped), so each runs inside one transaction."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


@dataclass(frozen=True)
class SQLiteDialect:
    """SQLite: WAL journal, foreign keys on, ``BEGIN IMMEDIATE`` so a writer takes the lock up front."""

    path: str
    placeholder: str = "?"
    begin: str = "BEGIN IMMEDIATE"

    def connect(self, *, readonly: bool = False) -> sqlite3.Connection:
        memory = self.path == ":memory:"
        try:
            if readonly:
                if memory or not Path(self.path).exists():
                    raise StoreError("no store to open read-only", input_name=self.path,
                                     hint="write to it first, e.g. faultline analyze ... --db PATH")
                uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA query_only = ON")
            else:
                parent = Path(self.path).parent
                if not memory and not parent.is_dir():
                    raise StoreError("its folder does not exist", input_name=self.path,
                                     hint=f"create {parent} first")
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a non-database
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the store ({e})", input_name=self.path,
                             hint="is it a faultline SQLite file?") from e
        return conn


def dialect_for(url_or_path: str) -> SQLiteDialect:
    """The dialect for a path, ``sqlite:///relative``, ``sqlite:////absolute`` or ``:memory:``."""
    target = url_or_path
    if "://" in target:
        scheme, _, rest = target.partition("://")
        if scheme in ("postgres", "postgresql", "postgresql+psycopg"):
            raise StoreError("PostgreSQL is not supported yet", input_name=url_or_path,
                             hint="use a SQLite path such as faultline.db")
        if scheme != "sqlite":
            raise StoreError(f"unknown store URL scheme {scheme!r}", input_name=url_or_path,
                             hint="use a path or sqlite:///path")
        target = rest[1:] if rest.startswith("/") else rest  # sqlite:///x.db -> x.db, sqlite:////abs
        target = target or ":memory:"
    return SQLiteDialect(path=target)
