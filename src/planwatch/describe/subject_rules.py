"""Rules of subjects for :mod:`.subjects`, each a class of writing.

* the whole area above the document's (the nation above any, the province
  above a city or county): :func:`area_above`;
* a figure written with that area's average (全国平均水平（2.54%）, 高于全国
  2.40%的平均水平) is that area's, quoted for comparison: :func:`average_quoted`;
* a place name that names an item — a park, a port, a line (郑州航空港…, 中欧
  班列（乌鲁木齐）) — is no area: :func:`names_item`; nor is one running on into such a
  name (宁波舟山港): :func:`chained_items`;
* where a subject stands: a clause's opening (:func:`opens_clause`), a
  :class:`Marker` after which figures are an area's;
* bare short names that their number follows (北川、平武两县, 呼和浩特、包头、
  鄂尔多斯三市) are a list of areas: :func:`counted_lists`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from planwatch.core.data import Area, Fact
from planwatch.core.normalise import fold, fold_slice
from planwatch.core.numerals import parse_chinese_numeral
from planwatch.describe.areas import NATION_CODE, AreaRow, load_table, resolve_name, to_area
from planwatch.describe.jurisdiction import OPENING_CHARS, area_cues, cue_re, cue_set

# What stands between the names of a list of areas (成都、绵阳和德阳).
LIST_MARKS = frozenset("、和及与")
# A figure closing the list item before a name (增长5%、): the items are clauses, each its own.
_FIGURE_ENDS_RE = re.compile(
    r"\d[%‰％]?(?![年月日号])[\u4e00-\u9fff]{0,3}[)）]?$|[(（][^()（）]{0,12}\d[^()（）]{0,8}[)）]$"
)  # (北京（超额32.95%，下同）、天津（5%）: each area's figure in its brackets)


# A table row opening on a two-letter name spaced out (北 京 | -5.00 | …, 全 县  320801), as
# typesetters align short names with longer ones.
SPACED_ROW_NAME_RE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff](?:[ \t\u3000]*[|｜\t]|[ \u3000]{2,}\S)",
    re.M,
)


def listed_name(view: str, s: int, e: int) -> bool:
    """Whether the name at ``view[s:e]`` is one of a list of names (山东、浙江的…), not the
    subject of an item of a list of clauses, each with its figure (南京增长5%、苏州增长3%)."""
    if view[e : e + 1] in LIST_MARKS:
        return True
    return view[s - 1 : s] in LIST_MARKS and not _FIGURE_ENDS_RE.search(view, max(0, s - 30), s - 1)


SENTENCE_END = "。！？!?\n"
# What may stand right before a subject that opens a clause.
CLAUSE_OPENERS = ("其中", "此外", "另外", "同时", "同期", "而", "如", "据", "从", "全年")
CLAUSE_PUNCT = frozenset('，,；;：:、（(“"\n。 \u3000')


@dataclass(frozen=True, slots=True)
class Marker:
    """A point in the text after which figures are about ``area`` (None: the document's)."""

    start: int
    end: int
    area: Area | None
    speaker: bool = False  # followed by its officials or government (深圳市副市长)
    listed: bool = False  # one of a list of areas (山东、浙江的…): no single subject
    # On a list's last area, when the list opens its clause: all its areas,
    # the joint subject of a figure they share (北京、上海、广东…均为6%左右).
    joint: tuple[Area, ...] = ()
    joint_start: int = 0  # where the list starts in the stored text


def opens_clause(view: str, start: int) -> bool:
    """Whether a name or word at ``start`` opens its clause (after punctuation or an opener)."""
    before = view[max(0, start - 2) : start]
    return start == 0 or before[-1:] in CLAUSE_PUNCT or before.endswith(CLAUSE_OPENERS)


def area_above(doc_area: Area | None, level: str) -> Area | None:
    """The area at ``level`` above the document's (the nation above any), or None when the
    document's own area is at that level or higher (then the words speak of itself)."""
    if level == "nation":
        own = doc_area is not None and doc_area.code == NATION_CODE
        return None if own else to_area(load_table().by_code[NATION_CODE])
    if doc_area is None or _LEVELS.index(doc_area.level) <= _LEVELS.index(level):
        return None
    for row in load_table().ancestors(doc_area.code):
        if row.level == level:
            return to_area(row)
    return None


_LEVELS = ("nation", "province", "city", "county")


# The average of a whole area written around its figure: 全国平均水平（2.54%）, 高于全国
# 2.40%的平均水平, or the area alone with its figure in brackets (比全国（2.54%）低). The
# figure is that area's, quoted for comparison (GOLD_SPEC). So is a figure between the area
# and 的水平 (与全国2.44%的水平差距) or its target (高于全国5%左右的预期目标, 与全国6.5%左右的
# 增长目标相衔接): the level above's own figure, which a local report measures itself by.
# (A line may wrap inside the words: 平均\n水平（11.2公里）.)
# (Or the area's average pace: 高于全省平均增速（16.8%）0.73个百分点, comm25.)
_AVERAGE_BRACKET = r"(?:(?:同期)?平均\s*(?:水平|值|数|增速|增幅)?)?\s*[（(]"
_AVERAGE_AFTER_RE = re.compile(
    r"\s*(?:左右|以上|以下)?\s*(?:的?平均(?:水平|值|数)|的水平|的(?:预期|增长|发展)?目标)"
)
_AVERAGE_WINDOW = 16
# 全区 in a city's or county's report of an autonomous region (广西, 内蒙古 …) is the region
# (高于全区85%的平均水平); in a district's own report it is the district itself.
_REGION_WORD = "全区"
_REGION_SUFFIX = "自治区"


@functools.cache
def _average_before_re() -> re.Pattern[str]:
    """A whole area (全国, 全省 …) and, optionally, its average and an opening bracket,
    ending where the figure begins; group 1 is the whole area's word."""
    # The whole-area words of two characters (全国, 全省, 我省): the issuer words of an
    # autonomous region (自治区政府) never stand before an average.
    words = [
        w for w in (*area_cues()["nation_self"], *area_cues()["local_self_province"]) if len(w) == 2
    ]
    alt = "|".join(map(re.escape, sorted([*words, _REGION_WORD], key=len, reverse=True)))
    return re.compile(
        rf"({alt})({_AVERAGE_BRACKET})?\s*$|[（(]({alt}){_QUOTED_CUES}\s*$"
        rf"|[，,]({alt}|{_CITY_WORDS}){_CLAUSE_CUES}\s*$"
        rf"|[（(]({alt}|{_CITY_WORDS})\s*$"
    )


# Or the area opens a bracket with its own figure after a comparison with it (快于全省平均水平
# 0.6个百分点（全省年均增长6.6%）, 高于全区平均水平0.4个百分点（全区增长5.2%）): only the
# figure's change words between the area and the figure.
_QUOTED_CUES = r"(?:同期)?(?:年均|平均)?(?:增长|增速为?|下降|提高|为|达到?|是)"
# Or the area alone with its figure in a bracket after the document's own (规模以上工业增加值
# 增长7.5%（全市11.1%）, county releases): the bracket holds the area's figure and nothing more.
# Or a clause of the area alone after such a comparison in its sentence (低于全省0.55个百分点，
# 全省为1.93%; 高于全市1.3个百分点，全市增长4.8% in a district's report): the area's own figure.
# (extract.naming_compared names it by the indicator compared.)
_CLAUSE_CUES = r"(?:同期)?(?:平均水平?|平均|年均)?(?:增长|增速为?|下降|提高|为|达到?|是)"
WHOLE_WORDS = "全国|全省|全区|全市|全州|全盟"
_CITY_WORDS = "全市|全州|全盟"
_MUNICIPALITY_WORD = "全市"
# A comparison with a whole area (高于全省0.3个百分点, 低于全省平均水平0.55个百分点).
COMPARED_WITH_WHOLE_RE = re.compile(
    rf"(?:高于|低于|高出|快于|慢于|超出|比)({WHOLE_WORDS})[^。；;]{{0,12}}?个?百分点"
)


def average_quoted(
    text: str, fact: Fact, doc_area: Area | None
) -> tuple[Area, tuple[int, int]] | None:
    """The whole area above the document's whose average the figure is, and the word's span.

    Either the average is named before the figure in brackets (比全国平均水平（77.3岁）
    略高, 比全国（2.54%）低), or the figure stands between the area and its average or
    target (高于全国2.40%的平均水平, 高于全国5%左右的预期目标), or the area opens a
    bracket with its figure (（全省年均增长6.6%）).
    The document's own level (全省 in a province's report) gives None.
    """
    base = max(0, fact.start - _AVERAGE_WINDOW)
    before = fold_slice(text, base, fact.start)
    m = _average_before_re().search(before)
    if m is None:
        return _parent_bracketed(before, base, doc_area)
    group = next(g for g in (1, 3, 4, 5) if m.group(g))
    word = m.group(group)
    if group == 5 and fold_slice(text, fact.end, fact.end + 1) not in ("）", ")"):
        return None  # (（全市11.1%）: the area's figure alone in the bracket, closed after it)
    if (
        group == 1
        and m.group(2) is None
        and not _AVERAGE_AFTER_RE.match(fold_slice(text, fact.end, fact.end + 10))
    ):
        return None
    if group == 4 and not _compared_before(text, base + m.start(group), word):
        return None
    level = "nation" if word in cue_set("nation_self") else "province"
    above = area_above(doc_area, "city" if word in _CITY_WORDS else level)
    if above is None and word == _MUNICIPALITY_WORD:
        # (A district of 重庆市, 天津市 …: its 全市 is the municipality, of provincial level.)
        above = area_above(doc_area, "province")
        above = above if above is not None and above.name.endswith("市") else None
    if above is None or (word == _REGION_WORD and not _region_above(doc_area, above)):
        return None
    return above, (base + m.start(group), base + m.end(group))


_PARENT_BRACKET_RE = re.compile(rf"[（(]([\u4e00-\u9fff]{{2,12}}?){_QUOTED_CUES}\s*$")


def _parent_bracketed(
    before: str, base: int, doc_area: Area | None
) -> tuple[Area, tuple[int, int]] | None:
    """An area above the document's, by its full name, opening a bracket with its own
    figure after a comparison with it (高于某市平均水平1.2个百分点（某市年均增长7.7%）): that
    area's figure, as with 全省 (``before``: the folded text before the figure from
    ``base``)."""
    m = _PARENT_BRACKET_RE.search(before)
    if m is None or doc_area is None:
        return None
    code = next((c for c, name in doc_area.parents if name == m.group(1)), None)
    if code is None or code == NATION_CODE:
        return None
    return to_area(load_table().by_code[code]), (base + m.start(1), base + m.end(1))


def _compared_before(text: str, at: int, word: str) -> bool:
    """Whether the sentence before ``at`` compared a figure with the whole area ``word``."""
    start = max(text.rfind(ch, 0, at) for ch in SENTENCE_END + "；;") + 1
    return any(
        m.group(1) == word for m in COMPARED_WITH_WHOLE_RE.finditer(fold_slice(text, start, at))
    )


def _region_above(doc_area: Area | None, province: Area) -> bool:
    """Whether 全区 in the document names its autonomous region, not the document itself."""
    if doc_area is None or not province.name.endswith(_REGION_SUFFIX):
        return False
    return doc_area.level == "city" or not doc_area.name.endswith("区")


# The number of the areas just listed, and their kind: 北川、平武两县, 呼和浩特、包头、鄂尔多斯三市.
_LIST_COUNT_RE = re.compile(r"([两二三四五六七八九十])个?(省份|省|市|县|区|旗|地|城市)")
_COUNT_LEVELS = {
    "省份": ("province",),
    "省": ("province",),
    "市": ("city", "county"),  # 海安市, a county-level city
    "城市": ("city", "county"),
    "县": ("county",),
    "区": ("county",),
    "旗": ("county",),
}


def counted_lists(
    view: str,
    found: Sequence[tuple[int, int, tuple[AreaRow, ...]]],
    opens: Callable[[int], bool],
) -> frozenset[int]:
    """Starts of the names of lists their number follows (北川、平武两县贫困发生率…).

    The count says the names are areas (a bare short name alone is often a
    firm's or a word), so the list opening its clause — ``opens`` at its first
    name, or after the clause's year (2020年呼和浩特、包头、鄂尔多斯三市地区
    生产总值分别达到…) — is the clause's joint subject. A counted list after a
    verb is its object (推进蓬江、江海、新会三区7个公园建设): no subject. Every
    name must fit the level the count word names.
    """
    out: set[int] = set()
    group: list[tuple[int, int, tuple[AreaRow, ...]]] = []
    for item in found:
        if group and view[group[-1][1] : item[0]] not in LIST_MARKS:
            group = []
        group.append(item)
        m = _LIST_COUNT_RE.match(view, item[1])
        if m is None or len(group) < 2:
            continue
        levels = _COUNT_LEVELS.get(m.group(2), ("province", "city", "county"))
        n = int(parse_chinese_numeral(m.group(1)) or 0)
        fits = all(any(r.level in levels for r in rows) for _, _, rows in group)
        first = group[0][0]
        if n == len(group) and fits and (opens(first) or after_clause_year(view, first)):
            out.update(s for s, _, _ in group)
    return frozenset(out)


_HAN_RE = re.compile(r"[\u3400-\u9fff]")
# A clause opening with its year (，2020年 …), ending where a name begins.
# Or with the months or the part of the year its figures cover (，1—9月全州…, 上半年全市…),
# after the year or alone.
_CLAUSE_YEAR_RE = re.compile(
    r"(?:^|[，,；;：:。\n])\s*(?:\d{4}\s*年(?:底|末)?\s*"
    r"|(?:\d{4}\s*年)?(?:\d{1,2}\s*[—\-－~～至]\s*\d{1,2}\s*月份?|上半年|前三季度|一季度)\s*)$"
)


def after_clause_year(view: str, start: int) -> bool:
    """Whether only the clause's year (or the months or part of the year it covers)
    stands before ``start`` in its clause."""
    return bool(_CLAUSE_YEAR_RE.search(view, max(0, start - 16), start))


def names_item(view: str, start: int, end: int) -> bool:
    """Whether the name at ``view[start:end]`` names an item, not an area.

    It runs on into an item word (``fact_not_subject`` in ``data/area_cues.csv``:
    郑州航空港, 淮安经济技术开发区), or it stands in brackets after the item it
    qualifies (中欧班列（乌鲁木齐）).
    """
    if cue_re("fact_not_subject").match(view, end):
        return True
    bracketed = view[start - 1 : start] in ("（", "(") and view[end : end + 1] in ("）", ")")
    return bracketed and start >= 2 and bool(_HAN_RE.match(view, start - 2))


def chained_items(
    view: str, found: Sequence[tuple[int, int, tuple[AreaRow, ...]]]
) -> frozenset[int]:
    """Starts of names running on into another name that names an item (宁波舟山港: a port of
    two cities' names, 西安咸阳国际机场): the first name is the item's too, no subject."""
    return frozenset(
        a[0] for a, b in zip(found, found[1:]) if b[0] == a[1] and names_item(view, b[0], b[1])
    )


# A whole area after a comparison word (高于全省, 比全国): the level compared with.
_WHOLE_AFTER_RE = re.compile(r"(?:同期)?全[国省市州区盟县]")


def compares_with_above(between: str, above: Area, doc_area: Area | None) -> bool:
    """Whether a clause that went on from an area above the document's (安徽省全年地区生产
    总值增长5.8%；…) compares the figure with that area (规模以上工业增加值增速高于全省
    1.9个百分点): the gap is the document's own, not the area's (``compared_to_above``
    in ``data/area_cues.csv``)."""
    if doc_area is None or above.code == doc_area.code:
        return False
    if above.code not in {c for c, _ in doc_area.parents}:
        return False
    between = fold(between)
    for m in cue_re("compared_to_above").finditer(between):
        if _WHOLE_AFTER_RE.match(between, m.end()) or between.startswith(above.name, m.end()):
            return True
    return False


def demonstrative_markers(
    view: str,
    placed: Sequence[tuple[int, int, AreaRow]],
    span: Callable[[int, int], tuple[int, int]],
    own: frozenset[str],
) -> list[Marker]:
    """Markers for 该县, 该市 … (``this_area`` in ``data/area_cues.csv``): the last area
    named before it in its paragraph whose name ends with the word's level (兴隆县…。该县
    去年接待游客…; 平泉市提出…，去年该市…), news speaking of an area just named; the
    document's own area gives the figure back to it. ``placed``: the view spans of the
    areas named, in text order; ``span`` maps a view span to the stored text's."""
    out = []
    starts = [p[0] for p in placed]
    for m in cue_re("this_area").finditer(view):
        if cue_re("this_area_not").match(view, m.start()):
            continue  # (该市场, 该区域: another word)
        para = view.rfind("\n", 0, m.start())
        suffix = m.group()[1:]
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and placed[i][0] > para and not placed[i][2].name.endswith(suffix):
            i -= 1
        if i < 0 or placed[i][0] <= para:
            continue
        row = placed[i][2]
        out.append(Marker(*span(m.start(), m.end()), None if row.code in own else to_area(row)))
    return out


_ZONE_HEAD = (2, 6)  # how many characters a zone's own name takes before its word


def _zone_start(view: str, word_start: int) -> int | None:
    """Where the clause opening with a zone's name before ``word_start`` starts: after
    clause punctuation (or the text's start) and 2-6 Han characters; else None."""
    lo, hi = _ZONE_HEAD
    p = word_start
    while p > 0 and word_start - p < hi and _HAN_RE.match(view, p - 1):
        p -= 1
    if word_start - p < lo or (p > 0 and view[p - 1] not in CLAUSE_PUNCT):
        return None
    return p


def zone_markers(
    view: str, span: Callable[[int, int], tuple[int, int]], name_starts: Sequence[int]
) -> list[Marker]:
    """Markers giving the figures back to the document's area where a clause opens with a
    zone or region that is no area (…，唐山市突破1.3万亿元，雄安新区常住人口达到150万人;
    ``zone_opening`` in ``data/area_cues.csv``): the area named before is not its subject.
    A zone whose words hold a name taken as a subject (``name_starts``: the placed
    names' starts, in order) is left to the rules for names."""
    out = []
    for m in cue_re("zone_opening").finditer(view):
        start = _zone_start(view, m.start())
        if start is None:
            continue
        i = bisect.bisect_left(name_starts, start)
        if i < len(name_starts) and name_starts[i] < m.end():
            continue
        out.append(Marker(*span(start, m.end()), None))
    return out


def extractor_named(fact: Fact, text: str) -> Area | None:
    """The area an extractor named without a code (the model extractor's, or a table's column
    of one area), if it is one."""
    if not fact.jurisdiction or fact.jurisdiction_code:
        return None
    return resolve_name(fact.jurisdiction, fold_slice(text, 0, OPENING_CHARS))


def column_area(fact: Fact) -> bool:
    """Whether a table's column named the fact's area (全州 | 博乐市 | 精河县: Evidence
    ``jurisdiction`` / ``table_column``): the header decided, no clause does."""
    return any(e.field == "jurisdiction" and e.basis == "table_column" for e in fact.evidence)


# The longest line a row's name printed alone above its figures (信丰县 / 276.4) may be.
_ROW_NAME_LINE = 12


def row_name_above(text: str, fact: Fact, marker: Marker) -> bool:
    """Whether ``marker`` is the area naming a table row copied one cell a line (信丰县 /
    276.4 / 5.2): the first line of the fact's quote, short, before the figure's line."""
    first_end = text.find("\n", fact.quote_start, fact.start)
    return (
        first_end >= 0
        and first_end - fact.quote_start <= _ROW_NAME_LINE
        and fact.quote_start <= marker.start
        and marker.end <= first_end
    )
