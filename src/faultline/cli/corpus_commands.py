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


def _when(row: dict) -> str:
    d = row.get("date") or {}
    value = d.get("value") if isinstance(d, dict) else None
    return value or row.get("when") or row.get("published") or ""


def _names(side: list) -> str:
    return ", ".join(x.get("name") or x.get("actor") for x in side or [])


_SIGN = {1: "for", -1: "against", 0: "mixed"}

#: Flat, readable columns for tables and CSV; JSON keeps the full rows.
VIEWS = {
    "stances": lambda r: {"actor": r.get("actor"), "issue": r.get("issue"), "stance": _SIGN.get(r.get("polarity"), r.get("polarity")),
                          "when": _when(r), "via": r.get("via") or "", "evidence": r.get("evidence"),
                          "article": r.get("title") or (r.get("article_id") or "")[:12]},
    "splits": lambda r: {"issue": r.get("label") or r.get("issue"), "bloc": r.get("bloc_name") or r.get("bloc"),
                         "as of": r.get("as_of"), "for": _names(r.get("for")), "against": _names(r.get("against"))},
    "quotes": lambda r: {"when": _when(r), "speaker": r.get("speaker_name") or r.get("speaker") or r.get("speaker_text"),
                         "kind": r.get("quote_kind") or r.get("kind"), "cue": r.get("cue"), "text": r.get("text"),
                         "article": r.get("title") or (r.get("article_id") or "")[:12]},
    "timeline": lambda r: {"when": _when(r),
                           "who": r.get("speaker_name") or ", ".join(a.get("name", "") for a in r.get("actors") or []),
                           "what": (f"{'not ' if r.get('negated') else ''}{r.get('type')}"
                                    + (f" → {', '.join(r.get('target') or [])}" if r.get("target") else "")
                                    if r.get("kind") == "event" else f"“{r.get('text')}”"),
                           "article": r.get("title") or (r.get("article_id") or "")[:12]},
}


def group_splits(rows: list[dict]) -> list[dict]:
    """One row per issue and pair of sides, naming every bloc the sides divide (smallest first)."""
    groups: dict[tuple, dict] = {}
    for r in rows:
        key = (r.get("issue"), tuple(x.get("actor") for x in r.get("for") or []),
               tuple(x.get("actor") for x in r.get("against") or []))
        g = groups.setdefault(key, {**r, "blocs": []})
        g["blocs"].append((r.get("n_members") or 0, r.get("bloc_name") or r.get("bloc")))
    out = []
    for g in groups.values():
        g["bloc_name"] = ", ".join(name for _, name in sorted(g.pop("blocs"), key=lambda b: (b[0], str(b[1]))))
        out.append(g)
    return out


def _emit(name: str, rows: list, fmt: RowFormat, title: str) -> None:
    if name == "splits" and fmt is not RowFormat.json:
        rows = group_splits(rows)
    if fmt is not RowFormat.json and name in VIEWS:
        rows = [VIEWS[name](r) for r in rows]
    emit_rows(rows, fmt, title=title)


def _conn(db: str):
    from ..store import Store

    return Store.open(db, readonly=True)


@app.command()
def migrate(db: DbOpt = "faultline.db") -> None:
    """Bring a store written by an older faultline up to date (new columns; nothing is lost).

    `faultline ingest` (which writes) does this by itself; the dashboard and the read commands
    open a store read-only and ask for it.

    Example: faultline migrate --db faultline.db
    """
    from ..store import Store

    applied = Store.upgrade(db)
    print(f"{db}: " + (f"applied migration {', '.join(f'{v:04d}' for v in applied)}" if applied
                       else "already up to date"))


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
    _emit("stances", rows, fmt, "Stances")


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
    _emit("splits", rows, fmt, "Splits")


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
    _emit("quotes", rows, fmt, "Quotes")


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
    _emit("timeline", rows, fmt, "Timeline")


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
