"""The small frozen types the knowledge base hands out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ALIAS_KINDS = ("name", "short", "abbreviation", "adjective", "demonym", "capital", "seat", "alias")


@dataclass(frozen=True)
class Entry:
    """One actor the KB knows: a state, bloc, organization, group or person.

    ``country`` is the state (or body, for officials of the EU, NATO, UN...) an actor belongs to;
    ``role`` is a person's normalised office (at the date asked for, else the latest one).
    """

    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # the bloc or state a body belongs to (EU for the European Commission)


@dataclass(frozen=True)
class Alias:
    """One surface form of an actor, for a PhraseMatcher. ``case_sensitive`` marks short all-caps
    abbreviations ("US", "WHO") that must not match ordinary words ("us", "who")."""

    text: str
    actor: str
    kind: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class RoleInfo:
    """A role phrase read: the normalised role and the state or body it implies, if any."""

    role: str
    country: str | None = None


@dataclass(frozen=True)
class Tenure:
    """A person holding a role for a state or body from ``since`` up to (not including) ``until``."""

    person: str
    role: str
    country: str | None
    since: dt.date | None = None
    until: dt.date | None = None

    def active(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Membership:
    member: str
    since: dt.date | None = None
    until: dt.date | None = None

    def active(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True)
class RoleForm:
    """One surface form of a role; ``country`` set when it means this role only in that state."""

    text: str
    role: str
    country: str | None = None
    default_country: str | None = None
    extra: tuple[str, ...] = field(default=())
