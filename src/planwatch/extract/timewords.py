"""Time words of planning prose and what they say about a figure's year.

A figure's year comes from the time words before it: an explicit year
(2020年), a target year (到2025年), a base year (比2015年增长: the period starts
the year after), a year range (2016—2019年), a plan period (“十三五”时期:
2016-2020), a span (五年来), or a relative year (今年, 去年, 明年) read against
the document's reference year. :func:`time_marks` finds them in a stretch of
text; :class:`TimeState` folds them, in text order, into the year and period
start that apply at a given point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from planwatch.core.numerals import small_int
from planwatch.core.periods import plan_named as plan_period


def _y(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d{{2}})"


_Q = r"[“”\"‘’ ]*"  # quotes and spaces around plan names: “ 十三五 ”


def _plan(name: str) -> str:
    return rf"{_Q}(?P<{name}>十[一二三四五六七八九]?五|[六七八九]五){_Q}"


# Every character a mark can start with. Checked first, it lets the scan skip
# the many positions where none can start without trying each alternative.
_MARK_FIRST = '0-9比较相与同到至截“”"‘’ 一二三四五六七八九十两过近这前今本当去上明次后'

# One alternation; the group that matched tells the kind of mark. Order matters:
# longer, more specific forms first.
_MARK_RE = re.compile(
    f"(?=[{_MARK_FIRST}])(?:"
    + "|".join(
        [
            rf"(?P<range>{_y('r1')}\s*(?:年\s*)?[-—–~～至到、]\s*{_y('r2')}\s*年)",
            rf"(?P<base>(?:比|较|相比|与|同)\s*{_y('by')}\s*年(?:底|末)?)",
            rf"(?P<baseplan>(?:比|较|相比|与|同){_plan('bp')}(?:期末|末)?)",
            rf"(?P<since>{_y('sy')}\s*年(?:底|末)?\s*以来)",
            rf"(?P<to>(?:到|至|到了|截至|截止到?)\s*{_y('ty')}\s*年(?:底|末)?)",
            rf"(?P<planend>{_plan('pe')}(?:期末|末))",
            rf"(?P<plan>{_plan('pl')}(?:时期|期间|以来|规划期|规划期间|期)?)",
            r"(?P<span>(?:过去|近|这|前)?(?P<sn1>[一二三四五六七八九十两]|\d{1,2})\s*年(?:来|以来|间|中)|"
            r"(?:过去|近)(?P<sn2>[一二三四五六七八九十两]|\d{1,2})\s*年|"
            r"(?P<sn3>[二三四五六七八九十两]|\d{1,2})\s*年(?=年均|平均|累计))",
            rf"(?P<year>{_y('yy')}\s*年(?:度|底|末|初)?)",
            # 比上年增长 / 较上年末 / 同比: a one-year comparison; the figure keeps its year.
            r"(?P<relbase>(?:比|较|与|同)\s*(?:上年|上一年|去年)(?:同期|年末|末|底)?|同比)",
            r"(?P<rel>过去一年|一年来|今年|本年|当年|去年|上年|上一年|明年|次年|后年)",
        ]
    )
    + ")"
)

_REL_OFFSET = {
    "今年": 0,
    "本年": 0,
    "当年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "过去一年": -1,
    "一年来": -1,
    "明年": 1,
    "次年": 1,
    "后年": 2,
}
# 从/由 right before a year or a period's end: the start point of a "from A to B" change.
_FROM_BEFORE = re.compile(r"(?:从|由)[“”\"‘’ ]*$")


@dataclass(frozen=True, slots=True)
class TimeMark:
    """One time expression: where it is and what kind (year, to, base, range, ...)."""

    start: int
    end: int
    kind: str
    year: int | None = None  # the year named (range/plan: the last year)
    first: int | None = None  # range/plan/span: the first year
    offset: int = 0  # rel: years from the reference year; span: its length


def time_marks(text: str, start: int = 0, end: int | None = None) -> list[TimeMark]:
    """The time expressions in ``text[start:end]`` in text order (offsets index ``text``)."""
    marks: list[TimeMark] = []
    for m in _MARK_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or ""
        s, e = m.start(), m.end()
        if kind == "range":
            y1, y2 = int(m.group("r1")), int(m.group("r2"))
            if y1 < y2:
                marks.append(TimeMark(s, e, "range", y2, y1))
        elif kind == "base":
            marks.append(TimeMark(s, e, "base", int(m.group("by"))))
        elif kind in ("baseplan", "planend", "plan"):
            name = m.group({"baseplan": "bp", "planend": "pe", "plan": "pl"}[kind])
            if kind in ("planend", "plan") and s > 0 and text[s - 1] in "是比较为":
                kind = "baseplan"  # 是“十二五”期末的9倍: the period is the base
            period = plan_period(name)
            if period and kind == "planend" and _FROM_BEFORE.search(text, max(0, s - 3), s):
                marks.append(TimeMark(s, e, "from", period[1]))  # 从“十二五”期末 2.4:58.9:38.7
            elif period:
                marks.append(TimeMark(s, e, kind, period[1], period[0]))
        elif kind == "since":
            marks.append(TimeMark(s, e, "since", first=int(m.group("sy"))))
        elif kind == "to":
            marks.append(TimeMark(s, e, "to", int(m.group("ty"))))
        elif kind == "span":
            n = small_int(m.group("sn1") or m.group("sn2") or m.group("sn3")) or 0
            if 1 < n <= 20:
                marks.append(TimeMark(s, e, "span", offset=n))
        elif kind == "year":
            from_ = _FROM_BEFORE.search(text, max(0, s - 3), s) is not None
            marks.append(TimeMark(s, e, "from" if from_ else "year", int(m.group("yy"))))
        elif kind == "relbase":
            marks.append(TimeMark(s, e, "relbase"))
        elif kind == "rel":
            marks.append(TimeMark(s, e, "rel", offset=_REL_OFFSET[m.group(kind)]))
    return marks


@dataclass(frozen=True, slots=True)
class TimeState:
    """The year and period that apply at a point, folded from the marks before it.

    ``year`` is the year a figure refers to; ``period_start`` the first year of a
    multi-year period it covers (None for a single year); ``base`` a base year
    named by 比…年 (a growth or change against it starts the year after);
    ``future`` is set by 到2025年 (a target year).
    """

    year: int | None = None
    period_start: int | None = None
    base: int | None = None
    future: bool = False
    explicit: bool = False  # set by a mark, not inherited from a default

    def fold(self, mark: TimeMark, ref_year: int | None) -> TimeState:
        """The state after reading ``mark``; ``ref_year`` resolves 今年/去年 and spans."""
        k = mark.kind
        if k in ("year", "from"):
            return TimeState(mark.year, None, None, False, True)
        if k == "to":
            future = ref_year is None or (mark.year or 0) >= ref_year
            return TimeState(mark.year, self.period_start, self.base, future, True)
        if k == "range" or k == "plan":
            return TimeState(mark.year, mark.first, None, False, True)
        if k == "planend":
            return TimeState(mark.year, None, None, False, True)
        if k == "base":
            return replace(self, base=mark.year)
        if k == "baseplan":
            return replace(self, base=mark.year)
        if k == "since":
            end = self.year if self.year and self.year > (mark.first or 0) else ref_year
            return TimeState(end, mark.first, None, False, True)
        if k == "span":
            end = self.year if self.explicit and self.year else (ref_year - 1 if ref_year else None)
            if end is None:
                return self
            return TimeState(end, end - mark.offset + 1, None, False, True)
        if k == "relbase":
            return self  # 比上年增长2.8%: growth in the year in force, against the one before
        if k == "rel" and ref_year is not None:
            return TimeState(ref_year + mark.offset, None, None, mark.offset > 0, True)
        return self
