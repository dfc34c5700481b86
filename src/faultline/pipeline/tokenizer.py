"""A tokenizer wrapper that stays linear on runs of punctuation.

spaCy's rule tokenizer takes time that grows with the square of a run of punctuation characters
(10,000 straight quotation marks cost it about a minute, in its suffix search). Hostile or broken
input (scraped pages, a file of quotation marks) must not stall a batch, so runs of
:data:`MAX_RUN` or more punctuation characters become one token per character, and the text
around them goes through the model's own tokenizer. The Doc's text is the input, unchanged, so
every offset stays the same.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

MAX_RUN = 64
_RUN = re.compile(r"[^\w\s]{" + str(MAX_RUN) + ",}")


class RunSafeTokenizer:
    """Calls ``tokenizer`` on ordinary text; splits long punctuation runs into single characters."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _RUN.search(text) is None:
            return self.tokenizer(text)
        docs: list[Doc] = []
        pos = 0
        for m in _RUN.finditer(text):
            if m.start() > pos:
                docs.append(self.tokenizer(text[pos:m.start()]))
            run = m.group()
            # a space after the run belongs to its last character, as the tokenizer would have it
            docs.append(Doc(self.vocab, words=list(run), spaces=[False] * len(run)))
            pos = m.end()
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # never change the text: fall back to the model's tokenizer
            return self.tokenizer(text)
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; delegate so to_disk/from_disk keep working
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> RunSafeTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> RunSafeTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        return self


def make_run_safe(nlp: Any) -> Any:
    """Wrap ``nlp.tokenizer`` (once)."""
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    return nlp


def split_platform_stop(nlp: Any) -> Any:
    """Teach the tokenizer that "X." is the platform and a full stop ("he wrote on X. Hungary, he
    added, …"), not an initial that runs on into the next sentence."""
    inner = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, RunSafeTokenizer) else nlp.tokenizer
    inner.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


#: a closing quotation mark written against the next word, with the punctuation before it:
#: "…to me,”Clinton said" (scraped text that lost a space) is "me" "," "”" "Clinton"
GLUED_QUOTE_INFIXES = (r"[,.!?](?=[”\"][A-Za-z])", r"(?<=[,.!?])[”\"](?=[A-Za-z])")


def split_glued_quotes(nlp: Any) -> Any:
    """Teach the tokenizer to split a closing quotation mark glued to the word after it (see
    :data:`GLUED_QUOTE_INFIXES`); the text and every offset stay as they are."""
    inner = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, RunSafeTokenizer) else nlp.tokenizer
    current = getattr(getattr(inner, "infix_finditer", None), "__self__", None)
    pattern = getattr(current, "pattern", None)
    if not isinstance(pattern, str):
        return nlp      # a tokenizer without a regex of infixes: leave it as it is
    if GLUED_QUOTE_INFIXES[0] not in pattern:
        inner.infix_finditer = re.compile("|".join((pattern, *GLUED_QUOTE_INFIXES))).finditer
    return nlp
