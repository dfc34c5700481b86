"""Score faultline's quote extraction on PolNeAR (and on the seed article's gold quotes).

    .venv/bin/python benchmarks/polnear_quotes.py [SPLIT_FOLDER] [--limit N] [--seed]
    .venv/bin/python benchmarks/polnear_quotes.py ../shared/polnear/data/train --agreement
    .venv/bin/python benchmarks/polnear_quotes.py [SPLIT_FOLDER] --ceiling

SPLIT_FOLDER defaults to ../shared/polnear/data/dev. Prints content and content+speaker P/R/F1.
``--agreement`` scores PolNeAR's own second annotators against the first one instead (the texts
annotated more than once), with the same matching rule: the human ceiling for those figures.
``--ceiling`` scores the learned scope's scorer against a perfect choice among the same candidates
(texts parsed as for training): how much of the gap to the gold is the scorer's.
The learned scope's model comes from ``scripts/train_quotes.py ../shared/polnear/data/train``;
dev is for reporting only (nothing is tuned on it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def build_nlp():
    import faultline.pipeline  # noqa: F401  (registers the components)
    from faultline.nlp import load_spacy_model, tune_tokenizer

    nlp = tune_tokenizer(load_spacy_model())
    if "faultline_newlines" not in nlp.pipe_names:
        nlp.add_pipe("faultline_newlines", before="parser")
    return nlp


def make_predict(nlp, scope: str = "speech"):
    from faultline.extract.quotes import find_quotes
    from faultline.model import normalise_text

    def predict(text: str):
        # offsets into the normalised text, as every analysis's (the scorer moves gold there)
        return find_quotes(nlp(normalise_text(text)), scope=scope)[0]

    return predict


def _words(s: str) -> set[str]:
    return {w.strip(".,;:!?“”\"'’").lower() for w in s.split()} - {""}


def score_seed(nlp) -> dict:
    """The SCHEMA rule: texts overlap by half the shorter one's words (speaker ignored here: the
    speaker's id needs the actor stage; the speaker's words must overlap the gold's)."""
    from faultline.extract.quotes import find_quotes

    tp = n_pred = n_gold = 0
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        text = (SHARED / "corpus" / "seed" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))["quotes"]
        pred = find_quotes(nlp(text))[0]
        used: set[int] = set()
        matched_gold = 0
        for g in gold:
            gw = _words(g["text"])
            for i, p in enumerate(pred):
                pw = _words(text[p.start:p.end])
                if i in used or not gw or not pw:
                    continue
                if 2 * len(gw & pw) >= min(len(gw), len(pw)):
                    used.add(i)
                    matched_gold += 1
                    break
            else:
                if g.get("optional"):
                    n_gold -= 1
        tp += matched_gold
        n_pred += len(pred)
        n_gold += len(gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "predicted": n_pred, "gold": n_gold}


def ceiling(folder: str, limit: int | None = None, nlp=None) -> dict:
    """The learned scorer against a perfect choice among the same candidates, on ``folder``."""
    from faultline.eval_polnear import iter_polnear
    from faultline.extract.quote_learn import selection_ceiling
    from faultline.extract.quote_model import load_quote_model

    model = load_quote_model()
    if model is None:
        raise SystemExit("no bundled quote model: run scripts/train_quotes.py first")
    items = list(iter_polnear(folder))[:limit]
    nlp = nlp or build_nlp()
    docs = list(nlp.pipe([text for _, text, _ in items], batch_size=16))
    return selection_ceiling(docs, [gold for _, _, gold in items], model)


def main(argv: list[str] | None = None) -> int:
    from faultline.eval_polnear import annotator_agreement, score_polnear

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", default=str(SHARED / "polnear" / "data" / "dev"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--seed", action="store_true", help="also score the seed article")
    ap.add_argument("--scope", choices=("speech", "attribution", "learned"), default="learned",
                    help="find_quotes scope: 'learned' (rules plus the cue shapes and scorer of "
                         "data/quote_model.json, trained by scripts/train_quotes.py on the train "
                         "split) suits PolNeAR, which annotates nominal contents and intentions")
    ap.add_argument("--agreement", action="store_true",
                    help="score the other annotators of doubly annotated texts against the first")
    ap.add_argument("--ceiling", action="store_true",
                    help="compare the learned scorer's choice with a perfect choice among its candidates")
    args = ap.parse_args(argv)
    if args.ceiling:
        print(json.dumps(ceiling(args.folder, args.limit), indent=2))
        return 0
    if args.agreement:
        print(json.dumps(annotator_agreement(args.folder), indent=2))
        return 0
    nlp = build_nlp()
    t0 = time.perf_counter()
    result = score_polnear(args.folder, make_predict(nlp, args.scope), limit=args.limit)
    result["scope"] = args.scope
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result, indent=2))
    if args.seed:
        print(json.dumps({"seed_quotes": score_seed(nlp)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
