"""The words right around a prose figure that decide its modality first (step 0 of
:mod:`.prose_modality`): an evaluation's status count, an aim's figure in brackets or
named before a gap, how much of an aim was done, an aim named after the value, a review
going through its aims each followed by how it fared, the first value of a change.
Split out of ``prose_modality`` (the clause, section and genre steps stay there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.core.data import DocType, Evidence, Kind
from planwatch.extract.aim_compared import PLAN_AIM, aim_before_gap, compared_aim
from planwatch.extract.cues import cues
from planwatch.extract.prose_pairs import legend_pair
from planwatch.extract.prose_script import BLANK
from planwatch.extract.quoted_aims import BUDGET_WORD_RE, aim_in_share_match
from planwatch.extract.sections import PLAN_REVIEWS, DocFrame
from planwatch.extract.time_forms import CHANGE_TO

# An aim named right after the value: 6%左右的目标, 5%的增长预期目标 (no verb between:
# 3项指标已提前完成规划目标 reports how many aims were met).
# (A bracket after the value names the aim of another figure: 1.3万人（年度目标1.2万人）.)
# (So is the plan's expectation or pace a result is weighed against: 远高于10%的规划预期,
# 慢于12%以上的规划进度.)
# (A PDF's text layer spaces a figure off from the words after it: 快于 15% 的规划目标,
# 完成五年累计 10000 亿元 目标的 37.2%, real16 dev c463.)
_AIM_AFTER_RE = re.compile(
    r"(?:[ \u3000]?(?:的|之))?[^\s\d,，。;；、完实达超高低提(（]{0,6}?(?:目标|规划(?:预期|进度))"
    # (8%的固定资产投资增长目标: a growth aim naming a longer indicator)
    r"|的[\u4e00-\u9fff]{3,10}?(?:增长|增速)(?:预期|调控)?目标"
    r"|[ \u3000](?:目标|任务)(?=\s*的)"
    # (低于7%的预期。: the plan's expectation, the aim, closing the clause; an evaluation
    # weighing a result against it, real25 dev c559's form)
    r"|的预期(?=\s*(?:[,，。;；]|$))"
    # (接近7%的2025年目标: the aim's year between; 滞后于6.5%的规划增速: the plan's pace)
    r"|的(?:19|20)\d\d年的?(?:规划|预期)?目标|的(?:规划|预期|目标)增速"
    # (增长12.3%，未完成13%的计划。: the year's plan closing the clause, its figure before it)
    r"|的(?:年度|全年|年初)?计划(?=\s*(?:[,，。;；]|$))"
)
# 从/由 right before a value, and the word leading to the second value after it.
# (or its year, 由2008年的128亿元增加到2011年的365亿元: the base of an aim, a result when that
# year is before the text's own; 由2025年的…提高到2030年的… in a plan of 2021 is an aim too)
_FROM_RE = re.compile(
    r"(?:从|由)(?:目前|现在|当前|(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?)?的?(?:人均|每人)?"
    r"(?:全[国省市区县州])?\s*$"  # (经济总量从全国第38位跨入30强: a rank's start)
)
_TO_AFTER_RE = re.compile(rf"[^,，。;；\d]{{0,4}}?{CHANGE_TO}")
# An evaluation counting its indicators by how far they are (37项主要指标基本达到进度要求,
# 5项指标提前完成规划目标): the count is the state at the time of the evaluation. The aim
# may be named by its year (4项已提前完成2025年目标): a year, not a figure, between them.
_STATUS_COUNT_RE = re.compile(
    r"(?:项|个)[^,，。;；\d]{0,16}?(?:达到|超过|超出|超|完成|达标|滞后|符合|接近|满足)"
    r"(?:[^,，。;；\d]|(?:19|20)\d{2}\s*年){0,16}?(?:进度|目标|要求|预期)"
)
# Or the status written before the count of indicators (进度滞后的2项指标, 对进展滞后的3项指标
# 实行清单化管理 — how an evaluation's closing measures name the lagging ones; 超额完成的8项指标是：
# a final one's): a result too, of the year reviewed, wherever the sentence stands.
_STATUS_BEFORE_COUNT_RE = re.compile(
    r"((?:进度|进展)?(?:滞后|未完成|提前完成|(?:超额|基本)?完成|快于预期|慢于预期|好于预期|符合预期))"
    r"(?:于[^,，。;；\d]{0,6})?的\s*$"
)
_INDICATORS_AFTER_RE = re.compile(r"项(?:主要)?指标")
# Or the status, then the indicators said to number the value (进展略有滞后（完成率在30%到40%）的
# 指标有4个, 明显滞后的有3个, 进展顺利的目标有6个, 已达期末目标的指标有4项): how a think tank's
# or a newspaper's account of an evaluation counts them.
_STATUS_THEN_COUNT_RE = re.compile(
    r"((?:进度|进展)?(?:略有|明显|严重|相对)滞后|(?:进度|进展)(?:滞后|顺利|良好)"
    r"|(?:提前|超额|基本)完成[^,，。;；\d]{0,6}"
    r"|(?:已经?|提前)(?:达到?|实现|完成)[^,，。;；\d]{0,6}?目标值?)"
    r"(?:[（(][^()（）]{0,24}[)）])?的(?:(?:主要)?(?:指标|目标))?(?:有|为|共)\s*$"
)
# Or done right before the count, no 的 (《纲要》预计完成31项指标: the indicators met, a count).
_DONE_BEFORE_COUNT_RE = re.compile(r"((?:预计|已经?|可)?(?:提前|超额|基本|顺利)?(?:完成|实现))\s*$")
# Or a status phrase before each count of a sentence counting the indicators (33项主要指标中，
# 已提前完成期末目标的6项，超过进度要求的14项，进度滞后的4项): the same count, its 指标 named once.
_STATUS_PHRASE_BEFORE_RE = re.compile(
    r"((?:已经?)?(?:提前)?(?:达到|超过|完成|实现|符合|接近|快于|慢于|好于|滞后于?)"
    r"[^,，。;；\d]{0,8}?(?:进度|目标|要求|预期)(?:要求)?)的\s*$"
)
# Or a heading of the indicators of one status with their count in brackets after it
# (（一）提前完成目标的指标（7项）, 二、进度滞后的指标（5项）): an evaluation's section on them.
_STATUS_HEAD_COUNT_RE = re.compile(
    r"((?:进度|进展)?(?:已经?)?(?:提前)?(?:达到|超过|完成|实现|符合|接近|快于|慢于|好于|滞后)"
    r"[^,，。;；\d（(]{0,8}?)的(?:主要)?指标\s*[（(]\s*$"
)
# Or the grade an evaluation gave them, quoted before each count after the sentence says it
# grades (进度评价为“超前”的7项，“正常”的18项，“滞后”的5项: a third party's grades).
_GRADE_BEFORE_COUNT_RE = re.compile(r"[“\"「]([^”\"」\d,，。;；]{1,6})[”\"」]\s*的\s*$")
_GRADED_RE = re.compile(r"(?:评价|评定|评估|评级|等级|等次|评)(?:结果)?为\s*[“\"「]")


def graded_count(view: str, s: int, v_start: int, v_end: int) -> tuple[int, int] | None:
    """The span of the grade quoted before a count of indicators (“超前”的7项), or None."""
    m = _GRADE_BEFORE_COUNT_RE.search(view, max(s, v_start - 12), v_start)
    if m is None or not view.startswith("项", v_end - 1):
        return None
    return m.span(1) if _GRADED_RE.search(view, s, m.start() + 1) else None


# How much of an aim was done (完成年度计划的83.3%, 完成年度目标（7%）的104%, 完成目标任务的
# 131.4%): a result. The aim may be quoted with its own figure between 完成 and 目标
# (完成规划五年累计3000亿元目标的41.2%, 完成“十三五”下降16%目标的40%) or named in a bracket
# before the part done of it (完成规划目标（63%）增量的24%) or right after it (完成规划目标
# 6000公里的105.2%; 仅完成目标值3.5件的39.4%), the plan's name quoted in it (完成“十四五”规划投资目标（500亿元）的52%).
# (Or the part done put as what the result is of the aim: 完成投资5872亿元，为年度计划的118.1%;
# 占年度计划的108.5%; 仅为五年累计目标6000亿元的36.9%, real16 dev c461; the plan's investment
# as the aim, 完成规划投资420亿元的44.4%, real19 dev c499. A task set is an aim too:
# 完成五年任务的54.3%; not 完成总任务的60%, a plan's own share of its work.)
_SHARE_OF_AIM_RE = re.compile(
    r"((?:完成|实现|达到)(?:[^,，。;；\d]{0,12}?|[^,，。;；]{0,20}?[\d%％][^,，。;；\d]{0,6}?)"
    r"(?:(?:计划|目标|预期|(?<!总)任务)值?|(?:规划|纲要)》?\s*(?:五年)?总?投资|(?:年初|调整)?预算数?)"
    r"|(?:(?<=[,，])|^)(?:为|占)(?:全年|年度|年初|年|规划|五年|调整)?(?:计划|目标|预算数?)(?:投资)?"
    r"|(?:仅|只)为[^,，。;；\d]{0,8}?(?:计划|目标)值?)"
    r"(?:[(（][^()（）]{0,12}[)）]|\s*\d+(?:\.\d+)?[^\d,，。;；的(（]{0,6})?"
    r"[^,，。;；\d(（]{0,12}?的\s*$"
)


def _share_of_aim(view: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_SHARE_OF_AIM_RE.search(view, lo, hi)``, which ends in 的 (and spaces): a window
    ending otherwise, as most before a value do, is not searched (a search tries every
    start, and a run of 完成 with no 的 after it backtracks through each)."""
    if not view[lo:hi].rstrip().endswith("的"):
        # (完成年度计划112%, 完成规划目标任务76%: the share named with no 的, a part done of half
        # the aim at least)
        bare = _SHARE_BARE_RE.search(view, lo, hi)
        share = _SHARE_VALUE_RE.match(view, hi)
        return bare if bare and share and float(share[1]) >= _SHARE_MIN else None
    return _SHARE_OF_AIM_RE.search(view, lo, hi)


