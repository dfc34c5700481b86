"""The bundled sample corpus against its corpus-level truth (corpus/gold/CORPUS.json), through the
real pipeline and a real store: Germany's shift and the main split as of the corpus's last date."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "corpus_truth.py"


def _bench():
    spec = importlib.util.spec_from_file_location("corpus_truth", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus_truth", module)      # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored(tmp_path_factory, spacy_nlp):
    from faultline.store import Store

    bench = _bench()
    truth = json.loads(bench.TRUTH.read_text(encoding="utf-8"))
    db = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    bench.ingest(db)
    with Store.open(db) as store:
        yield truth, bench.compare(store, truth), store


@pytest.mark.model
def test_germanys_shift_is_found(scored):
    from faultline import analysis

    truth, _, store = scored
    found = analysis.shifts(store, issue=truth["issue"], actor="DEU")
    assert [(s["from"]["polarity"], s["to"]["polarity"]) for s in found] == [(-1, 1)]
    assert found[0]["from"]["window"] <= "2026-02" and found[0]["to"]["window"] >= "2026-06"


@pytest.mark.model
def test_the_main_split_as_of_the_last_date(scored):
    from faultline import analysis

    truth, _, store = scored
    last = max(s["as_of"] for s in truth["splits"])
    gold = next(s for s in truth["splits"] if s["as_of"] == last and s["bloc"] == "EU")
    got = analysis.splits(store, bloc="EU", issue=truth["issue"], as_of=last)
    assert [(sorted(x["actor"] for x in d["for"]), sorted(x["actor"] for x in d["against"]))
            for d in got] == [(gold["for"], gold["against"])]


@pytest.mark.model
def test_state_month_stances_mostly_match(scored):
    _, result, _ = scored
    assert result["stances"].recall >= 0.8
    assert result["stances"].precision >= 0.8
