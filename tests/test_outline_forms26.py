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


# 建成区 (the built-up area) holds 建成, a word that makes a figure a flow over the plan
# (建成…座, 建成…公里): the area's size is a stock at the plan's end; 新增 still sums.
_BUILT_UP = (
    "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第二章 主要目标\n"
    "到2025年，城市能级明显提升，中心城区建成区面积达到138平方公里，"
    "城区常住人口达到96万人，新增城市建成区面积14.5平方公里，建成5G基站3200个。\n"
)


def test_the_built_up_area_is_a_stock_not_a_flow():
    facts = _by_value("某市纲要.txt", _BUILT_UP)
    assert facts[138] == ("target", "level", 2025, None)
    assert facts[14.5] == ("target", "level", 2025, 2021)
    assert facts[3200] == ("target", "level", 2025, 2021)


# A newspaper's story of a district's work report of a plan's first year, no date printed but
# the words naming that year the plan's opening one: 今年's aims are that year's, the plan's
# aims its last year's.
_OPENING_YEAR_STORY = (
    "某区力争五年后经济总量翻番\n"
    "  本报讯 2月5日，某区第三届人民代表大会第六次会议开幕，区长作政府工作报告。"
    "站在“十四五”开局之年的新起点上，报告提出了今后五年的发展思路。\n"
    "  今年全区经济社会发展的主要预期目标是：地区生产总值增长7.5%左右；"
    "固定资产投资增长9%；城镇新增就业3800人。\n"
    "  “十四五”时期全区的主要预期目标是：力争地区生产总值达到1500亿元，常住人口达到62万人。\n"
)


def test_a_story_naming_the_plans_opening_year_is_dated_in_it():
    facts = _by_value("n.txt", _OPENING_YEAR_STORY)
    assert facts[7.5][:3] == ("target", "growth", 2021)
    assert facts[3800][:3] == ("target", "level", 2021)
    assert facts[1500][:3] == ("target", "level", 2025)


def test_a_look_back_at_the_opening_year_names_no_year_of_the_text():
    from planwatch.describe.plan_year_named import plan_year_named

    assert plan_year_named("过去一年是“十四五”开局之年，全区…") is None
    assert plan_year_named("今年是“十四五”规划收官之年")[0] == 2025
    assert plan_year_named("今年是“十五五”开局之年")[0] == 2026


# An outline's aims staged by the plan's middle and end (“十四五”中期，…；“十四五”末，…): the
# middle is the plan's third year; a mid-term review named so is no time of its figures.
_MIDDLE = (
    "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第二章 发展目标\n"
    "“十四五”中期，地区生产总值率先突破600亿元；到“十四五”中期，一般公共预算收入达到45亿元；"
    "“十四五”末，地区生产总值达到760亿元。\n"
)


def test_the_plans_middle_is_its_third_year():
    facts = _by_value("某县纲要.txt", _MIDDLE)
    assert facts[600][:3] == ("target", "level", 2023)
    assert facts[45][:3] == ("target", "level", 2023)
    assert facts[760][:3] == ("target", "level", 2025)


# A rate counted before an amount of the same projects (开工率79%，完成投资…): the amount's
# bare word (完成投资) is not the rate's; after a count it is the counted items' (开工项目).
def test_a_rate_owns_no_amount_named_after_it():
    text = "2023年，全县重点项目进展顺利。全年开工项目46项，开工率83%，完成投资72.4亿元。\n"
    names = {f.value: f.indicator for f in analyse_text("n.txt", text).facts}
    assert names[72.4] == "完成投资"
    text = "2023年，全县重点项目进展顺利。全年开工项目46项，完成投资72.4亿元。\n"
    names = {f.value: f.indicator for f in analyse_text("n.txt", text).facts}
    assert names[72.4] == "开工项目完成投资"


# An aim of being first among the area's peers (地区生产总值在全省县域率先突破…): the scope and
# 率先 are no part of the indicator's name.
def test_a_scope_of_being_first_is_not_in_the_name():
    text = (
        "某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第二章 发展目标\n"
        "到2025年，地区生产总值在全市各县率先突破800亿元；一般公共预算收入在全省县域领先达到60亿元。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("某县纲要.txt", text).facts}
    assert names[800] == "地区生产总值"
    assert names[60] == "一般公共预算收入"


# Projects arranged over the plan before (“十三五”期间安排重大项目…个), as an outline's or a major
# projects plan's review counts them: a flow over that plan's years, as 新建 and 续建 are; a
# year's arrangement (全年安排…) stays that year's.
def test_projects_arranged_over_a_plan_are_a_flow():
    text = (
        "某县“十四五”重大项目规划\n"
        "一、“十三五”重大项目回顾\n"
        "“十三五”期间，全县安排重大项目418个，其中续建项目37个。\n"
    )
    facts = _by_value("某县规划.txt", text)
    assert facts[418] == ("actual", "level", 2020, 2016)
    facts = _by_value("n.txt", "2023年，全县安排重点项目120个，完成投资96亿元。\n")
    assert facts[120] == ("actual", "level", 2023, None)
