"""Score analyses against gold files (../shared/SCHEMA.md, "Gold files"), PolNeAR and PLOVER GSR.

Each layer (actors, quotes, events, stances, splits) is scored by one-to-one greedy matching of gold
items to predicted items, giving precision, recall, F1 and one-line descriptions of the misses and
false positives, so that people can read what went wrong. Articles are micro-averaged: the counts of
all articles are added before the ratios are taken.

Matching rules (SCHEMA.md, and the task that asked for this module):
- actors: same id, an id in the gold actor's ``accept``, or for people the same surname slug
  (``person:x-cooper`` ~ ``person:yvette-cooper``). ``actors+attrs`` also needs a person's
  ``country`` and ``role`` to be right where the gold gives them. Gold ``surface`` forms and
  predicted ``mentions`` are not scored.
- quotes: the speaker (or one of a joint statement's ``speakers``) matches (as for actors, plus the
  quote's own ``accept``) and the texts share at
  least half of the shorter one's characters (when both carry offsets) or words (otherwise).
  ``quotes+kind`` also needs the same ``kind``.
- events: the type is the gold type or one of its ``alt_types`` (old PLOVER names mapped to new), and
  at least one actor is shared in ``source`` and in ``target`` (``source`` alone when the gold target
  is empty).
- stances: actor, issue and polarity. splits: issue and both sides as sets (a swap is a miss).
- ``"optional": true`` gold items: matching one counts neither as tp nor as fp; missing one costs
  nothing.

Notes: greedy matching takes required gold items before optional ones, then better matches (exact id
before accepted id before surname; primary type before alternative), then larger text overlap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EvalError

Analyze = Callable[[str, dict], dict]
SortKey = tuple[Any, ...]

LAYERS = ("actors", "actors+attrs", "quotes", "quotes+kind", "events", "stances", "splits")

#: Type names of earlier PLOVER drafts, mapped to the names the contract uses.
OLD_EVENT_TYPES: Mapping[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

_WORD = re.compile(r"\w+")
_SNIPPET = 70


# --------------------------------------------------------------------------------------------------
# Result types


def _ratios(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; a layer with nothing to find and nothing found scores 1.0."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class LayerScore:
    """Counts and ratios of one layer, with one-line descriptions of misses and false positives."""

    layer: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @classmethod
    def from_counts(cls, layer: str, tp: int, fp: int, fn: int, missed: Iterable[str] = (),
                    spurious: Iterable[str] = ()) -> LayerScore:
        precision, recall, f1 = _ratios(tp, fp, fn)
        return cls(layer, tp, fp, fn, precision, recall, f1, tuple(missed), tuple(spurious))

    def to_dict(self) -> dict[str, Any]:
        return {"layer": self.layer, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "missed": list(self.missed), "spurious": list(self.spurious)}


@dataclass(frozen=True)
class Report:
    """The scores of one article or of several (micro-averaged), layer by layer."""

    name: str
    layers: dict[str, LayerScore] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "layers": {k: v.to_dict() for k, v in self.layers.items()}}


# --------------------------------------------------------------------------------------------------
# Matching


def _optional(item: Mapping[str, Any]) -> bool:
    return bool(item.get("optional", False))


def greedy_pairs(gold: Sequence[Any], pred: Sequence[Any],
                 key: Callable[[Any, Any], SortKey | None]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index): required gold first, then by ``key`` (smaller is
    better; ``None`` means the two do not match), then by position."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            k = key(g, p)
            if k is not None:
                candidates.append((_optional(g), k, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def score_layer(layer: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]],
                key: Callable[[Any, Any], SortKey | None],
                describe: Callable[[Mapping[str, Any]], str]) -> LayerScore:
    """Match, then count: optional gold items neither reward nor cost anything."""
    pairs = greedy_pairs(gold, pred, key)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    tp = sum(1 for i, _ in pairs if not _optional(gold[i]))
    missed = [describe(g) for i, g in enumerate(gold) if i not in matched_g and not _optional(g)]
    spurious = [describe(p) for j, p in enumerate(pred) if j not in matched_p]
    return LayerScore.from_counts(layer, tp, len(spurious), len(missed), missed, spurious)


def surname(actor_id: str | None) -> str | None:
    """The last part of a person's slug (``person:yvette-cooper`` -> ``cooper``), else None."""
    if not actor_id or not actor_id.startswith("person:"):
        return None
    slug = actor_id.split(":", 1)[1]
    return slug.rsplit("-", 1)[-1] or None


