"""一图读懂 pages flattened to text: cards of a name line, a figure line and a growth line.

A portal's picture summary of a work report, saved as text, sets each figure out as a
card of short lines. Such a page is no hard-wrapped PDF text (its lines hold no clause
marks), and a growth line under a figure line takes the card's name.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text
from planwatch.read.wrap import looks_wrapped

CARDS = """汝州市人民政府 > 信息公开 > 政策解读
图解：2025年汝州市政府工作报告
2025-01-16 09:20　来源：市融媒体中心
[图片]
2024年 · 发展成绩
地区生产总值
583.2亿元
增长5.8%
一般公共预算收入
31.06亿元
增长7.4%
规模以上工业增加值
增长9.1%
社会消费品零售总额
226.7亿元
增长6.3%
城镇新增就业
1.12万人
新登记市场主体
9865户
[图片]
2025年 · 主要预期目标
地区生产总值
增长6%左右
一般公共预算收入
增长5%
规模以上工业增加值
增长8%以上
固定资产投资
增长10%
社会消费品零售总额
增长6.5%
城镇调查失业率
控制在5.5%以内
居民人均可支配收入
与经济增长同步
单位地区生产总值能耗
完成省下达任务
[图片]
长按识别二维码阅读报告全文
编辑：王敏　审核：李建国
"""


PICTURE_SUMMARY = """汝州市人民政府 > 信息公开 > 政策解读
图解｜2025年汝州市政府工作报告
[图片]
2024年 · 发展成绩
地区生产总值
583.2亿元 增长5.8%
一般公共预算收入
31.06亿元 增长7.4%
规模以上工业增加值
增长9.1%
社会消费品零售总额
226.7亿元 增长6.3%
城乡居民人均可支配收入
38620元 / 21450元
增长5.1% / 6.9%
城镇新增就业
1.12万人
[图片]
2025年 · 主要预期目标
地区生产总值
增长6%左右
一般公共预算收入
增长5%
城镇调查失业率
控制在5.5%以内
"""


def test_a_page_of_cards_is_not_read_as_a_hard_wrapped_text():
    # Its longest lines (a breadcrumb, a title, two figures on a line) run on into the
    # next line as a PDF's would, but hold no clause mark: cards, not wrapped prose.
    assert not looks_wrapped(PICTURE_SUMMARY)
    facts = analyse_text("summary.txt", PICTURE_SUMMARY).facts
    got = {(f.indicator, f.kind, f.measure, f.year): f.value for f in facts}
    assert got[("地区生产总值", Kind.ACTUAL, Measure.LEVEL, 2024)] == 583.2
    assert got[("一般公共预算收入", Kind.ACTUAL, Measure.GROWTH, 2024)] == 7.4
    assert got[("城镇新增就业", Kind.ACTUAL, Measure.LEVEL, 2024)] == 1.12
    assert got[("地区生产总值", Kind.TARGET, Measure.GROWTH, 2025)] == 6


def test_each_cards_figures_take_its_name_the_growth_under_a_figure_too():
    facts = analyse_text("cards.txt", CARDS).facts
    got = {(f.indicator, f.kind, f.measure, f.year): f.value for f in facts}
    A, T, L, G = Kind.ACTUAL, Kind.TARGET, Measure.LEVEL, Measure.GROWTH
    assert got[("地区生产总值", A, L, 2024)] == 583.2
    assert got[("地区生产总值", A, G, 2024)] == 5.8
    assert got[("一般公共预算收入", A, G, 2024)] == 7.4
    assert got[("社会消费品零售总额", A, G, 2024)] == 6.3
    assert got[("城镇新增就业", A, L, 2024)] == 1.12
    assert got[("地区生产总值", T, G, 2025)] == 6
