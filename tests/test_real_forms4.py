"""Forms of real pages (round 15, outlines, sector plans, communiqués, releases, news).
Every text is composed for these tests in the style of official documents.

- A communiqué's table of its counties prints its unit on a line of its own above the
  header (单位:亿元, right-aligned as the page lays it out) and the header names the
  indicator without a unit (县(市、区)  地区生产总值  比上年增长(%)): each county's row gives
  that indicator in the unit line's unit, and the growth column its growth.
- A news story on a sector plan may run the plan's indicator table into one line, each row
  its name with the unit in brackets and each cell led by its column's year (…（张）2020年
  6.1，2025年7.5，年均增长…%；…): the base year's cells are results, the plan's last
  year's aims, a 年均增长 cell the plan's growth; a note after the line (以上指标均为
  约束性指标) gives every row its attribute. One such row alone on a line is left to the
  readers of one-row lines.
- A level grown to a multiple of a year's (扩大到2020年的3.1倍) is a growth over the years
  since that one, as 是2020年的3.1倍 is: the year after 到 is the base, no horizon.
- A statistics release on the year's first quarters (前三季度 in October, 一季度 in April)
  reports its own year, and its 全年 aims (力争全年地区生产总值增长…) are that year's too,
  not the next year's as a release on a whole year would set.
- Months counted from January opening a clause (1—9月累计同比上涨0.1%, 1—6月全市出口额…)
  are its time, not its indicator: the clause's figure is the indicator named before it,
  or the one after the months.
- A name line over its value line may name a pollutant by its acronym (PM2.5年均浓度 /
  控制在…微克/立方米以内): the digits inside the acronym leave it a name.
- A work report looking back at its five-year plan counts the plan's indicators by how
  they fared (规划确定的30项主要指标中，预计26项能够完成或超额完成，4项难以达到预期): each
  count is named by its status, as an evaluation's are, not by a modal word.
- Two-sessions news quotes delegates (“报告中提出新增…100家以上，这个目标实打实。”):
  报告中提出 is the report's aim as 报告提出 is, and the speech's opening quote mark is no
  part of the figure's name.
- A quarter's growth compared first with the half year's and then with the province's
  (增速比上半年加快0.4个百分点，高于全省平均水平0.2个百分点): the second comparison is of the
  growth itself, not of its change since the half year.
- A reason standing as a clause of its own before a figure without a name (受疫情影响，
  2020年下降至41.5万人次) names nothing: the figure is of the paragraph's indicator.
- Prices fall (下跌) as other figures fall (下降): 均价较上年下跌…% is a negative growth;
  下跌至 is a level reached.
- Work reports count hazards in 万处, as they count projects in 万个.
- A mass in 万公斤/亿公斤 (seed and tea output of county communiqués) is a scaled
  kilogram, as 万吨 is a scaled ton.
"""

from __future__ import annotations

from planwatch.core.units import normalise_unit
from planwatch.pipeline import analyse_text

_HEAD = "丙市2024年国民经济和社会发展统计公报\n\n丙市统计局\n2025年3月18日\n\n"


def _facts_between(text: str, a: str, b: str):
    lo, hi = text.index(a), text.index(b)
    return [f for f in analyse_text("t.txt", text).facts if lo <= f.start < hi]


def test_a_county_table_under_a_unit_line_gives_each_county_its_figures() -> None:
    text = _HEAD + (
        "全年全市地区生产总值1480.6亿元，比上年增长5.1%。\n\n"
        "表3  2024年分县(市、区)地区生产总值\n"
        "                                   单位:亿元\n"
        "县(市、区)      地区生产总值      比上年增长(%)\n"
        "东湖区          402.7             5.4\n"
        "西山县          211.3             4.6\n"
        "南岭县          187.9             6.2\n\n"
        "全年城镇新增就业3.1万人。\n"
    )
    facts = _facts_between(text, "表3", "全年城镇")
    levels = sorted((f.value, f.unit) for f in facts if f.measure.value == "level")
    growths = sorted(f.value for f in facts if f.measure.value == "growth")
    assert levels == [(187.9, "亿元"), (211.3, "亿元"), (402.7, "亿元")]
    assert growths == [4.6, 5.4, 6.2]
    assert all(f.year == 2024 and f.kind.value == "actual" for f in facts)
    assert all("地区生产总值" in f.indicator for f in facts)


def test_a_header_without_units_and_no_unit_line_is_no_county_table() -> None:
    text = _HEAD + (
        "表3  2024年分县(市、区)主要指标\n"
        "县(市、区)      地区生产总值      比上年增长(%)\n"
        "东湖区          402.7             5.4\n"
        "西山县          211.3             4.6\n\n"
        "全年城镇新增就业3.1万人。\n"
    )
    facts = _facts_between(text, "表3", "全年城镇")
    assert not [f for f in facts if f.unit == "亿元"]


