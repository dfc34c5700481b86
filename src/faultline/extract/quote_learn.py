"""Training the learned part of quote finding from PolNeAR-style brat annotations (numpy only).

Two steps, both over parsed training documents and their gold attributions:

1. :func:`learn_cues`: for each cue head (``lemma|POS`` of the root of an annotated Cue span), how
   often it is annotated as a cue among all its occurrences, and which complement shapes
   (:func:`quote_model.shape_of`) carried its content; frequent, precise enough cues keep their
   frequent shapes.
2. :func:`fit_logistic` over the features of every candidate (rules plus learned shapes), labelled
   by whether its content matches a gold content (the scoring rule of ``eval_polnear``); the L2
   strength and the keep threshold are chosen by cross-validation over documents, maximising the
   mean of the whole pipeline's content F1 and content+speaker F1.

Only statistics and weights leave this module; no corpus text is stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from ..eval_polnear import (
    Attribution,
    content_match,
    greedy_match,
    group_predictions,
    overlap,
    speaker_match,
)
from ..pipeline.components import doc_text
from .quote_marks import pair_quotes
from .quote_model import VIA, QuoteModel, cue_key, shape_of
from .quotes import (
    QuoteMatch,
    _dedupe,
    best_per_cue,
    candidate_features,
    finish_speakers,
    learned_candidates,
    relation_features,
    rule_matches,
    suppress_overlaps,
)


@dataclass(frozen=True)
class Example:
    """One candidate of one training document: its features and whether gold agrees."""

    doc: int
    match: QuoteMatch
    feats: tuple[str, ...]
    label: bool


def _tokens(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Token]:
    out: list[Token] = []
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.extend(span)
    return out


def cue_head(doc: Doc, spans: Sequence[tuple[int, int]]) -> Token | None:
    """The root of an annotated cue span, preferring a verb ("reserved his passion for"); of a
    copula, its predicate inside the span ("has been critical of": critical, "was an early backer
    of": backer), since "be" alone says nothing about attribution."""
    tokens = _tokens(doc, spans)
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    if not roots:
        return None
    head = sorted(roots, key=lambda t: (t.pos_ not in ("VERB", "AUX"), t.is_punct, t.i))[0]
    if head.lemma_.lower() == "be":
        head = next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.i in ids), head)
    return head


def learn_cues(docs: Sequence[Doc], golds: Sequence[Sequence[Attribution]], min_count: int = 3,
               min_precision: float = 0.05, min_shape: int = 1, rescue: bool = True
               ) -> dict[str, frozenset[str]]:
    """Cue heads annotated at least ``min_count`` times with a cue precision of at least
    ``min_precision``, each with the shapes seen at least ``min_shape`` times."""
    as_cue: Counter[str] = Counter()
    shapes: Counter[tuple[str, str]] = Counter()
    for doc, gold in zip(docs, golds, strict=True):
        for a in gold:
            head = cue_head(doc, a.cue)
            content = _tokens(doc, a.content)
            if head is None or not content:
                continue
            key = cue_key(head)
            as_cue[key] += 1
            shapes[(key, shape_of(head, content))] += 1
    seen: Counter[str] = Counter()
    offered: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for t in doc:
            key = cue_key(t)
            if key in as_cue:
                seen[key] += 1
                offered.update((key, s) for s in offered_shapes(t))
    out: dict[str, frozenset[str]] = {}
    for key, n in as_cue.items():
        if n < min_count:
            continue
        if n / max(seen[key], 1) >= min_precision:
            kept = frozenset(s for (k, s), c in shapes.items()
                             if k == key and c >= min_shape and s != "other")
        elif rescue:
            # a word that is rarely a cue may be one in a single construction: "attacks" are
            # mostly military, "his attacks on Clinton" are words; keep such shapes on their own
            kept = frozenset(s for (k, s), c in shapes.items()
                             if k == key and c >= min_count and s != "other"
                             and c / max(offered[(k, s)], 1) >= min_precision)
        else:
            continue
        if kept:
            out[key] = kept
    return out


