"""Units of prose values that the unit table alone does not give, and magnitudes stated
without a number (突破万亿元, 跨过双千亿, 逾万亿): one of the scale, at least. Units: a unit cut by junk
blanked inside it (個(ge)百分(fen)點), the percentage point of a list written once at its
end (1.7个、3.2个、4.0个百分点), the colloquial 个点 (提高了2.9个点) and a scale before a
word that is no counter (迈上2万亿台阶: 台阶 is a step, not machines).

Every function works on the matching view (same length as the stored text), so the ends
it returns index the stored text.
"""

from __future__ import annotations

import re
from functools import cache

from planwatch.core.periods import CENSUS_BY_ORDINAL
from planwatch.core.units import UnitInfo, UnitMatch, match_unit_at, unit_info
from planwatch.extract.cues import cues
from planwatch.extract.numbers import NumberMatch
from planwatch.extract.prose_script import BLANK

# How far past a unit's start junk may stretch it (個(ge)(ge)百分(fen)點: 15 characters).
_JOIN_WINDOW = 24
# What joins the members of a list of values (1.7个、3.2个和4.0个百分点).
_LIST_JOIN = "、和及与 "
# 个点 is a percentage point when nothing follows that makes a noun of it (个点位, 个点子).
_POINT_END_RE = re.compile(r"点(?![\u4e00-\u9fff\ue000])|点(?=左右|以上|以内|多)")
# A counter that is the first character of another word after a scale (万亿台阶).
_NOT_A_COUNTER = {"台": "阶"}
_NEXT_WORD = frozenset(_NOT_A_COUNTER.values())


def joined_over_blanks(view: str, um: UnitMatch) -> UnitMatch:
    """``um`` stretched over blanked junk to the longest unit its characters make
    (個(ge)(ge)百分(fen)點 -> 个百分点); else ``um`` as it is."""
    if view.find(BLANK, um.start, um.start + _JOIN_WINDOW) < 0:
        return um  # (most units: no junk near)
    seg = view[um.start : um.start + _JOIN_WINDOW]
    kept = [i for i, ch in enumerate(seg) if ch != BLANK]
    condensed = "".join(seg[i] for i in kept)
    whole = match_unit_at(condensed, 0, skip_spaces=False)
    if whole is None or whole.end <= um.end - um.start - seg[: um.end - um.start].count(BLANK):
        return um
    return UnitMatch(whole.info, um.start, um.start + kept[whole.end - 1] + 1)


def point_unit(view: str, um: UnitMatch) -> UnitMatch:
    """个点 read as 个百分点 (提高了2.9个点); 个点位 stays a count."""
    if um.info.unit != "个" or not _POINT_END_RE.match(view, um.end):
        return um
    info = unit_info("个百分点")
    return um if info is None else UnitMatch(info, um.start, um.end + 1)


def scale_before_word(view: str, um: UnitMatch) -> UnitMatch:
    """A scale with a counter that is the start of another word (2万亿台阶) is the scale
    alone."""
    nxt = view[um.end : um.end + 1]
    if nxt not in _NEXT_WORD or _NOT_A_COUNTER.get(um.info.printed[-1:]) != nxt:
        return um
    if len(um.info.printed) < 2:
        return um
    scale = match_unit_at(view[um.start : um.end - 1], 0, skip_spaces=False)
    if scale is None or scale.info.dimension != "scale":
        return um
    return UnitMatch(scale.info, um.start, um.end - 1)


@cache
def _member_verb_re() -> re.Pattern[str]:
    """The verb of a change a list member may repeat before its figure (…、下降0.6个、提高0.8
    个百分点): a change verb of ``data/prose_cues.csv`` (roles up and down), longest first
    (下降了). Not one of one character: 高, 低 after a comparison (比全省低0.3个、高0.5个百分点)
    state gaps, read by the comparison's cue chain."""
    verbs = {w for w in cues().by_role["up"] | cues().by_role["down"] if len(w) > 1}
    return re.compile("|".join(re.escape(w) for w in sorted(verbs, key=lambda w: (-len(w), w))))


