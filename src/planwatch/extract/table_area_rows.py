"""Tables whose rows are areas and whose columns are indicators.

A communiqué of a city or a province often closes a section with a table of its
parts: ``县（市、区） | 地区生产总值（亿元） | 增长（%） | 一般公共预算收入（亿元）``, then one
row per county with its figures. The header names no year and no value word, so the
finder's header of names, years and kinds (``table_find``) does not take it; here the
header is told by its first cell, an area column (``area_column`` in
``data/table_words.csv``), the other cells each an indicator with its unit in brackets
or a growth column (增长（%）: the growth of the indicator before it). Each figure is a
result of the table's year (the one year its title names, else the year the document
reports), named by its column, in its row; the row's area name, printed before it on
its line, is the figure's area (the jurisdiction pass reads it there).

Rows are pipe-, tab- or space-parted lines as wide as the header, an area's name then
figures or dashes; the first line that is none ends the table.

A plan's box of one indicator shared out among its parts prints no header at all: its
title names the parts and the indicator (专栏4　各县（市、区）新增学位任务（单位：万个）) and
each line under it is a part's name and its figure. The indicator is the title's words
after the parts' (its unit from the 单位 bracket), one column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice

from planwatch.core.data import Kind, Measure, Span
from planwatch.core.units import header_unit
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_facts import RowPlan
from planwatch.extract.table_find import _title_before
from planwatch.extract.table_header import Column, ColumnRole, years_in
from planwatch.extract.table_lines import lines_forward, space_tokens, split_row_line
from planwatch.extract.table_listed_units import listed_unit
from planwatch.extract.table_view import table_view
from planwatch.extract.table_words import has_word, squeeze, words

# Where an area table may start: a line opening with an area column's word.
# (地 区: a short cell spaced out letter by letter, as typesetters print it)
# (| 县（市、区） | …: a Markdown table's first cell; 镇街, 乡镇: a county's or district's towns)
_AREA_HEAD_RE = re.compile(
    r"^[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:各)?(?:县|区|地[ \u3000]*区|市|乡|镇|街)", re.M
)
# A Markdown table's rule under its header (|---|---|), passed over.
_RULE_LINE_RE = re.compile(r"[\s|｜:：\-—]+")
_MIN_ROWS = 2
_MAX_TITLE = 60
_UNIT_TAIL_RE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
# A column of each row's share of the whole, after the amount's (常住人口 | 比重): in %.
_SHARE_CELL_RE = re.compile(r"比重|占比|构成")


@dataclass(frozen=True, slots=True)
class AreaTable:
    """An area table found in text: its title, header cells and rows (an area's cells);
    a table without a header names its one indicator (with its unit in brackets)."""

    span: Span
    title: TextCell | None
    header: tuple[TextCell, ...]
    rows: tuple[tuple[TextCell, ...], ...]
    indicator: str | None = None
    unit: str | None = None  # a 单位:亿元 line above the header: the unit of unmarked columns
    years: tuple[int, ...] = ()  # a captioned table's columns of periods: each one's year
    split: tuple[int, ...] = ()  # the years a lower header line splits the last column into


def find_area_tables(text: str) -> list[AreaTable]:
    """Every table of areas by indicators in ``text``, in text order. Read on the tables'
    view (縣（市、區） is a header as 县（市、区） is, 比重[4] as 比重; same offsets)."""
    text = table_view(text)
    out: list[AreaTable] = []
    end = -1
    for m in _AREA_HEAD_RE.finditer(text):
        if m.start() < end:
            continue
        found = _table_at(text, m.start())
        if found is not None:
            out.append(found)
            end = found.span.end
    for m in _PARTS_TITLE_RE.finditer(text):
        found = _titled_at(text, m)
        if found is not None and not any(found.span.overlaps(t.span) for t in out):
            out.append(found)
    return sorted(out, key=lambda t: t.span.start)


# A title naming the parts an indicator is shared out among (各县（市、区）…), on its own line.
_PARTS_TITLE_RE = re.compile(
    r"^[^\n。；;]{0,16}各(?P<parts>[^\n]{2,10}?[)）]|县市区|区县|县区)(?P<rest>[^\n]+)$", re.M
)
_UNIT_NOTE_RE = re.compile(r"[(（]\s*单\s*位\s*[:：]\s*(?P<unit>[^()（）\s]{1,8})\s*[)）]\s*$")
# A part's line: its name, a space of any width, its figure.
_PART_LINE_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})[ \t\u3000\xa0]+(?P<value>\S+)")


def _titled_at(text: str, m: re.Match[str]) -> AreaTable | None:
    """The headerless table under a title naming the parts and the indicator, or None
    (three parts' lines at least, each a name and a figure)."""
    if squeeze(m["parts"]) not in _area_words() and squeeze("各" + m["parts"]) not in _area_words():
        return None
    rest = m["rest"].strip()
    unit = _UNIT_NOTE_RE.search(rest)
    name = rest[: unit.start()].strip() if unit else rest
    if len(name) < 2 or len(rest) > _MAX_TITLE or any(ch.isdigit() for ch in name):
        return None
    rows: list[tuple[TextCell, ...]] = []
    for line in lines_forward(text, m.end() + 1):
        part = _PART_LINE_RE.fullmatch(line.text)
        if part is None or classify(part["value"]) not in (CellClass.NUMBER, CellClass.INDEX):
            break
        a = line.span.start
        rows.append(
            (
                TextCell(part["name"], Span(a, a + part.end("name"))),
                TextCell(part["value"], Span(a + part.start("value"), a + part.end("value"))),
            )
        )
    if len(rows) < 3:
        return None
    title = TextCell(
        m.group().strip(), Span(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
    )
    indicator = f"{name}（{unit['unit']}）" if unit else name
    return AreaTable(
        Span(title.span.start, rows[-1][-1].span.end), title, (), tuple(rows), indicator
    )


def _table_at(text: str, pos: int) -> AreaTable | None:
    lines = lines_forward(text, pos)
    first = next(lines, None)
    if first is not None and squeeze(first.text) in _area_words():
        return _stacked_at(text, first, lines)  # (县市 alone on its line: one cell a line)
    if first is None:
        return None
    if any(sep in first.text for sep in ("\t", "|", "｜", "  ")):
        _, header = split_row_line(text, first, single_space=False)
    else:  # (one space between cells: a table run on in a line, read by _run_on below: 市别
        # 年末常住人口(万人) 城镇化率(%) 太原市 543.5 89.1 …, a web table that lost its line breaks)
        header = _spaced_head(space_tokens(text, first.span.start, first.span.end))
    if len(header) < 2 or squeeze(header[0].text) not in _area_words():
        return None
    # (单位:亿元 on a line of its own above the header, as statistical communiqués print it,
    # gives the columns that name no unit theirs: 县(市、区)  地区生产总值  比上年增长(%).)
    title, unit = _title_before(text, first.span.start)
    runon = _run_on(header, unit) or _run_on(
        split_row_line(text, first, single_space=True)[1], unit
    )
    header, inline = runon or (header, [])
    years = _period_years(text, first, header)
    if years:
        rows = inline or list(_rows(text, lines, len(header)))
        if len(rows) < _MIN_ROWS:
            return None
        title = _title(text, first.span.start)
        span = Span(title.span.start if title else first.span.start, rows[-1][-1].span.end)
        return AreaTable(span, title, tuple(header), tuple(rows), years=years)
    if len(header) < 3 or not all(_indicator_cell(c.text, unit) for c in header[1:]):
        return None
    if has_word(header[1].text, "growth"):
        return None  # (a growth column grows the indicator before it: the first has none)
    split: tuple[int, ...] = ()
    if not inline:
        ahead = list(islice(lines, _MAX_LOOK))
        grouped = _grouped_head(text, header, ahead)
        if grouped is not None:  # (本地生产总值 | | over 绝对值 | 比上年增长 |: each one's pair)
            header, ahead = grouped, ahead[1:]
        split = _years_under(ahead)
        ahead = ahead[1:] if split else ahead
        width = len(header) + len(split) - (1 if split else 0)
        rows = list(_rows(text, iter(ahead), width)) or _printed_by_column(ahead, width)
    else:
        rows = inline
    if len(rows) < _MIN_ROWS:
        return None
    if unit is None:
        title = _title(text, first.span.start)
    start = (title or first).span.start
    end = max(c.span.end for c in rows[-1])
    return AreaTable(Span(start, end), title, tuple(header), tuple(rows), unit=unit, split=split)


# Lines looked at under an area table's header (its rows, or its columns printed one after
# the other): a bound on what one header can make the reader hold.
_MAX_LOOK = 2000
# A lower header line of years alone (2020年 2010年): the last upper cell's columns.
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d年?")


# The measures an upper header cell spans, on the line under it (绝对值 | 比上年增长).
_MEASURE_CELL_RE = re.compile(
    r"(?:绝对值|绝对额|总量|总额|数值|比上年增长|同比增长|增长|增速|增幅)(?:[(（]%?[)）]|%)?"
)


def _grouped_head(
    text: str, header: list[TextCell], ahead: Sequence[TextCell]
) -> list[TextCell] | None:
    """The header of an area table whose indicators each span their measures on a lower
    line (地区 | 本地生产总值 | | 第一产业 | | over | 绝对值 | 比上年增长 | 绝对值 | 比上年增长 |):
    each indicator, then its growth columns (named as a growth after its indicator); None
    for any other line under the header."""
    n = len(header) - 1
    lower = split_row_line(text, ahead[0], single_space=False)[1] if ahead and n else []
    if n < 1 or len(lower) < 2 * n or len(lower) % n:
        return None
    if not all(_MEASURE_CELL_RE.fullmatch(squeeze(c.text)) for c in lower):
        return None
    k = len(lower) // n
    out = [header[0]]
    for i, upper in enumerate(header[1:]):
        out += [w if has_word(w.text, "growth") else upper for w in lower[i * k : (i + 1) * k]]
    return out


def _years_under(ahead: Sequence[TextCell]) -> tuple[int, ...]:
    """The years of a header's lower line, when the line under the header is two years or
    more and nothing else (比重 over 2020年 | 2010年, as a census bulletin prints a share of
    two censuses): the last header cell is then as many columns, one a year; else ()."""
    if not ahead:
        return ()
    cells = ahead[0].text.replace("|", " ").replace("｜", " ").split()  # (2020年 | 2010年 | ||)
    if len(cells) < 2 or not all(_YEAR_CELL_RE.fullmatch(c) for c in cells):
        return ()
    return tuple(int(c[:4]) for c in cells)


def _printed_by_column(ahead: Sequence[TextCell], width: int) -> list[tuple[TextCell, ...]]:
    """The rows of an area table printed column after column, one cell a line (a web
    table copied column-wise: the areas' names, then the first column's figures, then the
    next's): the run of names sets the rows, each column as many figures after it."""
    n = 0
    while n < len(ahead) and _one_cell(ahead[n]) and classify(ahead[n].text) is CellClass.TEXT:
        n += 1
    cells = ahead[: n * width]
    if n < _MIN_ROWS or len(cells) < n * width:
        return []
    if not all(_one_cell(c) and classify(c.text) in _FIGURE_CELLS for c in cells[n:]):
        return []
    return [tuple(cells[i + k * n] for k in range(width)) for i in range(n)]


def _one_cell(line: TextCell) -> bool:
    return not any(ch.isspace() for ch in line.text)


def _run_on(
    cells: list[TextCell], unit: str | None
) -> tuple[list[TextCell], list[tuple[TextCell, ...]]] | None:
    """The header and rows of an area table run on in one line (地区 绝对额（亿元） 同比增长（%）
    全市 8736.45 5.2 福田区 …, a page that lost its line breaks): the header the area column's
    cell and the indicator or period cells after it, each row an area's name and as many
    figures; None when the line is a header alone."""
    w = 1
    while w < len(cells) and _header_cell(cells[w].text, unit):
        w += 1
    if w < 2 or w >= len(cells) or classify(cells[w].text) is not CellClass.TEXT:
        return None
    rows: list[tuple[TextCell, ...]] = []
    for k in range(w, len(cells) - w + 1, w):
        row = cells[k : k + w]
        if not _area_row(row):
            break
        rows.append(tuple(row))
    return (cells[:w], rows) if len(rows) >= _MIN_ROWS else None


def _spaced_head(cells: list[TextCell], *, any_name: bool = False) -> list[TextCell]:
    """``cells`` with an area column's word (or, with ``any_name``, a row's two-letter name:
    全 县) spaced out letter by letter (市 别, 地 区: as typesetters print a short header
    cell) read as one cell."""
    if len(cells) < 2 or squeeze(cells[0].text) in _area_words():
        return cells
    a, b = cells[0], cells[1]
    if not any_name and squeeze(a.text + b.text) not in _area_words():
        return cells
    return [TextCell(a.text + b.text, Span(a.span.start, b.span.end)), *cells[2:]]


def _stacked_at(text: str, first: TextCell, lines: Iterator[TextCell]) -> AreaTable | None:
    """The area table whose cells stand one a line, as a web table copied cell by cell prints
    it (县市 / 地区生产总值（亿元） / 增速（%） / … then 全州 / 263.4 / 6.1 / …): the header the
    indicator cells after the area column's, each row an area's name and as many figures."""
    title, unit = _title_before(text, first.span.start)
    header = [first]
    line = next(lines, None)
    after = next(lines, None)
    while line is not None and (_header_cell(line.text, unit) or _note_line(line, header)):
        if after is not None and _row_figure(after):
            break  # (全区 / 30262: the first row's name, however much it reads as a header's)
        if _note_line(line, header):  # (增速 / （%）, 大学 / （大专及以上）: a cell over two
            last = header.pop()  # lines, as an HTML table's converter prints it)
            line = TextCell(last.text + line.text, Span(last.span.start, line.span.end))
        header.append(line)
        line, after = after, next(lines, None)
    lines = chain([after] if after is not None else [], lines)
    years = _period_years(text, first, header)
    header, split = (header, ()) if years else _stacked_split(header)
    if len(header) < (2 if years else 3) or not years and has_word(header[1].text, "growth"):
        return None
    width = len(header) + len(split) - (1 if split else 0)
    rows: list[tuple[TextCell, ...]] = []
    while line is not None and classify(line.text) is CellClass.TEXT:
        row = [line, *(c for _, c in zip(range(width - 1), lines, strict=False))]
        if len(row) < width or not _area_row(row):
            break
        rows.append(tuple(row))
        line = next(lines, None)
    if len(rows) < _MIN_ROWS:
        return None
    title = title if unit is not None and not years else _title(text, first.span.start)
    start = (title or first).span.start
    return AreaTable(
        Span(start, rows[-1][-1].span.end),
        title,
        tuple(header),
        tuple(rows),
        unit=None if years else unit,
        years=years,
        split=split,
    )


def _row_figure(cell: TextCell) -> bool:
    """A figure cell that is a row's, not a lower header line's year (比重 / 2020年)."""
    fig = classify(cell.text) in _FIGURE_CELLS
    return fig and not _YEAR_CELL_RE.fullmatch(squeeze(cell.text))


def _stacked_split(header: list[TextCell]) -> tuple[list[TextCell], tuple[int, ...]]:
    """A stacked header whose lower line, two years or more, follows its upper line's cells
    (地区 / 人口数 / 比重 / 2020年 / 2010年, a census bulletin's share of two censuses one cell
    a line): the upper cells, and the years the last of them is split into; else as it is."""
    k = len(header)
    while k > 0 and _YEAR_CELL_RE.fullmatch(squeeze(header[k - 1].text)):
        k -= 1
    if len(header) - k < 2 or k < 3:
        return header, ()
    return header[:k], tuple(int(squeeze(c.text)[:4]) for c in header[k:])


def _note_line(line: TextCell, header: list[TextCell]) -> bool:
    """Whether ``line`` is a bracket alone (（%）, （大专及以上）) under a header cell: its
    second line."""
    return len(header) > 1 and _BRACKET_LINE_RE.fullmatch(line.text.strip()) is not None


_BRACKET_LINE_RE = re.compile(r"[(（][^()（）]{1,12}[)）]")


def _header_cell(text: str, unit: str | None) -> bool:
    """A cell of an area table's header after the area column's: an indicator's, or a
    period's under a caption naming the indicator (2026年1-3月)."""
    return _indicator_cell(text, unit) or bool(_PERIOD_CELL_RE.fullmatch(squeeze(text)))


_FIGURE_CELLS = (CellClass.NUMBER, CellClass.INDEX, CellClass.PLACEHOLDER)


def _area_row(cells: Sequence[TextCell]) -> bool:
    """Whether ``cells`` are an area table's row: an area's name, then figures or dashes."""
    if classify(cells[0].text) is not CellClass.TEXT:
        return False
    return all(classify(c.text) in _FIGURE_CELLS for c in cells[1:])


def _rows(text: str, lines: Iterator[TextCell], width: int) -> Iterator[tuple[TextCell, ...]]:
    for line in lines:
        if _RULE_LINE_RE.fullmatch(line.text):
            continue
        _, cells = split_row_line(text, line, single_space=False)
        if len(cells) != width:  # (one space between cells, as a row run on its header's)
            _, cells = split_row_line(text, line)
        if len(cells) == width + 1 and len(cells[0].text) == len(cells[1].text) == 1:
            cells = _spaced_head(cells, any_name=True)  # (全 县: a short name spaced out)
        if len(cells) != width or not _area_row(cells):
            return
        yield tuple(cells)


def _area_words() -> frozenset[str]:
    return frozenset(squeeze(w) for w in words("area_column"))


# A column's own year printed before its indicator (2007年万元GDP能耗降低目标(%)).
_LEAD_YEAR_RE = re.compile(r"^(?:19|20)\d\d年(?=[\u4e00-\u9fffA-Za-z])")


def _indicator_cell(text: str, unit: str | None = None) -> bool:
    """A header cell naming an indicator with its unit (地区生产总值（亿元）, or a name alone
    under a table's ``unit`` line) or a growth column (增长（%）)."""
    s = _LEAD_YEAR_RE.sub("", squeeze(text))  # (2007年万元GDP能耗降低率(%): that year's column)
    if any(ch.isdigit() for ch in s.replace("%", "")) or years_in(s):
        return False
    if has_word(s, "growth") or _rank_cell(s):
        return True
    return bool(_UNIT_TAIL_RE.search(s) and header_unit(s)) or bool(unit and _unnamed_unit(s))


# A caption naming the one indicator of the table under it (指标：地区生产总值), its columns then
# only the measures (绝对额（亿元） | 同比增长（%））; or the indicator and its measure, joined by
# an underscore or a dash as statistics bureaus' data pages export them
# (指标：规模以上工业增加值_同比增长（%）), the columns then periods (地区 | 2026年1-3月 | 2025年1-3月).
_CAPTION_RE = re.compile(
    r"\s*指标(?:名称)?\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,20})"
    r"(?:\s*[_＿—–-]+\s*(?P<measure>[\u4e00-\u9fff]{1,8}(?:[(（][^()（）]{1,8}[)）])?))?\s*"
)


def captioned_indicator(title: str, *, measure: bool = False) -> str:
    """The indicator a table's caption names (指标：地区生产总值), or ""; with ``measure``,
    the measure the caption adds too (规模以上工业增加值同比增长（%）)."""
    m = _CAPTION_RE.fullmatch(title)
    if m is None or (m["measure"] and not measure):
        return ""
    return m["name"] + (m["measure"] or "")


def _count_named(cell: str, title: str) -> str:
    """A count column's word (人口数) as the title over the parts names it in full (各县市区
    常住人口: 常住人口); else the cell."""
    m = _PARTS_TITLE_RE.fullmatch(title.strip(" \t|｜"))  # (a web table's title row: …人口 | |||)
    if m is None or len(cell) < 3 or not cell.endswith("数"):
        return cell
    rest = m["rest"].strip()
    return rest if rest.endswith(cell[:-1]) and len(rest) <= 8 else cell


def _period_years(text: str, first: TextCell, header: list[TextCell]) -> tuple[int, ...]:
    """The years of a captioned table's columns when each is a period (2026年1-3月, 2025年),
    else (): the caption names the indicator, the columns only when."""
    title = _title(text, first.span.start)
    if not title or not captioned_indicator(title.text, measure=True):
        return ()
    years = [years_in(c.text) for c in header[1:]]
    if not all(
        len(y) == 1 and _PERIOD_CELL_RE.fullmatch(squeeze(c.text))
        for y, c in zip(years, header[1:])
    ):
        return ()
    return tuple(y[0] for y in years)


# A column headed by a year or a part of one and nothing else (2025年, 2026年1-3月, 2026年一季度).
_PERIOD_CELL_RE = re.compile(
    r"(?:19|20)\d\d年(?:[一二三四]季度|上半年|前三季度|全年|1[-—–－~～至]\d{1,2}月(?:份)?)?"
)
_PART_CELL_RE = re.compile(r"季度|半年|月")


def _rank_cell(s: str) -> bool:
    """A header cell wholly a rank column's (位次, 排名: ``rank_column``), its unit aside."""
    return _UNIT_TAIL_RE.sub("", s) in {squeeze(w) for w in words("rank_column")}


def _unnamed_unit(s: str) -> bool:
    """A header cell that is a name in characters with no unit of its own (地区生产总值)."""
    return (
        len(s) >= 2 and not _UNIT_TAIL_RE.search(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)
    )


def _title(text: str, pos: int) -> TextCell | None:
    start = text.rfind("\n", 0, max(0, pos - 1)) + 1
    line = text[start : max(start, pos - 1)].strip()
    if not line or len(line) > _MAX_TITLE or line.endswith(("。", "；", ";")):
        return None
    at = text.find(line, start)
    return TextCell(line, Span(at, at + len(line)))


def area_plans(
    table: AreaTable, year: int | None, kind: Kind = Kind.ACTUAL
) -> tuple[list[Column], list[RowPlan]]:
    """The table as the row reader's plans: one column of ``kind`` and ``year`` and, for
    each area and indicator, a row named by the indicator on the area's line."""
    if table.years:
        return _period_plans(table, year, kind)
    if table.split:  # (人口数 beside 比重 over 2020年 | 2010年: the latest year's count)
        year = max(table.split)
    label = f"{year}年" if year else "实际"
    head = table.header or (table.title,)
    assert head[0] is not None
    columns = [
        Column(squeeze(head[0].text), ColumnRole.NAME, (head[0].span,)),
        Column(label, ColumnRole.VALUE, (head[0].span,), kind, Measure.LEVEL, year),
    ]
    names: list[str] = [table.indicator] if table.indicator else []
    last = captioned_indicator(table.title.text if table.title else "")
    for cell in table.header[1:]:
        s = squeeze(cell.text)
        if _rank_cell(s):
            names.append(f"{last}{_UNIT_TAIL_RE.sub('', s)}（位）")  # (位次 after its indicator)
        elif has_word(s, "growth"):
            names.append(s if last and s.startswith(last) else last + s)  # (增长（%）: its growth)
        elif last and _SHARE_CELL_RE.fullmatch(_UNIT_TAIL_RE.sub("", s)):
            names.append(
                f"{last}{_UNIT_TAIL_RE.sub('', s)}（%）"
            )  # (比重 after 常住人口: its share)
        elif last and has_word(_UNIT_TAIL_RE.sub("", s), "level") and len(s) <= 8:
            names.append(last + s[len(_UNIT_TAIL_RE.sub("", s)) :])  # (绝对额（亿元）: its unit)
        else:
            s = _count_named(s, table.title.text if table.title else "")
            last = _UNIT_TAIL_RE.sub("", s)
            # (单位：人、% lists the columns' units: each column's is the one its name tells)
            unit = listed_unit(table.unit, s) if table.unit else None
            # (大学（大专及以上）: a bracket that is no unit is the name's; the line's unit follows)
            named = last != s and header_unit(s)
            names.append(s if named or not unit else f"{s}（{unit}）")
    at = [1] * len(names)
    _dated_columns(table, columns, names, at, kind)
    if table.split:  # (比重 over 2020年 | 2010年: a column of each year, a past one's results)
        for y in table.split:
            past = Kind.ACTUAL if year is None or y <= year else kind
            columns.append(
                Column(f"{y}年", ColumnRole.VALUE, (head[-1].span,), past, Measure.LEVEL, y)
            )
        names[-1:] = names[-1:] * len(table.split)
        at[-1:] = range(2, 2 + len(table.split))
    plans = []
    for row in table.rows:
        span = Span(row[0].span.start, max(c.span.end for c in row))
        # (A town's figures keep the document's area, GOLD_SPEC: the town names them.)
        area = squeeze(row[0].text)
        town = area if _TOWN_RE.search(area) else ""
        for name, cell, col in zip(names, row[1:], at, strict=True):
            plans.append(RowPlan(span, None, None, None, town + name, (), None, ((cell, col),)))
    return columns, plans


def _dated_columns(
    table: AreaTable, columns: list[Column], names: list[str], at: list[int], kind: Kind
) -> None:
    """Header cells naming their own year (2007年万元GDP能耗降低目标(%) | 2007年万元GDP能耗降低率
    (%)): each a column of that year, an aim's where the cell names one (目标); the year left
    out of the names (in place)."""
    cells = table.header[1:]
    if table.indicator or table.split or len(cells) != len(names):
        return
    for i, cell in enumerate(cells):
        m = _LEAD_YEAR_RE.match(names[i])
        if m is None:
            continue
        y, k = int(m.group()[:4]), Kind.TARGET if has_word(cell.text, "target") else kind
        names[i] = names[i][m.end() :]
        col = next((j for j, c in enumerate(columns) if c.year == y and c.kind is k), None)
        if col is None:
            columns.append(Column(f"{y}年", ColumnRole.VALUE, (cell.span,), k, Measure.LEVEL, y))
            col = len(columns) - 1
        at[i] = col


# A town's or township's name (郑家寨镇, 城关街道, 某某乡, 某某苏木).
_TOWN_RE = re.compile(r"(?:镇|乡|街道|苏木)$")


def _period_plans(
    table: AreaTable, year: int | None, kind: Kind
) -> tuple[list[Column], list[RowPlan]]:
    """A captioned table of periods: a column for each period, its figures results of its
    year (a part of a year, or a year up to the one the page reports), each area's row
    named by the caption."""
    head = table.header[0]
    columns = [Column(squeeze(head.text), ColumnRole.NAME, (head.span,))]
    for cell, y in zip(table.header[1:], table.years, strict=True):
        past = _PART_CELL_RE.search(cell.text) or year is None or y <= year
        col_kind = Kind.ACTUAL if past else kind
        columns.append(
            Column(squeeze(cell.text), ColumnRole.VALUE, (cell.span,), col_kind, Measure.LEVEL, y)
        )
    assert table.title is not None
    name = captioned_indicator(table.title.text, measure=True)
    plans = []
    for row in table.rows:
        placed = tuple((cell, i) for i, cell in enumerate(row[1:], start=1))
        plans.append(
            RowPlan(
                Span(row[0].span.start, row[-1].span.end), None, None, None, name, (), None, placed
            )
        )
    return columns, plans


# Part of a year as a data page's title names it (2026年一季度, 2025年上半年, 2025年1-9月).
_PART_YEAR_RE = re.compile(
    r"((?:19|20)\d\d)\s*年\s*(?:[一二三]季度|上半年|前三季度|1\s*[-—–－~～至]\s*\d{1,2}\s*月)"
)
_PART_YEAR_REACH = 400  # (characters above the table: the page's title, not the prose before it)


def part_year_above(text: str, start: int) -> int | None:
    """The year of the part of a year named shortly above an area table whose own title names
    none (a caption 指标：地区生产总值 under the page's title 2026年一季度各区主要经济指标): the
    table's figures are that part-year's, whatever year the page's genre reports on."""
    found = list(_PART_YEAR_RE.finditer(text, max(0, start - _PART_YEAR_REACH), start))
    return int(found[-1].group(1)) if found else None
