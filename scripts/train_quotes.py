"""Reproduce ``src/faultline/data/quote_model.json`` from a PolNeAR training folder.

    .venv/bin/python scripts/train_quotes.py ../shared/polnear/data/train [--out PATH]

The folder holds ``text/*.txt`` and ``attributions/*.ann`` (brat; the first annotator's file per
text is used). The texts are parsed with faultline's spaCy pipeline (model plus the newline sentence
rule), cue shapes are counted, and the scorer is fitted with cross-validated L2 and threshold
(``faultline.extract.quote_learn``). Deterministic: the same folder gives the same file. Only
statistics and weights are written, never corpus text. Exits 2 when the folder is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "faultline" / "data" / "quote_model.json"


def parse(texts: list[str], nlp=None) -> list:
    """Parse the texts as the faultline pipeline does before its own stages."""
    if nlp is None:
        import faultline.pipeline  # noqa: F401  (registers faultline_newlines)
        from faultline.nlp import load_spacy_model, tune_tokenizer

        nlp = tune_tokenizer(load_spacy_model())
        if "faultline_newlines" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("faultline_newlines", before="parser")
    return list(nlp.pipe(texts, batch_size=16))


def train_folder(folder: str | Path, out: str | Path = DEFAULT_OUT, nlp=None) -> dict:
    """Train on ``folder`` and write the model JSON to ``out``; returns the training report."""
    from faultline.eval_polnear import iter_polnear
    from faultline.extract.quote_learn import train

    t0 = time.perf_counter()
    items = list(iter_polnear(folder))
    docs = parse([text for _, text, _ in items], nlp)
    golds = [gold for _, _, gold in items]
    t1 = time.perf_counter()
    model, report = train(docs, golds)
    data = model.to_json()
    Path(out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    report.update(parse_seconds=round(t1 - t0, 1), fit_seconds=round(time.perf_counter() - t1, 1),
                  out=str(out), bytes=Path(out).stat().st_size, features=len(data["weights"]))
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="PolNeAR split folder (text/ and attributions/)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the model JSON")
    args = ap.parse_args(argv)
    if not (Path(args.folder) / "attributions").is_dir():
        print(f"no PolNeAR training folder at {args.folder}: nothing to train "
              "(the committed model file stays as it is)", file=sys.stderr)
        return 2
    report = train_folder(args.folder, args.out)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
