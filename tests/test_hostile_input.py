"""Hostile input: every bad input becomes one clear LoadFailure, quickly, and the batch goes on."""

from __future__ import annotations

import json
import re
import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultline.errors import (
    BinaryInputError,
    ConfigError,
    EmptyInputError,
    EncodingError,
    InputError,
    ParseError,
    TooLargeError,
)
from faultline.ingest import LoadFailure, RawArticle, iter_inputs


def load(paths: list[str], **kw) -> list[RawArticle | LoadFailure]:
    return list(iter_inputs(paths, **kw))


def one(tmp_path: Path, name: str, data: bytes, **kw) -> RawArticle | LoadFailure:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = load([str(path)], **kw)
    return item


def failure(item: RawArticle | LoadFailure, error: type[InputError]) -> InputError:
    assert isinstance(item, LoadFailure), item
    assert isinstance(item.error, error), item.error
    assert item.ref in str(item.error)  # the error names the input
    return item.error


@pytest.mark.parametrize(("name", "data"), [
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00"),
    ("nul.txt", b"Looks like text\x00 but has NUL bytes"),
    ("utf16-no-bom.txt", "plain words".encode("utf-16-le")),
])
def test_binary_files(tmp_path: Path, name: str, data: bytes) -> None:
    failure(one(tmp_path, name, data), BinaryInputError)


def test_invalid_utf8_is_an_encoding_error(tmp_path: Path) -> None:
    # bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) and no valid UTF-8 sequence
    error = failure(one(tmp_path, "bad.txt", b"abc \x81\x8d\x8f\x90\x9d def " * 5), EncodingError)
    assert error.hint and "UTF-8" in error.hint


def test_random_high_bytes_are_not_taken_for_cp1252(tmp_path: Path) -> None:
    failure(one(tmp_path, "noise.txt", bytes(range(0xA0, 0x100)) * 4), EncodingError)


def test_cp1252_text_loads_with_a_warning(tmp_path: Path) -> None:
    item = one(tmp_path, "legacy.txt", "Der Außenminister sagte: „Wir verhandeln nicht.“ — Café".encode("cp1252"))
    assert isinstance(item, RawArticle)
    assert item.text == "Der Außenminister sagte: „Wir verhandeln nicht.“ — Café"
    assert item.warnings and item.warnings[0].startswith("[W101]")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    text = "Außenminister „zitiert“ 東京"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # write the BOM explicitly
        data = ("\ufeff" + text).encode(encoding)
    item = one(tmp_path, "bom.txt", data)
    assert isinstance(item, RawArticle) and item.text == text


@pytest.mark.parametrize(("name", "data"), [
    ("empty.txt", b""), ("spaces.txt", b"  \n\t\r\n   \n"), ("bom-only.txt", b"\xef\xbb\xbf \n"),
    ("empty.html", b"<html><body>  </body></html>"), ("empty.json", b"[]"),
])
def test_empty_inputs(tmp_path: Path, name: str, data: bytes) -> None:
    failure(one(tmp_path, name, data), EmptyInputError)


