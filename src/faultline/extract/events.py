"""Events: who rejected, accused, threatened, sanctioned or agreed with whom, coded in PLOVER.

``find_events(doc, state)`` reads dependency patterns over verbs, nominalisations ("imposed
sanctions", "held talks") and adjectival predicates ("is opposed to"), and codes each trigger as a
PLOVER type and mode with its source, target, ``about`` actors, negation and modality.

Pattern schema (``faultline/data/plover_patterns.json``; extend with ``load_patterns(extra_paths)``):

- ``verbs`` / ``nouns`` / ``predicates``: lists of ``{"lemma", "type", "mode"?, "prt"?, "prep"?,
  "prep_not"?: [prepositions or clause openers that rule it out: "asked about", "asked whether", "@wh"],
  "obj"?: [lemmas], "obj_not"?: [lemmas] (objects that rule it out: "gave no sign"; "@crowd": one counted in
  hundreds or more), "deps_not"?: [dependency
  labels] (dependents that rule it out: "been called a lot of things", an "oprd"), "xcomp"?: [lemmas],
  "xcomp_not"?: [lemmas] (infinitives that rule it out: "declined to comment"), "modality"?, "negated_type"?,
  "negated_modality"?,
  "obj_deps"?: "required", "no_obj"?: bool, "mods"?: [lemmas] (a noun's modifier: "air strike"),
  "mods_not"?: [lemmas] (a noun's modifiers that rule it out: "weak demand"),
  "complement"?: "deontic" ("insisted that Iran stop", not "insisted it was"), "addressee"?: [preps]
  ("complained to the UN over X": X is the target), "subject"?: "person" (the subject must be a
  person: "Lavrov fired back at Kyiv" is words, "troops fired back" is fire), "subject_of"?: [lemmas]
  (a noun trigger must be the subject of one of these verbs: "its strikes targeted …" hit),
  "goes_to"?: [preps] (where one goes: "travelled to Tunis with Meloni" visits Tunisia)}``.
  ``type`` is a PLOVER type (old names DEMAND, DISAPPROVE, INVESTIGATE, FIGHT are accepted). The most specific matching pattern wins; a lemma the
  tables lack is retried with base forms guessed from the text (lemmatiser slips: "staged" -> "stag").
- ``roles``: ``target_deps`` (object relations), ``target_preps``, ``about_preps``, ``agent_preps``,
  ``noun_agent_preps`` (a nominal trigger's agent: "attacks by X"), ``departure_types`` ("withdrawal
  from X": X is the target, not the agent).
- ``aspectual_heads`` ("continued to send": the act, not an intent), ``stative_passives`` ("is opposed
  to": the subject holds the attitude), ``reciprocal`` (``lemmas`` / ``objects`` of joint acts: "X and
  Y signed a treaty" targets each other). A THREATEN without a target aims at the subject of its
  ``if``/``unless`` clause; a state adjective on a nominal trigger ("Palestinian riots") is its agent.
- ``modal_verbs`` (aux -> modality), ``intent_heads`` (``plans to`` -> intended),
  ``intent_map`` (intended cooperative acts -> AGREE, hostile ones -> THREATEN, ``unless`` -> THREATEN),
  ``negation_map`` (negated cooperative acts -> REJECT), ``as_phrases`` ("described X as a ploy"),
  ``speech_objects`` (a proposal's author is the target, what it concerns is ``about``),
  ``reporting_verbs``, ``negative_words``, ``pronouns``.
- ``assertion``: ``skip_headline`` (a first line without final punctuation is not coded again),
  ``hypothetical_markers``, ``nonfactive_nouns``, ``evidential_nouns``, ``cognition_verbs`` (clauses
  not asserted as facts: see ``unasserted``), ``generic_gerund_subjects``, ``untargeted_types`` (the
  types kept without a target; others need one).
- ``nominal_events``: ``object_verbs`` / ``subject_verbs`` that assert a nominal trigger.
- ``speech_objects.referent_types`` / ``reaction_types`` / ``anaphoric_determiners``: "opposed the
  plan" takes the author of the latest earlier proposal as target (see ``resolve_referents``).
- ``domestic_target.types``: the types to which the domestic-target convention applies.
- ``header``: provenance and licence of the file.

Notes: types and modes follow the PLOVER codebook and the CAMEO2PLOVER table (openeventdata/PLOVER).
"""

from __future__ import annotations

import bisect
import heapq
import os
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, POS

from ..model import DateValue, Event
from ..pipeline.components import doc_text
from .actors import (
    actor_rules,
    counted_group,
    group_size,
    named_as_place,
    names_posting,
    past_label,
    posting_before,
    relative_antecedent,
)
from .dateline import dateline_end, doc_datelines, past_dateline
from .event_patterns import (
    Pattern,
    Patterns,
    import_cameo_verbs,
    load_patterns,
    read_cameo_mapping,
)
from .quotes import (
    asked_of_another,
    misread_participle,
    reporter_of_next_act,
    stranded_subject,
    to_infinitive,
)

__all__ = ["find_events", "load_patterns", "import_cameo_verbs", "read_cameo_mapping", "Patterns",
           "Pattern"]

SUBJ = ("nsubj", "nsubjpass", "csubj")
#: Relations through which a trigger is governed by another (its complement, object or purpose).
GOVERNED = ("xcomp", "ccomp", "acomp", "attr", "dobj", "pobj", "prep", "pcomp", "oprd", "advcl", "acl",
            "relcl", "amod", "compound", "nmod", "poss", "appos", "dative", "conj_noun")
#: Relations through which modality and negation reach a trigger ("does not plan to ...").
MODAL_CHAIN = ("xcomp", "acomp", "attr", "acl", "relcl", "ccomp_to")
#: Subtrees that never hold the actor of a phrase ("Greece, like other members, ...").
NOT_ACTOR = ("relcl", "acl", "advcl", "ccomp", "xcomp", "punct")
NOT_ACTOR_PREPS = ("like", "unlike", "despite", "except", "besides", "following", "after", "before")


# --------------------------------------------------------------------------- small helpers


def _tokens_where(doc: Any, attr: int, values: tuple[str, ...]) -> Iterable[Any]:
    """The tokens whose ``attr`` (POS or DEP) is one of ``values``, in order, found in the doc's
    array (no Token built for the others)."""
    if not len(doc):
        return ()
    ids = [doc.vocab.strings.add(v) if attr != POS else parts_of_speech.IDS[v] for v in values]
    return (doc[i] for i in numpy.nonzero(numpy.isin(doc.to_array(attr).reshape(-1), numpy.array(ids, dtype="uint64")))[0].tolist())


def _lemma(token: Any) -> str:
    return (token.lemma_ or token.text).lower()


def _lemma_forms(token: Any) -> list[str]:
    """The lemma, then base forms guessed from the inflected text, for lemmatiser slips ("staged" ->
    "stag"): a lexicon look-up tries the lemma first and the guesses only when the lemma is unknown."""
    return _forms(_lemma(token), token.text.lower())


def _forms(lemma: str, text: str) -> list[str]:
    """:func:`_lemma_forms` from a lemma and the lower-cased text."""
    out = [lemma, text]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("es", ""), ("s", "")):
        if text.endswith(suffix) and len(text) - len(suffix) >= 3:
            out.append(text[: len(text) - len(suffix)] + repl)
    return list(dict.fromkeys(out))


def _lemma_in(token: Any, words: Any) -> bool:
    """Whether the token's lemma, or a base form guessed from its text, is in ``words``."""
    forms = _lemma_forms(token)
    return forms[0] in words or any(f in words for f in forms[1:])


def _is_verb(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


#: nouns for others seen from someone ("its neighbours"): the possessor is not among them
_RELATIONAL = frozenset({"neighbour", "neighbor", "critic", "opponent", "rival", "enemy", "adversary",
                         "detractor", "foe", "ally", "partner", "backer", "patron"})


def _phrase_tokens(token: Any, skip_from: bool = False, described: bool = False) -> set[int]:
    """Token indices of a phrase headed by ``token``, leaving out clauses (also a preposition's:
    "experts of arming the RSF") and non-actor preps (and 'from' phrases with ``skip_from``: "forces
    from Panama" are not Panama's)."""
    out = {token.i}
    # (also a state's opposition: "Guinea-Bissau's main opposition alliance" is not Guinea-Bissau)
    relational = _lemma(token) in _RELATIONAL or _lemma(token) == "opposition" or any(
        c.dep_ in ("compound", "amod") and c.text.lower() == "opposition" for c in token.children)
    no_party = _venue_tokens(token) | _facilitated(token)
    for child in token.children:
        if child.dep_ in NOT_ACTOR:
            continue
        if child.dep_ == "amod" and child.pos_ == "VERB" and any(g.dep_ == "dobj" for g in child.children):
            continue  # a clause the parser read as a modifier: "Russia, which co-chairs the alliance
            #           with Saudi Arabia, sided …" ("co" and "-" its relative clause, "chairs" an amod)
        if relational and (child.dep_ == "poss" or child.dep_ == "prep" and child.text.lower() == "of"):
            continue  # "its neighbours", "Russia's critics", "a close ally of Burhan": others
        if child.dep_ == "prep" and (child.text.lower() in NOT_ACTOR_PREPS or skip_from and child.text.lower() == "from"):
            continue
        if child.dep_ == "prep" and child.text.lower() == "against" and _lemma(token) in _GROUPINGS:
            continue  # "the coalition against Iran": its adversary, not one of it
        if child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in child.children):
            continue  # a clause hung on the noun: "accused by UN experts of arming the RSF" (what of)
        if names_posting(child) or posting_before(child):
            continue  # "Its ambassador to the United Nations", "Israel's U.N. ambassador": the
            #           posting, not whom he serves
        if child.i in no_party:
            continue  # "talks in Jeddah", "EU-mediated talks": the venue or mediator is no party
        if described and child.dep_ == "prep" and child.text.lower() != "of":
            continue  # what a description of the actor relates it to is not the actor: "Beijing, a
            #           country with its own border dispute with India," (but "Seoul, the capital of
            #           South Korea,")
        out |= _phrase_tokens(child, skip_from, described=child.pos_ == "NOUN" and (
            child.dep_ == "appos" or described and child.dep_ == "conj"))
    return out


def _venue_tokens(noun: Any) -> set[int]:
    """The tokens of where a meeting is held ("talks in Jeddah"), and of the meeting where an act
    is done ("support for Brasilia at a Mercosur meeting"), which name no party to it."""
    out = {t.i for c in noun.children if c.dep_ == "prep" and any(_held_at(g) for g in c.children)
           for t in c.subtree}
    if _lemma(noun) not in _GATHERINGS:
        return out
    return out | {t.i for c in noun.children if c.dep_ == "prep" and c.text.lower() in ("in", "at") for t in c.subtree}


def _held_at(pobj: Any) -> bool:
    """True for a gathering an act is done at or during ("at a Mercosur meeting"): where, not
    whom the act is for."""
    return pobj.dep_ == "pobj" and _lemma(pobj) in _GATHERINGS and pobj.head.text.lower() in ("at", "during")


def _facilitated(noun: Any) -> set[int]:
    """Tokens of a participle on ``noun`` that names who mediates or hosts it ("EU-mediated talks"),
    with the whole of a name the parser split across it ("European Union-mediated": "European"
    hung on the noun, "Union" on the participle)."""
    found = {t.i for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and _lemma(c) in _FACILITATING
             for t in c.subtree}
    if found:
        for ent in noun.doc.ents:
            if any(ent.start <= i < ent.end for i in found):
                found |= set(range(ent.start, ent.end))
    return found


#: where a meeting is held beside another ("on the sidelines of the summit", "on the margins of")
_EDGES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})

#: participles naming who makes a meeting possible, not who takes part ("EU-mediated talks")
_FACILITATING = frozenset({"mediate", "broker", "host", "sponsor", "facilitate", "organise", "organize",
                           "chair"})

#: meetings whose "in"/"at" names where they are held, not who takes part
_GATHERINGS = frozenset({"talk", "talks", "negotiation", "negotiations", "summit", "meeting", "conference",
                         "dialogue", "round", "session"})


def _actors_in(tokens: set[int], doc: Any, actors: Any) -> list[str]:
    """Actors (as states where a person or body acts for one) mentioned on the given tokens."""
    if not tokens or actors is None:
        return []
    start = doc[min(tokens)].idx
    last = doc[max(tokens)]
    end = last.idx + len(last.text)
    out: list[str] = []
    for m in actors.at(start, end):
        if m.token_start in tokens:
            out.append(_state(actors, m.actor))
    cover = actors.covering(start, end) if not out else None
    if cover is not None:
        out.append(_state(actors, cover.actor))
    return list(dict.fromkeys(out))


def _state(actors: Any, actor_id: str) -> str:
    return actors.state_of(actor_id) or actor_id


