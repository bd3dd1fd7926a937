"""A short page's title is never guessed from its tail: 上一篇/下一篇 and related links name
other documents (here another plan's outline). Page composed in the style of a provincial
news site."""

from planwatch.core.data import DocType
from planwatch.describe import describe
from planwatch.describe.meta import guess_title

_PAGE = (
    "发布时间：2018-08-02 15:45  【打印】【关闭】\n"
    "某某星报  2016年2月4日  第03版：要闻\n"
    "星报讯 2月3日下午，省政府新闻办召开新闻发布会，通报了我省“十二五”经济社会发展成就。\n"
    "“十二五”期间，我省经济保持了良好发展势头，预计“十二五”经济增速为10.6%。"
    "地区生产总值由2010年的12000亿元增长到2015年的22000亿元。\n\n"
    "上一篇：某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "下一篇：2017年一季度某省经济运行情况\n"
    "相关链接\n"
    "· 某省“十四五”规划纲要实施中期评估报告  2017-07-07\n"
)


def test_the_title_is_not_guessed_from_the_page_tail():
    assert guess_title(_PAGE).startswith("某某星报")  # (the first line: nothing names a kind)


def test_a_story_on_a_plans_results_keeps_its_plan():
    meta = describe(_PAGE, name="story.html")
    assert (meta.period_start, meta.period_end) == (2011, 2015)
    assert meta.doc_type is DocType.FINAL_EVALUATION
