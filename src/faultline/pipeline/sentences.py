"""Sentence boundaries at line breaks.

News text puts the headline, captions and each paragraph on their own lines; spaCy's parser would
otherwise join a headline and the first paragraph into one sentence. This component runs before the
parser and marks the token after a line break as a sentence start (the parser keeps preset starts).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token after every whitespace token holding a newline."""
    after_break = False
    for token in doc:
        if token.i == 0:
            continue
        if "\n" in doc[token.i - 1].whitespace_ or (token.is_space and "\n" in token.text):
            after_break = True
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif not after_break and token.is_sent_start is None:
            pass
    return doc


@Language.component("faultline_newlines")
def newline_sentencizer(doc: Doc) -> Doc:
    return mark_line_starts(doc)
