"""PLOVER GSR benchmark: score faultline's events on ../shared/plover-gsr/dev.json.

Usage: .venv/bin/python benchmarks/plover_gsr.py [--gsr PATH] [--standin] [--errors N] [--fps N]

Uses the real pipeline (``faultline.api.analyze_records``: every distinct sentence analysed once,
batched through ``nlp.pipe``; the analyses serve both the event score and the actor check) when it
exists; otherwise (or with ``--standin``) a minimal pipeline:
the spaCy model + ``faultline_newlines`` + a stand-in actor index that matches the Phoenix actor
dictionaries (read at run time from ../shared/resources, MIT) and, when importable, the faultline kb.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

from faultline.eval_plover import event_matches, group_by_text, load_gsr, score_actors, score_gsr  # noqa: E402
from faultline.extract.actors import ActorIndex, ActorMention  # noqa: E402
from faultline.extract.events import find_events  # noqa: E402
from faultline.model import Actor  # noqa: E402

PHOENIX = SHARED / "resources" / "phoenix_dictionaries"


@lru_cache(maxsize=1)
def phoenix_names() -> dict[tuple[str, ...], str]:
    """Token tuple -> code prefix (state alpha-3, IGO, NGO) from the Phoenix actor dictionaries."""
    out: dict[tuple[str, ...], str] = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        blocks: list[tuple[list[str], list[str]]] = []  # (names, codes); the last undated code wins
        for raw in (PHOENIX / name).read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            codes = []
            while "[" in line and "]" in line:
                inner = line[line.index("[") + 1:line.index("]")].split()
                if inner:
                    codes.append((inner[0].lstrip("~"), len(inner) > 1 and not inner[1].startswith(">")))
                line = (line[:line.index("[")] + line[line.index("]") + 1:]).strip()
            if line.startswith("+") and blocks:
                blocks[-1][0].append(line[1:])
            elif line:
                blocks.append(([line], []))
            if blocks:
                # a code ending before some date (e.g. "<911231") is historical: prefer the others
                blocks[-1][1].extend(c for c, old in codes if not old)
                blocks[-1][1].extend(c for c, old in codes if old)
        for names, codes in blocks:
            codes = [c for c in codes if len(c) >= 3]
            if not codes:
                continue
            code = codes[0][:3]
            for entry in names:
                words = tuple(w for w in entry.lower().replace("_", " ").split() if w)
                if words:
                    out.setdefault(words, code)
    return out


def standin_actors(doc) -> ActorIndex:
    names = phoenix_names()
    mentions = []
    i = 0
    while i < len(doc):
        found = None
        for n in range(min(7, len(doc) - i), 0, -1):
            key = tuple(t.lower_ for t in doc[i:i + n])
            if key in names:
                found = (n, names[key])
                break
        if found is None:
            i += 1
            continue
        n, code = found
        span = doc[i:i + n]
        while len(span) > 1 and (span[0].is_punct or span[0].lower_ == "the"):
            span = span[1:]
        if not (len(span) == 1 and span[0].is_stop and not span[0].is_upper):
            mentions.append(ActorMention(span.start_char, span.end_char, span.text, code, span.start, span.end,
                                         "kb"))
        i += n
    actors = {m.actor: Actor(id=m.actor, name=m.actor, type="state" if m.actor.isalpha() and
                             m.actor not in ("IGO", "NGO") else "organization") for m in mentions}
    return ActorIndex(actors=actors, mentions=mentions)


@lru_cache(maxsize=1)
def standin_nlp():
    from faultline.nlp import load_spacy_model
    nlp = load_spacy_model()
    try:
        import faultline.pipeline  # noqa: F401 - registers faultline_newlines when present
        if "faultline_newlines" not in nlp.pipe_names:
            from spacy.language import Language
            if Language.has_factory("faultline_newlines"):
                nlp.add_pipe("faultline_newlines", before="parser")
    except Exception:  # noqa: BLE001 - the sentencizer only helps multi-line texts
        pass
    return nlp


def analyze_standin(text: str):
    doc = standin_nlp()(text)
    state = {"actors": standin_actors(doc)}
    return doc, state, find_events(doc, state)


@dataclass(frozen=True)
class _Record:
    ref: str
    text: str


def analyse_all(texts: list[str]) -> dict[str, Any]:
    """Every distinct text analysed once by the real pipeline (batched ``nlp.pipe``), by text."""
    from faultline import api

    distinct = list(dict.fromkeys(texts))
    out: dict[str, Any] = {}
    for text, result in zip(distinct, api.analyze_records(_Record(str(i), t) for i, t in enumerate(distinct)),
                            strict=True):
        out[text] = result if isinstance(result, api.Analysis) else None
    return out


def predictor(use_api: bool, cache: dict[str, Any]):
    if use_api:
        return lambda text: list(cache[text].events) if cache.get(text) is not None else []
    return lambda text: list(analyze_standin(text)[2])


def resolver(use_api: bool, cache: dict[str, Any]):
    def resolve(sentence: str, actor_text: str) -> list[str]:
        start = sentence.find(actor_text)
        if start < 0:
            return []
        end = start + len(actor_text)
        if use_api:
            a = cache.get(sentence)
            if a is None:
                return []
            return [x.country or x.id for x in a.actors for m in x.mentions if m.start < end and m.end > start]
        doc, state, _ = analyze_standin(sentence)
        return [m.actor for m in state["actors"].mentions if m.start < end and m.end > start]
    return resolve


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gsr", default=str(SHARED / "plover-gsr" / "dev.json"))
    ap.add_argument("--standin", action="store_true", help="use the stand-in pipeline even if api exists")
    ap.add_argument("--errors", type=int, default=0, help="print this many missed sentences")
    ap.add_argument("--fps", type=int, default=0, help="print this many false positives (unmatched predictions)")
    args = ap.parse_args()
    use_api = False
    if not args.standin:
        try:
            from faultline import api
            use_api = hasattr(api, "analyze")
        except Exception:  # noqa: BLE001
            use_api = False
    cache: dict[str, Any] = {}
    if use_api:
        records = load_gsr(args.gsr)
        cache = analyse_all([r["text"].strip() for r in records] + [r["text"] for r in records])
    result = score_gsr(args.gsr, predictor(use_api, cache))
    actors = score_actors(args.gsr, resolver(use_api, cache))
    print(f"pipeline: {'faultline.api.analyze' if use_api else 'stand-in (spaCy + Phoenix actor dictionaries)'}")
    print("overall", json.dumps(result["overall"]))
    for t, s in result["per_type"].items():
        print(f"  {t:10s} P={s['precision']:.2f} R={s['recall']:.2f} F1={s['f1']:.2f} "
              f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})")
    print(f"actors resolved: {actors['resolved']}/{actors['actors']} = {actors['share']:.3f}")
    shown = 0
    for d in result["details"]:
        if not d["matched"] and shown < args.errors:
            shown += 1
            g = d["gold"]
            print("-", g["type"], g["source"], g["target"], "|", d["text"][:150])
            for e in d["predicted"]:
                print("     got", e["type"], e["source"], e["target"], e["trigger"], e["mode"], e["modality"])
    if args.fps:
        print_false_positives(args.gsr, predictor(use_api, cache), args.fps)
    return 0


def print_false_positives(gsr: str, predict, limit: int) -> None:
    """Predicted events no gold event of their sentence accounts for, with the sentence's gold events."""
    shown = 0
    for text, golds in group_by_text(load_gsr(gsr)).items():
        events = list(predict(text))
        used: set[int] = set()
        for g in golds:
            hit = next((i for i, e in enumerate(events) if i not in used and event_matches(g, e)), None)
            if hit is not None:
                used.add(hit)
        for i, e in enumerate(events):
            if i in used or shown >= limit:
                continue
            shown += 1
            gold = "; ".join(f"{g['type']} {g['source']}->{g['target']}" for g in golds)
            print("+", e.type, list(e.source), list(e.target), e.trigger, e.mode, "| gold:", gold, "|", text[:120])


if __name__ == "__main__":
    raise SystemExit(main())
