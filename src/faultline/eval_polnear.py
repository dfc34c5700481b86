"""Score attribution (quote) extraction against PolNeAR's brat standoff annotation.

PolNeAR (Newell, Margolin & Ruths 2018) marks every attribution in a news article as a Source, a Cue
and a Content span. This module reads that annotation and scores any predictor that returns
QuoteMatch-like objects (``start``, ``end``, ``speaker_span``).

Matching rule (GitHub issue "Who said what"):
- content: the predicted and gold content spans share at least half of the SHORTER span's characters;
- content+speaker: content matches and the predicted speaker span overlaps the gold Source span by at
  least one character (any overlap: the annotators and the parser often disagree on the extent of a
  noun phrase, "Trump" vs "Donald Trump, the front-runner"); a prediction without a speaker is wrong.
Matches sharing a cue span (the parts of a quote split by its reporting clause) count as one
prediction with a discontinuous content, as PolNeAR annotates them. Pairs are matched one to one, greedily, largest overlap first.

Notes: when several annotators have files for one text (suffix ``_XXXX``), the first file by name is
used, so that scores are reproducible.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import EvalError

Spans = list[tuple[int, int]]

_T_LINE = re.compile(r"^(T\d+)\t([A-Za-z0-9_-]+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: lists of (start, end) char spans (discontinuous spans allowed)."""

    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)


class QuoteLike(Protocol):
    start: int
    end: int
    speaker_span: tuple[int, int] | None


def _spans(offsets: str) -> Spans:
    out = []
    for part in offsets.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def read_brat(ann_path: str | Path) -> list[Attribution]:
    """Read the attributions (E lines) of one PolNeAR ``.ann`` file.

    Tolerates annotator notes and span texts that contain line breaks (their continuation lines are
    skipped). ``Content2`` (a second content part) is merged into ``content``.
    """
    path = Path(ann_path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"cannot read brat file {path}", hint="check the path and encoding") from e
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[str] = []
    for line in raw.split("\n"):
        m = _T_LINE.match(line)
        if m:
            spans[m.group(1)] = (m.group(2), _spans(m.group(3)))
            continue
        m = _E_LINE.match(line)
        if m:
            events.append(m.group(2))
    out = []
    for args in events:
        parts: dict[str, Spans] = {"Source": [], "Cue": [], "Content": []}
        for arg in args.split():
            if ":" not in arg:
                continue
            role, ref = arg.split(":", 1)
            role = re.sub(r"\d+$", "", role)
            if ref in spans and role in parts:
                parts[role].extend(spans[ref][1])
        if parts["Content"]:
            out.append(Attribution(sorted(parts["Source"]), sorted(parts["Cue"]),
                                   sorted(parts["Content"])))
    return out


def iter_polnear(folder: str | Path) -> Iterator[tuple[str, str, list[Attribution]]]:
    """Yield (name, text, gold attributions) for each text of a PolNeAR split folder."""
    root = Path(folder)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{root} is not a PolNeAR split folder",
                        hint="expected text/ and attributions/ subfolders")
    first = {name: files[0] for name, files in _annotations(ann_dir).items()}
    for txt in sorted(text_dir.glob("*.txt")):
        ann = first.get(txt.stem)
        if ann is None:
            continue
        yield txt.stem, txt.read_text(encoding="utf-8"), read_brat(ann)


def _annotations(ann_dir: Path) -> dict[str, list[Path]]:
    """Text name -> its annotation files, sorted by name (the first is the scored one)."""
    out: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        out.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return out


def annotator_agreement(folder: str | Path) -> dict[str, Any]:
    """How well PolNeAR's other annotators match the first one under the same scoring: each
    further annotation of a text is scored as a prediction against the first (its source's extent
    as the speaker span). The human ceiling for :func:`score_polnear`'s figures."""
    ann_dir = Path(folder) / "attributions"
    if not ann_dir.is_dir():
        raise EvalError(f"{folder} is not a PolNeAR split folder",
                        hint="expected text/ and attributions/ subfolders")
    n_pred = n_gold = tp_c = tp_cs = tp_cu = texts = pairs = 0
    for files in _annotations(ann_dir).values():
        if len(files) < 2:
            continue
        texts += 1
        gold = read_brat(files[0])
        for other in files[1:]:
            pred = [Prediction(a.content, (min(s for s, _ in a.source), max(e for _, e in a.source))
                               if a.source else None) for a in read_brat(other)]
            pairs += 1
            n_pred += len(pred)
            n_gold += len(gold)
            tp_c += greedy_match(pred, gold, with_speaker=False)
            tp_cs += greedy_match(pred, gold, with_speaker=True)
            tp_cu += greedy_match(pred, gold, with_speaker=True, unnamed=True)
    return {"texts": texts, "pairs": pairs, "predicted": n_pred, "gold": n_gold,
            "content": prf(tp_c, n_pred, n_gold), "content_speaker": prf(tp_cs, n_pred, n_gold),
            "content_speaker_unnamed": prf(tp_cu, n_pred, n_gold)}


def _length(spans: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, e - s) for s, e in spans)


def overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Characters shared by two lists of spans."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def content_match(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> bool:
    """True when the spans share at least half of the shorter span's characters."""
    shorter = min(_length(pred), _length(gold))
    return shorter > 0 and 2 * overlap(pred, gold) >= shorter


def speaker_match(pred: tuple[int, int] | None, gold: Sequence[tuple[int, int]],
                  unnamed: bool = False) -> bool:
    """True when the predicted speaker span overlaps the gold source by at least one character.
    With ``unnamed``, a gold attribution without a source ("Nabisco is expected to cut …", "it
    seems …"; about one in fourteen in PolNeAR) is matched by a prediction without a speaker;
    otherwise nothing can match it."""
    if unnamed and not gold:
        return pred is None
    return pred is not None and overlap([pred], gold) > 0


@dataclass(frozen=True)
class Prediction:
    """A predicted attribution: content spans (several for a quote split by its reporting clause)."""

    content: Spans
    speaker_span: tuple[int, int] | None


def group_predictions(pred: Sequence[QuoteLike]) -> list[Prediction]:
    """Merge matches that share a cue (the parts of a split quote) into one prediction, as PolNeAR
    annotates a split quote as one attribution with a discontinuous content."""
    groups: dict[Any, list[QuoteLike]] = {}
    for n, p in enumerate(pred):
        key = getattr(p, "cue_span", None) or ("alone", n)
        groups.setdefault(key, []).append(p)
    out = []
    for members in groups.values():
        speaker = next((m.speaker_span for m in members if m.speaker_span is not None), None)
        out.append(Prediction(sorted((m.start, m.end) for m in members), speaker))
    return out


def greedy_match(pred: Sequence[Prediction], gold: Sequence[Attribution], with_speaker: bool,
                 unnamed: bool = False) -> int:
    """Number of one-to-one matches, taking the pairs with the largest content overlap first;
    ``with_speaker`` also asks for the speaker (:func:`speaker_match`, with ``unnamed``)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if not content_match(p.content, g.content):
                continue
            if with_speaker and not speaker_match(p.speaker_span, g.source, unnamed):
                continue
            pairs.append((overlap(p.content, g.content), i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def offset_map(raw: str) -> list[int] | None:
    """For each offset of ``raw``, the offset of the same place in ``normalise_text(raw)``, the
    text every analysis's offsets point into (NFC, ``\n`` line ends); None when the two agree.
    Decomposed characters ("A" + a combining mark) become one, so later offsets shift."""
    from .model import normalise_text

    norm = normalise_text(raw)
    if raw.startswith(norm) and not raw[len(norm):].strip():
        return None
    out = [0] * (len(raw) + 1)
    pos = start = 0
    for i in range(1, len(raw) + 1):
        # a cluster ends before a character that starts a new one (not a combining mark, not the
        # LF of a CRLF); each cluster is normalised on its own
        if i < len(raw) and (unicodedata.combining(raw[i]) or raw[i - 1:i + 1] == "\r\n"):
            continue
        piece = unicodedata.normalize("NFC", raw[start:i].replace("\r\n", "\n").replace("\r", "\n"))
        for j in range(start, i):
            out[j] = pos
        pos += len(piece)
        start = i
    out[len(raw)] = pos
    return out


def _to_normalised(raw: str, gold: list[Attribution]) -> list[Attribution]:
    """Gold spans moved into the normalised text's offsets (:func:`offset_map`)."""
    mapping = offset_map(raw)
    if mapping is None:
        return gold

    def move(spans: Spans) -> Spans:
        return [(mapping[min(s, len(raw))], mapping[min(e, len(raw))]) for s, e in spans]

    return [Attribution(move(a.source), move(a.cue), move(a.content)) for a in gold]


def score_polnear(folder: str | Path, predict: Callable[[str], Sequence[QuoteLike]],
                  limit: int | None = None) -> dict[str, Any]:
    """Score ``predict(text)`` on a PolNeAR split: P/R/F1 for content and for content+speaker.
    ``predict`` returns offsets into ``normalise_text(text)``, as every faultline analysis does; the
    gold spans are moved there first (:func:`offset_map`; a few PolNeAR texts hold decomposed
    characters)."""
    n_pred = n_gold = tp_c = tp_cs = tp_cu = docs = 0
    for _name, text, gold in iter_polnear(folder):
        if limit is not None and docs >= limit:
            break
        gold = _to_normalised(text, gold)
        pred = group_predictions(list(predict(text)))
        docs += 1
        n_pred += len(pred)
        n_gold += len(gold)
        tp_c += greedy_match(pred, gold, with_speaker=False)
        tp_cs += greedy_match(pred, gold, with_speaker=True)
        tp_cu += greedy_match(pred, gold, with_speaker=True, unnamed=True)
    return {"documents": docs, "predicted": n_pred, "gold": n_gold,
            "content": prf(tp_c, n_pred, n_gold), "content_speaker": prf(tp_cs, n_pred, n_gold),
            "content_speaker_unnamed": prf(tp_cu, n_pred, n_gold)}
