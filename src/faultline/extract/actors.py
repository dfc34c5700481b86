"""Actors: find every political actor an article mentions and resolve each mention to one id.

Passes, in order: knowledge-base names and metonyms (a PhraseMatcher over every alias: "Paris",
"the Kremlin", "Downing Street", "the U.S."), people (spaCy PERSON entities, with the role and
country the text gives them: "Russian president Vladimir Putin", "Cooper, the foreign secretary"),
surnames, role descriptions ("the head of the UK foreign office" -> the office holder at the
article's date), names only the imported dictionaries know, organisations named as such ("Nigerian
Union of Teachers"), ethnic and religious groups (by the state they live in: "ethnic Albanians in
Serbia" -> SRB) and personal pronouns. Other stages only use :class:`ActorIndex`.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import numpy
from spacy.attrs import (
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_ASCII,
    IS_PUNCT,
    IS_STOP,
    IS_TITLE,
    LENGTH,
    LOWER,
    ORTH,
    POS,
)
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from ..kb.text import ascii_fold
from ..kb.text import key as name_key
from ..model import Actor, Mention
from ..pipeline.components import doc_text
from ..pipeline.ner_windows import CALENDAR
from .dateline import dateline_end, doc_datelines, past_dateline
from .quote_lexicon import load_lexicon


@dataclass(frozen=True)
class ActorMention:
    """One resolved mention: char offsets into ``doc.text``, token offsets, and how it was found."""

    start: int
    end: int
    text: str
    actor: str
    token_start: int
    token_end: int
    how: str = "kb"  # kb | ner | role | surname | coref | description | adjective | imported | group


@dataclass
class ActorIndex:
    """The actors of one article and their mentions, queryable by character span."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def at(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying inside ``[start, end)``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end:
                out.append(m)
            i += 1
        return out

    def covering(self, start: int, end: int) -> ActorMention | None:
        """The mention that covers ``[start, end)`` (e.g. a token inside a longer name)."""
        i = bisect.bisect_right(self._starts, start)
        best = None
        for m in self.mentions[max(0, i - 8):i]:
            if m.start <= start and m.end >= end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def resolve_all(self, start: int, end: int) -> list[str]:
        """Every distinct actor mentioned inside the span, in text order ("France and Italy")."""
        seen: list[str] = []
        for m in self.at(start, end):
            if m.actor not in seen:
                seen.append(m.actor)
        return seen

    def resolve(self, start: int, end: int) -> str | None:
        """The one actor a span names: the covering mention, else the first mention inside it."""
        m = self.covering(start, end)
        if m is not None:
            return m.actor
        inside = self.at(start, end)
        return inside[0].actor if inside else None

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def state_of(self, actor_id: str | None) -> str | None:
        """The state an actor acts for: a state itself, a person's or body's country."""
        if actor_id is None:
            return None
        actor = self.actors.get(actor_id)
        if actor is None:
            return actor_id if len(actor_id) == 3 and actor_id.isupper() else None
        if actor.type == "state":
            return actor.id
        return actor.country

    def to_actors(self) -> tuple[Actor, ...]:
        """Actors with their mentions, in order of first mention (for the contract)."""
        by_actor: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_actor.setdefault(m.actor, []).append(Mention(m.start, m.end, m.text))
        out = []
        for actor_id, mentions in by_actor.items():
            base = self.actors.get(actor_id)
            if base is None:
                continue
            out.append(Actor(id=base.id, name=base.name, type=base.type, country=base.country,
                             role=base.role, mentions=tuple(mentions), wikidata=base.wikidata))
        return tuple(out)


#: relative pronouns: "Lopez, who said …" speaks through the noun phrase the clause modifies
RELATIVE = frozenset({"who", "which", "that", "whom"})


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the African Union, which suspended Sudan": the
    African Union; "the UAE, which the army accuses": the UAE), else the token itself."""
    if token.text.lower() in RELATIVE and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return token.head.head
    return token


# --------------------------------------------------------------------------------------------
# Finding and resolving mentions
# --------------------------------------------------------------------------------------------



def _hyphenated_names(doc: Doc, ents: tuple[Span, ...], kb: Any = None) -> tuple[Span, ...]:
    """A person's name that runs on through a hyphen is one name, whatever the recogniser made of
    the part after it: "Paulina Hennig-Kloska" (read as the person "Paulina Hennig" and the place
    "Kloska"); so is a name the recogniser cut in two persons that the parser reads as one phrase
    ("Kacou Houadja Leon Adom")."""
    out: list[Span] = []
    skip_to = -1
    for n, e in enumerate(ents):
        if e.start < skip_to:
            continue
        end = e.end
        while e.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text in ("-", "‐") \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].pos_ == "PROPN" and (doc[end + 1].is_title or doc[end + 1].is_lower
                                                      and doc[end + 1].is_alpha):
            end += 2  # (and a given name's lower-case half: "Park Yoon-joo")
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if e.label_ == "PERSON" and end == e.end and nxt is not None and nxt.start == end \
                and (_double_surname(nxt) or nxt.label_ == "PERSON" and all(t.is_title for t in nxt)
                     and not any(is_person_word(t) or t.lower_ in actor_rules()["title_words"] for t in e)
                     and (kb is None or kb.parse_role(e.text) is None)) \
                and doc[end - 1].dep_ == "compound" and nxt.start <= doc[end - 1].head.i < nxt.end:
            end = nxt.end  # "Alix Didier" a person and "Fils-Aimé" an organisation, "Kacou Houadja"
            #                and "Leon Adom" two persons: one name
        if end != e.end:
            e = Span(doc, e.start, end, label=e.label_)
            skip_to = end
        out.append(e)
    return tuple(out)


def _double_surname(span: Span) -> bool:
    """Two title-case proper nouns joined by a hyphen, and nothing else ("Fils-Aimé")."""
    return len(span) == 3 and span[1].text in ("-", "‐") and not span[0].whitespace_ \
        and not span[1].whitespace_ and all(t.is_title and t.pos_ == "PROPN" for t in (span[0], span[2]))


def name_read_as_date(t: Token) -> bool:
    """True for a lone title-case proper noun the recogniser tagged DATE that is no calendar word
    ("… over the weekend. Thune argued …": "Thune" read as a date)."""
    if t.ent_type_ != "DATE" or t.pos_ != "PROPN" or not t.is_title or t.ent_iob_ != "B":
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (nxt is None or nxt.ent_iob_ != "I") and t.text.lower() not in CALENDAR \
        and not any(ch.isdigit() for ch in t.text)


def _beside_person_word(head: Token, start: int, nouns: frozenset[str]) -> bool:
    """True for a name (``head`` its last word, ``start`` its first) set in apposition beside a
    word for a person: after it ("the minister, Lars Klingbeil") or before it ("Lars Klingbeil,
    the minister")."""
    return head.dep_ == "appos" and head.head.lemma_.lower() in nouns and head.head.i < start \
        or any(c.dep_ == "appos" and c.lemma_.lower() in nouns and c.i > head.i for c in head.children)


def _inner_capital(word: str) -> bool:
    """True for a surname written with a capital inside it ("LeBlanc", "McDonald", "DeSantis")."""
    return len(word) > 3 and word[0].isupper() and word[1:].lower() != word[1:] and any(c.islower() for c in word) \
        and word.isalpha()


def _untagged_names(doc: Doc) -> tuple[Span, ...]:
    """Personal names the recogniser left untagged, read as PERSON spans: two or three title-case
    proper nouns of no entity set beside a word for a person ("A spokeswoman for Azerbaijan's
    foreign ministry, Leyla Mammadova, described …"; "Leyla Mammadova, a spokeswoman for …")."""
    nouns = person_words()
    not_person = actor_rules()["not_person_words"]
    titles = actor_rules()["title_words"]
    out: list[Span] = []
    if not len(doc):
        return ()
    arr = doc.to_array([POS, ENT_TYPE, IS_TITLE])
    # the untagged title-case proper nouns, found with numpy (a Token per word costs more), and
    # the surnames with a capital inside ("LeBlanc", "McDonald", "DeSantis")
    untagged = (arr[:, 0] == PROPN) & (arr[:, 1] == 0)
    found = numpy.flatnonzero(untagged & (arr[:, 2] != 0)).tolist()
    found += [i for i in numpy.flatnonzero(untagged & (arr[:, 2] == 0)).tolist() if _inner_capital(doc[i].text)]
    for i in sorted(found):
        t = doc[i]
        beside = _beside_person_word(t, t.i, nouns)
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_:
            start -= 1
        while start < t.i - 1 and (doc[start].lower_ in titles or doc[start].lower_ in _RANKS
                                   or doc[start].lower_ in _PARTY_LABELS):
            start += 1      # "Air Chief Marshal Somsak Rattanaporn": the rank before the name (or
            #                 the party: "Republican Brent Caldicott")
        if not beside:
            # "Trade Representative Jamieson Greer said …": the words after a title in the name
            title = max((k for k in range(start, t.i) if doc[k].lemma_.lower() in nouns), default=None)
            if title is None or t.dep_ not in ("nsubj", "nsubjpass", "appos", "pobj", "dobj") \
                    or any(doc[k].lower_ in not_person for k in range(title + 1, t.i + 1)):
                continue
            start = title + 1
        if 2 <= t.i + 1 - start <= 3:
            out.append(Span(doc, start, t.i + 1, label="PERSON"))
    return tuple(out)


#: words of military and police ranks written before a name ("Air Chief Marshal", "Rear Admiral",
#: "Brigadier General")
_RANKS = frozenset({"air", "chief", "vice", "rear", "brigadier", "major", "field", "commander", "captain",
                    "sergeant", "general", "lieutenant", "marshal", "admiral", "colonel", "deputy", "acting"})


#: party labels written before a name ("Republican Brent Caldicott", "Democrat Ana Ruiz")
_PARTY_LABELS = frozenset({"republican", "democrat", "democratic", "independent", "libertarian", "conservative",
                           "labour", "tory"})


#: quotation marks around a nickname inside a name
_NICK_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def nickname_at(doc: Doc, i: int) -> int | None:
    """When a quoted nickname opens at token ``i`` between a given name and a surname ('Robert C.
    "Bobby" Scott', 'Kwame "KK" Mensah'), the index just past its closing mark; else None."""
    if not (0 < i and i + 3 < len(doc)) or doc[i].text not in _NICK_MARKS:
        return None
    before = doc[i - 1]
    if not (before.text[:1].isupper() and before.is_alpha or before.text.endswith(".") and before.text[:1].isupper()):
        return None
    if _title_cased(doc[i].sent):
        return None     # a headline's capitalised words: 'Trump ‘The Dealmaker’ Could …'
    for n in (1, 2):
        close = i + n + 1
        if close + 1 >= len(doc) or doc[close].text not in _NICK_MARKS:
            continue
        inner = doc[i + 1:close]
        after = doc[close + 1]
        if all(t.text[:1].isupper() and t.is_alpha for t in inner) and after.text[:1].isupper() \
                and after.is_alpha and not after.is_sent_start \
                and (before.ent_type_ == "PERSON" or after.ent_type_ == "PERSON" or before.pos_ == "PROPN"
                     and after.pos_ == "PROPN" and inner[0].lower_ not in ("the", "a", "an")):
            return close + 1
    return None


def _in_nickname(token: Token) -> bool:
    """True for a word of a quoted nickname inside a name."""
    doc = token.doc
    for j in range(max(1, token.i - 2), token.i):
        if doc[j].text in _NICK_MARKS and (end := nickname_at(doc, j)) is not None and token.i < end - 1:
            return True
    return False


def _nicknamed(doc: Doc, ents: tuple[Span, ...], texts: Sequence[str]) -> tuple[Span, ...]:
    """A name with a quoted nickname inside is one person's name ('Kwame "KK" Mensah', whatever
    the recogniser made of its parts): from the given names before the nickname to the surname
    after it. ``texts``: the tokens' texts (read once per document)."""
    out = list(ents)
    titles = actor_rules()["title_words"] | person_words()
    for i in range(1, len(doc) - 3):
        if texts[i] not in _NICK_MARKS:
            continue
        end = nickname_at(doc, i)
        if end is None:
            continue
        start = i - 1
        while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN"
                             or doc[start - 1].text.endswith(".") and len(doc[start - 1]) <= 2):
            start -= 1
        last = end
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper() \
                and doc[last].whitespace_:
            last += 1
        while start < i - 1 and doc[start].lower_ in titles:
            start += 1
        if any(x.label_ == "PERSON" and x.start <= start and last < x.end for x in out):
            continue
        out = [x for x in out if x.end <= start or x.start > last] + [Span(doc, start, last + 1, label="PERSON")]
    return tuple(sorted(out, key=lambda x: x.start))


def _broken_names(doc: Doc, ents: tuple[Span, ...], kb: Any = None) -> tuple[Span, ...]:
    """A person's name the recogniser broke into other kinds of entity, read whole as PERSON: two
    or three title-case proper nouns, one phrase, set beside a word for a person, none of them a
    name the knowledge base knows ("Congo's foreign minister, Therese Mbuyi Kalala": "Therese" read
    as a people, "Kalala" as a place)."""
    nouns = person_words()
    out = list(_comma_joined_names(doc, ents, nouns))
    for e in tuple(out):
        if e.label_ == "PERSON":
            continue
        last = e[-1]
        # the name's head: the word the entity's last word is a compound of, or that word itself
        head = last.head if last.dep_ == "compound" and last.head.i > last.i else last
        if head.pos_ != "PROPN" or not head.is_title:
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if not (start <= e.start and 2 <= head.i + 1 - start <= 3):
            continue
        if not _beside_person_word(head, start, nouns):
            continue
        inside = [x for x in out if start <= x.start and x.end <= head.i + 1]
        if any(x.label_ == "PERSON" for x in inside) or any(
                x.start < start < x.end or x.start <= head.i < x.end and x.end > head.i + 1 for x in out):
            continue
        if kb is not None and any(kb.lookup(t.text) for t in doc[start:head.i + 1]):
            continue    # "the minister, Congo Kinshasa …": a word the KB knows is no part of a name
        out = [x for x in out if x not in inside] + [Span(doc, start, head.i + 1, label="PERSON")]
    return tuple(sorted(out, key=lambda x: x.start))


#: the particles of a patronymic inside a name ("Abdulaziz bin Salman": son of Salman)
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _rejoined_names(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """One person's long name the recogniser read as two people ("Al-Harith Idriss al-Harith
    Mohamed": "Al-Harith" and "al-Harith Mohamed", "Idriss" in neither): two PERSON entities with
    at most two title-case proper nouns of no entity between, every word a compound (or hyphen)
    within the name, of a word after it, read as one (not "Charlotte Mayor" and "Jennifer
    Roberts": no title among them, but one before them: "Dr Martín" and "Sosa" around
    "Echegaray"); so are two set side by side, the second a patronymic
    ("Prince Abdulaziz" and "bin Salman")."""
    out = list(ents)
    rules = actor_rules()
    titles = (rules["title_words"], rules["office_titles"], rules["role_heads"], rules["person_nouns"])
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        head = b[-1]
        between = doc[a.end:b.start]
        if a.label_ == b.label_ == "PERSON" and a.end == b.start and b[0].lower_ in _PATRONYMIC and len(b) > 1:
            out[k:k + 2] = [Span(doc, a.start, b.end, label="PERSON")]   # "Prince Abdulaziz" + "bin Salman"
            continue
        if a.label_ == b.label_ == "PERSON" and len(between) <= 2 \
                and not any(t.lower_ in w for t in doc[a.start + 1:b.end] for w in titles) \
                and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in between) \
                and all(t.i < t.head.i <= head.i and (t.dep_ == "compound" or t.text == "-")
                        for t in doc[a.start:b.end - 1]) and head.pos_ == "PROPN":
            out[k:k + 2] = [Span(doc, a.start, b.end, label="PERSON")]
            continue
        k += 1
    return tuple(out)


def _comma_joined_names(doc: Doc, ents: tuple[Span, ...], nouns: frozenset[str]) -> tuple[Span, ...]:
    """An entity the recogniser ran over a comma into a person's name set in apposition, cut at
    the comma: the name after it (two or three title-case proper nouns, a known first name first)
    is a PERSON, the words before keep their label ("A spokeswoman for Pruitt, Megan Toller, said":
    one ORG "Pruitt, Megan Toller")."""
    out: list[Span] = []
    for e in ents:
        commas = [t.i for t in e if t.text == ","]
        name = doc[commas[0] + 1:e.end] if len(commas) == 1 else None
        if name is None or commas[0] == e.start or not 2 <= len(name) <= 3 \
                or e.label_ == "PERSON" or name[0].text.lower() not in _first_names() \
                or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            out.append(e)
            continue
        head = name[-1]
        # set beside a word for a person, or beside what such a word is "for" or "of"
        owner = head.head if head.dep_ == "appos" else None
        if owner is None or not (owner.lemma_.lower() in nouns or owner.dep_ == "pobj"
                                 and owner.head.lower_ in ("for", "of") and owner.head.head.lemma_.lower() in nouns):
            out.append(e)
            continue
        out += [Span(doc, e.start, commas[0], label=e.label_), Span(doc, name.start, name.end, label="PERSON")]
    return tuple(out)


@lru_cache(maxsize=1)
def actor_rules() -> dict[str, Any]:
    """Word lists the resolver uses (data/actor_rules.json): agent nouns, non-person name parts,
    pronouns, descriptions."""
    with resources.files("faultline.data").joinpath("actor_rules.json").open(encoding="utf-8") as f:
        data = json.load(f)
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Words for a person by what they are or do: the rules' ``person_nouns`` and ``role_heads``
    ("spokeswoman", "envoy", "minister", "representative")."""
    rules = actor_rules()
    return rules["person_nouns"] | rules["role_heads"]


def is_person_word(token: Token) -> bool:
    """True for a token whose lemma is one of :func:`person_words`."""
    return token.lemma_.lower() in person_words()


def _ascii(text: str) -> str:
    """``text`` in ASCII letters: accents off, special letters spelled out (:func:`ascii_fold`),
    anything else dropped ("Børge" -> "Borge")."""
    return ascii_fold(text).encode("ascii", "ignore").decode("ascii")


def slug(name: str) -> str:
    """``Sergey Lavrov`` -> ``sergey-lavrov`` (ascii, lowercase, hyphens)."""
    text = _ascii(name).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _as_date(value: Any) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_MATCHERS: dict[int, tuple[Any, list[PhraseMatcher], dict[str, list[tuple[str, str]]]]] = {}


def _abbreviation(word: str, longest: int) -> bool:
    """A capitalised abbreviation of two to ``longest`` letters ("US", "UN", "EU")."""
    return word.isupper() and word.isalpha() and 2 <= len(word) <= longest


def _variants(text: str) -> list[str]:
    """Surface variants of an alias: dotted abbreviations ("US" -> "U.S.", also inside a longer
    name: "UN Security Council" -> "U.N. Security Council"), both apostrophes, and the form
    without accents."""
    out = [text]
    if _abbreviation(text, 4):
        out.append(".".join(text) + ".")
    words = text.split(" ")
    if len(words) > 1 and any(_abbreviation(w, 3) for w in words):
        out.append(" ".join(".".join(w) + "." if _abbreviation(w, 3) else w for w in words))
    if "'" in text:
        out.append(text.replace("'", "’"))
    if (folded := ascii_fold(text)) != text:
        out.append(folded)  # "Elysee" of "Élysée", "Bogota" of "Bogotá": as the wires often write them
    return out


def _kb_matcher(doc: Doc, kb: Any) -> tuple[list[PhraseMatcher], dict[str, list[tuple[str, str]]]]:
    """PhraseMatchers over every KB alias, built once per vocab and KB: one on lower case, one
    exact for case-sensitive aliases ("US" but not "us"). Returns the matchers and, per lower-cased
    surface form, the (actor, kind) pairs it names."""
    key = id(doc.vocab)
    cached = _MATCHERS.get(key)
    if cached is not None and cached[0] is kb:
        return cached[1], cached[2]
    lower = PhraseMatcher(doc.vocab, attr="LOWER")
    exact = PhraseMatcher(doc.vocab, attr="ORTH")
    by_key: dict[str, list[tuple[str, str]]] = {}
    forms: dict[str, set[str]] = {"lower": set(), "exact": set()}
    for alias in kb.aliases():
        for text in _variants(alias.text.strip()):
            if not text:
                continue
            pairs = by_key.setdefault(text.lower(), [])
            if (alias.actor, alias.kind) not in pairs:
                pairs.append((alias.actor, alias.kind))
            forms["exact" if getattr(alias, "case_sensitive", False) else "lower"].add(text)
    tokenizer = _tokenizer_for(doc)
    for matcher, texts in ((lower, sorted(forms["lower"])), (exact, sorted(forms["exact"]))):
        docs = [tokenizer(t) for t in texts]
        for i in range(0, len(docs), 2000):
            matcher.add("KB", docs[i:i + 2000])
    _MATCHERS[key] = (kb, [lower, exact], by_key)
    return [lower, exact], by_key


def _tokenizer_for(doc: Doc) -> Any:
    """An English tokenizer sharing the document's vocab (so match ids agree)."""
    from spacy.lang.en import English

    return English(vocab=doc.vocab).tokenizer


class _Tokens:
    """Per-token attributes of a doc as plain lists, for the passes' cheap pre-tests."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        arr = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_PUNCT, IS_STOP, ENT_TYPE, LOWER]) if len(doc) else None
        cols = [arr[:, k].tolist() for k in range(7)] if arr is not None else [[] for _ in range(7)]
        self.idx, self.length, self.alpha, self.punct, self.stop, self.ent, lower_ids = cols
        self.text = doc_text(doc)
        self.texts = [self.text[a:a + n] for a, n in zip(self.idx, self.length, strict=True)]
        self.lowers = [strings[x] for x in lower_ids]
        self.person = strings.add("PERSON")


class _Builder:
    """Collects actors and mentions for one article, then freezes them into an ActorIndex."""

    def __init__(self, doc: Doc, kb: Any, date: _dt.date | None):
        self.doc = doc
        self.kb = kb
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.mentions: dict[tuple[int, int, str], ActorMention] = {}
        self.taken: set[int] = set()  # token indices already inside a name mention
        self._tokens: _Tokens | None = None
        self._ents: tuple[Span, ...] | None = None
        self._quoted: set[int] | None = None
        # "BRUSSELS, March 4 (Reuters) -": where the story was filed, no actor of it
        self.datelines = doc_datelines(doc)
        self.filed_only: set[str] = set()    # actors whose only names were in a dateline
        self.american_names: dict[str, bool] = {}   # a US state's homonym read as American in the article
        self.home: tuple[str | None] | None = None   # the dateline's state, once read (_dateline_state)
        self.titles: dict[str, str] = {}    # a person's id -> the words of the title first given ("deputy
        #                                     minister of foreign affairs"), finer than the role

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, read once (spaCy rebuilds the spans on every access), with a person's
        double surname whole (:func:`_hyphenated_names`)."""
        if self._ents is None:
            ents = _rejoined_names(self.doc, _broken_names(self.doc, _nicknamed(self.doc, _hyphenated_names(
                self.doc, tuple(self.doc.ents), self.kb), self.tokens.texts), self.kb))
            self._ents = tuple(sorted(ents + _untagged_names(self.doc), key=lambda e: e.start))
        return self._ents

    @property
    def quoted(self) -> set[int]:
        """Token indices inside quotation marks (:func:`quoted_tokens`), found once."""
        if self._quoted is None:
            self._quoted = quoted_tokens(self.doc, self.tokens.texts)
        return self._quoted

    @property
    def imported(self) -> Any:
        """The KB's imported dictionaries (Phoenix names and agents), None when it has none."""
        return self.kb.imported() if hasattr(self.kb, "imported") else None

    @property
    def tokens(self) -> _Tokens:
        """The doc's token attributes as lists, read once (``doc[i]`` builds a Token each time)."""
        if self._tokens is None:
            self._tokens = _Tokens(self.doc)
        return self._tokens

    def add_actor(self, actor: Actor) -> str:
        old = self.actors.get(actor.id)
        if old is None:
            self.actors[actor.id] = actor
        else:  # keep what we know; text roles win over KB roles
            self.actors[actor.id] = Actor(
                id=old.id, name=old.name, type=old.type,
                country=old.country or actor.country, role=old.role or actor.role,
                wikidata=old.wikidata or actor.wikidata)
        return actor.id

    def add_mention(self, span: Span, actor_id: str, how: str, *, take: bool = True) -> None:
        if _attitude(span):
            self.taken.update(range(span.start, span.end))
            return      # "the pro-Russian opposition", "anti-American protesters": a stance, not Russia
        if dateline_end(self.datelines, span.start_char) is not None or _in_place_name(span):
            self.filed_only.add(actor_id)
            self.taken.update(range(span.start, span.end))
            return
        key = (span.start_char, span.end_char, actor_id)
        if key not in self.mentions:
            self.mentions[key] = ActorMention(span.start_char, span.end_char, span.text, actor_id,
                                              span.start, span.end, how)
        if take:
            self.taken.update(range(span.start, span.end))

    def entry_actor(self, entry: Any) -> Actor:
        role = entry.role
        country = entry.country
        if entry.type == "person" and (role is None or country is None):
            held = self.kb.roles_of(entry.id, self.date) or self.kb.roles_of(entry.id, None)
            if held:
                role = role or held[0][0]
                country = country or held[0][1]
            elif country is None:  # out of office at the date: still acts for the state he served
                country = getattr(self.kb.get(entry.id, self.date), "country", None)
        return Actor(id=entry.id, name=entry.name, type=entry.type, country=country, role=role,
                     wikidata=entry.wikidata)

    def index(self) -> ActorIndex:
        mentioned = {m.actor for m in self.mentions.values()}
        return ActorIndex(actors={k: a for k, a in self.actors.items()
                                  if k in mentioned or k not in self.filed_only},
                          mentions=list(self.mentions.values()))


_POSSESSIVE = frozenset({"’s", "'s", "’", "'"})


def _strip_det(span: Span) -> Span:
    """Without a leading article, a trailing possessive ("the Kremlin’s" -> "Kremlin") or a comma
    the recogniser took in ("the Council of Ministers, Bosnia's cabinet")."""
    while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
        span = span[1:]
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].text in _POSSESSIVE or span[-1].text in (",", ";")):
        span = span[:-1]
    return span


#: prepositions, which no name opens
_PREPOSITIONS = frozenset({
    "outside", "inside", "after", "before", "during", "despite", "amid", "amidst", "under", "across", "beyond",
    "near", "since", "until", "among", "against", "behind", "beside", "between", "without", "within", "toward",
    "towards", "through", "throughout", "upon", "into", "onto", "from", "with", "about", "above", "below",
    "at", "in", "on", "of", "for", "by", "to", "via", "per"})


def _person_name(ent: Span) -> Span:
    """The name inside a PERSON entity: without a possessive or a leading title word, and with
    the given name the model left out of a lone surname ("Adolfo Urso" tagged as "Urso": a
    capitalised proper noun of no other entity, no title or office, not itself after a capital)."""
    span = _strip_det(ent)
    rules = actor_rules()
    while len(span) > 1 and (span[0].lower_ in rules["title_words"] or span[0].lower_ in _PREPOSITIONS):
        span = span[1:]     # (a preposition opening the sentence, read into it: "Outside Parliament, …")
    while len(span) > 2 and span[0].lower_ in rules["person_nouns"] and span[1].text.lower() in _first_names():
        span = span[1:]     # "Businessman Owen Packard" at a sentence's start: what he is, then his name
    doc = span.doc
    words = (rules["title_words"], rules["office_titles"], rules["role_heads"], rules["state_titles"],
             rules["person_nouns"], rules["agent_nouns"])
    if span.end < len(doc) and ent.label_ == "PERSON" and span[-1].lower_ in rules["name_particles"] \
            and doc[span.end].pos_ == "PROPN" and doc[span.end].text[:1].isupper():
        # "Ursula von der" tagged as a person and "Leyen" as a place: a name does not end in a particle
        return doc[span.start:span.end + 1]
    if span.end < len(doc) and (len(span) == 1 or ent.label_ == "PERSON"):
        # the surname the model left out of a given name it misread ("Dragan" tagged as a place in
        # "Dragan Petković won …") or of a person's name ("Maria Corina" tagged without
        # "Machado"): the capitalised proper noun right after, of no entity, that the name's last
        # word is a compound of
        nxt = doc[span.end]
        if nxt.pos_ == "PROPN" and not nxt.ent_type_ and span[-1].dep_ == "compound" and span[-1].head.i == nxt.i \
                and nxt.text[:1].isupper() and not any(nxt.lower_ in w for w in words) \
                and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].ent_type_ == "PERSON") \
                and not _title_cased(nxt.sent):
            # (not a title before the name, "Former Border Agent Jessa Brandt", nor a headline's
            # capitalised verb, "Elizabeth Warren Hammers Wells Fargo CEO")
            return doc[span.start:nxt.i + 1]
    if len(span) != 1 or span.start == 0:
        return span
    t = doc[span.start - 1]
    # (or a given name the tagger took for another word, after the comma of an apposition: "Its
    # foreign minister, Gergely Tamási, told …", "Gergely" read as an adverb)
    misread = t.pos_ in ("ADV", "ADJ", "NOUN", "X") and t.dep_ in ("advmod", "amod", "compound", "nmod") \
        and t.i > 0 and doc[t.i - 1].text in (",", "(")
    if (t.pos_ == "PROPN" and t.dep_ == "compound" or misread) and t.head.i == span.start and not t.ent_type_ \
            and t.text[:1].isupper() and t.text[1:].islower() and not any(t.lower_ in w for w in words) \
            and t.lower_ not in QUANTITY_WORDS and t.lower_ not in _PREPOSITIONS \
            and (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].is_sent_start):
        return doc[t.i:span.end]
    return span


