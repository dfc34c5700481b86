"""Stances: where each actor of one article stands on each issue, and which allies split over it.

An *issue* is relational (``negotiate-with:RUS`` "negotiations with Russia") or topical
(``topic:ceasefire``); the vocabulary, the event mapping, the phrase patterns and the polarity cues
are data (``data/issues.json``, loaded by :func:`issue_rules`). Evidence comes from two places:

- events (``faultline.extract.events``): ``(type, mode, negated, modality)`` -> ``(relation,
  polarity)``, e.g. the UK REJECTs a *proposal to negotiate* about Russia -> GBR against
  ``negotiate-with:RUS``;
- the text of quotes no event already carries: phrase patterns ("resume dialogue with X", "X is
  willing to come to the table") over the quote with every actor mention replaced by a slot, and
  cues around them ("useful", "time to", "not seeing", "no evidence that").

People speak for their state when their office says so (:data:`speaks_for_roles`): the state gets
the stance (``via`` = the person) and the person keeps their own. A *split* is an issue with at
least one state for and one against that share a bloc at the article's date.

Interface: :func:`find_stances` (the pipeline stage), :func:`derive_stances` and
:func:`find_splits` (pure, testable without spaCy).

Notes: the reading of attributed statements as positions follows the PolNeAR attribution
guidelines (source, cue, content); polarity cues are a small hand-made lexicon in the spirit of
stance-taking lexicons (Biber & Finegan 1989), extended by users through the data file.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import KnowledgeBaseError
from ..model import DateValue, Event, Issue, Quote, Split, Stance, period_start
from ..pipeline.components import doc_text
from .actors import actor_rules, counted_group, is_person_word, unnamed_subset
from .dateline import dateline_end, doc_datelines, story_subject

__all__ = [
    "Clause", "IssueRules", "Passage", "article_frames", "clause_spans", "derive_stances",
    "find_splits", "find_stances", "issue_label", "issue_rules", "passages",
]

RULES_FILE = "issues.json"
MAX_PASSAGE = 1500      # characters: longer 'sentences' are not read as passages
UNIVERSAL_BLOC = 100    # a body of more members than this (the UN) joins everyone: no allies' split
_SLOT = "⟦{}⟧"
#: an actor slot, also behind the words for its rulers ("talks with the military governments of
#: Mali, Burkina Faso and Niger", "sanctions on the regime in Caracas")
_SLOT_X = (r"(?:the )?(?:(?:military |interim |transitional |de facto |new |current )?"
           r"(?:governments?|authorities|juntas?|regimes?|rulers|leaders(?:hip)?) (?:of|in) (?:the )?)?"
           r"⟦(?P<x>\d+)⟧")
_SLOT_S = r"⟦(?P<s>\d+)⟧"
_WORD = re.compile(r"[\w']+|⟦\d+⟧")


# --------------------------------------------------------------------------------------------
# Rules (data/issues.json)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """A polarity cue: a word or phrase, its direction and how firmly it commits the speaker."""

    text: str
    polarity: int
    weight: float
    regex: re.Pattern[str]
    #: counts only before what it is about ("called on everyone to stop the attacks on X"; not
    #: "pressure Israel to stop its aggression", where it is about something else)
    before: bool = False
    #: the cue's longest word: a clause without it cannot hold the cue (a cheap test first)
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", max(self.text.split(), key=len, default=""))


@dataclass(frozen=True)
class Phrase:
    """A phrase pattern naming an issue: ``action`` (done to/with X) or ``proposition`` (about X)."""

    relation: str
    form: str
    regex: re.Pattern[str]
    base: int = 1


@dataclass(frozen=True)
class EventRule:
    types: frozenset[str]
    modes: frozenset[str]
    modalities: frozenset[str]
    relation: str
    object: str
    polarity: int
    strength: float = 1.0
    fallback_object: str | None = None
    target_polarity: int | None = None
    target_strength: float = 0.5
    object_types: frozenset[str] = frozenset()    # the kinds of actor the event's targets must be

    def matches(self, event: Event, actors: Any = None) -> bool:
        if event.type not in self.types:
            return False
        if self.object_types and not (event.target and actors is not None and all(
                getattr(actors.get(a), "type", None) in self.object_types for a in event.target)):
            return False    # "would travel to Washington" is a visit to a state, not to a person
        if self.modes and (event.mode or "").lower() not in self.modes:
            return False
        return not self.modalities or (event.modality or "").lower() in self.modalities


@dataclass(frozen=True)
class IssueRules:
    """Everything stance-finding knows, compiled from the data file."""

    relations: dict[str, dict[str, Any]]
    topics: dict[str, tuple[str, tuple[re.Pattern[str], ...]]]
    event_rules: tuple[EventRule, ...]
    phrase_fallback: dict[str, int]
    hypothetical: tuple[str, ...]
    proposal_words: frozenset[str]
    trigger_words: dict[str, tuple[str, ...]]
    phrases: tuple[Phrase, ...]
    cues: tuple[Cue, ...]
    relation_cues: dict[str, tuple[Cue, ...]]
    doubt: tuple[re.Pattern[str], ...]
    negators: frozenset[str]
    enders: frozenset[str]
    contrast: tuple[re.Pattern[str], ...]
    hedges: tuple[re.Pattern[str], ...]
    hedge_factor: float
    instrument: tuple[str, ...]
    topic_window: int
    speaks_for_roles: tuple[str, ...]
    state_organ_words: tuple[str, ...]
    modality_strength: dict[str, float]
    anaphors: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # the non-general anaphors again, with a determiner required ("the sanctions", not "half-measures")
    definite_anaphors: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # each relation's own words as word-bounded patterns ("talks" for negotiations)
    trigger_patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    counter_anaphors: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    topic_anaphors: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    fallback_weight: float = 0.9
    conditions: tuple[re.Pattern[str], ...] = ()
    authors: tuple[re.Pattern[str], ...] = ()
    alignment: tuple[tuple[re.Pattern[str], int, bool], ...] = ()
    questions: tuple[re.Pattern[str], ...] = ()
    disputes: tuple[re.Pattern[str], ...] = ()
    rebuttals: tuple[re.Pattern[str], ...] = ()   # what a cue may answer, not the issue: "rejected the charge"
    condition_weight: float = 0.9
    reversals: tuple[re.Pattern[str], ...] = ()
    # acts whose object is left out, the article's own issue understood ("also voted against,")
    elliptical: tuple[re.Pattern[str], ...] = ()
    #: derived: every topic pattern with its slug, and the action phrases, as flat tuples
    topic_patterns: tuple[tuple[re.Pattern[str], str], ...] = field(init=False, repr=False)
    action_phrases: tuple[Phrase, ...] = field(init=False, repr=False)
    #: derived: the general cues joined with each relation's own (one long-lived tuple per relation,
    #: which :func:`_present_cues` gates once), and the patterns of a clause that takes no side
    #: (questions and disputes)
    cues_by_relation: dict[str, tuple[Cue, ...]] = field(init=False, repr=False)
    undecided: tuple[re.Pattern[str], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "topic_patterns", tuple(
            (pattern, slug) for slug, (_, patterns) in self.topics.items() for pattern in patterns))
        object.__setattr__(self, "action_phrases",
                           tuple(p for p in self.phrases if p.form == "action"))
        object.__setattr__(self, "cues_by_relation", {
            relation: tuple(self.cues) + tuple(cues) for relation, cues in self.relation_cues.items()})
        object.__setattr__(self, "undecided", (*self.questions, *self.disputes))


# --------------------------------------------------------------------------------------------
# Literal pre-tests: most clauses cannot match most patterns, and a substring test is far cheaper
# than running the regex. A pattern's *needs* are groups of strings; it can only match a text that
# holds, for every group, one of its strings (conservative: what the analysis cannot see is no need).
# A list of patterns read against every clause (topics, action phrases, alignments) goes through
# one gate (_candidates): each distinct rarest need is looked for once per clause.
# --------------------------------------------------------------------------------------------

_Needs = tuple[tuple[str, ...], ...]
#: id(pattern) -> (pattern, needs): keyed by identity (a Pattern's hash reads its whole code) and
#: keeping the pattern alive so that its id stays its own
_NEEDS: dict[int, tuple[re.Pattern[str], _Needs]] = {}
_MAX_NEEDS = 3


def _seq_needs(items: Any) -> list[tuple[str, ...]]:
    """Needs of a parsed regex sequence: runs of literals, required groups and repeats, and per
    alternation one need taken from each branch (no need when a branch has none)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is c.SUBPATTERN:
            add_flags, del_flags, sub = arg[1], arg[2], arg[3]
            if not (add_flags | del_flags) & re.IGNORECASE:
                out.extend(_seq_needs(sub))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            out.extend(_seq_needs(arg[2]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            out.extend(_seq_needs(arg))
        elif op is c.BRANCH:
            alternatives: list[str] = []
            for branch in arg[1]:
                needs = _seq_needs(branch)
                if not needs:
                    alternatives = []
                    break
                alternatives.extend(_best(needs))
            if alternatives:
                out.append(tuple(dict.fromkeys(alternatives)))
    if run:
        out.append(("".join(run),))
    return out


def _best(needs: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The most telling need: the one whose shortest string is longest."""
    return max(needs, key=lambda n: min(len(s) for s in n))


def _needs(regex: re.Pattern[str]) -> _Needs:
    """The few most telling needs of a compiled pattern (cached; none for case-blind patterns)."""
    cached = _NEEDS.get(id(regex))
    if cached is not None:
        return cached[1]
    needs: list[tuple[str, ...]] = []
    if isinstance(regex.pattern, str) and not regex.flags & re.IGNORECASE:
        try:
            from re import _parser  # type: ignore[attr-defined]

            needs = _seq_needs(_parser.parse(regex.pattern, regex.flags))
        except Exception:  # noqa: BLE001 - no analysis means no pre-test, never a wrong answer
            needs = []
    needs = [n for n in needs if all(n)]
    needs.sort(key=lambda n: (not any("⟦" in s for s in n), -min(len(s) for s in n)))
    found = tuple(needs[:_MAX_NEEDS])
    _NEEDS[id(regex)] = (regex, found)
    return found


def _may_match(regex: re.Pattern[str], text: str) -> bool:
    """False when ``text`` lacks a string ``regex`` needs (then it cannot match)."""
    cached = _NEEDS.get(id(regex))
    return _holds_all(cached[1] if cached is not None else _needs(regex), text)


def _holds_all(needs: _Needs, text: str) -> bool:
    """True when ``text`` holds at least one string of every need."""
    return all(any(s in text for s in need) for need in needs)


_GATES: dict[int, tuple[Any, dict[str, tuple[int, ...]], tuple[int, ...]]] = {}


def _regex_of(item: Any) -> re.Pattern[str]:
    """The pattern of an item: a pattern, an object with a ``regex``, or a tuple led by one."""
    regex = getattr(item, "regex", None)
    if regex is not None:
        return regex
    return item[0] if isinstance(item, tuple) else item


def _candidates(items: Sequence[Any], text: str) -> list[Any]:
    """The items (see :func:`_regex_of`) that may match ``text``, in their order: those whose
    rarest need ``text`` holds. Each distinct string of those needs is looked for once,
    not once per item (a clause is read against a few dozen patterns that share a few strings).
    Cached by the identity of ``items``; the items still get their full test (:func:`_finditer`)."""
    gate = _GATES.get(id(items))
    if gate is None:
        by: dict[str, list[int]] = {}
        always = []
        for n, item in enumerate(items):
            # the rarest need: words, not an actor slot (most clauses hold one)
            needs = sorted(_needs(_regex_of(item)),
                           key=lambda need: (any("⟦" in s for s in need), -min(map(len, need))))
            if not needs:
                always.append(n)
            for s in needs[0] if needs else ():
                by.setdefault(s, []).append(n)
        gate = _GATES[id(items)] = (items, {k: tuple(v) for k, v in by.items()}, tuple(always))
    hit = set(gate[2])
    for s, ns in gate[1].items():
        if s in text:
            hit.update(ns)
    return [items[n] for n in sorted(hit)] if hit else []


def _finditer(regex: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    return regex.finditer(text) if _may_match(regex, text) else ()


def _search(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    return regex.search(text) if _may_match(regex, text) else None


def _phrase_regex(text: str, gap: int = 0) -> re.Pattern[str]:
    """A word-bounded, whitespace-tolerant regex for a cue phrase; a verb and the preposition that
    ends the phrase may have an adverb between them ("pushed hardest for", "voted overwhelmingly
    against"), and with ``gap`` up to that many words of any kind before its last word ("clashed
    on Monday over")."""
    words = [re.escape(w) for w in text.lower().split()]
    if len(words) >= 2 and gap:
        body = r"\s+".join(words[:-1]) + rf"(?:\s+[\w'-]+){{0,{gap}}}?\s+" + words[-1]
    elif len(words) >= 2 and words[-1] in _CUE_PREPOSITIONS:
        body = r"\s+".join(words[:-1]) + rf"\s+(?:{_ADVERB}\s+)?" + words[-1]
    else:
        body = r"\s+".join(words)
    # not the end of a compound: "the Iran-backed group" backs nothing
    return re.compile(rf"(?<![\w'-]){body}(?![\w'])")


_CUE_PREPOSITIONS = frozenset({"for", "against", "on", "to"})
_ADVERB = r"(?:\w+ly|hard|harder|hardest)"


_DETERMINER = r"(?:the|this|that|these|those|its|their|his|her|our|your|such|any)"


def _anaphor_regex(text: str, definite: bool) -> re.Pattern[str]:
    """A word that refers back to an issue. A general one ('idea', 'plan') only after a determiner
    or possessive, with at most two modifiers between ('the European initiative'), so that another
    actor's 'American proposals' is not read as the article's; 'this' only as a subject."""
    if not definite:
        return _phrase_regex(text)
    body = r"\s+".join(re.escape(w) for w in text.lower().split())
    if text.lower() == "this":
        return re.compile(r"(?<![\w'])this\s+(?:is|was|would|will|could|sends|sent|gives|gave)(?![\w'])")
    return re.compile(rf"(?<![\w']){_DETERMINER}\s+(?:[\w'-]+\s+){{0,2}}?{body}(?![\w'])")


def _cues(items: Iterable[Sequence[Any]], polarity: int) -> list[Cue]:
    return [Cue(str(t).lower(), polarity, float(w), _phrase_regex(str(t))) for t, w in items]


def _compile(data: dict[str, Any]) -> IssueRules:
    cues = data["cues"]
    phrases = []
    for p in data["phrases"]:
        pattern = p["pattern"].replace("{X}", _SLOT_X).replace("{S}", _SLOT_S)
        phrases.append(Phrase(p["relation"], p.get("form", "action"), re.compile(pattern),
                              int(p.get("base", 1))))
    event_rules = tuple(
        EventRule(
            types=frozenset(r["types"]), modes=frozenset(m.lower() for m in r.get("modes", [])),
            modalities=frozenset(m.lower() for m in r.get("modalities", [])),
            relation=r["relation"], object=r["object"], polarity=int(r["polarity"]),
            strength=float(r.get("strength", 1.0)), fallback_object=r.get("fallback_object"),
            target_polarity=r.get("target_polarity"),
            target_strength=float(r.get("target_strength", 0.5)),
            object_types=frozenset(r.get("object_types", [])),
        )
        for r in data["event_rules"]
    )
    relation_cues = {
        rel: tuple(_cues(v.get("for", []), 1) + _cues(v.get("against", []), -1)
                   + [replace(c, before=True) for c in _cues(v.get("against_before", []), -1)])
        for rel, v in cues.get("relation_cues", {}).items()
    }
    general = _cues(cues["for"], 1) + _cues(cues["against"], -1) + [
        replace(c, before=True) for c in _cues(cues.get("against_before", []), -1)]
    frames = data.get("frames", {})
    return IssueRules(
        relations=data["relations"],
        topics={slug: (t["label"], tuple(re.compile(rf"\b{p}\b") for p in t["phrases"]))
                for slug, t in data.get("topics", {}).items()},
        event_rules=event_rules,
        phrase_fallback={k: int(v) for k, v in data.get("phrase_fallback", {}).items()},
        hypothetical=tuple(w.lower() for w in data.get("hypothetical", [])),
        proposal_words=frozenset(data.get("proposal_words", [])),
        trigger_words={k: tuple(v) for k, v in data.get("trigger_words", {}).items()},
        trigger_patterns={k: tuple(re.compile(rf"(?<![\w'-]){re.escape(w)}(?![\w'-])") for w in v)
                          for k, v in data.get("trigger_words", {}).items()},
        phrases=tuple(phrases),
        cues=tuple(general),
        relation_cues=relation_cues,
        doubt=tuple(_phrase_regex(t) for t in cues.get("doubt", [])),
        negators=frozenset(cues.get("negators", [])) | frozenset(cues.get("enders", [])),
        enders=frozenset(cues.get("enders", [])),
        contrast=tuple(_phrase_regex(t) for t in cues.get("contrast", [])),
        hedges=tuple(_phrase_regex(t) for t in cues.get("hedges", [])),
        hedge_factor=float(cues.get("hedge_factor", 0.6)),
        instrument=tuple(t.lower() for t in cues.get("instrument", [])),
        topic_window=int(cues.get("topic_window", 4)),
        speaks_for_roles=tuple(r.lower() for r in data.get("speaks_for_roles", [])),
        state_organ_words=tuple(w.lower() for w in data.get("state_organ_words", [])),
        modality_strength={k.lower(): float(v) for k, v in data.get("modality_strength", {}).items()},
        anaphors={k: tuple(_anaphor_regex(w, k == "general") for w in v)
                  for k, v in frames.get("anaphors", {}).items()},
        definite_anaphors={k: tuple(_anaphor_regex(w, True) for w in v)
                           for k, v in frames.get("anaphors", {}).items() if k != "general"},
        counter_anaphors={k: tuple(_phrase_regex(w) for w in v)
                          for k, v in frames.get("counter_anaphors", {}).items()},
        questions=tuple(_phrase_regex(w) for w in frames.get("questions", [])),
        disputes=tuple(_phrase_regex(w, gap=3) for w in frames.get("disputes", [])),
        rebuttals=tuple(_phrase_regex(w) for w in frames.get("rebuttals", [])),
        condition_weight=float(frames.get("condition_weight", 0.9)),
        topic_anaphors={slug: tuple(_phrase_regex(w) for w in t.get("anaphors", []))
                        for slug, t in data.get("topics", {}).items()},
        fallback_weight=float(frames.get("fallback_weight", 0.9)),
        reversals=tuple(_phrase_regex(w) for w in frames.get("reversals", [])),
        conditions=tuple(_phrase_regex(w) for w in frames.get("conditions", [])),
        authors=tuple(re.compile(p) for p in frames.get("authors", [])),
        elliptical=tuple(re.compile(p, re.IGNORECASE) for p in frames.get("elliptical", [])),
        alignment=tuple((re.compile(a["pattern"].replace("{X}", _SLOT_X)), int(a.get("polarity", 1)),
                         "{X}" in a["pattern"]) for a in frames.get("alignment", [])),
    )


@lru_cache(maxsize=1)
def issue_rules() -> IssueRules:
    """The bundled issue vocabulary, event mapping, phrases and cues (``data/issues.json``)."""
    try:
        with resources.files("faultline.data").joinpath(RULES_FILE).open(encoding="utf-8") as f:
            data = json.load(f)
        return _compile(data)
    except (OSError, ValueError, KeyError, TypeError, re.error) as e:
        raise KnowledgeBaseError(
            f"the issue rules file {RULES_FILE} is malformed: {e}",
            hint="check faultline/data/issues.json against the schema in its _doc field",
        ) from e


# --------------------------------------------------------------------------------------------
# Actors and the knowledge base (guarded: the KB may be absent or partial)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _default_kb() -> Any:
    """The bundled knowledge base (loaded once), or None when faultline.kb cannot be loaded."""
    try:
        from ..kb import KnowledgeBase  # type: ignore[attr-defined]

        return KnowledgeBase.load()
    except Exception:  # noqa: BLE001 - no KB means fewer labels and no splits, never a crash
        return None


def _kb_call(kb: Any, name: str, *args: Any) -> Any:
    fn = getattr(kb, name, None) if kb is not None else None
    if fn is None:
        return None
    try:
        return fn(*args)
    except Exception:  # noqa: BLE001 - a KB gap is not the article's fault
        return None


def _actor_type(actor_id: str, actors: Any, kb: Any) -> str | None:
    actor = actors.get(actor_id) if actors is not None else None
    if actor is not None:
        return actor.type
    entry = _kb_call(kb, "get", actor_id)
    if entry is not None:
        return getattr(entry, "type", None)
    return "state" if _looks_like_state(actor_id) else None


def _looks_like_state(actor_id: str) -> bool:
    return len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper()


def _state_of(actor_id: str, actors: Any, kb: Any) -> str | None:
    if actors is not None and hasattr(actors, "state_of"):
        state = actors.state_of(actor_id)
        if state:
            return state
    entry = _kb_call(kb, "get", actor_id)
    if entry is not None:
        if getattr(entry, "type", None) == "state":
            return entry.id
        return getattr(entry, "country", None)
    return actor_id if _looks_like_state(actor_id) else None


def _talks_with_own_bloc(holder: str, issue: str, actors: Any, kb: Any, when: _dt.date | None) -> bool:
    """ "Ankara's envoy to the alliance", "France and Italy called on their EU partners": a member
    does not negotiate with its own bloc; such evidence names a seat at the table, not talks. Nor
    does it trade with its own bloc or itself: in "the trade deal between the EU and Mercosur",
    France's stance is on trade with Mercosur, Brazil's on trade with the EU."""
    relation, _, obj = issue.partition(":")
    if relation not in _PARTNER_RELATIONS:
        return False
    state = _state_of(holder, actors, kb)
    if relation == "trade-with" and state is not None and state == obj:
        return True
    if _actor_type(obj, actors, kb) != "bloc":
        return False
    return state is not None and (state == obj or state in (_kb_call(kb, "members", obj, when) or ()))


def _on_itself(holder: str, issue: str, actors: Any, kb: Any) -> bool:
    """True for a hostile relation whose object is its holder or the holder's state: no one is for
    pressure on, sanctions on or attacks on itself ("… duties the Trump administration said were
    needed to pressure Mexico", in Mexico's own words, is no Mexican stance for pressuring Mexico);
    being against them is a stance ("Suu Kyi opposes sanctions on Myanmar")."""
    relation, _, obj = issue.partition(":")
    if relation not in _HOSTILE_RELATIONS or not obj:
        return False
    return obj == holder or obj == _state_of(holder, actors, kb)


#: relations whose object suffers what the relation names
_HOSTILE_RELATIONS = frozenset({"pressure-on", "sanctions-on", "military-action-against"})


#: relations whose object is a partner: never one's own bloc (nor, for trade, oneself)
_PARTNER_RELATIONS = frozenset({"negotiate-with", "trade-with"})


def _object_id(actor_id: str, actors: Any, kb: Any, relation: str | None = None,
               rules: IssueRules | None = None) -> str | None:
    """The issue object an actor mention stands for: states and blocs as themselves; a person or
    body as the state they speak for (Putin -> RUS), where the relation allows person objects."""
    kind = _actor_type(actor_id, actors, kb)
    allowed = rules.relations.get(relation, {}).get("object_types") if relation and rules else None
    if allowed and kind not in allowed:
        return None   # "joining Germany in a push" is no membership of Germany
    if kind in ("state", "bloc"):
        return actor_id
    if relation is None or rules is None:
        return _state_of(actor_id, actors, kb)
    if not rules.relations.get(relation, {}).get("person_object"):
        return None
    return _speaks_for(actor_id, actors, kb, rules, None)


def _speaks_for(actor_id: str, actors: Any, kb: Any, rules: IssueRules,
                when: _dt.date | None) -> str | None:
    """The state a person or body speaks for by office (head of state, foreign minister,
    spokesperson, a ministry), else None."""
    kind = _actor_type(actor_id, actors, kb)
    if kind in ("state", "bloc", None):
        return None
    state = _state_of(actor_id, actors, kb)
    if state is None:
        return None
    actor = actors.get(actor_id) if actors is not None else None
    if kind == "person":
        roles = [actor.role] if actor is not None and actor.role else []
        if not roles:
            held = _kb_call(kb, "roles_of", actor_id, when) or []
            roles = [r for r, c in held if c in (None, state)]
        for role in roles:
            if any(known in role.lower() for known in rules.speaks_for_roles):
                return state
        return None
    words = f"{actor_id} {actor.name if actor is not None else ''}".lower()
    if any(w in words for w in rules.state_organ_words):
        return state
    return None


def _holders(actor_id: str, actors: Any, kb: Any, rules: IssueRules,
             when: _dt.date | None) -> list[tuple[str, str | None]]:
    """Who holds a stance an actor expresses: the actor itself, plus its state (via the actor)
    when it speaks for one."""
    out: list[tuple[str, str | None]] = [(actor_id, None)]
    state = _speaks_for(actor_id, actors, kb, rules, when)
    if state and state != actor_id:
        out.append((state, actor_id))
    return out


def issue_label(issue_id: str, actors: Any = None, kb: Any = None,
                rules: IssueRules | None = None) -> str:
    """A readable label: ``negotiate-with:RUS`` -> "negotiations with Russia"."""
    rules = rules or issue_rules()
    kind, _, obj = issue_id.partition(":")
    if kind == "topic":
        topic = rules.topics.get(obj)
        return topic[0] if topic else obj.replace("-", " ")
    name = None
    entry = _kb_call(kb, "get", obj)
    if entry is not None:
        name = getattr(entry, "name", None)
    if name is None and actors is not None:
        actor = actors.get(obj)
        name = actor.name if actor is not None else None
    template = rules.relations.get(kind, {}).get("label", kind.replace("-", " ") + " {name}")
    return template.replace("{name}", name or obj)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _date_key(value: DateValue | None) -> tuple[int, int, int, int] | None:
    """A sort key for a date value (start of the period, finer precision later), or None."""
    if value is None or not value.value or value.precision == "relative":
        return None
    start = period_start(value.value)
    if start is None:
        return None
    fineness = {"day": 3, "month": 2, "quarter": 1}.get(value.precision, 0)
    return (start.year, start.month, start.day, fineness)


def as_date(value: Any) -> _dt.date | None:
    """A ``datetime.date`` from a date, a DateValue or an ISO-like string (start of period)."""
    if value is None or isinstance(value, _dt.date):
        return value
    if isinstance(value, DateValue):
        key = _date_key(value)
        return _dt.date(key[0], key[1], key[2]) if key else None
    return as_date(DateValue(str(value), "day"))


# --------------------------------------------------------------------------------------------
# Evidence
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence that ``holder`` stands somewhere on ``issue``."""

    holder: str
    issue: str
    polarity: int
    strength: float
    refs: tuple[str, ...]
    span: tuple[int, int]
    date: DateValue | None = None
    via: str | None = None
    instrument: bool = False


@dataclass(frozen=True)
class _Found:
    """An issue read from a piece of text, before holders are attached."""

    issue: str
    polarity: int
    strength: float
    instrument: bool


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def _slotted(text: str, start: int, actors: Any) -> tuple[str, list[str]]:
    """The text, lower-cased, with each actor mention replaced by ``⟦i⟧``; the slots' actor ids."""
    mentions: list[tuple[int, int, str]] = []
    if actors is not None and hasattr(actors, "at"):
        last = -1
        for m in actors.at(start, start + len(text)):
            if m.start >= last:
                mentions.append((m.start - start, m.end - start, m.actor))
                last = m.end
    if not mentions and actors is not None:
        mentions = _surface_mentions(text, actors)
    out: list[str] = []
    ids: list[str] = []
    pos = 0
    for s, e, actor in mentions:
        out.append(_normalise(text[pos:s]))
        out.append(_SLOT.format(len(ids)))
        ids.append(actor)
        pos = e
    out.append(_normalise(text[pos:]))
    return "".join(out), ids


_last_surfaces: tuple[Any, ...] = ()       # (key, value, the objects the key's ids belong to)


@lru_cache(maxsize=8192)
def _surface_regex(surface: str) -> re.Pattern[str]:
    """The word-bounded regex of a surface, compiled on first use (most surfaces are never in the
    text searched, and names recur from article to article)."""
    return re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")


def _surfaces(actors: Any) -> list[tuple[str, str]]:
    """The article's mention texts and actor names (lower-cased, at least two characters, longest
    first), each with its actor (its regex: :func:`_surface_regex`). Cached for the last index
    seen: the key is the identity of its mention and actor objects (frozen), which the cache keeps
    alive."""
    global _last_surfaces
    mentions = getattr(actors, "mentions", [])
    entries = getattr(actors, "actors", {}).values()
    key = (id(actors), tuple(map(id, mentions)), tuple(map(id, entries)))
    last = _last_surfaces
    if last and last[0] == key:
        return last[1]
    surfaces: dict[str, str] = {}
    for m in mentions:
        surfaces.setdefault(m.text.lower(), m.actor)
    for actor in entries:
        surfaces.setdefault(actor.name.lower(), actor.id)
    value = [(surface, surfaces[surface])
             for surface in sorted(surfaces, key=len, reverse=True) if len(surface) >= 2]
    _last_surfaces = (key, value, (actors, tuple(mentions), tuple(entries)))
    return value


def _surface_mentions(text: str, actors: Any) -> list[tuple[int, int, str]]:
    """Fallback when offsets are unknown: find the article's known mention texts in ``text``."""
    low = text.lower()
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for surface, actor_id in _surfaces(actors):
        if surface not in low:      # the regex needs the surface itself
            continue
        for m in _surface_regex(surface).finditer(low):
            if not any(taken[m.start():m.end()]):
                found.append((m.start(), m.end(), actor_id))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return sorted(found)


_CLAUSE_SPLIT = re.compile(
    # (a comma may close a quotation first: '… was “the better path,” while Italy's …')
    r"\s*;\s*|\s+[—–]+\s+|\s+--\s+|(?:^|,[\"”’]?\s*|\s+)(?:but|however,?)\s+|,[\"”’]?\s*(?:while|whereas)\s+"
    # "… pressing for tougher measures while Budapest and Bratislava argued …": without a comma,
    # when a name follows (another holder), not "while in Paris"
    r"|\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])"
    r"|\s+because\s+"
    # "Germany also remained opposed, although Chancellor Olaf Scholz said …": a concession apart
    r"|,[\"”’]?\s*(?:although|though|even\s+though)\s+"
    # "…, as France, Italy and Poland backed the measure": another holder's act beside it
    r"|,[\"”’]?\s*as\s+(?=(?:the\s+)?[A-Z])"
    # "…, with Germany and the Netherlands pushing to keep them": another holder's position
    r"|,[\"”’]?\s*with\s+(?=(?:the\s+)?[A-Z])"
    # "Poland accused Hungary … after Budapest blocked the aid": the act it answers is another's
    # ("… after Hungary and Slovakia refused to back a ban": names joined by "and" or commas too)
    r"|,?\s+after\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|,\s*|,?\s+and\s+)[A-Z][\w'’.-]*)*\s+[a-z]+ed\b)")

#: '…," and Italian Prime Minister Giorgia Meloni said …': another speaker's statement (see
#: :func:`_second_speakers`)
_SECOND_SPEAKER = re.compile(
    r"(,[\"”’]?|[\"”’],)\s*and\s+(?=(?:[A-Z][\w'’.-]*\s+){1,7}(?:said|says|told|tells|added|warned|argued|insisted)\b)")


def _clauses(text: str) -> list[str]:
    """Sentences, then clauses (split at semicolons, dashes, 'but', 'however', a second speaker)."""
    out: list[str] = []
    for sent in re.split(r"(?<=[.!?])\s+", text):
        out.extend(sent[s:e] for s, e in clause_spans(sent))
    return out


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return _WORD.findall(text[:pos])[-n:]


def _is_negated(text: str, pos: int, rules: IssueRules) -> bool:
    return _negator_at(text, pos, rules) is not None


def _negator_at(text: str, pos: int, rules: IssueRules) -> int | None:
    """Where a negator stands among the three words before ``pos``, if one does."""
    return _word_before(text, pos, lambda w: w in rules.negators or w.endswith("n't"))


def _ended_at(text: str, pos: int, rules: IssueRules) -> bool:
    """True when a word that ends an attitude stands among the three words before ``pos``
    ("lifted its veto", "dropped its objections")."""
    return _word_before(text, pos, rules.enders.__contains__) is not None


def _word_before(text: str, pos: int, test: Callable[[str], bool]) -> int | None:
    """Where the first of the three words before ``pos`` that passes ``test`` starts, if one does."""
    return next((m.start() for m in list(_WORD.finditer(text[:pos]))[-3:] if test(m.group())), None)


#: "by" right after a cue: the cue is a passive participle whose agent holds the attitude
_PASSIVE_AGENT = re.compile(r"\s+by\b")


_SUPPOSED = re.compile(r"(?<![\w'])(?:if|unless)\s")


def _judges_counter(clause: str, at: int, counters: Sequence[re.Pattern[str]]) -> bool:
    """True when a cue at ``at`` judges a restriction of the issue named in the few words right
    before it ("isolation would only push Damascus …", "tariffs are counterproductive")."""
    words = list(_WORD.finditer(clause[:at]))[-4:]
    window = clause[words[0].start():at] if words else ""
    return bool(window) and any(_search(c, window) for c in counters)


#: per cue list (by identity, the list kept alive beside it): its cues grouped by the first four
#: letters of their keys, then by key, with their positions in the list
_KEY_GATES: dict[int, tuple[Sequence[Cue], list[tuple[str, list[tuple[str, list[int]]]]]]] = {}


def _present_cues(cues: Sequence[Cue], clause: str) -> list[Cue]:
    """The cues whose key (longest word) ``clause`` holds, in their order: ``[c for c in cues if
    c.key in clause]``, with each shared prefix of keys looked for once ("back" for "backed",
    "backing", "backs", …). Short lists are read directly; long ones are gated (cached by the
    identity of the list, so pass the same long-lived sequence)."""
    if len(cues) < 32:
        return [c for c in cues if c.key in clause]
    gate = _KEY_GATES.get(id(cues))
    if gate is None or gate[0] is not cues:
        groups: dict[str, dict[str, list[int]]] = {}
        for n, c in enumerate(cues):
            groups.setdefault(c.key[:4], {}).setdefault(c.key, []).append(n)
        if len(_KEY_GATES) > 64:
            _KEY_GATES.clear()
        gate = _KEY_GATES[id(cues)] = (cues, [(p, list(keys.items())) for p, keys in groups.items()])
    hit: list[int] = []
    for prefix, keys in gate[1]:
        if prefix in clause:
            for k, ns in keys:
                if k in clause:
                    hit.extend(ns)
    hit.sort()
    return [cues[n] for n in hit]


def _cue_score(clause: str, span: tuple[int, int], cues: Sequence[Cue],
               rules: IssueRules, counters: Sequence[re.Pattern[str]] = ()) -> tuple[float, float] | None:
    """Signed sum and strongest weight of the cues in ``clause`` outside ``span``; longest cue
    first, a negator just before a cue flips it (and, when the negator is a cue itself, does not
    count again: "never walked away from diplomacy" is for it), 'rather than' flips what follows
    it; a passive participle with its agent ("backed by France") is that agent's, not the
    clause's."""
    # only cues whose longest word the clause holds can match (a stable sort of that subset keeps
    # the order of the whole list)
    present = _present_cues(cues, clause)
    if not present:
        return None
    taken: list[tuple[int, int]] = [span]
    # what is only supposed, up to the next comma: "would respond if Cambodia violates it", "If
    # talks fail, we will …" (the supposed act is nobody's stance; the main clause's cues count)
    for m in _SUPPOSED.finditer(clause):
        comma = clause.find(",", m.end())
        taken.append((m.start(), comma if comma >= 0 else len(clause)))
    contrast_at = min((m.start() for c in rules.contrast if (m := _search(c, clause))), default=None)
    hits: list[tuple[tuple[int, int], float, float]] = []     # (span, signed weight, weight)
    spent: list[int] = []                                     # where a negator turned a cue
    for cue in sorted(present, key=lambda c: -len(c.text)):
        for m in cue.regex.finditer(clause):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if cue.before and m.start() >= span[0]:
                continue
            taken.append((m.start(), m.end()))
            if _PASSIVE_AGENT.match(clause, m.end()):
                continue    # "a plan backed by France", "supported by Europe": the agent's attitude
            if _THAN.match(clause, m.end()) and cue.text.split()[-1] in _COMPARATIVES:
                continue    # "would hurt households more than the Kremlin": a comparison, not a call for more
            if _time_noun_use(clause, m):
                continue    # "before the end of October": a time, no act
            polarity = cue.polarity
            first = cue.text.split()[0]
            if first not in rules.negators and not first.endswith("n't") and \
                    (at := _negator_at(clause, m.start(), rules)) is not None:
                polarity = -polarity
                spent.append(at)
            if contrast_at is not None and m.start() > contrast_at:
                polarity = -polarity
            if counters and _judges_counter(clause, m.start(), counters):
                polarity = -polarity    # "isolation would only push Damascus towards Russia": for talks
            hits.append(((m.start(), m.end()), polarity * cue.weight, cue.weight))
    hits = [h for h in hits if not any(h[0][0] <= at < h[0][1] for at in spent)]
    if not hits:
        return None
    return sum(h[1] for h in hits), max(h[2] for h in hits)


_THAN = re.compile(r"\s+than\b")
_COMPARATIVES = frozenset({"more", "less", "fewer", "greater"})

#: a verb cue used as the noun of a point in time ("before the end of October")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_OF_AFTER = re.compile(r"\s+of\b")


def _time_noun_use(clause: str, m: re.Match[str]) -> bool:
    """True for a cue matched as "the <cue> of" ("by the end of October"): a point in time."""
    return _THE_BEFORE.search(clause, 0, m.start()) is not None and _OF_AFTER.match(clause, m.end()) is not None

#: an opposition named right after a reversing cue ("lift its objections", "drop their veto"): the
#: cue acts on the opposition, not on the issue
_OPPOSITION_AFTER = re.compile(
    r"\s+(?:(?:its|their|his|her|the|a|any|all|our|my|this|that)\s+)?(?:\w+\s+)?"
    r"(?:objections?|opposition|vetoe?s?|reservations?|resistance)\b")


def _hedged(clause: str, rules: IssueRules) -> bool:
    return any(_search(h, clause) for h in rules.hedges)


def _is_instrument(clause: str, pos: int, rules: IssueRules) -> bool:
    """The phrase at ``pos`` is a means ('through sanctions', 'via military support')."""
    before = " ".join(_words_before(clause, pos, 4))
    return any(re.search(rf"(?<!\w){re.escape(w)}(?:\s+\S+){{0,2}}$", before) for w in rules.instrument)


def _read_text(text: str, start: int, actors: Any, kb: Any, rules: IssueRules,
               forced: int | None = None, exclude: Sequence[str] = ()) -> list[_Found]:
    """Issues a piece of text speaks of, with polarity. ``forced``: the polarity an event's type
    already gives (a REJECT of 'a proposal to resume talks with X'); then only action phrases count
    and no object in ``exclude`` (the event's own sources)."""
    slotted, slots = _slotted(text, start, actors)
    found: list[_Found] = []
    for clause in _clauses(slotted):
        for phrase in _candidates(rules.action_phrases if forced is not None else rules.phrases,
                                  clause):
            group = "x" if phrase.form == "action" else "s"
            for m, slot in ((hit, slot) for hit in _finditer(phrase.regex, clause)
                            for slot in _slots_of(clause, hit, group)):
                obj = _object_id(slots[int(slot)], actors, kb, phrase.relation, rules)
                if obj is None or obj in exclude:
                    continue
                issue = f"{phrase.relation}:{obj}"
                if forced is not None:
                    polarity, strength = forced * phrase.base, 0.8
                    if _criticised(clause, m.span()):
                        polarity = -polarity    # "rejected criticism of the mission": for it
                elif phrase.form == "proposition":
                    polarity = 1
                    gap = clause[m.start():m.end()]
                    if any(w in rules.negators or w.endswith("n't") for w in _WORD.findall(gap)):
                        polarity = -polarity
                    outside = clause[:m.start()] + " " * (m.end() - m.start()) + clause[m.end():]
                    if any(_search(d, outside) for d in rules.doubt):
                        polarity = -polarity
                    strength = 0.8
                else:
                    if (turned := _reversed_before(clause, m.span(), phrase.relation, rules)) is not None:
                        # a reversing verb right before the phrase turns the clause's attitude
                        # round ("it was time to end the sanctions on Russia": against them)
                        general = _cue_score(clause, m.span(), rules.cues, rules)
                        g = general[0] if general else 0.0
                        scored = (-1.0 if g >= 0 else 1.0, max(turned, general[1] if general else 0.0))
                    else:
                        scored = _cue_score(clause, m.span(), rules.cues_by_relation.get(phrase.relation, rules.cues),
                                            rules)
                    if scored is None or scored[0] == 0:
                        continue
                    polarity = (1 if scored[0] > 0 else -1) * phrase.base
                    strength = min(1.0, scored[1])
                if _hedged(clause, rules):
                    strength *= rules.hedge_factor
                instrument = bool(rules.relations.get(phrase.relation, {}).get("part_of")) and \
                    _is_instrument(clause, m.start(), rules)
                found.append(_Found(issue, polarity, strength, instrument))
        found.extend(_read_topics(clause, rules))
    return found


def _reversals(clause: str, relation: str, rules: IssueRules) -> list[tuple[Cue, re.Match[str]]]:
    """The relation's reversing cues in ``clause`` ("end", "lift"), not those acting on an
    opposition ("lift its objections") nor read as a point in time ("by the end of October")."""
    return [(c, m) for c in rules.relation_cues.get(relation, ()) if c.polarity < 0 and c.key in clause
            for m in c.regex.finditer(clause)
            if not _OPPOSITION_AFTER.match(clause, m.end()) and not _time_noun_use(clause, m)]


def _reversed_before(clause: str, span: tuple[int, int], relation: str, rules: IssueRules) -> float | None:
    """The weight of the strongest of the relation's reversals (:func:`_reversals`) standing before
    the phrase at ``span`` in the same stretch of the clause (no comma between), not undone by an
    ender; else None."""
    weights = [c.weight for c, m in _reversals(clause, relation, rules)
               if m.end() <= span[0] and "," not in clause[m.end():span[0]]
               and not _ended_at(clause, m.start(), rules)]
    return max(weights) if weights else None


def _read_topics(clause: str, rules: IssueRules) -> list[_Found]:
    """Topical issues ('a ceasefire'), only with a cue in the few words right before them."""
    found = []
    for pattern, slug in _candidates(rules.topic_patterns, clause):
        for m in _finditer(pattern, clause):
            scored = _topic_cue(clause, m.start(), rules)
            if scored is None or scored[0] == 0:
                continue
            found.append(_Found(f"topic:{slug}", 1 if scored[0] > 0 else -1,
                                min(1.0, scored[1]), False))
    return found


def _topic_cue(clause: str, at: int, rules: IssueRules) -> tuple[float, float] | None:
    """The cues in the few words right before a topic named at ``at`` (see :func:`_cue_score`);
    a negator before that window still turns them ("would not agree to a permanent truce")."""
    words = list(_WORD.finditer(clause[:at]))[-rules.topic_window:]
    return _cue_score(clause[:at], (0, words[0].start()), rules.cues, rules) if words else None


def _quote_evidence(quote: Quote, actors: Any, kb: Any, rules: IssueRules,
                    when: _dt.date | None) -> list[Evidence]:
    if not quote.speaker or not quote.text:
        return []
    # a joint statement speaks for each of its speakers ("Germany and France said …")
    holders = list(dict.fromkeys(h for v in quote.voices for h in _holders(v, actors, kb, rules, when)))
    out = []
    own = {h for h, _ in holders}
    for f in _read_text(quote.text, quote.start, actors, kb, rules):
        relation, _, obj = f.issue.partition(":")
        if obj in own and rules.relations.get(relation, {}).get("between_two"):
            continue    # "Islamabad wanted peace", said by Pakistan's foreign minister: no talks with itself
        for holder, via in holders:
            out.append(Evidence(holder, f.issue, f.polarity, f.strength, (quote.id,),
                                (quote.start, quote.end), quote.date, via, f.instrument))
    return out


def _event_objects(event: Event, where: str, actors: Any, kb: Any, relation: str,
                   rules: IssueRules) -> list[str]:
    ids = {"target": event.target, "about": event.about, "source": event.source}.get(where, ())
    out = []
    for actor_id in ids:
        obj = _object_id(actor_id, actors, kb) if where == "source" else \
            _object_id(actor_id, actors, kb, relation, rules)
        if obj and obj not in out:
            out.append(obj)
    return out


def _event_instrument(event: Event, relation: str, rules: IssueRules) -> bool:
    """The event's trigger is a means of a broader aim in its sentence ('through sanctions')."""
    if not rules.relations.get(relation, {}).get("part_of") or not event.text:
        return False
    text = _normalise(event.text)
    words = [event.trigger.lower()] if event.trigger else list(rules.trigger_words.get(relation, ()))
    for w in words:
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)
        if m and _is_instrument(text, m.start(), rules):
            return True
    return False


def _event_quote(event: Event, quotes: dict[str, Quote]) -> Quote | None:
    """The quote an event was read from: the one it names when their spans meet, else (ids from
    another numbering) the quote overlapping the event's span most."""
    if not event.quote:
        return None
    named = quotes.get(event.quote)
    if event.end <= event.start:
        return named
    def overlap(q: Quote) -> int:
        return min(q.end, event.end) - max(q.start, event.start)
    if named is not None and overlap(named) > 0:
        return named
    best = max(quotes.values(), key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def _from_trigger(event: Event) -> tuple[str, int]:
    """The part of an event's text its act governs: from the trigger to the end of the sentence
    (what was rejected or agreed to), so that another clause's issue is not read into it."""
    text = event.text
    if not event.trigger:
        return text, event.start
    m = re.search(rf"(?<!\w){re.escape(event.trigger.lower())}", _normalise(text))
    if m is None:
        return text, event.start
    end = re.search(r"[.!?;](?:\s|$)", text[m.start():])
    stop = m.start() + end.start() if end else len(text)
    return text[m.start():stop], event.start + m.start()


def _hypothetical(event: Event, rules: IssueRules) -> bool:
    """A narrated event stated as a condition ('if Washington takes the lead in negotiations')."""
    if event.quote or not event.text or not event.trigger:
        return False
    text = _normalise(event.text)
    m = re.search(rf"(?<!\w){re.escape(event.trigger.lower())}", text)
    if m is None:
        return False
    clause = re.split(r"[,;:.!?—–]", text[:m.start()])[-1]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause) for w in rules.hypothetical)


def _event_evidence(event: Event, quotes: dict[str, Quote], actors: Any, kb: Any,
                    rules: IssueRules, when: _dt.date | None) -> list[Evidence]:
    if _hypothetical(event, rules):
        return []
    quote = _event_quote(event, quotes)
    refs = (event.id,) + ((quote.id,) if quote is not None else ())
    # a position voiced in a quote dates from when it was voiced (the quote's date, else the
    # article's), not from the act it mentions ("an envoy should have been appointed months ago")
    date = event.date if quote is None else quote.date
    span = (min(event.start, quote.start), max(event.end, quote.end)) if quote else (event.start, event.end)
    strength = rules.modality_strength.get((event.modality or "").lower(), 1.0)

    found: list[tuple[str, int, float, bool]] = []      # (issue, polarity, strength, instrument)
    proposers: list[tuple[str, int, float]] = []
    rule = next((r for r in rules.event_rules if r.matches(event, actors)), None)
    if rule is not None:
        objects = _event_objects(event, rule.object, actors, kb, rule.relation, rules)
        if not objects and rule.fallback_object:
            objects = _event_objects(event, rule.fallback_object, actors, kb, rule.relation, rules)
        polarity = -rule.polarity if event.negated else rule.polarity
        instrument = _event_instrument(event, rule.relation, rules)
        for obj in objects:
            issue = f"{rule.relation}:{obj}"
            found.append((issue, polarity, strength * rule.strength, instrument))
            if rule.target_polarity is not None:
                proposers.append((issue, int(rule.target_polarity), rule.target_strength))
    elif event.type in rules.phrase_fallback and event.text:
        forced = rules.phrase_fallback[event.type] * (-1 if event.negated else 1)
        proposal = any(w in rules.proposal_words for w in _WORD.findall(_normalise(event.text)))
        own = [_object_id(a, actors, kb) or a for a in event.source]
        text, offset = _from_trigger(event)
        for f in _read_text(text, offset, actors, kb, rules, forced=forced, exclude=own):
            found.append((f.issue, f.polarity, strength * f.strength, f.instrument))
            if proposal and forced < 0:
                # the authors stand where the rejecter does not: for talks when talks are
                # rejected, against trade when tariffs are ("rejected a proposal to raise tariffs")
                proposers.append((f.issue, -f.polarity, 0.5))

    sources: list[tuple[str, str | None]] = []
    for source in event.source:
        for pair in _holders(source, actors, kb, rules, when):
            if pair not in sources:
                sources.append(pair)
    # the speaker of the event's quote acts for the source state: the person keeps a stance too
    if quote is not None and quote.speaker:
        state = _speaks_for(quote.speaker, actors, kb, rules, when)
        if state in event.source or quote.speaker in event.source:
            sources = [(h, quote.speaker if h == state and v is None else v) for h, v in sources]
            if (quote.speaker, None) not in sources:
                sources.append((quote.speaker, None))

    out: list[Evidence] = []
    for issue, polarity, s, instrument in found:
        obj = issue.partition(":")[2]
        for holder, via in sources:
            if rule is not None and rule.object != "source" \
                    and (holder == obj or holder.startswith("person:") and _state_of(holder, actors, kb) == obj):
                continue    # (nor a person of that state: an Egyptian minister's talks "with Egypt")
            out.append(Evidence(holder, issue, polarity, s, refs, span, date, via, instrument))
    for issue, polarity, s in proposers:
        for target in event.target:
            for holder, via in _holders(target, actors, kb, rules, when):
                if holder != issue.partition(":")[2]:
                    out.append(Evidence(holder, issue, polarity, s, (event.id,),
                                        (event.start, event.end), event.date, via))
    return out


def _fold_instruments(evidence: list[Evidence], rules: IssueRules) -> list[Evidence]:
    """Drop a means ('military support to Ukraine' in 'pressure on Russia through military support
    to Ukraine') when the same holder's overlapping evidence names the broader aim, and a relation
    where the same holder's overlapping evidence names a topic."""
    kept = []
    topical = [o for o in evidence if o.issue.startswith("topic:")]
    for ev in evidence:
        if not ev.issue.startswith("topic:") and any(
                o.holder == ev.holder and o.span[0] < ev.span[1] and ev.span[0] < o.span[1]
                for o in topical):
            continue    # the same words read as a topic ('duties on Chinese steel') and a relation
        if ev.instrument:
            broader = rules.relations.get(ev.issue.partition(":")[0], {}).get("part_of")
            if any(o is not ev and not o.instrument and o.holder == ev.holder
                   and o.issue.partition(":")[0] == broader
                   and o.span[0] < ev.span[1] and ev.span[0] < o.span[1] for o in evidence):
                continue
        kept.append(ev)
    return kept


def _ref_key(ref: str) -> tuple[int, int, str]:
    m = re.match(r"^([a-z]+)(\d+)$", ref)
    if not m:
        return (2, 0, ref)
    return (0 if m.group(1) == "q" else 1, int(m.group(2)), ref)


def _month(ev: Evidence, when: _dt.date | None) -> str:
    """The month a piece of evidence speaks for: its own (day, month or quarter: its first
    month) date, else publication."""
    key = _date_key(ev.date)
    if key is not None and key[3] >= 1:
        return f"{key[0]:04d}-{key[1]:02d}"
    return f"{when.year:04d}-{when.month:02d}" if when else ""


def _combine(holder: str, issue: str, items: list[Evidence]) -> Stance | None:
    """One stance from evidence on one (holder, issue): the weighted sign of its evidence (0 when
    it is mixed), strength = agreement x combined confidence, date = the latest dated evidence."""
    per_ref: dict[tuple[str, ...], list[Evidence]] = defaultdict(list)
    for ev in items:
        per_ref[ev.refs].append(ev)
    score = total = 0.0
    miss = 1.0
    for group in per_ref.values():
        signed = sum(e.polarity * e.strength for e in group)
        weight = max(e.strength for e in group)
        if signed == 0:
            total += weight
            continue
        score += (1 if signed > 0 else -1) * weight
        total += weight
        miss *= 1 - min(weight, 1.0)
    if total == 0:
        return None
    agreement = abs(score) / total
    polarity = 0 if agreement < 0.34 else (1 if score > 0 else -1)
    strength = round(min(1.0, agreement * (1 - miss)) if polarity else 1 - miss, 3)
    dated = [e.date for e in items if _date_key(e.date) is not None]
    date = max(dated, key=_date_key) if dated else None  # type: ignore[arg-type]
    refs = sorted({r for e in items for r in e.refs if not r.startswith("s")}, key=_ref_key)
    vias = Counter(e.via for e in items if e.via)
    return Stance(actor=holder, issue=issue, polarity=polarity, date=date, evidence=tuple(refs),
                  strength=strength, via=vias.most_common(1)[0][0] if vias else None,
                  spans=_evidence_spans(items))


def _evidence_spans(items: list[Evidence]) -> tuple[tuple[int, int], ...]:
    """The words of a stance's evidence, in text order, a span inside another left out (a
    quote read within its sentence)."""
    spans = sorted({e.span for e in items if e.span[1] > e.span[0]}, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s in spans:
        if out and s[1] <= out[-1][1]:
            continue
        out.append(s)
    return tuple(out)


def _aggregate(evidence: list[Evidence], when: _dt.date | None = None) -> list[Stance]:
    """One stance per (holder, issue), or one per polarity when the months the evidence speaks
    for disagree (an earlier position recalled beside the current one)."""
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for ev in evidence:
        groups[(ev.holder, ev.issue)].append(ev)
    stances = []
    for (holder, issue), items in groups.items():
        months: dict[str, list[Evidence]] = defaultdict(list)
        for ev in items:
            months[_month(ev, when)].append(ev)
        per_month = {m: _combine(holder, issue, evs) for m, evs in months.items()}
        polarities = {s.polarity for s in per_month.values() if s is not None}
        if len(polarities) <= 1 or len(months) == 1:
            whole = _combine(holder, issue, items)
            if whole is not None:
                stances.append(whole)
            continue
        by_polarity: dict[int, list[Evidence]] = defaultdict(list)
        for m, st in per_month.items():
            if st is not None:
                by_polarity[st.polarity].extend(months[m])
        for pol, evs in by_polarity.items():
            st = _combine(holder, issue, evs)
            if st is not None:
                stances.append(replace(st, polarity=pol))
    return stances


# --------------------------------------------------------------------------------------------
# Passages: whole sentences, their subjects and the article's frame
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence (char offsets into the article) and the actors holding what it says:
    the subjects of its highest verb, else the speakers of the quotes it overlaps."""

    start: int
    end: int
    holders: tuple[str, ...]
    #: where the clause tells of others' acts its reporter reports as done ("Germany said France
    #: opposed talks": the words of "France opposed talks"), char spans: a quote within one is
    #: the doers' stand, not the reporter's
    acts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Passage:
    """One sentence read whole, so that narrated positions ('Germany and Poland have opposed the
    plan') and words around partial quotes count; ``refs`` are the quotes and events inside it."""

    start: int
    text: str
    clauses: tuple[Clause, ...]
    refs: tuple[str, ...] = ()
    date: DateValue | None = None


@dataclass(frozen=True)
class _Align:
    """'X took the same line (as Y)': X gets Y's stance (the previous holder's when Y is unnamed)."""

    holders: tuple[tuple[str, str | None], ...]
    partner: str | None
    sign: int
    issue: str
    refs: tuple[str, ...]
    span: tuple[int, int]
    date: DateValue | None


def _second_speakers(text: str) -> list[tuple[int, int]]:
    """Where ", and <Name> said" opens another speaker's statement: after a closing quotation mark
    or a lower-case word, not after a name ("France, Germany, and Italy said" is one subject)."""
    out = []
    for m in _SECOND_SPEAKER.finditer(text):
        before = text[:m.start()].split()
        if any(ch in "\"”’" for ch in m.group(1)) or (before and before[-1][:1].islower()):
            out.append((m.start(), m.end()))
    return out


#: a name (or names) with the participle of its act: "Germany voting", "the Netherlands backing",
#: "Poland and the Baltic states backing"
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:states|countries|nations|governments|allies))?"
_NAMES = r"(?:" + _NAME + r"(?:,\s*|,?\s+and\s+))*" + _NAME
_NAMED_PARTICIPLE = _NAMES + r"\s+[a-z]+ing\b"
_SECOND_PARTICIPLE = re.compile(r",?\s+and\s+(?=" + _NAMED_PARTICIPLE + ")")
_FIRST_PARTICIPLE = re.compile(r"\bwith\s+" + _NAMED_PARTICIPLE)
_LOWER_WORD_END = re.compile(r"\b[a-z][\w'’-]*$")


#: a second named voter's act after "and": "France abstained and Spain and Portugal voted against"
_SECOND_VOTER = re.compile(r",?\s+and\s+(?=" + _NAMES + r"\s+(?:also\s+)?(?:voted|abstained|backed|opposed|"
                           r"supported|rejected|blocked|vetoed)\b)")


def _second_voters(text: str) -> list[tuple[int, int]]:
    """Where "and" opens a second named holder's vote after a first one's act in the past tense
    ("France abstained and Spain and Portugal voted against": two holders, two positions); not
    "France and Spain voted against" (one act of two)."""
    return [(m.start(), m.end()) for m in _SECOND_VOTER.finditer(text)
            if _LOWER_WORD_END.search(text, 0, m.start())]


def _second_participles(text: str) -> list[tuple[int, int]]:
    """Where "and" opens a second named holder's act after a first one set off by "with": "with
    Germany voting against and France backing the duties" (two holders, two positions), not
    "with France and Germany pushing for talks" (one act of two)."""
    return [(m.start(), m.end()) for m in _SECOND_PARTICIPLE.finditer(text)
            if _FIRST_PARTICIPLE.search(text, 0, m.start())
            and _LOWER_WORD_END.search(text, 0, m.start())]   # (not "Italy and Hungary refusing")


_OPENING_PARTICIPLE = re.compile(r"(?:with\s+)?" + _NAMED_PARTICIPLE)


def _participle_holders(text: str, start: int, end: int, actors: Any) -> list[str]:
    """The actors named by a clause that opens with names and the participle of their act ("France
    backing the duties" after "with Germany voting against and"), which the parser may have hung
    anywhere but as a subject."""
    m = _OPENING_PARTICIPLE.match(text, start, end)
    return actors.resolve_all(start, m.end()) if m is not None else []


def clause_spans(text: str, speakers: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Character spans of the clauses of one sentence: split at semicolons, dashes, 'but',
    'however', 'while', 'because', 'after' a named actor's act, before a second speaker's
    statement (:func:`_second_speakers`, and ", and" before any of ``speakers``, the offsets in
    ``text`` where a quote's speaker starts) and before a second holder's act in a "with" phrase
    (:func:`_second_participles`)."""
    spans, pos = [], 0
    cuts = sorted([(m.start(), m.end()) for m in _CLAUSE_SPLIT.finditer(text)] + _second_speakers(text)
                  + _second_participles(text) + _second_voters(text)
                  + [(m.start(), at) for at in speakers if 0 < at <= len(text)
                     for m in [_AND_BEFORE.search(text, 0, at)] if m is not None])
    for start, end in cuts:
        if start < pos:
            continue
        if start > pos:
            spans.append((pos, start))
        pos = end
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


#: ", and" right before a point: where a second speaker's statement opens
_AND_BEFORE = re.compile(r",\s*and\s+$")

#: one more object coordinated right after a phrase's slot: ", ⟦1⟧", " and ⟦2⟧", ", or the ⟦3⟧"
_MORE_SLOTS = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?⟦(\d+)⟧")


def _slots_of(clause: str, m: re.Match[str], group: str = "x") -> list[str]:
    """The slot a phrase matched and those coordinated right after it, when the phrase ends at
    its slot: "sanctions on ⟦0⟧, ⟦1⟧ and ⟦2⟧" names three objects, not one."""
    slots = [m.group(group)]
    pos = m.end(group) + 1                  # past the slot's closing bracket
    if pos != m.end():
        return slots
    listed: list[str] = []
    while (more := _MORE_SLOTS.match(clause, pos)) is not None:
        listed.append(more.group(1))
        pos = more.end()
        if re.search(r"\b(?:and|or)\s", more.group(0)):
            slots += listed        # a list ends in "and"/"or": "⟦0⟧, ⟦1⟧ and ⟦2⟧"
            listed = []
    return slots                   # not a trailing ", ⟦1⟧" alone: "on Russia, China said"


#: a topic set as the time of what the clause is about: "to send a force to Ukraine after a
#: ceasefire", "talks would resume once a truce holds"
_TIME_BEFORE = re.compile(r"\b(?:after|before|until|till|once|following|pending)\s+(?:(?:a|an|the|any|any\s+future)\s+)?$",
                          re.IGNORECASE)


def _explicit_issues(clause: str, slots: list[str], actors: Any, kb: Any,
                     rules: IssueRules) -> list[tuple[str, tuple[int, int], int]]:
    """The issues a slotted clause names outright (action phrases and topics), cue or not, with
    the phrase's base polarity. A topic wins over a relation named by the same words ('duties on
    Chinese steel' is the steel-duties topic, not trade with China)."""
    topics = []
    for pattern, slug in _candidates(rules.topic_patterns, clause):
        topics.extend((f"topic:{slug}", m.span(), 1) for m in _finditer(pattern, clause)
                      if not _TIME_BEFORE.search(clause, 0, m.start()))
    found = []
    for phrase in _candidates(rules.action_phrases, clause):
        for m in _finditer(phrase.regex, clause):
            if any(m.start() < e and s < m.end() for _, (s, e), _ in topics):
                continue
            for slot in _slots_of(clause, m):
                obj = _object_id(slots[int(slot)], actors, kb, phrase.relation, rules)
                issue = f"{phrase.relation}:{obj}"
                if obj is not None and not any(i == issue for i, _, _ in found):
                    found.append((issue, m.span(), phrase.base))
    # in the order the clause names them, means last: the first is what its cue is about
    # ("prepared to send troops to Ukraine to help police any ceasefire" is on the deployment;
    # "to put pressure, also through the military support to Ukraine, on Russia" on the pressure)
    return sorted(topics + found, key=lambda named: (_is_instrument(clause, named[1][0], rules), named[1][0]))


class _Reading:
    """One article's slotted texts and the issues they name, each read once: a passage of one
    clause is read for the article's frame and again for its evidence."""

    def __init__(self, actors: Any, kb: Any, rules: IssueRules):
        self.actors, self.kb, self.rules = actors, kb, rules
        self._slotted: dict[tuple[str, int], tuple[str, list[str]]] = {}
        self._issues: dict[tuple[str, tuple[str, ...]], list[tuple[str, tuple[int, int], int]]] = {}

    def slotted(self, text: str, start: int) -> tuple[str, list[str]]:
        found = self._slotted.get((text, start))
        if found is None:
            found = self._slotted[(text, start)] = _slotted(text, start, self.actors)
        return found

    def issues(self, clause: str, slots: list[str]) -> list[tuple[str, tuple[int, int], int]]:
        key = (clause, tuple(slots))
        found = self._issues.get(key)
        if found is None:
            found = self._issues[key] = _explicit_issues(clause, slots, self.actors, self.kb, self.rules)
        return found


def article_frames(passages: Sequence[Passage], actors: Any, kb: Any = None,
                   rules: IssueRules | None = None) -> tuple[str | None, dict[str, str]]:
    """The issue an article is mainly about (the one its sentences name most, the headline
    twice) and, per relation or topic, its most-named issue: what 'the idea' or 'the envoy' means."""
    return _frames(passages, _Reading(actors, kb, rules or issue_rules()))


def _frames(passages: Sequence[Passage], reading: _Reading) -> tuple[str | None, dict[str, str]]:
    counts: Counter[str] = Counter()
    for i, p in enumerate(passages):
        holders = [h for c in p.clauses for h in c.holders]
        for issue, _, _ in reading.issues(*reading.slotted(p.text, p.start)):
            if holders and all(_talks_with_own_bloc(h, issue, reading.actors, reading.kb, None) for h in holders):
                continue  # "Ankara's envoy to the alliance told colleagues …": a member's seat
            counts[issue] += 2 if i == 0 else 1
    frames: dict[str, str] = {}
    for issue, _ in counts.most_common():
        kind = issue if issue.startswith("topic:") else issue.partition(":")[0]
        frames.setdefault(kind, issue)
    main = counts.most_common(1)[0][0] if counts else None
    return main, frames


#: "a deal with ⟦2⟧": an agreement the clause gives its own counterpart
_WITH_COUNTERPART = re.compile(r"\b(?:deal|agreement|pact|accord|arrangement|talks|dialogue)\b(?: [\w-]+){0,2}? "
                               r"(?:with|between) (?:the )?⟦(\d+)⟧")


def _with_another(clause: str, slots: Sequence[str] | None, issue: str) -> bool:
    """True when the clause's deal or talks are with a counterpart other than the issue's object:
    "reached a staff-level agreement with the International Monetary Fund" does not refer back to
    a trade deal with the United States."""
    if not slots:
        return False
    obj = issue.partition(":")[2]
    found = [slots[int(m.group(1))] for m in _WITH_COUNTERPART.finditer(clause) if int(m.group(1)) < len(slots)]
    return bool(found) and obj not in found


def _anaphor_issue(clause: str, main: str | None, frames: dict[str, str],
                   rules: IssueRules, slots: Sequence[str] | None = None) -> tuple[str | None, int]:
    """The issue a clause refers back to without naming it ('the plan', 'the envoy'), with the
    sign of the words that refer to it: -1 for a restriction of the relation ('backed the
    tariffs' in an article on trade with China is against that trade); not when the clause gives
    its deal a counterpart of its own (:func:`_with_another`)."""
    for kind, patterns in rules.anaphors.items():
        if kind != "general" and kind in frames and (found := next((m for p in patterns if (m := _search(p, clause))),
                                                                   None)):
            if _with_another(clause, slots, frames[kind]):
                continue
            if any(c.start() <= found.start() and found.end() <= c.end()
                   for p in rules.counter_anaphors.get(kind, ()) if (c := _search(p, clause))):
                return frames[kind], -1     # "the suspension of the agreement": against it
            return frames[kind], 1
    for slug, patterns in rules.topic_anaphors.items():
        key = f"topic:{slug}"
        if key in frames and any(_search(p, clause) for p in patterns):
            return frames[key], 1
    for kind, patterns in rules.counter_anaphors.items():
        if kind in frames and any(_search(p, clause) for p in patterns):
            return frames[kind], -1
    if main and any(_search(p, clause) for p in rules.anaphors.get("general", ())) \
            and not _of_another_kind(clause, main, rules):
        return main, 1    # not "the European plan" to restore the sanctions, in an article on talks
    if main and any(p.search(clause) for p in rules.elliptical):
        return main, 1    # "Austria and the Czech Republic also voted against,": the article's vote
    return None, 1


#: a relative clause set off by commas inside a clause: ", which has no coast,"
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]*,")


def _clause_polarity(clause: str, span: tuple[int, int], relation: str,
                     rules: IssueRules) -> tuple[int, float] | None:
    """Polarity and strength of a clause towards an issue: the general cues, turned round by a
    reversal of the issue's relation ('not support *lifting* the measures'); a weak positive
    stance under a condition ('open to it if ...', 'only if') is neutral. A relative clause set off
    by commas describes someone, it holds no cue ("Bolivia, which has no coast, called for
    dialogue" is for it), unless the issue is named inside it."""
    clause = _ASIDE.sub(lambda m: m.group(0) if m.start() <= span[0] < m.end() else " " * len(m.group(0)),
                        clause)
    general = _cue_score(clause, span, rules.cues, rules, rules.counter_anaphors.get(relation, ()))
    cues = rules.relation_cues.get(relation, ())
    rel_for = _cue_score(clause, span, tuple(c for c in cues if c.polarity > 0), rules)
    # (a reversal after a named issue turns it only within its phrase: not past a comma, "blocked
    # the sanctions on Russia, demanding guarantees … when Russian supplies end")
    reversals = [(c, m) for c, m in _reversals(clause, relation, rules)
                 if m.start() < span[0] or not c.before and (span[1] == 0 or "," not in clause[span[1]:m.start()])]
    # a reversal an ender undoes is none ("lifted its veto on aid to Ukraine": for the aid)
    reversal: list[float] = []
    undone: list[float] = []
    for c, m in reversals:
        (undone if _ended_at(clause, m.start(), rules) else reversal).append(c.weight)
    if undone and not reversal:
        weight = max(undone)
        rel_for = (weight + (rel_for[0] if rel_for else 0.0), max(weight, rel_for[1] if rel_for else 0.0))
    g = general[0] if general else 0.0
    strongest = max(general[1] if general else 0.0, rel_for[1] if rel_for else 0.0)
    if reversal:
        polarity = -(1 if g >= 0 else -1)
        strongest = max(strongest, max(reversal))
    else:
        total = g + (rel_for[0] if rel_for else 0.0)
        if total == 0:
            return None
        polarity = 1 if total > 0 else -1
    if polarity > 0 and any(_search(c, clause) for c in rules.conditions) and \
            (strongest < rules.condition_weight or re.search(r"\bonly\b", clause)):
        polarity = 0
    return polarity, min(1.0, strongest)


def _of_another_kind(clause: str, main: str, rules: IssueRules) -> bool:
    """The clause refers to an issue of another kind than the article's main one, which the article
    never names outright ("Moscow would oppose any attempt to restore the sanctions" in an article
    on talks with Washington), or names that kind's own word ("backed direct talks" in an article on
    pressure): not the main issue."""
    kind = main.partition(":")[0]
    return any(k != kind and any(_search(p, clause) for p in patterns)
               for table in (rules.definite_anaphors, rules.trigger_patterns) for k, patterns in table.items())


#: what follows a cue when it names its own object: a determiner and a noun ("opposed any
#: deployment"), or an actor's thing named with what it is about ("backed Morocco's autonomy plan";
#: "backed Poland's call" is the call the article is about)
_DETERMINED_NOUN = re.compile(r"\s+(?:(?:any|the|a|an|all|every|such|this|that|these|those)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){0,2}"
                              r"|⟦\d+⟧(?:'s|’s)\s+(?:[\w-]+\s+){1,2})[a-z][\w-]*")


def _own_object_cues(clause: str, main: str, rules: IssueRules) -> list[tuple[int, int]]:
    """The spans of the firm cues in ``clause`` that take an object of their own (see
    :func:`_own_object`)."""
    own_words = rules.relation_cues.get(main.partition(":")[0], ())
    out = []
    for cue in _present_cues(rules.cues, clause):
        for m in cue.regex.finditer(clause):
            after = _DETERMINED_NOUN.match(clause, m.end())
            if after is None:
                continue
            # (an actor's adjective inside refers back all the same: "backed the French proposal")
            obj = re.sub(r"(?<=\s)⟦\d+⟧\s+", "", clause[m.end():after.end()])
            if not any(_search(p, obj) for patterns in rules.anaphors.values() for p in patterns) \
                    and not any(_search(r, obj) for r in rules.reversals) \
                    and not any(w.regex.search(obj) for w in own_words):
                out.append(m.span())
    return out


def _own_object(clause: str, main: str, rules: IssueRules) -> bool:
    """The firm cue of a clause takes an object of its own that refers back to nothing: "Berlin
    opposed any deployment that …" in an article on talks speaks of the deployment, not of the
    talks ("Finland remained sceptical", "opposed the idea", "welcomed the veto", "backed a gradual
    easing" of the sanctions an article is about still take the article's issue)."""
    return bool(_own_object_cues(clause, main, rules))


def _mixed(clause: str, rules: IssueRules) -> bool:
    """The clause holds cues of both signs ("said it supported “all efforts toward peace” and
    rejected the allegations as baseless"): it says where its holder stands on something, not
    which way on an issue it does not name."""
    signs = {c.polarity > 0 for c in _present_cues(rules.cues, clause) if c.regex.search(clause)}
    return len(signs) == 2


#: a clause that puts something forward ("called for the suspension of the agreement")
_PUTS_FORWARD = re.compile(r"\b(?:call(?:s|ed|ing)? for|propos(?:e|es|ed|ing)|push(?:es|ed|ing)? for|"
                           r"suggest(?:s|ed|ing)?)\b")
#: what refers back to the thing put forward ("Germany rejected the idea")
_PROPOSAL_ANAPHOR = re.compile(r"\b(?:the|that|this|such an?) (?:idea|proposal|plan|call|suggestion)\b")


def _passage_evidence(p: Passage, reading: _Reading, when: _dt.date | None,
                      main: str | None, frames: dict[str, str],
                      voted: list[tuple[str, int]] | None = None,
                      proposed: list[tuple[str, int]] | None = None) -> tuple[list[Evidence], list[_Align]]:
    """Evidence from one sentence: per clause, the issue it names (or refers back to, or the
    article's main issue under a firm cue), the holders' polarity from the cues, proposal authors,
    and alignments with other actors. ``voted`` (kept across the article's sentences) holds the
    issue and sign of the latest vote whose object was named: a vote whose object is left out
    ("Hungary voted no.") is on that ("voted against EU tariffs on Chinese cars": against the
    tariffs, so for trade)."""
    actors, kb, rules = reading.actors, reading.kb, reading.rules
    out: list[Evidence] = []
    aligns: list[_Align] = []
    refs = p.refs or (f"s{p.start}",)
    previous: tuple[int, float] | None = None
    earlier: tuple[str, int] | None = None      # the issue an earlier clause of the sentence named
    for c in p.clauses:
        text = p.text[c.start - p.start:c.end - p.start]
        clause, slots = reading.slotted(text, c.start)
        holders: list[tuple[str, str | None]] = []
        for h in c.holders:
            holders.extend(x for x in _holders(h, actors, kb, rules, when) if x not in holders)
        named = reading.issues(clause, slots)
        pronoun = None if named or earlier is None else _OBJECT_PRONOUN.search(clause)
        if named:
            issue, span, base = named[0]
            earlier = (issue, base)
            if voted is not None and _VOTE.search(clause):
                voted.append((issue, base))
        elif voted and any(pat.search(clause) for pat in rules.elliptical):
            (issue, base), span = voted[-1], (0, 0)
            # what the vote was on is what "the measure" means after it ("Ten countries voted in
            # favour, while five opposed the measure")
            earlier = (issue, base)
        elif earlier is not None and any(_search(a, clause) for a in rules.anaphors.get("general", ())):
            # "Germany voted against EU tariffs on Chinese cars, as France backed the measure": the
            # measure is what the sentence named before (the tariffs, against trade)
            (issue, base), span = earlier, (0, 0)
        elif pronoun is not None:
            # "failed to agree on lifting the sanctions on Syria, with Germany pushing to keep
            # them": "them" is the issue the sentence named just before
            (issue, base), span = earlier, pronoun.span()
        elif proposed and _PROPOSAL_ANAPHOR.search(clause):
            # "Albares called for the suspension of the agreement … Germany rejected the idea": the
            # idea is the suspension put forward before (against the trade), so Germany is for it
            (issue, base), span = proposed[-1], (0, 0)
        else:
            (issue, base), span = _anaphor_issue(clause, main, frames, rules, slots), (0, 0)
            if issue is not None and base < 0:
                # a restriction the clause referred back to is what a pronoun after it means
                # ("France voted in favour of the tariffs, while Germany opposed them": the
                # tariffs, so Germany is for the trade); the sign is what matters
                earlier = (issue, base)
        if issue is not None and proposed is not None and _PUTS_FORWARD.search(clause):
            proposed.append((issue, base))
        scored = _clause_polarity(clause, span, (issue or "").partition(":")[0], rules)
        if named and (blamed := _accused_of(clause, span, issue, rules)) is not None:
            scored = blamed
        elif named and scored is not None and _criticised(clause, span):
            scored = (-scored[0], scored[1])    # "rejected criticism of the mission": for the mission
        if named and issue.startswith("topic:"):
            # a topic is judged by the cue right before it, as in _read_topics: "said it supported
            # “all efforts toward peace” and rejected the allegations" is for peace
            near = _topic_cue(clause, span[0], rules)
            if near is not None and near[0] != 0:
                scored = (1 if near[0] > 0 else -1, min(1.0, near[1]))
        if scored is None and previous is not None and re.match(r"\s*not\b", clause):
            scored = (-previous[0], previous[1])        # elliptical 'but not X'
        previous = scored
        if any(_search(q, clause) for q in _candidates(rules.undecided, clause)):
            # 'divided over whether to lift'; 'Poland and Hungary clashed over a proposed aid
            # package': the holders stand on opposite sides, the clause does not say which
            scored = None
        aligned = [(m, sign, has_slot)
                   for pattern, sign, has_slot in _candidates(rules.alignment, clause)
                   for m in _finditer(pattern, clause)]
        # a firm cue takes the article's issue, unless it answers an accusation ("Pakistan rejected
        # the charge"), weighs several things (:func:`_mixed`) or speaks of another kind of issue
        # (:func:`_of_another_kind`)
        if issue is None and main and holders and (aligned or (
                scored and scored[1] >= rules.fallback_weight and not _mixed(clause, rules)
                and not any(_search(r, clause) for r in rules.rebuttals)
                and not _of_another_kind(clause, main, rules)
                and not _own_object(clause, main, rules)
                and not _with_another(clause, slots, main))):
            issue = main
            # read again with the main issue's own words: "Paris backed a gradual easing" of the
            # sanctions is against them
            scored = _clause_polarity(clause, span, main.partition(":")[0], rules) or scored
        if issue is None:
            continue
        if scored is not None and not named and any(_search(r, clause) for r in rules.reversals):
            scored = (-scored[0], scored[1])    # "welcomed the veto": against what was vetoed
        # "sanctions on Mali, Burkina Faso and Niger": one phrase, an issue per object
        issues = [issue] + [i for i, sp, _ in named[1:] if sp == span and i != issue]
        ev_span = (c.start, c.end)
        # read once for all the clause's issues: proposal authors, alignment partners, polarity
        authors = [(h, via) for pattern in rules.authors for m in _finditer(pattern, clause)
                   for slot in re.findall(r"⟦(\d+)⟧", m.group("run"))
                   for h, via in _holders(slots[int(slot)], actors, kb, rules, when)
                   if _actor_type(h, actors, kb) in ("state", "bloc") or via]
        partners = [(_object_id(slots[int(m.group("x"))], actors, kb) if has_slot else _adjective_partner(m, kb),
                     has_slot, sign) for m, sign, has_slot in aligned]
        if scored is not None:
            polarity, strength = scored[0] * base, scored[1]
            if _hedged(clause, rules):
                strength *= rules.hedge_factor
        for issue in issues:
            relation, _, obj = issue.partition(":")
            # (nor, for talks, anyone of the object's own state: "Dialogue is the only way forward,"
            # said by Greece's foreign minister, is no stance on talks with Greece)
            own = [(h, via) for h, via in holders if h != obj and not (
                rules.relations.get(relation, {}).get("between_two") and _state_of(h, actors, kb) == obj)]
            # the authors are for what they propose: for talks, against trade when it is tariffs
            out.extend(Evidence(h, issue, base, 0.6, refs, ev_span, p.date, via) for h, via in authors if h != obj)
            # (siding with the issue's own object is no alignment: "backed Ukraine" is aid to it)
            sides = [(partner, has_slot, sign) for partner, has_slot, sign in partners if partner != obj]
            aligns.extend(_Align(tuple(own), partner, sign, issue, refs, ev_span, p.date)
                          for partner, has_slot, sign in sides if partner is not None or not has_slot)
            if scored is not None and not sides:
                # (a clause that sides with another takes the other's stance: "backed the Dutch
                # position" is for the Dutch position, not for the issue)
                out.extend(Evidence(h, issue, polarity, 0.8 * strength, refs, ev_span, p.date, via)
                           for h, via in own)
    return out, aligns


#: an accusation and the act it blames on someone: "accused Hungary of blocking …", "blamed Kyiv
#: for …", "condemned Moscow for …" (the act is the accused's, the accuser is against it)
_ACCUSED_OF = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|"
                         r"criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|fault(?:s|ed|ing)?|"
                         r"rebuk(?:e|es|ed|ing)|castigat(?:e|es|ed|ing))\b[^;:]{0,80}?\b(?:of|for)\s+", re.IGNORECASE)


#: where the act an accusation blames ends: the accuser's next statement or another clause
_ACT_ENDS = re.compile(r",?\s+and\s+(?:said|says|told|tells|added|adds|warned|insisted|vowed|called|urged|"
                       r"promised|pledged|argued|stressed|made)\b|;|,(?![\"”’])")


#: a criticism of something, which a clause's cue judges: "rejected criticism of the mission"
_CRITICISM = re.compile(r"\b(?:criticisms?|condemnations?|accusations?|allegations?|complaints?|attacks?|"
                        r"denunciations?)\s+(?:of|over|against|about|on)\s+", re.IGNORECASE)


def _criticised(clause: str, span: tuple[int, int]) -> bool:
    """True when the issue at ``span`` is what a criticism the clause names is of (up to the
    criticism's first comma outside a quotation): the clause's cue then judges the criticism, and
    the holder stands the other way on the issue ("rejected criticism of the Kenyan-led mission in
    Haiti" is for the mission)."""
    for m in _CRITICISM.finditer(clause, 0, span[0] + 1):
        after = _ACT_ENDS.search(clause, m.end())
        if m.end() <= span[0] and span[1] <= (after.start() if after is not None else len(clause)):
            return True
    return False


def _accused_of(clause: str, span: tuple[int, int], issue: str, rules: IssueRules) -> tuple[int, float] | None:
    """The accuser's polarity on an issue named inside the act an accusation blames on another:
    against that act as its own cues read it ("accused Orban of “doing Putin's work” by blocking
    aid for Ukraine" is for the aid), or None when the issue lies outside such an act (up to its
    first comma outside a quotation) or the act has no cue of its own ("accused the West of arming
    Ukraine": the accusation's own cue reads it)."""
    m = _ACCUSED_OF.search(clause)
    if m is None or span[0] < m.end():
        return None
    after = _ACT_ENDS.search(clause, m.end())
    end = after.start() if after is not None else len(clause)
    if span[1] > end:
        return None     # "accused the hawks of “sabotaging peace” and said Budapest would keep …"
    act = _clause_polarity(clause[m.end():end], (span[0] - m.end(), span[1] - m.end()), issue.partition(":")[0],
                           rules)
    if act is None or act[0] == 0:
        return None     # the act names the issue without a cue ("of arming Ukraine"): as the clause reads
    return -act[0], max(act[1], 0.8)


def _adjective_partner(m: re.Match[str], kb: Any) -> str | None:
    """The state whose adjective an alignment names without naming the state ("backed the Dutch
    position"), else None (the previous holder is meant: "took the same line")."""
    for word in re.findall(r"[A-Za-z][\w-]*", m.group(0)):
        state = _kb_call(kb, "country_of_adjective", word.capitalize())
        if state:
            return state
    return None


#: a vote (its object named or not)
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)

#: a pronoun object that refers back to what the sentence named before ("keep them", "lift it")
_OBJECT_PRONOUN = re.compile(r"(?<=\w )(?:them|it)(?![\w'’])")


def _is_headline(p: Passage) -> bool:
    """A first line without final punctuation: it names the article's issue, not who holds what."""
    return p.start == 0 and not re.search(r"[.!?\"”’]\s*$", p.text)


def _resolve_alignments(aligns: Sequence[_Align], evidence: list[Evidence],
                        when: _dt.date | None, actors: Any = None, kb: Any = None) -> list[Evidence]:
    """Evidence for actors who side with another: the partner's stance (its aggregate over the
    evidence so far), else the one stance its people took ("side with Germany" when only Germany's
    finance minister spoke), the previous holder's when no partner is named; sign -1 for 'the
    opposite'."""
    aggregated = _aggregate(evidence, when)
    stances = {(s.actor, s.issue): s.polarity for s in aggregated}
    out = []
    for a in aligns:
        own = {h for h, _ in a.holders}
        partner = a.partner
        if partner is None:
            before = [e for e in evidence if e.issue == a.issue and e.span[0] < a.span[0]
                      and e.holder not in own and _looks_like_state(e.holder) and e.polarity != 0]
            if not before:
                continue
            partner = max(before, key=lambda e: e.span[0]).holder
        polarity = stances.get((partner, a.issue))
        if not polarity:
            # "side with Germany" when only Germany's finance minister has spoken: his stance
            voices = {s.polarity for s in aggregated if s.issue == a.issue and s.polarity
                      and _actor_type(s.actor, actors, kb) == "person" and _state_of(s.actor, actors, kb) == partner}
            polarity = voices.pop() if len(voices) == 1 else None
        if not polarity:
            continue
        for h, via in a.holders:
            if h != partner:
                out.append(Evidence(h, a.issue, polarity * a.sign, 0.7, a.refs, a.span, a.date, via))
    return out


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def derive_stances(actors: Any, quotes: Sequence[Quote], events: Sequence[Event],
                   published: _dt.date | None = None, kb: Any = None,
                   rules: IssueRules | None = None,
                   people: bool = True, passages: Sequence[Passage] = ()
                   ) -> tuple[tuple[Issue, ...], tuple[Stance, ...]]:
    """Issues and stances of one article from its actors, quotes and events (no spaCy needed).

    ``actors`` is an :class:`~faultline.extract.actors.ActorIndex` (or anything with ``get``,
    ``state_of`` and ``at``); quote texts are read where no event already carries the issue.
    ``people=False`` leaves out a person's own stance where their state's stance (``via`` them)
    carries it, as the gold files do. ``passages`` (see :func:`passages`) add what whole sentences
    say: narrated positions, the article's issue referred back to ('the idea'), alignments.
    """
    rules = rules or issue_rules()
    when = as_date(published)
    by_id = {q.id: q for q in quotes}
    from_quotes: dict[tuple[str, str, str], Evidence] = {}
    for quote in quotes:
        for ev in _quote_evidence(quote, actors, kb, rules, when):
            from_quotes.setdefault((ev.holder, ev.issue, quote.id), ev)
    evidence: list[Evidence] = []
    for event in events:
        for ev in _event_evidence(event, by_id, actors, kb, rules, when):
            # the words of the event's own quote know the polarity better than its type
            # ("sanctions on X should be lifted" read as a SANCTION event)
            said = next((from_quotes[k] for k in ((ev.holder, ev.issue, r) for r in ev.refs[1:])
                         if k in from_quotes), None)
            if said is not None and said.polarity != ev.polarity:
                ev = replace(ev, polarity=said.polarity)
            evidence.append(ev)
    carried = {(ev.holder, ev.issue, ref) for ev in evidence for ref in ev.refs}
    # what a reporter tells of another's act is the other's stand, not the reporter's: "Germany said
    # France opposed talks" is France's, "Netanyahu's office said Hamas had rejected every proposal
    # for a ceasefire" Hamas's (the reporter's judgement, "said France's plan was dangerous", stays)
    told = {q.id for q in quotes for p in passages for c in p.clauses for s, e in c.acts
            if s <= q.start and q.end <= e and not set(q.voices) & set(c.holders)}
    evidence.extend(ev for key, ev in from_quotes.items() if key not in carried and key[2] not in told)
    aligns: list[_Align] = []
    if passages:
        reading = _Reading(actors, kb, rules)
        main, frames = _frames(passages, reading)
        # an article whose sentences name no issue outright is framed by what its coded acts were
        # about ("The African Union suspended Guinea-Bissau … Guinea rejected any sanctions": the
        # sanctions are on Guinea-Bissau)
        if not frames:
            for issue, _ in Counter(ev.issue for ev in evidence).most_common():
                frames.setdefault(issue if issue.startswith("topic:") else issue.partition(":")[0], issue)
        voted: list[tuple[str, int]] = []
        proposed: list[tuple[str, int]] = []
        for i, p in enumerate(passages):
            if i == 0 and _is_headline(p):
                continue
            found, aligned = _passage_evidence(p, reading, when, main, frames, voted, proposed)
            evidence.extend(found)
            aligns.extend(aligned)
    evidence = [ev for ev in evidence if not _talks_with_own_bloc(ev.holder, ev.issue, actors, kb, when)
                and not (ev.polarity > 0 and _on_itself(ev.holder, ev.issue, actors, kb))]
    if aligns:
        evidence.extend(_resolve_alignments(aligns, evidence, when, actors, kb))
    stances = _aggregate(_fold_instruments(evidence, rules), when)
    if not people:
        carried_by_state = {(s.via, s.issue) for s in stances if s.via}
        stances = [s for s in stances if (s.actor, s.issue) not in carried_by_state]
    counts = Counter(s.issue for s in stances)
    order = {issue: i for i, issue in enumerate(dict.fromkeys(s.issue for s in stances))}
    issue_ids = sorted(counts, key=lambda i: (-counts[i], order[i]))
    rank = {issue: i for i, issue in enumerate(issue_ids)}
    # an actor's current stance first, before an earlier one recalled in the same article
    latest = (when.year, when.month, when.day, 0) if when else (9999, 12, 31, 0)

    def recency(s: Stance) -> tuple[int, ...]:
        return tuple(-x for x in (_date_key(s.date) or latest))

    current: dict[tuple[str, str], Stance] = {}
    for st in sorted(stances, key=recency):
        current.setdefault((st.actor, st.issue), st)
    stances.sort(key=lambda s: (rank[s.issue], -current[(s.actor, s.issue)].polarity, s.actor,
                                recency(s)))
    issues = tuple(Issue(i, issue_label(i, actors, kb, rules)) for i in issue_ids)
    return issues, tuple(stances)



_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NAME_DEPS = ("appos", "poss", "compound", "amod", "nmod")


#: words before the members a group subject lists: "ten countries, including France", "five, led
#: by Germany and Hungary", "several states, such as Poland"
_LISTING = frozenset({"including", "like", "such", "led", "among"})


def _listed_members(subject: Any, actors: Any) -> list[str]:
    """The actors a group subject names as its members ("Ten countries, including France, Italy and
    Poland, voted in favour", "five, led by Germany and Hungary, opposed the measure"): each named
    member holds what the group did. A group is a plural noun or a number, never a name."""
    if actors is None or not (subject.tag_ in ("NNS", "CD") or subject.pos_ == "NUM"):
        return []
    out: list[str] = []
    for child in subject.children:
        if child.lower_ not in _LISTING or child.dep_ not in ("prep", "acl", "amod"):
            continue
        heads = [g for g in child.subtree if g.dep_ == "pobj" and g.head.dep_ in ("prep", "agent")
                 and (g.head.i == child.i or g.head.head.i == child.i)]
        for g in heads:
            for tok in (g, *g.conjuncts):
                if (a := _token_actor(tok, actors)) is not None and a not in out:
                    out.append(a)
    return out


def _token_actor(token: Any, actors: Any) -> str | None:
    """The actor a subject token names: its own mention, else an apposition's, a possessor's or
    a modifier's ('Spain's prime minister, Pedro Sánchez'; 'the Thai government')."""
    m = actors.covering(token.idx, token.idx + len(token.text))
    if m is not None:
        return m.actor
    if unnamed_subset(token):
        return None     # "several NATO allies refused to commit forces": not NATO
    for dep in _NAME_DEPS:
        for child in token.children:
            if child.dep_ == dep:
                m = actors.covering(child.idx, child.idx + len(child.text))
                if m is None and dep == "appos":
                    # the apposition's own name, not one in a phrase of time or place inside it
                    # ("The package, the eighteenth since Russia's invasion of Ukraine, …": no one)
                    end = _naming_end(child)
                    found = actors.resolve_all(child.left_edge.idx, end.idx + len(end.text))
                    if found:
                        return found[-1]
                if m is not None:
                    return m.actor
    return None


def _naming_end(noun: Any) -> Any:
    """The last token of the part of a noun phrase that can name who it is: up to the noun and its
    "of" phrase ("the head of the UK foreign office"), not a phrase of time, place or cause after
    it ("the eighteenth since Russia's invasion", "a member in Brussels")."""
    last = noun
    for c in noun.rights:
        if c.dep_ in ("prep", "relcl", "acl", "advcl") and not (c.dep_ == "prep" and c.text.lower() == "of"):
            break
        if c.dep_ in ("punct", "cc", "conj"):
            break
        last = c.right_edge
    return last


def _subjects(doc: Any) -> tuple[list[int], list[tuple[Any, int, bool]]]:
    """The document's subject tokens (``nsubj``/``nsubjpass``) in order, each with its character
    offset and whether it is the subject of its sentence's root; with their token indices (for
    bisecting by sentence). One pass over the dependency array instead of one per clause."""
    deps = doc.to_array("DEP")
    strings = doc.vocab.strings
    wanted = {int(v) for v in set(deps.tolist()) if strings[int(v)] in _SUBJECT_DEPS}
    if not wanted:
        return [], []
    index = [i for i, v in enumerate(deps.tolist()) if v in wanted]
    subjects = []
    kept = []
    lines = doc_datelines(doc)
    for i in index:
        tok = doc[i]
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in tok.head.children):
            continue    # "it would respond if Cambodia violates it": Cambodia takes no position
        rooted = tok.head.dep_ == "ROOT"
        if lines:
            # "ATHENS, October 8 — Greece and Cyprus demanded …": the parser's subject is the
            # dateline's place; the story's own subject hangs from it or from its date
            tok = story_subject(tok, lines)
            if tok is None:
                continue
        kept.append(i)
        subjects.append((tok, tok.idx, rooted))
    return kept, subjects


