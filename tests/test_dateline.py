"""Wire datelines: found at the start of a line, never inside one or in a plain headline."""

from __future__ import annotations

import pytest

from faultline.extract.dateline import dateline_spans, doc_datelines


@pytest.mark.parametrize(("text", "expected"), [
    ("BRUSSELS, March 4 (Reuters) - Turkey blocked it.", "BRUSSELS, March 4 (Reuters) - "),
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — "),
    ("NEW YORK, Sept. 12 (Bloomberg) -- Stocks fell.", "NEW YORK, Sept. 12 (Bloomberg) -- "),
    ("Headline\nLONDON — The government said.", "LONDON — "),
    ("Headline\nKYIV, Ukraine — Drones struck.", "KYIV, Ukraine — "),
    # a region of a hyphenated name
    ("Headline\nBISSAU, Guinea-Bissau (AP) — The opposition said no.", "BISSAU, Guinea-Bissau (AP) — "),
    # title case, as AFP and CNN write it, with the agency
    ("Headline\nNew York (AFP) – Oscar-winning actress Ana Ruiz said no.", "New York (AFP) – "),
    ("Headline\nWashington (CNN) — The president said.", "Washington (CNN) — "),
    # accented capitals
    ("Headline\nBOGOTÁ — Colombian President Ana Ruiz said no.", "BOGOTÁ — "),
    ("Headline\nSÃO PAULO, Brazil — Prices rose.", "SÃO PAULO, Brazil — "),
    ("Headline\nPARIS — «Nous refusons», the minister said.", "PARIS — "),
    ("Headline\nPARIS — Élysée officials said no.", "PARIS — "),
    # a live report's time stamps
    ("Live updates\n10:42 - Dutch Prime Minister Dick Schoof spoke.", "10:42 - "),
    ("Live updates\n9.15am GMT – Spain said no.", "9.15am GMT – "),
    ("The Latest\n6:15 p.m. More than 2 million Floridians voted.", "6:15 p.m. "),
    # on a line of its own, with the day or the date
    ("Reshuffle\n\nLONDON, Tuesday\n\nThe Prime Minister sacked her.", "LONDON, Tuesday"),
    ("Ruling\nSAO PAULO, Brazil, March 4\nThe court ruled.", "SAO PAULO, Brazil, March 4"),
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
    "Headline\nNew York – The city said.",       # title case without an agency
    "Headline\nNATO\nThe alliance said no.",     # a line of its own needs a day or a date
    "Headline\nJohn Thune (R) – The senator said.",  # a party tag is no agency
    "Headline\nJane Doe (D-Calif.) - She said.",
    "10:42 - A headline is no live entry",        # the first line
    "Headline\nThe vote was 10 - 4 in favour.",  # a score inside a line
    "Headline\n6:15 is late for a vote.",        # a time with no a.m. or p.m. and no dash
])
def test_no_dateline(text):
    assert dateline_spans(text) == []


def test_a_documents_datelines_are_found_once_and_kept():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Headline", "\n", "LONDON", "—", "The", "government", "said", "."],
              spaces=[False, False, True, True, True, True, False, False])
    assert doc_datelines(doc) == [(9, 18)] == dateline_spans(doc.text)
    assert doc_datelines(doc) is doc_datelines(doc)


def test_the_story_s_subject_hung_on_the_dateline_s_date_is_found_past_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from faultline.extract.dateline import doc_datelines, past_dateline

    # "CANBERRA, Nov. 21 - Australia held talks." with "CANBERRA" the subject and "Australia" a
    # conjunct of "Nov."
    words = ["CANBERRA", ",", "Nov.", "21", "-", "Australia", "held", "talks", "."]
    doc = Doc(Vocab(), words=words, spaces=[False, True, True, True, True, True, True, False, False],
              heads=[6, 0, 6, 2, 5, 2, 6, 6, 6],
              deps=["nsubj", "punct", "npadvmod", "nummod", "punct", "conj", "ROOT", "dobj", "punct"])
    assert past_dateline(doc[0], doc_datelines(doc)).text == "Australia"


def test_the_story_s_subject_beside_the_dateline_s_as_a_second_subject_is_found_past_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from faultline.extract.dateline import doc_datelines, past_dateline

    # "BEIJING, Oct 23 (Wire) - China imposed sanctions." with both "BEIJING" and "China" subjects
    words = ["BEIJING", ",", "Oct", "23", "(", "Wire", ")", "-", "China", "imposed", "sanctions", "."]
    doc = Doc(Vocab(), words=words,
              spaces=[False, True, True, True, False, False, True, True, True, True, False, False],
              heads=[9, 0, 0, 2, 5, 2, 5, 9, 9, 9, 9, 9],
              deps=["nsubj", "punct", "npadvmod", "nummod", "punct", "appos", "punct", "punct", "nsubj", "ROOT",
                    "dobj", "punct"])
    assert past_dateline(doc[0], doc_datelines(doc)).text == "China"
