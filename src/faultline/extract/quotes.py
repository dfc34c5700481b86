"""Reported speech: who said (or believes, or wants) what, from a parsed spaCy ``Doc``.

Three kinds of :class:`QuoteMatch`:
- ``direct``: a quotation that stands as the reported content (“…,” she said; He said: “…”; a quote
  split by its reporting clause gives one match per part, sharing the cue);
- ``partial``: a quoted fragment that is the content of a cue (described it as “a ploy”);
- ``indirect``: the clausal, infinitival or nominal complement of a reporting verb (X said that …,
  X wants to …, X called for …), the rest of the sentence for "according to X", and passives with
  an agent ("This was stated by X").

Layouts beyond the sentence: a headline "Name: claim", a transcript's "WALLACE: …" paragraphs, a
quotation signed with a dash (“…” ― Name), a paragraph ending in a colon that introduces the quote
below it, and "In a CNN poll, …" (the poll is the source; attribution and learned scopes).

One statement, one match: when contents overlap by half the shorter one (a statement nested in
another, "X said he wants Y"), only the most probable (``learned``) or the outer one (other scopes)
is kept; the parts of a split quotation share their cue and stay together.

Rules only, over the dependency parse; cues come from the lexicon data file
(``faultline/data/reporting_verbs.json``). Sentences with no quotation mark and no cue word are
never visited token by token: cue candidates are found with one vectorised lemma lookup.

Notes: conventions follow the PolNeAR annotation guidelines (Newell, Margolin & Ruths 2018,
shared/polnear/annotation-guidelines): attributions include beliefs and intentions, content is the
complement of the cue, and the source is the whole noun phrase naming the speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..errors import ConfigError
from ..pipeline.components import doc_text
from .actors import (
    QUANTITY_WORDS,
    actor_rules,
    intensified,
    name_read_as_date,
    nickname_at,
    past_label,
    relative_antecedent,
)
from .dateline import dateline_end, doc_datelines, story_subject
from .quote_lexicon import Lexicon, load_lexicon
from .quote_marks import QuoteSpan, pair_quotes
from .quote_model import VIA, QuoteModel, cue_key, features, load_quote_model, shape_of

_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|but|or)$")
_STRIP = " \t\n,;:.!?—–-\"“”„«»'‘’`()"
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_ARGS = ("dobj", "dative", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp")
_MARKS = "\"“”„«»`'’‘"


@dataclass(frozen=True)
class QuoteMatch:
    kind: str                            # "direct" | "partial" | "indirect"
    start: int
    end: int                             # content offsets (no marks, clause or leading "that")
    cue: str | None                      # lemma of the reporting verb, or the phrase
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None
    speaker_head: int | None
    sent_start: int
    sent_end: int
    split: bool = False                  # one side of a content split by its reporting clause


def find_quotes_stage(doc, state: dict) -> tuple[list[QuoteMatch], list[str]]:
    return find_quotes(doc)


SCOPES = ("speech", "attribution", "learned")
DEFAULT_SCOPE = "speech"


def find_quotes(doc: Doc, lexicon: Lexicon | None = None, scope: str = DEFAULT_SCOPE,
                model: QuoteModel | None = None) -> tuple[list[QuoteMatch], list[str]]:
    """Find direct, partial and indirect reported speech in ``doc``; return (matches, warnings).

    ``scope="speech"`` reports speech, writing, beliefs and intentions (clausal and infinitival
    complements, quotations, "according to", what something is called or dismissed as, a deed one
    is accused of, warned against or denies, a demand called for); ``scope="attribution"`` adds PolNeAR's nominal
    contents ("endorsed Trump", "called for a ban"); ``scope="learned"`` adds candidates from the
    cue shapes learned on PolNeAR and keeps only those the learned scorer accepts (``model``,
    default the bundled ``quote_model.json``; without one it behaves as "attribution").
    """
    if scope not in SCOPES:
        raise ConfigError(f"unknown quote scope {scope!r}", hint=f"use one of {', '.join(SCOPES)}")
    matches, quotes, warnings = rule_matches(doc, lexicon, scope)
    model = (model or load_quote_model()) if scope == "learned" else None
    if model is not None:
        scored = score_candidates(doc, learned_candidates(doc, model, matches, quotes),
                                  quotes, model)
        matches = suppress_overlaps([(m, p) for m, p in scored if p >= model.threshold])
    else:
        # one statement, one match here too: the outer statement before a nested one
        matches = suppress_overlaps([(m, _rule_priority(doc, m)) for m in matches], keep_same=True)
    return _dedupe(doc, finish_speakers(doc, matches, quotes), quotes), warnings


def finish_speakers(doc: Doc, matches: list[QuoteMatch],
                    quotes: Sequence[QuoteSpan] = ()) -> list[QuoteMatch]:
    """The kept matches with their speakers fixed (:func:`resolve_speaker`), then a match still
    without one takes the previous match's speaker."""
    index = _QuoteIndex(quotes)
    return _previous_speaker(doc, [resolve_speaker(doc, m, index) for m in matches])


def resolve_speaker(doc: Doc, m: QuoteMatch,
                    quotes: Sequence[QuoteSpan] | _QuoteIndex = ()) -> QuoteMatch:
    """The speaker fixes applied after scoring (the scorer's features are unchanged): a speaker
    inside the content yields to the cue's other subject, a document noun carrying the cue yields
    to the subject of the verb that made it, a speaker inside a quotation the cue is not in (the
    parser's subject of a quoted clause: "“That makes me smart” -- and, …, asserting, …") is
    dropped, and a missing speaker takes the clause's subject outside such quotations."""
    if m.kind != "direct" and unnamed_source(_cue_token(doc, m)):
        # nobody in the sentence is the source, so no fallback below may find one either
        return m if m.speaker_span is None else replace(m, speaker_span=None, speaker_head=None)
    index = quotes if isinstance(quotes, _QuoteIndex) else _QuoteIndex(quotes)
    cue = m.cue_span[0] if m.cue_span is not None else -1

    lines = doc_datelines(doc)

    def avoid(offset: int) -> bool:
        return dateline_end(lines, offset) is not None \
            or any(not index.starts[n] <= cue < index.ends[n] for n in index.holders(offset))

    m = _maker_subject(doc, _according_object(doc, _outside_subject(doc, m)))
    if lines:
        m = _past_dateline(doc, m, lines)
    if m.speaker_head is not None and avoid(doc[m.speaker_head].idx):
        m = replace(m, speaker_span=None, speaker_head=None)
    return _with_clause_subject(doc, m, avoid)


def _past_dateline(doc: Doc, m: QuoteMatch, lines: list[tuple[int, int]]) -> QuoteMatch:
    """A speaker the parser found in a wire dateline ("WASHINGTON -- President Obama, …, said"
    makes WASHINGTON the subject) gives way to its apposition after the dateline, or else to
    none (the clause's subject is looked for next)."""
    if m.speaker_head is None:
        return m
    head = doc[m.speaker_head]
    app = story_subject(head, lines)
    if app is head:
        return m
    cue = _cue_token(doc, m)
    if app is not None and cue is not None and not m.start <= app.idx < m.end:
        return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, app, cue.sent)
    return replace(m, speaker_span=None, speaker_head=None)


class _QuoteIndex:
    """Which quotation holds an offset, by bisection over the quotations' starts (a speaker check
    per match stays logarithmic in the number of quotations)."""

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        spans = sorted((q.start, q.end) for q in quotes)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.reach = list(accumulate(self.ends, max))     # quotations may nest

    def holders(self, offset: int) -> Iterator[int]:
        """The indices of the quotations holding ``offset``, innermost first."""
        n = bisect_right(self.starts, offset) - 1
        while n >= 0 and self.reach[n] > offset:
            if offset < self.ends[n]:
                yield n
            n -= 1


def _nowhere(offset: int) -> bool:
    return False


def _previous_speaker(doc: Doc, matches: list[QuoteMatch]) -> list[QuoteMatch]:
    """A match still without a speaker takes the speaker of the nearest match before it in the
    same or the previous sentence (a quotation continuing what someone just said)."""
    if all(m.speaker_span is not None for m in matches):
        return matches
    out = list(matches)
    last: QuoteMatch | None = None
    for n in sorted(range(len(out)), key=lambda i: out[i].start):
        m = out[n]
        if m.speaker_span is None and last is not None and not unnamed_source(_cue_token(doc, m)):
            first = doc.char_span(m.start, m.end, alignment_mode="expand")
            if first is not None and len(first):
                sent = first[0].sent
                prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
                if last.sent_start >= prev_start:
                    out[n] = m = replace(m, speaker_span=last.speaker_span,
                                         speaker_head=last.speaker_head)
        if m.speaker_span is not None:
            last = m
    return out


#: raising verbs: their subject is what the writer judges, not who speaks ("Trump seems to have …")
_RAISING = frozenset({"seem", "appear"})

#: cues of PolNeAR's broader attributions that report no speech: the writer's impression
#: ("Erdogan seemed to rule out …, telling reporters that …": what he told them is the statement),
#: inference and proof ("That means …", "The vote proved …"), and "invited to", "continued to"
_NOT_SPEECH = _RAISING | {"mean", "prove", "invite", "continue"}

#: verbs of thinking: in the agentless passive ("is expected to", "is believed to") a belief
#: nobody holds in the text, which speech leaves out
_COGNITION = frozenset({"expect", "believe", "think", "know", "consider", "understand", "assume",
                        "suppose", "feel", "see", "view", "regard", "estimate", "predict", "project"})

#: what a raised subject can do as a source: a document "seems to show" what it says
_EVIDENCE = frozenset({"show", "indicate", "suggest", "confirm", "prove", "reveal", "demonstrate",
                       "contradict", "support", "undercut", "undermine", "imply", "signal"})

#: verbs of taking something as so, whose passive subject is the thing, not what was said
_NOT_STATED = _COGNITION | {"recognize", "recognise", "accept", "acknowledge", "respect", "welcome"}

#: passives whose subject holds the view: "she is convinced that", "voters are split on"
_EXPERIENCER = frozenset({
    "convince", "persuade", "assure", "split", "divide", "thrill", "shock", "worry", "concern",
    "please", "disappoint", "satisfy", "surprise", "alarm", "frustrate", "encourage", "interest",
    "determine", "commit", "dedicate", "prepare", "incline", "oppose", "disturb", "trouble",
    "offend", "outrage", "anger", "upset", "delight", "impress", "relieve", "excite", "stun",
    "horrify", "dismay", "embarrass", "amaze", "bother", "scare", "terrify", "frighten",
    "confuse", "puzzle", "baffle", "tempt", "resign", "reconcile", "poise", "bent", "set",
    "inspire", "motivate", "entitle", "unconvinced", "sadden", "gratify", "heartened", "hearten",
    "enrage", "infuriate", "insult", "irritate", "annoy", "devastate", "elate", "energize",
})


def unnamed_source(cue: Token | None) -> bool:
    """True when the cue's grammar leaves its source unnamed, so no one in the sentence is the
    speaker: an agentless passive ("Nabisco is expected to cut …", "he was asked whether …",
    "it is said that …", "a move seen as retaliation"; not the experiencer passives "she is
    convinced that …") and a raising verb ("Trump seems to have picked up …", where the writer
    judges; but "the emails seem to show …" is the emails' evidence, and "Cruz seemed to blame the
    network" is Cruz's blame). PolNeAR leaves the source of these empty."""
    if cue is not None and cue.pos_ == "NOUN":
        # "Moscow dismissed claims that …": whose claims, the text does not say
        return cue.lemma_.lower() in load_lexicon().clause_nouns and that_clause(cue) is not None \
            and noun_source(cue) is None
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cue.lemma_.lower()
    kids = list(cue.children)
    if lemma in _RAISING:
        # (but one who "seemed to blame" or "appeared to recognise" does the blaming: the subject
        # of a verb of saying or thinking the raising verb only hedges)
        complement = next((c for c in kids if c.dep_ in ("xcomp", "ccomp", "acomp", "oprd")), None)
        return complement is not None and complement.lemma_.lower() not in _EVIDENCE \
            and not (complement.dep_ == "xcomp" and complement.lemma_.lower() in load_lexicon().lemmas)
    # a passive: with its auxiliary, or a participle modifying a noun ("a move widely seen in
    # Brussels as retaliation"); not the main verb of a sentence whose subject the parser made its
    # root ("Brazil, which borders both, offered to mediate" read as VBN on "Brazil")
    passive = any(c.dep_ == "auxpass" for c in kids) \
        or cue.tag_ == "VBN" and cue.dep_ == "acl" and cue.head.dep_ != "ROOT" and not _named_twice(cue) \
        and _name_before_apposition(cue) is None \
        or cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.i < cue.head.i and lemma in _PUT_TO \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)   # "Asked about her vote, she said …"
    return passive and lemma not in _EXPERIENCER and not any(c.dep_ == "agent" for c in kids)


#: verbs of a question put to someone, whose asker an opening participle leaves unnamed ("Asked
#: about her vote, she said …": she answers, nobody the text names asks)
_PUT_TO = frozenset({"ask", "question", "press", "quiz", "challenge"})


def _according_object(doc: Doc, m: QuoteMatch) -> QuoteMatch:
    """The cue "according (to X)" names X as the speaker, whatever subject the clause has."""
    cue = _cue_token(doc, m)
    if cue is None or cue.text.lower() != "according":
        return m
    to = next((c for c in cue.children if c.text.lower() == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None or m.start <= obj.idx < m.end or obj.i == m.speaker_head:
        return m
    return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, obj, cue.sent)


def _cue_token(doc: Doc, m: QuoteMatch) -> Token | None:
    if m.cue_span is None:
        return None
    span = doc.char_span(m.cue_span[0], m.cue_span[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _outside_subject(doc: Doc, m: QuoteMatch) -> QuoteMatch:
    """A speaker found inside the content (a misparsed quotation: "“The fact that he …,” Huckabee
    said" takes "fact") is replaced by another subject of the cue outside the content, if any."""
    if m.speaker_head is None or not m.start <= doc[m.speaker_head].idx < m.end:
        return m
    cue = _cue_token(doc, m)
    if cue is None:
        return m
    other = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")
                  and not m.start <= c.idx < m.end), None)
    if other is None:
        return m
    return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, other, cue.sent)


#: what someone writes, delivers or issues: "according to a speech Mrs. Clinton delivered"
_UTTERANCES = frozenset({
    "speech", "statement", "report", "letter", "interview", "memo", "remark", "editorial",
    "column", "essay", "tweet", "post", "message", "address", "testimony", "briefing", "note",
    "communique", "communiqué", "declaration", "proposal", "plan", "filing", "op-ed", "book",
    "ad", "advertisement", "commercial", "video", "email", "e-mail", "release", "data", "leaflet",
})


#: verbs whose subject opposes the text it names, which someone else made
_OPPOSING = frozenset({"reject", "oppose", "block", "veto", "dismiss", "denounce", "condemn", "criticize",
                       "criticise", "slam", "attack", "challenge", "decry", "protest", "contest", "dispute",
                       "fight", "resist", "scrap", "overturn", "strike"})


def _maker_subject(doc: Doc, m: QuoteMatch) -> QuoteMatch:
    """A common noun that carries a participle cue as the object of a verb ("the campaign released
    a statement saying …", "approved a resolution condemning …") gives way to that verb's
    subject, who issued it; so does an utterance whose relative clause names its maker
    ("according to a speech Mrs. Clinton delivered")."""
    if m.speaker_head is None:
        return m
    noun = relative_antecedent(doc[m.speaker_head])   # "released data that suggest …": the data
    cue = _cue_token(doc, m)
    if cue is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _UTTERANCES:
        maker = next((g for c in noun.children if c.dep_ == "relcl" and c.i > noun.i
                      for g in c.children if g.dep_ == "nsubj" and g.i > noun.i
                      and g.pos_ in ("PROPN", "NOUN", "PRON") and _speaking_word(g)
                      and g.tag_ not in ("WDT", "WP") and g.text.lower() != "that"
                      and not m.start <= g.idx < m.end), None)
        if maker is not None:
            return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, maker, cue.sent)
    if cue is None or cue.dep_ not in ("acl", "relcl") or cue.head.i != noun.i \
            or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
            or cue.dep_ == "relcl" and noun.lemma_.lower() not in _UTTERANCES \
            or noun.head.lemma_.lower() in _OPPOSING:
        return m    # (not one who opposes it: "countries rejected a draft deal proposing …")
    # the verb's subject, through conjuncts: "Black Lives Matter withdrew and issued a statement
    # saying …"
    subj = _speaker(noun.head) if noun.head.pos_ in ("VERB", "AUX") else None
    if subj is None or m.start <= subj.idx < m.end or subj.i == noun.i:
        return m
    return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, subj, cue.sent)


def _with_clause_subject(doc: Doc, m: QuoteMatch,
                         avoid: Callable[[int], bool] = _nowhere) -> QuoteMatch:
    """A match whose cue found no speaker takes the subject of the nearest clause above the cue
    that has one, outside the content ("Sanders, in a statement blaming …": Sanders); a match
    with a speaker, or without a cue, is returned as it is."""
    cue = _cue_token(doc, m) if m.speaker_span is None else None
    if cue is None or _headline_passive(cue):
        return m    # (nor the headline's one appealed to: "NATO Allies Pressed to Show Progress")
    token = cue
    for _ in range(6):
        if token.head.i == token.i or _finite_relative(token):
            break   # a relative clause speaks of the noun it modifies, never for the clause above
            #         ("Seoul protested textbooks that describe the islets as Japanese": not Seoul)
        token = token.head
        subj = _nearest_subject(token) or next(
            (c for c in token.children if c.dep_ == "nsubjpass" and _speaking_word(c)), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") \
                and not m.start <= subj.idx < m.end and not avoid(subj.idx):
            return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, subj, cue.sent)
    near = _unparsed_subject(cue, m, avoid)
    if near is not None:
        return _match(doc, m.kind, (m.start, m.end), m.cue, m.cue_span, near, cue.sent)
    return m


def _finite_relative(verb: Token) -> bool:
    """True for the verb of a finite relative clause ("textbooks that describe …", "a law which
    bans …"); not an infinitive the parser hung on a noun as one ("held a briefing to brag that
    …", "had reason to know that …"), whose subject is the clause's above."""
    return verb.dep_ == "relcl" and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.tag_ in ("WDT", "WP", "MD") or c.tag_.startswith("VB") and c.dep_ in ("aux", "auxpass")
        and c.lower_ != "to" for c in verb.children))


#: verbs whose object is a means, not the one who acts: "used his speech to call for …"
_PURPOSE_VERBS = frozenset({"use", "spend", "take", "devote", "seize", "exploit"})

#: cues whose subject never follows them: the noun after "told" is the one told ("told AFP")
_NOT_INVERTED = frozenset({"tell", "inform", "urge", "assure", "remind"})

#: quantifiers that stand for people as a subject ("Many fear …", "Some view …")
_PEOPLE_WORDS = frozenset({"many", "some", "most", "others", "few", "all", "both", "several"})


def _unparsed_subject(cue: Token, m: QuoteMatch,
                      avoid: Callable[[int], bool] = _nowhere) -> Token | None:
    """The speaker the parser did not attach as a subject: after a quotation, the noun phrase
    right after the cue ("“…,” said Robert Reich"; "“…,” Will wrote" when "Will" is read as an
    auxiliary, the word right before it); otherwise the nearest noun phrase before the cue in its
    sentence, outside the content and with no verb in between ("Many fear …")."""
    doc = cue.doc
    sent = cue.sent

    def usable(t: Token) -> bool:
        return not m.start <= t.idx < m.end and _speaking_word(t) and not avoid(t.idx) and (
            t.pos_ in ("PROPN", "NOUN", "PRON") or t.text.lower() in _PEOPLE_WORDS)

    def phrase_head(t: Token, lo: int, hi: int) -> Token:
        while t.head.i != t.i and lo <= t.head.i < hi and t.head.pos_ in ("PROPN", "NOUN") \
                and t.dep_ in ("compound", "amod", "nmod", "det", "poss", "nummod", "flat"):
            t = t.head
        return t

    if m.end <= cue.idx:
        nxt = cue.i + 1
        # "said retired neurosurgeon Ben Carson": past the modifiers to the first noun
        while nxt < min(sent.end, cue.i + 4) and doc[nxt].pos_ in ("ADJ", "DET") \
                and doc[nxt].head.i > nxt:
            nxt += 1
        if nxt < sent.end and usable(doc[nxt]) and cue.lemma_.lower() not in _NOT_INVERTED \
                and not _hyphened_adverb(doc[nxt]):
            return phrase_head(doc[nxt], nxt, sent.end)
        prev = doc[cue.i - 1] if cue.i > sent.start else None
        if prev is not None and prev.idx >= m.end and prev.text[:1].isupper() \
                and (usable(prev) or prev.dep_ == "aux"):
            return prev
        # "“…,” Trump, the front-runner after winning the New Hampshire primary, said": the name
        # the quotation hands over to, set off by a comma, not a name in what describes it
        first = next((t for t in doc[sent.start:cue.i] if t.idx >= m.end and not t.is_punct), None)
        if first is not None and first.pos_ == "PROPN" and usable(first):
            name = phrase_head(first, first.i, cue.i)
            if name.pos_ == "PROPN" and name.i + 1 < cue.i and doc[name.i + 1].text == "," \
                    and name.dep_ not in ("pobj", "poss") \
                    and all(t.pos_ == "PROPN" or t.text == "." for t in doc[first.i:name.i + 1]):
                return name
        # "“…,” Ramos, 58, told AFP": the first name between the quotation and the cue
        return next((t for t in (doc[j] for j in range(cue.i - 1, sent.start - 1, -1))
                     if t.idx >= m.end and usable(t)
                     and t.pos_ == "PROPN" and t.dep_ not in ("pobj", "poss")
                     and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "")), None)
    adjacent = cue.i - 1     # the word right before the cue, or before its parenthesis
    i = cue.i - 1
    while i >= sent.start:
        t = doc[i]
        if i == adjacent and t.ent_type_ in _NOT_SPEAKING and i > sent.start:
            i = adjacent = i - 1     # "Broaddrick Sunday night recounted …"
            continue
        if t.text == ")" and i == adjacent:
            # "Sen. Elizabeth Warren (D-MA) said …": the name before the parenthesis
            opening = next((j for j in range(i - 1, max(sent.start, i - 12) - 1, -1)
                            if doc[j].text == "("), None)
            if opening is not None:
                i = adjacent = opening - 1
                continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod") \
                or _passive_topic(t, cue):
            return None     # another clause, or the passive's topic: no speaker before it
        if usable(t) and (t.dep_ not in ("poss", "compound", "amod", "det", "pobj", "dobj")
                          or (i == adjacent and t.pos_ == "PROPN" and t.dep_ != "poss")):
            # the name right before the cue is its subject even when the parser hung it
            # elsewhere: "In a meeting with the board of the Washington Post Trump said …"
            return t
        i -= 1
    return None


def _hyphened_adverb(t: Token) -> bool:
    """True for the first word of an adverb written with hyphens after an inverted cue ("said
    matter-of-factly"), which is no speaker's name."""
    doc = t.doc
    if not t.is_lower or t.whitespace_ or t.i + 2 >= len(doc) or doc[t.i + 1].text not in ("-", "‐"):
        return False
    j = t.i
    while j + 2 < len(doc) and doc[j + 1].text in ("-", "‐") and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_:
        j += 2
    return doc[j].text.lower().endswith("ly") or doc[j].tag_ == "RB"


#: cues whose object is the one judged: in the passive, their subject is talked about
_JUDGING = frozenset({
    "accuse", "blame", "criticize", "criticise", "condemn", "denounce", "fault", "charge",
    "consider", "call", "label", "brand", "describe", "dub", "praise", "hail", "deride", "slam",
    "attack", "lambaste", "chastise", "rebuke", "regard", "view", "see",
})


def _passive_topic(t: Token, cue: Token) -> bool:
    """True for the subject of a passive judging cue without an agent: "peacekeepers have been
    blamed for …", "it is considered a threat" name who is judged, not who judges (unlike "she
    is assured of winning", "the voters are split on …", whose subjects hold the view)."""
    return t.dep_ == "nsubjpass" and t.head.i == cue.i and cue.lemma_.lower() in _JUDGING \
        and not any(c.dep_ == "agent" for c in cue.children)


def suppress_overlaps(scored: list[tuple[QuoteMatch, float]], share: float = 0.5,
                      keep_same: bool = False) -> list[QuoteMatch]:
    """One statement, one match: the most probable candidates first (the longer on a tie), a non-direct candidate is
    dropped when its content shares at least ``share`` of the shorter content with one already kept
    for another cue (the parts of one split quote share their cue and stay together). Nested
    candidates ("X said he wants Y": "he wants Y" and "Y") would report the same words twice.
    ``keep_same`` keeps candidates with exactly the content of a kept one (two cues for one
    statement, "…, according to X, reports Y": attribution later keeps the one whose speaker
    resolves)."""
    kept: list[QuoteMatch] = []
    # the kept ones by start too: only those starting within the longest kept content before
    # a candidate's start can overlap it, so a check reads a window, not every kept match
    by_start: list[tuple[int, int]] = []        # (start, index into kept)
    longest = 0
    dropped: set[tuple[int, int]] = set()       # the cues of split statements that lost a part
    for m, _p in sorted(scored, key=lambda mp: (-mp[1], mp[0].start - mp[0].end)):
        if m.kind != "direct":
            lo = bisect_left(by_start, (m.start - longest, -1))
            hi = bisect_left(by_start, (m.end, -1))
            if any((m.cue_span is None or k.cue_span != m.cue_span)
                   and not (keep_same and (k.start, k.end) == (m.start, m.end))
                   and min(m.end, k.end) - max(m.start, k.start)
                   >= share * min(m.end - m.start, k.end - k.start)
                   for k in (kept[n] for _, n in by_start[lo:hi])):
                if m.split and m.cue_span is not None:
                    dropped.add(m.cue_span)
                continue
        insort(by_start, (m.start, len(kept)))
        kept.append(m)
        longest = max(longest, m.end - m.start)
    # a statement split by its reporting clause stands or falls whole: when one part is another
    # cue's content, the part left over is no statement of its own ("X agreed to …, officials
    # said, in a move aimed at …": not "in a move aimed at …")
    return [m for m in kept if not (m.split and m.cue_span in dropped)]


