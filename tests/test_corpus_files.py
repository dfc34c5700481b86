"""The bundled sample corpus and its gold: files pair up, offsets are exact, ids are well formed.

These checks need no model. Each check is a small pure function returning a list of problems, so
the negative cases at the end can show that a broken gold file is caught.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from faultline.model import PLOVER_TYPES, PRECISIONS, QUOTE_KINDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SAMPLE = CORPUS / "sample"
GOLD = CORPUS / "gold"

RELATIONS = (
    "negotiate-with", "pressure-on", "sanctions-on", "aid-to", "membership-of", "recognition-of",
    "military-action-against", "trade-with",
)
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_ACTOR_ID = rf"(?:[A-Z]{{3}}|[A-Z][A-Z0-9+\-]{{1,15}}|european-allies|person:{_SLUG}|org:{_SLUG})"
ACTOR_ID = re.compile(rf"^{_ACTOR_ID}$")
ISSUE_ID = re.compile(rf"^(?:(?:{'|'.join(RELATIONS)}):{_ACTOR_ID}|topic:{_SLUG})$")
QUOTE_ID = re.compile(r"^q[1-9][0-9]*$")
EVENT_ID = re.compile(r"^e[1-9][0-9]*$")
DATE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "quarter": re.compile(r"^\d{4}-Q[1-4]$"),
    "year": re.compile(r"^\d{4}$"),
}
OPENING, CLOSING = "“\"", "”\""


# --- loading -----------------------------------------------------------------------------------

def texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))}


def golds() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLD.glob("*.json")) if p.name != "CORPUS.json"}


def meta() -> list[dict[str, Any]]:
    lines = (SAMPLE / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_for(ref: str) -> dict[str, Any]:
    return json.loads((GOLD / ref.replace(".txt", ".json")).read_text(encoding="utf-8"))


REFS = sorted(texts())


# --- checks (pure: gold + text -> problems) ----------------------------------------------------

def offset_problems(gold: dict[str, Any], text: str) -> list[str]:
    """Every quote's and event's ``text`` is exactly ``text[start:end]``."""
    out = []
    for item in gold["quotes"] + gold["events"]:
        s, e = item["start"], item["end"]
        if not (0 <= s < e <= len(text)):
            out.append(f"{item['id']}: offsets {s}:{e} outside the text")
        elif text[s:e] != item["text"]:
            out.append(f"{item['id']}: text[{s}:{e}] is {text[s:e]!r}, not {item['text']!r}")
    return out


def quote_mark_problems(gold: dict[str, Any], text: str) -> list[str]:
    """Direct and partial quotes sit inside quotation marks (a final . or , may precede the closing
    mark); indirect quotes do not start at an opening mark."""
    out = []
    for q in gold["quotes"]:
        s, e = q["start"], q["end"]
        if q["kind"] in ("direct", "partial"):
            after = text[e:e + 2]
            closed = after[:1] in CLOSING or (after[:1] in ".,?!" and after[1:2] in CLOSING)
            if s == 0 or text[s - 1] not in OPENING or not closed:
                out.append(f"{q['id']}: {q['kind']} quote not bounded by quotation marks")
        elif s > 0 and text[s - 1] in OPENING:
            out.append(f"{q['id']}: indirect quote starts at a quotation mark")
    return out


def date_problems(date: dict[str, Any] | None, where: str) -> list[str]:
    if date is None:
        return []
    precision, value = date.get("precision"), date.get("value")
    if precision not in PRECISIONS:
        return [f"{where}: precision {precision!r}"]
    form = DATE_FORMS.get(precision)
    if form is None:
        return [] if value else [f"{where}: empty {precision} date"]
    if not isinstance(value, str) or not form.match(value):
        return [f"{where}: {value!r} is not a {precision}"]
    if precision == "day":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return [f"{where}: {value!r} is not a calendar day"]
    return []


def id_problems(gold: dict[str, Any]) -> list[str]:
    """Ids are well formed and unique; types, kinds and polarities come from the contract."""
    out = []
    actor_ids = [a["id"] for a in gold["actors"]]
    for a in gold["actors"]:
        if not ACTOR_ID.match(a["id"]):
            out.append(f"actor id {a['id']!r}")
        if a["type"] not in ("state", "person", "organization", "bloc", "group"):
            out.append(f"{a['id']}: type {a['type']!r}")
        if a["type"] == "state" and not re.match(r"^[A-Z]{3}$", a["id"]):
            out.append(f"{a['id']}: a state id is ISO alpha-3")
        if (a["type"] == "person") != a["id"].startswith("person:"):
            out.append(f"{a['id']}: person ids are person:<slug>")
        if a["type"] == "person" and not (a.get("country") and a.get("role")):
            out.append(f"{a['id']}: a person has a country and a role")
        out += [f"{a['id']}: accept {x!r}" for x in a.get("accept", []) if not ACTOR_ID.match(x)]
    for kind, pattern, items in (("quote", QUOTE_ID, gold["quotes"]), ("event", EVENT_ID, gold["events"])):
        ids = [i["id"] for i in items]
        out += [f"{kind} id {i!r}" for i in ids if not pattern.match(i)]
        if len(set(ids)) != len(ids):
            out.append(f"duplicate {kind} ids")
    if len(set(actor_ids)) != len(actor_ids):
        out.append("duplicate actor ids")
    for q in gold["quotes"]:
        if q["kind"] not in QUOTE_KINDS:
            out.append(f"{q['id']}: kind {q['kind']!r}")
        if not q.get("cue"):
            out.append(f"{q['id']}: no cue")
        out += [f"{q['id']}: accept {x!r}" for x in q.get("accept", []) if not ACTOR_ID.match(x)]
        out += date_problems(q.get("date"), q["id"])
    for e in gold["events"]:
        for t in [e["type"], *e.get("alt_types", [])]:
            if t not in PLOVER_TYPES:
                out.append(f"{e['id']}: type {t!r} is not PLOVER")
        if not e["source"] or not e["target"]:
            out.append(f"{e['id']}: needs a source and a target")
        out += date_problems(e.get("date"), e["id"])
    for i in gold["issues"]:
        if not ISSUE_ID.match(i["id"]):
            out.append(f"issue id {i['id']!r}")
    for s in gold["stances"]:
        if s["polarity"] not in (-1, 0, 1):
            out.append(f"stance {s['actor']}: polarity {s['polarity']!r}")
        out += date_problems(s.get("date"), f"stance {s['actor']}")
    return out


def reference_problems(gold: dict[str, Any]) -> list[str]:
    """Every id a quote, event, stance or split names is defined in the same gold file."""
    actors = {a["id"] for a in gold["actors"]}
    quotes = {q["id"] for q in gold["quotes"]}
    evidence = quotes | {e["id"] for e in gold["events"]}
    issues = {i["id"] for i in gold["issues"]}
    out = []
    for q in gold["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in actors:
            out.append(f"{q['id']}: speaker {q['speaker']!r} is not an actor")
    for e in gold["events"]:
        for x in e["source"] + e["target"] + e.get("about", []):
            if x not in actors:
                out.append(f"{e['id']}: {x!r} is not an actor")
        if e.get("quote") is not None and e["quote"] not in quotes:
            out.append(f"{e['id']}: quote {e['quote']!r} does not exist")
    for s in gold["stances"]:
        if s["actor"] not in actors:
            out.append(f"stance: {s['actor']!r} is not an actor")
        if s["issue"] not in issues:
            out.append(f"stance {s['actor']}: issue {s['issue']!r} not listed")
        if not s["evidence"]:
            out.append(f"stance {s['actor']} on {s['issue']}: no evidence")
        out += [f"stance {s['actor']}: evidence {x!r} does not exist" for x in s["evidence"] if x not in evidence]
    for sp in gold["splits"]:
        if sp["issue"] not in issues:
            out.append(f"split: issue {sp['issue']!r} not listed")
        if not ACTOR_ID.match(sp["bloc"]):
            out.append(f"split: bloc {sp['bloc']!r}")
        out += [f"split: evidence {x!r} does not exist" for x in sp.get("evidence", []) if x not in evidence]
    return out


def split_problems(gold: dict[str, Any]) -> list[str]:
    """Each side of a split is non-empty, the sides are disjoint, and every actor on a side holds a
    stance of that polarity on the split's issue in the same article."""
    held = {(s["actor"], s["issue"], s["polarity"]) for s in gold["stances"]}
    out = []
    for sp in gold["splits"]:
        if not sp["for"] or not sp["against"] or set(sp["for"]) & set(sp["against"]):
            out.append(f"split on {sp['issue']}: sides empty or overlapping")
        for side, polarity in (("for", 1), ("against", -1)):
            out += [f"split on {sp['issue']}: {a} has no stance {polarity}"
                    for a in sp[side] if (a, sp["issue"], polarity) not in held]
    return out


