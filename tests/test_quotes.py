"""Quote extraction: quotation-mark pairing (pure rule), rules on hand-built Docs, end-to-end cases."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from faultline.extract.quote_lexicon import load_lexicon
from faultline.extract.quote_marks import pair_quotes
from faultline.extract.quotes import QuoteMatch, find_quotes, find_quotes_stage

# --- pairing: (text, expected quoted contents, expected number of warnings) --------------------
PAIRING = [
    ("He said “hi there,” and left.", ["hi there,"], 0),
    ('He said "hi there" and left.', ["hi there"], 0),
    ("«Non», a-t-il dit.", ["Non"], 0),
    ("»Nein«, sagte er.", ["Nein"], 0),
    ("“A,” she said, “B.”", ["A,", "B."], 0),
    ("“Outer ‘inner’ outer,” he said.", ["Outer ‘inner’ outer,"], 0),
    ("«Il a dit \"oui\" hier»", ['Il a dit "oui" hier'], 0),
    ("``PTB style,'' he said.", ["PTB style,"], 0),
    ("He said: ''We are in a bubble.'' Then left.", ["We are in a bubble."], 0),
    ("He said “unclosed\nNext paragraph “ok” here.", ["ok"], 1),
    ("First “para\n“Second para.”", ["para", "Second para."], 0),
    ("a stray” mark and “a pair”", ["a pair"], 1),
    ("“a “b” c", ["b"], 1),
    ("No quotes at all, it’s fine.", [], 0),
]


@pytest.mark.parametrize(("text", "expected", "n_warnings"), PAIRING)
def test_pair_quotes(text: str, expected: list[str], n_warnings: int) -> None:
    quotes, warnings = pair_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == expected
    assert len(warnings) == n_warnings


def test_warning_names_the_skipped_span() -> None:
    text = "He said “unclosed\nShe said “fine.”"
    quotes, warnings = pair_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["fine."]
    assert "8-17" in warnings[0] and "unclosed" in warnings[0]


def test_ten_thousand_marks_do_not_crash() -> None:
    text = " ".join(["“a”", "\"b", "«c»"] * 3400)
    quotes, warnings = pair_quotes(text)
    assert len(quotes) >= 6800
    assert all(q.start <= q.end for q in quotes)


def test_lexicon_is_data_and_extensible(tmp_path) -> None:
    lex = load_lexicon()
    assert {"say", "tell", "believe"} <= lex.clause
    assert any(p.words == ("according", "to") for p in lex.phrases)
    extra = tmp_path / "reporting_extra.json"
    extra.write_text('{"clause": ["harrumph"], "preposition": {"rail": ["against"]}}')
    more = load_lexicon((str(extra),))
    assert "harrumph" in more.clause and "against" in more.preposition["rail"]


# --- rules on a hand-built parse (no model) -------------------------------------------------------
def _doc(words, heads, deps, pos, lemmas, spaces=None):
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_indirect_ccomp_on_hand_built_doc() -> None:
    words = ["Cooper", "warned", "that", "Russia", "wants", "war", "."]
    doc = _doc(words, heads=[1, 1, 4, 4, 1, 4, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct"],
               pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
               lemmas=["Cooper", "warn", "that", "Russia", "want", "war", "."])
    matches, warnings = find_quotes(doc)
    assert warnings == []
    warn = [m for m in matches if m.cue == "warn"]
    assert len(warn) == 1
    m = warn[0]
    assert (m.kind, doc.text[m.start:m.end]) == ("indirect", "Russia wants war")
    assert doc.text[slice(*m.speaker_span)] == "Cooper" and m.speaker_head == 0
    assert doc.text[slice(*m.cue_span)] == "warned"


def test_passive_with_agent_on_hand_built_doc() -> None:
    words = ["This", "was", "stated", "by", "Sergey", "Lavrov", "."]
    doc = _doc(words, heads=[2, 2, 2, 2, 5, 3, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"],
               pos=["PRON", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
               lemmas=["this", "be", "state", "by", "Sergey", "Lavrov", "."])
    doc[2].tag_ = "VBN"
    matches, _ = find_quotes(doc)
    assert [(m.cue, doc.text[slice(*m.speaker_span)]) for m in matches] == [("state", "Sergey Lavrov")]


def test_no_cue_no_match_on_hand_built_doc() -> None:
    words = ["Russia", "wants", "war", "."]
    doc = _doc(words, heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "PUNCT"], lemmas=["Russia", "want", "war", "."])
    assert find_quotes(doc) == ([], [])


def test_stage_function_returns_find_quotes() -> None:
    doc = Doc(Vocab(), words=["Hello", "."])
    assert find_quotes_stage(doc, {}) == find_quotes(doc)


# --- end to end with the model: (text, expected (kind, content, speaker, cue) tuples) ------------
E2E = [
    ("“We will not negotiate,” the minister said.",
     [("direct", "We will not negotiate", "the minister", "say")]),
    ("She said: “Sanctions must stay in place until the war ends.”",
     [("direct", "Sanctions must stay in place until the war ends", "She", "say")]),
    ("“Peace is possible,” she said, “but only with guarantees.”",
     [("direct", "Peace is possible", "she", "say"),
      ("direct", "but only with guarantees", "she", "say")]),
    ("The Kremlin described the offer as “a public relations ploy.”",
     [("partial", "a public relations ploy", "The Kremlin", "describe")]),
    ("Italian prime minister Giorgia Meloni said that it was time for talks with Russia.",
     [("indirect", "it was time for talks with Russia", "Italian prime minister Giorgia Meloni",
       "say")]),
    ("The talks have failed, according to the country’s foreign secretary, Yvette Cooper.",
     [("indirect", "The talks have failed", "the country’s foreign secretary, Yvette Cooper",
       "according to")]),
    ("«Nous ne céderons pas», a dit le ministre. He said the talks would resume.",
     [("indirect", "the talks would resume", "He", "say")]),
]

NEGATIVES = [
    "She read “War and Peace” on the train and then went home.",   # a book title
    "The so-called “peace plan” was published on Monday.",          # scare quotes
    "The weather in Brussels was cold on Monday.",                  # no cue at all
    "He was interviewed on “The Lead with Jake Tapper” on Monday.",  # a show's name
    '<tweet author="@realDonaldTrump">Great rally!</tweet> he wrote.',   # markup attribute
]


def _rows(doc, matches: list[QuoteMatch]):
    t = doc.text
    return [(m.kind, t[m.start:m.end], m.speaker_span and t[slice(*m.speaker_span)], m.cue)
            for m in matches]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), E2E)
def test_end_to_end(spacy_nlp, text: str, expected) -> None:
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    for row in expected:
        assert row in rows


@pytest.mark.model
@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(spacy_nlp, text: str) -> None:
    doc = spacy_nlp(text)
    assert find_quotes(doc)[0] == []


@pytest.mark.model
def test_unbalanced_quote_keeps_the_rest(spacy_nlp) -> None:
    text = ("He called it “a disaster and never closed the quote.\n"
            "The governor said that taxes would fall.\n"
            "“We will win,” the senator said.")
    doc = spacy_nlp(text)
    matches, warnings = find_quotes(doc)
    rows = _rows(doc, matches)
    assert ("direct", "We will win", "the senator", "say") in rows
    assert ("indirect", "taxes would fall", "The governor", "say") in rows
    assert len(warnings) == 1 and "a disaster" in warnings[0]


@pytest.mark.model
def test_quote_paragraph_takes_previous_speaker(spacy_nlp) -> None:
    text = ("“We need evidence,” she said.\n"
            "“So far I have not seen any evidence that they want peace at all.”")
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("direct", "So far I have not seen any evidence that they want peace at all", "she",
            None) in rows


def test_many_marks_through_find_quotes() -> None:
    # 10,000 opening marks and no pair: every one is reported, nothing crashes (tokenised only, as
    # the parser itself is what is slow on such input)
    import spacy

    doc = spacy.blank("en").make_doc("“" * 10_000)
    matches, warnings = find_quotes(doc)
    assert matches == [] and len(warnings) == 10_000
