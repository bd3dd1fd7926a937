"""A mid-term evaluation's indicator table whose rate column follows the as-of year's
results (2020年 | 2025年目标 | 2022年 | 年均增长(%)): the rate is a result to that year.
Tables composed for these tests in the style of county evaluation reports."""

from planwatch.core.data import DocType, DocumentMeta
from tablefacts import one_table_facts

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-10-12",
    period_start=2021,
    period_end=2025,
)

_ROWS = (
    "1|地区生产总值|亿元|208.4|295|241.6|7.7|预期性\n"
    "2|一般公共预算收入|亿元|12.6|17|14.1|5.8|预期性\n"
    "3|单位地区生产总值能耗降低|%|—|[13.5]|—|[5.2]|约束性\n"
)


def test_a_rate_after_the_as_of_years_results_is_a_result_to_that_year():
    header = "序号|指标|单位|2020年|2025年目标|2022年|年均增长(%)|属性\n"
    facts = one_table_facts(header + _ROWS, MIDTERM)
    assert ("地区生产总值", "actual", "growth", 2022, 7.7, "%") in facts
    assert ("地区生产总值", "target", "level", 2025, 295, "亿元") in facts
    assert ("地区生产总值", "actual", "level", 2022, 241.6, "亿元") in facts
    assert any(
        s[0] == "单位地区生产总值能耗降低" and s[4] == 5.2 and s[1:4] == ("actual", "change", 2022)
        for s in facts
    )


def test_a_rate_after_the_aims_column_stays_the_aim():
    header = "序号|指标|单位|2020年|2022年|2025年目标|年均增长(%)|属性\n"
    rows = _ROWS.replace("|295|241.6|", "|241.6|295|").replace("|—|[13.5]|—|", "|—|—|[13.5]|")
    facts = one_table_facts(header + rows, MIDTERM)
    assert ("地区生产总值", "target", "growth", 2025, 7.7, "%") in facts
