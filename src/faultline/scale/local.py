"""Ingest: stream inputs, skip what the store already has, analyse (here, in local processes or on
Dask), and write each batch in one transaction. The caller's process is the one writer.

Memory stays flat: inputs are streamed, at most a few chunks are in flight, a batch is written and
dropped, and duplicates are found by asking the store (plus a set of the ids not yet written),
not by holding every id of the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import article_id, normalise_text
from .chunks import AnalyzeFn
from .engines import analyze_stream, check_engine

OnItem = Callable[..., None]


@dataclass
class IngestSummary:
    added: int = 0
    already: int = 0
    failed: int = 0


def ingest_inputs(paths: Sequence[str], *, db: str = "faultline.db", published: str | None = None,
                  model: str | None = None, max_bytes: int = 20_000_000, batch_size: int = 32,
                  allow_urls: bool = False, on_item: OnItem | None = None, workers: int = 1,
                  engine: str = "local", scheduler: str | None = None,
                  analyze_fn: AnalyzeFn | None = None) -> IngestSummary:
    """Load, analyse and store every input; returns counts. ``on_item(kind, ref, message)`` is called
    once per input with kind ``added``, ``already``, ``failed`` (for a progress bar).

    ``workers``/``engine``/``scheduler`` choose where the analysis runs (see
    :func:`faultline.scale.engines.analyze_stream`); the store is the same byte for byte.
    """
    from ..ingest import iter_inputs

    check_engine(engine, workers, scheduler)
    records = iter_inputs(paths, published=published, max_bytes=max_bytes, allow_urls=allow_urls)
    return ingest_records(records, db=db, model=model, batch_size=batch_size, on_item=on_item,
                          workers=workers, engine=engine, scheduler=scheduler, analyze_fn=analyze_fn)


def ingest_records(records: Any, *, db: str = "faultline.db", model: str | None = None, batch_size: int = 32,
                   on_item: OnItem | None = None, workers: int = 1, engine: str = "local",
                   scheduler: str | None = None, analyze_fn: AnalyzeFn | None = None) -> IngestSummary:
    """``ingest_inputs`` over an iterable of RawArticle / LoadFailure (what the loaders yield)."""
    from ..api import Failure
    from ..ingest import LoadFailure
    from ..store import Store

    summary = IngestSummary()
    tick = on_item or (lambda *a, **k: None)
    with Store.open(db) as store:
        unwritten: set[str] = set()  # sent to analysis, not yet stored: bounded by what is in flight

        def todo() -> Iterator[Any]:
            for item in records:
                if isinstance(item, LoadFailure):
                    summary.failed += 1
                    store.record_failure(item.ref, "load", str(item.error))
                    tick("failed", item.ref, str(item.error))
                    continue
                aid = article_id(normalise_text(item.text))
                if aid in unwritten or store.has_article(aid):
                    summary.already += 1
                    tick("already", item.ref)
                    continue
                unwritten.add(aid)
                yield item

        batch: list[Any] = []
        for result in analyze_stream(todo(), engine=engine, workers=workers, scheduler=scheduler, model=model,
                                     batch_size=min(batch_size, 64), analyze_fn=analyze_fn):
            if isinstance(result, Failure):
                summary.failed += 1
                store.record_failure(result.ref, result.stage, result.error)
                tick("failed", result.ref, f"{result.ref}: {result.error}")
                continue
            batch.append(result)
            if len(batch) >= batch_size:
                _flush(store, batch, summary, tick, unwritten)
        _flush(store, batch, summary, tick, unwritten)
    return summary


def _flush(store: Any, batch: list[Any], summary: IngestSummary, tick: OnItem, unwritten: set[str]) -> None:
    if not batch:
        return
    store.write(batch)
    for a in batch:
        summary.added += 1
        unwritten.discard(a.article.id or article_id(a.text))
        tick("added", a.article.ref or a.article.id)
    batch.clear()
