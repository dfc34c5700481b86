"""Pair quotation marks in plain text: a pure rule, no model.

Handles straight ("), curly (“ ”, „), guillemets (« », and the reversed » « style), and the
PTB-style `` '' pairs. Single quotes are left alone (they are apostrophes far more often than
quotation marks, and nested single quotes sit inside a double-quoted span anyway).

Refuses to guess: a mark that cannot be paired within its paragraph is reported as a warning and
the span it would have opened is skipped, so the rest of the article still yields its quotes.
A paragraph that ends inside an open quote is a continued quote only when the next paragraph opens
with a quotation mark (the typographic convention for quotes running over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> closing marks that end it
_PAIRS = {"“": ("”", "“", '"'), "„": ("“", "”"), "«": ("»",), "»": ("«",), "``": ("''", "”"),
          "''": ("''",),
          '"': ('"', "”")}
_MARK = re.compile(r"``|''|[\"“”„«»]")
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


def _closings(text: str, i: int, end: int) -> int:
    """How many ” follow offset ``i`` in its paragraph."""
    return text.count("”", i, end)


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
                    o_mark == mark == "“" and _closings(text, i, p_end) >= 2):
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
    return quotes, warnings


def _warn(text: str, start: int, end: int, why: str) -> str:
    snippet = text[start:end]
    if len(snippet) > 60:
        snippet = snippet[:57] + "..."
    return f"{why} at {start}-{end}: skipped {snippet!r}"
