"""The annex a planning bureau hands in with a 规划实施中期评估报告, as plain values.

:func:`annex_header` and :func:`annex_rows` give the main-indicator table
(序号, 指标, 属性, 单位, 基期, 目标, each year's actual, 进度, 评价, 尚需, 预计);
:func:`summary_paragraph` the officials' paragraph by category; :func:`lagging`
the behind-schedule indicators with their figures and the reasons the documents
give. HTML, Markdown and XLSX all draw from here, so they say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from planwatch.evaluate.model import AreaEvaluation, Status, Summary, TargetEvaluation
from planwatch.evaluate.rules import GEOMETRIC_UNITS, fmt_num, fmt_pct
from planwatch.report.view import target_text

BINDING_ZH = {"expected": "预期性", "binding": "约束性"}
NUMBER_PLACES = 2  # figures in the annex are rounded to two decimals, as tables print them


def year_columns(ev: AreaEvaluation) -> list[int]:
    """The years after the plan's base up to the as-of year (2021, 2022 …)."""
    rows = ev.headline_rows
    firsts = [r.base_year + 1 for r in rows if r.base_year is not None]
    if ev.plan is not None and ev.plan.period_start:
        firsts.append(ev.plan.period_start)
    years = {y for r in rows for y, _ in r.yearly}
    first = min(firsts + list(years)) if firsts or years else None
    last = ev.as_of or (max(years) if years else None)
    if first is None or last is None or last < first:
        return sorted(years)
    return list(range(first, last + 1))


def annex_header(ev: AreaEvaluation) -> list[str]:
    base = _common(r.base_year for r in ev.headline_rows)
    target = _common(r.target_year for r in ev.headline_rows)
    return [
        "序号",
        "指标",
        "属性",
        "单位",
        f"{base}年基期值" if base else "基期值",
        f"{target}年目标" if target else "目标",
        *(f"{y}年" for y in year_columns(ev)),
        "进度",
        "评价",
        "尚需",
        f"{target}年预计" if target else "目标年预计",
    ]


def annex_order(ev: AreaEvaluation) -> list[TargetEvaluation]:
    """The plan's targets in the plan's own order (its indicator table), then the others."""
    plan_id = ev.plan.id if ev.plan is not None else None

    def key(row: TargetEvaluation) -> tuple[bool, int]:
        # A revised target keeps the place of the plan's statement it replaced.
        for role in ("target", "superseded", "alternative"):
            own = [s.start for s in row.sources if s.role == role and s.doc_id == plan_id]
            if own:
                return (False, min(own))
        return (True, 0)

    return sorted(ev.headline_rows, key=key)


def annex_rows(ev: AreaEvaluation, *, numeric: bool = False) -> list[list[object]]:
    """One row per plan target. ``numeric``: year figures as rounded numbers (XLSX)."""
    years = year_columns(ev)
    out = []
    for n, row in enumerate(annex_order(ev), 1):
        by_year = dict(row.yearly)
        cells = [_year_cell(row, by_year.get(y), numeric) for y in years]
        base = row.base_value
        out.append(
            [
                n,
                row.indicator,
                BINDING_ZH.get(row.binding or "", ""),
                _unit(row),
                (_round(base) if numeric else fmt_num(_round(base))) if base is not None else "",
                target_text(row),
                *cells,
                progress_cell(row),
                row.status.label_zh,
                needed_cell(row),
                projection_cell(row),
            ]
        )
    return out


def _common(values) -> int | None:
    """The one year all rows share (2020 as base), else None."""
    found = {v for v in values if v is not None}
    return found.pop() if len(found) == 1 else None


def _unit(row: TargetEvaluation) -> str:
    if row.kind == "reduction" or row.measure == "growth":
        return "%"
    return row.unit or ""


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, NUMBER_PLACES)


def _year_cell(row: TargetEvaluation, value: float | None, numeric: bool) -> object:
    if value is None:
        return None if numeric else ""
    if numeric:
        return _round(value)
    if row.kind == "reduction":
        return f"下降{fmt_pct(value)}"
    if row.measure == "growth" or row.kind == "average_growth":
        return f"增长{fmt_pct(value)}" if value >= 0 else f"下降{fmt_pct(-value)}"
    return fmt_num(_round(value))


def progress_cell(row: TargetEvaluation) -> str:
    """Realised average growth, or progress against time elapsed."""
    if row.kind == "average_growth" and row.realised_growth is not None:
        return f"年均增长{fmt_pct(row.realised_growth)}"
    if row.actual_progress is not None and row.expected_progress is not None:
        return f"{row.actual_progress:.0%}（时间进度{row.expected_progress:.0%}）"
    return ""