# Shares listed after the first (分别完成全年目标的162.3%、135.3%): each of the aim named before it.
_SHARES_LISTED_RE = re.compile(r"(?:\d+(?:\.\d+)?\s*[%％]\s*[、和及]\s*)+$")


def _first_listed(view: str, s: int, v_start: int) -> int:
    """Where the first of the shares listed before the value starts, or ``v_start`` when a
    list word does not stand right before it (most values: no search is run for them)."""
    lo = max(s, v_start - 40)
    if view[lo:v_start].rstrip()[-1:] not in ("、", "和", "及"):
        return v_start
    listed = _SHARES_LISTED_RE.search(view, lo, v_start)
    return listed.start() if listed else v_start


# (Or the aim's object named before or after its word: 完成年度投资计划118%, 完成年度计划投资130%.)
_SHARE_BARE_RE = re.compile(
    r"((?:完成|达到)(?:全年|年度|年初|规划|纲要|五年)?(?:投资)?(?:计划|目标)(?:任务|投资)?)\s*$"
)
_SHARE_VALUE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_SHARE_MIN = 50


# A bracket opening with aim words right before the value (增长6.3%（预期目标为7%左右）,
# 1.3万人（年度目标1.2万人）, 增长4.2%（计划增长8%）): the aim of the result before it, set for
# that result's year. A comparison or a share inside (（比计划高…）, （占年度计划的…）) is none.
_AIM_ASIDE_RE = re.compile(
    r"[（(]\s*([^()（）,，。;；\d比较超高低差占的完实达]{0,4}?(?:目标|预期|计划|预定))"
    r"[^()（）,，。;；\d比较超高低差占的完实达]{0,5}$"
)
# A quota a higher level set, right before its figure (控制在自治区下达的16.5亿立方米以内, 超额完成
# 市下达的16%任务, 完成省下达的年度目标2.3万人): the figure is that aim, whatever the clause's
# verb says of the result. Not funds handed down (上级下达资金3亿元, 下达的3亿元专项资金: a result),
# nor the margin over a quota (超出国家下达目标1.5个百分点: 目标 right before the figure without 为).
_QUOTA_BEFORE_RE = re.compile(
    r"(?:(?:控制在|低于|不超过|不高于|超额完成|完成|达到|实现|超过)[^\d,，。;；、]{0,8}?)?"
    r"下达(?:的\s*(?:年度|约束性|考核|控制)?(?:目标|指标|任务)?(?:为|是)?"
    r"|\s*(?:年度|约束性|考核|控制)?(?:目标|指标|任务)(?:为|是))\s*$"
)
_FUNDS_AFTER_RE = re.compile(
    r"\s*(?:的)?(?:[^\d,，。;；]{0,6}?(?:资金|经费|补助|专项|投资|债券|额度))"
)


