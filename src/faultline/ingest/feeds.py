"""RSS/Atom feeds via feedparser: one article per entry, a failure for a malformed feed."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from faultline.errors import EmptyInputError, ParseError

from .dates import date_of_struct
from .markup import strip_tags, with_title
from .types import LoadFailure, RawArticle

_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?"
                         rb"<(rss|feed|rdf:RDF)\b", re.I | re.S)
# feedparser sets ``bozo`` for these too, but the feed itself is fine.
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes open an RSS, Atom or RDF feed (for sniffing unknown extensions)."""
    return bool(_FEED_START.match(head[:4096]))


def load_feed(data: bytes, ref: str, *, published: str | None = None) -> Iterator[RawArticle | LoadFailure]:
    """Each entry of the feed in ``data``; a malformed feed also yields one ``LoadFailure`` after the
    entries feedparser could recover."""
    import feedparser  # type: ignore[import-untyped]

    try:
        # A stream, never a str: feedparser would treat a str as a URL or a file name to open.
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as e:  # feedparser on hostile bytes: isolate the failure
        yield LoadFailure(ref, ParseError(f"feed could not be parsed ({type(e).__name__})", input_name=ref))
        return
    bozo = parsed.get("bozo") and type(parsed.get("bozo_exception")).__name__ not in _BENIGN
    if not parsed.get("version") and not parsed.entries:
        yield LoadFailure(ref, ParseError("not an RSS or Atom feed", input_name=ref,
                                          hint="feeds start with <rss>, <feed> or <rdf:RDF>"))
        return
    source = (parsed.feed.get("title") or "").strip() or None
    recovered = 0
    for index, entry in enumerate(parsed.entries, 1):
        item = _entry_article(entry, f"{ref}#{index}", source, published)
        if bozo and isinstance(item, LoadFailure):
            continue  # an empty fragment of a broken feed: the feed's own failure below covers it
        recovered += isinstance(item, RawArticle)
        yield item
    if bozo:
        reason = str(parsed.get("bozo_exception") or "malformed XML")
        yield LoadFailure(ref, ParseError(f"malformed feed: {reason}", input_name=ref,
                                          hint=f"{recovered} entries were recovered"))
    elif not parsed.entries:
        yield LoadFailure(ref, EmptyInputError("feed has no entries", input_name=ref))


def _entry_article(entry: dict, fallback_ref: str, source: str | None,
                   published: str | None) -> RawArticle | LoadFailure:
    """One entry: content (or summary) with tags stripped, the title as the first line."""
    body = ""
    for content in entry.get("content") or ():
        body = content.get("value") or ""
        if body.strip():
            break
    if not body.strip():
        body = entry.get("summary") or entry.get("description") or ""
    text, _ = strip_tags(body)
    title = " ".join((entry.get("title") or "").split()) or None
    link = (entry.get("link") or "").strip() or None
    if link and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser takes an RSS guid (often a tag: URI) as the link
    ref = link or (entry.get("id") or "").strip() or fallback_ref
    text = with_title(text, title)
    if not text.strip():
        return LoadFailure(ref, EmptyInputError("feed entry has neither text nor title", input_name=ref))
    day = date_of_struct(entry.get("published_parsed") or entry.get("updated_parsed"))
    return RawArticle(ref=ref, text=text, title=title, url=link, source=source, published=day or published)
