"""The period of a prose figure: a single year, or a first and last year.

Growth against a base year (比2015年增长) starts the year after the base; an average
(年均) or a flow over a period (新增, 累计, 完成 during 十三五) keeps the period's first
year; rates and stocks (完成率, 存量) are at a date; a year-on-year growth (同比) is one
year. A plan's flow and average targets without a period of their own cover the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planwatch.core.data import DocType, Kind, Measure
from planwatch.core.quickinit import quick_init
from planwatch.core.units import MONEY_DIMENSIONS
from planwatch.extract.aim_compared import (
    done_aim,
    measured_aim,
    measured_aim_year,
    own_plans_aim_midway,
    plan_aim_start,
)
from planwatch.extract.annual_plan_aims import plan_aim_period
from planwatch.extract.change_start import change_start, levels_start
from planwatch.extract.cues import cues, words_re
from planwatch.extract.project_names import project_line, project_size
from planwatch.extract.prose_measure import gap_to_other
from planwatch.extract.prose_modality import ahead_heading
from planwatch.extract.prose_names import SentenceState
from planwatch.extract.prose_script import BLANK
from planwatch.extract.review_words import plan_portfolio, portfolio_as_of, portfolio_progress
from planwatch.extract.span_years import year_on_year_after
from planwatch.extract.time_words import pattern
from planwatch.extract.timewords import TimeState
from planwatch.extract.years_each import year_of_each

if TYPE_CHECKING:  # types only: the reader imports this module
    from planwatch.extract.prose_reader import Reading, SentenceReader
    from planwatch.extract.sections import DocFrame

# Words in a clause that make its level figure a flow over the period in force
# (新增, 创建, 获…认定, 改造 during 十三五): such figures keep the period's first year.
# The word lists are in data/time_words.csv.
_FLOW_CLAUSE_RE = pattern("flow")
# (建成区面积达到500平方公里: the built-up area's size, a stock; 新增建成区 stays a flow.)
_FLOW_NOUN_RE = pattern("flow_noun")
_FLOW_MONEY_RE = re.compile(r"投资$|支出$")
# 累计达 before a value states a stock (经营主体累计达12.3万户), not a flow.
_STOCK_NAME_RE = pattern("stock_name")
# After a span of years (五年累计达到, 期间累计达) it is the sum over that span, a flow.
_STOCK_CUMULATIVE_RE = re.compile(
    r"(?<!期间)(?<!期内)(?<!时期)(?<![两二三四五六七八九十\d]年)(?<![两二三四五六七八九十\d] 年)"
    r"累计(?:达到|达)"
)
# A rank of a count (认定数排名全省第三): after a flow figure it ranks that flow over its period.
_COUNT_RANK_RE = re.compile(
    r"(?:认定|新增|申报|引进|培育|创建|获批|入选|签约)(?:数|数量|个数|家数)(?:全[国省市区县])?排名$"
)
# A count of a plan's indicators (5项指标提前完成, 31项主要指标): their state at a date.
_INDICATOR_COUNT_RE = re.compile(
    r"\s*(?:(?:主要|约束性|预期性|规划)?指标"
    r"|[^,，。;；\d]{0,6}?(?:完成|达到|实现|超过|滞后)[^,，。;；\d]{0,4}?(?:目标|进度|要求))"
)
# The indicators named before their count (超额完成的指标有24个, 未完成的指标1个, 滞后的有3个: a
# think tank's and a news story's tally of a plan's indicators, probes of round 25).
_COUNTED_BEFORE_RE = re.compile(r"(?:指标|的)\s*(?:共有|有|为|共)?\s*$")
# How counted indicators fared, right after the count (22项完成或超额完成, 3项未达到预期,
# 4项基本完成).
_FARED_AFTER_RE = words_re("fared", r"\s*(?:已|均|仍|则|还)?(?:基本)?(?:{})")
# A level held over a period (保持在99%以上), the end of a change from a first value
# (由2273.5亿元增加到…), a total reached (累计达到…) right before the value.
_HELD_RE = re.compile(r"保持")
_FROM_TO_END_RE = re.compile(r"(?:由|从)[^,，。;；]*?\d[^,，。;；]*?(?:到|至)\s*$")
_STOCK_CUMULATIVE_END_RE = re.compile(_STOCK_CUMULATIVE_RE.pattern + r"\s*$")
# A lead verb that adds to a stock (全县增加普惠托位500 个): the figure is a flow.
# (增加值 is value added, no verb.)
_ADD_LEAD_RE = re.compile(r"增加(?!值)|增设|扩增|新开|新设")
# A year's aggregate (收入, 零售总额, 增加值) "completed" (财政收入完成326.8亿元) is that year's
# amount; only a word that sums over the period (累计, 共计, 五年) makes it a flow.
_ANNUAL_NAME_RE = pattern("annual_name", "$")
_SUMMED_RE = re.compile(r"累计|共计|合计|总计|[两二三四五六七八九十\d]\s*年")


# A change summed over the time in force (累计下降, 累计提高), before a growth's value.
_CUMULATIVE_RE = re.compile(r"累计[^,，。;；\d]{0,4}$")


@quick_init
@dataclass(frozen=True, slots=True)
class Timing:
    """The time in force at a value and the base year its clause names (比2015年)."""

    state: TimeState
    base_year: int | None


def period_of(
    reader: SentenceReader,
    r: Reading,
    st: SentenceState,
    timing: Timing,
    measure: Measure,
    kind: Kind,
    year: int | None,
) -> tuple[int | None, int | None]:
    """The figure's year (adjusted for a start point) and its period's first year."""
    frame = reader.frame
    if kind == Kind.TARGET and project_size(r.name) and project_line(reader.view, r.v.start):
        return None, None  # 专栏 重点项目 京雄商高铁：线路长约69公里: the project's size, no year
    quoted = plan_aim_period(reader.view, r.cs, r.v.start, r.v.end, frame, kind, measure)
    if quoted is not None:
        return quoted  # (规划确定的…年均增长7%左右的目标 in an annual plan report)
    if kind == Kind.TARGET and _plan_years_aim(reader.view, frame, timing.state):
        # 规划目标五年累计225万人 in an evaluation: the aim is over the plan's years.
        return frame.period_end, frame.period_start
    state = timing.state
    if kind == Kind.TARGET and (measured_aim(reader.view, r) or done_aim(reader, r, state)):
        # 完成“十三五”规划目标（600公里）的93.7%: the aim a look back is measured against is
        # the earlier plan's, for the year in force (a fall or growth aimed at over that
        # plan's years keeps its first year: 超额完成下降15%的目标任务).
        # (较规划目标（50%）仍有差距 in a mid-term evaluation: the aim is for the plan's end.)
        midway = own_plans_aim_midway(frame, state)
        first = frame.period_start if midway else state.period_start
        # (No time in force: the year already decided for it, as for any aim.)
        aimed = measured_aim_year(frame, state) or year
        return aimed, first if measure == Measure.GROWTH else None
    year, period_start = _period_of(reader, r, st, timing, measure, kind, year)
    return _progress_now(reader, r, state, kind, year), period_start


def _progress_now(
    reader: SentenceReader, r: Reading, state: TimeState, kind: Kind, year: int | None
) -> int | None:
    """The year of a mid-term evaluation's report on the plan's major projects naming no
    time of its own (《纲要》确定的重大项目中，已开工162个，累计完成投资4230亿元): the time of
    writing (the year 目前 means), not the year its statistics close; or the date its
    paragraph states them as of (截至2022年底已开工238项…；累计完成投资…). A look back over the
    plan under way opening the paragraph (两年多来，…) names no time of the progress; a time
    of its sentence or its heading does."""
    frame, now, view = reader.frame, reader.frame.now_year, reader.view
    if kind != Kind.ACTUAL or frame.doc_type is not DocType.MIDTERM_EVALUATION:
        return year
    if now is None or year is None or now <= year or state.part:
        return year
    if not portfolio_progress(view, r.v.start):
        return year
    src = state.src
    if src is not None and src[0] >= reader.s and state.explicit and not state.retro:
        return year  # (黄骅港2022年货物吞吐量…: its own sentence names its year)
    stated = portfolio_as_of(view, r.v.start)
    if stated is not None:
        return stated if stated <= now else year
    if src is not None and state.explicit and not (state.retro and src[1] <= reader.s):
        return year  # (a year named for it, or a look back of its own sentence)
    if src is not None and _on_heading_line(view, src):
        return year  # (the time a heading gives: 二、存在的主要问题, “十四五”重大项目推进情况)
    return now


_HEADING_CHARS = 40  # (a heading line is short and ends no sentence)


def _on_heading_line(view: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` lies on a heading line (二、存在的主要问题)."""
    start = view.rfind("\n", 0, span[0]) + 1
    end = view.find("\n", span[1])
    end = len(view) if end < 0 else end
    return end - start <= _HEADING_CHARS and "。" not in view[start:end]


