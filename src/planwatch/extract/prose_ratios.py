"""Ratios in prose (2.4:58.9:38.7, 医护比1:1.25, 普通高中与中职招生比例58:42): which numbers a
colon joins into one ratio, and the values a ratio states; a time of day (14:22) or a numbered
caption (表1：2025年…) is none. A value-reading stage of the prose extractor.
"""

from __future__ import annotations

import re

from planwatch.core.clock import clock_at
from planwatch.core.units import match_unit_at
from planwatch.extract.numbers import NumberMatch
from planwatch.extract.prose_special import SUFFIX_CMP, SUFFIX_CMP_RE, Value, simple_value

# A ratio's colon, also the vertical-form colon ︰ of some pages (6.0︰64.3︰29.7); a part may
# be negative (三次产业贡献率分别是-1.6:8.0:93.6, a sector that shrank).
RATIO_COLONS = ":：︰"
_MINUS = "[-－−]"
_MINUS_RE = re.compile(_MINUS)
# A chain's unit that each of its parts is stated in (分别拉动经济增长-0.1:0.4:4.3个百分点).
_PARTS_UNITS = frozenset({"%", "个百分点"})
_RATIO_RE = re.compile(rf"\s*[{RATIO_COLONS}]\s*{_MINUS}?")


def ratio_values(view: str, numbers: list[NumberMatch]) -> tuple[list[Value], set[int]]:
    """Values of ratios: 2.4:58.9:38.7 and a whole split in two, 58:42 (one share in % per
    number), 2.01:1, 1:1.25 and 107:100 (one value, no unit); other two-part ratios (times, scales)
    are no facts. Also the starts of every number that is part of a ratio."""
    out: list[Value] = []
    taken: set[int] = set()
    i = 0
    while i < len(numbers):
        chain = [numbers[i]]
        while i + len(chain) < len(numbers):
            rr = _RATIO_RE.match(view, chain[-1].span.end)
            nxt = numbers[i + len(chain)]
            if not (rr and rr.end() > chain[-1].span.end and nxt.span.start == rr.end()):
                break
            chain.append(nxt)
        if len(chain) < 2 or any(n.chinese for n in chain):
            i += 1
            continue
        if _numbered_caption(view, chain):
            taken.add(chain[0].span.start)  # (数字1：786.4亿元: the caption's number only)
            i += 1
            continue  # 表1：2025年…: a caption
        taken.update(n.span.start for n in chain)
        if _clock_time(view, chain):
            i += len(chain)
            continue  # 发布时间:2024-01-09 14:22:31: a time of day
        unit = match_unit_at(view, chain[-1].span.end)
        stated = unit is not None and len(chain) >= 3 and unit.unit in _PARTS_UNITS
        if (len(chain) >= 3 or _split_of_whole(chain)) and (unit is None or stated):
            out += _parts(view, chain, unit.unit if stated else "%")
            if stated:
                out[-1].end = out[-1].after_end = unit.end
        elif len(chain) == 2 and (chain[1].value in (1, 100) or chain[0].value == 1):
            # The span is the whole ratio, so that its other part never enters the name
            # (医护比达到1:1.25 -> 医护比); a ratio to 100 is per hundred (性别比为107:100).
            n = chain[0] if chain[1].value in (1, 100) else chain[1]
            rs, re_ = chain[0].span.start, chain[1].span.end
            sm = SUFFIX_CMP_RE.match(view, re_)  # (城乡居民收入比缩小到2.2:1以内: at most)
            cmp = SUFFIX_CMP[sm.group(1)] if sm else None
            out.append(Value(rs, re_, rs, re_, n.value, None, None, cmp, sm.end() if sm else re_))
        i += len(chain)
    return out, taken


def _parts(view: str, chain: list[NumberMatch], unit: str) -> list[Value]:
    """One value per part of a ratio, in ``unit``, a minus sign before a part kept."""
    out = []
    for k, n in enumerate(chain):
        start = n.span.start
        minus = start > 0 and _MINUS_RE.match(view, start - 1) is not None
        minus = minus and not (start > 1 and view[start - 2].isdigit())
        v = simple_value(start - minus, n.span.end, -n.value if minus else n.value, unit)
        v.part, v.parts = k, len(chain)
        out.append(v)
    return out


# A date right before a time of day (2024-01-09 14:22, 2024年1月9日 09:30:05).
_DATE_BEFORE_RE = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\s*日)\s*$")


def _clock_time(view: str, chain: list[NumberMatch]) -> bool:
    """Whether a two- or three-part ratio is a time of day after a date."""
    start = chain[0].span.start
    m = clock_at(view, start)
    if m is None or m.start(1) != start or m.end() != chain[-1].span.end:
        return False
    return _DATE_BEFORE_RE.search(view, max(0, start - 16), start) is not None


def _split_of_whole(chain: list[NumberMatch]) -> bool:
    """Whether a two-part ratio splits a whole in percent (普通高中与中职招生比例58:42: its
    parts add up to 100), as a three-part one does (三次产业结构)."""
    return len(chain) == 2 and abs(chain[0].value + chain[1].value - 100) < 0.15


# A numbered caption before its colon (表1：2025年居民消费价格涨跌幅度, 图2：, 附表3：; a 十个数字
# page's 数字1：1200亿元): the number is the caption's, and what follows the colon its title,
# no second part of a ratio.
_CAPTION_NUMBER_RE = re.compile(r"(?:表|图|附表|附图|附件|数字|看点|亮点)\s*$")
_YEAR_AFTER_RE = re.compile(r"\s*(?:19|20)\d{2}\s*年")


def _numbered_caption(view: str, chain: list[NumberMatch]) -> bool:
    first, second = chain[0].span, chain[1].span
    return bool(
        _CAPTION_NUMBER_RE.search(view, max(0, first.start - 3), first.start)
        or (len(chain) == 2 and _YEAR_AFTER_RE.match(view, second.start))
    )


def is_ratio_colon(view: str, i: int) -> bool:
    """Whether the colon at ``i`` joins the parts of a ratio (2.4:58.9), not two clauses."""
    if view[i] not in RATIO_COLONS:
        return False
    a = view[max(0, i - 2) : i].strip()
    b = view[i + 1 : i + 3].strip()
    return bool(a) and bool(b) and a[-1].isdigit() and b[0].isdigit()
