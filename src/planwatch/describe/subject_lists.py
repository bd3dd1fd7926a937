"""Lists of areas as the subject of figures, for :mod:`.subjects`.

A list of two or more areas opening its clause (北京、上海和广东…) is the joint
subject of a figure they share (…均为6%左右), or, with 分别, gives each area its own
figure in order (广州、深圳、佛山分别增长4.6%、6.0%和4.0%). A list followed in its
clause by 分别 is such a list wherever it stands (力争甲县、乙县地区生产总值分别突破…, 支持
甲市、乙市…分别增长…): 分别 says each listed area has its own figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planwatch.core.data import Area, Fact
from planwatch.describe.areas import AreaRow
from planwatch.describe.jurisdiction import cue_re
from planwatch.describe.subject_rules import LIST_MARKS, SENTENCE_END, Marker, opens_clause

# After a list's last name: the rest of its clause up to 分别 (地区生产总值分别…).
_RESPECTIVE_RE = re.compile(r"[^，,；;：:。！？!?\n、]{0,24}?分别")


def respective_lists(
    view: str, found: Sequence[tuple[int, int, tuple[AreaRow, ...]]]
) -> frozenset[int]:
    """Starts of the names of lists of areas that 分别 follows in their clause.

    Two or more names one list mark apart, none running on into an item (宁波港、
    厦门港分别…: ports), all of one level, then the clause's words up to 分别.
    """
    out: set[int] = set()
    group: list[tuple[int, int, tuple[AreaRow, ...]]] = []
    for k, item in enumerate(found):
        if group and view[group[-1][1] : item[0]] not in LIST_MARKS:
            group = []
        group.append(item)
        last = k + 1 == len(found) or view[item[1] : found[k + 1][0]] not in LIST_MARKS
        if not last or len(group) < 2 or not _RESPECTIVE_RE.match(view, item[1]):
            continue
        if any(cue_re("fact_not_subject").match(view, e) for _, e, _ in group):
            continue
        levels = [{r.level for r in rows} for _, _, rows in group]
        if set.intersection(*levels):
            out.update(s for s, _, _ in group)
    return frozenset(out)


def joint_lists(
    view: str, placed: list[tuple[int, int, AreaRow]], counted: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Lists of two or more areas that open their clause, or that their number follows
    (``counted``, see :func:`counted_lists`): (index of the last, of the first).

    The areas stand one list mark apart (北京、上海和广东); a list inside a
    clause (推进蓬江区、江海区…的公园) is no subject.
    """
    out = []
    first = 0
    for i in range(1, len(placed) + 1):
        if i < len(placed) and view[placed[i - 1][1] : placed[i][0]] in LIST_MARKS:
            continue
        opens = opens_clause(view, placed[first][0]) or placed[first][0] in counted
        if i - 1 > first and opens:
            out.append((i - 1, first))
        first = i
    return out


def shared_by_list(between: str) -> bool:
    """Whether a figure after a list of areas is one they share, given the text between.

    It is in the list's own clause, or in a later one of its sentence that
    says so (…，均较去年…，增速均为…); 分别 gives each area its own figure.
    """
    if "分别" in between or any(ch in between for ch in SENTENCE_END):
        return False
    return all(_says_shared(part) for part in _CLAUSE_BREAK_RE.split(between)[1:])


def _says_shared(clause: str) -> bool:
    """A later clause that still speaks of all the listed areas: 均 in it, or 都 opening it
    (都 inside a word is a name's: 成都)."""
    return "均" in clause or clause.lstrip().startswith("都")


_CLAUSE_BREAK_RE = re.compile(r"[，,；;]")


def respectively(
    text: str, facts: Sequence[Fact], subjects: Sequence[Marker | None]
) -> dict[int, tuple[Area, tuple[int, int]]]:
    """Facts given one each to the areas of a list by 分别 (广州、深圳、佛山分别增长4.6%、6.0%和4.0%).

    After a list of areas opening its clause, the values from each 分别 to the
    next (or its clause's end) go to the areas in order, when there are as
    many values as areas (or a multiple: the areas again in each run of
    values); otherwise they keep what the list gives them. Returns
    fact index -> (area, the list's span).
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for i, mk in enumerate(subjects):
        if mk is None or len(mk.joint) < 2:
            continue
        between = text[mk.end : facts[i].start]
        if "分别" not in between or any(ch in between for ch in SENTENCE_END):
            continue
        # Which 分别 the value follows: its own run of values, which ends with its
        # clause (…和3533.7亿元，合计占全区的…: a figure of all of them).
        run = mk.end + between.rfind("分别")
        if _CLAUSE_BREAK_RE.search(text, run, facts[i].start):
            continue
        groups.setdefault((mk.start, run), []).append(i)
    out: dict[int, tuple[Area, tuple[int, int]]] = {}
    for members in groups.values():
        mk = subjects[members[0]]
        assert mk is not None
        starts = sorted({facts[i].start for i in members})
        n = len(mk.joint)
        if len(starts) % n:
            continue
        # Several runs of values, one per area each (分别由360亿元、298亿元增加到520亿元、
        # 440亿元): the areas in order again in each run.
        for i in members:
            out[i] = (mk.joint[starts.index(facts[i].start) % n], (mk.joint_start, mk.end))
    return out
