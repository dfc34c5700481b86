"""``faultline_ner``: the model's entity recogniser over the stretches of text that can hold an entity.
Rule tests use hand-built Docs and a stand-in recogniser; the agreement with the whole-text
recogniser on the real model is marked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from faultline.pipeline.ner_windows import (
    WindowedNER,
    agreement,
    anchor_text,
    kept_tokens,
    replace_ner,
)


@pytest.mark.parametrize("text,expected", [
    ("Cooper", True), ("NATO", True), ("US", True), ("2025", True), ("3.5%", True), ("mid-2026", True),
    ("week", True), ("Monday", True), ("tonight", True), ("two", True), ("Zürich", True),
    ("The", False), ("But", False), ("said", False), ("talks", False), ("", False), ("\n\n", False),
    (",", False), ("“", False),
])
def test_anchors_are_names_numbers_and_calendar_words(text: str, expected: bool) -> None:
    assert anchor_text(text) is expected


def test_kept_tokens_pad_each_anchor_and_merge_overlaps() -> None:
    anchors = [False] * 20
    anchors[3] = anchors[5] = anchors[17] = True
    assert kept_tokens(anchors, 2) == [1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19]
    assert kept_tokens([False] * 5, 4) == []
    assert kept_tokens([True], 4) == [0]


class CapitalisedAreEntities:
    """Stand-in recogniser: every run of capitalised tokens that does not cross a sentence start is
    one ORG entity; it records the Docs it was given."""

    labels = ("ORG",)

    def __init__(self) -> None:
        self.seen: list[Doc] = []

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            self.seen.append(doc)
            spans, start = [], None
            for t in doc:
                cap = t.text[:1].isupper()
                if start is not None and (not cap or t.is_sent_start):
                    spans.append(Span(doc, start, t.i, label="ORG"))
                    start = None
                if cap and start is None:
                    start = t.i
            if start is not None:
                spans.append(Span(doc, start, len(doc), label="ORG"))
            doc.set_ents(spans)
            yield doc


def _windowed(pad: int = 1) -> tuple[WindowedNER, CapitalisedAreEntities]:
    nlp = spacy.blank("en")
    stub = CapitalisedAreEntities()
    return WindowedNER(nlp, "faultline_ner", stub, pad=pad), stub


def test_only_the_windows_are_read_and_entities_come_back_in_place() -> None:
    comp, stub = _windowed(pad=1)
    words = "the talks that went on and on ended when Yvette Cooper met the minister in the end".split()
    doc = Doc(comp.vocab, words=words)
    out = comp(doc)
    assert [t.text for t in stub.seen[0]] == ["when", "Yvette", "Cooper", "met"]
    assert [(e.text, e.label_, e.start) for e in out.ents] == [("Yvette Cooper", "ORG", 9)]
    assert all(t.ent_iob_ == "O" for t in out if t.i not in (9, 10))


def test_no_entity_bridges_a_gap_between_windows() -> None:
    comp, stub = _windowed(pad=0)
    words = ["Paris", "and", "then", "Rome"]
    doc = Doc(comp.vocab, words=words)
    out = comp(doc)
    # "Paris" and "Rome" are adjacent in the compact Doc, but a sentence start marks the gap
    assert [t.is_sent_start for t in stub.seen[0]] == [True, True]
    assert [e.text for e in out.ents] == ["Paris", "Rome"]


def test_sentence_starts_of_the_text_are_kept() -> None:
    comp, stub = _windowed(pad=3)
    doc = Doc(comp.vocab, words=["It", "was", "Mr", "Lee", ".", "Ms", "Kim", "left"],
              sent_starts=[True, False, False, False, False, True, False, False])
    out = comp(doc)
    assert [t.is_sent_start for t in stub.seen[0]][5] is True
    assert [e.text for e in out.ents] == ["It", "Mr Lee", "Ms Kim"]


def test_docs_without_anchors_and_empty_docs_pass_through() -> None:
    comp, stub = _windowed()
    docs = [Doc(comp.vocab, words=[]), Doc(comp.vocab, words="it was said that they left".split())]
    out = list(comp.pipe(docs))
    assert [len(d.ents) for d in out] == [0, 0]
    assert all(t.ent_iob_ == "O" for t in out[1])


def test_agreement_scores_exact_spans_and_labels() -> None:
    nlp = spacy.blank("en")
    a = Doc(nlp.vocab, words="Ana met Bo in Rome".split(), ents=["B-PERSON", "O", "B-PERSON", "O", "B-GPE"])
    b = Doc(nlp.vocab, words="Ana met Bo in Rome".split(), ents=["B-PERSON", "O", "O", "O", "B-ORG"])
    got = agreement([a], [b])
    assert got["precision"] == 0.5 and got["recall"] == pytest.approx(1 / 3)
    assert agreement([a], [b], ["PERSON"])["precision"] == 1.0


def test_a_pipeline_without_ner_is_left_alone() -> None:
    nlp = spacy.blank("en")
    assert replace_ner(nlp) is False and nlp.pipe_names == []


@pytest.mark.model
def test_windowed_entities_agree_with_the_whole_text_recogniser(repo_dir: Path) -> None:
    from faultline.nlp import _load
    from faultline.pipeline import ner_windows  # noqa: F401  (registers the factory)

    official, windowed = _load(), _load()
    assert replace_ner(windowed)
    assert "ner" not in windowed.pipe_names and "faultline_ner" in windowed.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted((repo_dir / "corpus" / "sample").glob("*.txt"))]
    got = agreement(list(official.pipe(texts)), list(windowed.pipe(texts)),
                    ["PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "LOC"])
    assert got["gold"] > 200
    assert got["f1"] >= 0.99, got
