"""Dates: normalising time expressions, finding them in a Doc, anchoring reported things in time."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from faultline.extract.dates import (
    DateMention,
    Period,
    anchor,
    find_dates,
    fit,
    is_background,
    load_lexicon,
    normalise,
)
from faultline.model import PRECISIONS, DateValue

PUB = dt.date(2026, 2, 10)  # a Tuesday

# (text, published -> (value, precision) or None, no publication date -> (value, precision) or None)
CASES = [
    # explicit calendar dates need no publication date
    ("December 2025", ("2025-12", "month"), ("2025-12", "month")),
    ("Dec. 2025", ("2025-12", "month"), ("2025-12", "month")),
    ("DECEMBER 2025", ("2025-12", "month"), ("2025-12", "month")),
    ("December of 2025", ("2025-12", "month"), ("2025-12", "month")),
    ("March 3, 2026", ("2026-03-03", "day"), ("2026-03-03", "day")),
    ("3 March 2026", ("2026-03-03", "day"), ("2026-03-03", "day")),
    ("the 3rd of March 2026", ("2026-03-03", "day"), ("2026-03-03", "day")),
    ("Thursday, March 5, 2026", ("2026-03-05", "day"), ("2026-03-05", "day")),
    ("Jan. 1, 2015", ("2015-01-01", "day"), ("2015-01-01", "day")),
    ("2025-12-04", ("2025-12-04", "day"), ("2025-12-04", "day")),
    ("2025-12", ("2025-12", "month"), ("2025-12", "month")),
    ("12/25/2025", ("2025-12-25", "day"), ("2025-12-25", "day")),
    ("04/05/2026", ("2026", "year"), ("2026", "year")),  # day/month order unknown: the year is certain
    ("2026", ("2026", "year"), ("2026", "year")),
    ("in 2026", ("2026", "year"), ("2026", "year")),
    ("the year 2000", ("2000", "year"), ("2000", "year")),
    ("at the beginning of 2026", ("2026-Q1", "quarter"), ("2026-Q1", "quarter")),
    ("early 2026", ("2026-Q1", "quarter"), ("2026-Q1", "quarter")),
    ("the start of 2026", ("2026-Q1", "quarter"), ("2026-Q1", "quarter")),
    ("the end of 2025", ("2025-Q4", "quarter"), ("2025-Q4", "quarter")),
    ("late 2025", ("2025-Q4", "quarter"), ("2025-Q4", "quarter")),
    ("mid-2026", ("2026", "year"), ("2026", "year")),
    ("the middle of 2026", ("2026", "year"), ("2026", "year")),
    ("the second half of 2025", ("2025", "year"), ("2025", "year")),
    ("the first quarter of 2026", ("2026-Q1", "quarter"), ("2026-Q1", "quarter")),
    ("Q3 2025", ("2025-Q3", "quarter"), ("2025-Q3", "quarter")),
    ("summer 2025", ("2025-Q3", "quarter"), ("2025-Q3", "quarter")),
    ("the summer of 2010", ("2010-Q3", "quarter"), ("2010-Q3", "quarter")),
    ("the 1990s", ("199X", "unknown"), ("199X", "unknown")),
    ("the mid-1990s", ("199X", "unknown"), ("199X", "unknown")),
    ("early December 2025", ("2025-12", "month"), ("2025-12", "month")),
    # resolved against the publication date, kept as words without it
    ("in December", ("2025-12", "month"), ("December", "relative")),
    ("February", ("2026-02", "month"), ("February", "relative")),
    ("last December", ("2025-12", "month"), ("last December", "relative")),
    ("late September", ("2025-09", "month"), ("late September", "relative")),
    ("the end of March", ("2025-03", "month"), ("the end of March", "relative")),
    ("March of next year", ("2027-03", "month"), ("March of next year", "relative")),
    ("June 16th of last year", ("2025-06-16", "day"), ("June 16th of last year", "relative")),
    ("Dec. 4", ("2025-12-04", "day"), ("Dec. 4", "relative")),
    ("4 December", ("2025-12-04", "day"), ("4 December", "relative")),
    ("Sept. 30", ("2025-09-30", "day"), ("Sept. 30", "relative")),
    ("February 3rd", ("2026-02-03", "day"), ("February 3rd", "relative")),
    ("Thursday, February 5", ("2026-02-05", "day"), ("Thursday, February 5", "relative")),
    ("Thursday, March 5", ("2026-03-05", "day"), ("Thursday, March 5", "relative")),  # the weekday picks 2026
    ("the 4th", ("2026-02-04", "day"), ("the 4th", "relative")),
    ("on Thursday", ("2026-02-05", "day"), ("Thursday", "relative")),
    ("Tuesday", ("2026-02-10", "day"), ("Tuesday", "relative")),
    ("Thursday night", ("2026-02-05", "day"), ("Thursday night", "relative")),
    ("early Sunday morning", ("2026-02-08", "day"), ("early Sunday morning", "relative")),
    ("last Thursday", ("2026-02-05", "day"), ("last Thursday", "relative")),
    ("last Tuesday", ("2026-02-03", "day"), ("last Tuesday", "relative")),
    ("next Monday", ("2026-02-16", "day"), ("next Monday", "relative")),
    ("this Thursday", ("2026-02-12", "day"), ("this Thursday", "relative")),
    ("Monday of last week", ("2026-02-02", "day"), ("Monday of last week", "relative")),
    ("yesterday", ("2026-02-09", "day"), ("yesterday", "relative")),
    ("today", ("2026-02-10", "day"), ("today", "relative")),
    ("tonight", ("2026-02-10", "day"), ("tonight", "relative")),
    ("last night", ("2026-02-09", "day"), ("last night", "relative")),
    ("tomorrow morning", ("2026-02-11", "day"), ("tomorrow morning", "relative")),
    ("6 o'clock this afternoon", ("2026-02-10", "day"), ("6 o'clock this afternoon", "relative")),
    ("Christmas", ("2025-12-25", "day"), ("Christmas", "relative")),
    ("last month", ("2026-01", "month"), ("last month", "relative")),
    ("this month", ("2026-02", "month"), ("this month", "relative")),
    ("next month", ("2026-03", "month"), ("next month", "relative")),
    ("earlier this month", ("2026-02", "month"), ("earlier this month", "relative")),
    ("the end of the month", ("2026-02", "month"), ("the end of the month", "relative")),
    ("last year", ("2025", "year"), ("last year", "relative")),
    ("this year", ("2026", "year"), ("this year", "relative")),
    ("earlier this year", ("2026", "year"), ("earlier this year", "relative")),
    ("late last year", ("2025-Q4", "quarter"), ("late last year", "relative")),
    ("early next year", ("2027-Q1", "quarter"), ("early next year", "relative")),
    ("the end of the year", ("2026-Q4", "quarter"), ("the end of the year", "relative")),
    ("last quarter", ("2025-Q4", "quarter"), ("last quarter", "relative")),
    ("last spring", ("2025-Q2", "quarter"), ("last spring", "relative")),
    ("this summer", ("2026-Q3", "quarter"), ("this summer", "relative")),
    # a week is written as its month when it lies inside one month, else kept as words
    ("last week", ("2026-02", "month"), ("last week", "relative")),
    ("this week", ("2026-02", "month"), ("this week", "relative")),
    ("last week's", ("2026-02", "month"), ("last week's", "relative")),
    ("this past weekend", ("2026-02", "month"), ("this past weekend", "relative")),
    ("the past two weeks", ("the past two weeks", "relative"), ("the past two weeks", "relative")),
    ("two weeks ago", ("2026-01-27", "day"), ("two weeks ago", "relative")),
    ("three days ago", ("2026-02-07", "day"), ("three days ago", "relative")),
    ("three months ago", ("2025-11", "month"), ("three months ago", "relative")),
    ("a year ago", ("2025", "year"), ("a year ago", "relative")),
    ("Twenty-two years ago", ("2004", "year"), ("Twenty-two years ago", "relative")),
    ("a few days ago", ("a few days ago", "relative"), ("a few days ago", "relative")),
    ("more than a year ago", ("more than a year ago", "relative"), ("more than a year ago", "relative")),
    ("September 16-19", ("2025-09", "month"), ("September 16-19", "relative")),
    ("Sept. 19 to 22, 2016", ("2016-09", "month"), ("2016-09", "month")),
    # vague or anaphoric: always words
    ("more recently", ("more recently", "relative"), ("more recently", "relative")),
    ("More recently", ("More recently", "relative"), ("More recently", "relative")),
    ("recently", ("recently", "relative"), ("recently", "relative")),
    ("in the coming weeks", ("the coming weeks", "relative"), ("the coming weeks", "relative")),
    ("recent months", ("recent months", "relative"), ("recent months", "relative")),
    ("the next four years", ("the next four years", "relative"), ("the next four years", "relative")),
    ("two years later", ("two years later", "relative"), ("two years later", "relative")),
    ("that year", ("that year", "relative"), ("that year", "relative")),
    ("Election Day", ("Election Day", "relative"), ("Election Day", "relative")),
    ("1995 to 1997", ("1995 to 1997", "relative"), ("1995 to 1997", "relative")),
    # not dates
    ("we", None, None),
    ("We", None, None),
    ("may", None, None),
    ("march", None, None),
    ("March on Washington", None, None),
    ("63-year-old", None, None),
    ("29 years old", None, None),
    ("age 16", None, None),
    ("early 20s", None, None),
    ("for three years", None, None),
    ("three years", None, None),
    ("decades", None, None),
    ("years", None, None),
    ("43", None, None),
    ("3 a.m.", None, None),
    ("daily", None, None),
    ("each year", None, None),
    ("twice a year", None, None),
    ("fall", None, None),
    ("the day", None, None),
    ("", None, None),
]


def _pair(v: DateValue | None) -> tuple[str | None, str] | None:
    return None if v is None else (v.value, v.precision)


@pytest.mark.parametrize(("text", "with_pub", "_without"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_normalise_with_publication_date(text, with_pub, _without):
    assert _pair(normalise(text, PUB)) == with_pub


@pytest.mark.parametrize(("text", "_with", "without_pub"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_normalise_without_publication_date(text, _with, without_pub):
    assert _pair(normalise(text, None)) == without_pub


def test_normalise_keeps_the_words_read():
    v = normalise("at the beginning of 2026", PUB)
    assert v is not None and v.text == "at the beginning of 2026"


@pytest.mark.parametrize(("text", "expected"), [
    ("in December", ("2026-12", "month")),
    ("February", ("2026-02", "month")),
    ("on Thursday", ("2026-02-12", "day")),
    ("Tuesday", ("2026-02-10", "day")),
    ("Dec. 4", ("2026-12-04", "day")),
    ("the summer", ("2026-Q3", "quarter")),
    ("the 4th", ("2026-03-04", "day")),
    # explicit and deictic expressions ignore the tense
    ("December 2025", ("2025-12", "month")),
    ("last week", ("2026-02", "month")),
])
def test_normalise_future_tense(text, expected):
    assert _pair(normalise(text, PUB, future=True)) == expected


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("that year", DateValue("2014-03-18", "day"), ("2014", "year")),
    ("that month", DateValue("2014-03-18", "day"), ("2014-03", "month")),
    ("the same day", DateValue("2014-03-18", "day"), ("2014-03-18", "day")),
    ("the following year", DateValue("2014", "year"), ("2015", "year")),
    ("the previous month", DateValue("2014-03", "month"), ("2014-02", "month")),
    ("two years later", DateValue("2014-03", "month"), ("2016-03", "month")),
    ("a week earlier", DateValue("2014-03-18", "day"), ("2014-03-11", "day")),
    ("the day after", DateValue("2014-03-18", "day"), ("2014-03-19", "day")),
    # the previous value is too coarse for the unit: keep the words
    ("that day", DateValue("2014", "year"), ("that day", "relative")),
    ("a week later", DateValue("2014", "year"), ("a week later", "relative")),
    # relative previous values are not used
    ("that year", DateValue("recently", "relative"), ("that year", "relative")),
])
def test_normalise_anaphora(text, previous, expected):
    assert _pair(normalise(text, PUB, previous=previous)) == expected


def test_published_may_be_a_datetime_or_iso_string():
    assert _pair(normalise("yesterday", dt.datetime(2026, 2, 10, 18, 30))) == ("2026-02-09", "day")
    assert _pair(normalise("yesterday", "2026-02-10")) == ("2026-02-09", "day")  # type: ignore[arg-type]


def test_every_precision_is_in_the_contract():
    for text, _with_pub, _without in CASES:
        for value in (normalise(text, PUB), normalise(text, None)):
            assert value is None or value.precision in PRECISIONS


@pytest.mark.parametrize(("first", "last", "allowed", "expected"), [
    (dt.date(2026, 2, 2), dt.date(2026, 2, 2), ("day", "month"), ("2026-02-02", "day")),
    (dt.date(2026, 2, 2), dt.date(2026, 2, 8), ("day", "month"), ("2026-02", "month")),
    (dt.date(2026, 1, 26), dt.date(2026, 2, 1), ("day", "month"), None),
    (dt.date(2026, 1, 26), dt.date(2026, 2, 1), ("day", "month", "quarter"), ("2026-Q1", "quarter")),
    (dt.date(2025, 12, 29), dt.date(2026, 1, 4), ("day", "month", "quarter", "year"), None),
])
def test_fit_writes_the_finest_precision_holding_the_period(first, last, allowed, expected):
    assert _pair(fit(Period(first, last), allowed)) == expected


def test_lexicon_is_data():
    lex = load_lexicon()
    assert lex.months["sept"] == 9 and lex.weekdays["thursday"] == 3
    assert "background" in lex.background_headings
    assert "we" not in lex.weekdays and "we" not in lex.weekday_abbreviations


# ----------------------------------------------------------------------------------------------
# Hand-built Docs: find_dates, anchor, is_background without a statistical model

VOCAB = Vocab()


def make_doc(sentences: list[list[tuple[str, int, str, str, str]]], breaks: list[bool] | None = None) -> Doc:
    """Sentences of (word, head offset in the sentence, dep, pos, ent IOB tag); a newline token is
    added after each sentence whose ``breaks`` flag is set (a paragraph break)."""
    words, spaces, heads, deps, pos, ents = [], [], [], [], [], []
    breaks = breaks or [False] * len(sentences)
    for sent, brk in zip(sentences, breaks, strict=True):
        base = len(words)
        for k, (word, head, dep, p, ent) in enumerate(sent):
            words.append(word)
            nxt = sent[k + 1][0] if k + 1 < len(sent) else None
            spaces.append(not (nxt in (".", ",") or nxt is None))
            heads.append(base + head)
            deps.append(dep)
            pos.append(p)
            ents.append(ent)
        root = base + next(k for k, t in enumerate(sent) if t[2] == "ROOT")
        if brk:
            spaces[-1] = False
            words.append("\n")
            spaces.append(False)
            heads.append(root)
            deps.append("dep")
            pos.append("SPACE")
            ents.append("O")
        else:
            spaces[-1] = True
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)


# "Macron said in December that talks should resume."
SAID_IN_DECEMBER = [
    ("Macron", 1, "nsubj", "PROPN", "O"), ("said", 1, "ROOT", "VERB", "O"), ("in", 1, "prep", "ADP", "O"),
    ("December", 2, "pobj", "PROPN", "B-DATE"), ("that", 7, "mark", "SCONJ", "O"),
    ("talks", 7, "nsubj", "NOUN", "O"), ("should", 7, "aux", "AUX", "O"), ("resume", 1, "ccomp", "VERB", "O"),
    (".", 1, "punct", "PUNCT", "O"),
]
# "On Thursday Cooper rejected the plan Macron made in December."
TWO_DATES = [
    ("On", 3, "prep", "ADP", "O"), ("Thursday", 0, "pobj", "PROPN", "B-DATE"),
    ("Cooper", 3, "nsubj", "PROPN", "O"), ("rejected", 3, "ROOT", "VERB", "O"), ("the", 5, "det", "DET", "O"),
    ("plan", 3, "dobj", "NOUN", "O"), ("Macron", 7, "nsubj", "PROPN", "O"), ("made", 5, "relcl", "VERB", "O"),
    ("in", 7, "prep", "ADP", "O"), ("December", 8, "pobj", "PROPN", "B-DATE"), (".", 3, "punct", "PUNCT", "O"),
]
# "Cooper rejected the plan."
NO_DATE = [
    ("Cooper", 1, "nsubj", "PROPN", "O"), ("rejected", 1, "ROOT", "VERB", "O"), ("the", 3, "det", "DET", "O"),
    ("plan", 1, "dobj", "NOUN", "O"), (".", 1, "punct", "PUNCT", "O"),
]
# "Background"
HEADING = [("Background", 0, "ROOT", "NOUN", "O")]
# "More recently, Macron said talks could happen."
MORE_RECENTLY = [
    ("More", 1, "advmod", "ADV", "O"), ("recently", 4, "advmod", "ADV", "O"), (",", 4, "punct", "PUNCT", "O"),
    ("Macron", 4, "nsubj", "PROPN", "O"), ("said", 4, "ROOT", "VERB", "O"), ("talks", 7, "nsubj", "NOUN", "O"),
    ("could", 7, "aux", "AUX", "O"), ("happen", 4, "ccomp", "VERB", "O"), (".", 4, "punct", "PUNCT", "O"),
]
# "In 2014, Russia annexed Crimea."
IN_2014 = [
    ("In", 4, "prep", "ADP", "O"), ("2014", 0, "pobj", "NUM", "B-DATE"), (",", 4, "punct", "PUNCT", "O"),
    ("Russia", 4, "nsubj", "PROPN", "O"), ("annexed", 4, "ROOT", "VERB", "O"), ("Crimea", 4, "dobj", "PROPN", "O"),
    (".", 4, "punct", "PUNCT", "O"),
]
# "Sanctions followed."
FOLLOWED = [("Sanctions", 1, "nsubj", "NOUN", "O"), ("followed", 1, "ROOT", "VERB", "O"),
            (".", 1, "punct", "PUNCT", "O")]
# "On Monday, Russia annexed Crimea."  (recent: current news, not background)
ON_MONDAY = [
    ("On", 4, "prep", "ADP", "O"), ("Monday", 0, "pobj", "PROPN", "B-DATE"), (",", 4, "punct", "PUNCT", "O"),
    ("Russia", 4, "nsubj", "PROPN", "O"), ("annexed", 4, "ROOT", "VERB", "O"), ("Crimea", 4, "dobj", "PROPN", "O"),
    (".", 4, "punct", "PUNCT", "O"),
]


def _token(doc: Doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def _sent_of(doc: Doc, i: int) -> tuple[int, int]:
    sent = doc[i].sent
    return sent.start_char, sent.end_char


def test_find_dates_reads_entities_against_publication_date():
    doc = make_doc([SAID_IN_DECEMBER])
    found = find_dates(doc, {"published": PUB})
    assert [(m.text, _pair(m.value)) for m in found] == [("December", ("2025-12", "month"))]
    m = found[0]
    assert doc.text[m.start:m.end] == "December" and doc[m.token_start:m.token_end].text == "December"


def test_find_dates_without_publication_date_keeps_words():
    doc = make_doc([SAID_IN_DECEMBER])
    assert [_pair(m.value) for m in find_dates(doc, {"published": None})] == [("December", "relative")]


def test_find_dates_finds_what_the_model_missed():
    doc = make_doc([MORE_RECENTLY])  # no entity at all
    found = find_dates(doc, {"published": PUB})
    assert [(m.text, _pair(m.value)) for m in found] == [("More recently", ("More recently", "relative"))]


def test_find_dates_skips_may_the_verb():
    # "Talks may resume." with a (wrong) DATE entity on "may"
    doc = make_doc([[("Talks", 2, "nsubj", "NOUN", "O"), ("may", 2, "aux", "AUX", "B-DATE"),
                     ("resume", 2, "ROOT", "VERB", "O"), (".", 2, "punct", "PUNCT", "O")]])
    assert find_dates(doc, {"published": PUB}) == []


def test_find_dates_skips_march_the_noun():
    # "They joined the March on Washington."
    doc = make_doc([[("They", 1, "nsubj", "PRON", "O"), ("joined", 1, "ROOT", "VERB", "O"),
                     ("the", 3, "det", "DET", "O"), ("March", 1, "dobj", "PROPN", "B-DATE"),
                     ("on", 3, "prep", "ADP", "O"), ("Washington", 4, "pobj", "PROPN", "B-GPE"),
                     (".", 1, "punct", "PUNCT", "O")]])
    assert find_dates(doc, {"published": PUB}) == []


def test_find_dates_skips_earlier_the_adjective():
    # "Cooper rejected an earlier plan."
    doc = make_doc([[("Cooper", 1, "nsubj", "PROPN", "O"), ("rejected", 1, "ROOT", "VERB", "O"),
                     ("an", 4, "det", "DET", "O"), ("earlier", 4, "amod", "ADJ", "O"),
                     ("plan", 1, "dobj", "NOUN", "O"), (".", 1, "punct", "PUNCT", "O")]])
    assert find_dates(doc, {"published": PUB}) == []


def test_find_dates_future_tense():
    # "Macron will visit in December."
    doc = make_doc([[("Macron", 2, "nsubj", "PROPN", "O"), ("will", 2, "aux", "AUX", "O"),
                     ("visit", 2, "ROOT", "VERB", "O"), ("in", 2, "prep", "ADP", "O"),
                     ("December", 3, "pobj", "PROPN", "B-DATE"), (".", 2, "punct", "PUNCT", "O")]])
    assert [_pair(m.value) for m in find_dates(doc, {"published": PUB})] == [("2026-12", "month")]


def test_find_dates_resolves_that_year_against_the_previous_date():
    # "In 2014, Russia annexed Crimea." + "Sanctions followed that year."
    that_year = [("Sanctions", 1, "nsubj", "NOUN", "O"), ("followed", 1, "ROOT", "VERB", "O"),
                 ("that", 3, "det", "DET", "B-DATE"), ("year", 1, "npadvmod", "NOUN", "I-DATE"),
                 (".", 1, "punct", "PUNCT", "O")]
    doc = make_doc([IN_2014, that_year])
    assert [_pair(m.value) for m in find_dates(doc, {"published": PUB})] == [("2014", "year"), ("2014", "year")]


def test_anchor_prefers_the_date_attached_to_the_verb():
    doc = make_doc([TWO_DATES])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    start, end = _sent_of(doc, 0)
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "rejected"))) == ("2026-02-05", "day")
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "made"))) == ("2025-12", "month")


def test_anchor_gives_an_event_the_date_of_the_clause_that_reports_it():
    doc = make_doc([SAID_IN_DECEMBER])
    state = {"published": PUB}
    i = _token(doc, "resume")
    start = doc[_token(doc, "talks")].idx
    assert _pair(anchor(doc, state, start, doc[i].idx + 6, head=i)) == ("2025-12", "month")


def test_anchor_without_head_uses_the_sentence():
    doc = make_doc([TWO_DATES])
    state = {"published": PUB}
    # a clause span covering "Macron made in December"
    start = doc[_token(doc, "Macron")].idx
    end = doc[_token(doc, "December")].idx + len("December")
    assert _pair(anchor(doc, state, start, end)) == ("2025-12", "month")


def test_anchor_falls_back_to_a_relative_adverb():
    doc = make_doc([MORE_RECENTLY])
    start, end = _sent_of(doc, 0)
    v = anchor(doc, {"published": PUB}, start, end, head=_token(doc, "said"))
    assert _pair(v) == ("More recently", "relative")


def test_anchor_none_for_undated_current_news():
    doc = make_doc([NO_DATE, NO_DATE], breaks=[True, False])
    state = {"published": PUB}
    start, end = _sent_of(doc, _token(doc, "rejected", 1))
    assert anchor(doc, state, start, end, head=_token(doc, "rejected", 1)) is None
    assert not is_background(doc, state, start)


def test_background_section_after_a_heading():
    # news / "Background" / dated paragraph / undated paragraph / relative paragraph
    doc = make_doc([NO_DATE, HEADING, SAID_IN_DECEMBER, NO_DATE, MORE_RECENTLY],
                   breaks=[True, True, True, True, False])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    news = _token(doc, "rejected", 0)
    undated = _token(doc, "rejected", 1)
    recent = _token(doc, "said", 1)
    assert not is_background(doc, state, doc[news].idx)
    assert is_background(doc, state, doc[undated].idx)
    assert is_background(doc, state, doc[recent].idx)
    s, e = _sent_of(doc, undated)
    assert _pair(anchor(doc, state, s, e, head=undated)) == ("2025-12", "month")
    s, e = _sent_of(doc, recent)
    assert _pair(anchor(doc, state, s, e, head=recent)) == ("More recently", "relative")
    s, e = _sent_of(doc, news)
    assert anchor(doc, state, s, e, head=news) is None


def test_background_section_ends_at_the_next_heading():
    what_next = [("What", 1, "nsubj", "PRON", "O"), ("next", 1, "ROOT", "ADV", "O")]
    doc = make_doc([HEADING, SAID_IN_DECEMBER, what_next, NO_DATE], breaks=[True, True, True, False])
    state = {"published": PUB}
    assert not is_background(doc, state, doc[_token(doc, "rejected")].idx)


def test_paragraph_opening_with_a_past_date_is_background():
    doc = make_doc([NO_DATE, IN_2014, FOLLOWED], breaks=[True, False, False])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    followed = _token(doc, "followed")
    assert is_background(doc, state, doc[followed].idx)
    s, e = _sent_of(doc, followed)
    assert _pair(anchor(doc, state, s, e, head=followed)) == ("2014", "year")
    assert not is_background(doc, state, doc[_token(doc, "rejected")].idx)


def test_a_past_date_in_a_relative_clause_does_not_make_a_paragraph_background():
    # "Russia, which annexed Crimea in 2014, dismissed the debate. Sanctions followed.": 2014 dates
    # the annexation the relative clause recalls, not the news the paragraph tells
    which_in_2014 = [
        ("Russia", 7, "nsubj", "PROPN", "O"), (",", 0, "punct", "PUNCT", "O"), ("which", 3, "nsubj", "PRON", "O"),
        ("annexed", 0, "relcl", "VERB", "O"), ("Crimea", 3, "dobj", "PROPN", "O"), ("in", 3, "prep", "ADP", "O"),
        ("2014", 5, "pobj", "NUM", "B-DATE"), ("dismissed", 7, "ROOT", "VERB", "O"), ("the", 9, "det", "DET", "O"),
        ("debate", 7, "dobj", "NOUN", "O"), (".", 7, "punct", "PUNCT", "O"),
    ]
    _assert_followed_is_current_news(make_doc([NO_DATE, which_in_2014, FOLLOWED], breaks=[True, False, False]))


def _assert_followed_is_current_news(doc: Doc) -> None:
    """"Sanctions followed." in ``doc`` is not background and takes no date of the paragraph."""
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    followed = _token(doc, "followed")
    assert not is_background(doc, state, doc[followed].idx)
    s, e = _sent_of(doc, followed)
    assert anchor(doc, state, s, e, head=followed) is None


def test_paragraph_opening_with_a_recent_date_is_current_news():
    _assert_followed_is_current_news(make_doc([ON_MONDAY, FOLLOWED]))


def test_anchor_uses_given_mentions_from_state():
    doc = make_doc([NO_DATE])
    start, end = _sent_of(doc, 0)
    plan = doc[_token(doc, "plan")]
    given = DateMention(plan.idx, plan.idx + 4, "plan", DateValue("2020", "year"), plan.i, plan.i + 1)
    assert _pair(anchor(doc, {"published": PUB, "dates": [given]}, start, end, head=1)) == ("2020", "year")


# ----------------------------------------------------------------------------------------------
# End to end with the English model (marked)


@pytest.fixture(scope="module")
def dates_nlp():
    """A fresh model with the newline sentencizer (not the shared session fixture: we add a pipe)."""
    import spacy

    import faultline.pipeline  # noqa: F401  (registers faultline_newlines)
    from faultline.nlp import default_model_name

    try:
        nlp = spacy.load(default_model_name())
    except OSError as e:  # pragma: no cover - depends on the environment
        pytest.skip(f"no spaCy model: {e}")
    nlp.add_pipe("faultline_newlines", before="parser")
    return nlp


MODEL_CASES = [
    ("The minister said in December 2025 that sanctions must stay.", None, "2025-12"),
    ("At the beginning of 2026, the prime minister said that talks should start.", None, "2026-Q1"),
    ("The foreign minister rejected the plan on Thursday, officials said.", PUB, "2026-02-05"),
    ("The chancellor spoke to reporters yesterday.", PUB, "2026-02-09"),
    ("Officials met in Brussels last month to discuss the envoy.", PUB, "2026-01"),
    ("The president visited Kyiv two weeks ago.", PUB, "2026-01-27"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "value"), MODEL_CASES)
def test_find_dates_on_sentences(dates_nlp, text, published, value):
    doc = dates_nlp(text)
    found = find_dates(doc, {"published": published})
    assert value in [m.value.value for m in found]


@pytest.mark.model
def test_find_dates_negatives_on_sentences(dates_nlp):
    doc = dates_nlp("We may march to the ministry. The 63-year-old minister has served for three years.")
    assert [m.text for m in find_dates(doc, {"published": PUB})] == []


@pytest.mark.model
def test_anchor_on_a_paragraphed_article(dates_nlp):
    text = ("The government rejected the proposal, the minister said.\n"
            "Background\n"
            "The president said in December 2025 that dialogue would be useful.\n"
            "The opposition called the idea a stunt.\n"
            "More recently, the president said contacts could resume in the coming weeks.")
    doc = dates_nlp(text)
    state: dict = {"published": None}
    state["dates"] = find_dates(doc, state)
    sents = list(doc.sents)

    def at(k):
        s = sents[k]
        return anchor(doc, state, s.start_char, s.end_char, head=s.root.i)

    assert at(0) is None
    assert _pair(at(2)) == ("2025-12", "month")
    assert _pair(at(3)) == ("2025-12", "month")
    v = at(4)
    assert v is not None and v.precision == "relative" and "recently" in (v.value or "").lower()


@pytest.mark.model
def test_a_wire_dateline_s_date_yields_to_the_sentence_s_own(dates_nlp):
    text = ("Union lifts suspension\n\n"
            "ADDIS ABABA, Feb. 14 (Wire) — The African Union's Peace and Security Council voted on "
            "Friday to lift Gabon's suspension, saying the country had returned to constitutional "
            "order.")
    doc = dates_nlp(text)
    state: dict = {"published": "2026-02-14"}
    state["dates"] = find_dates(doc, state)
    voted = next(t for t in doc if t.text == "voted")
    assert _pair(anchor(doc, state, voted.sent.start_char, voted.sent.end_char, head=voted.i)) == (
        "2026-02-13", "day")


@pytest.mark.model
def test_a_split_quote_is_not_dated_by_its_own_words():
    import faultline

    text = ("The bill, he argued, was the only way to keep the government open past Friday. "
            "“Our view has not changed since the spring,” she said. “We will keep up the pressure.”")
    quotes = faultline.analyze(text, published="2026-10-08").quotes
    assert [q.date for q in quotes] == [None] * len(quotes) and len(quotes) == 4


@pytest.mark.model
def test_a_quote_is_not_dated_by_another_statement_of_its_sentence():
    import faultline

    text = ("Analysts said the clash was unlikely to escalate but warned that a single miscalculation "
            "could trigger a wider crisis, as happened in 2019.")
    quotes = faultline.analyze(text, published="2026-10-08").quotes
    assert [(q.cue, q.date) for q in quotes] == [("say", None), ("warn", None)]


@pytest.mark.model
def test_an_act_is_not_dated_by_what_another_statement_reports():
    import faultline

    text = ("Hungary vetoed the statement on Tuesday. Lithuania's foreign minister called the veto \"a gift "
            "to the Kremlin\" and said the Baltic states would impose travel bans on Georgian officials by "
            "the end of the month.")
    events = faultline.analyze(text, published="2026-10-08").events
    dates = {e.type: (e.date.value if e.date else None) for e in events}
    assert dates.get("ACCUSE", "missing") is None
    assert (dates.get("THREATEN") or "").startswith("2026-10")


@pytest.mark.model
@pytest.mark.shared
def test_seed_article_quote_dates(dates_nlp, shared_dir):
    """Gold quote dates of the seed article: anchored value starts with the gold value."""
    gold = json.loads(next((shared_dir / "gold").glob("*.json")).read_text("utf-8"))
    text = next((shared_dir / "corpus" / "seed").glob("*.txt")).read_text("utf-8")
    doc = dates_nlp(text)
    state: dict = {"published": None}
    state["dates"] = find_dates(doc, state)
    checked = 0
    for item in gold["quotes"] + gold["events"]:
        if not item.get("date") or item["date"]["precision"] not in ("month", "year", "quarter", "day"):
            continue
        start = text.find(item["text"][:40])
        assert start >= 0
        got = anchor(doc, state, start, start + len(item["text"]))
        assert got is not None and (got.value or "").startswith(item["date"]["value"]), item["text"][:40]
        checked += 1
    assert checked >= 2


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", [
    ("The Commission said it would present options by the end of March.", "2026-02-05", "2026-03"),
    # a deadline set in the present tense lies ahead; one set in the past, behind
    ("The three states have until the end of August to act.", "2026-04-02", "2026-08"),
    ("The three states had until the end of August to act.", "2026-04-02", "2025-08"),
    ("Merz was reviewing the position ahead of a European summit in June.", "2026-05-10", "2026-06"),
    ("Ministers met in June to discuss the plan.", "2026-05-10", "2025-06"),
])
def test_future_in_the_past_and_markers_pick_the_coming_date(text, published, expected):
    import datetime as dt

    from faultline.nlp import build_nlp
    from faultline.pipeline.components import state

    nlp = build_nlp()
    doc = nlp.make_doc(text)
    state(doc)["published"] = dt.date.fromisoformat(published)
    doc = nlp(doc)
    values = [m.value.value for m in state(doc)["dates"]]
    assert values and values[-1].startswith(expected), values


def test_find_dates_an_infinitive_complement_is_not_yet_done():
    # "They urged Paris to act before December ." (past 'urged', but the act is still to come)
    doc = make_doc([[("They", 1, "nsubj", "PRON", "O"), ("urged", 1, "ROOT", "VERB", "O"),
                     ("Paris", 1, "dobj", "PROPN", "O"), ("to", 4, "aux", "PART", "O"),
                     ("act", 1, "xcomp", "VERB", "O"), ("before", 4, "prep", "ADP", "O"),
                     ("December", 5, "pobj", "PROPN", "B-DATE"), (".", 1, "punct", "PUNCT", "O")]])
    for t, tag in zip(doc, ["PRP", "VBD", "NNP", "TO", "VB", "IN", "NNP", "."], strict=True):
        t.tag_ = tag
    assert [_pair(m.value) for m in find_dates(doc, {"published": PUB})] == [("2026-12", "month")]


def test_anchor_background_ignores_dates_inside_reported_words():
    # "Rome said the review found breaches in December ." + "He urged action ."
    first = [("Rome", 1, "nsubj", "PROPN", "O"), ("said", 1, "ROOT", "VERB", "O"), ("the", 3, "det", "DET", "O"),
             ("review", 4, "nsubj", "NOUN", "O"), ("found", 1, "ccomp", "VERB", "O"), ("breaches", 4, "dobj", "NOUN", "O"),
             ("in", 4, "prep", "ADP", "O"), ("December", 6, "pobj", "PROPN", "B-DATE"), (".", 1, "punct", "PUNCT", "O")]
    second = [("He", 1, "nsubj", "PRON", "O"), ("urged", 1, "ROOT", "VERB", "O"), ("action", 1, "dobj", "NOUN", "O"),
              (".", 1, "punct", "PUNCT", "O")]
    doc = make_doc([first, second])
    start, end = _sent_of(doc, _token(doc, "urged"))
    assert _pair(anchor(doc, {"published": PUB}, start, end)) == ("2025-12", "month")   # background date
    words = doc.text.index("the review"), doc.text.index("December") + len("December")
    assert anchor(doc, {"published": PUB, "quote_spans": [words]}, start, end) is None


def test_a_present_tense_head_in_a_dated_background_is_now():
    # "Background" / "Macron said in December …" / "Cooper rejects the plan ." (in the present)
    doc = make_doc([HEADING, SAID_IN_DECEMBER, NO_DATE], breaks=[True, True, False])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    verb = _token(doc, "rejected")
    s, e = _sent_of(doc, verb)
    assert _pair(anchor(doc, state, s, e, head=verb)) == ("2025-12", "month")   # past: background
    doc[verb].tag_ = "VBZ"
    assert anchor(doc, state, s, e, head=verb) is None


def test_a_present_perfect_head_in_a_dated_background_is_now():
    # "Background" / "Macron said in December …" / "Cooper has rejected the plan .": said since, now
    has_rejected = [("Cooper", 2, "nsubj", "PROPN", "O"), ("has", 2, "aux", "AUX", "O"),
                    ("rejected", 2, "ROOT", "VERB", "O"), ("the", 4, "det", "DET", "O"),
                    ("plan", 2, "dobj", "NOUN", "O"), (".", 2, "punct", "PUNCT", "O")]
    doc = make_doc([HEADING, SAID_IN_DECEMBER, has_rejected], breaks=[True, True, False])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    verb = _token(doc, "rejected")
    s, e = _sent_of(doc, verb)
    assert _pair(anchor(doc, state, s, e, head=verb)) == ("2025-12", "month")   # "has" untagged
    doc[_token(doc, "has")].tag_ = "VBZ"
    assert anchor(doc, state, s, e, head=verb) is None


def test_a_starting_point_after_since_is_past_even_under_an_infinitive():
    # "Pristina was ready to talk since the summer ." (published in February 2026): last summer
    words = [("Pristina", 1, "nsubj", "PROPN", "O"), ("was", 1, "ROOT", "AUX", "O"), ("ready", 1, "acomp", "ADJ", "O"),
             ("to", 4, "aux", "PART", "O"), ("talk", 2, "xcomp", "VERB", "O"), ("since", 4, "prep", "ADP", "O"),
             ("the", 7, "det", "DET", "B-DATE"), ("summer", 5, "pobj", "NOUN", "I-DATE"), (".", 1, "punct", "PUNCT", "O")]
    doc = make_doc([words])
    doc[4].tag_ = "VB"
    doc[3].tag_ = "TO"
    assert [_pair(m.value) for m in find_dates(doc, {"published": PUB})] == [("2025-Q3", "quarter")]


def test_a_starting_point_dates_no_act():
    # "Guinea , ruled by the army since 2021 , rejected sanctions ."
    words = [("Guinea", 8, "nsubj", "PROPN", "O"), (",", 0, "punct", "PUNCT", "O"), ("ruled", 0, "acl", "VERB", "O"),
             ("by", 2, "agent", "ADP", "O"), ("the", 5, "det", "DET", "O"), ("army", 3, "pobj", "NOUN", "O"),
             ("since", 2, "prep", "ADP", "O"), ("2021", 6, "pobj", "NUM", "B-DATE"), ("rejected", 8, "ROOT", "VERB", "O"),
             ("sanctions", 8, "dobj", "NOUN", "O"), (".", 8, "punct", "PUNCT", "O")]
    doc = make_doc([words])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    s, e = _sent_of(doc, 0)
    assert anchor(doc, state, s, e, head=_token(doc, "rejected")) is None


def test_anchor_skips_a_date_that_describes_a_noun():
    # "The US recognised Somalia within its 1960 borders." : the year dates the borders
    borders = [("The", 1, "det", "DET", "O"), ("US", 2, "nsubj", "PROPN", "O"),
               ("recognised", 2, "ROOT", "VERB", "O"), ("Somalia", 2, "dobj", "PROPN", "O"),
               ("within", 2, "prep", "ADP", "O"), ("its", 7, "poss", "PRON", "O"),
               ("1960", 7, "nummod", "NUM", "B-DATE"), ("borders", 4, "pobj", "NOUN", "O"),
               (".", 2, "punct", "PUNCT", "O")]
    doc = make_doc([borders])
    state = {"published": PUB}
    start, end = _sent_of(doc, 0)
    assert anchor(doc, state, start, end, head=_token(doc, "recognised")) is None
    # "Somalia, which won independence in 1960, protested." : the relative clause's date is not
    # the protest's
    relative = [("Somalia", 7, "nsubj", "PROPN", "O"), (",", 0, "punct", "PUNCT", "O"),
                ("which", 3, "nsubj", "PRON", "O"), ("won", 0, "relcl", "VERB", "O"),
                ("independence", 3, "dobj", "NOUN", "O"), ("in", 3, "prep", "ADP", "O"),
                ("1960", 5, "pobj", "NUM", "B-DATE"), ("protested", 7, "ROOT", "VERB", "O"),
                (".", 7, "punct", "PUNCT", "O")]
    doc = make_doc([relative])
    start, end = _sent_of(doc, 0)
    assert anchor(doc, state, start, end, head=_token(doc, "protested")) is None
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "won"))) == ("1960", "year")


def test_a_clause_some_years_after_or_before_is_moved_by_that_distance():
    # "Kenya agreed on Thursday , two years after Somalia expelled envoys ." (the expulsion is two
    # years before that Thursday; "after Somalia expelled envoys" alone stays by Thursday)
    def sentence(distance):
        rows = [("Kenya", 1, "nsubj", "PROPN", "O"), ("agreed", 1, "ROOT", "VERB", "O"), ("on", 1, "prep", "ADP", "O"),
                ("Thursday", 2, "pobj", "PROPN", "B-DATE"), (",", 1, "punct", "PUNCT", "O")]
        if distance:
            rows += [("two", 6, "nummod", "NUM", "B-DATE"), ("years", 9, "npadvmod", "NOUN", "I-DATE")]
        n = len(rows)
        rows += [("after", n + 2, "mark", "SCONJ", "O"), ("Somalia", n + 2, "nsubj", "PROPN", "O"),
                 ("expelled", 1, "advcl", "VERB", "O"), ("envoys", n + 2, "dobj", "NOUN", "O"),
                 (".", 1, "punct", "PUNCT", "O")]
        return rows
    for distance, expected in ((True, ("2024", "year")), (False, ("2026-02-05", "day"))):
        doc = make_doc([sentence(distance)])
        state = {"published": PUB}
        state["dates"] = find_dates(doc, state)
        start, end = _sent_of(doc, 0)
        assert _pair(anchor(doc, state, start, end, head=_token(doc, "expelled"))) == expected


# "Diplomats said a vote could come next week."
VOTE_NEXT_WEEK = [
    ("Diplomats", 1, "nsubj", "NOUN", "O"), ("said", 1, "ROOT", "VERB", "O"), ("a", 3, "det", "DET", "O"),
    ("vote", 5, "nsubj", "NOUN", "O"), ("could", 5, "aux", "AUX", "O"), ("come", 1, "ccomp", "VERB", "O"),
    ("next", 7, "amod", "ADJ", "B-DATE"), ("week", 5, "npadvmod", "NOUN", "I-DATE"), (".", 1, "punct", "PUNCT", "O"),
]


@pytest.mark.parametrize("content, dated", [(VOTE_NEXT_WEEK, False), (FOLLOWED, True)])
def test_words_counting_from_now_were_said_now_even_in_a_background_paragraph(content, dated):
    # "In 2014, Russia annexed Crimea. Diplomats said a vote could come next week." (the saying is
    # not of 2014); "… Sanctions followed." stays in 2014
    doc = make_doc([NO_DATE, IN_2014, content], breaks=[True, False, False])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    head = _token(doc, "said") if content is VOTE_NEXT_WEEK else _token(doc, "followed")
    s, e = _sent_of(doc, head)
    exclude = (doc[_token(doc, "a")].idx, e - 1) if content is VOTE_NEXT_WEEK else None
    got = anchor(doc, state, s, e, head=head, exclude=exclude)
    assert (got is not None) is dated


def test_a_date_after_the_object_dates_the_object_not_the_act():
    # "Ruto ignored a ruling from January 2024 ." (the parser hung "from" on the verb)
    sent = [("Ruto", 1, "nsubj", "PROPN", "O"), ("ignored", 1, "ROOT", "VERB", "O"), ("a", 3, "det", "DET", "O"),
            ("ruling", 1, "dobj", "NOUN", "O"), ("from", 1, "prep", "ADP", "O"),
            ("January", 4, "pobj", "PROPN", "B-DATE"), ("2024", 5, "nummod", "NUM", "I-DATE"),
            (".", 1, "punct", "PUNCT", "O")]
    doc = make_doc([sent])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    s, e = _sent_of(doc, 1)
    assert anchor(doc, state, s, e, head=_token(doc, "ignored")) is None


@pytest.mark.parametrize("since", [True, False])
def test_an_act_done_since_takes_no_date_of_its_sentence(since):
    # "In 2014 , Russia annexed Crimea , a step Iran has since condemned ." ("… Iran condemned .":
    # the sentence's year)
    sent = [("In", 4, "prep", "ADP", "O"), ("2014", 0, "pobj", "NUM", "B-DATE"), (",", 4, "punct", "PUNCT", "O"),
            ("Russia", 4, "nsubj", "PROPN", "O"), ("annexed", 4, "ROOT", "VERB", "O"),
            ("Crimea", 4, "dobj", "PROPN", "O"), (",", 5, "punct", "PUNCT", "O"), ("a", 8, "det", "DET", "O"),
            ("step", 5, "appos", "NOUN", "O"), ("Iran", 12, "nsubj", "PROPN", "O")]
    sent += [("has", 12, "aux", "AUX", "O"), ("since", 12, "advmod", "ADV", "O")] if since else \
        [("had", 12, "aux", "AUX", "O"), ("also", 12, "advmod", "ADV", "O")]
    sent += [("condemned", 8, "relcl", "VERB", "O"), (".", 4, "punct", "PUNCT", "O")]
    doc = make_doc([sent])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    s, e = _sent_of(doc, 0)
    got = anchor(doc, state, s, e, head=_token(doc, "condemned"))
    assert (got is None) is since


def test_find_dates_a_day_right_after_a_past_verb_of_saying_is_when_it_was_said():
    # "Rome said on Friday it would act ." with "on Friday" hung on "act" (future): the Friday of
    # the saying, before publication
    doc = make_doc([[("Rome", 1, "nsubj", "PROPN", "O"), ("said", 1, "ROOT", "VERB", "O"),
                     ("on", 6, "prep", "ADP", "O"), ("Friday", 2, "pobj", "PROPN", "B-DATE"),
                     ("it", 6, "nsubj", "PRON", "O"), ("would", 6, "aux", "AUX", "O"),
                     ("act", 1, "ccomp", "VERB", "O"), (".", 1, "punct", "PUNCT", "O")]])
    doc[1].tag_, doc[1].lemma_ = "VBD", "say"
    (m,) = find_dates(doc, {"published": PUB})
    assert dt.date.fromisoformat(m.value.value) <= PUB
    assert (PUB - dt.date.fromisoformat(m.value.value)).days < 7


@pytest.mark.model
def test_a_dateline_s_date_is_never_after_publication(spacy_nlp):
    # the story's future tense does not move its filing date into the next year
    doc = spacy_nlp("BUDAPEST, Feb 20 - Hungary will not send weapons to Ukraine, the minister said.")
    found = [m for m in find_dates(doc, {"published": dt.date(2025, 10, 1)}) if m.text.startswith("Feb")]
    assert [m.value.value for m in found] == ["2025-02-20"]


def test_anchor_does_not_date_an_act_in_the_present_by_another_clause_s_past():
    # "Ghana urges Israel to respect the truce , agreed in November ." with "agreed" read as a
    # clause of "urges": the urging is not dated November
    doc = make_doc([[("Ghana", 1, "nsubj", "PROPN", "O"), ("urges", 1, "ROOT", "VERB", "O"),
                     ("Israel", 1, "dobj", "PROPN", "O"), ("to", 4, "aux", "PART", "O"),
                     ("respect", 1, "xcomp", "VERB", "O"), ("the", 6, "det", "DET", "O"),
                     ("truce", 4, "dobj", "NOUN", "O"), (",", 1, "punct", "PUNCT", "O"),
                     ("agreed", 1, "conj", "VERB", "O"), ("in", 8, "prep", "ADP", "O"),
                     ("November", 9, "pobj", "PROPN", "B-DATE"), (".", 1, "punct", "PUNCT", "O")]])
    doc[1].tag_, doc[8].tag_ = "VBZ", "VBD"
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    start, end = _sent_of(doc, 0)
    assert anchor(doc, state, start, end, head=_token(doc, "urges")) is None
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "agreed"))) == ("2025-11", "month")


@pytest.mark.model
def test_the_story_s_weekdays_count_from_its_dateline_s_date(spacy_nlp):
    # filed on Thursday, February 12, published three weeks later: "on Thursday" is the filing day
    text = ("Brazil threatens complaint\n\n"
            "BRASILIA, Feb 12 (Wire) - Brazil warned on Thursday it would take Argentina before the "
            "tribunal, days after levies took effect earlier this month.")
    doc = spacy_nlp(text)
    found = {m.text: m.value.value for m in find_dates(doc, {"published": dt.date(2026, 3, 4)})}
    assert found["Thursday"] == "2026-02-12"
    assert found["earlier this month"].startswith("2026-02")
    # without a dateline, the publication date is the reference
    doc = spacy_nlp("Brazil warned on Thursday it would take Argentina before the tribunal.")
    found = {m.text: m.value.value for m in find_dates(doc, {"published": dt.date(2026, 3, 4)})}
    assert found["Thursday"] == "2026-02-26"


# "The clash was the worst since a raid last December."
SINCE_RAID = [
    ("The", 1, "det", "DET", "O"), ("clash", 2, "nsubj", "NOUN", "O"), ("was", 2, "ROOT", "AUX", "O"),
    ("the", 4, "det", "DET", "O"), ("worst", 2, "attr", "ADJ", "O"), ("since", 4, "prep", "ADP", "O"),
    ("a", 7, "det", "DET", "O"), ("raid", 5, "pobj", "NOUN", "O"), ("last", 9, "amod", "ADJ", "B-DATE"),
    ("December", 7, "npadvmod", "PROPN", "I-DATE"), (".", 2, "punct", "PUNCT", "O"),
]


def test_what_since_measures_from_dates_neither_its_sentence_nor_the_paragraph_after():
    doc = make_doc([SINCE_RAID, NO_DATE])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    assert [m.value.value for m in state["dates"]] == ["2025-12"]
    was, rejected = _token(doc, "was"), _token(doc, "rejected")
    assert anchor(doc, state, *_sent_of(doc, was), head=was) is None
    assert anchor(doc, state, *_sent_of(doc, rejected), head=rejected) is None


# "Cooper rejected a policy for the third quarter."
POLICY_FOR_QUARTER = [
    ("Cooper", 1, "nsubj", "PROPN", "O"), ("rejected", 1, "ROOT", "VERB", "O"), ("a", 3, "det", "DET", "O"),
    ("policy", 1, "dobj", "NOUN", "O"), ("for", 3, "prep", "ADP", "O"), ("the", 7, "det", "DET", "B-DATE"),
    ("third", 7, "amod", "ADJ", "I-DATE"), ("quarter", 4, "pobj", "NOUN", "I-DATE"), (".", 1, "punct", "PUNCT", "O"),
]


def test_the_period_a_thing_is_for_does_not_date_the_act_on_it():
    doc = make_doc([POLICY_FOR_QUARTER])
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    assert len(state["dates"]) == 1
    rejected = _token(doc, "rejected")
    assert anchor(doc, state, *_sent_of(doc, rejected), head=rejected) is None


# "The dispute revived memories of 2021."
MEMORIES_OF_2021 = [
    ("The", 1, "det", "DET", "O"), ("dispute", 2, "nsubj", "NOUN", "O"), ("revived", 2, "ROOT", "VERB", "O"),
    ("memories", 2, "dobj", "NOUN", "O"), ("of", 3, "prep", "ADP", "O"), ("2021", 4, "pobj", "NUM", "B-DATE"),
    (".", 2, "punct", "PUNCT", "O"),
]


def test_a_thing_s_date_is_no_background_for_the_sentences_after():
    doc = make_doc([MEMORIES_OF_2021, NO_DATE])
    doc[2].tag_, doc[7].tag_ = "VBD", "VBD"
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    assert [m.value.value for m in state["dates"]] == ["2021"]
    rejected = _token(doc, "rejected")
    assert anchor(doc, state, *_sent_of(doc, rejected), head=rejected) is None


# "Cooper said Russia holds Crimea."
SAID_HOLDS = [
    ("Cooper", 1, "nsubj", "PROPN", "O"), ("said", 1, "ROOT", "VERB", "O"), ("Russia", 3, "nsubj", "PROPN", "O"),
    ("holds", 1, "ccomp", "VERB", "O"), ("Crimea", 3, "dobj", "PROPN", "O"), (".", 1, "punct", "PUNCT", "O"),
]


@pytest.mark.parametrize(("tag", "dated"), [("VBZ", False), ("VBD", True)])
def test_words_said_in_the_present_are_not_dated_by_the_background_before(tag, dated):
    doc = make_doc([IN_2014, SAID_HOLDS])
    said, holds = _token(doc, "said"), _token(doc, "holds")
    doc[said].tag_, doc[holds].tag_, doc[_token(doc, "annexed")].tag_ = "VBD", tag, "VBD"
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    content = (doc[holds - 1].idx, doc[holds + 1].idx + len("Crimea"))
    value = anchor(doc, state, *_sent_of(doc, said), head=said, exclude=content)
    assert (value is not None) is dated


# "Cooper wants a vote before March."
VOTE_BEFORE_MARCH = [
    ("Cooper", 1, "nsubj", "PROPN", "O"), ("wants", 1, "ROOT", "VERB", "O"), ("a", 3, "det", "DET", "O"),
    ("vote", 1, "dobj", "NOUN", "O"), ("before", 1, "prep", "ADP", "O"), ("March", 4, "pobj", "PROPN", "B-DATE"),
    (".", 1, "punct", "PUNCT", "O"),
]


def test_a_deadline_is_no_background_for_the_sentences_after():
    doc = make_doc([VOTE_BEFORE_MARCH, NO_DATE])
    doc[1].tag_, doc[_token(doc, "rejected")].tag_ = "VBZ", "VBD"
    state = {"published": PUB}
    state["dates"] = find_dates(doc, state)
    assert len(state["dates"]) == 1
    rejected = _token(doc, "rejected")
    assert anchor(doc, state, *_sent_of(doc, rejected), head=rejected) is None


# "Earlier this year , Norway managed to agree on quotas for 2027 ."
QUOTAS_FOR_2027 = [
    ("Earlier", 2, "advmod", "ADV", "B-DATE"), ("this", 2, "det", "DET", "I-DATE"),
    ("year", 5, "npadvmod", "NOUN", "I-DATE"), (",", 5, "punct", "PUNCT", "O"),
    ("Norway", 5, "nsubj", "PROPN", "O"), ("managed", 5, "ROOT", "VERB", "O"), ("to", 7, "aux", "PART", "O"),
    ("agree", 5, "xcomp", "VERB", "O"), ("on", 7, "prep", "ADP", "O"), ("quotas", 8, "pobj", "NOUN", "O"),
    ("for", 7, "prep", "ADP", "O"), ("2027", 10, "pobj", "NUM", "B-DATE"), (".", 5, "punct", "PUNCT", "O"),
]


def test_a_period_an_act_is_for_dates_it_only_when_its_clauses_give_no_time():
    doc = make_doc([QUOTAS_FOR_2027])
    state = {"published": PUB}
    start, end = _sent_of(doc, 0)
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "agree"))) == ("2026", "year")
    # with no other time, the period is the act's: "Norway agreed on quotas for 2027 ."
    rows = [("Norway", 1, "nsubj", "PROPN", "O"), ("agreed", 1, "ROOT", "VERB", "O"), ("on", 1, "prep", "ADP", "O"),
            ("quotas", 2, "pobj", "NOUN", "O"), ("for", 1, "prep", "ADP", "O"), ("2027", 4, "pobj", "NUM", "B-DATE"),
            (".", 1, "punct", "PUNCT", "O")]
    doc = make_doc([rows])
    start, end = _sent_of(doc, 0)
    assert _pair(anchor(doc, state, start, end, head=_token(doc, "agreed"))) == ("2027", "year")
