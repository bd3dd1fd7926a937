"""Rows of an indicator table to grounded facts.

A row arrives as a :class:`RowPlan` (its name, unit, attribute and value cells placed in
columns), from a text table or a reader's grid alike; each value cell under a value column
becomes a :class:`Fact` with the column's kind, measure and year, the row's indicator,
unit and binding.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from planwatch.core.data import Binding, Evidence, ExtractContext, Fact, Kind, Measure, Span
from planwatch.core.normalise import PINYIN_LETTERS, condense, fold
from planwatch.core.quickinit import quick_init
from planwatch.core.units import MONEY_DIMENSIONS, UnitInfo, header_unit, normalise_unit, unit_info
from planwatch.extract.cues import cues
from planwatch.extract.names import strip_marks
from planwatch.extract.prose_pairs import is_pair_legend
from planwatch.extract.prose_script import clean_junk
from planwatch.extract.sections import PLAN_REVIEWS
from planwatch.extract.table_align import level_left_out
from planwatch.extract.table_cells import (
    NOTE_MARK_RE,
    CellValue,
    TextCell,
    attribute_binding,
    read_values,
)
from planwatch.extract.table_header import (
    AVERAGE_NAME_RE,
    Column,
    ColumnRole,
    PlanPeriod,
    months_cell,
    population_column,
    population_part,
    years_in,
)
from planwatch.extract.table_listed_units import listed_unit
from planwatch.extract.table_words import has_word, squeeze, words

log = logging.getLogger(__name__)


@quick_init
@dataclass(frozen=True, slots=True)
class RecoveredCell:
    """A value-position cell of a row: where it is, its column (index into
    ``RecoveredTable.columns``, None when it fits none) and the fact it gives."""

    span: Span
    text: str
    column: int | None
    fact: Fact | None


@quick_init
@dataclass(frozen=True, slots=True)
class RecoveredRow:
    """One indicator row (or a parent row heading sub-rows, with no cells)."""

    span: Span
    index: str | None
    group: str | None
    parent: str | None
    name: str  # the name cell(s) as printed
    indicator: str  # the indicator the row's facts carry
    unit: str | None
    binding: Binding | None
    attribute: str | None
    cells: tuple[RecoveredCell, ...]

    @property
    def facts(self) -> list[Fact]:
        return [c.fact for c in self.cells if c.fact is not None]


@quick_init
@dataclass(frozen=True, slots=True)
class RowPlan:
    """A row with its value cells placed: the common ground of text and grid tables."""

    span: Span
    index: str | None
    group: str | None
    parent: str | None
    name: str
    unit_texts: tuple[str, ...]
    attribute: str | None
    placed: tuple[tuple[TextCell, int | None], ...]


# --- rows to facts ---------------------------------------------------------------

# (同比增长（%）, 比上年增长: the growth's comparison goes with it, 规模以上工业增加值同比增长 -> 规模以上工业增加值.)
_GROWTH_SUFFIX = re.compile(
    r"(?:同比|比上年|比去年|较上年)?(?:年均)?(?:增长率|增长|增速|增幅|涨幅)$"
)
_DECLINE_SUFFIX = re.compile(r"(?:降低|下降|减少)(?:率)?(?:目标)?$")  # (…降低目标: its aim)
_TRAILING_UNIT = re.compile(r"\s*[(（]([^()（）]{1,12})[)）]\s*$")

# The number of a heading row that holds figures (一、食品烟酒 | -0.6): no part of its name.
_GROUP_NUMBER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．。]|[（(][一二三四五六七八九十]{1,3}[)）])\s*"
)


def clean_name(name: str) -> str:
    """A printed name without footnote marks, unit bracket, heading number and layout spaces
    (☆森林覆盖率①(%) -> 森林覆盖率, 常住人口城镇化率[1] -> 常住人口城镇化率, 一、食品烟酒 -> 食品烟酒)."""
    s = _TRAILING_UNIT.sub("", strip_marks(_unnoted(name))).strip()
    return strip_marks(_unnoted(_GROUP_NUMBER_RE.sub("", s)))


def _unnoted(name: str) -> str:
    """``name`` without a note's number closing it (城镇调查失业率¹, 粮食综合生产能力（注）);
    a bare 注 closing a word (重点关注) is the word's."""
    m = NOTE_MARK_RE.search(name.rstrip())
    if m is None or m.start() == 0 or squeeze(m.group()) == "注":
        return name
    return name[: m.start()]