def rule_matches(doc: Doc, lexicon: Lexicon | None = None, scope: str = DEFAULT_SCOPE
                 ) -> tuple[list[QuoteMatch], list[QuoteSpan], list[str]]:
    """The rules' matches before clean-up, the paired quotations and the pairing warnings."""
    lex = lexicon or load_lexicon()
    quotes, warnings = pair_quotes(doc_text(doc))
    warnings = cap_warnings(warnings)
    if len(doc) == 0:
        return [], quotes, warnings
    cues = _cue_candidates(doc, lex)
    in_quote = _quote_index(doc, quotes)
    matches: list[QuoteMatch] = []
    for i in cues:
        token = doc[i]
        if set_phrase(token):
            continue
        if _rubric_word(token):
            continue    # "CLAIM: He cut taxes": a fact-check's rubric, no one claiming
        if token.text == ":":
            matches.extend(_colon_matches(doc, token) or _block_matches(doc, token, lex, in_quote))
        elif token.lower_ in lex.phrase_heads:
            found = _phrase_matches(doc, token, lex)
            if not found and token.lower_ == "in" and scope != "speech":
                found = _finding_matches(doc, token, lex)
            matches.extend(found)
        elif token.lower_ == "for":
            if scope != "speech":
                matches.extend(_perspective_matches(doc, token))
        elif token.dep_ == "acomp" and token.text.lower() in lex.adjectives:
            matches.extend(_adjective_matches(token, lex, in_quote, intention=scope != "speech"))
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            matches.extend(_verb_matches(token, lex, in_quote, nominal=scope != "speech"))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lex.clause_nouns and scope != "speech":
            # PolNeAR's broader scopes: "his warning that …", "concerns in Brussels that …" (the
            # speech scope, like the shared gold, reports the statements, not their mentions)
            matches.extend(_noun_matches(token))
    matches.extend(_quote_matches(doc, quotes, lex, matches, in_quote))
    # an interview's "Q:" or "A:" label is no one's subject ("Q: Are you confident the United
    # States remains committed?": no one is said to be confident)
    matches = [m for m in matches if m.speaker_head is None or not _interview_label(doc[m.speaker_head])]
    if scope == "speech":
        # a cue inside a direct quotation ("“I think …,” she said") is part of what was said
        direct = [(m.start, m.end) for m in matches if m.kind == "direct"]
        matches = [m for m in matches if m.kind == "direct" or m.cue_span is None
                   or not any(s <= m.cue_span[0] < e for s, e in direct)]
        # a refusal to speak says nothing ("declined to comment", "refused to be drawn on …")
        matches = [m for m in matches if not _withheld(doc, m)]
    return matches, quotes, warnings


#: what one declines or refuses to do when one says nothing: "declined to comment", "refused to
#: elaborate", "declined to name the companies"
_SILENT = frozenset({"comment", "elaborate", "answer", "respond", "speculate", "confirm", "disclose",
                     "discuss", "specify", "say", "name", "identify", "reveal", "explain"})

#: what one declines to give or take when one says nothing: "declined to give details", "refused
#: to take questions"
_WITHHELD_THINGS = frozenset({"detail", "details", "question", "questions", "information", "specifics",
                              "comment", "comments", "interview", "interviews"})


def _withheld(doc: Doc, m: QuoteMatch) -> bool:
    """True for the "content" of a refusal to speak: "declined to comment (further)", "refused to
    be drawn on whether …", "declined to give details", "refused to take questions"."""
    if m.cue not in ("decline", "refuse") or m.kind != "indirect":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "to":
        return False
    verb = span[1]
    lemma = verb.lemma_.lower()
    if lemma in _SILENT:
        return True
    if lemma == "be" and len(span) > 2 and span[2].lower_ in ("drawn", "named", "identified", "interviewed"):
        return True
    return lemma in ("give", "provide", "offer", "take", "grant") and any(
        c.dep_ == "dobj" and c.lower_ in _WITHHELD_THINGS for c in verb.children)


#: at most this many pairing warnings are reported one by one; the rest are summarised
MAX_WARNINGS = 10


def cap_warnings(warnings: list[str], limit: int = MAX_WARNINGS) -> list[str]:
    """Pathological input (thousands of unpaired marks) gives a few warnings and one summary."""
    if len(warnings) <= limit:
        return warnings
    return [*warnings[:limit], f"... and {len(warnings) - limit} more quotation-mark warnings "
                               f"({len(warnings)} in all): the marks were skipped"]


# ---------------------------------------------------------------------------------------------
# learned candidates and scoring


def learned_candidates(doc: Doc, model: QuoteModel, found: list[QuoteMatch],
                       quotes: list[QuoteSpan] = ()) -> list[tuple[QuoteMatch, str]]:
    """The rule matches (origin "rule") plus one candidate per learned cue shape found in ``doc``
    (origin "learned"), without repeating a content span the rules already found, nor a quoted
    title the quotation rules set aside ("read “War and Peace”"), nor the whole subtree of a
    complement whose end the rules cut ("told the audience that she believes …, saying …": the
    rules end the content before the speaker's next statement)."""
    out = [(m, "rule") for m in found]
    seen = {(m.start, m.end) for m in found}
    read = {(m.cue_span, m.start) for m in found if m.cue_span is not None}
    text = doc_text(doc) if quotes else ""
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and _is_title(span):
            seen.add(_strip_span(text, q.start, q.end))
    for token in doc:
        shapes = model.cues.get(cue_key(token))
        if not shapes or _so_called(token) or set_phrase(token) or misread_participle(token) \
                or misread_plural(token):
            continue
        for m in _shape_matches(token, shapes):
            if m.speaker_head is not None and _interview_label(doc[m.speaker_head]):
                continue
            if (m.start, m.end) not in seen and (m.cue_span, m.start) not in read:
                seen.add((m.start, m.end))
                out.append((m, "learned"))
    return out


def set_phrase(token: Token) -> bool:
    """True for a word of saying inside a set phrase in which nobody speaks: "it goes without
    saying that …", "needless to say", "suffice it to say", "that is to say", "so to speak",
    "let's say …" (a supposition), "to say nothing of …", "like saying …", "tantamount to
    saying …" (a comparison), "it is hard to say …", "that is not to say …" (the writer's hedges)."""
    if token.lemma_.lower() not in ("say", "speak"):
        return False
    doc, i = token.doc, token.i
    if _concession(token):
        return True
    before = [t.lower_ for t in doc[max(0, i - 3):i]]
    if token.lower_ == "saying" and (before[-1:] == ["like"] or before[-2:-1] in (
            ["akin"], ["tantamount"], ["equivalent"], ["amounts"]) and before[-1:] == ["to"]):
        return True     # "which is a bit like saying the car will run": a comparison, no one says it
    if before[-1:] == ["to"]:
        # (also the writer's hedges: "it is hard to say which …", "it is fair to say that …",
        # "that is not to say …")
        return before[-2:-1] in (["needless"], ["so"], ["suffice"]) or before[-3:-1] in (
            ["that", "is"], ["suffice", "it"], ["is", "not"], ["'s", "not"], ["’s", "not"]) \
            or before[-2:-1] and before[-2] in _HEDGES and token.lower_ == "say" \
            or i + 2 < len(doc) and doc[i + 1].lower_ == "nothing" and doc[i + 2].lower_ == "of"
    if before[-2:] in (["let", "'s"], ["let", "us"]):
        return True
    return token.lower_ == "saying" and before[-1:] == ["without"] and i >= 2 \
        and doc[i - 2].lemma_.lower() == "go"


def _concession(token: Token) -> bool:
    """True for "said" in the writer's concession that opens a sentence: "That said, …", "That
    being said, …", "Having said that, …", "With that said, …", "All that said, …" (no one says
    what follows; the writer turns to another point)."""
    doc, i = token.doc, token.i
    if token.lower_ != "said" or token.sent.start < i - 4:
        return False
    lead = [t.lower_ for t in doc[token.sent.start:i]
            if not t.is_space and t.lower_ not in ("but", "and", "still", "yet", "now")]
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if lead in (["that"], ["this"], ["that", "being"], ["this", "being"], ["with", "that"], ["all", "that"],
                ["that", "all"], ["all", "of", "that"]):
        return after == ","
    return lead == ["having"] and after in ("that", "this") and i + 2 < len(doc) \
        and doc[i + 2].text == ","


#: adjectives before "to say" in a writer's hedge ("it is hard to say", "too early to say")
_HEDGES = frozenset({"hard", "difficult", "impossible", "fair", "safe", "early", "premature", "easy", "tough"})


def _after_so_called(doc: Doc, span: Span) -> bool:
    """True for a quotation right after "so-called" or "known as" (its marks and an article
    aside): a name the writer gives at a distance, said by no one ('the so-called “two-speed
    alliance”', 'widely known as the “Hague commitment”')."""
    i = span.start - 1
    while i >= 0 and (doc[i].text in _MARKS or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return i >= 0 and (_so_called(doc[i]) or doc[i].lower_ == "as" and i > 0 and doc[i - 1].lower_ == "known")


def _so_called(token: Token) -> bool:
    """True for "called" in "so-called": the writer's distance from a name, said by no one."""
    doc = token.doc
    return token.lower_ == "called" and token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ == "so"


def score_candidates(doc: Doc, candidates: list[tuple[QuoteMatch, str]], quotes: list[QuoteSpan],
                     model: QuoteModel) -> list[tuple[QuoteMatch, float]]:
    """Each candidate with the learned probability that it is an annotated attribution; of the
    non-direct candidates sharing one cue only the most probable is kept."""
    return best_per_cue([(m, 1.0 if _is_answer(doc, m) else
                          model.probability(candidate_features(doc, m, origin, quotes) + rel))
                         for (m, origin), rel in zip(candidates, relation_features(candidates), strict=True)])


def _is_answer(doc: Doc, m: QuoteMatch) -> bool:
    """True for an interview's answer (:func:`_answer_matches`): the interviewee's words by the
    layout alone, which the scorer's training texts never show."""
    if m.cue != ":" or m.cue_span is None:
        return False
    colon = doc.char_span(*m.cue_span)
    return colon is not None and len(colon) == 1 and _label_at_line_start(colon[0], _ANSWER_LABELS)


def best_per_cue(scored: Sequence[tuple[QuoteMatch, float]]) -> list[tuple[QuoteMatch, float]]:
    """Of the non-direct candidates sharing one cue, the most probable; the two sides of a
    reporting clause set inside its content ("The ceasefire, the minister said, would hold …",
    ``split`` by :func:`_medial_clause`) stand or fall together, with the better probability
    of the two."""
    sides: dict[tuple[int, int], list[int]] = {}
    for n, (m, _) in enumerate(scored):
        if m.split and m.cue_span is not None:
            sides.setdefault(m.cue_span, []).append(n)
    out = list(scored)
    for pair in sides.values():
        p = max(scored[n][1] for n in pair)
        for n in pair:
            out[n] = (scored[n][0], p)
    best: dict[tuple[int, int], float] = {}
    for m, p in out:
        if m.kind != "direct" and m.cue_span is not None:
            best[m.cue_span] = max(best.get(m.cue_span, 0.0), p)
    return [(m, p) for m, p in out
            if m.kind == "direct" or m.cue_span is None or p >= best[m.cue_span]]


def relation_features(candidates: Sequence[tuple[QuoteMatch, str]]) -> list[list[str]]:
    """Where each candidate stands among the others of its document, for the learned scorer: its
    cue inside another cue's content (``cue_in_other``; ``cue_in_rule`` when that content is a
    rule's, ``cue_in_direct`` when it is a quotation: the inner "he wants …" of "X said he wants
    …", or a verb quoted inside a quotation), its content holding another cue (``holds_cue``), and
    how many other contents its own cue proposes (``n_same``) and how many of them are longer
    (``len_rank``)."""
    order = sorted(range(len(candidates)), key=lambda n: candidates[n][0].start)
    starts = [candidates[n][0].start for n in order]
    longest = max((m.end - m.start for m, _ in candidates), default=0)
    cue_starts = sorted(m.cue_span[0] for m, _ in candidates if m.cue_span is not None)
    by_cue: dict[tuple[int, int], list[int]] = {}
    for m, _ in candidates:
        if m.cue_span is not None:
            by_cue.setdefault(m.cue_span, []).append(m.end - m.start)
    out: list[list[str]] = []
    for m, _ in candidates:
        feats: list[str] = []
        if m.cue_span is None:
            out.append(feats)
            continue
        at = m.cue_span[0]
        holders = [candidates[order[k]] for k in range(bisect_left(starts, at - longest), bisect_right(starts, at))]
        holders = [(o, origin) for o, origin in holders
                   if o.end > at and o.cue_span is not None and o.cue_span != m.cue_span]
        if holders:
            feats.append("cue_in_other")
            if any(origin == "rule" for _, origin in holders):
                feats.append("cue_in_rule")
            if any(o.kind == "direct" for o, _ in holders):
                feats.append("cue_in_direct")
        own = m.cue_span[0]
        k = bisect_left(cue_starts, m.start)
        if any(c != own for c in cue_starts[k:bisect_left(cue_starts, m.end)]):
            feats.append("holds_cue")
        lengths = by_cue[m.cue_span]
        feats.append(f"n_same={min(len(lengths) - 1, 3)}")
        if len(lengths) > 1:
            feats.append(f"len_rank={min(sum(1 for n in lengths if n > m.end - m.start), 2)}")
        out.append(feats)
    return out


def candidate_features(doc: Doc, m: QuoteMatch, origin: str, quotes: list[QuoteSpan]) -> list[str]:
    """The learned scorer's features of one match (see ``quote_model.features``)."""
    content = doc.char_span(m.start, m.end, alignment_mode="expand")
    if content is None or len(content) == 0:
        content = doc[0:1]
    cue = None
    if m.cue_span is not None:
        span = doc.char_span(m.cue_span[0], m.cue_span[1], alignment_mode="expand")
        cue = span[0] if span is not None and len(span) else None
    speaker = doc[m.speaker_head] if m.speaker_head is not None else None
    shape = shape_of(cue, content) if cue is not None else "none"
    quoted = any(q.start <= m.start < q.end or m.start <= q.start < m.end for q in quotes)
    feats = features(cue, content, m.kind, speaker, shape, origin, quoted)
    form = colon_form(cue) if cue is not None and cue.text == ":" else None
    if form is None and cue is not None and cue.text == ":" and _label_at_line_start(cue, _ANSWER_LABELS):
        form = "label"      # an interview's "A:" is a transcript's label for the one interviewed
    if cue is not None and any(q.start <= cue.idx < q.end for q in quotes):
        # a transcript quoted whole ("“WALLACE: …") keeps its speaker labels inside the marks
        feats.append("label_in_quote" if form == "label" else "cue_in_quote")
    if cue is not None:
        feats.extend(context_features(cue, content, speaker, m.kind))
        if cue.text == ":":
            feats.append(f"colon={form}")
    return feats


#: dependency labels through which a cue can sit inside another cue's reported content
_EMBED = frozenset({"ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "pobj", "prep",
                    "dobj", "csubj", "parataxis"})


def context_features(cue: Token, content: Span, speaker: Token | None, kind: str) -> list[str]:
    """Where the candidate sits: embedded under another reporting verb ("X said he wants …": the
    annotated attribution is usually the outer one), distance and order of cue and content, whether
    the content runs to the sentence's end, the cue's own dependency role, and the speaker's word
    when it is a common noun or pronoun."""
    lemma = cue.lemma_.lower()
    feats = [f"lem_dep={lemma}|{cue.dep_}", f"tag_shape={cue.tag_}|{kind}"]
    if _nested(cue):
        feats += ["nested", f"nested_dep={cue.dep_}", f"nested_lem={lemma}"]
    gap = content.start - cue.i - 1 if cue.i < content.start else cue.i - content.end
    feats.append(f"gap={_gap_bucket(gap)}")
    sent = cue.sent
    tail = sent.end
    while tail > sent.start and (cue.doc[tail - 1].is_punct or cue.doc[tail - 1].is_space):
        tail -= 1
    if content.end >= tail:
        feats.append("c_to_end")
    if content.start <= sent.start + 1:
        feats.append("c_from_start")
    if any(c.dep_ == "ccomp" for c in cue.children) and content.root.dep_ != "ccomp":
        feats.append("cue_has_ccomp")
    if speaker is not None and speaker.pos_ in ("NOUN", "PRON"):
        feats.append(f"spk_lem={speaker.lower_}")
    if speaker is None:
        feats.append(f"lem_nospk={lemma}")
    return feats


def _nested(cue: Token) -> bool:
    """True when the cue sits inside what another reporting verb reports ("X said he wants …").
    A reporting clause set off after its content hangs from that content's head as parataxis; it
    reports that head, so the climb starts above it ("Ghana and Ivory Coast agreed to …, the two
    producers said": "said" is the outer statement, "agreed" the inner one)."""
    head, hops = cue, 0
    if cue.dep_ == "parataxis" and cue.head.i < cue.i:
        head, hops = cue.head, 1
    while head.dep_ in _EMBED and head.head.i != head.i and hops < 4:
        head, hops = head.head, hops + 1
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _REPORT_LEMMAS:
            return True
    return False


def _rule_priority(doc: Doc, m: QuoteMatch) -> float:
    """Without a learned probability: quotations first, then statements whose cue is not nested
    in another statement (the outer "X said …" before the inner "he wants …")."""
    if m.kind == "direct":
        return 2.0
    if (m.cue in _CHANNELS and m.cue_span is not None and m.speaker_span is not None
            and m.end <= m.cue_span[0] < m.speaker_span[0] or _passed_on(doc, m)) and _carries_statement(doc, m):
        # "…, reports the Daily Nation", "…, according to a ministry statement", "X said …,
        # according to the TASR news agency": a channel or record of what its content's speaker
        # said; that statement comes first
        return -1.0
    if " " in (m.cue or "") or m.cue == "in":
        return 1.0        # a phrase ("according to", "in a poll") hangs from its own content
    cue = _cue_token(doc, m)
    return 0.0 if cue is not None and _nested(cue) else 1.0


#: cues of a medium passing on what others said, set after the content with the medium after
#: them ("…, reports Politico", "…, reported the Daily Nation")
_CHANNELS = frozenset({"report"})


def _carries_statement(doc: Doc, m: QuoteMatch) -> bool:
    """True when a match's content is itself a statement: its head is a reporting verb ("The
    association said drivers had waited …, reports the Daily Nation"), not another act that a
    statement is only part of ("Mills sent an email …, and Clinton told …")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in load_lexicon().clause


#: unnamed people who pass on what a named speaker said ("according to three diplomats familiar
#: with the discussion, Berlin argued …")
_UNNAMED_SOURCES = frozenset({"source", "official", "diplomat", "aide", "insider", "adviser", "advisor",
                              "person", "people", "spokesman", "spokeswoman", "spokesperson"})


def _passed_on(doc: Doc, m: QuoteMatch) -> bool:
    """True for "according to" a record, a medium, or an unnamed source of a named speaker's
    statement: what it attributes is that speaker's before it is the source's."""
    if m.cue != "according to" or m.speaker_head is None:
        return False
    head = doc[m.speaker_head]
    lemma = head.lemma_.lower()     # (and its own word: "media", which the lemmatiser makes "medium")
    return lemma in _CARRIERS or head.lower_ in _CARRIERS \
        or lemma in _UNNAMED_SOURCES and _named_statement(doc, m)


def _named_statement(doc: Doc, m: QuoteMatch) -> bool:
    """True when a match's content is a statement by a named speaker: its head is a verb of saying
    whose subject is a name ("Berlin argued …", "Prime Minister Mitsotakis told …"), not a share of
    people polled, nor a decision ("Italy has not yet decided how it will vote")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        or (stranded_subject(span.root) if span.root.pos_ == "VERB" else None)
    return subj is not None and subj.pos_ == "PROPN" and span.root.lemma_.lower() in _REPORT_LEMMAS


#: documents that record what someone said ("according to a ministry statement", "a readout")
_RECORDS = frozenset({"statement", "readout", "transcript", "communique", "communiqué", "release", "record",
                      "minutes", "summary"})

#: media that pass on what others said ("according to the TASR news agency", "according to state
#: television")
_MEDIA = frozenset({"agency", "newspaper", "broadcaster", "television", "tv", "radio", "daily", "outlet",
                    "media", "website", "channel", "network", "magazine", "wire", "paper", "tabloid",
                    "weekly", "station"})

#: what passes on another's statement by itself: records and media
_CARRIERS = _RECORDS | _MEDIA


_REPORT_LEMMAS = frozenset({"say", "tell", "add", "write", "argue", "think", "believe", "claim",
                            "note", "report", "announce", "suggest", "explain", "insist", "warn",
                            "acknowledge", "state", "declare", "predict", "tweet", "ask", "know",
                            "contend", "assert", "allege", "reply", "respond", "admit", "agree",
                            "expect", "hope", "fear", "worry", "feel", "want", "according"})


def _gap_bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "far"


def _shape_matches(cue: Token, shapes: frozenset[str]) -> list[QuoteMatch]:
    """Candidates for a learned cue: the subtree of each child in one of its learned shapes."""
    doc = cue.doc
    speaker = _speaker(cue) if cue.pos_ in ("VERB", "AUX") else _nominal_speaker(cue)
    out = []
    for child in cue.children:
        dep = child.dep_
        content = None
        if dep == "prep" and f"prep:{child.lower_}" in shapes:
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                content = _trim(doc, *_subtree_bounds(obj))
        elif dep in shapes and dep not in ("punct", "aux", "neg", "det", "poss") \
                and (speaker is None or child.i != speaker.i):
            content = _trim(doc, *_subtree_bounds(child))
        if content is not None:
            out.append(_match(doc, "indirect", content, cue.lemma_.lower(), _cue_span(cue),
                              speaker, cue.sent))
        if dep in VIA:
            # two steps: "is critical of X" (acomp>prep:of), "was an early backer of X"
            for prep in child.children:
                if prep.dep_ != "prep" or f"{dep}>prep:{prep.text.lower()}" not in shapes:
                    continue
                obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
                content = _trim(doc, *_subtree_bounds(obj)) if obj is not None else None
                if content is not None:
                    out.append(_match(doc, "indirect", content, cue.lemma_.lower(),
                                      _cue_span(cue), speaker, cue.sent))
    if f"inv:{cue.dep_}" in shapes and cue.head.i != cue.i:
        head = cue.head
        if cue.i > head.i:
            stop = min(cue.left_edge.i, speaker.left_edge.i) if speaker is not None else cue.left_edge.i
            content = _trim(doc, head.left_edge.i, stop)
        else:
            content = _trim(doc, cue.right_edge.i + 1, head.right_edge.i + 1)
        if content is not None:
            out.append(_match(doc, "indirect", content, cue.lemma_.lower(), _cue_span(cue),
                              speaker, cue.sent))
    return out


def _nominal_speaker(cue: Token) -> Token | None:
    """Speaker of a noun or adjective cue: :func:`_owner` ("his claim", "criticism from rivals"),
    else the subject of the verb it complements ("X made the claim", "X is critical of")."""
    owner = _owner(cue)
    if owner is not None:
        return owner
    head = cue.head
    if cue.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    if head.i != cue.i and head.pos_ in ("VERB", "AUX"):
        return _speaker(head)
    return None


# ---------------------------------------------------------------------------------------------
# candidates


def _cue_candidates(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of tokens whose lemma is a cue verb or whose text starts a cue phrase (vectorised)."""
    lemmas = _hashes(lex.lemmas | lex.other_lemmas | lex.particle_bases | frozenset(_LEMMA_SLIPS))
    heads = _hashes(lex.phrase_heads | {":", "for"} | ({"in"} if lex.finding_nouns else set()) | lex.adjectives)
    arr = doc.to_array([LEMMA, LOWER])
    hit = np.isin(arr[:, 0], lemmas) | np.isin(arr[:, 1], heads)
    return [int(i) for i in np.flatnonzero(hit)]


@lru_cache(maxsize=16)
def _hashes(words: frozenset[str]) -> np.ndarray:
    """spaCy's string hashes of a word set (precomputed once per lexicon)."""
    return np.array(sorted(hash_string(w) for w in words), dtype="uint64")


def _quote_index(doc: Doc, quotes: list[QuoteSpan]) -> list[int]:
    """Per-token index of the quote holding it (-1 outside quotes)."""
    idx = [-1] * len(doc)
    for n, q in enumerate(quotes):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            idx[i] = n
    return idx


# ---------------------------------------------------------------------------------------------
# spans


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Char span of tokens [start, end) without edge punctuation, marks and a leading "that" (with
    an adverb the parser hung inside the clause before it: "said only that …", "simply that …")."""
    if start + 2 < end and doc[start].pos_ == "ADV" and doc[start + 1].text.lower() == "that" \
            and doc[start + 1].dep_ == "mark":
        start += 2
    if start >= end:
        return None
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end].sent == doc[end - 1].sent:
        # a word the parser broke at its hyphen ends no content: "would co-sponsor legislation …"
        # (the rest hung on its last part)
        nxt = doc[end + 1]
        while nxt.head.i > nxt.i and nxt.head.sent == nxt.sent:
            nxt = nxt.head      # ("sponsor" read as a modifier of "legislation")
        end = max(end + 2, min(nxt.right_edge.i + 1, nxt.sent.end))
    base = doc[start].idx
    text = doc[start:end].text     # only the span's text: doc.text is rebuilt on every access
    if ", according to" in text:
        end = _before_according(doc, start, end)
        text = doc[start:end].text
    s, e = 0, len(text)
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    # '… said NATO's plans were "a provocation" and warned …': not the conjunction
    tail = _TRAILING_CONJUNCTION.search(text, s, e)
    if tail is not None:
        e = tail.start()
        while e > s and text[e - 1] in _STRIP:
            e -= 1
    # "BRUSSELS, March 4 (Reuters) - Turkey blocked …, diplomats said": not the dateline
    past = (dateline_end(doc_datelines(doc), base + s) or base + s) - base
    if past > s:
        s = past
        while s < e and text[s] in _STRIP:
            s += 1
    low = text[s:e].lower()
    # the conjunction, not the demonstrative subject: "said that was wrong" reports "that was wrong"
    for lead in () if _demonstrative_subject(doc, start, end) else ("that ", "that\n"):
        if low.startswith(lead):
            s += len(lead)
            while s < e and text[s] in _STRIP:
                s += 1
    # the next two tokens, in case the parser left the closing mark (and a stop) out of the phrase
    after = [(t.text, t.idx - base) for t in doc[end:min(end + 2, len(doc))]]
    e = _keep_closing(text, s, e, after)
    s = _keep_opening(text, s, e)
    if 0 < s < e and text[s - 1] == '"' and text[s:e].count('"') % 2 == 1 and _closes_before(text[s:e]):
        s -= 1      # '"political theater" when reporters asked about it': the quotation kept whole
    if s == 0 and start > 0 and text[s:e].count('"') % 2 == 1 and doc[start - 1].text == '"' \
            and not doc[start - 1].whitespace_ and (start == 1 or doc[start - 2].whitespace_):
        # a straight mark opening a quotation that closes inside the content, left out of its
        # phrase: 'described the deal as "a dark day" for Europe'
        return doc[start - 1].idx, base + e
    return (base + s, base + e) if e - s >= 2 else None


def _demonstrative_subject(doc: Doc, start: int, end: int) -> bool:
    """The span opens with "that" as the subject of its own verb, a few words on ("that was wrong",
    "that doesn't mean …"), not with the conjunction or a relative pronoun."""
    first = doc[start]
    head = first.head
    return first.text.lower() == "that" and first.dep_ in ("nsubj", "nsubjpass") \
        and head.pos_ in ("VERB", "AUX") and head.dep_ != "relcl" and start < head.i < min(end, start + 5) \
        and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start + 1:head.i])


def _before_according(doc: Doc, start: int, end: int) -> int:
    """``end`` cut before a closing ", according to X" that the parser hung inside the content
    ("said a compromise was possible, according to a person familiar with the talks": X's
    attribution of the statement, not part of what was said)."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for i in range(start + 2, last):
        t = doc[i]
        if t.text.lower() == "according" and doc[i + 1].text.lower() == "to" and doc[i - 1].text == "," \
                and t.right_edge.i >= last:
            return i - 1
    return end


def _balance(inner: str, opening: str, closing: str) -> int:
    """Opening minus closing marks of one kind in ``inner`` (apostrophes not counted)."""
    if opening == '"':
        return inner.count(opening) % 2
    if opening == "'":      # a straight single mark opens after a space, glued to a word
        return len(_STRAIGHT_OPENING.findall(inner)) - len(_STRAIGHT_CLOSING.findall(inner))
    if closing not in _CLOSING:     # a bracket
        return inner.count(opening) - inner.count(closing)
    # a ’ glued to a letter on its right is an apostrophe ("Moscow’s")
    return inner.count(opening) - len(_CLOSING[closing].findall(inner))


def _keep_opening(text: str, s: int, e: int) -> int:
    """The start of a trimmed content, moved back to the opening mark of a quotation that closes
    inside it ("says UK 'will not be rushed' on …" keeps "'will not be rushed'" whole)."""
    inner = text[s:e]
    for opening, closing in _MARK_PAIRS:
        if opening != '"' and closing in inner and _balance(inner, opening, closing) < 0:
            at = text.rfind(opening, 0, s)
            if at != -1 and not text[at + 1:s].strip(_STRIP):
                return at
    return s


#: the quotation marks (and brackets) a content keeps whole (a straight double mark's parity says
#: nothing of which end is missing, so only :func:`_keep_closing` reads it): "blamed the Rapid
#: Support Forces (RSF)" keeps its closing bracket
_MARK_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"'), ("'", "'"), ("(", ")"))
_STRAIGHT_OPENING = re.compile(r"(?<![^\W_])'(?=[^\W_])")    # not after a letter, before one
_STRAIGHT_CLOSING = re.compile(r"'(?![^\W_])")                 # not before a letter or digit
#: a closing mark not glued to a letter on its right (a ’ so glued is an apostrophe: "Moscow’s")
_CLOSING = {c: re.compile(c + r"(?![^\W\d_])") for c in "’”»"}


def _keep_closing(text: str, s: int, e: int, after: Sequence[tuple[str, int]] = ()) -> int:
    """The end of a trimmed content, moved past the closing mark of a quotation that opens inside
    it: "its position was ‘unchanged’." keeps "‘unchanged’" whole, also when the parser left the
    closing mark out of the phrase (``after``: the next tokens' texts and offsets, relative to
    ``text``; punctuation may stand before the mark: “… majority.”)."""
    inner = text[s:e]
    for opening, closing in _MARK_PAIRS:
        if opening in inner and _balance(inner, opening, closing) > 0:
            if opening == '"' and _closes_before(inner):
                continue    # 'as "political theater" when …': the odd mark closes a quotation
                #             opened before the content, none opens inside it
            at = text.find(closing, e)
            if at != -1 and not text[e:at].strip(_STRIP):
                return at + 1
            if not text[e:].strip(_STRIP):
                for word, at in after:
                    if word == closing:
                        return at + 1
                    if not all(c in _STRIP for c in word):
                        break
    return e


def _closes_before(inner: str) -> bool:
    """True when the last straight double mark of ``inner`` is set as a closing one: glued to the
    word before it and followed by a space, a stop or the end."""
    at = inner.rfind('"')
    return at > 0 and not inner[at - 1].isspace() \
        and (at + 1 == len(inner) or inner[at + 1].isspace() or inner[at + 1] in ",.;:!?)")


def _subtree_bounds(token: Token) -> tuple[int, int]:
    """The words of ``token``'s subtree, up to a noun the parser joined to it that opens a clause
    of its own (:func:`_noun_opening_clause`)."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    for t in token.doc[start:end]:
        if t.dep_ == "conj" and t.i > token.i and _noun_opening_clause(t) and _subject_stranded_after(t):
            return start, t.left_edge.i - 2
    if (stray := _stray_infinitive(token, end)) is not None:
        end = stray.right_edge.i + 1
    return start, end


def _stray_infinitive(token: Token, end: int) -> Token | None:
    """The to-infinitive right after a gerund that takes one, which the parser hung higher up
    ("accused Kyiv of planning to attack the plant", "to attack" read as a clause of "accused");
    None otherwise."""
    doc = token.doc
    if token.tag_ != "VBG" or end + 1 >= len(doc) or doc[end].lower_ != "to" or doc[end].dep_ != "aux" \
            or token.lemma_.lower() not in load_lexicon().infinitive \
            or any(c.dep_ == "xcomp" for c in token.children):
        return None
    verb = doc[end].head
    return verb if verb.dep_ in ("advcl", "xcomp") and verb.i > end and verb.head.i < token.i \
        and verb.head in token.ancestors else None


def _subject_stranded_after(noun: Token) -> bool:
    """True when a finite verb with no subject follows ``noun``'s phrase (past commas and an
    adverb): the noun is that verb's subject ("…, and Poland's government, which …, now says")."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and (doc[i].text == "," or doc[i].dep_ == "advmod"):
        i += 1
    return i < len(doc) and doc[i].tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children)


