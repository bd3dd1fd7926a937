"""The figure of an aim a sentence compares a result with, quoted with the gap to it.

A look back weighs a result against the aim it was held to and quotes the aim's figure:
研发经费投入强度2020年为0.93%，与规划目标1.5%相差0.57个百分点; 虽较规划目标2.3%仍有差距;
与2.3%的目标相差约0.1个百分点. The aim's figure is an aim (not a result, not the gap), and
it is the aim of the figure the sentence named before: its name is that figure's with
规划目标. (The year such an aim is for is ``prose_period``'s.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.extract.prose_names import SentenceState, clean_name, hollow_name, sentence_subject

if TYPE_CHECKING:  # the reader passes its reading; imported for types only (no cycle)
    from planwatch.extract.prose_reader import Reading

# The aim a figure is compared with, right before the aim's own figure, and the gap named
# after that figure (与规划目标1.5%相差…, 虽较规划目标2.3%仍有差距, 与《纲要》确定的目标3000亿元
# 差距较大, 距目标1.8%尚差…): one form, read by ``aim_compared.aim_before_gap`` (the aim's kind
# and year) and ``prose_period`` (its period), and naming the figure here.
AIM_BEFORE_FIGURE_RE = re.compile(
    r"(?:与|较|比|距|离)[^,，。;；\d]{0,8}?((?:规划|预期|计划)?目标|计划|预期)\s*$"
)
# (Or the gap's own figure first: 距规划目标1.6%还有0.48个百分点的差距, 距目标45%尚有6.3个百分点,
# 距规划目标2.5%差0.42个百分点; or how far the result is above or below it, 比规划目标60%高出
# 2.9个百分点, 较目标低0.3个百分点: the figure between the aim's words and the gap is the aim's.)
GAP_AFTER_FIGURE_RE = re.compile(
    r"\s*(?:左右|以上|以内)?\s*(?:(?:仍|尚|还)?(?:有|存在)?(?:相差|差距|尚差|还差|仍差)"
    r"|(?:(?:仍|尚|还)(?:有|差)|差|高出|超出|高|低|多|少)了?\s*(?:约|近)?\d)"
)
# The aim's own figure quoted between the aim's words and the share done of it (完成五年目标
# 2.8万人的48.6%, 占规划五年投资目标5600亿元的42.8%, 完成规划目标6000公里的105.2%): read by
# ``prose_around`` (the aim's kind) and ``prose_period`` (an earlier plan's aim's period).
# The plan's total investment is such an aim (占《规划》总投资420亿元的44.4%: what the plan set
# for its years, eval12 dev c243; eval7 dev c143 puts it 占规划五年投资目标5600亿元的).
# (Or put as what the result only amounts to, 仅为五年累计目标6000亿元的36.9%, real16 dev
# c461, or 为规划目标4200亿元的59.8%, real95 dev c1291; the plan's investment without 总,
# 占五年规划投资420亿元的40.1%, real10 dev c393.)
AIM_IN_SHARE_RE = re.compile(
    r"(?:完成|实现|达到|占|(?:仅|只)?为|相当于)[^,，。;；\d]{0,12}?"
    r"((?:目标|(?:全年|年度)?计划|任务)值?|(?:规划|纲要)》?\s*(?:五年)?总?投资|(?:年初|调整|年度)?预算数?)\s*$"
)
SHARE_AFTER_RE = re.compile(r"[\s\ue000]*(?:左右|以上)?[\s\ue000]*的\s*(?:约)?\d")
# A name that is only the lead of such a share (仅为五年累计…): it names no indicator.
_SHARE_LEAD_RE = re.compile(r"(?:仅|只)?为|相当于")
# Or the figure between 与 and the aim (与2.3%的目标相差…).
WITH_RE = re.compile(r"与\s*$")
_AIM_NAMED_AFTER_RE = re.compile(r"\s*(?:左右)?的(?:规划|预期)?目标")
# Or between a 距 of the gap left and the aim, with no word of what is measured between (距
# 《纲要》提出的47%的目标还有…), or after the verb of reaching it (实现2.0%的目标压力较大, 控制
# 在5.5%以内的目标之内): the figure quoted is the aim's (real3 dev c283, real2 dev c271).
_QUOTED_BEFORE_RE = re.compile(
    r"(?:(?:距离?|离)\s*(?:《[^》\d]{1,10}》|规划|纲要)?(?:提出|确定|设定|明确)?的?|实现|控制在)\s*$"
)
_QUOTED_AFTER_RE = re.compile(r"\s*(?:左右|以内|以下|以上)?的(?:规划|预期)?目标")
# How far before the figure its lead words may start.
LEAD = 16


def aim_figure(view: str, s: int, v_start: int, v_end: int) -> bool:
    """Whether the value is the figure of an aim named right around it (与规划目标1.5%,
    较规划目标2.3%, 与2.3%的目标)."""
    if AIM_BEFORE_FIGURE_RE.search(view, max(s, v_start - LEAD), v_start):
        return True
    return bool(
        WITH_RE.search(view, max(s, v_start - 2), v_start)
        and _AIM_NAMED_AFTER_RE.match(view, v_end)
    )


def quoted_aim_figure(view: str, s: int, v_start: int, v_end: int) -> bool:
    """Whether the value is the figure of an aim quoted after 距/实现/控制在 and before 的目标
    (距《纲要》提出的47%的目标, 实现2.0%的目标)."""
    return bool(
        _QUOTED_BEFORE_RE.search(view, max(s, v_start - LEAD), v_start)
        and _QUOTED_AFTER_RE.match(view, v_end)
    )


def aim_in_share_match(view: str, s: int, v_start: int, v_end: int) -> re.Match[str] | None:
    """The aim's words (group 1) when the value is an aim's figure quoted before the share
    done of it (完成规划目标3000公里的41.5%, 仅完成目标值3.5件的39.4%); else None."""
    if SHARE_AFTER_RE.match(view, v_end) is None:
        return None
    return AIM_IN_SHARE_RE.search(view, max(s, v_start - LEAD), v_start)


def aim_in_share(view: str, s: int, v_start: int, v_end: int) -> bool:
    """Whether the value is an aim's figure quoted before the share done of it."""
    return aim_in_share_match(view, s, v_start, v_end) is not None


