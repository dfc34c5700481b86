"""faultline bench."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from . import app
from .output import dumps, err, out


@app.command()
def bench(
    paths: Annotated[list[str] | None, typer.Argument(help="Texts to measure on (default: the bundled corpus).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most N articles.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package or path.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size")] = 32,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Alternate the sides N times; keep each side's fastest run.")] = 1,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Throughput of bare spaCy and of the full analysis on the same texts: words/s, ratio, memory, stages.

    Example: faultline bench ../shared/polnear/data/train/text --limit 300
    """
    from ..scale.bench import run

    rounds = f", {repeat} rounds" if repeat > 1 else ""
    err.print(f"measuring bare spaCy, then faultline (each in its own process{rounds})…")
    result = run(paths or [], model=model, limit=limit, batch_size=batch_size, repeat=repeat)
    if fmt == "json":
        sys.stdout.write(dumps(result) + "\n")
        return
    table = Table(title=f"faultline bench · {result['articles']} articles, {result['words']} words",
                  header_style="bold")
    for col in ("", "words/s", "articles/s", "seconds", "peak RSS MB"):
        table.add_column(col, justify="right")
    for side in ("bare", "full"):
        r = result[side]
        table.add_row("bare spaCy" if side == "bare" else "faultline", f"{r['words_per_s']:.0f}",
                      f"{r['articles_per_s']:.2f}", f"{r['seconds']:.2f}", f"{r['peak_rss_mb']:.0f}")
    out.print(table)
    out.print(f"ratio faultline/bare: [bold]{result['ratio']:.2f}[/bold]")
    if result.get("repeat", 1) > 1:
        for side in ("bare", "full"):
            out.print(f"{side} runs (CPU s): " + ", ".join(f"{s:.2f}" for s in result["runs"][side]))
    stages = Table(title="seconds per stage", header_style="bold")
    stages.add_column("stage")
    stages.add_column("bare", justify="right")
    stages.add_column("faultline", justify="right")
    names = list(dict.fromkeys([*result["bare"]["stages"], *result["full"]["stages"]]))
    for name in names:
        b = result["bare"]["stages"].get(name)
        f = result["full"]["stages"].get(name)
        stages.add_row(name, "" if b is None else f"{b:.2f}", "" if f is None else f"{f:.2f}")
    out.print(stages)