# The evidence basis of such a quota (its year is that of the result it frames, the clause's:
# ``aim_years.quota_year``).
QUOTA = "quota"


def quota_before(view: str, s: int, v_start: int, v_end: int | None) -> tuple[int, int] | None:
    """The span of 下达 when the value at ``[v_start, v_end)`` is a quota a higher level set
    (see above); else None."""
    frame = quota_frame(view, s, v_start, v_end)
    return None if frame is None else (frame[1] - 2, frame[1])


def quota_frame(view: str, s: int, v_start: int, v_end: int | None) -> tuple[int, int] | None:
    """The span of the words framing a quota before its value, from the verb to 下达
    (控制在自治区下达); else None."""
    m = _QUOTA_BEFORE_RE.search(view, max(s, v_start - 16), v_start)
    if m is None or v_end is None or _FUNDS_AFTER_RE.match(view, v_end):
        return None
    return m.start(), view.index("下达", m.start(), v_start) + 2


# The evidence basis of such an aim (its year is the result's: ``aim_years.aim_aside_year``).
AIM_ASIDE = "aim_aside"
# The pace still needed to reach an aim (与2020年…的目标相比，还需年均增长10.2%): an aim over the
# years left (its year and first year: ``aim_years.aim_time``).
NEED_PACE = "need_pace"
_NEED_PACE_RE = re.compile(
    r"(?:还|仍|尚)?需(?:要)?(?:保持)?(?:年均|年平均|每年)(?:增长|增速|提高)?(?:达到|保持在?|为)?\s*"
    # (or a pace said to be needed with no word of years: 增速须达10.56%, 需整体保持17.66%的增速)
    r"(?:\d+(?:\.\d+)?\s*[%％]?\s*(?:和|、|及|与)\s*)?$"
    r"|(?:还|仍|尚)?[需须](?:要)?(?:整体)?(?:保持在?|达到?)(?:年均)?\s*"
    r"(?:\d+(?:\.\d+)?\s*[%％]?\s*(?:和|、|及|与)\s*)?$"  # (…10.2%和12.3%: the list's second too)
)
# Its share (…达到进度要求，约占86.96%).
_SHARE_RE = re.compile(r"[,，]\s*(?:约|共)?占\s*$")


