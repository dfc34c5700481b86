"""The store: schema, idempotent writes, atomic batches, crash safety, read-only access."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from faultline.errors import StoreError
from faultline.model import (
    Actor,
    Analysis,
    Article,
    DateValue,
    Event,
    Issue,
    Mention,
    Quote,
    Split,
    Stance,
    article_id,
)
from faultline.store import TABLES, Store, WriteResult
from faultline.store.dialect import dialect_for, split_statements
from faultline.store.migrate import load_migrations
from faultline.store.rows import COLUMNS, date_columns

TEXT = 'Britain rejected the French proposal. "We will not talk to Moscow," Yvette Cooper said.'


def make_analysis(text: str = TEXT, *, published: str | None = "2025-12-04", ref: str = "a.txt",
                  actor_name: str = "United Kingdom") -> Analysis:
    """A hand-built analysis touching every table and every column kind (JSON, dates, booleans)."""
    aid = article_id(text)
    return Analysis(
        article=Article(id=aid, ref=ref, title="Talks", url="https://example.org/a", source="Example",
                        published=published),
        text=text,
        actors=(
            Actor("GBR", actor_name, "state", country="GBR", mentions=(Mention(0, 7, "Britain"),)),
            Actor("FRA", "France", "state", country="FRA", mentions=(Mention(21, 27, "French"),)),
            Actor("person:yvette-cooper", "Yvette Cooper", "person", country="GBR",
                  role="foreign minister", wikidata="Q1", mentions=(Mention(67, 80, "Yvette Cooper"),)),
        ),
        quotes=(Quote("q1", "direct", "We will not talk to Moscow,", 39, 66, speaker="person:yvette-cooper",
                      speaker_text="Yvette Cooper", speaker_span=(67, 80), cue="say", cue_span=(81, 85),
                      date=DateValue("2025-12-04", "day")),),
        events=(Event("e1", "REJECT", ("GBR",), ("FRA",), about=("RUS",), mode="proposal to negotiate",
                      negated=False, date=DateValue("2026-Q1", "quarter"), text="Britain rejected ...",
                      start=0, end=37, trigger="reject"),
                Event("e2", "CONSULT", ("GBR",), ("RUS",), negated=True, quote="q1",
                      date=DateValue("more recently", "relative"), modality="intended")),
        issues=(Issue("negotiate-with:RUS", "negotiations with Russia"),),
        stances=(Stance("GBR", "negotiate-with:RUS", -1, date=DateValue("2025-12", "month"),
                        evidence=("q1", "e1"), strength=0.8, via="person:yvette-cooper",
                        spans=((0, 37), (67, 90))),
                 Stance("FRA", "negotiate-with:RUS", 1, evidence=("e1",))),
        splits=(Split("negotiate-with:RUS", "european-allies", ("FRA",), ("GBR",), ("q1", "e1")),),
    )


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: the byte-for-byte comparison of two stores."""
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in TABLES}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(str(tmp_path / "f.db")) as s:
        yield s


def test_open_creates_schema_and_records_migrations(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "new.db")) as store:
        rows = store.conn.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert rows == [(m.version, m.name) for m in load_migrations()]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store.open(str(tmp_path / "new.db")) as again:  # reopening applies nothing twice
        assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(load_migrations())


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_ddl_columns_match_the_row_builders(store: Store, table: str) -> None:
    cols = tuple(r[1] for r in store.conn.execute(f'PRAGMA table_info("{table}")'))
    assert cols == COLUMNS[table]