#: pronouns of quantity the tagger may read as a given name at a sentence's start ("Anything
#: Putin says …"); what is said is named by them too ("Everything Trump says": quotes)
QUANTITY_WORDS = frozenset({"everything", "anything", "nothing", "something", "whatever"})


def _title_cased(sent: Span) -> bool:
    """A line in title case (a headline: "Clinton Hid Past Health Problems"): most words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words)


def _hyphen_part(token: Token) -> bool:
    """The lower-case second half of a hyphenated given name ("Jae-myung", "Ji-hoon")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].text[:1].isupper()


def _looks_like_person(name: Span, rules: dict[str, Any]) -> bool:
    words = [t for t in name if not t.is_punct]
    if not words:
        return False
    if any(t.lower_ in rules["not_person_words"] for t in words):
        return False
    if any(any(c.isdigit() for c in t.text) for t in words):
        return False    # "COP31", "G20": no one's name holds a digit
    if all(t.lower_ in rules["title_words"] or t.lower_ in rules["role_heads"] or t.lower_ in _RANKS for t in words):
        return False    # a title alone is no name ("Vice President (then-Senator) Joseph R. Biden")
    if not all(t.text[:1].isupper() or 0 < i < len(words) - 1 and t.lower_ in rules["name_particles"]
               or _hyphen_part(t) for i, t in enumerate(words)):
        return False  # "Omar Hassan al-Bashir", "José Eduardo dos Santos", "Lee Jae-myung"
    if name.start > 0 and name.doc[name.start - 1].lower_ == "the" and name.root.dep_ != "compound":
        return False  # "the Milli Majlis would take up …": a body; not "the Trump administration"
    return not (len(words) == 1 and words[0].tag_ in ("NNS", "NNPS"))


def _names_set_as_places(doc: Doc) -> set[str]:
    """The names of no known first name or title that the text sets where a place goes, once at
    least: "the southern town of Bint Jbeil", "near Bint Jbeil", "his home state, Hawaii" (a town
    the recogniser read as a person where it stands alone: "between Bint Jbeil and Aynata"),
    whatever the recogniser called them there."""
    out = set()
    titles = actor_rules()["title_words"]
    for e in doc.ents:
        if e.label_ not in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
            continue
        words = [t for t in e if not t.is_punct]
        if not words or words[0].lower_ in _first_names() or words[0].lower_ in titles \
                or e.start > 0 and doc[e.start - 1].lower_ in titles:
            continue
        root = e.root
        name = root
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head    # (through a name the recogniser cut at its hyphen: "Kyzyl-Bel")
        if name.dep_ == "compound" and name.head.i == name.i + 1 and name.head.lemma_.lower() in _PLACE_FEATURES \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in name.head.children):
            out.update((e.text, doc[e.start:name.i + 1].text))  # "the Kyzyl-Bel crossing", "the Isfara river"
            continue
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head    # "near Tal Tamr and Ain Issa": each of the places
        if root.dep_ == "appos" and root.head.i < root.i and root.head.lemma_.lower() in _PLACE_KINDS:
            out.add(e.text)     # "in his home state, Hawaii", "the province, Idlib": a place
            continue
        if root.dep_ != "pobj":
            continue
        prep = root.head
        if prep.lower_ in ("near", "around", "outside", "towards", "toward") \
                or prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_KINDS \
                or prep.lower_ == "to" and prep.head.lemma_.lower() in _MOTION_VERBS \
                or prep.lower_ == "in" and prep.head.lemma_.lower() == "arrive":
            out.add(e.text)     # (also "will travel on Friday to Punta Arenas", "arrived in …")
    return out


def _names_something_else(name: Span, b: _Builder) -> bool:
    """A PERSON entity that is really a group or a place: "Bosnian Serbs" (a state adjective before a
    plural), "Sri Lanka" (a name the KB knows as a state or body)."""
    words = [t for t in name if not t.is_punct]
    if len(words) > 1 and b.kb.country_of_adjective(words[0].text) and (
            words[-1].tag_ in ("NNS", "NNPS") or words[-1].lower_ in actor_rules()["ethnic_words"]):
        return True     # (or before a people: "Rwandan Hutu militia")
    ethnic = actor_rules()["ethnic_words"]
    if all(b.kb.country_of_adjective(t.text) or t.lower_ in ethnic for t in words):
        return True     # peoples' names, not a person's: "Bosnian Croat parties", "Bosniak politicians"
    if len(words) > 1 and (words[0].pos_ in ("ADJ", "VERB", "NOUN", "DET") or words[0].lower_ in _PLACE_WORDS) \
            and words[0].lower_ not in _first_names() and any(
            e.type == "state" for e in b.kb.lookup(words[-1].text, date=b.date)) and not any(
            e.type == "person" for e in b.kb.lookup(name.text, date=b.date)):
        return True     # "Neighbouring Gabon": a state with a word before it (not "Israel Katz")
    if len(words) > 1 and words[-1].lower_ in actor_rules()["group_nouns"]:
        return True     # a group under its place's name: "Alberta MPs", "Bavarian farmers"
    if len(words) > 1 and words[0].lower_ in _FEATURE_OPENERS:
        return True     # a lake's or a mountain's name: "Lake Turkana", "Mount Elgon", "Cape Guardafui"
    doc = name.doc
    if name.start >= 2 and doc[name.start - 1].lower_ == "of" and doc[name.start - 2].lower_ in _PLACE_KINDS:
        return True     # "the central province of Quảng Ngãi", "the city of Mariupol": a place
    if (body := _described_body(name, actor_rules())) is not None \
            and not any(c.dep_ == "appos" and c.i < body.i for c in name.root.children):
        # a body its apposition calls so: "Haki Watch Kenya, a human rights group" (not "Chandler
        # Van Voorhis, a founder of C2I, a company outside Washington")
        return True
    if name.end < len(doc) and doc[name.end].lower_ in _FEATURE_NOUNS and name.root.dep_ == "compound" \
            and name.root.head.i == name.end:
        return True     # a place's name before its kind: "the Khor Abdullah waterway", "Umm Qasr port"
    if name.end < len(doc) and doc[name.end].lower_ in _MEDIA_NOUNS \
            and not (name.end + 1 < len(doc) and doc[name.end + 1].pos_ in ("NOUN", "PROPN")):
        return True     # a medium's name: "told Al-Manar television" (not "the Limbaugh radio show")
    return any(e.type != "person" for e in b.kb.lookup(name.text, date=b.date))


#: words before a state's name that make a phrase of it, not a person's name ("North America",
#: "Poor Mexico", "Neighbouring Gabon")
_PLACE_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                          "central", "poor", "rich", "neighbouring", "neighboring", "say", "greater", "upper",
                          "lower", "little", "latin"})

#: words that open the name of a natural feature or a settlement, never a person's
_FEATURE_OPENERS = frozenset({"lake", "mount", "mt", "mt.", "cape", "gulf", "bay", "port", "fort", "isle",
                              "lac", "loch", "glacier"})

#: kinds of place or work that follow a name of theirs ("the Khor Abdullah waterway", "Umm Qasr
#: port", "the Kajaki dam"): the name is the place's, not a person's
_FEATURE_NOUNS = frozenset({"port", "waterway", "channel", "strait", "straits", "river", "canal", "airport",
                            "airbase", "dam", "bridge", "crossing", "corridor", "highway", "valley", "peninsula",
                            "harbour", "harbor", "pass", "oilfield", "gasfield", "refinery", "mine", "reservoir",
                            "lake", "desert", "plateau", "basin", "delta", "archipelago", "atoll"})

#: kinds of place whose name follows "of" ("the province of Quảng Ngãi", "the town of Bakhmut")
_PLACE_KINDS = frozenset({"province", "city", "town", "village", "region", "district", "county", "state",
                          "island", "islands", "port", "municipality", "governorate", "prefecture", "oblast",
                          "area", "capital", "suburb", "neighbourhood", "neighborhood", "valley"})

#: verbs of going somewhere: "travel to X", "flew to X", "arrived in X" make X a place
_MOTION_VERBS = frozenset({"travel", "fly", "go", "head", "return", "arrive", "sail", "drive", "move",
                           "relocate", "evacuate", "deploy", "airlift", "ship"})

#: places a name before them names ("the Kyzyl-Bel crossing"): the name is no person's
_PLACE_FEATURES = frozenset({"crossing", "checkpoint", "river", "dam", "pass", "bridge", "corridor", "airport",
                             "airbase", "strait", "canal", "reservoir", "highway", "motorway", "camp",
                             "refinery", "pipeline", "oilfield", "gasfield", "border", "valley", "mountains",
                             "lake", "peninsula", "gorge", "mine", "terminal"})

#: nouns after a name that make it a medium's ("Al-Manar television", "Kommersant daily")
_MEDIA_NOUNS = frozenset({"television", "tv", "radio", "newspaper", "daily", "weekly", "channel",
                          "broadcaster", "magazine", "website"})


def _np_span(token: Token) -> Span:
    """The noun phrase a noun heads, without trailing clauses and appositions."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            break  # "Lebanon's president on Sunday accused …": when, not who
        if child.dep_ in ("prep", "compound", "amod", "nmod") and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    return doc[left:right + 1]


def _country_in(span: Span, b: _Builder, exclude: Token | None = None, blocs: bool = False) -> str | None:
    """A state named inside a span: a KB name, adjective or an earlier "the country"; with
    ``blocs``, a bloc when no state is named ("EU trade commissioner"), else the state of a body
    ("Senate Minority Leader")."""
    for tok in span:
        if exclude is not None and tok.i == exclude.i:
            continue
        code = b.kb.country_of_adjective(tok.text)
        if code and not _word_of_other_place(tok, code, b):
            return _homonym_state(tok.doc[tok.i:tok.i + 1], code, b)
    found, body = None, None
    for m in b.mentions.values():
        if m.token_start >= span.start and m.token_end <= span.end:
            actor = b.actors.get(m.actor)
            if actor is not None and actor.type == "state":
                return actor.id
            if blocs and actor is not None and actor.type == "bloc" and found is None:
                found = actor.id
            if blocs and actor is not None and actor.type in ("organization", "group") and body is None:
                # "Senate Minority Leader", "Taliban spokesman": the body's state; "The European
                # Commission's enlargement chief": the bloc the body belongs to
                # (an institution with an id of its own, the IMF or the IAEA, speaks for itself)
                entry = b.kb.get(actor.id) if not actor.country and actor.id.startswith("org:") else None
                body = actor.country or (getattr(entry, "parent", None) if entry is not None else None)
    if blocs and found is None and body is None:
        body = _imported_body_state(span, b)
    return found or body


def _word_of_other_place(tok: Token, code: str, b: _Builder) -> bool:
    """True for a word of a longer place name that names another place than the word alone
    ("Mexico" in "New Mexico Gov. Harlan Medeiros")."""
    doc = tok.doc
    if tok.ent_type_ not in ("GPE", "LOC"):
        return False
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1 and b.kb.country_of_adjective(doc[start:end].text) != code


def _district_state(b: _Builder, start: int) -> str | None:
    """The state of a place named at token ``start`` ("South Dakota", "Texas", "Bavaria"): a state
    mention there, else the state the KB or the imported dictionaries give the name."""
    doc = b.doc
    after = _state_mentions(b, start, min(start + 4, len(doc)))
    if after and after[0].token_start == start:
        return after[0].actor
    imported = b.imported
    for n in (3, 2, 1):
        words = doc[start:min(start + n, len(doc))]
        if len(words) < n or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            continue
        entries = [e for e in b.kb.lookup(words.text, date=b.date) if e.type == "state"]
        if entries:
            return _homonym_state(words, entries[0].id, b)
        hit = imported.lookup(words.text, b.date) if imported is not None else None
        if hit is not None and hit.country:
            return hit.country
    return None


def _imported_body_state(span: Span, b: _Builder) -> str | None:
    """The state of a body the imported dictionaries name inside a role phrase, before the pass
    that adds those names has run ("Senate" in "Senate Minority Leader": the United States)."""
    imported = b.imported
    if imported is None:
        return None
    for tok in span:
        if tok.text[:1].isupper() and tok.is_alpha and len(tok.text) > 2:
            hit = imported.lookup(tok.text, b.date)
            if hit is not None and hit.type == "organization" and hit.country:
                return hit.country
    return None


#: prepositions that name a place ("near Damascus", "in Latakia")
_LOCATIVES = frozenset({"near", "in", "at", "outside", "inside", "around", "across", "over", "off"})


#: how many a counted group names ("the two governments", "both leaders", "the four countries")
_GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

#: group nouns of people ("both leaders") and of states ("the two governments")
_PEOPLE_NOUNS = frozenset({"leader", "minister", "president", "premier", "head", "man", "woman",
                           "chancellor", "counterpart", "envoy", "diplomat"})
_STATE_NOUNS = frozenset({"country", "government", "state", "nation", "side", "neighbour", "neighbor",
                          "capital", "ally", "power", "partner"})


def group_size(token: Token, members: bool = False) -> tuple[int, bool | None] | None:
    """(how many, whether people) a definite counted group names: "the two governments" (2,
    states), "both leaders" (2, people), "both" (2, either); None for anything else, "two
    diplomats familiar with the talks" (unnamed sources) too. With ``members``, "both NATO
    members" (2, states) counts as well (an act's object; "the three African members" as a
    speaker are often named only in quotation marks before)."""
    word = token.text.lower()
    if word == "both" and token.pos_ in ("PRON", "DET", "NOUN"):
        return 2, None
    words = {c.text.lower() for c in token.children if c.i < token.i}
    count = next((_GROUP_COUNTS[w] for w in words if w in _GROUP_COUNTS), None)
    lemma = token.lemma_.lower()
    if count is None or not words & {"the", "both", "these", "those", "all"} or \
            lemma not in _PEOPLE_NOUNS | _STATE_NOUNS | ({"member"} if members else set()) \
            or token.tag_ not in ("NNS", "NNPS"):
        return None
    return count, lemma in _PEOPLE_NOUNS


#: quantifiers that pick an unnamed part of a group ("several NATO allies", "some EU members")
_SUBSET_WORDS = frozenset({"several", "some", "many", "few", "most", "other", "certain", "various", "numerous",
                           *(_GROUP_COUNTS.keys() - {"both"})})

#: nouns for the members of a bloc (the nouns of a group of states, but for the sides of a dispute)
_MEMBER_NOUNS = (_STATE_NOUNS | {"member"}) - {"side", "neighbour", "neighbor", "power"}


def unnamed_subset(token: Token) -> bool:
    """True for a head word that names an unnamed part of a bloc's members: "several NATO allies
    refused", "some EU members disagreed" (not "NATO allies", "all EU members", "the two governments")."""
    if token.lemma_.lower() not in _MEMBER_NOUNS or token.tag_ not in ("NNS", "NNPS", ""):
        return False
    words = {c.text.lower() for c in token.children if c.dep_ in ("det", "amod", "nummod", "quantmod")}
    return bool(words & _SUBSET_WORDS) and not words & {"the", "these", "those", "both", "all"}


def group_member(actors: ActorIndex, actor_id: str, people: bool | None) -> str | None:
    """The member a group of people (``people`` True), of states (False, a person or body standing
    for its state) or of either (None) counts ``actor_id`` as, or None when it is of another kind."""
    if people is False:
        actor_id = actors.state_of(actor_id) or actor_id
    kind = getattr(actors.get(actor_id), "type", None)
    ok = kind == "person" if people else kind in ("state", None) if people is False else True
    return actor_id if ok else None


def counted_group(actors: ActorIndex, token: Token, skip: Sequence[tuple[int, int]] = (),
                  others_than: Sequence[str] = (), members: bool = False) -> list[str]:
    """The actors a definite counted group (:func:`group_size`) names: the last so many states (for
    "countries", "governments") or people ("leaders") named before it, states for the people and
    bodies acting for them, not places ("talks in Berlin") nor mentions inside ``skip`` spans;
    a list naming any of ``others_than`` is passed over; empty when fewer are named."""
    counted = group_size(token, members)
    if counted is None:
        return []
    count, people = counted
    found = _counted(actors, token, count, people, skip, others_than)
    if not found and people:
        # "Greece and Turkey … The two foreign ministers will meet": the office holders of the
        # last states named, when no people were
        found = _counted(actors, token, count, False, skip, others_than)
    return found


def _counted(actors: ActorIndex, token: Token, count: int, people: bool | None,
             skip: Sequence[tuple[int, int]], others_than: Sequence[str]) -> list[str]:
    """:func:`counted_group` for one kind of member."""
    doc = token.doc
    # the office a group of people holds, when its words name one ("the two foreign ministers")
    mods = [c.text.lower() for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
            and c.text.lower() not in _GROUP_COUNTS]
    office = " ".join([*mods, token.lemma_.lower()]) if people and mods else None

    # the last named group of that size: "Saudi Arabia and Iran will resume flights … brokered by
    # China … the two countries had also agreed" (not China and Saudi Arabia, the last two named)
    for m in reversed(actors.at(0, token.idx)):
        if any(a <= m.start < b for a, b in skip):
            continue
        root = doc.char_span(m.start, m.end, alignment_mode="expand")
        if root is None or root.root.dep_ != "conj":
            continue
        first = root.root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        members = [first, *(t for t in first.conjuncts if t.i > first.i)]
        named = [actors.covering(t.idx, t.idx + len(t.text)) for t in members]
        group = [group_member(actors, n.actor, people) for n in named if n is not None]
        if len(group) != len(members) or not all(group):
            continue    # not a list of actors ("Prince Faisal bin Farhan")
        if set(group) & set(others_than):
            continue    # the acting list itself: "Australia and Britain, which had urged both sides"
        if office and not all(_in_office(actors, g, office) for g in group):
            break       # people of another office: "Dendias and Özel" are no "two foreign ministers"
        if len(members) == count and len(set(group)) == count:
            return group
        break           # the last list names another number: the last so many named, below
    found: list[str] = []
    for m in reversed(actors.at(0, token.idx)):
        if any(a <= m.start < b for a, b in skip):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and named_as_place(span.root):
            continue
        actor = group_member(actors, m.actor, people)
        if actor is not None and office and not _in_office(actors, actor, office):
            continue    # "the two foreign ministers": not the defence minister named last
        if actor is not None and actor not in found and actor not in others_than:
            found.append(actor)
            if len(found) == count:
                return found[::-1]
    return []


def _in_office(actors: ActorIndex, actor_id: str, office: str) -> bool:
    """True when the actor's office is (or contains) ``office`` ("foreign minister")."""
    return office in (getattr(actors.get(actor_id), "role", None) or "")


def named_as_place(token: Token) -> bool:
    """True for the object of a place's preposition: "an air strike near Damascus", "told
    reporters in New York" name where, not who."""
    return token.dep_ == "pobj" and token.head.text.lower() in _LOCATIVES


def _last_state_before(b: _Builder, token_i: int) -> str | None:
    """What "the country" refers to: the latest state that was a main clause's subject (or owned
    it) before ``token_i``, else the latest state mentioned. From outside quotation marks, a state
    named inside them is no antecedent ("'… unless Beijing is held to account,' said X, the
    ministry's spokeswoman": not China's ministry), nor is a place (:func:`named_as_place`)."""
    quoted = b.quoted
    outside = token_i not in quoted
    states = sorted((m for m in b.mentions.values()
                     if m.token_end <= token_i and b.actors.get(m.actor) and b.actors[m.actor].type == "state"
                     and not (outside and m.token_start in quoted)
                     and (not named_as_place(b.doc[m.token_start:m.token_end].root) or _opens_as_setting(b, m))),
                    key=lambda m: m.token_start)
    if not states:
        return None
    # (a place that opens its sentence as the setting stands for the subject's state: "In Kyiv,
    # the Foreign Ministry called on partners … ministry spokesperson X wrote": Ukraine's)
    subjects = [m for m in states if _subject_or_owner(b, m) or _opens_as_setting(b, m)]
    # a state's body as a later subject speaks for it ("The Dutch foreign ministry said … and denied
    # that its envoy …": the Netherlands, not the state named before)
    bodies = [(m, country) for m in b.mentions.values() if m.token_end <= token_i
              and (a := b.actors.get(m.actor)) is not None and a.type == "organization"
              and (country := a.country) is not None
              and getattr(b.actors.get(country) or b.kb.get(country), "type", None) == "state"
              and not (outside and m.token_start in quoted) and _subject_or_owner(b, m)]
    best = (subjects or states)[-1]
    later = [country for m, country in bodies if m.token_start > best.token_start]
    if not later:
        return best.actor
    if later[-1] not in b.actors:
        b.add_actor(b.entry_actor(b.kb.get(later[-1])))
    return later[-1]


def _opens_as_setting(b: _Builder, m: ActorMention) -> bool:
    """True for a state's mention that opens its sentence as the setting of what follows ("In
    Kyiv, the Foreign Ministry …"): the object of the sentence's first word "in", before its
    first comma."""
    doc = b.doc
    sent = doc[m.token_start].sent
    first = sent[0]
    if first.lower_ != "in" or m.token_start != first.i + 1 and not (
            m.token_start == first.i + 2 and doc[first.i + 1].lower_ == "the"):
        return False
    return m.token_end < sent.end and doc[m.token_end].text == ","


def _subject_or_owner(b: _Builder, m: ActorMention) -> bool:
    """True for a mention that is a clause's subject, or owns or qualifies it ("Sudan's government
    welcomed …", "The head of the Georgian parliament, …, dismissed …"); not the subject of a
    condition or circumstance ("… would respond if Washington imposed …")."""
    root = b.doc[m.token_start:m.token_end].root
    for _ in range(4):
        if root.dep_ in ("poss", "amod", "compound") and root.head.i != root.i:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
            root = root.head.head
        else:
            break
    # (of a clause the sentence asserts, not one inside a participle, a relative clause or a
    # circumstance: "firms accused of helping Russia sustain its war" is about the firms)
    return root.dep_ in ("nsubj", "nsubjpass") and not any(
        t.dep_ in _SUBORDINATE for t in (root.head, *root.head.ancestors))


#: dependencies of clauses that hang inside another's words rather than state something themselves
_SUBORDINATE = frozenset({"advcl", "acl", "relcl", "pcomp", "xcomp", "csubj"})


def _parse_role(span: Span, b: _Builder) -> tuple[str | None, str | None]:
    """Role and country a phrase names ("Russian foreign minister", "the head of the UK foreign
    office", "the country's foreign secretary"). Names of states inside the phrase are taken out
    first, so that the office words stand together ("head of the foreign office" + GBR). An envoy's
    posting is not the state he serves: in "Its ambassador to the United Nations" the UN hosts."""
    posting = next((t for t in span if names_posting(t)), None)
    if posting is not None and posting.i > span.start:
        span = span.doc[span.start:posting.i]
    served = next((t for t in span if t.dep_ == "prep" and t.lower_ in ("to", "for") and t.i > span.start and any(
        g.ent_type_ == "PERSON" for g in t.subtree)), None)
    if served is not None:
        # "an adviser to Prime Minister Abiy Ahmed", "a spokesman for President Ruto": the office
        # named after the preposition is the other person's
        span = span.doc[span.start:served.i]
    country = _country_in(span, b, blocs=True)
    anaphoric = False
    if country is None:
        # "The bloc's commission president" after ECOWAS: the bloc's office, not the EU's
        country = _bloc_before(span, b)
    if country is None and span[0].lower_ == "its":
        # "The African Union called for restraint. Its Commission chairman …", "The council said it
        # had not been consulted. Its president told …": the body the sentence before was about
        country = _previous_body(span, b)
        if country is None and _previous_organisation(span, b):
            return None, None   # an office of that organisation, not of a state
    if country is None and (kind := next((t for t in span if t.lower_ in _STATE_KINDS and t.i > 0
                                          and t.doc[t.i - 1].lower_ == "the"), None)) is not None:
        # "The kingdom's energy minister" after Saudi Arabia, whatever state was named since
        country = _last_state_of_kind(b, kind.i - 1, kind.lower_)
        anaphoric = country is not None
    if country is None and any(t.lower_ in _STATE_ANAPHORS for t in span):
        # "In Moscow, foreign ministry spokeswoman Maria Zakharova …": where the sentence is set;
        # else "the country's foreign secretary", "Foreign ministry spokesman Lin Jian" after
        # "China's commerce ministry …" (the owner of a subject counts as a subject)
        country = _setting_state(span, b) or _last_state_before(b, span.start)
        anaphoric = country is not None
    words = [t for t in span if not b.kb.country_of_adjective(t.text)
             and not ((a := _actor_at(t, b)) is not None and (a.type == "state" or a.id == country))]
    text = "".join(t.text_with_ws for t in words).strip()
    info = b.kb.parse_role(text, country) if text else None
    if info is None:
        info = b.kb.parse_role(span.text, country)
    if info is not None and anaphoric and b.kb.parse_role(span.text) is None:
        info = None     # "Its leader": an office only of a state the phrase does not name ("its"
        #                 may be a party's: "The Conservative opposition … Its leader, Kemi Badenoch")
    if info is None:
        if any(t.lower_ in _COUNTERPARTS for t in span):
            return _counterpart_role(b, span.start), country
        return None, country
    if info.role in _STATE_LEADS and _body_office(span, b):
        return None, None   # "president of the NAACP", "Virginia AFL-CIO President": the body's, no state's
    bloc = getattr(b.kb, "bloc_of_role", lambda _: None)(info.role)
    return info.role, bloc or country or info.country   # ("the Irish agriculture commissioner": the EU's)


#: common nouns of bodies whose president or chairman leads only the body
_OTHER_BODIES = frozenset({"party", "club", "company", "firm", "bank", "university", "foundation",
                           "jury", "chamber", "academy", "society", "network", "group"})

#: offices that lead a state: a body's "president" or "chairman" leads only the body
_STATE_LEADS = frozenset({"head of state", "head of government"})


def _body_office(span: Span, b: _Builder) -> bool:
    """True when a role phrase names a body other than a state or bloc whose office it is: an
    organisation the recogniser tagged ("president of the United Federation of Teachers", "NAACP
    President", "Virginia AFL-CIO President"), with no state-level body of government among them."""
    bodies = actor_rules()["body_heads"] | _OTHER_BODIES
    for t in span:
        if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.is_lower) and t.lemma_.lower() in bodies \
                and not t.ent_type_ and not any(
                (a := _actor_at(g, b)) is not None and a.type in ("state", "bloc")
                and not (g.dep_ == "pobj" and g.head.lower_ in ("in", "at")) for g in t.subtree):
            # (a state it only sits in is no owner: "a European chamber of commerce in China")
            return True     # "the president of the electoral court", "the party chairman": a
            #                 body's office, the body named by its common noun
        if t.ent_type_ != "ORG" or b.kb.country_of_adjective(t.text):
            continue
        actor = _actor_at(t, b)
        if actor is None or actor.type not in ("state", "bloc"):
            ent = next((e for e in b.ents if e.start <= t.i < e.end), None)
            name = ent.text if ent is not None else t.text
            imported = b.imported.lookup(name, b.date) if b.imported is not None else None
            if not b.kb.lookup(name, date=b.date) and (imported is None or imported.type != "state"):
                return True     # (a body the KB knows, "the Kremlin", "the Bundestag", is the
                #                 state's; a place the recogniser took for a body, "Somaliland", a state)
    return False


def _setting_state(span: Span, b: _Builder) -> str | None:
    """The state of a place that opens the sentence before ``span`` as its setting ("In Moscow, …",
    "In Beijing, …"), else None."""
    sent = span.sent
    doc = span.doc
    if sent[0].lower_ != "in" or span.start <= sent.start + 1:
        return None
    comma = next((t.i for t in doc[sent.start + 1:span.start] if t.text == ","), None)
    if comma is None:
        return None
    for m in b.mentions.values():
        actor = b.actors.get(m.actor)
        if sent.start < m.token_start and m.token_end <= comma and actor is not None and actor.type == "state":
            return actor.id
    return None


def _previous_subject_actor(sent: Span, b: _Builder, across: bool = False) -> Actor | None:
    """The actor the subject of the sentence before ``sent``, in the same paragraph (``across``:
    or the paragraph before), names."""
    subj = _previous_subject(sent, across)
    m = _subject_mention(subj, b) if subj is not None else None
    return b.actors.get(m.actor) if m is not None else None


def _previous_body(span: Span, b: _Builder) -> str | None:
    """The bloc or international body that was the subject of the sentence before ``span``'s, in
    the same paragraph, else None."""
    actor = _previous_subject_actor(span.sent, b)
    return actor.id if actor is not None and actor.type == "bloc" else None


def _previous_organisation(span: Span, b: _Builder) -> bool:
    """True when the subject of the sentence before ``span``'s, in the same paragraph, is an
    organisation: one resolved already, or a name of one that only a later pass makes a body
    ("The Council of Atacameño Peoples said …"), or one its apposition calls a body ("The FNSEA,
    France's largest farm union, said … Its president told …": not France's)."""
    subj = _previous_subject(span.sent)
    if subj is not None and _described_body(subj.doc[subj.i:subj.i + 1], actor_rules()) is not None:
        return True
    actor = _previous_subject_actor(span.sent, b)
    if actor is not None:
        return actor.type == "organization"
    # also a body no pass names: "The opposition said … Its defence spokesman …" (not China's)
    return subj is not None and (subj.ent_type_ == "ORG" or subj.tag_ == "NN" and (
        subj.text.lower() in _UNNAMED_BODIES or subj.text.lower() in actor_rules()["body_heads"]))


