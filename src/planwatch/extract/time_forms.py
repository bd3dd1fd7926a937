"""Forms around a year or a plan's name that change what it says about a figure's time
(the mark kinds of :mod:`.timewords`): a start point (由2020年的…), the base of a multiple
(是2020年的1.4倍, 仅为2015年的39%), a bracketed aside giving an earlier year's figure (（2020年为310天）), an
as-of date to the month (截至2023年6月底), a level recovered to a share of a year's
(恢复到2019年的90%), a plan named as begun (进入“十四五”, “十四五”开局以来), a plan named
as the setter of its projects (“十三五”规划确定的重大项目)
and a plan named inside an aim whose share was done (完成“十四五”下降13%目标的…).

Written from how plan evaluations and annual reports phrase these (the last four seen in
composed sets of several annotators: eval5-eval8); the words are grammar, not phrases of
a sample document. ``TimeMark``, the type of one time expression found, is defined here
with them (:mod:`.time_marks` finds the marks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.core.periods import plan_named
from planwatch.core.quickinit import quick_init
from planwatch.extract.prose_script import BLANK

# A figure right after a comparison's base, and the word showing it is the base's (的, 目标;
# an amount in its unit right before the change: 比2020年的338.6亿元增加53.8亿元).
# The verbs of a change by an amount or a rate (增加, 下降), one list for the readers that look for one.
CHANGE_VERB = r"(?:增加|提高|增长|上升|下降|降低|减少)"
# (A summary's short form too: 比上年的90万亩增5.5万亩, 比上年的8.5万亩减1万亩.)
# (An aim's cut or rise too: 比去年10%左右下调2个百分点, as round-ups compare this year's aims.)
# A revenue's or a spending's change verb (比上年同期144987万元增收1858万元, 比2017年增支): how
# budget reports write a change by an amount.
MONEY_MOVE = r"[增减][收支]"
_CHANGE_MOVE = rf"(?:{CHANGE_VERB}|{MONEY_MOVE}|增|减|下调|上调)了?\s*\d"
_CHANGE_NEXT = rf"(?={_CHANGE_MOVE})"
# A pace's change told after the base's own figure (较上年的13.9%明显回落, 比2021年的8.2%有所放缓):
# the figure is the base's, as before 的 or a change by a figure.
PACE_CHANGE = r"(?:明显|大幅|有所|略有|稍有|小幅|进一步)?(?:回落|放缓|加快|回升|收窄|扩大|下滑)"
BASE_VALUE = (
    rf"\s*(?P<bval>\d+(?:\.\d+)?\s*(?:%|个百分点|[\u4e00-\u9fff/]{{1,6}}?(?:{_CHANGE_NEXT}|(?=\s*相比)))?"
    r"(?:左右|以上)?(?:\s*[-—~～至到]\s*\d+(?:\.\d+)?\s*%?)?)"
    rf"\s*(?:的|目标|预期|增速|速度|水平|相比|{_CHANGE_NEXT}|{PACE_CHANGE})"
    # (or in brackets, as communiqués print it: 比上年(134908吨)减少3.3%, 比2010年同期(1276.0万吨))
    rf"|\s*[(（](?P<bbval>\d+(?:\.\d+)?\s*[^\d()（）,，。;；]{{0,5}})[)）]\s*(?:{_CHANGE_MOVE}|{PACE_CHANGE})"
)

# 从/由 right before a year: a start point.
FROM_BEFORE = re.compile(r"(?:从|由)[“”\"‘’ ]*$")
# 从…看 (从去年完成情况看, 从去年全年来看): the time a story looks at, no start point.
_LOOKED_AT_RE = re.compile(r"[^,，。;；\d]{0,8}?(?:来|上)?看[,，]")


# The words a change goes on to its end with after its start (由A增至B, 从A调整为B; a rank's band
# entered, 从全国第38位跨入30强): the "to" of 由/从 … 到.
CHANGE_TO = r"(?:到|至|为|跨入|迈入|跻身|进入)"


def start_point(text: str, start: int, end: int) -> bool:
    """Whether the time word at ``[start, end)`` follows 由/从 as a change's start point (由去年
    的9%, 从上年的4.2), not as the time a story looks at (从去年完成情况看，…)."""
    if text[max(0, start - 2) : start].rstrip()[-1:] not in ("由", "从"):
        return False
    return _LOOKED_AT_RE.match(text, end) is None


# 是/为/相当于 right before a year and 的 after it: the base of a multiple or a share (是2020年
# 的1.4倍, ，为2020年的1.4倍, 仅为2015年的39%), not the figure's year; 为 after a verb of change
# (调整为2020年的…, 降为…) leads to the end of a change, the figure's year.
# (A PDF's text layer spaces a year from its words: 是 2015 年的 1.4 倍.)
_BASE_BEFORE = re.compile(r"(?:是|相当于|(?:^|[\s,，;；、仅只约均])为)[ \u3000]?$")
_OF_NEXT = re.compile(r"[ \u3000]?的")
# The rest of a bracketed aside opening with a year and giving its figure (（2020年为310天）,
# （2015年：1.6%）): up to and with its closing bracket.
_ASIDE_YEAR_RE = re.compile(r"(?:为|是|[:：])\s*[^()（）。;；\n]{1,16}?[)）]")
# A month right after an as-of year (截至2023年6月底): an as-of date, not a horizon; or the
# end of a quarter or half (截至2023年三季度末, 截至2023年上半年末).
_MONTH_NEXT_RE = re.compile(r"\s*(?:1[0-2]|0?[1-9])\s*月")
_QUARTER_END_NEXT_RE = re.compile(r"\s*(?:第?[一二三1-3]\s*季度|上半年)(?:末|底)")
# A date to the month that an aim follows in its clause (截至2025年6月底，力争新开工…): a
# deadline, not the date results are told as of.
_DEADLINE_AIM_RE = re.compile(r"[\d 月日底末份]{0,8}[，,]\s*(?:力争|确保|争取|计划|预计|要|将)")
# A level recovered to a share of a year's (恢复到2019年的90%, 已恢复至2019年同期的9成), or
# reaching a share of an earlier year's level (达到2019年水平的92%, 达到2019年同期的96%: its
# share's figure right after 的): that year is a base, as in 是2020年的1.4倍, not a horizon (到2019年, 达到2025年的目标).
_RECOVERED_BEFORE = re.compile(r"恢复$")
_REACHED_BEFORE = re.compile(r"达$")
_OF_YEAR_NEXT = re.compile(r"\s*(?:同期|水平)?\s*的")
# A multiple of a year's level right after 的 (扩大到2020年的4.2倍, 增加至2015年的2倍): that
# year is the base of the multiple, as in 是2020年的1.4倍; no horizon is ever so worded.
_MULTIPLE_OF_YEAR_NEXT = re.compile(r"\s*的\s*(?:约)?[\d.一二三四五六七八九十两]+\s*倍")
_SHARE_OF_YEAR_NEXT = re.compile(r"\s*(?:同期|水平)\s*的\s*(?:约)?[\d一二三四五六七八九十]")
# A plan mark naming the projects the plan set (“十三五”规划确定的重大项目, …纲要提出的重点工程):
# the plan as a document, no time of the counts after it (an aim the plan set, 规划提出的年均
# 增长…的目标, keeps the plan's years).
_PLAN_ITEMS_AFTER = re.compile(
    rf"[”\"’ {BLANK}]*(?:规{BLANK}*划|纲{BLANK}*要)(?:确定|提出|明确|部署|设定)的"
    r"[\u4e00-\u9fff]{0,4}?(?:项目|工程)"
)
# A plan mark naming the plan whose carrying out is weighed (“十四五”规划纲要实施中期评估结果表明,
# “十三五”规划中期评估显示): the evaluation's findings are as of its own time, not the plan's years.
_PLAN_WEIGHED_AFTER = re.compile(
    rf"[”\"’ {BLANK}]*(?:规{BLANK}*划|纲{BLANK}*要)(?:和二〇三五年远景目标纲要)?"
    r"(?:《?纲要》?)?(?:的)?(?:实施)?(?:情况)?(?:的)?(?:中期|总结|终期)?评估"
)
# How much of a plan's aim was done, the aim quoted with its figure or kind (完成“十四五”下降
# 13%目标的, 完成“十四五”规划投资目标（500亿元）的): the plan dates the aim only.
_DONE_BEFORE = re.compile(r"(?:完成|实现|达到|占)了?$")
_DONE_AIM_AFTER = re.compile(r"[”\"’ ]*[^,，。;；“”]{0,12}?(?:目标|任务)")
# A year quoted as an aim's, its clause saying so though 目标 does not follow the year at
# once (2030年目标 does: time_marks' aimyear): the aim named first (目标为2025年达到…, 目标
# 是2025年…), or the year followed by the aim's figure and 目标 (确定的2025年1.6%的目标,
# 2025年43微克/立方米的约束性目标, 提前完成2025年85%的目标). An evaluation quotes its plan's
# aim so beside a result; the year is the aim's, for its clause only (the clauses and
# sentences after it report results again). Seen in eval12 dev and eval-set reviews.
_AIM_NAMED_BEFORE = re.compile(r"目标值?\s*(?:为|是)\s*$")
# 以2035年与全国同步基本实现现代化为目标: a year inside the aim 以…为目标 takes as its own.
_AS_AIM_AFTER = re.compile(r"[^,，;；。\n]{0,40}?为(?:[\u4e00-\u9fff]{0,4})?目标")
_AIM_FIGURE_AFTER = re.compile(
    r"\s*(?:的\s*)?\d[^,，;；。\n()（）]{0,14}?的\s*(?:[\u4e00-\u9fff]{0,3}?性|规划|预期|既定)?目标"
)


# A year in a plan's title (国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要, the
# view reading its Chinese digits as 2035; 远景目标的建议): part of the name, no time of
# the clause it is quoted in.
_VISION_NAME_BEFORE = re.compile(r"规划(?:纲要)?\s*[和与]\s*$")
_VISION_NAME_AFTER = re.compile(r"\s*远景目标(?:纲要|规划|的建议)")
# (Or the vision named as what the plan aims at, 锚定二〇三五年远景目标，今后五年…: the figures
# after it are the plan's.)
_VISION_AIMED_BEFORE = re.compile(r"(?:锚定|对标|瞄准|围绕|奔向|朝着|向着)\s*$")
_VISION_AIMED_AFTER = re.compile(r"\s*远景目标")


def plan_title_year(text: str, s: int, e: int) -> bool:
    """Whether the year at ``[s, e)`` (its 年 in or out) is part of a plan's title."""
    after = e + (text[e : e + 1] == "年")
    if _VISION_NAME_BEFORE.search(text, max(0, s - 6), s) is not None:
        return True
    if _VISION_AIMED_BEFORE.search(text, max(0, s - 6), s) is not None:
        return _VISION_AIMED_AFTER.match(text, after) is not None  # (锚定2035年远景目标)
    return _VISION_NAME_AFTER.match(text, after) is not None


