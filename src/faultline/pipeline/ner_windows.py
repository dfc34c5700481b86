"""The model's own NER, run only on the stretches of text that can hold a named entity or a date.

Why: in ``en_core_web_sm`` the entity recogniser has its own tok2vec and a transition loop that steps
through every token; it costs about as much as the tagger, parser and their shared tok2vec together.
Yet the entities faultline reads (PERSON, ORG, GPE, NORP, DATE, TIME...) nearly always contain a
capitalised word, a digit, or a calendar word ("last week", "two years ago", "this morning"). Long runs
of lower-case prose between them ("that the measure would only make things worse for the people who")
cannot hold one.

So this component, in place of ``ner``:

1. marks *anchor* tokens: a capitalised word that is not a common function word ("The", "But"), a
   word in capitals ("US"), anything with a digit, or a calendar or clock word (:data:`CALENDAR`);
2. keeps every token within :data:`DEFAULT_PAD` tokens of an anchor;
3. runs the model's own ``ner`` over one compact ``Doc`` per article made of the kept tokens (with
   their ``NORM``, and a sentence start wherever the original text is cut, so that no entity can
   bridge a gap), and copies the entities back; every other token is outside any entity, as the
   official component would mark it.

The padding equals the recogniser's receptive field (four tokens each side for the CNN of
``en_core_web_sm``), so an anchor sees the same neighbours it would in the whole text. On 150 PolNeAR
train texts the recogniser reads 68% of the tokens, and its entities agree with the full
recogniser's at F1 0.999 (``python benchmarks/ner_windows.py``, which uses :func:`agreement`); what
differs is mostly all-lower-case misfires of the full recogniser ("us" as a place).

``FAULTLINE_PIPELINE=official`` keeps the model's ``ner`` as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy
from spacy.attrs import NORM, ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

#: Tokens kept on each side of an anchor: the receptive field of the CNN of the small English model.
DEFAULT_PAD = 4

#: Lower-case words that anchor a date or time expression ("last week", "this morning").
CALENDAR = frozenset("""
today yesterday tomorrow tonight
day days week weeks weekend weekends month months year years decade decades century centuries
fortnight quarter quarters season seasons term terms
morning mornings afternoon afternoons evening evenings night nights noon midnight overnight
hour hours minute minutes seconds
ago annual annually daily weekly monthly yearly
spring summer autumn fall winter christmas easter
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec a.m. p.m. am pm
""".split())

#: Number words: cardinal/ordinal entities ("two", "third") and dates with them ("two years").
NUMBERS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
thousand thousands million millions billion billions trillion dozen dozens half
first second third fourth fifth sixth seventh eighth ninth tenth
percent per cent
""".split())


class AnchorTable:
    """Per-vocabulary cache: is this orth an anchor? (one dict lookup per token after the first)."""

    def __init__(self) -> None:
        self._cache: dict[int, bool] = {}

    def mask(self, doc: Doc, orths: list[int]) -> list[bool]:
        cache, strings = self._cache, doc.vocab.strings
        out = []
        for orth in orths:
            found = cache.get(orth)
            if found is None:
                found = cache[orth] = anchor_text(strings[orth])
            out.append(found)
        return out


def anchor_text(text: str) -> bool:
    """Whether a token with this text may be part of a named entity, a number or a date."""
    if not text or text.isspace():
        return False
    if any(c.isdigit() for c in text):
        return True
    lower = text.lower()
    if lower in CALENDAR or lower in NUMBERS:
        return True
    first = text[0]
    if first.isupper():
        if len(text) > 1 and text.isupper():
            return True  # "US", "NATO", "EU"
        return lower not in STOP_WORDS
    # a non-ASCII letter that has no case (many scripts) may be a name
    return first.isalpha() and not first.islower() and not first.isupper()


