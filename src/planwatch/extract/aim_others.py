"""Whether an aim word before a figure is another figure's aim, setting none for it: in a
bracket closed before the value, after an earlier figure, the aim a gap was measured to, the
aim a share of it was told of, a campaign's, or a purpose the work is framed by (the modality stage, :mod:`.prose_modality`,
asks)."""

from __future__ import annotations

import re

_CLAUSE_END_RE = re.compile(r"[，,;；。]")
# A gap word after the aim word (and the aim's figure), before the value (目标相差, 目标1.5%相差,
# 目标（1.5%）尚差, 目标差距为).
GAP_AFTER_AIM_RE = re.compile(
    r"[（(]?\s*(?:\d+(?:\.\d+)?\s*(?:%|％)?[)）]?)?\s*(相差|尚差|还差|仍差|差距为?)\s*(?:约|近)?\s*"
)


# An aim word right after an earlier figure (年均增长8.5%以上的目标, 53%的规划目标): it names
# that figure an aim.
_AIM_OF_FIGURE_RE = re.compile(r"[\d%％][^,，。;；\d]{0,4}?的[^,，。;；\d]{0,4}$")


def aim_of_another(view: str, s: int, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` is another figure's aim: in a bracket closed before the
    value (1.3万人（年度目标1.2万人），…), after an earlier figure, its clause over (与年均
    增长8.5%以上的目标基本同步，城乡居民收入比缩小到1.75), a gap's or a share's aim, a
    campaign's named in quotes (围绕“产业项目攻坚突破年”目标), or a purpose (以…为目标，)."""
    return (
        _in_closed_aside(view, s, span, v_start)
        or _earlier_figures_aim(view, s, span, v_start)
        or _gap_clause_aim(view, span, v_start)
        or _shared_out_aim(view, span, v_start)
        or _SLOGAN_AIM_RE.search(view, max(0, span[0] - 24), span[0]) is not None
        or _purpose_aim(view, span, v_start)
    )


# A purpose the work is framed by (以改善生态为目标，完成绿化72.3公里; 以创建国家卫生城市为主要目标，):
# what the work was for, its clause over before the value; the figures after it are the work's,
# whatever the year makes of them.
_PURPOSE_RE = re.compile(r"以[^,，。;；:：\d]{1,30}?为(?:主要|共同|奋斗|工作)?$")


def _purpose_aim(view: str, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` closes a purpose (以…为目标) in a clause before the value."""
    if _CLAUSE_END_RE.search(view, span[1], v_start) is None:
        return False
    return _PURPOSE_RE.search(view, max(0, span[0] - 34), span[0]) is not None


# An aim word after a campaign's quoted name, led by a framing verb (围绕“产业项目攻坚突破年”目标，
# …紧抓10个产业项目): the campaign's aim, in words; the figures after it are the work done.
_SLOGAN_AIM_RE = re.compile(r"(?:围绕|紧扣|聚焦|按照|对标|瞄准)[“\"][^”\"\d]{2,16}[”\"]$")


# An aim a share of it was told of right after (为年计划的101.2%，同比增长12.5%): the share
# is a result, and the aim word sets no aim for the clauses after it.
# (The aim's own figure may stand before 的: 占年初预算10065万元的43.2%，同比下降6.5%.)
_SHARE_AFTER_AIM_RE = re.compile(
    r"(?:[^,，。;；\d]{0,4}?|[^,，。;；\d]{0,2}?\d+(?:\.\d+)?[^\d,，。;；的]{0,4})"
    r"的\s*\d+(?:\.\d+)?\s*[%％][,，;；]"
)


def _shared_out_aim(view: str, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` is the aim of a share told right after it, in a clause
    ended before the value."""
    return _SHARE_AFTER_AIM_RE.match(view, span[1], v_start) is not None


def _gap_clause_aim(view: str, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` is the aim an earlier clause measured a gap to, its clause
    over (与规划目标相差0.7个百分点，煤炭产业增加值仍占…43.5%): no aim of the value's."""
    gap = GAP_AFTER_AIM_RE.match(view, span[1])
    return gap is not None and _CLAUSE_END_RE.search(view, gap.end(), v_start) is not None


def _earlier_figures_aim(view: str, s: int, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` names an earlier figure an aim (…8.5%以上的目标) and a
    clause has ended since: the value's own clause has no aim word of its own."""
    if _AIM_OF_FIGURE_RE.search(view, max(s, span[0] - 12), span[0]) is None:
        return False
    return _CLAUSE_END_RE.search(view, span[1], v_start) is not None


def _in_closed_aside(view: str, s: int, span: tuple[int, int], v_start: int) -> bool:
    """Whether the cue at ``span`` stands inside a bracket closed before ``v_start``."""
    before = view[s : span[0]]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or opened < max(before.rfind("）"), before.rfind(")")):
        return False
    return any(ch in "）)" for ch in view[span[1] : v_start])
