"""A spaced table's header printed over two lines, read back into one cell per column.

A PDF table copied as text keeps its rows on their lines and its cells parted by
spaces; a header whose cells were two lines high comes out as two lines, the second
holding the lower half of some cells only (``2020年`` over ``基期值``, ``年均增长`` over
``〔累计〕``, ``指标`` over ``属性``). Read as a flat run of cells, the lower half would be
columns of its own and every figure would shift. The halves are joined by where they
stand on their lines: each lower cell belongs to the upper cell it sits under (widths
counted as printed: a Chinese character is two columns wide).

A two-level header (规划目标 over 2025年 and 2035年) puts two lower cells under one
upper cell: that is a group over its sub-columns, which the header reader handles, and
such a header is left as it is. A measure's cell over kind words (年均增长(%) over 目标 and
实际) is a group the header reader does not know: it becomes one column per kind word
(:func:`_grouped_halves`).

A tab-delimited table copied from a spreadsheet or a word processor keeps a line break
typed inside a header cell (``2024年`` / ``预期目标``): the line ends in the middle of the
cell and the next line goes on with it, so the header comes out as several lines of
fewer cells than the rows have, each line's last cell continued by the next line's
first. :func:`broken_header` joins them back (``2024年预期目标``) when the joined header
is exactly as wide as the row under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planwatch.core.data import Span
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_header import (
    YEAR_CELL_RE,
    ColumnRole,
    _role,
    is_group_label,
    is_header_word,
    years_in,
)
from planwatch.extract.table_lines import line_at, printed_columns, spaced_cells
from planwatch.extract.table_words import has_word, squeeze


def _columns(text: str, cell: TextCell) -> tuple[int, int]:
    """The printed columns a cell covers on its line: [first, past-last)."""
    return printed_columns(text, cell.span.start, cell.text)


def _line_of(text: str, cell: TextCell) -> int:
    return text.rfind("\n", 0, cell.span.start)


def _under(text: str, upper: Sequence[TextCell], cell: TextCell) -> int | None:
    """The upper cell ``cell`` sits under: the one it overlaps most, by half the narrower
    of the two at least; else none (lines whose cells do not stand in columns)."""
    a, b = _columns(text, cell)
    best, best_overlap = None, 0
    for i, u in enumerate(upper):
        ua, ub = _columns(text, u)
        overlap = min(b, ub) - max(a, ua)
        if overlap > best_overlap and 2 * overlap >= min(b - a, ub - ua):
            best, best_overlap = i, overlap
    return best


def stacked_header(text: str, header: Sequence[TextCell]) -> list[TextCell]:
    """``header`` with a second header line's cells joined to the cells they sit under
    (``2020年`` + ``基期值``); unchanged when the header is one line, when the lower line
    is not set in under the first column (its cells stand in no columns then), when a
    lower cell sits under no upper cell, or when two sit under one (a group over
    sub-columns; a measure over kind words is split, :func:`_grouped_halves`)."""
    lines = sorted({_line_of(text, c) for c in header})
    if len(lines) != 2:
        return list(header)
    upper = [c for c in header if _line_of(text, c) == lines[0]]
    lower = [c for c in header if _line_of(text, c) == lines[1]]
    if _columns(text, upper[0])[0] >= _columns(text, lower[0])[1]:
        return _set_in_joined(text, upper, lower) or list(header)
    if _columns(text, lower[0])[0] <= _columns(text, upper[0])[0]:
        # (a lower line set in under a blank name column, or no columns: flush left, as a
        # PDF's text layer may print it, its halves then join by order only)
        return _attribute_spilled(text, upper, lower, placed=False) or list(header)
    spilled = _attribute_spilled(text, upper, lower)
    if spilled is not None:
        return spilled
    homes = _year_homes(upper, lower) or [_under(text, upper, c) for c in lower]
    joined = _halves_joined(upper, lower, homes, above=False)
    return joined or _grouped_halves(upper, lower, homes) or list(header)


def _attribute_spilled(
    text: str, upper: Sequence[TextCell], lower: Sequence[TextCell], placed: bool = True
) -> list[TextCell] | None:
    """A header whose last column (指标属性) was printed on the lower line only, past the
    upper line's end: the upper line then holds one cell fewer than the rows, and the
    lower halves before it (〔累计〕 under 年均增长) were pushed left by it, so that by
    where they stand they fall under the wrong cells. They belong under the last upper
    cells, in order; the attribute cell is a column of its own. None when the lower line
    does not end in such a cell. A lower line not ``placed`` (flush left: 年均增长 over
    /〔累计〕 属性 printed from the line's start) says nothing by where it stands: its
    cells before the attribute must each read as a lower half."""
    last = lower[-1]
    if _role(last.text) is not ColumnRole.ATTRIBUTE or len(lower) > len(upper):
        return None
    if any(_role(c.text) is ColumnRole.ATTRIBUTE for c in upper):
        return None
    rest = lower[:-1]
    if not placed:
        if not rest or not all(_lower_half(c.text.lstrip("/／")) for c in rest):
            return None
    elif _columns(text, last)[1] <= _columns(text, upper[-1])[1]:
        return None  # (it stands under the upper line: a lower half, not a column)
    homes = list(range(len(upper) - len(rest), len(upper)))
    if any(_role(upper[h].text) is not ColumnRole.VALUE for h in homes):
        return None
    joined = _halves_joined(upper, rest, homes, above=False)
    return None if joined is None else [*joined, last]


def _halves_joined(
    base: Sequence[TextCell],
    halves: Sequence[TextCell],
    homes: Sequence[int | None],
    *,
    above: bool,
) -> list[TextCell] | None:
    """``base`` (a header line of every column) with each of ``halves`` joined to the cell
    ``homes`` gives it, the halves standing ``above`` the base line or under it; None when
    a half has no home or two share one. The upper half's text comes first and its span
    is kept: a span covers one run of the stored text, and the upper half is what names
    the column's year or kind as evidence."""
    if any(h is None for h in homes) or len(set(homes)) != len(homes):
        return None
    out = list(base)
    for cell, home in zip(halves, homes, strict=True):
        assert home is not None
        own = out[home]
        top, low = (cell, own) if above else (own, cell)
        out[home] = TextCell(top.text + low.text, top.span, own.line_end, own.slot, own.width)
    return out


def _grouped_halves(
    base: Sequence[TextCell], halves: Sequence[TextCell], homes: Sequence[int | None]
) -> list[TextCell] | None:
    """A measure's column printed over two kind columns (年均增长(%) over 目标 and 实际, as
    an evaluation sets a growth aim beside the growth achieved): each kind word under it
    makes a column of its own (年均增长(%)目标, 年均增长(%)实际), every other lower half
    joins the cell it stands under. None unless each half stands under a cell, in order,
    and two at least share one, a value column naming no kind itself (规划目标 over 2025年
    and 2035年 is a group the header reader takes as it is) over short kind words only.
    The span of each column made is the upper cell's, as :func:`_halves_joined` keeps."""
    if any(h is None for h in homes) or list(homes) != sorted(homes):  # type: ignore[type-var]
        return None
    shared = {h for h in homes if homes.count(h) > 1}
    if not shared:
        return None
    for h in shared:
        assert h is not None
        top = base[h].text
        if _role(top) is not ColumnRole.VALUE or is_group_label(top):
            return None
        kinds = [c.text for c, home in zip(halves, homes, strict=True) if home == h]
        if not all(_short_kind(t) for t in kinds):
            return None
    out: list[TextCell] = []
    for i, own in enumerate(base):
        mine = [c for c, home in zip(halves, homes, strict=True) if home == i]
        for j, half in enumerate(mine or [None]):
            last = j == len(mine) - 1 or not mine
            text = own.text + (half.text if half is not None else "")
            out.append(TextCell(text, own.span, own.line_end and last, own.slot, own.width))
    return out


def _short_kind(text: str) -> bool:
    """A lower half naming a column's kind and nothing else (目标, 实际, 完成值)."""
    word = squeeze(text)
    if len(word) > _MAX_KIND_WORD or years_in(word):
        return False
    return any(has_word(word, g) for g in _KIND_GROUPS)


def set_in_header(text: str, head: Sequence[TextCell]) -> list[TextCell]:
    """A spaced header line with what the line above adds to it: the upper halves set in
    over its cells (:func:`set_in_upper`), or, for a line of years set in under a name and
    groups (行业  增速%  结构 over   2020年  2019年  2020年  2019年, as communiqués print a
    table of two measures over two years), the groups shared out over the years."""
    start = line_at(text, head[0].span.start)[0]
    if start > 0 and text[start] in " \t\u3000\xa0":
        grouped = _groups_over_years(spaced_cells(text, *line_at(text, start - 1)), head)
        if grouped is not None and _role(grouped[0].text) is ColumnRole.NAME:
            return grouped
    return set_in_upper(text, head) + list(head)


def set_in_upper(text: str, head: Sequence[TextCell]) -> list[TextCell]:
    """The line right above a spaced header line when it holds the upper halves of the
    header's cells (``2015年`` over ``基数``, ``完成进度`` over ``（%）``): set in past the
    first cell (指标名称 has nothing above it), no figure in it, header words mostly, each
    cell standing over a header cell of its own. Its cells, else none."""
    start = line_at(text, head[0].span.start)[0]
    if len(head) < 3 or start == 0:
        return []
    cells = spaced_cells(text, *line_at(text, start - 1))
    if len(cells) < 2 or _columns(text, cells[0])[0] < _columns(text, head[0])[1]:
        return []
    words = [is_header_word(c.text) for c in cells]
    if 2 * sum(words) <= len(cells):
        return []
    if any(re.search(r"\d", c.text) for c, w in zip(cells, words) if not w):
        return []  # (a figure: a row of something else)
    homes = _set_in_homes(text, cells, head)
    if homes is None or 0 in homes:
        return []
    return [TextCell(c.text, c.span, i == len(cells) - 1) for i, c in enumerate(cells)]


# A cell printed letter-spaced (规 划 目 标): a space inside it.
_SPACED_RE = re.compile(r"\S[ \u3000\xa0]\S")


def _set_in_homes(
    text: str, upper: Sequence[TextCell], lower: Sequence[TextCell]
) -> list[int] | None:
    """The lower cell each cell of an upper line set in over ``lower`` stands over, by
    where they stand; None when one stands over none or two over one. Letter-spaced
    cells (规 划 目 标) widen a line and shift its columns: an upper line as wide as the
    lower past its first cell (the name's, nothing over it) stands over it in order."""
    homes = [_under(text, lower, c) for c in upper]
    if None not in homes and len(set(homes)) == len(homes):
        return homes  # type: ignore[return-value]
    if len(upper) == len(lower) - 1 and any(_SPACED_RE.search(c.text) for c in (*upper, *lower)):
        return list(range(1, len(lower)))
    return None


# A figure run into the name before it (城镇居民人均可支配收入（元）27860): a name as
# wide as its column leaves no space before the first figure, or one space only where
# cells part by two or more (县城通二级公路比例 85.7    100). The name ends in a Chinese
# character or a closing bracket (a Latin letter before digits is a name's: PM2.5).
_GLUED_RE = re.compile(
    r"(?P<name>.*[\u4e00-\u9fff）)])[ \u3000\xa0]?(?P<figure>[-−]?\d+(?:\.\d+)?)"
)
# So does a dash for an empty cell, one space after a name closing on its unit's bracket
# (单位地区生产总值能源消耗降低（%） —, no base figure).
_GLUED_DASH_RE = re.compile(r"(?P<name>.*[）)])[ \u3000\xa0](?P<figure>[—－–]{1,2})")
_DASHES = ("—", "－", "–")  # (the characters _GLUED_DASH_RE's figure is made of; a \d is
# what str.isdecimal is: a character of Unicode's category Nd)


def glued_name(cell: str) -> re.Match[str] | None:
    """A name with a figure (or a dash) run into its end (groups ``name`` and ``figure``),
    else None."""
    last = cell[-1:]
    if not last.isdecimal() and last not in _DASHES:
        return None  # (both forms end on a digit or a dash: most cells, words, end on neither)
    m = _GLUED_RE.fullmatch(cell) or _GLUED_DASH_RE.fullmatch(cell)
    return m if m is not None and classify(m["name"]) is CellClass.TEXT else None


def name_apart(cell: TextCell) -> list[TextCell]:
    """A row's name closing with its unit in brackets and its first figure run into it
    (城镇居民人均可支配收入（元）27860: a name as wide as its column left no space), as
    two cells, in a layout whose cells stand in no columns (one a line, run on); any
    other cell as it is."""
    m = glued_name(cell.text)
    if m is None or not m["name"].endswith(("）", ")")):
        return [cell]
    a, cut = cell.span.start, cell.span.start + m.start("figure")
    name = TextCell(cell.text[: m.start("figure")], Span(a, cut), indent=cell.indent)
    return [name, TextCell(cell.text[m.start("figure") :], Span(cut, cell.span.end), cell.line_end)]


def lower_halves_in_order(
    text: str, header: Sequence[TextCell], cells: Sequence[TextCell]
) -> list[TextCell] | None:
    """A spaced header's lower line set in under its upper line, its cells standing under
    no upper cell (a text layer that lost the columns' widths): ``基期值 目标值 完成值 结论``
    under ``… 2020年 2025年 2023年 评估``. Each of its cells, a kind word or a status word,
    is the lower half of the upper line's last cells in order, when those are as many
    value or status columns (2020年基期值, 评估结论); None otherwise (a line whose cells do
    stand under upper cells is :func:`broken_header`'s)."""
    k = len(cells)
    lead = text[text.rfind("\n", 0, cells[0].span.start) + 1 : cells[0].span.start]
    if k < 2 or not lead or lead.strip():
        return None  # (not set in: a header line of its own, or a row)
    if k >= len(header):  # (行业 增速% 结构 over 2020年 2019年 2020年 2019年, one space apart)
        return _groups_over_years(header, cells)
    upper = header[-k:]
    if any(_role(c.text) not in _HALF_ROLES for c in (*upper, *cells)):
        return None
    if any(_line_of(text, c) != _line_of(text, upper[0]) for c in upper):
        return None
    homes = [_under(text, header, c) for c in cells]
    grouped = _grouped_halves(header, cells, homes)
    if grouped is not None:
        return grouped
    if len(set(homes)) == k and all(
        h is not None and _role(header[h].text) in _HALF_ROLES for h in homes
    ):
        return None  # (each stands under a value column of its own: joined where it stands)
    return _halves_joined(header, cells, list(range(len(header) - k, len(header))), above=False)


# (A value column and an evaluation's verdict column — 评估 over 结论 — take lower halves.)
_HALF_ROLES = (ColumnRole.VALUE, ColumnRole.OTHER)


def glued_apart(text: str, cells: list[TextCell], header: Sequence[TextCell]) -> list[TextCell]:
    """A spaced row's cells with a figure glued to the end of its name (its first cell, or
    the one after its 序号) cut off as a cell of its own, when the figure stands under a
    header cell that is not the name's (a footnote mark after a name stands under the
    name's header)."""
    at = 1 if len(cells) >= 3 and classify(cells[0].text) is CellClass.INDEX else 0
    m = glued_name(cells[at].text) if len(cells) >= 2 + at else None
    if m is None:
        return cells
    start, end = cells[at].span.start, cells[at].span.end
    figure = TextCell(m["figure"], Span(start + m.start("figure"), end))
    home = _under(text, header, figure)
    if home is None or _role(header[home].text) in (ColumnRole.NAME, ColumnRole.INDEX):
        return cells
    name = TextCell(m["name"], Span(start, start + m.end("name")), indent=cells[at].indent)
    return [*cells[:at], name, figure, *cells[at + 1 :]]


def _set_in_joined(
    text: str, upper: Sequence[TextCell], lower: Sequence[TextCell]
) -> list[TextCell] | None:
    """The lower line's cells with the upper halves set in over them (:func:`set_in_upper`)
    joined on, or None when an upper cell stands over none or two over one."""
    homes = _set_in_homes(text, upper, lower)
    return None if homes is None else _halves_joined(lower, upper, homes, above=True)


def flat_lower_half(header: Sequence[TextCell]) -> list[TextCell]:
    """A header two lines high flattened one cell a line (or run on), its lower line's
    cells after the upper line's with their places lost (序号 指标 2020年 规划目标 实际完成
    属性 完成进度, then 基数 (2025年) (2022年)): a header's value columns stand before its
    属性 column, so year or kind words after it (a bracket, or a short word of a kind:
    基数, 目标) are the lower halves of the value columns before it, joined in order
    when there are no more of them than of those columns. Unchanged otherwise."""
    roles = [_role(c.text) for c in header]
    if ColumnRole.ATTRIBUTE not in roles:
        return _year_lower_halves(header)
    attribute = roles.index(ColumnRole.ATTRIBUTE)
    k = len(header)
    while k > attribute + 1 and _lower_half(header[k - 1].text):
        k -= 1
    lower = header[k:]
    values = [i for i in range(attribute) if roles[i] is ColumnRole.VALUE]
    if len(lower) < 2 or len(lower) > len(values):
        return list(header)
    return _halves_joined(header[:k], lower, values[: len(lower)], above=False) or list(header)


def run_on_lower_halves(header: Sequence[TextCell]) -> list[TextCell]:
    """A header two lines high run on into one line after its 属性 and value columns (指标名称
    单位 属性 2020年 2025年 2023年 评估 基期值 目标值 完成值 结论): the kind or status words ending
    it, as many as the value or status columns right before them (one year among them at
    least), are those columns' lower halves, joined in order (2020年基期值, 评估结论).
    Unchanged otherwise (a one-line header ending in 规划目标 实际完成 has no year before)."""
    k = len(header)
    while k > 0 and _lower_word(header[k - 1].text):
        k -= 1
    n = len(header) - k
    if n < 2 or k < n + 1:
        return list(header)
    upper = header[k - n : k]
    if any(_role(c.text) not in _HALF_ROLES for c in upper):
        return list(header)
    if not any(YEAR_CELL_RE.fullmatch(squeeze(c.text)) for c in upper):
        return list(header)
    if any(years_in(c.text) for c in header[k:]):
        return list(header)
    homes = list(range(k - n, k))
    return _halves_joined(header[:k], header[k:], homes, above=False) or list(header)


def _lower_word(text: str) -> bool:
    """A kind word that can be a value column's lower half, or an evaluation's verdict
    word under its 评估 (结论)."""
    return _lower_half(text) or has_word(squeeze(text), "status")


def _year_lower_halves(header: Sequence[TextCell]) -> list[TextCell]:
    """A header two lines high flattened one cell a line without a 属性 column, its upper
    line's value columns headed by bare years (指标 2010年 2015年 2015年 完成情况) and its
    lower line the kind words under them (基数 规划目标 实际完成): the kind words ending the
    header, as many as the bare years and all after them, are the years' lower halves,
    joined in order (2010年基数). Unchanged otherwise."""
    k = len(header)
    while k > 0 and _lower_half(header[k - 1].text) and not years_in(header[k - 1].text):
        k -= 1
    n = sum(bool(YEAR_CELL_RE.fullmatch(squeeze(c.text))) for c in header[:k])
    if n < 2 or len(header) - k < n:
        return list(header)
    k = len(header) - n  # (完成情况 before 基数: a column of its own, no lower half)
    years = _year_homes(header[:k], header[k:])
    if years is None:
        return list(header)
    return _halves_joined(header[:k], header[k:], years, above=False) or list(header)


def _lower_half(text: str) -> bool:
    """Whether a header cell reads as the lower half of a value column's: a year or a
    kind word in brackets, or a short kind word alone (基数, 目标), not a progress one."""
    word = squeeze(text)
    if has_word(word, "progress") or not is_header_word(word):
        return False
    if _BRACKETED_RE.fullmatch(word):
        return True
    return len(word) <= _MAX_KIND_WORD and any(has_word(word, g) for g in _KIND_GROUPS)


def slotted_header(text: str, header: Sequence[TextCell]) -> list[TextCell]:
    """A pipe- or tab-delimited header two lines high, the lower line's cells joined to
    the cells above them by position (``2020年`` over ``基数``, ``规划目标`` over
    ``(2025年)``): a spreadsheet's header row and the row under it that gives some cells
    their lower half, the first cells of that row left blank under the name columns.
    Unchanged unless the lower line is no wider than the upper (blank cells after its
    last are not typed), set in (its first cell blank) and each of its cells under a
    cell of the upper line."""
    lines = sorted({_line_of(text, c) for c in header})
    if len(lines) != 2:
        return list(header)
    upper = [c for c in header if _line_of(text, c) == lines[0]]
    lower = [c for c in header if _line_of(text, c) == lines[1]]
    width = upper[0].width
    if width is None or any(c.width != width for c in upper):
        return list(header)
    if any(c.width is None or c.width > width or c.slot is None for c in lower):
        return list(header)
    homes = {c.slot: i for i, c in enumerate(upper)}
    if not lower[0].slot:
        return _groups_over_years(upper, lower) or list(header)
    if all(c.slot in homes for c in lower):
        joined = _halves_joined(upper, lower, [homes[c.slot] for c in lower], above=False)
        if joined is not None:
            return joined
    # (A cell spanning two slots, 年均增长(%) over 目标 | 实际, typed once: the slot after it
    # left blank on the upper line is its own.)
    spanned = [homes.get(max((s for s in homes if s <= c.slot), default=-1)) for c in lower]
    return _grouped_halves(upper, lower, spanned) or list(header)


def _groups_over_years(
    upper: Sequence[TextCell], lower: Sequence[TextCell]
) -> list[TextCell] | None:
    """A name cell and groups over runs of years, each group's span lost with the page's
    (分行业 | 增长% | 结构% over 2024年 | 2023年 | 2024年 | 2023年, not set in under the name):
    the years shared out among the groups in order, as many to each; None for any other."""
    groups = upper[1:]
    if not groups or any(_role(c.text) is not ColumnRole.VALUE for c in groups):
        return None
    if not all(years_in(c.text) for c in lower) or len(lower) % len(groups):
        return None
    each = len(lower) // len(groups)
    if each < 2:
        return None
    out = [upper[0]]
    for i, year in enumerate(lower):
        group = groups[i // each]
        out.append(TextCell(group.text + year.text, group.span, False, None, None))
    return out


def _year_homes(upper: Sequence[TextCell], lower: Sequence[TextCell]) -> list[int] | None:
    """Where a lower line of bracketed kind words alone (（现状） （目标）, （基期） （目标）)
    goes: under the year columns, one each in order, as many as there are, wherever the
    typist set them (a hand-typed header does not keep its columns). None for any other
    lower line."""
    bracketed = all(_BRACKETED_RE.fullmatch(squeeze(c.text)) for c in lower)
    # (Or short kind words a narrow PDF line sets one space apart, no column kept:
    # 2012年 2012年 2013年 over 预计完成 增长 计划增长.)
    groups = _KIND_GROUPS if bracketed else (*_KIND_GROUPS, "growth")
    if not bracketed and any(len(squeeze(c.text)) > _MAX_KIND_WORD for c in lower):
        return None
    if not all(any(has_word(c.text, g) for g in groups) for c in lower):
        return None
    years = [i for i, u in enumerate(upper) if YEAR_CELL_RE.fullmatch(squeeze(u.text))]
    return years if len(years) == len(lower) else None


_KIND_GROUPS = ("target", "actual", "base")
_MAX_KIND_WORD = 4


# How many lines a header with broken cells may take (a cell broken twice over three).
_MAX_BROKEN_LINES = 4


def _tab_cells(text: str, start: int, end: int) -> list[TextCell]:
    """The cells of the tab-delimited line ``text[start:end]``, blank ones included
    (stripped; a blank cell has an empty text)."""
    out: list[TextCell] = []
    pos = start
    for raw in text[start:end].split("\t"):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(TextCell(body, Span(pos + lead, pos + lead + len(body))))
        pos += len(raw) + 1
    return out


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end - (text[end - 1 : end] == "\r")


def broken_header(
    text: str, start: int, *, spaced: bool = False
) -> tuple[list[TextCell], int] | None:
    """The header of a tab-delimited table starting on the line at ``start`` whose cells
    hold line breaks, one cell per column (``2024年`` + ``预期目标``), and where its last
    line ends; None unless the lines join into header words exactly as wide as the line
    after them (the first row), each line after the first being header words only.

    ``spaced``: a PDF's header whose cells part by two spaces and break across lines
    (``2020年`` / ``规划目标``, ``完成`` / ``情况``): a line's first piece goes on the cell
    the line above ended with, the two making a header word (the piece alone may be
    none: 情况); the cells a row has, each a position (no ``slot``)."""
    cells_of = spaced_cells if spaced else _tab_cells
    first, end = _line_bounds(text, start)
    cells = cells_of(text, first, end)
    if len(cells) < 2 or not all(c.text and is_header_word(c.text) for c in cells):
        return None
    for _ in range(_MAX_BROKEN_LINES - 1):
        nxt_start, nxt_end = _line_bounds(text, end + 1)
        if nxt_start >= len(text):
            return None
        more = cells_of(text, nxt_start, nxt_end)
        top = cells[-1]
        if spaced:
            if not more or not is_header_word(top.text + more[0].text):
                return None
            if _set_in_under_other(text, cells, more[0]):
                return None
        if not all(c.text and is_header_word(c.text) for c in more[spaced:]):
            return None
        # (The span stays the upper half's: a span covers one run of the stored text.)
        cells[-1] = TextCell(top.text + more[0].text, top.span)
        cells += more[1:]
        end = nxt_end
        row_start, row_end = _line_bounds(text, end + 1)
        row = cells_of(text, row_start, row_end)
        if len(row) == len(cells) and row[0].text and not is_header_word(row[0].text):
            n = len(cells)
            if spaced:
                return [TextCell(c.text, c.span, i == n - 1) for i, c in enumerate(cells)], end
            return [TextCell(c.text, c.span, i == n - 1, i, n) for i, c in enumerate(cells)], end
        if spaced and _flat_body_after(text, end, cells):
            return [TextCell(c.text, c.span, i == len(cells) - 1) for i, c in enumerate(cells)], end
    return None


def _set_in_under_other(text: str, upper: Sequence[TextCell], piece: TextCell) -> bool:
    """Whether a header line's first piece is set in to stand under an upper cell other
    than the line's last and its first (〔累计〕 printed under 年均增长, not going on with 属性
    after it): the lower half of that cell, no rest of the last one. A piece at the line's
    start or indented as the upper line is (规划目标 after 2020年 where the text kept no
    columns) goes on with the last cell."""
    lead = text[text.rfind("\n", 0, piece.span.start) + 1 : piece.span.start]
    if not lead or lead.strip():
        return False
    home = _under(text, upper, piece)  # (under the first cell: the lines' common indent)
    return home is not None and 0 < home < len(upper) - 1


def _flat_body_after(text: str, end: int, cells: list[TextCell]) -> bool:
    """Whether a spaced header broken over lines (three cells at least) ends at ``end``
    over a body one cell a line: the next line that is not blank is one cell, a row's
    name, that goes on no header cell (情况 after 完成 does)."""
    pos = end + 1
    while pos < len(text):
        a, b = _line_bounds(text, pos)
        line = spaced_cells(text, a, b)
        if line:
            one = line[0].text
            return (
                len(line) == 1
                and len(cells) >= 3
                and classify(one) is CellClass.TEXT
                and not is_header_word(one)
                and not is_header_word(cells[-1].text + one)
            )
        pos = b + 1
    return False


# A header cell wholly in brackets under a year (2025年 / （基期）) is the lower half of it.
_BRACKETED_RE = re.compile(r"[(（〔\[［][^()（）〔〕\[\]［］]{1,6}[)）〕\]］]")