def _children(token: Any, *deps: str) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Any, preps: Iterable[str]) -> list[Any]:
    """Objects of the given preposition children ("talks with X" -> X), particles included."""
    wanted = set(preps)
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "prt", "agent") and child.text.lower() in wanted:
            # not an absolute clause: "failed to agree, with Germany pushing to keep them" names
            # no party to the agreement
            out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp", "dobj")
                       and not (c.dep_ == "pcomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)))
        elif child.dep_ in ("prep", "prt", "advmod") and child.text.lower() in ("out", "away"):
            # a two-word preposition the parser hung in two steps: "walked out of the court"
            out.extend(g for prep in child.children if prep.dep_ == "prep" and prep.text.lower() in wanted
                       for g in prep.children if g.dep_ == "pobj")
    return out


# --------------------------------------------------------------------------- pattern matching


def _crowd(noun: Any) -> bool:
    """True for a noun counted in hundreds or more ("3 million Venezuelans", "2,000 refugees")."""
    for c in noun.children:
        if c.dep_ != "nummod":
            continue
        words = [t.text.lower().replace(",", "") for t in c.subtree]
        if any(w in ("hundred", "hundreds", "thousand", "thousands", "million", "millions") or
               w.isdigit() and int(w) >= 100 for w in words):
            return True
    return False


def _objects(token: Any) -> list[Any]:
    objs = _children(token, "dobj", "nsubjpass", "attr", "oprd")
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i < token.i:
        objs.append(token.head)     # "provisional figures released by the commission": what was released
    for o in list(objs):
        objs.extend(_children(o, "conj"))
    # "launch artillery fire against X": object may sit under a preposition ("set fire to")
    return objs


def _objects_and_pobjs(token: Any) -> list[Any]:
    """A trigger's objects and the objects of its prepositions ("pushed for language")."""
    return _objects(token) + [g for prep in _children(token, "prep") for g in _children(prep, "pobj")]


def _absolute(prep: Any) -> bool:
    """ "with Warsaw accusing Budapest …": a preposition opening a clause with its own subject
    sets a scene; it is no argument of the verb it hangs on ("clashed …, with Warsaw accusing")."""
    return any(g.dep_ == "pcomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in g.children)
               for g in prep.children)


#: prepositions that name what a thing is about ("disputes over …", "concerns about …")
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning", "towards", "toward"})


def _thing_noun(token: Any) -> bool:
    """True for a common noun that names no one who acts: not a person, group or agent word
    ("disputes", "concerns", "talks"; not "officials", "leaders", "forces")."""
    rules = actor_rules()
    acting = rules["agent_nouns"] | rules["group_nouns"] | rules["person_nouns"] | rules["role_heads"]
    return token.pos_ == "NOUN" and _lemma(token) not in acting and token.text.lower() not in acting


def _dating(prep: Any) -> bool:
    """True for a preposition whose object is a date or a time: "called Macron on Monday" is no
    "call on"."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _matches(p: Pattern, token: Any) -> bool:
    if p.prt:
        if not any(c.dep_ in ("prt", "prep", "advmod") and c.text.lower() == p.prt and not _dating(c)
                   for c in token.children):
            return False
    if p.prep and not any(c.dep_ in ("prep", "prt", "agent") and c.text.lower() == p.prep
                          and not _absolute(c) and not _dating(c) for c in token.children) \
            and not any(m.dep_ == "mark" and m.text.lower() == p.prep for c in _children(token, "advcl", "ccomp")
                        for m in c.children):
        return False  # the preposition may also open a clause ("pushed for the US to back the plan")
    if p.prep_not and _asks_about(token, p.prep_not):
        return False
    if p.mods and not any(_lemma(c) in p.mods or c.text.lower() in p.mods
                          or "@state" in p.mods and c.ent_type_ in ("NORP", "GPE")
                          for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
        return False    # "@state": a state's adjective or name ("an Israeli strike", "Russia's strikes")
    if p.mods_not and any(_lemma(c) in p.mods_not or c.text.lower() in p.mods_not
                          for c in token.children if c.dep_ in ("compound", "amod", "nmod")):
        return False    # "weak demand in China": the market's, no one's request
    if p.deontic and not any(_deontic(c) for c in _children(token, "ccomp", "xcomp")):
        return False
    if p.deps_not and any(c.dep_ in p.deps_not for c in token.children):
        return False
    objs = _objects(token)
    if p.obj or p.obj_not:
        objs = objs + _children(token, "dative")     # "gave the ambassador 72 hours to leave"
        lemmas = {_lemma(o) for o in objs} | {o.text.lower() for o in objs}
        lemmas |= {_lemma(c) for o in objs for c in o.children if c.dep_ == "compound"}
        if p.obj and not lemmas & p.obj:
            return False
        if lemmas & p.obj_not:
            return False
        if "@crowd" in p.obj_not and any(_crowd(o) for o in objs):
            return False    # "@crowd": an object counted in hundreds or more ("hosts 3 million Venezuelans")
    if p.xcomp and not any(_lemma(c) in p.xcomp or "*" in p.xcomp for c in _children(token, "xcomp", "ccomp")
                           + [a for a in _children(token, "advcl") if to_infinitive(a)]):
        return False    # (an infinitive the parser made an adverbial clause: "gave him 72 hours to leave")
    if p.xcomp_not and any(_lemma(c) in p.xcomp_not for c in _children(token, "xcomp", "ccomp")
                           + [a for a in _children(token, "advcl") if to_infinitive(a)]):
        return False    # "declined to comment": a refusal to speak, not of anything asked
    if p.obj_required and not (objs or _children(token, "xcomp", "ccomp")):
        return False
    if p.person_subject and not any(_is_person(s) for s in _children(token, "nsubj")):
        return False
    subject = token
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head      # "Thai artillery and an F-16 strike had hit …": one of the subjects
    if p.subject_of and not (subject.dep_ in ("nsubj", "nsubjpass") and _lemma(subject.head) in p.subject_of):
        return False
    # (an object given as a free relative is one too: "its jets struck what it described as depots")
    return not (p.no_obj and (_children(token, "dobj") or _named_as(token)))


def _is_person(token: Any) -> bool:
    """A subject that is one person: a name the model tagged PERSON, or "he"/"she"."""
    return token.ent_type_ == "PERSON" or token.text.lower() in ("he", "she")


def _asks_about(token: Any, openers: frozenset[str]) -> bool:
    """The trigger has a preposition among ``openers`` ("asked about the veto") or a complement
    clause they open ("asked whether Seoul would …"; ``@wh``: a question word, "asked why …")."""
    if any(c.dep_ == "prep" and c.text.lower() in openers for c in token.children):
        return True
    for clause in _children(token, "ccomp", "advcl", "xcomp"):
        first = clause.doc[clause.left_edge.i]
        if any(m.dep_ == "mark" and m.text.lower() in openers for m in clause.children) \
                or "@wh" in openers and first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.i < clause.i:
            return True
    return False


def _deontic(clause: Any) -> bool:
    """Whether a complement clause states what someone must do, not what is the case: an infinitive, a
    subjunctive ("insisted that Iran stop") or a clause with must/should ("insisted Iran should stop")."""
    if to_infinitive(clause):
        return True
    if any(c.dep_ == "aux" and c.text.lower() in ("must", "should", "ought") for c in clause.children):
        return True
    subj = _children(clause, "nsubj", "nsubjpass")
    return clause.tag_ == "VB" and bool(subj) and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


_OPENING_MARKS = frozenset({'"', "“", "«", "‘", "'", "„", "‹"})


def _evaluated_objects(token: Any) -> list[Any]:
    """The object of a naming verb, or the noun a relative clause names ("a step X called illegal")."""
    objs = _children(token, "dobj")
    if not objs and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
        objs = [token.head]
    named = _children(token, "oprd")
    if not objs and len(named) > 1:
        objs = named[:1]    # "has called Lula “a corrupt communist”", both parsed as predicates
    return objs


def _evaluative_complements(token: Any) -> list[Any]:
    """Complements that name what an object is ("called the idea premature", "described X as a ploy")."""
    objs = _evaluated_objects(token)
    if not objs:
        return []
    out = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i not in {o.i for o in objs}]
    # "called the Hungarian position «a gift to the Kremlin»": the parser made the quoted name an
    # apposition of the object
    out += [a for o in objs for a in _children(o, "appos")
            if a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text in _OPENING_MARKS]
    # "called Ottawa's allegations “preposterous”": an adjective after its noun is what the noun
    # is called (the parser made it the noun's modifier)
    out += [a for o in objs for a in _children(o, "amod") if a.i > o.i]
    # "called the junta “out of control” and “illegitimate”": a quoted phrase after the object,
    # however the parser hung it on the verb
    doc = token.doc
    out += [c for c in token.children if c.i > objs[-1].i and c.dep_ in ("prep", "conj", "acomp", "advmod", "dep")
            and c not in out and any(doc[k].text in _OPENING_MARKS for k in (c.left_edge.i, c.left_edge.i - 1)
                                     if objs[-1].i < k)]
    for scope in [token, *(t for o in objs for t in o.subtree)]:
        for prep in scope.children:
            if prep.dep_ == "prep" and prep.text.lower() == "as":
                out.extend(_children(prep, "pobj", "pcomp", "amod"))
    return out


def _as_phrase(token: Any, patterns: Patterns) -> Pattern | None:
    """A naming verb with an object and a complement: a candidate evaluation (see ``_evaluation``)."""
    cfg = patterns.setting("as_phrases", {})
    if _lemma(token) not in cfg.get("verbs", ()) or not _evaluative_complements(token):
        return None
    return Pattern(lemma=_lemma(token), type=cfg.get("type_otherwise", "ACCUSE"), mode="disapprove")


def _trigger_table(lemma: str, text: str, verb: bool, pos: str, dep: str, patterns: Patterns
                   ) -> tuple[Pattern, ...] | None:
    """The patterns a token of this lemma, lower-cased text, verbhood, POS and dependency may
    trigger; None when it is no kind of trigger."""
    if verb:
        table = patterns.verbs.get(lemma, ())
    elif pos in ("ADJ",) or dep in ("acomp",):
        table = patterns.predicates.get(lemma, ()) or patterns.predicates.get(text, ())
    elif pos in ("NOUN", "PROPN"):
        table = patterns.nouns.get(lemma, ())
    else:
        return None
    if not table:
        # a lemmatiser slip ("staged" -> "stag"): try base forms guessed from the text
        kind = patterns.verbs if verb else patterns.nouns if pos in ("NOUN", "PROPN") else {}
        table = next((kind[f] for f in _forms(lemma, text)[1:] if f in kind), ())
    return table


def _may_trigger(lemma: str, text: str, pos: str, tag: str, dep: str, patterns: Patterns) -> bool:
    """Whether :func:`match_trigger` can find anything for a token with these attributes (its
    ``lemma_``, ``text``, ``pos_``, ``tag_``, ``dep_``): a naming verb or a non-empty pattern table."""
    lemma = (lemma or text).lower()
    verb = pos in ("VERB", "AUX") or tag.startswith("VB")
    if verb and lemma in patterns.setting("as_phrases", {}).get("verbs", ()):
        return True
    return bool(_trigger_table(lemma, text.lower(), verb, pos, dep, patterns))


def _candidates(doc: Any, attrs: tuple[str, ...], test: Any, body: int = 0,
                memo: dict[tuple[int, ...], bool] | None = None,
                keep: numpy.ndarray | None = None) -> list[int]:
    """Indices of the tokens from char ``body`` on for which ``test`` holds, called with the
    tokens' string values of ``attrs`` (``LEMMA`` -> ``lemma_``, ``ORTH`` -> ``text``, ``POS``,
    ``TAG``, ``DEP`` -> ``pos_``, ``tag_``, ``dep_``): read from the doc's arrays and run once per
    distinct combination of values (``memo``, keyed by the values' ids, may carry answers over
    from earlier docs), not once per token; only at the tokens ``keep`` marks, when given (a
    cheaper necessary condition of ``test``)."""
    from spacy import parts_of_speech

    if not len(doc):
        return []
    strings = doc.vocab.strings
    names = [parts_of_speech.NAMES.__getitem__ if a == "POS" else strings.__getitem__ for a in attrs]
    memo = {} if memo is None else memo
    arr = doc.to_array([*attrs, "IDX"])
    rows = numpy.nonzero((arr[:, -1] >= body) & keep if keep is not None else arr[:, -1] >= body)[0]
    if not len(rows):
        return []
    # the distinct combinations only (a doc repeats its words): one Python key per combination
    distinct, which = numpy.unique(arr[rows, :-1], axis=0, return_inverse=True)
    oks = []
    for key in map(tuple, distinct.tolist()):
        ok = memo.get(key)
        if ok is None:
            ok = memo[key] = bool(test(*(name(v) for name, v in zip(names, key, strict=True))))
        oks.append(ok)
    return rows[numpy.array(oks, dtype=bool)[which.reshape(-1)]].tolist()


def _trigger_words(doc: Any, patterns: Patterns) -> numpy.ndarray:
    """Per token, whether its lemma or its text can name a trigger at all (see :func:`_may_trigger`):
    the lower-cased lemma a key of the verb, noun or predicate tables or a naming verb, or the
    lower-cased text a key or a base form guessed from it one; a necessary condition of
    :func:`_may_trigger`, read once per distinct word (and kept across documents)."""
    keys = _trigger_keys(patterns)
    strings = doc.vocab.strings
    arr = doc.to_array(["LEMMA", "ORTH"])
    out = numpy.zeros(len(doc), dtype=bool)
    for col, name in ((0, "lemma-word"), (1, "text-word")):
        memo = _memo(patterns, name)
        values, which = numpy.unique(arr[:, col], return_inverse=True)
        oks = []
        for h in values.tolist():
            ok = memo.get(h)
            if ok is None:
                word = strings[h].lower()
                ok = memo[h] = word in keys if col == 0 else any(f in keys for f in _forms("", word)[1:])
            oks.append(ok)
        out |= numpy.array(oks, dtype=bool)[which.reshape(-1)]
    return out


_KEYS: dict[int, tuple[Patterns, frozenset[str]]] = {}


def _trigger_keys(patterns: Patterns) -> frozenset[str]:
    """Every lemma or word a trigger table is kept under, and the naming verbs."""
    held = _KEYS.get(id(patterns))
    if held is None or held[0] is not patterns:
        words = set(patterns.verbs) | set(patterns.nouns) | set(patterns.predicates) \
            | set(patterns.setting("as_phrases", {}).get("verbs", ()))
        held = _KEYS[id(patterns)] = (patterns, frozenset(words))
    return held[1]


_MEMOS: dict[tuple[int, str], tuple[Patterns, dict[tuple[int, ...], bool]]] = {}
_MEMO_LIMIT = 200_000


def _memo(patterns: Patterns, test: str) -> dict[tuple[int, ...], bool]:
    """Per pattern set (kept alive here, so its id stays its own; its tables are read-only once
    loaded) and token test, the test's answers by attribute ids, kept across documents: the same
    words recur from article to article."""
    held = _MEMOS.get((id(patterns), test))
    if held is None or held[0] is not patterns:
        held = _MEMOS[(id(patterns), test)] = (patterns, {})
    if len(held[1]) > _MEMO_LIMIT:
        held[1].clear()
    return held[1]


def match_trigger(token: Any, patterns: Patterns) -> Pattern | None:
    """The most specific pattern a token triggers, or None."""
    verb = _is_verb(token)
    found = _as_phrase(token, patterns) if verb else None
    if found:
        return found
    table = _trigger_table(_lemma(token), token.text.lower(), verb, token.pos_, token.dep_, patterns)
    if table is None:
        return None
    best: Pattern | None = None
    for p in table:
        if _matches(p, token) and (best is None or p.specificity >= best.specificity):
            best = p
    return best


# --------------------------------------------------------------------------- roles


def _quote_items(state: dict[str, Any]) -> list[Any]:
    """The quotes of the quotes stage: ``(list[QuoteMatch], warnings)`` or a plain sequence."""
    quotes = state.get("quotes")
    if not quotes:
        return []
    if isinstance(quotes, tuple) and len(quotes) == 2 and isinstance(quotes[0], list):
        return quotes[0]
    return list(quotes)


def _quoted_elsewhere(token: Any, state: dict[str, Any]) -> list[tuple[int, int]]:
    """The spans of the quotations that do not hold ``token``: whom a speaker names in his own
    words ("“We have always respected the ruling of The Hague”") is no referent of the narration's
    "the two neighbours"."""
    at = token.idx
    return [(m.start, m.end) for m in _quote_items(state)
            if getattr(m, "kind", None) == "direct" and not m.start <= at < m.end]


_last_quote_index: tuple[Any, ...] = ()    # (key, index, the quotes the key's ids belong to)


def _quote_index(items: list[Any]) -> tuple[list[int], list[int | None]]:
    """Per stretch of text between quote boundaries, the first quote (in list order) covering it:
    boundaries and answers, built by one sweep (a heap of open quotes by list position)."""
    points = sorted({x for q in items for x in (q.start, q.end)})
    opening = sorted((q.start, i, q.end) for i, q in enumerate(items) if q.start < q.end)
    answers: list[int | None] = []
    open_: list[tuple[int, int]] = []
    k = 0
    for point in points:
        while k < len(opening) and opening[k][0] <= point:
            heapq.heappush(open_, (opening[k][1], opening[k][2]))
            k += 1
        while open_ and open_[0][1] <= point:      # closed quotes never open again
            heapq.heappop(open_)
        answers.append(open_[0][0] if open_ else None)
    return points, answers


def _quote_at(char: int, state: dict[str, Any]) -> tuple[str | None, int | None]:
    """The first quote (``q1``.. in the quotes stage's order) whose span holds ``char``, and its
    position. Indexed once per list of quotes (the index of the last list is kept)."""
    global _last_quote_index
    items = _quote_items(state)
    key = tuple(map(id, items))
    last = _last_quote_index
    if last and last[0] == key:
        points, answers = last[1]
    else:
        points, answers = _quote_index(items)
        _last_quote_index = (key, (points, answers), items)
    k = bisect.bisect_right(points, char) - 1
    i = answers[k] if k >= 0 else None
    return (f"q{i + 1}", i) if i is not None else (None, None)


def _speaker_states(index: int, state: dict[str, Any]) -> list[str]:
    """The states (or bodies) a quote's speakers act for: all of a joint statement's ("Britain,
    France and Germany said they were ready to …"), else the one speaker's."""
    voices = (state.get("voices") or {}).get(index, ())
    actors = state.get("actors")
    if len(voices) > 1 and actors is not None:
        return list(dict.fromkeys(_state(actors, v) for v in voices))
    speaker = _speaker_state(index, state)
    return [speaker] if speaker else []


def _speaker_state(index: int, state: dict[str, Any]) -> str | None:
    actors = state.get("actors")
    speakers = state.get("speakers") or {}
    actor = speakers.get(index) if isinstance(speakers, dict) else None
    if actor is None and actors is not None:
        q = _quote_items(state)[index]
        if getattr(q, "speaker_span", None):
            actor = actors.resolve(*q.speaker_span)
    if actor is None or actors is None:
        return actor
    return _state(actors, actor)


def _announcer(pronoun: Any, doc: Any, actors: Any) -> list[str]:
    """The actors named by the subject of the verb whose reported clause ``pronoun`` is the subject
    of ("the Clinton camp announced that it was inviting …": the camp's), else none."""
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return []
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return _actors_in(_phrase_tokens(subj), doc, actors)


#: verbs by which an attack named as their subject harms someone ("the strikes killed 12 people")
_HARMS = frozenset({"kill", "wound", "injure", "hit", "target", "destroy", "damage", "strike", "flatten", "level",
                    "pound", "displace"})

#: pronouns of a third person, who in a direct quotation is not its speaker
_THIRD_PERSON = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"})

#: verbs that make someone else act: "make Spain pay", "force Kyiv to cede"
_CAUSATIVES = frozenset({"make", "force", "compel", "get", "let", "have", "cause", "push", "pressure"})


def _set_off_participle(token: Any) -> bool:
    """True for a participle set off with its agent, read as an adverbial clause ("Berlin, backed by
    Hungary and Slovakia, argued …"): the subject of the clause it hangs from is what it acts on."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" and bool(_children(token, "agent"))


def _clause_just_before(verb: Any) -> Any | None:
    """For a participle set off by a comma and hung on a main verb, the subordinate clause of that
    verb that ends right before the comma and has a subject of its own ("after a ship fired …,
    injuring …"): the act the participle goes on."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2 or doc[verb.i - 1].text != "," \
            or _children(verb, "nsubj", "nsubjpass", "mark"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i
                 and c.right_edge.i == verb.i - 2 and _children(c, "nsubj")
                 and any(m.dep_ == "mark" for m in c.children)), None)


def _subject(token: Any) -> tuple[Any | None, bool]:
    """The subject of a trigger's clause and whether the clause is passive; climbs xcomp/conj."""
    current = token
    # the voice is the trigger's own: "has been indicted ... and will resign" resigns actively
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) or (
        # "Syrian banks remained cut off": a participle after a verb of state is passive too
        token.tag_ == "VBN" and token.dep_ in ("acomp", "xcomp", "oprd") and _lemma(token.head) in _STATE_VERBS) \
        or _set_off_participle(token) \
        or token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)   # "… proposed by Moscow"
    via_advcl = False
    lines = doc_datelines(token.doc)
    for _ in range(6):
        # "BRUSSELS, March 4 (Wire) - Turkey … blocked": Turkey; "MUSCAT, April 12 - …": no one
        # (also a subject the parser hung on the auxiliary: "banks remained cut off", "remained" auxpass)
        subj = [past_dateline(past_label(c), lines) for c in _children(current, "nsubj", "nsubjpass", "csubj")
                + [g for a in _children(current, "aux", "auxpass") for g in _children(a, "nsubj", "nsubjpass")]]
        subj = [c for c in subj if c is not None]
        if subj:
            if via_advcl and current.i != token.i and _children(current, "auxpass", "nsubjpass"):
                # "the camp was attacked by militiamen, killing 156": the participle's doer is the agent
                agents = [o for a in _children(current, "agent") for o in _children(a, "pobj")]
                return (agents[0] if agents else None), False
            # of two subjects the parser gave one verb across the conjunction that opens its
            # clause, the one after it: "Relations … soured after Paraguay accused …" (both on
            # "accused": Paraguay accuses)
            marks = [c.i for c in _children(current, "mark")]
            later = [c for c in subj if c.i < current.i and any(subj[0].i < m < c.i for m in marks)]
            return relative_antecedent(later[-1] if later else subj[0]), passive
        if (stranded := stranded_subject(current)) is not None:
            # the parser split the subject off ("Pakistan's minister this week accused …" read as
            # a conjunct of the clause before): the noun phrase right before the verb
            return stranded, passive
        if (report := reporter_of_next_act(current)) is not None:
            # the speaker's next act, hung inside what he reported: "Kurti said the attack was
            # organised by Belgrade and called on the EU to impose sanctions" (Kurti called)
            current = report
            continue
        if asked_of_another(current):
            # "called for the United States to lift the embargo, describing it as illegal": the caller's
            current = current.head.head
            continue
        if (reported := _reported_before(current)) is not None:
            # "Chinese vessels fired water cannon at a Philippine boat, Manila said, injuring two
            # crew members": the participle goes on the reported act, not on the saying
            via_advcl, current = True, reported
            continue
        if (prior := _clause_just_before(current)) is not None:
            # "summoned the ambassador after a Chinese ship fired a water cannon at a vessel,
            # injuring two crew members": the parser hung the participle on the main verb; it
            # goes on the clause it follows, whose doer is the ship's
            via_advcl, current = True, prior
            continue
        if current.dep_ == "acomp" or current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            via_advcl = via_advcl or current.dep_ == "advcl"
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.text.lower() in _ADJUNCT_PREPS \
                and current.head.head.pos_ in ("VERB", "AUX"):
            # a gerund's doer is the subject of the verb its phrase qualifies: "Poland joined France
            # in opposing the pact", "responded by expelling" (not "accused X of …": X)
            current = current.head.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.text.lower() in ("of", "for") \
                and _lemma(current.head.head) in _OBJECT_DOES:
            # "accused Moscow of bombing power stations", "praised Oslo for hosting the talks": the
            # gerund's doer is the one accused or praised
            obj = next(iter(_children(current.head.head, "dobj")), None)
            if obj is not None:
                return obj, passive
            break
        if current.dep_ == "acl" and current.tag_ == "VBG" and _lemma(current.head) in _ISSUED \
                and current.head.dep_ == "dobj" and _lemma(current.head.head) in _ISSUING:
            # "Brazil, Colombia and Mexico issued a joint statement urging Caracas to …": the
            # statement's issuers urge
            current = current.head.head
            continue
        if current.dep_ in ("relcl", "acl"):
            # a past participle describes what was done to its noun: "five Thai soldiers killed"
            # (their killer is its "by" agent, if any); not on a noun the parser made the root, the
            # subject of a misparsed main verb ("President Zourabichvili, who …, called on …")
            return current.head, passive or (current.dep_ == "acl" and current.tag_ == "VBN"
                                             and current.head.dep_ != "ROOT")
        break
    return None, False


def _reported_before(verb: Any) -> Any | None:
    """The reported clause before an inverted reporting clause that a participle after it hangs
    from ("…, Manila said, injuring two crew members": "fired"), else None."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG" or head.i == verb.i or head.i > verb.i \
            or _lemma(head) not in ("say", "tell", "report", "announce", "add", "state", "claim"):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


#: verbs whose object does what the gerund after "of" or "for" says ("accused X of bombing …")
_OBJECT_DOES = frozenset({"accuse", "blame", "suspect", "criticise", "criticize", "condemn", "praise", "thank",
                          "credit", "fault", "commend", "congratulate", "rebuke", "denounce", "chide", "slam",
                          "applaud", "punish", "sanction", "reproach", "convict"})


#: verbs by which a body puts out a text as its own (not "blocked a statement condemning …")
_ISSUING = frozenset({"issue", "release", "publish", "send", "sign", "adopt", "deliver", "circulate", "post"})

#: texts a body issues that then speak for it ("a statement urging …", "a letter calling for …")
_ISSUED = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "resolution",
                     "note", "memo", "report", "appeal"})


#: verbs of state after which a past participle describes what was done to the subject
_STATE_VERBS = frozenset({"remain", "stay", "become", "get", "seem", "appear", "look", "be", "feel"})


#: prepositions whose gerund shares the subject of the verb it qualifies
_ADJUNCT_PREPS = frozenset({"in", "by", "after", "before", "while", "through", "upon"})


#: conjunctions that set a clause beside a reporting verb's, not inside what it reports
_CIRCUMSTANCE = frozenset({"after", "before", "since", "until", "till", "because", "when", "while",
                           "as", "although", "though", "once", "whereas"})


#: acts done to someone else's things ("rammed its patrol boat", "seized their ships"); not one's own
#: moves ("withdrew its forces", "deployed its troops")
_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE"})


#: cooperative acts one can promise someone
_PROMISED = frozenset({"AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT"})

#: verbs of telling whose object is whom a promise is made to ("told his counterpart that …")
_TELLING = frozenset({"tell", "assure", "promise", "inform", "reassure", "pledge"})


def _addressees(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """The states of whom the clause holding ``token`` was told ("told his US counterpart that …",
    "assured Washington that …"), or none."""
    current = token
    for _ in range(4):
        if current.dep_ not in ("ccomp", "conj", "xcomp") or current.head.i == current.i:
            return []
        current = current.head
        if _lemma(current) in _TELLING:
            told = _children(current, "dobj", "dative")
            return list(dict.fromkeys(a for o in told for a in _actors_in(_phrase_tokens(o), doc, state.get("actors"))))
    return []


def _reporters_own(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns) -> list[str]:
    """The reporter's states when the act's object is the reporter's own ("The Philippine coast
    guard said the Chinese ship had rammed its patrol boat": the coast guard's boat; "“They
    rammed our boat,” Tarriela said"): the subject of the reporting verb, or the quote's speaker."""
    roles = patterns.setting("roles", {})
    objects = _children(token, *roles.get("target_deps", ("dobj",))) + \
        _prep_objects(token, roles.get("target_preps", ()))
    if not any(c.dep_ == "poss" and c.text.lower() in _POSSESSIVES for o in objects for c in o.children):
        return []
    reporter = _reporter(token, patterns)
    if reporter is not None:
        return _actors_in(_phrase_tokens(reporter), doc, state.get("actors"))
    _, qi = _quote_at(token.idx, state)
    if qi is not None and any(c.text.lower() in ("our", "my") for o in objects for c in o.children):
        return _speaker_states(qi, state)
    return []


def _reporter(token: Any, patterns: Patterns) -> Any | None:
    """The subject of a reporting verb whose complement holds the trigger ("X said they would ...")."""
    current = token
    reporting = set(patterns.setting("reporting_verbs", ()))
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.text.lower() in _CIRCUMSTANCE
                                           for c in current.children):
            return None     # "India announced … after militants killed 26 tourists": not reported
        if current.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and _lemma(head) in reporting:
            subj = _children(head, "nsubj")
            return subj[0] if subj else None
        current = head
    return None