def offered_shapes(token: Token) -> set[str]:
    """The shapes (:func:`shape_of`) a token's own dependents could give a candidate content."""
    out = set()
    for child in token.children:
        if child.dep_ == "prep":
            out.add("prep:" + child.lower_)
        else:
            out.add(child.dep_)
        if child.dep_ in VIA:
            out.update(f"{child.dep_}>prep:{g.lower_}" for g in child.children if g.dep_ == "prep")
    if token.head.i != token.i:
        out.add("inv:" + token.dep_)
    return out


def examples(docs: Sequence[Doc], golds: Sequence[Sequence[Attribution]],
             cues: dict[str, frozenset[str]]) -> list[Example]:
    """Every candidate of every document, with features and a gold label."""
    probe = QuoteModel(cues, {}, 0.0, 0.0)
    out = []
    for n, (doc, gold) in enumerate(zip(docs, golds, strict=True)):
        matches, quotes, _ = rule_matches(doc, scope="learned")
        candidates = learned_candidates(doc, probe, matches, quotes)
        for (m, origin), rel in zip(candidates, relation_features(candidates), strict=True):
            label = any(_agrees(m, g) for g in gold)
            out.append(Example(n, m, tuple(candidate_features(doc, m, origin, quotes) + rel), label))
    return out


def _agrees(m: QuoteMatch, g: Attribution) -> bool:
    """A candidate is right when its content matches the gold content and it either shares the
    gold cue or covers most of the gold content (the scoring rule alone would also credit short
    fragments nested in a long content, which the one-to-one scoring then counts as errors)."""
    pred = [(m.start, m.end)]
    if not content_match(pred, g.content):
        return False
    if m.cue_span is not None and overlap([m.cue_span], g.cue) > 0:
        return True
    # a candidate from another cue is right only when it also names the gold source: "X said he
    # wants Y" proposes "Y" under "wants" with the speaker "he", which reports X's words wrongly
    return 2 * overlap(pred, g.content) >= max(m.end - m.start, sum(e - s for s, e in g.content)) \
        and speaker_match(m.speaker_span, g.source)


