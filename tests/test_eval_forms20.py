"""Forms of mid-term evaluations and outlines (round 20, issue 10), composed here in the style
of real ones (the figures are this file's own):

* a cover printing the title over three lines, the plan's name on the first and what the
  document is on the last (…第十四个五年规划 / 和二〇三五年远景目标纲要 / 实施中期评估报告);
* a government's notice adjusting some of its outline's targets, the outline's name quoted
  in book-title marks (关于调整《…纲要》部分主要指标的通知): an adjustment of the plan made
  mid-way, not the outline;
* an evaluation written late in its year whose result clauses open with the last whole year,
  its text layer wrapped (a year at a line's start after a full line opens no clause) and a
  projection naming the plan's last year (2025年…需达到): its results are as of that last year;
* a count of indicators by status dated by its sentence (截至2023年三季度末，15项…；4项…);
* an outline's review of the last plan headed 发展背景;
* the plan's aim a result is weighed against (已超过规划提出的62%的目标) passes no kind on.
"""

from __future__ import annotations

from planwatch.extract.prose import _aim_named_after
from planwatch.pipeline import analyse_text


def _facts(text: str) -> dict[float, tuple[str, int | None]]:
    return {f.value: (f.kind.value, f.year) for f in analyse_text("t.txt", text).facts}


def test_a_title_over_three_lines_is_the_evaluations():
    text = (
        "某市国民经济和社会发展第十四个五年规划\n"
        "和二〇三五年远景目标纲要\n"
        "实施中期评估报告\n\n"
        "某市发展和改革委员会\n2023年11月\n\n"
        "一、主要指标完成情况\n"
        "2022年全市地区生产总值达到512.6亿元，增长4.4%。\n"
    )
    meta = analyse_text("t.txt", text).document.meta
    assert meta.doc_type.value == "plan_midterm_evaluation"
    assert meta.title.endswith("实施中期评估报告")


def test_a_notice_adjusting_the_outlines_targets_is_an_adjustment():
    text = (
        "标题 某市人民政府关于调整《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
        "部分主要指标的通知\n"
        "发布时间：2022-11-28\n\n"
        "各县（区）人民政府：\n"
        "《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》实施以来，部分指标与发展实际"
        "出现较大偏离。现对纲要部分主要指标作如下调整。\n"
        "地区生产总值年均增长目标由7%调整为5.5%左右。\n"
    )
    meta = analyse_text("t.txt", text).document.meta
    assert meta.doc_type.value == "plan_midterm_evaluation"


_LATE = (
    "某县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
    "（2023年11月）\n"
    "一、主要指标完成情况\n"
    "　　经济发展方面。2022年全县实现地区生产总值286.4亿元，2021—2022年年均增长\n"
    "4.6%，低于规划确定的年均增长6.5%左右的目标。一般公共预算收入完成18.2亿元，年\n"
    "均增长5.1%。城乡居民人均可支配收入达到25410元，森林覆盖率达到41.6%，较\n"
    "2020年提高0.8个百分点。2023年以来经济回升向好，前三季度地区生产总值增长5.3%。\n"
    "　　按年均增长6%测算，2025年全县地区生产总值需达到340亿元。\n"
)


def test_a_late_evaluations_results_are_as_of_its_last_whole_year():
    facts = _facts(_LATE)
    assert facts[25410] == ("actual", 2022)  # (undated: as of the year its clauses open with)
    assert facts[41.6] == ("actual", 2022)
    assert facts[340] == ("target", 2025)


def test_a_count_of_indicators_dated_by_its_sentence():
    text = (
        "某省“十四五”规划纲要实施中期评估报告\n（2023年12月）\n一、主要指标进展\n"
        "　　《纲要》提出的22项主要指标中，截至2023年三季度末，15项指标进展符合或快于预期，"
        "3项指标已提前达到2025年目标；4项指标进展滞后。\n"
        "　　2022年全省地区生产总值15901亿元，增长2.7%。2022年末全省常住人口3099万人。\n"
    )
    facts = _facts(text)
    assert facts[15] == facts[3] == facts[4] == ("actual", 2023)
    assert facts[15901] == ("actual", 2022)


def test_an_outlines_review_headed_development_background():
    text = (
        "某县国民经济和社会发展第十三个五年规划纲要\n"
        "一、发展背景和总体要求\n"
        "（一）发展背景\n"
        "“十二五”时期，全县上下齐心协力，基本完成“十二五”规划确定的各项目标任务。\n"
        "综合实力大幅增强。初步核算，2015年全县生产总值达186.4亿元，年均增长10.2%；"
        "财政收入12.5亿元，五年累计完成固定资产投资520亿元。\n"
        "人民生活持续改善。城镇和农村居民人均可支配收入分别达到25600元和10900元。\n"
        "（二）主要目标\n"
        "到2020年，全县生产总值年均增长8%左右。\n"
    )
    facts = _facts(text)
    assert facts[12.5] == ("actual", 2015)
    assert facts[25600] == facts[10900] == ("actual", 2015)
    assert facts[8] == ("target", 2020)


def test_an_aim_a_result_is_weighed_against_passes_no_kind_on():
    text = (
        "某区“十三五”规划纲要实施中期评估报告\n（2018年11月）\n一、主要指标完成情况\n"
        "民生改善成效明显。常住人口城镇化率62.3%，已超过规划提出的62%的目标；"
        "城乡居民人均可支配收入分别达到34118元和15236元。\n"
    )
    found = analyse_text("t.txt", text).facts
    aim = next(f for f in found if f.value == 62)
    assert (aim.kind.value, aim.year) == ("target", 2020)
    # (The aim is the measure of the result before it: the sentence after it is not told
    # by it what kind its figures are.)
    assert _aim_named_after(text, aim)
    assert {f.kind.value for f in found if f.value in (34118, 15236)} == {"actual"}


def test_the_vision_an_outline_aims_at_is_no_time_of_its_figures():
    # (锚定二〇三五年远景目标: the vision's name; its figures are the plan's, to 2025.)
    text = (
        "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第二章 主要目标\n"
        "锚定二〇三五年远景目标，今后五年全市地区生产总值年均增长7%左右，到2025年突破900亿元；"
        "常住人口城镇化率达到61%；森林覆盖率达到55%。\n"
    )
    facts = _facts(text)
    assert facts[61] == facts[55] == ("target", 2025)


def test_an_aim_quoted_before_the_gaps_own_figure():
    # (距规划目标1.6%还有0.48个百分点的差距: 1.6% is the aim, the gap's figure comes first.)
    text = (
        "某市“十四五”规划纲要实施中期评估报告\n（2023年11月）\n一、主要指标完成情况\n"
        "　　2022年全社会研发经费投入强度为1.12%，距规划目标1.6%还有0.48个百分点的差距。\n"
    )
    facts = _facts(text)
    assert facts[1.6] == ("target", 2025)
    assert facts[1.12] == ("actual", 2022)