def _source(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns, quote_index: int | None
            ) -> tuple[list[str], Any | None, bool]:
    actors = state.get("actors")
    subj, passive = _subject(token)
    pronouns = set(patterns.setting("pronouns", ()))
    source: list[str] = []
    stative = _lemma_in(token, set(patterns.setting("stative_passives", ())))
    if passive and not (stative and subj is not None and not _children(token, "agent")):
        agents = _prep_objects(token, patterns.setting("roles", {}).get("agent_preps", ("by",))[:1])
        for a in agents:
            source += _actors_in(_phrase_tokens(a), doc, actors)
        return source, subj, True
    # "Israel is opposed to", "Vietnam is committed to": a stative passive's subject holds the attitude
    if subj is not None:
        phrase = _phrase_tokens(subj)
        # "Beijing's embassy in Hanoi": where the subject is, when the phrase names its owner too
        where = {t.i for c in subj.children if c.dep_ == "prep" for o in c.children
                 if named_as_place(o) for t in o.subtree}
        # a thing's subject names no actor in what it is about: "disputes over support for Ukraine
        # forced negotiators …" (not Ukraine's act; "pressure from Moscow" still is Moscow's)
        topic = {t.i for c in subj.children if c.dep_ == "prep" and c.text.lower() in _TOPIC_PREPS
                 for t in c.subtree} if _thing_noun(subj) else set()
        phrase = phrase - topic
        source = (_actors_in(phrase - where, doc, actors) if where else []) or _actors_in(phrase, doc, actors)
        if source and actors is not None and group_size(subj) is not None \
                and all(getattr(actors.get(a), "type", None) == "bloc" for a in source) \
                and (counted := counted_group(actors, subj, _quoted_elsewhere(token, state))):
            # "The three European countries warned …": the three named before, not a bloc the
            # words "European countries" also name
            source = list(dict.fromkeys(_state(actors, a) for a in counted))
        if not source and actors is not None:
            # "the two countries had also agreed to reopen their consulates": the last two named
            source = list(dict.fromkeys(_state(actors, a) for a in counted_group(
                actors, subj, _quoted_elsewhere(token, state))))
        if subj.text.lower() == "they" and actors is not None \
                and (controller := _plural_controller(token)) is not None:
            # "urged both sides to respect the ceasefire they agreed": those asked, not the askers
            askers = [a for c in _children(controller.head, "nsubj")
                      for a in _actors_in(_phrase_tokens(c), doc, actors) or counted_group(actors, c)]
            asked = _actors_in(_phrase_tokens(controller), doc, actors) or list(dict.fromkeys(
                _state(actors, a) for a in counted_group(actors, controller, others_than=askers)))
            if asked:
                return asked, subj, False
        # (those through whom a state acts, as its adjective would make them its: the rules'
        # agent and group nouns, "its troops", "their governments")
        acting = actor_rules()["agent_nouns"] | actor_rules()["group_nouns"]
        owned_by_pronoun = (subj.text.lower() in acting or _lemma(subj) in acting) and any(
            c.dep_ == "poss" and c.text.lower() in ("its", "their") for c in subj.children)
        if source or subj.text.lower() not in pronouns and not owned_by_pronoun:
            return source, subj, False
        # "Russia said its troops had attacked …": the owner is whoever the pronoun is, found
        # below as for a pronoun subject
    # "they" after two or more named together in its sentence is those ("said that Serbia and
    # Kosovo had to carry out the agreement they accepted": not the one who said it)
    if subj is not None and subj.text.lower() == "they" and actors is not None \
            and (plural := _plural_antecedent(subj, doc, actors)):
        return plural, subj, False
    # a pronoun or absent subject: the quote's speaker, else the reporter of the clause; but in a
    # speaker's own words a third person is someone else ("Every time, they threaten, and … they
    # agree", said of two other states: no act of the speaker's)
    if quote_index is not None:
        if subj is not None and subj.text.lower() in _THIRD_PERSON \
                and getattr(_quote_items(state)[quote_index], "kind", None) == "direct":
            # (but "the Clinton camp announced that it was inviting …": the announcer)
            return _announcer(subj, doc, actors), subj, False
        speakers = _speaker_states(quote_index, state)
        if speakers:
            return speakers, subj, False
    reporter = _reporter(token, patterns)
    if reporter is not None:
        source = _actors_in(_phrase_tokens(reporter), doc, actors)
    return source, subj, False


def _plural_antecedent(pronoun: Any, doc: Any, actors: Any) -> list[str]:
    """The actors of the last phrase before ``pronoun`` in its sentence that names two or more
    together as one subject or object ("Serbia and Kosovo"), else none."""
    for t in reversed(doc[pronoun.sent.start:pronoun.i]):
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or not t.conjuncts:
            continue
        named = list(dict.fromkeys(a for tok in (t, *t.conjuncts) for a in _actors_in({tok.i}, doc, actors)))
        if len(named) >= 2:
            return named
    return []


def _plural_controller(token: Any) -> Any | None:
    """The plural object that controls the infinitive a clause sits in ("urged both sides to
    respect the ceasefire they agreed": both sides), for a "they" inside it; else None."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        if current.dep_ == "xcomp":
            obj = next((c for c in current.head.children if c.dep_ == "dobj"), None)
            return obj if obj is not None and obj.tag_ in ("NNS", "NNPS") else None
        current = current.head
    return None


def _opens_content(clause: Any) -> bool:
    """True for a clause opened by the conjunction "that" (its mark): a content clause ("guarantees
    that it would …"), not a relative one ("a deal that Iran signed")."""
    return any(c.dep_ == "mark" and c.text.lower() == "that" for c in clause.children)


def _speech_object_roles(obj: Any, doc: Any, actors: Any, patterns: Patterns, skip: set[int] = frozenset()
                         ) -> tuple[list[str], list[str], str | None]:
    """(target, about, mode) of an object that is someone's act: the author is the target. Tokens
    in ``skip`` (a naming verb's complement) are no part of the object."""
    cfg = patterns.setting("speech_objects", {})
    nouns = cfg.get("nouns", {})
    topics = cfg.get("topics", {})
    kind = nouns.get(_lemma(obj))
    # the mediator of "EU-mediated talks" is no party to them, and its mediating is not their topic
    facilitated = _facilitated(obj)
    venue = _venue_tokens(obj)
    whole = {t.i for t in obj.subtree} - skip - venue - facilitated
    topic = next((topics[_lemma(t)] for t in obj.subtree if _lemma(t) in topics and (kind is None or t.i != obj.i)
                  and t.i not in facilitated and t.i not in venue), None)
    mode = f"{kind} to {topic}" if kind and topic else (topic or kind)
    if kind is None and _lemma(obj) in _POLICY_NOUNS and not (
            _lemma(obj) == "position" and (obj.tag_ == "NNS" or _prep_objects(obj, ("of",)))):
        # (not the military "positions of the security forces")
        # "backed a tough trade policy with China": a course taken toward China, who is what it is
        # about, not whom the backing is for; the course's holder is ("welcomed Budapest's stance")
        held = {t.i for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree}
        # (a stand against someone is aimed at him: "a firm position against Iranian provocations")
        opposed = {t.i for prep in _children(obj, "prep") if prep.text.lower() == "against" for t in prep.subtree}
        target = _actors_in(held, doc, actors) + _actors_in(opposed, doc, actors)
        return target, [a for a in _actors_in(whole, doc, actors) if a not in target], mode
    if kind is None:
        core = _phrase_tokens(obj)
        # a relative clause on a noun deeper in the object describes that noun, not the act aimed
        # at: "protest a naval exercise held close to the boundary, which was settled by the ICJ"
        # (the ICJ is no target; "a deal that Iran signed" still names the deal's author)
        described = {t.i for r in obj.subtree if r.dep_ == "relcl" and r.head.i != obj.i for t in r.subtree}
        # of a content clause ("guarantees that it would not be left without gas when Russian
        # supplies end"), only its subject: not who else its circumstances name
        contents = [r for r in obj.children if r.dep_ in ("acl", "ccomp") and _opens_content(r)]
        said = {t.i for r in contents for t in r.subtree} - {
            t.i for r in contents for sj in _children(r, "nsubj", "nsubjpass") for t in sj.subtree}
        opposed = {t.i for prep in _children(obj, "prep") if prep.text.lower() == "against"
                   for t in prep.subtree} if _lemma(obj) in _GROUPINGS else set()
        target = _actors_in(core, doc, actors) or _actors_in(whole - described - said - opposed, doc, actors)
        about = [a for a in _actors_in(whole, doc, actors) if a not in target]
        return target, about, mode
    author: set[int] = set()
    for child in obj.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            author |= {t.i for t in child.subtree}
    author -= facilitated
    for pobj in _prep_objects(obj, patterns.setting("roles", {}).get("agent_preps", ("by", "from"))):
        author |= _phrase_tokens(pobj)
    for pobj in _misplaced_author(obj):
        author |= _phrase_tokens(pobj)
    target = _actors_in(author, doc, actors)
    # a relative clause whose subject is the noun itself tells what the act did, not who did it:
    # "a move that drew a sharp rebuke from Beijing" (Beijing reacts; "a deal that Iran signed" names its author)
    acting = {t.i for r in _children(obj, "relcl")
              if any(c.dep_ == "nsubj" and (c.tag_ in ("WDT", "WP") or c.text.lower() in ("that", "which"))
                     for c in r.children)
              for t in r.subtree}
    everything = _actors_in(whole - acting, doc, actors)
    if not target and kind == "force":
        # "any threat to Eritrea": the one threatened, no author named (but "a crackdown on
        # protesters in Georgia" is Georgia's: where it happens, not whom it is aimed at)
        placed = {g.i for t in obj.subtree if t.dep_ == "prep" and t.text.lower() == "in" for g in t.subtree}
        aimed = {g.i for prep in _children(obj, "prep") if prep.text.lower() in ("to", "on", "against", "at")
                 for g in prep.subtree} - placed
        if _actors_in(aimed, doc, actors):
            return [], everything, mode
    if not target:
        return everything, [], mode
    return target, [a for a in everything if a not in target], mode


#: nouns of a course of action toward someone ("a tough policy with China", "a softer approach to
#: Washington"): the someone is what it is about
_POLICY_NOUNS = frozenset({"policy", "approach", "stance", "line", "strategy", "posture", "position", "stand",
                           "neutrality", "course"})


def _misplaced_author(obj: Any) -> list[Any]:
    """The author of an act named as the object of an active verb when the parser hangs its "by"
    phrase on the verb ("Austria criticised the plan by Slovenia": an active verb has no agent, so
    "by Slovenia" is the plan's); not a means ("by sending troops", "by force": no name)."""
    verb = obj.head
    if obj.dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [p for p in _prep_objects(verb, ("by",))
            if p.i > obj.i and p.pos_ == "PROPN" and not any(c.dep_ == "prep" and c.text.lower() == "by"
                                                             for c in obj.children)]


def _targets(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns, passive_subj: Any | None,
             backing: bool = False, meeting: bool = False) -> tuple[list[str], list[str], str | None]:
    """(target, about, mode) from the trigger's objects and prepositional objects. For an act of
    ``backing`` (support, aid), whom it is "against" is the other side, what it is about, not the one
    backed ("will defend our farmers against competition from Ukraine"). A ``meeting`` is held in a
    place, not with it ("will meet EU counterparts in Montevideo")."""
    actors = state.get("actors")
    roles = patterns.setting("roles", {})
    target: list[str] = []
    about: list[str] = []
    mode = None
    if passive_subj is not None:
        target += _actors_in(_phrase_tokens(passive_subj), doc, actors)
    objects = _children(token, *roles.get("target_deps", ("dobj",))) + _named_as(token)
    for obj in objects:
        if _restatement(obj, objects):
            continue
        if _lemma(obj) == "ally" and group_size(obj) is not None:
            continue    # "urged both NATO allies to …": the two the act is about (_the_two), not NATO
        if actors is not None and _lemma(obj) == "member" \
                and (members := counted_group(actors, obj, members=True, others_than=_subject_actors(token, doc, actors))):
            # "urged both NATO members to show restraint" after "Greece and Turkey": the two, not
            # NATO (other counted groups are read with the act's source known, _the_two)
            target += [_state(actors, a) for a in members]
            continue
        t, a, m = _speech_object_roles(relative_antecedent(obj), doc, actors, patterns)
        target += t
        about += a
        mode = mode or m
    for pobj in _prep_objects(token, roles.get("target_preps", ())):
        if _lemma(pobj) in _EDGES:
            continue    # "meet on the sidelines of a NATO gathering": where, not with whom
        if _held_at(pobj):
            continue    # "expressed support for Brasilia at a Mercosur meeting": where, not to whom
        if meeting and pobj.head.text.lower() == "in":
            continue
        t, a, m = _speech_object_roles(pobj, doc, actors, patterns)
        if backing and pobj.head.text.lower() == "against":
            about += t + a
            continue
        if target and objects and _is_verb(token) and _lemma(pobj) in _GATHERINGS:
            # "invited Modi to the G7 summit": the gathering's body is what the act is about
            about += t + a
            continue
        target += t
        about += a
        mode = mode or m
    if not target and not meeting:
        # "Russia launched 38 drones at the city" after "a … attack on Kharkiv": the city named last
        for obj in objects + _prep_objects(token, roles.get("target_preps", ())):
            if (city := _city_named_before(obj, doc, actors, state.get("kb"))) is not None:
                target.append(city)
                break
    for pobj in _prep_objects(token, roles.get("about_preps", ())):
        about += _actors_in({t.i for t in pobj.subtree}, doc, actors)
    if meeting:
        # (also a place the parser hung on the one met: "meet EU counterparts in Montevideo"; not
        # a state named again as the one met: "talks in New Delhi with his Indian counterpart")
        # (or deeper in the object: "host talks between teams from both countries in Djibouti")
        where = {t for obj in objects for prep in obj.subtree if prep.dep_ == "prep" and prep.text.lower() == "in"
                 for pobj in _children(prep, "pobj") for t in _phrase_tokens(pobj)}
        if where:
            places = set(_actors_in(where, doc, actors))
            met = set(_actors_in({t for obj in objects for t in _phrase_tokens(obj)} - where, doc, actors))
            met.update(a for pobj in _prep_objects(token, roles.get("target_preps", ()))
                       if pobj.head.text.lower() != "in" for a in _actors_in(_phrase_tokens(pobj), doc, actors))
            target = [a for a in target if a not in places or a in met]
    target = list(dict.fromkeys(target))
    about = [a for a in dict.fromkeys(about) if a not in target]
    return target, about, mode


#: nouns by which a story names again a town it has named
_TOWN_ANAPHORS = frozenset({"city", "town", "capital", "village", "port"})


def _city_named_before(obj: Any, doc: Any, actors: Any, kb: Any) -> str | None:
    """The state of the town a bare "the city" ("the town", "the capital", "the port") names
    again: the latest proper name of a state's place before it in the story (within 400 words)
    that is not the state's own name or adjective ("Kharkiv", read as Ukraine's); else None."""
    if actors is None or _lemma(obj) not in _TOWN_ANAPHORS \
            or [c.text.lower() for c in obj.children if c.i < obj.i] != ["the"]:
        return None
    for m in reversed(actors.mentions):
        if m.end > obj.idx:
            continue
        if m.token_start < obj.i - 400:
            break
        first = doc[m.token_start]
        actor = actors.actors.get(m.actor)
        if actor is None or actor.type != "state" or first.pos_ != "PROPN" or not first.text[:1].isupper():
            continue
        if m.text == actor.name or kb is not None and kb.is_adjective(m.text):
            continue    # (the state itself, or its adjective: no town)
        return m.actor
    return None


#: verbs that name a thing in a free relative ("condemned what it called Israel's violations")
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub", "characterize", "characterise"})


def _named_as(token: Any) -> list[Any]:
    """The object of a trigger given as a free relative that names it: "condemned what it called
    Israel's daily violations", "rejected what he described as Kosovo's provocations" (the parser
    makes the naming verb a complement of the trigger, with "what" as its object)."""
    out = []
    for verb in _children(token, "ccomp"):
        if not _free_relative(verb):
            continue
        out += [c for c in verb.children if c.dep_ in ("oprd", "attr") or c.dep_ == "dobj" and c.i > verb.i]
        out += [g for prep in _children(verb, "prep") if prep.text.lower() == "as" for g in _children(prep, "pobj")]
    return out


def _free_relative(verb: Any) -> bool:
    """True for a naming verb heading "what X called …": a free relative, the object of the verb
    it hangs on, no act of its own complementing that verb."""
    return _lemma(verb) in _NAMING_VERBS and any(c.dep_ == "dobj" and c.text.lower() == "what" and c.i < verb.i
                                                 for c in verb.children)


def _subject_actors(token: Any, doc: Any, actors: Any) -> list[str]:
    """The actors the subject of ``token``'s clause names (none are the ones it acts on)."""
    subj = _subject(token)[0]
    return _actors_in(_phrase_tokens(subj), doc, actors) if subj is not None else []


def _restatement(obj: Any, objects: list[Any]) -> bool:
    """True for a second object set off by a comma that sums up the act ("asked its allies to
    station troops, a request that split the alliance …"; also after the act's clause: "agreed to
    restart a dialogue, the latest sign of a thaw … after years of sanctions"): no one it is aimed
    at."""
    start = obj.left_edge.i
    return start > 0 and obj.doc[start - 1].text == "," and (
        any(o.i < obj.i for o in objects if o is not obj)
        or any(c.dep_ in ("xcomp", "ccomp") and c.i < obj.i for c in obj.head.children))


# --------------------------------------------------------------------------- modality, negation


def _modal_chain(token: Any) -> list[Any]:
    """The trigger and the heads it is the complement of ("does not plan to [trigger]")."""
    chain = [token]
    current = token
    if token.dep_ == "conj" and token.head.i != token.i and token.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in token.children) \
            and not any(t.is_punct for t in token.doc[token.head.i + 1:token.i]) \
            and token.i - token.head.i <= 12:
        # a bare verb coordinated with another shares its auxiliaries, negation and complement-of:
        # "pledge not to use or threaten force" (no threat), "will attack and seize" (intended);
        # not one after a comma or far off, another statement ("…,” and accused Chisinau …")
        current = token.head
        chain.append(current)
    for _ in range(5):
        infinitival = current.dep_ == "advcl" and to_infinitive(current)
        if (current.dep_ in ("xcomp", "acomp", "attr", "acl", "relcl") or infinitival) and \
                current.head.i != current.i:
            current = current.head
            chain.append(current)
            # "it would be useful for X to ...": the evaluative adjective is the copula's complement
            chain.extend(c for c in current.children if c.dep_ in ("acomp", "attr") and c not in chain)
        else:
            break
    return chain


def _modality_negation(token: Any, patterns: Patterns) -> tuple[str | None, bool]:
    modal = patterns.setting("modal_verbs", {})
    heads = patterns.setting("intent_heads", {})
    negatives = set(patterns.setting("negative_words", ()))
    failing = set(patterns.setting("negating_heads", ()))
    modality = None
    negated = False
    for i, t in enumerate(_modal_chain(token)):
        if i > 0 and _lemma(t) in failing:
            negated = not negated   # "the text failed to condemn Hamas": no condemnation
        if _neither_nor(t):
            negated = True
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.text.lower() in negatives):
                negated = True
            if c.dep_ == "aux" and modality is None:
                modality = modal.get(c.text.lower()) or modal.get(_lemma(c))
        if i > 0 and modality is None and _lemma(t) in heads:
            modality = heads[_lemma(t)]
    aspectual = set(patterns.setting("aspectual_heads", ()))
    if modality is None and to_infinitive(token) and \
            token.dep_ in ("acl", "xcomp", "relcl") and not _lemma_in(token.head, aspectual):
        modality = "intended"  # "continued to send arms", "decided to allow", "summoned the envoy
        #                        to protest": done, not intended
    return modality, negated


def _recode(ptype: str, mode: str | None, modality: str | None, negated: bool, p: Pattern,
            token: Any, patterns: Patterns) -> tuple[str, str | None, str | None, bool]:
    """Apply negation and intent: "does not rule out" -> AGREE, "will visit" -> AGREE (intent)."""
    if negated and p.negated_type:
        if (threat := _hostile_option(token)) is not None:
            # "did not rule out the use of force", "… further sanctions": a threat held open
            return "THREATEN", threat, p.negated_modality or modality, False
        topic = mode.split(" to ")[-1] if mode else None
        return p.negated_type, f"intent to {topic}" if topic else None, p.negated_modality or modality, False
    if negated and ptype in patterns.setting("negation_map", {}).get("REJECT", ()):
        return "REJECT", mode or ptype.lower(), modality, False
    intent = patterns.setting("intent_map", {})
    if ptype == "AGREE" and p.modality == "intended" and mode == "rejection" and not negated:
        return "REJECT", mode, modality or p.modality, False  # "vowed to use its veto again"
    if modality in ("intended", "possible") and not p.modality:
        if _conditional(token, patterns) or ptype in intent.get("THREATEN", ()):
            return "THREATEN", mode or ptype.lower(), modality, negated
        if ptype in intent.get("AGREE", ()):
            return "AGREE", f"intent to {mode or ptype.lower()}", modality, negated
    return ptype, mode, modality, negated


def _hostile_option(token: Any) -> str | None:
    """The mode of a hostile act named as what a trigger's object is ("rule out the use of force",
    "military action", "further sanctions", "retaliation"), else None."""
    for obj in _children(token, "dobj"):
        noun = obj
        if _lemma(noun) in ("use", "possibility", "option", "prospect"):
            noun = next((g for prep in _children(noun, "prep") if prep.text.lower() == "of"
                         for g in _children(prep, "pobj", "pcomp")), noun)
        lemma = _lemma(noun)
        if lemma == "action" and any(_lemma(c) == "military" for c in noun.children):
            return "force"
        if lemma in _HOSTILE_OPTIONS:
            return _HOSTILE_OPTIONS[lemma]
    return None


#: hostile acts one may hold open as options, with the mode of the threat
_HOSTILE_OPTIONS = {"force": "force", "strike": "force", "attack": "force", "war": "force",
                    "invasion": "force", "intervention": "force", "sanction": "sanction",
                    "sanctions": "sanction", "tariff": "sanction", "tariffs": "sanction",
                    "embargo": "sanction", "retaliation": "retaliation", "reprisal": "retaliation",
                    "countermeasure": "retaliation", "countermeasures": "retaliation",
                    "expulsion": "expel", "expulsions": "expel", "blockade": "blockade"}


# --------------------------------------------------------------------------- assertion


def headline_end(doc: Any, patterns: Patterns) -> int:
    """Char offset where the body starts when the first line is a headline, else 0.

    A headline (a first line without final punctuation, followed by the body) restates the body's
    events in a compressed form ("Britain rejects talks with Putin"); coding it too duplicates them.
    """
    if not patterns.setting("assertion", {}).get("skip_headline", False):
        return 0
    text = doc_text(doc)
    cut = text.find("\n")
    if cut <= 0 or not text[cut:].strip():
        return 0
    first = text[:cut].rstrip()
    return cut if first and first[-1] not in ".!?\"”’'" else 0


def _negated(token: Any, patterns: Patterns) -> bool:
    negatives = set(patterns.setting("negative_words", ()))
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.text.lower() in negatives)
               for c in token.children) or _neither_nor(token)


