"""The store on SQLite and PostgreSQL: whole-document writes, versions, round trips."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from planwatch.core.data import (
    Area,
    Binding,
    Comparator,
    DocType,
    Document,
    DocumentMeta,
    Fact,
    Heading,
    Kind,
    Measure,
    Outline,
    SourceTable,
    Span,
    TableCell,
)
from planwatch.core.errors import NotFoundError, StoreError, UsageError
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
        meta=DocumentMeta(
            title="鹤山", area=HESHAN, doc_type=DocType.NEWS, year=2023, published="2023-02-25"
        ),
        outline=Outline(
            headings=(Heading(1, "第一章", "发展基础", Span(0, 8), Span(0, len(text))),),
            toc=None,
            paragraphs=(Span(9, len(text) - 1),),
            sentences=(Span(9, len(text) - 1),),
        ),
        tables=(
            SourceTable(Span(v, v + 8), (TableCell(0, 0, "458.51亿元", Span(v, v + 8)),), 1, 1),
        ),
    )


def make_facts(text: str = TEXT) -> list[Fact]:
    v = text.index("458.51亿元")
    g = text.index("2.8%")
    q0, q1 = text.index("全年"), text.index("。")
    common = {
        "doc": "heshan.txt",
        "quote_start": q0,
        "quote_end": q1,
        "indicator": "地区生产总值",
        "kind": Kind.ACTUAL,
        "year": 2022,
        "jurisdiction": "鹤山市",
        "jurisdiction_code": "440784",
    }
    return [
        Fact(start=v, end=v + 8, measure=Measure.LEVEL, value=458.51, unit="亿元", **common),
        Fact(
            start=g,
            end=g + 4,
            measure=Measure.GROWTH,
            value=2.8,
            unit="%",
            comparator=Comparator.APPROX,
            binding=Binding.EXPECTED,
            **common,
        ),
    ]


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


def test_migrations_upgrade_an_older_store_and_keep_its_rows(db_url):
    """A store made by the first migration gains the later columns, rows intact."""
    from alembic import command
    from sqlalchemy import create_engine, inspect, text

    from planwatch.store.db import _alembic_config, normalise_url

    engine = create_engine(normalise_url(db_url))
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (name, sha256, format, size_bytes, size_chars, doc_type, "
                "n_facts, version, ingested_at) VALUES ('old.txt', 'c', 'txt', 1, 1, 'other', 0, 1, "
                "CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()
    store = Store(db_url)
    columns = {c["name"] for c in inspect(store.engine).get_columns("facts")}
    assert {"canonical_value", "canonical_unit", "indicator_confidence"} <= columns
    assert [d.name for d in store.documents()] == ["old.txt"]
    store.close()


def test_corrections_are_kept_with_who_and_when_and_applied_on_read(db_url):
    store = Store(db_url)
    store.add(make_doc(), make_facts(), size_bytes=1)
    level, growth = store.facts()
    store.correct(level.id, author="李明", field="year", value="2021", note="表格口径")
    store.correct(level.id, author="王芳", field="value", value="458.6")
    fixed = store.fact(level.id)
    assert fixed.corrected and fixed.fact.year == 2021 and fixed.fact.value == 458.6
    assert fixed.fact.canonical_value == pytest.approx(458.6)
    history = store.corrections(level.id)
    assert [(c.author, c.field) for c in history] == [("李明", "year"), ("王芳", "value")]
    assert all(c.created_at is not None for c in history)
    store.correct(growth.id, author="李明", wrong=True, note="不是事实")
    listed = store.facts()
    assert [sf.id for sf in listed] == [level.id]  # the wrong one is left out
    assert listed[0].fact.year == 2021
    everything = store.facts(FactFilter(include_rejected=True))
    assert [sf.rejected for sf in everything] == [False, True]
    with pytest.raises(UsageError, match="correctable"):
        store.correct(level.id, author="x", field="doc", value="y")
    with pytest.raises(UsageError, match="not a valid kind"):
        store.correct(level.id, author="x", field="kind", value="maybe")
    with pytest.raises(UsageError, match="author"):
        store.correct(level.id, author=" ", wrong=True)
    with pytest.raises(NotFoundError):
        store.correct(999_999, author="x", wrong=True)
    store.close()


def test_areas_and_text_search_include_counties_in_their_city(db_url):
    store = Store(db_url)
    store.add(make_doc(), make_facts(), size_bytes=1)
    areas = {a.code: a for a in store.areas()}
    assert areas["440784"].documents == 1 and areas["440784"].facts == 2
    assert areas["440700"].parent_code == "440000" and areas["440700"].documents == 0
    for where in ("440784", "440700", "江门市", "鹤山市"):
        found = store.texts_containing(["地区生产总值", "458.51"], area=where)
        assert [d.name for d, _ in found] == ["heshan.txt"], where
    assert store.texts_containing(["地区生产总值"], area="440800") == []
    assert store.texts_containing(["不存在的词"]) == []
    assert store.texts_containing(["地区生产总值"], year=2023, doc_type="work_report_news")
    assert store.texts_containing(["地区生产总值"], year=2019) == []
    assert store.texts_containing(["100%_"]) == []  # LIKE wildcards are escaped
    store.close()


def test_a_read_only_store_reads_and_refuses_writes_in_one_line(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with Store(url) as s:
        s.add(make_doc(), make_facts(), size_bytes=1)
    from planwatch.store import db

    monkeypatch.setattr(db, "_writable", lambda path: False)  # as for a chmod 444 file
    with Store(url) as s:
        assert [d.name for d in s.documents()] == ["heshan.txt"]
        assert len(s.facts()) == 2
        with pytest.raises(StoreError) as err:
            s.add(make_doc(sha="c" * 64, path="/other.txt"), make_facts(), size_bytes=1)
    assert "readonly" in str(err.value) and "\n" not in str(err.value)
