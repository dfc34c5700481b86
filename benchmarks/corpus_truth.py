"""Across the store: the bundled sample corpus against its corpus-level truth (corpus/gold/CORPUS.json).

Ingests corpus/sample with the real pipeline into a temporary SQLite store, then compares
``faultline.analysis.stance_matrix`` (state x month stances on the main issue), ``shifts`` and
``splits(as_of=...)`` with the truth, and prints precision/recall for each.

    .venv/bin/python benchmarks/corpus_truth.py [--json]

The comparison functions (:func:`compare`) are plain and reused by tests/test_corpus_truth.py.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "sample"
TRUTH = ROOT / "corpus" / "gold" / "CORPUS.json"


@dataclass
class Score:
    """Matches of one kind: true positives, what was predicted and missed, with the misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"p": round(self.precision, 3), "r": round(self.recall, 3), "tp": self.tp,
                "fp": self.fp, "fn": self.fn, "missed": self.missed, "extra": self.extra}


def _score(gold: set[Any], pred: set[Any]) -> Score:
    return Score(len(gold & pred), len(pred - gold), len(gold - pred),
                 sorted(map(str, gold - pred)), sorted(map(str, pred - gold)))


def ingest(db: str) -> Any:
    """Analyse and store the sample corpus (publication dates from its meta.jsonl)."""
    from faultline.scale.local import ingest_inputs

    return ingest_inputs([str(SAMPLE)], db=db)


def compare(conn: Any, truth: dict[str, Any]) -> dict[str, Any]:
    """Stance cells, shifts and splits of the store against the truth, for the truth's issue and
    states (the members it lists): each a :class:`Score`; splits per as-of date and bloc."""
    from faultline import analysis

    issue = truth["issue"]
    states = {s for members in truth["members"].values() for s in members}
    matrix = analysis.stance_matrix(conn, issue, window="month")
    pred_cells = {(a, w, c["polarity"]) for a, by_w in matrix["cells"].items() if a in states
                  for w, c in by_w.items()}
    gold_cells = {(s["actor"], s["month"], s["polarity"]) for s in truth["stances"]}
    result: dict[str, Any] = {"stances": _score(gold_cells, pred_cells)}

    found = analysis.shifts(conn, issue=issue, window="month")
    pred_shifts = {(s["actor"], s["from"]["polarity"], s["to"]["polarity"]) for s in found
                   if s["actor"] in states}
    gold_shifts = {(s["actor"], s["from"], s["to"]) for s in truth["shifts"]}
    result["shifts"] = _score(gold_shifts, pred_shifts)

    by_date: dict[str, Score] = {}
    total = Score()
    for gold in truth["splits"]:
        got = analysis.splits(conn, bloc=gold["bloc"], issue=issue, as_of=gold["as_of"])
        sides = {(frozenset(x["actor"] for x in d["for"]), frozenset(x["actor"] for x in d["against"]))
                 for d in got}
        want = (frozenset(gold["for"]), frozenset(gold["against"]))
        hit = want in sides
        score = by_date.setdefault(gold["as_of"], Score())
        for sc in (score, total):
            sc.tp += hit
            sc.fn += not hit
            if not hit:
                sc.missed.append(f"{gold['bloc']} {gold['as_of']}: for {sorted(want[0])} "
                                 f"against {sorted(want[1])}; got {[tuple(map(sorted, s)) for s in sides]}")
    result["splits"] = total
    result["splits_by_date"] = by_date
    return result


def run() -> dict[str, Any]:
    """Ingest into a temporary store and compare; returns the scores."""
    from faultline.store import Store

    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "corpus.db")
        ingest(db)
        with Store.open(db) as store:
            return compare(store, truth)


def main(argv: list[str]) -> int:
    result = run()
    if "--json" in argv:
        out = {k: (v.to_dict() if isinstance(v, Score) else {d: s.to_dict() for d, s in v.items()})
               for k, v in result.items()}
        sys.stdout.write(json.dumps(out, indent=1) + "\n")
        return 0
    for name in ("stances", "shifts", "splits"):
        s = result[name]
        sys.stdout.write(f"{name:8} P {s.precision:.3f} R {s.recall:.3f} (tp {s.tp} fp {s.fp} fn {s.fn})\n")
        for m in s.missed:
            sys.stdout.write(f"   missed {m}\n")
        for m in s.extra:
            sys.stdout.write(f"   extra  {m}\n")
    for day, s in sorted(result["splits_by_date"].items()):
        sys.stdout.write(f"splits as of {day}: {s.tp}/{s.tp + s.fn}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
