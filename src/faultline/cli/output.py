"""Output helpers shared by every command: formats, rows to table/json/csv, errors to exit codes."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

out = Console(soft_wrap=False)
err = Console(stderr=True)


class RowFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class AnalysisFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "value" in value and "precision" in value:
            return str(value.get("value") or "")
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit_rows(rows: Sequence[dict[str, Any]], fmt: RowFormat, *, columns: Sequence[str] | None = None,
              title: str | None = None) -> None:
    """Print query results as a Rich table, a JSON list or CSV (to standard output)."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt is RowFormat.json:
        sys.stdout.write(dumps(list(rows)) + "\n")
        return
    if fmt is RowFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
        return
    if not rows:
        out.print(f"[dim]{title + ': ' if title else ''}nothing found[/dim]")
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    out.print(table)


def join(items: Iterable[str]) -> str:
    return ", ".join(i for i in items if i)
