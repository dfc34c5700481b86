"""serve (the read-only dashboard) and report (one self-contained HTML file about an issue)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ConfigError
from . import app
from .output import err

DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file or a sqlite:/// URL (read only).")]


@app.command()
def serve(
    db: DbOpt = "faultline.db",
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (127.0.0.1: this machine only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the dashboard (issues, stance matrices, splits, timelines, articles) over a store, read only.

    Every page has a JSON twin at the same path with .json; the API description is at /openapi.json.

    Example: faultline serve --db faultline.db --port 8000
    """
    import uvicorn

    from ..web import create_app

    application = create_app(db)
    err.print(f"faultline dashboard on [bold]http://{host}:{port}/[/bold] · {db} (read only)", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def report(
    issue: Annotated[str, typer.Option("--issue", help="Issue id, e.g. negotiate-with:RUS (see /issues).")],
    db: DbOpt = "faultline.db",
    out: Annotated[str, typer.Option("--out", "-o", help="HTML file to write.")] = "report.html",
) -> None:
    """Write a self-contained HTML report on one issue: stance matrix, for/against chart, timeline.

    Example: faultline report --issue negotiate-with:RUS --db faultline.db --out report.html
    """
    from ..store import Store
    from ..web.report import render_report

    target = Path(out)
    if not target.parent.is_dir():
        raise ConfigError(f"--out folder {target.parent} does not exist", hint="create it first")
    with Store.open(db, readonly=True) as store:
        html = render_report(store.conn, issue)
    target.write_text(html, encoding="utf-8")
    err.print(f"wrote [bold]{target}[/bold] ({len(html.encode('utf-8')):,} bytes)", highlight=False)
