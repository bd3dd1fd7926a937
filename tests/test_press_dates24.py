"""The year of press-conference stories (round 24), composed here in the style of the
provincial and national stories read on public pages (the names and figures are this
file's own):

* a story opening under a dateline of month and day (8月2日上午，…举行某省2024年上半年经济
  运行情况新闻发布会) names its year only with the part of the year it reports: the figures
  of 上半年 after it are of that year, not of the year before;
* a story on a plan about to end opening with its full date (2025年8月12日上午，…举行“高质量
  完成‘十四五’规划”新闻发布会) was told in the plan's last year: its 今年 is that year, not
  the year after the plan as a final evaluation's would be.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from prosefacts import analysed_facts

HALF_YEAR = (
    "8月2日上午，某省人民政府新闻办公室举行甘南省2024年上半年经济运行情况新闻发布会，"
    "省统计局负责人介绍有关情况。\n"
    "上半年，全省实现地区生产总值8123.45亿元，同比增长5.3%，增速较一季度加快0.4个百分点。"
    "全省规模以上工业增加值同比增长6.1%。\n"
)


def test_a_half_year_press_story_under_a_dateline_reports_its_own_year():
    facts = analysed_facts("news.txt", HALF_YEAR)
    assert facts["8123.45亿元"].year == 2024
    assert facts["5.3%"].year == 2024
    assert facts["6.1%"].year == 2024


def test_a_year_named_first_for_another_thing_dates_nothing_new():
    # (the first year named is not followed by a part of the year: the rule stays silent)
    text = (
        "8月2日上午，某省举行2024年度重点项目推进情况新闻发布会。\n"
        "上半年，全省重点项目完成投资812亿元，同比增长9.1%。\n"
    )
    meta = analyse_text("news.txt", text).document.meta
    assert meta.as_of_year is None or all(
        e.basis != "part_year_release" for e in meta.evidence if e.field == "as_of_year"
    )


PLAN_END = (
    "2025年8月12日上午，某省人民政府新闻办公室举行“高质量完成‘十四五’规划”系列主题新闻"
    "发布会，省发展改革委主任介绍“十四五”时期全省经济社会发展成就。再有不到五个月，"
    "“十四五”将收官。\n"
    "据介绍，“十四五”期间，全省经济总量连续跨越4万亿元、5万亿元，今年预计可以达到"
    "5.8万亿元左右。\n"
)


def test_a_story_on_a_plan_about_to_end_is_dated_by_its_opening_date():
    meta = analyse_text("press.txt", PLAN_END).document.meta
    assert meta.reference_year == 2025
    facts = analysed_facts("press.txt", PLAN_END)
    assert facts["5.8万亿元左右"].year == 2025


def test_an_indented_opening_date_dates_the_story_too():
    # (review round 25: a line opens as describe.dates.opens_line says, its indent and an
    # opening bracket aside, as pages print a paragraph's first line: 　　2025年8月12日上午，…)
    text = "\u3000\u3000" + PLAN_END
    assert analyse_text("press.txt", text).document.meta.reference_year == 2025
    assert analysed_facts("press.txt", text)["5.8万亿元左右"].year == 2025
