"""The aim a result is weighed against, its figure after the comparison (高于规划预期的12%,
略低于规划预期的7%, 快于纲要预期的…): evaluations and annual plan reports state a result
and then the plan's figure it beat or missed. That second figure is the aim, for the plan's
last year, not a second result of the year the sentence is about.

Written from how 中期评估 / 总结评估 reports and 计划执行情况 reports compare their results
with the plan (a class seen in two annotators' composed sets, eval6 and eval8); the words are
a comparison verb, a plan word and 预期/目标, then 的 and the figure. A count of indicators
(好于预期的3项) is no aim: the comparison verbs are those of a figure, and the plan word is
required. So is the aim's figure after a clause that only says it was reached (比2020年增加
80公里，提前完成500公里的规划目标): a level, not the change the clause before stated. And an aim named before its figure with
the gap to it after (与规划目标3200亿元差距较大, 距目标2.6%尚差…; eval8, plans8): the aim, of the
plan's last year in an evaluation mid-way, else of the year in force. Which figures are the
aim a look back is measured against (in brackets, before the gap, between 完成 and 目标:
:func:`measured_aim`, :func:`done_aim`) is decided here too, for ``prose_period``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Evidence
from planwatch.core.normalise import BLANK
from planwatch.core.periods import PLAN_NAME, THIRD_PLAN_START, plan_number, plan_years
from planwatch.extract.quoted_aims import (
    AIM_BEFORE_FIGURE_RE,
    AIM_IN_SHARE_RE,
    GAP_AFTER_FIGURE_RE,
    LEAD,
    SHARE_AFTER_RE,
    WITH_RE,
)
from planwatch.extract.sections import PLAN_REVIEWS, DocFrame
from planwatch.extract.timewords import TimeState

if TYPE_CHECKING:  # types only: the reader imports this module
    from planwatch.extract.prose_reader import Reading, SentenceReader

# The evidence basis of such an aim (its year: :func:`plan_aim_year`), and of an aim a
# result falls short of (its year: :func:`gap_aim_year`).
PLAN_AIM = "plan_aim"
AIM_GAP = "aim_gap"

# The verbs a result is weighed against an aim with (高于规划目标, 超过规划提出的…, 已接近规划
# 确定的1.6%: how near it came; 控制在规划确定的5.5%以内: within it).
_WEIGHING = "高于|低于|快于|慢于|超过|超出|控制在|接近|逼近"
# (The plan may be named as what set the aim, its figure next, the measure's words between:
# 低于规划确定的13%的年均增速, 快于规划确定的年均增长11%的目标, 低于《纲要》提出的47%的目标.)
# (A PDF's wrap may cut the plan's words, 控制在规划确 / 定的5.5%以内: the reader's blank stands
# between their characters, real13 dev c431.)
_SET_BY = "|".join(f"{a}{BLANK}?{b}" for a, b in ("确定", "提出", "设定"))
_AIM_COMPARED_RE = re.compile(
    rf"(?:{_WEIGHING})[^,，。;；\d]{{0,4}}?"
    rf"((?:规划|计划|年初|年度|纲要)[^,，。;；\d]{{0,2}}?(?:预期|目标)|(?:规划|纲要)》?(?:{_SET_BY}))"
    r"的\s*(?:年均|年平均)?(?:增长|增速|下降)?\s*$"
)
# (Or the plan named before the figure and the aim after it: 低于规划年均增长7%的预期目标,
# 略低于规划年均增长6.5%左右的目标 — how an annual implementation report and an evaluation
# weigh the plan's years so far against the plan; seen in eval7 dev c147 and eval12 dev c247.
# The aim may be quoted and called a requirement, the plan read by it: 低于规划“年均增长10%
# 以上”的要求, 按《规划》下降20.5%的要求测算 (eval6 dev c125, c123).)
# (Or the result's distance to it: 距规划提出的年均增长9%尚有差距, 低于规划年均增长7.5%的预期 —
# the aim quoted without 目标, the plan naming it; real6 dev c321, real8 dev c375.)
_PLAN_BEFORE_FIGURE_RE = re.compile(
    rf"(?:{_WEIGHING}|按照?|对照|距离?)[^,，。;；\d]{{0,4}}?((?:规划|纲要)》?)"
    r"(?:确定|提出|设定)?的?\s*[“\"]?\s*(?:年均|年平均)?(?:增长|增速|下降|降低|提高)?\s*$"
)
_AIM_AFTER_FIGURE_RE = re.compile(
    r"\s*(?:左右|以上|以内)?\s*[”\"]?\s*(?:的\s*(?:(?:预期|规划|发展)?目标|要求|预期(?![^,，。;；]))"
    r"|(?:仍|尚|还)(?:有|存在)?(?:一定|较大|不小)?的?差距)"
)
# (Or the plan the subject of its clause, setting the aim: 《纲要》提出地区生产总值年均增长7%
# 左右, 《纲要》目标为年均增长8%、总量达到260亿元 — how an evaluation recalls what the plan
# set before the results; eval6 dev c121 and c129; 《规划》安排治理河道185公里, real68 dev.)
# The plan speaking as the setter of an aim, what follows it up to the clause's end (《规划》确定
# “十四五”期间总投资38.6亿元, 《纲要》提出…, 规划目标为…): one place for both readers of it, the
# aim's kind here and a paragraph's time (paragraph_time: what the plan set gives no result its
# years).
PLAN_SAYS = r"[《〈]?((?:纲要|规划)[》〉]?)\s*(?:提出|要求|预期|安排|确定|明确|设定|目标(?:为|是)?)(?![的了])"
# (A conjunction may open the clause: …比2020年下降4.1%，而规划要求年均增长5%以上.)
_PLAN_SETS_RE = re.compile(
    rf"(?:^|[,，;；。\n])\s*(?:而|但|然而)?\s*{PLAN_SAYS}[^,，。;；]{{0,24}}$"
)
# What makes such a clause a result's after all (《纲要》提出…，实际完成…).
_DONE_WORDS_RE = re.compile(r"完成|实现|实际|已|累计|达到了")
# How far before a value the comparison may start.
_WINDOW = 16
_CLAUSE_WINDOW = 40


def compared_aim(
    view: str, s: int, v_start: int, v_end: int | None = None, review: bool = False
) -> Evidence | None:
    """The kind evidence when the value at ``v_start`` (its sentence starting at ``s``) is
    the aim a result before it is compared with; else None. In a review (``review``: an
    evaluation or an implementation report) the plan may be named before the figure and the
    aim after it (``v_end``: the value's end)."""
    lo = max(s, v_start - _WINDOW)
    m = _AIM_COMPARED_RE.search(view, lo, v_start)
    if m is None and review and v_end is not None and _rate_value(view, v_start, v_end):
        m = _AIM_NEXT_RE.search(view, lo, v_start)  # (…年均增长5.4%，低于规划目标6.5%)
    if m is None and review and v_end is not None and aim_around_result(view, s, v_start, v_end):
        # (预计可达118亿元，低于规划目标130亿元; 381.2万人，超过规划目标350万人)
        m = _AIM_NEXT_RE.search(view, lo, v_start) or _BEYOND_AIM_RE.search(view, lo, v_start)
    if m is None and review and v_end is not None and _DONE_AIM_AFTER_RE.match(view, v_end):
        m = _DONE_TASK_RE.search(view, max(lo, v_start - 8), v_start)  # (超额完成16%的下降任务)
    if m is None and review and v_end is not None and _AIM_AFTER_FIGURE_RE.match(view, v_end):
        m = _PLAN_BEFORE_FIGURE_RE.search(view, lo, v_start)
    if m is None and review:
        m = _PLAN_SETS_RE.search(view, max(0, s - 1, v_start - _CLAUSE_WINDOW), v_start)
        if m is not None and _DONE_WORDS_RE.search(view, m.end(1), v_start):
            m = None
    if m is None:
        return None
    return Evidence("kind", PLAN_AIM, m.group(1), m.start(1), m.end(1))


# A rate's aim right after the words weighing a result against it, no 的 between (年均增长5.4%，
# 低于规划目标6.5%; 森林覆盖率63.2%，高于目标值61.5%): in a rate, the figure is the aim, not the gap
# (a gap in points says 个百分点; real dev halves of final and mid-term evaluations, c565, c685, c203).
# (Not 超过/超出规划目标8.1%: by how much the aim was beaten, a result.)
# (So is an aim done or reached right before its figure, 森林覆盖率达到53.4%，完成规划目标53%,
# 提前达到规划目标3%, and the
# year's aim a year's result is weighed against, 增长5.3%，低于全年目标6%: implementation reports.)
_AIM_NEXT_RE = re.compile(
    r"(?:高于|低于|快于|慢于|接近|完成|达到|实现)\s*((?:规划|计划|年初|年度|全年|纲要|五年)?(?:预期|约束性|预期性)?目标(?:值)?"
    r"|(?:规划|计划|年初|年度|全年)预期)"  # (略低于规划预期8%: the plan's expectation, its aim)
    r"(?:为|是)?\s*$"
)
_RATE_AFTER_RE = re.compile(r"[%％‰](?:以上|以下|以内|左右)?(?!\s*的)")


def _rate_value(view: str, v_start: int, v_end: int) -> bool:
    """Whether the value at ``[v_start, v_end)`` is a rate (its figure in %, a bound word
    after it counted in: 12%以上) not followed by 的."""
    pct = max(view.rfind(c, v_start, v_end) for c in "%％‰")
    if pct < 0:
        return False
    m = _RATE_AFTER_RE.match(view, pct)
    return m is not None and m.end() >= v_end


# The figure of a result short of its aim, before 低于 (…118亿元左右，低于规划目标130亿元).
_AROUND_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(\S{1,4}?)(?:左右|以上)?\s*[,，]?\s*(?:仅|只)?"
    r"(?:(?P<below>低于|少于)|超过|超出|高于|多于)"
)
# (So is a result beyond its aim: 五年累计新增就业381.2万人，超过规划目标350万人.)
_BEYOND_AIM_RE = re.compile(
    r"(?:超过|超出|多于)\s*((?:规划|计划|纲要|五年)?(?:预期)?目标(?:值)?)(?:为|是)?\s*$"
)


