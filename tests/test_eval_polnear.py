"""PolNeAR scoring: the brat reader on a hand-written file and the matching rule on hand-made spans."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from faultline.errors import EvalError
from faultline.eval_polnear import (
    Attribution,
    Prediction,
    content_match,
    greedy_match,
    group_predictions,
    iter_polnear,
    offset_map,
    read_brat,
    score_polnear,
    speaker_match,
)

ANN = (
    "T1\tSource 0 6\tCooper\n"
    "T2\tCue 7 11\tsaid\n"
    "T3\tContent 12 20;30 40\tRussia w\tpeace now\n"
    "T4\tAttribution 7 11\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes T3\ta note\n"
    "T5\tCue 50 62\taccording to\n"
    "T6\tContent 63 70\tspans a\n"
    "line break\n"
    "T7\tAttribution-no-source 50 62\taccording to\n"
    "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
)


@dataclass(frozen=True)
class P:
    start: int
    end: int
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None = None


def test_read_brat(tmp_path) -> None:
    path = tmp_path / "a_0001.ann"
    path.write_text(ANN, encoding="utf-8")
    gold = read_brat(path)
    assert gold == [Attribution([(0, 6)], [(7, 11)], [(12, 20), (30, 40)]),
                    Attribution([], [(50, 62)], [(63, 70)])]


def test_read_brat_missing_file(tmp_path) -> None:
    with pytest.raises(EvalError):
        read_brat(tmp_path / "nope.ann")


@pytest.mark.parametrize(("pred", "gold", "ok"), [
    ([(0, 10)], [(0, 10)], True),
    ([(0, 10)], [(5, 30)], True),      # 5 shared chars = half of the shorter (10)
    ([(0, 10)], [(6, 30)], False),     # 4 shared chars < 5
    ([(0, 4)], [(0, 100)], True),      # a short prediction inside a long gold span
    ([(12, 20), (30, 40)], [(12, 40)], True),
    ([(0, 5)], [(5, 10)], False),
])
def test_content_match(pred, gold, ok) -> None:
    assert content_match(pred, gold) is ok


def test_speaker_match_any_overlap() -> None:
    assert speaker_match((0, 3), [(2, 10)])
    assert not speaker_match((0, 2), [(2, 10)])
    assert not speaker_match(None, [(0, 10)])


def test_unnamed_source_matches_only_no_speaker_when_asked() -> None:
    assert not speaker_match(None, [])                  # the strict figure: nothing matches it
    assert speaker_match(None, [], unnamed=True)
    assert not speaker_match((0, 3), [], unnamed=True)  # a named speaker for an unnamed source
    assert speaker_match((0, 3), [(2, 10)], unnamed=True)
    gold = [Attribution([], [(0, 3)], [(10, 20)])]
    assert greedy_match([Prediction([(10, 20)], None)], gold, with_speaker=True) == 0
    assert greedy_match([Prediction([(10, 20)], None)], gold, with_speaker=True, unnamed=True) == 1


def test_greedy_is_one_to_one() -> None:
    gold = [Attribution([(0, 3)], [], [(10, 20)])]
    preds = [Prediction([(10, 20)], (0, 3)), Prediction([(10, 19)], (0, 3))]
    assert greedy_match(preds, gold, with_speaker=False) == 1
    assert greedy_match([Prediction([(10, 20)], None)], gold, with_speaker=True) == 0
    assert greedy_match([Prediction([(10, 20)], (50, 60))], gold, with_speaker=True) == 0


def test_split_quote_parts_group_by_cue() -> None:
    preds = [P(0, 5, (20, 23), (24, 28)), P(30, 40, (20, 23), (24, 28)), P(50, 60, None)]
    grouped = group_predictions(preds)
    assert [g.content for g in grouped] == [[(0, 5), (30, 40)], [(50, 60)]]


def _write_split(root, name, text, ann_by_annotator):
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    for annot, ann in ann_by_annotator.items():
        (root / "attributions" / f"{name}_{annot}.ann").write_text(ann, encoding="utf-8")


def test_first_annotator_and_scores(tmp_path) -> None:
    text = "Cooper said Russia wants war."
    first = "T1\tSource 0 6\tCooper\nT2\tContent 12 28\tx\nE1\tAttribution:T1 Content:T2 Source:T1\n"
    second = "T1\tContent 0 6\tCooper\nE1\tAttribution:T1 Content:T1\n"
    _write_split(tmp_path, "art", text, {"aaaa": first, "bbbb": second})
    [(name, got_text, gold)] = list(iter_polnear(tmp_path))
    assert (name, got_text, gold[0].content) == ("art", text, [(12, 28)])
    result = score_polnear(tmp_path, lambda t: [P(12, 28, (0, 6)), P(0, 4, None)])
    assert result["content"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert result["content_speaker"]["recall"] == 1.0
    assert result["content_speaker_unnamed"]["recall"] == 1.0


def test_annotator_agreement_scores_the_others_against_the_first(tmp_path) -> None:
    from faultline.eval_polnear import annotator_agreement

    text = "Cooper said Russia wants war. Lavrov denied it."
    first = ("T1\tSource 0 6\tCooper\nT2\tContent 12 28\tx\nT3\tSource 30 36\tLavrov\n"
             "T4\tContent 44 46\tit\nE1\tAttribution:T2 Content:T2 Source:T1\n"
             "E2\tAttribution:T4 Content:T4 Source:T3\n")
    # agrees on the first attribution, gives the second no source, and adds a third
    second = ("T1\tSource 0 6\tCooper\nT2\tContent 12 28\tx\nT4\tContent 44 46\tit\n"
              "T5\tContent 0 6\tCooper\nE1\tAttribution:T2 Content:T2 Source:T1\n"
              "E2\tAttribution:T4 Content:T4\nE3\tAttribution:T5 Content:T5\n")
    _write_split(tmp_path, "art", text, {"aaaa": first, "bbbb": second})
    _write_split(tmp_path, "solo", text, {"cccc": first})
    result = annotator_agreement(tmp_path)
    assert (result["texts"], result["pairs"], result["predicted"], result["gold"]) == (1, 1, 3, 2)
    assert result["content"]["recall"] == 1.0 and result["content_speaker"]["recall"] == 0.5
    assert result["content_speaker_unnamed"]["recall"] == 0.5


def test_not_a_polnear_folder(tmp_path) -> None:
    with pytest.raises(EvalError):
        list(iter_polnear(tmp_path))


def test_cli_predictor_keeps_the_cue_so_split_quotes_count_once() -> None:
    from faultline.evaluate import quote_predictor

    quotes = [{"start": 1, "end": 5, "speaker_span": [20, 23], "cue_span": [24, 28]},
              {"start": 30, "end": 40, "speaker_span": [20, 23], "cue_span": [24, 28]},
              {"start": 50, "end": 60, "speaker_span": None, "cue_span": None}]
    pred = quote_predictor(lambda text, opts: {"quotes": quotes})("any text")
    assert [p.cue_span for p in pred] == [(24, 28), (24, 28), None]
    assert [g.content for g in group_predictions(pred)] == [[(1, 5), (30, 40)], [(50, 60)]]


def test_eval_scores_a_polnear_folder_in_the_scope_it_annotates(tmp_path) -> None:
    from faultline.evaluate import scope_for_gold

    _write_split(tmp_path / "dev", "art", "Cooper said so.", {"aaaa": ANN})
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    assert scope_for_gold(tmp_path / "dev") == "learned"
    assert scope_for_gold(tmp_path / "gold.json") == "speech"
    assert scope_for_gold(tmp_path) == "speech"


def test_gold_offsets_move_into_the_normalised_text(tmp_path) -> None:
    # "Ame\u0301lie said it" is "Amélie said it" after NFC: one character shorter from "e\u0301" on
    raw = "Ame\u0301lie said it was late."
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(raw, encoding="utf-8")
    src, cue, content = (0, 7), (8, 12), (13, 24)
    assert raw[slice(*content)] == "it was late"
    (tmp_path / "attributions" / "a_x.ann").write_text(
        f"T1\tSource {src[0]} {src[1]}\tAme\u0301lie\nT2\tCue {cue[0]} {cue[1]}\tsaid\n"
        f"T3\tContent {content[0]} {content[1]}\tit was late\n"
        "E1\tAttribution:T2 Source:T1 Content:T3\n", encoding="utf-8")
    norm = "Amélie said it was late."
    assert offset_map(raw)[13] == 12 and offset_map(norm) is None
    result = score_polnear(tmp_path, lambda t: [P(12, 23, (0, 6))])
    assert result["content"]["f1"] == 1.0 and result["content_speaker"]["f1"] == 1.0
