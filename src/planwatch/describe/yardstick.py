"""An area named as a comparison's yardstick, not as what the text is about.

A county's or a county-level city's news ranks its figures within the city above
it and measures them against that city's average, naming the city in full: 增速居某某市
第2位, 位居某某市前列, 主要指标增幅高于某某市平均水平, 占某某市比重. The text itself
says only 全市 / 我市 (its own site's name over the page: :mod:`.site`), so the one
area it names in full is the yardstick, and counting it made the county's page the
city's. The whole-area words (居全省第3位, 全国平均) are told the same way in
``whole_compared`` below; ``is_yardstick`` is that rule for a name.

The form: a comparison word before the name (``compared_to_above``: 高于, 低于 …, or
``yardstick_before``: 居, 位列, 占 …) and a rank or an average after it
(``yardstick_after``: 第, 前列, 平均, 比重 …), both in ``data/area_cues.csv``.
"""

from __future__ import annotations

import functools
import re

from planwatch.describe.area_words import area_cues

# Spaces an official's text may leave between the words and the name.
_GAP = " \t\u3000\xa0"


@functools.cache
def _after_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, area_cues()["yardstick_after"])))


def is_yardstick(view: str, start: int, end: int) -> bool:
    """Whether the area named at ``view[start:end]`` is a comparison's yardstick
    (居某市第2位, 高于某市平均水平), not the text's own area."""
    before = view[max(0, start - 4) : start].rstrip(_GAP)
    if before.endswith(("创", "刷新")) and _RECORD_RE.match(view, end):
        return True  # (创山西省水地小麦单产新纪录: the area whose record was set)
    if _TITLE_AFTER_RE.match(view, end):
        return True  # (创建江西省旅游强县: the area whose title a county is given)
    words = area_cues()
    if not before.endswith(words["compared_to_above"] + words["yardstick_before"]):
        return False
    at = end
    while at < len(view) and view[at] in _GAP:
        at += 1
    return _after_re().match(view, at) is not None


# A title an area gives its counties and cities (某省旅游强县, 某省文明城市, 某省域副中心城市):
# the area that grants it, not the text's own.
_TITLE_AFTER_RE = re.compile(
    r"[省市]?[^，。,；;\n\d]{0,6}?(?:强县|强市|百强县|示范县|示范市|文明城市|卫生城市|园林城市"
    r"|副中心城市)"
)
# A record set within an area (创某省水地小麦单产新纪录): the area is the record's yardstick.
_RECORD_RE = re.compile(r"[^，。,；;\n]{0,12}?(?:新纪录|新记录|历史纪录|最高纪录|最高记录)")
# (…全国领先, 全国推广, 全国先进, 全国百强, 全国十强, 全国排名, 全国典型, 全国示范, 全国标杆,
# 全国文明城市: the area's standing or title among the nation's, as 居全国第3位 is; 中国(安徽)
# 科交会: the name of an event held in a province.)
_COMPARED_AFTER = frozenset("第前平均首比领推先百十排典示标样文(（")
_COMPARED_BEFORE = frozenset("居占列于在")


def whole_compared(view: str, m: re.Match[str]) -> bool:
    """Whether a whole-area word (全省, 全国) is a comparison's yardstick (居全省第3位, 占全市比重,
    全国平均, 高于全国), a national census's name (第三次全国农业普查: the census a county counts
    its part of) or the country's name in a set phrase (:func:`national_phrase`), not the text
    speaking of itself."""
    return (
        view[m.end() : m.end() + 1] in _COMPARED_AFTER
        or view[max(0, m.start() - 1) : m.start()] in _COMPARED_BEFORE
        or _CENSUS_AFTER_RE.match(view, m.end()) is not None
        or national_phrase(view, m)
    )


_CENSUS_AFTER_RE = re.compile(r"(?:人口|经济|农业|污染源)普查|1%人口抽样调查")
# The country's name in the set phrases every local text repeats (新时代中国特色社会主义思想,
# 中国式现代化, 中华人民共和国成立70周年, 中国共产党): no vote for the nation as the text's area.
_NATIONAL_PHRASE_RE = re.compile(r"特色|式现代化|梦|共产党|成立\s*\d{1,3}\s*周年")


def national_phrase(view: str, m: re.Match[str]) -> bool:
    """Whether the country's name at ``m`` is part of such a set phrase."""
    return _NATIONAL_PHRASE_RE.match(view, m.end()) is not None


# The centre named as what praised, approved or was reported to (受到国务院…表扬, 经国务院批准,
# 报国务院, 向国务院): a local text's words about its own area, not the nation's voice.
_FROM_THE_CENTRE_RE = re.compile(r"(?:受到|得到|获得|经|报请|报|向|被)\s*$")


def from_the_centre(view: str, m: re.Match[str]) -> bool:
    """Whether a national issuer (国务院) is named as one acting on the text's area."""
    return _FROM_THE_CENTRE_RE.search(view, max(0, m.start() - 3), m.start()) is not None


def issuer_aside(view: str, m: re.Match[str]) -> bool:
    """Whether a national issuer named is none of the text's: the centre acting on its area
    (:func:`from_the_centre`) or the state's name in a set phrase (中华人民共和国成立70周年:
    :func:`national_phrase`), as a nation word is then no yardstick either."""
    return from_the_centre(view, m) or national_phrase(view, m)
