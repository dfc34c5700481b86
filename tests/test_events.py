"""PLOVER event rules on hand-built Docs (no model), plus marked end-to-end cases."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from faultline.errors import KnowledgeBaseError
from faultline.extract.actors import ActorIndex, ActorMention
from faultline.extract.events import find_events, import_cameo_verbs, load_patterns
from faultline.model import Actor

STATES = {"Britain": "GBR", "France": "FRA", "Italy": "ITA", "Russia": "RUS", "Ukraine": "UKR", "Iran": "IRN",
          "Germany": "DEU", "Albania": "ALB", "US": "USA", "Israel": "ISR"}
PEOPLE = {"Cooper": ("person:yvette-cooper", "GBR")}


def make_doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, lemma); a head equal to the row's own index is the root."""
    words = [r[0] for r in rows]
    return Doc(Vocab(), words=words, spaces=[i + 1 < len(words) and words[i + 1] not in (".", "'s", ",")
                                             for i in range(len(words))],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               lemmas=[r[4] for r in rows], sent_starts=[i == 0 for i in range(len(words))])


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


def events_of(rows, **state):
    doc = make_doc(rows)
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