#: clauses inside another, whose subject is not the outer clause's ("ruled out talks while
#: sanctions remain in place")
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "xcomp", "pcomp"})

#: conjunctions of a supposed act, whose subject holds no position by it
_SUPPOSING = frozenset({"if", "unless", "whether", "lest"})


def _clause_holders(subjects: Sequence[tuple[Any, int, bool]], start: int, end: int, actors: Any,
                    named: dict[int, list[str]]) -> list[str]:
    """Actors that are subjects inside ``[start, end)`` of the sentence whose ``subjects`` are
    given (with their conjuncts); the reporting verb's (the root's) subjects alone when there are
    any. ``named`` caches each subject token's actors."""
    inside = [(t, rooted) for t, idx, rooted in subjects if start <= idx < end]
    if not inside:
        return []

    def resolve(t: Any) -> list[str]:
        found = named.get(t.i)
        if found is None:
            # a subject and its conjuncts, else a counted group ("the four countries would vote
            # against the pact": the last four states named)
            # (and a list the parser hung as an apposition: "Germany, Italy, the Netherlands and
            # Denmark voted in favour", "Italy" the apposition of "Germany" and the rest its conjuncts)
            listed = [g for c in t.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.tag_ == "NNP")
                      and c.conjuncts
                      for g in (c, *c.conjuncts)]
            found = [a for a in (_token_actor(tok, actors) for tok in [t, *t.conjuncts, *listed]) if a] \
                or _listed_members(t, actors) \
                or (counted_group(actors, t) if actors is not None else [])
            named[t.i] = found
        return found

    if any(rooted for _, rooted in inside):      # the reporting verb's subject first
        # unless what it reports is another actor's act, done: in "Kallas said Hungary blocked the
        # statement" the blocking is Hungary's stand, not hers ("X said Y must …" stays X's); or
        # what a group the speaker's state belongs to will do ("Genevard said the four countries
        # would vote against the pact")
        own = {_state_or_self(a, actors) for t, rooted in inside if rooted for a in resolve(t)}
        acts = [(t, False) for t, rooted in inside if not rooted and resolve(t)
                and (_told_doer(t, actors) is not None
                     or _announced(t) and len(resolve(t)) > 1
                     and own & {_state_or_self(a, actors) for a in resolve(t)})]
        inside = acts or [(t, rooted) for t, rooted in inside if rooted]
    out: list[str] = []
    for t, _ in inside:
        for actor in resolve(t):
            if actor not in out:
                out.append(actor)
    return out


