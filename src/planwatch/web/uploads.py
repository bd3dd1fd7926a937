"""Receiving an uploaded document: streamed, size-limited and type-checked before saving.

The request body is parsed as it streams in (python-multipart's streaming
parser), counting bytes: a body over the limit is refused as soon as the
count passes it, without holding the rest. The file's suffix, declared
content type and first bytes are checked before anything touches the disk;
only then are the bytes saved under the upload folder with their original
(sanitised) file name and handed to :func:`planwatch.ingest.ingest`, the same
path as ``planwatch ingest``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from python_multipart.multipart import MultipartParser, parse_options_header

from planwatch.core.errors import (
    BinaryFileError,
    TooLargeError,
    UnsupportedFormatError,
    UsageError,
)
from planwatch.describe.user import user_meta
from planwatch.ingest import IngestSummary, ingest
from planwatch.options import Options
from planwatch.read import SUPPORTED_SUFFIXES
from planwatch.store.repo import Store

# Content types a browser may declare for each suffix; octet-stream is what
# browsers send when the OS knows no type, so it is accepted for every suffix.
_TEXT = {"text/plain", "text/markdown", "text/x-markdown"}
_HTML = {"text/html", "application/xhtml+xml"}
ALLOWED_TYPES: dict[str, set[str]] = {
    ".txt": _TEXT,
    ".text": _TEXT,
    ".md": _TEXT,
    ".html": _HTML,
    ".htm": _HTML,
    ".shtml": _HTML,
    ".xhtml": _HTML,
    ".pdf": {"application/pdf", "application/x-pdf"},
    ".docx": {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/zip",
    },
}
_ANY = "application/octet-stream"
_MAGIC = {".pdf": (b"%PDF-",), ".docx": (b"PK\x03\x04",)}
_SLACK = 64 * 1024  # multipart headers and boundaries around the file
# Form fields that say what the document is, as `planwatch ingest` options.
USER_FIELDS = ("area", "type", "year", "published")


@dataclass
class _Part:
    headers: dict[str, bytes] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)


@dataclass(frozen=True, slots=True)
class Upload:
    """One file taken from a form."""

    filename: str
    content_type: str
    data: bytes
    # The form's other fields (area, type, year, published), as sent.
    fields: dict[str, str] = field(default_factory=dict)


def safe_name(raw: str) -> str:
    """The file name a browser sent, without folders or control characters."""
    name = PureWindowsPath(PurePosixPath(raw).name).name  # strip either kind of folder
    name = "".join(
        ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C"
    )
    name = re.sub(r'[<>:"/\\|?*]', "_", name).strip(" .")
    return name[:200]


async def read_upload(
    chunks: AsyncIterator[bytes], content_type: str, limit: int, field_name: str = "file"
) -> Upload:
    """The file of a ``multipart/form-data`` body, refusing more than ``limit`` bytes."""
    ctype, params = parse_options_header(content_type)
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UsageError("send the file as multipart/form-data (the upload form does)")
    parts: list[_Part] = []
    header_field = bytearray()
    header_value = bytearray()
    file_bytes = 0

    def on_part_begin() -> None:
        parts.append(_Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        parts[-1].headers[bytes(header_field).lower().decode("latin-1")] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        nonlocal file_bytes
        file_bytes += end - start
        if file_bytes > limit:
            raise TooLargeError("upload", f"file is over the {_mib(limit)} upload limit")
        parts[-1].data.extend(data[start:end])

    parser = MultipartParser(
        params[b"boundary"],
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
        },
    )
    received = 0
    async for chunk in chunks:
        received += len(chunk)
        if received > limit + _SLACK:
            raise TooLargeError("upload", f"file is over the {_mib(limit)} upload limit")
        parser.write(chunk)
    parser.finalize()
    fields: dict[str, str] = {}
    found: Upload | None = None
    for part in parts:
        _disp, opts = parse_options_header(part.headers.get("content-disposition", b""))
        name = opts.get(b"name", b"").decode("utf-8", "replace")
        raw_name = opts.get(b"filename")
        if raw_name is None and name in USER_FIELDS:
            fields[name] = bytes(part.data[:200]).decode("utf-8", "replace").strip()
        if name != field_name or raw_name is None or found is not None:
            continue
        ptype, _ = parse_options_header(part.headers.get("content-type", _ANY.encode()))
        found = Upload(
            raw_name.decode("utf-8", "replace"), ptype.decode("latin-1") or _ANY, bytes(part.data)
        )
    if found is None:
        raise UsageError("choose a file to upload")
    return dataclasses.replace(found, fields=fields)


def _mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB"


def check_upload(upload: Upload) -> str:
    """The safe file name, once suffix, declared type and first bytes fit; else InputError."""
    name = safe_name(upload.filename)
    if not name:
        raise UsageError("the uploaded file has no usable name")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        known = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise UnsupportedFormatError(
            name, f"unsupported file type {suffix or '(none)'}; planwatch reads {known}"
        )
    declared = upload.content_type.lower()
    if declared != _ANY and declared not in ALLOWED_TYPES.get(suffix, set()):
        raise UnsupportedFormatError(
            name,
            f"the browser says this is {declared}, not a {suffix} file; "
            "check the file or rename it with the right suffix",
        )
    magic = _MAGIC.get(suffix)
    if magic and not upload.data.startswith(magic):
        raise BinaryFileError(name, f"the content is not a {suffix} file")
    return name


def save_and_ingest(upload: Upload, store: Store, folder: Path, limit: int) -> IngestSummary:
    """Check, save under ``folder/<hash>/<name>`` and ingest; a failed file is removed again."""
    name = check_upload(upload)
    f = upload.fields
    user = user_meta(
        area=f.get("area"), doc_type=f.get("type"), year=f.get("year"), published=f.get("published")
    )
    digest = hashlib.sha256(upload.data).hexdigest()[:16]
    target_dir = folder / digest
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / name
    if not path.exists():
        path.write_bytes(upload.data)
    options = Options(workers=1, show_progress=False, max_file_bytes=limit)
    summary = ingest([str(path)], store, options, user=user or None)
    # Messages name the file as the user knows it, not the server's upload folder.
    items = tuple(
        dataclasses.replace(
            i, path=name, error=i.error.replace(str(path), name) if i.error else None
        )
        for i in summary.items
    )
    summary = dataclasses.replace(summary, items=items)
    if any(item.status == "failed" for item in summary.items):
        path.unlink(missing_ok=True)
        try:
            target_dir.rmdir()
        except OSError:
            pass
    return summary