# How far after a value its aim may be named, junk blanked inside the words included.
_AIM_AFTER_WINDOW = 24


def _aim_after(view: str, end: int) -> tuple[int, int] | None:
    """The span of 目标 when an aim is named right after a value ending at ``end`` (6%左右的
    目标, 10%以上的规(guī)划目标: junk blanked inside the words is passed over); else None."""
    window = view[end : end + _AIM_AFTER_WINDOW]
    if BLANK not in window:
        m = _AIM_AFTER_RE.match(window)
        return None if m is None else (end + m.end() - 2, end + m.end())
    kept = [i for i, ch in enumerate(window) if ch != BLANK]
    m = _AIM_AFTER_RE.match("".join(window[i] for i in kept))
    if m is None:
        return None
    return end + kept[m.end() - 2], end + kept[m.end() - 1] + 1


# The later members of a list of aims named once after them (地区生产总值1万亿元、财政收入1300亿元
# 的目标): a short name, a figure and its unit each.
_LISTED_AIMS_RE = re.compile(
    r"(?:\s*[、和及与]\s*[^\d\s,，。;；、的]{1,12}?\d+(?:\.\d+)?[^\d\s,，。;；、的]{0,4})+"
)


def _aim_after_list(view: str, end: int) -> tuple[int, int] | None:
    """``_aim_after`` past the list's later members, when the value ending at ``end`` is the
    first of a list of aims named after it; else None."""
    listed = _LISTED_AIMS_RE.match(view, end)
    return None if listed is None else _aim_after(view, listed.end())


def cue_spans(view: str, s: int, e: int) -> dict[str, tuple[int, int]]:
    """The last estimate (``e``), target (``t``) and result (``a``) cue in ``view[s:e]``,
    in one scan; words that only contain a cue (主要, 未来) are passed over."""
    found: dict[str, tuple[int, int]] = {}
    kinds = cues().modal_kind
    for m in cues().modal_re.finditer(view, s, e):
        group = kinds[m.group()]
        if group != "n":
            found[group] = (m.start(), m.end())
    return found


