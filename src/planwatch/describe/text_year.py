"""The year of writing a text's first years tell, where it prints no date (step 8 of
``refdate``).

The first year printed near the top is taken, not a horizon (到2025年, 2025年前) nor a base
(比2011年, 是2011年的); a news page that tells that year as done (2024年成绩单, 2010年全市…
达到…) was written after it, and so after the latest year it tells done in its opening (…2014年
已突破…；…2015年达到4723.9亿元: a review of 2016).

A work report's story of a term's results often prints no date but the base its figures
grow from: 五年来，…一般公共预算收入是2011年的1.9倍 (a look back of five years, 2012-2016,
compared with the year before it). That base is the year before the look back, never the
time of writing: the look back ends N years after it and the text is of the year after
that. A base year with no look back before it tells nothing and is passed over.
"""

from __future__ import annotations

import re

from planwatch.core.data import DocType
from planwatch.describe.asof import PART_YEAR_RE
from planwatch.describe.dates import cn_number
from planwatch.describe.release_year import YEAR_END_RE
from planwatch.describe.year_words import TITLE_YEAR_RE

# A look back over a number of years: 五年来, 过去五年, 近5年来, 这五年.
_LOOK_BACK_RE = re.compile(r"(?:过去|近|这)?\s*([三四五六七八九十两\d])\s*年(?:来|以来|间|里)")
# The word before a year that makes it a base: 比2011年, 较2011年, 是2011年的, 与2011年相比, and a
# change's start, 由2008年的128亿元增加到….
BASE_BEFORE = "比较是与同由"
_BASE_YEAR_RE = re.compile(rf"(?<=[{BASE_BEFORE}])\s*((?:19|20)\d{{2}})\s*年")
_SAME_PARAGRAPH = 400  # how far after the look back its base may be printed
TEXT_YEAR_CHARS = 300  # how far in the first year is looked for
# (A horizon, 到2025年 or 2025年前, is the year aimed at, not the document's; 2020年前三季度 and
# 2024年前5个月 are parts of the year, over when written.)
_TEXT_YEAR_RE = re.compile(
    r"(?<![到至止自从])((?:19|20)\d{2})\s*年"
    r"(?!\s*(?:前(?![一二三两]季度|[\d一二三四五六七八九十]{1,2}个?月)|以前|底前))"
)
# A news page's year told as done (2024年成绩单, 某市2024年实现…, 2024年国民经济运行情况) or opening the year's review
# (2012年，面对…形势，全区上下…): told after it.
# (…, not an aim's words: 2024年，全区将力争地区生产总值增长6%左右 is written before it.)
_NO_AIM = r"(?!将|力争|争取|计划|预计|确保|目标|要|可望|有望)"
_RESULT_OF_YEAR_RE = re.compile(
    r"\s*(?:全年)?\s*(?:实现|完成|达到|达(?=\s*\d)|成绩单|答卷|(?:国民)?经济(?:运行)?(?:数据|情况)|首次(?:突破|超过|迈上|跨越))|\s*[,，]\s*(?:面对|全[省市县区州旗盟]上下|累计(?:完成|实现))"
    rf"|\s*[,，]?\s*(?:全[省市县区州旗盟国]|我[国省市县区州旗盟])(?:{_NO_AIM}[^,，。；;]){{0,16}}?(?:达到|实现|完成|共)[^,，。；;\d]{{0,10}}\d"  # (2010年全市
    # 农民人均纯收入达到5287元; 2010年全省实现生产总值27100亿元; 2024年全区各类学校共招收44122人;
    # 2010年我国经济总量达到了39.8万亿元)
    # (a level stated: 2021年全县…人数1686人; 2010年全县GDP增长34.3%)
    rf"|\s*[,，]?\s*[全我][省市县区州旗盟](?:{_NO_AIM}[\u4e00-\u9fffA-Z]){{2,14}}\d"
    r"|\s*(?:末|底)\s*[,，]\s*全[省市县区州旗盟]"  # (2006年末，全市农业从业人员120万人: as of its end)
    # (2020年长沙 / 交答卷!: the year's answer sheet handed in, its results told)
    r"|\s*[\u4e00-\u9fff]{0,6}\s*交(?:出|上)?了?[^。\n，,]{0,10}?答卷"
    # (2018-2020年同期全盟均无投资活动: the same months of years over, compared)
    r"|\s*同期"
    # (2023年某地区生产总值为148.60亿元, 2023年某市实现地区生产总值258.4亿元: a place's figure
    # of that year stated, no aim's word)
    rf"|\s*(?:{_NO_AIM}[\u4e00-\u9fff]){{2,20}}?(?:为|达到?|实现)(?:{_NO_AIM}[\u4e00-\u9fff]){{0,12}}?\d"
    # (2019年底期末用工人数统计18310人: a figure as of a year's end, told after it)
    rf"|\s*(?:末|底)(?:{_NO_AIM}[^,，。；;\d]){{1,12}}?\d"
    # (随着2025年主要目标任务的全面完成: the year's aims told done, the year over)
    r"|\s*的?(?:主要|各项)?目标任务的?(?:全面|圆满|胜利)?(?:完成|实现)"
)

