"""Read and check KB data files (bundled, user dir, explicit extras) and merge them by id.

A data file is a JSON object with any of: ``entries`` (actors), ``roles`` (role vocabulary),
``agents`` (word -> sector code, from Phoenix imports). See ``data/README.md`` for the schema.
Later files override or extend earlier ones: an entry with a known id is merged into it (lists
are extended, scalars replaced) unless it says ``"replace": true``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from .text import bound

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_DIR = "FAULTLINE_KB_DIR"
ENTRY_TYPES = ("state", "person", "organization", "bloc", "group")
LIST_FIELDS = ("short", "abbreviations", "aliases", "adjectives", "demonyms", "capitals", "seats", "imported_aliases")
HINT = "see faultline/kb/data/README.md for the file format"


def user_dir() -> Path:
    """``$FAULTLINE_KB_DIR`` or ``~/.local/share/faultline/kb``: where user and imported files live."""
    env = os.environ.get(ENV_DIR)
    return Path(env).expanduser() if env else Path.home() / ".local" / "share" / "faultline" / "kb"


def source_files(extra: tuple[str | Path, ...] = ()) -> list[Path]:
    """Bundled files, then the user dir's ``*.json`` (sorted), then the explicit extras, in order."""
    files = sorted(DATA_DIR.glob("*.json"))
    udir = user_dir()
    if udir.is_dir():
        files += sorted(udir.glob("*.json"))
    for p in extra:
        path = Path(p)
        if not path.is_file():
            raise KnowledgeBaseError("knowledge base file not found", hint=HINT, input_name=str(path))
        files.append(path)
    return files


@dataclass
class RawKB:
    """Merged, checked data: entries by id (in file order), role definitions, agents."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    preferred: list[tuple[str, str]] = field(default_factory=list)  # (name, entry id) in file order


def read_all(files: list[Path]) -> RawKB:
    raw = RawKB(files=list(files))
    for path in files:
        doc = read_file(path)
        for entry in doc.get("entries", []):
            merge_entry(raw.entries, entry)
            raw.preferred += [(text, entry["id"]) for text in entry.get("preferred_aliases", [])]
        for role in doc.get("roles", []):
            merge_role(raw.roles, role)
        raw.agents.update(doc.get("agents", {}))
    return raw


def read_file(path: Path) -> dict[str, Any]:
    """Parse and check one file; every problem names the file and the entry."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(f"cannot read: {e}", hint=HINT, input_name=str(path)) from e
    except json.JSONDecodeError as e:
        raise KnowledgeBaseError(f"not valid JSON: {e}", hint=HINT, input_name=str(path)) from e
    if not isinstance(doc, dict):
        raise KnowledgeBaseError("top level must be a JSON object", hint=HINT, input_name=str(path))
    entries = doc.get("entries", [])
    if not isinstance(entries, list):
        _fail(path, "'entries'", "must be a list")
    for i, entry in enumerate(entries):
        check_entry(path, i, entry)
    roles = doc.get("roles", [])
    if not isinstance(roles, list):
        _fail(path, "'roles'", "must be a list")
    for i, role in enumerate(roles):
        check_role(path, i, role)
    agents = doc.get("agents", {})
    if not isinstance(agents, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in agents.items()):
        _fail(path, "'agents'", "must map words to sector codes (strings)")
    return doc