def growth_suffix(name: str) -> tuple[str, str | None]:
    """(indicator, 'growth'|'decline'|None): 地区生产总值增长 -> (地区生产总值, growth)."""
    m = _GROWTH_SUFFIX.search(name)
    if m and m.start() > 1:
        return name[: m.start()], "growth"
    if _DECLINE_SUFFIX.search(name):
        return name, "decline"  # 单位GDP能源消耗降低 keeps its word (GOLD_SPEC)
    return name, None


def _row_unit(plan: RowPlan) -> str | None:
    name = _unnoted(plan.name)
    for printed in (name, *plan.unit_texts, plan.parent or ""):
        u = header_unit(printed)
        if u:
            return u
        m = _TRAILING_UNIT.search(printed)
        # (上年=100), (2010年不变价): a base or a price note in brackets, not a unit;
        # nor (五年累计), which says what the row's figures sum.
        if m and has_word(m.group(1), "cumulative") and not normalise_unit(m.group(1)):
            m = None
        if m and _ABBREVIATION_RE.fullmatch(m.group(1)) and not normalise_unit(m.group(1)):
            m = None  # (生态系统生产总值(GEP), (R&D): the name's abbreviation, no unit)
        if m and printed is name and not normalise_unit(m.group(1)):
            if plan.unit_texts or has_word(m.group(1), "scope_note"):
                m = None  # (化肥（折纯） | 万吨, 固定资产投资（不含农户）: what is counted)
        if m and (normalise_unit(m.group(1)) or not re.search(r"[\d=＝]", m.group(1))):
            return normalise_unit(m.group(1)) or m.group(1).strip()
        bare = printed.strip()
        if bare and bare in plan.unit_texts:
            # (A unit wrapped onto a line of its own keeps its brackets: （/10万）.)
            inner = bare.strip("()（） ")
            return normalise_unit(inner) or inner or bare
    return None


_ABBREVIATION_RE = re.compile(r"\s*[A-Za-z][A-Za-z&]{1,7}\s*")


# A name cell that kept the cells beside it, one space apart (a table typed with spaces):
# the 类别 before a numbered name (经济发展 1.地区生产总值) and the 单位 after it (… 亿元).
_GROUP_INDEX_RE = re.compile(r"^(\S{2,10})[ \t　]+\d{1,3}[.、．]\s*(?=[^\d\s])")
_GROUP_NAME_RE = re.compile(r"^([\u4e00-\u9fff]{2,8})[ \t　]+(?=[\u4e00-\u9fff]{2})")
_LEAD_INDEX_RE = re.compile(r"^\d{1,3}[.、．]\s*(?=[^\d\s.．])")
# A breakdown's lead before its first row (按城乡分：城镇, 按年龄组分：0-14岁): no part of its name.
_BY_CLASS_RE = re.compile(r"^按[\u4e00-\u9fff]{1,6}分\s*[:：]\s*(?=\S)")
_UNIT_TAIL_RE = re.compile(r"[ \t　]+(\S{1,8})$")
_ATTRIBUTE_TAIL_RE = re.compile(r"\s*[(（]\s*(预期性|约束性)\s*[)）]\s*$")
# A name a typesetter spaced out letter by letter (总 人 口, 农 林 牧 渔 业).
_LETTER_SPACED_RE = re.compile(r"(?:[\u4e00-\u9fff][ \u3000\xa0])+[\u4e00-\u9fff]")


