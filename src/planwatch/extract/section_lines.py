"""What a line of a document is to the section stage: a table's row, one cell of a list
laid out one cell a line, one item of a list of aims laid out one item a line, or a line
heading nothing (a dateline, the document's title, a caption: ``no_heading``)."""

from __future__ import annotations

import re

from planwatch.extract.prose_script import BLANK
from planwatch.read.chrome import NAV_LINE_RE

# A number standing apart in a line (a table cell): 可再生能源装机容量（万千瓦） 2003 5000以上.
_CELL_NUMBER_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]|\s*[年月日])")
# The list number opening a line (1. 2、 (3) 4 ): no cell.
_LINE_NUMBER_RE = re.compile(r"\s*[(（]?\d{1,2}[)）.、]?\s")
_SENTENCE_MARK_RE = re.compile(r"[。,，]")
# What parts a table's cells in a line (pipes, tabs or runs of spaces, as tables print them),
# and how many a header has at least.
_CELL_SPLIT_RE = re.compile(r"[|｜\t]|\s{2,}")
_HEADER_CELLS = 4
# A list item's bullet (◆ ● ■ ▲ • · ※ - —) or number (1. 2、 （3）) opening its line, or the
# clause mark closing it (；; ，).
# (Circled numbers, ①…⑳ and ❶…❿, and arrows ▶ number or mark a page's items too.)
_ITEM_OPEN_RE = re.compile(
    r"^\s*(?:[◆◇●○■□▲△•·※★☆▶►\-—\u2460-\u2473\u2776-\u277f]|[(（]?\d{1,2}[)）.、．])"
)
# A numbered item holding a figure (2、千人医生数达到2.8名).
_ITEM_FIGURE_RE = re.compile(r"\s*[(（]?\d{1,2}[)）.、．]\s*\D[^\n]*\d")
_ITEM_CLOSE_RE = re.compile(r"[；;，,]\s*$")


def table_row(line: str) -> bool:
    """Whether a heading-like line is a table's row: two numbers or more besides its list
    number (a year in it, 2003 beside 5000以上, is a cell, not the section's time), or four
    cells parted by tabs, bars or wide spaces (a header, 指标	单位	2020年	2025年目标: its years
    head columns, they date no section after the table)."""
    lead = _LINE_NUMBER_RE.match(line)
    body = line[lead.end() :] if lead else line
    if len(_CELL_NUMBER_RE.findall(body)) >= 2:
        return True
    return len(line_cells(body)) >= _HEADER_CELLS


def line_cells(line: str) -> list[str]:
    """A table line's cells, parted by pipes, tabs or runs of spaces, stripped, the empty
    ones left out."""
    return [c.strip() for c in _CELL_SPLIT_RE.split(line) if c.strip()]


def cell_line(line: str) -> bool:
    """Whether a line is one cell of a list laid out one cell a line: short, no sentence
    end, no clause mark (地区生产总值增长, 5%左右, 控制在28微克/立方米以内)."""
    return 0 < len(line) <= 24 and not _SENTENCE_MARK_RE.search(line) and "；" not in line


def aim_item_line(line: str) -> bool:
    """Whether a line is one item of a list of aims laid out one item a line, its figure in
    it: opened by a bullet or a number, or closed by a clause mark (◆地区生产总值增长5%；,
    固定资产投资增长4%，社会消费品零售总额增长6%；), and short of a paragraph."""
    head = _RUN_IN_ITEM_RE.match(line)  # (——稳就业。城镇新增就业1.2万人以上，…。)
    body = line[head.end() :] if head else line
    return (
        0 < len(line) <= 80
        and any(ch.isdigit() for ch in body)
        and "。" not in body[:-1]
        and bool(_ITEM_OPEN_RE.match(line) or _ITEM_CLOSE_RE.search(line))
    )


# A bulleted item's short run-in heading, closed by a full stop (——稳就业。, ◆办教育。).
_RUN_IN_ITEM_RE = re.compile(r"\s*(?:——|—|[◆◇●○■□▲△•·※★☆▶►])\s*[^\d\s。，,;；:：]{2,8}。")


