"""Scale: --workers N processes and the Dask engine give the store the local engine gives, byte for
byte, in input order, with per-article failures; the machinery is tested with injected analysis
functions (fast, no model), and end to end with the real pipeline (marked ``model``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from faultline.api import Failure
from faultline.errors import ConfigError, EmptyInputError
from faultline.ingest import LoadFailure, RawArticle
from faultline.model import Analysis
from faultline.scale import analyze_stream, ingest_records
from faultline.scale.chunks import chunked, in_order, run_guarded
from faultline.scale.synthetic import synthetic_analysis, synthetic_analyze, synthetic_articles
from faultline.store import TABLES

POISON = "POISON"


def picky_analyze(records: list[Any]) -> list[Any]:
    """Module-level (picklable): raises for the whole chunk when one article is poisoned, so the
    engine has to isolate the bad article."""
    if any(POISON in r.text for r in records):
        raise ValueError("poisoned article")
    return synthetic_analyze(records)


def dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in TABLES}


def corpus(n: int = 40) -> list[Any]:
    """Synthetic articles plus a duplicate, a load failure and a poisoned article."""
    items: list[Any] = list(synthetic_articles(n))
    items.insert(5, items[2])  # duplicate: "already"
    items.insert(9, LoadFailure("broken.json", EmptyInputError("empty", input_name="broken.json")))
    items.insert(13, RawArticle(ref="poison.txt", text=f"{POISON} Britain rejected the plan."))
    return items


# -- the machinery, no model --------------------------------------------------------------------------

def test_chunked_is_lazy_and_complete() -> None:
    pulled: list[int] = []

    def source():
        for i in range(7):
            pulled.append(i)
            yield i

    chunks = chunked(source(), 3)
    assert next(chunks) == [0, 1, 2] and pulled == [0, 1, 2]
    assert list(chunks) == [[3, 4, 5], [6]]


def test_in_order_keeps_order_and_bounds_the_window() -> None:
    class Done:
        def __init__(self, value: list[int]):
            self.value = value

        def result(self) -> list[int]:
            if self.value == [4, 5]:
                raise RuntimeError("worker died")
            return self.value

    submitted: list[list[int]] = []
    outputs: list[int] = []

    def submit(chunk: list[int]) -> Done:
        submitted.append(chunk)
        assert len(submitted) - len(outputs) // 2 <= 3  # never more than the window ahead
        return Done(chunk)

    for r in in_order(chunked(range(10), 2), submit, window=2, lost=lambda chunk, e: [-x for x in chunk]):
        outputs.append(r)
    assert outputs == [0, 1, 2, 3, -4, -5, 6, 7, 8, 9]


def test_run_guarded_isolates_the_bad_article() -> None:
    records = list(synthetic_articles(3))
    records.insert(1, RawArticle(ref="poison.txt", text=POISON))
    results = run_guarded(picky_analyze, records)
    assert [type(r) for r in results] == [Analysis, Failure, Analysis, Analysis]
    assert results[1].ref == "poison.txt" and "poisoned" in results[1].error


@pytest.mark.parametrize("kwargs", [{"engine": "spark"}, {"workers": 0}, {"scheduler": "tcp://x:1"}])
def test_bad_engine_options_are_config_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        list(analyze_stream([], analyze_fn=synthetic_analyze, **kwargs))


def test_two_processes_give_the_results_of_one_in_input_order() -> None:
    records = list(synthetic_articles(50))
    records.insert(17, RawArticle(ref="poison.txt", text=f"{POISON} text"))
    here = list(analyze_stream(records, analyze_fn=picky_analyze, batch_size=4))
    there = list(analyze_stream(records, workers=2, analyze_fn=picky_analyze, batch_size=4))
    assert there == here
    assert [getattr(r, "ref", None) or r.article.ref for r in there] == [r.ref for r in records]
    assert isinstance(there[17], Failure)


def test_ingest_with_workers_equals_ingest_here(tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []
    one = ingest_records(corpus(), db=str(tmp_path / "one.db"), analyze_fn=picky_analyze, batch_size=8)
    two = ingest_records(corpus(), db=str(tmp_path / "two.db"), analyze_fn=picky_analyze, batch_size=8,
                         workers=2, on_item=lambda kind, ref, *m: seen.append((kind, ref)))
    assert (one.added, one.already, one.failed) == (two.added, two.already, two.failed) == (40, 1, 2)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")
    assert len(seen) == 43 and {k for k, _ in seen} == {"added", "already", "failed"}
    again = ingest_records(corpus(), db=str(tmp_path / "two.db"), analyze_fn=picky_analyze, workers=2)
    assert (again.added, again.already) == (0, 41)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


@pytest.fixture(scope="module")
def dask_available() -> None:
    pytest.importorskip("dask.distributed", reason='pip install "dask[distributed]"')


def test_dask_store_equals_local_store_byte_for_byte(tmp_path: Path, dask_available: None) -> None:
    local = ingest_records(corpus(), db=str(tmp_path / "local.db"), analyze_fn=picky_analyze, batch_size=8)
    dask = ingest_records(corpus(), db=str(tmp_path / "dask.db"), analyze_fn=picky_analyze, batch_size=8,
                          engine="dask", workers=2)
    assert (local.added, local.already, local.failed) == (dask.added, dask.already, dask.failed) == (40, 1, 2)
    assert dump(tmp_path / "local.db") == dump(tmp_path / "dask.db")
    with sqlite3.connect(tmp_path / "dask.db") as conn:
        refs = [r[0] for r in conn.execute("SELECT ref FROM failures ORDER BY ref")]
    assert refs == ["broken.json", "poison.txt"]


def test_unreachable_dask_scheduler_is_a_config_error(dask_available: None, monkeypatch) -> None:
    monkeypatch.setattr("faultline.scale.dask_engine.CONNECT_TIMEOUT", "1s")
    with pytest.raises(ConfigError):
        list(analyze_stream(synthetic_articles(2), engine="dask", scheduler="tcp://127.0.0.1:9",
                            analyze_fn=synthetic_analyze))


def test_synthetic_analysis_is_realistic() -> None:
    analysis = synthetic_analysis(next(synthetic_articles(1)))
    assert analysis.actors and analysis.quotes and analysis.events and analysis.stances and analysis.splits
    for actor in analysis.actors:
        for m in actor.mentions:
            assert analysis.text[m.start:m.end] == m.text


# -- end to end, the real pipeline ----------------------------------------------------------------------

TEXTS = [
    'Britain rejected the French proposal on Monday. "We will not talk to Moscow," Yvette Cooper said.',
    "Germany and Poland urged the European Union to impose new sanctions on Russia.",
    "The United States said it would send more air defence systems to Ukraine next month.",
    'Hungary blocked the EU statement. "This is not our war," Viktor Orban told reporters in Budapest.',
]


def _raws() -> list[RawArticle]:
    return [RawArticle(ref=f"t{i}.txt", text=t, published="2026-01-12") for i, t in enumerate(TEXTS)]


@pytest.mark.model
def test_real_pipeline_in_two_processes_equals_in_process(tmp_path: Path) -> None:
    here = [r.to_dict() for r in analyze_stream(_raws())]
    there = [r.to_dict() for r in analyze_stream(_raws(), workers=2, batch_size=1)]
    assert here == there and len(here) == len(TEXTS)
    ingest_records(_raws(), db=str(tmp_path / "a.db"))
    ingest_records(_raws(), db=str(tmp_path / "b.db"), workers=2, batch_size=2)
    assert dump(tmp_path / "a.db") == dump(tmp_path / "b.db")


@pytest.mark.model
def test_real_pipeline_on_dask_equals_local(tmp_path: Path, dask_available: None) -> None:
    ingest_records(_raws(), db=str(tmp_path / "local.db"))
    ingest_records(_raws(), db=str(tmp_path / "dask.db"), engine="dask", workers=2, batch_size=2)
    assert dump(tmp_path / "local.db") == dump(tmp_path / "dask.db")
