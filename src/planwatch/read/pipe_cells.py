"""An HTML table flattened one cell a line, each cell closed by a bar.

Pages copied from a yearbook's or a statistics site's HTML table (and scrapers of such
pages) print each cell on its own line followed by `` |``, and part the rows with a
line holding only bars (``|`` or ``||``): 指 标 | / 年末数(万人) | / 比重(%) | / | /
全县常住人口 | / 34.12 | / 100.0 | / |. The bars are the table's grid, no part of a
cell; blanked, the table reads as the one-cell-a-line table it is, its rows parted by
blank lines (seen on yearbook navigation pages and scraped papers in the search corpus
"pages", and in real1 dev c265).

A board's or a mirror's copy prints the bar before each cell instead (| 2020年 / | 97.8 /
| 约束性 |, a row's name on a line of its own): those bars too are the grid (a forum's
repost of an evaluation report, real16 dev c465).
"""

from __future__ import annotations

import re

# A line holding one cell and its closing bar (a markdown row, | a | b |, holds more bars).
_CLOSED_RE = re.compile(r"(?m)^[^|\n]*[^|\s][ \t]*(\|)[ \t]*$")
_BARS_RE = re.compile(r"(?m)^[ \t]*\|{1,2}[ \t]*$")
# A line holding one cell opened by a bar (and the row's last, closed by one too).
_OPENED_RE = re.compile(r"(?m)^[ \t]*(\|)[ \t]*[^|\s][^|\n]*?(?:[ \t](\|))?[ \t]*$")
_MIN_CLOSED = 6  # cells closed by a bar: a table's worth, not a line of page chrome
_MIN_BARS = 2  # row-parting lines of bars


def blank_pipe_cells(text: str) -> str:
    """``text`` with the bars of a bar-closed one-cell-a-line table made spaces (same
    length); a text without such a table as it is."""
    if text.count("|") < _MIN_CLOSED + _MIN_BARS:
        return text
    if sum(1 for _ in _OPENED_RE.finditer(text)) >= _MIN_CLOSED:
        text = _OPENED_RE.sub(_blank_bars, text)
    bars = list(_BARS_RE.finditer(text))
    if len(bars) < _MIN_BARS:
        return text
    if sum(1 for _ in _CLOSED_RE.finditer(text)) < _MIN_CLOSED:
        return text
    text = _BARS_RE.sub(lambda m: m.group().replace("|", " "), text)
    return _CLOSED_RE.sub(lambda m: m.group().replace("|", " "), text)


def _blank_bars(m: re.Match[str]) -> str:
    """The line of ``m`` with its bars (groups 1 and 2) made spaces."""
    line, start = m.group(), m.start()
    for g in (1, 2):
        if m.start(g) >= 0:
            i = m.start(g) - start
            line = line[:i] + " " + line[i + 1 :]
    return line