# A year's own figure named as the basis of what follows (在2020年410.6亿元的基础上).
_BASIS_VALUE_RE = re.compile(r"\s*\d[^,，。;；\n]{0,16}?的?基础上")


# A trial a place went through, its year naming the event (经受2013年抗洪救灾考验, 战胜2008年
# 特大冰雪灾害): the years around it stay the clause's.
_EVENT_BEFORE = re.compile(r"(?:经受住?|经受了|遭受了?|遭遇了?|战胜了?|抵御了?|历经)\s*$")


_DATELINE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)")
# A year naming a government work report as its title (盘山县2023年政府工作报告各位代表：…, a
# title run into the text): the year the report was delivered in, not the year its review
# tells of. (Named in a sentence, 公布2016年《政府工作报告》…落实情况, it is its aims' year.)
_REPORT_NAMED_AFTER = re.compile(r"\s*[《“\"]?\s*政府工作报告[》”\"]?\s*(?:各位代表|——|－－|\n)")


# An index's base year (上年同期=100, 上年=100 heading a table's column of price indices).
_INDEX_BASE_AFTER = re.compile(r"(?:同期)?\s*[=＝]\s*100(?![\d.])")


def index_base(text: str, e: int) -> bool:
    """Whether the relative year ending at ``e`` is an index's base (上年同期=100): no time."""
    return _INDEX_BASE_AFTER.match(text, e) is not None


