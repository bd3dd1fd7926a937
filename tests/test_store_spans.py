"""Migration spans: a fact keeps the offsets of its value and quote, never a copy of
their characters; every reader cuts them from the document's stored text.

The documents are composed for this test in the style of a county's outline and its
work report (a target table's words in prose, figures with time words). Quotes read
by evaluation, by sources cited by id, by the web's lists and through the documented
SQL are the stored text's characters at the spans; the migration keeps every quote,
both ways, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from planwatch.cli import cli
from planwatch.core.errors import NotFoundError
from planwatch.evaluate.evaluate import evaluate_area
from planwatch.store.evalrefs import sources_by_id
from planwatch.store.repo import Store
from planwatch.web.records import fact_records
from storetexts import ingest_texts, migrate

DOCS = {
    "临泽县十四五规划纲要.txt": (
        "临泽县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第一章 主要目标\n"
        "到2025年，地区生产总值年均增长7%，城镇居民人均可支配收入年均增长7.5%。\n"
        "常住人口城镇化率达到58%，森林覆盖率达到30%以上。\n"
    ),
    "临泽县政府工作报告.txt": (
        "临泽县2023年政府工作报告\n"
        "一、2022年工作回顾\n"
        "全县地区生产总值增长6.1%，城镇居民人均可支配收入增长5.2%。\n"
        "常住人口城镇化率达到55.4%。\n"
    ),
}


def _spans(st: Store) -> list[tuple[int, str, str]]:
    """(fact id, value, quote) of every fact, cut from the stored texts here."""
    out = []
    for sf in st.facts():
        t, f = st.text(sf.doc_id), sf.fact
        out.append((sf.id, t[f.start : f.end], t[f.quote_start : f.quote_end]))
    return out


def _cli(url: str, *args: str) -> str:
    out = CliRunner().invoke(cli, ["--db", url, *args])
    assert out.exit_code == 0, out.output
    return out.stdout


def test_facts_hold_offsets_and_every_reader_cuts_the_same_characters(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, DOCS)
        columns = {c["name"] for c in inspect(st.engine).get_columns("facts")}
        assert not columns & {"quote_text", "value_text"}
        spans = {i: (v, q) for i, v, q in _spans(st)}
        assert len(spans) >= 6 and all(v and v in q for v, q in spans.values())
        # The web's lists read their documents' texts in one query and cut each fact.
        records = fact_records(st.facts(), st)
        assert {r["id"]: (r["text"], r["quote"]) for r in records} == spans
        # Sources an evaluation cites by id, read back by id.
        assert {i: (s[5], s[4]) for i, s in sources_by_id(st, list(spans)).items()} == spans
        ev = evaluate_area(st, "临泽县")
        sources = [s for r in ev.rows for s in r.sources if s.fact_id is not None]
        assert sources and all((s.value_text, s.quote) == spans[s.fact_id] for s in sources)
        assert any(s.value_text == "7%" for s in sources)


def test_a_quote_in_sql_through_planwatch_and_the_view_in_any_client(tmp_path):
    path = tmp_path / "s.db"
    with Store(f"sqlite:///{path}") as st:
        ingest_texts(st, tmp_path, DOCS)
        spans = {i: q for i, _, q in _spans(st)}
        sql = (  # docs/schema.md
            "select v.fact_id, substr(planwatch_text(t.ztext), v.quote_start + 1,"
            " v.quote_end - v.quote_start) as quote from facts_view v"
            " join texts t on t.doc_id = v.doc_id"
        )
        with st.engine.connect() as conn:
            assert dict(conn.execute(text(sql)).all()) == spans
    with sqlite3.connect(path) as plain:  # no planwatch function: the view still reads
        rows = plain.execute("select fact_id, quote_start, quote_end from facts_view").fetchall()
    assert {r[0] for r in rows} == set(spans)


def test_the_migration_both_ways_keeps_every_quote_and_read(db_url, tmp_path):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, DOCS)
        before = _spans(st)
        reads = [
            _cli(db_url, "export", "facts", "--format", "jsonl"),
            _cli(db_url, "evaluate", "临泽县", "--format", "json"),
        ]
        migrate(st, "trim")
        with st.engine.connect() as conn:
            rows = conn.execute(
                text(
                    'SELECT id, start, "end", quote_start, quote_end, value_text, quote_text'
                    " FROM facts ORDER BY id"
                )
            ).all()
        by_id = {i: (v, q) for i, v, q in before}
        for i, s, e, qs, qe, value, quote in rows:
            assert quote == by_id[i][1]  # the copy the store kept before, again
            assert value == (None if qs <= s and e <= qe else by_id[i][0])
        migrate(st)
        columns = {c["name"] for c in inspect(st.engine).get_columns("facts")}
        assert not columns & {"quote_text", "value_text"}
        assert _spans(st) == before
    evaluation = json.loads(_cli(db_url, "evaluate", "临泽县", "--format", "json"))
    assert evaluation["targets"]
    assert [
        _cli(db_url, "export", "facts", "--format", "jsonl"),
        _cli(db_url, "evaluate", "临泽县", "--format", "json"),
    ] == reads


def test_texts_read_the_documents_given_at_once_and_others_alone(tmp_path, monkeypatch):
    from planwatch.store import quotes

    with Store(f"sqlite:///{tmp_path / 's.db'}") as st:
        ingest_texts(st, tmp_path, DOCS)
        first, second = (d.id for d in st.documents())
        asked: list[list[int]] = []
        read = quotes.texts_by_id

        def counted(store, ids):
            asked.append(sorted(ids))
            return read(store, ids)

        monkeypatch.setattr(quotes, "texts_by_id", counted)
        texts = quotes.Texts(st, [first, second])
        assert texts[second] == st.text(second) and asked == [[first, second]]
        assert texts[first] == st.text(first) and asked == [[first, second]]
        with pytest.raises(NotFoundError):
            texts[second + 100]  # not given, not stored: asked alone
        assert asked == [[first, second]]