def _neither_nor(token: Any) -> bool:
    """True for a verb under "neither … nor": "would neither accept relocations nor pay into the
    pool" accepts nothing and pays nothing."""
    if any(c.dep_ == "preconj" and c.text.lower() == "neither" for c in token.children):
        return True
    return token.dep_ == "conj" and any(c.dep_ == "cc" and c.text.lower() == "nor" for c in token.head.children)


def nominal_asserted(token: Any, patterns: Patterns) -> bool:
    """Whether a nominal trigger ("talks", "sanctions") is asserted as an act by its clause.

    Yes as the object of a support verb ("held talks", "recorded its objection"), as the subject of a
    verb of occurring ("talks resumed", "the attack killed"), as the object of a preposition attached
    to a verb ("wounded in a bomb attack"), as a headline or fragment root, or in a conjunction with
    such a noun. A noun under a copula or an ordinary verb ("sanctions are a tool") is no act.
    """
    cfg = patterns.setting("nominal_events", {})
    if not cfg:
        return token.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj", "pobj", "conj")
    if any(c.dep_ == "amod" and c.text.lower() in _TO_COME for c in token.children):
        return False  # "at the next meeting of NATO foreign ministers": not held yet
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    head = current.head
    if current.dep_ == "ROOT" or _realised(token):
        return True
    if current.dep_ in ("dobj", "attr"):
        return _lemma_in(head, cfg.get("object_verbs", ()))
    if current.dep_ in ("nsubj", "nsubjpass"):
        return _lemma_in(head, cfg.get("subject_verbs", ())) or _lemma_in(head, cfg.get("object_verbs", ()))
    if current.dep_ == "pobj":
        if head.text.lower() in ("before", "ahead"):
            return False  # "told reporters before the meeting": the meeting is still to come
        if head.text.lower() in ("on", "about") and (_lemma(head.head) in _TOPIC_VERBS or _lemma(head.head) in
                                                     patterns.setting("reporting_verbs", ())):
            return False  # "declined to comment on the talks": the talks are the topic of words
        return head.head.i != head.i and _is_verb(head.head)
    return False


def _spoken_at(noun: Any, patterns: Patterns) -> bool:
    """True for a gathering a speaker spoke at ("said during a rally", "speaking at a rally")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.text.lower() in ("at", "during") and prep.head.i != prep.i \
        and (_lemma(prep.head) in set(patterns.setting("reporting_verbs", ())) or _lemma(prep.head) == "speak")


#: verbs whose "on" or "about" names what words are about, not an act they assert
_TOPIC_VERBS = frozenset({"comment", "speculate", "elaborate", "remark", "brief", "speak", "talk", "write"})


#: modifiers of an act still to come ("the next meeting", "an upcoming summit")
_TO_COME = frozenset({"next", "upcoming", "coming", "forthcoming", "planned", "future", "proposed", "scheduled"})


def unasserted(token: Any, patterns: Patterns) -> str | None:
    """Why the clause of ``token`` is not asserted as having happened, or None when it is.

    A clause is not asserted when it is (1) introduced by a hypothetical marker ("if", "whether",
    "unless"), or a gerund after "before" or "without" ("before committing any money"); (2) the
    content of a non-factive noun ("concerns that the EU could be sidelined",
    "fears of an attack"); (3) the content of a negated evidential noun or a negated verb of
    belief or perception ("no evidence that", "I don't see that", "did not believe that X were").

    Notes: factivity and event factuality as in Saurí and Pustejovsky (2009), FactBank: events under
    conditional, epistemic or negated-cognition predicates are not facts of the reported world.
    """
    cfg = patterns.setting("assertion", {})
    markers = set(cfg.get("hypothetical_markers", ()))
    nonfactive = set(cfg.get("nonfactive_nouns", ()))
    evidential = set(cfg.get("evidential_nouns", ()))
    cognition = set(cfg.get("cognition_verbs", ()))
    unrealised = set(cfg.get("unrealised_preps", ()))
    current = token
    auxes = {c.text.lower() for c in token.children if c.dep_ == "aux"}
    if token.tag_ == "VBN" and "have" in auxes and auxes & {"would", "could", "might", "should", "'d"}:
        return "counterfactual"   # "a draft statement that would have condemned the incursions"
    if _asked(token):
        return "question"         # "Does Mexico agree?": asked, not told
    reluctant = set(cfg.get("reluctant_heads", ()))
    if any(_lemma(t) in reluctant for t in _modal_chain(token)[1:]):
        return "reluctant"        # "were reluctant to force a confrontation": neither done nor refused
    for _ in range(12):
        if any(c.dep_ in ("mark", "advmod") and c.text.lower() in markers for c in current.children):
            return "hypothetical"
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "pcomp" and current.pos_ == "VERB" and head.text.lower() in unrealised:
            return "not done"   # "wanted details before committing any money", "without consulting Kyiv"
        if current.dep_ in ("acl", "relcl") and (any(c.dep_ == "det" and c.text.lower() in ("any", "no")
                                                     for c in head.children)
                                                 or head.text.lower() in _NO_THING):
            return "hypothetical"   # "any settlement negotiated by Washington and Moscow", "came
            #                         with nothing to offer"
        if current.dep_ in ("advcl", "relcl") and current.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("mark", "advmod") and c.text.lower() in _PENDING for c in current.children):
            return "hypothetical"  # "The time for talks is when Russia withdraws its troops", "…
            #                        until Pakistan agrees to renegotiate": not yet
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.text.lower() in ("until", "till")
                                           for c in current.children) \
                and any(c.dep_ == "aux" and c.text.lower() in ("would", "will", "'ll", "shall")
                        or c.dep_ == "aux" and c.text.lower() == "to" and v.dep_ in ("xcomp", "ccomp")
                        for v in _open_chain(head) for c in v.children):
            return "hypothetical"  # "sanctions would stay until Russia withdrew its troops", "urged it
            #                        to suspend the talks until Ankara offered guarantees": not yet
        clausal = current.dep_ in ("ccomp", "acl", "relcl", "advcl", "xcomp", "csubj", "pcomp", "appos",
                                   "pobj", "dobj", "nsubj", "nsubjpass", "attr", "conj")
        if clausal and _lemma(head) in nonfactive and current.dep_ in ("acl", "ccomp", "pcomp", "pobj",
                                                                        "relcl", "appos"):
            if current.dep_ != "relcl" or any(c.dep_ == "mark" for c in current.children):
                return "non-factive"
        # "no evidence that …", "saw no basis for lifting its demand" (through the noun's "for")
        via_prep = current.dep_ == "prep" and current.text.lower() in ("for", "of", "in")
        if via_prep and _lemma(head) in nonfactive and head.pos_ in ("NOUN", "PROPN") and current.i != token.i:
            return "non-factive"    # "had no intention of blockading civilians", "fears of an attack",
            #                         "had no interest in severing relations"
        if _lemma(head) in evidential and (clausal and current.dep_ in ("acl", "ccomp", "relcl", "appos")
                                           or via_prep):
            governor = head.head if head.dep_ in ("dobj", "pobj", "attr", "nsubj") else head
            if _negated(head, patterns) or _negated(governor, patterns):
                return "negated evidence"
        if current.dep_ == "ccomp" and _lemma(head) in cognition and _negated(head, patterns):
            return "negated belief"
        if current.dep_ == "ccomp" and _lemma(head) in _DENYING and not _negated(head, patterns):
            return "denied"     # "denied that Paris had sought to isolate Berlin"
        if current.dep_ in ("acl", "ccomp") and _lemma(head) in _CLAIM_NOUNS and head.dep_ == "dobj" \
                and _lemma(head.head) in _DENYING | _DISMISSING and not _negated(head.head, patterns):
            return "denied"     # "dismissed reports that Iran had accepted any dilution"
        if cfg.get("generic_gerund_subjects") and current.dep_ in ("csubj", "nsubj") and \
                current.tag_ == "VBG" and current.i != token.i or (current.dep_ == "csubj" and current.i == token.i):
            return "generic"  # "opening talks with Moscow would reward the Kremlin": no one's act
        current = head
    return None


#: triggers whose purpose is an act of its own, coded apart ("summoned China's ambassador to
#: protest …": a consultation and a protest)
_PURPOSE_APART = frozenset({"summon"})

#: verbs of taking part in a meeting someone else holds
_TAKING_PART = frozenset({"join", "attend", "skip", "boycott", "miss", "quit", "leave"})

def _asked(token: Any) -> bool:
    """True for a verb of a question: its sentence ends with a question mark and the verb's own
    auxiliary stands before its subject ("Does Mexico agree?", "Will Russia attack?"), or it is the
    question word's clause ("Why would Ankara object?")."""
    sent = token.sent
    last = next((t for t in reversed(sent) if not (t.is_space or t.text in ("\"", "”", "’", "'"))), None)
    if last is None or last.text != "?":
        return False
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in head.children) \
        or any(c.tag_ in ("WRB", "WP", "WDT") and c.i < head.i for c in head.children)


#: groupings of states one joins ("the coalition against Iran": Iran is no member)
_GROUPINGS = frozenset({"coalition", "alliance", "bloc", "front", "union", "pact", "grouping", "partnership"})

#: verbs that say their clause is untrue
_DENYING = frozenset({"deny", "refute", "rebut", "dispute"})

#: verbs that deny what a claim reports when the claim is their object ("dismissed reports that …")
_DISMISSING = frozenset({"dismiss", "reject", "debunk", "discount", "deride", "ridicule"})

#: nouns naming a claim whose content a denial disowns
_CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor",
                          "assertion", "charge", "speculation", "story"})

#: words opening a clause of time that, in the present tense, tells what has not happened yet
_PENDING = frozenset({"when", "once", "after", "before", "whenever", "until", "till"})


def _open_chain(verb: Any) -> list[Any]:
    """A verb and the verbs it complements ("would keep tightening": tightening, keep), whose
    auxiliaries mark the whole chain's tense and mood."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


# --------------------------------------------------------------------------- assembling events


def _governor(token: Any, triggers: dict[int, Pattern]) -> Any | None:
    """The trigger this one is a complement, object or purpose of ("threatened to [impose]")."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i or current.dep_ not in GOVERNED:
            return None
        if current.dep_ in ("advcl", "acl", "relcl") and not to_infinitive(current):
            return None
        if current is not token and current.pos_ in ("NOUN", "PROPN") and current.i not in triggers \
                and token.tag_ == "VBN":
            return None     # an act told of a thing an act is done to: "join a union … proposed by Moscow"
        if head.i in triggers:
            if current.dep_ in ("advcl", "xcomp") and triggers[head.i].lemma in _PURPOSE_APART:
                return None     # "summoned China's ambassador to protest the attack": two acts
            return head
        current = head
    return None


def _pledged_hostility(token: Any, triggers: dict[int, Pattern], patterns: Patterns) -> Any | None:
    """The hostile act a pledge commits to, when ``token`` is a pledge ("vowed to impose sanctions
    on", "promised to expel", "pledged to block"): a promise is AGREE only when what it promises
    cooperates; a declared intent to act against someone is that act, intended, and the act's own
    type decides (sanctions and force become THREATEN through ``intent_map``, a blocked plan stays
    REJECT). Not when the act is negated ("vowed not to impose sanctions"), nor for readiness
    ("ready to", "prepared to": predicates), nor for a deployment, which may protect the place."""
    p = triggers.get(token.i)
    if p is None or p.type != "AGREE" or p.modality != "intended" or p.kind != "verb":
        return None
    # not a deployment: troops sent to a friend ("pledged to send troops to Ukraine") protect it
    hostile = set(patterns.setting("intent_map", {}).get("THREATEN", ())) - {"MOBILIZE"} | _PLEDGED_AGAINST
    for c in token.children:
        q = triggers.get(c.i)
        if c.dep_ == "xcomp" and q is not None and q.type in hostile and (to_infinitive(c) or c.tag_ == "VBG") \
                and not any(n.dep_ == "neg" for n in c.children):
            return c    # (or a gerund: "proposed stripping South Africa of trade benefits")
    return None


#: acts that a pledge to do them turns from a promise into a stand against someone
_PLEDGED_AGAINST = frozenset({"REJECT", "DISAPPROVE", "ACCUSE", "THREATEN"})


def _date(doc: Any, state: dict[str, Any], start: int, end: int, head: int) -> DateValue | None:
    try:
        from . import dates as dates_module  # written by another stage; optional here
    except ImportError:
        return None
    anchor = getattr(dates_module, "anchor", None)
    if anchor is None:
        return None
    # what another statement reports does not date the act ("called the veto a gift to the
    # Kremlin and said the Baltic states would impose travel bans by the end of the month": the
    # bans' date, not the call's); the act's own reported words may
    at = doc[head].idx
    reported = [(s, e) for s, e in state.get("quote_spans") or () if not s <= at < e]
    try:
        return anchor(doc, state, start, end, head=head, exclude=reported or None)
    except Exception:  # noqa: BLE001 - a date is a bonus; never lose an event over it
        return None


def _request_frames(doc: Any, state: dict[str, Any], patterns: Patterns, triggers: dict[int, Pattern]
                    ) -> dict[int, tuple[Any, list[str]]]:
    """'X said Y must do Z': REQUEST by X of Y, keyed by the complement's verb index."""
    out: dict[int, tuple[Any, list[str]]] = {}
    reporting = set(patterns.setting("reporting_verbs", ()))
    modal = patterns.setting("modal_verbs", {})
    actors = state.get("actors")
    for token in _tokens_where(doc, DEP, ("ccomp",)):
        if _lemma(token.head) not in reporting:
            continue
        if not any(c.dep_ == "aux" and modal.get(c.text.lower()) == "demanded" for c in token.children):
            continue
        reporter = _children(token.head, "nsubj")
        if not reporter and token.head.dep_ == "conj":
            reporter = _children(token.head.head, "nsubj")     # "X called … and said Y must …"
        # (what a passive's subject undergoes is asked of no one it names: "China's abstention
        # should not be misread")
        subj = _children(token, "nsubj")
        if not reporter or not subj:
            continue
        source = _actors_in(_phrase_tokens(reporter[0]), doc, actors)
        target = _actors_in(_phrase_tokens(subj[0]), doc, actors)
        if target and all(t in source for t in target):
            continue    # what one says one's own side should do is no demand of another
        if source and (target or _lemma(subj[0]) in _UNNAMED_AUTHORITIES):
            # "Kim said the government should cancel the talks": asked of a government the phrase
            # leaves unnamed (the act's own source, found as for any act)
            out[token.i] = (token, source)
    return out


#: subjects of an obligation that name a state's authorities without naming the state
_UNNAMED_AUTHORITIES = frozenset({"government", "administration", "authority", "cabinet", "ministry",
                                  "parliament", "legislature", "country", "state", "nation"})


def find_events(doc: Any, state: dict[str, Any], patterns: Patterns | None = None) -> tuple[Event, ...]:
    """PLOVER events of a parsed ``Doc``; ``state`` holds the earlier stages (actors, quotes, dates)."""
    patterns = patterns or load_patterns()
    actors = state.get("actors")
    if actors is None:
        return ()
    triggers: dict[int, Pattern] = {}
    body = headline_end(doc, patterns)
    for i in _candidates(doc, ("LEMMA", "ORTH", "POS", "TAG", "DEP"),
                         lambda *attrs: _may_trigger(*attrs, patterns), body, _memo(patterns, "trigger"),
                         _trigger_words(doc, patterns) if len(doc) else None):
        token = doc[i]
        p = match_trigger(token, patterns)
        if p is not None:
            triggers[token.i] = p
    frames = _request_frames(doc, state, patterns, triggers)
    met = _met_reactions(doc, state, patterns, body)
    reacted = {d["token"].i for d in met}     # "met resistance" is no meeting
    drafts: list[dict[str, Any]] = []
    for i, p in sorted(triggers.items()):
        token = doc[i]
        if i in reacted:
            continue
        governor = _governor(token, triggers)
        if governor is not None and _pledged_hostility(governor, triggers, patterns) != token:
            continue  # the governing trigger codes it ("threatened to impose sanctions")
        if _pledged_hostility(token, triggers, patterns) is not None:
            continue  # "vowed to impose sanctions": the act pledged codes it, as a threat
        if p.kind == "noun" and not nominal_asserted(token, patterns):
            continue  # "sanctions are a tool", "dominate a meeting": the noun names no act here
        if p.kind == "noun" and p.type == "PROTEST" and _spoken_at(token, patterns):
            continue  # "Trump said during a rally in Michigan": where he spoke, no protest of his
        if unasserted(token, patterns):
            continue  # "if Washington takes the lead in negotiations": not something that happened
        if token.dep_ == "amod" and token.tag_ == "VBN" and token.i < token.head.i \
                and not any(c.dep_ in ("dobj", "agent", "prep", "npadvmod") for c in token.children):
            continue  # "beyond the agreed line", "the disputed border": a participle naming no act here
        if token.dep_ == "pcomp" and token.tag_ == "VBN" and token.head.dep_ == "prep" \
                and token.head.i == token.i - 1 and not any(c.dep_ in ("aux", "auxpass", "agent") for c in token.children):
            continue  # "re-exported to sanctioned end users" (the parser's pcomp): an adjective here
        drafts.append(_draft(token, p, doc, state, patterns, triggers, frames))
    drafts += _judgements(doc, state, patterns, triggers)
    drafts += _alleged_wrongs(doc, state, patterns, triggers)
    drafts += _refusals_to_do_so(doc, state, patterns)
    drafts += met
    for vi, (verb, source) in frames.items():
        if vi in triggers and _governor(verb, triggers) is None:
            continue
        if any(d and vi in (d["token"].i, d["token"].head.i) for d in drafts):
            continue
        drafts.append(_frame_draft(verb, source, doc, state, patterns))
    drafts = resolve_referents(sorted((d for d in drafts if d), key=lambda d: d["token"].idx), doc, state,
                               patterns)
    drafts = _refused_requests(drafts)
    drafts = _sides_of_dispute(drafts)
    drafts = _drop_default_targets(drafts)
    drafts = _words_against_the_other_side(drafts)
    drafts = _attacks_reported_by_the_other_side(drafts, state)
    untargeted = patterns.setting("assertion", {}).get("untargeted_types")
    if untargeted is not None:
        # PLOVER codes dyads: an act with no recoverable target is dropped unless its type stands alone
        drafts = [d for d in drafts if d["target"] or d["type"] in untargeted and not _backing(d)]
    events = []
    seen = set()
    datelines = doc_datelines(doc)   # a sentence may open inside one ("VIENNA (AP)" + "— Iran …")
    for d in drafts:
        key = (d["type"], tuple(d["source"]), tuple(d["target"]), d["sent"].start)
        if key in seen:
            continue
        seen.add(key)
        sent = d["sent"]
        start, end = sent.start_char, sent.end_char
        start = dateline_end(datelines, start) or start
        events.append(Event(
            id=f"e{len(events) + 1}", type=d["type"], source=tuple(d["source"]), target=tuple(d["target"]),
            about=tuple(a for a in d["about"] if a not in d["source"] and a not in d["target"]),
            mode=d["mode"], negated=d["negated"],
            date=_date(doc, state, start, end, d["token"].i), text=doc_text(doc)[start:end].strip(), start=start,
            end=end,
            quote=d["quote"], trigger=_lemma(d["token"]), modality=d["modality"],
        ))
    return tuple(events)


#: verbs of refusing whose "to do so" refers back to an act asked of the refuser
_REFUSING = frozenset({"refuse", "decline"})


def _refusals_to_do_so(doc: Any, state: dict[str, Any], patterns: Patterns) -> list[dict[str, Any]]:
    """ "He urged Ankara to withdraw the resolution. Turkish officials have refused to do so": a
    refusal "to do so" answers the latest demand made of the refuser (:func:`_refused_requests`
    finds the demand; here the act refused is only "do so"). The draft is a REJECT with no target
    yet, marked ``so``: the demand it answers gives the target."""
    out = []
    for token in _tokens_where(doc, POS, ("VERB", "AUX")):
        if _lemma(token) != "do" or token.dep_ != "xcomp" or _lemma(token.head) not in _REFUSING \
                or not any(c.text.lower() == "so" for c in token.children):
            continue
        verb = token.head
        quote, qi = _quote_at(verb.idx, state)
        source, _, _ = _source(verb, doc, state, patterns, qi)
        if source:
            out.append({"token": verb, "type": "REJECT", "mode": "request", "source": source, "target": [],
                        "about": [], "negated": False, "modality": None, "quote": quote, "sent": verb.sent,
                        "so": True})
    return out


def _refused_requests(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Peru demanded that Chile suspend its export rules … Chile will not suspend the measures":
    an intended act its source says it will not do, after another demanded that very act of it,
    is a refusal of the demand (REJECT, aimed at who made it), not a negated act of its own."""
    out: list[dict[str, Any]] = []
    for i, d in enumerate(drafts):
        if d.get("so"):
            # "have refused to do so": the latest demand of the refuser, whatever it asked
            if asked := _asked_of(d, drafts[:i]):
                out.append({**d, "target": list(asked[-1]["source"])})
            continue
        if d["negated"] and d["modality"] == "intended" and d["mode"] and d["type"] != "REQUEST":
            if asked := [r for r in _asked_of(d, drafts[:i]) if r["mode"] == d["mode"]]:
                out.append({**d, "type": "REJECT", "mode": "request", "target": list(asked[-1]["source"]),
                            "negated": False, "domestic": False, "refused": d["type"]})
                continue
        out.append(d)
    return out


def _asked_of(draft: dict[str, Any], earlier: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The demands made of ``draft``'s source by others in sentences before it, oldest first."""
    return [r for r in earlier if r["type"] == "REQUEST" and not r["negated"]
            and set(draft["source"]) <= set(r["target"]) and not set(r["source"]) & set(draft["source"])
            and r["sent"].start < draft["sent"].start]


#: acts between two sides of a dispute: "urged both sides to show restraint" after one of these
_DISPUTE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "SANCTION", "REJECT", "MOBILIZE",
                            "REQUEST"})


