"""Values of prose sentences: which numbers state a quantity, with their unit and span.

A number is a value when a unit follows it (or a list member borrows the next one's), and
it is not a date, a list number, a version, a name (5G, 三大), a size class (亿元以上项目)
or inside a quoted name. Special forms (ranks, fractions, 翻一番, 零 outcomes…) are read by
:mod:`planwatch.extract.prose_special` and passed in; ratios (2.4:58.9:38.7) give a
share per part. Every span indexes the stored text (the view has the same length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from planwatch.core.data import Comparator, Fact
from planwatch.core.units import UnitInfo, UnitMatch, match_unit_at, unit_info
from planwatch.extract.cues import cues, words, words_re
from planwatch.extract.numbers import NumberMatch
from planwatch.extract.prose_names import RANK_GROUP_MEMBERS
from planwatch.extract.prose_ratios import RATIO_COLONS as RATIO_COLONS  # (prose_firstpass')
from planwatch.extract.prose_ratios import is_ratio_colon as is_ratio_colon  # (prose_clauses')
from planwatch.extract.prose_ratios import ratio_values
from planwatch.extract.prose_shared import share_list_comparators
from planwatch.extract.prose_special import (
    SUFFIX_CMP,
    SUFFIX_CMP_RE,
    Value,
    in_quotes_or_title,
)
from planwatch.extract.prose_special import special_values as special_values  # (table cells')
from planwatch.extract.prose_units import (
    bare_growth,
    index_before,
    joined_over_blanks,
    list_point_unit,
    point_unit,
    scale_before_word,
)

_LATIN = re.compile(r"[A-Za-z]")
_ACRONYM_AMOUNT_RE = re.compile(r"(?:GDP|GNP|GNI)\d+(?:\.\d+)?\s*(?:万|亿)?(?:元|美元)")
# Units a figure is stated in only when it measures something (time spans and
# event counters after Chinese numerals are names or slogans: 三年行动, 三次会议).
_CHINESE_SKIP_DIMS = {"count_events", "years", "days", "months", "hours", "minutes", "rank"}
_COUNT_DIMS = {
    "count",
    "count_firms",
    "count_items",
    "count_cases",
    "count_schools",
    "count_dwellings",
    "count_beds",
    "count_vehicles",
    "count_machines",
    "count_ships",
    "count_livestock",
    "count_trees",
    "count_batches",
    "count_events",
}
# Dimensions whose "N unit 以上 + noun" defines a category (亿元以上项目, 60周岁以上老人).
_THRESHOLD_DIMS = {
    "money",
    "money_usd",
    "age",
    "area",
    "mass",
    "power",
    "length",
    "households",
    "people",
    "energy_coal",
    "electricity",
    "years",
}
_THRESHOLD_AFTER = re.compile(
    r"(?:[(（][^)）]{0,12}[)）])?[)）]?\s*口?(?:及)?(?:以上|以下)的?(?=[\u4e00-\u9fff“])"
)
# A population class (20万人口以上城市, 300万以上人口城市) or a size class by a bare magnitude
# (5千万以上的67个, 5千万以下项目: projects by size, 元 left out; comm25; 年主营业务收入2000万
# 及以上工业企业, a word of the kind before the noun): a threshold, no fact.
_SCALE_CLASS_AFTER = words_re(
    "group_noun", r"\s*及?(?:以上|以下)(?:人口|的\s*(?=\d)|的?[\u4e00-\u9fff]{0,2}?(?:{}))"
)
# A bare 千/百 is a round figure only after an approximating word: 近千亩, 超百亿元.
_ROUND_LEAD = words("round_lead")
_CLASS_AFTER = re.compile(r"\s*(?:级|乃至)")
# An age followed by whom it is the age of: 0-14岁人口, 60岁老人 (not 78岁以上, 78岁左右, nor
# a life expectancy's start point: 由2015年的76.8岁提高到…).
_AGE_CLASS_AFTER = re.compile(
    r"(?![以及左和、]|提高|增加|增长|延长|上升|下降|降低|缩短|减少|高于|低于)[\u4e00-\u9fff]"
)
# A radius that defines a coverage rate (公交站点500米覆盖率, 15分钟 is a time's own).
_COVERAGE_AFTER = re.compile(r"\s*(?:半径)?(?:覆盖率|覆盖面|服务半径)")
_RANGE_SEP_RE = re.compile(r"\s*[-—–~～至到]\s*")
# (个季度: a span of quarters, 连续10个季度超过全国平均水平 — how long, not a count.)
_DATE_AFTER_RE = re.compile(
    r"^\s*(?:月|日|号|时|点(?![\d一二三四五六七八九])|周年|世纪|年代|个?季度)"
)
# The number of a caption (表1, 附表2, 图3, 专栏4 at a line's start or after 见/如/从/据): a label,
# even when the title after it opens with a measure word (表1 株洲市…, 表2 张家口市…).
_CAPTION_BEFORE_RE = re.compile(r"(?:^|[\n\r\t 　（(见如从据])(?:附?表|图|专栏)\s*$")
# A number right after 每, or after 每个 and what is counted: a rate's base or a norm per unit
# (孕产妇死亡率以每10万活产计, 每个乡镇1所卫生院), not a measured figure (每人每月640元, 每个县
# 建成1个 are).
# A concentration put per cubic metre before its figure (年均浓度从每立方米39微克下降到25微克).
_PER_CUBIC_RE = re.compile(r"每立方米[^,，。;；]{0,12}$")
_PER_BEFORE_RE = words_re("group_noun", r"每(?:一?个[\u4e00-\u9fff]{0,3}?(?:{}))?\s*$")
# A figure passed (超20亿元) right before a group it defines and counts (的县达到56个, 的17个): a
# threshold; the area's own figure when the group is not counted (唯一一个超过1亿的省份).
_PASSED_BEFORE_RE = words_re("passing_lead", "(?:{})$")
# How such a group is counted (56个, 18户 of firms as registers count them).
_GROUP_COUNT = r"[\d一二三四五六七八九十两]+\s*(?:个|家|座|项|户)"
_GROUP_AFTER_RE = words_re("group_noun", r"\s*的(?:(?:{})[^,，。;；\d]{0,8}?)?\s*" + _GROUP_COUNT)
# The same with words before the group's noun (超10亿元的重大产业项目累计开工312个, 超过200亿元的
# 县（市）由2015年的7个增加到…), the group left unsaid (超过200亿元的有3个) or named by any short
# noun right before its count (年销售额超10亿元的商业中心6个: what is counted is the group).
_GROUP_LATER_RE = words_re(
    "group_noun",
    r"\s*的(?:[^,，。;；\d“”]{0,6}?(?:{})[^,，。;；]{0,16}?|[^,，。;；\d“”]{1,8}?)" + _GROUP_COUNT,
)
# The same with the group's noun glued to the figure, a word or two before it, and counted after
# it (超百亿元企业11家, 过亿元项目56个, 超1亿美元外资项目32个, 超百亿元企业达到9户): a size class.
_GROUP_GLUED_RE = words_re(
    "group_noun", r"\s*[^,，。;；\d的]{0,3}?(?:{})[^,，。;；\d]{0,6}?\s*" + _GROUP_COUNT
)
# A group counted before the figure it passed (17县市财政总收入超20亿, 5个县区地区生产总值突破
# 300亿元): the figure defines the group.
_COUNTED_GROUP_RE = words_re(
    "group_noun", r"(?<![\d.第])[\d一二三四五六七八九十两]+\s*个?(?:{})[^,，;；。\d]{0,14}$"
)
# A part of a group counted (or said to be a part) right before the figure it passes or falls
# short of (10个区中，有7个两年年均增速超过5%; 9个县城中有6个城区常住人口不足20万人; 部分
# 学校班额超过45人): the figure is the line that sorts the group, no one's result.
_PART_PASSING_RE = re.compile(
    r"(?:中[,，]?\s*(?:仍|还|只|仅)?(?:有|共有)?\s*[\d一二三四五六七八九十两]+\s*个|部分)"
    r"[^,，;；。\d]{0,16}?(?:超过|超|高于|不足|低于|不到)\s*$"
)
# The projects a plan lists, counted (《纲要》确定的重大项目共350项, 纳入规划的重点项目126个, 规划
# 的40个重点项目): the plan's own composition, no fact (GOLD_SPEC); how many of them started is.
_OWN_PROJECTS_BEFORE_RE = words_re(
    "own_plan",
    r"(?:{})》?[^,，。;；\d]{0,6}?的[^,，。;；\d]{0,12}?(?:项目(?:共计|共|总计|合计)?)?\s*$",
)
_PROJECTS_AFTER_RE = re.compile(r"[^,，。;；\d]{0,4}?项目")
# The area's county-level parts counted right after the area (全州16个县（市）发展差距明显): its
# composition, no measured figure; parts that did something are counted with 有, with all of
# them doing it (全市12个县（市、区）全部通过…认定) or without the area before them (全市有5个
# 县（区）增速高于…, 5个县（区）全部建成…).
_AREA_BEFORE_RE = re.compile(r"全[省市州县区盟旗]\s*$")
_AREA_PARTS_AFTER_RE = re.compile(
    r"\s*(?:县|市|区|旗)(?![^,，。;；]{0,16}?(?:全部|均|都|全面|实现|已))"
)
# A count of a group the area is one of (列为全国18个…试点之一, 全省首批10个…城市之一): the
# group's size, not the area's figure.
_ONE_OF_AFTER_RE = re.compile(r"[^,，。;；:：\d]{0,16}?之一")
_YEARS_OK_RE = words_re("years_ok")
_TIME_OK_RE = words_re("time_ok")
_SCORE_OK_RE = words_re("score_ok")
_SCORE_SCALE_RE = words_re("score_scale", "(?:{})(?:为|是)?$")


def sentence_values(
    view: str,
    s: int,
    e: int,
    numbers: list[NumberMatch],
    extra: list[Value],
    maybe: list[bool] | None = None,
) -> list[Value]:
    """The values of the sentence ``view[s:e]``, in text order, none overlapping another
    (``maybe``: :func:`~planwatch.extract.prose_firstpass.maybe_values` of ``numbers``,
    when known; a number it rules out is not read)."""
    extra = [v for v in extra if not _passed_group(view, s, v)]
    ratios, ratio_taken = ratio_values(view, numbers)
    taken: list[tuple[int, int]] = [(v.num_start, v.num_end) for v in extra + ratios]
    taken += [(n.span.start, n.span.end) for n in numbers if n.span.start in ratio_taken]
    vals: list[Value] = list(extra) + ratios
    skip_until = -1
    uppers: dict[int, int] = {}  # the upper bounds of ranges (6.5%—7%: the 7%) -> lower's
    for i, n in enumerate(numbers):
        ns, ne = n.span.start, n.span.end
        if (maybe is not None and not maybe[i]) or ns < skip_until:
            continue
        if any(a <= ns < b for a, b in taken):
            continue
        v = _value_of(view, s, e, n, numbers[i + 1 :])
        if v is None:
            continue
        if v.range_upper >= 0:
            uppers[v.range_upper] = v.num_start
        elif ns in uppers:
            v.range_lower = uppers[ns]
            if v.comparator is None:
                v.comparator = Comparator.LE  # (a suffix word, 7%左右, says more)
        if v.num_end > ne:
            skip_until = v.num_end
        vals.append(v)
    vals.sort(key=lambda v: v.start)
    # Drop values overlapping an earlier one (a rank also seen as a number, ...).
    kept: list[Value] = []
    for v in vals:
        if kept and v.start < kept[-1].end:
            continue
        kept.append(v)
    share_list_comparators(view, s, kept)  # (分别达到95%和80%以上: 以上 is both figures')
    return [
        v
        for v in kept
        if not in_quotes_or_title(view, v.num_start, s)
        or _quoted_statement(view, v, s)
        or v.fixed_measure is not None
        and v.value == 0
    ]


# What closes a quoted statement after its value: 达到8%” (a close quote, maybe after a mark
# passed: 9万亿俱乐部”).
_QUOTE_CLOSE_RE = re.compile(r"\s*”")


def _quoted_statement(view: str, v: Value, s: int) -> bool:
    """Whether a quoted value is a statement quoted from a plan (“增速达到8%”, “9万亿俱乐部”)
    rather than part of a name (“1+N”, “十四五”): the value ends the quote and a value cue
    leads to it or a mark passed follows it."""
    C = cues()
    end = v.after_end
    milestone = C.milestone_re.match(view, end)
    if milestone:
        end = milestone.end()
    if not _QUOTE_CLOSE_RE.match(view, end):
        return False
    opened = view.rfind("“", s, v.start)
    if opened < 0:
        return False
    v.quote_open = opened
    return bool(milestone) or C.chain_re.search(view, opened + 1, v.start) is not None


@dataclass(slots=True)
class _Unit:
    """The unit read after a number, and where the value's span ends."""

    info: UnitInfo | None
    unit_end: int
    paren: bool  # the unit follows a bracket: (5000)亩
    approx_more: bool  # 多/余 after the number: 2万多名
    end_unit: int  # where the unit itself ends


