"""A page whose figures a converter printed each on a line of its own, read as its sentences.

Some PDF-to-text and web converters start a new line wherever the font changes. A report
typeset with its digits in a Latin font then comes out with every figure alone on a line,
the words before and after it on the lines around it:

    全年完成固定资产投
    资
    126.4
    亿元，比上年增长
    8.2%
    ，其中工业投资增长
    11%
    以上。

:func:`digit_line_gaps` tells such a text from one whose lines are its layout and finds the
line breaks around each figure that stand inside a sentence; the reading view joins them
(planwatch.read.chrome), so 增长 8.2% reads as one clause. A table printed one cell a line
also holds figures alone on lines, but not among sentences: a text is taken as converted
only when at least five of its figures stand alone beside a fragment of prose (a clause's
mark on a line next to them) and most of its lines holding a digit are such figures; even
then, the figures of a run of lines with no clause's mark (a table's cells) stay apart.
A date's numbers alone on lines (2020 / 年, 年 / 1 / 月) are joined in any text.
"""

from __future__ import annotations

import bisect
import itertools
import re

from planwatch.read.wrap import STARTS_BLOCK, is_table_row

# A clause's marks: a fragment of prose holds one, a table's cell none (its name may hold a
# list's 、 or a colon, 其中：住户存款).
_PROSE_MARK_RE = re.compile(r"[，,；;。！？!?]")
_SENTENCE_ENDS = "。！？!?"
# At least this many figures alone on a line beside prose, and this share of the lines that
# hold a digit alone.
_MIN_BESIDE_PROSE = 5
_ALONE_SHARE = 0.5


def _joins_before(prev: str) -> bool:
    """Whether a figure's line runs on from ``prev`` (the line right above it)."""
    body = prev.rstrip()
    return bool(body) and body[-1] not in _SENTENCE_ENDS and not body[-1].isdigit()


def _joins_after(nxt: str) -> bool:
    """Whether the line right under a figure's (``nxt``) goes on with its sentence."""
    body = nxt.lstrip()
    return bool(body) and not body[0].isdigit()


# A figure's line: one run of a Latin font (digits with their point, signs, date dashes and
# Latin letters: 3.5%, 2020, 2022-04-12, PM2.5), spaces around it; found by one scan of the
# text for its line break (a pattern opening with it is searched in C), the first line apart.
_RUN = r"[ \t\u3000\xa0]*[0-9A-Za-z.%‰+:/-]*[0-9][0-9A-Za-z.%‰+:/-]*[ \t\u3000\xa0\r]*"
_ALONE_RE = re.compile(rf"\n{_RUN}(?=\n|\Z)")
_FIRST_ALONE_RE = re.compile(rf"{_RUN}(?=\n)")
# A line holding a digit (counted by one scan).
_DIGIT_LINE_RE = re.compile(r"[0-9][^\n]*")
# A year alone on a line over its 年 (2020 / 年黑龙江省…: a converted title), or a month's or
# day's number between 年 and 月 or 月 and 日: a date, joined in any text (年均 under a year
# is a table's next header cell).
_YEAR_LINE_RE = re.compile(r"\s*(?:19|20)\d\d\s*")
_DAY_LINE_RE = re.compile(r"\s*\d{1,2}\s*")
_DAY_BETWEEN = (("年", "月"), ("月", "日"))
_DATE_UNITS = frozenset("年月日")
_YEAR_OPENS = frozenset("（(〔[—–-~～至到")


class _Lines:
    """A text's lines: their bodies, where each starts and ends, and whether it is a table's
    row (asked of a few lines only: the figures' and their neighbours')."""

    def __init__(self, text: str) -> None:
        self.bodies = text.split("\n")
        self.starts = list(itertools.accumulate((len(x) + 1 for x in self.bodies), initial=0))
        self._rows: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.bodies)

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def span(self, i: int) -> tuple[int, int]:
        """Where line ``i`` starts and ends (before its line break, \\r\\n's too)."""
        body = self.bodies[i]
        return self.starts[i], self.starts[i] + len(body) - body.endswith("\r")

    def gap(self, i: int) -> tuple[int, int]:
        """The break between line ``i`` and the next."""
        return self.span(i)[1], self.starts[i + 1]

    def row(self, i: int) -> bool:
        if i not in self._rows:
            self._rows[i] = is_table_row(self.bodies[i].strip())
        return self._rows[i]


def digit_line_gaps(text: str) -> list[tuple[int, int]]:
    """The line breaks around figures a converter put on lines of their own, as
    (start, end) of each break: around every such figure where the text reads as such a
    conversion (see the module), else around a date's numbers only."""
    found = [m.start() + 1 for m in _ALONE_RE.finditer(text)]
    if _FIRST_ALONE_RE.match(text):
        found.insert(0, 0)
    # (Most of the lines holding a digit: counted only where enough stand alone.)
    if len(found) < _MIN_BESIDE_PROSE or not _most_alone(text, len(found)):
        return sorted(g for a in found for g in _date_gaps(text, a))
    lines = _Lines(text)
    alone = [lines.index(a) for a in found]  # (one run, no space inside: no table's row)
    if not _beside_prose(lines, alone):
        return sorted(g for a in found for g in _date_gaps(text, a))
    bodies = lines.bodies
    links: dict[int, tuple[int, int]] = {}  # line i -> the break joining it to line i + 1
    for i in alone:
        if i > 0 and not lines.row(i - 1) and _joins_before(bodies[i - 1]):
            if not STARTS_BLOCK.match(bodies[i]) and not _heading(bodies, links, i - 1):
                links[i - 1] = lines.gap(i - 1)
        if i + 1 < len(lines) and not lines.row(i + 1) and _joins_after(bodies[i + 1]):
            links[i] = lines.gap(i)
    return _in_sentences(text, links)


