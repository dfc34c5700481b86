"""Attribution: turn quote matches into the contract's quotes, with speakers resolved to actors.

``extract.quotes`` finds what was said and the words naming who said it; this module maps those
words to an actor (a name, a surname, a pronoun or a description resolved by ``extract.actors``)
and dates each quote from its sentence (``extract.dates.anchor``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..model import Quote
from .actors import ActorIndex


def speaker_of(actors: ActorIndex, doc: Doc, span: tuple[int, int] | None, head: int | None) -> str | None:
    """The actor a speaker phrase names: the mention covering its head word (a pronoun, a surname,
    a description), else a person named inside the phrase, else any actor inside it."""
    if span is None:
        return None
    if head is not None and 0 <= head < len(doc):
        tok = doc[head]
        m = actors.covering(tok.idx, tok.idx + len(tok.text))
        if m is not None:
            return m.actor
    inside = actors.at(*span)
    people = [m for m in inside if (a := actors.get(m.actor)) is not None and a.type == "person"]
    if people:
        return people[-1].actor
    if inside:
        return inside[0].actor
    m = actors.covering(*span)
    return m.actor if m else None


def _cue_head(doc: Doc, cue_span: tuple[int, int] | None) -> int | None:
    if not cue_span:
        return None
    span = doc.char_span(cue_span[0], cue_span[1], alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def attribute_quotes(doc: Doc, state: dict[str, Any]) -> dict[str, Any]:
    """Run quote finding and build ``Quote`` objects; returns the entries to store in ``state``."""
    from .quotes import find_quotes

    matches, warnings = find_quotes(doc)
    matches = sorted(matches, key=lambda m: (m.start, m.end))
    actors: ActorIndex = state.get("actors") or ActorIndex()
    try:
        from .dates import anchor
    except ImportError:  # dates stage not available: quotes stay undated
        anchor = None
    speakers: dict[int, str | None] = {}
    quotes: list[Quote] = []
    for i, m in enumerate(matches):
        speaker = speaker_of(actors, doc, m.speaker_span, m.speaker_head)
        speakers[i] = speaker
        cue_head = _cue_head(doc, m.cue_span)
        date = anchor(doc, state, m.sent_start, m.sent_end, head=cue_head) if anchor else None
        speaker_text = doc.text[m.speaker_span[0]:m.speaker_span[1]] if m.speaker_span else None
        quotes.append(Quote(
            id=f"q{i + 1}", kind=m.kind, text=doc.text[m.start:m.end], start=m.start, end=m.end,
            speaker=speaker, speaker_text=speaker_text, speaker_span=m.speaker_span,
            cue=m.cue, cue_span=m.cue_span, date=date,
        ))
    return {"quotes": (matches, warnings), "speakers": speakers, "quote_objects": tuple(quotes),
            "warnings": list(warnings)}
