"""The PostgreSQL store against a real, throwaway server the fixture starts itself.

A temporary cluster (``initdb``) listens on a unix socket in a temp folder, on a free port, and is
stopped at teardown. initdb refuses to run as root: as root the server runs as the ``postgres`` user.
Skipped with a reason when the PostgreSQL binaries or psycopg are missing
(``apt-get install postgresql``, ``pip install "psycopg[binary]"``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from faultline.errors import StoreError
from faultline.model import Analysis, Article, article_id
from faultline.store import TABLES, Store, WriteResult
from faultline.store.dialect import PostgresDialect, dialect_for
from faultline.store.migrate import load_migrations
from faultline.store.rows import COLUMNS

pytestmark = pytest.mark.postgres
psycopg = pytest.importorskip("psycopg", reason='psycopg is not installed (pip install "psycopg[binary]")')


def _bindir() -> Path | None:
    """The folder of initdb/pg_ctl: the newest /usr/lib/postgresql/N/bin, else the PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    if candidates and Path(candidates[-1], "initdb").exists():
        return Path(candidates[-1])
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running server; yields a base URL ``postgresql://faultline@/{db}?host=SOCK&port=PORT``."""
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    as_root = os.geteuid() == 0
    run_as: list[str] = []
    if as_root:
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.skip("running as root without runuser: cannot start initdb as another user")
        run_as = [runuser, "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="faultline-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if as_root:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*run_as, *args], capture_output=True, text=True, timeout=120, cwd=root)

    started = False
    try:
        init = run(str(bindir / "initdb"), "-D", str(data), "-U", "faultline", "-A", "trust", "-E", "UTF8",
                   "--locale=C", "--no-sync")
        if init.returncode != 0:
            pytest.skip(f"initdb failed: {init.stderr.strip()[-300:]}")
        opts = f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off"
        start = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", opts, "-w", "start")
        if start.returncode != 0:
            pytest.skip(f"pg_ctl start failed: {start.stderr.strip()[-300:]}")
        started = True
        yield f"postgresql://faultline@/{{db}}?host={sock}&port={port}"
    finally:
        if started:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database per test."""
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.format(db="postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.format(db=name)


def make_analysis(text: str = "Britain rejected the French proposal.", ref: str = "a.txt") -> Analysis:
    from test_store import make_analysis as build

    return build(text, ref=ref)


def dump(conn) -> dict[str, list[tuple]]:
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in TABLES}


def test_open_migrates_with_the_same_schema_as_sqlite(pg_url: str, tmp_path: Path) -> None:
    with Store.open(pg_url) as store:
        assert isinstance(store.dialect, PostgresDialect)
        rows = store.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert rows == [(m.version, m.name) for m in load_migrations()]
        for table, columns in COLUMNS.items():
            found = store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "ORDER BY ordinal_position", (table,)).fetchall()
            assert tuple(r[0] for r in found) == columns, table
        kind = store.conn.execute("SELECT data_type FROM information_schema.columns "
                                  "WHERE table_name = 'stances' AND column_name = 'strength'").fetchone()
        assert kind == ("double precision",)  # REAL mapped by the dialect: floats round-trip exactly
    with Store.open(pg_url) as again:  # reopening applies nothing twice
        assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(load_migrations())


def test_round_trip_equals_sqlite_row_for_row(pg_url: str, tmp_path: Path) -> None:
    batch = [make_analysis(), make_analysis("Another article about Paris and London.", ref="b.txt")]
    with Store.open(pg_url) as pg, Store.open(str(tmp_path / "f.db")) as lite:
        assert pg.write(batch) == lite.write(batch) == WriteResult(added=2, skipped=0)
        pg.record_failure("c.txt", "load", "[E101] binary")
        lite.record_failure("c.txt", "load", "[E101] binary")
        assert dump(pg.conn) == dump(lite.conn)
        assert pg.known_ids() == lite.known_ids() and pg.has_article(batch[0].article.id)


def test_same_writes_twice_same_rows(pg_url: str) -> None:
    batch = [make_analysis(), make_analysis("Another article about Paris and London.", ref="b.txt")]
    with Store.open(pg_url) as store:
        store.write(batch)
        store.record_failure("a.txt", "load", "first")
        before = dump(store.conn)
        assert store.write(batch) == WriteResult(added=0, skipped=2)
        assert store.write([make_analysis()]) == WriteResult(added=0, skipped=1)
        store.record_failure("a.txt", "load", "second")
        assert dump(store.conn) == before


def test_a_failing_batch_is_rolled_back_whole(pg_url: str) -> None:
    from faultline.model import Quote

    good = make_analysis("First article, fine.")
    bad = Analysis(article=Article(id="bad", ref="bad"), text="x",
                   quotes=(Quote("q1", "direct", None, 0, 1),))  # type: ignore[arg-type]  # NOT NULL text
    with Store.open(pg_url) as store:
        with pytest.raises(StoreError):
            store.write([good, bad])
        assert store.known_ids() == set()
        assert store.write([good]).added == 1  # the connection is usable again


def test_readonly_refuses_writes(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        store.write([make_analysis()])
    with Store.open(pg_url, readonly=True) as ro:
        assert len(ro.known_ids()) == 1
        with pytest.raises(StoreError):
            ro.write([make_analysis("Other text.")])


def test_readonly_on_an_empty_database_is_a_store_error(pg_url: str) -> None:
    with pytest.raises(StoreError, match="not a faultline store"):
        Store.open(pg_url, readonly=True)


def test_analysis_queries_run_on_postgres(pg_url: str, tmp_path: Path) -> None:
    """The ``?``-placeholder reads of faultline.analysis give the same rows on both stores."""
    from faultline.analysis.sql import rows

    sql = ("SELECT s.actor, s.issue, s.polarity, s.strength, a.published FROM stances s "
           "JOIN articles a ON a.id = s.article_id WHERE s.issue = ? ORDER BY s.actor")
    batch = [make_analysis()]
    with Store.open(pg_url) as pg, Store.open(str(tmp_path / "f.db")) as lite:
        pg.write(batch)
        lite.write(batch)
        got = rows(pg, sql, ("negotiate-with:RUS",))
        assert got == rows(lite, sql, ("negotiate-with:RUS",))
        assert [(r["actor"], r["polarity"], r["strength"]) for r in got] == [("FRA", 1, 1.0), ("GBR", -1, 0.8)]


def test_statements_query_runs_on_postgres(pg_url: str, tmp_path: Path) -> None:
    statements_mod = pytest.importorskip("faultline.analysis.statements")
    batch = [make_analysis()]
    with Store.open(pg_url) as pg, Store.open(str(tmp_path / "f.db")) as lite:
        pg.write(batch)
        lite.write(batch)
        assert statements_mod.stance_rows(pg) == statements_mod.stance_rows(lite)
        assert statements_mod.stance_rows(pg)


def test_article_ids_are_content_hashes_on_postgres(pg_url: str) -> None:
    bare = Analysis(article=Article(id="", ref="x"), text="Some text about Berlin.")
    with Store.open(pg_url) as store:
        store.write([bare])
        assert store.known_ids() == {article_id("Some text about Berlin.")}


def test_password_is_hidden_in_the_store_path() -> None:
    dialect = dialect_for("postgresql://me:secret@db.example.org:5433/news")
    assert isinstance(dialect, PostgresDialect)
    assert "secret" not in dialect.path and "db.example.org" in dialect.path


def test_unreachable_server_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(f"postgresql://nobody@/x?host={tmp_path}&port={_free_port()}")


def test_two_stores_opening_a_new_database_at_once_migrate_once(pg_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def open_and_count(_: int) -> int:
        with Store.open(pg_url) as store:
            return store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]

    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(open_and_count, range(4)))
    assert counts == [len(load_migrations())] * 4


def test_ingest_into_postgres_equals_sqlite(pg_url: str, tmp_path: Path) -> None:
    """The scale writer over the PostgreSQL store: same counts, same rows as SQLite."""
    from faultline.scale import ingest_records
    from faultline.scale.synthetic import synthetic_analyze, synthetic_articles

    items = [*synthetic_articles(30), *synthetic_articles(3)]  # three duplicates
    pg = ingest_records(items, db=pg_url, analyze_fn=synthetic_analyze, batch_size=8)
    lite = ingest_records(items, db=str(tmp_path / "f.db"), analyze_fn=synthetic_analyze, batch_size=8)
    assert (pg.added, pg.already, pg.failed) == (lite.added, lite.already, lite.failed) == (30, 3, 0)
    with Store.open(pg_url) as a, Store.open(str(tmp_path / "f.db")) as b:
        assert dump(a.conn) == dump(b.conn)
