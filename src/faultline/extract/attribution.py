"""Attribution: turn quote matches into the contract's quotes, with speakers resolved to actors.

``extract.quotes`` finds what was said and the words naming who said it; this module maps those
words to an actor (a name, a surname, a pronoun or a description resolved by ``extract.actors``)
and dates each quote from its sentence (``extract.dates.anchor``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Quote
from ..pipeline.components import doc_text
from .actors import (
    POSSESSIVES,
    ActorIndex,
    actor_rules,
    counted_group,
    group_member,
    group_size,
    is_person_word,
    named_as_place,
    relative_antecedent,
    unnamed_subset,
)
from .dateline import dateline_end, doc_datelines, story_subject


def _is_person(actors: ActorIndex, actor_id: str) -> bool:
    return getattr(actors.get(actor_id), "type", None) == "person"


def _person_set_beside(actors: ActorIndex, tok: Token) -> str | None:
    """The person named in a phrase set beside ``tok`` (:func:`_set_beside`), if any."""
    return next((m.actor for c in _set_beside(tok)
                 if (m := actors.covering(c.idx, c.idx + len(c.text))) is not None and _is_person(actors, m.actor)),
                None)


def _set_beside(tok: Token) -> list[Token]:
    """The heads of the phrases set beside ``tok`` after a comma: its appositions, and a second
    object the parser gave its verb instead ("quoted the deputy chief of staff, General Tesfaye
    Alemu, as saying")."""
    doc = tok.doc
    end = max((c.right_edge.i for c in tok.children if c.dep_ != "appos" and c.i > tok.i), default=tok.i)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    out = [c for c in tok.children if c.dep_ == "appos" and c.left_edge.i == end + 2]
    if tok.dep_ == "dobj":
        out += [c for c in tok.head.children if c.dep_ == "dobj" and c.left_edge.i == end + 2]
    return out


def speaker_of(actors: ActorIndex, doc: Doc, span: tuple[int, int] | None, head: int | None) -> str | None:
    """The actor a speaker phrase names: the mention covering its head word (a pronoun, a surname,
    a description), else a person named inside the phrase, else any actor inside it. A relative
    pronoun ("Lopez, who said …") names the actor of the noun phrase its clause modifies."""
    if span is None:
        return None
    if head is not None and 0 <= head < len(doc):
        tok = doc[head]
        if unnamed_subset(tok):
            return None     # "several NATO allies refused …": no one the bloc's name stands for
        if (ante := relative_antecedent(tok)) is not tok:
            if tok.text.lower() == "who":
                ante = _person_antecedent(actors, ante)
            return speaker_of(actors, doc, (ante.left_edge.idx, ante.idx + len(ante.text)), ante.i)
        m = actors.covering(tok.idx, tok.idx + len(tok.text))
        if m is None and _speaks_for_owner(tok) or \
                m is not None and (a := actors.get(m.actor)) is not None and a.type != "person":
            # "the Polish foreign minister, Radosław Sikorski", "His spokesman, Stefan Kornelius":
            # the person named in apposition
            # (or on the last part of a title's own "and": "Australia's Minister for Development
            # and the Pacific, Daniel Kerr")
            heads = {tok.i} | {c.i for c in tok.conjuncts if c.i > tok.i}
            named = next((p.actor for p in actors.at(*span)
                          if (pa := actors.get(p.actor)) is not None and pa.type == "person"
                          and (r := doc.char_span(p.start, p.end, alignment_mode="expand")) is not None
                          and r.root.dep_ == "appos" and r.root.head.i in heads), None)
            if named is not None:
                return named
        if m is None and not any(_is_person(actors, p.actor) for p in actors.at(*span)) \
                and (named := _person_set_beside(actors, tok)) is not None:
            return named    # "quoted the deputy chief of staff, General Tesfaye Alemu, as saying": the
            #                 name set beside the description, outside the speaker's phrase
        if m is not None:
            return m.actor
        if tok.text.lower() in actor_rules()["independent_voices"] \
                and not any(c.dep_ == "appos" for c in tok.children):
            return None     # "Analysts in Seoul said …": analysts speak for no state (but "Calloway's
            #                 campaign manager, Brent Haskins, said" is Haskins)
    if head is not None and 0 <= head < len(doc) and _speaks_for_owner(doc[head]):
        # "His office called the proposal …", "her spokesman said …": speaks for the possessor;
        # so does an office of a body named before ("The council … Its president told …")
        # (or of the body it speaks for: "a spokesman for its Northern Command")
        bodies = {head} | {o.i for p in doc[head].children if p.dep_ == "prep" and p.text.lower() in ("for", "of")
                           for o in p.children if o.dep_ == "pobj"}
        own = next((m for m in actors.at(*span) if m.text.lower() in POSSESSIVES
                    and (pm := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                    and pm.root.dep_ == "poss" and pm.root.head.i in bodies), None)
        if own is not None:
            return own.actor
    # a possessive pronoun names someone else's relation: "Her Latvian counterpart" is not her;
    # the city an embassy sits in is not its owner ("statements from their embassies in Manila")
    inside = [m for m in actors.at(*span) if m.text.lower() not in POSSESSIVES and not _host(doc, m)]
    if head is not None and 0 <= head < len(doc):
        # the head's own words before what describes it: "Argentina's government, a fierce critic
        # of Maduro" is Argentina's, not Maduro's
        # (a person named in apposition is the speaker: "Pakistan's foreign minister, Ishaq Dar")
        rooted = [(m, r.root) for m in inside if (r := doc.char_span(m.start, m.end, alignment_mode="expand"))]
        # (or hung on the post's "to": "U.S. Ambassador to NATO Dale Whitcomb")
        # (or set beside the description's complement: "the EU's special representative for the
        # Belgrade–Pristina dialogue, Anders Holmqvist", hung from "dialogue")
        named = [m for m, root in rooted if (root.dep_ == "appos" and root.head.i == head
                                             or root.dep_ == "pobj" and root.head.head.i == head
                                             and root.head.lower_ in ("to", "at")
                                             or root.dep_ == "appos" and is_person_word(doc[head])
                                             and head in [a.i for a in list(root.ancestors)[:4]])
                 and getattr(actors.get(m.actor), "type", None) == "person"]
        if named:
            return named[0].actor
        aside = {t.i for c in doc[head].children if c.dep_ in _ASIDE_DEPS for t in c.subtree}
        own = [m for m, root in rooted if root.i not in aside and any(t.i == head for t in root.ancestors)]
        if own and len(own) < len(inside):
            inside = own
    inside = [m for m in inside if not _owner_of_others(doc, m)]
    people = [m for m in inside if (a := actors.get(m.actor)) is not None and a.type == "person"]
    people = [m for m in people if not _describes_other(doc, m, people)] or people
    if people:
        return people[-1].actor
    if inside:
        return inside[0].actor
    m = actors.covering(*span)
    return m.actor if m and not _owner_of_others(doc, m) else None


def _describes_other(doc: Doc, m: Any, people: list[Any]) -> bool:
    """True for a person named inside what describes another person of the phrase: "Kessler" of
    "A spokesman for Gov. Martin Okonkwo-Reyes, one of Kessler's chief competitors"."""
    roots = {r.root.i: p.actor for p in people
             if (r := doc.char_span(p.start, p.end, alignment_mode="expand")) is not None}
    r = doc.char_span(m.start, m.end, alignment_mode="expand")
    if r is None:
        return False
    below = r.root
    for above in below.ancestors:
        if above.i in roots and roots[above.i] != m.actor and below.dep_ in _DESCRIBING_DEPS:
            return True
        below = above
    return False


#: how what describes a name hangs from it: an apposition, a relative or participle clause
_DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl"})


def _owner_of_others(doc: Doc, m: Any) -> bool:
    """True for a person named as the possessor of others who speak for themselves: "Seventy-one
    percent of Mr. Trump's supporters", "Clinton's daughter", "an ally of Mr Ashworth" (not Clinton,
    not Ashworth)."""
    r = doc.char_span(m.start, m.end, alignment_mode="expand")
    if r is None:
        return False
    root = r.root
    # (also after "of": "An ally of Mr Ashworth said …", "a friend of the senator")
    return root.dep_ == "poss" and root.head.lemma_.lower() in _OTHERS \
        or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _OTHERS


#: people whose possessor does not speak through them: followers, rivals and kin
_OTHERS = frozenset({"supporter", "voter", "critic", "opponent", "rival", "fan", "follower", "ally", "donor",
                     "daughter", "son", "wife", "husband", "brother", "sister", "father", "mother", "child",
                     "friend", "biographer", "accuser", "challenger", "successor", "predecessor"})


#: a state's posts abroad, named after the place that hosts them ("its embassy in Manila")
_POSTS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions"})


def _host(doc: Doc, m: Any) -> bool:
    """True for a mention that names where a post abroad sits: "in Manila" of "embassy in Manila"."""
    r = doc.char_span(m.start, m.end, alignment_mode="expand")
    if r is None:
        return False
    if doc_text(doc)[m.end:m.end + 6].lower() == "-based":
        # "one Geneva-based trade diplomat": where a diplomat serves
        return any(a.lemma_.lower() in _DIPLOMATS for a in list(r.root.ancestors)[:4])
    # (or where a diplomat serves: "a Western diplomat in Addis Ababa" is no Ethiopian)
    return named_as_place(r.root) and (
        r.root.head.head.text.lower() in _POSTS or r.root.head.head.lemma_.lower() in _DIPLOMATS)


#: people posted abroad, whom the place they serve in does not name
_DIPLOMATS = frozenset({"diplomat", "ambassador", "envoy", "attaché", "attache", "consul", "emissary"})


#: what describes a speaker's head word after it: an apposition, a phrase or clause
_ASIDE_DEPS = frozenset({"appos", "prep", "relcl", "acl"})


def joint_speakers(actors: ActorIndex, doc: Doc, head: int | None, speaker: str | None,
                   said: list[Quote], reported: list[tuple[int, int]], text: str) -> tuple[str, ...]:
    """Every actor a joint statement is said by, when its speaker phrase names several: a
    coordination ("Germany and France said", "Britain, France and Germany, the three European
    parties to the deal, said"); a counted group ("the two governments said", "Both leaders
    stressed"), the last joint speakers of its kind, else the last actors of its kind named before
    it outside what anyone reported; "they" right after a joint statement, its speakers. Empty
    when one actor speaks; ``speaker`` (:func:`speaker_of`) stays first. ``said``: the quotes
    before, ``reported``: the spans of every quote's content."""
    if head is None or not 0 <= head < len(doc):
        return ()
    tok = doc[head]
    found: list[str] = []
    conj = [t for t in tok.conjuncts if t.i > tok.i]     # not a dateline word it hangs from
    members = [tok, *conj]
    if not conj and tok.tag_ == "NNS":
        # "The leaders of Japan and South Korea agreed": the states the plural is of; "the foreign
        # ministries in Brasília and Bogotá": the states whose capitals they sit in
        of = next((o for c in tok.children if c.dep_ == "prep" and c.text.lower() in ("of", "in")
                   for o in c.children if o.dep_ == "pobj" and o.conjuncts), None)
        if of is not None:
            tok, members = of, [of, *(t for t in of.conjuncts if t.i > of.i)]
            conj = members[1:]
        elif counted := _counted_owners(actors, tok):
            found = counted     # "officials from both countries said": the two states named before
        elif (adj := next((c for c in tok.children if c.dep_ in ("amod", "compound")
                           and any(x.i > c.i for x in c.conjuncts)), None)) is not None:
            # "the Greek and Turkish foreign ministers agreed": each adjective's state
            states = [_state_of_word(actors, a) for a in (adj, *(x for x in adj.conjuncts if x.i > adj.i))]
            if all(states):
                found = states
        elif any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            # "Saudi Arabia and Iran agreed …, their foreign ministers said": the states whose
            # ministers they are, the coordinated subject before them in the sentence
            owners = [t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                      and any(c.i > t.i for c in t.conjuncts)]
            if owners:
                tok = owners[-1]
                members = [tok, *(t for t in tok.conjuncts if t.i > tok.i)]
                conj = members[1:]
    elif not conj and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
        # a headline's comma for "and": "Japan, South Korea agree to resume …" (two subjects)
        before = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i
                  and c.right_edge.i + 2 == tok.left_edge.i and doc[c.right_edge.i + 1].text == ","]
        # (or one the parser hung on the other: "Armenia, Azerbaijan agree …", "Armenia" its nmod)
        before = before or [c for c in tok.children if c.dep_ in ("nmod", "compound", "appos") and c.i < tok.i
                            and c.pos_ == "PROPN" and doc[c.right_edge.i + 1].text == ","
                            and c.right_edge.i + 2 == tok.i]
        if not before and (run_on := _run_on_from_dateline(doc, tok)) is not None:
            # "MEXICO CITY, May 6 - Mexico and the United States agreed": "Mexico" read as a
            # conjunct of the dateline's date, "the United States" as the subject
            before = [run_on]
        if before:
            tok, members = before[0], [before[0], tok]
            conj = members[1:]
    if conj and not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in _DESCRIBING and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].text == ",":
        # "Taiwan's remaining Pacific allies, Palau and the Marshall Islands, said": the allies are
        # the names after the comma (the parser joined them as conjuncts), not Taiwan
        members = conj
    if conj and not found and len(members) == 2 and is_person_word(members[0]) \
            and members[0].ent_type_ != "PERSON" and members[1].ent_type_ == "PERSON" \
            and any(is_person_word(g) for g in members[1].subtree if g.i < members[1].i):
        # "Homeland Front leader and Deputy Prime Minister Stefan Dimitrov": two titles, one person
        return ()
    if conj and not found and is_person_word(members[0]) and members[0].ent_type_ != "PERSON" \
            and not any(is_person_word(t) for t in members[1:]) \
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in members[-1].children):
        # "Australia's Minister for International Development and the Pacific, Daniel Kerr": the
        # title's own "and", one person named after it
        return ()
    if conj and not found:
        for t in members:
            one = speaker_of(actors, doc, (t.left_edge.idx if t.i == tok.i else _own_edge(t).idx,
                                           _named_end(t)), t.i)
            if one is None:
                return ()       # "Merkel and her aides": not every part names an actor
            found.append(one)
    elif not found:
        found = _group(actors, doc, tok, said, reported, text)
    found = list(dict.fromkeys(found))
    if len(found) < 2:
        return ()
    if speaker in found:
        found.remove(speaker)
        found.insert(0, speaker)
    return tuple(found)


