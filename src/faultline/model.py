"""Frozen dataclasses that mirror ../shared/SCHEMA.md (the analysis contract).

These are the only types that cross the border between the pipeline (spaCy ``Doc``/``Span``)
and the outside world (store, JSON, web, CLI). Every type has ``to_dict()``; ``Analysis`` also
has ``from_dict()`` so that stored or exported analyses can be read back.

Field names and meanings follow SCHEMA.md exactly; fields may be added, never renamed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

PRECISIONS = ("day", "month", "quarter", "year", "relative", "unknown")

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

ACTOR_TYPES = ("state", "person", "organization", "bloc", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")


def normalise_text(text: str) -> str:
    """The text faultline analyses (and all offsets point into): NFC, ``\\n`` line ends, NUL as
    U+FFFD, no trailing whitespace. Leading text is kept so that offsets agree with the file as written."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # NUL is never text (and PostgreSQL refuses it): the replacement character keeps offsets
    text = text.replace("\x00", "\ufffd")
    return text.rstrip()


def article_id(text: str) -> str:
    """sha256 (hex) of the normalised text: the same text always gets the same id."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{1,2}|Q[1-4]))?(?:-(\d{1,2}))?")


def period_start(value: str | None) -> dt.date | None:
    """The first day of an ISO-like period: ``2026-Q1`` -> 2026-01-01, ``2025-12`` -> 2025-12-01,
    ``2026`` -> 2026-01-01, ``2025-12-04`` -> itself; None for anything else."""
    m = _PERIOD_RE.match(str(value or "").strip())
    if not m:
        return None
    part = m.group(2)
    month = (int(part[1]) - 1) * 3 + 1 if part and part.startswith("Q") else int(part) if part else 1
    try:
        return dt.date(int(m.group(1)), month, int(m.group(3)) if m.group(3) else 1)
    except ValueError:
        return None


@dataclass(frozen=True)
class DateValue:
    """When something happened: ``value`` is ISO-like (``2025-12-04``, ``2025-12``, ``2026-Q1``,
    ``2026``) or, for ``relative`` precision, the words as written ("more recently")."""

    value: str | None
    precision: str = "unknown"
    text: str | None = None  # the words the date was read from, when there were any

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "precision": self.precision}
        if self.text is not None:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> DateValue | None:
        if not d:
            return None
        return cls(value=d.get("value"), precision=d.get("precision", "unknown"), text=d.get("text"))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    mentions: tuple[Mention, ...] = ()
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "name": self.name, "type": self.type,
            "country": self.country, "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.wikidata:
            d["wikidata"] = self.wikidata
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"], name=d.get("name", d["id"]), type=d.get("type", "group"),
            country=d.get("country"), role=d.get("role"),
            mentions=tuple(Mention(m["start"], m["end"], m["text"]) for m in d.get("mentions", [])),
            wikidata=d.get("wikidata"),
        )


@dataclass(frozen=True)
class Quote:
    id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    date: DateValue | None = None
    #: every actor a joint statement is said by ("Germany and France said", "the two governments
    #: said"), ``speaker`` first; empty when one actor or none speaks (see :attr:`voices`)
    speakers: tuple[str, ...] = ()

    @property
    def voices(self) -> tuple[str, ...]:
        """Every actor the quote is said by: the joint ``speakers``, else the one speaker, else none."""
        if self.speakers:
            return self.speakers
        return (self.speaker,) if self.speaker else ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
            "speaker": self.speaker, "speakers": list(self.voices), "speaker_text": self.speaker_text,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": self.cue, "cue_span": list(self.cue_span) if self.cue_span else None,
            "date": self.date.to_dict() if self.date else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            id=d["id"], kind=d.get("kind", "direct"), text=d.get("text", ""),
            start=d.get("start", 0), end=d.get("end", 0), speaker=d.get("speaker"),
            speaker_text=d.get("speaker_text"),
            speaker_span=tuple(d["speaker_span"]) if d.get("speaker_span") else None,  # type: ignore[arg-type]
            cue=d.get("cue"),
            cue_span=tuple(d["cue_span"]) if d.get("cue_span") else None,  # type: ignore[arg-type]
            date=DateValue.from_dict(d.get("date")),
            speakers=tuple(d["speakers"]) if len(d.get("speakers") or ()) > 1 else (),
        )


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    mode: str | None = None
    negated: bool = False
    date: DateValue | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    quote: str | None = None
    trigger: str | None = None  # the verb or noun the event was read from (added field)
    modality: str | None = None  # "possible", "intended", "demanded", ... (added field)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode,
            "source": list(self.source), "target": list(self.target), "about": list(self.about),
            "negated": self.negated, "date": self.date.to_dict() if self.date else None,
            "text": self.text, "start": self.start, "end": self.end, "quote": self.quote,
            "trigger": self.trigger, "modality": self.modality,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"], type=d["type"], source=tuple(d.get("source") or ()),
            target=tuple(d.get("target") or ()), about=tuple(d.get("about") or ()),
            mode=d.get("mode"), negated=bool(d.get("negated", False)),
            date=DateValue.from_dict(d.get("date")), text=d.get("text", ""),
            start=d.get("start", 0), end=d.get("end", 0), quote=d.get("quote"),
            trigger=d.get("trigger"), modality=d.get("modality"),
        )


@dataclass(frozen=True)
class Issue:
    id: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label}


@dataclass(frozen=True)
class Stance:
    actor: str
    issue: str
    polarity: int
    date: DateValue | None = None
    evidence: tuple[str, ...] = ()
    strength: float = 1.0  # 0..1, how firmly the evidence puts the actor there (added field)
    via: str | None = None  # the person who spoke for a state, when the stance is derived (added field)
    # the (start, end) of every piece of evidence in the text: quotes, events and the narrator's
    # sentences, which have no id of their own (added field)
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "actor": self.actor, "issue": self.issue, "polarity": self.polarity,
            "date": self.date.to_dict() if self.date else None,
            "evidence": list(self.evidence), "strength": round(self.strength, 3),
            "evidence_spans": [list(span) for span in self.spans],
        }
        if self.via:
            d["via"] = self.via
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        return cls(
            actor=d["actor"], issue=d["issue"], polarity=int(d["polarity"]),
            date=DateValue.from_dict(d.get("date")), evidence=tuple(d.get("evidence") or ()),
            strength=float(d.get("strength", 1.0)), via=d.get("via"),
            spans=tuple((int(a), int(b)) for a, b in d.get("evidence_spans") or ()),
        )


@dataclass(frozen=True)
class Split:
    issue: str
    bloc: str
    for_: tuple[str, ...]
    against: tuple[str, ...]
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "bloc": self.bloc, "for": list(self.for_),
                "against": list(self.against), "evidence": list(self.evidence)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Split:
        return cls(issue=d["issue"], bloc=d.get("bloc", ""), for_=tuple(d.get("for") or ()),
                   against=tuple(d.get("against") or ()), evidence=tuple(d.get("evidence") or ()))


@dataclass(frozen=True)
class Article:
    id: str
    ref: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "ref": self.ref, "title": self.title, "url": self.url,
                "source": self.source, "published": self.published, "language": self.language}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(id=d.get("id", ""), ref=d.get("ref"), title=d.get("title"), url=d.get("url"),
                   source=d.get("source"), published=d.get("published"), language=d.get("language", "en"))


@dataclass(frozen=True)
class Analysis:
    """One article's analysis: exactly the JSON object of SCHEMA.md."""

    article: Article
    text: str = ""
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    issues: tuple[Issue, ...] = ()
    stances: tuple[Stance, ...] = ()
    splits: tuple[Split, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # e.g. skipped unbalanced quotation marks

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "issues": [i.to_dict() for i in self.issues],
            "stances": [s.to_dict() for s in self.stances],
            "splits": [s.to_dict() for s in self.splits],
            "warnings": list(self.warnings),
        }
        if include_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            article=Article.from_dict(d.get("article", {})),
            text=d.get("text", ""),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors", [])),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", [])),
            events=tuple(Event.from_dict(e) for e in d.get("events", [])),
            issues=tuple(Issue(i["id"], i.get("label", i["id"])) for i in d.get("issues", [])),
            stances=tuple(Stance.from_dict(s) for s in d.get("stances", [])),
            splits=tuple(Split.from_dict(s) for s in d.get("splits", [])),
            warnings=tuple(d.get("warnings", [])),
        )
