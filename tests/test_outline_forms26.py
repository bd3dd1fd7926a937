"""Forms of plan outlines read on real public pages (round 26), on sentences composed for
these tests in the style of those pages."""

from planwatch.pipeline import analyse_text


def _by_value(name: str, text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text(name, text).facts
    }


# An outline's look back at the plan before it, as a PDF text layer prints it (spaces around
# the digits), comparing each result with the plan's base year by 同比: 同比2015年增长 is
# 比2015年增长 (the growth over the five years), not a growth over the year before.
_SAME_BASE = (
    "某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第一章 发展基础\n"
    "“十三五”时期，全区主要经济指标稳中有进，到 2020 年底，预计实现地区生产总值 "
    "86.42 亿元，同比 2015 年增长 58.3%；税收收入预计实现 4.71 亿元，同比 2015 年"
    "增长 46%；城乡居民储蓄存款余额 63.8 亿元，比2015年增长 39.5%。\n"
)


def test_tongbi_before_a_base_year_compares_with_that_year():
    facts = _by_value("某区纲要.txt", _SAME_BASE)
    assert facts[86.42] == ("actual", "level", 2020, None)
    assert facts[58.3] == ("actual", "growth", 2020, 2016)
    assert facts[4.71] == ("actual", "level", 2020, None)
    assert facts[46] == ("actual", "growth", 2020, 2016)
    assert facts[39.5] == ("actual", "growth", 2020, 2016)


def test_tongbi_alone_stays_a_growth_over_the_year_before():
    text = "2023年，全县完成固定资产投资85.6亿元，同比增长7.2%。\n"
    facts = _by_value("n.txt", text)
    assert facts[7.2] == ("actual", "growth", 2023, None)
