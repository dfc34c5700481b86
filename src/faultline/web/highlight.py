"""Article text cut into highlighted segments, displaCy-style: actors, speakers, cues, quotes, triggers.

Spans may overlap (an actor inside a quote, a cue beside it), so the text is cut at every span
boundary and each segment carries the classes of all spans covering it. The template renders a
segment as ``<mark class="...">`` (escaped text); a span's label is shown after its last segment and
its anchor (``id="q3"``) on its first, so evidence links such as ``/articles/ID#q3`` land on it.

Pure functions over plain dicts (the rows of ``faultline.analysis.article``): no HTML is built here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# The legend: layer -> (css class, what a reader is told it means). Order = drawing priority.
LEGEND: tuple[tuple[str, str], ...] = (
    ("quote", "quoted or reported speech"),
    ("speaker", "speaker"),
    ("cue", "reporting cue (said, according to)"),
    ("actor", "actor mention"),
    ("trigger", "event trigger (PLOVER type)"),
)


@dataclass(frozen=True)
class Mark:
    """One highlighted span: character offsets, a css class, a short label and an optional anchor."""

    start: int
    end: int
    cls: str
    label: str | None = None
    anchor: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Segment:
    """A run of text with the classes of every mark covering it, and what to show around it."""

    text: str
    classes: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # labels of the marks ending here
    anchors: tuple[str, ...] = ()  # anchors of the marks starting here
    title: str | None = None


def _span(value: Any) -> tuple[int, int] | None:
    """A ``[start, end]`` pair from a list, tuple or its JSON text; None when absent or malformed."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def _trigger_span(event: Mapping[str, Any], text: str) -> tuple[int, int] | None:
    """Where the event's trigger word sits inside the event's sentence (first whole-word match)."""
    trigger, start, end = event.get("trigger"), event.get("start"), event.get("end")
    if not trigger or not isinstance(start, int) or not isinstance(end, int):
        return None
    match = re.search(r"\b" + re.escape(str(trigger)) + r"\b", text[start:end], flags=re.IGNORECASE)
    return (start + match.start(), start + match.end()) if match else None


def marks_for(article: Mapping[str, Any], names: Mapping[str, str] | None = None) -> list[Mark]:
    """The marks of one article: its actor mentions, quotes (with speaker and cue), event triggers
    and the words of its stances' evidence (anchored, not coloured)."""
    names = names or {}
    text = article.get("text") or ""
    actor_type = {a.get("id"): a.get("type") for a in article.get("actors") or []}
    marks: list[Mark] = []
    mentions = [dict(m, actor_id=a.get("id")) for a in article.get("actors") or []
                for m in a.get("mentions") or []] + list(article.get("mentions") or [])
    for m in mentions:
        actor_id = m.get("actor_id") or m.get("actor")
        kind = actor_type.get(actor_id) or "group"
        label = str(actor_id).split(":", 1)[0] if actor_id and ":" in str(actor_id) else actor_id
        marks.append(Mark(m.get("start", 0), m.get("end", 0), f"actor actor-{kind}", label=label,
                          title=names.get(actor_id, actor_id)))
    for q in article.get("quotes") or []:
        speaker = q.get("speaker")
        marks.append(Mark(q.get("start", 0), q.get("end", 0), "quote", label=q.get("id"), anchor=q.get("id"),
                          title=f"{q.get('quote_kind') or 'reported'} quote" + (f" by {names.get(speaker, speaker)}"
                                                                     if speaker else "")))
        if span := _span(q.get("speaker_span")):
            marks.append(Mark(*span, "speaker", title=names.get(speaker, speaker) if speaker else None))
        if span := _span(q.get("cue_span")):
            marks.append(Mark(*span, "cue", label=q.get("cue"), title="reporting cue"))
    for e in article.get("events") or []:
        if span := _trigger_span(e, text):
            marks.append(Mark(*span, "trigger", label=e.get("type"), anchor=e.get("id"),
                              title=f"{e.get('type')} {e.get('mode') or ''}".strip()))
    seen: set[tuple[int, int]] = set()
    for st in article.get("stances") or []:
        for raw in st.get("evidence_spans") or []:
            if (span := _span(raw)) is not None and span not in seen:
                seen.add(span)
                marks.append(Mark(*span, "evidence", anchor=evidence_anchor(span)))
    return marks


def evidence_anchor(span: Sequence[int]) -> str:
    """The anchor of a stance's evidence words in the article page (``#at-120-184``)."""
    return f"at-{span[0]}-{span[1]}"


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each segment lists the classes of the marks covering it.

    Marks outside the text or empty are dropped (offsets come from stored data and are not trusted).
    """
    valid: Sequence[Mark] = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in valid if m.start <= a and b <= m.end]
        classes: list[str] = []
        for m in covering:
            for c in m.cls.split():
                if c not in classes:
                    classes.append(c)
        labels = tuple(m.label for m in covering if m.end == b and m.label)
        anchors = tuple(m.anchor for m in covering if m.start == a and m.anchor)
        titles = [m.title for m in covering if m.title]
        out.append(Segment(text[a:b], tuple(classes), labels, anchors, "; ".join(titles) or None))
    return out
