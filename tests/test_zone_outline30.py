"""An area's plan titled by its plan and 发展规划 alone (round 30), as development zones and new
districts title their overall plans (某新区“十四五”发展规划, under a portal's 总体规划): the area's
outline, not a sector plan; a title naming a sector (…旅游发展规划, …教育事业发展规划) stays a
sector plan.
"""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_genre

_BODY = "\n一、发展基础\n二、发展目标\n到2025年，全区地区生产总值达到1800亿元。\n"


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("某新区“十四五”发展规划", DocType.FIVE_YEAR_PLAN),
        ("某经济技术开发区“十四五”经济社会发展规划", DocType.FIVE_YEAR_PLAN),
        ("某市“十四五”旅游发展规划", DocType.SECTOR_PLAN),
        ("某县“十四五”教育事业发展规划", DocType.SECTOR_PLAN),
        ("某市“十四五”生态环境保护规划", DocType.SECTOR_PLAN),
    ],
)
def test_an_areas_development_plan_is_its_outline(title, genre):
    assert detect_genre(title + _BODY).doc_type is genre