def test_fifty_megabytes_is_refused_quickly_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        chunk = b"The minister said talks would continue. " * 25_000  # 1 MB
        for _ in range(50):
            f.write(chunk)
    tracemalloc.start()
    try:
        [item] = load([str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = failure(item, TooLargeError)
    assert "--max-bytes" in str(error)
    assert peak < 2_000_000  # the file was never read into memory


def test_limit_can_be_raised(tmp_path: Path) -> None:
    item = one(tmp_path, "mid.txt", b"word " * 1000, max_bytes=10_000)
    assert isinstance(item, RawArticle)
    failure(one(tmp_path, "mid2.txt", b"word " * 1000, max_bytes=4_000), TooLargeError)


@pytest.mark.parametrize("mark", ['"', "“", "”", "«", "'"])
def test_ten_thousand_quotation_marks_load_unchanged(tmp_path: Path, mark: str) -> None:
    text = "He said " + mark * 10_000 + " and left."
    item = one(tmp_path, "quotes.txt", text.encode())
    assert isinstance(item, RawArticle) and item.text == text


@pytest.mark.parametrize(("html", "words"), [
    (b"<html><body><div><p>Unclosed paragraph about the summit in <b>Brussels<i> and more", "summit in Brussels"),
    (b"<<<>>><p>Text between broken </b></i></div> tags about sanctions.</p></html></html>", "about sanctions"),
    (b"<html>" + b"<div>" * 5000 + b"Deeply nested words." + b"</div>" * 10, "Deeply nested words."),
])
def test_broken_html_is_best_effort_text(tmp_path: Path, html: bytes, words: str) -> None:
    item = one(tmp_path, "broken.html", html)
    assert isinstance(item, RawArticle), item
    assert words in item.text and not re.search(r"</?[a-z]+>", item.text)


def test_html_without_body_text_is_empty(tmp_path: Path) -> None:
    html = b"<html><head><title>Only a title</title><script>render()</script></head><body></body></html>"
    failure(one(tmp_path, "js.html", html), EmptyInputError)


def test_malformed_feed_keeps_recovered_entries_and_reports(tmp_path: Path) -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
            b"<item><title>Recovered</title><link>https://x.org/1</link><description>Whole entry.</description>"
            b"</item><item><title>Cut off</title><description>Broken <b>stu")
    items = load([str(_write(tmp_path / "feed.xml", feed))])
    assert isinstance(items[0], RawArticle) and items[0].title == "Recovered"
    failure(items[-1], ParseError)


def test_garbage_feed_is_a_failure(tmp_path: Path) -> None:
    items = load([str(_write(tmp_path / "feed.rss", b"<rss><channel><item><title>x</titl"))])
    failure(items[-1], ParseError)
    assert all(isinstance(i, RawArticle) for i in items[:-1])
    garbage = load([str(_write(tmp_path / "g.rss", b"\x01garbage that is no XML at all"))])
    assert len(garbage) == 1
    failure(garbage[0], ParseError)


def test_jsonl_bad_line_in_the_middle(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "one", "text": "First."}), '{"id": "two", "text": "unterminated',
             json.dumps({"id": "three", "text": "Third."})]
    path = _write(tmp_path / "c.jsonl", "\n".join(lines).encode())
    items = load([str(path)])
    assert [i.ref for i in items] == ["one", f"{path}:2", "three"]
    failure(items[1], ParseError)


@pytest.mark.parametrize("value", ["2025-13-45", "tomorrow", "04/12/2025", "2025-02-29"])
def test_wrong_published_date_is_a_config_error(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path / "a.txt", b"Some text.")
    with pytest.raises(ConfigError):
        iter_inputs([str(path)], published=value)  # raised at the call, before any input is read


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


SUFFIXES = ["", ".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".md"]
HOSTILE_BYTES = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=512).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet='<>/"“”{}[]:,\\ \n\tabc&;!?-', max_size=512).map(str.encode),
    st.lists(st.sampled_from([b"<rss>", b"<item>", b"<title>", b"</item>", b"<feed>", b"<html>", b"<p>",
                              b'{"id": 1, "text": "x"}\n', b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\x81",
                              b"&amp;", b"&#0;", b"<![CDATA[", b"]]>", b"\n"]), max_size=40).map(b"".join),
)


@settings(max_examples=150, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=HOSTILE_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_random_input_never_raises(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in iter_inputs([str(path)], max_bytes=100_000):
        assert isinstance(item, RawArticle | LoadFailure)
        if isinstance(item, LoadFailure):
            assert isinstance(item.error, InputError)
        else:
            assert item.text.strip()


@settings(max_examples=60, deadline=timedelta(seconds=5))
@given(data=HOSTILE_BYTES)
def test_random_stdin_never_raises(data: bytes) -> None:
    import io

    for item in iter_inputs(["-"], stdin=io.BytesIO(data), max_bytes=100_000):
        assert isinstance(item, RawArticle | LoadFailure)