def aim_around_result(view: str, s: int, v_start: int, v_end: int) -> bool:
    """Whether the amount at ``[v_start, v_end)`` follows a result in the same unit said to
    be below it and is larger than it, or said to be beyond it and is smaller but more than
    half of it: the aim the result falls short of or beats, not the gap (a gap larger than
    the result, or than the aim, is not how results are weighed against aims)."""
    clause = view[max(s, v_start - 40) : v_start]
    found = list(_AROUND_RE.finditer(clause))
    if not found:
        return False
    last = found[-1]
    unit = view[v_start:v_end].lstrip("0123456789. ")
    if unit.startswith("个百分点") or not unit.startswith(last[2]):
        return False  # (超过规划目标1.2个百分点: points are a gap's)
    if not clause[last.end() :].strip().endswith("目标"):
        return False
    try:
        value, result = float(view[v_start : v_end - len(unit)]), float(last[1])
    except ValueError:
        return False
    return value > result if last["below"] else result / 2 < value < result


_WEIGHED_TAIL_RE = re.compile(
    rf"(?:{_WEIGHING}|完成)?\s*(?:规划|计划|年初|年度|全年|纲要|五年)?(?:预期|约束性|预期性)?目标(?:值)?(?:为|是)?$"
    rf"|(?:{_WEIGHING})\s*(?:约束性|预期性)$"  # (…比率高于约束性目标89%: its 目标 read as a cue)
)


