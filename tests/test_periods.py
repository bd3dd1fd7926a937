"""Plan periods come from the text, for any plan: 十三五, 十四五, 十五五 and earlier ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planwatch.core.numerals import small_int
from planwatch.core.periods import plan_label, plan_named, plan_number, plan_years


@pytest.mark.parametrize(
    ("name", "years"),
    [
        ("十三五", (2016, 2020)),
        ("“十四五”", (2021, 2025)),
        ("十五五", (2026, 2030)),
        ("十四五时期", (2021, 2025)),
        ("九五", (1996, 2000)),
        ("三五", (1966, 1970)),
        ("十二五规划", (2011, 2015)),
    ],
)
def test_named_plans(name, years):
    assert plan_named(name) == years


def test_first_plans_and_the_gap_before_the_third():
    assert plan_years(1) == (1953, 1957)
    assert plan_years(2) == (1958, 1962)
    assert plan_years(3) == (1966, 1970)
    assert plan_number(1963) is None and plan_number(2022) is None


@given(st.integers(min_value=1, max_value=30))
def test_label_and_years_round_trip(n):
    start, end = plan_years(n)
    assert end - start == 4
    assert plan_number(start) == n
    assert plan_named(plan_label(start)) == (start, end)


def test_not_plans():
    for word in ("五", "百五", "十", "五五五", ""):
        assert plan_named(word) is None
    assert small_int("二十三") == 23 and small_int("九十九") == 99 and small_int("14") == 14
    assert small_int("二〇二一") == 2021 and small_int("二O二一") == 2021
    assert small_int("O") is None and small_int("一点") is None
