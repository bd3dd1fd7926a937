"""Bytes to text: binary sniffing and encoding detection for text and HTML files.

Order of trust (detect from the bytes, never from the file name):

1. a byte-order mark (UTF-32, UTF-16, UTF-8) — the BOM is dropped, so the
   stored text is the decoded text *without* the BOM;
2. strict UTF-8 — the stored text is exactly ``data.decode("utf-8")``, with no
   newline translation, so offsets index the file;
3. an encoding the caller declares (an HTML ``<meta charset>``), if it decodes
   strictly;
4. strict GB18030 (a superset of GBK and GB2312), accepted only if the result
   reads like Chinese (see :func:`_plausible_chinese`), because GB18030 decodes
   many random byte sequences;
5. UTF-8 with a few bad bytes (at most 8, and 1% of the file), which become
   U+FFFD (logged as a warning): one cut character should not lose a document;
6. charset-normalizer as a last resort, accepted only with a low "mess" ratio.

Binary detection (magic numbers of common formats, NUL bytes, control-byte
ratio) runs before any decoding, after the BOM check (UTF-16 text holds NULs).
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

from planwatch.core.errors import BinaryFileError, DecodeError

log = logging.getLogger(__name__)

# Byte-order marks, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of files people rename to .txt by mistake, with a human name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx/.xlsx file?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\x7fELF", "an executable"),
)

# Control bytes that plain text may hold: tab, LF, VT, FF, CR, ESC; and SUB (DOS EOF).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b\x1a")
_SNIFF_BYTES = 64 * 1024
# More than this share of other control bytes in the sniffed prefix means binary.
_MAX_CONTROL_RATIO = 0.01
# A UTF-8 file with at most this many bad sequences (and this share of its bytes) is read
# with U+FFFD in their place.
_MAX_BAD_UTF8 = 8
_MAX_BAD_UTF8_RATIO = 0.01
# charset-normalizer results messier than this are refused.
_MAX_MESS = 0.2


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a file's bytes and the encoding that decoded it."""

    text: str
    encoding: str  # Python codec name; "utf-8-sig"/"utf-16-le"... when a BOM was dropped
    had_bom: bool = False


def sniff_binary_kind(data: bytes) -> str | None:
    """The kind of a well-known binary format ``data`` starts with, or None."""
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """``(codec, bom_length)`` if ``data`` starts with a byte-order mark."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


# The control bytes that mark binary data (those below 0x20 that text does not use).
_COUNTED_CONTROLS = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS)


def check_not_binary(data: bytes, name: str) -> None:
    """Raise BinaryFileError if ``data`` is not text (magic number, NULs, controls).

    Data starting with a UTF-16/32 BOM is text even though it holds NUL bytes.
    """
    kind = sniff_binary_kind(data)
    if kind:
        raise BinaryFileError(
            name, f"the file is {kind}, not text; give it its proper extension or convert it"
        )
    if bom_encoding(data):
        return
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryFileError(
            name,
            "the file holds NUL bytes, so it is binary, not text; "
            "check that it is the document you meant (UTF-16 text needs a byte-order mark)",
        )
    # (Deleting the counted bytes in C and measuring what went: no loop over every byte.)
    controls = len(head) - len(head.translate(None, _COUNTED_CONTROLS))
    if head and controls / len(head) > _MAX_CONTROL_RATIO:
        raise BinaryFileError(
            name,
            f"{controls} control bytes in the first {len(head)} bytes: "
            "the file is binary, not text; check that it is the document you meant",
        )


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` (a text or HTML file) to ``str``; see the module doc for the order.

    ``declared`` is an encoding the content itself names (HTML meta charset);
    it is tried after BOMs and strict UTF-8. Raises BinaryFileError or DecodeError.
    """
    check_not_binary(data, name)
    bom = bom_encoding(data)
    if bom:
        enc, n = bom
        try:
            text = data[n:].decode(enc)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                name,
                f"starts with a {enc} byte-order mark but is not valid {enc} "
                f"(bad bytes at {exc.start}); re-save the file as UTF-8",
            ) from None
        return Decoded(text, "utf-8-sig" if enc == "utf-8" else enc, had_bom=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        decoded = _try_declared(data, declared)
        if decoded is not None:
            return decoded
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_chinese(text):
        return Decoded(text, "gb18030")
    decoded = _try_nearly_utf8(data, name)
    if decoded is not None:
        return decoded
    decoded = _try_charset_normalizer(data)
    if decoded is not None:
        return decoded
    raise DecodeError(
        name,
        "no supported encoding decodes it (tried UTF-8, UTF-16/32 with BOM, "
        "GB18030/GBK and detection); re-save the file as UTF-8",
    )


def normalise_codec(label: str) -> str | None:
    """Python codec name for an encoding label (``GBK``, ``gb2312``, ``utf8``), or None."""
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return None
    # GB2312 and GBK pages routinely hold GBK/GB18030-only characters: read them as GB18030.
    if name in ("gb2312", "gbk", "cp936", "hz"):
        return "gb18030"
    return name


def _try_declared(data: bytes, declared: str) -> Decoded | None:
    codec = normalise_codec(declared)
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None  # a BOM-less UTF-16 page cannot be told from its meta tag alone
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        log.debug("declared encoding %s does not decode the bytes", codec)
        return None


def _plausible_chinese(text: str) -> bool:
    """True if GB18030-decoded ``text`` reads like real Chinese, not decoded noise.

    Real Chinese text is almost all GB2312 characters (the 6,763 common hanzi);
    random high bytes decode to rare hanzi and private-use characters.
    """
    non_ascii = [c for c in text if ord(c) >= 0x80]
    if not non_ascii:
        return True
    common = 0
    for c in non_ascii:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(non_ascii) >= 0.8


def _try_nearly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a handful of bad bytes (a character cut at the end of a scrape, one
    mis-encoded symbol): decode with U+FFFD for them rather than refuse the document."""
    bad = 0
    start = 0
    while True:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad += 1
            if bad > _MAX_BAD_UTF8 or bad > len(data) * _MAX_BAD_UTF8_RATIO:
                return None
            start += exc.end
    log.warning("%s: %d invalid UTF-8 byte sequence(s) replaced by U+FFFD", name, bad)
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8")


def _try_charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:
        log.debug("charset-normalizer failed", exc_info=True)
        return None
    if best is None or best.chaos > _MAX_MESS:
        return None
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
