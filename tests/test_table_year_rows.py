"""extract.table_year_rows: a series with one row a year and one column an indicator."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.extract.table_year_rows import find_year_rows
from readhelp import analysed

_SERIES = (
    "表3-1 历年户数和人口\n单位:万户,万人\n年份 总户数 总人口 其中\n按性别分\n男性 女性\n"
    "2016 61.20 182.35 92.11 90.24\n2017 61.95 183.02 92.40 90.62\n"
    "2018 62.41 183.90 92.83 91.07\n2019 63.08 184.47 93.05 91.42\n"
    "2020 63.77 185.16 93.37 91.79\n"
)


def test_the_header_s_names_and_the_units_line_up_with_the_figures():
    (rows,) = find_year_rows(_SERIES)
    assert rows.names == ("总户数", "总人口", "男性", "女性")
    assert rows.units == ("万户", "万人", "万人", "万人")
    assert len(rows.rows) == 5


def test_each_figure_is_its_year_s_result_in_its_column_s_unit():
    _, got = analysed("s.txt", _SERIES)
    assert got["61.20"].year == 2016 and got["61.20"].unit == "万户"
    assert got["185.16"].year == 2020 and got["185.16"].indicator == "总人口"
    assert got["91.79"].kind is Kind.ACTUAL and got["91.79"].unit == "万人"


def test_rows_of_years_without_a_header_of_as_many_names_are_no_table():
    text = (
        "历年情况\n甲 乙\n2016 1.2 3.4 5.6\n2017 1.3 3.5 5.7\n2018 1.4 3.6 5.8\n2019 1.5 3.7 5.9\n"
    )
    assert find_year_rows(text) == []


def test_three_rows_are_no_series():
    assert find_year_rows(_SERIES.replace("2019 63.08 184.47 93.05 91.42\n2020", "x\n2020")) == []
