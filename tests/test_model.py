"""The contract's dataclasses: serialisation round trips and content-hash ids."""

import json

import pytest

from faultline.errors import ConfigError, EncodingError, FaultlineError, InputError
from faultline.model import (
    Actor,
    Analysis,
    Article,
    DateValue,
    Event,
    Issue,
    Mention,
    Quote,
    Split,
    Stance,
    article_id,
    normalise_text,
)


def sample() -> Analysis:
    return Analysis(
        article=Article(id=article_id("x"), ref="a.txt", published="2026-01-02"),
        text="x",
        actors=(Actor("GBR", "United Kingdom", "state", mentions=(Mention(0, 7, "Britain"),)),),
        quotes=(Quote("q1", "direct", "hi", 1, 3, speaker="person:a-b", speaker_text="she",
                      speaker_span=(5, 8), cue="say", cue_span=(9, 13), date=DateValue("2025-12", "month")),),
        events=(Event("e1", "REJECT", ("GBR",), ("FRA", "ITA"), ("RUS",), mode="proposal to negotiate"),),
        issues=(Issue("negotiate-with:RUS", "negotiations with Russia"),),
        stances=(Stance("GBR", "negotiate-with:RUS", -1, evidence=("q1", "e1")),),
        splits=(Split("negotiate-with:RUS", "european-allies", ("FRA", "ITA"), ("GBR",)),),
    )


def test_round_trip_through_json():
    a = sample()
    d = json.loads(json.dumps(a.to_dict()))
    assert Analysis.from_dict(d).to_dict() == a.to_dict()


def test_contract_field_names():
    d = sample().to_dict()
    assert set(d) >= {"article", "actors", "quotes", "events", "issues", "stances", "splits"}
    assert set(d["article"]) >= {"id", "ref", "title", "url", "source", "published", "language"}
    assert d["splits"][0]["for"] == ["FRA", "ITA"] and d["splits"][0]["against"] == ["GBR"]
    assert d["quotes"][0]["speaker_span"] == [5, 8]
    assert d["events"][0]["target"] == ["FRA", "ITA"]


@pytest.mark.parametrize("a,b", [("Text\r\n", "Text\n"), ("Caf\u0065\u0301", "Caf\u00e9"), ("x  \n\n", "x")])
def test_article_id_is_stable_under_normalisation(a, b):
    assert article_id(a) == article_id(b)
    assert len(article_id(a)) == 64


def test_normalise_keeps_leading_text_for_offsets():
    assert normalise_text("  Headline\nBody ") == "  Headline\nBody"


def test_errors_carry_codes_and_input_names():
    e = EncodingError("not UTF-8", input_name="bad.txt", hint="re-save it as UTF-8")
    assert isinstance(e, InputError) and isinstance(e, FaultlineError)
    assert str(e).startswith("[E102] bad.txt: not UTF-8")
    assert ConfigError("x").exit_code != InputError("y").exit_code
