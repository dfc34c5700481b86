"""The pipeline builder and its fast components: ``faultline_pos_lemma`` writes exactly what spaCy's
``attribute_ruler`` + ``lemmatizer`` write; ``faultline_newlines`` marks line starts and caps runaway
sentences. Rule tests build Docs by hand; the end-to-end equivalence on the real model is marked."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from faultline.pipeline.pos_lemma import PosLemma, compile_rules, replace_ruler_and_lemmatizer
from faultline.pipeline.sentences import cap_sentences, line_starts

RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "is"}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": {"IN": ["it", "you"]}, "DEP": "nsubj"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


class UpperLemmatizer:
    """A stand-in lemmatizer: the lemma is the upper-cased text (so its use is visible)."""

    overwrite = False

    def __init__(self) -> None:
        self.calls = 0

    def lemmatize(self, token: Any) -> list[str]:
        self.calls += 1
        return [token.text.upper()]

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.lemma == 0:
                token.lemma_ = self.lemmatize(token)[0]
        return doc


def _ruler() -> tuple[Any, Any]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    return nlp, ruler


SENTENCES = [
    # words, tags, deps (heads: all attach to token 0, which is the root)
    (["It", "is", "gon", "na", "rain"], ["PRP", "VBZ", "VBG", "TO", "VB"], ["nsubj", "ROOT", "aux", "aux", "xcomp"]),
    (["There", "is", "nothin'", "left"], ["EX", "VBZ", "NN", "VBN"], ["expl", "ROOT", "nsubj", "acl"]),
    (["you", "\n", "plan", "is"], ["PRP", "NN", "NN", "VBZ"], ["dobj", "dep", "ROOT", "ROOT"]),
]


def _doc(vocab: Any, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    heads = [1 if i != 1 else 1 for i in range(len(words))]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def _attrs(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("words,tags,deps", SENTENCES)
def test_pos_lemma_writes_what_ruler_and_lemmatizer_write(words: list[str], tags: list[str],
                                                          deps: list[str]) -> None:
    nlp, ruler = _ruler()
    rules = compile_rules(ruler)
    assert rules is not None
    fast = PosLemma(nlp, "fast", rules, UpperLemmatizer())
    official_lemmatizer = UpperLemmatizer()
    for _ in range(2):  # the second pass reads the cache
        expected = official_lemmatizer(ruler(_doc(nlp.vocab, words, tags, deps)))
        got = fast(_doc(nlp.vocab, words, tags, deps))
        assert _attrs(got) == _attrs(expected)


def test_pos_lemma_caches_per_word_tag_and_label() -> None:
    nlp, ruler = _ruler()
    lemmatizer = UpperLemmatizer()
    fast = PosLemma(nlp, "fast", compile_rules(ruler), lemmatizer)
    words, tags, deps = ["plan", "plan", "plan"], ["NN", "NN", "NN"], ["ROOT", "dep", "dep"]
    fast(Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0, 0, 0]))
    assert lemmatizer.calls == 2  # (plan, NN, ROOT) and (plan, NN, dep)
    doc = fast(Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0, 0, 0]))
    assert lemmatizer.calls == 2
    assert [t.lemma_ for t in doc] == ["PLAN"] * 3 and doc[0].pos_ == "NOUN"


@pytest.mark.parametrize("pattern", [
    [{"POS": "NOUN"}],                      # reads what another component wrote
    [{"LOWER": "a", "OP": "+"}],            # variable length
    [{"LOWER": {"FUZZY": "plan"}}],         # an operator we do not model
    [{"NORM": "plan"}],                     # token-level norm (tokenizer exceptions)
])
def test_unmodelled_patterns_keep_the_official_components(pattern: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    assert compile_rules(ruler) is None


def test_no_replacement_without_a_lemmatizer() -> None:
    nlp, _ = _ruler()
    assert not replace_ruler_and_lemmatizer(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


@pytest.mark.model
def test_fast_pipeline_equals_the_official_one_on_the_model() -> None:
    from faultline.nlp import _load

    official, fast = _load(), _load()
    assert replace_ruler_and_lemmatizer(fast)
    assert "attribute_ruler" not in fast.pipe_names and "faultline_pos_lemma" in fast.pipe_names
    text = ("There is no deal, the foreign minister said on Monday.\n\nWe ain't gonna accept it, "
            "y'all, she told reporters. Britain's talks have stalled; it has done nothin' since.")
    for _ in range(2):
        a, b = official(text), fast(text)
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == \
               [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b]


@pytest.mark.model
def test_build_nlp_can_keep_the_official_components() -> None:
    from faultline.nlp import build_nlp

    official = build_nlp(fast=False).pipe_names
    assert "attribute_ruler" in official and "ner" in official and "faultline_ner" not in official
    names = build_nlp(fast=True).pipe_names
    assert "faultline_pos_lemma" in names and names.index("faultline_newlines") < names.index("parser")
    assert "faultline_ner" in names and "ner" not in names


# ------------------------------------------------------------------------------------------------
# faultline_newlines


def _reference_line_starts(doc: Doc) -> list[int]:
    """The original token-by-token rule, kept as the oracle."""
    out, after = [], False
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or (token.is_space and "\n" in token.text):
            after = True
        if after and not token.is_space:
            out.append(token.i)
            after = False
    return out


@pytest.mark.parametrize("text", [
    "Headline\nFirst paragraph. Second.\n\nThird paragraph",
    "\nLeading newline\n",
    "a \n \n b\r\nc",
    "no break at all",
    "x\ny",
    "",
    "Ends with a break\n\n",
])
def test_line_starts_match_the_reference_rule(text: str) -> None:
    doc = spacy.blank("en").make_doc(text)
    assert line_starts(doc) == _reference_line_starts(doc)


def test_long_runs_are_cut_after_punctuation() -> None:
    vocab = spacy.blank("en").vocab
    words = (["word"] * 40 + [","] + ["word"] * 20 + ["."]) * 10  # 620 tokens, no line break
    doc = cap_sentences(Doc(vocab, words=words), limit=100)
    starts = [t.i for t in doc if t.is_sent_start]
    runs = [b - a for a, b in zip([0, *starts], [*starts, len(doc)], strict=True) if b > a]
    assert max(runs) <= 100
    assert all(doc[i - 1].text in (".", ",") for i in starts if i > 0)


def test_a_run_without_punctuation_is_still_cut() -> None:
    vocab = spacy.blank("en").vocab
    doc = cap_sentences(Doc(vocab, words=['"'] * 1000), limit=250)
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts and all(b - a <= 250 for a, b in zip([0, *starts], [*starts, 1000], strict=True))


def test_short_docs_are_left_alone() -> None:
    doc = cap_sentences(spacy.blank("en").make_doc("A short sentence. Another one."))
    assert all(t.is_sent_start is None for t in doc[1:])


@pytest.mark.parametrize("text", [
    'He said ' + '"' * 200 + ' and left.',
    "“" * 70 + "x" + "»«" * 40,
    "plain text, nothing odd.",
    "!" * 64,
    "a " + "-" * 100 + "\n" + "b",
])
def test_run_safe_tokenizer_keeps_text_and_splits_long_runs(text):
    from spacy.lang.en import English

    from faultline.pipeline.tokenizer import MAX_RUN, RunSafeTokenizer

    tok = RunSafeTokenizer(English().tokenizer)
    doc = tok(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) < MAX_RUN or not any(not c.isalnum() for c in text)


def test_x_the_platform_ends_its_sentence() -> None:
    from spacy.lang.en import English

    from faultline.pipeline.sentences import mark_platform_stops
    from faultline.pipeline.tokenizer import make_run_safe, split_platform_stop

    nlp = split_platform_stop(make_run_safe(English()))
    doc = nlp("He wrote on X. Hungary would veto it. Malcolm X. was born in 1925, as was Mr X.")
    assert [t.text for t in doc[3:6]] == ["X", ".", "Hungary"]
    mark_platform_stops(doc)
    assert doc[5].is_sent_start
    assert [t.i for t in doc if t.is_sent_start and t.i > 0 and doc[t.i - 2].text == "X"] == [5]


def test_a_paragraph_keeps_its_first_words_in_its_first_sentence() -> None:
    # after "Talks resume\n\n" the parser may not cut "Egypt | and Ethiopia agreed …"; a full stop
    # ("Yes. He …") or a dateline's dash ("PRISTINA — Kosovo …") still may end a sentence
    from faultline.pipeline.sentences import mark_line_starts

    nlp = spacy.blank("en")
    doc = mark_line_starts(nlp("Talks resume\n\nEgypt and Ethiopia agreed."))
    first = next(t.i for t in doc if t.text == "Egypt")
    assert doc[first].is_sent_start is True
    assert doc[first + 1].is_sent_start is False and doc[first + 2].is_sent_start is False
    doc = mark_line_starts(nlp("Head\n\nYes. He left.\n\nPRISTINA — Kosovo closed it."))
    he = next(t.i for t in doc if t.text == "He")
    kosovo = next(t.i for t in doc if t.text == "Kosovo")
    assert doc[he].is_sent_start is None and doc[kosovo].is_sent_start is None


def test_a_closing_quotation_mark_before_a_line_break_stays_in_its_sentence() -> None:
    # '… in a befitting manner."' then a new paragraph: the mark is no sentence of its own; a mark
    # that opens a quotation after a full stop ('He left. "We …') is left to the parser
    from faultline.pipeline.sentences import mark_closing_quotes

    nlp = spacy.blank("en")
    doc = mark_closing_quotes(nlp('"Our forces responded."\n\nIndia rejected that. He left. "We stay."'))
    marks = [t for t in doc if t.text == '"']
    assert [t.is_sent_start for t in marks] == [True, False, None, False]
