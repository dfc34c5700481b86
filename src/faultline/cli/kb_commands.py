"""faultline kb import | lookup."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import app
from .output import dumps, out

kb_app = typer.Typer(help="Inspect and extend the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
def kb_import(
    files: Annotated[list[Path], typer.Argument(help="Phoenix/PETRARCH .actors or agents files.")],
    name: Annotated[str, typer.Option("--name", help="Name of the user KB file to write.")] = "phoenix",
) -> None:
    """Import Phoenix/PETRARCH actor and agent dictionaries into the user knowledge base.

    Example: faultline kb import Phoenix.Countries.actors.txt Phoenix.agents.txt
    """
    from ..kb.phoenix import import_phoenix, write_user_kb

    data = import_phoenix([str(f) for f in files])
    path = write_user_kb(data, name)
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list | dict)}
    out.print(f"wrote {path} {counts}", highlight=False)


@kb_app.command("lookup")
def kb_lookup(
    name: Annotated[str, typer.Argument(help="A name, metonym or description: 'the Kremlin'.")],
    date: Annotated[str | None, typer.Option("--date", help="As of YYYY-MM-DD (offices, memberships).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """What the knowledge base says about a name at a date.

    Example: faultline kb lookup "the Kremlin" --date 2026-01-01
    """
    from ..api import parse_date
    from ..kb import default_kb
    from ..kb.describe import describe

    result = describe(default_kb(), name, parse_date(date, what="--date"))
    if fmt == "json":
        sys.stdout.write(dumps(result) + "\n")
    else:
        out.print_json(data=result)