# How a growth is reckoned: an average over years or against the same time a year before.
_HOW = frozenset({"avg", "yoy"})


def _period_of(
    reader: SentenceReader,
    r: Reading,
    st: SentenceState,
    timing: Timing,
    measure: Measure,
    kind: Kind,
    year: int | None,
) -> tuple[int | None, int | None]:
    view, v, frame, state = reader.view, r.v, reader.frame, timing.state
    if kind == Kind.TARGET and _earlier_plans_time(reader, r, state):
        # (“十一五”时期年均增长11.4%，纲要提出了8%的预期目标: the aim is the plan's own.)
        timing = Timing(TimeState(), timing.base_year)
        state = timing.state
        year = frame.default_year(kind)
    period_start = state.period_start
    if kind == Kind.TARGET and (state.retro or state.part) and year != state.year:
        # An aim's period is never the one under review, unless the aim is that span's
        # (过去五年…年均增长7.4%，高于6.5%的规划目标: aim_years.aim_aside_year).
        period_start = None
    base_year, roles = _shared_base(r, st, measure, timing.base_year)
    r.base_year = base_year
    avg = "avg" in roles
    year, implied_start = change_start(reader, r, state, kind, year)
    if _indicators_by_status(reader, r):
        return year, None
    if (each := year_of_each(reader, r)) is not None:
        return each, None  # (2013至2018年…分别为a、b、…: one figure a year)
    if measure == Measure.GROWTH:
        if "yoy" in roles:
            period_start = None
        elif base_year is not None:
            period_start = base_year + 1
        elif avg and period_start is None and (start := levels_start(reader, r, year)):
            period_start = start + 1  # 由2025年的…增加到2030年的…,年均增长: from the year after
        elif avg:
            planned = frame.is_plan or frame.is_evaluation
            if period_start is None and planned and kind == Kind.TARGET:
                period_start = _rest_of_plan(reader, r) or frame.period_start
                own = state.explicit and not (state.retro or state.part or _one_year(state))
                year = state.year if own else frame.period_end
            elif (plan := plan_aim_start(view, r.cs, (v.start, v.end), year, frame)) is not None:
                period_start = plan  # (快于规划确定的年均增长11%的目标 in an annual report)
            elif period_start is None and (not state.explicit or _one_year(state)):
                # (2027年…年均增长3.4% in an evaluation: from the plan's first year on.)
                period_start = _plan_so_far(frame, kind, year)
        elif _plans_aim_over_its_period(reader, state, kind, year):
            # 超额完成省下达的16%的目标, 我们定的速度是10%: a plan's aim for a rate or a fall
            # that names no time of its own is over the plan's period.
            period_start = frame.period_start
        elif not _period_named_in_sentence(reader, state):
            period_start = None  # (“十三五”期间经济增速为8%: a growth over the period named)
            if _CUMULATIVE_RE.search(view, r.cs, v.start):
                period_start = _summed_start(state, frame, kind, year)
    elif measure == Measure.CHANGE:
        if base_year is not None:
            period_start = base_year + 1
        elif "yoy" in roles or _gap_at_a_date(reader, r, st):
            period_start = None  # (同比; 高于全国平均水平3.6个百分点: a gap at a date)
        elif avg and period_start is None:
            period_start = _average_change_start(reader, r, state, kind, year)
    elif implied_start or v.part >= 0:
        period_start = None
    elif v.unit == "位":
        period_start = _rank_period(reader, r, st, period_start)
    elif _HELD_RE.search(view, r.cs, v.start) and _period_named_in_sentence(reader, state):
        pass  # 2025年以来,入学率保持在99%以上: held every year of the period
    elif _reached(reader, r):
        period_start = None
    else:
        period_start = _level_period(reader, r, st, period_start, avg, kind, year)
    if period_start is not None and year is not None and period_start > year:
        period_start = None
    return year, period_start


