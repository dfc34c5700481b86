"""Queries across the store (faultline.analysis) over a small hand-made SQLite database."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

import pytest

from faultline import analysis
from faultline.analysis.sql import like, placeholders, rows
from faultline.analysis.statements import effective_date, window_key
from faultline.errors import ConfigError, StoreError

DDL = """
CREATE TABLE articles (id TEXT PRIMARY KEY, ref TEXT, title TEXT, url TEXT, source TEXT, published TEXT,
    language TEXT, text TEXT NOT NULL, n_words INTEGER NOT NULL);
CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, role TEXT,
    wikidata TEXT);
CREATE TABLE mentions (article_id TEXT NOT NULL, actor_id TEXT NOT NULL, "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE quotes (article_id TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker TEXT, speaker_text TEXT, speaker_span TEXT,
    cue TEXT, cue_span TEXT, "date" TEXT, date_value TEXT, date_precision TEXT, speakers TEXT);
CREATE TABLE events (article_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
    source TEXT NOT NULL, target TEXT NOT NULL, about TEXT NOT NULL, negated INTEGER NOT NULL, "date" TEXT,
    date_value TEXT, date_precision TEXT, text TEXT, "start" INTEGER, "end" INTEGER, quote TEXT,
    "trigger" TEXT, modality TEXT);
CREATE TABLE issues (id TEXT PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE stances (article_id TEXT NOT NULL, actor TEXT NOT NULL, issue TEXT NOT NULL,
    polarity INTEGER NOT NULL, strength REAL NOT NULL, via TEXT, "date" TEXT, date_value TEXT,
    date_precision TEXT, published TEXT, evidence TEXT NOT NULL, evidence_spans TEXT);
CREATE TABLE splits (article_id TEXT NOT NULL, issue TEXT NOT NULL, bloc TEXT NOT NULL, "for" TEXT NOT NULL,
    against TEXT NOT NULL, evidence TEXT NOT NULL);
"""

TALKS = "negotiate-with:RUS"
SANCTIONS = "sanctions-on:IRN"


@dataclass(frozen=True)
class Entry:
    id: str
    type: str = "bloc"


class FakeKB:
    """Dated bloc membership (facts): the UK left the EU on 2020-01-31."""

    blocs_ = {
        "EU": [("FRA", None, None), ("DEU", None, None), ("ITA", None, None), ("ESP", None, None),
               ("IRL", None, None), ("GBR", None, "2020-01-31")],
        "NATO": [(c, None, None) for c in ("FRA", "DEU", "ITA", "ESP", "GBR", "USA")],
    }

    def blocs(self):
        return [Entry(b) for b in self.blocs_]

    def members(self, bloc, date):
        day = (date or dt.date.today()).isoformat()
        return frozenset(c for c, since, until in self.blocs_.get(bloc, [])
                         if (since is None or day >= since) and (until is None or day < until))


KB = FakeKB()

ACTORS = [
    ("FRA", "France", "state", None, None), ("GBR", "United Kingdom", "state", None, None),
    ("DEU", "Germany", "state", None, None), ("ITA", "Italy", "state", None, None),
    ("ESP", "Spain", "state", None, None), ("RUS", "Russia", "state", None, None),
    ("IRN", "Iran", "state", None, None), ("IRL", "Ireland", "state", None, None),
    ("person:jean-dupont", "Jean Dupont", "person", "FRA", "head of state"),
    ("person:mary-smith", "Mary Smith", "person", "GBR", "foreign minister"),
    ("person:dara-obrien", "Dara O'Brien", "person", "IRL", "head of government"),
    ("org:100-percent", "100% Alliance", "organization", None, None),
]


def _j(value):
    return json.dumps(value, separators=(",", ":"))


class Builder:
    """Inserts hand-made rows; every stance row names its evidence like the pipeline does."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def article(self, aid: str, published: str | None, title: str, text: str = "") -> None:
        self.conn.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)",
                          (aid, aid, title, f"https://news.example/{aid}", "Example", published, "en",
                           text or title, len((text or title).split())))

    def quote(self, aid: str, qid: str, speaker: str, text: str, date_value: str | None = None,
              precision: str | None = None, speakers: tuple[str, ...] = ()) -> None:
        date = _j({"value": date_value, "precision": precision}) if date_value else None
        self.conn.execute("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          (aid, qid, "direct", text, 0, len(text), speaker, speaker.split(":")[-1], None,
                           "say", None, date, date_value, precision, _j(list(speakers or (speaker,)))))
        self.conn.execute("INSERT INTO mentions VALUES (?,?,?,?,?)", (aid, speaker, 0, 3, "him"))

    def event(self, aid: str, eid: str, etype: str, source: list[str], target: list[str],
              about: list[str] = (), date_value: str | None = None) -> None:
        self.conn.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          (aid, eid, etype, None, _j(source), _j(target), _j(list(about)), 0, None,
                           date_value, None, f"{etype} text", 0, 5, None, None, None))

    def stance(self, aid: str, actor: str, issue: str, polarity: int, evidence: list[str],
               published: str | None, via: str | None = None, date_value: str | None = None,
               precision: str | None = None) -> None:
        date = _j({"value": date_value, "precision": precision}) if date_value else None
        self.conn.execute("INSERT INTO stances VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                          (aid, actor, issue, polarity, 1.0, via, date, date_value, precision, published,
                           _j(evidence), None))     # a row stored before migration 0004: no spans