def last_item_line(line: str) -> bool:
    """Whether a line numbered 一、二、… closes a list of aims already going (三、改造提升农村公路
    75公里。): one sentence with a figure that is no year, short of a paragraph. (Opening a
    list, such a line is a chapter's heading: 一、2024年主要预期目标.)"""
    body = line.rstrip()
    return (
        0 < len(body) <= 80
        and bool(_CN_ITEM_RE.match(body))
        and body.endswith("。")
        and "。" not in body[:-1]
        and bool(_FIGURE_NOT_YEAR_RE.search(body))
    )


_CN_ITEM_RE = re.compile(r"\s*[一二三四五六七八九十]{1,2}、")
_FIGURE_NOT_YEAR_RE = re.compile(r"\d(?:\.\d+)?(?!\d|\s*年)")


def worded_item_line(line: str) -> bool:
    """Whether a line goes on a list of aims laid out one item a line though it states its
    aim in words (居民收入增长与经济增长同步；, ⑨ 完成下达的节能降碳任务): opened by a bullet
    or a number, or closed by a clause mark, and short of a paragraph."""
    return (
        0 < len(line) <= 40
        and "。" not in line[:-1]
        and bool(_ITEM_OPEN_RE.match(line) or _ITEM_CLOSE_RE.search(line))
    )


def numbered_figure_line(line: str) -> bool:
    """Whether a line is a numbered item holding a figure (2、千人床位数达到4.3张): an item
    of a list led in, no heading."""
    return _ITEM_FIGURE_RE.match(line) is not None


# A doubling or a change against a base year, stated in a short line: 2035年人均国内生产总值
# 比2020年翻一番 (a news page's headline or a card's line quoting a plan's vision).
_FIGURE_STATEMENT_RE = re.compile(
    r"(?:比|较)\s*(?:19|20)\d{2}\s*年[^\n]{0,16}?"
    r"(?:翻[一两二三四]?番|(?:增长|提高|下降|降低|增加|减少)\s*\d)"
)


def figure_statement_line(line: str) -> bool:
    """Whether a heading-like line states a figure against its base year (…比2020年翻一番,
    …较2020年增长…): the figure's line, whose years (its horizon and its base) date that
    figure only, no section. (A line naming a plan's period beside a doubling, 民营企业数
    “十二五”翻番, still heads the page's look back at that plan.)"""
    return _FIGURE_STATEMENT_RE.search(line) is not None


def figure_line(line: str) -> bool:
    """Whether a heading-like line states figures, no heading: a rate (5%), clauses (;), a
    table's row, or a figure against its base year (2035年…比2020年翻一番)."""
    return "%" in line or ";" in line or table_row(line) or figure_statement_line(line)


# A year alone on its line, a note's mark after it (2010年[4]): a column's header cell in a
# table set one cell a line when the line after it is one too (a figure or a short word).
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}\s*年(?:末|底)?\s*(?:\[\d{1,2}\]|[（(]\d{1,2}[)）])?")
_CELL_CHARS = 12


def lone_cell(line: str, after: str) -> bool:
    """Whether ``line`` (``after`` it the next line with text) is a table's cell set one a
    line: digits alone (2087 people; an issue line's date set one part a line, 2010 / 年 /
    3 / 月), a year column's header cell over another short cell (2020年 / 2010年[4]), or
    a table's header line of years alone (2020年 2010年: its columns' years, no heading)."""
    if line.isdigit() or _YEARS_ROW_RE.fullmatch(line.strip()):
        return True
    return bool(_YEAR_CELL_RE.fullmatch(line)) and 0 < len(after) <= _CELL_CHARS


_YEARS_ROW_RE = re.compile(r"(?:(?:19|20)\d\d\s*年?[ \t\u3000]+){1,6}(?:19|20)\d\d\s*年?")


