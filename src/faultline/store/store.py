"""``Store``: open (and migrate) the database, write analyses in atomic batches, record failures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType

from faultline.errors import StoreError
from faultline.model import Analysis

from .dialect import dialect_for, insert_ignore
from .migrate import applied_versions, migrate
from .rows import ARTICLE_TABLES, COLUMNS, ROWS, analysis_id, article_row

TABLES = ("articles", "actors", "mentions", "quotes", "events", "issues", "stances", "splits", "failures")


@dataclass(frozen=True)
class WriteResult:
    """What one ``Store.write`` did: articles added, and articles skipped because already stored."""

    added: int = 0
    skipped: int = 0


class Store:
    """The embedded store. Use ``Store.open(path)``; a context manager that closes the connection.

    Writes are one transaction per batch with ``INSERT ... ON CONFLICT DO NOTHING``: an article already
    stored (same content-hash id) is skipped with all its rows, so re-ingesting changes nothing, and a
    crash mid-batch leaves either the whole batch or none of it.
    """

    def __init__(self, conn: sqlite3.Connection, *, readonly: bool, path: str, placeholder: str = "?"):
        self._conn = conn
        self.readonly = readonly
        self.path = path
        self._sql = {table: insert_ignore(table, cols, placeholder) for table, cols in COLUMNS.items()}
        self._sql["failures"] = insert_ignore("failures", ("ref", "stage", "error"), placeholder)

    @classmethod
    def open(cls, url_or_path: str = "faultline.db", *, readonly: bool = False) -> Store:
        """Open a store (a path or ``sqlite:///path``), creating and migrating it unless ``readonly``."""
        dialect = dialect_for(url_or_path)
        conn = dialect.connect(readonly=readonly)
        try:
            if readonly:
                if not applied_versions(conn):
                    raise StoreError("not a faultline store (no schema_migrations table)",
                                     input_name=url_or_path)
            else:
                migrate(conn, dialect)
        except BaseException:
            conn.close()
            raise
        return cls(conn, readonly=readonly, path=dialect.path, placeholder=dialect.placeholder)

    @property
    def conn(self) -> sqlite3.Connection:
        """The DB-API connection, for read queries."""
        return self._conn

    def has_article(self, article_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def known_ids(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT id FROM articles")}

    def write(self, analyses: Iterable[Analysis]) -> WriteResult:
        """Write a batch in one transaction; articles already stored are skipped with all their rows."""
        self._check_writable()
        added = skipped = 0
        with self._transaction():
            for analysis in analyses:
                if self._conn.execute(self._sql["articles"], article_row(analysis)).rowcount == 0:
                    skipped += 1
                    continue
                added += 1
                for table in ("actors", "issues", *ARTICLE_TABLES):
                    rows = ROWS[table](analysis)
                    if rows:
                        self._conn.executemany(self._sql[table], rows)
        return WriteResult(added=added, skipped=skipped)

    def record_failure(self, ref: str, stage: str, error: str) -> None:
        """Record that ``ref`` failed at ``stage``; the first error for a (ref, stage) is kept."""
        self._check_writable()
        with self._transaction():
            self._conn.execute(self._sql["failures"], (ref, stage, str(error)))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.readonly:
            raise StoreError("the store is open read-only", input_name=self.path)

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn, self.path)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any error (re-raised as ``StoreError``)."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self._conn = conn
        self._path = path

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"cannot start a write ({e})", input_name=self._path,
                             hint="another process may hold the write lock") from e

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error as e:
                self._conn.execute("ROLLBACK")
                raise StoreError(f"write failed ({e})", input_name=self._path) from e
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"write failed, batch rolled back ({exc})", input_name=self._path) from exc


__all__ = ["TABLES", "Store", "WriteResult", "analysis_id"]