@pytest.fixture()
def db(tmp_path):
    conn = sqlite3.connect(tmp_path / "store.db")
    conn.execute("PRAGMA synchronous = OFF")   # a throwaway file: no need to wait for the disk
    conn.executescript(DDL)
    conn.executemany("INSERT INTO actors VALUES (?,?,?,?,?,NULL)", ACTORS)
    conn.executemany("INSERT INTO issues VALUES (?,?)", [(TALKS, "negotiations with Russia"),
                                                          (SANCTIONS, "sanctions on Iran")])
    b = Builder(conn)
    # 2019: the UK, still in the EU, for sanctions on Iran; France against
    b.article("a0", "2019-06-03", "Iran sanctions row")
    b.quote("a0", "q1", "person:mary-smith", "We back tougher measures on Tehran.")
    b.stance("a0", "GBR", SANCTIONS, 1, ["q1"], "2019-06-03", via="person:mary-smith")
    b.stance("a0", "person:mary-smith", SANCTIONS, 1, ["q1"], "2019-06-03")
    b.stance("a0", "FRA", SANCTIONS, -1, ["e1"], "2019-06-03")
    b.event("a0", "e1", "REJECT", ["FRA"], ["GBR"], ["IRN"])
    # October 2025: France for talks (its president speaks for it)
    b.article("a1", "2025-10-06", "Paris wants a channel to Moscow")
    b.quote("a1", "q1", "person:jean-dupont", "It is time for Europe to talk to the Kremlin again.")
    b.stance("a1", "FRA", TALKS, 1, ["q1"], "2025-10-06", via="person:jean-dupont")
    b.stance("a1", "person:jean-dupont", TALKS, 1, ["q1"], "2025-10-06")
    # November 2025: the UK against, Germany for
    b.article("a2", "2025-11-12", "London says no")
    b.quote("a2", "q1", "person:mary-smith", "There is no sign Moscow wants peace.")
    b.event("a2", "e1", "AGREE", ["DEU"], ["RUS"])
    b.stance("a2", "GBR", TALKS, -1, ["q1"], "2025-11-12", via="person:mary-smith")
    b.stance("a2", "DEU", TALKS, 1, ["e1"], "2025-11-12")
    # December 2025: another outlet reports the October sentence again (punctuation differs)
    b.article("a3", "2025-12-01", "Recap: Europe and Moscow")
    b.quote("a3", "q4", "person:jean-dupont", "It is time for Europe to talk to the Kremlin again!")
    b.stance("a3", "FRA", TALKS, 1, ["q4"], "2025-12-01", via="person:jean-dupont")
    # January 2026: France turns against; Italy (dated only by year) and Spain for; an Irish remark
    b.article("a4", "2026-01-20", "Paris cools on talks")
    b.quote("a4", "q1", "person:jean-dupont", "Talks now would reward aggression.")
    b.quote("a4", "q2", "person:dara-obrien", "Ireland's view hasn't changed.", "2025-09", "month")
    b.event("a4", "e1", "AGREE", ["ITA"], ["RUS"], date_value="2026")
    b.event("a4", "e2", "AGREE", ["ESP"], ["RUS"])
    b.stance("a4", "FRA", TALKS, -1, ["q1"], "2026-01-20", via="person:jean-dupont")
    b.stance("a4", "ITA", TALKS, 1, ["e1"], "2026-01-20", date_value="2026", precision="year")
    b.stance("a4", "ESP", TALKS, 1, ["e2"], "2026-01-20")
    conn.execute("INSERT INTO splits VALUES (?,?,?,?,?,?)",
                 ("a4", TALKS, "EU", _j(["ESP", "ITA"]), _j(["FRA"]), _j(["q1", "e1", "e2"])))
    conn.commit()
    yield conn
    conn.close()


