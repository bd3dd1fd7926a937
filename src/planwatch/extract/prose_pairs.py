"""Figures printed as pairs, the aim and the result of one indicator parted by a slash.

Annual plan-implementation reports and evaluations list each indicator's aim and result
side by side, after a legend that says which is which: ``年度主要指标执行情况如下（预期目标/
执行情况）：地区生产总值增长 6%以上/6.9%；城镇新增就业 30万人以上/31.56万人``. The
legend's words are in ``data/prose_words.csv`` (``pair_aim``, ``pair_result``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.core.data import Kind
from planwatch.core.normalise import fold
from planwatch.extract.cues import words_re

# A figure of a pair parted by a slash (6%以上/6.9%, 30万人以上/31.56万人).
_PAIR_NEXT_RE = re.compile(r"\s*[/／]\s*\d")
_PAIR_PREV_RE = re.compile(r"[\d%％上下内右][/／]\s*$")
# How far before a pair its legend may stand (no further than the line before the list's).
_LEGEND_WINDOW = 600


@lru_cache(maxsize=1)
def _legend_re() -> re.Pattern[str]:
    aim = words_re("pair_aim", "{}").pattern
    done = words_re("pair_result", "{}").pattern
    return re.compile(rf"(?:{aim})\s*[/／]\s*(?:{done})")


def legend_pair(view: str, v_start: int, v_end: int) -> tuple[Kind, tuple[int, int]] | None:
    """The kind of a figure of a slash-parted pair under a legend saying which is the aim
    and which the result (（预期目标/执行情况）): the first an aim, the second a result.
    The legend stands in the figure's line or the line before it; the kind and the
    legend's span, or None without one."""
    first = _PAIR_NEXT_RE.match(view, v_end) is not None
    second = _PAIR_PREV_RE.search(view, max(0, v_start - 3), v_start) is not None
    if first == second:
        return None
    line = view.rfind("\n", 0, v_start)
    while line > 0 and view[line - 1].isspace():
        line -= 1  # (blank lines between the legend and its list)
    above = view.rfind("\n", 0, line) if line > 0 else -1
    lo = max(above + 1, v_start - _LEGEND_WINDOW)
    legends = list(_legend_re().finditer(view, lo, v_start))
    if not legends:
        return None
    return (Kind.TARGET if first else Kind.ACTUAL), legends[-1].span()  # (the nearest)


def is_pair_legend(label: str) -> bool:
    """Whether a table header says its cells print an aim and a result parted by a slash
    (2024年目标/完成, 预期目标/执行情况)."""
    return _legend_re().search(fold(label)) is not None
