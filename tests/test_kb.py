"""Knowledge base: lookups, adjectives, roles, dated office holders and memberships, user
overrides, malformed files, and the Phoenix/PETRARCH import."""

from __future__ import annotations

import json
import re

import pytest

from faultline.errors import KnowledgeBaseError
from faultline.kb import (
    Alias,
    Entry,
    KnowledgeBase,
    RoleInfo,
    default_kb,
    describe,
    import_phoenix,
    write_user_kb,
)
from faultline.kb.text import key, slugify


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize("text, expected", [
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Downing Street", "GBR"), ("Brussels", "EU"),
    ("the U.S.", "USA"), ("US", "USA"), ("United States", "USA"), ("America", "USA"), ("Kyiv", "UKR"),
    ("Kiev", "UKR"), ("Britain", "GBR"), ("the UK", "GBR"), ("U.K.", "GBR"), ("Paris", "FRA"), ("Rome", "ITA"),
    ("Moscow", "RUS"), ("Washington", "USA"), ("Beijing", "CHN"), ("London", "GBR"), ("Berlin", "DEU"),
    ("Tehran", "IRN"), ("the Élysée", "FRA"), ("the Elysee", "FRA"), ("the White House", "USA"),
    ("Whitehall", "GBR"), ("Zhongnanhai", "CHN"), ("Palazzo Chigi", "ITA"), ("the Union", "EU"),
    ("European Union", "EU"), ("NATO", "NATO"), ("Nato", "NATO"), ("the G7", "G7"), ("G-7", "G7"),
    ("European allies", "european-allies"), ("Europe's allies", "european-allies"), ("the UN", "UN"),
    ("U.N.", "UN"), ("the Pentagon", "org:pentagon"), ("the State Department", "org:state-department"),
    ("the Foreign Office", "org:foreign-office"), ("Quai d'Orsay", "org:quai-dorsay"),
    ("the Russian foreign ministry", "org:russian-foreign-ministry"), ("European Commission", "org:european-commission"),
    ("the Tories", "org:conservative-party"), ("Sergei Lavrov", "person:sergey-lavrov"), ("Türkiye", "TUR"),
    ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Palestine", "PSE"), ("GBR", "GBR"),
    ("the Security Council", "UNSC"), ("the Peace and Security Council", "org:au-peace-and-security-council"),
])
def test_lookup_best_match(kb, text, expected):
    found = kb.lookup(text)
    assert found and found[0].id == expected


@pytest.mark.parametrize("text", ["the alliance", "the bloc", "Male", "Victoria", "Zzyzx", ""])
def test_lookup_ambiguous_or_unknown_names_are_not_guessed(kb, text):
    assert kb.lookup(text) == []


def test_brussels_means_the_eu_not_belgium(kb):
    assert [e.id for e in kb.lookup("Brussels")] == ["EU"]  # capital left out: it means the EU in news
    assert kb.get("BEL").country == "BEL"


@pytest.mark.parametrize("text, date, expected", [
    ("French president", "2026-01-01", "person:emmanuel-macron"),
    ("the foreign secretary", "2026-01-01", "person:yvette-cooper"),
    ("the foreign secretary", "2024-01-01", "person:david-cameron"),
    ("president of France", "2016-01-01", "person:francois-hollande"),
    ("Russia's foreign minister", "2026-01-01", "person:sergey-lavrov"),
    ("German chancellor", "2020-06-01", "person:angela-merkel"),
    ("NATO secretary general", "2025-01-01", "person:mark-rutte"),
])
def test_lookup_of_an_office_resolves_its_holder_by_date(kb, text, date, expected):
    found = kb.lookup(text, date)
    assert found and found[0].id == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian", "RUS"), ("British", "GBR"), ("Britons", "GBR"), ("U.S.", "USA"), ("American", "USA"),
    ("Americans", "USA"), ("French", "FRA"), ("Ukrainian", "UKR"), ("Chinese", "CHN"), ("Dutch", "NLD"),
    ("Emirati", "ARE"), ("Polish", "POL"), ("Britain", "GBR"), ("Kremlin", None), ("European", None),
])
def test_country_of_adjective(kb, text, expected):
    assert kb.country_of_adjective(text) == expected


@pytest.mark.parametrize("text, country, expected", [
    ("foreign secretary", None, "foreign minister"), ("Foreign Minister", None, "foreign minister"),
    ("secretary of state", "USA", "foreign minister"), ("head of the foreign office", None, "foreign minister"),
    ("top diplomat", None, "foreign minister"), ("minister of foreign affairs", None, "foreign minister"),
    ("chancellor", "DEU", "head of government"), ("chancellor", "GBR", "finance minister"),
    ("chancellor of the exchequer", None, "finance minister"), ("prime minister", None, "head of government"),
    ("premier", None, "head of government"), ("president", None, "head of state"),
    ("president", "IRN", "head of government"), ("king", None, "head of state"), ("queen", None, "head of state"),
    ("emir", None, "head of state"), ("defence secretary", None, "defence minister"),
    ("Secretary of Defense", None, "defence minister"), ("spokeswoman", None, "spokesperson"),
    ("national security adviser", None, "national security adviser"), ("UN secretary-general", None, "secretary-general"),
    ("the Russian foreign minister", None, "foreign minister"), ("deputy foreign minister", None, "deputy minister"),
    ("foreign policy chief", "EU", "high representative"), ("banana", None, None), ("the weather", None, None),
])
def test_normalise_role(kb, text, country, expected):
    assert kb.normalise_role(text, country=country) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian foreign minister Sergei Lavrov", [("foreign minister", "foreign minister")]),
    ("the U.N. secretary-general and the PM", [("U.N. secretary-general", "secretary-general"), ("PM", "head of government")]),
    ("Chancellor of the Exchequer", [("Chancellor of the Exchequer", "finance minister")]),
    ("at 3 pm the minister spoke", [("minister", "minister")]),
    ("a secretary-general-like figure", []),
])
def test_find_roles(kb, text, expected):
    assert [(text[s:e], r) for s, e, r in kb.find_roles(text)] == expected