#: plural descriptions that the names set after them with a comma spell out
_DESCRIBING = frozenset({"ally", "partner", "neighbour", "neighbor", "member", "rival", "supporter",
                         "opponent", "backer", "critic"})


def _state_of_word(actors: ActorIndex, tok: Token) -> str | None:
    """The state or bloc a word (an adjective, a name) is a mention of, else None."""
    m = actors.covering(tok.idx, tok.idx + len(tok.text))
    a = actors.get(m.actor) if m is not None else None
    return a.id if a is not None and a.type in ("state", "bloc") else None


def _counted_owners(actors: ActorIndex, tok: Token) -> list[str]:
    """The states a plural's "of"/"from" counted group counts ("officials from both countries"),
    when it counts more than one; else none."""
    return next((group for c in tok.children if c.dep_ == "prep" and c.text.lower() in ("of", "from")
                 for o in c.children if o.dep_ == "pobj" and group_size(o) is not None
                 for group in [counted_group(actors, o)] if len(group) > 1), [])


def _run_on_from_dateline(doc: Doc, tok: Token) -> Token | None:
    """The name before "and" right before ``tok``'s phrase that the parser hung on a word of a
    dateline although it stands past the dateline, else None."""
    left = tok.left_edge.i
    if left < 2 or doc[left - 1].dep_ != "cc":
        return None
    prev = doc[left - 2]
    lines = doc_datelines(doc)
    end = dateline_end(lines, prev.head.idx) if lines else None
    return prev if end is not None and prev.idx >= end and prev.dep_ == "conj" else None


