"""The year an evaluation judges its indicators in, when its results are as of another.

A mid-term evaluation written late in its year reports its results as of the last whole
year when most of its result clauses open with that year (describe/asof.py ``MOSTLY``:
2022年全市地区生产总值…, 2022年全社会研发经费…, now and then 2023年城乡低保标准…). Its count
of the plan's indicators by status (19项指标达到或快于序时进度，其中4项已提前完成2025年目标)
is still the judgement made when it was written: the genre's own year (real3 dev c281, a
report delivered to a standing committee in December; eval6 dev c125, one of late December
counting its indicators 截至…三季度末). An evaluation that never opens a clause with its own
year, or says 截至2022年底, counts them as of its results' year (the other composed dev sets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planwatch.core.data import DocumentMeta, Evidence
from planwatch.describe.asof import MOSTLY

if TYPE_CHECKING:  # imported for types only (sections imports this module)
    from planwatch.extract.sections import DocFrame


def judged_year(meta: DocumentMeta) -> int | None:
    """The genre's year of an evaluation whose results are as of the year before only
    because most of its result clauses open with it (see the module doc); else None."""
    if any(e.field == "as_of_year" and e.basis == MOSTLY for e in meta.evidence):
        return meta.genre_reviewed_year
    return None


def judged_count_year(
    frame: DocFrame, kind_ev: Evidence, year_ev: Evidence, unit: str | None
) -> int | None:
    """The year of an undated count of indicators by status (N项达到序时进度, 其中N项已提前
    完成…) in such an evaluation (``DocFrame.judged_year``); None for any other figure."""
    if frame.judged_year is None:
        return None
    if kind_ev.basis == "status_count" or (
        unit == "项" and kind_ev.basis == "section" and year_ev.basis == "reference_date"
    ):
        return frame.judged_year
    return None