def kept_tokens(anchors: Sequence[bool], pad: int) -> list[int]:
    """Indices of the tokens to read: every token within ``pad`` of an anchor. Windows are not cut
    at sentence boundaries: the recogniser's CNN reads across them (a paragraph break, the end of
    the previous sentence), so an anchor keeps the neighbours it has in the whole text."""
    n = len(anchors)
    keep = bytearray(n)
    for i, anchor in enumerate(anchors):
        if anchor:
            lo, hi = max(0, i - pad), min(n, i + pad + 1)
            keep[lo:hi] = b"\x01" * (hi - lo)
    return [i for i in range(n) if keep[i]]


class WindowedNER:
    """The model's ``ner`` over the kept tokens of each document (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, ner: Any, pad: int = DEFAULT_PAD):
        self.name = name
        self.ner = ner
        self.pad = pad
        self.vocab = nlp.vocab
        self.anchors = AnchorTable()

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.ner.labels)

    def _compact(self, doc: Doc) -> tuple[Doc, list[int]]:
        """A Doc of the kept tokens (texts, spaces, norms, sentence starts) and their indices."""
        if not len(doc):
            return Doc(self.vocab, words=[]), []
        arr = doc.to_array([ORTH, NORM, SENT_START, SPACY])
        orths = arr[:, 0].tolist()
        sent = arr[:, 2].tolist()
        sent[0] = 1
        index = kept_tokens(self.anchors.mask(doc, orths), self.pad)
        if not index:
            return Doc(self.vocab, words=[]), []
        strings = self.vocab.strings
        sub = Doc(self.vocab, words=[strings[orths[i]] for i in index],
                  spaces=[bool(arr[i, 3]) for i in index])
        starts = [1 if (k == 0 or sent[i] == 1 or index[k - 1] != i - 1) else -1 for k, i in enumerate(index)]
        rows = numpy.empty((len(index), 2), dtype="uint64")
        rows[:, 0] = arr[index, 1]
        rows[:, 1] = numpy.asarray(starts, dtype="int64").astype("uint64")
        sub.from_array([NORM, SENT_START], rows)
        return sub, index

    def _copy_back(self, doc: Doc, sub: Doc, index: list[int]) -> Doc:
        spans = [Span(doc, index[e.start], index[e.end - 1] + 1, label=e.label) for e in sub.ents]
        doc.set_ents(spans, default="outside")
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            compact = [self._compact(doc) for doc in batch]
            subs = [sub for sub, _ in compact]
            if any(len(s) for s in subs):
                subs = list(self.ner.pipe(subs, batch_size=len(subs)))
            for doc, sub, (_, index) in zip(batch, subs, compact, strict=True):
                yield self._copy_back(doc, sub, index)


def agreement(full: Sequence[Doc], windowed: Sequence[Doc],
              labels: Iterable[str] | None = None) -> dict[str, float]:
    """Precision/recall/F1 of the windowed entities against the full recogniser's, per exact span
    and label (restricted to ``labels`` when given)."""
    keep = set(labels) if labels else None
    gold = {(k, e.start, e.end, e.label_) for k, d in enumerate(full) for e in d.ents
            if keep is None or e.label_ in keep}
    pred = {(k, e.start, e.end, e.label_) for k, d in enumerate(windowed) for e in d.ents
            if keep is None or e.label_ in keep}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold": len(gold), "pred": len(pred)}


def replace_ner(nlp: Language, pad: int = DEFAULT_PAD) -> bool:
    """Put ``faultline_ner`` where the model's ``ner`` was; False (no change) without a ``ner``."""
    if "ner" not in nlp.pipe_names:
        return False
    nlp.add_pipe("faultline_ner", after="ner", config={"pad": pad})
    nlp.remove_pipe("ner")
    return True


@Language.factory("faultline_ner", default_config={"pad": DEFAULT_PAD})
def make_windowed_ner(nlp: Language, name: str, pad: int) -> WindowedNER:
    """Built from (and holding) the pipeline's own ``ner`` component, which it then replaces."""
    from ..errors import ConfigError

    try:
        ner = nlp.get_pipe("ner")
    except KeyError as e:
        raise ConfigError("faultline_ner needs the model's ner component") from e
    return WindowedNER(nlp, name, ner, pad=pad)