def budget_in_share(view: str, s: int, v_start: int, v_end: int) -> str:
    """The budget's words (年初预算, 调整预算数) when the value is a budget's sum quoted before
    the share of it done (占年初预算10065万元的43.2%); else ""."""
    m = aim_in_share_match(view, s, v_start, v_end)
    return m[1] if m is not None and BUDGET_WORD_RE.fullmatch(m[1]) else ""


# A budget's or the year's plan's own sum named in a share of it (年初预算, 预算数, 调整预算数,
# 全年计划), and the share's words after the subject (一般公共预算支出占调整预算数…).
BUDGET_WORD_RE = re.compile(r"(?:年初|调整|年度|全年)?(?:预算|计划)数?")
BUDGET_SHARE = rf"(?:占|完成|为)\s*{BUDGET_WORD_RE.pattern}"
_BUDGET_SHARE_RE = re.compile(rf"{BUDGET_SHARE}\s*$")


# A clause's own subject before the aim it is compared with (三是万人发明专利拥有量与25件的目标
# 差距较大): the words before the comparison's 与/距.
_BEFORE_COMPARED_RE = re.compile(r"(?:与|距离?|离)[^与距离]*$")


# A name that is only the plan's investment (完成规划投资420亿元的44.4%, 完成《规划》五年投资目标
# 480亿元的65.1%): it names the plan, not what was invested; the clause's subject (累计完成交通
# 固定资产投资186.4亿元) is what the aim is of (and the share done of it after it), as the
# evaluations' gold names them (real19 dev c499, real6 dev c323; 占…总投资 is named by its 占 already).
_PLAN_INVESTMENT_RE = re.compile(
    r"(?:完成)?(?:五年)?(?:《[^》]{1,24}》|规划|纲要)(?:五年|累计|总|\s)*投资(?:目标)?"
)


def name_aim_figure(view: str, r: Reading, st: SentenceState) -> None:
    """Name the figure of an aim a result is compared with (``aim_figure``) or a share of
    which is told after it (``aim_in_share``) by the figure named before it in the sentence
    (else the clause's own subject), unless its name already says whose aim it is. The name
    is the indicator's own (研发经费投入强度, not …规划目标): the kind says it is an aim, and
    the ledger sets an aim beside the results of the same name."""
    if r.inherited:
        return
    budget = budget_in_share(view, r.cs, r.v.start, r.v.end)
    if budget:  # (占年初预算10065万元的43.2%: the revenue's budget, named by the revenue)
        subject = sentence_subject(st) or clean_name(_BUDGET_SHARE_RE.sub("", r.subject))
        r.name = subject + budget if subject else r.name
        r.of_plan = True  # (the figures after it are the revenue's again: 同比下降6.5%)
        return
    if aim_in_share(view, r.cs, r.v.start, r.v.end):
        plan_only = _PLAN_INVESTMENT_RE.fullmatch(r.name) is not None
        lead_only = _SHARE_LEAD_RE.match(r.name) is not None or plan_only
        if not hollow_name(r.name) and not AIM_IN_SHARE_RE.search(r.name + " ") and not lead_only:
            return  # (占规划五年投资目标5600亿元的42.8%: named by what it is a share of)
    elif r.name.endswith("目标"):
        return
    elif not aim_figure(view, r.cs, r.v.start, r.v.end):
        if r.name in st.names or not quoted_aim_figure(view, r.cs, r.v.start, r.v.end):
            return  # (距年均增长10%的规划目标: named as the figure before, its aim)
    subject = sentence_subject(st) or clean_name(_BEFORE_COMPARED_RE.sub("", r.subject))
    if subject:
        r.name = subject
