"""An area told by its parts: a document that speaks of itself as a whole (全市, 全州,
本市) and names its counties, not itself.

A city's plan or report whose title is lost (or was never in the text) still says
全市 and names its counties and districts as it reports on them (某县增长6.1%，某区…).
Each county's name is a vote of its own, so the votes look like a round-up of unrelated
areas (:mod:`.jurisdiction`'s ``_round_up``), or a county ties with its city. The
document is the whole's when at least :data:`MIN_PARTS` different parts of it hold
nearly all the votes (:data:`PARTS_SHARE`; the whole's own and its ancestors' count
with them), no one part holds more than :data:`LEADING_SHARE` of them (a county's own
text names itself most), and the text speaks of itself as a whole at least
:data:`MIN_SELF_WORDS` times. The whole is the parts' ancestor at the level the text
speaks at: a province where it says 全省, else a city (全市 and 全区 leave the level
open; a county's parts, its towns, are not in the table).

A text that names an area only as a part of its own whole — after 其中 (among which),
as a report gives a figure of the whole and then its part's: 全市森林覆盖率达到37.2%，
其中某县…; 全区常住人口…，其中某地区… — is the area one level above that part, when it
speaks of itself as a whole (:func:`whole_above_parts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from planwatch.describe.areas import NATION_CODE, AreaRow, load_table

MIN_PARTS = 2
PARTS_SHARE = 0.75
LEADING_SHARE = 0.5  # no one part holds more: one county's text names itself most
MIN_SELF_WORDS = 2  # 全市, 本市 … this many times: the text speaks as a whole
_LEVEL_ORDER = ("nation", "province", "city", "county")


def roll_up(row: AreaRow, level: str | None) -> AreaRow:
    """The area's ancestor at ``level`` when the text speaks of itself as that level.

    A provincial news story that names only its capital (合肥市…, 我省…) is the
    province's; a city's that names one county (…全盟) is the city's.
    """
    if level is None or _LEVEL_ORDER.index(row.level) <= _LEVEL_ORDER.index(level):
        return row
    for parent in load_table().ancestors(row.code):
        if parent.level == level:
            return parent
    return row


# The word that introduces a part of the whole just reported (…，其中某县…).
_PART_CUE = "其中"


class Named(Protocol):
    """An area named at an offset of the text (jurisdiction's mentions)."""

    start: int
    row: AreaRow


def whole_above_parts(
    view: str, named: Sequence[Named], self_counts: dict[str, int]
) -> AreaRow | None:
    """The one area directly above every area ``named`` in ``view``, when each stands
    after 其中 as a part of the whole the text reports and the text speaks of itself as a
    whole at least :data:`MIN_SELF_WORDS` times (see the module doc)."""
    if not named or sum(self_counts.values()) < MIN_SELF_WORDS:
        return None
    if any(view[max(0, m.start - len(_PART_CUE)) : m.start] != _PART_CUE for m in named):
        return None
    table = load_table()
    above = {next(iter(table.ancestors(m.row.code)), None) for m in named}
    if len(above) != 1:
        return None
    whole = above.pop()
    return None if whole is None or whole.code == NATION_CODE else whole


def whole_of_parts(
    scores: dict[str, float], self_counts: dict[str, int], level: str | None
) -> AreaRow | None:
    """The area whose parts hold the votes ``scores`` (see the module doc), else None.

    ``self_counts`` is how often the text speaks of itself per level ("" for 全市/全区,
    which leave the level open); ``level`` the level it clearly speaks at, if any.
    """
    whole_level = level or "city"
    if whole_level not in ("province", "city"):
        return None
    if self_counts.get(whole_level, 0) + self_counts.get("", 0) < MIN_SELF_WORDS:
        return None
    table = load_table()
    parts: dict[str, set[str]] = {}
    for code in scores:
        row = table.by_code.get(code)
        if row is None or code == NATION_CODE:
            continue
        whole = roll_up(row, whole_level)
        if whole.level == whole_level and whole.code != code:
            parts.setdefault(whole.code, set()).add(code)
    if not parts:
        return None
    code = max(parts, key=lambda c: (len(parts[c]), c))
    if len(parts[code]) < MIN_PARTS:
        return None
    lineage = {code} | {r.code for r in table.ancestors(code)}
    held = sum(scores[c] for c in parts[code] | (lineage & scores.keys()))
    total = sum(v for c, v in scores.items() if c != NATION_CODE)
    # (A county's own text naming its neighbours: its own name outweighs them all.)
    leading = max(scores[c] for c in parts[code])
    if held < PARTS_SHARE * total or leading > LEADING_SHARE * held:
        return None
    return table.by_code[code]


# A round-up names this many of one whole's parts side by side, each opening a clause.
ROUND_UP_PARTS = 3
# What stands before a clause's subject: a line's start, a full stop, a semicolon, a comma.
_CLAUSE_START = frozenset("\n。；;，,：:")


def parallel_whole(view: str, named: Sequence[Named]) -> AreaRow | None:
    """The whole whose parts a round-up reports side by side: at least
    :data:`ROUND_UP_PARTS` different areas, all directly under one area (not the nation),
    each opening a line or a clause (某县实现地区生产总值…。某县…), and no area outside
    that whole opening one. A city's page on its counties' figures, a province's on its
    cities', is the whole's — whichever part it names first or in its headline."""
    opening: dict[str, AreaRow] = {}
    for m in named:
        before = view[: m.start].rstrip(" \t\u3000\xa0")
        if not before or before[-1] in _CLAUSE_START:
            opening[m.row.code] = m.row
    return _one_above(opening)


def whole_of_siblings(named: Sequence[Named]) -> AreaRow | None:
    """The whole of a round-up that names only its parts (at least :data:`ROUND_UP_PARTS`
    different areas, every one directly under one area, not the nation), wherever in their
    clauses: 全区各地州市… 首府某市提出…，南疆的某地区…，北疆的某地区…. A region's paper on its
    prefectures' targets is the region's (round 25); called where the votes look like a
    round-up of unrelated areas (jurisdiction's ``_round_up``)."""
    return _one_above({m.row.code: m.row for m in named})


def _one_above(parts: dict[str, AreaRow]) -> AreaRow | None:
    """The one area directly above at least :data:`ROUND_UP_PARTS` ``parts``, else None."""
    if len(parts) < ROUND_UP_PARTS:
        return None
    table = load_table()
    above = {next(iter(table.ancestors(code)), None) for code in parts}
    if len(above) != 1:
        return None
    whole = above.pop()
    return None if whole is None or whole.code == NATION_CODE else whole


# A part named in the title and this often in all (陇县“跑”出…: 陇县 five times, 宝鸡市政府
# 新闻办举行发布会 once; round 25, a city's press conference on one county's results) is what
# the page is about, not the parent whose office hosts it.
TITLED_PART_MENTIONS = 3


def titled_part(mentions: Sequence[Named], title_len: int, best: str) -> str:
    """The area named in the title under ``best`` when the text names it at least
    ``TITLED_PART_MENTIONS`` times (a county under the city whose press office held the
    conference); else ``best``."""
    titled = {m.row.code for m in mentions if m.start < title_len}
    if best in titled:
        return best
    table = load_table()
    for code in sorted(titled):
        count = sum(1 for m in mentions if m.row.code == code)
        if count >= TITLED_PART_MENTIONS and best in {r.code for r in table.ancestors(code)}:
            return code
    return best
