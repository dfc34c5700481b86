"""Dates: find time expressions in a ``Doc``, normalise them with faultline's own rules, and anchor a
reported thing (a quote, an event) to the time it happened.

Why our own rules: generic parsers read "we" as Wednesday, "may" as May, and cannot read "the
beginning of 2026". Every word list lives in ``faultline/data/time_*.json``.

Decisions (the contract's precisions are day|month|quarter|year|relative|unknown):

- A period is computed as a first and a last day, then written at the finest precision that holds
  all of it ("last week" inside one month -> that month; across two months -> the words, relative).
- "early 2026"/"the beginning of 2026" -> 2026-Q1; "late 2025"/"the end of 2025" -> 2025-Q4;
  "mid-2026"/"the middle of 2026"/"the first half of 2026" -> 2026 (year: a half is not a quarter).
- Seasons -> the quarter holding most of them, northern hemisphere (spring Q2, summer Q3, autumn Q4,
  winter Q1 of the named year). An approximation, chosen over the coarser year.
- Decades ("the 1990s") -> ``199X`` (EDTF notation) with precision ``unknown``: the contract has no
  decade precision, and ``199X`` still sorts among ISO values.
- "two weeks ago" -> the day (publication date minus 14 days); "three months ago" -> the month;
  vague amounts ("a few weeks ago") and hedged ones ("more than a year ago") stay relative.
- Without a publication date nothing relative is resolved: the value is the words, precision
  ``relative``. Durations, ages, frequencies and numbers are not dates (``None``).
- Month or weekday names without a year resolve to the most recent one not after the publication
  date, or to the next one on or after it when the clause is in the future tense.

Notes: background detection follows the news convention of a "Background" section and of paragraphs
that open with their own past date (the date then holds for the rest of the paragraph).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from ..errors import KnowledgeBaseError
from ..model import DateValue
from ..pipeline.components import doc_text
from .dateline import dateline_end, doc_datelines

Date = dt.date

# ----------------------------------------------------------------------------------------------
# Public result type


@dataclass(frozen=True)
class DateMention:
    """A time expression found in ``doc.text`` (char and token offsets) with its normalised value."""

    start: int
    end: int
    text: str
    value: DateValue
    token_start: int
    token_end: int

    @property
    def explicit(self) -> bool:
        """True when the value is a calendar value (not words kept as written)."""
        return self.value.precision != "relative"


# ----------------------------------------------------------------------------------------------
# Lexicon (data files)


def _load_json(name: str) -> dict[str, Any]:
    try:
        raw = resources.files("faultline.data").joinpath(name).read_text("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as e:
        raise KnowledgeBaseError(f"time data file {name!r} cannot be read",
                                 hint="reinstall faultline or fix the JSON in faultline/data") from e
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"time data file {name!r} is not a JSON object",
                                 hint="the file must hold one object of word lists")
    return data


def _key(text: str) -> str:
    """The form words are compared in: lower case, ASCII apostrophes, no dots, no possessive 's."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(?<=[a-z])\.", "", text)
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first (then alphabetical, so that the result never depends on
    set order and the same text always reads the same), of escaped words."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """The time words of ``time_calendar.json``, ``time_relative.json`` and ``time_background.json``."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, int]
    ambiguous_seasons: frozenset[str]
    ordinals: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    named_days: frozenset[str]
    deictic_days: dict[str, int]
    times_of_day: tuple[str, ...]
    vague: frozenset[str]
    vague_period_words: tuple[str, ...]
    matcher_vague: tuple[str, ...]
    units: dict[str, str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    deixis: dict[str, int]
    parts_start: tuple[str, ...]
    parts_end: tuple[str, ...]
    parts_middle: tuple[str, ...]
    parts_earlier: tuple[str, ...]
    parts_later: tuple[str, ...]
    prepositions: tuple[str, ...]
    frequencies: tuple[str, ...]
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    future_markers: frozenset[str]
    deadline_markers: frozenset[str]
    background_headings: frozenset[str]
    heading_max_words: int
    recent_days: int


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the bundled time data files once."""
    cal = _load_json("time_calendar.json")
    rel = _load_json("time_relative.json")
    bg = _load_json("time_background.json")
    try:
        holidays = {}
        for name, md in cal["holidays"].items():
            month, day = (int(x) for x in md.split("-"))
            holidays[_key(name)] = (month, day)
        return Lexicon(
            months={_key(k): int(v) for k, v in cal["months"].items()},
            ambiguous_months=frozenset(cal["ambiguous_months"]),
            weekdays=dict(cal["weekdays"]),
            weekday_abbreviations=dict(cal["weekday_abbreviations"]),
            seasons=dict(cal["seasons"]),
            ambiguous_seasons=frozenset(cal["ambiguous_seasons"]),
            ordinals=dict(cal["ordinals"]),
            holidays=holidays,
            named_days=frozenset(_key(x) for x in cal["named_days"]),
            deictic_days={_key(k): int(v) for k, v in rel["deictic_days"].items()},
            times_of_day=tuple(rel["times_of_day"]),
            vague=frozenset(_key(x) for x in rel["vague"]),
            vague_period_words=tuple(rel["vague_period_words"]),
            matcher_vague=tuple(rel["matcher_vague"]),
            units=dict(rel["units"]),
            numbers={k: float(v) for k, v in rel["numbers"].items()},
            vague_numbers=tuple(rel["vague_numbers"]),
            deixis={k: int(v) for k, v in rel["deixis"].items()},
            parts_start=tuple(rel["parts_start"]),
            parts_end=tuple(rel["parts_end"]),
            parts_middle=tuple(rel["parts_middle"]),
            parts_earlier=tuple(rel["parts_earlier"]),
            parts_later=tuple(rel["parts_later"]),
            prepositions=tuple(rel["prepositions"]),
            frequencies=tuple(rel["frequencies"]),
            future_auxiliaries=frozenset(rel["future_auxiliaries"]),
            future_verbs=frozenset(rel["future_verbs"]),
            future_markers=frozenset(rel.get("future_markers", ())),
            deadline_markers=frozenset(rel.get("deadline_markers", ())),
            background_headings=frozenset(_key(x) for x in bg["headings"]),
            heading_max_words=int(bg["heading_max_words"]),
            recent_days=int(bg["recent_days"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise KnowledgeBaseError(f"time data files are malformed: {e!r}",
                                 hint="compare faultline/data/time_*.json with the bundled copies") from e


# ----------------------------------------------------------------------------------------------
# Calendar arithmetic


@dataclass(frozen=True)
class Period:
    """A stretch of calendar days, both ends included."""

    first: Date
    last: Date


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _month_period(year: int, month: int) -> Period:
    ny, nm = _add_months(year, month, 1)
    return Period(Date(year, month, 1), Date(ny, nm, 1) - dt.timedelta(days=1))


def _quarter_period(year: int, q: int) -> Period:
    return Period(Date(year, 3 * q - 2, 1), _month_period(year, 3 * q).last)


def _year_period(year: int) -> Period:
    return Period(Date(year, 1, 1), Date(year, 12, 31))


def _week_period(day: Date, offset: int = 0) -> Period:
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
    return Period(monday, monday + dt.timedelta(days=6))


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def fit(period: Period, allowed: Sequence[str] = ("day", "month", "quarter", "year")) -> DateValue | None:
    """The finest allowed precision that holds the whole period, or None when none does."""
    a, b = period.first, period.last
    if a == b and "day" in allowed:
        return DateValue(a.isoformat(), "day")
    if (a.year, a.month) == (b.year, b.month) and "month" in allowed:
        return DateValue(f"{a.year:04d}-{a.month:02d}", "month")
    if a.year == b.year and _quarter_of(a.month) == _quarter_of(b.month) and "quarter" in allowed:
        return DateValue(f"{a.year:04d}-Q{_quarter_of(a.month)}", "quarter")
    if a.year == b.year and "year" in allowed:
        return DateValue(f"{a.year:04d}", "year")
    return None


def _part(period: Period, part: str) -> Period:
    """A part of a period: 'start' = its first quarter, 'end' = its last, 'middle' = the middle half,
    'earlier'/'later' = before/after ``period`` is cut by the caller (here: unchanged)."""
    days = (period.last - period.first).days + 1
    q = max(days // 4, 1)
    if part == "start":
        return Period(period.first, period.first + dt.timedelta(days=q - 1))
    if part == "end":
        return Period(period.last - dt.timedelta(days=q - 1), period.last)
    if part == "middle":
        return Period(period.first + dt.timedelta(days=q), period.last - dt.timedelta(days=q))
    return period


# ----------------------------------------------------------------------------------------------
# normalise


@dataclass(frozen=True)
class _Ctx:
    words: str  # the expression as written, prepositions dropped (the value of a relative date)
    text: str  # the expression as given
    published: Date | None
    future: bool
    previous: DateValue | None
    capitalised: bool
    lex: Lexicon

    def relative(self) -> DateValue:
        return DateValue(self.words, "relative", self.text)

    def value(self, v: DateValue | None) -> DateValue | None:
        return None if v is None else DateValue(v.value, v.precision, self.text)


_SKIP = object()  # a reader's answer for "not my kind of expression"

_AGE = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old|\bages?d?\s+\d|\byear-old|\b(?:early|mid|late)[- ]?\d0s\b"
                  r"|^(?:under|over|about|nearly|almost)\s+\d+$|^\d{1,3}$")
_CLOCK = re.compile(r"\b(?:at |around |about |by |nearly |shortly after |shortly before |just after |"
                    r"just before )?\d{1,2}(?::\d{2})?\s*(?:am|pm|o'clock)"
                    r"(?:\s+(?:et|est|edt|gmt|bst|cet|cest|utc|pt|pst|ct|local time|eastern|pacific|"
                    r"central|moscow time|kyiv time))?\b")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)}) ({'|'.join(_ONES)})\b")


def _clean(text: str, lex: Lexicon) -> tuple[str, str]:
    """(key form for matching, the words as written with leading prepositions dropped)."""
    words = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip(" \t\n,;:.!?\"()[]\u201c\u201d")
    s = _key(text).replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"[,;()\[\]\"\u201c\u201d]", " ", s)
    s = s.strip(" .!?:")
    s = re.sub(r"(?<=\d)\s*-\s*(?=\d)", " to ", s)
    s = _CLOCK.sub(" ", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z0-9'])|(?<=[0-9])-(?=[a-z])", " ", s)
    s = _COMPOUND.sub(lambda m: str(_TENS[m[1]] + _ONES[m[2]]), s)
    s = re.sub(r"\s+", " ", s).strip()
    preps = sorted(lex.prepositions, key=len, reverse=True)
    changed = True
    while changed and s:
        changed = False
        for p in preps:
            if s.startswith(p + " "):
                s = s[len(p) + 1:]
                changed = True
                break
    # drop the same prepositions from the words as written
    w = words
    changed = True
    while changed and w:
        changed = False
        for p in preps:
            if w.lower().startswith(p + " "):
                w = w[len(p) + 1:].lstrip()
                changed = True
                break
    return s, w or words


def _coerce_date(published: Any) -> Date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, Date):
        return published
    if isinstance(published, str):
        try:
            return Date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def _number(word: str, lex: Lexicon) -> float | None:
    if word.isdigit():
        return float(word)
    return lex.numbers.get(word)


def _safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _day_period(y: int, m: int, d: int) -> Period | None:
    day = _safe_date(y, m, d)
    return Period(day, day) if day is not None else None


def _pick_year(pub: Date, future: bool, make: Callable[[int], Period | None],
               strict: int = 0) -> Period | None:
    """The occurrence of a yearly recurring period nearest the publication date: the most recent one
    not after it (``strict=-1``: strictly before it), or with ``future``/``strict=1`` the next one."""
    options = [p for p in (make(y) for y in range(pub.year - 2, pub.year + 3)) if p is not None]
    if strict < 0:
        before = [p for p in options if p.last < pub and not (p.first <= pub <= p.last)]
        return before[-1] if before else None
    if strict > 0:
        after = [p for p in options if p.first > pub and not (p.first <= pub <= p.last)]
        return after[0] if after else None
    if future:
        after = [p for p in options if p.last >= pub]
        return after[0] if after else None
    before = [p for p in options if p.first <= pub]
    return before[-1] if before else None


def _deictic_year(word: str | None, pub: Date | None) -> int | None:
    if pub is None:
        return None
    return pub.year + {"last": -1, "this": 0, "next": 1}.get(word or "this", 0)


class _Patterns:
    """Regexes built once from the lexicon."""

    def __init__(self, lex: Lexicon):
        mon = _alt(lex.months)
        wd = _alt(list(lex.weekdays) + list(lex.weekday_abbreviations))
        wdf = _alt(lex.weekdays)
        seas = _alt(lex.seasons)
        tod = _alt(lex.times_of_day)
        parts = _alt(lex.parts_start + lex.parts_end + lex.parts_middle + lex.parts_earlier + lex.parts_later)
        dx = _alt(lex.deixis)
        nums = _alt(list(lex.numbers) + list(lex.vague_numbers))
        units = _alt(lex.units)
        y = r"(\d{4})"
        d = r"(\d{1,2})(?:st|nd|rd|th)?"
        rel_year = r"(last|this|next) year"
        self.full_mdy = re.compile(rf"(?:(?:{wd}) )?(?:the )?({mon}) {d}(?: of)? (?:{y}|{rel_year})")
        self.full_dmy = re.compile(rf"(?:(?:{wd}) )?(?:the )?{d}(?: of)? ({mon})(?: of)? (?:{y}|{rel_year})")
        self.md = re.compile(rf"(?:({wd}) )?(?:the )?({mon}) {d}")
        self.dm = re.compile(rf"(?:({wd}) )?(?:the )?{d}(?: of)? ({mon})")
        self.md_range = re.compile(rf"({mon}) {d} (?:to|and|through) {d}(?: {y})?")
        self.dm_range = re.compile(rf"{d} (?:to|and|through) {d} ({mon})(?: {y})?")
        self.mdmd_range = re.compile(rf"({mon}) {d} (?:to|and|through) ({mon}) {d}(?: {y})?")
        self.day_of_month = re.compile(r"the (\d{1,2})(?:st|nd|rd|th)")
        self.month_year = re.compile(rf"(?:({parts}) )?(?:the )?({mon})(?: of)? (?:{y}|{rel_year})")
        self.month = re.compile(rf"(?:({dx}) )?(?:({parts}) )?({mon})")
        self.quarter = re.compile(r"(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last) quarter"
                                  rf"(?: of (?:{y}|{rel_year}|the year|this year))?")
        self.q_short = re.compile(rf"q([1-4])(?: {y})?|{y} q([1-4])")
        self.half = re.compile(rf"(?:the )?(first|second|1st|2nd) half(?: of (?:{y}|{rel_year}|the year))?")
        self.deictic_quarter = re.compile(rf"({dx}) quarter")
        self.season = re.compile(rf"(?:({dx}) )?(?:(early|mid|late) )?(?:the )?({seas})"
                                 rf"(?: of)?(?: {y}| {rel_year})?")
        self.part_of_year = re.compile(rf"({parts}) (?:the year )?(?:{y}|{rel_year}|the year)")
        self.part_of_unit = re.compile(rf"({parts}) (?:(this|last|next|the) )?(week|weekend|month|quarter)")
        self.year = re.compile(rf"(?:the )?(?:(?:calendar|fiscal|financial|election|academic) )?(?:year )?{y}")
        self.year_range = re.compile(rf"{y} (?:to|and|through) (\d{{2,4}})")
        self.decade = re.compile(r"(?:the )?(?:(?:early|mid|late) )?(?:(\d{3})0s|'(\d)0s)")
        self.weekday = re.compile(
            rf"(?:({dx}|early|late|earlier|later|midnight|(?:earlier|later) on) )?({wdf})"
            rf"(?: ({tod}))?(?: of (last|this|next) week)?")
        self.tod_suffix = re.compile(rf" (?:{tod})$")
        self.deictic_unit = re.compile(rf"({dx}) (week|weekend|month|year)")
        self.rolling = re.compile(rf"the (?:past|last) (?:({nums}) )?(days?|weeks?|months?|fortnight)")
        self.ago = re.compile(rf"(?:(about|around|roughly|some|nearly|almost|more than|over|less than|"
                              rf"under|just|only|at least|barely) )?(?:({nums}|\d+) )?({units}) "
                              rf"(ago|from now|hence|earlier|later|before|after|afterwards|on|since)")
        self.anaphor = re.compile(r"(that|the same|this same|the following|the next|the subsequent|"
                                  r"the previous|the preceding|the prior) (day|night|morning|afternoon|"
                                  r"evening|week|weekend|month|quarter|year)")
        self.day_before_after = re.compile(r"the (day|week|month|year) (before|after)")
        vp = _alt(lex.vague_period_words)
        self.vague_period = re.compile(rf"(?:the )?(?:very )?(?:{vp})(?: (?:{nums}|\d+))? ({units})")
        self.holiday = re.compile(rf"(?:({dx}) )?(?:the )?({_alt(lex.holidays)})(?: {y})?")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(load_lexicon())


def normalise(text: str, published: Date | None, future: bool = False, *,
              previous: DateValue | None = None) -> DateValue | None:
    """Read one time expression. ``published`` anchors relative words; ``future`` picks the next
    occurrence of an unqualified month or weekday; ``previous`` (the last explicit date before the
    expression) resolves anaphora ("that year", "two days later"). None when it is not a date."""
    lex = load_lexicon()
    if not text or not text.strip():
        return None
    raw = text.strip()
    iso = _read_iso(raw)
    if iso is not None:
        return DateValue(iso.value, iso.precision, raw)
    s, words = _clean(raw, lex)
    if not s:
        return None
    stripped_caps = words[:1].isupper()
    ctx = _Ctx(words=words, text=raw, published=_coerce_date(published), future=future,
               previous=previous if previous is not None and previous.precision != "relative" else None,
               capitalised=stripped_caps, lex=lex)
    for reader in _READERS:
        out = reader(s, ctx)
        if out is not _SKIP:
            return out  # type: ignore[return-value]
    return None


def _read_iso(raw: str) -> DateValue | None:
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", raw)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return DateValue(d.isoformat(), "day") if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", raw)
    if m and 1 <= int(m[2]) <= 12:
        return DateValue(f"{m[1]}-{m[2]}", "month")
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if a > 12 and b <= 12:
            d = _safe_date(year, b, a)
        elif b > 12 and a <= 12:
            d = _safe_date(year, a, b)
        else:  # 04/05/2026: day and month order unknown, the year is certain
            return DateValue(f"{year:04d}", "year") if a <= 12 and b <= 12 else None
        return DateValue(d.isoformat(), "day") if d else None
    return None


# -- readers: each returns a DateValue, None (certainly not a date) or _SKIP ---------------------


def _r_negative(s: str, ctx: _Ctx) -> Any:
    lex = ctx.lex
    if _AGE.search(s):
        return None
    first = s.split(" ", 1)[0]
    if first in {"every", "each", "per"} or s in lex.frequencies:
        return None
    if any(s.endswith(" " + f) for f in lex.frequencies if " " in f):
        return None
    if re.fullmatch(r"\d+", s) and not 1000 <= int(s) <= 2199:
        return None
    return _SKIP


def _r_vague(s: str, ctx: _Ctx) -> Any:
    lex = ctx.lex
    bare = s[4:] if s.startswith("the ") else s
    if s in lex.vague or s in lex.named_days or bare in lex.named_days:
        return ctx.relative()
    return _SKIP


def _r_holiday(s: str, ctx: _Ctx) -> Any:
    m = _patterns().holiday.fullmatch(s)
    if not m:
        return _SKIP
    month, day = ctx.lex.holidays[m[2]]
    if m[3]:
        d = _safe_date(int(m[3]), month, day)
        return ctx.value(DateValue(d.isoformat(), "day")) if d else None
    if ctx.published is None:
        return ctx.relative()
    strict = {-1: -1, 1: 1}.get(ctx.lex.deixis.get(m[1] or "", 0), 0)

    def make(y: int) -> Period | None:
        d = _safe_date(y, month, day)
        return Period(d, d) if d else None

    p = _pick_year(ctx.published, ctx.future, make, strict)
    return ctx.value(fit(p)) if p else ctx.relative()


def _r_decade(s: str, ctx: _Ctx) -> Any:
    m = _patterns().decade.fullmatch(s)
    if not m:
        return _SKIP
    if m[1]:
        return ctx.value(DateValue(f"{m[1]}X", "unknown"))
    digit = int(m[2])
    pub_year = ctx.published.year if ctx.published else None
    century = "20" if pub_year is not None and 2000 + digit * 10 <= pub_year else "19"
    return ctx.value(DateValue(f"{century}{digit}X", "unknown"))


def _r_full_date(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    months = ctx.lex.months
    m = p.full_mdy.fullmatch(s)
    if m:
        mon, day, year, rel = months[m[1]], int(m[2]), m[3], m[4]
    else:
        m = p.full_dmy.fullmatch(s)
        if not m:
            return _SKIP
        day, mon, year, rel = int(m[1]), months[m[2]], m[3], m[4]
    y = int(year) if year else _deictic_year(rel, ctx.published)
    if y is None:
        return ctx.relative()
    d = _safe_date(y, mon, day)
    return ctx.value(DateValue(d.isoformat(), "day")) if d else None


def _r_ranges(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    months = ctx.lex.months
    m = p.md_range.fullmatch(s)
    if m:
        spec = (months[m[1]], int(m[2]), months[m[1]], int(m[3]), m[4])
    elif (m := p.dm_range.fullmatch(s)):
        spec = (months[m[3]], int(m[1]), months[m[3]], int(m[2]), m[4])
    elif (m := p.mdmd_range.fullmatch(s)):
        spec = (months[m[1]], int(m[2]), months[m[3]], int(m[4]), m[5])
    else:
        return _SKIP
    m1, d1, m2, d2, year = spec
    if year:
        years = [int(year)]
    elif ctx.published is not None:
        first = _pick_year(ctx.published, ctx.future,
                           lambda yy: _day_period(yy, m1, d1))
        years = [first.first.year] if first else []
    else:
        return ctx.relative()
    if not years:
        return ctx.relative()
    a, b = _safe_date(years[0], m1, d1), _safe_date(years[0], m2, d2)
    if a is None or b is None or b < a:
        return None
    return ctx.value(fit(Period(a, b), ("day", "month"))) or ctx.relative()


def _ambiguous_month_alone(word: str, ctx: _Ctx) -> bool:
    """'may', 'march' alone: a month only when written with a capital (the verb is lower case)."""
    return word in ctx.lex.ambiguous_months and not ctx.capitalised


def _r_month_day(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    m = p.md.fullmatch(s)
    if m:
        wd, mon, day = m[1], ctx.lex.months[m[2]], int(m[3])
    else:
        m = p.dm.fullmatch(s)
        if not m:
            return _r_day_of_month(s, ctx)
        wd, day, mon = m[1], int(m[2]), ctx.lex.months[m[3]]
    if not 1 <= day <= 31 or _safe_date(2024, mon, day) is None:
        return None
    pub = ctx.published
    if pub is None:
        return ctx.relative()
    weekday = ctx.lex.weekdays.get(wd or "", ctx.lex.weekday_abbreviations.get(wd or ""))
    if weekday is not None:  # "Thursday, March 5": the year, near publication, where the weekday fits
        fits = [d for y in (pub.year, pub.year - 1, pub.year + 1)
                if (d := _safe_date(y, mon, day)) is not None and d.weekday() == weekday]
        if fits:
            return ctx.value(DateValue(min(fits, key=lambda d: abs((d - pub).days)).isoformat(), "day"))
    period = _pick_year(pub, ctx.future,
                        lambda y: _day_period(y, mon, day))
    return ctx.value(fit(period)) if period else None


def _r_day_of_month(s: str, ctx: _Ctx) -> Any:
    """'the 13th': the most recent 13th (or the next one in the future tense)."""
    m = _patterns().day_of_month.fullmatch(s)
    if not m:
        return _SKIP
    day = int(m[1])
    pub = ctx.published
    if pub is None:
        return ctx.relative()
    cands = [_safe_date(*_add_months(pub.year, pub.month, k), day) for k in range(-2, 3)]
    ok = [c for c in cands if c is not None]
    pick = [c for c in ok if c >= pub][:1] if ctx.future else [c for c in ok if c <= pub][-1:]
    return ctx.value(DateValue(pick[0].isoformat(), "day")) if pick else ctx.relative()


def _part_name(word: str | None, lex: Lexicon) -> str | None:
    if not word:
        return None
    for name, words in (("start", lex.parts_start), ("end", lex.parts_end), ("middle", lex.parts_middle),
                        ("earlier", lex.parts_earlier), ("later", lex.parts_later)):
        if word in words:
            return name
    return None


def _r_month_year(s: str, ctx: _Ctx) -> Any:
    m = _patterns().month_year.fullmatch(s)
    if not m:
        return _SKIP
    mon = ctx.lex.months[m[2]]
    y = int(m[3]) if m[3] else _deictic_year(m[4], ctx.published)
    if y is None:
        return ctx.relative()
    return ctx.value(DateValue(f"{y:04d}-{mon:02d}", "month"))


def _r_month(s: str, ctx: _Ctx) -> Any:
    m = _patterns().month.fullmatch(s)
    if not m:
        return _SKIP
    word = m[3]
    if not m[1] and not m[2] and _ambiguous_month_alone(word, ctx):
        return None
    mon = ctx.lex.months[word]
    if ctx.published is None:
        return ctx.relative()
    strict = {-1: -1, 1: 1}.get(ctx.lex.deixis.get(m[1] or "", 0), 0)
    if m[1] and ctx.lex.deixis.get(m[1]) == 0:
        return ctx.value(DateValue(f"{ctx.published.year:04d}-{mon:02d}", "month"))
    period = _pick_year(ctx.published, ctx.future, lambda y: _month_period(y, mon), strict)
    return ctx.value(fit(period)) if period else ctx.relative()


def _ordinal_quarter(word: str, ctx: _Ctx) -> int:
    return ctx.lex.ordinals.get(word, 4)


def _r_quarter(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    pub = ctx.published
    m = p.q_short.fullmatch(s)
    if m:
        q = int(m[1] or m[4])
        year = m[2] or m[3]
        if year:
            return ctx.value(DateValue(f"{year}-Q{q}", "quarter"))
        if pub is None:
            return ctx.relative()
        period = _pick_year(pub, ctx.future, lambda y: _quarter_period(y, q))
        return ctx.value(fit(period)) if period else ctx.relative()
    m = p.deictic_quarter.fullmatch(s)
    if m:
        if pub is None:
            return ctx.relative()
        y, mth = _add_months(pub.year, pub.month, 3 * ctx.lex.deixis[m[1]])
        return ctx.value(DateValue(f"{y:04d}-Q{_quarter_of(mth)}", "quarter"))
    m = p.quarter.fullmatch(s)
    if m:
        q = _ordinal_quarter(m[1], ctx)
        if m[2]:
            return ctx.value(DateValue(f"{m[2]}-Q{q}", "quarter"))
        if m[3] or "this year" in s or "the year" in s:
            yr = _deictic_year(m[3], pub)
            return ctx.relative() if yr is None else ctx.value(DateValue(f"{yr:04d}-Q{q}", "quarter"))
        if pub is None:
            return ctx.relative()
        period = _pick_year(pub, ctx.future, lambda y: _quarter_period(y, q))
        return ctx.value(fit(period)) if period else ctx.relative()
    m = p.half.fullmatch(s)
    if m:  # a half-year is written as its year
        if m[2]:
            return ctx.value(DateValue(m[2], "year"))
        yr = _deictic_year(m[3], pub)
        return ctx.relative() if yr is None else ctx.value(DateValue(f"{yr:04d}", "year"))
    return _SKIP


def _r_season(s: str, ctx: _Ctx) -> Any:
    m = _patterns().season.fullmatch(s)
    if not m:
        return _SKIP
    deixis, _, season, year, rel = m[1], m[2], m[3], m[4], m[5]
    if season in ctx.lex.ambiguous_seasons and not (deixis or year or rel or m[2] or s.startswith("the ")):
        return None  # "fall", "spring" alone are verbs
    q = ctx.lex.seasons[season]
    if year:
        return ctx.value(DateValue(f"{year}-Q{q}", "quarter"))
    pub = ctx.published
    if pub is None:
        return ctx.relative()
    if rel:
        return ctx.value(DateValue(f"{_deictic_year(rel, pub):04d}-Q{q}", "quarter"))
    dx = ctx.lex.deixis.get(deixis or "", None)
    if dx == 0:
        return ctx.value(DateValue(f"{pub.year:04d}-Q{q}", "quarter"))
    strict = {-1: -1, 1: 1}.get(dx or 0, 0)
    period = _pick_year(pub, ctx.future, lambda y: _quarter_period(y, q), strict)
    return ctx.value(fit(period)) if period else ctx.relative()


def _r_part_of_year(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    m = p.part_of_year.fullmatch(s)
    if m:
        part = _part_name(m[1], ctx.lex)
        y = int(m[2]) if m[2] else _deictic_year(m[3], ctx.published)
        if y is None:
            return ctx.relative()
        if part == "start":
            return ctx.value(DateValue(f"{y:04d}-Q1", "quarter"))
        if part == "end":
            return ctx.value(DateValue(f"{y:04d}-Q4", "quarter"))
        return ctx.value(DateValue(f"{y:04d}", "year"))
    m = p.part_of_unit.fullmatch(s)
    if m:
        pub = ctx.published
        if pub is None:
            return ctx.relative()
        part, dx, unit = _part_name(m[1], ctx.lex), m[2], m[3]
        offset = {"last": -1, "next": 1}.get(dx or "this", 0)
        if unit == "month":
            period = _month_period(*_add_months(pub.year, pub.month, offset))
        elif unit == "quarter":
            y, mth = _add_months(pub.year, pub.month, 3 * offset)
            period = _quarter_period(y, _quarter_of(mth))
        else:
            period = _week_period(pub, offset)
            if unit == "weekend":
                period = Period(period.first + dt.timedelta(days=5), period.last)
        if part == "earlier" and offset == 0:
            period = Period(period.first, max(pub, period.first))
        elif part == "later" and offset == 0:
            period = Period(min(pub, period.last), period.last)
        else:
            period = _part(period, part or "")
        allowed = ("day", "month") if unit in ("week", "weekend", "month") else ("quarter",)
        return ctx.value(fit(period, allowed)) or ctx.relative()
    return _SKIP


def _r_year(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    m = p.year.fullmatch(s)
    if m:
        y = int(m[1])
        return ctx.value(DateValue(f"{y:04d}", "year")) if 1000 <= y <= 2199 else None
    m = p.year_range.fullmatch(s)
    if m:  # a span of years cannot be written in one precision
        return ctx.relative()
    return _SKIP


def _r_deictic_day(s: str, ctx: _Ctx) -> Any:
    lex = ctx.lex
    base = _patterns().tod_suffix.sub("", s) if s not in lex.deictic_days else s
    if base not in lex.deictic_days:
        return _SKIP
    if ctx.published is None:
        return ctx.relative()
    d = ctx.published + dt.timedelta(days=lex.deictic_days[base])
    return ctx.value(DateValue(d.isoformat(), "day"))


def _r_weekday(s: str, ctx: _Ctx) -> Any:
    m = _patterns().weekday.fullmatch(s)
    if not m:
        return _SKIP
    pub = ctx.published
    if pub is None:
        return ctx.relative()
    lex = ctx.lex
    wd = lex.weekdays[m[2]]
    if m[4]:  # "Monday of last week"
        week = _week_period(pub, {"last": -1, "this": 0, "next": 1}[m[4]])
        return ctx.value(DateValue((week.first + dt.timedelta(days=wd)).isoformat(), "day"))
    dx = lex.deixis.get(m[1] or "", None)
    if dx == 0:
        d = _week_period(pub).first + dt.timedelta(days=wd)
    elif dx == -1:  # last Thursday: the most recent one before the publication day
        d = pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    elif dx == 1 or (ctx.future and dx is None):
        gap = (wd - pub.weekday()) % 7
        if dx == 1 and gap == 0:
            gap = 7
        d = pub + dt.timedelta(days=gap)
    else:
        d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    return ctx.value(DateValue(d.isoformat(), "day"))


def _r_deictic_unit(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    m = p.deictic_unit.fullmatch(s)
    pub = ctx.published
    if m:
        if pub is None:
            return ctx.relative()
        offset, unit = ctx.lex.deixis[m[1]], m[2]
        if m[1] == "the past" and unit in ("week", "month", "year"):  # a rolling window, not a calendar unit
            return _rolling(pub, 1, unit, ctx)
        if unit == "year":
            return ctx.value(DateValue(f"{pub.year + offset:04d}", "year"))
        if unit == "month":
            y, mth = _add_months(pub.year, pub.month, offset)
            return ctx.value(DateValue(f"{y:04d}-{mth:02d}", "month"))
        period = _week_period(pub, offset)
        if unit == "weekend":
            period = Period(period.first + dt.timedelta(days=5), period.last)
        return ctx.value(fit(period, ("day", "month"))) or ctx.relative()
    m = p.rolling.fullmatch(s)
    if m:
        n = _number(m[1], ctx.lex) if m[1] else 1
        if n is None or pub is None:
            return ctx.relative()
        return _rolling(pub, n, ctx.lex.units.get(m[2], m[2]), ctx)
    return _SKIP


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "weekend": 7}


def _rolling(pub: Date, n: float, unit: str, ctx: _Ctx) -> DateValue:
    """'the past two weeks': the days before publication, written when they fit one month."""
    if unit in _UNIT_DAYS:
        first = pub - dt.timedelta(days=int(n * _UNIT_DAYS[unit]))
    elif unit == "month":
        y, mth = _add_months(pub.year, pub.month, -int(n))
        first = _safe_date(y, mth, min(pub.day, 28)) or pub
    else:
        return ctx.relative()
    last = pub - dt.timedelta(days=1)
    return ctx.value(fit(Period(first, max(first, last)), ("month",))) or ctx.relative()


def _shift(value: DateValue, n: int, unit: str) -> DateValue | None:
    """Move an explicit value by n units, when its precision is fine enough for the unit."""
    v, prec = value.value or "", value.precision
    try:
        if prec == "day":
            d = Date.fromisoformat(v)
            if unit in _UNIT_DAYS:
                return DateValue((d + dt.timedelta(days=n * _UNIT_DAYS[unit])).isoformat(), "day")
            if unit == "month":
                y, m = _add_months(d.year, d.month, n)
                nd = _safe_date(y, m, d.day)
                return DateValue(nd.isoformat(), "day") if nd else DateValue(f"{y:04d}-{m:02d}", "month")
            if unit == "year":
                nd = _safe_date(d.year + n, d.month, d.day)
                return DateValue(nd.isoformat(), "day") if nd else None
        if prec == "month" and unit in ("month", "year"):
            y, m = int(v[:4]), int(v[5:7])
            y, m = _add_months(y, m, n * (12 if unit == "year" else 1))
            return DateValue(f"{y:04d}-{m:02d}", "month")
        if prec == "quarter" and unit in ("quarter", "year"):
            y, q = int(v[:4]), int(v[6])
            y, mth = _add_months(y, 3 * q - 2, n * (12 if unit == "year" else 3))
            return DateValue(f"{y:04d}-Q{_quarter_of(mth)}", "quarter")
        if prec == "year" and unit == "year":
            return DateValue(f"{int(v[:4]) + n:04d}", "year")
    except (ValueError, IndexError):
        return None
    return None


def _truncate(value: DateValue, unit: str) -> DateValue | None:
    """'that year' after 'March 3, 2014' -> 2014: the previous value at the unit's precision."""
    v, prec = value.value or "", value.precision
    order = {"day": 0, "month": 1, "quarter": 2, "year": 3}
    want = {"day": "day", "night": "day", "morning": "day", "afternoon": "day", "evening": "day",
            "month": "month", "quarter": "quarter", "year": "year"}.get(unit)
    if want is None or prec not in order or order[prec] > order[want]:
        return None
    if want == "day":
        return DateValue(v, "day")
    if want == "month":
        return DateValue(v[:7], "month")
    if want == "quarter":
        if prec == "quarter":
            return value
        return DateValue(f"{v[:4]}-Q{_quarter_of(int(v[5:7]))}", "quarter")
    return DateValue(v[:4], "year")


def _r_ago(s: str, ctx: _Ctx) -> Any:
    m = _patterns().ago.fullmatch(s)
    if not m:
        return _SKIP
    hedge, amount, unit_word, direction = m[1], m[2], m[3], m[4]
    unit = ctx.lex.units[unit_word]
    n = _number(amount, ctx.lex) if amount else 1.0
    if hedge or n is None or n != int(n):
        return ctx.relative()
    k = int(n)
    if direction in ("ago", "from now", "hence"):
        pub = ctx.published
        if pub is None:
            return ctx.relative()
        base = DateValue(pub.isoformat(), "day")
        sign = -1 if direction == "ago" else 1
        if unit in ("month", "year"):
            base = _truncate(base, unit) or base
        out = _shift(base, sign * k, unit)
        return ctx.value(out) if out else ctx.relative()
    if direction == "since":
        return None  # "two years since": a duration
    if ctx.previous is None:
        return ctx.relative()
    sign = -1 if direction in ("earlier", "before") else 1
    out = _shift(ctx.previous, sign * k, unit)
    return ctx.value(out) if out else ctx.relative()


def _r_anaphor(s: str, ctx: _Ctx) -> Any:
    p = _patterns()
    m = p.anaphor.fullmatch(s)
    if m:
        kind, unit = m[1], m[2]
        if ctx.previous is None:
            return ctx.relative()
        if kind in ("that", "the same", "this same"):
            out = _truncate(ctx.previous, unit)
        else:
            step = 1 if kind in ("the following", "the next", "the subsequent") else -1
            unit = "day" if unit in ("night", "morning", "afternoon", "evening") else unit
            base = _truncate(ctx.previous, unit)
            out = _shift(base, step, unit) if base else None
        return ctx.value(out) if out else ctx.relative()
    m = p.day_before_after.fullmatch(s)
    if m:
        if ctx.previous is None:
            return ctx.relative()
        base = _truncate(ctx.previous, m[1])
        out = _shift(base, 1 if m[2] == "after" else -1, m[1]) if base else None
        return ctx.value(out) if out else ctx.relative()
    return _SKIP


def _r_vague_period(s: str, ctx: _Ctx) -> Any:
    if _patterns().vague_period.fullmatch(s):
        return ctx.relative()
    return _SKIP


_READERS: tuple[Callable[[str, _Ctx], Any], ...] = (
    _r_negative, _r_vague, _r_holiday, _r_decade, _r_full_date, _r_ranges, _r_month_year,
    _r_quarter, _r_season, _r_part_of_year, _r_month_day, _r_month, _r_year, _r_deictic_day,
    _r_weekday, _r_deictic_unit, _r_ago, _r_anaphor, _r_vague_period,
)


# ----------------------------------------------------------------------------------------------
# find_dates: spaCy's DATE/TIME entities plus our own matcher


# A lookahead naming the characters a match can start with lets ``re`` reject most word starts at
# once instead of trying every alternative there (a pure pre-test: the same matches, about twice as
# fast over news text). The set is read from the parsed pattern; None when it cannot be bounded.
_CATS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_SPACE: r"\s",
         _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_NOT_WORD: r"\W", _sre.CATEGORY_NOT_SPACE: r"\S"}


