"""How far ``faultline_ner`` (the model's NER over anchor windows) agrees with the whole-text NER,
and what it saves.

Usage: .venv/bin/python benchmarks/ner_windows.py [PATH] [--limit N] [--pad K] [--misses N]

PATH defaults to ``../shared/polnear/data/train/text`` (or the bundled sample corpus when that is
absent). Both recognisers read the same parsed Docs (the faultline pipeline up to the entity
recogniser); prints the share of tokens the windows keep, the CPU seconds of each recogniser, and the
agreement (exact span and label) over all labels and over the labels faultline reads, with examples
of the entities that differ.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from spacy.attrs import NORM, SENT_START  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from faultline.nlp import build_nlp  # noqa: E402
from faultline.pipeline.ner_windows import DEFAULT_PAD, WindowedNER, agreement  # noqa: E402
from faultline.scale.bench import load_texts  # noqa: E402

USED = ["PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "LOC", "FAC", "EVENT", "LAW"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = REPO.parent / "shared" / "polnear" / "data" / "train" / "text"
    ap.add_argument("path", nargs="?", default=str(default if default.is_dir() else REPO / "corpus" / "sample"))
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--pad", type=int, default=DEFAULT_PAD)
    ap.add_argument("--misses", type=int, default=10)
    args = ap.parse_args()

    nlp = build_nlp(None, True)
    windowed: WindowedNER = nlp.get_pipe("faultline_ner")
    windowed = WindowedNER(nlp, "faultline_ner", windowed.ner, pad=args.pad)
    before = nlp.pipe_names[:nlp.pipe_names.index("faultline_ner")]
    texts = load_texts([args.path], args.limit)
    with nlp.select_pipes(enable=before):
        parsed = list(nlp.pipe(texts))

    def fresh() -> list[Doc]:
        out = []
        for d in parsed:
            doc = Doc(d.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
            doc.from_array([NORM, SENT_START], d.to_array([NORM, SENT_START]))
            out.append(doc)
        return out

    a, b = fresh(), fresh()
    t0 = time.process_time()
    full = list(windowed.ner.pipe(a, batch_size=64))
    t_full = time.process_time() - t0
    t0 = time.process_time()
    win = list(windowed.pipe(b, batch_size=64))
    t_win = time.process_time() - t0
    kept = sum(len(windowed._compact(d)[1]) for d in parsed)
    total = sum(len(d) for d in parsed)
    print(f"{len(parsed)} texts, {total} tokens; windows (pad {args.pad}) keep {kept / total:.1%}")
    print(f"CPU seconds: whole-text NER {t_full:.2f}, windowed {t_win:.2f} ({t_win / t_full:.0%})")
    for name, labels in (("all labels", None), ("labels faultline reads", USED)):
        g = agreement(full, win, labels)
        print(f"agreement, {name}: P {g['precision']:.4f} R {g['recall']:.4f} F1 {g['f1']:.4f} "
              f"({g['gold']} whole-text entities)")
    gold = {(k, e.start, e.end, e.label_) for k, d in enumerate(full) for e in d.ents}
    pred = {(k, e.start, e.end, e.label_) for k, d in enumerate(win) for e in d.ents}
    for tag, diff, docs in (("only whole-text", gold - pred, full), ("only windowed", pred - gold, win)):
        for k, s, e, label in sorted(diff)[:args.misses]:
            print(f"  {tag}: {label:8} {docs[k][s:e].text!r}")


if __name__ == "__main__":
    main()