def _unit_after(view: str, ne: int) -> _Unit | None:
    """The unit after a number ending at ``ne``; None for a number glued to Latin (5G)."""
    pos = ne
    approx_more = False
    if view[pos : pos + 1] in ("多", "余"):
        pos += 1
        approx_more = True
    um = match_unit_at(view, pos)
    if (
        um is not None
        and um.info.dimension == "scale"
        and view[um.end : um.end + 1] in ("多", "余")
    ):
        # 2万多名: the scale, 多, then the counter.
        um2 = match_unit_at(view, um.end + 1, skip_spaces=False)
        both = unit_info(um.info.printed + um2.info.printed) if um2 else None
        if both is not None and um2 is not None:
            um = UnitMatch(both, um.start, um2.end)
            approx_more = True
    if um is not None:
        um = scale_before_word(view, point_unit(view, joined_over_blanks(view, um)))
    unit_end = um.end if um else pos
    paren = False
    if um is None and view[pos : pos + 1] in (")", "）"):
        um = match_unit_at(view, pos + 1, skip_spaces=False)
        paren = um is not None
        unit_end = pos  # the value is the number itself: (5000)亩
    if um is None and _LATIN.match(view[ne : ne + 1] or " "):
        return None  # 5G, 3A
    if um is not None and um.info.unit == "人" and view[um.end : um.end + 1] == "均":
        return _Unit(None, pos, False, approx_more, pos)  # 2人均地区生产总值: a row's number
    return _Unit(um.info if um else None, unit_end, paren, approx_more, um.end if um else pos)


