"""``iter_inputs``: files, folders, standard input and URLs to a stream of articles or failures.

Inputs are streamed one at a time: a whole file is read only when it is within ``max_bytes`` (checked
with ``stat`` before reading, so a 50 MB file is refused at once), JSONL is read line by line with
the limit applied per record, and folders are walked lazily.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from faultline.errors import (
    EmptyInputError,
    FetchError,
    InputError,
    ParseError,
    TooLargeError,
    UnsupportedInputError,
)

from .dates import parse_published
from .decode import check_binary, decode_bytes
from .feeds import load_feed, looks_like_feed
from .markup import load_html, looks_like_html
from .records import count_lines, load_json, load_jsonl
from .types import LoadFailure, RawArticle

Item = RawArticle | LoadFailure

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
_SNIFF = 8192


def iter_inputs(paths: Sequence[str], *, published: str | None = None, stdin: IO[Any] | None = None,
                max_bytes: int = 20_000_000, allow_urls: bool = False,
                allow_private: bool = False) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders, ``-``, URLs) in order, or a ``LoadFailure`` per bad
    input; never raises for a bad input. ``published`` (validated, ``ConfigError`` otherwise) is the
    date for inputs that carry none. ``allow_private`` lets URL fetching reach non-public addresses.
    """
    default = parse_published(published) if published is not None else None  # raises now, not lazily
    return _iter_all(list(paths), default, stdin, max_bytes, allow_urls, allow_private)


def _iter_all(paths: list[str], published: str | None, stdin: IO[Any] | None, max_bytes: int,
              allow_urls: bool, allow_private: bool) -> Iterator[Item]:
    for path in paths:
        yield from _guard(path, _one_input(path, published, stdin, max_bytes, allow_urls, allow_private))


# ARCHITECTURE.md names the entry point ``load_inputs``.
load_inputs = iter_inputs


def count_inputs(paths: Sequence[str]) -> int:
    """A quick estimate of the number of articles for a progress bar: one per file, feed, URL or
    ``-``, one per line of JSONL files; folders are walked the same way as ``iter_inputs``."""
    total = 0
    for path in paths:
        if path == "-" or _is_url(path):
            total += 1
        elif os.path.isdir(path):
            total += sum(_count_file(f) for f in _walk(path) if os.path.basename(f) not in SIDECAR_NAMES)
        else:
            total += _count_file(path)
    return total


def _count_file(path: str) -> int:
    if Path(path).suffix.lower() in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as f:
                return count_lines(f)
        except OSError:
            return 1
    return 1


def _guard(ref: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn an error raised while loading ``ref`` into a ``LoadFailure``: one input never stops a batch."""
    try:
        yield from items
    except InputError as e:
        yield LoadFailure(e.input_name or ref, e)
    except OSError as e:
        yield LoadFailure(ref, UnsupportedInputError(f"cannot read ({e.strerror or e})", input_name=ref))
    except RecursionError:
        yield LoadFailure(ref, ParseError("input nested too deeply to parse", input_name=ref))


def _is_url(value: str) -> bool:
    from .fetch import is_url

    return is_url(value)


def _one_input(path: str, published: str | None, stdin: IO[Any] | None, max_bytes: int,
               allow_urls: bool, allow_private: bool) -> Iterator[Item]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        if stream is None:
            raise UnsupportedInputError("there is no standard input", input_name="-")
        yield from _load_stdin(stream, published, max_bytes)
    elif _is_url(path):
        yield from _load_url(path, published, max_bytes, allow_urls, allow_private)
    elif os.path.isdir(path):
        for file in _walk(path):
            if os.path.basename(file) in SIDECAR_NAMES:
                continue
            yield from _guard(file, _with_sidecar(file, _load_file(file, published, max_bytes)))
    else:
        yield from _with_sidecar(path, _load_file(path, published, max_bytes))


#: A folder may hold a metadata index for its files: one JSON object per line with ``ref`` (the
#: file's name in that folder) and any of title, url, source, published (no ``text``). It is read,
#: not analysed, and what it says wins over ``--published``.
SIDECAR_NAMES = frozenset({"meta.jsonl", "metadata.jsonl"})
_SIDECAR_FIELDS = ("title", "url", "source", "published")


def _sidecar(folder: str) -> dict[str, dict[str, Any]]:
    for name in sorted(SIDECAR_NAMES):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        return _read_sidecar(path, os.path.getmtime(path))
    return {}


@lru_cache(maxsize=64)
def _read_sidecar(path: str, _mtime: float) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("ref"), str) and "text" not in rec:
                    out[rec["ref"]] = {k: rec[k] for k in _SIDECAR_FIELDS if rec.get(k)}
    except (OSError, UnicodeDecodeError):
        return {}
    return out


def _with_sidecar(path: str, items: Iterator[Item]) -> Iterator[Item]:
    """Apply the folder's metadata index (if any) to the article(s) loaded from ``path``."""
    meta = _sidecar(os.path.dirname(path) or ".").get(os.path.basename(path))
    for item in items:
        if meta and isinstance(item, RawArticle):
            fields = dict(meta)
            if "published" in fields:
                try:
                    fields["published"] = parse_published(str(fields["published"]))
                except Exception:  # noqa: BLE001 - a bad date in the index: keep the file's own
                    fields.pop("published")
            item = replace(item, **fields)
        yield item


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder``, recursively, sorted by name at each level, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(os.path.join(folder, entry.name))
        elif entry.is_file():
            yield os.path.join(folder, entry.name)


def _load_file(path: str, published: str | None, max_bytes: int) -> Iterator[Item]:
    if not os.path.exists(path):
        raise UnsupportedInputError("no such file or folder", input_name=path,
                                    hint="check the path; use - for standard input")
    if not os.path.isfile(path):
        raise UnsupportedInputError("not a regular file", input_name=path)
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with open(path, "rb") as f:
            yield from load_jsonl(f, path, published=published, max_bytes=max_bytes)
        return
    yield from load_bytes(_read_limited(path, max_bytes), path, suffix=suffix, published=published)


def _read_limited(path: str, max_bytes: int) -> bytes:
    """The file's bytes; ``TooLargeError`` before reading when it is over ``max_bytes``."""
    size = os.stat(path).st_size
    if size > max_bytes:
        raise _too_large(path, size, max_bytes)
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)  # the file may have grown since stat
    if len(data) > max_bytes:
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(name: str, size: int, max_bytes: int) -> TooLargeError:
    return TooLargeError(f"{size} bytes is over the {max_bytes}-byte limit", input_name=name,
                         hint=f"raise the limit with --max-bytes {size}, or split the input into JSONL")


