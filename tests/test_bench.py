"""``faultline bench``: the per-side figures and the end-to-end run (two child processes, marked)."""

from __future__ import annotations

import pytest

from faultline.scale.bench import SideResult, run


def test_rates_are_words_over_cpu_and_wall_seconds() -> None:
    r = SideResult("full", articles=4, words=1000, seconds=2.0, peak_rss_mb=1.0, wall_seconds=4.0)
    assert r.words_per_s == 500 and r.wall_words_per_s == 250 and r.articles_per_s == 2
    empty = SideResult("bare", articles=0, words=0, seconds=0.0, peak_rss_mb=0.0)
    assert empty.words_per_s == 0 and empty.wall_words_per_s == 0


@pytest.mark.model
def test_bench_runs_both_sides_on_the_same_texts(repo_dir) -> None:
    result = run([str(repo_dir / "corpus" / "sample")], limit=2, batch_size=2)
    bare, full = result["bare"], result["full"]
    assert bare["articles"] == full["articles"] == 2 and bare["words"] == full["words"] > 0
    assert "attribute_ruler" in bare["pipeline"] and "faultline_pos_lemma" in full["pipeline"]
    assert set(full["pipeline"]) <= set(full["stages"]) and full["seconds"] > 0
    assert result["ratio"] == pytest.approx(full["words_per_s"] / bare["words_per_s"], rel=0.01)
    assert result["clock"] == "cpu" and result["ratio_wall"] > 0


def test_repeat_alternates_the_sides_and_keeps_each_fastest_run(monkeypatch) -> None:
    from faultline.scale import bench

    order: list[str] = []
    seconds = {"bare": iter([3.0, 2.0, 4.0]), "full": iter([5.0, 6.0, 1.0])}

    def fake_side(side, paths, model, limit, batch_size):
        order.append(side)
        s = next(seconds[side])
        return {"articles": 1, "words": 100, "seconds": s, "words_per_s": 100 / s,
                "wall_words_per_s": 100 / s}

    monkeypatch.setattr(bench, "_side", fake_side)
    result = bench.run(["x"], repeat=3)
    assert order == ["bare", "full"] * 3
    assert result["bare"]["seconds"] == 2.0 and result["full"]["seconds"] == 1.0
    assert result["ratio"] == 2.0 and result["runs"] == {"bare": [3.0, 2.0, 4.0], "full": [5.0, 6.0, 1.0]}