def fit_logistic(rows: Sequence[Sequence[int]], y: np.ndarray, n_feats: int, l2: float = 1.0,
                 iters: int = 400, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression on binary sparse rows (feature indices), by full-batch
    Adagrad; returns (weights, bias). Deterministic."""
    row_ids = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    flat = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=len(row_ids))
    w = np.zeros(n_feats)
    b = 0.0
    gw_acc = np.full(n_feats, 1e-8)
    gb_acc = 1e-8
    n = max(len(rows), 1)
    for _ in range(iters):
        z = b + np.bincount(row_ids, weights=w[flat], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        gw = np.bincount(flat, weights=err[row_ids], minlength=n_feats) / n + l2 * w / n
        gb = float(err.mean())
        gw_acc += gw * gw
        gb_acc += gb * gb
        w -= lr * gw / np.sqrt(gw_acc)
        b -= lr * gb / np.sqrt(gb_acc)
    return w, b


def _vocabulary(exs: Sequence[Example], min_count: int = 2) -> dict[str, int]:
    counts = Counter(f for e in exs for f in set(e.feats))
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def fit(exs: Sequence[Example], l2: float) -> tuple[dict[str, float], float]:
    vocab = _vocabulary(exs)
    rows = [[vocab[f] for f in set(e.feats) if f in vocab] for e in exs]
    y = np.array([e.label for e in exs], dtype=float)
    w, b = fit_logistic(rows, y, len(vocab), l2=l2)
    return {f: float(w[i]) for f, i in vocab.items()}, b


def pipeline_counts(docs: Sequence[Doc], golds: Sequence[Sequence[Attribution]],
                    exs: Sequence[Example], model: QuoteModel,
                    thresholds: Sequence[float],
                    score: Callable[[Example], float] | None = None) -> np.ndarray:
    """(tp, predicted, gold, tp with the speaker) per threshold for the documents of ``exs``, after
    the same per-cue choice and clean-up as ``find_quotes``; each candidate is scored by
    ``score`` (default: the model's probability of its features)."""
    scorer = score or (lambda e: model.probability(list(e.feats)))
    by_doc: dict[int, list[Example]] = {}
    for e in exs:
        by_doc.setdefault(e.doc, []).append(e)
    out = np.zeros((len(thresholds), 4))
    for n, items in by_doc.items():
        doc, gold = docs[n], golds[n]
        quotes, _ = pair_quotes(doc_text(doc))
        chosen = best_per_cue([(e.match, scorer(e)) for e in items])
        for k, t in enumerate(thresholds):
            kept = suppress_overlaps([(m, p) for m, p in chosen if p >= t])
            pred = group_predictions(_dedupe(doc, finish_speakers(doc, kept, quotes), []))
            out[k] += (greedy_match(pred, gold, with_speaker=False), len(pred), len(gold),
                       greedy_match(pred, gold, with_speaker=True))
    return out


def _f1(tp: float, n_pred: float, n_gold: float) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def _objective(row: np.ndarray) -> float:
    """The mean of content F1 and content+speaker F1 of a (tp, predicted, gold, tp_speaker) row."""
    return (_f1(row[0], row[1], row[2]) + _f1(row[3], row[1], row[2])) / 2


def train(docs: Sequence[Doc], golds: Sequence[Sequence[Attribution]], folds: int = 4,
          l2s: Sequence[float] = (1.0, 4.0, 16.0),
          thresholds: Sequence[float] = tuple(np.round(np.arange(0.15, 0.71, 0.05), 2))
          ) -> tuple[QuoteModel, dict]:
    """Learn cues, choose (L2, threshold) by ``folds``-fold cross-validation over documents, and
    fit the final scorer on everything; returns the model and a report of the choices."""
    cues = learn_cues(docs, golds)
    exs = examples(docs, golds, cues)
    n_docs = len(docs)
    k = max(2, min(folds, n_docs))
    table: dict[float, np.ndarray] = {}
    for l2 in l2s:
        total = np.zeros((len(thresholds), 4))
        for f in range(k):
            tr = [e for e in exs if e.doc % k != f]
            te = [e for e in exs if e.doc % k == f]
            if not tr or not te:
                continue
            weights, bias = fit(tr, l2)
            total += pipeline_counts(docs, golds, te, QuoteModel(cues, weights, bias, 0.0), thresholds)
        table[l2] = total
    score, l2, i = max((_objective(table[l2][i]), l2, i)
                       for l2 in l2s for i in range(len(thresholds)))
    best = table[l2][i]
    t = thresholds[i]
    weights, bias = fit(exs, l2)
    report = {"documents": n_docs, "candidates": len(exs), "positives": sum(e.label for e in exs),
              "cues": len(cues), "l2": l2, "threshold": float(t),
              "cv_content_f1": round(_f1(best[0], best[1], best[2]), 4),
              "cv_speaker_f1": round(_f1(best[3], best[1], best[2]), 4), "cv_objective": round(score, 4),
              "cv_by_threshold": {float(th): [round(_f1(r[0], r[1], r[2]), 4), round(_f1(r[3], r[1], r[2]), 4)]
                                  for th, r in zip(thresholds, table[l2], strict=True)}}
    return QuoteModel(cues, weights, bias, float(t)), report


def selection_ceiling(docs: Sequence[Doc], golds: Sequence[Sequence[Attribution]],
                      model: QuoteModel) -> dict:
    """Where the learned scope loses: content and content+speaker F1 of ``model``'s choice among
    the candidates, against a perfect choice among the same candidates (each kept exactly when it
    agrees with a gold attribution). The gap between the two rows is the scorer's; what the
    perfect row still misses lies beyond the candidates or in their speakers."""
    exs = examples(docs, golds, model.cues)
    rows = {"model": pipeline_counts(docs, golds, exs, model, [model.threshold])[0],
            "perfect_choice": pipeline_counts(docs, golds, exs, model, [0.5],
                                              score=lambda e: float(e.label))[0]}
    return {name: {"content_f1": round(_f1(r[0], r[1], r[2]), 4),
                   "content_speaker_f1": round(_f1(r[3], r[1], r[2]), 4),
                   "predicted": int(r[1]), "gold": int(r[2])}
            for name, r in rows.items()} | {"candidates": len(exs),
                                            "agreeing_candidates": sum(e.label for e in exs)}
