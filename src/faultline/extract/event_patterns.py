"""PLOVER event patterns: the data schema, its loader and the CAMEO dictionary importer.

Patterns are data (``faultline/data/plover_patterns.json``); users add their own files with
``load_patterns(extra_paths=[...])``. The schema is documented in :mod:`faultline.extract.events`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..model import PLOVER_TYPES

BUNDLED = ("plover_patterns.json", "plover_cameo_verbs.json")

#: Old PLOVER / GSR type names and what they are called now.
TYPE_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

_LIST_SETTINGS = ("reporting_verbs", "negative_words", "negating_heads", "pronouns", "aspectual_heads", "stative_passives")
_DICT_SETTINGS = ("roles", "modal_verbs", "intent_heads", "intent_map", "negation_map", "as_phrases", "assertion",
                  "domestic_target", "nominal_events", "speech_objects", "reciprocal", "alleged_wrongs")


@dataclass(frozen=True)
class Pattern:
    """One trigger: a lemma (verb, noun or adjectival predicate) with optional constraints."""

    lemma: str
    type: str
    kind: str = "verb"  # verb | noun | predicate
    mode: str | None = None
    prt: str | None = None  # a particle that must be present ("turn down")
    prep: str | None = None  # a preposition child that must be present ("call on")
    prep_not: frozenset[str] = frozenset()  # prepositions or clause openers that rule it out ("asked about",
    # "asked whether"; "@wh": a question-word clause, "asked why")
    obj: frozenset[str] = frozenset()  # lemmas one of which the direct object must have
    obj_not: frozenset[str] = frozenset()  # object lemmas that rule the pattern out ("gave no sign")
    deps_not: frozenset[str] = frozenset()  # dependents that rule it out ("been called a lot of things": a
    # predicate names, "oprd")
    xcomp: frozenset[str] = frozenset()  # lemmas one of which the infinitive complement must have
    xcomp_not: frozenset[str] = frozenset()  # infinitive lemmas that rule it out ("declined to comment":
    # no refusal of anyone's request, only of words)
    modality: str | None = None  # modality the trigger itself expresses ("threaten" -> threatened)
    negated_type: str | None = None  # type when negated ("does not rule out" -> AGREE)
    negated_modality: str | None = None
    obj_required: bool = False
    no_obj: bool = False
    mods: frozenset[str] = frozenset()  # a noun trigger needs a modifier among these ("air strike"; "@state": a state's adjective or name)
    mods_not: frozenset[str] = frozenset()  # a noun trigger's modifiers that rule it out ("weak demand")
    deontic: bool = False  # a clausal complement must be a demand ("insisted that Iran stop")
    addressee: frozenset[str] = frozenset()  # preps naming whom one turns to ("complained to the UN")
    goes_to: frozenset[str] = frozenset()  # preps naming where one goes ("travelled to Tunis"): the target, the rest about
    person_subject: bool = False  # the subject must be a person ("Lavrov fired back at Kyiv": words)
    subject_of: frozenset[str] = frozenset()  # a noun trigger must be the subject of one of these verbs
    # ("its strikes targeted Hezbollah fighters": strikes that hit, not a walkout)
    source: str = "bundled"

    @property
    def specificity(self) -> int:
        return sum((bool(self.prt), bool(self.prep), bool(self.obj), bool(self.xcomp),
                    self.obj_required, self.no_obj, bool(self.mods), self.deontic, self.person_subject,
                    bool(self.subject_of)))


@dataclass(frozen=True)
class Patterns:
    """All patterns by lemma, plus the settings that steer role finding, modality and negation."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    predicates: dict[str, tuple[Pattern, ...]]
    settings: dict[str, Any] = field(default_factory=dict)
    headers: tuple[dict[str, Any], ...] = ()

    def setting(self, name: str, default: Any = None) -> Any:
        return self.settings.get(name, default)


def _norm_type(value: str, where: str) -> str:
    t = TYPE_ALIASES.get(value.upper(), value.upper())
    if t not in PLOVER_TYPES:
        raise KnowledgeBaseError(f"unknown PLOVER type {value!r} in {where}",
                                 hint=f"use one of {', '.join(PLOVER_TYPES)}")
    return t