def list_point_unit(
    view: str, unit_end: int, following: list[NumberMatch]
) -> tuple[UnitInfo, int] | None:
    """The percentage point a list of ``N个`` values ends with (1.7个、3.2个、4.0个百分点),
    with where the last member's unit ends; None when the list ends otherwise."""
    pos = unit_end
    for nxt in following[:8]:
        k = pos
        while k < len(view) and view[k] in _LIST_JOIN:
            k += 1
        verb = _member_verb_re().match(view, k) if k > pos else None
        if verb is not None:
            k = verb.end()  # (分别下降0.2个、下降0.6个、提高0.8个百分点: each member with its verb)
        if k == pos or nxt.span.start != k:
            return None
        um = match_unit_at(view, nxt.span.end)
        if um is None:
            return None
        um = joined_over_blanks(view, um)
        if um.info.unit == "个百分点":
            return um.info, um.end
        if um.info.unit != "个":
            return None
        pos = um.end
    return None


# A magnitude without a number after a word of passing or reaching: 突破万亿元, 跨过双千亿
# (both figures passed it), 逾万亿, 迈上千亿台阶, 首破万亿, 力争超万亿元, 冲万亿. Not a size
# class (千亿级产业, 百亿企业, 过亿元重点项目).
_MAGNITUDE_RE = re.compile(
    r"(?P<lead>突破|跨过|跨越|跨入|迈上|迈过|站上|跃上|超过|逾|(?<![通经超越不])过|达到|达"
    r"|冲刺|冲击|冲|(?<![高赶])超|(?<![打])破)"
    r"(?P<val>(?:双|两)?(?P<mult>[十百千])?(?P<scale>万亿|亿|千万|百万))"
    # (not 千亿级产业, 百亿大项目: a category; but 突破千亿大关, 千亿级大关, 达到万亿级规模: the
    # mark passed)
    r"(?![\d零〇一二三四五六七八九十百千]|\s*(?:级(?!大关|规模(?!的))|的?(?:企业|项目|产业|工程|园区|集群)"
    r"|省份|城市|县|大(?!关)))"
    r"(?!元\s*[\u4e00-\u9fff]{0,2}?(?:企业|项目))"
)
# (冲万亿, 冲刺千亿: the mark aimed at, to be passed.)
_PASSING = frozenset(
    {"突破", "跨过", "跨越", "跨入", "迈上", "迈过", "站上", "跃上", "超过", "逾", "过"}
    | {"冲刺", "冲击", "冲", "超", "破"}
)
_MULT = {"十": 10.0, "百": 100.0, "千": 1000.0}


def magnitudes(view: str, s: int, e: int) -> list[tuple[int, int, float, UnitInfo, bool]]:
    """Magnitudes stated without a number in ``view[s:e]`` (see ``_MAGNITUDE_RE``): start,
    end, value, unit and whether it was passed (a floor: ge)."""
    out = []
    for m in _MAGNITUDE_RE.finditer(view, s, e):
        um = match_unit_at(view, m.start("scale"), skip_spaces=False)
        if um is None:
            continue
        um = scale_before_word(view, um)
        mult = _MULT.get(m.group("mult") or "", 1.0)
        if m.group("val").startswith("两"):
            mult *= 2  # (突破两千亿元 is 2000亿元; 跨过双千亿: two figures each past 1000亿)
        passed = m.group("lead") in _PASSING or view.startswith("级", um.end)  # (万亿级规模)
        out.append((m.start("val"), um.end, mult, um.info, passed))
    return out


