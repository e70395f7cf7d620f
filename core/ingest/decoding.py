"""Bytes to text: the encoding of a text file (BOMs, UTF-8, UTF-16, Windows-1252), binary files
refused, control characters and the warnings a reader sees."""

from __future__ import annotations

import codecs
import re

from core.errors import Errors

# Magic numbers of files that are never text, whatever their name says.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP or .docx"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "Linux program (ELF)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003 (.doc/.xls)"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"OggS", "Ogg audio/video"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "WAV/AVI/WebP"),
    (b"SQLite format 3\x00", "SQLite database"),
)


BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


# C0 controls that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}


# bytes.translate's delete table: every byte that is not one of those controls
_CONTROL_DELETE = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


_SAMPLE = 65536


_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})  # read as Latin-1 instead


class RejectError(Exception):
    """An import failure whose message comes from the catalogue; ``load`` adds the path."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes strictly, never with replacement characters: ``(text, encoding)``.

    Order: a byte-order mark; UTF-16 without one (NUL in every other byte); strict UTF-8;
    Windows-1252 (reported as ISO 8859-1, Latin-1, when no byte in 0x80-0x9F tells them apart)
    when the text reads as a Western language; else charset-normalizer's best guess. Encoding
    names are Python's canonical codec names ("utf-8", "cp1252", "iso8859-1", "utf-16").
    Binary data is rejected (E004) and undecodable data too (E012).
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            name = codec.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
            return _strict(data[len(bom) :], codec.removesuffix("-sig")), name
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16), utf16
    reject_binary(data)
    try:
        return check_controls(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return check_controls(mixed), "utf-8+cp1252"
    western = _western(data)
    if western is not None:
        return western
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[: 4 * _SAMPLE]).best()
    if best is not None:
        try:
            codec = codecs.lookup(best.encoding).name
            return check_controls(data.decode(codec)), codec
        except (UnicodeDecodeError, LookupError):
            pass
    raise RejectError(Errors.E012)


def _strict(data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise RejectError(Errors.E012) from None
    return check_controls(text)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text puts NUL in every other byte."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.01 * len(other):
            return codec
    return None


def reject_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise RejectError(Errors.E004.format(kind=kind))
    if b"\x00" in data[:_SAMPLE]:
        raise RejectError(Errors.E004.format(kind="binary"))
    # Every window, not only the first: text for 64 KB, then binary, is binary.
    for start in _windows(len(data)):
        window = data[start : start + _SAMPLE]
        controls = len(window.translate(None, _CONTROL_DELETE))
        if controls > 0.02 * len(window) + 1:
            raise RejectError(Errors.E004.format(kind="binary"))


def _windows(size: int) -> range | list[int]:
    """Starts of the _SAMPLE-long windows covering ``size`` items; the last one ends at the
    end (a short tail would let two stray controls pass for binary)."""
    if size <= _SAMPLE:
        return [0]
    return [*range(0, size - _SAMPLE, _SAMPLE), size - _SAMPLE]


def check_controls(text: str) -> str:
    """Decoded text made largely of control characters is binary data that happened to decode."""
    for start in _windows(len(text)):
        window = text[start : start + _SAMPLE]
        if len(_CONTROL_CHARS.findall(window)) > 0.02 * len(window) + 1:
            raise RejectError(Errors.E004.format(kind="binary"))
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (a file edited in two programs).

    Windows-1252 text almost never holds valid multi-byte UTF-8 sequences, so when there are
    more of those than stray bytes the stray bytes alone are read as Windows-1252.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - stray
    if not stray or multibyte <= stray:
        return None
    return "".join(_stray_byte(ch) if "\udc80" <= ch <= "\udcff" else ch for ch in text)


def _stray_byte(escaped: str) -> str:
    byte = ord(escaped) - 0xDC00
    codec = "latin-1" if byte in _CP1252_UNDEFINED else "cp1252"
    return bytes([byte]).decode(codec)


def _western(data: bytes) -> tuple[str, str] | None:
    """Windows-1252/Latin-1 when the result reads as a Western language.

    charset-normalizer guesses Central European code pages for short English texts with curly
    quotes, so the common case is settled first: in a Western text most letters are ASCII, while
    Cyrillic or Greek bytes read as Windows-1252 give runs of accented letters.
    """
    try:
        text = data.decode("cp1252")
        name = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        name = "iso8859-1"
    if not any(0x80 <= byte <= 0x9F for byte in data):
        name = "iso8859-1"
    letters = [ch for ch in text[:_SAMPLE] if ch.isalpha()]
    if not letters:
        return None
    accented = sum(1 for ch in letters if not ch.isascii())
    if accented > 0.15 * len(letters):
        return None
    if name == "iso8859-1" and any(0x80 <= byte <= 0x9F for byte in data):
        return None  # C1 controls: neither encoding is right
    return check_controls(text), name


def normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def encoding_warnings(encoding: str) -> tuple[str, ...]:
    if encoding == "utf-8":
        return ()
    if encoding == "utf-8+cp1252":
        return ("text is mostly UTF-8, with some bytes that are not: read those as cp1252",)
    return (f"text is not UTF-8: decoded as {encoding}",)