def _gerund_behind_relative(token: Token) -> Token | None:
    """The participle a participle the parser joined to a relative clause goes on: in "marched,
    demanding accountability for a collapse that killed 15 people and calling on the government to
    resign", "calling" is read as a conjunct of "killed"; it goes on "demanding" (the marchers')."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBG" or head.tag_ not in ("VBD", "VBZ", "VBP") \
            or head.dep_ not in ("relcl", "acl"):
        return None
    return next((a for a in head.ancestors if a.tag_ == "VBG" and a.pos_ == "VERB"), None)


def _speaker(token: Token) -> Token | None:
    """The subject (or passive agent) of a cue, climbing through participles and conjuncts."""
    for _ in range(5):
        if _demonstrative_noun(token) and token.head.i != token.i:
            token = token.head    # "repeated that call …, saying …": Macron's, not "that"'s
            continue
        if (gerund := _gerund_behind_relative(token)) is not None:
            token = gerund        # "demanding … a collapse that killed 15 people and calling on …"
            continue
        subject = _nearest_subject(token)
        if subject is None:
            subject = stranded_subject(token)
        if subject is not None:
            return _named_in_reduced_relative(subject) or subject   # a relative "who" too: PolNeAR's source is the pronoun
        if token.dep_ in ("compound", "amod") and token.i < token.head.i and token.head.pos_ == "PROPN" \
                and token.i == token.sent.start:
            return token.head     # inverted and read as one name: "Said Ellis: “…”", "Continued Stone: …"
        for child in token.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if (shown := _depicted(token)) is not None:
            return shown
        if (charged := _charged_one(token)) is not None:
            return charged        # "blamed Belgrade for refusing to recognise …": Belgrade refuses
        if (subject := _subject_before_misparsed_participle(token)) is not None:
            return subject
        if (aside := _aside_before(token)) is not None:
            return aside          # "…, he said, calling the tariffs “a betrayal”": his, not the content's
        if token.dep_ == "xcomp" and token.head.i != token.i \
                and token.head.lemma_.lower() not in _PURPOSE_VERBS:
            # object control: "forced Stumpf to admit …", "led the journalist to fear …"
            obj = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
            if obj is not None:
                return obj
        # the speaker's next statement, hung inside the clause she reported: "May said that the
        # country would leave … and suggested that it would …" (May's, not the country's)
        if _voices(token) and (report := reporter_of_next_act(token)) is not None:
            token = report
            continue
        if (denier := _closes_relative(token)) is not None:
            return denier       # "…, a claim the ministry denied, calling it …": the ministry's
        if (report := _reporter_of_participle(token)) is not None:
            token = report      # "said Port Moresby could not …, adding that …": the official's
            continue
        # participles, conjuncts and gerunds take the subject of the clause they hang from:
        # "she said, adding …", "responds by saying …"
        if token.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and token.head.i != token.i:
            if asked_of_another(token):
                # "called for the United States to lift the embargo, describing it as illegal": the
                # caller describes, not the one called on
                token = token.head.head
                continue
            if (main := _past_subordinate(token)) is not None:
                token = main      # "claimed vindication after the plans cleared a hurdle, telling …"
                continue
            if token.dep_ == "prep" and token.text.lower() == "as" and (passive := next(
                    (c for c in token.head.children if c.dep_ == "nsubjpass" and _speaking_word(c)), None)):
                return passive    # "The official was quoted by local media as saying …": not the media
            if (quote := _quoting(token)) is not None and (quoted := next(
                    (c for c in quote.children if c.dep_ == "dobj" and _speaking_word(c)), None)) is not None:
                return quoted     # "State media quoted the foreign minister as saying …": the minister
            token = token.head
            continue
        if token.dep_ in ("acl", "relcl") and (token.head.pos_ in ("NOUN", "PROPN") or _adjective_as_noun(token.head)) \
                and (token.tag_ in ("VBG", "VBZ", "VBD", "VBP") or token.head.dep_ == "ROOT"
                     or _named_twice(token)):
            # "a statement saying …", "Trump, insisting …"; a noun the parser made the root
            # has no other verb: "Brazil, which borders both, offered to mediate" (read as VBN)
            return token.head
        if (root := _name_before_apposition(token)) is not None:
            return root
        return None
    return None


def _past_subordinate(participle: Token) -> Token | None:
    """The main verb of a speaker's participle the parser hung on a time or cause clause whose
    subject is a thing, which cannot speak: "Meloni claimed vindication after the Commission's plans
    cleared a key hurdle, telling the Senate that …" (Meloni tells, not the plans); else None."""
    head = participle.head
    if head.dep_ != "advcl" or head.head.i == head.i or not _speakers_participle(participle, load_lexicon()):
        return None
    if not any(g.dep_ == "mark" and g.lower_ in _SUBORDINATE_MARKS for g in head.children):
        return None
    subject = next((g for g in head.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PRON", "PROPN") or _can_speak(subject) or subject.ent_type_:
        return None
    return head.head


def _name_before_apposition(verb: Token) -> Token | None:
    """The name a verb after a comma belongs to when the parser read the verb as a participle: of
    the last word of the name's apposition, the name made the root ("Roy Cooper, McCrory's opponent
    in the election, called Friday for …": "election called"), or of the name itself ("Deborah
    Harlan, the Republican nominee for governor, promised on Tuesday to …"); None otherwise."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for name in (verb.sent.root, verb.head):
        if name.pos_ == "PROPN" and name.i < verb.i and any(c.dep_ == "appos" and c.i < verb.i for c in name.children):
            return name
    return None


def _adjective_as_noun(word: Token) -> bool:
    """An adjective standing for a person, with its article: "the 43-year-old asked …" (parsed with
    "old" as the sentence's root)."""
    return word.pos_ == "ADJ" and word.dep_ == "ROOT" and any(
        c.dep_ == "det" and c.text.lower() in ("the", "a", "an") for c in word.children)


#: reporting verbs whose object cannot be the one addressed: a noun after them opens what is said
_NO_ADDRESSEE = frozenset({"say", "add", "claim", "insist", "note", "argue", "announce", "state", "write",
                           "report", "acknowledge", "concede", "admit", "believe", "think"})


def _hyphen_joined(comps: Sequence[Token], end: int) -> int:
    """The end of a clause the parser broke at a hyphen into sibling clauses ("Caldwell had
    co-sponsored a limit": "co", "-" and "sponsored" each a clause of "noted"): through the
    siblings written together with it."""
    if not comps:
        return end
    doc = comps[0].doc
    moved = True
    while moved:
        moved = False
        for c in comps:
            first = c.left_edge.i
            # the clause goes on through a hyphen written against both words: "co" "-" "sponsored"
            after_hyphen = end >= 2 and doc[end - 1].text in ("-", "‐") and not doc[end - 1].whitespace_ \
                and not doc[end - 2].whitespace_
            at_hyphen = end < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_
            joined = first == end and (after_hyphen or at_hyphen) or first == end + 1 and at_hyphen
            if joined and c.right_edge.i + 1 > end:
                end, moved = c.right_edge.i + 1, True
    return end


#: reporting verbs beyond :data:`_TOLD` whose object is the one addressed, never what is said
#: ("urged the committee the vote would …")
_ADDRESSING = frozenset({"notify", "advise", "urge", "ask", "promise", "persuade", "convince", "teach", "show"})


def _object_as_subject(verb: Token, comp: Token, start: int) -> int:
    """Where the reported clause starts when the parser took its subject for the reporting verb's
    object: "Diplomats said a meeting of the two ministers, tentatively planned for January, was
    now in doubt" ("meeting" as the object of "said", "was" a clause without subject): at that
    object; else ``start``."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return start
    # ("saying the $300 billion … fell short"); a headline's subject the parser left hanging:
    # "Orban says EU “playing with fire”"
    obj = next((c for c in verb.children if (c.dep_ == "dobj" or c.dep_ == "dep" and not _time_phrase(c))
                and verb.i < c.i < comp.i and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if obj is not None and verb.lemma_.lower() not in _NO_ADDRESSEE and (
            obj.pos_ != "NOUN" or _can_speak(obj) or obj.ent_type_ or obj.tag_ == "NNS"
            or verb.lemma_.lower() in _TOLD or verb.lemma_.lower() in _ADDRESSING
            or obj.lemma_.lower() in _AUDIENCES or any(c.ent_type_ for c in obj.children if c.dep_ == "compound")):
        return start    # (one warned or told: "warned Iran …"; but a thing is what it says: "warned
        #                 any attempt to use the talks as cover would fail")
    return obj.left_edge.i if obj is not None and obj.left_edge.i < start else start


def _reporter_of_participle(token: Token) -> Token | None:
    """The reporting verb whose speaker says a reporting participle set off by a comma at the end
    of the clause that verb reports, where the parser hung it ("said Port Moresby could not sign
    away income …, adding that the country supported the fund": the speaker adds, not Port
    Moresby), as :func:`_second_statement` cuts it; else None."""
    clause = token.head
    if clause.dep_ != "ccomp" or clause.i > token.i or not _speakers_participle(token, load_lexicon()):
        return None
    report = clause.head
    return report if report.lemma_.lower() in load_lexicon().lemmas and report.pos_ in ("VERB", "AUX") else None


def _closes_relative(participle: Token) -> Token | None:
    """The subject of a relative clause that ends right before a participle's comma, inside the
    clause the parser hung the participle from ("said vessels had shadowed a ship, a claim the
    ministry denied, calling it “a fabrication”": the ministry calls it so, neither the vessels
    nor the one who said it); else None."""
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.head.i > participle.i \
            or not _after_comma(participle.left_edge):
        return None
    k = participle.left_edge.i - 1
    while k > 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    t = doc[k]
    while t.i != participle.head.i and t.head.i != t.i:
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in load_lexicon().clause_nouns \
                and t.head.left_edge.i > 0 and doc[t.head.left_edge.i - 1].text == ",":
            # only a relative clause on a statement noun set off to sum up the statement before
            # ("…, a claim the ministry denied, calling …"), not on an object ("diverting water
            # from a canal that farmers depend on, arguing …": the ones diverting argue)
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.tag_ not in ("WDT", "WP"):
                return subject
        t = t.head
    return None


def _quoting(prep: Token) -> Token | None:
    """The verb of "X quoted Y as saying …" when ``prep`` is its "as"."""
    return prep.head if prep.dep_ == "prep" and prep.text.lower() == "as" and prep.head.lemma_.lower() == "quote" \
        else None


def _quoted_as_saying(verb: Token) -> Token | None:
    """The clause before "X quoted Y as saying" that the saying reports, when "saying" has none of
    its own: the verb of quoting's complement set before it."""
    quote = _quoting(verb.head) if verb.dep_ == "pcomp" else None
    if quote is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    return next((c for c in quote.children if c.dep_ == "ccomp" and c.i < quote.i), None)


def _named_twice(verb: Token) -> bool:
    """True for a naming verb the parser read as a participle on the noun before it although it
    names something as something else: "Venezuela's foreign ministry called Lula's comments “an
    interference” and said …" (an object and what it is called; "a pact called “Horizon”" names
    only one)."""
    return verb.lemma_.lower() in _NAMING_LEMMAS and verb.i == verb.head.i + 1 \
        and sum(c.dep_ in ("dobj", "oprd") for c in verb.children) >= 2


def _charging_verb(gerund: Token, lex: Lexicon | None = None) -> Token | None:
    """The verb that blames, accuses or praises someone for the deed ``gerund`` names, through the
    preposition it takes ("accused Israel of violating …", "blamed Belgrade for refusing …");
    else None."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    verb = prep.head
    lex = lex or load_lexicon()
    return verb if prep.lower_ in lex.preposition.get(verb.lemma_.lower(), ()) else None


def _charged_one(token: Token) -> Token | None:
    """The one blamed, accused or praised for the deed ``token`` is the gerund of (:func:`_charging_verb`):
    "blamed Belgrade for refusing …" (Belgrade refuses); else None."""
    verb = _charging_verb(token)
    return None if verb is None else next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < token.head.i), None)


def misread_participle(verb: Token) -> bool:
    """True for a passive participle set off after its noun that the parser made the sentence's
    verb ("Melnyk, asked the same question in Kyiv, was less certain": "asked" read as the root,
    "was" as its clause): the noun is the one asked, and nothing is reported."""
    doc = verb.doc
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i < verb.i and verb.head.dep_ == "ROOT":
        return misread_participle(verb.head)    # "… , agreed at the summit and widely known as …, calls"
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not any(t.i == verb.i - 2 for t in subj.subtree) \
            or any(t.i > verb.i for t in subj.subtree):
        return False    # (the noun's phrase, an apposition in it, ends right before the comma)
    # (the comma may close a quotation first: "… known as the “Hague commitment,” calls on …")
    return any(c.dep_ == "ccomp" and c.i > verb.i and _after_comma(c)
               and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")
               and all(t.is_punct for t in doc[c.left_edge.i:c.i])
               and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in verb.children)


def misread_plural(verb: Token) -> bool:
    """True for a plural noun the parser read as a verb of no subject after the noun that modifies
    it ("giving the 193 member states an opportunity", "states" a verb and "member" the object of
    "giving"): nobody states anything there."""
    doc = verb.doc
    if verb.tag_ != "VBZ" or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    before = doc[verb.i - 1]
    return before.pos_ == "NOUN" and before.tag_ == "NN" and before.head.i != verb.i \
        and before.ent_type_ not in ("DATE", "TIME")     # (not "Polling published this week suggests")


def asked_of_another(token: Token) -> bool:
    """True for a participle set off by a comma that the parser hung from a "for X to …" clause
    ("called for the United States to lift its embargo, describing it as …"): the clause is what was
    asked of X, the participle is the asker's."""
    head = token.head
    doc = token.doc
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > 0 and doc[token.i - 1].text == "," \
        and head.head.i != head.i and any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) \
        and "for" in load_lexicon().preposition.get(head.head.lemma_.lower(), ())


def _aside_before(token: Token) -> Token | None:
    """The subject of a reporting clause set inside a sentence right before a participle that the
    parser hung from the sentence's main verb: in "The province would stop selling power, he said,
    calling the tariffs …" the calling is done by "he", who said it, not by the province."""
    if token.tag_ != "VBG" or token.dep_ not in ("xcomp", "advcl", "conj") or token.head.i == token.i:
        return None
    doc = token.doc
    clause = load_lexicon().clause
    # a reporting participle after a comma may also follow the rest of what the aside reported:
    # "The change, she said, would require patience, adding that …" (hers, not the change's)
    reporting = token.i > 0 and doc[token.i - 1].text == "," and token.lemma_.lower() in clause
    for c in token.head.children:
        if c.dep_ != "parataxis" or c.i > token.i:
            continue
        if all(t.is_punct or t.pos_ == "PUNCT" for t in doc[c.right_edge.i + 1:token.i]) \
                or reporting and c.lemma_.lower() in clause:
            subject = _nearest_subject(c)
            return subject if subject is not None and subject.i < c.i else None
    return None


def _depicted(token: Token) -> Token | None:
    """The one shown doing it: a gerund right after "of X" has X for its subject, wherever the
    parser hung it ("The ad uses footage of Hillary Clinton asking, “…”", "a video of the
    minister saying …"); after a comma it is the main clause's ("…, saying")."""
    if token.tag_ != "VBG" or token.dep_ in ("relcl", "ROOT") or token.i == 0:
        return None
    prev = token.doc[token.i - 1]
    if prev.dep_ != "pobj" or prev.head.text.lower() != "of" or token.head.i == prev.i \
            or not _speaking_word(prev):
        return None
    if prev.pos_ in ("PROPN", "PRON") \
            or prev.pos_ == "NOUN" and prev.head.head.lemma_.lower() in _DEPICTIONS:
        return prev       # not "a letter of support saying …": the letter says it
    return None


#: what shows someone doing something: "a video of the senator saying …"
_DEPICTIONS = frozenset({"video", "footage", "clip", "recording", "tape", "audio", "image",
                         "photo", "photograph", "picture", "film", "broadcast", "livestream"})


def stranded_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb the parser left without a subject, which is the
    verb's subject in English word order: "the $20 million experts say it costs" (read as "of …
    experts", then "say"), "as the United States, Britain and France support …", "companies seek
    … and creditors look …". Of coordinated nouns, the first ("the United States, Britain and
    France"). Not after a conjunction or comma: "said … and added" shares the subject above; after
    a comma, the subject of an aside (:func:`_subject_of_aside`)."""
    if verb.tag_ not in ("VBD", "VBP", "VBZ") or verb.i == verb.sent.start \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "advmod" and prev.head.i == verb.i and prev.i > verb.sent.start \
            and verb.doc[prev.i - 1].text == ",":
        return _antecedent_of_relative(verb, prev)   # "…, which once backed the deal, now says …"
    if prev.text == ",":
        return _subject_of_aside(verb)
    if prev.dep_ == "npadvmod" and prev.head.i == verb.i and prev.left_edge.i > verb.sent.start:
        # a time phrase between subject and verb: "Pakistan's minister this week accused …"
        prev = verb.doc[prev.left_edge.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN", "PRON") or prev.tag_ in ("WDT", "WP", "WP$") \
            or prev.dep_ in ("nsubj", "nsubjpass", "compound", "poss", "npadvmod") \
            or prev.head.i == verb.i or not _speaking_word(prev):
        return None
    while prev.dep_ == "conj" and prev.head.i < prev.i and prev.head.pos_ in ("NOUN", "PROPN", "PRON"):
        prev = prev.head
    return prev


def _antecedent_of_relative(verb: Token, start: Token | None = None) -> Token | None:
    """The name a relative clause set off right before ``verb`` (or before ``start``, an adverb of
    it) describes, however the parser hung it: "In an interview with The Associated Press,
    Machado, who has lived in hiding since last year, said …" (Machado read as an apposition of
    "Press", the clause as its); a noun opening a clause after "and" too: "…, and Poland's
    government, which once backed the deal, now says …" (read as a second object)."""
    doc = verb.doc
    end = (start or verb).i - 1           # the comma closing the relative clause
    for k in range(end - 1, max(verb.sent.start + 1, end - 25), -1):
        t = doc[k]
        if t.text == ",":
            return None                   # (one comma-free clause only)
        if t.tag_ in ("WP", "WDT") and t.lower_ in ("who", "which") and k >= 2 and doc[k - 1].text == ",":
            antecedent = doc[k - 2]
            if _noun_opening_clause(antecedent):
                return antecedent if _speaking_word(antecedent) else None
            if antecedent.pos_ != "PROPN" or not _speaking_word(antecedent):
                return None
            while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i:
                antecedent = antecedent.head      # "Saudi Arabia and the United States, which …"
            return antecedent
    return None


def _noun_opening_clause(noun: Token) -> bool:
    """True for a noun the parser joined to an object of the clause before, though it follows
    ", and" and opens a clause of its own: "… will not take a single asylum seeker, and Poland's
    government, which …, now says …"."""
    left = noun.left_edge.i
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" and left >= 2 \
        and noun.doc[left - 1].dep_ == "cc" and noun.doc[left - 2].text == "," \
        and noun.head.dep_ in ("dobj", "pobj", "attr", "oprd")


def _subject_of_aside(verb: Token) -> Token | None:
    """The subject the parser gave to a participle set off by commas right before ``verb`` and hung
    as a clause of it: "A spokesman for the Kremlin, asked about the talks, said …" ("spokesman"
    read as the subject of "asked", which the tagger may also call a past tense)."""
    aside = next((c for c in verb.children if c.tag_ in ("VBN", "VBG", "VBD", "VB") and c.i < verb.i
                  and c.dep_ in ("ccomp", "advcl", "dep", "parataxis")
                  and (c.right_edge.i == verb.i - 2 or c.right_edge.i == verb.i - 1 and c.right_edge.text == ",")),
                 None)
    if aside is None:
        return _antecedent_of_relative(verb)
    subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
    if subject is None or all(t.text != "," for t in verb.doc[subject.i + 1:aside.i]) \
            or not _speaking_word(subject):
        return None
    return subject


#: entity types that never speak: "In a March 2016 meeting …", "said Monday"
_NOT_SPEAKING = frozenset({"DATE", "TIME"})


def _speaking_word(t: Token) -> bool:
    """A word that can head a speaker: not punctuation misread as a noun ("made public ― Trump
    boasted" gives "―" a subject arc), not a date or a time ("said Monday")."""
    if not (t.text == "%" or any(c.isalnum() for c in t.text)):
        return False
    # an age is a DATE to the tagger but names a person: "62-year-old Brenda Johnson"
    return t.ent_type_ not in _NOT_SPEAKING or t.pos_ == "PRON" or t.text.lower() == "old" \
        or _date_run_on(t) or name_read_as_date(t)


def _date_run_on(t: Token) -> bool:
    """True for a name the recogniser ran a dateline's date on into across its dash ("May 3 -
    Vietnam on Thursday rejected …": "Vietnam" read as part of the date)."""
    if t.ent_type_ != "DATE" or t.pos_ != "PROPN" or not t.is_title:
        return False
    i = t.i - 1
    while i >= 0 and t.doc[i].ent_type_ == "DATE" and t.doc[i].ent_iob_ in ("I", "B"):
        if t.doc[i].text in ("-", "—", "–", "--"):
            return True
        if t.doc[i].ent_iob_ == "B":
            break
        i -= 1
    return False


def _subject_before_misparsed_participle(token: Token) -> Token | None:
    """The subject of the last clause before a participle the parser hung on a verbless root noun
    ("Negotiations … stalled on Thursday as developing countries rejected a draft deal, saying …":
    the countries say it, not the negotiations); else None."""
    root = token.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or root.pos_ not in ("NOUN", "PROPN") \
            or token.sent.root.pos_ in ("VERB", "AUX") or not _after_comma(token.left_edge):
        return None     # (the sentence's root a noun: "BELÉM — Negotiations … stalled …, saying …")
    # finite clauses only: not "called for the European Union to drop unanimity, saying …" (the EU
    # does not say it)
    verbs = [t for t in token.doc[root.i + 1:token.i] if t.pos_ in ("VERB", "AUX") and t.tag_ != "VB"
             and not any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
             and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    if not verbs:
        return None
    return next(c for c in verbs[-1].children if c.dep_ in ("nsubj", "nsubjpass"))


def _nearest_subject(token: Token) -> Token | None:
    """The subject of ``token`` that can speak; of several (a misparse: "The Latest: Trump urges
    …", "Back when he wrote his book, Mr. McKinley said …"), the nearest before it, else the
    nearest after it."""
    subjects = [_after_opener(c) or past_label(intensified(c)) for c in token.children
                if c.dep_ in ("nsubj", "csubj") and _speaking_word(c)]
    before = [c for c in subjects if c.i < token.i]
    # a "whose" subject after another is the relative clause the parser merged into the sentence
    # ("Brazil and Colombia, whose leftist governments have kept channels open …, urged both
    # sides …": Brazil and Colombia urge)
    before = [c for c in before if not (any(o.i < c.i for o in before) and any(
        g.dep_ == "poss" and g.text.lower() == "whose" for g in c.children))]
    # nor a time the parser made a second subject, ending a relative clause ("A pollster who has
    # worked on several races this cycle told me …": the pollster)
    before = [c for c in before if not (any(o.i < c.i for o in before) and _time_noun(c))]
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def _subject_as_clause(verb: Token, speaker: Token | None) -> Token | None:
    """The head of a clause the parser read as a second subject after the verb, its verb taken for
    an adjective: "Marsh said Monday's ruling vindicated voters who …" ("vindicated" an adjective
    of "voters", "voters" a subject of "said")."""
    if speaker is None or speaker.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subj is None or not any(t.tag_ in ("VBN", "VBD") and t.dep_ in ("amod", "compound")
                               for t in subj.subtree if t.i < subj.i):
        return None
    return subj


def _object_as_clause(verb: Token) -> Token | None:
    """The object the parser made of a that-clause, its verb taken for an adjective: "told
    reporters that Budapest had secured guarantees that …" ("guarantees" an object of "told",
    "secured" its adjective, with "had" still hung on it); None otherwise."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        first = obj.left_edge
        if first.lower_ != "that" or first.i <= verb.i:
            continue
        if any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("amod", "compound") and first.i < t.i < obj.i
               and any(a.dep_ == "aux" for a in t.children)
               and any(n.pos_ in ("PROPN", "NOUN", "PRON") for n in obj.doc[first.i + 1:t.i])
               for t in obj.subtree):
            return obj
    return None


def _time_noun(noun: Token) -> bool:
    """True for a span of time named with a demonstrative or "last"/"next" ("this cycle", "last
    year")."""
    return noun.lemma_.lower() in _TIME_NOUNS and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("this", "that", "last", "next", "each", "every")
        for c in noun.children)


#: spans of time that can end a clause as an adverb ("this cycle", "last year")
_TIME_NOUNS = frozenset({"cycle", "year", "week", "month", "season", "time", "day", "term", "session", "quarter",
                         "decade", "century", "morning", "afternoon", "evening", "night", "spring", "summer",
                         "autumn", "fall", "winter", "weekend", "round"})


def _after_opener(subj: Token) -> Token | None:
    """The noun phrase after a participle that opens the sentence, when the parser made that
    participle the verb's subject and hung the real one inside it ("Testifying before the
    committee, Marcus Delacroix, an assistant director …, told lawmakers …": Delacroix)."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return None
    doc, verb = subj.doc, subj.head
    comma = next((t.i for t in doc[subj.i:verb.i] if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    # the phrase after the comma: its words up to the verb, and the one whose head lies outside
    inside = range(comma + 1, verb.i)
    return next((t for t in doc[comma + 1:verb.i] if t.head.i not in inside and not t.is_punct
                 and t.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _speaker_span(doc: Doc, head: Token, avoid: tuple[int, int] | None) -> tuple[int, int]:
    """The whole noun phrase of the speaker: its subtree, cut before a relative clause (also one
    hung on a word inside the phrase: "A diplomat in Khartoum, who asked …"), and never
    overlapping the content."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    # a word after the head outside its subtree ends the phrase: "its foreign minister said on
    # Friday, a decision that …" (the parser hung "a decision" on "minister", across "said")
    own = {t.i for t in head.subtree}
    end = next((k for k in range(head.i + 1, end) if k not in own), end)
    # "North Korea's state news agency KCNA" parsed as two subjects side by side: one phrase
    twin = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i == start - 1
                 and c.right_edge.i == c.i and c.pos_ == "NOUN" and c.is_alpha and _describes(c)), None) \
        if head.head.i != head.i and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass") \
        and all(t.is_alpha for t in doc[start:head.i]) else None
    if twin is not None:
        start = twin.left_edge.i
    for child in head.lefts:
        # "Outside parliament, Giorgi Lomidze, …": a place or time set off before the name is the
        # sentence's, not the speaker's
        if child.dep_ in ("prep", "advmod", "npadvmod") and child.right_edge.i + 1 < head.i \
                and doc[child.right_edge.i + 1].text == ",":
            start = max(start, child.right_edge.i + 2)
    # a name the parser broke at a hyphen ("Kim Min-seok": subject "Min", "seok" left over) is
    # the whole name: its words written together with the phrase's last one
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].ent_iob_ == "I" \
            and not doc[end].is_space and doc[end].pos_ in ("PROPN", "NOUN", "PUNCT", "X"):
        end += 1
    # (or with the head on the last word: "Cho Min-jae", subject "jae", "Cho Min -" its twins)
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON" \
            and doc[start - 1].ent_type_ == "PERSON" and not doc[start - 1].is_space:
        start -= 1
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") or child.text in ("(", "—", "who", "which") or _time_phrase(child):
            end = min(end, child.left_edge.i)
        if child.dep_ == "amod" and child.tag_ in ("JJR", "JJS") and child.left_edge.i > head.i + 1 \
                and doc[child.left_edge.i - 1].text == ",":
            # a comparison the parser hung on the name ("according to the Election Commission,
            # slightly higher than at the previous election"): not who says it
            end = min(end, child.left_edge.i - 1)
    for t in doc[head.i + 1:end]:
        if t.dep_ == "relcl" or t.text.lower() in ("who", "which") and t.dep_ in ("nsubj", "nsubjpass"):
            end = min(end, t.left_edge.i)
        if t.text == "(":
            # a parenthesis after the name, however the parser hung it ("Sen. Chris Murphy
            # (D-Conn.)", "the Organization of American States (OAS)"): an aside, not the name
            end = min(end, t.i)
        if t.text in ('"', "“", "«", "„") and doc[t.i - 1].text == "," and doc[t.i - 1].whitespace_:
            # 'said Rao, “and consensus …': the quotation goes on after the name's comma (not a
            # name's quoted part: 'the hacker known as “Guccifer”')
            end = min(end, t.i - 1)
    if avoid is not None:
        a, b = avoid
        if doc[start].idx < b and doc[end - 1].idx + len(doc[end - 1]) > a:
            # up to the content when it opens after the head ("According to a diplomat in
            # Brussels, France and Germany will …"), else the head alone
            first = next((t.i for t in doc[head.i + 1:end] if t.idx >= a), None)
            after = next((t.i for t in doc[start:head.i + 1] if t.idx >= b and not t.is_punct), None) \
                if b <= head.idx else None
            if first is not None and doc[start].idx < a and not any(
                    t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1:first]):
                end = first
            elif after is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[after:head.i]):
                # from past the content when it closes before the head ("“…?” the 43-year-old asked")
                start = after
            else:
                # the head with the words of its name before it ("Roy Cooper")
                start, end = head.i, head.i + 1
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
                    start -= 1
    span = _trim(doc, start, end) if end - start > 1 else None
    if span is None or not (span[0] <= head.idx < span[1]):
        return head.idx, head.idx + len(head)
    return span


