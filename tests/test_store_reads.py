"""Fact reads in SQL: paging, filters, totals, streaming in chunks, and index use."""

from __future__ import annotations

import dataclasses

import pytest
from tests.test_store import make_doc, make_facts

from planwatch.store import factquery
from planwatch.store.repo import FactFilter, Store


def _ids(facts) -> list[int]:
    return [sf.id for sf in facts]


def test_pages_joined_are_the_whole_listing_and_the_total_is_right(sample_store):
    everything = sample_store.facts()
    assert len(everything) > 250
    pages, offset = [], 0
    while True:
        page = sample_store.facts(FactFilter(limit=100, offset=offset))
        if not page:
            break
        pages.extend(page)
        offset += 100
    assert _ids(pages) == _ids(everything)
    assert sample_store.count_facts() == len(everything)
    # Listing order: document, then position in its text.
    keys = [(sf.doc_id, sf.fact.start, sf.fact.end, sf.id) for sf in everything]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "flt",
    [
        {"kind": "target"},
        {"measure": "growth"},
        {"year": 2022},
        {"kind": "actual", "measure": "growth", "year": 2022},
        {"jurisdiction": "鹤山市"},
        {"jurisdiction": "440784"},
        {"indicator": "gdp"},
        {"indicator": "生产总值"},
    ],
)
def test_sql_filters_match_filtering_the_whole_listing(sample_store, flt):
    everything = sample_store.facts()
    wanted = [
        sf
        for sf in everything
        if (flt.get("kind") is None or sf.fact.kind == flt["kind"])
        and (flt.get("measure") is None or sf.fact.measure == flt["measure"])
        and (flt.get("year") is None or sf.fact.year == flt["year"])
        and (
            flt.get("jurisdiction") is None
            or flt["jurisdiction"] in (sf.fact.jurisdiction, sf.fact.jurisdiction_code)
        )
        and (
            flt.get("indicator") is None
            or flt["indicator"] == sf.fact.indicator_id
            or flt["indicator"].lower() in sf.fact.indicator.lower()  # SQLite's LIKE
        )
    ]
    assert wanted, f"the sample corpus has facts for {flt}"
    found = sample_store.facts(FactFilter(**flt))
    assert _ids(found) == _ids(wanted)
    assert sample_store.count_facts(FactFilter(**flt, limit=3, offset=1)) == len(wanted)
    page = sample_store.facts(FactFilter(**flt, limit=3, offset=1))
    assert _ids(page) == _ids(wanted[1:4])


def test_streaming_in_small_chunks_gives_the_same_facts(sample_store, monkeypatch):
    whole = sample_store.facts()
    monkeypatch.setattr(factquery, "CHUNK", 7)
    chunked = list(sample_store.iter_facts())
    assert [dataclasses.astuple(sf) for sf in chunked] == [dataclasses.astuple(sf) for sf in whole]


def test_a_page_walks_the_index_without_sorting_the_store(sample_store):
    """SQLite's plan for a page reads facts in index order and stops at the LIMIT."""
    q = factquery.fact_query(FactFilter(limit=100, offset=200))
    sql = str(q.compile(sample_store.engine, compile_kwargs={"literal_binds": True}))
    with sample_store.engine.connect() as conn:
        plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_facts_doc_span" in plan
    assert "TEMP B-TREE" not in plan


def test_text_alone_is_the_stored_text(sample_store):
    doc = sample_store.documents()[0]
    assert sample_store.text(doc.id) == sample_store.load(doc.id).text


def test_superseded_and_rejected_facts_are_left_out_of_pages_and_totals(db_url):
    store = Store(db_url)
    old = store.add(make_doc(), make_facts(), size_bytes=10)
    text2 = "第一章 发展基础\n全年地区生产总值458.51亿元,增长2.8%。 \n"
    new = store.add(make_doc(text2, sha="b" * 64), make_facts(text2), size_bytes=11)
    assert new.superseded == old.doc_id
    current = store.facts()
    assert {sf.doc_id for sf in current} == {new.doc_id}
    assert store.count_facts() == 2
    assert store.count_facts(FactFilter(include_superseded=True)) == 4
    store.correct(current[0].id, author="tester", wrong=True)
    assert _ids(store.facts()) == [current[1].id]
    assert store.count_facts() == 1
    assert _ids(store.facts(FactFilter(include_rejected=True, limit=1, offset=1))) == [
        current[1].id
    ]
    assert store.count_facts(FactFilter(doc="heshan.txt", include_superseded=True)) == 3
    store.close()
