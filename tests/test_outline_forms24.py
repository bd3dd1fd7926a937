"""Forms of plan outlines and sector plans (round 24), on sentences composed for these
tests in the style of news pages about a province's or a city's sector plan."""

from planwatch.describe import plan_period
from planwatch.pipeline import analyse_text

# A news page: its title gives a figure, not the plan; the plan is named in the body
# with its field between the plan and 规划, and the review names the plan before it.
_SECTOR_NEWS = (
    "某省：力争2025年全省快递业务量达到80亿件\n"
    "2022-06-14 09:30\n"
    "日前，某省人民政府印发《某省“十四五”邮政业发展规划》。"
    "到2025年，全省快递业务量达到80亿件，年均增长12%左右。\n"
    "“十三五”期间，全省快递业务量年均增长31%，超额完成“十三五”规划目标。\n"
)


def test_a_sector_plan_named_with_its_field_names_the_period():
    assert plan_period(_SECTOR_NEWS) == (2021, 2025)


def test_growth_to_the_horizon_of_a_named_sector_plan_starts_with_its_period():
    facts = analyse_text("s.txt", _SECTOR_NEWS).facts
    growth = [f for f in facts if f.value == 12]
    assert growth and all(
        (f.kind.value, f.year, f.period_start) == ("target", 2025, 2021) for f in growth
    )


def test_a_field_word_run_does_not_reach_across_punctuation():
    text = "某市“十三五”以来，交通发展规划有序实施。\n“十四五”时期主要目标\n"
    assert plan_period(text) == (2021, 2025)


# A news page listing a plan's aims one a line under a heading naming the plan.
_AIMS_LIST_NEWS = (
    "图解：某省政府工作报告要点\n2026-01-20 09:12\n"
    "一、“十五五”时期主要目标\n\n"
    "全社会研发经费投入年均增长8%以上\n\n"
    "单位地区生产总值能耗累计降低13%左右\n\n"
    "二、2026年主要预期目标\n\n"
    "地区生产总值增长5.5%左右\n"
)


def _by_value(text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text("n.txt", text).facts
    }


def test_an_aim_summed_under_a_heading_naming_its_plan_is_over_the_plans_years():
    facts = _by_value(_AIMS_LIST_NEWS)
    assert facts[-13] == ("target", "growth", 2030, 2026)
    assert facts[8] == ("target", "growth", 2030, 2026)
    assert facts[5.5] == ("target", "growth", 2026, None)


def test_a_result_summed_in_a_review_of_a_plan_is_over_its_years():
    text = (
        "某市“十四五”能源发展规划\n\n第一章 发展基础\n\n"
        "“十三五”期间，全市能源供应保障有力，全社会用电量年均增长6.1%；"
        "节能降耗成效明显，单位地区生产总值能耗累计下降18.4%，超额完成省下达任务。\n"
    )
    assert _by_value(text)[-18.4] == ("actual", "growth", 2020, 2016)


# News of a county's aims for the plan's five years, going on in a second paragraph.
_AIMS_NEWS = (
    "某县人代会开幕 定下新的五年目标\n2021-01-22 10:05\n"
    "1月21日，某县第十届人民代表大会第五次会议开幕。2020年，全县地区生产总值预计达到96亿元。\n"
    "县长表示，到“十四五”末，全县地区生产总值要达到150亿元，年均增长7%以上。\n"
    "同时，县城建成区面积达到18平方公里，常住人口城镇化率达到52%以上。\n"
    "与此同时，2020年全县城镇新增就业3200人。\n"
)


def test_a_paragraph_adding_to_aims_with_no_time_of_its_own_keeps_their_year():
    facts = _by_value(_AIMS_NEWS)
    assert facts[96][:3] == ("actual", "level", 2020)
    assert facts[150][:3] == ("target", "level", 2025)
    assert facts[18][:3] == ("target", "level", 2025)
    assert facts[52][:3] == ("target", "level", 2025)


def test_a_paragraph_opening_with_its_own_time_is_not_carried_on():
    assert _by_value(_AIMS_NEWS)[3200][:3] == ("actual", "level", 2020)


def test_a_lead_in_naming_a_year_ahead_and_an_aim_dates_the_items_after_it():
    # An undated page listing a city's health aims as numbered items after a lead-in.
    text = (
        "未来五年某市建设“健康城市”，到2025年将实现：\n"
        "1、新建三级医院6家\n"
        "2、每千人口执业（助理）医师数达到3.5人\n"
        "3、居民人均预期寿命达到80.5岁\n"
    )
    facts = _by_value(text)
    for value in (6, 3.5, 80.5):
        assert facts[value][0] == "target" and facts[value][2] == 2025


def test_run_in_items_after_an_aims_lead_in_are_that_years_aims():
    # News of a county's party congress: its aims for 2025 in run-in paragraphs.
    text = (
        "某县确定今后五年奋斗目标\n时间：2021-08-20 09:30:00\n"
        "记者从某县第十四次党代会上获悉，今后五年该县将加快建设生态强县。\n"
        "到2025年，该县将实施“三大战略”，实现三大具体目标：\n"
        "综合实力显著增强。到2025年，全县地区生产总值达到260亿元；社会消费品零售总额达到"
        "95亿元，全社会固定资产投资五年累计突破600亿元。\n"
        "产业结构更加合理。三次产业结构比调整为12:45:43。\n"
    )
    facts = _by_value(text)
    for value in (260, 95, 12, 45, 43):
        assert facts[value][0] == "target" and facts[value][2] == 2025


def test_a_lead_in_naming_a_past_year_still_dates_results():
    text = (
        "某县2021年国民经济和社会发展计划执行情况\n2022-01-12\n"
        "2021年，全县主要指标完成情况如下：\n"
        "全县地区生产总值完成180亿元，增长7.2%。\n"
    )
    facts = _by_value(text)
    assert facts[180][0] == "actual" and facts[180][2] == 2021


def test_a_population_class_of_cities_is_no_fact():
    # A transport plan's coverage rates, each for a class of cities by population.
    text = (
        "某省“十四五”综合交通运输发展规划\n\n第一章 发展基础\n\n"
        "“十三五”时期，全省高速铁路对50万人口以上城市覆盖率达到90%，"
        "高速公路覆盖所有20万以上人口城市，公路总里程达到21.3万公里。\n"
    )
    facts = analyse_text("t.txt", text).facts
    assert sorted(f.value for f in facts) == [21.3, 90]