def _named_in_reduced_relative(subject: Token) -> Token | None:
    """The name the parser hung as an apposition on a thing it took for the subject, in a reduced
    relative clause ("a deal Beijing said would undermine peace": a bare noun after "a", as no
    title stands before a name); None for a noun that can speak itself, a title ("frontrunner
    Hillary Clinton", "the news site RTL Info") or an apposition set off by a comma ("the agency,
    Xinhua, said")."""
    if subject.pos_ != "NOUN" or _speaker_noun(subject) or subject.lemma_.lower() in _CARRIERS \
            or subject.lemma_.lower() in actor_rules()["body_heads"]:
        return None
    if subject.tag_ != "NN" or any(c.dep_ in ("amod", "compound") for c in subject.children) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None     # a title before the name ("frontrunner Hillary Clinton", "nuclear experts …", "a blasé Mrs. Clinton")
    return next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == subject.i + 1
                 and not any(t.is_punct for t in subject.doc[subject.i:c.i + 1])), None)


def _time_phrase(child: Token) -> bool:
    """True for a time phrase the parser hung on a speaker's name ("Ethiopia on Tuesday
    dismissed …"): it dates the act, it does not describe the speaker."""
    return child.dep_ == "prep" and (child.lower_ in _TIME_PREPS or any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children))


#: prepositions of time, whose phrase after a speaker's name dates the act ("…, after the vote")
_TIME_PREPS = frozenset({"after", "before", "during", "following", "ahead"})


def _describes(noun: Token) -> bool:
    """True for a noun phrase that can stand before a name as its description ("state news agency",
    "Vatican spokesman", "Sullivan's lawyer"): modifiers, a possessor or "the"/"a" only ("No
    wonder Trump …" and "whose cyber-mischief" are no descriptions)."""
    return all(c.dep_ in ("compound", "amod", "poss", "case", "nmod")
               or c.dep_ == "det" and c.lower_ in ("the", "a", "an")
               for c in noun.children) and not any(t.tag_ in ("WP$", "WP", "WDT") for t in noun.subtree)


def _match(doc: Doc, kind: str, content: tuple[int, int], cue: str | None,
           cue_span: tuple[int, int] | None, speaker: Token | None,
           sent: Span) -> QuoteMatch:
    sp = _speaker_span(doc, speaker, content) if speaker is not None else None
    if sp is not None and cue_span is not None and sp[0] <= cue_span[0] < sp[1] \
            and speaker.idx >= cue_span[1]:
        # the cue read as part of the speaker's phrase: "Said Ellis"
        sp = (next(t.idx for t in doc[speaker.left_edge.i:speaker.i + 1] if t.idx >= cue_span[1]),
              sp[1])
    return QuoteMatch(kind, content[0], content[1], cue, cue_span, sp,
                      speaker.i if speaker is not None else None, sent.start_char, sent.end_char)


def _past_saying_time(verb: Token, comp: Token, start: int) -> int:
    """Where a reported clause starts past a time phrase the parser hung on it that dates the
    saying: "South Africa said on Wednesday it would press ahead" (the clause's own subject follows
    the phrase right after the cue; "said that on Wednesday it would …" keeps it)."""
    doc = verb.doc
    first = doc[start]
    if start != verb.i + 1 or first.head.i != comp.i or not _time_phrase(first):
        return start
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = first.right_edge.i + 1
    return after if subj is not None and subj.left_edge.i == after else start


def _cue_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


#: lemmas the model's lemmatizer gives a verb of saying or thinking in every form ("hopes",
#: "hoped", "hoping" -> "hop"; "hates" -> "hat"), with the verb's own (:func:`_cue_lemma`)
_LEMMA_SLIPS = {"hop": "hope", "hat": "hate"}


def _made_adjective(token: Token) -> bool:
    """True for the adjective of "made clear (that) …" however the parser hung it."""
    return token.pos_ == "ADJ" and token.dep_ in ("ccomp", "oprd", "acomp", "dobj", "xcomp") \
        and token.head.lemma_.lower() == "make"


def _clause_made_clear(verb: Token) -> Token | None:
    """The clause "made clear" reports, hung on "clear" or on "made" after it ("made clear he would
    appoint Babiš only once …"), with a subject of its own; else None."""
    adj = next((c for c in verb.rights if _made_adjective(c) and c.lower_ == "clear"), None)
    if adj is None:
        return None
    return next((c for c in (*adj.rights, *verb.rights) if c.i > adj.i and c.dep_ in ("ccomp", "advcl", "csubj")
                 and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                 and not any(g.dep_ == "mark" and g.lower_ in _CIRCUMSTANCE_MARKS for g in c.children)), None)


def _cue_lemma(token: Token, lex: Lexicon) -> str:
    """The reporting lemma a verb stands for: its own, or that of the verb with its particle ("shot
    back that …", "“…,” she fired back": "retort"; "as the commissioner put it": "say"; the lexicon's
    ``particle_verbs``)."""
    lemma = token.lemma_.lower()
    if (fixed := _LEMMA_SLIPS.get(lemma)) is not None and (token.lower_.startswith(fixed)
                                                          or token.lower_ == fixed[:-1] + "ing"):
        return fixed    # "hopes", "hoped", "hoping": the model's lemmatizer gives "hop"
    if lemma in lex.particle_bases:
        for c in token.rights:
            if (c.dep_ in ("prt", "advmod") or c.dep_ == "dobj" and c.lower_ == "it" or _made_adjective(c)) \
                    and c.i <= token.i + 2 and (found := lex.particle_verbs.get((lemma, c.lower_))) is not None:
                return found
    return lemma


# ---------------------------------------------------------------------------------------------
# verbs


def _verb_matches(verb: Token, lex: Lexicon, in_quote: Sequence[int], nominal: bool) -> list[QuoteMatch]:
    """Content from the complement of a reporting verb, by the kind of complement it takes."""
    doc, lemma = verb.doc, _cue_lemma(verb, lex)
    if not nominal and (lemma in _NOT_SPEECH or lemma in _COGNITION and unnamed_source(verb)):
        return []   # "The meeting is expected to be rescheduled": nobody's words, a forecast
    if _impersonal(verb):
        return []
    if lemma == "recall" and any(c.dep_ == "dobj" and c.lemma_.lower() in _RECALLED for c in verb.children):
        return []   # "recalled its ambassador to Croatia …": withdrew an envoy, reported nothing
    if _summary_noun(verb) or misread_participle(verb) or misread_plural(verb):
        return []
    speaker = _speaker(verb)
    if _said_thing(verb, speaker):
        return []
    if speaker is not None and speaker.i < verb.i and _headline_passive(verb):
        speaker = None      # "NATO Allies Pressed to Show Progress": the allies are the ones pressed
    sent = verb.sent
    content: tuple[int, int] | None = None
    children = list(verb.children)
    if lemma in lex.clause:
        # clausal complement: "said (that) ...", "believes ...", "asked whether ..."
        comps = [c for c in children if c.dep_ in ("ccomp", "csubjpass") and not _demonstrative_noun(c)
                 and not any(g.dep_ == "mark" and g.lower_ in _CIRCUMSTANCE_MARKS for g in c.children)]
        # (not a clause of time or cause the parser made a complement: "was announced by the
        # minister …, hours after parliament endorsed the move")
        # of two, the one after the verb: "Sanders, who sits at zero, said that …" (misparsed);
        # but not a comment set off after an inverted reporting clause ("Argentina wants a cut,
        # Milei said on Monday, a move Brazil opposes": the report opens the sentence)
        comps = [c for c in comps if not _summary_aside(c)]
        if verb.lemma_.lower() == "make":
            made = _clause_made_clear(verb)     # "made clear he would appoint …": not "clear"
            comps = [made] if made is not None else []
        comp = next((c for c in comps if c.i > verb.i and not _afterthought(verb, c, comps)),
                    comps[0] if comps else None) or _object_as_clause(verb) or _clause_in_adjunct(verb) \
            or _subject_as_clause(verb, speaker)
        if comp is not None and comp.i > verb.i and in_quote and in_quote[comp.i] >= 0 and in_quote[verb.i] < 0 \
                and _signed_by_own_clause(_quotation_of(comp, in_quote), lex, in_quote) not in (None, verb):
            comp = None     # a quotation its own reporting clause signs: "Moscow denies — “…?” asked Dunn"
        if comp is not None and comp.i > verb.i:
            start, end = _subtree_bounds(comp)
            end = _run_on(comps, comp, end)
            end = _hyphen_joined(comps, end)
            # not the relative pronoun that opens the clause before its cue ("the measures, which
            # it said would hurt Venezuelans": "would hurt Venezuelans")
            start = max(start, verb.i + 1) if doc[start].tag_ in ("WDT", "WP") or start < verb.i \
                and doc[start].text.lower() in ("that", "which", "who") else start
            start = _past_saying_time(verb, comp, start)
            start = _object_as_subject(verb, comp, start)
            content = _trim(doc, start, _second_statement(verb, comp, lex, in_quote) or _summary_apposition(comp, end)
                            or end)
            lead = _stray_subject(verb, speaker, comp)
            if content is not None and lead is not None:
                # "The survey, the minister said, was a provocation": the parser made "survey" a
                # second subject of "said"; it is the subject of what was said
                return _sides(doc, [lead, content], lemma, _cue_span(verb), speaker, sent)
        elif comp is not None and comp.i < verb.i and verb.dep_ in ("ROOT", "parataxis") \
                and doc[comp.right_edge.i + 1].text not in (":", ";"):
            # inverted reporting clause: "Prices will rise, the minister said." (not a clause a
            # colon closes: "Vietnam was more cautious: a spokeswoman urged restraint"), unless it
            # signs a quotation inside the clause the parser gave it ("Moscow denies — “why
            # …?” asked Dunn": the quotation is what he asked, read by the quotation rules)
            if not _quoted_for_another(verb, comp, lex, in_quote):
                content = _trim(doc, *_subtree_bounds(comp))
        elif _trailing_clause(verb, speaker):
            # reporting clause parsed as a dependent of the content: "X is bad, he said."
            head = verb.head
            content = _trim(doc, head.left_edge.i, min(verb.left_edge.i, speaker.left_edge.i))
        elif (before := _split_off_clause(verb, speaker)) is not None:
            # the same, with the reporting clause parsed as a sentence of its own
            content = _trim(doc, *before)
        elif (parts := _medial_clause(verb, speaker, lex, in_quote)) is not None:
            # "The ceasefire, the minister said, would hold …": both sides are the content,
            # like a quotation split by its reporting clause
            return _sides(doc, parts, lemma, _cue_span(verb), speaker, sent)
        elif (parts := _as_clause(verb, lemma, speaker, lex)) is not None:
            # "Prices will rise, as the minister warned last week": the clause it hangs from
            return _sides(doc, parts, lemma, _cue_span(verb), speaker, sent)
    if content is None and lemma in lex.clause and (quoted := _quoted_as_saying(verb)) is not None:
        # "Iran is ready for talks, state media quoted the foreign minister as saying": what the
        # one quoted said opens the sentence, before the verb of quoting
        content = _trim(doc, *_subtree_bounds(quoted))
    if content is None and lemma in lex.infinitive:
        # intention or claim as a to-infinitive: "wants to run", "urged Congress to act"
        comp = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)), None)
        if comp is None and lemma in _OBJECT_CONTROL and (obj := next((c for c in children if c.dep_ == "dobj"), None)):
            # "pressed downstream neighbours to share the cost": the infinitive after the one
            # pressed, which the parser read as a purpose clause
            comp = next((c for c in children if c.dep_ == "advcl" and to_infinitive(c)
                         and c.left_edge.i == obj.right_edge.i + 1), None)
        if comp is not None and comp.i > verb.i:
            # not a relative pronoun the infinitive governs from before the cue ("a code that
            # Cambodia refused to accept": "to accept", not "that Cambodia refused to accept")
            start, end = _subtree_bounds(comp)
            content = _trim(doc, max(start, verb.i + 1), _circumstance_at(comp, in_quote) or end)
    if content is None and lemma in lex.preposition:
        # prepositional content: "called for a ban", "described it as a ploy" (the "as" phrase
        # may hang from the verb or from its object)
        objs = [c for c in children if c.dep_ == "dobj"]
        for child in [*children, *(g for o in objs for g in o.children)]:
            if child.dep_ == "prep" and child.lower_ in lex.preposition[lemma] \
                    and (nominal or child.lower_ == "as" or _speech_preposition(lemma, child)):
                # (or the adjective of an "as": "dismissed the measures as illegitimate")
                obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")
                            or child.lower_ == "as" and g.pos_ == "ADJ" and g.dep_ in ("amod", "acomp", "advmod")),
                           None)
                if obj is not None:
                    content = _trim(doc, *_subtree_bounds(obj))
                    break
        if content is None and "as" in lex.preposition[lemma]:
            # "described the move as legally void and …": the adjective an adverbial clause, "as"
            # its adverb
            adj = next((c for c in children if c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i > verb.i
                        and c.left_edge.lower_ == "as"), None)
            if adj is not None:
                content = _trim(doc, adj.left_edge.i + 1, adj.right_edge.i + 1)
        if content is None and "as" in lex.preposition[lemma]:
            # "dismissed the estimate as alarmism manufactured in …": the parser made the "as" a
            # participle's mark and its noun the participle's subject; the noun and its participle
            # are what the estimate was called
            misread = next((c for c in children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > verb.i
                            and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
                            and any(g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in c.children)), None)
            if misread is not None:
                subj = next(g for g in misread.children if g.dep_ == "nsubj")
                content = _trim(doc, subj.left_edge.i, misread.right_edge.i + 1)
    if content is None and lemma in _DENYING and (deed := next(
            (c for c in children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" and c.i > verb.i),
            None)) is not None:
        # a deed denied, in every scope: "Asmara has denied sending troops into Ethiopian territory"
        content = _trim(doc, *_subtree_bounds(deed))
    if content is None and nominal and lemma in lex.object:
        # nominal content: "endorsed Trump", "announced his candidacy"
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i > verb.i and obj.pos_ not in ("PRON",):
            content = _trim(doc, *_subtree_bounds(obj))
    if content is None and nominal and (lemma in lex.object or lemma in lex.infinitive):
        # PolNeAR counts any complement of a cue as content ("calls Trump a risk", "asking
        # voters to embrace …"): the verb's right-hand arguments, from the first to the last
        args = [c for c in verb.rights if c.dep_ in _ARGS]
        if args and not (args[0].dep_ == "prep" and len(args) == 1):
            content = _trim(doc, args[0].left_edge.i, args[-1].right_edge.i + 1)
    if content is None and lemma in lex.clause and verb.tag_ == "VBN" and lemma not in _NOT_STATED:
        # passive with an agent: "This was stated by Sergey Lavrov" (content is the subject; not
        # a thing recognised or accepted: "The frontier has never been recognised by any Afghan
        # government")
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subj is not None and agents and subj.tag_ not in ("WDT", "WP") \
                and not any(g.pos_ == "NUM" or g.lemma_.lower() in _COUNTED for g in agents):
            # (not "X, which has been accused by Y"; nor a count: "seats were decided by fewer
            # than 1,000 votes")
            content = _trim(doc, *_subtree_bounds(subj))
            if content is None and len(subj) >= 2:
                content = (subj.idx, subj.idx + len(subj))
    if content is None or _SOURCING_FORMULA.match(doc_text(doc), content[0], content[1]):
        return []
    if not nominal and (any(c.dep_ == "neg" for c in children) or verb.dep_ == "xcomp"
                        and verb.head.lemma_.lower() in _WITHHOLDING) \
            and re.match(r"(?:whether|if|how|when|why|what|where|who|which)\b", doc_text(doc)[content[0]:content[1]],
                         re.IGNORECASE):
        # "has not said whether …", "declined to say how long …": no statement, only a question
        return []
    if not nominal and verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.i == sent.start \
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in children):
        # "Asked whether …, Hegseth said …": the question is an unnamed reporter's, not the
        # subject's (PolNeAR's broader scopes keep it, with no source)
        return []
    return [_match(doc, "indirect", content, lemma, _cue_span(verb), speaker, sent)]


# ---------------------------------------------------------------------------------------------
# nouns and adjectives


def _noun_matches(noun: Token) -> list[QuoteMatch]:
    """A statement noun's that-clause is its content: "his warning that Europe could not rely on
    Washington", "a New York Times report that …", "worries from Paris to Prague that …"; the
    speaker is :func:`noun_source` (none when the text does not name one: "dismissed claims
    that …")."""
    clause = that_clause(noun)
    if clause is None:
        return []
    content = _trim(noun.doc, *_subtree_bounds(clause))
    if content is None:
        return []
    return [_match(noun.doc, "indirect", content, noun.lemma_.lower(), _cue_span(noun),
                   noun_source(noun), noun.sent)]


def that_clause(noun: Token) -> Token | None:
    """The verb of a clause after ``noun`` that opens with the conjunction "that" and has its own
    subject ("the claim that troops had crossed"); not a relative clause, whose "that" is its
    subject or object ("the report that he wrote"). The parser may hang the clause from the verb
    whose object the noun is, when that verb takes no clause itself ("fuelled worries from Paris
    to Prague that the bloc was a burden")."""
    rights = list(noun.rights)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in load_lexicon().clause:
        rights += [c for c in noun.head.rights if c.i > noun.i and c.dep_ == "ccomp"]
    for c in rights:
        if c.dep_ not in ("acl", "relcl", "ccomp", "appos") or c.pos_ not in ("VERB", "AUX"):
            continue
        if _opens_with_that(c) and any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children):
            return c
    return None


#: nouns for the audience a statement was told to: "told a weekly briefing that …" (a clause opened
#: by "that" after them is what was told, even when the parser read "that" as a relative pronoun)
_AUDIENCES = frozenset({"briefing", "conference", "meeting", "audience", "rally", "session", "summit",
                        "forum", "crowd", "parliament", "assembly", "hearing", "gathering", "congress",
                        "convention", "reporters", "journalists", "lawmakers", "legislators", "delegates",
                        "supporters", "committee", "panel", "senate", "council", "press", "media",
                        "interviewer", "broadcaster", "newspaper", "agency", "channel", "podcast",
                        "event", "ceremony", "news", "television", "radio", "chamber", "cabinet",
                        "congregation", "students", "donors", "investors", "diplomats", "envoys"})


def _object_that(clause: Token) -> bool:
    """True for a clause opened by a "that" the parser made its object ("… a briefing that the talks
    would resume": "that" as the object of "resume"), beside a subject of its own."""
    first = clause.left_edge
    return first.text.lower() == "that" and first.dep_ in ("dobj", "dative") and first.head.i == clause.i


def _that_as_conjunction(clause: Token) -> bool:
    """True for a clause with a subject of its own opened by a "that" the parser made its object
    where no relative pronoun can stand: the tagger read it as a conjunction ("told reporters outside
    the chamber that she had spoken with …"), or the verb has another object ("said at a briefing
    that every deleted voter had the right to …"); not "said in a statement that it issued"."""
    first = clause.left_edge
    if not _object_that(clause) or not any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children):
        return False
    return first.tag_ == "IN" or any(g.dep_ == "dobj" and g.i != first.i for g in clause.children)


def _opens_with_that(clause: Token) -> bool:
    """True for a clause opened by the conjunction "that" (its mark), not by a relative "that"."""
    first = clause.left_edge
    return first.text.lower() == "that" and first.dep_ == "mark" and first.head.i == clause.i


#: verbs whose subject voices the statement noun they take: "repeated his warning that …",
#: "voiced fears that …", "made the claim that …" (not "dismissed claims that …")
_VOICING = frozenset({"express", "voice", "repeat", "reiterate", "issue", "make", "raise", "renew",
                      "air", "share", "echo", "offer", "give", "deliver", "sound", "publish",
                      "release", "restate", "stress", "underline", "emphasise", "emphasize",
                      "send", "signal", "convey", "advance", "put", "leave"})

