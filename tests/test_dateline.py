"""Wire datelines: found at the start of a line, never inside one or in a plain headline."""

from __future__ import annotations

import pytest

from faultline.extract.dateline import dateline_end, dateline_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("BRUSSELS, March 4 (Reuters) - Turkey blocked it.", "BRUSSELS, March 4 (Reuters) - "),
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — "),
    ("NEW YORK, Sept. 12 (Bloomberg) -- Stocks fell.", "NEW YORK, Sept. 12 (Bloomberg) -- "),
    ("Headline\nLONDON — The government said.", "LONDON — "),
    ("Headline\nKYIV, Ukraine — Drones struck.", "KYIV, Ukraine — "),
])
def test_a_dateline_is_found_with_its_dash(text, expected):
    (start, end), = dateline_spans(text)
    assert text[start:end] == expected


@pytest.mark.parametrize("text", [
    "NATO - Allies split over patrols",          # a headline: no date, no agency
    "Headline\nNATO - the alliance said no.",    # the story would start in lower case
    "Headline\nThe UK - and France - agreed.",   # not upper case
    "Headline\nUS -- Allies.",                   # two letters are no place
    "Headline\nHe said BRUSSELS (AP) - Yes.",     # not at the start of a line
])
def test_no_dateline(text):
    assert dateline_spans(text) == []


def test_dateline_end_reads_only_from_a_line_start():
    text = "Headline\nLONDON — The government said."
    assert dateline_end(text, 9) == 18
    assert dateline_end(text, 10) == 10
