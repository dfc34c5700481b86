"""Pair quotation marks in plain text: a pure rule, no model.

Handles straight ("), curly (“ ”, „), guillemets (« », and the reversed » « style), and the
PTB-style `` '' pairs. Single quotes nested in a double-quoted span are part of its content;
outside double quotes (British and headline style) a single-quoted span is kept only when both of
its marks are unambiguous (:func:`_single_quotes`), since single marks are apostrophes far more
often than quotation marks.

Refuses to guess: a mark that cannot be paired within its paragraph is reported as a warning and
the span it would have opened is skipped, so the rest of the article still yields its quotes.
A paragraph that ends inside an open quote is a continued quote only when the next paragraph opens
with a quotation mark (the typographic convention for quotes running over several paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

#: opening mark -> closing marks that end it
_PAIRS = {"“": ("”", "“", '"'), "„": ("“", "”", '"'), "«": ("»",), "»": ("«",), "``": ("''", "”"),
          "''": ("''",),
          '"': ('"', "”")}
_MARK = re.compile(r"``|''|[\"“”„«»]")
_CURLY_CLOSE = re.compile("”")
_WORD_BEFORE = re.compile(r"[\w.,;:!?%)\]’'—-]")


@dataclass(frozen=True)
class QuoteSpan:
    """A paired quotation: ``start``/``end`` are the content offsets (marks excluded)."""

    open: int             # offset of the opening mark
    start: int
    end: int
    close: int            # offset just after the closing mark (== end for a continued paragraph)
    continued: bool = False   # True when the quote goes on in the next paragraph


def _is_opening(text: str, i: int, mark: str, depth: int) -> bool:
    """Decide whether an ambiguous mark at ``i`` opens (True) or closes a quote."""
    if mark in ("“", "„", "``"):
        return True
    if mark == "”":
        return False
    if mark == "''":
        # PTB-style closing mark, also used as an opening mark by some wire copy (''We are…'')
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        return depth == 0 and (before.isspace() or before in "([—") and after.isalnum()
    if mark in ("«",):
        return depth == 0 or text[i + 1:i + 2] not in (" ", "\n", ".", ",", "")
    if mark == "»":
        return depth == 0 and text[i + 1:i + 2] not in (" ", "\n", ".", ",", "")
    # straight double quote with nothing open: it closes only when glued to a word on its left
    # and followed by a space, punctuation or the end ('word" and' is a stray closing mark)
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (_WORD_BEFORE.match(before) and not after.isalnum() and after not in "“‘'`")


def _glued_closing(text: str, i: int, width: int) -> bool:
    """An opening-style mark typed as a closing one: glued to a word or punctuation on its left
    and followed by a space, punctuation or the end (‘… 51 percent.“’)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return bool(_WORD_BEFORE.match(before)) and not after.isalnum()


def _opening_typed_as_closing(text: str, i: int, p_start: int) -> bool:
    """A ” that starts its paragraph and is glued to a word on its right opens a quote
    (‘”Mr. Trump’s performance …” ― Veronica Cruz’)."""
    return text[i] == "”" and not text[p_start:i].strip() and text[i + 1:i + 2].isalnum()


def _closings(closing: list[int], i: int) -> int:
    """How many ” follow offset ``i`` in its paragraph (``closing``: their sorted offsets)."""
    return len(closing) - bisect_right(closing, i)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _starts_with_open(text: str, start: int, end: int) -> bool:
    body = text[start:end].lstrip()
    return bool(body) and (body[0] in "“„«\"" or body.startswith(("``", "''")))