#: entity types of a name or nationality before a statement noun that make it the source:
#: "a New York Times report", "Russian claims", "the Kremlin statement"
_SOURCE_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _owner(cue: Token) -> Token | None:
    """Whose a noun or adjective cue is: its possessor ("Macron's warning", "his claim"), the
    agent of "by" ("claims by Kyiv"), or for a noun the source of "from" ("criticism from rivals",
    "worries from Paris to Prague")."""
    for child in cue.children:
        if child.dep_ == "poss":
            return child
    for child in cue.children:
        if child.dep_ == "prep" and child.text.lower() == "by":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "prep" and child.text.lower() == "from":
                obj = next((g for g in child.children if g.dep_ == "pobj"
                            and g.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if obj is not None:
                    return obj
    return None


def noun_source(noun: Token) -> Token | None:
    """Who made a statement noun's statement: :func:`_owner`, a name or nationality before it ("a
    New York Times report", "Russian claims"), or the subject of a verb that voices it ("Macron
    repeated his warning"); else nobody the text names."""
    owner = _owner(noun)
    if owner is not None:
        return owner
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _SOURCE_TYPES:
            return c
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _VOICING:
        return _speaker(noun.head)
    return None


#: verbs linking a subject to its state of mind: "she is confident …", "he seemed eager to …"
_LINKING = frozenset({"be", "seem", "appear", "remain", "feel", "sound", "look", "become", "grow",
                      "stay"})

#: subjects that hold no view: "it is certain that …", "this is sure to …"
_NO_HOLDER = frozenset({"it", "this", "that", "there", "which", "what"})


def _adjective_matches(adj: Token, lex: Lexicon, in_quote: Sequence[int], intention: bool = True
                       ) -> list[QuoteMatch]:
    """A state-of-mind adjective after a linking verb: its clause is the subject's view ("Many
    Democrats are afraid that turnout may be low", "she was confident the deal would pass"), its
    to-infinitive, with ``intention``, the subject's disposition ("Britain is ready to send
    troops"; not a passive one, "the deal is ready to be signed"), which PolNeAR's broader scopes
    count and the speech scope does not ("had been reluctant to back the idea")."""
    doc, word, verb = adj.doc, adj.text.lower(), adj.head
    if verb.i == adj.i or verb.lemma_.lower() not in _LINKING:
        return []
    speaker = _speaker(verb)
    if speaker is None or speaker.text.lower() in _NO_HOLDER or speaker.dep_ == "expl":
        return []
    comp = None
    if word in lex.clause_adjectives:
        # the parser hangs the clause from the adjective or from the linking verb after it
        comp = next((c for c in (*adj.rights, *verb.rights) if c.dep_ == "ccomp" and c.i > adj.i),
                    None)
    if comp is None and intention and word in lex.infinitive_adjectives:
        comp = next((c for c in adj.rights if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)
                     and not any(g.dep_ == "auxpass" for g in c.children)), None)
    if comp is None:
        return []
    start, end = _subtree_bounds(comp)
    content = _trim(doc, start, _second_statement(verb, comp, lex, in_quote) or end)
    if content is None:
        return []
    return [_match(doc, "indirect", content, word, _cue_span(adj), speaker, adj.sent)]


def _run_on(comps: Sequence[Token], comp: Token, end: int) -> int:
    """Where a reported clause ends when the parser broke off its last words as a second clause of
    the reporting verb: "said that the government had failed to keep its promises under the
    ceasefire / agreed in 2023" (a participle read as a finite verb with no subject, right after
    the clause, with nothing between). Not after a comma, a conjunction or a conjunct, where the
    second clause is the speaker's next act or has lost its subject to the first ("… mishandled
    the investigation and Democrats accused …")."""
    doc = comp.doc
    for c in comps:
        if c.i > comp.i and c.left_edge.i == end and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for g in c.children):
            last = doc[end - 1]
            if last.is_punct or last.pos_ in ("CCONJ", "PUNCT") or last.dep_ in ("cc", "conj") \
                    or doc[end].is_punct:
                break
            end = c.right_edge.i + 1
    return end


def _impersonal(verb: Token) -> bool:
    """True for a cue in an impersonal "it is hard to say that …", "it is fair to say …", "it is too
    early to say whether …": the infinitive hangs from an adjective whose subject is the dummy
    "it", so nobody says anything."""
    adj = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or adj.pos_ != "ADJ" or adj.i == verb.i:
        return False
    holder = adj.head if adj.dep_ in ("acomp", "advmod") and adj.head.i != adj.i else adj
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in holder.children)


def to_infinitive(verb: Token) -> bool:
    """True for a verb with its "to" ("wants to run", "is ready to send"; events read it too)."""
    return any(g.dep_ == "aux" and g.text.lower() == "to" for g in verb.children)


def _tense(verb: Token) -> tuple[str, ...]:
    """A verb's tag with its auxiliaries ("has warned": has + VBN)."""
    return (*sorted(c.text.lower() for c in verb.children if c.dep_ == "aux"), verb.tag_)


def _second_statement(verb: Token, comp: Token, lex: Lexicon, in_quote: Sequence[int] = ()) -> int | None:
    """Where a reported clause ends when the parser hung the speaker's next statement inside it:
    "Lula has insisted that the bloc negotiate as one and has warned that …" (the conjoined
    reporting verb, with a clause of its own, in the speaker's tense and not the content's), or
    another speaker's statement the parser hung inside it as a "while" clause (:func:`_contrast`:
    "Officials said a compromise could be found, while diplomats warned that …")."""
    for c in comp.children:
        if c.dep_ == "conj" and c.i > comp.i and (c.lemma_.lower() in lex.clause or c.lemma_.lower() in lex.infinitive
                                                  or c.lemma_.lower() in lex.object) \
                and (_restates(c, verb) or _rebuts(c, comp)):
            # (a cue of an object too: "denied that his government was obstructing deliveries and
            # blamed the RSF for …")
            cc = _conjunction_before(comp, c)
            return cc.i if cc is not None else c.left_edge.i
        if c.dep_ == "conj" and c.i > comp.i and (subj := _conjoined_statement(c, verb, lex, in_quote)) is not None:
            # ", and a spokesperson for the distillers called the retaliation “…”": another
            # speaker's statement, in the reporting verb's tense, which the parser hung inside
            cc = _conjunction_before(comp, c)
            return cc.i if cc is not None else subj.left_edge.i
        if c.dep_ == "advcl" and c.i > comp.i and (_contrast(c, lex, verb) or _narrated_statement(c, lex, in_quote)):
            return c.left_edge.i
        if c.i > comp.i and _speakers_participle(c, lex) and not _quoted(c, in_quote):
            # "said there could be no negotiations …, noting that residents had voted …": the
            # speaker's next statement, which the parser hung inside the first
            return c.left_edge.i
    return None


#: conjunctions of a time clause in which the narrator dates a statement by another one
_TIME_MARKS = frozenset({"after", "before", "since", "when"})


def _narrated_statement(clause: Token, lex: Lexicon, in_quote: Sequence[int]) -> bool:
    """True for a time clause set off by a comma after a reported clause, in which someone who can
    speak says something of their own: "said Fine Gael would not support the budget, a day after
    the Taoiseach had warned that …" (the narrator sets the two statements side by side)."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.i < clause.i), None)
    if mark is None or mark.lower_ not in _TIME_MARKS or not _after_comma(clause.left_edge) \
            or _quoted(clause, in_quote):
        return False
    return clause.lemma_.lower() in lex.clause and _has_clause(clause) and _another_speaker(clause) is not None


#: participles with which a speaker gives grounds or turns to someone after a statement ("said
#: geopolitical factors had helped, citing the strategic importance of …", "…, pointing to …",
#: "…, blaming the opposition", "…, calling for calm", "…, urging voters to …")
_GROUNDING = frozenset({"cite", "point", "blame", "call", "urge"})


def _speakers_participle(token: Token, lex: Lexicon) -> bool:
    """True for a participle of saying or of giving grounds set off by a comma, with no subject of
    its own, hung as an adverbial clause (", adding that …", ", citing …"): the form in which a
    speaker's next act follows a statement (:func:`_second_statement`, :func:`_reporter_of_participle`)."""
    lemma = token.lemma_.lower()
    return token.dep_ == "advcl" and token.tag_ == "VBG" and (lemma in lex.clause or lemma in _GROUNDING) \
        and _after_comma(token.left_edge) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in token.children)


def _conjunction_before(comp: Token, conj: Token) -> Token | None:
    """The "and" (or "but") of ``comp`` right before its conjunct ``conj``: not one joining an
    earlier conjunct ("Russia has never interfered and does not interfere …, and accused …")."""
    return max((g for g in comp.children if g.dep_ == "cc" and g.i < conj.i), key=lambda g: g.i, default=None)


def _conjoined_statement(conj: Token, verb: Token, lex: Lexicon, in_quote: Sequence[int]) -> Token | None:
    """The speaker of a statement conjoined after ", and" that the parser hung inside what ``verb``
    reports, in ``verb``'s tense and outside quotations (", and a spokesperson for the distillers
    called …", ", and he accused Kinshasa of …"); else None."""
    if conj.lemma_.lower() not in lex.lemmas or _tense(conj) != _tense(verb) or _quoted(conj, in_quote):
        return None
    subj = _another_speaker(conj)
    return subj if subj is not None and _after_comma(subj.left_edge, or_and=True) else None


def _another_speaker(verb: Token) -> Token | None:
    """The subject of ``verb`` when it names someone who can speak: a name, a person's or a
    body's noun ("a spokesperson", "officials", "the ministry"), "he" or "she"; else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if _can_speak(subj):
        return subj     # (a personal pronoun: the speaker going on, ", and he accused Kinshasa of …")
    return None


def _can_speak(token: Token) -> bool:
    """True for a word that can name a speaker: a name, a person's, an office's or a body's noun,
    "he" or "she"."""
    rules = actor_rules()
    return _speaker_noun(token) or token.lemma_.lower() in rules["body_heads"] \
        or token.pos_ == "NOUN" and token.lemma_.lower() in rules["role_heads"] or token.lower_ in ("he", "she")


def _speaker_noun(token: Token) -> bool:
    """True for a name or a noun for a person or for people acting ("a spokesperson", "officials")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "PROPN" or lemma in actor_rules()["person_nouns"] or lemma in _AGENT_NOUNS


#: conjunctions that set another speaker's statement against the one before ("…, while diplomats
#: warned …"); "as" also sets one beside it ("…, as officials in Mexico City said they were …")
_CONTRAST = frozenset({"while", "whereas", "whilst"})
_BESIDE = _CONTRAST | {"as"}


def _quoted(token: Token, in_quote: Sequence[int]) -> bool:
    """True for a token inside a paired quotation (``in_quote``: :func:`_quote_index`; empty when
    the quotations are not known): the speaker's own words."""
    return bool(in_quote) and in_quote[token.i] >= 0


def _contrast(clause: Token, lex: Lexicon, report: Token | None = None) -> bool:
    """True for a clause after a comma and "while", "whereas" or "as" with a subject of its own and
    a reporting verb ("…, while diplomats warned that …", "…, as officials said they were still
    hoping …") or a state-of-mind adjective ("…, while diplomats were skeptical that …"): another
    holder's view, not part of the content before."""
    first = clause.left_edge
    if first.text.lower() not in _BESIDE or first.dep_ != "mark" or not _after_comma(first):
        return False
    subject = _nearest_subject(clause)
    if subject is None or subject.i < first.i:
        return False
    lemma = clause.lemma_.lower()
    # (after "while", also another actor's stand: "…, while several North African members backed
    # Egypt's call": an act of support or opposition, by someone who can take a stand)
    return lemma in lex.clause or lemma in lex.infinitive or any(
        c.dep_ == "acomp" and c.text.lower() in lex.adjectives for c in clause.children) \
        or first.text.lower() in _CONTRAST and lemma in _STANDS and _another_speaker(clause) is not None \
        and report is not None and report.lemma_.lower() in _ARGUING


#: reporting verbs of a view argued, after whose content a "while" clause is the narrator's (after
#: "said" or "found" it may be more of the report: "Diplomats said Laos objected, while Vietnam backed …")
_ARGUING = frozenset({"argue", "insist", "contend", "maintain", "claim", "warn", "stress", "urge"})

#: verbs of taking a stand, whose subject after "while" is another holder ("while Paris backed …")
_STANDS = frozenset({"back", "support", "oppose", "reject", "endorse", "welcome", "favour", "favor", "resist",
                     "block", "veto", "condemn", "criticise", "criticize", "praise", "congratulate", "push",
                     "press", "demand", "refuse", "object"})


def _after_comma(token: Token, *, or_and: bool = False) -> bool:
    """True for a word right after a comma, also when a quotation closes between them
    ("… by force or coercion,” while Canberra called for restraint"); with ``or_and``, also right
    after ", and"."""
    doc, i = token.doc, token.i - 1
    if or_and and i >= 0 and doc[i].lower_ == "and":
        i -= 1
    while i >= 0 and doc[i].text in _MARKS:
        i -= 1
    return i >= 0 and doc[i].text == ","


def _rebuts(conj: Token, comp: Token) -> bool:
    """True for another speaker's statement set after a comma and "but" or "while" ("Ruto said a
    deal was close, but Egypt's minister warned that …"): a reporting verb with a subject and a
    clause of its own, in the tense of the verb whose clause the parser hung it in. After ", and"
    the subject must be named, not a pronoun, and a call "for"/"on" counts as well ("the tariffs
    would raise costs, and the association called for a meeting")."""
    cc = next((g for g in comp.children if g.dep_ == "cc" and g.i < conj.i), None)
    if cc is None or cc.text.lower() not in _CONTRAST | {"but", "and"} or not _after_comma(cc):
        return False
    subject = _nearest_subject(conj)
    if subject is None or subject.i < cc.i or _tense(conj) != _tense(comp.head):
        return False
    if cc.text.lower() == "and" and (subject.pos_ == "PRON" or subject.tag_ == "PRP"):
        return False    # "…, and they would …": still the speaker's account
    return _has_clause(conj) or (cc.text.lower() == "and" and any(
        g.dep_ == "prep" and g.text.lower() in ("for", "on") for g in conj.children))


def _restates(conj: Token, verb: Token) -> bool:
    """True when ``conj``, conjoined inside the clause ``verb`` reports, is the speaker's next
    statement (:func:`_voices`)."""
    report = reporter_of_next_act(conj)
    return _voices(conj) and report is not None and report.i == verb.i


def _has_clause(verb: Token) -> bool:
    return any(g.dep_ in ("ccomp", "xcomp") for g in verb.children)


def _voices(verb: Token) -> bool:
    """True for a verb that says something of its own: it has a clause ("suggested that …",
    "called on the EU to …"), or it is a cue whose object is what it says ("accused the three
    countries of …", "demanded a return to military pressure"), or whose preposition's object is
    ("called for “a binding mechanism”", "warned against escalation")."""
    lex = load_lexicon()
    lemma = verb.lemma_.lower()
    # (a verb of saying that takes a clause says its object too: "said she admires his determination
    # and highlighted their shared commitment …"; not one of thinking: "… but expected answers")
    return _has_clause(verb) or ((lemma in lex.object or lemma in lex.clause and lemma not in _COGNITION)
                                 and any(g.dep_ == "dobj" for g in verb.children)) \
        or any(g.dep_ == "prep" and g.text.lower() in lex.preposition.get(lemma, ())
               and any(o.dep_ == "pobj" for o in g.children) for g in verb.children)


def reporter_of_next_act(conj: Token) -> Token | None:
    """The reporting verb whose speaker did ``conj``: a verb without a subject of its own,
    conjoined inside the clause that verb reports (also one the parser hung on the noun of its
    adjunct: "said in a televised address that Kurti was pushing … and called on NATO …"), in the
    reporting verb's tense and not the clause's ("Kurti said the attack was organised by Belgrade
    and called on the EU …": said), else None."""
    clause = conj.head
    if conj.dep_ != "conj" or conj.i < clause.i or any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children):
        return None
    if clause.dep_ == "ccomp":
        report = clause.head
    elif clause.dep_ in ("acl", "relcl") and _opens_with_that(clause) and clause.head.dep_ == "pobj" \
            and clause.head.head.dep_ == "prep" and clause.head.head.head.pos_ == "VERB":
        report = clause.head.head.head      # "said in a televised address that …" (hung on "address")
        if (hung := _clause_in_adjunct(report)) is None or hung.i != clause.i:
            return None
    else:
        return None
    if _tense(conj) != _tense(report):
        return None
    # in the clause's tense too when the clause only describes a thing, which cannot be the one
    # who acts next: "the ministry said the survey was illegal and called on Ankara to withdraw
    # the ship" (the ministry called)
    return report if _tense(clause) != _tense(report) or _thing_described(clause) \
        or (_stated_condition(clause) or _pronoun_subject(clause)) and conj.lemma_.lower() in _APPEALS else None


def _pronoun_subject(clause: Token) -> bool:
    """True for a reported clause whose subject is a pronoun ("China said it was resolutely
    opposed to the test and warned North Korea …": the reporter, or a thing, goes on; either way
    the warning is the reporter's)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() in ("it", "they", "he", "she")
               for c in clause.children)


#: verbs that state what someone has or lacks ("the AU had no mandate")
_STATIVE = frozenset({"have", "lack"})

#: speech acts a reporter goes on to ("… and called on member states to …")
_APPEALS = frozenset({"call", "urge", "demand", "appeal", "ask", "warn", "add", "insist", "vow", "pledge"})


def _stated_condition(clause: Token) -> bool:
    """True for a reported clause that denies its subject a standing (it has no mandate, no right,
    lacks the authority): the reporter disputes it, and what the reporter goes on to ask is the
    reporter's ("said the AU had no mandate … and called on member states to …"; but "said the
    government was illegal and called on Ankara …" may be the government's call)."""
    if clause.lemma_.lower() not in _STATIVE or any(c.dep_ == "xcomp" for c in clause.children):
        return False
    return clause.lemma_.lower() == "lack" or any(n.dep_ == "neg" for n in clause.children) or any(
        o.dep_ == "dobj" and any(d.dep_ == "det" and d.text.lower() == "no" for d in o.children)
        for o in clause.children)


#: nouns that can act on their own, though common nouns ("the government said … and called …")
_AGENT_NOUNS = frozenset({"government", "ministry", "country", "state", "side", "army", "military", "police",
                          "party", "opposition", "administration", "people", "leader", "president", "minister",
                          "official", "authorities", "authority", "regime", "junta", "council", "union", "bloc",
                          "alliance", "company", "group", "court", "parliament", "congress", "senate", "team"})


def _thing_described(clause: Token) -> bool:
    """True for a copular clause about a common noun that names no actor: "the survey was illegal"."""
    if clause.lemma_.lower() != "be":
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    rules = actor_rules()
    return lemma not in _AGENT_NOUNS and lemma not in rules["person_nouns"] and lemma not in rules["body_heads"]


#: verbs by which a source withholds what the verb after them would report ("declined to say whether")
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "avoid"})

#: sourcing formulas that report nothing the source said: "(who) asked not to be named",
#: "declined to comment", "refused to give details"
_SOURCING_FORMULA = re.compile(r"(?:not to be (?:named|identified|quoted)|(?:that )?(?:his|her|their) names? "
                        r"(?:not be (?:used|published|given|disclosed)|be withheld)|(?:on (?:the )?condition of )?"
                        r"anonymity|to (?:comment(?: on .*)?|elaborate|give (?:any )?details|"
                        r"say more|discuss (?:the matter|details)|be interviewed)"
                        # "declined to comment when reached by phone", "… when contacted"
                        r"(?:,? (?:when|after|as|while|if) (?:reached|contacted|called|asked|approached|"
                        r"questioned)\b.*)?\W*$|"
                        r"to (?:say|disclose|reveal|confirm) (?:whether|if|when|how|why|what|who)\b)",
                        re.IGNORECASE)


def _trailing_clause(verb: Token, speaker: Token | None) -> bool:
    """True for a reporting clause set off by a comma after its content, at the sentence's end:
    "Prices will rise, the minister said." (not "X said that residents complained", nor a second
    verb of the same subject: "In a statement, the embassy said …, and warned of …")."""
    if speaker is None or verb.dep_ not in ("parataxis", "ccomp", "conj") or verb.head.i >= verb.i \
            or speaker.i < verb.head.i:
        return False
    doc = verb.doc
    first = min(verb.left_edge.i, speaker.left_edge.i)
    while first < speaker.i and doc[first].is_punct:
        first += 1      # the comma the parser hung on the reporting verb
    if first == 0 or doc[first - 1].text not in _CLAUSE_BOUNDS | set(_MARKS):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    rest = doc[verb.right_edge.i + 1:verb.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _split_off_clause(verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """The content of a reporting clause that the parser split off as a sentence of its own after
    the comma closing its content: "Addis Ababa would consider recognising Somaliland, / Somaliland's
    president Muse Bihi Abdi said." The clause is the speaker, the verb and nothing the verb says
    itself (no clause, no object but the one addressed); the content is the sentence before, on
    the same line, unless it holds a quotation (the quotation rules read those)."""
    sent = verb.sent
    doc = verb.doc
    if speaker is None or verb.dep_ != "ROOT" or sent.start < 2 or doc[sent.start - 1].text != "," \
            or speaker.left_edge.i != sent.start or speaker.i > verb.i:
        return None
    if _says_object(verb) or any(c.dep_ in ("ccomp", "xcomp", "csubj", "mark") for c in verb.children):
        return None
    if not all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1:sent.end]):
        return None
    prev = doc[sent.start - 1].sent
    words = doc[prev.start:sent.start - 1]
    if "\n" in words.text_with_ws or any(t.text in _MARKS for t in words):
        return None
    return prev.start, sent.start - 1


#: cues whose object is the one addressed: "Russia, Lavrov told reporters, would …"
_TOLD = frozenset({"tell", "inform", "assure", "remind", "brief"})

#: reporting verbs whose direct object is the person addressed, not what was said ("“…?” he asked
#: reporters", "“…,” she told the assembly")
_ADDRESSED = _TOLD | {"ask"}


def _says_object(verb: Token) -> bool:
    """True for a reporting verb with a direct object that is what it says ("said nothing"), not the
    one it addresses ("asked reporters", "told the assembly")."""
    return verb.lemma_.lower() not in _ADDRESSED and any(c.dep_ == "dobj" for c in verb.children)


#: finite verb tags: what a clause has and an apposition lacks
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: what a parenthetical reporting clause is set off by
_CLAUSE_BOUNDS = frozenset({",", "—", "–", "--"})


def _sides(doc: Doc, parts: Sequence[tuple[int, int]], cue: str, cue_span: tuple[int, int],
           speaker: Token | None, sent: Span) -> list[QuoteMatch]:
    """One statement's content, in one part or in the two its reporting clause splits it into."""
    return [replace(_match(doc, "indirect", part, cue, cue_span, speaker, sent), split=len(parts) > 1)
            for part in parts]


def _summary_noun(verb: Token) -> bool:
    """True for a plural statement noun after a comma that the tagger read as a verb, whose
    "clause" is a relative one with its object gone: "accused Tehran of backing militant cells,
    charges Iran has always denied" (the charges are what Iran denied, not what anyone charges)."""
    doc = verb.doc
    if verb.lower_ not in ("charges", "claims") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in _GAPPED and not any(
        g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for g in c.children) for c in verb.children)


#: verbs of answering a charge that need an object ("charges Iran has always denied")
_GAPPED = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "rebut"})


#: those a state recalls home, which makes "recall" no verb of remembering aloud
_RECALLED = frozenset({"ambassador", "envoy", "diplomat", "consul", "representative", "emissary",
                       "delegation", "mission", "staff", "troop", "force", "contingent"})

#: pronouns of quantity that stand for what someone said ("everything he says")
_SAID_THINGS = QUANTITY_WORDS | {"all", "much", "little", "what"}