# --------------------------------------------------------------------------------------------


def test_stance_matrix_counts_a_statement_reported_twice_once(db):
    m = analysis.stance_matrix(db, TALKS, window="month")
    assert m["label"] == "negotiations with Russia"
    assert m["windows"] == ["2025-10", "2025-11", "2026-01"]
    ids = [a["id"] for a in m["actors"]]
    assert "person:jean-dupont" not in ids          # he spoke for France: France carries it
    fra = m["cells"]["FRA"]
    assert fra["2025-10"]["polarity"] == 1 and fra["2025-10"]["n"] == 1
    assert [s["article_id"] for s in fra["2025-10"]["evidence"]] == ["a1", "a3"]   # both sources kept
    assert "2025-12" not in fra
    assert fra["2026-01"]["polarity"] == -1
    assert m["cells"]["ITA"]["2026-01"]["polarity"] == 1   # a year date narrowed to its article's date
    assert m["cells"]["GBR"]["2025-11"]["evidence"][0]["evidence"] == ["q1"]


def test_stance_matrix_window_and_bounds(db):
    m = analysis.stance_matrix(db, TALKS, window="quarter", since="2025-11-01", until="2025-12")
    assert m["windows"] == ["2025-Q4"]
    assert set(m["cells"]) == {"GBR", "DEU", "FRA"}   # the recap alone stands in for France here
    with pytest.raises(ConfigError):
        analysis.stance_matrix(db, TALKS, window="fortnight")


def test_shifts_with_evidence_on_both_sides(db):
    out = analysis.shifts(db, issue=TALKS)
    assert [(s["actor"], s["from"]["window"], s["from"]["polarity"], s["to"]["window"], s["to"]["polarity"])
            for s in out] == [("FRA", "2025-10", 1, "2026-01", -1)]
    assert {e["article_id"] for e in out[0]["from"]["evidence"]} == {"a1", "a3"}
    assert [e["article_id"] for e in out[0]["to"]["evidence"]] == ["a4"]
    assert analysis.shifts(db, actor="GBR") == []


def test_splits_as_of_dates_use_dated_membership(db):
    late_2025 = analysis.splits(db, issue=TALKS, as_of="2025-11-30", kb=KB)
    assert [(s["bloc"], [x["actor"] for x in s["for"]], [x["actor"] for x in s["against"]])
            for s in late_2025] == [("NATO", ["DEU", "FRA"], ["GBR"])]      # GBR is no longer in the EU
    early_2026 = analysis.splits(db, issue=TALKS, as_of="2026-02-01", kb=KB, bloc="EU")
    assert [(s["bloc"], [x["actor"] for x in s["for"]], [x["actor"] for x in s["against"]])
            for s in early_2026] == [("EU", ["DEU", "ESP", "ITA"], ["FRA"])]
    in_2019 = analysis.splits(db, issue=SANCTIONS, as_of="2019-12-31", kb=KB, all_blocs=True)
    assert {s["bloc"] for s in in_2019} == {"EU", "NATO"}                    # the UK was still in the EU
    assert analysis.splits(db, issue=SANCTIONS, as_of="2019-01-01", kb=KB) == []   # nothing said yet


