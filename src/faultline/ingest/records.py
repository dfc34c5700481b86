"""JSON and JSONL records: ``{"id", "text"}`` with optional title, url, source and published."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from faultline.errors import (
    ConfigError,
    EmptyInputError,
    EncodingError,
    InputError,
    ParseError,
    TooLargeError,
)

from .dates import parse_published
from .decode import bom_encoding, check_binary, decode_bytes
from .types import LoadFailure, RawArticle

OPTIONAL_FIELDS = ("title", "url", "source", "published")
_CHUNK = 1 << 16


def record_article(record: Any, ref: str, *, published: str | None = None) -> RawArticle:
    """A record (a decoded JSON object) as an article; ``ref`` (its position) names it when it has no
    ``id`` and names it in errors."""
    if not isinstance(record, dict):
        raise ParseError(f"a record must be a JSON object, not {type(record).__name__}", input_name=ref)
    rid = record.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int | type(None)):
        raise ParseError("a record's id must be a string or an integer", input_name=ref)
    where = ref  # errors name the record's position (file.jsonl:LINE), found articles their id
    if rid is not None and str(rid).strip():
        ref = str(rid)
    text = record.get("text")
    if not isinstance(text, str):
        raise ParseError('a record needs a "text" string', input_name=where,
                         hint='one JSON object per line: {"id": "...", "text": "..."}')
    if not text.strip():
        raise EmptyInputError("the record's text is empty", input_name=where)
    fields: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ParseError(f'"{name}" must be a string', input_name=where)
        fields[name] = value.strip() or None if isinstance(value, str) else None
    if fields["published"]:
        try:
            fields["published"] = parse_published(fields["published"])
        except ConfigError as e:
            raise ParseError(f'bad "published" date {fields["published"]!r}', input_name=where,
                             hint="use YYYY-MM-DD") from e
    return RawArticle(ref=ref, text=text, title=fields["title"], url=fields["url"],
                      source=fields["source"], published=fields["published"] or published)


def load_json(text: str, ref: str, *, published: str | None = None) -> Iterator[RawArticle | LoadFailure]:
    """A ``.json`` file: one record, or a list of records (each named ``file.json[INDEX]`` if id-less)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        yield LoadFailure(ref, ParseError(f"invalid JSON ({e})", input_name=ref))
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield LoadFailure(ref, EmptyInputError("empty JSON list", input_name=ref))
    for index, record in enumerate(records):
        name = f"{ref}[{index}]" if isinstance(data, list) else ref
        try:
            yield record_article(record, name, published=published)
        except InputError as e:
            yield LoadFailure(name, e)


def load_jsonl(stream: IO[bytes], ref: str, *, published: str | None = None,
               max_bytes: int = 20_000_000) -> Iterator[RawArticle | LoadFailure]:
    """A JSONL stream, one record per line, read line by line (never the whole file).

    ``max_bytes`` limits each record (line), not the file, so a corpus of any size streams. A bad
    line is a ``LoadFailure`` named ``file.jsonl:LINE`` and the rest goes on.
    """
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    try:
        check_binary(head, ref)
    except InputError as e:
        yield LoadFailure(ref, e)
        return
    if bom_encoding(head) in ("utf-16", "utf-32"):
        yield LoadFailure(ref, EncodingError("JSONL must be UTF-8, this file is UTF-16/32", input_name=ref,
                                             hint="convert it, e.g. iconv -f UTF-16 -t UTF-8"))
        return
    seen = 0
    for lineno, line in _lines(stream, max_bytes):
        name = f"{ref}:{lineno}"
        if line is None:
            yield LoadFailure(name, TooLargeError(f"line longer than {max_bytes} bytes", input_name=name,
                                                  hint="raise the limit with --max-bytes"))
            seen += 1
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        seen += 1
        try:
            text, _ = decode_bytes(line, name)
            yield record_article(json.loads(text), name, published=published)
        except InputError as e:
            yield LoadFailure(name, e)
        except (ValueError, RecursionError) as e:
            yield LoadFailure(name, ParseError(f"invalid JSON ({e})", input_name=name))
    if not seen:
        yield LoadFailure(ref, EmptyInputError("no records", input_name=ref))


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; an over-long line is ``None`` and its rest is skipped unread."""
    lineno = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # discard the rest of the over-long line in bounded chunks
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def count_lines(stream: IO[bytes]) -> int:
    """Lines of a stream, counted in bounded chunks (for a progress estimate)."""
    count = 0
    last = b"\n"
    while chunk := stream.read(_CHUNK):
        count += chunk.count(b"\n")
        last = chunk[-1:]
    return count + (last != b"\n")