def surface_problems(gold: dict[str, Any], text: str) -> list[str]:
    return [f"{a['id']}: surface {s!r} not in the text"
            for a in gold["actors"] for s in a.get("surface", []) if s not in text]


def corpus_stances(all_gold: dict[str, dict[str, Any]], issue: str) -> dict[tuple[str, str], int]:
    """(state, month) -> polarity from the non-optional per-article stances of states."""
    out: dict[tuple[str, str], int] = {}
    for gold in all_gold.values():
        states = {a["id"] for a in gold["actors"] if a["type"] == "state"}
        for s in gold["stances"]:
            if s["issue"] == issue and not s.get("optional") and s["actor"] in states:
                out[(s["actor"], s["date"]["value"][:7])] = s["polarity"]
    return out


def all_checks(gold: dict[str, Any], text: str) -> Iterator[str]:
    yield from offset_problems(gold, text)
    yield from quote_mark_problems(gold, text)
    yield from id_problems(gold)
    yield from reference_problems(gold)
    yield from split_problems(gold)
    yield from surface_problems(gold, text)


# --- the corpus as shipped ---------------------------------------------------------------------

def test_corpus_has_twelve_articles() -> None:
    assert len(REFS) == 12


def test_every_text_has_gold_and_one_meta_line() -> None:
    refs = set(REFS)
    assert {n.replace(".json", ".txt") for n in golds()} == refs
    meta_refs = [m["ref"] for m in meta()]
    assert sorted(meta_refs) == sorted(refs)
    assert len(meta_refs) == len(set(meta_refs))


