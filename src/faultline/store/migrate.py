"""Numbered migrations: ``migrations/NNNN_name.sql``, each applied once, in a transaction, recorded in
``schema_migrations(version, name, applied_at)``."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from faultline.errors import StoreError

from .dialect import SQLiteDialect, split_statements

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


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    """Versions recorded in ``schema_migrations`` (empty when the table does not exist)."""
    try:
        return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    except sqlite3.OperationalError:
        return set()


def migrate(conn: sqlite3.Connection, dialect: SQLiteDialect) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the versions applied.

    The write lock is taken before the pending set is read, so two processes opening a new store at
    once apply each migration exactly once.
    """
    migrations = load_migrations()
    done: list[int] = []
    for migration in migrations:
        try:
            conn.execute(dialect.begin)
            conn.execute(CREATE_LOG)
            if migration.version in applied_versions(conn):
                conn.execute("COMMIT")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
            done.append(migration.version)
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed ({e})",
                             hint="the store was left at the previous version") from e
    newest = max((m.version for m in migrations), default=0)
    if max(applied_versions(conn), default=0) > newest:
        raise StoreError("the store was written by a newer faultline", hint="upgrade faultline")
    return done
