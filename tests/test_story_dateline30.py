"""A story's dateline after its byline (round 30), composed here in the style of a county people's
congress page on a mid-term evaluation (the figures are this file's own): 本网讯（记者 王某）8月29日，
… dates the story in August of the plan's year the page gives (none printed), so the evaluation
reports as of the year before, its counts of indicators too.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "某县人大常委会网站\n"
    "县人大常委会听取全县“十四五”规划纲要实施情况中期评估报告\n"
    "本网讯（记者 王某）8月29日，县人大常委会第十二次会议听取了县政府关于全县“十四五”规划纲要"
    "实施情况中期评估的报告。\n"
    "报告显示，《纲要》确定的30项主要指标中，22项达到或超过序时进度，8项滞后于序时进度。\n"
)


def test_the_dateline_after_a_byline_gives_the_month():
    a = analyse_text("某县新闻.txt", _TEXT)
    assert (a.document.meta.reference_year, a.document.meta.reference_month) == (2023, 8)
    counts = {_TEXT[f.start : f.end]: f.year for f in a.facts if f.unit == "项"}
    assert counts == {"22项": 2022, "8项": 2022}
