"""Loaders: every input kind, metadata, dates, folders, stdin, URLs (a local server only)."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from faultline.errors import (
    ConfigError,
    EmptyInputError,
    EncodingError,
    FetchError,
    ParseError,
    TooLargeError,
    UnsupportedInputError,
)
from faultline.ingest import LoadFailure, RawArticle, count_inputs, iter_inputs, parse_published
from faultline.ingest.decode import decode_bytes
from faultline.ingest.fetch import check_address, fetch, is_url
from faultline.ingest.markup import strip_tags, with_title

BODY = ("The foreign minister said on Tuesday that the talks in Geneva would continue next week. "
        "Officials from both governments confirmed the schedule and declined to comment further. ") * 3

HTML = f"""<!DOCTYPE html><html><head><title>Talks to continue</title>
<meta property="og:url" content="https://news.example.org/talks">
<meta property="og:site_name" content="Example News">
<meta name="date" content="2025-11-30"><script>var x = "not text";</script></head>
<body><nav>Home | World</nav><article><h1>Talks to continue</h1><p>{BODY}</p></article></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>World Feed</title>
<item><title>First story</title><link>https://example.org/1</link>
<description>&lt;p&gt;Leaders &lt;b&gt;met&lt;/b&gt; in Paris.&lt;/p&gt;</description>
<pubDate>Thu, 04 Dec 2025 10:00:00 GMT</pubDate></item>
<item><title>Second story</title><guid>tag:example.org,2025:2</guid><description>No link here.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom News</title><entry><title>Atom entry</title><link href="https://example.org/atom/1"/>
<id>urn:1</id><updated>2025-10-01T08:00:00Z</updated><content type="html">&lt;p&gt;Body of the entry.&lt;/p&gt;</content>
</entry></feed>"""


def load(paths: list[str], **kw) -> list[RawArticle | LoadFailure]:
    return list(iter_inputs(paths, **kw))


def write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


# -- parse_published ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2025-12-04", "2025-12-04"),
    (" 2025-12-04 ", "2025-12-04"),
    ("2025-12-04T23:30:00Z", "2025-12-04"),
    ("2025-12-04T23:30:00+05:00", "2025-12-04"),  # the day as printed, not converted to UTC
    ("2025-12-04 10:00:00", "2025-12-04"),
    ("Thu, 04 Dec 2025 10:00:00 GMT", "2025-12-04"),
    ("4 Dec 2025 10:00:00 +0100", "2025-12-04"),
])
def test_parse_published_accepts(value: str, expected: str) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "12/04/2025", "yesterday", "", "2025",
                                   "Thu, 45 Dec 2025", "2025-12-04Tgarbage"])
def test_parse_published_refuses(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_published(value)
    assert info.value.code.startswith("E2") and "YYYY-MM-DD" in str(info.value)


# -- text -----------------------------------------------------------------------------------------------

def test_text_file_keeps_ref_and_default_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Britain and France disagreed.\n")
    [article] = load([path], published="2025-12-04")
    assert article == RawArticle(ref=path, text="Britain and France disagreed.\n", published="2025-12-04")


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    text = write(tmp_path / "notes.md", "# Heading\nPlain words.")
    page = write(tmp_path / "page", HTML)
    feed = write(tmp_path / "feed.dat", RSS)
    items = load([text, page, feed])
    assert items[0].text.startswith("# Heading")
    assert items[1].title == "Talks to continue"
    assert [i.title for i in items[2:]] == ["First story", "Second story"]


@pytest.mark.parametrize(("data", "expected", "warning"), [
    ("café".encode(), "café", None),
    ("\ufeffcafé".encode(), "café", None),
    ("café".encode("utf-16"), "café", None),
    ("café".encode("utf-16-be").join([b"\xfe\xff", b""]), "café", None),
    ("café crème".encode("cp1252"), "café crème", "[W101]"),
    ("naïve — “quoted”".encode("cp1252"), "naïve — “quoted”", "[W101]"),
])
def test_decoding(data: bytes, expected: str, warning: str | None) -> None:
    text, warnings = decode_bytes(data, "x")
    assert text == expected
    assert (warnings[0][:6] if warnings else None) == warning


def test_mixed_encoding_under_one_percent_is_repaired_with_a_warning() -> None:
    utf8_lines = (f"Naïve café line number {i}, fine UTF-8.\n" for i in range(200))
    data = b"".join(line.encode() for line in utf8_lines) + "Une ligne en cp1252: été.\n".encode("cp1252")
    text, warnings = decode_bytes(data, "x")
    assert text.endswith("Une ligne en cp1252: été.\n") and "Naïve café line number 199" in text
    assert warnings and warnings[0].startswith("[W102]")


def test_mixed_encoding_over_one_percent_is_refused() -> None:
    data = "café\n".encode() + "été à côté\n".encode("cp1252") * 5
    with pytest.raises(EncodingError):
        decode_bytes(data, "x")


# -- HTML -----------------------------------------------------------------------------------------------

def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    [article] = load([write(tmp_path / "talks.html", HTML)], published="2020-01-01")
    assert article.title == "Talks to continue"
    assert article.text.startswith("Talks to continue") and article.text.count("Talks to continue") == 1
    assert "foreign minister" in article.text
    assert "not text" not in article.text and "Home | World" not in article.text
    assert article.url == "https://news.example.org/talks"
    assert article.source == "Example News"
    assert article.published == "2025-11-30"  # the page's own date beats the default


def test_html_title_is_prepended_when_missing(tmp_path: Path) -> None:
    html = f"<html><head><title>Headline here</title></head><body><article><p>{BODY}</p></article></body></html>"
    [article] = load([write(tmp_path / "x.htm", html)])
    assert article.text.startswith("Headline here\n") and "foreign minister" in article.text


def test_html_fallback_strips_tags_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    [article] = load([write(tmp_path / "tiny.html", "<div>Hi <span>there</span></div><script>x()</script>")])
    assert article.text == "Hi there"
    assert any(w.startswith("[W103]") for w in article.warnings)


@pytest.mark.parametrize(("html", "text", "title"), [
    ("<html><head><title> A  title </title><style>p{}</style></head><body><p>One</p><p>Two</p>",
     "One\n\nTwo", "A title"),
    ("<div>unclosed <b>bold <i>italic", "unclosed bold italic", None),
    ("no tags &amp; an entity", "no tags & an entity", None),
])
def test_strip_tags(html: str, text: str, title: str | None) -> None:
    assert strip_tags(html) == (text, title)


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Body.", "Title", "Title\n\nBody."), ("Title then body.", "Title", "Title then body."),
    ("Body.", None, "Body."), ("", "Title", "Title"),
])
def test_with_title(text: str, title: str | None, expected: str) -> None:
    assert with_title(text, title) == expected


# -- JSON and JSONL -------------------------------------------------------------------------------------

def test_json_single_record_and_list(tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", json.dumps({"id": "r1", "text": "One.", "title": "T",
                                                   "published": "2025-12-01T10:00:00Z"}))
    many = write(tmp_path / "many.json", json.dumps([{"id": 7, "text": "Seven."}, {"text": "No id."},
                                                     {"id": "bad"}, "not an object"]))
    items = load([one, many], published="2020-01-01")
    assert items[0] == RawArticle(ref="r1", text="One.", title="T", published="2025-12-01")
    assert items[1] == RawArticle(ref="7", text="Seven.", published="2020-01-01")
    assert items[2].ref == f"{many}[1]" and isinstance(items[2], RawArticle)
    assert isinstance(items[3], LoadFailure) and isinstance(items[3].error, ParseError)
    assert isinstance(items[4], LoadFailure) and items[4].ref == f"{many}[3]"


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Alpha.", "url": "https://x/a", "source": "X", "published": "2025-01-02"},
        {"id": "b", "text": ""},
        {"id": "c", "text": "Gamma.", "published": "last Tuesday"},
        {"id": "d", "title": "no text"},
        {"id": "e", "text": "Epsilon.", "title": 5},
    ]
    body = "\n".join(json.dumps(line) for line in lines) + "\n\n" + json.dumps({"id": "f", "text": "Phi."})
    path = write(tmp_path / "c.jsonl", body)
    items = load([path], published="2024-06-01")
    assert [type(i).__name__ for i in items] == ["RawArticle", "LoadFailure", "LoadFailure", "LoadFailure",
                                                 "LoadFailure", "RawArticle"]
    assert items[0] == RawArticle(ref="a", text="Alpha.", url="https://x/a", source="X", published="2025-01-02")
    assert isinstance(items[1].error, EmptyInputError)
    assert isinstance(items[2].error, ParseError) and items[2].ref == f"{path}:3"
    assert f"{path}:3" in str(items[2].error)
    assert items[5] == RawArticle(ref="f", text="Phi.", published="2024-06-01")


def test_jsonl_line_over_the_limit_fails_alone(tmp_path: Path) -> None:
    body = json.dumps({"id": "ok1", "text": "x"}) + "\n" + json.dumps({"id": "big", "text": "y" * 5000}) + "\n" \
        + json.dumps({"id": "ok2", "text": "z"}) + "\n"
    path = write(tmp_path / "big.jsonl", body)
    items = load([path], max_bytes=1000)
    assert [i.ref for i in items] == ["ok1", f"{path}:2", "ok2"]
    assert isinstance(items[1].error, TooLargeError)


def test_empty_jsonl_is_one_failure(tmp_path: Path) -> None:
    [item] = load([write(tmp_path / "e.jsonl", "\n\n  \n")])
    assert isinstance(item, LoadFailure) and isinstance(item.error, EmptyInputError)


# -- feeds ----------------------------------------------------------------------------------------------

def test_rss_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.rss", RSS)
    first, second = load([path], published="2020-01-01")
    assert first == RawArticle(ref="https://example.org/1", text="First story\n\nLeaders met in Paris.",
                               title="First story", url="https://example.org/1", source="World Feed",
                               published="2025-12-04")
    assert second.ref == "tag:example.org,2025:2" and second.url is None
    assert second.published == "2020-01-01"


def test_atom_entry(tmp_path: Path) -> None:
    [entry] = load([write(tmp_path / "news.atom", ATOM)])
    assert entry.text == "Atom entry\n\nBody of the entry."
    assert (entry.url, entry.source, entry.published) == ("https://example.org/atom/1", "Atom News", "2025-10-01")


def test_xml_that_is_not_a_feed_fails(tmp_path: Path) -> None:
    [item] = load([write(tmp_path / "data.xml", "<?xml version='1.0'?><config><a>1</a></config>")])
    assert isinstance(item, LoadFailure) and isinstance(item.error, ParseError)


# -- folders, stdin, counting ---------------------------------------------------------------------------

def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/x.txt", "sub/.cache/y.txt", "z/d.txt"]:
        write(root / name, f"text of {name}")
    items = load([str(root)])
    assert [Path(i.ref).relative_to(root).as_posix() for i in items] == ["a.txt", "b.txt", "sub/c.txt", "z/d.txt"]


def test_stdin_text_and_jsonl() -> None:
    [text] = load(["-"], stdin=io.StringIO("Plain text from a pipe."), published="2025-02-03")
    assert text == RawArticle(ref="-", text="Plain text from a pipe.", published="2025-02-03")
    records = b'\n  {"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    assert [i.ref for i in load(["-"], stdin=io.BytesIO(records))] == ["s1", "s2"]


def test_stdin_limit() -> None:
    [item] = load(["-"], stdin=io.BytesIO(b"word " * 1000), max_bytes=100)
    assert isinstance(item, LoadFailure) and isinstance(item.error, TooLargeError)


def test_missing_path_is_a_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Fine.")
    items = load([str(tmp_path / "missing.txt"), good])
    assert isinstance(items[0], LoadFailure) and isinstance(items[0].error, UnsupportedInputError)
    assert str(tmp_path / "missing.txt") in str(items[0].error)
    assert items[1].text == "Fine."


def test_count_inputs(tmp_path: Path) -> None:
    write(tmp_path / "d/a.txt", "x")
    write(tmp_path / "d/b.jsonl", '{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}\n{"id": 3, "text": "z"}')
    write(tmp_path / "d/.hidden.jsonl", '{"id": 9, "text": "x"}\n')
    assert count_inputs([str(tmp_path / "d"), "-"]) == 1 + 3 + 1


# -- URLs -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("https://example.org/a", True), ("file:///etc/passwd", True), ("ftp://x/y", True),
    ("news/a.txt", False), ("-", False), ("C:\\news\\a.txt", False),
])
def test_is_url(value: str, expected: bool) -> None:
    assert is_url(value) is expected


@pytest.mark.parametrize("ip", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
                                "100.64.0.1"])
def test_non_public_addresses_are_refused(ip: str) -> None:
    with pytest.raises(FetchError):
        check_address(ip)
    check_address(ip, allow_private=True)


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass(ip: str) -> None:
    check_address(ip)


def test_urls_need_allow_urls_and_http() -> None:
    [refused] = load(["https://example.org/a"])
    assert isinstance(refused.error, UnsupportedInputError) and "--allow-urls" in str(refused.error)
    [file_url] = load(["file:///etc/passwd"], allow_urls=True)
    assert isinstance(file_url.error, FetchError)
    [loopback] = load(["http://127.0.0.1:9/x"], allow_urls=True)  # refused before any connection
    assert isinstance(loopback.error, FetchError) and "non-public" in str(loopback.error)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, b"", location="/article.html" if n == 0 else f"/hop/{n - 1}")
        elif path == "/article.html":
            self._send(200, HTML.encode(), ctype="text/html; charset=utf-8")
        elif path == "/feed":
            self._send(200, RSS.encode(), ctype="application/rss+xml")
        elif path == "/big":
            self._send(200, b"x" * 50_000, ctype="text/plain")
        elif path == "/to-file":
            self._send(302, b"", location="file:///etc/passwd")
        else:
            self._send(404, b"not found")

    def _send(self, status: int, body: bytes, *, ctype: str = "text/plain", location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A server the test starts itself on 127.0.0.1: the only network any test touches."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_follows_up_to_five_redirects(server: str) -> None:
    fetched = fetch(f"{server}/hop/4", allow_private=True)  # 5 redirects
    assert fetched.final_url == f"{server}/article.html" and b"Talks to continue" in fetched.body
    with pytest.raises(FetchError, match="redirects"):
        fetch(f"{server}/hop/5", allow_private=True)


@pytest.mark.parametrize(("path", "error"), [
    ("/big", TooLargeError), ("/missing", FetchError), ("/to-file", FetchError),
])
def test_fetch_errors(server: str, path: str, error: type) -> None:
    with pytest.raises(error):
        fetch(f"{server}{path}", max_bytes=10_000, allow_private=True)


def test_fetch_refuses_loopback_by_default(server: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"{server}/article.html")


def test_urls_load_as_html_and_feeds(server: str) -> None:
    items = load([f"{server}/hop/0", f"{server}/feed"], allow_urls=True, allow_private=True)
    page, *entries = items
    assert page.ref == f"{server}/hop/0" and page.title == "Talks to continue"
    assert page.url == "https://news.example.org/talks"  # the page's canonical URL
    assert [e.title for e in entries] == ["First story", "Second story"]


def test_folder_metadata_index_applies_to_its_files_and_is_not_an_input(tmp_path):
    from faultline.ingest import count_inputs, iter_inputs

    (tmp_path / "a.txt").write_text("Headline A\nBody of a.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline B\nBody of b.\n", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        '{"ref": "a.txt", "published": "2026-02-03", "title": "A", "url": "https://example.org/a"}\n'
        '{"ref": "b.txt", "published": "not a date"}\n', encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)], published="2026-01-01"))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle"]
    a, b = items
    assert (a.published, a.title, a.url) == ("2026-02-03", "A", "https://example.org/a")
    assert b.published == "2026-01-01"  # a bad date in the index leaves the default
    assert count_inputs([str(tmp_path)]) == 2
    # a single file picks up its folder's index too
    (single,) = list(iter_inputs([str(tmp_path / "a.txt")]))
    assert single.published == "2026-02-03"