def split_name_cells(plan: RowPlan, has_category: bool = False) -> RowPlan:
    """The row with its name cell cut from the group, list number and unit cells that
    were read as part of it (经济发展 1.地区生产总值 亿元 -> 地区生产总值, unit 亿元;
    under a 类别 column, 设施网络 铁路营业里程 -> 铁路营业里程)."""
    name, group, units = plan.name.strip(), plan.group, plan.unit_texts
    attribute = plan.attribute
    kept = _ATTRIBUTE_TAIL_RE.search(name)
    if kept is not None and attribute is None:
        # (单位地区生产总值能源消耗降低（%）（约束性）: the row's attribute kept in its name.)
        attribute, name = kept.group(1), name[: kept.start()]
    if _LETTER_SPACED_RE.fullmatch(name):
        name = "".join(name.split())  # (总 人 口: a name spaced out, 口 no unit of its own)
    tail = _UNIT_TAIL_RE.search(name)
    if not units and tail is not None and normalise_unit(tail.group(1)):
        units, name = (tail.group(1),), name[: tail.start()]
    m = _GROUP_INDEX_RE.match(name) or (_GROUP_NAME_RE.match(name) if has_category else None)
    if m is not None:
        group = group or m.group(1)
        name = name[m.end() :]
    name = _BY_CLASS_RE.sub("", _LEAD_INDEX_RE.sub("", name))
    read = (plan.name.strip(), plan.group, plan.unit_texts, plan.attribute)
    if (name, group, units, attribute) == read:
        return plan
    return replace(plan, name=name, group=group, unit_texts=units, attribute=attribute)


_OUTPUT_RE = re.compile(r"(?:地区|国内)?生产总值(?:\(GDP\)|（GDP）|GDP)?|GDP")


def sub_row_indicator(parent: str | None, name: str) -> str:
    """The row's indicator, with its parent where the sub-row name alone says too little."""
    if not parent:
        return name
    p = growth_suffix(clean_name(parent))[0]
    shared = any(p[i : i + 2] in name for i in range(len(p) - 1))
    if shared or len(name) >= 6:
        return name
    if _OUTPUT_RE.fullmatch(p):
        return name + "增加值"  # 地区生产总值 / 第一产业: its value added, 第一产业增加值
    measure = cues().measure_noun_re.search(p)
    if measure is not None and measure.start() > 0:
        return name + measure.group()  # 主要工业产品产量 / 原油: 原油产量
    return f"{p}-{name}"


def build_row(
    text: str,
    ctx: ExtractContext,
    columns: Sequence[Column],
    plan: RowPlan,
    period: PlanPeriod | None,
    table_unit: str | None = None,
) -> RecoveredRow:
    """The row's cells with the facts they give; ``table_unit`` (单位:吨 above the
    table) holds for a row that prints no unit of its own."""
    plan = split_name_cells(plan, any(c.role is ColumnRole.CATEGORY for c in columns))
    plan = _without_pinyin(plan)
    base_name, direction = growth_suffix(clean_name(plan.name))
    if base_name in words("sex_row"):
        base_name += "性"  # (男 / 女 rows of a population table: the men, the women)
    indicator = as_printed(text, plan.span, sub_row_indicator(plan.parent, base_name))
    own_unit = _row_unit(plan)
    unit = own_unit or listed_unit(table_unit, plan.name)
    starred = any(ch in (plan.name + (plan.parent or "")) for ch in "☆★")
    binding = attribute_binding(plan.attribute or "") or (Binding.BINDING if starred else None)
    growth_only = unit == "%" and level_left_out(plan.placed, columns)
    row = _RowFacts(
        text, ctx, plan, indicator, unit, binding, direction, period, growth_only,
        unit_of_table=own_unit is None and unit is not None,
    )  # fmt: skip
    cells: list[RecoveredCell] = []
    for cell, j in plan.placed:
        col = columns[j] if j is not None else None
        values = read_values(cell.text) if _reads(col) else []
        names = _names(indicator, values)
        cols = _pair_columns(col, len(values))  # type: ignore[arg-type]
        facts = [row.fact(cell, c, v, name) for c, v, name in zip(cols, values, names)]
        facts = [f for f in facts if f is not None]
        cells.extend(RecoveredCell(cell.span, cell.text, j, f) for f in facts or [None])
    return RecoveredRow(
        plan.span,
        plan.index,
        plan.group,
        plan.parent,
        plan.name,
        indicator,
        unit,
        binding,
        plan.attribute,
        tuple(cells),
    )


