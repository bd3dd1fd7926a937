"""The measure, sign, unit and comparator of a figure in a sentence: a stage of the prose
reader (:mod:`.prose_reader`), from the figure's cue run (增长, 下降, 比上年新增, 低于…个百分点),
its name (增速, 比重) and the words right after it (的增长, 的平均水平).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planwatch.core.data import Comparator, Measure
from planwatch.extract.aim_compared import aim_around_result, done_aim_level
from planwatch.extract.cues import cues, words, words_re
from planwatch.extract.naming_compared import PACE_MOVED_RE
from planwatch.extract.prose_modality import share_of_aim
from planwatch.extract.prose_names import SentenceState, amount_name, hollow_name, scale_unit
from planwatch.extract.quoted_aims import LEAD, quoted_aim_figure
from planwatch.extract.review_words import reduction_done

if TYPE_CHECKING:
    from planwatch.extract.prose_reader import Reading
    from planwatch.extract.prose_values import Value

# A bracket opening right before the value (累计完成[2.2万亿元]) and the 累计 words and the
# bracket it leaves at the name's end.
_CUMULATIVE_OPENS = ("[", "［", "〔")
_CUMULATIVE_TAIL_RE = re.compile(
    r"(?:(?:五年|[“”\"]?十[一二三四五六七八九]五[“”\"]?期间)?累计(?:完成|达到|降低|下降|新增|增加|减少)?)?\s*[\[［〔]$"
)
# A rate change word in the name makes a % value a growth (商品零售价格涨幅2%左右); a population's
# natural growth rate (人口自然增长率为6.57%) is a rate, a level.
# A name that is a rate of growth, possibly followed by framing words that are no other
# measure (GDP年均增速将, 增长速度预期目标, 年均增长指标调整): a % after it is a growth.
# (A consumer price level in %, 居民消费价格总水平控制在3%左右, CPI 2%: its rise, a growth.)
_GROWTH_NAME_RE = re.compile(
    r"(?:涨幅|增幅|增速|增长速度|速度|(?<!自然)增长率|年均(?:名义|实际)?增长|增长目标|增长预期"
    r"|居民消费价格(?:总水平)?|CPI"
    r"|(?:降低|下降)率)"  # (单位GDP能耗降低率为5%左右: the rate of a fall, a growth)
    r"(?P<tail>[^占比贡率位排重例数量额值]{0,8})$"
)
# A % followed by the growth it measures: 保持40%以上的增长, 分别以15%、13.6%的增速; or by a
# growth aim naming its indicator (完成全年6.5%的经济增长目标, 8%的固定资产投资增长预期目标: how
# annual plan reports and their news set the year's aims against results).
# (以年均2.3%的能源消费增长支撑了年均6.8%的经济增长, 年均12.1%的GDP增速: a review's paces, named
# after them; not 8%的经济增长贡献率, a share of the growth.)
_GROWTH_AFTER_RE = re.compile(
    r"(?:的)?(?:增长|增速|速度增长)|的[\u4e00-\u9fff]{1,10}?(?:增长|增速)(?:预期|调控)?目标"
    r"|的(?:[\u4e00-\u9fff]|[A-Z]{2,4}){1,10}?(?:增长|增速)(?!率|贡献|极|点|动力|潜力|空间|趋势|态势)"
)
# A rate of growth written right before its figures, the names listed before it (批发业、
# 零售业、住宿业销售额增速分别为-5.2%、3.4%…: how monthly statistics news lists its trades):
# the figures are growths, whatever the list's names split off (comm25, real county pages).
_RATE_BEFORE_RE = re.compile(
    r"(?:涨幅|增幅|增速|增长速度|(?<!自然)增长率)(?:分别|依次)?(?:为|是|达到?)?\s*$"
)
_AVG_NAME_RE = re.compile(r"年均|平均")
# A multiple of a wider area's figure or its average (是全市的4.1倍, 相当于全国平均水平的2倍).
_AREA_MULTIPLE_RE = re.compile(
    r"(?:是|为|相当于|、|^\s*)全[国省市区县州盟][^,，。;；\d]{0,8}?的\s*$"
)
# A rate that is a level (失业率, 城镇化率, 比重), not a growth rate (增长率).
_LEVEL_RATE_RE = re.compile(r"(?<!增长)(?<!增)率$|比重$|比例$|占比$")
# A % after the name of an amount (生产总值, 收入, 投资) is its growth: an amount has no level
# in %. Unless the name is a share, rate or ratio of it (占GDP比重, 投资率, 收入比) or the
# completion of a plan (完成年度投资计划的120%).
_SHARE_NAME_RE = re.compile(
    r"比重|占|率|比例|比|强度|贡献|份额|结构|水平|系数|指数|能耗|排放|计划|进度"
)

# An amount added against a base year (比上年新增213家, 较2020年净增1.2万户): a change.
# Cut verbs that count the work done in any document (压减炼钢产能2100万吨, 到2025年压减地下水开采量
# 1.2亿立方米): the amount cut, a level, as in a review (review_words.reduction_done).
_CUT_DONE = frozenset(words("cut_done"))
# A cut verb opening a name counted up (累计减少贫困人口3.4万人): the work done so far, a level.
_TALLY_BEFORE_RE = words_re("tally_lead", r"(?:{})\s*$")
# (The base may be a plan period's end, 较“十三五”末新增42公里: the plan's base year's end.)
# (Or a revenue's or a spending's change against its base: 比2017年增收12423万元, 比上年决算数增支.)
# A revenue's or spending's move alone opening the clause after its amount (收入完成3.21亿元，增收
# 2798万元): against the year before, a change; not 带动农户增收2000元, the income got.
_MOVED_ON = {"增收": 1, "减收": -1, "增支": 1, "减支": -1}
_BASE_ADD_RE = re.compile(
    r"(?:比|较)(?:上年|去年|上年末|去年末|(?:19|20)\d\d年(?:末|底)?"
    r"|[“\"]?十[一二三四五六]五[”\"]?期?末)[^,，。;；\d]{0,4}?(?:新增|净增|增收|增支)$"
)
# Words keeping a pace where it is (增长保持在, 稳定在): the pace, no level reached.
_KEPT = ("保持", "稳定", "维持")
# A figure reached right after the verb of reaching (…年均提高1.8%，达到40%): a level.
_REACHED_RE = re.compile(r"(?:达到|达|(?:提高|提升|增加|上升|扩大)(?:到|至))\s*(?:约)?\s*$")
# A gap below an aim or an average, in points (低于规划目标1.2个百分点): a change, negative as a
# fall is. What is still missing to reach an aim (距目标尚差1.9个百分点, 距2%的目标仍有0.4个百分点
# 差距) and 相差 (与规划目标相差0.57个百分点) say no fall: the distance stays as printed (GOLD_SPEC
# keeps a sign as printed unless a decline is stated).
_BELOW_RE = re.compile(r"(?:低于|慢于|落后于?|少于)[^,，。;；]{0,20}$")


# A comparison with what it is compared to right before the value (高于全国平均水平约,
# 超出规划预期约, 比“十二五”时期多, 比城区学校高出): the value is the difference.
# (与宁国市相差305.5亿元, 两者相差: the gap between two areas' amounts, unsigned; real3 dev
# c289, county reports and papers on 县域发展不平衡: search pages. 较 reads as 比: 较规划目标
# 少6个, as evaluations weigh a count against its aim.)
_GAP_TO_RE = re.compile(
    r"(?:(?:高于|低于|高出|低出|超出|多于|少于)[^,，。;；\d]{2,16}?"
    r"|(?<!比)[比较][^,，。;；\d]{2,16}?(?:高出|高|低|多出|多|少)|与[^,，。;；\d]{2,16}?相差)"
    r"(?:了)?(?:约|近)?\s*$"
)


def gap_to_other(clause: str) -> bool:
    """Whether the clause before a value compares with another area, an average or an aim
    (高于全国平均水平, 比全省低, 高于规划目标): the value is a gap, not a change over time.
    (占比, 比重, 比例 are nouns: 占比五年提高 is a change over time.)"""
    m = _GAP_TO_RE.search(clause)
    if m is None:
        return False
    if clause[m.start()] == "比":
        nxt = clause[m.start() + 1 : m.start() + 2]
        return not (clause[m.start() - 1 : m.start()] in ("占", "佔") or nxt in ("重", "例", "率"))
    return True


# The level of what a figure is compared to, told before its name (低于全省2.58人的平均水平,
# 高于全国2.40%的平均水平): that average's own level, not the gap.
_OTHERS_LEVEL_RE = re.compile(r"\s*的(?:平均)?水平|\s*的平均值")
# Or given in brackets right after it (远低于全国平均水平（54.2公里）, 比全国平均水平（77.3岁）
# 略高): the average's own level, the aside of a comparison.
_OTHERS_LEVEL_BEFORE_RE = re.compile(r"(?:平均水平|平均值|平均数)\s*[（(]\s*$")


# A share or rate of the things counted by the figure before it (23项完成或超额完成，占88.5%;
# 22项…，完成率88%), or of the whole the amount before it is part of (中央政府投资1751.3亿元，
# 占24.1%: real72 dev c1033).
_SHARE_OF_COUNT_RE = re.compile(r"^\s*(?:约|共|分别)?(?:占(?:比)?|完成率|达标率)(?:为|达到?)?\s*$")


# An aim reached, told by the words of doing it right before its figure (超额完成国家下达的,
# 完成省下达的): with the fall of the same indicator told before it, the aim is of that fall.
_AIM_DONE_BEFORE_RE = re.compile(r"(?:完成|实现)[^,，。;；\d]{0,8}$")


# A share of a year's level (地区生产总值为756.4亿元，仅为2015年的95.9%; 公路客运量…仅为2015年的
# 39%; 接待游客…仅为2019年的52%): a level, the share, whatever the name says (real19 dev c495,
# plans7 dev c157, real11 dev c417), as 是2020年的1.4倍 is a multiple of that year's; so is a
# level recovered to a share of an earlier one (恢复到上年的95%以上, 恢复至2019年同期的八成).
_SHARE_OF_YEAR_RE = re.compile(
    r"(?:为|是|相当于|恢复[到至])\s*(?:(?:19|20)\d{2}\s*年|上年|去年)(?:同期|水平)*的\s*$"
)


def _aim_of_the_fall(r: Reading, st: SentenceState, unit: str | None, clause: str) -> bool:
    """Whether a % after the words of reaching an aim (超额完成自治区下达的13.5%目标任务) follows
    a fall of the same indicator (能耗累计下降14.2%): the aim is of that fall, negative as the
    fall is (GOLD_SPEC: a decline stated in the sentence is negative)."""
    return (
        unit == "%"
        and st.prev_measure == Measure.GROWTH
        and st.prev_sign == -1
        and st.prev_unit == unit
        and r.name == st.prev_name
        and _AIM_DONE_BEFORE_RE.search(clause) is not None
    )


def _same_kind(unit: str | None, st: SentenceState) -> bool:
    """Whether a listed figure's unit is the one before it, or a growth's other unit (分别增长
    1.3倍、46.8%和11.2%: a multiple then per cents, all growths)."""
    if unit == st.prev_unit:
        return True
    return st.prev_measure is Measure.GROWTH and {unit, st.prev_unit} == {"%", "倍"}


def _added_beside(r: Reading, st: SentenceState, unit: str | None) -> bool:
    """Whether the value is another amount listed right after a change's (比上年增加2.51万座、
    482.14万米: bridges counted and measured, as bulletins print them; 分别比上年增加3.1万亩和
    1.5万吨)."""
    if st.prev_measure is not Measure.CHANGE or unit is None or st.prev_unit is None:
        return False
    return not {unit, st.prev_unit} & _RATIO_UNITS and r.pre.rstrip().endswith(_LIST_JOINS)


_RATIO_UNITS = frozenset({"%", "‰", "倍", "个百分点"})
_LIST_JOINS = ("、", "和", "及", "与")


def _bracketed_sum(r: Reading, clause: str) -> bool:
    """Whether the value is bracketed (累计完成[2.2万亿元], 五年累计降低[13.5%]): GOLD_SPEC's
    bracketed cumulative value (a plan's five-year sum), a change over the plan as in its
    tables; the name loses its 累计 words and the bracket."""
    if clause[-1:] not in _CUMULATIVE_OPENS:
        return False
    r.name = _CUMULATIVE_TAIL_RE.sub("", r.name)
    return True


def _goes_on(r: Reading, st: SentenceState, unit: str | None) -> bool:
    """Whether the value goes on the figure before in its measure: named by it (inherited,
    a list's member) or by aim words only (增长7.1%，完成计划目标7%: the aim of that figure)."""
    named_before = r.inherited or r.list_only or hollow_name(r.name)
    kind = _same_kind(unit, st) or _added_beside(r, st, unit)
    return named_before and st.prev_measure is not None and kind


def _cue_direction(tokens: Sequence[str]) -> int | None:
    """The direction the cue run before a value says (1 up, -1 down), None for none or a
    level reached after it."""
    C = cues()
    last_dir = None
    grew = False
    for t in tokens:
        rs = C.roles(t)
        if "up" in rs:
            last_dir, grew = 1, t.endswith("增长")
        elif "down" in rs:
            last_dir = -1
        elif "to" in rs and last_dir is not None and t not in ("了",) and not t.startswith(_KEPT):
            if not (grew and t.endswith("为")):  # (年均增长分别为5.2%: the pace itself, a growth)
                last_dir = None  # 增长到: reaches a level (not 年均增长保持在6.5%: the pace kept)
    return last_dir


def figure_measure(
    r: Reading, st: SentenceState, clause: str = "", review: bool = False
) -> tuple[Measure, int, str | None]:
    """Measure, sign and unit from the value and the cue run before it (``clause``: the
    clause's words before the value; ``review``: the document weighs a plan's results,
    review_words.reduction_done)."""
    C, v = cues(), r.v
    measure = v.fixed_measure or (Measure.CHANGE if r.excess else Measure.LEVEL)
    sign = 1
    last_dir = _cue_direction(r.tokens)
    unit = r.zero_unit or v.unit
    done = review or not _CUT_DONE.isdisjoint(r.tokens)
    if done and last_dir == -1 and reduction_done(unit, r.tokens, clause):
        last_dir = None  # (累计压减1900万吨: the reduction done, counted)
    lead = C.change_lead_re.search(r.name) if last_dir is None and not r.inherited else None
    if lead and v.fixed_measure is None:
        # 减少农村贫困人口12万人: a fall of what the verb names; 净增额: a change.
        rest = r.name[lead.end() :]
        if not lead.group("d"):
            last_dir = 1
        elif (
            review or lead.group() in _CUT_DONE or _TALLY_BEFORE_RE.search(r.name, 0, lead.start())
        ) and reduction_done(unit, (lead.group(),), ""):
            r.name = r.name[lead.start() :]  # (减少贫困人口: the verb names the count)
        elif len(rest) >= 2:
            last_dir, r.name = -1, rest
    if last_dir is None and _BASE_ADD_RE.search(r.pre):
        last_dir = 1  # 比上年新增213家: what was added against the base, a change
    elif last_dir is None and st.prev_measure is not None:
        last_dir = _MOVED_ON.get(r.pre.strip())
    if v.fixed_measure is None:
        if _bracketed_sum(r, clause):
            measure, sign = Measure.CHANGE, 1
        elif unit == "%" and (share_of_aim(clause) or _SHARE_OF_YEAR_RE.search(clause)):
            sign = 1  # 下降6.2%，完成五年目标的42.8%: how much of the aim is done, a level
        elif unit == "%" and _SHARE_OF_COUNT_RE.search(clause) and st.prev_unit is not None:
            # 22项完成或超额完成，完成率88% / 占88.5%; 中央政府投资1751.3亿元，占24.1%: the share
            # of the whole the figure before is, a level
            pass
        elif unit == "倍":
            # (是全市的4.1倍: a multiple of a wider area's figure, a level; 是2015年的2倍: growth)
            measure = Measure.LEVEL if _AREA_MULTIPLE_RE.search(clause) else Measure.GROWTH
        elif unit == "%" and (pace := PACE_MOVED_RE.search(clause)) is not None:
            measure, sign = Measure.CHANGE, -1 if pace["w"] in ("回落", "放缓", "减缓") else 1
        elif last_dir is not None:
            measure = Measure.GROWTH if unit in ("%", "‰") else Measure.CHANGE
            sign = last_dir
        elif _aim_of_the_fall(r, st, unit, clause):
            measure, sign = Measure.GROWTH, -1  # 累计下降18.6%，超额完成国家下达的16%的目标
        elif "gap" in r.roles and unit not in ("%", "‰", "倍"):
            measure = Measure.CHANGE  # 距300万辆的规划目标还有近100万辆的差距: what is left to go
        elif unit == "个百分点" or unit not in ("%", "‰", "倍") and _GAP_TO_RE.search(clause):
            # (高于全国平均水平约0.1万元, 比城区学校高出5.2岁: a difference, a change.)
            measure = Measure.CHANGE  # (分别低0.1个和4.21个百分点: the list's second is below too)
            carried = r.list_only and st.prev_measure == Measure.CHANGE and st.prev_unit == unit
            sign = -1 if _BELOW_RE.search(clause) else (st.prev_sign if carried else 1)
        elif unit == "%" and "each" in r.roles and _LEVEL_RATE_RE.search(r.name):
            pass  # (失业率、价格涨幅分别控制在5%和3%: the rate's own figure, a level)
        elif unit == "%" and ("rate" in r.roles or _GROWTH_NAME_RE.search(r.name)):
            measure = Measure.GROWTH
            if _AVG_NAME_RE.search(r.name):
                r.roles = r.roles | {"avg"}  # GDP年均增速 8%: an average over a period
        elif unit == "%" and _RATE_BEFORE_RE.search(clause):
            measure = Measure.GROWTH
        elif _goes_on(r, st, unit) and not _REACHED_RE.search(clause):
            # (城镇化率年均提高1.8%，达到40%: a figure reached is a level, whatever went before)
            # (…增加57公里，提前完成400公里的规划目标: a level; but 增长7.8%，超额完成7%的年度目标:
            # a growth's aim in % is a growth)
            if not done_aim_level(clause) or (unit == "%" and st.prev_measure is Measure.GROWTH):
                measure, sign = st.prev_measure, st.prev_sign
        elif unit == "%" and amount_name(r.name) and not _SHARE_NAME_RE.search(r.name):
            measure = Measure.GROWTH  # 生产总值预期目标9%左右, 生产总值分别以15%的增速
    if v.unit_info is not None and v.unit_info.dimension == "scale":
        unit = scale_unit(v.unit_info.unit, r.name)
    return measure, sign, unit


def measure_after(
    view: str, v: Value, measure: Measure, sign: int, unit: str | None
) -> tuple[Measure, int, str | None]:
    """The measure and sign of ``figure_measure`` as the words right after the value settle them."""
    if measure == Measure.LEVEL and unit == "%" and _GROWTH_AFTER_RE.match(view, v.after_end):
        return Measure.GROWTH, sign, unit  # 保持40%以上增长, 以15%的增速
    if measure == Measure.CHANGE and (
        _OTHERS_LEVEL_RE.match(view, v.after_end)
        or _OTHERS_LEVEL_BEFORE_RE.search(view, max(0, v.start - 8), v.start)
    ):
        return Measure.LEVEL, 1, unit  # 低于全省2.58人的平均水平: the average's own level
    if (
        measure == Measure.CHANGE
        and unit != "个百分点"
        and (
            quoted_aim_figure(view, max(0, v.start - LEAD), v.start, v.end)
            or aim_around_result(view, 0, v.start, v.end)  # (…118亿元，低于规划目标130亿元)
        )
    ):
        # 新增42公里，距560公里的规划目标还差62公里: the aim quoted after 距 is the aim's own
        # figure, a level, not more of the change before it (real19 dev c499, real8 dev c373).
        return Measure.LEVEL, 1, unit
    return measure, sign, unit


def cue_comparator(tokens: list[str]) -> Comparator | None:
    """The comparator of the last comparator word in the cue run (超过, 控制在, 约)."""
    C = cues()
    for t in reversed(tokens):
        rs = C.roles(t)
        if "ge" in rs:
            return Comparator.GE
        if "le" in rs:
            return Comparator.LE
        if "approx" in rs:
            return Comparator.APPROX
    return None
