"""The year a text names as the first or the last of a plan (step 6 of ``refdate``).

Reports and news of a plan's first year say so where they print no date: 今年是“十四五”
开局之年, 站在“十四五”开局之年的新征程起点上 (a district's work report, as a newspaper
retells it); those of its last year say 收官之年. The year is the plan's first (开局, 起步) or
last (收官), as is a plan entered as the text speaks (…“十三五”期间…。开启“十四五”，…); the
plan's results told as done (“十三五”成绩单) are of the year after its last. A look back at it (过去一年是…开局之年, 去年是…收官之年) names the year before the
text's and is left to the other steps. Real pages of round 26 (a newspaper's story
of a district's 2021 work report) printed no other date. Also here: the year a look back
says is its plan's last (:func:`last_year_said`) and the words that look back over a whole
plan (:func:`whole_plan_words`), which date a look back not yet placed (``refdate``).
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.data import DocType
from planwatch.core.datafiles import records
from planwatch.core.periods import PLAN_NAME, PLAN_QUOTES, plan_named
from planwatch.describe.dates import cn_number

# A plan named, in quotes or not, and the words that may join it to what is said of it.
_PLAN_HEAD = rf"[{PLAN_QUOTES}]?(?P<plan>{PLAN_NAME})[{PLAN_QUOTES}]?\s*(?:规划)?\s*(?:的)?"
_NAMED_RE = re.compile(rf"{_PLAN_HEAD}(?P<which>开局|起步|收官)之年")
# The plan's results told as a whole, its end past (“十三五”成绩单, “十三五”圆满收官): the text is
# of the year after its last (a city's work report of that year and the news of it).
_DONE_RE = re.compile(rf"{_PLAN_HEAD}(?:成绩单|答卷|(?:圆满|胜利|完美|顺利)收官(?!之年))")
# A report looking back on a plan and setting the next one's aims (回顾了“十二五”时期经济社会
# 发展情况…，提出了…“十三五”奋斗目标): delivered in the later plan's first year, when the two
# plans follow each other (every area's report of 2011, 2016, 2021 is so worded).
_TURN_RE = re.compile(
    rf"回顾[^。]{{0,8}}?{_PLAN_HEAD}[^。]{{0,60}}?(?:提出|明确|确定|擘画|描绘|谋划)[^。]{{0,12}}?"
    rf"[{PLAN_QUOTES}]?(?P<next>{PLAN_NAME})[{PLAN_QUOTES}]?[^。]{{0,24}}?(?:目标|路线图|蓝图)"
)
# Words just before that make the year named one the text looks back on.
# (Or the year itself, 2025年作为“十四五”规划收官之年: a statement about that year, which the
# text's other words date.)
_LOOK_BACK_RE = re.compile(
    r"过去|去年|上年|刚刚|已经|走过|(?:19|20)\d{2}\s*年\s*(?:是|作为|为)?\s*$"
)
_BACK_CHARS = 12


# A plan's first or last year's achievements told (总结我市在“十二五”开局之年所取得的成绩): that
# year reviewed, the text of the year after it (a story on the report delivered then).
_YEAR_ACHIEVED_RE = re.compile(
    rf"{_PLAN_HEAD}(?P<which>开局|起步|收官)之年(?:所|中|里)?(?:取得|实现)的(?:主要)?(?:成绩|成就|成效)"
)


def plan_year_reviewed(view: str) -> tuple[int, int, int] | None:
    """The year after the plan's year whose achievements ``view`` tells (see above), with
    the phrase's span; None."""
    for m in _YEAR_ACHIEVED_RE.finditer(view):
        years = plan_named(m["plan"])
        if years is not None:
            return (years[1] if m["which"] == "收官" else years[0]) + 1, m.start(), m.end()
    return None


def plan_year_named(view: str) -> tuple[int, int, int] | None:
    """The year the first such phrase of ``view`` names, with its span (start, end)."""
    for m in _NAMED_RE.finditer(view):
        if _LOOK_BACK_RE.search(view, max(0, m.start() - _BACK_CHARS), m.start()):
            continue
        years = plan_named(m["plan"])
        if years is None:
            continue
        year = years[1] if m["which"] == "收官" else years[0]
        return year, m.start(), m.end()
    for m in _DONE_RE.finditer(view):
        years = plan_named(m["plan"])
        if years is not None:
            return years[1] + 1, m.start(), m.end()
    for m in _TURN_RE.finditer(view):
        old, new = plan_named(m["plan"]), plan_named(m["next"])
        if old is not None and new is not None and new[0] == old[1] + 1:
            return new[0], m.start(), m.end()
    for m in _FINISHING_RE.finditer(view):
        years = plan_named(m["plan"] or m["closing"])
        if years is not None:
            return years[1], m.start(), m.end()
    for m in _ENTERED_RE.finditer(view):
        years = plan_named(m["plan"])
        if years is not None and not _SOON_RE.search(view, max(0, m.start() - 4), m.start()):
            return years[0], m.start(), m.end()
    return None


