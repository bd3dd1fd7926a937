"""Round 23's forms of evaluations, on documents written for these tests (each in the style
of a bureau's or a government's published evaluation, no sentence copied)."""

from __future__ import annotations

import pytest

from planwatch.core.data import Kind
from planwatch.describe.meta import describe
from planwatch.pipeline import analyse_text

# A bureau's summary of a sector plan's mid-term evaluation, published in December of the
# plan's third year: it counts its indicators as of a month of that year and states its
# results undated, with one clause opening with the year before.
SUMMARY = (
    "松溪市“十五五”生态环境保护规划实施中期评估报告（摘要）\n"
    "发布时间：2028-12-06\n"
    "一、主要指标进展情况\n"
    "《规划》提出4个方面14项主要指标。{statement}8项指标进度符合预期，2项指标已提前完成，"
    "4项指标进度滞后。\n"
    "全市森林覆盖率达到46.2%，城市污水集中处理率达到97.5%。2027年全市空气质量优良天数"
    "比例为88.6%。\n"
)


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("s.txt", text).facts}


def test_a_sentence_dated_by_a_month_of_its_own_year_speaks_from_that_year():
    text = SUMMARY.format(statement="截至2028年6月底，")
    meta = describe(text, name="s.txt")
    assert (meta.reference_year, meta.as_of_year) == (2028, None)
    facts = _facts(text)
    assert facts[(8.0, "项")].year == 2028
    assert facts[(46.2, "%")].year == 2028 and facts[(46.2, "%")].kind is Kind.ACTUAL
    assert facts[(88.6, "%")].year == 2027


@pytest.mark.parametrize("statement", ["", "评估显示，"])
def test_without_it_the_clause_opening_with_the_year_before_dates_the_results(statement):
    text = SUMMARY.format(statement=statement)
    assert describe(text, name="s.txt").as_of_year == 2027
    assert _facts(text)[(46.2, "%")].year == 2027


def test_a_month_inside_a_sentence_dates_its_own_figures_only():
    text = SUMMARY.format(statement="").replace(
        "2027年全市", "重大项目中，截至2028年9月底，已开工78个。2027年全市"
    )
    assert describe(text, name="s.txt").as_of_year == 2027