#: bodies that speak without a name of their own ("the opposition said …")
_UNNAMED_BODIES = frozenset({"opposition", "party", "group", "campaign", "company", "firm", "union",
                             "network", "bank", "club", "militia"})


def _bloc_before(span: Span, b: _Builder) -> str | None:
    """The bloc a phrase's "the bloc" (or "the union", "the alliance") names: the bloc mentioned last
    before the phrase, within :data:`_ANAPHOR_REACH` characters, whose name has that word ("bloc"
    fits any). None when the phrase has no such anaphor."""
    word = next((_BLOC_ANAPHORS[t.lower_] for t in span if t.lower_ in _BLOC_ANAPHORS
                 and t.i > 0 and t.doc[t.i - 1].lower_ == "the"), "")
    if word == "":
        return None
    blocs = [m for m in _within_reach(_mentions_of_type(b, "bloc"), span[0])
             if word is None or any(word in n.lower().split() for n in _names_of(b.actors[m.actor], b))]
    return blocs[-1].actor if blocs else None


#: offices held at a posting named after "to"/"at" ("ambassador to the UN", "envoy to Moscow")
POSTED = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary", "consul", "attaché",
                    "attache"})


def names_posting(prep: Token) -> bool:
    """True for the "to"/"at" of an envoy's posting ("ambassador to the United Nations"): the
    place he serves at, not whom he serves."""
    return prep.dep_ == "prep" and prep.text.lower() in ("to", "at") and prep.head.lemma_.lower() in POSTED


def posting_before(word: Token) -> bool:
    """True for a name set before an envoy whose state a possessive names ("Israel's U.N.
    ambassador"): where he is posted, not whom he serves."""
    head = word.head
    return word.dep_ == "compound" and head.lemma_.lower() in POSTED \
        and any(c.dep_ == "poss" and c.i < word.i for c in head.children)


#: determiners of a state's body named without the state: "the foreign ministry", "its government"
_STATE_DETERMINERS = frozenset({"the", "its"})

#: words in a role phrase that point to a state named before ("its", "the ministry")
_STATE_ANAPHORS = frozenset({"country", "nation", "its", "their", "ministry", "government"})

#: "his German counterpart": the office of the person named before, in another state
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def _apposed(m: ActorMention, b: _Builder) -> str:
    """The words set beside a name in apposition, lower-cased ("The majority leader, Senator Dale
    Whitcomb": "the majority leader"), with its title; "" when none."""
    root = b.doc[m.token_start:m.token_end].root
    other = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    words = b.titles.get(m.actor, "")
    if other is not None and other.pos_ in ("NOUN", "PROPN") and not m.token_start <= other.i < m.token_end:
        words += " " + _np_span(other).text.lower()
    return words


def _counterpart_role(b: _Builder, token_i: int) -> str | None:
    """The office of the latest person with one named before ``token_i`` ("French economy minister
    Roland Lescure … His German counterpart, Katherina Reiche": finance minister)."""
    best = None
    for m in b.mentions.values():
        actor = b.actors.get(m.actor)
        if m.token_end <= token_i and actor is not None and actor.type == "person" and actor.role \
                and (best is None or m.token_start > best[0]):
            best = (m.token_start, actor.role)
    return best[1] if best else None


def _principal_state(noun: Token, b: _Builder) -> str | None:
    """The state of the person whose aide a noun names ("President Cyril Ramaphosa's spokesman"):
    the possessor's, when it is a person with a country."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ == "PERSON" and (a := _actor_at(c, b)) is not None \
                and a.type == "person" and a.country:
            return a.country
    return None


def _actors_at(token: Token, b: _Builder) -> Iterator[Actor]:
    """The actors of every mention holding ``token``, in the order the mentions were added."""
    for m in b.mentions.values():
        if m.token_start <= token.i < m.token_end and (actor := b.actors.get(m.actor)) is not None:
            yield actor


def _actor_at(token: Token, b: _Builder) -> Actor | None:
    """The actor of the mention holding ``token`` ("EU" in "EU foreign policy chief"), if any."""
    return next(_actors_at(token, b), None)


def _role_around(name: Span, b: _Builder) -> tuple[str | None, str | None]:
    """Role and country the text gives a person: "Russian president Vladimir Putin",
    "Russia's foreign minister, Sergey Lavrov", "Cooper, the foreign secretary"."""
    role, country, _ = _role_phrase(name, b)
    return role, country


def _its_state(noun: Token, name: Span, b: _Builder) -> str | None:
    """The state of "its"/"their" before ``noun`` when the sentence before is about a state or a
    state's body ("India's Ministry of External Affairs rejected the allegations … . Its
    spokesman, Arvind Menon, said …": India); else None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    return _subject_state_before(name.sent, b)


def _role_phrase(name: Span, b: _Builder) -> tuple[str | None, str | None, Span | None]:
    """:func:`_role_around` and the phrase that names the role."""
    doc = name.doc
    head = name.root
    # Premodifiers inside the same noun phrase: compounds and adjectives before the name.
    mods = [t for t in doc[head.left_edge.i:name.start]
            if t.dep_ in ("compound", "amod", "nmod", "poss", "det", "case")]
    owner = max((t.i for t in doc[head.left_edge.i:name.start] if t.dep_ == "poss" and t.ent_type_ == "PERSON"),
                default=None)
    if owner is not None:
        # "President Bola Tinubu's All Progressives Congress": the office is the owner's
        mods = [t for t in mods if t.i > owner and t.dep_ != "case"]
    other = head.head if head.dep_ == "appos" else next((c for c in head.children if c.dep_ == "appos"), None)
    # "former Costa Rican president Luis Guillermo Solís": an office behind him is none he holds
    # (but "former presidential candidate Sen. Bernie Sanders" still holds the title after it)
    behind = _office_behind(doc[head.left_edge.i:name.start])
    if mods and not behind:
        phrase = doc[mods[0].i:name.start]
        role, country = _parse_role(phrase, b)
        if role:
            if country is None and other is not None and other.pos_ in ("NOUN", "PROPN") \
                    and other.ent_type_ != "PERSON":
                # "Sen. Jon Tester, a Montana Democrat": the title's state is in the apposition
                np = _np_span(other)
                country = _country_in(np, b) or next(
                    (st for t in np if t.i != other.i and t.pos_ == "PROPN"
                     and (st := _district_state(b, t.i)) is not None), None)
            if country is None:
                # "New Jersey Gov. Chris Christie": the state of the place the title names
                country = next((st for t in phrase if t.ent_type_ == "GPE" and t.pos_ == "PROPN"
                                and (st := _district_state(b, t.i)) is not None), None)
            return role, country, phrase
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "at") and (title := head.head.head).pos_ in ("NOUN", "PROPN") \
            and title.i < name.start and title.ent_type_ != "PERSON":
        # "U.S. Ambassador to NATO Dale Whitcomb": the parser hung the name on the post's "to"
        phrase = doc[title.left_edge.i:title.i + 1]
        role, country = _parse_role(phrase, b)
        if role:
            return role, country, phrase
    # Apposition: "<role phrase>, <Name>" or "<Name>, <role phrase>" (a person word the recogniser
    # took for a name is still the role: "A French liberal MEP, Valerie Hayer")
    if other is not None and other.pos_ in ("NOUN", "PROPN") and (
            other.ent_type_ != "PERSON" or other.lower_ in actor_rules()["person_nouns"]):
        phrase = _np_span(other)
        if _past_office(other):
            # "Gareth Pryce, the shadow chancellor", "Colin Powell, the former secretary of state":
            # no office of his own now, and no state he speaks for (as "a former Turkish diplomat")
            return None, None, phrase
        role, country = _parse_role(phrase, b)
        if role:
            return role, country or _principal_state(other, b), phrase
        if (other.lower_ in actor_rules()["agent_nouns"] or _heads_or_person_word(other)) \
                and other.lower_ not in actor_rules()["independent_voices"] and other.left_edge.i < other.i \
                and not _past_office(other) \
                and (country := _country_in(doc[other.left_edge.i:other.i], b, blocs=True)
                     or _principal_state(other, b) or _its_state(other, name, b)) is not None:
            # "A Hamas official, Osama Hamdan", "Iran's atomic energy chief, Mohammad Eslami": no
            # office the KB knows, but the body or state he acts for, named before the noun (not
            # "the head of the ICRC delegation in Yemen", nor "a Moscow analyst": his own voice)
            return None, country, phrase
        if other.dep_ == "pobj" and other.head.lower_ in ("of", "from", "for", "to") \
                and other.head.head.pos_ == "NOUN":
            # "The chairperson of the African Union Commission, Mahmoud Ali Youssouf", "A lawmaker
            # from the group, Hassan Fadlallah", "The EU's envoy for the Western Balkans, Peter
            # Sorensen": the parser hung the name on the office's complement
            phrase = _np_span(other.head.head)
            role, country = _parse_role(phrase, b)
            if role:
                return role, country, phrase
        if other.dep_ == "pobj" and other.head.lower_ == "in" and other.head.head.pos_ == "NOUN" \
                and (place := _actor_at(other, b)) is not None and place.type == "state":
            # "A government spokesman in Rabat, Mustapha Baitas": the parser hung the name on the
            # place; a spokesman of no body named, posted in a state's capital, speaks for that state
            phrase = doc[other.head.head.left_edge.i:other.head.head.i + 1]
            role, country = _parse_role(phrase, b)
            if role and country is None and not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP")
                                                    for t in phrase):
                country = place.id
            if role:
                return role, country, phrase
    # the words right before the name, however the parser hung them: "flanked by Thai acting Prime
    # Minister Phumtham Wechayachai and …" (the parser made "Minister" an apposition of "Thai")
    k = name.start
    while k > 0 and name.start - k < 6 and doc[k - 1].ent_type_ != "PERSON" \
            and (doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") or doc[k - 1].lower_ in _TITLE_QUALIFIERS):
        k -= 1
    if k < name.start and not mods and not _office_behind(doc[k:name.start]):
        phrase = doc[k:name.start]
        role, country = _parse_role(phrase, b)
        if role:
            return role, country, phrase
    return None, None, None


#: words that qualify a title without changing it ("acting Prime Minister", "interim President")
_TITLE_QUALIFIERS = frozenset({"acting", "interim", "caretaker", "deputy", "former", "outgoing", "incoming"})


#: geographic names built on a state's name ("Sea of Japan", "Gulf of Thailand", "South China Sea",
#: "Taiwan Strait", "Indian Ocean")
_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "lake", "isthmus", "peninsula",
                     "channel", "basin", "river"})


#: prefixes that make a name an attitude to its bearer ("pro-Russian", "anti-American")
_ATTITUDE_PREFIXES = ("pro", "anti")


def _attitude(span: Span) -> bool:
    """True for a name written as an attitude towards its bearer: "pro-Russian", "anti-Western"
    (one token or three)."""
    first = span[0].text.lower()
    if any(first.startswith(p + "-") for p in _ATTITUDE_PREFIXES):
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
        and not doc[span.start - 1].whitespace_ and doc[span.start - 2].text.lower() in _ATTITUDE_PREFIXES


def _in_place_name(span: Span) -> bool:
    """ "the Sea of Japan", "the Gulf of Mexico", "the South China Sea", "Maguindanao del Sur": a
    state's name inside a place's, no actor; nor is "American" in "South American" or "Latin
    American" (a region's adjective)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text.lower() in _WATERS and after.text[:1].isupper():
        return True
    if span.start >= 1 and len(span) == 1 and doc[span.start - 1].text in _REGION_WORDS \
            and doc[span.start - 1].whitespace_ and (span[0].pos_ == "ADJ" or span[0].ent_type_ == "NORP"):
        return True
    if span.start >= 2 and doc[span.start - 1].text in _NAME_JOINERS and doc[span.start - 2].is_alpha \
            and doc[span.start - 2].text[:1].isupper():
        return True     # the end of a longer place's name: "Maguindanao del Sur" (not Tyre, "Sur")
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" \
        and doc[span.start - 2].lower_ in _WATERS and doc[span.start - 2].text[:1].isupper()


#: lower-case words joining the parts of a Spanish, Portuguese or Italian place name ("Maguindanao
#: del Sur", "Rio Grande do Sul")
_NAME_JOINERS = frozenset({"del", "de", "do", "da", "di", "dos", "das", "della"})


#: words that make a state's adjective a region's ("South American", "Latin American")
_REGION_WORDS = frozenset({"South", "North", "Latin", "Central", "East", "West", "Sub-Saharan"})


def _folded_spans(doc: Doc, by_key: dict[str, list[tuple[str, str]]]) -> list[Span]:
    """Names written with accents the knowledge base spells without ("Bogotá", "Asunción",
    "Yaoundé"): spans of up to three words holding a non-ASCII letter whose folded form is an
    alias."""
    out: list[Span] = []
    flags = doc.to_array([IS_ALPHA, IS_ASCII])
    for i in numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 0)):    # alphabetic, not ASCII
        t = doc[int(i)]
        for start in range(max(0, t.i - 2), t.i + 1):
            for end in range(t.i + 1, min(len(doc), start + 3) + 1):
                folded = ascii_fold(doc[start:end].text.lower())
                if folded != doc[start:end].text.lower() and folded in by_key:
                    out.append(doc[start:end])
    return out


def _homonym_state(span: Span, state: str, b: _Builder) -> str:
    """``state``, the state a name was read as, unless the name is also a US state's (the rules'
    ``state_homonyms``) and the article uses it as that (:func:`_american_place`): then the US."""
    if actor_rules()["state_homonyms"].get(span.text) == state and _american_place(span, b):
        return "USA"
    return state


def _american_place(span: Span, b: _Builder) -> bool:
    """True when a name shared with a US state (``span``) is the US state: its sentence speaks of
    American politics (:func:`_american_sentence`), or another sentence naming it does (one sense
    per article: "Georgia Gov. Brian Kemp …" makes "the New Georgia Project" American too)."""
    if _american_sentence(span, b):
        return True
    found = b.american_names.get(span.text)
    if found is None:
        doc = span.doc
        found = b.american_names[span.text] = any(
            _american_sentence(doc[t.i:t.i + len(span)], b) for t in doc
            if t.text == span[0].text and doc[t.i:t.i + len(span)].text == span.text and t.sent != span.sent)
    return found


def _american_sentence(span: Span, b: _Builder) -> bool:
    """True when the sentence of ``span`` speaks of American politics (the rules'
    ``us_context_words``: "congressman", "Gov.", "Democratic") or names another place the imported
    dictionaries file under the United States ("Florida, Georgia and the Carolinas")."""
    words = actor_rules()["us_context_words"]
    imported = b.imported
    for t in span.sent:
        if span.start <= t.i < span.end:
            continue
        if t.lower_ in words:
            return True
        if imported is not None and t.ent_type_ == "GPE" and t.ent_iob_ == "B":
            ent = next((e for e in b.ents if e.start == t.i), None)
            hit = imported.lookup(ent.text, b.date) if ent is not None else None
            if hit is not None and hit.id == "USA" and not b.kb.lookup(ent.text, date=b.date):
                return True     # a place in the United States, not the country itself
    return False


def _add_kb_mentions(doc: Doc, b: _Builder) -> None:
    matchers, by_key = _kb_matcher(doc, b.kb)
    rules = actor_rules()
    homonyms = rules.get("place_homonyms", {})
    spans = [doc[s:e] for matcher in matchers for _, s, e in matcher(doc)] + _folded_spans(doc, by_key)
    # longest first, no overlaps
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    chosen: list[Span] = []
    used: set[int] = set()
    for span in spans:
        if used.intersection(range(span.start, span.end)):
            continue
        chosen.append(span)
        used.update(range(span.start, span.end))
    people = [_strip_det(e) for e in b.ents if e.label_ == "PERSON"]   # "Burkina Faso's" is no longer name
    for span in chosen:
        # a name inside a longer PERSON entity ("George Washington") is not a place
        if any(e.start <= span.start and e.end >= span.end and len(e) > len(span) for e in people):
            continue
        candidates = by_key.get(span.text.lower()) or by_key.get(ascii_fold(span.text.lower())) or []
        if hasattr(b.kb, "alias_active"):  # dated names: "Juba" is Sudan's before 2011
            candidates = [c for c in candidates if b.kb.alias_active(span.text, c[0], b.date)]
        if not candidates:
            continue
        # a city several states have ("Tripoli"): any of them, the KB's own first
        ids = {c[0] for c in candidates}
        candidates = candidates + [(state, "alias") for state in homonyms.get(ascii_fold(span.text.lower()), ())
                       if state not in ids]
        if len({c[0] for c in candidates}) > 1:
            # "Congress": the state's the phrase's owner or the dateline names ("BUENOS AIRES — …
            # behind Congress's back": Argentina's), then one the article names unambiguously
            # ("Congolese" after "Congo-Brazzaville")
            named = {by_key[s.text.lower()][0][0] for s in chosen if len(by_key.get(s.text.lower(), [])) == 1
                     and ascii_fold(s.text.lower()) not in homonyms}
            home = _home_states(span, b)
            candidates = sorted(candidates, key=lambda c: (_home_rank(c[0], home, b), c[0] not in named
                                                           and _entry_state(c[0], b) not in named))
        actor_id, kind = candidates[0]
        if (generic := _generic_office(span, candidates, b)) is not None:
            # "Foreign Office spokesman Tahir Mahmood" under a Pakistani dateline: the office of
            # that name of the dateline's state, not the British or the German one
            b.add_mention(span, generic, "kb")
            continue
        actor_id = _homonym_state(span, actor_id, b)     # "a Democratic congressman from Georgia": the US state
        if kind in ("adjective", "demonym") and kind == "adjective":
            # "Russian president" gives a country to a person; a state acts only through agent nouns
            head = _agent_head(span, b)
            if head is None:
                continue
            # "Hungarian and Romanian officials": each adjective names its own state
            coordinated = span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children)
            np = span if coordinated else doc[span.start:head.i + 1]
            entry = b.kb.get(actor_id)
            if entry is None:
                continue
            b.add_actor(b.entry_actor(entry))
            b.add_mention(np, actor_id, "kb", take=False)
            continue
        if span.text.lower() in rules["not_actor_aliases"]:
            continue  # regions and peoples ("Europe", "Europeans") are not actors by themselves
        if not any(t.is_upper or t.is_title or not t.is_alpha for t in span if t.lower_ != "the"):
            continue  # lower-case matches are words, not names ("turkey", "the bloc")
        entry = b.kb.get(actor_id)
        if entry is None:
            continue
        if entry.type == "person":
            continue  # people come from the person pass, with their roles
        if entry.type != "state" and _inside_thing_name(span, b) \
                or entry.type == "bloc" and _inside_longer_name(span, b, by_key) \
                or entry.type == "organization" and (_opens_other_body(span, b) or _other_body_before(span, b, by_key)
                                                     or _ends_longer_name(span, b, by_key)) \
                or entry.type == "state" and _inside_other_place(span, b, actor_id):
            continue
        b.add_actor(b.entry_actor(entry))
        b.add_mention(span, actor_id, "kb")


def _generic_office(span: Span, candidates: list[tuple[str, str]], b: _Builder) -> str | None:
    """The dateline state's ministry for a portfolio's generic name ("Foreign Office", "Defence
    Ministry") that the knowledge base gives only other states (several of them, or one that the
    text does not name in the phrase): the id of that ministry (:func:`_state_ministry`), else None."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    portfolios = [w for w in words if w in _PORTFOLIOS]
    if len(portfolios) != 1 or not set(words) <= {portfolios[0], "office", "ministry", "of", "affairs"} \
            or not {"office", "ministry"} & set(words):
        return None
    home = _dateline_state(b)
    if home is None or any(_entry_state(c[0], b) == home for c in candidates) \
            or any(c.dep_ == "poss" for c in span.root.children):
        return None     # (not "Its foreign office", the owner's)
    others = {_entry_state(c[0], b) for c in candidates}
    for ent in b.ents:
        if ent.label_ == "GPE" and ent.sent.start == span.sent.start and (
                b.kb.country_of_adjective(ent.text) in others
                or any(e.id in others or getattr(e, "country", None) in others
                       for e in b.kb.lookup(ent.text, date=b.date))):
            return None     # (a place of one of them in the sentence: "A Foreign Office spokesperson in London")
    state = b.actors.get(home) or b.kb.get(home)
    if state is None or state.type != "state":
        return None
    return _state_ministry(b, state, _PORTFOLIOS[portfolios[0]])


def _home_states(span: Span, b: _Builder) -> list[str]:
    """The states an ambiguous name is most likely of, best first: its owner's ("Brazil's
    Congress"), then the dateline's."""
    out = []
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start), None)
    if owner is not None:
        hit = next((e for e in b.kb.lookup(owner.text, date=b.date) if e.type == "state"), None)
        if hit is not None:
            out.append(hit.id)
    if (dateline := _dateline_state(b)) is not None and dateline not in out:
        out.append(dateline)
    return out


def _entry_state(actor_id: str, b: _Builder) -> str | None:
    """The state a KB entry is or belongs to ("org:canadian-parliament": CAN), None when unknown."""
    entry = b.kb.get(actor_id)
    return actor_id if entry is not None and entry.type == "state" else getattr(entry, "country", None)


def _home_rank(actor_id: str, home: list[str], b: _Builder) -> int:
    """Where the state an actor belongs to stands in ``home`` (its length when absent)."""
    country = _entry_state(actor_id, b)
    return home.index(country) if country in home else len(home)


def _inside_longer_name(span: Span, b: _Builder, by_key: dict[str, list[tuple[str, str]]]) -> bool:
    """True when an international body's name ends a longer name the model tagged
    (:func:`_ends_longer_name`), or opens the name of a thing named after the body ("the
    Commonwealth Fund") or of another body (:func:`_opens_other_body`)."""
    if _ends_longer_name(span, b, by_key, within=True):
        return True
    # or that opens the name of a foundation, an institute or a contest named after it ("the
    # Commonwealth Fund", "the Commonwealth Games"), which is no organ of the body
    return any(e.label_ in ("ORG", "EVENT") and e.start <= span.start and span.end < e.end
               and e[-1].lower_ in _NAMED_AFTER_HEADS for e in b.ents) or _opens_other_body(span, b)


def _ends_longer_name(span: Span, b: _Builder, by_key: dict[str, list[tuple[str, str]]],
                      within: bool = False) -> bool:
    """True when a body's name ends (``within``: or stands inside) a longer name the model tagged
    as an organisation, after a capitalised word that names nothing the knowledge base or the
    imported dictionaries know: "the Philippine National Security Council" is not the UN's
    "Security Council", "All Progressives Congress" not the US Congress (but "the UN Security
    Council", "Peruvian Congress" and the "Ohio Democratic Party" are theirs)."""
    for e in b.ents:
        if e.label_ != "ORG" or not (e.start < span.start and (span.end == e.end or within and span.end < e.end)):
            continue
        # (the words after any comma or colon the recogniser ran the name over: "Politico,
        # Democratic party", "National Interests: The Human Rights Council")
        cut = max((t.i + 1 for t in span.doc[e.start:span.start] if t.text in (",", ":", ";")), default=e.start)
        before = [t for t in span.doc[cut:span.start] if t.is_alpha and t.lower_ != "the"]
        if any(t.text[:1].isupper() and t.lower_ not in by_key and ascii_fold(t.lower_) not in by_key
               and not _imported_place(t.text, b) for t in before):
            return True
    return False


def _other_body_before(span: Span, b: _Builder, by_key: dict[str, list[tuple[str, str]]]) -> bool:
    """True for a bare body word ("the Commission", "the Council") after the story named another body
    of that word that the knowledge base does not know ("the Election Commission of India … the
    Commission said"): that body named again, not the European Commission."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in actor_rules()["body_heads"]:
        return False
    word = words[0].lower_
    return any(e.label_ == "ORG" and e.end <= span.start and len(e) > 1
               and any(t.lower_ == word for t in e)
               and _strip_det(e).text.lower() not in by_key for e in b.ents)


def _imported_place(text: str, b: _Builder) -> bool:
    """True for a name the imported dictionaries file under a state: a town or region ("Istanbul",
    "Ohio"), or the state itself."""
    return b.imported is not None and getattr(b.imported.lookup(text, b.date), "type", None) == "state"


def _opens_other_body(span: Span, b: _Builder) -> bool:
    """True when a body's name opens a longer name the model tagged that goes on with what that
    other body is on or for: "the Commission on Presidential Debates" is not the European
    Commission, "the Council on Foreign Relations" no EU council."""
    return any(e.label_ == "ORG" and e.start <= span.start and span.end < e.end
               and span.doc[span.end].lower_ in ("on", "for")
               and any(t.is_title for t in span.doc[span.end + 1:e.end]) for e in b.ents)


#: last words of the names of things named after a body that are no organ of it
_NAMED_AFTER_HEADS = frozenset({"fund", "foundation", "institute", "center", "centre", "trust", "society", "club",
                                "university", "college", "prize", "award", "games", "cup", "museum", "school"})


#: entity labels of things, not actors: a body's name inside one is part of the thing's name
_THING_LABELS = frozenset({"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def _inside_thing_name(span: Span, b: _Builder) -> bool:
    """True when a body's name is a word of a longer name of a place, building or work: "the Grand
    Ethiopian Renaissance Dam" (not the Renaissance party), "the Hamas Memorial Hall"."""
    return any((e.label_ in _THING_LABELS or e[-1].lower_ in _THING_HEADS) and e.start <= span.start
               and span.end <= e.end and len(e) > len(span) for e in b.ents)


def _inside_other_place(span: Span, b: _Builder, state: str) -> bool:
    """True for a name inside a longer name of another place or of a newspaper: a place the
    imported dictionaries know whole ("Mexico" in "New Mexico", a US state), a county named after
    a far-off city ("Lyon" in "Lyon County"), a paper named after its city ("The New York Times",
    "The Washington Post" speak for no state). ``state`` is the state the name alone stands for."""
    for e in b.ents:
        if not (e.start <= span.start and span.end <= e.end and len(e) > len(span)):
            continue
        if span.end < e.end and e[-1].lower_ in _MEDIA_HEADS and e.label_ in ("ORG", "WORK_OF_ART", "GPE"):
            return True
        if e.label_ not in ("GPE", "LOC"):
            continue
        if e[-1].lower_ in _COUNTIES and span.end < e.end:
            return True
        if b.imported is not None and (whole := b.imported.lookup(e.text, b.date)) is not None \
                and whole.id != state:
            return True
    return False


#: last words of newspapers' and broadcasters' names, which often begin with a place
_MEDIA_HEADS = frozenset({"times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "chronicle",
                          "globe", "examiner", "inquirer", "courier", "dispatch", "independent", "observer",
                          "mirror", "express", "star", "sun", "register", "bee"})

#: last words of the names of a US state's parts, often named after cities elsewhere
_COUNTIES = frozenset({"county", "parish", "township"})


#: last words of the names of things, whatever label the model gave them ("the Grand Ethiopian
#: Renaissance Dam" tagged ORG)
_THING_HEADS = frozenset({"dam", "bridge", "canal", "airport", "stadium", "tower", "square", "hall", "palace",
                          "mosque", "cathedral", "church", "monument", "memorial", "museum", "pipeline",
                          "highway", "railway", "port", "harbour", "harbor", "prize", "award", "cup", "plan",
                          "doctrine", "accords", "accord", "treaty", "act", "bill"})


#: words of party names that many states' parties share ("Democratic Party", "Labour Party")
_GENERIC_PARTY_WORDS = frozenset({"democratic", "labour", "labor", "conservative", "liberal", "republican",
                                  "socialist", "green", "greens", "people's", "national", "progressive",
                                  "social", "christian", "workers'", "party", "the"})