def pattern_from_dict(d: dict[str, Any], kind: str, where: str) -> Pattern:
    """Build a :class:`Pattern` from one schema entry; a clear error when a field is missing."""
    try:
        lemma = str(d["lemma"]).lower()
        ptype = _norm_type(str(d["type"]), where)
    except KeyError as e:
        raise KnowledgeBaseError(f"pattern without {e} in {where}: {d!r}",
                                 hint="every pattern needs 'lemma' and 'type'") from e
    neg = d.get("negated_type")
    return Pattern(
        lemma=lemma, type=ptype, kind=kind, mode=d.get("mode"), prt=d.get("prt"), prep=d.get("prep"),
        prep_not=frozenset(x.lower() for x in d.get("prep_not", ())),
        obj=frozenset(x.lower() for x in d.get("obj", ())),
        obj_not=frozenset(x.lower() for x in d.get("obj_not", ())),
        deps_not=frozenset(x for x in d.get("deps_not", ())),
        xcomp=frozenset(x.lower() for x in d.get("xcomp", ())),
        xcomp_not=frozenset(x.lower() for x in d.get("xcomp_not", ())), modality=d.get("modality"),
        negated_type=_norm_type(neg, where) if neg else None,
        negated_modality=d.get("negated_modality"),
        obj_required=d.get("obj_deps") == "required", no_obj=bool(d.get("no_obj")),
        mods=frozenset(x.lower() for x in d.get("mods", ())),
        mods_not=frozenset(x.lower() for x in d.get("mods_not", ())), deontic=d.get("complement") == "deontic",
        addressee=frozenset(x.lower() for x in d.get("addressee", ())),
        goes_to=frozenset(x.lower() for x in d.get("goes_to", ())),
        person_subject=d.get("subject") == "person",
        subject_of=frozenset(x.lower() for x in d.get("subject_of", ())), source=where,
    )


def _read_json(path_or_text: Path | str, where: str) -> dict[str, Any]:
    try:
        text = path_or_text.read_text(encoding="utf-8") if isinstance(path_or_text, Path) else path_or_text
        data = json.loads(text)
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeBaseError(f"cannot read event patterns {where}: {e}",
                                 hint="a JSON object as described in faultline.extract.events") from e
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"event patterns {where} must be a JSON object")
    return data


def _bundled_texts() -> list[tuple[str, str]]:
    out = []
    base = resources.files("faultline") / "data"
    for name in BUNDLED:
        item = base / name
        if item.is_file():
            out.append((name, item.read_text(encoding="utf-8")))
    return out


def merge_patterns(sources: list[tuple[str, dict[str, Any]]]) -> Patterns:
    """Merge pattern files in order: later lists add, later settings override per key."""
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    preds: dict[str, list[Pattern]] = {}
    settings: dict[str, Any] = {}
    headers = []
    for where, data in sources:
        headers.append(dict(data.get("header", {}), file=where))
        for key, kind, table in (("verbs", "verb", verbs), ("nouns", "noun", nouns),
                                 ("predicates", "predicate", preds)):
            for entry in data.get(key, ()):
                p = pattern_from_dict(entry, kind, where)
                table.setdefault(p.lemma, []).append(p)
        for key in _LIST_SETTINGS:
            if key in data:
                settings[key] = list(dict.fromkeys([*settings.get(key, []), *data[key]]))
        for key in _DICT_SETTINGS:
            if key in data:
                settings[key] = {**settings.get(key, {}), **data[key]}
    return Patterns(
        verbs={k: tuple(v) for k, v in verbs.items()}, nouns={k: tuple(v) for k, v in nouns.items()},
        predicates={k: tuple(v) for k, v in preds.items()}, settings=settings, headers=tuple(headers),
    )


