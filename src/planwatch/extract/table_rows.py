"""Reading a text table's body cells back into rows.

The body arrives as a stream of cells (one per line when the table was
flattened, or the cells of each line when a row sits on one line). Rows are
found the way a reader finds them: a row starts at its 序号 (the next number
in sequence, followed by a name) or at a name after a finished row, and ends
at its attribute (预期性/约束性), at a line end in one-row-per-line layouts, or
where the next row starts. A name followed by another name before any value is
a parent row (城镇化率 -> 常住人口城镇化率(%)); the rows after it without a 序号
are its sub-rows. Group headings (一、经济发展) set the group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from planwatch.core.data import Span
from planwatch.extract.table_breakdown import total_broken_down
from planwatch.extract.table_cells import CellClass, TextCell, classify, read_value
from planwatch.extract.table_words import squeeze, words

# 其中 (of which) or # before a name: a sub-row of the row above, set in or not.
_OF_WHICH_RE = re.compile(r"\s*(?:其中|[#＃])")
_UNIT_BRACKET_RE = re.compile(r"[(（][^()（）]{1,12}[)）]\s*$")
# A unit in brackets ending a cell, no figure inside: the cell is a row's name, whatever
# verbs its words hold (地表水达到或好于Ⅲ类水体比例（%）); 完成目标（17%） is a value.
_NAME_UNIT_RE = re.compile(r"[(（][^()（）\d]{1,6}[)）]\s*$")
# An age band naming a population table's row (0—15岁, 16-59岁（含不满60周岁）, 60周岁及以上):
# two numbers of years before 岁, or one with a bound after it (a bare 78岁 is a figure).
_AGE_BAND_RE = re.compile(
    r"\s*\d{1,3}\s*(?:[—\-－~～至到]\s*\d{1,3}\s*周?岁(?:及以上|以上|及以下|以下)?"
    r"|周?岁(?:及以上|以上|及以下|以下))(?:[(（][^()（）]{1,12}[)）])?\s*"
)


def age_band(text: str) -> bool:
    """Whether a cell is an age band (16—59岁, 60周岁及以上): a population table's row name
    wherever it stands first in a row, though it reads as a figure."""
    return _AGE_BAND_RE.fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class RowDraft:
    """A body row before its values are given columns.

    ``names`` are the row's own name cells (joined they give its name),
    ``parent`` the name of the row it is a sub-row of, ``units`` unit cells
    printed apart from the name (``(户/人)``), ``values`` the cells standing in
    value columns (numbers, placeholders, phrases) in order.
    """

    cells: tuple[TextCell, ...]
    index: TextCell | None
    group: str | None
    parent: str | None
    names: tuple[TextCell, ...]
    units: tuple[TextCell, ...]
    values: tuple[TextCell, ...]
    attribute: TextCell | None

    @property
    def name(self) -> str:
        return "".join(c.text for c in self.names)


@dataclass
class _Open:
    """A row being read (mutable while the reader walks the cells)."""

    index: TextCell | None = None
    group: str | None = None
    parent: str | None = None
    cells: list[TextCell] = field(default_factory=list)
    names: list[TextCell] = field(default_factory=list)
    units: list[TextCell] = field(default_factory=list)
    values: list[TextCell] = field(default_factory=list)
    attribute: TextCell | None = None

    def has_unit(self) -> bool:
        return bool(self.units) or any(_UNIT_BRACKET_RE.search(c.text) for c in self.names)


def read_rows(
    cells: Sequence[TextCell],
    *,
    has_index: bool,
    row_per_line: bool,
    attribute_last: bool = True,
    has_category: bool = False,
) -> list[RowDraft]:
    """Rows of a table body. Parent rows (names, no values) are returned too.

    ``attribute_last``: the attribute column is the header's last, so an
    attribute cell ends its row (in one-row-per-line layouts the line does).
    """
    if row_per_line:
        cells = join_names_below(join_names_above(join_names_after_row(cells)))
    reader = _Reader(cells, has_index, row_per_line, attribute_last)
    reader.has_category = has_category
    for i in range(len(cells)):
        reader.step(i)
    reader.finish()
    return reader.rows


class _Reader:
    """The walk over a body's cells: the row being read and what carries over
    from row to row (group, parent, the last 序号)."""

    def __init__(
        self, cells: Sequence[TextCell], has_index: bool, row_per_line: bool, attribute_last: bool
    ) -> None:
        self.cells = cells
        self.classes = [classify(c.text) for c in cells]
        self.has_index, self.row_per_line = has_index, row_per_line
        self.attribute_last = attribute_last
        self.rows: list[RowDraft] = []
        self.cur: _Open | None = None
        self.group: str | None = None
        self.parent: str | None = None
        self.parent_has_unit = False
        self.last_index = 0
        self.line_start = True
        # The last row printing its own unit beside its figures (货运量(万吨) 56031)
        # and its name's indent: a row set further in below it is its sub-row.
        self.outer: tuple[int, str] | None = None
        self.has_category = False  # the header has a 类别 column

    def finish(self) -> None:
        cur = self.cur
        if cur is None:
            return
        if cur.names and not cur.values and cur.attribute is None:
            # A name with nothing else heads the rows that follow it; a breakdown's label
            # (按经营地分, 按消费类型分) leaves them under the total it breaks down, the row
            # with figures above it.
            label = "".join(c.text for c in cur.names)
            total = total_broken_down(self.rows, label, self.parent)
            self.parent = "".join(c.text for c in total.names) if total else label
            self.parent_has_unit = bool(total.units) if total else cur.has_unit()
        self._track_outer(cur)
        self.rows.append(
            RowDraft(
                tuple(cur.cells),
                cur.index,
                cur.group,
                cur.parent,
                tuple(cur.names),
                tuple(cur.units),
                tuple(cur.values),
                cur.attribute,
            )
        )
        self.cur = None

    def _unit_below(self, c: TextCell) -> None:
        """A unit alone on its line under a row that printed none: the row's name wrapped
        in its narrow column, its unit on the line below (…托位数 / （个）), the row's
        figures on the name's line."""
        last = self.rows[-1] if self.rows else None
        if last is None or not last.values or last.units:
            return
        if any(_UNIT_BRACKET_RE.search(n.text) for n in last.names):
            return
        self.rows[-1] = replace(last, cells=(*last.cells, c), units=(c,))

    def _track_outer(self, cur: _Open) -> None:
        if not cur.names:
            return
        indent = cur.names[0].indent
        under = self.outer is not None and cur.parent == self.outer[1]
        if self.outer is not None and indent <= self.outer[0] and not under:
            self.outer = None
        if (
            cur.values
            and cur.index is None
            and any(_UNIT_BRACKET_RE.search(c.text) for c in cur.names)
        ):
            self.outer = (indent, "".join(c.text for c in cur.names))

    def _indented_under(self, cur: _Open) -> None:
        """A row set further in than the last row with its own unit (or opening
        with 其中), printing none itself, is that row's sub-row (  铁路 under
        货运量(万吨)): it takes that row as its parent, and so its unit."""
        outer = self.outer
        if outer is None or cur.index is not None or cur.has_unit():
            return
        first = cur.names[0] if cur.names else None
        if first is not None and (first.indent > outer[0] or _OF_WHICH_RE.match(first.text)):
            cur.parent = outer[1]

    def _of_which(self, cur: _Open) -> None:
        """A row opening with 其中 (or #) is a part of the row right above it, its name
        enough (其中：高速铁路 under 铁路营业里程): no label carried from further up is its
        parent (a 类别 cell printed once before its group, one cell a line, reads as one)
        unless it prints the unit; a 其中 row after another keeps that row's parent."""
        prev = self.rows[-1] if self.rows else None
        if cur.index is not None or prev is None or not prev.values or not prev.names:
            return
        if not _OF_WHICH_RE.match(cur.names[0].text) or self.parent_has_unit:
            return  # (a parent label printing the unit, 就业(万人), gives the row its unit)
        cur.parent = prev.parent if _OF_WHICH_RE.match(prev.names[0].text) else None

    def start(self, index: TextCell | None = None) -> _Open:
        self.cur = _Open(index=index, group=self.group, parent=None if index else self.parent)
        return self.cur

    def _bare_label(self) -> bool:
        cur = self.cur
        return cur is not None and bool(cur.names) and not cur.values and cur.index is None

    def _index(self, i: int) -> bool:
        """A 序号 cell starting a row (True), or a number to read as a value (False)."""
        c, cur = self.cells[i], self.cur
        nxt = self.classes[i + 1] if i + 1 < len(self.cells) else None
        n = int(re.sub(r"\D", "", c.text))
        if self.row_per_line:
            # A line starts a row; so does a number after a bare category label.
            at_start = self.line_start or self._bare_label()
        else:
            at_start = (
                cur is None or bool(cur.values) or cur.attribute is not None or self._bare_label()
            )
        if not (
            (self.has_index or self.row_per_line)  # a line-initial number in sequence is a 序号
            and at_start
            and n in (self.last_index + 1, 1)
            and nxt in (CellClass.TEXT, CellClass.PHRASE)
        ):
            return False
        if cur is not None and cur.names and not cur.values and cur.attribute is None:
            # A bare label before a numbered row is a category (经济发展 | 1 | ...).
            self.group = "".join(x.text for x in cur.names)
            self.cur = None
        self.finish()
        self.parent = None
        self.last_index = n
        self.start(c).cells.append(c)
        self.line_start = c.line_end
        if c.line_end and self.row_per_line:
            self.finish()
        return True

    def _name(self, i: int, k: CellClass) -> None:
        """A name or a phrase cell: a new row, this row's name, its parent, or a value."""
        c, cur = self.cells[i], self.cur
        if k is CellClass.PHRASE and _NAME_UNIT_RE.search(c.text):
            k = CellClass.TEXT  # (a name printing its unit: 地表水达到或好于Ⅲ类水体比例（%）)
        if cur is None or (cur.values and k is not CellClass.PHRASE and not self._mid_line()):
            self.finish()
            cur = self.start()
            cur.names.append(c)
            before = cur.parent
            self._indented_under(cur)
            if cur.parent == before:
                self._of_which(cur)
        elif not cur.names:
            cur.names.append(c)
        elif not cur.values and self._category_cell(cur, c):
            # 类别 printed on each row (经济发展 | 城镇化率(%)): the row's group, not its parent.
            self.group = cur.group = cur.names[0].text
            cur.names, cur.parent = [c], None
        elif not cur.values:
            has_unit = cur.has_unit() or (cur.parent is not None and self.parent_has_unit)
            wrapped = _wrapped(cur, self.cells, self.classes, i, self.last_index, self.has_index)
            if k is CellClass.TEXT and wrapped:
                cur.names.append(c)  # the rest of a name wrapped onto the next line
            elif k is CellClass.PHRASE and (has_unit or not _UNIT_BRACKET_RE.search(c.text)):
                cur.values.append(c)
            elif self._category_label(cur):
                # (民生 / 福祉 / 城镇居民…: a 类别 label printed over two lines, one cell a line,
                # before its group's first row: the group, no parent)
                self.group = cur.group = "".join(x.text for x in cur.names)
                cur.names, cur.parent = [c], None
            else:
                # Name after name: the first heads this row as its parent.
                self.parent = "".join(x.text for x in cur.names)
                self.parent_has_unit = cur.has_unit()
                cur.parent, cur.names, cur.units = self.parent, [c], []
        else:
            cur.values.append(c)
        cur.cells.append(c)

    def _category_label(self, cur: _Open) -> bool:
        """Whether the row's names so far, joined, are a 类别 label under a category column."""
        joined = squeeze("".join(x.text for x in cur.names))
        return self.has_category and cur.parent is None and joined in words("category_label")

    def _category_cell(self, cur: _Open, c: TextCell) -> bool:
        """Whether the row's one name so far is its 类别 cell, ``c`` its name: the
        header has a category column, the first is a short label without a unit
        and the second prints one (or the label is the group already read)."""
        if not self.has_category or len(cur.names) != 1 or cur.parent is not None:
            return False
        first = cur.names[0].text
        if _UNIT_BRACKET_RE.search(first) or len(first) > 8:
            return False
        if squeeze(first) in words("category_label"):
            return True  # (a merged 类别 cell printed once: 绿色生态 | 森林覆盖率 | % | …)
        if self.row_per_line and not cur.names[0].line_end and _CJK_PAIR_RE.search(c.text):
            return True  # (two name cells of one line, 设施网络 | 铁路营业里程: no wrap)
        return bool(_UNIT_BRACKET_RE.search(c.text)) or first == self.group

    def _age_band(self, c: TextCell) -> bool:
        """Whether a cell opening a row's line is an age band, the row's name in a
        population table (16—59岁, 60周岁及以上), not a figure."""
        first = self.row_per_line and self.line_start and c.slot in (None, 0)
        return first and age_band(c.text)

    def _group_with_figures(self, i: int) -> bool:
        """Whether the group heading at ``i`` opens a line of a one-row-per-line table with a
        figure right after it on that line: a row of its own (a communiqué's 一、食品烟酒 | -0.6);
        or, a table printed one cell a line, with a figure in the next cell (一、法人单位 / 6826 /
        100.0 over 企业法人 / 5116 / 75.0: the group's total)."""
        c = self.cells[i]
        if i + 2 < len(self.cells) and self.classes[i + 1] is CellClass.UNIT:
            i += 1  # (一、财政总收入 / 万元 / 52364: the row's unit cell before its figures)
        if i + 1 >= len(self.cells) or self.classes[i + 1] is not CellClass.NUMBER:
            return False
        if not self.row_per_line:
            return read_value(self.cells[i + 1].text) is not None
        return self.line_start and not c.line_end

    def _mid_line(self) -> bool:
        return self.row_per_line and not self.line_start

    def step(self, i: int) -> None:
        c, k = self.cells[i], self.classes[i]
        if k is CellClass.NUMBER and self._age_band(c):
            k = CellClass.TEXT
        if k is CellClass.INDEX:
            if self._index(i):
                return
            k = CellClass.NUMBER if read_value(c.text) is not None else CellClass.TEXT
        cur = self.cur
        if k is CellClass.GROUP and self._group_with_figures(i):
            # (一、食品烟酒 | -0.6 over 粮食 | 1.4: a heading row with its own figure, a row)
            self.finish()
            self.group, self.parent = c.text, None
            k = CellClass.TEXT
        if k is CellClass.GROUP:
            self.finish()
            self.group, self.parent = c.text, None
        elif k is CellClass.ATTRIBUTE:
            if cur is not None:
                cur.attribute = c
                cur.cells.append(c)
                if self.attribute_last and not self.row_per_line:
                    self.finish()
        elif k is CellClass.UNIT:
            if cur is not None:
                cur.cells.append(c)
                if not cur.values:
                    cur.units.append(c)
            elif self.row_per_line and self.line_start and c.line_end:
                self._unit_below(c)
        elif k in (CellClass.TEXT, CellClass.PHRASE):
            self._name(i, k)
        elif k in (CellClass.NUMBER, CellClass.PLACEHOLDER) and cur is not None and cur.names:
            cur.values.append(c)
            cur.cells.append(c)
        self.line_start = c.line_end
        if c.line_end and self.row_per_line:
            self.finish()


