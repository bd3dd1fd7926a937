"""The table reader run on one composed text, for the tests of its table layouts."""

from __future__ import annotations

from planwatch.core.data import DocumentMeta, ExtractContext, Fact, Outline
from planwatch.extract.tables import recover_tables


def table_ctx(meta: DocumentMeta | None = None) -> ExtractContext:
    """The context of a composed document described by ``meta`` (none: undescribed)."""
    return ExtractContext(doc="t", meta=meta or DocumentMeta(), outline=Outline())


def fact_sig(f: Fact) -> tuple:
    """What a layout test compares of a table's fact."""
    return (f.indicator, f.kind.value, f.measure.value, f.year, f.value, f.unit)


def one_table_facts(text: str, meta: DocumentMeta | None = None) -> set[tuple]:
    """The facts (:func:`fact_sig`) of the one table ``text`` holds, each fact's span
    holding a digit."""
    tables = recover_tables(text, table_ctx(meta))
    assert len(tables) == 1
    for f in tables[0].facts:
        assert any(ch.isdigit() for ch in text[f.start : f.end])
    return {fact_sig(f) for f in tables[0].facts}
