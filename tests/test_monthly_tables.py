"""A statistical bureau's monthly table of main indicators (统计月报 / 主要经济指标), composed
here in the style of county and prefecture bureaus' pages (the cells are this file's own):
a header 指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) (or 1—本月 | 同比增长),
flattened one cell a line or pipe-parted. Every column is a result of the page's year: the
month's and the year-so-far amounts are levels in the row's unit, the growth columns are
growths; 本月 and 1-本月 head columns of their own, no group over the growth beside them.
"""

from __future__ import annotations

import pytest

from planwatch.pipeline import analyse_text

_HEAD = "某县统计局\n统计月报\n2024年8月全县主要经济指标\n发布时间：2024-09-18\n"
_END = "注：“—”表示无此项数据。\n"
_ROWS = [
    ["工业总产值(亿元)", "21.63", "6.4", "173.52", "8.7"],
    ["社会消费品零售总额(亿元)", "9.48", "4.2", "77.36", "5.3"],
    ["一般公共预算收入(亿元)", "0.87", "-3.1", "8.62", "2.9"],
]
_WANT = {
    21.63: ("actual", "level", 2024, "亿元"),
    6.4: ("actual", "growth", 2024, "%"),
    173.52: ("actual", "level", 2024, "亿元"),
    8.7: ("actual", "growth", 2024, "%"),
    77.36: ("actual", "level", 2024, "亿元"),
    -3.1: ("actual", "growth", 2024, "%"),
    8.62: ("actual", "level", 2024, "亿元"),
}


def _page(header: list[str], layout: str) -> str:
    if layout == "lines":
        body = "\n".join([*header, *(c for r in _ROWS for c in r)]) + "\n"
    else:
        body = "".join("| " + " | ".join(r) + " |\n" for r in [header, *_ROWS])
    return _HEAD + body + _END


@pytest.mark.parametrize("layout", ["lines", "pipes"])
@pytest.mark.parametrize(
    "header",
    [
        ["指标", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)"],
        ["指标名称", "本月", "同比增长(%)", "1—本月", "比上年同期增长(%)"],
    ],
)
def test_monthly_table_columns(header: list[str], layout: str) -> None:
    facts = {
        f.value: (f.kind.value, f.measure.value, f.year, f.unit)
        for f in analyse_text("t.txt", _page(header, layout)).facts
    }
    for value, want in _WANT.items():
        assert facts.get(value) == want, (value, facts.get(value))


def test_growth_only_rows_in_percent() -> None:
    """A row whose unit is % names an amount the bureau publishes as a growth alone (its
    month and year-so-far cells a dash): its figures are growths, even under the growth
    columns; a rate's row in % (城镇调查失业率(%)) keeps its figures as levels."""
    rows = [
        ["规模以上工业增加值(%)", "—", "5.8", "—", "6.7"],
        ["固定资产投资(%)", "—", "—", "—", "-2.4"],
        ["城镇调查失业率(%)", "4.9", "—", "5.1", "—"],
    ]
    header = ["指标", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)"]
    body = "\n".join([*header, *(c for r in rows for c in r)]) + "\n"
    facts = {
        f.value: (f.kind.value, f.measure.value, f.year)
        for f in analyse_text("t.txt", _HEAD + body + _END).facts
    }
    assert facts.get(5.8) == ("actual", "growth", 2024)
    assert facts.get(6.7) == ("actual", "growth", 2024)
    assert facts.get(-2.4) == ("actual", "growth", 2024)
    assert facts.get(4.9) == ("actual", "level", 2024)
    assert facts.get(5.1) == ("actual", "level", 2024)
