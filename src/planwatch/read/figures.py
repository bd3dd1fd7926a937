"""Figures as statistical pages print them: grouped by thin spaces (13 698.5), or with a
footnote mark glued to them (6.5%①, 生产总值[2]2313亿元), read as the figures they are.

A statistical yearbook, and many statistics pages made from one, print a figure of four
or more integer digits in groups of three set apart by a space (2 219 892; 13 698.5
亿元). The number reader never reads a space between digits as part of a number: a
flattened table puts two cells' figures a space apart (经济增长 6.5 7.0). Which of the
two a space is shows in the document as a whole: where figures printed in groups stand
where no second cell could (right before their unit, 7 810亿元; the whole of a table's
cell, alone on its line or between tabs), the document groups its figures so,
and a space of the same form elsewhere in it is a group's too.

:func:`group_figures` gives a same-length view in which such a space is a comma (the
thousands separator every reader already reads: 13,698.5), so offsets still index the
stored text, which is never changed.

A footnote mark glued to a figure, or to the name right before one, refers the reader to
a note under the paragraph or table (注：①按可比价格计算): it is no digit of the figure and
no word of the name. :func:`blank_marks` gives a same-length view in which such a mark is
spaces. A mark is told by where it stands, never by a document's words: right after a
figure, its bracket or its bound (7.4%①, 186.45[1], 58.9*, 〔14〕[4], 7左右[2]); after a
word before a figure or another word (生产总值[2]2313, 增加值①1692.5, 全省[4]排名), or a
bracketed one opening a cell before its figure ([3]32416); after a word ending a clause,
a circled one or a star only (亿元①，, 19家*、). A bracketed number after a word ending a clause is no mark: a plan's
five-year figure is printed so (五年目标[17]，). A circled number opening a clause or a
line (：①加快…) is a list's, and stays; so does a bracketed number before a unit
(累计[5]个百分点: a five-year figure).
"""

from __future__ import annotations

import re

from planwatch.core.normalise import BLANK

# A figure in groups of three after a space: 1 to 3 digits, then space and 3 digits,
# one or more times, then perhaps decimals; no digit or point runs on either side. (The
# first digit is matched before the lookbehind on the character before it: a pattern
# opening with a class lets the engine pass every position holding no digit at once.)
_GROUPED_RE = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?: \d{3})+(?:\.\d+)?(?![\d.])")
# A grouped figure that cannot be two cells: right before a unit or a Chinese word, or
# the whole of a table's cell (in brackets or not), alone on its line or between tabs. (Not a
# figure in more than one group, but before a unit: a run-on row's three-digit cells, 187 420
# 273, look the same.)
_HAN_OR_SIGN = re.compile(r"[\u4e00-\u9fff%％‰]")
# A table's cell: what tabs, bars or two spaces part on a line (the whole line, one cell a
# line); a bracketed figure (a plan's five-year sum, [4 350]) is its cell's too.
_CELL_RE = re.compile(r"[^\t|｜]+?(?=\t|[|｜]| {2,}|\u3000|$)|[^\t|｜]+")
_BRACKETS = "[]［］〔〕()（）"
# Shown this many times, the spaces of the form are the document's groups.
MIN_GROUPED = 2


def _shows_groups(text: str, m: re.Match[str]) -> bool:
    raw = m.group()
    after = text[m.end() : m.end() + 1]
    if after and _HAN_OR_SIGN.match(after):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    at = m.start() - line_start
    cell = next(c for c in _CELL_RE.finditer(line) if c.start() <= at < c.end())
    return cell.group().strip(_BRACKETS + " \u3000\xa0\r") == raw


def _one_figure(text: str, m: re.Match[str]) -> bool:
    """Whether a match is one figure: one group after its first (13 698.5), or more before a
    unit or a word (1 234 567元); three-digit cells of a row, 366 365 365, look the same."""
    return m.group().count(" ") == 1 or bool(_HAN_OR_SIGN.match(text, m.end()))


def group_figures(text: str) -> str:
    """``text`` with the spaces inside figures grouped by thin spaces made commas, where
    the document shows that it groups its figures so (see the module); else ``text``."""
    if " " not in text:
        return text
    found = [m for m in _GROUPED_RE.finditer(text) if _one_figure(text, m)]
    if sum(_shows_groups(text, m) for m in found) < MIN_GROUPED:
        return text
    return _swapped(text, found, " ", ",")


def _swapped(text: str, found: list[re.Match[str]], spaces: str, by: str) -> str:
    """``text`` with each of ``spaces`` inside the ``found`` matches made ``by`` (one
    character for one: the view keeps the stored text's offsets)."""
    out = list(text)
    for m in found:
        for i in range(m.start(), m.end()):
            if out[i] in spaces:
                out[i] = by
    return "".join(out)


_MARK = r"[\u2460-\u2473]|\[\d{1,2}\]"
# (The lookbehinds: a figure's last character; a word's — Chinese, or a closing bracket.)
# Every mark begins with one of these characters: the lookahead lets the engine pass
# every other position before it tries the lookbehinds (a scan of a whole text per read).
_MARK_RE = re.compile(
    r"(?=[\u2460-\u2473*＊\[])"
    rf"(?:(?:(?<=[\d%‰０-９％〕\]］])|(?<=左右|以上|以下|以内|上下))(?:{_MARK}|[*＊])"
    rf"|(?<=[\u4e00-\u9fff)）])(?:{_MARK})(?=[\d０-９]|(?![个万亿千百元年])[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff)）])(?:[\u2460-\u2473]|[*＊])(?=[，。；、,;:：\s]|$)"
    r"|(?:(?<=[\t ])|^)\[\d{1,2}\](?=[\d０-９]))",
    re.M,
)


