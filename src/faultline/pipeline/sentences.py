"""Sentence boundaries at line breaks, and a cap on sentence length.

News text puts the headline, captions and each paragraph on their own lines; spaCy's parser would
otherwise join a headline and the first paragraph into one sentence. ``faultline_newlines`` runs
before the parser and marks the token after a line break as a sentence start (the parser keeps
preset starts).

Hostile or malformed input (a 200 KB paragraph without a full stop, thousands of quotation marks)
can make one "sentence" of tens of thousands of tokens; the stages that walk a sentence then cost
its length squared. The same component therefore also caps sentences at :data:`MAX_SENT_TOKENS`
by presetting a start at a safe point (after sentence punctuation, else a semicolon/colon/comma or a
quotation mark, else anywhere) in every longer run. Ordinary news paragraphs
are never touched (the longest paragraph of the 941 PolNeAR and sample articles is 491 tokens).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .components import doc_text

#: Longest run of tokens left to the parser as one sentence; longer runs are cut at a safe point.
MAX_SENT_TOKENS = 500

_NEWLINE = re.compile("\n")
#: Cut points, best first: the token after one of these ends a chunk.
_STRONG = frozenset({".", "!", "?", "…", "...", ";"})
_WEAK = frozenset({",", ":", "—", "–", "-", ")", '"', "”", "’", "»", "›", "“", "«", "‘", "'"})
#: dashes that close a dateline ("PRISTINA — …", "LONDON (Reuters) - …")
_DASHES = frozenset({"—", "–", "-", "--", "―"})


def line_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after each line break (a newline in a whitespace token,
    other than the doc's first, or in a token's trailing whitespace)."""
    text = doc_text(doc)
    if "\n" not in text or len(doc) < 2:
        return []
    arr = doc.to_array([IDX, IS_SPACE])
    idx = arr[:, 0].tolist()
    space = arr[:, 1].tolist()
    n = len(idx)
    starts: set[int] = set()
    for m in _NEWLINE.finditer(text):
        pos = m.start()
        j = bisect_right(idx, pos) - 1
        if pos < idx[j] + len(doc[j]) and not (space[j] and j >= 1):
            continue  # inside a word, or the doc's leading whitespace
        k = j + 1
        while k < n and space[k]:
            k += 1
        if k < n:
            starts.add(k)
    return sorted(starts)


def mark_line_starts(doc: Doc, starts: list[int] | None = None) -> Doc:
    """Set ``is_sent_start`` on the first token after every whitespace token holding a newline, and
    keep the next two tokens of the paragraph inside its first sentence unless a full stop or a
    line break comes between: the parser otherwise cuts a paragraph that follows a headline into
    one-word "sentences" ("Egypt | and Ethiopia agreed on Sunday …"), which loses the subject."""
    n = len(doc)
    for i in line_starts(doc) if starts is None else starts:
        doc[i].is_sent_start = True
        for j in (i + 1, i + 2):
            if j >= n:
                break
            prev = doc[j - 1]
            if prev.text in _STRONG or prev.text in _DASHES or prev.is_space or "\n" in prev.whitespace_ \
                    or doc[j].is_space or doc[j].text in _DASHES:
                break   # (a dateline's dash may end its "sentence": "PRISTINA — Kosovo closed …")
            doc[j].is_sent_start = False
    return doc


def _cut(doc: Doc, lo: int, hi: int) -> int:
    """Where to start a new sentence in ``doc[lo:hi]`` (lo < cut < hi): after the last strong
    punctuation in its second half, else after the last weak one, else at ``hi`` itself."""
    mid = lo + (hi - lo) // 2
    for marks in (_STRONG, _WEAK):
        for i in range(hi - 1, mid - 1, -1):
            if doc[i].text in marks and i + 1 < hi:
                return i + 1
    return hi


def cap_sentences(doc: Doc, limit: int = MAX_SENT_TOKENS) -> Doc:
    """Preset sentence starts so that no run between preset starts is longer than ``limit`` tokens."""
    n = len(doc)
    if n <= limit:
        return doc
    starts = doc.to_array([SENT_START]).tolist()
    lo = 0
    for i in range(1, n + 1):
        if i < n and starts[i] != 1:
            continue
        while i - lo > limit:  # the run [lo, i) is too long: cut it
            cut = _cut(doc, lo, lo + limit)
            doc[cut].is_sent_start = True
            lo = cut
        lo = i
    return doc


#: marks that close a quotation
_CLOSING = frozenset({'"', "”", "»", "’", "'", "›"})


def mark_closing_quotes(doc: Doc, starts: list[int] | None = None) -> Doc:
    """Keep a closing quotation mark right after a full stop in the sentence it closes when a line
    break or the text's end follows ('… in a befitting manner."' then a new paragraph): the parser
    would otherwise make the mark a "sentence" of its own, between the quotation and the next
    paragraph, so that "India's army rejected that version" no longer follows the quotation. Only
    the last word before each line start (``starts``, :func:`line_starts`) and the text's last
    word are looked at."""
    n = len(doc)
    for k in [*(line_starts(doc) if starts is None else starts), n]:
        i = k - 1
        while i > 0 and doc[i].is_space:
            i -= 1
        if i >= 1 and doc[i].text in _CLOSING and doc[i - 1].text in _STRONG and not doc[i - 1].whitespace_:
            doc[i].is_sent_start = False
    return doc


def mark_platform_stops(doc: Doc) -> Doc:
    """Start a sentence after "X." when a capitalised word follows: the tokenizer splits "X."
    (the platform: "he wrote on X. Hungary, he added, …"), but the parser would still run the next
    sentence on as the verb's object."""
    if "X." not in doc_text(doc):
        return doc
    for i in range(1, len(doc) - 1):
        if doc[i].text == "." and doc[i - 1].text == "X" and not doc[i - 1].whitespace_ \
                and doc[i + 1].is_title and doc[i].whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("faultline_newlines")
def newline_sentencizer(doc: Doc) -> Doc:
    starts = line_starts(doc)
    return cap_sentences(mark_platform_stops(mark_closing_quotes(mark_line_starts(doc, starts), starts)))
