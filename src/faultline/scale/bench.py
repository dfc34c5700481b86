"""``faultline bench``: bare spaCy against the full faultline analysis, on the same texts and model.

Each side runs in its own child process (so that peak memory is its own), over the same texts, with
``nlp.pipe``-style batching: each component processes the whole batch stream in turn, timed per
component. Reported: words/s, articles/s, the ratio full/bare (above 1 means faultline's whole analysis
is faster than spaCy's bare pipeline), peak RSS, and seconds per stage. ``--repeat N`` alternates the sides N times and keeps each side's
fastest run, for a machine that other work shares.

Times are CPU seconds of the measuring process (``time.process_time``), so that other work on the
machine does not decide the ratio; wall-clock figures are reported next to them (``wall_seconds``,
``wall_words_per_s``, ``ratio_wall``).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SideResult:
    name: str
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float
    wall_seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    pipeline: list[str] = field(default_factory=list)

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def wall_words_per_s(self) -> float:
        return self.words / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def load_texts(paths: Sequence[str], limit: int | None) -> list[str]:
    """Texts to measure on: the inputs (any loader format), or the bundled sample corpus."""
    from ..ingest import LoadFailure, iter_inputs

    texts: list[str] = []
    for item in iter_inputs(list(paths)):
        if isinstance(item, LoadFailure):
            continue
        texts.append(item.text)
        if limit and len(texts) >= limit:
            break
    return texts


def _run_side(side: str, model: str | None, texts: list[str], batch_size: int) -> SideResult:
    """Process ``texts`` with the bare model or the full pipeline, timing every component."""
    from ..api import _prepare, get_nlp
    from ..nlp import _load

    nlp = get_nlp(model) if side == "full" else _load(model)
    warm = [nlp.make_doc(t) for t in texts[:2]]
    for _, proc in nlp.pipeline:  # warm-up: first calls build caches (matchers, KB)
        warm = [proc(d) for d in warm]
    stages: dict[str, float] = {}
    clock = time.process_time
    wall_start, start = time.perf_counter(), clock()
    t0 = clock()
    docs = [(_prepare(nlp, t, None, None) if side == "full" else nlp.make_doc(t)) for t in texts]
    stages["tokenizer"] = clock() - t0
    for name, proc in nlp.pipeline:
        t0 = clock()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        stages[name] = clock() - t0
    seconds, wall = clock() - start, time.perf_counter() - wall_start
    words = sum(1 for d in docs for t in d if not (t.is_space or t.is_punct))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return SideResult(side, len(docs), words, seconds, peak, stages=stages, pipeline=list(nlp.pipe_names),
                      wall_seconds=wall)


def _side(side: str, paths: Sequence[str], model: str | None, limit: int | None,
          batch_size: int) -> dict[str, Any]:
    """One measurement of one side, in a fresh child process."""
    cmd = [sys.executable, "-m", "faultline.scale.bench", side, json.dumps(
        {"paths": list(paths), "model": model, "limit": limit, "batch_size": batch_size})]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy(), check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"bench {side} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(paths: Sequence[str], *, model: str | None = None, limit: int | None = None,
        batch_size: int = 32, repeat: int = 1) -> dict[str, Any]:
    """Measure both sides in child processes; returns a JSON-ready dict.

    With ``repeat`` > 1 the sides alternate (bare, full, bare, full, ...) so that both meet the same
    load, and each side reports its fastest run (the least disturbed); every run's seconds are kept
    under ``runs``.
    """
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "full": []}
    for _ in range(max(1, repeat)):
        for side in ("bare", "full"):
            runs[side].append(_side(side, paths, model, limit, batch_size))
    bare = min(runs["bare"], key=lambda r: r["seconds"])
    full = min(runs["full"], key=lambda r: r["seconds"])
    ratio = (full["words_per_s"] / bare["words_per_s"]) if bare["words_per_s"] else 0.0
    wall = (full["wall_words_per_s"] / bare["wall_words_per_s"]) if bare.get("wall_words_per_s") else 0.0
    return {"model": model, "articles": bare["articles"], "words": bare["words"], "bare": bare, "full": full,
            "ratio": round(ratio, 3), "ratio_wall": round(wall, 3), "clock": "cpu", "repeat": max(1, repeat),
            "runs": {side: [round(r["seconds"], 3) for r in rs] for side, rs in runs.items()}}


def _child(side: str, params: dict[str, Any]) -> None:
    paths = params["paths"] or [_bundled_corpus()]
    texts = load_texts(paths, params.get("limit"))
    res = _run_side(side, params.get("model"), texts, params.get("batch_size", 32))
    d = asdict(res)
    d["words_per_s"] = round(res.words_per_s, 1)
    d["wall_words_per_s"] = round(res.wall_words_per_s, 1)
    d["articles_per_s"] = round(res.articles_per_s, 2)
    d["stages"] = {k: round(v, 3) for k, v in res.stages.items()}
    print(json.dumps(d))


def _bundled_corpus() -> str:
    from pathlib import Path

    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "corpus" / "sample"
        if cand.is_dir():
            return str(cand)
    raise FileNotFoundError("no bundled corpus found; pass a PATH")


if __name__ == "__main__":
    _child(sys.argv[1], json.loads(sys.argv[2]))
