"""Years shared out by 分别 over a span named before it: one figure a year, in order.

Statistics news and evaluations list a span's yearly figures in one clause (2013至2018年
我国农村减贫人数分别为1650万人、1232万人、1442万人、1240万人、1289万人、1386万人;
2016—2020年地区生产总值分别增长6.1%、7.2%、…): when the figures after 分别 are as many as
the span's years, each is of its year, in order, and none is over the span. A stage of the
prose extractor's periods (prose_period).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the reader imports the periods, which import this module
    from planwatch.extract.prose_reader import Reading, SentenceReader

# A figure of the list (its unit or % after it is passed over by the joiners' test).
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")
# What may stand between two figures of the list: a unit, list words (…万人,、… as mirrors
# print them).
_BETWEEN_RE = re.compile(r"[^\d,，。;；:：、]{0,6}?(?:[、,，和及]\s*)+")
_CLAUSE_END_RE = re.compile(r"[。;；\n]")
# Names listed before 分别 share the figures out instead (A、B分别…, A和B分别…).
_NAMES_LISTED_RE = re.compile(r"[、和及与]")
# How far after the span its 分别 may stand (2013至2018年我国农村减贫人数分别为).
_REACH = 30


def year_of_each(reader: SentenceReader, r: Reading) -> int | None:
    """The year of the value in a list of a span's yearly figures (see the module doc), or
    None when it is in no such list."""
    view, at = reader.view, r.v.start
    span = next((m for m in reversed(reader.marks) if m.kind == "range" and m.end <= at), None)
    if span is None or span.first is None or span.year is None or span.start < reader.s:
        return None
    each = view.find("分别", span.end, min(at, span.end + _REACH))
    if each < 0 or _CLAUSE_END_RE.search(view, span.end, at):
        return None
    if _NAMES_LISTED_RE.search(view, span.end, each):
        return None  # (2016—2017年化学需氧量、氨氮排放量分别累计削减a和b: one a name)
    end = _CLAUSE_END_RE.search(view, at, reader.e)
    figures = _listed(view, each, end.start() if end else reader.e)
    if at not in figures or len(figures) != span.year - span.first + 1:
        return None
    return span.first + figures.index(at)


def _listed(view: str, start: int, end: int) -> list[int]:
    """The starts of the figures listed from the first after ``start`` on, parted by list
    words only."""
    first = _FIGURE_RE.search(view, start, end)
    if first is None:
        return []
    starts, pos = [first.start()], first.end()
    while (gap := _BETWEEN_RE.match(view, pos, end)) and (
        nxt := _FIGURE_RE.match(view, gap.end(), end)
    ):
        starts.append(nxt.start())
        pos = nxt.end()
    return starts
