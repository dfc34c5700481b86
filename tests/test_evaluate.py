"""Scoring against gold files: each matching rule on hand-written gold/pred dicts, file discovery,
prediction loading, the outside scorers' dispatch, and the shared gold scored against itself."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from faultline.errors import EvalError
from faultline.evaluate import (
    LayerScore,
    Report,
    evaluate,
    find_gold,
    score_article,
    score_files,
    surname,
    text_for_gold,
)


def person(pid: str, country: str | None = None, role: str | None = None, **extra) -> dict:
    return {"id": pid, "name": pid, "type": "person", "country": country, "role": role, **extra}


def state(sid: str, **extra) -> dict:
    return {"id": sid, "name": sid, "type": "state", **extra}


def quote(text: str, speaker: str | None, start: int | None = None, end: int | None = None, **extra) -> dict:
    q = {"id": "q", "kind": "direct", "text": text, "speaker": speaker, **extra}
    if start is not None:
        q.update(start=start, end=end)
    return q


def event(etype: str, source: list[str], target: list[str], **extra) -> dict:
    return {"id": "e", "type": etype, "source": source, "target": target, "text": "", **extra}


def layer(gold: dict, pred: dict, name: str) -> LayerScore:
    return score_article(gold, pred).layers[name]


def counts(score: LayerScore) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# --- actors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("gold_id", "pred_id", "matches"), [
    ("person:yvette-cooper", "person:yvette-cooper", True),
    ("person:yvette-cooper", "person:x-cooper", True),      # same surname slug
    ("person:yvette-cooper", "person:cooper", True),
    ("person:yvette-cooper", "person:yvette-smith", False),  # same first name is not enough
    ("GBR", "GBR", True),
    ("GBR", "FRA", False),
    ("org:cooper", "org:cooper-foundation", False),          # surnames only for people
])
def test_actor_id_and_surname(gold_id, pred_id, matches):
    score = layer({"actors": [{"id": gold_id, "type": "x"}]}, {"actors": [{"id": pred_id}]}, "actors")
    assert counts(score) == ((1, 0, 0) if matches else (0, 1, 1))


def test_surname_slug():
    assert surname("person:yvette-cooper") == "cooper"
    assert surname("GBR") is None


def test_actor_accept_ids():
    gold = {"actors": [state("RUS", accept=["org:kremlin"])]}
    assert counts(layer(gold, {"actors": [{"id": "org:kremlin"}]}, "actors")) == (1, 0, 0)
    assert counts(layer(gold, {"actors": [{"id": "org:duma"}]}, "actors")) == (0, 1, 1)


def test_actor_matching_is_one_to_one():
    gold = {"actors": [person("person:yvette-cooper")]}
    pred = {"actors": [{"id": "person:cooper"}, {"id": "person:yvette-cooper"}]}
    score = layer(gold, pred, "actors")
    assert counts(score) == (1, 1, 0)
    assert score.spurious == ("person:cooper",)  # the exact id is preferred over the surname


def test_actors_attrs_needs_country_and_role_of_persons():
    gold = {"actors": [person("person:yvette-cooper", "GBR", "foreign minister"), state("FRA")]}
    right = {"actors": [person("person:yvette-cooper", "GBR", "Foreign  Minister"), {"id": "FRA"}]}
    wrong_role = {"actors": [person("person:yvette-cooper", "GBR", "head of state"), {"id": "FRA"}]}
    wrong_country = {"actors": [person("person:yvette-cooper", "FRA", "foreign minister"), {"id": "FRA"}]}
    assert counts(layer(gold, right, "actors+attrs")) == (2, 0, 0)
    for pred in (wrong_role, wrong_country):
        assert counts(layer(gold, pred, "actors")) == (2, 0, 0)
        score = layer(gold, pred, "actors+attrs")
        assert counts(score) == (1, 1, 1)
        assert "predicted person:yvette-cooper" in score.missed[0]


def test_gold_surface_and_pred_mentions_are_ignored():
    gold = {"actors": [state("GBR", surface=["Britain", "UK"])]}
    pred = {"actors": [{"id": "GBR", "mentions": [{"start": 0, "end": 2, "text": "UK"}]}]}
    assert counts(layer(gold, pred, "actors")) == (1, 0, 0)


# --- quotes ---------------------------------------------------------------------------------------


def test_quote_speaker_surname_and_accept():
    gold = {"quotes": [quote("a public relations ploy", "person:sergey-lavrov", accept=["RUS"]),
                       quote("no interest in peace", "person:yvette-cooper")]}
    pred = {"quotes": [quote("a public relations ploy", "RUS"),
                       quote("no interest in peace", "person:x-cooper")]}
    assert counts(layer(gold, pred, "quotes")) == (2, 0, 0)
    wrong = {"quotes": [quote("a public relations ploy", "UKR"),
                        quote("no interest in peace", "person:yvette-smith")]}
    assert counts(layer(gold, wrong, "quotes")) == (0, 2, 2)


def test_a_joint_statement_matches_any_of_its_speakers():
    gold = {"quotes": [quote("protect its own skies", "FRA")]}
    joint = quote("protect its own skies", "DEU")
    assert counts(layer(gold, {"quotes": [joint]}, "quotes")) == (0, 1, 1)
    assert counts(layer(gold, {"quotes": [{**joint, "speakers": ["DEU", "FRA"]}]}, "quotes")) == (1, 0, 0)


def test_quote_accept_from_gold_actor():
    gold = {"actors": [person("person:sergey-lavrov", accept=["org:kremlin"])],
            "quotes": [quote("a ploy", "person:sergey-lavrov")]}
    assert counts(layer(gold, {"quotes": [quote("a ploy", "org:kremlin")]}, "quotes")) == (1, 0, 0)


# gold has 4 words; the prediction shares 2 of them (exactly half of the shorter): a match;
# sharing 1 of them: no match. Then the same with the prediction as the shorter text.
@pytest.mark.parametrize(("gold_text", "pred_text", "matches"), [
    ("alpha beta gamma delta", "alpha beta x y z w v", True),    # gold shorter, 2 of 4
    ("alpha beta gamma delta", "alpha x y z w v u", False),      # gold shorter, 1 of 4
    ("alpha beta x y z w v", "alpha beta gamma delta", True),    # pred shorter, 2 of 4
    ("alpha x y z w v u", "alpha beta gamma delta", False),      # pred shorter, 1 of 4
    ("Alpha, beta!", "alpha beta", True),                        # case and punctuation ignored
])
def test_quote_half_overlap_words(gold_text, pred_text, matches):
    gold = {"quotes": [quote(gold_text, "GBR")]}
    pred = {"quotes": [quote(pred_text, "GBR")]}
    assert counts(layer(gold, pred, "quotes")) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(("gold_span", "pred_span", "matches"), [
    ((100, 120), (110, 200), True),    # gold shorter (20), 10 shared: exactly half
    ((100, 120), (111, 200), False),   # 9 shared
    ((110, 200), (100, 120), True),    # pred shorter
    ((111, 200), (100, 120), False),
])
def test_quote_half_overlap_offsets(gold_span, pred_span, matches):
    # texts share no word, so only the offsets can make them match
    gold = {"quotes": [quote("aaa bbb", "GBR", *gold_span)]}
    pred = {"quotes": [quote("ccc ddd", "GBR", *pred_span)]}
    assert counts(layer(gold, pred, "quotes")) == ((1, 0, 0) if matches else (0, 1, 1))


def test_quote_words_used_when_pred_lacks_offsets():
    gold = {"quotes": [quote("alpha beta", "GBR", 0, 10)]}
    pred = {"quotes": [quote("alpha beta", "GBR", 0, 0)]}  # 0/0: no offsets
    assert counts(layer(gold, pred, "quotes")) == (1, 0, 0)


def test_quote_kind_is_reported_not_required():
    gold = {"quotes": [quote("alpha beta", "GBR", kind="indirect")]}
    pred = {"quotes": [quote("alpha beta", "GBR", kind="direct")]}
    assert counts(layer(gold, pred, "quotes")) == (1, 0, 0)
    assert counts(layer(gold, pred, "quotes+kind")) == (0, 1, 1)


def test_quotes_one_to_one_greedy_prefers_larger_overlap():
    gold = {"quotes": [quote("a b c d", "GBR", id="g1"), quote("c d e f", "GBR", id="g2")]}
    pred = {"quotes": [quote("a b c d", "GBR", id="p1")]}
    score = layer(gold, pred, "quotes")
    assert counts(score) == (1, 0, 1)
    assert score.missed[0].startswith("g2")


# --- events ---------------------------------------------------------------------------------------


def test_event_type_and_alt_types():
    gold = {"events": [event("AGREE", ["FRA"], ["RUS"], alt_types=["CONSULT"])]}
    for etype, matches in (("AGREE", True), ("CONSULT", True), ("REJECT", False)):
        pred = {"events": [event(etype, ["FRA"], ["RUS"])]}
        assert counts(layer(gold, pred, "events")) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(("old", "new"), [
    ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
])
def test_event_old_type_names(old, new):
    gold = {"events": [event(new, ["FRA"], ["RUS"])]}
    assert counts(layer(gold, {"events": [event(old, ["FRA"], ["RUS"])]}, "events")) == (1, 0, 0)
    gold_old = {"events": [event("PROTEST", ["FRA"], ["RUS"], alt_types=[old])]}
    assert counts(layer(gold_old, {"events": [event(new, ["FRA"], ["RUS"])]}, "events")) == (1, 0, 0)


@pytest.mark.parametrize(("source", "target", "matches"), [
    (["GBR"], ["FRA"], True),           # one shared actor on each side is enough
    (["GBR", "USA"], ["ITA"], True),
    (["USA"], ["FRA", "ITA"], False),   # no shared source
    (["GBR"], ["RUS"], False),          # no shared target
    (["GBR"], [], False),
])
def test_event_shared_actors(source, target, matches):
    gold = {"events": [event("REJECT", ["GBR"], ["FRA", "ITA"])]}
    pred = {"events": [event("REJECT", source, target)]}
    assert counts(layer(gold, pred, "events")) == ((1, 0, 0) if matches else (0, 1, 1))


def test_event_without_gold_target_needs_source_only():
    gold = {"events": [event("MOBILIZE", ["RUS"], [])]}
    assert counts(layer(gold, {"events": [event("MOBILIZE", ["RUS"], ["UKR"])]}, "events")) == (1, 0, 0)
    assert counts(layer(gold, {"events": [event("MOBILIZE", ["UKR"], [])]}, "events")) == (0, 1, 1)


# --- optional items ---------------------------------------------------------------------------------


def test_optional_match_is_neither_tp_nor_fp_and_miss_is_free():
    gold = {"events": [event("REJECT", ["GBR"], ["FRA"], id="e1"),
                       event("AID", ["GBR"], ["UKR"], id="e2", optional=True)]}
    found = {"events": [event("REJECT", ["GBR"], ["FRA"]), event("AID", ["GBR"], ["UKR"])]}
    missed = {"events": [event("REJECT", ["GBR"], ["FRA"])]}
    assert counts(layer(gold, found, "events")) == (1, 0, 0)
    assert counts(layer(gold, missed, "events")) == (1, 0, 0)
    assert layer(gold, found, "events").f1 == 1.0


def test_required_gold_is_matched_before_optional():
    gold = {"events": [event("REJECT", ["GBR"], ["FRA"], id="opt", optional=True),
                       event("REJECT", ["GBR"], ["FRA"], id="req")]}
    assert counts(layer(gold, {"events": [event("REJECT", ["GBR"], ["FRA"])]}, "events")) == (1, 0, 0)


def test_optional_stances_and_quotes():
    gold = {"stances": [{"actor": "RUS", "issue": "i", "polarity": -1, "optional": True}],
            "quotes": [quote("in the coming weeks", "person:a-b", optional=True)]}
    assert counts(layer(gold, {}, "stances")) == (0, 0, 0)
    assert counts(layer(gold, {"quotes": [quote("in the coming weeks", "person:a-b")]}, "quotes")) == (0, 0, 0)


# --- stances and splits ---------------------------------------------------------------------------


@pytest.mark.parametrize(("pred", "matches"), [
    ({"actor": "FRA", "issue": "negotiate-with:RUS", "polarity": 1}, True),
    ({"actor": "FRA", "issue": "negotiate-with:RUS", "polarity": -1}, False),
    ({"actor": "FRA", "issue": "pressure-on:RUS", "polarity": 1}, False),
    ({"actor": "ITA", "issue": "negotiate-with:RUS", "polarity": 1}, False),
])
def test_stance_actor_issue_polarity(pred, matches):
    gold = {"stances": [{"actor": "FRA", "issue": "negotiate-with:RUS", "polarity": 1}]}
    assert counts(layer(gold, {"stances": [pred]}, "stances")) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(("pred", "matches"), [
    ({"issue": "i", "bloc": "EU", "for": ["ITA", "FRA"], "against": ["GBR"]}, True),   # sets
    ({"issue": "i", "bloc": "NATO", "for": ["FRA", "ITA"], "against": ["GBR"]}, True),  # bloc not scored
    ({"issue": "i", "bloc": "EU", "for": ["GBR"], "against": ["FRA", "ITA"]}, False),   # sides swapped
    ({"issue": "i", "bloc": "EU", "for": ["FRA"], "against": ["GBR"]}, False),
    ({"issue": "j", "bloc": "EU", "for": ["FRA", "ITA"], "against": ["GBR"]}, False),
])
def test_split_issue_and_sides(pred, matches):
    gold = {"splits": [{"issue": "i", "bloc": "EU", "for": ["FRA", "ITA"], "against": ["GBR"]}]}
    assert counts(layer(gold, {"splits": [pred]}, "splits")) == ((1, 0, 0) if matches else (0, 1, 1))


# --- ratios and reports -----------------------------------------------------------------------------


def test_ratios_and_readable_lines():
    gold = {"stances": [{"actor": "FRA", "issue": "i", "polarity": 1},
                        {"actor": "ITA", "issue": "i", "polarity": 1}]}
    pred = {"stances": [{"actor": "FRA", "issue": "i", "polarity": 1},
                        {"actor": "GBR", "issue": "i", "polarity": -1},
                        {"actor": "USA", "issue": "i", "polarity": 0}]}
    score = layer(gold, pred, "stances")
    assert (score.precision, score.recall) == (pytest.approx(1 / 3), 0.5)
    assert score.f1 == pytest.approx(0.4)
    assert score.missed == ("ITA on i: +1",)
    assert score.spurious == ("GBR on i: -1", "USA on i: +0")


def test_empty_layer_scores_one_and_report_to_dict():
    report = score_article({"article": {"title": "T"}}, {})
    assert isinstance(report, Report)
    d = report.to_dict()
    assert d["name"] == "T"
    assert d["layers"]["splits"]["f1"] == 1.0
    assert set(d["layers"]) >= {"actors", "actors+attrs", "quotes", "events", "stances", "splits"}
    json.dumps(d)


# --- files ----------------------------------------------------------------------------------------

GOLD = {"article": {"title": "Alpha", "published": None},
        "actors": [state("GBR"), state("FRA")],
        "stances": [{"actor": "GBR", "issue": "i", "polarity": -1}]}


def write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_find_gold_file_and_folder(tmp_path):
    a = write(tmp_path / "gold" / "b.json", GOLD)
    b = write(tmp_path / "gold" / "a.json", GOLD)
    write(tmp_path / "gold" / "notes.txt", "x")
    assert find_gold(a) == [a]
    assert find_gold(tmp_path / "gold") == [b, a]
    with pytest.raises(EvalError):
        find_gold(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError):
        find_gold(tmp_path / "empty")


@pytest.mark.parametrize(("gold_rel", "text_rel"), [
    ("shared/gold/X.json", "shared/corpus/seed/X.txt"),   # ../corpus/**/
    ("corpus/gold/X.json", "corpus/sample/X.txt"),        # sibling folder
    ("data/gold/X.json", "data/gold/X.txt"),              # beside the gold file
    ("a/b/gold/X.json", "a/corpus/deep/er/X.txt"),        # a corpus/ further up
])
def test_text_for_gold(tmp_path, gold_rel, text_rel):
    gold = write(tmp_path / gold_rel, GOLD)
    text = write(tmp_path / text_rel, "text")
    write(tmp_path / "elsewhere" / "X.txt", "other")
    assert text_for_gold(gold) == text.resolve()


def test_text_for_gold_absent(tmp_path):
    assert text_for_gold(write(tmp_path / "gold" / "Y.json", GOLD)) is None


def perfect(title: str = "Alpha", ref: str = "x/A.txt") -> dict:
    return {"article": {"title": title, "ref": ref}, "actors": [{"id": "GBR"}, {"id": "FRA"}],
            "stances": [{"actor": "GBR", "issue": "i", "polarity": -1}]}


def test_evaluate_with_analyze_finds_text_and_published(tmp_path):
    gold_dir = tmp_path / "corpus" / "gold"
    write(gold_dir / "001_a.json", GOLD)
    write(tmp_path / "corpus" / "sample" / "001_a.txt", "the article text")
    write(tmp_path / "corpus" / "sample" / "meta.jsonl",
          '{"ref": "000_z.txt", "published": "2020-01-01"}\n{"ref": "001_a.txt", "published": "2025-12-04"}\n')
    seen = []

    def analyze(text: str, meta: dict) -> dict:
        seen.append((text, meta["published"], meta["title"]))
        return perfect()

    report = evaluate(str(gold_dir), None, analyze)
    assert seen == [("the article text", "2025-12-04", "Alpha")]
    assert report.name == "001_a"
    assert report.layers["actors"].f1 == 1.0


def test_evaluate_gold_published_wins_over_meta(tmp_path):
    gold = write(tmp_path / "gold" / "A.json", {**GOLD, "article": {"published": "2024-02-02"}})
    write(tmp_path / "corpus" / "A.txt", "t")
    write(tmp_path / "corpus" / "meta.jsonl", '{"ref": "A.txt", "published": "2020-01-01"}\n')
    seen = []
    evaluate(str(gold), None, lambda text, meta: seen.append(meta["published"]) or perfect())
    assert seen == ["2024-02-02"]


def test_evaluate_without_text_or_analyzer_fails(tmp_path):
    gold = write(tmp_path / "gold" / "A.json", GOLD)
    with pytest.raises(EvalError, match="E500"):
        evaluate(str(gold), None, lambda text, meta: perfect())
    with pytest.raises(EvalError):
        evaluate(str(gold), None, None)


def test_pred_file_json_list_and_jsonl_matched_by_ref_or_title(tmp_path):
    write(tmp_path / "gold" / "A.json", GOLD)
    write(tmp_path / "gold" / "B.json", {**GOLD, "article": {"title": "Beta"}})
    good_a = perfect(ref="in/A.txt")
    good_b = perfect(title="beta", ref=None)   # found by title
    as_list = write(tmp_path / "pred.json", [good_b, good_a])
    as_jsonl = write(tmp_path / "pred.jsonl", json.dumps(good_a) + "\n\n" + json.dumps(good_b) + "\n")
    for pred in (as_list, as_jsonl):
        report = evaluate(str(tmp_path / "gold"), str(pred), None)
        assert report.name == "2 articles"
        assert report.layers["actors"].tp == 4
        assert report.layers["stances"].f1 == 1.0


def test_pred_folder_and_micro_average(tmp_path):
    write(tmp_path / "gold" / "A.json", GOLD)
    write(tmp_path / "gold" / "B.json", GOLD)
    write(tmp_path / "pred" / "A.json", perfect())
    write(tmp_path / "pred" / "B.json", {"actors": [{"id": "GBR"}, {"id": "USA"}]})
    report = evaluate(str(tmp_path / "gold"), str(tmp_path / "pred"), None)
    actors = report.layers["actors"]
    assert counts(actors) == (3, 1, 1)
    assert actors.missed == ("[B] FRA (FRA, state)",)
    assert actors.spurious == ("[B] USA",)
    assert counts(report.layers["stances"]) == (1, 0, 1)


def test_single_gold_single_pred_match_without_ref(tmp_path):
    gold = write(tmp_path / "A.json", GOLD)
    pred = write(tmp_path / "p.json", {"actors": [{"id": "GBR"}]})
    assert counts(evaluate(str(gold), str(pred), None).layers["actors"]) == (1, 0, 1)


def test_score_files(tmp_path):
    golds = [write(tmp_path / "A.json", GOLD), write(tmp_path / "B.json", GOLD)]
    preds = [write(tmp_path / "pa.json", perfect()), write(tmp_path / "pb.json", {})]
    report = score_files(golds, preds)
    assert counts(report.layers["actors"]) == (2, 0, 2)
    assert report.layers["actors"].recall == 0.5
    with pytest.raises(EvalError):
        score_files(golds, preds[:1])


def test_bad_files_raise_eval_error(tmp_path):
    broken = write(tmp_path / "gold" / "A.json", "{not json")
    with pytest.raises(EvalError):
        evaluate(str(broken), str(broken), None)
    gold = write(tmp_path / "gold2" / "A.json", GOLD)
    with pytest.raises(EvalError):
        evaluate(str(gold), str(write(tmp_path / "p.jsonl", "{}\n[1\n")), None)


# --- outside scorers ------------------------------------------------------------------------------


def fake_analyze(text: str, meta: dict) -> dict:
    return {"quotes": [{"start": 0, "end": 5, "speaker_span": [6, 9]},
                       {"start": 10, "end": 12, "speaker_span": None}],
            "events": [{"type": "AGREE", "source": ["FRA"], "target": ["RUS"]}]}


def test_polnear_dispatch(tmp_path, monkeypatch):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    calls = []

    def score_polnear(folder, predict, limit=None):
        calls.append([(q.start, q.end, q.speaker_span) for q in predict("some text")])
        return {"documents": 1, "predicted": 4, "gold": 5,
                "content": {"precision": 0.75, "recall": 0.6, "f1": 0.6667},
                "content_speaker": {"precision": 0.25, "recall": 0.2, "f1": 0.2222}}

    monkeypatch.setitem(sys.modules, "faultline.eval_polnear",
                        types.SimpleNamespace(score_polnear=score_polnear))
    report = evaluate(str(tmp_path / "dev"), None, fake_analyze)
    assert calls == [[(0, 5, (6, 9)), (10, 12, None)]]
    assert set(report.layers) == {"content", "content+speaker"}
    assert counts(report.layers["content"]) == (3, 1, 2)
    assert report.layers["content+speaker"].f1 == pytest.approx(0.2222)


def test_plover_gsr_dispatch(tmp_path, monkeypatch):
    gsr = write(tmp_path / "dev.json", [{"id": "1", "event": "AGREE", "text": "t"}])
    seen = []

    def score_gsr(path, predict):
        seen.append(predict("t"))
        return {"event": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}}

    monkeypatch.setitem(sys.modules, "faultline.eval_plover", types.SimpleNamespace(score_gsr=score_gsr))
    report = evaluate(str(gsr), None, fake_analyze)
    assert seen[0][0]["type"] == "AGREE"
    assert counts(report.layers["event"]) == (1, 1, 1)


def test_plover_gsr_missing_scorer_is_an_eval_error(tmp_path, monkeypatch):
    gsr = write(tmp_path / "dev.json", [{"id": "1", "event": "AGREE"}])
    monkeypatch.setitem(sys.modules, "faultline.eval_plover", None)  # import fails
    with pytest.raises(EvalError, match="PLOVER"):
        evaluate(str(gsr), None, fake_analyze)


# --- the shared gold ------------------------------------------------------------------------------


@pytest.mark.shared
def test_shared_gold_scored_against_itself_is_perfect(shared_dir):
    paths = find_gold(shared_dir / "gold")
    assert paths
    report = score_files(paths, paths)
    for name, score in report.layers.items():
        assert score.f1 == 1.0, (name, score.missed, score.spurious)
        assert score.fp == 0 and score.fn == 0


@pytest.mark.shared
def test_shared_gold_has_its_text(shared_dir):
    for path in find_gold(shared_dir / "gold"):
        text = text_for_gold(path)
        assert text is not None and text.stem == path.stem