def load_patterns(extra_paths: tuple[str | Path, ...] | list[str | Path] = ()) -> Patterns:
    """The bundled patterns (hand-written, then the CAMEO-derived lexicon) plus ``extra_paths``."""
    extra = tuple(str(p) for p in extra_paths)
    return _load_cached(extra)


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> Patterns:
    sources = [(name, _read_json(text, name)) for name, text in _bundled_texts()]
    # the CAMEO lexicon is wide and shallow: the hand-written file must win on ties, so it goes last
    sources.sort(key=lambda s: 0 if s[0] == "plover_cameo_verbs.json" else 1)
    for p in extra:
        sources.append((p, _read_json(Path(p), p)))
    return merge_patterns(sources)


# --------------------------------------------------------------------------- CAMEO import

_MAP_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*?)\s*,\s*([^#]*?)\s*(?:#.*)?$")
_BLOCK = re.compile(r"^---\s+(\S.*?)\s+\[(\S+)\]\s+---")
_VERB_PATTERN = re.compile(r"^-\s+\*\s+(\S+)\s+\[(\S+)\]")


def read_cameo_mapping(mapping_path: str | Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO2PLOVER table."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in Path(mapping_path).read_text(encoding="utf-8", errors="replace").splitlines():
        m = _MAP_LINE.match(line.strip())
        if m:
            code, ptype, mode = m.group(1), m.group(2), m.group(3).strip() or None
            if ptype in PLOVER_TYPES:
                out[code] = (ptype, mode)
    return out


def _lookup_code(code: str, mapping: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    code = code.split(":")[0].strip()
    while code:
        if code in mapping:
            return mapping[code]
        code = code[:-1]
    return None


def _plain_word(text: str) -> str | None:
    """A single plain word of a PETRARCH entry (no synonym sets, phrases or markup), lower-cased."""
    word = text.strip().rstrip("_")
    if not word or not re.fullmatch(r"[A-Za-z][A-Za-z-]*", word):
        return None
    return word.lower()


def import_cameo_verbs(cameo_path: str | Path, mapping_path: str | Path) -> dict[str, Any]:
    """Convert a PETRARCH CAMEO verb dictionary into faultline's pattern schema via CAMEO2PLOVER.

    Each ``--- NAME [code] ---`` block gives verb lemmas (its plain one-word lines) mapped to the
    block's PLOVER type; each ``- * OBJECT [code]`` line with a one-word object gives a verb+object
    pattern. Multi-word entries, synonym sets and blocks without a code are skipped.
    """
    mapping = read_cameo_mapping(mapping_path)
    verbs: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    block: tuple[str, str | None] | None = None
    lemmas: list[str] = []
    in_verbs = False
    for raw in Path(cameo_path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = _BLOCK.match(line)
        if head:
            block = _lookup_code(head.group(2), mapping) if head.group(2) != "---" else None
            lemmas, in_verbs = [], True
            continue
        if line.startswith("-"):
            in_verbs = False
            m = _VERB_PATTERN.match(line)
            obj = _plain_word(m.group(1)) if m else None
            target = _lookup_code(m.group(2), mapping) if m else None
            if obj and target:
                for lemma in lemmas:
                    key = (lemma, target[0], obj)
                    if key not in seen:
                        seen.add(key)
                        verbs.append({"lemma": lemma, "type": target[0], "mode": target[1], "obj": [obj]})
            continue
        if in_verbs and not line.startswith(("&", "+", "[", "{")):
            word = _plain_word(line)
            if word:
                lemmas.append(word)
                if block is not None and (word, block[0], "") not in seen:
                    seen.add((word, block[0], ""))
                    verbs.append({"lemma": word, "type": block[0], "mode": block[1]})
    return {
        "version": 1,
        "header": {
            "about": "Verb patterns converted from the PETRARCH CAMEO verb dictionary through the "
                     "CAMEO2PLOVER table by faultline.extract.event_patterns.import_cameo_verbs.",
            "attribution": "CAMEO verb dictionary, Copyright (c) 2015 Open Event Data Alliance, "
                           "MIT License (openeventdata/UniversalPetrarch); CAMEO to PLOVER table by "
                           "Philip Schrodt, openeventdata/PLOVER.",
            "license": "MIT",
        },
        "verbs": verbs,
    }