def test_splits_since_leaves_older_stances_out(db):
    out = analysis.splits(db, issue=TALKS, as_of="2026-02-01", since="2026-01-01", kb=KB)
    assert [(s["bloc"], [x["actor"] for x in s["for"]]) for s in out] == [("EU", ["ESP", "ITA"])]
    every = analysis.splits(db, issue=TALKS, as_of="2026-02-01", since="2026-01-01", kb=KB, all_blocs=True)
    assert [s["bloc"] for s in every] == ["EU", "NATO"]       # same sides: EU, the bloc articles named


def test_splits_keep_one_bloc_per_pair_of_sides(db):
    # late 2025: NATO is the one bloc holding both sides of each issue (the UK has left the EU)
    out = analysis.splits(db, as_of="2025-11-30", kb=KB)
    assert [(s["issue"], s["bloc"]) for s in out] == [(TALKS, "NATO"), (SANCTIONS, "NATO")]


def test_splits_without_a_kb_fall_back_to_recorded_blocs(db, monkeypatch):
    from faultline.analysis import corpus

    monkeypatch.setattr(corpus, "_default_kb", lambda: None)
    out = corpus.splits(db, issue=TALKS, as_of="2026-02-01")
    assert [s["bloc"] for s in out] == ["EU"]


def test_cohesion_per_window(db):
    out = {c["window"]: c for c in analysis.cohesion(db, "EU", TALKS, window="month", kb=KB)}
    assert out["2025-10"]["cohesion"] == 1.0 and out["2025-10"]["n_with_stance"] == 1
    assert out["2025-11"]["for"] == ["DEU"] and out["2025-11"]["n_with_stance"] == 1   # GBR not a member
    jan = out["2026-01"]
    assert (jan["majority"], jan["for"], jan["against"]) == (1, ["ESP", "ITA"], ["FRA"])
    assert jan["cohesion"] == pytest.approx(2 / 3, abs=1e-3)
    sanctions = analysis.cohesion(db, "EU", SANCTIONS, window="year", kb=KB)
    assert sanctions == [{"window": "2019", "bloc": "EU", "issue": SANCTIONS, "n_members": 6,
                          "n_with_stance": 2, "majority": None, "cohesion": 0.5,
                          "for": ["GBR"], "against": ["FRA"], "mixed": []}]


def test_issues_division(db):
    out = {i["id"]: i for i in analysis.issues(db)}
    talks = out[TALKS]
    assert (talks["n_actors"], talks["n_for"], talks["n_against"]) == (5, 3, 2)   # latest stance each
    assert talks["division"] == pytest.approx(0.8)
    assert out[SANCTIONS]["division"] == 1.0
    assert len(analysis.issues(db, limit=1)) == 1


def test_stances_listing_and_dates(db):
    out = analysis.stances(db, issue=TALKS, actor="FRA")
    assert [(s["article_id"], s["polarity"], s["when"]) for s in out] == [
        ("a1", 1, "2025-10-06"), ("a3", 1, "2025-12-01"), ("a4", -1, "2026-01-20")]
    assert len(analysis.stances(db, limit=2)) == 2
    assert analysis.stances(db, since="2026-01-01", issue=TALKS, actor="ITA")[0]["when"] == "2026-01-20"


def test_timeline_is_in_date_order(db):
    out = analysis.timeline(db)
    whens = [i["when"] for i in out]
    assert whens == sorted(whens)
    # a quote dated before its article's publication comes first, with its article's title
    irish = next(i for i in out if i.get("speaker") == "person:dara-obrien")
    assert irish["when"] == "2025-09-01"
    assert out.index(irish) < next(k for k, i in enumerate(out) if i["article_id"] == "a1")
    assert irish["title"] == "Paris cools on talks" and irish["url"].endswith("/a4")
    assert irish["speaker_name"] == "Dara O'Brien"


def test_timeline_filters(db):
    talks = analysis.timeline(db, issue=TALKS)
    assert {(i["article_id"], i["id"]) for i in talks} == {
        ("a1", "q1"), ("a2", "q1"), ("a2", "e1"), ("a3", "q4"), ("a4", "q1"), ("a4", "e1"), ("a4", "e2")}
    fra = analysis.timeline(db, actor="FRA")
    assert {i["kind"] for i in fra} == {"quote", "event"}   # its president's quotes, its events
    assert all(i.get("speaker") == "person:jean-dupont" or "FRA" in i["source"] + i["target"] for i in fra)
    window = analysis.timeline(db, since="2025-11-01", until="2025-12-31")
    assert {i["article_id"] for i in window} == {"a2", "a3"}
    assert len(analysis.timeline(db, limit=3)) == 3