def _named_end(t: Token) -> int:
    """Where a conjunct's phrase ends: after the name set beside it, if any ("his South Korean
    counterpart, Park Seo-yeon": her, not her state), else after the word itself."""
    appos = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i), None)
    last = appos.right_edge if appos is not None else t
    return last.idx + len(last.text)


def _own_edge(t: Token) -> Token:
    """The first word of a conjunct's own phrase (its conjuncts and their commas hang from it)."""
    own = [c for c in t.children if c.i < t.i and c.dep_ not in ("cc", "punct", "conj")]
    return min((c.left_edge for c in own), key=lambda c: c.i, default=t)


def _group(actors: ActorIndex, doc: Doc, tok: Token, said: list[Quote], reported: list[tuple[int, int]],
           text: str) -> list[str]:
    """The actors a counted group or "they" names (see :func:`joint_speakers`)."""
    last = said[-1] if said else None
    if tok.text.lower() == "they":
        # inside the clause of a coordinated subject: that subject ("the United States, Japan and
        # Australia issued a statement condemning what they called …")
        own = _coordinated_subject(actors, doc, tok)
        if own:
            return own
        # right after a joint statement, in its paragraph: its speakers
        if last is not None and len(last.voices) > 1 and "\n" not in text[last.end:tok.idx] \
                and tok.idx - last.end < 400:
            return list(last.voices)
        return []
    counted = group_size(tok)
    if counted is None:
        return []
    count, people = counted
    # the last joint speakers of that kind ("Germany and France said … . The two governments …")
    for q in reversed(said):
        if len(q.voices) > 1:
            group = list(dict.fromkeys(m for a in q.voices if (m := group_member(actors, a, people))))
            return group if len(group) == count else counted_group(actors, tok, reported)
    # else the last named outside reported words ("… the threat from Russia" names no speaker)
    return counted_group(actors, tok, reported)