class _Open(Exception):
    """The first character could be anything (or the analysis does not model an item)."""


def _first_seq(items: Any) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in items:
        got, nullable = _first_item(op, av)
        out |= got
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _sre.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is _sre.LITERAL:
                out.add(re.escape(chr(iav)))
            elif iop is _sre.RANGE:
                out.add(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
            elif iop is _sre.CATEGORY and iav in _CATS:
                out.add(_CATS[iav])
            else:
                raise _Open
        return out, False
    if op is _sre.SUBPATTERN:
        _, add, dele, p = av
        if add or dele:
            raise _Open
        return _first_seq(p)
    if op is _sre.BRANCH:
        out, nullable = set[str](), False
        for alt in av[1]:
            got, n = _first_seq(alt)
            out |= got
            nullable = nullable or n
        return out, nullable
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, _, p = av
        got, n = _first_seq(p)
        return got, n or lo == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True
    raise _Open


def _first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can start with, or None."""
    try:
        got, nullable = _first_seq(_sre_parse.parse(pattern, flags))
    except (_Open, re.error):
        return None
    if nullable or not got:
        return None
    return "[" + "".join(sorted(got)) + "]"


@lru_cache(maxsize=1)
def _matcher_regexes() -> tuple[re.Pattern[str], ...]:
    """Expressions the statistical model often misses or cuts short."""
    lex = load_lexicon()
    full_months = [m for m in lex.months if len(m) > 3 or m == "may"]
    abbr = [m for m in lex.months if len(m) <= 4 and m not in full_months]
    mon = rf"(?:{_alt(full_months)}|(?:{_alt(abbr)})\.?)"
    wd = _alt(lex.weekdays)
    tod = _alt(lex.times_of_day)
    seas = _alt(s for s in lex.seasons if s not in lex.ambiguous_seasons)
    aseas = _alt(lex.ambiguous_seasons)
    nums = _alt(list(lex.numbers) + list(lex.vague_numbers))
    units = _alt(lex.units)
    vp = _alt(lex.vague_period_words)
    parts = _alt(lex.parts_start + lex.parts_end + lex.parts_middle + lex.parts_earlier + lex.parts_later)
    y = r"(?:1[89]|20|21)\d{2}"
    d = r"\d{1,2}(?:st|nd|rd|th)?"
    wdp = rf"(?:(?:{wd}),?\s+)?"
    alts = [
        r"\d{4}-\d{2}-\d{2}",
        rf"{wdp}{mon}\s+{d}(?:,?\s+{y})?",
        rf"{wdp}{d}\s+(?:of\s+)?{mon}(?:,?\s+{y})?",
        rf"(?:(?:{parts})[\s-]+)?{mon}(?:\s+of)?\s+{y}",
        rf"(?:(?:last|this|next|early|late|mid)[\s-]+|(?:the\s+)?(?:{parts})\s+){mon}",
        rf"(?:in|since|until|by|from|during|through)\s+(?P<core>{mon})",
        rf"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+(?:{y}|(?:this|last|next)\s+year)",
        rf"Q[1-4]\s+{y}",
        rf"(?:(?:the\s+)?(?:{parts})\s*-?\s*)(?:the\s+year\s+)?(?:{y}|(?:this|last|next)\s+year|the\s+year)",
        rf"(?:in|since|until|by|from|during|through|throughout|of)\s+(?P<core>{y})(?!\s*(?:%|per|troops|people|soldiers))",
        rf"(?:(?:the\s+)?(?:{parts})\s+)?(?:this|last|next|this\s+past|this\s+coming)\s+(?:week|weekend|month|quarter|year)",
        rf"(?:(?:last|this|next|this\s+past|early|late|earlier|later)\s+)?{wd}(?:\s+(?:{tod}))?(?:\s+of\s+(?:last|this|next)\s+week)?",
        rf"(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)(?:\s+(?:{tod}))?|today|tonight|last\s+night"
        rf"|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today",
        rf"(?:{nums}|\d+)\s+(?:{units})\s+ago",
        rf"(?:(?:last|this|next|early|late)\s+|the\s+)?(?:{seas})(?:\s+of)?(?:\s+{y})?",
        rf"(?:last|this|next|early|late)\s+(?:{aseas})|(?:{aseas})(?:\s+of)?\s+{y}",
        rf"(?:the\s+)?(?:very\s+)?(?:{vp})(?:\s+(?:{nums}|\d+))?\s+(?:days|weeks|months|years)",
        _alt(lex.matcher_vague),
    ]
    return tuple(re.compile(rf"\b(?={first})(?:{a})\b" if (first := _first_class(a, re.IGNORECASE))
                            else rf"\b(?:{a})\b", re.IGNORECASE) for a in alts)


_MODAL_MONTH_CONTEXT = {"in", "since", "until", "by", "from", "during", "through", "early", "late", "mid",
                        "last", "this", "next", "of", "before", "after", "between", "and", "or", "-"}


def _bad_month_token(span: Any) -> bool:
    """A single ambiguous month word used as a verb or noun ('may', 'the March on Washington')."""
    lex = load_lexicon()
    if len(span) != 1:
        return False
    tok = span[0]
    if _key(tok.text) not in lex.ambiguous_months:
        return False
    if not tok.text[:1].isupper() or tok.pos_ in ("VERB", "AUX"):
        return True
    prev = tok.doc[tok.i - 1].text.lower() if tok.i > 0 else ""
    return prev not in _MODAL_MONTH_CONTEXT


_SINGLE_ADVERBS = {"earlier", "later", "previously", "recently", "lately", "now", "soon", "currently"}


def _candidates(doc: Any) -> list[tuple[int, int, str]]:
    """(start_char, end_char, source) for every DATE/TIME entity and every matcher hit."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            out.append((ent.start_char, ent.end_char, ent.label_))
    text = doc_text(doc)  # built from the tokens on every access: read it once per doc
    for rx in _matcher_regexes():
        for m in rx.finditer(text):
            core = "core" if "core" in rx.groupindex else 0
            out.append((m.start(core), m.end(core), "rule"))
    return out


#: verbs of saying whose time a date right after them gives ("said on Tuesday", "told reporters Monday")
_SAYING = frozenset({"say", "tell", "announce", "add", "state", "confirm", "warn", "write", "report", "declare"})


def _when_said(span: Any) -> bool:
    """True for a date right after a past verb of saying ("said on Tuesday", "said Tuesday",
    "told reporters on Monday")."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].text.lower() == "on":
        k -= 1
    if k >= 1 and doc[k].pos_ in ("NOUN", "PRON") and doc[k - 1].lemma_.lower() == "tell":
        k -= 1      # "told reporters on Monday"
    return k >= 0 and doc[k].tag_ == "VBD" and doc[k].lemma_.lower() in _SAYING


def _is_future(span: Any) -> bool:
    """Future time: the clause governing the date has 'will'/'shall'/'would' (future in the past:
    "said it would decide in June"), a planning verb, an infinitive complement ("urged them to act
    before the summer"), or the date sits under a marker such as "ahead of", "the upcoming summit",
    "next", or a deadline set in the present tense ("have until the end of August")."""
    lex = load_lexicon()
    tok = span.root
    if _after_since(span.doc, span.start):
        return False    # "ready to talk since the summer": a starting point is past
    if _when_said(span):
        return False    # "said on Tuesday it would …": the day of the saying, however it was parsed
    steps = 0
    while steps < 6:
        steps += 1
        if steps > 1 and tok.lower_ in lex.future_markers:
            return True
        if steps > 1 and tok.lower_ in lex.deadline_markers and tok.head.tag_ in ("VBZ", "VBP"):
            return True  # a deadline set now: "have until the end of August to trigger …"
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and child.text.lower() in lex.future_auxiliaries:
                return True
            if child.dep_ == "amod" and child.lower_ in lex.future_markers and child.i not in range(span.start, span.end):
                return True
        if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "ccomp") and any(
                c.dep_ == "aux" and c.text.lower() == "to" for c in tok.children):
            return True  # "urged the member states to act before the summer": not yet done
        if tok.lemma_.lower() in lex.future_verbs and tok.pos_ in ("VERB", "ADJ", "AUX"):
            if tok.lemma_.lower() != "go" or any(c.dep_ == "xcomp" for c in tok.children):
                return True
        if tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("xcomp", "amod"):
            return False
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def find_dates(doc: Any, state: dict[str, Any]) -> list[DateMention]:
    """Every time expression of ``doc`` normalised against ``state["published"]``, in text order.

    Candidates are spaCy's DATE entities, TIME entities that name a day ("Thursday night"), and our
    own matcher's hits; of overlapping candidates the longest one that normalises wins.
    """
    published = _coerce_date(state.get("published")) if state else None
    cands = _candidates(doc)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[Any, str]] = []
    for start, end, source in cands:
        if any(start < e and s < end for s, e in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        if _bad_month_token(span):
            continue
        if len(span) == 1 and span[0].text.lower() in _SINGLE_ADVERBS and span[0].pos_ != "ADV":
            continue  # "an earlier proposal": an adjective, not a time
        chosen.append((span, source))
        taken.append((span.start_char, span.end_char))
    chosen.sort(key=lambda c: c[0].start_char)
    mentions: list[DateMention] = []
    previous: DateValue | None = None
    lines = doc_datelines(doc)
    anchor = published
    for span, _source in chosen:
        # (a dateline's date is when the story was filed, never after it was published)
        in_dateline = bool(lines) and dateline_end(lines, span.start_char) is not None
        future = _is_future(span) and not in_dateline
        value = normalise(span.text, anchor, future=future, previous=previous)
        if value is None:
            continue
        mentions.append(DateMention(span.start_char, span.end_char, span.text, value, span.start, span.end))
        if value.precision != "relative":
            previous = value
        if in_dateline and value.precision == "day" and anchor is not None:
            # the story's own words count from the day it was filed: "BRASILIA, Feb 12 (Wire) -
            # Brazil warned on Thursday …" is Thursday, February 12, whenever it was published
            anchor = _coerce_date(value.value) or anchor
    return mentions


# ----------------------------------------------------------------------------------------------
# anchor and background


def _mentions(doc: Any, state: dict[str, Any]) -> list[DateMention]:
    found = state.get("dates") if state else None
    if found is None:
        found = find_dates(doc, state or {})
    return list(found)


def _clause_head(tok: Any) -> Any:
    """The nearest verb (not an auxiliary) above a token, or the sentence root."""
    cur = tok.head if tok.head.i != tok.i else tok
    while True:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head


def _root_of(doc: Any, m: DateMention) -> Any:
    return doc[m.token_start:m.token_end].root


def _ancestors_and_self(tok: Any) -> list[int]:
    out = [tok.i]
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok.i)
    return out


def _paragraph_bounds(text: str, char: int) -> tuple[int, int]:
    """[start, end) of the line (paragraph) holding ``char``."""
    start = text.rfind("\n", 0, max(char, 0)) + 1
    end = text.find("\n", char)
    return start, (len(text) if end < 0 else end)


def _lines_before(text: str, char: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of the non-empty lines before the line holding ``char``, nearest first."""
    p_start, _ = _paragraph_bounds(text, char)
    out = []
    pos = 0
    for raw in text[:p_start].split("\n"):
        line = raw.strip()
        if line:
            out.append((pos, pos + len(raw), line))
        pos += len(raw) + 1
    return out[::-1]


def _is_heading(line: str, lex: Lexicon) -> bool:
    words = line.split()
    return 0 < len(words) <= lex.heading_max_words and line[-1:] not in ".!?\"\u201d'\u2019:" \
        or _key(line).rstrip(":- ") in lex.background_headings


def _section_starts(text: str) -> dict[int, int | None]:
    """For every line start of ``text``: what :func:`_background_section_start` answers for a
    character on that line, in one forward pass (the backward walk per call costs the text's length)."""
    lex = load_lexicon()
    out: dict[int, int | None] = {}
    current: int | None = None
    pos = 0
    for raw in text.split("\n"):
        out[pos] = current
        line = raw.strip()
        if line:
            if _key(line).rstrip(":-\u2013\u2014 ") in lex.background_headings:
                current = pos + len(raw)
            elif _is_heading(line, lex):
                current = None
        pos += len(raw) + 1
    return out


def _background_section_start(text: str, char: int) -> int | None:
    """The offset just after a 'Background' heading that governs ``char``, if one does."""
    lex = load_lexicon()
    for _s, e, line in _lines_before(text, char):
        key = _key(line).rstrip(":-\u2013\u2014 ")
        if key in lex.background_headings:
            return e
        if _is_heading(line, lex):
            return None  # another heading closes the background section
    return None


def _is_past(value: DateValue, published: Date | None, sent: Any) -> bool:
    """An explicit date that ended before the recent past (or, undated, in a past-tense sentence)."""
    if published is not None:
        end = _period_end(value)
        if end is None:
            return False
        return (published - end).days >= load_lexicon().recent_days
    root = sent.root
    return root.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in root.children)


def _period_end(value: DateValue) -> Date | None:
    v = value.value or ""
    try:
        if value.precision == "day":
            return Date.fromisoformat(v)
        if value.precision == "month":
            return _month_period(int(v[:4]), int(v[5:7])).last
        if value.precision == "quarter":
            return _quarter_period(int(v[:4]), int(v[6])).last
        if value.precision == "year":
            return Date(int(v[:4]), 12, 31)
        if value.precision == "unknown" and re.fullmatch(r"\d{3}X", v):
            return Date(int(v[:3]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class _DocCache:
    """What ``anchor`` and ``is_background`` re-derive from the whole doc on every call, once per doc:
    the text (spaCy joins the tokens on every ``doc.text``), the sentences, the background section
    governing each line, and the background answer for each paragraph."""

    key: tuple[Any, ...]
    text: str
    sections: dict[int, int | None]
    background: dict[int, bool] = field(default_factory=dict)
    _sents: list[Any] | None = None
    _starts: list[int] | None = None
    _mentions: list[tuple[int, int, DateMention]] | None = None
    _mention_starts: list[int] | None = None

    def mentions_in(self, doc: Any, state: dict[str, Any] | None, start: int, end: int) -> list[DateMention]:
        """The date mentions within tokens ``[start, end)``, in their original order (a bisect over
        the mentions sorted once by token, instead of a scan of all of them per call)."""
        if self._mentions is None:
            found = _mentions(doc, state or {})
            self._mentions = sorted((m.token_start, i, m) for i, m in enumerate(found))
            self._mention_starts = [t for t, _, _ in self._mentions]
        lo = bisect_left(self._mention_starts or [], start)
        hi = bisect_left(self._mention_starts or [], end)
        hits = [(i, m) for _, i, m in self._mentions[lo:hi] if m.token_end <= end]
        return [m for _, m in sorted(hits, key=lambda h: h[0])]

    def sents(self, doc: Any) -> list[Any]:
        """The doc's sentences, listed on first use (a Doc without boundaries raises, as before).
        The doc is passed in, not kept: the cache lives in the doc's own results dict."""
        if self._sents is None:
            self._sents = list(doc.sents)
            self._starts = [s.start_char for s in self._sents]
        return self._sents

    def sent_starts(self, doc: Any) -> list[int]:
        self.sents(doc)
        return self._starts or []


_CACHE_KEY = "_dates_cache"


def _doc_cache(doc: Any, state: dict[str, Any] | None) -> _DocCache:
    """The per-doc cache, kept in ``state`` (the doc's results dict) when there is one."""
    key = (id(doc), len(doc), state.get("published") if state else None,
           id(state.get("dates")) if state else None)
    cache = state.get(_CACHE_KEY) if state else None
    if isinstance(cache, _DocCache) and cache.key == key:
        return cache
    text = doc_text(doc)
    cache = _DocCache(key, text, _section_starts(text))
    if state is not None:
        state[_CACHE_KEY] = cache
    return cache


def _first_sentence(doc: Any, p_start: int, p_end: int, sents: Sequence[Any] | None = None) -> Any | None:
    for sent in (doc.sents if sents is None else sents):
        if sent.end_char > p_start and sent.start_char < p_end and sent.text.strip():
            return sent
    return None


def _opens_with_past_date(doc: Any, state: dict[str, Any], p_start: int, p_end: int,
                          sents: Sequence[Any] | None = None) -> bool:
    sent = _first_sentence(doc, p_start, p_end, sents)
    if sent is None:
        return False
    published = _coerce_date(state.get("published")) if state else None
    for m in _narrated(doc, state):
        if sent.start_char <= m.start < sent.end_char and m.explicit and _is_past(m.value, published, sent) \
                and not _in_modifier(_root_of(doc, m)):
            return True
    return False


#: clauses that describe a noun: a date inside them dates that noun ("asset freezes lifted last
#: year", "the junta, which left the bloc in January, …"), not what the sentence tells
_MODIFIER_DEPS = frozenset({"relcl", "acl", "appos"})


def _in_modifier(tok: Any) -> bool:
    """True when ``tok`` hangs, somewhere above it, from a relative or participial clause or an
    apposition."""
    while tok.head.i != tok.i:
        if tok.dep_ in _MODIFIER_DEPS:
            return True
        tok = tok.head
    return False


#: dependencies by which a date describes a noun ("its 1960 borders", "the 2015 accord")
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "poss"})


def _for_period(doc: Any, m: DateMention) -> bool:
    """True for a date introduced by "for" ("quotas for 2027", "scheduled for March")."""
    root = _root_of(doc, m)
    return root.dep_ == "pobj" and root.head.text.lower() == "for"


def _dates_a_thing(tok: Any, chain: set[int]) -> bool:
    """True when the date ``tok`` heads describes a noun, before its path up the tree meets the
    clause ``chain`` (an event's head and the verbs above it): as a modifier of the noun ("its 1960
    borders", "a court ruling from January 2024"), or inside a relative or participial clause or
    an apposition (:data:`_MODIFIER_DEPS`)."""
    if tok.dep_ in _NOUN_MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ != "DATE":
        return True
    prep = tok.head
    if tok.dep_ == "pobj" and prep.text.lower() in ("from", "of", "for"):
        owner = prep.head
        if owner.pos_ in ("VERB", "AUX"):
            # the parser hangs the phrase on the verb when it follows the verb's object: "ignoring a
            # court ruling from January 2024"
            owner = next((o for o in owner.children if o.dep_ == "dobj" and o.right_edge.i + 1 == prep.i), owner)
        if owner.pos_ in ("NOUN", "PROPN") and owner.i not in chain and owner.ent_type_ != "DATE":
            return True
    while tok.head.i != tok.i and tok.i not in chain:
        if tok.dep_ in _MODIFIER_DEPS:
            return True
        tok = tok.head
    return False


def _narrated(doc: Any, state: dict[str, Any]) -> list[DateMention]:
    """The date mentions outside reported contents (``state["quote_spans"]``, set by the quote
    stage): "the review, published last month, had found …" dates the review, not the telling."""
    merged: list[list[int]] = []          # the quoted stretches of text, overlaps joined
    for s, e in sorted(state.get("quote_spans") or ()) if state else ():
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if not merged:
        return _mentions(doc, state)
    starts = [s for s, _ in merged]
    return [m for m in _mentions(doc, state)
            if (k := bisect_right(starts, m.start) - 1) < 0 or m.end > merged[k][1]]


def is_background(doc: Any, state: dict[str, Any], char: int) -> bool:
    """True when ``char`` lies in background: under a 'Background' heading (until the next heading),
    or in a paragraph whose first sentence carries its own past date."""
    cache = _doc_cache(doc, state)
    text = cache.text
    if not text:
        return False
    char = min(max(char, 0), len(text) - 1)
    p_start, p_end = _paragraph_bounds(text, char)
    found = cache.background.get(p_start)
    if found is None:
        found = cache.sections.get(p_start) is not None or _opens_with_past_date(
            doc, state, p_start, p_end, cache.sents(doc))
        cache.background[p_start] = found
    return found


def _background_date(doc: Any, state: dict[str, Any], char: int) -> DateValue | None:
    """The last explicit date before ``char`` in its paragraph, else in its background section."""
    cache = _doc_cache(doc, state)
    p_start, _ = _paragraph_bounds(cache.text, char)
    section = cache.sections.get(p_start)
    explicit = [m for m in _narrated(doc, state) if m.explicit and m.start < char
                and not _after_since(doc, m.token_start) and not _names_a_things_date(doc, m)
                and not _deadline(doc, m)]
    in_par = [m for m in explicit if m.start >= p_start]
    if in_par:
        return in_par[-1].value
    if section is not None:
        in_sec = [m for m in explicit if m.start >= section]
        if in_sec:
            return in_sec[-1].value
    return None


def _deadline(doc: Any, m: DateMention) -> bool:
    """True for a date given as a limit ("a final vote before the summer recess", "by the end of
    the year", "ahead of the summit in June"): when something must happen, not when it did."""
    k = m.token_start
    while k > 0 and doc[k - 1].text.lower() in ("the", "a", "next", "this", "its"):
        k -= 1
    before = doc[k - 1].text.lower() if k > 0 else ""
    return before in ("before", "by", "until", "till") \
        or before == "of" and k > 1 and doc[k - 2].text.lower() == "ahead"


def _names_a_things_date(doc: Any, m: DateMention) -> bool:
    """True for a date that belongs to a thing its sentence names, not to an act ("The dispute
    revived memories of 2021", "a court ruling from January 2024"): no background for what follows."""
    root = _root_of(doc, m)
    return _dates_a_thing(root, set(_ancestors_and_self(_clause_head(root))))


def _sentence_at(doc: Any, char: int, cache: _DocCache | None = None) -> Any | None:
    if cache is None:
        return next((s for s in doc.sents if s.start_char <= char < s.end_char), None)
    sents = cache.sents(doc)
    i = bisect_right(cache.sent_starts(doc), char) - 1
    if i >= 0 and sents[i].start_char <= char < sents[i].end_char:
        return sents[i]
    return None


def anchor(doc: Any, state: dict[str, Any], start: int, end: int, *, head: int | None = None,
           exclude: tuple[int, int] | Sequence[tuple[int, int]] | None = None) -> DateValue | None:
    """When the thing reported in ``[start, end)`` (headed by token ``head``) happened.

    In order: a date attached to ``head`` in the dependency tree, or to a clause governing it (a
    reporting verb above an event); an explicit date in the same sentence (inside the clause first,
    then the nearest); a relative adverb of the sentence ("more recently"); in background, the last
    explicit date of the paragraph or section; else None (the caller decides about the article date).
    Dates inside ``exclude`` (a span, or several: both sides of a split quote) are not considered:
    a quote's own words date what they report, not when they were said ("He believes an envoy
    should have been appointed months ago").
    """
    cache = _doc_cache(doc, state)
    sent = doc[head].sent if head is not None else _sentence_at(doc, start, cache)
    if sent is None:
        return None
    # "ruled by the military since 2021": a span's starting point dates no act
    in_sent = [m for m in cache.mentions_in(doc, state, sent.start, sent.end) if not _after_since(doc, m.token_start)]
    said_now = False
    if exclude is not None:
        spans = [exclude] if isinstance(exclude[0], int) else list(exclude)
        inside = [m for m in in_sent if any(s <= m.start and m.end <= e for s, e in spans)]
        in_sent = [m for m in in_sent if m not in inside]
        # words that count from the day they were said ("could come as early as next week") were
        # said about now, whatever past the paragraph opened with; so were words in the present
        # tense ("Kosovo declared independence in 2008. … do not recognise it, diplomats said")
        said_now = any(_COUNTS_FROM_NOW.search(m.text) for m in inside) or any(
            _present_tense(doc, s, e) for s, e in spans)
    if in_sent:
        # the filing date of a wire dateline ("ADDIS ABABA, Feb. 14 (Wire) — The council voted on
        # Friday …") is the sentence's date only when it gives no other
        lines = doc_datelines(doc)
        told = [m for m in in_sent if dateline_end(lines, m.start) is None]
        in_sent = told or in_sent
    if head is not None and in_sent:
        head_tok = doc[head]
        if any(c.dep_ == "advmod" and c.text.lower() == "since" and not any(c.children) for c in head_tok.children):
            # "Last year the bloc barred him, a step that Thailand has since urged it to reconsider":
            # "since" puts the act after the sentence's time, at no date it gives
            return None
        chain = _ancestors_and_self(head_tok)
        # not a date that belongs to a thing the sentence names: "recognised Somalia's sovereignty
        # within its 1960 borders", "Somalia, which gained independence in 1960, said …"
        above = set(chain)
        in_sent = [m for m in in_sent if not _dates_a_thing(_root_of(doc, m), above)]
        governing = [m for m in in_sent if _clause_head(_root_of(doc, m)).i in chain[1:]]
        shift = _offset_clause(head_tok)
        if shift is not None:
            # "agreed on Monday …, two years after Mogadishu expelled Kenya's ambassador": the
            # expulsion is two years before Monday, not on it ("on Tuesday after Chinese vessels
            # rammed …", with no distance named, stays near Tuesday)
            base = _closest(governing, head_tok.idx) if governing else None
            return _shifted(base, *shift) if base is not None else None
        direct = [m for m in in_sent if _clause_head(_root_of(doc, m)).i == head
                  or _root_of(doc, m).head.i == head]
        # a period the act is for dates it only when the clauses give no time of their own
        # ("Earlier this year, the commission managed to agree on quotas for 2027": this year;
        # "the vote is scheduled for March": March)
        timed = [m for m in direct if not _for_period(doc, m)]
        if timed or (direct and not [m for m in governing if not _for_period(doc, m)]):
            return _closest(timed or direct, head_tok.idx)
        if governing:
            return _closest(governing, head_tok.idx)
        if head_tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in head_tok.children):
            # an act in the present is not dated by another clause's past ("calls on all parties
            # … to return to the truce agreed in November", "agreed" parsed as a clause of its own)
            in_sent = [m for m in in_sent if (v := _clause_head(_root_of(doc, m))).i == head_tok.i
                       or v.tag_ != "VBD"]
    pivot = doc[head].idx if head is not None else start
    explicit = [m for m in in_sent if m.explicit]
    if explicit:
        inside = [m for m in explicit if start <= m.start and m.end <= end]
        return _closest(inside or explicit, pivot)
    relative = [m for m in in_sent if not m.explicit]
    if relative:
        return _closest(relative, pivot)
    if head is not None and (doc[head].tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.text.lower() in ("has", "have")
            for c in doc[head].children)):
        return None     # "Madrid and Paris argue that …", "The White House has said …": now, not
        #                 when the paragraph began
    if not said_now and is_background(doc, state, start):
        return _background_date(doc, state, start)
    return None


