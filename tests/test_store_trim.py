"""Migration trim: headings keyed by (doc_id, ordinal), SQLite's facts index without a
second id, JSON columns compact with their characters as they are.

The reports are composed for this test in the style of county work reports (a review
and a plan section, numbered headings, figures with time words). Every read — outline,
document evidence, facts and their order, a stored evaluation's cells — must be the
same before and after the migration, both ways, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json

from sqlalchemy import inspect, text

from planwatch.core.fastjson import compact
from planwatch.store.repo import Store
from storetexts import ingest_texts, migrate

REPORTS = {
    "宁陵县政府工作报告.txt": (
        "宁陵县2024年政府工作报告\n"
        "一、2023年工作回顾\n"
        "全年地区生产总值增长5.6%，一般公共预算收入8.2亿元。\n"
        "二、2024年主要目标\n"
        "地区生产总值增长6%左右，城镇新增就业4500人以上。\n"
    ),
    "柘城县政府工作报告.txt": (
        "柘城县2023年政府工作报告\n"
        "一、过去一年的工作\n"
        "全县规模以上工业增加值增长7.1%，粮食总产量达到62.3万吨。\n"
        "二、今年的目标任务\n"
        "居民人均可支配收入增长7%，单位生产总值能耗下降3%。\n"
    ),
}


def _reads(st: Store) -> dict:
    out = {}
    for d in st.documents():
        doc = st.load(d.id)
        out[d.name] = (
            [(h.level, h.marker, h.title, h.span, h.section) for h in doc.outline.headings],
            doc.meta.evidence,
        )
    out["facts"] = [(sf.id, sf.doc_id, sf.fact) for sf in st.facts()]
    return out


def _raw_evidence(st: Store) -> list[str]:
    with st.engine.connect() as conn:
        sql = "SELECT CAST(evidence AS text) FROM documents ORDER BY id"
        return [r for (r,) in conn.execute(text(sql)) if r is not None]


def _escape(st: Store) -> None:
    """Every document's evidence written as SQLAlchemy's default serializer wrote it
    before the migration: characters escaped, spaces after commas and colons."""
    pg = st.engine.dialect.name == "postgresql"
    value = "CAST(:v AS json)" if pg else ":v"
    with st.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, CAST(evidence AS text) FROM documents")).all()
        for doc_id, raw in rows:
            conn.execute(
                text(f"UPDATE documents SET evidence = {value} WHERE id = :i"),
                {"v": json.dumps(json.loads(raw)), "i": doc_id},
            )


def test_compact_json_keeps_the_characters_and_drops_the_spaces():
    value = {"indicator": "地区生产总值", "values": [1.5, None, True]}
    assert compact(value) == '{"indicator":"地区生产总值","values":[1.5,null,true]}'
    assert json.loads(compact(value)) == value
    assert len(compact(value).encode()) < len(json.dumps(value).encode())


def test_a_new_store_writes_its_json_compact_and_keys_headings_by_place(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, REPORTS)
        raw = _raw_evidence(st)
        assert raw and all("\\u" not in r and ", " not in r for r in raw)
        assert any("宁陵县" in r for r in raw)  # the area's name as written
        key = inspect(st.engine).get_pk_constraint("headings")["constrained_columns"]
        assert key == ["doc_id", "ordinal"]
        columns = {c["name"] for c in inspect(st.engine).get_columns("headings")}
        assert "id" not in columns


def test_sqlite_s_facts_index_leaves_out_the_id_it_ends_with(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'trim.db'}") as st:
        found = {i["name"]: i["column_names"] for i in inspect(st.engine).get_indexes("facts")}
    assert found["ix_facts_doc_span"] == ["doc_id", "start", "end"]


def test_the_migration_both_ways_reads_the_same(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, REPORTS)
        before = _reads(st)
        compact_form = _raw_evidence(st)
        migrate(st, "blocks")
        columns = {c["name"] for c in inspect(st.engine).get_columns("headings")}
        assert "id" in columns
        indexes = {i["name"] for i in inspect(st.engine).get_indexes("headings")}
        assert "ix_headings_doc_ordinal" in indexes
        _escape(st)
        assert all("\\u" in r for r in _raw_evidence(st))
        with st.engine.connect() as conn:
            sql = "SELECT doc_id, ordinal FROM headings ORDER BY id"
            places = conn.execute(text(sql)).all()
        assert places == sorted(places)  # numbered in the outline's order
        migrate(st)
        assert _raw_evidence(st) == compact_form
        assert _reads(st) == before
