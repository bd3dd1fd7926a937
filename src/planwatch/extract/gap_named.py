"""A gap to another figure in points, named with its direction and what it is measured
against, its sign as printed: a naming stage of the prose reader.

Evaluations and reviews weigh a rate against the plan's aim or a wider area's average and
print the distance unsigned: 低于年均增长7%左右的规划目标0.7个百分点, 比全省平均水平低1.23个
百分点, 高于全国2.1个百分点. GOLD_SPEC makes a value negative only where a decline is stated
(下降/减少/降低) and keeps the sign as printed when the direction word is part of the indicator
name; 低于 compares, it states no fall. So the gap is named by the indicator, the direction
and what it is compared with (研发经费投入强度低于全省平均水平, 1.23), and a reader of the
ledger sees which way it lies without a sign the document did not print. A list shares the
comparison out in order (比全国和全省分别高4.9个和3.4个百分点: 高于全国 4.9, 高于全省 3.4).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.core.data import Measure

if TYPE_CHECKING:  # the reader passes its reading; imported for types only (no cycle)
    from planwatch.extract.prose_reader import Reading

_BELOW = "低于|低出|慢于|落后于?|少于"
_ABOVE = "高于|高出|快于|超过|超出|多于"
_BEFORE_FIGURE = r"(?:约|近|了)?\s*(?=\d|$)"
# What a gap is measured against: a plan's or a year's aim, or a wider area's figure.
_COMPARAND = (
    r"(?:年初|年度|规划|纲要|《[^》]{1,12}》)?(?:预期|规划|计划)?(?:目标|预期|计划)"
    r"|全[国省区市州县盟](?:同期)?(?:平均水平|平均)?"
    r"|(?:序时|时间)进度"  # (低于序时进度1.4个百分点: the share of the plan's years gone by)
)
_COMPARAND_RE = re.compile(_COMPARAND)
# The direction before what is compared with (低于全省平均水平, 分别低于全国和全省).
_DIRECTION_FIRST_RE = re.compile(
    rf"(?P<dir>{_BELOW}|{_ABOVE})(?P<what>[^,，。;；]{{0,20}}?(?:{_COMPARAND})){_BEFORE_FIGURE}"
)
# Or what is compared with between 比/较 and the direction (比全省平均水平低, 较规划目标仍低,
# 比全国和全省分别高, 比2015年规划目标低: the aim's year between).
_DIRECTION_AFTER_RE = re.compile(
    r"(?<![占佔])[比较](?P<what>(?:[^,，。;；\d]|(?:19|20)\d\d年){2,16}?)(?:仍|还|略|稍|均|分别)?"
    rf"(?P<dir>高出|低出|高|低|快|慢){_BEFORE_FIGURE}"
)
# The direction as the name says it: the printed word, a bare 低/高 after 比 read as 低于/高于.
_DIRECTION = {
    "低出": "低于",
    "低": "低于",
    "高出": "高于",
    "高": "高于",
    "慢": "慢于",
    "快": "快于",
    "超过": "高于",
    "超出": "高于",
    "落后": "落后于",
}
# The words this stage adds to a gap's name (低于规划目标, 高于全省平均水平).
# (Or a list of them: 高于全省和全市平均水平, as 分别高于全省和全市 names its figures.)
_GAP_TAIL_RE = re.compile(
    rf"(?:低于|高于|快于|慢于|落后于|多于|少于|差)(?:{_COMPARAND})(?:[和、及与](?:{_COMPARAND}))*$"
)


def gap_base(name: str) -> str:
    """A gap's name without its direction and what it is compared with: the indicator, as a
    figure of the next sentence that names none takes it (…0.1个百分点；今年前三季度增长6.1%)."""
    base = _GAP_TAIL_RE.sub("", name)
    return base if len(base) >= 2 else name


# A name that already says which way (增速高出全市, 比城区学校高出, 高於, 差计划目标: as printed).
_NAMED_DIRECTION_RE = re.compile(
    r"[高低][于於出]|[快慢落][于於后後]|(?<![占佔])[比较較](?![重例率])|差(?=[^,，]{0,8}?目标$)"
)
# The figures of a list after the comparison it shares (4.9个和3.4个百分点).
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?")


def _comparison(before: str) -> re.Match[str] | None:
    """The last comparison in ``before`` that a figure follows."""
    last = None
    for rx in (_DIRECTION_FIRST_RE, _DIRECTION_AFTER_RE):
        for m in rx.finditer(before):
            if last is None or m.end() > last.end():
                last = m
    return last


def directed_gap(
    before: str, clause_len: int, r: Reading, measure: Measure, unit: str | None, sign: int
) -> tuple[int, str]:
    """The sign and name of a gap in points to an aim or a wider area (``before``: the
    sentence's words before the value, its clause the last ``clause_len`` of them, a list
    member's reaching back to the comparison it shares): its name with its direction and
    what it is compared with, its sign as printed; the reading's own sign and name for any
    other figure. (The reading keeps its name: a figure after the gap names itself by the
    indicator, not the gap.)"""
    if measure != Measure.CHANGE or unit != "个百分点" or len(r.name) < 2:
        return sign, r.name
    m = _comparison(before)
    if m is None or (not r.list_only and m.end() < len(before) - clause_len):
        return sign, r.name
    found = _COMPARAND_RE.findall(m.group("what"))
    if not found:
        return sign, r.name
    rest = before[m.end() :]
    if rest.strip() and not r.list_only:
        return sign, r.name  # (the comparison ends this clause's words, the figure next)
    member = len(_FIGURE_RE.findall(rest))  # (a list's n-th figure: the n-th compared with)
    comparand = found[member] if member < len(found) else found[-1]
    direction = _DIRECTION.get(m.group("dir"), m.group("dir"))
    if _NAMED_DIRECTION_RE.search(r.name):
        return 1, r.name  # (经济增速低于全省平均水平0.8个百分点: the name says it)
    return 1, r.name + direction + comparand