def kind_evidence(
    view: str, basis: str, span: tuple[int, int] | None, field: str = "kind"
) -> Evidence:
    if span is None:
        return Evidence(field, basis)
    return Evidence(field, basis, view[span[0] : span[1]], span[0], span[1])


def around_value(
    view: str, s: int, v_start: int, v_end: int | None, frame: DocFrame
) -> tuple[Kind, Evidence] | None:
    """The kind the words right around the value decide (steps 0 of the module doc): an
    evaluation's status count, an aim's figure in brackets, how much of an aim was done, an
    aim named after the value, the first value of a change; else None."""
    # (An annual plan's report counts its year's indicators by status too: 8项指标达到或超过
    # 计划目标序时进度, a result of the year, as naming_counts.status_counted reads it.)
    if v_end is not None and (
        frame.is_evaluation or frame.doc_type is DocType.IMPLEMENTATION_REPORT
    ):
        status = _status_count(view, s, v_start, v_end)
        if status is not None:
            return Kind.ACTUAL, kind_evidence(view, "status_count", status)
    bracketed = _aim_bracket_re().search(view, max(s, v_start - 16), v_start)
    if bracketed:
        # 完成年度计划（增长9%）: the bracket gives the aim's figure, of the result's year
        return Kind.TARGET, kind_evidence(view, AIM_ASIDE, bracketed.span(1))
    gap = aim_before_gap(view, s, v_start, v_end) if v_end is not None else None
    if gap is not None:  # 与规划目标1.5%相差…, 与规划目标3000亿元差距较大: the aim's figure
        return Kind.TARGET, gap
    quota = quota_before(view, s, v_start, v_end)
    if quota is not None:  # 控制在自治区下达的16.5亿立方米以内: the quota a higher level set
        return Kind.TARGET, kind_evidence(view, QUOTA, quota)
    need = _NEED_PACE_RE.search(view, max(s, v_start - 24), v_start)
    if need:  # 还需年均增长10.2%: the pace the aim asks for the years left
        return Kind.TARGET, kind_evidence(view, NEED_PACE, need.span())
    aside = _AIM_ASIDE_RE.search(view, max(s, v_start - 16), v_start)
    if aside:  # 增长6.3%（预期目标为7%左右）: the aim of the result before, whatever year
        return Kind.TARGET, kind_evidence(view, AIM_ASIDE, aside.span(1))
    compared = compared_aim(view, s, v_start, v_end, frame.doc_type in PLAN_REVIEWS)
    if compared is not None:  # 略低于规划预期的7%: the aim a result is weighed against
        return Kind.TARGET, compared
    quoted = _aim_in_share(view, s, v_start, v_end, frame.is_evaluation)
    if quoted is not None:  # 完成五年目标2.8万人的48.6%: the aim's own figure
        # (完成规划目标430亿元的80.2%: the plan's aim, of its last year: aim_compared.plan_aim_year)
        plan = re.search(r"(?:规划|纲要)》?$", view[max(0, quoted[0] - 3) : quoted[0]])
        if plan is not None:
            span = (quoted[0] - len(plan.group()), quoted[1])
            return Kind.TARGET, kind_evidence(view, PLAN_AIM, span)
        return Kind.TARGET, kind_evidence(view, "cue", quoted)
    at = _first_listed(view, s, v_start)  # (…目标的162.3%、135.3%: each a share)
    share = _share_of_aim(view, max(s, at - 30), at)
    if share and not _AIMS_LISTED_RE.search(view, s, share.start()):
        # 完成年度计划（增长9%）的83.3%: how much of the aim was done (not an aim listed after
        # 主要预期目标：…，完成灾后重建主要目标任务的72%: the share to be done, an aim)
        return Kind.ACTUAL, kind_evidence(view, "cue", share.span(1))
    if v_end is None:
        return None
    pair = legend_pair(view, v_start, v_end)  # （预期目标/执行情况）… 6%以上/6.9%
    if pair is not None:
        kind, span = pair
        return kind, kind_evidence(view, "cue", span)
    after = _aim_after(view, v_end) or _aim_after_list(view, v_end)
    # (not 突破100亿元的目标: the aim to pass it, named)
    plain = after is not None and "的" not in view[v_end : after[0]]
    passed = _PASSED_RE.search(view, max(s, v_start - 4), v_start) if plain else None
    if passed and not frame.is_plan and not _aiming(view, s, v_start):
        # 跨过千亿目标: the round mark a result passed
        return Kind.ACTUAL, kind_evidence(view, "cue", passed.span())
    if after:  # 6%左右的目标, 低于5%的控制目标: the value is an aim named after it
        return Kind.TARGET, kind_evidence(view, "cue", after)
    done = (
        _progress_re().search(view, max(s, v_start - 16), v_start) if frame.is_evaluation else None
    )
    if done:  # 完成进度为69.4%, 目标完成率为83.3%: how far the aim is done, a result
        return Kind.ACTUAL, kind_evidence(view, PROGRESS, done.span(1))
    beside = _result_beside(view, s, v_start, v_end, frame) or _ceiling_beside(
        view, s, v_start, v_end, frame
    )
    if beside is not None:  # ——地区生产总值增长5.5%左右，预计增长5.6%: the year's aim
        return Kind.TARGET, kind_evidence(view, AIM_ASIDE, beside)
    start_point = _FROM_RE.search(view, max(s, v_start - 14), v_start)
    if start_point and _TO_AFTER_RE.match(view, v_end) and _past_start(start_point, frame):
        # 增速将从9.2%调整到7%: the first value is where things stand now.
        span = (start_point.start(), start_point.start() + 1)
        return Kind.ACTUAL, kind_evidence(view, "start_point", span)
    return None


