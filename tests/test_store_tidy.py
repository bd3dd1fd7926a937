"""Migration tidy: one index for an indicator's facts; on PostgreSQL texts compressed and
the sentence index without row ids. Search reads spans without reading documents.

The reports are composed for this test. Reads must give what they gave before the
migration (search pages, totals and snippets; facts by indicator; words in texts), and
the migration's downgrade must give the older forms back.
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.search import SearchQuery, search
from planwatch.store import pages
from planwatch.store.repo import Store
from planwatch.store.search_index import query_term
from planwatch.store.textcodec import unpack
from storetexts import migrate

REPORTS = {
    "石门县2022年统计公报.txt": (
        "石门县2022年国民经济和社会发展统计公报\n"
        "全年地区生产总值187.2亿元，比上年增长5.4%。\n"
        "全年粮食总产量22.6万吨，增长1.8%。\n"
        "规模以上工业增加值增长7.1%，工业经济稳中有进。\n"
        "年末常住人口38.5万人。\n"
    ),
    "石门县2023年政府工作报告.txt": (
        "石门县2023年政府工作报告\n"
        "过去一年，全县地区生产总值增长6.0%，粮食生产保持稳定。\n"
        "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.4万人。\n"
        "坚持稳中求进，推动经济增长。\n"
    ),
    "青山区2023年统计公报.txt": (
        "青山区2023年国民经济和社会发展统计公报\n"
        "全年地区生产总值412.8亿元，增长4.9%。\n"
        "社会消费品零售总额增长6.6%。\n"
    ),
}
QUERIES = ["增长", "地区生产总值", "粮", "生产总值 增长", "常住人口", "不存在"]


@pytest.fixture()
def store(db_url, tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    with Store(db_url) as st:
        assert ingest([str(tmp_path)], st, Options(workers=1, show_progress=False)).failed == 0
        yield st


def _reads(st: Store) -> dict:
    """What readers see: search pages in every order and filter, facts by indicator,
    words in texts."""
    out: dict = {}
    for q in QUERIES:
        for sort in ("relevance", "document", "newest"):
            for kw in ({}, {"doc_type": "work_report"}, {"year": 2022}, {"kind": "target"}):
                res = search(st, SearchQuery(q, sort=sort, limit=3, offset=1, **kw))
                out[q, sort, tuple(kw.items())] = (
                    res.total,
                    [
                        (h.doc.name, h.span, "".join(s.text for s in h.segments))
                        for h in res.sentences
                    ],
                )
    out["gdp"] = sorted(sf.id for sf in pages.indicator_facts(st, "gdp"))
    out["texts"] = [d.name for d, _ in st.texts_containing(["地区生产总值", "粮食"])]
    return out


def test_relevance_ranks_every_candidate_by_length_and_pages_cut_them(store):
    rows, total = pages.search_sentences(
        store, [query_term("增长")], pages.SentenceFilter(), limit=100
    )
    lengths = [r.end - r.start for r in rows]
    assert total == len(rows) >= 7 and lengths == sorted(lengths)
    texts = {d.id: store.load(d.id).text for d in store.documents()}
    assert all(r.text == texts[r.doc.id][r.start : r.end] and "增长" in r.text for r in rows)
    paged = []
    for offset in range(0, total, 2):  # pages in rank order: nothing twice, nothing lost
        page, _ = pages.search_sentences(
            store, [query_term("增长")], pages.SentenceFilter(), limit=2, offset=offset
        )
        paged += [(r.doc.id, r.start) for r in page]
    assert paged == [(r.doc.id, r.start) for r in rows]


def test_a_superseded_document_is_left_out_of_search(store, tmp_path):
    changed = tmp_path / "青山区2023年统计公报.txt"
    changed.write_text(REPORTS[changed.name].replace("412.8", "413.0"), encoding="utf-8")
    ingest([str(changed)], store, Options(workers=1, show_progress=False))
    res = search(store, SearchQuery("社会消费品零售总额"))
    assert res.total == 1  # the new version only
    assert [h.doc.superseded_by for h in res.sentences] == [None]
    assert search(store, SearchQuery("413.0")).total == 1
    assert search(store, SearchQuery("412.8")).total == 0


def test_one_index_serves_an_indicator_and_its_series(store):
    indexes = {i["name"]: i["column_names"] for i in inspect(store.engine).get_indexes("facts")}
    # led by these (migration cover adds the columns an indicator's page ranks by)
    assert indexes["ix_facts_series"][:3] == ["indicator_id", "jurisdiction_code", "year"]
    assert "ix_facts_indicator_id" not in indexes
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            for sql in (
                "SELECT id FROM facts WHERE indicator_id = 'gdp'",
                "SELECT id FROM facts WHERE jurisdiction_code = '1' AND indicator_id = 'gdp'",
            ):
                plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                assert "ix_facts_series" in plan, sql


def test_postgresql_keeps_texts_packed_and_sentences_without_ids(store):
    with store.engine.connect() as conn:
        plain = conn.execute(text("SELECT count(text) FROM texts")).scalar_one()
        packed = conn.execute(text("SELECT ztext FROM texts")).scalars().all()
    assert plain == 0 and len(packed) == len(REPORTS)
    assert sorted(unpack(p) for p in packed) == sorted(REPORTS.values())
    if store.engine.dialect.name == "postgresql":
        columns = {c["name"] for c in inspect(store.engine).get_columns("search_sentences")}
        assert columns == {"doc_id", "start", "end", "tokens"}


def test_the_migration_both_ways_reads_the_same(db_url, tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    with Store(db_url) as st:
        ingest([str(tmp_path)], st, Options(workers=1, show_progress=False))
        before = _reads(st)
        assert before["gdp"] and len(before["texts"]) == 2  # the reads compared read something
        migrate(st, "lean")
        indexes = {i["name"] for i in inspect(st.engine).get_indexes("facts")}
        assert {"ix_facts_series", "ix_facts_indicator_id"} <= indexes
        with st.engine.connect() as conn:
            plain = conn.execute(text("SELECT count(text), count(ztext) FROM texts")).one()
        if st.engine.dialect.name == "postgresql":  # texts plain again, rows with ids
            assert tuple(plain) == (len(REPORTS), 0)
            columns = {c["name"] for c in inspect(st.engine).get_columns("search_sentences")}
            assert "id" in columns
    with Store(db_url) as st:  # opening upgrades again
        assert _reads(st) == before
        with st.engine.connect() as conn:
            assert conn.execute(text("SELECT count(text) FROM texts")).scalar_one() == 0


def test_spans_are_stored_packed_where_that_is_shorter():
    import json

    from planwatch.store import spancodec

    spans = [(i * 37 + (i % 3), i * 37 + 30 + (i % 5)) for i in range(400)]
    raw = spancodec.encode(spans)
    flat = spancodec.encode_flat(spans)
    assert json.loads(raw).startswith("z:") and len(raw) < len(flat) / 2
    assert spancodec.decode(raw) == spans  # JSON text, as SQLite gives it
    assert spancodec.decode(json.loads(raw)) == spans  # a driver that decodes JSON
    assert spancodec.decode(flat) == spans == spancodec.decode(json.loads(flat))
    few = [(0, 12), (12, 40)]
    assert spancodec.encode(few) == spancodec.encode_flat(few) == "[0,12,0,28]"
    with pytest.raises(ValueError):
        spancodec.decode('"not spans"')


def test_a_long_document_keeps_its_outline_through_the_packed_spans(db_url, tmp_path):
    body = "".join(f"第{i}条，全年完成投资{i}.5亿元，增长{i % 9}.1%。\n" for i in range(1, 300))
    path = tmp_path / "长安县2023年统计公报.txt"
    path.write_text("长安县2023年国民经济和社会发展统计公报\n" + body, encoding="utf-8")
    with Store(db_url) as st:
        ingest([str(path)], st, Options(workers=1, show_progress=False))
        (doc,) = st.documents()
        loaded = st.load(doc.id)
        with st.engine.connect() as conn:
            raw = conn.execute(text("SELECT sentences FROM structures")).scalar_one()
        assert "z:" in str(raw)  # packed: hundreds of sentences
        assert len(loaded.outline.sentences) >= 299
        assert all(loaded.text[s.start : s.end].strip() for s in loaded.outline.sentences)
        assert search(st, SearchQuery("完成投资158.5亿元")).total == 1
