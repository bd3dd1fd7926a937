"""A figure's name that is only places: a naming stage of the prose extractor.

Reviews and communiqués list figures by area after naming what they measure once: 绵阳、宜宾
超3000亿元 after the province's GDP, 福建和上海首次跨过3万亿元, or a head before a colon over a
run of areas (各县市区生产总值完成情况：某区364.0亿元，某区（含经济开发区）270.3亿元，…). The
places are whose figures they are (their jurisdiction, kept in the quote); what is measured is
the indicator named before them: the figure's before, the clause's before, the colon's head,
a name line above or the paragraph's. Moved out of ``prose_naming`` (round 53).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from planwatch.describe.areas import load_table, scan_names
from planwatch.extract.cues import cues
from planwatch.extract.naming_compared import unranked
from planwatch.extract.naming_lines import name_line_before
from planwatch.extract.prose_names import SentenceState, previous_clause_name, subject_phrase

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader

_LIST_JOINS = "、和及与,， "
# An aside on what an area's figure covers (某区（含经济开发区）270.3亿元): no word of the name.
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,12}[)）]")
# A head before a colon over a run of areas' figures (各县市区生产总值完成情况：), and its words
# that are no part of the indicator: the areas it runs over and the report on them.
_COLON_HEAD_RE = re.compile(r"([^，,。；;：:\n]{2,30})[：:]\s*$")
_HEAD_WORDS_RE = re.compile(
    r"^(?:各|全[省市县区])?(?:县市区|县（市、区）|县\(市、区\)|区县|县区|市州|地市|乡镇|镇街)"
    r"(?:、[^，,。]{0,12}?开发区)?|(?:完成|实现|运行)?情况$|如下$"
)


@lru_cache(maxsize=1)
def _place_fillers() -> re.Pattern[str]:
    words = sorted(cues().by_role.get("place_filler", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _colon_head(view: str, s: int, cs: int) -> str:
    """The indicator a head before a colon names, when the value's clause runs on from it."""
    m = _COLON_HEAD_RE.search(view, max(s, cs - 32), cs)
    if m is None:
        return ""
    return subject_phrase(_HEAD_WORDS_RE.sub("", m[1]).strip())


def places_only(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """A name that is only places (绵阳、宜宾超3000亿元, 福建和上海首次跨过3万亿元): the places
    reached the figure of the indicator named before them, which names this one too (without
    the place it was said of: 浙江GDP -> GDP); the places stay in the quote."""
    name = _ASIDE_RE.sub("", r.name)
    if r.inherited or r.v.fixed_name is not None or name[:2] not in load_table().prefixes:
        return  # (a place's first two characters open the name, or it is no list of places)
    fillers = _place_fillers()
    last = places = 0
    for start, end, _rows in scan_names(name):  # (stops at the first word no place's)
        if fillers.sub("", name[last:start]).strip(_LIST_JOINS):
            return
        last, places = end, places + 1
    if not places or fillers.sub("", name[last:]).strip(_LIST_JOINS):
        return
    before = (
        st.prev_name
        or _colon_head(reader.view, reader.s, r.cs)
        or previous_clause_name(reader.view, reader.s, r.cs)
        or name_line_before(reader.view, reader.s)
        or reader.para_name
    )
    lead = next(iter(scan_names(before)), None)
    if lead is not None and lead[0] == 0 and len(before) - lead[1] >= 2:
        before = before[lead[1] :]
    if before:
        r.name = unranked(before, r.v.unit)  # (…居全市第一；南浔区增长6.1%: not the rank's)