# 今年 right before the words naming the year (今年是“十二五”收官之年): the text says what its own
# year is, as strongly as a title's year; a page dated years later (更新:2023-09-20) posted it
# again (``posting.posted_later``).
_THIS_YEAR_RE = re.compile(r"(?:今年|本年)\s*(?:是|为|作为)?\s*$")


def named_basis(view: str, start: int) -> str:
    """The evidence basis of a year named at ``start`` (:func:`plan_year_named`,
    ``milestone_year``): ``this_year_named`` when 今年 says it is the text's own year."""
    if _THIS_YEAR_RE.search(view, max(0, start - 6), start):
        return "this_year_named"
    return "plan_year_named"


# A plan entered as the text speaks (“十三五”期间…成绩亮眼。开启“十四五”，…有哪些“小目标”?): its
# first year; not its years since (进入“十四五”以来) nor a plan about to open (即将开启“十五五”).
_ENTERED_RE = re.compile(
    rf"(?:开启|迈入|迈进|步入)(?:了)?\s*{_PLAN_HEAD}(?!\s*(?:时期|期间)?\s*(?:以来|后|的?第[二三四五]))"
)
_SOON_RE = re.compile(r"(?:即将|将要|将|迎接|准备)\s*$")


# 今年 said to be the year that completes a plan's tasks (今年是…，也是全面完成“十一五”任务、为
# “十二五”发展打好基础的关键一年): the plan's last year.
_FINISHING_RE = re.compile(
    rf"今年是[^。；;]{{0,30}}?(?:全面|圆满|胜利)完成{_PLAN_HEAD}[^。；;，,、]{{0,6}}?(?:任务|目标)"
    # (…“十三五”规划即将在今年年底画上句号: a plan said to close at this year's end)
    rf"|(?P<closing>{PLAN_NAME})[{PLAN_QUOTES}]?\s*(?:规划)?\s*(?:即将|将)(?:在|于)?今年(?:年底|年末|底)?"
    r"(?:划|画)上(?:圆满的)?句号"
)


# A year said to be a plan's last (2010年是“十一五”规划的最后一年, 2020年是“十三五”收官之年), or
# the text's own year (今年是“十四五”规划收官之年: a press conference on a plan about to end).
_LAST_SAID_RE = re.compile(
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|今年)\s*是\s*{_PLAN_HEAD}(?:实施的?)?(?:最后一年|收官之年)"
)


def last_year_said(view: str, period: tuple[int, int]) -> tuple[int, int, int] | None:
    """The year ``view`` says is the last of the plan of ``period`` (2010年是“十一五”规划的
    最后一年 in a look back at it), with its span; None if it says none. A look back that
    says so is of that year, the plan's end, not of its middle."""
    for m in _LAST_SAID_RE.finditer(view):
        years = plan_named(m["plan"])
        if years == period and (m["year"] is None or int(m["year"]) == period[1]):
            return period[1], m.start(), m.end()
    return None


# A look back over a whole five-year plan: 五年来 / 过去五年 / 五年间, “十二五”时期是…的五年。 A
# mid-term evaluation looks back over 两年多来 or 两年半 (and counts 五年累计 only as a plan's
# aim, in its table's note); 今后五年 / 未来五年 look ahead.
_WHOLE_PLAN_RE = re.compile(
    r"(?<![今未])(?:过去|近)?[五5]年(?:来|以来|间)|过去[五5]年(?=[，,])|的五年(?=[。，,；;])"
    # (“十三五”期间取得的成绩: what the plan's whole span achieved, told after it)
    rf"|{PLAN_NAME}[”\"’']?(?:期间|时期)(?:取得|实现)的(?:主要)?(?:成绩|成就|成效)"
    # (辉煌“十三五”: the series of news that hails a plan's results, run as it ends; “十三五”
    # 时期，某市地区生产总值年均增长5.8%: the plan's pace told as done, no aim's word before it)
    rf"|辉煌[“\"‘']?{PLAN_NAME}"
    rf"|{PLAN_NAME}[”\"’']?(?:期间|时期)\s*[,，]"
    r"(?:(?!目标|预期|规划|纲要|力争|争取|要|将|计划)[^。；;\n]){0,24}?年均(?:增长|增速)"
)
# The whole plan's results estimated (“十一五”期间，…增长预计将在14%左右): told in its last year.
_WHOLE_PLAN_ESTIMATE_RE = re.compile(rf"{PLAN_NAME}[”\"]?(?:期间|时期)[^。；;]{{0,30}}?预计")
# Or its total as a multiple of the plan before's (“十一五”水利总投入约7000亿元，是“十五”的1.93倍).
_WHOLE_PLAN_MULTIPLE_RE = re.compile(
    rf"{PLAN_NAME}[”\"]?[^。；;]{{0,24}}?是[“\"]?{PLAN_NAME}[”\"]?(?:时期|期间|期末|末)?的\s*[\d.]+\s*倍"
)


