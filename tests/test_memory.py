"""Flat memory: peak RSS of ingesting 10,000 articles stays within 10% of ingesting 1,000.

Each run is its own subprocess (``ru_maxrss`` is a per-process peak), with an injected cheap analysis
producing realistic Analysis objects (faultline.scale.synthetic), so that what is measured is the
machinery: streaming, batching, dedup, the writer. Not timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

RUN = textwrap.dedent('''
    import json, resource, sys
    from faultline.scale import ingest_records
    from faultline.scale.synthetic import synthetic_analyze, synthetic_articles

    if __name__ == "__main__":
        n, db, workers = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
        summary = ingest_records(synthetic_articles(n, paragraphs=3), db=db, analyze_fn=synthetic_analyze,
                                 batch_size=32, workers=workers)
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(json.dumps({"added": summary.added, "peak_kb": peak_kb}))
''')


def _peak(tmp_path: Path, n: int, workers: int) -> dict[str, int]:
    script = tmp_path / "run.py"
    script.write_text(RUN)
    done = subprocess.run([sys.executable, str(script), str(n), str(tmp_path / f"{n}-{workers}.db"), str(workers)],
                          capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss units differ outside Linux")
@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_peak_rss_is_flat_from_1000_to_10000_articles(tmp_path: Path, workers: int) -> None:
    small = _peak(tmp_path, 1_000, workers)
    large = _peak(tmp_path, 10_000, workers)
    assert (small["added"], large["added"]) == (1_000, 10_000)
    assert large["peak_kb"] <= small["peak_kb"] * 1.10, (small, large)
