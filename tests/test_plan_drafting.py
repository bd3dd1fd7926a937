"""News of work on drafting the next plan (全县“十五五”规划编制工作推进会) printing no date is
of the year before the plan begins, not its first year (describe.drafting); a plan whose
tasks include drafting other plans (加快编制国土空间规划) keeps its first year. Texts
composed for these tests in the style of county news and outlines; areas real."""

from planwatch.core.data import DocType
from planwatch.describe.drafting import drafting
from planwatch.describe.refdate import reference_date

_NEWS = (
    "8月6日，全县“十五五”规划编制工作推进会召开，县长出席并讲话。\n"
    "会议通报了全县“十五五”规划编制进度和重大项目谋划情况，"
    "要求各部门紧扣时间节点，高质量完成规划纲要和专项规划编制。\n"
)
_PLAN = (
    "“十五五”时期经济社会发展主要目标\n"
    "到2030年，全县地区生产总值年均增长6%左右。\n"
    "加快编制国土空间专项规划，完善规划体系。\n"
)


def test_news_of_drafting_the_plan_is_of_the_year_before_it():
    ref = reference_date(_NEWS, DocType.SECTOR_PLAN, period=(2026, 2030))
    assert ref.year == 2025
    assert any(e.basis == "drafting" for e in ref.evidence)


def test_a_plans_task_of_drafting_others_keeps_its_first_year():
    assert reference_date(_PLAN, DocType.FIVE_YEAR_PLAN, period=(2026, 2030)).year == 2026


def test_the_words_of_drafting():
    assert drafting("全县“十五五”规划编制工作推进会召开") is not None
    assert drafting("加快编制国土空间专项规划") is None