@pytest.mark.parametrize("ref", REFS)
def test_meta_agrees_with_text_and_gold(ref: str) -> None:
    record = next(m for m in meta() if m["ref"] == ref)
    text = (SAMPLE / ref).read_text(encoding="utf-8")
    gold = gold_for(ref)
    assert set(record) == {"ref", "title", "published", "source", "url"}
    assert record["title"] == text.split("\n", 1)[0] == gold["article"]["title"]
    assert record["published"] == gold["article"]["published"]
    dt.date.fromisoformat(record["published"])
    assert record["source"] == "faultline sample" and record["url"] is None
    assert gold["article"]["language"] == "en"


@pytest.mark.parametrize("ref", REFS)
def test_article_is_a_short_wire_story(ref: str) -> None:
    text = (SAMPLE / ref).read_text(encoding="utf-8")
    headline, *paragraphs = [line for line in text.split("\n") if line.strip()]
    assert len(paragraphs) >= 5
    assert 150 <= len(text.split()) <= 350
    assert not headline.endswith(".")


@pytest.mark.parametrize("ref", REFS)
def test_gold_is_consistent_with_its_text(ref: str) -> None:
    text = (SAMPLE / ref).read_text(encoding="utf-8")
    assert list(all_checks(gold_for(ref), text)) == []


@pytest.mark.parametrize("ref", REFS)
def test_gold_has_quotes_events_and_stances(ref: str) -> None:
    gold = gold_for(ref)
    required = [s for s in gold["stances"] if not s.get("optional")]
    assert len(gold["quotes"]) >= 5 and gold["events"] and required and gold["issues"]


def test_corpus_mixes_quote_kinds_and_issues() -> None:
    all_gold = golds()
    kinds = {q["kind"] for g in all_gold.values() for q in g["quotes"]}
    assert kinds == set(QUOTE_KINDS)
    issues = {i["id"] for g in all_gold.values() for i in g["issues"]}
    assert len(issues) >= 4 and any(i.startswith("topic:") for i in issues)
    blocs = {sp["bloc"] for g in all_gold.values() for sp in g["splits"] if not sp.get("optional")}
    assert {"EU", "european-allies"} <= blocs


