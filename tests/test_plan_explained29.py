"""A page explaining a new plan to the public (round 29), composed here in the style of a county
portal's 政策解读 column (the figures are this file's own): “十五五”规划解读 retells the outline's
aims; they are the plan's, of its last year, not aims of the year the page was posted.
"""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.pipeline import analyse_text

_PAGE = (
    "某县“十五五”规划解读\n"
    "发布时间：2026-03-12  来源：县发展和改革局\n"
    "《纲要》提出，地区生产总值年均增长5.5%左右，研发经费投入强度达到2.3%，森林覆盖率稳定在66%以上。\n"
)


def test_a_plans_explanation_is_read_as_the_plan():
    analysed = analyse_text("规划解读.txt", _PAGE)
    assert analysed.document.meta.doc_type is DocType.FIVE_YEAR_PLAN
    rd = [f for f in analysed.facts if f.indicator == "研发经费投入强度"]
    assert [(f.kind, f.year) for f in rd] == [(Kind.TARGET, 2030)]
