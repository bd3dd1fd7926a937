"""Migration pack: texts as UTF-16 deflated, evidence coded, SQLite's index in one segment.

The reports are composed for this test. Every read must give what it gave before the
migration (texts, search pages, facts with their evidence), rows in the older forms
must still read, and the downgrade must write the older forms back.
"""

from __future__ import annotations

import json
import zlib

from sqlalchemy import inspect, text

from planwatch.core.data import Evidence
from planwatch.core.evidence import BASIS_CODES, FIELD_CODES, from_json, to_json, to_json_slim
from planwatch.search import SearchQuery, search
from planwatch.store import textcodec
from planwatch.store.repo import Store
from planwatch.store.search_index import match_source, query_term
from storetexts import ingest_texts, migrate

REPORTS = {
    "白水县2022年统计公报.txt": (
        "白水县2022年国民经济和社会发展统计公报\n"
        "全年地区生产总值96.3亿元，比上年增长4.7%。\n"
        "全年粮食总产量18.2万吨，增长0.9%。\n"
        "年末常住人口27.1万人，城镇化率达到44.5%。\n"
    ),
    "白水县2023年政府工作报告.txt": (
        "白水县2023年政府工作报告\n"
        "过去一年，全县地区生产总值增长5.2%，粮食生产保持稳定。\n"
        "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.3万人。\n"
        "预计2025年全县城镇化率达到50%。\n"
    ),
}
QUERIES = ["增长", "地区生产总值", "粮", "城镇化率", "不存在"]


def _ingest(st: Store, tmp_path) -> None:
    ingest_texts(st, tmp_path, REPORTS)


def _reads(st: Store) -> dict:
    out: dict = {}
    for q in QUERIES:
        for sort in ("relevance", "document"):
            res = search(st, SearchQuery(q, sort=sort, limit=3))
            out[q, sort] = (
                res.total,
                [(h.doc.name, h.span, "".join(s.text for s in h.segments)) for h in res.sentences],
            )
    out["texts"] = sorted(st.text(d.id) for d in st.documents())
    out["facts"] = sorted((sf.id, sf.fact) for sf in st.facts())
    return out


def _stored(st: Store, sql: str) -> list:
    with st.engine.connect() as conn:
        return conn.execute(text(sql)).scalars().all()


def _columns(st: Store, table: str) -> set[str]:
    return {c["name"] for c in inspect(st.engine).get_columns(table)}


def test_postgresql_keeps_tokens_as_words_under_an_expression_index(db_url, tmp_path):
    with Store(db_url) as st:
        _ingest(st, tmp_path)
        if st.engine.dialect.name != "postgresql":
            return
        assert _columns(st, "search_sentences") == {"doc_id", "start", "end", "tokens"}
        tokens = _stored(st, "SELECT tokens FROM search_sentences")
        assert tokens and all(len(t.split()) == len(set(t.split())) for t in tokens)  # once
        sql, params = match_source("postgresql", [query_term("生产总值")])
        with st.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: ask for the index
            plan = conn.execute(text("EXPLAIN " + sql), params).scalars().all()
        assert any("ix_search_sentences_tsv" in line for line in plan)  # the query names it
        assert search(st, SearchQuery("生产总值")).total == 3


def test_texts_are_stored_as_utf16_deflated_and_the_older_form_still_reads():
    body = "全年地区生产总值96.3亿元，增长4.7%。" * 20 + "𠀀"  # a character beyond the BMP too
    packed = textcodec.pack(body)
    assert packed[:1] == b"\x02" and zlib.decompress(packed[1:]).decode("utf-16-le") == body
    older = textcodec.pack_utf8(body)
    assert older[:1] == b"\x78" and textcodec.unpack(older) == body == textcodec.unpack(packed)
    assert textcodec.stored_text(None, older) == body


def test_evidence_is_stored_flat_and_coded_and_every_form_reads():
    ev = (
        Evidence("kind", "time_word", "2023年", 10, 15),
        Evidence("year", "time_word", "2023年", 10, 15),
        Evidence("kind", "a_basis_added_later", "预计", 3, 5),
        Evidence("year", "reference_date", "2024"),
    )
    raw = to_json(ev)
    assert json.loads(raw) == [
        FIELD_CODES.index("kind,year"),
        BASIS_CODES.index("time_word"),
        "2023年",
        10,
        5,
        FIELD_CODES.index("kind"),
        "a_basis_added_later",  # not coded: stored as written
        "预计",
        3,
        2,
        FIELD_CODES.index("year"),
        BASIS_CODES.index("reference_date"),
        "2024",
        None,
        None,
    ]
    assert from_json(raw) == ev == from_json(to_json_slim(ev))
    assert len(raw) < len(to_json_slim(ev)) * 0.75
    assert from_json("[1,2]") == () and to_json(()) is None


def test_a_store_keeps_the_new_forms_and_the_migration_both_ways_reads_the_same(db_url, tmp_path):
    with Store(db_url) as st:
        _ingest(st, tmp_path)
        assert all(bytes(b)[:1] == b"\x02" for b in _stored(st, "SELECT ztext FROM texts"))
        evidence = [e for e in _stored(st, "SELECT evidence FROM facts") if e]
        assert evidence and all(not isinstance(json.loads(e)[0], list) for e in evidence)
        before = _reads(st)
        assert any(f.evidence for _, f in before["facts"])  # the facts compared hold evidence
        migrate(st, "tidy")
        assert all(bytes(b)[:1] == b"\x78" for b in _stored(st, "SELECT ztext FROM texts"))
        evidence = [e for e in _stored(st, "SELECT evidence FROM facts") if e]
        assert all(isinstance(json.loads(e)[0], list) for e in evidence)
        if st.engine.dialect.name == "postgresql":  # a stored tsvector again
            assert "tsv" in _columns(st, "search_sentences")
    with Store(db_url) as st:  # opening upgrades again
        assert _reads(st) == before
        assert all(bytes(b)[:1] == b"\x02" for b in _stored(st, "SELECT ztext FROM texts"))
        if st.engine.dialect.name == "sqlite":  # the sentence index in one segment
            segments = _stored(st, "SELECT DISTINCT segid FROM search_fts_idx")
            assert len(segments) == 1
            assert search(st, SearchQuery("城镇化率")).total == 2