# The year's aims announced before a colon (主要预期目标：, 预期目标是：).
_AIMS_LISTED_RE = re.compile(r"目标(?:是|为)?\s*[:：]")


# A round mark passed, named an aim after it (财政总收入104.4亿元，跨过百亿目标), not one yet to
# pass (力争突破千亿目标, 将跨越…, 有望突破…).
_PASSED_RE = re.compile(r"(?:跨过|跨越|迈过|越过|突破|冲破|跨入|迈上|站上|跃上)了?\s*$")
_AIMING_RE = re.compile(r"力争|确保|争取|将|要|望|可|能|预计|计划|目标")


def _aiming(view: str, s: int, v_start: int) -> bool:
    """Whether the value's clause, up to it, holds a word of aiming (力争…突破120亿目标)."""
    clause = re.split(r"[，,；;]", view[max(s, v_start - 30) : v_start])[-1]
    return _AIMING_RE.search(clause) is not None


def _past_start(start_point: re.Match[str], frame: DocFrame) -> bool:
    """Whether a start point's year, if it names one, is before the text's own year."""
    year = start_point["y"]
    return year is None or frame.ref_year is None or int(year) < frame.ref_year


# A review going through the aims it was set, each followed by how it fared in the same
# sentence: ——地区生产总值增长5.5%左右，预计增长5.6%; 城镇新增就业6.5万人，实际完成7.02万人;
# 一般公共预算收入增长4%，完成427.6亿元. The first figure, opening its sentence, is the aim.
# (Not a result then another year's estimate: 前两年年均增长4.6%，预计2023年增长5.5%.)
_RESULT_BESIDE_RE = re.compile(
    r"\s*[,，]\s*((?:预计|实际|执行)(?:完成|增长|下降|降低|达到|实现|为)?|完成)\s*(?:约)?"
    r"(?!(?:19|20)\d{2}\s*年)\d"
)
# Words before the figure that make it a result already (its clause is then no aim).
_RESULT_BEFORE_RE = re.compile(r"[,，;；]|预计|实际|同比|比上年|完成")


def _result_beside(
    view: str, s: int, v_start: int, v_end: int, frame: DocFrame
) -> tuple[int, int] | None:
    """The span of the result words after an aim's figure (see ``_RESULT_BESIDE_RE``), when
    the figure opens its sentence in a review; else None."""
    if frame.doc_type not in PLAN_REVIEWS or _RESULT_BEFORE_RE.search(view, s, v_start):
        return None
    m = _RESULT_BESIDE_RE.match(view, v_end)
    if m is None or "t" in cue_spans(view, s, v_start):
        return None  # (年度目标增长6%左右，预计完成…: the aim's own word decides)
    if _DONE_SHARE_AFTER_RE.match(view, m.end(1)):
        return None  # (累计下降7.3%，完成13.5%的下降任务的54%: how much of an aim, not its result)
    if _AIM_DONE_AFTER_RE.match(view, m.end(1)):
        # (比重达到6.4%，完成6%的目标: the figure after 完成 is the aim, this the result)
        return None
    return m.span(1)


