"""Recovered tables stored at ingest and shown by ``planwatch tables`` from the store."""

from __future__ import annotations

from click.testing import CliRunner

from planwatch.cli import cli
from planwatch.core.data import Span
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store

PLAN = (
    "某县国民经济和社会发展第十五个五年规划纲要\n"
    "第一章 发展目标\n"
    "表1 “十五五”时期主要指标\n"
    "序号\t指标\t2025年\t2030年\t年均增长\t属性\n"
    "1\t地区生产总值(亿元)\t320\t430\t6左右\t预期性\n"
    "2\t森林覆盖率(%)\t62.1\t≥62.5\t—\t约束性\n"
    "表2 重大项目\n"
    "项目\t2025年\t2030年\n"
    "污水处理厂\t建成\t投运\n"
    "垃圾处理站\t在建\t1.5\n"
    "第二章 创新驱动\n"
)


def _store(tmp_path) -> tuple[Store, str]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan.txt").write_text(PLAN, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    st = Store(url)
    ingest([str(tmp_path / "docs")], st, Options(workers=1))
    return st, url


def test_tables_are_stored_at_ingest_with_cells_and_readings(tmp_path):
    st, _ = _store(tmp_path)
    doc = st.find_document("plan.txt")
    records = st.recovered_tables(doc.id)
    st.close()
    read = [r for r in records if r.reason is None]
    assert len(read) == 1
    (unread,) = [r for r in records if r.reason is not None]
    assert unread.title == "表2 重大项目" and "too few numbers" in unread.reason
    (t,) = read
    assert t.title == "表1 “十五五”时期主要指标" and t.layout == "delimited"
    assert t.columns[2] == ("2025年", "actual level 2025")
    gdp = {c.text: c for c in t.rows[0]}
    assert gdp["6左右"].reading == "target growth 2026-2030 %"
    assert PLAN[gdp["6左右"].span.start : gdp["6左右"].span.end] == "6左右"
    assert gdp["地区生产总值"].span == t.rows[0][1].span
    assert isinstance(t.span, Span) and PLAN[t.span.start :].startswith("表1")


def test_tables_command_reads_the_store(tmp_path):
    st, url = _store(tmp_path)
    st.close()
    result = CliRunner().invoke(cli, ["--db", url, "tables", "plan.txt"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "地区生产总值" in result.output and "6左右" in result.output
    assert "target growth 2026-2030 %" in result.output
    assert "约束性" in result.output
    assert "表2 重大项目" in result.output and "not read: too few numbers" in result.output


def test_document_page_shows_the_stored_table_linked_to_facts(tmp_path):
    import warnings

    from planwatch.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    st, url = _store(tmp_path)
    doc = st.find_document("plan.txt")
    (gdp_growth,) = [sf.id for sf in st.facts(FactFilter(doc=str(doc.id))) if sf.fact.value == 6.0]
    st.close()
    client = TestClient(create_app(url, upload_dir=tmp_path / "up"), base_url="http://localhost")
    page = client.get(f"/documents/{doc.id}").text
    assert "表1 “十五五”时期主要指标" in page
    assert f'href="?fact={gdp_growth}#f{gdp_growth}"' in page
