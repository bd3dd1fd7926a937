"""The prose extractor run on one composed text, for the tests of its classes of sentences."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Fact, Outline
from planwatch.extract.prose import ProseExtractor

# A communiqué on 2023, published in March 2024 (the classes' tests of several rounds).
COMMUNIQUE_2023 = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE,
    reference_year=2024,
    year=2023,
    reference_date="2024-03-18",
)


def prose_facts(text: str, meta: DocumentMeta) -> dict[str, Fact]:
    """The prose facts of ``text`` read as a document described by ``meta``, keyed by the
    characters of each value (``text[f.start:f.end]``)."""
    found = ProseExtractor().extract(text, ExtractContext("t.txt", meta, Outline()))
    return {text[f.start : f.end]: f for f in found}