def test_a_mass_in_hundred_millions_of_kilograms_is_scaled() -> None:
    assert normalise_unit("亿公斤") == normalise_unit("亿千克")
    text = _HEAD + "全年茶叶种植面积12.4万亩，茶叶产量1.35万公斤，比上年增长3.2%。\n"
    (fact,) = [f for f in analyse_text("t.txt", text).facts if f.value == 1.35]
    assert fact.unit == normalise_unit("万公斤")
    assert "公斤" not in fact.indicator


_PLAN_NEWS = (
    "丁市印发“十四五”卫生健康发展规划\n\n2021-11-20 10:12　来源：丁市日报\n\n"
    "日前，丁市人民政府印发《丁市“十四五”卫生健康发展规划》（以下简称《规划》）。\n"
    "《规划》附有主要指标，摘录如下：一、资源配置：每千人口医疗卫生机构床位数（张）"
    "2020年6.1，2025年7.5，年均增长4.2%；每万人口全科医生数（人）2020年2.9，2025年3.8。"
    "二、健康水平：人均预期寿命（岁）2020年78.2，2025年79.1。\n"
    "（以上指标均为约束性指标）\n"
)


def test_a_plan_table_run_into_one_line_reads_by_the_years_of_its_cells() -> None:
    facts = _facts_between(_PLAN_NEWS, "摘录如下", "（以上")
    got = sorted(
        (f.value, f.unit, f.kind.value, f.measure.value, f.year, f.period_start) for f in facts
    )
    assert got == [
        (2.9, "人", "actual", "level", 2020, None),
        (3.8, "人", "target", "level", 2025, None),
        (4.2, "%", "target", "growth", 2025, 2021),
        (6.1, "张", "actual", "level", 2020, None),
        (7.5, "张", "target", "level", 2025, None),
        (78.2, "岁", "actual", "level", 2020, None),
        (79.1, "岁", "target", "level", 2025, None),
    ]
    assert {f.binding.value for f in facts} == {"binding"}
    assert {f.indicator for f in facts if f.value in (6.1, 7.5, 4.2)} == {
        "每千人口医疗卫生机构床位数"
    }


def test_one_row_of_year_cells_on_its_line_is_no_run() -> None:
    from planwatch.extract.table_year_runs import find_year_runs

    one = "人均预期寿命（岁）：2020年78.2，2025年79.1；属性 预期性\n"
    assert find_year_runs(one) == []
    prose = "2020年全市接待游客3560万人次，2025年接待游客达到6000万人次，旅游总消费700亿元。\n"
    assert find_year_runs(prose) == []


_NEWS_HEAD = (
    "戊区召开第三届人民代表大会第六次会议\n\n发布时间：2027-01-15　来源：戊区融媒体中心\n\n"
    "1月14日，戊区第三届人民代表大会第六次会议开幕。区长代表区人民政府作政府工作报告。"
    "报告指出，2026年全区地区生产总值增长5.6%，区级一般公共预算收入增长4.1%。\n\n"
)


def _by_value(text: str) -> dict[float, tuple[str, int | None]]:
    return {f.value: (f.kind.value, f.year) for f in analyse_text("t.txt", text).facts}


def test_a_years_aims_led_in_one_cell_a_line_are_that_years_aims() -> None:
    text = _NEWS_HEAD + (
        "关于今年的目标，报告提出，2027年全区经济社会发展的主要预期目标是：\n\n"
        "地区生产总值增长\n6%左右\n区级一般公共预算收入增长\n4.5%\n"
        "城镇新增就业岗位\n1.8万个以上\n\n"
        "报告回顾说，过去一年全区新增市场主体2.3万户。\n"
    )
    got = _by_value(text)
    assert got[6.0] == ("target", 2027)
    assert got[4.5] == ("target", 2027)
    assert got[1.8] == ("target", 2027)
    assert got[5.6] == ("actual", 2026)
    assert got[2.3] == ("actual", 2026)  # (the blank line ends the list: the news goes on)


def test_results_of_last_years_aims_led_in_the_same_way_stay_results() -> None:
    text = _NEWS_HEAD + (
        "报告介绍，2026年主要预期目标完成情况如下：\n\n"
        "地区生产总值增长\n5.6%\n城镇新增就业岗位\n1.7万个\n\n"
    )
    got = _by_value(text)
    assert got[1.7] == ("actual", 2026)


