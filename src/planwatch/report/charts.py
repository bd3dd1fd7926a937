"""Charts of one target: the trajectory the plan implies against the figures reported.

:func:`indicator_chart` returns a Plotly figure as a plain dict (``data`` +
``layout``), so the HTML report, the web app and a notebook can all draw it
without this module importing plotly.
"""

from __future__ import annotations

from typing import Any

from planwatch.evaluate.model import Status, TargetEvaluation
from planwatch.evaluate.rules import GEOMETRIC_UNITS, interpolate

STATUS_COLOURS = {
    Status.ON_TRACK: "#2e7d32",
    Status.ACHIEVED_EARLY: "#1565c0",
    Status.MET: "#2e7d32",
    Status.BEHIND: "#e65100",
    Status.MISSED: "#c62828",
    Status.NO_DATA: "#757575",
}


def indicator_chart(row: TargetEvaluation) -> dict[str, Any]:
    """Target trajectory (base year → target year) against actuals, as a Plotly dict.

    Growth targets are drawn as an index (base year = 100) built from the target
    rate and from the reported yearly rates; level targets in their unit.
    """
    title = f"{row.indicator}（{row.status.label_zh}）"
    colour = STATUS_COLOURS[row.status]
    data: list[dict[str, Any]] = []
    y_title = row.unit or ""
    if row.measure == "growth" and row.base_year and row.target_year:
        years = list(range(row.base_year, row.target_year + 1))
        g = row.target_value / 100
        data.append(
            _line(
                "目标轨迹",
                years,
                [100 * (1 + g) ** (y - row.base_year) for y in years],
                "#9e9e9e",
                dash="dash",
            )
        )
        actual_years = [a.year for a in row.actuals if a.year is not None]
        if actual_years and row.realised_growth is not None:
            idx, xs, ys = 100.0, [row.base_year], [100.0]
            rates = {a.year: a.value for a in row.actuals if a.measure.value == "growth"}
            for y in range(row.base_year + 1, max(actual_years) + 1):
                # A year without a reported rate is drawn at the realised average.
                r = rates.get(y, row.realised_growth)
                idx *= 1 + r / 100
                xs.append(y)
                ys.append(idx)
            data.append(_line("实际", xs, ys, colour, mode="lines+markers"))
        y_title = f"指数（{row.base_year}年=100）"
    elif row.target_year:
        target = row.target_value
        if row.base is not None and row.base_year:
            b = row.base_value or 0.0
            years = list(range(row.base_year, row.target_year + 1))
            geometric = (row.unit or "") in GEOMETRIC_UNITS
            span = row.target_year - row.base_year or 1
            vals = [
                interpolate(b, target, (y - row.base_year) / span, geometric=geometric)
                for y in years
            ]
            data.append(_line("目标轨迹", years, vals, "#9e9e9e", dash="dash"))
        else:
            data.append(_line("目标", [row.target_year], [target], "#9e9e9e", mode="markers"))
        pts = [(row.base_year, row.base_value)] if row.base is not None else []
        pts += [(a.year, a.comparable_value) for a in row.actuals if a.measure.value == row.measure]
        if pts:
            data.append(
                _line(
                    "实际", [p[0] for p in pts], [p[1] for p in pts], colour, mode="lines+markers"
                )
            )
    layout = {
        "title": {"text": title},
        "xaxis": {"title": {"text": "年份"}, "dtick": 1},
        "yaxis": {"title": {"text": y_title}},
        "height": 320,
        "margin": {"l": 60, "r": 20, "t": 50, "b": 40},
        "legend": {"orientation": "h"},
    }
    return {"data": data, "layout": layout}


def _line(
    name: str, x: list, y: list, colour: str, *, dash: str | None = None, mode: str = "lines"
) -> dict[str, Any]:
    line: dict[str, Any] = {"color": colour}
    if dash:
        line["dash"] = dash
    return {
        "type": "scatter",
        "mode": mode,
        "name": name,
        "x": x,
        "y": y,
        "line": line,
        "marker": {"color": colour},
    }


def chartable(row: TargetEvaluation) -> bool:
    """Whether a chart says anything: a trajectory with at least a target year."""
    return row.target_year is not None and (
        row.base is not None or bool(row.actuals) or row.measure == "growth"
    )