def _told_doer(subject: Any, actors: Any) -> str | None:
    """The actor whose act, told as done by the sentence's reporter, ``subject`` is the subject of
    ("Hungary" in "Kallas said Hungary blocked the statement"), else None."""
    return _doer(subject, actors) if _reported_act(subject) else None


def _doer(subject: Any, actors: Any) -> str | None:
    """The actor a reported act's subject names itself, or through an apposition ("Hungary
    blocked …", "Hungary's foreign minister, Péter Szijjártó, blocked …"), not a thing it owns ("the
    EU's sanctions policy had failed" is no act of the EU's)."""
    actor = _token_actor(subject, actors)
    if actor is None:
        return None
    rules = actor_rules()
    owned = subject.pos_ == "NOUN" and actors.covering(subject.idx, subject.idx + len(subject.text)) is None \
        and not is_person_word(subject) and subject.lemma_.lower() not in rules["agent_nouns"] \
        and subject.lower_ not in rules["agent_nouns"] and subject.lower_ not in rules["group_nouns"]
    return None if owned else actor


def _told_acts(subjects: Sequence[tuple[Any, int, bool]], start: int, end: int, actors: Any,
               holders: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """The char spans of the acts a clause's reporter tells of as others' (their subjects hold the
    clause, see :func:`_clause_holders`): "France opposed talks" in "Germany said France opposed
    talks"."""
    if not holders or not any(rooted for _, idx, rooted in subjects if start <= idx < end):
        return ()
    out = []
    for t, idx, rooted in subjects:
        if rooted or not start <= idx < end:
            continue
        if (a := _told_doer(t, actors)) is not None and a in holders:
            act = t.head
            # (without a clause joined to it: "said Mexico had been given every chance and that the
            # tariffs would stay" tells of one act, then says what the reporter holds)
            joined = {g.i for c in act.children if c.dep_ in ("conj", "cc") and c.i > act.i for g in c.subtree}
            words = [g for g in act.subtree if g.i not in joined]
            out.append((words[0].idx, words[-1].idx + len(words[-1])))
    return tuple(out)


def _state_or_self(actor_id: str, actors: Any) -> str:
    state = actors.state_of(actor_id) if actors is not None and hasattr(actors, "state_of") else None
    return state or actor_id


def _announced(subject: Any) -> bool:
    """True when ``subject`` is the subject of what its sentence's root reports as to be done: a
    verb with "will" or "would" in the root's clausal complement ("said the four countries would
    vote against …"), not a demand ("must", "should")."""
    verb = subject.head
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)