def _pair_columns(col: Column, count: int) -> list[Column]:
    """The column each of a cell's ``count`` figures is read under: under a header saying
    the cell holds an aim and a result parted by a slash (2024年目标/完成: 6%以上/6.9%), the
    first is the aim and the second the result; else the column itself for each."""
    if count == 2 and is_pair_legend(col.label):
        return [replace(col, kind=Kind.TARGET), replace(col, kind=Kind.ACTUAL)]
    return [col] * count


def _reads(col: Column | None) -> bool:
    return col is not None and col.role is ColumnRole.VALUE and col.kind is not None


def _names(indicator: str, values: Sequence[CellValue]) -> list[str]:
    """Each value's indicator: a row naming two (城镇登记失业率/城镇调查失业率) over a
    cell of two figures gives one each; a figure's own label (全省人均GDP) names
    it, a short one (全省) with the row's name after it."""
    parts = indicator.split("/")
    if len(values) > 1 and len(parts) == len(values):
        names = [p.strip() for p in parts]
    else:
        names = [indicator] * len(values)
    for i, v in enumerate(values):
        if v.label:
            names[i] = v.label if len(v.label) >= 4 else v.label + names[i]
        elif v.part is not None and len(values) == 3 and "产业" in indicator:
            names[i] = f"第{'一二三'[v.part]}产业比重"  # 三次产业结构 16:52:32, as prose names it
    return names


