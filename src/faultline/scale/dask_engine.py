"""``--engine dask``: partitions of articles analysed on a Dask cluster, gathered back in input order.

``scheduler`` is the address of an existing cluster (``tcp://host:8786``); without one a
``LocalCluster`` of ``workers`` processes (one thread each) is started and closed afterwards. The
caller stays the one writer. Every worker loads the pipeline once (``Client.run`` at start, then the
per-process cache), at most ``2 * workers`` partitions are in flight, and a partition whose task
fails (a worker lost for good) fails its articles, not the batch.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from .chunks import AnalyzeFn, Result, chunked, failure, in_order, run_guarded

CONNECT_TIMEOUT = "20s"  # how long to wait for --scheduler before giving up


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise ConfigError("--engine dask needs Dask", hint='pip install "dask[distributed]"') from e
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except OSError as e:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({e})",
                              hint="start one with dask scheduler, or leave --scheduler out for a local cluster") from e
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def analyze_on_dask(records: Iterable[Any], fn: AnalyzeFn, *, workers: int = 2, scheduler: str | None = None,
                    chunk_size: int = 16, initializer: Callable[..., None] | None = None,
                    initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    """Analyse ``records`` with ``fn`` on Dask; results in input order."""
    client, cluster = _client(scheduler, workers)
    try:
        if initializer is not None:
            client.run(initializer, *initargs)
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)

        def lost(chunk: list[Any], error: BaseException) -> list[Result]:
            return [failure(record, "worker", error) for record in chunk]

        yield from in_order(chunked(records, chunk_size),
                            lambda chunk: client.submit(run_guarded, fn, chunk, pure=False),
                            window=window, lost=lost)
    finally:
        with contextlib.suppress(Exception):  # closing must not hide the real error
            client.close()
            if cluster is not None:
                cluster.close()
