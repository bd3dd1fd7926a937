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

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from planwatch.core.data import DocumentMeta, Evidence
from planwatch.describe.asof import MOSTLY
from planwatch.extract.section_lines import line_cells
from planwatch.extract.sentence_start import full_sentence_start
from planwatch.extract.table_words import has_word
from planwatch.extract.timewords import TimeState

if TYPE_CHECKING:  # imported for types only (sections imports this module)
    from planwatch.extract.prose_values import Value
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


_YEAR_CELL_RE = re.compile(r"((?:19|20)\d{2})\s*年")


@lru_cache(maxsize=64)
def table_judged_year(view: str) -> int | None:
    """The year of the results column of an evaluation table that has a status column
    (指标名称｜…｜2022年实际值｜进度评价): its counts of indicators by status (进度评价为
    “超前”的7项) judge that column's figures, whenever the evaluation was written. A base
    column (2020年基期值) is not the results'; None unless one results year is headed."""
    for line in view.splitlines():
        cells = line_cells(line)  # (a header line's cells)
        if len(cells) < 4 or not any(has_word(c, "status") for c in cells):
            continue
        years = {
            int(m[1])
            for c in cells
            if (m := _YEAR_CELL_RE.match(c)) and has_word(c, "actual") and not has_word(c, "base")
        }
        if len(years) == 1:
            return years.pop()
    return None


# An as-of date opening a sentence's count of indicators (截至2023年三季度末，…; 截至2022年
# 底，…; to the month, 截至2023年6月底 or in news 截至今年6月底): the year the counts are as
# of, a look back (今年: the document's year).
# (到今年上半年，有20个指标…: an evaluation's as-of date in the year it is written too.)
_COUNT_DATED_RE = re.compile(
    r"(?:截(?:至|止到?)\s*(?:((?:19|20)\d{2})\s*年|(今年))|到\s*(今年))(?:\s*\d{1,2}\s*月)?"
    r"(?:[^,，。;；\d]{0,6}?(?:末|底)|上半年|前三季度|[一二三]季度)\s*[,，]"
)


def count_dated(view: str, at: int, ref_year: int | None) -> TimeState | None:
    """The as-of date the sentence puts before a count at ``at`` (its clauses after a
    semicolon too), if any."""
    found = None
    start = full_sentence_start(view, at)
    for m in _COUNT_DATED_RE.finditer(view, start, at):
        found = m
    this_year = found is not None and (found[2] or found[3])
    year = ref_year if found is None or this_year else int(found[1])
    if found is None or year is None:
        return None
    span = found.span(2) if found[2] else found.span(3) if found[3] else found.span(1)
    return TimeState(year, None, None, False, True, False, span, True)


def recalled_count(view: str, v: Value, ref_year: int | None) -> TimeState:
    """A count of indicators by status named again later (要对进展滞后的6项指标逐一分析原因,
    a closing call to act on the lagging ones) is the one counted before: as of the date that
    earlier count's sentence opens with (截至今年6月底，…，6项进展滞后), if it has one; else
    no time of its own (the empty state)."""
    if v.value != int(v.value):
        return TimeState()
    start = full_sentence_start(view, v.start)
    before = list(re.finditer(rf"(?<![\d.]){int(v.value)}\s*项", view[:start]))
    if not before:
        return TimeState()
    return count_dated(view, before[-1].start(), ref_year) or TimeState()


_DATED_AFTER_RE = re.compile(r"\s*(?:指标)?(?:均|已)?于\s*((?:19|20)\d\d)\s*年(?:底|末)?")


def _paragraph_dated(view: str, at: int, ref_year: int | None) -> TimeState | None:
    """The as-of date an earlier sentence of the paragraph put before its count (到今年上半年，
    有20个指标…。约束性指标中有11个…: the paragraph's counts are of one date)."""
    para = view.rfind("\n", 0, at) + 1
    start = full_sentence_start(view, at)
    if start <= para or not _COUNT_DATED_RE.search(view, para, start):
        return None
    return count_dated(view, start - 1, ref_year)


def status_count_state(view: str, v: Value, ref_year: int | None) -> TimeState:
    """The time of a count of indicators by status at ``v``: the as-of date its sentence
    opens with (截至2023年三季度末，15项…，3项已提前达到2025年目标), else the one of the count
    it names again (``recalled_count``), else its evaluation table's results year
    (``table_judged_year``), else none of its own (the year the document reviews)."""
    dated = _DATED_AFTER_RE.match(view, v.end)  # (5项已于2022年底提前完成)
    if dated is not None:
        return TimeState(int(dated[1]), None, None, False, True, False, dated.span(1), True)
    state = (
        count_dated(view, v.start, ref_year)
        or _paragraph_dated(view, v.start, ref_year)
        or recalled_count(view, v, ref_year)
    )
    if not state.explicit and (judged := table_judged_year(view)):
        return TimeState(judged, None, None, False, True)
    return state
