"""Quote extraction: quotation-mark pairing (pure rule), rules on hand-built Docs, end-to-end cases."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from faultline.errors import ConfigError, KnowledgeBaseError
from faultline.extract import quotes as quotes_module
from faultline.extract.quote_lexicon import load_lexicon
from faultline.extract.quote_marks import pair_quotes
from faultline.extract.quote_model import (
    QuoteModel,
    cue_key,
    load_quote_model,
    model_from_json,
    shape_of,
)
from faultline.extract.quotes import (
    MAX_WARNINGS,
    QuoteMatch,
    candidate_features,
    cap_warnings,
    context_features,
    find_quotes,
    find_quotes_stage,
    learned_candidates,
    relation_features,
    resolve_speaker,
    rule_matches,
    set_phrase,
    stranded_subject,
    suppress_overlaps,
)
from faultline.extract.quotes import _dedupe as dedupe
from faultline.extract.quotes import _second_statement as second_statement
from faultline.extract.quotes import _trim as trim_content

# --- pairing: (text, expected quoted contents, expected number of warnings) --------------------
PAIRING = [
    ("He said “hi there,” and left.", ["hi there,"], 0),
    # an opening mark typed as a closing one at the start of a line
    ("Comments:\n”Mr. Trump lost the debate.” ― Ana Ruiz", ["Mr. Trump lost the debate."], 0),
    # single marks outside double quotes (British and headline style), never an apostrophe
    ("‘It’s a ploy,’ the Kremlin said.", ["It’s a ploy,"], 0),
    ("'I'm still not seeing that,' she said.", ["I'm still not seeing that,"], 0),
    # a low opening mark closed by a straight one (curly closing lost in copying)
    ('He called it „legally baseless" and left.', ["legally baseless"], 0),
    ("‘We will honour the workers’ demands,’ he said.", ["We will honour the workers’ demands,"], 0),
    ("Lynch: 'Be the voice that people hear.'", ["Be the voice that people hear."], 0),
    ("In the '90s the party's leaders won the workers' votes.", [], 0),
    ("They played rock 'n' roll all night.", [], 0),
    ("She called it ‘a ploy and never closed the mark.", [], 1),
    ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left,"], 0),
    ("‘He told me “never” and left,’ she said.", ["He told me “never” and left,", "never"], 0),
    # a curly quotation nested in a curly one, closed by two closing marks
    ("“I’d rather live in what he calls “hell” than here.” ― Ana",
     ["I’d rather live in what he calls “hell” than here."], 0),
    # a second opening mark with one closing mark left: the first is unbalanced
    ("“I’d rather live in what he calls “hell” than here.", ["hell"], 1),
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
    ('"He asked: “Is it true?” Then he left."', ["He asked: “Is it true?” Then he left."], 0),
    ('"Open “inner” text\nNext.', ["inner"], 1),          # the straight mark never closes
    ("He said it was “51 percent.“ Then he left.", ["51 percent."], 0),   # a mistyped closing mark
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
    # every stray straight mark either pairs with the next one around a short stretch or is
    # reported; nothing runs away with the rest of the text
    assert len(quotes) >= 5000 and max(q.end - q.start for q in quotes) <= 12
    assert all(q.start <= q.end for q in quotes)


def test_lexicon_is_data_and_extensible(tmp_path) -> None:
    lex = load_lexicon()
    assert {"say", "tell", "believe"} <= lex.clause
    assert any(p.words == ("according", "to") for p in lex.phrases)
    extra = tmp_path / "reporting_extra.json"
    extra.write_text('{"clause": ["harrumph"], "preposition": {"rail": ["against"]}, '
                     '"particle_verbs": {"Lash out": "retort"}}')
    more = load_lexicon((str(extra),))
    assert "harrumph" in more.clause and "against" in more.preposition["rail"]
    assert more.particle_verbs[("lash", "out")] == "retort" and "lash" in more.particle_bases
    assert more.particle_verbs[("shoot", "back")] == "retort"    # the bundled ones stay


def test_a_verb_with_a_particle_reports_as_its_lexicon_lemma() -> None:
    # "Rubio shot back that Kyiv lied . “ No , ” the aide fired back ." ("shoot"/"fire" alone
    # report nothing)
    rows = [("Rubio", 1, "nsubj", "PROPN", "Rubio", "NNP"), ("shot", 1, "ROOT", "VERB", "shoot", "VBD"),
            ("back", 1, "advmod", "ADV", "back", "RB"), ("that", 5, "mark", "SCONJ", "that", "IN"),
            ("Kyiv", 5, "nsubj", "PROPN", "Kyiv", "NNP"), ("lied", 1, "ccomp", "VERB", "lie", "VBD"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("“", 13, "punct", "PUNCT", "“", "``"), ("No", 13, "intj", "INTJ", "no", "UH"),
            (",", 13, "punct", "PUNCT", ",", ","), ("”", 13, "punct", "PUNCT", "”", "''"),
            ("the", 12, "det", "DET", "the", "DT"), ("aide", 13, "nsubj", "NOUN", "aide", "NN"),
            ("fired", 13, "ROOT", "VERB", "fire", "VBD"), ("back", 13, "prt", "ADP", "back", "RP"),
            (".", 13, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, False, True, False, False, False, True, True, True, True, False, False]
    doc = _parsed(rows, sent_starts=(0, 7), spaces=spaces)
    found = [(m.kind, doc.text[m.start:m.end], m.cue, doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert found == [("indirect", "Kyiv lied", "retort", "Rubio"), ("direct", "No", "retort", "the aide")]
    # without the particle, no report: "The army fired at the rebels"
    rows[2] = ("again", 1, "advmod", "ADV", "again", "RB")
    assert find_quotes(_parsed(rows[:7], spaces=spaces[:7]))[0] == []


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


def test_a_finite_verb_left_without_subject_takes_the_noun_phrase_before_it() -> None:
    # "That is the sum experts say it costs ." with "experts" read as an apposition of "sum"
    words = ["That", "is", "the", "sum", "experts", "say", "it", "costs", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 1, 7, 5, 1],
               deps=["nsubj", "ROOT", "det", "attr", "appos", "dep", "nsubj", "ccomp", "punct"],
               pos=["PRON", "AUX", "DET", "NOUN", "NOUN", "VERB", "PRON", "VERB", "PUNCT"],
               lemmas=["that", "be", "the", "sum", "expert", "say", "it", "cost", "."])
    doc[5].tag_ = "VBP"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in say] == [
        ("it costs", "experts")]
    # "Russia backs Assad as Britain and France say that the rebels must win ." with "say" hung
    # from "backs" and the coordinated subject read as the object of "as": the first conjunct
    # heads the speaker, not "Russia" above
    words = ["Russia", "backs", "Assad", "as", "Britain", "and", "France", "say", "that", "the",
             "rebels", "must", "win", "."]
    doc = _doc(words, heads=[1, 1, 1, 1, 3, 4, 4, 1, 12, 10, 12, 12, 7, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "advcl", "mark", "det",
                     "nsubj", "aux", "ccomp", "punct"],
               pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "SCONJ",
                    "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               lemmas=["Russia", "back", "Assad", "as", "Britain", "and", "France", "say", "that",
                       "the", "rebel", "must", "win", "."])
    doc[7].tag_ = "VBP"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[slice(*m.speaker_span)] for m in say] == ["Britain and France"]
    # after a conjunction the verb shares the subject above: "Cooper spoke and warned that …"
    words = ["Cooper", "spoke", "and", "warned", "that", "war", "looms", "."]
    doc = _doc(words, heads=[1, 1, 1, 1, 6, 6, 3, 1],
               deps=["nsubj", "ROOT", "cc", "conj", "mark", "nsubj", "ccomp", "punct"],
               pos=["PROPN", "VERB", "CCONJ", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["Cooper", "speak", "and", "warn", "that", "war", "loom", "."])
    doc[3].tag_ = "VBD"
    assert stranded_subject(doc[3]) is None
    warn = [m for m in find_quotes(doc)[0] if m.cue == "warn"]
    assert [doc.text[slice(*m.speaker_span)] for m in warn] == ["Cooper"]


def test_the_subject_of_an_aside_between_commas_speaks_for_the_verb_after_it() -> None:
    # "A spokesman , asked about talks , said that Moscow waits ." with "spokesman" read as the
    # subject of "asked", hung as a clause of "said"
    words = ["A", "spokesman", ",", "asked", "about", "talks", ",", "said", "that", "Moscow", "waits", "."]
    heads = [1, 3, 1, 7, 3, 4, 7, 7, 10, 10, 7, 7]
    deps = ["det", "nsubj", "punct", "ccomp", "prep", "pobj", "punct", "ROOT", "mark", "nsubj", "ccomp",
            "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"]
    lemmas = ["a", "spokesman", ",", "ask", "about", "talk", ",", "say", "that", "Moscow", "wait", "."]
    doc = _doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc[3].tag_, doc[7].tag_ = "VBD", "VBD"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[slice(*m.speaker_span)] for m in say] == ["A spokesman"]
    # no comma between the subject and its clause: "Officials asked about talks , said …" is no aside
    words2 = [w for w in words if w != ","][:2] + words[3:]
    doc = _doc(words2, heads=[1, 2, 6, 2, 3, 6, 6, 9, 9, 6, 6],
               deps=deps[:2] + deps[3:], pos=pos[:2] + pos[3:], lemmas=lemmas[:2] + lemmas[3:])
    doc[2].tag_, doc[6].tag_ = "VBD", "VBD"
    assert stranded_subject(doc[6]) is None


def test_an_adverb_before_the_clause_s_that_is_not_content() -> None:
    # "He said only that taxes rise ." with "only" hung inside the clause, before its "that"
    words = ["He", "said", "only", "that", "taxes", "rise", "."]
    doc = _doc(words, heads=[1, 1, 5, 5, 5, 1, 1],
               deps=["nsubj", "ROOT", "advmod", "mark", "nsubj", "ccomp", "punct"],
               pos=["PRON", "VERB", "ADV", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["he", "say", "only", "that", "tax", "rise", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["taxes rise"]
    # an adverb of the clause itself stays: "He said taxes only rise ."
    words = ["He", "said", "taxes", "only", "rise", "."]
    doc = _doc(words, heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "nsubj", "advmod", "ccomp", "punct"],
               pos=["PRON", "VERB", "NOUN", "ADV", "VERB", "PUNCT"],
               lemmas=["he", "say", "tax", "only", "rise", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["taxes only rise"]


def test_who_is_quoted_as_saying_speaks_not_who_quotes() -> None:
    # "The official was quoted by media as saying that ships sail ."
    words = ["The", "official", "was", "quoted", "by", "media", "as", "saying", "that", "ships", "sail", "."]
    doc = _doc(words, heads=[1, 3, 3, 3, 3, 4, 3, 6, 10, 10, 7, 3],
               deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pcomp", "mark", "nsubj",
                     "ccomp", "punct"],
               pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["the", "official", "be", "quote", "by", "media", "as", "say", "that", "ship", "sail", "."])
    doc[7].tag_ = "VBG"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[slice(*m.speaker_span)] for m in say] == ["The official"]


def test_a_clause_a_colon_closes_is_not_reported_by_the_verb_after_it() -> None:
    # "Vietnam was cautious : a spokeswoman said ." reports nothing of the clause (what follows the
    # colon elaborates it); with a comma, "Vietnam was cautious , a spokeswoman said ." is the
    # inverted report
    for mark, expected in ((":", []), (",", ["Vietnam was cautious"])):
        words = ["Vietnam", "was", "cautious", mark, "a", "spokeswoman", "said", "."]
        doc = _doc(words, heads=[1, 6, 1, 6, 5, 6, 6, 6],
                   deps=["nsubj", "ccomp", "acomp", "punct", "det", "nsubj", "ROOT", "punct"],
                   pos=["PROPN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                   lemmas=["Vietnam", "be", "cautious", mark, "a", "spokeswoman", "say", "."])
        assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == expected, mark


def test_an_indirect_content_inside_the_same_cue_s_quoted_fragment_is_one_quote() -> None:
    # 'Spain urged “all parties to show restraint” .': the quoted fragment, not also "to show restraint"
    words = ["Spain", "urged", "“", "all", "parties", "to", "show", "restraint", "”", "."]
    spaces = [True, True, False, True, True, True, True, False, False, False]
    doc = _doc(words, heads=[1, 1, 1, 4, 1, 6, 1, 6, 1, 1],
               deps=["nsubj", "ROOT", "punct", "det", "dobj", "aux", "xcomp", "dobj", "punct", "punct"],
               pos=["PROPN", "VERB", "PUNCT", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT", "PUNCT"],
               lemmas=["Spain", "urge", "“", "all", "party", "to", "show", "restraint", "”", "."], spaces=spaces)
    doc[1].tag_, doc[5].tag_, doc[6].tag_ = "VBD", "TO", "VB"
    assert [(m.kind, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]] == [
        ("partial", "all parties to show restraint")]


def test_a_relative_pronoun_is_no_content_of_a_passive_cue() -> None:
    # "Iran , which was accused by Britain , said that talks help ." ("which" is no statement)
    words = ["Iran", ",", "which", "was", "accused", "by", "Britain", ",", "said", "that", "talks", "help", "."]
    doc = _doc(words, heads=[8, 0, 4, 4, 0, 4, 5, 0, 8, 11, 11, 8, 8],
               deps=["nsubj", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj", "punct", "ROOT", "mark",
                     "nsubj", "ccomp", "punct"],
               pos=["PROPN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "SCONJ", "NOUN",
                    "VERB", "PUNCT"],
               lemmas=["Iran", ",", "which", "be", "accuse", "by", "Britain", ",", "say", "that", "talk", "help",
                       "."])
    doc[2].tag_, doc[4].tag_ = "WDT", "VBN"
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["talks help"]


def test_an_as_clause_with_its_own_speaker_is_a_statement_of_its_own() -> None:
    # "Canada warned that it responds , as officials said that talks help ." with the "as" clause
    # hung inside what Canada warned
    words = ["Canada", "warned", "that", "it", "responds", ",", "as", "officials", "said", "that", "talks",
             "help", "."]
    doc = _doc(words, heads=[1, 1, 4, 4, 1, 4, 8, 8, 4, 11, 11, 8, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "mark", "nsubj", "advcl", "mark",
                     "nsubj", "ccomp", "punct"],
               pos=["PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB", "SCONJ",
                    "NOUN", "VERB", "PUNCT"],
               lemmas=["Canada", "warn", "that", "it", "respond", ",", "as", "official", "say", "that", "talk",
                       "help", "."])
    got = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert got == [("warn", "it responds", "Canada"), ("say", "talks help", "officials")]


def test_the_one_shown_saying_it_is_the_speaker() -> None:
    # "The ad uses footage of Clinton saying that she leads ." with "saying" hung from "uses"
    words = ["The", "ad", "uses", "footage", "of", "Clinton", "saying", "that", "she", "leads", "."]
    doc = _doc(words, heads=[1, 2, 2, 2, 3, 4, 2, 9, 9, 6, 2],
               deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "xcomp", "mark", "nsubj",
                     "ccomp", "punct"],
               pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "SCONJ", "PRON", "VERB",
                    "PUNCT"],
               lemmas=["the", "ad", "use", "footage", "of", "Clinton", "say", "that", "she", "lead",
                       "."])
    doc[6].tag_ = "VBG"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[slice(*m.speaker_span)] for m in say] == ["Clinton"]
    # "They sent a letter of support saying that it works .": the letter says it, so its senders
    words = ["They", "sent", "a", "letter", "of", "support", "saying", "that", "it", "works", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 4, 3, 9, 9, 6, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "acl", "mark", "nsubj",
                     "ccomp", "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "VERB", "SCONJ", "PRON", "VERB",
                    "PUNCT"],
               lemmas=["they", "send", "a", "letter", "of", "support", "say", "that", "it", "work",
                       "."])
    doc[6].tag_ = "VBG"
    say = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[slice(*m.speaker_span)] for m in say] == ["They"]


def test_a_statement_noun_reports_its_that_clause() -> None:
    # "Macron repeated his warning that Europe could fail ."
    words = ["Macron", "repeated", "his", "warning", "that", "Europe", "could", "fail", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 7, 7, 7, 3, 1],
               deps=["nsubj", "ROOT", "poss", "dobj", "mark", "nsubj", "aux", "acl", "punct"],
               pos=["PROPN", "VERB", "PRON", "NOUN", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
               lemmas=["Macron", "repeat", "his", "warning", "that", "Europe", "could", "fail", "."])
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="attribution")[0]]
    assert rows == [("warning", "Europe could fail", "his")]
    # the speech scope, like the shared gold, reports statements, not mentions of them
    assert find_quotes(doc)[0] == []
    # "Moscow faced claims that troops crossed .": whose claims the text does not say, and no
    # fallback makes them Moscow's
    words = ["Moscow", "faced", "claims", "that", "troops", "crossed", "."]
    doc = _doc(words, heads=[1, 1, 1, 5, 5, 2, 1],
               deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "acl", "punct"],
               pos=["PROPN", "VERB", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["Moscow", "face", "claim", "that", "troop", "cross", "."])
    rows = [(m.cue, doc.text[m.start:m.end], m.speaker_span)
            for m in find_quotes(doc, scope="attribution")[0]]
    assert rows == [("claim", "troops crossed", None)]
    # a relative clause is not content: "The report that he wrote was long ."
    words = ["The", "report", "that", "he", "wrote", "was", "long", "."]
    doc = _doc(words, heads=[1, 5, 4, 4, 1, 5, 5, 5],
               deps=["det", "nsubj", "dobj", "nsubj", "relcl", "ROOT", "acomp", "punct"],
               pos=["DET", "NOUN", "PRON", "PRON", "VERB", "AUX", "ADJ", "PUNCT"],
               lemmas=["the", "report", "that", "he", "write", "be", "long", "."])
    assert find_quotes(doc, scope="attribution")[0] == []


def test_a_state_of_mind_adjective_reports_its_clause_or_intention() -> None:
    # "Officials are confident that the vote will pass ."
    words = ["Officials", "are", "confident", "that", "the", "vote", "will", "pass", "."]
    doc = _doc(words, heads=[1, 1, 1, 7, 5, 7, 7, 2, 1],
               deps=["nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
               pos=["NOUN", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               lemmas=["official", "be", "confident", "that", "the", "vote", "will", "pass", "."])
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc)[0]]
    assert rows == [("confident", "the vote will pass", "Officials")]
    # nobody holds the view of "It is certain that talks will fail ."
    words = ["It", "is", "certain", "that", "talks", "will", "fail", "."]
    doc = _doc(words, heads=[1, 1, 1, 6, 6, 6, 2, 1],
               deps=["nsubj", "ROOT", "acomp", "mark", "nsubj", "aux", "ccomp", "punct"],
               pos=["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
               lemmas=["it", "be", "certain", "that", "talk", "will", "fail", "."])
    assert find_quotes(doc)[0] == []
    # "Britain is ready to send troops ." is an intention; "The deal is ready to be signed ." not
    words = ["Britain", "is", "ready", "to", "send", "troops", "."]
    doc = _doc(words, heads=[1, 1, 1, 4, 2, 4, 1],
               deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
               pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"],
               lemmas=["Britain", "be", "ready", "to", "send", "troop", "."])
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="attribution")[0]]
    assert rows == [("ready", "to send troops", "Britain")]
    assert find_quotes(doc)[0] == []       # a disposition: PolNeAR's scopes only
    words = ["The", "deal", "is", "ready", "to", "be", "signed", "."]
    doc = _doc(words, heads=[1, 2, 2, 2, 6, 6, 3, 2],
               deps=["det", "nsubj", "ROOT", "acomp", "aux", "auxpass", "xcomp", "punct"],
               pos=["DET", "NOUN", "AUX", "ADJ", "PART", "AUX", "VERB", "PUNCT"],
               lemmas=["the", "deal", "be", "ready", "to", "be", "sign", "."])
    assert find_quotes(doc, scope="attribution")[0] == []


def test_another_holders_view_after_while_ends_the_content() -> None:
    # "Officials said that talks could succeed , while diplomats warned that Orban would stall ."
    # with the "while" clause hung inside the first content
    words = ["Officials", "said", "that", "talks", "could", "succeed", ",", "while", "diplomats",
             "warned", "that", "Orban", "would", "stall", "."]
    doc = _doc(words, heads=[1, 1, 5, 5, 5, 1, 5, 9, 9, 5, 13, 13, 13, 9, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "mark", "nsubj",
                     "advcl", "mark", "nsubj", "aux", "ccomp", "punct"],
               pos=["NOUN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB",
                    "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
               lemmas=["official", "say", "that", "talk", "could", "succeed", ",", "while",
                       "diplomat", "warn", "that", "Orban", "would", "stall", "."])
    rows = sorted((m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
                  for m in find_quotes(doc)[0])
    assert rows == [("say", "talks could succeed", "Officials"),
                    ("warn", "Orban would stall", "diplomats")]
    # not a clause without a reporting verb: "…, while wages fell" stays in the content
    doc[9].lemma_ = "fall"
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["talks could succeed , while diplomats warned that Orban would stall"]


def test_another_holders_view_after_a_closing_quotation_ends_the_content() -> None:
    # 'Tokyo said it opposed " coercion , " while Canberra urged restraint .' with the "while"
    # clause hung inside the content after the quotation closed
    words = ["Tokyo", "said", "it", "opposed", '"', "coercion", ",", '"', "while", "Canberra", "urged",
             "restraint", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 3, 3, 3, 10, 10, 3, 10, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "dobj", "punct", "punct", "mark", "nsubj",
                     "advcl", "dobj", "punct"],
               pos=["PROPN", "VERB", "PRON", "VERB", "PUNCT", "NOUN", "PUNCT", "PUNCT", "SCONJ", "PROPN",
                    "VERB", "NOUN", "PUNCT"],
               lemmas=["Tokyo", "say", "it", "oppose", '"', "coercion", ",", '"', "while", "Canberra",
                       "urge", "restraint", "."])
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ['it opposed " coercion , "']


def test_an_infinitive_s_relative_object_before_the_cue_is_no_content() -> None:
    # "Britain drafted a code that Laos refused to accept ."
    words = ["Britain", "drafted", "a", "code", "that", "Laos", "refused", "to", "accept", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 8, 6, 3, 8, 6, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl", "aux", "xcomp", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "PRON", "PROPN", "VERB", "PART", "VERB", "PUNCT"],
              lemmas=["Britain", "draft", "a", "code", "that", "Laos", "refuse", "to", "accept", "."],
              sent_starts=[True] + [False] * 9)
    refuse = [m for m in find_quotes(doc)[0] if m.cue == "refuse"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in refuse] == [
        ("to accept", "Laos")]


def test_object_control_speaker_on_hand_built_doc() -> None:
    # "forced Stumpf to admit that …": the one who admits is the object, not the subject
    words = ["Warren", "forced", "Stumpf", "to", "admit", "that", "nobody", "was", "fired", "."]
    doc = _doc(words, heads=[1, 1, 1, 4, 1, 8, 8, 8, 4, 1],
               deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "mark", "nsubjpass", "auxpass",
                     "ccomp", "punct"],
               pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "SCONJ", "PRON", "AUX", "VERB",
                    "PUNCT"],
               lemmas=["Warren", "force", "Stumpf", "to", "admit", "that", "nobody", "be", "fire",
                       "."])
    admit = [m for m in find_quotes(doc)[0] if m.cue == "admit"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in admit] == [
        ("nobody was fired", "Stumpf")]


def test_speaker_the_parser_did_not_attach_as_subject() -> None:
    # "“Peace is near,” said Robert Reich ." with "Reich" misparsed as the object of "said"
    words = ["“", "Peace", "is", "near", ",", "”", "said", "Robert", "Reich", "."]
    doc = _doc(words, heads=[2, 2, 6, 2, 6, 6, 6, 8, 6, 6],
               deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "compound", "dobj",
                     "punct"],
               pos=["PUNCT", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
               lemmas=["“", "peace", "be", "near", ",", "”", "say", "Robert", "Reich", "."],
               spaces=[False, True, True, False, False, True, True, True, False, False])
    rows = [(m.kind, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("direct", "Robert Reich")]
    # "Many fear that prices will rise ." with "Many" left unattached (dep)
    words = ["Many", "fear", "that", "prices", "will", "rise", "."]
    doc = _doc(words, heads=[1, 1, 5, 5, 5, 1, 1],
               deps=["dep", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
               pos=["ADJ", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
               lemmas=["many", "fear", "that", "price", "will", "rise", "."])
    fear = [m for m in find_quotes(doc)[0] if m.cue == "fear"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in fear] == [
        ("prices will rise", "Many")]


def _colon_doc(words, pos, spaces=None):
    """A flat hand-built doc (every token hangs from the first) for the colon layouts; English
    lexical attributes, since cue candidates are found by their lower-case form."""
    n = len(words)
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=[0] * n, pos=pos,
               deps=["ROOT"] + ["dep"] * (n - 1), lemmas=[w.lower() for w in words],
               sent_starts=[True] + [False] * (n - 1))


def test_the_verb_a_quoted_fragment_hangs_from_is_its_cue() -> None:
    # "She called the deal , which reporters learned , “a mistake” ." : "learned" is nearer, but
    # the fragment is the object predicate of "called"
    doc = _doc(["She", "called", "the", "deal", ",", "which", "reporters", "learned", ",", "“", "a",
                "mistake", "”", "."],
               heads=[1, 1, 3, 1, 3, 7, 7, 3, 3, 11, 11, 1, 11, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct", "dobj", "nsubj", "relcl", "punct", "punct",
                     "det", "oprd", "punct", "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "PUNCT",
                    "DET", "NOUN", "PUNCT", "PUNCT"],
               lemmas=["she", "call", "the", "deal", ",", "which", "reporter", "learn", ",", "“", "a",
                       "mistake", "”", "."],
               spaces=[True, True, True, False, True, True, True, False, True, False, True, False,
                       False, False])
    rows = [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)], m.cue)
            for m in find_quotes(doc)[0]]
    assert rows == [("partial", "a mistake", "She", "call")]
    # "Araghchi rejected the accusations as “baseless” ." : one word, but the object of "as"
    doc = _doc(["Araghchi", "rejected", "the", "accusations", "as", "“", "baseless", "”", "."],
               heads=[1, 1, 3, 1, 3, 6, 4, 6, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "prep", "punct", "pobj", "punct", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PUNCT", "ADJ", "PUNCT", "PUNCT"],
               lemmas=["Araghchi", "reject", "the", "accusation", "as", "“", "baseless", "”", "."],
               spaces=[True, True, True, True, True, False, False, False, False])
    rows = [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)], m.cue)
            for m in find_quotes(doc)[0]]
    assert rows == [("partial", "baseless", "Araghchi", "reject")]


def test_a_second_object_in_quotes_names_the_first() -> None:
    # "She called the plan “a door we closed” ." parsed with two objects of "called"
    doc = _doc(["She", "called", "the", "plan", "“", "a", "door", "we", "closed", "”", "."],
               heads=[1, 1, 3, 1, 6, 6, 1, 8, 6, 6, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "dobj", "nsubj", "relcl", "punct",
                     "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "PUNCT",
                    "PUNCT"],
               lemmas=["she", "call", "the", "plan", "“", "a", "door", "we", "close", "”", "."],
               spaces=[True, True, True, True, False, True, True, True, False, False, False])
    rows = [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)], m.cue)
            for m in find_quotes(doc)[0]]
    assert rows == [("partial", "a door we closed", "She", "call")]


def test_a_poll_is_the_source_of_the_clause_set_in_it() -> None:
    words = ["In", "a", "poll", ",", "most", "voters", "said", "taxes", "rose", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 2, 0, 6, 5, 6, 6, 8, 6, 6],
              deps=["prep", "det", "pobj", "punct", "amod", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["ADP", "DET", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
              lemmas=["in", "a", "poll", ",", "most", "voter", "say", "tax", "rise", "."],
              sent_starts=[True] + [False] * 9)
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="attribution")[0]]
    assert rows == [("in", "most voters said taxes rose", "a poll")]
    # the speech scope keeps the voters' own statement
    assert [m.cue for m in find_quotes(doc)[0]] == ["say"]


def test_colon_forms_on_hand_built_docs() -> None:
    from faultline.extract.quotes import colon_form
    headline = _colon_doc(["Poll", ":", "Voters", "abandon", "the", "party"],
                          ["NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN"])
    assert colon_form(headline[1]) == "headline"
    label = _colon_doc(["The", "show", "began", ".", "\n\n", "WALLACE", ":", "Let", "us", "start",
                        "now", "."],
                       ["DET", "NOUN", "VERB", "PUNCT", "SPACE", "PROPN", "PUNCT", "VERB", "PRON",
                        "VERB", "ADV", "PUNCT"],
                       spaces=[True, False, False, False, False, False, True, True, True, True,
                               False, False])
    assert colon_form(label[6]) == "label"
    m = find_quotes(label)[0]
    assert [(label.text[x.start:x.end], label.text[slice(*x.speaker_span)]) for x in m] == [
        ("Let us start now", "WALLACE")]
    note = _colon_doc(["The", "show", "began", ".", "\n\n", "Update", ":", "the", "show", "ended",
                       "late", "."],
                      ["DET", "NOUN", "VERB", "PUNCT", "SPACE", "NOUN", "PUNCT", "DET", "NOUN",
                       "VERB", "ADV", "PUNCT"])
    assert colon_form(note[6]) is None      # a note, not a speaker
    rubric = _colon_doc(["The", "show", "began", ".", "\n\n", "AFTER", "THE", "DEBATE", ":", "the", "show",
                         "ended", "."],
                        ["DET", "NOUN", "VERB", "PUNCT", "SPACE", "PROPN", "PROPN", "PROPN", "PUNCT", "DET",
                         "NOUN", "VERB", "PUNCT"])
    assert colon_form(rubric[8]) is None    # a rubric opened by a preposition, not a speaker
    verb = _colon_doc(["He", "said", ":", "it", "is", "over"],
                      ["PRON", "VERB", "PUNCT", "PRON", "AUX", "ADJ"])
    assert colon_form(verb[2]) is None      # a reporting clause, handled as such
    for words in (["Sahel", ":", "Junta", "rejects", "the", "plan"],
                  ["Ukraine", "war", ":", "Strikes", "hit", "the", "city"],
                  ["Delegate", "Update", ":", "The", "count", "grows"]):
        rubric = _colon_doc(words, ["PROPN"] * words.index(":") + ["PUNCT"]
                            + ["NOUN"] * (len(words) - words.index(":") - 1))
        assert colon_form(rubric[words.index(":")]) is None, words
    question = _colon_doc(["Cruz", ":", "A", "true", "conservative", "?"],
                          ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"])
    assert colon_form(question[1]) == "headline" and find_quotes(question)[0] == []


def test_an_anonymity_formula_reports_nothing() -> None:
    # "“We are ready,” said a diplomat , who asked not to be named ."
    words = ["“", "We", "are", "ready", ",", "”", "said", "a", "diplomat", ",", "who", "asked",
             "not", "to", "be", "named", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              heads=[6, 2, 6, 2, 6, 6, 6, 8, 6, 8, 11, 8, 15, 15, 15, 11, 6],
              deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "det", "nsubj",
                    "punct", "nsubj", "relcl", "neg", "aux", "auxpass", "xcomp", "punct"],
              pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT",
                   "PRON", "VERB", "PART", "PART", "AUX", "VERB", "PUNCT"],
              lemmas=["“", "we", "be", "ready", ",", "”", "say", "a", "diplomat", ",", "who", "ask",
                      "not", "to", "be", "name", "."],
              spaces=[False, True, True, False, False, True, True, True, False, True, True, True,
                      True, True, True, False, False],
              sent_starts=[True] + [False] * 16)
    rows = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc, scope="attribution")[0]]
    assert ("say", "We are ready") in rows and not any(cue == "ask" for cue, _ in rows)


@pytest.mark.parametrize(("content", "formula"), [
    ("his name not be used", True), ("that her name be withheld", True), ("not to be identified", True),
    ("his name be added to the list", False), ("the talks not be delayed", False),
    ("to comment when reached by phone", True), ("to comment, when contacted", True),
    ("to comment when the talks resume", False)])
def test_asking_that_ones_name_not_be_used_is_an_anonymity_formula(content, formula) -> None:
    from faultline.extract.quotes import _SOURCING_FORMULA
    assert bool(_SOURCING_FORMULA.match(content)) is formula


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
    ("'I'm still not seeing that,' she said.", [("direct", "I'm still not seeing that", "she", "say")]),
    ("Sikorski called the Hungarian position «a gift to the Kremlin».",
     [("partial", "a gift to the Kremlin", "Sikorski", "call")]),
    ("Nigeria is pushing for sanctions, Reuters reports, citing a senior official.",
     [("indirect", "Nigeria is pushing for sanctions", "Reuters", "report")]),
    # a quotation over three paragraphs, signed in its first: the short middle one is his too
    ("“We will not give up,” the minister said. “We have waited for years for this day.\n\n"
     "“Now is the time.\n\n“Nobody will be able to say that we did not try to reach a deal.”",
     [("direct", "Now is the time", "the minister", None),
      ("direct", "Nobody will be able to say that we did not try to reach a deal", "the minister", None)]),
    # signed in its last paragraph only
    ("“We have been clear from the beginning.\n\n“If those expectations are met, there will be no "
     "obstacle,” the official said.",
     [("direct", "We have been clear from the beginning", "the official", "say")]),
]

NEGATIVES = [
    "She read “War and Peace” on the train and then went home.",   # a book title
    "The so-called “peace plan” was published on Monday.",          # scare quotes
    "The weather in Brussels was cold on Monday.",                  # no cue at all
    "He was interviewed on “The Lead with Jake Tapper” on Monday.",  # a show's name
    '<tweet author="@realDonaldTrump">Great rally!</tweet> he wrote.',   # markup attribute
    "Sahel: Floods cut the main road overnight.",                 # a region's rubric
    "Ukraine war: Russian strikes hit the capital overnight.",     # a topic's rubric
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


@pytest.mark.model
def test_quoted_sentence_after_the_reporting_clause_continues_that_quote(spacy_nlp) -> None:
    text = ("“We cannot wait for others,” Lindqvist told reporters in Oslo. “If there is a deal, we "
            "must be part of it.”\nThe talks ended. Officials left. “Nothing was agreed.”")
    doc = spacy_nlp(text)
    matches = find_quotes(doc)[0]
    rows = _rows(doc, matches)
    assert ("direct", "If there is a deal, we must be part of it", "Lindqvist", "tell") in rows
    first, second = sorted((m for m in matches if m.cue == "tell"), key=lambda m: m.start)
    assert first.cue_span == second.cue_span          # one attribution in two parts
    # a quote after a sentence without a speaker's quote in its paragraph is nobody's
    assert not any("Nothing was agreed" in r[1] for r in rows)


@pytest.mark.model
def test_quotes_signed_with_a_dash(spacy_nlp) -> None:
    text = ("Readers wrote to us.\n“The mayor must stop insulting our neighbourhood.” ― Carla Mendes\n"
            "“Nobody asked us about the new road.”\u00a0― Luis Ortega\n")
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("direct", "The mayor must stop insulting our neighbourhood", "Carla Mendes", "—") in rows
    assert ("direct", "Nobody asked us about the new road", "Luis Ortega", "—") in rows


@pytest.mark.model
def test_a_quoted_transcript_line_belongs_to_its_label(spacy_nlp) -> None:
    text = ("The minister spoke to the radio host on Sunday. Partial transcript as follows:\n\n"
            "\"HOST: Where do you stand on the envoy?\n\n"
            "\"OKAFOR: We support the envoy fully and we will say so in Brussels.\n")
    doc = spacy_nlp(text)
    rows = [r for r in _rows(doc, find_quotes(doc)[0]) if "Brussels" in r[1]]
    assert [(r[1], r[2]) for r in rows] == [("We support the envoy fully and we will say so in Brussels",
                                              "OKAFOR")]


@pytest.mark.model
def test_reporting_clause_split_off_after_a_question(spacy_nlp) -> None:
    # the parser makes "Okafor said." a sentence of its own after "?”"
    text = "“How many times must this happen?” Okafor said. “It is unbearable.”"
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("direct", "How many times must this happen", "Okafor", "say") in rows
    # a longer subject before the verb: "a narrator in the party's new ad asks."
    text = ("“You pay your taxes. So why didn’t he pay his?” a narrator in the party’s new ad asks. "
            "The spot ends with a slogan.")
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("direct", "You pay your taxes. So why didn’t he pay his",
            "a narrator in the party’s new ad", "ask") in rows


@pytest.mark.model
def test_paragraph_ending_in_a_colon_introduces_the_next_quote(spacy_nlp) -> None:
    text = ("Okafor spoke for an hour.\n\nOkafor continued:\n\n"
            "“The numbers are clear and they are not in our favour this year.”\n")
    doc = spacy_nlp(text)
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("direct", "The numbers are clear and they are not in our favour this year", "Okafor",
            "continue") in rows


@pytest.mark.model
def test_this_was_stated_by_makes_the_sentence_before_a_quote() -> None:
    api = pytest.importorskip("faultline.api")
    text = ("Warsaw will not be bound by any commitments made by the envoy. This was stated on Tuesday "
            "by the Polish foreign minister, Radosław Sikorski.\n")
    quotes = api.analyze(text, published="2026-05-20").to_dict()["quotes"]
    rows = [(q["kind"], q["text"], q["speaker"], q["cue"]) for q in quotes]
    assert rows == [("indirect", "Warsaw will not be bound by any commitments made by the envoy",
                     "person:radoslaw-sikorski", "state")]


@pytest.mark.model
def test_a_restated_sentence_leaves_its_dateline_out() -> None:
    api = pytest.importorskip("faultline.api")
    text = ("Moscow rejects the offer\n\nMOSCOW, Jan 12 (Reuters) - Russia will not accept any ceasefire "
            "that leaves foreign troops in Ukraine. This was stated by the Russian foreign minister, "
            "Sergey Lavrov.\n")
    quotes = api.analyze(text, published="2026-01-12").to_dict()["quotes"]
    rows = [(q["text"], q["speaker"]) for q in quotes]
    assert rows == [("Russia will not accept any ceasefire that leaves foreign troops in Ukraine",
                     "person:sergey-lavrov")]


def test_a_speaker_ends_before_a_parenthesis_however_it_was_parsed() -> None:
    # "Sen. Chris Murphy (D-Conn.) told reporters the bill failed ." with "(" hung on "Conn."
    words = ["Sen.", "Chris", "Murphy", "(", "D", "-", "Conn.", ")", "told", "reporters", "the", "bill",
             "failed", "."]
    heads = [2, 2, 8, 6, 6, 6, 2, 2, 8, 8, 11, 12, 8, 8]
    deps = ["compound", "compound", "nsubj", "punct", "compound", "punct", "appos", "punct", "ROOT",
            "dative", "det", "nsubj", "ccomp", "punct"]
    spaces = [True, True, True, False, False, False, False, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, spaces=spaces)
    assert doc.text[slice(*quotes_module._speaker_span(doc, doc[2], None))] == "Sen. Chris Murphy"


def test_many_marks_through_find_quotes() -> None:
    # 10,000 opening marks and no pair: a few warnings and one summary, nothing crashes (tokenised
    # only, as the parser itself is what is slow on such input)
    import spacy

    doc = spacy.blank("en").make_doc("“" * 10_000)
    matches, warnings = find_quotes(doc)
    assert matches == [] and len(warnings) == MAX_WARNINGS + 1
    assert "10000 in all" in warnings[-1]


@pytest.mark.parametrize(("n", "expected"), [(0, 0), (3, 3), (MAX_WARNINGS, MAX_WARNINGS),
                                             (MAX_WARNINGS + 1, MAX_WARNINGS + 1), (500, MAX_WARNINGS + 1)])
def test_cap_warnings(n: int, expected: int) -> None:
    capped = cap_warnings([f"w{i}" for i in range(n)])
    assert len(capped) == expected
    if n > MAX_WARNINGS:
        assert capped[:MAX_WARNINGS] == [f"w{i}" for i in range(MAX_WARNINGS)]
        assert f"{n} in all" in capped[-1]


def test_unknown_scope_is_a_config_error() -> None:
    doc = Doc(Vocab(), words=["Hello", "."])
    with pytest.raises(ConfigError):
        find_quotes(doc, scope="everything")


# --- the learned component: shapes, candidates and scoring on hand-built Docs ---------------------
def _opine_doc():
    # "Cooper opined that Russia wants war ." ("opine" is in no hand-written lexicon)
    return _doc(["Cooper", "opined", "that", "Russia", "wants", "war", "."],
                heads=[1, 1, 4, 4, 1, 4, 1],
                deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct"],
                pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                lemmas=["Cooper", "opine", "that", "Russia", "want", "war", "."])


def test_shape_of_on_hand_built_doc() -> None:
    doc = _opine_doc()
    assert shape_of(doc[1], doc[3:6]) == "ccomp"
    assert shape_of(doc[1], doc[5:6]) == "other"          # "war" hangs from "wants", not the cue
    assert shape_of(doc[4], doc[5:6]) == "dobj"
    assert cue_key(doc[1]) == "opine|VERB"


def test_learned_cue_shape_proposes_and_scorer_keeps() -> None:
    doc = _opine_doc()
    keep_all = QuoteModel({"opine|VERB": frozenset({"ccomp"})}, {}, bias=2.0, threshold=0.5)
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="learned", model=keep_all)[0]]
    assert ("opine", "Russia wants war", "Cooper") in rows
    # the rules alone do not know the cue
    assert all(m.cue != "opine" for m in find_quotes(doc, scope="attribution")[0])


def test_learned_scorer_drops_by_weight() -> None:
    doc = _opine_doc()
    cues = {"opine|VERB": frozenset({"ccomp"})}
    drop = QuoteModel(cues, {"lem=opine": -6.0}, bias=2.0, threshold=0.5)
    assert all(m.cue != "opine" for m in find_quotes(doc, scope="learned", model=drop)[0])
    [opine] = [m for m in find_quotes(doc, scope="learned", model=QuoteModel(cues, {}, 2.0, 0.5))[0]
               if m.cue == "opine"]
    feats = candidate_features(doc, opine, "learned", [])
    assert {"lem=opine", "shape=ccomp", "origin=learned", "spk=PROPN", "cue_before"} <= set(feats)


def test_relation_features_place_a_candidate_among_the_others() -> None:
    def match(start: int, end: int, cue: tuple[int, int] | None, kind: str = "indirect") -> QuoteMatch:
        return QuoteMatch(kind, start, end, "say", cue, None, None, 0, 100)

    # "X said (10-60) he wants (20-25) a deal (26-60)": the outer content holds the inner cue
    outer = match(10, 60, (5, 9))
    outer_short = match(10, 30, (5, 9))
    inner = match(26, 60, (20, 25))
    quoted = match(70, 95, None, kind="direct")
    in_quote = match(85, 95, (75, 80))
    outside = match(110, 120, (100, 104))
    rows = relation_features([(outer, "rule"), (outer_short, "learned"), (inner, "learned"),
                              (quoted, "rule"), (in_quote, "learned"), (outside, "learned")])
    assert {"holds_cue", "n_same=1", "len_rank=0"} <= set(rows[0])
    assert "cue_in_other" not in rows[0]
    assert {"holds_cue", "n_same=1", "len_rank=1"} <= set(rows[1])
    assert {"cue_in_other", "cue_in_rule", "n_same=0"} <= set(rows[2])
    assert "cue_in_direct" not in rows[2] and "holds_cue" not in rows[2]
    assert rows[3] == []                      # no cue, nothing to place
    # a cue inside a quotation without a cue of its own is not inside another cue's content
    assert "cue_in_other" not in rows[4]
    assert rows[5] == ["n_same=0"]
    # a quotation with a cue does hold it
    rows = relation_features([(replace(quoted, cue_span=(60, 64)), "rule"), (in_quote, "learned")])
    assert {"cue_in_other", "cue_in_rule", "cue_in_direct"} <= set(rows[1])
    assert "holds_cue" in rows[0]


def test_so_called_is_no_learned_cue() -> None:
    words = ["The", "so", "-", "called", "plan", "failed", ";", "critics", "called", "it", "weak", "."]
    heads = [4, 3, 3, 4, 5, 5, 5, 8, 5, 8, 8, 5]
    deps = ["det", "advmod", "punct", "amod", "nsubj", "ROOT", "punct", "nsubj", "conj", "dobj",
            "oprd", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    for t in doc:
        t.lemma_ = "call" if t.text == "called" else t.text.lower()
        t.pos_ = "VERB" if t.text == "called" else "NOUN"
    model = QuoteModel({"call|VERB": frozenset({"inv:amod", "dobj"})}, {}, 0.0, 0.5)
    cues = {m.cue_span[0] for m, _ in learned_candidates(doc, model, [])}
    assert cues == {doc[8].idx}
    assert quotes_module._so_called(doc[3]) and not quotes_module._so_called(doc[8])


def test_model_json_round_trip() -> None:
    model = QuoteModel({"say|VERB": frozenset({"ccomp", "inv:parataxis"})},
                       {"lem=say": 1.5, "neg": -0.25}, bias=-0.5, threshold=0.45)
    again = model_from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    assert 0.0 < again.probability(["lem=say"]) < 1.0
    assert again.probability(["lem=say"]) > again.probability(["neg"])


def test_model_file_with_wrong_shape(tmp_path) -> None:
    bad = tmp_path / "quote_model.json"
    bad.write_text('{"cues": 3}')
    with pytest.raises(KnowledgeBaseError):
        load_quote_model(str(bad))


def test_bundled_model_holds_statistics_only() -> None:
    model = load_quote_model()
    assert model is not None and "say|VERB" in model.cues
    assert 0.0 < model.threshold < 1.0
    # keys are lemma|POS cue names and feature names, never sentences of the training corpus
    assert all(k.count("|") == 1 and " " not in k for k in model.cues)
    assert all(len(f) < 80 for f in model.weights)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("“We will not negotiate,” the minister said.", ("We will not negotiate", "the minister")),
    ("Italian prime minister Giorgia Meloni said that it was time for talks with Russia.",
     ("it was time for talks with Russia", "Italian prime minister Giorgia Meloni")),
])
def test_learned_scope_end_to_end(spacy_nlp, text: str, expected) -> None:
    doc = spacy_nlp(text)
    rows = [(doc.text[m.start:m.end], m.speaker_span and doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="learned")[0]]
    assert expected in rows


@pytest.mark.model
@pytest.mark.parametrize("text", NEGATIVES)
def test_learned_scope_negatives(spacy_nlp, text: str) -> None:
    doc = spacy_nlp(text)
    assert find_quotes(doc, scope="learned")[0] == []


# --- training: a tiny synthetic brat folder ---------------------------------------------------------
def _train_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "train_quotes.py"
    spec = importlib.util.spec_from_file_location("train_quotes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _brat_folder(root):
    """Six texts with two annotated attributions each (made up here, no corpus text)."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    people = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies"]
    for n, name in enumerate(people):
        text = (f"{name} said that taxes would rise. The weather was cold in May. "
                f"Her aide opined that the plan had failed.")
        cue1, con1 = text.index("said"), text.index("taxes")
        cue2, con2 = text.index("opined"), text.index("the plan")
        ann = (f"T1\tSource 0 {len(name)}\t{name}\nT2\tCue {cue1} {cue1 + 4}\tsaid\n"
               f"T3\tContent {con1} {con1 + 16}\ttaxes would rise\n"
               f"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
               f"T4\tCue {cue2} {cue2 + 6}\topined\nT5\tContent {con2} {con2 + 19}\tthe plan had failed\n"
               f"E2\tAttribution:T4 Content:T5 Cue:T4\n")
        (root / "text" / f"doc{n}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"doc{n}_aaaa.ann").write_text(ann, encoding="utf-8")
    return root


@pytest.mark.model
def test_training_script_on_synthetic_folder(spacy_nlp, tmp_path) -> None:
    script = _train_script()
    folder = _brat_folder(tmp_path / "train")
    out1, out2 = tmp_path / "m1.json", tmp_path / "m2.json"
    report = script.train_folder(folder, out1, nlp=spacy_nlp)
    script.train_folder(folder, out2, nlp=spacy_nlp)
    assert out1.read_bytes() == out2.read_bytes()          # reproducible
    assert report["documents"] == 6 and report["positives"] >= 6
    model = load_quote_model(str(out1))
    assert "ccomp" in model.cues["say|VERB"]
    assert "opine|VERB" in model.cues                      # learned, in no hand-written list
    assert "taxes" not in out1.read_text()                 # statistics only, no corpus text
    doc = spacy_nlp("Her aide opined that the plan had failed.")
    rows = [doc.text[m.start:m.end] for m in find_quotes(doc, scope="learned", model=model)[0]]
    assert rows == ["the plan had failed"]


@pytest.mark.model
def test_selection_ceiling_scores_a_perfect_choice_among_the_candidates(spacy_nlp, tmp_path) -> None:
    from faultline.eval_polnear import Attribution, iter_polnear
    from faultline.extract.quote_learn import selection_ceiling

    folder = _brat_folder(tmp_path / "train")
    script = _train_script()
    script.train_folder(folder, tmp_path / "m.json", nlp=spacy_nlp)
    model = load_quote_model(str(tmp_path / "m.json"))
    items = list(iter_polnear(folder))
    docs = script.parse([text for _, text, _ in items], spacy_nlp)
    golds = [gold for _, _, gold in items]
    # a third attribution no candidate reaches ("The weather was cold in May", cue "was")
    text = items[0][1]
    cue, con = text.index("was cold"), text.index("The weather")
    golds[0] = [*golds[0], Attribution([], [(cue, cue + 3)], [(con, con + 27)])]
    out = selection_ceiling(docs, golds, model)
    perfect = out["perfect_choice"]
    assert perfect["gold"] == 13 and perfect["predicted"] == 12
    assert perfect["content_f1"] == round(24 / 25, 4)
    assert perfect["content_speaker_f1"] == round(12 / 25, 4)   # the 'opined' ones have no source
    assert out["model"]["content_f1"] <= perfect["content_f1"]
    assert out["agreeing_candidates"] == 12


def test_training_script_without_folder(tmp_path, capsys) -> None:
    script = _train_script()
    assert script.main([str(tmp_path / "absent")]) == 2
    assert "nothing to train" in capsys.readouterr().err


def test_fit_logistic_learns_the_sign() -> None:
    import numpy as np

    from faultline.extract.quote_learn import fit_logistic

    rows = [[0], [0], [0], [1], [1], [1], [0, 2], [1, 2]]
    y = np.array([1, 1, 1, 0, 0, 0, 1, 0], dtype=float)
    w, b = fit_logistic(rows, y, 3, l2=0.1)
    assert w[0] > 0 > w[1]


# --- one statement, one match; context features; speakers of participial cues -------------------
def _m(kind: str, start: int, end: int, cue: tuple[int, int] | None) -> QuoteMatch:
    return QuoteMatch(kind, start, end, "say", cue, None, None, 0, 100)


def test_suppress_overlaps_keeps_the_most_probable_of_nested_contents() -> None:
    outer = _m("indirect", 10, 60, (3, 7))      # "X said [he wants a wall on the border]"
    inner = _m("indirect", 30, 60, (20, 25))    # "he wants [a wall on the border]"
    other = _m("indirect", 70, 90, (62, 66))    # a separate statement
    assert suppress_overlaps([(inner, 0.6), (outer, 0.9), (other, 0.5)]) == [outer, other]
    # the inner one wins when it is the more probable; disjoint contents all stay
    assert suppress_overlaps([(inner, 0.9), (outer, 0.6)]) == [inner]
    assert suppress_overlaps([(outer, 0.9), (other, 0.8)]) == [outer, other]


def test_suppress_overlaps_keeps_split_quotes_and_direct_quotes() -> None:
    part1 = _m("direct", 1, 20, (25, 29))
    part2 = _m("direct", 32, 50, (25, 29))
    nested = _m("indirect", 5, 18, (10, 14))    # a cue inside the quotation
    kept = suppress_overlaps([(part1, 0.9), (part2, 0.9), (nested, 0.95)])
    assert part1 in kept and part2 in kept      # direct quotations are never dropped
    assert nested in kept                       # (it is the most probable, kept first)
    assert suppress_overlaps([(part1, 0.9), (nested, 0.5)]) == [part1]


def _nested_doc():
    # "Cooper said Russia wants war ." : "wants" is a cue nested in the content of "said"
    return _doc(["Cooper", "said", "Russia", "wants", "war", "."],
                heads=[1, 1, 3, 1, 3, 1],
                deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                pos=["PROPN", "VERB", "PROPN", "VERB", "NOUN", "PUNCT"],
                lemmas=["Cooper", "say", "Russia", "want", "war", "."])


def test_context_features_mark_a_nested_cue() -> None:
    doc = _nested_doc()
    inner = context_features(doc[3], doc[4:6], doc[2], "indirect")
    outer = context_features(doc[1], doc[2:5], doc[0], "indirect")
    assert "nested" in inner and "nested_lem=want" in inner and "c_to_end" in inner
    assert "nested" not in outer and "lem_dep=say|ROOT" in outer and "gap=0" in outer
    assert not any(f.startswith("spk_lem=") for f in outer)   # a name is not a speaker word


def test_participle_of_a_noun_takes_the_noun_as_speaker() -> None:
    # "a statement saying talks failed ." : the statement says it
    doc = _doc(["A", "statement", "saying", "talks", "failed", "."],
               heads=[1, 1, 1, 4, 2, 1],
               deps=["det", "ROOT", "acl", "nsubj", "ccomp", "punct"],
               pos=["DET", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
               lemmas=["a", "statement", "say", "talk", "fail", "."])
    doc[2].tag_ = "VBG"
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert doc.text[m.start:m.end] == "talks failed"
    assert doc.text[slice(*m.speaker_span)] == "A statement"


def test_relative_pronoun_stays_the_speaker() -> None:
    # "Smith , who said talks failed , left ." : PolNeAR's source is "who", not "Smith"
    doc = _doc(["Smith", ",", "who", "said", "talks", "failed", ",", "left", "."],
               heads=[7, 0, 3, 0, 5, 3, 0, 7, 7],
               deps=["nsubj", "punct", "nsubj", "relcl", "nsubj", "ccomp", "punct", "ROOT", "punct"],
               pos=["PROPN", "PUNCT", "PRON", "VERB", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"],
               lemmas=["Smith", ",", "who", "say", "talk", "fail", ",", "leave", "."])
    doc[3].tag_ = "VBD"
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert doc.text[slice(*m.speaker_span)] == "who"


def test_learned_scope_reports_a_nested_statement_once() -> None:
    doc = _nested_doc()
    cues = {"say|VERB": frozenset({"ccomp"}), "want|VERB": frozenset({"dobj"})}
    model = QuoteModel(cues, {"nested": -1.0}, bias=2.0, threshold=0.5)
    rows = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc, scope="learned", model=model)[0]]
    assert rows == [("say", "Russia wants war")]
    # without the overlap rule both would be reported: the nested one is a candidate
    assert ("want", "war") in [(m.cue, doc.text[m.start:m.end]) for m, _ in learned_candidates(
        doc, model, [], [])]


def _critical_doc():
    # "Ryan is critical of the plan ." : the content hangs two steps under the copula
    return _doc(["Ryan", "is", "critical", "of", "the", "plan", "."],
                heads=[1, 1, 1, 2, 5, 3, 1],
                deps=["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct"],
                pos=["PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
                lemmas=["Ryan", "be", "critical", "of", "the", "plan", "."])


def test_two_step_shape_through_a_complement() -> None:
    doc = _critical_doc()
    assert shape_of(doc[1], doc[4:6]) == "acomp>prep:of"
    model = QuoteModel({"be|AUX": frozenset({"acomp>prep:of"})}, {}, bias=2.0, threshold=0.5)
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="learned", model=model)[0]]
    assert rows == [("be", "the plan", "Ryan")]
    # a shape the cue did not learn proposes nothing
    other = QuoteModel({"be|AUX": frozenset({"attr>prep:of"})}, {}, bias=2.0, threshold=0.5)
    assert find_quotes(doc, scope="learned", model=other)[0] == []


def test_speech_scope_reports_the_outer_statement_once() -> None:
    # "Cooper said Putin believes peace is far ." : "believes" is nested in what Cooper said
    doc = _doc(["Cooper", "said", "Putin", "believes", "peace", "is", "far", "."],
               heads=[1, 1, 3, 1, 5, 3, 5, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp", "nsubj", "ccomp", "acomp", "punct"],
               pos=["PROPN", "VERB", "PROPN", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"],
               lemmas=["Cooper", "say", "Putin", "believe", "peace", "be", "far", "."])
    rows = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]]
    assert rows == [("say", "Putin believes peace is far")]
    # a belief not nested in another statement is reported
    alone = _doc(["Putin", "believes", "peace", "is", "far", "."], heads=[1, 1, 3, 1, 3, 1],
                 deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
                 pos=["PROPN", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"],
                 lemmas=["Putin", "believe", "peace", "be", "far", "."])
    assert [(m.cue, alone.text[m.start:m.end]) for m in find_quotes(alone)[0]] == [
        ("believe", "peace is far")]


def test_suppress_overlaps_can_keep_one_content_with_two_cues() -> None:
    a = _m("indirect", 0, 40, (45, 57))          # "…, according to X, …"
    b = _m("indirect", 0, 40, (60, 67))          # "… reports Y"
    assert suppress_overlaps([(a, 1.0), (b, 0.5)]) == [a]
    assert suppress_overlaps([(a, 1.0), (b, 0.5)], keep_same=True) == [a, b]


def test_speakerless_cue_takes_the_subject_of_the_clause_above() -> None:
    # "Sanders left , saying talks failed ." with "saying" parsed as an unclassified dependent
    doc = _doc(["Sanders", "left", ",", "saying", "talks", "failed", "."],
               heads=[1, 1, 1, 1, 5, 3, 1],
               deps=["nsubj", "ROOT", "punct", "dep", "nsubj", "ccomp", "punct"],
               pos=["PROPN", "VERB", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"],
               lemmas=["Sanders", "leave", ",", "say", "talk", "fail", "."])
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert doc.text[m.start:m.end] == "talks failed"
    assert doc.text[slice(*m.speaker_span)] == "Sanders"


def test_clause_subject_inside_the_content_is_not_the_speaker() -> None:
    # "Talks failed , officials saying ." : the only subject above the cue is inside the content
    doc = _doc(["Talks", "failed", ",", "officials", "saying", "."],
               heads=[1, 1, 1, 4, 1, 1],
               deps=["nsubj", "ROOT", "punct", "nsubj", "dep", "punct"],
               pos=["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
               lemmas=["talk", "fail", ",", "official", "say", "."])
    from faultline.extract.quotes import _with_clause_subject
    m = QuoteMatch("indirect", 0, 12, "say", (doc[4].idx, doc[4].idx + 6), None, None, 0, 30)
    assert _with_clause_subject(doc, m).speaker_span is None
    named = QuoteMatch("indirect", 0, 12, "say", m.cue_span, (14, 23), 3, 0, 30)
    assert _with_clause_subject(doc, named) is named


def test_a_finite_relative_clause_takes_no_speaker_from_the_clause_above() -> None:
    from spacy.lang.en import English

    from faultline.extract.quotes import _with_clause_subject

    # "Seoul protested books which describe Dokdo as Japanese ." : the books describe, not Seoul
    # (the relative pronoun, as PolNeAR marks it; attribution resolves it to the books)
    words = ["Seoul", "protested", "books", "which", "describe", "Dokdo", "as", "Japanese", "."]
    heads = [1, 1, 1, 4, 2, 4, 4, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "NNS", "WDT", "VBP", "NNP", "IN", "JJ", "."]
    vocab = English().vocab

    def clause_subject(words, heads, deps, tags, cue):
        pos = [{"NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN", "WDT": "PRON", "IN": "ADP", "JJ": "ADJ",
                ".": "PUNCT", "DT": "DET", "TO": "PART"}.get(t, "VERB") for t in tags]
        doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
                  sent_starts=[True] + [False] * (len(words) - 1))
        m = QuoteMatch("indirect", doc[cue + 1].idx, len(doc.text) - 2, "describe",
                       (doc[cue].idx, doc[cue].idx + len(doc[cue])), None, None, 0, len(doc.text))
        span = _with_clause_subject(doc, m).speaker_span
        return doc.text[slice(*span)] if span else None

    assert clause_subject(words, heads, deps, tags, 4) == "which"    # PolNeAR's source; names the books
    # an infinitive the parser hung on a noun is the clause's own: "Ames held a briefing to boast X ."
    words = ["Ames", "held", "a", "briefing", "to", "boast", "gains", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "relcl", "dobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "TO", "VB", "NNS", "."]
    assert clause_subject(words, heads, deps, tags, 5) == "Ames"


def _cue_match(doc, content, cue, speaker) -> QuoteMatch:
    """A match on a hand-built doc: content (first, last) token, cue token, speaker token."""
    a, b = doc[content[0]].idx, doc[content[1]].idx + len(doc[content[1]])
    c = doc[cue]
    return QuoteMatch("indirect", a, b, c.lemma_, (c.idx, c.idx + len(c)),
                      (doc[speaker].idx, doc[speaker].idx + len(doc[speaker])), speaker, 0,
                      len(doc.text))


def test_speaker_inside_the_content_yields_to_the_cue_s_other_subject() -> None:
    from faultline.extract.quotes import resolve_speaker
    # "Talks failed , Cole said ." misparsed: "Talks" is a second subject of "said"
    doc = _doc(["Talks", "failed", ",", "Cole", "said", "."], heads=[4, 4, 4, 4, 4, 4],
               deps=["nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"],
               pos=["NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
               lemmas=["talk", "fail", ",", "Cole", "say", "."])
    m = _cue_match(doc, (0, 1), 4, 0)
    fixed = resolve_speaker(doc, m)
    assert doc.text[slice(*fixed.speaker_span)] == "Cole" and fixed.speaker_head == 3
    # no other subject: the speaker stays
    lone = _doc(["Talks", "failed", ",", "Cole", "said", "."], heads=[4, 4, 4, 4, 4, 4],
                deps=["nsubj", "ccomp", "punct", "npadvmod", "ROOT", "punct"],
                pos=["NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
                lemmas=["talk", "fail", ",", "Cole", "say", "."])
    m = _cue_match(lone, (0, 1), 4, 0)
    assert resolve_speaker(lone, m) is m
    # a speaker outside the content is never touched
    m = _cue_match(doc, (0, 1), 4, 3)
    assert resolve_speaker(doc, m) is m


def _statement_saying(conjunct: bool):
    """ "Aides released a statement saying talks failed ." ("Aides left and issued …" with
    ``conjunct``), with "statement" as the speaker the cue's phrase gave it."""
    lead = [("Aides", 1, "nsubj", "NOUN", "aide")] + (
        [("left", 1, "ROOT", "VERB", "leave"), ("and", 1, "cc", "CCONJ", "and"),
         ("issued", 1, "conj", "VERB", "issue")] if conjunct else [("released", 1, "ROOT", "VERB", "release")])
    v = len(lead) - 1
    rows = lead + [("a", v + 2, "det", "DET", "a"), ("statement", v, "dobj", "NOUN", "statement"),
                   ("saying", v + 2, "acl", "VERB", "say"), ("talks", v + 5, "nsubj", "NOUN", "talk"),
                   ("failed", v + 3, "ccomp", "VERB", "fail"), (".", 1, "punct", "PUNCT", ".")]
    doc = _doc([r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    return doc, _cue_match(doc, (v + 4, v + 5), v + 3, v + 2)


def test_document_noun_carrying_a_cue_yields_to_who_issued_it() -> None:
    from faultline.extract.quotes import resolve_speaker
    doc, m = _statement_saying(conjunct=False)
    fixed = resolve_speaker(doc, m)
    assert doc.text[slice(*fixed.speaker_span)] == "Aides"
    # the noun as the subject ("A statement saying talks failed circulated"): it stays
    words = ["A", "statement", "saying", "talks", "failed", "circulated", "."]
    doc = _doc(words, heads=[1, 5, 1, 4, 2, 5, 5],
               deps=["det", "nsubj", "acl", "nsubj", "ccomp", "ROOT", "punct"],
               pos=["DET", "NOUN", "VERB", "NOUN", "VERB", "VERB", "PUNCT"],
               lemmas=["a", "statement", "say", "talk", "fail", "circulate", "."])
    m = _cue_match(doc, (3, 4), 2, 1)
    assert resolve_speaker(doc, m) is m
    # a named object ("met Trump insisting …") stays the speaker
    words = ["Aides", "met", "Trump", "insisting", "talks", "failed", "."]
    doc = _doc(words, heads=[1, 1, 1, 2, 5, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "acl", "nsubj", "ccomp", "punct"],
               pos=["NOUN", "VERB", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
               lemmas=["aide", "meet", "Trump", "insist", "talk", "fail", "."])
    m = _cue_match(doc, (4, 5), 3, 2)
    assert resolve_speaker(doc, m) is m


def test_according_to_names_its_object_as_the_speaker() -> None:
    from faultline.extract.quotes import resolve_speaker
    # "Talks failed , according to aides ." with the clause's subject taken as the speaker
    words = ["Talks", "failed", ",", "according", "to", "aides", "."]
    doc = _doc(words, heads=[1, 1, 1, 1, 3, 4, 1],
               deps=["nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct"],
               pos=["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"],
               lemmas=["talk", "fail", ",", "accord", "to", "aide", "."])
    m = _cue_match(doc, (1, 1), 3, 0)
    fixed = resolve_speaker(doc, m)
    assert doc.text[slice(*fixed.speaker_span)] == "aides" and fixed.speaker_head == 5
    # another cue keeps its subject
    m = _cue_match(doc, (1, 1), 1, 0)
    assert resolve_speaker(doc, m) is m


def test_speakerless_match_takes_the_previous_sentence_speaker() -> None:
    from faultline.extract.quotes import finish_speakers
    words = ["Cole", "said", "talks", "failed", ".", "Talks", "stalled", ".", "Rain", "fell", ".",
             "Fog", "rose", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[True, False, False, False, False, True, False,
                                                 False, True, False, False, True, False, False])
    said = QuoteMatch("indirect", doc[2].idx, doc[3].idx + 6, "say", (5, 9), (0, 4), 0, 0, 0)
    follow = QuoteMatch("direct", doc[5].idx, doc[6].idx + 7, None, None, None, None,
                        doc[5].idx, doc[7].idx + 1)
    far = QuoteMatch("direct", doc[11].idx, doc[12].idx + 4, None, None, None, None,
                     doc[11].idx, doc[13].idx + 1)
    out = finish_speakers(doc, [far, follow, said])
    assert out[1].speaker_span == (0, 4) and out[1].speaker_head == 0
    assert out[0].speaker_span is None          # two sentences on: no speaker carried over
    assert out[2] is said


def test_relative_pronoun_speaker_resolves_to_its_antecedent() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "Lopez , who said the bill failed , left ."
    words = ["Lopez", ",", "who", "said", "the", "bill", "failed", ",", "left", "."]
    heads = [8, 0, 3, 0, 5, 6, 3, 0, 8, 8]
    deps = ["nsubj", "punct", "nsubj", "relcl", "det", "nsubj", "ccomp", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, pos, [w.lower() for w in words])
    lopez = Actor(id="person:maria-lopez", name="Maria Lopez", type="person")
    index = ActorIndex(actors={lopez.id: lopez},
                       mentions=[ActorMention(0, 5, "Lopez", lopez.id, 0, 1, "surname")])
    who = doc[2]
    assert speaker_of(index, doc, (who.idx, who.idx + 3), who.i) == "person:maria-lopez"
    # without the relative clause, "who" names nobody
    assert speaker_of(ActorIndex(), doc, (who.idx, who.idx + 3), who.i) is None


def test_a_possessive_pronoun_in_a_speaker_phrase_is_someone_elses() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "Her Latvian counterpart said no ." with "Her" resolved to the minister of the sentence before
    words = ["Her", "Latvian", "counterpart", "said", "no", "."]
    doc = _doc(words, [2, 2, 3, 3, 3, 3], ["poss", "amod", "nsubj", "ROOT", "dobj", "punct"],
               ["PRON", "ADJ", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    minister = Actor(id="person:dovile-sakaliene", name="Dovilė Šakalienė", type="person")
    latvia = Actor(id="LVA", name="Latvia", type="state")
    index = ActorIndex(actors={minister.id: minister, latvia.id: latvia},
                       mentions=[ActorMention(0, 3, "Her", minister.id, 0, 1, "coref"),
                                 ActorMention(4, 11, "Latvian", latvia.id, 1, 2, "adjective")])
    assert speaker_of(index, doc, (0, 23), 2) == "LVA"


def test_an_office_or_ministry_owned_by_its_speaks_for_the_body() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "Its president said no ." / "Its ministry said no ." with "Its" resolved to the body or state
    # of the sentence before: the office holder or the ministry speaks for it
    council = Actor(id="org:river-council", name="River Council", type="organization")
    for head in ("president", "chairman", "ministry"):
        words = ["Its", head, "said", "no", "."]
        doc = _doc(words, [1, 2, 2, 2, 2], ["poss", "nsubj", "ROOT", "dobj", "punct"],
                   ["PRON", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
        index = ActorIndex(actors={council.id: council},
                           mentions=[ActorMention(0, 3, "Its", council.id, 0, 1, "coref")])
        assert speaker_of(index, doc, (0, 4 + len(head)), 1) == council.id, head
    # a plain noun owned by "its" is no office: "Its river said no ." names no one
    words = ["Its", "river", "said", "no", "."]
    doc = _doc(words, [1, 2, 2, 2, 2], ["poss", "nsubj", "ROOT", "dobj", "punct"],
               ["PRON", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    index = ActorIndex(actors={council.id: council}, mentions=[ActorMention(0, 3, "Its", council.id, 0, 1, "coref")])
    assert speaker_of(index, doc, (0, 9), 1) is None
    # a person named in apposition is the speaker: "Its president , Ana Ruiz , said no ."
    words = ["Its", "president", ",", "Ana", "Ruiz", ",", "said", "no", "."]
    doc = _doc(words, [1, 6, 1, 4, 1, 1, 6, 6, 6],
               ["poss", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
               ["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"],
               [w.lower() for w in words])
    ruiz = Actor(id="person:ana-ruiz", name="Ana Ruiz", type="person")
    index = ActorIndex(actors={council.id: council, ruiz.id: ruiz},
                       mentions=[ActorMention(0, 3, "Its", council.id, 0, 1, "coref"),
                                 ActorMention(16, 24, "Ana Ruiz", ruiz.id, 3, 5, "name")])
    assert speaker_of(index, doc, (0, 24), 1) == ruiz.id


def test_his_office_speaks_for_him() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "His office said no ." with "His" resolved to the prime minister of the sentence before
    words = ["His", "office", "said", "no", "."]
    doc = _doc(words, [1, 2, 2, 2, 2], ["poss", "nsubj", "ROOT", "dobj", "punct"],
               ["PRON", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    premier = Actor(id="person:anna-berger", name="Anna Berger", type="person")
    index = ActorIndex(actors={premier.id: premier}, mentions=[ActorMention(0, 3, "His", premier.id, 0, 1, "coref")])
    assert speaker_of(index, doc, (0, 10), 1) == premier.id


def test_cue_head_of_a_copula_is_its_predicate() -> None:
    from faultline.extract.quote_learn import cue_head

    # "Lee has been critical of Kim ."
    words = ["Lee", "has", "been", "critical", "of", "Kim", "."]
    heads = [2, 2, 2, 2, 3, 4, 2]
    deps = ["nsubj", "aux", "ROOT", "acomp", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "AUX", "ADJ", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Lee", "have", "be", "critical", "of", "Kim", "."]
    doc = _doc(words, heads, deps, pos, lemmas)
    cue = (doc[1].idx, doc[4].idx + 2)                      # "has been critical of"
    assert cue_head(doc, [cue]).text == "critical"
    assert cue_head(doc, [(doc[1].idx, doc[2].idx + 4)]).text == "been"   # no predicate in the span
    # a verb cue is unchanged: "said" in "Lee said"
    said = _doc(["Lee", "said", "so"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
                ["PROPN", "VERB", "ADV"], ["Lee", "say", "so"])
    assert cue_head(said, [(4, 8)]).text == "said"


def _said_that(words, subjects, pos, ents=()):
    """A hand-built "… said that taxes rose ." whose tokens before "said" are ``subjects`` (index ->
    dep, hanging from "said"), the rest of the lead attached to "said" as punct."""
    n = len(words)
    said = words.index("said")
    heads = [said] * n
    deps = ["punct"] * n
    for i, dep in subjects.items():
        deps[i] = dep
    deps[said] = "ROOT"
    heads[said + 1], deps[said + 1] = said + 3, "mark"
    heads[said + 2], deps[said + 2] = said + 3, "nsubj"
    deps[said + 3] = "ccomp"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() if w != "said" else "say" for w in words],
              sent_starts=[True] + [False] * (n - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _speakers(doc, cue="say"):
    return [doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0]
            if m.cue == cue and m.speaker_span is not None]


def test_of_several_subjects_the_nearest_one_that_can_speak() -> None:
    # "The Latest: Trump said …" parsed with two subjects: the nearer one speaks
    words = ["Latest", ":", "Trump", "said", "that", "taxes", "rose", "."]
    pos = ["ADJ", "PUNCT", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    assert _speakers(_said_that(words, {0: "nsubj", 2: "nsubj"}, pos)) == ["Trump"]
    # "made public ― Trump said …": a dash read as a noun subject never speaks
    words = ["Trump", "―", "said", "that", "taxes", "rose", "."]
    pos = ["PROPN", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    assert _speakers(_said_that(words, {0: "nsubj", 1: "nsubj"}, pos)) == ["Trump"]


def test_a_date_never_speaks_and_the_name_before_the_cue_does() -> None:
    # "In March Trump said …" with the name hung in the prepositional phrase and only the date
    # left as a bare noun: the name right before the cue speaks
    words = ["In", "March", "Trump", "said", "that", "taxes", "rose", "."]
    pos = ["ADP", "PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"]
    doc = _said_that(words, {0: "prep", 1: "npadvmod"}, pos, ents=[(1, 2, "DATE")])
    doc[2].head, doc[2].dep_ = doc[0], "pobj"
    assert _speakers(doc) == ["Trump"]


def test_a_speaker_inside_another_quotation_yields_to_the_clause_subject() -> None:
    # "Sanders said, suggesting: “Do you think taxes rose?”" parsed with "suggesting" under
    # "think", whose subject "you" is inside the quotation
    words = ["Sanders", "said", ",", "suggesting", ":", "“", "Do", "you", "think", "taxes", "rose",
             "?", "”"]
    heads = [1, 1, 1, 8, 8, 8, 8, 8, 1, 10, 8, 8, 8]
    deps = ["nsubj", "ROOT", "punct", "advcl", "punct", "punct", "aux", "nsubj", "ccomp", "nsubj",
            "ccomp", "punct", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "VERB", "PUNCT", "PUNCT", "AUX", "PRON", "VERB", "NOUN",
           "VERB", "PUNCT", "PUNCT"]
    doc = _doc(words, heads, deps, pos, [w.lower() for w in words],
               spaces=[False, False, True, False, True, False, True, True, True, True, False, False,
                       False])
    quotes, _ = pair_quotes(doc.text)
    cue = doc[3]
    content = doc[6:11]
    m = QuoteMatch("direct", content.start_char, content.end_char, "suggest",
                   (cue.idx, cue.idx + len(cue)), (doc[7].idx, doc[7].idx + 3), 7, 0, len(doc.text))
    fixed = resolve_speaker(doc, m, quotes)
    assert doc.text[slice(*fixed.speaker_span)] == "Sanders" and fixed.speaker_head == 0
    # without the quotation marks the same subject stands
    assert resolve_speaker(doc, m, []).speaker_head == 7


def test_inverted_said_read_as_part_of_a_name() -> None:
    # "Said Ellis: “Taxes rose.”" with "Said" parsed as a compound of "Ellis"
    words = ["Said", "Ellis", ":", "“", "Taxes", "rose", ".", "”"]
    doc = _doc(words, heads=[1, 1, 1, 5, 5, 1, 1, 1],
               deps=["compound", "ROOT", "punct", "punct", "nsubj", "acl", "punct", "punct"],
               pos=["VERB", "PROPN", "PUNCT", "PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT"],
               lemmas=["say", "Ellis", ":", "“", "taxes", "rise", ".", "”"],
               spaces=[True, False, True, False, True, False, False, False])
    rows = [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc)[0] if m.speaker_span is not None]
    assert ("direct", "Taxes rose", "Ellis") in rows


def test_the_name_before_a_parenthesis_speaks() -> None:
    # "Saturday Sen. Warren (D) said …" with the date parsed as the subject: the date never
    # speaks, the name before the party label does
    words = ["Saturday", "Sen.", "Warren", "(", "D", ")", "said", "that", "taxes", "rose", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB",
           "PUNCT"]
    doc = _said_that(words, {0: "nsubj", 1: "compound", 2: "appos", 4: "appos"}, pos,
                     ents=[(0, 1, "DATE")])
    assert _speakers(doc) == ["Warren"]


def test_the_one_told_is_not_the_speaker() -> None:
    # "“Taxes rose,” Ramos, 58, told AFP ." with no subject arc: the one told follows the cue
    words = ["“", "Taxes", "rose", ",", "”", "Ramos", ",", "58", ",", "told", "AFP", "."]
    doc = _doc(words, heads=[9, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9],
               deps=["punct", "nsubj", "ccomp", "punct", "punct", "dep", "punct", "dep", "punct",
                     "ROOT", "dobj", "punct"],
               pos=["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT",
                    "VERB", "PROPN", "PUNCT"],
               lemmas=["“", "taxes", "rise", ",", "”", "Ramos", ",", "58", ",", "tell", "AFP", "."],
               spaces=[False, True, False, False, True, False, True, False, True, True, False,
                       False])
    rows = [(m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]
            if m.kind == "direct"]
    assert rows == [("tell", "Ramos")]


def test_a_means_object_does_not_act() -> None:
    # "Ramos used his speech to call for a ban": the speech is a means, Ramos calls
    words = ["Ramos", "used", "his", "speech", "to", "call", "for", "a", "ban", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 5, 8, 6, 1],
               deps=["nsubj", "ROOT", "poss", "dobj", "aux", "xcomp", "prep", "det", "pobj",
                     "punct"],
               pos=["PROPN", "VERB", "PRON", "NOUN", "PART", "VERB", "ADP", "DET", "NOUN",
                    "PUNCT"],
               lemmas=["Ramos", "use", "his", "speech", "to", "call", "for", "a", "ban", "."],
               sent_starts=[True] + [False] * 9)
    rows = [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope="attribution")[0] if m.cue == "call"]
    assert rows == [("a ban", "Ramos")]


def test_an_inverted_speaker_after_its_modifiers_and_a_name_before_a_date() -> None:
    # "“Taxes rose,” said former executive Carly Fiorina ." with the name left unattached
    words = ["“", "Taxes", "rose", ",", "”", "said", "former", "executive", "Carly", "Fiorina", "."]
    doc = _doc(words, heads=[5, 2, 5, 5, 5, 5, 7, 9, 9, 5, 5],
               deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "amod", "compound",
                     "compound", "dobj", "punct"],
               pos=["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB", "ADJ", "NOUN", "PROPN",
                    "PROPN", "PUNCT"],
               lemmas=["“", "taxes", "rise", ",", "”", "say", "former", "executive", "Carly",
                       "Fiorina", "."],
               spaces=[False, True, False, False, True, True, True, True, True, False, False])
    rows = [doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0] if m.kind == "direct"]
    assert rows == ["former executive Carly Fiorina"]
    # "Broaddrick Sunday said that …" with the name hung on the date
    words = ["Broaddrick", "Sunday", "said", "that", "taxes", "rose", "."]
    doc = _doc(words, heads=[1, 2, 2, 5, 5, 2, 2],
               deps=["compound", "npadvmod", "ROOT", "mark", "nsubj", "ccomp", "punct"],
               pos=["PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["Broaddrick", "Sunday", "say", "that", "taxes", "rise", "."])
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    rows = [doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert rows == ["Broaddrick"]


def test_a_colon_quote_after_an_object_is_its_subjects() -> None:
    # "Sanders delivered a retort: “Nobody left.”": the retort is what he said
    words = ["Sanders", "delivered", "a", "retort", ":", "“", "Nobody", "left", ".", "”"]
    doc = _doc(words, heads=[1, 1, 3, 1, 1, 7, 7, 1, 1, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct", "punct", "nsubj", "ccomp", "punct",
                     "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT",
                    "PUNCT"],
               lemmas=["Sanders", "deliver", "a", "retort", ":", "“", "nobody", "leave", ".", "”"],
               spaces=[True, True, True, False, True, False, True, False, False, False])
    rows = [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc)[0] if m.kind == "direct"]
    assert rows == [("Nobody left", "Sanders")]


def test_a_content_keeps_the_closing_mark_of_its_own_quotation() -> None:
    # "He added that the position was ‘unchanged’ ." with the closing mark hung from "added"
    def added(subject: str, opening: str, closing: str) -> list[str]:
        words = ["He", "added", "that", "the", subject, "was", opening, "unchanged", closing, "."]
        doc = _doc(words, heads=[1, 1, 5, 4, 5, 1, 7, 5, 1, 1],
                   deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct", "acomp",
                         "punct", "punct"],
                   pos=["PRON", "VERB", "SCONJ", "DET", "NOUN", "AUX", "PUNCT", "ADJ", "PUNCT",
                        "PUNCT"],
                   lemmas=["he", "add", "that", "the", subject.lower(), "be", opening, "unchanged",
                           closing, "."],
                   spaces=[True, True, True, True, True, True, False, False, False, False])
        return [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "add"]

    assert added("position", "‘", "’") == ["the position was ‘unchanged’"]
    # straight marks, with an apostrophe before them that opens nothing
    assert added("Kremlin's", "'", "'") == ["the Kremlin's was 'unchanged'"]
    # and the opening mark of a quotation that starts the content: "He said 'no deal' was possible"
    words = ["He", "said", "'", "no", "deal", "'", "was", "possible", "."]
    doc = _doc(words, heads=[1, 1, 4, 4, 6, 4, 1, 6, 1],
               deps=["nsubj", "ROOT", "punct", "det", "nsubj", "punct", "ccomp", "acomp", "punct"],
               pos=["PRON", "VERB", "PUNCT", "DET", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"],
               lemmas=["he", "say", "'", "no", "deal", "'", "be", "possible", "."],
               spaces=[True, True, False, True, False, True, True, False, False])
    rows = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.kind == "indirect"]
    assert rows == ["'no deal' was possible"]


@pytest.mark.parametrize(("verb", "lemma", "kept"), [("blamed", "blame", True), ("read", "read", False)])
def test_a_quoted_object_of_an_attitude_verb_is_a_partial_quote(verb, lemma, kept) -> None:
    # "Kurti blamed “armed gangs from abroad” for it ." (a quoted title stays out: "read “…”")
    words = ["Kurti", verb, "“", "armed", "gangs", "from", "abroad", "”", "for", "it", "."]
    spaces = [True, True, False, True, True, True, False, True, True, False, False]
    doc = _doc(words, heads=[1, 1, 4, 4, 1, 4, 5, 4, 1, 8, 1],
               deps=["nsubj", "ROOT", "punct", "amod", "dobj", "prep", "pobj", "punct", "prep", "pobj", "punct"],
               pos=["PROPN", "VERB", "PUNCT", "ADJ", "NOUN", "ADP", "ADV", "PUNCT", "ADP", "PRON", "PUNCT"],
               lemmas=["Kurti", lemma, "“", "armed", "gang", "from", "abroad", "”", "for", "it", "."], spaces=spaces)
    rows = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert rows == ([("partial", "armed gangs from abroad", lemma)] if kept else [])


def test_a_quoted_name_for_a_verbs_object() -> None:
    # "Lind called the position «a gift» ." with the fragment in apposition to the object
    words = ["Lind", "called", "the", "position", "«", "a", "gift", "»", "."]
    spaces = [True, True, True, True, False, True, False, False, False]
    doc = _doc(words, heads=[1, 1, 3, 1, 6, 6, 3, 6, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "punct", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"],
               lemmas=["Lind", "call", "the", "position", "«", "a", "gift", "»", "."], spaces=spaces)
    rows = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert rows == [("partial", "a gift", "call")]
    # "Lind called it «a gift» ." with the closing mark parsed as the object predicate
    words = ["Lind", "called", "it", "«", "a", "gift", "»", "."]
    doc = _doc(words, heads=[1, 1, 1, 1, 5, 6, 1, 1],
               deps=["nsubj", "ROOT", "dobj", "punct", "det", "compound", "oprd", "punct"],
               pos=["PROPN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"],
               lemmas=["Lind", "call", "it", "«", "a", "gift", "»", "."],
               spaces=[True, True, True, False, True, False, False, False])
    rows = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert rows == [("partial", "a gift", "call")]


def test_this_was_stated_names_the_speaker_of_its_own_paragraph_only() -> None:
    from faultline.extract.actors import ActorIndex
    from faultline.extract.attribution import merge_anaphoric
    from faultline.model import Quote
    text = "Sahel: the junta rejects the plan\n\nThe plan is unacceptable. This was stated by Maiga."
    head = Quote("q1", "indirect", "the junta rejects the plan", 7, 33)
    before = Quote("q2", "indirect", "The plan is unacceptable", 35, 59)
    this = Quote("q3", "indirect", "This", 61, 65, speaker="person:maiga")
    out = merge_anaphoric([head, before, this], ActorIndex(), text)
    assert [(q.id, q.speaker) for q in out] == [("q1", None), ("q2", "person:maiga")]
    # the quote takes the confirming speaker's words and cue too ("…, reports Radio Sahel. This
    # was stated by Maiga."), so that speaker and speaker text agree
    reported = replace(before, speaker_text="Radio Sahel", speaker_span=(70, 81), cue="report")
    stated = replace(this, speaker_text="Maiga", speaker_span=(81, 86), cue="state")
    (merged,) = merge_anaphoric([reported, stated], ActorIndex(), text)
    assert (merged.speaker, merged.speaker_text, merged.speaker_span, merged.cue) == \
        ("person:maiga", "Maiga", (81, 86), "state")
    # said before by another: "… , Traore said . This was also stated by Maiga .": both said it,
    # the nearest statement only
    from faultline.model import Actor
    people = ActorIndex(actors={i: Actor(i, i, "person") for i in ("person:traore", "person:maiga")})
    said = replace(before, speaker="person:traore", speaker_text="Traore")
    out = merge_anaphoric([replace(head, speaker="person:traore"), said, stated], people, text)
    assert [(q.speaker, q.voices) for q in out] == [
        ("person:traore", ("person:traore",)), ("person:traore", ("person:traore", "person:maiga"))]


@pytest.mark.model
def test_a_named_spokesman_speaks_for_himself_an_unnamed_one_for_his_principal() -> None:
    from faultline.api import analyze
    a = analyze("Chancellor Friedrich Merz backs the pact. His spokesman, Stefan Kornelius, said Berlin "
                "wanted a vote.")
    assert [q.speaker for q in a.quotes] == ["person:stefan-kornelius"]
    a = analyze("Chancellor Friedrich Merz backs the pact. His spokesman said Berlin wanted a vote.")
    assert [q.speaker for q in a.quotes] == ["person:friedrich-merz"]


@pytest.mark.model
def test_who_after_a_description_in_apposition_to_a_name_is_that_person() -> None:
    from faultline.api import analyze
    a = analyze("The count was checked by Chile's fisheries undersecretary, Julio Salas, who called the "
                "figures 'the only numbers we trust'.")
    assert [(q.speaker, q.text) for q in a.quotes] == [("person:julio-salas", "the only numbers we trust")]


@pytest.mark.model
def test_sourcing_formulas_and_unnamed_questioners(spacy_nlp) -> None:
    doc = spacy_nlp("Asked whether the aid would include missiles, Hegseth told reporters that no "
                    "decision had been made. Kirby, who declined to comment, left.")
    rows = _rows(doc, find_quotes(doc)[0])
    assert ("indirect", "no decision had been made", "Hegseth", "tell") in rows
    assert [r for r in rows if r[3] in ("ask", "decline")] == []


def test_an_opening_asked_is_the_reporters_question_whatever_its_tag() -> None:
    # "Asked whether talks resume , she said talks end ." with "Asked" tagged VBD
    words = ["Asked", "whether", "talks", "resume", ",", "she", "said", "talks", "end", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 3, 3, 0, 6, 6, 6, 8, 6, 6],
              deps=["advcl", "mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "nsubj", "ccomp",
                    "punct"],
              pos=["VERB", "SCONJ", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "NOUN", "VERB", "PUNCT"],
              tags=["VBD", "IN", "NNS", "VBP", ",", "PRP", "VBD", "NNS", "VBP", "."],
              lemmas=["ask", "whether", "talk", "resume", ",", "she", "say", "talk", "end", "."],
              sent_starts=[True] + [False] * 9)
    assert [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]] == [("say", "talks end")]


@pytest.mark.model
def test_who_speaks_for_the_person_its_clause_was_hung_past() -> None:
    from faultline.api import analyze
    a = analyze("John Kirby, a spokesman for the National Security Council, who said that the aid "
                "was ready, left early.")
    assert [(q.speaker, q.text) for q in a.quotes] == [("person:john-kirby", "the aid was ready")]


def test_it_after_a_bodys_statement_is_that_body() -> None:
    from faultline.extract.actors import ActorIndex
    from faultline.extract.attribution import _body_pronoun
    from faultline.model import Actor

    text = "The ministry said the duties were illegal. It urged Brussels to act.\n\nIt rained."
    ministry = Actor(id="org:trade-ministry", name="Trade ministry", type="organization")
    person = Actor(id="person:ana-ruiz", name="Ana Ruiz", type="person")
    index = ActorIndex(actors={ministry.id: ministry, person.id: person})
    said = QuoteMatch("indirect", 18, 41, "say", (13, 17), (0, 12), 1, 0, 42)
    urged = QuoteMatch("indirect", 52, 67, "urge", (46, 51), (43, 45), 9, 43, 68)
    assert _body_pronoun(index, text, urged, said, ministry.id) == ministry.id
    assert _body_pronoun(index, text, urged, said, person.id) is None       # "it" is no person
    later = QuoteMatch("indirect", 73, 79, "rain", None, (70, 72), 12, 70, 80)
    assert _body_pronoun(index, text, later, said, ministry.id) is None     # another paragraph



def test_they_going_on_in_the_next_paragraph_are_the_body_that_spoke() -> None:
    from faultline.extract.actors import ActorIndex
    from faultline.extract.attribution import _body_pronoun
    from faultline.model import Actor

    text = "The ministry said the duties were illegal.\n\nThey added that talks would go on."
    ministry = Actor(id="org:trade-ministry", name="Trade ministry", type="organization")
    index = ActorIndex(actors={ministry.id: ministry})
    said = QuoteMatch("indirect", 18, 41, "say", (13, 17), (0, 12), 1, 0, 42)
    c = text.index("talks")
    they = text.index("They")
    added = QuoteMatch("indirect", c, len(text) - 1, "add", (they + 5, they + 10), (they, they + 4), 11, 10, 18)
    assert _body_pronoun(index, text, added, said, ministry.id) == ministry.id
    urged = replace(added, cue="urge")
    assert _body_pronoun(index, text, urged, said, ministry.id) is None   # a new paragraph's act

def test_the_statement_speaks_for_whoever_issued_it() -> None:
    from faultline.extract.actors import ActorIndex
    from faultline.extract.attribution import _body_pronoun
    from faultline.model import Actor

    text = "Ana Ruiz said the duties were illegal. The statement urged Brussels to act."
    person = Actor(id="person:ana-ruiz", name="Ana Ruiz", type="person")
    index = ActorIndex(actors={person.id: person})
    said = QuoteMatch("indirect", 14, 37, "say", (9, 13), (0, 8), 1, 0, 38)
    urged = QuoteMatch("indirect", 58, 74, "urge", (53, 58), (39, 52), 9, 39, 75)
    assert _body_pronoun(index, text, urged, said, person.id) == person.id
    it = QuoteMatch("indirect", 58, 74, "urge", (53, 58), (39, 41), 9, 39, 75)
    assert _body_pronoun(index, text, it, said, person.id) is None      # "it" is no person


def test_quoted_fragments_inside_a_reported_clause_belong_to_its_verb() -> None:
    # "Lind admitted that there are “some doubts”, “but not many.”" with the stop and the last
    # closing mark hung from "admitted": one indirect statement holding both fragments
    words = ["Lind", "admitted", "that", "there", "are", "“", "some", "doubts", "”", ",", "“",
             "but", "not", "many", ".", "”"]
    doc = _doc(words, heads=[1, 1, 4, 4, 1, 7, 7, 4, 7, 4, 4, 4, 13, 4, 1, 1],
               deps=["nsubj", "ROOT", "mark", "expl", "ccomp", "punct", "det", "attr", "punct",
                     "punct", "punct", "cc", "neg", "conj", "punct", "punct"],
               pos=["PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT", "DET", "NOUN", "PUNCT",
                    "PUNCT", "PUNCT", "CCONJ", "PART", "ADJ", "PUNCT", "PUNCT"],
               lemmas=["Lind", "admit", "that", "there", "be", "“", "some", "doubt", "”", ",", "“",
                       "but", "not", "many", ".", "”"],
               spaces=[True, True, True, True, True, False, True, False, False, True, False, True,
                       True, False, False, False])
    rows = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert rows == [("indirect", "there are “some doubts”, “but not many.”", "admit")]


def test_a_second_verb_of_the_same_subject_is_no_trailing_reporting_clause() -> None:
    # "In a statement , the embassy said that talks failed and warned of war ."
    words = ["In", "a", "statement", ",", "the", "embassy", "said", "that", "talks", "failed",
             "and", "warned", "of", "war", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              heads=[6, 2, 0, 6, 5, 6, 6, 9, 9, 6, 6, 6, 11, 12, 6],
              deps=["prep", "det", "pobj", "punct", "det", "nsubj", "ROOT", "mark", "nsubj",
                    "ccomp", "cc", "conj", "prep", "pobj", "punct"],
              pos=["ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB",
                   "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"],
              lemmas=["in", "a", "statement", ",", "the", "embassy", "say", "that", "talk", "fail",
                      "and", "warn", "of", "war", "."],
              sent_starts=[True] + [False] * 14)
    rows = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc, scope="attribution")[0]]
    assert ("say", "talks failed") in rows and not any(t == "In a statement" for _, t in rows)


def test_an_age_speaks_and_a_date_does_not() -> None:
    from faultline.extract.quotes import _speaking_word
    # "62 - year - old Brenda said …": the tagger's DATE covers the age
    doc = _doc(["62", "-", "year", "-", "old", "Brenda", "said", "so", "on", "Monday", "."],
               [4, 4, 4, 4, 5, 6, 6, 6, 6, 8, 6],
               ["nummod", "punct", "npadvmod", "punct", "amod", "nsubj", "ROOT", "advmod", "prep",
                "pobj", "punct"],
               ["NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "PROPN", "VERB", "ADV", "ADP", "PROPN",
                "PUNCT"], ["62", "-", "year", "-", "old", "Brenda", "say", "so", "on", "Monday", "."])
    doc.ents = [Span(doc, 0, 5, label="DATE"), Span(doc, 9, 10, label="DATE")]
    assert _speaking_word(doc[4]) and not _speaking_word(doc[9]) and not _speaking_word(doc[1])


@pytest.mark.parametrize(("words", "spaces", "expected"), [
    # a wire dateline opening the paragraph is no part of what anyone said
    (["BRUSSELS", "(", "Wire", ")", "-", "Turkey", "blocked", "it"], [True, False, False, True, True, True, True, False],
     "Turkey blocked it"),
    # a trailing conjunction belongs to the next verb ("… were a provocation and warned …")
    (["plans", "were", "a", "provocation", "and"], [True, True, True, True, False], "plans were a provocation"),
    (["a", "ban", "on", "sales", "or"], [True, True, True, True, False], "a ban on sales"),
])
def test_content_bounds_leave_out_datelines_and_trailing_conjunctions(words, spaces, expected):
    doc = Doc(Vocab(), words=words, spaces=spaces)
    start, end = trim_content(doc, 0, len(doc))
    assert doc.text[start:end] == expected


def _said_and_suggested(suggested_tag: str) -> Doc:
    # "She said the country would leave and <suggested> that it would go ." with the parser's
    # misattachment: the second reporting verb hangs on the reported clause
    words = ["She", "said", "the", "country", "would", "leave", "and", "suggested", "that", "it", "would", "go", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 5, 11, 11, 11, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "cc", "conj", "mark", "nsubj", "aux", "ccomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "MD", "VB", "CC", suggested_tag, "IN", "PRP", "MD", "VB", "."]
    lemmas = ["she", "say", "the", "country", "would", "leave", "and", "suggest", "that", "it", "would", "go", "."]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_a_second_statement_hung_inside_the_reported_clause_ends_it():
    doc = _said_and_suggested("VBD")
    assert second_statement(doc[1], doc[5], load_lexicon()) == 6          # the content ends before "and"
    # in the content's tense it is the content's own ("… would leave and suggest …")
    doc = _said_and_suggested("VB")
    assert second_statement(doc[1], doc[5], load_lexicon()) is None


def test_a_second_statement_hung_inside_the_reported_clause_is_the_speaker_s():
    from faultline.extract.quotes import _speaker
    # "She said the country would leave and suggested that it would go .": she suggested it
    doc = _said_and_suggested("VBD")
    assert _speaker(doc[7]).text == "She"
    # in the content's tense it is the content's own verb: the country's
    doc = _said_and_suggested("VB")
    assert _speaker(doc[7]).text == "country"


def test_a_speaker_in_a_dateline_yields_to_its_apposition() -> None:
    # "Museum opens ⏎ WASHINGTON -- President Obama , visiting Paris , said talks failed ."
    # parsed with WASHINGTON as the subject and Obama its apposition (the headline line first)
    words = ["Museum", "opens", "\n", "WASHINGTON", "--", "President", "Obama", ",", "visiting",
             "Paris", ",", "said", "talks", "failed", "."]
    spaces = [True, False, False, *[True] * 12]
    heads = [1, 11, 1, 11, 3, 6, 3, 11, 11, 8, 11, 11, 13, 11, 11]
    pos = ["NOUN", "VERB", "SPACE", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN",
           "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["museum", "open", "\n", "Washington", "--", "President", "Obama", ",", "visit",
              "Paris", ",", "say", "talk", "fail", "."]

    def parsed(words, deps, pos=pos, lemmas=lemmas):
        return _doc(words, heads, deps, pos, lemmas, spaces)

    deps = ["nsubj", "dep", "dep", "nsubj", "punct", "compound", "appos", "punct", "advcl", "dobj",
            "punct", "ROOT", "nsubj", "ccomp", "punct"]
    doc = parsed(words, deps)
    fixed = resolve_speaker(doc, _cue_match(doc, (12, 13), 11, 3))
    assert doc.text[slice(*fixed.speaker_span)] == "President Obama" and fixed.speaker_head == 6
    # no apposition: the dateline speaks for no one
    bare = parsed(words, [*deps[:6], "npadvmod", *deps[7:]])
    assert resolve_speaker(bare, _cue_match(bare, (12, 13), 11, 3)).speaker_span is None
    # the same words without the dash are no dateline: the subject stays
    plain = parsed([*words[:4], "and", *words[5:]], [*deps[:4], "cc", *deps[5:]],
                   pos=[*pos[:4], "CCONJ", *pos[5:]], lemmas=[*lemmas[:4], "and", *lemmas[5:]])
    m = _cue_match(plain, (12, 13), 11, 3)
    assert resolve_speaker(plain, m) is m


def test_an_utterance_yields_to_the_maker_its_relative_clause_names() -> None:
    # "Taxes would rise , according to a speech Clinton delivered ."
    words = ["Taxes", "would", "rise", ",", "according", "to", "a", "speech", "Clinton",
             "delivered", "."]
    heads = [2, 2, 2, 2, 2, 4, 7, 5, 9, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "prep", "prep", "det", "pobj", "nsubj", "relcl",
            "punct"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PROPN", "VERB", "PUNCT"]
    lemmas = ["tax", "would", "rise", ",", "accord", "to", "a", "speech", "Clinton", "deliver",
              "."]
    doc = _doc(words, heads, deps, pos, lemmas)
    fixed = resolve_speaker(doc, _cue_match(doc, (0, 2), 4, 7))
    assert doc.text[slice(*fixed.speaker_span)] == "Clinton"
    # a relative pronoun subject ("a speech that angered Clinton") is no maker
    words = ["Taxes", "would", "rise", ",", "according", "to", "a", "speech", "that", "angered",
             "Clinton", "."]
    doc = _doc(words, heads=[2, 2, 2, 2, 2, 4, 7, 5, 9, 7, 9, 2],
               deps=["nsubj", "aux", "ROOT", "punct", "prep", "prep", "det", "pobj", "nsubj",
                     "relcl", "dobj", "punct"],
               pos=["NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PRON", "VERB",
                    "PROPN", "PUNCT"],
               lemmas=["tax", "would", "rise", ",", "accord", "to", "a", "speech", "that", "anger",
                       "Clinton", "."])
    assert doc.text[slice(*resolve_speaker(doc, _cue_match(doc, (0, 2), 4, 7)).speaker_span)] \
        == "speech"


def _passive(lemma: str) -> Doc:
    # "Peacekeepers have been <cue> for the outbreak ." with no speaker attached
    words = ["Peacekeepers", "have", "been", "blamed", "for", "the", "outbreak", "."]
    return _doc(words, heads=[3, 3, 3, 3, 3, 6, 4, 3],
                deps=["nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
                pos=["NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                lemmas=["peacekeeper", "have", "be", lemma, "for", "the", "outbreak", "."])


def test_the_subject_of_a_passive_judgement_is_not_its_speaker() -> None:
    doc = _passive("blame")
    m = QuoteMatch("indirect", doc[5].idx, len(doc.text) - 2, "blame",
                   (doc[3].idx, doc[3].idx + 6), None, None, 0, len(doc.text))
    assert resolve_speaker(doc, m).speaker_span is None
    # a passive that states the subject's own view ("are split on", "are worried about")
    doc = _passive("worry")
    m = QuoteMatch("indirect", doc[5].idx, len(doc.text) - 2, "worry",
                   (doc[3].idx, doc[3].idx + 6), None, None, 0, len(doc.text))
    assert doc.text[slice(*resolve_speaker(doc, m).speaker_span)] == "Peacekeepers"


def test_a_noun_cue_s_source_is_named_by_from() -> None:
    from faultline.extract.quotes import _nominal_speaker
    # "Trump faced criticism from rivals that talks failed ."
    words = ["Trump", "faced", "criticism", "from", "rivals", "that", "talks", "failed", "."]
    heads = [1, 1, 1, 2, 3, 7, 7, 2, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "mark", "nsubj", "acl", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Trump", "face", "criticism", "from", "rival", "that", "talk", "fail", "."]
    doc = _doc(words, heads, deps, pos, lemmas)
    assert _nominal_speaker(doc[2]).text == "rivals"
    # without "from" the one who faced it is still the fallback
    doc = _doc(["Trump", "faced", "criticism", "at", "rallies", "that", "talks", "failed", "."],
               heads, deps, pos, ["Trump", "face", "criticism", "at", "rally", "that", "talk",
                                  "fail", "."])
    assert _nominal_speaker(doc[2]).text == "Trump"


def test_analysts_in_a_capital_speak_for_no_state() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "<Analysts|Officials> in Seoul said no ." with Seoul naming South Korea
    korea = Actor(id="KOR", name="South Korea", type="state")
    for head, expected in (("Analysts", None), ("Officials", "KOR")):
        words = [head, "in", "Seoul", "said", "no", "."]
        doc = _doc(words, [3, 0, 1, 3, 3, 3], ["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
                   ["NOUN", "ADP", "PROPN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
        start = len(head) + 4
        index = ActorIndex(actors={korea.id: korea},
                           mentions=[ActorMention(start, start + 5, "Seoul", korea.id, 2, 3, "capital")])
        assert speaker_of(index, doc, (0, start + 5), 0) == expected, head


def test_a_verb_the_parser_hung_on_a_root_name_is_the_name_s():
    from faultline.extract.quotes import _speaker
    # "Brazil , which borders both , offered to mediate ." parsed with Brazil as the root and
    # "offered" (read VBN) as its clause
    words = ["Brazil", ",", "which", "borders", "both", ",", "offered", "to", "mediate", "."]
    heads = [0, 0, 3, 0, 3, 0, 0, 8, 6, 0]
    deps = ["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "acl", "aux", "xcomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "VERB", "PART", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
              tags=["NNP", ",", "WDT", "VBZ", "DT", ",", "VBN", "TO", "VB", "."],
              lemmas=[w.lower() for w in words])
    assert _speaker(doc[6]).text == "Brazil"
    # a participle on a noun inside a clause is the noun's passive: "a plan offered to Iran"
    words = ["Iran", "rejected", "a", "plan", "offered", "to", "it", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4, 5, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PRON", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "VBN", "IN", "PRP", "."], lemmas=[w.lower() for w in words])
    assert _speaker(doc[4]) is None


def _said_but_warned(cc: str, comma: bool = True) -> Doc:
    # "She said the deal was close , but he warned that it would fail ." with the second speaker's
    # statement hung on the first one's reported clause
    words = ["She", "said", "the", "deal", "was", "close", ",", cc, "he", "warned", "that", "it", "would",
             "fail", "."]
    heads = [1, 1, 3, 4, 1, 4, 4, 4, 9, 4, 13, 13, 13, 9, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "cc", "nsubj", "conj", "mark", "nsubj",
            "aux", "ccomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "VBD", "JJ", ",", "CC", "PRP", "VBD", "IN", "PRP", "MD", "VB", "."]
    lemmas = ["she", "say", "the", "deal", "be", "close", ",", cc, "he", "warn", "that", "it", "would", "fail", "."]
    if not comma:
        del words[6], tags[6], lemmas[6], deps[6]
        heads = [h - 1 if h > 6 else h for i, h in enumerate(heads) if i != 6]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_another_speakers_statement_after_but_ends_the_reported_clause():
    from faultline.extract.quotes import _speaker
    doc = _said_but_warned("but")
    assert second_statement(doc[1], doc[4], load_lexicon()) == 7        # the content ends before "but"
    assert _speaker(doc[9]).text == "he"
    # "and" or no comma may still be what she said: the clause is left whole
    assert second_statement(doc[1], doc[4], load_lexicon()) is not None
    doc = _said_but_warned("and")
    assert second_statement(doc[1], doc[4], load_lexicon()) is None
    doc = _said_but_warned("but", comma=False)
    assert second_statement(doc[1], doc[4], load_lexicon()) is None


def test_a_second_statement_with_an_infinitive_ends_the_reported_clause_too():
    # "She said the country would leave and urged them to go ." ("urged" conjoined inside)
    words = ["She", "said", "the", "country", "would", "leave", "and", "urged", "them", "to", "go", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 5, 7, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "cc", "conj", "dobj", "aux", "xcomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "MD", "VB", "CC", "VBD", "PRP", "TO", "VB", "."]
    lemmas = ["she", "say", "the", "country", "would", "leave", "and", "urge", "they", "to", "go", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    assert second_statement(doc[1], doc[5], load_lexicon()) == 6


def test_a_quoted_sentence_after_a_quote_whose_speaker_the_parser_missed_goes_on_with_it() -> None:
    # "«We came», the envoy, told reporters. "We will stay."" with the envoy hung on the closing mark
    words = ["«", "We", "came", "»", ",", "the", "envoy", ",", "told", "reporters", ".",
             '"', "We", "will", "stay", ".", '"']
    spaces = [False, True, False, False, True, True, False, True, True, False, True,
              False, True, True, False, False, False]
    heads = [8, 2, 8, 2, 8, 6, 3, 8, 8, 8, 8, 14, 14, 14, 14, 14, 14]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct",
            "punct", "nsubj", "aux", "ROOT", "punct", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT",
           "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT"]
    lemmas = ["«", "we", "come", "»", ",", "the", "envoy", ",", "tell", "reporter", ".", '"', "we", "will",
              "stay", ".", '"']
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[i in (0, 11) for i in range(len(words))])
    rows = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert ("direct", "We will stay", "tell") in rows


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas"), [
    # "Thune has not said whether he will act ."
    (["Thune", "has", "not", "said", "whether", "he", "will", "act", "."], [3, 3, 3, 3, 7, 7, 7, 3, 3],
     ["nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
     ["Thune", "have", "not", "say", "whether", "he", "will", "act", "."]),
    # "Thune declined to say whether he will act ."
    (["Thune", "declined", "to", "say", "whether", "he", "will", "act", "."], [1, 1, 3, 1, 7, 7, 7, 3, 1],
     ["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubj", "aux", "ccomp", "punct"],
     ["Thune", "decline", "to", "say", "whether", "he", "will", "act", "."]),
])
def test_a_question_left_unanswered_is_no_statement(words, heads, deps, lemmas) -> None:
    pos = ["PROPN", "VERB" if lemmas[1] == "decline" else "AUX", "PART", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert find_quotes(doc)[0] == []
    # a plain report still is one: "Thune said that he will act ."
    told = _doc(["Thune", "said", "that", "he", "will", "act", "."], heads=[1, 1, 5, 5, 5, 1, 1],
                deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
                pos=["PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
                lemmas=["Thune", "say", "that", "he", "will", "act", "."])
    assert [told.text[m.start:m.end] for m in find_quotes(told)[0]] == ["he will act"]


def _to_cut_jobs(lemma: str, agent: bool = False):
    """ "Nabisco is <lemma>ed to cut jobs ." (with "by analysts" when ``agent``)."""
    words = ["Nabisco", "is", lemma + "ed", "to", "cut", "jobs"]
    heads = [2, 2, 2, 4, 2, 4]
    deps = ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"]
    pos = ["PROPN", "AUX", "VERB", "PART", "VERB", "NOUN"]
    lemmas = ["Nabisco", "be", lemma, "to", "cut", "job"]
    if agent:
        words += ["by", "analysts"]
        heads += [2, 6]
        deps += ["agent", "pobj"]
        pos += ["ADP", "NOUN"]
        lemmas += ["by", "analyst"]
    doc = _doc(words + ["."], heads + [2], deps + ["punct"], pos + ["PUNCT"], lemmas + ["."])
    return doc, _cue_match(doc, (4, 5), 2, 0)


@pytest.mark.parametrize("lemma, agent, unnamed", [
    ("expect", False, True),      # "Nabisco is expected to cut jobs": who expects it is not said
    ("ask", False, True),         # "he was asked whether …": the asker is not named
    ("expect", True, False),      # "… by analysts": the agent is named
    ("convinc", False, False),    # an experiencer passive: "she is convinced that …" is hers
])
def test_agentless_passive_cue_names_no_speaker(lemma, agent, unnamed) -> None:
    doc, m = _to_cut_jobs(lemma, agent)
    if lemma == "convinc":
        doc[2].lemma_ = "convince"
    fixed = resolve_speaker(doc, m)
    assert (fixed.speaker_span is None) is unnamed
    assert (fixed.speaker_head is None) is unnamed


@pytest.mark.parametrize("verb, unnamed", [("lose", True), ("show", False), ("want", False)])
def test_raising_verb_names_no_speaker_unless_its_subject_is_evidence(verb, unnamed) -> None:
    # "Trump seems to lose war" is the writer's judgement; "The emails seem to show war" the emails';
    # "Trump seems to want war" hedges Trump's own want (PolNeAR names him the source)
    doc = _doc(["Trump", "seems", "to", verb, "war", "."], heads=[1, 1, 3, 1, 3, 1],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
               pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
               lemmas=["Trump", "seem", "to", verb, "war", "."])
    fixed = resolve_speaker(doc, _cue_match(doc, (2, 4), 1, 0))
    assert (fixed.speaker_span is None) is unnamed


def test_unnamed_source_takes_no_speaker_from_the_statement_before() -> None:
    from faultline.extract.quotes import finish_speakers
    # "Cole said talks failed . Nabisco is expected to cut jobs ."
    words = ["Cole", "said", "talks", "failed", ".", "Nabisco", "is", "expected", "to", "cut",
             "jobs", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 7, 7, 7, 9, 7, 9, 7],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "nsubjpass", "auxpass", "ROOT",
                    "aux", "xcomp", "dobj", "punct"],
              pos=["PROPN", "VERB", "NOUN", "VERB", "PUNCT", "PROPN", "AUX", "VERB", "PART",
                   "VERB", "NOUN", "PUNCT"],
              lemmas=["Cole", "say", "talk", "fail", ".", "Nabisco", "be", "expect", "to", "cut",
                      "job", "."],
              sent_starts=[True, False, False, False, False, True] + [False] * 6)
    said = _cue_match(doc, (2, 3), 1, 0)
    expected = replace(_cue_match(doc, (8, 10), 7, 5), speaker_span=None, speaker_head=None)
    out = finish_speakers(doc, [said, expected])
    assert out[0].speaker_head == 0 and out[1].speaker_span is None


def _medial(words, lead_pos):
    """ "<lead> , the minister said , would hold ." with "said" hung on "hold" as parataxis."""
    n = len(words)
    return _doc(words + [",", "the", "minister", "said", ",", "would", "hold", "."],
                heads=[n + 6] * n + [n + 3, n + 2, n + 3, n + 6, n + 3, n + 6, n + 6, n + 6],
                deps=["nsubj"] * n + ["punct", "det", "nsubj", "parataxis", "punct", "aux", "ROOT",
                                      "punct"],
                pos=lead_pos + ["PUNCT", "DET", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"],
                lemmas=[w.lower() for w in words] + [",", "the", "minister", "say", ",", "would",
                                                     "hold", "."])


def test_reporting_clause_inside_its_content_reports_both_sides() -> None:
    doc = _medial(["Truce"], ["NOUN"])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)], m.split) for m in said] == [
        ("Truce", "the minister", True), ("would hold", "the minister", True)]
    assert len({m.cue_span for m in said}) == 1      # one statement, grouped like a split quotation


def test_reporting_clause_after_a_mere_conjunction_reports_what_follows() -> None:
    # "But , the minister said , would hold .": "But" is no part of what was said
    doc = _medial(["But"], ["CCONJ"])
    doc[0].dep_ = "cc"
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], m.split) for m in said] == [("would hold", False)]


def test_subordinate_reporting_clause_is_no_parenthesis() -> None:
    # a clause with a marker of its own ("The truce, as the minister said, would hold") is an
    # aside, not a report of the sentence: here the clause's first comma stands for the marker
    doc = _medial(["Truce"], ["NOUN"])
    doc[1].dep_ = "mark"
    assert all(not m.split for m in find_quotes(doc)[0])


def test_the_two_sides_of_a_split_content_stand_or_fall_together() -> None:
    from faultline.extract.quotes import best_per_cue
    cue = (20, 24)
    before = QuoteMatch("indirect", 0, 5, "say", cue, None, None, 0, 60, split=True)
    after = replace(before, start=30, end=50)
    other = replace(before, start=26, end=29, split=False)       # "on Tuesday" under the same cue
    kept = best_per_cue([(before, 0.2), (other, 0.5), (after, 0.9)])
    assert kept == [(before, 0.9), (after, 0.9)]
    # without the split, only the most probable candidate of a cue is kept
    assert best_per_cue([(replace(before, split=False), 0.2), (other, 0.5)]) == [(other, 0.5)]


def test_of_two_clauses_the_one_after_the_verb_is_what_it_reports() -> None:
    # "Cole , who sits , said that talks fail ." with "sits" misparsed as a complement of "said"
    words = ["Cole", ",", "who", "sits", ",", "said", "that", "talks", "fail", "."]
    doc = _doc(words, heads=[3, 3, 3, 5, 5, 5, 8, 8, 5, 5],
               deps=["nsubj", "punct", "nsubj", "ccomp", "punct", "ROOT", "mark", "nsubj", "ccomp",
                     "punct"],
               pos=["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB",
                    "PUNCT"],
               lemmas=["Cole", ",", "who", "sit", ",", "say", "that", "talk", "fail", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == ["talks fail"]


def test_framing_phrase_before_a_reporting_clause_is_not_what_was_said() -> None:
    # "In statement , the minister said , troops would leave ."
    words = ["In", "statement", ",", "the", "minister", "said", ",", "troops", "would", "leave", "."]
    doc = _doc(words, heads=[9, 0, 5, 4, 5, 9, 5, 9, 9, 9, 9],
               deps=["prep", "pobj", "punct", "det", "nsubj", "parataxis", "punct", "nsubj", "aux",
                     "ROOT", "punct"],
               pos=["ADP", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "VERB",
                    "PUNCT"],
               lemmas=["in", "statement", ",", "the", "minister", "say", ",", "troop", "would",
                       "leave", "."])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], m.split) for m in said] == [("troops would leave", False)]


def test_a_second_subject_before_the_speaker_is_the_subject_of_what_was_said() -> None:
    # "Truce , the minister said , would hold ." misparsed: "Truce" a second subject of "said"
    words = ["Truce", ",", "the", "minister", "said", ",", "would", "hold", "."]
    doc = _doc(words, heads=[4, 4, 3, 4, 4, 4, 7, 4, 4],
               deps=["nsubj", "punct", "det", "nsubj", "ROOT", "punct", "aux", "ccomp", "punct"],
               pos=["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"],
               lemmas=["truce", ",", "the", "minister", "say", ",", "would", "hold", "."])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)], m.split) for m in said] == [
        ("Truce", "the minister", True), ("would hold", "the minister", True)]


def test_a_raising_verb_is_no_speech() -> None:
    # "Erdogan seemed to rule out talks": the writer's impression; PolNeAR's scopes keep it
    doc = Doc(spacy.blank("en").vocab, words=["Erdogan", "seemed", "to", "rule", "out", "talks", "."],
              heads=[1, 1, 3, 1, 3, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp", "prt", "dobj", "punct"],
              pos=["PROPN", "VERB", "PART", "VERB", "ADP", "NOUN", "PUNCT"],
              lemmas=["Erdogan", "seem", "to", "rule", "out", "talk", "."],
              sent_starts=[True] + [False] * 6)
    assert [m for m in find_quotes(doc)[0] if m.cue == "seem"] == []
    assert [m.cue for m in find_quotes(doc, scope="attribution")[0]] == ["seem"]
    doc[1].lemma_ = "want"      # an intention is the subject's own: "Erdogan wanted to rule out"
    assert [m.cue for m in find_quotes(doc)[0]] == ["want"]


def test_an_inference_is_no_speech() -> None:
    # "The vote means that talks fail": the writer's inference; PolNeAR's scopes keep it
    words = ["The", "vote", "means", "that", "talks", "fail", "."]
    doc = _doc(words, heads=[1, 2, 2, 5, 5, 2, 2],
               deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
               pos=["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["the", "vote", "mean", "that", "talk", "fail", "."])
    assert find_quotes(doc)[0] == []
    assert [m.cue for m in find_quotes(doc, scope="attribution")[0]] == ["mean"]


@pytest.mark.parametrize("words, heads, deps, contents", [
    # "Sanctions , according to aides , will start ." : both sides, one statement
    (["Sanctions", ",", "according", "to", "aides", ",", "will", "start", "."],
     [7, 7, 7, 2, 3, 7, 7, 7, 7],
     ["nsubj", "punct", "prep", "prep", "pobj", "punct", "aux", "ROOT", "punct"],
     [("Sanctions", True), ("will start", True)]),
    # "According to aides , sanctions will start ." : what follows
    (["According", "to", "aides", ",", "sanctions", "will", "start", "."],
     [6, 0, 1, 6, 6, 6, 6, 6],
     ["prep", "prep", "pobj", "punct", "nsubj", "aux", "ROOT", "punct"],
     [("sanctions will start", False)]),
])
def test_according_to_inside_a_sentence_reports_both_sides(words, heads, deps, contents) -> None:
    pos = ["VERB" if w.lower() == "according" else "ADP" if w == "to" else "PUNCT" if w in ",."
           else "AUX" if w == "will" else "VERB" if w == "start" else "NOUN" for w in words]
    lemmas = ["accord" if w.lower() == "according" else w.lower() for w in words]
    tags = ["MD" if w == "will" else "" for w in words]     # a finite clause, no apposition
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              tags=tags, sent_starts=[True] + [False] * (len(words) - 1))
    found = [m for m in find_quotes(doc)[0] if m.cue == "according to"]
    assert [(doc.text[m.start:m.end], m.split) for m in found] == contents
    assert all(doc.text[slice(*m.speaker_span)] == "aides" for m in found)


def test_the_one_told_is_no_complement_of_a_reporting_clause_inside_its_content() -> None:
    # "Truce , the minister told aides , would hold ."
    words = ["Truce", ",", "the", "minister", "told", "aides", ",", "would", "hold", "."]
    doc = _doc(words, heads=[8, 4, 3, 4, 8, 4, 4, 8, 8, 8],
               deps=["nsubj", "punct", "det", "nsubj", "parataxis", "dobj", "punct", "aux", "ROOT",
                     "punct"],
               pos=["NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
               lemmas=["truce", ",", "the", "minister", "tell", "aide", ",", "would", "hold", "."])
    told = [m for m in find_quotes(doc)[0] if m.cue == "tell"]
    assert [(doc.text[m.start:m.end], m.split) for m in told] == [("Truce", True), ("would hold", True)]


def test_a_that_clause_hung_on_the_verb_s_adjunct_is_what_was_said() -> None:
    # "Ministry said in statement that cuts fail ." with the clause hung on "statement"
    words = ["Ministry", "said", "in", "statement", "that", "cuts", "fail", "."]
    doc = _doc(words, heads=[1, 1, 1, 2, 6, 6, 3, 1],
               deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "acl", "punct"],
               pos=["NOUN", "VERB", "ADP", "NOUN", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["ministry", "say", "in", "statement", "that", "cut", "fail", "."])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in said] == [
        ("cuts fail", "Ministry")]
    # a relative clause is no report: "Ministry spoke in hall that held crowds"
    doc[4].dep_ = "nsubj"
    assert [m for m in find_quotes(doc)[0] if m.cue == "say"] == []


def test_what_an_issued_utterance_says_is_its_issuer_s_through_a_relative_or_a_conjunct() -> None:
    # "Aides released an ad that urges talks ." : "that" is the ad, the ad is the aides'
    words = ["Aides", "released", "an", "ad", "that", "urges", "talks", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 5, 3, 5, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj", "punct"],
               pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "NOUN", "PUNCT"],
               lemmas=["aide", "release", "an", "ad", "that", "urge", "talk", "."])
    fixed = resolve_speaker(doc, _cue_match(doc, (6, 6), 5, 4))
    assert doc.text[slice(*fixed.speaker_span)] == "Aides"
    # a relative clause on a thing that is no utterance keeps its pronoun: "met a man that urges"
    doc[3].lemma_ = "man"
    m = _cue_match(doc, (6, 6), 5, 4)
    assert resolve_speaker(doc, m) is m
    # "Aides left and issued a statement saying talks failed ." : the conjunct's subject
    doc, m = _statement_saying(conjunct=True)
    fixed = resolve_speaker(doc, m)
    assert doc.text[slice(*fixed.speaker_span)] == "Aides"


@pytest.mark.parametrize("lemma, speech", [("expect", False), ("ask", True)])
def test_an_agentless_belief_is_no_speech_but_an_agentless_request_is(lemma, speech) -> None:
    # "Talks are expected to resume ." (a forecast nobody in the text makes) / "… asked to resume"
    words = ["Talks", "are", lemma + "ed", "to", "resume", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 4, 2, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "punct"],
              pos=["NOUN", "AUX", "VERB", "PART", "VERB", "PUNCT"],
              lemmas=["talk", "be", lemma, "to", "resume", "."], sent_starts=[True] + [False] * 5)
    doc[2].tag_ = "VBN"
    assert bool([m for m in find_quotes(doc)[0] if m.cue == lemma]) is speech
    assert [m.cue for m in find_quotes(doc, scope="attribution")[0]] == [lemma]


def test_an_apposition_after_according_to_is_no_part_of_the_content() -> None:
    # "Talks failed , according to aides , a group in Oslo ." ("group" misparsed off "aides")
    words = ["Talks", "failed", ",", "according", "to", "aides", ",", "a", "group", "in", "Oslo", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4, 1, 8, 1, 8, 9, 1],
              deps=["nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct", "det", "npadvmod",
                    "prep", "pobj", "punct"],
              pos=["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "ADP",
                   "PROPN", "PUNCT"],
              tags=["NNS", "VBD", ",", "VBG", "IN", "NNS", ",", "DT", "NN", "IN", "NNP", "."],
              lemmas=["talk", "fail", ",", "accord", "to", "aide", ",", "a", "group", "in", "Oslo", "."],
              sent_starts=[True] + [False] * 11)
    found = [m for m in find_quotes(doc)[0] if m.cue == "according to"]
    assert [(doc.text[m.start:m.end], m.split) for m in found] == [("Talks failed", False)]


def test_a_participle_passive_names_no_speaker_unless_it_has_an_agent() -> None:
    # "Aides made a move seen as retaliation ." / "… seen by Oslo as retaliation ."
    words = ["Aides", "made", "a", "move", "seen", "as", "retaliation", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 4, 5, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "acl", "prep", "pobj", "punct"],
               pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
               lemmas=["aide", "make", "a", "move", "see", "as", "retaliation", "."])
    doc[4].tag_ = "VBN"
    assert resolve_speaker(doc, _cue_match(doc, (6, 6), 4, 0)).speaker_span is None
    words = ["Aides", "made", "a", "move", "seen", "by", "Oslo", "as", "retaliation", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 4, 5, 4, 7, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "acl", "agent", "pobj", "prep", "pobj", "punct"],
               pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"],
               lemmas=["aide", "make", "a", "move", "see", "by", "Oslo", "as", "retaliation", "."])
    doc[4].tag_ = "VBN"
    m = _cue_match(doc, (8, 8), 4, 6)
    assert resolve_speaker(doc, m) is m
    # a main verb the parser read as a participle of its subject: "Brazil , which borders Peru ,
    # offered to mediate ." keeps Brazil as the speaker
    words = ["Brazil", ",", "which", "borders", "Peru", ",", "offered", "to", "mediate", "."]
    doc = _doc(words, heads=[0, 0, 3, 0, 3, 0, 0, 8, 6, 0],
               deps=["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "acl", "aux", "xcomp", "punct"],
               pos=["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "PART", "VERB", "PUNCT"],
               lemmas=["Brazil", ",", "which", "border", "Peru", ",", "offer", "to", "mediate", "."])
    doc[6].tag_ = "VBN"
    fixed = resolve_speaker(doc, _cue_match(doc, (8, 8), 6, 0))
    assert doc.text[slice(*fixed.speaker_span)] == "Brazil"


def test_a_closing_according_to_is_not_part_of_what_was_said() -> None:
    # "Officials said a deal was possible , according to a diplomat ." with "according" hung inside
    # the clause: the diplomat's account is the statement, the clause ends before the comma
    # (a vocabulary with lower-case forms: the phrase lexicon matches them)
    words = ["Officials", "said", "a", "deal", "was", "possible", ",", "according", "to", "a",
             "diplomat", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[True] + [False] * (len(words) - 1), heads=[1, 1, 3, 4, 1, 4, 4, 4, 7, 10, 8, 1],
               deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "prep", "prep",
                     "det", "pobj", "punct"],
               pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "VERB", "ADP", "DET",
                    "NOUN", "PUNCT"],
               lemmas=["official", "say", "a", "deal", "be", "possible", ",", "accord", "to", "a",
                       "diplomat", "."])
    s, e = trim_content(doc, 2, 11)
    assert doc.text[s:e] == "a deal was possible"
    found = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]]
    assert ("according to", "Officials said a deal was possible") in found
    assert all("diplomat" not in text for _, text in found)


def test_a_comment_after_an_inverted_report_is_not_what_was_said() -> None:
    # "Argentina wants a cut , Milei said , a move Brazil opposed ." reports the opening clause;
    # the clause after the comma is the writer's comment on it
    words = ["Argentina", "wants", "a", "cut", ",", "Milei", "said", ",", "a", "move", "Brazil",
             "opposed", "."]
    doc = _doc(words, heads=[1, 6, 3, 1, 6, 6, 6, 6, 9, 11, 11, 6, 6],
               deps=["nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT", "punct", "det",
                     "npadvmod", "nsubj", "ccomp", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "DET",
                    "NOUN", "PROPN", "VERB", "PUNCT"],
               lemmas=["Argentina", "want", "a", "cut", ",", "Milei", "say", ",", "a", "move",
                       "Brazil", "oppose", "."])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[m.start:m.end] for m in said] == ["Argentina wants a cut"]
    assert doc.text[slice(*said[0].speaker_span)] == "Milei"


def test_a_demonstrative_subject_is_part_of_what_was_said() -> None:
    # "He said that was wrong ." with "that" the clause's subject, not its conjunction
    words = ["He", "said", "that", "was", "wrong", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
               pos=["PRON", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
               lemmas=["he", "say", "that", "be", "wrong", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["that was wrong"]


def test_a_noun_read_as_a_verb_after_that_is_no_clause() -> None:
    # "Macron repeated that call , saying Europe could not wait ." parsed with "that" the subject
    # of a verb "call" (VBP, which "that" cannot take): the statement is the one "saying" makes,
    # and it is Macron's
    words = ["Macron", "repeated", "that", "call", ",", "saying", "Europe", "could", "not", "wait", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 3, 9, 9, 9, 5, 1],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "advcl", "nsubj", "aux", "neg", "ccomp",
                    "punct"],
              pos=["PROPN", "VERB", "PRON", "VERB", "PUNCT", "VERB", "PROPN", "AUX", "PART", "VERB", "PUNCT"],
              tags=["NNP", "VBD", "WDT", "VBP", ",", "VBG", "NNP", "MD", "RB", "VB", "."],
              lemmas=["Macron", "repeat", "that", "call", ",", "say", "Europe", "could", "not", "wait", "."],
              sent_starts=[True] + [False] * 10)
    found = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert found == [("say", "Europe could not wait", "Macron")]


def _footage(verb: str, lemma: str, tail: list[str]) -> Doc:
    # "The spot concludes with footage of Trump <verb> <tail> , “ That makes me smart . ”" with the
    # quotation parsed as the complement of "concludes" (as en_core_web_sm does)
    words = ["The", "spot", "concludes", "with", "footage", "of", "Trump", verb, *tail,
             ",", "“", "That", "makes", "me", "smart", ".", "”"]
    n = 8 + len(tail)                   # the comma before the quotation
    tail_heads = {0: [], 2: [7, 8]}[len(tail)]
    heads = [1, 2, 2, 2, 3, 4, 7, 5, *tail_heads, 2, n + 3, n + 3, 2, n + 5, n + 3, n + 3, n + 3]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "nsubj", "pobj", *(["prep", "pobj"] if tail else []),
            "punct", "punct", "nsubj", "ccomp", "nsubj", "ccomp", "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "VERB", *(["ADP", "NOUN"] if tail else []),
           "PUNCT", "PUNCT", "PRON", "VERB", "PRON", "ADJ", "PUNCT", "PUNCT"]
    lemmas = ["the", "spot", "conclude", "with", "footage", "of", "Trump", lemma,
              *[w.lower() for w in tail], ",", "“", "that", "make", "I", "smart", ".", "”"]
    return _doc(words, heads, deps, pos, lemmas)


def test_a_reporting_verb_right_before_a_quotation_is_its_cue() -> None:
    # the parser hangs the quotation from "concludes"; Trump's contentless "saying" stands right
    # before it and is its cue, so the words are Trump's, not the spot's
    doc = _footage("saying", "say", [])
    found = [(m.kind, m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert found == [("direct", "say", "That makes me smart", "Trump")]


def test_a_reporting_verb_with_a_topic_of_its_own_is_not_the_quotations_cue() -> None:
    # "complaining about taxes" has its own content: the quotation stays with the governing verb
    doc = _footage("complaining", "complain", ["about", "taxes"])
    found = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0] if m.kind == "direct"]
    assert found == [("conclude", "That makes me smart")]


def test_an_indirect_reading_of_a_quotation_does_not_repeat_it() -> None:
    # "He thinks of what they told him : “ …”": the quotation is what they told him; the same words
    # as the content of "thinks" would report them a second time, for another speaker
    text = "He thinks of what they told him: “Be kind.”"
    doc = spacy.blank("en")(text)
    quote = text.index("Be"), text.index(".”")
    direct = QuoteMatch("direct", *quote, "tell", (18, 22), (13, 17), 4, 0, len(text))
    indirect = QuoteMatch("indirect", *quote, "think", (3, 9), (0, 2), 0, 0, len(text))
    assert dedupe(doc, [indirect, direct], []) == [direct]


def _and_called(subject: str, pos: str) -> Doc:
    # "The chamber said costs would rise , and <subject> called for a meeting ." with "called"
    # conjoined inside what the chamber said (as en_core_web_sm parses it)
    words = ["The", "chamber", "said", "costs", "would", "rise", ",", "and", *subject.split(), "called", "for",
             "a", "meeting", "."]
    n = 8 + len(subject.split())          # "called"
    heads = [1, 2, 2, 5, 5, 2, 5, 5, *([n - 1, n] if len(subject.split()) == 2 else [n]), 5, n, n + 3, n + 1, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "cc",
            *(["det", "nsubj"] if len(subject.split()) == 2 else ["nsubj"]), "conj", "prep", "det", "pobj", "punct"]
    poss = ["DET", "NOUN", "VERB", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ",
            *(["DET", pos] if len(subject.split()) == 2 else [pos]), "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "NNS", "MD", "VB", ",", "CC", *(["DT", "NN"] if len(subject.split()) == 2 else ["PRP"]),
            "VBD", "IN", "DT", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[n] = "say", "call"
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=poss, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_another_body_s_act_after_and_is_not_what_was_said() -> None:
    # "…, and the association called for a meeting": the association's call, not the chamber's words
    doc = _and_called("the association", "NOUN")
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["costs would rise"]
    # "…, and they called for …" goes on with the chamber's own account
    doc = _and_called("they", "PRON")
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["costs would rise , and they called for a meeting"]


def test_a_reporting_participle_after_a_medial_clause_is_the_speaker_s_act() -> None:
    # "The province would stop sales , he said , calling the tariffs “ a betrayal . ”" with "calling"
    # hung from "stop": the content ends before the clause, and the calling is his
    words = ["The", "province", "would", "stop", "sales", ",", "he", "said", ",", "calling", "the", "tariffs",
             "“", "a", "betrayal", ".", "”"]
    heads = [1, 3, 3, 3, 3, 7, 7, 3, 7, 3, 11, 9, 14, 14, 9, 3, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "dobj", "punct", "nsubj", "parataxis", "punct", "xcomp", "det",
            "dobj", "punct", "det", "oprd", "punct", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "DET", "NOUN",
           "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["DT", "NN", "MD", "VB", "NNS", ",", "PRP", "VBD", ",", "VBG", "DT", "NNS", "``", "DT", "NN", ".", "''"]
    lemmas = [w.lower() for w in words]
    lemmas[7], lemmas[9] = "say", "call"
    spaces = [True, True, True, True, False, True, True, False, True, True, True, True, False, True, False,
              False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas, sent_starts=[True] + [False] * 16)
    found = sorted((m.kind, m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
                   for m in find_quotes(doc)[0])
    assert found == [("indirect", "say", "The province would stop sales", "he"),
                     ("partial", "call", "a betrayal", "he")]


def test_a_description_parsed_as_a_second_subject_stays_in_the_speaker_phrase() -> None:
    # "Korea 's news agency KCNA said talks failed ." with "agency" and "KCNA" both subjects of
    # "said": the speaker is the whole phrase, which names the state
    words = ["Korea", "'s", "news", "agency", "KCNA", "said", "talks", "failed", "."]
    heads = [3, 0, 3, 5, 5, 5, 7, 5, 5]
    deps = ["poss", "case", "compound", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PART", "NOUN", "NOUN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Korea", "'s", "news", "agency", "KCNA", "say", "talk", "fail", "."]
    spaces = [False, True, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, sent_starts=[True] + [False] * 8)
    (m,) = find_quotes(doc)[0]
    assert doc.text[slice(*m.speaker_span)] == "Korea's news agency KCNA"
    # "No wonder Trump said …" is no description of Trump
    doc = Doc(spacy.blank("en").vocab, words=["No", "wonder", "Trump", "said", "talks", "failed", "."],
              heads=[1, 3, 3, 3, 5, 3, 3], deps=["det", "nsubj", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["DET", "NOUN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
              lemmas=["no", "wonder", "Trump", "say", "talk", "fail", "."], sent_starts=[True] + [False] * 6)
    (m,) = find_quotes(doc)[0]
    assert doc.text[slice(*m.speaker_span)] == "Trump"


def test_a_quoted_sentence_after_a_reporting_clause_in_one_parsed_sentence_is_direct() -> None:
    # '“ Talks end , ” Kallas wrote . “ We stay . ”' read as one sentence: the second quotation
    # opens a sentence of its own and is her direct quote too (not a fragment dropped as a repeat)
    words = ["“", "Talks", "end", ",", "”", "Kallas", "wrote", ".", "“", "We", "stay", ".", "”"]
    heads = [2, 2, 6, 2, 2, 6, 6, 6, 10, 10, 6, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp",
            "punct", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT",
           "PUNCT"]
    lemmas = ["“", "talk", "end", ",", "”", "Kallas", "write", ".", "“", "we", "stay", ".", "”"]
    spaces = [False, True, False, False, True, True, False, True, False, True, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, sent_starts=[True] + [False] * 12)
    found = [(m.kind, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]]
    assert found == [("direct", "Talks end"), ("direct", "We stay")]


def test_a_quotation_that_is_the_object_of_a_cue_s_preposition_takes_that_cue() -> None:
    # 'He accused Brussels of “ double standards , ” pointing to Turkey .': the quotation is what he
    # accused Brussels of, though "pointing" stands nearer
    words = ["He", "accused", "Brussels", "of", "“", "double", "standards", ",", "”", "pointing", "to", "Turkey",
             "."]
    heads = [1, 1, 1, 1, 6, 6, 3, 6, 6, 1, 9, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "punct", "amod", "pobj", "punct", "punct", "advcl", "prep", "pobj",
            "punct"]
    pos = ["PRON", "VERB", "PROPN", "ADP", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT", "VERB", "ADP", "PROPN",
           "PUNCT"]
    lemmas = ["he", "accuse", "Brussels", "of", "“", "double", "standard", ",", "”", "point", "to", "Turkey", "."]
    spaces = [True, True, True, True, False, True, False, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, sent_starts=[True] + [False] * 12)
    found = [(m.kind, m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0] if m.kind == "partial"]
    assert found == [("partial", "accuse", "double standards")]


def test_a_relative_pronoun_before_the_cue_is_not_what_was_said() -> None:
    # "Colombia opposed the measures , which it said would hurt Venezuelans ."
    words = ["Colombia", "opposed", "the", "measures", ",", "which", "it", "said", "would", "hurt", "Venezuelans", "."]
    heads = [1, 1, 3, 1, 3, 9, 7, 3, 9, 7, 9, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "nsubj", "relcl", "aux", "ccomp", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "AUX", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NNS", ",", "WDT", "PRP", "VBD", "MD", "VB", "NNPS", "."]
    lemmas = ["Colombia", "oppose", "the", "measure", ",", "which", "it", "say", "would", "hurt", "Venezuelans", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 11)
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["would hurt Venezuelans"]


def test_a_quotation_in_a_requested_act_takes_the_request_as_cue() -> None:
    # 'She called on forces to stop “ the repression ” and urged talks .': the quoted words are in
    # what she called for, though "urged" stands nearer
    words = ["She", "called", "on", "forces", "to", "stop", "“", "the", "repression", "”", "and", "urged", "talks", "."]
    heads = [1, 1, 1, 2, 5, 1, 8, 8, 5, 8, 1, 1, 11, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "punct", "det", "dobj", "punct", "cc", "conj", "dobj",
            "punct"]
    pos = ["PRON", "VERB", "ADP", "NOUN", "PART", "VERB", "PUNCT", "DET", "NOUN", "PUNCT", "CCONJ", "VERB", "NOUN",
           "PUNCT"]
    tags = ["PRP", "VBD", "IN", "NNS", "TO", "VB", "``", "DT", "NN", "''", "CC", "VBD", "NNS", "."]
    lemmas = ["she", "call", "on", "force", "to", "stop", "“", "the", "repression", "”", "and", "urge", "talk", "."]
    spaces = [True, True, True, True, True, True, False, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas, sent_starts=[True] + [False] * 13)
    found = [(m.kind, m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0] if m.kind == "partial"]
    assert found == [("partial", "call", "the repression")]


def test_a_reflexive_subject_speaks_for_the_name_it_stresses() -> None:
    # "Guinea , itself ruled , said talks failed ." parsed with "itself" the subject of "ruled"
    words = ["Guinea", ",", "itself", "ruled", ",", "said", "talks", "failed", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 5, 3]
    deps = ["npadvmod", "punct", "nsubj", "ROOT", "punct", "conj", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Guinea", ",", "itself", "rule", ",", "say", "talk", "fail", "."]
    spaces = [False, True, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 8)
    said = [doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["Guinea"]


# --- session 14: addressed objects, impersonal cues, split-off and run-on clauses ------------------
_EN = spacy.blank("en").vocab


def _parsed(rows, sent_starts=(0,), spaces=None):
    """A Doc from (word, head, dep, pos, lemma, tag) rows; sentences start at ``sent_starts``."""
    words = [r[0] for r in rows]
    doc = Doc(_EN, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              sent_starts=[i in sent_starts for i in range(len(rows))])
    for t, r in zip(doc, rows, strict=True):
        t.tag_ = r[5]
    return doc


def test_a_quotation_set_off_by_a_dash_is_the_clause_that_signs_it() -> None:
    # 'Moscow denies it — "why not ask?" asked Dunn.' with the quoted question parsed as what
    # Moscow denies
    rows = [("Moscow", 1, "nsubj", "PROPN", "Moscow", "NNP"), ("denies", 10, "ccomp", "VERB", "deny", "VBZ"),
            ("it", 1, "dobj", "PRON", "it", "PRP"), ("—", 1, "punct", "PUNCT", "—", ":"),
            ('"', 7, "punct", "PUNCT", '"', "``"), ("why", 7, "advmod", "SCONJ", "why", "WRB"),
            ("not", 7, "neg", "PART", "not", "RB"), ("ask", 1, "ccomp", "VERB", "ask", "VB"),
            ("?", 7, "punct", "PUNCT", "?", "."), ('"', 10, "punct", "PUNCT", '"', "''"),
            ("asked", 10, "ROOT", "VERB", "ask", "VBD"), ("Dunn", 10, "nsubj", "PROPN", "Dunn", "NNP"),
            (".", 10, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, spaces=[True, True, True, True, False, True, True, False, False, True, True, False, False])
    found = [(doc.text[m.start:m.end], m.cue, m.speaker_span and doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert ("why not ask", "ask", "Dunn") in found
    assert all(cue != "deny" for _, cue, _ in found)


def test_a_name_hung_on_a_thing_in_a_reduced_relative_is_the_speaker() -> None:
    # "a deal Beijing said would hurt peace ." with "Beijing" an apposition of "deal", the subject
    rows = [("a", 1, "det", "DET", "a", "DT"), ("deal", 3, "nsubj", "NOUN", "deal", "NN"),
            ("Beijing", 1, "appos", "PROPN", "Beijing", "NNP"), ("said", 3, "ROOT", "VERB", "say", "VBD"),
            ("would", 5, "aux", "AUX", "would", "MD"), ("hurt", 3, "ccomp", "VERB", "hurt", "VB"),
            ("peace", 5, "dobj", "NOUN", "peace", "NN"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, spaces=[True, True, True, True, True, True, False, False])
    assert quotes_module._speaker(doc[3]).text == "Beijing"
    # a title before a name stays the speaker's phrase: "frontrunner Ana Ruiz said …"
    rows = [("frontrunner", 3, "nsubj", "NOUN", "frontrunner", "NN"), ("Ana", 2, "compound", "PROPN", "Ana", "NNP"),
            ("Ruiz", 0, "appos", "PROPN", "Ruiz", "NNP"), ("said", 3, "ROOT", "VERB", "say", "VBD"),
            ("so", 3, "advmod", "ADV", "so", "RB"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, spaces=[True, True, True, True, False, False])
    assert quotes_module._speaker(doc[3]).text == "frontrunner"


def test_a_question_set_apart_takes_the_asker_whose_object_is_the_one_addressed() -> None:
    # '"Is this fair?" / he asked reporters.' : "reporters" are asked, they say nothing
    rows = [('"', 1, "punct", "PUNCT", '"', "``"), ("Is", 1, "ROOT", "AUX", "be", "VBZ"),
            ("this", 1, "nsubj", "PRON", "this", "DT"), ("fair", 1, "acomp", "ADJ", "fair", "JJ"),
            ("?", 1, "punct", "PUNCT", "?", "."), ('"', 1, "punct", "PUNCT", '"', "''"),
            ("he", 7, "nsubj", "PRON", "he", "PRP"), ("asked", 7, "ROOT", "VERB", "ask", "VBD"),
            ("reporters", 7, "dobj", "NOUN", "reporter", "NNS"), (".", 7, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, sent_starts=(0, 6), spaces=[False, True, True, False, False, True, True, True, False, False])
    found = [(m.kind, doc.text[m.start:m.end], m.cue, doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert found == [("direct", "Is this fair", "ask", "he")]


def test_an_impersonal_it_is_hard_to_say_reports_nothing() -> None:
    # "It is hard to say that it is wrong." : nobody says it
    rows = [("It", 1, "nsubj", "PRON", "it", "PRP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
            ("hard", 1, "acomp", "ADJ", "hard", "JJ"), ("to", 4, "aux", "PART", "to", "TO"),
            ("say", 2, "xcomp", "VERB", "say", "VB"), ("that", 7, "mark", "SCONJ", "that", "IN"),
            ("it", 7, "nsubj", "PRON", "it", "PRP"), ("is", 4, "ccomp", "AUX", "be", "VBZ"),
            ("wrong", 7, "acomp", "ADJ", "wrong", "JJ"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert find_quotes(_parsed(rows))[0] == []
    # "She was quick to say that it is wrong." : she did say it
    rows[0] = ("She", 1, "nsubj", "PRON", "she", "PRP")
    rows[1] = ("was", 1, "ROOT", "AUX", "be", "VBD")
    rows[2] = ("quick", 1, "acomp", "ADJ", "quick", "JJ")
    doc = _parsed(rows)
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]] == [
        ("it is wrong", "She")]


def test_a_reporting_clause_split_off_as_its_own_sentence_reports_the_one_before() -> None:
    # "Prices will rise, / the minister said."
    rows = [("Prices", 2, "nsubj", "NOUN", "price", "NNS"), ("will", 2, "aux", "AUX", "will", "MD"),
            ("rise", 2, "ROOT", "VERB", "rise", "VB"), (",", 2, "punct", "PUNCT", ",", ","),
            ("the", 5, "det", "DET", "the", "DT"), ("minister", 6, "nsubj", "NOUN", "minister", "NN"),
            ("said", 6, "ROOT", "VERB", "say", "VBD"), (".", 6, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, False, True, True, True, False, False]
    doc = _parsed(rows, sent_starts=(0, 4), spaces=spaces)
    assert [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc)[0]] == [("indirect", "Prices will rise", "the minister")]
    # a sentence that says something of its own is no such clause: "…, / the minister said it."
    rows[6:] = [("said", 6, "ROOT", "VERB", "say", "VBD"), ("it", 6, "dobj", "PRON", "it", "PRP"),
                (".", 6, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, sent_starts=(0, 4), spaces=[True, True, False, True, True, True, True, False, False])
    assert find_quotes(doc)[0] == []


def test_a_conjoined_accusation_is_the_speakers_own_act() -> None:
    # "She said the army had attacked and demanded a truce." : the demand is hers
    rows = [("She", 1, "nsubj", "PRON", "she", "PRP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("army", 5, "nsubj", "NOUN", "army", "NN"),
            ("had", 5, "aux", "AUX", "have", "VBD"), ("attacked", 1, "ccomp", "VERB", "attack", "VBN"),
            ("and", 5, "cc", "CCONJ", "and", "CC"), ("demanded", 5, "conj", "VERB", "demand", "VBD"),
            ("a", 9, "det", "DET", "a", "DT"), ("truce", 7, "dobj", "NOUN", "truce", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows)
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [doc.text[m.start:m.end] for m in said] == ["the army had attacked"]
    # and its speaker is hers, not the army's
    assert quotes_module._speaker(doc[7]).i == 0


def test_a_clause_the_parser_broke_in_two_is_one_content() -> None:
    # "He said that rebels broke the truce agreed in May." with "agreed" read as a second clause
    rows = [("He", 1, "nsubj", "PRON", "he", "PRP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("that", 4, "mark", "SCONJ", "that", "IN"), ("rebels", 4, "nsubj", "NOUN", "rebel", "NNS"),
            ("broke", 1, "ccomp", "VERB", "break", "VBD"), ("the", 6, "det", "DET", "the", "DT"),
            ("truce", 4, "dobj", "NOUN", "truce", "NN"), ("agreed", 1, "ccomp", "VERB", "agree", "VBD"),
            ("in", 7, "prep", "ADP", "in", "IN"), ("May", 8, "pobj", "PROPN", "May", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["rebels broke the truce agreed in May"]
    # after a conjunct the second clause lost its subject to the first: "… broke the truce and
    # Kyiv agreed …" (Kyiv read as a conjunct of truce) stays cut
    rows[7:] = [("and", 6, "cc", "CCONJ", "and", "CC"), ("Kyiv", 6, "conj", "PROPN", "Kyiv", "NNP"),
                ("agreed", 1, "ccomp", "VERB", "agree", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows)
    assert [m for m in find_quotes(doc)[0] if "agreed" in doc.text[m.start:m.end]] == []


def test_a_participle_after_what_was_asked_of_another_is_the_askers() -> None:
    # "Lula called for Washington to lift it , describing it as illegal ."
    rows = [("Lula", 1, "nsubj", "PROPN", "Lula", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("for", 5, "mark", "SCONJ", "for", "IN"), ("Washington", 5, "nsubj", "PROPN", "Washington", "NNP"),
            ("to", 5, "aux", "PART", "to", "TO"), ("lift", 1, "advcl", "VERB", "lift", "VB"),
            ("it", 5, "dobj", "PRON", "it", "PRP"), (",", 5, "punct", "PUNCT", ",", ","),
            ("describing", 5, "advcl", "VERB", "describe", "VBG"), ("it", 8, "dobj", "PRON", "it", "PRP"),
            ("as", 8, "prep", "ADP", "as", "IN"), ("illegal", 10, "pobj", "ADJ", "illegal", "JJ"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows)
    assert quotes_module._speaker(doc[8]).i == 0


def test_a_speaker_phrase_is_its_head_s_not_a_name_in_what_describes_it() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "Argentina 's government , a critic of Maduro , said no ." : Argentina's, not Maduro's
    words = ["Argentina", "'s", "government", ",", "a", "critic", "of", "Maduro", ",", "said", "no", "."]
    heads = [2, 0, 9, 2, 5, 2, 5, 6, 2, 9, 9, 9]
    deps = ["poss", "case", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"]
    doc = _doc(words, heads, deps, pos, [w.lower() for w in words])
    arg = Actor(id="ARG", name="Argentina", type="state", country="ARG")
    maduro = Actor(id="person:nicolas-maduro", name="Nicolas Maduro", type="person", country="VEN")
    at = {t.text: t for t in doc}
    index = ActorIndex(actors={"ARG": arg, maduro.id: maduro}, mentions=[
        ActorMention(0, 9, "Argentina", "ARG", 0, 1),
        ActorMention(at["Maduro"].idx, at["Maduro"].idx + 6, "Maduro", maduro.id, 7, 8)])
    span = (0, doc[7].idx + 6)
    assert speaker_of(index, doc, span, 2) == "ARG"
    # a person named in apposition is the speaker: "Argentina 's minister , Maduro , said no ."
    doc = _doc(["Argentina", "'s", "minister", ",", "Maduro", ",", "said", "no", "."],
               [2, 0, 6, 2, 2, 2, 6, 6, 6],
               ["poss", "case", "nsubj", "punct", "appos", "punct", "ROOT", "dobj", "punct"],
               ["PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"],
               ["argentina", "'s", "minister", ",", "maduro", ",", "say", "no", "."])
    index = ActorIndex(actors={"ARG": arg, maduro.id: maduro}, mentions=[
        ActorMention(0, 9, "Argentina", "ARG", 0, 1),
        ActorMention(doc[4].idx, doc[4].idx + 6, "Maduro", maduro.id, 4, 5)])
    assert speaker_of(index, doc, (0, doc[4].idx + 6), 2) == maduro.id


def test_a_verb_describing_quoted_words_is_not_their_cue() -> None:
    # 'Britain accused Iran of harbouring "armed extremists" who threaten peace .'
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
            ("Iran", 1, "dobj", "PROPN", "Iran", "NNP"), ("of", 1, "prep", "ADP", "of", "IN"),
            ("harbouring", 3, "pcomp", "VERB", "harbour", "VBG"), ('"', 7, "punct", "PUNCT", '"', "``"),
            ("armed", 7, "amod", "ADJ", "armed", "JJ"), ("extremists", 4, "dobj", "NOUN", "extremist", "NNS"),
            ('"', 7, "punct", "PUNCT", '"', "''"), ("who", 10, "nsubj", "PRON", "who", "WP"),
            ("threaten", 7, "relcl", "VERB", "threaten", "VBP"), ("peace", 10, "dobj", "NOUN", "peace", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, False, True, False, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    # (the accusation holds the quoted words: the deed Britain accuses Iran of)
    quoted = [m for m in find_quotes(doc)[0] if "armed extremists" in doc.text[m.start:m.end]]
    assert [(m.cue, doc.text[slice(*m.speaker_span)]) for m in quoted] == [("accuse", "Britain")]
    assert doc.text[quoted[0].start:quoted[0].end].startswith("harbouring")


# --- joint statements -----------------------------------------------------------------------------
def _states_index(*named):
    """An ActorIndex of states named at the given (start, end, text, id) places."""
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.model import Actor

    actors = {i: Actor(id=i, name=t, type="state") for _, _, t, i in named}
    return ActorIndex(actors=actors, mentions=[ActorMention(s, e, t, i, 0, 1, "name") for s, e, t, i in named])


def test_a_coordinated_speaker_is_a_joint_statement() -> None:
    from faultline.extract.attribution import joint_speakers

    # "Britain , France and Germany said no ."
    words = ["Britain", ",", "France", "and", "Germany", "said", "no", "."]
    doc = _doc(words, [5, 0, 0, 2, 2, 5, 5, 5], ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct"],
               ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    index = _states_index((0, 7, "Britain", "GBR"), (10, 16, "France", "FRA"), (21, 28, "Germany", "DEU"))
    assert joint_speakers(index, doc, 0, "GBR", [], [], doc.text) == ("GBR", "FRA", "DEU")
    # one part names no actor ("Britain and its allies"): no joint statement of known speakers
    partial = _states_index((0, 7, "Britain", "GBR"), (10, 16, "France", "FRA"))
    assert joint_speakers(partial, doc, 0, "GBR", [], [], doc.text) == ()
    # a single speaker is no joint statement
    assert joint_speakers(index, doc, 5, None, [], [], doc.text) == ()


def test_a_counted_group_speaks_for_the_last_joint_speakers_or_the_last_states_named() -> None:
    from faultline.extract.attribution import joint_speakers
    from faultline.model import Quote

    # "Spain , Italy and Greece met . The two governments said no ."
    words = ["Spain", ",", "Italy", "and", "Greece", "met", ".", "The", "two", "governments", "said", "no", "."]
    doc = Doc(Vocab(), words=words, heads=[5, 0, 0, 2, 2, 5, 5, 9, 9, 10, 10, 10, 10],
              deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT", "punct", "det", "nummod", "nsubj", "ROOT",
                    "dobj", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "NOUN", "VERB",
                   "INTJ", "PUNCT"],
              tags=["NNP", ",", "NNP", "CC", "NNP", "VBD", ".", "DT", "CD", "NNS", "VBD", "UH", "."],
              lemmas=["spain", ",", "italy", "and", "greece", "meet", ".", "the", "two", "government", "say",
                      "no", "."],
              sent_starts=[True] + [False] * 6 + [True] + [False] * 5)
    index = _states_index((0, 5, "Spain", "ESP"), (8, 13, "Italy", "ITA"), (18, 24, "Greece", "GRC"))
    # the last two states named: Italy and Greece
    assert joint_speakers(index, doc, 9, None, [], [], doc.text) == ("ITA", "GRC")
    # a joint statement before, of two states: its speakers
    said = [Quote("q1", "indirect", "x", 0, 1, speaker="ESP", speakers=("ESP", "ITA"))]
    assert joint_speakers(index, doc, 9, None, said, [], doc.text) == ("ESP", "ITA")
    # states named only inside what someone reported are no speakers
    assert joint_speakers(index, doc, 9, None, [], [(8, 24)], doc.text) == ()


def test_they_after_a_joint_statement_are_its_speakers() -> None:
    from faultline.extract.attribution import joint_speakers
    from faultline.model import Quote

    words = ["They", "said", "no", "."]
    doc = _doc(words, [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], ["PRON", "VERB", "INTJ", "PUNCT"],
               ["they", "say", "no", "."])
    joint = Quote("q1", "indirect", "x", 0, 0, speaker="DEU", speakers=("DEU", "FRA"))
    assert joint_speakers(_states_index(), doc, 0, None, [joint], [], doc.text) == ("DEU", "FRA")
    alone = Quote("q1", "indirect", "x", 0, 0, speaker="DEU")
    assert joint_speakers(_states_index(), doc, 0, None, [alone], [], doc.text) == ()


def test_a_joint_statements_speakers_are_in_its_dict_and_back() -> None:
    from faultline.model import Quote

    q = Quote("q1", "direct", "We propose a fund", 0, 17, speaker="DEU", speakers=("DEU", "FRA"))
    assert q.to_dict()["speakers"] == ["DEU", "FRA"] and Quote.from_dict(q.to_dict()) == q
    one = Quote("q2", "direct", "No", 0, 2, speaker="POL")
    assert one.to_dict()["speakers"] == ["POL"] and Quote.from_dict(one.to_dict()) == one
    assert Quote("q3", "direct", "No", 0, 2).voices == ()


def test_a_speaker_the_parser_hung_on_the_datelines_date_is_found_past_it() -> None:
    from faultline.extract.quotes import resolve_speaker

    # "BERLIN , May 4 — Germany and France said Europe must act ." with BERLIN and May both the
    # verb's subjects and Germany a conjunct of May
    words = ["BERLIN", ",", "May", "4", "—", "Germany", "and", "France", "said", "Europe", "must", "act", "."]
    doc = _doc(words, [8, 0, 8, 2, 2, 2, 5, 5, 8, 11, 11, 8, 8],
               ["nsubj", "punct", "nsubj", "nummod", "punct", "conj", "cc", "conj", "ROOT", "nsubj", "aux",
                "ccomp", "punct"],
               ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "AUX",
                "VERB", "PUNCT"],
               ["berlin", ",", "May", "4", "—", "Germany", "and", "France", "say", "Europe", "must", "act", "."],
               spaces=[False] + [True] * 10 + [False, False])
    m = resolve_speaker(doc, _cue_match(doc, (9, 11), 8, 0))
    assert m.speaker_head == 5 and doc.text[slice(*m.speaker_span)] == "Germany and France"


def test_a_statement_carried_by_a_medium_comes_before_the_mediums_report() -> None:
    # "Kenya said drivers waited , reports Politico ."
    words = ["Kenya", "said", "drivers", "waited", ",", "reports", "Politico", "."]
    doc = _doc(words, [1, 5, 3, 1, 5, 5, 5, 5], ["nsubj", "ccomp", "nsubj", "ccomp", "punct", "ROOT", "nsubj", "punct"],
               ["PROPN", "VERB", "NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PUNCT"],
               ["Kenya", "say", "driver", "wait", ",", "report", "Politico", "."])
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("say", "drivers waited", "Kenya")]


@pytest.mark.parametrize(("channel", "carried"), [("statement", True), ("agency", True), ("diplomat", True),
                                                   ("analyst", False)])
def test_a_statement_a_record_carries_comes_before_the_record(channel, carried) -> None:
    # "According to a statement , Kenya said drivers waited .": a record; "a agency", a medium,
    # passes it on too, and so does an unnamed source when the statement's speaker is named;
    # "a analyst" is a source of her own
    vocab = spacy.blank("en").vocab

    def said(subject: str, subject_pos: str) -> Doc:
        # "According to a <channel> , <subject> said drivers waited ."
        return Doc(vocab, words=["According", "to", "a", channel, ",", subject, "said", "drivers", "waited", "."],
                   heads=[6, 0, 3, 1, 6, 6, 6, 8, 6, 6],
                   deps=["prep", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                   pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", subject_pos, "VERB", "NOUN", "VERB", "PUNCT"],
                   lemmas=["accord", "to", "a", channel, ",", subject.lower() if subject_pos != "PROPN" else subject,
                           "say", "driver", "wait", "."])

    doc = said("Kenya", "PROPN")
    words = [t.text for t in doc]
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    if carried:
        assert rows == [("say", "drivers waited", "Kenya")]
        if channel == "diplomat":
            # a share of people polled is no named speaker: "According to a diplomat , most said …"
            doc = said("most", "ADJ")
            assert [m.cue for m in find_quotes(doc)[0]] == ["according to"]
    else:
        assert rows == [("according to", "Kenya said drivers waited", "a analyst")]
        return
    # a record of an act that is no statement keeps the record's attribution
    doc2 = Doc(vocab, words=words[:6] + ["sent", "drivers", "home", "."], heads=[6, 0, 3, 1, 6, 6, 6, 6, 6, 6],
               deps=["prep", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "dobj", "advmod", "punct"],
               pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "ADV", "PUNCT"],
               lemmas=["accord", "to", "a", "statement", ",", "Kenya", "send", "driver", "home", "."])
    rows = [(m.cue, doc2.text[m.start:m.end]) for m in find_quotes(doc2)[0]]
    assert rows == [("according to", "Kenya sent drivers home")]


def test_a_clause_right_after_a_dateline_is_not_set_inside_anothers_content() -> None:
    # "Talks \n LONDON — Britain agreed to talks , Smith said ." with "agreed" parsed as the
    # content of "said" and its subject after the dateline's dash
    words = ["Talks", "\n", "LONDON", "—", "Britain", "agreed", "to", "talks", ",", "Smith", "said", "."]
    doc = Doc(Vocab(), words=words, heads=[0, 0, 10, 2, 5, 10, 5, 6, 10, 10, 10, 10],
              deps=["ROOT", "dep", "nsubj", "punct", "nsubj", "ccomp", "prep", "pobj", "punct", "nsubj", "ROOT",
                    "punct"],
              pos=["NOUN", "SPACE", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB",
                   "PUNCT"],
              lemmas=["talk", "\n", "London", "—", "Britain", "agree", "to", "talk", ",", "Smith", "say", "."],
              spaces=[False, False, True, True, True, True, True, False, True, True, False, False])
    agreed = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "agree"]
    assert "Smith said" not in agreed


@pytest.mark.parametrize(("date_ent", "expected"), [("B-DATE", "the plan died"), ("O", "on Monday the plan died")])
def test_a_time_phrase_right_after_the_cue_dates_the_saying(date_ent, expected) -> None:
    # "Kenya said on Monday the plan died ." with "on Monday" parsed inside the reported clause
    words = ["Kenya", "said", "on", "Monday", "the", "plan", "died", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 6, 2, 5, 6, 1, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "det", "nsubj", "ccomp", "punct"],
              pos=["PROPN", "VERB", "ADP", "PROPN", "DET", "NOUN", "VERB", "PUNCT"],
              lemmas=["Kenya", "say", "on", "Monday", "the", "plan", "die", "."],
              ents=["O", "O", "O", date_ent, "O", "O", "O", "O"])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == [expected]


def test_finding_a_thing_is_no_cue_of_a_quotation_inside_it() -> None:
    # 'Kenya will find a way to get " peace now " .' -- "find" has a plain object: no statement
    words = ["Kenya", "will", "find", "a", "way", "to", "get", '"', "peace", "now", '"', "."]
    doc = _doc(words, [2, 2, 2, 4, 2, 6, 4, 6, 6, 8, 6, 2],
               ["nsubj", "aux", "ROOT", "det", "dobj", "aux", "relcl", "punct", "dobj", "advmod", "punct", "punct"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT", "NOUN", "ADV", "PUNCT", "PUNCT"],
               ["Kenya", "will", "find", "a", "way", "to", "get", '"', "peace", "now", '"', "."])
    assert [m.cue for m in find_quotes(doc)[0]] == []


def test_a_circumstance_after_what_was_asked_is_no_part_of_it() -> None:
    # "Japan urged China to lift the ban , as ministers met ."
    words = ["Japan", "urged", "China", "to", "lift", "the", "ban", ",", "as", "ministers", "met", "."]
    doc = _doc(words, [1, 1, 1, 4, 1, 6, 4, 4, 10, 10, 4, 1],
               ["nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "dobj", "punct", "mark", "nsubj", "advcl", "punct"],
               ["PROPN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT"],
               ["Japan", "urge", "China", "to", "lift", "the", "ban", ",", "as", "minister", "meet", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "urge"] == ["to lift the ban"]


def test_a_that_clause_hung_on_the_name_of_whom_it_was_told_is_what_was_told() -> None:
    # "Iwaya told his counterpart , Wang , that the ban hurt fishermen ." with the clause hung on "Wang"
    words = ["Iwaya", "told", "his", "counterpart", ",", "Wang", ",", "that", "the", "ban", "hurt", "fishermen", "."]
    doc = _doc(words, [1, 1, 3, 1, 1, 1, 5, 10, 9, 10, 5, 10, 1],
               ["nsubj", "ROOT", "poss", "dobj", "punct", "npadvmod", "punct", "mark", "det", "nsubj", "relcl",
                "dobj", "punct"],
               ["PROPN", "VERB", "PRON", "NOUN", "PUNCT", "PROPN", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "NOUN",
                "PUNCT"],
               ["Iwaya", "tell", "his", "counterpart", ",", "Wang", ",", "that", "the", "ban", "hurt", "fisherman", "."])
    told = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "tell"]
    assert told == ["the ban hurt fishermen"]


@pytest.mark.parametrize(("noun", "expected"), [
    ("briefing", ["the talks would resume"]),
    # a story is no audience: "that" opens a relative clause about it
    ("story", []),
])
def test_a_that_read_as_a_relative_after_an_audience_told_opens_what_was_told(noun, expected) -> None:
    # "The spokesman told a weekly briefing that the talks would resume ." with "that" as the
    # object of "resume" in a relative clause on "briefing"
    rows = [("The", 1, "det", "DET", "the", "DT"), ("spokesman", 2, "nsubj", "NOUN", "spokesman", "NN"),
            ("told", 2, "ROOT", "VERB", "tell", "VBD"), ("a", 5, "det", "DET", "a", "DT"),
            ("weekly", 5, "amod", "ADJ", "weekly", "JJ"), (noun, 2, "dobj", "NOUN", noun, "NN"),
            ("that", 10, "dobj", "PRON", "that", "WDT"), ("the", 8, "det", "DET", "the", "DT"),
            ("talks", 10, "nsubj", "NOUN", "talk", "NNS"), ("would", 10, "aux", "AUX", "would", "MD"),
            ("resume", 5, "relcl", "VERB", "resume", "VB"), (".", 2, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 10 + [False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "tell"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"what they protect is \'their own market\'," he said', "what they protect is 'their own market'"),
    ("“what they protect is ‘their own market’,” he said", "what they protect is ‘their own market’"),
    ("“‘Peace’ is possible,” he said", "‘Peace’ is possible"),
    # apostrophes are no quotation marks
    ('"The members\' view is clear, and Britain\'s too," he said', "The members' view is clear, and Britain's too"),
])
def test_a_quotation_nested_at_an_edge_keeps_its_marks(text, expected) -> None:
    from faultline.extract.quotes import _strip_span

    s, e = _strip_span(text, 0, text.index(" he said"))
    assert text[s:e] == expected


def test_an_unnamed_part_of_a_bloc_is_no_speaker() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "several NATO allies refused ." / "NATO allies refused ."
    for words, det, expected in ((["several", "NATO", "allies", "refused", "."], "amod", None),
                                 (["the", "NATO", "allies", "refused", "."], "det", "NATO")):
        doc = Doc(Vocab(), words=words, heads=[2, 2, 3, 3, 3], deps=[det, "compound", "nsubj", "ROOT", "punct"],
                  pos=["ADJ", "PROPN", "NOUN", "VERB", "PUNCT"], tags=["JJ", "NNP", "NNS", "VBD", "."],
                  lemmas=[words[0], "NATO", "ally", "refuse", "."])
        nato = Actor("NATO", "NATO", "bloc")
        index = ActorIndex(actors={"NATO": nato}, mentions=[ActorMention(doc[1].idx, doc[1].idx + 4, "NATO", "NATO", 1, 2)])
        assert speaker_of(index, doc, (0, doc[2].idx + len(doc[2])), 2) == expected, words


def test_a_summarising_aside_after_the_content_is_not_what_was_said() -> None:
    # "Kenya said in a statement that cuts would hurt , a line officials called unfair .": the
    # parser made the writer's aside the complement of "said" and hung the "that" clause on "statement"
    words = ["Kenya", "said", "in", "a", "statement", "that", "cuts", "would", "hurt", ",", "a", "line",
             "officials", "called", "unfair", "."]
    heads = [1, 1, 1, 4, 2, 8, 8, 8, 4, 13, 11, 12, 13, 1, 13, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "mark", "nsubj", "aux", "acl", "punct", "det", "nmod", "nsubj",
            "ccomp", "oprd", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "NOUN",
           "VERB", "ADJ", "PUNCT"]
    lemmas = ["Kenya", "say", "in", "a", "statement", "that", "cut", "would", "hurt", ",", "a", "line", "official",
              "call", "unfair", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              spaces=[True] * 8 + [False] + [True] * 5 + [False, False])
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["cuts would hurt"]


def test_a_time_phrase_hung_on_the_speaker_is_not_part_of_the_speaker() -> None:
    from faultline.extract.quotes import _speaker_span

    # "Ethiopia on Tuesday dismissed it ." with "on Tuesday" parsed under "Ethiopia"
    words = ["Ethiopia", "on", "Tuesday", "dismissed", "it", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 0, 1, 3, 3, 3], deps=["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "ADP", "PROPN", "VERB", "PRON", "PUNCT"], ents=["B-GPE", "O", "B-DATE", "O", "O", "O"])
    assert doc.text[slice(*_speaker_span(doc, doc[0], None))] == "Ethiopia"
    # a place is part of the phrase: "Officials in Cairo"
    doc = Doc(Vocab(), words=["Officials", "in", "Cairo", "said", "so", "."], heads=[3, 0, 1, 3, 3, 3],
              deps=["nsubj", "prep", "pobj", "ROOT", "advmod", "punct"],
              pos=["NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"], ents=["O", "O", "B-GPE", "O", "O", "O"])
    assert doc.text[slice(*_speaker_span(doc, doc[0], None))] == "Officials in Cairo"


def test_a_relative_that_before_the_cue_is_not_part_of_the_content() -> None:
    # "a cut that both sides said was needed ." with "that" parsed as the subject of "needed"
    words = ["a", "cut", "that", "both", "sides", "said", "was", "needed", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 7, 4, 5, 1, 7, 5, 1],
              deps=["det", "ROOT", "nsubj", "det", "nsubj", "relcl", "auxpass", "ccomp", "punct"],
              pos=["DET", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "AUX", "VERB", "PUNCT"],
              tags=["DT", "NN", "IN", "DT", "NNS", "VBD", "VBD", "VBN", "."],
              lemmas=["a", "cut", "that", "both", "side", "say", "be", "need", "."])
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["was needed"]


def test_a_reporting_clause_after_its_content_is_not_nested_in_it() -> None:
    from faultline.extract.quotes import _nested

    # "Ghana agreed to set prices , producers said ." with "said" hung on "agreed" as parataxis:
    # "said" reports "agreed", it is not reported by it
    doc = _doc(["Ghana", "agreed", "to", "set", "prices", ",", "producers", "said", "."],
               heads=[1, 1, 3, 1, 3, 7, 7, 1, 1],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "nsubj", "parataxis", "punct"],
               pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"],
               lemmas=["Ghana", "agree", "to", "set", "price", ",", "producer", "say", "."])
    assert not _nested(doc[7])
    # the clause above still counts: "Cooper said Ghana agreed , producers said ."
    doc = _doc(["Cooper", "said", "Ghana", "agreed", ",", "producers", "added", "."],
               heads=[1, 1, 3, 1, 6, 6, 3, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "parataxis", "punct"],
               pos=["PROPN", "VERB", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
               lemmas=["Cooper", "say", "Ghana", "agree", ",", "producer", "add", "."])
    assert _nested(doc[6])
    assert _nested(_nested_doc()[3])


def test_a_split_statement_that_loses_a_part_loses_the_other() -> None:
    lead = replace(_m("indirect", 0, 40, (45, 49)), split=True)     # "Ghana agreed to set prices"
    rest = replace(_m("indirect", 52, 80, (45, 49)), split=True)     # "in a move aimed at …"
    agreed = _m("indirect", 10, 40, (6, 12))                         # "to set prices" under "agreed"
    assert suppress_overlaps([(agreed, 0.9), (lead, 0.5), (rest, 0.5)]) == [agreed]
    # the better one keeps both parts, and an unsplit statement of the same cue is no part
    assert suppress_overlaps([(agreed, 0.4), (lead, 0.5), (rest, 0.5)]) == [lead, rest]
    whole = _m("indirect", 52, 80, (45, 49))
    assert suppress_overlaps([(agreed, 0.9), (lead, 0.5), (whole, 0.5)]) == [agreed, whole]


def test_a_name_broken_at_a_hyphen_is_one_speaker() -> None:
    from faultline.extract.quotes import _speaker_span

    # "said Kim Min-seok ," with the subject "Min" and "seok" left hanging from the verb
    words = ["said", "Kim", "Min", "-", "seok", ",", "a", "lawmaker", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, False, False, False, True, True, False, False],
              heads=[0, 2, 0, 0, 0, 4, 7, 4, 0],
              deps=["ROOT", "compound", "nsubj", "punct", "nsubj", "punct", "det", "appos", "punct"],
              pos=["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"],
              ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert doc.text[slice(*_speaker_span(doc, doc[2], None))] == "Kim Min-seok"
    # a word set apart by a space stays out, even when the recogniser took it in
    words = ["Israel", "'s", "ministry", "called", "it", "a", "ploy"]
    doc = Doc(Vocab(), words=words, spaces=[False, True, True, True, True, True, False],
              heads=[2, 0, 3, 3, 3, 6, 3], deps=["poss", "case", "nsubj", "ROOT", "dobj", "det", "oprd"],
              pos=["PROPN", "PART", "NOUN", "VERB", "PRON", "DET", "NOUN"],
              ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert doc.text[slice(*_speaker_span(doc, doc[2], None))] == "Israel's ministry"


def test_the_leaders_of_two_states_and_a_headline_comma_are_joint_speakers() -> None:
    from faultline.extract.attribution import joint_speakers

    # "The leaders of Japan and Korea agreed ."
    words = ["The", "leaders", "of", "Japan", "and", "Korea", "agreed", "."]
    doc = _doc(words, [1, 6, 1, 2, 3, 3, 6, 6], ["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"],
               ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"], [w.lower() for w in words])
    doc[1].tag_ = "NNS"
    index = _states_index((15, 20, "Japan", "JPN"), (25, 30, "Korea", "KOR"))
    assert joint_speakers(index, doc, 1, "JPN", [], [], doc.text) == ("JPN", "KOR")
    doc[1].tag_ = "NN"      # "the leader of …" is one
    assert joint_speakers(index, doc, 1, "JPN", [], [], doc.text) == ()
    # "Japan , Korea agree" (a headline's comma for "and", parsed as two subjects)
    words = ["Japan", ",", "Korea", "agree"]
    doc = _doc(words, [3, 3, 3, 3], ["nsubj", "punct", "nsubj", "ROOT"],
               ["PROPN", "PUNCT", "PROPN", "VERB"], [w.lower() for w in words])
    index = _states_index((0, 5, "Japan", "JPN"), (8, 13, "Korea", "KOR"))
    assert joint_speakers(index, doc, 2, "KOR", [], [], doc.text) == ("KOR", "JPN")
    # the same with the first name hung on the second ("Japan" its nmod)
    doc = _doc(words, [2, 2, 3, 3], ["nmod", "punct", "nsubj", "ROOT"],
               ["PROPN", "PUNCT", "PROPN", "VERB"], [w.lower() for w in words])
    assert joint_speakers(index, doc, 2, "KOR", [], [], doc.text) == ("KOR", "JPN")
    # a subject further back is no partner: "Japan said , Korea agree" has no comma right before
    words = ["Japan", "said", ",", "Korea", "agree"]
    doc = _doc(words, [4, 4, 4, 4, 4], ["nsubj", "dep", "punct", "nsubj", "ROOT"],
               ["PROPN", "VERB", "PUNCT", "PROPN", "VERB"], [w.lower() for w in words])
    index = _states_index((0, 5, "Japan", "JPN"), (13, 18, "Korea", "KOR"))
    assert joint_speakers(index, doc, 3, "KOR", [], [], doc.text) == ()


def test_the_city_an_embassy_sits_in_is_not_its_owner() -> None:
    from faultline.extract.attribution import speaker_of

    # "Statements from their embassies in Manila said so ."
    words = ["Statements", "from", "their", "embassies", "in", "Manila", "said", "so", "."]
    doc = _doc(words, [6, 0, 3, 1, 3, 4, 6, 6, 6],
               ["nsubj", "prep", "poss", "pobj", "prep", "pobj", "ROOT", "advmod", "punct"],
               ["NOUN", "ADP", "PRON", "NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"], [w.lower() for w in words])
    index = _states_index((35, 41, "Manila", "PHL"))
    assert speaker_of(index, doc, (0, 41), 0) is None
    # officials in a city are that state's: "Officials in Manila said so ."
    words = ["Officials", "in", "Manila", "said", "so", "."]
    doc = _doc(words, [3, 0, 1, 3, 3, 3], ["nsubj", "prep", "pobj", "ROOT", "advmod", "punct"],
               ["NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"], [w.lower() for w in words])
    index = _states_index((13, 19, "Manila", "PHL"))
    assert speaker_of(index, doc, (0, 19), 0) == "PHL"


def test_a_naming_verb_read_as_a_participle_with_two_complements_is_its_noun_s_act() -> None:
    from faultline.extract.quotes import _speaker, unnamed_source

    # "The ministry called the comments an interference ." with "called" hung on "ministry" (acl)
    words = ["The", "ministry", "called", "the", "comments", "an", "interference", "."]
    doc = _doc(words, [1, 1, 1, 4, 2, 6, 2, 1], ["det", "ROOT", "acl", "det", "oprd", "det", "oprd", "punct"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
               ["the", "ministry", "call", "the", "comment", "an", "interference", "."])
    doc[1].dep_ = "nsubj"
    doc[2].tag_ = "VBN"
    assert not unnamed_source(doc[2]) and _speaker(doc[2]).text == "ministry"
    # "a pact called Horizon" names one thing: a passive participle, no one's statement
    words = ["The", "pact", "called", "Horizon", "failed", "."]
    doc = _doc(words, [1, 4, 1, 2, 4, 4], ["det", "nsubj", "acl", "oprd", "ROOT", "punct"],
               ["DET", "NOUN", "VERB", "PROPN", "VERB", "PUNCT"], ["the", "pact", "call", "Horizon", "fail", "."])
    doc[2].tag_ = "VBN"
    assert unnamed_source(doc[2])


@pytest.mark.parametrize("wh", ["whether", "how", "when", "what"])
def test_declining_to_say_a_question_s_answer_is_no_statement(wh) -> None:
    # "A spokeswoman declined to say how it would end ."
    words = ["A", "spokeswoman", "declined", "to", "say", wh, "it", "would", "end", "."]
    doc = _doc(words, [1, 2, 2, 4, 2, 8, 8, 8, 4, 2],
               ["det", "nsubj", "ROOT", "aux", "xcomp", "advmod", "nsubj", "aux", "ccomp", "punct"],
               ["DET", "NOUN", "VERB", "PART", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
               ["a", "spokeswoman", "decline", "to", "say", wh, "it", "would", "end", "."])
    doc[4].tag_ = "VB"
    assert [m for m in find_quotes(doc)[0] if m.cue == "say"] == []
    # said outright, it is one: "She said how it would end ."
    words = ["She", "said", wh, "it", "would", "end", "."]
    doc = _doc(words, [1, 1, 5, 5, 5, 1, 1], ["nsubj", "ROOT", "advmod", "nsubj", "aux", "ccomp", "punct"],
               ["PRON", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"], ["she", "say", wh, "it", "would", "end", "."])
    doc[1].tag_ = "VBD"
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == [f"{wh} it would end"]


def test_a_reporting_participle_after_a_split_statement_is_the_speaker_s_next_statement() -> None:
    # "The change , she said , would need patience , adding that Helsinki agreed ."
    words = ["The", "change", ",", "she", "said", ",", "would", "need", "patience", ",", "adding", "that",
             "Helsinki", "agreed", "."]
    doc = _doc(words, [1, 7, 4, 4, 7, 4, 7, 7, 7, 7, 7, 13, 13, 10, 7],
               ["det", "nsubj", "punct", "nsubj", "parataxis", "punct", "aux", "ROOT", "dobj", "punct", "advcl",
                "mark", "nsubj", "ccomp", "punct"],
               ["DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT", "VERB", "SCONJ",
                "PROPN", "VERB", "PUNCT"],
               ["the", "change", ",", "she", "say", ",", "would", "need", "patience", ",", "add", "that",
                "Helsinki", "agree", "."])
    for i, tag in ((4, "VBD"), (6, "MD"), (7, "VB"), (10, "VBG"), (13, "VBD")):
        doc[i].tag_ = tag
    found = {(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]}
    assert ("say", "would need patience", "she") in found
    assert ("add", "Helsinki agreed", "she") in found
    assert not any(content.endswith("agreed") for cue, content, _ in found if cue == "say")


def test_a_quotation_going_on_into_the_next_paragraph_is_the_later_speaker_s() -> None:
    # “We have agreed on everything today. ¶ “It works,” the official said.
    words = ["“", "We", "have", "agreed", "on", "everything", "today", ".", "\n\n", "“", "It", "works", ",", "”",
             "the", "official", "said", "."]
    spaces = [False, True, True, True, True, True, False, False, False, False, True, False, False, True, True,
              True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=[3, 3, 3, 3, 3, 4, 3, 3, 7, 16, 11, 16, 16, 16, 15, 16,
                                                          16, 16],
              deps=["punct", "nsubj", "aux", "ROOT", "prep", "pobj", "npadvmod", "punct", "dep", "punct", "nsubj",
                    "ccomp", "punct", "punct", "det", "nsubj", "ROOT", "punct"],
              pos=["PUNCT", "PRON", "AUX", "VERB", "ADP", "PRON", "NOUN", "PUNCT", "SPACE", "PUNCT", "PRON", "VERB",
                   "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
              lemmas=["“", "we", "have", "agree", "on", "everything", "today", ".", "\n\n", "“", "it", "work", ",",
                      "”", "the", "official", "say", "."])
    doc[16].tag_ = "VBD"
    found = [(m.kind, doc.text[m.start:m.end], m.cue, m.speaker_span and doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert ("direct", "We have agreed on everything today", "say", "the official") in found
    assert ("direct", "It works", "say", "the official") in found


def test_a_clause_after_an_inverted_reporting_clause_and_its_phrase_is_no_content() -> None:
    # "Turkey is ready , an official said on Friday , provided Sweden acts ." with "acts" read as
    # a second complement of "said"
    words = ["Turkey", "is", "ready", ",", "an", "official", "said", "on", "Friday", ",", "provided", "Sweden",
             "acts", "."]
    doc = _doc(words, [1, 6, 1, 6, 5, 6, 6, 6, 7, 6, 6, 12, 6, 6],
               ["nsubj", "ccomp", "acomp", "punct", "det", "nsubj", "ROOT", "prep", "pobj", "punct", "prep", "nsubj",
                "ccomp", "punct"],
               ["PROPN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PROPN",
                "VERB", "PUNCT"],
               ["Turkey", "be", "ready", ",", "an", "official", "say", "on", "Friday", ",", "provide", "Sweden", "act",
                "."])
    doc[6].tag_ = "VBD"
    said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
    assert said == ["Turkey is ready"]


def _described_then_called(subject: str) -> Doc:
    """ "The ministry said the <subject> was illegal and called on Ankara to stop ." """
    words = ["The", "ministry", "said", "the", subject, "was", "illegal", "and", "called", "on", "Ankara", "to",
             "stop", "."]
    doc = _doc(words, [1, 2, 2, 4, 5, 2, 5, 5, 5, 8, 9, 12, 8, 2],
               ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "cc", "conj", "prep", "pobj", "aux",
                "xcomp", "punct"],
               ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "ADP", "PROPN", "PART", "VERB",
                "PUNCT"],
               ["the", "ministry", "say", "the", subject, "be", "illegal", "and", "call", "on", "Ankara", "to", "stop",
                "."])
    for i, tag in ((2, "VBD"), (5, "VBD"), (8, "VBD"), (12, "VB")):
        doc[i].tag_ = tag
    return doc


def test_a_request_joined_to_a_description_of_a_thing_is_the_speaker_s_next_act() -> None:
    doc = _described_then_called("survey")
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == ["the survey was illegal"]
    # a clause about someone who can act keeps the act: "… said the government was illegal and called …"
    doc = _described_then_called("government")
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == [
        "the government was illegal and called on Ankara to stop"]


def test_a_reporting_participle_hung_inside_the_content_is_the_speaker_s_next_statement() -> None:
    # "The office said there could be no talks , noting that residents voted ." with "noting" hung
    # on "be"; inside a quotation it stays: "… said “ it is right , knowing that we won ” ."
    words = ["The", "office", "said", "there", "could", "be", "no", "talks", ",", "noting", "that", "residents",
             "voted", "."]
    doc = _doc(words, [1, 2, 2, 5, 5, 2, 7, 5, 5, 5, 12, 12, 9, 2],
               ["det", "nsubj", "ROOT", "expl", "aux", "ccomp", "det", "attr", "punct", "advcl", "mark", "nsubj",
                "ccomp", "punct"],
               ["DET", "NOUN", "VERB", "PRON", "AUX", "AUX", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN", "VERB",
                "PUNCT"],
               ["the", "office", "say", "there", "could", "be", "no", "talk", ",", "note", "that", "resident", "vote",
                "."])
    for i, tag in ((2, "VBD"), (5, "VB"), (9, "VBG"), (12, "VBD")):
        doc[i].tag_ = tag
    found = {(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]}
    assert ("say", "there could be no talks") in found and ("note", "residents voted") in found
    quoted = [w for w in words]
    quoted[3:3] = ["“"]
    quoted[-1:-1] = ["”"]
    doc = _doc(quoted, [1, 2, 2, 6, 6, 6, 2, 8, 6, 6, 6, 13, 13, 10, 6, 2],
               ["det", "nsubj", "ROOT", "punct", "expl", "aux", "ccomp", "det", "attr", "punct", "advcl", "mark",
                "nsubj", "ccomp", "punct", "punct"],
               ["DET", "NOUN", "VERB", "PUNCT", "PRON", "AUX", "AUX", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN",
                "VERB", "PUNCT", "PUNCT"],
               ["the", "office", "say", "“", "there", "could", "be", "no", "talk", ",", "note", "that", "resident",
                "vote", "”", "."])
    for i, tag in ((2, "VBD"), (6, "VB"), (10, "VBG"), (13, "VBD")):
        doc[i].tag_ = tag
    assert not any(m.cue == "note" for m in find_quotes(doc)[0])


def _said_by(doc: Doc) -> list[tuple[str, str]]:
    """(content, speaker) of the matches whose cue is "say"."""
    return [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]
            if m.cue == "say"]


def test_the_one_the_media_quoted_as_saying_it_is_the_speaker() -> None:
    # "Media quoted the minister as saying that talks failed ."
    words = ["Media", "quoted", "the", "minister", "as", "saying", "that", "talks", "failed", "."]
    doc = _doc(words, [1, 1, 3, 1, 1, 4, 8, 8, 5, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "mark", "nsubj", "ccomp", "punct"],
               ["NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               ["medium", "quote", "the", "minister", "as", "say", "that", "talk", "fail", "."])
    doc[5].tag_ = "VBG"
    assert _said_by(doc) == [("talks failed", "the minister")]


def test_what_the_media_quoted_someone_as_saying_may_open_the_sentence() -> None:
    # "Talks failed , media quoted the minister as saying ."
    words = ["Talks", "failed", ",", "media", "quoted", "the", "minister", "as", "saying", "."]
    doc = _doc(words, [1, 4, 4, 4, 4, 6, 4, 4, 7, 4],
               ["nsubj", "ccomp", "punct", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "punct"],
               ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "PUNCT"],
               ["talk", "fail", ",", "medium", "quote", "the", "minister", "as", "say", "."])
    doc[8].tag_ = "VBG"
    assert _said_by(doc) == [("Talks failed", "the minister")]


def test_a_name_the_recogniser_ran_a_dateline_s_date_into_still_speaks() -> None:
    from faultline.extract.quotes import _speaking_word

    # "May 3 - Vietnam rejected it ." with "May 3 - Vietnam" read as one DATE
    doc = Doc(spacy.blank("en").vocab, words=["May", "3", "-", "Vietnam", "rejected", "it", "."],
              heads=[4, 0, 0, 4, 4, 4, 4], deps=["npadvmod", "nummod", "punct", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "NUM", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
              ents=["B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O"])
    assert _speaking_word(doc[3]) and not _speaking_word(doc[0])


def test_its_coast_guard_speaks_for_the_state_its_stands_for() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor

    # "Its coast guard said no ." with "Its" resolved to the Philippines
    words = ["Its", "coast", "guard", "said", "no", "."]
    doc = _doc(words, [2, 2, 3, 3, 3, 3], ["poss", "compound", "nsubj", "ROOT", "dobj", "punct"],
               ["PRON", "NOUN", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    phl = Actor(id="PHL", name="Philippines", type="state", country="PHL")
    index = ActorIndex(actors={"PHL": phl}, mentions=[ActorMention(0, 3, "Its", "PHL", 0, 1, "coref")])
    assert speaker_of(index, doc, (0, 15), 2) == "PHL"


def test_the_writer_s_summary_closing_a_reported_clause_is_not_part_of_it() -> None:
    # "Chad said it was ending the pact with France , a decision that hurts Paris ."
    words = ["Chad", "said", "it", "was", "ending", "the", "pact", "with", "France", ",", "a", "decision", "that",
             "hurts", "Paris", "."]
    doc = _doc(words, [1, 1, 4, 4, 1, 6, 4, 6, 7, 8, 11, 8, 13, 11, 13, 1],
               ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj", "punct", "det", "appos",
                "nsubj", "relcl", "dobj", "punct"],
               ["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PRON",
                "VERB", "PROPN", "PUNCT"],
               ["Chad", "say", "it", "be", "end", "the", "pact", "with", "France", ",", "a", "decision", "that", "hurt",
                "Paris", "."])
    doc[1].tag_ = "VBD"
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == [
        "it was ending the pact with France"]


def test_a_verb_inside_the_next_sentences_report_is_no_trailing_reporting_clause() -> None:
    # '"It is not infinite." / Mansour said Cairo would ask the council to act.' : the quotation is
    # not Cairo's asking (a verb inside what the next sentence reports)
    rows = [('"', 2, "punct", "PUNCT", '"', "``"), ("It", 2, "nsubj", "PRON", "it", "PRP"),
            ("is", 2, "ROOT", "AUX", "be", "VBZ"), ("not", 2, "neg", "PART", "not", "RB"),
            ("infinite", 2, "acomp", "ADJ", "infinite", "JJ"), (".", 2, "punct", "PUNCT", ".", "."),
            ('"', 2, "punct", "PUNCT", '"', "''"),
            ("Mansour", 8, "nsubj", "PROPN", "Mansour", "NNP"), ("said", 8, "ROOT", "VERB", "say", "VBD"),
            ("Cairo", 11, "nsubj", "PROPN", "Cairo", "NNP"), ("would", 11, "aux", "AUX", "would", "MD"),
            ("ask", 8, "ccomp", "VERB", "ask", "VB"), ("the", 13, "det", "DET", "the", "DT"),
            ("council", 11, "dobj", "NOUN", "council", "NN"), ("to", 15, "aux", "PART", "to", "TO"),
            ("act", 11, "xcomp", "VERB", "act", "VB"), (".", 8, "punct", "PUNCT", ".", ".")]
    spaces = [False, True, True, True, False, False, True] + [True] * 9 + [False]
    spaces[15] = False
    doc = _parsed(rows, sent_starts=(0, 7), spaces=spaces)
    found = [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]]
    assert ("direct", "It is not infinite", "ask") not in found
    assert ("indirect", "Cairo would ask the council to act", "say") in found


def _accused_of(quoted: list[str], verb=("accused", "accuse"), prep="of") -> list[tuple]:
    # 'Officials accused Doha of "hostage - taking" .' ('cautioned against "escalatory rhetoric"')
    n = len(quoted)
    rows = [("Officials", 1, "nsubj", "NOUN", "official", "NNS"), (verb[0], 1, "ROOT", "VERB", verb[1], "VBD")]
    if prep == "of":
        rows.append(("Doha", 1, "dobj", "PROPN", "Doha", "NNP"))
    p = len(rows)
    last = p + 1 + n
    rows += [(prep, 1, "prep", "ADP", prep, "IN"), ('"', last, "punct", "PUNCT", '"', "``")]
    for k, w in enumerate(quoted):
        rows.append((w, last if k < n - 1 else p, "amod" if k < n - 1 else "pobj", "NOUN", w, "NN"))
    rows += [('"', last, "punct", "PUNCT", '"', "''"), (".", 1, "punct", "PUNCT", ".", ".")]
    return rows


def test_a_hyphenated_word_quoted_is_words_not_a_handle() -> None:
    rows = _accused_of(["hostage", "-", "taking"])
    spaces = [True] * len(rows)
    spaces[4] = spaces[5] = spaces[6] = spaces[7] = spaces[8] = False
    doc = _parsed(rows, spaces=spaces)
    assert [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]] == [
        ("partial", "hostage-taking", "accuse")]


def test_cautioning_against_a_quoted_thing_is_its_cue() -> None:
    lex = load_lexicon()
    assert "against" in lex.preposition["caution"]


def test_a_call_for_something_after_the_reported_clause_is_the_speakers_next_statement() -> None:
    # "Osman said the floods had destroyed crops , and called for a mechanism ."
    rows = [("Osman", 1, "nsubj", "PROPN", "Osman", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("floods", 5, "nsubj", "NOUN", "flood", "NNS"),
            ("had", 5, "aux", "AUX", "have", "VBD"),
            ("destroyed", 1, "ccomp", "VERB", "destroy", "VBN"), ("crops", 5, "dobj", "NOUN", "crop", "NNS"),
            (",", 5, "punct", "PUNCT", ",", ","), ("and", 5, "cc", "CCONJ", "and", "CC"),
            ("called", 5, "conj", "VERB", "call", "VBD"), ("for", 9, "prep", "ADP", "for", "IN"),
            ("a", 12, "det", "DET", "a", "DT"), ("mechanism", 10, "pobj", "NOUN", "mechanism", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 14
    spaces[6] = spaces[12] = spaces[13] = False
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == [
        "the floods had destroyed crops"]


def test_they_inside_the_clause_of_a_coordinated_subject_are_that_subject() -> None:
    from faultline.extract.attribution import joint_speakers

    # "Japan and Australia condemned what they called aggression ."
    words = ["Japan", "and", "Australia", "condemned", "what", "they", "called", "aggression", "."]
    doc = _doc(words, [3, 0, 0, 3, 6, 6, 3, 6, 3],
               ["nsubj", "cc", "conj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "punct"],
               ["PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PRON", "VERB", "NOUN", "PUNCT"],
               ["japan", "and", "australia", "condemn", "what", "they", "call", "aggression", "."])
    index = _states_index((0, 5, "Japan", "JPN"), (10, 19, "Australia", "AUS"))
    assert joint_speakers(index, doc, 5, None, [], [], doc.text) == ("JPN", "AUS")
    # a single subject names no group
    alone = _states_index((0, 5, "Japan", "JPN"))
    assert joint_speakers(alone, doc, 5, None, [], [], doc.text) == ()


def test_an_adjective_the_parser_hangs_from_as_is_what_the_verb_names() -> None:
    # 'Brazil rejected it as " baseless " .' ("baseless" hung from "as")
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil", "NNP"), ("rejected", 1, "ROOT", "VERB", "reject", "VBD"),
            ("it", 1, "dobj", "PRON", "it", "PRP"), ("as", 1, "prep", "ADP", "as", "IN"),
            ('"', 5, "punct", "PUNCT", '"', "``"), ("baseless", 3, "amod", "ADJ", "baseless", "JJ"),
            ('"', 5, "punct", "PUNCT", '"', "''"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, False, False, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [(doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0] if m.kind == "partial"] == [
        ("baseless", "reject")]


def test_a_quoted_phrase_whose_preposition_the_parser_hung_outside_keeps_its_noun_as_root() -> None:
    # 'Ghana called for " restraint by all " .' ("by" as the agent of "called")
    rows = [("Ghana", 1, "nsubj", "PROPN", "Ghana", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("for", 1, "prep", "ADP", "for", "IN"), ('"', 4, "punct", "PUNCT", '"', "``"),
            ("restraint", 2, "pobj", "NOUN", "restraint", "NN"), ("by", 1, "agent", "ADP", "by", "IN"),
            ("all", 5, "pobj", "PRON", "all", "DT"), ('"', 1, "punct", "PUNCT", '"', "''"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, False, True, True, False, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [(m.kind, doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0]] == [
        ("partial", "restraint by all", "call")]


def test_a_subject_split_off_before_a_time_phrase_is_still_the_verbs() -> None:
    from faultline.extract.quotes import stranded_subject

    # "India held talks , and Pakistan 's minister this week accused India ." (the parser makes
    # "minister" a conjunct of "held" and "accused" a clause of it)
    rows = [("India", 1, "nsubj", "PROPN", "India", "NNP"), ("held", 1, "ROOT", "VERB", "hold", "VBD"),
            ("talks", 1, "dobj", "NOUN", "talk", "NNS"), (",", 1, "punct", "PUNCT", ",", ","),
            ("and", 1, "cc", "CCONJ", "and", "CC"), ("Pakistan", 7, "poss", "PROPN", "Pakistan", "NNP"),
            ("'s", 5, "case", "PART", "'s", "POS"), ("minister", 1, "conj", "NOUN", "minister", "NN"),
            ("this", 9, "det", "DET", "this", "DT"), ("week", 10, "npadvmod", "NOUN", "week", "NN"),
            ("accused", 1, "advcl", "VERB", "accuse", "VBD"), ("India", 10, "dobj", "PROPN", "India", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows)
    assert stranded_subject(doc[10]).text == "minister"


def test_another_speakers_statement_after_a_comma_and_ends_the_content() -> None:
    # "Builders said tariffs would add costs , and a spokesperson called it wrong ."
    rows = [("Builders", 1, "nsubj", "PROPN", "Builders", "NNPS"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("tariffs", 4, "nsubj", "NOUN", "tariff", "NNS"), ("would", 4, "aux", "AUX", "would", "MD"),
            ("add", 1, "ccomp", "VERB", "add", "VB"), ("costs", 4, "dobj", "NOUN", "cost", "NNS"),
            (",", 4, "punct", "PUNCT", ",", ","), ("and", 4, "cc", "CCONJ", "and", "CC"),
            ("a", 9, "det", "DET", "a", "DT"), ("spokesperson", 10, "nsubj", "NOUN", "spokesperson", "NN"),
            ("called", 4, "conj", "VERB", "call", "VBD"), ("it", 10, "dobj", "PRON", "it", "PRP"),
            ("wrong", 10, "oprd", "ADJ", "wrong", "JJ"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 14
    spaces[5] = spaces[12] = spaces[13] = False
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"] == ["tariffs would add costs"]


def test_a_conjunct_with_a_name_beside_it_speaks_as_that_person() -> None:
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import joint_speakers
    from faultline.model import Actor

    # "Mori and his Korean counterpart , Park , said no ."
    words = ["Mori", "and", "his", "Korean", "counterpart", ",", "Park", ",", "said", "no", "."]
    doc = _doc(words, [8, 0, 4, 4, 0, 4, 4, 4, 8, 8, 8],
               ["nsubj", "cc", "poss", "amod", "conj", "punct", "appos", "punct", "ROOT", "dobj", "punct"],
               ["PROPN", "CCONJ", "PRON", "ADJ", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"],
               ["mori", "and", "his", "korean", "counterpart", ",", "park", ",", "say", "no", "."])
    people = {"person:mori": (0, "Mori"), "person:park": (6, "Park")}
    actors = {i: Actor(id=i, name=t, type="person") for i, (_, t) in people.items()}
    actors["KOR"] = Actor(id="KOR", name="South Korea", type="state")
    mentions = [ActorMention(doc[k].idx, doc[k].idx + len(t), t, i, k, k + 1, "ner") for i, (k, t) in people.items()]
    mentions.append(ActorMention(doc[3].idx, doc[3].idx + 6, "Korean", "KOR", 3, 4, "name"))
    index = ActorIndex(actors=actors, mentions=mentions)
    assert joint_speakers(index, doc, 0, "person:mori", [], [], doc.text) == ("person:mori", "person:park")


def test_a_reporting_participle_hung_inside_the_reported_clause_is_the_speakers() -> None:
    # "Officials said Moresby could not pay , adding that the country backed it ."
    rows = [("Officials", 1, "nsubj", "NOUN", "official", "NNS"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("Moresby", 5, "nsubj", "PROPN", "Moresby", "NNP"), ("could", 5, "aux", "AUX", "could", "MD"),
            ("not", 5, "neg", "PART", "not", "RB"), ("pay", 1, "ccomp", "VERB", "pay", "VB"),
            (",", 5, "punct", "PUNCT", ",", ","), ("adding", 5, "advcl", "VERB", "add", "VBG"),
            ("that", 11, "mark", "SCONJ", "that", "IN"), ("the", 10, "det", "DET", "the", "DT"),
            ("country", 11, "nsubj", "NOUN", "country", "NN"), ("backed", 7, "ccomp", "VERB", "back", "VBD"),
            ("it", 11, "dobj", "PRON", "it", "PRP"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 14
    spaces[5] = spaces[12] = spaces[13] = False
    doc = _parsed(rows, spaces=spaces)
    found = {m.cue: doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0]}
    assert found.get("add") == "Officials"


def test_a_subject_the_parser_took_for_the_reporting_verbs_object_opens_the_content() -> None:
    # "Diplomats said a meeting , planned for May , was in doubt ." ("meeting" as the object)
    rows = [("Diplomats", 1, "nsubj", "NOUN", "diplomat", "NNS"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"), ("meeting", 1, "dobj", "NOUN", "meeting", "NN"),
            (",", 3, "punct", "PUNCT", ",", ","), ("planned", 3, "acl", "VERB", "plan", "VBN"),
            ("for", 5, "prep", "ADP", "for", "IN"), ("May", 6, "pobj", "PROPN", "May", "NNP"),
            (",", 1, "punct", "PUNCT", ",", ","), ("was", 1, "ccomp", "AUX", "be", "VBD"),
            ("in", 9, "prep", "ADP", "in", "IN"), ("doubt", 10, "pobj", "NOUN", "doubt", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 13
    spaces[3] = spaces[7] = spaces[11] = spaces[12] = False
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["a meeting, planned for May, was in doubt"]


def test_the_second_of_two_quoted_names_has_the_naming_verb_as_its_cue() -> None:
    # 'Ankara called it " bad " and " unworthy " , and the ministry said so .'
    rows = [("Ankara", 1, "nsubj", "PROPN", "Ankara", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("it", 1, "dobj", "PRON", "it", "PRP"), ('"', 4, "punct", "PUNCT", '"', "``"),
            ("bad", 1, "oprd", "ADJ", "bad", "JJ"), ('"', 4, "punct", "PUNCT", '"', "''"),
            ("and", 4, "cc", "CCONJ", "and", "CC"), ('"', 8, "punct", "PUNCT", '"', "``"),
            ("unworthy", 4, "conj", "ADJ", "unworthy", "JJ"), ('"', 8, "punct", "PUNCT", '"', "''"),
            (",", 1, "punct", "PUNCT", ",", ","), ("and", 1, "cc", "CCONJ", "and", "CC"),
            ("the", 13, "det", "DET", "the", "DT"), ("ministry", 14, "nsubj", "NOUN", "ministry", "NN"),
            ("said", 1, "conj", "VERB", "say", "VBD"), ("so", 14, "advmod", "ADV", "so", "RB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, False, False, True, True, False, False, False, True, True, True, True, True,
              False, False]
    doc = _parsed(rows, spaces=spaces)
    found = {doc.text[m.start:m.end]: m.cue for m in find_quotes(doc)[0]}
    assert found.get("unworthy") == "call"


def test_a_circumstance_inside_a_quotation_is_the_speakers_words() -> None:
    # 'Japan urged China to lift the ban " , as ministers met " .' -- the clause quoted
    words = ["Japan", "urged", "China", "to", "lift", "the", '"', "ban", ",", "as", "ministers", "met", '"', "."]
    doc = _doc(words, [1, 1, 1, 4, 1, 7, 7, 4, 4, 11, 11, 4, 4, 1],
               ["nsubj", "ROOT", "dobj", "aux", "xcomp", "det", "punct", "dobj", "punct", "mark", "nsubj", "advcl",
                "punct", "punct"],
               ["PROPN", "VERB", "PROPN", "PART", "VERB", "DET", "PUNCT", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB",
                "PUNCT", "PUNCT"],
               ["Japan", "urge", "China", "to", "lift", "the", '"', "ban", ",", "as", "minister", "meet", '"', "."])
    urged = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "urge"]
    assert urged == ['to lift the " ban , as ministers met "']


def test_the_ministries_in_two_capitals_speak_for_both_states() -> None:
    from faultline.extract.attribution import joint_speakers

    # "The ministries in Paris and Rome said no ."
    words = ["The", "ministries", "in", "Paris", "and", "Rome", "said", "no", "."]
    doc = _doc(words, [1, 6, 1, 2, 3, 3, 6, 6, 6],
               ["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct"],
               ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "INTJ", "PUNCT"],
               ["the", "ministry", "in", "paris", "and", "rome", "say", "no", "."])
    doc[1].tag_ = "NNS"
    index = _states_index((doc[3].idx, doc[3].idx + 5, "Paris", "FRA"), (doc[5].idx, doc[5].idx + 4, "Rome", "ITA"))
    assert joint_speakers(index, doc, 1, "FRA", [], [], doc.text) == ("FRA", "ITA")


def test_a_diplomat_in_a_capital_is_not_that_capitals_state() -> None:
    from faultline.extract.attribution import speaker_of

    # "A diplomat in Paris said no ." / "A Spanish diplomat in Paris said no ."
    words = ["A", "diplomat", "in", "Paris", "said", "no", "."]
    doc = _doc(words, [1, 4, 1, 2, 4, 4, 4], ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
               ["DET", "NOUN", "ADP", "PROPN", "VERB", "INTJ", "PUNCT"],
               ["a", "diplomat", "in", "paris", "say", "no", "."])
    index = _states_index((doc[3].idx, doc[3].idx + 5, "Paris", "FRA"))
    assert speaker_of(index, doc, (0, doc[3].idx + 5), 1) is None
    words = ["A", "Spanish", "diplomat", "in", "Paris", "said", "no", "."]
    doc = _doc(words, [2, 2, 5, 2, 3, 5, 5, 5], ["det", "amod", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
               ["DET", "ADJ", "NOUN", "ADP", "PROPN", "VERB", "INTJ", "PUNCT"],
               ["a", "spanish", "diplomat", "in", "paris", "say", "no", "."])
    index = _states_index((doc[1].idx, doc[1].idx + 7, "Spanish", "ESP"), (doc[4].idx, doc[4].idx + 5, "Paris", "FRA"))
    assert speaker_of(index, doc, (0, doc[4].idx + 5), 2) == "ESP"


@pytest.mark.parametrize("case", ["of_on_object", "infinitive_as_object"])
def test_a_quoted_phrase_under_the_verbs_own_preposition_takes_that_verb(case) -> None:
    if case == "of_on_object":
        # 'Zhou accused the leaders of " selling out " and said so .' ("of" hung on the object)
        rows = [("Zhou", 1, "nsubj", "PROPN", "Zhou", "NNP"), ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
                ("the", 3, "det", "DET", "the", "DT"), ("leaders", 1, "dobj", "NOUN", "leader", "NNS"),
                ("of", 3, "prep", "ADP", "of", "IN"), ('"', 6, "punct", "PUNCT", '"', "``"),
                ("selling", 4, "pcomp", "VERB", "sell", "VBG"), ("out", 6, "prt", "ADP", "out", "RP"),
                ('"', 6, "punct", "PUNCT", '"', "''"), ("and", 1, "cc", "CCONJ", "and", "CC"),
                ("said", 1, "conj", "VERB", "say", "VBD"), ("so", 10, "advmod", "ADV", "so", "RB"),
                (".", 1, "punct", "PUNCT", ".", ".")]
        spaces = [True, True, True, True, True, False, True, False, True, True, True, False, False]
        quoted, cue = "selling out", "accuse"
    else:
        # 'Spain urged Rome to " exercise restraint " and said so .' ("to" read as a preposition)
        rows = [("Spain", 1, "nsubj", "PROPN", "Spain", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
                ("Rome", 1, "dobj", "PROPN", "Rome", "NNP"), ("to", 1, "prep", "ADP", "to", "IN"),
                ('"', 6, "punct", "PUNCT", '"', "``"), ("exercise", 6, "compound", "NOUN", "exercise", "NN"),
                ("restraint", 3, "pobj", "NOUN", "restraint", "NN"), ('"', 6, "punct", "PUNCT", '"', "''"),
                ("and", 1, "cc", "CCONJ", "and", "CC"), ("said", 1, "conj", "VERB", "say", "VBD"),
                ("so", 9, "advmod", "ADV", "so", "RB"), (".", 1, "punct", "PUNCT", ".", ".")]
        spaces = [True, True, True, True, False, True, False, True, True, True, False, False]
        quoted, cue = "exercise restraint", "urge"
    doc = _parsed(rows, spaces=spaces)
    assert {doc.text[m.start:m.end]: m.cue for m in find_quotes(doc)[0]}.get(quoted) == cue


def test_a_place_based_diplomat_is_not_that_places_state() -> None:
    from faultline.extract.attribution import speaker_of

    # "A Geneva - based diplomat said no ."
    words = ["A", "Geneva", "-", "based", "diplomat", "said", "no", "."]
    doc = _doc(words, [4, 3, 3, 4, 5, 5, 5, 5], ["det", "npadvmod", "punct", "amod", "nsubj", "ROOT", "dobj", "punct"],
               ["DET", "PROPN", "PUNCT", "VERB", "NOUN", "VERB", "INTJ", "PUNCT"],
               ["a", "geneva", "-", "base", "diplomat", "say", "no", "."], spaces=[True, False, False, True, True, True,
                                                                                 False, False])
    index = _states_index((doc[1].idx, doc[1].idx + 6, "Geneva", "CHE"))
    assert speaker_of(index, doc, (0, doc[4].idx + 8), 4) is None


def test_another_speaker_in_a_with_clause_ends_the_content_and_names_the_quote() -> None:
    # 'Rome urged Brussels to appeal , with the minister calling the findings " quite absurd " .'
    rows = [("Rome", 1, "nsubj", "PROPN", "Rome", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("Brussels", 1, "dobj", "PROPN", "Brussels", "NNP"), ("to", 4, "aux", "PART", "to", "TO"),
            ("appeal", 1, "xcomp", "VERB", "appeal", "VB"), (",", 4, "punct", "PUNCT", ",", ","),
            ("with", 4, "prep", "ADP", "with", "IN"), ("the", 8, "det", "DET", "the", "DT"),
            ("minister", 6, "pobj", "NOUN", "minister", "NN"), ("calling", 8, "acl", "VERB", "call", "VBG"),
            ("the", 11, "det", "DET", "the", "DT"), ("findings", 9, "dobj", "NOUN", "finding", "NNS"),
            ('"', 14, "punct", "PUNCT", '"', "``"), ("quite", 14, "advmod", "ADV", "quite", "RB"),
            ("absurd", 8, "acl", "ADJ", "absurd", "JJ"),
            ('"', 14, "punct", "PUNCT", '"', "''"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, False, True, True, True, True, True, True, True, False, True, False, False,
              False]
    doc = _parsed(rows, spaces=spaces)
    found = {doc.text[m.start:m.end]: (m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]}
    assert found.get("to appeal", (None,))[0] == "urge"
    assert found.get("quite absurd") == ("call", "the minister")


def test_a_naming_verb_whose_object_the_quoted_words_describe_is_their_cue() -> None:
    # 'Iran called the resolution " politically void " and accused them of it .' (the quoted words
    # hung from the object as a clause)
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran", "NNP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("resolution", 1, "dobj", "NOUN", "resolution", "NN"),
            ('"', 1, "punct", "PUNCT", '"', "``"), ("politically", 6, "advmod", "ADV", "politically", "RB"),
            ("void", 3, "acl", "ADJ", "void", "JJ"), ('"', 1, "punct", "PUNCT", '"', "''"),
            ("and", 1, "cc", "CCONJ", "and", "CC"), ("accused", 1, "conj", "VERB", "accuse", "VBD"),
            ("them", 9, "dobj", "PRON", "they", "PRP"), ("of", 9, "prep", "ADP", "of", "IN"),
            ("it", 11, "pobj", "PRON", "it", "PRP"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, False, True, False, True, True, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert {doc.text[m.start:m.end]: m.cue for m in find_quotes(doc)[0]}.get("politically void") == "call"


def test_the_speakers_next_statement_after_a_split_content_is_not_more_of_it() -> None:
    # "The militia , he insisted , remained a threat , and he accused Kinshasa ."
    rows = [("The", 1, "det", "DET", "the", "DT"), ("militia", 6, "nsubj", "NOUN", "militia", "NN"),
            (",", 4, "punct", "PUNCT", ",", ","), ("he", 4, "nsubj", "PRON", "he", "PRP"),
            ("insisted", 6, "parataxis", "VERB", "insist", "VBD"), (",", 4, "punct", "PUNCT", ",", ","),
            ("remained", 6, "ROOT", "VERB", "remain", "VBD"), ("a", 8, "det", "DET", "a", "DT"),
            ("threat", 6, "attr", "NOUN", "threat", "NN"), (",", 6, "punct", "PUNCT", ",", ","),
            ("and", 6, "cc", "CCONJ", "and", "CC"), ("he", 12, "nsubj", "PRON", "he", "PRP"),
            ("accused", 6, "conj", "VERB", "accuse", "VBD"), ("Kinshasa", 12, "dobj", "PROPN", "Kinshasa", "NNP"),
            (".", 6, "punct", "PUNCT", ".", ".")]
    spaces = [True, False, True, False, False, True, True, True, False, True, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    parts = sorted(doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "insist")
    assert parts == ["The militia", "remained a threat"]


def test_a_term_named_by_no_one_is_no_quote() -> None:
    # 'It is a practice known as " the void " .' and 'a plan dubbed " the shield " by officials .'
    rows = [("It", 1, "nsubj", "PRON", "it", "PRP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
            ("a", 3, "det", "DET", "a", "DT"), ("practice", 1, "attr", "NOUN", "practice", "NN"),
            ("known", 3, "acl", "VERB", "know", "VBN"), ("as", 4, "prep", "ADP", "as", "IN"),
            ('"', 8, "punct", "PUNCT", '"', "``"), ("the", 8, "det", "DET", "the", "DT"),
            ("void", 5, "pobj", "NOUN", "void", "NN"), ('"', 8, "punct", "PUNCT", '"', "''"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, True, False, True, False, False, False]
    assert find_quotes(_parsed(rows, spaces=spaces))[0] == []
    rows = [("a", 1, "det", "DET", "a", "DT"), ("plan", 1, "ROOT", "NOUN", "plan", "NN"),
            ("dubbed", 1, "acl", "VERB", "dub", "VBN"), ('"', 5, "punct", "PUNCT", '"', "``"),
            ("the", 5, "det", "DET", "the", "DT"), ("shield", 2, "oprd", "NOUN", "shield", "NN"),
            ('"', 5, "punct", "PUNCT", '"', "''"), ("by", 2, "agent", "ADP", "by", "IN"),
            ("officials", 7, "pobj", "NOUN", "official", "NNS"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, False, True, False, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["the shield"]


def test_a_speakers_name_ends_where_the_split_quotation_goes_on() -> None:
    from faultline.extract.quotes import _speaker_span

    # 'said Rao , " and so on' with the parser hanging the comma, the mark and "and" on "Rao"
    rows = [("said", 0, "ROOT", "VERB", "say", "VBD"), ("Rao", 0, "nsubj", "PROPN", "Rao", "NNP"),
            (",", 1, "punct", "PUNCT", ",", ","), ('"', 1, "punct", "PUNCT", '"', "``"),
            ("and", 1, "cc", "CCONJ", "and", "CC"), ("so", 0, "advmod", "ADV", "so", "RB")]
    doc = _parsed(rows, spaces=[True, False, True, False, True, False])
    s, e = _speaker_span(doc, doc[1], None)
    assert doc.text[s:e] == "Rao"


def test_a_naming_verb_whose_object_the_parser_made_a_predicate_is_the_cue() -> None:
    # 'He called the note " the minimum owed " .' with "note" read as the object predicate
    rows = [("He", 1, "nsubj", "PRON", "he", "PRP"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("note", 1, "oprd", "NOUN", "note", "NN"),
            ('"', 6, "punct", "PUNCT", '"', "``"), ("the", 6, "det", "DET", "the", "DT"),
            ("minimum", 1, "dep", "NOUN", "minimum", "NN"), ("owed", 6, "acl", "VERB", "owe", "VBN"),
            ('"', 6, "punct", "PUNCT", '"', "''"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, False, True, True, False, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert {doc.text[m.start:m.end]: m.cue for m in find_quotes(doc)[0]}.get("the minimum owed") == "call"


def test_a_place_set_off_before_the_speakers_name_is_not_part_of_it() -> None:
    from faultline.extract.quotes import _speaker_span

    # "In Britain , the project said so ." with "In Britain" hung on "project"
    rows = [("In", 4, "prep", "ADP", "in", "IN"), ("Britain", 0, "pobj", "PROPN", "Britain", "NNP"),
            (",", 4, "punct", "PUNCT", ",", ","), ("the", 4, "det", "DET", "the", "DT"),
            ("project", 5, "nsubj", "NOUN", "project", "NN"), ("said", 5, "ROOT", "VERB", "say", "VBD"),
            ("so", 5, "advmod", "ADV", "so", "RB"), (".", 5, "punct", "PUNCT", ".", ".")]
    doc = _parsed(rows, spaces=[True, False, True, True, True, True, False, False])
    s, e = _speaker_span(doc, doc[4], None)
    assert doc.text[s:e] == "the project"


def test_a_time_phrase_after_the_speakers_description_is_not_part_of_it() -> None:
    from faultline.extract.quotes import _speaker_span

    # "Margolis , the envoy , after the vote said so ." with "after the vote" hung on the name
    rows = [("Margolis", 7, "nsubj", "PROPN", "Margolis", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
            ("the", 3, "det", "DET", "the", "DT"), ("envoy", 0, "appos", "NOUN", "envoy", "NN"),
            (",", 0, "punct", "PUNCT", ",", ","), ("after", 0, "prep", "ADP", "after", "IN"),
            ("the vote", 5, "pobj", "NOUN", "vote", "NN"), ("said", 7, "ROOT", "VERB", "say", "VBD"),
            ("so", 7, "advmod", "ADV", "so", "RB")]
    doc = _parsed(rows, spaces=[False, True, True, False, True, True, True, True, False])
    s, e = _speaker_span(doc, doc[0], None)
    assert doc.text[s:e] == "Margolis, the envoy"


def test_another_holders_stand_after_while_ends_the_content() -> None:
    # "Kenya argued talks should continue , while members backed Egypt ."
    rows = [("Kenya", 1, "nsubj", "PROPN", "Kenya", "NNP"), ("argued", 1, "ROOT", "VERB", "argue", "VBD"),
            ("talks", 4, "nsubj", "NOUN", "talk", "NNS"), ("should", 4, "aux", "AUX", "should", "MD"),
            ("continue", 1, "ccomp", "VERB", "continue", "VB"), (",", 4, "punct", "PUNCT", ",", ","),
            ("while", 8, "mark", "SCONJ", "while", "IN"), ("members", 8, "nsubj", "NOUN", "member", "NNS"),
            ("backed", 4, "advcl", "VERB", "back", "VBD"), ("Egypt", 8, "dobj", "PROPN", "Egypt", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 11
    spaces[4] = spaces[9] = spaces[10] = False
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "argue"] == ["talks should continue"]


def test_a_reported_clause_broken_at_a_hyphen_stays_whole() -> None:
    # "She noted that Kim had co - sponsored a bill ." ("co", "-" and "sponsored" each a clause)
    rows = [("She", 1, "nsubj", "PRON", "she", "PRP"), ("noted", 1, "ROOT", "VERB", "note", "VBD"),
            ("that", 5, "mark", "SCONJ", "that", "IN"), ("Kim", 5, "nsubj", "PROPN", "Kim", "NNP"),
            ("had", 5, "aux", "AUX", "have", "VBD"), ("co", 1, "ccomp", "VERB", "co", "VBN"),
            ("-", 1, "ccomp", "VERB", "-", "VBN"), ("sponsored", 1, "ccomp", "VERB", "sponsor", "VBN"),
            ("a", 9, "det", "DET", "a", "DT"), ("bill", 7, "dobj", "NOUN", "bill", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, False, False, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["Kim had co-sponsored a bill"]


def test_a_participle_opening_the_sentence_is_not_its_speaker() -> None:
    # "Testifying there , Kim told lawmakers that it grew ." with "Testifying" read as the subject
    rows = [("Testifying", 4, "csubj", "VERB", "testify", "VBG"), ("there", 0, "advmod", "ADV", "there", "RB"),
            (",", 0, "punct", "PUNCT", ",", ","), ("Kim", 0, "npadvmod", "PROPN", "Kim", "NNP"),
            ("told", 4, "ROOT", "VERB", "tell", "VBD"), ("lawmakers", 4, "dobj", "NOUN", "lawmaker", "NNS"),
            ("that", 8, "mark", "SCONJ", "that", "IN"), ("it", 8, "nsubj", "PRON", "it", "PRP"),
            ("grew", 4, "ccomp", "VERB", "grow", "VBD"), (".", 4, "punct", "PUNCT", ".", ".")]
    spaces = [True, False, True, True, True, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    [m] = find_quotes(doc)[0]
    assert doc.text[slice(*m.speaker_span)] == "Kim"


def test_a_speaker_whose_relative_clause_was_read_as_the_reported_clause_still_speaks() -> None:
    # "Coons , who signed it , told reporters he hoped ." with "Coons … signed it ," parsed as a
    # clause "told" reports, its comma inside it, and "told" left without a subject
    rows = [("Coons", 3, "nsubj", "PROPN", "Coons", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
            ("who", 3, "nsubj", "PRON", "who", "WP"), ("signed", 6, "ccomp", "VERB", "sign", "VBD"),
            ("it", 3, "dobj", "PRON", "it", "PRP"), (",", 3, "punct", "PUNCT", ",", ","),
            ("told", 6, "ROOT", "VERB", "tell", "VBD"), ("reporters", 6, "dobj", "NOUN", "reporter", "NNS"),
            ("he", 9, "nsubj", "PRON", "he", "PRP"), ("hoped", 6, "ccomp", "VERB", "hope", "VBD"),
            (".", 6, "punct", "PUNCT", ".", ".")]
    spaces = [False, True, True, True, False, True, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "tell"]
    assert (doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) == ("he hoped", "Coons")


def test_the_name_a_relative_clause_before_the_verb_describes_speaks() -> None:
    # "With the AP , Machado , who hid , said she left ." with "Machado" an apposition of "AP",
    # "who hid" a relative clause on "AP", and "said" without a subject
    rows = [("With", 9, "prep", "ADP", "with", "IN"), ("the", 2, "det", "DET", "the", "DT"),
            ("AP", 0, "pobj", "PROPN", "AP", "NNP"), (",", 2, "punct", "PUNCT", ",", ","),
            ("Machado", 2, "appos", "PROPN", "Machado", "NNP"), (",", 2, "punct", "PUNCT", ",", ","),
            ("who", 7, "nsubj", "PRON", "who", "WP"), ("hid", 2, "relcl", "VERB", "hide", "VBD"),
            (",", 9, "punct", "PUNCT", ",", ","), ("said", 9, "ROOT", "VERB", "say", "VBD"),
            ("she", 11, "nsubj", "PRON", "she", "PRP"), ("left", 9, "ccomp", "VERB", "leave", "VBD"),
            (".", 9, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, False, True, False, True, True, False, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    [m] = find_quotes(doc)[0]
    assert (doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) == ("she left", "Machado")


def test_a_quotation_in_the_gerund_of_a_cue_s_preposition_is_that_cue_s() -> None:
    # 'Ethiopia accused Egypt of trying to " destabilise it " after Cairo wrote .': the accuser's
    # words, not the nearer writer's
    rows = [("Ethiopia", 1, "nsubj", "PROPN", "Ethiopia", "NNP"), ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
            ("Egypt", 1, "dobj", "PROPN", "Egypt", "NNP"), ("of", 1, "prep", "ADP", "of", "IN"),
            ("trying", 3, "pcomp", "VERB", "try", "VBG"), ("to", 7, "aux", "PART", "to", "TO"),
            ('"', 7, "punct", "PUNCT", '"', "``"), ("destabilise", 4, "xcomp", "VERB", "destabilise", "VB"),
            ("it", 7, "dobj", "PRON", "it", "PRP"), ('"', 7, "punct", "PUNCT", '"', "''"),
            ("after", 12, "mark", "SCONJ", "after", "IN"), ("Cairo", 12, "nsubj", "PROPN", "Cairo", "NNP"),
            ("wrote", 7, "advcl", "VERB", "write", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, True, False, True, False, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    # (inside the accusation itself, what Egypt is accused of trying to do)
    found = [(doc.text[m.start:m.end], m.cue) for m in find_quotes(doc)[0] if "destabilise it" in doc.text[m.start:m.end]]
    assert found == [('trying to "destabilise it" after Cairo wrote', "accuse")]


def test_a_spokesman_passes_on_the_statement_of_the_state_set_off_before_the_verb() -> None:
    # "Hungary , the last member to approve it , said it would vote , according to a spokesman ."
    # with "Hungary" the subject of "approve" (not of "said")
    rows = [("Hungary", 6, "nsubj", "PROPN", "Hungary", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
            ("the", 4, "det", "DET", "the", "DT"), ("last", 4, "amod", "ADJ", "last", "JJ"),
            ("member", 0, "appos", "NOUN", "member", "NN"), ("to", 6, "aux", "PART", "to", "TO"),
            ("approve", 9, "advcl", "VERB", "approve", "VB"), ("it", 6, "dobj", "PRON", "it", "PRP"),
            (",", 9, "punct", "PUNCT", ",", ","), ("said", 9, "ROOT", "VERB", "say", "VBD"),
            ("it", 12, "nsubj", "PRON", "it", "PRP"), ("would", 12, "aux", "AUX", "would", "MD"),
            ("vote", 9, "ccomp", "VERB", "vote", "VB"), (",", 9, "punct", "PUNCT", ",", ","),
            ("according", 9, "prep", "VERB", "accord", "VBG"), ("to", 14, "prep", "ADP", "to", "IN"),
            ("a", 17, "det", "DET", "a", "DT"), ("spokesman", 15, "pobj", "NOUN", "spokesman", "NN"),
            (".", 9, "punct", "PUNCT", ".", ".")]
    spaces = [False, True, True, True, True, True, True, False, True, True, True, True, False, True, True, True, True,
              False, False]
    doc = _parsed(rows, spaces=spaces)
    found = [(m.cue, doc.text[slice(*m.speaker_span)] if m.speaker_span else None, doc.text[m.start:m.end])
             for m in find_quotes(doc)[0]]
    assert found == [("say", "Hungary, the last member", "it would vote")]


def test_a_finite_verb_joined_to_an_infinitive_is_the_subject_s_next_act() -> None:
    # "She refused to recognise it and called on them to rally ." with "called" a conjunct of
    # "recognise": two statements, not one
    rows = [("She", 1, "nsubj", "PRON", "she", "PRP"), ("refused", 1, "ROOT", "VERB", "refuse", "VBD"),
            ("to", 3, "aux", "PART", "to", "TO"), ("recognise", 1, "xcomp", "VERB", "recognise", "VB"),
            ("it", 3, "dobj", "PRON", "it", "PRP"), ("and", 3, "cc", "CCONJ", "and", "CC"),
            ("called", 3, "conj", "VERB", "call", "VBD"), ("on", 6, "prep", "ADP", "on", "IN"),
            ("them", 7, "pobj", "PRON", "they", "PRP"), ("to", 10, "aux", "PART", "to", "TO"),
            ("rally", 6, "xcomp", "VERB", "rally", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 10 + [False, False]
    doc = _parsed(rows, spaces=spaces)
    found = {(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]}
    assert ("refuse", "to recognise it") in found and ("call", "to rally") in found


def test_a_participle_joined_to_a_relative_clause_goes_on_the_participle_before() -> None:
    # "Students marched , demanding aid for victims who died and calling on them to resign ." with
    # "calling" read as a conjunct of "died" (whose subject is "who")
    rows = [("Students", 1, "nsubj", "NOUN", "student", "NNS"), ("marched", 1, "ROOT", "VERB", "march", "VBD"),
            (",", 1, "punct", "PUNCT", ",", ","), ("demanding", 1, "advcl", "VERB", "demand", "VBG"),
            ("aid", 3, "dobj", "NOUN", "aid", "NN"), ("for", 3, "prep", "ADP", "for", "IN"),
            ("victims", 5, "pobj", "NOUN", "victim", "NNS"), ("who", 8, "nsubj", "PRON", "who", "WP"),
            ("died", 6, "relcl", "VERB", "die", "VBD"), ("and", 8, "cc", "CCONJ", "and", "CC"),
            ("calling", 8, "conj", "VERB", "call", "VBG"), ("on", 10, "prep", "ADP", "on", "IN"),
            ("them", 11, "pobj", "PRON", "they", "PRP"), ("to", 14, "aux", "PART", "to", "TO"),
            ("resign", 10, "xcomp", "VERB", "resign", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [False, False, True, True, True, True, True, True, True, True, True, True, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "call"]
    assert doc.text[slice(*m.speaker_span)] == "Students"


def test_a_straight_mark_opening_a_quotation_inside_a_content_stays_with_it() -> None:
    # 'He said " local forces " must lead .' with the opening mark hung outside the clause
    rows = [("He", 1, "nsubj", "PRON", "he", "PRP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ('"', 1, "punct", "PUNCT", '"', "``"), ("local", 4, "amod", "ADJ", "local", "JJ"),
            ("forces", 7, "nsubj", "NOUN", "force", "NNS"), ('"', 4, "punct", "PUNCT", '"', "''"),
            ("must", 7, "aux", "AUX", "must", "MD"), ("lead", 1, "ccomp", "VERB", "lead", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, False, True, False, True, True, False, False]
    doc = _parsed(rows, spaces=spaces)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.kind == "indirect"] == ['"local forces" must lead']


@pytest.mark.parametrize("hung_on_adjunct", [False, True])
def test_a_call_joined_to_a_described_doing_is_the_reporter_s(hung_on_adjunct) -> None:
    # "Vucic said ( in an address ) that Kurti was pushing war and called on NATO to act ." with
    # "called" a conjunct of "pushing" (the reporter's next act, not Kurti's)
    rows = [("Vucic", 1, "nsubj", "PROPN", "Vucic", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("in", 1, "prep", "ADP", "in", "IN"), ("an", 4, "det", "DET", "an", "DT"),
            ("address", 2, "pobj", "NOUN", "address", "NN"), ("that", 9, "mark", "SCONJ", "that", "IN"),
            ("Kurti", 9, "nsubj", "PROPN", "Kurti", "NNP"), ("was", 9, "aux", "AUX", "be", "VBD"),
            ("deliberately", 9, "advmod", "ADV", "deliberately", "RB"),
            ("pushing", 4 if hung_on_adjunct else 1, "acl" if hung_on_adjunct else "ccomp", "VERB", "push", "VBG"),
            ("war", 9, "dobj", "NOUN", "war", "NN"), ("and", 9, "cc", "CCONJ", "and", "CC"),
            ("called", 9, "conj", "VERB", "call", "VBD"), ("on", 12, "prep", "ADP", "on", "IN"),
            ("NATO", 13, "pobj", "PROPN", "NATO", "NNP"), ("to", 16, "aux", "PART", "to", "TO"),
            ("act", 12, "xcomp", "VERB", "act", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True] * 16 + [False, False]
    doc = _parsed(rows, spaces=spaces)
    [m] = [m for m in find_quotes(doc)[0] if m.cue == "call"]
    assert doc.text[slice(*m.speaker_span)] == "Vucic"


def _block_doc(lead, body):
    """'<lead> :' + a paragraph break + ``body``: each a list of (word, head, dep, pos, lemma, tag)
    rows with heads inside their own part; the body is its own sentence."""
    n = len(lead)
    rows = list(lead) + [(":", lead_root(lead), "punct", "PUNCT", ":", ":"), ("\n\n", n, "dep", "SPACE", "\n\n", "_SP")]
    rows += [(w, h + n + 2, d, p, lem, t) for w, h, d, p, lem, t in body]
    spaces = [True] * (n - 1) + [False, False, False] + [True] * (len(body) - 2) + [False, False]
    return _parsed(rows, sent_starts=(0, n + 2), spaces=spaces)


def lead_root(lead):
    return next(i for i, r in enumerate(lead) if r[2] == "ROOT")


_BODY = [("It", 1, "nsubj", "PRON", "it", "PRP"), ("is", 1, "ROOT", "AUX", "be", "VBZ"),
         ("typical", 1, "acomp", "ADJ", "typical", "JJ"), ("of", 2, "prep", "ADP", "of", "IN"),
         ("her", 3, "pobj", "PRON", "she", "PRP"), (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_reporting_clause_closed_by_a_colon_at_a_paragraph_end_sets_off_the_next_paragraph() -> None:
    # "The governor added:" then a paragraph with no quotation marks: what the governor added
    lead = [("The", 1, "det", "DET", "the", "DT"), ("governor", 2, "nsubj", "NOUN", "governor", "NN"),
            ("added", 2, "ROOT", "VERB", "add", "VBD")]
    doc = _block_doc(lead, _BODY)
    found = [(doc.text[m.start:m.end], m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert found == [("It is typical of her", "add", "The governor")]


def test_a_colon_after_a_verb_with_its_own_object_or_before_a_list_sets_off_nothing() -> None:
    # "She posted a photo:" (the colon shows the photo, not her words)
    lead = [("She", 1, "nsubj", "PRON", "she", "PRP"), ("posted", 1, "ROOT", "VERB", "post", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"), ("photo", 1, "dobj", "NOUN", "photo", "NN")]
    assert find_quotes(_block_doc(lead, _BODY))[0] == []
    # "He added:" then "- It is typical of her." (a list's item)
    lead = [("He", 1, "nsubj", "PRON", "he", "PRP"), ("added", 1, "ROOT", "VERB", "add", "VBD")]
    listed = [("-", 1, "punct", "PUNCT", "-", ":")] + [(w, h + 1, d, p, lem, t) for w, h, d, p, lem, t in _BODY]
    assert find_quotes(_block_doc(lead, listed))[0] == []
    # the same lead before an ordinary paragraph does set it off
    assert [m.cue for m in find_quotes(_block_doc(lead, _BODY))[0]] == ["add"]


def test_a_block_quotation_is_set_off_by_the_reporting_verb_above_the_colon() -> None:
    # "MSNBC suggested that Clinton has the following tasks:" (the colon hangs from "has"): the
    # paragraph after it is what MSNBC suggested, not what Clinton has
    lead = [("MSNBC", 1, "nsubj", "PROPN", "MSNBC", "NNP"), ("suggested", 1, "ROOT", "VERB", "suggest", "VBD"),
            ("that", 4, "mark", "SCONJ", "that", "IN"), ("Clinton", 4, "nsubj", "PROPN", "Clinton", "NNP"),
            ("has", 1, "ccomp", "VERB", "have", "VBZ"), ("the", 7, "det", "DET", "the", "DT"),
            ("following", 7, "amod", "VERB", "follow", "VBG"), ("tasks", 4, "dobj", "NOUN", "task", "NNS")]
    doc = _block_doc(lead, _BODY)
    doc[8].head = doc[4]    # the colon hangs from "has"
    found = {(doc.text[m.start:m.end], m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]}
    assert ("It is typical of her", "suggest", "MSNBC") in found


def test_as_someone_put_it_is_a_reporting_clause() -> None:
    # 'Farmers , as Hart put it , " cannot pay . "' (the quotation is what Hart said)
    rows = [("Farmers", 10, "nsubj", "NOUN", "farmer", "NNS"), (",", 10, "punct", "PUNCT", ",", ","),
            ("as", 4, "mark", "SCONJ", "as", "IN"), ("Hart", 4, "nsubj", "PROPN", "Hart", "NNP"),
            ("put", 10, "advcl", "VERB", "put", "VBD"), ("it", 4, "dobj", "PRON", "it", "PRP"),
            (",", 10, "punct", "PUNCT", ",", ","), ('"', 10, "punct", "PUNCT", '"', "``"),
            ("can", 10, "aux", "AUX", "can", "MD"), ("not", 10, "neg", "PART", "not", "RB"),
            ("pay", 10, "ROOT", "VERB", "pay", "VB"), (".", 10, "punct", "PUNCT", ".", "."),
            ('"', 10, "punct", "PUNCT", '"', "''")]
    doc = _parsed(rows, spaces=[False, True, True, True, True, False, True, False, False, True, False, False, False])
    found = [(doc.text[m.start:m.end], m.cue, m.speaker_span and doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc)[0]]
    assert ("cannot pay", "say", "Hart") in found


def test_a_lone_name_the_recogniser_read_as_a_date_can_speak() -> None:
    # "Thune argued that costs rose ." with "Thune" tagged DATE (after "… over the weekend.");
    # a calendar word so tagged cannot ("Monday argued …" is no speaker)
    from spacy.tokens import Span

    for name, speaks in (("Thune", True), ("Monday", False)):
        rows = [(name, 1, "nsubj", "PROPN", name, "NNP"), ("argued", 1, "ROOT", "VERB", "argue", "VBD"),
                ("that", 4, "mark", "SCONJ", "that", "IN"), ("costs", 4, "nsubj", "NOUN", "cost", "NNS"),
                ("rose", 1, "ccomp", "VERB", "rise", "VBD"), (".", 1, "punct", "PUNCT", ".", ".")]
        doc = _parsed(rows, spaces=[True, True, True, True, False, False])
        doc.ents = [Span(doc, 0, 1, label="DATE")]
        found = [(m.cue, m.speaker_span and doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
        assert found == [("argue", name if speaks else None)]


def test_a_transcript_label_the_parser_read_as_a_noun_is_still_its_speaker() -> None:
    # "Elina Valtonen spoke .\n\nValtonen: We are ready ." with the label tagged NOUN (the name is
    # a person's elsewhere); "Interview: …" as a headline is a rubric, no speaker
    from faultline.extract.quotes import colon_form
    words = ["Elina", "Valtonen", "spoke", ".", "\n\n", "Valtonen", ":", "We", "are", "ready", "now", "."]
    doc = _colon_doc(words, ["PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "NOUN", "PUNCT", "PRON", "AUX", "ADJ",
                             "ADV", "PUNCT"],
                     spaces=[True, True, False, False, False, False, True, True, True, True, False, False])
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert colon_form(doc[6]) == "label"
    # a transcript's answer is the speaker's own words: a direct quote
    assert [(m.kind, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]] == [("direct", "Valtonen")]
    headline = _colon_doc(["Interview", ":", "The", "minister", "on", "defence"],
                          ["NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN"])
    assert colon_form(headline[1]) is None


def test_a_whose_subject_merged_into_the_sentence_is_not_the_speaker() -> None:
    # "Brazil , whose government kept ties , warned that Chile wants war ." with the parser making
    # "kept" the root, "government" its second subject and "warned" a conjunct
    words = ["Brazil", ",", "whose", "government", "kept", "ties", ",", "warned", "that", "Chile", "wants",
             "war", "."]
    doc = _doc(words, heads=[4, 0, 3, 4, 4, 4, 4, 4, 10, 10, 7, 10, 4],
               deps=["nsubj", "punct", "poss", "nsubj", "ROOT", "dobj", "punct", "conj", "mark", "nsubj", "ccomp",
                     "dobj", "punct"],
               pos=["PROPN", "PUNCT", "PRON", "NOUN", "VERB", "NOUN", "PUNCT", "VERB", "SCONJ", "PROPN", "VERB",
                    "NOUN", "PUNCT"],
               lemmas=["Brazil", ",", "whose", "government", "keep", "tie", ",", "warn", "that", "Chile", "want",
                       "war", "."])
    rows = [(m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("warn", "Brazil")]


def test_a_participle_hung_on_a_verbless_root_is_said_by_the_clause_before() -> None:
    # "Talks stalled as Iran rejected a deal , saying the sum fell short ." with the parser making
    # "Talks" the root, "saying" its participle and "sum" the object of "saying"
    words = ["Talks", "stalled", "as", "Iran", "rejected", "a", "deal", ",", "saying", "the", "sum", "fell", "short",
             "."]
    doc = _doc(words, heads=[0, 0, 4, 4, 1, 6, 4, 0, 0, 10, 8, 8, 11, 0],
               deps=["ROOT", "acl", "mark", "nsubj", "advcl", "det", "dobj", "punct", "acl", "det", "dobj", "ccomp",
                     "advmod", "punct"],
               pos=["NOUN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB",
                    "ADV", "PUNCT"],
               lemmas=["talk", "stall", "as", "Iran", "reject", "a", "deal", ",", "say", "the", "sum", "fall", "short",
                       "."])
    doc[8].tag_ = "VBG"
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert ("say", "the sum fell short", "Iran") in rows


def test_a_participle_on_a_verbless_root_is_not_said_by_an_infinitive_s_subject() -> None:
    # "Talks called for Iran to reject a deal , saying the sum fell short ." (misparsed as above):
    # Iran, asked to act, does not say it
    words = ["Talks", "called", "for", "Iran", "to", "reject", "a", "deal", ",", "saying", "the", "sum", "fell",
             "short", "."]
    doc = _doc(words, heads=[0, 0, 5, 5, 5, 1, 7, 5, 0, 0, 11, 9, 9, 12, 0],
               deps=["ROOT", "acl", "mark", "nsubj", "aux", "advcl", "det", "dobj", "punct", "acl", "det", "dobj",
                     "ccomp", "advmod", "punct"],
               pos=["NOUN", "VERB", "SCONJ", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN",
                    "VERB", "ADV", "PUNCT"],
               lemmas=["talk", "call", "for", "Iran", "to", "reject", "a", "deal", ",", "say", "the", "sum", "fall",
                       "short", "."])
    doc[9].tag_ = "VBG"
    doc[5].tag_ = "VB"
    speakers = [doc.text[slice(*m.speaker_span)] for m in find_quotes(doc)[0] if m.cue == "say" and m.speaker_span]
    assert "Iran" not in speakers


def test_a_spokesman_for_its_command_speaks_for_what_its_stands_for() -> None:
    # "A spokesman for its command said no ." with "its" resolved to the state before
    from faultline.extract.actors import ActorIndex, ActorMention
    from faultline.extract.attribution import speaker_of
    from faultline.model import Actor
    india = Actor(id="IND", name="India", type="state", country="IND")
    words = ["A", "spokesman", "for", "its", "command", "said", "no", "."]
    doc = _doc(words, [1, 5, 1, 4, 2, 5, 5, 5], ["det", "nsubj", "prep", "poss", "pobj", "ROOT", "dobj", "punct"],
               ["DET", "NOUN", "ADP", "PRON", "NOUN", "VERB", "INTJ", "PUNCT"], [w.lower() for w in words])
    its = doc[3]
    index = ActorIndex(actors={india.id: india}, mentions=[ActorMention(its.idx, its.idx + 3, "its", "IND", 3, 4, "coref")])
    assert speaker_of(index, doc, (0, doc[4].idx + len("command")), 1) == "IND"


def test_a_noun_joined_to_an_object_after_and_is_the_next_verb_s_speaker() -> None:
    # "Hungary said it takes no seekers , and Poland 's government , which backed the deal , now
    # says it rejects the scheme ." with "government" read as a second object and "says" given no
    # subject: Poland's government says it, and Hungary's statement stops before it
    words = ["Hungary", "said", "it", "takes", "no", "seekers", ",", "and", "Poland", "'s", "government", ",",
             "which", "backed", "the", "deal", ",", "now", "says", "it", "rejects", "the", "scheme", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 5, 10, 8, 5, 10, 13, 10, 15, 13, 3, 18, 1, 20, 18, 22, 20, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct", "cc", "poss", "case", "conj", "punct",
            "nsubj", "relcl", "det", "dobj", "punct", "advmod", "conj", "nsubj", "ccomp", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "PART", "NOUN", "PUNCT",
           "PRON", "VERB", "DET", "NOUN", "PUNCT", "ADV", "VERB", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "PRP", "VBZ", "DT", "NNS", ",", "CC", "NNP", "POS", "NN", ",", "WDT", "VBD", "DT", "NN",
            ",", "RB", "VBZ", "PRP", "VBZ", "DT", "NN", "."]
    lemmas = [{"said": "say", "says": "say", "takes": "take", "rejects": "reject", "backed": "back"}.get(w, w.lower())
              for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags,
              spaces=[nxt not in (",", ".", "'s") for nxt in words[1:] + ["."]],
              sent_starts=[True] + [False] * (len(words) - 1))
    said = {doc.text[slice(*m.speaker_span)]: doc.text[m.start:m.end] for m in find_quotes(doc)[0]}
    assert said == {"Hungary": "it takes no seekers", "Poland's government": "it rejects the scheme"}


def test_a_fragment_on_a_gerund_of_an_accusation_is_the_accusation_s() -> None:
    # "Britain accused France of violating the truce “hundreds of times” .": the gerund's second
    # "object" is an adverbial, not a naming; the cue is "accused"
    words = ["Britain", "accused", "France", "of", "violating", "the", "truce", "“", "hundreds", "of", "times", "”", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 8, 4, 8, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "dobj", "punct", "dobj", "prep", "pobj", "punct", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "DT", "NN", "``", "NNS", "IN", "NNS", "''", "."]
    lemmas = ["Britain", "accuse", "France", "of", "violate", "the", "truce", "“", "hundred", "of", "time", "”", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              spaces=[True, True, True, True, True, True, True, False, True, True, False, False, False],
              sent_starts=[True] + [False] * (len(words) - 1))
    (m,) = [m for m in find_quotes(doc)[0] if "hundreds of times" in doc.text[m.start:m.end]]
    assert (m.kind, m.cue, doc.text[m.start:m.end]) == ("indirect", "accuse", "violating the truce “hundreds of times”")


def test_a_transcript_label_made_a_subject_gives_way_to_its_apposition() -> None:
    # "Q : Britain and France threatened to veto the plan ." with "Q" the parser's subject and
    # "Britain and France" its apposition
    words = ["Q", ":", "Britain", "and", "France", "threatened", "to", "veto", "the", "plan", "."]
    heads = [5, 0, 0, 2, 2, 5, 7, 5, 9, 7, 5]
    deps = ["nsubj", "punct", "appos", "cc", "conj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", ":", "NNP", "CC", "NNP", "VBD", "TO", "VB", "DT", "NN", "."]
    lemmas = ["q", ":", "Britain", "and", "France", "threaten", "to", "veto", "the", "plan", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              spaces=[False, True, True, True, True, True, True, True, True, False, False],
              sent_starts=[True] + [False] * (len(words) - 1))
    (m,) = [m for m in find_quotes(doc)[0] if m.cue == "threaten"]
    assert doc.text[slice(*m.speaker_span)] == "Britain and France" and m.speaker_head == 2


def test_an_appeal_after_a_reported_clause_on_the_reporter_or_its_standing_is_the_reporter_s() -> None:
    # "The ministry said it was opposed and called on Cairo to stop ." / "… said Ankara had no
    # mandate and called on Cairo to stop .": the ministry calls
    cases = [
        (["The", "ministry", "said", "it", "was", "opposed", "and", "called", "on", "Cairo", "to", "stop", "."],
         [1, 2, 2, 4, 2, 4, 4, 4, 7, 8, 11, 7, 2],
         ["det", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "prep", "pobj", "aux", "xcomp", "punct"],
         ["DET", "NOUN", "VERB", "PRON", "AUX", "ADJ", "CCONJ", "VERB", "ADP", "PROPN", "PART", "VERB", "PUNCT"],
         ["the", "ministry", "say", "it", "be", "opposed", "and", "call", "on", "Cairo", "to", "stop", "."],
         "it was opposed", 7),
        (["The", "ministry", "said", "Ankara", "had", "no", "mandate", "and", "called", "on", "Cairo", "to", "stop",
          "."],
         [1, 2, 2, 4, 2, 6, 4, 4, 4, 8, 9, 12, 8, 2],
         ["det", "nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "cc", "conj", "prep", "pobj", "aux", "xcomp",
          "punct"],
         ["DET", "NOUN", "VERB", "PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "PROPN", "PART", "VERB",
          "PUNCT"],
         ["the", "ministry", "say", "Ankara", "have", "no", "mandate", "and", "call", "on", "Cairo", "to", "stop", "."],
         "Ankara had no mandate", 8),
    ]
    for words, heads, deps, pos, lemmas, expected, called in cases:
        doc = _doc(words, heads, deps, pos, lemmas)
        for i, tag in ((2, "VBD"), (4, "VBD"), (called, "VBD"), (called + 4, "VB")):
            doc[i].tag_ = tag
        said = [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "say"]
        assert said == [expected], said


def test_a_headline_subject_the_parser_left_hanging_opens_the_reported_clause() -> None:
    # "Orban says EU playing with fire" with "EU" a dep of "says" and "playing" a clause without
    # subject: what Orban says is that the EU plays with fire
    words = ["Orban", "says", "EU", "playing", "with", "fire"]
    doc = _doc(words, heads=[1, 1, 1, 1, 3, 4],
               deps=["nsubj", "ROOT", "dep", "ccomp", "prep", "pobj"],
               pos=["PROPN", "VERB", "PROPN", "VERB", "ADP", "NOUN"],
               lemmas=["Orban", "say", "EU", "play", "with", "fire"])
    doc[3].tag_ = "VBG"
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("say", "EU playing with fire", "Orban")]


def _attack_docs():
    """Eight "The attacks in Paris killed people ." and three "His attacks on Clinton grew ." with
    the "on" phrase annotated as the content of "attacks" (cue "attacks on")."""
    from faultline.eval_polnear import Attribution

    vocab = spacy.blank("en").vocab
    docs, golds = [], []
    for _ in range(8):
        docs.append(Doc(vocab, words=["The", "attacks", "in", "Paris", "killed", "people", "."],
                        heads=[1, 4, 1, 2, 4, 4, 4], deps=["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
                        pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT"],
                        lemmas=["the", "attack", "in", "Paris", "kill", "people", "."]))
        golds.append([])
    for _ in range(3):
        doc = Doc(vocab, words=["His", "attacks", "on", "Clinton", "grew", "."],
                  heads=[1, 4, 1, 2, 4, 4], deps=["poss", "nsubj", "prep", "pobj", "ROOT", "punct"],
                  pos=["PRON", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                  lemmas=["his", "attack", "on", "Clinton", "grow", "."])
        docs.append(doc)
        golds.append([Attribution([(0, 3)], [(doc[1].idx, doc[2].idx + 2)], [(doc[3].idx, doc[3].idx + 7)])])
    return docs, golds


def test_a_rare_cue_word_keeps_the_construction_in_which_it_is_one() -> None:
    from faultline.extract.quote_learn import learn_cues, offered_shapes

    docs, golds = _attack_docs()
    assert offered_shapes(docs[-1][1]) == {"poss", "prep:on", "inv:nsubj"}
    # "attack" is a cue in 3 of its 11 uses, but in every use with "on"
    cues = learn_cues(docs, golds, min_count=3, min_precision=0.5)
    assert cues == {"attack|NOUN": frozenset({"prep:on"})}
    assert learn_cues(docs, golds, min_count=3, min_precision=0.5, rescue=False) == {}
    # a construction seen fewer than min_count times is not rescued
    assert learn_cues(docs, golds, min_count=4, min_precision=0.5) == {}


def test_names_after_a_comma_in_the_according_to_phrase_are_the_subject_the_verb_lacks() -> None:
    # "According to a diplomat in Brussels , France will act ." with "France" a conjunct of
    # "Brussels" and "act" without subject: the diplomat speaks, France acts
    words = ["According", "to", "a", "diplomat", "in", "Brussels", ",", "France", "will", "act", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[9, 0, 3, 1, 3, 4, 5, 5, 9, 9, 9],
              deps=["prep", "prep", "det", "pobj", "prep", "pobj", "punct", "conj", "aux", "ROOT", "punct"],
              pos=["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"],
              lemmas=["accord", "to", "a", "diplomat", "in", "Brussels", ",", "France", "will", "act", "."],
              sent_starts=[True] + [False] * 10)
    doc[8].tag_, doc[9].tag_ = "MD", "VB"
    rows = [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("France will act", "a diplomat in Brussels")]


def test_the_speaker_s_next_statement_is_cut_at_its_own_and_not_an_earlier_one() -> None:
    # "Ana said that Russia has never lied and does not lie , and accused Kyiv ." with "accused"
    # hung on "lied": the content keeps both of Russia's verbs
    words = ["Ana", "said", "that", "Russia", "has", "never", "lied", "and", "does", "not", "lie", ",", "and",
             "accused", "Kyiv", "."]
    doc = _doc(words, heads=[1, 1, 6, 6, 6, 6, 1, 6, 10, 10, 6, 6, 6, 6, 13, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "neg", "ccomp", "cc", "aux", "neg", "conj", "punct", "cc",
                     "conj", "dobj", "punct"],
               pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "ADV", "VERB", "CCONJ", "AUX", "PART", "VERB", "PUNCT",
                    "CCONJ", "VERB", "PROPN", "PUNCT"],
               lemmas=["Ana", "say", "that", "Russia", "have", "never", "lie", "and", "do", "not", "lie", ",", "and",
                       "accuse", "Kyiv", "."])
    for i, tag in ((1, "VBD"), (4, "VBZ"), (6, "VBN"), (8, "VBZ"), (10, "VB"), (13, "VBD")):
        doc[i].tag_ = tag
    rows = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc)[0]]
    assert ("say", "Russia has never lied and does not lie") in rows


def test_media_passing_on_a_named_speaker_s_statement_yield_to_it() -> None:
    # "According to state media , Ana told Bo that talks failed ." ("media" lemmatised "medium"):
    # Ana's statement is what is kept
    words = ["According", "to", "state", "media", ",", "Ana", "told", "Bo", "that", "talks", "failed", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 0, 3, 1, 6, 6, 6, 6, 10, 10, 6, 6],
              deps=["prep", "prep", "compound", "pobj", "punct", "nsubj", "ROOT", "dobj", "mark", "nsubj", "ccomp",
                    "punct"],
              pos=["VERB", "ADP", "NOUN", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "SCONJ", "NOUN", "VERB", "PUNCT"],
              lemmas=["accord", "to", "state", "medium", ",", "Ana", "tell", "Bo", "that", "talk", "fail", "."],
              sent_starts=[True] + [False] * 11)
    for i, tag in ((0, "VBG"), (6, "VBD"), (10, "VBD")):
        doc[i].tag_ = tag
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("tell", "talks failed", "Ana")]


def test_the_speaker_s_phrase_ends_at_a_word_outside_its_subtree() -> None:
    # "Talks failed , its foreign minister said , a decision that hurt ." with "decision" an
    # apposition of "minister" across "said"
    words = ["Talks", "failed", ",", "its", "foreign", "minister", "said", ",", "a", "decision", "that", "hurt", "."]
    doc = _doc(words, heads=[1, 6, 6, 5, 5, 6, 6, 6, 9, 5, 11, 9, 6],
               deps=["nsubj", "ccomp", "punct", "poss", "amod", "nsubj", "ROOT", "punct", "det", "appos", "nsubj",
                     "relcl", "punct"],
               pos=["NOUN", "VERB", "PUNCT", "PRON", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "PRON", "VERB",
                    "PUNCT"],
               lemmas=["talk", "fail", ",", "its", "foreign", "minister", "say", ",", "a", "decision", "that", "hurt",
                       "."])
    doc[1].tag_, doc[6].tag_ = "VBD", "VBD"
    rows = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc)[0]]
    assert rows == [("say", "Talks failed", "its foreign minister")]


def test_an_adjective_with_its_article_asks_as_the_speaker() -> None:
    # '"Why not?" the elderly asked.' with "elderly" the root and "asked" its modifier
    words = ['"', "Why", "not", "?", '"', "the", "elderly", "asked", "."]
    doc = _doc(words, heads=[6, 6, 1, 6, 6, 6, 6, 6, 6],
               deps=["punct", "dep", "neg", "punct", "punct", "det", "ROOT", "acl", "punct"],
               pos=["PUNCT", "ADV", "PART", "PUNCT", "PUNCT", "DET", "ADJ", "VERB", "PUNCT"],
               lemmas=['"', "why", "not", "?", '"', "the", "elderly", "ask", "."],
               spaces=[False, True, False, False, True, True, True, False, False])
    doc[7].tag_ = "VBD"
    rows = [(m.kind, doc.text[m.start:m.end], m.speaker_span and doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc)[0]]
    assert rows == [("direct", "Why not", "the elderly")]


def test_an_opening_participle_of_asking_leaves_the_asker_unnamed() -> None:
    # "Asked about the vote , Ana said it failed ." : Ana answers; who asked, the text does not say
    from faultline.extract.quotes import unnamed_source

    words = ["Asked", "about", "the", "vote", ",", "Ana", "said", "it", "failed", "."]
    doc = _doc(words, heads=[6, 0, 3, 1, 6, 6, 6, 8, 6, 6],
               deps=["advcl", "prep", "det", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
               pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
               lemmas=["ask", "about", "the", "vote", ",", "Ana", "say", "it", "fail", "."])
    doc[0].tag_, doc[6].tag_, doc[8].tag_ = "VBN", "VBD", "VBD"
    rows = {m.cue: m.speaker_span and doc.text[slice(*m.speaker_span)] for m in find_quotes(doc, scope="learned")[0]}
    assert rows.get("say") == "Ana"
    assert "ask" not in rows or rows["ask"] is None
    assert unnamed_source(doc[0])


def test_a_fragment_a_thing_is_called_with_its_article_is_the_naming_verb_s() -> None:
    # 'Ana backed it, a move critics called a "ploy".' with "called" the root and "backed" its
    # clause: the fragment is what critics called the move, not what Ana backed
    words = ["Ana", "backed", "it", ",", "a", "move", "critics", "called", "a", '"', "ploy", '"', "."]
    doc = _doc(words, heads=[1, 7, 1, 7, 6, 6, 7, 7, 10, 10, 7, 7, 7],
               deps=["nsubj", "ccomp", "dobj", "punct", "det", "compound", "nsubj", "ROOT", "det", "punct", "dobj",
                     "punct", "punct"],
               pos=["PROPN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "DET", "PUNCT", "NOUN", "PUNCT",
                    "PUNCT"],
               lemmas=["Ana", "back", "it", ",", "a", "move", "critic", "call", "a", '"', "ploy", '"', "."],
               spaces=[True, True, False, True, True, True, True, True, True, False, False, False, False])
    doc[1].tag_, doc[7].tag_ = "VBD", "VBD"
    rows = [(m.kind, m.cue) for m in find_quotes(doc)[0] if doc.text[m.start:m.end] == "ploy"]
    assert rows == [("partial", "call")]


def _tagged(words, heads, deps, pos, tags, lemmas):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    for t, tag in zip(doc, tags, strict=True):
        t.tag_ = tag
    return doc


@pytest.mark.parametrize("scope", ["speech", "learned"])
def test_a_set_phrase_of_saying_reports_nothing(scope) -> None:
    # "It goes without saying that raising taxes is unpopular ." (the model's parse)
    words = ["It", "goes", "without", "saying", "that", "raising", "taxes", "is", "unpopular", "."]
    doc = _tagged(words, heads=[1, 1, 1, 2, 7, 7, 5, 3, 7, 1],
                  deps=["nsubj", "ROOT", "prep", "pcomp", "mark", "csubj", "dobj", "ccomp", "acomp", "punct"],
                  pos=["PRON", "VERB", "ADP", "VERB", "SCONJ", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"],
                  tags=["PRP", "VBZ", "IN", "VBG", "IN", "VBG", "NNS", "VBZ", "JJ", "."],
                  lemmas=["it", "go", "without", "say", "that", "raise", "tax", "be", "unpopular", "."])
    assert not [m for m in find_quotes(doc, scope=scope)[0] if m.cue == "say"]
    assert quotes_module.set_phrase(doc[3])
    # "Let 's say you think a degree costs more ."
    words = ["Let", "'s", "say", "you", "think", "a", "degree", "costs", "more", "."]
    doc = _tagged(words, heads=[0, 2, 0, 4, 2, 6, 7, 4, 7, 0],
                  deps=["ROOT", "nsubj", "ccomp", "nsubj", "ccomp", "det", "nsubj", "ccomp", "dobj", "punct"],
                  pos=["VERB", "PRON", "VERB", "PRON", "VERB", "DET", "NOUN", "VERB", "ADJ", "PUNCT"],
                  tags=["VB", "PRP", "VB", "PRP", "VBP", "DT", "NN", "VBZ", "JJR", "."],
                  lemmas=["let", "we", "say", "you", "think", "a", "degree", "cost", "more", "."])
    assert not [m for m in find_quotes(doc, scope=scope)[0] if m.cue == "say"]
    # "Needless to say", "that is to say", "so to speak", "suffice it to say" and "to say nothing
    # of" are set phrases too; a plain "to say" is not
    for before, word, after, expected in (
            (["needless", "to"], "say", ["the", "truth"], True), (["that", "is", "to"], "say", ["the", "truth"], True),
            (["so", "to"], "speak", ["the", "truth"], True), (["suffice", "it", "to"], "say", ["the", "truth"], True),
            (["He", "wants", "to"], "say", ["nothing", "of", "it"], True),
            (["He", "wants", "to"], "say", ["the", "truth"], False),
            # a comparison: "which is like saying …", "That is tantamount to saying …"
            (["which", "is", "like"], "saying", ["the", "truth"], True),
            (["is", "tantamount", "to"], "saying", ["the", "truth"], True),
            (["He", "kept"], "saying", ["the", "truth"], False),
            # the writer's hedges: "it is hard to say …", "That is not to say …"; not "quick to say"
            (["It", "is", "hard", "to"], "say", ["which", "works"], True),
            (["too", "early", "to"], "say", ["which", "works"], True),
            (["That", "is", "not", "to"], "say", ["it", "works"], True),
            (["She", "was", "quick", "to"], "say", ["it", "works"], False)):
        doc = Doc(spacy.blank("en").vocab, words=[*before, word, *after],
                  lemmas=[*(w.lower() for w in before), "say" if word == "saying" else word, *after])
        assert quotes_module.set_phrase(doc[len(before)]) is expected, (before, after)


def test_what_is_said_named_only_by_a_pronoun_of_quantity_is_no_content() -> None:
    # "Everything Trump says is a lie ." as the model parses it: "is a lie" a clause "says" reports
    words = ["Everything", "Trump", "says", "is", "a", "lie", "."]
    doc = _tagged(words, heads=[1, 2, 2, 2, 5, 3, 2],
                  deps=["compound", "nsubj", "ROOT", "ccomp", "det", "attr", "punct"],
                  pos=["NOUN", "PROPN", "VERB", "AUX", "DET", "NOUN", "PUNCT"],
                  tags=["NN", "NNP", "VBZ", "VBZ", "DT", "NN", "."],
                  lemmas=["everything", "Trump", "say", "be", "a", "lie", "."])
    assert find_quotes(doc)[0] == []
    # the same words with a name of no quantity are a statement: "Lavrov says is a lie" would be
    # a headline's dropped subject, which the rule leaves alone
    doc = _tagged(["Moscow", "Lavrov", "says", "is", "a", "lie", "."], heads=[1, 2, 2, 2, 5, 3, 2],
                  deps=["compound", "nsubj", "ROOT", "ccomp", "det", "attr", "punct"],
                  pos=["PROPN", "PROPN", "VERB", "AUX", "DET", "NOUN", "PUNCT"],
                  tags=["NNP", "NNP", "VBZ", "VBZ", "DT", "NN", "."],
                  lemmas=["Moscow", "Lavrov", "say", "be", "a", "lie", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["is a lie"]


def test_a_pseudo_cleft_reports_the_clause_after_its_copula() -> None:
    # "What Scholz said was that Germany would pay ."
    words = ["What", "Scholz", "said", "was", "that", "Germany", "would", "pay", "."]
    doc = _tagged(words, heads=[2, 2, 3, 3, 7, 7, 7, 3, 3],
                  deps=["dobj", "nsubj", "csubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
                  pos=["PRON", "PROPN", "VERB", "AUX", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                  tags=["WP", "NNP", "VBD", "VBD", "IN", "NNP", "MD", "VB", "."],
                  lemmas=["what", "Scholz", "say", "be", "that", "Germany", "would", "pay", "."])
    said = [m for m in find_quotes(doc)[0] if m.cue == "say"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in said] == [
        ("Germany would pay", "Scholz")]


def _interview_doc():
    # "Wire spoke to Ilze Kalnina .\nQ : Are you confident it holds ?\nA : Because we pay less ."
    words = ["Wire", "spoke", "to", "Ilze", "Kalnina", ".", "\n",
             "Q", ":", "Are", "you", "confident", "it", "holds", "?", "\n",
             "A", ":", "Because", "we", "pay", "less", "."]
    heads = [1, 1, 1, 4, 2, 1, 5,
             9, 9, 9, 9, 9, 13, 11, 9, 14,
             20, 20, 20, 20, 20, 20, 20]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "punct", "dep",
            "nsubj", "punct", "ROOT", "nsubj", "acomp", "nsubj", "ccomp", "punct", "dep",
            "dep", "punct", "mark", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "SPACE",
           "PROPN", "PUNCT", "AUX", "PRON", "ADJ", "PRON", "VERB", "PUNCT", "SPACE",
           "PROPN", "PUNCT", "SCONJ", "PRON", "VERB", "ADJ", "PUNCT"]
    lemmas = ["Wire", "speak", "to", "Ilze", "Kalnina", ".", "\n", "Q", ":", "be", "you", "confident", "it",
              "hold", "?", "\n", "A", ":", "because", "we", "pay", "less", "."]
    spaces = [True, True, True, True, False, False, False, False, True, True, True, True, True, False, False,
              False, False, True, True, True, True, False, False]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 18
    starts = {0, 7, 16}
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas, ents=ents, sent_starts=[i in starts for i in range(len(words))])


@pytest.mark.parametrize("scope", ["speech", "learned"])
def test_an_interview_s_answer_is_what_the_one_interviewed_said(scope) -> None:
    doc = _interview_doc()
    matches = find_quotes(doc, scope=scope)[0]
    answers = [m for m in matches if m.cue == ":"]
    assert [(m.kind, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in answers] == [
        ("direct", "Because we pay less", "Ilze Kalnina")]
    # the question's "Q" is no one said to be confident
    assert not [m for m in matches if m.speaker_span is not None and doc.text[slice(*m.speaker_span)] == "Q"]


def test_quoted_words_modifying_what_something_is_called_are_a_partial_quote() -> None:
    # "She called the plan a “dangerous and unlawful” step ." (the model's parse)
    words = ["She", "called", "the", "plan", "a", "“", "dangerous", "and", "unlawful", "”", "step", "."]
    spaces = [True, True, True, True, True, False, True, True, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              heads=[1, 1, 3, 1, 10, 10, 10, 6, 6, 10, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "det", "punct", "amod", "cc", "conj", "punct", "oprd", "punct"],
              pos=["PRON", "VERB", "DET", "NOUN", "DET", "PUNCT", "ADJ", "CCONJ", "ADJ", "PUNCT", "NOUN", "PUNCT"],
              lemmas=["she", "call", "the", "plan", "a", "“", "dangerous", "and", "unlawful", "”", "step", "."],
              sent_starts=[True] + [False] * 11)
    matches = find_quotes(doc)[0]
    assert [(m.kind, m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in matches] == [
        ("partial", "call", "dangerous and unlawful", "She")]


def test_recalling_an_envoy_reports_nothing() -> None:
    # "Bosnia recalled its ambassador that Sarajevo says encroaches ." (the clause misparsed as
    # the complement of "recalled")
    words = ["Bosnia", "recalled", "its", "ambassador", "that", "Sarajevo", "says", "encroaches", "."]
    doc = _tagged(words, heads=[1, 1, 3, 1, 6, 6, 1, 6, 1],
                  deps=["nsubj", "ROOT", "poss", "dobj", "mark", "nsubj", "ccomp", "dobj", "punct"],
                  pos=["PROPN", "VERB", "PRON", "NOUN", "SCONJ", "PROPN", "VERB", "VERB", "PUNCT"],
                  tags=["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "VBZ", "VBZ", "."],
                  lemmas=["Bosnia", "recall", "its", "ambassador", "that", "Sarajevo", "say", "encroach", "."])
    assert not [m for m in find_quotes(doc)[0] if m.cue == "recall"]
    # recalling what happened is reported speech
    words = ["She", "recalled", "that", "talks", "failed", "."]
    doc = _tagged(words, heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                  pos=["PRON", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], tags=["PRP", "VBD", "IN", "NNS", "VBD", "."],
                  lemmas=["she", "recall", "that", "talk", "fail", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "recall"] == ["talks failed"]


def test_a_plural_statement_noun_read_as_a_verb_reports_no_gapped_clause() -> None:
    # "Manama accused Tehran , charges Iran denied ." as the model parses it ("charges" a verb,
    # "Iran denied" its clause, with the object gone to the noun)
    words = ["Manama", "accused", "Tehran", ",", "charges", "Iran", "denied", "."]
    doc = _tagged(words, heads=[1, 1, 1, 1, 1, 6, 4, 1],
                  deps=["nsubj", "ROOT", "dobj", "punct", "conj", "nsubj", "ccomp", "punct"],
                  pos=["PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PROPN", "VERB", "PUNCT"],
                  tags=["NNP", "VBD", "NNP", ",", "VBZ", "NNP", "VBD", "."],
                  lemmas=["Manama", "accuse", "Tehran", ",", "charge", "Iran", "deny", "."])
    assert not [m for m in find_quotes(doc)[0] if m.cue == "charge"]
    # the verb with a whole clause reports it: "The opposition charges that the vote was rigged"
    words = ["The", "opposition", "charges", "that", "Iran", "lied", "."]
    doc = _tagged(words, heads=[1, 2, 2, 5, 5, 2, 2], deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                  pos=["DET", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
                  tags=["DT", "NN", "VBZ", "IN", "NNP", "VBD", "."],
                  lemmas=["the", "opposition", "charge", "that", "Iran", "lie", "."])
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0] if m.cue == "charge"] == ["Iran lied"]


def test_a_nickname_inside_a_name_is_no_quote() -> None:
    # 'Kwame “KK” Mensah said Ghana would act .'
    words = ["Kwame", "“", "KK", "”", "Mensah", "said", "Ghana", "would", "act", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=[4, 4, 4, 4, 5, 5, 8, 8, 5, 5],
              deps=["compound", "punct", "compound", "punct", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
              pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"],
              lemmas=["Kwame", "“", "KK", "”", "Mensah", "say", "Ghana", "would", "act", "."],
              sent_starts=[True] + [False] * 9)
    assert [doc.text[m.start:m.end] for m in find_quotes(doc)[0]] == ["Ghana would act"]


def test_a_quotation_in_what_someone_is_accused_of_trying_to_do_is_the_accusation_s() -> None:
    # "Ethiopia accused Egypt of trying to impose “colonial water quotas” and denied it ."
    words = ["Ethiopia", "accused", "Egypt", "of", "trying", "to", "impose", "“", "colonial", "water", "quotas",
             "”", "and", "denied", "it", "."]
    spaces = [True, True, True, True, True, True, True, False, True, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              heads=[1, 1, 1, 1, 3, 6, 4, 10, 10, 10, 6, 10, 1, 1, 13, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "aux", "xcomp", "punct", "amod", "compound", "dobj",
                    "punct", "cc", "conj", "dobj", "punct"],
              pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "PART", "VERB", "PUNCT", "ADJ", "NOUN", "NOUN", "PUNCT",
                   "CCONJ", "VERB", "PRON", "PUNCT"],
              lemmas=["Ethiopia", "accuse", "Egypt", "of", "try", "to", "impose", "“", "colonial", "water", "quota",
                      "”", "and", "deny", "it", "."],
              sent_starts=[True] + [False] * 15)
    doc[4].tag_ = "VBG"
    quoted = [m for m in find_quotes(doc)[0] if "colonial water quotas" in doc.text[m.start:m.end]]
    assert [m.cue for m in quoted] == ["accuse"]


def test_allies_spelled_out_after_a_comma_are_the_joint_speakers_not_their_owner() -> None:
    from faultline.extract.attribution import joint_speakers

    # "Taiwan 's allies , Palau and Nauru , said no ." (the names parsed as conjuncts of "allies")
    words = ["Taiwan", "'s", "allies", ",", "Palau", "and", "Nauru", ",", "said", "no", "."]
    doc = _doc(words, [2, 0, 8, 2, 2, 4, 4, 4, 8, 8, 8],
               ["poss", "case", "nsubj", "punct", "conj", "cc", "conj", "punct", "ROOT", "dobj", "punct"],
               ["PROPN", "PART", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"],
               ["taiwan", "'s", "ally", ",", "palau", "and", "nauru", ",", "say", "no", "."])
    index = _states_index((0, 6, "Taiwan", "TWN"), (19, 24, "Palau", "PLW"), (29, 34, "Nauru", "NRU"))
    assert doc.text[19:24] == "Palau" and doc.text[29:34] == "Nauru"
    assert joint_speakers(index, doc, 2, "TWN", [], [], doc.text) == ("PLW", "NRU")


def test_a_clause_of_time_the_parser_made_a_complement_is_not_reported() -> None:
    # "Kim spoke , hours after Seoul voted ." with "voted" read as the complement of "spoke"
    words = ["Kim", "said", "so", "hours", "after", "Seoul", "voted", "."]
    doc = _tagged(words, heads=[1, 1, 1, 6, 6, 6, 1, 1],
                  deps=["nsubj", "ROOT", "advmod", "npadvmod", "mark", "nsubj", "ccomp", "punct"],
                  pos=["PROPN", "VERB", "ADV", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"],
                  tags=["NNP", "VBD", "RB", "NNS", "IN", "NNP", "VBD", "."],
                  lemmas=["Kim", "say", "so", "hour", "after", "Seoul", "vote", "."])
    assert not [m for m in find_quotes(doc)[0] if "Seoul" in doc.text[m.start:m.end]]


def test_a_live_blog_s_time_stamp_then_a_word_is_no_speaker_label() -> None:
    # "Blog \n 11:52 - RESULT : The resolution was adopted by a vote ."
    words = ["Blog", "\n", "11:52", "-", "RESULT", ":", "The", "resolution", "was", "adopted", "by", "a", "vote", "."]
    spaces = [False, False, True, True, False, True, True, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              heads=[0, 0, 4, 4, 9, 9, 7, 9, 9, 9, 9, 12, 10, 9],
              deps=["ROOT", "dep", "nummod", "punct", "nsubj", "punct", "det", "nsubjpass", "auxpass", "ROOT",
                    "agent", "det", "pobj", "punct"],
              pos=["NOUN", "SPACE", "NUM", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "DET",
                   "NOUN", "PUNCT"],
              sent_starts=[True, False, True] + [False] * 11)
    assert quotes_module.colon_form(doc[5]) is None


def test_adding_a_thing_is_no_cue_of_a_quoted_phrase() -> None:
    # "an amendment that would add a reference to “all parties” ."
    words = ["an", "amendment", "that", "would", "add", "a", "reference", "to", "“", "all", "parties", "”", "."]
    spaces = [True, True, True, True, True, True, True, True, False, True, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              heads=[1, 1, 4, 4, 1, 6, 4, 6, 10, 10, 7, 10, 1],
              deps=["det", "ROOT", "nsubj", "aux", "relcl", "det", "dobj", "prep", "punct", "det", "pobj", "punct",
                    "punct"],
              pos=["DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "PUNCT", "DET", "NOUN", "PUNCT",
                   "PUNCT"],
              lemmas=["an", "amendment", "that", "would", "add", "a", "reference", "to", "“", "all", "party", "”", "."],
              sent_starts=[True] + [False] * 12)
    assert not [m for m in find_quotes(doc)[0] if m.cue == "add"]


def test_two_titles_of_one_named_person_are_no_joint_statement() -> None:
    from faultline.extract.attribution import joint_speakers

    # "Party leader and Deputy Minister Ivan Petrov said no ."
    words = ["Party", "leader", "and", "Deputy", "Minister", "Ivan", "Petrov", "said", "no", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 7, 1, 4, 6, 6, 1, 7, 7, 7],
              deps=["compound", "nsubj", "cc", "compound", "compound", "compound", "conj", "ROOT", "dobj", "punct"],
              pos=["NOUN", "NOUN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"],
              lemmas=["party", "leader", "and", "Deputy", "minister", "Ivan", "Petrov", "say", "no", "."],
              ents=["B-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
              sent_starts=[True] + [False] * 9)
    index = _states_index((0, 5, "Party", "org:party"), (33, 44, "Ivan Petrov", "person:ivan-petrov"))
    assert doc.text[33:44] == "Ivan Petrov"
    assert joint_speakers(index, doc, 1, "org:party", [], [], doc.text) == ()


def test_according_to_plan_names_no_source() -> None:
    # "The work went according to plan ."
    words = ["The", "work", "went", "according", "to", "plan", "."]
    doc = _tagged(words, heads=[1, 2, 2, 2, 3, 4, 2], deps=["det", "nsubj", "ROOT", "prep", "prep", "pobj", "punct"],
                  pos=["DET", "NOUN", "VERB", "VERB", "ADP", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "VBG", "IN", "NN", "."],
                  lemmas=["the", "work", "go", "accord", "to", "plan", "."])
    assert not [m for m in find_quotes(doc)[0] if m.cue == "according to"]
    words[5], doc = "officials", None
    doc = _tagged(words, heads=[1, 2, 2, 2, 3, 4, 2], deps=["det", "nsubj", "ROOT", "prep", "prep", "pobj", "punct"],
                  pos=["DET", "NOUN", "VERB", "VERB", "ADP", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "VBG", "IN", "NNS", "."],
                  lemmas=["the", "work", "go", "accord", "to", "official", "."])
    assert [m.cue for m in find_quotes(doc)[0]] == ["according to"]


def test_the_first_half_of_a_split_quotation_read_as_a_fragment_stays_direct() -> None:
    text = '"We keep hearing, \'Trust us,\'" said Leclerc. "But trust is no plan."'
    doc = spacy.blank("en")(text)
    quotes, _ = pair_quotes(text)
    first, second = [(q.start, q.end) for q in quotes]
    cue = (text.index("said"), text.index("said") + 4)
    spk = (text.index("Leclerc"), text.index("Leclerc") + 7)

    first_span = trim_content(doc, 1, [t.i for t in doc if t.text == '"'][1])
    assert first_span[0] == first[0]
    matches = [QuoteMatch("indirect", *first_span, "say", cue, spk, None, 0, len(text)),
               QuoteMatch("partial", *first_span, "say", cue, spk, None, 0, len(text)),
               QuoteMatch("direct", second[0], second[1] - 1, "say", cue, spk, None, 0, len(text))]
    kept = dedupe(doc, matches, quotes)
    assert [(m.kind, text[m.start:m.end]) for m in kept] == [
        ("direct", "We keep hearing, 'Trust us,'"), ("direct", "But trust is no plan")]


def test_a_reporting_clause_opened_by_as_reports_the_clause_it_hangs_from() -> None:
    # "Prices will rise , as the minister warned last week ." (the model's parse)
    words = ["Prices", "will", "rise", ",", "as", "the", "minister", "warned", "last", "week", "."]
    heads = [2, 2, 2, 2, 7, 6, 7, 2, 9, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "punct", "mark", "det", "nsubj", "advcl", "amod", "npadvmod", "punct"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"]
    tags = ["NNS", "MD", "VB", ",", "IN", "DT", "NN", "VBD", "JJ", "NN", "."]
    lemmas = ["price", "will", "rise", ",", "as", "the", "minister", "warn", "last", "week", "."]
    doc = _tagged(words, heads, deps, pos, tags, lemmas)
    found = [(m.cue, doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)])
             for m in find_quotes(doc, scope="speech")[0]]
    assert found == [("warn", "Prices will rise", "the minister")]
    # "… , as the minister warned of a crisis ." : warned of something, at that time
    words[8:10] = ["of", "crisis"]
    heads[8:10] = [7, 8]
    deps[8:10] = ["prep", "pobj"]
    pos[8:10] = ["ADP", "NOUN"]
    tags[8:10] = ["IN", "NN"]
    lemmas[8:10] = ["of", "crisis"]
    doc = _tagged(words, heads, deps, pos, tags, lemmas)
    assert not [m for m in find_quotes(doc, scope="speech")[0] if doc.text[m.start:m.end] == "Prices will rise"]


def test_a_medial_as_clause_reports_both_sides_but_not_a_clause_coordinated_after() -> None:
    # "The plan , as officials noted , would cost billions , and talks go on ."
    words = ["The", "plan", ",", "as", "officials", "noted", ",", "would", "cost", "billions", ",", "and",
             "talks", "go", "on", "."]
    heads = [1, 8, 8, 5, 5, 8, 8, 8, 8, 8, 8, 8, 13, 8, 13, 8]
    deps = ["det", "nsubj", "punct", "mark", "nsubj", "advcl", "punct", "aux", "ROOT", "dobj", "punct", "cc",
            "nsubj", "conj", "prt", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT", "CCONJ",
           "NOUN", "VERB", "ADP", "PUNCT"]
    tags = ["DT", "NN", ",", "IN", "NNS", "VBD", ",", "MD", "VB", "NNS", ",", "CC", "NNS", "VBP", "RP", "."]
    lemmas = ["the", "plan", ",", "as", "official", "note", ",", "would", "cost", "billion", ",", "and", "talk",
              "go", "on", "."]
    doc = _tagged(words, heads, deps, pos, tags, lemmas)
    found = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc, scope="speech")[0]]
    assert found == [("note", "The plan"), ("note", "would cost billions")]


def test_a_time_the_parser_made_a_second_subject_is_no_speaker() -> None:
    # "A pollster who worked on races this cycle told me that turnout is low ." (the model's parse:
    # "cycle" a second subject of "told")
    words = ["A", "pollster", "who", "worked", "on", "races", "this", "cycle", "told", "me", "that", "turnout",
             "is", "low", "."]
    heads = [1, 8, 3, 1, 3, 4, 7, 8, 8, 8, 12, 12, 8, 12, 8]
    deps = ["det", "nsubj", "nsubj", "relcl", "prep", "pobj", "det", "nsubj", "ROOT", "dobj", "mark", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["DET", "NOUN", "PRON", "VERB", "ADP", "NOUN", "DET", "NOUN", "VERB", "PRON", "SCONJ", "NOUN", "AUX",
           "ADJ", "PUNCT"]
    tags = ["DT", "NN", "WP", "VBD", "IN", "NNS", "DT", "NN", "VBD", "PRP", "IN", "NN", "VBZ", "JJ", "."]
    lemmas = ["a", "pollster", "who", "work", "on", "race", "this", "cycle", "tell", "I", "that", "turnout", "be",
              "low", "."]
    doc = _tagged(words, heads, deps, pos, tags, lemmas)
    found = [(m.cue, doc.text[slice(*m.speaker_span)]) for m in find_quotes(doc, scope="speech")[0]]
    assert found == [("tell", "A pollster")]


def test_a_clause_read_as_a_second_subject_after_the_verb_is_what_was_said() -> None:
    # "Marsh said the ruling vindicated voters ." (the model's parse: "vindicated" an adjective,
    # "voters" a second subject of "said")
    words = ["Marsh", "said", "the", "ruling", "vindicated", "voters", "."]
    doc = _tagged(words, heads=[1, 1, 5, 5, 5, 1, 1],
                  deps=["nsubj", "ROOT", "det", "amod", "amod", "nsubj", "punct"],
                  pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                  tags=["NNP", "VBD", "DT", "NN", "VBN", "NNS", "."],
                  lemmas=["Marsh", "say", "the", "ruling", "vindicate", "voter", "."])
    found = [(m.cue, doc.text[m.start:m.end]) for m in find_quotes(doc, scope="speech")[0]]
    assert found == [("say", "the ruling vindicated voters")]
    # a plain noun after the verb is no clause ("Marsh said the old voters .")
    doc = _tagged(["Marsh", "said", "the", "old", "voters", "."], heads=[1, 1, 4, 4, 1, 1],
                  deps=["nsubj", "ROOT", "det", "amod", "nsubj", "punct"],
                  pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                  tags=["NNP", "VBD", "DT", "JJ", "NNS", "."],
                  lemmas=["Marsh", "say", "the", "old", "voter", "."])
    assert not find_quotes(doc, scope="speech")[0]


def test_a_verb_hung_on_the_last_word_of_an_apposition_is_the_named_root_s() -> None:
    # "Roy Cooper , Lee 's rival in the election , called for the videos ." (the model's parse:
    # "Cooper" the root, "called" a participle of "election")
    words = ["Roy", "Cooper", ",", "Lee", "'s", "rival", "in", "the", "election", ",", "called", "for", "the",
             "videos", "."]
    doc = _tagged(words, heads=[1, 1, 1, 5, 3, 1, 5, 8, 6, 8, 8, 10, 13, 11, 1],
                  deps=["compound", "ROOT", "punct", "poss", "case", "appos", "prep", "det", "pobj", "punct", "acl",
                        "prep", "det", "pobj", "punct"],
                  pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB",
                       "ADP", "DET", "NOUN", "PUNCT"],
                  tags=["NNP", "NNP", ",", "NNP", "POS", "NN", "IN", "DT", "NN", ",", "VBN", "IN", "DT", "NNS", "."],
                  lemmas=["Roy", "Cooper", ",", "Lee", "'s", "rival", "in", "the", "election", ",", "call", "for",
                          "the", "video", "."])
    found = [(m.cue, doc.text[slice(*m.speaker_span)] if m.speaker_span else None)
             for m in find_quotes(doc, scope="attribution")[0]]
    assert found == [("call", "Roy Cooper")]


def test_an_interview_s_answers_are_the_introduction_s_subject_s_not_the_last_name_s() -> None:
    # "Anna Berger spoke . She backs Mark Lee .\nQ : Why ?\nA : Because we pay less ."
    words = ["Anna", "Berger", "spoke", ".", "She", "backs", "Mark", "Lee", ".", "\n",
             "Q", ":", "Why", "?", "\n", "A", ":", "Because", "we", "pay", "less", "."]
    heads = [1, 2, 2, 2, 5, 5, 7, 5, 5, 8, 12, 12, 12, 12, 13, 19, 19, 19, 19, 19, 19, 19]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "compound", "dobj", "punct", "dep",
            "nsubj", "punct", "ROOT", "punct", "dep", "dep", "punct", "mark", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PROPN", "PROPN", "PUNCT", "SPACE",
           "PROPN", "PUNCT", "ADV", "PUNCT", "SPACE", "PROPN", "PUNCT", "SCONJ", "PRON", "VERB", "ADJ", "PUNCT"]
    lemmas = ["Anna", "Berger", "speak", ".", "she", "back", "Mark", "Lee", ".", "\n", "Q", ":", "why", "?", "\n",
              "A", ":", "because", "we", "pay", "less", "."]
    spaces = [True, True, False, True, True, True, True, False, False, False, False, True, False, False, False,
              False, True, True, True, True, False, False]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 14
    starts = {0, 4, 10, 15}
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, ents=ents, sent_starts=[i in starts for i in range(len(words))])
    answers = [m for m in find_quotes(doc, scope="speech")[0] if m.cue == ":"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in answers] == [
        ("Because we pay less", "Anna Berger")]


def test_a_verb_read_as_a_participle_of_a_name_set_off_by_its_apposition_is_the_name_s() -> None:
    # "Ana Ruiz , the nominee , promised to cut taxes , aides hope ." (the model's parse: "promised"
    # a participle of "Ruiz", VBN, and "Ruiz" the subject of a later verb)
    words = ["Ana", "Ruiz", ",", "the", "nominee", ",", "promised", "to", "cut", "taxes", ",", "aides", "hope", "."]
    doc = _tagged(words, heads=[1, 12, 1, 4, 1, 1, 1, 8, 6, 8, 12, 12, 12, 12],
                  deps=["compound", "nsubj", "punct", "det", "appos", "punct", "acl", "aux", "xcomp", "dobj", "punct",
                        "nsubj", "ROOT", "punct"],
                  pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PART", "VERB", "NOUN", "PUNCT",
                       "NOUN", "VERB", "PUNCT"],
                  tags=["NNP", "NNP", ",", "DT", "NN", ",", "VBN", "TO", "VB", "NNS", ",", "NNS", "VBP", "."],
                  lemmas=["Ana", "Ruiz", ",", "the", "nominee", ",", "promise", "to", "cut", "tax", ",", "aide", "hope",
                          "."])
    found = [(m.cue, doc.text[slice(*m.speaker_span)] if m.speaker_span else None)
             for m in find_quotes(doc, scope="speech")[0] if m.cue == "promise"]
    assert found == [("promise", "Ana Ruiz , the nominee")]


def test_a_colon_s_speaker_is_the_one_a_participle_before_it_describes() -> None:
    from faultline.extract.quotes import _colon_speaker

    # 'The foreign policy chief , speaking to reporters during the break : " We are here . "'
    words = ["The", "foreign", "policy", "chief", ",", "speaking", "to", "reporters", "during", "the", "break", ":",
             '"', "We", "are", "here", ".", '"']
    doc = _tagged(words, heads=[3, 2, 3, 14, 3, 3, 5, 6, 5, 10, 8, 14, 14, 14, 14, 14, 14, 14],
                  deps=["det", "amod", "compound", "nsubj", "punct", "acl", "prep", "pobj", "prep", "det", "pobj",
                        "punct", "punct", "nsubj", "ROOT", "advmod", "punct", "punct"],
                  pos=["DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
                       "PUNCT", "PRON", "AUX", "ADV", "PUNCT", "PUNCT"],
                  tags=["DT", "JJ", "NN", "NN", ",", "VBG", "IN", "NNS", "IN", "DT", "NN", ":", "``", "PRP", "VBP",
                        "RB", ".", "''"],
                  lemmas=["the", "foreign", "policy", "chief", ",", "speak", "to", "reporter", "during", "the",
                          "break", ":", '"', "we", "be", "here", ".", '"'])
    assert _colon_speaker(doc[11]).text == "chief"
    # a noun of the phrase itself stays the speaker: "The foreign policy chief of the bloc :"
    doc[5].tag_ = "NN"
    doc[5].dep_ = "appos"
    assert _colon_speaker(doc[11]).text == "break"


def test_a_content_closing_a_straight_quotation_opened_before_it_stops_at_its_own_end() -> None:
    # 'dismissed it as " political theater " when asked . " This …' (the next quotation's opening
    # mark is no closing of this one; the quotation inside is kept whole)
    words = ["dismissed", "it", "as", '"', "political", "theater", '"', "when", "asked", ".", '"', "This", "is"]
    spaces = [True, True, True, False, True, False, True, True, False, True, False, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    s, e = trim_content(doc, 3, 9)
    assert doc.text[s:e] == '"political theater" when asked'
    # a quotation that opens inside a content and closes after it is still kept whole
    words = ["called", "it", "a", '"', "ploy", "of", "sorts", '"', "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[True, True, True, False, True, True, False, False, False])
    s, e = trim_content(doc, 2, 7)
    assert doc.text[s:e] == 'a "ploy of sorts"'


def test_trimming_any_span_of_a_dateline_never_fails() -> None:
    # "Talks \n LONDON — The deal held ." : every span, those inside the dateline too
    words = ["Talks", "\n", "LONDON", "—", "The", "deal", "held", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, False, True, True, True, True, False, False])
    found = {(i, j): trim_content(doc, i, j) for i in range(len(doc)) for j in range(i + 1, len(doc) + 1)}
    assert found[(2, 4)] is None and doc.text[slice(*found[(4, 7)])] == "The deal held"


def test_an_interview_s_answers_are_not_the_correspondent_s() -> None:
    # "Anna Berger has led since 2023 . She spoke to our correspondent Mark Lee .\nQ : Why ?\nA :
    # Because we pay less ."
    words = ["Anna", "Berger", "has", "led", "since", "2023", ".", "She", "spoke", "to", "our", "correspondent",
             "Mark", "Lee", ".", "\n", "Q", ":", "Why", "?", "\n", "A", ":", "Because", "we", "pay", "less", "."]
    heads = [1, 3, 3, 3, 3, 4, 3, 8, 8, 8, 11, 9, 13, 11, 8, 14, 18, 18, 18, 18, 19, 25, 25, 25, 25, 25, 25, 25]
    deps = ["compound", "nsubj", "aux", "ROOT", "prep", "pobj", "punct", "nsubj", "ROOT", "prep", "poss", "pobj",
            "compound", "appos", "punct", "dep", "nsubj", "punct", "ROOT", "punct", "dep", "dep", "punct", "mark",
            "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "NUM", "PUNCT", "PRON", "VERB", "ADP", "PRON", "NOUN", "PROPN",
           "PROPN", "PUNCT", "SPACE", "PROPN", "PUNCT", "ADV", "PUNCT", "SPACE", "PROPN", "PUNCT", "SCONJ", "PRON",
           "VERB", "ADJ", "PUNCT"]
    lemmas = ["Anna", "Berger", "have", "lead", "since", "2023", ".", "she", "speak", "to", "our", "correspondent",
              "Mark", "Lee", ".", "\n", "Q", ":", "why", "?", "\n", "A", ":", "because", "we", "pay", "less", "."]
    spaces = [True, True, True, True, True, False, True, True, True, True, True, True, True, False, False, False,
              False, True, False, False, False, False, True, True, True, True, False, False]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 10 + ["B-PERSON", "I-PERSON"] + ["O"] * 14
    starts = {0, 7, 16, 21}
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, ents=ents, sent_starts=[i in starts for i in range(len(words))])
    answers = [m for m in find_quotes(doc, scope="speech")[0] if m.cue == ":"]
    assert [(doc.text[m.start:m.end], doc.text[slice(*m.speaker_span)]) for m in answers] == [
        ("Because we pay less", "Anna Berger")]


def test_a_name_broken_at_a_hyphen_with_the_speaker_on_its_last_word_is_one_speaker() -> None:
    from faultline.extract.quotes import _speaker_span

    # "Cho Min-jae , a researcher , said no ." with "Min", "-" and "jae" each a subject of "said"
    words = ["Cho", "Min", "-", "jae", ",", "a", "researcher", ",", "said", "no", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, False, False, False, True, True, False, True, True, False, False],
              heads=[1, 8, 8, 8, 3, 6, 3, 3, 8, 8, 8],
              deps=["compound", "nsubj", "nsubj", "nsubj", "punct", "det", "appos", "punct", "ROOT", "intj", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "INTJ", "PUNCT"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    assert doc.text[slice(*_speaker_span(doc, doc[3], None))] == "Cho Min-jae, a researcher"


@pytest.mark.parametrize("scope", ["speech", "learned"])
def test_a_framing_phrase_before_a_medial_according_to_is_no_content(scope) -> None:
    # "In private , according to two diplomats , the talks failed badly ."
    words = ["In", "private", ",", "according", "to", "two", "diplomats", ",", "the", "talks", "failed", "badly", "."]
    doc = _tagged(words, heads=[10, 0, 10, 10, 3, 6, 4, 10, 9, 10, 10, 10, 10],
                  deps=["prep", "amod", "punct", "prep", "prep", "nummod", "pobj", "punct", "det", "nsubj", "ROOT",
                        "advmod", "punct"],
                  pos=["ADP", "ADJ", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADV",
                       "PUNCT"],
                  tags=["IN", "JJ", ",", "VBG", "IN", "CD", "NNS", ",", "DT", "NNS", "VBD", "RB", "."],
                  lemmas=["in", "private", ",", "accord", "to", "two", "diplomat", ",", "the", "talk", "fail", "badly",
                          "."])
    found = [doc.text[m.start:m.end] for m in find_quotes(doc, scope=scope)[0] if m.cue == "according to"]
    assert found == ["the talks failed badly"]


def test_a_content_never_ends_inside_a_word_the_parser_broke_at_its_hyphen() -> None:
    # "He said he would co-sponsor bills ." as the model parses it: "co" the clause's verb,
    # "sponsor" a modifier of "bills", which hangs from "said"
    words = ["He", "said", "he", "would", "co", "-", "sponsor", "bills", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, True, False, False, True, False, False],
              heads=[1, 1, 4, 4, 1, 1, 7, 1, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "xcomp", "amod", "dobj", "punct"],
              sent_starts=[True] + [False] * 8)
    s, e = trim_content(doc, 2, 5)
    assert doc.text[s:e] == "he would co-sponsor bills"


def _spoken(doc, scope="speech"):
    return [(m.kind, doc.text[m.start:m.end], m.cue, m.speaker_span and doc.text[slice(*m.speaker_span)])
            for m in find_quotes(doc, scope=scope)[0]]


def test_a_name_after_the_quotation_is_its_speaker_not_a_name_in_its_apposition() -> None:
    # "“Very good reporter , this guy , ” Trump , the GOP frontrunner after winning the New
    # Hampshire primaries , said ." (the model's parse: "Trump" an apposition inside the quote)
    rows = [('“', 21, 'punct', 'PUNCT', '"', '``'), ('Very', 2, 'advmod', 'ADV', 'very', 'RB'),
            ('good', 3, 'amod', 'ADJ', 'good', 'JJ'), ('reporter', 21, 'nsubj', 'NOUN', 'reporter', 'NN'),
            (',', 3, 'punct', 'PUNCT', ',', ','), ('this', 6, 'det', 'DET', 'this', 'DT'),
            ('guy', 3, 'appos', 'NOUN', 'guy', 'NN'), (',', 6, 'punct', 'PUNCT', ',', ','),
            ('”', 6, 'punct', 'PUNCT', '"', "''"), ('Trump', 6, 'appos', 'PROPN', 'Trump', 'NNP'),
            (',', 6, 'punct', 'PUNCT', ',', ','), ('the', 13, 'det', 'DET', 'the', 'DT'),
            ('GOP', 13, 'compound', 'PROPN', 'GOP', 'NNP'), ('frontrunner', 3, 'conj', 'NOUN', 'frontrunner', 'NN'),
            ('after', 13, 'prep', 'ADP', 'after', 'IN'), ('winning', 14, 'pcomp', 'VERB', 'win', 'VBG'),
            ('the', 19, 'det', 'DET', 'the', 'DT'), ('New', 18, 'compound', 'PROPN', 'New', 'NNP'),
            ('Hampshire', 19, 'compound', 'PROPN', 'Hampshire', 'NNP'),
            ('primaries', 15, 'dobj', 'NOUN', 'primary', 'NNS'), (',', 21, 'punct', 'PUNCT', ',', ','),
            ('said', 21, 'ROOT', 'VERB', 'say', 'VBD'), ('.', 21, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, True, False, True, True, False, False, True, False, True, True, True, True, True,
              True, True, True, True, False, True, False, False]
    found = _spoken(_parsed(rows, spaces=spaces))
    assert [(k, c, s) for k, _, c, s in found] == [("direct", "say", "Trump")]


def test_an_adverb_written_with_hyphens_after_the_cue_is_no_inverted_speaker() -> None:
    # "“We had better conventions , ” delegate Bill Eastland , wearing a cowboy hat , said
    # matter-of-factly ." (the model's parse, "matter" a noun)
    rows = [('“', 16, 'punct', 'PUNCT', '"', '``'), ('We', 2, 'nsubj', 'PRON', 'we', 'PRP'),
            ('had', 7, 'ccomp', 'VERB', 'have', 'VBD'), ('better', 4, 'amod', 'ADJ', 'well', 'JJR'),
            ('conventions', 2, 'dobj', 'NOUN', 'convention', 'NNS'), (',', 7, 'punct', 'PUNCT', ',', ','),
            ('”', 7, 'punct', 'PUNCT', '"', "''"), ('delegate', 9, 'compound', 'NOUN', 'delegate', 'NN'),
            ('Bill', 9, 'compound', 'PROPN', 'Bill', 'NNP'), ('Eastland', 16, 'nsubj', 'PROPN', 'Eastland', 'NNP'),
            (',', 16, 'punct', 'PUNCT', ',', ','), ('wearing', 16, 'advcl', 'VERB', 'wear', 'VBG'),
            ('a', 14, 'det', 'DET', 'a', 'DT'), ('cowboy', 14, 'compound', 'NOUN', 'cowboy', 'NN'),
            ('hat', 11, 'dobj', 'NOUN', 'hat', 'NN'), (',', 16, 'punct', 'PUNCT', ',', ','),
            ('said', 16, 'ROOT', 'VERB', 'say', 'VBD'), ('matter', 21, 'amod', 'NOUN', 'matter', 'NN'),
            ('-', 17, 'punct', 'PUNCT', '-', 'HYPH'), ('of', 21, 'advmod', 'ADV', 'of', 'RB'),
            ('-', 21, 'punct', 'PUNCT', '-', 'HYPH'), ('factly', 16, 'advmod', 'ADV', 'factly', 'RB'),
            ('.', 16, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, True, True, False, False, True, True, True, False, True, True, True, True, False,
              True, True, False, False, False, False, False, False]
    found = _spoken(_parsed(rows, spaces=spaces))
    assert [(k, c, s) for k, _, c, s in found] == [("direct", "say", "delegate Bill Eastland")]
    assert quotes_module._hyphened_adverb(_parsed(rows, spaces=spaces)[17])
    # a hyphenated name after the cue is still its speaker: "said co-chair Jones"? not an adverb
    assert not quotes_module._hyphened_adverb(_parsed(rows, spaces=spaces)[9])


def test_a_time_or_place_before_a_colon_is_not_the_speaker_of_the_quotation() -> None:
    # "Here is Clinton in December 1992 : “Our direction must rest on skills . ”"
    rows = [('Here', 1, 'advmod', 'ADV', 'here', 'RB'), ('is', 11, 'ccomp', 'AUX', 'be', 'VBZ'),
            ('Clinton', 1, 'nsubj', 'PROPN', 'Clinton', 'NNP'), ('in', 1, 'prep', 'ADP', 'in', 'IN'),
            ('December', 3, 'pobj', 'PROPN', 'December', 'NNP'), ('1992', 4, 'nummod', 'NUM', '1992', 'CD'),
            (':', 1, 'punct', 'PUNCT', ':', ':'), ('“', 11, 'punct', 'PUNCT', '"', '``'),
            ('Our', 9, 'poss', 'PRON', 'our', 'PRP$'), ('direction', 11, 'nsubj', 'NOUN', 'direction', 'NN'),
            ('must', 11, 'aux', 'AUX', 'must', 'MD'), ('rest', 11, 'ROOT', 'VERB', 'rest', 'VB'),
            ('on', 11, 'prep', 'ADP', 'on', 'IN'), ('skills', 12, 'pobj', 'NOUN', 'skill', 'NNS'),
            ('.', 11, 'punct', 'PUNCT', '.', '.'), ('”', 11, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, True, True, True, True, False, True, False, True, True, True, True, True, False, False, False]
    doc = _parsed(rows, spaces=spaces)
    doc.ents = [Span(doc, 2, 3, "PERSON"), Span(doc, 4, 6, "DATE")]
    found = _spoken(doc)
    assert [(k, c, s) for k, _, c, s in found] == [("direct", ":", "Clinton")]


def test_an_inverted_cue_read_as_a_modifier_of_the_name_gives_the_name() -> None:
    # "Continued Stone : “It is a very real problem . ”" ("Continued" an adjective of "Stone")
    rows = [('Continued', 1, 'amod', 'VERB', 'continue', 'VBN'), ('Stone', 1, 'ROOT', 'PROPN', 'Stone', 'NNP'),
            (':', 1, 'punct', 'PUNCT', ':', ':'), ('“', 1, 'punct', 'PUNCT', '"', '``'),
            ('It', 5, 'nsubj', 'PRON', 'it', 'PRP'), ('is', 1, 'acl', 'AUX', 'be', 'VBZ'),
            ('a', 9, 'det', 'DET', 'a', 'DT'), ('very', 8, 'advmod', 'ADV', 'very', 'RB'),
            ('real', 9, 'amod', 'ADJ', 'real', 'JJ'), ('problem', 5, 'attr', 'NOUN', 'problem', 'NN'),
            ('.', 1, 'punct', 'PUNCT', '.', '.'), ('”', 1, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, False, True, False, True, True, True, True, True, False, False, False]
    found = _spoken(_parsed(rows, spaces=spaces))
    assert [(k, s) for k, _, _, s in found] == [("direct", "Stone")]


def _gillibrand_headline(topic_quoted: bool = True):
    # "Gillibrand on Clinton Releasing Her Transcripts : ‘ I Think She Will ’ ¶ Kirsten
    # Gillibrand spoke ." (the model's parse: "Gillibrand" a verb heading the topic)
    rows = [('Gillibrand', 9, 'advcl', 'VERB', 'gillibrand', 'VB'), ('on', 0, 'prep', 'ADP', 'on', 'IN'),
            ('Clinton', 1, 'pobj', 'PROPN', 'Clinton', 'NNP'), ('Releasing', 0, 'advcl', 'VERB', 'release', 'VBG'),
            ('Her', 5, 'poss', 'PRON', 'her', 'PRP$'), ('Transcripts', 3, 'dobj', 'NOUN', 'transcript', 'NNS'),
            (':', 0, 'punct', 'PUNCT', ':', ':'), ('‘', 0, 'punct', 'PUNCT', "'", '``'),
            ('I', 9, 'nsubj', 'PRON', 'I', 'PRP'), ('Think', 9, 'ROOT', 'VERB', 'think', 'VBP'),
            ('She', 11, 'nsubj', 'PRON', 'she', 'PRP'), ('Will', 9, 'ccomp', 'AUX', 'will', 'MD'),
            ('’', 11, 'punct', 'VERB', '’', 'VB'), ('\n\n', 12, 'dep', 'SPACE', '\n\n', '_SP'),
            ('Kirsten', 15, 'compound', 'PROPN', 'Kirsten', 'NNP'),
            ('Gillibrand', 16, 'nsubj', 'PROPN', 'Gillibrand', 'NNP'), ('spoke', 16, 'ROOT', 'VERB', 'speak', 'VBD'),
            ('.', 16, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, True, False, True, True, True, False, False, False, True,
              True, False, False]
    if not topic_quoted:   # "… Transcripts : I Think She Will ¶ …"
        rows[7] = ('So', 9, 'advmod', 'ADV', 'so', 'RB')
        rows[12] = ('now', 11, 'advmod', 'ADV', 'now', 'RB')
        spaces[7] = spaces[11] = True
    doc = _parsed(rows, sent_starts=(0, 14), spaces=spaces)
    doc.ents = [Span(doc, 14, 16, "PERSON")]
    return doc


def test_a_headline_name_on_a_topic_is_the_speaker_of_what_follows_its_colon() -> None:
    doc = _gillibrand_headline()
    assert quotes_module._headline_name_on(doc[6]).i == 0
    assert [(k, c, s) for k, _, c, s in _spoken(doc)] == [("direct", ":", "Gillibrand")]
    doc = _gillibrand_headline(topic_quoted=False)
    assert [(k, t, s) for k, t, _, s in _spoken(doc)] == [("indirect", "So I Think She Will now", "Gillibrand")]
    # a rubric "on" a topic names no one: the word is no name found in the story
    doc = _gillibrand_headline()
    doc.ents = []
    assert quotes_module._headline_name_on(doc[6]) is None


def test_a_headline_quotation_that_only_opens_the_claim_after_a_label_gives_the_whole_claim() -> None:
    # "Blumenthal : ‘ No Idea ’ If I Told Clinton ¶ He spoke ."
    rows = [('Blumenthal', 0, 'ROOT', 'PROPN', 'Blumenthal', 'NNP'), (':', 0, 'punct', 'PUNCT', ':', ':'),
            ('‘', 4, 'punct', 'PUNCT', "'", '``'), ('No', 4, 'det', 'DET', 'no', 'DT'),
            ('Idea', 0, 'appos', 'NOUN', 'idea', 'NN'), ('’', 4, 'punct', 'PUNCT', "'", "''"),
            ('If', 8, 'mark', 'SCONJ', 'if', 'IN'), ('I', 8, 'nsubj', 'PRON', 'I', 'PRP'),
            ('Told', 0, 'advcl', 'VERB', 'tell', 'VBD'), ('Clinton', 8, 'dobj', 'PROPN', 'Clinton', 'NNP'),
            ('\n\n', 9, 'dep', 'SPACE', '\n\n', '_SP'), ('He', 12, 'nsubj', 'PRON', 'he', 'PRP'),
            ('spoke', 12, 'ROOT', 'VERB', 'speak', 'VBD'), ('.', 12, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, False, True, False, True, True, True, True, False, False, True, False, False]
    doc = _parsed(rows, sent_starts=(0, 11), spaces=spaces)
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 9, 10, "PERSON")]
    found = _spoken(doc)
    assert ("indirect", "‘No Idea’ If I Told Clinton", ":", "Blumenthal") in found
    assert all(s == "Blumenthal" for _, _, c, s in found if c == ":")


def test_a_transcript_label_in_capitals_the_tagger_misread_is_the_speaker() -> None:
    # "Thanks . ¶ FALLIN : Well , I think the nation must work together . ¶ TODD : Governor ,
    # thank you ." ("FALLIN" read as a number, "TODD" as an adjective)
    rows = [('Thanks', 0, 'ROOT', 'NOUN', 'thank', 'NNS'), ('.', 0, 'punct', 'PUNCT', '.', '.'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n', '_SP'), ('FALLIN', 8, 'dep', 'NUM', 'fallin', 'CD'),
            (':', 3, 'punct', 'PUNCT', ':', ':'), ('Well', 8, 'intj', 'INTJ', 'well', 'UH'),
            (',', 8, 'punct', 'PUNCT', ',', ','), ('I', 8, 'nsubj', 'PRON', 'I', 'PRP'),
            ('think', 8, 'ROOT', 'VERB', 'think', 'VBP'), ('the', 10, 'det', 'DET', 'the', 'DT'),
            ('nation', 12, 'nsubj', 'NOUN', 'nation', 'NN'), ('must', 12, 'aux', 'AUX', 'must', 'MD'),
            ('work', 8, 'ccomp', 'VERB', 'work', 'VB'), ('together', 12, 'advmod', 'ADV', 'together', 'RB'),
            ('.', 8, 'punct', 'PUNCT', '.', '.'), ('\n\n', 14, 'dep', 'SPACE', '\n\n', '_SP'),
            ('TODD', 20, 'advcl', 'ADJ', 'todd', 'JJ'), (':', 16, 'punct', 'PUNCT', ':', ':'),
            ('Governor', 16, 'appos', 'NOUN', 'governor', 'NN'), (',', 20, 'punct', 'PUNCT', ',', ','),
            ('thank', 20, 'ROOT', 'VERB', 'thank', 'VBP'), ('you', 20, 'dobj', 'PRON', 'you', 'PRP'),
            ('.', 20, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, False, False, False, True, False, True, True, True, True, True, True, True, False, False,
              False, False, True, False, True, True, False, False]
    doc = _parsed(rows, sent_starts=(0, 3, 16), spaces=spaces)
    found = [(k, c, s) for k, _, c, s in _spoken(doc) if c == ":"]
    assert found == [("direct", ":", "FALLIN"), ("direct", ":", "TODD")]
    # a rubric in capitals is no one's label: "CLAIM : …"
    rows[3] = ('CLAIM', 8, 'dep', 'NOUN', 'claim', 'NN')
    doc = _parsed(rows, sent_starts=(0, 3, 16), spaces=spaces)
    assert [s for _, _, c, s in _spoken(doc) if c == ":"] == ["TODD"]


def test_a_closing_quotation_mark_glued_to_the_next_word_is_split_off() -> None:
    from faultline.pipeline.tokenizer import split_glued_quotes

    nlp = split_glued_quotes(spacy.blank("en"))
    text = "“It surprised me,”Clinton said. He said,\"We will see.\" It is U.S.-made."
    words = [t.text for t in nlp(text)]
    assert words[:8] == ["“", "It", "surprised", "me", ",", "”", "Clinton", "said"]
    assert words[10:15] == ["said", ",", '"', "We", "will"]
    assert "U.S.-made" in words or "U.S." in words
    assert nlp(text).text == text


def _rows_doc(rows, spaces, ents, starts):
    doc = _parsed(rows, sent_starts=starts, spaces=spaces)
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return doc


def test_a_transcript_label_in_capitals_with_a_hyphen_is_a_label_whatever_its_tags() -> None:
    # "Thanks . ¶ REPORTER : Why ? ¶ TREMBLAY-OUELLET : The evaluation was based on more than
    # price ." ("TREMBLAY" read as a verb)
    rows = [('Thanks', 0, 'ROOT', 'NOUN', 'thank', 'NNS'),
            ('.', 0, 'punct', 'PUNCT', '.', '.'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n', '_SP'),
            ('REPORTER', 3, 'ROOT', 'NOUN', 'reporter', 'NN'),
            (':', 3, 'punct', 'PUNCT', ':', ':'),
            ('Why', 3, 'acl', 'SCONJ', 'why', 'WRB'),
            ('?', 5, 'punct', 'PUNCT', '?', '.'),
            ('\n\n', 6, 'dep', 'SPACE', '\n\n', '_SP'),
            ('TREMBLAY', 8, 'ROOT', 'VERB', 'TREMBLAY', 'VBN'),
            ('-', 8, 'punct', 'PUNCT', '-', 'HYPH'),
            ('OUELLET', 8, 'amod', 'ADJ', 'ouellet', 'JJ'),
            (':', 8, 'punct', 'PUNCT', ':', ':'),
            ('The', 13, 'det', 'DET', 'the', 'DT'),
            ('evaluation', 15, 'nsubjpass', 'NOUN', 'evaluation', 'NN'),
            ('was', 15, 'auxpass', 'AUX', 'be', 'VBD'),
            ('based', 15, 'ROOT', 'VERB', 'base', 'VBN'),
            ('on', 15, 'prep', 'ADP', 'on', 'IN'),
            ('more', 16, 'pobj', 'ADJ', 'more', 'JJR'),
            ('than', 17, 'prep', 'ADP', 'than', 'IN'),
            ('price', 18, 'pobj', 'NOUN', 'price', 'NN'),
            ('.', 15, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, False, False, False, True, False, False, False, False, False, False, True, True, True, True, True, True, True, True, False, False]
    ents = []
    starts = (0, 3, 8, 12)
    found = [(k, t, s) for k, t, c, s in _spoken(_rows_doc(rows, spaces, ents, starts)) if c == ":"]
    assert ("direct", "The evaluation was based on more than price", "TREMBLAY-OUELLET") in found


def test_a_rubric_in_capitals_before_a_colon_is_no_cue() -> None:
    # "Fact check ¶ The debate was heated . ¶ CLAIM : He cut taxes for the middle class ."
    rows = [('Fact', 1, 'nsubj', 'NOUN', 'fact', 'NN'),
            ('check', 1, 'ROOT', 'VERB', 'check', 'VB'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n', '_SP'),
            ('The', 4, 'det', 'DET', 'the', 'DT'),
            ('debate', 6, 'nsubjpass', 'NOUN', 'debate', 'NN'),
            ('was', 6, 'auxpass', 'AUX', 'be', 'VBD'),
            ('heated', 6, 'ROOT', 'VERB', 'heat', 'VBN'),
            ('.', 6, 'punct', 'PUNCT', '.', '.'),
            ('\n\n', 7, 'dep', 'SPACE', '\n\n', '_SP'),
            ('CLAIM', 9, 'ROOT', 'VERB', 'claim', 'VB'),
            (':', 9, 'punct', 'PUNCT', ':', ':'),
            ('He', 12, 'nsubj', 'PRON', 'he', 'PRP'),
            ('cut', 9, 'ccomp', 'VERB', 'cut', 'VBD'),
            ('taxes', 12, 'dobj', 'NOUN', 'taxis', 'NNS'),
            ('for', 12, 'prep', 'ADP', 'for', 'IN'),
            ('the', 17, 'det', 'DET', 'the', 'DT'),
            ('middle', 17, 'amod', 'ADJ', 'middle', 'JJ'),
            ('class', 14, 'pobj', 'NOUN', 'class', 'NN'),
            ('.', 12, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, False, False, True, True, True, False, False, False, False, True, True, True, True, True, True, True, False, False]
    ents = []
    starts = (0, 3, 9)
    assert _spoken(_rows_doc(rows, spaces, ents, starts)) == []


def test_a_quotation_after_a_sentence_the_parser_ran_on_is_direct_with_a_nested_close() -> None:
    # 'A rebel MP described a talk with a whip earlier today . " The whip looked at me and said ,
    # \'This is a confidence matter , \' " the MP said .'
    rows = [('A', 2, 'det', 'DET', 'a', 'DT'),
            ('rebel', 2, 'amod', 'NOUN', 'rebel', 'NN'),
            ('MP', 3, 'nsubj', 'PROPN', 'MP', 'NNP'),
            ('described', 3, 'ROOT', 'VERB', 'describe', 'VBD'),
            ('a', 5, 'det', 'DET', 'a', 'DT'),
            ('talk', 3, 'dobj', 'NOUN', 'talk', 'NN'),
            ('with', 5, 'prep', 'ADP', 'with', 'IN'),
            ('a', 8, 'det', 'DET', 'a', 'DT'),
            ('whip', 6, 'pobj', 'NOUN', 'whip', 'NN'),
            ('earlier', 10, 'advmod', 'ADV', 'early', 'RBR'),
            ('today', 3, 'npadvmod', 'NOUN', 'today', 'NN'),
            ('.', 3, 'punct', 'PUNCT', '.', '.'),
            ('"', 15, 'punct', 'PUNCT', '"', '``'),
            ('The', 14, 'det', 'DET', 'the', 'DT'),
            ('whip', 15, 'nsubj', 'NOUN', 'whip', 'NN'),
            ('looked', 15, 'ROOT', 'VERB', 'look', 'VBD'),
            ('at', 15, 'prep', 'ADP', 'at', 'IN'),
            ('me', 16, 'pobj', 'PRON', 'I', 'PRP'),
            ('and', 15, 'cc', 'CCONJ', 'and', 'CC'),
            ('said', 15, 'conj', 'VERB', 'say', 'VBD'),
            (',', 19, 'punct', 'PUNCT', ',', ','),
            ("'", 19, 'punct', 'PUNCT', "'", '``'),
            ('This', 23, 'nsubj', 'PRON', 'this', 'DT'),
            ('is', 32, 'ccomp', 'AUX', 'be', 'VBZ'),
            ('a', 26, 'det', 'DET', 'a', 'DT'),
            ('confidence', 26, 'compound', 'NOUN', 'confidence', 'NN'),
            ('matter', 23, 'attr', 'NOUN', 'matter', 'NN'),
            (',', 23, 'punct', 'PUNCT', ',', ','),
            ("'", 32, 'punct', 'PUNCT', "'", "''"),
            ('"', 32, 'punct', 'PUNCT', '"', "''"),
            ('the', 31, 'det', 'DET', 'the', 'DT'),
            ('MP', 32, 'nsubj', 'PROPN', 'MP', 'NNP'),
            ('said', 19, 'ccomp', 'VERB', 'say', 'VBD'),
            ('.', 15, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, True, True, False, True, False, True, True, True, True, True, True, False, True, False, True, True, True, True, False, False, False, True, True, True, False, False]
    ents = [(9, 11, 'TIME')]
    starts = (0, 12)
    found = _spoken(_rows_doc(rows, spaces, ents, starts))
    assert ("direct", "The whip looked at me and said, 'This is a confidence matter,'", "say", "the MP") in found


def test_a_quoted_that_is_words_said_not_an_anaphor_naming_a_speaker() -> None:
    # '“That,” she said, “is a question for Moscow.”': the quotation's first part stays
    from faultline.extract.actors import ActorIndex
    from faultline.extract.attribution import merge_anaphoric
    from faultline.model import Quote
    text = "Asked about it, she paused. “That,” she said, “is a question for Moscow.”"
    first = Quote("q1", "direct", "That", 29, 33, speaker="person:aldridge")
    second = Quote("q2", "direct", "is a question for Moscow", 46, 70, speaker="person:aldridge")
    out = merge_anaphoric([first, second], ActorIndex(), text)
    assert [q.id for q in out] == ["q1", "q2"]


def test_a_recorded_votes_list_labels_no_speaker() -> None:
    # "Thanks . ¶ Against ( 8 ) : Belarus , Eritrea and Tonga ." ("Against" read as a name)
    rows = [("Thanks", 0, "ROOT", "NOUN", "thank", "NNS"), (".", 0, "punct", "PUNCT", ".", "."),
            ("\n\n", 1, "dep", "SPACE", "\n\n", "_SP"), ("Against", 8, "nsubj", "PROPN", "Against", "NNP"),
            ("(", 3, "punct", "PUNCT", "(", "-LRB-"), ("8", 3, "appos", "NUM", "8", "CD"),
            (")", 3, "punct", "PUNCT", ")", "-RRB-"), (":", 3, "punct", "PUNCT", ":", ":"),
            ("Belarus", 8, "ROOT", "PROPN", "Belarus", "NNP"), (",", 8, "punct", "PUNCT", ",", ","),
            ("Eritrea", 8, "conj", "PROPN", "Eritrea", "NNP"), ("and", 10, "cc", "CCONJ", "and", "CC"),
            ("Tonga", 10, "conj", "PROPN", "Tonga", "NNP"), (".", 8, "punct", "PUNCT", ".", ".")]
    spaces = [False, False, False, True, False, False, False, True, False, True, True, True, False, False]
    doc = _parsed(rows, sent_starts=(0, 3), spaces=spaces)
    assert quotes_module.colon_form(doc[7]) is None
    assert not [m for m in find_quotes(doc)[0] if m.cue == ":"]


def test_a_time_before_a_colon_is_not_the_speaker_of_the_quotation() -> None:
    # "Mr. Carlisle answered an hour later : “ Fair question . Closer than yesterday . ”"
    rows = [('Mr.', 1, 'compound', 'PROPN', 'Mr.', 'NNP'),
            ('Carlisle', 2, 'nsubj', 'PROPN', 'Carlisle', 'NNP'),
            ('answered', 2, 'ROOT', 'VERB', 'answer', 'VBD'),
            ('an', 4, 'det', 'DET', 'an', 'DT'),
            ('hour', 5, 'npadvmod', 'NOUN', 'hour', 'NN'),
            ('later', 2, 'advmod', 'ADV', 'later', 'RB'),
            (':', 2, 'punct', 'PUNCT', ':', ':'),
            ('“', 9, 'punct', 'PUNCT', '"', '``'),
            ('Fair', 9, 'amod', 'ADJ', 'fair', 'JJ'),
            ('question', 2, 'npadvmod', 'NOUN', 'question', 'NN'),
            ('.', 2, 'punct', 'PUNCT', '.', '.'),
            ('Closer', 11, 'ROOT', 'ADV', 'close', 'RBR'),
            ('than', 11, 'prep', 'ADP', 'than', 'IN'),
            ('yesterday', 12, 'pobj', 'NOUN', 'yesterday', 'NN'),
            ('.', 11, 'punct', 'PUNCT', '.', '.'),
            ('”', 11, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, True, True, True, True, False, True, False, True, False, True, True, True, False, False, False]
    ents = [(1, 2, 'PERSON'), (3, 6, 'TIME'), (13, 14, 'DATE')]
    starts = (0, 11)
    doc = _rows_doc(rows, spaces, ents, starts)
    assert [(k, s) for k, _, c, s in _spoken(doc) if c == ":"] == [("direct", "Mr. Carlisle")]


def test_that_said_opening_a_sentence_is_the_writers_concession_not_speech() -> None:
    # "That said , the audience tends to be older ." (the model's parse: "That" the subject of "said")
    rows = [('That', 1, 'nsubj', 'PRON', 'that', 'DT'), ('said', 5, 'parataxis', 'VERB', 'say', 'VBD'),
            (',', 5, 'punct', 'PUNCT', ',', ','), ('the', 4, 'det', 'DET', 'the', 'DT'),
            ('audience', 5, 'nsubj', 'NOUN', 'audience', 'NN'), ('tends', 5, 'ROOT', 'VERB', 'tend', 'VBZ'),
            ('to', 7, 'aux', 'PART', 'to', 'TO'), ('be', 5, 'xcomp', 'AUX', 'be', 'VB'),
            ('older', 7, 'acomp', 'ADJ', 'old', 'JJR'), ('.', 5, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, False, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [], (0,))
    assert set_phrase(doc[1])
    assert _spoken(doc, "learned") == []


def test_a_list_of_names_after_a_label_is_no_statement() -> None:
    # "Panel members ¶ NEVADA : Adam Khan , Andres Ramirez , Andrew Diss , Barbara Buckley ."
    rows = [('Panel', 1, 'compound', 'PROPN', 'Panel', 'NNP'), ('members', 1, 'ROOT', 'NOUN', 'member', 'NNS'),
            ('\n\n', 1, 'dep', 'SPACE', '\n\n', '_SP'), ('NEVADA', 3, 'ROOT', 'PROPN', 'NEVADA', 'NNP'),
            (':', 3, 'punct', 'PUNCT', ':', ':'), ('Adam', 6, 'compound', 'PROPN', 'Adam', 'NNP'),
            ('Khan', 6, 'ROOT', 'PROPN', 'Khan', 'NNP'), (',', 6, 'punct', 'PUNCT', ',', ','),
            ('Andres', 9, 'compound', 'PROPN', 'Andres', 'NNP'), ('Ramirez', 6, 'appos', 'PROPN', 'Ramirez', 'NNP'),
            (',', 9, 'punct', 'PUNCT', ',', ','), ('Andrew', 12, 'compound', 'PROPN', 'Andrew', 'NNP'),
            ('Diss', 9, 'conj', 'PROPN', 'Diss', 'NNP'), (',', 12, 'punct', 'PUNCT', ',', ','),
            ('Barbara', 15, 'compound', 'PROPN', 'Barbara', 'NNP'),
            ('Buckley', 12, 'appos', 'PROPN', 'Buckley', 'NNP'), ('.', 6, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, False, False, False, True, True, False, True, True, False, True, True, False, True, True,
              False, False]
    ents = [(3, 4, 'ORG'), (5, 7, 'PERSON'), (8, 10, 'PERSON'), (11, 13, 'PERSON'), (14, 16, 'PERSON')]
    assert _spoken(_rows_doc(rows, spaces, ents, (0, 3, 5))) == []


def test_according_to_a_source_whose_claim_the_parser_made_its_apposition() -> None:
    # "According to talk radio host Rush Limbaugh , the move reeks of desperation ." ("reeks" a
    # plural noun in apposition to the source)
    rows = [('According', 0, 'ROOT', 'VERB', 'accord', 'VBG'), ('to', 0, 'prep', 'ADP', 'to', 'IN'),
            ('talk', 4, 'compound', 'VERB', 'talk', 'VB'), ('radio', 4, 'compound', 'NOUN', 'radio', 'NN'),
            ('host', 6, 'compound', 'NOUN', 'host', 'NN'), ('Rush', 6, 'compound', 'PROPN', 'Rush', 'NNP'),
            ('Limbaugh', 1, 'pobj', 'PROPN', 'Limbaugh', 'NNP'), (',', 6, 'punct', 'PUNCT', ',', ','),
            ('the', 10, 'det', 'DET', 'the', 'DT'), ('move', 10, 'compound', 'NOUN', 'move', 'NN'),
            ('reeks', 6, 'appos', 'NOUN', 'reek', 'NNS'), ('of', 10, 'prep', 'ADP', 'of', 'IN'),
            ('desperation', 11, 'pobj', 'NOUN', 'desperation', 'NN'), ('.', 0, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, False, True, True, True, True, True, False, False]
    assert _spoken(_rows_doc(rows, spaces, [(5, 7, 'PERSON')], (0,))) == [
        ('indirect', 'the move reeks of desperation', 'according to', 'talk radio host Rush Limbaugh')]


def test_according_to_a_source_then_its_description_the_parser_made_a_second_subject() -> None:
    # "According to the Observatory , a monitor based in London , 40 people were killed ."
    rows = [('According', 14, 'prep', 'VERB', 'accord', 'VBG'), ('to', 0, 'prep', 'ADP', 'to', 'IN'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('Observatory', 1, 'pobj', 'PROPN', 'Observatory', 'NNP'),
            (',', 14, 'punct', 'PUNCT', ',', ','), ('a', 6, 'det', 'DET', 'a', 'DT'),
            ('monitor', 14, 'nsubjpass', 'NOUN', 'monitor', 'NN'), ('based', 6, 'acl', 'VERB', 'base', 'VBN'),
            ('in', 7, 'prep', 'ADP', 'in', 'IN'), ('London', 8, 'pobj', 'PROPN', 'London', 'NNP'),
            (',', 14, 'punct', 'PUNCT', ',', ','), ('40', 12, 'nummod', 'NUM', '40', 'CD'),
            ('people', 14, 'nsubjpass', 'NOUN', 'people', 'NNS'), ('were', 14, 'auxpass', 'AUX', 'be', 'VBD'),
            ('killed', 14, 'ROOT', 'VERB', 'kill', 'VBN'), ('.', 14, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, False, True, True, True, True, True, False, True, True, True, True, False, False]
    assert _spoken(_rows_doc(rows, spaces, [(9, 10, 'GPE'), (11, 12, 'CARDINAL')], (0,))) == [
        ('indirect', '40 people were killed', 'according to', 'the Observatory')]


def test_a_citing_participle_after_the_reported_clause_is_the_speakers_own() -> None:
    # "Analysts said geopolitical factors have helped Burma , citing the importance of its border ."
    rows = [('Analysts', 1, 'nsubj', 'NOUN', 'analyst', 'NNS'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('geopolitical', 3, 'amod', 'ADJ', 'geopolitical', 'JJ'), ('factors', 5, 'nsubj', 'NOUN', 'factor', 'NNS'),
            ('have', 5, 'aux', 'AUX', 'have', 'VBP'), ('helped', 1, 'ccomp', 'VERB', 'help', 'VBN'),
            ('Burma', 5, 'dobj', 'PROPN', 'Burma', 'NNP'), (',', 5, 'punct', 'PUNCT', ',', ','),
            ('citing', 5, 'advcl', 'VERB', 'cite', 'VBG'), ('the', 10, 'det', 'DET', 'the', 'DT'),
            ('importance', 8, 'dobj', 'NOUN', 'importance', 'NN'), ('of', 10, 'prep', 'ADP', 'of', 'IN'),
            ('its', 13, 'poss', 'PRON', 'its', 'PRP$'), ('border', 11, 'pobj', 'NOUN', 'border', 'NN'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, False, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(6, 7, 'GPE')], (0,))
    assert ('indirect', 'geopolitical factors have helped Burma', 'say', 'Analysts') in _spoken(doc)
    assert ('indirect', 'the importance of its border', 'cite', 'Analysts') in _spoken(doc, "attribution")


def test_no_learned_candidate_repeats_a_complement_whose_end_the_rules_cut() -> None:
    # "Clinton told the audience that she believes we must act , saying that race matters ."
    rows = [('Clinton', 1, 'nsubj', 'PROPN', 'Clinton', 'NNP'), ('told', 1, 'ROOT', 'VERB', 'tell', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('audience', 1, 'dobj', 'NOUN', 'audience', 'NN'),
            ('that', 6, 'mark', 'SCONJ', 'that', 'IN'), ('she', 6, 'nsubj', 'PRON', 'she', 'PRP'),
            ('believes', 1, 'ccomp', 'VERB', 'believe', 'VBZ'), ('we', 9, 'nsubj', 'PRON', 'we', 'PRP'),
            ('must', 9, 'aux', 'AUX', 'must', 'MD'), ('act', 6, 'ccomp', 'VERB', 'act', 'VB'),
            (',', 6, 'punct', 'PUNCT', ',', ','), ('saying', 6, 'advcl', 'VERB', 'say', 'VBG'),
            ('that', 14, 'mark', 'SCONJ', 'that', 'IN'), ('race', 14, 'compound', 'NOUN', 'race', 'NN'),
            ('matters', 11, 'ccomp', 'NOUN', 'matter', 'NNS'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, True, False, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON')], (0,))
    found, quotes, _ = rule_matches(doc, scope="learned")
    told = [doc.text[m.start:m.end] for m in found if m.cue == "tell"]
    assert told == ['she believes we must act']
    model = QuoteModel({"tell|VERB": frozenset({"ccomp"})}, {}, 0.0, 0.5)
    learned = [doc.text[m.start:m.end] for m, origin in learned_candidates(doc, model, found, quotes)
               if origin == "learned" and m.cue == "tell"]
    assert learned == []


def test_a_participle_after_a_relative_clause_is_that_clauses_subjects() -> None:
    # 'Israel said vessels had shadowed a ship , a claim the ministry denied , calling it " a
    # fabrication . "' ("calling" hung from "shadowed")
    rows = [('Israel', 1, 'nsubj', 'PROPN', 'Israel', 'NNP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('vessels', 4, 'nsubj', 'NOUN', 'vessel', 'NNS'), ('had', 4, 'aux', 'AUX', 'have', 'VBD'),
            ('shadowed', 1, 'ccomp', 'VERB', 'shadow', 'VBN'), ('a', 6, 'det', 'DET', 'a', 'DT'),
            ('ship', 4, 'dobj', 'NOUN', 'ship', 'NN'), (',', 6, 'punct', 'PUNCT', ',', ','),
            ('a', 9, 'det', 'DET', 'a', 'DT'), ('claim', 6, 'appos', 'NOUN', 'claim', 'NN'),
            ('the', 11, 'det', 'DET', 'the', 'DT'), ('ministry', 12, 'nsubj', 'NOUN', 'ministry', 'NN'),
            ('denied', 9, 'relcl', 'VERB', 'deny', 'VBD'), (',', 4, 'punct', 'PUNCT', ',', ','),
            ('calling', 4, 'advcl', 'VERB', 'call', 'VBG'), ('it', 14, 'dobj', 'PRON', 'it', 'PRP'),
            ('"', 18, 'punct', 'PUNCT', '"', '``'), ('a', 18, 'det', 'DET', 'a', 'DT'),
            ('fabrication', 14, 'oprd', 'NOUN', 'fabrication', 'NN'), ('.', 1, 'punct', 'PUNCT', '.', '.'),
            ('"', 1, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, True, True, True, True, True, False, True, True, True, True, True, False, True, True, True,
              False, True, False, False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'GPE')], (0,))
    assert stranded_subject(doc[14]) is None
    assert [(k, t, s) for k, t, c, s in _spoken(doc) if c == "call"] == [('partial', 'a fabrication', 'the ministry')]


def test_a_that_clause_extraposed_after_a_passive_with_its_agent_is_the_agents_statement() -> None:
    # "It was announced by the Authority , the regional bloc , that it would host talks next month ."
    # (the clause hung on "announced" as an adjunct)
    rows = [('It', 2, 'nsubjpass', 'PRON', 'it', 'PRP'), ('was', 2, 'auxpass', 'AUX', 'be', 'VBD'),
            ('announced', 2, 'ROOT', 'VERB', 'announce', 'VBN'), ('by', 2, 'agent', 'ADP', 'by', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('Authority', 3, 'pobj', 'PROPN', 'Authority', 'NNP'),
            (',', 5, 'punct', 'PUNCT', ',', ','), ('the', 9, 'det', 'DET', 'the', 'DT'),
            ('regional', 9, 'amod', 'ADJ', 'regional', 'JJ'), ('bloc', 5, 'appos', 'NOUN', 'bloc', 'NN'),
            (',', 2, 'punct', 'PUNCT', ',', ','), ('that', 14, 'mark', 'SCONJ', 'that', 'IN'),
            ('it', 14, 'nsubj', 'PRON', 'it', 'PRP'), ('would', 14, 'aux', 'AUX', 'would', 'MD'),
            ('host', 2, 'advcl', 'VERB', 'host', 'VB'), ('talks', 14, 'dobj', 'NOUN', 'talk', 'NNS'),
            ('next', 17, 'amod', 'ADJ', 'next', 'JJ'), ('month', 14, 'npadvmod', 'NOUN', 'month', 'NN'),
            ('.', 2, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, True, True, True, False, True, True, True, True, True, True,
              True, False, False]
    doc = _rows_doc(rows, spaces, [(5, 6, 'ORG'), (16, 18, 'DATE')], (0,))
    assert _spoken(doc) == [('indirect', 'it would host talks next month', 'announce', 'the Authority, the regional bloc')]


def test_a_questions_vocative_is_not_the_subject_who_said_it() -> None:
    # "Q: Minister , the governor of Borno said that aid arrived late ."
    rows = [('Q', 8, 'dep', 'NOUN', 'q', 'NN'), (':', 0, 'punct', 'PUNCT', ':', ':'),
            ('Minister', 8, 'nsubj', 'PROPN', 'Minister', 'NNP'), (',', 2, 'punct', 'PUNCT', ',', ','),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('governor', 2, 'appos', 'NOUN', 'governor', 'NN'),
            ('of', 5, 'prep', 'ADP', 'of', 'IN'), ('Borno', 6, 'pobj', 'PROPN', 'Borno', 'NNP'),
            ('said', 8, 'ROOT', 'VERB', 'say', 'VBD'), ('that', 11, 'mark', 'SCONJ', 'that', 'IN'),
            ('aid', 11, 'nsubj', 'NOUN', 'aid', 'NN'), ('arrived', 8, 'ccomp', 'VERB', 'arrive', 'VBD'),
            ('late', 11, 'advmod', 'ADV', 'late', 'RB'), ('.', 8, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, False, True, True, True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(7, 8, 'PERSON')], (0,))
    assert _spoken(doc) == [('indirect', 'aid arrived late', 'say', 'the governor of Borno')]


def test_a_passive_whose_agent_is_a_count_reports_no_one() -> None:
    # "Several seats were decided by fewer than 1,000 votes ."
    rows = [('Several', 1, 'amod', 'ADJ', 'several', 'JJ'), ('seats', 3, 'nsubjpass', 'NOUN', 'seat', 'NNS'),
            ('were', 3, 'auxpass', 'AUX', 'be', 'VBD'), ('decided', 3, 'ROOT', 'VERB', 'decide', 'VBN'),
            ('by', 3, 'agent', 'ADP', 'by', 'IN'), ('fewer', 7, 'amod', 'ADJ', 'few', 'JJR'),
            ('than', 7, 'quantmod', 'ADP', 'than', 'IN'), ('1,000', 8, 'nummod', 'NUM', '1,000', 'CD'),
            ('votes', 4, 'pobj', 'NOUN', 'vote', 'NNS'), ('.', 3, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, False, False]
    assert _spoken(_rows_doc(rows, spaces, [(5, 8, 'CARDINAL')], (0,)), "attribution") == []


def test_a_comparison_set_off_after_the_source_is_not_part_of_its_name() -> None:
    # "Turnout was high , according to the Commission , slightly higher than before ." with the
    # comparison hung on "Commission"
    rows = [('Turnout', 1, 'nsubj', 'PROPN', 'Turnout', 'NNP'), ('was', 1, 'ROOT', 'AUX', 'be', 'VBD'),
            ('high', 1, 'acomp', 'ADJ', 'high', 'JJ'), (',', 1, 'punct', 'PUNCT', ',', ','),
            ('according', 1, 'prep', 'VERB', 'accord', 'VBG'), ('to', 4, 'prep', 'ADP', 'to', 'IN'),
            ('the', 7, 'det', 'DET', 'the', 'DT'), ('Commission', 5, 'pobj', 'PROPN', 'Commission', 'NNP'),
            (',', 7, 'punct', 'PUNCT', ',', ','), ('slightly', 10, 'advmod', 'ADV', 'slightly', 'RB'),
            ('higher', 7, 'amod', 'ADJ', 'high', 'JJR'), ('than', 10, 'prep', 'ADP', 'than', 'IN'),
            ('before', 11, 'pcomp', 'ADV', 'before', 'RB'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, False, True, True, True, True, False, True, True, True, True, False, False]
    assert _spoken(_rows_doc(rows, spaces, [(7, 8, 'ORG')], (0,))) == [
        ('indirect', 'Turnout was high', 'according to', 'the Commission')]


def test_a_list_of_names_after_an_announcing_colon_is_no_block_quotation() -> None:
    # "The vote was as follows : ¶ In favour ( 3 ): Algeria , Denmark , France , Greece ."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('vote', 2, 'nsubj', 'NOUN', 'vote', 'NN'),
            ('was', 2, 'ROOT', 'AUX', 'be', 'VBD'), ('as', 4, 'mark', 'SCONJ', 'as', 'IN'),
            ('follows', 2, 'advcl', 'VERB', 'follow', 'VBZ'), (':', 2, 'punct', 'PUNCT', ':', ':'),
            ('\n\n', 5, 'dep', 'SPACE', '\n\n', '_SP'), ('In', 7, 'ROOT', 'ADP', 'in', 'IN'),
            ('favour', 7, 'pobj', 'NOUN', 'favour', 'NN'), ('(', 8, 'punct', 'PUNCT', '(', '-LRB-'),
            ('3', 8, 'appos', 'NUM', '3', 'CD'), ('):', 8, 'punct', 'NOUN', '):', 'NN'),
            ('Algeria', 8, 'conj', 'PROPN', 'Algeria', 'NNP'), (',', 12, 'punct', 'PUNCT', ',', ','),
            ('Denmark', 12, 'conj', 'PROPN', 'Denmark', 'NNP'), (',', 14, 'punct', 'PUNCT', ',', ','),
            ('France', 14, 'conj', 'PROPN', 'France', 'NNP'), (',', 16, 'punct', 'PUNCT', ',', ','),
            ('Greece', 12, 'appos', 'PROPN', 'Greece', 'NNP'), ('.', 7, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, False, False, False, True, True, False, False, True, False, True, False,
              True, False, True, False, False]
    ents = [(10, 11, 'CARDINAL'), (12, 13, 'GPE'), (14, 15, 'GPE'), (16, 17, 'GPE'), (18, 19, 'GPE')]
    assert _spoken(_rows_doc(rows, spaces, ents, (0, 7))) == []


def test_a_cue_of_an_object_conjoined_inside_a_denial_is_the_speakers_next_statement() -> None:
    # "The envoy denied that his government was obstructing deliveries and blamed the Rapid
    # Support Forces ( RSF ) for looting ." ("blamed" hung inside the denied clause)
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('envoy', 2, 'nsubj', 'NOUN', 'envoy', 'NN'),
            ('denied', 2, 'ROOT', 'VERB', 'deny', 'VBD'), ('that', 7, 'mark', 'SCONJ', 'that', 'IN'),
            ('his', 5, 'poss', 'PRON', 'his', 'PRP$'), ('government', 7, 'nsubj', 'NOUN', 'government', 'NN'),
            ('was', 7, 'aux', 'AUX', 'be', 'VBD'), ('obstructing', 2, 'ccomp', 'VERB', 'obstruct', 'VBG'),
            ('deliveries', 7, 'dobj', 'NOUN', 'delivery', 'NNS'), ('and', 7, 'cc', 'CCONJ', 'and', 'CC'),
            ('blamed', 7, 'conj', 'VERB', 'blame', 'VBD'), ('the', 14, 'det', 'DET', 'the', 'DT'),
            ('Rapid', 14, 'compound', 'PROPN', 'Rapid', 'NNP'), ('Support', 14, 'compound', 'PROPN', 'Support', 'NNP'),
            ('Forces', 10, 'dobj', 'PROPN', 'Forces', 'NNPS'), ('(', 14, 'punct', 'PUNCT', '(', '-LRB-'),
            ('RSF', 14, 'appos', 'PROPN', 'RSF', 'NNP'), (')', 14, 'punct', 'PUNCT', ')', '-RRB-'),
            ('for', 10, 'prep', 'ADP', 'for', 'IN'), ('looting', 18, 'pobj', 'VERB', 'loot', 'VBG'),
            ('.', 2, 'punct', 'PUNCT', '.', '.')]
    spaces = [True] * 15 + [False, False, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(11, 15, 'ORG')], (0,))
    assert ("indirect", "his government was obstructing deliveries", "deny", "The envoy") in _spoken(doc)


def test_a_content_keeps_the_closing_bracket_of_a_bracket_it_opens() -> None:
    from faultline.extract.quotes import _trim
    doc = _rows_doc([('blamed', 0, 'ROOT', 'VERB', 'blame', 'VBD'), ('the', 2, 'det', 'DET', 'the', 'DT'),
                     ('RSF', 0, 'dobj', 'PROPN', 'RSF', 'NNP'), ('(', 2, 'punct', 'PUNCT', '(', '-LRB-'),
                     ('militia', 2, 'appos', 'NOUN', 'militia', 'NN'), (')', 2, 'punct', 'PUNCT', ')', '-RRB-'),
                     ('.', 0, 'punct', 'PUNCT', '.', '.')], [True, True, True, False, False, False, False], [], (0,))
    start, end = _trim(doc, 1, 6)
    assert doc.text[start:end] == "the RSF (militia)"


def test_the_deed_one_is_blamed_for_is_the_ones_blamed() -> None:
    # "Kurti blamed Belgrade for refusing to recognise the documents ."
    rows = [('Kurti', 1, 'nsubj', 'PROPN', 'Kurti', 'NNP'), ('blamed', 1, 'ROOT', 'VERB', 'blame', 'VBD'),
            ('Belgrade', 1, 'dobj', 'PROPN', 'Belgrade', 'NNP'), ('for', 1, 'prep', 'ADP', 'for', 'IN'),
            ('refusing', 3, 'pcomp', 'VERB', 'refuse', 'VBG'), ('to', 6, 'aux', 'PART', 'to', 'TO'),
            ('recognise', 4, 'xcomp', 'VERB', 'recognise', 'VB'), ('the', 8, 'det', 'DET', 'the', 'DT'),
            ('documents', 6, 'dobj', 'NOUN', 'document', 'NNS'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 8 + [False, False], [(2, 3, 'GPE')], (0,))
    # (the speech scope reports the deed Kurti blames, the outer statement; a refusal, if one is
    # reported, is Belgrade's, never Kurti's)
    spoken = _spoken(doc)
    assert ('indirect', 'refusing to recognise the documents', 'blame', 'Kurti') in spoken
    assert all(s[3] == "Belgrade" for s in spoken if s[2] == "refuse")


def test_an_infinitive_the_parser_hung_past_its_gerund_is_part_of_the_content() -> None:
    # "The ministry accused Kyiv of planning to attack the plant ." ("to attack" read as a clause
    # of "accused")
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('ministry', 2, 'nsubj', 'NOUN', 'ministry', 'NN'),
            ('accused', 2, 'ROOT', 'VERB', 'accuse', 'VBD'), ('Kyiv', 2, 'dobj', 'PROPN', 'Kyiv', 'NNP'),
            ('of', 2, 'prep', 'ADP', 'of', 'IN'), ('planning', 4, 'pcomp', 'VERB', 'plan', 'VBG'),
            ('to', 7, 'aux', 'PART', 'to', 'TO'), ('attack', 2, 'advcl', 'VERB', 'attack', 'VB'),
            ('the', 9, 'det', 'DET', 'the', 'DT'), ('plant', 7, 'dobj', 'NOUN', 'plant', 'NN'),
            ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 9 + [False, False], [], (0,))
    assert ("indirect", "planning to attack the plant", "accuse", "The ministry") in _spoken(doc, "learned")


def test_a_that_clause_the_parser_made_an_object_is_the_content() -> None:
    # "Szijjarto told reporters that Budapest had secured guarantees that its supplies would not be
    # affected ." (the model's parse: "guarantees" a second object, "secured" its adjective)
    rows = [('Szijjarto', 1, 'nsubj', 'PROPN', 'Szijjarto', 'NNP'), ('told', 1, 'ROOT', 'VERB', 'tell', 'VBD'),
            ('reporters', 1, 'dobj', 'NOUN', 'reporter', 'NNS'), ('that', 7, 'nmod', 'SCONJ', 'that', 'IN'),
            ('Budapest', 6, 'nsubj', 'PROPN', 'Budapest', 'NNP'), ('had', 6, 'aux', 'AUX', 'have', 'VBD'),
            ('secured', 7, 'amod', 'VERB', 'secure', 'VBN'), ('guarantees', 1, 'dobj', 'NOUN', 'guarantee', 'NNS'),
            ('that', 14, 'mark', 'SCONJ', 'that', 'IN'), ('its', 10, 'poss', 'PRON', 'its', 'PRP$'),
            ('supplies', 14, 'nsubjpass', 'NOUN', 'supply', 'NNS'), ('would', 14, 'aux', 'AUX', 'would', 'MD'),
            ('not', 14, 'neg', 'PART', 'not', 'RB'), ('be', 14, 'auxpass', 'AUX', 'be', 'VB'),
            ('affected', 7, 'acl', 'VERB', 'affect', 'VBN'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 14 + [False, False], [(0, 1, 'PERSON'), (4, 5, 'GPE')], (0,))
    assert ("indirect", "Budapest had secured guarantees that its supplies would not be affected", "tell",
            "Szijjarto") in _spoken(doc)


def test_a_quotation_in_a_second_that_clause_is_the_first_reporters() -> None:
    # 'He said the minister had told the meeting , ' The border stays closed , full stop , ' and
    # that the union would " hold him to every word . "' (the union's promise is his report)
    rows = [('He', 1, 'nsubj', 'PRON', 'he', 'PRP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('minister', 5, 'nsubj', 'NOUN', 'minister', 'NN'),
            ('had', 5, 'aux', 'AUX', 'have', 'VBD'), ('told', 1, 'ccomp', 'VERB', 'tell', 'VBN'),
            ('the', 7, 'det', 'DET', 'the', 'DT'), ('meeting', 5, 'dobj', 'NOUN', 'meeting', 'NN'),
            (',', 1, 'punct', 'PUNCT', ',', ','), ("'", 1, 'punct', 'PUNCT', "'", '``'),
            ('The', 11, 'det', 'DET', 'the', 'DT'), ('border', 12, 'nsubj', 'NOUN', 'border', 'NN'),
            ('stays', 1, 'ccomp', 'VERB', 'stay', 'VBZ'), ('closed', 12, 'acomp', 'ADJ', 'closed', 'JJ'),
            (',', 13, 'punct', 'PUNCT', ',', ','), ('full', 16, 'amod', 'ADJ', 'full', 'JJ'),
            ('stop', 13, 'conj', 'NOUN', 'stop', 'NN'), (',', 12, 'punct', 'PUNCT', ',', ','),
            ("'", 12, 'punct', 'PUNCT', "'", "''"), ('and', 12, 'cc', 'CCONJ', 'and', 'CC'),
            ('that', 25, 'mark', 'SCONJ', 'that', 'IN'), ('the', 22, 'det', 'DET', 'the', 'DT'),
            ('union', 25, 'nsubj', 'NOUN', 'union', 'NN'), ('would', 25, 'aux', 'AUX', 'would', 'MD'),
            ('"', 25, 'punct', 'PUNCT', '"', '``'), ('hold', 12, 'conj', 'VERB', 'hold', 'VB'),
            ('him', 25, 'dobj', 'PRON', 'he', 'PRP'), ('to', 25, 'prep', 'ADP', 'to', 'IN'),
            ('every', 29, 'det', 'DET', 'every', 'DT'), ('word', 27, 'pobj', 'NOUN', 'word', 'NN'),
            ('.', 1, 'punct', 'PUNCT', '.', '.'), ('"', 1, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, True, True, True, True, True, True, False, True, False, True, True, True, False, True, True,
              False, False, True, True, True, True, True, True, False, True, True, True, True, False, False, False]
    doc = _rows_doc(rows, spaces, [], (0,))
    held = [s for s in _spoken(doc) if s[1].startswith("hold him")]
    assert held and all(s[2] == "say" and s[3] == "He" for s in held)


def test_a_text_that_is_rejected_speaks_for_its_makers_not_for_those_who_reject_it() -> None:
    # "Countries rejected a draft deal proposing that rich nations pay more ."
    rows = [('Countries', 1, 'nsubj', 'NOUN', 'country', 'NNS'), ('rejected', 1, 'ROOT', 'VERB', 'reject', 'VBD'),
            ('a', 4, 'det', 'DET', 'a', 'DT'), ('draft', 4, 'compound', 'NOUN', 'draft', 'NN'),
            ('deal', 1, 'dobj', 'NOUN', 'deal', 'NN'), ('proposing', 4, 'acl', 'VERB', 'propose', 'VBG'),
            ('that', 9, 'mark', 'SCONJ', 'that', 'IN'), ('rich', 8, 'amod', 'ADJ', 'rich', 'JJ'),
            ('nations', 9, 'nsubj', 'NOUN', 'nation', 'NNS'), ('pay', 5, 'ccomp', 'VERB', 'pay', 'VBP'),
            ('more', 9, 'dobj', 'ADJ', 'more', 'JJR'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 10 + [False, False], [], (0,))
    from faultline.extract.quotes import finish_speakers
    matches = finish_speakers(doc, find_quotes(doc)[0])
    proposed = [m for m in matches if m.cue == "propose"]
    assert proposed and all(doc.text[slice(*m.speaker_span)] == "a draft deal" for m in proposed)


def test_one_asked_in_a_participle_the_parser_made_the_verb_reports_nothing() -> None:
    # "Vogler , asked whether the CDU was honest , paused ." ("asked" read as the root)
    rows = [('Vogler', 2, 'nsubj', 'PROPN', 'Vogler', 'NNP'), (',', 0, 'punct', 'PUNCT', ',', ','),
            ('asked', 2, 'ROOT', 'VERB', 'ask', 'VBD'), ('whether', 6, 'mark', 'SCONJ', 'whether', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('CDU', 6, 'nsubj', 'PROPN', 'CDU', 'NNP'),
            ('was', 2, 'ccomp', 'AUX', 'be', 'VBD'), ('honest', 6, 'acomp', 'ADJ', 'honest', 'JJ'),
            (',', 9, 'punct', 'PUNCT', ',', ','), ('paused', 2, 'ccomp', 'VERB', 'pause', 'VBN'),
            ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [False, True, True, True, True, True, True, False, True, False, False],
                    [(0, 1, 'PERSON'), (5, 6, 'ORG')], (0,))
    assert not [s for s in _spoken(doc, "learned") if s[2] == "ask"]
    assert not [s for s in _spoken(doc) if s[2] == "ask"]


def test_the_adjective_of_an_as_after_a_cue_is_its_content() -> None:
    # "The Kremlin dismissed the measures as illegitimate ."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('Kremlin', 2, 'nsubj', 'PROPN', 'Kremlin', 'NNP'),
            ('dismissed', 2, 'ROOT', 'VERB', 'dismiss', 'VBD'), ('the', 4, 'det', 'DET', 'the', 'DT'),
            ('measures', 2, 'dobj', 'NOUN', 'measure', 'NNS'), ('as', 2, 'prep', 'ADP', 'as', 'IN'),
            ('illegitimate', 5, 'amod', 'ADJ', 'illegitimate', 'JJ'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 6 + [False, False], [(1, 2, 'ORG')], (0,))
    assert ("indirect", "illegitimate", "dismiss", "The Kremlin") in _spoken(doc)


def test_a_plural_noun_read_as_a_verb_after_its_modifier_reports_nothing() -> None:
    # "It must meet within 10 days, giving the 193 member states an opportunity to weigh in."
    # ("states" read as the root verb, "member" as the object of "giving")
    rows = [('It', 2, 'nsubj', 'PRON', 'it', 'PRP'), ('must', 2, 'aux', 'AUX', 'must', 'MD'),
            ('meet', 11, 'ccomp', 'VERB', 'meet', 'VB'), ('within', 2, 'prep', 'ADP', 'within', 'IN'),
            ('10', 5, 'nummod', 'NUM', '10', 'CD'), ('days', 3, 'pobj', 'NOUN', 'day', 'NNS'),
            (',', 2, 'punct', 'PUNCT', ',', ','), ('giving', 11, 'csubj', 'VERB', 'give', 'VBG'),
            ('the', 10, 'det', 'DET', 'the', 'DT'), ('193', 10, 'nummod', 'NUM', '193', 'CD'),
            ('member', 7, 'dobj', 'NOUN', 'member', 'NN'), ('states', 11, 'ROOT', 'VERB', 'state', 'VBZ'),
            ('an', 13, 'det', 'DET', 'an', 'DT'), ('opportunity', 11, 'dobj', 'NOUN', 'opportunity', 'NN'),
            ('to', 15, 'aux', 'PART', 'to', 'TO'), ('weigh', 13, 'acl', 'VERB', 'weigh', 'VB'),
            ('in', 15, 'prt', 'ADP', 'in', 'RP'), ('.', 11, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, True, True, True, True, True, True, True, True, True, True,
              False, False]
    doc = _rows_doc(rows, spaces, [(4, 6, 'DATE'), (9, 10, 'CARDINAL')], (0,))
    assert _spoken(doc) == []
    assert _spoken(doc, "learned") == []


def test_a_verb_of_saying_with_an_object_conjoined_in_the_reported_clause_is_the_speakers_next_act() -> None:
    # "She said she admires his determination and highlighted their shared commitment."
    rows = [('She', 1, 'nsubj', 'PRON', 'she', 'PRP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('she', 3, 'nsubj', 'PRON', 'she', 'PRP'), ('admires', 1, 'ccomp', 'VERB', 'admire', 'VBZ'),
            ('his', 5, 'poss', 'PRON', 'his', 'PRP$'), ('determination', 3, 'dobj', 'NOUN', 'determination', 'NN'),
            ('and', 3, 'cc', 'CCONJ', 'and', 'CC'), ('highlighted', 3, 'conj', 'VERB', 'highlight', 'VBD'),
            ('their', 10, 'poss', 'PRON', 'their', 'PRP$'), ('shared', 10, 'amod', 'VERB', 'share', 'VBN'),
            ('commitment', 7, 'dobj', 'NOUN', 'commitment', 'NN'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [], (0,))
    assert ('indirect', 'she admires his determination', 'say', 'She') in _spoken(doc)


_BACK_DOWN = [('“', 4, 'punct', 'PUNCT', '"', '``'), ('We', 4, 'nsubj', 'PRON', 'we', 'PRP'),
              ('will', 4, 'aux', 'AUX', 'will', 'MD'), ('not', 4, 'neg', 'PART', 'not', 'RB'),
              ('back', 4, 'ROOT', 'VERB', 'back', 'VB'), ('down', 4, 'prt', 'ADP', 'down', 'RP'),
              ('.', 4, 'punct', 'PUNCT', '.', '.'), ('”', 4, 'punct', 'PUNCT', '"', "''")]


def test_a_quotation_named_as_a_message_from_someone_in_the_next_sentence_is_theirs() -> None:
    # "“We will not back down.” That was the message from Senator Elaine Marchetti on Tuesday."
    rows = _BACK_DOWN + [
        ('That', 9, 'nsubj', 'PRON', 'that', 'DT'), ('was', 9, 'ROOT', 'AUX', 'be', 'VBD'),
        ('the', 11, 'det', 'DET', 'the', 'DT'), ('message', 9, 'attr', 'NOUN', 'message', 'NN'),
        ('from', 11, 'prep', 'ADP', 'from', 'IN'), ('Senator', 15, 'compound', 'PROPN', 'Senator', 'NNP'),
        ('Elaine', 15, 'compound', 'PROPN', 'Elaine', 'NNP'), ('Marchetti', 12, 'pobj', 'PROPN', 'Marchetti', 'NNP'),
        ('on', 11, 'prep', 'ADP', 'on', 'IN'), ('Tuesday', 16, 'pobj', 'PROPN', 'Tuesday', 'NNP'),
        ('.', 9, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True, True, True, True, True,
              True, False, False]
    doc = _rows_doc(rows, spaces, [(14, 16, 'PERSON'), (17, 18, 'DATE')], (0, 8))
    assert _spoken(doc) == [('direct', 'We will not back down', 'message', 'Senator Elaine Marchetti')]


def test_a_quotation_paragraph_whose_admission_comes_from_someone_next_is_theirs() -> None:
    # "“We will not back down.” ¶ The admission came from Claire Dunmore, a senator."
    rows = _BACK_DOWN + [
        ('\n\n', 7, 'dep', 'SPACE', '\n\n', '_SP'), ('The', 10, 'det', 'DET', 'the', 'DT'),
        ('admission', 11, 'nsubj', 'NOUN', 'admission', 'NN'), ('came', 11, 'ROOT', 'VERB', 'come', 'VBD'),
        ('from', 11, 'prep', 'ADP', 'from', 'IN'), ('Claire', 14, 'compound', 'PROPN', 'Claire', 'NNP'),
        ('Dunmore', 12, 'pobj', 'PROPN', 'Dunmore', 'NNP'), (',', 14, 'punct', 'PUNCT', ',', ','),
        ('a', 17, 'det', 'DET', 'a', 'DT'), ('senator', 14, 'appos', 'NOUN', 'senator', 'NN'),
        ('.', 11, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, True, True, True, False, False, False, False, True, True, True, True, True, False,
              True, True, False, False]
    doc = _rows_doc(rows, spaces, [(13, 15, 'PERSON')], (0, 9))
    [(kind, content, cue, speaker)] = _spoken(doc)
    assert (kind, content, cue) == ('direct', 'We will not back down', 'admission')
    assert speaker.startswith('Claire Dunmore')


def _made_the_remarks(obj, prep):
    # "“We will not back down.” Priya Sandhu, the minister, made the <obj> <prep> Ottawa."
    rows = _BACK_DOWN + [
        ('Priya', 9, 'compound', 'PROPN', 'Priya', 'NNP'), ('Sandhu', 14, 'nsubj', 'PROPN', 'Sandhu', 'NNP'),
        (',', 9, 'punct', 'PUNCT', ',', ','), ('the', 12, 'det', 'DET', 'the', 'DT'),
        ('minister', 9, 'appos', 'NOUN', 'minister', 'NN'), (',', 9, 'punct', 'PUNCT', ',', ','),
        ('made', 14, 'ROOT', 'VERB', 'make', 'VBD'), ('the', 16, 'det', 'DET', 'the', 'DT'),
        (obj, 14, 'dobj', 'NOUN', obj.rstrip('s'), 'NNS' if obj.endswith('s') else 'NN'),
        (prep, 16, 'prep', 'ADP', prep, 'IN'), ('Ottawa', 17, 'pobj', 'PROPN', 'Ottawa', 'NNP'),
        ('.', 14, 'punct', 'PUNCT', '.', '.')]
    spaces = [False, True, True, True, True, False, False, True, True, False, True, True, False, True, True,
              True, True, True, False, False]
    return _rows_doc(rows, spaces, [(8, 10, 'PERSON'), (18, 19, 'GPE')], (0, 8))


def test_a_quotation_whose_remarks_someone_made_in_the_next_sentence_is_theirs() -> None:
    spoken = _spoken(_made_the_remarks('remarks', 'in'))
    assert [(k, c, cue) for k, c, cue, _ in spoken] == [('direct', 'We will not back down', 'make')]
    assert spoken[0][3].startswith('Priya Sandhu')
    # "made the case for Ottawa": an argument of its own, which names no maker of the quotation
    assert all(cue != 'make' for _, _, cue, _ in _spoken(_made_the_remarks('case', 'for')))


def test_a_quotation_after_so_called_is_the_writers_distance_from_a_name() -> None:
    # "The dispute laid bare the so-called “two-speed alliance” in the bloc."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('dispute', 2, 'nsubj', 'NOUN', 'dispute', 'NN'),
            ('laid', 2, 'ROOT', 'VERB', 'lay', 'VBD'), ('bare', 2, 'dobj', 'ADJ', 'bare', 'JJ'),
            ('the', 12, 'det', 'DET', 'the', 'DT'), ('so', 7, 'advmod', 'ADV', 'so', 'RB'),
            ('-', 7, 'punct', 'PUNCT', '-', 'HYPH'), ('called', 12, 'amod', 'VERB', 'call', 'VBN'),
            ('“', 12, 'punct', 'PUNCT', '"', '``'), ('two', 11, 'nummod', 'NUM', 'two', 'CD'),
            ('-', 11, 'punct', 'PUNCT', '-', 'HYPH'), ('speed', 12, 'compound', 'NOUN', 'speed', 'NN'),
            ('alliance', 2, 'dobj', 'NOUN', 'alliance', 'NN'), ('”', 12, 'punct', 'PUNCT', '"', "''"),
            ('in', 2, 'prep', 'ADP', 'in', 'IN'), ('the', 16, 'det', 'DET', 'the', 'DT'),
            ('bloc', 14, 'pobj', 'NOUN', 'bloc', 'NN'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, False, True, False, False, False, True, False, True, True, True,
              False, False]
    doc = _rows_doc(rows, spaces, [(9, 10, 'CARDINAL')], (0,))
    assert not any('two-speed' in content for _, content, _, _ in _spoken(doc))


def test_a_verb_of_a_relative_clause_after_a_quoted_fragment_is_not_its_cue() -> None:
    # 'Migrants could be sent to a “return hub” in a country with which the EU has concluded an
    # agreement.' (what the EU concluded is not the quoted words)
    rows = [('Migrants', 3, 'nsubjpass', 'NOUN', 'migrant', 'NNS'), ('could', 3, 'aux', 'AUX', 'could', 'MD'),
            ('be', 3, 'auxpass', 'AUX', 'be', 'VB'), ('sent', 3, 'ROOT', 'VERB', 'send', 'VBN'),
            ('to', 3, 'prep', 'ADP', 'to', 'IN'), ('a', 8, 'det', 'DET', 'a', 'DT'),
            ('“', 8, 'punct', 'PUNCT', '"', '``'), ('return', 8, 'compound', 'NOUN', 'return', 'NN'),
            ('hub', 4, 'pobj', 'NOUN', 'hub', 'NN'), ('”', 8, 'punct', 'PUNCT', '"', "''"),
            ('in', 3, 'prep', 'ADP', 'in', 'IN'), ('a', 12, 'det', 'DET', 'a', 'DT'),
            ('country', 10, 'pobj', 'NOUN', 'country', 'NN'), ('with', 18, 'prep', 'ADP', 'with', 'IN'),
            ('which', 13, 'pobj', 'PRON', 'which', 'WDT'), ('the', 16, 'det', 'DET', 'the', 'DT'),
            ('EU', 18, 'nsubj', 'PROPN', 'EU', 'NNP'), ('has', 18, 'aux', 'AUX', 'have', 'VBZ'),
            ('concluded', 12, 'relcl', 'VERB', 'conclude', 'VBN'), ('an', 20, 'det', 'DET', 'an', 'DT'),
            ('agreement', 18, 'dobj', 'NOUN', 'agreement', 'NN'), ('.', 3, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, False, True, False, True, True, True, True, True, True, True, True,
              True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(16, 17, 'ORG')], (0,))
    assert _spoken(doc) == []


def test_an_as_phrase_the_parser_made_a_participles_clause_is_what_something_was_dismissed_as() -> None:
    # "Moraes dismissed the estimate as alarmism manufactured in Brasilia." ("as" read as the mark
    # of "manufactured", "alarmism" as its subject)
    rows = [('Moraes', 1, 'nsubj', 'PROPN', 'Moraes', 'NNP'), ('dismissed', 1, 'ROOT', 'VERB', 'dismiss', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('estimate', 1, 'dobj', 'NOUN', 'estimate', 'NN'),
            ('as', 6, 'mark', 'SCONJ', 'as', 'IN'), ('alarmism', 6, 'nsubj', 'NOUN', 'alarmism', 'NN'),
            ('manufactured', 1, 'advcl', 'VERB', 'manufacture', 'VBN'), ('in', 6, 'prep', 'ADP', 'in', 'IN'),
            ('Brasilia', 7, 'pobj', 'PROPN', 'Brasilia', 'NNP'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON'), (8, 9, 'GPE')], (0,))
    assert _spoken(doc) == [('indirect', 'alarmism manufactured in Brasilia', 'dismiss', 'Moraes')]


def test_an_amount_the_parser_set_beside_the_source_of_according_to_is_the_contents_subject() -> None:
    # "According to the budget documents, about ¥1tn would go towards missiles." ("¥1tn" read as an
    # apposition of "documents", "go" left without a subject)
    rows = [('According', 10, 'prep', 'VERB', 'accord', 'VBG'), ('to', 0, 'prep', 'ADP', 'to', 'IN'),
            ('the', 4, 'det', 'DET', 'the', 'DT'), ('budget', 4, 'compound', 'NOUN', 'budget', 'NN'),
            ('documents', 1, 'pobj', 'NOUN', 'document', 'NNS'), (',', 4, 'punct', 'PUNCT', ',', ','),
            ('about', 7, 'advmod', 'ADV', 'about', 'RB'), ('¥', 8, 'compound', 'NUM', '¥', 'CD'),
            ('1tn', 4, 'appos', 'NOUN', '1tn', 'NN'), ('would', 10, 'aux', 'AUX', 'would', 'MD'),
            ('go', 10, 'ROOT', 'VERB', 'go', 'VB'), ('towards', 10, 'prep', 'ADP', 'towards', 'IN'),
            ('missiles', 11, 'pobj', 'NOUN', 'missile', 'NNS'), ('.', 10, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, False, True, True, False, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(6, 9, 'MONEY')], (0,))
    assert _spoken(doc) == [('indirect', 'about ¥1tn would go towards missiles', 'according to', 'the budget documents')]


def test_a_thing_recognised_by_someone_in_the_passive_is_nothing_they_said() -> None:
    # "The frontier has never been formally recognised by any Afghan government." (not "This was
    # stated by Sergey Lavrov")
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('frontier', 6, 'nsubjpass', 'NOUN', 'frontier', 'NN'),
            ('has', 6, 'aux', 'AUX', 'have', 'VBZ'), ('never', 6, 'neg', 'ADV', 'never', 'RB'),
            ('been', 6, 'auxpass', 'AUX', 'be', 'VBN'), ('formally', 6, 'advmod', 'ADV', 'formally', 'RB'),
            ('recognised', 6, 'ROOT', 'VERB', 'recognise', 'VBN'), ('by', 6, 'agent', 'ADP', 'by', 'IN'),
            ('any', 10, 'det', 'DET', 'any', 'DT'), ('Afghan', 10, 'amod', 'ADJ', 'afghan', 'JJ'),
            ('government', 7, 'pobj', 'NOUN', 'government', 'NN'), ('.', 6, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(9, 10, 'NORP')], (0,))
    assert _spoken(doc) == []


def test_a_deed_denied_and_a_demand_called_for_are_speech() -> None:
    # "Asmara has denied sending troops into Ethiopia." / "The group called for an independent
    # investigation." (as "urged … to …" is)
    rows = [('Asmara', 2, 'nsubj', 'PROPN', 'Asmara', 'NNP'), ('has', 2, 'aux', 'AUX', 'have', 'VBZ'),
            ('denied', 2, 'ROOT', 'VERB', 'deny', 'VBN'), ('sending', 2, 'xcomp', 'VERB', 'send', 'VBG'),
            ('troops', 3, 'dobj', 'NOUN', 'troop', 'NNS'), ('into', 3, 'prep', 'ADP', 'into', 'IN'),
            ('Ethiopia', 5, 'pobj', 'PROPN', 'Ethiopia', 'NNP'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True, True, True, True, True, True, False, False], [(0, 1, 'GPE'), (6, 7, 'GPE')], (0,))
    assert _spoken(doc) == [('indirect', 'sending troops into Ethiopia', 'deny', 'Asmara')]
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('group', 2, 'nsubj', 'NOUN', 'group', 'NN'),
            ('called', 2, 'ROOT', 'VERB', 'call', 'VBD'), ('for', 2, 'prep', 'ADP', 'for', 'IN'),
            ('an', 6, 'det', 'DET', 'an', 'DT'), ('independent', 6, 'amod', 'ADJ', 'independent', 'JJ'),
            ('investigation', 3, 'pobj', 'NOUN', 'investigation', 'NN'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True, True, True, True, True, True, False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'an independent investigation', 'call', 'The group')]


def test_an_infinitive_after_the_one_pressed_is_what_they_were_pressed_to_do() -> None:
    # "Japarov pressed downstream neighbours to share the cost." ("to share" read as a purpose clause)
    rows = [('Japarov', 1, 'nsubj', 'PROPN', 'Japarov', 'NNP'), ('pressed', 1, 'ROOT', 'VERB', 'press', 'VBD'),
            ('downstream', 3, 'amod', 'ADJ', 'downstream', 'JJ'), ('neighbours', 1, 'dobj', 'NOUN', 'neighbour', 'NNS'),
            ('to', 5, 'aux', 'PART', 'to', 'TO'), ('share', 1, 'advcl', 'VERB', 'share', 'VB'),
            ('the', 7, 'det', 'DET', 'the', 'DT'), ('cost', 5, 'dobj', 'NOUN', 'cost', 'NN'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True, True, True, True, True, True, True, False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'to share the cost', 'press', 'Japarov')]


def test_a_warning_against_a_deed_is_speech() -> None:
    # "The minister warned speculators against betting on a collapse."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('minister', 2, 'nsubj', 'NOUN', 'minister', 'NN'),
            ('warned', 2, 'ROOT', 'VERB', 'warn', 'VBD'), ('speculators', 2, 'dobj', 'NOUN', 'speculator', 'NNS'),
            ('against', 2, 'prep', 'ADP', 'against', 'IN'), ('betting', 4, 'pcomp', 'VERB', 'bet', 'VBG'),
            ('on', 5, 'prep', 'ADP', 'on', 'IN'), ('a', 8, 'det', 'DET', 'a', 'DT'),
            ('collapse', 6, 'pobj', 'NOUN', 'collapse', 'NN'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True, True, True, True, True, True, True, True, False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'betting on a collapse', 'warn', 'The minister')]


def test_a_that_clause_hung_as_a_relative_on_the_adjunct_is_reported_when_no_relative_can_stand() -> None:
    # "Ellison told reporters outside the chamber that she had spoken with officials." (the parse of
    # the longer sentence: "that", tagged as a conjunction, the object of a relative on "chamber")
    rows = [('Ellison', 1, 'nsubj', 'PROPN', 'Ellison', 'NNP'), ('told', 1, 'ROOT', 'VERB', 'tell', 'VBD'),
            ('reporters', 1, 'dobj', 'NOUN', 'reporter', 'NNS'), ('outside', 1, 'prep', 'ADP', 'outside', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('chamber', 3, 'pobj', 'NOUN', 'chamber', 'NN'),
            ('that', 9, 'dobj', 'SCONJ', 'that', 'IN'), ('she', 9, 'nsubj', 'PRON', 'she', 'PRP'),
            ('had', 9, 'aux', 'AUX', 'have', 'VBD'), ('spoken', 5, 'relcl', 'VERB', 'speak', 'VBN'),
            ('with', 9, 'prep', 'ADP', 'with', 'IN'), ('officials', 10, 'pobj', 'NOUN', 'official', 'NNS'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON')], (0,))
    assert ('indirect', 'she had spoken with officials', 'tell', 'Ellison') in _spoken(doc)
    # "Prasad said at a briefing that each voter had the right to file a claim.": the verb has an
    # object of its own, so "that" is no relative pronoun
    rows = [('Prasad', 1, 'nsubj', 'PROPN', 'Prasad', 'NNP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('at', 1, 'prep', 'ADP', 'at', 'IN'), ('a', 4, 'det', 'DET', 'a', 'DT'),
            ('briefing', 2, 'pobj', 'NOUN', 'briefing', 'NN'), ('that', 8, 'dobj', 'PRON', 'that', 'WDT'),
            ('each', 7, 'det', 'DET', 'each', 'DT'), ('voter', 8, 'nsubj', 'NOUN', 'voter', 'NN'),
            ('had', 4, 'relcl', 'VERB', 'have', 'VBD'), ('the', 10, 'det', 'DET', 'the', 'DT'),
            ('right', 8, 'dobj', 'NOUN', 'right', 'NN'), ('to', 12, 'aux', 'PART', 'to', 'TO'),
            ('file', 10, 'acl', 'VERB', 'file', 'VB'), ('a', 14, 'det', 'DET', 'a', 'DT'),
            ('claim', 12, 'dobj', 'NOUN', 'claim', 'NN'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True] * 14 + [False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON')], (0,))
    assert ('indirect', 'each voter had the right to file a claim', 'say', 'Prasad') in _spoken(doc)
    # a true relative stays one: "Prasad said at a briefing that voters attended."
    rows = [('Prasad', 1, 'nsubj', 'PROPN', 'Prasad', 'NNP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('at', 1, 'prep', 'ADP', 'at', 'IN'), ('a', 4, 'det', 'DET', 'a', 'DT'),
            ('briefing', 2, 'pobj', 'NOUN', 'briefing', 'NN'), ('that', 7, 'dobj', 'PRON', 'that', 'WDT'),
            ('voters', 7, 'nsubj', 'NOUN', 'voter', 'NNS'), ('attended', 4, 'relcl', 'VERB', 'attend', 'VBD'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 7 + [False, False], [(0, 1, 'PERSON')], (0,))
    assert _spoken(doc) == []


def test_a_that_clause_hung_on_the_noun_of_a_participle_in_the_adjunct_is_reported() -> None:
    # "Sani said in a note circulated to journalists that the marches would be peaceful." (the parse
    # of the longer sentence: the clause a relative on "journalists")
    rows = [('Sani', 1, 'nsubj', 'PROPN', 'Sani', 'NNP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('in', 1, 'prep', 'ADP', 'in', 'IN'), ('a', 4, 'det', 'DET', 'a', 'DT'),
            ('note', 2, 'pobj', 'NOUN', 'note', 'NN'), ('circulated', 4, 'acl', 'VERB', 'circulate', 'VBN'),
            ('to', 5, 'prep', 'ADP', 'to', 'IN'), ('journalists', 6, 'pobj', 'NOUN', 'journalist', 'NNS'),
            ('that', 12, 'mark', 'PRON', 'that', 'WDT'), ('the', 10, 'det', 'DET', 'the', 'DT'),
            ('marches', 12, 'nsubj', 'NOUN', 'march', 'NNS'), ('would', 12, 'aux', 'AUX', 'would', 'MD'),
            ('be', 7, 'relcl', 'AUX', 'be', 'VB'), ('peaceful', 12, 'acomp', 'ADJ', 'peaceful', 'JJ'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True] * 13 + [False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON')], (0,))
    assert ('indirect', 'the marches would be peaceful', 'say', 'Sani') in _spoken(doc)


def test_a_deed_blamed_as_a_gerund_is_reported_in_the_speech_scope() -> None:
    # "He blamed the army for prolonging the war." (not "blamed the army for the war": a thing)
    rows = [('He', 1, 'nsubj', 'PRON', 'he', 'PRP'), ('blamed', 1, 'ROOT', 'VERB', 'blame', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('army', 1, 'dobj', 'NOUN', 'army', 'NN'),
            ('for', 1, 'prep', 'ADP', 'for', 'IN'), ('prolonging', 4, 'pcomp', 'VERB', 'prolong', 'VBG'),
            ('the', 7, 'det', 'DET', 'the', 'DT'), ('war', 5, 'dobj', 'NOUN', 'war', 'NN'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [], (0,))
    assert _spoken(doc) == [('indirect', 'prolonging the war', 'blame', 'He')]
    rows[5:8] = [('the', 6, 'det', 'DET', 'the', 'DT'), ('war', 4, 'pobj', 'NOUN', 'war', 'NN')]
    rows[8 - 1] = ('.', 1, 'punct', 'PUNCT', '.', '.')
    doc = _rows_doc(rows, [True, True, True, True, True, True, False, False], [], (0,))
    assert _spoken(doc) == []


def test_a_colon_after_a_clause_whose_subject_can_speak_introduces_its_quotation() -> None:
    # "The chancellor was blunt: “We will not loosen it.”"
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('chancellor', 2, 'nsubj', 'NOUN', 'chancellor', 'NN'),
            ('was', 9, 'ccomp', 'AUX', 'be', 'VBD'), ('blunt', 2, 'acomp', 'ADJ', 'blunt', 'JJ'),
            (':', 9, 'punct', 'PUNCT', ':', ':'), ('“', 9, 'punct', 'PUNCT', '"', '``'),
            ('We', 9, 'nsubj', 'PRON', 'we', 'PRP'), ('will', 9, 'aux', 'AUX', 'will', 'MD'),
            ('not', 9, 'neg', 'PART', 'not', 'RB'), ('loosen', 9, 'ROOT', 'VERB', 'loosen', 'VB'),
            ('it', 9, 'dobj', 'PRON', 'it', 'PRP'), ('.', 9, 'punct', 'PUNCT', '.', '.'),
            ('”', 9, 'punct', 'PUNCT', '"', "''")]
    spaces = [True, True, True, False, True, False, True, True, True, True, False, False, False]
    doc = _rows_doc(rows, spaces, [], (0,))
    assert _spoken(doc) == [('direct', 'We will not loosen it', ':', 'The chancellor')]
    # a thing's noun says nothing: "The problem was simple: “…”"
    rows[1] = ('problem', 2, 'nsubj', 'NOUN', 'problem', 'NN')
    rows[3] = ('simple', 2, 'acomp', 'ADJ', 'simple', 'JJ')
    doc = _rows_doc(rows, spaces, [], (0,))
    assert _spoken(doc) == []


def test_a_statement_in_a_time_clause_after_the_content_is_its_own() -> None:
    # "Harris said Fine Gael would not support the budget, a day after the Taoiseach had warned
    # that ministers should avoid cuts."
    rows = [('Harris', 1, 'nsubj', 'PROPN', 'Harris', 'NNP'), ('said', 1, 'ROOT', 'VERB', 'say', 'VBD'),
            ('Fine', 3, 'compound', 'PROPN', 'Fine', 'NNP'), ('Gael', 6, 'nsubj', 'PROPN', 'Gael', 'NNP'),
            ('would', 6, 'aux', 'AUX', 'would', 'MD'), ('not', 6, 'neg', 'PART', 'not', 'RB'),
            ('support', 1, 'ccomp', 'VERB', 'support', 'VB'), ('the', 8, 'det', 'DET', 'the', 'DT'),
            ('budget', 6, 'dobj', 'NOUN', 'budget', 'NN'), (',', 8, 'punct', 'PUNCT', ',', ','),
            ('a', 11, 'det', 'DET', 'a', 'DT'), ('day', 16, 'npadvmod', 'NOUN', 'day', 'NN'),
            ('after', 16, 'mark', 'SCONJ', 'after', 'IN'), ('the', 14, 'det', 'DET', 'the', 'DT'),
            ('Taoiseach', 16, 'nsubj', 'PROPN', 'Taoiseach', 'NNP'), ('had', 16, 'aux', 'AUX', 'have', 'VBD'),
            ('warned', 6, 'advcl', 'VERB', 'warn', 'VBN'), ('that', 20, 'mark', 'SCONJ', 'that', 'IN'),
            ('ministers', 20, 'nsubj', 'NOUN', 'minister', 'NNS'), ('should', 20, 'aux', 'AUX', 'should', 'MD'),
            ('avoid', 16, 'ccomp', 'VERB', 'avoid', 'VB'), ('cuts', 20, 'dobj', 'NOUN', 'cut', 'NNS'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True] * 8 + [False] + [True] * 12 + [False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON'), (2, 4, 'PERSON'), (10, 12, 'DATE'), (14, 15, 'PERSON')], (0,))
    for scope in ("speech", "learned"):
        spoken = _spoken(doc, scope)
        assert ('indirect', 'Fine Gael would not support the budget', 'say', 'Harris') in spoken
        assert ('indirect', 'ministers should avoid cuts', 'warn', 'the Taoiseach') in spoken


def test_a_speakers_participle_on_a_time_clause_about_a_thing_is_the_main_subjects() -> None:
    # "Meloni claimed vindication after the plans cleared a hurdle, telling the Senate that Italy
    # had been right." (the plans tell nothing)
    rows = [('Meloni', 1, 'nsubj', 'PROPN', 'Meloni', 'NNP'), ('claimed', 1, 'ROOT', 'VERB', 'claim', 'VBD'),
            ('vindication', 1, 'dobj', 'NOUN', 'vindication', 'NN'), ('after', 6, 'mark', 'SCONJ', 'after', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('plans', 6, 'nsubj', 'NOUN', 'plan', 'NNS'),
            ('cleared', 1, 'advcl', 'VERB', 'clear', 'VBD'), ('a', 8, 'det', 'DET', 'a', 'DT'),
            ('hurdle', 6, 'dobj', 'NOUN', 'hurdle', 'NN'), (',', 6, 'punct', 'PUNCT', ',', ','),
            ('telling', 6, 'advcl', 'VERB', 'tell', 'VBG'), ('the', 12, 'det', 'DET', 'the', 'DT'),
            ('Senate', 10, 'dobj', 'PROPN', 'Senate', 'NNP'), ('that', 16, 'mark', 'SCONJ', 'that', 'IN'),
            ('Italy', 16, 'nsubj', 'PROPN', 'Italy', 'NNP'), ('had', 16, 'aux', 'AUX', 'have', 'VBD'),
            ('been', 10, 'ccomp', 'AUX', 'be', 'VBN'), ('right', 16, 'acomp', 'ADJ', 'right', 'JJ'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    spaces = [True] * 8 + [False] + [True] * 8 + [False, False]
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON'), (12, 13, 'ORG'), (14, 15, 'GPE')], (0,))
    assert ('indirect', 'Italy had been right', 'tell', 'Meloni') in _spoken(doc)
    # one who can speak tells it herself: "… after the minister arrived, telling …"
    rows[5] = ('minister', 6, 'nsubj', 'NOUN', 'minister', 'NN')
    doc = _rows_doc(rows, spaces, [(0, 1, 'PERSON'), (12, 13, 'ORG'), (14, 15, 'GPE')], (0,))
    assert ('indirect', 'Italy had been right', 'tell', 'the minister') in _spoken(doc)


def test_a_refusal_to_speak_reports_nothing_in_the_speech_scope() -> None:
    # "The spokesperson declined to comment further. Kristersson refused to be drawn on the dispute.
    # The army declined to give details." (PolNeAR marks them; the learned scope keeps them)
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('spokesperson', 2, 'nsubj', 'NOUN', 'spokesperson', 'NN'),
            ('declined', 2, 'ROOT', 'VERB', 'decline', 'VBD'), ('to', 4, 'aux', 'PART', 'to', 'TO'),
            ('comment', 2, 'xcomp', 'VERB', 'comment', 'VB'), ('further', 4, 'advmod', 'ADV', 'far', 'RB'),
            ('.', 2, 'punct', 'PUNCT', '.', '.'), ('Kristersson', 8, 'nsubj', 'PROPN', 'Kristersson', 'NNP'),
            ('refused', 8, 'ROOT', 'VERB', 'refuse', 'VBD'), ('to', 11, 'aux', 'PART', 'to', 'TO'),
            ('be', 11, 'auxpass', 'AUX', 'be', 'VB'), ('drawn', 8, 'xcomp', 'VERB', 'draw', 'VBN'),
            ('on', 11, 'prep', 'ADP', 'on', 'IN'), ('the', 14, 'det', 'DET', 'the', 'DT'),
            ('dispute', 12, 'pobj', 'NOUN', 'dispute', 'NN'), ('.', 8, 'punct', 'PUNCT', '.', '.'),
            ('The', 17, 'det', 'DET', 'the', 'DT'), ('army', 18, 'nsubj', 'NOUN', 'army', 'NN'),
            ('declined', 18, 'ROOT', 'VERB', 'decline', 'VBD'), ('to', 20, 'aux', 'PART', 'to', 'TO'),
            ('give', 18, 'xcomp', 'VERB', 'give', 'VB'), ('details', 20, 'dobj', 'NOUN', 'detail', 'NNS'),
            ('.', 18, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, True, True, True, True, True, True, True, True, False, True,
              True, True, True, True, True, False, False]
    doc = _rows_doc(rows, spaces, [(7, 8, 'PERSON')], (0, 7, 16))
    assert _spoken(doc) == []
    # a refusal with a stand in it is one: "… refused to concede defeat"
    rows[11] = ('concede', 8, 'xcomp', 'VERB', 'concede', 'VB')
    rows[10] = ('to', 11, 'aux', 'PART', 'to', 'TO')
    rows[9] = ('Oh', 8, 'intj', 'INTJ', 'oh', 'UH')
    rows[12:15] = [('on', 11, 'prep', 'ADP', 'on', 'IN'), ('the', 14, 'det', 'DET', 'the', 'DT'),
                   ('vote', 12, 'pobj', 'NOUN', 'vote', 'NN')]
    doc = _rows_doc(rows, spaces, [(7, 8, 'PERSON')], (0, 7, 16))
    assert ('indirect', 'to concede on the vote', 'refuse', 'Kristersson') in _spoken(doc)


def test_a_courts_ruling_is_reported_in_the_speech_scope() -> None:
    # "The court ruled that the vote was void."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('court', 2, 'nsubj', 'NOUN', 'court', 'NN'),
            ('ruled', 2, 'ROOT', 'VERB', 'rule', 'VBD'), ('that', 6, 'mark', 'SCONJ', 'that', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('vote', 6, 'nsubj', 'NOUN', 'vote', 'NN'),
            ('was', 2, 'ccomp', 'AUX', 'be', 'VBD'), ('void', 6, 'acomp', 'ADJ', 'void', 'JJ'),
            ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 7 + [False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'the vote was void', 'rule', 'The court')]


def test_what_one_responds_to_is_an_attributions_content_beyond_the_speech_scope() -> None:
    # "The campaign did not respond to requests for comment." (PolNeAR marks it; nobody says anything)
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('campaign', 4, 'nsubj', 'NOUN', 'campaign', 'NN'),
            ('did', 4, 'aux', 'AUX', 'do', 'VBD'), ('not', 4, 'neg', 'PART', 'not', 'RB'),
            ('respond', 4, 'ROOT', 'VERB', 'respond', 'VB'), ('to', 4, 'prep', 'ADP', 'to', 'IN'),
            ('requests', 5, 'pobj', 'NOUN', 'request', 'NNS'), ('for', 6, 'prep', 'ADP', 'for', 'IN'),
            ('comment', 7, 'pobj', 'NOUN', 'comment', 'NN'), ('.', 4, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 8 + [False, False], [], (0,))
    assert _spoken(doc) == []
    assert _spoken(doc, "attribution") == [('indirect', 'requests for comment', 'respond', 'The campaign')]


_HAGUE = [('The', 1, 'det', 'DET', 'the', 'DT'), ('target', 3, 'nsubj', 'NOUN', 'target', 'NN'),
          (',', 1, 'punct', 'PUNCT', ',', ','), ('agreed', 3, 'ROOT', 'VERB', 'agree', 'VBD'),
          ('at', 3, 'prep', 'ADP', 'at', 'IN'), ('the', 6, 'det', 'DET', 'the', 'DT'),
          ('summit', 4, 'pobj', 'NOUN', 'summit', 'NN'), ('and', 3, 'cc', 'CCONJ', 'and', 'CC'),
          ('known', 3, 'conj', 'VERB', 'know', 'VBN'), ('as', 8, 'prep', 'ADP', 'as', 'IN'),
          ('the', 13, 'det', 'DET', 'the', 'DT'), ('"', 13, 'punct', 'PUNCT', '"', '``'),
          ('Hague', 13, 'compound', 'PROPN', 'Hague', 'NNP'), ('commitment', 9, 'pobj', 'NOUN', 'commitment', 'NN'),
          (',', 3, 'punct', 'PUNCT', ',', ','), ('"', 3, 'punct', 'PUNCT', '"', "''"),
          ('calls', 3, 'ccomp', 'VERB', 'call', 'VBZ'), ('on', 16, 'prep', 'ADP', 'on', 'IN'),
          ('allies', 17, 'pobj', 'NOUN', 'ally', 'NNS'), ('to', 20, 'aux', 'PART', 'to', 'TO'),
          ('spend', 16, 'xcomp', 'VERB', 'spend', 'VB'), ('more', 20, 'dobj', 'ADJ', 'more', 'JJR'),
          ('.', 3, 'punct', 'PUNCT', '.', '.')]
_HAGUE_SPACES = [True, False, True, True, True, True, True, True, True, True, True, False, True, False, False,
                 True, True, True, True, True, True, False, False]


def test_participles_set_off_before_a_quotations_comma_report_nothing_nor_does_a_name_known_as():
    # 'The target, agreed at the summit and known as the "Hague commitment," calls on allies to spend
    # more.' (the parser made "agreed" the root and "calls" its clause; the name is no one's words)
    doc = _rows_doc(_HAGUE, _HAGUE_SPACES, [], (0,))
    assert _spoken(doc) == [('indirect', 'to spend more', 'call', 'The target')]


def test_a_headlines_bare_participle_of_appeal_names_the_one_appealed_to_not_the_speaker():
    # "NATO Allies Pressed to Show Progress ¶ Hegseth spoke."
    rows = [('NATO', 1, 'compound', 'PROPN', 'NATO', 'NNP'), ('Allies', 1, 'ROOT', 'PROPN', 'Allies', 'NNPS'),
            ('Pressed', 1, 'acl', 'VERB', 'press', 'VBN'), ('to', 4, 'aux', 'PART', 'to', 'TO'),
            ('Show', 2, 'xcomp', 'VERB', 'show', 'VB'), ('Progress', 4, 'dobj', 'PROPN', 'Progress', 'NNP'),
            ('\n\n', 5, 'dep', 'SPACE', '\n\n', '_SP'), ('Hegseth', 8, 'nsubj', 'PROPN', 'Hegseth', 'NNP'),
            ('spoke', 8, 'ROOT', 'VERB', 'speak', 'VBD'), ('.', 8, 'punct', 'PUNCT', '.', '.')]
    spaces = [True, True, True, True, True, False, False, True, False, False]
    doc = _rows_doc(rows, spaces, [(0, 2, 'ORG'), (7, 8, 'PERSON')], (0, 7))
    assert all(s[3] is None for s in _spoken(doc) if s[2] == "press")
    assert all(s[3] is None for s in _spoken(doc, "learned") if s[2] == "press")


def test_a_clause_hung_on_at_the_time_is_what_was_said_then() -> None:
    # "The office said at the time the deal would open markets."
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('office', 2, 'nsubj', 'NOUN', 'office', 'NN'),
            ('said', 2, 'ROOT', 'VERB', 'say', 'VBD'), ('at', 2, 'prep', 'ADP', 'at', 'IN'),
            ('the', 5, 'det', 'DET', 'the', 'DT'), ('time', 3, 'pobj', 'NOUN', 'time', 'NN'),
            ('the', 7, 'det', 'DET', 'the', 'DT'), ('deal', 9, 'nsubj', 'NOUN', 'deal', 'NN'),
            ('would', 9, 'aux', 'AUX', 'would', 'MD'), ('open', 5, 'relcl', 'VERB', 'open', 'VB'),
            ('markets', 9, 'dobj', 'NOUN', 'market', 'NNS'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 10 + [False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'the deal would open markets', 'say', 'The office')]


def test_an_adjective_described_as_that_the_parser_made_an_adverbial_clause_is_the_content() -> None:
    # "Nebenzia described the move as legally void." (the parse of the longer sentence: "void" a
    # clause of "described", "as" its adverb)
    rows = [('Nebenzia', 1, 'nsubj', 'PROPN', 'Nebenzia', 'NNP'), ('described', 1, 'ROOT', 'VERB', 'describe', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('move', 1, 'dobj', 'NOUN', 'move', 'NN'),
            ('as', 6, 'advmod', 'ADV', 'as', 'RB'), ('legally', 6, 'advmod', 'ADV', 'legally', 'RB'),
            ('void', 1, 'advcl', 'ADJ', 'void', 'JJ'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 6 + [False, False], [(0, 1, 'PERSON')], (0,))
    assert _spoken(doc) == [('indirect', 'legally void', 'describe', 'Nebenzia')]


def test_a_thing_warned_of_that_the_parser_made_the_object_is_the_clauses_subject() -> None:
    # "The spokesperson warned any attempt to use the talks as cover would fail." (not "warned Iran
    # it would pay": one warned)
    rows = [('The', 1, 'det', 'DET', 'the', 'DT'), ('spokesperson', 2, 'nsubj', 'NOUN', 'spokesperson', 'NN'),
            ('warned', 2, 'ROOT', 'VERB', 'warn', 'VBD'), ('any', 4, 'det', 'DET', 'any', 'DT'),
            ('attempt', 2, 'dobj', 'NOUN', 'attempt', 'NN'), ('to', 6, 'aux', 'PART', 'to', 'TO'),
            ('use', 4, 'acl', 'VERB', 'use', 'VB'), ('the', 8, 'det', 'DET', 'the', 'DT'),
            ('talks', 6, 'dobj', 'NOUN', 'talk', 'NNS'), ('as', 8, 'prep', 'ADP', 'as', 'IN'),
            ('cover', 9, 'pobj', 'NOUN', 'cover', 'NN'), ('would', 12, 'aux', 'AUX', 'would', 'MD'),
            ('fail', 2, 'ccomp', 'VERB', 'fail', 'VB'), ('.', 2, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 12 + [False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'any attempt to use the talks as cover would fail', 'warn',
                             'The spokesperson')]


def test_what_one_made_clear_is_reported_not_clear() -> None:
    # "Pavel made clear he would appoint Babiš."
    rows = [('Pavel', 1, 'nsubj', 'PROPN', 'Pavel', 'NNP'), ('made', 1, 'ROOT', 'VERB', 'make', 'VBD'),
            ('clear', 1, 'ccomp', 'ADJ', 'clear', 'JJ'), ('he', 5, 'nsubj', 'PRON', 'he', 'PRP'),
            ('would', 5, 'aux', 'AUX', 'would', 'MD'), ('appoint', 1, 'ccomp', 'VERB', 'appoint', 'VB'),
            ('Babiš', 5, 'dobj', 'PROPN', 'Babiš', 'NNP'), ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 6 + [False, False], [(0, 1, 'PERSON')], (0,))
    assert _spoken(doc) == [('indirect', 'he would appoint Babiš', 'state', 'Pavel')]


def test_hope_is_a_cue_in_every_form_the_lemmatizer_reads_as_hop() -> None:
    # "She hoped the talks would resume." (the model's lemmatizer gives "hop"); not "He hopped on
    # a plane."
    rows = [('She', 1, 'nsubj', 'PRON', 'she', 'PRP'), ('hoped', 1, 'ROOT', 'VERB', 'hop', 'VBD'),
            ('the', 3, 'det', 'DET', 'the', 'DT'), ('talks', 5, 'nsubj', 'NOUN', 'talk', 'NNS'),
            ('would', 5, 'aux', 'AUX', 'would', 'MD'), ('resume', 1, 'ccomp', 'VERB', 'resume', 'VB'),
            ('.', 1, 'punct', 'PUNCT', '.', '.')]
    doc = _rows_doc(rows, [True] * 5 + [False, False], [], (0,))
    assert _spoken(doc) == [('indirect', 'the talks would resume', 'hope', 'She')]
    rows[1] = ('hopped', 1, 'ROOT', 'VERB', 'hop', 'VBD')
    doc = _rows_doc(rows, [True] * 5 + [False, False], [], (0,))
    assert _spoken(doc) == []
