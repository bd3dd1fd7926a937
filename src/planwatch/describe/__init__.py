"""The ``describe`` stage: a document's area, type, period and dates."""

from planwatch.describe.meta import describe

__all__ = ["describe"]
