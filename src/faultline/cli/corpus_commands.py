"""Questions to the store: stances, splits, quotes, timeline, issues."""

from __future__ import annotations

from typing import Annotated

import typer

from . import app
from .output import RowFormat, emit_rows

DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL.")]
FmtOpt = Annotated[RowFormat, typer.Option("--format", "-f", help="table, json or csv.")]
IssueOpt = Annotated[str | None, typer.Option("--issue", help="Issue id, e.g. negotiate-with:RUS.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Actor id, e.g. FRA or person:emmanuel-macron.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to YYYY-MM-DD.")]
LimitOpt = Annotated[int, typer.Option("--limit", help="At most this many rows.")]


def _conn(db: str):
    from ..store import Store

    return Store.open(db, readonly=True)


@app.command()
def stances(db: DbOpt = "faultline.db", issue: IssueOpt = None, actor: ActorOpt = None,
            since: SinceOpt = None, until: UntilOpt = None, fmt: FmtOpt = RowFormat.table,
            limit: LimitOpt = 500) -> None:
    """Where each actor stands on each issue, with the evidence.

    Example: faultline stances --issue negotiate-with:RUS --db faultline.db
    """
    from ..analysis import stances as q

    with _conn(db) as store:
        rows = q(store.conn, issue=issue, actor=actor, since=since, until=until, limit=limit)
    emit_rows(rows, fmt, title="Stances")


@app.command()
def splits(db: DbOpt = "faultline.db", bloc: Annotated[str | None, typer.Option("--bloc", help="EU, NATO, G7, …")] = None,
           issue: IssueOpt = None, since: SinceOpt = None,
           as_of: Annotated[str | None, typer.Option("--as-of", help="Membership and stances as of YYYY-MM-DD.")] = None,
           fmt: FmtOpt = RowFormat.table) -> None:
    """Allies on opposite sides of one issue.

    Example: faultline splits --bloc EU --db faultline.db
    """
    from ..analysis import splits as q
    from ..kb import default_kb

    with _conn(db) as store:
        rows = q(store.conn, bloc=bloc, issue=issue, as_of=as_of, since=since, kb=default_kb())
    emit_rows(rows, fmt, title="Splits")


@app.command()
def quotes(db: DbOpt = "faultline.db", speaker: Annotated[str | None, typer.Option("--speaker")] = None,
           actor: ActorOpt = None, issue: IssueOpt = None,
           q: Annotated[str | None, typer.Option("--q", help="Words in the quote.")] = None,
           fmt: FmtOpt = RowFormat.table, limit: LimitOpt = 200) -> None:
    """Who said what.

    Example: faultline quotes --speaker person:yvette-cooper
    """
    from ..analysis import quotes as query

    with _conn(db) as store:
        rows = query(store.conn, speaker=speaker, actor=actor, issue=issue, q=q, limit=limit)
    emit_rows(rows, fmt, title="Quotes")


@app.command()
def timeline(db: DbOpt = "faultline.db", issue: IssueOpt = None, actor: ActorOpt = None,
             since: SinceOpt = None, until: UntilOpt = None, fmt: FmtOpt = RowFormat.table,
             limit: LimitOpt = 500) -> None:
    """Statements and events in the order they happened.

    Example: faultline timeline --issue negotiate-with:RUS
    """
    from ..analysis import timeline as q

    with _conn(db) as store:
        rows = q(store.conn, issue=issue, actor=actor, since=since, until=until, limit=limit)
    emit_rows(rows, fmt, title="Timeline")


@app.command()
def issues(db: DbOpt = "faultline.db", fmt: FmtOpt = RowFormat.table, limit: LimitOpt = 100) -> None:
    """The issues in the store, with how divided each is.

    Example: faultline issues --format json
    """
    from ..analysis import issues as q

    with _conn(db) as store:
        rows = q(store.conn, limit=limit)
    emit_rows(rows, fmt, title="Issues")


@app.command()
def export(
    db: DbOpt = "faultline.db",
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt (tab-separated), csv, jsonl or parquet.")] = "gdelt",
    out: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default: standard output; "
                                            "parquet needs a file).")] = None,
) -> None:
    """Export the stored events: a GDELT-2.0-style event table, CSV, JSONL or Parquet.

    Example: faultline export --format gdelt --out events.tsv
    """
    import sys
    from pathlib import Path

    from ..export import export as run
    from .output import err

    with _conn(db) as store:
        n = run(store.conn, fmt, Path(out) if out else sys.stdout)
    err.print(f"{n} rows" + (f" → {out}" if out else ""))