def test_quotes_filters(db):
    assert [q["article_id"] for q in analysis.quotes(db, speaker="person:jean-dupont")] == ["a1", "a3", "a4"]
    assert {q["speaker"] for q in analysis.quotes(db, actor="GBR")} == {"person:mary-smith"}
    assert {(q["article_id"], q["id"]) for q in analysis.quotes(db, issue=SANCTIONS)} == {("a0", "q1")}
    assert [q["article_id"] for q in analysis.quotes(db, q="KREMLIN")] == ["a1", "a3"]


def test_parameterised_queries_take_quotes_and_wildcards_as_text(db):
    assert [a["id"] for a in analysis.actors(db, q="O'Brien")] == ["person:dara-obrien"]
    assert [a["id"] for a in analysis.actors(db, q="%")] == ["org:100-percent"]
    assert analysis.actors(db, q="'; DROP TABLE actors; --") == []
    found = analysis.search(db, "O'Brien")
    assert [r["kind"] for r in found][:2] == ["actor", "quote"]
    assert found[1]["speaker"] == "person:dara-obrien"
    assert analysis.quotes(db, q="hasn't") and analysis.quotes(db, q="_") == []
    assert rows(db, "SELECT COUNT(*) AS n FROM actors")[0]["n"] == len(ACTORS)   # still there


def test_actor_and_article(db):
    fra = analysis.actor(db, "FRA")
    assert fra["name"] == "France"
    assert [s["issue"] for s in fra["latest"]] == [TALKS, SANCTIONS] or \
        {s["issue"] for s in fra["latest"]} == {TALKS, SANCTIONS}
    assert next(s for s in fra["latest"] if s["issue"] == TALKS)["polarity"] == -1
    assert {q["speaker"] for q in fra["quotes"]} == {"person:jean-dupont"}
    assert [e["article_id"] for e in fra["events"]] == ["a0"]
    assert analysis.actor(db, "XXX") is None
    art = analysis.article(db, "a4")
    assert art["title"] == "Paris cools on talks"
    assert {q["id"] for q in art["quotes"]} == {"q1", "q2"}
    assert {e["id"] for e in art["events"]} == {"e1", "e2"}
    assert art["events"][0]["source"] in (["ITA"], ["ESP"])
    assert {(s["actor"], s["polarity"]) for s in art["stances"]} == {("FRA", -1), ("ITA", 1), ("ESP", 1)}
    assert art["splits"] == [{"issue": TALKS, "bloc": "EU", "for": ["ESP", "ITA"], "against": ["FRA"],
                              "evidence": ["q1", "e1", "e2"]}]
    assert {a["id"] for a in art["actors"]} == {"person:jean-dupont", "person:dara-obrien"}
    assert analysis.article(db, "nope") is None


def test_search_articles_by_words(db):
    out = analysis.search(db, "cools")
    assert [(r["kind"], r["article_id"]) for r in out] == [("article", "a4")]
    assert analysis.search(db, "   ") == []


def test_results_are_json_ready(db):
    for value in (analysis.stance_matrix(db, TALKS), analysis.shifts(db), analysis.issues(db),
                  analysis.splits(db, as_of="2026-02-01", kb=KB), analysis.timeline(db),
                  analysis.article(db, "a1"), analysis.actor(db, "GBR")):
        json.dumps(value)


# --------------------------------------------------------------------------------------------
# Portability helpers
# --------------------------------------------------------------------------------------------


class _Cursor:
    def __init__(self, log):
        self.log = log
        self.description = [("n",)]

    def execute(self, sql, params):
        self.log.append((sql, params))

    def fetchall(self):
        return [(1,)]

    def close(self):
        pass


