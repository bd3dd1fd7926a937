"""The prose extractor run on one composed text, for the tests of its classes of sentences."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Fact, Outline
from planwatch.extract.prose import ProseExtractor
from planwatch.pipeline import analyse_text

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


def analysed_facts(name: str, text: str) -> dict[str, Fact]:
    """Every fact the whole pipeline finds in ``text`` (a document named ``name``), by the
    characters of its value (a later fact of the same characters replaces an earlier)."""
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}
