"""The plan period a document states or implies (the years of the five-year plan it is of or
about), read from its opening: a stated period (规划期为2021-2025年), a plan named as the
document (“十四五”规划, 第十四个五年规划), a heading or caption setting a plan's aims, else the
plan named first or most often (not one named only as a base or told as done), else a span of
years aims are set for. Moved out of ``doctype`` (round 52) as one stage.
"""

from __future__ import annotations

import re

from planwatch.core.data import DocType
from planwatch.core.normalise import Condensed, condense
from planwatch.core.periods import PlanMention, plan_mentions, plan_years
from planwatch.describe.body import body_end

OPENING_CHARS = 2000
TITLE_LINE_CHARS = 80  # a longer line is a sentence, no title
# A heading's number (第三章, 二、, （一）), before the words that say what its section does.
HEADING_NUMBER = (
    r"(?:第[一二三四五六七八九十]{1,3}[章篇部分节]|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(][一二三四五六七八九十]{1,3}[)）])"
)


def opening_view(text: str) -> Condensed:
    """The condensed view of a document's opening, where genre and plan period are read
    (not a web page's tail: its links name other documents, :func:`body.body_end`)."""
    return condense(text[: min(OPENING_CHARS, body_end(text))], spaces=True)


_PERIOD_RE = re.compile(
    r"规划期\s*(?:限)?\s*(?:为|是|:|：)?\s*(\d{4})\s*[-—–~～至到]\s*(\d{4})\s*年"
    r"|(?:规划|纲要)\s*[(（]\s*(\d{4})\s*[-—–~～至到]\s*(\d{4})\s*年?\s*[)）]"
)
# (A sector's plan puts its field between the plan and the word: “十四五”文化和旅游发展规划,
# “十四五”生态环境保护规划 — a few words with no punctuation and no other plan.)
_NAMED_PLAN_RE = re.compile(
    r"[”\"’」』\s]*(?:时期)?\s*(?:[^\n。，,；;：:、“”\"《》()（）十]{2,12}?)?(?:规划|计划)"
)
# A span of years followed by an aim (2027年至2029年,全省将力争…): the years of a plan
# that names no plan (a sector's programme told in a news page). Not a span's results set
# against an aim (2021—2022年年均增长4.9%，低于规划目标7.5%): no figure stands between.
_AIM_RANGE_RE = re.compile(
    r"((?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|–|~)\s*((?:19|20)\d{2})\s*年[^。\n\d]{0,30}?"
    r"(?:将|力争|确保|计划|目标|争取)"
)


def plan_period(
    text: str, title: str | None = None, view: Condensed | None = None, *, plan: bool = False
) -> tuple[int, int] | None:
    """The plan period a document states: 规划期为2021-2025年, 第十四个五年规划, “十四五”规划,
    a heading setting a plan's aims (第二章 “十四五”时期主要目标).

    Failing those, the plan the opening names first with 规划, else most often (十四五 in
    a 十四五 plan), else a span of years the opening sets aims for (2027年至2029年…将力争).
    A ``plan`` (the words say the document is one) whose opening names that plan only as
    done (“十三五”规划确定的目标任务总体完成, “十三五”时期取得的成就) is the next plan's:
    a plan opens by reviewing the one before it.
    """
    opening = (condense(title, spaces=True).text + "\n" if title else "") + (
        view or opening_view(text)
    ).text
    for m in _PERIOD_RE.finditer(opening):
        first, last = (int(g) for g in m.groups() if g)
        if first < last <= first + 10:
            return first, last
    mentions = list(plan_mentions(opening))
    titled = _titled_plan(opening, mentions) or _headed_plan(opening, mentions)
    if titled is not None:
        return titled
    if mentions and all(_named_as_base(opening, m) for m in mentions):
        # (比“十五”期末降低15%, 是“十三五”末的1.7倍: the plan before, the base of its aims)
        return plan_years(max(m.number for m in mentions) + 1)
    number = _first_named(opening, mentions)
    # (The plans named as a base, 较“十五”末, 是“十五”期间的4倍, count for none.)
    ns = [m.number for m in mentions if not _named_as_base(opening, m)]
    if number is None and ns:
        number = max(set(ns), key=lambda n: (ns.count(n), n))
    if number is not None:
        if plan and _reviewed_as_done(opening, mentions, number):
            number += 1
        return plan_years(number)
    for m in _AIM_RANGE_RE.finditer(opening):
        first, last = int(m[1]), int(m[2])
        if first < last <= first + 10:
            return first, last
    return None


