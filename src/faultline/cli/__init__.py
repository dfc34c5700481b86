"""The ``faultline`` command line: each command parses, calls one library function, renders."""

from __future__ import annotations

import sys

import typer

from ..errors import FaultlineError
from .output import err

app = typer.Typer(
    name="faultline",
    help="Read political news at scale: actors, quotes, PLOVER events, dates, stances and splits.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from . import bench_commands, commands, corpus_commands, kb_commands, web_commands  # noqa: E402,F401  (registers)


def main() -> None:
    """Entry point: known errors become one clear line and their exit code, never a traceback."""
    try:
        app()
    except FaultlineError as e:
        err.print(f"[red]error[/red] {e}", highlight=False)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        sys.exit(130)