def _enclosing_body(actors: ActorIndex, doc: Doc, tok: Token) -> str | None:
    """The state or body an "it" inside another clause stands for: the subject of the nearest verb
    above it, before it ("Spain secured what it describes as an exemption": Spain), when that
    subject names one actor that is no person; else None."""
    subj = _subject_above(tok)
    if subj is not None and (lines := doc_datelines(doc)):
        # "SEOUL, March 27 - South Korea summoned …": the story's subject, not the dateline's place
        subj = story_subject(subj, lines)
    if subj is None or subj.conjuncts or subj.pos_ == "PRON":
        return None
    found = speaker_of(actors, doc, (subj.left_edge.idx, subj.idx + len(subj.text)), subj.i)
    actor = actors.get(found) if found is not None else None
    return found if actor is not None and actor.type != "person" else None


def _bound_to_noun(tok: Token) -> bool:
    """True for an "it" inside another clause whose nearest subject above it is a noun: the "it"
    stands for that noun, actor or not ("a coalition of groups praised Kinsler for what it called
    …")."""
    subj = _subject_above(tok)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN")


def _subject_above(tok: Token) -> Token | None:
    """The subject, before ``tok`` and not containing it, of the nearest verb above it that has one."""
    for anc in tok.ancestors:
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                     and not c.i <= tok.i <= c.right_edge.i), None)
        if subj is not None:
            return subj
    return None