def test_placeholders_become_psycopg_style():
    Conn = type("Connection", (), {"__module__": "psycopg.connection",
                                   "cursor": lambda self: _Cursor(self.log)})
    conn = Conn()
    conn.log = []
    assert rows(conn, "SELECT n FROM t WHERE a = ? AND b = ?", ["x", "y"]) == [{"n": 1}]
    assert conn.log == [("SELECT n FROM t WHERE a = %s AND b = %s", ("x", "y"))]
    assert placeholders("a = ?", sqlite3.connect(":memory:")) == "a = ?"


def test_like_escapes_wildcards():
    assert like("100%_x") == "%100\\%\\_x%"


def test_a_broken_store_raises_a_store_error(tmp_path):
    conn = sqlite3.connect(tmp_path / "empty.db")
    with pytest.raises(StoreError):
        analysis.issues(conn)


@pytest.mark.parametrize(("value", "published", "expected"), [
    ("2025-12-04", "2026-01-01", dt.date(2025, 12, 4)),
    ("2026", "2026-03-09", dt.date(2026, 3, 9)),        # a coarse date holding the publication date
    ("2025", "2026-03-09", dt.date(2025, 1, 1)),
    ("2026-Q1", None, dt.date(2026, 1, 1)),
    (None, "2025-10-06", dt.date(2025, 10, 6)),
    (None, None, None),
])
def test_effective_date(value, published, expected):
    assert effective_date(value, published) == expected


def test_window_keys():
    day = dt.date(2025, 12, 4)
    assert [window_key(day, w) for w in ("day", "week", "month", "quarter", "year")] == [
        "2025-12-04", "2025-W49", "2025-12", "2025-Q4", "2025"]


def test_quarter_in_the_stores_sortable_form():
    # the store writes 2026-Q1 as date_value "2026-01" with precision "quarter"
    assert effective_date("2026-01", "2026-02-10", "quarter") == dt.date(2026, 2, 10)
    assert effective_date("2026-01", "2026-02-10", "month") == dt.date(2026, 1, 1)


def test_through_the_store_writer(tmp_path):
    """Rows written by faultline.store (when present) read back through the analysis queries."""
    store_mod = pytest.importorskip("faultline.store")
    from faultline.model import Actor, Analysis, Article, DateValue, Issue, Quote, Stance

    q1_2026 = DateValue("2026-Q1", "quarter")

    def one(aid, published, speaker_quote, polarity, date=q1_2026):
        return Analysis(
            article=Article(id=aid, ref=aid, title=f"t {aid}", published=published),
            text=f"text of {aid}",
            actors=(Actor("FRA", "France", "state"), Actor("person:jean-dupont", "Jean Dupont", "person",
                                                         "FRA", "head of state")),
            quotes=(Quote("q1", "direct", speaker_quote, 0, 5, speaker="person:jean-dupont"),),
            issues=(Issue(TALKS, "negotiations with Russia"),),
            stances=(Stance("FRA", TALKS, polarity, date, ("q1",),
                            via="person:jean-dupont"),),
        )

    store = store_mod.Store.open(str(tmp_path / "s.db"))
    try:
        store.write([one("x1", "2026-02-10", "Now is the time to talk.", 1),
                     one("x2", "2026-02-11", "Now is the time to talk!", 1),
                     one("x3", "2026-05-02", "Not now.", -1, None)])
        m = analysis.stance_matrix(store, TALKS)
        fra = m["cells"]["FRA"]
        assert list(fra) == ["2026-02", "2026-05"]     # quarter narrowed to each article's date
        assert fra["2026-02"]["n"] == 1 and len(fra["2026-02"]["evidence"]) == 2
        assert analysis.article(store, "x1")["stances"][0]["via"] == "person:jean-dupont"
    finally:
        store.close()


def test_a_joint_statement_is_listed_for_each_of_its_speakers(db):
    b = Builder(db)
    b.article("a5", "2026-02-02", "Berlin and Paris propose a fund")
    b.quote("a5", "q1", "DEU", "Europe must be able to protect its own skies.", speakers=("DEU", "FRA"))
    db.commit()
    joint = [q for q in analysis.quotes(db, actor="FRA") if q["article_id"] == "a5"]
    assert [(q["speaker"], q["speakers"]) for q in joint] == [("DEU", ["DEU", "FRA"])]
    assert [q["article_id"] for q in analysis.quotes(db, speaker="FRA")] == ["a5"]