#: acts of force, by which a state can be at war with itself (army and rebels)
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


#: acts of help, whose "both countries" are the two named together before, not two at odds
_HELPING_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})


def _sides_of_dispute(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Malaysia and Indonesia called on both sides to show restraint", "Qatar offered to mediate":
    the two sides are the two states most often at odds in the acts of dispute before it (the
    latest pair of equals), not the two states named last (often bystanders: "Japan and Australia
    also voiced concern, while …"). Drafts whose pair came from :func:`_the_two`, and offers to
    mediate that name no parties, only; when no such act precedes, that pair stands."""
    out = []
    for i, d in enumerate(drafts):
        # (not help for "both countries": "would consider supplying patrol boats to both
        # countries" after "The Philippines and Vietnam signed …" is for those two)
        mode = d.get("mode") or ""
        helping = d["type"] in _HELPING_TYPES or "aid" in mode or "support" in mode
        if d.get("pair") and not helping \
                or not d["target"] and d["type"] == "AGREE" and "mediat" in mode:
            # (an offer to mediate with no parties named is an offer to the two sides: "Qatar
            # offered to mediate" after a border clash)
            # each act's source and first target ("warned it would veto Sweden's part in a
            # NATO-linked scheme": Sweden); a war within one state counts (army and RSF: Sudan)
            before = [(e["source"][0], e["target"][0]) for e in drafts[:i]
                      if e["type"] in _DISPUTE_TYPES and len(e["source"]) == 1 and e["target"]
                      and not {e["source"][0], e["target"][0]} & set(d["source"])
                      # a state at odds with itself by force, not by words (politics at home)
                      and (e["source"][0] != e["target"][0] or e["type"] in _FORCE_TYPES)
                      and e["sent"].start < d["sent"].start]
            if before:
                # the pair most often at odds, the latest of equals: "the United States condemned
                # the attack" does not make it a side of the Chinese-Philippine dispute
                counts = Counter(frozenset(pair) for pair in before)
                last = max(reversed(before), key=lambda pair: counts[frozenset(pair)])
                d = {**d, "target": list(dict.fromkeys(last))}
        out.append(d)
    return out


def _backing(draft: dict[str, Any]) -> bool:
    """An intent to support: backing or welcoming someone else's act, which is of someone (no act
    without a target) and proposes nothing of its own (no referent for a later "the plan")."""
    return "support" in (draft["mode"] or "")


def _alleged_wrongs(doc: Any, state: dict[str, Any], patterns: Patterns, triggers: dict[int, Pattern]
                    ) -> list[dict[str, Any]]:
    """ "China's foreign ministry said the Philippines had deliberately provoked the incident",
    "Ukraine said Russia had violated the ceasefire": a reported clause whose verb is a wrongdoing
    (``alleged_wrongs.verbs``) and whose subject names an actor is the reporter's ACCUSE of that
    actor; not when negated ("said Kyiv had not violated …"), not of the reporter's own state."""
    cfg = patterns.setting("alleged_wrongs", {})
    wrongs = set(cfg.get("verbs", ()))
    reporting = set(patterns.setting("reporting_verbs", ()))
    actors = state.get("actors")
    out: list[dict[str, Any]] = []
    if not wrongs or actors is None:
        return out
    for token in _tokens_where(doc, DEP, ("ccomp",)):
        if _lemma(token) not in wrongs or _lemma(token.head) not in reporting or token.i in triggers \
                or _negated(token, patterns) or _negated(token.head, patterns) or unasserted(token, patterns):
            continue
        subj = _children(token, "nsubj")
        if not subj:
            continue
        quote, qi = _quote_at(token.idx, state)
        source, _, _ = _source(token.head, doc, state, patterns, qi)
        target = [t for t in _actors_in(_phrase_tokens(subj[0]), doc, actors) if t not in source]
        if not source or not target:
            continue
        out.append({"token": token, "type": "ACCUSE", "mode": cfg.get("mode", "allege"), "source": source,
                    "target": target, "about": [], "negated": False, "modality": None, "quote": quote,
                    "sent": token.sent})
    return out


def _judgements(doc: Any, state: dict[str, Any], patterns: Patterns, triggers: dict[int, Pattern]
                ) -> list[dict[str, Any]]:
    """ "Peskov said NATO's plans were 'a provocation'", "the Kremlin said the sanctions were
    illegal": a reported clause that judges an actor's act or the actor itself with a pejorative
    (``as_phrases.pejoratives``) is the reporter's disapproval, ACCUSE (REJECT of a proposal), of
    the act's author: the actors of the clause's subject."""
    cfg = patterns.setting("as_phrases", {})
    pejoratives = set(cfg.get("pejoratives", ()))
    reporting = set(patterns.setting("reporting_verbs", ()))
    nouns = patterns.setting("speech_objects", {}).get("nouns", {})
    actors = state.get("actors")
    out: list[dict[str, Any]] = []
    for token in _tokens_where(doc, DEP, ("ccomp",)):
        if _lemma(token) != "be" or _lemma(token.head) not in reporting or token.i in triggers:
            continue
        complements = _children(token, "attr", "acomp")
        words = {w for c in complements for t in c.subtree for w in (_lemma(t), t.text.lower())}
        subj = _children(token, "nsubj")
        if not complements or not words & pejoratives or not subj or _negated(token, patterns):
            continue
        if subj[0].text.lower() in set(patterns.setting("pronouns", ())) | {"it", "this", "that"}:
            continue  # "it was a mistake": what "it" is stays unknown here
        target, about, mode = _speech_object_roles(subj[0], doc, actors, patterns)
        quote, qi = _quote_at(token.idx, state)
        source, _, _ = _source(token.head, doc, state, patterns, qi)
        target = [t for t in target if t not in source]
        if not source or not target:
            continue
        # a proposal called a mistake is rejected; so is an accusation called baseless ("said Spain's
        # accusations were baseless": Morocco rejects them, it does not accuse Spain)
        ptype = cfg.get("type_for_proposal", "REJECT") if nouns.get(_lemma(subj[0])) in _PROPOSED | {"accusation"} \
            else cfg.get("type_otherwise", "ACCUSE")
        out.append({"token": token, "type": ptype, "mode": mode or ("disapprove" if ptype == "ACCUSE" else None),
                    "source": source, "target": target, "about": [a for a in about if a not in source],
                    "negated": False, "modality": None, "quote": quote, "sent": token.sent})
    return out


#: "the call met resistance from Spain", "drew criticism from Paris": what the act met, and the type
#: of the reaction of those it came from
_MET = frozenset({"meet", "face", "draw", "attract", "encounter", "spark", "provoke", "trigger", "prompt"})
_MET_REACTIONS = {"resistance": "REJECT", "opposition": "REJECT", "objection": "REJECT", "rejection": "REJECT",
                  "pushback": "REJECT", "criticism": "ACCUSE", "condemnation": "ACCUSE", "backlash": "ACCUSE",
                  "rebuke": "ACCUSE", "anger": "ACCUSE", "outrage": "ACCUSE", "protest": "PROTEST"}


def _met_reactions(doc: Any, state: dict[str, Any], patterns: Patterns, body: int) -> list[dict[str, Any]]:
    """ "The call met immediate resistance from Spain", "the plan drew criticism from Berlin",
    "Germany faced opposition from Poland": those the reaction came from react to the subject's
    author (the subject itself when it is an actor; a definite "the call" is resolved later)."""
    actors = state.get("actors")
    nouns = patterns.setting("speech_objects", {}).get("nouns", {})
    out: list[dict[str, Any]] = []
    for token in _tokens_where(doc, POS, ("VERB",)):
        if _lemma(token) not in _MET or token.idx < body:
            continue
        for obj in _children(token, "dobj"):
            ptype = _MET_REACTIONS.get(_lemma(obj))
            if ptype is None:
                continue
            source = [a for p in _prep_objects(obj, ("from",)) + _prep_objects(token, ("from",))
                      for a in _actors_in(_phrase_tokens(p), doc, actors)]
            subj = _children(token, "nsubj", "nsubjpass")
            if not subj and token.dep_ in ("advcl", "conj"):
                # "Russia vetoed the resolution, drawing criticism from Britain": the participle's
                # subject is the clause's
                subj = [s for s in (_subject(token)[0],) if s is not None]
            if not source or not subj:
                continue
            target, about, mode = _speech_object_roles(subj[0], doc, actors, patterns)
            if not target and token.dep_ == "relcl":
                # "…, a move that drew a sharp rebuke from Beijing": the act the noun sums up
                target = _summarised_act(token, doc, state, patterns)
            anaphor = subj[0] if not target and _lemma(subj[0]) in nouns else None
            target = [t for t in target if t not in source]
            if not target and anaphor is None:
                continue
            quote, _ = _quote_at(token.idx, state)
            out.append({"token": token, "type": ptype, "mode": mode, "source": list(dict.fromkeys(source)),
                        "target": target, "about": [a for a in about if a not in source], "negated": False,
                        "modality": None, "quote": quote, "sent": token.sent, "anaphor": anaphor})
    return out


#: acts of words a state aims at another, not at home, when the text names no target
_VERBAL_HOSTILE = frozenset({"PROTEST", "ACCUSE", "THREATEN", "REJECT"})


def _words_against_the_other_side(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "President Marcos said his government would file a diplomatic protest", after China's coast
    guard rammed a Philippine vessel: an act of words whose target was only the domestic default
    is aimed at the other side of the latest act of dispute between its source and another state
    before it (not an act of force: police arresting protesters at home stay at home)."""
    agents = actor_rules()["agent_nouns"] | actor_rules()["group_nouns"]
    out = []
    for i, d in enumerate(drafts):
        if d.get("domestic") and d["type"] in _VERBAL_HOSTILE and len(d["source"]) == 1 and not any(
                o.pos_ in ("PROPN", "PRON") or _lemma(o) in agents or o.lower_ in agents
                for o in _children(d["token"], "dobj", "dative") + _prep_objects(d["token"], ("against", "on", "to", "with"))):
            # (an object named at home stays: "accused the government of …", "the army")
            others = _latest_dispute_sides(drafts, i, d["source"][0])
            if others:
                d = {**d, "target": [others[0]], "domestic": False}
        out.append(d)
    return out


def _latest_dispute_sides(drafts: list[dict[str, Any]], i: int, src: str, same_sentence: bool = False) -> list[str]:
    """The other sides of the latest act of dispute between ``src`` and another state in a sentence
    before draft ``i`` (an act with a named target); with ``same_sentence``, also earlier in its own."""
    for e in reversed(drafts[:i]):
        if e.get("domestic") or e["type"] not in _DISPUTE_TYPES or not e["target"] \
                or (e["token"].i >= drafts[i]["token"].i if same_sentence else e["sent"].start >= drafts[i]["sent"].start):
            continue
        sides = [*e["source"], *e["target"]]
        if src in sides and (others := [a for a in sides if a != src]):
            return others
    return []


def _attacks_reported_by_the_other_side(drafts: list[dict[str, Any]], state: dict[str, Any]
                                        ) -> list[dict[str, Any]]:
    """ "Pakistan's military said Indian forces had shelled villages near Kotli", after India and
    Pakistan exchanged fire: an attack whose target was only the domestic default, reported by the
    other side of its source's latest dispute, hit that side (a third party's report, or the
    narrator's, leaves it at home: CAMEO's convention for acts inside one country)."""
    out = []
    for i, d in enumerate(drafts):
        if d.get("domestic") and d["type"] == "ASSAULT" and len(d["source"]) == 1:
            _, qi = _quote_at(d["token"].idx, state)
            speakers = _speaker_states(qi, state) if qi is not None else []
            others = _latest_dispute_sides(drafts, i, d["source"][0], same_sentence=True) if speakers else []
            hit = [s for s in speakers if s in others and s not in d["source"]]
            if hit:
                d = {**d, "target": hit[:1], "domestic": False}
        out.append(d)
    return out


def _drop_default_targets(drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop an act whose target is only the domestic default when the same actor's act of the same type
    in the sentence names its target ("killed one U.S. soldier and wounded two others": one assault)."""
    named = {(d["type"], tuple(d["source"]), d["sent"].start) for d in drafts
             if d["target"] and not d.get("domestic")}
    return [d for d in drafts if not (d.get("domestic") and (d["type"], tuple(d["source"]), d["sent"].start) in named)]


def _authored_proposals(doc: Any, state: dict[str, Any], patterns: Patterns
                        ) -> list[tuple[int, str, list[str], list[str], str]]:
    """(char, kind, authors, about, noun lemma) of every speech-object noun whose author is named ("a
    proposal from Paris and Rome", "Britain's call"), in text order."""
    nouns = patterns.setting("speech_objects", {}).get("nouns", {})
    actors = state.get("actors")
    out = []
    body = headline_end(doc, patterns)     # (a char offset) the headline's words are said again below it
    for token in _tokens_where(doc, POS, ("NOUN", "PROPN")):
        if token.idx >= body and _lemma(token) in nouns and not any(
                c.dep_ in ("amod", "det") and c.text.lower() in _OTHER_ONES for c in token.children):
            # (not "an earlier British text", "a rival draft": another one than the one at issue)
            target, about, _ = _speech_object_roles(token, doc, actors, patterns)
            author: set[int] = set()
            for child in token.children:
                if child.dep_ in ("poss", "compound", "nmod") \
                        or child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE") and token.tag_ == "NN":
                    # ("a British and French plan": a state's adjective names the authors of one
                    # proposal, not of a kind, "learn of American proposals second hand")
                    author |= {t.i for t in child.subtree}
            for pobj in _prep_objects(token, patterns.setting("roles", {}).get("agent_preps", ("by", "from"))):
                author |= _phrase_tokens(pobj)
            for acl in _children(token, "acl"):
                # "a resolution drafted by Britain, France and Germany"
                for agent in _children(acl, "agent"):
                    for pobj in _children(agent, "pobj"):
                        author |= _phrase_tokens(pobj)
            named = _actors_in(author, doc, actors)
            verb = token.head
            if not named and token.dep_ == "dobj" and _lemma(verb) in _AUTHORING:
                # "Algeria's envoy, who drafted the text with Sierra Leone and Somalia": whoever
                # drafted, tabled or proposed it, and those who did so with him
                subj, passive = _subject(verb)
                if subj is not None and not passive:
                    author = _phrase_tokens(subj)
                    for pobj in _prep_objects(verb, ("with",)):
                        author |= _phrase_tokens(pobj)
                    named = _actors_in(author, doc, actors)
            if named:
                out.append((token.idx, nouns[_lemma(token)], named, [a for a in about if a not in named],
                            _lemma(token)))
    return out


#: words that set a proposal apart from the one at issue ("an earlier British text", "a rival draft")
_OTHER_ONES = frozenset({"earlier", "previous", "prior", "former", "rival", "competing", "alternative", "separate",
                         "older", "another", "different"})

#: verbs by which their subject authors the proposal they take as object ("drafted the text")
_AUTHORING = frozenset({"draft", "propose", "table", "submit", "sponsor", "co-sponsor", "cosponsor", "circulate",
                        "author", "introduce", "unveil", "present", "write", "pen"})


def _anaphoric_object(token: Any, patterns: Patterns) -> tuple[Any | None, str | None]:
    """The definite speech object of a trigger with no named author ("opposed the plan"), and its
    kind; or a definite agreement it refers back to ("welcomed the agreement": ``referent_nouns``,
    which are no one's speech act where their parties are named, "signed the EU's agreement with
    Mercosur")."""
    cfg = patterns.setting("speech_objects", {})
    # a statement noun no speech-object kind names refers back to a statement ("dismissed the remarks")
    nouns = {**_STATEMENT_KINDS, **cfg.get("nouns", {}), **cfg.get("referent_nouns", {})}
    dets = _anaphoric_determiners(patterns)
    objs = _children(token, "dobj", "nsubjpass") + _evaluated_objects(token)
    for prep in _children(token, "prep"):
        objs += _children(prep, "pobj")
    for verb in _children(token, "xcomp"):
        objs += _children(verb, "dobj")     # "refused to accept the language"
    for obj in objs:
        if _lemma(obj) in nouns and any(c.dep_ in ("det", "poss") and c.text.lower() in dets
                                        for c in obj.children) and not obj.ent_type_:
            # (a named one is no anaphor: "the Non-Proliferation Treaty")
            return obj, nouns[_lemma(obj)]
    for obj in _named_as(token):
        # "rejected what it called “recycled accusations”": what it names is something said before
        if _lemma(obj) in nouns and not obj.ent_type_ and not any(c.dep_ == "prep" for c in obj.children):
            return obj, nouns[_lemma(obj)]
    return None, None


def _anaphoric_determiners(patterns: Patterns) -> set[str]:
    """The determiners by which a noun refers back to something named before ("the plan", "that call")."""
    return set(patterns.setting("speech_objects", {}).get("anaphoric_determiners",
                                                          ("the", "this", "that", "these", "those", "such")))


def _nominalised_act(token: Any, draft: dict[str, Any], earlier: list[dict[str, Any]],
                     patterns: Patterns) -> dict[str, Any] | None:
    """The earlier act a definite noun object names by its own verb ("the closures" after "closed
    their border crossings", "the deployment" after "deployed"): the latest such draft by others,
    else None. The noun and the verb share their stem (all but the verb's last two letters, and
    four letters at least)."""
    dets = _anaphoric_determiners(patterns)
    objs = _children(token, "dobj", "nsubjpass") + _evaluated_objects(token)
    for obj in objs:
        if obj.pos_ != "NOUN" or obj.ent_type_ or not any(c.dep_ == "det" and c.text.lower() in dets
                                                          for c in obj.children):
            continue    # (a named one refers back to nothing: "the Paris Agreement")
        noun = _lemma(obj)
        for e in reversed(earlier):
            verb = _lemma(e["token"])
            if not _is_verb(e["token"]) or set(e["source"]) & set(draft["source"]) or not e["source"]:
                continue
            shared = len(os.path.commonprefix([noun, verb]))
            if noun != verb and shared >= max(4, len(verb) - 2):
                return e
    return None


def resolve_referents(drafts: list[dict[str, Any]], doc: Any, state: dict[str, Any], patterns: Patterns
                      ) -> list[dict[str, Any]]:
    """Give targetless reactions to an earlier act its author as target.

    "Germany and Poland have opposed the plan", "France welcomed the move", "Berlin was quick to push
    back": the plan, the move and the objection refer back to the latest act of that kind in the
    article (a proposal or request named with its author, or an event of the referring types), whose
    author is the target and whose own target or topic is ``about``.

    Notes: a recency-based resolution of definite event anaphora (cf. the discourse-new/old
    distinction of Vieira and Poesio, 2000), limited to the event's preceding text.
    """
    cfg = patterns.setting("speech_objects", {})
    refer = cfg.get("referent_types", {})
    reacting = set(cfg.get("reaction_types", ()))
    referent_nouns = cfg.get("referent_nouns", {})
    authored = _authored_proposals(doc, state, patterns)
    out = []
    for i, d in enumerate(drafts):
        if d["target"] or d["type"] not in reacting:
            out.append(d)
            continue
        token = d["token"]
        summed = _summarised_act(token, doc, state, patterns)
        if summed:
            authors = [a for a in summed if a not in d["source"]]
            out.append({**d, "target": authors} if authors else d)
            continue
        obj, kind = _anaphoric_object(token, patterns)
        if obj is None and d.get("anaphor") is not None:
            obj, kind = d["anaphor"], cfg.get("nouns", {}).get(_lemma(d["anaphor"]))
        if obj is None and (named := _nominalised_act(token, d, drafts[:i], patterns)) is not None:
            # "Poland and Lithuania closed their crossings … Moscow regarded the closures as “another
            # provocation”": the closures are that act, its authors the target
            out.append({**d, "target": [a for a in named["source"] if a not in d["source"]],
                        "about": list(dict.fromkeys(d["about"] + [a for a in named["target"] if a not in d["source"]]))})
            continue
        bare = not _children(token, "dobj", "nsubjpass", "ccomp", "xcomp") and not obj
        if bare and _lemma(token) in _ANSWERS_TO and (asked := _put_to(d, drafts[:i])):
            # "Carney invited Modi to the summit. Modi accepted": the invitation or request put
            # to the one who answers
            out.append({**d, "target": asked})
            continue
        if obj is None and not (bare and d["type"] == "REJECT"):
            out.append(d)
            continue
        # what a bare refusal refuses: a proposal ("will not join"), or a demand when the act
        # refused is a retreat or a concession ("not to surrender", "will not back down")
        kind = kind or ("request" if d.get("refused") in _YIELDING else "proposal")
        types = set(refer.get(kind, ()))
        earlier = [(pos, src, about, lemma) for pos, k, src, about, lemma in authored
                   if k == kind and pos < token.sent.start_char and not set(src) & set(d["source"])]
        # "the resolution" is the resolution named with its authors before, whatever came since
        candidates = [c[:3] for c in earlier if obj is not None and c[3] == _lemma(obj)]
        if not candidates and obj is not None:
            # "pushed for language on a binding code … Laos also opposed the binding language": the
            # act whose object was that same thing, before any later act of the kind ("initialled a
            # peace agreement … Turkey praised the deal": an agreement by another name)
            same = {_lemma(obj)} | {n for n, k in referent_nouns.items() if k == referent_nouns.get(_lemma(obj))}
            candidates = [(e["token"].idx, e["source"], e["target"] + e["about"]) for e in drafts[:i]
                          if _may_refer(e, d, types, kind)
                          and same & {_lemma(o) for o in _objects_and_pobjs(e["token"])}]
        if not candidates and obj is not None and _lemma(obj) in (kinds := {**cfg.get("nouns", {}), **referent_nouns}) \
                and (chain := _same_referent(d, obj, out, kinds)):
            # "Egypt rejected the proposal. … The RSF welcomed the idea": the thing an earlier
            # reaction resolved ("the proposal"), named again by a word of its kind, before any
            # act of the kind told since ("He urged the council to focus on corridors")
            out.append({**d, "target": chain, "referent": _lemma(obj)})
            continue
        if not candidates and d.get("mode") == "vote" and earlier:
            # "also voted against": the text put to the vote, whoever spoke since
            candidates = [c[:3] for c in earlier]
        if not candidates:
            candidates = [c[:3] for c in earlier]
            candidates += [(e["token"].idx, e["source"], e["target"] + e["about"]) for e in drafts[:i]
                           if _may_refer(e, d, types, kind) and (kind == "agreement" or not _backing(e))
                           and (e["target"] or kind != "act") and not _background(e["token"])
                           and not _at_home(e)]
        if obj is not None and _lemma(obj) in _STATEMENT_NOUNS and (not candidates or any(
                c.dep_ == "det" and c.text.lower() in _DEMONSTRATIVES for c in obj.children)):
            # "Kim said the government should cancel the talks. The ministry rejected that call":
            # "that" points at the statement just before, when it is later than any act coded
            # before ("the accusation" may be an older one)
            candidates += _stated_before(token, d["source"], state)
        if not candidates:
            out.append(d)
            continue
        _, authors, about = max(candidates, key=lambda c: c[0])
        out.append({**d, "target": list(authors), "referent": _lemma(obj) if obj is not None else None,
                    "about": list(dict.fromkeys(d["about"] + [a for a in about if a not in authors
                                                              and a not in d["source"]]))})
    return out


def _same_referent(d: dict[str, Any], obj: Any, resolved: Sequence[dict[str, Any]],
                   referent_nouns: dict[str, str]) -> list[str]:
    """The target of the latest earlier reaction that resolved a definite noun of ``obj``'s kind
    ("the proposal" then "the idea", "the plan"), when it is not the reaction's own source; else
    none. Only for a definite noun ("the idea"), which names a thing already spoken of."""
    if not any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that") for c in obj.children):
        return []
    kind = referent_nouns.get(_lemma(obj))
    for e in reversed(resolved):
        if e["token"].i >= d["token"].i or referent_nouns.get(e.get("referent") or "") != kind:
            continue
        target = [a for a in e["target"] if a not in d["source"]]
        return target if len(target) == len(e["target"]) else []
    return []


def _may_refer(e: dict[str, Any], d: dict[str, Any], types: Collection[str], kind: str | None) -> bool:
    """True for an earlier act ``e`` that a reaction ``d`` to "the <kind>" may refer back to: of
    one of the kind's types, in a sentence before, by others than the reaction's source, and for
    "the agreement" an act that makes one."""
    return e["type"] in types and (e["sent"].start < d["token"].sent.start or _answered_in_turn(e["token"], d["token"])) \
        and not set(e["source"]) & set(d["source"]) \
        and (kind != "agreement" or _lemma(e["token"]) in _AGREEMENT_MAKERS)


def _answered_in_turn(act: Any, reaction: Any) -> bool:
    """True when ``reaction`` is the verb of a clause joined after ``act``'s in its sentence, with a
    subject of its own: "Ethiopia accused Eritrea of massing troops, and Eritrea's minister
    dismissed the claim"."""
    return reaction.dep_ == "conj" and reaction.head.i == act.i and act.i < reaction.i \
        and bool(_children(reaction, "nsubj", "nsubjpass"))


#: acts that make an agreement, whose parties "the agreement" names (not "Brazil supported the
#: agreement": a view of it)
_AGREEMENT_MAKERS = frozenset({"agree", "sign", "initial", "conclude", "reach", "ink", "seal", "strike",
                               "agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire"})


#: nouns by which a reaction refers to someone's statement itself ("rejected that demand", "dismissed
#: his remarks"); not to its subject ("called the idea premature": whose idea, the statement before
#: need not say)
_STATEMENT_NOUNS = frozenset({"demand", "claim", "remark", "comment", "statement", "accusation", "allegation",
                              "assertion", "charge", "call", "appeal", "ultimatum", "condition", "warning",
                              "threat", "offer", "assurance", "pledge", "promise", "denial", "criticism",
                              "complaint", "rebuke", "objection", "suggestion", "argument", "account",
                              "version", "narrative", "characterization", "characterisation", "portrayal"})


#: the kind a statement noun has as an anaphor, when no speech-object kind names it
_STATEMENT_KINDS = dict.fromkeys(_STATEMENT_NOUNS, "statement")

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _at_home(e: dict[str, Any]) -> bool:
    """True for one actor's act on itself ("the opposition senator accused Petro …", coded as
    Colombia on Colombia), not a joint act of several on each other."""
    return len(set(e["source"])) == 1 and set(e["target"]) == set(e["source"])


def _background(trigger: Any) -> bool:
    """True for an act told in a relative clause, as a standing fact about its subject ("The United
    States, which does not recognise the government in Caracas, said …"): no step a later "the
    step" or "the move" refers back to."""
    return trigger.dep_ == "relcl" and trigger.head.dep_ in ("nsubj", "nsubjpass")


#: verbs that answer what was put to their subject ("Modi accepted", "Tehran declined")
_ANSWERS_TO = frozenset({"accept", "agree", "decline", "refuse", "reject", "consent", "acquiesce"})

#: acts that put something to their target to accept or refuse: requests, invitations, offers
_PUT_TO = {"REQUEST": None, "CONSULT": {"invite"}, "AGREE": {"offer", "propose", "proposal"}}


def _put_to(d: dict[str, Any], before: list[dict[str, Any]]) -> list[str]:
    """Authors of the latest request, invitation or offer in the sentences before that was put
    to the source of a bare acceptance or refusal ("Modi accepted", "Tehran declined")."""
    for e in reversed(before):
        modes = _PUT_TO.get(e["type"], ())
        if e["sent"].start >= d["sent"].start or not set(e["target"]) & set(d["source"]) \
                or modes is not None and (e.get("mode") or "") not in modes:
            continue
        authors = [a for a in e["source"] if a not in d["source"]]
        if authors:
            return authors
    return []


def _stated_before(token: Any, source: list[str], state: dict[str, Any]) -> list[tuple[int, list[str], list[str]]]:
    """What "that demand", "those claims" or "his remarks" refer to when no act coded before does:
    the latest statement in the sentence before, by another actor ("Iran said it was ready to resume
    talks if Washington lifted sanctions. The United States has rejected that demand.")."""
    actors = state.get("actors")
    sent = token.sent
    if actors is None or sent.start == 0:
        return []
    before = token.doc[sent.start - 1].sent
    while before.start > 0 and not before.text.strip():
        before = token.doc[before.start - 1].sent     # (past a paragraph break the parser made a sentence)
    found = []
    for q in state.get("quote_objects") or ():
        if q.speaker is None or not before.start_char <= q.start < sent.start_char:
            continue
        speaker = actors.state_of(q.speaker) or q.speaker
        if speaker not in source:
            found.append((q.start, [speaker], []))
    return found


def _summarised_act(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns) -> list[str]:
    """Authors of the act a summarising noun sums up, when the reaction is that noun's relative
    clause: "…after Britain, France and Germany triggered the snapback mechanism, a step Russia and
    China called illegal" (the clause's subject), "…follows the EU's decision to raise duties, a
    move Germany also opposed" (the possessor of the verb's object)."""
    noun = token.head
    if token.dep_ != "relcl" or _lemma(noun) not in patterns.setting("speech_objects", {}).get("nouns", {}):
        return []
    actors = state.get("actors")
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        owner = {t.i for c in head.children if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree}
        named = _actors_in(owner, doc, actors)
        if named:
            return named
        while head.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and head.head.i != head.i:
            head = head.head
            if _is_verb(head):
                break
        for _ in range(4):
            # up from a verb with no subject of its own to the clause that has one: "signed an
            # agreement to expand cooperation between their coast guards, a move that drew …"
            if not _is_verb(head) or _children(head, "nsubj") or head.head.i == head.i:
                break
            head = head.head
            while not _is_verb(head) and head.head.i != head.i:
                head = head.head
    elif noun.dep_ in ("dobj", "pobj"):
        # "pushed for a proposal that Cambodia rejected": the author is who put the thing forward,
        # the subject of the verb the noun is the object of (its own owner first: "backed France's
        # plan that Italy opposed")
        owner = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
        named = _actors_in(owner, doc, actors)
        if named:
            return named
        head = noun
        while head.dep_ in ("dobj", "pobj", "prep") and head.head.i != head.i and not _is_verb(head):
            head = head.head
        if not _is_verb(head):
            return []
        subj = _children(head, "nsubj")
        return _actors_in(_phrase_tokens(subj[0]), doc, actors) if subj else []
    elif noun.dep_ not in ("npadvmod", "appos"):
        return []
    if not _is_verb(head):
        return []
    for obj in _children(head, "dobj"):
        owner = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
        named = _actors_in(owner, doc, actors)
        if named:
            return named
    subj = _children(head, "nsubj")
    return _actors_in(_phrase_tokens(subj[0]), doc, actors) if subj else []


def _complement(token: Any, triggers: dict[int, Pattern]) -> tuple[Any | None, Pattern | None]:
    """The trigger (or plain verb) in the infinitive/clausal complement of a trigger."""
    clausal = ("xcomp", "ccomp", "acl") if token.pos_ in ("NOUN", "PROPN") else ("xcomp", "ccomp")
    for c in token.children:
        if c.dep_ in clausal and not _free_relative(c):
            return c, triggers.get(c.i)
    for c in _children(token, "advcl"):
        if any(m.dep_ == "mark" and m.text.lower() == "for" for m in c.children):
            return c, triggers.get(c.i)  # "pushed for the US to back the plan"
    for o in _children(token, "dobj"):
        for c in o.children:
            # (not what another says of the object: "signed a pact, a move China warned could …")
            if c.dep_ in ("acl", "relcl") and c.i in triggers and not any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP")
                    and g.text.lower() not in ("that", "which", "who") for g in c.children):
                return c, triggers[c.i]
    return None, None


