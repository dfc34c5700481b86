"""The PLOVER GSR scorer on hand-made records."""

from __future__ import annotations

import json

import pytest

from faultline.errors import EvalError
from faultline.eval_plover import code_match, score_actors, score_gsr
from faultline.model import Event

RECORDS = [
    {"id": "doc", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "a", "event": "DEMAND", "text": "Xland demanded that Yland leave.",
     "source": [{"actorText": "Xland", "code": "XXX"}], "target": [{"actorText": "Yland", "code": "YYY"}]},
    {"id": "b", "event": "AGREE", "text": "The UN agreed.", "source": [{"actorText": "UN", "code": "IGO"}],
     "target": ""},
]


@pytest.fixture
def gsr(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def ev(t, s, tg=()):
    return Event(id="e1", type=t, source=tuple(s), target=tuple(tg))


def test_perfect_predictions_score_one_and_old_names_are_mapped(gsr):
    preds = {"Xland demanded that Yland leave.": [ev("REQUEST", ["XXX"], ["YYY"])],
             "The UN agreed.": [ev("AGREE", ["UN"])]}
    result = score_gsr(gsr, lambda text: preds[text])
    assert result["overall"]["f1"] == 1.0 and result["sentences"] == 2
    assert set(result["per_type"]) == {"REQUEST", "AGREE"}


def test_wrong_target_and_extra_events_count_against(gsr):
    preds = {"Xland demanded that Yland leave.": [ev("REQUEST", ["XXX"], ["ZZZ"]), ev("ACCUSE", ["XXX"])],
             "The UN agreed.": [ev("AGREE", ["UN"])]}
    o = score_gsr(gsr, lambda text: preds[text])["overall"]
    assert (o["tp"], o["fp"], o["fn"]) == (1, 2, 1)
    assert o["precision"] == pytest.approx(1 / 3, abs=1e-3) and o["recall"] == 0.5


def test_code_match_knows_igo_and_legacy_codes():
    assert code_match("IGO", "UN") and code_match("IGO", "IGOUNO") and code_match("JAP", "JPN")
    assert not code_match("IGO", "FRA") and not code_match("USA", "GBR")


def test_actor_check_counts_resolved_gold_actors(gsr):
    r = score_actors(gsr, lambda sentence, text: {"Xland": ["XXX"], "UN": ["UN"]}.get(text, []))
    assert (r["resolved"], r["actors"]) == (2, 3)


def test_unreadable_file_is_an_eval_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvalError):
        score_gsr(bad, lambda text: [])


@pytest.mark.shared
def test_shared_gsr_loads(shared_dir):
    from faultline.eval_plover import load_gsr
    records = load_gsr(shared_dir / "plover-gsr" / "dev.json")
    assert len(records) == 228 and all(r["event"] != "DOCUMENT" for r in records)


import pytest  # noqa: E402


@pytest.mark.parametrize("gold,pred,ok", [
    ("IGO", "UN", True), ("IGO", "org:amnesty-international", True), ("NGO", "EU", True),
    ("IGO", "FRA", False), ("NGO", "person:kofi-annan", False), ("USA", "USA", True), ("USA", "GBR", False),
])
def test_igo_and_ngo_codes_match_any_non_state_body(gold, pred, ok):
    from faultline.eval_plover import code_match

    assert code_match(gold, pred) is ok