# The group a rank is taken in, counted (全省11个设区市中居第4位, 全国31个省（区、市）中排名第21).
_RANK_GROUP_RE = re.compile(
    r"\s*个?(?:" + RANK_GROUP_MEMBERS + r"|城市|地市|省|市|县|区)中[^,，。;；\d]{0,4}?"
    r"(?:居|位居|位列|排名|排位|排|列)第"
)
_WHOLE_AREAS = frozenset({"全国", "全省", "全市", "全区", "全县"})
# A year and a dash or slash before a month, or a year-month before a day (2026-03-05, 2026/3/5).
_ISO_DATE_BEFORE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}([-/])(?:\d{1,2}\1)?$")


def _not_a_value(view: str, n: NumberMatch) -> bool:
    """Numbers that never state a quantity whatever follows: 第3, +1, 5G, 2.0, dates."""
    ns, ne = n.span.start, n.span.end
    before = view[ns - 1] if ns > 0 else ""
    if before == "第" or before == "+":
        return True
    if before and _LATIN.match(before):
        # (PM2.5, 5G, G20: a name; but an economic acronym before an amount in its money unit,
        # 人均GDP17861元, is the amount's name glued to it)
        return not _ACRONYM_AMOUNT_RE.match(view, max(0, ns - 3))
    if before in ".．" and ns >= 2 and view[ns - 2].isdigit():
        return True  # 2.0 after a name ("数字政府"2.0) or a version number
    if n.chinese and n.raw in ("零", "〇"):
        return True
    if _CAPTION_BEFORE_RE.search(view, max(0, ns - 6), ns):
        return True
    if _PER_BEFORE_RE.search(view, max(0, ns - 8), ns):
        return True
    if ne - ns <= 2 and _ISO_DATE_BEFORE_RE.search(view, max(0, ns - 8), ns):
        return True  # the month or day of 2026-03-05 (a page's date run into its text)
    after = view[ne : ne + 12]
    if _RANK_GROUP_RE.match(view, ne) and view[max(0, ns - 2) : ns] in _WHOLE_AREAS:
        return True  # 在全省11个设区市中居第4位: the size of the group ranked in
    return after[:1] == "+" or bool(_DATE_AFTER_RE.match(after))


