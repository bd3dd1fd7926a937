"""A ratio's values printed bare in a PDF text layer that spaces years and figures off (round 30),
composed here in the style of a county's final evaluation (the figures are this file's own):
城乡收入比由 2015 年的 3.38 缩小到 2.87 — both numbers are the ratio's, as without the spaces.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def test_a_ratios_spaced_values_are_read():
    text = "某县“十三五”规划纲要实施情况总结评估报告\n城乡收入比由 2015 年的 3.38 缩小到 2.87。\n"
    facts = {text[f.start : f.end]: f for f in analyse_text("某县评估.txt", text).facts}
    assert (facts["3.38"].year, facts["2.87"].year) == (2015, 2020)
    assert facts["3.38"].indicator == facts["2.87"].indicator == "城乡收入比"
