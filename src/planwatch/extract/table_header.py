"""The header of an indicator table: which column means what.

Column meaning comes from the header's words, never from positions:
``2020年`` in a plan for 2021-2025 is the base year (an actual), ``2025年`` the
target, ``年均增长`` a target growth over the plan period, ``[累计]`` a
cumulative change, ``规划目标值`` / ``实际完成情况`` the target and actual
groups of a completion table, ``属性`` the 预期性/约束性 attribute.

Two-level headers flattened to one cell per line come as the top row and
then the sub-row: ``序号 指标 规划目标值 实际完成情况 指标属性 2020年 年均增速
2020年 年均增速``; :func:`columns_from_cells` gives the group cells their
sub-cells in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from planwatch.core.data import Kind, Measure, Span
from planwatch.core.periods import PLAN_NAME_RE
from planwatch.core.units import header_unit
from planwatch.extract.table_periods import (
    YEAR_RANGE_RE,
    YEAR_RE,
    PlanPeriod,
    period_from_words,
    series_before_aim,
)
from planwatch.extract.table_periods import period_from_years as period_from_years
from planwatch.extract.table_periods import years_in as years_in
from planwatch.extract.table_words import groups_in, has_word, squeeze, words


class ColumnRole(StrEnum):
    """What a column holds."""

    INDEX = "index"  # 序号
    CATEGORY = "category"  # 类别 / 领域
    NAME = "name"  # 指标
    UNIT = "unit"  # 单位
    VALUE = "value"  # a year, target, growth or cumulative column
    ATTRIBUTE = "attribute"  # 属性: 预期性 / 约束性
    OTHER = "other"  # 备注 and anything not understood


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table and the meaning of the figures under it.

    ``kind``/``measure``/``year``/``period_start`` describe a plain number in a
    VALUE column; ``brackets_change`` says a bracketed number (``[1.98]``) there
    is a cumulative change over ``period_start``..``year``; ``unit`` is the unit
    the header prints in brackets for the column's figures (绝对值(亿元)).
    """

    label: str
    role: ColumnRole
    spans: tuple[Span, ...] = ()
    kind: Kind | None = None
    measure: Measure | None = None
    year: int | None = None
    period_start: int | None = None
    brackets_change: bool = False
    unit: str | None = None
    # The quantity its figures are of where the header names one per column (播种面积 |
    # 产量): an indicator is its row's name and this (table_facts).
    quantity: str | None = None
    # The area its figures are of where the header names one per column (全州 | 博乐市 |
    # 精河县: table_area_columns); else the document's or the clause's.
    area: str | None = None

    def describe(self) -> str:
        """A short English reading of the column (``target growth 2021-2025``)."""
        if self.role is not ColumnRole.VALUE:
            return self.role.value
        when = str(self.year) if self.year else "?"
        if self.period_start and self.measure is not Measure.LEVEL:
            when = f"{self.period_start}-{when}"
        # Brackets under a growth column are its cumulative figures ([累计]).
        extra = " [change]" if self.brackets_change and self.measure is Measure.GROWTH else ""
        return f"{self.kind} {self.measure} {when}{extra}"


# A monthly table's year-so-far column (本月 | 累计; 1-本月累计): the level reached, no change.
_SO_FAR_RE = re.compile(r"(?:本年|1\s*[-—–~至]\s*(?:本月|\d{1,2}月))?累计(?:数|值)?")
# A column of the year before's amounts beside the year's (产量 | 同期 | 同比±%; 本年 | 上年):
# the same period of the year before, as county communiqués' product tables print it (去年同期累计
# beside 1-7月累计 in a monthly bulletin).
_YEAR_BEFORE_RE = re.compile(r"(?:上年|去年)(?:同期)?(?:累计)?(?:数|值)?|同期(?:累计)?(?:数|值)?")
_PLAN_RE = PLAN_NAME_RE  # (the one pattern of a plan name)


@dataclass(frozen=True, slots=True)
class HeaderCell:
    """A header cell's text and span (text layouts have no grid positions)."""

    text: str
    span: Span


def is_leaf_label(text: str) -> bool:
    """A cell that can sit under a group: a year, a growth or a cumulative column."""
    return bool(years_in(text)) or has_word(text, "growth") or has_word(text, "cumulative")


