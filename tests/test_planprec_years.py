"""Years of figures in a plan's look back at the plan before: 提前N年 closing its clause tells
when an aim was reached and dates no figure after it. Every sentence is composed for these
tests in the style of 专项规划 and 规划纲要."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts

SECTOR_2021 = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2021, period_start=2021, period_end=2025
)


def test_reached_ahead_of_time_closing_its_clause_dates_nothing_after_it() -> None:
    text = (
        "一、发展基础\n"
        "“十三五”时期，全市铁路营业里程由2015年的310公里增加到2020年的452公里，"
        "规划提出的“十三五”末达到420公里的目标提前两年实现，铁路网密度达到2.7公里/百平方公里，"
        "高于全省平均水平。\n"
    )
    facts = prose_facts(text, SECTOR_2021)
    density = facts["2.7公里/百平方公里"]
    assert (density.kind, density.year) == (Kind.ACTUAL, 2020)
    assert facts["452公里"].year == 2020


def test_reached_ahead_of_time_before_its_figure_still_dates_it() -> None:
    # The words ahead right before the aim's figure keep telling the aim's own year.
    text = (
        "一、发展基础\n"
        "“十三五”时期，全市提前一年实现城镇化率达到60%的规划目标，"
        "2020年城镇化率达到61.2%。\n"
    )
    facts = prose_facts(text, SECTOR_2021)
    assert facts["61.2%"].year == 2020


PLAN_2016 = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN, reference_year=2016, period_start=2016, period_end=2020
)


def test_a_start_point_with_no_figure_dates_nothing_after_its_clause() -> None:
    text = (
        "一、“十二五”时期发展成就\n"
        "全县等级公路里程由2010年的418公里增加到562公里，出境断面水质从2012年的Ⅴ类提升到"
        "Ⅲ类，县域优良水质断面比例达到76%，较2012年提高24个百分点。\n"
    )
    facts = prose_facts(text, PLAN_2016)
    assert facts["418公里"].year == 2010
    assert facts["562公里"].year == 2015
    assert facts["76%"].year == 2015
    assert facts["24个百分点"].year == 2015


def test_a_start_point_with_its_figure_keeps_dating_the_figure() -> None:
    text = "一、“十二五”时期发展成就\n城镇化率从2010年的41.2%提高到48.6%，森林覆盖率达到61.5%。\n"
    facts = prose_facts(text, PLAN_2016)
    assert facts["41.2%"].year == 2010
    assert facts["48.6%"].year == 2015
    assert facts["61.5%"].year == 2015
