"""Tables whose rows run together on one line, cells parted by spaces.

Copying a PDF table, or a page that lost its line breaks, can leave a whole table on
one line with its cells still parted by spaces but its rows not:
``主要指标表 指标名称 单位 2015年 2020年 年均增长(%) 1地区生产总值 亿元 303.8 440 8左右
2人均… ``. The header is the run of header words (指标名称, 单位, a year, a growth
column); the rows are told apart by their 序号, which counts up from 1 and is printed
glued to the name (``1地区生产总值``) or on its own before it (``1 地区生产总值``). A
group row (一、经济发展) stands alone. The cells come out like those of a
one-row-per-line table (the last cell of a row marked as its line's end); the 序号 is a
cell of its own only when the header has a 序号 column, so that the row's cells line up
with the header's.
"""

from __future__ import annotations

import functools
import re

from planwatch.core.data import Span
from planwatch.core.spans import span_unchecked
from planwatch.extract.table_cells import CellClass, TextCell, classify
from planwatch.extract.table_cells_flat import (
    halves_joined,
    name_over_halves,
    paired_header,
    upper_cells,
)
from planwatch.extract.table_header import (
    HEADER_GROUPS,
    ColumnRole,
    _role,
    is_header_word,
)
from planwatch.extract.table_header_lines import name_apart, run_on_lower_halves
from planwatch.extract.table_lines import year_spaced_off
from planwatch.extract.table_rows import age_band
from planwatch.extract.table_words import has_word, words

_TOKEN_RE = re.compile(r"\S+")
# A cell of a Markdown table's rule under its header (---, :---:), or the rule's bar.
_RULE_RE = re.compile(r"\|?:?-{3,}:?\|?")
# A bar parting cells, spaced off them: a pipe table run onto one line (指标 | 2015年 | … |
# 地区生产总值（亿元） | 562.3 | 850 | …) is read as one parted by spaces.
_BARS = frozenset({"|", "｜"})
# A row's 序号, glued to its name or alone (the name's first character follows).
# (A text layer made by OCR reads 1 as I or l and 0 as O: IO城镇登记失业率 is row 10.)
# (Or with a dot or a 顿号 after it, as a list numbers its items: 1.地区生产总值（亿元）.)
_INDEX_RE = re.compile(r"([\dIlO]{1,2})[.．、]?(?=[\u4e00-\u9fff(（]|$)")
_OCR_DIGITS = str.maketrans("IlO", "110")
_CJK_RE = re.compile(r"[\u4e00-\u9fff(（]")
# Fewer rows than this on one line is prose with a few numbers, not a table.
_MIN_ROWS = 3
_MAX_TITLE = 60
# The longest cell table_header.is_header_word takes for a header word.
_HEADER_WORD_MAX = 24


def _tokens(text: str, start: int, end: int) -> list[TextCell]:
    cells: list[TextCell] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        if _RULE_RE.fullmatch(m.group()) or m.group() in _BARS:
            continue  # (a Markdown table run together keeps its rule: | --- | --- |; its bars)
        cells.extend(_split_label(m.group(), m.start()))
    joined: list[TextCell] = []
    for cell in cells:  # (2015 年目标: a year spaced off from its 年 is one header cell)
        if joined and year_spaced_off(joined[-1], cell):
            a = joined[-1].span.start
            cell = TextCell(text[a : cell.span.end], Span(a, cell.span.end))
            joined.pop()
        joined.append(cell)
    return _letter_spaced(text, joined)


# A character of a short cell spaced out letter by letter (类 别, 预 期 性, 亿 元).
_LETTER_RE = re.compile(r"[\u4e00-\u9fff]")
# The longest short cell a typesetter spaces out: a header word, a 类别 label, a unit.
_MAX_SPACED = 6