def _value_of(
    view: str, s: int, e: int, n: NumberMatch, following: list[NumberMatch]
) -> Value | None:
    if _not_a_value(view, n):
        return None
    ns, ne = n.span.start, n.span.end
    u = _unit_after(view, ne)
    if u is None or (u.paren and n.chinese):
        return None  # (十一)人口集聚能力增强: a section's number, not (5000)亩
    info, value = u.info, n.value
    if info is not None and info.unit == "个" and following:
        listed = list_point_unit(view, u.end_unit, following)
        if listed is not None:
            info = listed[0]  # 1.7个、3.2个、4.0个百分点: the list's unit, written once
    comparator: Comparator | None = Comparator.GE if u.approx_more else None
    end = u.unit_end if not u.paren else ne
    if (
        info is None
        and view.startswith("微克", ne)
        and _PER_CUBIC_RE.search(view, max(0, ns - 16), ns)
    ):
        info, end = unit_info("微克/立方米"), ne + 2  # (每立方米39微克: a concentration)
    num_end = ne
    # Ranges 6%-7%, 8%—8.5%, 2~3位: two facts, the lower bound a floor (ge) and the upper a
    # ceiling (le, set by the caller); a bare lower bound takes the upper's unit (6.5—7%).
    # A count written compactly with a hyphen (建成3-4所, 40-50名) is one figure, a floor; a
    # rate so written (增长8-8.5%) is a range.
    range_upper = range_end = -1
    rm = _RANGE_SEP_RE.match(view, u.unit_end) if following else None
    if rm and rm.group().strip() in ("至", "到") and view[max(0, ns - 1) : ns] in ("从", "由"):
        rm = None  # (从7万亿元到11万亿元: a change's start and end, no range)
    if rm and following and following[0].span.start == rm.end():
        nxt = following[0]
        um2 = match_unit_at(view, nxt.span.end)
        if (info is None or (um2 and um2.info.unit == info.unit)) and nxt.value > value:
            compact = info is None and rm.group().strip() in ("-", "－")
            compact = compact and not (um2 and um2.info.unit == "%")  # (8-8.5%: rates' range)
            if info is None and um2 is not None:
                info = um2.info
            comparator, range_end = Comparator.GE, um2.end if um2 else nxt.span.end
            if compact:
                end, num_end = range_end, nxt.span.end
            else:
                range_upper = nxt.span.start
    if info is None:
        info = _borrowed_unit(view, ne, following)
        if info is None and not n.chinese and n.value < 1000 and bare_growth(view, ns, ne):
            # (增长5.2，: a growth whose % sign was dropped, unless a ratio's bare change)
            info = None if index_before(view, s, ns) else unit_info("%")
        if info is None:
            return _index_value(view, s, n)
    # (A range's class is read after its upper bound: 0-14岁人口, 15-64岁人口.)
    if not _states_quantity(view, s, e, n, info, range_end if range_end >= 0 else u.unit_end):
        return None
    sm = SUFFIX_CMP_RE.match(view, end)
    after_end = end
    if sm and not u.paren:
        comparator = SUFFIX_CMP[sm.group(1)]
        end = after_end = sm.end()
    elif u.paren:
        after_end = u.end_unit
    if info.multiplier != 1:
        value = round(value * info.multiplier, 10)
    if _MINUS_BEFORE_RE.match(view, max(0, ns - 2)) and num_end == ne:
        ns, value = ns - 1, -value
    v = Value(ns, end, ns, num_end, value, info.unit, info, comparator, after_end)
    v.range_upper, v.range_end = range_upper, range_end
    return v


