"""Imported names: the converted Phoenix/PETRARCH dictionaries, a fallback the resolver reads last.

``data/phoenix.json.gz`` (made by ``python -m faultline.kb.tools.gen_phoenix``; MIT, (c) Open Event
Data Alliance) holds ~18,000 people with dated country codes (heads of state and ministers since
the 1950s), ~5,000 bodies and armed groups, extra state names (regions, cities, old names) and
agent words ("rebels" -> REB). It is far larger than the curated KB and less precise, so it is not
merged into it: the resolver asks it only about words the curated KB left unresolved, and it is
read on first use (``KnowledgeBase.imported()``), keeping ``KnowledgeBase.load()`` fast.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .loader import DATA_DIR
from .text import bound, key, parse_day, person_id

PHOENIX_FILE = DATA_DIR / "phoenix.json.gz"


@dataclass(frozen=True)
class ImportedActor:
    """What an imported name stands for: the id, and the state it acts for at the date asked."""

    id: str
    name: str
    type: str
    country: str | None = None


@dataclass(frozen=True)
class _Span:
    country: str
    since: dt.date | None
    until: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)

    def distance(self, day: dt.date) -> int:
        if self.active(day):
            return 0
        if self.since is not None and day < self.since:
            return (self.since - day).days
        return (day - self.until).days if self.until is not None else 0


def _bound(value: Any, end: bool) -> dt.date | None:
    try:
        return bound(value, end=end)
    except ValueError:
        return None


class ImportedNames:
    """Name -> actor, person -> dated countries, surname -> people, agent word -> sector."""

    def __init__(self, data: dict[str, Any], known: Any = None):
        self._names: dict[str, str] = {}
        self._meta: dict[str, tuple[str, str, str | None]] = {}
        self._spans: dict[str, list[_Span]] = {}
        self._surnames: dict[str, list[str]] = {}
        self.agents: dict[str, str] = {key(k): v for k, v in data.get("agents", {}).items()}
        self.max_words = 1
        for e in data.get("entries", []):
            self._add(e, known)

    def _add(self, e: dict[str, Any], known: Any) -> None:
        eid = e["id"]
        entry = known.get(eid) if known is not None else None
        if entry is not None:
            meta = (entry.name, entry.type, entry.country)
        else:
            meta = (e.get("name") or eid, e.get("type", "organization"), e.get("country"))
        if meta[1] == "organization" and eid == meta[0] and entry is None:
            return  # a code the importer could not name: nothing to resolve to
        if entry is None and known is not None and meta[1] != "state":
            state = known.country_of_adjective(meta[0])
            if state is not None:  # a state filed as a person or body ("UKRAINE" with dated codes)
                eid, meta = state, (meta[0], "state", state)
            elif meta[1] != "person" and known.find_roles(meta[0]):
                return  # an office ("the US Secretary of State"): the role resolver's business
        self._meta.setdefault(eid, meta)
        names = [e.get("name"), *e.get("aliases", []), *e.get("imported_aliases", [])]
        for text in names:
            k = key(text or "")
            if k and (len(k) > 2 or text.replace(".", "").isupper()):
                self._names.setdefault(k, eid)
                self.max_words = max(self.max_words, len(k.split()))
        if meta[1] == "person" and eid not in self._spans:
            spans = []
            for role in e.get("roles", []):
                _, country, since, until = (list(role) + [None] * 4)[:4]
                if country:
                    spans.append(_Span(country, _bound(since, False), _bound(until, True)))
            self._spans[eid] = spans
            for text in names[:1] + list(e.get("aliases", [])):
                words = key(text or "").split()
                if words:
                    self._surnames.setdefault(words[-1], [])
                    if eid not in self._surnames[words[-1]]:
                        self._surnames[words[-1]].append(eid)

    def __len__(self) -> int:
        return len(self._meta)

    def country_of(self, person: str, date: dt.date | str | None = None) -> str | None:
        """The state or body a person acted for at ``date`` (else at the nearest date known)."""
        spans = self._spans.get(person, [])
        if not spans:
            return None
        day = parse_day(date)
        if day is None:
            return max(spans, key=lambda s: (s.until or dt.date.max, s.since or dt.date.min)).country
        return min(spans, key=lambda s: s.distance(day)).country

    def active(self, person: str, date: dt.date | str | None) -> bool:
        day = parse_day(date)
        return day is None or any(s.active(day) for s in self._spans.get(person, []))

    def _actor(self, eid: str, date: dt.date | str | None) -> ImportedActor:
        name, etype, country = self._meta[eid]
        if etype == "person":
            country = self.country_of(eid, date)
        return ImportedActor(eid, name, etype, country)

    def lookup(self, text: str, date: dt.date | str | None = None) -> ImportedActor | None:
        """The actor a name stands for ("Gaza Strip" -> PSE, "Kofi Annan" -> a person of the UN).
        An acronym of the actor's name stands for it only in capitals: "ANA" is the Albanian
        National Army, "Ana" a given name."""
        eid = self._names.get(key(text))
        if eid is None:
            return None
        found = self._actor(eid, date)
        if found is not None and not text.isupper() and _is_acronym_of(text, found.name):
            return None
        return found

    def person(self, name: str, date: dt.date | str | None = None) -> ImportedActor | None:
        found = self.lookup(name, date)
        return found if found is not None and found.type == "person" else None

    def by_surname(self, surname: str, date: dt.date | str | None = None) -> ImportedActor | None:
        """A titled surname ("President Mugabe"): the one person of that surname active at ``date``;
        else, when all people of that surname acted for one state, that state (with an id made
        from the surname). None when ambiguous."""
        pids = self._surnames.get(key(surname), [])
        if not pids:
            return None
        active = [p for p in pids if self.active(p, date)] if date is not None else []
        if len(active) == 1:
            return self._actor(active[0], date)
        pool = active or pids
        countries = {self.country_of(p, date) for p in pool}
        if len(countries) != 1 or None in countries:
            return None
        if len(pool) == 1:
            return self._actor(pool[0], date)
        return ImportedActor(person_id(surname), surname, "person", countries.pop())

    def agent(self, word: str) -> str | None:
        """The sector code of an agent word ("rebels" -> "REB", "police" -> "COP")."""
        k = key(word)
        for form in (k, *_singulars(k)):
            if form in self.agents:
                return self.agents[form]
        return None


def _singulars(word: str) -> list[str]:
    """Regular singulars the Phoenix agents file leaves implicit ("rebels", "militiamen")."""
    out = []
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def read_imported(path: str | Path = PHOENIX_FILE, known: Any = None) -> ImportedNames:
    """Read a (gzipped) KB JSON import into an :class:`ImportedNames` index."""
    path = Path(path)
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise KnowledgeBaseError(f"cannot read imported names: {e}", input_name=str(path),
                                 hint="regenerate it with python -m faultline.kb.tools.gen_phoenix") from e
    return ImportedNames(data, known)


def _is_acronym_of(text: str, name: str) -> bool:
    """True when ``text`` spells the initials of ``name``'s words ("Ana", "Albanian National Army")."""
    words = [w for w in re.split(r"[\s_\-]+", name) if w]
    return len(words) >= 2 and "".join(w[0] for w in words).lower() == "".join(text.split()).lower()
