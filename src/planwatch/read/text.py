"""Plain-text files (.txt, .text, .md): the stored text is the decoded file.

No newline translation and no other change: for a UTF-8 file the stored text is
``data.decode("utf-8")`` so offsets index the file (a BOM, when present, is
dropped — see :mod:`planwatch.read.decode`).
"""

from __future__ import annotations

from planwatch.core.data import ReadResult
from planwatch.core.errors import EmptyFileError
from planwatch.read.decode import decode_bytes


def read_text(data: bytes, name: str) -> ReadResult:
    """Decode a plain-text file. Raises BinaryFileError, DecodeError, EmptyFileError."""
    decoded = decode_bytes(data, name)
    if not decoded.text.strip():
        raise EmptyFileError(name, "the file holds only whitespace, no text; check the download")
    return ReadResult(text=decoded.text, format="txt", encoding=decoded.encoding)