def _index_value(view: str, s: int, n: NumberMatch) -> Value | None:
    """A number without a unit that states an index or a ratio named before it
    (价格指数为102.5, 差异系数缩小到0.4左右); None for any other bare number."""
    ns, ne = n.span.start, n.span.end
    if n.chinese or n.value >= 1000 or not index_before(view, s, ns):
        return None
    sm = SUFFIX_CMP_RE.match(view, ne)
    end = sm.end() if sm else ne
    comparator = SUFFIX_CMP[sm.group(1)] if sm else None
    return Value(ns, end, ns, ne, n.value, None, None, comparator, end)


# A minus sign before a number, after a word that gives a value (增长率为-0.13‰, 增速-2.1%,
# 自然增长率-3.34‰) or a list's comma (分别为-5.2%、-3.1%), not the dash of a range (6%-7%).
_MINUS_BEFORE_RE = re.compile(r"[为是:：,，(（长幅速率、和及][-−－]")


def _borrowed_unit(view: str, ne: int, following: list[NumberMatch]) -> UnitInfo | None:
    """A bare number's unit borrowed from the next list member (2.1、0.4个百分点), or from
    the first member after it that prints one, the members between bare as well
    (0.7、2.6和4.7个百分点: the three figures share the unit written once, at the end)."""
    for member in following[:_LIST_MEMBERS]:
        k = ne
        while k < len(view) and view[k] in "、和及 ":
            k += 1
        if k == ne or member.span.start != k:
            return None
        um2 = match_unit_at(view, member.span.end)
        if um2 is not None:
            return um2.info if um2.info.dimension not in ("years",) else None
        ne = member.span.end
    return None