# The name of an index or a ratio, then a word that gives its value: 价格指数为, 差异系数缩小到,
# 城乡居民收入比缩小至. A bare number after it is the value, without a unit.
# A ratio's change against the year before, printed bare after it (收入比为2.02，比上年缩小0.05;
# a part-year release's 比上年同期缩小0.03).
# Also a start point and the value reached from it (收入比由上年的2.07缩小至2.03, 收入倍差从
# 1.95缩小到1.91, 由2020年的2.21缩小到2022年的2.13): both numbers are values of the ratio. A death
# rate per an amount is printed bare too (亿元地区生产总值生产安全事故死亡率为0.012), and a census's
# sex ratio after its definition in brackets (性别比（以女性为100）为102.08). (A PDF's text
# layer spaces the years and figures off: 由 2015 年的 3.52 缩小到 2.96.)
_TO_VALUE = (
    r"(?:为|是|达到|达|缩小到|缩小至|缩小为|降至|降到|下降到|下降至|控制在|保持在|提高到|扩大到)"
)
_NOT_NUM = r"[^\d,，。;；:：（(]"
# The year of the value reached (缩小到2022年的2.13).
_AT_YEAR = r"(?:(?:19|20)\d\d\s*年(?:末|底)?的?\s*)?"
# The names of an index or ratio (死亡率 is printed bare too, but has no base figure).
_RATIO_NAMES = r"(?:指数|系数|收入比|性别比|之比|倍差|比值)"
# The census a start point is named by (由2010年第六次全国人口普查时的105.43上升为…).
_CENSUS = rf"(?:{CENSUS_BY_ORDINAL}(?:时|结果)?)"
_INDEX_BEFORE_RE = re.compile(
    rf"(?:(?:比|较)(?:上年|去年|(?:19|20)\d\d年)(?:同期)?(?:缩小|扩大)了?\s*$)|"
    rf"(?<=[\u4e00-\u9fff]{{2}}){_RATIO_NAMES}\s*$|"  # (出生人口性别比109.4: the figure right after)
    rf"(?:{_RATIO_NAMES}|死亡率)(?:[（(][^()（）]{{0,30}}[)）])?{_NOT_NUM}{{0,6}}?"
    rf"(?:{_TO_VALUE}|(?:由|从)\s*(?:(?:19|20)\d\d\s*年(?:末|底)?{_CENSUS}?)?{_NOT_NUM}{{0,8}}?(?:\d+(?:\.\d+)?{_NOT_NUM}{{0,3}}?{_TO_VALUE}\s*{_AT_YEAR})?)"
    r"\s*$"
)
# (由“十一五”末的0.50提高到0.52: a plan's end, quoted, is the start too.)
# A ratio's base figure and its change after the value (性别比…为103.94，比2010年第六次全国人口普查
# 的113.33下降9.39; 与2010年…的105.43相比; 由…普查的108.9下降为106.8): bare numbers of the ratio too.
_INDEX_BASE_RE = re.compile(
    rf"{_RATIO_NAMES}[^。；;]{{0,40}}?(?:比|较|与)[^。；;，,]{{0,24}}?的\s*$"
    rf"|{_RATIO_NAMES}[^。；;]{{0,60}}?的\s*\d+(?:\.\d+)?\s*(?:下降|上升|提高|降低|缩小|扩大)(?:了|为|到|至)?\s*$"
)


def index_before(view: str, s: int, ns: int) -> bool:
    """Whether the words before ``ns`` (in the sentence from ``s``) name an index or ratio
    whose value the number there gives."""
    if _INDEX_BEFORE_RE.search(view, max(s, ns - 30), ns) is not None:
        return True
    return _INDEX_BASE_RE.search(view, max(s, ns - 80), ns) is not None


# A growth whose % sign the page dropped (同比增长2.2；比上年增长5.2，增长48。): a bare number right
# after a growth verb, closing its clause, as some sites print a communiqué's rates. (A ratio's
# bare change, 的113.33下降9.39, is read as the ratio's first: ``index_before``.)
_BARE_GROWTH_BEFORE_RE = re.compile(r"(?:增长|下降|降低|回落)\s*$")
_CLAUSE_END_RE = re.compile(r"[ \t]*[，,。；;]")


def bare_growth(view: str, ns: int, ne: int) -> bool:
    """Whether the bare number at ``view[ns:ne]`` is a growth in % with its sign dropped."""
    if _BARE_GROWTH_BEFORE_RE.search(view, max(0, ns - 4), ns) is None:
        return False
    return _CLAUSE_END_RE.match(view, ne) is not None