def _letter_spaced(text: str, tokens: list[TextCell]) -> list[TextCell]:
    """``tokens`` with the short cells a typesetter spaced out letter by letter (类 别 指 标
    单 位, 经 济 发 展, 预 期 性) joined back. The cells themselves are parted by one space
    too, so each run of lone characters parted by one space is cut into the fewest cells
    that are each a word of a table (a header word, a 类别 label, a unit or an attribute);
    a character that begins none stays a token of its own."""
    out: list[TextCell] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and _spaced_pair(tokens[j], tokens[j + 1]):
            j += 1
        if j == i:  # (no run: the token as it stands, the one cut _cuts would give)
            out.append(tokens[i])
            i += 1
            continue
        for k, q in _cuts([t.text for t in tokens[i : j + 1]]):
            a, b = tokens[i + k].span.start, tokens[i + q - 1].span.end
            out.append(TextCell(text[a:b], Span(a, b)))
        i = j + 1
    return out


def _cuts(letters: list[str]) -> list[tuple[int, int]]:
    """The fewest pieces [k, q) of ``letters`` that are table words, a lone letter that is
    none costing most (a run of one letter: that letter)."""
    n = len(letters)
    best: list[tuple[int, list[tuple[int, int]]]] = [(0, [])] + [(10**6, [])] * n
    for q in range(1, n + 1):
        for k in range(max(0, q - _MAX_SPACED), q):
            cost = 1 if _table_word("".join(letters[k:q])) else (100 if q - k == 1 else None)
            if cost is not None and best[k][0] + cost < best[q][0]:
                best[q] = (best[k][0] + cost, [*best[k][1], (k, q)])
    return best[n][1]


# The groups of data/table_words.csv whose words a table's short cells are.
_CELL_GROUPS = (*HEADER_GROUPS, "category_label")


@functools.lru_cache(maxsize=4096)  # (asked of the same few short words in every table)
def _table_word(word: str) -> bool:
    if any(word in words(g) for g in _CELL_GROUPS):
        return True
    return classify(word) in (CellClass.UNIT, CellClass.ATTRIBUTE)


def _spaced_pair(a: TextCell, b: TextCell) -> bool:
    return (
        bool(_LETTER_RE.fullmatch(a.text) and _LETTER_RE.fullmatch(b.text))
        and b.span.start - a.span.end == 1
    )


# A table run on after the label that introduces it (主要指标进展（摘录）：指标名称 单位 …):
# the label and the header's first cell are one token, parted at the label's colon.
_LABEL_END_RE = re.compile(r"[：:](?=[^：:]+$)")


def _split_label(token: str, at: int) -> list[TextCell]:
    m = _LABEL_END_RE.search(token)  # (the last colon: 附：主要指标进展情况：指标名称)
    # (Spans made without the constructor's check: offsets of a match, in order.)
    if m is None or _role(token[m.end() :]) not in (ColumnRole.NAME, ColumnRole.INDEX):
        return name_apart(TextCell(token, span_unchecked(at, at + len(token))))
    cut = m.end()
    return [
        TextCell(token[:cut], span_unchecked(at, at + cut)),
        TextCell(token[cut:], span_unchecked(at + cut, at + len(token))),
    ]


