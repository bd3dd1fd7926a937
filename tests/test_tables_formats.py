"""Indicator tables from HTML, DOCX and PDF files, end to end: reader grid -> table facts.

The rows are those of 鹤山市“十四五”经济社会发展主要指标表 (corpus 000), laid out
with merged cells the way government sites and Word files do.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import Binding, Comparator, Kind, Measure
from planwatch.pipeline import analyse_bytes
from readfixtures import HEADER, ROWS, TABLE_TITLE, docx_bytes, pdf_bytes, plan_page_html


def table_facts(data: bytes, name: str):
    analysed = analyse_bytes(data, name)
    facts = [f for f in analysed.facts if f.origin == "table"]
    text = analysed.document.text
    for f in facts:  # every cell fact is grounded in the stored text
        assert any(ch.isdigit() for ch in text[f.start : f.end])
        assert f.quote_start <= f.start < f.end <= f.quote_end
    return analysed, {(f.indicator, f.kind, f.measure, f.year): f for f in facts}


def check_rows(by_key, *, with_attribute_rows=(0, 1, 2)):
    urban = by_key[("常住人口城镇化率", Kind.ACTUAL, Measure.LEVEL, 2020)]
    assert urban.value == 63.02 and urban.unit == "%"
    assert by_key[("常住人口城镇化率", Kind.TARGET, Measure.LEVEL, 2025)].value == 65
    change = by_key[("常住人口城镇化率", Kind.TARGET, Measure.CHANGE, 2025)]
    assert change.value == 1.98 and change.period_start == 2021
    gdp = by_key[("地区生产总值", Kind.TARGET, Measure.GROWTH, 2025)]
    assert gdp.value == 6 and gdp.comparator is Comparator.APPROX and gdp.period_start == 2021
    if 0 in with_attribute_rows:  # 预期性 merged down over the first two rows
        assert gdp.binding is Binding.EXPECTED
        assert by_key[("全员劳动生产率", Kind.TARGET, Measure.GROWTH, 2025)].binding is (
            Binding.EXPECTED
        )


def test_html_table_with_rowspan_and_colspan():
    analysed, by_key = table_facts(plan_page_html().encode("utf-8"), "plan.html")
    check_rows(by_key)
    unemployment = by_key[("城镇登记失业率", Kind.TARGET, Measure.LEVEL, 2025)]
    assert unemployment.value == 3.0 and unemployment.comparator is Comparator.LE
    schooling = by_key[("劳动年龄人口平均受教育年限", Kind.TARGET, Measure.LEVEL, 2025)]
    assert schooling.binding is Binding.BINDING and schooling.unit == "年"
    assert analysed.document.tables, "the reader kept the grid"


def test_docx_table_with_merged_cells():
    _, by_key = table_facts(docx_bytes(), "plan.docx")
    check_rows(by_key)


def test_pdf_ruled_table():
    rows = [HEADER, *[list(r) for r in ROWS]]
    data = pdf_bytes([[TABLE_TITLE]], table=rows)
    analysed, by_key = table_facts(data, "plan.pdf")
    if not analysed.document.tables:
        pytest.fail("pdfplumber found no grid in a ruled reportlab table")
    check_rows(by_key, with_attribute_rows=())


COMMUNIQUE_PAGE = """<html><head><meta charset="utf-8"><title>鹤山市2024年国民经济和社会发展统计公报</title></head>
<body><h1>鹤山市2024年国民经济和社会发展统计公报</h1>
<p>初步核算，2024年全市地区生产总值501.2亿元，比上年增长4.5%。</p>
<table border="1">
<tr><th rowspan="2">指标</th><th colspan="2">2024年</th></tr>
<tr><th>绝对值</th><th>增长(%)</th></tr>
<tr><td>地区生产总值(亿元)</td><td>501.2</td><td>4.5</td></tr>
<tr><td>固定资产投资(亿元)</td><td>120.5</td><td>-2.3</td></tr>
</table></body></html>"""


def test_a_communique_table_with_a_two_row_header_reports_results():
    _, by_key = table_facts(COMMUNIQUE_PAGE.encode("utf-8"), "gb2024.html")
    gdp = by_key[("地区生产总值", Kind.ACTUAL, Measure.LEVEL, 2024)]
    assert gdp.value == 501.2 and gdp.unit == "亿元"
    growth = by_key[("地区生产总值", Kind.ACTUAL, Measure.GROWTH, 2024)]
    assert growth.value == 4.5 and growth.unit == "%"
    assert by_key[("固定资产投资", Kind.ACTUAL, Measure.GROWTH, 2024)].value == -2.3
    assert not any(k[2] is Kind.TARGET for k in by_key)


def test_a_value_merged_across_two_columns_holds_for_both():
    docx = pytest.importorskip("docx")
    import io

    d = docx.Document()
    d.add_paragraph("鹤山市2024年政府工作报告")
    rows = [
        ["指标", "2023年", "2024年目标", "属性"],
        ["城镇登记失业率(%)", "3.0以内", "", "预期性"],
    ]
    t = d.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(1, 1).merge(t.cell(1, 2))
    buf = io.BytesIO()
    d.save(buf)
    _, by_key = table_facts(buf.getvalue(), "report2024.docx")
    assert by_key[("城镇登记失业率", Kind.ACTUAL, Measure.LEVEL, 2023)].comparator is Comparator.LE
    target = by_key[("城镇登记失业率", Kind.TARGET, Measure.LEVEL, 2024)]
    assert target.value == 3.0 and target.comparator is Comparator.LE
    assert target.period_start is None
