"""A plan's title read where web pages put it: below page chrome, and with the plan's
name between the sector and 规划 (text written for the tests)."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType
from planwatch.describe import describe

# Page chrome a government site prints above an article: crumbs, a source line, a date
# line, font-size links. Six short lines push the title past the opening lines.
_CHROME = (
    "首页 > 政务公开 > 规划计划 > 专项规划\n"
    "索引号：000000000/2022-00123\n"
    "来源：某某市发展和改革委员会\n"
    "发布时间：2022-01-20 09:30\n"
    "字号：[ 大 中 小 ]\n"
    "打印本页 关闭窗口\n"
)

# The review of the previous plan names it more often than the title names its own.
_REVIEW = (
    "一、发展基础\n“十三五”时期，全市生态环境质量明显改善，“十三五”规划确定的约束性指标全面完成。"
    "“十三五”末，细颗粒物年均浓度降至32微克/立方米，比2015年下降28%。"
    "“十三五”期间，全市新增造林面积12.6万亩。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "某某市生态环境保护“十四五”规划",
        "某某市交通运输发展“十四五”规划（2021—2025年）",
    ],
)
def test_a_plan_titled_below_page_chrome_is_the_plan_its_title_names(title):
    text = (
        _CHROME
        + title
        + "\n"
        + _REVIEW
        + "二、主要目标\n到2025年，细颗粒物年均浓度控制在30微克/立方米以内。\n"
    )
    meta = describe(text, name="page.html")
    assert (meta.period_start, meta.period_end) == (2021, 2025)


def test_without_chrome_the_same_page_was_already_read_so():
    text = "某某市生态环境保护“十四五”规划\n" + _REVIEW
    meta = describe(text, name="plan.txt")
    assert (meta.period_start, meta.period_end) == (2021, 2025)


@pytest.mark.parametrize(
    "title",
    [
        "某某市教育事业发展“十五五”规划（2026—2030年）",
        "某某县生态环境保护“十四五”规划",
        "某某省综合交通运输体系建设第十四个五年规划",
    ],
)
def test_a_sector_named_before_the_plans_name_is_a_sector_plan(title):
    body = "\n一、发展基础\n过去五年，全市各项事业取得明显成效。\n二、发展目标\n到期末，主要指标达到全省平均水平。\n"
    assert describe(title + body, name="plan.txt").doc_type is DocType.SECTOR_PLAN


@pytest.mark.parametrize(
    "title",
    [
        "某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "某某市经济社会发展“十五五”规划",
    ],
)
def test_an_area_wide_plan_is_not_a_sector_plan(title):
    body = "\n一、发展基础\n过去五年，全市地区生产总值年均增长6.5%。\n二、主要目标\n到期末，地区生产总值年均增长5%左右。\n"
    assert describe(title + body, name="plan.txt").doc_type is not DocType.SECTOR_PLAN