def _coordinated_subject(actors: ActorIndex, doc: Doc, tok: Token) -> list[str]:
    """The actors of the nearest subject before ``tok`` among the verbs it hangs below, when that
    subject is a coordination whose every part names an actor; else none."""
    subj = _subject_above(tok)
    if subj is None or not any(t.i > subj.i for t in subj.conjuncts):
        return []
    found = []
    for t in [subj, *(t for t in subj.conjuncts if t.i > subj.i)]:
        one = speaker_of(actors, doc, (t.left_edge.idx if t.i == subj.i else _own_edge(t).idx,
                                       t.idx + len(t.text)), t.i)
        if one is None:
            return []
        found.append(one)
    return list(dict.fromkeys(found))


def _person_antecedent(actors: ActorIndex, ante: Token) -> Token:
    """The antecedent of "who": the parser often hangs the clause on the nearest noun ("John
    Kirby, a spokesman for the National Security Council, who declined …"); when that noun names
    no person, the person in apposition to it ("Chile's fisheries undersecretary, Julio Salas,
    who …") or up its chain of prepositions and appositions, if any."""
    def is_person(token: Token) -> bool:
        m = actors.covering(token.idx, token.idx + len(token.text))
        return m is not None and (a := actors.get(m.actor)) is not None and a.type == "person"

    token = ante
    for _ in range(5):
        if is_person(token):
            return token
        named = next((c for c in token.children if c.dep_ == "appos" and c.i < ante.i + 8 and is_person(c)), None)
        if named is not None:
            return named
        if token.dep_ not in ("pobj", "prep", "appos", "compound") or token.head.i == token.i:
            break
        token = token.head
    return ante