# The most members a list of bare figures sharing one unit runs to.
_LIST_MEMBERS = 6


def _states_quantity(
    view: str, s: int, e: int, n: NumberMatch, info: UnitInfo, unit_end: int
) -> bool:
    """Whether a number with this unit states a quantity here (not a span of years in a
    name, a small Chinese numeral of a slogan, a size class or a meeting count)."""
    ns, value, dim = n.span.start, n.value, info.dimension
    if dim == "years" and (value >= 1900 or not _YEARS_OK_RE.search(view, s, ns)):
        return False
    if dim == "return_period" and value >= 1900:
        return False  # 2020年一遇 is a year before 一遇, never a flood standard
    if dim in ("days", "months", "hours", "minutes") and not _TIME_OK_RE.search(
        view, max(s, ns - 30), min(e, ns + 20)
    ):
        return False
    if dim == "score" and (
        not _SCORE_OK_RE.search(view, max(s, ns - 30), ns)
        or _SCORE_SCALE_RE.search(view[max(s, ns - 6) : ns])
    ):
        return False  # 10时30分, 满分100分: a clock time or the scale, not a score
    if (
        n.chinese
        and not _chinese_quantity(view, n, info)
        and not _count_told_last(view, n, info, unit_end)
    ):
        return False
    if dim in _THRESHOLD_DIMS and (
        _THRESHOLD_AFTER.match(view, unit_end) or _bracketed_class(view, s, ns, unit_end)
    ):
        return False
    if dim == "scale" and _SCALE_CLASS_AFTER.match(view, unit_end):
        return False
    if _PASSED_BEFORE_RE.search(view, max(0, ns - 3), ns) and _defines_group(view, s, ns, unit_end):
        return False  # 财政总收入超20亿元的县: a group the threshold defines
    if (
        info.unit == "个"
        and _AREA_BEFORE_RE.search(view, max(s, ns - 3), ns)
        and _AREA_PARTS_AFTER_RE.match(view, unit_end)
    ):
        return False  # 全州16个县（市）: the area's composition
    if dim.startswith("count") and _ONE_OF_AFTER_RE.match(view, unit_end):
        return False  # 全国18个…之一: the size of a group the area belongs to
    if _PART_PASSING_RE.search(view, max(s, ns - 30), ns):
        return False  # 有7个两年年均增速超过5%: the line that sorts a group
    if dim == "voltage" or (dim == "age" and _AGE_CLASS_AFTER.match(view, unit_end)):
        return False  # 500千伏变电站, 0-14岁人口: a class of equipment or people
    if dim == "length" and _COVERAGE_AFTER.match(view, unit_end):
        return False  # 公交站点500米覆盖率: the radius is part of the rate's name
    if _CLASS_AFTER.match(view, unit_end) or view[max(0, ns - 3) : ns].endswith(("乃至", "乃至超")):
        return False  # 超百亿乃至超五百亿的企业, 10亿元乃至30亿元项目: size classes
    return not (dim == "count_events" and view.startswith(("会议", "全会"), unit_end))