def test_a_state_s_own_everyday_word_is_no_office_elsewhere(kb):
    # North Korea's "leader" and China's "chairman" are heads of state there, and only there
    assert kb.find_roles("RSF leader") == [] and kb.find_roles("Its leader") == []
    assert kb.parse_role("committee chairman") is None
    info = kb.parse_role("North Korean leader")
    assert (info.role, info.country) == ("head of state", "PRK")
    assert kb.parse_role("leader", "PRK").role == "head of state"
    assert kb.parse_role("supreme leader").role == "head of state"      # a form of its own


def test_parse_role_reads_the_country(kb):
    info = kb.parse_role("Russian foreign minister")
    assert (info.role, info.country) == ("foreign minister", "RUS")
    assert kb.parse_role("foreign secretary").country == "GBR"
    assert kb.parse_role("UN chief").country == "UN"
    # a House speaker is the American one unless the words name another country
    assert (kb.parse_role("House Speaker").role, kb.parse_role("House Speaker").country) == ("parliament president", "USA")
    assert kb.parse_role("Philippine House Speaker").country == "PHL"


@pytest.mark.parametrize("country, role, date, expected", [
    ("GBR", "foreign minister", "2026-01-01", "person:yvette-cooper"),
    ("GBR", "foreign minister", "2024-01-01", "person:david-cameron"),
    ("GBR", "foreign minister", "2025-09-05", "person:yvette-cooper"),  # until is exclusive
    ("GBR", "foreign minister", "2025-09-04", "person:david-lammy"),
    ("GBR", "foreign minister", "2017-01-01", "person:boris-johnson"),
    ("GBR", "foreign secretary", "2017-01-01", "person:boris-johnson"),
    ("FRA", "head of state", "2020-01-01", "person:emmanuel-macron"),
    ("ITA", "head of government", "2023-01-01", "person:giorgia-meloni"),
    ("RUS", "foreign minister", "2015-01-01", "person:sergey-lavrov"),
    ("USA", "head of state", "2018-01-01", "person:donald-trump"),
    ("USA", "head of state", "2022-01-01", "person:joe-biden"),
    ("USA", "head of government", "2026-01-01", "person:donald-trump"),  # the president leads the government
    ("USA", "foreign minister", "2025-06-01", "person:marco-rubio"),
    ("EU", "high representative", "2025-01-01", "person:kaja-kallas"),
    ("NATO", "secretary-general", "2024-10-01", "person:mark-rutte"),
    ("NATO", "secretary-general", "2024-09-30", "person:jens-stoltenberg"),
    ("UN", "secretary-general", "2020-01-01", "person:antonio-guterres"),
    ("TUR", "head of government", "2017-01-01", "person:binali-yildirim"),
    ("TUR", "head of government", "2020-01-01", "person:recep-tayyip-erdogan"),
    ("GBR", "foreign minister", "1900-01-01", None),
])
def test_holder_by_date(kb, country, role, date, expected):
    found = kb.holder(country, role, date)
    assert (found.id if found else None) == expected


def test_an_anonymous_office_described_alone_names_no_holder(kb):
    # Russia's special envoy is known, but "Russia's envoy" alone may be any of its envoys; a
    # spokesperson (shared, not anonymous) is still named by the office
    assert kb.holder("RUS", "envoy", "2026-01-15").id == "person:kirill-dmitriev"
    assert kb.holder("RUS", "envoy", "2026-01-15", described=True) is None
    assert kb.holder("USA", "spokesperson", "2026-01-15", described=True).id == "person:karoline-leavitt"


def test_holder_entry_carries_role_and_country(kb):
    cooper = kb.holder("GBR", "foreign minister", "2026-01-01")
    assert isinstance(cooper, Entry)
    assert (cooper.type, cooper.country, cooper.role) == ("person", "GBR", "foreign minister")


def test_roles_of(kb):
    assert kb.roles_of("person:david-cameron", "2024-01-01") == [("foreign minister", "GBR")]
    assert kb.roles_of("person:david-cameron", "2015-01-01") == [("head of government", "GBR")]
    assert kb.roles_of("person:david-cameron", "2020-01-01") == []
    assert ("high representative", "EU") in kb.roles_of("person:kaja-kallas", "2025-06-01")


