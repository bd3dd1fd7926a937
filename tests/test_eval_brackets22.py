"""A bracketed (cumulative) cell of a sum of money or a flow's total: a review's table
(规划目标 | 实际 | 进度 | 评价) reads it as a change over the plan's years, as GOLD_SPEC's
bracketed cumulative table values; a plan's own table reads it as a level (the period's
total). Tables composed for these tests, in the layouts evaluations and plans use."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline
from planwatch.extract.tables import recover_tables

_REVIEW_ROWS = [
    ["指标", "单位", "2020年", "2025年目标", "2023年", "进度评价"],
    ["地区生产总值", "亿元", "812", "1150", "1003", "符合预期"],
    ["全社会固定资产投资（五年累计）", "亿元", "—", "〔2600〕", "〔1480〕", "符合预期"],
    ["城镇新增就业", "万人", "—", "〔12〕", "〔7.6〕", "快于预期"],
    ["实际利用外资（五年累计）", "亿美元", "—", "〔15〕", "〔8.2〕", "滞后"],
    ["森林覆盖率", "%", "51.3", "52", "51.9", "符合预期"],
]


def _table(rows: list[list[str]], sep: str) -> str:
    body = "\n".join(sep.join(r) for r in rows)
    return (
        "附表  “十四五”规划主要指标实施进展情况\n"
        + body
        + "\n注：〔 〕内为累计数。\n\n三、存在问题\n"
    )


def _facts(text: str, doc_type: DocType) -> dict[str, tuple[Kind, Measure, int | None]]:
    meta = DocumentMeta(
        doc_type=doc_type,
        reference_year=2024,
        reference_date="2024-03-15",
        period_start=2021,
        period_end=2025,
    )
    ctx = ExtractContext(doc="t", meta=meta, outline=Outline())
    (table,) = recover_tables(text, ctx)
    return {text[f.start : f.end]: (f.kind, f.measure, f.period_start) for f in table.facts}


@pytest.mark.parametrize("sep", ["\t", "  "])
@pytest.mark.parametrize(
    "doc_type",
    [DocType.MIDTERM_EVALUATION, DocType.FINAL_EVALUATION, DocType.IMPLEMENTATION_REPORT],
)
def test_a_reviews_bracketed_sum_of_money_or_flow_is_a_change(sep, doc_type):
    got = _facts(_table(_REVIEW_ROWS, sep), doc_type)
    for aim, done in (("〔2600〕", "〔1480〕"), ("〔12〕", "〔7.6〕"), ("〔15〕", "〔8.2〕")):
        assert got[aim] == (Kind.TARGET, Measure.CHANGE, 2021), aim
        assert got[done] == (Kind.ACTUAL, Measure.CHANGE, 2021), done
    assert got["1003"][:2] == (Kind.ACTUAL, Measure.LEVEL)


def test_a_plans_bracketed_sum_of_money_or_flow_is_a_change_as_in_an_evaluation():
    # Settled in round 31: GOLD_SPEC's bracketed cumulative value is a change in every
    # genre, a sum of money or a flow's total included.
    rows = [
        ["指标", "单位", "2020年", "2025年", "属性"],
        ["全社会固定资产投资（五年累计）", "亿元", "—", "〔2600〕", "预期性"],
        ["城镇新增就业", "万人", "—", "〔12〕", "预期性"],
        ["常住人口城镇化率", "%", "55.1", "〔4〕", "预期性"],
    ]
    got = _facts(_table(rows, "\t"), DocType.FIVE_YEAR_PLAN)
    assert got["〔2600〕"][:2] == (Kind.TARGET, Measure.CHANGE)
    assert got["〔12〕"][:2] == (Kind.TARGET, Measure.CHANGE)
    assert got["〔4〕"][:2] == (Kind.TARGET, Measure.CHANGE)
