"""Reports in each format: self-contained escaped HTML, numeric XLSX, Markdown."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from openpyxl import load_workbook

from planwatch.evaluate import completion_table, evaluate_area
from planwatch.report import render_report
from planwatch.report.charts import indicator_chart

EVIL = '地区生产总值增长2.8%<script>alert("x")</script>'


@pytest.fixture(scope="module")
def store(sample_store):
    return sample_store


@pytest.fixture(scope="module")
def evaluation(store):
    ev = evaluate_area(store, "鹤山市")
    # A quote carrying markup, as a scraped page could: every format must neutralise it.
    rows = list(ev.rows)
    gdp = rows[0]
    src = dataclasses.replace(gdp.sources[0], quote=EVIL)
    rows[0] = dataclasses.replace(gdp, sources=(src, *gdp.sources[1:]))
    return dataclasses.replace(ev, rows=tuple(rows))


@pytest.fixture(scope="module")
def html(evaluation, store):
    return render_report(evaluation, "html", completion=completion_table(store, "鹤山市")).decode()


def test_html_is_one_self_contained_file(html):
    # No script or stylesheet fetched from anywhere: plotly.js is inline, once.
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", html)
    assert html.count("Plotly.newPlot(") >= 1
    assert html.count("<script>") - html.count("Plotly.newPlot(") == 1  # the one bundle


def test_html_escapes_document_text(html):
    assert EVIL not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_html_has_summary_table_behind_list_and_completion(html, evaluation):
    assert evaluation.summary_line() in html
    assert '<span class="status behind">滞后</span>' in html
    assert "2023-2025年需年均增长7.09%" in html
    assert "鹤山市“十三五”规划主要目标完成情况表" in html
    assert "000_78da752c5f85d6f1.txt" in html


def test_xlsx_has_numeric_cells_and_one_sheet_per_section(evaluation, store):
    data = render_report(evaluation, "xlsx", completion=completion_table(store, "鹤山市"))
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["概要", "主要指标评估表", "指标", "滞后", "来源", "完成情况"]
    ws = wb["指标"]
    header = [c.value for c in ws[1]]
    gdp = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] == "gdp")
    row = dict(zip(header, gdp, strict=True))
    assert row["目标值"] == 6 and isinstance(row["目标值"], int | float)
    assert row["已实现年均增速(%)"] == pytest.approx(2.8)
    assert row["需年均增速(%)"] == pytest.approx(7.0887)  # rounded to four places
    assert row["状态"] == "滞后"
    behind = list(wb["滞后"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in behind] == ["地区生产总值"]
    done = list(wb["完成情况"].iter_rows(min_row=3, values_only=True))
    assert done[0][:6] == (1, "地区生产总值(亿元)", None, 9.1, 374.76, 7)


def test_markdown_has_summary_table_and_sources(evaluation):
    md = render_report(evaluation, "md").decode()
    assert evaluation.summary_line() in md
    assert "| 地区生产总值 | 经济发展 | 增速 | 年均增长6%左右 | 2025 |" in md
    assert "## 滞后指标" in md and "**地区生产总值**" in md
    assert "<script>" not in md and "&lt;script&gt;" in md


def test_indicator_chart_is_a_plain_plotly_dict(evaluation):
    fig = indicator_chart(evaluation.rows[0])
    target, actual, assumed = fig["data"]
    assert target["x"] == [2020, 2021, 2022, 2023, 2024, 2025]
    assert target["y"][-1] == pytest.approx(100 * 1.06**5)
    # 2021 unreported: never a reported point. The solid line skips it; the assumed
    # value (the realised average 2.8%) is a hollow marker on a dotted line, labelled.
    assert actual["y"][0] == 100 and actual["y"][1] is None
    assert actual["y"][2] == pytest.approx(102.8 * 1.028)
    assert assumed["y"][1] == pytest.approx(102.8)
    assert assumed["marker"]["symbol"][1] == "circle-open" and assumed["text"][1] == "假设"
    assert assumed["line"]["dash"] == "dot"
    assert "滞后" in fig["layout"]["title"]["text"]


def test_annex_lays_out_what_a_mid_term_evaluation_annex_holds(evaluation, store):
    md = render_report(evaluation, "md").decode()
    header = next(line for line in md.splitlines() if line.startswith("| 序号 |"))
    cells = [c.strip() for c in header.strip("|").split("|")]
    assert cells[:6] == ["序号", "指标", "属性", "单位", "2020年基期值", "2025年目标"]
    assert "2021年" in cells and "2022年" in cells
    assert cells[-4:] == ["进度", "评价", "尚需", "2025年预计"]
    # Rows in the plan's own order, numbered: GDP is a numbered row of the annex.
    gdp = next(line for line in md.splitlines() if re.match(r"\| \d+ \| 地区生产总值 \|", line))
    # 2.8% a year against 6%左右: 滞后, 7.09% still needed, 2.8% a year projected.
    assert "年均增长2.8%" in gdp and "| 滞后 |" in gdp and "年均增长7.09%" in gdp
    assert "难以实现" in gdp
    assert "规划确定的" in md and "分领域看" in md and "进度滞后" in md

    data = render_report(evaluation, "xlsx", completion=completion_table(store, "鹤山市"))
    ws = load_workbook(io.BytesIO(data))["主要指标评估表"]
    assert [c.value for c in ws[1]][:2] == ["序号", "指标"]
    assert ws.column_dimensions["B"].width >= 2 * len("地区生产总值")
    numbers = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, float)]
    assert numbers and all(round(c.value, 2) == c.value for c in numbers)
