"""The ``read`` stage: files (txt/html/pdf/docx) to stored text and table grids.

Public API::

    read_path(path, options=None) -> ReadResult
    read_bytes(data, name, options=None) -> ReadResult
    SUPPORTED_SUFFIXES

The format comes from the file name's suffix, and the content is sniffed so
that a PDF, ZIP or image renamed ``.txt`` is refused (BinaryFileError) rather
than decoded into noise. Every failure is an :class:`~planwatch.core.errors.InputError`
subclass whose one-line message names the file, the problem and what to do;
no library exception (pdfminer, zipfile, lxml, ...) escapes.

The stored text of a UTF-8 text file is the file decoded with no newline
translation (a leading BOM is dropped); HTML/PDF/DOCX text is what the
readers write, see :mod:`planwatch.read.html`, :mod:`~planwatch.read.pdf`,
:mod:`~planwatch.read.docx`.
"""

from __future__ import annotations

import logging
import pathlib

from planwatch.core.data import ReadResult
from planwatch.core.errors import (
    CorruptFileError,
    EmptyFileError,
    InputError,
    PlanwatchError,
    TooLargeError,
    UnsupportedFormatError,
)
from planwatch.options import Options

__all__ = ["SUPPORTED_SUFFIXES", "check_suffix", "load_file", "read_bytes", "read_path"]

log = logging.getLogger(__name__)

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
SUPPORTED_SUFFIXES: frozenset[str] = _TEXT_SUFFIXES | _HTML_SUFFIXES | {".pdf", ".docx"}

# Formats people often have, with what to do about them.
_CONVERT_HINTS = {
    ".doc": "old binary Word format: save it as .docx or PDF",
    ".wps": "WPS format: save it as .docx or PDF",
    ".xls": "spreadsheets are not read: save the sheet as PDF or copy the table into a .txt",
    ".xlsx": "spreadsheets are not read: save the sheet as PDF or copy the table into a .txt",
    ".rtf": "RTF is not read: save it as .docx",
    ".ofd": "OFD is not read: export it as PDF",
}


def read_path(path: pathlib.Path, options: Options | None = None) -> ReadResult:
    """Read the file at ``path``; its size is checked (stat) before any byte is read."""
    options = options or Options()
    check_suffix(str(path))
    return read_bytes(load_file(path, options), str(path), options)


def load_file(path: pathlib.Path, options: Options | None = None) -> bytes:
    """The bytes of the file at ``path``, refused by size (stat) before any is read."""
    options = options or Options()
    path = pathlib.Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file; check the path") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror}); check the path") from None
    if path.is_dir():
        raise InputError(name, "is a directory, not a file; name the files inside it")
    _check_size(name, size, options)
    try:
        with path.open("rb") as fh:
            # Read one byte past the limit in case the file grew since stat().
            data = fh.read(options.max_file_bytes + 1)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror}); check permissions") from None
    return data


def read_bytes(data: bytes, name: str, options: Options | None = None) -> ReadResult:
    """Read a file's bytes; ``name`` gives the file name (messages, format by suffix)."""
    options = options or Options()
    suffix = check_suffix(name)
    _check_size(name, len(data), options)
    try:
        result = _dispatch(data, name, suffix, options)
    except PlanwatchError:
        raise
    except Exception as exc:
        log.debug("reader failed on %s", name, exc_info=True)
        raise CorruptFileError(
            name,
            f"cannot be read ({exc.__class__.__name__}: {str(exc)[:100]}); "
            "the file may be broken: open and re-save it, or convert it to .txt",
        ) from None
    if len(result.text) > options.max_text_chars:
        raise TooLargeError(
            name,
            f"its text has {len(result.text)} characters, over the limit of "
            f"{options.max_text_chars}; split the file or raise Options.max_text_chars",
        )
    return result


def _dispatch(data: bytes, name: str, suffix: str, options: Options) -> ReadResult:
    # Imported per format: pdfplumber and python-docx are slow to import.
    if suffix in _TEXT_SUFFIXES:
        from planwatch.read.text import read_text

        return read_text(data, name)
    if suffix in _HTML_SUFFIXES:
        from planwatch.read.html import read_html

        return read_html(data, name)
    if suffix == ".pdf":
        from planwatch.read.pdf import read_pdf

        return read_pdf(data, name, options.max_pdf_pages)
    from planwatch.read.docx import read_docx

    return read_docx(data, name, options.max_file_bytes)


def check_suffix(name: str) -> str:
    """The file's suffix, lower-cased, if planwatch reads it; else how to convert the file."""
    suffix = pathlib.PurePath(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    hint = _CONVERT_HINTS.get(suffix, "convert it to one of these")
    shown = suffix or "no extension"
    raise UnsupportedFormatError(
        name,
        f"unsupported file type ({shown}); planwatch reads "
        f"{', '.join(sorted(SUPPORTED_SUFFIXES))}: {hint}",
    )


def _human(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB"


def _check_size(name: str, size: int, options: Options) -> None:
    if size == 0:
        raise EmptyFileError(name, "the file is empty (0 bytes); check the download")
    if size > options.max_file_bytes:
        raise TooLargeError(
            name,
            f"the file has {size} bytes, over the limit of {options.max_file_bytes} "
            f"({_human(options.max_file_bytes)}); split it or raise "
            "the limit (planwatch ingest --max-size, Options.max_file_bytes)",
        )