def _may_hold_header(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold three cells in a row of at most _HEADER_WORD_MAX
    characters, which :func:`_header` needs: a token longer than that without a colon to
    part a label at is one long cell, and a run of tokens between two such gives at most
    a cell per token and one more per colon."""
    run = 0
    for m in _TOKEN_RE.finditer(text, start, end):
        token = m.group()
        colon = ":" in token or "：" in token
        if len(token) > _HEADER_WORD_MAX and not colon:
            run = 0
            continue
        run += 1 + colon
        if run >= 3:
            return True
    return False


def _header(tokens: list[TextCell]) -> tuple[int, int] | None:
    """Where the header runs in ``tokens`` ([first, past-last)): header words from a name
    or 序号 cell on, holding a name and a value column; None if there is none."""
    # A header is three header words in a row at least, and a header word is at most
    # _HEADER_WORD_MAX characters (a token holds no space, so squeezing keeps its length):
    # a token of a long prose line is mostly longer, and is not asked its role at all.
    short = [len(t.text) <= _HEADER_WORD_MAX for t in tokens]
    for i, tok in enumerate(tokens):
        if not all(short[i : i + 3]) or i + 3 > len(tokens):
            continue
        if _role(tok.text) not in (ColumnRole.NAME, ColumnRole.INDEX):
            continue
        j = i
        while j < len(tokens) and _in_header(tokens, i, j) and not _opens_row(tokens, j):
            j += 1
        roles = {_role(t.text) for t in tokens[i:j]}
        if j - i >= 3 and ColumnRole.NAME in roles and ColumnRole.VALUE in roles:
            # A 类别 column before the name's (类别 指标名称 单位 …) is the header's too.
            return (i - 1 if i > 0 and _role(tokens[i - 1].text) is ColumnRole.CATEGORY else i), j
    return None


def _in_header(tokens: list[TextCell], i: int, j: int) -> bool:
    """Whether ``tokens[j]`` goes on a header that starts at ``tokens[i]``: a header word,
    or a short word naming a quantity between two (产品名称 单位 产量 比上年增长（%）: a
    communiqué's column of amounts)."""
    if is_header_word(tokens[j].text):
        return True
    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return j > i and bool(_QUANTITY_RE.fullmatch(tokens[j].text)) and is_header_word(nxt)


_QUANTITY_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _units_under(
    header: list[TextCell], tokens: list[TextCell], h1: int
) -> tuple[list[TextCell], int]:
    """The header with a lower line of units in brackets run on after it (指标 年末数 比重
    （万人） （%）) joined to its value columns in order, one each, and where the body
    starts; as it is without such a line."""
    values = [k for k, c in enumerate(header) if _role(c.text) is ColumnRole.VALUE]
    units = tokens[h1 : h1 + len(values)]
    if not values or len(units) < len(values):
        return header, h1
    if not all(
        _UNIT_HALF_RE.fullmatch(u.text) and classify(u.text) is CellClass.UNIT for u in units
    ):
        return header, h1
    out = list(header)
    for k, u in zip(values, units, strict=True):
        out[k] = TextCell(out[k].text + u.text, out[k].span)
    return out, h1 + len(values)


_UNIT_HALF_RE = re.compile(r"[(（][^()（）\d]{1,8}[)）]")


# Cells that stand where a row's figures do: a figure, a placeholder, a phrase.
_FIGURES = (CellClass.NUMBER, CellClass.INDEX, CellClass.PLACEHOLDER, CellClass.PHRASE)


def _opens_row(tokens: list[TextCell], j: int) -> bool:
    """Whether ``tokens[j]`` is the name of the body's first row rather than a header
    cell: a body name can hold header words (生产总值增长(%)), but only a row's name is
    followed by two figures (a header's last cell is followed by a name, a 序号 or a
    year column, 2025年)."""
    after = tokens[j + 1 : j + 3]
    return len(after) == 2 and all(
        classify(t.text) in _FIGURES and not is_header_word(t.text) for t in after
    )


def _row_start(tokens: list[TextCell], k: int, expected: int) -> int | None:
    """Where the name starts when ``tokens[k]`` opens row ``expected`` (its 序号 glued
    to the name or alone before it); else None."""
    tok = tokens[k]
    m = _INDEX_RE.match(tok.text)
    if m is None or int(m.group(1).translate(_OCR_DIGITS)) != expected:
        return None
    if m.end() < len(tok.text):
        return tok.span.start + m.end()
    # A name may open with a figure of its own (5岁以下儿童死亡率, 65岁及以上…): after a lone
    # 序号 any name cell opens the row.
    if k + 1 < len(tokens) and (_CJK_RE.match(tokens[k + 1].text) or _is_name(tokens[k + 1])):
        return tokens[k + 1].span.start
    return None


def _split_rows(tokens: list[TextCell], category: bool = False) -> list[tuple[int, list[TextCell]]]:
    """The rows of the body: (the 序号 token's index, the row's tokens); a group row's
    index is -1. Each row starts at the 序号 that counts on from the last one. Under a 类别
    column (``category``) the category printed before its group's first 序号 (经济发展 1
    地区生产总值 …) is a group row too, as one printed 一、经济发展 is."""
    rows: list[tuple[int, list[TextCell]]] = []
    expected = 1
    for k, tok in enumerate(tokens):
        opens = _row_start(tokens, k, expected)
        last_is_index = bool(rows) and rows[-1][0] >= 0 and rows[-1][1] == [tokens[k - 1]]
        if opens is not None and not last_is_index:
            rows.append((k, [tok]))
            expected += 1
        elif category and _category_before(tokens, k, expected):
            rows.append((-1, [tok]))
        elif classify(tok.text) is CellClass.GROUP and len(rows) == k:
            rows.append((-1, [tok]))  # (a group row above row 1 too)
        elif classify(tok.text) is CellClass.GROUP and rows:
            rows.append((-1, [tok]))
        elif rows:
            rows[-1][1].append(tok)
    return rows


_CATEGORY_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _word_columns_after(tokens: list[TextCell], h1: int) -> int:
    """Where the header ends when short words no table word list holds run on after it up
    to row 1 (超前 符合预期 滞后: an evaluation's columns of marks, √ under one of them)."""
    k = h1
    while k < len(tokens) and k - h1 < 4 and _CATEGORY_LABEL_RE.fullmatch(tokens[k].text):
        if _row_start(tokens, k, 1) is not None:
            break
        k += 1
    return k if h1 < k < len(tokens) and _row_start(tokens, k, 1) is not None else h1


def _category_before(tokens: list[TextCell], k: int, expected: int) -> bool:
    """Whether ``tokens[k]`` is a 类别's label printed before the 序号 that opens the row
    ``expected`` (a short run of characters, the 序号 alone or glued to the name next)."""
    return (
        k + 1 < len(tokens)
        and bool(_CATEGORY_LABEL_RE.fullmatch(tokens[k].text))
        and classify(tokens[k].text) is CellClass.TEXT
        and _row_start(tokens, k + 1, expected) is not None
    )


def _row_cells(row: list[TextCell], width: int, keep_index: bool) -> list[TextCell]:
    """One row's cells, at most ``width`` (what follows the last row on the line is no
    cell of it); the 序号 kept as a cell of its own when the header has its column."""
    first = row[0]
    m = _INDEX_RE.match(first.text)
    assert m is not None
    cells: list[TextCell] = []
    if keep_index:
        index = m.group(1).translate(_OCR_DIGITS)  # (its digits: IO is 10)
        cells.append(TextCell(index, Span(first.span.start, first.span.start + m.end())))
    if m.end() < len(first.text):
        name = first.text[m.end() :]
        cells.append(TextCell(name, Span(first.span.start + m.end(), first.span.end)))
    cells.extend(row[1:])
    cells = cells[:width]
    last = cells[-1]
    cells[-1] = TextCell(last.text, last.span, True)
    return cells


def _numbered_body(
    tokens: list[TextCell], width: int, keep_index: bool, category: bool = False
) -> list[TextCell] | None:
    """The body cells when its rows are told by their 序号; None if they are not."""
    rows = _split_rows(tokens, category)
    first = next((i for i, (k, _) in enumerate(rows) if k >= 0), None)
    if first is None or rows[first][0] != first or sum(k >= 0 for k, _ in rows) < _MIN_ROWS:
        return None  # (the body must open with row 1 right under the header)
    body: list[TextCell] = []
    label: TextCell | None = None
    for k, row in rows:
        if k < 0 and category and classify(row[0].text) is CellClass.TEXT:
            label = row[0]  # (经济发展 1 地区生产总值: the 类别 cell of the row it opens)
        elif k < 0:
            body.append(TextCell(row[0].text, row[0].span, True))
        else:
            body.extend(
                ([label] if label else []) + _row_cells(row, width - bool(label), keep_index)
            )
            label = None
    return body


# What may stand in a row after its name: anything but another name or a group row.
_NAMES = (CellClass.TEXT, CellClass.GROUP)


def _unnumbered_body(
    tokens: list[TextCell], roles: list[ColumnRole], category: bool
) -> list[TextCell] | None:
    """The body cells when rows carry no 序号: each row a name and ``width - 1`` cells that
    are no names (units, figures, placeholders, attributes) but under a column of words
    (an evaluation's 进展情况 holds 超出预期, a 备注 a short note); the first run of tokens
    that is no such row ends the table. None with fewer than ``_MIN_ROWS`` rows.

    Under a 类别 column (``category``) the category is printed on its group's first row
    only (经济发展 地区生产总值 亿元 … then 人均地区生产总值 元 …): a row is a name and
    ``width - 2`` such cells, with the category's cell before the name where two names
    stand in a row; the row reader tells it from the name as in a one-row-per-line table."""
    body: list[TextCell] = []
    k = rows = 0
    size = len(roles) - 1 if category else len(roles)
    # (Which of a row's cells may be words: under a 备注/进展情况 or 属性 column.)
    wordy = [r in _WORD_COLUMNS for r in roles[len(roles) - size :]]
    while k < len(tokens):
        if classify(tokens[k].text) is CellClass.GROUP:
            body.append(TextCell(tokens[k].text, tokens[k].span, True))
            k += 1
            continue
        if _NOT_APPLICABLE_RE.search(tokens[k].text) and k + 1 < len(tokens):
            k += 1  # (港口——不涉及: a row the area has nothing under, its cells run into one)
            continue
        label = category and k + 1 < len(tokens) and _is_name(tokens[k + 1])
        row = tokens[k + label : k + label + size]
        if len(row) < size or not _is_name(row[0]):
            break
        # (A verdict past the name, 超前 under 进度, is no name: the column judges its row.)
        named = [
            classify(c.text) in _NAMES and not has_word(c.text, "status_word") for c in row[1:]
        ]
        if any(n and not w for n, w in zip(named, wordy[1:])):
            break
        if any(named) and not any(classify(c.text) in _FIGURES for c in row[1:]):
            break  # (a row with words under 备注 holds a figure too: else a run of prose)
        body.extend(tokens[k : k + label] + row[:-1])
        body.append(TextCell(row[-1].text, row[-1].span, True))
        k += label + size
        rows += 1
    while body and classify(body[-1].text) is CellClass.GROUP:
        body.pop()  # (a group row with no row under it is the next heading)
    return body if rows >= _MIN_ROWS else None


# A row the area has nothing under (水运——不涉及, 航道—不适用): an evaluation of a sector
# plan prints it as its name and one dash-led remark in place of its cells.
_NOT_APPLICABLE_RE = re.compile(r"[\u4e00-\u9fff][—－-]{1,2}(?:不涉及|不适用)$")


# Columns whose cells are words, not figures: a row's cell there may read like a name.
_WORD_COLUMNS = (ColumnRole.OTHER, ColumnRole.ATTRIBUTE)


def _is_name(cell: TextCell) -> bool:
    return classify(cell.text) is CellClass.TEXT or age_band(cell.text)


def _paired_if_rows_say(header: list[TextCell], body: list[TextCell]) -> list[TextCell]:
    """A two-line header run on with each column's halves side by side (2020年 基数 2025年
    目标 年均增长 （累计）) read as one cell a column, when the numbered rows under it are as
    wide as that (a name and a cell per column, the 类别 printed as a group row); as it is
    otherwise (2020年 规划目标 may be two columns of a one-line header)."""
    paired = paired_header(header)
    if len(paired) == len(header):
        return header
    # (A row's cells past its 序号, glued to the name or alone before it.)
    lengths = [
        len(row) - (_INDEX_RE.fullmatch(row[0].text) is not None)
        for k, row in _split_rows(body)
        if k >= 0
    ]
    if len(lengths) < _MIN_ROWS:
        return header
    common = max(set(lengths), key=lengths.count)
    return paired if common == _row_width(paired) != _row_width(header) else header


# The lower line of a header cell run on after it: a bracket alone (〔累计〕, （累计）, [%]).
_BRACKET_HALF_RE = re.compile(r"[〔\[［(（][^〔〕\[\]［］()（）\d]{1,6}[〕\]］)）]")


def _bracket_halves_joined(header: list[TextCell]) -> list[TextCell]:
    """``header`` with a cell that is a bracket alone (年均增速 〔累计〕) joined to the value
    column's cell before it: the column's second line, as a cell of its own it would make
    every row a cell short."""
    out: list[TextCell] = []
    for c in header:
        if out and _BRACKET_HALF_RE.fullmatch(c.text) and _role(out[-1].text) is ColumnRole.VALUE:
            out[-1] = TextCell(out[-1].text + c.text, Span(out[-1].span.start, c.span.end))
        else:
            out.append(c)
    return out


def _row_width(header: list[TextCell]) -> int:
    """How many cells a row under ``header`` holds past its 序号 (the 类别 a group row)."""
    roles = [_role(c.text) for c in header]
    return len(header) - (ColumnRole.CATEGORY in roles) - (ColumnRole.INDEX in roles)


def spaced_runon_cells(
    text: str, line: TextCell
) -> tuple[TextCell | None, list[TextCell], list[TextCell]] | None:
    """(title, header, body) of a spaced run-on table on ``line``, or None."""
    if not _may_hold_header(text, line.span.start, line.span.end):
        return None  # (most long lines: prose, its words not parted by spaces)
    tokens = _tokens(text, line.span.start, line.span.end)
    found = _header(tokens)
    if found is None:
        return None
    h0, h1 = found
    if not any(_role(t.text) is ColumnRole.CATEGORY for t in tokens[h0:h1]):
        h1 = _word_columns_after(tokens, h1)  # (a 类别's label before row 1 is the row's)
    header = tokens[h0:h1]
    upper = upper_cells(tokens[:h0])  # (a header two lines high, its name on the lower one)
    joined = halves_joined(upper, tokens[h0 + 1 : h0 + 1 + len(upper)]) if upper else None
    if joined is not None:
        header, h1 = [tokens[h0], *joined], h0 + 1 + len(upper)
        h0 -= len(upper)
    else:
        header, h1 = name_over_halves(tokens, h0, h1) or (header, h1)
    header, h1 = _units_under(header, tokens, h1)
    header = run_on_lower_halves(header)  # (2020年 … 基期值 …: a two-line header run on)
    header = _bracket_halves_joined(header)  # (年均增速 〔累计〕: one column, two lines)
    header = _paired_if_rows_say(header, tokens[h1:])
    keep_index = any(_role(c.text) is ColumnRole.INDEX for c in header)
    in_groups = any(_role(c.text) is ColumnRole.CATEGORY for c in header)
    body = _numbered_body(tokens[h1:], len(header), keep_index, in_groups)
    if body is None and not keep_index:
        category = _role(header[0].text) is ColumnRole.CATEGORY
        body = _unnumbered_body(tokens[h1:], [_role(c.text) for c in header], category)
    if body is None:
        return None
    title = None
    if h0 > 0:
        a, b = tokens[0].span.start, tokens[h0 - 1].span.end
        title = TextCell(text[a:b], Span(a, b)) if b - a <= _MAX_TITLE else None
    return title, header, body