# 完成 then a figure called an aim (完成6%的目标, 完成国家下达的14.5%目标任务, 完成225万人的规划目标).
_AIM_DONE_AFTER_RE = re.compile(
    r"\s*(?:约)?[\d.]+\s*[^\d,，。;；]{0,4}?(?:左右|以上|以内)?的?(?:规划|预期|年度)?(?:目标|任务)"
)
# 完成 then an aim and the share of it done (完成13.5%的下降任务的54%, 完成规划目标的48%).
_DONE_SHARE_AFTER_RE = re.compile(
    r"\s*(?:约)?[\d.]+\s*[^\d,，。;；]{0,4}?的?[^,，。;；\d]{0,8}?(?:目标|任务|计划)(?:任务)?的\s*[\d.]"
)


# A ceiling set (控制在4%以内) right beside the result of the same figure in a review: the
# result just before it, its clause nothing but the figure (城镇登记失业率2.31%，控制在4%以内),
# or the result named after it (PM2.5平均浓度控制在35微克/立方米以内，实际为31微克/立方米). The ceiling is the
# aim the result kept under, of the result's year — not a second result (real7 dev c333,
# eval5 dev c107: how a 计划执行情况 report lists its year's aims and results).
_CEILING_RE = re.compile(r"(?:控制在|控制到|控制于)\s*(?:约)?\s*$")
_CEILING_END_RE = re.compile(r"\s*(?:以内|以下)")
_RESULT_BEFORE_CEILING_RE = re.compile(
    r"\d(?:\.\d+)?\s*[^\d\s,，。;；、]{0,6}\s*[,，]\s*(?:控制在|控制到|控制于)\s*(?:约)?\s*$"
)
_RESULT_AFTER_CEILING_RE = re.compile(r"\s*[,，]\s*(实际(?:为|完成|值为?|达到)?)\s*(?:约)?\d")


def _ceiling_beside(
    view: str, s: int, v_start: int, v_end: int, frame: DocFrame
) -> tuple[int, int] | None:
    """The span of the ceiling words when the value is a ceiling beside the result of the
    same figure in a review (see ``_CEILING_RE``), or in a report of the year's results (a
    communiqué's 城镇登记失业率为2.6%，控制在4.5%以内, real74 dev); else None."""
    if frame.is_plan:
        return None
    ceiling = _CEILING_RE.search(view, max(s, v_start - 8), v_start)
    if ceiling is None:
        return None
    end = _CEILING_END_RE.match(view, v_end)  # (the value's own span may hold 以内)
    if end is None and not _CEILING_END_RE.search(view, v_start, v_end):
        return None
    if _RESULT_BEFORE_CEILING_RE.search(view, max(s, v_start - 24), v_start):
        return ceiling.span()
    after = _RESULT_AFTER_CEILING_RE.match(view, end.end() if end else v_end)
    return ceiling.span() if after else None


def _aim_in_share(
    view: str, s: int, v_start: int, v_end: int | None, evaluation: bool
) -> tuple[int, int] | None:
    """The span of the aim word when the value is the aim's figure quoted between it and
    the share done of the aim (``quoted_aims.aim_in_share_match``): in an evaluation, or of
    a budget's or the year's plan's sum in any report (占年初预算N万元的43.2%, 占全年计划230亿元
    的126.7%); else None."""
    m = None if v_end is None else aim_in_share_match(view, s, v_start, v_end)
    if m is None or not (evaluation or BUDGET_WORD_RE.fullmatch(m[1])):
        return None
    return m.span(1)


# The evidence basis of a share done of an aim (its year is the one under review:
# ``aim_years``).
PROGRESS = "progress"


@lru_cache(maxsize=1)
def _progress_re() -> re.Pattern[str]:
    """Words naming the value as how far an aim is done, right before it in its clause
    (完成进度为, 目标完成率为, 进度不足: ``data/prose_cues.csv`` progress)."""
    words = "|".join(map(re.escape, sorted(cues().by_role["progress"], key=len, reverse=True)))
    return re.compile(
        rf"({words})\s*(?:为|是|达到|达|已达到?|仅为|只有|仅|不足|约为)?\s*(?:约|近)?\s*$"
    )