#: verbs of a purpose clause whose object is whom an aid is for ("provide 100 million euros to help
#: the country curb departures")
_HELPING = frozenset({"help", "assist", "support", "enable", "strengthen", "bolster", "rebuild"})


def _beneficiaries(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """Who an aid with no recipient of its own is for: the object of a purpose infinitive of
    helping ("to help Tunisia"), or the subject of the clause it helps ("to help the country curb
    departures")."""
    for c in _children(token, "advcl", "xcomp"):
        if not (to_infinitive(c) and _lemma(c) in _HELPING):
            continue
        helped = _children(c, "dobj") + [s for g in _children(c, "ccomp", "xcomp") for s in _children(g, "nsubj")]
        found = [a for h in helped for a in _actors_in(_phrase_tokens(h), doc, state.get("actors"))]
        if found:
            return list(dict.fromkeys(found))
    return []


#: modifiers that name an unnamed agent of an act: "a militant attack", "rebel shelling"
_AGENT_MODIFIERS = frozenset({"militant", "rebel", "insurgent", "terrorist", "jihadist",
                              "separatist", "guerrilla", "extremist", "gunman", "gunmen", "suicide",
                              "mob", "pirate", "bandit"})


def _unnamed_agent(noun: Any) -> bool:
    """True when an event noun's modifier says who acted and names no actor ("a militant attack"):
    the clause around it does not name its source."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.text.lower() in _AGENT_MODIFIERS
               for c in noun.children)


def _draft(token: Any, p: Pattern, doc: Any, state: dict[str, Any], patterns: Patterns,
           triggers: dict[int, Pattern], frames: dict[int, tuple[Any, list[str]]]) -> dict[str, Any] | None:
    if p.kind == "verb" and misread_participle(token):
        return None     # "Melnyk, asked the same question in Kyiv, was less certain": no request
    quote, qi = _quote_at(token.idx, state)
    anchor = token
    hosts: list[str] = []
    if p.kind == "noun" and token.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        anchor = token.head if token.dep_ != "pobj" else token.head.head
    if p.kind == "predicate" and token.dep_ == "acomp":
        anchor = token.head
    if p.kind == "noun":
        source = _actors_in({t.i for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                             for t in c.subtree}, doc, state.get("actors"))
        roles = patterns.setting("roles", {})
        preps = [x for x in roles.get("noun_agent_preps", ("by", "between", "from", "of"))
                 if not (x == "from" and p.type in roles.get("departure_types", ()))]  # "withdrawal from X"
        departure = p.type in roles.get("departure_types", ())
        for pobj in _prep_objects(token, preps):
            named = _actors_in(_phrase_tokens(pobj, skip_from=departure), doc, state.get("actors"))
            if not named and state.get("actors") is not None and group_size(pobj) is not None:
                # "objections from both downstream countries": the two named before
                named = list(dict.fromkeys(_state(state["actors"], a) for a in counted_group(state["actors"], pobj)))
            source += named
        source = source or _adjective_states(token, state)
        passive_subj = None
        if p.type == "CONSULT" and token.dep_ == "dobj" and _lemma(token.head) in _TAKING_PART and source:
            # "would not join any further ASEAN meetings": who joins takes part; the body whose
            # meetings they are is whom they meet
            joiner, passive_subj, _ = _source(anchor, doc, state, patterns, qi)
            if joiner:
                source, hosts = joiner, [a for a in source if a not in joiner]
        if not source and not _unnamed_agent(token):
            source, passive_subj, _ = _source(anchor, doc, state, patterns, qi)
    else:
        source, passive_subj, passive = _source(anchor if p.kind == "predicate" else token, doc, state, patterns, qi)
        if not passive or not (_children(token, "auxpass", "nsubjpass") or _set_off_participle(token)):
            passive_subj = None
    if not source and p.kind == "verb":
        source = _proposer(token, doc, state, patterns)
    if not source:
        return None
    evaluation = _evaluation(token, doc, state, patterns)
    if evaluation is not None:
        if not evaluation:
            return None  # "called the decision a recognition of reality": naming, not an act
        target = [t for t in evaluation[1] if t not in source] or [
            t for t in _participle_antecedent(token, doc, state) if t not in source]
        return {"token": token, "type": evaluation[0], "mode": evaluation[3], "source": source,
                "target": target, "about": evaluation[2],
                "negated": False, "modality": None, "quote": quote, "sent": token.sent}
    if p.type in ("AGREE", "THREATEN") and p.kind == "predicate" and not _has_act_complement(token, triggers):
        return None  # "ready to put pressure": readiness for no coded act is no agreement
    if p.lemma == "warn" and p.kind == "verb":
        return _warning(token, p, source, doc, state, patterns, triggers, quote)
    target, about, mode = _targets(token, doc, state, patterns, passive_subj, backing=p.type in ("SUPPORT", "AID"),
                                   meeting=p.type == "CONSULT")
    target = list(dict.fromkeys(target + hosts))
    if p.goes_to:
        # "travelled to Tunis with Italian Prime Minister Giorgia Meloni": the place visited, not
        # the companions
        dest = [a for pobj in _prep_objects(token, p.goes_to)
                for a in _actors_in(_phrase_tokens(pobj), doc, state.get("actors"))]
        if dest:
            about = list(dict.fromkeys(about + [a for a in target if a not in dest]))
            target = dest
    if p.kind == "noun" and target and all(t in source for t in target):
        # "reiterated its demand that Israel ease …": the noun's owner is its author, the source;
        # whom it is aimed at is still to be found (in its clause)
        target = []
    if p.addressee:
        target, about = _addressed(token, p, target, about, source, doc, state)
    comp, comp_p = _complement(token, triggers)
    if comp is not None:
        t2, a2, m2 = _targets(comp, doc, state, patterns, None,
                              meeting=comp_p is not None and comp_p.type == "CONSULT")
        if not t2 and _lemma(comp) in _CAUSATIVES:
            # "threatened to make Spain pay": the one made to act is the target
            t2 = [a for c in comp.children if c.dep_ in ("ccomp", "xcomp")
                  for sj in _children(c, "nsubj") for a in _actors_in(_phrase_tokens(sj), doc, state.get("actors"))]
        # "will not allow anyone to threaten Somalia": the one allowed (or stopped, or helped) is
        # the object before the complement or the complement's own subject; what that one would do
        # to others is not this act's target
        if not target:
            subj = _children(comp, "nsubj", "nsubjpass")
            target = _actors_in(_phrase_tokens(subj[0]), doc, state.get("actors")) if subj else []
            # (the one called on: "called on all parties to …"; not a day, "promised on Tuesday to …")
            called_on = [o for o in _prep_objects(token, ("on",)) if not _dated(o)]
            controlled = subj or any(o.i < comp.i for o in _children(token, "dobj") + called_on)
            # ("urged all parties to return to the Luanda process": the parties, whoever they
            # are, not the places their process is named after)
            parties = any(_lemma(o) in ("party", "side") for o in _children(token, "dobj") + called_on)
            if not target and (p.type == "REQUEST" and not parties or not controlled):
                target = t2
        about = list(dict.fromkeys(about + [a for a in a2 if a not in target]))
        if p.lemma not in _PURPOSE_APART:     # (the summons is no protest: that is its own act)
            if comp_p is not None:
                mode = mode or comp_p.mode or comp_p.type.lower()
            mode = mode or m2
    if not target and p.kind == "noun" and p.type in _ARMED and token.dep_ == "nsubj" \
            and _lemma(token.head) in _HARMS:
        # "Israeli air strikes killed 12 people in Lebanon": whom the strikes' verb harmed
        t2, a2, _ = _targets(token.head, doc, state, patterns, None)
        target = [a for a in t2 if a not in source] or [
            a for a in _domestic_target(token.head, [], doc, state, patterns, p) if a not in source]
        about = list(dict.fromkeys(about + [a for a in a2 if a not in target]))
    if not target and p.type == "AID":
        target = [a for a in _beneficiaries(token, doc, state) if a not in source]
    mode = p.mode or mode
    realised = p.kind == "noun" and _realised(token)
    modality, negated = _modality_negation(anchor if p.kind != "verb" and not realised else token, patterns)
    if p.kind == "noun" and _negated(token, patterns):
        negated = True  # "he had no objection to …"
    modality = p.modality or modality
    ptype, mode, modality, negated = _recode(p.type, mode, modality, negated, p, token, patterns)
    if ptype == "AGREE" and mode == "sanctions" and not negated:
        # "ready to trigger the snapback of UN sanctions if Tehran did not reverse course": sanctions
        # held over whoever the condition names are a threat to them
        cond = [t for t in _condition_subjects(token, comp, doc, state, patterns)
                + (_condition_subjects(token.head, None, doc, state, patterns) if token.dep_ == "acomp" else [])
                if t not in source]     # (the condition may hang on "were" of "were ready")
        if cond:
            ptype, target = "THREATEN", cond
    elif ptype == "THREATEN" and target and comp is not None and (comp_p is None or comp_p.type not in _HOSTILE | _ARMED):
        # "threatened to pursue a trade deal with the United States if the bloc did not let him":
        # a threat to do something harmless to the one it names is aimed at whom the condition names
        cond = [t for t in _condition_subjects(token, comp, doc, state, patterns) if t not in source]
        if cond:
            about = list(dict.fromkeys(about + [t for t in target if t not in cond]))
            target = cond
    # an actor never acts on itself through a named target ("if Washington takes the lead in talks with
    # Moscow" is no consultation of Washington); the domestic convention below is the one exception
    kept = _same_state_targets(token, comp if p.type == "REQUEST" else None, passive_subj, source, anchor, doc,
                               state, patterns) if ptype in patterns.setting("domestic_target", {}).get("types", ()) \
        else []
    target = [t for t in target if t and (t not in source or t in kept)]
    joint = _reciprocal(token, comp, source, patterns, ptype)
    # where it happens, also as the parser hung it on the object ("initialled a peace agreement at
    # the White House")
    places = _prep_objects(token, ("in", "at")) + [p for o in _children(token, "dobj")
                                                  for p in _prep_objects(o, ("at",))]
    venue = set(a for pobj in places
                for a in _actors_in(_phrase_tokens(pobj), doc, state.get("actors"))) if target else set()
    if target and joint and set(target) <= venue:
        target = []  # "Iran and the US met in Muscat": the venue hosts, the two meet each other
    elif ptype == "CONSULT" and venue and any(t not in venue for t in target):
        target = [t for t in target if t not in venue]  # "met Premier Li in Laos": Laos only hosts
    domestic = False
    if not target and ptype == "THREATEN":
        target = [t for t in _condition_subjects(token, comp, doc, state, patterns) if t not in source]
    if not target and p.kind == "noun" and p.type in patterns.setting("roles", {}).get("departure_types", ()):
        target = [a for a in _departures(token, doc, state) if a not in source]
    if not target and ptype in _HOSTILE:
        target = [t for t in _reporters_own(token, doc, state, patterns) if t not in source]
    pair = False
    if not target:
        target = _the_two(token, comp, source, doc, state)
        pair = bool(target)
    if not target:
        target = _between(token, comp, source, doc, state)
    if not target and joint:
        target = list(source)  # "Israel and Lebanon renewed negotiations": each acts on the other
    if not target and ptype in ("REQUEST", "PROTEST", "ACCUSE"):
        target = [a for a in _addressed_before(token, doc, state) if a not in source] or [
            a for a in _addressed_after(token, doc, state) if a not in source]
    if not target and ptype in _ARMED:
        target = [a for a in _conjoined_object(token, doc, state) if a not in source]
    if not target and not (ptype == "REJECT" and p.type != "REJECT" and not any(
            _may_be_people(o, state.get("kb")) for o in _children(token, "dobj", "dative"))):
        # (not a refusal of a thing read from a negated act: "Tbilisi would not withdraw the bill"
        # rejects whoever asked for it, not Georgia; "will not give the opposition money" is at home)
        target = _domestic_target(token, source, doc, state, patterns, p)
        domestic = bool(target)
    if (not target or domestic) and ptype in _PROMISED:
        # "told his US counterpart that Mexico would extradite more cartel leaders": a promise to
        # whom it was told, not an act at home
        told = [t for t in _addressees(token, doc, state) if t not in source]
        if told:
            target, domestic = told, False
    if ptype == "THREATEN" and p.type == "MOBILIZE" and domestic:
        # "Mexico would deploy 5,000 more troops to its northern border": a deployment at home,
        # intended, threatens no one
        ptype = "MOBILIZE"
    frame = frames.get(token.i) or frames.get(anchor.i)
    if frame is not None and ptype != "REQUEST":
        # "X said Y must do Z": X requests Z of Y (even when X and Y are of one state)
        target, source, ptype = source, frame[1], "REQUEST"
        mode = (mode or p.type.lower()).removeprefix("intent to ")
        modality = "demanded"
    return {"token": token, "type": ptype, "mode": mode, "source": source,
            "target": [t for t in target if t], "about": about, "negated": negated,
            "modality": modality, "quote": quote, "sent": token.sent, "domestic": domestic, "pair": pair,
            "refused": p.type if ptype == "REJECT" != p.type else None}


#: adjectives by which an event noun reports acts that happened ("its continued strikes")
_REALISED = frozenset({"continued", "continuing", "ongoing", "repeated", "recent", "latest", "past",
                       "previous", "renewed"})


def _realised(token: Any) -> bool:
    """An event noun owned by its agent or marked as under way ("its continued strikes on Ukrainian
    cities") reports acts that happened: the verb it hangs on ("would reward Russia for …") lends
    it no modality."""
    return any(c.dep_ == "poss" for c in token.children) and any(
        c.dep_ == "amod" and c.text.lower() in _REALISED for c in token.children)


def _participle_antecedent(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """ "…vowed to retaliate against new EU duties, calling them 'naked protectionism'": a pronoun
    object of a participle clause is what the clause it hangs on is about, so the actors named in
    that clause outside its subject and outside the participle clause."""
    objs = _evaluated_objects(token)
    if token.dep_ not in ("advcl", "conj", "xcomp") or not objs or objs[0].pos_ != "PRON" \
            or objs[0].text.lower() not in ("them", "it", "this", "these"):
        return []
    head = token.head
    skip = {t.i for t in token.subtree}
    for c in head.children:
        if c.dep_ in SUBJ:
            skip |= {t.i for t in c.subtree}
    return _actors_in({t.i for t in head.subtree if t.i not in skip and t.i > head.i}, doc, state.get("actors"))


def _adjective_states(token: Any, state: dict[str, Any]) -> list[str]:
    """States named by adjectives of a nominal trigger ("Palestinian riots", "Russian air strikes").

    The actor stage takes a state adjective as an actor only before an agent noun ("Israeli troops");
    before an event noun the adjective names the event's agent (PETRARCH codes it likewise).
    """
    kb = state.get("kb")
    if kb is None or not hasattr(kb, "country_of_adjective"):
        return []
    out = []
    for c in token.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i and c.text[:1].isupper():
            code = kb.country_of_adjective(c.text)
            if code and code not in out:
                out.append(code)
    return out


def _departures(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """Where a withdrawal leaves from: 'from X' anywhere in the noun's phrase ("the withdrawal of some
    forces from Panama")."""
    out: list[str] = []
    for t in token.subtree:
        if t.dep_ == "prep" and t.text.lower() == "from":
            for pobj in _children(t, "pobj"):
                out += _actors_in(_phrase_tokens(pobj), doc, state.get("actors"))
    return list(dict.fromkeys(out))


def _raw_ids(tokens: set[int], doc: Any, actors: Any) -> set[str]:
    """Actor ids (people and bodies as themselves, not their states) mentioned on the given tokens."""
    if not tokens or actors is None:
        return set()
    start, last = doc[min(tokens)].idx, doc[max(tokens)]
    return {m.actor for m in actors.at(start, last.idx + len(last.text)) if m.token_start in tokens}


def _same_state_targets(token: Any, comp: Any | None, passive_subj: Any | None, source: list[str], anchor: Any,
                        doc: Any, state: dict[str, Any], patterns: Patterns) -> set[str]:
    """States of named targets that are other actors of the source's own state.

    "Opposition groups in Zimbabwe demanded that President Mugabe abandon ...": Mugabe is another actor
    than the opposition groups, so ZWE -> ZWE is kept (the domestic coding convention), while "Russia
    ... in talks with Russia" names the source itself and is no target.
    """
    actors = state.get("actors")
    if actors is None:
        return set()
    subj, _ = _subject(anchor)
    own = _raw_ids(_phrase_tokens(subj), doc, actors) if subj is not None else set()
    roles = patterns.setting("roles", {})
    phrases = [o for o in _children(token, *roles.get("target_deps", ("dobj",)))]
    phrases += _prep_objects(token, roles.get("target_preps", ()))
    if passive_subj is not None:
        phrases.append(passive_subj)
    if comp is not None:
        phrases += _children(comp, "nsubj", "nsubjpass")
    kept: set[str] = set()
    for phrase in phrases:
        for raw in _raw_ids(_phrase_tokens(phrase), doc, actors) - own:
            st = _state(actors, raw)
            if raw != st and st in source and not own & {raw}:
                kept.add(st)
    return kept if own else set()


def _addressed(token: Any, p: Pattern, target: list[str], about: list[str], source: list[str], doc: Any,
               state: dict[str, Any]) -> tuple[list[str], list[str]]:
    """'complained to the UN over Israeli raids': whom one turns to is no target when the complaint
    names its object; the object's actors are the target and the addressee becomes ``about``."""
    actors = state.get("actors")
    addressed = [a for pobj in _prep_objects(token, p.addressee) for a in _actors_in(_phrase_tokens(pobj), doc,
                                                                                      actors)]
    others = [a for a in about if a not in source and a not in addressed]
    if not addressed or not others:
        return target, about
    return others, [a for a in dict.fromkeys(addressed + about) if a not in others]


def _condition_subjects(token: Any, comp: Any | None, doc: Any, state: dict[str, Any], patterns: Patterns
                        ) -> list[str]:
    """The actors a conditional threat is aimed at: the subject of its 'if'/'unless' clause.

    "Russia threatened to stop negotiations if the United States goes ahead": the United States.
    """
    markers = set(patterns.setting("assertion", {}).get("hypothetical_markers", ())) - {"whether"}
    out: list[str] = []
    for head in [t for t in (token, comp) if t is not None]:
        for clause in _children(head, "advcl"):
            if any(m.dep_ == "mark" and m.text.lower() in markers for m in clause.children):
                for subj in _children(clause, "nsubj", "nsubjpass"):
                    out += _actors_in(_phrase_tokens(subj), doc, state.get("actors"))
    return list(dict.fromkeys(out))


#: judgements of what others do: their definite object ("welcomed the talks") is someone else's act
_JUDGING_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})

