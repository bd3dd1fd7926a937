"""Five-year plan periods: the Nth plan's years and its name (十三五 = 2016-2020).

Nothing in planwatch assumes 2020 and 2025: every plan period comes from the
text through these functions. The 1st plan ran 1953-1957 and the 2nd
1958-1962; 1963-1965 were years of readjustment, and from the 3rd plan (1966)
on the plans follow each other every five years: 十三五 2016-2020, 十四五
2021-2025, 十五五 2026-2030.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from planwatch.core.numerals import small_int

FIRST_PLAN_START = 1953
THIRD_PLAN_START = 1966
PLAN_YEARS = 5  # a five-year plan's span of years

_DIGITS = "〇一二三四五六七八九"


def plan_years(n: int) -> tuple[int, int]:
    """First and last year of the Nth five-year plan (13 -> (2016, 2020))."""
    if n <= 2:
        start = FIRST_PLAN_START + PLAN_YEARS * (n - 1)
    else:
        start = THIRD_PLAN_START + PLAN_YEARS * (n - 3)
    return start, start + PLAN_YEARS - 1


def plan_number(start_year: int) -> int | None:
    """Which plan starts in ``start_year`` (2021 -> 14); None if no plan starts then."""
    for n in (1, 2):
        if plan_years(n)[0] == start_year:
            return n
    if start_year >= THIRD_PLAN_START and (start_year - THIRD_PLAN_START) % 5 == 0:
        return (start_year - THIRD_PLAN_START) // 5 + 3
    return None


# Marks a plan's name is quoted in: Chinese quotes in mainland text, corner brackets
# on traditional-script pages (「十四五」以來), straight quotes in converted files.
PLAN_QUOTES = '“”"‘’「」『』'

_NTH_PLAN_RE = re.compile(r"第\s*([一二三四五六七八九十]{1,3})\s*个\s*五\s*年\s*[规计]\s*划")


def plan_named(name: str) -> tuple[int, int] | None:
    """Years of a plan named like 十三五 / “十四五” / 十五五 (the numeral before 五) or
    第十四个五年规划."""
    name = name.strip(PLAN_QUOTES + " \u3000")
    nth = _NTH_PLAN_RE.fullmatch(name)
    if nth:
        n = small_int(nth[1])
        return plan_years(n) if n and n <= 30 else None
    for suffix in ("时期", "期间", "规划"):
        name = name.removesuffix(suffix)
    name = name.strip(PLAN_QUOTES + " \u3000")
    if len(name) < 2 or not name.endswith("五"):
        return None
    n = small_int(name[:-1])
    # Plans are counted, never written digit by digit: 五五 is no 55th plan.
    return plan_years(n) if n and n <= 30 and (len(name) < 3 or "十" in name) else None


def plan_label(start_year: int) -> str | None:
    """The short name of the plan starting in ``start_year`` (2016 -> 十三五)."""
    n = plan_number(start_year)
    if n is None:
        return None
    if n < 10:
        word = _DIGITS[n]
    elif n < 20:
        word = "十" + (_DIGITS[n - 10] if n > 10 else "")
    else:
        word = _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    return word + "五"


# -- plan names in running text ----------------------------------------------------
#
# The one pattern for a five-year plan's name (every stage uses it):
# 第十四个五年规划 (also 计划, 第十三个五年发展规划, and split by spaces or line breaks), 十四五,
# “十四五”, 十五五, and the bare 十五 (2001-2005) and 一五 … 九五 (1953-2000)
# only in quotes or before 规划/计划/时期/期间/末, since 十五 alone is the number
# fifteen (第十五届, 十五年) and 九五 a discount (九五折); nor a legal-education campaign's cycle
# (“八五”普法, 2021-2025: the 普法 campaigns count their own five-year terms).
# (第一个五年规划 is no 一五: that plan was a 计划, as every plan was before 十一五; a 规划 called the
# first is the first of a new stage, 新征程的第一个五年规划, a plan of today.)
_Q = "[“”\"'‘’「」『』]"
_NUMERAL = "[一二三四五六七八九十]"
_DIGIT = "一二三四五六七八九十\\d"  # what may not stand right before a plan's 十
# Every alternative starts with 第 or a numeral (lookbehinds come after), so the
# expression engine skips ahead to those characters instead of trying each one.
_ONE = "[一二三四五六七八九十]五"  # a plan named by one numeral: 一五 … 九五, 十五
PLAN_NAME_PATTERN = (
    rf"第(?!\s*一\s*个\s*五\s*年\s*规)\s*(?P<nth>{_NUMERAL}{{1,3}})\s*个\s*五\s*年\s*(?:发\s*展\s*)?[规计]\s*划"
    rf"|十(?<![第{_DIGIT}]十)\s*(?P<short>[一二三四五六七八九])\s*五"
    rf"(?![年届次个日号条周岁万亿{_DIGIT}])"
    rf"|{_ONE}(?<={_Q}{_ONE})(?=\s*{_Q})(?!\s*{_Q}\s*普法)"
    rf"|{_ONE}(?<=[“\"]\s{_ONE})(?=\s*{_Q})(?!\s*{_Q}\s*普法)"
    rf"|{_ONE}(?<![第{_DIGIT}]{_ONE})(?=\s*(?:规划|计划|时期|期间|期末|末))"
)
PLAN_NAME_RE = re.compile(PLAN_NAME_PATTERN)
# The same pattern without group names, to embed in other expressions (more than once
# in one if need be); :func:`plan_named` reads what it matched.
PLAN_NAME = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", PLAN_NAME_PATTERN) + ")"
# A census named by its ordinal (第六次全国人口普查, 第五次人口普查), to embed where a census
# stands for its year: a base (与…普查时的…相比), a start point (由…普查时的…上升为).
CENSUS_BY_ORDINAL = r"第[一二三四五六七八九十]次[^\d，。；,;的]{0,8}?普查"
# A base year listed before the base year a comparison names (比2020和2019年, 较2019年、2020年),
# optional before that year's pattern: both are the base, the figure keeps its own year (the
# time marks and the cue chain read it alike).
LISTED_BASE_YEAR = r"(?:(?:19|20)\d{2}\s*年?\s*[和、及与]\s*)?"


@dataclass(frozen=True, slots=True)
class PlanMention:
    """A five-year plan named in the text: which plan, its years and where."""

    number: int
    years: tuple[int, int]
    start: int
    end: int


def plan_mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[PlanMention]:
    """Every five-year plan named in ``text[start:end]`` (offsets index ``text``)."""
    for m in PLAN_NAME_RE.finditer(text, start, len(text) if end is None else end):
        if m["nth"]:
            n = small_int(m["nth"].replace(" ", ""))
        elif m["short"]:
            n = small_int("十" + m["short"])
        else:
            n = small_int(m.group()[0])  # 十五, 九五
        if n and n <= 30:
            yield PlanMention(n, plan_years(n), m.start(), m.end())
