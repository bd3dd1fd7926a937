"""Enumerated items of a paragraph (主要考虑：一是…；二是…；三是…): official reports list
reasons, measures and problems so, each item about a figure of its own. A time named inside
one item (一是…2021—2023年年均增长6.2%…) dates that item, not the ones after it; the lead
before the first item (2022年，一是…；二是…) still dates them all.

Written from how 政府工作报告, 计划执行情况与计划草案的报告 and plan evaluations enumerate
(一是/二是/三是 after a colon or a comma, the items parted by semicolons); no sample
document's words.
"""

from __future__ import annotations

import re

# An item's opening ordinal, right after the lead's colon or comma or the last item's
# semicolon or full stop (not 唯一是, 统一是: the ordinal stands after punctuation).
_ITEM_RE = re.compile(r"(?<=[，,：:；;。\s])[一二三四五六七八九十]是(?![否非])")
# An item opening anywhere, numbered any way officials number items inside a sentence
# (一是, （一）, (2), ①): a time named before it is its lead's or an earlier item's.
_ANY_ITEM_RE = re.compile(
    r"[一二三四五六七八九十]是|[(（][一二三四五六七八九十\d]{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨]"
)
# A sentence that opens a later item (二是…, 三是…), blanks before it passed over.
_LATER_ITEM_RE = re.compile(r"\s*[二三四五六七八九十]是(?![否非])")
# Any item's opening ordinal at a sentence's start (一是, 二是, 其一), for patterns of what follows
# it (``naming_lines``' point headings).
ITEM_OPENER = r"(?:[一二三四五六七八九十]{1,2}是(?![否非])|其[一二三四五六七八九十])"
_OPENS_ITEM_RE = re.compile(rf"\s*{ITEM_OPENER}")


def opens_item(view: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens an item of a run-on list (一是, 二是, 其一)."""
    return _OPENS_ITEM_RE.match(view, s) is not None


def time_of_earlier_item(view: str, para_start: int, s: int, src: tuple[int, int] | None) -> bool:
    """Whether the paragraph's time in force (named at ``src``) was named inside an item of
    its paragraph (starting at ``para_start``), not in the lead before the first, and the
    sentence at ``s`` is past that item: it opens a later item, or another item opened
    between them (…；三是…。就业目标定为…). That time is not its."""
    if src is None or src[0] >= s:
        return False
    first = _ITEM_RE.search(view, para_start, s)
    if first is None or src[0] < first.start():
        return False
    return bool(_LATER_ITEM_RE.match(view, s) or _ITEM_RE.search(view, src[1], s))


def opens_later_item(view: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens a later item (二是…, 三是…): it takes no kind
    from the item before it (…后三年须年均下降3%以上；四是…比重为86%: a result again)."""
    return _LATER_ITEM_RE.match(view, s) is not None


def item_between(view: str, start: int, end: int) -> bool:
    """Whether an item opens in ``view[start:end]`` (see ``_ANY_ITEM_RE``): a clause after
    it takes no time named before it in its sentence."""
    return _ANY_ITEM_RE.search(view, start, end) is not None