def test_a_store_from_an_older_faultline_is_named_then_upgraded(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from faultline.cli import app
    from faultline.store import migrate as migrate_module

    path = str(tmp_path / "old.db")
    older = load_migrations()[:-1]
    monkeypatch.setattr(migrate_module, "load_migrations", lambda: older)
    Store.open(path).close()                    # written by a faultline one migration behind
    monkeypatch.undo()
    newest = load_migrations()[-1]
    with pytest.raises(StoreError) as caught:
        Store.open(path, readonly=True)
    assert f"{newest.version:04d}_{newest.name}" in str(caught.value)
    assert "faultline migrate --db" in (caught.value.hint or "")
    result = CliRunner().invoke(app, ["migrate", "--db", path])
    assert result.exit_code == 0 and f"applied migration {newest.version:04d}" in result.output
    with Store.open(path, readonly=True) as store:
        cols = [r[1] for r in store.conn.execute('PRAGMA table_info("stances")')]
        assert cols == list(COLUMNS["stances"])
    assert "already up to date" in CliRunner().invoke(app, ["migrate", "--db", path]).output
    with pytest.raises(StoreError):
        Store.upgrade(str(tmp_path / "none.db"))
    assert not (tmp_path / "none.db").exists()     # upgrading never creates a store


def test_migration_sql_is_portable() -> None:
    """No SQLite-only syntax in the DDL: that belongs in the dialect layer."""
    for migration in load_migrations():
        sql = migration.sql.upper()
        for sqlite_only in ("AUTOINCREMENT", "WITHOUT ROWID", "PRAGMA", "INSERT OR", "STRICT", "JSON_"):
            assert sqlite_only not in sql, (migration.name, sqlite_only)
        assert split_statements(migration.sql)


def test_write_then_read_back_every_table(store: Store) -> None:
    analysis = make_analysis()
    assert store.write([analysis]) == WriteResult(added=1, skipped=0)
    aid = analysis.article.id
    assert store.has_article(aid) and store.known_ids() == {aid}
    conn = store.conn
    assert conn.execute("SELECT ref, published, n_words FROM articles").fetchone() == ("a.txt", "2025-12-04", 14)
    assert conn.execute('SELECT actor_id, "start", "end", text FROM mentions ORDER BY "start"').fetchall() == [
        ("GBR", 0, 7, "Britain"), ("FRA", 21, 27, "French"), ("person:yvette-cooper", 67, 80, "Yvette Cooper")]
    speaker_span, date_value, speakers = conn.execute("SELECT speaker_span, date_value, speakers FROM quotes").fetchone()
    assert json.loads(speaker_span) == [67, 80] and date_value == "2025-12-04"
    assert speakers == '["person:yvette-cooper"]'   # one speaker: a list of one
    rows = conn.execute("SELECT id, source, negated, date_value, date_precision FROM events ORDER BY id").fetchall()
    assert rows == [("e1", '["GBR"]', 0, "2026-01", "quarter"), ("e2", '["GBR"]', 1, None, "relative")]
    stance = conn.execute("SELECT polarity, strength, via, published, evidence, evidence_spans FROM stances "
                          "WHERE actor='GBR'")
    assert stance.fetchone() == (-1, 0.8, "person:yvette-cooper", "2025-12-04", '["q1","e1"]', "[[0,37],[67,90]]")
    assert conn.execute("SELECT evidence_spans FROM stances WHERE actor='FRA'").fetchone() == ("[]",)
    split = conn.execute('SELECT "for", against FROM splits').fetchone()
    assert split == ('["FRA"]', '["GBR"]')
    assert conn.execute("SELECT label FROM issues").fetchone() == ("negotiations with Russia",)


def test_date_value_sorts_with_published_fallback(store: Store) -> None:
    store.write([make_analysis()])
    ordered = store.conn.execute(
        "SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id "
        "ORDER BY COALESCE(e.date_value, a.published)").fetchall()
    assert ordered == [("e2",), ("e1",)]  # relative date falls back to 2025-12-04 < 2026-01


@pytest.mark.parametrize(("date", "expected"), [
    (DateValue("2025-12-04", "day"), "2025-12-04"),
    (DateValue("2025-12", "month"), "2025-12"),
    (DateValue("2026-Q4", "quarter"), "2026-10"),
    (DateValue("2026", "year"), "2026"),
    (DateValue("last week", "relative"), None),
    (DateValue(None, "unknown"), None),
    (None, None),
])
def test_date_columns(date: DateValue | None, expected: str | None) -> None:
    assert date_columns(date)[1] == expected


def test_writing_twice_leaves_identical_tables(store: Store) -> None:
    batch = [make_analysis(), make_analysis("Another article about Paris and London.", ref="b.txt")]
    assert store.write(batch) == WriteResult(added=2, skipped=0)
    before = dump(store.conn)
    assert store.write(batch) == WriteResult(added=0, skipped=2)
    assert dump(store.conn) == before


def test_duplicate_within_one_batch_is_skipped(store: Store) -> None:
    assert store.write([make_analysis(), make_analysis()]) == WriteResult(added=1, skipped=1)


def test_actors_are_global_first_seen_wins(store: Store) -> None:
    store.write([make_analysis()])
    store.write([make_analysis("A second text about Britain.", actor_name="Britain (renamed)")])
    assert store.conn.execute("SELECT name FROM actors WHERE id='GBR'").fetchone() == ("United Kingdom",)
    assert store.conn.execute("SELECT count(*) FROM mentions WHERE actor_id='GBR'").fetchone() == (2,)


def test_article_id_is_computed_when_missing(store: Store) -> None:
    analysis = make_analysis()
    bare = Analysis(article=Article(id="", ref="x"), text=analysis.text)
    store.write([bare])
    assert store.known_ids() == {article_id(analysis.text)}


def test_a_failing_batch_is_rolled_back_whole(store: Store) -> None:
    good = make_analysis("First article, fine.")
    bad = Analysis(article=Article(id="bad", ref="bad"), text="x",
                   quotes=(Quote("q1", "direct", None, 0, 1),))  # type: ignore[arg-type]  # NOT NULL text
    with pytest.raises(StoreError):
        store.write([good, bad])
    assert store.known_ids() == set()
    assert store.write([good]).added == 1  # the connection is usable again


def test_record_failure_is_idempotent(store: Store) -> None:
    store.record_failure("a.txt", "load", "[E101] binary")
    store.record_failure("a.txt", "load", "[E101] binary, second time")
    store.record_failure("a.txt", "analyze", "boom")
    rows = store.conn.execute("SELECT ref, stage, error FROM failures ORDER BY stage").fetchall()
    assert rows == [("a.txt", "analyze", "boom"), ("a.txt", "load", "[E101] binary")]


def test_readonly_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = str(tmp_path / "ro.db")
    with Store.open(path) as store:
        store.write([make_analysis()])
    with Store.open(f"sqlite:///{path}", readonly=True) as ro:
        assert len(ro.known_ids()) == 1
        with pytest.raises(StoreError):
            ro.write([make_analysis("Other text.")])
        with pytest.raises(sqlite3.OperationalError):
            ro.conn.execute("DELETE FROM articles")


@pytest.mark.parametrize(("url", "path"), [
    ("faultline.db", "faultline.db"), ("sqlite:///rel/x.db", "rel/x.db"), ("sqlite:////abs/x.db", "/abs/x.db"),
    (":memory:", ":memory:"), ("sqlite://", ":memory:"),
])
def test_store_urls(url: str, path: str) -> None:
    assert dialect_for(url).path == path


@pytest.mark.parametrize("make", [
    lambda p: Store.open(str(p / "missing.db"), readonly=True),
    lambda p: Store.open(str(p / "no-such-dir" / "x.db")),
    lambda p: Store.open("postgresql://localhost/db"),
    lambda p: Store.open(str(_write(p / "text.db", b"this is not a database at all" * 100))),
])
def test_open_errors_are_store_errors(tmp_path: Path, make) -> None:
    with pytest.raises(StoreError):
        make(tmp_path)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- crash safety ---------------------------------------------------------------------------------------

WRITER = textwrap.dedent('''
    import os, signal, sys
    from faultline.model import Actor, Analysis, Article, Event, Mention, Quote, Stance, article_id
    from faultline.store import Store

    def analysis(i):
        text = f"Article {i}: state {i % 7} rejected the plan of state {i % 5}."
        a, b = f"S{i % 7}", f"S{i % 5}"
        return Analysis(
            article=Article(id=article_id(text), ref=f"doc-{i}", published="2025-01-01"), text=text,
            actors=(Actor(a, a, "state", mentions=(Mention(0, 3, "Art"),)),
                    Actor(b, b, "state", mentions=(Mention(4, 7, "icl"),))),
            quotes=(Quote("q1", "indirect", f"quote {i}", 0, 5, speaker=a),),
            events=(Event("e1", "REJECT", (a,), (b,), text=text),),
            stances=(Stance(a, "plan", -1, evidence=("e1",)),))

    db, batches, per_batch, self_kill_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

    def batch(n):
        for j in range(per_batch):
            if n == self_kill_at and j == per_batch // 2:
                os.kill(os.getpid(), signal.SIGKILL)  # die inside the open write transaction
            yield analysis(n * per_batch + j)

    with Store.open(db) as store:
        for n in range(batches):
            store.write(batch(n))
            print(n, flush=True)
''')


def _run_writer(script: Path, db: Path, *, self_kill_at: int = -1) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(script), str(db), "60", "20", str(self_kill_at)],
                            stdout=subprocess.PIPE, text=True)


def test_sigkill_mid_run_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    clean = _run_writer(script, tmp_path / "clean.db")
    clean.communicate()
    assert clean.returncode == 0

    # 1. killed from outside after some batches have committed (wherever the writer happens to be)
    killed = _run_writer(script, tmp_path / "crash.db")
    assert killed.stdout is not None
    for _ in range(10):
        killed.stdout.readline()
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    assert killed.returncode == -signal.SIGKILL
    # 2. killed from inside an open transaction, then 3. rerun to the end
    inside = _run_writer(script, tmp_path / "crash.db", self_kill_at=35)
    inside.communicate()
    assert inside.returncode == -signal.SIGKILL
    with Store.open(str(tmp_path / "crash.db"), readonly=True) as partial:
        assert len(partial.known_ids()) == 35 * 20  # batches 0..34 whole, nothing of batch 35
        assert partial.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rerun = _run_writer(script, tmp_path / "crash.db")
    rerun.communicate()
    assert rerun.returncode == 0

    with Store.open(str(tmp_path / "clean.db")) as a, Store.open(str(tmp_path / "crash.db")) as b:
        assert len(a.known_ids()) == 60 * 20
        assert dump(a.conn) == dump(b.conn)