# The plan's tasks or aims told done (圆满完成“十二五”经济社会发展各项任务, 较好完成了“十四五”规划确定的
# 主要目标任务; “十一五”规划确定的
# 目标和任务基本完成): after its end.
_WHOLE_PLAN_DONE_RE = re.compile(
    rf"(?:圆满|全面|胜利|超额|较好地?|顺利)完成(?:了)?[“\"]?{PLAN_NAME}[”\"]?[^。；;\n]{{0,14}}?(?:目标|任务)"
    rf"|{PLAN_NAME}[”\"]?(?:规划|纲要)?(?:确定|提出)的[^。；;\n，,]{{0,8}}?(?:目标|任务)"
    r"[^。；;\n，,]{0,4}?(?:基本|全面|圆满|胜利|如期|超额)完成"
    # (“十一五”规划中确定的20个主要目标…，其他的主要指标都完成了: counted done, all but a few)
    rf"|{PLAN_NAME}[”\"]?(?:规划|纲要)?中?(?:确定|提出)的[^。；;\n]{{0,30}}?(?:目标|指标)"
    r"[^。；;\n]{0,60}?(?:都|均|全部)(?:已经?)?完成"
)


# A series of press conferences on a plan's results, held through its last year (国务院新闻办
# and the provinces' “高质量完成‘十四五’规划”系列主题新闻发布会, 2025).
_LAST_YEAR_SERIES_RE = re.compile(rf"高质量完成[“\"‘']?{PLAN_NAME}[”\"’']?规划")
_THIS_YEAR_ESTIMATED_RE = re.compile(r"预计今年|今年预计|预计全年")


def whole_plan_words(view: str) -> tuple[re.Match[str], bool] | None:
    """The words of ``view`` that look back over a whole five-year plan, and whether they
    tell it in the plan's last year (预计: not yet over; a multiple of the plan before's, at
    its end: in its last year as often as after it, the year its figures reach); None."""
    m = _LAST_YEAR_SERIES_RE.search(view)
    if m is not None:  # (“高质量完成‘十四五’规划”系列主题新闻发布会: held in its last year)
        return m, True
    m = _WHOLE_PLAN_RE.search(view) or _WHOLE_PLAN_DONE_RE.search(view)
    if m is not None:  # (…预计今年将超过6万亿元: told in the plan's last year, before its end)
        return m, _THIS_YEAR_ESTIMATED_RE.search(view) is not None
    m = _WHOLE_PLAN_ESTIMATE_RE.search(view) or _WHOLE_PLAN_MULTIPLE_RE.search(view)
    return None if m is None else (m, True)


def plan_reference_year(doc_type: DocType, period: tuple[int, int] | None) -> int | None:
    """The year a plan's own document is dated by its plan (step 7 of ``refdate``): an outline
    its first, a mid-term evaluation its third, a final evaluation the year after its last."""
    if period is None:
        return None
    start, end = period
    if doc_type in (DocType.FIVE_YEAR_PLAN, DocType.PLAN_TABLE, DocType.SECTOR_PLAN):
        return start
    if doc_type is DocType.MIDTERM_EVALUATION:
        return start + 2
    if doc_type is DocType.FINAL_EVALUATION:
        return end + 1  # a final evaluation looks back on the ended plan
    return None


@cache
def _milestones() -> tuple[re.Pattern[str], dict[str, tuple[int, bool]]]:
    """``data/year_milestones.csv`` as one pattern of 今年 said to be a milestone's year, and
    each milestone's year (its founding year for an anniversary)."""
    rows = records("year_milestones.csv")
    by_word = {r["pattern"]: (int(r["year"]), r["kind"] == "anniversary") for r in rows}
    words = "|".join(f"(?:{w})" for w in by_word)
    # (Or the celebration held for it, 庆祝中国共产党成立100周年系列新闻发布会: held in that year.)
    return re.compile(
        rf"(?:今年(?:是|适逢|恰逢)[^。；;]{{0,40}}?|庆祝)(?P<what>{words})"
        r"(?:\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年)?"
    ), by_word


def milestone_year(view: str) -> tuple[int, int, int] | None:
    """The year 今年 is said to be by what it marks (今年是建党100周年: 2021; 今年是脱贫攻坚
    收官之年: 2020; ``data/year_milestones.csv``), with the span that says so; else None."""
    pattern, by_word = _milestones()
    for m in pattern.finditer(view):
        year, counted = next(v for w, v in by_word.items() if re.fullmatch(w, m["what"]))
        if counted:
            n = (int(m["n"]) if m["n"].isdigit() else cn_number(m["n"])) if m["n"] else None
            if not n:
                continue
            year += n
        return year, m.start(), m.end()
    return None