def _cue_head(doc: Doc, cue_span: tuple[int, int] | None) -> int | None:
    if not cue_span:
        return None
    span = doc.char_span(cue_span[0], cue_span[1], alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def attribute_quotes(doc: Doc, state: dict[str, Any]) -> dict[str, Any]:
    """Run quote finding and build ``Quote`` objects; returns the entries to store in ``state``."""
    from .quotes import find_quotes

    # "speech" (default: what is said, as a careful reader marks quotes) or "learned"/"attribution"
    # (PolNeAR's broader attributions of beliefs and intentions), chosen per pipeline or run
    matches, warnings = find_quotes(doc, scope=state.get("quote_scope") or "speech")
    matches = sorted(_restated_sentences(doc, matches), key=lambda m: (m.start, m.end))
    state["quote_spans"] = spans = [(m.start, m.end) for m in matches]   # dates inside them are reported, not narrated
    actors: ActorIndex = state.get("actors") or ActorIndex()
    try:
        from .dates import anchor
    except ImportError:  # dates stage not available: quotes stay undated
        anchor = None
    speakers: dict[int, str | None] = {}
    quotes: list[Quote] = []
    text = doc_text(doc)  # Doc.text rebuilds the string on every access: read it once per doc
    previous: tuple[Any, str] | None = None      # the last match with a resolved speaker
    # the words of a split quote's other side are the quote's too, so they do not date it ("The
    # bill, he argued, was the only way to keep the government open past Friday": not said Friday)
    sides: dict[Any, list[tuple[int, int]]] = {}
    # nor do the words another statement of the sentence reports ("Analysts said the clash was
    # unlikely to escalate but warned that a miscalculation could trigger a crisis, as happened in
    # 2019": not said in 2019)
    reported: dict[int, list[tuple[int, int]]] = {}
    for m in matches:
        if _sided(m):
            sides.setdefault(m.cue_span, []).append((m.start, m.end))
        reported.setdefault(m.sent_start, []).append((m.start, m.end))
    for i, m in enumerate(matches):
        speaker = speaker_of(actors, doc, m.speaker_span, m.speaker_head)
        bound = False   # an "it" that stands for a noun of its own sentence naming no actor
        if speaker is None and m.speaker_head is not None and doc[m.speaker_head].lower_ == "it":
            speaker = _enclosing_body(actors, doc, doc[m.speaker_head])
            # ("…, while a coalition of groups praised Kinsler for what it called …": the
            # coalition's, not the body quoted before)
            bound = speaker is None and _bound_to_noun(doc[m.speaker_head])
        if speaker is None and m.speaker_span is not None and previous is not None and not bound:
            speaker = _body_pronoun(actors, text, m, *previous)
        joint = joint_speakers(actors, doc, m.speaker_head, speaker, quotes, spans, text) \
            if m.speaker_span is not None else ()
        if joint:
            speaker = joint[0]
        if speaker is not None:
            previous = (m, speaker)
        speakers[i] = speaker
        cue_head = _cue_head(doc, m.cue_span)
        own = sides[m.cue_span] if _sided(m) else []
        date = anchor(doc, state, m.sent_start, m.sent_end, head=cue_head,
                      exclude=own + reported[m.sent_start]) if anchor else None
        speaker_text = text[m.speaker_span[0]:m.speaker_span[1]] if m.speaker_span else None
        quotes.append(Quote(
            id=f"q{i + 1}", kind=m.kind, text=text[m.start:m.end], start=m.start, end=m.end,
            speaker=speaker, speaker_text=speaker_text, speaker_span=m.speaker_span,
            cue=m.cue, cue_span=m.cue_span, date=date, speakers=joint,
        ))
    quotes = merge_anaphoric(quotes, actors, text)
    quotes = drop_duplicates(quotes)
    keep = {q.start: q for q in quotes}
    kept_matches = [m for m in matches if m.start in keep]
    speakers = {i: keep[m.start].speaker for i, m in enumerate(kept_matches)}
    voices = {i: keep[m.start].voices for i, m in enumerate(kept_matches)}
    quotes = [replace(q, id=f"q{i + 1}") for i, q in enumerate(sorted(keep.values(), key=lambda q: (q.start, q.end)))]
    return {"quotes": (kept_matches, warnings), "speakers": speakers, "voices": voices,
            "quote_objects": tuple(quotes),
            "warnings": list(warnings)}


def _body_pronoun(actors: ActorIndex, text: str, m: Any, prev: Any, prev_speaker: str) -> str | None:
    """ "The commerce ministry said … . It urged Brussels to …": an "it" or "they" speaking in the
    sentence right after a statement by a state or body, in the same paragraph, is that body
    (personal pronouns are resolved with the actors; "it" and "they" are not, in general); "the
    statement" (:data:`_DOCUMENTS`) is its issuer's, a person's too."""
    # the statement is the sentence before the pronoun's, or the same one
    words = text[m.speaker_span[0]:m.speaker_span[1]].lower()
    if m.sent_start > prev.sent_end + 2 or words not in ("it", "they") and words not in _DOCUMENTS:
        return None
    actor = actors.get(prev_speaker)
    if actor is None or actor.type == "person" and words not in _DOCUMENTS:
        return None
    if "\n" in text[prev.end:m.speaker_span[0]] and not (
            m.cue in _GOING_ON and text.count("\n", prev.end, m.speaker_span[0]) <= 2):
        return None    # another paragraph, unless it goes on with the last one's statement
    return prev_speaker


#: cues that go on with the statement before, across a paragraph break too: "Japanese officials
#: were quoted as saying … .\nThey added that …"
_GOING_ON = frozenset({"add", "continue"})


#: a document that speaks for whoever issued it: "In a statement, its media wing said … . ' … ,' the
#: statement said" (the media wing's)
_DOCUMENTS = frozenset({"the statement", "the communique", "the communiqué", "the letter", "the release",
                        "the declaration", "the memo", "the note"})


def _speaks_for_owner(head: Token) -> bool:
    """True for a speaker's head word that speaks for its possessor: "his office", "her
    spokesman" (:data:`SPEAKS_FOR`), or an office held in a body or a part of it owned by "its"
    ("Its president", "its secretary general", "its ministry of trade": the body or state the
    "its" stands for)."""
    word = head.text.lower()
    if word in SPEAKS_FOR:
        return True
    return (word in _BODY_OFFICES or word in actor_rules()["role_heads"]) \
        and any(c.dep_ == "poss" and c.text.lower() == "its" for c in head.children)


#: offices and parts of a body beyond the office heads of states ("its chairman", "its secretary
#: general", "its foreign ministry")
_BODY_OFFICES = frozenset({"chairman", "chairwoman", "chairperson", "chair", "director", "commissioner",
                           "general", "governor", "coordinator", "executive", "boss", "founder",
                           "ministry", "department", "embassy", "government", "cabinet", "military",
                           "army", "mission", "delegation", "administration", "guard", "navy", "police",
                           "forces", "agency", "parliament", "representative", "delegate", "negotiator",
                           "envoy", "ambassador", "diplomat", "official", "officials"})


#: heads of speaker phrases that speak for their possessor ("his office", "her spokeswoman")
SPEAKS_FOR = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aides",
                        "aide", "camp", "campaign", "team", "representatives", "wing", "arm", "press",
                        "secretariat"})

