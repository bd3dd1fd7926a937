"""Five-year plan periods: the Nth plan's years and its name (十三五 = 2016-2020).

Nothing in planwatch assumes 2020 and 2025: every plan period comes from the
text through these functions. The 1st plan ran 1953-1957 and the 2nd
1958-1962; 1963-1965 were years of readjustment, and from the 3rd plan (1966)
on the plans follow each other every five years: 十三五 2016-2020, 十四五
2021-2025, 十五五 2026-2030.
"""

from __future__ import annotations

FIRST_PLAN_START = 1953
THIRD_PLAN_START = 1966

_DIGITS = "〇一二三四五六七八九"
_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9}  # fmt: skip


def plan_years(n: int) -> tuple[int, int]:
    """First and last year of the Nth five-year plan (13 -> (2016, 2020))."""
    if n <= 2:
        start = FIRST_PLAN_START + 5 * (n - 1)
    else:
        start = THIRD_PLAN_START + 5 * (n - 3)
    return start, start + 4


def plan_number(start_year: int) -> int | None:
    """Which plan starts in ``start_year`` (2021 -> 14); None if no plan starts then."""
    for n in (1, 2):
        if plan_years(n)[0] == start_year:
            return n
    if start_year >= THIRD_PLAN_START and (start_year - THIRD_PLAN_START) % 5 == 0:
        return (start_year - THIRD_PLAN_START) // 5 + 3
    return None


def numeral_value(numeral: str) -> int | None:
    """A Chinese numeral up to 九十九 (十四 -> 14, 二十 -> 20); None if it is not one."""
    if not numeral:
        return None
    if numeral == "十":
        return 10
    if len(numeral) == 1:
        return _VALUE.get(numeral)
    if numeral[0] == "十" and len(numeral) == 2:
        unit = _VALUE.get(numeral[1])
        return 10 + unit if unit else None
    if len(numeral) in (2, 3) and numeral[1] == "十":
        tens = _VALUE.get(numeral[0])
        unit = _VALUE.get(numeral[2]) if len(numeral) == 3 else 0
        return tens * 10 + unit if tens and unit is not None else None
    return None


def plan_named(name: str) -> tuple[int, int] | None:
    """Years of a plan named like 十三五 / “十四五” / 十五五 (the numeral before 五)."""
    name = name.strip("“”\"‘’「」 \u3000")
    for suffix in ("时期", "期间", "规划"):
        name = name.removesuffix(suffix)
    if len(name) < 2 or not name.endswith("五"):
        return None
    n = numeral_value(name[:-1])
    return plan_years(n) if n else None


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