@pytest.mark.parametrize("bloc, member, date, expected", [
    ("EU", "GBR", "2019-01-01", True), ("EU", "GBR", "2021-01-01", False), ("EU", "HRV", "2012-01-01", False),
    ("NATO", "FIN", "2024-01-01", True), ("NATO", "FIN", "2022-01-01", False), ("NATO", "SWE", "2024-03-07", True),
    ("NATO", "SWE", "2024-03-06", False), ("BRICS", "IRN", "2024-06-01", True), ("BRICS", "IRN", "2023-06-01", False),
    ("BRICS", "IDN", "2025-06-01", True), ("G7", "RUS", "2026-01-01", False), ("UN", "FRA", "2026-01-01", True),
    ("UN", "TWN", "2026-01-01", False), ("UNSC", "RUS", None, True), ("COE", "RUS", "2023-01-01", False),
    ("european-allies", "GBR", "2026-01-01", True), ("european-allies", "TUR", "2026-01-01", False),
    ("OPEC", "QAT", "2020-01-01", False), ("OPEC+", "SAU", "2026-01-01", True), ("G20", "EU", None, True),
])
def test_dated_membership(kb, bloc, member, date, expected):
    assert (member in kb.members(bloc, date)) is expected


def test_blocs_of_and_blocs(kb):
    assert {"EU", "NATO", "G7", "G20", "UN"} <= set(kb.blocs_of("FRA", "2026-01-01"))
    assert "EU" not in kb.blocs_of("GBR", "2026-01-01")
    assert {"EU", "NATO", "G7", "AUKUS", "european-allies"} <= {b.id for b in kb.blocs()}


def test_every_state_is_there(kb):
    states = {e.id for e in kb.entries("state")}
    assert len(states) >= 196 and {"TWN", "XKX", "PSE", "VAT", "SSD"} <= states
    assert all(re.fullmatch(r"[A-Z]{3}", s) for s in states)
    assert kb.get("GBR").wikidata == "Q145"


def test_aliases_for_a_phrase_matcher(kb):
    aliases = list(kb.aliases())
    assert all(isinstance(a, Alias) for a in aliases)
    kinds = {a.kind for a in aliases}
    assert kinds <= {"name", "short", "abbreviation", "adjective", "demonym", "capital", "seat", "alias"}
    assert Alias("Kremlin", "RUS", "seat") in aliases
    us = [a for a in aliases if a.text == "US" and a.actor == "USA"]
    assert us and us[0].case_sensitive  # "us" the pronoun must not match


def test_person_ids_are_slugs_of_their_names(kb):
    for e in kb.entries("person"):
        assert e.id == "person:" + slugify(e.name)
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slugify("Jonas Gahr Støre") == "jonas-gahr-store"


@pytest.mark.parametrize("a, b", [("U.S.", "US"), ("the Élysée", "Elysee"), ("Quai d'Orsay", "quai dorsay"),
                                  ("Guinea-Bissau", "guinea bissau"), ("Russia's", "Russia")])
def test_lookup_key_is_insensitive(a, b):
    assert key(a) == key(b)


def test_user_dir_overrides_and_extends(tmp_path, monkeypatch):
    (tmp_path / "mine.json").write_text(json.dumps({"entries": [
        {"id": "GBR", "name": "Britain (user)", "seats": ["Number Eleven"]},
        {"id": "org:my-ngo", "name": "My NGO", "type": "organization", "country": "FRA", "aliases": ["the Group"]},
    ]}), encoding="utf-8")
    monkeypatch.setenv("FAULTLINE_KB_DIR", str(tmp_path))
    kb = KnowledgeBase.load()
    assert kb.get("GBR").name == "Britain (user)"
    assert kb.lookup("Number Eleven")[0].id == "GBR"
    assert kb.lookup("Downing Street")[0].id == "GBR"  # extended, not replaced
    assert kb.lookup("the Group")[0].country == "FRA"
    assert default_kb().get("org:my-ngo") is not None
    monkeypatch.delenv("FAULTLINE_KB_DIR")
    assert KnowledgeBase.load().get("org:my-ngo") is None


def test_explicit_extra_file_with_replace(tmp_path):
    extra = tmp_path / "x.json"
    extra.write_text(json.dumps({"entries": [{"id": "FRA", "name": "France", "type": "state", "replace": True}]}))
    kb = KnowledgeBase.load(extra=[extra])
    assert kb.lookup("Paris") == [] and kb.lookup("France")[0].id == "FRA"


@pytest.mark.parametrize("content, needle", [
    ("{not json", "not valid JSON"),
    ('[1, 2]', "JSON object"),
    ('{"entries": [{"name": "No id"}]}', "entry #0"),
    ('{"entries": [{"id": "X", "type": "planet"}]}', "'type'"),
    ('{"entries": [{"id": "X", "aliases": "one"}]}', "'aliases'"),
    ('{"entries": [{"id": "B", "members": [["FRA", "2020-13-01", null]]}]}', "bad member"),
    ('{"entries": [{"id": "person:x", "roles": [["foreign minister", "GBR", "2020", "2019"]]}]}', "bad role"),
    ('{"roles": [{"forms": ["x"]}]}', "role #0"),
])
def test_malformed_file_names_file_and_entry(tmp_path, content, needle):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=[bad])
    assert "bad.json" in str(info.value) and needle in str(info.value) and "[E300]" in str(info.value)


def test_missing_extra_file_is_an_error(tmp_path):
    with pytest.raises(KnowledgeBaseError):
        KnowledgeBase.load(extra=[tmp_path / "nope.json"])


def test_bad_query_date_is_an_error(kb):
    with pytest.raises(KnowledgeBaseError):
        kb.holder("GBR", "foreign minister", "yesterday")


