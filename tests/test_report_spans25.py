"""Round 25's forms of transition-year work reports and their news (a plan's last year
reviewed, its five years summed up), on text written for these tests in the style of
published county, city and provincial pages; no sentence copied."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

COUNTY = (
    "政府工作报告\n——2031年1月12日在临川县第九届人民代表大会第五次会议上\n"
    "一、“十五五”时期工作回顾\n"
)
NEWS = "2031年1月12日，临川市第九届人民代表大会第五次会议开幕，市长作政府工作报告。\n"


def _facts(text):
    return {(f.value, f.unit): f for f in analyse_text("r.txt", text).facts}


def test_a_span_a_total_crossed_its_marks_in_dates_the_average_after_it():
    text = COUNTY + (
        "预计2030年，全县地区生产总值完成132.6亿元，五年迈上两个百亿级台阶，年均增长6.8%；"
        "一般公共预算收入完成9.4亿元，同比增长3.1%。\n"
    )
    facts = _facts(text)
    assert (facts[(6.8, "%")].year, facts[(6.8, "%")].period_start) == (2030, 2026)
    assert facts[(3.1, "%")].period_start is None
    assert facts[(132.6, "亿元")].period_start is None


def test_a_share_raised_over_a_span_written_in_digits_covers_the_span():
    text = NEWS + (
        "报告回顾，2030年全市高技术制造业增加值占比达到31.2%，5年提升9.4个百分点；"
        "常住人口城镇化率达到64.5%，五年提高6.2个百分点。\n"
    )
    facts = _facts(text)
    assert (facts[(9.4, "个百分点")].year, facts[(9.4, "个百分点")].period_start) == (2030, 2026)
    assert facts[(6.2, "个百分点")].period_start == 2026
    assert facts[(31.2, "%")].period_start is None


def test_an_average_between_two_levels_named_by_their_years_starts_after_the_first():
    text = NEWS + (
        "报告显示，全市综合实力明显增强。全市地区生产总值2025年为812亿元，2030年达到1105亿元，"
        "年均增长6.1%，一般公共预算收入年均增长4.2%。\n"
    )
    facts = _facts(text)
    assert facts[(812.0, "亿元")].year == 2025
    assert facts[(1105.0, "亿元")].year == 2030
    assert (facts[(6.1, "%")].year, facts[(6.1, "%")].period_start) == (2030, 2026)


def test_an_amount_with_its_growth_over_the_year_before_is_that_years():
    text = (
        "政府工作报告\n——2030年12月20日在临川县第九届人民代表大会第五次会议上\n"
        "一、2030年工作回顾\n2030年是“十五五”规划的收官之年。\n"
        "——决胜“十五五”，我们凝心聚力抓发展，全县经济稳中向好。预计2030年，全县地区生产总值"
        "完成96.2亿元；固定资产投资完成66.2亿元，同比增长9%，连续五年保持两位数增长；"
        "社会消费品零售总额完成41.5亿元，同比增长5%。\n"
    )
    facts = _facts(text)
    assert (facts[(66.2, "亿元")].year, facts[(66.2, "亿元")].period_start) == (2030, None)


def test_a_rank_against_the_world_is_a_rank():
    text = NEWS + (
        "报告回顾，过去五年，全市造船完工量连续八年保持全球第一，光伏组件产量居世界第2位。\n"
    )
    facts = _facts(text)
    assert facts[(1.0, "位")].measure.value == "level"
    assert (2.0, "位") in facts
