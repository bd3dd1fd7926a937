"""The years a review's figure spans: an average between two levels named, and an
amount whose own growth is year on year.

A review often prints an indicator's level in the period's base year and in its last
year, then the average growth or change between them, with no 由/从 and no plan's name
in the sentence: 全市地区生产总值2025年为812亿元，2030年达到1105亿元，年均增长6.1% (seen on
provincial and city work-report pages and their news). The average runs from the year
after the first year named to the year in force.

An amount followed by its growth over the year before (固定资产投资完成66.2亿元，同比增长9%)
is that year's, though the paragraph opens on the plan it concludes (决胜“十五五”，…) and
investment is otherwise read as a flow over the period in force.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the reader imports the module that imports this one
    from planwatch.extract.prose_reader import SentenceReader


def years_levelled(reader: SentenceReader, year: int | None, at: int) -> int | None:
    """The earlier of two years named as points before ``at`` in the value's sentence,
    the later being ``year`` (the average's last year); else None. A base (比2025年), a
    start (由2025年的) or any other kind of time word is no level's year."""
    if year is None:
        return None
    named = [m.year for m in reader.marks if m.start < at and m.kind == "year"]
    if len(named) < 2 or named[-1] != year:
        return None
    earlier = [y for y in named[:-1] if y is not None and y < year]
    return earlier[-1] if earlier else None


# The growth right after an amount, against the same time a year before.
_YOY_AFTER_RE = re.compile(r"\s*[,，、]?\s*(?:同比|比上年|较上年)(?:增长|下降|减少|增加)")


def year_on_year_after(view: str, at: int) -> bool:
    """Whether the growth following an amount ending at ``at`` is year on year."""
    return _YOY_AFTER_RE.match(view, at) is not None
