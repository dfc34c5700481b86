"""Ingest on one machine: stream inputs, skip what the store already has, analyse in batches,
write each batch in one transaction (one writer)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import article_id, normalise_text

OnItem = Callable[..., None]


@dataclass
class IngestSummary:
    added: int = 0
    already: int = 0
    failed: int = 0


def ingest_inputs(paths: Sequence[str], *, db: str = "faultline.db", published: str | None = None,
                  model: str | None = None, max_bytes: int = 20_000_000, batch_size: int = 32,
                  allow_urls: bool = False, on_item: OnItem | None = None) -> IngestSummary:
    """Load, analyse and store every input; returns counts. ``on_item(kind, ref, message)`` is called
    once per input with kind ``added``, ``already``, ``failed`` (for a progress bar)."""
    from ..api import Failure, analyze_records
    from ..ingest import LoadFailure, iter_inputs
    from ..store import Store

    summary = IngestSummary()
    tick = on_item or (lambda *a, **k: None)
    with Store.open(db) as store:
        known = store.known_ids()
        seen: set[str] = set()

        def todo() -> Iterator[Any]:
            for item in iter_inputs(paths, published=published, max_bytes=max_bytes, allow_urls=allow_urls):
                if isinstance(item, LoadFailure):
                    summary.failed += 1
                    store.record_failure(item.ref, "load", str(item.error))
                    tick("failed", item.ref, str(item.error))
                    continue
                aid = article_id(normalise_text(item.text))
                if aid in known or aid in seen:
                    summary.already += 1
                    tick("already", item.ref)
                    continue
                seen.add(aid)
                yield item

        batch = []
        for result in analyze_records(todo(), model=model, batch_size=min(batch_size, 64)):
            if isinstance(result, Failure):
                summary.failed += 1
                store.record_failure(result.ref, result.stage, result.error)
                tick("failed", result.ref, f"{result.ref}: {result.error}")
                continue
            batch.append(result)
            if len(batch) >= batch_size:
                _flush(store, batch, summary, tick)
        _flush(store, batch, summary, tick)
    return summary


def _flush(store: Any, batch: list[Any], summary: IngestSummary, tick: OnItem) -> None:
    if not batch:
        return
    store.write(batch)
    for a in batch:
        summary.added += 1
        tick("added", a.article.ref or a.article.id)
    batch.clear()
