"""The store on SQLite and PostgreSQL: whole-document writes, versions, round trips."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from planwatch.core.data import (
    Area,
    Binding,
    Comparator,
    Document,
    DocumentMeta,
    DocType,
    Fact,
    Heading,
    Kind,
    Measure,
    Outline,
    SourceTable,
    Span,
    TableCell,
)
from planwatch.core.errors import NotFoundError, StoreError
from planwatch.store import models as m
from planwatch.store.repo import FactFilter, Store

TEXT = "第一章 发展基础\n全年地区生产总值458.51亿元,增长2.8%。\n"
HESHAN = Area("440784", "鹤山市", "county", (("440700", "江门市"), ("440000", "广东省")))


def make_doc(text: str = TEXT, sha: str = "a" * 64, path: str | None = "/x/heshan.txt") -> Document:
    v = text.index("458.51亿元")
    return Document(
        name="heshan.txt",
        text=text,
        sha256=sha,
        format="txt",
        path=path,
        encoding="utf-8",
        meta=DocumentMeta(title="鹤山", area=HESHAN, doc_type=DocType.NEWS, year=2023,
                          published="2023-02-25"),  # fmt: skip
        outline=Outline(
            headings=(Heading(1, "第一章", "发展基础", Span(0, 8), Span(0, len(text))),),
            toc=None,
            paragraphs=(Span(9, len(text) - 1),),
            sentences=(Span(9, len(text) - 1),),
        ),
        tables=(SourceTable(Span(v, v + 8), (TableCell(0, 0, "458.51亿元", Span(v, v + 8)),), 1, 1),),
    )


def make_facts(text: str = TEXT) -> list[Fact]:
    v = text.index("458.51亿元")
    g = text.index("2.8%")
    q0, q1 = text.index("全年"), text.index("。")
    common = dict(doc="heshan.txt", quote_start=q0, quote_end=q1, indicator="地区生产总值",
                  kind=Kind.ACTUAL, year=2022, jurisdiction="鹤山市", jurisdiction_code="440784")
    return [
        Fact(start=v, end=v + 8, measure=Measure.LEVEL, value=458.51, unit="亿元", **common),
        Fact(start=g, end=g + 4, measure=Measure.GROWTH, value=2.8, unit="%",
             comparator=Comparator.APPROX, binding=Binding.EXPECTED, **common),
    ]  # fmt: skip


def test_round_trip_keeps_text_outline_tables_and_facts(db_url):
    store = Store(db_url)
    out = store.add(make_doc(), make_facts(), size_bytes=100)
    assert out.added and out.version == 1
    d = store.load(out.doc_id)
    assert d.text == TEXT  # stored text is exactly what was given: offsets stay valid
    assert d.meta.area == HESHAN
    assert d.meta.doc_type is DocType.NEWS and d.meta.year == 2023
    assert d.outline.headings[0].title == "发展基础"
    assert d.outline.sentences == (Span(9, len(TEXT) - 1),)
    assert d.tables[0].cells[0].span.of(d.text) == "458.51亿元"
    facts = [sf.fact for sf in store.facts()]
    assert facts == make_facts()
    for f in facts:
        assert str(f.value).rstrip("0").rstrip(".") in d.text[f.start : f.end]
    store.close()


def test_same_content_is_a_no_op_and_changed_content_is_a_new_version(db_url):
    store = Store(db_url)
    first = store.add(make_doc(), make_facts(), size_bytes=1)
    again = store.add(make_doc(), make_facts(), size_bytes=1)
    assert not again.added and again.doc_id == first.doc_id
    changed_text = TEXT + "补充。\n"
    second = store.add(make_doc(changed_text, sha="b" * 64), make_facts(changed_text), size_bytes=1)
    assert second.added and second.superseded == first.doc_id and second.version == 2
    current = store.documents()
    assert [d.id for d in current] == [second.doc_id]
    everything = store.documents(include_superseded=True)
    assert {d.id for d in everything} == {first.doc_id, second.doc_id}
    old = next(d for d in everything if d.id == first.doc_id)
    assert old.superseded_by == second.doc_id
    # The old version's text and facts are kept, not deleted.
    assert store.load(first.doc_id).text == TEXT
    assert len(store.facts(FactFilter(include_superseded=True))) == 4
    assert len(store.facts()) == 2
    store.close()


def test_a_failing_write_leaves_nothing_half_stored(db_url):
    store = Store(db_url)
    bad = make_facts()[0].with_(indicator=None)  # NOT NULL violation mid-transaction
    with pytest.raises(StoreError):
        store.add(make_doc(), [make_facts()[1], bad], size_bytes=1)
    with store.engine.connect() as conn:
        for table in (m.documents, m.texts, m.headings, m.facts, m.structures):
            assert conn.execute(select(func.count()).select_from(table)).scalar() == 0
    store.close()


def test_fact_filters_and_lookups(db_url):
    store = Store(db_url)
    out = store.add(make_doc(), make_facts(), size_bytes=1)
    assert len(store.facts(FactFilter(jurisdiction="440784"))) == 2
    assert len(store.facts(FactFilter(jurisdiction="鹤山市", kind="target"))) == 0
    assert len(store.facts(FactFilter(indicator="生产总值"))) == 2
    assert len(store.facts(FactFilter(doc=str(out.doc_id)))) == 2
    assert store.find_document("heshan.txt").id == out.doc_id
    assert store.find_document(str(out.doc_id)).name == "heshan.txt"
    with pytest.raises(NotFoundError, match="planwatch docs"):
        store.find_document("nope.txt")
    assert store.counts() == {"documents": 1, "facts": 2}
    store.close()


def test_reopening_an_existing_store_keeps_its_data(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as s:
        s.add(make_doc(), make_facts(), size_bytes=1)
    with Store(url) as s:  # migrations already at head: nothing re-created
        assert s.counts()["facts"] == 2


def test_unopenable_store_says_how_to_fix(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'missing' / 's.db'}")
