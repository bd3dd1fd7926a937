"""Indicator tables of mid-term plan evaluations as text (round 21, issue 10), composed here
in the style of a city's 规划实施中期评估 annex (the cells are this file's own):

* the plan's aims and the results side by side under two groups, 规划目标 over 2020年 |
  2025年 | 年均增长〔累计〕 and 实施情况 over 2021年 | 2022年 | 年均增长〔累计〕, one cell a
  line, pipe-parted with the groups typed once, and spaced as a PDF text layer prints it:
  the second group's figures are results, the base year under 规划目标 is the figure the
  plan starts from (a result);
* a growth column printed over two kind columns (年均增长(%) over 目标 | 实际) beside a
  verdict column two lines high, spaced, pipe-parted and one cell a line: the growth aimed
  at and the growth achieved, the verdict no column of figures;
* a row with a cell for every column keeps them in order, a growth row's figures under
  level columns included;
* a dash one space after a name closing on its unit (…（%） —) in a row opened by its 序号.
"""

from __future__ import annotations

import pytest

from planwatch.pipeline import analyse_text

_HEAD = "某市“十四五”规划纲要实施中期评估报告\n（2023年11月）\n附表\n“十四五”规划纲要主要指标实施进展情况\n"
_END = "二、主要问题\n部分指标进展偏慢。\n"
_LOWER = ["2020年", "2025年", "年均增长〔累计〕", "2021年", "2022年", "年均增长〔累计〕"]
_ROWS = [
    ["1", "地区生产总值（亿元）", "1480", "2100", "7左右", "1602", "1715", "7.6", "预期性", "符合预期"],
    ["2", "常住人口城镇化率（%）", "57.4", "62", "〔4.6〕", "58.3", "59.1", "〔1.7〕", "预期性", "符合预期"],
    ["3", "单位地区生产总值能源消耗降低（%）", "—", "—", "〔13.5〕", "2.8", "3.3", "〔6.0〕", "约束性", "符合预期"],
    ["4", "城镇新增就业人数（万人）", "—", "—", "〔18〕", "3.9", "4.2", "〔8.1〕", "预期性", "快于预期"],
]  # fmt: skip


def _two_groups(layout: str) -> str:
    if layout == "lines":
        cells = ["序号", "指标", "规划目标", "实施情况", "属性", "进展情况", *_LOWER]
        body = "\n".join([*cells, *(c for r in _ROWS for c in r)]) + "\n"
    elif layout == "pipes":
        upper = ["序号", "指标", "规划目标", "", "", "实施情况", "", "", "属性", "进展情况"]
        lines = [upper, ["", "", *_LOWER, "", ""], *_ROWS]
        body = "".join("| " + " | ".join(r) + " |\n" for r in lines)
    else:
        body = (
            "序号  指标                                      规划目标                 "
            "          实施情况                 属性     进展情况\n"
            "                                        2020年   2025年   年均增长〔累计〕   "
            "2021年   2022年   年均增长〔累计〕\n"
        )
        for r in _ROWS:
            name = r[1] + " " * max(1, 34 - 2 * len(r[1]))
            body += f"{r[0]:<6}{name}" + "     ".join(r[2:]) + "\n"
    return _HEAD + body + _END


def _facts(text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text("t.txt", text).facts
    }


@pytest.mark.parametrize("layout", ["lines", "pipes", "spaced"])
def test_results_under_their_group_beside_the_plans(layout):
    facts = _facts(_two_groups(layout))
    assert facts[1480] == ("actual", "level", 2020, None)  # the base, under 规划目标
    assert facts[2100] == ("target", "level", 2025, None)
    assert facts[7] == ("target", "growth", 2025, 2021)
    assert facts[1602] == ("actual", "level", 2021, None)
    assert facts[1715] == ("actual", "level", 2022, None)
    assert facts[7.6] == ("actual", "growth", 2022, 2021)
    assert facts[4.6][:3] == ("target", "change", 2025)
    assert facts[1.7][:3] == ("actual", "change", 2022)
    assert facts[13.5][0] == "target" and facts[6.0][0] == "actual"
    assert facts[3.3][:3] == ("actual", "growth", 2022)
    # (A review's bracketed flow total is a change, GOLD_SPEC: tests/test_eval_brackets22.)
    assert facts[18][0] == "target" and facts[8.1][:3] == ("actual", "change", 2022)