def _said_thing(verb: Token, speaker: Token | None) -> bool:
    """True when what the verb reports is named only by a pronoun of quantity before its speaker,
    and the words after the verb are the writer's about it: "Everything Trump says is a lie",
    "Nothing the minister said was new", "Much of what Lavrov says is propaganda" (the parser
    often makes the predicate a clause the verb reports, or the pronoun a part of the name)."""
    if speaker is None or speaker.i > verb.i or any(
            c.dep_ in ("mark", "prep", "oprd", "xcomp", "dative", "attr", "acomp")
            or c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return False    # (what it is said to be is the complement: "what he described as “…”")
    doc = verb.doc
    first = speaker.left_edge.i
    word = doc[first] if doc[first].dep_ in ("compound", "nmod", "amod") and first < speaker.i \
        else doc[first - 1] if first > 0 else None
    if word is None or word.lower_ not in _SAID_THINGS or _pseudo_cleft(verb) is not None:
        return False
    return not any(any(g.dep_ in (*_SUBJ, "expl") for g in c.children)
                   for c in verb.children if c.dep_ == "ccomp")


def _demonstrative_noun(comp: Token) -> bool:
    """True for a "clause" that is a noun after a demonstrative the parser took for its subject:
    "repeated that call in a speech" read as "that" + the verb "call" (VBP, which a singular
    "that" or "this" cannot take)."""
    if comp.tag_ != "VBP" or comp.i == 0:
        return False
    before = comp.doc[comp.i - 1]
    return before.text.lower() in ("that", "this") and before.dep_ == "nsubj" and before.head.i == comp.i


def _afterthought(verb: Token, comp: Token, comps: Sequence[Token]) -> bool:
    """True for a clause after ``verb`` that only comments on what an inverted reporting clause
    reported: another complement opens the sentence before the verb and its subject, and this
    one neither follows the verb right away nor opens with "that" ("Argentina wants a cut, Milei
    said on Monday, a move Brazil opposes")."""
    doc = verb.doc
    first = comp.left_edge
    # (also after a phrase of the verb's own: "Turkey is ready to …, a senior official said on
    # Friday, provided Stockholm extradites people Ankara regards as terrorists")
    if first.i == 0 or first.text.lower() == "that" or first.i == verb.i + 1:
        return False
    start = verb.sent.start
    while start < verb.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return any(c.i < verb.i and c.left_edge.i <= start for c in comps) \
        and any(c.dep_ in _SUBJ and c.i < verb.i for c in verb.children)


#: nouns by which the writer sums up a statement in an aside after it ("…, a line officials called
#: insulting", "…, a move Brazil opposes")
_SUMMARY_NOUNS = frozenset({"line", "move", "step", "claim", "remark", "comment", "charge", "phrase",
                            "description", "characterisation", "characterization", "accusation",
                            "assertion", "position", "stance", "view", "argument", "suggestion", "allegation",
                            "warning", "threat", "demand", "decision", "statement", "message", "sentiment"})


def _summary_aside(comp: Token) -> bool:
    """True for a "complement" that is the writer's aside after a comma, a summarising noun with a
    clause of its own ("said the release would “punish savers”, a line Portuguese officials called
    insulting"): the noun is what the clause's verb acts on, not part of what was said."""
    doc = comp.doc
    first = comp.left_edge
    while first.is_punct and first.i < comp.i:
        first = doc[first.i + 1]
    if first.head.i == comp.i or not _opens_summary(first):
        return False
    noun = first.head
    return noun.i < comp.i and any(c.dep_ in _SUBJ and c.i > noun.i for c in comp.children)


def _opens_summary(first: Token) -> bool:
    """True for the "a"/"an" after a comma of a summarising noun: ", a move …", ", a decision …"."""
    return first.i > 0 and first.doc[first.i - 1].text == "," and first.text.lower() in ("a", "an") \
        and first.head.lemma_.lower() in _SUMMARY_NOUNS


def _summary_apposition(comp: Token, end: int) -> int | None:
    """Where a reported clause ends when the writer's summary closes it as an apposition: "said it
    was ending its defence agreement with France, a decision that leaves Paris without …" (a
    summarising noun with "a"/"an", after a comma, running to the clause's end)."""
    return next((t.left_edge.i - 1 for t in comp.subtree if t.dep_ == "appos" and t.right_edge.i + 1 >= end
                 and t.left_edge.i > comp.i and t.left_edge.head.i == t.i and _opens_summary(t.left_edge)), None)


def _clause_in_adjunct(verb: Token) -> Token | None:
    """A "that" clause the parser hung on the noun of the verb's adjunct instead of the verb:
    "the ministry said in a statement that any cut must be gradual" (on "statement"), or on the
    name of whom "tell" addresses ("told his counterpart, Wang Yi, that …")."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            # (also on the noun of a participle describing the adjunct: "said in a voice note
            # circulated to journalists that organisers had notified the police")
            nouns = [noun, *(o for a in noun.rights if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")
                             for p in a.rights if p.dep_ == "prep"
                             for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"))]
            clause = next((c for n in nouns for c in n.rights if c.dep_ in ("acl", "relcl", "ccomp")
                           and (_opens_with_that(c) or _that_as_conjunction(c))), None)
            if clause is None and prep.lower_ == "at" and noun.lower_ == "time" \
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
                # "said at the time the deal would open new markets": the clause the parser hung
                # on "time" is what was said then
                clause = next((c for c in noun.rights if c.dep_ == "relcl" and c.left_edge.tag_ not in ("WDT", "WP", "WRB")
                               and c.left_edge.lower_ not in ("that", "when")
                               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
            if clause is not None:
                return clause
    if verb.lemma_.lower() in _TOLD:
        # on the name of whom it was told: "told his Chinese counterpart, Wang Yi, that the ban had
        # “no scientific basis”" (the parser hung the clause on "Yi")
        for noun in verb.rights:
            if noun.dep_ not in ("dobj", "dative", "npadvmod", "appos") or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            named = [noun, *(c for c in noun.rights if c.dep_ == "appos")]
            clause = next((c for n in named for c in n.rights if c.dep_ in ("acl", "relcl", "ccomp")
                           and (_opens_with_that(c) or n.lemma_.lower() in _AUDIENCES and _object_that(c))
                           and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)),
                          None)
            if clause is not None:
                return clause
    if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children):
        # extraposed after a passive: "It was announced by the bloc, …, that it would host talks"
        # (the parser made the clause an adjunct)
        clause = next((c for c in verb.rights if c.dep_ == "advcl" and _opens_with_that(c)), None)
        if clause is not None:
            return clause
    return _pseudo_cleft(verb)


def _pseudo_cleft(verb: Token) -> Token | None:
    """The clause after "was" in "What Scholz said was that Germany would pay" (the verb reports
    "what", the subject of a copula whose complement says what it was)."""
    head = verb.head
    if verb.dep_ != "csubj" or head.lemma_.lower() != "be" or not any(
            c.dep_ in ("dobj", "dative") and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in head.rights if c.dep_ == "ccomp" and _opens_with_that(c)
                 and any(g.dep_ in (*_SUBJ, "expl") for g in c.children)), None)


def _stray_subject(verb: Token, speaker: Token | None, comp: Token) -> tuple[int, int] | None:
    """The span of a second subject the parser gave a reporting verb, set off by commas before
    the speaker ("The survey, the minister said, was …"), when the reported clause after the
    verb has no subject of its own; else None."""
    if speaker is None or speaker.i > verb.i or any(c.dep_ in _SUBJ for c in comp.children):
        return None
    doc = verb.doc
    stray = next((c for c in verb.children if c.dep_ in ("nsubj", "dep", "npadvmod")
                  and c.i < speaker.left_edge.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                  and c.ent_type_ not in _NOT_SPEAKING), None)    # not "Monday, he said, …"
    if stray is None or stray.left_edge.i != verb.sent.start:
        return None
    comma = stray.right_edge.i + 1
    if doc[comma].text not in _CLAUSE_BOUNDS or speaker.left_edge.i != comma + 1 \
            or comp.left_edge.i == 0 or doc[comp.left_edge.i - 1].text not in _CLAUSE_BOUNDS:
        return None
    return _trim(doc, stray.left_edge.i, comma)


#: word classes a side of a split statement needs, beyond conjunctions and adverbs
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ"})


def _medial_clause(verb: Token, speaker: Token | None, lex: Lexicon, in_quote: Sequence[int] = ()
                   ) -> list[tuple[int, int]] | None:
    """What a reporting clause set off by commas inside its content reports: both sides ("The
    ceasefire, the minister said on Tuesday, would hold until …"; "Ms. Malik had two interviews,
    officials said, the first in Pakistan"), or only the side after it when what stands before
    is no more than a conjunction or an adverb ("Now, she said, the two communities …"). None
    unless the verb reports nothing of its own (no complement, no "as"/"if") and its subject
    stands in the clause."""
    if speaker is None or verb.dep_ not in ("parataxis", "ccomp", "advcl") \
            or verb.head.i == verb.i or speaker.head.i != verb.i or speaker.i > verb.i:
        return None
    told = verb.lemma_.lower() in _TOLD
    if any(c.dep_ in ("mark", "ccomp", "xcomp") or c.dep_ in ("dobj", "dative") and not told
           for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    first, last = speaker.left_edge.i, verb.right_edge.i
    bound = _CLAUSE_BOUNDS
    after = doc[last] if doc[last].text in bound else doc[last + 1] if last + 1 < len(doc) else None
    if first == 0 or doc[first - 1].text not in bound or after is None or after.text not in bound \
            or head.right_edge.i <= after.i:
        return None
    if dateline_end(doc_datelines(doc), doc[first - 1].idx) is not None:
        # "KUALA LUMPUR, July 28 — Thailand and Cambodia agreed …, Anwar said": the dash closes a
        # dateline, so the clause opens the story; it is not set inside another's content
        return None
    # "…, she said, would require patience, adding that …": the participle after the rest is the
    # speaker's next statement, not more of this one
    next_act = next((c for c in head.children if c.i > after.i + 1 and c.tag_ == "VBG"
                     and c.dep_ in ("advcl", "xcomp", "conj") and doc[c.left_edge.i - 1].text == ","
                     and c.lemma_.lower() in lex.clause and not _quoted(c, in_quote)
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None) \
        or next((c for c in head.children if c.i > after.i + 1 and c.dep_ == "conj"
                 and _conjoined_statement(c, verb, lex, in_quote) is not None), None)   # "…, and he accused Kinshasa of …"
    rest = _trim(doc, after.i + 1, (next_act.left_edge.i - 1) if next_act is not None else head.right_edge.i + 1)
    if rest is None:
        return None
    opening = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if opening is not None and opening.tag_ == "VBG" and opening.dep_ in ("xcomp", "advcl", "conj") \
            and (opening.lemma_.lower() in lex.clause or opening.lemma_.lower() in _NAMING_LEMMAS) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in opening.children):
        # "The province would stop selling power, he said, calling the tariffs “a betrayal”":
        # a reporting participle after the clause is the speaker's next act, not more of what was
        # said (but "Russia is interfering, they say, imposing new restrictions" is Russia's act)
        lead_span = _trim(doc, head.left_edge.i, first - 1)
        return [lead_span] if lead_span is not None else None
    # what stands before the clause, short of what hangs from the verb itself ("At times last
    # year, people close to him said, …" dates the saying)
    lead = doc[head.left_edge.i:min(first - 1, verb.left_edge.i)]
    if _framing_only(lead):
        return [rest]     # a conjunction, an adverb or one framing phrase ("In a statement, …")
    lead_span = _trim(doc, lead.start, lead.end)
    return [rest] if lead_span is None else [lead_span, rest]


def _framing_only(lead: Span) -> bool:
    """True for words before a reporting clause set inside a sentence that are no part of what was
    said: a conjunction, an adverb, one framing phrase ("In a statement, …", "In private, according
    to …", "For now, …") or a lone relative pronoun ("which, analysts believe, explains …")."""
    words = [t for t in lead if not (t.is_punct or t.text in _CLAUSE_BOUNDS)]
    return not any(t.pos_ in _CONTENT_POS for t in lead) \
        or bool(words) and words[0].dep_ in ("prep", "advmod", "npadvmod") and not words[0].pos_ == "VERB" \
        and all(words[0].left_edge.i <= t.i <= words[0].right_edge.i for t in words) \
        or len(words) == 1 and words[0].lower_ in ("which", "who", "whom")


#: what an "as" clause of reporting may hold besides its subject and verb: time, place, manner
_AS_CLAUSE_DEPS = frozenset({"mark", "nsubj", "aux", "neg", "advmod", "npadvmod", "prep", "prt", "punct"})


def _as_clause(verb: Token, lemma: str, speaker: Token | None, lex: Lexicon) -> list[tuple[int, int]] | None:
    """What a reporting clause opened by "as" and set off by a comma reports: the clause it hangs
    from, on one side of it or on both ("Prices will rise, as the minister warned last week"; "But
    as Clyburn noted, those voters will …"; "The plan, as officials have noted, would cost …").
    None unless the verb says nothing of its own (no clause, object or prepositional content:
    "as the minister warned of a crisis" is a time) and its subject is its own."""
    if speaker is None or verb.dep_ != "advcl" or verb.head.i == verb.i or speaker.head.i != verb.i \
            or speaker.i > verb.i or lemma not in lex.clause:
        return None
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i > speaker.left_edge.i:
        return None
    content_preps = lex.preposition.get(lemma, frozenset())
    if any(c.dep_ not in _AS_CLAUSE_DEPS and not (c.dep_ == "dobj" and c.lower_ == "it" and lemma != verb.lemma_.lower())
           or c.dep_ == "prep" and c.lower_ in content_preps for c in verb.children):
        return None     # (but "as she put it": the "it" is the words she chose)
    first, last = verb.left_edge.i, verb.right_edge.i
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    if not (before is not None and before.text in _CLAUSE_BOUNDS or after is not None and after.text in _CLAUSE_BOUNDS):
        return None     # "Prices rose as the minister said they would": no comma, a time or manner
    head = verb.head
    # (not a clause coordinated after it: "Trump met him that day, as the Times reported, and he
    # will …")
    end = next((c.left_edge.i for c in head.children if c.i > last and c.dep_ in ("cc", "conj")),
               head.right_edge.i + 1)
    parts = [_trim(doc, head.left_edge.i, first), _trim(doc, last + 1, end)]
    # (a side of no more than a conjunction or an adverb is none: "But as Clyburn noted, …")
    kept = [p for p in parts if p is not None and any(
        t.pos_ in _CONTENT_POS for t in doc.char_span(*p, alignment_mode="expand") or ())]
    return kept or None



def _colon_matches(doc: Doc, colon: Token) -> list[QuoteMatch]:
    """A short noun phrase, a colon, then what it said, in three layouts (:func:`colon_form`):
    a headline ("Sanders: Clinton needs to …", "Poll: Wealthy voters abandon …"; content to the
    end of the line), a transcript's speaker label at a paragraph's start ("WALLACE: Let's start
    …"; content to the end of the paragraph) and, inside running text, a name with a colon
    ("Name: claim"; content to the end of the sentence)."""
    form = colon_form(colon)
    if form is None:
        return _answer_matches(doc, colon)
    nxt = doc[colon.i + 1]
    sent = colon.sent
    end = _line_end(colon) if form != "inline" else sent.end
    if nxt.is_space or nxt.text in _MARKS and not (form == "headline" and _quotation_opens_line(doc, colon.i + 1, end)):
        return []   # a quotation: handled with the quotations
    if end - colon.i < 4 or _roster(doc[colon.i + 1:end]):
        return []
    content = _trim(doc, colon.i + 1, end)
    if form == "headline" and content is not None \
            and doc_text(doc)[content[1]:doc[end - 1].idx + len(doc[end - 1])].lstrip().startswith("?"):
        return []   # a question after a headline's label is the writer's: "Ted Cruz: Constitutional …?"
    lead = None
    if form == "inline":
        speaker = _colon_speaker(colon)
    else:
        # a headline's or transcript's speaker is the words before the colon on its line
        line = _line_start(colon)
        named = _headline_name_on(colon) if form == "headline" else None
        lead = _trim(doc, line, colon.i if named is None else named.i + 1)
        # (a name in capitals the tagger took for a number: "FALLIN: Well, I think …")
        words = [t for t in doc[line:colon.i] if t.pos_ in ("PROPN", "NOUN", "PRON")
                 or form == "label" and t.is_alpha and t.is_upper]
        speaker = named or (words[-1] if words else None)
    if content is None or speaker is None:
        return []
    # a transcript's answer is the speaker's own words, however it is set; a headline's or a
    # running text's "Name: claim" may be the writer's summary
    m = _match(doc, "direct" if form == "label" else "indirect", content, ":", _cue_span(colon), speaker, sent)
    if lead is not None:
        m = replace(m, speaker_span=lead)     # the label itself, never more of the parse
    return [m]


def _roster(words: Span) -> bool:
    """True for a list of names after a colon ("Nevada: Adam Khan, Andres Ramirez, Barbara
    Buckley, …", "Present: the mayor, …"): at least three commas, no verb, mostly proper nouns.
    A list says nothing, so its heading is no one's label."""
    alpha = [t for t in words if t.is_alpha]
    return sum(t.text == "," for t in words) >= 3 and bool(alpha) \
        and not any(t.pos_ in ("VERB", "AUX") for t in words) \
        and sum(t.pos_ == "PROPN" for t in alpha) >= 0.6 * len(alpha)


#: labels of an interview's questions and answers ("Q: …" / "A: …")
_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})


def _label_at_line_start(colon: Token, labels: frozenset[str]) -> bool:
    """True for a colon right after one of ``labels`` opening its paragraph ("A: …")."""
    doc = colon.doc
    if colon.i == 0:
        return False
    label = doc[colon.i - 1]
    return label.lower_ in labels and label.text[:1].isupper() and _line_start(colon) == label.i


def _interview_label(token: Token) -> bool:
    """True for the "Q" or "A" of a label opening an interview's paragraph."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" \
        and _label_at_line_start(doc[token.i + 1], _QUESTION_LABELS | _ANSWER_LABELS)


def _answer_matches(doc: Doc, colon: Token) -> list[QuoteMatch]:
    """An interview's answer ("A: Because when three small countries buy separately, …") is what
    the one interviewed said, to the end of its paragraph: the person named last before the
    first question ("Wire spoke to Latvia's defence minister, Ilze Kalnina. … Q: …")."""
    if not _label_at_line_start(colon, _ANSWER_LABELS):
        return []
    first_q = next((t for t in doc[:colon.i] if t.text == ":" and _label_at_line_start(t, _QUESTION_LABELS)), None)
    if first_q is None:
        return []
    end = _line_end(colon)
    content = _trim(doc, colon.i + 1, end)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= first_q.i - 1]
    # the one the introduction is about, its subject or the one spoken to ("Carolyn Whitfield has
    # worked on three campaigns. She has not endorsed Donald Trump …": not Trump), else the last
    person = next((e for e in reversed(people) if _interviewed(e.root)), people[-1] if people else None)
    if content is None or end - colon.i < 3:
        return []
    m = _match(doc, "direct", content, ":", _cue_span(colon), None, colon.sent)
    if person is not None:
        m = replace(m, speaker_span=(person.start_char, person.end_char), speaker_head=person.root.i)
    return [m]


def _interviewed(name: Token) -> bool:
    """True for a name that an interview's introduction is about: the subject of its clause, or
    the one spoken to ("Wire spoke to Latvia's defence minister, Ilze Kalnina")."""
    if name.dep_ in ("nsubj", "nsubjpass"):
        return True
    t = name.head if name.dep_ == "appos" else name
    if t.lemma_.lower() in _INTERVIEWERS or any(c.lemma_.lower() in _INTERVIEWERS for c in name.children):
        return False    # "She spoke to our correspondent Claire Hobson": the one asking
    return t.dep_ in ("pobj", "dobj") and (t.head.lemma_.lower() in ("interview", "with", "to")
                                           and (t.head.dep_ != "prep" or t.head.head.lemma_.lower()
                                                in ("speak", "talk", "sit", "interview")))


#: those who put an interview's questions
_INTERVIEWERS = frozenset({"correspondent", "reporter", "journalist", "interviewer", "editor", "host", "anchor",
                           "columnist", "writer"})


#: words after which a colon announces what follows by itself ("issued the following statement:",
#: "put it as follows:")
_ANNOUNCING = frozenset({"following", "follows"})


def _block_matches(doc: Doc, colon: Token, lex: Lexicon, in_quote: Sequence[int]) -> list[QuoteMatch]:
    """A reporting clause that ends its paragraph with a colon sets off the next paragraph as what
    was said, the block quotation of columns and transcripts that carries no quotation marks ("The
    governor added:", "In a speech last July, he said:", "The ministry issued the following
    statement:"); one paragraph, as a block quotation is one. Not a list ("1. …", "- …"), an
    embedded post, nor a paragraph opened by a quotation mark (the quotation rules' own)."""
    if in_quote[colon.i] >= 0 or "\n" not in colon.text_with_ws + _space_after(colon):
        return []
    # the nearest reporting verb above the colon ("MSNBC suggested that Clinton has the following
    # tasks:": suggested, not has); without one, the nearest verb when the clause announces what
    # follows ("The ministry issued the following statement:")
    verbs = [v for v in (colon.head, *colon.head.ancestors) if v.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[0].sent != colon.sent:
        return []
    announced = any(t.lower_ in _ANNOUNCING for t in doc[colon.sent.start:colon.i])
    verb = next((v for v in verbs if _cue_lemma(v, lex) in lex.lemmas), verbs[0] if announced else None)
    if verb is None:
        return []
    if not announced and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []   # "She posted a photo of the rally:", "He said he had three reasons:" (a list)
    first = colon.i + 1
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc) or doc[first].text in _MARKS or doc[first].text in _LIST_MARKS \
            or doc[first].like_num or doc[first].text.startswith("<"):
        return []
    end = _line_end(doc[first])
    content = _trim(doc, first, end)
    speaker = _speaker(verb)
    if content is None or speaker is None or end - first < 4 or _roster(doc[first:end]):
        return []   # (nor a list of names: "The recorded vote was as follows: ¶ In favour (12): …")
    return [_match(doc, "indirect", content, _cue_lemma(verb, lex), _cue_span(verb), speaker, verb.sent)]


#: tokens that open a list's item rather than a block quotation
_LIST_MARKS = frozenset({"-", "–", "—", "•", "*", "·", "(", "["})


def _space_after(token: Token) -> str:
    """The whitespace token right after ``token`` (spaCy keeps a paragraph break as its own token)."""
    doc = token.doc
    return doc[token.i + 1].text if token.i + 1 < len(doc) and doc[token.i + 1].is_space else ""


#: words that introduce a list, a note or a link rather than a speaker ("Update: …", "Twitter: …")
_NOT_SPEAKERS = frozenset({"update", "updated", "note", "editor", "editors", "correction", "watch",
                           "read", "video", "photo", "photos", "source", "sources", "related",
                           "twitter", "facebook", "instagram", "transcript", "follow", "see",
                           "more", "also", "breaking", "exclusive", "live", "opinion", "analysis",
                           "q", "a", "question", "answer", "so", "still", "context", "result"})


def colon_form(colon: Token) -> str | None:
    """How a colon introduces reported content, or None when it does not: ``"headline"`` (the
    document's first line: a noun phrase with no verb, "Poll: …"), ``"label"`` (a name opening a
    paragraph, in capitals or Title Case, as transcripts write it: "WALLACE: …") or ``"inline"``
    (a short phrase naming a person or body inside a sentence)."""
    doc = colon.doc
    if colon.i + 1 >= len(doc):
        return None
    line = start = _line_start(colon)
    while start < colon.i and (doc[start].text in _MARKS or doc[start].is_space):
        start += 1
    # past a live blog's time stamp, which the dateline reader takes for one ("11:52 - RESULT: …"
    # labels nobody)
    if (stamp := dateline_end(doc_datelines(doc), doc[start].idx)) is not None:
        while start < colon.i and doc[start].idx < stamp:
            start += 1
    words = [t for t in doc[start:colon.i] if not t.is_punct]
    if _headline_name_on(colon) is not None:
        return "headline"
    alpha = [t for t in words if t.is_alpha]
    topics = load_lexicon().label_topics
    if start == line and not _on_first_line(doc, line) and 1 <= len(alpha) <= 4 \
            and len(alpha) == len(words) and all(t.is_upper and len(t) > 1 for t in alpha) \
            and alpha[0].lower_ not in _NOT_LABEL_OPENERS \
            and " ".join(t.lower_ for t in alpha) not in topics and not any(t.lower_ in topics for t in alpha):
        # a transcript's label in capitals, whatever the tagger made of its words
        # ("TREMBLAY-OUELLET: …", "TREMBLAY" read as a verb)
        return "label"
    if _names_a_speaker(words, 6):
        if _on_first_line(doc, line):
            return "headline"
        if len(words) <= 4 and all(t.pos_ == "PROPN" or t.is_upper or _named_elsewhere(t) for t in words if t.is_alpha) \
                and all(t.is_upper or t.is_title for t in words if t.is_alpha) \
                and words[0].text.lower() not in _NOT_LABEL_OPENERS:
            # (not a rubric opened by an article or a preposition: "AFTER THE DEBATE: …")
            return "label"
    sent_start = colon.sent.start
    if colon.i - sent_start > 5:
        return None
    lead = doc[sent_start:colon.i]
    if _names_a_speaker(list(lead), 5) and any(
            t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in lead):
        return "inline"
    return None


def _headline_passive(verb: Token) -> bool:
    """True for a headline's verb of appeal right before "to" and a verb, written in title case: a
    passive without its "are" ("NATO Allies Pressed to Show Progress", "Britain Urged to Rejoin
    Talks"), whose subject is the one appealed to."""
    doc = verb.doc
    if verb.lemma_.lower() not in _APPEALED or verb.tag_ not in ("VBD", "VBN") or not verb.text[:1].isupper() \
            or verb.i == 0 or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "to" \
            or not doc[verb.i + 2].text[:1].isupper():
        return False
    return _on_first_line(doc, _line_start(verb))


def _on_first_line(doc: Doc, line: int) -> bool:
    """True when the line starting at token ``line`` is the document's first (a headline)."""
    return line < 8 and all(t.is_space or t.is_punct for t in doc[:line])


def _quotation_opens_line(doc: Doc, start: int, end: int) -> bool:
    """True for a quotation that opens the words from ``start`` to ``end`` (a headline's content
    after its speaker's colon) and closes before they do ("Blumenthal: ‘No Idea’ If I Would Have
    Told Clinton …"): the content is the whole line, the quotation a part of it."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 3 or words[0].text not in _MARKS:
        return False
    closing = next((k for k, t in enumerate(words[1:], 1) if t.text in _MARKS), None)
    return closing is not None and any(t.is_alpha for t in words[closing + 1:])


def _rubric_word(token: Token) -> bool:
    """True for a word in capitals opening its line before a colon ("CLAIM: …", "VERDICT: …"):
    the writer's rubric, not a verb of saying."""
    doc = token.doc
    return token.is_upper and len(token) > 1 and token.i + 1 < len(doc) and doc[token.i + 1].text == ":" \
        and _line_start(token) == token.i


def _headline_name_on(colon: Token) -> Token | None:
    """The name a headline's "Name on Topic:" opens with, which says what follows the colon
    ("Gillibrand on Clinton Releasing Her Transcripts: ‘I Think She Will’", "CNN President On
    Trump: …"): the last word before "on" or "about", when the words before it are a short run
    of capitalised words on the document's first line; else None."""
    doc = colon.doc
    line = _line_start(colon)
    if not _on_first_line(doc, line):
        return None
    words = [t for t in doc[line:colon.i] if not (t.is_punct and t.text != ".")]
    on = next((k for k, t in enumerate(words) if t.lower_ in ("on", "about")), None)
    if on is None or not 1 <= on <= 4 or on + 1 >= len(words):
        return None
    name = words[:on]
    if not all(t.is_title or t.is_upper or t.text == "." for t in name) \
            or name[0].lower_ in _NOT_LABEL_OPENERS or name[0].lower_ in _NOT_SPEAKERS \
            or any(t.like_num or t.ent_type_ in _NOT_SPEAKING for t in name) \
            or " ".join(t.lower_ for t in name) in load_lexicon().label_topics:
        return None
    # a name the recogniser found or the story gives again, not a rubric ("Focus on Trade:")
    if not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _named_elsewhere(t) for t in name):
        return None
    return name[-1]


#: words a speaker's label never opens with, as a rubric may ("THE FACTS:", "AFTER THE DEBATE:")
_NOT_LABEL_OPENERS = frozenset({"the", "a", "an", "after", "before", "in", "on", "at", "for", "from", "with",
                                "by", "of", "during", "about", "what", "why", "how", "when", "where",
                                # a recorded vote's lists: "Against (8): Belarus, …", "Abstaining (41): …"
                                "against", "abstaining", "abstention", "abstentions", "absent", "yes", "no"})


def _named_elsewhere(token: Token) -> bool:
    """True for a capitalised word the text also gives as a person's name: the parser may read a
    transcript's "Valtonen:" as a common noun where "Elina Valtonen" was a name."""
    return token.is_title and any(t.text == token.text and t.i != token.i
                                  for e in token.doc.ents if e.label_ == "PERSON" for t in e)


def _names_a_speaker(words: list[Token], most: int) -> bool:
    """A short phrase with a noun and no verb that does not introduce a note or a link."""
    if not 1 <= len(words) <= most or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if words[0].text.lower() in _NOT_SPEAKERS and (len(words) == 1 or words[0].pos_ != "DET"):
        return False
    topics = load_lexicon().label_topics
    if any(t.text.lower() in topics for t in words) \
            or " ".join(t.text.lower() for t in words) in topics:
        return False    # a rubric, a topic or a region: "Delegate Update:", "Ukraine war:", "Sahel:"
    # (a name in capitals the tagger took for an adjective or a number: "TODD:", "FALLIN:")
    return any(t.pos_ in ("PROPN", "NOUN") or t.ent_type_ or t.is_upper and t.is_alpha and len(t) > 1
               for t in words)


def _opens_with_label(span: Span) -> bool:
    """True when a quotation starts with a transcript's speaker label ("WALLACE: …")."""
    doc = span.doc
    for token in doc[span.start:min(span.end, span.start + 6)]:
        if token.text == ":":
            return colon_form(token) == "label"
    return False


def _line_start(token: Token, reach: int = 16) -> int:
    """Index of the first token of the line (paragraph) holding ``token``, looking back at most
    ``reach`` tokens (a speaker's label or a headline's lead is short; a long line's start is
    never needed, and one bounded look per colon keeps a huge one-line input linear)."""
    doc = token.doc
    i = token.i
    stop = max(0, token.i - reach)
    while i > stop and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _line_end(token: Token) -> int:
    """Index just past the last token of the line (paragraph) holding ``token``."""
    doc = token.doc
    i = token.i
    while i < len(doc) and "\n" not in doc[i].text_with_ws:
        i += 1
    return min(i + 1, len(doc))


def _phrase_matches(doc: Doc, token: Token, lex: Lexicon) -> list[QuoteMatch]:
    """ "according to X, ..." : the speaker is the phrase's object, the content the rest."""
    for ph in lex.phrases:
        n = len(ph.words)
        if token.i + n > len(doc):
            continue
        if tuple(t.lower_ for t in doc[token.i:token.i + n]) != ph.words:
            continue
        last = doc[token.i + n - 1]
        obj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
        if obj is None and token.i + n < len(doc):
            obj = doc[token.i + n]
            while obj.head.i != obj.i and obj.head.i >= token.i + n and obj.head.i < obj.sent.end:
                obj = obj.head
        if obj is None or ph.cue == "according to" and obj.lemma_.lower() in _NOT_SOURCES:
            return []   # ("proceeding according to plan": a plan says nothing)
        sent = token.sent
        p_start, p_end = token.i, max(_source_end(obj), token.i + n)
        before = _trim(doc, sent.start, p_start)
        after = _trim(doc, p_end, sent.end)
        if before is None and after is None:
            # the parser hung the whole claim on the source as an apposition ("According to
            # Rush Limbaugh, the move reeks of desperation", "reeks" read as a plural noun): the
            # claim starts after the source's comma
            comma = next((t.i for t in doc[obj.i + 1:p_end] if t.text == ","), None)
            if comma is not None and p_end - comma > 3:
                p_end = comma
                after = _trim(doc, p_end, sent.end)
        elif before is None and (aside := _source_apposition(doc, p_end, sent.end)) is not None:
            # "According to the Observatory, a monitor based in London, 40 people were killed":
            # the phrase after the source describes it; the parser made it a second subject
            p_end = aside
            after = _trim(doc, p_end, sent.end)
        cue_span = (token.idx, last.idx + len(last))
        if before and after and p_start > sent.start and doc[p_start - 1].text in _CLAUSE_BOUNDS \
                and p_end < sent.end and doc[p_end].text in _CLAUSE_BOUNDS \
                and any(t.tag_ in _FINITE for t in doc[p_end:sent.end]):
            # set off inside the sentence: "The sanctions, according to two diplomats, will …"
            # (not before an apposition: "…, according to the Observatory, a monitor based …";
            # only the rest after a framing phrase: "In private, according to …, the reaction …")
            if _framing_only(doc[sent.start:p_start]):
                return [_match(doc, "indirect", after, ph.cue, cue_span, obj, sent)]
            return _sides(doc, [before, after], ph.cue, cue_span, obj, sent)
        content = before if before and (not after or before[1] - before[0] >= 12) else after
        if content is None:
            return []
        return [_match(doc, "indirect", content, ph.cue, cue_span, obj, sent)]
    return []


#: what "according to" measures by without anyone saying it ("according to plan", "according to
#: schedule", "according to custom")
_NOT_SOURCES = frozenset({"plan", "schedule", "script", "custom", "tradition", "expectation", "timetable"})


#: what a passive's "by" counts rather than names a source ("decided by fewer than 1,000 votes",
#: "approved by a wide margin")
_COUNTED = frozenset({"vote", "percent", "margin", "point", "seat", "majority", "ballot", "count"})


def _source_apposition(doc: Doc, start: int, end: int) -> int | None:
    """The comma that ends a noun phrase set off after a source ("According to the Observatory,
    a monitor based in London, 40 people were killed"), when the parser made that phrase a
    second subject of the sentence's verb; else None."""
    i = start + 1 if start < end and doc[start].text == "," else start
    if i >= end or doc[i].pos_ != "DET":
        return None
    subj = doc[i].head
    if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.i < subj.i:
        return None
    later = [c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > subj.i]
    comma = next((t.i for t in doc[subj.i + 1:later[0].left_edge.i] if t.text == ","), None) if later else None
    return comma if comma is not None and doc[comma + 1:end].text.strip() else None


def _source_end(obj: Token) -> int:
    """Where the source of "according to" ends: after its object's phrase, or at a comma inside
    it when the names after the comma are the subject the sentence's verb lacks ("According to a
    diplomat in Brussels, France and Germany will present …", "France" read as a conjunct of
    "Brussels")."""
    doc, end = obj.doc, obj.right_edge.i + 1
    verb = obj.head.head.head if obj.head.head.dep_ == "prep" else obj.head.head
    if end >= len(doc) or verb.i < end or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return end
    for t in doc[obj.i + 1:end]:
        if t.text == "," and t.i + 1 < end and doc[t.i + 1].dep_ == "conj" \
                and doc[t.i + 1].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
            return t.i
        if t.text == "," and t.i + 1 < end and any(
                c.dep_ == "appos" and c.left_edge.i == t.i + 1 and c.ent_type_ in _AMOUNTS for c in obj.children):
            return t.i      # "According to the budget documents, about ¥1tn would go …" (an amount)
    return end


#: entity labels of amounts, which no source is
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})


