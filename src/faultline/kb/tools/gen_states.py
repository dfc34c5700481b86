"""Generate ``kb/data/states.json`` and ``kb/data/ministries.json`` from ``states_table.txt``.

Run once by a maintainer (``python -m faultline.kb.tools.gen_states``); the runtime never imports
this. ``pycountry`` (optional, only here) adds official names and checks the alpha-3 codes.
Why a table plus a script: the table is easy to review line by line, the JSON is what the loader reads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"

# Capitals that are ordinary words or other places in English news: kept as `capital`, never aliases.
NOT_METONYMS = {
    "Male", "Malé", "Victoria", "Kingston", "Kingstown", "Georgetown", "Saint John's", "St John's",
    "Saint George's", "St George's", "Monaco", "San Marino", "Singapore", "Luxembourg City",
    "Djibouti City", "Vatican City", "Brussels", "Kuwait City", "Panama City", "Guatemala City",
    "Mexico City", "Praia", "Roseau", "Delhi", "East Jerusalem", "Sucre", "Putrajaya",
    "Sri Jayawardenepura Kotte", "Dar es Salaam", "Abidjan", "Cape Town", "Amsterdam", "Lima",
    "San Juan",
}

# Seats of power used as metonyms for a state's government.
SEATS = {
    "RUS": ["Kremlin"],
    "FRA": ["Élysée", "Elysee", "Elysée", "Élysée Palace", "Elysee Palace", "Elysée Palace", "Matignon",
            "Hôtel Matignon"],
    "GBR": ["Downing Street", "Number 10", "No 10", "No. 10", "Number Ten", "Whitehall"],
    "USA": ["White House", "Oval Office"],
    "CHN": ["Zhongnanhai"],
    "DEU": ["Chancellery", "Berlin's Chancellery", "Kanzleramt", "Bundeskanzleramt"],
    "ITA": ["Palazzo Chigi", "Chigi Palace", "Chigi palace", "Quirinale", "Quirinal"],
    "ESP": ["Moncloa", "La Moncloa", "Moncloa Palace"],
    "JPN": ["Kantei"],
    "UKR": ["Bankova"],
    "BRA": ["Planalto", "Palácio do Planalto", "Planalto Palace"],
    "ARG": ["Casa Rosada"],
    "PHL": ["Malacañang", "Malacanang", "Malacañang Palace"],
    "IND": ["South Block", "Raisina Hill"],
    "KOR": ["Blue House", "Yongsan"],
    "VAT": ["Holy See"],
    "POL": ["Belweder"],
    "TUR": ["Beştepe", "Bestepe"],
}

# Where the president (or equivalent) heads the government too: `holder(c, "head of government")`
# then falls back to the head of state.
HEAD_OF_STATE_LEADS_GOVERNMENT = {
    "USA", "BRA", "ARG", "MEX", "IDN", "ZAF", "KOR", "NGA", "KEN", "PHL", "COL", "CHL", "ECU", "BOL",
    "URY", "PRY", "VEN", "CRI", "PAN", "GTM", "HND", "SLV", "NIC", "DOM", "CYP", "AFG", "GHA", "ZMB",
    "ZWE", "AGO", "MWI", "LBR", "SLE", "GMB", "BEN", "SYC", "TKM", "SSD", "MDV", "PLW", "FSM", "MHL",
    "KIR", "NRU", "BWA", "SUR", "CUB",
}
# Turkey abolished its prime minister on 2018-07-09: recorded as dated data.
SINCE = {"TUR": "2018-07-09"}

MINISTRY_STATES = [
    "GBR", "USA", "FRA", "DEU", "ITA", "RUS", "CHN", "UKR", "POL", "ESP", "NLD", "SWE", "FIN", "NOR",
    "HUN", "ISR", "IRN", "PRK", "BLR", "JPN", "IND", "BRA", "ARG", "MEX", "IDN", "KOR", "SAU", "ZAF",
    "TUR", "CAN", "AUS", "EGY", "QAT", "ARE", "SYR", "BEL", "AUT", "DNK", "GRC", "PRT", "IRL", "CZE",
    "SVK", "ROU", "BGR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "PAK", "AFG", "IRQ",
    "LBN", "JOR", "TWN", "VNM", "PHL", "THA", "MYS", "SGP", "NZL", "CHE", "VEN", "CUB", "SRB", "HRV",
]


# Ministries with their own well-known names (id, name, extra aliases).
SPECIAL_MINISTRIES = {
    ("GBR", "foreign"): ("org:foreign-office", "Foreign, Commonwealth and Development Office",
                         ["Foreign Office", "FCDO", "Foreign and Commonwealth Office", "FCO",
                          "British Foreign Office", "UK Foreign Office"]),
    ("GBR", "defence"): ("org:uk-ministry-of-defence", "Ministry of Defence (UK)",
                         ["UK Ministry of Defence", "British Ministry of Defence", "UK MoD"]),
    ("USA", "foreign"): ("org:state-department", "United States Department of State",
                         ["State Department", "Department of State", "US State Department",
                          "U.S. State Department", "Foggy Bottom"]),
    ("USA", "defence"): ("org:pentagon", "United States Department of Defense",
                         ["Pentagon", "Department of Defense", "Defense Department", "Department of War",
                          "War Department", "US Defense Department"]),
    ("FRA", "foreign"): ("org:quai-dorsay", "French Ministry for Europe and Foreign Affairs",
                         ["Quai d'Orsay", "French Foreign Ministry"]),
    ("FRA", "defence"): ("org:french-armed-forces-ministry", "French Ministry of the Armed Forces",
                         ["French armed forces ministry", "Hôtel de Brienne"]),
    ("DEU", "foreign"): ("org:german-foreign-office", "German Federal Foreign Office",
                         ["Auswärtiges Amt", "German Foreign Office", "Federal Foreign Office",
                          "Foreign Office"]),
    ("IND", "foreign"): ("org:indian-foreign-ministry", "Indian foreign ministry",
                         ["Ministry of External Affairs", "Indian Ministry of External Affairs",
                          "External Affairs Ministry", "MEA"]),
}


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(";") if v.strip()]


def is_abbreviation(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z.]{1,7}", text))


def read_table() -> list[dict]:
    rows = []
    for line in (HERE / "states_table.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a3, name, caps, adjs, dems, qid, aliases = (line.split("|") + [""] * 7)[:7]
        rows.append({"id": a3, "name": name, "capitals": split(caps), "adjectives": split(adjs),
                     "demonyms": split(dems), "wikidata": qid or None, "aliases": split(aliases)})
    return rows


def official_names() -> dict[str, list[str]]:
    try:
        import pycountry  # optional, generator only
    except ImportError:
        return {}
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = [getattr(c, "official_name", None), getattr(c, "common_name", None), c.name]
        out[c.alpha_3] = [n for n in names if n]
    return out


def state_entry(row: dict, official: dict[str, list[str]]) -> dict:
    a3 = row["id"]
    short = [a for a in row["aliases"] if not is_abbreviation(a)]
    abbreviations = [a for a in row["aliases"] if is_abbreviation(a)]
    extra = [n for n in official.get(a3, []) if n != row["name"] and n not in short]
    adjectives = [a for a in row["adjectives"] if a not in abbreviations]
    entry = {
        "id": a3, "name": row["name"], "type": "state", "wikidata": row["wikidata"],
        "short": short, "abbreviations": abbreviations, "aliases": extra,
        "adjectives": adjectives, "demonyms": row["demonyms"],
        "capital": row["capitals"][0] if row["capitals"] else None,
        "capitals": [c for c in row["capitals"] if c not in NOT_METONYMS],
        "seats": SEATS.get(a3, []),
    }
    if a3 in HEAD_OF_STATE_LEADS_GOVERNMENT or a3 in SINCE:
        entry["head_of_state_leads_government"] = SINCE.get(a3, True)
    return {k: v for k, v in entry.items() if v not in ([], None) or k in ("wikidata", "capital")}


def ministry_entries(states: dict[str, dict]) -> list[dict]:
    """Foreign and defence ministries of the major states, named after the adjective."""
    out = []
    for a3 in MINISTRY_STATES:
        st = states[a3]
        adj = st["adjectives"][0]
        slug_adj = re.sub(r"[^a-z]+", "-", adj.lower()).strip("-")
        for kind, names in (("foreign", ["foreign ministry", "Ministry of Foreign Affairs", "foreign affairs ministry"]),
                            ("defence", ["defence ministry", "defense ministry", "Ministry of Defence", "Ministry of Defense"])):
            aliases = []
            for n in names:
                aliases.append(f"{adj} {n}")
                if n.startswith("Ministry"):
                    aliases.append(f"{n} of {st['name']}")
            oid, name = f"org:{slug_adj}-{kind}-ministry", f"{adj} {kind} ministry"
            if (a3, kind) in SPECIAL_MINISTRIES:
                oid, name, extra = SPECIAL_MINISTRIES[(a3, kind)]
                aliases = extra + aliases
            out.append({"id": oid, "name": name, "type": "organization", "country": a3, "parent": a3,
                        "ministry": kind, "aliases": aliases})
    return out


def main() -> None:
    official = official_names()
    rows = read_table()
    if official:
        known = set(official) | {"XKX"}
        unknown = [r["id"] for r in rows if r["id"] not in known]
        assert not unknown, unknown
    entries = [state_entry(r, official) for r in rows]
    doc = {"kind": "states", "version": 1,
           "note": "Generated by faultline.kb.tools.gen_states from states_table.txt; edit the table.",
           "entries": entries}
    (DATA / "states.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    by_id = {e["id"]: e for e in entries}
    ministries = {"kind": "ministries", "version": 1,
                  "note": "Generated by faultline.kb.tools.gen_states; special names live in organizations.json.",
                  "entries": ministry_entries(by_id)}
    (DATA / "ministries.json").write_text(json.dumps(ministries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