def is_group_label(text: str) -> bool:
    """A cell that may head sub-columns: 规划目标值, 实际完成情况 (a kind, no year, no measure)."""
    return (has_word(text, "target") or has_word(text, "actual")) and not is_leaf_label(text)


def _merge_fragments(cells: Sequence[HeaderCell]) -> list[HeaderCell]:
    """Join header pieces split over lines: ``年均增长`` + ``[累计]``, ``指`` + ``标``."""
    out: list[HeaderCell] = []
    for c in cells:
        s = squeeze(c.text)
        if out and (
            s[:1] in "[［〔(（"
            and s[-1:] in "]］〕)）"
            or len(s) == 1
            and s != "年"
            or s == "年"
            and years_in(out[-1].text)
        ):
            prev = out[-1]
            out[-1] = HeaderCell(prev.text + c.text, Span(prev.span.start, c.span.end))
        else:
            out.append(c)
    return out


# A year column's upper half in a header two lines high: the year alone (2020年, 2025).
YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d年?")
_BARE_YEAR_RE = re.compile(r"(?:19|20)\d\d年?(?:度)?")
_ROLE_WORDS = ("target", "actual", "base", "level")


def _years_over_words(cells: Sequence[HeaderCell]) -> list[HeaderCell]:
    """Join each bare year to the kind word printed under it in a header flattened one
    cell a line (``2020年`` + ``基期值``, ``2025年`` + ``目标值``, ``2022年`` + ``实际值``): a
    header cell two lines high. Only when every bare year of the header, two at least,
    has such a word right after it (a lone ``2015年`` beside ``规划目标`` is a column of
    its own)."""
    bare = [i for i, c in enumerate(cells) if _BARE_YEAR_RE.fullmatch(squeeze(c.text))]
    if len(bare) < 2:
        return list(cells)
    for i in bare:
        if i + 1 >= len(cells) or not _kind_word(cells[i + 1].text):
            return list(cells)
    out: list[HeaderCell] = []
    for i, c in enumerate(cells):
        if i - 1 in bare:
            top = out[-1]
            out[-1] = HeaderCell(top.text + c.text, Span(top.span.start, c.span.end))
        else:
            out.append(c)
    return out


def _kind_word(text: str) -> bool:
    """A header word of a column's kind or base and nothing else (目标值, 实际值, 基期值):
    no year, growth or cumulative word."""
    if years_in(text) or has_word(text, "growth") or has_word(text, "cumulative"):
        return False
    return any(has_word(text, g) for g in _ROLE_WORDS)


def columns_from_cells(
    cells: Sequence[HeaderCell],
    period: PlanPeriod | None,
    *,
    brackets_change: bool = False,
    actual_through: int | None = None,
) -> list[Column]:
    """Columns of a header given as a flat cell sequence (top row, then any sub-row)."""
    cells = _years_over_words(_merge_fragments(cells))
    texts = [c.text for c in cells]
    groups = [i for i, t in enumerate(texts) if is_group_label(t)] or _quantity_groups(texts)
    layout: list[tuple[HeaderCell | None, HeaderCell]] = [(None, c) for c in cells]
    if groups:
        # The sub-row is the trailing run of leaf cells after the last group cell.
        k = len(cells)
        while k > groups[-1] + 1 and is_leaf_label(texts[k - 1]):
            k -= 1
        leaves = cells[k:]
        # (Fewer leaves than groups: no sub-row, each cell a column of its own — 原目标
        # 调整后目标 2017年实际, a revision's header on one line; nor under a column giving its
        # figures' unit, its growth beside it: 完成值(亿元) | 比上年增长(%).)
        own_unit = all(header_unit(texts[i]) for i in groups)
        if len(leaves) >= len(groups) and not (own_unit and _all_growth(leaves)):
            bounds = _leaf_bounds([texts[i] for i in groups], len(leaves))
            layout = []
            for i, c in enumerate(cells[:k]):
                if i in groups:
                    a, b = bounds[groups.index(i)]
                    layout.extend((c, leaf) for leaf in leaves[a:b])
                else:
                    layout.append((None, c))
    labelled = [
        ([g.text, c.text] if g else [c.text], (g.span, c.span) if g else (c.span,))
        for g, c in layout
    ]
    return columns_from_labels(
        labelled, period, brackets_change=brackets_change, actual_through=actual_through
    )