@lru_cache(maxsize=1)
def _aim_bracket_re() -> re.Pattern[str]:
    """A bracket opened right after an aim word, the value inside it (年度计划（增长9%）,
    预期目标(7%左右), 占年度计划投资(184.08亿元)的): the aim's figure named beside a result."""
    words = "|".join(map(re.escape, sorted(cues().by_role["target"], key=len, reverse=True)))
    return re.compile(rf"({words})(?:值|数|任务|投资)?\s*[（(][^()（）,，。;；\d]{{0,6}}$")


def _status_count(view: str, s: int, v_start: int, v_end: int) -> tuple[int, int] | None:
    """The span of the status words when the value counts an evaluation's indicators by
    status, or is the share of such a count; else None."""
    m = _STATUS_COUNT_RE.match(view, v_end - 1) or _status_end_re().match(view, v_end - 1)
    if m is None and "指标" in view[s:v_start]:  # (约束性指标中有11个…，有2个未满足)
        m = _counted_status_re().match(view, v_end - 1)
    if m:
        return m.start() + 1, m.end()
    before = _STATUS_BEFORE_COUNT_RE.search(view, max(s, v_start - 12), v_start)
    before = before or _DONE_BEFORE_COUNT_RE.search(view, max(s, v_start - 8), v_start)
    if before and _INDICATORS_AFTER_RE.match(view, v_end - 1):
        return before.span(1)
    then = _STATUS_THEN_COUNT_RE.search(view, max(s, v_start - 44), v_start)
    if then is not None:
        return then.span(1)
    if view.startswith("项", v_end - 1) and "指标" in view[s:v_start]:
        found = _STATUS_PHRASE_BEFORE_RE.search(view, max(s, v_start - 14), v_start) or before
        if found is not None:
            return found.span(1)
    if head := status_heading(view, s, v_start, v_end):
        return head
    if graded := graded_count(view, s, v_start, v_end):
        return graded
    if _SHARE_RE.search(view, max(s, v_start - 4), v_start):
        for m in _STATUS_COUNT_RE.finditer(view, s, v_start):
            return m.start() + 1, m.end()
    return None


def status_heading(view: str, s: int, v_start: int, v_end: int) -> tuple[int, int] | None:
    """The span of the status words when the count at ``[v_start, v_end)`` stands in brackets
    after a heading of the indicators of one status (（一）提前完成目标的指标（7项）), else None:
    the count's kind here, its name in ``naming_counts``."""
    head = _STATUS_HEAD_COUNT_RE.search(view, max(s, v_start - 20), v_start)
    return head.span(1) if head and view.startswith("项", v_end - 1) else None


@lru_cache(maxsize=1)
def _status_end_re() -> re.Pattern[str]:
    """A count of indicators whose clause ends in a status (3项基本完成, 4项指标进度滞后, 6项目标
    进展相对滞后), or
    whose status is followed by the lagging ones named in a bracket (2项进展滞后（…）)."""
    words = sorted(cues().by_role.get("status_end", ()), key=len, reverse=True)
    ends = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(
        rf"(?:项|个指标)(?:指标|目标)?(?:均|已|仍|则)?(?:于\s*(?:19|20)\d\d\s*年(?:底|末)?)?"
        rf"(?:{ends})(?=\s*(?:[,，。;；、(（]|$))"
    )


@lru_cache(maxsize=1)
def _counted_status_re() -> re.Pattern[str]:
    """A count of indicators in 个 right before its status (有2个未满足), in a sentence that
    names the indicators counted."""
    words = sorted(cues().by_role.get("status_end", ()), key=len, reverse=True)
    ends = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"个(?:均|已|仍|则)?(?:{ends})(?=\s*(?:[,，。;；、(（]|$))")


def share_of_aim(clause: str) -> bool:
    """Whether ``clause`` (a clause's words before a % value) says how much of an aim was
    done (完成五年目标的42.8%, 完成年度计划的101.2%): the figure is a level, whatever change
    the clause before stated."""
    return _SHARE_OF_AIM_RE.search(clause) is not None