def test_describe(kb):
    d = describe(kb, "the Kremlin", "2026-01-01")
    assert d["matches"][0]["id"] == "RUS" and "CSTO" in d["matches"][0]["blocs"]
    d = describe(kb, "Yvette Cooper", "2026-01-01")
    assert d["matches"][0]["roles"] == [{"role": "foreign minister", "country": "GBR"}]
    json.dumps(d)


SAMPLE_ACTORS = """\
# a comment line
FREEDONIA_  [GBR]
+FREEDONIAN_
+FREDONIA_CITY_ # a city

JOHN_QUINCY_EXAMPLE_  # CountryInfo.txt
+J._Q._EXAMPLE_
\t[GBRGOV 150101-200131]
\t[GBRELI >200131]
\t[---]

FREEDONIAN_ARMY_
+FREEDONIAN_ARMED_FORCES_
\t[GBRMIL]

THE_UNITED_NATIONS_ [IGOUNO]
MARIA_PLACEHOLDER_ [IGOUNO 990101-031231] [ELI]

BROKEN_DATES_PERSON_
\t[FRAGOV 9008223-911221]
NO_CODE_ACTOR_
"""
SAMPLE_AGENTS = """\
!PERSON! = MAN, WOMAN
MINISTER {MINISTERS} [~GOV]
MILITIA!PERSON! [~REB]
"""


def test_phoenix_import_on_a_tiny_sample(tmp_path, monkeypatch):
    actors = tmp_path / "Sample.actors.txt"
    actors.write_text(SAMPLE_ACTORS, encoding="utf-8")
    agents = tmp_path / "Sample.agents.txt"
    agents.write_text(SAMPLE_AGENTS, encoding="utf-8")
    data = import_phoenix([actors, agents])
    by_id = {e["id"]: e for e in data["entries"]}
    assert "Freedonian" in by_id["GBR"]["imported_aliases"]
    person = by_id["person:john-quincy-example"]
    assert ["government official", "GBR", "2015-01-01", "2020-01-31"] in person["roles"]
    assert ["elite", "GBR", "2020-01-31", None] in person["roles"]
    assert by_id["org:freedonian-army"]["country"] == "GBR"
    assert "The United Nations" in by_id["UN"]["imported_aliases"]
    assert by_id["person:maria-placeholder"]["roles"][0][:2] == ["intergovernmental", "UN"]
    assert data["agents"]["ministers"] == "GOV" and data["agents"]["militiawoman"] == "REB"
    assert data["report"]["bad_dates"] >= 1 and data["report"]["files"] == 2
    monkeypatch.setenv("FAULTLINE_KB_DIR", str(tmp_path / "kbdir"))
    path = write_user_kb(data, "sample")
    assert path.parent == tmp_path / "kbdir" and path.name == "sample.json"
    kb = KnowledgeBase.load()
    assert kb.lookup("Freedonian")[0].id == "GBR"
    assert kb.roles_of("person:john-quincy-example", "2016-06-01") == [("government official", "GBR")]
    assert kb.agent("minister") == "GOV"
    assert kb.lookup("the Kremlin")[0].id == "RUS"  # imports never outrank curated data


@pytest.mark.shared
def test_phoenix_import_on_the_real_files(shared_dir, tmp_path):
    folder = shared_dir / "resources" / "phoenix_dictionaries"
    files = [folder / n for n in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                  "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")]
    data = import_phoenix(files)
    report = data["report"]
    assert report["files"] == 4 and report["persons"] > 5000 and report["agents"] > 1000
    by_id = {e["id"]: e for e in data["entries"]}
    assert "person:kofi-annan" in by_id and any(r[1] == "UN" for r in by_id["person:kofi-annan"]["roles"])
    out = tmp_path / "phoenix.json"
    out.write_text(json.dumps(data), encoding="utf-8")
    kb = KnowledgeBase.load(extra=[out])
    assert kb.lookup("the Kremlin")[0].id == "RUS"
    assert kb.holder("GBR", "foreign minister", "2026-01-01").id == "person:yvette-cooper"


# ---------------------------------------------------------------- imported (Phoenix) names

from faultline.kb.imported import ImportedNames  # noqa: E402
from faultline.kb.phoenix import _split_parenthesis  # noqa: E402

IMPORTED = {
    "entries": [
        {"id": "person:robert-mugabe", "name": "Robert Mugabe", "type": "person",
         "roles": [["government official", "ZWE", "1980-04-18", None]]},
        {"id": "person:george-bush", "name": "George Bush", "type": "person",
         "roles": [["government official", "USA", "1989-01-20", "1993-01-20"]]},
        {"id": "person:george-w-bush", "name": "George W. Bush", "type": "person",
         "roles": [["government official", "USA", "2001-01-20", "2009-01-20"]]},
        {"id": "person:ann-smith", "name": "Ann Smith", "type": "person", "roles": [["elite", "GBR", None, None]]},
        {"id": "person:bob-smith", "name": "Bob Smith", "type": "person", "roles": [["elite", "AUS", None, None]]},
        {"id": "person:ukraine", "name": "Ukraine", "type": "person", "aliases": ["Odesa"],
         "roles": [["government official", "UKR", "1991-12-01", None]]},
        {"id": "org:the-us-secretary-of-state", "name": "The US Secretary Of State", "type": "organization"},
        {"id": "org:amnesty-international", "name": "Amnesty International", "type": "organization",
         "aliases": ["AI"]},
        {"id": "org:albanian-national-army", "name": "Albanian National Army", "type": "group",
         "aliases": ["ANA"]},
        {"id": "PSE", "imported_aliases": ["Gaza Strip", "West Bank"]},
    ],
    "agents": {"rebel": "REB", "militiaman": "UAF"},
}