def _generic_party(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and words[-1] == "party" and all(w in _GENERIC_PARTY_WORDS for w in words)


def _localise_parties(doc: Doc, b: _Builder) -> None:
    """A party named by words many states' parties share is the party of the state the passage is
    about, when that is not the knowledge base's party's state: "Not everyone in Seoul was
    convinced. The main opposition Democratic Party called the deal …" is South Korea's Democratic
    Party, not the American one. The passage's state is the one named last before the mention in
    its paragraph (up to the sentence before), else the dateline's; the KB's party stays when that
    state is its own, or when the passage names no state and its own was named before."""
    text = doc_text(doc)
    moved: set[str] = set()
    for key, m in list(b.mentions.items()):
        actor = b.actors.get(m.actor)
        if actor is None or actor.type != "organization" or not actor.country or not _generic_party(actor.name):
            continue
        sent = doc[m.token_start].sent
        start = max(text.rfind("\n", 0, m.start) + 1,
                    doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char)
        states = [n for n in b.mentions.values()
                  if start <= n.start < m.start and getattr(b.actors.get(n.actor), "type", None) == "state"]
        if not states and any(n.actor == actor.country and n.start < m.start for n in b.mentions.values()):
            continue    # its own state named before, and no other in the passage: "… the U.S.
            #             election … the Democratic Party"
        local = max(states, key=lambda n: n.start).actor if states else _dateline_state(b)
        if local is None or local == actor.country:
            continue
        own = Actor(id=f"{actor.id}-{local.lower()}", name=actor.name, type=actor.type, country=local)
        b.add_actor(own)
        del b.mentions[key]
        b.mentions[(m.start, m.end, own.id)] = ActorMention(m.start, m.end, m.text, own.id, m.token_start,
                                                             m.token_end, m.how)
        moved.add(actor.id)
    # the KB's party goes when none of its mentions stayed (nor a dateline named it)
    for actor_id in moved - {n.actor for n in b.mentions.values()} - b.filed_only:
        del b.actors[actor_id]


#: names that several states' bodies go by in English ("the Foreign Office" is Britain's, Pakistan's
#: and Germany's): the knowledge base's body only in a story about its state
_SHARED_OFFICE_NAMES = frozenset({"foreign office"})


def _localise_offices(doc: Doc, b: _Builder) -> None:
    """"Foreign Office spokesperson Mumtaz Baloch rejected …" in a story that never names Britain is
    Pakistan's Foreign Office: a body named by a name other states' bodies share
    (:data:`_SHARED_OFFICE_NAMES`), in an article that names its own state nowhere else (nor files
    from it), is the foreign ministry of the state the passage is about: the subject's of the
    sentence before, else the dateline's, else the state named last before it."""
    for key, m in list(b.mentions.items()):
        actor = b.actors.get(m.actor)
        if actor is None or actor.type != "organization" or not actor.country \
                or m.text.lower() not in _SHARED_OFFICE_NAMES:
            continue
        if _dateline_state(b) == actor.country or any(
                n.actor == actor.country or getattr(b.actors.get(n.actor), "country", None) == actor.country
                and n.actor != actor.id for n in b.mentions.values()):
            continue
        sent = doc[m.token_start].sent
        before = [n for n in b.mentions.values() if n.start < m.start
                  and getattr(b.actors.get(n.actor), "type", None) == "state"]
        local = _subject_state_before(sent, b, across=True) or _dateline_state(b) \
            or (max(before, key=lambda n: n.start).actor if before else None)
        if local is None or local == actor.country:
            continue
        own = _state_ministry(b, b.actors.get(local) or b.kb.get(local), "foreign")
        del b.mentions[key]
        b.mentions[(m.start, m.end, own)] = ActorMention(m.start, m.end, m.text, own, m.token_start,
                                                         m.token_end, m.how)
        if not any(n.actor == actor.id for n in b.mentions.values()) and actor.id not in b.filed_only:
            del b.actors[actor.id]


#: words that put someone's own office behind him ("a former Turkish diplomat"), or out of his hands
#: ("shadow foreign secretary X" speaks for the opposition); not "the previous government", which
#: still acted for its state
_PAST_OFFICE = frozenset({"former", "ex", "retired", "onetime", "one-time", "erstwhile", "shadow"})


def _office_behind(phrase: Span) -> bool:
    """True when the title words before a name put the office behind its holder: a "former",
    "ex-" or "retired" with no current title after the word it qualifies ("former Costa Rican
    president X", not "former presidential candidate Sen. X")."""
    rules = actor_rules()
    past = next((t for t in phrase if t.lower_ in _PAST_OFFICE), None)
    if past is None:
        return False
    after = past.head.i + 1 if phrase.start <= past.head.i < phrase.end else past.i + 1
    return not any(t.lower_ in rules["title_words"] or t.lower_ in rules["office_titles"]
                   for t in phrase.doc[after:phrase.end])


def _past_office(noun: Token) -> bool:
    """True for a person word whose office is behind him ("a former diplomat", "a retired general"),
    or out of his hands ("the shadow chancellor", read as a compound)."""
    return any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _PAST_OFFICE for c in noun.children)


def _agent_head(adjective: Span, b: _Builder) -> Token | None:
    """The agent noun a state adjective modifies ("Israeli troops", "Afghan rebel leaders",
    "Hungarian and Romanian officials"), else None. Agent nouns: actor_rules ``agent_nouns`` and
    ``group_nouns``, then the imported Phoenix agent words.

    Notes: PETRARCH codes "<country adjective> <agent>" as the country with the agent's sector.
    """
    root = adjective.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    doc = root.doc
    if root.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and root.i + 1 < len(doc):
        # "accused Azerbaijani forces" parsed as two objects side by side: the adjective still
        # modifies the noun after it
        nxt = doc[root.i + 1]
        if nxt.dep_ == root.dep_ and nxt.head.i == root.head.i and nxt.pos_ == "NOUN" and _is_agent_noun(nxt, b):
            return nxt
    if root.dep_ not in ("amod", "compound", "nmod"):
        return None
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Afghan rebel leaders": the compound's head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if _past_office(head):
        return None     # "a former Turkish diplomat" speaks for himself, no longer for the state
    if _is_agent_noun(head, b):
        return head
    # "Kampuchean guerrilla camps", "Ugandan opposition candidates": the agent is a compound inside
    inner = [t for t in head.doc[root.i + 1:head.i] if t.dep_ == "compound" and t.head.i == head.i]
    return inner[-1] if inner and _is_agent_noun(inner[-1], b) else None


def _is_agent_noun(token: Token, b: _Builder) -> bool:
    rules = actor_rules()
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in rules["agent_nouns"] or lower in rules["agent_nouns"] or lower in rules["group_nouns"] \
            or lemma in rules["group_nouns"]:
        return True
    if lemma in _ARMS and token.dep_ in ("nsubj", "nsubjpass"):
        return True     # "Russian missiles struck Kyiv", "Turkish drones hit …": the state's arms acting
    #                     (as a subject only: "shot down Russian drones" targets no state)
    if lower in rules["not_agent_nouns"] or lemma in rules["not_agent_nouns"]:
        return False
    imported = b.imported
    return imported is not None and imported.agent(lower) is not None


#: weapons and warplanes through which a state acts when they are a sentence's subject
_ARMS = frozenset({"missile", "rocket", "drone", "jet", "warplane", "aircraft", "bomber", "helicopter",
                   "airstrike", "artillery", "shell", "warship", "gunboat", "tank"})


def _imported_person(name: Span, words: list[str], b: _Builder) -> Actor | None:
    """A person the curated KB does not know, from the imported dictionaries: a full name
    ("Abdelaziz Bouteflika" -> DZA), or a surname after a title ("President Mugabe")."""
    imported = b.imported
    if imported is None:
        return None
    if len(words) > 1:
        found = imported.person(name.text, b.date)
    else:
        before = name.doc[name.start - 1] if name.start > 0 else None
        titled = before is not None and before.lower_ in actor_rules()["office_titles"]
        found = imported.by_surname(words[0], b.date) if titled else None
    if found is None:
        return None
    return Actor(id=found.id, name=found.name, type="person", country=found.country)


#: names of bodies many states have: the dictionaries file them under one state
_GENERIC_BODIES = frozenset({
    "senate", "congress", "parliament", "house", "house of representatives", "supreme court", "cabinet",
    "joint chiefs of staff", "national assembly", "constitutional court", "high court", "treasury",
    "central bank", "election commission", "electoral commission", "national security council",
    "army", "navy", "air force", "coast guard", "police", "foreign ministry", "interior ministry",
    "defense ministry", "defence ministry", "justice ministry", "finance ministry"})


def _add_imported_names(doc: Doc, b: _Builder) -> None:
    """Names only the imported dictionaries know, in words no earlier pass resolved: armed groups
    and bodies ("Islamic Salvation Front", "Amnesty International"), regions and cities as their
    state ("Gaza Strip", "Darfur"). Only capitalised names; the longest match wins."""
    imported = b.imported
    if imported is None:
        return
    rules = actor_rules()
    covered = set(b.taken)
    for m in b.mentions.values():
        covered.update(range(m.token_start, m.token_end))
    links, titles = rules["name_links"], rules["title_words"]
    not_actors = {name_key(a) for a in rules["not_actor_aliases"]}
    homonyms = rules.get("place_homonyms", {})
    n_doc = len(doc)
    if not n_doc:
        return
    # the tokens' attributes read once (doc[i] builds a Token on every access)
    tab = b.tokens
    text_all, texts, lowers, person = tab.text, tab.texts, tab.lowers, tab.person
    idx, length, alpha, punct, stop, ent = tab.idx, tab.length, tab.alpha, tab.punct, tab.stop, tab.ent
    lower = lowers.__getitem__

    def may_be_word(j: int) -> bool:  # a token that can stand in a name, not yet taken
        return j not in covered and (punct[j] or texts[j][:1].isupper() or lower(j) in links or not alpha[j])

    def is_name(start: int, end: int) -> bool:
        # _is_name(doc[start:end], rules), from the arrays, for a run of tokens that all
        # satisfy may_be_word
        words = [j for j in range(start, end) if not punct[j]]
        if not words or lower(words[-1]) in links:
            return False
        if len(words) == 1:
            w = words[0]
            if stop[w] or lower(w) in titles or length[w] < 3:
                return False
            return not (doc[start].is_sent_start and doc[w].pos_ not in ("PROPN",))
        return True

    max_words = min(imported.max_words, 8)
    i = 0
    while i < n_doc:
        if i in covered or not alpha[i] or not texts[i][:1].isupper() or ent[i] == person:
            i += 1
            continue
        found = None
        run = 1     # the longest run from i of tokens that can stand in a name: no longer name fits
        while run < max_words and i + run < n_doc and may_be_word(i + run):
            run += 1
        for n in range(run, 0, -1):
            end = i + n
            if not is_name(i, end):
                continue
            name_text = text_all[idx[i]:idx[end - 1] + length[end - 1]]
            hit = imported.lookup(name_text, b.date) if name_key(name_text) not in not_actors else None
            if hit is not None:
                found = (doc[i:end], hit)
                break
        if found is None:
            i += 1
            continue
        span, hit = found
        while len(span) > 1 and (punct[span.end - 1] or span[-1].is_space):
            span = span[:-1]  # "South Dakota," is the name without its comma
        if hit.type == "state" and _inside_other_place(span, b, hit.id):
            i = span.end
            continue
        if (shared := homonyms.get(ascii_fold(span.text.lower()))) is not None:
            state = _homonym_place(span, shared, b)
            if state is None:
                i = span.end
                continue
            hit = b.kb.get(state) or hit
        entry = b.kb.get(hit.id)
        owner = _owning_state(span, b)
        if owner is None and hit.type not in ("person", "state") and hit.country \
                and ascii_fold(_strip_det(span).text.lower()) in _GENERIC_BODIES \
                and (home := _dateline_state(b)) not in (None, hit.country):
            # "CANBERRA — … will pass the Senate": a body every state may have, read in the state
            # the story is filed from, not the one the dictionaries file the word under
            owner = b.actors.get(home) or b.kb.get(home)
            span = _strip_det(span)
        if owner is not None and hit.type != "person" and owner.id != hit.country:
            # "South Korea's Joint Chiefs of Staff": the dictionaries file the name under the US;
            # the state that owns it here is the one named
            name = f"{owner.name} {span.text}"
            actor = Actor(id=f"org:{slug(name)}", name=name, type="organization", country=owner.id)
        elif entry is not None and entry.type != "person":
            actor = b.entry_actor(entry)
        elif hit.type == "person" and not _looks_like_person(span, rules):
            # a body the dictionaries file among people ("Syrian Observatory for Human Rights")
            actor = Actor(id=f"org:{slug(span.text)}", name=span.text, type="organization", country=hit.country)
        else:
            actor = Actor(id=hit.id, name=hit.name, type=hit.type, country=hit.country)
        b.add_actor(actor)
        b.add_mention(span, actor.id, "imported")
        i = span.end


def _homonym_place(span: Span, states: Sequence[str], b: _Builder) -> str | None:
    """Which of ``states`` a city name they share stands for ("Cordoba" in a story about
    Argentina): the one the phrase's owner or the dateline names, else the one the article
    mentions most; None when it mentions none of them."""
    home = _home_states(span, b)
    counts = Counter(m.actor for m in b.mentions.values())
    best = min(states, key=lambda s: (_home_rank(s, home, b), -counts[s]))
    return best if _home_rank(best, home, b) < len(home) or counts[best] else None


def _owning_state(span: Span, b: _Builder) -> Actor | None:
    """The state whose possessive or adjective stands right before ``span`` ("South Korea's" in
    "South Korea's Joint Chiefs of Staff", "Philippine" in "Philippine National Security
    Council"), else None."""
    if span.start >= 1 and sum(t.is_alpha for t in span) >= 2 \
            and (code := b.kb.country_of_adjective(span.doc[span.start - 1].text)) is not None:
        state = b.actors.get(code) or b.kb.get(code)
        return state if state is not None and state.type == "state" else None
    if span.start < 2 or span.doc[span.start - 1].lower_ not in ("'s", "’s"):
        return None
    actor = _actor_at(span.doc[span.start - 2], b)
    return actor if actor is not None and actor.type == "state" else None


def _is_name(span: Span, rules: dict[str, Any]) -> bool:
    """A proper name: capitalised content words, not one common word ("The", "Minister")."""
    words = [t for t in span if not t.is_punct]
    if not words or words[-1].lower_ in rules["name_links"]:
        return False
    if any(not (t.text[:1].isupper() or t.lower_ in rules["name_links"] or not t.is_alpha) for t in words):
        return False
    if len(words) == 1 and (words[0].is_stop or words[0].lower_ in rules["title_words"] or len(words[0]) < 3):
        return False
    return not (span[0].is_sent_start and len(words) == 1 and words[0].pos_ not in ("PROPN",))


#: entity labels the small models give to unfamiliar personal names ("Lars Klingbeil" as GPE)
_MISREAD_AS = ("GPE", "LOC", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "FAC")


def _misread_person(name: Span, b: _Builder, label: str) -> bool:
    """A person's name the model tagged as a place, an organisation or a title (:data:`_MISREAD_AS`;
    a name right after a closing quotation mark: '“…,” Tomasz Siemoniak told …' read as a work of
    art), given a name that already looks like a person's and names nothing else
    (:func:`_names_something_else`): one the KB knows (as a person, then; an ORG only when the
    KB's entry is a person: "with Kaja Kallas saying …"), or, for a place, one given a person's
    office ("the finance minister, Lars Klingbeil") or the subject of a reporting verb
    ("Klingbeil told reporters"), as for a title; firms speak too, so an ORG needs the KB."""
    if b.kb.country_of_adjective(name.text):
        return False
    if label == "GPE" and _imported_place(name.text, b):
        return False    # a town the imported dictionaries file under its state: "since Istanbul welcomed …"
    if name.start > 0 and _opening_mark(name.doc[name.start - 1]):
        return False    # 'The "Suva Commitment," agreed at …': a title in quotation marks, no one
    entries = b.kb.lookup(name.text, date=b.date)
    words = [t for t in name if not t.is_punct]
    if not entries and len(words) in (2, 3) and words[0].text.lower() in _first_names() \
            and _named_alone(words[-1]):
        return True     # "Nadia Hollis did not bother …", then "Hollis said": a given name, a surname
    if label == "ORG":
        if any(e.type == "person" for e in entries):
            return True
        words = [t.text for t in name if not t.is_punct]
        if len(words) > 1 and _role_around(name, b)[0] is not None:
            return True     # a full name given an office: "deputy ambassador, Dmitry Polyanskiy"
        if len(words) in (2, 3) and words[0].lower() in _first_names() and (
                name.root.dep_ == "appos" and _described_as_person(name.root)
                or any(c.dep_ == "appos" and c.i >= name.end and _heads_or_person_word(c) for c in name.root.children)):
            # a first name and a surname set beside a person's description, however far up the
            # parser hung it: "the EU's special representative for the Belgrade–Pristina dialogue,
            # Anders Holmqvist"
            return True
        before = name.doc[name.start - 1] if name.start > 0 else None
        if len(words) in (2, 3, 4) and before is not None and before.dep_ == "compound" \
                and before.head.i == name.end - 1 and _heads_or_person_word(before) \
                and all(w[:1].isupper() or w.lower() in actor_rules()["name_particles"] for w in words):
            return True     # a name after the word for a person: "Presiding judge Benedicte de Perthuis"
        # a lone surname of the one person of that name in office ("Trump threatened …")
        return len(words) == 1 and len([e for e in b.kb.people_by_surname(words[0], b.date)
                                        if b.kb.roles_of(e.id, b.date)]) == 1
    if entries:
        return True
    words = [t for t in name if not t.is_punct]
    if len(words) == 2 and not b.kb.lookup(words[0].text, date=b.date) and _named_alone(words[1]) \
            and not b.kb.lookup(words[1].text, date=b.date) \
            and (b.imported is None or b.imported.lookup(words[1].text, b.date) is None):
        # "Dragan Petković won …", then "Petković denied …": a surname, not a place (but "South
        # Florida", with "Florida" alone below, is a place)
        return True
    head = name.root
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head    # "Its leader, Kemi Badenoch, said": the apposition of the speaker
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in load_lexicon().lemmas:
        return True
    return _role_around(name, b)[0] is not None


#: heads of bodies the rules list as neither person nouns nor role heads
_CHAIRS = frozenset({"director", "chairman", "chairwoman", "chair"})


def _heads_or_person_word(token: Token) -> bool:
    """True for a word for a person: "head", "envoy", "spokeswoman", "director", …"""
    return is_person_word(token) or token.lemma_.lower() in _CHAIRS


def _described_as_person(token: Token) -> bool:
    """True when a word naming a person ("representative", "envoy", "minister") stands among the
    few heads above ``token``."""
    nouns = person_words()
    for hops, anc in enumerate(token.ancestors):
        if hops >= 4:
            break
        if anc.lemma_.lower() in nouns or anc.text.lower() in nouns:
            return True
    return False


def _opening_mark(token: Token) -> bool:
    """True for a quotation mark that opens a quotation: a curly opening mark, or a straight one
    after a space or at the start."""
    if token.text in ("“", "‘", "«"):
        return True
    return token.text in ('"', "'") and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))


#: words for a body that, right before a name, make it the body's name ("the campaign group
#: Jubilee Forward", "steel association Eurofer", "broadcaster Eri-TV")
_BODY_NOUNS = frozenset({"association", "group", "federation", "company", "firm", "organisation", "organization",
                         "agency", "network", "union", "party", "movement", "coalition", "alliance", "institute",
                         "foundation", "chamber", "confederation", "lobby", "watchdog", "bank", "newspaper",
                         "broadcaster", "outlet", "channel", "tank", "council", "committee", "club", "forum",
                         "consultancy", "charity", "ngo", "website", "daily", "magazine", "station",
                         # firms by what they do: "cable operator Baltic Link", "energy giant Naftogaz"
                         "operator", "carrier", "producer", "manufacturer", "maker", "exporter", "importer",
                         "provider", "developer", "utility", "insurer", "lender", "airline", "shipper", "giant",
                         "conglomerate", "miner", "retailer", "fund", "regulator", "startup", "supplier"})


def _named_as_party(name: Span, text: str) -> bool:
    """True when the text writes the name before a word for a party or movement somewhere ("the
    ruling Georgian Dream party", "the Law and Justice party")."""
    at = text.find(name.text)
    while at != -1:
        if _PARTY_WORD.match(text, at + len(name.text)):
            return True
        at = text.find(name.text, at + 1)
    return False


_PARTY_WORD = re.compile(r"\s+(?:party|movement|coalition|alliance|bloc)\b")


def _named_body(name: Span) -> Token | None:
    """The word for a body that a name follows in one noun phrase ("the campaign group Jubilee
    Forward": "group"), else None."""
    head = name.root
    before = [t for t in name.doc[head.left_edge.i:name.start] if t.dep_ in ("compound", "nmod", "amod")
              and t.head.i in range(name.start, name.end)]
    last = before[-1] if before else None
    return last if last is not None and last.lemma_.lower() in _BODY_NOUNS and last.i == name.start - 1 else None


def _named_alone(surname: Token) -> bool:
    """True when the text uses ``surname`` again on its own, after no other capitalised word, as
    the subject or object of a verb ("Petković denied …", "congratulated Petković"; not the
    "Islands" of "Diaoyu Islands")."""
    doc = surname.doc
    # only the tokens spelt like it (found in C: a Python pass over every token is slow)
    same = numpy.flatnonzero(doc.to_array(ORTH) == surname.orth)
    return any(i != surname.i and (t := doc[int(i)]).dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
               and (t.is_sent_start or not doc[t.i - 1].text[:1].isupper()) for i in same)


def _speaks(name: Span, first_break: int) -> bool:
    """A lone name the text lets speak, below the first line (``first_break``: the offset of the
    text's first line break, -1 for none): the subject of a reporting verb ("Melanie said yes").
    Such a person (a voter, a witness) is an actor of the article although no full name is given;
    a lone name that does not speak waits for a full name to link to."""
    root = name.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and 0 <= first_break < name.start_char \
        and root.head.lemma_.lower() in load_lexicon().clause and name.text[:1].isupper()


def _reporting_verb_form(word: str) -> bool:
    """True for the third-person form of a reporting verb, as a headline writes it ("Says",
    "Warns", "Urges", "Denies", "Pushes")."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or not word[:1].isupper():
        return False
    lemmas = load_lexicon().lemmas
    return w[:-1] in lemmas or w.endswith("es") and w[:-2] in lemmas \
        or w.endswith("ies") and w[:-3] + "y" in lemmas


def _headline_name(name: Span, body: str, title_cased: bool = False) -> Span | None:
    """A title-cased headline runs words into a name ("Derelict Obama and Clinton"): a headline name
    the body never repeats whole loses leading words that are no known first names, down to a
    first name or to the part the body does use ("Obama"). A name the body repeats, or one that
    opens with a first name ("Hillary Clinton" with only "Clinton" below), stays. In a line in
    title case (``title_cased``) it also loses the words after the part the body uses ("Packard
    Wins": Packard), and a name none of whose words the body uses is none (None)."""
    if name.text in body:
        return name
    while len(name) > 1 and _reporting_verb_form(name[-1].text):
        name = name[:-1]    # "Obama Says African-American Museum Will …": Obama
    if name.text in body:
        return name
    for end in range(name.end - 1, name.start, -1) if title_cased else ():
        # the name's first words the body uses, a headline's capitalised verb run on after them
        # ("Packard Wins Michigan Primary": Packard)
        if re.search(r"\b" + re.escape(name.doc[name.start:end].text) + r"\b", body):
            return name.doc[name.start:end]
    if title_cased and not any(re.search(r"\b" + re.escape(t.text) + r"\b", body)
                               for t in name if t.is_alpha and not t.is_stop):
        return None     # no word of it in the story: a headline's capitalised words ("Bill Unravels",
        #                 "Glitch That Delayed": "That" opens sentences anywhere)
    first = _first_names()
    start = name.start
    while start < name.end - 1 and name.doc[start].text.lower() not in first:
        rest = name.doc[start + 1:name.end]
        if rest[0].is_stop or not rest[0].text[:1].isupper():
            break   # "Trump Says He", "Murdoch In": no name left
        if rest[0].text.lower() in first or re.search(r"\b" + re.escape(rest.text) + r"\b", body):
            return rest
        start += 1
    return name


def _add_people(doc: Doc, b: _Builder) -> None:
    rules = actor_rules()
    surnames: dict[str, str] = {}
    givens: dict[str, set[str]] = {}    # first word of a full name -> the people so named
    nicknames: dict[tuple[str, str], str] = {}  # (nickname, surname) -> the person ('"Bobby" Scott')
    full_names: dict[tuple[str, str], tuple[str, int]] = {}    # (first, last) -> the person, his name's length
    text_all = doc_text(doc)
    first_break = text_all.find("\n")
    body = text_all[first_break:] if first_break > 0 else ""
    # a first line in title case is a headline, whose capitalised verbs run into names ("Packard
    # Wins …"); a first line in sentence case may be a whole paragraph, its names its own
    first_line = doc.char_span(0, first_break, alignment_mode="contract") if first_break > 0 else None
    headline_cased = first_line is not None and _title_cased(first_line)
    named: set[int] = set()     # tokens of the names read so far
    places = _names_set_as_places(doc)
    # the surnames of the full names the story gives below its headline: a headline's lone
    # surname is theirs ("Harris and Martin at odds" over "the Tánaiste, Simon Harris"), read by
    # the surname pass after this one, not the knowledge base's best-known holder of that name
    body_surnames = {e[-1].lower_ for e in b.ents if e.label_ == "PERSON" and e.start_char > first_break > 0
                     and len([t for t in e if t.is_alpha]) >= 2}
    for ent in b.ents:
        if ent.label_ != "PERSON" and ent.label_ not in _MISREAD_AS:
            continue
        if named.issuperset(range(ent.start, ent.end)):
            continue    # "Leyen" (tagged a place) already read into "Ursula von der Leyen"
        name = _person_name(ent)
        if dateline_end(b.datelines, name.start_char) is not None:
            continue  # "JEDDAH, June 2 (Wire) -": the place the story was filed, no person
        if 0 < first_break and name.end_char <= first_break:
            if (headline_name := _headline_name(name, body, headline_cased)) is None:
                continue
            name = headline_name
        if not _looks_like_person(name, rules) or _names_something_else(name, b) or name.text in places:
            continue
        if ent.label_ != "PERSON" and not _misread_person(name, b, ent.label_):
            continue
        words = [t.text for t in name if not t.is_punct and not _in_nickname(t)]
        if len(words) == 1 and (known := surnames.get(words[0].lower()) or _given(givens, surnames, words[0])):
            b.add_mention(name, known, "surname")
            continue
        if len(words) == 1 and name.end_char <= first_break and words[0].lower() in body_surnames:
            continue    # (the surname pass gives it to the full name below)
        if len(words) == 2 and (known := nicknames.get((words[0].lower(), words[1].lower()))
                                or surnames.get(" ".join(words).lower())) is not None:
            b.add_mention(name, known, "surname")     # "Bobby Scott" after 'Robert C. "Bobby" Scott'
            continue
        entries = [e for e in b.kb.lookup(name.text, date=b.date) if e.type == "person"]
        if not entries and name.start > ent.start:
            # a title the KB keeps as part of an alias: "King Salman" (not the many "… bin Salman")
            entries = [e for e in b.kb.lookup(doc[ent.start:name.end].text, date=b.date) if e.type == "person"]
        if not entries and len(words) == 1:
            # a lone surname ("Putin"): the KB's person of that name, if it knows exactly one
            # holding an office at the date, or exactly one at all
            entries = [e] if (e := _person_by_surname(b, words[0], any_one=True)) is not None else []
        imported = None if entries else _imported_person(name, words, b)
        kind = _named_body(name) if not entries and imported is None else None
        if kind is not None or not entries and imported is None and _named_as_party(name, text_all):
            # a body's name, not a person's: after the word for the body ("European steel
            # association Eurofer warned …", "the campaign group Jubilee Forward"), of the state
            # that phrase names; or one the text also writes before "party" ("Orban congratulated
            # Georgian Dream" after "the ruling Georgian Dream party"), of the state its first word names
            country = _country_in(doc[kind.left_edge.i:kind.i + 1], b) if kind is not None \
                else b.kb.country_of_adjective(words[0])
            body = Actor(id=f"org:{slug(name.text)}", name=" ".join(words), type="organization", country=country)
            b.add_actor(body)
            b.add_mention(name, body.id, "ner")
            continue
        if entries:
            actor = b.entry_actor(entries[0])
        elif imported is not None:
            actor = imported
        elif len(words) == 1 and not _speaks(name, first_break):
            continue  # a lone unknown surname: wait for the surname pass
        elif len(words) >= 2 and (same := full_names.get((words[0].lower(), words[-1].lower()))) is not None \
                and (len(words) == 2 or same[1] == 2) and same[0] in b.actors:
            # the same first name and surname, one of them with a middle name or initial ("Loretta
            # Lynch" in the headline, "Loretta E. Lynch" below): one person
            actor = b.actors[same[0]]
        else:
            actor = Actor(id=f"person:{slug(' '.join(words))}", name=" ".join(words), type="person")
        role, country, phrase = _role_phrase(name, b)
        if phrase is not None:
            b.titles.setdefault(actor.id, phrase.text.lower())
        elif name.root.dep_ == "appos" and name.root.head.pos_ in ("NOUN", "PROPN") \
                and name.root.head.ent_type_ != "PERSON" and name.root.head.i < name.start:
            # "The Speaker, Milton Brereton, rose": a title the knowledge base reads as no office
            b.titles.setdefault(actor.id, _np_span(name.root.head).text.lower())
        if role and country is None and actor.country and phrase is not None:
            # "foreign policy chief Kaja Kallas": a form that means another office in the state or
            # bloc the KB gives her (the EU's high representative) is read in that state's sense
            info = b.kb.parse_role(phrase.text, actor.country)
            role = info.role if info is not None else role
        if country is not None and not entries and imported is None and phrase is not None \
                and _defaulted_title(phrase, country, b):
            country = _country_near(name, b) or _dateline_state(b) or country
        if role and country is None and not actor.country and not entries and phrase is not None \
                and not any(t.lower_ in _PAST_OFFICE for t in phrase):
            role, country = _home_sense(phrase, role, b)    # "LONDON — … Helen Maitland, the Chancellor"
        before = doc[name.start - 1] if name.start > 0 else None
        while before is not None and before.i > 0 and before.lower_ in rules["title_words"] \
                and before.lower_ not in rules["state_titles"]:
            before = doc[before.i - 1]  # "opposition leader Maulana X": past honorifics to the office
        titled = before is not None and before.lower_ in rules["state_titles"]
        if country is None and actor.country is None and titled:
            country = _country_near(name, b)  # "President X" with his state named nearby
        elif country is None and actor.country is None and name.start > 0 \
                and doc[name.start - 1].lower_ in _DISTRICT_TITLES and name.end + 1 < len(doc) \
                and doc[name.end].lower_ == "of":
            # "Sen. John Thune of South Dakota": the state of the district, and nothing else nearby
            country = _district_state(b, name.end + 1)
        elif country is None and actor.country is None and _US_PARTY_TAG.match(doc_text(doc), name.end_char):
            country = "USA"     # "Sen. Thom Tillis, R-N.C.,", "Rep. Adam Schiff (D-Calif.)": the US Congress's notation
        if country is None and actor.country is None and (role or actor.role) == "spokesperson":
            # "China's foreign ministry said … Spokesman Guo Jiakun urged …": the spokesman of the
            # state the sentence before was about; "MANILA — … Rear Admiral Roy Trinidad, a navy
            # spokesman": of an organ of no state named, the home one
            country = _subject_state_before(name.sent, b) or (
                _dateline_state(b) if phrase is not None and any(t.lower_ in _HOME_ORGANS for t in phrase)
                else None)
        if country is None and actor.country is None and phrase is not None \
                and (owner := next((t for t in phrase if t.dep_ == "poss" and t.lower_ in _OWNER_PRONOUNS), None)):
            # "His foreign minister, Yusuf Tuggar, …" after "Nigerian President Bola Tinubu …":
            # the office of the state of the person the pronoun refers to, not the dateline's
            country = _person_before_state(owner, b)
        if country is None and actor.country is None and (
                (role or actor.role) in _DOMESTIC_ROLES or _cabinet(role or actor.role)):
            # "TBILISI — … Opposition leader Nika Melia": Georgia's; "WARSAW — … Agriculture
            # Minister Stefan Krajewski": Poland's (an office of no state named is the home one); a
            # minister right after a sentence about another state is that state's ("Kenya … said
            # it would keep trying. Foreign Affairs Cabinet Secretary X told reporters …")
            country = (_cabinet(role or actor.role) and (_sending_state(name, b)
                                                          or _subject_state_before(name.sent, b))) \
                or _dateline_state(b)
        if role or country:
            actor = Actor(id=actor.id, name=actor.name, type="person", country=country or actor.country,
                          role=role or actor.role, wikidata=actor.wikidata)
        b.add_actor(actor)
        b.add_mention(name, actor.id, "ner" if not entries else "kb")
        named.update(range(name.start, name.end))
        _add_country_adjective(name, actor, b)
        if len(words) > 1 and words[-1].lower().rstrip(".") in _NAME_SUFFIXES:
            words = words[:-1]     # "Ferdinand Marcos Jr." is Marcos later
        if len(words) > 1 or not entries:
            surnames.setdefault(words[-1].lower(), actor.id)
            surnames.setdefault(slug(words[-1]), actor.id)
        if len(words) > 2 and _ascii(words[-2]).lower() not in _first_names():
            # a double surname, written alone later ("Alejandro Ruiz Cortes" … "Ruiz Cortes said"),
            # not a full name after a word run into it ("Crooked Hillary Clinton")
            surnames.setdefault(" ".join(words[-2:]).lower(), actor.id)
        if len(words) > 1:
            givens.setdefault(words[0].lower(), set()).add(actor.id)
            full_names.setdefault((words[0].lower(), words[-1].lower()), (actor.id, len(words)))
            for t in name:
                if _in_nickname(t):
                    nicknames.setdefault((t.lower_, words[-1].lower()), actor.id)
        for alias in (entries[0].aliases if entries else ()):
            if " " not in alias and alias[:1].isupper() and alias.lower() != words[0].lower():
                surnames.setdefault(alias.lower(), actor.id)   # "Lula" for Luiz Inácio Lula da Silva
    # surnames the model did not tag as PERSON ("Cooper emphasized ...", "Lavrov's")
    texts, lowers = b.tokens.texts, b.tokens.lowers
    for i in range(len(doc)):
        if i in b.taken or not texts[i][:1].isupper():
            continue
        actor_id = surnames.get(lowers[i]) or _given(givens, surnames, texts[i])
        if not actor_id:
            continue
        token = doc[i]
        if actor_id and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") \
                and (token.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE") or name_read_as_date(token)):
            b.add_mention(doc[token.i:token.i + 1], actor_id, "surname")


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _person_by_surname(b: _Builder, surname: str, *, any_one: bool = False) -> Any | None:
    """The KB's one person of that surname holding an office at the article's date; with
    ``any_one``, else its one person of that surname at all."""
    found = b.kb.people_by_surname(surname, b.date)
    active = [e for e in found if b.kb.roles_of(e.id, b.date)]
    if len(active) == 1:
        return active[0]
    return found[0] if any_one and len(found) == 1 else None