# A class's line told in a bracket of its own (规模以上工业企业（年主营业务收入2000万元及以上）,
# 限额以上（年销售额500万元以上）批发业): the bracket opens on words and closes after the line.
_CLASS_BRACKET_BEFORE_RE = re.compile(r"[(（][^()（）\d,，。;；]{0,12}$")
_CLASS_BRACKET_AFTER_RE = re.compile(r"\s*及?(?:以上|以下)[^()（）\d,，。;；]{0,8}?[)）]")


def _bracketed_class(view: str, s: int, ns: int, unit_end: int) -> bool:
    """Whether a figure is the line of a class defined in a bracket around it."""
    return bool(
        _CLASS_BRACKET_AFTER_RE.match(view, unit_end)
        and _CLASS_BRACKET_BEFORE_RE.search(view, max(s, ns - 13), ns)
    )


def _defines_group(view: str, s: int, ns: int, unit_end: int) -> bool:
    """Whether a figure passed (its number from ``ns``, its unit to ``unit_end``) is the
    threshold of a group counted around it (see ``_GROUP_AFTER_RE`` and the three after it)."""
    return bool(
        _GROUP_AFTER_RE.match(view, unit_end)
        or _GROUP_LATER_RE.match(view, unit_end)
        or _GROUP_GLUED_RE.match(view, unit_end)
        or _COUNTED_GROUP_RE.search(view, max(s, ns - 24), ns)
    )


def _passed_group(view: str, s: int, v: Value) -> bool:
    """Whether a magnitude passed without a number (超过亿元的企业10家, 突破百亿元的县有3个)
    defines a group, as a passed figure with its number does (``_states_quantity``)."""
    info = v.unit_info
    return (
        v.comparator is Comparator.GE
        and info is not None
        and info.dimension in _THRESHOLD_DIMS
        and _defines_group(view, s, v.start, v.after_end)
    )


