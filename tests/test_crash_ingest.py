"""Crash safety of ``faultline ingest``, for real: the CLI with the spaCy pipeline, killed with SIGKILL
mid-run and rerun, leaves exactly the store an uninterrupted run leaves; re-ingesting adds nothing.

The articles are composed here from templates (no text from ../shared), deterministically.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FAULTLINE = Path(sys.executable).parent / "faultline"  # the console script beside the interpreter
N_ARTICLES = 60
BATCH = 4

STATES = (("Britain", "London"), ("France", "Paris"), ("Germany", "Berlin"), ("Russia", "Moscow"),
          ("Ukraine", "Kyiv"), ("Poland", "Warsaw"), ("Italy", "Rome"), ("Hungary", "Budapest"))
PEOPLE = ("Emmanuel Macron", "Yvette Cooper", "Friedrich Merz", "Giorgia Meloni", "Donald Tusk",
          "Viktor Orban", "Sergei Lavrov", "Volodymyr Zelensky")
ACTIONS = ("send more air defence systems", "reject the ceasefire plan", "impose new sanctions",
           "resume talks next month", "close its embassy", "host a peace summit", "cut gas imports",
           "recognise the new government")
CLAIMS = ("We will not accept this plan", "The time has come to negotiate", "Our support will not waver",
          "These sanctions are a mistake", "There can be no talks under threat", "Europe must act together")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def compose(i: int) -> str:
    """Article ``i``: a headline and a few paragraphs of reported speech, unique by its round number."""
    rng = random.Random(i)
    (a, cap_a), (b, cap_b) = rng.sample(STATES, 2)
    speaker, other = rng.sample(PEOPLE, 2)
    lines = [f"Round {i} of talks: {a} and {b} at odds",
             f"{a} said that {b} would {rng.choice(ACTIONS)}.",
             f'"{rng.choice(CLAIMS)}," {speaker} said on {rng.choice(WEEKDAYS)}.',
             f"Officials in {cap_a} rejected the proposal from {cap_b} on day {i % 28 + 1} of the meeting.",
             f"{other} told reporters that {a} would {rng.choice(ACTIONS)} if {b} refused.",
             f"“{rng.choice(CLAIMS)}”, {other} added, while {b} accused {a} of stalling."]
    return "\n\n".join(lines) + "\n"


# Hostile inputs among the good ones: each must be reported by name, and the batch must go on.
HOSTILE = {"article-010-image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
           "article-031-empty.txt": b"  \n\t\n"}


def write_corpus(folder: Path, n: int = N_ARTICLES) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"article-{i:03d}.txt").write_text(compose(i), encoding="utf-8")
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    return folder


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [str(FAULTLINE), "ingest", str(corpus), "--db", str(db), "--batch-size", str(BATCH),
            "--published", "2026-01-15"]


def env() -> dict[str, str]:
    """Wide lines so Rich never wraps the summary line we read back."""
    return {**os.environ, "COLUMNS": "1000", "NO_COLOR": "1"}


def run_ingest(corpus: Path, db: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(ingest_cmd(corpus, db), capture_output=True, text=True, env=env(), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def summary(stderr: str) -> tuple[int, int, int]:
    """(added, already, failed) from the CLI's last line."""
    match = re.search(r"(\d+) added, (\d+) already in the store \(skipped as done\), (\d+) failed", stderr)
    assert match, stderr[-2000:]
    return int(match[1]), int(match[2]), int(match[3])


def committed(db: Path) -> int | None:
    """Articles committed so far, read through a read-only connection (None before the schema exists)."""
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table of the store (schema included), all rows, sorted. ``applied_at`` is the migration's
    wall-clock time, the one column that legitimately differs between two stores."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out: dict[str, list[tuple]] = {
            "<schema>": sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                               key=repr)}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "applied_at"]
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(conn.execute(f'SELECT {select} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def article_columns(db: Path) -> dict[str, int]:
    """Tables with per-article rows -> position of their ``article_id`` column in ``dump``'s rows."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        found = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "applied_at"]
            if "article_id" in columns:
                found[table] = columns.index("article_id")
        return found
    finally:
        conn.close()


def kill_mid_run(corpus: Path, db: Path, total: int) -> int:
    """Start an ingest, SIGKILL it once about a third (never all) of the articles are committed, so
    the kill lands in the middle of the run, most likely while a later batch is being analysed or
    written; return how many articles stayed committed."""
    proc = subprocess.Popen(ingest_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env())
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            n = committed(db)
            if n is not None and max(1, total // 3) <= n < total:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            proc.kill()  # only reached on timeout: never leave the child behind
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the ingest was not killed mid-run: {stderr[-2000:]}"
    n = committed(db)
    assert n is not None and 0 < n < total, n
    return n


@pytest.mark.model
def test_sigkill_mid_ingest_then_rerun_equals_uninterrupted_ingest(tmp_path: Path) -> None:
    if not FAULTLINE.exists():
        pytest.skip(f"no console script at {FAULTLINE} (pip install -e .)")
    corpus = write_corpus(tmp_path / "corpus")
    a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"

    # 1. the uninterrupted run
    clean = run_ingest(corpus, a_db)
    assert summary(clean.stderr) == (N_ARTICLES, 0, len(HOSTILE))
    for name in HOSTILE:  # each bad input is named on stderr, and recorded
        assert re.search(rf"skipped .*{re.escape(name)}", clean.stderr), clean.stderr[-2000:]
    reference = dump(a_db)
    assert len(reference["articles"]) == N_ARTICLES
    assert reference["quotes"] and reference["mentions"] and reference["events"]  # a real analysis
    assert sorted(Path(ref).name for ref, _stage, _error in reference["failures"]) == sorted(HOSTILE)

    # 2. the killed run: whole batches only, each article with all its rows, the file intact
    kept = kill_mid_run(corpus, b_db, N_ARTICLES)
    print(f"SIGKILL left {kept} of {N_ARTICLES} articles committed")
    assert kept % BATCH == 0, f"{kept} articles committed: a batch of {BATCH} was split"
    conn = sqlite3.connect(f"file:{b_db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        kept_ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
    finally:
        conn.close()
    partial = dump(b_db)
    for table, column in article_columns(a_db).items():
        expected = [row for row in reference[table] if row[column] in kept_ids]
        assert partial[table] == expected, f"{table}: the killed run left partial rows"

    # 3. the rerun finishes the job, skipping what was committed
    rerun = run_ingest(corpus, b_db)
    assert "already in the store" in rerun.stderr
    assert summary(rerun.stderr) == (N_ARTICLES - kept, kept, len(HOSTILE))
    assert dump(b_db) == reference

    # 4. re-ingesting a finished store adds nothing and changes nothing
    again = run_ingest(corpus, a_db)
    assert summary(again.stderr) == (0, N_ARTICLES, len(HOSTILE))
    assert dump(a_db) == reference


def test_composed_articles_are_distinct_and_have_quotes() -> None:
    texts = [compose(i) for i in range(N_ARTICLES)]
    assert len(set(texts)) == N_ARTICLES
    assert all('"' in t and "said" in t for t in texts)
