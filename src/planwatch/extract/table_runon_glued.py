"""Tables run together on one line with no separator at all, several value columns.

Copying a PDF table can glue every cell of a plan's indicator table into one line, the
figures of a row into one run of digits:
``类别指标名称单位2015年2020年年均增长(%)属性经济发展1地区生产总值亿元535.6800以上8.5左右预期性2…``.
The header is split by its words (a year, 指标名称, 单位, 年均增长 with its bracket);
each row ends at its attribute (预期性/约束性), opens with its 序号 (counting up from 1,
a 类别 label before it where a group starts) and prints its name, its unit (the header
has a 单位 column) and then its figures. The figures are told apart by what the typist
cannot glue (a dash, a bracket, a comparator, 以上 / 左右, a phrase of words), and a run
of digits left between them is cut into as many figures as the header has value columns
still to fill, the cut a reader makes: one decimal place a figure, no figure opening
with a 0 it does not need, and figures of one row as near each other in size as the
cut allows (28650 44100, not 286504 4100). The cells come out as a one-row-per-line
table's (:mod:`table_runon`), the attribute ending each row.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache

from planwatch.core.data import Span
from planwatch.core.units import unit_ending
from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_header import HEADER_GROUPS, ColumnRole, _role
from planwatch.extract.table_header_lines import _BRACKETED_RE
from planwatch.extract.table_runon import _YEAR_WORD_RE
from planwatch.extract.table_words import words

_ATTRIBUTE_RE = re.compile(r"预期性|约束性")
# What parts two glued figures: a dash for a missing one, a bracketed figure, a
# comparator before a figure, a bound word after it, a phrase of words in a figure's place.
_PIECE_RE = re.compile(
    r"(?P<digits>-?\d[\d.]*)"
    r"|(?P<dash>[—－–]+|-+)"
    r"|(?P<bracket>[\[［〔【][^\]］〕】]{1,16}[\]］〕】])"
    r"|(?P<prefix>[≥≤＞＜><]|约)"
    r"|(?P<suffix>以上|左右|以内|以下|及以上)"
    r"|(?P<words>[\u4e00-\u9fff]+)"
)
# Fewer rows than this is no table; more figures than this cut from one run of digits
# is a guess too far.
_MIN_ROWS = 3
_MAX_CUT = 3
_MAX_UNIT = 5


@lru_cache(maxsize=1)
def header_vocab() -> tuple[str, ...]:
    """Every header word of a table, longest first (a glued header is split by them)."""
    return tuple(sorted({w for g in HEADER_GROUPS for w in words(g)}, key=len, reverse=True))


def glued_header(text: str, start: int, stop: int) -> list[TextCell]:
    """The glued header cells from ``start`` on (类别|指标名称|单位|2015年|年均增长(%)|属性)."""
    cells: list[TextCell] = []
    pos = start
    while pos < stop:
        m = _YEAR_WORD_RE.match(text, pos)
        end = m.end() if m else pos
        word = next((w for w in header_vocab() if text.startswith(w, end)), None)
        if m is not None and word is not None and not _kind_word(word):
            word = None  # (2020年 then 年均增长: two cells; 2020年目标: one)
        if m is None and word is None:
            break
        end += len(word) if word else 0
        b = _BRACKETED_RE.match(text, end)  # (年均增长(%), 年均增长〔累计〕)
        end = b.end() if b else end
        cells.append(TextCell(text[pos:end], Span(pos, end)))
        pos = end
    return cells


def _kind_word(word: str) -> bool:
    return any(word in words(g) for g in ("target", "actual", "base", "level", "expected"))


def glued_runon_cells(
    text: str, line: TextCell
) -> tuple[TextCell | None, list[TextCell], list[TextCell]] | None:
    """(title, header, body) of a table glued without separators on ``line``, or None."""
    header = _header_on(text, line)
    if header is None:
        return None
    roles = [_role(c.text) for c in header]
    n_values = roles.count(ColumnRole.VALUE)
    has_unit = ColumnRole.UNIT in roles
    pos, stop = header[-1].span.end, line.span.end
    body: list[TextCell] = []
    last = 0
    for attr in _ATTRIBUTE_RE.finditer(text, pos, stop):
        index, cells = _row(text, pos, attr.start(), last, n_values, has_unit)
        if index is None:
            return None  # (no 序号 counting up: no row, no table)
        last = index
        if cells:  # (a row whose figures do not part is left out, its 序号 counted)
            body.extend(cells)
            body.append(TextCell(attr.group(), Span(attr.start(), attr.end()), True))
        pos = attr.end()
    if sum(c.line_end for c in body) < _MIN_ROWS:
        return None
    return None, header, body


def _header_on(text: str, line: TextCell) -> list[TextCell] | None:
    """The glued header the line opens with: a name, a value and an attribute column."""
    header = glued_header(text, line.span.start, line.span.end)
    roles = {_role(c.text) for c in header}
    needed = {ColumnRole.NAME, ColumnRole.VALUE, ColumnRole.ATTRIBUTE}
    return header if len(header) >= 4 and needed <= roles else None


# A row's 序号 (its digits, checked against the next number by the caller), a 类别 label
# before it. The label is Chinese characters and the number digits, so the only place the
# number can stand is where the label's characters end: one pattern for every row, not
# one per number.
_NUMBERED_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?)?([0-9]+)(?=[\u4e00-\u9fff])")


def _row(
    text: str, a: int, b: int, last: int, n_values: int, has_unit: bool
) -> tuple[int | None, list[TextCell]]:
    """One row before its attribute (``text[a:b]``): its 序号 (None when the next is
    not there) and its cells, the 类别 label, the 序号, the name, the unit and the
    figures (none when its figures do not part into the header's value columns)."""
    cells: list[TextCell] = []
    # (A 类别 label before the 序号 where a group starts: 经济发展1地区生产总值.)
    m = _NUMBERED_RE.match(text, a, b)
    if m is None or m.group(1) != str(last + 1):
        return None, []
    if m.start(1) > a:
        cells.append(TextCell(text[a : m.start(1)], Span(a, m.start(1))))
        a = m.start(1)
    cells.append(TextCell(m.group(1), Span(a, m.end())))
    split = _name_end(text, m.end(), b, has_unit)
    figures = figure_cells(text, split[1], b, n_values) if split else None
    if split is None or figures is None:
        return last + 1, []
    name_end, figures_at = split
    cells.append(TextCell(text[m.end() : name_end], Span(m.end(), name_end)))
    if figures_at > name_end:
        cells.append(TextCell(text[name_end:figures_at], Span(name_end, figures_at)))
    return last + 1, cells + figures


def _name_end(text: str, a: int, b: int, has_unit: bool) -> tuple[int, int] | None:
    """Where a row's name ends and its figures start: the first place after a name of
    two characters or more where a figure (or a dash, a bracket, a comparator) follows
    a unit, when the header has a 单位 column (the unit is then its own cell), else
    where the first figure starts."""
    for p in range(a + 2, b):
        if _PIECE_RE.match(text, p) is None or text[p] in "约" or "\u4e00" <= text[p] <= "\u9fff":
            continue
        if not has_unit:
            return p, p
        at = unit_ending(text, a + 1, p, _MAX_UNIT)
        if at is not None:
            return at, p
    return None


def figure_cells(text: str, a: int, b: int, n: int) -> list[TextCell] | None:
    """``n`` value cells from the glued figures ``text[a:b]``, or None when they do not
    part into ``n``."""
    pieces = [(m.lastgroup or "", m.start(), m.end()) for m in _PIECE_RE.finditer(text, a, b)]
    if not pieces or pieces[0][1] != a or pieces[-1][2] != b:
        return None
    if any(p[2] != q[1] for p, q in itertools.pairwise(pieces)):
        return None  # (something no piece reads: not glued figures)
    cuts = _best_cuts(text, pieces, n)
    return None if cuts is None else _cells(text, pieces, cuts)


def _best_cuts(
    text: str, pieces: list[tuple[str, int, int]], n: int
) -> dict[int, list[int]] | None:
    """Where each run of digits (and each run of dashes, ——: a dash a cell) is cut so
    that the pieces give ``n`` cells in all, the cut a reader makes (:func:`_cost`);
    None when none does."""
    runs = [i for i, p in enumerate(pieces) if p[0] in ("digits", "dash")]
    fixed = sum(p[0] in ("bracket", "words") for p in pieces)
    best: tuple[float, dict[int, list[int]]] | None = None
    ranges = [range(1, min(_MAX_CUT, pieces[i][2] - pieces[i][1]) + 1) for i in runs]
    for counts in itertools.product(*ranges):
        if fixed + sum(counts) != n:
            continue
        chosen: dict[int, list[int]] = {}
        cost = 0.0
        for i, k in zip(runs, counts, strict=True):
            kind, s, e = pieces[i]
            if kind == "dash":
                chosen[i] = list(range(s + 1, s + k))
                cost += k - 1  # (—— is one placeholder unless the count needs two)
                continue
            options = _cuts(text[s:e], k)
            if not options:
                break
            c, places = min(options, key=lambda o: o[0])
            chosen[i] = [s + x for x in places]
            cost += c
        else:
            if best is None or cost < best[0]:
                best = (cost, chosen)
    return best[1] if best else None


def _cuts(digits: str, k: int) -> list[tuple[float, list[int]]]:
    """Every way to cut ``digits`` into ``k`` figures, with its cost, cut places
    relative to the run."""
    out = []
    for places in itertools.combinations(range(1, len(digits)), k - 1):
        parts = [digits[i:j] for i, j in itertools.pairwise((0, *places, len(digits)))]
        if all(_figure(p) for p in parts):
            out.append((_cost(parts), list(places)))
    return out


def _figure(s: str) -> bool:
    """A figure as tables print it: one decimal point at most, inside; no 0 leading
    a whole number of two digits or more."""
    if s.count(".") > 1 or s.startswith(".") or s.endswith("."):
        return False
    whole = s.split(".")[0]
    return not (len(whole) > 1 and whole.startswith("0"))


def _cost(parts: list[str]) -> float:
    """How far a cut is from the one a reader makes: decimal places past the first,
    and neighbouring figures far apart in size."""
    cost = sum(max(0, len(p.split(".")[1]) - 1) for p in parts if "." in p)
    values = [float(p) for p in parts]
    for x, y in itertools.pairwise(values):
        cost += abs(math.log10(x / y)) if x > 0 and y > 0 else 5.0
    return cost


def _cells(
    text: str, pieces: list[tuple[str | None, int, int]], cuts: dict[int, list[int]]
) -> list[TextCell]:
    """The value cells: each figure with the comparator before it and the bound word
    after it; a dash, a bracket or a phrase a cell of its own."""
    spans: list[list[int]] = []
    prefix: int | None = None
    for i, (kind, s, e) in enumerate(pieces):
        if kind == "prefix":
            prefix = s
        elif kind == "suffix" and spans:
            spans[-1][1] = e
        elif kind in ("digits", "dash"):
            bounds = [s, *cuts[i], e]
            for x, y in itertools.pairwise(bounds):
                spans.append([x, y])
            if prefix is not None and kind == "digits":
                spans[-(len(bounds) - 1)][0] = prefix
            prefix = None
        else:
            spans.append([s, e])
    return [TextCell(text[x:y], Span(x, y)) for x, y in spans]
