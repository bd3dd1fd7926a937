"""A table of a series over the years: one row a year, one column an indicator.

Yearbooks and communiqués print an indicator's history with the years down the side
(历年总户数和总人口: 年份 | 总户数 | 总人口 | 其中 男性 | 女性 …, then ``1978 123.30 457.70 …``
on each line) where plans and reports put the years across the top. The table finder,
anchored on a header over rows that open with a name, does not see it: every row opens
with a year.

Here four lines in a row at least, each a year (ascending or descending, no year twice)
and as many figures as the others, are such a table. The header lines above them give the
columns' names: their Chinese words but the year column's (年份), the word 其中 and a
grouping's label (按性别分), in order, each line's after the one's above (其中 opens the
line of the parts). Where they do not come to as many names as the rows hold figures, the
last header line alone must; else nothing is read. A 单位 line above gives the units, one
for all or one a column by the unit's last word in the column's name (万户 for 总户数, 万人
for 总人口 and the columns after it). Each figure is a result of its row's year, unless the
year is after the one the document reports (a plan's yearly aims).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from planwatch.core.data import ExtractContext, Kind, Measure, Span
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_facts import RowPlan
from planwatch.extract.table_header import Column, ColumnRole
from planwatch.extract.table_titles import UNIT_LINE_RE
from planwatch.extract.table_view import table_view

_NUM = r"-?\d+(?:\.\d+)?"
# A row: its year (1978, 1978年), then its figures parted by spaces, tabs or bars.
_ROW_RE = re.compile(
    rf"^[ \t\u3000|]*(?P<year>(?:19|20)\d\d)\s*年?(?P<cells>(?:[ \t\u3000|]+{_NUM}){{2,}})[ \t\u3000|]*$",
    re.MULTILINE,
)
_CELL_RE = re.compile(_NUM)
# A line opening on a year and a figure, in the stored text (full-width digits too).
_ROW_HINT_RE = re.compile(
    r"(?m)^[ \t\u3000|｜]*[12１２][0-9０-９]{3}\s*年?[ \t\u3000|｜]+[-0-9０-９]"
)
_HAN_TOKEN_RE = re.compile(r"[^\s|｜\d.%（）()]*[\u4e00-\u9fff][^\s|｜]*")
# Header words that name no column of figures: the years' own column, 其中, a grouping.
_YEAR_HEAD_RE = re.compile(r"年\s*份|年\s*度|年")
_GROUPING_RE = re.compile(r"按.{1,10}分|其中|合计|单位.*")
# A table's title (表2-1 …, 2-1 …): the header lies below it.
_TITLE_RE = re.compile(r"\s*(?:附?表\s*)?\d{1,2}\s*[-—－.]\s*\d{1,2}\s|\s*附?表\s*\d")
_MIN_ROWS = 4
_HEAD_LINES = 8  # how far above the first row its header lines may start


@dataclass(frozen=True, slots=True)
class YearRows:
    """The lines of a year-by-year series and the columns its header names."""

    span: Span
    rows: tuple[re.Match[str], ...]
    names: tuple[str, ...]
    units: tuple[str | None, ...]


def find_year_rows(text: str) -> list[YearRows]:
    """Every series of four years or more with a header naming its columns, read on the
    table view of ``text`` (same offsets); a text with fewer lines opening on a year and a
    figure is passed over at once (most are)."""
    if sum(1 for _ in islice(_ROW_HINT_RE.finditer(text), _MIN_ROWS)) < _MIN_ROWS:
        return []
    text = table_view(text)
    out: list[YearRows] = []
    run: list[re.Match[str]] = []
    for m in _ROW_RE.finditer(text):
        if run and not _follows(text, run, m):
            out += _closed(text, run)
            run = []
        run.append(m)
    out += _closed(text, run)
    return out


def _follows(text: str, run: list[re.Match[str]], m: re.Match[str]) -> bool:
    """Whether ``m`` is the next row of ``run``: the next line, as many figures, a year on."""
    between = text[run[-1].end() : m.start()]
    width = len(_CELL_RE.findall(run[0]["cells"]))
    step = int(m["year"]) - int(run[-1]["year"])
    first = int(run[1]["year"]) - int(run[0]["year"]) if len(run) > 1 else step
    return (
        not between.strip()
        and len(_CELL_RE.findall(m["cells"])) == width
        and step != 0
        and (step > 0) == (first > 0)
    )


def _closed(text: str, run: list[re.Match[str]]) -> list[YearRows]:
    if len(run) < _MIN_ROWS:
        return []
    width = len(_CELL_RE.findall(run[0]["cells"]))
    head, unit_line = _header_lines(text, run[0].start())
    names = _names(head, width)
    if names is None:
        return []
    units = _units(unit_line, names)
    return [YearRows(Span(run[0].start("year"), run[-1].end()), tuple(run), names, units)]


def _header_lines(text: str, start: int) -> tuple[list[str], str | None]:
    """The header's lines above ``start`` (non-blank, nearest last, up to the table's 单位
    line, its title or a sentence) and its 单位 line."""
    lines = text[:start].rstrip("\n").split("\n")[-_HEAD_LINES:]
    out: list[str] = []
    unit_line = None
    for line in reversed(lines):
        if UNIT_LINE_RE.search(line):
            unit_line = line
            break
        if "。" in line or _TITLE_RE.match(line) or _ROW_RE.fullmatch(line):
            break
        if line.strip():
            out.append(line)
    return out[::-1], unit_line


def _names(head: list[str], width: int) -> tuple[str, ...] | None:
    """The columns' names, ``width`` of them, from the header lines (see the module)."""
    words = [[w for w in _HAN_TOKEN_RE.findall(line) if not _skipped(w)] for line in head]
    if len(words) > 1 and len(words[0]) == 1 and len(_HAN_TOKEN_RE.findall(head[0])) == 1:
        words = words[1:]  # (a caption alone on the first line, 历年户数和人口: no column)
    joined = [w for line in words for w in line]
    if len(joined) == width:
        return tuple(joined)
    if words and len(words[-1]) == width:
        return tuple(words[-1])
    return None


