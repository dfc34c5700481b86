"""``--workers N`` on one machine: N spawned processes analyse, the caller (one writer) consumes.

Each worker loads the pipeline once (the pool's initializer), then analyses chunks of articles. At
most ``2 * N`` chunks are in flight, so memory stays flat whatever the corpus size, and results come
back in input order. A worker that dies (segfault, out of memory) fails the articles it held; the
pool is restarted and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .chunks import AnalyzeFn, Result, chunked, failure, in_order, run_guarded

# "spawn" works the same on Linux, macOS and Windows and never inherits a half-loaded spaCy.
START_METHOD = "spawn"


class _RestartingPool:
    """A process pool that replaces itself when a worker dies."""

    def __init__(self, workers: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]):
        self._args = (workers, initializer, initargs)
        self._pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        workers, initializer, initargs = self._args
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(START_METHOD),
                                   initializer=initializer, initargs=initargs)

    def submit(self, fn: AnalyzeFn, chunk: list[Any]) -> Future[list[Result]]:
        try:
            return self._pool.submit(run_guarded, fn, chunk)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new()
            return self._pool.submit(run_guarded, fn, chunk)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def analyze_in_processes(records: Iterable[Any], fn: AnalyzeFn, *, workers: int, chunk_size: int = 16,
                         initializer: Callable[..., None] | None = None,
                         initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    """Analyse ``records`` with ``fn`` in ``workers`` processes; results in input order."""
    pool = _RestartingPool(workers, initializer, initargs)

    def lost(chunk: list[Any], error: BaseException) -> list[Result]:
        return [failure(record, "worker", error) for record in chunk]

    try:
        yield from in_order(chunked(records, chunk_size), lambda chunk: pool.submit(fn, chunk),
                            window=2 * workers, lost=lost)
    finally:
        pool.close()