def _person_before_state(pronoun: Token, b: _Builder) -> str | None:
    """The state of the person a possessive pronoun refers to: the last person named before it,
    outside quotations, in its paragraph ("Guterres said …, his spokesman X told reporters": the
    UN's; "Nigerian President Bola Tinubu … . His foreign minister, X, …": Nigeria's)."""
    text = doc_text(b.doc)
    para = text.rfind("\n", 0, pronoun.idx) + 1
    people = [m for m in b.mentions.values() if para <= m.start < pronoun.idx and m.token_start not in b.quoted
              and (a := b.actors.get(m.actor)) is not None and a.type == "person"]
    if not people:
        return None
    return b.actors[max(people, key=lambda m: m.start).actor].country


#: possessive pronouns that give an office an owner named before ("his foreign minister")
_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _add_untagged_surnames(doc: Doc, b: _Builder) -> None:
    """Lone surnames the model left untagged, once descriptions are read: the surname of a person
    the article named only by office ("Greece's prime minister …", then "Mitsotakis, speaking in
    parliament, warned: …"), else, for the subject of a verb, the one person of that surname the
    knowledge base has in office at the date ("Mitsotakis warned that …")."""
    known: dict[str, str | None] = {}
    for actor in b.actors.values():
        if actor.type == "person" and actor.name and " " in actor.name.strip():
            last = actor.name.split()[-1].lower()
            known[last] = None if known.get(last, actor.id) != actor.id else actor.id  # two of a name: neither
    texts = b.tokens.texts
    for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():     # proper nouns, found in C
        token = doc[i]
        if i in b.taken or token.ent_type_ not in ("", "PERSON") \
                or not texts[i][:1].isupper() or texts[i].isupper() or not texts[i].isalpha():
            continue
        if (i > 0 and doc[i - 1].pos_ == "PROPN") or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            continue    # part of a longer name the other passes read
        actor_id = known.get(token.lower_)
        if actor_id is None and token.lower_ not in known and token.dep_ in ("nsubj", "nsubjpass") \
                and i not in b.quoted and (entry := _person_by_surname(b, texts[i])) is not None:
            actor_id = b.add_actor(b.entry_actor(entry))
        if actor_id is not None:
            b.add_mention(doc[i:i + 1], actor_id, "surname")


def _given(givens: dict[str, set[str]], surnames: dict[str, str], word: str) -> str | None:
    """The one person whose full name opens with ``word`` ("Abiy" for Abiy Ahmed, "Xi" for Xi
    Jinping, "Hillary" for Hillary Clinton); None when two people share it, when it is someone's
    surname, or when it is a title ("President")."""
    lower, rules = word.lower(), actor_rules()
    people = givens.get(lower, set())
    if len(people) != 1 or lower in surnames or lower in rules["title_words"] or lower in rules["state_titles"]:
        return None
    return next(iter(people))


def _add_country_adjective(name: Span, actor: Actor, b: _Builder) -> None:
    """ "French president Emmanuel Macron": the adjective names France, on whose behalf he acts,
    so France is an actor of the article too (with "French" as its mention)."""
    if not actor.country:
        return
    doc = name.doc
    for tok in doc[name.root.left_edge.i:name.start]:
        if tok.dep_ in ("amod", "compound", "nmod") and b.kb.country_of_adjective(tok.text) == actor.country:
            entry = b.kb.get(actor.country)
            if entry is not None and tok.i not in b.taken:
                b.add_actor(b.entry_actor(entry))
                b.add_mention(doc[tok.i:tok.i + 1], entry.id, "adjective", take=False)


def _whose_owner(noun: Token, b: _Builder) -> str | None:
    """The state or bloc a "whose" before ``noun`` stands for: the noun its relative clause
    describes ("Romania, whose president …"), else None."""
    clause = noun
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    owner = _actor_at(clause.head, b)
    return owner.id if owner is not None and owner.type in ("state", "bloc") else None


def _placed_in(token: Token, b: _Builder) -> str | None:
    """The state of the city an office word (or the office it owns) is set in: "the president's
    office in Quito" (Ecuador), "the prime minister in Islamabad"; else None."""
    for noun in (token, token.head) if token.dep_ == "poss" else (token,):
        for prep in noun.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE" and (state := _actor_at(obj, b)) is not None \
                        and state.type == "state":
                    return state.id
    return None


def _add_descriptions(doc: Doc, b: _Builder) -> None:
    """Role descriptions with no name: "the head of the UK foreign office", "the Russian president",
    "the country's foreign secretary" -> the person in the article with that office, else the KB's
    holder at the article's date."""
    rules = actor_rules()
    role_heads, lowers = rules["role_heads"], b.tokens.lowers
    unknown: dict[str, str] = {}    # office word -> the state of the last holder the KB does not know
    for i in range(len(doc)):
        if lowers[i] not in role_heads or i in b.taken:
            continue
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ in ("compound", "amod"):
            continue  # part of a longer phrase: the head decides
        np = _np_span(token)
        if any(t.ent_type_ == "PERSON" for t in np) or any(c.dep_ == "appos" for c in token.children):
            continue
        if token.head.dep_ == "appos" or token.dep_ == "appos" and token.head.ent_type_ not in ("TIME", "DATE"):
            continue    # (but not one the parser hung on a live entry's time: "12:03 p.m. — The EU's …")
        det = np[0].lower_
        headline = np.sent.start == 0 and "\n" in doc[np.sent.end - 1:np.sent.end + 1].text_with_ws
        if det not in ("the",) and np[0].dep_ != "poss" and not np[0].lower_.endswith("’s") \
                and not (headline and np[0].ent_type_ in ("NORP", "GPE")):
            continue    # (a headline drops its articles: "Danish premier says …")
        if any(t.lower_ in _FORMER for t in np if t.i < token.i):
            continue  # "the former president": no longer the office's holder, and not named (not
            #           a word after it: "the ambassador for an explanation of the plan announced late on …")
        if any(_attitude(doc[t.i:t.i + 1]) for t in np):
            continue  # "the region's pro-Moscow leader": not Russia's president
        if any(c.dep_ == "poss" and c.lower_ in _BODY_ANAPHORS for c in token.children):
            continue  # "the department's spokeswoman": the voice of the body "the department" names
            #           (_add_body_anaphors), not whoever held that office last in the article
        role, country = _parse_role(np, b)
        if role is None:
            continue
        if country is None:
            country = _placed_in(token, b)   # "The president's office in Quito": Ecuador's
        if country is None:
            role, country = _home_sense(np, role, b)     # "LONDON, Tuesday ¶ … the Chancellor"
        person = None
        # the state is the phrase's own, or the one its title implies when the article names that
        # state ("The Treasury Secretary" in a story naming Washington is not South Africa's
        # finance minister; "the foreign secretary" in a Manila story may be the Philippines')
        explicit = country is not None and (_country_in(np, b) is not None or not _defaulted_title(np, country, b))
        if country is not None and not explicit:
            # "MANILA — … The foreign secretary said …" in a story that never names Britain: the
            # office of the state the story is filed from, as for a title before a name
            country = _dateline_state(b) or country
        if np[0].lower_ == "whose":
            # "Romania, whose president visited Chisinau": the office of the relative's antecedent
            owner = _whose_owner(token, b)
            if owner is None:
                continue
            country, explicit = owner, True
        quoted = b.quoted if np.start not in b.quoted else set()
        # (one the story gave these very words as a title goes first: "The majority leader, Senator
        # Dale Whitcomb, …" is "the majority leader" after another senator has spoken)
        words = " ".join(t.lower_ for t in np if t.dep_ not in ("det", "poss") and not t.is_punct)
        titled = None
        for m in sorted(b.mentions.values(), key=lambda m: m.token_start):
            actor = b.actors.get(m.actor)
            if m.token_start >= np.start or actor is None or actor.type != "person" \
                    or not _holds(actor.role, role, token) or m.token_start in quoted:
                continue    # (not a president named inside a quotation the description is outside of)
            if explicit and actor.country != country and not (
                    actor.country is None and role in _DISTRICT_ROLES and country == "USA"):
                continue    # (but "the Vermont senator" is the senator named before, of no state yet)
            person = actor.id  # the latest person with that office ("the chancellor" = Merz)
            if len(words.split()) > 1 and re.search(rf"\b{re.escape(words)}\b", _apposed(m, b)):
                titled = actor.id
        person = titled or person
        if person is None and headline:
            # a headline's description is the person the story names in that office ("Japan's
            # foreign minister criticises China … ¶ … Japan's foreign minister, Yoko Kamikawa, said")
            person = next((actor.id for m in sorted(b.mentions.values(), key=lambda m: m.token_start)
                           if m.token_start >= np.sent.end and (actor := b.actors.get(m.actor)) is not None
                           and actor.type == "person" and _holds(actor.role, role, token)
                           and (country is None or actor.country == country)), None)
        if person is None and country is None and np[0].lower_ == "the" and token.lemma_.lower() in unknown:
            # "Kosovo's interior minister said … . “…,” the minister said": the holder the KB does
            # not know, named again by the same office word
            b.add_mention(np, unknown[token.lemma_.lower()], "description", take=False)
            continue
        if person is None and country is None:
            # "White House press secretary Karoline Leavitt said the president remained committed":
            # the leader of the reporter's own state (not "the ambassador", often the other side's)
            country = _reporter_state(np, b) if role in _STATE_LEADS else None
            if country is None and role in _STATE_LEADS and (home := _dateline_state(b)) is not None \
                    and home in b.actors:
                # "LONDON — … The prime minister's official spokesman said …": the leader of the
                # state the story is filed from and about
                country = home
            if country is None:
                continue
        if person is None and role == "spokesperson" and any(np.start <= m.token_start and m.token_end <= np.end
                                  and getattr(b.actors.get(m.actor), "type", None) == "organization"
                                  for m in b.mentions.values()):
            continue    # a body's spokesman, not the state's: "the State Department spokesman" is no
            #             White House press secretary (the speaker is the body)
        if person is None:
            # an office many hold at once is no one in particular: "Russia's envoy to international
            # organisations in Vienna" is not the KB's special envoy
            posted = any(names_posting(t) for t in np)
            entry = None if posted else b.kb.holder(country, role, b.date, described=True)
            if entry is None:
                if b.kb.get(country) is not None:
                    if np.root.dep_ in ("nsubj", "nsubjpass"):
                        # "The country's trade minister added …": a holder the KB does not know
                        # speaks for the state
                        b.add_mention(np, country, "description", take=False)
                    # (and is the one "the minister" names again; also one spoken to: "summoned
                    # the U.S. ambassador … had asked the ambassador for an explanation", with its
                    # state named before the office, not after it: "European envoy as Warsaw …")
                    if np.root.dep_ in ("nsubj", "nsubjpass") \
                            or _country_in(doc[np.start:token.i + 1], b) == country:
                        unknown[token.lemma_.lower()] = country
                continue
            person = b.add_actor(b.entry_actor(entry))
        b.add_mention(np, person, "description", take=False)
        # "the head of the UK foreign office" names a person; the office inside only qualifies it
        for key_, m in list(b.mentions.items()):
            if np.start <= m.token_start and m.token_end <= np.end and m.actor != person:
                actor = b.actors.get(m.actor)
                if actor is not None and (actor.type == "organization" or (
                        # (nor is the whole phrase the state its adjective names: "Danish premier says")
                        actor.type == "state" and (m.token_start, m.token_end) == (np.start, np.end))):
                    del b.mentions[key_]


#: the offices "the Danish leader", "the Turkish leader" may mean: a state's leader is whichever of
#: them the article named last (the KB's "leader" is an office only where it is the title)
_LEADERS = frozenset({"head of state", "head of government"})


def _holds(held: str | None, role: str, head: Token) -> bool:
    """True when a person with the office ``held`` is what a description of ``role`` headed by
    ``head`` names: the same office, or for "leader" either head of the state or its government
    ("The Danish leader" after "Danish prime minister Mette Frederiksen")."""
    return held == role or head.lower_ == "leader" and role in _LEADERS and held in _LEADERS


#: a US lawmaker's party and state after the name: ", R-N.C.", " (D-Calif.)", ", I-Vt."
_US_PARTY_TAG = re.compile(r"\s*[,(]\s*[RDI]\s?[-–]\s?[A-Z][A-Za-z.]{1,12}(?=[\s,).;])")

#: offices held for a US state or district, which a description names by the state ("the Vermont
#: senator", "the Ohio governor")
_DISTRICT_ROLES = frozenset({"lawmaker", "governor"})

#: titles of someone elected for a district, named as "of <district>" after the name
_DISTRICT_TITLES = frozenset({"sen.", "senator", "rep.", "representative", "gov.", "governor", "congressman",
                              "congresswoman", "assemblyman", "assemblywoman", "mp"})

#: words by which a description names someone who no longer holds the office, or who holds it
#: only in opposition ("the shadow foreign secretary")
_FORMER = frozenset({"former", "ex", "late", "then", "previous", "outgoing", "ousted", "shadow"})


_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"'}


def quoted_tokens(doc: Doc, texts: list[str] | None = None) -> set[int]:
    """Token indices inside quotation marks (paired within a paragraph; an unpaired mark is ignored,
    except the one a quotation running on into the next paragraph leaves open: the convention of
    opening that paragraph with the same mark again). ``texts``: the tokens' texts when the caller
    has them already."""
    inside: set[int] = set()
    opener: int | None = None
    opened = ""
    texts = texts if texts is not None else [t.text for t in doc]
    for i, text in enumerate(texts):
        if "\n" in text:
            if opener is not None:
                nxt = next((k for k in range(i + 1, len(texts)) if texts[k].strip()), None)
                if nxt is not None and texts[nxt] == opened:
                    inside.update(range(opener + 1, i))
            opener = None
            continue
        if opener is None:
            if text in _OPEN_QUOTES:
                opener, opened = i, text
        elif text == _OPEN_QUOTES[opened] or (opened == '"' and text == '"'):
            inside.update(range(opener + 1, i))
            opener = None
    return inside


def _root_subject(token: Token) -> bool:
    """A noun the parser made its sentence's root while an active verb after it hangs from it as
    a clause (finite, or a participle with a direct object, which a passive cannot have): the
    subject of that verb."""
    return token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "relcl") and c.i > token.i and c.pos_ == "VERB"
        and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "dobj" for g in c.children))
        for c in token.children)


def _in_subject(root: Token) -> bool:
    """A name is its clause's subject, in apposition to or a compound of one, or an apposition
    the parser hung on a noun inside the subject ("The chairperson of the Commission, Mahmoud Ali
    Youssouf, said": Youssouf under "Commission"), or a subject the parser made the sentence's
    root with its verb hung below ("The British foreign secretary, Yvette Cooper, rejected …"
    parsed with "rejected" as a clause on "secretary")."""
    if root.dep_ in ("nsubj", "nsubjpass") or _root_subject(root):
        return True
    if root.dep_ not in ("appos", "compound"):
        return False
    token = root.head
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass") or _root_subject(token):
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "appos") or token.head.i == token.i:
            return False
        token = token.head
    return False


_PRONOUN_SEX = {"he": "male", "him": "male", "his": "male", "himself": "male",
                "she": "female", "her": "female", "hers": "female", "herself": "female"}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First name -> "female" / "male" (data/first_names.json)."""
    with resources.files("faultline.data").joinpath("first_names.json").open(encoding="utf-8") as f:
        data = json.load(f)
    return {n: sex for sex in ("female", "male") for n in data[sex]}


def _sex_of(name: str) -> str | None:
    """The sex a person's first name tells ("Melanie Trump": female), None when it tells none."""
    titles = actor_rules()["title_words"]
    words = [w for w in name.lower().split() if w not in titles]
    if not words:
        return None
    return _first_names().get(_ascii(words[0]))


def _add_pronouns(doc: Doc, b: _Builder) -> None:
    """he/she (and him/his/her) -> the most recent person who was the subject of a clause, else the
    most recent person, of a first name that agrees with the pronoun (:func:`_sex_of`: "she" is
    never a Donald). Mentions inside quotation marks are not antecedents for a pronoun outside
    them (in '"... Putin wants peace ...," she said' she is not Putin).

    Notes: a salience-and-recency heuristic in the spirit of Lappin and Leass (1994), limited to a
    window of preceding text; 'they' and 'it' are left unresolved rather than guessed.
    """
    rules = actor_rules()
    people = _named_people(b)
    voices = _unnamed_voices(doc, b)
    if not people and not voices:
        return
    quoted = b.quoted
    is_subject: dict[tuple[int, int], bool] = {}

    def subject(m: ActorMention) -> bool:
        """The mention is the subject of its clause (or in apposition to / a compound of one)."""
        key_ = (m.token_start, m.token_end)
        got = is_subject.get(key_)
        if got is None:
            got = is_subject[key_] = _in_subject(doc[m.token_start:m.token_end].root)
        return got

    pronouns, lowers = rules["person_pronouns"], b.tokens.lowers
    # the sex the narrator's pronouns gave a person whose first name says none ("Whitfield … she
    # said" makes a later "he" someone else)
    told: dict[str, str] = {}
    for i in range(len(doc)):
        if lowers[i] not in pronouns:
            continue
        token = doc[i]
        in_quote = token.i in quoted
        sex = _PRONOUN_SEX.get(lowers[i])
        window = [m for m in people if m.token_end <= token.i and token.i - m.token_start < 150
                  and (in_quote or m.token_start not in quoted)]
        # (a pronoun resolved before stands as an antecedent only where no name is near enough)
        named_near = any(m.how != "chained" for m in window)
        before = [m for m in window if (m.how != "chained" or not named_near)
                  and _sex_of(b.actors[m.actor].name) in (None, sex) and told.get(m.actor) in (None, sex)
                  and not _addressed_in_own_clause(doc[m.token_start:m.token_end].root, token)
                  and not _inside_own_relative(doc[m.token_start:m.token_end].root, token)
                  and not _inside_own_participle(doc[m.token_start:m.token_end].root, token)]
        unnamed = [v for v in voices if v.token.i < token.i and token.i - v.token.i < 150
                   and (in_quote or v.token.i not in quoted) and v.sex in (None, sex)
                   and token.sent.start != v.token.sent.start]
        if not before and not unnamed or not in_quote and _bound_to_someone_unnamed(token, b):
            continue
        # recency by sentence before salience: the people of the latest sentence that names one
        # ("… Koji Tomita warned: “…” / «…», a lawyer, Lim Jae-sung, told reporters. He added …":
        # Lim, whom the parser did not make a subject), a subject among them first
        latest = max([doc[m.token_start].sent.start for m in before[-1:]] + [v.token.sent.start for v in unnamed])
        recent = [m for m in before if doc[m.token_start].sent.start == latest]
        subjects = [m for m in recent if subject(m)]
        voice = next((v for v in reversed(unnamed) if v.token.sent.start == latest), None)
        if voice is not None and not (subjects and subjects[-1].token_start > voice.token.i):
            # an unnamed speaker is the latest subject: "A spokeswoman for the German foreign
            # ministry declined to give details. “…,” she said." speaks for the ministry; one of
            # no body ("A Western diplomat …. He added …") is nobody the text names
            if voice.actor is not None:
                b.add_mention(doc[token.i:token.i + 1], voice.actor, "coref", take=False)
            continue
        # of several, one whose first name is known to agree before one of a name we cannot tell
        # ("Maria Corina Machado said … its candidate, Edmundo Gonzalez, had won. “…,” she told …")
        if not any(_main_clause_subject(doc[m.token_start:m.token_end].root) for m in subjects):
            # none named in that sentence is the subject of its main clause, but a pronoun resolved
            # before is, there or later: "He has refused to recognise Yitzhak Amit, who …, and he
            # has described …" (he, not Amit); "She left … after Mikheil Kavelashvili … was sworn
            # in. She has since toured … . …, she was …" (she, not Kavelashvili)
            carried = []
            for m in window:
                start = doc[m.token_start].sent.start
                if m.how != "chained" or start < latest or told.get(m.actor) not in (None, sex):
                    continue
                # (in that sentence, when it has no named subject, any subject; else a main clause's)
                if subject(m) if start == latest and not subjects \
                        else _main_clause_subject(doc[m.token_start:m.token_end].root):
                    carried.append(m)
            subjects = carried[-1:] or subjects
        pool = subjects or recent
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in load_lexicon().clause \
                and latest != token.sent.start:
            # a speaker in a later sentence is the subject of the main clause before one of a
            # clause it reports ("Presiding judge Benedicte de Perthuis said Le Pen had been … .
            # “…,” she said": the judge); not so for other roles ("Rendell noted that Reagan
            # appeared unsteady … . But by the second debate, he had bounced back")
            pool = [m for m in pool if _main_clause_subject(doc[m.token_start:m.token_end].root)] or pool
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in _ANSWERING:
            # "Adeyemi asked whether Ms Vance would publish … . She replied …": the one asked
            pool = [m for m in recent if _asked(doc[m.token_start:m.token_end].root)] or pool
        agreeing = [m for m in pool if sex is not None and _sex_of(b.actors[m.actor].name) == sex]
        pick = (agreeing or pool)[-1]
        b.add_mention(doc[token.i:token.i + 1], pick.actor, "coref", take=False)
        if sex is not None and not in_quote:
            told.setdefault(pick.actor, sex)
        if not in_quote and token.dep_ in ("nsubj", "nsubjpass") and sex is not None:
            # the narrator's subject pronoun carries the person on past long quotations ("Ms
            # Mareko said … “…” she said. ¶ “…” ¶ Finally, she was asked …"): an antecedent in turn
            bisect.insort(people, _Chained(token.i, token.i + 1, pick.actor), key=lambda m: m.token_start)


#: verbs with which the one asked answers
_ANSWERING = frozenset({"reply", "respond", "answer", "retort", "counter"})


def _asked(token: Token) -> bool:
    """True for the one a question is put to: the object of "ask", or the subject of the clause
    it asks about ("asked whether Ms Vance would publish …")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "ask":
        return True
    clause = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" \
        and clause.head.lemma_.lower() == "ask" and any(c.lower_ in ("whether", "if") for c in clause.children)


def _main_clause_subject(token: Token) -> bool:
    """True for the subject of a sentence's main verb (or a name beside or joined to it)."""
    for _ in range(4):
        if token.dep_ not in ("appos", "compound", "conj") or token.head.i == token.i:
            break
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"


class _Chained(NamedTuple):
    """A subject pronoun resolved to a person, standing as an antecedent for later pronouns."""
    token_start: int
    token_end: int
    actor: str
    how: str = "chained"


def _inside_own_participle(root: Token, pronoun: Token) -> bool:
    """True for a subject pronoun whose clause opens with a participle of no subject of its own,
    and a person named inside that participle's words: "Asked about the absence of the U.S.
    secretary of state, he said …" (the one asked is "he", so "he" is not the secretary)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < pronoun.i
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               and c.left_edge.i <= root.i <= c.right_edge.i for c in pronoun.head.children)


def _inside_own_relative(root: Token, pronoun: Token) -> bool:
    """True for a pronoun, not a possessive, inside a relative clause that describes the person
    named at ``root`` (or the noun that name is in apposition with), in that clause's own words:
    "Hugh Hewitt, who had pressed him on …", "Dovile Sakaliene, who stood beside him, said …" (him
    is someone else). Not a possessive or a reflexive ("who lost his seat", "who … himself"), nor one
    in a clause of its own inside it ("a retired Marine who said he has voted …", "Christie, who
    has campaigned … since he suspended his campaign": his own)."""
    if pronoun.dep_ == "poss" or pronoun.lower_.endswith(("self", "selves")):
        return False
    t = pronoun
    for _ in range(12):
        if t.head.i == t.i or t.dep_ in _CLAUSE_DEPS:
            return False
        if t.dep_ == "relcl":
            h = t.head
            return h.i == root.i or root.dep_ == "appos" and root.head.i == h.i \
                or h.dep_ == "appos" and h.head.i == root.i
        t = t.head
    return False


#: dependencies that open a clause of its own
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "acl", "csubj", "parataxis"})


#: prepositions of one addressed or opposed: "in a letter to the Turkish president, he wrote …"
_ADDRESSEE_PREPS = frozenset({"to", "with", "against"})