def _gap_at_a_date(reader: SentenceReader, r: Reading, st: SentenceState) -> bool:
    """Whether a change is a gap to another area, an average or an aim between levels
    (高于全国平均水平3.6个百分点): at a date, no period. A gap between rates (年均增长8.6%，
    高于全市1.3个百分点) or of a sum (累计…超出规划预期62亿元) covers their period."""
    before = reader.view[r.cs : r.v.start]
    if st.prev_measure == Measure.GROWTH or "累计" in before:
        return False
    return gap_to_other(before)


def _indicators_by_status(reader: SentenceReader, r: Reading) -> bool:
    """Whether the figure counts a plan's indicators by how they fared (an evaluation's 5项
    指标提前完成目标; a plan's look back, …25项主要指标中，22项完成或超额完成): their
    state at a date, no flow."""
    view, v, frame = reader.view, r.v, reader.frame
    if v.unit in ("项", "个") and frame.is_evaluation:
        if _INDICATOR_COUNT_RE.match(view, v.after_end) is not None:
            return True
        if _COUNTED_BEFORE_RE.search(view, max(reader.s, v.start - 4), v.start) and (
            "指标" in view[reader.s : v.start]
        ):
            return True
    return (
        v.unit == "项"
        and (frame.is_plan or frame.is_evaluation)
        and _FARED_AFTER_RE.match(view, v.after_end) is not None
        and "指标" in view[reader.s : v.start]
    )


