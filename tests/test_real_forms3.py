"""Forms of real pages (round 15): how real mid-term and final evaluations and
implementation reports are laid out. Every text is composed for these tests in the style of
official documents.

- A list of figures followed by one clause weighing each against its own aim
  (…达到A，…达到B，分别完成《纲要》目标的a%和b%) names each share by the figure named in the
  same place before it, with the aim's words: the shares are not the aim's words.
- A list of whole nouns (化学需氧量、氨氮、氮氧化物、挥发性有机物排放量) lends its last item's
  head to no short item: 氨氮 stays 氨氮; a list of one-character modifiers (省、市重点项目)
  still shares it.
- An as-of date to a month's end (截至2023年6月底，已竣工38项) is time, no part of the name.
- An aim's figure quoted in a result's clause (距《纲要》提出的50%的目标还有…的差距, 实现2.2%
  的目标压力较大, 与12件的目标差距较大, 仅完成目标值6件的35%) is the aim of the figure named
  before (or of the clause's own subject); one named with its own words (距年均增长8%的规划
  目标) keeps them.
- A mid-term evaluation delivered late in its year whose result clauses mostly open with
  the year before (2022年…, 2022年…, now and then 2023年…) reports its undated results as of
  that year, while its count of indicators by status is judged in its own year.
- A final evaluation's heading naming the next plan as the time its problems weigh on
  (四、“十四五”期间需要关注的问题) dates nothing ahead: the figures under it are results.
- A comparison with the area above, its figures told first and then the area alone with 分别
  (全省…年均增长6.7%，全省常住人口城镇化率…62.07%，我市分别低0.1个和4.21个百分点): each gap is
  of the figure named in the same place, and both are below.
- What the rest of the plan needs (后两年需要保持6.5%以上的增速) is the growth of the figure
  named before; a gap between two areas' amounts (与乙市相差120.5亿元) is a change.
- In a paragraph on the plan's major projects dated 截至2023年6月底, a sentence naming its own
  year (乙港2022年货物吞吐量…) keeps that year.
- An annual plan report weighing next year's aims against the five-year plan (规划确定的地区
  生产总值年均增长7%左右的目标) quotes the plan's aim: the plan's last year, from its first.
- A gap against the plan's growth told as 比《纲要》确定的年均增速低0.6个百分点 is the gap of the
  figure named before, not of the plan's words.
"""

from __future__ import annotations

from planwatch.extract.list_heads import share_heads
from planwatch.pipeline import analyse_text

_EVAL_HEAD = (
    "甲市“十四五”规划纲要实施情况中期评估报告\n\n"
    "一、主要指标进展情况\n"
    "《纲要》设置了22项主要指标，其中18项达到或快于序时进度，4项进度滞后。\n"
)


def _names(text: str) -> dict[float, str]:
    return {f.value: f.indicator for f in analyse_text("t.txt", text).facts}


def test_shares_of_each_aim_are_named_by_the_figures_before() -> None:
    text = _EVAL_HEAD + (
        "2022年全市每万人口发明专利拥有量达到9.6件，规上工业企业研发机构覆盖率达到41.5%，"
        "分别完成《纲要》目标的64.0%和83.0%。\n"
    )
    names = _names(text)
    assert "每万人口发明专利拥有量" in names[64.0]
    assert names[83.0].startswith("规上工业企业研发机构覆盖率")
    assert all("完成" in names[v] for v in (64.0, 83.0))


def test_shares_of_each_aim_after_a_shared_list() -> None:
    text = _EVAL_HEAD + (
        "2021—2022年，全市二氧化硫、氨氮、氮氧化物重点工程减排量分别达到1260吨、215吨和"
        "2480吨，分别完成“十四五”减排目标的52.5%、47.8%和61.2%。\n"
    )
    names = _names(text)
    assert names[215.0] == "氨氮"
    assert names[47.8].startswith("氨氮完成")
    assert names[61.2].startswith("氮氧化物重点工程减排量完成")


def test_shares_of_figures_listed_one_a_name_are_shared_out() -> None:
    # (Round 40: names listed before as many bare figures take one each, as the gold of
    # evaluations names them: 氮氧化物重点工程减排量, 挥发性有机物重点工程减排量.)
    text = _EVAL_HEAD + (
        "两年累计完成二氧化硫、氨氮重点工程减排量1260吨和215吨，分别完成五年目标任务的"
        "52.5%和47.8%。\n"
    )
    names = _names(text)
    assert "二氧化硫" in names[1260.0] and "氨氮" not in names[1260.0]
    assert names[215.0].startswith("氨氮重点工程减排量")
    assert "二氧化硫" in names[52.5] and names[47.8].startswith("氨氮")