def _addressed_in_own_clause(root: Token, pronoun: Token) -> bool:
    """True for a person named as the one addressed in a phrase of the subject pronoun's own clause,
    before it: "In a letter to the Turkish president published on Thursday, he wrote …" (he is the
    writer, not the president; "In Trump's speech, he said …" stays Trump's)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or root.dep_ != "pobj" \
            or root.head.text.lower() not in _ADDRESSEE_PREPS or root.sent.start != pronoun.sent.start:
        return False
    if root.head.head.pos_ in ("VERB", "AUX") and root.head.head.i != pronoun.head.i:
        return False    # the one something was passed to, who reacts: "When the remark was relayed
        #                 to Halvorsen, he laughed"
    verb = pronoun.head
    return any(a.i == verb.i for a in root.ancestors)


@dataclass(frozen=True)
class _Voice:
    """A subject the text does not name ("a spokeswoman for the ministry", "a Western diplomat"):
    the body it speaks for, if any, and its sex where the noun gives one."""

    token: Token
    actor: str | None
    sex: str | None


#: determiners of no one in particular: "any European envoy would be used …"
_QUANTIFIERS = frozenset({"any", "no", "every", "each", "another", "either", "neither"})


def _main_clause(verb: Token) -> bool:
    """``verb`` is its sentence's root or a conjunct of it ("… declined and said …"), or an aside
    the parser hung before a root that has no subject of its own ("A spokeswoman, asked about the
    veto, said …", with "spokeswoman" read as the subject of "asked")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in ("ccomp", "advcl", "dep", "parataxis") and verb.i < verb.head.i \
            and verb.head.dep_ == "ROOT" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return True
    return verb.dep_ == "ROOT"


#: prepositions that tie an unnamed speaker to the body it speaks for: "a spokesman for the Kremlin",
#: "an official at the ministry", "a diplomat from Paris", "a member of the council"
_VOICE_PREPS = frozenset({"for", "at", "from", "of", "in", "with"})


def _unnamed_voices(doc: Doc, b: _Builder) -> list[_Voice]:
    """Singular subjects of main clauses headed by a person noun ("official", "spokeswoman") that
    hold no named person, in document order, with the body :func:`_voice_body` gives them ("a
    Kremlin spokesman", "a Russian official"); one tied to a person ("an aide to Biden") is that
    person's business, not an unnamed speaker, and is left out."""
    # (also a state's office whose holder the story does not name: "Japan's chief Cabinet
    # secretary told reporters … . He said …", read as Japan; not a former one, a description of
    # someone named: "The former New Mexico governor")
    nouns, offices = actor_rules()["person_nouns"], actor_rules()["role_heads"]
    out = []
    for i, low in enumerate(b.tokens.lowers):
        if low in _FAMILY and i > 0 and b.tokens.lowers[i - 1] in ("my", "our") and i not in b.quoted \
                and doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].tag_ == "NN":
            # "My father is one voter in a state …. “…,” he said": the writer's father, unnamed
            out.append(_Voice(doc[i], None, "female" if low in _FEMALE_NOUNS else "male" if low in _MALE_NOUNS
                              else None))
            continue
        if low not in nouns and low not in offices:    # a singular noun: its lower-case form is its lemma
            continue
        t = doc[i]
        if low not in nouns and not (
                any(c.dep_ in ("poss", "amod", "compound") and getattr(_actor_at(c, b), "type", None) == "state"
                    for c in t.children)
                and not any(c.lower_ in _FORMER for c in t.children)):
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" \
                or not _main_clause(t.head) or any(c.lower_ in _QUANTIFIERS for c in t.children):
            continue
        if _asking_journalist(t):
            continue
        unnamed, body = _voice_body(t, b)
        if not unnamed:
            continue
        lemma = t.lemma_.lower()
        sex = "female" if lemma in _FEMALE_NOUNS else "male" if lemma in _MALE_NOUNS else None
        out.append(_Voice(t, body, sex))
    return out


def _asking_journalist(t: Token) -> bool:
    """True for a journalist asking ("A reporter asked whether she would …"): the one asked speaks
    next, not the reporter, and the pronouns of the question are the one asked."""
    return t.lemma_.lower() in _JOURNALISTS and t.head.lemma_.lower() in _ASKING


#: those who put the questions in a news conference or an interview
_JOURNALISTS = frozenset({"reporter", "journalist", "interviewer", "questioner", "moderator", "correspondent"})

#: verbs of putting a question
_ASKING = frozenset({"ask", "question", "press", "quiz"})


def _voice_body(t: Token, b: _Builder) -> tuple[bool, str | None]:
    """Whether the person noun ``t`` is someone unnamed, and the body it speaks for: the state or
    organisation of its preposition, possessor or modifier, if any. Not unnamed when a person is
    named in it or beside it, or when it is tied to a person ("an aide to Biden")."""
    here = _actor_at(t, b)
    if any(a.type == "person" for a in _actors_at(t, b)) or any(
            c.dep_ == "appos" and (a := _actor_at(c, b)) is not None and a.type == "person"
            for c in t.children):
        return False, None      # (also one a pass resolved to a person besides a state: "The
        #                         Greenlandic minister" after Naja Lynge, Greenland's minister)
    owners = [c for c in t.children if c.dep_ in ("poss", "compound", "amod")]
    owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ in _VOICE_PREPS
               and not (c.lower_ in ("in", "at") and t.lemma_.lower() in _POSTED)
               for g in c.children if g.dep_ == "pobj"]
    bodies = [a for o in owners if (a := _actor_at(o, b)) is not None]
    if any(a.type == "person" for a in bodies):
        return False, None
    return True, bodies[0].id if bodies else (here.id if here is not None else None)


#: people posted to a place they do not speak for: "a Western diplomat in Bishkek" is no
#: Kyrgyz voice (unlike "an official in Kyiv")
_POSTED = frozenset({"diplomat", "envoy", "ambassador", "attache", "attaché", "correspondent", "journalist",
                     "reporter", "observer", "monitor", "peacekeeper", "expatriate", "foreigner"})


def _add_repeated_descriptions(doc: Doc, b: _Builder) -> None:
    """ "According to a Philippine military official … . The official was quoted as saying …": a
    bare "the <person noun>" that no pass resolved is the latest "a/an <same noun>" before it (within
    150 words), and acts for that one's body, if it has one."""
    nouns = actor_rules()["person_nouns"]
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        if lowers[i - 1] != "the" or lowers[i] not in nouns or i in b.taken:
            continue
        t = doc[i]
        if t.tag_ != "NN" or any(c.dep_ != "det" for c in t.children if c.i < t.i) or t.dep_ == "compound":
            continue
        for j in range(i - 1, max(i - 150, -1), -1):
            if lowers[j] != lowers[i]:
                continue
            u = doc[j]
            if u.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in u.children):
                continue
            unnamed, body = _voice_body(u, b)
            if unnamed and body is not None:
                b.add_mention(doc[i - 1:i + 1], body, "coref")
            break


#: office nouns that a bare "the …" uses again for the person last named in that office ("Brazil's
#: energy minister, Alexandre Silveira, told … . The minister said …")
_ROLE_ANAPHORS = frozenset({"minister", "ambassador", "envoy", "senator", "chancellor", "secretary",
                            "commissioner", "governor", "mayor", "general", "speaker", "mp", "mep",
                            "lawmaker", "legislator", "congressman", "congresswoman"})

#: office words whose role the knowledge base names otherwise ("the Speaker": a parliament
#: president; "the MP": a lawmaker)
_ROLE_OF_ANAPHOR = {"speaker": "parliament president", "mp": "lawmaker", "mep": "lawmaker",
                    "legislator": "lawmaker", "congressman": "lawmaker", "congresswoman": "lawmaker"}


def _named_people(b: _Builder) -> list[ActorMention]:
    """The mentions of people that are no plain coreference (names, descriptions, epithets), in
    order."""
    return sorted((m for m in b.mentions.values() if (a := b.actors.get(m.actor)) is not None
                   and a.type == "person" and m.how != "coref"), key=lambda m: m.token_start)


def _office_holders(b: _Builder) -> list[ActorMention]:
    """The mentions naming a person with an office (not pronouns or descriptions), in order."""
    return sorted((m for m in b.mentions.values() if (a := b.actors.get(m.actor)) is not None
                   and a.type == "person" and a.role and m.how != "coref"), key=lambda m: m.token_start)


def _add_role_anaphors(doc: Doc, b: _Builder) -> None:
    """A bare "the <office>" no pass resolved is the latest person named before it (within 150
    words, outside quotation marks when it is outside them) whose role ends with that office; else
    the latest person mentioned before it (within 150 words) whose title, as the story first gave
    it, ends with that word, even a title the knowledge base reads as no office ("The Speaker,
    Milton Brereton, rose … . The Speaker agreed")."""
    lowers = b.tokens.lowers
    quoted = b.quoted
    people = _office_holders(b)
    titled = sorted((m for m in b.mentions.values() if m.actor in b.titles
                     and (a := b.actors.get(m.actor)) is not None and a.type == "person"),
                    key=lambda m: m.token_start)
    if not people and not titled:
        return
    for i in range(1, len(doc)):
        if lowers[i - 1] != "the" or lowers[i] not in _ROLE_ANAPHORS or i in b.taken or (i - 1) in b.taken:
            continue
        t = doc[i]
        # (the Speaker of a chamber is written with a capital, and tagged a proper noun)
        if not (t.tag_ == "NN" or t.tag_ == "NNP" and lowers[i] in _ROLE_OF_ANAPHOR) or t.dep_ == "compound" \
                or any(c.i < t.i and c.dep_ != "det" for c in t.children) \
                or any(c.dep_ == "prep" and c.text.lower() == "of" for c in t.children):
            continue    # "the foreign minister", "the minister of trade": other passes' business
        outside = i not in quoted
        found = next((m for m in reversed(people) if m.token_end <= i - 1 and i - m.token_start < 150
                      and not (outside and m.token_start in quoted)
                      and (b.actors[m.actor].role.split()[-1] == lowers[i]
                           or b.actors[m.actor].role == _ROLE_OF_ANAPHOR.get(lowers[i]))), None)
        if found is None:
            found = next((m for m in reversed(titled) if m.token_end <= i - 1 and i - m.token_start < 150
                          and not (outside and m.token_start in quoted)
                          and b.titles[m.actor].split()[-1:] == [lowers[i]]), None)
        if found is not None:
            b.add_mention(doc[i - 1:i + 1], found.actor, "coref")


#: words in the role of a person "the diplomat" can name again
_DIPLOMATIC = ("foreign", "ambassador", "envoy", "diplomat", "spokesperson", "representative", "consul",
               "high commissioner", "chargé", "charge d'affaires")


def _add_diplomat_anaphors(doc: Doc, b: _Builder) -> None:
    """ "Deputy Foreign Minister Ivan Petrov held consultations … . The diplomat stressed …":
    a bare "the diplomat" (or "the Russian diplomat") no pass resolved is the latest person named
    before it (within 150 words, outside quotation marks when it is outside them) in a diplomatic
    office (foreign minister, ambassador, envoy, …), of the state its adjective names if any."""
    lowers = b.tokens.lowers
    quoted = b.quoted
    people = None
    for i in range(1, len(doc)):
        if lowers[i] != "diplomat" or i in b.taken:
            continue
        t = doc[i]
        start = i - 1
        state = None
        if start >= 1 and lowers[start] != "the" and (state := b.kb.country_of_adjective(doc[start].text)):
            start -= 1
        if lowers[start] != "the" or t.tag_ != "NN" or t.dep_ == "compound" \
                or any(c.dep_ == "prep" for c in t.children) \
                or any(k in b.taken for k in range(start, i)) and state is None:
            continue
        owner = i + 1 < len(doc) and lowers[i + 1] in _POSSESSIVE
        if not (owner or t.dep_ in ("nsubj", "nsubjpass")) or "anonymity" in t.sent.text:
            continue    # (the one spoken of, "declined to name the diplomat"; an unnamed one)
        outside = i not in quoted
        people = _office_holders(b) if people is None else people
        found = next((m for m in reversed(people) if m.token_end <= start and i - m.token_start < 150
                      and not (outside and m.token_start in quoted)
                      and any(w in f"{b.actors[m.actor].role} {b.titles.get(m.actor, '')}" for w in _DIPLOMATIC)
                      and (state is None or b.actors[m.actor].country == state)), None)
        # (not past an unnamed one introduced since: "a European diplomat said … . The diplomat …")
        if found is not None and not any(lowers[k] in ("diplomat", "diplomats") and k != i
                                         for k in range(found.token_end, start)):
            b.add_mention(doc[start:i + 1], found.actor, "coref")


def _reporter_state(np: Span, b: _Builder) -> str | None:
    """The state of the person who reports the clause ``np`` is in ("Leavitt said the president
    …": the United States), if that person acts for one."""
    head = np.root
    while head.dep_ not in ("ccomp", "ROOT") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in load_lexicon().clause:
        return None
    subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for named in (subj, *(c for c in subj.children if c.dep_ == "appos")):
        actor = _actor_at(named, b)
        entry = b.kb.get(actor.country) if actor is not None and actor.type == "person" and actor.country else None
        if entry is not None and entry.type == "state":
            return actor.country
    return None


def _add_described_subjects(doc: Doc, b: _Builder) -> None:
    """A description of office as the subject right after a sentence whose subject was a person
    the text gives no office: "Nadia Hollis did not bother with a podium. Standing in the bed of a
    pickup truck, the Democratic state senator pointed …" (the news habit of naming someone, then
    describing them). Only an office word of :data:`_ROLE_ANAPHORS` with modifiers and no state or
    body named inside; the person's office stays unknown."""
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        if lowers[i] not in _ROLE_ANAPHORS or i in b.taken:
            continue
        t = doc[i]
        if t.tag_ != "NN" or t.dep_ not in ("nsubj", "nsubjpass") or t.left_edge.lower_ != "the" \
                or any(c.dep_ == "prep" for c in t.children) or t.left_edge.i in b.taken:
            continue
        np = doc[t.left_edge.i:i + 1]
        if any(m.token_start >= np.start and m.token_end <= np.end for m in b.mentions.values()) \
                or any(b.kb.country_of_adjective(w.text) for w in np):
            continue    # "the Russian president", "the UN envoy": other passes
        actor = _previous_subject_actor(t.sent, b)
        if actor is None or actor.type != "person" or actor.role:
            continue
        b.add_mention(np, actor.id, "coref")


def _epithet(t: Token, b: _Builder) -> tuple[str, str | None] | None:
    """What a definite subject says of a person already named, when it is an epithet: an age
    ("the 42-year-old", "the 58-year-old lawyer"), a nationality ("the Estonian") or a past office
    ("the former prime minister", "the ex-president"): ("age", number), ("nationality", state) or
    ("office", role); None otherwise."""
    words = [w for w in t.doc[t.left_edge.i:t.i + 1] if not w.is_punct]
    if len(words) < 2 or words[0].lower_ != "the" or words[0].head.i != t.i:
        return None
    inner = words[1:]
    if any(w.lower_ in ("year", "years") for w in inner) and any(w.lower_ == "old" for w in inner) \
            and any(w.like_num for w in inner) and (t.lower_ == "old" or is_person_word(t)):
        return "age", next(w.text for w in inner if w.like_num)
    if len(inner) == 1 and t.tag_ in ("NNP", "NN", "JJ") and t.text[:1].isupper() \
            and (state := b.kb.country_of_adjective(t.text)) is not None and b.kb.is_adjective(t.text):
        return "nationality", state     # (not a state's own name: "The U.S.", "the UAE")
    if inner[0].lower_ in ("former", "ex") and len(inner) > 1:
        rest = [w for w in inner[1:] if w.text != "-"]
        info = b.kb.parse_role(" ".join(w.text for w in rest)) if rest else None
        if info is not None:
            return "office", info.role
    return None


def _fits_epithet(actor: Actor, kind: str, value: str | None, b: _Builder) -> bool:
    """True when a person the story named can be the one an epithet (:func:`_epithet`) calls so:
    any for an age; for a nationality, one acting for that state or once holding an office of it
    (the KB's record); for a past office, one the KB gives that office before the story's date, or
    one the story itself called its former holder."""
    if kind == "age":
        return True
    tenures = b.kb.tenures(actor.id)
    if kind == "nationality":
        return actor.country == value or any(t.country == value for t in tenures)
    return any(t.role == value and t.until is not None and (b.date is None or t.until <= b.date) for t in tenures) \
        or actor.role == value and "former" in b.titles.get(actor.id, "")


def _stated_ages(doc: Doc, people: list[ActorMention]) -> dict[str, set[str]]:
    """The ages the story gives the people it names, by actor: "Kowalczyk, 58, …", "Jan Kowalczyk,
    a 58-year-old wheat farmer" (the number of an age in the apposition right after the name)."""
    ages: dict[str, set[str]] = {}
    for m in people:
        end = m.token_end
        if end + 1 >= len(doc) or doc[end].text != ",":
            continue
        if doc[end + 1].like_num and end + 2 < len(doc) and doc[end + 2].text in (",", ")", "."):
            ages.setdefault(m.actor, set()).add(doc[end + 1].text)     # "Kowalczyk, 58,"
            continue
        words = doc[end + 1:min(len(doc), end + 8)]
        k = next((w.i for w in words if w.lower_ == "old"), None)
        if k is not None and any(w.lower_ in ("year", "years") for w in doc[end + 1:k]) \
                and all(w.text != "," for w in doc[end + 1:k]) \
                and (num := next((w for w in doc[end + 1:k] if w.like_num), None)) is not None:
            ages.setdefault(m.actor, set()).add(num.text)   # ", a 58-year-old wheat farmer"
    return ages


def _add_epithets(doc: Doc, b: _Builder) -> None:
    """The news habit of naming someone, then calling them by an epithet as a subject: "Lithuanian
    Foreign Minister Gabrielius Landsbergis complained … . The 42-year-old also urged …", "Kaja
    Kallas … said … . The Estonian, who has long pressed …", "the former prime minister was blunt".
    Each such subject (:func:`_epithet`) is the latest person named before it (within 250 words
    for an age, 600 for the others; outside quotation marks when it is outside them) that it fits
    (:func:`_fits_epithet`); a nationality then names the person, not the state."""
    people = ages = None
    quoted = b.quoted
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or (epithet := _epithet(t, b)) is None:
            continue
        start = t.left_edge.i
        np = doc[start:t.i + 1]
        inside = [k for k, m in b.mentions.items() if m.token_start >= start and m.token_end <= np.end]
        kind, value = epithet
        if any(b.mentions[k].actor != value for k in inside) or kind != "nationality" and inside:
            continue    # "the former Brazilian president": another pass's business
        if people is None:
            people = _named_people(b)
            ages = _stated_ages(doc, people)
        outside = start not in quoted
        reach = 250 if kind == "age" else 600    # (a nationality or an office picks out one person)
        # (an age the story gave someone picks that person out, however far back: "Jan Kowalczyk, a
        # 58-year-old wheat farmer, …" … "the 58-year-old said"; nor is it one given another age)
        found = next((m for m in reversed(people) if m.token_end <= start and value in ages.get(m.actor, ())
                      and not (outside and m.token_start in quoted)), None) if kind == "age" else None
        found = found or next((m for m in reversed(people) if m.token_end <= start and start - m.token_start < reach
                               and not (outside and m.token_start in quoted)
                               and not (kind == "age" and ages.get(m.actor))
                               and _fits_epithet(b.actors[m.actor], kind, value, b)), None)
        if found is None:
            continue
        for k in inside:
            del b.mentions[k]
        # (an antecedent for the pronouns after it: "the former prime minister was blunt. “…,” she said")
        b.add_mention(np, found.actor, "epithet")


_FEMALE_NOUNS = frozenset({"woman", "spokeswoman", "chairwoman", "congresswoman", "queen", "mother", "sister",
                           "daughter", "wife", "grandmother", "aunt", "niece", "mom", "mum"})
_MALE_NOUNS = frozenset({"man", "spokesman", "chairman", "congressman", "king", "father", "brother", "son",
                         "husband", "grandfather", "uncle", "nephew", "dad"})

