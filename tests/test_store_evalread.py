"""Migration evalread: an area's evaluation sums (its documents, latest year, targeted
indicators) read from ``ix_facts_area_doc`` alone; an area's facts listed in the same
order as before; the downgrade gives the narrower index back, and evaluations read the
same both ways (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import inspect, select
from tests.storetexts import ingest_texts

from planwatch.evaluate import codec, evaluate_area
from planwatch.evaluate.evaluate import kept_indicators
from planwatch.store import factquery
from planwatch.store import models as m
from planwatch.store.evalfacts import _summaries, area_group
from planwatch.store.repo import Store
from storetexts import migrate

# Composed in the style of a district's outline and its next work report.
DOCS = {
    "a_蓬江区规划纲要.txt": (
        "蓬江区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "到2025年，地区生产总值年均增长6.5%，常住人口城镇化率达到95%。\n"
    ),
    "b_蓬江区2022年政府工作报告.txt": (
        "2022年蓬江区人民政府工作报告\n"
        "过去一年，全区地区生产总值增长8.2%，常住人口城镇化率达到93.1%。\n"
    ),
}
WIDE = ["jurisdiction_code", "doc_id", "start", "kind", "indicator_id", "year", "period_start"]


def _index(store: Store) -> list[str]:
    found = {i["name"]: i["column_names"] for i in inspect(store.engine).get_indexes("facts")}
    return found["ix_facts_area_doc"]


def test_the_area_sums_read_the_index_alone(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, DOCS)
        assert _index(st) == WIDE
        code = next(a.code for a in st.areas() if a.name == "蓬江区")
        with st.engine.connect() as conn:
            state = factquery.store_state(conn)
            summary = _summaries(conn, [code], state, kept_indicators())[code]
            assert summary.latest_year == 2021 and len(summary.doc_ids) == 2
            if st.engine.dialect.name == "sqlite":
                f = m.facts
                q = (
                    select(f.c.jurisdiction_code, f.c.doc_id, f.c.kind, f.c.year)
                    .where(f.c.jurisdiction_code == code, f.c.indicator_id.is_not(None))
                    .compile(st.engine, compile_kwargs={"literal_binds": True})
                )
                plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {q}"))
                assert "COVERING INDEX ix_facts_area_doc" in plan


def test_the_migration_both_ways_evaluates_the_same(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, DOCS)
        code = next(a.code for a in st.areas() if a.name == "蓬江区")
        before = codec.to_json(evaluate_area(st, code))
        order = [q.stored.id for q in area_group(st, [code]).facts[code]]
        assert '"gdp"' in before
        migrate(st, "zdict")
        assert _index(st) == WIDE[:3]
        assert codec.to_json(evaluate_area(st, code)) == before
    with Store(db_url) as st:  # opening upgrades again
        assert _index(st) == WIDE
        assert codec.to_json(evaluate_area(st, code)) == before
        assert [q.stored.id for q in area_group(st, [code]).facts[code]] == order