def load_bytes(data: bytes, ref: str, *, suffix: str = "", content_type: str | None = None,
               published: str | None = None, url: str | None = None) -> Iterator[Item]:
    """One input's bytes, parsed by its suffix or content type, else by sniffing the first bytes."""
    head = data[:_SNIFF]
    check_binary(head, ref)
    kind = _kind(suffix, content_type, head)
    if kind == "feed":
        yield from load_feed(data, ref, published=published)
        return
    text, warnings = decode_bytes(data, ref)
    if not text.strip():
        raise EmptyInputError("empty or whitespace only", input_name=ref)
    if kind == "html":
        yield load_html(text, ref, url=url, published=published, warnings=warnings)
    elif kind == "json":
        yield from load_json(text, ref, published=published)
    elif kind == "jsonl":
        yield from load_jsonl(io.BufferedReader(io.BytesIO(data)), ref, published=published)  # type: ignore[arg-type]
    else:
        yield RawArticle(ref=ref, text=text, url=url, published=published, warnings=warnings)


def _kind(suffix: str, content_type: str | None, head: bytes) -> str:
    """html, feed, json, jsonl or text: the extension (or HTTP content type) decides, else the content."""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/json",):
        return "json"
    if mime in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    if looks_like_feed(head):
        return "feed"
    if suffix in FEED_SUFFIXES or mime.endswith(("rss+xml", "atom+xml", "/xml")):
        return "html" if looks_like_html(head) else "feed"
    if looks_like_html(head):
        return "html"
    return "text"


def _load_url(url: str, published: str | None, max_bytes: int, allow_urls: bool,
              allow_private: bool) -> Iterator[Item]:
    from urllib.parse import urlsplit

    from .fetch import fetch

    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"refusing the {urlsplit(url).scheme}:// scheme", input_name=url,
                         hint="only http:// and https:// URLs are fetched")
    if not allow_urls:
        raise UnsupportedInputError("URLs are not fetched unless allowed", input_name=url,
                                    hint="pass --allow-urls (allow_urls=True)")
    fetched = fetch(url, max_bytes=max_bytes, allow_private=allow_private)
    suffix = Path(urlsplit(fetched.final_url).path).suffix.lower()
    yield from load_bytes(fetched.body, url, suffix=suffix if suffix in JSONL_SUFFIXES | JSON_SUFFIXES else "",
                          content_type=fetched.content_type, published=published, url=fetched.final_url)


def _load_stdin(stdin: IO[Any], published: str | None, max_bytes: int) -> Iterator[Item]:
    """Standard input: JSONL (streamed) when it starts with ``{``, else one text article."""
    stream = io.BufferedReader(_BytesAdapter(stdin), buffer_size=1 << 16)
    first = stream.peek(_SNIFF).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"{":
        yield from load_jsonl(stream, "-", published=published, max_bytes=max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"standard input is over the {max_bytes}-byte limit", input_name="-",
                            hint="raise the limit with --max-bytes, or send JSONL (one record a line)")
    yield from load_bytes(data, "-", published=published)


class _BytesAdapter(io.RawIOBase):
    """A raw byte stream over ``sys.stdin``-like objects: binary buffers, or text streams (re-encoded
    as UTF-8) such as ``io.StringIO`` in tests."""

    def __init__(self, stream: IO[Any]) -> None:
        self._stream = getattr(stream, "buffer", stream)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            chunk = self._stream.read(len(buffer))
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n
