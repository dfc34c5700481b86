"""PLOVER event rules on hand-built Docs (no model), plus marked end-to-end cases."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from faultline.errors import KnowledgeBaseError
from faultline.extract.actors import ActorIndex, ActorMention
from faultline.extract.events import find_events, import_cameo_verbs, load_patterns
from faultline.kb import default_kb
from faultline.model import Actor, Quote

STATES = {"Britain": "GBR", "France": "FRA", "Italy": "ITA", "Russia": "RUS", "Ukraine": "UKR", "Iran": "IRN",
          "Germany": "DEU", "Albania": "ALB", "US": "USA", "Israel": "ISR", "Algeria": "DZA"}
PEOPLE = {"Cooper": ("person:yvette-cooper", "GBR")}


def make_doc(rows: list[tuple], starts: tuple[int, ...] = (0,), spaces: list[bool] | None = None) -> Doc:
    """rows: (word, head index, dep, pos, lemma[, tag]); a head equal to the row's own index is the root;
    ``starts``: the rows that open a sentence; ``spaces``: after each word (by default before all but
    punctuation)."""
    words = [r[0] for r in rows]
    tags = [r[5] if len(r) > 5 else "" for r in rows] if any(len(r) > 5 for r in rows) else None
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in (".", "'s", ",") for i in range(len(words))]
    return Doc(Vocab(), words=words, spaces=spaces,
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               lemmas=[r[4] for r in rows], tags=tags, sent_starts=[i in starts for i in range(len(words))])


def index_for(doc: Doc) -> ActorIndex:
    """Actors for every token naming a state (STATES) or a person acting for one (PEOPLE)."""
    actors: dict[str, Actor] = {}
    mentions = []
    for t in doc:
        if t.text in STATES:
            aid = STATES[t.text]
            actors[aid] = Actor(id=aid, name=t.text, type="state", country=aid)
        elif t.text in PEOPLE:
            aid, country = PEOPLE[t.text]
            actors[aid] = Actor(id=aid, name=t.text, type="person", country=country)
        else:
            continue
        mentions.append(ActorMention(t.idx, t.idx + len(t.text), t.text, aid, t.i, t.i + 1))
    return ActorIndex(actors=actors, mentions=mentions)


def events_of(rows, starts=(0,), **state):
    doc = make_doc(rows, starts)
    return find_events(doc, {"actors": index_for(doc), **state})


REJECT_PROPOSAL = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("rejected", 1, "ROOT", "VERB", "reject"),
                   ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
                   ("proposal", 1, "dobj", "NOUN", "proposal"), ("to", 6, "aux", "PART", "to"),
                   ("resume", 4, "acl", "VERB", "resume"), ("talks", 6, "dobj", "NOUN", "talk"),
                   ("with", 7, "prep", "ADP", "with"), ("Russia", 8, "pobj", "PROPN", "Russia"),
                   (".", 1, "punct", "PUNCT", ".")]


def test_reject_a_proposal_to_negotiate_targets_its_author_and_is_about_the_third_party():
    (e,) = events_of(REJECT_PROPOSAL)
    assert (e.type, e.source, e.target, e.about) == ("REJECT", ("GBR",), ("FRA",), ("RUS",))
    assert e.mode == "proposal to negotiate"
    assert e.trigger == "reject" and e.id == "e1" and not e.negated


def test_a_person_acting_for_a_state_is_coded_as_the_state():
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), *REJECT_PROPOSAL[1:]]
    (e,) = events_of(rows)
    assert e.source == ("GBR",)


@pytest.mark.parametrize("rows", [
    # "They rejected the plan ." -- no actor anywhere
    [("They", 1, "nsubj", "PRON", "they"), ("rejected", 1, "ROOT", "VERB", "reject"),
     ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", ".")],
    # "The talks were rejected by voters ." -- passive, the agent is no political actor
    [("The", 1, "det", "DET", "the"), ("talks", 3, "nsubjpass", "NOUN", "talk"),
     ("were", 3, "auxpass", "AUX", "be"), ("rejected", 3, "ROOT", "VERB", "reject"),
     ("by", 3, "agent", "ADP", "by"), ("voters", 4, "pobj", "NOUN", "voter"), (".", 3, "punct", "PUNCT", ".")],
])
def test_no_event_without_a_political_actor(rows):
    assert events_of(rows) == ()


def test_does_not_rule_out_contact_is_an_intent_to_meet():
    rows = [("Russia", 3, "nsubj", "PROPN", "Russia"), ("does", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"), ("rule", 3, "ROOT", "VERB", "rule"),
            ("out", 3, "prt", "ADP", "out"), ("contact", 3, "dobj", "NOUN", "contact"),
            ("with", 5, "prep", "ADP", "with"), ("Ukraine", 6, "pobj", "PROPN", "Ukraine"),
            (".", 3, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.source, e.target, e.negated) == ("AGREE", ("RUS",), ("UKR",), False)
    assert e.modality == "possible" and e.mode == "intent to meet"


def test_threatened_to_impose_sanctions_is_one_threat_with_the_inner_target():
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("impose", 1, "xcomp", "VERB", "impose"),
            ("sanctions", 3, "dobj", "NOUN", "sanction"), ("on", 3, "prep", "ADP", "on"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    events = events_of(rows)
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("THREATEN", ("FRA",), ("IRN",), "threatened")]


def test_imposed_sanctions_is_a_sanction():
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("sanctions", 1, "dobj", "NOUN", "sanction"), ("on", 1, "prep", "ADP", "on"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.source, e.target) == ("SANCTION", ("FRA",), ("IRN",))


def test_a_future_visit_is_an_intent_to_consult():
    rows = [("Germany", 2, "nsubj", "PROPN", "Germany"), ("will", 2, "aux", "AUX", "will"),
            ("visit", 2, "ROOT", "VERB", "visit"), ("Albania", 2, "dobj", "PROPN", "Albania"),
            (".", 2, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.target, e.modality, e.mode) == ("AGREE", ("ALB",), "intended", "intent to visit")


def test_negated_cooperation_is_a_rejection():
    rows = [("Israel", 3, "nsubj", "PROPN", "Israel"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("meet", 3, "ROOT", "VERB", "meet"),
            ("Iran", 3, "dobj", "PROPN", "Iran"), (".", 3, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert e.type == "REJECT" and e.source == ("ISR",) and e.target == ("IRN",)


def test_said_that_another_must_act_is_a_request():
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("said", 1, "ROOT", "VERB", "say"),
            ("Iran", 4, "nsubj", "PROPN", "Iran"), ("must", 4, "aux", "AUX", "must"),
            ("stop", 1, "ccomp", "VERB", "stop"), ("enrichment", 4, "dobj", "NOUN", "enrichment"),
            (".", 1, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.source, e.target, e.modality) == ("REQUEST", ("USA",), ("IRN",), "demanded")


@dataclass(frozen=True)
class _Quote:
    kind: str
    start: int
    end: int
    speaker_span: tuple[int, int] | None


def test_event_inside_a_quote_takes_the_speakers_state_for_we():
    rows = [("We", 2, "nsubj", "PRON", "we"), ("will", 2, "aux", "AUX", "will"),
            ("meet", 2, "ROOT", "VERB", "meet"), ("Russia", 2, "dobj", "PROPN", "Russia"),
            (",", 6, "punct", "PUNCT", ","), ("Cooper", 6, "nsubj", "PROPN", "Cooper"),
            ("said", 2, "parataxis", "VERB", "say"), (".", 2, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    quote = _Quote("direct", 0, doc[3].idx + len("Russia"), (doc[5].idx, doc[5].idx + 6))
    (e,) = find_events(doc, {"actors": index_for(doc), "quotes": ([quote], [])})
    assert (e.type, e.source, e.target, e.quote) == ("AGREE", ("GBR",), ("RUS",), "q1")


def test_an_event_inside_a_joint_statement_has_all_its_speakers_as_sources():
    rows = [("We", 2, "nsubj", "PRON", "we"), ("will", 2, "aux", "AUX", "will"),
            ("meet", 2, "ROOT", "VERB", "meet"), ("Russia", 2, "dobj", "PROPN", "Russia"),
            (",", 6, "punct", "PUNCT", ","), ("Cooper", 6, "nsubj", "PROPN", "Cooper"),
            ("said", 2, "parataxis", "VERB", "say"), (".", 2, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    quote = _Quote("direct", 0, doc[3].idx + len("Russia"), (doc[5].idx, doc[5].idx + 6))
    joint = {"actors": index_for(doc), "quotes": ([quote], []),
             "voices": {0: ("person:yvette-cooper", "FRA")}}
    (e,) = find_events(doc, joint)
    assert (e.type, e.source, e.target) == ("AGREE", ("GBR", "FRA"), ("RUS",))


def test_no_actor_index_means_no_events():
    assert find_events(make_doc(REJECT_PROPOSAL), {}) == ()


def test_user_patterns_extend_the_lexicon(tmp_path):
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"verbs": [{"lemma": "snub", "type": "DISAPPROVE"}]}), encoding="utf-8")
    patterns = load_patterns([extra])
    assert patterns.verbs["snub"][0].type == "ACCUSE"  # old names map to current types
    assert "snub" not in load_patterns().verbs


def test_bad_pattern_type_is_a_knowledge_base_error(tmp_path):
    extra = tmp_path / "bad.json"
    extra.write_text(json.dumps({"verbs": [{"lemma": "snub", "type": "GRUMBLE"}]}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_patterns([extra])
    assert "E300" in str(info.value)


def test_import_cameo_verbs_maps_blocks_and_objects_to_plover(tmp_path):
    cameo = tmp_path / "cameo.txt"
    cameo.write_text("# header\n---  REJECT   [120]  ---\nREJECT \nSPURN\n- * MEDIATION   [126]  # REJECT\n"
                     "- * {PEACE PLAN}   [127]  # REJECT\n\n---  ADD   [---]  ---\nADD\n", encoding="utf-8")
    mapping = tmp_path / "map.txt"
    mapping.write_text("120: REJECT,  ,    # Reject\n126: REJECT, meet, diplomatic # Reject mediation\n",
                       encoding="utf-8")
    data = import_cameo_verbs(cameo, mapping)
    got = {(v["lemma"], v["type"], tuple(v.get("obj", ()))) for v in data["verbs"]}
    assert got == {("reject", "REJECT", ()), ("spurn", "REJECT", ()), ("reject", "REJECT", ("mediation",)),
                   ("spurn", "REJECT", ("mediation",))}
    assert "MIT" in data["header"]["license"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("France imposed sanctions on Iran.", ("SANCTION", ("FRA",), ("IRN",))),
    ("Britain rejected a proposal by France to resume talks with Russia.", ("REJECT", ("GBR",), ("FRA",))),
    ("Israel accused Iran of funding attacks.", ("ACCUSE", ("ISR",), ("IRN",))),
])
def test_end_to_end_with_the_model(spacy_nlp, text, expected):
    doc = spacy_nlp(text)
    events = find_events(doc, {"actors": index_for(doc)})
    assert expected in [(e.type, e.source, e.target) for e in events]


# --------------------------------------------------------------------------- assertion and reporting layer

# "Germany said it would be useful for Europe to resume talks with Iran ."
PROPOSAL_BY_SPEAKER = [
    ("Germany", 1, "nsubj", "PROPN", "Germany"), ("said", 1, "ROOT", "VERB", "say"),
    ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"), ("be", 1, "ccomp", "AUX", "be"),
    ("useful", 4, "acomp", "ADJ", "useful"), ("for", 9, "mark", "SCONJ", "for"),
    ("Europe", 9, "nsubj", "PROPN", "Europe"), ("to", 9, "aux", "PART", "to"),
    ("resume", 4, "advcl", "VERB", "resume"), ("talks", 9, "dobj", "NOUN", "talk"),
    ("with", 10, "prep", "ADP", "with"), ("Iran", 11, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
]


def test_reporting_layer_the_speaker_proposes_what_europe_should_do():
    (e,) = events_of(PROPOSAL_BY_SPEAKER)
    assert (e.type, e.source, e.target) == ("AGREE", ("DEU",), ("IRN",))
    assert e.mode == "intent to negotiate"


def test_reporting_layer_needs_an_irrealis_clause():
    # "Germany said Europe resumed talks with Iran ." -- a report of Europe's act, not Germany's
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("said", 1, "ROOT", "VERB", "say"),
            ("Europe", 3, "nsubj", "PROPN", "Europe"), ("resumed", 1, "ccomp", "VERB", "resume"),
            ("talks", 3, "dobj", "NOUN", "talk"), ("with", 4, "prep", "ADP", "with"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()


# "Analysts voiced fears that Israel would meet Iran ." / "... if Israel met Iran ."
@pytest.mark.parametrize("rows", [
    [("Analysts", 1, "nsubj", "NOUN", "analyst"), ("voiced", 1, "ROOT", "VERB", "voice"),
     ("fears", 1, "dobj", "NOUN", "fear"), ("that", 6, "mark", "SCONJ", "that"),
     ("Israel", 6, "nsubj", "PROPN", "Israel"), ("would", 6, "aux", "AUX", "would"),
     ("meet", 2, "acl", "VERB", "meet"), ("Iran", 6, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")],
    [("Prices", 1, "nsubj", "NOUN", "price"), ("rise", 1, "ROOT", "VERB", "rise"),
     ("if", 4, "mark", "SCONJ", "if"), ("Israel", 4, "nsubj", "PROPN", "Israel"),
     ("meets", 1, "advcl", "VERB", "meet"), ("Iran", 4, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")],
    # "I do not see evidence that Israel is willing to meet Iran ."
    [("I", 3, "nsubj", "PRON", "I"), ("do", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
     ("see", 3, "ROOT", "VERB", "see"), ("evidence", 3, "dobj", "NOUN", "evidence"),
     ("that", 7, "mark", "SCONJ", "that"), ("Israel", 7, "nsubj", "PROPN", "Israel"),
     ("is", 4, "acl", "AUX", "be"), ("willing", 7, "acomp", "ADJ", "willing"), ("to", 10, "aux", "PART", "to"),
     ("meet", 8, "xcomp", "VERB", "meet"), ("Iran", 10, "dobj", "PROPN", "Iran"), (".", 3, "punct", "PUNCT", ".")],
    # "Israel waited before meeting Iran ."
    [("Israel", 1, "nsubj", "PROPN", "Israel"), ("waited", 1, "ROOT", "VERB", "wait"),
     ("before", 1, "prep", "ADP", "before"), ("meeting", 2, "pcomp", "VERB", "meet"),
     ("Iran", 3, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")],
], ids=["non-factive noun", "conditional", "negated evidence", "before doing"])
def test_events_in_unasserted_clauses_are_not_coded(rows):
    assert events_of(rows) == ()


def test_ready_for_no_coded_act_is_no_agreement():
    # "Britain is ready to raise pressure ." -- readiness, but for no act in the lexicon
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("is", 1, "ROOT", "AUX", "be"),
            ("ready", 1, "acomp", "ADJ", "ready"), ("to", 4, "aux", "PART", "to"),
            ("raise", 2, "xcomp", "VERB", "raise"), ("pressure", 4, "dobj", "NOUN", "pressure"),
            (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()


def test_nominal_event_described_as_a_ploy_is_rejected_toward_its_owner():
    # "Russia described Albania 's wish to meet Ukraine as a stunt ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("described", 1, "ROOT", "VERB", "describe"),
            ("Albania", 4, "poss", "PROPN", "Albania"), ("'s", 2, "case", "PART", "'s"),
            ("desire", 1, "dobj", "NOUN", "desire"), ("to", 6, "aux", "PART", "to"),
            ("meet", 4, "acl", "VERB", "meet"), ("Ukraine", 6, "dobj", "PROPN", "Ukraine"),
            ("as", 6, "prep", "ADP", "as"), ("a", 10, "det", "DET", "a"), ("stunt", 8, "pobj", "NOUN", "stunt"),
            (".", 1, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.source, e.target, e.about) == ("REJECT", ("RUS",), ("ALB",), ("UKR",))


def test_naming_without_a_negative_word_is_no_event():
    # "Russia called the plan a step ." -- neither a phone call nor a rejection
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("called", 1, "ROOT", "VERB", "call"),
            ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), ("a", 5, "det", "DET", "a"),
            ("step", 1, "oprd", "NOUN", "step"), (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()


def test_a_definite_plan_refers_back_to_its_author():
    # "France proposed talks with Iran . Germany opposed the plan ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Germany", 7, "nsubj", "PROPN", "Germany"), ("opposed", 7, "ROOT", "VERB", "oppose"),
            ("the", 9, "det", "DET", "the"), ("plan", 7, "dobj", "NOUN", "plan"), (".", 7, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 6))
    assert [(e.type, e.source, e.target) for e in events] == [("AGREE", ("FRA",), ("IRN",)),
                                                              ("REJECT", ("DEU",), ("FRA",))]


def test_the_headline_line_is_not_coded_again():
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("rejects", 1, "ROOT", "VERB", "reject"),
            ("France", 1, "dobj", "PROPN", "France"), ("\n", 1, "dep", "SPACE", "\n"),
            ("Britain", 5, "nsubj", "PROPN", "Britain"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("France", 5, "dobj", "PROPN", "France"), (".", 5, "punct", "PUNCT", ".")]
    doc = Doc(Vocab(), words=[r[0] for r in rows], spaces=[True, True, False, False, True, True, False, False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[i in (0, 4) for i in range(len(rows))])
    (e,) = find_events(doc, {"actors": index_for(doc)})
    assert e.start >= doc[4].idx and (e.type, e.source, e.target) == ("REJECT", ("GBR",), ("FRA",))


def test_an_actor_is_never_its_own_named_target():
    # "Israel met Israel and Iran ." -- the source is dropped from the named targets
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Iran", 2, "conj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    (e,) = events_of(rows)
    assert e.source == ("ISR",) and e.target == ("IRN",)


# --------------------------------------------------------------------------- round 3: lexicon and roles


def _dyads(events):
    return [(e.type, e.source, e.target) for e in events]


def test_a_lemmatiser_slip_still_finds_the_trigger():
    # "Britain staged rallies against France ." with the lemma "stag" for "staged"
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("staged", 1, "ROOT", "VERB", "stag"),
            ("rallies", 1, "dobj", "NOUN", "rally"), ("against", 1, "prep", "ADP", "against"),
            ("France", 3, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("PROTEST", ("GBR",), ("FRA",))]


def _threat(condition: bool):
    # "Russia threatened to stop talks [if the US goes ahead] ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("stop", 1, "xcomp", "VERB", "stop"),
            ("talks", 3, "dobj", "NOUN", "talk")]
    if condition:
        rows += [("if", 7, "mark", "SCONJ", "if"), ("US", 7, "nsubj", "PROPN", "US"),
                 ("goes", 3, "advcl", "VERB", "go"), ("ahead", 7, "advmod", "ADV", "ahead")]
    return rows + [(".", 1, "punct", "PUNCT", ".")]


def test_a_conditional_threat_is_aimed_at_the_subject_of_its_condition():
    assert _dyads(events_of(_threat(True))) == [("THREATEN", ("RUS",), ("USA",))]


def test_a_threat_without_condition_or_target_is_not_coded():
    assert events_of(_threat(False)) == ()


def _joint(verb: str, lemma: str, obj: str, obj_lemma: str):
    # "France and Germany <verb> a/the <obj> ."
    return [("France", 3, "nsubj", "PROPN", "France"), ("and", 0, "cc", "CCONJ", "and"),
            ("Germany", 0, "conj", "PROPN", "Germany"), (verb, 3, "ROOT", "VERB", lemma),
            ("the", 5, "det", "DET", "the"), (obj, 3, "dobj", "NOUN", obj_lemma), (".", 3, "punct", "PUNCT", ".")]


def test_a_joint_act_of_two_states_targets_each_other():
    (e,) = events_of(_joint("signed", "sign", "treaty", "treaty"))
    assert (e.type, set(e.source), set(e.target)) == ("SUPPORT", {"FRA", "DEU"}, {"FRA", "DEU"})


@pytest.mark.parametrize("verb, lemma, obj, obj_lemma, ptype", [
    ("traded", "trade", "accusations", "accusation", "ACCUSE"),
    ("exchanged", "exchange", "fire", "fire", "ASSAULT"),
    ("traded", "trade", "threats", "threat", "THREATEN"),
])
def test_what_two_states_trade_they_do_to_each_other(verb, lemma, obj, obj_lemma, ptype):
    (e,) = events_of(_joint(verb, lemma, obj, obj_lemma))
    assert (e.type, set(e.source), set(e.target)) == (ptype, {"FRA", "DEU"}, {"FRA", "DEU"})


def test_trading_goods_is_no_event():
    assert events_of(_joint("traded", "trade", "oil", "oil")) == ()


def test_a_shared_rejection_is_not_a_joint_act():
    # "France and Germany rejected the idea ." has no target (no earlier proposal) and no reciprocity
    assert events_of(_joint("rejected", "reject", "idea", "idea")) == ()


def _send(head: str, head_lemma: str):
    # "US <head> to send arms to Ukraine ."
    return [("US", 1, "nsubj", "PROPN", "US"), (head, 1, "ROOT", "VERB", head_lemma),
            ("to", 3, "aux", "PART", "to"), ("send", 1, "xcomp", "VERB", "send"),
            ("arms", 3, "dobj", "NOUN", "arm"), ("to", 3, "prep", "ADP", "to"),
            ("Ukraine", 5, "pobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]


def test_continuing_an_act_is_the_act_not_an_intent():
    (e,) = events_of(_send("continued", "continue"))
    assert (e.type, e.source, e.target, e.modality) == ("AID", ("USA",), ("UKR",), None)


def test_planning_an_act_is_an_intent():
    (e,) = events_of(_send("plans", "plan"))
    assert (e.type, e.modality) == ("AGREE", "intended")


def _demand_of(subject: str):
    # "<subject> in Britain demanded that Cooper resign ."
    return [(subject, 4, "nsubj", "NOUN", subject.lower()), ("in", 0, "prep", "ADP", "in"),
            ("Britain", 1, "pobj", "PROPN", "Britain"), ("all", 0, "det", "DET", "all"),
            ("demanded", 4, "ROOT", "VERB", "demand"), ("that", 7, "mark", "SCONJ", "that"),
            ("Cooper", 7, "nsubj", "PROPN", "Cooper"), ("resign", 4, "ccomp", "VERB", "resign", "VB"),
            (".", 4, "punct", "PUNCT", ".")]


def test_a_demand_on_another_actor_of_the_same_state_is_domestic():
    assert ("REQUEST", ("GBR",), ("GBR",)) in _dyads(events_of(_demand_of("Protesters")))


def _sanctioned(obj: str, obj_lemma: str, pos: str):
    # "Britain sanctioned <obj> ." (SANCTION takes the domestic default for an unnamed target)
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
            (obj, 1, "dobj", pos, obj_lemma), (".", 1, "punct", "PUNCT", ".")]


def test_an_unnamed_target_is_domestic_but_a_pronoun_is_not():
    assert ("SANCTION", ("GBR",), ("GBR",)) in _dyads(events_of(_sanctioned("traders", "trader", "NOUN")))
    # "it" points back to an actor named before: no act at home
    assert ("SANCTION", ("GBR",), ("GBR",)) not in _dyads(events_of(_sanctioned("it", "it", "PRON")))


def test_giving_no_sign_is_no_aid():
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("gave", 1, "ROOT", "VERB", "give"),
            ("Ukraine", 1, "dative", "PROPN", "Ukraine"), ("no", 4, "det", "DET", "no"),
            ("sign", 1, "dobj", "NOUN", "sign"), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows)] == []
    rows[4] = ("weapons", 1, "dobj", "NOUN", "weapon")
    rows[3] = ("more", 4, "amod", "ADJ", "more")
    assert ("AID", ("GBR",), ("UKR",)) in _dyads(events_of(rows))


def test_a_state_is_not_its_own_named_target():
    # "Britain demanded that Britain resign": the same actor twice is no dyad
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("demanded", 1, "ROOT", "VERB", "demand"),
            ("that", 4, "mark", "SCONJ", "that"), ("Britain", 4, "nsubj", "PROPN", "Britain"),
            ("resign", 1, "ccomp", "VERB", "resign", "VB"), (".", 1, "punct", "PUNCT", ".")]
    assert [e for e in events_of(rows) if e.type == "REQUEST"] == []


class _AdjectiveKB:
    """The one KB method events use: state adjectives."""

    def country_of_adjective(self, text: str) -> str | None:
        return {"Russian": "RUS", "Israeli": "ISR"}.get(text)


def _attacks(adjective: str):
    # "<adjective> attacks on Ukraine continued ."
    return [(adjective, 1, "amod", "ADJ", adjective.lower()), ("attacks", 4, "nsubj", "NOUN", "attack"),
            ("on", 1, "prep", "ADP", "on"), ("Ukraine", 2, "pobj", "PROPN", "Ukraine"),
            ("continued", 4, "ROOT", "VERB", "continue"), (".", 4, "punct", "PUNCT", ".")]


def test_a_state_adjective_on_an_event_noun_is_its_agent():
    assert _dyads(events_of(_attacks("Russian"), kb=_AdjectiveKB())) == [("ASSAULT", ("RUS",), ("UKR",))]


def test_an_ordinary_adjective_on_an_event_noun_names_no_agent():
    assert events_of(_attacks("Heavy"), kb=_AdjectiveKB()) == ()


@pytest.mark.parametrize(("tag", "expected"), [("VB", ["REQUEST"]), ("VBD", [])])
def test_insisting_is_a_request_only_when_the_clause_is_a_demand(tag, expected):
    # "US insisted that Iran stop(VB)" is a demand; "US insisted that Iran stopped(VBD)" a claim
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("insisted", 1, "ROOT", "VERB", "insist"),
            ("that", 4, "mark", "SCONJ", "that"), ("Iran", 4, "nsubj", "PROPN", "Iran"),
            ("stop", 1, "ccomp", "VERB", "stop", tag), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows)] == expected


def _complaint(about: bool):
    # "Iran complained to Britain [about Russia] ."
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("complained", 1, "ROOT", "VERB", "complain"),
            ("to", 1, "prep", "ADP", "to"), ("Britain", 2, "pobj", "PROPN", "Britain")]
    if about:
        rows += [("about", 1, "prep", "ADP", "about"), ("Russia", 4, "pobj", "PROPN", "Russia")]
    return rows + [(".", 1, "punct", "PUNCT", ".")]


def test_a_complaint_targets_what_it_is_about_not_whom_it_is_made_to():
    (e,) = events_of(_complaint(True))
    assert (e.type, e.source, e.target, e.about) == ("ACCUSE", ("IRN",), ("RUS",), ("GBR",))


def test_a_complaint_about_nothing_named_targets_its_addressee():
    (e,) = events_of(_complaint(False))
    assert (e.type, e.target) == ("ACCUSE", ("GBR",))


def test_a_second_act_on_unnamed_victims_is_not_coded_twice():
    # "Russia killed two US soldiers and wounded others ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("killed", 1, "ROOT", "VERB", "kill"),
            ("two", 4, "nummod", "NUM", "two"), ("US", 4, "compound", "PROPN", "US"),
            ("soldiers", 1, "dobj", "NOUN", "soldier"), ("and", 1, "cc", "CCONJ", "and"),
            ("wounded", 1, "conj", "VERB", "wound"), ("others", 6, "dobj", "NOUN", "other"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("USA",))]


def test_unnamed_victims_are_of_the_place_of_the_act():
    # "Russia killed people when bombs exploded in Ukraine .": the place sits in the adverbial clause
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("killed", 1, "ROOT", "VERB", "kill"),
            ("people", 1, "dobj", "NOUN", "people"), ("when", 5, "advmod", "SCONJ", "when"),
            ("bombs", 5, "nsubj", "NOUN", "bomb"), ("exploded", 1, "advcl", "VERB", "explode"),
            ("in", 5, "prep", "ADP", "in"), ("Ukraine", 6, "pobj", "PROPN", "Ukraine"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("UKR",))]


def test_unnamed_victims_without_a_place_are_of_the_sources_state():
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("killed", 1, "ROOT", "VERB", "kill"),
            ("people", 1, "dobj", "NOUN", "people"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("RUS",))]


def test_where_a_statement_was_made_is_not_where_the_reported_act_happened():
    # "Russia said in Ukraine it killed people .": the place of the saying, not of the killing
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("in", 1, "prep", "ADP", "in"), ("Ukraine", 2, "pobj", "PROPN", "Ukraine"),
            ("it", 5, "nsubj", "PRON", "it"), ("killed", 1, "ccomp", "VERB", "kill"),
            ("people", 5, "dobj", "NOUN", "people"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ASSAULT", ("RUS",), ("RUS",)) in _dyads(events_of(rows))
    assert ("ASSAULT", ("RUS",), ("UKR",)) not in _dyads(events_of(rows))


def test_a_hostile_act_on_its_things_is_aimed_at_the_reporter():
    # "Britain said Russia rammed its ship ." / "Britain said Russia withdrew its forces ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("said", 1, "ROOT", "VERB", "say"),
            ("Russia", 3, "nsubj", "PROPN", "Russia"), ("rammed", 1, "ccomp", "VERB", "ram"),
            ("its", 5, "poss", "PRON", "its"), ("ship", 3, "dobj", "NOUN", "ship"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("GBR",))]
    rows[3], rows[5] = ("withdrew", 1, "ccomp", "VERB", "withdraw"), ("forces", 3, "dobj", "NOUN", "force")
    assert all(d[2] != ("GBR",) for d in _dyads(events_of(rows)))


def test_a_reported_wrongdoing_is_the_reporters_accusation():
    # "Ukraine said Russia violated the truce ." / "… Russia did not violate …" / "Ukraine said Ukraine …"
    rows = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine"), ("said", 1, "ROOT", "VERB", "say"),
            ("Russia", 3, "nsubj", "PROPN", "Russia"), ("violated", 1, "ccomp", "VERB", "violate"),
            ("the", 5, "det", "DET", "the"), ("truce", 3, "dobj", "NOUN", "truce"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("UKR",), ("RUS",))]
    negated = rows[:3] + [("did", 4, "aux", "AUX", "do"), ("not", 4, "neg", "PART", "not"),
                          ("violate", 1, "ccomp", "VERB", "violate"), ("the", 6, "det", "DET", "the"),
                          ("truce", 4, "dobj", "NOUN", "truce"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(negated)) == []
    own = [rows[0], rows[1], ("Ukraine", 3, "nsubj", "PROPN", "Ukraine"), *rows[3:]]
    assert _dyads(events_of(own)) == []


def test_welcoming_the_agreement_backs_its_parties():
    # "Iran and Israel agreed a truce . Britain welcomed the agreement ."
    rows = [("Iran", 3, "nsubj", "PROPN", "Iran"), ("and", 0, "cc", "CCONJ", "and"),
            ("Israel", 0, "conj", "PROPN", "Israel"), ("agreed", 3, "ROOT", "VERB", "agree"),
            ("a", 5, "det", "DET", "a"), ("truce", 3, "dobj", "NOUN", "truce"), (".", 3, "punct", "PUNCT", "."),
            ("Britain", 8, "nsubj", "PROPN", "Britain"), ("welcomed", 8, "ROOT", "VERB", "welcome"),
            ("the", 10, "det", "DET", "the"), ("agreement", 8, "dobj", "NOUN", "agreement"),
            (".", 8, "punct", "PUNCT", ".")]
    assert ("SUPPORT", ("GBR",), ("IRN", "ISR")) in _dyads(events_of(rows, starts=(0, 7)))
    # a named agreement ("the Paris Agreement") refers back to nothing
    doc = make_doc(rows, starts=(0, 7))
    doc.ents = [Span(doc, 10, 11, label="LAW")]
    assert ("SUPPORT", ("GBR",), ("IRN", "ISR")) not in _dyads(find_events(doc, {"actors": index_for(doc)}))


def test_an_agreement_initialled_somewhere_is_its_parties_and_praising_the_deal_backs_them():
    # "Britain and France initialled a treaty at Italy 's residence . Germany praised the deal ."
    # ("at …" hung on the treaty: a venue still)
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), ("initialled", 3, "ROOT", "VERB", "initial"),
            ("a", 5, "det", "DET", "a"), ("treaty", 3, "dobj", "NOUN", "treaty"), ("at", 5, "prep", "ADP", "at"),
            ("Italy", 9, "poss", "PROPN", "Italy"), ("'s", 7, "case", "PART", "'s"),
            ("residence", 6, "pobj", "NOUN", "residence"), (".", 3, "punct", "PUNCT", "."),
            ("Germany", 12, "nsubj", "PROPN", "Germany"), ("praised", 12, "ROOT", "VERB", "praise"),
            ("the", 14, "det", "DET", "the"), ("deal", 12, "dobj", "NOUN", "deal"), (".", 12, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 11)))
    assert ("SUPPORT", ("GBR", "FRA"), ("GBR", "FRA")) in dyads
    assert ("SUPPORT", ("DEU",), ("GBR", "FRA")) in dyads


def test_envoys_sent_to_the_talks_are_not_talks_among_the_senders():
    # "Britain and France sent envoys to the talks ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), ("sent", 3, "ROOT", "VERB", "send"),
            ("envoys", 3, "dobj", "NOUN", "envoy"), ("to", 3, "prep", "ADP", "to"), ("the", 7, "det", "DET", "the"),
            ("talks", 5, "pobj", "NOUN", "talk"), (".", 3, "punct", "PUNCT", ".")]
    assert not any(d[1] == d[2] for d in _dyads(events_of(rows)))


def test_a_noun_a_past_participle_describes_is_what_was_done_to():
    # "Russia wounded Ukraine soldiers , killed people ." -- the parser hung "killed" on "soldiers":
    # a participle on a noun says what was done to it, the soldiers did not kill
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"), ("wounded", 1, "ROOT", "VERB", "wound", "VBD"),
            ("Ukraine", 3, "compound", "PROPN", "Ukraine", "NNP"), ("soldiers", 1, "dobj", "NOUN", "soldier", "NNS"),
            (",", 3, "punct", "PUNCT", ",", ","), ("killed", 3, "acl", "VERB", "kill", "VBN"),
            ("people", 5, "dobj", "NOUN", "people", "NNS"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("UKR",))]


def test_an_act_described_for_any_such_thing_is_hypothetical():
    # "Britain fears any deal negotiated by Russia and Iran ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("fears", 1, "ROOT", "VERB", "fear"),
            ("any", 3, "det", "DET", "any"), ("deal", 1, "dobj", "NOUN", "deal"),
            ("negotiated", 3, "acl", "VERB", "negotiate", "VBN"), ("by", 4, "agent", "ADP", "by"),
            ("Russia", 5, "pobj", "PROPN", "Russia"), ("and", 6, "cc", "CCONJ", "and"),
            ("Iran", 6, "conj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert not any(d[0] == "CONSULT" for d in _dyads(events_of(rows)))
    rows[2] = ("a", 3, "det", "DET", "a")
    assert ("CONSULT", ("RUS", "IRN"), ("RUS", "IRN")) in _dyads(events_of(rows))


def test_a_promise_told_to_someone_is_made_to_them():
    # "Britain told the US that Britain would extradite suspects ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("told", 1, "ROOT", "VERB", "tell"),
            ("the", 3, "det", "DET", "the"), ("US", 1, "dobj", "PROPN", "US"), ("that", 7, "mark", "SCONJ", "that"),
            ("Britain", 7, "nsubj", "PROPN", "Britain"), ("would", 7, "aux", "AUX", "would"),
            ("extradite", 1, "ccomp", "VERB", "extradite"), ("suspects", 7, "dobj", "NOUN", "suspect"),
            (".", 1, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows))
    assert [d[2] for d in dyads if d[1] == ("GBR",)] == [("USA",)]


def test_the_three_capitals_are_the_last_three_states_listed():
    # "Britain , France and Italy acted . Israel recalled envoys from the three capitals ."
    rows = [("Britain", 5, "nsubj", "PROPN", "Britain"), (",", 0, "punct", "PUNCT", ","),
            ("France", 0, "conj", "PROPN", "France"), ("and", 2, "cc", "CCONJ", "and"),
            ("Italy", 2, "conj", "PROPN", "Italy"), ("acted", 5, "ROOT", "VERB", "act"), (".", 5, "punct", "PUNCT", "."),
            ("Israel", 8, "nsubj", "PROPN", "Israel"), ("recalled", 8, "ROOT", "VERB", "recall"),
            ("envoys", 8, "dobj", "NOUN", "envoy"), ("from", 9, "prep", "ADP", "from"), ("the", 13, "det", "DET", "the"),
            ("three", 13, "nummod", "NUM", "three"), ("capitals", 10, "pobj", "NOUN", "capital", "NNS"),
            (".", 8, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    assert ("SANCTION", ("ISR",), ("GBR", "FRA", "ITA")) in _dyads(events_of(rows, starts=(0, 7)))


def test_anyone_at_all_is_no_one_at_home():
    # "Russia attacked anyone ." / "Russia attacked any village ." / "Russia attacked villages ."
    base = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack")]
    assert _dyads(events_of(base + [("anyone", 1, "dobj", "PRON", "anyone"), (".", 1, "punct", "PUNCT", ".")])) == []
    assert _dyads(events_of(base + [("any", 3, "det", "DET", "any"), ("village", 1, "dobj", "NOUN", "village"),
                                    (".", 1, "punct", "PUNCT", ".")])) == []
    assert _dyads(events_of(base + [("villages", 1, "dobj", "NOUN", "village"), (".", 1, "punct", "PUNCT", ".")])) \
        == [("ASSAULT", ("RUS",), ("RUS",))]


def test_the_agreement_names_the_parties_who_made_it_not_those_who_back_it():
    # "Iran and Israel agreed a truce . Britain supported the agreement . Germany rejected the agreement ."
    rows = [("Iran", 3, "nsubj", "PROPN", "Iran"), ("and", 0, "cc", "CCONJ", "and"),
            ("Israel", 0, "conj", "PROPN", "Israel"), ("agreed", 3, "ROOT", "VERB", "agree"),
            ("a", 5, "det", "DET", "a"), ("truce", 3, "dobj", "NOUN", "truce"), (".", 3, "punct", "PUNCT", "."),
            ("Britain", 8, "nsubj", "PROPN", "Britain"), ("supported", 8, "ROOT", "VERB", "support"),
            ("the", 10, "det", "DET", "the"), ("agreement", 8, "dobj", "NOUN", "agreement"),
            (".", 8, "punct", "PUNCT", "."),
            ("Germany", 13, "nsubj", "PROPN", "Germany"), ("rejected", 13, "ROOT", "VERB", "reject"),
            ("the", 15, "det", "DET", "the"), ("agreement", 13, "dobj", "NOUN", "agreement"),
            (".", 13, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 7, 12)))
    assert ("REJECT", ("DEU",), ("IRN", "ISR")) in dyads


@pytest.mark.model
def test_sanctions_held_over_a_condition_are_a_threat_to_its_subject(spacy_nlp):
    doc = spacy_nlp("Britain said it was ready to trigger the snapback of UN sanctions if Iran did not "
                    "reverse course.")
    assert ("THREATEN", ("GBR",), ("IRN",)) in _dyads(find_events(doc, {"actors": index_for(doc)}))


def test_the_world_is_no_one_at_home():
    # "Russia will not give the world money ." / "… give the opposition money ." (assurances are no
    # aid at all: test_giving_assurances_is_no_aid)
    rows = [("Russia", 3, "nsubj", "PROPN", "Russia"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("give", 3, "ROOT", "VERB", "give"),
            ("the", 5, "det", "DET", "the"), ("world", 3, "dative", "NOUN", "world"),
            ("money", 3, "dobj", "NOUN", "money"), (".", 3, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []
    rows[5] = ("opposition", 3, "dative", "NOUN", "opposition")
    assert [d[2] for d in _dyads(events_of(rows))] == [("RUS",)]


def test_a_stative_passive_subject_holds_the_attitude():
    # "Israel is opposed to France 's mediation ."
    rows = [("Israel", 2, "nsubjpass", "PROPN", "Israel"), ("is", 2, "auxpass", "AUX", "be"),
            ("opposed", 2, "ROOT", "VERB", "oppose"), ("to", 2, "prep", "ADP", "to"),
            ("France", 6, "poss", "PROPN", "France"), ("'s", 4, "case", "PART", "'s"),
            ("mediation", 3, "pobj", "NOUN", "mediation"), (".", 2, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("REJECT", ("ISR",), ("FRA",))]


def test_a_withdrawal_targets_where_it_leaves_from():
    # "Russia completed the withdrawal of forces from Ukraine ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("completed", 1, "ROOT", "VERB", "complete"),
            ("the", 3, "det", "DET", "the"), ("withdrawal", 1, "dobj", "NOUN", "withdrawal"),
            ("of", 3, "prep", "ADP", "of"), ("forces", 4, "pobj", "NOUN", "force"),
            ("from", 5, "prep", "ADP", "from"), ("Ukraine", 6, "pobj", "PROPN", "Ukraine"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("RETREAT", ("RUS",), ("UKR",))]


def test_a_participle_after_a_passive_is_the_agents_act():
    # "Ukraine was attacked by Russia , killing people ."
    rows = [("Ukraine", 2, "nsubjpass", "PROPN", "Ukraine"), ("was", 2, "auxpass", "AUX", "be"),
            ("attacked", 2, "ROOT", "VERB", "attack"), ("by", 2, "agent", "ADP", "by"),
            ("Russia", 3, "pobj", "PROPN", "Russia"), (",", 2, "punct", "PUNCT", ","),
            ("killing", 2, "advcl", "VERB", "kill"), ("people", 6, "dobj", "NOUN", "people"),
            (".", 2, "punct", "PUNCT", ".")]
    assert {e.source for e in events_of(rows)} == {("RUS",)}


def test_pushing_for_another_to_act_is_a_request():
    # "Britain pushed for the US to back France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("pushed", 1, "ROOT", "VERB", "push"),
            ("for", 6, "mark", "SCONJ", "for"), ("the", 4, "det", "DET", "the"),
            ("US", 6, "nsubj", "PROPN", "US"), ("to", 6, "aux", "PART", "to"),
            ("back", 1, "advcl", "VERB", "back"), ("France", 6, "dobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("GBR",), ("USA",)) in _dyads(events_of(rows))


# --------------------------------------------------------------------------- speed-ups keep the answers


def test_quote_at_is_the_first_listed_quote_holding_the_char():
    import random

    from faultline.extract.events import _quote_at

    @dataclass(frozen=True)
    class Q:
        start: int
        end: int

    rng = random.Random(7)
    for _ in range(40):
        quotes = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            quotes.append(Q(a, a + rng.randint(-2, 25)))      # overlapping, nested, empty, reversed
        state = {"quotes": (quotes, [])}
        for char in range(-2, 90):
            want = next(((f"q{i + 1}", i) for i, q in enumerate(quotes) if q.start <= char < q.end),
                        (None, None))
            assert _quote_at(char, state) == want


def test_trigger_candidates_keep_every_trigger():
    from faultline.extract.events import _candidates, _may_trigger, match_trigger

    patterns = load_patterns()
    lemmas = sorted(patterns.verbs)[:60] + sorted(patterns.nouns)[:40] + sorted(patterns.predicates)[:20]
    rows = []
    for i, lemma in enumerate(lemmas):
        for pos, tag, text in (("VERB", "VBD", lemma + "ed"), ("NOUN", "NNS", lemma + "s"), ("ADJ", "JJ", lemma),
                               ("NOUN", "NN", lemma), ("ADP", "IN", lemma)):
            rows.append((text, pos, tag, lemma if i % 4 else ""))      # some without a lemma
    doc = Doc(Vocab(), words=[r[0] for r in rows], pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              lemmas=[r[3] for r in rows], deps=["dep"] * len(rows), heads=list(range(len(rows))))
    found = _candidates(doc, ("LEMMA", "ORTH", "POS", "TAG", "DEP"), lambda *a: _may_trigger(*a, patterns))
    every = [t.i for t in doc if match_trigger(t, patterns) is not None]
    assert every and set(every) <= set(found)
    assert len(found) < len(doc)          # the pre-test does leave tokens out


def _pressed(obj: str, obj_lemma: str, tag: str):
    # "Britain pressed <obj> ." (REQUEST with no actor named in its object)
    return [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("pressed", 1, "ROOT", "VERB", "press", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), (obj, 1, "dobj", "NOUN", obj_lemma, tag),
            (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_demand_about_a_thing_has_no_domestic_target():
    # "pressed the case" demands nothing of anyone at home; "pressed the traders" does
    assert ("REQUEST", ("GBR",), ("GBR",)) not in _dyads(events_of(_pressed("case", "case", "NN")))
    # an agent noun of the KB's imported dictionaries is a group of people
    assert ("REQUEST", ("GBR",), ("GBR",)) in _dyads(events_of(_pressed("traders", "trader", "NNS"),
                                                                kb=default_kb()))


def test_a_summarising_noun_targets_the_author_of_the_act_it_sums_up():
    # "Britain triggered the mechanism , a step Russia called illegal ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("triggered", 1, "ROOT", "VERB", "trigger"),
            ("the", 3, "det", "DET", "the"), ("mechanism", 1, "dobj", "NOUN", "mechanism"),
            (",", 3, "punct", "PUNCT", ","), ("a", 6, "det", "DET", "a"), ("step", 3, "appos", "NOUN", "step"),
            ("Russia", 8, "nsubj", "PROPN", "Russia"), ("called", 6, "relcl", "VERB", "call"),
            ("illegal", 8, "oprd", "ADJ", "illegal"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("RUS",), ("GBR",)) in _dyads(events_of(rows))   # an act called illegal: an accusation


def test_a_summarising_noun_on_a_verb_targets_its_objects_owner():
    # "The dispute follows France 's decision , a move Germany opposed ."
    rows = [("The", 1, "det", "DET", "the"), ("dispute", 2, "nsubj", "NOUN", "dispute"),
            ("follows", 2, "ROOT", "VERB", "follow"), ("France", 5, "poss", "PROPN", "France"),
            ("'s", 3, "case", "PART", "'s"), ("decision", 2, "dobj", "NOUN", "decision"),
            (",", 2, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "a"), ("move", 2, "npadvmod", "NOUN", "move"),
            ("Germany", 10, "nsubj", "PROPN", "Germany"), ("opposed", 8, "relcl", "VERB", "oppose"),
            (".", 2, "punct", "PUNCT", ".")]
    assert ("REJECT", ("DEU",), ("FRA",)) in _dyads(events_of(rows))


def test_backing_a_measure_is_not_the_proposal_a_later_reaction_means():
    # "France proposed talks with Iran . Italy would support measures . Germany opposed the plan ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 8, "nsubj", "PROPN", "Italy"), ("would", 8, "aux", "AUX", "would", "MD"),
            ("support", 8, "ROOT", "VERB", "support"), ("measures", 8, "dobj", "NOUN", "measure"),
            (".", 8, "punct", "PUNCT", "."),
            ("Germany", 12, "nsubj", "PROPN", "Germany"), ("opposed", 12, "ROOT", "VERB", "oppose"),
            ("the", 14, "det", "DET", "the"), ("plan", 12, "dobj", "NOUN", "plan"), (".", 12, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 6, 11))
    assert ("REJECT", ("DEU",), ("FRA",)) in [(e.type, e.source, e.target) for e in events]


def test_strikes_on_a_place_are_an_assault_that_happened():
    # "Talking now would prolong Russia 's continued strikes on Ukraine ."
    rows = [("Talking", 3, "csubj", "VERB", "talk", "VBG"), ("now", 0, "advmod", "ADV", "now", "RB"),
            ("would", 3, "aux", "AUX", "would", "MD"), ("prolong", 3, "ROOT", "VERB", "prolong", "VB"),
            ("Russia", 7, "poss", "PROPN", "Russia", "NNP"), ("'s", 4, "case", "PART", "'s", "POS"),
            ("continued", 7, "amod", "ADJ", "continued", "JJ"),
            ("strikes", 3, "dobj", "NOUN", "strike", "NNS"), ("on", 7, "prep", "ADP", "on", "IN"),
            ("Ukraine", 8, "pobj", "PROPN", "Ukraine", "NNP"), (".", 3, "punct", "PUNCT", ".", ".")]
    events = events_of(rows)
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", ("RUS",), ("UKR",))]


def test_no_objection_is_a_negated_rejection():
    # "Britain had no objection to talks with Russia ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("had", 1, "ROOT", "VERB", "have"),
            ("no", 3, "det", "DET", "no"), ("objection", 1, "dobj", "NOUN", "objection"),
            ("to", 3, "prep", "ADP", "to"), ("talks", 4, "pobj", "NOUN", "talk"),
            ("with", 5, "prep", "ADP", "with"), ("Russia", 6, "pobj", "PROPN", "Russia"),
            (".", 1, "punct", "PUNCT", ".")]
    rejections = [e for e in events_of(rows) if e.type == "REJECT"]
    assert rejections and all(e.negated for e in rejections)


def test_vowing_to_retaliate_is_a_threat():
    # "Russia vowed to retaliate against France ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("to", 3, "aux", "PART", "to"), ("retaliate", 1, "xcomp", "VERB", "retaliate"),
            ("against", 3, "prep", "ADP", "against"), ("France", 4, "pobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("THREATEN", ("RUS",), ("FRA",))]


def test_a_pronoun_named_in_a_participle_clause_is_what_its_clause_is_about():
    # "Russia studied France 's duties , calling them illegal ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("studied", 1, "ROOT", "VERB", "study"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            ("duties", 1, "dobj", "NOUN", "duty"), (",", 1, "punct", "PUNCT", ","),
            ("calling", 1, "advcl", "VERB", "call"), ("them", 6, "dobj", "PRON", "they"),
            ("illegal", 6, "oprd", "ADJ", "illegal"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("RUS",), ("FRA",)) in _dyads(events_of(rows))


def test_urging_both_sides_is_no_demand_at_home():
    # "Britain urged both sides to talk ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("both", 3, "det", "DET", "both", "DT"), ("sides", 1, "dobj", "NOUN", "side", "NNS"),
            ("to", 5, "aux", "PART", "to", "TO"), ("talk", 1, "xcomp", "VERB", "talk", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("REQUEST", ("GBR",), ("GBR",)) not in _dyads(events_of(rows))


def test_a_quoted_name_the_parser_made_an_apposition_is_naming_not_a_phone_call():
    # "Britain called the French position « a gift to Russia » ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("called", 1, "ROOT", "VERB", "call"),
            ("the", 4, "det", "DET", "the"), ("French", 4, "amod", "ADJ", "french"),
            ("position", 1, "dobj", "NOUN", "position"), ("«", 4, "punct", "PUNCT", "«"),
            ("a", 7, "det", "DET", "a"), ("gift", 4, "appos", "NOUN", "gift"), ("to", 7, "prep", "ADP", "to"),
            ("Russia", 8, "pobj", "PROPN", "Russia"), ("»", 7, "punct", "PUNCT", "»"),
            (".", 1, "punct", "PUNCT", ".")]
    assert not [e for e in events_of(rows) if e.type == "CONSULT"]


def test_asking_for_nothing_is_no_demand_at_home():
    # "Britain asks for nothing ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("asks", 1, "ROOT", "VERB", "ask", "VBZ"),
            ("for", 1, "prep", "ADP", "for", "IN"), ("nothing", 2, "pobj", "PRON", "nothing", "NN"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("REQUEST", ("GBR",), ("GBR",)) not in _dyads(events_of(rows))


def test_blocking_a_statement_rejects_its_author():
    # "Britain blocked France 's statement ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("blocked", 1, "ROOT", "VERB", "block"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            ("statement", 1, "dobj", "NOUN", "statement"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("REJECT", ("GBR",), ("FRA",))]


def test_the_decision_refers_back_to_the_latest_act_of_another_actor():
    # "France sanctioned Iran . Germany opposed the decision ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Germany", 5, "nsubj", "PROPN", "Germany"), ("opposed", 5, "ROOT", "VERB", "oppose"),
            ("the", 7, "det", "DET", "the"), ("decision", 5, "dobj", "NOUN", "decision"),
            (".", 5, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 4))
    assert ("REJECT", ("DEU",), ("FRA",)) in _dyads(events)


def test_the_veto_refers_back_to_the_latest_rejection():
    # "Russia vetoed the plan . France thanked Iran . Germany welcomed the veto ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("vetoed", 1, "ROOT", "VERB", "veto"),
            ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", "."),
            ("France", 6, "nsubj", "PROPN", "France"), ("thanked", 6, "ROOT", "VERB", "thank"),
            ("Iran", 6, "dobj", "PROPN", "Iran"), (".", 6, "punct", "PUNCT", "."),
            ("Germany", 10, "nsubj", "PROPN", "Germany"), ("welcomed", 10, "ROOT", "VERB", "welcome"),
            ("the", 12, "det", "DET", "the"), ("veto", 10, "dobj", "NOUN", "veto"),
            (".", 10, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, (0, 5, 9)))
    assert ("SUPPORT", ("FRA",), ("IRN",)) in dyads            # thanking is support
    assert ("SUPPORT", ("DEU",), ("RUS",)) in dyads            # the veto is Russia's, not France's act
    assert ("SUPPORT", ("DEU",), ("FRA",)) not in dyads


_PLANS_WERE_A_PROVOCATION = [  # "Russia said France 's plans were a provocation ."
    ("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
    ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
    ("plans", 5, "nsubj", "NOUN", "plan"), ("were", 1, "ccomp", "AUX", "be"),
    ("a", 7, "det", "DET", "a"), ("provocation", 5, "attr", "NOUN", "provocation"),
    (".", 1, "punct", "PUNCT", ".")]


def _italy_was(word: str) -> list[tuple]:
    # "Russia said Italy was <word> ."
    return [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("Italy", 3, "nsubj", "PROPN", "Italy"), ("was", 1, "ccomp", "AUX", "be"),
            (word, 3, "acomp", "ADJ", word), (".", 1, "punct", "PUNCT", ".")]


def _accusations_were(noun: str, lemma: str) -> list[tuple]:
    # "Russia said France 's <accusations> were baseless ."
    return [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            (noun, 5, "nsubj", "NOUN", lemma), ("were", 1, "ccomp", "AUX", "be"),
            ("baseless", 5, "acomp", "ADJ", "baseless"), (".", 1, "punct", "PUNCT", ".")]


@pytest.mark.parametrize(("rows", "expected"), [
    (_PLANS_WERE_A_PROVOCATION, [("REJECT", ("RUS",), ("FRA",))]),   # a proposal: rejected
    (_accusations_were("accusations", "accusation"), [("REJECT", ("RUS",), ("FRA",))]),  # an accusation too
    (_accusations_were("troops", "troop"), [("ACCUSE", ("RUS",), ("FRA",))]),
    (_italy_was("wrong"), [("ACCUSE", ("RUS",), ("ITA",))]),
    (_italy_was("right"), []),                                        # no pejorative, no event
])
def test_a_reported_judgement_disapproves_of_the_subjects_author(rows, expected):
    assert _dyads(events_of(rows)) == expected


def test_a_weapon_fired_is_no_target_at_home():
    # "Russia fired a missile ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("fired", 1, "ROOT", "VERB", "fire"),
            ("a", 3, "det", "DET", "a"), ("missile", 1, "dobj", "NOUN", "missile"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ASSAULT", ("RUS",), ("RUS",)) not in _dyads(events_of(rows))


def test_urging_all_parties_is_no_demand_at_home():
    # "Britain urged all parties to talk ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("all", 3, "det", "DET", "all", "DT"), ("parties", 1, "dobj", "NOUN", "party", "NNS"),
            ("to", 5, "aux", "PART", "to", "TO"), ("talk", 1, "xcomp", "VERB", "talk", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("REQUEST", ("GBR",), ("GBR",)) not in _dyads(events_of(rows, kb=default_kb()))


def test_the_attack_refers_back_to_the_latest_use_of_force():
    # "Russia attacked Ukraine . France rejected Italy 's plan . Germany condemned the attack ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("France", 5, "nsubj", "PROPN", "France"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("Italy", 8, "poss", "PROPN", "Italy"), ("'s", 6, "case", "PART", "'s"), ("plan", 5, "dobj", "NOUN", "plan"),
            (".", 5, "punct", "PUNCT", "."),
            ("Germany", 11, "nsubj", "PROPN", "Germany"), ("condemned", 11, "ROOT", "VERB", "condemn"),
            ("the", 13, "det", "DET", "the"), ("attack", 11, "dobj", "NOUN", "attack"), (".", 11, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 4, 10))
    assert ("ACCUSE", ("DEU",), ("RUS",)) in _dyads(events)


def test_urging_the_other_states_is_no_demand_at_home():
    # "Britain urged the other states to act ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("the", 4, "det", "DET", "the", "DT"), ("other", 4, "amod", "ADJ", "other", "JJ"),
            ("states", 1, "dobj", "NOUN", "state", "NNS"), ("to", 6, "aux", "PART", "to", "TO"),
            ("act", 1, "xcomp", "VERB", "act", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("REQUEST", ("GBR",), ("GBR",)) not in _dyads(events_of(rows, kb=default_kb()))


def test_speaking_with_another_state_is_consulting_it():
    # "Britain spoke with France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("with", 1, "prep", "ADP", "with"), ("France", 2, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("CONSULT", ("GBR",), ("FRA",))]


def test_voting_against_the_resolution_rejects_the_resolutions_authors():
    # "Italy passed a resolution drafted by France . Germany backed Britain . Russia voted against the resolution ."
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("passed", 1, "ROOT", "VERB", "pass"),
            ("a", 3, "det", "DET", "a"), ("resolution", 1, "dobj", "NOUN", "resolution"),
            ("drafted", 3, "acl", "VERB", "draft"), ("by", 4, "agent", "ADP", "by"), ("France", 5, "pobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", "."),
            ("Germany", 9, "nsubj", "PROPN", "Germany"), ("backed", 9, "ROOT", "VERB", "back"),
            ("Britain", 9, "dobj", "PROPN", "Britain"), (".", 9, "punct", "PUNCT", "."),
            ("Russia", 13, "nsubj", "PROPN", "Russia"), ("voted", 13, "ROOT", "VERB", "vote"),
            ("against", 13, "prep", "ADP", "against"), ("the", 16, "det", "DET", "the"),
            ("resolution", 14, "pobj", "NOUN", "resolution"), (".", 13, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 8, 12))
    assert ("REJECT", ("RUS",), ("FRA",)) in _dyads(events)


def test_an_events_text_leaves_out_the_dateline_its_sentence_opens_in():
    # "Head\nVIENNA (Wire) — Britain rejected France 's plan ." with the dateline parsed as its own sentence
    words = ["Head", "\n", "VIENNA", "(", "Wire", ")", "—", "Britain", "rejected", "France", "'s", "plan", "."]
    spaces = [False, False, True, False, False, True, True, True, True, False, True, False, False]
    heads = [0, 0, 2, 2, 2, 2, 8, 8, 8, 11, 9, 8, 8]
    deps = ["ROOT", "dep", "ROOT", "punct", "appos", "punct", "punct", "nsubj", "ROOT", "poss", "case", "dobj", "punct"]
    pos = ["NOUN", "SPACE", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PROPN", "PART", "NOUN",
           "PUNCT"]
    lemmas = ["head", "\n", "vienna", "(", "wire", ")", "—", "Britain", "reject", "France", "'s", "plan", "."]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[i in (0, 2, 6) for i in range(len(words))])
    events = find_events(doc, {"actors": index_for(doc)})
    assert [e.text for e in events] == ["Britain rejected France's plan."]


def test_a_gift_to_the_adversary_is_a_rejection_of_the_proposals_author_not_of_the_adversary():
    # "France proposed talks with Iran . Britain described the proposal as a gift to Russia ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 7, "nsubj", "PROPN", "Britain"), ("described", 7, "ROOT", "VERB", "describe"),
            ("the", 9, "det", "DET", "the"), ("proposal", 7, "dobj", "NOUN", "proposal"),
            ("as", 9, "prep", "ADP", "as"), ("a", 12, "det", "DET", "a"), ("gift", 10, "pobj", "NOUN", "gift"),
            ("to", 12, "prep", "ADP", "to"), ("Russia", 13, "pobj", "PROPN", "Russia"), (".", 7, "punct", "PUNCT", ".")]
    events = events_of(rows, (0, 6))
    assert ("REJECT", ("GBR",), ("FRA",)) in _dyads(events)


def test_refusing_to_sit_across_from_a_state_rejects_talks_with_it():
    # "Britain would not sit across from Russia ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("would", 3, "aux", "AUX", "would", "MD"),
            ("not", 3, "neg", "PART", "not"), ("sit", 3, "ROOT", "VERB", "sit", "VB"),
            ("across", 3, "prt", "ADP", "across"), ("from", 3, "prep", "ADP", "from"),
            ("Russia", 5, "pobj", "PROPN", "Russia"), (".", 3, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("REJECT", ("GBR",), ("RUS",))]


def test_its_neighbours_are_not_itself():
    # "Britain would not accept lectures from its neighbours ." (no demand at home, no Britain -> Britain)
    rows = [("Britain", 4, "nsubj", "PROPN", "Britain", "NNP"), ("would", 4, "aux", "AUX", "would", "MD"),
            ("not", 4, "neg", "PART", "not", "RB"), ("accept", 4, "ROOT", "VERB", "accept", "VB"),
            ("lectures", 3, "dobj", "NOUN", "lecture", "NNS"), ("from", 4, "prep", "ADP", "from", "IN"),
            ("its", 7, "poss", "PRON", "its", "PRP$"), ("neighbours", 5, "pobj", "NOUN", "neighbour", "NNS"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    rows = [(w, h if h != 4 else 3, *rest) for w, h, *rest in rows]
    assert ("REJECT", ("GBR",), ("GBR",)) not in _dyads(events_of(rows, kb=default_kb()))


def test_what_an_act_met_from_others_is_their_reaction_to_its_author():
    # "France proposed talks with Iran . The proposal met resistance from Italy ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("The", 7, "det", "DET", "the"), ("proposal", 8, "nsubj", "NOUN", "proposal"),
            ("met", 8, "ROOT", "VERB", "meet"), ("resistance", 8, "dobj", "NOUN", "resistance"),
            ("from", 9, "prep", "ADP", "from"), ("Italy", 10, "pobj", "PROPN", "Italy"), (".", 8, "punct", "PUNCT", ".")]
    events = _dyads(events_of(rows, (0, 6)))
    assert ("REJECT", ("ITA",), ("FRA",)) in events
    assert not [e for e in events if e[0] == "CONSULT"]      # meeting resistance is no meeting
    # an actor as the subject: "Germany faced criticism from Britain ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("faced", 1, "ROOT", "VERB", "face"),
            ("criticism", 1, "dobj", "NOUN", "criticism"), ("from", 2, "prep", "ADP", "from"),
            ("Britain", 3, "pobj", "PROPN", "Britain"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("GBR",), ("DEU",))]
    # a participle's subject: "Germany left , drawing criticism from Britain ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("left", 1, "ROOT", "VERB", "leave"),
            (",", 1, "punct", "PUNCT", ","), ("drawing", 1, "advcl", "VERB", "draw"),
            ("criticism", 3, "dobj", "NOUN", "criticism"), ("from", 4, "prep", "ADP", "from"),
            ("Britain", 5, "pobj", "PROPN", "Britain"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("GBR",), ("DEU",)) in _dyads(events_of(rows))


def test_a_reaction_met_below_a_headline_is_coded_and_the_headlines_is_not():
    # "Rome plan meets resistance \n France proposed talks with Iran . The proposal met resistance from Italy ."
    words = ["Rome", "plan", "meets", "resistance", "\n", "France", "proposed", "talks", "with", "Iran", ".",
             "The", "proposal", "met", "resistance", "from", "Italy", "."]
    heads = [1, 2, 2, 2, 2, 6, 6, 6, 7, 8, 6, 12, 13, 13, 13, 14, 15, 13]
    deps = ["compound", "nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct",
            "det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "NOUN", "VERB", "NOUN", "SPACE", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT",
           "DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Rome", "plan", "meet", "resistance", "\n", "France", "propose", "talk", "with", "Iran", ".",
              "the", "proposal", "meet", "resistance", "from", "Italy", "."]
    spaces = [True, True, True, False, False] + [True] * 4 + [False, True] + [True] * 5 + [False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[i in (0, 5, 11) for i in range(len(words))])
    events = _dyads(find_events(doc, {"actors": index_for(doc)}))
    assert ("REJECT", ("ITA",), ("FRA",)) in events


def test_a_meeting_to_come_is_no_meeting_held():
    # "Britain spoke before the meeting with France ." / "… after the meeting with France ."
    def rows(prep):
        return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("spoke", 1, "ROOT", "VERB", "speak"),
                (prep, 1, "prep", "ADP", prep), ("the", 4, "det", "DET", "the"),
                ("meeting", 2, "pobj", "NOUN", "meeting"), ("with", 4, "prep", "ADP", "with"),
                ("France", 5, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert not [e for e in events_of(rows("before")) if e.type == "CONSULT"]
    assert [e.type for e in events_of(rows("after"))] == ["CONSULT"]


def test_backing_nobody_named_is_no_event_but_a_promise_of_ones_own_act_is():
    # "Italy would support measures ." : support of no one named
    rows = [("Italy", 2, "nsubj", "PROPN", "Italy"), ("would", 2, "aux", "AUX", "would", "MD"),
            ("support", 2, "ROOT", "VERB", "support", "VB"), ("measures", 2, "dobj", "NOUN", "measure", "NNS"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    assert [e for e in events_of(rows) if not e.target] == []
    # "Italy agreed to resign ." : an agreement about its own act stands without a target
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("agreed", 1, "ROOT", "VERB", "agree", "VBD"),
            ("to", 3, "aux", "PART", "to", "TO"), ("resign", 1, "xcomp", "VERB", "resign", "VB"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert [(e.type, e.target) for e in events_of(rows)] == [("AGREE", ())]


def test_a_warning_about_a_fight_with_a_state_accuses_no_one_but_one_about_its_leaders_does():
    # "Britain warned that a fight with France would cost jobs ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("that", 7, "mark", "SCONJ", "that"), ("a", 4, "det", "DET", "a"), ("fight", 7, "nsubj", "NOUN", "fight"),
            ("with", 4, "prep", "ADP", "with"), ("France", 5, "pobj", "PROPN", "France"),
            ("cost", 1, "ccomp", "VERB", "cost"), ("jobs", 7, "dobj", "NOUN", "job"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []
    # "Britain warned that the leaders of France would lie ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("that", 7, "mark", "SCONJ", "that"), ("the", 4, "det", "DET", "the"),
            ("leaders", 7, "nsubj", "NOUN", "leader"), ("of", 4, "prep", "ADP", "of"), ("France", 5, "pobj", "PROPN", "France"),
            ("lie", 1, "ccomp", "VERB", "lie"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("GBR",), ("FRA",))]


def test_an_act_awaited_until_is_not_yet_done():
    # "Sanctions would stay until Russia withdrew from Ukraine ." / "… stayed until …"
    def rows(aux):
        out = [("Sanctions", 2 if aux else 1, "nsubj", "NOUN", "sanction")]
        if aux:
            out.append(("would", 2, "aux", "AUX", "would"))
        n = len(out)
        out += [("stay" if aux else "stayed", n, "ROOT", "VERB", "stay"), ("until", n + 3, "mark", "SCONJ", "until"),
                ("Russia", n + 3, "nsubj", "PROPN", "Russia"), ("withdrew", n, "advcl", "VERB", "withdraw"),
                ("from", n + 3, "prep", "ADP", "from"), ("Ukraine", n + 4, "pobj", "PROPN", "Ukraine"),
                (".", n, "punct", "PUNCT", ".")]
        return out
    assert [e for e in events_of(rows(True)) if e.type == "RETREAT"] == []
    assert [(e.type, e.source) for e in events_of(rows(False)) if e.type == "RETREAT"] == [("RETREAT", ("RUS",))]


@pytest.mark.parametrize(("verb", "coded", "mod", "mod_dep", "obj", "at_home"), [
    ("sanction", "SANCTION", "its", "poss", "part", False),          # "sanctioned its part": one's own thing
    ("sanction", "SANCTION", "its", "poss", "trader", True),         # "its traders": people at home
    ("threaten", "THREATEN", "regional", "amod", "peace", False),    # "regional peace": a common good
    ("threaten", "THREATEN", "regional", "amod", "trader", True),
])
def test_a_thing_is_no_target_at_home_but_people_are(verb, coded, mod, mod_dep, obj, at_home):
    # "Britain <verb>ed <mod> <obj>(s) ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), (verb + "ed", 1, "ROOT", "VERB", verb),
            (mod, 3, mod_dep, "PRON" if mod_dep == "poss" else "ADJ", mod),
            (obj + "s" if at_home else obj, 1, "dobj", "NOUN", obj), (".", 1, "punct", "PUNCT", ".")]
    assert ((coded, ("GBR",), ("GBR",)) in _dyads(events_of(rows, kb=default_kb()))) is at_home


def test_a_part_of_ones_own_thing_is_no_target_at_home():
    # "Britain sanctioned an inch of its waters .": a part of one's own thing is one's own too
    part = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("sanctioned", 1, "ROOT", "VERB", "sanction"),
            ("an", 3, "det", "DET", "an"), ("inch", 1, "dobj", "NOUN", "inch"), ("of", 3, "prep", "ADP", "of"),
            ("its", 6, "poss", "PRON", "its"), ("waters", 4, "pobj", "NOUN", "water"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("SANCTION", ("GBR",), ("GBR",)) not in _dyads(events_of(part))


@pytest.mark.parametrize(("prep", "coded"), [("by", True), ("without", False)])
def test_a_gerund_after_a_preposition_is_done_by_the_verbs_subject(prep, coded):
    # "Russia responded by expelling British diplomats ." ("without expelling": not done)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("responded", 1, "ROOT", "VERB", "respond"),
            (prep, 1, "prep", "ADP", prep), ("expelling", 2, "pcomp", "VERB", "expel"),
            ("British", 5, "amod", "ADJ", "british"), ("diplomats", 3, "dobj", "NOUN", "diplomat"),
            (".", 1, "punct", "PUNCT", ".")]
    found = [d for d in _dyads(events_of(rows)) if d[1] == ("RUS",)]
    assert bool(found) is coded


def _said(mark: str, det: str = "an", det_dep: str = "det"):
    # "Britain said <mark> an attack in Russia killed tourists ." (the attack as the subject)
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("said", 1, "ROOT", "VERB", "say"),
            (mark, 7, "mark", "SCONJ", mark), (det, 4, det_dep, "DET" if det_dep == "det" else "ADJ",
             det),
            ("attack", 7, "nsubj", "NOUN", "attack"), ("in", 4, "prep", "ADP", "in"),
            ("Russia", 5, "pobj", "PROPN", "Russia"),
            ("killed", 1, "advcl" if mark != "that" else "ccomp", "VERB", "kill"),
            ("tourists", 7, "dobj", "NOUN", "tourist"), (".", 1, "punct", "PUNCT", ".")]


def test_a_clause_beside_a_report_is_not_reported():
    # "Britain said that attacks hit Russia": the reporter stands for the unnamed attackers
    assert ("ASSAULT", ("GBR",), ("RUS",)) in _dyads(events_of(_said("that")))
    # "Britain said so after an attack …": the attack is not Britain's
    assert not [e for e in events_of(_said("after")) if e.type == "ASSAULT" and e.source == ("GBR",)]
    # "a militant attack" names its (unnamed) attacker, even in what Britain reports
    assert not [e for e in events_of(_said("that", "militant", "amod"))
                if e.type == "ASSAULT" and e.source == ("GBR",)]


@pytest.mark.parametrize(("obj", "lemma", "coded"), [("ties", "tie", True), ("aid", "aid", True),
                                                    ("taxes", "tax", False), ("tape", "tape", False)])
def test_cutting_is_a_sanction_only_of_ties_aid_and_trade(obj, lemma, coded):
    # "Britain cut <obj> to Russia ." ("cut red tape", "cut taxes" sanction no one)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("cut", 1, "ROOT", "VERB", "cut"),
            (obj, 1, "dobj", "NOUN", lemma), ("to", 1, "prep", "ADP", "to"),
            ("Russia", 3, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    assert bool([e for e in events_of(rows) if e.type == "SANCTION"]) is coded


def test_a_relative_pronoun_stands_for_its_noun():
    # "Italy , which sanctioned Russia , said no ." : Italy sanctioned Russia
    rows = [("Italy", 6, "nsubj", "PROPN", "Italy"), (",", 0, "punct", "PUNCT", ","),
            ("which", 3, "nsubj", "PRON", "which"), ("sanctioned", 0, "relcl", "VERB", "sanction"),
            ("Russia", 3, "dobj", "PROPN", "Russia"), (",", 0, "punct", "PUNCT", ","),
            ("said", 6, "ROOT", "VERB", "say"), ("no", 6, "dobj", "INTJ", "no"), (".", 6, "punct", "PUNCT", ".")]
    assert ("SANCTION", ("ITA",), ("RUS",)) in _dyads(events_of(rows))
    # "Italy , which Russia sanctioned , said no ." : Russia sanctioned Italy
    rows[2:5] = [("which", 4, "dobj", "PRON", "which"), ("Russia", 4, "nsubj", "PROPN", "Russia"),
                 ("sanctioned", 0, "relcl", "VERB", "sanction")]
    assert ("SANCTION", ("RUS",), ("ITA",)) in _dyads(events_of(rows))


def test_joint_talks_are_coded_both_ways_and_their_venue_is_no_target():
    # "Iran and US met in Britain . Russia and Germany welcomed the talks ."
    rows = [("Iran", 3, "nsubj", "PROPN", "Iran"), ("and", 0, "cc", "CCONJ", "and"),
            ("US", 0, "conj", "PROPN", "US"), ("met", 3, "ROOT", "VERB", "meet"),
            ("in", 3, "prep", "ADP", "in"), ("Britain", 4, "pobj", "PROPN", "Britain"),
            (".", 3, "punct", "PUNCT", "."),
            ("Russia", 10, "nsubj", "PROPN", "Russia"), ("and", 7, "cc", "CCONJ", "and"),
            ("Germany", 7, "conj", "PROPN", "Germany"), ("welcomed", 10, "ROOT", "VERB", "welcome"),
            ("the", 12, "det", "DET", "the"), ("talks", 10, "dobj", "NOUN", "talk"),
            (".", 10, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 7)))
    assert ("CONSULT", ("IRN", "USA"), ("IRN", "USA")) in dyads
    assert not [d for d in dyads if d[0] == "CONSULT" and "GBR" in d[2]]
    # the talks welcomed are Iran's and the US's, not talks between Russia and Germany
    assert ("SUPPORT", ("RUS", "DEU"), ("IRN", "USA")) in dyads


def test_the_venue_of_a_meeting_is_no_target_beside_the_one_met():
    # "Iran met France in Britain ." codes Iran's meeting with France only
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("met", 1, "ROOT", "VERB", "meet"),
            ("France", 1, "dobj", "PROPN", "France"), ("in", 1, "prep", "ADP", "in"),
            ("Britain", 3, "pobj", "PROPN", "Britain"), (".", 1, "punct", "PUNCT", ".")]
    consults = [d for d in _dyads(events_of(rows)) if d[0] == "CONSULT"]
    assert consults == [("CONSULT", ("IRN",), ("FRA",))]


def test_a_dateline_is_no_subject():
    # "Talks ⏎ RUSSIA -- Iranian negotiators met Britain ." with the dateline parsed as a subject
    rows = [("Talks", 0, "ROOT", "NOUN", "talk"), ("\n", 0, "dep", "SPACE", "\n"),
            ("RUSSIA", 5, "nsubj", "PROPN", "Russia"), ("--", 5, "punct", "PUNCT", "--"),
            ("Iran", 5, "nsubj", "PROPN", "Iran"), ("met", 5, "ROOT", "VERB", "meet"),
            ("Britain", 5, "dobj", "PROPN", "Britain"), (".", 5, "punct", "PUNCT", ".")]
    spaces = [False, False, True, True, True, True, False, False]
    doc = make_doc(rows, starts=(0, 2), spaces=spaces)
    assert doc.text == "Talks\nRUSSIA -- Iran met Britain."
    dyads = _dyads(find_events(doc, {"actors": index_for(doc)}))
    assert ("CONSULT", ("IRN",), ("GBR",)) in dyads
    # the story's subject parsed as the dateline's apposition: "RUSSIA -- Iran" with Iran its appos
    rows[4] = ("Iran", 2, "appos", "PROPN", "Iran")
    doc = make_doc(rows, starts=(0, 2), spaces=spaces)
    assert ("CONSULT", ("IRN",), ("GBR",)) in _dyads(find_events(doc, {"actors": index_for(doc)}))


def test_a_threat_to_make_someone_act_targets_them():
    # "Britain threatened to make Russia pay ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("make", 1, "xcomp", "VERB", "make"),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("pay", 3, "ccomp", "VERB", "pay"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("THREATEN", ("GBR",), ("RUS",)) in _dyads(events_of(rows))


@pytest.mark.parametrize(("first", "lemma", "noun"), [("accused", "accuse", "complaint"),
                                                      ("asked", "ask", "case")])
def test_a_complaint_or_a_case_refers_back_to_its_author(first, lemma, noun):
    # "Britain <accused|asked> Russia . Russia rejected the <complaint|case> ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), (first, 1, "ROOT", "VERB", lemma),
            ("Russia", 1, "dobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("the", 7, "det", "DET", "the"), (noun, 5, "dobj", "NOUN", noun), (".", 5, "punct", "PUNCT", ".")]
    assert ("REJECT", ("RUS",), ("GBR",)) in _dyads(events_of(rows, starts=(0, 4)))



@pytest.mark.parametrize("noun", ["protest", "complaint"])
def test_a_protest_refers_back_to_the_protest_made(noun):
    # "Britain boycotted Russia . Russia rejected the <protest|complaint> ." (a protest by act,
    # PROTEST, as well as one in words, ACCUSE)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("boycotted", 1, "ROOT", "VERB", "boycott"),
            ("Russia", 1, "dobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("the", 7, "det", "DET", "the"), (noun, 5, "dobj", "NOUN", noun), (".", 5, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 4)))
    assert ("PROTEST", ("GBR",), ("RUS",)) in dyads
    assert ("REJECT", ("RUS",), ("GBR",)) in dyads

def test_a_second_act_hung_inside_a_report_is_the_reporter_s():
    # "Britain said Russia was attacked and called on France to act ." ("called" conjoined to the
    # reported "attacked", in the reporter's tense)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("Russia", 4, "nsubjpass", "PROPN", "Russia", "NNP"), ("was", 4, "auxpass", "AUX", "be", "VBD"),
            ("attacked", 1, "ccomp", "VERB", "attack", "VBN"), ("and", 4, "cc", "CCONJ", "and", "CC"),
            ("called", 4, "conj", "VERB", "call", "VBD"), ("on", 6, "prep", "ADP", "on", "IN"),
            ("France", 7, "pobj", "PROPN", "France", "NNP"), ("to", 10, "aux", "PART", "to", "TO"),
            ("act", 6, "xcomp", "VERB", "act", "VB"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert ("REQUEST", ("GBR",), ("FRA",)) in _dyads(events_of(rows))


def test_both_sides_are_the_two_states_named_last():
    # "Russia attacked Ukraine . France urged both sides to talk ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("France", 5, "nsubj", "PROPN", "France"), ("urged", 5, "ROOT", "VERB", "urge"),
            ("both", 7, "det", "DET", "both"), ("sides", 5, "dobj", "NOUN", "side"),
            ("to", 9, "aux", "PART", "to"), ("talk", 5, "xcomp", "VERB", "talk"), (".", 5, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("FRA",), ("RUS", "UKR")) in _dyads(events_of(rows, starts=(0, 4)))
    # "the sides" without "both" or "two" is no pair named before
    rows[6] = ("the", 7, "det", "DET", "the")
    assert not [d for d in _dyads(events_of(rows, starts=(0, 4))) if d[0] == "REQUEST" and d[2]]
    # "Russia attacked Ukraine . France called on both sides to talk ." (the pair after "on")
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("France", 5, "nsubj", "PROPN", "France"), ("called", 5, "ROOT", "VERB", "call"),
            ("on", 5, "prep", "ADP", "on"), ("both", 8, "det", "DET", "both"), ("sides", 6, "pobj", "NOUN", "side"),
            ("to", 10, "aux", "PART", "to"), ("talk", 5, "xcomp", "VERB", "talk"), (".", 5, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("FRA",), ("RUS", "UKR")) in _dyads(events_of(rows, starts=(0, 4)))
    # "Russia attacked Ukraine in Germany . France urged both sides to talk .": Germany is a place
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), ("in", 1, "prep", "ADP", "in"),
            ("Germany", 3, "pobj", "PROPN", "Germany"), (".", 1, "punct", "PUNCT", "."),
            ("France", 7, "nsubj", "PROPN", "France"), ("urged", 7, "ROOT", "VERB", "urge"),
            ("both", 9, "det", "DET", "both"), ("sides", 7, "dobj", "NOUN", "side"),
            ("to", 11, "aux", "PART", "to"), ("talk", 7, "xcomp", "VERB", "talk"), (".", 7, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("FRA",), ("RUS", "UKR")) in _dyads(events_of(rows, starts=(0, 6)))


def test_talks_between_two_states_aim_at_both():
    # "France offered to host talks between Iran and Israel ." ("host" an infinitive adverbial)
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("to", 3, "aux", "PART", "to"), ("host", 1, "advcl", "VERB", "host"),
            ("talks", 3, "dobj", "NOUN", "talk"), ("between", 4, "prep", "ADP", "between"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), ("and", 6, "cc", "CCONJ", "and"),
            ("Israel", 6, "conj", "PROPN", "Israel"), (".", 1, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows))
    assert dyads and all(d[1] == ("FRA",) and d[2] == ("IRN", "ISR") for d in dyads)


def test_rejecting_that_demand_answers_the_statement_before():
    # "Iran said so . Russia rejected that demand ." with no request coded before: the demand is
    # the statement of the sentence before, Iran's
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("said", 1, "ROOT", "VERB", "say"),
            ("so", 1, "advmod", "ADV", "so"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("that", 7, "det", "DET", "that"), ("demand", 5, "dobj", "NOUN", "demand"),
            (".", 5, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 4))
    said = Quote(id="q1", kind="indirect", text="so", start=doc[2].idx, end=doc[2].idx + 2, speaker="IRN")
    events = find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})
    assert ("REJECT", ("RUS",), ("IRN",)) in _dyads(events)
    # "the idea" is the topic, not the statement: whose idea the sentence before need not say
    rows[7] = ("idea", 5, "dobj", "NOUN", "idea")
    doc = make_doc(rows, starts=(0, 4))
    events = find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})
    assert ("REJECT", ("RUS",), ("IRN",)) not in _dyads(events)


@pytest.mark.parametrize(("det", "answered"), [("that", ("IRN",)), ("the", ("FRA",))])
def test_that_demand_is_the_statement_just_before_even_after_a_request_coded_earlier(det, answered):
    # "France urged Israel to stop . Iran said so . Russia rejected that demand .": "that" points at
    # Iran's statement just before; "the demand" may be France's, the request coded before
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), ("to", 4, "aux", "PART", "to"),
            ("stop", 1, "xcomp", "VERB", "stop"), (".", 1, "punct", "PUNCT", "."),
            ("Iran", 7, "nsubj", "PROPN", "Iran"), ("said", 7, "ROOT", "VERB", "say"),
            ("so", 7, "advmod", "ADV", "so"), (".", 7, "punct", "PUNCT", "."),
            ("Russia", 11, "nsubj", "PROPN", "Russia"), ("rejected", 11, "ROOT", "VERB", "reject"),
            (det, 13, "det", "DET", det), ("demand", 11, "dobj", "NOUN", "demand"),
            (".", 11, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 6, 10))
    said = Quote(id="q1", kind="indirect", text="so", start=doc[8].idx, end=doc[8].idx + 2, speaker="IRN")
    events = find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})
    assert ("REQUEST", ("FRA",), ("ISR",)) in _dyads(events)
    assert [d for d in _dyads(events) if d[0] == "REJECT"] == [("REJECT", ("RUS",), answered)]


def test_refusing_to_accept_the_proposal_and_a_proposal_that_was_rejected_answer_its_author():
    # "France proposed talks . Russia refused to accept the proposal ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("talks", 1, "dobj", "NOUN", "talk"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("refused", 5, "ROOT", "VERB", "refuse"),
            ("to", 7, "aux", "PART", "to"), ("accept", 5, "xcomp", "VERB", "accept"),
            ("the", 9, "det", "DET", "the"), ("proposal", 7, "dobj", "NOUN", "proposal"),
            (".", 5, "punct", "PUNCT", ".")]
    assert ("REJECT", ("RUS",), ("FRA",)) in _dyads(events_of(rows, starts=(0, 4)))
    # "France pushed for a proposal that Russia rejected ." (the reaction is the noun's clause)
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("pushed", 1, "ROOT", "VERB", "push"),
            ("for", 1, "prep", "ADP", "for"), ("a", 4, "det", "DET", "a"),
            ("proposal", 2, "pobj", "NOUN", "proposal"), ("that", 7, "dobj", "PRON", "that"),
            ("Russia", 7, "nsubj", "PROPN", "Russia"), ("rejected", 4, "relcl", "VERB", "reject"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("REJECT", ("RUS",), ("FRA",)) in _dyads(events_of(rows))


def test_opposing_the_language_answers_the_act_that_sought_that_language():
    # "France pushed for language . Italy urged Britain to wait . Russia opposed the language ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("pushed", 1, "ROOT", "VERB", "push"),
            ("for", 1, "prep", "ADP", "for"), ("language", 2, "pobj", "NOUN", "language"),
            (".", 1, "punct", "PUNCT", "."),
            ("Italy", 6, "nsubj", "PROPN", "Italy"), ("urged", 6, "ROOT", "VERB", "urge"),
            ("Britain", 6, "dobj", "PROPN", "Britain"), ("to", 9, "aux", "PART", "to"),
            ("wait", 6, "xcomp", "VERB", "wait"), (".", 6, "punct", "PUNCT", "."),
            ("Russia", 12, "nsubj", "PROPN", "Russia"), ("opposed", 12, "ROOT", "VERB", "oppose"),
            ("the", 14, "det", "DET", "the"), ("language", 12, "dobj", "NOUN", "language"),
            (".", 12, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 5, 11)))
    assert ("REJECT", ("RUS",), ("FRA",)) in dyads and ("REJECT", ("RUS",), ("ITA",)) not in dyads


def test_pressing_for_the_decision_asks_whoever_took_it():
    # "France attacked Russia . Italy pressed for the decision ." (a request that refers back)
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Russia", 1, "dobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 5, "nsubj", "PROPN", "Italy"), ("pressed", 5, "ROOT", "VERB", "press"),
            ("for", 5, "prep", "ADP", "for"), ("the", 8, "det", "DET", "the"),
            ("decision", 6, "pobj", "NOUN", "decision"), (".", 5, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("ITA",), ("FRA",)) in _dyads(events_of(rows, starts=(0, 4)))


def test_a_person_of_no_state_is_nobodys_home(monkeypatch):
    # "Okafor will not accept schemes Okafor ." (a misparse hanging the speaker's name on the verb,
    # as in "«We will not accept any scheme», a lawyer, Lim Jae-sung, told reporters"): a person
    # with no state is not the home target of his own refusal
    monkeypatch.setitem(PEOPLE, "Okafor", ("person:okafor", None))
    rows = [("Okafor", 3, "nsubj", "PROPN", "Okafor"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("accept", 3, "ROOT", "VERB", "accept"),
            ("schemes", 3, "dobj", "NOUN", "scheme"), ("Okafor", 3, "dobj", "PROPN", "Okafor"),
            (".", 3, "punct", "PUNCT", ".")]
    assert not [d for d in _dyads(events_of(rows)) if d[2] == ("person:okafor",)]


def test_an_ally_of_someone_is_not_that_someone():
    # "France , an ally of Italy , attacked Russia ."
    rows = [("France", 6, "nsubj", "PROPN", "France"), (",", 0, "punct", "PUNCT", ","),
            ("an", 3, "det", "DET", "an"), ("ally", 0, "appos", "NOUN", "ally"),
            ("of", 3, "prep", "ADP", "of"), ("Italy", 4, "pobj", "PROPN", "Italy"),
            ("attacked", 6, "ROOT", "VERB", "attack"), ("Russia", 6, "dobj", "PROPN", "Russia"),
            (".", 6, "punct", "PUNCT", ".")]
    assert ("ASSAULT", ("FRA",), ("RUS",)) in _dyads(events_of(rows))


@pytest.mark.parametrize(("mod", "ent", "coded"), [("Russian", "NORP", "ASSAULT"), ("general", "", "PROTEST")])
def test_a_states_strike_is_an_attack_a_general_strike_a_protest(mod, ent, coded):
    # "Britain reported a <mod> strike ."
    from spacy.tokens import Span

    from faultline.extract.event_patterns import load_patterns
    from faultline.extract.events import match_trigger
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("reported", 1, "ROOT", "VERB", "report"),
            ("a", 4, "det", "DET", "a"), (mod, 4, "amod", "ADJ", mod.lower()), ("strike", 1, "dobj", "NOUN", "strike"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    if ent:
        doc.ents = [Span(doc, 3, 4, label=ent)]
    assert match_trigger(doc[4], load_patterns()).type == coded


def _then_no_withdrawal(verb: str, lemma: str):
    # "France <verb> talks with Iran . Britain will not withdraw ."
    return [("France", 1, "nsubj", "PROPN", "France"), (verb, 1, "ROOT", "VERB", lemma),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 9, "nsubj", "PROPN", "Britain"), ("will", 9, "aux", "AUX", "will"),
            ("not", 9, "neg", "PART", "not"), ("withdraw", 9, "ROOT", "VERB", "withdraw"),
            (".", 9, "punct", "PUNCT", ".")]


def test_refusing_to_give_way_refuses_a_demand_not_a_proposal():
    demanded = _dyads(events_of(_then_no_withdrawal("demanded", "demand"), starts=(0, 6)))
    assert ("REJECT", ("GBR",), ("FRA",)) in demanded
    proposed = _dyads(events_of(_then_no_withdrawal("proposed", "propose"), starts=(0, 6)))
    assert not [e for e in proposed if e[0] == "REJECT"]


def _clashed_with(absolute: bool):
    # "France clashed , with Germany accusing Italy ." (a scene) / "France clashed with Germany ."
    if absolute:
        return [("France", 1, "nsubj", "PROPN", "France"), ("clashed", 1, "ROOT", "VERB", "clash"),
                (",", 1, "punct", "PUNCT", ","), ("with", 1, "prep", "ADP", "with"),
                ("Germany", 5, "nsubj", "PROPN", "Germany"), ("accusing", 3, "pcomp", "VERB", "accuse"),
                ("Italy", 5, "dobj", "PROPN", "Italy"), (".", 1, "punct", "PUNCT", ".")]
    return [("France", 1, "nsubj", "PROPN", "France"), ("clashed", 1, "ROOT", "VERB", "clash"),
            ("with", 1, "prep", "ADP", "with"), ("Germany", 2, "pobj", "PROPN", "Germany"),
            (".", 1, "punct", "PUNCT", ".")]


def test_a_scene_set_by_with_is_no_argument_of_the_verb():
    assert _dyads(events_of(_clashed_with(False))) == [("ASSAULT", ("FRA",), ("DEU",))]
    assert ("ASSAULT", ("FRA",), ("DEU",)) not in _dyads(events_of(_clashed_with(True)))
    assert ("ACCUSE", ("DEU",), ("ITA",)) in _dyads(events_of(_clashed_with(True)))


def test_a_question_is_no_request():
    # "Britain asked Iran to free the crew ." is a request; "asked about / whether / why" a question
    request = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
               ("Iran", 1, "dobj", "PROPN", "Iran"), ("to", 4, "aux", "PART", "to"),
               ("free", 1, "xcomp", "VERB", "free"), ("the", 6, "det", "DET", "the"),
               ("crew", 4, "dobj", "NOUN", "crew"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(request)] == [("REQUEST", ("GBR",), ("IRN",))]
    about = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
             ("Iran", 1, "dobj", "PROPN", "Iran"), ("about", 1, "prep", "ADP", "about"),
             ("the", 5, "det", "DET", "the"), ("crew", 3, "pobj", "NOUN", "crew"), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(about)] == []
    whether = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
               ("whether", 4, "mark", "SCONJ", "whether"), ("Iran", 4, "nsubj", "PROPN", "Iran"),
               ("agreed", 1, "ccomp", "VERB", "agree", "VBD"), (".", 1, "punct", "PUNCT", ".")]
    assert "REQUEST" not in [e.type for e in events_of(whether)]
    why = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
           ("why", 4, "advmod", "ADV", "why", "WRB"), ("Iran", 4, "nsubj", "PROPN", "Iran"),
           ("left", 1, "ccomp", "VERB", "leave", "VBD"), (".", 1, "punct", "PUNCT", ".")]
    assert "REQUEST" not in [e.type for e in events_of(why)]


def test_a_reminder_is_a_request_only_of_something_to_do():
    # "Britain reminded Iran to free the crew ." asks; "Britain reminded Iran that the deal holds ." informs
    to_do = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("reminded", 1, "ROOT", "VERB", "remind", "VBD"),
             ("Iran", 1, "dobj", "PROPN", "Iran"), ("to", 4, "aux", "PART", "to", "TO"),
             ("free", 1, "xcomp", "VERB", "free", "VB"), ("the", 6, "det", "DET", "the"),
             ("crew", 4, "dobj", "NOUN", "crew"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.target) for e in events_of(to_do)] == [("REQUEST", ("IRN",))]
    that = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("reminded", 1, "ROOT", "VERB", "remind", "VBD"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), ("that", 6, "mark", "SCONJ", "that"),
            ("the", 5, "det", "DET", "the"), ("deal", 6, "nsubj", "NOUN", "deal"),
            ("holds", 1, "ccomp", "VERB", "hold", "VBZ"), (".", 1, "punct", "PUNCT", ".")]
    assert "REQUEST" not in [e.type for e in events_of(that)]


def test_a_clause_hung_on_the_agent_is_not_the_agent():
    # "Iran was accused by experts of Britain of arming Russia ." with "of arming" hung on the agent
    # noun: the accusers are Britain's experts, not Russia
    rows = [("Iran", 2, "nsubjpass", "PROPN", "Iran"), ("was", 2, "auxpass", "AUX", "be"),
            ("accused", 3, "ROOT", "VERB", "accuse", "VBN"), ("by", 2, "agent", "ADP", "by"),
            ("experts", 3, "pobj", "NOUN", "expert"), ("of", 4, "prep", "ADP", "of"),
            ("Britain", 5, "pobj", "PROPN", "Britain"), ("of", 4, "prep", "ADP", "of"),
            ("arming", 7, "pcomp", "VERB", "arm", "VBG"), ("Russia", 8, "dobj", "PROPN", "Russia"),
            (".", 2, "punct", "PUNCT", ".")]
    accusations = [(e.source, e.target) for e in events_of(rows) if e.type == "ACCUSE"]
    assert accusations == [(("GBR",), ("IRN",))]


def test_a_subject_s_place_is_not_where_the_act_happens():
    # "Russia shelled a camp as mediators in Britain waited ." (the mediators are in Britain; the
    # camp, named without a country, is at home)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("shelled", 1, "ROOT", "VERB", "shell", "VBD"),
            ("a", 3, "det", "DET", "a"), ("camp", 1, "dobj", "NOUN", "camp"), ("as", 8, "mark", "SCONJ", "as"),
            ("mediators", 8, "nsubj", "NOUN", "mediator"), ("in", 5, "prep", "ADP", "in"),
            ("Britain", 6, "pobj", "PROPN", "Britain"), ("waited", 1, "advcl", "VERB", "wait", "VBD"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.target) for e in events_of(rows) if e.type == "ASSAULT"] == [("ASSAULT", ("RUS",))]


@pytest.mark.parametrize("verb, lemma, expected", [
    ("held", "hold", [("CONSULT", ("FRA", "ITA"), ("FRA", "ITA"))]),   # talks between them
    ("hosted", "host", []),                                            # talks between others
])
def test_hosts_of_talks_do_not_talk_to_one_another(verb, lemma, expected):
    rows = [("France", 3, "nsubj", "PROPN", "France"), ("and", 0, "cc", "CCONJ", "and"),
            ("Italy", 0, "conj", "PROPN", "Italy"), (verb, 3, "ROOT", "VERB", lemma, "VBD"),
            ("talks", 3, "dobj", "NOUN", "talk"), (".", 3, "punct", "PUNCT", ".")]
    got = [(e.type, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in events_of(rows)]
    assert got == expected


@pytest.mark.parametrize("modifier, expected", [("international", []), ("Western", []),
                                                ("local", [("REQUEST", ("GBR",))])])
def test_a_group_abroad_is_nobody_at_home(modifier, expected):
    # "Britain called on the international community to act ." (not Britain's own people, as "the
    # local community" would be)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("on", 1, "prep", "ADP", "on"), ("the", 5, "det", "DET", "the"),
            (modifier, 5, "amod", "ADJ", modifier), ("community", 2, "pobj", "NOUN", "community"),
            ("to", 7, "aux", "PART", "to", "TO"), ("act", 1, "xcomp", "VERB", "act", "VB"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.target) for e in events_of(rows)] == expected


@pytest.mark.model
def test_no_basis_for_an_act_asserts_none():
    import faultline

    text = ('In Washington, a senior State Department official said the administration saw "no basis" '
            'for lifting its demand.')
    assert [e.type for e in faultline.analyze(text, published="2026-04-02").events if not e.negated] == []


def test_suspending_a_pact_is_not_an_act_at_home():
    # "Britain suspended the treaty in April ." : the treaty binds Britain's partners; the domestic
    # default (an unnamed target is the source's own state) does not apply, and "in April" is no object
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("suspended", 1, "ROOT", "VERB", "suspend", "VBD"),
            ("the", 3, "det", "DET", "the"), ("treaty", 1, "dobj", "NOUN", "treaty"),
            ("in", 1, "prep", "ADP", "in"), ("April", 4, "pobj", "PROPN", "April"), (".", 1, "punct", "PUNCT", ".")]
    assert ("SANCTION", ("GBR",), ("GBR",)) not in _dyads(events_of(rows))
    rows[3] = ("traders", 1, "dobj", "NOUN", "trader")
    assert ("SANCTION", ("GBR",), ("GBR",)) in _dyads(events_of(rows))


def test_denouncing_the_move_aims_at_its_authors_not_at_home():
    # "France and Italy agreed to resume talks . Russia denounced the move on Saturday ."
    rows = [("France", 3, "nsubj", "PROPN", "France"), ("and", 0, "cc", "CCONJ", "and"),
            ("Italy", 0, "conj", "PROPN", "Italy"), ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
            ("to", 5, "aux", "PART", "to"), ("resume", 3, "xcomp", "VERB", "resume", "VB"),
            ("talks", 5, "dobj", "NOUN", "talk"), (".", 3, "punct", "PUNCT", "."),
            ("Russia", 9, "nsubj", "PROPN", "Russia"), ("denounced", 9, "ROOT", "VERB", "denounce", "VBD"),
            ("the", 11, "det", "DET", "the"), ("move", 9, "dobj", "NOUN", "move"), ("on", 9, "prep", "ADP", "on"),
            ("Saturday", 12, "pobj", "PROPN", "Saturday"), (".", 9, "punct", "PUNCT", ".")]
    dyads = [d for d in _dyads(events_of(rows, starts=(0, 8))) if d[1] == ("RUS",)]
    assert dyads and all(d[2] != ("RUS",) for d in dyads)
    assert any(set(d[2]) == {"FRA", "ITA"} for d in dyads)


def test_where_talks_are_held_is_no_party_to_them():
    # "Britain remained committed to talks in Iran .": Iran hosts the talks
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("remained", 1, "ROOT", "VERB", "remain", "VBD"),
            ("committed", 1, "acomp", "ADJ", "committed", "JJ"), ("to", 2, "prep", "ADP", "to"),
            ("talks", 3, "pobj", "NOUN", "talk"), ("in", 4, "prep", "ADP", "in"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert all("IRN" not in d[2] for d in _dyads(events_of(rows)))
    rows[5] = ("with", 4, "prep", "ADP", "with")
    assert any("IRN" in d[2] for d in _dyads(events_of(rows)))


def test_an_object_summing_up_the_act_is_no_target():
    # "Britain asked France to send troops , a request that angered Russia ." with "request" parsed
    # as a second object of "asked": Russia is not asked
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
            ("France", 1, "dobj", "PROPN", "France"), ("to", 4, "aux", "PART", "to"),
            ("send", 1, "xcomp", "VERB", "send", "VB"), ("troops", 4, "dobj", "NOUN", "troop"),
            (",", 1, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "a"), ("request", 1, "dobj", "NOUN", "request"),
            ("that", 10, "nsubj", "PRON", "that"), ("angered", 8, "relcl", "VERB", "anger", "VBD"),
            ("Russia", 10, "dobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    requests = [d for d in _dyads(events_of(rows)) if d[0] == "REQUEST"]
    assert requests and all("RUS" not in d[2] for d in requests)
    assert any(d[2] == ("FRA",) for d in requests)


def test_sending_one_s_own_soldiers_is_no_act_at_home():
    # "Britain sent soldiers ." : the soldiers are Britain's means, not its target at home
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("sent", 1, "ROOT", "VERB", "send", "VBD"),
            ("soldiers", 1, "dobj", "NOUN", "soldier"), (".", 1, "punct", "PUNCT", ".")]
    assert ("MOBILIZE", ("GBR",), ("GBR",)) not in _dyads(events_of(rows))
    # "Britain sent soldiers to France ." : sent to someone
    rows[3:] = [("to", 1, "prep", "ADP", "to"), ("France", 3, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert ("MOBILIZE", ("GBR",), ("FRA",)) in _dyads(events_of(rows))


def test_an_absolute_clause_after_with_names_no_party():
    # "Britain refused to agree , with France pushing to wait ." : France is not whom Britain refused
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("refused", 1, "ROOT", "VERB", "refuse", "VBD"),
            ("to", 3, "aux", "PART", "to"), ("agree", 1, "xcomp", "VERB", "agree", "VB"),
            (",", 3, "punct", "PUNCT", ","), ("with", 3, "prep", "ADP", "with"),
            ("France", 7, "nsubj", "PROPN", "France"), ("pushing", 5, "pcomp", "VERB", "push", "VBG"),
            ("to", 9, "aux", "PART", "to"), ("wait", 7, "xcomp", "VERB", "wait", "VB"), (".", 1, "punct", "PUNCT", ".")]
    assert all("FRA" not in d[2] for d in _dyads(events_of(rows)))
    # "agree with France" names the party
    rows[6:10] = [("France", 5, "pobj", "PROPN", "France")]
    rows[-1] = (".", 1, "punct", "PUNCT", ".")
    assert any("FRA" in d[2] for d in _dyads(events_of(rows)))


def test_a_participle_after_a_verb_of_state_is_passive():
    # "Iranian banks remained cut off from markets ." : the banks are cut off, they cut nothing
    rows = [("Iranian", 1, "amod", "ADJ", "iranian"), ("banks", 2, "nsubj", "NOUN", "bank"),
            ("remained", 2, "ROOT", "VERB", "remain", "VBD"), ("cut", 2, "acomp", "VERB", "cut", "VBN"),
            ("off", 3, "prt", "ADP", "off"), ("from", 3, "prep", "ADP", "from"),
            ("markets", 5, "pobj", "NOUN", "market"), (".", 2, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    actors = ActorIndex(actors={"IRN": Actor(id="IRN", name="Iran", type="state", country="IRN")},
                        mentions=[ActorMention(0, 7, "Iranian", "IRN", 0, 1)])
    assert [e for e in find_events(doc, {"actors": actors}) if e.source == ("IRN",)] == []


def test_a_subject_the_parser_hung_on_the_auxiliary_is_the_clause_s():
    # "Iran has imposed sanctions on France ." with "Iran" attached to "has"
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("has", 2, "aux", "AUX", "have", "VBZ"),
            ("imposed", 2, "ROOT", "VERB", "impose", "VBN"), ("sanctions", 2, "dobj", "NOUN", "sanction"),
            ("on", 2, "prep", "ADP", "on"), ("France", 4, "pobj", "PROPN", "France"), (".", 2, "punct", "PUNCT", ".")]
    assert ("SANCTION", ("IRN",), ("FRA",)) in _dyads(events_of(rows))


def test_an_act_awaited_until_under_a_chain_of_verbs_is_not_yet_done():
    # "Sanctions would keep rising until Russia withdrew from Ukraine .": the modal sits on "keep"
    rows = [("Sanctions", 2, "nsubj", "NOUN", "sanction"), ("would", 2, "aux", "AUX", "would"),
            ("keep", 2, "ROOT", "VERB", "keep"), ("rising", 2, "xcomp", "VERB", "rise", "VBG"),
            ("until", 6, "mark", "SCONJ", "until"), ("Russia", 6, "nsubj", "PROPN", "Russia"),
            ("withdrew", 3, "advcl", "VERB", "withdraw", "VBD"), ("from", 6, "prep", "ADP", "from"),
            ("Ukraine", 7, "pobj", "PROPN", "Ukraine"), (".", 2, "punct", "PUNCT", ".")]
    assert [e for e in events_of(rows) if e.type == "RETREAT"] == []
    rows[1] = ("did", 2, "aux", "AUX", "do")
    assert [e.source for e in events_of(rows) if e.type == "RETREAT"] == [("RUS",)]


def test_both_sides_are_the_two_states_most_at_odds_before():
    # "France attacked Italy . Italy accused France . Britain condemned Russia . Germany urged both
    # sides to stop .": the sides are France and Italy, not the two states named last
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
            ("Italy", 1, "dobj", "PROPN", "Italy"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 5, "nsubj", "PROPN", "Italy"), ("accused", 5, "ROOT", "VERB", "accuse", "VBD"),
            ("France", 5, "dobj", "PROPN", "France"), (".", 5, "punct", "PUNCT", "."),
            ("Britain", 9, "nsubj", "PROPN", "Britain"), ("condemned", 9, "ROOT", "VERB", "condemn", "VBD"),
            ("Russia", 9, "dobj", "PROPN", "Russia"), (".", 9, "punct", "PUNCT", "."),
            ("Germany", 13, "nsubj", "PROPN", "Germany"), ("urged", 13, "ROOT", "VERB", "urge", "VBD"),
            ("both", 15, "det", "DET", "both"), ("sides", 13, "dobj", "NOUN", "side"),
            ("to", 17, "aux", "PART", "to"), ("stop", 13, "xcomp", "VERB", "stop", "VB"),
            (".", 13, "punct", "PUNCT", ".")]
    urged = [d for d in _dyads(events_of(rows, starts=(0, 4, 8, 12))) if d[1] == ("DEU",)]
    assert urged and set(urged[0][2]) == {"FRA", "ITA"}


def test_the_mediator_of_talks_is_no_party_to_them():
    # "France and Italy agreed to resume US-mediated talks ." : France and Italy agree with each other
    rows = [("France", 3, "nsubj", "PROPN", "France"), ("and", 0, "cc", "CCONJ", "and"),
            ("Italy", 0, "conj", "PROPN", "Italy"), ("agreed", 3, "ROOT", "VERB", "agree", "VBD"),
            ("to", 5, "aux", "PART", "to"), ("resume", 3, "xcomp", "VERB", "resume", "VB"),
            ("US", 8, "npadvmod", "PROPN", "US"), ("-", 8, "punct", "PUNCT", "-"),
            ("mediated", 9, "amod", "VERB", "mediate", "VBN"), ("talks", 5, "dobj", "NOUN", "talk"),
            (".", 3, "punct", "PUNCT", ".")]
    spaces = [True, True, True, True, True, True, False, False, True, False, False]
    doc = make_doc(rows, spaces=spaces)
    dyads = _dyads(find_events(doc, {"actors": index_for(doc)}))
    assert dyads and all("USA" not in d[2] for d in dyads)
    assert any(set(d[1]) == {"FRA", "ITA"} and set(d[2]) == {"FRA", "ITA"} for d in dyads)


def test_warning_of_a_veto_is_a_threat_and_both_allies_are_its_sides():
    # "Russia warned that it would veto France 's bid . Germany urged both allies to talk ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("warned", 1, "ROOT", "VERB", "warn", "VBD"),
            ("that", 5, "mark", "SCONJ", "that"), ("it", 5, "nsubj", "PRON", "it"),
            ("would", 5, "aux", "AUX", "would", "MD"), ("veto", 1, "ccomp", "VERB", "veto", "VB"),
            ("France", 8, "poss", "PROPN", "France"), ("'s", 6, "case", "PART", "'s"),
            ("bid", 5, "dobj", "NOUN", "bid"), (".", 1, "punct", "PUNCT", "."),
            ("Germany", 11, "nsubj", "PROPN", "Germany"), ("urged", 11, "ROOT", "VERB", "urge", "VBD"),
            ("both", 13, "det", "DET", "both"), ("allies", 11, "dobj", "NOUN", "ally"),
            ("to", 15, "aux", "PART", "to"), ("talk", 11, "xcomp", "VERB", "talk", "VB"),
            (".", 11, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 10)))
    assert ("THREATEN", ("RUS",), ("FRA",)) in dyads
    urged = [d for d in dyads if d[1] == ("DEU",)]
    assert urged and set(urged[0][2]) == {"RUS", "FRA"}


def test_an_act_that_failed_to_happen_is_not_coded_as_done():
    # "Britain condemned Iran ." is an accusation; "Britain failed to condemn Iran ." is none
    done = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("condemned", 1, "ROOT", "VERB", "condemn"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.negated) for e in events_of(done)] == [("ACCUSE", False)]
    failed = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("failed", 1, "ROOT", "VERB", "fail"),
              ("to", 3, "aux", "PART", "to"), ("condemn", 1, "xcomp", "VERB", "condemn"),
              ("Iran", 3, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.negated) for e in events_of(failed) if not e.negated] == []


def test_what_someone_else_would_do_is_not_the_target_of_allowing_it():
    # "Britain will not allow anyone to attack Iran ." ("anyone" read as the complement's subject):
    # Britain refuses nothing to Iran
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("allow", 3, "ROOT", "VERB", "allow"),
            ("anyone", 6, "nsubj", "PRON", "anyone"), ("to", 6, "aux", "PART", "to"),
            ("attack", 3, "ccomp", "VERB", "attack"), ("Iran", 6, "dobj", "PROPN", "Iran"),
            (".", 3, "punct", "PUNCT", ".")]
    assert [e for e in events_of(rows) if e.source == ("GBR",) and "IRN" in e.target] == []
    # the complement's own subject is whom the act concerns: "Britain will not allow Iran to attack ."
    rows[4] = ("Iran", 6, "nsubj", "PROPN", "Iran")
    rows[7] = ("now", 6, "advmod", "ADV", "now")
    assert all(e.target in ((), ("IRN",)) for e in events_of(rows) if e.source == ("GBR",))


def test_an_aid_is_for_whom_its_purpose_clause_helps():
    # "France will provide money to help Ukraine rebuild ."
    rows = [("France", 2, "nsubj", "PROPN", "France"), ("will", 2, "aux", "AUX", "will"),
            ("provide", 2, "ROOT", "VERB", "provide"), ("money", 2, "dobj", "NOUN", "money"),
            ("to", 5, "aux", "PART", "to"), ("help", 2, "advcl", "VERB", "help"),
            ("Ukraine", 7, "nsubj", "PROPN", "Ukraine"), ("rebuild", 5, "ccomp", "VERB", "rebuild"),
            (".", 2, "punct", "PUNCT", ".")]
    assert [(e.source, e.target) for e in events_of(rows)] == [(("FRA",), ("UKR",))]


def test_both_sides_within_one_named_state_are_that_state():
    # "Rebels attacked Iran . France urged both sides to talk ." : a war inside Iran
    rows = [("Rebels", 1, "nsubj", "NOUN", "rebel"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("France", 5, "nsubj", "PROPN", "France"), ("urged", 5, "ROOT", "VERB", "urge"),
            ("both", 7, "det", "DET", "both"), ("sides", 5, "dobj", "NOUN", "side"),
            ("to", 9, "aux", "PART", "to"), ("talk", 5, "xcomp", "VERB", "talk"), (".", 5, "punct", "PUNCT", ".")]
    requests = [e for e in events_of(rows, starts=(0, 4)) if e.type == "REQUEST"]
    assert [(e.source, e.target) for e in requests] == [(("FRA",), ("IRN",))]


def test_the_three_countries_are_the_three_states_named_before():
    # "Britain , France and Italy met . Russia accused the three countries ."
    rows = [("Britain", 5, "nsubj", "PROPN", "Britain"), (",", 0, "punct", "PUNCT", ","),
            ("France", 0, "conj", "PROPN", "France"), ("and", 2, "cc", "CCONJ", "and"),
            ("Italy", 2, "conj", "PROPN", "Italy"), ("met", 5, "ROOT", "VERB", "meet"), (".", 5, "punct", "PUNCT", "."),
            ("Russia", 8, "nsubj", "PROPN", "Russia"), ("accused", 8, "ROOT", "VERB", "accuse"),
            ("the", 11, "det", "DET", "the"), ("three", 11, "nummod", "NUM", "three"),
            ("countries", 8, "dobj", "NOUN", "country"), (".", 8, "punct", "PUNCT", ".")]
    accusations = [e for e in events_of(rows, starts=(0, 7)) if e.type == "ACCUSE"]
    assert [(e.source, set(e.target)) for e in accusations] == [(("RUS",), {"GBR", "FRA", "ITA"})]


def test_a_vote_against_with_no_object_rejects_the_text_put_to_the_vote():
    # "France 's resolution passed . Britain asked Iran to stop . Italy also voted against ."
    rows = [("France", 2, "poss", "PROPN", "France"), ("'s", 0, "case", "PART", "'s"),
            ("resolution", 3, "nsubj", "NOUN", "resolution"), ("passed", 3, "ROOT", "VERB", "pass"),
            (".", 3, "punct", "PUNCT", "."),
            ("Britain", 6, "nsubj", "PROPN", "Britain"), ("asked", 6, "ROOT", "VERB", "ask"),
            ("Iran", 6, "dobj", "PROPN", "Iran"), ("to", 9, "aux", "PART", "to"), ("stop", 6, "xcomp", "VERB", "stop"),
            (".", 6, "punct", "PUNCT", "."),
            ("Italy", 13, "nsubj", "PROPN", "Italy"), ("also", 13, "advmod", "ADV", "also"),
            ("voted", 13, "ROOT", "VERB", "vote"), ("against", 13, "prep", "ADP", "against"),
            (".", 13, "punct", "PUNCT", ".")]
    votes = [e for e in events_of(rows, starts=(0, 5, 11)) if e.source == ("ITA",)]
    assert [(e.type, e.target) for e in votes] == [("REJECT", ("FRA",))]


def test_lifting_or_imposing_a_trade_measure_is_no_act_on_anyone_at_home():
    # "Italy lifted the embargo ." : no domestic target (Italy on Italy)
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("lifted", 1, "ROOT", "VERB", "lift"),
            ("the", 3, "det", "DET", "the"), ("embargo", 1, "dobj", "NOUN", "embargo"), (".", 1, "punct", "PUNCT", ".")]
    assert [e.target for e in events_of(rows)] in ([], [()])


def test_an_adjective_after_the_named_object_is_what_it_is_called():
    # 'Iran called Britain 's claims "preposterous" .' (the adjective parsed as the noun's modifier)
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("called", 1, "ROOT", "VERB", "call"),
            ("Britain", 4, "poss", "PROPN", "Britain"), ("'s", 2, "case", "PART", "'s"),
            ("claims", 1, "dobj", "NOUN", "claim"), ('"', 6, "punct", "PUNCT", '"'),
            ("preposterous", 4, "amod", "ADJ", "preposterous"), ('"', 6, "punct", "PUNCT", '"'),
            (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("ACCUSE", ("IRN",), ("GBR",))]


def test_a_warning_that_another_s_act_will_be_met_with_a_response_is_a_threat():
    # "Iran warned that any Britain attack would be met with force ." : Iran threatens Britain
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran", "NNP"), ("warned", 1, "ROOT", "VERB", "warn", "VBD"),
            ("that", 8, "mark", "SCONJ", "that", "IN"), ("any", 5, "det", "DET", "any", "DT"),
            ("Britain", 5, "compound", "PROPN", "Britain", "NNP"), ("attack", 8, "nsubjpass", "NOUN", "attack", "NN"),
            ("would", 8, "aux", "AUX", "would", "MD"), ("be", 8, "auxpass", "AUX", "be", "VB"),
            ("met", 1, "ccomp", "VERB", "meet", "VBN"), ("with", 8, "prep", "ADP", "with", "IN"),
            ("force", 9, "pobj", "NOUN", "force", "NN"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("THREATEN", ("IRN",), ("GBR",))]


def test_congratulating_is_praise():
    # CAMEO 051 (praise or endorse) is PLOVER SUPPORT: "Britain congratulated France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("congratulated", 1, "ROOT", "VERB", "congratulate"),
            ("France", 1, "dobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("SUPPORT", ("GBR",), ("FRA",))]


def test_a_statement_s_issuers_do_what_it_urges():
    # "Britain issued a statement urging Iran to stop ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("issued", 1, "ROOT", "VERB", "issue"),
            ("a", 3, "det", "DET", "a"), ("statement", 1, "dobj", "NOUN", "statement"),
            ("urging", 3, "acl", "VERB", "urge", "VBG"), ("Iran", 4, "dobj", "PROPN", "Iran"),
            ("to", 7, "aux", "PART", "to"), ("stop", 4, "xcomp", "VERB", "stop"), (".", 1, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    requests = [e for e in events_of(rows) if e.type == "REQUEST"]
    assert [(e.source, e.target) for e in requests] == [(("GBR",), ("IRN",))]
    # one who blocks a statement does not urge what it urges
    rows[1] = ("blocked", 1, "ROOT", "VERB", "block", "")
    assert [e for e in events_of(rows) if e.type == "REQUEST" and e.source == ("GBR",)] == []


def test_said_the_government_must_act_after_another_verb_is_a_request_not_the_act():
    # "Cooper called the plan a ploy and said the government should cancel talks with Russia .": she
    # asks it of a government the phrase leaves unnamed; the talks are not cancelled
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), ("called", 1, "ROOT", "VERB", "call"),
            ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"),
            ("and", 1, "cc", "CCONJ", "and"), ("said", 1, "conj", "VERB", "say"),
            ("the", 7, "det", "DET", "the"), ("government", 9, "nsubj", "NOUN", "government"),
            ("should", 9, "aux", "AUX", "should"), ("cancel", 5, "ccomp", "VERB", "cancel"),
            ("talks", 9, "dobj", "NOUN", "talk"), ("with", 10, "prep", "ADP", "with"),
            ("Russia", 11, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    from faultline.extract.event_patterns import load_patterns
    from faultline.extract.events import _request_frames

    doc = make_doc(rows)
    frames = _request_frames(doc, {"actors": index_for(doc)}, load_patterns(), {})
    assert {i: source for i, (_, source) in frames.items()} == {9: ["GBR"]}
    # a subject that names no authority is no one asked: "… said the weather should improve ."
    rows[7] = ("weather", 9, "nsubj", "NOUN", "weather")
    doc = make_doc(rows)
    assert _request_frames(doc, {"actors": index_for(doc)}, load_patterns(), {}) == {}


def test_both_members_of_a_bloc_are_the_last_two_states_named_and_a_meeting_s_sidelines_no_party():
    # "Iran and Israel clashed . Britain urged both UN members to stop ." : the two, not the UN
    rows = [("Iran", 3, "nsubj", "PROPN", "Iran"), ("and", 0, "cc", "CCONJ", "and"),
            ("Israel", 0, "conj", "PROPN", "Israel"), ("clashed", 3, "ROOT", "VERB", "clash"),
            (".", 3, "punct", "PUNCT", "."),
            ("Britain", 6, "nsubj", "PROPN", "Britain"), ("urged", 6, "ROOT", "VERB", "urge"),
            ("both", 9, "det", "DET", "both"), ("UN", 9, "compound", "PROPN", "UN"),
            ("members", 6, "dobj", "NOUN", "member", "NNS"), ("to", 11, "aux", "PART", "to"),
            ("stop", 6, "xcomp", "VERB", "stop"), (".", 6, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    doc = make_doc(rows, starts=(0, 5))
    index = index_for(doc)
    un = Actor(id="UN", name="UN", type="bloc")
    index = ActorIndex(actors={**{a.id: a for a in index.actors.values()}, "UN": un},
                       mentions=[*index.mentions, ActorMention(doc[8].idx, doc[8].idx + 2, "UN", "UN", 8, 9)])
    events = find_events(doc, {"actors": index})
    assert ("REQUEST", ("GBR",), ("IRN", "ISR")) in _dyads(events)
    # "France met Italy on the sidelines of a UN summit .": no meeting with the UN
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Italy", 1, "dobj", "PROPN", "Italy"), ("on", 1, "prep", "ADP", "on"),
            ("the", 5, "det", "DET", "the"), ("sidelines", 3, "pobj", "NOUN", "sideline"),
            ("of", 5, "prep", "ADP", "of"), ("a", 9, "det", "DET", "a"), ("UN", 9, "compound", "PROPN", "UN"),
            ("summit", 6, "pobj", "NOUN", "summit"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    index = index_for(doc)
    index = ActorIndex(actors={**{a.id: a for a in index.actors.values()}, "UN": un},
                       mentions=[*index.mentions, ActorMention(doc[8].idx, doc[8].idx + 2, "UN", "UN", 8, 9)])
    assert [d[2] for d in _dyads(find_events(doc, {"actors": index}))] == [("ITA",)]


def test_a_request_joined_to_an_act_addressed_to_someone_asks_that_addressee():
    # "Haiti thanked Britain and asked for help .": Britain is asked; "… and it asked …" has its own
    # subject and is left as it was
    rows = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine"), ("thanked", 1, "ROOT", "VERB", "thank"),
            ("Britain", 1, "dobj", "PROPN", "Britain"), ("and", 1, "cc", "CCONJ", "and"),
            ("asked", 1, "conj", "VERB", "ask"), ("for", 4, "prep", "ADP", "for"),
            ("help", 5, "pobj", "NOUN", "help"), (".", 1, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("UKR",), ("GBR",)) in _dyads(events_of(rows))
    # not an act on someone: "Ukraine did Russia's work and asked for help ."
    rows[1] = ("did", 1, "ROOT", "VERB", "do")
    assert ("REQUEST", ("UKR",), ("GBR",)) not in _dyads(events_of(rows))


def _events_after_saying(rows: list[tuple], speaker: str):
    """Events of "<speaker> said so . …" (rows 0-3), with "so" a quote of ``speaker``."""
    doc = make_doc(rows, starts=(0, 4))
    said = Quote(id="q1", kind="indirect", text="so", start=doc[2].idx, end=doc[2].idx + 2, speaker=speaker)
    return find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})


def test_rejecting_the_criticism_answers_the_critic_just_before():
    # "Russia said so . Britain rejected the criticism ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("so", 1, "advmod", "ADV", "so"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 5, "nsubj", "PROPN", "Britain"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("the", 7, "det", "DET", "the"), ("criticism", 5, "dobj", "NOUN", "criticism"),
            (".", 5, "punct", "PUNCT", ".")]
    assert ("REJECT", ("GBR",), ("RUS",)) in _dyads(_events_after_saying(rows, "RUS"))


def test_an_invitation_is_a_consultation_and_a_bare_acceptance_answers_it():
    # "France invited Italy to the G7 summit . Italy accepted ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("invited", 1, "ROOT", "VERB", "invite"),
            ("Italy", 1, "dobj", "PROPN", "Italy"), ("to", 1, "prep", "ADP", "to"),
            ("the", 6, "det", "DET", "the"), ("G7", 6, "compound", "PROPN", "G7"),
            ("summit", 3, "pobj", "NOUN", "summit"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 9, "nsubj", "PROPN", "Italy"), ("accepted", 9, "ROOT", "VERB", "accept"),
            (".", 9, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 8))
    index = index_for(doc)
    g7 = Actor(id="G7", name="G7", type="bloc")
    index = ActorIndex(actors={**{a.id: a for a in index.actors.values()}, "G7": g7},
                       mentions=[*index.mentions, ActorMention(doc[5].idx, doc[5].idx + 2, "G7", "G7", 5, 6)])
    events = find_events(doc, {"actors": index})
    invited = next(e for e in events if e.trigger == "invite")
    assert (invited.type, invited.target, invited.about) == ("CONSULT", ("ITA",), ("G7",))
    assert ("AGREE", ("ITA",), ("FRA",)) in _dyads(events)


def test_dismissing_the_remarks_answers_the_speaker_before_and_an_embassy_abroad_is_its_owner_s():
    # "Israel said so . Iran 's embassy in Albania dismissed the remarks as propaganda ."
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("said", 1, "ROOT", "VERB", "say"),
            ("so", 1, "advmod", "ADV", "so"), (".", 1, "punct", "PUNCT", "."),
            ("Iran", 6, "poss", "PROPN", "Iran"), ("'s", 4, "case", "PART", "'s"),
            ("embassy", 9, "nsubj", "NOUN", "embassy"), ("in", 6, "prep", "ADP", "in"),
            ("Albania", 7, "pobj", "PROPN", "Albania"), ("dismissed", 9, "ROOT", "VERB", "dismiss"),
            ("the", 11, "det", "DET", "the"), ("remarks", 9, "dobj", "NOUN", "remark"),
            ("as", 11, "prep", "ADP", "as"), ("propaganda", 12, "pobj", "NOUN", "propaganda"),
            (".", 9, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("IRN",), ("ISR",)) in _dyads(_events_after_saying(rows, "ISR"))


def test_condemning_the_threat_answers_the_threat_made_before():
    # "France threatened Iran . Russia condemned the threat ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("condemned", 5, "ROOT", "VERB", "condemn"),
            ("the", 7, "det", "DET", "the"), ("threat", 5, "dobj", "NOUN", "threat"),
            (".", 5, "punct", "PUNCT", ".")]
    events = events_of(rows, starts=(0, 4))
    assert ("ACCUSE", ("RUS",), ("FRA",)) in _dyads(events)


def test_the_step_refers_to_an_act_between_actors_not_to_a_standing_fact_or_an_act_at_home():
    # "France and Italy signed a pact . The US , which opposes Iran , spoke . Britain accused Britain
    # . Germany praised the step .": the pact, not the relative clause's opposing nor the act at home
    rows = [("France", 3, "nsubj", "PROPN", "France"), ("and", 0, "cc", "CCONJ", "and"),
            ("Italy", 0, "conj", "PROPN", "Italy"), ("signed", 3, "ROOT", "VERB", "sign"),
            ("a", 5, "det", "DET", "a"), ("pact", 3, "dobj", "NOUN", "pact"), (".", 3, "punct", "PUNCT", "."),
            ("US", 12, "nsubj", "PROPN", "US"), (",", 7, "punct", "PUNCT", ","),
            ("which", 10, "nsubj", "PRON", "which"), ("opposes", 7, "relcl", "VERB", "oppose", "VBZ"),
            ("Iran", 10, "dobj", "PROPN", "Iran"), ("spoke", 12, "ROOT", "VERB", "speak"),
            (".", 12, "punct", "PUNCT", "."),
            ("Britain", 15, "nsubj", "PROPN", "Britain"), ("accused", 15, "ROOT", "VERB", "accuse"),
            ("Britain", 15, "dobj", "PROPN", "Britain"), (".", 15, "punct", "PUNCT", "."),
            ("Germany", 19, "nsubj", "PROPN", "Germany"), ("praised", 19, "ROOT", "VERB", "praise"),
            ("the", 21, "det", "DET", "the"), ("step", 19, "dobj", "NOUN", "step"),
            (".", 19, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    events = events_of(rows, starts=(0, 7, 14, 18))
    praised = [d for d in _dyads(events) if d[1] == ("DEU",)]
    assert praised == [("SUPPORT", ("DEU",), ("FRA", "ITA"))]


def _protests_of_summoning(rows: list[tuple]) -> list[tuple]:
    """The PROTEST dyads of "Albania summoned an Israeli diplomat …" (row 3 names Israel)."""
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    doc = make_doc(rows)
    index = index_for(doc)
    isr = ActorMention(doc[3].idx, doc[3].idx + 7, "Israeli", "ISR", 3, 4)
    index = ActorIndex(actors={**{a.id: a for a in index.actors.values()},
                               "ISR": Actor(id="ISR", name="Israel", type="state", country="ISR")},
                       mentions=[*index.mentions, isr])
    return [d for d in _dyads(find_events(doc, {"actors": index})) if d[0] == "PROTEST"]


def test_a_protest_for_which_a_diplomat_was_summoned_is_addressed_to_the_diplomat_s_state():
    # "Albania summoned an Israeli diplomat to protest against the raid ."
    rows = [("Albania", 1, "nsubj", "PROPN", "Albania"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("an", 4, "det", "DET", "an"), ("Israeli", 4, "amod", "ADJ", "Israeli"),
            ("diplomat", 1, "dobj", "NOUN", "diplomat"), ("to", 6, "aux", "PART", "to", "TO"),
            ("protest", 1, "advcl", "VERB", "protest", "VB"), ("against", 6, "prep", "ADP", "against"),
            ("the", 9, "det", "DET", "the"), ("raid", 7, "pobj", "NOUN", "raid"), (".", 1, "punct", "PUNCT", ".")]
    assert _protests_of_summoning(rows) == [("PROTEST", ("ALB",), ("ISR",))]


def test_welcoming_the_decision_does_not_refer_back_to_an_accusation():
    # "Iran accused Israel . Britain welcomed the decision .": no decision was coded; no reaction to
    # the accusation either
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 5, "nsubj", "PROPN", "Britain"), ("welcomed", 5, "ROOT", "VERB", "welcome"),
            ("the", 7, "det", "DET", "the"), ("decision", 5, "dobj", "NOUN", "decision"),
            (".", 5, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows, starts=(0, 4))) if d[1] == ("GBR",)] == []


@pytest.mark.parametrize("obj", ["counterparts", "allies", "Europe"])
def test_a_request_of_others_abroad_is_no_act_at_home(obj):
    # "Germany urged his counterparts to act .": not Germany asking itself (as "… urged his farmers …")
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("his", 3, "poss", "PRON", "his"),
            (obj, 1, "dobj", "NOUN", {"allies": "ally"}.get(obj, obj.lower().rstrip("s"))),
            ("to", 5, "aux", "PART", "to"), ("act", 1, "xcomp", "VERB", "act"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    index = index_for(doc)
    his = ActorMention(doc[2].idx, doc[2].idx + 3, "his", "DEU", 2, 3, "coref")
    index = ActorIndex(actors=index.actors, mentions=[*index.mentions, his])
    assert [d for d in _dyads(find_events(doc, {"actors": index})) if d[2] == ("DEU",)] == []
    # his farmers are at home: "Germany urged his farmers to act ."
    rows[3] = ("farmers", 1, "dobj", "NOUN", "farmer")
    doc = make_doc(rows)
    index = ActorIndex(actors=index.actors, mentions=[*index_for(doc).mentions, his])
    assert ("REQUEST", ("DEU",), ("DEU",)) in _dyads(find_events(doc, {"actors": index}))


def test_the_west_blamed_is_nobody_at_home():
    # "Russia blamed the West ." (not Russia blaming itself, as "… blamed the opposition ." would be)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("blamed", 1, "ROOT", "VERB", "blame", "VBD"),
            ("the", 3, "det", "DET", "the"), ("West", 1, "dobj", "PROPN", "West"), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[2] == ("RUS",)] == []
    rows[3] = ("opposition", 1, "dobj", "NOUN", "opposition")
    assert ("ACCUSE", ("RUS",), ("RUS",)) in _dyads(events_of(rows))


def test_nothing_to_offer_is_no_offer():
    from faultline.extract.event_patterns import load_patterns
    from faultline.extract.events import unasserted

    # "Iran came with nothing to offer Israel ." vs "… with help to offer Israel ."
    def offer(noun):
        rows = [("Iran", 1, "nsubj", "PROPN", "Iran", "NNP"), ("came", 1, "ROOT", "VERB", "come", "VBD"),
                ("with", 1, "prep", "ADP", "with", "IN"), (noun, 2, "pobj", "NOUN", noun, "NN"),
                ("to", 5, "aux", "PART", "to", "TO"), ("offer", 3, "acl", "VERB", "offer", "VB"),
                ("Israel", 5, "dobj", "PROPN", "Israel", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
        return unasserted(make_doc(rows)[5], load_patterns())
    assert offer("nothing") == "hypothetical"
    assert offer("help") is None


def test_both_sides_are_not_one_state_quarrelling_at_home_in_words():
    from types import SimpleNamespace

    from faultline.extract.events import _sides_of_dispute

    def draft(kind, source, target, at, pair=False):
        return {"type": kind, "source": source, "target": target, "sent": SimpleNamespace(start=at), "pair": pair}

    # "Pakistan blamed Kabul . The Taliban accused [its own] army . Turkey urged both sides …"
    drafts = [draft("ACCUSE", ["PAK"], ["AFG"], 0), draft("ACCUSE", ["AFG"], ["AFG"], 10),
              draft("REQUEST", ["TUR"], ["X", "Y"], 20, pair=True)]
    assert _sides_of_dispute(drafts)[-1]["target"] == ["PAK", "AFG"]
    # a war within one state still makes its sides: army and rebels fighting in Sudan
    drafts[1] = draft("ASSAULT", ["SDN"], ["SDN"], 10)
    drafts.insert(2, draft("ASSAULT", ["SDN"], ["SDN"], 15))
    assert _sides_of_dispute(drafts)[-1]["target"] == ["SDN"]


def test_they_inside_what_both_sides_are_urged_to_do_are_the_sides():
    # "Iran and Israel clashed . Britain urged both sides to respect the truce they agreed ."
    rows = [("Iran", 3, "nsubj", "PROPN", "Iran"), ("and", 0, "cc", "CCONJ", "and"),
            ("Israel", 0, "conj", "PROPN", "Israel"), ("clashed", 3, "ROOT", "VERB", "clash"),
            (".", 3, "punct", "PUNCT", "."),
            ("Britain", 6, "nsubj", "PROPN", "Britain"), ("urged", 6, "ROOT", "VERB", "urge"),
            ("both", 8, "det", "DET", "both"), ("sides", 6, "dobj", "NOUN", "side", "NNS"),
            ("to", 10, "aux", "PART", "to"), ("respect", 6, "xcomp", "VERB", "respect"),
            ("the", 12, "det", "DET", "the"), ("truce", 10, "dobj", "NOUN", "truce"),
            ("they", 14, "nsubj", "PRON", "they"), ("agreed", 12, "relcl", "VERB", "agree", "VBD"),
            (".", 6, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    agreed = [e for e in events_of(rows, starts=(0, 5)) if e.trigger == "agree"]
    assert [e.source for e in agreed] == [("IRN", "ISR")]


def test_a_participle_set_off_with_its_agent_acts_on_the_clause_s_subject():
    # "Italy , backed by France , argued so ." with "backed" parsed as an adverbial clause
    rows = [("Italy", 7, "nsubj", "PROPN", "Italy", "NNP"), (",", 7, "punct", "PUNCT", ",", ","),
            ("backed", 7, "advcl", "VERB", "back", "VBN"), ("by", 2, "agent", "ADP", "by", "IN"),
            ("France", 3, "pobj", "PROPN", "France", "NNP"), (",", 7, "punct", "PUNCT", ",", ","),
            ("so", 7, "advmod", "ADV", "so", "RB"), ("argued", 7, "ROOT", "VERB", "argue", "VBD"),
            (".", 7, "punct", "PUNCT", ".", ".")]
    assert ("SUPPORT", ("FRA",), ("ITA",)) in _dyads(events_of(rows))


def test_a_relative_clause_deeper_in_the_object_names_no_target():
    # "Albania summoned an Israeli diplomat to protest a drill near the border , which Germany drew ."
    rows = [("Albania", 1, "nsubj", "PROPN", "Albania"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("an", 4, "det", "DET", "an"), ("Israeli", 4, "amod", "ADJ", "Israeli"),
            ("diplomat", 1, "dobj", "NOUN", "diplomat"), ("to", 6, "aux", "PART", "to", "TO"),
            ("protest", 1, "advcl", "VERB", "protest", "VB"), ("a", 8, "det", "DET", "a"),
            ("drill", 6, "dobj", "NOUN", "drill"), ("near", 8, "prep", "ADP", "near"),
            ("the", 11, "det", "DET", "the"), ("border", 9, "pobj", "NOUN", "border"),
            (",", 11, "punct", "PUNCT", ","), ("which", 15, "dobj", "PRON", "which"),
            ("Germany", 15, "nsubj", "PROPN", "Germany"), ("drew", 11, "relcl", "VERB", "draw", "VBD"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _protests_of_summoning(rows) == [("PROTEST", ("ALB",), ("ISR",))]


def test_a_relative_clause_on_the_object_itself_still_names_its_author():
    # "Britain protested a deal that Iran signed ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("protested", 1, "ROOT", "VERB", "protest"),
            ("a", 3, "det", "DET", "a"), ("deal", 1, "dobj", "NOUN", "deal"), ("that", 6, "dobj", "PRON", "that"),
            ("Iran", 6, "nsubj", "PROPN", "Iran"), ("signed", 3, "relcl", "VERB", "sign"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "PROTEST"] == [("PROTEST", ("GBR",), ("IRN",))]


def test_a_counted_group_passes_over_states_named_inside_a_quotation():
    from faultline.extract.quotes import QuoteMatch

    # "Britain met France . Italy matters . The two countries met again ." with "Italy
    # matters" a speaker's quoted words
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("met", 1, "ROOT", "VERB", "meet"),
            ("France", 1, "dobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 5, "nsubj", "PROPN", "Italy"), ("matters", 5, "ROOT", "VERB", "matter"),
            (".", 5, "punct", "PUNCT", "."),
            ("The", 9, "det", "DET", "the"), ("two", 9, "nummod", "NUM", "two"),
            ("countries", 10, "nsubj", "NOUN", "country"), ("met", 10, "ROOT", "VERB", "meet"),
            ("again", 10, "advmod", "ADV", "again"), (".", 10, "punct", "PUNCT", ".")]
    tags = ["NNP", "VBD", "NNP", ".", "NNP", "VBZ", ".", "DT", "CD", "NNS", "VBD", "RB", "."]
    doc = make_doc([(*r, t) for r, t in zip(rows, tags, strict=True)], starts=(0, 4, 7))
    quoted = QuoteMatch("direct", doc[4].idx, doc[5].idx + len(doc[5].text), "say", None, None, None,
                        doc[4].idx, doc[6].idx + 1)
    for quotes, expected in (([quoted], {"GBR", "FRA"}), ([], {"ITA", "FRA"})):
        events = find_events(doc, {"actors": index_for(doc), "quotes": (quotes, [])})
        talks = [e for e in events if e.trigger == "meet"][-1]
        assert set(talks.source) == expected


def test_a_participle_after_a_subordinate_clause_goes_on_that_clause():
    # "Britain summoned the envoy after Russia fired at a vessel , injuring two sailors ." with
    # "injuring" hung on "summoned"
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("summoned", 1, "ROOT", "VERB", "summon", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("envoy", 1, "dobj", "NOUN", "envoy", "NN"),
            ("after", 6, "mark", "SCONJ", "after", "IN"), ("Russia", 6, "nsubj", "PROPN", "Russia", "NNP"),
            ("fired", 1, "advcl", "VERB", "fire", "VBD"), ("at", 6, "prep", "ADP", "at", "IN"),
            ("a", 9, "det", "DET", "a", "DT"), ("vessel", 7, "pobj", "NOUN", "vessel", "NN"),
            (",", 1, "punct", "PUNCT", ",", ","), ("injuring", 1, "advcl", "VERB", "injure", "VBG"),
            ("two", 13, "nummod", "NUM", "two", "CD"), ("sailors", 11, "dobj", "NOUN", "sailor", "NNS"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    hurt = [e for e in events_of(rows) if e.type == "ASSAULT"]
    assert hurt and all(e.source == ("RUS",) for e in hurt)     # Britain hurt no one


@pytest.mark.parametrize(("condition", "expected"), [(True, [("THREATEN", ("GBR",), ("IRN",))]), (False, [])])
def test_a_warning_of_one_s_own_answer_on_a_condition_is_a_threat(condition, expected):
    # "Britain warned Iran that it would respond [if the talks failed] ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("warned", 1, "ROOT", "VERB", "warn", "VBD"),
            ("Iran", 1, "dobj", "PROPN", "Iran", "NNP"), ("that", 6, "mark", "SCONJ", "that", "IN"),
            ("it", 6, "nsubj", "PRON", "it", "PRP"), ("would", 6, "aux", "AUX", "would", "MD"),
            ("respond", 1, "ccomp", "VERB", "respond", "VB")]
    if condition:
        rows += [("if", 10, "mark", "SCONJ", "if", "IN"), ("the", 9, "det", "DET", "the", "DT"),
                 ("talks", 10, "nsubj", "NOUN", "talk", "NNS"), ("failed", 6, "advcl", "VERB", "fail", "VBD")]
    rows += [(".", 1, "punct", "PUNCT", ".", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "THREATEN"] == expected


@pytest.mark.parametrize(("obj", "lemma", "expected"), [("prisoners", "prisoner", [("RETREAT", ("IRN",), ("IRN",))]),
                                                        ("flares", "flare", []), ("figures", "figure", [])])
def test_releasing_things_is_no_release_of_people(obj, lemma, expected):
    # "Iran released prisoners ." is a release; "Iran released flares ." and "… figures ." are not
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("released", 1, "ROOT", "VERB", "release"),
            (obj, 1, "dobj", "NOUN", lemma), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "RETREAT"] == expected


@pytest.mark.parametrize(("obj", "lemma", "expected"), [("ambassador", "ambassador", "SANCTION"),
                                                        ("troops", "troop", "REQUEST")])
def test_ordering_an_envoy_to_leave_is_an_expulsion(obj, lemma, expected):
    # "Russia ordered Britain 's ambassador to leave ." / "Russia ordered Britain 's troops to leave ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("ordered", 1, "ROOT", "VERB", "order"),
            ("Britain", 4, "poss", "PROPN", "Britain"), ("'s", 2, "case", "PART", "'s"),
            (obj, 1, "dobj", "NOUN", lemma), ("to", 6, "aux", "PART", "to"),
            ("leave", 1, "xcomp", "VERB", "leave"), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] in ("SANCTION", "REQUEST")] == [(expected, ("RUS",), ("GBR",))]


def test_border_strikes_are_force_not_a_walkout():
    from faultline.extract.events import match_trigger

    # "the border strikes" / "the cross - border strikes": force; "the strikes" alone may be a walkout
    for mods in (["border"], ["cross", "-", "border"], []):
        words = ["the", *mods, "strikes"]
        n = len(words) - 1
        doc = Doc(Vocab(), words=words, heads=[n] * len(words), deps=["det", *["amod"] * len(mods), "ROOT"],
                  pos=["DET", *["ADJ"] * len(mods), "NOUN"], lemmas=["the", *mods, "strike"])
        assert match_trigger(doc[n], load_patterns()).type == ("ASSAULT" if mods else "PROTEST"), mods


def test_accusing_each_other_is_an_accusation_both_ways():
    # "Britain and France accused each other of lying ."
    words = ["Britain", "and", "France", "accused", "each", "other", "of", "lying", "."]
    heads = [3, 0, 0, 3, 5, 3, 3, 6, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pcomp", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "ADJ", "ADP", "VERB", "PUNCT"]
    lemmas = ["Britain", "and", "France", "accuse", "each", "other", "of", "lie", "."]
    rows = list(zip(words, heads, deps, pos, lemmas, strict=True))
    accusations = [d for d in _dyads(events_of(rows)) if d[0] == "ACCUSE"]
    assert accusations and all(set(s) == set(t) == {"GBR", "FRA"} for _, s, t in accusations)


def test_an_armed_act_joined_to_entering_a_state_s_territory_targets_that_state():
    # "Russian soldiers entered Ukrainian territory and opened fire ." with Russian / Ukrainian
    words = ["Russian", "soldiers", "entered", "Ukrainian", "territory", "and", "opened", "fire", "."]
    heads = [1, 2, 2, 4, 2, 2, 2, 6, 2]
    deps = ["amod", "nsubj", "ROOT", "amod", "dobj", "cc", "conj", "dobj", "punct"]
    pos = ["ADJ", "NOUN", "VERB", "ADJ", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    lemmas = ["russian", "soldier", "enter", "ukrainian", "territory", "and", "open", "fire", "."]
    doc = make_doc(list(zip(words, heads, deps, pos, lemmas, strict=True)))
    actors = {"RUS": Actor(id="RUS", name="Russia", type="state", country="RUS"),
              "UKR": Actor(id="UKR", name="Ukraine", type="state", country="UKR")}
    index = ActorIndex(actors=actors, mentions=[ActorMention(doc[0].idx, doc[0].idx + 7, "Russian", "RUS", 0, 1),
                                                ActorMention(doc[3].idx, doc[3].idx + 9, "Ukrainian", "UKR", 3, 4)])
    fire = [d for d in _dyads(find_events(doc, {"actors": index})) if d[0] == "ASSAULT"]
    assert fire == [("ASSAULT", ("RUS",), ("UKR",))]


def test_a_request_of_all_parties_is_not_aimed_at_the_places_named_in_it():
    # "Britain urged all parties to return to the Moscow talks ." ("Moscow" only names the talks)
    words = ["Britain", "urged", "all", "parties", "to", "return", "to", "the", "Moscow", "talks", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 9, 9, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "prep", "det", "compound", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]
    lemmas = ["Britain", "urge", "all", "party", "to", "return", "to", "the", "Moscow", "talk", "."]
    doc = make_doc(list(zip(words, heads, deps, pos, lemmas, strict=True)))
    index = index_for(doc)
    mos = ActorMention(doc[8].idx, doc[8].idx + 6, "Moscow", "RUS", 8, 9)
    index = ActorIndex(actors={**index.actors, "RUS": Actor(id="RUS", name="Russia", type="state", country="RUS")},
                       mentions=[*index.mentions, mos])
    assert [d for d in _dyads(find_events(doc, {"actors": index})) if d[0] == "REQUEST" and "RUS" in d[2]] == []


def test_both_allies_of_a_bloc_are_not_the_bloc():
    # "Germany urged both NATO allies to talk ."
    words = ["Germany", "urged", "both", "NATO", "allies", "to", "talk", "."]
    heads = [1, 1, 4, 4, 1, 6, 1, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "aux", "xcomp", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "NOUN", "PART", "VERB", "PUNCT"]
    lemmas = ["Germany", "urge", "both", "NATO", "ally", "to", "talk", "."]
    doc = make_doc([(*r, t) for r, t in zip(zip(words, heads, deps, pos, lemmas, strict=True),
                                            ["NNP", "VBD", "DT", "NNP", "NNS", "TO", "VB", "."], strict=True)])
    index = index_for(doc)
    nato = ActorMention(doc[3].idx, doc[3].idx + 4, "NATO", "NATO", 3, 4)
    index = ActorIndex(actors={**index.actors, "NATO": Actor(id="NATO", name="NATO", type="bloc")},
                       mentions=[*index.mentions, nato])
    assert not [d for d in _dyads(find_events(doc, {"actors": index})) if "NATO" in d[2]]


@pytest.mark.parametrize(("verb", "lemma", "obj", "olemma"), [("reached", "reach", "agreement", "agreement"),
                                                              ("concluded", "conclude", "negotiations", "negotiation"),
                                                              ("struck", "strike", "deal", "deal")])
def test_reaching_or_concluding_an_agreement_is_signing_one(verb, lemma, obj, olemma):
    # "Britain and France reached an agreement ." (CAMEO 057, PLOVER SUPPORT, both ways)
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), (verb, 3, "ROOT", "VERB", lemma),
            ("an", 5, "det", "DET", "an"), (obj, 3, "dobj", "NOUN", olemma), (".", 3, "punct", "PUNCT", ".")]
    [e] = [e for e in events_of(rows)]
    assert e.type == "SUPPORT" and set(e.source) == set(e.target) == {"GBR", "FRA"}


@pytest.mark.parametrize(("obj", "lemma"), [("support", "support"), ("solidarity", "solidarity")])
def test_expressing_support_for_a_state_supports_it(obj, lemma):
    # "Britain expressed support for France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("expressed", 1, "ROOT", "VERB", "express"),
            (obj, 1, "dobj", "NOUN", lemma), ("for", 1, "prep", "ADP", "for"), ("France", 3, "pobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("SUPPORT", ("GBR",), ("FRA",))]


def _pledge_rows(verb: str, lemma: str, act: str, act_lemma: str, obj: str, obj_lemma: str,
                 neg: bool = False) -> list[tuple]:
    # "Germany vowed (not) to impose sanctions on Russia ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), (verb, 1, "ROOT", "VERB", lemma)]
    if neg:
        rows.append(("not", 4, "neg", "PART", "not"))
    n = len(rows)
    rows += [("to", n + 1, "aux", "PART", "to"), (act, 1, "xcomp", "VERB", act_lemma),
             (obj, n + 1, "dobj", "NOUN", obj_lemma), ("on", n + 1, "prep", "ADP", "on"),
             ("Russia", n + 3, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    return rows


@pytest.mark.parametrize(("verb", "lemma"), [("vowed", "vow"), ("pledged", "pledge"), ("promised", "promise")])
def test_a_pledge_to_impose_sanctions_is_a_threat_not_an_agreement(verb, lemma):
    [e] = events_of(_pledge_rows(verb, lemma, "impose", "impose", "sanctions", "sanction"))
    assert (e.type, e.source, e.target, e.modality) == ("THREATEN", ("DEU",), ("RUS",), "intended")


def test_a_pledge_to_send_aid_stays_an_agreement_and_a_pledge_of_restraint_is_no_threat():
    [e] = events_of(_pledge_rows("pledged", "pledge", "send", "send", "aid", "aid"))
    assert e.type == "AGREE"
    assert "THREATEN" not in {e.type for e in events_of(_pledge_rows("vowed", "vow", "impose", "impose",
                                                                      "sanctions", "sanction", neg=True))}


def test_a_by_phrase_hung_on_an_active_verb_names_the_author_of_its_object():
    # "Italy criticised the plan by France ." (the parser hangs "by Slovenia" on the verb)
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("criticised", 1, "ROOT", "VERB", "criticise"),
            ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), ("by", 1, "prep", "ADP", "by"),
            ("France", 4, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.source, e.target) for e in events_of(rows)] == [(("ITA",), ("FRA",))]


def test_a_protest_lodged_as_the_purpose_of_a_summons_is_aimed_at_the_summoned():
    # "Britain summoned Russia 's ambassador to lodge a protest ." (the purpose read as an xcomp)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("Russia", 4, "poss", "PROPN", "Russia"), ("'s", 2, "case", "PART", "'s"),
            ("ambassador", 1, "dobj", "NOUN", "ambassador"), ("to", 6, "aux", "PART", "to"),
            ("lodge", 1, "xcomp", "VERB", "lodge"), ("a", 8, "det", "DET", "a"),
            ("protest", 6, "dobj", "NOUN", "protest"), (".", 1, "punct", "PUNCT", ".")]
    rows = [(*r, t) for r, t in zip(rows, ["NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "DT", "NN", "."],
                                    strict=True)]
    assert [(e.source, e.target) for e in events_of(rows) if e.trigger == "lodge"] == [(("GBR",), ("RUS",))]


@pytest.mark.parametrize("parse", ["object", "clause"])
def test_declaring_a_diplomat_persona_non_grata_expels_him(parse):
    # "Britain declared a Russian diplomat persona non grata ." (as the parser may read it: the
    # phrase as the object, or as a clause of its own)
    if parse == "object":
        rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("declared", 1, "ROOT", "VERB", "declare"),
                ("a", 5, "det", "DET", "a"), ("Russian", 4, "amod", "ADJ", "russian"),
                ("diplomat", 5, "compound", "NOUN", "diplomat"), ("persona", 1, "dobj", "NOUN", "persona"),
                ("non", 7, "compound", "PROPN", "non"), ("grata", 5, "appos", "NOUN", "grata"),
                (".", 1, "punct", "PUNCT", ".")]
    else:
        rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("declared", 1, "ROOT", "VERB", "declare"),
                ("a", 4, "det", "DET", "a"), ("Russian", 4, "amod", "ADJ", "russian"),
                ("diplomat", 5, "nsubj", "NOUN", "diplomat"), ("persona", 1, "ccomp", "VERB", "persona"),
                ("non", 7, "amod", "ADJ", "non"), ("grata", 5, "dobj", "NOUN", "grata"),
                (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    russian = ActorMention(doc[3].idx, doc[3].idx + 7, "Russian", "RUS", 3, 4)
    index = index_for(doc)
    index = ActorIndex(actors={**index.actors, "RUS": Actor(id="RUS", name="Russia", type="state", country="RUS")},
                       mentions=[*index.mentions, russian])
    assert [(e.type, e.mode, e.source, e.target) for e in find_events(doc, {"actors": index})] == [
        ("SANCTION", "expel", ("GBR",), ("RUS",))]


def test_a_participle_after_an_inverted_reporting_clause_goes_on_the_reported_act():
    # "Russia attacked Ukraine , Britain said , killing two ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"), ("attacked", 5, "ccomp", "VERB", "attack", "VBD"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "NNP"), (",", 5, "punct", "PUNCT", ",", ","),
            ("Britain", 5, "nsubj", "PROPN", "Britain", "NNP"), ("said", 5, "ROOT", "VERB", "say", "VBD"),
            (",", 5, "punct", "PUNCT", ",", ","), ("killing", 5, "advcl", "VERB", "kill", "VBG"),
            ("two", 7, "dobj", "NUM", "two", "CD"), (".", 5, "punct", "PUNCT", ".", ".")]
    assert ("GBR",) not in {e.source for e in events_of(rows)}


def test_an_intended_deployment_at_home_is_no_threat():
    # "Russia would deploy troops to the border ." (no foreign target: at home)
    rows = [("Russia", 2, "nsubj", "PROPN", "Russia", "NNP"), ("would", 2, "aux", "AUX", "would", "MD"),
            ("deploy", 2, "ROOT", "VERB", "deploy", "VB"), ("troops", 2, "dobj", "NOUN", "troop", "NNS"),
            ("to", 2, "prep", "ADP", "to", "IN"), ("the", 6, "det", "DET", "the", "DT"),
            ("border", 4, "pobj", "NOUN", "border", "NN"), (".", 2, "punct", "PUNCT", ".", ".")]
    types = {e.type for e in events_of(rows)}
    assert "THREATEN" not in types


def test_backing_a_policy_toward_a_state_is_not_backing_the_state():
    # "Britain backed a tough policy with Russia ." / "Britain backed France 's stance ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("backed", 1, "ROOT", "VERB", "back"),
            ("a", 4, "det", "DET", "a"), ("tough", 4, "amod", "ADJ", "tough"), ("policy", 1, "dobj", "NOUN", "policy"),
            ("with", 4, "prep", "ADP", "with"), ("Russia", 5, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    assert not [e for e in events_of(rows) if e.type == "SUPPORT" and "RUS" in e.target]
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("backed", 1, "ROOT", "VERB", "back"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            ("stance", 1, "dobj", "NOUN", "stance"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("SUPPORT", ("GBR",), ("FRA",))]


def test_words_aimed_at_no_one_go_to_the_other_side_of_the_latest_dispute() -> None:
    from faultline.extract.events import _words_against_the_other_side

    # "China rammed a boat . Manila will protest . Police detained rioters . Manila accused the army ."
    words = ["China", "rammed", "a", "boat", ".", "Manila", "will", "protest", ".", "Police", "detained",
             "rioters", ".", "Manila", "accused", "the", "army", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 7, 7, 10, 10, 10, 10, 14, 14, 16, 14, 14]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "aux", "ROOT", "punct", "nsubj", "ROOT", "dobj",
            "punct", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "NOUN",
           "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    sent_starts = [i in (0, 5, 9, 13) for i in range(len(words))]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=sent_starts,
              lemmas=[w.lower() for w in words])
    sents = list(doc.sents)

    def draft(i, kind, source, target, sent, domestic=False):
        return {"token": doc[i], "type": kind, "source": source, "target": target, "sent": sents[sent],
                "domestic": domestic}

    drafts = [draft(1, "ASSAULT", ["CHN"], ["PHL"], 0),
              draft(7, "PROTEST", ["PHL"], ["PHL"], 1, domestic=True),     # aimed at no one named
              draft(10, "COERCE", ["PHL"], ["PHL"], 2, domestic=True),     # force at home stays
              draft(14, "ACCUSE", ["PHL"], ["PHL"], 3, domestic=True)]     # "the army": named at home
    out = _words_against_the_other_side(drafts)
    assert [d["target"] for d in out] == [["PHL"], ["CHN"], ["PHL"], ["PHL"]]


@pytest.mark.parametrize(("subject", "person", "expected"), [
    ("Cooper", True, ("ACCUSE", "disapprove")),     # a person who "fired back" answered in words
    ("Britain", False, ("ASSAULT", "firearms")),    # a state's forces fired
])
def test_a_person_who_fires_back_answers_in_words(subject, person, expected):
    # "Cooper fired back at Russia ." / "Britain fired back at Russia ."
    rows = [(subject, 1, "nsubj", "PROPN", subject), ("fired", 1, "ROOT", "VERB", "fire"),
            ("back", 1, "prt", "ADP", "back"), ("at", 1, "prep", "ADP", "at"),
            ("Russia", 3, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    doc.ents = [Span(doc, 0, 1, label="PERSON" if person else "GPE"), Span(doc, 4, 5, label="GPE")]
    (e,) = find_events(doc, {"actors": index_for(doc)})
    assert (e.type, e.mode, e.source, e.target) == (*expected, ("GBR",), ("RUS",))


@pytest.mark.parametrize(("reporter", "code", "target"), [
    ("Ukraine", "UKR", ("UKR",)),    # the other side of the dispute reports the attack: it was hit
    ("Iran", "IRN", ("RUS",)),       # a third party's report leaves the target at home
])
def test_an_attack_on_unnamed_places_reported_by_the_other_side_hit_that_side(reporter, code, target):
    # "Russia accused Ukraine . <reporter> said Russia shelled villages ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            (reporter, 5, "nsubj", "PROPN", reporter), ("said", 5, "ROOT", "VERB", "say"),
            ("Russia", 7, "nsubj", "PROPN", "Russia"), ("shelled", 5, "ccomp", "VERB", "shell"),
            ("villages", 7, "dobj", "NOUN", "village"), (".", 5, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 4))
    said = _Quote("indirect", doc[6].idx, doc[8].idx + len("villages"), (doc[4].idx, doc[4].idx + len(reporter)))
    events = find_events(doc, {"actors": index_for(doc), "quotes": ([said], [])})
    assert [(e.type, e.source, e.target) for e in events if e.type == "ASSAULT"] == [
        ("ASSAULT", ("RUS",), target)]


@pytest.mark.parametrize(("noun", "tag", "target"), [("plan", "NN", ("FRA",)), ("plans", "NNS", ())])
def test_a_state_adjective_names_the_author_of_one_proposal(noun, tag, target):
    # "Italy studied a French plan . Germany opposed the plan ." (but "French plans" are a kind, no
    # one proposal whose author "the plan" could be)
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy", "NNP"), ("studied", 1, "ROOT", "VERB", "study", "VBD"),
            ("a", 4, "det", "DET", "a", "DT"), ("French", 4, "amod", "ADJ", "french", "JJ"),
            (noun, 1, "dobj", "NOUN", "plan", tag), (".", 1, "punct", "PUNCT", ".", "."),
            ("Germany", 7, "nsubj", "PROPN", "Germany", "NNP"), ("opposed", 7, "ROOT", "VERB", "oppose", "VBD"),
            ("the", 9, "det", "DET", "the", "DT"), ("plan", 7, "dobj", "NOUN", "plan", "NN"),
            (".", 7, "punct", "PUNCT", ".", ".")]
    doc = make_doc(rows, starts=(0, 6))
    doc.ents = [Span(doc, 3, 4, label="NORP")]
    index = index_for(doc)
    french = ActorMention(doc[3].idx, doc[3].idx + 6, "French", "FRA", 3, 4)
    index = ActorIndex(actors={**index.actors, "FRA": Actor(id="FRA", name="France", type="state", country="FRA")},
                       mentions=[*index.mentions, french])
    got = [e.target for e in find_events(doc, {"actors": index}) if e.source == ("DEU",)]
    assert got == ([target] if target else [])



@pytest.mark.parametrize(("det", "noun", "tag", "prep", "target"), [
    # "Britain defended its position on Ukraine .": its own stand, on Ukraine, aims at no one
    ("its", "position", "NN", "on", []),
    # "Britain shelled the positions of Ukraine .": places held (military positions), Ukraine's
    ("the", "positions", "NNS", "of", [("UKR",)]),
])
def test_one_s_own_position_on_another_is_no_act_on_it(det, noun, tag, prep, target):
    verb, lemma = ("defended", "defend") if noun == "position" else ("shelled", "shell")
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), (verb, 1, "ROOT", "VERB", lemma, "VBD"),
            (det, 3, "poss" if det == "its" else "det", "PRON" if det == "its" else "DET", det, "PRP$"),
            (noun, 1, "dobj", "NOUN", "position", tag), (prep, 3, "prep", "ADP", prep, "IN"),
            ("Ukraine", 4, "pobj", "PROPN", "Ukraine", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = make_doc(rows)
    assert [e.target for e in find_events(doc, {"actors": index_for(doc)})] == target


def test_a_position_against_someone_is_aimed_at_him():
    # "Britain urged allies to adopt a position against Russia ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
            ("allies", 1, "dobj", "NOUN", "ally", "NNS"), ("to", 4, "aux", "PART", "to", "TO"),
            ("adopt", 1, "xcomp", "VERB", "adopt", "VB"), ("a", 6, "det", "DET", "a", "DT"),
            ("position", 4, "dobj", "NOUN", "position", "NN"), ("against", 6, "prep", "ADP", "against", "IN"),
            ("Russia", 7, "pobj", "PROPN", "Russia", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    doc = make_doc(rows)
    assert ("REQUEST", ("GBR",), ("RUS",)) in _dyads(find_events(doc, {"actors": index_for(doc)}))


def test_an_attack_reported_by_the_other_side_of_a_dispute_in_the_same_sentence_hit_that_side():
    # "Russia accused Ukraine , while Ukraine said Russia shelled villages ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (",", 1, "punct", "PUNCT", ","),
            ("while", 6, "mark", "SCONJ", "while"), ("Ukraine", 6, "nsubj", "PROPN", "Ukraine"),
            ("said", 1, "advcl", "VERB", "say"), ("Russia", 8, "nsubj", "PROPN", "Russia"),
            ("shelled", 6, "ccomp", "VERB", "shell"), ("villages", 8, "dobj", "NOUN", "village"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    said = _Quote("indirect", doc[7].idx, doc[9].idx + len("villages"), (doc[5].idx, doc[5].idx + len("Ukraine")))
    events = find_events(doc, {"actors": index_for(doc), "quotes": ([said], [])})
    assert [(e.source, e.target) for e in events if e.type == "ASSAULT"] == [(("RUS",), ("UKR",))]


@pytest.mark.parametrize(("word", "lemma", "expected"), [
    ("dictator", "dictator", [("ACCUSE", ("RUS",), ("UKR",))]),    # a pejorative for a person
    ("partner", "partner", []),                                     # no judgement
])
def test_calling_a_leader_a_pejorative_is_an_accusation(word, lemma, expected):
    # "Russia called Ukraine a dictator ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("called", 1, "ROOT", "VERB", "call"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), ("a", 4, "det", "DET", "a"),
            (word, 1, "oprd", "NOUN", lemma), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == expected


@pytest.mark.parametrize(("word", "expected"), [("illegitimate", "ACCUSE"), ("cooperative", None)])
def test_a_quoted_judgement_the_parser_hung_on_the_verb_is_still_the_naming(word, expected):
    # 'Russia called Ukraine " illegitimate " .' with the adjective a conjunct of "called": a
    # naming, not a phone call ("cooperative": no judgement, and no call either)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("called", 1, "ROOT", "VERB", "call"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), ('"', 4, "punct", "PUNCT", '"'),
            (word, 1, "conj", "ADJ", word), ('"', 1, "punct", "PUNCT", '"'), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows)] == ([expected] if expected else [])


def test_giving_an_ambassador_hours_to_leave_expels_him():
    # "Mali gave the French ambassador 72 hours to leave ." with the ambassador a dative and the
    # infinitive an adverbial clause
    rows = [("Mali", 1, "nsubj", "PROPN", "Mali"), ("gave", 1, "ROOT", "VERB", "give"),
            ("the", 4, "det", "DET", "the"), ("French", 4, "amod", "ADJ", "french"),
            ("ambassador", 1, "dative", "NOUN", "ambassador"), ("72", 6, "nummod", "NUM", "72"),
            ("hours", 1, "npadvmod", "NOUN", "hour"), ("to", 8, "aux", "PART", "to", "TO"),
            ("leave", 1, "advcl", "VERB", "leave", "VB"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    index = index_for(doc)
    french = ActorMention(doc[3].idx, doc[3].idx + 6, "French", "FRA", 3, 4)
    mali = ActorMention(0, 4, "Mali", "MLI", 0, 1)
    index = ActorIndex(actors={**index.actors, "FRA": Actor(id="FRA", name="France", type="state", country="FRA"),
                               "MLI": Actor(id="MLI", name="Mali", type="state", country="MLI")},
                       mentions=[mali, *index.mentions, french])
    assert [(e.type, e.mode, e.source, e.target) for e in find_events(doc, {"actors": index})] == [
        ("SANCTION", "expel", ("MLI",), ("FRA",))]


def test_foreign_funded_groups_blamed_are_nobody_at_home():
    # "Russia accused foreign - funded groups ." (the hyphenated adjective's first word says abroad;
    # "… accused opposition groups ." is an act at home)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
            ("foreign", 4, "npadvmod", "ADJ", "foreign", "JJ"), ("-", 4, "punct", "PUNCT", "-", "HYPH"),
            ("funded", 5, "amod", "VERB", "fund", "VBN"), ("groups", 1, "dobj", "NOUN", "group", "NNS"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    doc = make_doc(rows, spaces=[True, True, False, False, True, False, False])
    assert [e for e in find_events(doc, {"actors": index_for(doc)}) if e.target == ("RUS",)] == []
    rows[2] = ("opposition", 5, "compound", "NOUN", "opposition", "NN")
    doc = make_doc(rows, spaces=[True, True, False, False, True, False, False])
    assert [e.target for e in find_events(doc, {"actors": index_for(doc)})] == [("RUS",)]


@pytest.mark.parametrize(("verb", "lemma"), [("mocked", "mock"), ("ridiculed", "ridicule"), ("berated", "berate")])
def test_mocking_another_is_an_accusation(verb, lemma):
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), (verb, 1, "ROOT", "VERB", lemma, "VBD"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.mode, e.source, e.target) for e in events_of(rows)] == [
        ("ACCUSE", "disapprove", ("RUS",), ("UKR",))]


def test_stripping_a_state_of_benefits_is_a_sanction():
    # "US stripped Iran of benefits ." ("of" hung on the object)
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("stripped", 1, "ROOT", "VERB", "strip", "VBD"),
            ("Iran", 1, "dobj", "PROPN", "Iran"), ("of", 2, "prep", "ADP", "of"),
            ("benefits", 3, "pobj", "NOUN", "benefit"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.mode, e.source, e.target) for e in events_of(rows)] == [
        ("SANCTION", "discontinue", ("USA",), ("IRN",))]


def test_proposing_a_sanction_as_a_gerund_threatens_it():
    # "US senators proposed stripping Iran of benefits ."
    rows = [("US", 1, "compound", "PROPN", "US"), ("senators", 2, "nsubj", "NOUN", "senator"),
            ("proposed", 2, "ROOT", "VERB", "propose", "VBD"), ("stripping", 2, "xcomp", "VERB", "strip", "VBG"),
            ("Iran", 3, "dobj", "PROPN", "Iran"), ("of", 4, "prep", "ADP", "of"),
            ("benefits", 5, "pobj", "NOUN", "benefit"), (".", 2, "punct", "PUNCT", ".")]
    assert [(e.type, e.modality, e.source, e.target) for e in events_of(rows)] == [
        ("THREATEN", "intended", ("USA",), ("IRN",))]


def test_a_missile_fired_into_the_sea_hits_no_one_at_home_and_its_launch_is_what_is_condemned():
    # "Iran fired a missile into the sea . Britain condemned the launch ."
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("fired", 1, "ROOT", "VERB", "fire"),
            ("a", 3, "det", "DET", "a"), ("missile", 1, "dobj", "NOUN", "missile"),
            ("into", 1, "prep", "ADP", "into"), ("the", 6, "det", "DET", "the"), ("sea", 4, "pobj", "NOUN", "sea"),
            (".", 1, "punct", "PUNCT", "."),
            ("Britain", 9, "nsubj", "PROPN", "Britain"), ("condemned", 9, "ROOT", "VERB", "condemn"),
            ("the", 11, "det", "DET", "the"), ("launch", 9, "dobj", "NOUN", "launch"), (".", 9, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows, starts=(0, 8))) == [("ACCUSE", ("GBR",), ("IRN",))]


def test_whom_a_backing_act_is_against_is_no_one_it_backs():
    # "Britain will defend farmers against Russia ." (Russia is the other side, not the one defended)
    rows = [("Britain", 2, "nsubj", "PROPN", "Britain"), ("will", 2, "aux", "AUX", "will"),
            ("defend", 2, "ROOT", "VERB", "defend"), ("farmers", 2, "dobj", "NOUN", "farmer"),
            ("against", 2, "prep", "ADP", "against"), ("Russia", 4, "pobj", "PROPN", "Russia"),
            (".", 2, "punct", "PUNCT", ".")]
    assert all("RUS" not in e.target for e in events_of(rows))
    # "Britain will defend Ukraine against Russia ." still backs Ukraine, about Russia
    rows[3] = ("Ukraine", 2, "dobj", "PROPN", "Ukraine")
    (e,) = events_of(rows)
    assert e.target == ("UKR",) and e.about == ("RUS",)


def test_the_resolution_rejected_is_the_text_its_author_drafted_not_an_earlier_one():
    # "Algeria drafted the text . Britain had tabled an earlier text . Israel rejected the resolution ."
    rows = [("Algeria", 1, "nsubj", "PROPN", "Algeria"), ("drafted", 1, "ROOT", "VERB", "draft"),
            ("the", 3, "det", "DET", "the"), ("text", 1, "dobj", "NOUN", "text"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 7, "nsubj", "PROPN", "Britain"), ("had", 7, "aux", "AUX", "have"),
            ("tabled", 7, "ROOT", "VERB", "table"), ("an", 10, "det", "DET", "an"),
            ("earlier", 10, "amod", "ADJ", "earlier"), ("text", 7, "dobj", "NOUN", "text"),
            (".", 7, "punct", "PUNCT", "."),
            ("Israel", 13, "nsubj", "PROPN", "Israel"), ("rejected", 13, "ROOT", "VERB", "reject"),
            ("the", 15, "det", "DET", "the"), ("resolution", 13, "dobj", "NOUN", "resolution"),
            (".", 13, "punct", "PUNCT", ".")]
    found = _dyads(events_of(rows, starts=(0, 5, 12)))
    assert ("REJECT", ("ISR",), ("DZA",)) in found


def test_refusing_the_very_act_demanded_is_a_rejection_of_the_demand():
    # "Britain demanded that Iran suspend the talks . Iran will not suspend the talks ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("demanded", 1, "ROOT", "VERB", "demand"),
            ("that", 4, "mark", "SCONJ", "that"), ("Iran", 4, "nsubj", "PROPN", "Iran"),
            ("suspend", 1, "ccomp", "VERB", "suspend"), ("the", 6, "det", "DET", "the"),
            ("talks", 4, "dobj", "NOUN", "talk"), (".", 1, "punct", "PUNCT", "."),
            ("Iran", 11, "nsubj", "PROPN", "Iran"), ("will", 11, "aux", "AUX", "will"),
            ("not", 11, "neg", "PART", "not"), ("suspend", 11, "ROOT", "VERB", "suspend"),
            ("the", 13, "det", "DET", "the"), ("talks", 11, "dobj", "NOUN", "talk"), (".", 11, "punct", "PUNCT", ".")]
    events = events_of(rows, starts=(0, 8))
    assert _dyads(events)[0][:2] == ("REQUEST", ("GBR",))
    assert ("REJECT", ("IRN",), ("GBR",)) in _dyads(events)


def test_welcoming_the_agreement_refers_back_to_an_agreement_to_restore_ties():
    # "Britain and France agreed to restore relations . Italy welcomed the agreement ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), ("agreed", 3, "ROOT", "VERB", "agree"),
            ("to", 5, "aux", "PART", "to"), ("restore", 3, "xcomp", "VERB", "restore"),
            ("relations", 5, "dobj", "NOUN", "relation"), (".", 3, "punct", "PUNCT", "."),
            ("Italy", 9, "nsubj", "PROPN", "Italy"), ("welcomed", 9, "ROOT", "VERB", "welcome"),
            ("the", 11, "det", "DET", "the"), ("agreement", 9, "dobj", "NOUN", "agreement"),
            (".", 9, "punct", "PUNCT", ".")]
    assert ("SUPPORT", ("ITA",), ("GBR", "FRA")) in _dyads(events_of(rows, starts=(0, 8)))


def test_retaliating_is_an_attack_and_an_intended_one_a_threat():
    # "Iran retaliated against Israel ." / "Iran would retaliate against Israel ."
    done = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("retaliated", 1, "ROOT", "VERB", "retaliate"),
            ("against", 1, "prep", "ADP", "against"), ("Israel", 2, "pobj", "PROPN", "Israel"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(done)) == [("ASSAULT", ("IRN",), ("ISR",))]
    intended = [("Iran", 2, "nsubj", "PROPN", "Iran"), ("would", 2, "aux", "AUX", "would"),
                ("retaliate", 2, "ROOT", "VERB", "retaliate"), ("against", 2, "prep", "ADP", "against"),
                ("Israel", 3, "pobj", "PROPN", "Israel"), (".", 2, "punct", "PUNCT", ".")]
    assert _dyads(events_of(intended)) == [("THREATEN", ("IRN",), ("ISR",))]


def test_a_demand_owned_by_its_maker_is_aimed_at_the_subject_of_its_clause():
    # "Britain repeated its demand that Iran free the crew ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("repeated", 1, "ROOT", "VERB", "repeat"),
            ("its", 3, "poss", "PRON", "its"), ("demand", 1, "dobj", "NOUN", "demand"),
            ("that", 6, "mark", "SCONJ", "that"), ("Iran", 6, "nsubj", "PROPN", "Iran"),
            ("free", 3, "acl", "VERB", "free"), ("the", 8, "det", "DET", "the"), ("crew", 6, "dobj", "NOUN", "crew"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("GBR",), ("IRN",)) in _dyads(events_of(rows))


def test_a_call_for_someone_to_act_is_a_request_of_him():
    # "Britain renewed its call for Iran to free the crew ." (and "a phone call" is none)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("renewed", 1, "ROOT", "VERB", "renew"),
            ("its", 3, "poss", "PRON", "its"), ("call", 1, "dobj", "NOUN", "call"),
            ("for", 7, "mark", "SCONJ", "for"), ("Iran", 7, "nsubj", "PROPN", "Iran"),
            ("to", 7, "aux", "PART", "to"), ("free", 3, "advcl", "VERB", "free"),
            ("the", 9, "det", "DET", "the"), ("crew", 7, "dobj", "NOUN", "crew"), (".", 1, "punct", "PUNCT", ".")]
    assert ("REQUEST", ("GBR",), ("IRN",)) in _dyads(events_of(rows))
    phone = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("held", 1, "ROOT", "VERB", "hold"),
             ("a", 3, "det", "DET", "a"), ("call", 1, "dobj", "NOUN", "call"), ("with", 3, "prep", "ADP", "with"),
             ("Iran", 4, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert all(e.type != "REQUEST" for e in events_of(phone))


def test_an_offer_to_mediate_with_no_parties_named_is_to_the_two_sides_at_odds():
    # "Russia accused Ukraine . Iran offered to mediate ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("Iran", 5, "nsubj", "PROPN", "Iran"), ("offered", 5, "ROOT", "VERB", "offer"),
            ("to", 7, "aux", "PART", "to"), ("mediate", 5, "xcomp", "VERB", "mediate"), (".", 5, "punct", "PUNCT", ".")]
    found = _dyads(events_of(rows, starts=(0, 4)))
    assert ("AGREE", ("IRN",), ("RUS", "UKR")) in found


def test_not_taking_part_is_a_refusal_aimed_at_what_one_stays_out_of():
    # "Britain will not take part in a channel to Russia ." / "Britain will not take part ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("take", 3, "ROOT", "VERB", "take"), ("part", 3, "dobj", "NOUN", "part"),
            ("in", 3, "prep", "ADP", "in"), ("a", 7, "det", "DET", "a"), ("channel", 5, "pobj", "NOUN", "channel"),
            ("to", 7, "prep", "ADP", "to"), ("Russia", 8, "pobj", "PROPN", "Russia"), (".", 3, "punct", "PUNCT", ".")]
    assert ("REJECT", ("GBR",), ("RUS",)) in _dyads(events_of(rows))
    bare = rows[:5] + [(".", 3, "punct", "PUNCT", ".")]
    assert all(e.target != ("GBR",) for e in events_of(bare))     # "part" names no one at home


@pytest.mark.parametrize(("verb", "lemma", "naming", "naming_lemma", "expected"), [
    ("condemned", "condemn", "called", "call", "ACCUSE"),
    ("rejected", "reject", "described", "describe", "REJECT"),
])
def test_a_free_relative_that_names_the_object_gives_the_target(verb, lemma, naming, naming_lemma, expected):
    # "Iran condemned what it called Israel 's violations ." (the parser makes "called" a complement
    # of "condemned" and "what" its object); with "described … as", the "as" object
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), (verb, 1, "ROOT", "VERB", lemma),
            ("what", 4, "dobj", "PRON", "what"), ("it", 4, "nsubj", "PRON", "it"),
            (naming, 1, "ccomp", "VERB", naming_lemma)]
    if naming_lemma == "call":
        rows += [("Israel", 7, "poss", "PROPN", "Israel"), ("'s", 5, "case", "PART", "'s"),
                 ("violations", 4, "oprd", "NOUN", "violation"), (".", 1, "punct", "PUNCT", ".")]
    else:
        rows += [("as", 4, "prep", "ADP", "as"), ("Israel", 8, "poss", "PROPN", "Israel"),
                 ("'s", 6, "case", "PART", "'s"), ("provocations", 5, "pobj", "NOUN", "provocation"),
                 (".", 1, "punct", "PUNCT", ".")]
    events = events_of(rows)
    assert _dyads(events) == [(expected, ("IRN",), ("ISR",))]
    if expected == "REJECT":
        assert events[0].mode is None   # the naming is no act of its own ("disapprove")


def test_rejecting_that_account_answers_the_statement_before():
    # "Iran said so . Russia rejected that account ." (an account, a version, a characterisation
    # of events is a statement, as a claim is)
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("said", 1, "ROOT", "VERB", "say"),
            ("so", 1, "advmod", "ADV", "so"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 5, "nsubj", "PROPN", "Russia"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("that", 7, "det", "DET", "that"), ("account", 5, "dobj", "NOUN", "account"),
            (".", 5, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 4))
    said = Quote(id="q1", kind="indirect", text="so", start=doc[2].idx, end=doc[2].idx + 2, speaker="IRN")
    events = find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})
    assert ("REJECT", ("RUS",), ("IRN",)) in _dyads(events)


@pytest.mark.parametrize(("obj", "lemma", "expected"), [("fire", "fire", [("ASSAULT", ("RUS",), ("UKR",))]),
                                                       ("troops", "troop", [("RETREAT", ("RUS",), ("UKR",))])])
def test_returning_fire_is_firing_not_a_return(obj, lemma, expected):
    # "Russia returned fire on Ukraine ." ("Russia returned troops to Ukraine .": a return)
    prep = "on" if obj == "fire" else "to"
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("returned", 1, "ROOT", "VERB", "return"),
            (obj, 1, "dobj", "NOUN", lemma), (prep, 1, "prep", "ADP", prep),
            ("Ukraine", 3, "pobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] in ("ASSAULT", "RETREAT")] == expected


def test_that_version_looks_past_a_paragraph_break_to_the_statement_before():
    # 'Iran said so .' + "\n\n" (a "sentence" of its own) + "Russia rejected that version ."
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("said", 1, "ROOT", "VERB", "say"),
            ("so", 1, "advmod", "ADV", "so"), (".", 1, "punct", "PUNCT", "."), ("\n\n", 4, "ROOT", "SPACE", "\n\n"),
            ("Russia", 6, "nsubj", "PROPN", "Russia"), ("rejected", 6, "ROOT", "VERB", "reject"),
            ("that", 8, "det", "DET", "that"), ("version", 6, "dobj", "NOUN", "version"),
            (".", 6, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 4, 5), spaces=[True, True, False, False, False, True, True, True, False, False])
    said = Quote(id="q1", kind="indirect", text="so", start=doc[2].idx, end=doc[2].idx + 2, speaker="IRN")
    events = find_events(doc, {"actors": index_for(doc), "quote_objects": (said,)})
    assert ("REJECT", ("RUS",), ("IRN",)) in _dyads(events)


def _the_threat_was(prep: str, noun: str = "threat") -> list[tuple]:
    # "Russia said any <threat> <prep> Ukraine was unacceptable ."
    return [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("any", 3, "det", "DET", "any"), (noun, 6, "nsubj", "NOUN", noun), (prep, 3, "prep", "ADP", prep),
            ("Ukraine", 4, "pobj", "PROPN", "Ukraine"), ("was", 1, "ccomp", "AUX", "be"),
            ("unacceptable", 6, "acomp", "ADJ", "unacceptable"), (".", 1, "punct", "PUNCT", ".")]


@pytest.mark.parametrize(("rows", "expected"), [
    (_the_threat_was("to"), []),                                              # the one threatened
    (_the_threat_was("in", "crackdown"), [("ACCUSE", ("RUS",), ("UKR",))]),   # where: the state's own
])
def test_an_unauthored_threat_to_a_state_is_not_the_state_s_act(rows, expected):
    assert [d for d in _dyads(events_of(rows)) if d[0] == "ACCUSE"] == expected


def test_a_summing_up_apposition_on_the_parties_is_no_party_and_its_rebuke_answers_the_signers():
    # "Britain and France signed an agreement to expand cooperation between their navies , a move
    # that drew a rebuke from Russia ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), ("signed", 3, "ROOT", "VERB", "sign"),
            ("an", 5, "det", "DET", "an"), ("agreement", 3, "dobj", "NOUN", "agreement"),
            ("to", 7, "aux", "PART", "to"), ("expand", 5, "acl", "VERB", "expand"),
            ("cooperation", 7, "dobj", "NOUN", "cooperation"), ("between", 8, "prep", "ADP", "between"),
            ("their", 11, "poss", "PRON", "their"), ("navies", 9, "pobj", "NOUN", "navy"),
            (",", 11, "punct", "PUNCT", ","), ("a", 14, "det", "DET", "a"), ("move", 11, "appos", "NOUN", "move"),
            ("that", 16, "nsubj", "PRON", "that", "WDT"), ("drew", 14, "relcl", "VERB", "draw"),
            ("a", 18, "det", "DET", "a"), ("rebuke", 16, "dobj", "NOUN", "rebuke"),
            ("from", 16, "prep", "ADP", "from"), ("Russia", 19, "pobj", "PROPN", "Russia"),
            (".", 3, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows))
    assert ("SUPPORT", ("GBR", "FRA"), ("RUS",)) not in dyads
    assert any(d[0] == "ACCUSE" and d[1] == ("RUS",) and set(d[2]) == {"GBR", "FRA"} for d in dyads)


@pytest.mark.parametrize(("obj", "lemma", "aid"), [("assurances", "assurance", False), ("weapons", "weapon", True)])
def test_giving_assurances_is_no_aid(obj, lemma, aid):
    # "Russia gave Ukraine assurances ." ("… weapons .": aid)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("gave", 1, "ROOT", "VERB", "give"),
            ("Ukraine", 1, "dative", "PROPN", "Ukraine"), (obj, 1, "dobj", "NOUN", lemma),
            (".", 1, "punct", "PUNCT", ".")]
    assert any(d[0] == "AID" for d in _dyads(events_of(rows))) is aid


@pytest.mark.parametrize(("neg", "expected"), [(True, [("REQUEST", ("RUS",), ("UKR",))]), (False, [])])
def test_warning_someone_not_to_act_is_a_demand(neg, expected):
    # "Russia warned Ukraine not to move ." ("… to move": no demand, and no threat)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine")]
    rows += [("not", 5, "neg", "PART", "not")] if neg else []
    n = len(rows)
    rows += [("to", n + 1, "aux", "PART", "to"), ("move", 1, "xcomp", "VERB", "move"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == expected


def test_supplying_weapons_is_aid():
    # "Russia supplied weapons to Iran ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("supplied", 1, "ROOT", "VERB", "supply"),
            ("weapons", 1, "dobj", "NOUN", "weapon"), ("to", 1, "prep", "ADP", "to"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("AID", ("RUS",), ("IRN",))]


def test_help_to_both_countries_goes_to_the_two_named_together_not_to_two_at_odds():
    # "Iran accused Israel . Britain and France signed . Germany sent aid to both countries ."
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 7, "nsubj", "PROPN", "Britain"), ("and", 4, "cc", "CCONJ", "and"),
            ("France", 4, "conj", "PROPN", "France"), ("signed", 7, "ROOT", "VERB", "sign"),
            (".", 7, "punct", "PUNCT", "."),
            ("Germany", 10, "nsubj", "PROPN", "Germany"), ("sent", 10, "ROOT", "VERB", "send"),
            ("aid", 10, "dobj", "NOUN", "aid"), ("to", 10, "prep", "ADP", "to"),
            ("both", 14, "det", "DET", "both"), ("countries", 12, "pobj", "NOUN", "country"),
            (".", 10, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 4, 9)))
    assert ("AID", ("DEU",), ("GBR", "FRA")) in dyads


def test_fighting_a_war_against_no_one_named_is_no_act_at_home():
    # "Ukraine will fight a war on promises ." (no enemy named: not Ukraine's own act on Ukraine)
    rows = [("Ukraine", 2, "nsubj", "PROPN", "Ukraine"), ("will", 2, "aux", "AUX", "will"),
            ("fight", 2, "ROOT", "VERB", "fight"), ("a", 4, "det", "DET", "a"), ("war", 2, "dobj", "NOUN", "war"),
            ("on", 2, "prep", "ADP", "on"), ("promises", 5, "pobj", "NOUN", "promise"), (".", 2, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[2] == ("UKR",)] == []


@pytest.mark.parametrize("asked", [True, False])
def test_refusing_to_do_so_rejects_the_demand_made_of_the_refuser(asked):
    # "France urged Russia to leave . Russia refused to do so ." (without the demand: no one to answer)
    first = [("France", 1, "nsubj", "PROPN", "France"), ("urged", 1, "ROOT", "VERB", "urge"),
             ("Russia", 1, "dobj", "PROPN", "Russia"), ("to", 4, "aux", "PART", "to"),
             ("leave", 1, "xcomp", "VERB", "leave"), (".", 1, "punct", "PUNCT", ".")] if asked else \
        [("France", 1, "nsubj", "PROPN", "France"), ("spoke", 1, "ROOT", "VERB", "speak"), (".", 1, "punct", "PUNCT", ".")]
    n = len(first)
    rows = first + [("Russia", n + 1, "nsubj", "PROPN", "Russia"), ("refused", n + 1, "ROOT", "VERB", "refuse"),
                    ("to", n + 3, "aux", "PART", "to"), ("do", n + 1, "xcomp", "VERB", "do"),
                    ("so", n + 3, "advmod", "ADV", "so"), (".", n + 1, "punct", "PUNCT", ".")]
    rejects = [d for d in _dyads(events_of(rows, starts=(0, n))) if d[0] == "REJECT"]
    assert rejects == ([("REJECT", ("RUS",), ("FRA",))] if asked else [])


def test_a_cool_reception_is_no_aid():
    # "Germany gave the plan a cool reception ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("gave", 1, "ROOT", "VERB", "give"),
            ("the", 3, "det", "DET", "the"), ("plan", 1, "dative", "NOUN", "plan"), ("a", 6, "det", "DET", "a"),
            ("cool", 6, "amod", "ADJ", "cool"), ("reception", 1, "dobj", "NOUN", "reception"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "AID"] == []


def test_dismissing_the_arrangement_answers_the_parties_to_it():
    # "Iran signed an agreement with Russia . Israel dismissed the arrangement as a trick ."
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("signed", 1, "ROOT", "VERB", "sign"),
            ("an", 3, "det", "DET", "an"), ("agreement", 1, "dobj", "NOUN", "agreement"),
            ("with", 3, "prep", "ADP", "with"), ("Russia", 4, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", "."),
            ("Israel", 8, "nsubj", "PROPN", "Israel"), ("dismissed", 8, "ROOT", "VERB", "dismiss"),
            ("the", 10, "det", "DET", "the"), ("arrangement", 8, "dobj", "NOUN", "arrangement"),
            ("as", 8, "prep", "ADP", "as"), ("a", 13, "det", "DET", "a"), ("trick", 11, "pobj", "NOUN", "trick"),
            (".", 8, "punct", "PUNCT", ".")]
    answered = [d for d in _dyads(events_of(rows, starts=(0, 7))) if d[1] == ("ISR",)]
    assert answered and "IRN" in answered[0][2]


def test_calling_on_the_europeans_is_no_act_at_home():
    # "Russia called on the Europeans to stop ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("called", 1, "ROOT", "VERB", "call"),
            ("on", 1, "prep", "ADP", "on"), ("the", 4, "det", "DET", "the"), ("Europeans", 2, "pobj", "PROPN", "Europeans"),
            ("to", 6, "aux", "PART", "to"), ("stop", 1, "xcomp", "VERB", "stop"), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[2] == ("RUS",)] == []


def test_a_naming_that_gives_the_author_names_the_target():
    # 'Ukraine called the incursions " an attack " organised by Russia .'
    rows = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine"), ("called", 1, "ROOT", "VERB", "call"),
            ("the", 3, "det", "DET", "the"), ("incursions", 1, "dobj", "NOUN", "incursion"),
            ('"', 6, "punct", "PUNCT", '"'), ("an", 6, "det", "DET", "an"), ("attack", 1, "oprd", "NOUN", "attack"),
            ('"', 6, "punct", "PUNCT", '"'), ("organised", 6, "acl", "VERB", "organise"),
            ("by", 8, "agent", "ADP", "by"), ("Russia", 9, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("UKR",), ("RUS",)) in _dyads(events_of(rows))


@pytest.mark.parametrize(("noun", "lemma", "answered"), [("closures", "closure", True), ("talks", "talk", False)])
def test_a_noun_of_an_earlier_act_s_own_verb_refers_to_that_act(noun, lemma, answered):
    # "Germany closed its border with Iran . Russia condemned the closures ." ("… the talks ."
    # names no act coded before)
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("closed", 1, "ROOT", "VERB", "close"),
            ("its", 3, "poss", "PRON", "its"), ("border", 1, "dobj", "NOUN", "border"),
            ("with", 3, "prep", "ADP", "with"), ("Iran", 4, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", "."),
            ("Russia", 8, "nsubj", "PROPN", "Russia"), ("condemned", 8, "ROOT", "VERB", "condemn"),
            ("the", 10, "det", "DET", "the"), (noun, 8, "dobj", "NOUN", lemma), (".", 8, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 7)))
    assert (("ACCUSE", ("RUS",), ("DEU",)) in dyads) is answered


@pytest.mark.parametrize(("verb", "lemma"), [("raised", "raise"), ("hiked", "hike"), ("doubled", "double")])
def test_raising_tariffs_on_a_state_is_a_sanction(verb, lemma):
    # "Russia raised tariffs on Iran ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), (verb, 1, "ROOT", "VERB", lemma),
            ("tariffs", 1, "dobj", "NOUN", "tariff"), ("on", 2, "prep", "ADP", "on"),
            ("Iran", 3, "pobj", "PROPN", "Iran"), (".", 1, "punct", "PUNCT", ".")]
    assert ("SANCTION", ("RUS",), ("IRN",)) in _dyads(events_of(rows))


def test_travelling_to_a_state_visits_it_not_the_companions():
    # "France travelled to Iran with Italy ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("travelled", 1, "ROOT", "VERB", "travel"),
            ("to", 1, "prep", "ADP", "to"), ("Iran", 2, "pobj", "PROPN", "Iran"), ("with", 1, "prep", "ADP", "with"),
            ("Italy", 4, "pobj", "PROPN", "Italy"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("CONSULT", ("FRA",), ("IRN",))]


def test_police_one_deploys_or_offers_are_no_act_at_home():
    # "Britain deployed officers ." / "Britain offered officers ." : the officers are its means
    for verb, lemma in (("deployed", "deploy"), ("offered", "offer")):
        rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), (verb, 1, "ROOT", "VERB", lemma, "VBD"),
                ("officers", 1, "dobj", "NOUN", "officer"), (".", 1, "punct", "PUNCT", ".")]
        assert all(d[2] != ("GBR",) for d in _dyads(events_of(rows)))
        # "… officers for the mission ."
        rows[3:] = [("for", 1, "prep", "ADP", "for"), ("the", 5, "det", "DET", "the"),
                    ("mission", 3, "pobj", "NOUN", "mission"), (".", 1, "punct", "PUNCT", ".")]
        assert all(d[2] != ("GBR",) for d in _dyads(events_of(rows)))
    # "Britain arrested officers ." : whom it arrests is at home
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("arrested", 1, "ROOT", "VERB", "arrest", "VBD"),
            ("officers", 1, "dobj", "NOUN", "officer"), (".", 1, "punct", "PUNCT", ".")]
    assert ("COERCE", ("GBR",), ("GBR",)) in _dyads(events_of(rows))


def test_an_act_awaited_until_in_the_present_is_not_yet_done():
    # "Talks stopped until Russia withdraws from Ukraine .": the parser hung the clause on a past verb
    rows = [("Talks", 1, "nsubj", "NOUN", "talk"), ("stopped", 1, "ROOT", "VERB", "stop", "VBD"),
            ("until", 4, "mark", "SCONJ", "until", "IN"), ("Russia", 4, "nsubj", "PROPN", "Russia", "NNP"),
            ("withdraws", 1, "advcl", "VERB", "withdraw", "VBZ"), ("from", 4, "prep", "ADP", "from", "IN"),
            ("Ukraine", 5, "pobj", "PROPN", "Ukraine", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert [e for e in events_of(rows) if e.type == "RETREAT"] == []
    rows[4] = ("withdrew", 1, "advcl", "VERB", "withdraw", "VBD")
    assert [e.source for e in events_of(rows) if e.type == "RETREAT"] == [("RUS",)]


def test_a_meeting_an_act_is_done_at_names_no_target():
    # "Britain expressed support for France at an Italy meeting ." (as "… support for Brasilia at a
    # Mercosur meeting"), the meeting hung on the support: where, not to whom, and no meeting held
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("expressed", 1, "ROOT", "VERB", "express", "VBD"),
            ("support", 1, "dobj", "NOUN", "support"), ("for", 2, "prep", "ADP", "for"),
            ("France", 3, "pobj", "PROPN", "France"), ("at", 2, "prep", "ADP", "at"), ("an", 8, "det", "DET", "an"),
            ("Italy", 8, "compound", "PROPN", "Italy"), ("meeting", 5, "pobj", "NOUN", "meeting"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.source, e.target, e.mode) for e in events_of(rows)] == [("SUPPORT", ("GBR",), ("FRA",), None)]


def test_an_object_after_the_act_s_clause_sums_it_up():
    # "Britain agreed to resume talks with France , the sign after sanctions ." (as "…, the latest
    # sign of a thaw … after years of trade sanctions"): the talks are the agreement's matter
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("agreed", 1, "ROOT", "VERB", "agree", "VBD"),
            ("to", 3, "aux", "PART", "to"), ("resume", 1, "xcomp", "VERB", "resume", "VB"),
            ("talks", 3, "dobj", "NOUN", "talk", "NNS"), ("with", 4, "prep", "ADP", "with"),
            ("France", 5, "pobj", "PROPN", "France"), (",", 1, "punct", "PUNCT", ","), ("the", 9, "det", "DET", "the"),
            ("sign", 1, "dobj", "NOUN", "sign", "NN"), ("after", 9, "prep", "ADP", "after"),
            ("sanctions", 10, "pobj", "NOUN", "sanction", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    assert all("sanction" not in (e.mode or "") for e in events_of(rows) if e.type == "AGREE")


@pytest.mark.parametrize(("pronoun", "kind", "source"), [
    ("They", "direct", None),            # "“They will meet Russia ,” Cooper said": others, not Cooper
    ("We", "direct", ("GBR",)),          # "“We will meet Russia”": Cooper's side
    ("They", "indirect", ("GBR",)),      # an indirect quote's third person is its speaker's too
])
def test_a_third_person_in_a_speaker_s_own_words_is_someone_else(pronoun, kind, source):
    rows = [(pronoun, 2, "nsubj", "PRON", pronoun.lower()), ("will", 2, "aux", "AUX", "will"),
            ("meet", 2, "ROOT", "VERB", "meet"), ("Russia", 2, "dobj", "PROPN", "Russia"),
            (",", 6, "punct", "PUNCT", ","), ("Cooper", 6, "nsubj", "PROPN", "Cooper"),
            ("said", 2, "parataxis", "VERB", "say"), (".", 2, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    quote = _Quote(kind, 0, doc[3].idx + len("Russia"), (doc[5].idx, doc[5].idx + 6))
    events = find_events(doc, {"actors": index_for(doc), "quotes": ([quote], [])})
    assert [e.source for e in events if e.trigger == "meet"] == ([source] if source else [])


def test_an_act_in_a_present_clause_of_time_is_not_yet_done():
    # "Talks start when Russia withdraws from Ukraine ." / "… withdrew …"
    rows = [("Talks", 1, "nsubj", "NOUN", "talk", "NNS"), ("start", 1, "ROOT", "VERB", "start", "VBP"),
            ("when", 4, "advmod", "SCONJ", "when", "WRB"), ("Russia", 4, "nsubj", "PROPN", "Russia", "NNP"),
            ("withdraws", 1, "advcl", "VERB", "withdraw", "VBZ"), ("from", 4, "prep", "ADP", "from", "IN"),
            ("Ukraine", 5, "pobj", "PROPN", "Ukraine", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert [e for e in events_of(rows) if e.type == "RETREAT"] == []
    rows[4] = ("withdrew", 1, "advcl", "VERB", "withdraw", "VBD")
    assert [e.source for e in events_of(rows) if e.type == "RETREAT"] == [("RUS",)]


def test_troops_pulled_back_from_somewhere_unnamed_are_no_act_at_home():
    # "Russia withdrew its troops from the border ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("withdrew", 1, "ROOT", "VERB", "withdraw", "VBD"),
            ("its", 3, "poss", "PRON", "its"), ("troops", 1, "dobj", "NOUN", "troop", "NNS"),
            ("from", 1, "prep", "ADP", "from"), ("the", 6, "det", "DET", "the"),
            ("border", 4, "pobj", "NOUN", "border"), (".", 1, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "RETREAT"] == [("RETREAT", ("RUS",), ())]


def test_a_third_person_in_a_speaker_s_own_words_reporting_another_is_that_other():
    # "“After the Cooper camp announced that it was inviting Russia , Italy agreed ,” France said .":
    # the camp invites (Britain's), not the speaker
    rows = [("After", 4, "mark", "SCONJ", "after"), ("the", 3, "det", "DET", "the"),
            ("Cooper", 3, "compound", "PROPN", "Cooper"), ("camp", 4, "nsubj", "NOUN", "camp"),
            ("announced", 12, "advcl", "VERB", "announce", "VBD"), ("that", 8, "mark", "SCONJ", "that"),
            ("it", 8, "nsubj", "PRON", "it"), ("was", 8, "aux", "AUX", "be"),
            ("inviting", 4, "ccomp", "VERB", "invite", "VBG"), ("Russia", 8, "dobj", "PROPN", "Russia"),
            (",", 12, "punct", "PUNCT", ","), ("Italy", 12, "nsubj", "PROPN", "Italy"),
            ("agreed", 12, "ROOT", "VERB", "agree", "VBD"), (",", 15, "punct", "PUNCT", ","),
            ("France", 15, "nsubj", "PROPN", "France"), ("said", 12, "parataxis", "VERB", "say", "VBD"),
            (".", 12, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    quote = _Quote("direct", 0, doc[12].idx + len("agreed"), (doc[14].idx, doc[14].idx + 6))
    events = find_events(doc, {"actors": index_for(doc), "quotes": ([quote], [])})
    assert [e.source for e in events if e.trigger == "invite"] == [("GBR",)]


def test_what_would_have_been_done_was_not_done():
    # "Britain would have condemned France ." / "Britain condemned France ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("would", 3, "aux", "AUX", "would", "MD"),
            ("have", 3, "aux", "AUX", "have", "VB"), ("condemned", 3, "ROOT", "VERB", "condemn", "VBN"),
            ("France", 3, "dobj", "PROPN", "France"), (".", 3, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()
    rows = [rows[0][:1] + (1,) + rows[0][2:], ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
            ("France", 1, "dobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("GBR",), ("FRA",))]


@pytest.mark.parametrize(("modifier", "coded"), [(None, True), ("next", False), ("upcoming", False)])
def test_talks_still_to_come_are_no_act(modifier, coded):
    # "Britain spoke at [the next] talks with France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
            ("at", 1, "prep", "ADP", "at")]
    if modifier:
        rows += [("the", 5, "det", "DET", "the"), (modifier, 5, "amod", "ADJ", modifier)]
    n = len(rows)
    rows += [("talks", 2, "pobj", "NOUN", "talk", "NNS"), ("with", n, "prep", "ADP", "with"),
             ("France", n + 1, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert (("CONSULT", ("GBR",), ("FRA",)) in _dyads(events_of(rows))) is coded


def test_strikes_that_killed_people_somewhere_are_an_attack_on_that_place():
    # "Russian air strikes killed people in Ukraine ." (the state only as the noun's adjective)
    rows = [("Russian", 2, "amod", "ADJ", "russian", "JJ"), ("air", 2, "compound", "NOUN", "air"),
            ("strikes", 3, "nsubj", "NOUN", "strike", "NNS"), ("killed", 3, "ROOT", "VERB", "kill", "VBD"),
            ("people", 3, "dobj", "NOUN", "people", "NNS"), ("in", 3, "prep", "ADP", "in"),
            ("Ukraine", 5, "pobj", "PROPN", "Ukraine"), (".", 3, "punct", "PUNCT", ".")]
    assert ("ASSAULT", ("RUS",), ("UKR",)) in _dyads(events_of(rows, kb=default_kb()))


@pytest.mark.parametrize(("verb", "lemma", "coded"), [("targeted", "target", "ASSAULT"), ("continued", "continue", "PROTEST")])
def test_strikes_that_target_someone_are_attacks_not_walkouts(verb, lemma, coded):
    # "Russia said its strikes targeted Ukraine ." / "… its strikes continued ." (a walkout)
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("its", 3, "poss", "PRON", "its"), ("strikes", 4, "nsubj", "NOUN", "strike", "NNS"),
            (verb, 1, "ccomp", "VERB", lemma, "VBD")]
    if lemma == "target":
        rows.append(("Ukraine", 4, "dobj", "PROPN", "Ukraine"))
    rows.append((".", 1, "punct", "PUNCT", "."))
    doc = make_doc(rows)
    triggers = {e.trigger: e.type for e in find_events(doc, {"actors": index_for(doc)})}
    assert triggers.get("strike", coded) == coded and (coded != "ASSAULT" or "strike" in triggers)


def test_denying_the_accusation_rejects_the_accuser():
    # "Britain accused France . France denied the accusation ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("accused", 1, "ROOT", "VERB", "accuse", "VBD"),
            ("France", 1, "dobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", "."),
            ("France", 5, "nsubj", "PROPN", "France"), ("denied", 5, "ROOT", "VERB", "deny", "VBD"),
            ("the", 7, "det", "DET", "the"), ("accusation", 5, "dobj", "NOUN", "accusation", "NN"),
            (".", 5, "punct", "PUNCT", ".")]
    assert ("REJECT", ("FRA",), ("GBR",)) in _dyads(events_of(rows, starts=(0, 4)))


@pytest.mark.parametrize("prep", ["by", "with"])
def test_standing_by_or_with_a_state_is_support(prep):
    # "Britain stood by France 's sovereignty ." / "Britain stood with France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("stood", 1, "ROOT", "VERB", "stand", "VBD"),
            (prep, 1, "prep", "ADP", prep), ("France", 5 if prep == "by" else 2, "poss" if prep == "by" else "pobj",
                                             "PROPN", "France")]
    if prep == "by":
        rows += [("'s", 3, "case", "PART", "'s"), ("sovereignty", 2, "pobj", "NOUN", "sovereignty")]
    rows.append((".", 1, "punct", "PUNCT", "."))
    assert ("SUPPORT", ("GBR",), ("FRA",)) in _dyads(events_of(rows))


def test_a_protest_is_made_to_the_state_whose_envoy_is_summoned_with_it():
    # "Britain lodged a protest and summoned France 's ambassador ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("lodged", 1, "ROOT", "VERB", "lodge", "VBD"),
            ("a", 3, "det", "DET", "a"), ("protest", 1, "dobj", "NOUN", "protest", "NN"),
            ("and", 1, "cc", "CCONJ", "and"), ("summoned", 1, "conj", "VERB", "summon", "VBD"),
            ("France", 8, "poss", "PROPN", "France"), ("'s", 6, "case", "PART", "'s"),
            ("ambassador", 5, "dobj", "NOUN", "ambassador", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("GBR",), ("FRA",)) in _dyads(events_of(rows))


def test_condemning_the_incident_condemns_whoever_used_force():
    # "Russia attacked Ukraine . Britain condemned the incident ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 5, "nsubj", "PROPN", "Britain"), ("condemned", 5, "ROOT", "VERB", "condemn", "VBD"),
            ("the", 7, "det", "DET", "the"), ("incident", 5, "dobj", "NOUN", "incident", "NN"),
            (".", 5, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("GBR",), ("RUS",)) in _dyads(events_of(rows, starts=(0, 4)))


def test_an_envoy_s_posting_named_before_him_is_not_whom_he_serves():
    # "Britain 's Italy ambassador condemned France ." (as "Israel's U.N. ambassador …"): Britain's
    rows = [("Britain", 3, "poss", "PROPN", "Britain"), ("'s", 0, "case", "PART", "'s"),
            ("Italy", 3, "compound", "PROPN", "Italy"), ("ambassador", 4, "nsubj", "NOUN", "ambassador", "NN"),
            ("condemned", 4, "ROOT", "VERB", "condemn", "VBD"), ("France", 4, "dobj", "PROPN", "France"),
            (".", 4, "punct", "PUNCT", ".")]
    assert [d for d in _dyads(events_of(rows)) if d[0] == "ACCUSE"] == [("ACCUSE", ("GBR",), ("FRA",))]


def test_a_vow_to_use_a_veto_is_no_agreement():
    # "Britain vowed to use its veto against France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("vowed", 1, "ROOT", "VERB", "vow", "VBD"),
            ("to", 3, "aux", "PART", "to"), ("use", 1, "xcomp", "VERB", "use", "VB"),
            ("its", 5, "poss", "PRON", "its"), ("veto", 3, "dobj", "NOUN", "veto", "NN"),
            ("against", 3, "prep", "ADP", "against"), ("France", 6, "pobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("REJECT", ("GBR",), ("FRA",))]


def test_regretting_another_s_decision_is_disapproval():
    # "Russia attacked Ukraine . Britain regretted the decision ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
            ("Britain", 5, "nsubj", "PROPN", "Britain"), ("regretted", 5, "ROOT", "VERB", "regret", "VBD"),
            ("the", 7, "det", "DET", "the"), ("decision", 5, "dobj", "NOUN", "decision", "NN"),
            (".", 5, "punct", "PUNCT", ".")]
    assert ("ACCUSE", ("GBR",), ("RUS",)) in _dyads(events_of(rows, starts=(0, 4)))


def test_a_vow_to_block_the_opening_of_talks_is_no_agreement():
    # "Britain vowed to block the opening of talks ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("vowed", 1, "ROOT", "VERB", "vow", "VBD"),
            ("to", 3, "aux", "PART", "to"), ("block", 1, "xcomp", "VERB", "block", "VB"),
            ("the", 5, "det", "DET", "the"), ("opening", 3, "dobj", "NOUN", "opening", "NN"),
            ("of", 5, "prep", "ADP", "of"), ("talks", 6, "pobj", "NOUN", "talk", "NNS"),
            (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows) if e.type == "AGREE"] == []


def test_a_counted_group_is_the_states_named_before_not_a_bloc_its_words_name():
    # "Britain , France and Germany met . The three European countries warned Iran ." with
    # "European countries" also a bloc's mention
    rows = [("Britain", 5, "nsubj", "PROPN", "Britain"), (",", 0, "punct", "PUNCT", ","),
            ("France", 0, "conj", "PROPN", "France"), ("and", 2, "cc", "CCONJ", "and"),
            ("Germany", 2, "conj", "PROPN", "Germany"), ("met", 5, "ROOT", "VERB", "meet", "VBD"),
            (".", 5, "punct", "PUNCT", "."), ("The", 10, "det", "DET", "the"), ("three", 10, "nummod", "NUM", "three"),
            ("European", 10, "amod", "ADJ", "european"), ("countries", 11, "nsubj", "NOUN", "country", "NNS"),
            ("warned", 11, "ROOT", "VERB", "warn", "VBD"), ("Iran", 11, "dobj", "PROPN", "Iran"),
            (".", 11, "punct", "PUNCT", ".")]
    doc = make_doc(rows, starts=(0, 7))
    index = index_for(doc)
    bloc = Actor(id="european-allies", name="European allies", type="bloc")
    words = doc[9:11]
    index = ActorIndex(actors={**index.actors, bloc.id: bloc},
                       mentions=[*index.mentions, ActorMention(words.start_char, words.end_char, words.text, bloc.id,
                                                               9, 11)])
    warned = [e for e in find_events(doc, {"actors": index}) if e.trigger == "warn"]
    assert [set(e.source) for e in warned] == [{"GBR", "FRA", "DEU"}]


def test_an_appeal_joined_to_a_reported_state_of_things_is_the_reporter_s():
    # "Britain said France had no mandate and called on Italy to leave ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("France", 3, "nsubj", "PROPN", "France"), ("had", 1, "ccomp", "VERB", "have", "VBD"),
            ("no", 5, "det", "DET", "no"), ("mandate", 3, "dobj", "NOUN", "mandate", "NN"),
            ("and", 3, "cc", "CCONJ", "and"), ("called", 3, "conj", "VERB", "call", "VBD"),
            ("on", 7, "prep", "ADP", "on"), ("Italy", 8, "pobj", "PROPN", "Italy"),
            ("to", 11, "aux", "PART", "to"), ("leave", 7, "xcomp", "VERB", "leave", "VB"),
            (".", 1, "punct", "PUNCT", ".")]
    calls = [(e.source, e.target) for e in events_of(rows) if e.trigger == "call"]
    assert calls == [(("GBR",), ("ITA",))]


def test_a_rally_one_speaks_at_is_where_one_spoke_not_a_protest():
    # "Britain said during a rally that France lied ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("during", 1, "prep", "ADP", "during"), ("a", 4, "det", "DET", "a"), ("rally", 2, "pobj", "NOUN", "rally"),
            ("that", 7, "mark", "SCONJ", "that"), ("France", 7, "nsubj", "PROPN", "France"),
            ("lied", 1, "ccomp", "VERB", "lie", "VBD"), (".", 1, "punct", "PUNCT", ".")]
    assert [e for e in events_of(rows) if e.type == "PROTEST"] == []


@pytest.mark.parametrize(("obj", "lemma", "coded"), [("ad", "ad", False), ("returns", "return", False),
                                                     ("prisoners", "prisoner", True)])
def test_releasing_an_ad_or_returns_is_no_retreat(obj, lemma, coded):
    # "Britain released France 's <obj> ." (an ad, tax returns: published; prisoners: freed)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("released", 1, "ROOT", "VERB", "release", "VBD"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            (obj, 1, "dobj", "NOUN", lemma, "NNS"), (".", 1, "punct", "PUNCT", ".")]
    assert any(e.type == "RETREAT" for e in events_of(rows)) is coded


def test_two_states_restoring_their_envoys_restore_ties_with_each_other():
    # "Britain and France restored their ambassadors ."
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France"), ("restored", 3, "ROOT", "VERB", "restore", "VBD"),
            ("their", 5, "poss", "PRON", "their"), ("ambassadors", 3, "dobj", "NOUN", "ambassador", "NNS"),
            (".", 3, "punct", "PUNCT", ".")]
    assert ("SUPPORT", ("GBR", "FRA"), ("GBR", "FRA")) in _dyads(events_of(rows))


def test_of_two_subjects_the_parser_gave_one_verb_the_nearest_acts():
    # "Relations soured after Germany accused Russia of spying ." with "Relations" and "Germany" both
    # subjects of "accused" (the parser's root) and "soured" a modifier of "Relations"
    rows = [("Relations", 4, "nsubj", "NOUN", "relation"), ("soured", 0, "acl", "VERB", "sour"),
            ("after", 4, "mark", "SCONJ", "after"), ("Germany", 4, "nsubj", "PROPN", "Germany"),
            ("accused", 4, "ROOT", "VERB", "accuse"), ("Russia", 4, "dobj", "PROPN", "Russia"),
            ("of", 5, "prep", "ADP", "of"), ("spying", 6, "pcomp", "VERB", "spy"), (".", 4, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("DEU",), ("RUS",))]


def test_lifting_a_share_of_one_s_own_curbs_is_no_act_at_home():
    # "Germany lifted some of its curbs ." : the curbs are Germany's own, not Germany the target
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("lifted", 1, "ROOT", "VERB", "lift"),
            ("some", 1, "dobj", "PRON", "some"), ("of", 2, "prep", "ADP", "of"),
            ("its", 5, "poss", "PRON", "its"), ("curbs", 3, "pobj", "NOUN", "curb"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("RETREAT", ("DEU",), ())]


def test_a_threat_of_vetoes_in_the_past_names_no_one_at_home():
    # "Italy has threatened vetoes in the past ." : no target, so no THREATEN at all
    rows = [("Italy", 2, "nsubj", "PROPN", "Italy"), ("has", 2, "aux", "AUX", "have"),
            ("threatened", 2, "ROOT", "VERB", "threaten"), ("vetoes", 2, "dobj", "NOUN", "veto"),
            ("in", 2, "prep", "ADP", "in"), ("the", 6, "det", "DET", "the"), ("past", 4, "pobj", "NOUN", "past"),
            (".", 2, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []


def test_a_demand_for_guarantees_is_not_aimed_at_whom_their_clause_mentions_in_passing():
    # "Germany demanded guarantees that it would get gas when Russia ends supplies ." : Russia is
    # in the guarantee's circumstances, and "it" is Germany: no one to code the demand against
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("demanded", 1, "ROOT", "VERB", "demand"),
            ("guarantees", 1, "dobj", "NOUN", "guarantee"), ("that", 6, "mark", "SCONJ", "that"),
            ("it", 6, "nsubj", "PRON", "it"), ("would", 6, "aux", "AUX", "would"), ("get", 2, "acl", "VERB", "get"),
            ("gas", 6, "dobj", "NOUN", "gas"), ("when", 10, "advmod", "SCONJ", "when"),
            ("Russia", 10, "nsubj", "PROPN", "Russia"), ("ends", 6, "advcl", "VERB", "end"),
            ("supplies", 10, "dobj", "NOUN", "supply"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []
    # the clause's own subject is still whom the guarantee is asked of
    rows[4] = ("Italy", 6, "nsubj", "PROPN", "Italy")
    assert _dyads(events_of(rows)) == [("REQUEST", ("DEU",), ("ITA",))]


def test_what_another_says_of_the_object_is_no_complement_of_the_act():
    # "Germany and Italy signed a pact , a move Russia warned could hurt ties ." with "move" a second
    # object of "signed" and "warned" its relative clause: the signing is not aimed at Russia
    rows = [("Germany", 3, "nsubj", "PROPN", "Germany"), ("and", 0, "cc", "CCONJ", "and"),
            ("Italy", 0, "conj", "PROPN", "Italy"), ("signed", 3, "ROOT", "VERB", "sign"),
            ("a", 5, "det", "DET", "a"), ("pact", 3, "dobj", "NOUN", "pact"), (",", 3, "punct", "PUNCT", ","),
            ("a", 8, "det", "DET", "a"), ("move", 3, "dobj", "NOUN", "move"), ("Russia", 10, "nsubj", "PROPN", "Russia"),
            ("warned", 8, "relcl", "VERB", "warn"), ("could", 12, "aux", "AUX", "could"),
            ("hurt", 10, "ccomp", "VERB", "hurt"), ("ties", 12, "dobj", "NOUN", "tie"), (".", 3, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows))
    assert ("SUPPORT", ("DEU", "ITA"), ("DEU", "ITA")) in dyads
    assert not any(e[0] == "SUPPORT" and "RUS" in e[2] for e in dyads)


def test_they_after_two_named_together_is_those_two_not_the_speaker():
    # "Cooper said France and Italy broke the pact they accepted ." : France and Italy accepted it
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), ("said", 1, "ROOT", "VERB", "say"),
            ("France", 5, "nsubj", "PROPN", "France"), ("and", 2, "cc", "CCONJ", "and"),
            ("Italy", 2, "conj", "PROPN", "Italy"), ("broke", 1, "ccomp", "VERB", "break"),
            ("the", 7, "det", "DET", "the"), ("pact", 5, "dobj", "NOUN", "pact"),
            ("they", 9, "nsubj", "PRON", "they"), ("accepted", 7, "relcl", "VERB", "accept"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("AGREE", ("FRA", "ITA"), ())]


@pytest.mark.parametrize(("verb", "lemma", "obj", "obj_lemma"), [
    ("provided", "provide", "evidence", "evidence"),     # "did not provide evidence": no aid
    ("beat", "beat", "drums", "drum"),                    # "beating the drums of war": no assault
])
def test_idioms_and_words_given_are_no_aid_or_assault(verb, lemma, obj, obj_lemma):
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), (verb, 1, "ROOT", "VERB", lemma),
            (obj, 1, "dobj", "NOUN", obj_lemma), ("to", 1, "prep", "ADP", "to"), ("Russia", 3, "pobj", "PROPN", "Russia"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []


def test_an_accusation_dismissed_as_anything_in_the_next_clause_is_rejected():
    # "Germany accused Russia of lying , and Russia dismissed the claim as a pretext ." : Russia
    # rejects Germany's accusation, in the same sentence
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Russia", 1, "dobj", "PROPN", "Russia"), ("of", 1, "prep", "ADP", "of"), ("lying", 3, "pcomp", "VERB", "lie"),
            (",", 1, "punct", "PUNCT", ","), ("and", 1, "cc", "CCONJ", "and"), ("Russia", 8, "nsubj", "PROPN", "Russia"),
            ("dismissed", 1, "conj", "VERB", "dismiss"), ("the", 10, "det", "DET", "the"),
            ("claim", 8, "dobj", "NOUN", "claim"), ("as", 10, "prep", "ADP", "as"), ("a", 13, "det", "DET", "a"),
            ("pretext", 11, "pobj", "NOUN", "pretext"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("DEU",), ("RUS",)), ("REJECT", ("RUS",), ("DEU",))]


def test_an_alternative_set_aside_is_not_what_the_object_is_called():
    # "Germany saw Russia as a partner , not a rival ." : no disapproval ("not" on "partner", the
    # parser's head of the set-aside "a rival")
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("saw", 1, "ROOT", "VERB", "see"),
            ("Russia", 1, "dobj", "PROPN", "Russia"), ("as", 1, "prep", "ADP", "as"), ("a", 5, "det", "DET", "a"),
            ("partner", 3, "pobj", "NOUN", "partner"), (",", 5, "punct", "PUNCT", ","), ("not", 5, "neg", "PART", "not"),
            ("a", 9, "det", "DET", "a"), ("rival", 5, "appos", "NOUN", "rival"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []


def test_the_idea_is_the_proposal_an_earlier_reaction_named_not_the_latest_request():
    # "Germany offered troops . Italy rejected the proposal . Italy urged France to act . Albania
    # welcomed the idea ." : the idea is the proposal Italy rejected, Germany's
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("troops", 1, "dobj", "NOUN", "troop"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 5, "nsubj", "PROPN", "Italy"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("the", 7, "det", "DET", "the"), ("proposal", 5, "dobj", "NOUN", "proposal"), (".", 5, "punct", "PUNCT", "."),
            ("Italy", 10, "nsubj", "PROPN", "Italy"), ("urged", 10, "ROOT", "VERB", "urge"),
            ("France", 10, "dobj", "PROPN", "France"), ("to", 13, "aux", "PART", "to"), ("act", 10, "xcomp", "VERB", "act"),
            (".", 10, "punct", "PUNCT", "."),
            ("Albania", 16, "nsubj", "PROPN", "Albania"), ("welcomed", 16, "ROOT", "VERB", "welcome"),
            ("the", 18, "det", "DET", "the"), ("idea", 16, "dobj", "NOUN", "idea"), (".", 16, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows, starts=(0, 4, 9, 15)))
    assert ("REJECT", ("ITA",), ("DEU",)) in dyads
    assert ("SUPPORT", ("ALB",), ("DEU",)) in dyads


def test_a_name_given_with_both_words_read_as_predicates_is_an_accusation():
    # 'Germany has called Russia " a corrupt regime " .' with "Russia" and "regime" both oprd
    rows = [("Germany", 2, "nsubj", "PROPN", "Germany"), ("has", 2, "aux", "AUX", "have"),
            ("called", 2, "ROOT", "VERB", "call"), ("Russia", 2, "oprd", "PROPN", "Russia"),
            ('"', 7, "punct", "PUNCT", '"'), ("a", 7, "det", "DET", "a"), ("corrupt", 7, "amod", "ADJ", "corrupt"),
            ("regime", 2, "oprd", "NOUN", "regime"), ('"', 7, "punct", "PUNCT", '"'), (".", 2, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ACCUSE", ("DEU",), ("RUS",))]


def test_a_threat_to_do_something_harmless_to_one_is_aimed_at_whom_the_condition_names():
    # "Germany threatened to seek a deal with Russia if Italy did not agree ." : aimed at Italy
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("seek", 1, "xcomp", "VERB", "seek"), ("a", 5, "det", "DET", "a"),
            ("deal", 3, "dobj", "NOUN", "deal"), ("with", 5, "prep", "ADP", "with"), ("Russia", 6, "pobj", "PROPN", "Russia"),
            ("if", 12, "mark", "SCONJ", "if"), ("Italy", 12, "nsubj", "PROPN", "Italy"), ("did", 12, "aux", "AUX", "do"),
            ("not", 12, "neg", "PART", "not"), ("agree", 3, "advcl", "VERB", "agree"), (".", 1, "punct", "PUNCT", ".")]
    (e,) = [e for e in events_of(rows) if e.type == "THREATEN"]
    assert (e.source, e.target, e.about) == (("DEU",), ("ITA",), ("RUS",))


def test_upgrading_a_relationship_together_is_support_of_each_other():
    # "France and Germany upgraded their relationship ."
    rows = _joint("upgraded", "upgrade", "relationship", "relationship")
    rows[4] = ("their", 5, "poss", "PRON", "their")
    assert _dyads(events_of(rows)) == [("SUPPORT", ("FRA", "DEU"), ("FRA", "DEU"))]


def test_a_call_on_all_parties_is_aimed_at_no_one_its_content_names():
    # "Germany calls on all parties to respect Russia 's interests ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("calls", 1, "ROOT", "VERB", "call"),
            ("on", 1, "prep", "ADP", "on"), ("all", 4, "det", "DET", "all"), ("parties", 2, "pobj", "NOUN", "party"),
            ("to", 6, "aux", "PART", "to"), ("respect", 1, "xcomp", "VERB", "respect"),
            ("Russia", 9, "poss", "PROPN", "Russia"), ("'s", 7, "case", "PART", "'s"),
            ("interests", 6, "dobj", "NOUN", "interest"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == []


def test_a_day_after_the_promise_is_not_the_one_called_on():
    # "Germany promised on Tuesday to send aid to Ukraine ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("promised", 1, "ROOT", "VERB", "promise"),
            ("on", 1, "prep", "ADP", "on"), ("Tuesday", 2, "pobj", "PROPN", "Tuesday"), ("to", 5, "aux", "PART", "to"),
            ("send", 1, "xcomp", "VERB", "send"), ("aid", 5, "dobj", "NOUN", "aid"), ("to", 5, "prep", "ADP", "to"),
            ("Ukraine", 7, "pobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert [(t, s, g) for t, s, g in _dyads(events_of(rows))] == [("AGREE", ("DEU",), ("UKR",))]


def test_a_participle_with_its_by_agent_is_passive():
    # "Germany rejected a plan with Italy proposed by France ." with "Italy" parsed as the subject
    # of "proposed": the participle is passive, France its doer
    from faultline.extract.events import _subject

    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("rejected", 1, "ROOT", "VERB", "reject"),
            ("a", 3, "det", "DET", "a"), ("plan", 1, "dobj", "NOUN", "plan"), ("with", 3, "prep", "ADP", "with"),
            ("Italy", 6, "nsubj", "PROPN", "Italy"), ("proposed", 4, "pcomp", "VERB", "propose", "VBN"),
            ("by", 6, "agent", "ADP", "by"), ("France", 7, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc([r if len(r) == 6 else (*r, "") for r in rows])
    assert _subject(doc[6])[1] is True


@pytest.mark.parametrize("on_object", [False, True])
def test_a_meeting_is_held_in_a_place_not_with_it(on_object):
    # "France will meet Italy in Albania ." with "in Albania" on the verb or on the one met
    rows = [("France", 2, "nsubj", "PROPN", "France"), ("will", 2, "aux", "AUX", "will"),
            ("meet", 2, "ROOT", "VERB", "meet"), ("Italy", 2, "dobj", "PROPN", "Italy"),
            ("in", 3 if on_object else 2, "prep", "ADP", "in"), ("Albania", 4, "pobj", "PROPN", "Albania"),
            (".", 2, "punct", "PUNCT", ".")]
    assert [(e.source, e.target) for e in events_of(rows)] == [(("FRA",), ("ITA",))]


def test_water_cannon_fired_at_close_range_is_no_act_at_home():
    # "Russia fired water cannon at close range ." : the weapon and the distance are no one; the
    # act is not Russia's against itself
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("fired", 1, "ROOT", "VERB", "fire"),
            ("water", 3, "compound", "NOUN", "water"), ("cannon", 1, "dobj", "NOUN", "cannon"),
            ("at", 1, "prep", "ADP", "at"), ("close", 6, "amod", "ADJ", "close"), ("range", 4, "pobj", "NOUN", "range"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("RUS",) not in [e.target for e in events_of(rows)]
    # fired at someone, it is aimed at them
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("fired", 1, "ROOT", "VERB", "fire"),
            ("water", 3, "compound", "NOUN", "water"), ("cannon", 1, "dobj", "NOUN", "cannon"),
            ("at", 1, "prep", "ADP", "at"), ("Ukraine", 4, "pobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert [(e.type, e.target) for e in events_of(rows)] == [("ASSAULT", ("UKR",))]


def test_a_clause_the_parser_read_as_a_modifier_is_no_part_of_the_subject():
    # "Russia , which co - chairs the alliance with Italy , sided with France ." as the small model
    # parses it: "co" and "-" relative clauses of "Russia", "chairs" its amod with an object
    rows = [("Russia", 11, "nsubj", "PROPN", "Russia"), (",", 0, "punct", "PUNCT", ","),
            ("which", 3, "nsubj", "PRON", "which"), ("co", 0, "relcl", "VERB", "co"),
            ("-", 0, "relcl", "NOUN", "-"), ("chairs", 0, "amod", "VERB", "chair"),
            ("the", 7, "det", "DET", "the"), ("alliance", 5, "dobj", "NOUN", "alliance"),
            ("with", 7, "prep", "ADP", "with"), ("Italy", 8, "pobj", "PROPN", "Italy"),
            (",", 0, "punct", "PUNCT", ","), ("sided", 11, "ROOT", "VERB", "side"),
            ("with", 11, "prep", "ADP", "with"), ("France", 12, "pobj", "PROPN", "France"),
            (".", 11, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("SUPPORT", ("RUS",), ("FRA",))]


def _said_its_troops_attacked(verb: str, lemma: str):
    # "Cooper <said|denied> its troops attacked Russia ." with the clause a quote of Cooper's
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), (verb, 1, "ROOT", "VERB", lemma),
            ("its", 3, "poss", "PRON", "its"), ("troops", 4, "nsubj", "NOUN", "troop"),
            ("attacked", 1, "ccomp", "VERB", "attack"), ("Russia", 4, "dobj", "PROPN", "Russia"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    quote = _Quote("indirect", doc[2].idx, doc[5].idx + len("Russia"), (0, len("Cooper")))
    return find_events(doc, {"actors": index_for(doc), "quotes": ([quote], [])})


def test_troops_a_pronoun_owns_act_for_the_speaker_and_a_denied_act_is_none():
    assert _dyads(_said_its_troops_attacked("said", "say")) == [("ASSAULT", ("GBR",), ("RUS",))]
    assert _dyads(_said_its_troops_attacked("denied", "deny")) == []


def test_striking_down_is_no_strike():
    # "Italy 's ban was struck down by France ." : annulled, no walk-out
    rows = [("Italy", 2, "poss", "PROPN", "Italy"), ("'s", 0, "case", "PART", "'s"),
            ("ban", 4, "nsubjpass", "NOUN", "ban"), ("was", 4, "auxpass", "AUX", "be"),
            ("struck", 4, "ROOT", "VERB", "strike"), ("down", 4, "prt", "ADP", "down"),
            ("by", 4, "agent", "ADP", "by"), ("France", 6, "pobj", "PROPN", "France"), (".", 4, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows)] in ([], ["REJECT"])
    assert "PROTEST" not in [e.type for e in events_of(rows)]


def test_what_one_says_a_thing_of_one_s_own_should_undergo_is_no_demand():
    # "Cooper said Britain 's position should not be misread ." : no request of anyone
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), ("said", 1, "ROOT", "VERB", "say"),
            ("Britain", 4, "poss", "PROPN", "Britain"), ("'s", 2, "case", "PART", "'s"),
            ("position", 9, "nsubjpass", "NOUN", "position"), ("should", 9, "aux", "AUX", "should"),
            ("not", 9, "neg", "PART", "not"), ("be", 9, "auxpass", "AUX", "be"),
            ("widely", 9, "advmod", "ADV", "widely"), ("misread", 1, "ccomp", "VERB", "misread"),
            (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()
    # nor what one's own side should do: "Cooper said Britain should act ."
    rows = [("Cooper", 1, "nsubj", "PROPN", "Cooper"), ("said", 1, "ROOT", "VERB", "say"),
            ("Britain", 4, "nsubj", "PROPN", "Britain"), ("should", 4, "aux", "AUX", "should"),
            ("act", 1, "ccomp", "VERB", "act"), (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()
    # but it is a demand of another: "Cooper said Russia should act ."
    rows[2] = ("Russia", 4, "nsubj", "PROPN", "Russia")
    assert _dyads(events_of(rows)) == [("REQUEST", ("GBR",), ("RUS",))]


def test_a_state_protesting_is_no_protest_at_home():
    # "France protested ." : the government's protest is aimed abroad, at no one named
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("protested", 1, "ROOT", "VERB", "protest"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("FRA",) not in [e.target for e in events_of(rows)]


def test_summoning_an_envoy_is_a_consultation_and_its_purpose_an_act_of_its_own():
    # "France summoned Italy 's ambassador to protest ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("Italy", 4, "poss", "PROPN", "Italy"), ("'s", 2, "case", "PART", "'s"),
            ("ambassador", 1, "dobj", "NOUN", "ambassador"), ("to", 6, "aux", "PART", "to"),
            ("protest", 1, "advcl", "VERB", "protest"), (".", 1, "punct", "PUNCT", ".")]
    dyads = _dyads(events_of(rows))
    assert ("CONSULT", ("FRA",), ("ITA",)) in dyads
    assert [d for d in dyads if d[0] == "PROTEST"] and all(d[1] == ("FRA",) for d in dyads)


def test_what_an_asked_act_waits_until_has_not_happened():
    # "France urged Italy to wait until Russia offered aid ." : no offer yet
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("Italy", 1, "dobj", "PROPN", "Italy"), ("to", 4, "aux", "PART", "to"),
            ("wait", 1, "xcomp", "VERB", "wait"), ("until", 7, "mark", "SCONJ", "until"),
            ("Russia", 7, "nsubj", "PROPN", "Russia"), ("offered", 4, "advcl", "VERB", "offer"),
            ("aid", 7, "dobj", "NOUN", "aid"), (".", 1, "punct", "PUNCT", ".")]
    assert [e for e in events_of(rows) if e.source == ("RUS",)] == []


def test_hours_given_to_leave_are_no_aid():
    # "France gave Italy 72 hours to leave ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("gave", 1, "ROOT", "VERB", "give"),
            ("Italy", 1, "dative", "PROPN", "Italy"), ("72", 4, "nummod", "NUM", "72"),
            ("hours", 1, "dobj", "NOUN", "hour"), ("to", 6, "aux", "PART", "to"),
            ("leave", 4, "relcl", "VERB", "leave"), (".", 1, "punct", "PUNCT", ".")]
    assert "AID" not in [e.type for e in events_of(rows)]


def test_who_joins_a_body_s_meeting_takes_part_in_it():
    # "Russia will attend the France meeting ." : Russia meets France, not France Russia
    rows = [("Russia", 2, "nsubj", "PROPN", "Russia"), ("will", 2, "aux", "AUX", "will"),
            ("attend", 2, "ROOT", "VERB", "attend"), ("the", 5, "det", "DET", "the"),
            ("France", 5, "compound", "PROPN", "France"), ("meeting", 2, "dobj", "NOUN", "meeting"),
            (".", 2, "punct", "PUNCT", ".")]
    assert [(e.source, e.target) for e in events_of(rows)] == [(("RUS",), ("FRA",))]


def test_walking_out_of_a_meeting_is_aimed_at_its_host():
    # "Russia walked out of Italy 's talks ." with "of" hung on "out"
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("walked", 1, "ROOT", "VERB", "walk"),
            ("out", 1, "prep", "ADP", "out"), ("of", 2, "prep", "ADP", "of"),
            ("Italy", 6, "poss", "PROPN", "Italy"), ("'s", 4, "case", "PART", "'s"),
            ("talks", 3, "pobj", "NOUN", "talk"), (".", 1, "punct", "PUNCT", ".")]
    assert ("PROTEST", ("RUS",), ("ITA",)) in _dyads(events_of(rows))


def test_objections_from_a_counted_group_are_the_states_named_before():
    # "Italy and Russia protested . France acted despite objections from both countries ."
    rows = [("Italy", 3, "nsubj", "PROPN", "Italy"), ("and", 0, "cc", "CCONJ", "and"),
            ("Russia", 0, "conj", "PROPN", "Russia"), ("protested", 3, "ROOT", "VERB", "protest"),
            (".", 3, "punct", "PUNCT", "."),
            ("France", 6, "nsubj", "PROPN", "France"), ("acted", 6, "ROOT", "VERB", "act"),
            ("despite", 6, "prep", "ADP", "despite"), ("objections", 7, "pobj", "NOUN", "objection"),
            ("from", 8, "prep", "ADP", "from"), ("both", 11, "det", "DET", "both"),
            ("countries", 9, "pobj", "NOUN", "country", "NNS"), (".", 6, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    events = find_events(make_doc(rows, starts=(0, 5)), {"actors": index_for(make_doc(rows, starts=(0, 5)))})
    assert [e.source for e in events if e.type == "REJECT"] == [("ITA", "RUS")]


def test_suspending_help_is_no_act_at_home():
    # "France suspended budget support ." : help was for others, not France
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("suspended", 1, "ROOT", "VERB", "suspend"),
            ("budget", 3, "compound", "NOUN", "budget"), ("support", 1, "dobj", "NOUN", "support"),
            (".", 1, "punct", "PUNCT", ".")]
    assert ("FRA",) not in [e.target for e in events_of(rows)]


def test_an_act_asked_about_did_not_happen():
    # "Will Russia attack Ukraine ?" : asked, not told
    rows = [("Will", 2, "aux", "AUX", "will"), ("Russia", 2, "nsubj", "PROPN", "Russia"),
            ("attack", 2, "ROOT", "VERB", "attack"), ("Ukraine", 2, "dobj", "PROPN", "Ukraine"),
            ("?", 2, "punct", "PUNCT", "?")]
    assert events_of(rows) == ()
    # told, it did
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("ASSAULT", ("RUS",), ("UKR",))]


def test_what_one_calls_an_accusation_when_rejecting_it_is_the_accusation_before():
    # "France accused Italy . Italy rejected what it called false accusations ."
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Italy", 1, "dobj", "PROPN", "Italy"), (".", 1, "punct", "PUNCT", "."),
            ("Italy", 5, "nsubj", "PROPN", "Italy"), ("rejected", 5, "ROOT", "VERB", "reject"),
            ("what", 8, "dobj", "PRON", "what"), ("it", 8, "nsubj", "PRON", "it"),
            ("called", 5, "ccomp", "VERB", "call"), ("false", 10, "amod", "ADJ", "false"),
            ("accusations", 8, "oprd", "NOUN", "accusation"), (".", 5, "punct", "PUNCT", ".")]
    assert ("REJECT", ("ITA",), ("FRA",)) in _dyads(events_of(rows, starts=(0, 4)))


def test_joining_a_grouping_cooperates_with_its_members_and_not_with_whom_it_opposes():
    # "Italy joined a union with France ." / "Italy will not join a union with France ."
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("joined", 1, "ROOT", "VERB", "join"),
            ("a", 3, "det", "DET", "a"), ("union", 1, "dobj", "NOUN", "union"), ("with", 3, "prep", "ADP", "with"),
            ("France", 4, "pobj", "PROPN", "France"), (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("COOPERATE", ("ITA",), ("FRA",))]
    # "Italy joined a coalition against Iran ." : Iran is no partner, nor is Italy itself
    rows[3], rows[4], rows[5] = (("coalition", 1, "dobj", "NOUN", "coalition"), ("against", 3, "prep", "ADP", "against"),
                                 ("Iran", 4, "pobj", "PROPN", "Iran"))
    assert [e.target for e in events_of(rows) if e.target in (("IRN",), ("ITA",))] == []


def test_a_participle_telling_of_the_thing_an_act_is_done_to_is_an_act_of_its_own():
    # "Italy will not join a union with France proposed by Russia ."
    rows = [("Italy", 3, "nsubj", "PROPN", "Italy"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("join", 3, "ROOT", "VERB", "join"), ("a", 5, "det", "DET", "a"),
            ("union", 3, "dobj", "NOUN", "union"), ("with", 5, "prep", "ADP", "with"),
            ("France", 8, "nsubj", "PROPN", "France"), ("proposed", 6, "pcomp", "VERB", "propose", "VBN"),
            ("by", 8, "agent", "ADP", "by"), ("Russia", 9, "pobj", "PROPN", "Russia"), (".", 3, "punct", "PUNCT", ".")]
    rows = [r if len(r) > 5 else (*r, "") for r in rows]
    assert "RUS" in [s for e in events_of(rows) for s in e.source]



def test_refusing_to_withdraw_a_thing_of_one_s_own_rejects_no_one_at_home():
    # "Russia will not withdraw the bill ." : whoever asked for it is rejected, not Russia
    rows = [("Russia", 3, "nsubj", "PROPN", "Russia"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("withdraw", 3, "ROOT", "VERB", "withdraw"),
            ("the", 5, "det", "DET", "the"), ("bill", 3, "dobj", "NOUN", "bill"), (".", 3, "punct", "PUNCT", ".")]
    assert ("RUS",) not in [e.target for e in events_of(rows)]


def test_naming_a_place_with_a_relative_pronoun_is_no_phone_call():
    # "the shoal , which Russia calls Ukraine" ("which" and the name both objects of "calls")
    rows = [("the", 1, "det", "DET", "the"), ("shoal", 1, "ROOT", "NOUN", "shoal"), (",", 1, "punct", "PUNCT", ","),
            ("which", 5, "dobj", "PRON", "which"), ("Russia", 5, "nsubj", "PROPN", "Russia"),
            ("calls", 1, "relcl", "VERB", "call"), ("Ukraine", 5, "dobj", "PROPN", "Ukraine"),
            (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()


def test_a_protest_a_summons_is_for_is_done_and_aimed_at_the_summoned():
    # "France summoned Italy 's ambassador to protest ." ("to protest" read as an xcomp, no object)
    rows = [("France", 1, "nsubj", "PROPN", "France"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("Italy", 4, "poss", "PROPN", "Italy"), ("'s", 2, "case", "PART", "'s"),
            ("ambassador", 1, "dobj", "NOUN", "ambassador"), ("to", 6, "aux", "PART", "to"),
            ("protest", 1, "xcomp", "VERB", "protest"), (".", 1, "punct", "PUNCT", ".")]
    rows = [(*r, t) for r, t in zip(rows, ["NNP", "VBD", "NNP", "POS", "NN", "TO", "VB", "."], strict=True)]
    events = events_of(rows)
    assert [(e.type, e.target, e.modality) for e in events if e.type == "PROTEST"] == [("PROTEST", ("ITA",), None)]
    assert [e.mode for e in events if e.type == "CONSULT"] == [None]


def test_a_call_on_a_day_is_a_phone_call_and_a_call_naming_someone_is_none():
    from spacy.tokens import Span

    from faultline.extract.events import find_events

    # "Russia called France on Monday ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("called", 1, "ROOT", "VERB", "call"),
            ("France", 1, "dobj", "PROPN", "France"), ("on", 1, "prep", "ADP", "on"),
            ("Monday", 3, "pobj", "PROPN", "Monday"), (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(rows)
    doc.ents = [Span(doc, 4, 5, label="DATE")]
    events = find_events(doc, {"actors": index_for(doc)})
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]
    # "France has been called a lot of things ." : a name, no call
    rows = [("France", 3, "nsubjpass", "PROPN", "France"), ("has", 3, "aux", "AUX", "have"),
            ("been", 3, "auxpass", "AUX", "be"), ("called", 3, "ROOT", "VERB", "call"),
            ("a", 5, "det", "DET", "a"), ("lot", 3, "oprd", "NOUN", "lot"), ("of", 5, "prep", "ADP", "of"),
            ("things", 6, "pobj", "NOUN", "thing"), (".", 3, "punct", "PUNCT", ".")]
    assert not events_of(rows)


def test_giving_someone_that_or_credit_is_a_concession_not_aid():
    # "Russia gave France credit ." / "Russia gave France that ."
    for obj, lemma in (("credit", "credit"), ("that", "that")):
        rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("gave", 1, "ROOT", "VERB", "give"),
                ("France", 1, "dative", "PROPN", "France"), (obj, 1, "dobj", "NOUN", lemma),
                (".", 1, "punct", "PUNCT", ".")]
        assert not events_of(rows)
    rows[3] = ("weapons", 1, "dobj", "NOUN", "weapon")
    assert _dyads(events_of(rows)) == [("AID", ("RUS",), ("FRA",))]


def test_a_bare_verb_coordinated_with_a_negated_one_is_negated_too():
    # "Russia did not attack or threaten France ."
    rows = [("Russia", 3, "nsubj", "PROPN", "Russia"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            ("attack", 3, "ROOT", "VERB", "attack"), ("or", 3, "cc", "CCONJ", "or"),
            ("threaten", 3, "conj", "VERB", "threaten"), ("France", 5, "dobj", "PROPN", "France"),
            (".", 3, "punct", "PUNCT", ".")]
    threats = [e for e in events_of(rows) if e.type == "THREATEN"]
    assert threats and all(e.negated for e in threats)
    # "Russia attacked Italy and Britain threatened France .": a verb with a subject of its own is not
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            ("attack", 3, "ROOT", "VERB", "attack"), ("and", 3, "cc", "CCONJ", "and"),
            ("Britain", 6, "nsubj", "PROPN", "Britain"), ("threatened", 3, "conj", "VERB", "threaten"),
            ("France", 6, "dobj", "PROPN", "France"), (".", 3, "punct", "PUNCT", ".")]
    rows[0] = ("Russia", 3, "nsubj", "PROPN", "Russia")
    threats = [e for e in events_of(rows) if e.type == "THREATEN"]
    assert threats and not any(e.negated for e in threats)


def test_a_thing_s_subject_names_no_actor_in_what_it_is_about():
    # "Disputes over France forced Britain to act ." / "Pressure from France forced Britain to act ."
    def rows(noun, lemma, prep):
        return [(noun, 3, "nsubj", "NOUN", lemma), (prep, 0, "prep", "ADP", prep), ("France", 1, "pobj", "PROPN", "France"),
                ("forced", 3, "ROOT", "VERB", "force"), ("Britain", 3, "dobj", "PROPN", "Britain"),
                ("to", 6, "aux", "PART", "to"), ("act", 3, "xcomp", "VERB", "act"), (".", 3, "punct", "PUNCT", ".")]
    assert not [e for e in events_of(rows("Disputes", "dispute", "over")) if "FRA" in e.source]
    assert [(e.type, e.source) for e in events_of(rows("Pressure", "pressure", "from"))] == [("COERCE", ("FRA",))]


def test_rallying_behind_a_state_is_support_not_a_protest():
    # "Germany rallied behind Ukraine ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("rallied", 1, "ROOT", "VERB", "rally"),
            ("behind", 1, "prep", "ADP", "behind"), ("Ukraine", 2, "pobj", "PROPN", "Ukraine"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _dyads(events_of(rows)) == [("SUPPORT", ("DEU",), ("UKR",))]


def test_a_strike_coordinated_with_another_subject_of_a_verb_of_harm_is_an_attack():
    # "Russian artillery and a drone strike hit Ukraine ." : no strike of workers
    rows = [("Russian", 1, "amod", "ADJ", "russian"), ("artillery", 5, "nsubj", "NOUN", "artillery"),
            ("and", 1, "cc", "CCONJ", "and"), ("a", 4, "det", "DET", "a"), ("strike", 1, "conj", "NOUN", "strike"),
            ("hit", 5, "ROOT", "VERB", "hit"), ("Ukraine", 5, "dobj", "PROPN", "Ukraine"), (".", 5, "punct", "PUNCT", ".")]
    from faultline.extract.event_patterns import load_patterns
    from faultline.extract.events import _matches
    doc = make_doc(rows)
    noun = next(p for p in load_patterns().nouns["strike"] if p.subject_of)
    assert _matches(noun, doc[4])


@pytest.mark.parametrize("verb", ["accused", "blamed"])
def test_the_one_accused_of_an_act_is_its_doer(verb):
    # "Britain accused Russia of stalling while bombing Ukraine ." (the gerund of "of" itself is
    # what the accusation codes; an act hung on it is the accused's)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), (verb, 1, "ROOT", "VERB", verb.removesuffix("d")),
            ("Russia", 1, "dobj", "PROPN", "Russia"), ("of", 1, "prep", "ADP", "of"),
            ("stalling", 3, "pcomp", "VERB", "stall"), ("while", 6, "mark", "SCONJ", "while"),
            ("bombing", 4, "advcl", "VERB", "bomb"), ("Ukraine", 6, "dobj", "PROPN", "Ukraine"),
            (".", 1, "punct", "PUNCT", ".")]
    attack = next(e for e in events_of(rows) if e.type == "ASSAULT")
    assert (attack.source, attack.target) == (("RUS",), ("UKR",))


@pytest.mark.parametrize("noun, compound", [("alliance", True), ("opposition", False)])
def test_a_state_s_opposition_is_not_the_state(noun, compound):
    # "Iran 's opposition alliance rejected Israel 's proposal ." / "Iran 's opposition rejected …"
    rows = [("Iran", 3 if compound else 2, "poss", "PROPN", "Iran"), ("'s", 0, "case", "PART", "'s")]
    if compound:
        rows += [("opposition", 3, "compound", "NOUN", "opposition")]
    n = len(rows)
    rows += [(noun, n + 1, "nsubj", "NOUN", noun), ("rejected", n + 1, "ROOT", "VERB", "reject"),
             ("Israel", n + 4, "poss", "PROPN", "Israel"), ("'s", n + 2, "case", "PART", "'s"),
             ("proposal", n + 1, "dobj", "NOUN", "proposal"), (".", n + 1, "punct", "PUNCT", ".")]
    assert not [e for e in events_of(rows) if "IRN" in e.source]
    if not compound:
        # its government is the state
        rows[n] = ("government", n + 1, "nsubj", "NOUN", "government")
        assert [e.source for e in events_of(rows) if e.type == "REJECT"] == [("IRN",)]


def test_what_a_description_of_the_subject_relates_it_to_is_not_the_subject():
    # "Russia , a country with a dispute with Ukraine , rejected France 's proposal ."
    rows = [("Russia", 10, "nsubj", "PROPN", "Russia"), (",", 0, "punct", "PUNCT", ","),
            ("a", 3, "det", "DET", "a"), ("country", 0, "appos", "NOUN", "country"), ("with", 3, "prep", "ADP", "with"),
            ("a", 6, "det", "DET", "a"), ("dispute", 4, "pobj", "NOUN", "dispute"), ("with", 6, "prep", "ADP", "with"),
            ("Ukraine", 7, "pobj", "PROPN", "Ukraine"), (",", 0, "punct", "PUNCT", ","),
            ("rejected", 10, "ROOT", "VERB", "reject"), ("France", 13, "poss", "PROPN", "France"),
            ("'s", 11, "case", "PART", "'s"), ("proposal", 10, "dobj", "NOUN", "proposal"),
            (".", 10, "punct", "PUNCT", ".")]
    assert [e.source for e in events_of(rows) if e.type == "REJECT"] == [("RUS",)]


@pytest.mark.parametrize("obj, prep, expected", [("force", "against", "THREATEN"), ("talks", "with", "AGREE")])
def test_not_ruling_out_a_hostile_act_is_a_threat(obj, prep, expected):
    # "Russia did not rule out the use of force against Ukraine ." / "… the use of talks with Ukraine ."
    rows = [("Russia", 3, "nsubj", "PROPN", "Russia"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            ("rule", 3, "ROOT", "VERB", "rule"), ("out", 3, "prt", "ADP", "out"), ("the", 6, "det", "DET", "the"),
            ("use", 3, "dobj", "NOUN", "use"), ("of", 6, "prep", "ADP", "of"), (obj, 7, "pobj", "NOUN", obj),
            (prep, 8, "prep", "ADP", prep), ("Ukraine", 9, "pobj", "PROPN", "Ukraine"), (".", 3, "punct", "PUNCT", ".")]
    found = [(e.type, e.source) for e in events_of(rows) if e.trigger == "rule"]
    assert found == [(expected, ("RUS",))]


@pytest.mark.parametrize("modifier, expected", [("weak", []), ("Russian", ["REQUEST"])])
def test_a_market_s_demand_is_no_request(modifier, expected):
    # "Germany struggled with weak demand in Russia ." (the market's; "Russian demand" may be one)
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("struggled", 1, "ROOT", "VERB", "struggle"),
            ("with", 1, "prep", "ADP", "with"), (modifier, 4, "amod", "ADJ", modifier.lower()),
            ("demand", 2, "pobj", "NOUN", "demand"), ("in", 4, "prep", "ADP", "in"),
            ("Russia", 5, "pobj", "PROPN", "Russia"), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows) if e.trigger == "demand"] == expected


@pytest.mark.parametrize("noun, det, expected", [("intention", "no", []), ("way", "a", ["PROTEST"])])
def test_an_act_named_as_an_intention_is_not_done(noun, det, expected):
    # "Russia said Italy had no intention of blockading Ukraine ." (an intention, not an act; a
    # way of doing it is: "… had a way of blockading Ukraine")
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("Italy", 3, "nsubj", "PROPN", "Italy", "NNP"), ("had", 1, "ccomp", "VERB", "have", "VBD"),
            (det, 5, "det", "DET", det, "DT"), (noun, 3, "dobj", "NOUN", noun, "NN"),
            ("of", 5, "prep", "ADP", "of", "IN"), ("blockading", 6, "pcomp", "VERB", "blockade", "VBG"),
            ("Ukraine", 7, "dobj", "PROPN", "Ukraine", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert [e.type for e in events_of(rows) if e.trigger == "blockade"] == expected


@pytest.mark.parametrize("noun, expected", [("figures", []), ("spots", []), ("prisoners", ["RETREAT"])])
def test_what_a_participle_was_done_to_is_its_object(noun, expected):
    # "The figures released by Russia rose ." / "The prisoners released by Russia rose ."
    rows = [("The", 1, "det", "DET", "the"), (noun, 5, "nsubj", "NOUN", noun.rstrip("s")),
            ("released", 1, "acl", "VERB", "release", "VBN"), ("by", 2, "agent", "ADP", "by"),
            ("Russia", 3, "pobj", "PROPN", "Russia"), ("rose", 5, "ROOT", "VERB", "rise"), (".", 5, "punct", "PUNCT", ".")]
    rows = [r if len(r) == 6 else (*r, "") for r in rows]
    assert [e.type for e in events_of(rows) if e.trigger == "release"] == expected


@pytest.mark.parametrize("count, expected", [("300", []), ("two", ["CONSULT"])])
def test_hosting_a_crowd_is_no_visit(count, expected):
    # "Italy hosts 300 envoys from Ukraine ." (a population) / "Italy hosts two envoys from Ukraine ."
    rows = [("Italy", 1, "nsubj", "PROPN", "Italy"), ("hosts", 1, "ROOT", "VERB", "host"),
            (count, 3, "nummod", "NUM", count), ("envoys", 1, "dobj", "NOUN", "envoy"), ("from", 3, "prep", "ADP", "from"),
            ("Ukraine", 4, "pobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", ".")]
    assert [e.type for e in events_of(rows) if e.trigger == "host"] == expected


def test_an_attributive_participle_names_no_act():
    # "Russia said Ukrainian soldiers had crossed the agreed line ." ("agreed" a modifier of "line")
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("Ukrainian", 3, "amod", "ADJ", "ukrainian", "JJ"), ("soldiers", 5, "nsubj", "NOUN", "soldier", "NNS"),
            ("had", 5, "aux", "AUX", "have", "VBD"), ("crossed", 1, "ccomp", "VERB", "cross", "VBN"),
            ("the", 8, "det", "DET", "the", "DT"), ("agreed", 8, "amod", "VERB", "agree", "VBN"),
            ("line", 5, "dobj", "NOUN", "line", "NN"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert not [e for e in events_of(rows) if e.trigger == "agree"]


def test_neither_nor_negates_both_acts():
    # "Britain would neither accept the plan nor pay ." -- no agreement of Britain's
    rows = [("Britain", 3, "nsubj", "PROPN", "Britain", "NNP"), ("would", 3, "aux", "AUX", "would", "MD"),
            ("neither", 3, "preconj", "CCONJ", "neither", "CC"), ("accept", 3, "ROOT", "VERB", "accept", "VB"),
            ("the", 5, "det", "DET", "the", "DT"), ("plan", 3, "dobj", "NOUN", "plan", "NN"),
            ("nor", 3, "cc", "CCONJ", "nor", "CC"), ("pay", 3, "conj", "VERB", "pay", "VB"),
            (".", 3, "punct", "PUNCT", ".", ".")]
    assert not [e for e in events_of(rows) if e.type == "AGREE" and not e.negated]
    # without it, an agreement: "Britain would accept the plan ."
    plain = [r for r in rows[:6] if r[0] != "neither"] + [(".", 2, "punct", "PUNCT", ".", ".")]
    plain = [(w, {3: 2, 5: 4}.get(h, h), d, p, lem, tag) for w, h, d, p, lem, tag in plain]
    assert [e.type for e in events_of(plain) if not e.negated] == ["AGREE"]


def test_releasing_money_is_no_release_of_detainees():
    # "Germany released the money ." against "Russia released the prisoners ."
    def release(subject, obj):
        return [(subject, 1, "nsubj", "PROPN", subject, "NNP"), ("released", 1, "ROOT", "VERB", "release", "VBD"),
                ("the", 3, "det", "DET", "the", "DT"), (obj, 1, "dobj", "NOUN", obj.rstrip("s"), "NN"),
                (".", 1, "punct", "PUNCT", ".", ".")]
    assert not [e for e in events_of(release("Germany", "money")) if e.type == "RETREAT"]
    assert [e.type for e in events_of(release("Russia", "prisoners"))] == ["RETREAT"]


def test_what_a_dismissed_report_claims_is_no_act():
    # "Iran dismissed reports that Russia had accepted the plan ." against "… reports that …" alone
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran", "NNP"), ("dismissed", 1, "ROOT", "VERB", "dismiss", "VBD"),
            ("reports", 1, "dobj", "NOUN", "report", "NNS"), ("that", 6, "mark", "SCONJ", "that", "IN"),
            ("Russia", 6, "nsubj", "PROPN", "Russia", "NNP"), ("had", 6, "aux", "AUX", "have", "VBD"),
            ("accepted", 2, "acl", "VERB", "accept", "VBN"), ("the", 8, "det", "DET", "the", "DT"),
            ("plan", 6, "dobj", "NOUN", "plan", "NN"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert not [e for e in events_of(rows) if e.trigger == "accept"]
    confirmed = [r if r[0] != "dismissed" else ("confirmed", 1, "ROOT", "VERB", "confirm", "VBD") for r in rows]
    assert [e.trigger for e in events_of(confirmed) if e.trigger == "accept"] == ["accept"]


def test_giving_approval_is_no_aid():
    # "Britain gave approval to France ." against "Britain gave aid to France ."
    def gave(obj):
        return [("Britain", 1, "nsubj", "PROPN", "Britain", "NNP"), ("gave", 1, "ROOT", "VERB", "give", "VBD"),
                (obj, 1, "dobj", "NOUN", obj, "NN"), ("to", 1, "dative", "ADP", "to", "IN"),
                ("France", 3, "pobj", "PROPN", "France", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert not [e for e in events_of(gave("approval")) if e.type == "AID"]
    assert [e.type for e in events_of(gave("aid"))] == ["AID"]


def test_a_place_deep_in_the_object_of_a_meeting_is_where_it_is_held_not_its_target():
    # "Iran would host talks between teams from both countries in Germany ." ("in Germany" hung on
    # "countries")
    rows = [("Iran", 2, "nsubj", "PROPN", "Iran", "NNP"), ("would", 2, "aux", "AUX", "would", "MD"),
            ("host", 2, "ROOT", "VERB", "host", "VB"), ("talks", 2, "dobj", "NOUN", "talk", "NNS"),
            ("between", 3, "prep", "ADP", "between", "IN"), ("teams", 4, "pobj", "NOUN", "team", "NNS"),
            ("from", 5, "prep", "ADP", "from", "IN"), ("both", 8, "det", "DET", "both", "DT"),
            ("countries", 6, "pobj", "NOUN", "country", "NNS"), ("in", 8, "prep", "ADP", "in", "IN"),
            ("Germany", 9, "pobj", "PROPN", "Germany", "NNP"), (".", 2, "punct", "PUNCT", ".", ".")]
    assert not any("DEU" in e.target for e in events_of(rows))


def test_a_place_inside_the_parties_of_a_meeting_is_no_one_it_meets():
    # "Iran would host talks between teams in Germany ." ("in Germany" hung on "teams")
    rows = [("Iran", 2, "nsubj", "PROPN", "Iran", "NNP"), ("would", 2, "aux", "AUX", "would", "MD"),
            ("host", 2, "ROOT", "VERB", "host", "VB"), ("talks", 2, "dobj", "NOUN", "talk", "NNS"),
            ("between", 3, "prep", "ADP", "between", "IN"), ("teams", 4, "pobj", "NOUN", "team", "NNS"),
            ("in", 5, "prep", "ADP", "in", "IN"), ("Germany", 6, "pobj", "PROPN", "Germany", "NNP"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    assert not any("DEU" in e.target for e in events_of(rows))


def test_an_act_one_is_reluctant_to_do_is_neither_done_nor_refused():
    # "Germany was reluctant to send tanks to Ukraine ."
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany", "NNP"), ("was", 1, "ROOT", "AUX", "be", "VBD"),
            ("reluctant", 1, "acomp", "ADJ", "reluctant", "JJ"), ("to", 4, "aux", "PART", "to", "TO"),
            ("send", 2, "xcomp", "VERB", "send", "VB"), ("tanks", 4, "dobj", "NOUN", "tank", "NNS"),
            ("to", 4, "prep", "ADP", "to", "IN"), ("Ukraine", 6, "pobj", "PROPN", "Ukraine", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert not events_of(rows)


def test_an_act_one_has_no_interest_in_is_not_asserted():
    # "Russia expelled three diplomats . Ukraine said that Kyiv had no interest in severing relations ."
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia", "NNP"), ("expelled", 1, "ROOT", "VERB", "expel", "VBD"),
            ("three", 3, "nummod", "NUM", "three", "CD"), ("diplomats", 1, "dobj", "NOUN", "diplomat", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."), ("Ukraine", 6, "nsubj", "PROPN", "Ukraine", "NNP"),
            ("said", 6, "ROOT", "VERB", "say", "VBD"), ("that", 9, "mark", "SCONJ", "that", "IN"),
            ("Kyiv", 9, "nsubj", "PROPN", "Kyiv", "NNP"), ("had", 6, "ccomp", "VERB", "have", "VBD"),
            ("no", 11, "det", "DET", "no", "DT"), ("interest", 9, "dobj", "NOUN", "interest", "NN"),
            ("in", 11, "prep", "ADP", "in", "IN"), ("severing", 12, "pcomp", "VERB", "sever", "VBG"),
            ("relations", 13, "dobj", "NOUN", "relation", "NNS"), (".", 6, "punct", "PUNCT", ".", ".")]
    assert [e.trigger for e in events_of(rows, starts=(0, 5))] == ["expel"]


def test_ordering_a_diplomat_out_is_an_expulsion():
    # "Ukraine ordered Russia 's envoy out ."
    rows = [("Ukraine", 1, "nsubj", "PROPN", "Ukraine", "NNP"), ("ordered", 1, "ROOT", "VERB", "order", "VBD"),
            ("Russia", 4, "poss", "PROPN", "Russia", "NNP"), ("'s", 2, "case", "PART", "'s", "POS"),
            ("envoy", 1, "dobj", "NOUN", "envoy", "NN"), ("out", 1, "prt", "ADP", "out", "RP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    (e,) = events_of(rows)
    assert (e.type, e.mode, e.source, e.target) == ("SANCTION", "expel", ("UKR",), ("RUS",))


def test_a_participle_right_after_a_preposition_is_an_adjective_naming_no_act():
    # "Germany said the rules were needed after investigators found that chemicals had been
    # re-exported to sanctioned end users through third countries ." (the model's parse:
    # "sanctioned" a pcomp with "users" its object)
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), ("rules", 5, "nsubjpass", "NOUN", "rule", "NNS"),
            ("were", 5, "auxpass", "AUX", "be", "VBD"), ("needed", 1, "ccomp", "VERB", "need", "VBN"),
            ("after", 8, "mark", "SCONJ", "after", "IN"), ("investigators", 8, "nsubj", "NOUN", "investigator", "NNS"),
            ("found", 5, "advcl", "VERB", "find", "VBD"), ("that", 12, "mark", "SCONJ", "that", "IN"),
            ("chemicals", 12, "nsubj", "NOUN", "chemical", "NNS"), ("had", 12, "aux", "AUX", "have", "VBD"),
            ("been", 13, "auxpass", "AUX", "be", "VBN"), ("re", 8, "ccomp", "VERB", "re", "VBN"),
            ("-", 8, "ccomp", "VERB", "-", "VBN"), ("exported", 5, "advcl", "VERB", "export", "VBN"),
            ("to", 15, "prep", "ADP", "to", "IN"), ("sanctioned", 16, "pcomp", "VERB", "sanction", "VBN"),
            ("end", 19, "compound", "NOUN", "end", "NN"), ("users", 17, "dobj", "NOUN", "user", "NNS"),
            ("through", 17, "prep", "ADP", "through", "IN"), ("third", 22, "amod", "ADJ", "third", "JJ"),
            ("countries", 20, "pobj", "NOUN", "country", "NNS"), (".", 1, "punct", "PUNCT", ".", ".")]
    spaces = [True, True, True, True, True, True, True, True, True, True, True, True, True, False, False,
              True, True, True, True, True, True, True, False, False]
    doc = make_doc(rows, spaces=spaces)
    assert not any(e.type == "SANCTION" for e in find_events(doc, {"actors": index_for(doc)}))


@pytest.mark.parametrize("rows", [
    # "Israel struck weapons depots in Iran ."
    [("Israel", 1, "nsubj", "PROPN", "Israel", "NNP"), ("struck", 1, "ROOT", "VERB", "strike", "VBD"),
     ("weapons", 3, "compound", "NOUN", "weapon", "NNS"), ("depots", 1, "dobj", "NOUN", "depot", "NNS"),
     ("in", 1, "prep", "ADP", "in", "IN"), ("Iran", 4, "pobj", "PROPN", "Iran", "NNP"),
     (".", 1, "punct", "PUNCT", ".", ".")],
    # "Israel struck what it called Iran 's depots ." (the object a free relative)
    [("Israel", 1, "nsubj", "PROPN", "Israel", "NNP"), ("struck", 1, "ROOT", "VERB", "strike", "VBD"),
     ("what", 4, "dobj", "PRON", "what", "WP"), ("it", 4, "nsubj", "PRON", "it", "PRP"),
     ("called", 1, "ccomp", "VERB", "call", "VBD"), ("Iran", 7, "poss", "PROPN", "Iran", "NNP"),
     ("'s", 5, "case", "PART", "'s", "POS"), ("depots", 4, "dobj", "NOUN", "depot", "NNS"),
     (".", 1, "punct", "PUNCT", ".", ".")],
])
def test_striking_a_target_is_an_assault_not_a_labour_strike(rows):
    assert [(e.type, e.source, e.target) for e in events_of(rows)] == [("ASSAULT", ("ISR",), ("IRN",))]


def test_a_strike_on_a_thing_in_no_named_country_is_no_attack_at_home():
    # "Israel struck a car near the town of Bint Jbeil ."
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel", "NNP"), ("struck", 1, "ROOT", "VERB", "strike", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"), ("car", 1, "dobj", "NOUN", "car", "NN"),
            ("near", 1, "prep", "ADP", "near", "IN"), ("the", 6, "det", "DET", "the", "DT"),
            ("town", 4, "pobj", "NOUN", "town", "NN"), ("of", 6, "prep", "ADP", "of", "IN"),
            ("Bint", 9, "compound", "PROPN", "Bint", "NNP"), ("Jbeil", 7, "pobj", "PROPN", "Jbeil", "NNP"),
            (".", 1, "punct", "PUNCT", ".", ".")]
    assert not any(e.target == e.source for e in events_of(rows))



def test_beating_someone_by_a_margin_is_no_assault() -> None:
    # "France beat Italy by a wide margin ." (a vote or a match won, not a beating)
    rows = [('France', 1, 'nsubj', 'PROPN', 'France'), ('beat', 1, 'ROOT', 'VERB', 'beat'),
            ('Italy', 1, 'dobj', 'PROPN', 'Italy'), ('by', 1, 'prep', 'ADP', 'by'), ('a', 6, 'det', 'DET', 'a'),
            ('wide', 6, 'amod', 'ADJ', 'wide'), ('margin', 3, 'pobj', 'NOUN', 'margin'),
            ('.', 1, 'punct', 'PUNCT', '.')]
    assert not [e for e in events_of(rows) if e.type == "ASSAULT"]
    assert [e.type for e in events_of([rows[0], rows[1], rows[2], ('.', 1, 'punct', 'PUNCT', '.')])] == ["ASSAULT"]


def test_an_attack_on_the_city_is_on_the_state_of_the_town_named_before() -> None:
    # "Kharkiv lost power . Russia launched drones at the city ." ("Kharkiv" read as Ukraine's)
    rows = [('Kharkiv', 1, 'nsubj', 'PROPN', 'Kharkiv', 'NNP'), ('lost', 1, 'ROOT', 'VERB', 'lose', 'VBD'),
            ('power', 1, 'dobj', 'NOUN', 'power', 'NN'), ('.', 1, 'punct', 'PUNCT', '.', '.'),
            ('Russia', 5, 'nsubj', 'PROPN', 'Russia', 'NNP'), ('launched', 5, 'ROOT', 'VERB', 'launch', 'VBD'),
            ('drones', 5, 'dobj', 'NOUN', 'drone', 'NNS'), ('at', 5, 'prep', 'ADP', 'at', 'IN'),
            ('the', 9, 'det', 'DET', 'the', 'DT'), ('city', 7, 'pobj', 'NOUN', 'city', 'NN'),
            ('.', 5, 'punct', 'PUNCT', '.', '.')]
    doc = make_doc(rows, (0, 4))
    index = index_for(doc)
    index.actors["UKR"] = Actor(id="UKR", name="Ukraine", type="state", country="UKR")
    index.mentions.append(ActorMention(0, 7, "Kharkiv", "UKR", 0, 1, "imported"))
    index = ActorIndex(actors=index.actors, mentions=index.mentions)
    events = find_events(doc, {"actors": index, "kb": default_kb()})
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", ("RUS",), ("UKR",))]


def _refused(infinitive: str, lemma: str, prep: str | None):
    # "Britain refused to comment on France ." / "Britain refused to help France ."
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("refused", 1, "ROOT", "VERB", "refuse"),
            ("to", 3, "aux", "PART", "to"), (infinitive, 1, "xcomp", "VERB", lemma)]
    if prep:
        rows += [(prep, 3, "prep", "ADP", prep), ("France", 4, "pobj", "PROPN", "France")]
    else:
        rows += [("France", 3, "dobj", "PROPN", "France")]
    return rows + [(".", 1, "punct", "PUNCT", ".")]


def test_a_refusal_to_comment_is_no_rejection_a_refusal_to_act_is():
    assert events_of(_refused("comment", "comment", "on")) == ()
    assert _dyads(events_of(_refused("help", "help", None))) == [("REJECT", ("GBR",), ("FRA",))]


def test_an_act_named_as_the_topic_of_words_is_not_asserted():
    # "Britain declined to comment on talks with France ." (nobody says the talks happened or are meant)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("declined", 1, "ROOT", "VERB", "decline"),
            ("to", 3, "aux", "PART", "to"), ("comment", 1, "xcomp", "VERB", "comment"),
            ("on", 3, "prep", "ADP", "on"), ("talks", 4, "pobj", "NOUN", "talk"),
            ("with", 5, "prep", "ADP", "with"), ("France", 6, "pobj", "PROPN", "France"),
            (".", 1, "punct", "PUNCT", ".")]
    assert events_of(rows) == ()
