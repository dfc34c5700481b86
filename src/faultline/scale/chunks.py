"""What every engine shares: cut a stream of articles into chunks, analyse a chunk with failures
isolated per article, and keep a bounded window of chunks in flight, yielding results in input order.

An analysis function takes a list of articles (:class:`faultline.ingest.RawArticle` or anything with
``ref`` and ``text``) and returns one :class:`~faultline.model.Analysis` or
:class:`~faultline.api.Failure` per article. It must be picklable (a module-level function or a
``functools.partial`` of one) to run in another process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from typing import Any, Protocol

from ..model import Analysis

Result = Any  # Analysis | faultline.api.Failure
AnalyzeFn = Callable[[list[Any]], Sequence[Result]]


class Pending(Protocol):
    """A submitted chunk: a ``concurrent.futures.Future`` or a Dask future."""

    def result(self) -> Any: ...


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items, pulled lazily (the stream is never held whole)."""
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def analyze_chunk(records: list[Any], *, model: str | None = None, quote_scope: str | None = None) -> list[Result]:
    """The default analysis function: faultline's pipeline over one chunk (cached per process)."""
    from ..api import analyze_records

    return list(analyze_records(records, model=model, batch_size=max(1, len(records)), quote_scope=quote_scope))


def default_fn(model: str | None, quote_scope: str | None = None) -> AnalyzeFn:
    return partial(analyze_chunk, model=model, quote_scope=quote_scope)


def warm_up(model: str | None = None) -> None:
    """Load the pipeline once in a worker process, before its first chunk."""
    from ..api import get_nlp

    get_nlp(model)


def failure(record: Any, stage: str, error: BaseException | str) -> Result:
    from ..api import Failure

    message = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return Failure(ref=getattr(record, "ref", None) or "?", stage=stage, error=message)


def run_guarded(fn: AnalyzeFn, records: list[Any]) -> list[Result]:
    """``fn(records)``; when the whole chunk raises, redo it article by article so that only the bad
    article fails. Runs inside the worker, so an error never reaches the writer as an exception."""
    try:
        out = list(fn(records))
        if len(out) >= len(records) or not records:
            return out
        raise RuntimeError(f"the analysis returned {len(out)} results for {len(records)} articles")
    except Exception:  # noqa: BLE001 - isolate the failing article
        results: list[Result] = []
        for record in records:
            try:
                results.extend(fn([record]) or [failure(record, "analyze", "no result")])
            except Exception as e:  # noqa: BLE001 - one article's error is reported, not raised
                results.append(failure(record, "analyze", e))
        return results


def in_order(chunks: Iterable[list[Any]], submit: Callable[[list[Any]], Pending], window: int,
             lost: Callable[[list[Any], BaseException], list[Result]]) -> Iterator[Result]:
    """Submit chunks, at most ``window`` in flight, and yield their results in input order.

    ``lost(chunk, error)`` turns a chunk whose worker died (or whose future failed) into results,
    normally one failure per article, so the batch goes on.
    """
    inflight: deque[tuple[list[Any], Pending]] = deque()
    source = iter(chunks)
    exhausted = False
    while True:
        while not exhausted and len(inflight) < max(1, window):
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
                break
            inflight.append((chunk, submit(chunk)))
        if not inflight:
            return
        chunk, pending = inflight.popleft()
        try:
            results = pending.result()
        except Exception as e:  # noqa: BLE001 - a dead worker or a lost future: report per article
            results = lost(chunk, e)
        yield from results


def is_analysis(result: Result) -> bool:
    return isinstance(result, Analysis)
