"""Score PLOVER events against the PLOVER gold standard records (GSR).

A GSR record is one sentence with one gold event: ``event`` (a PLOVER type; old names are mapped),
``source`` and ``target`` lists of ``{"actorText", "code"}`` (state alpha-3, or ``IGO``/``NGO``...),
``target`` sometimes ``""``. Records with ``event == "DOCUMENT"`` are documentation and skipped.
A predicted event matches a gold one when the types are equal, a source code matches and, where the
gold gives a target, a target code matches (each gold and predicted event is used once).

Notes: the GSR is described in PLOVER_GSR_CAMEO_readme (openeventdata/PLOVER, CC BY-SA 4.0).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .errors import EvalError
from .model import Event

TYPE_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Gold codes that are not ISO alpha-3 and the ids faultline uses for them.
LEGACY_CODES = {"JAP": "JPN", "ROM": "ROU", "UKR": "UKR", "TMP": "TLS"}
#: faultline ids of intergovernmental bodies (the GSR codes them all "IGO").
IGO_IDS = frozenset({"UN", "EU", "EC", "NATO", "G7", "G20", "OSCE", "AU", "ASEAN", "IAEA", "WTO", "IMF",
                     "OPEC", "WHO", "ICC", "ICJ", "OAS", "ECOWAS", "SADC", "GCC", "ARAB-LEAGUE", "CIS",
                     "COE", "UNHCR", "WFP", "ILO", "UNSC", "IGO"})


def normalise_type(value: str) -> str:
    return TYPE_ALIASES.get(value.upper(), value.upper())


def code_match(gold: str, predicted: str) -> bool:
    """Whether a predicted actor id stands for a gold GSR code (``IGO`` covers the UN, EU, ...)."""
    gold = LEGACY_CODES.get(gold.upper(), gold.upper())
    pred = predicted.upper()
    if gold == pred:
        return True
    if gold in ("IGO", "NGO"):
        # the actors issue's rule: an IGO/NGO code is matched by any non-state body (a bloc such as
        # "EU" or "UN", or an "org:" id); the GSR itself files Amnesty or the Red Cross under either
        return _is_body(pred)
    return False


def _is_body(pred: str) -> bool:
    if pred.startswith("PERSON:"):
        return False
    if pred.startswith(("ORG:", "IGO", "NGO")) or pred in IGO_IDS:
        return True
    return not (len(pred) == 3 and pred.isalpha())  # ISO alpha-3 ids are states


def _codes(value: Any) -> list[str]:
    if not value or not isinstance(value, list):
        return []
    return [str(a.get("code")) for a in value if isinstance(a, dict) and a.get("code")]


def load_gsr(path: str | Path) -> list[dict[str, Any]]:
    """The event records of a GSR JSON file (DOCUMENT records left out)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise EvalError(f"cannot read PLOVER GSR file: {e}", input_name=str(path),
                        hint="a JSON list of GSR records") from e
    if not isinstance(data, list):
        raise EvalError("a PLOVER GSR file must hold a JSON list", input_name=str(path))
    return [r for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")]


def group_by_text(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Gold events per sentence (one sentence may carry several gold events)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        out.setdefault(r["text"].strip(), []).append(
            {"type": normalise_type(r["event"]), "source": _codes(r.get("source")),
             "target": _codes(r.get("target")), "id": r.get("id")})
    return out


def event_matches(gold: dict[str, Any], event: Event, match: Callable[[str, str], bool] = code_match) -> bool:
    if event.type != gold["type"]:
        return False
    if gold["source"] and not any(match(g, p) for g in gold["source"] for p in event.source):
        return False
    return not gold["target"] or any(match(g, p) for g in gold["target"] for p in event.target)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_events(gold_by_text: dict[str, list[dict[str, Any]]], predicted: dict[str, list[Event]],
                 code_match: Callable[[str, str], bool] = code_match) -> dict[str, Any]:
    """Per-type and overall P/R/F1, plus the per-sentence outcome (for error analysis)."""
    counts: dict[str, list[int]] = {}
    details = []
    for text, golds in gold_by_text.items():
        events = list(predicted.get(text, []))
        used: set[int] = set()
        for g in golds:
            hit = next((i for i, e in enumerate(events) if i not in used and event_matches(g, e, code_match)),
                       None)
            c = counts.setdefault(g["type"], [0, 0, 0])
            if hit is None:
                c[2] += 1
            else:
                used.add(hit)
                c[0] += 1
            details.append({"id": g["id"], "text": text, "gold": g, "matched": hit is not None,
                            "predicted": [e.to_dict() for e in events]})
        for i, e in enumerate(events):
            if i not in used:
                counts.setdefault(e.type, [0, 0, 0])[1] += 1
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    return {"overall": _prf(tp, fp, fn), "per_type": {t: _prf(*c) for t, c in sorted(counts.items())},
            "sentences": len(gold_by_text), "details": details}


def score_gsr(path: str | Path, predict: Callable[[str], list[Event]],
              code_match: Callable[[str, str], bool] = code_match) -> dict[str, Any]:
    """Run ``predict`` on every GSR sentence and score its events (see the module docstring)."""
    gold = group_by_text(load_gsr(path))
    predicted = {text: list(predict(text)) for text in gold}
    return score_events(gold, predicted, code_match)


def score_actors(path: str | Path, resolve: Callable[[str, str], list[str]],
                 code_match: Callable[[str, str], bool] = code_match) -> dict[str, Any]:
    """Share of gold source/target actors whose text faultline resolves to the same code.

    ``resolve(sentence, actor_text)`` returns the ids faultline gives the words ``actor_text`` in
    ``sentence`` (empty when it finds no actor there).
    """
    total = hit = 0
    misses = []
    for r in load_gsr(path):
        for role in ("source", "target"):
            for a in r.get(role) or []:
                if not isinstance(a, dict) or not a.get("actorText") or not a.get("code"):
                    continue
                total += 1
                ids = resolve(r["text"], a["actorText"])
                if any(code_match(a["code"], i) for i in ids):
                    hit += 1
                else:
                    misses.append({"text": a["actorText"], "code": a["code"], "got": ids})
    return {"actors": total, "resolved": hit, "share": round(hit / total, 4) if total else 0.0,
            "misses": misses}
