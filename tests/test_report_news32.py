"""News of a work report (round 32), composed here in the style of a district's 十个数字 page
(the figures are this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEN = (
    "某区人民政府网 | 首页 > 新闻中心\n"
    "十个数字读懂2023年区政府工作报告\n"
    "发布时间：2023-01-09 17:20\n"
    "1月8日，区长作政府工作报告。记者梳理了报告中的十个数字。\n"
    "数字1：612.3亿元\n"
    "【原文】2022年全区实现地区生产总值612.3亿元，增长5.1%。\n"
    "数字2：6.5%\n"
    "【原文】2023年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
    "数字3：120个\n"
    "【原文】今年安排区级重点项目120个，年度计划投资215亿元。\n"
)


def test_a_numbered_figure_is_of_the_kind_and_year_its_lines_after_say():
    facts = analyse_text("某区十个数字.txt", _TEN).facts
    # (the figures on the 数字N： lines, not the same figures said again below them)
    on_label = [f for f in facts if _TEN.rfind("数字", 0, f.start) > _TEN.rfind("\n", 0, f.start)]
    label = {_TEN[f.start : f.end]: f for f in on_label}
    assert (label["612.3亿元"].kind.value, label["612.3亿元"].year) == ("actual", 2022)
    assert (label["6.5%"].kind.value, label["6.5%"].year) == ("target", 2023)
    assert (label["120个"].kind.value, label["120个"].year) == ("target", 2023)