def _core(name: str) -> str:
    return _UNIT_BRACKET_RE.sub("", name).strip()


_CJK_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _wrapped(
    cur: _Open,
    cells: Sequence[TextCell],
    classes: Sequence[CellClass],
    i: int,
    last_index: int,
    has_index: bool,
) -> bool:
    """Whether name cell ``i`` continues the row's one name cell rather than
    starting a sub-row under it.

    A narrow column wraps 研究与试验发展经费投 / 入强度(%): the first piece has no
    unit, the pieces share no word, and no sibling follows: after the row's
    values comes the next numbered row, a group row or the table's end (a
    parent row has at least two sub-rows). A one- or two-character piece
    (``率``) is a wrap wherever it stands.
    """
    if cur.names and _opens_bracket(cur.names[-1].text) and _closes_bracket(cells[i].text):
        return True  # a unit wrapped inside its bracket: 施工面积(万平 / 方米)
    if len(cur.names) != 1 or cur.parent is not None or cur.has_unit():
        return False
    if re.search(r"[/／]\s*\S{0,3}$", cur.names[0].text):
        return True  # two indicators named a/b, the second wrapped: 调查失业率/城镇 / 登记失业率
    first, rest = _core(cur.names[0].text), _core(cells[i].text)
    if any(first[j : j + 2] in rest for j in range(len(first) - 1)):
        return False
    if 0 < len(rest) <= 2:
        return True
    if not has_index:
        return _cell_width_wrap(first, cells, classes)
    if len(first) < 4:
        return False
    for j in range(i + 1, len(cells)):
        k = classes[j]
        if k is CellClass.GROUP:
            return True
        if k is CellClass.TEXT:
            prev = cells[j - 1].text.strip().rstrip(".、．")
            return classes[j - 1] is CellClass.INDEX and prev == str(last_index + 1)
    return True