# The characters a mark begins with, found by the engine's fast scan (a pattern opening
# with a lookahead is still entered at every position: a search of a whole text that
# holds a bracket or an asterisk somewhere but no mark cost a scan of every character).
_MARK_LEAD_RE = re.compile(r"[\u2460-\u2473*＊\[]")


def blank_marks(text: str) -> str:
    """``text`` with the footnote marks glued to figures or to the names before them made
    spaces (see the module); else ``text``."""
    # (Only where a mark's first character stands can one begin: tried there alone.)
    if not any(_MARK_RE.match(text, m.start()) for m in _MARK_LEAD_RE.finditer(text)):
        return text
    return _MARK_RE.sub(lambda m: " " * len(m.group()), text)


# A letter an OCR'd scan prints for a digit (2O23年, l2.5%, 1O.4亿元): O, o (and the circles
# 〇 ○) for 0, l and I for 1. Read as the digit only inside a figure: a run of digits, points
# and such letters that holds an Arabic digit and a letter, with no Latin letter, digit or
# point on either side (PM2.5, CO2, H2O, 4A级 and ISO 9001 keep their letters; 二〇二三, a
# Chinese numeral, has no Arabic digit; O2O, a trade's word, opens and closes with a letter
# round one digit). A lowercase l among Chinese words, alone or in a run of up to three
# with O, is a figure too (l个, ll月, lO年, （l）, 1.83:l): no word of Chinese text is one
# (a lone I may be a Roman numeral, I类水体; O alone a letter, O型). A date's month of such
# letters only, between its 年 and 月 or its year's and day's dashes, is the month's digits.
_MISREAD = str.maketrans("Oo〇○lI", "000011")
# Whether a text may hold one: such a letter before or after a digit or point, or an l with
# no Latin letter before it. The letter is matched first and its neighbours looked at from
# behind it, so the engine skips every position holding none (a scan per read).
_MISREAD_NEAR = re.compile(
    r"[Oo〇○lI](?:(?=[\d.])|(?<=[\d.].)|(?<![A-Za-z].)(?<=l)|(?<=年I)|(?=[OolI]?[月-])"
    r"|(?<=\n.)(?=[IlO]{0,2}\s))"
)
# (The first lookahead: every figure opens with one of its characters, see _MARK_RE.)
_MISREAD_RE = re.compile(
    r"(?=[\dOo〇○lI.])"
    r"(?:(?<![A-Za-z\d.])(?=[\dOo〇○lI.]*[Oo〇○lI])(?![Oo〇○lI]\d[Oo〇○lI](?![\dOo〇○lI.]))"
    r"[\dOo〇○lI.]*\d[\dOo〇○lI.]*(?![A-Za-z\d.])"
    r"|(?:^|(?<=[^\x00-\x7f])|(?<=[\n:/-]))(?=[lO]{0,2}l)[lO]{1,3}(?![A-Za-z\d])"
    # (and an I opening a span of months after its year, 2023年I—8月: the month 1)
    r"|(?<=年)I(?=\s*[-—–~～至到]\s*\d)"
    # (and a date's month or day of such letters only: 2018年lI月, 2023-Io-18)
    r"|(?<=年)(?=[\dOolI]?[OolI])[\dOolI]{1,2}(?=月)"
    r"|(?<=\d-)(?=[\dOolI]?[OolI])[\dOolI]{1,2}(?=-\d)"
    # (and a line of such letters only, an l or O among them: a table's row number, Il for 11;
    # II or I alone may be a Roman numeral)
    r"|(?<=\n)(?=[IlO]{0,2}[lO])[IlO]{1,3}(?=[ \t]*(?:\r?\n|$)))"
)


def read_misread(text: str) -> str:
    """``text`` with the letters an OCR'd scan printed for a figure's digits read as the
    digits (see :data:`_MISREAD_RE`), the same length; else ``text``."""
    if not _MISREAD_NEAR.search(text):
        return text
    return _MISREAD_RE.sub(lambda m: m.group().translate(_MISREAD), text)


# A figure in prose with stray spaces between its digits (增长2 2.4%, 生产总值２ 0 6.8亿元,
# 收入2 4 163元): a web page's editor or a converter's mess. Read whole only where no two
# figures can stand: glued to a word on the left (a table's cells stand apart from their
# name) and to its unit or a word on the right, the integer part alone spaced (6.5 7.0 are
# two cells), each piece after the first of at most three digits (下一篇4 2016年: a link's
# number before a date).
# (Opened by a digit's class, the word before looked at from behind it: the engine passes every
# position holding no digit at once, as _GROUPED_RE's does.)
_SPACED_DIGITS_RE = re.compile(
    r"[0-9０-９](?<=[\u4e00-\u9fff][0-9０-９])[0-9０-９]{0,2}"
    r"(?:[ \u3000][0-9０-９]{1,3}(?![0-9０-９]))+(?:[.．][0-9０-９]+)?(?=[\u4e00-\u9fff%％‰])"
)


def join_spaced_digits(text: str) -> str:
    """``text`` with the stray spaces between a prose figure's digits made the blank that
    numbers read across (core.normalise.BLANK; see ``_SPACED_DIGITS_RE``); else ``text``."""
    found = list(_SPACED_DIGITS_RE.finditer(text))
    return _swapped(text, found, " \u3000", BLANK) if found else text