def test_short_items_share_the_head_only_among_modifiers() -> None:
    assert share_heads(["省", "市重点项目"]) == ["省重点项目", "市重点项目"]
    assert share_heads(["氨氮", "氮氧化物", "挥发性有机物排放量"])[0] == "氨氮"


def test_a_month_end_is_no_part_of_the_name() -> None:
    text = _EVAL_HEAD + (
        "二、重大项目实施情况\n《纲要》安排的96项重大项目中，截至2023年6月底已竣工27项、"
        "在建51项，累计完成投资1280亿元。\n"
    )
    names = _names(text)
    assert names[27.0].startswith("已竣工") or names[27.0].startswith("竣工")
    assert "月底" not in names[51.0]


def test_an_aim_quoted_after_ju_is_the_aim_of_the_figure_before() -> None:
    text = _EVAL_HEAD + (
        "2022年全市服务业增加值占地区生产总值比重达到45.2%，距《纲要》提出的50%的目标还有"
        "4.8个百分点的差距。\n"
    )
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    aim = facts[50.0]
    assert aim.kind.value == "target" and aim.year == 2025
    assert "服务业增加值占地区生产总值比重" in aim.indicator
    gap = next(f for v, f in facts.items() if abs(v) == 4.8)
    assert gap.indicator.endswith("距规划目标差距")
    assert "服务业增加值" in gap.indicator


def test_an_aim_quoted_after_shixian_and_with_yu_at_the_clause_start() -> None:
    text = _EVAL_HEAD + (
        "2022年全市研发经费投入强度为1.6%，实现2.2%的目标压力较大。\n"
        "三是每万人口发明专利拥有量与12件的目标差距较大。\n"
    )
    names = _names(text)
    assert "研发经费投入强度" in names[2.2]
    assert "每万人口发明专利拥有量" in names[12.0]


def test_an_aim_named_before_its_figure_keeps_its_own_name() -> None:
    text = _EVAL_HEAD + (
        "2022年全市一般公共预算收入86.3亿元，年均增长4.1%，距年均增长8%的规划目标差距较大。\n"
    )
    names = _names(text)
    assert "规划目标" not in names[8.0]


def test_an_aim_value_quoted_before_the_share_done_of_it() -> None:
    text = _EVAL_HEAD + ("2022年全市每万人口高价值发明专利拥有量2.1件，仅完成目标值6件的35%。\n")
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    assert facts[6.0].kind.value == "target"
    assert "每万人口高价值发明专利拥有量" in facts[6.0].indicator
    share = facts[35.0]
    assert share.kind.value == "actual" and share.year == 2022
    assert "每万人口高价值发明专利拥有量" in share.indicator


def _late_evaluation(own_year_clause: bool) -> str:
    own = "2023年城乡低保标准提高到每人每月820元。" if own_year_clause else ""
    return (
        "关于甲市“十四五”规划纲要实施情况中期评估的报告\n\n"
        "——2023年12月26日在甲市人民代表大会常务委员会第十六次会议上\n\n"
        "一、主要指标进展情况\n"
        "《纲要》设置了24项主要指标，从评估结果看，17项指标达到或快于序时进度，5项基本符合预期，"
        "2项进度滞后。\n"
        "（一）经济发展。2022年全市地区生产总值1630.2亿元，两年平均增长6.1%。"
        "2022年全市人均地区生产总值达到61250元。\n"
        "（二）民生福祉。2022年全市居民人均可支配收入35120元，年均增长7.2%。" + own + "\n"
        "（三）绿色生态。2022年全市森林覆盖率达到63.1%。"
        "中心城区空气质量优良天数比例达到93.4%，细颗粒物平均浓度降至29微克/立方米。\n"
        "三、下一步工作建议\n"
        "力争全市全社会固定资产投资年均增长8.5%以上，新增城镇就业年均4.2万人。\n"
    )


def test_a_late_evaluation_mostly_of_last_year_dates_undated_results_so() -> None:
    for own in (False, True):
        years = {f.value: f.year for f in analyse_text("t.txt", _late_evaluation(own)).facts}
        assert years[93.4] == 2022 and years[29.0] == 2022, own
        assert years[17.0] == (2023 if own else 2022), own  # (judged when written)
        assert years[2.0] == (2023 if own else 2022), own
    facts = {f.value: f for f in analyse_text("t.txt", _late_evaluation(True)).facts}
    assert (facts[8.5].year, facts[8.5].period_start) == (2025, 2024)  # (the rest: after 2023)


def _final_evaluation(heading: str, line: str) -> str:
    return (
        "乙县“十三五”规划纲要实施情况总结评估报告\n\n"
        "一、主要指标完成情况\n"
        "《纲要》共设置主要指标28项，经评估，24项完成或超额完成规划目标。"
        "2020年全县地区生产总值达到265.3亿元，年均增长6.2%。\n\n" + heading + "\n" + line + "\n"
    )