# The shortest cell a page's column wraps (a parent row's label is mostly shorter).
_MIN_WRAPPED = 8


def _cell_width_wrap(first: str, cells: Sequence[TextCell], classes: Sequence[CellClass]) -> bool:
    """Whether a name piece of a table without 序号 fills its column, as wide as the widest
    name cell of the table, so the next piece is its rest (单位地区生产总值二氧 / 化碳排放降低 in a
    PDF table one cell a line): a parent row's label (主要农产品产量) is narrower than the column."""
    if len(first) < _MIN_WRAPPED:
        return False
    width = max(
        (len(_core(c.text)) for c, k in zip(cells, classes, strict=True) if k is CellClass.TEXT),
        default=0,
    )
    return len(first) >= width - 1


def _opens_bracket(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _closes_bracket(text: str) -> bool:
    return text.count(")") + text.count("）") > text.count("(") + text.count("（")


def join_names_above(cells: Sequence[TextCell]) -> list[TextCell]:
    """One-row-per-line cells with a tall name cell's first line put back in its row.

    A PDF text layer prints a name cell wrapped over two lines with its first
    line alone above the row (研究与试验发 / 3 展经费投入强度(%) 1.85 2.5): a line
    of one long name without a unit, followed by a row whose name follows its
    序号. The piece joins that name (the cell's span then runs over the 序号).
    """
    out: list[TextCell] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        alone = c.line_end and (i == 0 or cells[i - 1].line_end)
        nxt = cells[i + 1 : i + 3]
        if (
            alone
            and len(_core(c.text)) >= 6
            and classify(c.text) is CellClass.TEXT
            and not _UNIT_BRACKET_RE.search(c.text)
            and len(nxt) == 2
            and classify(nxt[0].text) is CellClass.INDEX
            and classify(nxt[1].text) is CellClass.TEXT
            and not nxt[0].line_end
        ):
            name = nxt[1]
            out.append(nxt[0])
            out.append(
                TextCell(
                    c.text + name.text,
                    Span(c.span.start, name.span.end),
                    name.line_end,
                    name.slot,
                    name.width,
                )
            )
            i += 3
            continue
        out.append(c)
        i += 1
    return out


def join_names_below(cells: Sequence[TextCell]) -> list[TextCell]:
    """One-row-per-line cells with a tall name cell's last line put back with its first.

    A PDF text layer prints a name too wide for its column over two lines, the first
    alone and the last opening the row (社会消费品零售总额 / 增长（%） 6 4.1): a line of one
    name without a unit, followed by a row whose name is a short tail printing the unit
    (增长（%）, or the unit alone: （%）). Not where the row after it opens with such a
    tail too: a parent row over its sub-rows (总量（亿元） / 增长（%）).
    """
    out: list[TextCell] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        alone = c.line_end and (i == 0 or cells[i - 1].line_end)
        if alone and i + 1 < len(cells) and _tail_below(c, cells, i + 1):
            tail = cells[i + 1]
            span = Span(c.span.start, tail.span.end)
            out.append(TextCell(c.text + tail.text, span, tail.line_end, tail.slot, tail.width))
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _short_tail(cell: TextCell) -> bool:
    return bool(_UNIT_BRACKET_RE.search(cell.text)) and len(_core(cell.text)) <= 4


def _tail_below(name: TextCell, cells: Sequence[TextCell], j: int) -> bool:
    """Whether cell ``j`` is the last line of the lone name cell before it (see
    :func:`join_names_below`)."""
    tail = cells[j]
    if tail.line_end or not _short_tail(tail) or _UNIT_BRACKET_RE.search(name.text):
        return False
    if len(_core(name.text)) < 4 or classify(name.text) is not CellClass.TEXT:
        return False
    k = next((k for k in range(j, len(cells)) if cells[k].line_end), len(cells) - 1) + 1
    return k >= len(cells) or not _short_tail(cells[k])


# A name's tail the page wrapped below its row: CJK characters only, a few of them.
_NAME_TAIL_RE = re.compile(r"[\u4e00-\u9fff（）()]{1,6}")
_MIN_NAME_HEAD = 4  # characters of the name's first line (a narrow column still holds four)


def _lines(cells: Sequence[TextCell]) -> list[list[int]]:
    """The indices of ``cells`` line by line (one-row-per-line layouts)."""
    out: list[list[int]] = [[]]
    for i, c in enumerate(cells):
        out[-1].append(i)
        if c.line_end:
            out.append([])
    return [line for line in out if line]


def join_names_after_row(cells: Sequence[TextCell]) -> list[TextCell]:
    """One-row-per-line cells with a name's tail, wrapped below its whole row, put back
    in the name.

    A PDF text layer prints a numbered row's cells on one line and the end of its name,
    too wide for its column, alone on the line below (3 规模以上工业增加值年 % — 8 9.4 超过预期
    / 均增长 / 4 固定资产投资…): a commission's annexed table of an evaluation (real25 dev
    c561; the same layout as real18's wrapped cells, the other way round). The tail is a
    few characters without figures or a unit, no word of a status column
    (``status_word``) and no end of the row's last cell (预期 / 性: an attribute), standing between a row numbered n that prints no unit in its name
    and the row numbered n+1 (or the table's end); not where that row's name prints its
    unit (研究与试验发 / 3 展经费投入强度(%) 1.85: the line begins the next row's name,
    :func:`join_names_above`).
    """
    lines = _lines(cells)
    merged: dict[int, TextCell] = {}
    dropped: set[int] = set()
    for k in range(1, len(lines)):
        line, prev = lines[k], lines[k - 1]
        if len(line) != 1 or len(prev) < 3:
            continue
        tail = cells[line[0]]
        if not _NAME_TAIL_RE.fullmatch(tail.text) or _status_word(tail.text):
            continue
        if _whole_label(cells[prev[-1]].text + tail.text):
            continue  # (the row's last cell wrapped: 预期 / 性, 基本符 / 合)
        index, name = cells[prev[0]], cells[prev[1]]
        n = _row_number(index.text)
        if n is None or classify(name.text) is not CellClass.TEXT or prev[1] in dropped:
            continue
        if len(_core(name.text)) < _MIN_NAME_HEAD or _UNIT_BRACKET_RE.search(name.text):
            continue
        if k + 1 < len(lines):
            after = lines[k + 1]
            if _row_number(cells[after[0]].text) != n + 1:
                continue
            if len(after) > 1 and _UNIT_BRACKET_RE.search(cells[after[1]].text):
                continue  # (the next row's name goes on from it: join_names_above's form)
        merged[prev[1]] = replace(name, text=name.text + tail.text)
        dropped.add(line[0])
    return [merged.get(i, c) for i, c in enumerate(cells) if i not in dropped]


def _row_number(text: str) -> int | None:
    t = text.strip().rstrip(".、．")
    return int(t) if t.isdigit() and len(t) <= 2 else None


def _status_word(text: str) -> bool:
    return any(w in squeeze(text) for w in words("status_word"))


def _whole_label(text: str) -> bool:
    """Whether ``text`` is one whole attribute or status label (预期性, 基本符合)."""
    return classify(text) is CellClass.ATTRIBUTE or squeeze(text) in words("status_label")