@dataclass(frozen=True, slots=True)
class _RowFacts:
    """What every fact of one row shares; :meth:`fact` makes one cell value's fact."""

    text: str
    ctx: ExtractContext
    plan: RowPlan
    indicator: str
    unit: str | None
    binding: Binding | None
    direction: str | None
    period: PlanPeriod | None
    growth_only: bool = False
    unit_of_table: bool = False  # (``unit`` is the table's 单位 line's, the row printing none)

    def _unit(self, col: Column, v: CellValue) -> str | None:
        """The cell's unit: its own, else its row's; a column's own unit beats the table's
        unit line (单位:万人 over 年末数 | 比重(%): the shares are in %), and a share's column
        in % the row's unit cell (户籍总人口 | 人 | 146041 | 100.0 under 比重(%))."""
        share = col.unit == "%" and has_word(col.label, "share_name")
        if col.unit and (self.unit_of_table or share):
            return v.unit or col.unit
        return v.unit or self.unit or col.unit

    def fact(self, cell: TextCell, col: Column, v: CellValue, name: str) -> Fact | None:
        measure, period_start = self._measure(col, v)
        fact_unit = "%" if measure is Measure.GROWTH else self._unit(col, v)
        if self._share_points(v, measure, fact_unit):
            fact_unit = "个百分点"
        if has_word(col.label, "progress") and (
            "%" in (col.unit, v.unit) or col.label.rstrip().endswith(("%", "％"))
        ):  # (完成目标% : the bare sign after the words is the column's unit)
            # 完成进度(%) beside 亿元 figures, or 46.2% under 完成进度: how much of the aim
            # was done, in %: a share, whatever the row's own figures are (a fall's too).
            fact_unit, period_start, measure = "%", None, Measure.LEVEL
            name = name if name.endswith("进度") else name + "完成进度"
        if population_part(col.label) and not name.startswith(col.label):
            name = col.label + name  # 城市 | 居民消费价格: 城市居民消费价格
        if col.quantity and col.quantity not in name:
            name += col.quantity  # 玉米 | 播种面积（亩）: 玉米播种面积
        area = self.ctx.meta.area
        fact = Fact(
            doc=self.ctx.doc,
            start=cell.span.start + v.start,
            end=cell.span.start + v.end,
            quote_start=self.plan.span.start,
            quote_end=self.plan.span.end,
            indicator=name,
            kind=col.kind,  # type: ignore[arg-type]
            measure=measure,
            value=v.value,
            unit=fact_unit,
            year=col.year,
            period_start=period_start,
            comparator=v.comparator,
            binding=self.binding,
            jurisdiction=col.area or (area.name if area else None),
            jurisdiction_code=None if col.area else (area.code if area else None),
            origin="table",
            evidence=column_evidence(self.text, col),
        )
        if not _grounded(self.text, fact):
            log.debug("table cell %r not found at its span; skipped", cell.text)
            return None
        return fact

    def _share_points(self, v: CellValue, measure: Measure, unit: str | None) -> bool:
        """Whether a bracketed (五年累计) change on a row of a share or rate in % (服务业增加值
        比重（%） 37.4 45 [7.6]) counts percentage points, as the genres weighing a plan's
        aims against results print it; a fall in % (能耗降低（%） [16]) stays relative."""
        if not v.bracketed or measure is not Measure.CHANGE or unit != "%":
            return False
        if self.direction in ("growth", "decline"):
            return False
        return self.ctx.meta.doc_type in PLAN_REVIEWS

    def _price_change(self, v: CellValue) -> bool:
        """A small figure in a price row under a table's 单位: % (table_words price_row)."""
        name, small = squeeze(self.plan.name).lstrip("#其中:："), abs(v.value) < 30
        return self.unit_of_table and self.unit == "%" and small and name in words("price_row")

    def _measure(self, col: Column, v: CellValue) -> tuple[Measure, int | None]:
        """The measure and first year of a value under ``col`` in this row."""
        measure = col.measure or Measure.LEVEL
        period_start = col.period_start
        period, direction = self.period, self.direction
        if v.measure in (Measure.GROWTH, Measure.CHANGE):  # 翻一番, 提高13.4个百分点: the cell's
            measure = v.measure
            named = years_in(self.plan.name)
            plan_start = period.start if period else None
            period_start = named[0] + 1 if named else (period_start or plan_start)
        elif v.bracketed or _summed_row(self.plan.name):
            # (固定资产投资（五年累计） 312.5 550: a row of sums, bracketed or not)
            return self._cumulative(col, v)
        elif measure is Measure.LEVEL and v.unit == "%" and self.unit not in _RATE_UNITS:
            # A per cent in an amount's row (地区生产总值（亿元） | 1286.4 | 6.3 | 6%左右): the
            # amount's growth, over the plan's years when it is a plan's aim.
            aim = col.kind is Kind.TARGET and period is not None and period.start < (col.year or 0)
            return Measure.GROWTH, period.start if aim and period else None
        elif self._price_change(v):  # (单位: % | 居民消费价格 | 1.6: the year's change)
            return Measure.GROWTH, None
        elif v.years and col.year:  # 4.4（两年平均） under 2022年: the growth of 2021–2022
            return Measure.GROWTH, col.year - v.years + 1
        elif direction in ("growth", "decline"):
            if measure is Measure.LEVEL:
                # A growth row's figure under a year column: that year's growth,
                # or the plan's average/cumulative one for targets and declines.
                keep = col.kind is Kind.TARGET or direction == "decline"
                keep = keep or _average_row_so_far(self.plan.name, col, self.period)
                period_start = period.start if (keep and period) else None
            measure = Measure.GROWTH
        elif self.unit == "个百分点":
            measure = Measure.CHANGE
        elif self._growth_only_row(col):
            measure = Measure.GROWTH
        elif measure is Measure.GROWTH and (
            self.unit == "%" and not self.unit_of_table or has_word(self.plan.name, "share_row")
        ):
            # A rate's row (城镇调查失业率（%） 5.3 | — | ＜5.5; …比重 | 3.4左右 under 目标增长(%))
            # under a growth: the rate aimed at. (Not 全市 | 城市 of growths; nor 单位:% tables.)
            if not population_column(col.label):
                measure = Measure.LEVEL
        if measure is Measure.LEVEL:
            period_start = None
        elif period_start is None and period is not None and measure is Measure.CHANGE:
            period_start = period.start
        year = col.year or (period.end if period else None)
        if period_start is not None and year is not None and period_start >= year:
            period_start = None  # (one year's figure: 2024年计划 of an annual report)
        return measure, period_start

    def _growth_only_row(self, col: Column) -> bool:
        """A monthly table's row of an amount whose unit is % (规模以上工业增加值(%) — 7.4 —
        8.1): the bureau publishes its growth only, so its figures under the month's and the
        year-so-far columns and their growth columns are growths; so is a row in % whose
        amount is left out (规模以上工业增加值 | % | — | 6.8 under 1-6月 | 增长%), and any
        table's row of an amount in % (累计全社会固定资产投资(%) | 13 | 13.9). Not a rate's
        or a share's row (城镇调查失业率(%))."""
        amount = has_word(self.plan.name, "amount_row")
        if self.unit != "%" or not (self.growth_only or months_cell(col.label) or amount):
            return False
        return not any(w in self.plan.name for w in words("share_name"))

    def _cumulative(self, col: Column, v: CellValue) -> tuple[Measure, int | None]:
        """A bracketed (五年累计) figure: a change over the column's five years in every
        genre (GOLD_SPEC's bracketed cumulative value, settled in round 31), a sum of
        money (交通固定资产投资 亿元 〔700〕) and a fall in % (能耗降低 〔14.5〕) included,
        except an average growth's row (地区生产总值增长（%）[6.3]). A row that only says it
        sums (（五年累计）) over bare figures: a sum of money or a flow is the period's
        total, a level, a fall in % a growth. Under the base-year column the bracket sums
        the plan before (〔486〕 under 2020年)."""
        period = self.period
        year = col.year or (period.end if period else None)
        start = col.period_start or (period.start if period else None)
        if year is not None and start is not None and start >= year:
            start = None
            if period is not None and year == period.base:
                start = year - (period.end - period.start)
        unit = self._unit(col, v)
        info = unit_info(unit) if unit else None
        # A bracket is GOLD_SPEC's bracketed cumulative value, a change, in every genre;
        # a row that only says it sums (（五年累计）) over bare figures is the period's
        # total where it is money or a flow (see _sum_is_level).
        if not v.bracketed and _sum_is_level(self.plan.name, unit, info):
            return Measure.LEVEL, start
        if self.direction == "growth" and unit == "%":
            return Measure.GROWTH, start  # 地区生产总值增长（%）[6.3]: its average growth
        if self.direction == "decline" and unit == "%" and not v.bracketed:
            return Measure.GROWTH, start
        return Measure.CHANGE, start


