"""Classes of writing in plan outlines and sector plans, round 10. Every text is composed
for these tests in the style of 规划纲要 and 专项规划 issued as official documents.

- The date an official document gives itself: its issue number (发文字号) under the title,
  某府发〔2022〕21号, or after 发文字号：, names the year it was issued, and a date line
  closing on 印发 is an issue line (a plan of 2021–2025 issued in 2022 reviews 2021).
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType
from planwatch.describe import describe, reference_date

# --- the issue number and the 印发 date line -------------------------------------------------

PLAN_BODY = (
    "第一章　发展基础\n“十三五”期间，全市卫生健康事业稳步发展，"
    "每千人口医疗卫生机构床位数达到6.9张。\n"
)


@pytest.mark.parametrize(
    ("head", "year", "iso", "basis"),
    [
        ("某市“十四五”卫生健康事业发展规划\n某府发〔2022〕21号\n", 2022, "2022", "issue_number"),
        (
            "某市“十四五”综合交通发展规划\n索引号：01234/2022-00087　　"
            "发文字号：某政办字[2022]45号\n",
            2022,
            "2022",
            "issue_number",
        ),
        (
            "某市“十四五”综合交通运输体系发展规划\n某府办〔2022〕3号　　2022年1月14日印发\n",
            2022,
            "2022-01-14",
            "issue_line",
        ),
        (
            "某县“十四五”生态环境保护规划\n某县生态环境局　　2022年3月2日发布\n",
            2022,
            "2022-03-02",
            "issue_line",
        ),
    ],
)
def test_an_official_documents_issue_number_or_issue_line_dates_it(head, year, iso, basis):
    text = head + PLAN_BODY
    ref = reference_date(text, DocType.SECTOR_PLAN, period=(2021, 2025))
    assert ref.year == year and ref.date is not None and ref.date.iso() == iso
    assert ref.evidence[0].basis == basis
    meta = describe(text, name="t")
    assert meta.reference_year == year


def test_a_cited_documents_number_inside_a_sentence_does_not_date_the_plan():
    text = (
        "某市“十四五”综合交通发展规划\n第一章　发展基础\n按照《某省交通发展规划》"
        "（某政办字〔2016〕162号）部署，全市交通运输系统加快建设。\n"
    )
    ref = reference_date(text, DocType.SECTOR_PLAN, period=(2021, 2025))
    assert ref.year == 2021 and ref.evidence[0].basis == "plan_period"
