"""A list of a report's parts in one sentence, wrapped by a PDF text layer so that a line opens
on its second item (round 29; composed here in the style of a county news page on its work
report): …报告共分三个部分：一、2025年工作回顾；⏎二、2026年主要目标；三、2026年重点工作。
The line is no heading: the figures after it are the year's results, not its aims.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text
from planwatch.structure import build_outline

_PAGE = (
    "某县政府工作报告：今年地区生产总值预期增长6%左右\n"
    "1月12日上午，某县人民代表大会会议开幕。县长作政府工作报告。报告共分三个部分：一、2025年工作回顾；\n"
    "二、2026年工作总体要求和主要目标；三、2026年重点工作。\n"
    "报告指出，过去一年，全县经济运行稳中有进。全年氯化钾产量达到412万吨，碳酸锂产量3.6万吨，增长12.4%。\n"
)


def test_a_wrapped_list_item_is_no_heading():
    outline = build_outline(_PAGE)
    assert not [h for h in outline.headings if "主要目标" in h.title]


def test_the_results_after_it_stay_results():
    facts = analyse_text("某县新闻.txt", _PAGE).facts
    potash = [f for f in facts if _PAGE[f.start : f.end] == "412万吨"]
    assert potash and potash[0].kind is Kind.ACTUAL and potash[0].year == 2025
