"""planwatch's exceptions: one base class, one subclass per kind of problem.

Tree (every subclass in the code, wherever it is defined; tests/test_errors.py keeps it true)::

    PlanwatchError                 anything planwatch reports to a user
    ├── InputError                 a file cannot be read as a document
    │   ├── EmptyFileError         the file holds no bytes / no text
    │   ├── BinaryFileError        the bytes are not text (NUL bytes, image, ...)
    │   ├── DecodeError            no supported text encoding decodes it
    │   ├── TooLargeError          over the configured size limit
    │   ├── UnsupportedFormatError a file type planwatch does not read
    │   └── CorruptFileError       a truncated or broken PDF/DOCX/HTML
    │       └── ScannedPdfError    a PDF with no text layer
    ├── StoreError                 the database cannot be opened or written
    ├── NotFoundError              a document, area or fact named by the user is unknown
    ├── UsageError                 arguments or settings that do not fit together
    │   └── CatalogError           a catalog file is malformed (catalog.catalog)
    └── ModelServerError           the LLM extractor's model server fails (extract.llm_client)

Every message names the file or object — a file by the path the user gave, not the bare
name or a resolved path — and says how to fix the problem. The command line prints it as
one line ``Error: …`` (exit status 1); ingest prints one line per failed file and goes on.
"""

from __future__ import annotations


class PlanwatchError(Exception):
    """Base of every error planwatch raises on purpose."""


class InputError(PlanwatchError):
    """A file cannot be read as a document. ``path`` names it."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class EmptyFileError(InputError):
    pass


class BinaryFileError(InputError):
    pass


class DecodeError(InputError):
    pass


class TooLargeError(InputError):
    pass


class UnsupportedFormatError(InputError):
    pass


class CorruptFileError(InputError):
    pass


class ScannedPdfError(CorruptFileError):
    pass


class StoreError(PlanwatchError):
    pass


class NotFoundError(PlanwatchError):
    pass


class UsageError(PlanwatchError):
    pass
