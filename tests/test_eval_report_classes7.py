"""A seventh set of classes of writing of plan evaluations, in text composed for these
tests in the style such reports are published in: a mid-term evaluation printing no date
that states its results as of the end of its plan's third year (截至2023年底，…, or the
years 2021—2023年，…) — written the year after, not in that third year (the plan alone
says); a figure compared with a plan's aim quoted by name (与规划目标X相差…, 与规划
目标X差距较大) — one rule, one year for the aim; and a final evaluation written in the
next plan's first year reporting that year so far (进入“十四五”，…今年一季度…，两年平均
增长…；…) — results of the year of writing, not aims of the next plan; and the figures of
an evaluation's closing section on what is to be done (四、下一步工作建议, 四、推进《纲要》
后半程实施的主要举措) naming no time — aims, unless the heading names the problems found
first, and an average or a flow among them runs over the rest of the plan (from the year
after the one reviewed), unless it is the plan's own aim named so; and a year after 为 and
before 的 (，为2020年的1.4倍, 仅为2015年的39%) — the base of a multiple or share, not the
figure's year, unless 为 ends a change (调整为2022年的…). Each in two wordings."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe.meta import describe
from prosefacts import analysed_facts as _facts

# -- a mid-term evaluation's year, from the year its results are stated as of -------------


_SECTOR_MIDTERM_TITLE = "某市水务发展“十四五”规划实施情况中期评估报告\n\n"


def test_an_undated_midterm_evaluation_stating_results_to_its_third_years_end_is_of_the_next():
    text = _SECTOR_MIDTERM_TITLE + (
        "《某市水务发展“十四五”规划》实施以来，各项任务有序推进。现将中期评估情况报告如下。\n\n"
        "一、总体进展\n\n"
        "截至2023年底，规划确定的16项指标中，11项达到序时进度要求。\n"
        "全市用水总量控制在21.6亿立方米以内，万元地区生产总值用水量比2020年下降11.4%。\n"
    )
    meta = describe(text, name="m1.txt")
    assert meta.reference_year == 2024
    assert any(e.basis == "closed_year" and e.text == "截至2023年底" for e in meta.evidence)
    # Its results stay those of 2023, the year it states them as of.
    assert meta.reviewed_year == 2023
    facts = _facts("m1.txt", text)
    assert (facts["11项"].kind, facts["11项"].year) == (Kind.ACTUAL, 2023)  # type: ignore[attr-defined]


def test_an_undated_midterm_evaluation_naming_its_years_under_review_from_the_plans_first():
    text = _SECTOR_MIDTERM_TITLE + (
        "2021—2023年，全市水务系统统筹推进节水、治水、兴水各项工作，规划目标任务总体进展顺利。\n\n"
        "一、主要指标进展\n\n"
        "全市城镇污水处理率达到96.2%，较2020年提高1.8个百分点。\n"
    )
    meta = describe(text, name="m2.txt")
    assert meta.reference_year == 2024
    assert meta.reviewed_year == 2023


def test_a_midterm_evaluation_stating_results_to_its_second_years_end_keeps_the_third_year():
    # 截至2022年底 in a 十四五 evaluation: written in 2023, as the plan says (its results 2022's).
    text = _SECTOR_MIDTERM_TITLE + (
        "截至2022年底，规划确定的16项指标中，9项达到序时进度要求。\n"
        "到2025年底，全市城镇污水处理率达到97%以上。\n"
    )
    meta = describe(text, name="m3.txt")
    assert meta.reference_year == 2023
    assert meta.reviewed_year == 2022


def test_an_aim_put_as_by_the_end_of_a_later_year_dates_nothing():
    # 到2024年底，… in the next steps of an undated evaluation is an aim, not a year over.
    text = _SECTOR_MIDTERM_TITLE + (
        "一、下一步工作\n\n到2024年底，全市新建改造供水管网300公里，城镇污水处理率达到96.5%。\n"
    )
    assert describe(text, name="m4.txt").reference_year == 2023


# -- an aim quoted by name before its figure, the gap to it after: one rule ---------------


_MIDTERM_HEAD = (
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "某市发展和改革委员会\n"
    "2023年9月\n\n"
    "一、主要指标进展情况\n"
)
_FINAL_HEAD = (
    "某县国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
    "某县发展和改革局\n"
    "2021年2月\n\n"
    "一、主要指标完成情况\n"
)


def _aim(facts: dict[str, object], value: str) -> tuple[Kind, int | None, str]:
    f = facts[value]
    kind_ev = next(e for e in f.evidence if e.field == "kind")  # type: ignore[attr-defined]
    return f.kind, f.year, kind_ev.basis  # type: ignore[attr-defined]


def test_an_aim_before_a_stated_difference_midway_is_the_plans_aim_for_its_end():
    text = _MIDTERM_HEAD + (
        "2022年全市研发经费投入强度为2.1%，与规划目标2.8%相差0.7个百分点。"
        "全市地区生产总值达到2160亿元，与《纲要》确定的目标3000亿元差距较大。\n"
    )
    facts = _facts("g1.txt", text)
    assert _aim(facts, "2.8%") == (Kind.TARGET, 2025, "aim_gap")
    assert _aim(facts, "3000亿元") == (Kind.TARGET, 2025, "aim_gap")
    assert (facts["2.1%"].kind, facts["2.1%"].year) == (Kind.ACTUAL, 2022)  # type: ignore[attr-defined]


def test_an_aim_before_a_gap_in_a_final_evaluation_is_for_the_year_in_force():
    text = _FINAL_HEAD + (
        "2020年全县城镇化率达到58.4%，距规划目标62%尚差3.6个百分点；"
        "森林覆盖率为41.2%，较规划目标43%仍有差距。\n"
    )
    facts = _facts("g2.txt", text)
    assert _aim(facts, "62%") == (Kind.TARGET, 2020, "aim_gap")
    assert _aim(facts, "43%") == (Kind.TARGET, 2020, "aim_gap")
    assert facts["3.6个百分点"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- a final evaluation reporting the year it is written in, the next plan's first --------


_FINAL_2021_HEAD = (
    "某县国民经济和社会发展第十三个五年规划纲要实施情况总结评估报告\n"
    "某县发展和改革局\n"
    "2021年5月\n\n"
    "一、主要指标完成情况\n"
    "2020年全县地区生产总值达到412.6亿元，“十三五”时期年均增长6.1%。\n"
)


def test_a_section_on_the_next_plan_so_far_reports_results_of_the_year_of_writing():
    text = _FINAL_2021_HEAD + (
        "五、“十四五”开局以来的经济运行\n"
        "进入“十四五”，全县经济稳中向好。今年一季度，全县地区生产总值增长12.4%，"
        "两年平均增长4.9%；规模以上工业增加值增长15.1%，社会消费品零售总额增长20.3%；"
        "一般公共预算收入完成9.6亿元。\n"
    )
    facts = _facts("f1.txt", text)
    for value in ("12.4%", "4.9%", "15.1%", "20.3%", "9.6亿元"):
        f = facts[value]
        assert (f.kind, f.year) == (Kind.ACTUAL, 2021), value  # type: ignore[attr-defined]
    assert facts["412.6亿元"].year == 2020  # type: ignore[attr-defined]


def test_the_first_quarter_of_the_year_of_writing_under_suggestions_is_a_result_so_far():
    text = _FINAL_2021_HEAD + (
        "四、对“十四五”规划实施的建议\n"
        "从“十四五”开局情况看，今年一季度全县地区生产总值增长15.2%，两年平均增长5.3%，"
        "增速居全市第3位；固定资产投资增长21.7%。\n"
        "“十四五”时期，建议将地区生产总值年均增长目标设定在6%左右。\n"
    )
    facts = _facts("f2.txt", text)
    for value in ("15.2%", "5.3%", "21.7%"):
        f = facts[value]
        assert (f.kind, f.year) == (Kind.ACTUAL, 2021), value  # type: ignore[attr-defined]
    assert (facts["6%左右"].kind, facts["6%左右"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]


# -- an evaluation's section on what is to be done --------------------------------------


_MIDTERM_REVIEW = (
    "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "某市发展和改革委员会\n"
    "2023年10月\n\n"
    "一、主要指标进展情况\n"
    "截至2022年底，全市地区生产总值达到1860亿元，年均增长5.2%。\n"
)


def test_a_closing_section_of_suggestions_in_an_evaluation_sets_aims():
    text = _MIDTERM_REVIEW + (
        "四、下一步工作建议\n"
        "（一）补齐公共服务短板。新建中小学校15所，新增学位1.2万个，改造老旧小区180个。\n"
    )
    facts = _facts("n1.txt", text)
    for value in ("15所", "1.2万个", "180个"):
        f = facts[value]
        assert (f.kind, f.year) == (Kind.TARGET, 2025), value  # type: ignore[attr-defined]
        kind_ev = next(e for e in f.evidence if e.field == "kind")  # type: ignore[attr-defined]
        assert (kind_ev.basis, kind_ev.text) == ("section", "下一步")


def test_a_closing_section_of_measures_for_the_plans_second_half_sets_aims():
    text = _MIDTERM_REVIEW + (
        "四、推进《纲要》后半程实施的主要举措\n"
        "（一）兜牢民生底线。每年新增城镇就业不少于3.5万人，城镇调查失业率控制在5.5%以内。\n"
    )
    facts = _facts("n2.txt", text)
    assert (facts["3.5万人"].kind, facts["3.5万人"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]
    assert facts["1860亿元"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_a_heading_naming_the_problems_found_before_the_suggestions_keeps_them_results():
    text = _MIDTERM_REVIEW + (
        "三、存在的主要问题和后三年工作建议\n"
        "一是工业基础薄弱，全市规模以上工业企业仅有316家。二是财政收支矛盾突出。\n"
    )
    facts = _facts("n3.txt", text)
    assert facts["316家"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_an_average_aimed_at_in_a_closing_section_runs_over_the_rest_of_the_plan():
    text = _MIDTERM_REVIEW + (
        "四、推进《纲要》后半程实施的主要举措\n"
        "（一）扩大有效投资。力争研发经费投入年均增长12%以上，社会消费品零售总额年均增长7%左右。\n"
    )
    facts = _facts("r1.txt", text)
    for value in ("12%以上", "7%左右"):
        f = facts[value]
        assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2023), value  # type: ignore[attr-defined]


def test_a_flow_aimed_at_in_suggestions_runs_over_the_rest_but_a_plans_aim_moved_over_all():
    text = _MIDTERM_REVIEW + (
        "四、下一步工作建议\n"
        "（一）补齐民生短板。新建普惠性托育机构30家，新增托位4500个。\n"
        "（二）调整部分指标。建议将进出口总额年均增长目标由12%调整为8%。\n"
    )
    facts = _facts("r2.txt", text)
    for value in ("30家", "4500个"):
        f = facts[value]
        assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2023), value  # type: ignore[attr-defined]
    assert facts["8%"].period_start == 2021  # type: ignore[attr-defined]


# -- a year after 为 and before 的: a base ---------------------------------------------


def test_a_year_after_wei_and_before_de_is_the_base_of_a_multiple_or_a_share():
    text = _MIDTERM_REVIEW + (
        "2022年全市实际使用外资3.42亿美元，为2020年的1.6倍。"
        "受疫情影响，2022年全市公路客运量下降至2140万人次，仅为2019年的46%。\n"
    )
    facts = _facts("w1.txt", text)
    multiple = facts["1.6倍"]
    assert (multiple.year, multiple.period_start) == (2022, 2021)  # type: ignore[attr-defined]
    assert facts["46%"].year == 2022  # type: ignore[attr-defined]


def test_a_year_after_a_verb_of_change_and_wei_is_the_figures_own():
    text = _MIDTERM_REVIEW + "三次产业结构由2020年的6.1∶40.2∶53.7调整为2022年的5.8∶39.6∶54.6。\n"
    facts = _facts("w2.txt", text)
    assert all(f.year in (2020, 2022) for f in facts.values())  # type: ignore[attr-defined]
    assert any(f.year == 2022 and f.start > text.index("调整为") for f in facts.values())  # type: ignore[attr-defined]
