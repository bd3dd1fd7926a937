"""The prose extractor run on one composed text, for the tests of its classes of sentences."""

from __future__ import annotations

from planwatch.core.data import DocumentMeta, ExtractContext, Fact, Outline
from planwatch.extract.prose import ProseExtractor


def prose_facts(text: str, meta: DocumentMeta) -> dict[str, Fact]:
    """The prose facts of ``text`` read as a document described by ``meta``, keyed by the
    characters of each value (``text[f.start:f.end]``)."""
    found = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    return {text[f.start : f.end]: f for f in found}
