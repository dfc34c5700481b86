"""Import Phoenix/PETRARCH (TABARI-style) actor and agent dictionaries into faultline KB JSON.

The format, as read here (see the comments atop ``Phoenix.Countries.actors.txt``):

- ``NAME_WITH_UNDERSCORES [CODE]`` starts an actor; ``+ALIAS`` lines add synonyms; indented
  ``[CODE date-range]`` lines give dated codes; a blank line ends the actor; ``#`` starts a comment.
- A code is a 3-letter country (``RUS``), optionally followed by sector codes (``RUSGOV``), or an
  IGO/NGO/MNC code (``IGOUNO``, ``NGOUSAHRI``); ``[---]`` means no code.
- Dates: ``YYMMDD`` or ``YYYYMMDD``; ``a-b`` a range, ``>a`` from a, ``<b`` until b.
- Agents: ``WORD {PLURALS} [~GOV]``; ``!SET! = A, B`` substitution sets expand ``!SET!`` in words.

Countries map to our alpha-3 states, people to ``person:<slug>`` with dated roles named after their
sector, IGO codes to our bloc/body ids where known, other bodies to ``org:<slug>``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .loader import DATA_DIR, user_dir
from .text import key, person_id, slugify

# CAMEO sector codes and the role/sector words we give them.
SECTORS = {
    "GOV": "government official", "MIL": "military", "REB": "rebel", "OPP": "opposition", "PTY": "party official",
    "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "MED": "media", "EDU": "education",
    "BUS": "business", "CRM": "criminal", "CVL": "civilian", "ELI": "elite", "LEG": "lawmaker", "LAB": "labour",
    "REF": "refugee", "REL": "religious", "HRI": "human rights", "ENV": "environment", "AGR": "agriculture",
    "DEV": "development", "HLH": "health", "INS": "insurgent", "UAF": "armed group", "SEP": "separatist",
    "MOD": "moderate", "RAD": "radical", "NGO": "ngo", "MNC": "company", "IMG": "militant group", "PPL": "people",
    "UNK": "unknown", "IGO": "intergovernmental", "OCC": "occupation", "ACT": "activist", "MUS": "muslim",
    "CHR": "christian", "JEW": "jewish", "BUD": "buddhist", "HIN": "hindu", "SHI": "shia", "SUN": "sunni",
    "AUT": "autonomous authority", "GOVELI": "elite", "KID": "children", "IRC": "islamic",
}
GROUP_SECTORS = {"REB", "INS", "IMG", "SEP", "RAD", "UAF", "CRM"}
# IGO codes (longest prefix wins) -> our ids.
IGO_IDS = {
    "IGOUNO": "UN", "IGOEUREEC": "EU", "IGOWSTNAT": "NATO", "IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO",
    "IGOSEAASN": "ASEAN", "IGOUNOKID": "UNICEF", "IGOBUSOPC": "OPEC", "IGOUNOREFHCR": "UNHCR", "IGOAFRAFU": "AU",
    "IGOAFROAU": "AU", "IGOBUSIMF": "IMF", "IGOJUDICC": "ICC", "IGOUNOJUDICJ": "ICJ", "IGOBUSWTO": "WTO",
    "IGOMEAARL": "ARAB-LEAGUE", "IGOCWN": "COMMONWEALTH", "IGOUNOWFP": "WFP", "IGOUNOWBK": "WORLD-BANK",
    "IGOUNODEVWBK": "WORLD-BANK", "IGOUNOHRIHCH": "OHCHR", "IGOGCC": "GCC", "IGOEUROSC": "OSCE",
}
# Phoenix country codes that differ from ISO 3166-1 alpha-3.
COUNTRY_FIXES = {"KOS": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR"}
ORG_WORDS = {"ARMY", "FORCES", "FORCE", "PARTY", "MINISTRY", "COUNCIL", "COMMITTEE", "FRONT", "MOVEMENT", "ORGANIZATION",
             "ORGANISATION", "BRIGADE", "BRIGADES", "GROUP", "GROUPS", "UNION", "ASSOCIATION", "AGENCY", "BANK", "CORPS",
             "POLICE", "GUARD", "COURT", "ASSEMBLY", "PARLIAMENT", "FACTION", "CELLS", "CELL", "LEAGUE", "FOUNDATION",
             "INSTITUTE", "COMPANY", "CORPORATION", "FUND", "PROGRAMME", "PROGRAM", "COMMISSION", "OFFICE", "SERVICE",
             "NETWORK", "ALLIANCE", "ARMED", "NATIONAL", "INTERNATIONAL", "COALITION", "CENTER", "CENTRE", "BUREAU"}
# Code prefixes of bodies that act for no one state: kept as bodies without a country.
STATELESS = {"IGO": "organization", "NGO": "organization", "IMG": "group"}
_PAREN_RE = re.compile(r"\s*\(([^)]*)\)?\s*")
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_SUBST_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass
class Block:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)
    comment: str = ""
    file: str = ""


def _states() -> set[str]:
    doc = json.loads((DATA_DIR / "states.json").read_text(encoding="utf-8"))
    return {e["id"] for e in doc["entries"]}


@lru_cache(maxsize=1)
def _bundled_names() -> dict[str, str]:
    """Id -> name of every bundled entry."""
    names: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*.json")):
        for e in json.loads(path.read_text(encoding="utf-8")).get("entries", []):
            names.setdefault(e["id"], e.get("name", ""))
    return names


@lru_cache(maxsize=1)
def _state_keys() -> dict[str, str]:
    """Lookup key of each bundled state's name -> its id ("iraq" -> "IRQ")."""
    doc = json.loads((DATA_DIR / "states.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for e in doc["entries"]:
        for n in [e.get("name"), *e.get("short", [])]:
            if n:
                out.setdefault(key(n), e["id"])
    return out


def _state_key(name: str) -> str | None:
    return _state_keys().get(key(name))


def _bundled_ids() -> set[str]:
    return set(_bundled_names())


def _decode(raw: bytes) -> list[str]:
    """Lines of a dictionary file; bytes that are not UTF-8 are read as Latin-1, line by line."""
    out = []
    for line in raw.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("latin-1"))
    return [line.rstrip("\r") for line in out]


def phrase(token: str) -> str:
    """``KOFI_ATTA_ANNAN_`` -> "Kofi Atta Annan"; acronyms ("U.N.", "IAEA") keep their capitals."""
    words = [w for w in token.replace("_", " ").split() if w]
    if len(words) == 1 and (len(words[0]) <= 5 or "." in words[0]):
        return words[0]
    return " ".join(w if "." in w else re.sub(r"[A-Za-z]+", lambda m: m[0].capitalize(), w.lower()) for w in words)


def _split_parenthesis(name: str) -> tuple[str, list[str]]:
    """ "Moro Islamic Liberation Front (milf)" -> ("Moro Islamic Liberation Front", ["MILF"])."""
    inner = [m.strip() for m in _PAREN_RE.findall(name) if m.strip()]
    outer = " ".join(_PAREN_RE.sub(" ", name).split())
    return (outer or name), [i.upper() if len(i) <= 6 and " " not in i else i for i in inner]


def parse_date(text: str, counts: Counter) -> dt.date | None:
    digits = text.strip()
    if len(digits) == 10:
        digits = digits[-8:]
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return dt.date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        pass
    counts["bad_dates"] += 1
    return None


def parse_code(body: str, counts: Counter) -> tuple[str, dt.date | None, dt.date | None] | None:
    """``"RUSGOV 000507-080507"`` -> ("RUSGOV", since, until); None for ``---`` or junk."""
    parts = body.strip().split(None, 1)
    if not parts or not re.fullmatch(r"~?[A-Z]{3,}~?", parts[0]):
        return None
    code = parts[0].strip("~")
    since = until = None
    if len(parts) == 2:
        rng = parts[1].replace(" ", "")
        if rng.startswith(">"):
            since = parse_date(rng[1:], counts)
        elif rng.startswith("<"):
            until = parse_date(rng[1:], counts)
        elif "-" in rng:
            a, b = rng.split("-", 1)
            since, until = parse_date(a, counts), parse_date(b, counts)
        elif rng:
            since = parse_date(rng, counts)
        if since and until and until <= since:
            counts["bad_dates"] += 1
            since = until = None
    return code, since, until


def read_blocks(lines: Iterable[str], file: str, counts: Counter) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    for raw in lines:
        counts["lines"] += 1
        text, _, comment = raw.partition("#")
        if raw.startswith("<") or not text.strip():
            if not text.strip() and not raw.strip():
                cur = None  # a blank line ends the actor
            continue
        codes = [c for c in (parse_code(b, counts) for b in _CODE_RE.findall(text)) if c]
        stripped = _CODE_RE.sub(" ", text).strip()
        if text[0] in " \t":  # indented: more codes (or a stray alias) for the current actor
            if cur is not None:
                cur.codes += codes
                if stripped.startswith("+"):
                    cur.aliases.append(stripped[1:].strip())
            continue
        if text.startswith("+"):
            if cur is not None and stripped[1:].strip():
                cur.aliases.append(stripped[1:].strip())
                cur.codes += codes
            continue
        cur = Block(stripped, [], codes, comment, file)
        blocks.append(cur)
    return blocks


def target_of(code: str, states: set[str]) -> tuple[str | None, str]:
    """(our id the code points at, sector) for one code."""
    head = COUNTRY_FIXES.get(code[:3], code[:3])
    if head in states:
        return head, code[3:6]
    if code.startswith("IGO"):
        best = max((k for k in IGO_IDS if code.startswith(k)), key=len, default=None)
        return (IGO_IDS[best] if best else None), "IGO"
    if code[:3] in ("NGO", "MNC"):
        country = COUNTRY_FIXES.get(code[3:6], code[3:6])
        return (country if country in states else None), code[:3]
    return None, code[:3]


def _is_person(block: Block) -> bool:
    words = set(re.split(r"[_\s\-]+", block.name.upper()))
    if words & ORG_WORDS:
        return False
    return any(s or u for _, s, u in block.codes) or "CountryInfo" in block.comment or "IGOrulers" in block.comment


def _names_body(block: Block, body: str) -> bool:
    """Whether a block coded as a body is another name of it (an acronym, or "THE_UNITED_NATIONS")
    rather than a person or unit working for it."""
    words = set(re.split(r"[_\s\-.]+", block.name.upper())) - {""}
    names = f"{body} {_bundled_names().get(body, '')}".upper()
    return (len(words) == 1 and len(block.name.strip("_")) <= 8) or bool(words & ORG_WORDS) or \
        bool(words & (set(re.split(r"[_\s\-.]+", names)) - {"", "THE", "OF", "AND"}))


def import_phoenix(paths: Iterable[str | Path]) -> dict[str, Any]:
    """Read Phoenix ``*.actors.txt`` / ``*agents*.txt`` files into faultline KB JSON
    (``entries`` + ``agents`` + a ``report`` of counts). Never raises on odd lines: counts them."""
    states = _states()
    counts: Counter = Counter()
    entries: dict[str, dict[str, Any]] = {}
    agents: dict[str, str] = {}
    files = [Path(p) for p in paths]
    for path in files:
        try:
            lines = _decode(path.read_bytes())
        except OSError as e:
            raise KnowledgeBaseError(f"cannot read Phoenix dictionary: {e}", input_name=str(path)) from e
        counts["files"] += 1
        if "agent" in path.name.lower():
            agents.update(read_agents(lines, counts))
            continue
        for block in read_blocks(lines, path.name, counts):
            add_block(block, states, entries, counts)
    known = _bundled_ids()
    for eid, entry in entries.items():  # never rename what the bundled KB already knows
        if eid in known:
            names = [entry["name"]] if entry.get("name") else []
            entries[eid] = {"id": eid, "imported_aliases": names + entry.get("aliases", []),
                            **({"roles": entry["roles"]} if entry.get("roles") else {})}
        elif eid not in known and "name" not in entry:  # a body or state we do not know: keep as aliases only
            entries[eid] = {"id": eid, "name": eid, "type": "organization", "imported_aliases": entry.get("aliases", [])}
    report = {k: counts[k] for k in sorted(counts)}
    report["entries"] = len(entries)
    report["agents"] = len(agents)
    return {"kind": "phoenix-import", "version": 1, "source": [str(p) for p in files],
            "entries": list(entries.values()), "agents": agents, "report": report}


def _merge(entries: dict[str, dict[str, Any]], entry: dict[str, Any]) -> None:
    old = entries.get(entry["id"])
    if old is None:
        entries[entry["id"]] = entry
        return
    for k in ("aliases", "roles"):
        for v in entry.get(k, []):
            if v not in old.setdefault(k, []):
                old[k].append(v)


def add_block(block: Block, states: set[str], entries: dict[str, dict[str, Any]], counts: Counter) -> None:
    counts["actors"] += 1
    if not block.codes:
        counts["skipped_no_code"] += 1
        return
    name, short = _split_parenthesis(phrase(block.name))
    aliases = [a for a in dict.fromkeys([*short, *(phrase(a) for a in block.aliases)]) if a and a != name]
    targets = [(target_of(c, states), s, u) for c, s, u in block.codes]
    if name and not any(t for (t, _), _, _ in targets) and block.codes[0][0][:3] in STATELESS:
        # an international body or armed group of no one state ("Amnesty International", al-Qaeda)
        prefix = block.codes[0][0][:3]
        _merge(entries, {"id": "org:" + slugify(name), "name": name, "type": STATELESS[prefix],
                         "aliases": aliases, "source": "phoenix", "sector": SECTORS.get(prefix, prefix.lower())})
        counts["stateless_bodies"] += 1
        return
    if not name or not any(t for (t, _), _, _ in targets):
        counts["skipped_unmapped"] += 1
        return
    (first, sector), _, _ = targets[0]
    undated_bare = all(not sec and not s and not u for (_, sec), s, u in targets)
    if first in states and (undated_bare or _state_key(name) == first):  # a country block: synonyms of a state
        _merge(entries, {"id": first, "aliases": [name, *aliases]})
        counts["state_aliases"] += 1 + len(aliases)
        return
    if _is_person(block):
        roles = []
        last_until = max((u for _, _, u in targets if u), default=None)
        country = next((t for (t, _), _, _ in targets if t), None)
        for (target, sec), since, until in targets:
            target = target or country
            role = SECTORS.get(sec, sec.lower() or "member")
            if since is None and until is None and last_until is not None:
                since = last_until  # the undated code is what applies after the dated ones
            roles.append([role, target, since.isoformat() if since else None, until.isoformat() if until else None])
        pid = person_id(name)
        if pid == "person:":
            counts["skipped_unmapped"] += 1
            return
        _merge(entries, {"id": pid, "name": name, "type": "person", "aliases": aliases, "roles": roles,
                         "source": "phoenix"})
        counts["persons"] += 1
        return
    if sector == "IGO" and first and first not in states and block.codes[0][0] in IGO_IDS and _names_body(block, first):
        _merge(entries, {"id": first, "aliases": [name, *aliases]})  # another name of a known body
        counts["igo_aliases"] += 1
        return
    etype = "group" if sector in GROUP_SECTORS else "organization"
    oid = "org:" + slugify(name)
    if oid == "org:":
        counts["skipped_unmapped"] += 1
        return
    entry: dict[str, Any] = {"id": oid, "name": name, "type": etype, "aliases": aliases, "source": "phoenix",
                             "sector": SECTORS.get(sector, sector.lower())}
    if first in states:
        entry["country"] = first
    elif first:
        entry["parent"] = first
    _merge(entries, entry)
    counts["groups" if etype == "group" else "organizations"] += 1


def read_agents(lines: list[str], counts: Counter) -> dict[str, str]:
    """Agent words -> sector code (``"foreign minister" -> "GOV"``), with ``!SET!`` and
    ``{plural}`` forms expanded."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in lines:
        text = raw.partition("#")[0].strip()
        if not text:
            continue
        m = _SUBST_RE.match(text)
        if m:
            subst[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        codes = _CODE_RE.findall(text)
        if not codes:
            counts["agent_lines_without_code"] += 1
            continue
        code = codes[0].strip().strip("~").split()[0] if codes[0].strip() else ""
        if not code:
            continue
        body = _CODE_RE.sub(" ", text)
        plurals = re.findall(r"\{([^}]*)\}", body)
        word = re.sub(r"\{[^}]*\}", " ", body).strip()
        forms = [word] + [p for grp in plurals for p in re.split(r"[,\s]+", grp) if p]
        for form in forms:
            for expanded in _expand(form, subst):
                w = " ".join(expanded.replace("_", " ").lower().split())
                if w:
                    out[w] = code
    return out


def _expand(word: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", word)
    if not m or m[0] not in subst:
        return [word.replace("!", "")] if m else [word]
    return [x for rep in subst[m[0]] for x in _expand(word[:m.start()] + rep + word[m.end():], subst)]


def write_user_kb(data: dict[str, Any], name: str) -> Path:
    """Write KB JSON into the user dir (``$FAULTLINE_KB_DIR``) as ``<name>.json``; returns the path."""
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = slugify(Path(name).stem) or "imported"
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