def year_form(text: str, s: int, e: int) -> tuple[str, int]:
    """What the year at ``[s, e)`` is: ``from`` (由2020年的…), ``base`` (是2020年的1.4倍),
    ``aside`` with the end of its brackets (…（2020年为310天），: the year of the aside's
    figure only) or of a basis naming the year's figure (在2020年410.6亿元的基础上: that
    figure's year, then the base of what follows, not the time in force), ``aim`` (目标为2025年…, 2025年1.6%的目标: an aim's year, for its clause),
    ``name`` (a plan title's 2035年远景目标纲要: no time) or ``year``; the second item is the
    aside's end (else ``e``)."""
    if FROM_BEFORE.search(text, max(0, s - 3), s) is not None:
        return "from", e
    if plan_title_year(text, s, e):
        return "name", e  # (…第十四个五年规划和2035年远景目标纲要: the plan's name, no time)
    if _DATELINE_AFTER.match(text, e):
        return "name", e  # (深圳新闻网2024年1月19日讯: when the story was filed, no time of it)
    if _REPORT_NAMED_AFTER.match(text, e):
        return "name", e  # (2023年政府工作报告: the report named, not the time of its figures)
    if _EVENT_BEFORE.search(text, max(0, s - 3), s):
        return "name", e  # (经受2013年抗洪救灾严峻考验: an event's year, no time of the clause)
    if _BASE_BEFORE.search(text, max(0, s - 4), s) and _OF_NEXT.match(text, e):
        return "base", e
    if _AIM_NAMED_BEFORE.search(text, max(0, s - 5), s) or _AIM_FIGURE_AFTER.match(text, e):
        return "aim", e
    if text[s - 1 : s] == "以" and _AS_AIM_AFTER.match(text, e):
        return "aim", e  # (以2035年基本实现现代化为目标: the aim's year, for its clause)
    aside = _ASIDE_YEAR_RE.match(text, e) if s > 0 and text[s - 1] in "（(" else None
    if aside is None and text[s - 1 : s] == "在":
        aside = _BASIS_VALUE_RE.match(text, e)  # (在2020年410.6亿元的基础上: read as an aside)
    return ("aside", aside.end()) if aside is not None else ("year", e)