# Units of a rate's row, whose per cent cells are its levels (None: the row prints none).
_RATE_UNITS = frozenset({None, "%", "个百分点", "‰"})


def _sum_is_level(name: str, unit: str | None, info: UnitInfo | None) -> bool:
    """Whether a row's bare five-year sum (固定资产投资（五年累计） 820.4) is the period's
    total, a level: a sum of money or a flow's total (城镇新增就业（万人）). Bracketed,
    the same sums are changes (GOLD_SPEC's bracketed cumulative values)."""
    if info is not None and info.dimension in MONEY_DIMENSIONS:
        return True  # (亿美元 too)
    return unit != "%" and has_word(name, "flow_total")


def _summed_row(name: str) -> bool:
    """Whether a row's name says its figures are sums over the plan's years, in the
    bracket closing it (全社会固定资产投资（五年累计）)."""
    m = _TRAILING_UNIT.search(name)
    return m is not None and has_word(m.group(1), "cumulative")


def _average_row_so_far(name: str, col: Column, period: PlanPeriod | None) -> bool:
    """Whether a result under a year column of an average-growth row (地区生产总值年均增长,
    the 2022年 column of a mid-term table) is the average since the plan began: a year
    inside the plan's period, past its first (the base year's column is that year's)."""
    if col.kind is not Kind.ACTUAL or period is None or col.year is None:
        return False
    return period.start < col.year <= period.end and bool(AVERAGE_NAME_RE.search(name))


# Pinyin a mirror site put in brackets after a character of a row's words (房地產(chǎn)業,
# 萬(wàn)噸): lower-case letters, so an abbreviation in brackets (生产总值(GDP)) is no such thing.
_PINYIN_IN_WORD_RE = re.compile(
    rf"[\u3400-\u9fff][(（][{PINYIN_LETTERS.replace('A-Z', '')}]{{1,6}}[)）]"
)