def _reported_act(subject: Any) -> bool:
    """True when ``subject`` is the subject of a clause its sentence's root reports as done: a
    past-tense or perfect verb with no modal, the root's clausal complement ("said Hungary blocked
    …", "said Hamas had rejected …")."""
    verb = subject.head
    # (a passive is done to its subject: "said Mexico had been given every chance")
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)
    if verb.tag_ != "VBD" and not perfect or any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children) \
            or verb.lemma_.lower() in ("be", "have"):
        return False    # (a state the reporter describes is no act: "said the Europeans had no right to …")
    # (or a clause set beside that complement: "said Germany voted against …, as France, Italy and
    # Poland backed the measure")
    while verb.head.i != verb.i and (verb.dep_ == "conj" or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in verb.children)):
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"


#: conjunctions of a clause set beside another as a fact of its own ("…, as France backed …")
_BESIDE_MARKS = frozenset({"as", "while", "whereas", "after"})


class _Spans:
    """Items with ``start`` and ``end`` (quotes, events, dates), found by their place in the text
    in their given order, without a scan of them all per sentence."""

    def __init__(self, items: Sequence[Any]):
        self.items = list(items)
        self.order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self.starts = [self.items[i].start for i in self.order]
        self.longest: int | None = None

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Items with ``item.start < end and start < item.end``, in their given order."""
        if self.longest is None:
            self.longest = max(0, max((x.end - x.start for x in self.items), default=0))
        # an item starting at or before start - longest ends at or before start
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        found = sorted(i for i in self.order[lo:hi] if start < self.items[i].end)
        return [self.items[i] for i in found]

    def starting(self, start: int, end: int) -> list[Any]:
        """Items with ``start <= item.start < end``, in their given order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.items[i] for i in sorted(self.order[lo:hi])]