# A bare span as long as a five-year plan (五年, 5年).
_FIVE_YEARS_RE = re.compile(r"\s*(?:五|5)\s*年\s*")


def _plan_years_aim(view: str, frame: DocFrame, state: TimeState) -> bool:
    """Whether an aim's look-back span in an evaluation is the plan's own five years
    (规划目标五年累计225万人): the aim is over the plan's period, not the years reviewed."""
    src = state.src
    if not (frame.is_evaluation and state.retro and frame.period_start is not None and src):
        return False
    return _FIVE_YEARS_RE.fullmatch(view, src[0], src[1]) is not None


# A yearly average rate named alone before its figure (年平均增长率为, 年均增速): the average of
# the change just told, over the same years.
_AVERAGE_RATE_RE = re.compile(r"[，,]?(?:年均|年平均)(?:增长率|增速|增幅)(?:为|是)?")


def _shared_base(
    r: Reading, st: SentenceState, measure: Measure, base_year: int | None
) -> tuple[int | None, set[str]]:
    """The base year and cue roles the value shares with the figure before it."""
    roles = r.roles
    if (r.list_only or r.inherited) and measure == st.prev_measure:
        # 分别年均增长8.1%、6.4%: list members share the first one's cue words (not one
        # with its own: 同比增长8.6%，两年平均增长6.9% is an average over the two years).
        if not roles & _HOW:
            roles = r.roles = roles | (st.prev_roles & _HOW)
        if base_year is None:
            base_year = st.prev_base
    elif (
        (r.inherited or _AVERAGE_RATE_RE.fullmatch(r.name_raw.strip()))
        and base_year is None
        and "yoy" not in roles
    ):
        # (与2010年相比，减少35892人，减少4.61%，年平均减少0.47%: the same figure's changes
        # told one after another all run from the base named for the first; so does the
        # yearly average rate named alone, 增长1.84%，年平均增长率为0.18%)
        base_year = st.prev_base
    return base_year, roles


def _plans_aim_over_its_period(
    reader: SentenceReader, state: TimeState, kind: Kind, year: int | None
) -> bool:
    """Whether a growth is an aim of the plan (or the plan an evaluation reviews) for its
    last year with no time of its own in the sentence: a rate or fall over the period."""
    frame = reader.frame
    if kind != Kind.TARGET or not (frame.is_plan or frame.is_evaluation):
        return False
    if frame.period_start is None or year != frame.period_end:
        return False
    src = state.src
    return not state.explicit or src is None or not reader.s <= src[0] < reader.e


def _earlier_plans_time(reader: SentenceReader, r: Reading, state: TimeState) -> bool:
    """Whether the time in force at an aim of a plan or its evaluation is that of the look
    back it is compared with, named in an earlier clause: an earlier plan period, or in an
    evaluation a year it reviews (由2020年的2.8%提高到2022年的3.2%，但距3.4%的规划目标仍有
    差距). The aim is then the document's own plan's."""
    frame = reader.frame
    src = state.src
    if not (frame.is_plan or frame.is_evaluation) or frame.period_start is None:
        return False
    if not state.explicit or state.year is None or state.future:
        return False
    if src is None or src[1] > r.cs:
        return False
    reviewed = frame.is_evaluation and frame.review_year is not None
    return state.year < frame.period_start or (reviewed and state.year <= frame.review_year)