#: acts of giving way: refusing one refuses a demand, not a proposal
_YIELDING = frozenset({"RETREAT", "CONCEDE"})


def _reciprocal(token: Any, comp: Any | None, source: list[str], patterns: Patterns,
                ptype: str | None = None) -> bool:
    """Whether two or more source actors act on one another ("X and Y signed a treaty", "held talks").

    Needs two states among the source and a trigger (or complement, or object) of the reciprocal
    lexicon: PLOVER codes such joint acts in both directions. Those who host, mediate or sponsor
    talks (``reciprocal.hosts``) do not talk to one another. A judgement of an act named before is
    no joint act of its sources ("Russia and China welcomed the talks" are not talks between them).
    """
    if len({a for a in source if not a.startswith(("person:", "org:"))}) < 2:
        return False  # two states at least (a person or body without a state may be a misread name)
    cfg = patterns.setting("reciprocal", {})
    hosts = set(cfg.get("hosts", ()))
    if _lemma(token) in hosts or token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass") \
            and _lemma(token.head) in hosts:
        return False  # "Saudi Arabia and the United States, which co-host the talks": not talks between them
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and _definite(token):
        return False  # "the United States and China, which had both sent envoys to the talks": others' talks
    words = set(cfg.get("lemmas", ()))
    heads = [t for t in (token, comp) if t is not None]
    if any(_lemma_in(t, words) for t in heads) or _each_other(token):
        return True
    objects = set(cfg.get("objects", ()))
    # backing or rejecting talks is a view of them, not talks among those who hold it ("France and
    # Britain backed direct talks" with Iran)
    if _lemma(token) in _VIEWS:
        return False
    return any(_lemma_in(o, objects) and not (ptype in _JUDGING_TYPES and _definite(o))
               for t in heads for o in _objects(t))


def _conjoined_object(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """The actors the object of the act before an armed act names, when the armed act has no target
    of its own and is its conjunct: "Thai soldiers entered Cambodian territory and opened fire"
    (Cambodia, not Thailand at home)."""
    if token.dep_ != "conj" or token.head.i == token.i or not _is_verb(token.head):
        return []
    return _actors_of(_children(token.head, "dobj") + _prep_objects(token.head, ("into", "in", "on")), doc, state)


def _actors_of(phrases: list[Any], doc: Any, state: dict[str, Any]) -> list[str]:
    """The actors the given noun phrases name."""
    return _actors_in(set().union(*(_phrase_tokens(o) for o in phrases)), doc, state.get("actors"))


def _each_other(token: Any) -> bool:
    """True for an act whose object is "each other" or "one another" ("accused each other of …",
    "blamed one another"): its subjects act on one another, whatever the verb."""
    for o in _children(token, "dobj") + _prep_objects(token, ("on", "at", "against", "with", "to")):
        if o.text.lower() == "other" and any(c.text.lower() == "each" for c in o.children) \
                or o.text.lower() == "another" and any(c.text.lower() == "one" for c in o.children):
            return True
    return False


#: verbs that say what one thinks of an act, never that one does it with the others ("upgraded their
#: ties" and "failed to reach agreement" are joint acts, "backed talks" is not)
_VIEWS = frozenset({"back", "support", "welcome", "endorse", "favour", "favor", "oppose", "reject", "criticise",
                    "criticize", "praise", "applaud", "condemn", "dismiss", "hail"})


def _definite(noun: Any) -> bool:
    """A noun that refers back ("the talks", "these negotiations"), not a new act ("reach
    agreement", "upgraded their ties")."""
    return any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that", "these", "those")
               for c in noun.children)


def _proposer(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns) -> list[str]:
    """The reporter of an irrealis clause whose own subject is no actor: the proposal is the speaker's.

    "Macron said it would be useful for Europe to resume dialogue with Putin": what Europe should do
    is what Macron proposes, so Macron (France) is the source (the reporting layer of the quote).
    """
    modality, negated = _modality_negation(token, patterns)
    if modality is None or negated:
        return []
    reporter = _reporter(token, patterns)
    if reporter is None:
        return []
    return _actors_in(_phrase_tokens(reporter), doc, state.get("actors"))


def _has_act_complement(token: Any, triggers: dict[int, Pattern]) -> bool:
    """Whether a predicate ("ready", "willing") governs a coded act ("ready for talks", "to meet")."""
    anchor = token.head if token.dep_ == "acomp" else token
    return any(t.i in triggers and t.i != token.i for t in token.subtree) or any(
        c.i in triggers for c in anchor.children if c.dep_ in ("xcomp", "prep"))


def _evaluation(token: Any, doc: Any, state: dict[str, Any], patterns: Patterns
                ) -> tuple[str, list[str], list[str], str | None] | None | tuple[()]:
    """'called the idea "premature"', 'described X's desire as a ploy': an evaluation of an object.

    Returns None when the token is no naming verb with an object and a complement; ``()`` when the
    evaluation is not negative (no event); else (type, target, about, mode): REJECT when the object
    is a proposal (its author is the target), ACCUSE otherwise.
    """
    cfg = patterns.setting("as_phrases", {})
    if not _is_verb(token) or _lemma(token) not in cfg.get("verbs", ()):
        return None
    objs = _evaluated_objects(token)
    complements = _evaluative_complements(token)
    if not complements:
        return None
    # (not an alternative the complement sets aside: "saw India as a partner, not a rival")
    denied = {t.i for c in complements for x in c.children if x.dep_ in ("conj", "appos")
              and (any(g.dep_ == "neg" for g in x.children) or x.left_edge.i > 0
                   and x.doc[x.left_edge.i - 1].text.lower() in ("not", "never"))
              for t in [*x.subtree, *(x.doc[x.left_edge.i - 1:x.left_edge.i])]}
    kept = [t for c in complements for t in c.subtree if t.i not in denied]
    words = {_lemma(t) for t in kept} | {t.text.lower() for t in kept}
    # (dismissing or denouncing something as anything is against it: "dismissed the claim as a
    # pretext for war")
    negative = bool(words & set(cfg.get("pejoratives", ()))) or _lemma(token) in cfg.get("negative_verbs", ()) \
        or any(t.dep_ == "neg" or t.text.lower() in ("not", "never", "no") for t in kept)
    if not negative:
        return ()
    obj = objs[0]
    if token.dep_ == "ccomp" and _free_relative(token):
        return None     # "rejected what he described as provocations": the naming serves "rejected" (_named_as)
    said = {t.i for c in complements for t in c.subtree}   # "as 'a gift to Putin'" names no author
    target, about, mode = _speech_object_roles(obj, doc, state.get("actors"), patterns, skip=said)
    if not target:
        # but the author the naming gives: "called the incursions “a hybrid attack” organised by
        # Minsk" (the agent of a participle inside the complement)
        target = [a for c in complements for t in c.subtree if t.dep_ == "agent"
                  for g in _children(t, "pobj") for a in _actors_in(_phrase_tokens(g), doc, state.get("actors"))]
    # a proposal is rejected, and an accusation dismissed ("dismissed the allegations as baseless";
    # "called the claims preposterous" accuses their authors)
    kind = patterns.setting("speech_objects", {}).get("nouns", {}).get(_lemma(obj))
    proposal = _lemma(obj) in cfg.get("proposal_nouns", ()) or kind in _PROPOSED \
        or kind == "accusation" and _lemma(token) in cfg.get("rejecting_verbs", ())
    ptype = cfg.get("type_for_proposal", "REJECT") if proposal else cfg.get("type_otherwise", "ACCUSE")
    return ptype, target, about, mode or ("disapprove" if ptype == "ACCUSE" else None)


def _warning(token: Any, p: Pattern, source: list[str], doc: Any, state: dict[str, Any], patterns: Patterns,
             triggers: dict[int, Pattern], quote: str | None) -> dict[str, Any] | None:
    """'warn': a threat when the warner announces its own act ("warned it would impose sanctions"),
    an accusation when another actor is said to act ("warned that Russia would use talks to buy
    time"), nothing when no actor is the subject of the warning ("warned that a tariff fight would")."""
    actors = state.get("actors")
    target = [a for o in _children(token, "dobj") for a in _actors_in(_phrase_tokens(o), doc, actors)]
    for comp in _children(token, "ccomp", "xcomp"):
        subj = _children(comp, "nsubj", "nsubjpass")
        # the subject itself, not what it is about ("a tariff fight with Beijing" is not Beijing)
        who = _actors_in(_phrase_tokens(subj[0]) - {t.i for c in subj[0].children if c.dep_ == "prep"
                                                        and c.text.lower() != "of" for t in c.subtree},
                         doc, actors) if subj else []
        pronoun = bool(subj) and subj[0].text.lower() in set(patterns.setting("pronouns", ()))
        if comp.dep_ == "xcomp" or (who and set(who) <= set(source)) or (pronoun and not who):
            if comp.i in triggers and _threat(comp, triggers[comp.i], patterns):
                t2, a2, m2 = _targets(comp, doc, state, patterns, None)
                return {"token": token, "type": "THREATEN", "mode": triggers[comp.i].mode or m2,
                        "source": source, "target": [t for t in target + t2 if t not in source], "about": a2,
                        "negated": False, "modality": "threatened", "quote": quote, "sent": token.sent}
            if comp.dep_ == "xcomp" and _children(token, "dobj") and _negated(comp, patterns):
                # "warned both countries not to let outside forces exploit their disputes": an
                # admonition to those warned, a demand as "urged them not to" is
                aimed = [t for t in target if t not in source] or _the_two(token, comp, source, doc, state)
                if aimed:
                    return {"token": token, "type": "REQUEST", "mode": None, "source": source,
                            "target": aimed, "about": [], "negated": False, "modality": None,
                            "quote": quote, "sent": token.sent}
            if comp.i not in triggers and _announced_on_condition(comp):
                # "warned Ethiopia that it would not stand idly by if the filling reduced the flow":
                # the warner's own answer, set on a condition, is a threat to whom it warned
                aimed = [t for t in target + _condition_subjects(token, comp, doc, state, patterns)
                         if t not in source]
                if aimed:
                    return {"token": token, "type": "THREATEN", "mode": "retaliate", "source": source,
                            "target": list(dict.fromkeys(aimed)), "about": [], "negated": False,
                            "modality": "threatened", "quote": quote, "sent": token.sent}
            return None
        if who and _answered(comp):
            # "warned that any Israeli escalation would be met with a painful response": the
            # warner's own answer to another's act, a threat
            return {"token": token, "type": "THREATEN", "mode": "retaliate", "source": source,
                    "target": [t for t in who if t not in source], "about": [], "negated": False,
                    "modality": "threatened", "quote": quote, "sent": token.sent}
        if who:
            return {"token": token, "type": "ACCUSE", "mode": "allege", "source": source,
                    "target": [t for t in who if t not in source], "about": [], "negated": False,
                    "modality": None, "quote": quote, "sent": token.sent}
    target = [t for t in target if t not in source]
    if not target:
        return None
    return {"token": token, "type": p.type, "mode": p.mode, "source": source, "target": target,
            "about": [], "negated": False, "modality": None, "quote": quote, "sent": token.sent}


def _announced_on_condition(clause: Any) -> bool:
    """True for an act the speaker says it will or would do if something happens: a "will"/"would"
    clause with an "if" or "unless" clause of its own ("it would not stand idly by if …")."""
    return any(c.tag_ == "MD" and c.text.lower() in ("will", "would", "'ll", "'d") for c in clause.children) \
        and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless")
                for a in _children(clause, "advcl") for m in a.children)


#: what an act "will be met with" when the one warning will answer it
_ANSWERS = frozenset({"response", "retaliation", "force", "reply", "reaction", "consequence", "consequences",
                      "punishment", "countermeasure", "countermeasures"})


def _answered(clause: Any) -> bool:
    """True for "… would be met with a painful response", "will be met with force": a passive
    "meet" whose "with" object is an answer, in the future or conditional."""
    return _lemma(clause) == "meet" and bool(_children(clause, "auxpass")) and any(
        c.tag_ == "MD" for c in clause.children) and any(_lemma(o) in _ANSWERS for o in _prep_objects(clause, ("with",)))


def _threat(verb: Any, p: Pattern, patterns: Patterns) -> bool:
    """The warner's own announced act is a threat: a hostile act (sanctions, force), a veto
    ("warned that it would veto Sweden's participation"), or any act set on a condition ("unless
    Stockholm cracked down")."""
    intent = patterns.setting("intent_map", {})
    return p.type in intent.get("THREATEN", ()) or p.type == "REJECT" and p.mode == "veto" \
        or _conditional(verb, patterns)


#: acts addressed to someone, whose addressee a request joined to them asks too
_ADDRESSING = frozenset({"thank", "meet", "tell", "receive", "host", "brief", "address", "visit", "call", "phone",
                         "welcome", "greet", "inform", "write", "praise", "congratulate", "summon"})