@pytest.fixture(scope="module")
def imported():
    return ImportedNames(IMPORTED, default_kb())


def test_imported_lookup_and_dated_country(imported):
    assert imported.lookup("the Gaza Strip").id == "PSE"
    assert imported.lookup("Robert Mugabe", "2000-01-01").country == "ZWE"
    assert imported.lookup("Amnesty International").country is None
    assert imported.lookup("Harare") is None


def test_an_imported_acronym_names_its_actor_only_in_capitals(imported):
    assert imported.lookup("ANA").id == "org:albanian-national-army"
    assert imported.lookup("Ana") is None          # a given name
    assert imported.lookup("Amnesty International").id == "org:amnesty-international"


def test_imported_state_filed_as_person_becomes_the_state(imported):
    found = imported.lookup("Odesa")
    assert (found.id, found.type) == ("UKR", "state")


def test_imported_offices_are_left_to_the_role_resolver(imported):
    assert imported.lookup("The US Secretary of State") is None


@pytest.mark.parametrize("surname,date,expected", [
    ("Mugabe", "2000-01-01", ("person:robert-mugabe", "ZWE")),
    ("Bush", "1990-06-01", ("person:george-bush", "USA")),   # the one in office then
    ("Bush", "2000-01-01", ("person:bush", "USA")),          # neither in office: both American
    ("Smith", "2000-01-01", None),                           # two states: ambiguous
    ("Nobody", "2000-01-01", None),
])
def test_imported_surnames(imported, surname, date, expected):
    found = imported.by_surname(surname, date)
    assert (None if found is None else (found.id, found.country)) == expected


def test_imported_agents_accept_regular_plurals(imported):
    assert imported.agent("rebels") == "REB"
    assert imported.agent("militiamen") == "UAF"
    assert imported.agent("economy") is None


def test_bundled_import_is_lazy_and_carries_the_attribution():
    import gzip

    from faultline.kb.imported import PHOENIX_FILE

    kb = KnowledgeBase.load()
    assert all(not str(p).endswith(".gz") for p in kb.files)  # not part of the default KB
    with gzip.open(PHOENIX_FILE, "rt", encoding="utf-8") as f:
        head = f.read(2000)
    assert "Open Event Data Alliance" in head and "MIT" in head


def test_phoenix_parenthesis_becomes_an_alias():
    assert _split_parenthesis("Moro Islamic Liberation Front (milf)") == ("Moro Islamic Liberation Front", ["MILF"])
    assert _split_parenthesis("Hamas") == ("Hamas", [])


def test_phoenix_stateless_bodies_are_kept(tmp_path):
    path = tmp_path / "Phoenix.International.actors.txt"
    path.write_text("AMNESTY_INTERNATIONAL_\t[NGOHRIAMN]\n\nAL_QAIDA_ [IMGMUSALQ]\n\n"
                    "UKRAINE_ [UKR 911201-]\n+ODESA_\n\n", encoding="utf-8")
    data = import_phoenix([path])
    by_id = {e["id"]: e for e in data["entries"]}
    assert by_id["org:amnesty-international"]["type"] == "organization"
    assert "country" not in by_id["org:amnesty-international"]
    assert by_id["org:al-qaida"]["type"] == "group"
    assert "odesa" in [a.lower() for a in by_id["UKR"]["imported_aliases"]]  # a dated country block: the state


# ---------------------------------------------------------------- round 3: older news

@pytest.mark.parametrize("name, date, state, role", [
    ("Carlos Menem", "1995-06-01", "ARG", "head of state"),
    ("Carlos Saul Menem", "2005-01-01", "ARG", "head of state"),  # out of office: the state he served
    ("Desmond Tutu", "1995-06-01", "ZAF", None),
    ("Askar Akayev", "2000-01-01", "KGZ", "head of state"),
    ("Jose Eduardo dos Santos", "2000-01-01", "AGO", "head of state"),
    ("Abdelaziz Bouteflika", "2000-01-01", "DZA", "head of state"),
    ("Abdelaziz Bouteflika", "1970-01-01", "DZA", "foreign minister"),
    ("Laurent Gbagbo", "2003-01-01", "CIV", "head of state"),
    ("Juvenal Habyarimana", "1990-01-01", "RWA", "head of state"),
    ("Omar Hassan al-Bashir", "2000-01-01", "SDN", "head of state"),
    ("Zoran Djindjic", "2002-01-01", "SRB", "head of government"),
    ("Slobodan Milosevic", "1999-01-01", "SRB", "head of state"),
    ("Abdullah Ocalan", "1999-01-01", "TUR", None),
    ("Farouk al-Sharaa", "2000-01-01", "SYR", "foreign minister"),
])
def test_historical_people(kb, name, date, state, role):
    found = [e for e in kb.lookup(name, date) if e.type == "person"]
    assert found and found[0].country == state and found[0].role == role