def own_projects(view: str, s: int, v: Value) -> bool:
    """Whether a count is of the projects the plan itself lists (see ``_OWN_PROJECTS_BEFORE_RE``;
    read once the value has bounded its neighbours' names, which it still does)."""
    if v.unit not in ("个", "项"):
        return False
    ns, unit_end = v.num_start, v.after_end
    before = _OWN_PROJECTS_BEFORE_RE.search(view, max(s, ns - 30), ns)
    if before is None:
        return False
    return before.group().rstrip().endswith(("项目", "共", "计")) or bool(
        _PROJECTS_AFTER_RE.match(view, unit_end)
    )


# A count told last, after what it counts and before the clause ends (新建投用储能电站两座。,
# 改造提升农贸市场三个；): the statistical order of a result, as 三大, 一批, 两个 before a noun are
# names; a sequence, group or share word before it (前两家, 等三个, 其中的两座) tells no result.
_COUNT_LAST_AFTER_RE = re.compile(r"[，,。；;]")
_COUNT_LAST_BEFORE_RE = re.compile(r"[\u4e00-\u9fff](?<![第前等这那每各其近约共的])$")


def _count_told_last(view: str, n: NumberMatch, info: UnitInfo, unit_end: int) -> bool:
    ns = n.span.start
    return (
        n.value >= 2
        and countable_last(info)
        and bool(_COUNT_LAST_AFTER_RE.match(view, unit_end))
        and bool(_COUNT_LAST_BEFORE_RE.search(view, max(0, ns - 1), ns))
    )


def countable_last(info: UnitInfo) -> bool:
    """Whether a small Chinese numeral before the unit ``info`` may be a count told last
    (储能电站两座): a plain count's unit, not of events or batches (三次, 一批: names) nor with a
    万/亿 scale."""
    dim = info.dimension
    return dim in _COUNT_DIMS and dim not in ("count_events", "count_batches") and info.factor == 1


def _chinese_quantity(view: str, n: NumberMatch, info: UnitInfo) -> bool:
    ns, value, dim = n.span.start, n.value, info.dimension
    if (
        not any(ch in "零〇一二两兩三四五六七八九" for ch in n.raw)
        and not (n.raw in ("百", "千") and view[ns - 1 : ns] in _ROUND_LEAD and dim != "scale")
        and not (n.raw == "十" and dim in ("ratio", "ratio_change"))
    ):
        return False  # 千亩茶园, 百县千镇: a bare 千/百 is a name, not a count (十个百分点 is)
    return chinese_unit_states(info, small=value < 10)


def chinese_unit_states(info: UnitInfo, *, small: bool) -> bool:
    """Whether a Chinese numeral (under ten when ``small``) before the unit ``info`` can
    state a quantity: never before a unit of time or events (十年, 三次); under ten only
    before 万/亿 amounts, % and 倍 (三万人, 两倍), as 二元结构, 三大, 一批 are names."""
    dim = info.dimension
    if dim in _CHINESE_SKIP_DIMS or (small and dim in _COUNT_DIMS):
        return False
    return not small or info.unit in ("%", "倍") or (info.factor >= 1e4 and dim != "scale")


def as_its_lower_bound(fact: Fact, v: Value, facts: list[Fact], values: list[Value]) -> Fact:
    """An upper bound of a range (提升2~3位: the 3位) in the kind, year and period of its
    lower bound, which the words before the range decided."""
    if v.range_lower < 0:
        return fact
    lower = next((w for w in values if w.num_start == v.range_lower), None)
    low = next((f for f in facts if lower is not None and f.start == lower.start), None)
    if low is None or low.measure != fact.measure:
        return fact
    return replace(
        fact, kind=low.kind, year=low.year, period_start=low.period_start, evidence=low.evidence
    )
