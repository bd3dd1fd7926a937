"""Round 25's forms of reports reviewing a plan's first year and of their meeting news, on
text written for these tests in the style of district and county pages; no sentence copied."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text

OPENING = "2027年1月10日，临川区第十九届人民代表大会第二次会议开幕，区长作政府工作报告。\n"


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("r.txt", text).facts}


def test_a_plan_named_as_started_well_gives_its_first_years_results():
    for lead in (
        "2026年，临川实现了“十五五”良好开局。",
        "2026年，“十五五”实现良好开局。",
        "过去一年，全区“十五五”开好局、起好步。",
    ):
        text = OPENING + "报告指出，" + lead + "预计地区生产总值820亿元、增长6%以上，固定资产投资"
        text += "291.5亿元、增长10%。\n"
        facts = _facts(text)
        for key in ((820.0, "亿元"), (6.0, "%"), (291.5, "亿元")):
            assert facts[key].kind is Kind.ACTUAL, (lead, key)
            assert facts[key].year == 2026, (lead, key)
        assert facts[(291.5, "亿元")].period_start is None, lead


def test_members_on_leave_are_counted_at_the_meeting_as_those_present():
    text = (
        "2月3日，临川区第二届人民代表大会第七次会议隆重开幕。大会应到代表127人，因事因病请假"
        "14人，实到代表113人，符合法定人数。区长在回顾2020年和“十三五”工作时说，全区2020年"
        "实现地区生产总值68.2亿元，同比增长4.3%。报告提出，2021年地区生产总值增长8%左右。\n"
    )
    facts = _facts(text)
    assert {facts[(n, "人")].year for n in (127.0, 14.0, 113.0)} == {2021}
