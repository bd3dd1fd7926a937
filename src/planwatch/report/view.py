"""What every report format shows, as plain values: one place decides the columns.

The HTML, Markdown and XLSX writers all draw their tables from these functions,
so the three formats say the same thing.
"""

from __future__ import annotations

from typing import Any

from planwatch.evaluate.model import AreaEvaluation, TargetEvaluation
from planwatch.evaluate.rules import fmt_num, fmt_pct

TARGET_COLUMNS = (
    "指标",
    "类别",
    "口径",
    "目标",
    "目标年",
    "基期",
    "最新实际",
    "预期进度",
    "实际进度",
    "已实现年均增速",
    "剩余年份需年均增速",
    "状态",
    "判断依据",
    "说明",
)
MEASURE_ZH = {"level": "总量/水平", "growth": "增速", "change": "累计变化"}
COMPARATOR_ZH = {"eq": "", "ge": "以上", "le": "以内", "approx": "左右"}


def title(ev: AreaEvaluation) -> str:
    plan = f"（{ev.plan.when}规划）" if ev.plan and ev.plan.when else ""
    as_of = f"，截至{ev.as_of}年" if ev.as_of else ""
    return f"{ev.area.name}规划实施评估{plan}{as_of}"


def target_text(row: TargetEvaluation) -> str:
    t = row.target
    unit = row.unit or ""
    if row.qualitative:
        return row.qualitative
    if row.measure == "growth":
        avg = "年均" if row.kind == "average_growth" else ""
        return f"{avg}增长{fmt_pct(row.target_value)}{COMPARATOR_ZH[t.comparator.value]}"
    # Shown in the indicator's unit so base, target and actuals compare; the figure as
    # the document printed it follows when that unit differs (0.55万人（5500人）).
    printed = f"（{fmt_num(t.value, t.unit)}）" if t.unit and t.unit != unit else ""
    if row.measure == "change":
        return f"[{fmt_num(row.target_value)}{unit}]{printed}"
    return f"{fmt_num(row.target_value, unit)}{COMPARATOR_ZH[t.comparator.value]}{printed}"


def base_text(row: TargetEvaluation) -> str:
    if row.base is None:
        return f"{row.base_year}年" if row.base_year else ""
    return f"{row.base_year}年 {fmt_num(row.base_value, row.unit)}"


def latest_text(row: TargetEvaluation) -> str:
    a = row.latest_actual
    if a is None:
        return ""
    v = a.comparable_value
    if row.kind == "reduction":
        return f"{a.year}年 下降{fmt_pct(v)}"  # a reduction's figures are sizes of a fall
    if a.measure.value == "growth":
        return f"{a.year}年 增长{fmt_pct(v)}"
    return f"{a.year}年 {fmt_num(v, a.comparable_unit)}"


def progress_text(x: float | None) -> str:
    return "" if x is None else f"{x:.0%}"


BASIS_ZH = {
    "reported yearly growth rates": "公布的逐年增速",
    "reported average growth over the period": "公布的期内年均增速",
    "nominal levels (no growth rate reported)": "名义总量折算（未公布增速）",
    "geometric trajectory": "按几何插值的进度",
    "linear trajectory": "按线性插值的进度",
    "change against base": "相对基期的变化",
    "sum of yearly amounts": "逐年数量累计",
    "bound on latest actual": "最新值与上下限比较",
    "one-year result": "当年结果",
    "latest actual": "最新值",
    "yearly falls accumulated": "逐年降幅累计",
    "pace of the latest year (base on another basis)": "按最近一年的变化（基期口径不同）",
    "relative": "与对照指标比较",
    "qualitative": "定性目标",
}


def basis_text(row: TargetEvaluation) -> str:
    return BASIS_ZH.get(row.basis, row.basis)


def target_row_values(row: TargetEvaluation) -> list[Any]:
    """One row of the targets table, as display strings (numbers formatted)."""
    return [
        row.indicator,
        row.category,
        MEASURE_ZH.get(row.measure, row.measure),
        target_text(row),
        row.target_year or "",
        base_text(row),
        latest_text(row),
        progress_text(row.expected_progress),
        progress_text(row.actual_progress),
        fmt_pct(row.realised_growth) if row.realised_growth is not None else "",
        fmt_pct(row.needed_growth) if row.needed_growth is not None else "",
        row.status.label_zh,
        basis_text(row),
        row.explanation,
    ]