def _finding_matches(doc: Doc, token: Token, lex: Lexicon) -> list[QuoteMatch]:
    """ "In a CNN poll, 56 percent said …" / "Clinton leads by 5 points in the latest survey": a
    poll, survey or study (the lexicon's ``finding_nouns``) in which a whole clause is set is its
    source; the content is the rest of the sentence. Only at the sentence's start or end."""
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.finding_nouns or token.head.pos_ not in ("VERB", "AUX"):
        return []
    sent = token.sent
    p_end = obj.right_edge.i + 1
    lead = doc[sent.start:token.i]
    tail = doc[p_end:sent.end]
    if all(t.is_punct or t.is_space for t in lead):
        content = _trim(doc, p_end, sent.end)
    elif all(t.is_punct or t.is_space for t in tail):
        # (the clause the poll measures, not what frames it: "Pundits are shocked that Trump is
        # leading in the polls")
        clause = _measured_clause(token)
        content = _trim(doc, sent.start if clause is None else clause, token.i)
    elif (clause := _measured_clause(token)) is not None:
        content = _trim(doc, clause, token.i)   # "…, as Clinton continues to lead in polls despite …"
    else:
        return []
    if content is None or content[1] - content[0] < 12:
        return []
    return [_match(doc, "indirect", content, "in", _cue_span(token), obj, sent)]


#: common nouns of people whose view "For X, …" gives ("For many voters, …")
_HOLDER_NOUNS = frozenset({"voter", "supporter", "critic", "resident", "investor", "economist", "analyst",
                           "member", "worker", "family", "parent", "people", "citizen", "conservative",
                           "liberal", "progressive", "activist", "donor", "fan", "observer", "expert"})


def _perspective_matches(doc: Doc, token: Token) -> list[QuoteMatch]:
    """'For Mr. Trump, doing things bigger than most has been a guiding principle', 'For many
    voters, a Sanders victory is anathema': a sentence opened by "for" and someone who can hold a
    view, set off by a comma, gives that holder's view (PolNeAR attributes it; the speech scope
    does not, as nobody says it)."""
    sent = token.sent
    first = sent.start
    while first < token.i and (doc[first].is_punct or doc[first].is_space or doc[first].lower_ in ("but", "and")):
        first += 1
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if first != token.i or obj is None or obj.ent_type_ in ("DATE", "TIME") or _time_noun(obj):
        return []
    if not (obj.ent_type_ in _SOURCE_TYPES or _can_speak(obj) or obj.pos_ == "PRON" and obj.lower_ in ("him", "her", "them")
            or obj.lemma_.lower() in _HOLDER_NOUNS or obj.lower_ in actor_rules()["group_nouns"]):
        return []
    comma = obj.right_edge.i + 1
    if comma >= sent.end or doc[comma].text != ",":
        return []
    content = _trim(doc, comma + 1, sent.end)
    if content is None or content[1] - content[0] < 12 or not any(
            t.pos_ in ("VERB", "AUX") for t in doc[comma + 1:sent.end]):
        return []
    return [_match(doc, "indirect", content, "for", _cue_span(token), obj, sent)]


def _measured_clause(prep: Token) -> int | None:
    """Where the clause starts that a poll's "in" ends inside a sentence ("Cruz came in second in
    January polls, although …", "as Clinton continues to lead in polls despite …"): at its verb's
    subject (through "continues to" and the like), with nothing between the verb and "in" but its
    own words; else None."""
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > prep.i or subject.pos_ == "PRON" and subject.tag_ in ("WDT", "WP"):
        return None
    first = subject.left_edge.i
    if any(t.is_punct and t.text not in ("-", "'", "’") for t in prep.doc[first:prep.i]):
        return None     # not across a comma or a dash: the measured clause is short and whole
    return first


# ---------------------------------------------------------------------------------------------
# quotations


def _quote_matches(doc: Doc, quotes: list[QuoteSpan], lex: Lexicon, found: list[QuoteMatch],
                   in_quote: list[int]) -> list[QuoteMatch]:
    """A match for each quotation that is reported content; scare quotes and titles are skipped."""
    out: list[QuoteMatch] = []
    text = doc_text(doc)
    last: QuoteMatch | None = None       # the latest quotation with a reporting clause and a speaker
    last_para = -1
    # paragraphs of a quotation that goes on in the next paragraph, with no reporting clause of
    # their own: the news convention puts the attribution in a later paragraph of the same quote
    # (“We have been clear. ¶ “If … met, there will be no obstacle,” the official said.)
    pending: list[tuple[QuoteSpan, tuple[int, int], Span]] = []
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        first_sent, last_sent = doc[span.start].sent, doc[span.end - 1].sent
        standalone = _standalone(text, q, first_sent, last_sent)
        verb = _nearest_cue(doc, first_sent, last_sent, span, lex, in_quote, fragment=not standalone)
        if pending and not _goes_on_in(text, pending[-1][0], q):
            out.extend(_unsigned(doc, pending, last))
            pending = []
        para_start = text.rfind("\n", 0, q.open) + 1
        para_end = text.find("\n", q.close)
        para_end = len(text) if para_end < 0 else para_end
        before = text[para_start:q.open].strip()
        whole_para = not before and not text[q.close:para_end].strip(_STRIP)
        content = (q.start, q.end)
        trimmed = _strip_span(text, *content)
        if trimmed is None or text[q.open - 1:q.open] == "=" or _is_name(text[slice(*trimmed)]):
            # markup attribute values (author="…") and names/identifiers are not speech
            continue
        if _opens_with_label(span):
            continue    # “WALLACE: …”: a quoted transcript line, its label is its speaker (colon rule)
        if span.start > 0 and nickname_at(doc, span.start - 1) is not None:
            continue    # 'Robert C. "Bobby" Scott': a nickname inside a name, said by no one
        if _after_so_called(doc, span):
            continue    # 'the so-called “two-speed alliance”': the writer's distance from a name
        dashed = _dash_speaker(doc, text, q)
        if dashed is not None:
            # “…” ― Name: a quotation signed with a dash (reader comments, epigraphs) is that
            # person's; it does not start a run of unsigned quotes for them
            out.append(_match(doc, "direct", trimmed, "—", dashed[1], dashed[0], first_sent))
            last = None
            continue
        if verb is None and not (last is not None and last_para == para_end) \
                and (named := _identified_after(doc, span, last_sent)) is not None:
            # “…” That was the message from X: named in the sentence after, as its maker
            cue_token, speaker = named
            out.extend(_match(doc, "direct", part, cue_token.lemma_.lower(), _cue_span(cue_token), speaker, sent)
                       for _, part, sent in pending)
            pending = []
            out.append(_match(doc, "direct", trimmed, cue_token.lemma_.lower(), _cue_span(cue_token),
                              speaker, first_sent))
            last, last_para = out[-1], para_end
            continue
        if q.continued and verb is None and not (last is not None and last_para == para_end):
            # (a quotation that opened in a paragraph whose speaker was named goes on as that
            # speaker's, below)
            pending.append((q, trimmed, first_sent))
            continue
        if verb is not None:
            speaker = _speaker(verb) if verb.pos_ != "PUNCT" else _colon_speaker(verb)
            kind = "direct" if standalone \
                and _naming_verb(span) is None and not (
                    verb.pos_ != "PUNCT" and _fragment_of(verb, span)) else "partial"
            if kind == "partial" and _is_title(span):
                continue
            if kind == "partial" and verb.pos_ != "PUNCT" and speaker is None and _unattributed_name(verb):
                continue    # 'a practice known as appealing “into the void”': a term, nobody's words
            if kind == "partial" and (
                    (_length(span) < 2 and not _is_content_of(verb, span))
                    or (span.root.dep_ == "dobj" and span.root.head.i == verb.i
                        and _naming_verb(span) is None and verb.lemma_.lower() not in lex.object)):
                # a one-word scare quote (a hyphenated word is one: “well-paid”), or a quoted
                # title as the verb's object ("read “X”"; but
                # "blamed “criminal gangs”" quotes what was blamed)
                continue
            cue = _cue_lemma(verb, lex) if verb.pos_ != "PUNCT" else ":"
            out.append(_match(doc, kind, trimmed, cue, _cue_span(verb), speaker, first_sent))
            if verb.pos_ == "PUNCT" and speaker is not None and speaker == _headline_name_on(verb):
                # the name alone, not the topic the parser hung on it
                name = _trim(doc, _line_start(verb), speaker.i + 1)
                if name is not None:
                    out[-1] = replace(out[-1], speaker_span=name)
            if pending:
                # the paragraphs before, of the same quotation: same speaker, same cue
                out[-1:-1] = [_match(doc, "direct", part, cue, _cue_span(verb), speaker, sent)
                              for _, part, sent in pending]
                pending = []
            if speaker is not None or verb.pos_ != "PUNCT":
                # (a reporting verb whose subject the parser missed still has a speaker, found
                # after scoring: "«…», Azerbaijan's envoy, X, told reporters. “…”")
                last, last_para = out[-1], para_end
        elif last is not None and (whole_para or (not before and len(span) >= 8)) \
                and para_start - last_para < 400 and last.speaker_head is not None:
            # a quote paragraph with no reporting clause continues the previous speaker's quote,
            # with the paragraphs of the same quotation before it, however short
            out.extend(_match(doc, "direct", part, None, None, doc[last.speaker_head], sent)
                       for _, part, sent in pending)
            pending = []
            out.append(_match(doc, "direct", trimmed, None, None, doc[last.speaker_head], first_sent))
            last_para = para_end
        elif last is not None and last_para == para_end \
                and before.endswith((".", "!", "?", "”", '"')) and standalone:
            # a quoted sentence right after "“…,” she said." in the same paragraph goes on with
            # that quote: same speaker, same cue (one attribution in two parts, as a split quote)
            out.append(_match(doc, "direct", trimmed, last.cue, last.cue_span,
                              doc[last.speaker_head] if last.speaker_head is not None else None, first_sent))
        if pending:
            # the quotation's last paragraph named no one: its earlier paragraphs go as it went
            out.extend(_unsigned(doc, pending, last))
            pending = []
    if pending:
        out.extend(_unsigned(doc, pending, last))
    return out


#: nouns for what a quotation was, in the sentence that names its speaker after it ("That was
#: the message from Senator X", "The admission came from Y", "Z made the remarks")
_QUOTED_AS = frozenset({
    "message", "words", "word", "assessment", "admission", "warning", "verdict", "response", "reply",
    "answer", "retort", "remark", "remarks", "comment", "comments", "line", "accusation", "charge",
    "complaint", "criticism", "plea", "appeal", "prediction", "promise", "pledge", "view", "case",
    "point", "argument", "reaction", "rebuke", "rejoinder", "challenge", "confession", "claim",
    "sentiment", "assurance", "observation", "conclusion", "judgment", "judgement"})

#: the determiners and pronouns that point back at a quotation ("That was …", "that verdict")
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})

#: prepositions of a complement that makes "the case", "the point" an argument of its own, not
#: the quotation's ("made the case for Clinton")
_COMPLEMENTS = frozenset({"for", "of", "about", "on", "against", "to", "that"})

#: verbs with which a speaker is named as the maker of what was quoted ("made the remarks",
#: "delivered that verdict", "offered that assessment", "put it")
_UTTERED_BY = frozenset({"make", "deliver", "offer", "give", "issue", "voice", "sound", "put",
                         "express", "strike", "draw"})


def _identified_after(doc: Doc, span: Span, last: Span) -> tuple[Token, Token] | None:
    """(cue, speaker) of a quotation that names nobody in its own sentences and is named in the
    next one, the feature writer's turn: "“We will not back down.” That was the message from
    Senator X on Tuesday", "… ¶ The admission came from Y, a former minister", "Z, the minister,
    made the remarks at …", "That was how W put it", "The words were those of V". Only a
    quotation that ends its sentence, and only the next sentence's main clause."""
    if last.end >= len(doc) or not all(t.is_punct or t.is_space or t.text in _MARKS for t in doc[span.end:last.end]):
        return None
    nxt = doc[last.end].sent
    root = nxt.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None

    def pointing(noun: Token) -> bool:
        # the quotation's noun, pointing back: "That", "This", "The admission", "that assessment"
        return noun.lower_ in _DEMONSTRATIVES or noun.lemma_.lower() in _QUOTED_AS and any(
            c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in _DEMONSTRATIVES) for c in noun.children)

    def from_whom(noun: Token) -> Token | None:
        # (not the one it did not come from: "came not from the opposition but from …")
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")
                     and c.doc[c.i - 1].lower_ != "not"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return obj if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                           or _speaking_word(obj)) else None

    lemma = root.lemma_.lower()
    if pointing(subj) and lemma == "come" and (who := from_whom(root)) is not None:
        return (subj if subj.lower_ not in _DEMONSTRATIVES else root), who
    if pointing(subj) and lemma == "be":
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        if attr is not None and (attr.lemma_.lower() in _QUOTED_AS or attr.lower_ == "those") \
                and (who := from_whom(attr)) is not None:
            # "the message from X"; "The words were those of X"
            return (attr if attr.lower_ != "those" else subj if subj.lower_ in _QUOTED_AS else root), who
        how = next((c for c in root.children if c.dep_ in ("ccomp", "advcl", "attr") and c.lemma_.lower() in _UTTERED_BY
                    and any(g.dep_ == "advmod" and g.lower_ == "how" for g in c.children)), None)
        if how is not None and (who := next((c for c in how.children if c.dep_ == "nsubj"), None)) is not None:
            return how, who     # "That was how X put it"
    if lemma in _UTTERED_BY and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON" or _speaking_word(subj)):
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        dets = {c.lower_ for c in obj.children if c.dep_ == "det"} if obj is not None else set()
        if obj is not None and obj.lemma_.lower() in _QUOTED_AS and (
                dets & _DEMONSTRATIVES or "the" in dets and not any(
                    c.dep_ in ("acl", "relcl", "ccomp") or c.dep_ == "prep" and c.lower_ in _COMPLEMENTS
                    for c in obj.children)):
            # "X delivered that verdict", "Y made the remarks at a briefing" (not "made the case
            # for Clinton", an argument of its own)
            return root, subj
    return None


def _goes_on_in(text: str, before: QuoteSpan, q: QuoteSpan) -> bool:
    """True when ``q`` opens the paragraph right after the one ``before`` (a continued quotation)
    ends in."""
    return before.continued and not text[before.close:q.open].strip()


def _unsigned(doc: Doc, pending: list[tuple[QuoteSpan, tuple[int, int], Span]],
              last: QuoteMatch | None) -> list[QuoteMatch]:
    """Continued quotation paragraphs whose quotation nobody signed: the previous speaker's, as any
    quote paragraph without a reporting clause (none when there is none)."""
    if last is None or last.speaker_head is None:
        return []
    # as for any paragraph without a reporting clause, a few words ("(CROSSTALK.)") are no quote
    return [_match(doc, "direct", part, None, None, doc[last.speaker_head], sent) for _, part, sent in pending
            if (span := doc.char_span(*part, alignment_mode="expand")) is not None and len(span) >= 8]


_DASH_SIGN = re.compile(r"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*(?=\w)")


def _dash_speaker(doc: Doc, text: str, q: QuoteSpan) -> tuple[Token, tuple[int, int]] | None:
    """The signer of a quotation that opens its line and is followed by a dash and a name
    (“…” ― Sonya Herridge): the name's head and the dash's offsets, else None."""
    sign = _DASH_SIGN.match(text, q.close)
    if sign is None or q.close == q.end or text[text.rfind("\n", 0, q.open) + 1:q.open].strip(_STRIP):
        return None
    span = doc.char_span(sign.end(), sign.end() + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    if not (first.pos_ == "PROPN" or first.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    head = first
    while head.head.i > head.i and head.head.pos_ in ("PROPN", "NOUN") \
            and not any("\n" in t.text for t in doc[head.i:head.head.i]):
        head = head.head
    return head, sign.span(1)


def _is_name(content: str) -> bool:
    """A handle, hashtag or number rather than words: "@realDonaldTrump", "1470067200"; a
    hyphenated word is a word ("hostage-taking")."""
    return " " not in content and not _WORD_RE.fullmatch(content) and not content.istitle()


#: one word, hyphenated or with an apostrophe ("hostage-taking", "nation's")
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _is_title(span: Span) -> bool:
    """A short Title Case phrase in quotes is a name (a show, a book, a slogan), not a partial
    quote: “The Lead with Jake Tapper”."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or len(span) > 8:
        return False
    return all(t.text[0].isupper() or t.is_stop for t in words) and words[0].text[0].isupper()


def _strip_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``[s, e)`` without the punctuation and marks around it; a quotation nested at either edge
    keeps its own mark ("… what they are protecting is ‘their own market’")."""
    start, end = s, e
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    if s < e:
        opens, closes = _single_marks(text[s:e])
        if opens > closes:
            close = next((k for k in range(e, end) if text[k] in "’'"), None)
            if close is not None:
                e = close + 1       # the nested quotation's closing mark
        elif closes > opens and start < s and text[s - 1] in "‘'":
            s -= 1                  # its opening mark
    return (s, e) if e - s >= 2 else None


#: single quotation marks opening (at a word's start) and closing (after a word, not before a
#: letter: "Britain’s" and "it's" are apostrophes)
_SINGLE_OPEN = re.compile(r"‘|(?:^|(?<=[\s“\"(—-]))'(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?!\w)")


def _single_marks(words: str) -> tuple[int, int]:
    """How many single quotation marks open and close in ``words``."""
    return len(_SINGLE_OPEN.findall(words)), len(_SINGLE_CLOSE.findall(words))


_SENTENCE_END = re.compile(r"(?:^|\s)[a-z]{3,}[.!?]$")


def _standalone(text: str, q: QuoteSpan, first: Span, last: Span) -> bool:
    """A quote is direct when, in its sentence, it is set off by nothing but a reporting clause:
    it starts the sentence or follows a colon or comma, and ends it or is followed by a comma."""
    lead = text[first.start_char:q.open].rstrip()
    trail = text[q.close:last.end_char].lstrip()
    # (or after a quoted sentence and its reporting clause the parser did not split off: '“…,”
    # Kallas wrote on X. “We will …'; not after an abbreviation: 'saying the U.S. “does not …')
    starts = not lead or lead[-1] in ":," or lead[-1] in ".!?" and any(c in lead for c in "”\"»") \
        or _SENTENCE_END.search(lead) is not None
    # (or after a sentence the parser did not split off, ended by a full stop after a lower-case
    # word, which no abbreviation is: "… a conversation with a whip earlier today. “The chief …")
    # (a comma inside a nested quotation's close counts: "… said, 'This is a matter,'" the MP said)
    ends = not trail or trail[0] in ",.!?;—–" \
        or text[max(q.start, q.end - 4):q.end].rstrip("'’\"”»›")[-1:] in (",", ".", "!", "?")
    if not starts and text[q.start:q.start + 1].isupper() and lead.endswith((" said", " says")):
        starts = True
    return starts and ends


def _length(span: Span) -> int:
    """Tokens in ``span``, a hyphenated word counting as one ("well-paid": three tokens, one)."""
    joined = sum(1 for t in span[1:-1] if t.text == "-" and not t.whitespace_
                 and not t.doc[t.i - 1].whitespace_)
    return len(span) - 2 * joined


def _is_content_of(verb: Token, span: Span) -> bool:
    """True when the quoted words hang from the verb (at most two steps down), or name something
    for it (:func:`_naming_verb`: "rejected the accusations as “baseless”")."""
    if any(t.head.i == verb.i or t.head.head.i == verb.i for t in span):
        return True
    named = _naming_verb(span)
    return named is not None and named.i == verb.i


CUE_WINDOW = 80


#: verbs whose object is the one asked to do what their infinitive says ("urged X to …")
_OBJECT_CONTROL = frozenset({"urge", "press", "ask", "tell", "encourage", "advise", "warn", "order", "invite",
                             "challenge", "implore", "exhort", "beg"})   # (not "push", "call": "pushed dirt to …")

#: verbs of appeal whose bare participle in a headline is a passive ("Allies Urged to …",
#: "Britain Pressured to …"): the object-control verbs and the appeals without one
_APPEALED = _OBJECT_CONTROL | {"call", "push", "pressure"}

#: verbs that deny a deed named by a gerund ("denied sending troops")
_DENYING = frozenset({"deny"})


#: verbs of finding fault, whose "for" names the deed the speaker charges ("blamed Kyiv for
#: shelling the plant", "criticised the ministry for failing to …")
_FAULTING = frozenset({"blame", "criticise", "criticize"})


def _speech_preposition(lemma: str, prep: Token) -> bool:
    """True for a preposition whose object the speech scope reports too (beyond "as"): the deed
    one is accused of, blamed or criticised for, as a gerund ("accused Kyiv of planning an attack":
    what Moscow claims Kyiv does), and what one calls for ("called for an independent investigation", a demand as "urged
    … to" is)."""
    word = prep.lower_
    if word == "of" and lemma == "accuse" or word == "against" and lemma == "warn" \
            or word == "for" and lemma in _FAULTING:
        # (and a warning against a deed: "warned speculators against betting on a collapse"; a
        # deed blamed: "blamed the army's allies for prolonging the war")
        return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)
    return word == "for" and lemma == "call"


def _in_later_relative(verb: Token, span: Span) -> bool:
    """True for a verb inside a relative clause or a participle modifying a noun after ``span``:
    'sent to a “return hub” in a country with which the EU has concluded an agreement', 'the “loss
    and damage” fund, which has paid out a fraction of the sums pledged' (what was concluded or
    pledged is not the quoted words)."""
    for t in (verb, *verb.ancestors):
        if t.dep_ in ("relcl", "acl") and t.head.i >= span.end:
            return True
        if t.i < span.end or t.left_edge.i < span.end:
            return False
    return False


def _nearest_cue(doc: Doc, first: Span, last: Span, span: Span, lex: Lexicon,
                 in_quote: list[int], fragment: bool = False) -> Token | None:
    """The cue of a quotation: the verb it is an argument of (:func:`_governing_cue`), else the
    reporting verb nearest to it, outside any quotation, in the sentences it touches, else a colon
    introducing it after a speaker's name, a paragraph ending in a colon just above it
    (:func:`_introducing_line`) or a short reporting clause split off after it
    (:func:`_trailing_cue`). A quoted ``fragment`` inside a sentence takes no verb of a relative
    clause after it (:func:`_in_later_relative`)."""
    governor = _governing_cue(span, lex, in_quote)
    if governor is not None:
        if governor.i < span.start and _quote_root(span).head.i == governor.i \
                and (signed := _signed_by_own_clause(span, lex, in_quote)) is not None:
            # "Moscow denies — “why …?” asked Dunn": a quotation set off by a dash and signed
            # right after is its own clause's (not "Feinstein said “…,” she said": one speaker)
            return signed
        return governor
    best: Token | None = None
    best_dist = 10**9
    lemmas = lex.clause
    # only the tokens around the quotation (never inside it), at most CUE_WINDOW on each side: the
    # nearest cue is close by, and a bounded window keeps thousands of quotes in one run linear
    before = range(max(first.start, span.start - CUE_WINDOW), span.start)
    after = range(span.end, min(last.end, span.end + CUE_WINDOW))
    for i in (*before, *after):
        if in_quote[i] >= 0:
            continue
        token = doc[i]
        if i >= span.end and fragment and _in_later_relative(token, span):
            continue
        if (_cue_lemma(token, lex) in lemmas or _names_right_before(token, span)) and token.pos_ in ("VERB", "AUX") \
                and not (i >= span.end and _describes_quoted(token, span)) and not _thing_done(token, span, lex):
            # (not a verb of a clause describing the quoted words: "harbouring “extremists and
            # terrorists” who threaten India's unity")
            dist = span.start - i if i < span.start else i - span.end
            if dist < best_dist:
                best, best_dist = token, dist
    if best is None and span.start >= 2:
        colon = doc[span.start - 2] if doc[span.start - 1].text in _MARKS else doc[span.start - 1]
        if colon.text == ":" and any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "nsubj" and _can_speak(t)
                                     for t in doc[colon.sent.start:colon.i]):
            # (or one who can speak as the subject: "The chancellor was blunt: “…”")
            best = colon
    if best is None:
        best = _introducing_line(doc, span, lemmas, in_quote) or _trailing_cue(doc, span, last, lemmas)
    return best