def test_problems_under_the_next_plan_are_results() -> None:
    text = _final_evaluation(
        "四、“十四五”期间需要关注的问题", "一是产业结构偏重，化工产业占规上工业比重仍达38.6%。"
    )
    f = next(f for f in analyse_text("t.txt", text).facts if f.value == 38.6)
    assert (f.kind.value, f.year) == ("actual", 2020)


def test_aims_under_the_next_plan_stay_aims() -> None:
    text = _final_evaluation(
        "四、“十四五”时期主要目标", "到2025年，全县地区生产总值达到360亿元，年均增长6.5%左右。"
    )
    f = next(f for f in analyse_text("t.txt", text).facts if f.value == 360.0)
    assert (f.kind.value, f.year) == ("target", 2025)


def test_the_area_alone_with_fenbie_shares_out_the_figures_before() -> None:
    text = _EVAL_HEAD + (
        "（六）横向比较。从全省看，2021—2022年全省地区生产总值年均增长6.4%，全省常住人口"
        "城镇化率2022年达到63.5%，我市分别低0.3个和5.2个百分点。\n"
    )
    facts = {abs(f.value): f for f in analyse_text("t.txt", text).facts}
    assert "地区生产总值" in facts[0.3].indicator
    assert "常住人口城镇化率" in facts[5.2].indicator
    assert facts[0.3].value == -0.3 and facts[5.2].value == -5.2


def test_what_the_rest_needs_is_the_figure_before() -> None:
    text = _EVAL_HEAD + (
        "规划确定的地区生产总值年均增长7%左右的目标，2021—2023年年均增长6.1%，后两年需要保持"
        "8.5%以上的增速才能基本实现规划目标。\n"
    )
    f = next(f for f in analyse_text("t.txt", text).facts if f.value == 8.5)
    assert "地区生产总值" in f.indicator
    assert f.kind.value == "target"


def test_a_gap_between_two_areas_amounts_is_a_change() -> None:
    text = _EVAL_HEAD + (
        "县域发展不够均衡，最小的丙县地区生产总值仅为88.6亿元，与乙市相差120.5亿元。\n"
    )
    f = next(f for f in analyse_text("t.txt", text).facts if abs(f.value) == 120.5)
    assert (f.measure.value, f.value) == ("change", 120.5)


def test_a_gap_below_the_plans_growth_is_of_the_figure_before() -> None:
    text = _EVAL_HEAD + (
        "2022年全市一般公共预算收入128.4亿元，2021—2022年年均增长5.2%，比《纲要》确定的年均"
        "增速低1.8个百分点。\n"
    )
    f = next(f for f in analyse_text("t.txt", text).facts if abs(f.value) == 1.8)
    assert "一般公共预算收入" in f.indicator
    assert f.measure.value == "change"


def test_a_sentence_of_its_own_year_after_the_projects_as_of_date() -> None:
    text = (
        "甲市“十四五”规划纲要实施情况中期评估报告\n\n甲市发展和改革委员会\n2023年10月\n\n"
        "一、主要指标进展情况\n《纲要》设置了22项主要指标，其中18项达到或快于序时进度。"
        "截至2022年底，全市地区生产总值达到2310亿元。\n"
        "二、重大项目实施情况\n《纲要》安排的118项重大工程项目中，截至2023年6月底已竣工31项、"
        "在建64项，累计完成投资1865亿元。乙港2022年货物吞吐量达到2.64亿吨，比2020年增长5.1%。\n"
    )
    years = {f.value: f.year for f in analyse_text("t.txt", text).facts}
    assert years[31.0] == 2023
    assert years[2.64] == 2022 and years[5.1] == 2022


def _annual_report(year: int) -> str:
    return (
        f"关于丁市{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划"
        "草案的报告\n\n"
        f"——{year}年1月18日在丁市第五届人民代表大会第四次会议上\n\n"
        f"一、{year - 1}年国民经济和社会发展计划执行情况\n"
        f"{year - 1}年全市地区生产总值增长5.9%，高于年度计划0.4个百分点。\n"
        f"二、{year}年经济社会发展的主要目标\n"
        f"建议{year}年全市地区生产总值增长6%左右。上述目标的安排，主要考虑与五年规划衔接。"
        "规划确定的地区生产总值年均增长6.5%左右的目标，需要保持较快增长。\n"
    )


def test_an_annual_report_quotes_the_five_year_plans_aim() -> None:
    for year, plan in ((2024, (2025, 2021)), (2026, (2030, 2026))):
        facts = {f.value: f for f in analyse_text("t.txt", _annual_report(year)).facts}
        aim = facts[6.5]
        assert aim.kind.value == "target"
        assert (aim.year, aim.period_start) == plan, year
        assert facts[6.0].year == year  # (the year's own aim stays the year's)