def _without_pinyin(plan: RowPlan) -> RowPlan:
    """The row with pinyin inserted inside its name and unit cells taken out: it is no part
    of the name, and its bracket would read as the row's unit (水泥(ní): a unit ní)."""
    texts = (plan.name, plan.parent or "", *plan.unit_texts)
    if not any(_PINYIN_IN_WORD_RE.search(t) for t in texts):
        return plan
    return replace(
        plan,
        name=clean_junk(plan.name),
        parent=clean_junk(plan.parent) if plan.parent else plan.parent,
        unit_texts=tuple(clean_junk(u) for u in plan.unit_texts),
    )


def as_printed(text: str, row: Span, indicator: str) -> str:
    """The indicator in the document's own script: names are read on the folded
    view (全區 reads as 全区), the fact keeps the characters as printed. Each
    piece (parent-name) is looked up in the row and the lines above it (the
    parent row); a piece not found as one run (a name wrapped over lines) stays."""
    start = max(0, row.start - 400)
    window = text[start : row.end]
    view = fold(window)
    if view == window:
        return indicator
    pieces = []
    for piece in indicator.split("-"):
        at = view.rfind(piece) if piece else -1
        spaced = _spaced_in(view, piece, row.start - start) if len(piece) > 1 else None
        if spaced is not None:  # (a name letter-spaced as printed in its row: 農 林 牧 漁 業)
            pieces.append("".join(window[spaced[0] : spaced[1]].split()))
        elif at < 0 and piece:  # (pinyin inside its words as printed: 房地產(chǎn)業)
            pieces.append(_printed_without_junk(window, piece))
        else:
            pieces.append(window[at : at + len(piece)] if at >= 0 else piece)
    return "-".join(pieces)


def _printed_without_junk(window: str, piece: str) -> str:
    """``piece`` in the window's own characters, found in its view without pinyin inside
    words (:func:`condense`); the piece itself where it is not there either."""
    cond = condense(window)
    at = cond.text.rfind(piece)
    if at < 0 or len(cond.text) == len(window):
        return piece
    return "".join(window[cond.offsets[i]] for i in range(at, at + len(piece)))


def _spaced_in(view: str, piece: str, row_at: int) -> tuple[int, int] | None:
    """Where ``piece`` stands spaced out letter by letter in the row (from ``row_at`` of
    ``view`` on), when it does not stand there as one run."""
    if piece in view[row_at:]:
        return None
    m = re.search(r"[ \u3000\xa0]?".join(map(re.escape, piece)), view[row_at:])
    return None if m is None else (row_at + m.start(), row_at + m.end())


def column_evidence(text: str, col: Column) -> tuple[Evidence, ...]:
    """Why a cell's fact has its kind and year: the header cell(s) of its column
    that say so (规划目标值 for the kind, 2025年 for the year in a two-level header)."""
    parts = col.label.split(" / ")
    if len(parts) != len(col.spans):
        parts, spans = [col.label], (col.spans[-1],) if col.spans else ()
    else:
        spans = col.spans
    if not spans:
        return (Evidence("kind", "table_column", col.label), Evidence("year", "table_column"))
    pairs = list(zip(parts, spans, strict=True))
    kind_at = next(
        (p for p in pairs if has_word(p[0], "target") or has_word(p[0], "actual")), pairs[-1]
    )
    year_at = next((p for p in pairs if years_in(p[0])), pairs[-1])
    fields = (("kind", kind_at), ("year", year_at))
    if col.area:  # (博乐市 over the column: the figure's area, kept by the jurisdiction pass)
        fields += (("jurisdiction", pairs[-1]),)
    return tuple(
        Evidence(field, "table_column", text[span.start : span.end], span.start, span.end)
        for field, (_, span) in fields
    )


def _grounded(text: str, fact: Fact) -> bool:
    """Whether the fact's span shows a digit of its value, or words that read as
    it (翻一番: 100 %) (the grounding invariant)."""
    shown = text[fact.start : fact.end]
    if any(ch.isdigit() or ch in "０１２３４５６７８９" for ch in shown):
        return True
    return any(v.value == fact.value for v in read_values(shown))
