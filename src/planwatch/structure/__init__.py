"""The ``structure`` stage: headings, table of contents, paragraphs and sentences."""

from planwatch.structure.outline import build_outline

__all__ = ["build_outline"]