_GROWTH_ROWS = [
    ["地区生产总值（亿元）", "1480", "2100", "1715", "7.2", "7.6", "快于预期"],
    ["一般公共预算收入（亿元）", "96", "130", "104", "6.3", "4.1", "滞后"],
    ["规模以上工业增加值（亿元）", "402", "590", "455", "8", "6.4", "基本符合预期"],
]


def _growth_pair(layout: str) -> str:
    upper = ["指标", "2020年", "2025年", "2022年", "年均增长(%)", "评价"]
    lower = ["基期", "目标", "完成", "目标", "实际"]
    if layout == "lines":
        body = "\n".join([*upper, *lower, *(c for r in _GROWTH_ROWS for c in r)]) + "\n"
    elif layout == "pipes":
        lines = [[*upper[:5], "", upper[5]], ["", *lower, ""], *_GROWTH_ROWS]
        body = "".join("| " + " | ".join(r) + " |\n" for r in lines)
    else:
        body = (
            "指标                         2020年     2025年     2022年     年均增长(%)       评价\n"
            "                             基期       目标       完成       目标    实际\n"
        )
        for r in _GROWTH_ROWS:
            body += r[0] + " " * (29 - 2 * len(r[0]) + 2) + "".join(f"{c:<11}" for c in r[1:4])
            body += f"{r[4]:<8}{r[5]:<10}{r[6]}\n"
    return _HEAD + body + _END


@pytest.mark.parametrize("layout", ["lines", "pipes", "spaced"])
def test_a_growth_column_over_its_aim_and_its_result(layout):
    facts = _facts(_growth_pair(layout))
    assert facts[1480] == ("actual", "level", 2020, None)
    assert facts[2100] == ("target", "level", 2025, None)
    assert facts[1715] == ("actual", "level", 2022, None)
    assert facts[7.2] == ("target", "growth", 2025, 2021)
    assert facts[7.6] == ("actual", "growth", 2022, 2021)
    assert facts[4.1] == ("actual", "growth", 2022, 2021)
    assert facts[8] == ("target", "growth", 2025, 2021)


def test_a_growth_row_with_a_cell_for_every_column_keeps_its_order():
    cells = [
        "指标", "2020年基期", "2025年目标", "2021年完成", "2022年完成", "年均增长（%）目标",
        "年均增长（%）实际", "评价",
        "地区生产总值（亿元）", "1480", "2100", "1602", "1715", "7.2", "7.6", "快于预期",
        "居民人均可支配收入增长（%）", "6.1", "7", "8.4", "5.2", "—", "—", "基本符合预期",
        "一般公共预算收入（亿元）", "96", "130", "99", "104", "6.3", "4.1", "滞后",
    ]  # fmt: skip
    facts = _facts(_HEAD + "\n".join(cells) + "\n" + _END)
    assert facts[6.1] == ("actual", "growth", 2020, None)
    assert facts[7] == ("target", "growth", 2025, 2021)
    assert facts[8.4] == ("actual", "growth", 2021, None)
    assert facts[5.2] == ("actual", "growth", 2022, None)


_OUTLINE = "某县国民经济和社会发展第十四个五年规划纲要\n专栏1  “十四五”时期经济社会发展主要指标\n"


