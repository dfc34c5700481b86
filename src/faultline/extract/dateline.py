"""Wire datelines: "BRUSSELS, March 4 (Reuters) - ", "WASHINGTON (AP) — ", "LONDON — ", in title
case with an agency, "New York (AFP) – ", and on a line of their own, "LONDON, Tuesday".

A dateline opens a paragraph and names where the story was filed, not an actor of it: the place
is no political actor (BRUSSELS there is no EU), and the words are no part of what anyone said.
"""

from __future__ import annotations

import re
from typing import Any

from ..pipeline.components import doc_text, state

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

#: upper-case letters, accented ones too ("BOGOTÁ", "SÃO PAULO", "CÚCUTA")
_UPS = "A-ZÀ-ÖØ-Þ"
_UP = f"[{_UPS}]"

#: an upper-case place of one to four words: BRUSSELS, NEW YORK, TOKYO/SEOUL, BOGOTÁ
_PLACE = rf"{_UP}[{_UPS}'.\-]{{2,}}(?:[ /]{_UP}[{_UPS}'.\-]+){{0,3}}"
#: a region after it: ", Ukraine", ", Calif.", ", Guinea-Bissau"
_REGION = rf"(?:,[ ]{_UP}[A-Za-zÀ-ÿ.'\-]+(?:[ ]{_UP}[A-Za-zÀ-ÿ.'\-]+){{0,2}})?"

#: an upper-case place, an optional region, date and agency, then a dash
DATELINE = re.compile(rf"""
    (?:{_PLACE}
       |(?P<titled>{_UP}[a-zà-ÿ]+(?:[ ]{_UP}[a-zà-ÿ]+){{0,2}}))       # New York (AFP): with an agency only
    {_REGION}
    (?P<date>,?[ ]{_MONTH}[ ]\d{{1,2}})?                        # , March 4
    (?P<agency>[ ]\([A-Z][A-Za-z .&/-]{{0,40}}\))?              # (Reuters)
    [ ]?(?:--|[-–—])[ ](?=[{_UPS}0-9"“‘'«])                       # the story's first word
""", re.VERBOSE)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

#: a dateline set on a line of its own, as British papers and some agencies print it: the place,
#: an optional region, then the day or the date ("LONDON, Tuesday", "BRASILIA, March 4")
LINE_DATELINE = re.compile(rf"""
    {_PLACE}{_REGION}
    ,[ ](?:{_WEEKDAY}|{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?)                      # , Tuesday / , March 4
    [ \t]*(?=\n)
""", re.VERBOSE)


def _match(text: str, start: int) -> re.Match[str] | None:
    """A dateline at ``start``; on the first line (a headline: "NATO - Allies split") only with a
    date or an agency."""
    m = DATELINE.match(text, start)
    if m is None or (start == 0 and not (m["date"] or m["agency"])):
        return None
    if m["titled"] and not (m["agency"] and _AGENCY.match(m["agency"])):
        return None     # "New York (AFP) –", not "John Thune (R) –" nor "Jane Doe (D-Calif.) –"
    return m


#: an agency's name: two letters at least ("AP", "AFP", "Reuters", "CNN")
_AGENCY = re.compile(r" \([A-Z][A-Za-z]")


#: a live report's time stamp opening a line: "10:42 - ", "9.15am GMT – ", "14:05 CET — ", "6:15 p.m. "
TIME_STAMP = re.compile(rf"""
    (?:\d{{1,2}}[:.]\d{{2}}(?:[ ]?(?:a\.m\.|p\.m\.|am|pm|AM|PM))?(?:[ ][A-Z]{{2,4}})?   # 10:42, 9.15am GMT
       [ ](?:--|[-–—])
     |\d{{1,2}}:\d{{2}}[ ](?:a\.m\.|p\.m\.)(?:[ ][A-Z]{{2,4}})?)                 # or, with no dash, 6:15 p.m.
    [ ](?=[{_UPS}0-9"“‘'«])                                                        # the entry's first word
""", re.VERBOSE)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dateline at the start of a line, the dash and its space included; a
    live report's time stamp counts as one (it names no actor and is no one's words)."""
    out = []
    for s in [0] + [m.end() for m in re.finditer(r"\n", text)]:
        m = _match(text, s) or (TIME_STAMP.match(text, s) or LINE_DATELINE.match(text, s) if s > 0 else None)
        if m is not None:
            out.append((s, m.end()))
    return out


def doc_datelines(doc: Any) -> list[tuple[int, int]]:
    """:func:`dateline_spans` of a document's text, found once per document (kept in its state
    dict, as :func:`~faultline.pipeline.components.doc_text` keeps the text)."""
    try:
        st = state(doc)
    except AttributeError:  # not a spaCy Doc (a stand-in in tests): nowhere to keep them
        return dateline_spans(doc.text)
    spans = st.get("_datelines")
    if spans is None:
        spans = st["_datelines"] = dateline_spans(doc_text(doc))
    return spans


def dateline_end(lines: list[tuple[int, int]], offset: int) -> int | None:
    """Where the dateline holding ``offset`` ends, or None outside every dateline. ``lines``:
    :func:`doc_datelines`."""
    return next((e for s, e in lines if s <= offset < e), None)


def past_dateline(token: Any, lines: list[tuple[int, int]]) -> Any | None:
    """A word the parser made a subject or speaker inside a dateline gives way to its apposition
    after the dateline ("WASHINGTON -- President Obama, …, said": Obama), else to none; a word
    outside every dateline is returned as it is. ``lines``: :func:`doc_datelines`. The parser
    also hangs the story's first words on the dateline's date as conjuncts ("BERLIN, September
    18 — Germany and France called": September's conjunct Germany); the first phrase after the
    dateline that hangs from a word inside it, as an apposition or conjunct, is the word's."""
    end = dateline_end(lines, token.idx)
    if end is None:
        return token
    start = next(s for s, e in lines if e == end)
    found = next((t for t in token.subtree if t.idx >= end and t.dep_ in ("appos", "conj")
                  and start <= t.head.idx < end), None)
    if found is None and token.dep_ in ("nsubj", "nsubjpass"):
        # the story's first words hung on another word of the dateline: "CANBERRA, Nov. 21 -
        # Australia and China held …" (subject "CANBERRA", "Australia" a conjunct of "Nov.")
        found = next((t for t in token.sent if t.idx >= end and t.dep_ in ("appos", "conj")
                      and start <= t.head.idx < end and t.head.head.i == token.head.i), None)
    if found is None and token.dep_ in ("nsubj", "nsubjpass"):
        # or made a second subject of the same verb: "BEIJING, Oct 23 (Wire) - China on Friday
        # imposed …" (subjects "BEIJING" and "China")
        found = next((c for c in token.head.children if c.dep_ == token.dep_ and c.idx >= end), None)
    return found


def story_subject(token: Any, lines: list[tuple[int, int]]) -> Any | None:
    """The subject a sentence's story has when the parser made a dateline word a subject
    (:func:`past_dateline`), also when the parser gave the verb a second subject in the dateline
    that the story's own hangs from ("BERLIN, September 18 — Germany and France called": the
    verb's subjects BERLIN and September, Germany a conjunct of September); ``token`` itself
    outside every dateline, None when no phrase after the dateline stands for it."""
    moved = past_dateline(token, lines)
    if moved is not None or token.dep_ not in ("nsubj", "nsubjpass"):
        return moved
    return next((a for c in token.head.children if c.i != token.i and c.dep_ == token.dep_
                 and (a := past_dateline(c, lines)) is not None), None)