def test_historical_people_are_not_holders_today(kb):
    # dated roles: Menem is no head of state of Argentina in 2020, he was in 1995
    assert kb.holder("ARG", "head of state", "1995-06-01").id == "person:carlos-menem"
    holder = kb.holder("ARG", "head of state", "2020-06-01")
    assert holder is None or holder.id != "person:carlos-menem"


@pytest.mark.parametrize("text, expected", [
    ("Northern Ireland", "GBR"), ("Jericho", "PSE"), ("East Jerusalem", "PSE"), ("Kampuchea", "KHM"),
    ("Khatmandu", "NPL"), ("Zaire", "COD"), ("West Germany", "DEU"), ("Sindh", "PAK"),
    ("RUF", "org:ruf"), ("Revolutionary United Front", "org:ruf"), ("PKK", "org:pkk"), ("NPFL", "org:npfl"),
    ("International Labor Office", "ILO"), ("ILO", "ILO"), ("al-Qaeda", "org:al-qaeda"), ("al Qaida", "org:al-qaeda"),
    ("Islamic Salvation Front", "org:fis"), ("UNITA", "org:unita"),
])
def test_older_names_places_and_groups(kb, text, expected):
    found = kb.lookup(text, "2000-01-01")
    assert found and found[0].id == expected


@pytest.mark.parametrize("group, state", [
    ("org:ruf", "SLE"), ("org:pkk", "TUR"), ("org:npfl", "LBR"), ("org:fis", "DZA"), ("org:al-qaeda", None), ("ILO", None),
])
def test_armed_groups_act_for_the_state_they_fight_in(kb, group, state):
    assert kb.get(group).country == state


def test_older_adjectives(kb):
    assert kb.country_of_adjective("Kampuchean") == "KHM"
    assert kb.country_of_adjective("Zairean") == "COD"
    assert kb.country_of_adjective("West German") == "DEU"


@pytest.mark.parametrize("text, date, expected", [
    ("Juba", "2000-01-01", ["SDN"]), ("Juba", "2011-07-08", ["SDN"]), ("Juba", "2011-07-09", ["SSD"]),
    ("Juba", "2020-01-01", ["SSD"]), ("Bonn", "1990-01-01", ["DEU"]), ("Bonn", "2020-01-01", []),
    ("Yugoslavia", "2000-01-01", ["SRB"]), ("Yugoslavia", "1980-01-01", []),
])
def test_dated_aliases_hold_only_in_their_dates(kb, text, date, expected):
    assert [e.id for e in kb.lookup(text, date)] == expected


def test_dated_alias_activity_and_current_names(kb):
    assert kb.alias_active("Juba", "SDN", "2000-01-01") and not kb.alias_active("Juba", "SDN", "2015-01-01")
    assert kb.alias_active("Paris", "FRA", "1800-01-01")  # undated names hold at any date
    # only a name still in use says which state an adjective or name means
    assert kb.country_of_adjective("South Sudan") == "SSD" and kb.country_of_adjective("Juba") is None


def test_preferred_alias_ranks_a_shared_name_first(kb):
    assert [e.id for e in kb.lookup("Congolese")][:2] == ["COD", "COG"]
    assert kb.country_of_adjective("Congolese") == "COD"
    shared = [a.actor for a in kb.aliases() if a.text == "Congolese"]
    assert shared[0] == "COD" and "COG" in shared
    # a preference outranks a better kind of name: Ethiopia's capital before the AU's seat
    assert [e.id for e in kb.lookup("Addis Ababa")][:2] == ["ETH", "AU"]


def test_a_body_of_one_state_stands_for_it_in_role_phrases(kb):
    assert kb.parse_role("PLO chairman").country == "PSE"
    assert kb.parse_role("UN chief").country == "UN"


def test_dated_alias_and_preference_in_a_user_file(tmp_path):
    extra = tmp_path / "x.json"
    extra.write_text(json.dumps({"entries": [
        {"id": "FRA", "dated_aliases": [["Gaul", None, "0500-01-01"], {"text": "Vichy", "kind": "seat",
                                                                       "since": "1940-07-10", "until": "1944-08-20"}]},
        {"id": "COG", "preferred_aliases": ["Congolese"]}]}))
    kb = KnowledgeBase.load(extra=[extra])
    assert [e.id for e in kb.lookup("Vichy", "1942-01-01")] == ["FRA"] and kb.lookup("Vichy", "1950-01-01") == []
    assert kb.lookup("Gaul", "0100-01-01")[0].id == "FRA"
    assert kb.country_of_adjective("Congolese") == "COG"


@pytest.mark.parametrize("item, needle", [
    (["Juba", "2011", "2010"], "not after"),
    (["Juba", "planet", None, None], "kind"),
    ({"kind": "alias"}, "expected"),
    (["", None, None], "empty"),
])
def test_malformed_dated_alias(tmp_path, item, needle):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"entries": [{"id": "SDN", "dated_aliases": [item]}]}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=[bad])
    assert "bad dated alias" in str(info.value) and needle in str(info.value)


def test_informal_groupings_of_states_are_blocs_with_members():
    kb = default_kb()
    assert kb.members("nordic-states", "2026-01-01") == frozenset({"DNK", "FIN", "ISL", "NOR", "SWE"})
    assert kb.members("baltic-states", "2026-01-01") == frozenset({"EST", "LVA", "LTU"})
    assert kb.members("V4", "2026-01-01") == frozenset({"CZE", "HUN", "POL", "SVK"})
    assert kb.members("E3", "2026-01-01") == frozenset({"GBR", "FRA", "DEU"})
    assert [e.id for e in kb.lookup("the Baltics")] == ["baltic-states"]
    assert [e.id for e in kb.lookup("Elysée")] == ["FRA"]