def needed_cell(row: TargetEvaluation) -> str:
    """What the remaining years must still deliver."""
    if row.status in (Status.ACHIEVED_EARLY, Status.MET):
        return ""
    if row.needed_growth is None:
        return _needed_level(row)
    if row.kind == "reduction":
        return f"年均下降{fmt_pct(row.needed_growth)}"
    return f"年均增长{fmt_pct(row.needed_growth)}"


def _needed_level(row: TargetEvaluation) -> str:
    """A level or change target not yet reached: the yearly step still needed from the
    latest figure — growth for money and output (geometric), else a step in the unit
    (a share in 个百分点)."""
    latest = row.latest_actual
    if row.kind not in ("level", "change") or latest is None or row.target_year is None:
        return ""
    left = row.target_year - (latest.year or row.target_year)
    goal = row.target_value
    if row.kind == "change":
        if row.base_value is None:
            return ""
        goal += row.base_value
    value = latest.comparable_value
    if left <= 0 or goal == value:
        return ""
    if (row.unit or "") in GEOMETRIC_UNITS and value > 0 and goal > 0:
        return f"年均增长{fmt_pct(((goal / value) ** (1 / left) - 1) * 100)}"
    step = (goal - value) / left
    unit = "个百分点" if row.unit == "%" else (row.unit or "")
    verb = "提高" if step > 0 else "降低"
    return f"每年{verb}{fmt_num(round(abs(step), NUMBER_PLACES))}{unit}"


def projection_cell(row: TargetEvaluation) -> str:
    """The value expected in the target year at the realised pace, and its verdict."""
    if row.projected is None:
        return ""
    if row.kind == "reduction":
        value = f"累计下降{fmt_pct(row.projected)}"
    elif row.kind == "average_growth":
        value = f"年均增长{fmt_pct(row.projected)}"
    elif row.kind == "change" and row.base_value is not None:
        # The change projected, shown as the level it reaches (81.5 + 1.12 → 82.62).
        value = fmt_num(_round(row.base_value + row.projected))
    else:
        value = fmt_num(_round(row.projected))
    verdict = (
        "" if row.projected_meets is None else ("，可实现" if row.projected_meets else "，难以实现")
    )
    return value + verdict


# ---- the words around the table ---------------------------------------------


def _counts(s: Summary) -> str:
    parts = []
    if s.achieved_early:
        parts.append(f"{s.achieved_early}项提前实现")
    if s.ahead + s.on_track:
        parts.append(f"{s.ahead + s.on_track}项快于或基本符合预期")
    if s.met:
        parts.append(f"{s.met}项完成")
    if s.behind:
        parts.append(f"{s.behind}项滞后")
    if s.missed:
        parts.append(f"{s.missed}项未完成")
    if s.no_data:
        parts.append(f"{s.no_data}项暂无数据")
    return "，".join(parts)


def summary_paragraph(ev: AreaEvaluation) -> str:
    """The paragraph officials write: overall, then by category, in their wording."""
    s = ev.summary
    if s.total == 0:
        return "暂无可评估的主要指标。"
    when = f"截至{ev.as_of}年，" if ev.as_of else ""
    text = f"{when}规划确定的{s.total}项主要指标中，{_counts(s)}。"
    parts = [
        f"{cat}类{c.total}项指标中，{_counts(c)}" for cat, c in ev.by_category().items() if c.total
    ]
    if parts:
        text += "分领域看，" + "；".join(parts) + "。"
    behind = [r.indicator for r in ev.headline_rows if r.status == Status.BEHIND]
    if behind:
        text += f"{'、'.join(behind)}等指标进度滞后，需在后半程加快推进。"
    return text


@dataclass(frozen=True, slots=True)
class Lagging:
    """One behind-schedule indicator: its figures and the documents' reasons."""

    indicator: str
    figures: str
    reasons: tuple[str, ...]


def lagging(ev: AreaEvaluation) -> list[Lagging]:
    out = []
    for row in ev.behind:
        figures = row.explanation
        need = needed_cell(row)
        if need and "需" not in figures:
            figures += f"；剩余年份需{need}"
        reasons = tuple(f"{r.quote}（{r.doc}）" for r in row.reasons)
        # A one-year target missed is told apart from the plan's target of the same name.
        name = f"{row.indicator}（{row.target_year}年年度目标）" if row.scope == "annual" else ""
        out.append(Lagging(name or row.indicator, figures, reasons))
    return out
