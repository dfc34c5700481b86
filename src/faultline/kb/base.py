"""The knowledge base: who is who, what a name or a role phrase means, who held an office when.

Built once from data files (``loader``), then read-only. Every date argument is a ``datetime.date``,
an ISO string ("2026-01-01", "2026-01", "2026") or None for today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .imported import PHOENIX_FILE, ImportedNames, read_imported
from .loader import RawKB, parse_dated, parse_dated_alias, parse_tenure, read_all, source_files
from .text import ascii_fold, key, parse_day
from .types import Alias, Entry, Membership, RoleForm, RoleInfo, Tenure

# Lookup ranking: how strongly each kind of alias names its actor (lower is stronger).
KIND_RANK = {"name": 0, "short": 1, "abbreviation": 1, "seat": 2, "alias": 2, "capital": 3, "demonym": 4, "adjective": 5}
TYPE_RANK = {"state": 0, "bloc": 1, "organization": 2, "group": 3, "person": 4}
ENTRY_FIELDS = (("name", "name"), ("short", "short"), ("abbreviations", "abbreviation"), ("aliases", "alias"),
                ("capitals", "capital"), ("seats", "seat"), ("demonyms", "demonym"), ("adjectives", "adjective"),
                ("imported_aliases", "alias"))  # imported: ranked after curated data
_OF_RE = re.compile(r"^(?P<role>.+?) of (?P<where>.+)$")
#: "head of the finance ministry", "chief of the defence department": that ministry's minister
_HEAD_OF_RE = re.compile(r"^(?:head|chief|boss|leader) of (?:the )?(?:(?P<where>.+) )?"
                         r"(?P<kind>[a-z]+) (?:ministry|office|department)$")


def _today() -> dt.date:
    return dt.date.today()


def _day(date: dt.date | str | None) -> dt.date:
    try:
        day = parse_day(date)
    except ValueError as e:
        raise KnowledgeBaseError(f"bad date {date!r}", hint="use YYYY-MM-DD, YYYY-MM or YYYY") from e
    return day or _today()


def _case_sensitive(text: str, kind: str, entry: dict[str, Any]) -> bool:
    letters = text.replace(".", "")
    return kind == "abbreviation" and letters.isupper() and (len(letters) <= 4 or bool(entry.get("case_sensitive")))


def _tails(prefix: str) -> Iterator[str]:
    """The last one to four words of a key, longest first, without a possessive "s" ("france s")."""
    words = prefix.split()
    for n in range(min(4, len(words)), 0, -1):
        yield re.sub(r" s$", "", " ".join(words[-n:]))


#: words between a party's name and its office that rank the office ("the APC's state chairman")
_PARTY_RANKS = re.compile(r"(?:\s+(?:state|national|regional|provincial|local|county|deputy|acting|interim))+$")

#: heads of a role phrase that, after a party's name, make its leader ("Vox leader", "Labour chair")
_PARTY_HEADS = frozenset({"leader", "chief", "head", "chairman", "chairwoman", "chair", "president"})


class KnowledgeBase:
    """Read-only view over the merged data; build with :meth:`load` (cached) or :func:`default_kb`."""

    _cache: dict[tuple, KnowledgeBase] = {}

    def __init__(self, raw: RawKB):
        self._raw = raw.entries
        self.files = tuple(raw.files)
        self.agents: dict[str, str] = {key(k): v for k, v in raw.agents.items()}
        self._aliases: list[Alias] = []
        self._index: dict[str, list[tuple[int, int, int, int, str]]] = defaultdict(list)
        self._adjectives: dict[str, str] = {}
        self._party_adjectives: dict[str, str] = {}  # "democratic" -> the party, before an office only
        self._tenures: dict[tuple[str | None, str], list[Tenure]] = defaultdict(list)
        self._by_person: dict[str, list[Tenure]] = defaultdict(list)
        self._members: dict[str, list[Membership]] = {}
        self._order = {eid: i for i, eid in enumerate(self._raw)}
        self._alias_dates: dict[tuple[str, str], list[tuple[dt.date | None, dt.date | None]]] = defaultdict(list)
        self._build_aliases()
        self._prefer([(key(text), eid) for text, eid in raw.preferred if eid in self._raw])
        self._build_people()
        self._build_members()
        self._build_roles(raw.roles)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra: tuple[str | Path, ...] | list[str | Path] = ()) -> KnowledgeBase:
        """Bundled data + user dir (``$FAULTLINE_KB_DIR`` or ``~/.local/share/faultline/kb``) +
        explicit extra files; cached on the files' paths and modification times."""
        files = source_files(tuple(extra))
        stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files)
        kb = cls._cache.get(stamp)
        if kb is None:
            kb = cls(read_all(files))
            cls._cache[stamp] = kb
        return kb

    # ---------------------------------------------------------------- building
    def _build_aliases(self) -> None:
        seen: set[tuple[str, str]] = set()
        for order, (eid, e) in enumerate(self._raw.items()):
            etype = e.get("type", "organization")
            forms: list[tuple[str, str, Any]] = [
                (fld, kind, text) for fld, kind in ENTRY_FIELDS
                for text in ([e.get("name")] if fld == "name" else e.get(fld, []))]
            for item in e.get("dated_aliases", []):  # "Juba" named Sudan until 2011-07-09
                text, kind, since, until = parse_dated_alias(item)
                self._alias_dates[(key(text), eid)].append((since, until))
                forms.append(("dated_aliases", kind, text))
            for fld, kind, text in forms:
                k = key(text or "")
                if not k or (k, eid) in seen:
                    continue
                seen.add((k, eid))
                self._aliases.append(Alias(text, eid, kind, _case_sensitive(text, kind, e)))
                imported = int(e.get("source") == "phoenix" or fld == "imported_aliases")
                self._index[k].append((imported, KIND_RANK[kind], TYPE_RANK.get(etype, 5), order, eid))
                current = any(u is None for _, u in self._alias_dates.get((k, eid), [(None, None)]))  # not a past name
                if etype == "state" and current and kind in ("name", "short", "abbreviation", "adjective", "demonym"):
                    self._adjectives.setdefault(k, eid)
            if etype == "state":  # the id itself ("GBR") names the state too
                self._index[key(eid)].append((0, 1, 0, order, eid))
            for adjective in e.get("party_adjectives", []):
                self._party_adjectives.setdefault(key(adjective), eid)

    def _prefer(self, pairs: list[tuple[str, str]]) -> None:
        """Names several actors share go first to the entry listing them in ``preferred_aliases``
        ("Congolese": the DR Congo before the Republic of the Congo): in lookups, adjectives and
        the alias order a matcher reads. If two entries prefer one name, the later (a user's) wins."""
        winner = dict(pairs)  # name key -> entry; later files override
        preferred = set(winner.items())
        for k, eid in winner.items():
            # before the other entries whatever kind of name it is for them ("Addis Ababa": Ethiopia's
            # capital before the African Union's seat)
            self._index[k] = [(i, -1, t, -1, e) if e == eid else (i, kind, t, o, e)
                              for i, kind, t, o, e in self._index.get(k, [])]
            if self._adjectives.get(k) is not None:
                self._adjectives[k] = eid
        self._aliases.sort(key=lambda a: (key(a.text), a.actor) not in preferred)

    def _build_people(self) -> None:
        for eid, e in self._raw.items():
            for item in e.get("roles", []):
                role, country, since, until = parse_tenure(item)
                t = Tenure(eid, role, country, since, until)
                self._tenures[(country, role)].append(t)
                self._by_person[eid].append(t)

    def _build_members(self) -> None:
        states = [eid for eid, e in self._raw.items() if e.get("type") == "state"]
        for eid, e in self._raw.items():
            if "members" not in e and "members_all_states_except" not in e:
                continue
            ms = [Membership(*parse_dated(m)) for m in e.get("members", [])]
            listed = {m.member for m in ms}
            excluded = set(e.get("members_all_states_except", [])) if "members_all_states_except" in e else None
            if excluded is not None:
                ms += [Membership(s) for s in states if s not in excluded and s not in listed]
            self._members[eid] = ms

    def _build_roles(self, roles: list[dict[str, Any]]) -> None:
        self.role_names: tuple[str, ...] = tuple(r["role"] for r in roles)
        self._role_rank = {r: i for i, r in enumerate(self.role_names)}
        # offices a state fills many times over at once (envoys, ambassadors, spokespeople): "the US
        # envoy" names no one when the KB knows several
        self._shared_roles = frozenset(r["role"] for r in roles if r.get("shared"))
        # offices so many hold at once that a description alone ("Russia's envoy said …") names
        # none of them, even when the KB knows only one
        self._anonymous_roles = frozenset(r["role"] for r in roles if r.get("anonymous"))
        # offices of one bloc alone (a European commissioner): a nationality before them ("the
        # Irish agriculture commissioner") is the holder's, the office stays the bloc's
        self._bloc_roles = {r["role"]: next(iter(r["countries"])) for r in roles
                            if not r.get("forms") and len(r.get("countries", {})) == 1
                            and self._raw.get(next(iter(r["countries"])), {}).get("type") == "bloc"}
        forms: list[RoleForm] = []
        for r in roles:
            name = r["role"]
            defaults = {key(f["text"]): f["default_country"] for f in r.get("forms_with_default", [])}
            texts = [name, *r.get("forms", []), *(f["text"] for f in r.get("forms_with_default", []))]
            for text in dict.fromkeys(texts):
                forms.append(RoleForm(text, name, None, defaults.get(key(text))))
            for country, ctexts in r.get("countries", {}).items():
                forms += [RoleForm(t, name, country) for t in ctexts]
        self._generic: dict[str, RoleForm] = {}
        self._by_country: dict[tuple[str, str], RoleForm] = {}
        only_country: dict[str, set[str]] = defaultdict(set)
        for f in forms:
            k = key(f.text)
            if f.country is None:
                self._generic.setdefault(k, f)
            else:
                self._by_country.setdefault((f.country, k), f)
                only_country[k].add(f.role)
        # a form known only in some states, with one meaning, means it anywhere; an everyday
        # word ("leader") only after a place ("North Korean leader", "PLO chairman")
        self._placed: dict[str, RoleForm] = {}
        for k, rs in only_country.items():
            if k not in self._generic and len(rs) == 1 and k not in _OWN_STATE_ONLY:
                target = self._placed if k in _COMMON_ROLE_WORDS else self._generic
                target[k] = RoleForm(k, next(iter(rs)))
        self._form_texts = [f.text for f in forms]

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The role-phrase regexes, compiled on first use (keeps loading fast)."""
        return _role_patterns(self._form_texts)

    # ---------------------------------------------------------------- entries
    def get(self, actor_id: str, date: dt.date | str | None = None) -> Entry | None:
        """The entry with this id; a person's ``role``/``country`` are those held at ``date``."""
        e = self._raw.get(actor_id)
        if e is None:
            return None
        entry = Entry(
            id=actor_id, name=e.get("name") or actor_id, type=e.get("type", "organization"),
            country=e.get("country", actor_id if e.get("type") == "state" else None), role=e.get("role"),
            wikidata=e.get("wikidata"), parent=e.get("parent"),
            aliases=tuple(dict.fromkeys(a.text for a in self._aliases_of(actor_id))),
        )
        if actor_id in self._by_person:
            held = self._current_tenure(actor_id, date)
            if held is not None:
                entry = replace(entry, role=held.role, country=e.get("country") or held.country)
        return entry

    def _aliases_of(self, actor_id: str) -> list[Alias]:
        if not hasattr(self, "_alias_by_actor"):
            by: dict[str, list[Alias]] = defaultdict(list)
            for a in self._aliases:
                by[a.actor].append(a)
            self._alias_by_actor = by
        return self._alias_by_actor.get(actor_id, [])

    def _current_tenure(self, person: str, date: dt.date | str | None) -> Tenure | None:
        """The role held at ``date`` (highest-ranked if several), else the last one before it."""
        day = _day(date)
        tenures = self._by_person.get(person, [])
        active = [t for t in tenures if t.active(day)]
        if active:
            return min(active, key=lambda t: (self._role_rank.get(t.role, 99), -(t.since or dt.date.min).toordinal()))
        past = [t for t in tenures if t.since is None or t.since <= day]
        pool = past or tenures
        return max(pool, key=lambda t: (t.until or dt.date.max, t.since or dt.date.min)) if pool else None

    def entries(self, type: str | None = None) -> Iterator[Entry]:
        for eid, e in self._raw.items():
            if type is None or e.get("type") == type:
                entry = self.get(eid)
                if entry is not None:
                    yield entry

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._raw

    def __len__(self) -> int:
        return len(self._raw)

    # ---------------------------------------------------------------- names
    def aliases(self) -> Iterator[Alias]:
        """Every surface form with its actor and kind (name|short|abbreviation|adjective|demonym|
        capital|seat|alias), for building a PhraseMatcher."""
        return iter(self._aliases)

    def alias_active(self, text: str, actor_id: str, date: dt.date | str | None = None) -> bool:
        """Whether ``text`` names ``actor_id`` at ``date`` (None: today). Only names an entry's
        ``dated_aliases`` bound are ever inactive: "Juba" is Sudan's before 2011-07-09, South
        Sudan's from then; "Kampuchea" holds at any date."""
        spans = self._alias_dates.get((key(text), actor_id))
        if not spans:
            return True
        day = _day(date)
        return any((s is None or s <= day) and (u is None or day < u) for s, u in spans)

    def lookup(self, text: str, date: dt.date | str | None = None) -> list[Entry]:
        """Actors a name may mean, best first ("the Kremlin" -> [RUS]; "Brussels" -> [EU, ...]).
        An office phrase ("French president", "the foreign secretary", "president of France")
        resolves to its holder at ``date``; a dated name only within its dates ("Juba")."""
        k = key(text)
        hits = sorted(self._index.get(k, []))
        out: list[Entry] = []
        seen: set[str] = set()
        for *_, eid in hits:
            if (k, eid) in self._alias_dates and not self.alias_active(text, eid, date):
                continue
            if eid not in seen:
                seen.add(eid)
                entry = self.get(eid, date)
                if entry is not None:
                    out.append(entry)
        if not out:
            holder = self._office(text, date)
            if holder is not None:
                out.append(holder)
        return out

    def _office(self, text: str, date: dt.date | str | None) -> Entry | None:
        info = self.parse_role(text)
        if info is None or info.country is None:
            return None
        return self.holder(info.country, info.role, date)

    def country_of_adjective(self, text: str) -> str | None:
        """The state an adjective, demonym, name or abbreviation points to ("Russian" -> "RUS",
        "Britons" -> "GBR", "U.S." -> "USA"); None if it is not one."""
        return self._adjectives.get(key(text))

    def is_adjective(self, text: str) -> bool:
        """True when ``text`` is a state's adjective and no name of anything ("Estonian", not
        "U.S." or "Philippines")."""
        hits = self._index.get(key(text), [])
        return any(kind == KIND_RANK["adjective"] for _, kind, *_ in hits) \
            and not any(kind in (KIND_RANK["name"], KIND_RANK["short"]) for _, kind, *_ in hits)

    # ---------------------------------------------------------------- roles
    def normalise_role(self, text: str, country: str | None = None) -> str | None:
        """The normalised role a phrase names ("foreign secretary" -> "foreign minister"; with
        country="GBR", "chancellor" -> "finance minister"); None if no role is named."""
        info = self.parse_role(text, country)
        return info.role if info else None

    def parse_role(self, text: str, country: str | None = None) -> RoleInfo | None:
        """Role and implied state or body of a phrase: "Russian foreign minister" -> (foreign
        minister, RUS); "foreign minister of France" -> (foreign minister, FRA); "UN chief" ->
        (secretary-general, UN); "foreign secretary" -> (foreign minister, GBR by default)."""
        k = key(text)
        form = self._form(k, country)
        if form is not None:
            return RoleInfo(form.role, self._bloc_roles.get(form.role) or country or form.default_country)
        m = _OF_RE.match(k)
        if m:
            where = self._place(m["where"])
            form = self._form(m["role"], country or where)
            if form is not None:
                return RoleInfo(form.role, country or where or form.default_country)
        m = _HEAD_OF_RE.match(k)
        if m:
            where = self._place(m["where"]) if m["where"] else None
            form = self._form(f"{m['kind']} minister", country or where)
            if form is not None:
                return RoleInfo(form.role, country or where or form.default_country)
        found = self.find_roles(text, country)
        if not found:
            return None
        start, end, role = found[-1]
        prefix = key(text[:start])
        if key(text[start:end]) in _PARTY_HEADS and (self._party_prefix(_PARTY_RANKS.sub("", prefix))
                                                      or self._party_after(text[end:])):
            # "Vox leader Santiago Abascal", "the leader of the Democratic Unionist Party": the
            # party's leader, not the head of its state
            return RoleInfo("party leader", country or self._place_prefix(prefix))
        where = country or self._place_prefix(prefix)
        if where and (country is None):  # country-specific meaning ("German chancellor")
            form = self._form(key(text[start:end]), where)
            role = form.role if form else role
        if role in self._bloc_roles:
            return RoleInfo(role, self._bloc_roles[role])
        default = self._form(key(text[start:end]), None)
        return RoleInfo(role, where or (default.default_country if default else None))

    def bloc_of_role(self, role: str | None) -> str | None:
        """The bloc an office belongs to whatever the holder's nationality ("european
        commissioner": EU), else None."""
        return self._bloc_roles.get(role) if role else None

    def _form(self, k: str, country: str | None) -> RoleForm | None:
        if country is not None and (country, k) in self._by_country:
            return self._by_country[(country, k)]
        return self._generic.get(k)

    def _place(self, k: str) -> str | None:
        """A state or body named by a key ("france", "russian", "the un", "nato"; a party's
        adjective before an office, "democratic" in "Democratic leader", stands for its state)."""
        if k in self._adjectives:
            return self._adjectives[k]
        if k in self._party_adjectives:
            country = self._raw[self._party_adjectives[k]].get("country")
            return country if isinstance(country, str) and country in self._raw else None
        for *_, eid in sorted(self._index.get(k, [])):
            if self._raw[eid].get("type") in ("state", "bloc", "organization"):
                # a body of one state stands for it ("PLO chairman" -> PSE), a bloc's institution
                # (an org: id) for the bloc ("Commission vice president" -> EU); the UN, or an agency
                # with an id of its own ("IAEA director-general"), for itself
                raw = self._raw[eid]
                country = (raw.get("country") or (raw.get("parent") if eid.startswith("org:") else None)) \
                    if raw.get("type") == "organization" else None
                return country if isinstance(country, str) and country in self._raw else eid
        return None

    def _party_prefix(self, prefix: str) -> bool:
        """True when the last words before a role name a political party or an armed movement
        ("vox", "the popular party", "democratic", "hezbollah": its leader leads it, not its state)."""
        # (a possessive the key ran into the name: "the APC's" -> "apcs")
        chunks = [c for chunk in _tails(prefix) for c in (chunk, *((chunk[:-1],) if chunk.endswith("s") else ()))]
        return any(self._leads_itself(eid) for chunk in chunks for *_, eid in self._index.get(chunk, [])) \
            or any(chunk in self._party_adjectives for chunk in _tails(prefix))

    def _party_after(self, rest: str) -> bool:
        """True when the words after a role are "of" and a party's or an armed movement's name
        ("of the Democratic Unionist Party", "of the DUP")."""
        m = re.match(r"\s*of\s+(.+)$", rest, re.I | re.S)
        if m is None:
            return False
        return any(self._leads_itself(eid) for *_, eid in self._index.get(key(m.group(1)), []))

    def _leads_itself(self, eid: str) -> bool:
        """True for a party or an armed movement: its leader leads it, not its state."""
        return bool(self._raw[eid].get("party")) or self._raw[eid].get("type") == "group"

    def _place_prefix(self, prefix: str) -> str | None:
        """The place named by the last words before a role ("russian", "france s", "the eu")."""
        return next((found for chunk in _tails(prefix) if (found := self._place(chunk))), None)

    def find_roles(self, text: str, country: str | None = None) -> list[tuple[int, int, str]]:
        """Role phrases inside a string, as (start, end, role) char offsets, longest match first
        at each place ("Russian foreign minister" -> [(8, 24, "foreign minister")])."""
        folded = _fold_same_length(text)
        ci, cs = self._patterns
        spans = [(m.start(), m.end()) for m in ci.finditer(folded)]
        spans += [(m.start(), m.end()) for m in cs.finditer(folded)]
        out: list[tuple[int, int, str]] = []
        last_end = -1
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start < last_end:
                continue
            k = key(text[start:end], strip_the=False)
            if _HONORIFIC_BEFORE.search(text, 0, start):
                continue    # a surname after an honorific: "Mr. King's programming"
            form = self._form(k, country)
            if form is None and k in _OWN_STATE_ONLY and country is None:
                # "Hong Kong chief executive": the office of the place named before it, if that
                # place has it
                place = self._place_prefix(key(text[:start]))
                form = self._form(k, place) if place else None
            if form is None and k in self._placed:
                # an everyday word that is an office only of a place named ("Burkina Faso's
                # leader", "North Korean leader"), not on its own ("its leader", "RSF leader")
                place = country or self._place_prefix(key(text[:start]))
                form = (self._form(k, place) or self._placed[k]) if place else None
            if form is not None:
                out.append((start, end, form.role))
                last_end = end
        return out

    def holder(self, country: str, role: str, date: dt.date | str | None = None, *,
               described: bool = False) -> Entry | None:
        """The person holding ``role`` for ``country`` (a state or body id) at ``date``; None when
        nobody does, or when several hold an office a state fills many times over (roles.json
        ``shared``: envoys, ambassadors, spokespeople). ``described``: the office is all the text
        gives ("Russia's envoy said …"), which for an office marked ``anonymous`` (envoys,
        ambassadors, lawmakers) names no one in particular."""
        role = role if role in self._role_rank else (self.normalise_role(role, country) or role)
        if described and role in self._anonymous_roles:
            return None
        day = _day(date)
        active = [t for t in self._tenures.get((country, role), []) if t.active(day)]
        if role in self._shared_roles and len({t.person for t in active}) > 1:
            return None     # "the US envoy" when Witkoff and Kellogg both are: which, the text must say
        if active:
            best = max(active, key=lambda t: t.since or dt.date.min)
            return self.get(best.person, day)
        if role == "head of government" and self._president_leads(country, day):
            return self.holder(country, "head of state", day)
        return None

    def _president_leads(self, country: str, day: dt.date) -> bool:
        flag = self._raw.get(country, {}).get("head_of_state_leads_government")
        if isinstance(flag, str):
            since = parse_day(flag)
            return since is not None and since <= day
        return bool(flag)

    def roles_of(self, person_id: str, date: dt.date | str | None = None) -> list[tuple[str, str]]:
        """(role, country) pairs a person holds at ``date``, most senior first."""
        day = _day(date)
        active = [t for t in self._by_person.get(person_id, []) if t.active(day)]
        active.sort(key=lambda t: self._role_rank.get(t.role, 99))
        return list(dict.fromkeys((t.role, t.country or "") for t in active))

    def tenures(self, person_id: str) -> list[Tenure]:
        """Every role the knowledge base gives a person, past, present and future."""
        return list(self._by_person.get(person_id, []))

    def people_by_surname(self, surname: str, date: dt.date | str | None = None) -> list[Entry]:
        """People whose name ends with ``surname`` ("Lavrov"), office holders at ``date`` first."""
        k = key(surname)
        if not k:
            return []
        day = _day(date)
        found = []
        for pid in self._surname_index().get(k, ()):
            active = any(t.active(day) for t in self._by_person[pid])
            found.append((not active, self._order[pid], pid))
        return [e for *_, pid in sorted(found) if (e := self.get(pid, day)) is not None]

    def _surname_index(self) -> dict[str, tuple[str, ...]]:
        """Every ending of every person's name and alias ("lavrov", "sergey lavrov") -> person ids,
        built once: a surname lookup is then one dict access instead of a scan of every name."""
        index = getattr(self, "_surnames", None)
        if index is None:
            built: dict[str, list[str]] = {}
            for pid in self._by_person:
                for name in (self._raw[pid].get("name", ""), *self._raw[pid].get("aliases", [])):
                    words = key(name).split()
                    for i in range(len(words)):
                        ids = built.setdefault(" ".join(words[i:]), [])
                        if pid not in ids:
                            ids.append(pid)
            index = {k: tuple(v) for k, v in built.items()}
            self._surnames = index
        return index

    # ---------------------------------------------------------------- blocs
    def members(self, bloc_id: str, date: dt.date | str | None = None) -> frozenset[str]:
        """Members of a bloc at ``date`` (dated membership; ``includes`` pulls in another bloc)."""
        day = _day(date)
        out = {m.member for m in self._members.get(bloc_id, []) if m.active(day)}
        for other in self._raw.get(bloc_id, {}).get("includes", []):
            if other != bloc_id:
                out |= self.members(other, day)
        return frozenset(out)

    def blocs_of(self, actor_id: str, date: dt.date | str | None = None) -> list[str]:
        """Blocs the actor belongs to at ``date``, in data order."""
        day = _day(date)
        return [b for b in self._members if actor_id in self.members(b, day)]

    def blocs(self) -> list[Entry]:
        """The bloc entries, in data order (read once: the KB does not change once built)."""
        found = getattr(self, "_blocs", None)
        if found is None:
            found = self._blocs = tuple(self.entries("bloc"))
        return list(found)

    def imported(self) -> ImportedNames | None:
        """The imported Phoenix names (``data/phoenix.json.gz``), read on first use; None when the
        file is absent. A fallback for words the curated data leave unresolved."""
        if not hasattr(self, "_imported"):
            self._imported = read_imported(known=self) if PHOENIX_FILE.is_file() else None
        return self._imported

    def agent(self, word: str) -> str | None:
        """The sector code (GOV, MIL, OPP...) of an agent word from imported Phoenix agents."""
        return self.agents.get(key(word))


