"""The header under a table's title, where no header word marks it.

A table printed one cell a line whose name column's header cell was left blank (an HTML
table's corner) starts its header on its value columns (表2-1 单位数与个体经营户数 /
单位数（个） / 比重（%） / 一、法人单位 / 6826 / 100.0 …): nothing there is a word the table
finder looks for (序号, 指标, 2025年). Its title is (表2-1, 附表1 at a line's start), so the
finder looks under it: the first line past a 单位 line that is a header cell is where the
header starts (``table_find`` reads the table from there, a value header over named rows).
A header line parted by bars under a numbered title (| 单位数(个) | 比重(%) |, a web table's
blank corner) is given back for the row reader. A title printed without its number
(某县2015年粮食播种面积、产量 over 播种面积（万亩） / 亩产（公斤） …) is one when two header
cells follow it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planwatch.extract.table_cells import TextCell
from planwatch.extract.table_lines import CELL_BAR_RE, lines_forward

# A table's title at a line's start (表2-1, 附表1, 表一), as an anchor of the finder's pass:
# after a line break, so 代表 or 表明 inside prose is none. (Each branch opens with its
# character and looks behind it after: the finder's pass sweeps a long text for those.)
TITLE_ANCHOR = r"表(?<=\n表)\s*[\d一二三四五六七八九十]|附(?<=\n附)\s*表\s*[\d一二三四五六七八九十]"
_TITLE_RE = re.compile(r"\s*(?:附\s*)?表\s*[\d一二三四五六七八九十]{1,3}")
# 单位:吨 / (单位:万元) under a table's title: the unit of its figures (also the finder's).
# (单位:亿元 %: units listed with a space between, as 单位：亿元、% lists them)
UNIT_LINE_RE = re.compile(
    r"[(（]?\s*单\s*位\s*[:：]\s*([^\s()（）]{1,8}(?:[ \u3000][^\s()（）]{1,8}){0,3})\s*[)）]?"
)
_MAX_CELL = 24
# A title without its number (某县2015年粮食播种面积、产量): one short line, no sentence's
# marks, naming the year it is of (the finder's anchor).
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# (Or one whose 表 was lost, its number left: 1 2024年一季度GDP初步核算数据.)
_PLAIN_TITLE_RE = re.compile(
    r"(?:\d{1,2}[ \t\u3000]+)?[^\s，。；：,;:！？!?]{0,30}(?:19|20)\d\d\s*年[^\s，。；：,;:！？!?]{2,30}"
)


def header_under_title(
    text: str, title: TextCell, header_cell: Callable[[str], bool]
) -> TextCell | None:
    """The first header line under the title ``title`` (a unit line passed over), when it is
    a short cell the finder takes for a header's (``header_cell``); else None."""
    numbered = _TITLE_RE.match(title.text) is not None
    if not numbered and not _PLAIN_TITLE_RE.fullmatch(title.text):
        return None
    lines = lines_forward(text, title.span.end + 1)
    line = next(lines, None)
    if line is not None and UNIT_LINE_RE.fullmatch(line.text):
        line = next(lines, None)
    if line is not None and numbered and _barred_header(line, header_cell):
        return line  # (| 单位数(个) | 比重(%) |: a delimited header over a blank corner)
    if line is None or not _one_header_cell(line, header_cell):
        return None  # (a header's cells on one line are the row reader's: 指标名称  绝对数 …)
    if not numbered and (
        _YEAR_RE.search(line.text) or not _one_header_cell(next(lines, None), header_cell)
    ):
        return None  # (a title without its number: two header cells under it at least, the
        # first naming no year — 2019年主要工业产品产量 under a page's title is a title too)
    return line


def _barred_header(line: TextCell, header_cell: Callable[[str], bool]) -> bool:
    """Whether a line's cells are parted by bars and each is a header cell (two at least)."""
    cells = [c.strip() for c in CELL_BAR_RE.split(line.text) if c.strip()]
    return len(cells) >= 2 and all(header_cell(c) for c in cells)


def _one_header_cell(line: TextCell | None, header_cell: Callable[[str], bool]) -> bool:
    return (
        line is not None
        and len(line.text) <= _MAX_CELL
        and len(line.text.split()) == 1
        and header_cell(line.text)
    )


# (A starred line is a note, *为约束性指标, unless a row follows the star: a binding
# indicator's name and two cells or more, *单位地区生产总值能耗降低（%） — 〔14〕 〔9.6〕.)
NOTE_RE = re.compile(
    r"\s*(?:注|说明|备注|资料来源|数据来源)\s*[:：\d]"
    r"|\s*[*※](?![^\s，。；：:]{2,40}(?:[ \u3000\t|｜]+[^\s，。；]+){2,}[ \u3000\t|｜]*$)"
)
_NOTE_ITEM_RE = re.compile(r"\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑩])")


def notes_from(text: str, pos: int) -> list[TextCell]:
    """The note lines starting at ``pos`` (注: ... and its numbered items)."""
    notes: list[TextCell] = []
    for cell in lines_forward(text, pos):
        if len(notes) >= 8 or len(cell.text) > 400:
            break
        if not notes and not NOTE_RE.match(cell.text):
            break
        if notes and not _NOTE_ITEM_RE.match(cell.text):
            break
        notes.append(cell)
    return notes