# A year's figure told past a threshold (重庆2011年GDP迈过了万亿门槛, 2024年全市生产总值突破5000亿元):
# the year over when told; not a part of it (2024年上半年…突破), nor an aim (力争2025年…突破).
_CROSSED_RE = re.compile(
    rf"\s*(?:(?![季月半]){_NO_AIM}[\u4e00-\u9fffA-Za-z]){{0,12}}?"
    r"(?:迈过|跨过|突破|迈上|跨上|跨入|越过)了?\s*[\d一二三四五六七八九十百千万亿]"
)
_AIM_BEFORE_RE = re.compile(r"(?:将|力争|争取|预计|有望|目标|到|要)\s*$")


def _crossed(view: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` opens its figure told past a threshold."""
    return bool(_CROSSED_RE.match(view, end)) and not _AIM_BEFORE_RE.search(
        view, max(0, start - 6), start
    )


# A year's development or plan told as carried out (一、2010年经济社会发展情况, 2010年计划执行情况, 2010年
# 工作回顾): the review part of a report of the year after, whatever its genre.
_REVIEW_HEAD_RE = re.compile(
    r"\s*(?:全[省市县区州旗盟])?(?:国民)?经济(?:和|与)?社会发展(?:计划执行)?(?:的?主要)?情况"
    r"|\s*(?:国民经济和社会发展)?计划(?:的)?执行情况|\s*工作回顾"
)


# A record or a trend since a year (该位次为2015年以来同期最好位次, 延续2023年以来持续回升向好
# 态势): told in a later year (the year itself so far is 今年以来).
_RECORD_SINCE_RE = re.compile(
    r"\s*以来[^，,。；;\d]{0,6}?(?:同期|最[高低好大快多少优]|首次|新高|新低|持续)"
)
_GOES_ON_FROM_RE = re.compile(r"(?:延续|保持)了?\s*$")


def _since_before(view: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` opens a record or a trend since it."""
    if _RECORD_SINCE_RE.match(view, end):
        return True
    return view.startswith("以来", end) and bool(
        _GOES_ON_FROM_RE.search(view, max(0, start - 4), start)
    )


# A year praised as a whole (精彩的2012年, 不平凡的2020年, 难忘的2019年): a year looked back on,
# as a report heads its review before its year ahead (奋进的2013年).
_LOOKED_BACK_ON_RE = re.compile(r"(?:精彩|难忘|不平凡|不寻常|辉煌|丰收|收获)的\s*$")
# A year's last day or close (2012年的最后一天，…召开): told as the year ends, with the year after
# ahead (为今年的发展制定目标: the year it opens).
_LAST_DAY_RE = re.compile(r"\s*(?:的)?(?:最后一天|岁末|年终岁尾|年末岁尾)")


def is_base_year(view: str, start: int) -> bool:
    """Whether the year printed at ``start`` follows a word that makes it a base."""
    i = start - 1
    while i >= 0 and view[i] in " \u3000\n":  # (分别是\n2007\n年的: a text layer's breaks)
        i -= 1
    return i >= 0 and view[i] in BASE_BEFORE


def first_not_base(
    pattern: re.Pattern[str], view: str, start: int, end: int
) -> re.Match[str] | None:
    """The first match of ``pattern`` (a year) in ``view[start:end]`` that is no base."""
    for m in pattern.finditer(view, start, end):
        if not is_base_year(view, m.start()):
            return m
    return None


def look_back_end(view: str, within: int, *, reached: bool = False) -> tuple[int, int, int] | None:
    """The last year of the first look back opening in ``view[:within]`` that a base year
    after it tells (the base plus N), with the base year's span; with ``reached``, also the
    year a change over it reached (六年来，…从2005年的28亿元增加到2011年的95亿元: 2011); else
    None."""
    for lb in _LOOK_BACK_RE.finditer(view, 0, within):
        years = cn_number(lb[1])
        if not years:
            continue
        stop = view.find("\n", lb.end())
        stop = min(lb.end() + _SAME_PARAGRAPH, len(view) if stop < 0 else stop)
        base = _BASE_YEAR_RE.search(view, lb.end(), stop)
        if base is not None:
            return int(base[1]) + years, base.start(1), base.end(1)
        end = _REACHED_YEAR_RE.search(view, lb.end(), stop) if reached else None
        if end is not None:
            return int(end[1]), end.start(1), end.end(1)
    return None


# The year a change over a look back reached (增加到2011年的, 提高到2011年).
_MOVED = "增加|增长|提高|上升|下降|减少|降低|扩大"
_REACHED_YEAR_RE = re.compile(rf"(?:{_MOVED})到\s*((?:19|20)\d{{2}})\s*年")


# Or the year a change reached, right before it, a structure's change too (…由2007年的
# 25.2:42.7:32.1调整为2011年的…).
_REACHED_BEFORE_RE = re.compile(rf"(?:{_MOVED}|调整|优化|演进)(?:到|为|至)\s*$")


# A change from one year's figure to a later year's (从2007年的…增加到2012年的…).
_CHANGE_TOLD_RE = re.compile(
    rf"(?:从|由)\s*(?:19|20)\d{{2}}\s*年(?:末|底)?的[^，,。；;]{{1,20}}?(?:{_MOVED}|调整|优化)(?:到|至|为)"
    r"\s*((?:19|20)\d{2})\s*年(?:末|底)?的"
)

# Words that make a change an aim (确定的主要指标：…由2023年的…增加到2026年的…).
_AIMED_BEFORE_RE = re.compile(r"目标|指标|预期|计划|规划|力争|争取|确保|将|要")


def _change_told(view: str) -> re.Match[str] | None:
    """The first change in the opening of ``view`` from one year's figure to a later's told
    as done: no aim's word before it in its sentence."""
    for m in _CHANGE_TOLD_RE.finditer(view, 0, TEXT_YEAR_CHARS):
        opens = max(view.rfind("。", 0, m.start()), view.rfind("\n", 0, m.start())) + 1
        if not _AIMED_BEFORE_RE.search(view, opens, m.start()):
            return m
    return None


# A two-year average growth against a base year named beside it (比2019年同期增长9.3%，两年平均增长
# 4.5%; 两年平均增速是指以2019年相应同期数为基数…).
_TWO_YEAR_BASE_RE = re.compile(
    r"(?:比|较)\s*(?P<b1>(?:19|20)\d{2})\s*年同期[^。；;]{0,30}?两年(?:平均|年均)"
    r"|两年(?:平均|年均)[^。；;]{0,40}?以\s*(?P<b2>(?:19|20)\d{2})\s*年[^。；;，,]{0,8}?为基"
)

# A two-year average growth with no base named (一季度…同比增长12.8%，两年平均增长5.1%): the
# measure statistics bureaus published through 2021 only, against 2019's pre-pandemic level.
_TWO_YEAR_AVERAGE_RE = re.compile(r"两年(?:平均|年均)\s*(?:\[[^\]]{1,3}\])?\s*(?:增长|增速|下降)")
_TWO_YEAR_AVERAGE_YEAR = 2021
# A part of the year with no year of its own (一季度，…; 1-5月，…): its figures are out in the
# month after it ends.
_PART_RE = re.compile(r"(?<!年)(?<!\d)(?:(一季度|上半年|前三季度)|1\s*[-—–~～至]\s*(\d{1,2})\s*月)")
_PART_ENDS = {"一季度": 3, "上半年": 6, "前三季度": 9}


def part_month(view: str) -> int | None:
    """The month the first part of a year named in the opening of ``view`` with no year of
    its own is told in (一季度: April), or None."""
    m = _PART_RE.search(view, 0, TEXT_YEAR_CHARS)
    if m is None:
        return None
    ends = int(m[2]) if m[2] else _PART_ENDS[m[1]]
    return ends + 1 if 1 <= ends <= 11 else None


def two_year_covered(view: str, year: int | None) -> tuple[int, int, int] | None:
    """The year a communiqué dated ``year`` covers where it reports two-year average growth
    (两年平均增长): 2021, the one year such releases measured against 2019, once its page is
    dated after the year it would be published (a copy posted later), with the words' span."""
    m = _TWO_YEAR_AVERAGE_RE.search(view, 0, 4 * TEXT_YEAR_CHARS)
    if m is None or year is None or year <= _TWO_YEAR_AVERAGE_YEAR + 1:
        return None
    return _TWO_YEAR_AVERAGE_YEAR, m.start(), m.end()


def text_year(view: str, told: bool, covered: bool) -> tuple[int, str, int, int] | None:
    """The year of writing the opening of ``view`` tells, with the basis and the span that
    tell it: a look back's end after its base, else the first year printed (the year
    after it where the genre covers a year, ``covered``, or a ``told`` page tells it done,
    and no earlier than the year after the latest it tells done)."""
    m = _TEXT_YEAR_RE.search(view, 0, TEXT_YEAR_CHARS)
    if m is not None and is_base_year(view, m.start()):
        # (五年来，…是2011年的1.9倍: the year before a look back, which tells its end; a
        # base year alone tells nothing of when the text was written)
        ended = look_back_end(view, TEXT_YEAR_CHARS)
        if ended is not None:
            return ended[0] + 1, "look_back_base", ended[1], ended[2]
        m = first_not_base(_TEXT_YEAR_RE, view, m.end(), TEXT_YEAR_CHARS)
    if m is None and told and (ended := look_back_end(view, TEXT_YEAR_CHARS, reached=True)):
        return ended[0] + 1, "look_back_base", ended[1], ended[2]  # (六年来…增加到2011年的…)
    if m is None and (two := _TWO_YEAR_BASE_RE.search(view, 0, 2 * TEXT_YEAR_CHARS)):
        # (比2019年同期增长9.3%，两年平均增长4.5%: the year two after the base, as releases of
        # 2021 measured against 2019's pre-pandemic figures)
        year = int(two["b1"] or two["b2"])
        return year + 2, "two_year_base", two.start(), two.end()
    if m is None and told and (moved := _change_told(view)):
        # (…从2007年的6423.2亿元增加到2012年的1.6万亿元: a change told done, after its end)
        return int(moved[1]) + 1, "text_year", moved.start(1), moved.end(1)
    if m is None and (two := _TWO_YEAR_AVERAGE_RE.search(view, 0, 2 * TEXT_YEAR_CHARS)):
        year = _TWO_YEAR_AVERAGE_YEAR + (1 if covered else 0)
        return year, "two_year_base", two.start(), two.end()
    if m is None:
        # (记者从2020年前三季度经济运行情况新闻通气会上获悉: a part of a year named is over when
        # told, whatever word leads it)
        part = PART_YEAR_RE.search(view, 0, TEXT_YEAR_CHARS)
        return None if part is None else (int(part[1]), "text_year", part.start(), part.end())
    done = told and _RESULT_OF_YEAR_RE.match(view, m.end())
    done = done or _LOOKED_BACK_ON_RE.search(view, max(0, m.start() - 6), m.start())
    done = done or _LAST_DAY_RE.match(view, m.end())
    done = done or _REACHED_BEFORE_RE.search(view, max(0, m.start() - 8), m.start())
    done = done or _since_before(view, m.start(), m.end())
    done = done or (told and _crossed(view, m.start(), m.end()))
    done = done or _REVIEW_HEAD_RE.match(view, m.end())
    # (1至2月份，…延续2014年四季度走势, 比2014年12月份回升: a part of the year after that year's end)
    done = done or (YEAR_END_RE.match(view, m.end()) and part_month(view) is not None)
    year = int(m[1]) + (1 if covered or done else 0)
    if told:
        for later in _TEXT_YEAR_RE.finditer(view, m.end(), TEXT_YEAR_CHARS):
            if int(later[1]) >= year and _RESULT_OF_YEAR_RE.match(view, later.end()):
                return int(later[1]) + 1, "text_year", later.start(), later.end()
    return year, "text_year", m.start(), m.end()


def covered_year(
    view: str, doc_type: DocType, year: int | None
) -> tuple[int, str, int, int] | None:
    """The year a communiqué dated ``year`` covers where its page was posted years later: its
    title's (2007年…统计公报 dated 2010), or, titled by no year, 2021 where it reports two-year
    averages (:func:`two_year_covered`); with the basis and the span; else None."""
    if doc_type is not DocType.STATISTICAL_COMMUNIQUE or year is None:
        return None
    m = TITLE_YEAR_RE.search(view)
    if m is None:
        two = two_year_covered(view, year)
        return None if two is None else (two[0], "two_year_base", two[1], two[2])
    if m[2] != "统计公报" or year <= int(m[1]) + 1:
        return None
    return int(m[1]), "title", m.start(), m.end()