def _without_participle_adjectives(doc: Any, text: str) -> str:
    """``text`` with each past participle that modifies the noun after it blanked out (same
    length): "deportations of rejected asylum seekers" is no rejection by anyone."""
    if not len(doc):
        return text
    # the candidates found in the tag and dependency arrays (a Token per word costs more)
    strings = doc.vocab.strings
    arr = doc.to_array(["TAG", "DEP", "HEAD"])
    vbn, amod = strings.add("VBN"), strings.add("amod")
    found = ((arr[:, 0] == vbn) & (arr[:, 1] == amod) & (arr[:, 2].astype("int64") > 0)).nonzero()[0].tolist()
    cuts = [(t.idx, t.idx + len(t.text)) for t in (doc[i] for i in found) if t.head.pos_ in ("NOUN", "PROPN")]
    if not cuts:
        return text
    parts, pos = [], 0
    for s, e in cuts:
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def passages(doc: Any, actors: Any, quotes: Sequence[Quote] = (), events: Sequence[Event] = (),
             dates: Sequence[Any] = ()) -> tuple[Passage, ...]:
    """The article's sentences (headline and paragraph lines apart) as passages: clause spans with
    their holders (the subjects of each clause's root-most verb, else of the sentence's, else the
    speakers of the quotes the clause overlaps), the quotes and events inside, the first dated
    expression (day, month or quarter: "at the beginning of 2026") outside the quotes' words."""
    if actors is None or not hasattr(actors, "covering"):
        return ()
    text_all = doc_text(doc)     # rebuilt by spaCy on every access: read once per doc
    read = _without_participle_adjectives(doc, text_all)
    index, subjects = _subjects(doc)
    named: dict[int, list[str]] = {}
    quote_spans, event_spans, date_spans = _Spans(quotes), _Spans(events), _Spans(dates)
    datelines = doc_datelines(doc)
    out = []
    for sent in doc.sents:
        sent_text = read[sent.start_char:sent.end_char]
        if len(sent_text) > MAX_PASSAGE:     # no prose sentence is this long (a list, a table)
            continue
        mine = subjects[bisect_left(index, sent.start):bisect_left(index, sent.end)]
        for line in re.finditer(r"[^\n]+", sent_text):
            start = sent.start_char + line.start()
            text = line.group()
            end = start + len(text)
            if not text.strip():
                continue
            root_holders = _clause_holders(mine, start, end, actors, named)
            inside = quote_spans.overlapping(start, end)
            clauses = []
            # a dateline opens no clause ("ATHENS, October 8 — Greece and Cyprus demanded …": the
            # dash ends the dateline, it does not split the sentence)
            past = (dateline_end(datelines, start) or start) - start if datelines else 0
            speakers = [q.speaker_span[0] - start - past for q in inside if q.speaker_span is not None
                        and start + past < q.speaker_span[0] < end and q.cue_span is not None
                        and q.cue_span[0] > q.speaker_span[0]]
            for cs, ce in clause_spans(text[past:], speakers):
                a, b = start + past + cs, start + past + ce
                # a clause with no subject of its own goes on with the one before ("Germany voted
                # against …, but failed to stop them, as France … backed …": Germany failed)
                # (but one whose subject names no actor holds nothing: "…, but several NATO allies
                # refused to commit forces")
                # (and one whose reporting verb cues a quote the parser gave no subject goes on with
                # that quote's speaker: "…, and Poland's government, which …, now says it …")
                holders = _clause_holders(mine, a, b, actors, named) or _participle_holders(
                    text_all, a, b, actors) or list(dict.fromkeys(
                        v for q in inside if q.cue_span is not None and a <= q.cue_span[0] < b
                        for v in q.voices)) or ([] if any(a <= idx < b and t.head.dep_ not in _SUBORDINATE
                                                          for t, idx, _ in mine) else (
                        list(clauses[-1].holders) if clauses and clauses[-1].holders else root_holders))
                if not holders:
                    holders = list(dict.fromkeys(v for q in inside if q.start < b and a < q.end
                                                 for v in q.voices))
                clauses.append(Clause(a, b, tuple(holders), _told_acts(mine, a, b, actors, holders)))
            refs = tuple(q.id for q in inside) + tuple(e.id for e in event_spans.overlapping(start, end))
            # a date inside a quote's words dates what they report, not when they were said
            date = next((d.value for d in date_spans.starting(start, end)
                         if getattr(d.value, "precision", None) in ("day", "month", "quarter")
                         and not any(q.start <= d.start and d.end <= q.end for q in inside)), None)
            out.append(Passage(start, text, tuple(clauses), refs, date))
    return tuple(out)


