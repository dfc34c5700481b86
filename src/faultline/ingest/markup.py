"""HTML to text: trafilatura for the main text and metadata, a tag stripper as the fallback."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from faultline.errors import EmptyInputError, ParseError

from .dates import parse_published
from .types import RawArticle

# Elements whose content is never article text, and elements that end a line.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption",
    "title", "main", "aside", "nav",
})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# The library never prints: without this, logging's last-resort handler would write their warnings.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


class _Stripper(HTMLParser):
    """Collects text outside skipped elements; block elements end a line; the <title> is kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP:
            self._skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP and self._skip:
            self._skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)


def strip_tags(html: str) -> tuple[str, str | None]:
    """Best-effort (text, title) of any markup, broken or not: never raises on bad HTML."""
    parser = _Stripper()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, IndexError):  # html.parser on pathological input
        pass
    text = _tidy("".join(parser.parts))
    title = _SPACES.sub(" ", "".join(parser.title_parts)).strip() or None
    return text, title


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes open an HTML document (for files with unknown extensions)."""
    return bool(_HTML_START.match(head[:4096]))


def with_title(text: str, title: str | None) -> str:
    """The text with the title as its first line, unless the text already starts with it."""
    if not title or text.lstrip().startswith(title):
        return text
    return f"{title}\n\n{text}" if text else title


def load_html(html: str, ref: str, *, url: str | None = None, published: str | None = None,
              warnings: tuple[str, ...] = ()) -> RawArticle:
    """One HTML page: main text via trafilatura (title first), or the stripped page as a fallback."""
    meta = _trafilatura(html, url, ref)
    text = (meta.get("text") or "").strip()
    fallback_text, fallback_title = strip_tags(html) if not text else ("", None)
    title = _clean(meta.get("title")) or fallback_title
    if not text:
        text = fallback_text
        if text:
            warnings = (*warnings, "[W103] trafilatura found no main text: all page text was kept")
    if not text.strip():
        raise EmptyInputError("no text in this HTML page", input_name=ref,
                              hint="is the article rendered by JavaScript? save the rendered page")
    page_date = None
    if meta.get("date"):
        try:
            page_date = parse_published(str(meta["date"]))
        except Exception:  # a page's own bad date is ignored, not fatal
            page_date = None
    return RawArticle(
        ref=ref, text=with_title(text, title), title=title,
        url=_clean(meta.get("url")) or url, source=_clean(meta.get("sitename")),
        published=page_date or published, warnings=warnings,
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _trafilatura(html: str, url: str | None, ref: str) -> dict:
    """trafilatura's extraction as a dict ({} when it finds nothing or fails on hostile markup)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except RecursionError as e:
        raise ParseError("HTML nested too deeply to parse", input_name=ref) from e
    except Exception:  # lxml/trafilatura internals on broken markup: fall back to stripping tags
        return {}
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
