"""The dialect layer: everything that differs between SQLite and PostgreSQL lives here.

The migrations' DDL and the statements built below are portable SQL (ANSI double-quoted
identifiers, ``INSERT ... ON CONFLICT DO NOTHING``, ``?`` placeholders); connecting, pragmas,
placeholders, column types, locks and transaction start are the dialect's business:

    ==================  =========================  ==========================================
                        SQLite                     PostgreSQL (psycopg 3)
    ==================  =========================  ==========================================
    placeholder         ``?``                      ``%s`` (``?`` rewritten by ``sql()``)
    write transaction   ``BEGIN IMMEDIATE``        ``BEGIN``
    migration lock      ``BEGIN IMMEDIATE``        ``BEGIN`` + ``pg_advisory_xact_lock``
    ``REAL``            REAL (8 bytes)             ``DOUBLE PRECISION`` (``REAL`` is 4 bytes)
    read-only           ``mode=ro`` + query_only   ``default_transaction_read_only``
    ==================  =========================  ==========================================

Both connections run in autocommit mode, so the store's explicit ``BEGIN`` ... ``COMMIT`` is the
only transaction there is.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from faultline.errors import StoreError

POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+psycopg")
# Any number fits: the key that serialises migrations across processes (pg_advisory_xact_lock).
_MIGRATION_LOCK = 0x6661756C74  # "fault"
_REAL = re.compile(r"\bREAL\b", re.IGNORECASE)


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
    name: str = "sqlite"

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        return (sqlite3.Error,)

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

    def sql(self, statement: str) -> str:
        """A portable statement (``?`` placeholders) in this dialect."""
        return statement

    def ddl(self, statement: str) -> str:
        """A portable DDL statement in this dialect's types."""
        return statement

    def migration_begin(self) -> tuple[str, ...]:
        """Statements that open a migration's transaction holding the schema lock."""
        return (self.begin,)

    def in_transaction(self, conn: Any) -> bool:
        return bool(conn.in_transaction)

    def executemany(self, conn: Any, statement: str, rows: list[tuple[Any, ...]]) -> None:
        conn.executemany(statement, rows)


@dataclass(frozen=True)
class PostgresDialect:
    """PostgreSQL through psycopg 3: ``%s`` placeholders, an advisory lock around migrations,
    ``DOUBLE PRECISION`` for ``REAL`` so floats round-trip exactly as in SQLite."""

    url: str
    placeholder: str = "%s"
    begin: str = "BEGIN"
    name: str = "postgresql"

    @property
    def path(self) -> str:
        """The URL without its password: safe to show in messages."""
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc))

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        psycopg = _psycopg(self.path)
        return (psycopg.Error,)

    def connect(self, *, readonly: bool = False) -> Any:
        psycopg = _psycopg(self.path)
        scheme, _, rest = self.url.partition("://")
        url = "postgresql://" + rest if scheme != "postgresql" else self.url
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
            if readonly:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as e:
            raise StoreError(f"cannot open the store ({str(e).strip()})", input_name=self.path,
                             hint="is the server running and the URL postgresql://user@host/db?") from e
        return conn

    def sql(self, statement: str) -> str:
        """``?`` -> ``%s`` (faultline's statements hold no literal ``?`` or ``%``)."""
        return statement.replace("?", "%s")

    def ddl(self, statement: str) -> str:
        return _REAL.sub("DOUBLE PRECISION", statement)

    def migration_begin(self) -> tuple[str, ...]:
        # Two processes opening a new store at once: the second waits here, then sees the work done.
        return (self.begin, f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")

    def in_transaction(self, conn: Any) -> bool:
        from psycopg.pq import TransactionStatus

        return conn.info.transaction_status != TransactionStatus.IDLE

    def executemany(self, conn: Any, statement: str, rows: list[tuple[Any, ...]]) -> None:
        with conn.cursor() as cur:
            cur.executemany(statement, rows)


Dialect = SQLiteDialect | PostgresDialect


def _psycopg(where: str) -> Any:
    try:
        import psycopg
    except ImportError as e:
        raise StoreError("PostgreSQL needs the psycopg driver", input_name=where,
                         hint='pip install "psycopg[binary]" (or faultline[postgres])') from e
    return psycopg


def is_postgres_url(url_or_path: str) -> bool:
    return url_or_path.partition("://")[0] in POSTGRES_SCHEMES and "://" in url_or_path


def dialect_for(url_or_path: str) -> Dialect:
    """The dialect for a path, ``sqlite:///relative``, ``sqlite:////absolute``, ``:memory:`` or
    ``postgresql://user@host/db`` (also ``postgres://``; ``?host=/socket/dir&port=N`` work)."""
    target = url_or_path
    if "://" in target:
        scheme, _, rest = target.partition("://")
        if scheme in POSTGRES_SCHEMES:
            return PostgresDialect(url=url_or_path)
        if scheme != "sqlite":
            raise StoreError(f"unknown store URL scheme {scheme!r}", input_name=url_or_path,
                             hint="use a path, sqlite:///path or postgresql://user@host/db")
        target = rest[1:] if rest.startswith("/") else rest  # sqlite:///x.db -> x.db, sqlite:////abs
        target = target or ":memory:"
    return SQLiteDialect(path=target)