def _fail(path: Path, where: str, problem: str) -> None:
    raise KnowledgeBaseError(f"{where}: {problem}", hint=HINT, input_name=str(path))


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def check_entry(path: Path, i: int, entry: Any) -> None:
    if not isinstance(entry, dict):
        _fail(path, f"entry #{i}", "must be an object")
    eid = entry.get("id")
    where = f"entry #{i} ({eid!r})"
    if not isinstance(eid, str) or not eid.strip():
        _fail(path, where, "needs a non-empty string 'id'")
    if "name" in entry and not isinstance(entry["name"], str):
        _fail(path, where, "'name' must be a string")
    if "type" in entry and entry["type"] not in ENTRY_TYPES:
        _fail(path, where, f"'type' must be one of {', '.join(ENTRY_TYPES)}")
    for key in (*LIST_FIELDS, "preferred_aliases"):
        if key in entry and not _strings(entry[key]):
            _fail(path, where, f"'{key}' must be a list of strings")
    for key in ("country", "wikidata", "capital", "parent"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            _fail(path, where, f"'{key}' must be a string or null")
    for m in entry.get("members", []) if isinstance(entry.get("members", []), list) else [None]:
        try:
            parse_dated(m)
        except (TypeError, ValueError) as e:
            _fail(path, where, f"bad member {m!r}: {e}")
    for a in entry.get("dated_aliases", []) if isinstance(entry.get("dated_aliases", []), list) else [None]:
        try:
            parse_dated_alias(a)
        except (TypeError, ValueError) as e:
            _fail(path, where, f"bad dated alias {a!r}: {e}")
    for r in entry.get("roles", []) if isinstance(entry.get("roles", []), list) else [None]:
        try:
            parse_tenure(r)
        except (TypeError, ValueError) as e:
            _fail(path, where, f"bad role {r!r}: {e}")


def check_role(path: Path, i: int, role: Any) -> None:
    where = f"role #{i}"
    if not isinstance(role, dict) or not isinstance(role.get("role"), str):
        _fail(path, where, "must be an object with a string 'role'")
    where = f"role #{i} ({role['role']!r})"
    if "forms" in role and not _strings(role["forms"]):
        _fail(path, where, "'forms' must be a list of strings")
    countries = role.get("countries", {})
    if not isinstance(countries, dict) or not all(_strings(v) for v in countries.values()):
        _fail(path, where, "'countries' must map ids to lists of strings")
    for f in role.get("forms_with_default", []):
        if not (isinstance(f, dict) and isinstance(f.get("text"), str) and isinstance(f.get("default_country"), str)):
            _fail(path, where, "'forms_with_default' items need 'text' and 'default_country' strings")
    if not isinstance(role.get("shared", False), bool):
        _fail(path, where, "'shared' must be true or false")


def parse_dated(item: Any) -> tuple[str, Any, Any]:
    """A member: "FRA", ["GBR", "1973-01-01", "2020-01-31"] or {"id":..., "since":..., "until":...}."""
    if isinstance(item, str):
        return item, None, None
    if isinstance(item, list) and 1 <= len(item) <= 3 and isinstance(item[0], str):
        since, until = (list(item[1:]) + [None, None])[:2]
    elif isinstance(item, dict) and isinstance(item.get("id"), str):
        item, since, until = [item["id"]], item.get("since"), item.get("until")
    else:
        raise TypeError("expected an id, [id, since, until] or {id, since, until}")
    s, u = bound(since, end=False), bound(until, end=True)
    if s and u and u <= s:
        raise ValueError("'until' is not after 'since'")
    return item[0], s, u


DATED_ALIAS_KINDS = ("name", "short", "abbreviation", "alias", "capital", "seat", "demonym")


def parse_dated_alias(item: Any) -> tuple[str, str, Any, Any]:
    """A name valid for a period: [text, since, until], [text, kind, since, until] or
    {"text", "kind", "since", "until"} (kind defaults to "alias"; adjectives are not dated)."""
    if isinstance(item, list) and len(item) in (3, 4) and isinstance(item[0], str):
        text, kind, since, until = (item if len(item) == 4 else [item[0], "alias", *item[1:]])
    elif isinstance(item, dict) and isinstance(item.get("text"), str):
        text, kind, since, until = item["text"], item.get("kind", "alias"), item.get("since"), item.get("until")
    else:
        raise TypeError("expected [text, since, until], [text, kind, since, until] or {text, kind, since, until}")
    if kind not in DATED_ALIAS_KINDS:
        raise ValueError(f"kind must be one of {', '.join(DATED_ALIAS_KINDS)}")
    if not text.strip():
        raise ValueError("empty text")
    s, u = bound(since, end=False), bound(until, end=True)
    if s and u and u <= s:
        raise ValueError("'until' is not after 'since'")
    return text, kind, s, u


def parse_tenure(item: Any) -> tuple[str, str | None, Any, Any]:
    """A role held: [role, country, since, until] or {"role", "country", "since", "until"}."""
    if isinstance(item, list) and 1 <= len(item) <= 4 and isinstance(item[0], str):
        role, country, since, until = (list(item) + [None, None, None])[:4]
    elif isinstance(item, dict) and isinstance(item.get("role"), str):
        role, country, since, until = item["role"], item.get("country"), item.get("since"), item.get("until")
    else:
        raise TypeError("expected [role, country, since, until] or {role, country, since, until}")
    if country is not None and not isinstance(country, str):
        raise TypeError("country must be a string or null")
    s, u = bound(since, end=False), bound(until, end=True)
    if s and u and u <= s:
        raise ValueError("'until' is not after 'since'")
    return role, country, s, u


def merge_entry(entries: dict[str, dict[str, Any]], entry: dict[str, Any]) -> None:
    eid = entry["id"]
    old = entries.get(eid)
    if old is None or entry.get("replace"):
        entries[eid] = dict(entry)
        return
    for k, v in entry.items():
        if isinstance(v, list) and isinstance(old.get(k), list):
            old[k] = old[k] + [x for x in v if x not in old[k]]
        elif isinstance(v, dict) and isinstance(old.get(k), dict):
            old[k] = {**old[k], **v}
        else:
            old[k] = v


def merge_role(roles: list[dict[str, Any]], role: dict[str, Any]) -> None:
    for old in roles:
        if old["role"] == role["role"]:
            merge_entry({"r": old}, {**role, "id": "r"})
            old.pop("id", None)
            return
    roles.append(dict(role))