def _all_growth(cells: Sequence[HeaderCell]) -> bool:
    return all(has_word(c.text, "growth") and not years_in(c.text) for c in cells)


def _quantity_groups(texts: Sequence[str]) -> list[int]:
    """The quantity cells of a two-level header flattened one cell a line, each over the
    same run of leaves (播种面积（万亩） 亩产（公斤） 总产（万吨）, then 2014 2015 增长（%） three
    times: a crop table's); [] for any other header."""
    at = [i for i, t in enumerate(texts) if quantity_word(t)]
    if len(at) < 2 or at != list(range(at[0], at[-1] + 1)):
        return []
    leaves = [squeeze(t) for t in texts[at[-1] + 1 :]]
    k, n = len(at), len(leaves)
    if n < 2 * k or n % k or not all(is_leaf_label(t) for t in leaves):
        return []
    runs = [leaves[i : i + n // k] for i in range(0, n, n // k)]
    return at if all(run == runs[0] for run in runs) else []


def _leaf_bounds(groups: Sequence[str], n: int) -> list[tuple[int, int]]:
    """The run of sub-row cells each group heads, [first, past-last), in order. A base
    group (基期, 现状: the plan's starting year) heads one column, its year, when a later
    group is there to take the rest (基期 over 2025年, 规划目标 over 2030年 and 年均增长);
    the other groups share what is left evenly, the last taking fewer."""
    single = [
        i < len(groups) - 1 and has_word(t, "base") and not has_word(t, "target")
        for i, t in enumerate(groups)
    ]
    shared = len(groups) - sum(single)
    per = -(-(n - sum(single)) // shared) if shared else 1  # ceil
    out: list[tuple[int, int]] = []
    at = 0
    for one in single:
        b = min(n, at + (1 if one else per))
        out.append((at, b))
        at = b
    return out


def columns_from_labels(
    labelled: Sequence[tuple[Sequence[str], Sequence[Span]]],
    period: PlanPeriod | None,
    *,
    brackets_change: bool = False,
    actual_through: int | None = None,
) -> list[Column]:
    """Columns from each column's header texts, outermost first (``['规划目标值', '2020年']``)."""
    all_years = [y for parts, _ in labelled for p in parts for y in years_in(p)]
    if actual_through is None:  # a plan's table: its years tell the period
        period = period or series_before_aim(labelled) or period_from_years(all_years)
    columns = [
        column_meaning(
            list(parts),
            tuple(spans),
            period,
            brackets_change=brackets_change,
            actual_through=actual_through,
        )
        for parts, spans in labelled
    ]
    if category_names_rows([c.role for c in columns]):
        columns[0] = replace(columns[0], role=ColumnRole.NAME)
    return _rates_of_columns_before(_rates_of_results(columns))


def category_names_rows(roles: Sequence[ColumnRole]) -> bool:
    """Whether a header's 类别 column names its rows: it opens the header and no name or
    index column follows (类别 | 2000年 | … | 2006年目标, a monitoring table in a plan)."""
    if not roles or roles[0] is not ColumnRole.CATEGORY:
        return False
    return not {ColumnRole.NAME, ColumnRole.INDEX}.intersection(roles)


def _rates_of_results(columns: list[Column]) -> list[Column]:
    """A rate column naming no kind (“十三五”年均增长) in a table whose every year's column
    says it holds results (2015年完成 | 2020年完成): the rate of those results."""
    years = [c for c in columns if c.role is ColumnRole.VALUE and c.measure is Measure.LEVEL]
    if not years or not all(has_word(c.label, "actual") for c in years):
        return columns
    return [
        replace(c, kind=Kind.ACTUAL)
        if c.role is ColumnRole.VALUE
        and c.measure is not Measure.LEVEL
        and not any(has_word(c.label, w) for w in ("actual", "target", "expected", "progress"))
        else c
        for c in columns
    ]


def _rates_of_columns_before(columns: list[Column]) -> list[Column]:
    """Columns with a bare rate column (增长% naming no year nor kind) right after a year's
    column of a level (2023年完成 | 增长% | 2024年目标) read as that year's growth, of that
    column's kind: the rate of the figure beside it, not the aim after it. Not an average
    or a sum over years (2020年 | 2025年 | 年均增长: the plan's). Then the quantities
    (:func:`with_quantities`)."""
    out = list(columns)
    for i in range(1, len(out)):
        c, before = out[i], out[i - 1]
        if (
            c.role is ColumnRole.VALUE
            and c.measure is Measure.GROWTH
            and before.role is ColumnRole.VALUE
            and before.measure is Measure.LEVEL
            and before.year is not None
            and years_in(before.label)
            and not years_in(c.label)
            and not (AVERAGE_NAME_RE.search(c.label) or has_word(c.label, "cumulative"))
            and not any(has_word(c.label, g) for g in ("target", "expected", "actual", "base"))
        ):
            out[i] = replace(c, kind=before.kind, year=_growth_year(out, i), period_start=None)
    return with_quantities(out)


def _growth_year(columns: list[Column], i: int) -> int | None:
    """The year of bare rate column ``i``: the year's column before it, or the next year's
    before that (2008年 | 2007年 | 增长%: this year's growth over the last's)."""
    before, first = columns[i - 1], columns[i - 2] if i >= 2 else None
    later = first is not None and first.role is ColumnRole.VALUE and before.year is not None
    if later and first.measure is Measure.LEVEL and first.year == before.year + 1:
        return first.year
    return before.year


AVERAGE_NAME_RE = re.compile(r"年均|平均")  # a name or label of an average over years


def with_quantities(columns: list[Column]) -> list[Column]:
    """Columns with the quantity each is of, where the header names two quantities or more
    (播种面积（亩） | 同比增减（%） | 产量（吨） | 同比增减（%）): a quantity's column, and a
    growth column right after it, whose rate is of that quantity. One quantity (产品 | 产量 |
    比上年增长) names nothing the row's name does not."""
    named = [quantity_word(c.label) for c in columns]
    if len({q for q in named if q}) < 2:
        return columns
    out: list[Column] = []
    current: str | None = None
    for c, q in zip(columns, named, strict=True):
        if q:
            current = q
        elif c.role is not ColumnRole.VALUE or c.measure is not Measure.GROWTH:
            current = None
        out.append(replace(c, quantity=current) if current else c)
    return out


def column_meaning(
    parts: Sequence[str],
    spans: tuple[Span, ...],
    period: PlanPeriod | None,
    *,
    brackets_change: bool = False,
    actual_through: int | None = None,
) -> Column:
    """The meaning of one column from its header texts (group words first, leaf last).

    ``actual_through`` is the last year whose figures the document reports as
    results (a 2024 communiqué: 2024; a 2024 work report: 2023), for tables
    outside a plan period.
    """
    label = " / ".join(squeeze(p) for p in parts if squeeze(p))
    text = "".join(squeeze(p) for p in parts)
    role = _role(text)
    if role is not ColumnRole.VALUE:
        return Column(label, role, spans)
    # A column naming its own plan (“十三五”实际完成) uses that plan's period.
    local = period_from_words(text)
    if local and not YEAR_RANGE_RE.search(text):
        period = local
    years = years_in(text)
    measure = Measure.LEVEL
    if has_word(text, "growth"):
        measure = Measure.GROWTH
    elif has_word(text, "cumulative") and not (
        _SO_FAR_RE.fullmatch(text) or _YEAR_BEFORE_RE.fullmatch(text)
    ):
        measure = Measure.CHANGE
    bracket = brackets_change or bool(re.search(r"[\[［〔【(（]累计", text))
    if has_word(text, "actual") or has_word(text, "progress") or months_cell(text):
        kind = Kind.ACTUAL  # (目标进度 too: how far the results have come to the aim)
    elif has_word(text, "target") and not _base_under_aims(parts, years, period, measure):
        kind = Kind.TARGET
    elif years and period:
        kind = Kind.ACTUAL if years[-1] <= period.base else Kind.TARGET
    elif years and actual_through is not None:
        kind = Kind.ACTUAL if years[-1] <= actual_through else Kind.TARGET
    elif actual_through is not None and period is None:
        kind = Kind.ACTUAL  # a communiqué's table (产量 | 比上年增长%) reports its year
    else:
        kind = Kind.TARGET
    if years:
        year: int | None = years[-1]
    elif period is None:
        year = actual_through if kind is Kind.ACTUAL else None
    elif measure is Measure.LEVEL and has_word(text, "base"):
        year = period.base
    else:
        year = period.end
    if year is not None and not years and _YEAR_BEFORE_RE.fullmatch(_UNIT_TAIL_RE.sub("", text)):
        year -= 1
    period_start = None
    # (A one-year column, 2024年计划 beside 2023年 columns, is no period.)
    if measure is not Measure.LEVEL and period is not None and period.start < (year or period.end):
        period_start = period.start
    # (A leaf with no unit of its own, 2014 under 播种面积（万亩）, is in its group's.)
    unit = next((u for p in reversed(parts) if (u := header_unit(p))), None)
    quantity = quantity_word(parts[0]) if len(parts) > 1 else None
    return Column(
        label, ColumnRole.VALUE, spans, kind, measure, year, period_start, bracket, unit, quantity
    )


def _base_under_aims(
    parts: Sequence[str], years: Sequence[int], period: PlanPeriod | None, measure: Measure
) -> bool:
    """Whether a column is the plan's base year printed under a group of its aims (规划目标
    over 2020年 | 2025年 | 年均增长): the year before the plan, a level, its own cell naming
    no aim — the figure the plan starts from, a result."""
    if period is None or measure is not Measure.LEVEL or len(parts) < 2:
        return False
    leaf = squeeze(parts[-1])
    return (
        years == [period.base] and not has_word(leaf, "target") and not has_word(leaf, "expected")
    )


def reads_as_aim(columns: Sequence[Column], i: int) -> bool:
    """Whether value column ``i`` holds an aim whatever year it names: its label says so
    (2025年目标, 预期), or it is the rate of the aim beside it — a growth or cumulative
    column naming no year right after an aim's column (2020年规划目标 | 年均增长（累计）,
    the two halves of 规划目标 flattened into one header row)."""
    c = columns[i]
    if has_word(c.label, "target") or has_word(c.label, "expected"):
        return True
    if years_in(c.label) or c.measure is Measure.LEVEL or i == 0:
        return False
    before = columns[i - 1]
    return before.kind is Kind.TARGET and has_word(before.label, "target")


# A header cell's role depends on its text alone; the finder asks of every
# short cell of every candidate line, often the same ones (bounded cache).
@lru_cache(maxsize=8192)
def _role(text: str) -> ColumnRole:
    # (The groups a cell has words of, found in one pass: table_words.groups_in.)
    found = groups_in(text)
    if "index" in found:
        return ColumnRole.INDEX
    if "name_cell" in found and squeeze(text) in words("name_cell"):
        return ColumnRole.NAME  # (产品 alone; 农产品 is a row's name)
    if population_column(text) or quantity_word(text):
        return ColumnRole.VALUE
    if "attribute" in found:
        return ColumnRole.ATTRIBUTE
    if "remark" in found or "status" in found and not years_in(text):
        return ColumnRole.OTHER  # (status: an evaluation's 进展情况, its labels per row)
    value_words = bool(years_in(text)) or not found.isdisjoint(_VALUE_GROUPS) or months_cell(text)
    if "name" in found and _UNIT_IN_BRACKETS_RE.search(text) and not value_words:
        return ColumnRole.NAME  # 指标名称（单位）: the name column, its rows' units in brackets
    if "unit" in found and not value_words:
        return ColumnRole.UNIT
    if "category" in found and not value_words:
        return ColumnRole.CATEGORY
    if "name" in found and not value_words:
        return ColumnRole.NAME
    if value_words:
        return ColumnRole.VALUE
    return ColumnRole.OTHER


def months_cell(text: str) -> bool:
    """Whether a header cell is a column of a statistical bureau's monthly or quarterly
    table: the month, the months of the year so far (1-本月, 1—8月) or their growth over
    the same months a year before (比去年同月增长(%); table_words ``months``)."""
    s = squeeze(text)
    return has_word(s, "months") or bool(_MONTHS_RE.fullmatch(_UNIT_TAIL_RE.sub("", s)))


def population_column(text: str) -> bool:
    """Whether a header cell is wholly the part of the population its figures cover
    (全市, 城市, 农村, 全市城镇居民: table_words ``population`` and ``population_part``)."""
    s = squeeze(text)
    whole = s[:2] in words("population") and len(s) > 2
    return s in words("population") or population_part(s[2:] if whole else s)


def quantity_word(text: str) -> str | None:
    """The quantity a header cell wholly names, its unit in brackets aside (播种面积（亩）:
    播种面积; table_words ``quantity``), or None."""
    s = _UNIT_TAIL_RE.sub("", squeeze(text))
    return s if s in words("quantity") else None


def population_part(text: str) -> bool:
    """Whether a header cell is wholly a part of the population (城市, 农村), whose name
    goes before the row's in its figures' indicator."""
    return squeeze(text) in words("population_part")


_UNIT_IN_BRACKETS_RE = re.compile(r"[(（]\s*(?:计量)?单位\s*[)）]")

# Groups whose words make a header cell a value column's (with a year in it).
_VALUE_GROUPS = frozenset(
    ("growth", "cumulative", "target", "actual", "level", "progress", "months")
)


@lru_cache(maxsize=8192)
def is_header_word(text: str) -> bool:
    """Whether a short cell reads as a header cell (序号, 指标, 2025年, 年均增长[累计], 属性 ...)."""
    s = squeeze(text)
    if not s or len(s) > 24:
        return False
    if re.fullmatch(r"(?:19|20)\d\d年?(?:[^\d]{0,8})", s):
        return True
    # (1-本月, 1—10月: the months a monthly table's column sums, no figure.)
    if any(ch.isdigit() for ch in _BASE_100_RE.sub("", _MONTHS_RE.sub("", s))) and not years_in(s):
        return False
    if quantity_word(s) or population_column(s):  # (播种面积, 城镇居民: a value column)
        return True
    role = _role(s)
    if role is ColumnRole.OTHER and not (has_word(s, "remark") or has_word(s, "status")):
        return False
    # A table title (“十四五”主要指标表) names the table, not a column.
    if "表" in s or (role is ColumnRole.NAME and (_PLAN_RE.search(s) or "主要" in s)):
        # (But a column headed 主要指标 between 领域 and the years, as sector plans' tables
        # print it, is the name column: the cell is that word alone.)
        return bool(_NAME_COLUMN_RE.fullmatch(s))
    # A body name such as 地区生产总值增长(%) holds a header word too: a header
    # cell is little else than header words, years and plan names.
    rest = YEAR_RE.sub("", _PLAN_RE.sub("", _MONTHS_RE.sub("", s)))
    for group in HEADER_GROUPS:
        for w in words(group):
            rest = rest.replace(w, "")
    if header_unit(rest):  # 绝对值(亿元): the column's unit in brackets
        rest = _UNIT_TAIL_RE.sub("", rest)
    rest = re.sub(r"[\[\]［］〔〕【】()（）“”\"'‘’%％年值/、]", "", rest)
    return len(rest) <= 3


_NAME_COLUMN_RE = re.compile(r"主要指标(?:名称)?")
# An index's base (上年同期=100): its 100 is no figure of the column.
_BASE_100_RE = re.compile(r"[=＝]100")
_MONTHS_RE = re.compile(r"(?:1\s*[-—–－~～至]\s*)?本月|1\s*[-—–－~～至]\s*\d{1,2}月份?")
_UNIT_TAIL_RE = re.compile(r"[(（][^()（）]{1,12}[)）]$")


# The groups of data/table_words.csv whose words make a header cell.
HEADER_GROUPS = (
    "index",
    "name",
    "category",
    "unit",
    "attribute",
    "remark",
    "status",
    "growth",
    "cumulative",
    "actual",
    "target",
    "base",
    "level",
    "progress",  # (序时进度 under 是否达到: how far along the plan's years should be)
    "months",  # (本月, 1-本月, 比去年同月增长: a monthly table's columns)
)
