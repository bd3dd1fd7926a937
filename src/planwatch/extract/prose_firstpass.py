"""A first pass over a document's numbers: which of them can be values at all.

Most numbers of prose state no quantity: list numbers (1.), names and phrases (一体化, 三大,
一批), years (2020年, 二〇二五年). :func:`~.prose_values.sentence_values` finds that out
number by number, reading the unit after each; this pass tells most of them from the
character after the number and what the unit table holds, so that a sentence with no number
that can be a value (and no special value) is not read at all, and in a sentence that is
read such a number is passed over. It only restates rejections made there, so it never rules
out a number that would be taken (the dump of ``bench/dump_facts.py`` stays the same):

* nothing after the number can start a unit, a range, a list or a ratio, and a bare
  number is Chinese, a thousand or more, or not after the name of an index;
* a Chinese numeral under ten before a unit that gives it no quantity (一批, 三次:
  ``prose_values.chinese_unit_states``; a plain count's unit, 两个, is kept for a count told
  last, ``prose_values.countable_last``), a Chinese numeral before a unit of time or events (十年), a
  year (2020年) — unless a slash may follow that unit (次/年 is a rate).
"""

from __future__ import annotations

from functools import cache

from planwatch.core.numerals import CHARS
from planwatch.core.units import UnitInfo, longest_unit_form, unit_lead_characters
from planwatch.extract.numbers import NumberRow
from planwatch.extract.prose_units import bare_growth, index_before
from planwatch.extract.prose_values import RATIO_COLONS, chinese_unit_states, countable_last

# What else can follow a number that is a value: 多/余 (2万多名), a bracket ((5000)亩), a
# range's dash or 至 (6%-7%) and a ratio's colon.
_NEXT = frozenset("多余)）-—–~～至到" + RATIO_COLONS)
# What joins a list whose bare member borrows the next one's unit (2.1、0.4个百分点).
_LIST_JOIN = "、和及 "
# The spaces a unit may stand after (as ``match_unit_at`` skips them, three at most).
_SPACES = " \u3000\u00a0"
# What a number may start with (a list member borrowing the next one's unit: 5 6个).
_NUMERAL_START = frozenset("0123456789０１２３４５６７８９+-－" + CHARS)


def _small_chinese(info: UnitInfo) -> bool:
    """Whether the unit lets a Chinese numeral under ten state a quantity (三万人, 两倍), or a
    count told last (储能电站两座。: ``prose_values.countable_last``)."""
    return chinese_unit_states(info, small=True) or countable_last(info)


def _chinese(info: UnitInfo) -> bool:
    """Whether the unit lets a Chinese numeral state a quantity at all (not 十年, 三次)."""
    return chinese_unit_states(info, small=False)


def _not_years(info: UnitInfo) -> bool:
    """Whether the unit lets a number of 1900 or more state a quantity (not 2020年)."""
    return info.dimension not in ("years", "return_period")  # (nor 2020年一遇)


@cache
def _lead_sets() -> tuple[frozenset[str], ...]:
    """The characters after a number that keep it: any number, a Chinese numeral under
    ten, any other Chinese numeral, an Arabic number of 1900 or more."""
    sets = (unit_lead_characters(k) for k in (None, _small_chinese, _chinese, _not_years))
    return tuple((lead - frozenset(_SPACES)) | _NEXT for lead in sets)


def _slash_near(view: str, ne: int) -> bool:
    """Whether a slash may follow the unit after ``ne`` (making a rate of it: 次/年)."""
    tail = view[ne : ne + longest_unit_form() + 4]
    return "/" in tail or "／" in tail or tail[-1:] in " \u3000"


def _kept_over_spaces(view: str, ne: int, lead: frozenset[str]) -> bool:
    """After a number followed by white space: whether a range may go on after it (6% 至
    7%, even over a line end), a list borrow its unit (5 6个: members a space apart) or a
    unit in ``lead`` follow the spaces a unit may stand after."""
    rest = view[ne : ne + 64]
    after = rest.lstrip()
    if not after or after[0] in _NEXT:
        return True
    if _borrows(rest):
        return True
    unit_at = rest.lstrip(_SPACES)
    return len(rest) - len(unit_at) <= 3 and unit_at[:1] in lead


def _borrows(rest: str) -> bool:
    """Whether a bare number followed by ``rest`` may borrow the unit of a list member
    right after it (2.1、0.4个百分点, 5 6个)."""
    return rest[:1] in _LIST_JOIN and rest.lstrip(_LIST_JOIN)[:1] in _NUMERAL_START


def maybe_values(view: str, numbers: list[NumberRow]) -> list[bool]:
    """For each number (a row of :func:`~.numbers.scan_numbers`), whether it can be a value:
    False only where :func:`~.prose_values.sentence_values` surely takes none there (see the
    module)."""
    any_lead, small_cn, cn, late = _lead_sets()
    out = []
    for ns, ne, value, _raw, chinese in numbers:
        if chinese:
            lead = small_cn if value < 10 else cn
            by_dimension = value >= 10  # (under ten a rate, 次/年, is no quantity either)
        else:
            by_dimension = value >= 1900
            lead = late if by_dimension else any_lead
        c = view[ne : ne + 1]
        kept = (
            not c
            or c in lead
            or c.isspace()
            and _kept_over_spaces(view, ne, lead)
            or c in _LIST_JOIN
            and _borrows(view[ne : ne + 64])
        )
        if not kept and by_dimension:
            kept = _slash_near(view, ne)  # a unit ruled out by its dimension may be a rate's
        if not kept and not chinese and value < 1000:
            # (A bare number after an index's name: 价格指数为102.5. The 30 characters
            # before it hold any sentence's stretch of them, so a match there is kept.)
            kept = index_before(view, 0, ns) or bare_growth(view, ns, ne)
        out.append(kept)
    return out
