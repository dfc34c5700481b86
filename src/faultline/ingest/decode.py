"""Bytes to text: binary sniffing and the encoding decisions, in one place.

Decision order (each step refuses rather than guesses):

1. A byte-order mark decides (UTF-32, UTF-8, UTF-16). UTF-16 without a BOM is not detected: its NUL
   bytes make it look binary, and the error says so.
2. Magic numbers (PDF, images, archives, office files, executables) or NUL bytes: ``BinaryInputError``.
3. Strict UTF-8.
4. Mixed encodings: mostly valid UTF-8 (real multi-byte characters present) with fewer than 1% bad
   bytes. Lines are decoded one by one: UTF-8 where valid, else cp1252 where that decodes cleanly,
   else UTF-8 with U+FFFD. The article loads with a ``[W102]`` warning saying how many lines were
   repaired; at 1% or more it is an ``EncodingError``.
5. cp1252 (a superset of Latin-1's printable range, the usual legacy Western encoding), only when the
   bytes decode without undefined code points and look like text (few control characters, mostly
   ASCII). The article loads with a ``[W101]`` warning.
6. Otherwise ``EncodingError``.
"""

from __future__ import annotations

import codecs
import re

from faultline.errors import BinaryInputError, EncodingError

# Leading bytes of common non-text formats (technical constants, not linguistic knowledge).
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh9", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS/MSG)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "WOFF font"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

MIXED_MAX_BAD_RATIO = 0.01
_SURROGATE_ESCAPES = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_HIGH_BYTES = re.compile(b"[\x80-\xff]")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_binary(head: bytes, name: str) -> None:
    """Raise ``BinaryInputError`` when the first bytes are a known binary format or hold NUL bytes."""
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return
    for magic, kind in MAGIC_NUMBERS:
        if head.startswith(magic):
            raise BinaryInputError(f"binary file ({kind})", input_name=name,
                                   hint="convert it to text, HTML or JSONL first")
    if b"\x00" in head:
        raise BinaryInputError("binary file (NUL bytes)", input_name=name,
                               hint="faultline reads text; UTF-16 needs a byte-order mark")


def looks_like_text(text: str) -> bool:
    """Few control characters (< 0.5%): the test a legacy-encoded decode must pass."""
    if not text:
        return True
    return len(_CONTROL.findall(text)) <= len(text) * 0.005


def _looks_like_cp1252(data: bytes, text: str) -> bool:
    # Western text in cp1252 is mostly ASCII; random high bytes decode "cleanly" but are not text.
    return looks_like_text(text) and len(_HIGH_BYTES.findall(data)) <= len(data) * 0.3


def decode_bytes(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` to text following the module's decision order; return (text, warnings)."""
    check_binary(data[:8192], name)
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding), ()
        except UnicodeDecodeError as e:
            raise EncodingError(f"invalid {encoding} despite its byte-order mark ({e.reason} at byte "
                                f"{e.start})", input_name=name, hint="re-save the file as UTF-8") from e
    if b"\x00" in data:  # NUL bytes past the sniffed head
        raise BinaryInputError("binary file (NUL bytes)", input_name=name,
                               hint="faultline reads text; UTF-16 needs a byte-order mark")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_SURROGATE_ESCAPES.findall(escaped))
    if _VALID_NON_ASCII.search(escaped):
        if bad < len(data) * MIXED_MAX_BAD_RATIO:
            return _decode_mixed(data)
        raise EncodingError(f"mixed or broken encoding ({bad} of {len(data)} bytes are not UTF-8)",
                            input_name=name, hint="convert the file to UTF-8, e.g. with iconv")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise EncodingError("not UTF-8, and not cp1252 either", input_name=name,
                            hint="convert the file to UTF-8, e.g. with iconv") from e
    if not _looks_like_cp1252(data, text):
        raise EncodingError("not UTF-8, and does not look like legacy-encoded text", input_name=name,
                            hint="convert the file to UTF-8, e.g. with iconv")
    return text, ("[W101] not UTF-8: decoded as cp1252",)


def _decode_mixed(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Line-wise decode of mostly-UTF-8 bytes (see step 4 of the module docstring)."""
    parts: list[str] = []
    legacy = replaced = 0
    for line in data.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            text = line.decode("cp1252")
            if looks_like_text(text):
                parts.append(text)
                legacy += 1
                continue
        except UnicodeDecodeError:
            pass
        parts.append(line.decode("utf-8", "replace"))
        replaced += 1
    return "".join(parts), (
        f"[W102] mixed encodings: {legacy} line(s) decoded as cp1252, {replaced} line(s) with "
        "undecodable bytes replaced by U+FFFD",
    )
