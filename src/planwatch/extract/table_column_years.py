"""Which year and kind each value column of an indicator table holds, from the table's
own headers and title and the document it is in (a results document's amount columns, a
bare year beside an aim of that year, the year an evaluation reviews)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from planwatch.core.data import DocType, ExtractContext, Kind, Measure
from planwatch.core.units import header_unit
from planwatch.extract.sections import PLAN_REVIEWS
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import (
    Column,
    ColumnRole,
    PlanPeriod,
    months_cell,
    population_column,
    reads_as_aim,
    years_in,
)
from planwatch.extract.table_words import has_word


def amount_columns(columns: list[Column], year: int) -> list[Column]:
    """In a results document's table, a column headed by a quantity's name and no
    value word (产量, 产值 beside 比上年增长%) holds that year's amounts, in the unit its
    label names (投资额（亿元）)."""
    if not any(c.role is ColumnRole.VALUE for c in columns):
        return columns
    return [
        Column(
            c.label,
            ColumnRole.VALUE,
            c.spans,
            Kind.ACTUAL,
            Measure.LEVEL,
            year,
            unit=header_unit(c.label.split(" / ")[-1]),
        )
        if c.role is ColumnRole.OTHER and not has_word(c.label, "remark")
        else c
        for c in columns
    ]


def year_aim_columns(columns: list[Column], year: int) -> list[Column]:
    """In a results document's table of ``year``, an aim's column of the year itself with no
    year printed (年度目标, 全年目标 beside 1—12月完成) holds that year's aims."""
    return [
        dataclasses.replace(c, year=year)
        if c.role is ColumnRole.VALUE
        and c.kind is Kind.TARGET
        and c.year is None
        and has_word(c.label, "this_year")
        and not years_in(c.label)
        else c
        for c in columns
    ]


def paired_year_columns(columns: list[Column]) -> list[Column]:
    """A bare year column beside an aim's column of the same year and measure (2020年目标 |
    2020年) holds what that year came to: a result, whatever the year."""
    aims = {
        (c.year, c.measure)
        for c in columns
        if c.role is ColumnRole.VALUE and c.kind is Kind.TARGET and has_word(c.label, "target")
    }
    return [
        dataclasses.replace(c, kind=Kind.ACTUAL)
        if c.role is ColumnRole.VALUE
        and c.kind is Kind.TARGET
        and (c.year, c.measure) in aims
        and not has_word(c.label, "target")
        and not has_word(c.label, "expected")
        else c
        for c in columns
    ]


def reviewed_columns(
    columns: list[Column], ctx: ExtractContext, period: PlanPeriod | None
) -> list[Column]:
    """In a mid-term evaluation, a results column naming no year (中期实际, 完成情况) holds
    the results of the year the evaluation reviews, not of the plan's last year."""
    reviewed = ctx.meta.reviewed_year
    if ctx.meta.doc_type is not DocType.MIDTERM_EVALUATION or period is None or reviewed is None:
        return columns
    if reviewed >= period.end or any(_dated_result(c, period, end=True) for c in columns):
        return columns  # (实际完成 over 2025年 | 年均增长: the table reports the plan's end)
    # (Beside a dated results column, 2022年完成 | 完成进度(%), the table's own year.)
    dated = [c.year for c in columns if _dated_result(c, period)]
    year = max(dated) if dated else reviewed
    return [
        dataclasses.replace(c, year=year)
        if c.role is ColumnRole.VALUE
        and c.kind is Kind.ACTUAL
        and c.year == period.end
        and not years_in(c.label)
        and not has_word(c.label, "base")
        else c
        for c in columns
    ]


def _dated_result(c: Column, period: PlanPeriod, *, end: bool = False) -> bool:
    """Whether ``c`` is a results column naming a year inside the plan (2022年完成), or its
    last year with ``end`` (实际完成 over 2025年)."""
    if c.role is not ColumnRole.VALUE or c.kind is not Kind.ACTUAL or c.year is None:
        return False
    inside = c.year == period.end if end else period.start <= c.year < period.end
    return inside and bool(years_in(c.label))


def reviewed_year_columns(columns: list[Column], ctx: ExtractContext) -> list[Column]:
    """In a document that reviews a plan (an evaluation, an annual report), a bare year
    column of a year it has results for (2022年 beside 2020年 and 2025年目标 in a 2023
    mid-term evaluation) holds that year's results, not an interim aim."""
    reviewed = ctx.meta.reviewed_year
    if ctx.meta.doc_type not in PLAN_REVIEWS or reviewed is None:
        return columns
    return _rates_of_results(
        [
            dataclasses.replace(c, kind=Kind.ACTUAL)
            if c.role is ColumnRole.VALUE
            and c.kind is Kind.TARGET
            and c.year is not None
            and c.year <= reviewed
            and not reads_as_aim(columns, i)
            else c
            for i, c in enumerate(columns)
        ]
    )


def _rates_of_results(columns: list[Column]) -> list[Column]:
    """A growth or cumulative column naming no year and no aim right after a dated results
    column inside the plan (2020年 | 2025年目标 | 2022年 | 年均增长(%)) is that result's
    rate: a result over the plan's years to that column's year, not the plan's aim (the
    mirror of table_header.reads_as_aim, a rate after an aim's column)."""
    out = list(columns)
    for i in range(1, len(out)):
        c, before = out[i], out[i - 1]
        if (
            c.role is ColumnRole.VALUE
            and c.kind is Kind.TARGET
            and c.measure is not Measure.LEVEL
            and c.period_start is not None
            and not years_in(c.label)
            and not has_word(c.label, "target")
            and not has_word(c.label, "expected")
            and before.role is ColumnRole.VALUE
            and before.kind is Kind.ACTUAL
            and before.year is not None
            and before.year > c.period_start
            and years_in(before.label)
            and not has_word(before.label, "base")
        ):
            out[i] = dataclasses.replace(c, kind=Kind.ACTUAL, year=before.year)
    return out