_REPORT = (
    "己市人民政府工作报告\n\n——2025年1月8日在己市第五届人民代表大会第四次会议上\n\n"
    "各位代表：\n\n一、2024年工作回顾\n\n"
)


def test_a_multiple_of_a_years_level_after_daodao_counts_from_that_year() -> None:
    text = _REPORT + (
        "五年来，全市光伏装机规模扩大到2020年的3.1倍，全年排查整治安全隐患2.4万处。\n"
    )
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    multiple = facts[3.1]
    assert (multiple.measure.value, multiple.unit) == ("growth", "倍")
    assert multiple.period_start == 2021 and multiple.year == 2024
    assert facts[2.4].unit == "万处"


def test_a_quarters_release_sets_its_own_years_aims() -> None:
    for month, part in (("10", "前三季度"), ("04", "一季度")):
        text = (
            f"{part}全市经济运行稳中向好\n\n庚市统计局  2026-{month}-23\n\n"
            f"根据地区生产总值统一核算结果，{part}全市实现地区生产总值412.3亿元，"
            "同比增长5.2%。\n\n下一步，全市将力争全年地区生产总值增长5.5%左右。\n"
        )
        got = _by_value(text)
        assert got[5.2] == ("actual", 2026), part
        assert got[5.5] == ("target", 2026), part


def test_months_from_january_opening_a_clause_are_no_indicator() -> None:
    text = (
        "前三季度全市经济运行稳中向好\n\n庚市统计局  2026-10-23\n\n"
        "9月份，全市居民消费价格同比上涨0.4%，1—9月累计同比上涨0.2%。"
        "1—9月全市外贸进出口总额86.5亿元。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("t.txt", text).facts}
    assert "居民消费价格" in names[0.2] and "月" not in names[0.2]
    assert names[86.5].endswith("外贸进出口总额") and "月" not in names[86.5]


def test_a_name_line_with_an_acronyms_digits_names_the_value_below() -> None:
    text = _NEWS_HEAD + (
        "关于今年的目标，报告提出，2027年全区经济社会发展的主要预期目标是：\n\n"
        "城镇新增就业岗位\n1.8万个以上\nPM2.5年均浓度\n控制在27微克/立方米以内\n\n"
    )
    (fact,) = [f for f in analyse_text("t.txt", text).facts if f.value == 27]
    assert fact.indicator == "PM2.5年均浓度"
    assert (fact.kind.value, fact.year, fact.comparator.value) == ("target", 2027, "le")


def test_a_work_reports_count_of_plan_indicators_is_named_by_status() -> None:
    text = _REPORT + (
        "对照“十四五”规划，规划确定的30项主要指标中，预计26项能够完成或超额完成，"
        "4项难以达到预期，主要是外贸进出口等指标。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("t.txt", text).facts}
    assert "完成或超额完成" in names[26]
    assert "难以达到预期" in names[4]


def test_a_delegate_quoting_the_reports_aim() -> None:
    text = _NEWS_HEAD + (
        "代表热议\n“报告中提出新增科技型中小企业120家以上，这个目标很实在。”区人大代表说。\n"
    )
    (fact,) = [f for f in analyse_text("t.txt", text).facts if f.value == 120]
    assert fact.indicator == "新增科技型中小企业"
    assert fact.kind.value == "target"


def test_a_growth_compared_after_its_change_since_the_half_year() -> None:
    text = (
        "前三季度全市经济运行稳中向好\n\n庚市统计局  2026-10-23\n\n"
        "前三季度，全市实现地区生产总值412.3亿元，同比增长5.2%，增速比上半年加快0.3个"
        "百分点，高于全省平均水平0.4个百分点。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("t.txt", text).facts}
    assert "上半年" not in names[0.4] and "高于全省" in names[0.4]


def test_a_reason_clause_before_a_nameless_figure_names_nothing() -> None:
    text = (
        "壬市“十四五”综合交通运输发展规划\n\n一、发展基础\n\n"
        "航空运输快速发展。2019年机场旅客吞吐量达到76.3万人次；受疫情影响，2020年下降至"
        "41.5万人次。\n"
    )
    names = {f.value: f.indicator for f in analyse_text("t.txt", text).facts}
    assert "旅客吞吐量" in names[41.5] and "疫情" not in names[41.5]


def test_a_price_that_fell_is_a_negative_growth() -> None:
    text = _HEAD + "全年生猪出栏均价较上年下跌14.6%，鸡蛋价格下跌至每公斤8.2元。\n"
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    fell = facts[-14.6]
    assert (fell.measure.value, fell.unit) == ("growth", "%")
    assert "下跌" not in fell.indicator
