"""GSR actor check: does faultline resolve each gold PLOVER GSR actor to the gold code?

Usage: .venv/bin/python benchmarks/gsr_actors.py [--gsr PATH] [--misses N] [--no-date]

Runs the real pipeline (``faultline.api.analyze_records``) once per distinct sentence of
``../shared/plover-gsr/dev.json`` (published = the record's ``date``), then, for every gold source
and target actor (``actorText`` + ``code``), takes the actor faultline resolved for the words of the
``actorText``'s first occurrence in that sentence (``ActorIndex.resolve``: the mention covering the
span, else the first mention inside it) and compares codes: a state by its id, a person or body
with a country by that country ("President Mugabe" -> ZWE); a gold ``IGO``/``NGO`` code is met by
an intergovernmental or non-state body (a bloc, or an organisation without a country). Prints the
share and the misses grouped by cause. The shared data are read at run time, never copied.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

from faultline.api import analyze_records  # noqa: E402
from faultline.eval_plover import code_match, load_gsr, score_actors  # noqa: E402
from faultline.extract.actors import ActorIndex, ActorMention  # noqa: E402
from faultline.model import Analysis  # noqa: E402


@dataclass(frozen=True)
class Record:
    ref: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


def analyse(path: str | Path, use_date: bool = True) -> dict[str, ActorIndex]:
    """Each distinct sentence analysed once -> an ActorIndex rebuilt from its actors' mentions."""
    texts: dict[str, str | None] = {}
    for r in load_gsr(path):
        texts.setdefault(r["text"], r.get("date") if use_date else None)
    records = [Record(ref=str(i), text=t, published=d) for i, (t, d) in enumerate(texts.items())]
    out: dict[str, ActorIndex] = {}
    for rec, result in zip(records, analyze_records(records), strict=True):
        if not isinstance(result, Analysis):
            out[rec.text] = ActorIndex()
            continue
        actors = {a.id: a for a in result.actors}
        mentions = [ActorMention(m.start, m.end, m.text, a.id, 0, 0) for a in result.actors for m in a.mentions]
        out[rec.text] = ActorIndex(actors=actors, mentions=mentions)
    return out


def find_span(sentence: str, actor_text: str) -> tuple[int, int] | None:
    """Offsets of the first whole-word occurrence of ``actor_text`` (exact case first, then any
    case; runs of spaces ignored); a gold
    text with "..." ("Bosnian Serbs ... forces") spans from its first piece to its last."""
    pieces = [" ".join(p.split()) for p in actor_text.split("...") if p.strip()]
    if not pieces:
        return None
    def pattern(piece: str, flags: int) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in piece.split()) + r"(?!\w)", flags)

    first = pattern(pieces[0], 0).search(sentence) or pattern(pieces[0], re.IGNORECASE).search(sentence)
    if first is None:
        return None
    end = first.end()
    for piece in pieces[1:]:
        nxt = pattern(piece, re.IGNORECASE).search(sentence, end)
        if nxt is not None:
            end = nxt.end()
    return first.start(), end


def codes_of(index: ActorIndex, actor_id: str) -> list[str]:
    """The codes an actor stands for: its id, its country, and "IGO"/"NGO" for bodies of no state."""
    actor = index.get(actor_id)
    if actor is None:
        return [actor_id]
    codes = [actor.id]
    if actor.country:
        codes.append(actor.country)
    elif actor.type == "bloc":
        codes.append("IGO")
    elif actor.type == "group":  # an armed group of no one state (CAMEO "IMG")
        codes += ["IMG", "NGO"]
    elif actor.type == "organization":
        codes += ["IGO", "NGO"]
    return codes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gsr", default=str(SHARED / "plover-gsr" / "dev.json"))
    ap.add_argument("--misses", type=int, default=8, help="examples shown per cause")
    ap.add_argument("--no-date", action="store_true", help="analyse without the records' dates")
    args = ap.parse_args()
    indexes = analyse(args.gsr, use_date=not args.no_date)
    causes: dict[str, list[str]] = defaultdict(list)

    def resolve(sentence: str, actor_text: str) -> list[str]:
        span = find_span(sentence, actor_text)
        index = indexes.get(sentence)
        if span is None or index is None:
            return ["?text-not-found"]
        actor_id = index.resolve(*span)
        return codes_of(index, actor_id) if actor_id else []

    # score_actors gives the share (code_match: "IGO"/"NGO" in codes_of meet those gold codes)
    result = score_actors(args.gsr, resolve, code_match)
    for miss in result["misses"]:
        got = miss["got"]
        if got == ["?text-not-found"]:
            cause = "actor text not in sentence"
        elif not got:
            cause = "nothing resolved"
        elif got[0].startswith("person:") and len(got) == 1:
            cause = "person without a country"
        else:
            cause = "resolved to another code"
        causes[cause].append(f"{miss['text']!r} gold={miss['code']} got={got}")
    print(f"gold actors resolved to the gold code: {result['resolved']}/{result['actors']} = {result['share']:.3f}")
    for cause, items in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{cause}: {len(items)}")
        for line in items[:args.misses]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