#: verbs of finding and perceiving, reporting a view with a clause ("found that …") and none with
#: a plain object ("find a way", "see the efforts")
_PERCEIVING = frozenset({"find", "see", "show", "know", "learn", "discover", "understand", "recognise",
                         "recognize", "realise", "realize", "prove", "notice", "hear", "watch"})

#: verbs with a plain object that is no quotation's content: finding and perceiving, and adding a
#: thing ("an amendment that would add a reference to “all parties”")
_THING_VERBS = _PERCEIVING | {"add"}


#: conjunctions of a circumstance the narrator adds after what was asked ("…, as the two ministers met")
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "because"})

#: conjunctions of a clause of time or cause under which the parser may hang the main subject's
#: participle (:func:`_past_subordinate`)
_SUBORDINATE_MARKS = _CIRCUMSTANCE_MARKS | {"once"}


def _circumstance_at(comp: Token, in_quote: Sequence[int] = ()) -> int | None:
    """Where a circumstance clause set off by a comma after an infinitive's content starts, when it
    has a subject of its own: "urged China to lift its ban on seafood imports, as the two countries'
    foreign ministers met for the first time in a year" (the meeting is narrated, not asked); not
    inside a quotation, whose words are the speaker's ("“broken down by polling station, as
    Venezuelan law requires”"). Also where a finite verb joined to the bare infinitive starts the
    subject's next act ("refused to recognise the results and called on supporters to rally")."""
    for c in comp.children:
        if c.dep_ == "advcl" and c.i > comp.i and (mark := c.left_edge).dep_ == "mark" \
                and mark.text.lower() in _CIRCUMSTANCE_MARKS and _after_comma(mark) and not _quoted(mark, in_quote) \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return mark.i - 1
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > comp.i and _after_comma(c) and not _quoted(c, in_quote) \
                and _speaks_with(c):
            return c.i - 1
        if c.dep_ == "conj" and c.i > comp.i and comp.tag_ == "VB" and c.tag_ in ("VBD", "VBZ") \
                and not _quoted(c, in_quote):
            # "refused to recognise the results and called on supporters to rally": a finite verb
            # is the subject's next act, no part of the infinitive (which is bare: "to recognise")
            cc = next((g for g in comp.children if g.dep_ == "cc" and comp.i < g.i < c.i), None)
            return cc.i if cc is not None else c.i
    return None


def _names_right_before(verb: Token, span: Span) -> bool:
    """True for a verb of naming whose object ends right before the quotation ("calling the
    panel's findings “disconnected from reality”", however the parser hung the quoted words)."""
    if verb.lemma_.lower() not in _NAMING_LEMMAS or verb.i > span.start:
        return False
    return any(c.dep_ in ("dobj", "oprd") and (span.start - 2 <= c.right_edge.i < span.start
                                               or span.start - 2 <= c.i < span.start)
               for c in verb.children)


def _speaks_with(prep: Token) -> bool:
    """True for "with X saying …": an absolute clause in which another speaker says something
    ("urged the Commission to appeal, with France's industry minister calling the findings …")."""
    lex = load_lexicon()
    return any(o.dep_ == "pobj" and _speaker_noun(o)
               and any(v.dep_ in ("acl", "advcl") and v.tag_ == "VBG" and v.lemma_.lower() in lex.lemmas
                       for v in o.children) for o in prep.children)


def _thing_done(token: Token, span: Span, lex: Lexicon) -> bool:
    """True for a verb of finding, perceiving or adding (:data:`_THING_VERBS`) used with a plain
    object outside the quotation and no clause ("to find a way to send the money “…”", "see the
    efforts of officers who, “…”", "add a reference to “all parties”"): no
    cue of the quotation (a verb of saying with an object is: "said things such as “…”")."""
    lemma = token.lemma_.lower()
    if lemma not in _THING_VERBS or lemma in lex.object or any(
            c.dep_ in ("ccomp", "xcomp", "csubj", "parataxis") for c in token.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not span.start <= c.i < span.end
               for c in token.children)


def _describes_quoted(token: Token, span: Span) -> bool:
    """True for a verb in a relative or participial clause that hangs from quoted words that are
    a phrase, not a clause ("harbouring “extremists and terrorists” who threaten India's unity")."""
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    child = token
    for _ in range(4):
        head = child.head
        if head.i == child.i:
            return False
        if span.start <= head.i < span.end:
            return child.dep_ in ("relcl", "acl")
        child = head
    return False


def _quotation_of(token: Token, in_quote: Sequence[int]) -> Span:
    """The words of the quotation holding ``token`` (``in_quote[token.i] >= 0``)."""
    n, start, end = in_quote[token.i], token.i, token.i + 1
    while start > 0 and in_quote[start - 1] == n:
        start -= 1
    while end < len(in_quote) and in_quote[end] == n:
        end += 1
    return token.doc[start:end]


def _quoted_for_another(verb: Token, comp: Token, lex: Lexicon, in_quote: Sequence[int]) -> bool:
    """True when an inverted reporting verb signs a quotation that the parser made the complement
    of another reporting verb inside ``comp`` ("Researchers believe, but Moscow denies — “why
    …?” asked Dunn": Dunn asked the question; what Moscow denies is not his), so ``comp`` is not
    what the verb reports; not when the quotation is part of the clause it signs ("America needs
    leaders “who understand …,” Clinton said")."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    j = (subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i) - 1
    while j >= 0 and doc[j].text in _MARKS and in_quote[j] < 0:
        j -= 1
    if j < 0 or in_quote[j] < 0 or in_quote[comp.i] >= 0:
        return False
    quoted = _quotation_of(doc[j], in_quote)
    signed = _signed_by_own_clause(quoted, lex, in_quote)
    if signed is None or signed.i != verb.i or comp.left_edge.i >= quoted.start:
        return False
    root = _quote_root(quoted)
    gov = root.head
    return gov.i != root.i and gov.i != verb.i and in_quote[gov.i] < 0 and gov.pos_ == "VERB" \
        and gov.lemma_.lower() in lex.clause and root.dep_ in ("ccomp", "xcomp") \
        and comp.left_edge.i <= gov.i < quoted.start


def _signed_by_own_clause(span: Span, lex: Lexicon, in_quote: Sequence[int]) -> Token | None:
    """The reporting verb that signs quoted words set off by a dash ("… denies — “why …?” asked
    Dunn"), whatever verb the parser made them the complement of; None otherwise."""
    return _signed_right_after(span, lex, in_quote) if _set_off_by_dash(span) else None


def _set_off_by_dash(span: Span) -> bool:
    """True for quoted words whose opening mark follows a dash ("… denies — “why …?”")."""
    i = span.start - 1
    while i >= 0 and span.doc[i].text in _MARKS:
        i -= 1
    return i >= 0 and i < span.start - 1 and span.doc[i].text in _DASHES


_DASHES = frozenset({"—", "–", "--", "-"})


def _signed_right_after(span: Span, lex: Lexicon, in_quote: Sequence[int]) -> Token | None:
    """The reporting clause right after a quotation whose words end in a comma, a question or an
    exclamation mark inside its marks: "“…, why wouldn't you want to?” asked Dunn", "“…,” the
    minister said". That clause is its cue, whatever the parser hung the quoted words on (a verb
    before the quotation: "Moscow denies — “why …?” asked Dunn")."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    if not words or words[-1].text not in (",", "?", "!"):
        return None
    i = span.end
    while i < len(doc) and i < span.end + 3 and doc[i].text in _MARKS:
        i += 1
    if i == span.end or i >= len(doc) or "\n" in doc[i - 1].whitespace_ or doc[i].is_space \
            or doc[i].is_sent_start:
        return None     # no closing mark right after the words, or a new line or sentence ("…!” She replied)
    for verb in doc[i:min(len(doc), i + 6)]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.clause or in_quote[verb.i] >= 0:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        # inverted ("asked Dunn") or the subject's words alone between the mark and the verb
        if subject.i > verb.i and verb.i == i or subject.i < verb.i and subject.left_edge.i == i \
                and subject.right_edge.i == verb.i - 1:
            return verb
        return None
    return None


def _second_that_clause(root: Token, lex: Lexicon, in_quote: list[int]) -> Token | None:
    """The reporting verb of a that-clause joined to its first complement ("He said the minister
    had told the meeting, ‘…,’ and that the union would “hold him to every word.”": said, not the
    nearer "told"), when ``root`` is that clause's verb; else None."""
    if root.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        return None
    first = root
    for _ in range(4):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    verb = first.head
    if first.dep_ == "ccomp" and verb.i != first.i and verb.pos_ == "VERB" and in_quote[verb.i] < 0 \
            and verb.lemma_.lower() in lex.clause:
        return verb
    return None


def _governing_cue(span: Span, lex: Lexicon, in_quote: list[int]) -> Token | None:
    """The verb a quoted fragment is an argument of, when the parse says so: the verb it names
    something for (:func:`_naming_verb`) or a cue verb it is the complement of. That verb is the
    cue even when another reporting verb stands nearer ("She called the arrangement, in which
    Europeans learn of …, “simply not sustainable”")."""
    verb = _naming_verb(span)
    if verb is not None:
        return verb if in_quote[verb.i] < 0 else None
    root = _quote_root(span)
    if (second := _second_that_clause(root, lex, in_quote)) is not None:
        return second
    head = root.head
    while root.dep_ == "xcomp" and head.dep_ == "pcomp" and head.tag_ == "VBG" and in_quote[head.i] < 0:
        # "accused Egypt of trying to “destabilise the region”": the gerund's preposition is the cue's
        root, head = head, head.head
    if head.i == root.i or in_quote[head.i] >= 0:
        return None
    gerund = head
    for _ in range(3):
        if gerund.dep_ != "xcomp" or gerund.head.i == gerund.i:
            break
        gerund = gerund.head    # "accused Egypt of trying to impose “colonial-era water quotas”"
    if (accuser := _charging_verb(gerund, lex)) is not None and accuser.pos_ == "VERB" and in_quote[accuser.i] < 0:
        # "accused Israel of violating the ceasefire “hundreds of times”": the accusation's words
        return accuser
    if head.pos_ == "VERB" and root.dep_ in ("ccomp", "xcomp", "attr", "acomp") \
            and head.lemma_.lower() in lex.lemmas:
        return _silent_reporter(head, span, lex, in_quote) or head
    if head.pos_ == "VERB" and root.dep_ == "dobj" and head.lemma_.lower() in lex.object and len(span) >= 3:
        return head     # "blamed “criminal gangs directed from Belgrade” for the shooting"
    if head.pos_ == "VERB" and root.dep_ == "dobj" and head.lemma_.lower() in _NAMING_LEMMAS \
            and any(c.dep_ == "det" and c.i < span.start for c in root.children) \
            and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children):
        # "…, a move critics at home called a “humiliation”": what the move is called, whose noun
        # the parser lost ("a move" read as the subject's modifier, the act before as the
        # verb's clause); not "call a “special meeting”"
        return head
    if root.dep_ in ("pobj", "pcomp") or root.dep_ == "amod" and head.text.lower() == "as":
        verb = head.head
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            verb = verb.head    # "accused the island's leaders of “selling out …”": "of" on the object
        prep = head.text.lower()
        if head.dep_ == "prep" and verb.pos_ == "VERB" and in_quote[verb.i] < 0 and (
                prep in lex.preposition.get(verb.lemma_.lower(), ())
                or prep == "to" and verb.lemma_.lower() in lex.infinitive and span[0].tag_ in ("VB", "NN")):
            # "accused Brussels of “double standards,” pointing to …": not the nearer verb; "rejected
            # as “baseless”" (the parser may hang the adjective from "as" itself); "urged Beijing to
            # “exercise restraint”" (the infinitive read as the object of "to")
            return verb
    naming = next((t for t in reversed(span.doc[max(0, span.start - 8):span.start])
                   if t.pos_ == "VERB" and in_quote[t.i] < 0 and _names_right_before(t, span)), None)
    return naming or _clause_cue(span, lex, in_quote)


def _silent_reporter(governor: Token, span: Span, lex: Lexicon, in_quote: list[int]) -> Token | None:
    """A reporting verb without words of its own, set inside the clause the parser hung a quotation
    from, right before that quotation: "The spot concludes with footage of Trump saying during
    the debate, “That makes me smart”" (the parser makes the quotation what the spot concludes;
    Trump's "saying" is its cue). Only the verb's own phrase and punctuation may stand between it
    and the quotation, it has no clause, object or topic of its own (an addressee of "tell" aside), and
    its speaker is its own subject, or it hangs from the governor itself ("Trump said before
    adding: “…”"). A speaker found further up is not trusted: in "Gore insisted it was premature
    to back her, while adding, “…”" the parser hangs "adding" from "was", whose subject is "it"."""
    doc = span.doc
    j = span.start - 1
    while j > governor.i and (doc[j].is_punct or doc[j].pos_ == "PUNCT" or doc[j].is_space):
        j -= 1
    for token in doc[governor.i + 1:j + 1]:
        if token.pos_ != "VERB" or in_quote[token.i] >= 0 or token.lemma_.lower() not in lex.clause:
            continue
        if not (governor.left_edge.i <= token.i and token.right_edge.i == j):
            continue
        speaker = _speaker(token)
        if speaker is None or (speaker.head.i != token.i and token.head.i != governor.i) or _says_object(token) \
                or any(c.dep_ in ("ccomp", "xcomp", "csubj") or (c.dep_ == "prep" and c.text.lower() in _TOPIC_PREPS)
                       for c in token.children):
            continue
        return token
    return None


#: prepositions whose object is what a reporting verb is about ("complains about a microphone")
_TOPIC_PREPS = frozenset({"about", "of", "on", "over", "against", "for"})


def _clause_cue(span: Span, lex: Lexicon, in_quote: list[int]) -> Token | None:
    """The reporting verb before a quoted fragment whose clausal complement holds it ("the
    senator acknowledged that there are still “some people” who feel that way, “but not among
    the vast majority”": acknowledged, not the nearer "feel" of a relative clause), or whose
    infinitive does ("called on security forces to stop “the brutal repression” and urged …")."""
    token = _quote_root(span)
    for _ in range(8):
        head = token.head
        if head.i == token.i or in_quote[head.i] >= 0:
            return None
        if token.dep_ == "ccomp" and head.pos_ == "VERB" and head.i < span.start \
                and head.lemma_.lower() in lex.clause:
            return head
        if token.dep_ in ("xcomp", "advcl") and to_infinitive(token) and head.pos_ == "VERB" \
                and head.i < span.start and head.lemma_.lower() in lex.infinitive and any(
                    c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.text.lower() in ("on", "upon")
                    for c in head.children if c.i < token.i):
            return head     # a request made of someone: "called on security forces to stop “the brutal repression”"
        token = head
    return None


def _fragment_of(verb: Token, span: Span) -> bool:
    """True when a quotation is a part of the clause a reporting verb reports, not that whole
    clause: its words hang below the verb's clausal complement."""
    words = [t for t in span if not (t.is_punct or t.pos_ == "PUNCT" or t.is_space)]
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return bool(words) and comp is not None and not span.start <= comp.i < span.end \
        and comp.left_edge.i <= words[0].i and words[-1].i <= comp.right_edge.i


def _naming_verb(span: Span) -> Token | None:
    """The verb of which a quotation is what something is called, not what was said on its own:
    its object predicate ("calling it, …, “a mistake”", also parsed as a second object, "calling
    the suspension “a door …”") or the object of its "as", which may hang from the verb's object
    ("rejected the accusations as “baseless”"), or, after a verb of naming, an apposition to its
    object ("called the Hungarian position «a gift to the Kremlin»"). None for any other
    quotation."""
    root = _quote_root(span)
    while root.dep_ == "conj" and root.head.i < span.start and root.head.dep_ == "oprd" \
            and root.head.head.lemma_.lower() in _NAMING_LEMMAS:
        root = root.head    # the second of two names: 'called the veto “short-sighted” and “unworthy …”'
    head = root.head
    if head.i == root.i:
        return None
    modifier = root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i >= span.end
    if modifier:
        # the quoted words that modify what something is called: 'what it called a “dangerous and
        # unlawful” attack', 'called the plan a “deeply flawed” deal'
        root, head = head, head.head
        if head.i == root.i:
            return None
    if root.dep_ == "pobj" and head.text.lower() == "as" and head.head.i != head.i:
        verb = head.head.head if head.head.dep_ == "dobj" else head.head
    elif root.dep_ == "oprd" or (root.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c.i < root.i for c in head.children)
            and not (head.dep_ == "pcomp" and head.lemma_.lower() not in _NAMING_LEMMAS)):
        verb = head  # (not a gerund's second object: "accused Israel of violating the ceasefire
        #            “hundreds of times”", an adverbial the parser read as one)
    elif root.dep_ == "appos" and head.dep_ == "dobj" and head.i == span.start - 2 \
            and head.head.lemma_.lower() in _NAMING_LEMMAS:
        verb = head.head
    else:
        return None
    if modifier and verb.lemma_.lower() not in _NAMING_LEMMAS:
        return None
    return verb if verb.pos_ == "VERB" else None


def _unattributed_name(verb: Token) -> bool:
    """True for a passive verb of naming with no one doing the naming: "a practice known as
    “appealing into the void”", "what is called “…”"."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING_LEMMAS | {"know"} \
        and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)) \
        and not any(c.dep_ == "agent" for c in verb.children)


#: verbs whose object's apposition is what it is called ("called the plan «a gift»")
_NAMING_LEMMAS = frozenset({"call", "brand", "label", "dub", "term", "deem", "name", "describe"})


def _quote_root(span: Span) -> Token:
    """The root of a quotation's words, or the closing mark right after them when the parser made
    that mark the head ("called it «a gift»." with "»" as the object predicate), or the noun before a
    preposition the parser took out of the phrase."""
    root = span.root
    head = root.head
    if head.i == span.end and head.text in _MARKS and head.head.i != head.i:
        return head
    if root.pos_ == "ADP":
        # the phrase's own noun when the parser hung its preposition from the verb outside ("called
        # for “self-restraint by all parties”": "by" as the verb's agent)
        noun = next((t for t in span[:root.i - span.start] if t.pos_ in ("NOUN", "PROPN", "PRON")
                     and not span.start <= t.head.i < span.end), None)
        if noun is not None:
            return noun
    return root


#: how far into the sentence after a quotation its split-off reporting verb may stand: "a
#: narrator in the Clinton ad asks" puts six words before it
TRAILING_WINDOW = 10


def _trailing_cue(doc: Doc, span: Span, last: Span, lemmas: frozenset[str]) -> Token | None:
    """The reporting verb of a short clause the parser set apart as the next sentence after a
    quotation ending in "?" or "!" (“How many times …?” / Clinton said.), on the same line. The
    verb reports nothing of its own: no clause, and no object but the person addressed
    (“…?” he asked reporters)."""
    if last.end >= len(doc) or not all(t.is_punct or t.text in _MARKS for t in doc[span.end:last.end]):
        return None
    nxt = doc[last.end].sent
    if "\n" in doc[span.end:nxt.start].text or "\n" in doc[last.end - 1].text_with_ws:
        return None
    for token in doc[nxt.start:min(nxt.end, nxt.start + TRAILING_WINDOW)]:
        # the clause's own verb, not one inside what it reports ("Mansour said Cairo would ask the
        # Security Council to …" after a quotation reports something else)
        if token.lemma_.lower() in lemmas and token.pos_ in ("VERB", "AUX") and _opens_clause(token, nxt) \
                and not _says_object(token) and not any(c.dep_ == "ccomp" for c in token.children):
            return token
    return None


def _opens_clause(verb: Token, sent: Span) -> bool:
    """True when ``verb`` is not inside what another verb of the sentence reports ("Mansour said
    Cairo would ask …"), or no other verb stands before it: the speaker's name and the verb ("she
    said, but Kevin was drifting off …", which the parser may hang from a later "said")."""
    return not _nested(verb) or not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start:verb.i])


def _introducing_line(doc: Doc, span: Span, lemmas: frozenset[str],
                      in_quote: list[int]) -> Token | None:
    """The cue of a paragraph ending in a colon that introduces the quotation opening the next
    one ("Caddell continued:" / "The New York Times reports:" then “…”): its last reporting verb,
    else its main verb when that has a subject ("Sanders made the following comment:")."""
    j = span.start - 1
    while j >= 0 and (doc[j].text in _MARKS or doc[j].is_space):
        j -= 1
    if j < 0 or doc[j].text != ":" or not any("\n" in t.text for t in doc[j + 1:span.start]):
        return None
    sent = doc[j].sent
    verbs = [t for t in doc[sent.start:j] if t.pos_ in ("VERB", "AUX") and in_quote[t.i] < 0]
    cues = [t for t in verbs if t.lemma_.lower() in lemmas]
    if cues:
        return cues[-1]
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and root.i < j and _speaker(root) is not None:
        return root
    return None


def _colon_speaker(colon: Token) -> Token | None:
    """Speaker of "Name: “…”" : the noun phrase just before the colon, or the subject of the
    clause whose object it is."""
    if (named := _headline_name_on(colon)) is not None:
        return named
    start = colon.sent.start
    skip_to = colon.i
    for i in range(colon.i - 1, start - 1, -1):
        token = colon.doc[i]
        if i >= skip_to:
            continue
        if token.pos_ in ("PROPN", "NOUN", "PRON") and (when := _when_or_where(token, start)) is not None:
            skip_to = when      # "Here is Clinton in December 1992: “…”": Clinton, not the date
            continue
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            head = token
            while head.head.i < colon.i and head.head.i >= start and head.head.i != head.i \
                    and head.head.pos_ in ("PROPN", "NOUN"):
                head = head.head
            while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN" \
                    and start <= head.head.head.i:
                head = head.head.head   # "added a message for his critics: “…”": the message's
            if head.dep_ in ("dobj", "attr") and head.pos_ in ("NOUN", "PRON") \
                    and head.head.pos_ in ("VERB", "AUX"):
                # the object of the clause before the colon is what was said, its subject says
                # it: "Hoff's letter makes a libertarian-style case: “…”"
                subj = _nearest_subject(head.head) or _speaker(head.head)
                if subj is not None and start <= subj.i < head.i and not any(
                        t.text in ("-", "—", "–", "―") for t in colon.doc[subj.i:colon.i]):
                    return subj
            # a noun inside a participle that describes the one speaking: "The EU's foreign policy
            # chief, speaking to reporters during the coffee break: “…”" (the chief, not the break)
            return next((a.head for a in head.ancestors if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
                         and a.head.pos_ in ("NOUN", "PROPN", "PRON") and start <= a.head.i < a.i), head)
    return None


def _when_or_where(token: Token, start: int) -> int | None:
    """The index of the preposition opening a time or a place that ``token`` ends ("in December
    1992", "at the rally", "in Iowa"), when a speaker stands before it in the sentence; else None."""
    head = token
    while head.dep_ in ("compound", "nummod", "amod") and head.head.i > head.i:
        head = head.head
    if head.dep_ == "npadvmod" and (head.ent_type_ in ("DATE", "TIME") or _time_noun(head)) \
            and head.left_edge.i > start:
        return head.left_edge.i     # "Mr. Carlisle answered an hour later: “…”"
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on", "during") \
            or prep.i <= start:
        return None
    if not (head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT") or _time_noun(head)):
        return None
    return prep.i if any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in token.doc[start:prep.i]) else None


# ---------------------------------------------------------------------------------------------
# clean-up


def _dedupe(doc: Doc, matches: list[QuoteMatch], quotes: list[QuoteSpan]) -> list[QuoteMatch]:
    """Drop repeats and matches nested in a direct or partial quote's content with the same cue; a
    content equal to a quotation becomes ``partial``; the rest is sorted by position."""
    text = doc_text(doc)  # Doc.text rebuilds the string on every access: read it once per doc
    quote_spans = {_strip_span(text, q.start, q.end) for q in quotes}
    direct = [m for m in matches if m.kind == "direct"]
    direct_spans = {(m.start, m.end) for m in direct}
    seen: set[tuple] = set()
    out: list[QuoteMatch] = []
    for m in sorted(matches, key=lambda m: (m.start, m.end, m.kind)):
        key = (m.start, m.end, m.speaker_span)
        if key in seen:
            continue
        if m.kind == "partial" and any(o.kind == "indirect" and o.start <= m.start
                                       and m.end <= o.end and o.cue_span == m.cue_span
                                       for o in matches):
            continue
        if m.kind == "indirect" and any(d.cue_span == m.cue_span and d is not m for d in direct):
            if (m.start, m.end) not in quote_spans or any(
                    d.cue_span == m.cue_span and d.start < m.end and m.start < d.end for d in direct):
                continue
            # the first half of a quotation split by its reporting clause, which the quotation
            # rules read as a fragment ("“… ‘Trust the clause,’” said X. “But …”"): direct too
            m = QuoteMatch("direct", *_fields(m)[1:])
        if m.kind == "indirect" and m.cue_span is not None and any(
                o.kind == "partial" and o.cue_span == m.cue_span and o.start <= m.start and m.end <= o.end
                and o.end - o.start > m.end - m.start for o in matches):
            continue    # 'urged “all parties to exercise restraint”': not also "to exercise restraint"
        if m.kind == "indirect" and (m.start, m.end) in direct_spans:
            continue    # a quotation is the words of its own cue's speaker, not also of the verb
            #             its clause hangs from ("he thinks of what his parents told him: “…”")
        if m.kind == "indirect" and (m.start, m.end) in quote_spans:
            m = QuoteMatch("partial", *_fields(m)[1:])
        seen.add(key)
        out.append(m)
    return out


def _fields(m: QuoteMatch) -> tuple:
    return (m.kind, m.start, m.end, m.cue, m.cue_span, m.speaker_span, m.speaker_head,
            m.sent_start, m.sent_end, m.split)