# An aim's year a look-back at a plan it does not name weighs the results against (要实现
# 2025年480亿元的总量目标, 距2025年97.8%的目标, 预计到2025年难以完成规划目标): five-year plans
# end in a year ending in 0 or 5 (十一五 2010 … 十五五 2030); not a 2035年远景目标.
_AIM_HORIZON_RE = re.compile(
    r"((?:19|20)\d[05])\s*年(?![^。；;，,\n]{0,16}?远景)[^。；;，,\n]{0,16}?(?:规划|总量|预期|发展)?目标"
)


def aim_horizon_period(opening: str) -> tuple[int, int] | None:
    """The five years ending in the aim's year an evaluation names most often (see above),
    for a look-back whose plan :func:`plan_period` finds no name of."""
    years = [int(m[1]) for m in _AIM_HORIZON_RE.finditer(opening)]
    if not years:
        return None
    last = max(set(years), key=lambda y: (years.count(y), y))
    return last - 4, last


# A title that names a plan: the line goes on to 规划 / 纲要 (“十四五”生态环境保护规划).
_TITLE_PLAN_RE = re.compile(r"[^\n。,，]{0,30}(?:规划|纲要)")
_TITLE_PLAN_LINES = 2  # the title and a subtitle


def _titled_plan(opening: str, mentions: list[PlanMention]) -> tuple[int, int] | None:
    """The plan a title line names (“十四五”生态环境保护规划: 2021-2025), before the plans its
    review names more often (“十三五”时期…). The title is among the first short lines."""
    pos, seen = 0, 0
    for line in opening.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > _TITLE_PLAN_LINES:
            return None
        if len(line.strip()) > TITLE_LINE_CHARS or "。" in line:
            continue  # (a sentence is no title)
        for mention in mentions:
            if start <= mention.start and mention.end <= pos:
                if _TITLE_PLAN_RE.match(opening, mention.end, pos):
                    return mention.years
    return None


# Plans that open by reviewing the plan before theirs (a revision is inside its own plan).
PLANS_REVIEWING = frozenset({DocType.FIVE_YEAR_PLAN, DocType.PLAN_TABLE, DocType.SECTOR_PLAN})


def _first_named(opening: str, mentions: list[PlanMention]) -> int | None:
    """The first plan named as one (第十四个五年规划, “十四五”规划, “十四五”时期规划)."""
    for mention in mentions:
        named = opening[mention.start : mention.end].startswith("第")
        if named or _NAMED_PLAN_RE.match(opening, mention.end):
            return mention.number
    return None


# A plan told as done: its aims completed (“十三五”规划确定的主要目标任务总体完成, 较好完成了
# “十四五”规划确定的…), its review (“十三五”发展回顾, “十三五”时期取得的重大成就, 工作成效).
_DONE_AFTER_RE = re.compile(
    r"[”\"’」』\s]*(?:(?:时期|期间)?\s*(?:的)?\s*(?:发展|工作)?\s*(?:回顾|成就|成效|取得)"
    # (“十二五”期间，自治区水利事业蓬勃发展，取得了显著成绩)
    r"|(?:时期|期间)\s*[,，][^。\n]{0,24}?取得了?[^。\n，,]{0,6}?(?:成绩|成就|成效)"
    r"|(?:规划)?[^。\n；;]{0,16}?(?:目标任务|主要指标|主要目标)[^。\n；;]{0,8}?"
    r"(?:全面|总体|基本|超额|如期)?\s*(?:完成|实现))"
)
_DONE_BEFORE_RE = re.compile(r"完成(?:了)?\s*[“\"‘「『]?\s*$")