def _period_named_in_sentence(reader: SentenceReader, state: TimeState) -> bool:
    """Whether the period in force was named by a plan or a span of years in the sentence."""
    src = state.src
    return (
        state.period_start is not None
        and src is not None
        and reader.s <= src[0] < reader.e
        and not state.part
        and "、" not in reader.view[src[0] : src[1]]  # (2026年、2027年 lists two years)
    )


# The plan's aim named before its figure (年均增长目标由15%调整为10%), or a figure the aim is
# adjusted to (原目标7%，建议调整为5%左右): the plan's own, whole.
_PLANS_AIM_RE = re.compile(r"目标|(?:调整|[上下]调)[为到至]")


def _rest_of_plan(reader: SentenceReader, r: Reading) -> int | None:
    """The first year of the rest of a plan an evaluation mid-way looks ahead on, under its
    closing heading (四、下一步工作建议, 推进《纲要》后半程实施的主要举措: the year after the one
    it reviews), where an aim naming no period of its own (年均增长8%以上, 新增托位3000个)
    runs to the plan's end; None elsewhere, and for the plan's aim named as such (建议将…年均
    增长目标由15%调整为10%: over the plan's whole period)."""
    frame = reader.frame
    # (One written late in its year, its results as of the year before: the rest is after
    # the year it was written in, ``DocFrame.judged_year``.)
    reviewed, end = frame.judged_year or frame.review_year, frame.period_end
    if not frame.is_evaluation or reviewed is None or end is None or reviewed >= end:
        return None
    if _PLANS_AIM_RE.search(reader.view, r.cs, r.v.start):
        return None
    return reviewed + 1 if ahead_heading(reader.view, reader.section) is not None else None


def _one_year(state: TimeState) -> bool:
    """Whether the time in force is one whole year named (not a period, part or span)."""
    return state.period_start is None and not (state.part or state.retro or state.future)


def _summed_start(state: TimeState, frame: DocFrame, kind: Kind, year: int | None) -> int | None:
    """The first year of a change summed (累计下降) where its sentence names no period: that
    of a heading or an opening naming one (“十五五”时期主要目标 / 单位GDP二氧化碳排放累计降低
    17%; “十三五”期间，…；单位GDP能耗累计下降19.5%), else an evaluation's plan so far."""
    return (state.period_start if state.explicit else None) or _plan_so_far(frame, kind, year)


def _plan_so_far(frame: DocFrame, kind: Kind, year: int | None) -> int | None:
    """An evaluation's average over no period of its own runs from its plan's first year."""
    first = frame.period_start
    if kind == Kind.ACTUAL and frame.is_evaluation and first and year and first <= year:
        return first
    return None


def _reached(reader: SentenceReader, r: Reading) -> bool:
    """Whether a level is where a change ended (由2273.5亿元增加到4352亿元) or a total
    reached (里程累计达到4000公里; an amount of money so reached is still a flow)."""
    before = reader.view[r.cs : r.v.start].replace(BLANK, "")
    if _FROM_TO_END_RE.search(before):
        return True
    money = r.v.unit_info is not None and r.v.unit_info.dimension in MONEY_DIMENSIONS
    return not money and _STOCK_CUMULATIVE_END_RE.search(before) is not None


def _rank_period(
    reader: SentenceReader, r: Reading, st: SentenceState, period_start: int | None
) -> int | None:
    """A rank is at a date unless held every year (每年均保持全省前五) or ranking an
    average growth or a flow just named."""
    view, v = reader.view, r.v
    if r.base_year is not None:
        return r.base_year + 1  # 比2025年前移2位: since the base year
    if (
        re.search(r"每年|年均|历年", view[r.cs : v.start])
        or st.prev_avg
        or any(
            m.kind == "range" and m.start < v.start and "、" not in view[m.start : m.end]
            for m in reader.marks
        )
        or st.prev_flow
        and _COUNT_RANK_RE.search(r.name)
    ):
        return period_start
    return None