def _bloc_ids(kb: Any) -> list[str]:
    entries = _kb_call(kb, "blocs") or []
    ids = []
    for entry in entries:
        if isinstance(entry, str):
            ids.append(entry)
        elif getattr(entry, "type", "bloc") == "bloc":
            ids.append(entry.id)
    return ids


def find_splits(stances: Sequence[Stance], kb: Any, date: Any = None,
                mentioned_blocs: Sequence[str] = (), actors: Any = None) -> tuple[Split, ...]:
    """Allies on opposite sides: for each issue with a state for and a state against, the bloc
    holding members of both sides at ``date``. A bloc the article mentions wins, else the smallest
    bloc holding every side, else the bloc holding most of them. The issue's object never counts;
    each state counts with its latest stance (undated = the article's date); universal bodies
    (more than :data:`UNIVERSAL_BLOC` members) are no alliance."""
    when = as_date(date)
    blocs = _bloc_ids(kb)
    members = {b: frozenset(_kb_call(kb, "members", b, when) or ()) for b in blocs}
    members = {b: m for b, m in members.items() if len(m) <= UNIVERSAL_BLOC}
    latest: dict[tuple[str, str], Stance] = {}
    for s in stances:       # a state's position now, not the one it held before a shift
        if _actor_type(s.actor, actors, kb) != "state":
            continue
        prev = latest.get((s.actor, s.issue))
        if prev is None or (_date_key(s.date) or (9999,)) >= (_date_key(prev.date) or (9999,)):
            latest[(s.actor, s.issue)] = s
    by_issue: dict[str, list[Stance]] = defaultdict(list)
    for s in latest.values():
        by_issue[s.issue].append(s)
    splits = []
    for issue, items in by_issue.items():
        obj = issue.partition(":")[2]
        side_for = sorted({s.actor for s in items if s.polarity > 0 and s.actor != obj})
        side_against = sorted({s.actor for s in items if s.polarity < 0 and s.actor != obj})
        if not side_for or not side_against:
            continue
        sides = set(side_for) | set(side_against)
        candidates = [b for b, m in members.items() if m & set(side_for) and m & set(side_against)]
        if not candidates:
            continue

        bloc = min(candidates, key=lambda b: (b not in mentioned_blocs, -len(members[b] & sides),
                                              len(members[b]), b))
        m = members[bloc]
        f, a = tuple(x for x in side_for if x in m), tuple(x for x in side_against if x in m)
        refs = sorted({r for s in items if s.actor in f + a for r in s.evidence}, key=_ref_key)
        splits.append(Split(issue=issue, bloc=bloc, for_=f, against=a, evidence=tuple(refs)))
    return tuple(splits)