def title_year(columns: list[Column], title: str) -> list[Column]:
    """Value columns without a year take the one year the title names
    (2020年…总量与速度指标表: 总量指标 is the 2020 figure). Without a target word
    such a table reports results: its columns are actuals; with one, its aims' columns
    naming no year are of the title's year."""
    years = set(years_in(title))
    if len(years) != 1:
        return columns
    (year,) = years
    if has_word(title, "target"):
        # (2019年全省经济社会发展主要预期目标 over 指标 | 目标: the aims are of its year.)
        return [
            dataclasses.replace(c, year=year)
            if c.role is ColumnRole.VALUE and c.year is None and c.kind is Kind.TARGET
            else c
            for c in columns
        ]
    return [
        dataclasses.replace(
            c, year=year, kind=c.kind if has_word(c.label, "target") else Kind.ACTUAL
        )
        if c.role is ColumnRole.VALUE and c.year is None
        else c
        for c in columns
    ]


def population_measure(columns: list[Column], title: str | None) -> list[Column]:
    """Columns that are parts of the population (指标 | 全市 | 城市 | 农村) name no measure:
    their figures are of the one the title names, a growth when it names one
    (居民消费价格比上年涨跌幅度, 主要指标增长速度), else amounts as printed."""
    if not title or not has_word(title, "growth"):
        return columns
    return [
        dataclasses.replace(c, measure=Measure.GROWTH)
        if c.role is ColumnRole.VALUE and c.measure is Measure.LEVEL and population_column(c.label)
        else c
        for c in columns
    ]


def period_of_columns(columns: Sequence[Column]) -> PlanPeriod | None:
    for c in columns:
        if c.period_start and c.year:
            return PlanPeriod(c.period_start, c.year)
    years = [c.year for c in columns if c.year]
    if years:
        return PlanPeriod(min(years) + 1, max(years)) if len(set(years)) > 1 else None
    return None


__all__ = [
    "REVIEWING_GENRES",
    "actual_through",
    "amount_columns",
    "month_year",
    "paired_year_columns",
    "period_of_columns",
    "population_measure",
    "reviewed_columns",
    "reviewed_year_columns",
    "title_year",
    "titled_year",
]


# A header of three bare years or more, a name column's word before them at most.
_BARE_YEARS_RE = re.compile(r"(?:[^\d年]{1,6}\s+)?(?:19|20)\d\d(?:\s+(?:19|20)\d\d){2,}")
REVIEWING_GENRES = (
    DocType.STATISTICAL_COMMUNIQUE,
    DocType.STATISTICAL_NEWS,
    DocType.WORK_REPORT,
    DocType.NEWS,
)


def actual_through(ctx: ExtractContext, period: PlanPeriod | None, head: str = "") -> int | None:
    """The last year a non-plan document reports results for (None inside a plan period);
    in a document of no genre, the last of a yearbook's columns of bare years (``head``, the
    header's text: 1995 2000 2005 2010, no 年 and no aim: a series of results)."""
    meta = ctx.meta
    if period is None and meta.doc_type is DocType.OTHER and _BARE_YEARS_RE.fullmatch(head):
        return max(years_in(head))
    if period is not None or meta.doc_type not in REVIEWING_GENRES:
        return None
    return meta.reviewed_year  # (a report's own year is its aims' unless delivered late)


def titled_year(title: str, ctx: ExtractContext) -> int | None:
    """The one year a statistics release's table title names (某县2019年粮食播种面积、产量),
    after the year the page would review and not after its own: the year it reports."""
    years = set(years_in(title))
    meta = ctx.meta
    if len(years) != 1 or meta.doc_type not in _STATISTICS or meta.reference_year is None:
        return None
    year = years.pop()
    return year if (meta.reviewed_year or 0) < year <= meta.reference_year else None


_STATISTICS = (DocType.STATISTICAL_COMMUNIQUE, DocType.STATISTICAL_NEWS)


# A month or months of a year as a monthly page's title or issue line names them (2024年8月,
# 2024年1-8月, 2024年1—8月份).
_YEAR_MONTH_RE = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:1\s*[-—–－~～至]\s*)?\d{1,2}\s*月")


# A growth over the same time a year before alone (同比增长%, 比去年同期增长): in a year's
# communiqué, the year's growth, no month's.
_SAME_TIME_RE = re.compile(r"同比|同期")


def monthly_header(header: Sequence[TextCell], doc_type: DocType) -> bool:
    """Whether a table's header is a monthly or quarterly table's (table_header.months_cell):
    in a year's communiqué, only where a cell names the months (本月, 1-8月, 同月)."""
    months = [c.text for c in header if months_cell(c.text)]
    if doc_type is DocType.STATISTICAL_COMMUNIQUE:
        months = [m for m in months if not _SAME_TIME_RE.search(m) or "月" in m]
    return bool(months)


def month_year(text: str, end: int, title: str = "") -> int | None:
    """The year of a statistical bureau's monthly table (本月 | 1-本月 columns): the one year
    its title names, else the year of the last month named before the table (the page's
    issue line), whatever year the page's genre would report on (a 统计月报 page read as a
    communiqué). (A communiqué's price table, 2020年某县居民消费价格指数 | 上年同期=100,
    reports the title's year, not that of the issue line 2021年4月 under the page's title.)"""
    titled = set(years_in(title))
    if len(titled) == 1:
        return titled.pop()
    found = list(_YEAR_MONTH_RE.finditer(text, 0, end))
    return int(found[-1].group(1)) if found else None