@dataclass(frozen=True)
class ActorRules:
    """When a predicted actor id counts as a gold one: same id, an accepted id, or same surname."""

    accept: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_gold(cls, gold: Mapping[str, Any]) -> ActorRules:
        accept = {a["id"]: frozenset(a.get("accept") or ()) for a in gold.get("actors") or ()
                  if a.get("id")}
        return cls(accept)

    def rank(self, gold_id: str | None, pred_id: str | None, extra: Iterable[str] = ()) -> int | None:
        """0 for the same id, 1 for an accepted id, 2 for the same surname, None for no match."""
        if gold_id == pred_id:
            return 0
        if gold_id is None or pred_id is None:
            return None
        if pred_id in self.accept.get(gold_id, frozenset()) or pred_id in set(extra):
            return 1
        g, p = surname(gold_id), surname(pred_id)
        if g is not None and g == p:
            return 2
        return None

    def shared(self, gold_ids: Iterable[str], pred_ids: Iterable[str], extra: Iterable[str] = ()) -> int:
        """How many gold ids have a matching predicted id."""
        preds = list(pred_ids)
        extras = tuple(extra)
        return sum(1 for g in gold_ids if any(self.rank(g, p, extras) is not None for p in preds))


def words(text: str | None) -> frozenset[str]:
    """Lower-cased word set of a text."""
    return frozenset(w.lower() for w in _WORD.findall(text or ""))