def _addressed_before(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """Whom a request or protest with no addressee of its own is addressed to, when it is a
    conjunct or the purpose of an act on someone: "thanked the council and asked for more
    helicopters" (the council), "summoned a Japanese diplomat to protest against …" (Japan)."""
    # (the parser may read the purpose as the object's own act: "summoned India's chargé
    # d'affaires to lodge a strong protest", an xcomp)
    if token.dep_ not in ("conj", "advcl", "xcomp") or _lemma(token.head) not in _ADDRESSING \
            or _children(token, "nsubj", "nsubjpass") or token.dep_ in ("advcl", "xcomp") and not to_infinitive(token):
        return []
    return _actors_of(_children(token.head, "dobj"), doc, state)


def _addressed_after(token: Any, doc: Any, state: dict[str, Any]) -> list[str]:
    """Whom a protest or demand with no addressee of its own is made to, when the act joined to it
    turns to someone: "lodged a diplomatic protest and summoned China's deputy ambassador"."""
    return _actors_of([o for c in _children(token, "conj") if _lemma(c) in _ADDRESSING
                       and not _children(c, "nsubj", "nsubjpass") for o in _children(c, "dobj")], doc, state)


def _conditional(verb: Any, patterns: Patterns) -> bool:
    """An act set on a condition that makes it a threat ("… unless Stockholm cracked down")."""
    markers = set(patterns.setting("intent_map", {}).get("conditional_threat_markers", ()))
    return any(m.text.lower() in markers for c in verb.children if c.dep_ == "advcl"
               for m in c.children if m.dep_ == "mark")


#: object pronouns that point back to a named actor: an act on them is no act at home
_ANAPHORS = frozenset({"it", "them", "this", "that", "these", "those"})


def _state_itself(token: Any, doc: Any, state: dict[str, Any]) -> bool:
    """True when the subject of ``token`` is a state named as such (its name or capital: "Ottawa
    protested"), not a group of its people ("students protested")."""
    subj = _subject(token)[0]
    actors = state.get("actors")
    if subj is None or actors is None or subj.pos_ != "PROPN":
        return False
    m = actors.covering(subj.idx, subj.idx + len(subj.text))
    return m is not None and getattr(actors.get(m.actor), "type", None) == "state"


#: a conflict as an act's object, which names no side of it
_WARS = frozenset({"war", "battle", "conflict", "fight", "campaign"})


def _domestic_target(token: Any, source: list[str], doc: Any, state: dict[str, Any], patterns: Patterns,
                     p: Pattern) -> list[str]:
    """An unnamed target inside one country is that country (CAMEO/PLOVER coding convention).

    Applies when the trigger has an object or prepositional target that names no actor ("arrested
    opposition leaders", "deported 168 people") or is an act aimed at one's own rulers (PROTEST):
    the target is the place of the act ("in Serbia"), else the source's own state.
    """
    cfg = patterns.setting("domestic_target", {})
    if not cfg.get("enabled", False):
        return []
    roles = patterns.setting("roles", {})
    # a time is no object: "denounced the move on Saturday" has one, the move
    objects = [o for o in _children(token, *roles.get("target_deps", ("dobj",)))
               + _prep_objects(token, roles.get("target_preps", ())) if not _dated(o)
               and not (o.dep_ == "dobj" and _lemma(o) in p.obj and _lemma(o) in _IDIOM_OBJECTS)]
    if not objects and p.type not in cfg.get("implicit_types", ()):
        return []
    if not objects and _state_itself(token, doc, state):
        return []   # "Ottawa protested within hours": a government's protest is aimed abroad, at
        #             whom the sentence does not say, not at itself
    if p.type not in cfg.get("types", (p.type,)):
        return []  # rejecting or welcoming "the plan" is aimed at its author, not at home
    actors = state.get("actors")
    if any(o.text.lower() in _ANAPHORS or _lemma(o) in _SIDES or _lemma(o) in ("party", "parties") and any(
            c.text.lower() in ("all", "both", "either", "each") for c in o.children)
            or any(c.text.lower() in ("other", "fellow") for c in o.children) for o in objects):
        return []  # "not to offer it a seat", "urged both sides", "the other member states": not home
    if objects and all(o.text.lower() in _ANYONE or any(c.dep_ == "det" and c.text.lower() in ("any", "no", "every")
                                                         for c in o.children) for o in objects):
        return []  # "will not allow any hostile force to …", "no intention of invading anyone": no one named
    if objects and all(any(_says_abroad(c) for c in o.children) for o in objects) \
            or any(_lemma(o) in _ABROAD for o in objects):
        return []  # "called on the international community", "foreign investors", "give the world …": not at home
    if any(o.dep_ == "dobj" and _lemma(o) in _WARS for o in objects):
        return []  # "could not fight a war on promises": a war against no one named is no act at home
    if objects and (referent := _anaphoric_object(token, patterns)[0]) is not None \
            and any(o.i == referent.i for o in objects):
        return []  # "denounced the move": an earlier act's, whose authors resolve_referents finds
    things = [o for o in objects if not (o.dep_ == "pobj" and o.head.text.lower() in _WHEN_WHERE)]
    if p.type not in _SPOKEN_TO and things and all(_lemma(_antecedent(o)) in _PACTS for o in things):
        return []  # "the 1960 treaty, which New Delhi suspended": a pact binds others, not home
        #            (but "demanded a truce with Moslem forces" asks someone at home)
    kb = state.get("kb")
    if p.type not in _SPOKEN_TO and any(_owned(o) for o in objects) \
            and not any(_may_be_people(o, kb) for o in objects):
        # "suspended its part in the treaty", "surrendered our waters": one's own things (a demand
        # is read below: "its demands that the government grant …" asks the government)
        return []
    own = [a for o in objects for a in _actors_in(_phrase_tokens(o), doc, actors) if a in source
           and _has_home(a, actors)]
    if own:
        return own[:1]  # "Turkey will allow Turkish Kurd refugees to return": the object names the state
    if p.type in _SPOKEN_TO and objects:
        # "Paris would keep pressing the case": a demand of no one at home; "its demands that the
        # government grant …" asks the clause's subject
        # (not "it", the asker itself or a thing: "demanding guarantees that it would not be left
        # without gas")
        asked = objects + [sj for o in objects for c in o.children if c.dep_ in ("acl", "ccomp")
                           for sj in _children(c, "nsubj", "nsubjpass") if sj.text.lower() != "it"]
        if not any(_may_be_people(o, state.get("kb")) for o in asked):
            return []
    for pobj in _places(token, cfg.get("place_preps", ("in",)), set(patterns.setting("reporting_verbs", ()))):
        place = _actors_in(_phrase_tokens(pobj), doc, actors)
        if place:
            return place[:1]
    if p.type == "ASSAULT" and objects and all(_lemma(o) in _MOVING_TARGETS for o in objects):
        return []  # "an Israeli drone struck a car near the town of Bint Jbeil", "struck at least
        #            three targets": a vehicle or a target in no named country is not at home
        #            (a camp or villages shelled are: the CAMEO convention)
    if p.type in _ARMED and any(o.dep_ == "dobj" and _lemma(o) in _WEAPONS for o in objects) \
            and all(_lemma(o) in _WEAPONS or _lemma(o) in _TOWNS for o in objects):
        return []  # "Russia launched 38 drones and six ballistic missiles at the city": weapons fired
        #            at a town the sentence does not name are aimed abroad, not at home (but "fired
        #            tear gas at protesters" is at home)
    if p.type in _ARMED and objects and all(_lemma(o) in _WEAPONS | _FORCES | _OPEN_SPACES | _DISTANCES
                                            for o in objects):
        return []  # "fired a ballistic missile into the sea", "would send a frigate and 200 soldiers":
        #            the weapon, one's own forces, or the open sea it falls in, is no one at home
    if p.type in _SENDING and any(_lemma(o) in _FORCES | _SENT for o in objects) \
            and all(_lemma(o) in _FORCES | _SENT or o.dep_ == "pobj" and o.head.text.lower() in _WHITHER
                    for o in objects):
        return []  # "has deployed about 1,000 police officers", "offered 200 officers for the mission",
        #            "withdrew its troops from the border": the people one sends, offers or pulls
        #            back are one's means, and where they go no one at home
    if objects and all(_lemma(o) in _GOODS for o in objects):
        return []  # "China's actions threaten regional peace": a common good is no one at home
    if objects and all(_lemma(o) in _TRADE_MEASURES for o in objects):
        return []  # "joined calls to lift the embargo", "imposed similar bans": aimed abroad, not home
    if objects and all(_lemma(o) in ("veto", "vetoes") for o in objects):
        return []  # "has threatened similar vetoes": of others' proposals, not an act at home
    if objects and all(_lemma(o) in _HELP for o in objects):
        return []  # "said it was suspending budget support": help goes to others, not home
    if objects and all(_lemma(o) in _GROUPINGS for o in objects):
        return []  # "will join the coalition against Iran": a grouping of states abroad
    states = [a for a in source if _has_home(a, actors) and (actors is None or len(a) == 3 or actors.state_of(a) == a)]
    return states[:1]


#: help given to others: suspending or cutting it is aimed abroad, at whom it was for
_HELP = frozenset({"support", "aid", "assistance", "cooperation", "funding", "financing", "loan", "loans",
                   "programme", "program", "grant", "grants"})

#: objects that are part of a verb's idiom, not whom it is done to ("take part")
_IDIOM_OBJECTS = frozenset({"part"})

#: pronouns of anyone at all
_ANYONE = frozenset({"anyone", "anybody", "nobody", "everyone", "everybody", "someone", "somebody"})

#: modifiers of a group that is not at home: "the international community", "foreign investors"
_ABROAD = frozenset({"international", "global", "world", "foreign", "overseas", "multinational",
                     # others abroad, named by what they are to the actor or where they are: "urged his
                     # counterparts", "called on Europe", "urged allies"
                     "counterpart", "ally", "allied", "partner", "neighbour", "neighbor", "europe", "asia", "africa",
                     "america", "americas",
                     # "blamed the West", "Western governments": no one at home, whoever speaks
                     "west", "western", "westerner",
                     # peoples of a region: "called on the Europeans to drop their threats"
                     "european", "europeans", "asian", "asians", "african", "africans", "arab", "arabs"})


def _says_abroad(modifier: Any) -> bool:
    """An adjective that puts its noun abroad: "foreign investors", "Western governments", and the
    first word of a hyphenated one ("foreign-funded groups")."""
    return modifier.dep_ == "amod" and (modifier.text.lower() in _ABROAD or any(
        g.dep_ == "npadvmod" and g.text.lower() in _ABROAD for g in modifier.children))


def _has_home(actor_id: str, actors: Any) -> bool:
    """True for a state or bloc, which can be the home target of its own act; never a person or body
    of no state ("«We will not accept any scheme …», a lawyer, Lim Jae-sung, told reporters": nobody
    at home)."""
    return actors is None or len(actor_id) == 3 or getattr(actors.get(actor_id), "type", "state") in ("state", "bloc")


#: kinds of authored objects one rejects rather than accuses ("called the plan premature")
_PROPOSED = frozenset({"proposal", "request", "mediation"})

#: armed acts whose object may be the weapon rather than its target
_ARMED = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
#: what an attack hits that says nothing of where: vehicles, and "targets"
_MOVING_TARGETS = frozenset({"car", "vehicle", "truck", "lorry", "van", "bus", "motorcycle", "motorbike", "boat",
                             "ship", "vessel", "tanker", "convoy", "target"})
#: places a strike is aimed at, named by their kind
_TOWNS = _TOWN_ANAPHORS | {"region", "area", "district", "province", "suburb", "outskirts"}

_WEAPONS = frozenset({"missile", "rocket", "shell", "shot", "round", "drone", "torpedo", "warhead",
                      "projectile", "salvo", "volley", "grenade", "mortar", "munition", "cannon", "bullet",
                      "flare", "artillery"})

#: how far away something was done ("fired water cannon at close range"): no one it is done to
_DISTANCES = frozenset({"range", "distance"})

#: one's own forces, sent or moved ("send a frigate and 200 soldiers"): not whom the act aims at
_FORCES = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "frigate", "warship", "ship",
                     "destroyer", "submarine", "jet", "aircraft", "tank", "unit", "contingent", "battalion",
                     "brigade", "division", "carrier", "personnel"})

#: acts whose object is what one sends, offers, gives or pulls back ("deployed officers", "offered
#: monitors", "withdrew its troops")
_SENDING = frozenset({"MOBILIZE", "AGREE", "AID", "RETREAT"})

#: prepositions of where forces go or come from ("to the border", "from the front")
_WHITHER = frozenset({"to", "from", "into", "toward", "towards", "for", "near", "along"})

#: people sent on a mission besides soldiers: police, monitors, experts ("offered 200 officers")
_SENT = frozenset({"officer", "police", "policeman", "policemen", "policewoman", "gendarme", "peacekeeper",
                   "monitor", "observer", "guard", "trainer", "instructor", "adviser", "advisor", "expert",
                   "medic", "doctor", "engineer", "volunteer", "reservist", "marine", "sailor", "pilot",
                   # and what they are sent for ("offered 200 officers for the mission")
                   "mission", "operation", "deployment"})

#: open waters and skies a weapon is fired into or over ("fired a missile into the sea"): no one's home
_OPEN_SPACES = frozenset({"sea", "ocean", "waters", "water", "sky", "skies", "air", "space", "orbit"})

#: common goods an act may threaten or serve without aiming at anyone ("threaten regional peace")
_GOODS = frozenset({"peace", "stability", "security", "order", "democracy", "freedom", "prosperity",
                    "unity", "progress", "growth", "calm", "balance", "harmony", "future"})

#: measures one state takes against another's goods or economy: lifting or imposing one is no act
#: on anyone at home
_TRADE_MEASURES = frozenset({"embargo", "sanction", "sanctions", "tariff", "tariffs", "duty", "duties",
                             "blockade", "ban", "bans", "quota", "quotas", "levy", "levies"})

#: names of days and months, which date an act rather than name its object ("on Saturday")
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"})


def _dated(token: Any) -> bool:
    """True for a time as an act's object: a DATE/TIME entity, a day or month name, or "the past" /
    "the future" after a preposition ("has threatened vetoes in the past")."""
    return token.ent_type_ in ("DATE", "TIME") or token.text.lower() in _CALENDAR and token.pos_ == "PROPN" \
        or token.dep_ == "pobj" and token.text.lower() in ("past", "future") \
        and any(c.dep_ == "det" and c.text.lower() == "the" for c in token.children)


#: prepositions of an act's time or place, whose objects are not what it is aimed at
_WHEN_WHERE = frozenset({"in", "at", "on", "during", "since", "until", "before", "after"})

#: agreements between parties: suspending or leaving one is aimed at the other parties, not at home
_PACTS = frozenset({"treaty", "agreement", "accord", "pact", "deal", "convention", "protocol", "compact",
                    "arrangement", "partnership", "alliance", "truce", "ceasefire", "cease-fire"})


def _antecedent(token: Any) -> Any:
    """The noun a relative pronoun stands for ("the treaty, which …" -> treaty), else the token."""
    if token.text.lower() in ("which", "that", "who", "whom") and token.head.dep_ == "relcl" \
            and token.head.head.i != token.head.i:
        return token.head.head
    return token


#: the parties to a dispute named before ("urged both sides to show restraint")
_SIDES = frozenset({"side", "sides"})

#: how many parties "both sides", "the two neighbours", "the three countries" name
_PARTY_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}

#: nouns by which parties named before are referred to together ("the two neighbours")
_PAIR_NOUNS = frozenset({"side", "sides", "neighbour", "neighbours", "neighbor", "neighbors", "ally", "allies",
                         "country", "countries", "nation", "nations", "party", "parties",
                         "government", "governments", "capital", "capitals"})


def _between(token: Any, comp: Any | None, source: list[str], doc: Any, state: dict[str, Any]
             ) -> list[str]:
    """The parties named after "between" in the act's object: "offered to host a new round of talks
    between Iran and the United States" is aimed at Iran and the United States (not, for want of a
    named target, at the host's own state)."""
    actors = state.get("actors")
    if actors is None:
        return []
    heads = [token, *([comp] if comp is not None else []),
             *(c for c in token.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and to_infinitive(c))]
    objects = [o for h in heads for o in _children(h, "dobj")] + \
        [o for h in heads for o in _prep_objects(h, ("for", "on", "in"))] + \
        [p for h in heads for p in h.children if p.dep_ == "prep" and p.text.lower() == "between"]
    found: list[str] = []
    for o in objects:
        for t in o.subtree:
            if t.dep_ == "prep" and t.text.lower() == "between":
                # (not a clause or apposition hung on the parties: "between their coast guards in the
                # South China Sea, a move that drew a rebuke from Beijing")
                aside = {g.i for x in t.subtree if x.dep_ in ("relcl", "acl", "appos") for g in x.subtree}
                # (nor where the parties meet: "talks between teams from both countries in Djibouti")
                aside |= {g.i for x in t.subtree if x.dep_ == "prep" and x.text.lower() in ("in", "at")
                          and x.head.pos_ == "NOUN" for g in x.subtree}
                for a in _actors_in({g.i for g in t.subtree if g.i != t.i} - aside, doc, actors):
                    if a not in source and a not in found:
                        found.append(a)
    return found


def _the_two(token: Any, comp: Any | None, source: list[str], doc: Any, state: dict[str, Any]
             ) -> list[str]:
    """"Lula urged the two neighbours to settle", "urged both sides to return to talks": the two
    states named last before the act, other than its source's, not named as a place ("in New
    York") nor inside the source's own phrase."""
    actors = state.get("actors")
    if actors is None:
        return []
    phrases = _children(token, "dobj") + _prep_objects(token, ("on", "upon", "to", "with", "from")) + \
        [o for d in _children(token, "dobj") for o in _prep_objects(d, ("from", "in"))] + \
        (_children(comp, "nsubj") if comp is not None else [])
    counts = [_PARTY_COUNTS[c.text.lower()] for o in phrases if _lemma(o) in _PAIR_NOUNS
              for c in o.children if c.text.lower() in _PARTY_COUNTS]
    if not counts:
        return []
    wanted = counts[0]
    # the last list of that many ("Spain, Ireland and Norway recognised … recalling its ambassadors
    # from the three capitals"), when it is not the source's own
    listed = next((g for o in phrases if _lemma(o) in _PAIR_NOUNS
                   and (g := counted_group(actors, o, others_than=source))), [])
    listed = list(dict.fromkeys(_state(actors, a) for a in listed))
    if len(listed) == wanted:
        return listed
    found: list[str] = []
    subj = _subject(token)[0]
    own = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)) if subj is not None else (0, 0)
    for m in reversed(actors.at(0, token.idx)):
        st = actors.state_of(m.actor)
        if own[0] <= m.start < own[1]:
            continue    # "China, a close partner of Pakistan, called on the two sides": the source's own words
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and named_as_place(span.root):
            continue    # "told reporters in New York": a place, not a party
        kind = getattr(actors.get(st), "type", None) if st is not None else None
        if st is not None and st not in source and st not in found and (kind == "state" or kind is None and len(st) == 3):
            found.append(st)
            if len(found) == wanted:
                return found[::-1]
    if wanted > 2:
        return []   # "the three countries" with fewer named: not these
    # one state named before: both sides are within it, a government and its armed opponents
    # ("Colombia suspended talks with the ELN … urged both sides to return to the table")
    return found


#: acts aimed at someone (demands, accusations, acceptance): a thing as their object names no target
#: at home ("pressing the case", "would not accept lectures")
_SPOKEN_TO = frozenset({"REQUEST", "ACCUSE", "AGREE"})


_THING_PRONOUNS = frozenset({"nothing", "something", "anything", "everything", "what", "which"})

#: pronouns of no thing or no one, whose clause is done by nobody ("nothing to offer")
_NO_THING = frozenset({"nothing", "anything", "nobody", "anybody", "anyone", "none"})

#: possessive determiners: what they own is the owner's, not someone at home
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my", "your"})


def _owned(token: Any) -> bool:
    """An object owned by the one named before ("its part", "our fishing waters"), also as a part
    of it ("a single square inch of its territory")."""
    parts = [token] + [g for c in token.children if c.dep_ == "prep" and c.text.lower() == "of"
                       for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "poss" and c.text.lower() in _POSSESSIVES for t in parts for c in t.children)


#: words for a share of what their "of" phrase names ("some of its curbs", "most of the troops")
_PARTITIVES = frozenset({"some", "part", "parts", "most", "all", "many", "much", "none", "one", "each",
                         "several", "any", "half", "few", "rest", "remainder", "share", "portion"})


def _may_be_people(token: Any, kb: Any = None) -> bool:
    """Whether an object can name people or a group ("opposition leaders", "168 people", "the
    army", "Kurds"), as the domestic convention needs, rather than a thing ("the case")."""
    if token.text.lower() in _THING_PRONOUNS:
        return False
    if token.text.lower() in _PARTITIVES and (whole := next(
            (g for c in token.children if c.dep_ == "prep" and c.text.lower() == "of"
             for g in c.children if g.dep_ == "pobj"), None)) is not None:
        return _may_be_people(whole, kb)    # "lifted some of its own curbs": the curbs
    if token.pos_ in ("PROPN", "PRON", "NUM") or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    rules = actor_rules()
    lemma = token.lemma_.lower()
    if any(lemma in rules[k] or token.text.lower() in rules[k]
           for k in ("agent_nouns", "group_nouns", "role_heads", "group_heads", "office_titles")):
        return True
    imported = kb.imported() if kb is not None and hasattr(kb, "imported") else None
    return imported is not None and (imported.agent(token.text.lower()) is not None
                                     or imported.agent(lemma) is not None)


def _clause_tokens(token: Any) -> set[int]:
    """The trigger's subtree without relative clauses ("refugees who have lived in Iraq" is no place)."""
    out = {token.i}
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "appos"):
            out |= _clause_tokens(child)
    return out


def _places(token: Any, preps: Iterable[str], reporting: Collection[str] = ()) -> list[Any]:
    """Where an act happens: place phrases on the trigger, then inside its clause ("killed 23 people when
    they blew themselves up in Tel Aviv"), then on the clauses it belongs to, nearest first; not
    past a verb of ``reporting`` whose clause holds the act (where it was said is no place of it)."""
    out = list(_prep_objects(token, preps))
    if token.pos_ in ("NOUN", "PROPN"):
        # a nominal trigger's place is its clause's: "remained on alert in the West Bank"
        verb = token.head.head if token.dep_ == "pobj" else token.head
        out += [o for o in _prep_objects(verb, preps) if o not in out and o.i != token.i]
    inner = [token.doc[i] for i in _clause_tokens(token) if i != token.i]
    # not a subject's own place: "… shelling a camp, as mediators in Jeddah struggled …" (where the
    # mediators are, not the shelling)
    inner = [t for t in inner if _is_verb(t) or t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("nsubj", "nsubjpass")]
    for t in sorted(inner, key=lambda t: abs(t.i - token.i)):
        out += [o for o in _prep_objects(t, preps) if o not in out]
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in ("advcl", "conj", "xcomp", "ccomp"):
            break
        if current.dep_ == "ccomp" and _lemma(current.head) in reporting:
            break   # "“… we cannot give the world the assurances”, he told reporters in Vienna": where
            #         it was said, not where the reported act happens
        current = current.head
        out += [o for o in _prep_objects(current, preps) if o not in out]
    return out


def _frame_draft(verb: Any, source: list[str], doc: Any, state: dict[str, Any], patterns: Patterns
                 ) -> dict[str, Any]:
    """REQUEST from 'X said Y must ...' where the complement's verb is no trigger of its own."""
    subj = _children(verb, "nsubj", "nsubjpass")
    target = _actors_in(_phrase_tokens(subj[0]), doc, state.get("actors")) if subj else []
    quote, _ = _quote_at(verb.idx, state)
    _, _, mode = _targets(verb, doc, state, patterns, None)
    return {"token": verb, "type": "REQUEST", "mode": mode, "source": source, "target": target,
            "about": [], "negated": False, "modality": "demanded", "quote": quote, "sent": verb.sent}
