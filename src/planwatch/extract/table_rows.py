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
from dataclasses import dataclass, field

from planwatch.core.data import Span
from planwatch.extract.table_cells import CellClass, TextCell, classify, read_value

_UNIT_BRACKET_RE = re.compile(r"[(（][^()（）]{1,12}[)）]\s*$")


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
    cells: Sequence[TextCell], *, has_index: bool, row_per_line: bool, attribute_last: bool = True
) -> list[RowDraft]:
    """Rows of a table body. Parent rows (names, no values) are returned too.

    ``attribute_last``: the attribute column is the header's last, so an
    attribute cell ends its row (in one-row-per-line layouts the line does).
    """
    rows: list[RowDraft] = []
    if row_per_line:
        cells = join_names_above(cells)
    classes = [classify(c.text) for c in cells]
    cur: _Open | None = None
    group: str | None = None
    parent: str | None = None
    parent_has_unit = False
    last_index = 0
    line_start = True

    def finish() -> None:
        nonlocal cur, parent, parent_has_unit
        if cur is None:
            return
        if cur.names and not cur.values and cur.attribute is None:
            # A name with nothing else heads the rows that follow it.
            parent = "".join(c.text for c in cur.names)
            parent_has_unit = cur.has_unit()
        rows.append(
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
        cur = None

    def start(index: TextCell | None = None) -> _Open:
        return _Open(index=index, group=group, parent=None if index else parent)

    for i, (c, k) in enumerate(zip(cells, classes, strict=True)):
        nxt = classes[i + 1] if i + 1 < len(cells) else None
        if k is CellClass.INDEX:
            n = int(re.sub(r"\D", "", c.text))
            at_start = (
                cur is None
                or bool(cur.values)
                or cur.attribute is not None
                or (bool(cur.names) and not cur.values and cur.index is None)
            )
            if row_per_line:
                # A line starts a row; so does a number after a bare category label.
                at_start = line_start or (
                    cur is not None and bool(cur.names) and not cur.values and cur.index is None
                )
            if (
                (has_index or row_per_line)  # a line-initial number in sequence is a 序号
                and at_start
                and (n in (last_index + 1, 1))
                and nxt in (CellClass.TEXT, CellClass.PHRASE)
            ):
                if cur is not None and cur.names and not cur.values and cur.attribute is None:
                    # A bare label before a numbered row is a category (经济发展 | 1 | ...).
                    group = "".join(x.text for x in cur.names)
                    cur = None
                finish()
                parent = None
                last_index = n
                cur = start(c)
                cur.cells.append(c)
                line_start = c.line_end
                if c.line_end and row_per_line:
                    finish()
                continue
            k = CellClass.NUMBER if read_value(c.text) is not None else CellClass.TEXT
        if k is CellClass.GROUP:
            finish()
            group, parent = c.text, None
        elif k is CellClass.ATTRIBUTE:
            if cur is not None:
                cur.attribute = c
                cur.cells.append(c)
                if attribute_last and not row_per_line:
                    finish()
        elif k is CellClass.UNIT:
            if cur is not None:
                cur.cells.append(c)
                if not cur.values:
                    cur.units.append(c)
        elif k in (CellClass.TEXT, CellClass.PHRASE):
            if cur is None:
                cur = start()
                cur.names.append(c)
                cur.cells.append(c)
            elif not cur.names:
                cur.names.append(c)
                cur.cells.append(c)
            elif not cur.values:
                has_unit = cur.has_unit() or (cur.parent is not None and parent_has_unit)
                if k is CellClass.TEXT and _wrapped(cur, cells, classes, i, last_index, has_index):
                    cur.names.append(c)  # the rest of a name wrapped onto the next line
                elif k is CellClass.PHRASE and (has_unit or not _UNIT_BRACKET_RE.search(c.text)):
                    cur.values.append(c)
                else:
                    # Name after name: the first heads this row as its parent.
                    parent = "".join(x.text for x in cur.names)
                    parent_has_unit = cur.has_unit()
                    cur.parent, cur.names, cur.units = parent, [c], []
                cur.cells.append(c)
            elif k is CellClass.PHRASE or (row_per_line and not line_start):
                cur.values.append(c)
                cur.cells.append(c)
            else:
                finish()
                cur = start()
                cur.names.append(c)
                cur.cells.append(c)
        elif k in (CellClass.NUMBER, CellClass.PLACEHOLDER) and cur is not None and cur.names:
            cur.values.append(c)
            cur.cells.append(c)
        line_start = c.line_end
        if c.line_end and row_per_line:
            finish()
    finish()
    return rows


def _core(name: str) -> str:
    return _UNIT_BRACKET_RE.sub("", name).strip()


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
    if len(cur.names) != 1 or cur.parent is not None or cur.has_unit():
        return False
    first, rest = _core(cur.names[0].text), _core(cells[i].text)
    if any(first[j : j + 2] in rest for j in range(len(first) - 1)):
        return False
    if 0 < len(rest) <= 2:
        return True
    if not has_index or len(first) < 4:
        return False
    for j in range(i + 1, len(cells)):
        k = classes[j]
        if k is CellClass.GROUP:
            return True
        if k is CellClass.TEXT:
            prev = cells[j - 1].text.strip().rstrip(".、．")
            return classes[j - 1] is CellClass.INDEX and prev == str(last_index + 1)
    return True


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