def test_corpus_truth_agrees_with_article_gold() -> None:
    corpus = json.loads((GOLD / "CORPUS.json").read_text(encoding="utf-8"))
    issue = corpus["issue"]
    observed = corpus_stances(golds(), issue)
    listed = {(s["actor"], s["month"]): s["polarity"] for s in corpus["stances"]}
    assert listed == observed
    for s in corpus["stances"]:
        assert all(a in REFS for a in s["articles"])
    # a shift is two consecutive recorded months of one state with different polarity
    expected_shifts = []
    for actor in sorted({a for a, _ in observed}):
        seq = sorted((m, p) for (a, m), p in observed.items() if a == actor)
        expected_shifts += [(actor, p1, p2, m1, m2) for (m1, p1), (m2, p2) in pairwise(seq) if p1 != p2]
    assert [(s["actor"], s["from"], s["to"], *s["between"]) for s in corpus["shifts"]] == expected_shifts
    assert any(s["from"] == -1 and s["to"] == 1 for s in corpus["shifts"])
    # a split as of a date uses each member's latest recorded stance
    for sp in corpus["splits"]:
        members = corpus["members"][sp["bloc"]]
        latest: dict[str, int] = {}
        for (actor, month), polarity in sorted(observed.items()):
            if month <= sp["as_of"][:7]:
                latest[actor] = polarity
        assert sp["for"] == sorted(a for a in members if latest.get(a) == 1)
        assert sp["against"] == sorted(a for a in members if latest.get(a) == -1)
    assert len({sp["bloc"] for sp in corpus["splits"]}) >= 2


# --- the checks catch broken gold ---------------------------------------------------------------

TOY_TEXT = "Talks row\n“We will talk,” Macron said.\n"
TOY_GOLD: dict[str, Any] = {
    "actors": [
        {"id": "FRA", "name": "France", "type": "state", "surface": []},
        {"id": "POL", "name": "Poland", "type": "state", "surface": []},
        {"id": "person:emmanuel-macron", "name": "Emmanuel Macron", "type": "person", "country": "FRA",
         "role": "head of state", "surface": ["Macron"]},
    ],
    "quotes": [{"id": "q1", "kind": "direct", "text": "We will talk", "start": 11, "end": 23,
                "speaker": "person:emmanuel-macron", "speaker_text": "Macron", "cue": "say"}],
    "events": [],
    "issues": [{"id": "negotiate-with:RUS", "label": "talks with Russia"}],
    "stances": [{"actor": "FRA", "issue": "negotiate-with:RUS", "polarity": 1, "evidence": ["q1"]}],
    "splits": [],
}


def _toy(**changes: Any) -> dict[str, Any]:
    gold = json.loads(json.dumps(TOY_GOLD))
    gold.update(changes)
    return gold


def test_toy_gold_passes() -> None:
    assert list(all_checks(_toy(), TOY_TEXT)) == []


@pytest.mark.parametrize(("change", "needle"), [
    ({"quotes": [{**TOY_GOLD["quotes"][0], "start": 12, "end": 24}]}, "q1: text"),
    ({"quotes": [{**TOY_GOLD["quotes"][0], "kind": "indirect"}]}, "indirect quote starts"),
    ({"quotes": [{**TOY_GOLD["quotes"][0], "kind": "partial", "text": "will talk", "start": 14}]}, "not bounded"),
    ({"quotes": [{**TOY_GOLD["quotes"][0], "speaker": "person:giorgia-meloni"}]}, "not an actor"),
    ({"stances": [{**TOY_GOLD["stances"][0], "evidence": ["q7"]}]}, "evidence 'q7' does not exist"),
    ({"stances": [{**TOY_GOLD["stances"][0], "issue": "talks:RUS"}]}, "not listed"),
    ({"issues": [{"id": "talks:RUS", "label": "?"}]}, "issue id 'talks:RUS'"),
    ({"actors": [*TOY_GOLD["actors"], {"id": "Poland", "name": "Poland", "type": "state", "surface": []}]},
     "actor id 'Poland'"),
    ({"splits": [{"issue": "negotiate-with:RUS", "bloc": "EU", "for": ["FRA"], "against": ["POL"]}]},
     "POL has no stance -1"),
    ({"stances": [{**TOY_GOLD["stances"][0], "date": {"value": "2026-13", "precision": "month"}}]},
     "is not a month"),
])
def test_checks_catch_broken_gold(change: dict[str, Any], needle: str) -> None:
    problems = list(all_checks(_toy(**change), TOY_TEXT))
    assert any(needle in p for p in problems), problems
