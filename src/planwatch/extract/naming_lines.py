"""Names set out on a line of their own: a summary or a card of name line / value line.

A page that sets its figures out one to a line (a summary, 科技进步贡献率 / 到2020年达60%; an
一图读懂 card, 地区生产总值 / 1012.6亿元 / 增长6.1%) names each by the line above it.
"""

from __future__ import annotations

import re

from planwatch.extract.prose_names import subject_phrase

# A line that is only a name: short, no sentence or clause punctuation, no digit but inside
# a pollutant's or standard's acronym (PM2.5年均浓度, PM10, SO2 / 控制在28微克/立方米以内).
_NAME_LINE_RE = re.compile(r"(?:[^\d\n。，,;；:：!！?？]|(?<=[A-Za-z])\d+(?:\.\d+)?){2,24}")


# A line that is only figures with their units (1012.6亿元; 45320元 / 24186元).
_FIGURE_LINE_RE = re.compile(
    r"\d+(?:\.\d+)?[^\d\s，。,;；:：!！?？]{0,5}(?:\s*[/／、]\s*\d+(?:\.\d+)?[^\d\s，。,;；:：]{0,5})*"
)


def name_line_before(view: str, s: int) -> str:
    """The name a value's line takes from the line before it when that line is only a
    name (a summary set out as name line / value line: 科技进步贡献率 / 到2020年达60%);
    "" when the sentence does not open its line or the line before is no name."""
    line_start = view.rfind("\n", 0, s) + 1
    if view[line_start:s].strip():
        return ""
    end = line_start - 1
    while end > 0 and not view[end - 1 : end].strip():
        end -= 1  # blank lines between
    start = view.rfind("\n", 0, end) + 1
    line = view[start:end].strip()
    if _FIGURE_LINE_RE.fullmatch(line) and start > 0:
        # A card of name / figure / growth lines (一图读懂: 地区生产总值 / 1012.6亿元 /
        # 增长6.1%): the growth's name is the card's, above its figure.
        end = start - 1
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end].strip()
    if not _NAME_LINE_RE.fullmatch(line):
        return ""
    return subject_phrase(line)