def test_ecowas_is_a_bloc_whose_sahel_members_left_in_2025():
    kb = default_kb()
    assert kb.get("ECOWAS").type == "bloc"
    assert {"MLI", "BFA", "NER"} <= kb.members("ECOWAS", "2024-06-01")
    assert not {"MLI", "BFA", "NER"} & kb.members("ECOWAS", "2026-01-01")
    assert kb.members("AES", "2026-01-01") == frozenset({"MLI", "BFA", "NER"})


def test_kb_lookup_command_prints_what_the_kb_says() -> None:
    import json

    from typer.testing import CliRunner

    from faultline.cli import app
    result = CliRunner().invoke(app, ["kb", "lookup", "the Kremlin", "--date", "2026-01-01", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["matches"][0]["id"] == "RUS"


def test_irish_offices_are_read_as_offices(kb):
    assert kb.parse_role("Tánaiste").role == "deputy head of government"
    assert kb.parse_role("Tánaiste").country == "IRL"
    assert kb.parse_role("Taoiseach").role == "head of government"



def test_territories_with_their_own_code_are_actors():
    # Greenland, Hong Kong, Western Sahara …: named as actors in the news and coded on their own
    kb = default_kb()
    assert [e.id for e in kb.lookup("Greenland")] == ["GRL"]
    assert kb.country_of_adjective("Greenlandic") == "GRL"
    assert [e.id for e in kb.lookup("Hong Kong")] == ["HKG"]
    assert kb.lookup("San Juan") == []      # a capital that is also a common place name: no metonym


def test_a_party_s_leader_is_no_head_of_state():
    kb = default_kb()
    info = kb.parse_role("Vox leader")
    assert (info.role, info.country) == ("party leader", "ESP")
    assert kb.parse_role("Russian leader").role == "head of state"


def test_an_armed_movement_s_leader_is_no_head_of_its_state():
    # "Hezbollah leader Naim Qassem" under a Beirut dateline: the movement's leader, not Lebanon's
    kb = default_kb()
    info = kb.parse_role("Hezbollah leader", "LBN")
    assert (info.role, info.country) == ("party leader", "LBN")
    assert kb.parse_role("Lebanese leader").role == "head of state"


def test_a_partys_leader_named_after_the_office_or_ranked_is_its_leader():
    kb = default_kb()
    assert kb.parse_role("the leader of the Democratic Unionist Party", "GBR").role == "party leader"
    assert kb.parse_role("The APC's state chairman", "NGA").role == "party leader"
    assert kb.parse_role("the leader of Britain", None) is None or \
        kb.parse_role("the leader of Britain", None).role != "party leader"


def test_the_migration_commissioner_is_the_eu_s():
    info = default_kb().parse_role("Migration commissioner")
    assert (info.role, info.country) == ("interior minister", "EU")


def test_a_shared_office_names_no_one_when_several_hold_it(tmp_path):
    extra = tmp_path / "envoys.json"
    extra.write_text(json.dumps({"entries": [
        {"id": "person:ann-one", "name": "Ann One", "type": "person", "roles": [["envoy", "USA", "2025-01-01", None]]},
        {"id": "person:bob-two", "name": "Bob Two", "type": "person", "roles": [["envoy", "USA", "2025-02-01", None]]},
        {"id": "person:cy-three", "name": "Cy Three", "type": "person",
         "roles": [["foreign minister", "ATA", "2025-01-01", None]]}]}))
    kb = KnowledgeBase.load(extra=[extra])
    assert kb.holder("USA", "envoy", "2025-06-01") is None
    assert kb.holder("USA", "envoy", "2025-01-15").id == "person:ann-one"   # one holder then
    assert kb.holder("ATA", "foreign minister", "2025-06-01").id == "person:cy-three"


def test_ministries_known_by_their_own_names(kb):
    # India's foreign ministry is the Ministry of External Affairs
    assert [e.id for e in kb.lookup("Ministry of External Affairs")] == ["org:indian-foreign-ministry"]
    assert [e.id for e in kb.lookup("Quai d'Orsay")] == ["org:quai-dorsay"]


def test_african_heads_of_state_hold_office_at_their_dates(kb):
    [now] = kb.lookup("William Ruto", "2024-01-01")
    assert (now.id, now.country, now.role) == ("person:william-ruto", "KEN", "head of state")
    assert kb.lookup("Abiy Ahmed", "2024-01-01")[0].country == "ETH"


def test_the_democratic_republic_of_congo_without_the_article_is_the_drc():
    kb = default_kb()
    assert kb.lookup("Democratic Republic of Congo")[0].id == "COD"
    # bare "Congo" is either Congo; a text that names one of them unambiguously decides
    assert {e.id for e in kb.lookup("Congo")} == {"COG", "COD"}


@pytest.mark.parametrize(("name", "state"), [("Xinhua", "CHN"), ("KCNA", "PRK"), ("TASS", "RUS"), ("IRNA", "IRN"),
                                             ("Yonhap", "KOR"), ("Anadolu Agency", "TUR")])
def test_state_news_agencies_speak_from_their_state(name, state):
    [entry] = [e for e in default_kb().lookup(name) if e.type == "organization"]
    assert entry.country == state


def test_aden_the_seat_of_yemens_government_names_yemen():
    assert default_kb().lookup("Aden")[0].id == "YEM"


@pytest.mark.parametrize("title", ["Foreign Affairs Secretary", "Cabinet Secretary for Foreign Affairs",
                                   "Minister of International Relations"])
def test_foreign_ministers_go_by_many_titles(title):
    assert default_kb().parse_role(title).role == "foreign minister"


@pytest.mark.parametrize("town", ["Rafah", "Jabalia", "Ramallah", "Hebron"])
def test_palestinian_towns_name_the_palestinian_state(town):
    assert default_kb().lookup(town)[0].id == "PSE"


def test_qatar_s_prime_minister_is_also_its_foreign_minister():
    kb = default_kb()
    [entry] = kb.lookup("Mohammed bin Abdulrahman Al Thani", "2024-05-14")
    held = {(role, country) for role, country, *_ in kb.roles_of(entry.id, "2024-05-14")}
    assert {("head of government", "QAT"), ("foreign minister", "QAT")} <= held
    assert kb.holder("QAT", "head of government", "2024-05-14").id == entry.id
    before = kb.holder("QAT", "head of government", "2022-06-01")    # prime minister since 2023-03-07
    assert before is None or before.id != entry.id


@pytest.mark.parametrize(("text", "country", "expected"), [
    # Hong Kong's chief executive heads its government; a company's or a campaign group's does not
    ("Hong Kong chief executive", None, ("head of government", "HKG")),
    ("chief executive of Hong Kong", None, ("head of government", "HKG")),
    ("Delta's chief executive", None, None),
    ("the chief executive of the New Georgia Project", "USA", None),
    ("chief executive", None, None),
    # "Gov." is a governor's title
    ("Gov.", "USA", ("governor", "USA")),
])
def test_parse_role_of_titles_that_are_offices_only_somewhere(kb, text, country, expected):
    info = kb.parse_role(text, country)
    assert (None if info is None else (info.role, info.country)) == expected


def test_a_role_word_after_an_honorific_is_a_surname(kb):
    assert kb.find_roles("a show that Mr. King's company owns") == []
    assert [r for *_, r in kb.find_roles("King Abdullah of Jordan")] == ["head of state"]


@pytest.mark.parametrize(("text", "expected"), [
    # a party's adjective before an office names the party's leader and state, never on its own
    ("Democratic leader", ("party leader", "USA")),
    ("Senate Republican leader", ("party leader", "USA")),
    ("Democratic senator", ("lawmaker", "USA")),
])
def test_a_party_adjective_before_an_office(kb, text, expected):
    info = kb.parse_role(text)
    assert (info.role, info.country) == expected


def test_a_party_adjective_is_no_alias(kb):
    assert kb.lookup("Democratic") == [] and kb.lookup("Republican") == []


def test_an_economy_minister_is_the_finance_minister_except_where_the_two_ministries_differ():
    kb = default_kb()
    assert kb.parse_role("German economy minister") == RoleInfo("economy minister", "DEU")
    assert kb.parse_role("Argentine economy minister") == RoleInfo("finance minister", "ARG")
    assert kb.holder("DEU", "economy minister", "2026-06-01").id == "person:katherina-reiche"
    assert kb.holder("DEU", "finance minister", "2026-06-01").id == "person:lars-klingbeil"


def test_a_european_commissioner_is_the_eu_s_whatever_the_holder_s_nationality():
    kb = default_kb()
    assert kb.parse_role("climate commissioner", "EU") == RoleInfo("european commissioner", "EU")
    assert kb.parse_role("Irish agriculture commissioner") == RoleInfo("european commissioner", "EU")
    assert kb.parse_role("EU commissioner") == RoleInfo("european commissioner", "EU")
    assert kb.parse_role("police commissioner") is None        # no office of the KB's
    assert kb.roles_of("person:wopke-hoekstra", "2026-01-01") == [("european commissioner", "EU")]
    assert kb.bloc_of_role("european commissioner") == "EU" and kb.bloc_of_role("foreign minister") is None


@pytest.mark.parametrize("text", ["the chairperson of the AU Commission", "chairperson of the African Union Commission",
                                  "the AU Commission chairperson"])
def test_the_au_commission_s_chairperson_by_any_of_its_names(kb, text):
    info = kb.parse_role(text)
    assert info is not None and (info.role, info.country) == ("commission president", "AU")


def test_an_official_representative_of_a_ministry_is_its_spokesperson(kb):
    # the title of the Russian foreign ministry's spokesperson, not a member of a legislature
    info = kb.parse_role("Official Representative of the Ministry of Foreign Affairs")
    assert info is not None and info.role == "spokesperson"
    assert kb.parse_role("representative").role == "lawmaker"


def test_is_adjective_tells_a_states_adjective_from_its_names(kb) -> None:
    assert kb.is_adjective("Estonian") and kb.is_adjective("American")
    assert not kb.is_adjective("U.S.") and not kb.is_adjective("Philippines") and not kb.is_adjective("Estonia")


def test_tenures_lists_past_offices_too(kb) -> None:
    roles = {(t.role, t.country) for t in kb.tenures("person:kaja-kallas")}
    assert ("head of government", "EST") in roles and ("high representative", "EU") in roles
    assert kb.tenures("person:no-such-person") == []
