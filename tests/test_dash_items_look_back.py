"""A work report's five-year look back (过去五年，…取得新成效。) followed by dash items
(——综合实力稳步提升。…) lists the five years' results: each item, naming no time of its own,
is in the look back's time (a change's first value at the year before the five years, a
yearly average over them). Text composed for these tests in the style of a district's report;
figures invented."""

from planwatch.pipeline import analyse_text

_REPORT = (
    "2026年某区政府工作报告\n\n"
    "各位代表：\n\n"
    "过去五年，我们坚持稳中求进工作总基调，全区各项事业取得新进展。\n\n"
    "——经济实力持续增强。地区生产总值从512.6亿元增长到688.3亿元，年均增长5.2%。\n\n"
    "——民生福祉不断改善。累计新增城镇就业4.1万人，建成保障性住房2300套。\n"
)


def _facts():
    text = _REPORT
    a = analyse_text("r.txt", text)
    return {text[f.start : f.end]: f for f in a.facts}


def test_a_dash_items_change_starts_before_the_five_years():
    facts = _facts()
    assert facts["512.6亿元"].year == 2020
    assert facts["688.3亿元"].year == 2025


def test_a_dash_items_average_and_flows_cover_the_five_years():
    facts = _facts()
    assert (facts["5.2%"].year, facts["5.2%"].period_start) == (2025, 2021)
    assert (facts["2300套"].year, facts["2300套"].period_start) == (2025, 2021)