def aim_named_after(view: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is called an aim right after it (…低于1.2%的规划
    目标, 高于60%的目标): a comparison word before it weighs a result against that aim and
    gives the aim no bound of its own (the official labels: eq, or its own 左右/以上). Not
    a ceiling named so (低于4.5%的控制目标: the aim is a bound)."""
    return _AIM_AFTER_FIGURE_RE.match(view, end) is not None


def weighed_aim_name(name: str) -> str:
    """The name of an aim a result was weighed against, without the weighing words (森林覆盖率
    高于目标值 -> 森林覆盖率; 地区生产总值规划目标 -> 地区生产总值: the aim is of the indicator); ""
    when the name is those words alone (完成规划目标)."""
    m = _WEIGHED_TAIL_RE.search(name)
    if m is not None and m.start() == 0:
        return ""  # (规划目标 alone: the aim's words name no indicator)
    return name[: m.start()] if m is not None and m.start() >= 2 else name


# The aim a result beat or met, between 完成 and its task (超额完成16%的下降任务).
_DONE_TASK_RE = re.compile(r"((?:超额|提前)?(?:完成|实现)[^,，。;；\d]{0,6})$")


# Right before the plan's words of an aim (已超过规划提出的, 距规划提出的, 达到规划目标): the aim
# is the measure of the result before it, not an aim its sentence sets.
_WEIGHED_AGAINST_RE = re.compile(rf"(?:{_WEIGHING}|距离?|接近|达到|完成)了?\s*$")


def weighed_against(view: str, ev: Evidence) -> bool:
    """Whether a plan's aim (evidence basis ``plan_aim``) is quoted as what a result is weighed
    against (已超过规划提出的62%的目标): it says nothing of the kind of the figures after it."""
    if ev.basis != PLAN_AIM or ev.start is None:
        return False
    if _DONE_TASK_RE.fullmatch(ev.text):
        return True  # (超额完成下降17%的约束性目标；森林覆盖率保持在73.2%: a result again)
    return _WEIGHED_AGAINST_RE.search(view, max(0, ev.start - 6), ev.start) is not None


def plan_aim_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of the plan's aim a result is compared with (略低于规划预期的7%): the year named
    ahead, else the last year of the five-year plan — the document's, or the one its reviewed
    year falls in (an annual report weighs its results against the plan in force). None
    when the figure is no such aim or the aim is a year's (高于年度预期的…)."""
    # (An aim done or beaten, 超额完成16%的下降任务, is the plan's in an evaluation; in a year's
    # report, 未完成增长5%的目标, the year's own.)
    done = frame.is_evaluation and _DONE_TASK_RE.fullmatch(kind_ev.text) is not None
    if kind_ev.basis != PLAN_AIM or not (kind_ev.text.startswith(("规划", "纲要")) or done):
        return None
    if state.year is not None and state.future and state.src is not None:
        src = state.src
        return state.year, Evidence("year", "time_word", view[src[0] : src[1]], *src)
    end, now = frame.period_end, frame.review_year or frame.ref_year
    if end is None and now is not None and now >= THIRD_PLAN_START:
        end = plan_years((now - THIRD_PLAN_START) // 5 + 3)[1]
    if end is None:
        return None
    return end, Evidence("year", "plan_period", kind_ev.text, kind_ev.start, kind_ev.end)


def plan_aim_start(
    view: str, s: int, v: tuple[int, int], year: int | None, frame: DocFrame
) -> int | None:
    """The first year of the plan whose aim, for its last year ``year``, a result is weighed
    against (快于规划确定的年均增长11%的目标 in an annual report; the value's span ``v``):
    an average over the plan's years. None when the figure is no such aim or ``year`` ends
    no plan."""
    ev = compared_aim(view, s, v[0], v[1], frame.doc_type in PLAN_REVIEWS)
    if ev is None or year is None or not ev.text.startswith(("规划", "纲要")):
        return None
    return year - 4 if plan_number(year - 4) is not None else None


# A clause that only says an aim was reached, its figure next (，提前完成500公里的规划目标,
# 实现了…的目标): the figure is the aim's level, not the change the clause before stated.
# The aim's time and verb may be quoted with it (提前完成“十四五”末达到350家的目标, eval12 dev
# c241; 提前实现“十三五”末突破100亿元的目标, eval6 dev c121).
_DONE_LEAD_RE = re.compile(
    rf"(?:提前|超额|已|已经)*(?:完成|实现|达到)了?"
    rf"(?:[“”\"]?{PLAN_NAME}[”\"]?(?:期末|末)|(?:19|20)\d{{2}}\s*年(?:底|末)?)?"
    r"(?:达到|突破|超过)?\s*$"
)


def done_aim_level(clause: str) -> bool:
    """Whether ``clause`` (a clause's words before a value) only says an aim was reached
    (提前完成…的规划目标): its figure keeps no change measure of the figure before."""
    return _DONE_LEAD_RE.fullmatch(clause.strip(" ,，;；")) is not None


def aim_before_gap(view: str, s: int, v_start: int, v_end: int) -> Evidence | None:
    """The kind evidence when the value at ``[v_start, v_end)`` is an aim named before it
    with the gap to it after it (与规划目标1.5%相差…, 与规划目标3000亿元差距较大, 距目标1.8%
    尚差…: ``quoted_aims``' form); else None. Its year: :func:`gap_aim_year`."""
    m = AIM_BEFORE_FIGURE_RE.search(view, max(s, v_start - LEAD), v_start)
    if m is None or GAP_AFTER_FIGURE_RE.match(view, v_end) is None:
        return None
    return Evidence("kind", AIM_GAP, m.group(1), m.start(1), m.end(1))


def own_plans_aim_midway(frame: DocFrame, state: TimeState) -> bool:
    """Whether an evaluation measures a result of a year inside its own plan against the
    plan's aim (与规划目标…差距较大, 较规划目标（50%）, 完成规划目标（68%）增量的…): that aim
    is for the plan's last year, not for the year of the result."""
    end = frame.period_end
    return (
        frame.is_evaluation
        and end is not None
        and state.year is not None
        and ((frame.period_start or end) <= state.year < end)
    )


def measured_aim_year(frame: DocFrame, state: TimeState) -> int | None:
    """The year of an aim a result is measured against (a gap to it, a share done of it):
    the plan's last year in an evaluation mid-way through its own plan, else the year in
    force (a final evaluation's last year, a plan's look back at the plan before)."""
    return frame.period_end if own_plans_aim_midway(frame, state) else state.year


def gap_aim_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of an aim a result falls short of (与规划目标…差距较大:
    :func:`measured_aim_year`), with the words that decide it; None when the figure is no
    such aim or no year is in force."""
    if kind_ev.basis != AIM_GAP:
        return None
    if own_plans_aim_midway(frame, state):
        return frame.period_end, Evidence(
            "year", "plan_period", kind_ev.text, kind_ev.start, kind_ev.end
        )
    if state.year is None or state.src is None:
        return None
    src = state.src
    return state.year, Evidence("year", "time_word", view[src[0] : src[1]], *src)


def compared_aim_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of an aim a result is weighed against (:func:`plan_aim_year`), falls short
    of (:func:`gap_aim_year`) or reached ahead of time (:func:`ahead_aim_year`); None for
    any other figure."""
    return (
        plan_aim_year(view, state, frame, kind_ev)
        or gap_aim_year(view, state, frame, kind_ev)
        or ahead_aim_year(view, state, frame, kind_ev)
    )


# 提前一年实现 (提前两年完成) right before the aim's words: the aim was reached that many years
# before its own year.
_AHEAD_RE = re.compile(r"提前([一二两三四1-4])年")
_AHEAD_YEARS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}


def ahead_aim_year(
    view: str, state: TimeState, frame: DocFrame, kind_ev: Evidence
) -> tuple[int | None, Evidence] | None:
    """The year of an aim's figure quoted after it was reached ahead of time (提前一年实现2.8%
    的规划目标, 提前一年實現“服務業佔比達到44%”的規劃目標: seen in eval5 and eval6): the year
    the aim was set for — the time the words ahead count back from — not the year it was
    reached. None when the aim's cue follows no such words."""
    src = state.src
    if kind_ev.basis != "cue" or kind_ev.start is None or src is None:
        return None
    m = _AHEAD_RE.fullmatch(view, src[0], src[1])
    if m is None or state.year is None or src[1] > kind_ev.start:
        return None
    n = _AHEAD_YEARS.get(m[1]) or int(m[1])
    return state.year + n, Evidence("year", "time_word", m.group(), *src)


# An aim's figure in brackets, the aim measured by a done or comparison word before it
# (完成“十三五”规划目标（220亿元）的120%, 比规划目标（60%）高2.8个百分点).
_MEASURED_AIM_RE = re.compile(
    r"(?:完成|实现|比|较|超过|超出|高于|低于|接近)[^,，。;；\d]{0,8}?(?:计划|目标|预期)"
    r"(?:值|数|任务)?\s*[（(]\s*$"
)
# The aim itself between 完成 and 目标 (超额完成下降15%的目标任务, 完成下降6%的规划目标): the
# aim a look back was held to, the earlier plan's.
_DONE_AIM_BEFORE_RE = re.compile(r"(?:完成|实现)[^,，。;；\d]{0,6}$")
# (Or the task set, 超额完成16%的下降任务, 超额完成省下达的10%任务: evaluations' wording, c565, c477.)
_DONE_AIM_AFTER_RE = re.compile(
    r"\s*(?:左右|以上|以内)?的?(?:下降|降低|减排|控制|增长)?(?:规划|约束性|预期)?(?:目标|指标|任务)"
)
# The aim's figure right after the aim it quotes, before the share done of it (完成规划目标
# 6000公里的105.2%: quoted_aims.AIM_IN_SHARE_RE), or before the gap to it (与2.3%的目标相差
# 约0.1个百分点).
_AIM_GAP_AFTER_RE = re.compile(
    r"\s*(?:左右)?的?(?:规划|预期)?目标(?:值)?\s*(?:仍|尚|还)?(?:相差|差距|有差距)"
)
_QUOTED_AIMS = (
    (_DONE_AIM_BEFORE_RE, _DONE_AIM_AFTER_RE),
    (AIM_IN_SHARE_RE, SHARE_AFTER_RE),
    (WITH_RE, _AIM_GAP_AFTER_RE),
    # (与规划目标1.5%相差0.57个百分点, 较规划目标2.3%仍有差距: the aim, its figure, the gap.)
    (AIM_BEFORE_FIGURE_RE, GAP_AFTER_FIGURE_RE),
)


def measured_aim(view: str, r: Reading) -> bool:
    """Whether the value is an aim's figure that a look back is measured against, in
    brackets (完成规划目标（700亿元）的118%) or before the gap (与规划目标1.5%相差0.57个
    百分点): the aim the past was held to."""
    if _MEASURED_AIM_RE.search(view, max(r.cs, r.v.start - 16), r.v.start) is not None:
        return True
    return aim_before_gap(view, r.cs, r.v.start, r.v.end) is not None


def done_aim(reader: SentenceReader, r: Reading, state: TimeState) -> bool:
    """Whether the value is the aim between 完成 or 实现 and 目标 (超额完成下降15%的目标任务,
    未实现规划确定的2%的目标), right after the aim a share of it is done of (完成规划目标6000
    公里的105.2%) or the aim a gap is measured to (与2.3%的目标相差约0.1个百分点) in a
    plan's look back at the plan before it (the time in force ends before the plan)."""
    view, start = reader.view, reader.frame.period_start
    if state.year is None or start is None or state.year >= start:
        return False
    lead = max(r.cs, r.v.start - 8)
    return any(
        before.search(view, lead, r.v.start) is not None and after.match(view, r.v.end)
        for before, after in _QUOTED_AIMS
    )