def _fold_same_length(text: str) -> str:
    """ASCII-fold char by char, keeping offsets ("é" -> "e", "’" -> "'")."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in "’‘ʼ":
            out.append("'")
        elif ch in "‐‑–—":
            out.append("-")
        else:
            f = ascii_fold(ch)
            out.append(f[0] if len(f) >= 1 and f[0].isascii() else ch)
    return "".join(out)


#: a state's form that is an everyday word elsewhere: North Korea's "leader" is its head of state,
#: "RSF leader X" or "its leader" (a party's) is not; a committee's "chairman" is no head of state
_COMMON_ROLE_WORDS = frozenset({"leader", "chairman", "chief", "head"})

#: an honorific just before a match: the role word is a surname ("Mr. King", "Ms. Chancellor")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Messrs)\.?\s+$")

#: a state's or bloc's form that means the office only in that place's own name: Hong Kong's
#: "chief executive" is its head of government, a company's or a campaign group's is not ("the
#: chief executive of the New Georgia Project", "Delta's chief executive"); an EU "commissioner" is
#: a European commissioner, a police commissioner is not
_OWN_STATE_ONLY = frozenset({"chief executive", "commissioner"})


def _form_regex(form: str) -> str:
    parts = []
    for ch in ascii_fold(form):
        if ch in " -":
            parts.append(r"[\s\-]+")
        elif ch == "'":
            parts.append(r"'?")
        elif ch == ".":
            parts.append(r"\.?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _role_patterns(forms: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One alternation for the case-insensitive forms, one for all-caps ones ("PM", "MEP")."""
    ci = sorted({f for f in forms if not f.replace(".", "").isupper()}, key=len, reverse=True)
    cs = sorted({f for f in forms if f.replace(".", "").isupper()}, key=len, reverse=True)

    def build(fs: list[str], flags: int) -> re.Pattern[str]:
        if not fs:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w-])(?:" + "|".join(_form_regex(f) for f in fs) + r")(?![\w-])", flags)

    return build(ci, re.IGNORECASE), build(cs, 0)