#: the writer's family ("my father"): someone the story does not name, whom later pronouns may mean
_FAMILY = frozenset({"father", "mother", "brother", "sister", "son", "daughter", "husband", "wife",
                     "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "dad", "mom", "mum"})


def _bound_to_someone_unnamed(pronoun: Token, b: _Builder) -> bool:
    """True when the nearest subject governing ``pronoun`` in its sentence, before it, is a person
    the text does not name: "A diplomat, who asked not to be named because he was not authorised
    …" and "an official said, asking that his name not be used" speak of the diplomat and the
    official, not of the last person named."""
    nouns = actor_rules()["person_nouns"]
    # (an age epithet just before first, however the parser hung it: "“…,” the 58-year-old said,
    # pulling his cap down", not the quotation's "we")
    doc = pronoun.doc
    subj = next((t for t in doc[max(pronoun.sent.start, pronoun.i - 8):pronoun.i] if _age_epithet(t)), None) \
        or _governing_subject(pronoun)
    if subj is None or subj.tag_ in ("NNS", "NNPS"):
        return False      # "he" is no plural: "Greek officials, he added, had been told"
    who = subj.lower_ == "who"
    subj = relative_antecedent(subj)
    while who and subj.lemma_.lower() not in nouns and subj.dep_ in ("pobj", "prep"):
        subj = subj.head    # "who" is a person: "A diplomat in Khartoum, who …" (hung on Khartoum)
    lemma, sex = subj.lemma_.lower(), _PRONOUN_SEX.get(pronoun.lower_)
    if _age_epithet(subj):
        # "the 58-year-old said, pulling his cap down": the one of that age, whoever the text
        # makes of him, not the last person (or unnamed voice) before
        return not any(m.token_start <= subj.i < m.token_end for m in b.mentions.values())
    if subj.pos_ != "NOUN" or lemma not in nouns or _asking_journalist(subj) \
            or sex == "male" and lemma in _FEMALE_NOUNS or sex == "female" and lemma in _MALE_NOUNS:
        return False
    # named in apposition ("Venezuela's foreign minister, Yván Gil, rejected what he called …")
    named = [subj.i] + [c.i for c in subj.children if c.dep_ == "appos"]
    return not any(m.token_start <= i < m.token_end and (a := b.actors.get(m.actor)) is not None
                   and a.type == "person" for m in b.mentions.values() for i in named)


def _age_epithet(token: Token) -> bool:
    """True for the "old" of "the 58-year-old" (whatever the parser hung it on)."""
    return token.lower_ == "old" and any(t.lower_ in ("year", "years") for t in token.subtree)


def _governing_subject(pronoun: Token) -> Token | None:
    """The nearest subject governing ``pronoun`` from before it in its sentence, not past a reporting
    clause set inside (:func:`_subjects_above`), and past a subject that is a thing ("A spokeswoman
    said talks were continuing and that she was confident": the spokeswoman)."""
    return next((s for s in _subjects_above(pronoun, stop="parataxis")
                 if s.i < pronoun.i and not s.left_edge.i <= pronoun.i <= s.right_edge.i
                 and not (s.pos_ == "NOUN" and not is_person_word(s))), None)


def _subjects_above(token: Token, stop: str | None = None) -> Iterator[Token]:
    """The subjects of the verbs above ``token`` in its sentence, nearest first (one per verb that
    has one; at most eight steps up, and none past an arc labelled ``stop``: a reporting clause
    set inside what it reports, "Officials, he added, were told", hangs on the clause it reports
    as a parataxis, whose subject does not govern its own)."""
    for _ in range(8):
        if token.head.i == token.i or token.dep_ == stop:
            return
        token = token.head
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            yield subj


def _add_possessor_states(doc: Doc, b: _Builder) -> None:
    """An office held for someone named by a possessive acts for that one's state or bloc: "U.N.
    Secretary-General António Guterres …, his spokesman Stéphane Dujarric said" (the UN's), "Its
    envoy, X" after a state, "Her deputy, Matteo Salvini" after Meloni. Only for people with an
    office (or set beside a word for one) and no state yet; the possessive must have been resolved
    (by :func:`_add_pronouns` or :func:`_add_body_pronouns`)."""
    for actor in list(b.actors.values()):
        if actor.type != "person" or actor.country:
            continue
        for m in [m for m in b.mentions.values() if m.actor == actor.id and m.how != "coref"]:
            root = doc[m.token_start:m.token_end].root
            holder = root.head if root.dep_ == "appos" else root
            if not actor.role and not (holder.i != root.i and is_person_word(holder)):
                continue    # (with no office, only a word for what he is to the owner: "Her deputy, X")
            owner = next((c for c in holder.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
            found = _actor_at(owner, b) if owner is not None else None
            state = (found.country if found is not None and found.type == "person"
                     else found.id if found is not None and found.type in ("state", "bloc") else None)
            if state and found.id != actor.id:
                b.actors[actor.id] = replace(actor, country=state)
                break


def _add_offices_named_before(doc: Doc, b: _Builder) -> None:
    """A person with an office and no state yet holds it for the one state whose unnamed holder of
    that office came just before ("South Korea summoned Japan's ambassador … met Ambassador Koichi
    Mizushima": Japan's), within 150 words and with no one else of that office named between; a
    description read as that state ("Lebanon's president") was the person (also when the person's
    state was known already)."""
    lowers = b.tokens.lowers
    for actor in list(b.actors.values()):
        if actor.type != "person" or not actor.role:
            continue
        first = min((m.token_start for m in b.mentions.values() if m.actor == actor.id and m.how != "coref"),
                    default=None)
        if first is None:
            continue
        # the office by its role's last word, or by the title written before the name ("President
        # Joseph Aoun" for a head of state)
        start = first
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start \
                and doc[start - 1].is_title and first - start < 3:
            start -= 1
        title = " ".join(lowers[start:first])      # "Foreign Minister Antonio Tajani": foreign minister
        role = actor.role.lower()
        offices = {role.split()[-1]} | ({title.split()[-1]} if title else set())
        states: set[str] = set()
        described: list[tuple[int, int, str]] = []     # descriptions read as their state
        unread: list[Span] = []                         # descriptions no pass read
        for i in range(max(0, first - 150), first):
            if lowers[i] not in offices or doc[i].pos_ != "NOUN" or not _free_or_state(i, b):
                continue
            words = doc[max(doc[i].left_edge.i, i - 4):i + 1].text.lower()
            if not (role in words or title and title in words):
                continue    # "the Italian prime minister" is no foreign minister
            office = lowers[i]
            named = [m for m in b.mentions.values() if m.token_start > i and m.token_start < first
                     and (a := b.actors.get(m.actor)) is not None and a.type == "person" and a.id != actor.id
                     and a.role and office in (a.role.split()[-1], lowers[max(0, m.token_start - 1)])]
            if named:
                continue
            for c in doc[i].children:
                if c.dep_ in ("poss", "amod", "compound") and (found := _actor_at(c, b)) is not None \
                        and found.type in ("state", "bloc"):
                    states.add(found.id)
                    described += [(m.start, m.end, m.actor) for m in b.mentions.values()
                                  if m.actor == found.id and m.token_start <= c.i and m.token_end == i + 1]
                    if i not in b.taken and doc[i].dep_ in ("nsubj", "nsubjpass"):
                        unread.append(doc[doc[i].left_edge.i:i + 1])   # "Moldova's president" (state and office)
        if len(states) == 1 and actor.country in (None, *states):
            b.actors[actor.id] = replace(actor, country=states.pop())
            for np in unread:
                b.add_mention(np, actor.id, "coref", take=False)
                _add_pronouns_bound_to(np.root, actor.id, b)
            for start, end, state in dict.fromkeys(described):
                # "Lebanon's president on Sunday accused … President Joseph Aoun": the description
                # was he, not only his state
                m = b.mentions.pop((start, end, state), None)
                if m is not None:
                    b.mentions[(start, end, actor.id)] = replace(m, actor=actor.id, how="coref")
                    _add_pronouns_bound_to(doc[m.token_start:m.token_end].root, actor.id, b)


def _add_pronouns_bound_to(subject: Token, actor_id: str, b: _Builder) -> None:
    """The personal pronouns of ``subject``'s sentence, after it, that no pass resolved and whose
    nearest governing subject it is ("Moldova's president accused Russia …, in what she called …",
    once the description is known to be the person named later)."""
    doc, pronouns = subject.doc, actor_rules()["person_pronouns"]
    for t in doc[subject.i + 1:subject.sent.end]:
        if t.lower_ not in pronouns or t.i in b.quoted or any(m.token_start == t.i for m in b.mentions.values()):
            continue
        nearest = _governing_subject(t)
        if nearest is not None and nearest.i == subject.i:
            b.add_mention(doc[t.i:t.i + 1], actor_id, "coref", take=False)


def _free_or_state(i: int, b: _Builder) -> bool:
    """True for a token no mention holds, or one a state's mention holds ("Lebanon's president"
    read as Lebanon)."""
    return i not in b.taken or getattr(_actor_at(b.doc[i], b), "type", None) == "state"


#: third-person possessive determiners: "his spokesman", "its media wing"
POSSESSIVES = frozenset({"his", "her", "its", "their"})


#: verbs whose subject "it" is an empty placeholder ("It seems that …", "It emerged that …")
_EXPLETIVE_VERBS = frozenset({"seem", "appear", "emerge", "remain", "follow", "happen", "matter", "turn",
                              "take", "cost", "mean", "help", "make", "rain", "become", "get", "go"})


def _add_body_pronouns(doc: Doc, b: _Builder) -> None:
    """ "The commerce ministry said … . It urged Brussels to …": a sentence-opening "It" as the subject
    of a lexical verb is the state, bloc or body that was the subject of the sentence just before, in
    the same paragraph; so is an "it" that follows only an opening adjunct ("In a statement, it
    said …"), and the "its" of such a subject ("its media wing said"), and the "it" of a reporting
    clause set inside the sentence ("The ship, it said, was …"). Not a placeholder "it" ("It seems
    that …", "It is …"), not inside quotation marks, and not when that subject was a person or no
    actor."""
    quoted = b.quoted
    for sent in doc.sents:
        if sent.start == 0:
            continue
        opening = sent[0] if sent[0].dep_ == "nsubj" else _opening_subject(sent)
        # "Pakistan's military denied it. In a statement, its media wing said …"
        token = next((t for t in (_its(opening), _aside_subject(sent)) if t is not None), None)
        if token is None or token.i in quoted:
            continue
        # the verb whose subject the pronoun is ("The ship, it said, …"), or whose subject holds it
        # ("its media wing said", "A spokesman for its Northern Command said": an "its" of _its)
        verb = token.head if token.dep_ == "nsubj" else opening.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _EXPLETIVE_VERBS:
            continue
        subj = _previous_subject(sent)
        m = _subject_mention(subj, b) if subj is not None else None
        actor = b.actors.get(m.actor) if m is not None else None
        if actor is not None and actor.type in ("state", "bloc", "organization"):
            b.add_mention(doc[token.i:token.i + 1], actor.id, "coref", take=False)


#: clauses and phrases that may open a sentence before its subject ("In a statement, it said")
_OPENING_ADJUNCTS = frozenset({"prep", "advmod", "advcl", "npadvmod", "punct", "cc", "intj"})


def _its(subj: Token | None) -> Token | None:
    """The subject "it", or the "its" of a subject phrase ("its media wing"); else None."""
    if subj is None:
        return None
    if subj.lower_ == "it":
        return subj
    own = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if own is None:
        # "A spokesman for its Northern Command said …": the body the subject speaks for
        own = next((c for prep in subj.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                    for obj in prep.children if obj.dep_ == "pobj"
                    for c in obj.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    return own


def _aside_subject(sent: Span) -> Token | None:
    """The "it" of a reporting clause set inside the sentence it reports ("The ship, it said in a
    statement, was operating …"), else None."""
    for verb in sent.root.children:
        if verb.dep_ == "parataxis":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ == "it":
                return subj
    return None


def _opening_subject(sent: Span) -> Token | None:
    """The subject of ``sent``'s main verb when nothing but opening adjuncts precede it, else None."""
    subj = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
    if subj is None:
        return None
    before = [t for t in sent.root.children if t.i < subj.i]
    if any(t.dep_ not in _OPENING_ADJUNCTS for t in before) or sent.root.i < subj.i:
        return None
    return subj


def _state_mentions(b: _Builder, start: int, end: int) -> list[ActorMention]:
    """Mentions of states between token offsets ``start`` and ``end``, in text order."""
    found = [m for m in b.mentions.values() if start <= m.token_start and m.token_end <= end
             and b.actors.get(m.actor) is not None and b.actors[m.actor].type == "state"]
    return sorted(found, key=lambda m: m.token_start)


def _group_head(word: Token, end: int, b: _Builder) -> Token | None:
    """The collective or agent noun closing a group's phrase: "Hutu rebel group", "Moslem
    fundamentalist demonstrators", "ethnic Albanian guerrillas"; None if none follows."""
    rules = actor_rules()
    doc = word.doc
    head = None
    for j in range(word.i + 1, min(word.i + 4, end)):
        tok = doc[j]
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower:
            break
        if tok.lower_ in rules["group_heads"] or _is_agent_noun(tok, b):
            head = tok
    return head


def _group_at(token: Token, end: int, b: _Builder) -> tuple[Span, str | None, str | None] | None:
    """A group of a people starting at ``token``: (its words, the state its name echoes, the state
    its words themselves place it in), or None.

    ``ethnic Albanians`` / ``Albanian minority`` (a state's people living elsewhere), ``Bosnian
    Serbs`` (a state adjective placing another people: that state), ``Hutu rebels`` / ``Moslem
    forces`` (a people or faith with no state, before a group noun)."""
    rules = actor_rules()
    doc = token.doc
    kb = b.kb
    nxt = doc[token.i + 1] if token.i + 1 < end else None

    def closing(word: Token) -> int:
        if word.tag_ in ("NNS", "NNPS"):  # "Albanians", "Kurds": the people's name is the head
            return word.i + 1
        head = _group_head(word, end, b)
        return head.i + 1 if head is not None else -1

    def people(word: Token) -> bool:
        return word.text[:1].isupper() and (word.lower_ in rules["ethnic_words"] or kb.country_of_adjective(word.text) is not None)

    if token.lower_ in rules["ethnic_markers"] and nxt is not None and people(nxt):
        stop = closing(nxt)
        return (doc[token.i:stop], kb.country_of_adjective(nxt.text), None) if stop > 0 else (
            doc[token.i:nxt.i + 1], kb.country_of_adjective(nxt.text), None)
    own = kb.country_of_adjective(token.text) if token.text[:1].isupper() else None
    if own is not None and nxt is not None and nxt.lower_ in rules["minority_words"]:
        return doc[token.i:nxt.i + 1], own, None
    if own is not None and nxt is not None and people(nxt) and kb.country_of_adjective(nxt.text) != own \
            and kb.country_of_adjective(token.text + " " + nxt.text) is None:
        stop = closing(nxt)
        if stop > 0 and nxt.lower_ in rules["citizen_demonyms"]:  # "Turkish Cypriots": Cyprus
            return doc[token.i:stop], own, kb.country_of_adjective(nxt.text)
        if stop > 0:  # "Bosnian Serbs", "Iraqi Kurdish forces": the first word's state
            return doc[token.i:stop], kb.country_of_adjective(nxt.text), own
        return None
    if token.lower_ in rules["ethnic_words"] and token.text[:1].isupper():
        stop = closing(token)
        if stop > 0:
            return doc[token.i:stop], None, None
    return None


def _where(span: Span, own: str | None, b: _Builder) -> str | None:
    """The state a group in ``span`` lives in: one its own phrase names ("Druze inhabitants of the
    Syrian Golan", "a Christian missionary from Calgary"), else one its sentence places something
    "in", else the first state the sentence names (other than the one its name echoes)."""
    sent = span.sent
    states = [m for m in _state_mentions(b, sent.start, sent.end)
              if m.actor != own and (m.token_end <= span.start or m.token_start >= span.end)]
    if not states:
        return None
    own_phrase = [m for c in span.root.children if c.dep_ == "prep" and c.i >= span.end
                  for m in states if c.i < m.token_start and m.token_end <= c.right_edge.i + 1]
    placed = [m for m in states if b.doc[m.token_start:m.token_end].root.head.lower_ in ("in", "inside", "within")]
    if own_phrase or placed:
        return (own_phrase or placed)[0].actor
    return _acting_state(span, states, b) or states[0].actor


def _acting_state(span: Span, states: list[Any], b: _Builder) -> str | None:
    """The state whose clause holds the group: the subject of the nearest verb above it that has
    one, through a relative pronoun to its noun ("Macedonia, which is preparing an offensive
    against ethnic Albanian guerrillas": Macedonia, though the United States opened the sentence)."""
    subj = next(_subjects_above(span.root), None)
    if subj is None:
        return None
    subj = relative_antecedent(subj)
    return next((m.actor for m in states if m.token_start <= subj.i < m.token_end), None)


def _add_resident_groups(doc: Doc, b: _Builder) -> None:
    """Ethnic and religious groups act for the state they live in, not the state their name
    echoes: "ethnic Albanians demonstrated in Serbia" -> SRB, "Bosnian Serbs" -> BIH, "Moslem
    forces in east Bosnia" -> BIH, "Hutu rebels ... Burundi's government" -> BDI. A group whose
    sentence names no other state keeps what the earlier passes gave it.

    Notes: CAMEO codes ethnic and religious groups by the state where they act (CAMEO manual
    1.1b3, ch. 2); the PLOVER GSR follows it.
    """
    if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return  # no sentences to place a group in
    markers, texts, lowers = actor_rules()["ethnic_markers"], b.tokens.texts, b.tokens.lowers
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            # _group_at needs a marker ("ethnic") or a capitalised word: skip the rest unread
            found = _group_at(doc[i], sent.end, b) if texts[i][:1].isupper() or lowers[i] in markers else None
            if found is None:
                i += 1
                continue
            span, own, state = found
            state = state or _where(span, own, b)
            if state is not None and b.kb.get(state) is not None:
                for key_, m in list(b.mentions.items()):
                    actor = b.actors.get(m.actor)
                    if m.token_start < span.end and span.start < m.token_end and actor is not None \
                            and actor.type == "state" and m.token_end <= span.end:
                        del b.mentions[key_]
                b.add_actor(b.entry_actor(b.kb.get(state)))
                b.add_mention(span, state, "group")
            i = span.end


def _country_near(name: Span, b: _Builder) -> str | None:
    """The state a titled person of unknown country acts for: "President X of Morocco", else the
    one state the sentence's states and bodies name ("Judge X opened investigations against
    Chilean officials", "President X conceded to UNITA's demands")."""
    doc = name.doc
    if not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        return None
    if name.end + 1 < len(doc) and doc[name.end].lower_ == "of":
        after = _state_mentions(b, name.end + 1, min(name.end + 5, len(doc)))
        if after and after[0].token_start <= name.end + 2:
            return after[0].actor
    sent = name.sent
    topic = _subject_state_before(sent, b)
    owned = any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in doc[name.root.left_edge.i:name.start])
    if topic is not None and not owned and not _state_mentions(b, sent.start, name.start):
        # "Nigeria … is more cautious. President Bola Tinubu said … until Niamey …"; also a body of
        # the state ("The Armenian defence ministry called it … . Prime Minister Nikol Pashinyan …");
        # not when the title has an owner of its own ("Somaliland's president Muse Bihi Abdi")
        return topic
    # (not a state named inside a quotation the name is outside of: "“We will not let Russia use
    # people as a weapon,” Interior Minister Mari Rantanen said")
    quoted = b.quoted if name.start not in b.quoted else set()
    # (nor the state of "his US counterpart": the other side's)
    states = {b.actors[m.actor].country for m in b.mentions.values()
              if sent.start <= m.token_start and m.token_end <= sent.end and b.actors.get(m.actor) is not None
              and b.actors[m.actor].type != "person" and b.actors[m.actor].country and m.token_start not in quoted
              and doc[m.token_end - 1].head.lower_ not in _COUNTERPARTS}
    states |= {b.kb.country_of_adjective(t.text) for t in sent  # "the Pakistani federal secretary"
               if (t.pos_ == "ADJ" or t.ent_type_ == "NORP" or t.tag_ == "NNP") and t.i not in quoted
               and t.head.lower_ not in _COUNTERPARTS} - {None}
    if len(states) != 1:
        return None
    only = states.pop()
    if not _state_mentions(b, sent.start, name.start) and (home := _dateline_state(b)) not in (None, only) \
            and all(t.ent_type_ != "NORP" and t.pos_ != "ADJ" or b.kb.country_of_adjective(t.text) != only
                    for t in sent[:name.start - sent.start]):
        # "MANILA — … the limits of President X's effort to keep channels open with Beijing": a state
        # named only after the name, as someone else dealt with, yields to the state the story
        # was filed from
        return home
    return only


#: organs of a state that a spokesman with no state named speaks for at home ("a navy spokesman")
_HOME_ORGANS = frozenset({"navy", "army", "military", "police", "government", "presidency", "cabinet", "ministry",
                          "coastguard", "guard", "defence", "defense"})


def _defaulted_title(phrase: Span, country: str, b: _Builder) -> bool:
    """The title gave ``country`` only as its default ("Foreign Secretary" is Britain's unless a state
    is named) and the article names that state nowhere: "MANILA — … Foreign Secretary Theresa
    Lazaro told a news conference" is the Philippines'."""
    if _country_in(phrase, b, blocs=True) is not None or any(t.lower_ in _STATE_ANAPHORS for t in phrase):
        return False
    if (entry := b.kb.get(country)) is None or entry.type != "state":
        return False    # "Commission Vice President X": the European Commission's, by its name
    info = b.kb.parse_role(phrase.text)
    # (named by the end of the title's sentence: a state first named far below is another story's
    # thread, "the foreign office spokeswoman" in Islamabad before "London" in the last paragraph)
    return info is not None and info.country == country \
        and not any(m.actor == country for m in _state_mentions(b, 0, phrase.sent.end))


def _home_sense(phrase: Span, role: str, b: _Builder) -> tuple[str, str | None]:
    """``role`` read in the sense its title has in the state the story is filed from, with that
    state, when the title names another office there ("LONDON, Tuesday ¶ … the Chancellor":
    Britain's finance minister, not a head of government); else ``role`` of no state."""
    home = _dateline_state(b)
    info = b.kb.parse_role(phrase.text, home) if home is not None else None
    return (info.role, home) if info is not None and info.role != role else (role, None)


def _dateline_state(b: _Builder) -> str | None:
    """The state of the place in the article's first dateline ("MANILA, Aug. 19 —": PHL), if the
    knowledge base knows it as a state or its capital (read once per article: many passes ask)."""
    if b.home is None:
        b.home = (_read_dateline_state(b),)
    return b.home[0]


def _read_dateline_state(b: _Builder) -> str | None:
    if not b.datelines:
        return None
    start, end = b.datelines[0]
    place = re.split(r"[,(\-–—]", doc_text(b.doc)[start:end], maxsplit=1)[0]
    found = []
    for part in place.split("/"):
        hits = b.kb.lookup(part.strip().title(), date=b.date)
        if not hits and part.strip().lower().endswith(" city"):
            # "MEXICO CITY —", "KUWAIT CITY —": the capital named after its state
            hits = [h for h in b.kb.lookup(part.strip()[:-5].title(), date=b.date) if h.type == "state"]
        if not hits and b.imported is not None and (city := b.imported.lookup(part.strip().title(), b.date)) \
                is not None and city.type == "state" and (entry := b.kb.get(city.id)) is not None:
            hits = [entry]      # "CAPE TOWN, South Africa —": a city the dictionaries file under its state
        if hits and hits[0].type == "state" and hits[0].id not in found:
            found.append(hits[0].id)
    # "WASHINGTON/MEXICO CITY —": filed from two places (the second maybe no metonym the KB
    # knows), so from no state in particular unless both are one state's
    parts = [p for p in place.split("/") if p.strip()]
    return found[0] if len(found) == 1 and (len(parts) == 1 or len(found) == len(parts)) else None


def _previous_subject(sent: Span, across: bool = False) -> Token | None:
    """The subject of the main verb of the sentence before ``sent``, in the same paragraph (with
    ``across``, also the last sentence of the paragraph before)."""
    doc = sent.doc
    if sent.start == 0 or not across and "\n" in doc[sent.start - 1:sent.start + 1].text:
        return None
    last = sent.start - 1
    while last > 0 and doc[last].is_space:
        last -= 1       # the blank line between paragraphs
    if doc[last].is_space:
        return None
    prev = doc[last].sent
    subj = next((t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    # "DHAKA, Jan. 14 - Bangladesh summoned …": the story's subject, not the dateline's word
    return past_dateline(subj, doc_datelines(doc)) if subj is not None else None


#: verbs by which a state sends or names one of its own officials ("Australia … sent Climate
#: Change Minister Chris Bowen to the meeting")
_SENDING = frozenset({"send", "dispatch", "appoint", "name", "nominate", "deploy", "delegate"})


def _sending_state(name: Span, b: _Builder) -> str | None:
    """The state that is the subject of the verb of sending or naming whose object ``name`` is
    (:data:`_SENDING`), else None."""
    head = name.root
    if head.dep_ == "appos":
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _SENDING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = _actor_at(subj, b) if subj is not None else None
    return actor.id if actor is not None and actor.type == "state" else None


def _subject_state_before(sent: Span, b: _Builder, across: bool = False) -> str | None:
    """The state of the subject of the sentence before ``sent`` in the same paragraph (``across``:
    or the paragraph before): the state itself, or the state of a person or body it names; else
    None."""
    actor = _previous_subject_actor(sent, b, across)
    if actor is None:
        return None
    state = actor.id if actor.type == "state" else actor.country
    known = (b.actors.get(state) or b.kb.get(state)) if state is not None else None
    return state if known is not None and known.type == "state" else None


def _paragraph_topic(sent: Span, b: _Builder) -> str | None:
    """The state that is the subject of the sentence before ``sent`` in the same paragraph."""
    subj = _previous_subject(sent)
    found = _state_mentions(b, subj.i, subj.i + 1) if subj is not None else []
    return found[0].actor if found else None


def _add_named_bodies(doc: Doc, b: _Builder) -> None:
    """Organisations no pass resolved, named as such ("Nigerian Union of Teachers", "Ceasefire
    Violations Committee"): a body of the state its first word names, else of no state (a
    non-state body). Only ORG entities of capitalised words ending in a body noun."""
    rules = actor_rules()
    for span in [_strip_det(e) for e in b.ents if e.label_ == "ORG"] + _untagged_described(doc, rules):
        words = [t for t in span if not t.is_punct]
        heads = {words[-1].lower_, span.root.lower_} if words else set()  # "Union" of "... Union of Teachers"
        described = _described_body(span, rules)
        if (len(words) < 2 or not heads & (rules["body_heads"] | _NAMED_SERVICES)) and described is None \
                or not _is_name(span, rules):
            continue
        inside = [m for m in b.mentions.values() if m.token_start < span.end and span.start < m.token_end]
        # (or the state whose adjective or possessive stands before it: "the Philippine National
        # Security Council"; or that its description names: "The FNSEA, France's largest farm union")
        state = b.kb.country_of_adjective(words[0].text) or ((owner := _owning_state(span, b)) and owner.id) \
            or (_describing_state(described, b) if described is not None else None)
        if state is None and inside and inside[0].token_start <= span.start and inside[-1].token_end < span.end \
                and len({m.actor for m in inside}) == 1 \
                and getattr(b.actors.get(inside[0].actor), "type", None) == "state":
            state = inside[0].actor     # "the Tennessee Voting Rights Alliance": a US body
        if state is None and len(inside) == 1 and inside[0].token_end == span.end and inside[0].token_start >= 2 \
                and span.doc[inside[0].token_start - 1].lower_ == "of" and span.root.i < inside[0].token_start \
                and getattr(b.actors.get(inside[0].actor), "type", None) == "state":
            state = inside[0].actor     # "the World Sikh Organization of Canada": a Canadian body
        if state is None and len(inside) == 1 and inside[0].token_end == span.end and inside[0].token_start > span.start \
                and getattr(b.actors.get(inside[0].actor), "type", None) == "state" and described is not None:
            state = inside[0].actor     # "Haki Watch Kenya, a human rights group": a Kenyan body
        if state is None and not inside and words[0].lower_ == "national":
            state = _dateline_state(b)  # "NAIROBI, Kenya — The National Police Service said …": Kenya's
        if any(b.actors.get(m.actor) is None or b.actors[m.actor].type != "state" or m.actor != state
               for m in inside) or any(t.i in b.taken and not inside for t in span):
            continue  # a name another pass resolved ("Russian Foreign Ministry")
        for m in inside:
            del b.mentions[(m.start, m.end, m.actor)]
        name = " ".join(t.text for t in words)
        b.add_actor(Actor(id=f"org:{slug(name)}", name=name, type="organization", country=state))
        b.add_mention(span, f"org:{slug(name)}", "ner")


#: heads of a public service's name, bodies too ("the National Police Service", "the Border
#: Guard Service")
_NAMED_SERVICES = frozenset({"service", "directorate", "secretariat", "inspectorate"})


def _spells(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` (in capitals, two letters or more) is made of the initials of the
    capitalised ``words`` in order, with letters from inside a word allowed between them ("IGAD":
    Inter-Governmental Authority on Development; "ECOWAS": Economic Community of West African
    States)."""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    k = 0       # the acronym's letters, matched against each word from its initial on
    for n, w in enumerate(words):
        if not w[:1].isupper():
            continue
        if k >= len(acronym) or acronym[k] != w[0]:
            return False
        k += 1
        rest = w[1:].upper()
        nxt = next((x[0] for x in words[n + 1:] if x[:1].isupper()), None)
        while k < len(acronym) and acronym[k] != nxt and acronym[k] in rest:
            rest = rest[rest.index(acronym[k]) + 1:]
            k += 1
    return k == len(acronym)


def _merge_bracketed_acronyms(doc: Doc, b: _Builder) -> None:
    """A body's name with its acronym in brackets right after it ("the Intergovernmental Authority
    on Development (IGAD)") is one actor, also where the dictionaries hold the two as separate
    entries: the acronym's mentions join the name's actor. The acronym must spell the initials
    of the name's capitalised words."""
    by_start = {m.token_start: m for m in b.mentions.values()}
    for m in list(b.mentions.values()):
        long = b.actors.get(m.actor)
        if long is None or long.type not in ("organization", "bloc") or m.token_end + 2 >= len(doc) \
                or doc[m.token_end].text != "(" or doc[m.token_end + 2].text != ")":
            continue
        short = by_start.get(m.token_end + 1)
        if short is None or short.actor == m.actor or short.token_end != m.token_end + 2 \
                or not _spells(short.text, [t.text for t in doc[m.token_start:m.token_end]
                                            if t.lower_ not in ("the", "a", "an")]) \
                or getattr(b.actors.get(short.actor), "type", None) not in ("organization", "bloc"):
            continue
        old = short.actor
        for key, o in list(b.mentions.items()):
            if o.actor == old:
                del b.mentions[key]
                b.mentions[(o.start, o.end, m.actor)] = replace(o, actor=m.actor)
        b.actors.pop(old, None)


def _described_body(span: Span, rules: dict[str, Any]) -> Token | None:
    """The head of an apposition that calls a name a body ("The FNSEA, France's largest farm
    union"; "Copa-Cogeca, the umbrella organisation for EU farm unions"), else None."""
    return next((c for c in span.root.children
                 if c.dep_ == "appos" and c.i > span.root.i and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in rules["body_heads"] or c.lemma_.lower() in _DESCRIBED_HEADS)), None)


def _untagged_described(doc: Doc, rules: dict[str, Any]) -> list[Span]:
    """Names the recogniser left untagged that an apposition calls a body ("The FNSEA, France's
    largest farm union, said …")."""
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ not in ("", "GPE") or t.dep_ == "compound" or not t.text[:1].isupper():
            continue
        start = min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                             and not c.ent_type_])
        if t.ent_type_ and start == t.i:
            continue    # (a place alone; but "Haki Watch Kenya, a human rights group": a body)
        span = doc[start:t.i + 1]
        if _described_body(span, rules) is not None:
            out.append(span)
    return out


#: nouns beyond the body heads that call a name set before them a body ("…, the army's media wing")
_DESCRIBED_HEADS = frozenset({"group", "wing", "charity", "lobby", "network", "firm", "company", "watchdog", "body"})


def _describing_state(head: Token, b: _Builder) -> str | None:
    """The state a body's description names before its head: "France's" or "French" in "France's
    largest farm union", "a French farm union"."""
    for c in head.children:
        if c.i > head.i:
            continue
        if c.dep_ == "amod" and (code := b.kb.country_of_adjective(c.text)):
            return code
        if c.dep_ in ("poss", "compound") and (a := _actor_at(c, b)) is not None and a.type == "state":
            return a.id
    return None


#: portfolios of a ministry named without its state ("the commerce ministry said"), to the word
#: the KB's names use
_PORTFOLIOS = {"foreign": "foreign", "defence": "defence", "defense": "defence",
               "interior": "interior", "finance": "finance", "commerce": "commerce",
               "trade": "trade", "economy": "economy", "justice": "justice", "health": "health",
               "education": "education", "energy": "energy", "agriculture": "agriculture",
               "environment": "environment", "labour": "labour", "labor": "labour",
               "culture": "culture", "transport": "transport", "industry": "industry"}


def _mentions_of_type(b: _Builder, kind: str) -> list[ActorMention]:
    """The mentions so far of actors of one type ("state", "organization"), in text order."""
    return sorted((m for m in b.mentions.values()
                   if (a := b.actors.get(m.actor)) is not None and a.type == kind),
                  key=lambda m: m.start)


def _within_reach(mentions: list[ActorMention], token: Token) -> list[ActorMention]:
    """The mentions (in text order) that end before ``token``, at most :data:`_ANAPHOR_REACH`
    characters back: what a definite description there can refer to."""
    return [m for m in mentions if m.end <= token.idx and token.idx - m.end <= _ANAPHOR_REACH]


def _bare_definite(token: Token, b: _Builder) -> int | None:
    """Where "the …" starts when ``token`` heads a definite phrase with only lower-case words and
    numbers before it and no name of its own ("the bloc", "the 55-member bloc", "the militant
    group"); None otherwise (also "the union leaders", "the union of …")."""
    doc, lowers = token.doc, b.tokens.lowers
    i = token.i
    if token.pos_ != "NOUN" or token.dep_ == "compound" or (i + 1 < len(doc) and lowers[i + 1] == "of"):
        return None
    start = token.left_edge.i
    if lowers[start] != "the" or b.taken.intersection(range(start, i)) or not all(
            t.is_lower or t.like_num or t.text == "-" or any(ch.isdigit() for ch in t.text)
            for t in doc[start + 1:i]):
        return None
    return start


def _ministry_of_portfolio(lowers: Sequence[str], i: int) -> tuple[str, int] | None:
    """For "the ministry of foreign affairs", "the ministry of external affairs", "the ministry of
    defence" (``lowers[i]`` is "ministry", with "the" before it): the portfolio and the index just
    past the phrase; None for any other words ("the ministry of Japan")."""
    if i < 1 or lowers[i - 1] != "the" or i + 2 >= len(lowers) or lowers[i + 1] != "of":
        return None
    j = i + 3 if lowers[i + 2] == "the" and i + 3 < len(lowers) else i + 2
    word = "foreign" if lowers[j] == "external" else lowers[j]
    if word not in _PORTFOLIOS:
        return None
    end = j + 2 if j + 1 < len(lowers) and lowers[j + 1] == "affairs" else j + 1
    return _PORTFOLIOS[word], end


def _add_portfolio_bodies(doc: Doc, b: _Builder) -> None:
    """ "The commerce ministry said …" with no state in the phrase: the ministry of the state
    mentioned last before it (within :data:`_ANAPHOR_REACH` characters), or of the state "the
    country" is in "the country's foreign ministry": the KB's body for that state and portfolio
    when it knows one ("the foreign ministry" after "Beijing": China's foreign ministry), else a
    body named after both, of that state."""
    lowers = b.tokens.lowers
    states = _mentions_of_type(b, "state")
    if not states:
        return
    for i in range(2, len(doc)):
        if lowers[i] != "ministry":
            continue
        owned = False
        if (of_form := _ministry_of_portfolio(lowers, i)) is not None:
            # "a spokesman for the ministry of external affairs said …": written out, in lower case
            portfolio, start, end, det = of_form[0], i - 1, of_form[1], lowers[i - 1]
        else:
            if lowers[i - 1] not in _PORTFOLIOS:
                continue
            # "the country's foreign ministry": the state "the country" is
            owned = i >= 4 and lowers[i - 2] in _POSSESSIVE and lowers[i - 3] in _COUNTRY_NOUNS \
                and lowers[i - 4] == "the" and not b.taken.intersection((i - 4, i - 3))
            if lowers[i - 2] not in _STATE_DETERMINERS and not owned:
                continue
            if i + 1 < len(doc) and lowers[i + 1] == "of":
                continue    # "the foreign ministry of Japan": the state is named
            portfolio, start, end, det = _PORTFOLIOS[lowers[i - 1]], i - (4 if owned else 2), i + 1, lowers[i - 2]
        if b.taken.intersection(range(i - 1, end)):
            continue
        prior = _within_reach(states, doc[i])
        if not prior:
            continue
        # "Japan lodged a protest with China after Chinese ships …, the foreign ministry said":
        # the ministry of its sentence's subject before the state named last
        sent = doc[i].sent
        subjects = [m for m in prior if m.token_start >= sent.start
                    and doc[m.token_start:m.token_end].root.dep_ in ("nsubj", "nsubjpass")]
        owner = _last_state_before(b, i - 4) if owned else None
        if owner is None:
            # "In Taipei, the foreign ministry welcomed …": the ministry of the place the sentence
            # is set in
            owner = _setting_state(doc[start:end], b)
        if owner is None and end + 1 < len(doc) and lowers[end] == "in":
            # "The education ministry in Seoul said …": the state whose capital it sits in
            owner = _district_state(b, end + 1)
        if owner is None and det == "its" and not subjects:
            # "China, Pakistan's closest ally, backed Islamabad. Its foreign ministry said …": "its"
            # is the state the sentence before was about, not the one it named last
            owner = _paragraph_topic(sent, b)
        if owner is None and det == "the" and not subjects:
            # "Opposition leader Kim said the government should cancel talks with Tokyo. The
            # foreign ministry rejected that call": the state of the one the sentence before was
            # about, not the state it named last (also across a paragraph break: "Bangladesh
            # summoned India's envoy … ¶ The foreign ministry said …" is Bangladesh's)
            owner = _subject_state_before(sent, b, across=True)
        if subjects:
            # "India will not take part … until Pakistan agrees …, the foreign ministry said": the
            # subject of the main clause, not of a clause inside it
            depths = [sum(1 for _ in doc[m.token_start:m.token_end].root.ancestors) for m in subjects]
            subjects = [m for m, d in zip(subjects, depths, strict=True) if d == min(depths)]
        state = b.actors[owner or (subjects or prior)[-1].actor]
        b.add_mention(doc[start:end], _state_ministry(b, state, portfolio), "coref")


#: nouns by which a body already named is referred to again ("the ministry said")
_BODY_ANAPHORS = frozenset({"ministry", "department", "agency", "office", "embassy", "court",
                            "parliament", "party", "bank", "army"})
#: how far back (in characters) "the ministry" looks for the body it names
_ANAPHOR_REACH = 1500


def _add_body_anaphors(doc: Doc, b: _Builder) -> None:
    """ "The ministry said …" after "the Belarusian foreign ministry": a bare definite body noun
    (or a noun of :data:`_BODY_ANAPHORS` or the rules' body heads) names the latest organization
    mentioned before it whose name ends in that noun, if one is close enough."""
    nouns = _BODY_ANAPHORS | actor_rules()["body_heads"]
    lowers = b.tokens.lowers
    orgs = _mentions_of_type(b, "organization")
    for i in range(1, len(doc)):
        if lowers[i] not in nouns or i in b.taken:
            continue
        token = doc[i]
        # "a ministry spokesperson", "the ministry spokesman": the spokesperson of the body named
        spokes = token.dep_ == "compound" and token.head.i == i + 1 and token.head.lemma_.lower() in _SPOKESPEOPLE \
            and lowers[i - 1] in ("a", "an", "the")
        if lowers[i - 1] != "the" and not spokes:
            continue
        if not (token.pos_ == "NOUN" and token.tag_ == "NN" or token.tag_ == "NNP" and token.is_title) or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
            continue    # (a press release capitalises it: "The Ministry regards …")
        if token.dep_ == "compound" and not spokes or (i + 1 < len(doc) and lowers[i + 1] == "of"):
            continue  # "the ministry building", "the ministry of finance": not a bare reference
        words = doc[i:i + 1] if spokes else doc[i - 1:i + 1]
        found = None
        for m in orgs:
            if m.start >= token.idx:
                break
            named = m.text.lower().split()
            if token.idx - m.end <= _ANAPHOR_REACH and (named[-1:] == [lowers[i]] or lowers[i] in named[:2]
                                                         and ("of" in named or "for" in named)):
                found = m   # "the Belarusian foreign ministry", "The Ministry of Foreign Affairs",
                #             "the State Committee for National Security"
        owned = _owner_of_last(doc, b, i)
        if owned is not None and (found is None or owned[1] > found.start):
            # the latest such phrase is a state's ("the Armenian defence ministry … . Azerbaijan's
            # foreign ministry rejected that claim. “…,” the ministry said": Azerbaijan)
            b.add_mention(words, owned[0], "coref")
        elif found is not None:
            b.add_mention(words, found.actor, "coref")
        elif lowers[i] in ("ministry", "department") and (ministry := _ministry_of_minister(b, token)) is not None:
            b.add_mention(words, ministry, "coref")


def _ministry_of_minister(b: _Builder, token: Token) -> str | None:
    """The ministry of the minister named last before "the ministry" in its paragraph, when no
    ministry was named: "Foreign Minister Issoufou Garba Tanko …
    said … . The ministry said …" is Niger's foreign ministry (the knowledge base's, else one
    named after the state and portfolio)."""
    last = None
    text = doc_text(token.doc)
    para = text.rfind("\n", 0, token.idx) + 1
    for m in b.mentions.values():
        actor = b.actors.get(m.actor)
        if actor is None or actor.type != "person" or m.start >= token.idx or m.start < para \
                or m.how in ("coref", "description"):
            continue    # (a minister named in the paragraph, not "his US counterpart")
        if last is None or m.start > last[0].start:
            last = (m, actor)
    if last is None:
        return None
    actor = last[1]
    words = (actor.role or "").split()
    if len(words) != 2 or words[1] != "minister" or words[0] not in _PORTFOLIOS or not actor.country:
        return None
    state = b.actors.get(actor.country) or b.kb.get(actor.country)
    if state is None or state.type != "state":
        return None
    return _state_ministry(b, state, _PORTFOLIOS[words[0]])


def _state_ministry(b: _Builder, state: Actor, portfolio: str) -> str:
    """The id of ``state``'s ministry for ``portfolio`` ("foreign", "defence" …), added to the
    actors: the knowledge base's body when it knows one (a name or alias with the portfolio and
    "ministry"), else a body named after both, of that state."""
    entry = next((e for e in b.kb.entries("organization") if e.country == state.id and any(
        portfolio in n.lower() and "ministry" in n.lower() for n in (e.name, *e.aliases))), None)
    if entry is not None:
        return b.add_actor(b.entry_actor(entry))
    name = f"{state.name} {portfolio} ministry"
    return b.add_actor(Actor(id=f"org:{slug(name)}", name=name, type="organization", country=state.id))


#: nouns by which "the country" names a state already mentioned
_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _add_country_anaphors(doc: Doc, b: _Builder) -> None:
    """ "Pakistan rejected the charge. The country's military media wing said …": "the country" (or
    "the nation") as a possessor or a subject is the state :func:`_last_state_before` finds."""
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        if lowers[i] not in _COUNTRY_NOUNS or i in b.taken:
            continue
        first = _described_from(doc, i)
        if first is None or first < 1 or lowers[first - 1] != "the":
            continue
        token = doc[i]
        owner = i + 1 < len(doc) and lowers[i + 1] in _POSSESSIVE
        # "the North African country" describes the state it stands for wherever it stands; a bare
        # "the country" only as an owner or subject ("helped the country" may be any)
        if not (owner or token.dep_ in ("nsubj", "nsubjpass") or first < i) or token.tag_ != "NN":
            continue
        state = _last_state_before(b, first - 1)
        if state is not None:
            b.add_mention(doc[first - 1:i + 1], state, "coref")


#: nouns by which "the kingdom", "the emirate" name the latest state of that form of state
_STATE_KINDS = frozenset({"kingdom", "emirate", "sultanate", "principality"})


def _add_kind_anaphors(doc: Doc, b: _Builder) -> None:
    """ "Saudi Arabia … . The kingdom's energy minister said …": "the kingdom" (as a possessor or a
    subject) is the latest state named before whose knowledge-base names call it one ("Kingdom
    of Saudi Arabia"), not another state named since ("Kazakhstan's energy minister")."""
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        kind = lowers[i]
        if kind not in _STATE_KINDS or i in b.taken or lowers[i - 1] != "the":
            continue
        token = doc[i]
        owner = i + 1 < len(doc) and lowers[i + 1] in _POSSESSIVE
        if not (owner or token.dep_ in ("nsubj", "nsubjpass")) or token.tag_ != "NN":
            continue
        if (state := _last_state_of_kind(b, i - 1, kind)) is not None:
            b.add_mention(doc[i - 1:i + 1], state, "coref")


def _last_state_of_kind(b: _Builder, token_i: int, kind: str) -> str | None:
    """The latest state named before ``token_i`` whose knowledge-base names call it a ``kind``
    ("Kingdom of Saudi Arabia" for "kingdom")."""
    states = sorted((m for m in b.mentions.values() if m.token_end <= token_i
                     and (a := b.actors.get(m.actor)) is not None and a.type == "state"),
                    key=lambda m: m.token_start)
    for m in reversed(states):
        entry = b.kb.get(m.actor)
        names = (entry.name, *entry.aliases) if entry is not None else ()
        if any(kind in n.lower().split() for n in names):
            return m.actor
    return None


#: modifiers by which "the … country" is not the one just named ("the neighbouring country")
_OTHER_COUNTRY = frozenset({"other", "another", "whole", "entire", "same", "neighbouring", "neighboring",
                            "host", "home", "foreign", "third", "first", "second", "last", "next", "each",
                            "every", "any", "target", "donor", "member", "partner", "transit", "origin",
                            "developing"})


def _described_from(doc: Doc, i: int) -> int | None:
    """Where the description before a country noun starts: ``i`` itself when nothing stands
    between "the" and the noun, else the first of its adjectives and proper-noun modifiers ("the
    North African country", "the oil-rich nation"); None when a modifier names another state or
    sets the country apart from the one named ("the Russian state", "the neighbouring country")."""
    j = i
    while j > 0 and j - 1 < doc[j - 1].head.i <= i and doc[j - 1].dep_ in ("amod", "compound", "npadvmod", "punct") \
            and doc[j - 1].lower_ != "the":
        j -= 1
    while j < i and doc[j].is_punct:
        j += 1
    for t in doc[j:i]:
        if t.lower_ in _OTHER_COUNTRY or t.ent_type_ in ("GPE", "NORP") and not _region_word(t):
            return None
    return j


def _region_word(t: Token) -> bool:
    """A word of a region's name ("North African", "Central Asian", "Gulf"): not a state's."""
    return t.lower_ in _REGION_NAME_WORDS


#: words of regions' names and adjectives, which name no one state ("the North African country")
_REGION_NAME_WORDS = frozenset({"african", "asian", "european", "american", "arab", "gulf", "baltic", "balkan",
                                "caribbean", "pacific", "nordic", "scandinavian", "caucasian", "sahelian",
                                "latin", "north", "south", "east", "west", "central", "middle", "eastern",
                                "western", "southern", "northern", "southeast", "southeastern"})


def _owner_of_last(doc: Doc, b: _Builder, i: int) -> tuple[str, int] | None:
    """The state owning the latest earlier phrase headed by the same noun ("Mexico's economy
    ministry said … . The ministry noted …": Mexico), within :data:`_ANAPHOR_REACH` characters,
    with that phrase's character offset."""
    lowers, token = b.tokens.lowers, doc[i]
    for j in range(i - 1, -1, -1):
        if token.idx - doc[j].idx > _ANAPHOR_REACH:
            return None
        if lowers[j] != lowers[i] or doc[j].dep_ == "compound":
            continue
        np = _np_span(doc[j])
        states = _state_mentions(b, np.start, np.end)
        return (states[0].actor, np.start_char) if len(states) == 1 else None
    return None


#: nouns by which a bloc already named is referred to again, and the word its name must hold
#: ("the union" after "the African Union"); ``None``: any bloc with a proper name ("the bloc")
_BLOC_ANAPHORS: dict[str, str | None] = {"bloc": None, "union": "union", "alliance": "alliance", "council": "council"}


#: heads of "member states", "member countries": a bloc's members, read as the bloc
_MEMBER_HEADS = frozenset({"states", "countries", "nations", "governments"})


def _proper_name(name: str) -> bool:
    """A proper name capitalises its content words ("Association of Southeast Asian Nations"); a
    description does not ("European allies")."""
    return all(w[:1].isupper() or len(w) <= 3 for w in name.replace("-", " ").split())


def _names_of(actor: Actor, b: _Builder) -> tuple[str, ...]:
    """An actor's name and the KB's aliases for it."""
    entry = b.kb.get(actor.id)
    return (actor.name, *(entry.aliases if entry is not None else ()))


def _add_bloc_anaphors(doc: Doc, b: _Builder) -> None:
    """ "The bloc said …", "the 27-member bloc's hawks", "the union" (lower case) after the African
    Union, "the alliance" after NATO: a definite "bloc", "union" or "alliance" with no name of its own
    names the bloc mentioned last before it (within :data:`_ANAPHOR_REACH` characters). Only
    numbers and lower-case words may stand between "the" and the noun ("the regional bloc").
    "Member states" are the members of that bloc, read as the bloc."""
    blocs = _mentions_of_type(b, "bloc")
    if not blocs:
        return
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        member = lowers[i - 1] == "member" and lowers[i] in _MEMBER_HEADS
        word = _BLOC_ANAPHORS.get(lowers[i], "")
        if not member and word == "" or b.taken.intersection((i - 1, i) if member else (i,)):
            continue
        token = doc[i]
        # "accused unnamed member states of interfering": the members of the bloc named last
        start = i - 1 if member else _bare_definite(token, b)
        if start is None:
            continue
        found = next((m for m in reversed(_within_reach(blocs, token))
                      if _proper_name(b.actors[m.actor].name) and (word in (None, "") or any(
                          word in n.lower().split() for n in _names_of(b.actors[m.actor], b)))), None)
        if found is not None:
            b.add_mention(doc[start:i + 1], found.actor, "coref")


#: "the presidential office said …": a state's own executive, named by what it is
_EXECUTIVE_PHRASES = (("presidential", "office"), ("presidential", "palace"), ("presidential", "administration"),
                      ("presidency",), ("prime", "minister's", "office"), ("prime", "minister’s", "office"),
                      ("government",), ("authorities",))
#: "the North" and "the South" once North Korea or South Sudan is named
_COMPASS = ("North", "South")


#: nouns by which an armed or political group already named is referred to again
_GROUP_ANAPHORS = frozenset({"group", "movement", "militia", "faction", "rebels", "insurgents"})


def _add_group_anaphors(doc: Doc, b: _Builder) -> None:
    """ "A senior official of the militant group said …" after Hamas: a definite group noun, with
    only lower-case words between "the" and it, is the group (a ``group`` actor) named last before
    it within :data:`_ANAPHOR_REACH` characters."""
    groups = _mentions_of_type(b, "group")
    if not groups:
        return
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        if lowers[i] not in _GROUP_ANAPHORS or i in b.taken:
            continue
        token = doc[i]
        start = _bare_definite(token, b)
        prior = _within_reach(groups, token) if start is not None else []
        if prior:
            b.add_mention(doc[start:i + 1], prior[-1].actor, "coref")


def _add_executive_and_halves(doc: Doc, b: _Builder) -> None:
    """ "In Seoul, the presidential office said …", "Slovakia … . The government said …", "its
    government": a definite name of a state's executive with no state of its own is the state
    named last before it (within :data:`_ANAPHOR_REACH`).
    "talks with the North" after North Korea: "the North"/"the South" is the state of that name
    mentioned before it."""
    lowers = b.tokens.lowers
    states = _mentions_of_type(b, "state")
    if not states:
        return
    firsts = {phrase[0] for phrase in _EXECUTIVE_PHRASES}
    texts = b.tokens.texts
    for i in range(1, len(doc)):
        if lowers[i - 1] not in _STATE_DETERMINERS or i in b.taken \
                or (texts[i] not in _COMPASS and lowers[i] not in firsts):
            continue
        token = doc[i]
        prior = _within_reach(states, token)
        if not prior:
            continue
        if token.text in _COMPASS and (i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()):
            half = [m for m in prior if b.actors[m.actor].name.startswith(token.text + " ")
                    or m.text.startswith(token.text + " ")]
            if half:
                b.add_mention(doc[i - 1:i + 1], half[-1].actor, "coref")
            continue
        for phrase in _EXECUTIVE_PHRASES:
            n = len(phrase)
            if tuple(lowers[i:i + n]) == phrase and not b.taken.intersection(range(i, i + n)) \
                    and (i + n >= len(doc) or lowers[i + n] != "of"):
                # the latest named, unless its own sentence named a state as a subject before it
                # ("Finland will keep its crossings with Russia closed, the government said")
                subjects = [m for m in prior if m.token_start >= token.sent.start and _subject_or_owner(b, m)]
                reporters = [m for m in subjects if _reports_clause_of(doc[m.token_start:m.token_end].root, token)]
                subjects = [m for m in subjects if m not in reporters]
                acting = _acting_on(doc[i + n - 1], subjects, doc)
                if acting:
                    # "Portugal … urged the authorities to publish results": a state does not urge
                    # itself by that name; the authorities of the state the story is filed from
                    actor = _dateline_state(b)
                    if actor is not None and actor not in acting:
                        b.add_mention(doc[i - 1:i + n], actor, "coref")
                    break
                actor = _domestic_critic(token, b) or _accused_denier(token, n, b) \
                    or (subjects[-1].actor if subjects else None)
                if actor is None and reporters:
                    # "Norway … said it regretted the decision but understood the government's
                    # position": a state does not call itself "the government" in its own words;
                    # the government the story is about (its dateline's), else none named
                    actor = _dateline_state(b)
                    if actor is None or any(m.actor == actor for m in reporters):
                        break
                head = doc[i + n - 1]
                if actor is None and (head.dep_ in ("nsubj", "nsubjpass") and lowers[i - 1] == "the"
                                      or lowers[i - 1] == "its") \
                        and prior[-1].token_start < token.sent.start:
                    # ("Cyprus, which has its own dispute with Turkey, said … ¶ Its government
                    # spokesman …": its, the subject's)
                    # "Mali's military government ordered France's ambassador out after French
                    # officials … ¶ … the government said …": the state the sentence before was
                    # about, not the one it named last (a state its own sentence names first
                    # stays: "Analysts in New Delhi said the government …")
                    actor = _subject_state_before(token.sent, b, across=True)
                actor = actor or prior[-1].actor
                if i + n + 1 < len(doc) and lowers[i + n] == "in":
                    # "the government in Riyadh": the state of the place named, if it is one
                    actor = _district_state(b, i + n + 1)
                    if actor is None:
                        break
                b.add_mention(doc[i - 1:i + n], actor, "coref")
                break


def _acting_on(head: Token, subjects: list[ActorMention], doc: Doc) -> set[str]:
    """The actors among ``subjects`` that are the subject of the verb whose object ``head`` is
    (through coordinated verbs: "Portugal said … and urged the authorities …")."""
    if head.dep_ not in ("dobj", "dative"):
        return set()
    verbs = [head.head]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
        verbs.append(verbs[-1].head)
    ids = {v.i for v in verbs}
    return {m.actor for m in subjects
            if (r := doc[m.token_start:m.token_end].root).dep_ in ("nsubj", "nsubjpass") and r.head.i in ids}


#: nouns for a charge, and verbs by which the one charged answers it
_CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim"})
_DENYING = frozenset({"rejects", "rejected", "denies", "denied", "disputes", "disputed", "dismisses", "dismissed"})
_ACCUSING = frozenset({"accuse", "blame", "charge"})


def _accused_denier(token: Token, n: int, b: _Builder) -> str | None:
    """The state "the government" is in "X accused South Africa of …, a charge the government
    rejects": the one accused, who denies it (read from the words, as the parser often takes
    "rejects" for a noun); else None."""
    doc, lowers = token.doc, b.tokens.lowers
    end = token.i + n
    if end >= len(doc) or lowers[end] not in _DENYING or token.i < 3 or lowers[token.i - 2] not in _CHARGE_NOUNS:
        return None
    for verb in reversed(doc[token.sent.start:token.i - 2]):
        if verb.lemma_.lower() in _ACCUSING and verb.pos_ == "VERB":
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                actor = _actor_at(obj, b)
                if actor is not None and actor.type == "state":
                    return actor.id
            return None
    return None


def _reports_clause_of(subject: Token, token: Token) -> bool:
    """True when ``subject``, a state's name, is the subject of a reporting verb whose reported clause
    holds ``token`` ("Norway said it … understood the government's position")."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "PROPN" \
            or verb.lemma_.lower() not in load_lexicon().clause:
        return False    # (the state by its name: "Croatian officials said the government …" is theirs)
    return any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children)


#: offices of a state's own politics, whose holders speak of their own state's executive
_DOMESTIC_ROLES = frozenset({"opposition leader", "party leader", "lawmaker", "national security adviser",
                             "chief of staff", "mayor", "governor", "central bank governor", "military chief",
                             "intelligence chief", "vice president", "deputy head of government",
                             "parliament president"})


def _cabinet(role: str | None) -> bool:
    """A government minister's office ("minister", "foreign minister", "agriculture minister")."""
    return role is not None and role.split()[-1] == "minister"


def _domestic_critic(token: Token, b: _Builder) -> str | None:
    """The state of an opposition leader, party leader or lawmaker who is the subject of the clause
    "the government" stands in ("Opposition leader Peter Dutton warned the government not to …":
    Australia's, not China's named just before), else None."""
    verb = token.head
    while verb.dep_ not in ("ROOT", "ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    # a conjunct shares its head's subject: "Dutton welcomed the talks but warned the government"
    while verb.dep_ == "conj" and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i):
        # the subject's own mention, or the name in apposition to it ("Australia's opposition
        # leader, Ann Lee, …")
        for named in (subj, *(c for c in subj.children if c.dep_ == "appos")):
            actor = _actor_at(named, b)
            if actor is not None and actor.type == "person" and actor.role in _DOMESTIC_ROLES and actor.country:
                return actor.country
    return None


#: bare nouns for someone who speaks for a body: "A spokesperson said …"
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _subject_mention(subj: Token, b: _Builder) -> ActorMention | None:
    """The mention a subject phrase is: the one holding its head ("The U.S. State Department"),
    else one starting where the phrase starts, else the first inside it."""
    start, head, end = subj.left_edge.idx, subj.idx, subj.idx + len(subj.text)
    inside = sorted((m for m in b.mentions.values() if start <= m.start and m.end <= end), key=lambda m: m.start)
    return next((m for m in b.mentions.values() if m.start <= head < m.end), None) or next(
        (m for m in inside if m.start == start), None) or (inside[0] if inside else None)


def _add_spokespeople(doc: Doc, b: _Builder) -> None:
    """ "Downing Street confirmed … . A spokesperson said …": a bare "a/the spokesperson" (no
    owner, no "of", no modifier) speaks for the state or body that is the subject of the sentence
    just before it, unless a blank line separates the two."""
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        if lowers[i] not in _SPOKESPEOPLE or i in b.taken:
            continue
        token = doc[i]
        if token.dep_ == "compound":
            continue
        short = [c for c in token.children if c.dep_ == "compound" and c.i < i]
        first = short[0].i if short else i
        if first < 1 or lowers[first - 1] not in ("a", "the", "an"):
            continue
        if short and not any(c.dep_ in ("amod", "poss", "nmod", "prep") for c in token.children):
            # "A Commission spokesperson" after "The European Commission said …": the body named
            # before by a longer name ending in the same word
            body = _named_before(doc[first:i], b)
            if body is not None:
                b.add_mention(doc[first - 1:i + 1], body, "coref")
                continue
            if not (len(short) == 1 and lowers[first] == "government"):
                continue
            # "In a statement issued in Kigali, a government spokesperson …": the state the
            # sentence is set in, else the one the sentence before was about
            if (setting := _setting_state(doc[first - 1:i + 1], b)) is not None:
                b.add_mention(doc[first - 1:i + 1], setting, "coref")
                continue
        elif any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in token.children):
            continue
        verb = token.head
        if token.dep_ == "nsubj" and verb.dep_ == "conj" and verb.head.i < token.i:
            # "the State Department welcomed …, and a spokesman said …": the subject of the clause
            # it is joined to
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = _subject_mention(subj, b) if subj is not None else None
            actor = b.actors.get(m.actor) if m is not None else None
            if actor is not None and actor.type != "person":
                b.add_mention(doc[first - 1:i + 1], actor.id, "coref")
                continue
        sent = token.sent
        if sent.start == 0:
            continue
        prev = doc[sent.start - 1].sent
        if "\n\n" in doc[prev.end - 1:sent.start + 1].text and prev.end < sent.start:
            continue
        subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == prev.root.i), None)
        if subj is None:
            continue
        m = _subject_mention(subj, b)
        actor = b.actors.get(m.actor) if m is not None else None
        if actor is not None and actor.type != "person":
            b.add_mention(doc[first - 1:i + 1], actor.id, "coref")


def _named_before(words: Span, b: _Builder) -> str | None:
    """The body or bloc mentioned last before ``words`` (within :data:`_ANAPHOR_REACH` characters)
    whose name ends with them, capitalised as a name ("Commission": the European Commission), when
    ``words`` are no mention of their own."""
    if not all(t.text[:1].isupper() for t in words) or any(m.token_start < words.end and words.start < m.token_end
                                                          for m in b.mentions.values()):
        return None
    tail = " " + words.text.lower()
    best: ActorMention | None = None
    for m in b.mentions.values():
        actor = b.actors.get(m.actor)
        if m.token_end > words.start or words[0].idx - m.start > _ANAPHOR_REACH or actor is None \
                or actor.type not in ("organization", "bloc") or not (" " + actor.name.lower()).endswith(tail):
            continue
        if best is None or m.start > best.start:
            best = m
    return best.actor if best is not None else None


#: nouns for a state's rulers that refer back only to the same kind of rulers of a state named
#: before ("Myanmar's military government … the junta"), never to the state named last
_REGIME_NOUNS = {"junta": {"junta", "government", "rulers", "generals"}, "regime": {"regime"}}


def _add_regime_anaphors(doc: Doc, b: _Builder) -> None:
    """ "The junta", "the regime": the state whose junta, military government or military rulers
    (or whose regime) the article named before ("Myanmar's military government", "the Syrian
    regime"). The state named last is no antecedent ("Thailand favoured talks with the junta")."""
    states = _mentions_of_type(b, "state")
    if not states:
        return
    lowers = b.tokens.lowers
    for i in range(1, len(doc)):
        nouns = _REGIME_NOUNS.get(lowers[i])
        if nouns is None or lowers[i - 1] not in ("the", "its") or i in b.taken:
            continue
        found = None
        for m in states:
            if m.token_end > i:
                break
            head = doc[m.token_end - 1]
            while head.dep_ in ("poss", "compound", "amod", "case") and head.head.i > head.i:
                head = head.head
            military = lowers[i] == "regime" or any(
                lowers[c.i] in ("military", "junta", "army") for c in head.children) or lowers[head.i] == "junta"
            if head.i != m.token_end - 1 and lowers[head.i] in nouns and military:
                found = m.actor
        if found is not None:
            b.add_mention(doc[i - 1:i + 1], found, "coref")


def _add_leaders_governments(doc: Doc, b: _Builder) -> None:
    """"The Trump administration", "the Modi government": the government of the state the leader
    named before the noun leads, not the leader (a mention of the state, as "the White House", that
    covers the leader's)."""
    for token in doc:
        if token.lower_ not in ("administration", "government") or token.pos_ != "NOUN" or token.i == 0:
            continue
        leader = doc[token.i - 1]   # the last word of the leader's name, a compound of the noun
        found = next((m for m in b.mentions.values() if m.token_end == token.i
                      and (a := b.actors.get(m.actor)) is not None and a.type == "person"
                      and a.role in _STATE_LEADS and a.country
                      and leader.dep_ == "compound" and leader.head.i == token.i), None)
        if found is None:
            continue
        start = found.token_start
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        state = b.actors[found.actor].country
        entry = b.actors.get(state) or b.kb.get(state)
        if entry is None or entry.type != "state":
            continue
        if state not in b.actors:
            b.add_actor(b.entry_actor(entry))
        # (the leader's own mention stays, an antecedent for "the president" and "he" after it)
        b.add_mention(doc[start:token.i + 1], state, "coref", take=False)


def find_actors(doc: Doc, state: dict[str, Any]) -> ActorIndex:
    """Resolve every actor mention in ``doc``: KB names and metonyms, people with their roles,
    surnames, role descriptions and personal pronouns."""
    kb = state.get("kb")
    if kb is None:
        from ..kb import default_kb

        kb = default_kb()
        state["kb"] = kb
    b = _Builder(doc, kb, _as_date(state.get("published")))
    _add_kb_mentions(doc, b)
    _localise_parties(doc, b)
    _localise_offices(doc, b)
    _add_regime_anaphors(doc, b)
    _add_people(doc, b)
    _add_leaders_governments(doc, b)
    _add_descriptions(doc, b)
    _add_untagged_surnames(doc, b)
    _add_imported_names(doc, b)
    _add_named_bodies(doc, b)
    _merge_bracketed_acronyms(doc, b)
    _add_portfolio_bodies(doc, b)
    _add_country_anaphors(doc, b)
    _add_kind_anaphors(doc, b)
    _add_body_anaphors(doc, b)
    _add_bloc_anaphors(doc, b)
    _add_executive_and_halves(doc, b)
    _add_group_anaphors(doc, b)
    _add_spokespeople(doc, b)
    _add_repeated_descriptions(doc, b)
    _add_role_anaphors(doc, b)
    _add_diplomat_anaphors(doc, b)
    _add_described_subjects(doc, b)
    _add_epithets(doc, b)
    _add_resident_groups(doc, b)
    _add_pronouns(doc, b)
    _add_body_pronouns(doc, b)
    _add_possessor_states(doc, b)
    _add_offices_named_before(doc, b)
    _add_intensifiers(doc, b)
    return b.index()


#: reflexive pronouns that, set off by a comma after a name, only stress it ("Guinea, itself …")
_INTENSIFIERS = frozenset({"itself", "himself", "herself", "themselves"})


def intensified(token: Token) -> Token:
    """The name a reflexive set off after it stresses ("Guinea, itself ruled by the military, …",
    which the parser may make the subject): the noun right before the comma, else ``token``."""
    doc = token.doc
    if token.text.lower() in _INTENSIFIERS and token.i >= 2 and doc[token.i - 1].text == "," \
            and doc[token.i - 2].pos_ in ("PROPN", "NOUN"):
        return doc[token.i - 2]
    return token


#: words a questioner addresses the one asked with ("Minister, …", "Sir, …")
_VOCATIVES = frozenset({"minister", "sir", "madam", "president", "secretary", "senator", "governor",
                        "ambassador", "mayor", "chancellor", "excellency", "doctor", "dr", "professor"})


def past_label(token: Token) -> Token:
    """The apposition of a transcript's line label that the parser made a subject ("Q: Hungary
    and Slovakia have threatened …": Hungary, with its conjuncts), or of a question's vocative
    ("Minister, the governor … said"), else ``token``."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == ":" \
            and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws or doc[token.i - 1].is_space):
        token = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1), token)
    # a question's vocative before its subject ("Q: Minister, the governor of Borno State said …":
    # the governor said it; the minister is the one asked)
    if token.lower_ in _VOCATIVES and token.i + 1 < len(doc) and doc[token.i + 1].text == "," \
            and (token.i == token.sent.start or doc[token.i - 1].text == ":" or doc[token.i - 1].is_space):
        return next((c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1), token)
    return token


def _add_intensifiers(doc: Doc, b: _Builder) -> None:
    """The reflexive set off after a name (:func:`intensified`) is that name's actor."""
    lowers = b.tokens.lowers
    for i in range(2, len(doc)):
        if lowers[i] not in _INTENSIFIERS or i in b.taken or (name := intensified(doc[i])).i == i:
            continue
        actor = _actor_at(name, b)
        if actor is not None:
            b.add_mention(doc[i:i + 1], actor.id, "coref", take=False)
