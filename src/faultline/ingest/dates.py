"""Publication dates: one strict parser for the ``--published`` option and the dates inputs carry."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from faultline.errors import ConfigError

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_HINT = "use YYYY-MM-DD, e.g. --published 2025-12-04"


def parse_published(value: str) -> str:
    """Return ``value`` as ``YYYY-MM-DD`` or raise ``ConfigError``.

    Accepts a plain ISO date, a full ISO 8601 datetime (``2025-12-04T10:00:00Z``) and the RFC 2822
    dates of RSS feeds (``Thu, 04 Dec 2025 10:00:00 GMT``). A datetime keeps the calendar day as
    written (no conversion to UTC): that is the day the publisher printed. Ambiguous forms such as
    ``12/04/2025`` are refused rather than guessed.
    """
    if not isinstance(value, str):
        raise ConfigError(f"not a date: {value!r}", hint=_HINT)
    text = value.strip()
    match = _ISO_DAY.fullmatch(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError as e:
            raise ConfigError(f"not a valid calendar date: {value!r}", hint=_HINT) from e
    if "-" in text[:10] and len(text) > 10:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    if "," in text or re.search(r"\d{1,2} [A-Za-z]{3} \d{4}", text):
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    raise ConfigError(f"not a date: {value!r}", hint=_HINT)


def date_of_struct(value: time.struct_time | None) -> str | None:
    """``YYYY-MM-DD`` of a ``time.struct_time`` (feedparser's ``*_parsed`` fields), or None."""
    if value is None:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except (TypeError, ValueError, AttributeError):
        return None
