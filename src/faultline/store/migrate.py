"""Numbered migrations: ``migrations/NNNN_name.sql``, each applied once, in a transaction, recorded in
``schema_migrations(version, name, applied_at)``. One set of files serves SQLite and PostgreSQL; the
dialect adapts types and locking."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from faultline.errors import StoreError

from .dialect import Dialect, SQLiteDialect, split_statements

_NAME = re.compile(r"(\d{4})_(\w+)\.sql")
CREATE_LOG = ("CREATE TABLE IF NOT EXISTS schema_migrations "
              "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """The bundled migrations, sorted by version (numbers must be unique)."""
    found = []
    for entry in resources.files("faultline.store").joinpath("migrations").iterdir():
        match = _NAME.fullmatch(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError("two migrations share a number", hint="renumber store/migrations/*.sql")
    return found


def applied_versions(conn: Any, dialect: Dialect | None = None) -> set[int]:
    """Versions recorded in ``schema_migrations`` (empty when the table does not exist)."""
    dialect = dialect or SQLiteDialect(path="")
    if not _has_log(conn, dialect):
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}


def _has_log(conn: Any, dialect: Dialect) -> bool:
    # Asked of the catalogue rather than by trying: a failed statement would abort a PostgreSQL transaction.
    if dialect.name == "postgresql":
        sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(dialect.sql(sql), ("schema_migrations",)).fetchone() is not None


def migrate(conn: Any, dialect: Dialect) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the versions applied.

    The write lock (SQLite) or advisory lock (PostgreSQL) is taken before the pending set is read, so
    two processes opening a new store at once apply each migration exactly once.
    """
    migrations = load_migrations()
    done: list[int] = []
    for migration in migrations:
        try:
            for statement in dialect.migration_begin():
                conn.execute(statement)
            conn.execute(CREATE_LOG)
            if migration.version in applied_versions(conn, dialect):
                conn.execute("COMMIT")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(dialect.ddl(statement))
            conn.execute(
                dialect.sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
            done.append(migration.version)
        except dialect.errors as e:
            if dialect.in_transaction(conn):
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed ({e})",
                             hint="the store was left at the previous version") from e
    newest = max((m.version for m in migrations), default=0)
    if max(applied_versions(conn, dialect), default=0) > newest:
        raise StoreError("the store was written by a newer faultline", hint="upgrade faultline")
    return done