def _present_tense(doc: Any, start: int, end: int) -> bool:
    """True when the clause in ``[start, end)`` is in the present tense: its root verb, or an
    auxiliary of it, a present form ("do not recognise", "is", "has been")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children)


#: deictic time words that count from the moment of speaking
_COUNTS_FROM_NOW = re.compile(r"\b(?:next|this|coming|tomorrow|today|tonight|upcoming)\b", re.I)


#: the subordinators of a clause set at a distance in time from the clause it hangs on
_OFFSET_MARKS = {"after": -1, "before": 1}


def _offset_clause(head: Any) -> tuple[int, float, str] | None:
    """For a clause opened by "after" or "before" (its mark) that names its distance in years or
    months: the direction of the clause's time from the clause it hangs on (-1: earlier, as "two
    years after X" puts X two years before; +1: later), the distance and its unit ("two years":
    2.0, "year"); None for any other clause, or one with no such distance ("after Chinese vessels
    rammed …")."""
    mark = next((c for c in head.children if c.dep_ == "mark" and c.text.lower() in _OFFSET_MARKS), None)
    if mark is None or head.dep_ not in ("advcl", "pcomp"):
        return None
    lex = load_lexicon()
    for c in head.children:
        if c.dep_ == "npadvmod" and c.i < mark.i:
            unit = c.text.lower().rstrip("s")
            n = next((_number(g.text.lower(), lex) for g in c.children if g.dep_ == "nummod"), None)
            if n is None and any(g.text.lower() in ("a", "an", "one") for g in c.children):
                n = 1.0
            if n is not None and unit in ("year", "month"):
                return _OFFSET_MARKS[mark.text.lower()], n, unit
    return None


def _shifted(base: DateValue, direction: int, n: float, unit: str) -> DateValue | None:
    """``base`` moved by a whole number of years or months in ``direction``, at the precision of
    the unit (a year for years, a month for months); None when the distance is not whole, or
    ``base`` has no calendar value."""
    if n != int(n) or not base.value or not base.value[:4].isdigit():
        return None
    year = int(base.value[:4])
    if unit == "year":
        return DateValue(str(year + direction * int(n)), "year")
    parts = base.value.split("-")
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    months = year * 12 + int(parts[1]) - 1 + direction * int(n)
    return DateValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")


def _after_since(doc: Any, start: int) -> bool:
    """True for a date (its first token at ``start``) given as where a span of time starts ("since
    2021"), "since" inside the mention or just before it, or the date of what "since" measures
    from ("the most serious since a similar clash last December", "since Russia invaded in 2022")."""
    if doc[start].text.lower() == "since" or (start > 0 and doc[start - 1].text.lower() == "since"):
        return True
    tok = doc[start]
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.text.lower() == "since" and tok.dep_ == "prep":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.text.lower() == "since" for c in tok.children)
    return False


def _closest(mentions: list[DateMention], char: int) -> DateValue:
    best = min(mentions, key=lambda m: (0 if m.start <= char else 1, abs(m.start - char)))
    return best.value
