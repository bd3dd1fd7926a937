"""Table cells: where they are and what a single cell says on its own.

A cell of a text table is a :class:`TextCell` (its stripped text and span in
the stored text). :func:`read_value` reads a value cell (``6左右``,
``控制在3.0以内``, ``[1.98]``, ``≥95``) into a :class:`CellValue`;
:func:`classify` tells an index, a group heading, an attribute, a number, a
placeholder (``--``), a non-value phrase (``完成江门下达任务``), a unit and a
name apart, as far as one cell can tell; :func:`count_numbers` and :func:`shape_problem`
count a body's value cells and tell a list of projects in words from an indicator table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from planwatch.core.data import Binding, Comparator, Measure, Span
from planwatch.core.quickinit import quick_init
from planwatch.core.units import match_unit_at, normalise_unit
from planwatch.extract.numbers import parse_number, to_view
from planwatch.extract.table_words import has_word, squeeze
from planwatch.extract.table_words import words as table_words


@quick_init
@dataclass(frozen=True, slots=True)
class TextCell:
    """One cell of a table: its text (stripped) and where it stands in the stored text.

    ``line_end`` is true for the last cell of a line in layouts that put a whole
    row on one line (``|``, tab or space separated): the line ends the row.
    ``slot`` is the cell's position among its line's cells, empty ones
    included, and ``width`` the number of those cells, in ``|``/tab layouts
    (``None`` where positions mean nothing). ``indent`` counts the spaces
    before a cell that opens its line: statistics tables print a sub-row one
    step further in than the row it belongs to.
    """

    text: str
    span: Span
    line_end: bool = False
    slot: int | None = None
    width: int | None = None
    indent: int = 0


class CellClass(StrEnum):
    """What a cell is, judged from the cell alone."""

    EMPTY = "empty"
    INDEX = "index"  # 1, 2, 12 (a candidate: the row reader checks the sequence)
    GROUP = "group"  # 一、经济发展 / (一)创新驱动
    ATTRIBUTE = "attribute"  # 预期性 / 约束性
    NUMBER = "number"  # 6左右, [1.98], 控制在3.0以内
    PLACEHOLDER = "placeholder"  # --, —, /
    PHRASE = "phrase"  # 完成江门下达任务: stands for a value, is none
    UNIT = "unit"  # (户/人), %, 亿元
    TEXT = "text"  # an indicator name (or a category)


@dataclass(frozen=True, slots=True)
class CellValue:
    """A number read from a cell.

    ``start``/``end`` are offsets *inside the cell text* of the value as
    printed with its decoration (``3.0以内`` in ``控制在3.0以内``, ``[1.98]``);
    ``unit`` is a unit printed in the cell itself (``6%``), normalised.
    ``measure`` is set where the words fix it (翻一番: growth); ``label`` names
    what a second figure in the cell is about (翻一番(全省人均GDP≥10万元)).
    """

    value: float
    comparator: Comparator
    bracketed: bool
    unit: str | None
    start: int
    end: int
    measure: Measure | None = None
    label: str | None = None
    part: int | None = None  # index in a ratio cell (16:52:32): which share it is
    years: int | None = None  # the years its note averages it over: 4.4（两年平均）


# The words of a growth opening a cell before its figure (年均增长6左右, 增长7%).
_GROWTH_LEAD_RE = re.compile(r"(?:年均|平均|每年)?增长\s*")
# The words of a change in points opening a cell (提高13.4个百分点, 降低4.3个百分点 under a plan
# review's 年均增长 column): the cell says its figure is a change, and which way.
_CHANGE_LEAD_RE = re.compile(r"(?:累计)?(?:提高|提升|上升|增加|(?P<down>降低|下降|减少))\s*")
_PREFIX_LE = ("控制在", "不超过", "不高于", "低于", "小于", "≤", "<=", "＜", "<", "≦")
_PREFIX_GE = ("不低于", "不少于", "超过", "高于", "大于", "达到", "≥", ">=", "＞", ">", "≧")
_PREFIX_APPROX = ("约", "近", "接近")
_PREFIX_EQ = ("=", "＝")
_SUFFIX = (
    ("左右", Comparator.APPROX),
    ("上下", Comparator.APPROX),
    ("及以上", Comparator.GE),
    ("以上", Comparator.GE),
    ("以内", Comparator.LE),
    ("以下", Comparator.LE),
    ("之内", Comparator.LE),
)
# Round brackets mark cumulative figures in some tables ((9), （9）); a
# closing bracket of another shape ([2.75)) is a typing slip, still a bracket.
_OPEN = "[［〔【(（"
_CLOSE = "]］〕】)）"
_ANGLE = ("〈⟨", "〉⟩")
# A full stop typed for a decimal point (76。7), read as one in the cell's view.
_STOP_DECIMAL_RE = re.compile(r"(?<=\d)[。．](?=\d)")
# Footnote marks after a value (320①, 6.5*): not part of it.
_MARKS = "①②③④⑤⑥⑦⑧⑨⑩*＊※☆★△▲"
# Or a note's number printed as a superscript, in square brackets or after 注, or 注 in
# round brackets (41.6¹, 41.6[1], 41.6注2, 85（注）): the notes under the table explain it.
NOTE_MARK_RE = re.compile(
    r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹]|[\[［][1-9][\]］]|注\s*[1-9]?|[(（]注\s*[1-9]?[)）])$"
)
_NUMBER_RE = re.compile(r"[-+]?\s*(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_RANGE_RE = re.compile(r"\s*[-~～—至到]\s*")

_INDEX_RE = re.compile(r"\d{1,3}[.、．]?")
_GROUP_RE = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．。]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\S.{0,24}"
)
# 一 alone is a dash typed as the character; a lone ≥ or < holds no value.
_PLACEHOLDER_RE = re.compile(r"[-—–―─/／~～…·\s≥≤<>＜＞]+|一|无|暂无|不适用|N/?A", re.IGNORECASE)
# A rate per a round base as a unit cell (孕产妇死亡率 | /10万 | 15.8, /千人).
_PER_BASE_CELL_RE = re.compile(r"1?[/／](?:[1-9]0*)?[十百千万]{1,2}人?")
_UNIT_CELL_RE = re.compile(r"[(（][^()（）]{1,12}[)）]")
# A whole cell in square brackets is a cumulative column's statement, never a name:
# [成片:五年累计约110 零星:五年累计约20] (round brackets may wrap a name's tail).
_BRACKETED_WORDS_RE = re.compile(r"[\[［〔【][^\]］〕】]*[\u4e00-\u9fff][^\]］〕】]*[\]］〕】]")
_ATTRIBUTE_RE = re.compile(r"[☆★]?(预期性|约束性|预期|约束)(指标)?")


@lru_cache(maxsize=1)
def _note_tail_re() -> re.Pattern[str]:
    """A bracketed note closing a value cell (（预计）, (初步核算)): table_words ``cell_note``;
    or one saying the figure is an average over years (（两年平均）: ``cell_note_average``),
    the count of years, if it names one, in the group ``years``; or the figure again on
    another basis (（同口径增长1.4）: ``cell_note_basis``)."""
    alts = "|".join(map(re.escape, table_words("cell_note"))) or "(?!)"
    means = "|".join(map(re.escape, table_words("cell_note_average"))) or "(?!)"
    basis = "|".join(map(re.escape, table_words("cell_note_basis"))) or "(?!)"
    count = "|".join(_YEAR_COUNTS)
    return re.compile(
        rf"\s*[(（](?:{alts}|(?:(?P<years>{count})年)?(?:{means})"
        rf"|[^()（）\d]{{0,4}}(?:{basis})[^()（）\d]{{0,4}}-?\d+(?:\.\d+)?%?)[)）]$"
    )


# How an averaging note counts its years (两年平均, 3年平均).
_YEAR_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}


# Cells are pure text: the table finder, the header reader and the row reader ask
# about the same cells again and again, so the answers are kept (bounded).
_CELL_CACHE = 8192


@lru_cache(maxsize=_CELL_CACHE)
def read_value(text: str) -> CellValue | None:
    """The number a value cell states, or None when the cell is not one number.

    >>> read_value("控制在3.0以内")
    CellValue(value=3.0, comparator=<Comparator.LE: 'le'>, bracketed=False, unit=None, start=3, end=8)
    """
    view = to_view(text).replace("−", "-").replace("–", "-")
    view = _STOP_DECIMAL_RE.sub(".", view)
    pos, end = 0, _figure_end(view)
    note = _note_tail_re().search(view, 0, end)
    years = None
    if note is not None and note.start() > 0:
        end = note.start()  # 2.6（预计）: the note says how the figure was got, not what it is
        years = _YEAR_COUNTS.get(note.group("years") or "")
    while pos < end and view[pos].isspace():
        pos += 1
    comparator = Comparator.EQ
    for words, comp in (
        (_PREFIX_LE, Comparator.LE),
        (_PREFIX_GE, Comparator.GE),
        (_PREFIX_APPROX, Comparator.APPROX),
        (_PREFIX_EQ, Comparator.EQ),
    ):
        hit = next((w for w in words if view.startswith(w, pos)), None)
        if hit:
            comparator, pos = comp, pos + len(hit)
            break
    while pos < end and view[pos].isspace():
        pos += 1
    # 年均增长6左右 under 规划目标: the cell says its figure is a growth (rate in %), whatever
    # unit the row's level has (地区生产总值（亿元）).
    grows = _GROWTH_LEAD_RE.match(view, pos)
    moves = None if grows else _CHANGE_LEAD_RE.match(view, pos)
    if grows is not None or moves is not None:
        pos = (grows or moves).end()
    shown_start = pos
    # 〈4.9〉: angle brackets mark a plan table's average yearly growth (its notes say
    # 〈 〉内为年均增速 beside 〔 〕内为累计数): the figure is a growth, not a sum.
    angled = pos < end - 1 and view[pos] in _ANGLE[0] and view[end - 1] in _ANGLE[1]
    pos += angled
    bracketed = pos < end and view[pos] in _OPEN
    if bracketed:
        pos += 1
        pos, comparator = _words_in_bracket(view, pos, comparator)
    m = _NUMBER_RE.match(view, pos)
    if not m:
        return None
    value = parse_number(m.group().replace(" ", ""))
    if value is None:
        return None
    pos = m.end()
    upper_end = _range_upper_end(view, m, pos)
    if upper_end is not None:  # (6-7, 5~6: a range states its lower bound as a floor)
        pos, comparator = upper_end, Comparator.GE
    unit = None
    u = match_unit_at(view, pos)
    if u is not None and u.info.dimension != "scale":
        unit, pos = u.unit, u.end
    if bracketed and unit is not None and view[shown_start] in "(（":
        return None  # (2010年不变价), (9%)-like notes: round brackets with a unit annotate
    if bracketed:
        while pos < end and view[pos].isspace():
            pos += 1
        pos, comparator = _suffix(view, pos, comparator)  # [累计1000以上]
        if pos >= end or view[pos] not in _CLOSE:
            return None
        pos += 1
    while pos < end and view[pos].isspace():
        pos += 1
    pos, comparator = _suffix(view, pos, comparator)
    if pos + angled != end:
        return None
    if angled:
        return CellValue(value, comparator, False, unit, shown_start, end, Measure.GROWTH)
    if grows is not None or moves is not None:
        return _led_value(value, comparator, unit, (shown_start, end), moves)
    return CellValue(value, comparator, bracketed, unit, shown_start, end, years=years)


def _led_value(
    value: float,
    comparator: Comparator,
    unit: str | None,
    span: tuple[int, int],
    moves: re.Match[str] | None,
) -> CellValue | None:
    """A cell's figure after the words saying what it is: a growth in % (增长7%: ``moves``
    None) or a change in points, signed by its word (提高13.4个百分点, 降低4.3个百分点)."""
    if moves is None:
        if unit not in (None, "%"):
            return None
        return CellValue(value, comparator, False, "%", *span, Measure.GROWTH)
    if unit != "个百分点":
        return None
    value = -value if moves["down"] else value
    return CellValue(value, comparator, False, unit, *span, Measure.CHANGE)


def _figure_end(view: str) -> int:
    """Where a value cell's own text ends: before the footnote marks or the note's number
    closing it (320①, 6.5*, 41.6¹, 44.6注)."""
    end = len(view.rstrip().rstrip(_MARKS).rstrip())
    marked = NOTE_MARK_RE.search(view, 0, end)
    return marked.start() if marked is not None and marked.start() > 0 else end


# Two figures in one cell: ``<4/<5.5`` (two indicators of a row named a/b),
# ``6左右/7``; a doubling word with a figure in brackets after it.
_PAIR_RE = re.compile(r"([^/／]+)[/／]([^/／]+)")
_BRACKETED_TAIL_RE = re.compile(
    r"\s*[(（]([^()（）\d≥≤<>＜＞=]{1,16}?)\s*([≥≤<>＜＞=]?\s*\d[^()（）]{0,14})[)）]\s*"
)


def read_values(text: str) -> list[CellValue]:
    """Every value a cell states, in order: the one of :func:`read_value`, or two
    (``<4/<5.5``; ``翻一番(全省人均GDP ≥ 10万元)``: a growth of 100 % and a labelled
    level); empty when the cell states none."""
    return list(_values(text))


# Every value a cell can state holds a digit (the number read_value needs; a ratio's
# parts) or is a doubling word (翻一番): a cell with neither, most cells of words the table
# finder tries to join (a prose line with spaces), states none, without being read.
_MAY_STATE_RE = re.compile(r"[\d翻]")


@lru_cache(maxsize=_CELL_CACHE)
def _values(text: str) -> tuple[CellValue, ...]:
    if _MAY_STATE_RE.search(text) is None:
        return ()
    one = read_value(text)
    if one is not None:
        return _range_bounds(text, one) or (one,)
    pair = _PAIR_RE.fullmatch(text)
    if pair:
        a, b = read_value(pair.group(1)), read_value(pair.group(2))
        if a is not None and b is not None:
            return (a, _shifted(b, pair.start(2)))
    return _ratio_parts(text) or tuple(_doubling(text))


# A ratio cell (16:52:32, 2.5:1): the shares of a structure, or one ratio against 1.
_RATIO_CELL_RE = re.compile(r"\s*\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,3}\s*")
_RATIO_PART_RE = re.compile(r"\d+(?:\.\d+)?")


def _ratio_parts(text: str) -> tuple[CellValue, ...]:
    """The figures of a ratio cell: one share per part (三次产业结构 16:52:32, each its
    own figure, ``part`` telling which), or for a ratio against 1 (城乡收入比 2.5:1) the
    one figure before it; empty for any other cell (a two-part ratio of other figures
    states no one quantity)."""
    view = to_view(text)
    if _RATIO_CELL_RE.fullmatch(view) is None:
        return ()
    parts = list(_RATIO_PART_RE.finditer(view))
    if len(parts) == 2:
        first, second = parts
        if float(second.group()) != 1:
            return ()
        return (CellValue(float(first.group()), Comparator.EQ, False, None, *first.span()),)
    return tuple(
        CellValue(float(m.group()), Comparator.EQ, False, None, *m.span(), part=i)
        for i, m in enumerate(parts)
    )


def _range_upper_end(view: str, m: re.Match[str], pos: int) -> int | None:
    """Where the upper bound of a range whose lower bound ``m`` ends at ``pos`` ends (6-7,
    5~6; -4.0~-4.5, a range of falls, its upper bound signed as its lower), or None."""
    r = _RANGE_RE.match(view, pos)
    upper = _NUMBER_RE.match(view, r.end()) if r is not None else None
    if r is None or upper is None:
        return None
    signed = view.startswith("-", r.end()) and m.group().startswith("-")
    return upper.end() if view[r.end()] not in "-+" or signed else None


# A plain range (75—80, 6.5%-7%): its bounds, each a figure of its own.
_RANGE_CELL_RE = re.compile(
    r"\s*(-?\d+(?:\.\d+)?)\s*[%％]?\s*[-~～—至到]\s*((?<=[~～至到])-?\d+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*[%％]?\s*"
)


def _range_bounds(text: str, one: CellValue) -> tuple[CellValue, CellValue] | None:
    """A range cell's lower bound as a floor and its upper bound as a ceiling (75—80 is
    at least 75 and at most 80, each grounded on its own digits); None for any other cell."""
    m = _RANGE_CELL_RE.fullmatch(to_view(text).replace("−", "-").replace("–", "-"))
    if m is None or one.bracketed:
        return None
    lo, hi = float(m.group(1)), float(m.group(2))
    if (
        (lo < 0) != (hi < 0)
        or (lo >= hi and lo >= 0)
        or (lo >= 1900 and hi <= 2100 and "." not in m.group(0))
    ):
        return None  # (a span of years, or no range at all)
    low = CellValue(lo, Comparator.GE, False, one.unit, m.start(1), m.end(1))
    return low, CellValue(hi, Comparator.LE, False, one.unit, m.start(2), m.end(2))


def _doubling(text: str) -> list[CellValue]:
    from planwatch.extract.prose_values import special_values  # the one reader of 翻一番

    view = to_view(text)
    if "翻" not in view:
        return []  # (of the special values only 翻一番's is a growth, and it opens on 翻)
    lead = len(view) - len(view.lstrip())
    found = [
        v
        for v in special_values(view, 0, len(view))
        if v.fixed_measure is Measure.GROWTH and v.start == lead
    ]
    if not found:
        return []
    d = found[0]
    out = [CellValue(d.value, Comparator.EQ, False, d.unit, d.start, d.end, Measure.GROWTH)]
    tail = _BRACKETED_TAIL_RE.fullmatch(view, d.end)
    if tail is None:
        return out if not view[d.end :].strip() else []
    inner = read_value(tail.group(2))
    if inner is not None:
        label = tail.group(1).strip()
        out.append(_shifted(inner, tail.start(2), label or None))
    return out


def _shifted(v: CellValue, by: int, label: str | None = None) -> CellValue:
    return CellValue(
        v.value, v.comparator, v.bracketed, v.unit, v.start + by, v.end + by, v.measure, label
    )


def _suffix(view: str, pos: int, comparator: Comparator) -> tuple[int, Comparator]:
    for word, comp in _SUFFIX:
        if view.startswith(word, pos):
            return pos + len(word), comp
    return pos, comparator


_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _words_in_bracket(view: str, pos: int, comparator: Comparator) -> tuple[int, Comparator]:
    """Past the words a cumulative cell prints before its number (``[累计达到1000]``,
    ``[五年累计约120]``): a cumulative word, then perhaps a comparator word; or a
    comparator alone, inside the bracket (``〔＞0.2〕``, ``[≥0.5]``, ``〔约5〕``)."""
    m = _WORDS_RE.match(view, pos)
    if m is None or not has_word(m.group(), "cumulative"):
        for words, comp in (
            (_PREFIX_LE, Comparator.LE),
            (_PREFIX_GE, Comparator.GE),
            (_PREFIX_APPROX, Comparator.APPROX),
        ):
            hit = next((w for w in words if view.startswith(w, pos)), None)
            if hit and _NUMBER_RE.match(view, pos + len(hit)):
                return pos + len(hit), comp
        return pos, comparator
    run = m.group()
    for words, comp in (
        (_PREFIX_LE, Comparator.LE),
        (_PREFIX_GE, Comparator.GE),
        (_PREFIX_APPROX, Comparator.APPROX),
    ):
        hit = next((w for w in words if run.endswith(w)), None)
        if hit and has_word(run[: -len(hit)], "cumulative"):
            return m.end(), comp
    return m.end(), comparator


@lru_cache(maxsize=_CELL_CACHE)
def classify(text: str) -> CellClass:
    """What one cell is, from its text alone."""
    s = squeeze(text)
    if not s:
        return CellClass.EMPTY
    if _INDEX_RE.fullmatch(s):
        return CellClass.INDEX  # may also be a value: the row reader decides
    if _ATTRIBUTE_RE.fullmatch(s):
        return CellClass.ATTRIBUTE
    if _AGE_BAND_RE.fullmatch(s):
        return CellClass.TEXT  # (15-59岁, 60岁及以上: a population table's row, no figure)
    if _values(text):
        return CellClass.NUMBER
    if _PLACEHOLDER_RE.fullmatch(s):
        return CellClass.PLACEHOLDER
    if _GROUP_RE.fullmatch(s) and not _has_digit(s):
        return CellClass.GROUP
    if (
        _UNIT_CELL_RE.fullmatch(s)
        or (len(s) <= 6 and normalise_unit(s) is not None)
        or _PER_BASE_CELL_RE.fullmatch(s)
    ):
        return CellClass.UNIT
    if has_word(s, "nonvalue") or status_label(s) or _BRACKETED_WORDS_RE.fullmatch(s):
        return CellClass.PHRASE
    return CellClass.TEXT


# An age band naming a row of people (0-14岁, 15—64岁, 60岁及以上, 65周岁以上人口): a threshold
# that defines a group, no figure (GOLD_SPEC).
_AGE_BAND_RE = re.compile(
    r"(?:\d{1,3}\s*[-—–~～至到]\s*\d{1,3}\s*周?岁(?:及?以[上下])?|\d{1,3}\s*周?岁及?以[上下])(?:的?人口)?"
)


def status_label(text: str) -> bool:
    """Whether a cell is an evaluation's verdict on its row: an official label (滞后,
    符合预期) or, under 是否完成, a yes or a no (是, 否, √) — the whole cell."""
    s = squeeze(text)
    return has_word(s, "status_label") or s in table_words("yes_no")


def attribute_binding(text: str) -> Binding | None:
    """预期性 -> expected, 约束性 -> binding; None for anything else."""
    m = _ATTRIBUTE_RE.fullmatch(squeeze(text))
    if not m:
        return None
    return Binding.BINDING if m.group(1).startswith("约束") else Binding.EXPECTED


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


def shape_problem(body: list[TextCell]) -> str | None:
    """Why a body under a table header is not an indicator table, or None.

    An indicator table is rows of a name followed by numbers: a body of words
    (建成, 投运 under 2025年/2030年) with a stray number is a list of projects.
    """
    numbers = count_numbers(body)
    texts = sum(classify(c.text) is CellClass.TEXT for c in body)
    if numbers < 2 or numbers < 0.4 * texts:
        return f"too few numbers under the header ({numbers} numbers, {texts} word cells)"
    return None


def count_numbers(body: list[TextCell]) -> int:
    """Value cells of a body: numbers, and small whole numbers not followed by a
    name (those are 序号)."""
    kinds = [classify(c.text) for c in body]
    n = 0
    for i, k in enumerate(kinds):
        after = kinds[i + 1] if i + 1 < len(kinds) else None
        n += k is CellClass.NUMBER or (k is CellClass.INDEX and after is not CellClass.TEXT)
    return n