def _offsets(item: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return start, end
    return None


def text_overlap(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[int, int]:
    """(shared amount, shorter length): characters when both have offsets, else words."""
    g, p = _offsets(gold), _offsets(pred)
    if g is not None and p is not None:
        return max(0, min(g[1], p[1]) - max(g[0], p[0])), min(g[1] - g[0], p[1] - p[0])
    gw, pw = words(gold.get("text")), words(pred.get("text"))
    return len(gw & pw), min(len(gw), len(pw))


def half_overlap(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """True when the texts share at least half of the shorter one."""
    shared, shorter = text_overlap(gold, pred)
    return shorter > 0 and 2 * shared >= shorter


def event_type(name: str | None) -> str:
    """Upper-cased PLOVER type, with old names mapped to the current ones."""
    upper = (name or "").strip().upper()
    return OLD_EVENT_TYPES.get(upper, upper)


def _norm(value: Any) -> str | None:
    return " ".join(str(value).lower().split()) if value else None


def _is_person(actor: Mapping[str, Any]) -> bool:
    return actor.get("type") == "person" or str(actor.get("id", "")).startswith("person:")


# --------------------------------------------------------------------------------------------------
# One-line descriptions


def _snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def describe_actor(a: Mapping[str, Any]) -> str:
    attrs = [str(v) for v in (a.get("name"), a.get("type"), a.get("country"), a.get("role")) if v]
    return f"{a.get('id')} ({', '.join(attrs)})" if attrs else str(a.get("id"))


def describe_quote(q: Mapping[str, Any]) -> str:
    where = f" @{q['start']}-{q['end']}" if _offsets(q) else ""
    return f"{q.get('id', '?')} [{q.get('kind', '?')}] {q.get('speaker')}: “{_snippet(q.get('text'))}”{where}"


def describe_event(e: Mapping[str, Any]) -> str:
    src = ",".join(e.get("source") or ()) or "-"
    tgt = ",".join(e.get("target") or ()) or "-"
    alts = e.get("alt_types") or ()
    kind = event_type(e.get("type")) + (f"|{'|'.join(alts)}" if alts else "")
    return f"{e.get('id', '?')} {kind} {src} -> {tgt}: {_snippet(e.get('text'))}"


def describe_stance(s: Mapping[str, Any]) -> str:
    return f"{s.get('actor')} on {s.get('issue')}: {int(s.get('polarity') or 0):+d}"


def describe_split(s: Mapping[str, Any]) -> str:
    return (f"{s.get('issue')} [{s.get('bloc') or '-'}]: for {','.join(sorted(s.get('for') or ()))}"
            f" / against {','.join(sorted(s.get('against') or ()))}")


# --------------------------------------------------------------------------------------------------
# Layers


def _actor_key(rules: ActorRules, attrs: bool) -> Callable[[Any, Any], SortKey | None]:
    def key(g: Mapping[str, Any], p: Mapping[str, Any]) -> SortKey | None:
        rank = rules.rank(g.get("id"), p.get("id"))
        if rank is None:
            return None
        if attrs and _is_person(g):
            for name in ("country", "role"):
                if g.get(name) and _norm(g.get(name)) != _norm(p.get(name)):
                    return None
        return (rank,)
    return key


def _quote_key(rules: ActorRules, with_kind: bool) -> Callable[[Any, Any], SortKey | None]:
    def key(g: Mapping[str, Any], p: Mapping[str, Any]) -> SortKey | None:
        # a joint statement matches a gold speaker that is any of its speakers
        said_by = [p.get("speaker"), *(v for v in p.get("speakers") or () if v != p.get("speaker"))]
        rank = min((r for v in said_by if (r := rules.rank(g.get("speaker"), v, g.get("accept") or ()))
                    is not None), default=None)
        if rank is None or not half_overlap(g, p):
            return None
        if with_kind and g.get("kind") != p.get("kind"):
            return None
        shared, _ = text_overlap(g, p)
        return (rank, -shared)
    return key


def _event_key(rules: ActorRules) -> Callable[[Any, Any], SortKey | None]:
    def key(g: Mapping[str, Any], p: Mapping[str, Any]) -> SortKey | None:
        ptype = event_type(p.get("type"))
        if ptype == event_type(g.get("type")):
            type_rank = 0
        elif ptype in {event_type(t) for t in g.get("alt_types") or ()}:
            type_rank = 1
        else:
            return None
        extra = g.get("accept") or ()
        src = rules.shared(g.get("source") or (), p.get("source") or (), extra)
        if src == 0:
            return None
        gold_target = g.get("target") or ()
        tgt = rules.shared(gold_target, p.get("target") or (), extra) if gold_target else 0
        if gold_target and tgt == 0:
            return None
        shared, _ = text_overlap(g, p)
        return (type_rank, -(src + tgt), -shared)
    return key


def _stance_key(rules: ActorRules) -> Callable[[Any, Any], SortKey | None]:
    def key(g: Mapping[str, Any], p: Mapping[str, Any]) -> SortKey | None:
        rank = rules.rank(g.get("actor"), p.get("actor"), g.get("accept") or ())
        if rank is None or g.get("issue") != p.get("issue"):
            return None
        if int(g.get("polarity") or 0) != int(p.get("polarity") or 0):
            return None
        return (rank,)
    return key


def _split_key(g: Mapping[str, Any], p: Mapping[str, Any]) -> SortKey | None:
    if g.get("issue") != p.get("issue"):
        return None
    if set(g.get("for") or ()) != set(p.get("for") or ()):
        return None
    if set(g.get("against") or ()) != set(p.get("against") or ()):
        return None
    return (0 if g.get("bloc") == p.get("bloc") else 1,)


def _with_predicted_attrs(score: LayerScore, gold: Sequence[Mapping[str, Any]],
                          pred: Sequence[Mapping[str, Any]], rules: ActorRules) -> LayerScore:
    """Add to each missed person what the prediction said of them, when it found them at all."""
    found = {i: pred[j] for i, j in greedy_pairs(gold, pred, _actor_key(rules, False))}
    notes = {}
    for i, g in enumerate(gold):
        p = found.get(i)
        if p is not None:
            notes[describe_actor(g)] = (f"{describe_actor(g)}; predicted {p.get('id')}: "
                                        f"country {p.get('country')}, role {p.get('role')}")
    missed = tuple(notes.get(line, line) for line in score.missed)
    return LayerScore(score.layer, score.tp, score.fp, score.fn, score.precision, score.recall,
                      score.f1, missed, score.spurious)


def _items(d: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    value = d.get(name) or []
    if not isinstance(value, list) or not all(isinstance(x, Mapping) for x in value):
        raise EvalError(f"'{name}' is not a list of objects", hint="see SCHEMA.md for the shape")
    return value


def _article_name(d: Mapping[str, Any]) -> str:
    article = d.get("article") or {}
    return str(article.get("ref") or article.get("title") or article.get("id") or "article")


def score_article(gold: dict, pred: dict) -> Report:
    """Score one predicted analysis (``Analysis.to_dict()``) against one gold dict, layer by layer."""
    rules = ActorRules.from_gold(gold)
    layers = {
        "actors": score_layer("actors", _items(gold, "actors"), _items(pred, "actors"),
                              _actor_key(rules, False), describe_actor),
        "actors+attrs": _with_predicted_attrs(
            score_layer("actors+attrs", _items(gold, "actors"), _items(pred, "actors"),
                        _actor_key(rules, True), describe_actor),
            _items(gold, "actors"), _items(pred, "actors"), rules),
        "quotes": score_layer("quotes", _items(gold, "quotes"), _items(pred, "quotes"),
                              _quote_key(rules, False), describe_quote),
        "quotes+kind": score_layer("quotes+kind", _items(gold, "quotes"), _items(pred, "quotes"),
                                   _quote_key(rules, True), describe_quote),
        "events": score_layer("events", _items(gold, "events"), _items(pred, "events"),
                              _event_key(rules), describe_event),
        "stances": score_layer("stances", _items(gold, "stances"), _items(pred, "stances"),
                               _stance_key(rules), describe_stance),
        "splits": score_layer("splits", _items(gold, "splits"), _items(pred, "splits"),
                              _split_key, describe_split),
    }
    return Report(_article_name(gold), layers)


def combine(reports: Sequence[Report], name: str | None = None) -> Report:
    """Micro-average: add the counts of all reports; lines are prefixed with the article's name
    when there is more than one."""
    if len(reports) == 1:
        only = reports[0]
        return Report(name or only.name, dict(only.layers))
    layers: dict[str, LayerScore] = {}
    names = [layer for r in reports for layer in r.layers]
    for layer in dict.fromkeys(names):
        parts = [(r.name, r.layers[layer]) for r in reports if layer in r.layers]
        layers[layer] = LayerScore.from_counts(
            layer, sum(s.tp for _, s in parts), sum(s.fp for _, s in parts), sum(s.fn for _, s in parts),
            [f"[{n}] {line}" for n, s in parts for line in s.missed],
            [f"[{n}] {line}" for n, s in parts for line in s.spurious])
    return Report(name or f"{len(reports)} articles", layers)


# --------------------------------------------------------------------------------------------------
# Files


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise EvalError("cannot read the file", hint="check the path", input_name=str(path)) from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise EvalError(f"not valid JSON: {e}", hint="a gold file is one JSON object",
                        input_name=str(path)) from e


def load_gold(path: str | Path) -> dict:
    """Read one gold file: a JSON object in the contract's shape."""
    gold_path = Path(path)
    data = _read_json(gold_path)
    if not isinstance(data, dict):
        raise EvalError("a gold file must hold one JSON object",
                        hint="see SCHEMA.md, 'Gold files'", input_name=str(gold_path))
    return data


def find_gold(path: str | Path) -> list[Path]:
    """The gold files named by ``path``: the file itself, or the ``*.json`` files of a folder."""
    gold_path = Path(path)
    if gold_path.is_file():
        return [gold_path]
    if gold_path.is_dir():
        found = sorted(p for p in gold_path.glob("*.json") if p.is_file() and _is_article_gold(p))
        if not found:
            raise EvalError("no gold files (*.json) in the folder", hint="pass a gold file or folder",
                            input_name=str(gold_path))
        return found
    raise EvalError("no such gold file or folder", hint="check the path", input_name=str(gold_path))


def _is_article_gold(path: Path) -> bool:
    """A per-article gold file (it has an ``article`` or ``quotes`` key); corpus-level files such as
    ``CORPUS.json`` (stances over months, shifts) sit beside them and are not scored here."""
    try:
        with path.open(encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return True  # let the loader report it properly
    return isinstance(data, dict) and ("article" in data or "quotes" in data)


def _first(paths: Iterable[Path]) -> Path | None:
    found = sorted(p for p in paths if p.is_file())
    return found[0] if found else None


def text_for_gold(gold_path: str | Path, levels: int = 4) -> Path | None:
    """The article text of a gold file: ``<stem>.txt`` beside it, under a sibling folder of the gold
    folder (``corpus/gold/X.json`` -> ``corpus/sample/X.txt``), or under a ``corpus/`` folder of the
    gold folder or one of its ancestors (``shared/gold/X.json`` -> ``shared/corpus/seed/X.txt``)."""
    gold = Path(gold_path).resolve()
    name = gold.stem + ".txt"
    folder = gold.parent
    found = _first([folder / name])
    if found:
        return found
    siblings = [d for d in sorted(folder.parent.iterdir()) if d.is_dir() and d != folder]
    for sibling in siblings:
        found = _first(list(sibling.glob(name)) + list(sibling.glob(f"*/{name}")))
        if found:
            return found
    for ancestor in [folder, *folder.parents][:levels]:
        corpus = ancestor / "corpus"
        if corpus.is_dir():
            found = _first(corpus.rglob(name))
            if found:
                return found
    return None


def published_for(gold: Mapping[str, Any], text_path: Path) -> str | None:
    """The publication date: the gold's ``article.published``, else the ``meta.jsonl`` line beside
    the text whose ``ref`` names the text file."""
    published = (gold.get("article") or {}).get("published")
    if published:
        return str(published)
    meta = text_path.parent / "meta.jsonl"
    if not meta.is_file():
        return None
    for line in meta.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalError(f"bad JSON line: {e}", hint="one JSON object a line",
                            input_name=str(meta)) from e
        ref = Path(str(record.get("ref", "")))
        if record.get("published") and (ref.name == text_path.name or ref.stem == text_path.stem):
            return str(record["published"])
    return None


def _as_dict(result: Any) -> dict:
    if hasattr(result, "to_dict"):
        result = result.to_dict()
    if not isinstance(result, dict):
        raise EvalError("analyze() must return an analysis dict", hint="Analysis.to_dict()")
    return result


def analyze_gold(gold_path: Path, gold: Mapping[str, Any], analyze: Analyze) -> dict:
    """Find the gold's article text and analyse it with ``analyze(text, article_meta)``."""
    text_path = text_for_gold(gold_path)
    if text_path is None:
        raise EvalError(f"no article text {gold_path.stem}.txt found for the gold file",
                        hint="put it under a corpus/ folder beside the gold folder, or pass PRED",
                        input_name=str(gold_path))
    meta = dict(gold.get("article") or {})
    meta["ref"] = str(text_path)
    meta["published"] = published_for(gold, text_path)
    return _as_dict(analyze(text_path.read_text(encoding="utf-8"), meta))


def load_predictions(path: str | Path) -> list[dict]:
    """Analyses from a file: one JSON object, a JSON list, or JSONL."""
    pred_path = Path(path)
    try:
        raw = pred_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError("cannot read the predictions", hint="check the path",
                        input_name=str(pred_path)) from e
    try:
        data = json.loads(raw)
        records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        records = []
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise EvalError(f"line {n} is not JSON: {e}", hint="JSON, a JSON list or JSONL",
                                    input_name=str(pred_path)) from e
    if not all(isinstance(r, dict) for r in records):
        raise EvalError("predictions must be analysis objects", hint="see SCHEMA.md",
                        input_name=str(pred_path))
    return records


def match_prediction(gold_path: Path, gold: Mapping[str, Any], preds: Sequence[dict]) -> dict | None:
    """The analysis for a gold file: its ``article.ref`` has the gold's stem, or its title is the
    gold's title."""
    title = _norm((gold.get("article") or {}).get("title"))
    for pred in preds:
        article = pred.get("article") or {}
        ref = article.get("ref")
        if ref and Path(str(ref)).stem == gold_path.stem:
            return pred
    for pred in preds:
        if title and _norm((pred.get("article") or {}).get("title")) == title:
            return pred
    return None


def _empty_prediction() -> dict:
    return {"actors": [], "quotes": [], "events": [], "stances": [], "splits": []}


def _pred_for(gold_path: Path, gold: Mapping[str, Any], preds: Sequence[dict], single: bool) -> dict:
    found = match_prediction(gold_path, gold, preds)
    if found is None and single and len(preds) == 1:
        return preds[0]
    return found if found is not None else _empty_prediction()


def score_files(gold_paths: Sequence[str | Path], pred_paths: Sequence[str | Path]) -> Report:
    """Score each gold file against the prediction file at the same position; micro-averaged.
    A prediction file holding several analyses gives the one that matches the gold (by ref or title)."""
    if len(gold_paths) != len(pred_paths):
        raise EvalError(f"{len(gold_paths)} gold files but {len(pred_paths)} prediction files",
                        hint="pass one prediction file per gold file")
    reports = []
    for gp, pp in zip(gold_paths, pred_paths, strict=True):
        gold_path = Path(gp)
        gold = load_gold(gold_path)
        pred = _pred_for(gold_path, gold, load_predictions(pp), single=True)
        reports.append(_named(score_article(gold, pred), gold_path.stem))
    return _combined(reports, gold_paths)


def _named(report: Report, name: str) -> Report:
    return Report(name, report.layers)


def _combined(reports: Sequence[Report], gold_paths: Sequence[str | Path]) -> Report:
    if not reports:
        raise EvalError("nothing to score", hint="pass at least one gold file")
    return combine(reports, Path(gold_paths[0]).stem if len(reports) == 1 else None)


# --------------------------------------------------------------------------------------------------
# PolNeAR and PLOVER GSR


@dataclass(frozen=True)
class QuoteSpan:
    """What the PolNeAR scorer reads of a predicted quote."""

    start: int
    end: int
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None = None     # the parts of a split quote share it


def is_polnear(path: Path) -> bool:
    return path.is_dir() and (path / "text").is_dir() and (path / "attributions").is_dir()


def scope_for_gold(gold: str | Path) -> str:
    """The quote scope a gold set annotates: PolNeAR's attributions include beliefs, intentions
    and evaluations ("learned"); the shared gold format annotates reported speech ("speech")."""
    return "learned" if is_polnear(Path(gold)) else "speech"


def is_gsr(path: Path) -> bool:
    """A PLOVER gold standard file: a JSON list of records with ``event`` fields."""
    if not (path.is_file() and path.suffix.lower() == ".json"):
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return (isinstance(data, list) and bool(data)
            and all(isinstance(r, dict) and "event" in r for r in data))


def quote_predictor(analyze: Analyze) -> Callable[[str], list[Any]]:
    """``predict(text)`` for the PolNeAR scorer, from the quotes of ``analyze``: ``QuoteSpan``s."""
    def predict(text: str) -> list[Any]:
        out = []
        for q in _as_dict(analyze(text, {})).get("quotes") or ():
            span, cue = q.get("speaker_span"), q.get("cue_span")
            out.append(QuoteSpan(int(q.get("start", 0)), int(q.get("end", 0)),
                                 (int(span[0]), int(span[1])) if span else None,
                                 (int(cue[0]), int(cue[1])) if cue else None))
        return out
    return predict


def event_predictor(analyze: Analyze) -> Callable[[str], list[dict]]:
    """``predict(text)`` for the PLOVER GSR scorer: the event dicts of ``analyze``."""
    def predict(text: str) -> list[dict]:
        return list(_as_dict(analyze(text, {})).get("events") or ())
    return predict


def _count(d: Mapping[str, Any], scores: Mapping[str, Any], name: str) -> int | None:
    for source in (scores, d):
        if isinstance(source.get(name), int):
            return int(source[name])
    return None


def report_from_dict(name: str, d: Mapping[str, Any], layer_names: Mapping[str, str] | None = None) -> Report:
    """Wrap an outside scorer's dict (``{"content": {"precision", "recall", "f1"}, "gold": N,
    "predicted": N, ...}``) into a Report: each sub-dict with an ``f1`` becomes a layer."""
    rename = dict(layer_names or {})
    layers = {}
    for key, scores in d.items():
        if not isinstance(scores, Mapping) or "f1" not in scores:
            continue
        layer = rename.get(key, key)
        tp, fp, fn = (_count(d, scores, n) for n in ("tp", "fp", "fn"))
        n_gold, n_pred = _count(d, scores, "gold"), _count(d, scores, "predicted")
        if tp is None and n_gold is not None:
            tp = round(float(scores.get("recall", 0.0)) * n_gold)
        if tp is not None and fp is None and n_pred is not None:
            fp = n_pred - tp
        if tp is not None and fn is None and n_gold is not None:
            fn = n_gold - tp
        layers[layer] = LayerScore(layer, tp or 0, fp or 0, fn or 0, float(scores.get("precision", 0.0)),
                                   float(scores.get("recall", 0.0)), float(scores["f1"]))
    return Report(name, layers)


def _need(analyze: Analyze | None, what: str) -> Analyze:
    if analyze is None:
        raise EvalError(f"{what} scoring needs an analyzer", hint="run it through `faultline eval`")
    return analyze


def evaluate_polnear(folder: Path, analyze: Analyze, limit: int | None = None) -> Report:
    try:
        from .eval_polnear import score_polnear
    except ImportError as e:
        raise EvalError("PolNeAR scoring is not available", hint="faultline.eval_polnear is missing",
                        input_name=str(folder)) from e
    result = score_polnear(folder, quote_predictor(analyze), limit=limit)
    return report_from_dict(folder.name, result, {"content_speaker": "content+speaker",
                                                  "content_speaker_unnamed": "content+speaker, unnamed as none"})


def evaluate_gsr(path: Path, analyze: Analyze) -> Report:
    try:
        from .eval_plover import score_gsr  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError as e:
        raise EvalError("PLOVER GSR scoring is not available", hint="faultline.eval_plover is missing",
                        input_name=str(path)) from e
    return report_from_dict(path.stem, score_gsr(path, event_predictor(analyze)))


# --------------------------------------------------------------------------------------------------
# The door


def evaluate(gold: str, pred: str | None = None, analyze: Analyze | None = None,
             limit: int | None = None) -> Report:
    """Score ``pred`` (a file of analyses or a folder of ``<stem>.json``), or, when ``pred`` is None,
    ``analyze`` run on each gold's article text, against the gold file or folder ``gold``.
    A PolNeAR split folder or a PLOVER GSR file is handed to its own scorer. ``limit`` scores only
    the first N articles (gold files or PolNeAR texts)."""
    gold_root = Path(gold)
    if is_polnear(gold_root):
        return evaluate_polnear(gold_root, _need(analyze, "PolNeAR"), limit)
    if is_gsr(gold_root):
        return evaluate_gsr(gold_root, _need(analyze, "PLOVER GSR"))
    gold_paths = find_gold(gold_root)[:limit] if limit else find_gold(gold_root)
    golds = [(p, load_gold(p)) for p in gold_paths]
    reports = []
    if pred is None:
        run = _need(analyze, "Gold file")
        for path, g in golds:
            reports.append(_named(score_article(g, analyze_gold(path, g, run)), path.stem))
        return _combined(reports, gold_paths)
    pred_root = Path(pred)
    if pred_root.is_dir():
        for path, g in golds:
            file = pred_root / f"{path.stem}.json"
            preds = load_predictions(file) if file.is_file() else []
            reports.append(_named(score_article(g, _pred_for(path, g, preds, single=True)), path.stem))
        return _combined(reports, gold_paths)
    if not pred_root.is_file():
        raise EvalError("no such prediction file or folder", hint="check the path", input_name=str(pred))
    preds = load_predictions(pred_root)
    single = len(golds) == 1
    for path, g in golds:
        reports.append(_named(score_article(g, _pred_for(path, g, preds, single)), path.stem))
    return _combined(reports, gold_paths)