def to_year_form(text: str, s: int, e: int) -> str:
    """What 到/至/截至 and the year at ``[s, e)`` are: ``dated`` (截至2023年6月底, 截至2011年底:
    an as-of date, a look back when it is not after the time of writing), ``base``
    (恢复到2019年的90%: the level recovered to; 达到2019年水平的92%: the level a share is of;
    扩大到2020年的4.2倍: the base of a multiple) or ``to``."""
    if _RECOVERED_BEFORE.search(text, max(0, s - 3), s) and _OF_YEAR_NEXT.match(text, e):
        return "base"
    if _REACHED_BEFORE.search(text, max(0, s - 1), s) and _SHARE_OF_YEAR_NEXT.match(text, e):
        return "base"
    if _MULTIPLE_OF_YEAR_NEXT.match(text, e):
        return "base"
    if text[s] == "截" and (
        text[e - 1] in "底末"  # (截至2011年底: the state at a year's end, as of it)
        or _MONTH_NEXT_RE.match(text, e, e + 6)
        or _QUARTER_END_NEXT_RE.match(text, e, e + 8)
    ):
        return "to" if _DEADLINE_AIM_RE.match(text, e) else "dated"
    return "to"


# 进入 right before a plan's short name, 开局以来 or 实施以来 after it (进入“十四五”，…;
# “十四五”开局以来): the period has begun, a look back on it from its first year.
_ENTERED_BEFORE = re.compile(r"进入\s*$")
# (Or named as under way up to now: “十二五”实施至今.)
_BEGUN_AFTER = re.compile(r"(?:开局|启动|实施)(?:之年)?以来|(?:规划)?(?:实施|执行)至今")


