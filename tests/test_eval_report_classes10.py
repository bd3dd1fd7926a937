"""A tenth set of classes of writing of plan evaluations, in text composed for these tests
in the style mid-term evaluations are published in: a look back counted from the plan's
first year (两年半来, 两年来, 三年来) ends at the plan's first year + n − 1 or at the year of
writing, whichever comes first — not at the year the review states its whole-year results
as of (2022年，全市… in an evaluation of October 2023); and the years a review says are
left (后三年建设任务较重) speak of their own clause: the sentences after them report results."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def _midterm(body: str) -> str:
    return (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
        "（2023年10月）\n\n"
        "一、规划纲要实施总体情况\n\n"
        "2022年，全市地区生产总值达到2150亿元，增长4.6%。"
        "2022年全市一般公共预算收入182亿元。\n\n"
        f"{body}\n"
    )


def test_a_span_and_a_half_runs_from_the_plans_first_year_to_the_year_of_writing():
    text = _midterm("城乡面貌持续改善。两年半来，全市累计新建城市公园26个，新增停车泊位1.2万个。")
    facts = _facts("h1.txt", text)
    for figure in ("26个", "1.2万个"):
        fact = facts[figure]
        assert (fact.kind, fact.year, fact.period_start) == (Kind.ACTUAL, 2023, 2021), figure  # type: ignore[attr-defined]
    # The review's whole-year results stay as of the year it names.
    assert facts["2150亿元"].year == 2022  # type: ignore[attr-defined]


def test_two_whole_years_of_the_plan_end_at_its_second_year():
    text = _midterm("城乡面貌持续改善。两年来，全市累计新建城市公园26个，新增停车泊位1.2万个。")
    fact = _facts("h2.txt", text)["26个"]
    assert (fact.year, fact.period_start) == (2022, 2021)  # type: ignore[attr-defined]
