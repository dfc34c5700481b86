"""The learned part of quote finding: cue shapes and a keep/drop scorer, read from a data file.

``faultline/data/quote_model.json`` is written by ``scripts/train_quotes.py TRAIN_DIR`` from the
PolNeAR training annotations and holds only derived statistics, never corpus text:

- ``cues``: ``"lemma|POS"`` -> the complement shapes (see :func:`shape_of`) that carried the
  annotated content of that cue often enough in training; the rules in ``quotes.py`` propose a
  candidate for each shape found under such a cue;
- ``weights`` / ``bias`` / ``threshold``: a logistic regression over string features of a
  candidate (:func:`features`); a candidate is kept when its probability reaches ``threshold``
  (chosen on the training folder by cross-validation).

Runtime needs numpy only. Notes: PolNeAR (Newell, Margolin & Ruths 2018) annotates beliefs,
intentions and evaluations as attributions, so the cue inventory is learned rather than listed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from ..errors import KnowledgeBaseError

MODEL_FILE = "quote_model.json"
_QUOTE_CHARS = "\"“”„«»"


@dataclass(frozen=True)
class QuoteModel:
    """Learned cue shapes plus a linear scorer (feature -> weight)."""

    cues: dict[str, frozenset[str]]
    weights: dict[str, float]
    bias: float
    threshold: float
    version: int = 1

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def to_json(self) -> dict:
        return {"version": self.version, "about": __doc__.split("\n\n")[1].strip() if __doc__ else "",
                "cues": {k: sorted(v) for k, v in sorted(self.cues.items())},
                "bias": round(self.bias, 5), "threshold": round(self.threshold, 4),
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4}}


def model_from_json(data: dict) -> QuoteModel:
    try:
        return QuoteModel({k: frozenset(v) for k, v in data["cues"].items()},
                          {k: float(v) for k, v in data["weights"].items()},
                          float(data["bias"]), float(data["threshold"]), int(data.get("version", 1)))
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        raise KnowledgeBaseError("quote model file has the wrong shape",
                                 hint="regenerate it with scripts/train_quotes.py TRAIN_DIR") from e


@lru_cache(maxsize=4)
def load_quote_model(path: str | None = None) -> QuoteModel | None:
    """The bundled model (or the one at ``path``); None when no bundled model exists yet."""
    try:
        if path is None:
            res = resources.files("faultline.data").joinpath(MODEL_FILE)
            if not res.is_file():
                return None
            raw = res.read_text("utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as e:
        raise KnowledgeBaseError(f"cannot read quote model {path or MODEL_FILE}",
                                 hint="regenerate it with scripts/train_quotes.py TRAIN_DIR") from e
    return model_from_json(data)


# ---------------------------------------------------------------------------------------------
# shapes and features (shared by training and runtime, so both see the same thing)


def cue_key(token: Token) -> str:
    return f"{token.lemma_.lower()}|{token.pos_}"


def shape_of(cue: Token, content: Span | list[Token]) -> str:
    """How the content hangs from its cue: the dependency label of the content's root under the
    cue ("ccomp", "dobj"), ``prep:<word>`` for the object of a preposition under the cue ("call
    for X"), ``<dep>>prep:<word>`` for the object of a preposition under a complement of the cue
    ("remains critical of X": ``acomp>prep:of``, "voiced doubts about X": ``dobj>prep:about``;
    a copula is learned by its predicate instead, see ``quote_learn.cue_head``), ``inv:<dep>`` when
    the cue hangs from the content ("X, he said"), else "other"."""
    tokens = [t for t in content if not (t.is_punct or t.is_space)] or list(content)
    if not tokens:
        return "other"
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    root = max(roots, key=lambda t: (t.right_edge.i - t.left_edge.i, -t.i))
    if root.head.i == cue.i and root.i != cue.i:
        return root.dep_
    if root.head.head.i == cue.i and root.head.dep_ in ("prep", "agent") and root.dep_ in ("pobj", "pcomp"):
        return "prep:" + root.head.lower_
    prep = root.head
    if root.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.head.dep_ in VIA \
            and prep.head.head.i == cue.i and prep.head.i != cue.i:
        # two steps down: "is critical of X", "was an early backer of X" (acomp/attr>prep:of)
        return f"{prep.head.dep_}>prep:{prep.text.lower()}"
    if cue.head.i in ids and cue.head.i != cue.i:
        return "inv:" + cue.dep_
    return "other"


#: complements of a cue through which a prepositional object can be its content (two steps)
VIA = ("acomp", "attr", "dobj", "xcomp", "oprd")


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 4, 8, 16, 32)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "big"


def features(cue: Token | None, content: Span, kind: str, speaker: Token | None,
             shape: str, origin: str, quoted: bool) -> list[str]:
    """String features of one candidate: cue, complement shape, speaker, content form."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    feats = [f"kind={kind}", f"origin={origin}", f"shape={shape}", f"len={_bucket(len(words))}",
             f"kind_len={kind}|{_bucket(len(words))}", f"quoted={quoted}"]
    if speaker is None:
        feats.append("spk=none")
    else:
        feats += [f"spk={speaker.pos_}", f"spk_ent={speaker.ent_type_ or '-'}",
                  f"spk_dep={speaker.dep_}"]
        if speaker.pos_ == "PRON":
            feats.append(f"spk_pron={speaker.lower_}")
    if words:
        root = content.root if isinstance(content, Span) else words[0]
        feats += [f"croot={root.pos_}", f"cfirst={words[0].lower_ if words[0].is_stop else words[0].pos_}"]
    if cue is None:
        return feats + ["cue=none"]
    key = cue_key(cue)
    lemma = cue.lemma_.lower()
    feats += [f"lem={lemma}", f"key={key}", f"lem_shape={lemma}|{shape}", f"pos={cue.pos_}",
              f"tag={cue.tag_}", f"dep={cue.dep_}", f"lem_kind={lemma}|{kind}",
              f"pos_shape={cue.pos_}|{shape}"]
    kids = list(cue.children)
    if any(c.dep_ == "neg" for c in kids):
        feats.append("neg")
    if any(c.tag_ == "MD" for c in kids):
        feats.append("modal")
    if any(c.dep_ == "auxpass" for c in kids):
        feats.append("passive")
    if any(c.dep_ == "dative" for c in kids):
        feats.append("dative")
    if cue.i < content.start:
        feats.append("cue_before")
    sent = cue.sent
    if cue.i == sent.root.i:
        feats.append("cue_root")
    if any(t.text in _QUOTE_CHARS for t in sent):
        feats.append("sent_has_quote")
    if speaker is not None:
        feats.append(f"lem_spk={lemma}|{speaker.pos_}")
    return feats