def plan_begun(text: str, s: int, e: int, name: str) -> bool:
    """Whether the plan named at ``[s, e)`` (its name ``name``) is named as begun (“十四五”以来,
    进入“十四五”, “十四五”开局以来): a look back. (第十四个五年规划实施以来 names the plan as a
    document.)"""
    if text[s:e].endswith("以来"):
        return True
    if name[0] == "第":
        return False
    return bool(_BEGUN_AFTER.match(text, e) or _ENTERED_BEFORE.search(text, max(0, s - 4), s))


def plan_as_setter(text: str, e: int) -> bool:
    """Whether the plan named before ``e`` is named as a document: the setter of the
    projects that follow (“十三五”规划确定的重大项目) or the plan an evaluation weighs
    (“十四五”规划纲要实施中期评估结果表明): no time."""
    return (_PLAN_ITEMS_AFTER.match(text, e) or _PLAN_WEIGHED_AFTER.match(text, e)) is not None


def aim_done_end(text: str, s: int, e: int) -> int | None:
    """The end of the aim quoted after the plan named at ``[s, e)`` when a share of it was
    done (完成“十四五”下降13%目标的…): the plan dates that aim only; else None."""
    if _DONE_BEFORE.search(text, max(0, s - 3), s) is None:
        return None
    m = _DONE_AIM_AFTER.match(text, e)
    return m.end() if m is not None else None


# The word opening a change's first value (由 3 家增至 7 家, 从上年的4.2%): the last one before it.
_FROM_WORD_RE = re.compile(r"(?:由|从)(?=[^由从]*$)")


def undated_start(view: str, lo: int, at: int, mark_starts: list[int]) -> bool:
    """Whether the value at ``at`` opens a change after its 由/从 (in ``view[lo:at]``, 40
    characters at most) with no time word between (由目前的…, 由上年的… name one)."""
    lead = _FROM_WORD_RE.search(view, max(lo, at - 40), at)
    return lead is not None and not any(lead.start() <= s < at for s in mark_starts)


# The rest of a clause of comparison before the value's (与2010年第六次全国人口普查相比，增加…):
# its base is the value's, as in the value's own clause (比2010年增加…).
# (Not an aim's year: 与2020年40000元的目标相比，还需年均增长10.2% is the pace still needed.)
_COMPARED_CLAUSE_RE = re.compile(r"(?:(?!目标|预期)[^,，。;；]){0,20}?相比\s*[,，]\s*")


def compared_before(view: str, base_end: int, clause_start: int) -> bool:
    """Whether ``view[base_end:clause_start]``, after a base, ends its clause of comparison."""
    return _COMPARED_CLAUSE_RE.fullmatch(view, base_end, clause_start) is not None


@quick_init
@dataclass(frozen=True, slots=True)
class TimeMark:
    """One time expression: where it is and what kind (year, to, base, range, ...)."""

    start: int
    end: int
    kind: str
    year: int | None = None  # the year named (range/plan: the last year)
    first: int | None = None  # range/plan/span: the first year
    offset: int = 0  # rel: years from the reference year; span: its length
    # span: a length of time (五年累计, 五年年均), not a look back (五年来, 过去五年)
    lasting: bool = False
    # to: an as-of date named to its month (截至2023年6月底), not a horizon (到2025年)
    dated: bool = False
    # span: 两年多来, the whole years and a part of the next (read for its own sentence)
    more: bool = False
    # span: counted up to the time of writing (五年来, 两年多以来): a look back, never the
    # years before an aim's horizon in force (到规划期末…；两年多来分别实现…)
    upto: bool = False


_LAST_YEAR_WORDS = frozenset({"收官之年", "收官年", "最后一年", "决胜之年"})


def plan_year_mark(m: re.Match[str], s: int, e: int) -> list[TimeMark]:
    """The year a plan's first or last year is named by its place (“十五五”开局之年: 2026), from
    the time words' match (its groups ``py``, the plan, and ``pyw``, the year's words)."""
    period = plan_named(m.group("py"))
    if period is None:
        return []
    last = m.group("pyw") in _LAST_YEAR_WORDS
    return [TimeMark(s, e, "year", period[1] if last else period[0])]