def _article_date(published: Any, stances: Sequence[Stance]) -> _dt.date | None:
    """The date an article's splits hold at: its publication, else its latest dated evidence."""
    when = as_date(published)
    if when is not None:
        return when
    dated = [s.date for s in stances if _date_key(s.date) is not None]
    return as_date(max(dated, key=_date_key)) if dated else None  # type: ignore[arg-type]


def find_stances(doc: Any, state: dict[str, Any], people: bool | None = None
                 ) -> tuple[tuple[Issue, ...], tuple[Stance, ...], tuple[Split, ...]]:
    """The pipeline stage: issues, stances and splits from the earlier stages' results.

    ``people`` (else ``state["stance_people"]``, default False): also keep a person's own stance
    where their state's stance carries it (by default the state stance names them in ``via``).
    """
    actors = state.get("actors")
    kb = state.get("kb")
    if kb is None:
        kb = _default_kb()
    quotes = tuple(state.get("quote_objects") or ())
    if not quotes:
        quotes = tuple(q for q in (state.get("quotes") or ()) if isinstance(q, Quote))
    events = tuple(e for e in (state.get("events") or ()) if isinstance(e, Event))
    published = state.get("published")
    if people is None:
        people = bool(state.get("stance_people", False))
    found = passages(doc, actors, quotes, events, state.get("dates") or ()) if doc is not None else ()
    issues, stances = derive_stances(actors, quotes, events, published, kb, people=people,
                                     passages=found)
    mentioned = []
    if actors is not None:
        present = {m.actor for m in getattr(actors, "mentions", [])}
        mentioned = [a.id for a in getattr(actors, "actors", {}).values()
                     if a.type == "bloc" and (a.id in present or not present)]
    splits = find_splits(stances, kb, _article_date(published, stances), mentioned, actors)
    return issues, stances, splits
