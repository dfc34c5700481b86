"""spaCy factories for faultline's stages: each finds (a pure function in ``faultline.extract``)
then stores the results on ``doc._.faultline[stage]``.

Registered as entry points (``spacy_factories``) so any spaCy pipeline can
``nlp.add_pipe("faultline_quotes")``. Stages read the results of the stages before them, so add
them in the order of :data:`faultline.nlp.COMPONENTS`. Extractors are imported lazily, so that
spaCy (which loads every entry point when it builds a pipeline) stays cheap to start.
"""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

EXT = "faultline"


def ensure_extension() -> None:
    if not Doc.has_extension(EXT):
        Doc.set_extension(EXT, default=None)


def state(doc: Doc) -> dict[str, Any]:
    """The per-document results dict, created on first use."""
    ensure_extension()
    data = doc._.get(EXT)
    if data is None:
        data = {}
        doc._.set(EXT, data)
    return data


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: spaCy joins the tokens again on every access, and
    several stages need it. Kept in the state dict (a doc's text never changes)."""
    try:
        st = state(doc)
    except AttributeError:  # not a spaCy Doc (a stand-in in tests): nowhere to keep it
        return doc.text
    text = st.get("_text")
    if text is None:
        text = st["_text"] = doc.text
    return text


class Stage:
    """A thin component: ``find(doc)`` calls the extractor, ``set_annotations`` stores its result."""

    stage = ""
    module = ""
    function = ""

    def __init__(self, nlp: Language, name: str, **config: Any):
        self.nlp = nlp
        self.name = name
        self.config = config
        self._find = None
        ensure_extension()

    def _extractor(self):
        if self._find is None:
            mod = importlib.import_module(f"faultline.extract.{self.module}")
            self._find = getattr(mod, self.function)
        return self._find

    def find(self, doc: Doc) -> Any:
        return self._extractor()(doc, state(doc), **self.config)

    def set_annotations(self, doc: Doc, result: Any) -> None:
        state(doc)[self.stage] = result

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc


class ActorsStage(Stage):
    stage, module, function = "actors", "actors", "find_actors"


class DatesStage(Stage):
    stage, module, function = "dates", "dates", "find_dates"


class QuotesStage(Stage):
    """Finds quotes and resolves their speakers: stores ``quotes`` (the matches and warnings),
    ``speakers`` and ``quote_objects`` (the contract's quotes)."""

    stage, module, function = "quotes", "attribution", "attribute_quotes"

    def set_annotations(self, doc: Doc, result: Any) -> None:
        state(doc).update(result)


class EventsStage(Stage):
    stage, module, function = "events", "events", "find_events"


class StancesStage(Stage):
    stage, module, function = "stances", "stances", "find_stances"


def make_actors(nlp: Language, name: str) -> ActorsStage:
    return ActorsStage(nlp, name)


def make_dates(nlp: Language, name: str) -> DatesStage:
    return DatesStage(nlp, name)


def make_quotes(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage(nlp, name)


def make_events(nlp: Language, name: str) -> EventsStage:
    return EventsStage(nlp, name)


def make_stances(nlp: Language, name: str) -> StancesStage:
    return StancesStage(nlp, name)


for _name, _factory in (("faultline_actors", make_actors), ("faultline_dates", make_dates),
                        ("faultline_quotes", make_quotes), ("faultline_events", make_events),
                        ("faultline_stances", make_stances)):
    if not Language.has_factory(_name):
        Language.factory(_name)(_factory)
