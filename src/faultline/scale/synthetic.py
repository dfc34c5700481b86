"""Synthetic articles and a cheap stand-in analysis: measure the machinery (queues, processes, the
writer, memory) without spaCy's cost. The analyses look like real ones: actors with mentions, a
quote, events, issues, stances and a split, all pointing into the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..ingest import RawArticle
from ..model import (
    Actor,
    Analysis,
    Article,
    DateValue,
    Event,
    Issue,
    Mention,
    Quote,
    Split,
    Stance,
    article_id,
    normalise_text,
)

STATES = (("GBR", "United Kingdom", "Britain"), ("FRA", "France", "Paris"), ("DEU", "Germany", "Berlin"),
          ("RUS", "Russia", "Moscow"), ("UKR", "Ukraine", "Kyiv"), ("USA", "United States", "Washington"),
          ("POL", "Poland", "Warsaw"), ("ITA", "Italy", "Rome"))


def synthetic_articles(n: int, *, paragraphs: int = 6, start: int = 0) -> Iterator[RawArticle]:
    """``n`` distinct articles of a few hundred words each, generated lazily."""
    for i in range(start, start + n):
        a, b = STATES[i % len(STATES)], STATES[(i * 3 + 1) % len(STATES)]
        lines = [f"Talks {i}: {a[2]} and {b[2]} at odds"]
        for p in range(paragraphs):
            lines.append(f'{a[2]} rejected the proposal from {b[2]} on day {p} of round {i}. "We will not '
                         f'accept this plan," the minister said, while officials in {b[2]} urged new talks '
                         f"about sanctions, energy and security guarantees for the region.")
        yield RawArticle(ref=f"synthetic-{i}.txt", text="\n\n".join(lines), title=lines[0],
                         published=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}")


def _mentions(text: str, word: str) -> tuple[Mention, ...]:
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(Mention(pos, pos + len(word), word))
        pos = text.find(word, pos + 1)
    return tuple(out)


def synthetic_analysis(record: Any) -> Analysis:
    """A realistic analysis of one synthetic article, built from the text by string search."""
    text = normalise_text(record.text)
    actors = tuple(Actor(code, name, "state", country=code, mentions=_mentions(text, city))
                   for code, name, city in STATES if city in text)
    ids = [a.id for a in actors] or ["GBR"]
    src, tgt = ids[0], ids[-1]
    qstart = max(0, text.find('"'))
    qend = text.find('"', qstart + 1) + 1 or len(text)
    issue = Issue(f"negotiate-with:{tgt}", f"negotiations with {tgt}")
    return Analysis(
        article=Article(id=article_id(text), ref=record.ref, title=getattr(record, "title", None),
                        published=getattr(record, "published", None)),
        text=text,
        actors=actors,
        quotes=(Quote("q1", "direct", text[qstart:qend], qstart, qend, cue="say",
                      date=DateValue(getattr(record, "published", None), "day")),),
        events=tuple(Event(f"e{k}", "REJECT", (src,), (tgt,), text=text[m.start:m.end], start=m.start,
                           end=m.end, trigger="reject") for k, m in enumerate(actors[0].mentions if actors else ())),
        issues=(issue,),
        stances=(Stance(src, issue.id, -1, evidence=("q1",)), Stance(tgt, issue.id, 1, evidence=("e0",))),
        splits=(Split(issue.id, "EU", (tgt,), (src,), ("q1",)),),
    )


def synthetic_analyze(records: list[Any]) -> list[Analysis]:
    """The stand-in analysis function (picklable): one synthetic analysis per record."""
    return [synthetic_analysis(r) for r in records]
