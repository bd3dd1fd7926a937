"""Forms of plan outlines and sector plans read on real public pages (round 25), on
sentences composed for these tests in the style of those pages."""

from planwatch.pipeline import analyse_text


def _by_value(name: str, text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text(name, text).facts
    }


# An outline's review paragraph under a run-in heading, no section heading above it: the
# first clause spans two years (由…年的…增加到…年的…), the clauses after its semicolons
# name no time and report the same year.
_REVIEW_SPAN = (
    "某县国民经济和社会发展第十五个五年规划和2035年远景目标纲要\n"
    "经济实力稳步提升。全县地区生产总值由2020年的210.4亿元增加到2025年的286.9亿元，"
    "年均增长6.4%；一般公共预算收入达到15.2亿元，年均增长4.8%；"
    "社会消费品零售总额97.6亿元。\n"
)


def test_clauses_after_a_two_year_span_report_its_later_year():
    facts = _by_value("某县国民经济和社会发展第十五个五年规划纲要.txt", _REVIEW_SPAN)
    assert facts[286.9] == ("actual", "level", 2025, None)
    assert facts[15.2] == ("actual", "level", 2025, None)
    assert facts[4.8] == ("actual", "growth", 2025, 2021)
    assert facts[97.6] == ("actual", "level", 2025, None)


def test_clauses_after_a_span_in_an_outline_of_the_plan_before_are_results():
    text = _REVIEW_SPAN.replace("第十五个", "第十四个").replace("2025年", "2020年")
    text = text.replace("2020年的210.4", "2015年的210.4")
    facts = _by_value("某县国民经济和社会发展第十四个五年规划纲要.txt", text)
    assert facts[15.2] == ("actual", "level", 2020, None)
    assert facts[4.8] == ("actual", "growth", 2020, 2016)
