"""The five-year plan's aim quoted in an annual plan report (计划执行情况与计划草案的报告).

Explaining next year's aims, the report weighs them against the five-year plan under way:
一是与“十四五”规划衔接。规划确定的地区生产总值年均增长7%左右的目标，2021—2023年年均增长6.4%，
后两年需要保持6.5%以上的增速. The aim quoted is the plan's, over its five years (the plan's
last year, from its first), not the aim of the year the report plans (real3 dev c289; eval5
dev c107 names the plan itself: 与“十五五”规划纲要提出的年均增长5%以上的目标相衔接; the 咸阳市
2023年计划 page on search ``pages`` weighs its aims so).
"""

from __future__ import annotations

import re

from planwatch.core.data import DocType, Kind, Measure
from planwatch.core.periods import THIRD_PLAN_START, plan_years
from planwatch.extract.sections import DocFrame

# 规划确定的地区生产总值年均增长 / 纲要提出的…年均增速 before the figure, 的目标 after it.
_PLAN_AIM_BEFORE_RE = re.compile(
    r"(?:规划|纲要)[》”]?(?:确定|提出|设定|明确)的[^,，。;；\d]{0,14}年均(?:增长|增速)?\s*$"
)
_AIM_AFTER_RE = re.compile(r"\s*(?:左右|以上|以内)?的?(?:预期|规划)?目标")


def plan_aim_period(
    view: str, cs: int, v_start: int, v_end: int, frame: DocFrame, kind: Kind, measure: Measure
) -> tuple[int, int] | None:
    """The year and first year of a five-year plan's yearly-growth aim quoted in an annual
    plan report (see the module doc), or None for any other figure."""
    if frame.doc_type is not DocType.IMPLEMENTATION_REPORT or kind != Kind.TARGET:
        return None
    # (The plan under way in the year the report plans: a report of January 2026 weighs its
    # aims against the 十五五 plan, eval5 dev c107.)
    now = frame.target_year if frame.target_year is not None else frame.ref_year
    if now is None or measure != Measure.GROWTH:
        return None
    if not _PLAN_AIM_BEFORE_RE.search(view, max(cs, v_start - 30), v_start):
        return None
    if not _AIM_AFTER_RE.match(view, v_end):
        return None
    first, last = plan_years((now - THIRD_PLAN_START) // 5 + 3)
    return last, first
