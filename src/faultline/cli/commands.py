"""analyze, ingest, info, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import app
from .output import AnalysisFormat, dumps, err, out

PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, '-' for standard input.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD "
                                                  "for inputs that carry none.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model package or path "
                                              "(default: best installed English model).")]
DbOpt = Annotated[str, typer.Option("--db", help="Store: a SQLite file or a postgresql:// URL.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")]
QuoteScopeOpt = Annotated[str, typer.Option("--quote-scope", help="speech (what is said) or learned "
                                            "(PolNeAR-style attributions of beliefs and intentions too).")]
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Processes that analyse (local "
                                         "engine), or Dask workers of a local cluster.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="Where the analysis runs: local or dask.")]
SchedulerOpt = Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask "
                                                  "scheduler (with --engine dask), e.g. tcp://host:8786.")]


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("{task.fields[note]}"), console=err,
                    transient=False, disable=not err.is_terminal)


def _check_published(published: str | None) -> str | None:
    """``--published`` as YYYY-MM-DD, or a ConfigError (exit code 2) before any work starts."""
    from ..ingest import parse_published

    return parse_published(published) if published is not None else None


@app.command()
def analyze(
    paths: PathsArg,
    published: PublishedOpt = None,
    fmt: Annotated[AnalysisFormat, typer.Option("--format", "-f", help="table, json or jsonl.")] = AnalysisFormat.table,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    allow_urls: Annotated[bool, typer.Option("--allow-urls", help="Fetch http(s) URLs given as inputs.")] = False,
    workers: WorkersOpt = 1,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    quote_scope: QuoteScopeOpt = "speech",
) -> None:
    """Analyse articles and print actors, quotes, events, dates, stances and splits.

    Example: faultline analyze article.txt --published 2026-01-12 --format json
    Example: faultline analyze corpus/ --workers 4 --format jsonl
    """
    from ..api import Failure
    from ..ingest import LoadFailure, iter_inputs
    from ..scale.engines import analyze_stream, check_engine
    from .render import render_analysis

    published = _check_published(published)
    check_engine(engine, workers, scheduler)
    failures: list[str] = []
    results: list[dict[str, Any]] = []

    def raws():
        for item in iter_inputs(paths, published=published, max_bytes=max_bytes, allow_urls=allow_urls):
            if isinstance(item, LoadFailure):
                failures.append(str(item.error))
                err.print(f"[yellow]skipped[/yellow] {item.error}", highlight=False)
                continue
            yield item

    n = 0
    for result in analyze_stream(raws(), model=model, workers=workers, engine=engine, scheduler=scheduler,
                                 quote_scope=quote_scope):
        if isinstance(result, Failure):
            failures.append(f"{result.ref}: {result.error}")
            err.print(f"[yellow]failed[/yellow] {result.ref} ({result.stage}): {result.error}", highlight=False)
            continue
        n += 1
        if fmt is AnalysisFormat.table:
            render_analysis(result, out)
        elif fmt is AnalysisFormat.jsonl:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            results.append(result.to_dict())
    if fmt is AnalysisFormat.json and n:
        sys.stdout.write(dumps(results[0] if len(results) == 1 else results) + "\n")
    if failures:
        err.print(f"{n} analysed, {len(failures)} skipped or failed", highlight=False)
    if n == 0:
        raise typer.Exit(3 if failures else 1)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = "faultline.db",
    published: PublishedOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per transaction.")] = 32,
    allow_urls: Annotated[bool, typer.Option("--allow-urls", help="Fetch http(s) URLs given as inputs.")] = False,
    workers: WorkersOpt = 1,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
) -> None:
    """Analyse articles and store them; re-ingesting the same input adds nothing.

    Example: faultline ingest corpus/sample --db faultline.db
    Example: faultline ingest corpus/ --workers 4 --db postgresql://me@localhost/news
    """
    from ..ingest import count_inputs
    from ..scale.local import ingest_inputs

    published = _check_published(published)
    total = count_inputs(paths)
    with _progress() as progress:
        task = progress.add_task("ingest", total=total or None, note="")

        def tick(kind: str, ref: str, message: str | None = None) -> None:
            progress.advance(task)
            if kind in ("failed", "skipped-bad"):
                err.print(f"[yellow]skipped[/yellow] {message}", highlight=False)
            progress.update(task, note=f"{kind}: {Path(ref).name[:40]}")

        summary = ingest_inputs(paths, db=db, published=published, model=model, max_bytes=max_bytes,
                                batch_size=batch_size, allow_urls=allow_urls, on_item=tick,
                                workers=workers, engine=engine, scheduler=scheduler)
    err.print(
        f"[bold]{summary.added}[/bold] added, {summary.already} already in the store (skipped as done), "
        f"{summary.failed} failed · {db}", highlight=False)
    if summary.added == 0 and summary.already == 0 and summary.failed:
        raise typer.Exit(3)


@app.command()
def info(fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
         model: ModelOpt = None) -> None:
    """Versions, and the spaCy model in use (key `model`).

    Example: faultline info --format json
    """
    import platform

    import spacy

    from .. import __version__
    from ..nlp import default_model_name, installed_models

    data: dict[str, Any] = {"faultline": __version__, "python": platform.python_version(),
                            "spacy": spacy.__version__, "installed_models": installed_models()}
    try:
        name = model or default_model_name()
        nlp = spacy.load(name)
        data["model"] = name
        data["model_version"] = nlp.meta.get("version")
        data["model_pipeline"] = nlp.pipe_names
    except Exception as e:  # noqa: BLE001 - info reports, it does not fail
        data["model"] = None
        data["model_error"] = str(e)
    if fmt == "json":
        sys.stdout.write(dumps(data) + "\n")
    else:
        for k, v in data.items():
            out.print(f"[bold]{k}[/bold]: {v}", highlight=False)


@app.command("eval")
def eval_cmd(
    gold: Annotated[str, typer.Argument(help="A gold file or folder (shared format), a PolNeAR folder "
                                        "(text/ + attributions/) or a PLOVER GSR .json.")],
    pred: Annotated[str | None, typer.Argument(help="Predictions (JSON/JSONL/folder); default: analyse the "
                                               "gold's texts now.")] = None,
    model: ModelOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N articles.")] = None,
    quote_scope: Annotated[str, typer.Option(
        "--quote-scope", help="speech, learned, or auto: the scope the gold annotates (learned for a "
        "PolNeAR folder, whose attributions include beliefs and intentions; speech otherwise).")] = "auto",
) -> None:
    """Score analyses against gold: precision, recall and F1 per layer.

    Example: faultline eval ../shared/gold/000_50c2be128bc4e2c7.json
    """
    from rich.table import Table

    from ..api import analyze
    from ..evaluate import evaluate, scope_for_gold

    quote_scope = scope_for_gold(gold) if quote_scope == "auto" else quote_scope

    def run(text: str, meta: dict[str, Any]) -> dict[str, Any]:
        return analyze(text, published=(meta or {}).get("published"), model=model,
                       quote_scope=quote_scope).to_dict()

    report = evaluate(gold, pred, run, limit=limit)
    if fmt == "json":
        sys.stdout.write(dumps(report.to_dict()) + "\n")
        return
    table = Table(title=f"faultline eval · {report.name}", header_style="bold")
    for col in ("layer", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col != "layer" else "left")
    for name, s in report.layers.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    out.print(table)
    for name, s in report.layers.items():
        for line in list(s.missed)[:15]:
            out.print(f"[red]missed[/red] {name}: {line}", highlight=False)
        for line in list(s.spurious)[:15]:
            out.print(f"[yellow]extra[/yellow]  {name}: {line}", highlight=False)
