"""Text helpers of the knowledge base: the lookup key of a name, slugs for ids, dates of data.

Pure functions, no data: the loader and the matcher share them so that "U.S." and "US",
"the Élysée" and "Elysee", "Quai d'Orsay" and "Quai dOrsay" land on the same key.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE",
                       "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ħ": "h"})
_APOSTROPHES = "'’‘`´ʼ"
_POSSESSIVE = re.compile(r"[" + _APOSTROPHES + r"]s$")
_DROP = re.compile(r"[" + _APOSTROPHES + r".]")
_SEP = re.compile(r"[^0-9a-z+]+")
_LEADING_THE = re.compile(r"^the ")


def ascii_fold(text: str) -> str:
    """Accents off, special letters to ASCII ("Søreide" -> "Soreide", "Élysée" -> "Elysee")."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def key(text: str, *, strip_the: bool = True, strip_possessive: bool = True) -> str:
    """The lookup key: case-, accent- and punctuation-insensitive; a leading "the" is optional.

    Dots and apostrophes vanish ("U.S." -> "us", "d'Orsay" -> "dorsay"); other punctuation and
    hyphens become one space ("Guinea-Bissau" -> "guinea bissau"); a final possessive "'s" goes.
    """
    text = ascii_fold(text.strip())
    if strip_possessive:
        text = _POSSESSIVE.sub("", text)
    text = _DROP.sub("", text.casefold())
    text = _SEP.sub(" ", text).strip()
    if strip_the:
        text = _LEADING_THE.sub("", text)
    return text


def slugify(name: str) -> str:
    """Lowercase ASCII with hyphens: "Sergey Lavrov" -> "sergey-lavrov" (person and org ids)."""
    text = ascii_fold(name).casefold()
    text = re.sub(r"[" + _APOSTROPHES + r".]", "", text)
    return re.sub(r"[^0-9a-z]+", "-", text).strip("-")


def person_id(name: str) -> str:
    return "person:" + slugify(name)




def parse_day(value: dt.date | str | None) -> dt.date | None:
    """A query date: ``date``, ISO string ("2026-01-01", "2026-01", "2026") or None."""
    if value is None or isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return bound(str(value), end=False)


def bound(value: str | int | None, *, end: bool) -> dt.date | None:
    """A data bound: "2024-03-07", "2024-03" or "2024"; ``end`` bounds are exclusive, so a month
    or a year given as ``until`` lasts to its end ("until": "2025-08" -> 2025-09-01).
    Raises ValueError on anything else."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        raise ValueError(f"not an ISO date or year: {value!r}")
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        start = dt.date(year, int(month), 1)
        if not end:
            return start
        return dt.date(year + (int(month) == 12), int(month) % 12 + 1, 1)
    return dt.date(year + 1, 1, 1) if end else dt.date(year, 1, 1)
