"""``Store``: open (and migrate) the database, write analyses in atomic batches, record failures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from faultline.errors import StoreError
from faultline.model import Analysis

from .dialect import Dialect, SQLiteDialect, dialect_for, insert_ignore
from .migrate import applied_versions, load_migrations, migrate
from .rows import ARTICLE_TABLES, COLUMNS, ROWS, analysis_id, article_row

TABLES = ("articles", "actors", "mentions", "quotes", "events", "issues", "stances", "splits", "failures")


@dataclass(frozen=True)
class WriteResult:
    """What one ``Store.write`` did: articles added, and articles skipped because already stored."""

    added: int = 0
    skipped: int = 0


class Store:
    """The store. Use ``Store.open(path_or_url)``; a context manager that closes the connection.

    Writes are one transaction per batch with ``INSERT ... ON CONFLICT DO NOTHING``: an article already
    stored (same content-hash id) is skipped with all its rows, so re-ingesting changes nothing, and a
    crash mid-batch leaves either the whole batch or none of it.
    """

    def __init__(self, conn: Any, *, readonly: bool, path: str, placeholder: str = "?",
                 dialect: Dialect | None = None):
        self._conn = conn
        self.readonly = readonly
        self.path = path
        self.dialect: Dialect = dialect or SQLiteDialect(path=path)
        self._sql = {table: insert_ignore(table, cols, placeholder) for table, cols in COLUMNS.items()}
        self._sql["failures"] = insert_ignore("failures", ("ref", "stage", "error"), placeholder)
        self._sql["has_article"] = self.dialect.sql("SELECT 1 FROM articles WHERE id = ?")

    @classmethod
    def open(cls, url_or_path: str = "faultline.db", *, readonly: bool = False) -> Store:
        """Open a store (a path, ``sqlite:///path`` or ``postgresql://user@host/db``), creating and
        migrating it unless ``readonly``."""
        dialect = dialect_for(url_or_path)
        conn = dialect.connect(readonly=readonly)
        try:
            if readonly:
                applied = _require_store(conn, dialect)
                missing = [m for m in load_migrations() if m.version not in applied]
                if missing:
                    raise StoreError(
                        f"the store was written by an older faultline: it lacks migration "
                        f"{', '.join(f'{m.version:04d}_{m.name}' for m in missing)}",
                        input_name=dialect.path,
                        hint=f"run `faultline migrate --db {url_or_path}` once (it adds what is new; "
                             "nothing stored is lost), then read it again")
            else:
                migrate(conn, dialect)
        except BaseException:
            conn.close()
            raise
        return cls(conn, readonly=readonly, path=dialect.path, placeholder=dialect.placeholder,
                   dialect=dialect)

    @classmethod
    def upgrade(cls, url_or_path: str) -> list[int]:
        """Apply the migrations an existing store lacks and return their versions (none when it is
        current); unlike :meth:`open`, never creates a store."""
        dialect = dialect_for(url_or_path)
        conn = dialect.connect(readonly=True)
        try:
            _require_store(conn, dialect)
        finally:
            conn.close()
        conn = dialect.connect(readonly=False)
        try:
            return migrate(conn, dialect)
        finally:
            conn.close()

    @property
    def conn(self) -> Any:
        """The DB-API connection (``sqlite3`` or ``psycopg``), for read queries; statements written
        with ``?`` go through ``faultline.analysis.sql.rows`` or ``store.dialect.sql``."""
        return self._conn

    def has_article(self, article_id: str) -> bool:
        row = self._conn.execute(self._sql["has_article"], (article_id,)).fetchone()
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
                        self.dialect.executemany(self._conn, self._sql[table], rows)
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
        return _Transaction(self._conn, self.path, self.dialect)


class _Transaction:
    """``BEGIN [IMMEDIATE]`` ... ``COMMIT``, or ``ROLLBACK`` on any error (re-raised as ``StoreError``)."""

    def __init__(self, conn: Any, path: str, dialect: Dialect):
        self._conn = conn
        self._path = path
        self._dialect = dialect

    def __enter__(self) -> None:
        try:
            self._conn.execute(self._dialect.begin)
        except self._dialect.errors as e:
            raise StoreError(f"cannot start a write ({e})", input_name=self._path,
                             hint="another process may hold the write lock") from e

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
                return
            except self._dialect.errors as e:
                if self._dialect.in_transaction(self._conn):
                    self._conn.execute("ROLLBACK")
                raise StoreError(f"write failed ({e})", input_name=self._path) from e
        if self._dialect.in_transaction(self._conn):
            self._conn.execute("ROLLBACK")
        if isinstance(exc, self._dialect.errors):
            raise StoreError(f"write failed, batch rolled back ({exc})", input_name=self._path) from exc


def _require_store(conn: Any, dialect: Dialect) -> set[int]:
    """The migrations a store has applied; a StoreError when it is no faultline store."""
    applied = applied_versions(conn, dialect)
    if not applied:
        raise StoreError("not a faultline store (no schema_migrations table)", input_name=dialect.path)
    return applied


__all__ = ["TABLES", "Store", "WriteResult", "analysis_id"]