ANAPHORS = frozenset({"this", "that", "these", "those", "it", "this view", "the remarks", "the comments"})


def _restated_sentences(doc: Doc, matches: list[Any]) -> list[Any]:
    """ "Warsaw will not be bound by the envoy. This was stated on Tuesday by X.": when an
    anaphoric statement has a speaker and the sentence before it (same paragraph) holds no
    reported content yet, that sentence becomes X's indirect quote, with the same cue."""
    from .quotes import QuoteMatch

    text = doc_text(doc)
    out = list(matches)
    for m in matches:
        if m.speaker_span is None or text[m.start:m.end].strip().lower().rstrip(".") not in ANAPHORS:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start == 0:
            continue
        prev = doc[span[0].sent.start - 1].sent
        start, end = prev.start_char, prev.end_char
        if "\n" in text[start:span[0].sent.start_char]:
            continue   # another line or paragraph
        # a wire dateline opening the sentence is no part of what was said ("MOSCOW, Jan 12
        # (Reuters) - Russia will not accept …. This was stated by Sergey Lavrov")
        start = dateline_end(doc_datelines(doc), start) or start
        raw = text[start:end]
        first = start + len(raw) - len(raw.lstrip())
        body = raw.strip().rstrip(".;:").rstrip()
        if len(body) < 12 or any(o.start < first + len(body) and first < o.end for o in out):
            continue
        out.append(QuoteMatch("indirect", first, first + len(body), m.cue, m.cue_span, m.speaker_span,
                              m.speaker_head, start, end))
    return out