def pair_quotes(text: str) -> tuple[list[QuoteSpan], list[str]]:
    """Pair the quotation marks of ``text``; return the quotes and warnings for skipped spans."""
    quotes: list[QuoteSpan] = []
    warnings: list[str] = []
    paras = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paras):
        opener: tuple[str, int] | None = None
        inner: tuple[str, int] | None = None    # a quote of another kind nested in the open one
        nested: list[QuoteSpan] = []            # such quotes, kept if the outer one never closes
        closing = [m.start() for m in _CURLY_CLOSE.finditer(text, p_start, p_end)] \
            if "“" in text[p_start:p_end] else []
        for m in _MARK.finditer(text, p_start, p_end):
            mark, i = m.group(), m.start()
            if opener is None:
                if _is_opening(text, i, mark, 0):
                    opener = (mark, i)
                elif _opening_typed_as_closing(text, i, p_start):
                    opener = ("“", i)
                else:
                    warnings.append(_warn(text, i, i + len(mark), "closing mark with no opening"))
                continue
            o_mark, o_pos = opener
            if inner is not None:
                if mark in _PAIRS.get(inner[0], ()):
                    nested.append(QuoteSpan(inner[1], inner[1] + len(inner[0]), i, m.end()))
                    inner = None
                continue
            if mark in _PAIRS.get(o_mark, ()) and (
                    not (mark == o_mark and mark in ("“", "``")) or _glued_closing(text, i, len(mark))):
                quotes.append(QuoteSpan(o_pos, o_pos + len(o_mark), i, m.end()))
                opener, nested = None, []
            elif mark in ("”", "''", "»", '"'):
                # a closing or straight mark of another kind (nested "…" inside «…»): the outer
                # quote stays open and the inner marks are part of its content
                continue
            elif o_mark == '"' and mark in ("“", "„", "«") or (
                    o_mark == mark == "“" and _closings(closing, i) >= 2):
                # a curly quotation inside a straight one ("… the question: “…?” Forty-three …"),
                # or inside a curly one that two closing marks later close ("“… what he calls
                # “hell” than live …”")
                inner = (mark, i)
            else:
                # a second opening mark while one is open: the first one is unbalanced
                warnings.append(_warn(text, o_pos, i, "unbalanced quotation mark"))
                opener, nested = (mark, i), []
        if opener is not None:
            o_mark, o_pos = opener
            nxt = next(((s, e) for s, e in paras[n + 1:] if text[s:e].strip()), None)
            if nested or inner is not None:
                # an open straight quote holding curly ones that never closes in its paragraph:
                # the curly ones are the quotations, the straight mark is reported
                warnings.append(_warn(text, o_pos, p_end, "unbalanced quotation mark"))
                quotes.extend(nested)
                if inner is not None:
                    warnings.append(_warn(text, inner[1], p_end, "unbalanced quotation mark"))
            elif nxt is not None and _starts_with_open(text, *nxt) and p_end - o_pos > 1:
                quotes.append(QuoteSpan(o_pos, o_pos + len(o_mark), p_end, p_end, continued=True))
            else:
                warnings.append(_warn(text, o_pos, p_end, "unbalanced quotation mark"))
    single, unclosed = _single_quotes(text, paras, quotes)
    quotes.extend(single)
    warnings.extend(unclosed)
    quotes.sort(key=lambda q: q.open)
    return quotes, warnings


_SINGLE = re.compile(r"(?<!')['‘’](?!')")
_OPEN_BEFORE = " \t\n([{—–-\"“„«:/"
_DECADE = re.compile(r"\d\ds\b")


def _single_quotes(text: str, paras: list[tuple[int, int]], double: list[QuoteSpan]
                   ) -> tuple[list[QuoteSpan], list[str]]:
    """Quotations in single marks outside the double-quoted spans (British and headline style:
    ‘It is a ploy,’ he said; Lynch: 'Be the voice'). Single marks are apostrophes far more often
    than quotes, so a span is kept only when both ends are unambiguous: the opening mark follows a
    space, a bracket, a dash, a colon or a double mark and is glued to a word (not "'90s"); the
    closing mark is glued to a word or punctuation on its left, is not followed by a letter, and is
    not a plural possessive ("the workers’ demands"). An opening with no such closing in its
    paragraph yields nothing; a curly ‘ (never an apostrophe) that stays open is reported, a
    straight one is not (it was an apostrophe)."""
    warnings: list[str] = []
    taken = sorted((q.open, q.close) for q in double)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))   # spans may nest
    out: list[QuoteSpan] = []
    for p_start, p_end in paras:
        if not any(c in text[p_start:p_end] for c in "'‘"):
            continue
        opening: int | None = None
        for m in _SINGLE.finditer(text, p_start, p_end):
            i = m.start()
            n = bisect_right(starts, i) - 1
            if n >= 0 and i < reach[n]:
                continue    # inside a double-quoted span: part of its content
            before = text[i - 1] if i > p_start else " "
            after = text[i + 1] if i + 1 < p_end else " "
            if opening is None:
                if text[i] != "’" and before in _OPEN_BEFORE and after.isalnum() \
                        and not _DECADE.match(text, i + 1):
                    opening = i
                continue
            if after.isalnum() or not (before.isalnum() or before in ".,!?;:…)]%"):
                continue    # an apostrophe inside a word ("Kremlin’s"), or not glued on the left
            if before in "sS" and after == " " and text[i + 2:i + 3].islower():
                continue    # a plural possessive: "the workers’ demands"
            if i - opening > 2:     # not "rock 'n' roll"
                out.append(QuoteSpan(opening, opening + 1, i, i + 1))
            opening = None
        if opening is not None and text[opening] == "‘":
            warnings.append(_warn(text, opening, p_end, "unbalanced quotation mark"))
    return out, warnings


def _warn(text: str, start: int, end: int, why: str) -> str:
    snippet = text[start:end]
    if len(snippet) > 60:
        snippet = snippet[:57] + "..."
    return f"{why} at {start}-{end}: skipped {snippet!r}"
