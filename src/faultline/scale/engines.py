"""One door to every engine: ``analyze_stream`` analyses a stream of articles in input order, here
(``workers=1``), in local processes (``workers>1``) or on Dask (``engine="dask"``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from .chunks import AnalyzeFn, Result, chunked, default_fn, run_guarded, warm_up

ENGINES = ("local", "dask")


def check_engine(engine: str, workers: int, scheduler: str | None) -> None:
    """Refuse impossible combinations with a clear error before anything starts."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint="use --engine local or --engine dask")
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if scheduler and engine != "dask":
        raise ConfigError("--scheduler needs --engine dask", hint="add --engine dask")


def analyze_stream(records: Iterable[Any], *, engine: str = "local", workers: int = 1,
                   scheduler: str | None = None, model: str | None = None, batch_size: int = 16,
                   analyze_fn: AnalyzeFn | None = None, quote_scope: str | None = None) -> Iterator[Result]:
    """Analyse ``records`` (RawArticle-like) into Analysis / Failure, one per article, in input order
    (a record that fails before analysis, e.g. on its date, may come out a few places early).

    ``analyze_fn(list_of_records) -> list_of_results`` replaces faultline's pipeline (tests,
    benchmarks of the machinery); it must be picklable for ``workers > 1`` and Dask.
    """
    check_engine(engine, workers, scheduler)
    if engine == "dask":
        from .dask_engine import analyze_on_dask

        fn = analyze_fn or default_fn(model, quote_scope)
        yield from analyze_on_dask(records, fn, workers=workers, scheduler=scheduler, chunk_size=batch_size,
                                   initializer=None if analyze_fn else warm_up, initargs=(model,))
    elif workers > 1:
        from .pool import analyze_in_processes

        fn = analyze_fn or default_fn(model, quote_scope)
        yield from analyze_in_processes(records, fn, workers=workers, chunk_size=batch_size,
                                        initializer=None if analyze_fn else warm_up, initargs=(model,))
    elif analyze_fn is None:
        from ..api import analyze_records

        yield from analyze_records(records, model=model, batch_size=batch_size, quote_scope=quote_scope)
    else:
        for chunk in chunked(records, batch_size):
            yield from run_guarded(analyze_fn, chunk)