def _most_alone(text: str, alone: int) -> bool:
    """Whether ``alone`` lines are most of the lines holding a digit (counted only up to
    where they are too many)."""
    most = int(alone / _ALONE_SHARE)
    return sum(1 for _ in itertools.islice(_DIGIT_LINE_RE.finditer(text), most + 1)) <= most


def _beside_prose(lines: _Lines, alone: list[int]) -> bool:
    """Whether enough of the figures alone on lines stand beside a fragment of prose (see
    the module)."""
    beside = sum(
        1
        for i in alone
        if any(
            0 <= j < len(lines) and not lines.row(j) and _PROSE_MARK_RE.search(lines.bodies[j])
            for j in (i - 1, i + 1)
        )
    )
    return beside >= _MIN_BESIDE_PROSE


def _date_gaps(text: str, start: int) -> list[tuple[int, int]]:
    """The breaks around the figure's line at ``start`` where it is a date's year over its
    年 or a month's or day's number between 年 and 月 or 月 and 日."""
    end = text.find("\n", start)
    if end < 0:
        return []
    nxt = text[end + 1 : end + 3].lstrip()
    if nxt[:1] not in _DATE_UNITS:
        return []  # (most figures alone: a table's cells)
    body = text[start:end]
    prev = text[max(0, start - 8) : max(0, start - 1)].rpartition("\n")[2].rstrip()
    if _YEAR_LINE_RE.fullmatch(body):
        if nxt[:1] != "年" or nxt[1:2] == "均":
            return []
        # (An opening bracket or a range's mark before it holds the year: 指标（ / 2025 / 年）.)
        after = end - (text[end - 1] == "\r"), end + 1  # (a \r\n whole)
        return [_break_before(text, start), after] if prev[-1:] in _YEAR_OPENS else [after]
    if start and _DAY_LINE_RE.fullmatch(body) and (prev[-1:], nxt[:1]) in _DAY_BETWEEN:
        return [_break_before(text, start), (end - (text[end - 1] == "\r"), end + 1)]
    return []


def _break_before(text: str, start: int) -> tuple[int, int]:
    """The line break ending right before ``start`` (a \\r\\n whole)."""
    return start - 1 - (text[start - 2 : start - 1] == "\r"), start


# A heading's words: a chapter's or section's number in Chinese (一、, （二）, 第三章; a list
# item's 1. may run on into a sentence, 2. 两年平均增速是指以 / 2023 / 年相应同期数…), no
# sentence's mark after it, and short.
_HEADING_RE = re.compile(
    r"\s*(?:第[一二三四五六七八九十百]{1,4}[章节篇]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][一二三四五六七八九十]{1,3}[)）])"
)
_HEADING_MAX = 40


def _heading(bodies: list[str], links: dict[int, tuple[int, int]], i: int) -> bool:
    """Whether line ``i``, with the lines linked into it above, is a heading (一、 / 2022 /
    年计划执行情况) or a title over a paragraph opening with a year (全县经济运行情况 /
    2023 / 年，全县…): the figure on the next line is not its words."""
    k = i
    while k - 1 in links:
        k -= 1
    words = "".join(bodies[k : i + 1])
    if len(words) > _HEADING_MAX or _PROSE_MARK_RE.search(words):
        return False
    number = _HEADING_RE.match(words)
    if number is not None:
        return bool(words[number.end() :].strip())  # (一、 / 2023 / 年…: its words go on)
    opens = i + 2 < len(bodies) and _OPENS_WITH_YEAR_RE.match(bodies[i + 1] + bodies[i + 2])
    return bool(opens) and (k == 0 or not bodies[k - 1].strip() or _ends(bodies[k - 1]))


# A paragraph opening with its year: 2023年，全县… / 2023年是…
_OPENS_WITH_YEAR_RE = re.compile(r"\s*(?:19|20)\d\d\s*年\s*[，,是]")


def _ends(line: str) -> bool:
    return line.rstrip()[-1:] in _SENTENCE_ENDS


def _in_sentences(text: str, links: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
    """The breaks of ``links`` inside a sentence: those of a run of linked lines that holds
    a clause's mark (a table printed one cell a line holds none), and in any run those
    between a date's number and its 年, 月 or 日 (表1 2022 / 年主要指标, 2020 / 年 / 1 / 月)."""
    gaps: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for i in sorted(links):
        if run and links.get(i - 1) is None:
            gaps += _kept(text, run)
            run = []
        run.append(links[i])
    return sorted(gaps + _kept(text, run))


def _kept(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not run:
        return []
    start = text.rfind("\n", 0, run[0][0]) + 1
    end = text.find("\n", run[-1][1])
    if _PROSE_MARK_RE.search(text, start, len(text) if end < 0 else end) or _HEADING_RE.match(
        text, start
    ):
        return run  # (a sentence's, or a heading's: 一、 / 2022 / 年计划执行情况)
    return [g for g in run if _date_break(text, *g)]


def _date_break(text: str, a: int, b: int) -> bool:
    before, after = text[a - 1 : a], text[b : b + 1]
    return (before.isdigit() and after in "年月日") or (before in "年月" and after.isdigit())