def merge_anaphoric(quotes: list[Quote], actors: ActorIndex, text: str | None = None) -> list[Quote]:
    """'This was stated by X' names who said what the previous sentence reported: X becomes the
    speaker of the quotes just before it in its paragraph (``text``: the document's, to find the
    paragraph; without it, any within 400 characters), when they had none or had X's own state or
    body (the Kremlin, for its foreign minister), and the anaphoric quote itself is dropped. The
    quote takes X's words and cue too, so that its speaker and speaker text agree ("…, reports
    Politico. This was stated by Sergey Lavrov": Lavrov's, cue "state"). When another speaker
    said them before, X joins that speaker (``Quote.speakers``: "This was also stated by …")."""
    out: list[Quote] = []
    for q in quotes:
        if q.text.strip().lower().rstrip(".") not in ANAPHORS or q.kind == "direct":
            out.append(q)   # (a quotation is words said: '“That,” she said, “is a question …”')
            continue
        if q.speaker is None:
            continue
        country = actors.state_of(q.speaker)
        for i in range(len(out) - 1, -1, -1):
            prev = out[i]
            if q.start - prev.end > 400 or (text is not None and "\n" in text[prev.end:q.start]):
                break
            if prev.speaker is None or actors.state_of(prev.speaker) == country and (
                    (a := actors.get(prev.speaker)) is None or a.type != "person"):
                out[i] = replace(prev, speaker=q.speaker, speaker_text=q.speaker_text,
                                 speaker_span=q.speaker_span, cue=q.cue, cue_span=q.cue_span,
                                 speakers=q.speakers)
            elif i == len(out) - 1 and q.speaker not in prev.voices:
                # another speaker said it before: "… dismissed the bans as “an insult”. This was also
                # stated by the country's prime minister": the words are both speakers'
                out[i] = replace(prev, speakers=tuple(dict.fromkeys((*prev.voices, *q.voices))))
    return out


def drop_duplicates(quotes: list[Quote]) -> list[Quote]:
    """One statement, one quote: of quotes with the same content span, keep the one whose
    speaker is resolved (else the first)."""
    best: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        if key not in best or best[key].speaker is None and q.speaker is not None:
            best[key] = q
    return [q for q in quotes if best.get((q.start, q.end)) is q]


def _sided(m: Any) -> bool:
    """A part of a statement its cue may split in two: a quotation or a ``split`` indirect side."""
    return m.cue_span is not None and (m.split or m.kind == "direct")
