"""An aim set for a year, stated in a sentence whose year decides a result: the target cue
right after the sentence's own year (2016年拟安排赤字…), or the aim's noun and copula naming
the figure (今年全省…增长目标为7.5%, 建设任务为，新建中小学30所；…). The modality stage
(:mod:`.prose_modality`) asks when the year alone would call the figure a result. Moved out
of that module (round 56) with the aims listed after a comma.
"""

from __future__ import annotations

import re

from planwatch.extract.cues import words_re
from planwatch.extract.timewords import TimeState

_REVIEWED_RE = words_re("reviewed")


def aim_set_for_year(
    view: str, state: TimeState, found: dict[str, tuple[int, int]], s: int, v_start: int
) -> tuple[int, int] | None:
    """The target cue stating the figure at ``v_start`` an aim though its year is one under
    review (see the module doc), or None."""
    return _aim_after_year(view, state, found, s, v_start) or _aim_named_at(view, found, v_start)


def _aim_after_year(
    view: str, state: TimeState, found: dict[str, tuple[int, int]], s: int, v_start: int
) -> tuple[int, int] | None:
    """The target cue that follows the sentence's own year mark, with no result cue after
    it (2016年拟安排…, not 2016年计划的项目全部完成); None if there is none, or the time is
    a look back (五年来) or a period."""
    src, aim = state.src, found.get("t")
    if src is None or aim is None or state.retro or state.period_start is not None:
        return None  # (a period's aims, “十二五”规划目标, are reviewed, not set)
    if not (s <= src[0] and src[1] <= aim[0]):
        return None
    done = found.get("a")
    if done is not None and done[0] > src[1]:
        return None
    if aim[0] - src[1] > 2 or _REVIEWED_RE.search(view, src[1], v_start):
        return None  # (the cue must lead the year's clause: 2016年拟…, 2016年，计划…)
    return aim if aim[1] <= v_start else None


# An aim's own noun and its copula leading the figure (增长目标为7.5%, 预期目标是6%, 目标定在
# 5%以上); a figure right after 目标 without one may be a gap (低于…的规划目标0.7个百分点).
_AIM_NOUN_RE = re.compile(r"目标|任务")
_AIM_COPULA_RE = re.compile(r"\s*(?:为|是|定[在为]|设定?[在为])\s*")
# The aims listed after the copula and a comma or colon, in the sentence (建设任务为，新建中小学
# 30所，增加学位3万个；新建幼儿园40所): each is an aim of the year, as one right after it.
_AIMS_LISTED_AFTER_RE = re.compile(r"\s*(?:为|是)?\s*[,，:：][^。!！?？]*$")


def _aim_named_at(
    view: str, found: dict[str, tuple[int, int]], v_start: int
) -> tuple[int, int] | None:
    """The target cue naming an aim right before its figure, with no result cue after it:
    今年全省规模以上工业增加值增长目标为7.5% in a release of that year is the year's aim,
    though the year is the one under review."""
    aim, done = found.get("t"), found.get("a")
    if aim is None or (done is not None and done[0] > aim[0]):
        return None
    if _AIM_COPULA_RE.fullmatch(view, aim[1], v_start) is None:
        if not (view[aim[1] - 1] in "为是" or _AIM_COPULA_RE.match(view, aim[1])):
            return None
        if _AIMS_LISTED_AFTER_RE.match(view, aim[1], v_start) is None:
            return None
    if _AIM_NOUN_RE.search(view, aim[0], aim[1]) is None:
        return None
    return aim
