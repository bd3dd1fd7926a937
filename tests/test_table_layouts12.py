"""Table forms of plan evaluations (round 20, issue 10), composed here in the style of a
city's evaluation of its transport plan (the cells are this file's own):

* a spaced header two lines high whose lower line is set in but stands under no cell of
  the upper line (a text layer that lost the columns' widths): the lower line's kind and
  verdict words (基期值 目标值 完成值 结论) are the lower halves of the upper line's last
  value and status columns, in order;
* the same header printed with its columns in place: each lower half joins the cell it
  stands under, as before.
"""

from __future__ import annotations

from planwatch.extract.table_find import find_text_tables
from planwatch.pipeline import analyse_text

_HEAD = "某市“十四五”交通运输发展规划中期评估报告\n一、主要指标总体进展\n表1　主要指标完成情况\n"
_ROWS = (
    "港口吞吐量　万吨　预期性　812　1050　934　符合预期\n"
    "高速公路通车里程　公里　预期性　306　420　398　快于预期\n"
    "内河高等级航道里程　公里　预期性　96　160　104　滞后\n"
    "二、存在的主要问题\n"
)


def _table(text: str) -> list[str]:
    (block,) = find_text_tables(text)
    return [c.text for c in block.header]


def _years(text: str) -> dict[float, tuple[str, int]]:
    return {f.value: (f.kind.value, f.year) for f in analyse_text("t.txt", text).facts}


def test_a_set_in_lower_line_standing_under_no_cell_joins_in_order():
    text = (
        _HEAD
        + "指标名称　单位　属性　2020年　2025年　2023年　评估\n"
        + "　　　　基期值　目标值　完成值　结论\n"
        + _ROWS
    )
    assert _table(text)[3:] == ["2020年基期值", "2025年目标值", "2023年完成值", "评估结论"]
    years = _years(text)
    assert years[812] == ("actual", 2020)
    assert years[1050] == ("target", 2025)
    assert years[934] == ("actual", 2023)


def test_a_lower_line_standing_under_its_cells_joins_by_place():
    text = (
        _HEAD
        + "指标名称            单位    属性      2020年    2025年    2023年    评估\n"
        + "                                      基期值    目标值    完成值    结论\n"
        + _ROWS.replace("　", "    ")
    )
    years = _years(text)
    assert years[1050] == ("target", 2025)
    assert years[934] == ("actual", 2023)