# A figure's or table's caption (图2 2022-2026年…, 表1): names what it shows, no section.
CAPTION_RE = re.compile(r"[图表]\s*\d{1,2}(?!\d)")
_ISO_DATE_RE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")  # page chrome: 发布时间
# (… a title's year in brackets after it too: …中期评估情况综述（2023年）, the year it was written.)
# (… or a copy's note of its update, …统计公报(2022年更新): when the page was revised.)
_TITLE_RE = re.compile(
    r"(?:报告|公报|综述|评估)(?:\s*[(（](?:19|20)\d{2}\s*年?\s*(?:更新|修订|修正)?[)）])?$"
)
# A page's title naming the report it is about by its year, whatever follows (2025年某市政府
# 工作报告速览, 局长解读2024年《政府工作报告》, 2020 年某 省 政府工作报告 省长 某某,
# …报告(全文)): the year names the document, no section.
_REPORT_TITLE_RE = re.compile(
    r"(?:19|20)\d{2}\s*年\s*[^，。,;；！!？?]{0,12}?《?(?:政府工作报告|工作报告|统计公报)》?"
    r"(?:[(（][\u4e00-\u9fff]{1,6}[)）])?(?:\s*[\u4e00-\u9fff]{0,4}){0,2}\s*[！!]?\s*$"
)
# A department's title summing up one year and planning the next (2009年农业工作总结及2010年工作
# 思路): it heads the whole document; its later year dates no section.
_SUMMARY_TITLE_RE = re.compile(
    r"(?:19|20)\d{2}\s*年[^，。,;；]{0,8}?工作总结\s*(?:和|及|暨|与|、)[^，。,;；]{0,12}?"
    r"(?:19|20)\d{2}\s*年[^，。,;；]{0,10}?(?:思路|计划|打算|安排|要点)"
)
# A yearbook's volume (2022卷, 2022年卷, 年鉴2022): the year it was printed, no section's.
_VOLUME_RE = re.compile(r"(?:19|20)\d{2}\s*年?\s*卷|年鉴\s*[(（]?\s*(?:19|20)\d{2}\s*[)）]?\s*$")
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # (a month or day: 3, 二十)
_DATE_RE = re.compile(rf"((?:19|20)\d{{2}})\s*年\s*{_MD}\s*月\s*{_MD}\s*日")
# An issue line ending on a month (某市统计局 2015年3月), a meeting line without its day, a
# notice's number (2011年 第9号). (A page's navigation line is chrome: read.chrome.NAV_LINE_RE.)
_MONTH_LINE_RE = re.compile(
    rf"(?:19|20)\d{{2}}\s*年\s*(?:{_MD}\s*月(?:[)）\]】\s]*$|\s*在.*会议)|第\s*\d{{1,4}}\s*号\s*$)"
)

_DOCUMENT_LINES = (
    NAV_LINE_RE, _DATE_RE, _ISO_DATE_RE, _TITLE_RE, _REPORT_TITLE_RE, _MONTH_LINE_RE, _VOLUME_RE,
    _SUMMARY_TITLE_RE,
)  # fmt: skip


def no_heading(line: str, after: str) -> bool:
    """Whether a heading-like ``line`` (``after`` it the next line with text) heads nothing:
    a dateline, a figure's line or caption, or a table's cell set one a line."""
    return (
        _dateline(line)
        or figure_line(line)
        or CAPTION_RE.match(line) is not None
        or lone_cell(line, after)
    )


def _dateline(line: str) -> bool:
    """Whether a heading-like line is a dateline, meeting or issue line (——2027年1月9日在…
    会议上, 某市统计局 2015年3月, a notice's number 2011年 第9号), the document's title
    (2027年政府工作报告), a yearbook's volume or a page's navigation line: the year of the
    document or page chrome, no section. (Pinyin a mirror inserted, blanked, is passed over;
    so are the bars of a catalogue page's fields, 名称 | 2010年政府工作报告 | ||.)"""
    line = line.replace(BLANK, "").replace("|", " ").rstrip()
    return any(p.search(line) for p in _DOCUMENT_LINES)