def test_a_set_in_bracket_under_the_growth_column_and_a_unit_wrapped_under_a_name():
    # A PDF text layer of an outline's table: 〔累计〕 printed under 年均增长 (not going on
    # with 属性, the line's last cell), a name's unit wrapped onto the line under it.
    text = _OUTLINE + (
        "类别      指标                                   2020年     2025年     年均增长        属性\n"
        "                                                                        〔累计〕\n"
        "经济      地区生产总值增长（%）                   4.1        —          6左右           预期性\n"
        "发展      常住人口城镇化率（%）                   49.6       55         〔5.4〕         预期性\n"
        "民生      每千人口拥有3岁以下婴幼儿托位数         0.9        4          〔3.1〕         预期性\n"
        "          （个）\n"
        "福祉      人均预期寿命（岁）                      77.9       78.6       〔0.7〕         预期性\n"
        "第二章  主要任务\n"
    )
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    assert (facts[6].kind.value, facts[6].measure.value, facts[6].year) == (
        "target",
        "growth",
        2025,
    )
    assert (facts[5.4].measure.value, facts[5.4].period_start) == ("change", 2021)
    places = facts[4]
    assert (places.kind.value, places.year, places.unit) == ("target", 2025, "个")
    assert facts[3.1].unit == "个"
    life = facts[78.6]  # (the row after the wrapped unit is read too)
    assert (life.indicator, life.kind.value, life.year, life.unit) == (
        "人均预期寿命",
        "target",
        2025,
        "岁",
    )
    assert facts[0.7].measure.value == "change"


_EVAL = "某区“十四五”规划纲要中期评估报告\n（2023年9月）\n附件\n主要指标完成情况表\n"
_YES_NO_HEAD = ["序号", "指标名称", "单位", "2020年", "2025年目标", "2022年", "是否完成", "属性"]
_YES_NO_ROWS = [
    ["1", "地区生产总值", "亿元", "388", "540", "447.2", "是", "预期性"],
    ["2", "一般公共预算收入", "亿元", "27.5", "36", "30.1", "是", "预期性"],
    ["3", "城镇新增就业人数", "万人", "—", "〔4.5〕", "1.9", "是", "预期性"],
    ["4", "PM2.5年均浓度", "微克/立方米", "36", "32", "34", "否", "约束性"],
    ["5", "森林覆盖率", "%", "44.3", "45", "44.6", "√", "约束性"],
]


@pytest.mark.parametrize("repeated", [True, False])
def test_a_yes_or_no_column_one_cell_a_line_across_a_page_break(repeated):
    # 是否完成 heads a verdict column (是 / 否 / √: no row's name); the table goes on past a
    # page's number, its header printed again after 续表 or not.
    again = ["续表", *_YES_NO_HEAD] if repeated else []
    cells = [*_YES_NO_HEAD, *(c for r in _YES_NO_ROWS[:3] for c in r), "— 8 —", *again]
    cells += [c for r in _YES_NO_ROWS[3:] for c in r]
    facts = {
        f.value: (f.kind.value, f.year, f.binding.value if f.binding else None)
        for f in analyse_text("t.txt", _EVAL + "\n".join(cells) + "\n" + _END).facts
    }
    assert facts[540] == ("target", 2025, "expected")
    assert facts[447.2] == ("actual", 2022, "expected")
    assert facts[4.5] == ("target", 2025, "expected")
    assert facts[32] == ("target", 2025, "binding")
    assert facts[34] == ("actual", 2022, "binding")
    assert facts[45] == ("target", 2025, "binding")
    assert facts[44.6] == ("actual", 2022, "binding")


def test_note_marks_after_names_and_figures():
    # A note's number as a superscript, in square brackets, after 注 or 注 in brackets: no
    # part of the name, no unit, no part of the figure.
    rows = [
        ["城镇调查失业率¹", "%", "5.4", "<5.5", "5.2", "预期性"],
        ["常住人口城镇化率[1]", "%", "51.8", "57", "53.6", "预期性"],
        ["粮食综合生产能力（注）", "万吨", "62", "≥62", "63.4", "约束性"],
        ["森林覆盖率", "%", "44.3", "45", "44.6注", "约束性"],
        ["人均预期寿命", "岁", "77.6", "78.5", "78.1[2]", "预期性"],
        ["重点关注", "个", "12", "20", "15", "预期性"],
    ]
    cells = [
        "指标",
        "单位",
        "2020年",
        "2025年目标",
        "2022年",
        "属性",
        *(c for r in rows for c in r),
    ]
    text = _EVAL + "\n".join(cells) + "\n注：1.调查口径。2.快报数。\n" + _END
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    assert (facts[5.2].indicator, facts[5.2].unit) == ("城镇调查失业率", "%")
    assert facts[57].indicator == "常住人口城镇化率"
    assert (facts[63.4].indicator, facts[63.4].unit) == ("粮食综合生产能力", "万吨")
    forest = facts[44.6]
    assert (forest.kind.value, forest.year, text[forest.start : forest.end]) == (
        "actual",
        2022,
        "44.6",
    )
    assert (facts[78.1].kind.value, facts[78.1].year) == ("actual", 2022)
    assert facts[20].indicator == "重点关注"  # (a word's own 注)