def _skipped(word: str) -> bool:
    return bool(_YEAR_HEAD_RE.fullmatch(word) or _GROUPING_RE.fullmatch(word))


def _units(unit_line: str | None, names: tuple[str, ...]) -> tuple[str | None, ...]:
    """Each column's unit from a 单位 line above (one for all, or by its last word)."""
    m = UNIT_LINE_RE.search(unit_line) if unit_line else None
    if m is None:
        return (None,) * len(names)
    units = [u for u in re.split(r"[,，、/\s]+", m.group(1)) if u]
    out: list[str | None] = []
    for name in names:
        own = next((u for u in units if u[-1] in name), None)
        out.append(own or (out[-1] if out else units[0]))
    return tuple(out)


def year_row_plans(rows: YearRows, ctx: ExtractContext) -> tuple[list[Column], list[RowPlan]]:
    """The series as the row reader's columns (the name, then each year) and one plan per
    figure: its column's name and unit, its year's column."""
    years = [int(m["year"]) for m in rows.rows]
    reported = ctx.meta.reviewed_year or ctx.meta.reference_year
    columns = [Column("指标", ColumnRole.NAME)]
    for m, year in zip(rows.rows, years, strict=True):
        kind = Kind.TARGET if reported is not None and year > reported else Kind.ACTUAL
        span = Span(m.start("year"), m.end("year"))
        columns.append(Column(f"{year}年", ColumnRole.VALUE, (span,), kind, Measure.LEVEL, year))
    plans = []
    for i, m in enumerate(rows.rows):
        base = m.start("cells")
        for j, c in enumerate(_CELL_RE.finditer(m["cells"])):
            cell = TextCell(c.group(), Span(base + c.start(), base + c.end()))
            unit = (rows.units[j],) if rows.units[j] else ()
            span = Span(m.start("year"), m.end())
            plans.append(
                RowPlan(span, None, None, None, rows.names[j], unit, None, ((cell, i + 1),))
            )
    return columns, plans