def _level_period(
    reader: SentenceReader,
    r: Reading,
    st: SentenceState,
    period_start: int | None,
    avg: bool,
    kind: Kind,
    year: int | None,
) -> int | None:
    """A level is a flow over the period in force (新增, 累计, 投资) or a stock at a date."""
    view, v, frame, name = reader.view, r.v, reader.frame, r.name
    if kind == Kind.TARGET and plan_portfolio(view, reader.s, v.start, frame.is_evaluation):
        return frame.period_start  # (the plan's projects' total: over its years)
    # (The words of the next items of a list, 、新增就业…, are not this value's.)
    end = view.find("、", v.after_end, r.ce)
    # (Junk blanked inside a word, 续(xù)建, does not hide the word.)
    clause = view[r.cs : end if end >= 0 else r.ce].replace(BLANK, "")
    clause = _FLOW_NOUN_RE.sub("", _STOCK_CUMULATIVE_RE.sub("", clause))
    clause_flow = bool(_FLOW_CLAUSE_RE.search(clause) or _ADD_LEAD_RE.search(r.subject))
    if clause_flow and _ANNUAL_NAME_RE.search(name) and not _SUMMED_RE.search(clause):
        clause_flow = False
    money = v.unit_info is not None and v.unit_info.dimension in MONEY_DIMENSIONS
    # (A per-head amount, 人均消费支出, is a year's, never summed over a period.)
    money_flow = money and bool(_FLOW_MONEY_RE.search(name)) and "人均" not in name
    zero = v.fixed_measure is not None and v.value == 0  # 人员零死亡 over the period
    # After 新增…207公里, a total that "reaches" a length or count is a stock
    # (总里程达320公里); an amount of money of the new items is still a flow. (The cue
    # words are looked at only after a flow: most figures follow none.)
    carried = st.flow and (money or not _reaches_level(r.tokens))
    describes = view[v.after_end : v.after_end + 1] == "的"
    if not (clause_flow or avg or money_flow or carried or zero):
        period_start = None
    elif (
        not avg
        and (v.unit in ("%", "‰") or _STOCK_NAME_RE.search(name))
        and not (r.share_of_prev and st.prev_flow)
    ):
        # Rates and stocks are at a date (完成率为105.2%, 存量80家); the share of a
        # flow just named (6家企业被认定…,占全县三分之一) covers the flow's period.
        period_start = None
    if describes:
        period_start = None  # 投资额均超30亿元的龙头项目: describes items, not a flow
    if clause_flow:
        st.flow = True
    rest = _rest_of_plan(reader, r) if kind == Kind.TARGET else None
    if (
        period_start is None
        and kind == Kind.TARGET
        and (frame.is_plan or rest is not None)
        and year == frame.period_end
        and frame.period_start is not None
        and (clause_flow or money_flow)
        and v.unit not in ("%", "‰")
        and not _STOCK_NAME_RE.search(name)
        and not describes
    ):
        # A plan's flow target (到2025年,新增学位3000个) is over the plan period; one set by
        # an evaluation looking ahead, over the rest of it.
        period_start = rest or frame.period_start
    if period_start is None and clause_flow and not describes and _summed_so_far(reader, r):
        # 城镇新增就业累计45.6万人 in an evaluation, no period named: the plan so far.
        period_start = _plan_so_far(frame, kind, year)
    if period_start is not None and year_on_year_after(view, v.after_end):
        period_start = None  # (投资完成66.2亿元，同比增长9%: the year's amount)
    return period_start


def _reaches_level(tokens: list[str]) -> bool:
    """Whether a cue word before the figure brings it to a level (达, 增至: role ``to``)."""
    return any("to" in cues().roles(t) and t not in ("的", "了", "在") for t in tokens)


def _average_change_start(
    reader: SentenceReader, r: Reading, state: TimeState, kind: Kind, year: int | None
) -> int | None:
    """The first year of an average change naming no period: the year after the start of
    the change just named (由2015年的55.1%提高到…，年均提高1.24个百分点); with no time in
    force, an evaluation's plan so far (占比年均提高1个百分点)."""
    start = levels_start(reader, r, year)
    if start is not None:
        return start + 1
    return None if state.explicit else _plan_so_far(reader.frame, kind, year)


def _summed_so_far(reader: SentenceReader, r: Reading) -> bool:
    """Whether a count or amount (not a rate, not a stock reached: 累计达) is summed by
    累计 before it in its clause."""
    before = reader.view[r.cs : r.v.start].replace(BLANK, "")
    if (
        r.v.unit in ("%", "‰")
        or _STOCK_NAME_RE.search(r.name)
        or _STOCK_CUMULATIVE_RE.search(before)
    ):
        return False
    return "累计" in before