# A plan named as the base of a comparison (比“十五”期末, 较“十三五”末, 是“十四五”期末的): its end
# is where the document's own aims are measured from, so the document is the next plan's.
# Or a start point (由“十一五”末的60.8%提高到70%), a whole plan's total grown on (较“十一五”增长227.4%),
# or the plan before's figure set aside in brackets (（“十一五”全社会累计水利投入203亿元）).
_BASE_BEFORE_RE = re.compile(r"(?:比|较|相比|是|为|由|从)\s*[“\"‘「『]?\s*$")
_BASE_AFTER_RE = re.compile(
    r"[”\"’」』\s]*(?:期末|末|(?:时期|期间)?\s*(?:增长|提高|下降|减少|增加|翻))"
)
_ASIDE_BEFORE_RE = re.compile(r"[(（]\s*[“\"‘「『]?\s*$")
_ASIDE_AFTER_RE = re.compile(
    r"[”\"’」』\s]*(?!规划|纲要|时期|期间)[\u4e00-\u9fff]{2,}[^()（）\n]*?\d"
)


def _named_as_base(opening: str, mention: PlanMention) -> bool:
    """Whether the opening names ``mention`` only as a comparison's base (比“十五”期末…)."""
    before = opening[max(0, mention.start - 4) : mention.start]
    if _ASIDE_BEFORE_RE.search(before) and _ASIDE_AFTER_RE.match(opening, mention.end):
        return True
    return bool(_BASE_BEFORE_RE.search(before) and _BASE_AFTER_RE.match(opening, mention.end))


def _reviewed_as_done(opening: str, mentions: list[PlanMention], number: int) -> bool:
    """Whether the opening tells plan ``number`` as done (see ``_DONE_AFTER_RE``)."""
    return any(
        m.number == number
        and (
            _DONE_AFTER_RE.match(opening, m.end)
            or _DONE_BEFORE_RE.search(opening, max(0, m.start - 6), m.start)
        )
        for m in mentions
    )


# A heading or a table's caption setting a plan's aims (第二章 “十四五”时期经济社会发展主要目标,
# 专栏1 某市“十四五”主要指标): the plan the document is for, whatever plan its review names
# first (“十三五”时期是…的五年). Not one reporting on them (主要指标完成情况, 目标实现进展).
_AIMS_AFTER_PLAN_RE = re.compile(
    r"[”\"’」』\s]*(?:时期|期间)?[^\n。，,；;：:]{0,12}?(?:主要目标|发展目标|预期目标|主要指标)"
)
_REPORTED_AIMS_RE = re.compile(r"[^\n。]{0,8}?(?:完成|实现|执行|落实|进展|情况|评估|建议)")
# Before the plan on its line: a heading's number or a caption's (表1, 专栏2), a few words.
_HEAD_PREFIX_RE = re.compile(
    r"[ \t\u3000\xa0]*(?P<mark>" + HEADING_NUMBER + r"|附?表\s*\d{0,2}|专栏\s*\d{0,2})?"
    r"[^\n。，,；;：:]{0,20}"
)
_SENTENCE_MARK_RE = re.compile(r"[。，,；;]")


def _headed_plan(opening: str, mentions: list[PlanMention]) -> tuple[int, int] | None:
    """The plan a heading or caption line sets aims for (see ``_AIMS_AFTER_PLAN_RE``):
    the mention stands near its line's start, with no sentence before it on the line."""
    for mention in mentions:
        line_start = opening.rfind("\n", 0, mention.start) + 1
        line_end = opening.find("\n", mention.end)
        line_end = len(opening) if line_end < 0 else line_end
        head = _HEAD_PREFIX_RE.fullmatch(opening, line_start, mention.start)
        sentence = _SENTENCE_MARK_RE.search(opening, line_start, line_end)
        if head is None or not (head["mark"] or sentence is None):
            continue
        aims = _AIMS_AFTER_PLAN_RE.match(opening, mention.end)
        if aims and not _REPORTED_AIMS_RE.match(opening, aims.end()):
            return mention.years
    return None
