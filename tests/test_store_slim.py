"""A smaller store (migration slim): the same spans, evidence, outline and search read back.

Paragraph and sentence spans are stored as gaps and lengths (store/spancodec.py) and
neighbouring evidence items decided by the same words share one array
(core/evidence.py). Nothing read from the store may change: a document's outline,
its facts with their evidence, search results and the store's breakdown by part.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, text

from planwatch.core.data import Evidence
from planwatch.core.evidence import from_json, to_json_slim
from planwatch.search import SearchQuery, search
from planwatch.store import spancodec
from planwatch.store.repo import Store
from planwatch.store.space import space_report
from storetexts import ingest_texts, migrate

# A county's work report, composed for this test: headings, paragraphs, targets and results.
REPORT = (
    "青石县2024年政府工作报告\n"
    "一、2023年工作回顾\n"
    "过去一年，全县地区生产总值达到215.6亿元，增长6.2%。\n"
    "一般公共预算收入完成12.4亿元，增长8.1%。\n\n"
    "二、2024年主要目标\n"
    "全县地区生产总值增长6%左右；城镇新增就业3200人以上。\n"
    "粮食播种面积稳定在45万亩。\n"
)


def _ingest(store: Store, tmp_path) -> None:
    ingest_texts(store, tmp_path, {"青石县2024年政府工作报告.txt": REPORT})


def _snapshot(store: Store) -> tuple:
    """What a reader sees: outline, facts with evidence, search hits."""
    (doc,) = store.documents()
    loaded = store.load(doc.id)
    facts = tuple((sf.id, sf.fact) for sf in store.facts())
    pg = store.engine.dialect.name == "postgresql"
    if (
        pg
        and "tokens"
        not in {c["name"] for c in inspect(store.engine).get_columns("search_sentences")}
    ) or (not pg and "search_blocks" not in inspect(store.engine).get_table_names()):
        # Before migration pack (PostgreSQL) or blocks (SQLite): this code's query names
        # the newer column or table (a store is upgraded when opened, so no reader meets
        # the older one).
        return loaded.outline, facts
    hits = search(store, SearchQuery("地区生产总值"))
    found = tuple((h.doc.id, h.span, h.segments) for h in hits.sentences)
    return loaded.outline, facts, hits.total, found


def _index_names(store: Store) -> set[str]:
    return {p.name for p in space_report(store.engine).parts if p.kind == "index"}


def test_spans_round_trip_as_gaps_and_lengths():
    spans = [(0, 7), (9, 11), (11, 40), (38, 45), (45, 45)]  # a gap, touching, overlap, empty
    raw = spancodec.encode(spans)
    assert json.loads(raw) == [0, 7, 2, 2, 0, 29, -2, 7, 0, 0]
    assert spancodec.decode(raw) == spans
    assert spancodec.decode(json.loads(raw)) == spans  # a driver that decodes JSON
    assert spancodec.decode([[s, e] for s, e in spans]) == spans  # stores before the migration
    assert spancodec.decode(spancodec.encode([])) == [] == spancodec.decode(None)
    nested = json.dumps([[s + 12000, e + 12000] for s, e in spans], separators=(",", ":"))
    assert len(spancodec.encode([(s + 12000, e + 12000) for s, e in spans])) < len(nested) / 2


def test_evidence_items_decided_by_the_same_words_share_one_array():
    same = (
        Evidence("kind", "time_word", "2023年", 10, 15),
        Evidence("year", "time_word", "2023年", 10, 15),
    )
    raw = to_json_slim(same)  # migration slim's form (to_json packs it further since pack)
    assert json.loads(raw) == [["kind,year", "time_word", "2023年", 10, 15]]
    assert from_json(raw) == same
    # Only neighbours are shared, so the items read back in their order.
    mixed = (
        same[0],
        Evidence("year", "reference_date", "2024"),
        Evidence("period", "time_word", "2023年", 10, 15),
    )
    assert from_json(to_json_slim(mixed)) == mixed
    assert len(json.loads(to_json_slim(mixed))) == 3
    # The form written before the migration still reads.
    old = json.dumps([[e.field, e.basis, e.text, e.start, e.end] for e in same], ensure_ascii=False)
    assert from_json(old) == same


def test_the_migration_rewrites_a_store_and_nothing_read_changes(db_url, tmp_path):
    with Store(db_url) as store:
        _ingest(store, tmp_path)
        before = _snapshot(store)
        assert any(len(f.evidence) > 1 for _, f in before[1])
        migrate(store, "evalwhole")  # back to the forms before the migration
        with store.engine.connect() as conn:
            sentences = conn.execute(text("SELECT sentences FROM structures")).scalar_one()
            evidence = (
                conn.execute(text("SELECT evidence FROM facts WHERE evidence IS NOT NULL"))
                .scalars()
                .all()
            )
        sentences = json.loads(sentences) if isinstance(sentences, str) else sentences
        assert isinstance(sentences[0], list)  # [[start, end], ...]
        assert all("," not in item[0] for raw in evidence for item in json.loads(raw))
        assert _snapshot(store) == before[: len(_snapshot(store))]  # the older forms read the same
        assert "ix_search_sentences_doc_brin" not in _index_names(store)
    with Store(db_url) as store:  # opening upgrades again
        with store.engine.connect() as conn:
            sentences = conn.execute(text("SELECT sentences FROM structures")).scalar_one()
            evidence = (
                conn.execute(text("SELECT evidence FROM facts WHERE evidence IS NOT NULL"))
                .scalars()
                .all()
            )
        sentences = json.loads(sentences) if isinstance(sentences, str) else sentences
        assert all(isinstance(n, int) for n in sentences)
        # Items shared (written flat, five values an item, since migration pack).
        assert any(len(from_json(raw)) * 5 > len(json.loads(raw)) for raw in evidence)
        assert _snapshot(store) == before
        if store.engine.dialect.name == "postgresql":  # the B-tree became a BRIN index
            names = _index_names(store)
            assert "ix_search_sentences_doc_brin" in names
            assert "ix_search_sentences_doc" not in names


def test_a_new_document_is_stored_in_the_smaller_forms(db_url, tmp_path):
    with Store(db_url) as store:
        _ingest(store, tmp_path)
        (doc,) = store.documents()
        outline = store.load(doc.id).outline
        with store.engine.connect() as conn:
            row = conn.execute(text("SELECT paragraphs, sentences FROM structures")).one()
        for stored, spans in zip(row, (outline.paragraphs, outline.sentences), strict=True):
            assert spancodec.decode(stored) == [(s.start, s.end) for s in spans]
            stored = stored if isinstance(stored, str) else json.dumps(stored)
            assert "[[" not in stored
        assert len(outline.sentences) >= 6


def test_the_breakdown_names_every_part_and_adds_up_to_the_store(db_url, tmp_path):
    with Store(db_url) as store:
        _ingest(store, tmp_path)
        report = space_report(store.engine)
        names = {p.name for p in report.parts}
        assert {"texts", "facts", "documents", "structures"} <= names
        assert "search_fts_data" in names or "ix_search_sentences_tsv" in names
        assert report.text_bytes == len(REPORT.encode("utf-8")) and report.documents == 1
        assert [p.bytes for p in report.parts] == sorted(
            (p.bytes for p in report.parts), reverse=True
        )
        kinds = {p.name: p.kind for p in report.parts}
        assert kinds["facts"] == "table" and kinds["ix_facts_series"] == "index"
        if store.engine.dialect.name == "sqlite":
            assert report.total == store.size_bytes()
        else:  # relations measured one by one: the same within a few pages
            assert report.total == pytest.approx(store.size_bytes(), rel=0.05)
        assert report.over_text() == report.total / report.text_bytes


def test_a_document_derived_again_keeps_the_smaller_forms(db_url, tmp_path):
    from planwatch.core.data import UserMeta
    from planwatch.reresolve import rederive

    with Store(db_url) as store:
        _ingest(store, tmp_path)
        (doc,) = store.documents()
        before = store.load(doc.id).outline
        rederive(store, doc.id, UserMeta(year=2024))
        after = store.load(doc.id).outline
        with store.engine.connect() as conn:
            stored = conn.execute(text("SELECT sentences FROM structures")).scalar_one()
        expected = spancodec.encode((s.start, s.end) for s in after.sentences)
        # SQLite returns the JSON as written (compact); psycopg returns it decoded.
        assert stored == (expected if isinstance(stored, str) else json.loads(expected))
        assert after.sentences == before.sentences and after.paragraphs == before.paragraphs
        assert search(store, SearchQuery("粮食播种面积")).total == 1
