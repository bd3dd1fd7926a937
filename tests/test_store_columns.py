"""A table's bytes split by column (store/space.column_report, bench/store_size.py --columns).

What a narrower column would save is read off this split, so it must count each value as
the backend stores it: SQLite's record format sizes integers by magnitude (0 and 1 in no
bytes), writes a REAL without a fraction as an integer, and text as its UTF-8 bytes;
PostgreSQL's ``pg_column_size`` counts a value with its header.
"""

from __future__ import annotations

import sqlalchemy as sa

from planwatch.store.repo import Store
from planwatch.store.space import column_report, space_report
from storetexts import ingest_texts

# A county's statistical communiqué, composed for this test.
COMMUNIQUE = (
    "白沙县2023年国民经济和社会发展统计公报\n"
    "全年地区生产总值108.5亿元，比上年增长5.4%。\n"
    "粮食总产量12.6万吨，增长1.2%。\n"
)


def test_sqlite_columns_are_counted_as_the_record_format_stores_them(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'c.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER, r REAL, s TEXT, b BLOB)")
        conn.exec_driver_sql(
            "INSERT INTO t VALUES (1, 2.0, '地区', x'0102'), (300, 2.5, 'ab', NULL),"
            " (70000, 1e20, NULL, NULL), (0, NULL, '', x'')"
        )
    parts = {p.column: p for p in column_report(engine, ["t"])}
    # 1 and 0: none; 300: 2 bytes; 70000: 3 bytes.
    assert parts["n"].bytes == 0 + 2 + 3 + 0
    # 2.0 is written as the integer 2 (1 byte); 2.5 and 1e20 take 8 each.
    assert parts["r"].bytes == 1 + 8 + 8
    assert parts["s"].bytes == 6 + 2  # '地区' is six UTF-8 bytes
    assert parts["b"].bytes == 2
    assert {p.rows for p in parts.values()} == {4}
    # Largest first.
    assert [p.column for p in column_report(engine, ["t"])] == ["r", "s", "n", "b"]


def test_a_stores_facts_split_by_column_on_both_backends(db_url, tmp_path):
    with Store(db_url) as store:
        ingest_texts(store, tmp_path, {"白沙县2023年统计公报.txt": COMMUNIQUE})
        parts = column_report(store.engine, ["facts", "texts"])
        facts = {p.column: p for p in parts if p.table == "facts"}
        assert set(facts) == {c.name for c in store_columns(store, "facts")}
        with store.engine.connect() as conn:
            n, names = conn.exec_driver_sql(
                "SELECT count(*), sum(length(CAST(indicator AS BLOB))) FROM facts"
                if store.engine.dialect.name == "sqlite"
                else "SELECT count(*), sum(octet_length(indicator)) FROM facts"
            ).one()
        assert n >= 2 and facts["indicator"].rows == n
        if store.engine.dialect.name == "sqlite":
            assert facts["indicator"].bytes == names
        else:  # a short text's one-byte header each
            assert facts["indicator"].bytes == names + n
        # The columns' values never exceed the table that holds them.
        table = {p.name: p.bytes for p in space_report(store.engine).parts}
        assert 0 < sum(p.bytes for p in facts.values()) <= table["facts"]


def store_columns(store: Store, table: str) -> list:
    return list(sa.Table(table, sa.MetaData(), autoload_with=store.engine).columns)
