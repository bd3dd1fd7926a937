"""Time words with a PDF text layer's spaces around their figures (round 29), composed here in
the style of a province's mid-term evaluation as a text layer (the figures are this file's own):
前 3 年 is the plan's first three years, and 截至今年 6 月底 an as-of date, no part of a name.
"""

from __future__ import annotations

from planwatch.extract.prose_names import clean_name
from planwatch.extract.time_marks import time_marks
from planwatch.pipeline import analyse_text


def test_spaced_time_words_are_no_part_of_a_name():
    assert clean_name("截至今年 6 月底已开工建设") == "已开工建设"
    assert clean_name("前 3 年全省服务业增加值比重") == "服务业增加值比重"


def test_the_plans_first_years_spaced_off():
    (mark,) = [m for m in time_marks("前 3 年全省服务业增加值比重分别为") if m.kind == "first"]
    assert mark.offset == 3
    text = (
        "某省“十三五”规划纲要实施情况中期评估报告\n"
        "前 3 年全省服务业增加值比重分别为 46.8%、48.9% 和 50.6%。\n"
    )
    years = {text[f.start : f.end]: f.year for f in analyse_text("某省中期评估.txt", text).facts}
    assert years == {"46.8%": 2016, "48.9%": 2017, "50.6%": 2018}
