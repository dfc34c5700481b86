"""Analysis -> table rows: pure functions, one per table, in the column order of the DDL.

Lists and objects become JSON text written deterministically (sorted keys, no spaces), so writing
the same analysis twice produces byte-identical rows.
"""

from __future__ import annotations

import json
import re
from typing import Any

from faultline.model import Analysis, DateValue, article_id

# Column order of every table written by the store (tests check it against the migrations).
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "ref", "title", "url", "source", "published", "language", "text", "n_words"),
    "actors": ("id", "name", "type", "country", "role", "wikidata"),
    "issues": ("id", "label"),
    "mentions": ("article_id", "actor_id", "start", "end", "text"),
    "quotes": ("article_id", "id", "kind", "text", "start", "end", "speaker", "speaker_text",
               "speaker_span", "cue", "cue_span", "date", "date_value", "date_precision", "speakers"),
    "events": ("article_id", "id", "type", "mode", "source", "target", "about", "negated", "date",
               "date_value", "date_precision", "text", "start", "end", "quote", "trigger", "modality"),
    "stances": ("article_id", "actor", "issue", "polarity", "strength", "via", "date", "date_value",
                "date_precision", "published", "evidence", "evidence_spans"),
    "splits": ("article_id", "issue", "bloc", "for", "against", "evidence"),
}
# Tables filled per article, in foreign-key order (after articles, actors, issues).
ARTICLE_TABLES = ("mentions", "quotes", "events", "stances", "splits")
SORTABLE_PRECISIONS = ("day", "month", "quarter", "year")
_QUARTER = re.compile(r"(\d{4})-?Q([1-4])")

Row = tuple[Any, ...]


def to_json(value: Any) -> str | None:
    """Deterministic JSON text, or None for None."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def date_columns(date: DateValue | None) -> tuple[str | None, str | None, str | None]:
    """(date JSON, sortable date_value, precision) of a date.

    ``date_value`` is an ISO prefix that sorts with article dates: ``2025-12-04``, ``2025-12``,
    ``2026-01`` for ``2026-Q1`` (the quarter's first month), ``2026``; None for relative or unknown.
    """
    if date is None:
        return None, None, None
    value = date.value if date.precision in SORTABLE_PRECISIONS else None
    if value and date.precision == "quarter":
        match = _QUARTER.fullmatch(value)
        value = f"{match[1]}-{(int(match[2]) - 1) * 3 + 1:02d}" if match else None
    return to_json(date.to_dict()), value, date.precision


def analysis_id(analysis: Analysis) -> str:
    """The article id: the one the analysis carries, else the content hash of its text."""
    return analysis.article.id or article_id(analysis.text)


def article_row(analysis: Analysis) -> Row:
    a = analysis.article
    return (analysis_id(analysis), a.ref, a.title, a.url, a.source, a.published, a.language,
            analysis.text, len(analysis.text.split()))


def actor_rows(analysis: Analysis) -> list[Row]:
    return [(x.id, x.name, x.type, x.country, x.role, x.wikidata) for x in analysis.actors]


def issue_rows(analysis: Analysis) -> list[Row]:
    return [(i.id, i.label) for i in analysis.issues]


def mention_rows(analysis: Analysis) -> list[Row]:
    aid = analysis_id(analysis)
    return [(aid, actor.id, m.start, m.end, m.text) for actor in analysis.actors for m in actor.mentions]


def quote_rows(analysis: Analysis) -> list[Row]:
    aid = analysis_id(analysis)
    return [
        (aid, q.id, q.kind, q.text, q.start, q.end, q.speaker, q.speaker_text,
         to_json(list(q.speaker_span)) if q.speaker_span else None, q.cue,
         to_json(list(q.cue_span)) if q.cue_span else None, *date_columns(q.date),
         to_json(list(q.voices)))
        for q in analysis.quotes
    ]


def event_rows(analysis: Analysis) -> list[Row]:
    aid = analysis_id(analysis)
    return [
        (aid, e.id, e.type, e.mode, to_json(list(e.source)), to_json(list(e.target)),
         to_json(list(e.about)), int(bool(e.negated)), *date_columns(e.date), e.text, e.start, e.end,
         e.quote, e.trigger, e.modality)
        for e in analysis.events
    ]


def stance_rows(analysis: Analysis) -> list[Row]:
    aid = analysis_id(analysis)
    return [
        (aid, s.actor, s.issue, int(s.polarity), float(s.strength), s.via, *date_columns(s.date),
         analysis.article.published, to_json(list(s.evidence)), to_json([list(span) for span in s.spans]))
        for s in analysis.stances
    ]


def split_rows(analysis: Analysis) -> list[Row]:
    aid = analysis_id(analysis)
    return [(aid, s.issue, s.bloc, to_json(list(s.for_)), to_json(list(s.against)),
             to_json(list(s.evidence))) for s in analysis.splits]


ROWS = {
    "actors": actor_rows, "issues": issue_rows, "mentions": mention_rows, "quotes": quote_rows,
    "events": event_rows, "stances": stance_rows, "splits": split_rows,
}