def test_a_group_over_two_years_beside_columns_with_lower_halves_one_cell_a_line():
    # 规划目标 over 2020年 | 2025年, 2022年 over 完成值, 是否达到 over 序时进度, 属性 two
    # lines high: the upper line's cells, then the lower line's, one a line.
    head = ["序号", "指标", "单位", "规划目标", "2022年", "是否达到", "属性"]
    head += ["2020年", "2025年", "完成值", "序时进度"]
    rows = [
        ["1", "地区生产总值", "亿元", "388", "540", "447.2", "是", "预期性"],
        ["2", "一般公共预算收入", "亿元", "27.5", "36", "30.1", "是", "预期性"],
        ["3", "PM2.5年均浓度", "微克/立方米", "36", "32", "34", "否", "约束性"],
    ]
    text = _EVAL + "\n".join([*head, *(c for r in rows for c in r)]) + "\n" + _END
    facts = {f.value: (f.kind.value, f.year) for f in analyse_text("t.txt", text).facts}
    assert facts[388] == ("actual", 2020)
    assert facts[540] == ("target", 2025)
    assert facts[447.2] == ("actual", 2022)
    assert facts[32] == ("target", 2025)
    assert facts[34] == ("actual", 2022)


@pytest.mark.parametrize("head", ["目标进度（%）", "完成进度（%）", "进度（%）"])
def test_a_progress_column_is_how_far_the_results_have_come(head):
    # However the column is named (目标进度: progress towards the aim), its figure is a
    # result of the year reviewed: a share of the aim done, in %.
    cells = ["指标", "2020年", "2025年目标", "2022年", head, "评价"]
    cells += ["地区生产总值（亿元）", "388", "540", "447.2", "38.9", "符合预期"]
    cells += ["森林覆盖率（%）", "44.3", "45", "44.6", "42.9", "基本符合预期"]
    cells += ["城镇新增就业（万人）", "—", "〔4.5〕", "1.9", "42.2", "符合预期"]
    facts = {
        f.value: f for f in analyse_text("t.txt", _EVAL + "\n".join(cells) + "\n" + _END).facts
    }
    for v in (38.9, 42.9, 42.2):
        assert (facts[v].kind.value, facts[v].year, facts[v].unit) == ("actual", 2022, "%")
    assert (facts[540].kind.value, facts[540].year) == ("target", 2025)


def test_a_verdict_column_two_lines_high_after_years_over_kind_words():
    # One cell a line: 指标 2015年 2020年 2020年 完成情况, then 基数 规划目标 实际完成 under
    # the years only (完成情况 is two lines high), each row closing on its verdict.
    head = ["指标", "2015年", "2020年", "2020年", "完成情况", "", "基数", "规划目标", "实际完成"]
    rows = [
        ["地区生产总值", "206.4", "330", "341.2", "超额完成"],
        ["一般公共预算收入", "18.3", "30", "27.6", "未完成"],
        ["城镇居民人均可支配收入", "24150", "36000", "36820", "超额完成"],
    ]
    text = (
        "某县“十三五”规划纲要实施情况总结评估\n（2021年2月）\n某县“十三五”规划主要指标完成情况表\n"
        "单位：亿元、元\n" + "\n".join([*head, *(c for r in rows for c in r)]) + "\n" + _END
    )
    facts = {f.value: (f.kind.value, f.year) for f in analyse_text("t.txt", text).facts}
    assert facts[206.4] == ("actual", 2015)
    assert facts[330] == ("target", 2020)
    assert facts[341.2] == ("actual", 2020)
    assert facts[30] == ("target", 2020)
    assert facts[27.6] == ("actual", 2020)
