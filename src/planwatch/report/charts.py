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
    Status.AHEAD: "#1b5e20",
    Status.ACHIEVED_EARLY: "#1565c0",
    Status.MET: "#2e7d32",
    Status.BEHIND: "#e65100",
    Status.MISSED: "#c62828",
    Status.NO_DATA: "#757575",
}


def indicator_chart(row: TargetEvaluation) -> dict[str, Any]:
    """Target trajectory (base year → target year) against actuals, as a Plotly dict.

    Growth targets are drawn as an index (base year = 100) built from the target
    rate and from the reported yearly rates; reductions as an index falling along
    the real target path ``(1 − D)^(k/n)``; level targets in their unit. A year
    with no reported figure that the judgement assumed is never drawn as a reported
    point: it is a hollow marker on a dashed line, labelled 假设.
    """
    title = f"{row.indicator}（{row.status.label_zh}）"
    colour = STATUS_COLOURS[row.status]
    data: list[dict[str, Any]] = []
    y_title = row.unit or ""
    if row.kind == "reduction" and row.base_year and row.target_year:
        data += _reduction_traces(row, colour)
        y_title = f"指数（{row.base_year}年=100）"
    elif row.measure == "growth" and row.base_year and row.target_year:
        years = list(range(row.base_year, row.target_year + 1))
        g = row.target_value / 100
        path = [100 * (1 + g) ** (y - row.base_year) for y in years]
        data.append(_line("目标轨迹", years, path, "#9e9e9e", dash="dash"))
        rates = dict(row.yearly) or {
            a.year: a.value for a in row.actuals if a.measure.value == "growth"
        }
        if rates and row.realised_growth is not None:
            idx, pts = 100.0, [(row.base_year, 100.0, False)]
            for y in range(row.base_year + 1, max(rates) + 1):
                # A year without a reported rate is assumed at the realised average.
                idx *= 1 + rates.get(y, row.realised_growth) / 100
                pts.append((y, idx, y not in rates))
            data += _actual_traces(pts, colour)
        y_title = f"指数（{row.base_year}年=100）"
    elif row.target_year:
        data += _level_traces(row, colour)
    layout = {
        "title": {"text": title},
        "xaxis": {"title": {"text": "年份"}, "dtick": 1},
        "yaxis": {"title": {"text": y_title}},
        "height": 320,
        "margin": {"l": 60, "r": 20, "t": 50, "b": 40},
        "legend": {"orientation": "h"},
    }
    return {"data": data, "layout": layout}


def _level_traces(row: TargetEvaluation, colour: str) -> list[dict[str, Any]]:
    out = []
    target = row.target_value
    if row.kind == "change" and row.base is not None:
        target += row.base_value or 0.0  # 提高1岁 from 81.5: the path ends at 82.5
    if row.base is not None and row.base_year and row.target_year:
        b = row.base_value or 0.0
        years = list(range(row.base_year, row.target_year + 1))
        geometric = (row.unit or "") in GEOMETRIC_UNITS
        span = row.target_year - row.base_year or 1
        vals = [
            interpolate(b, target, (y - row.base_year) / span, geometric=geometric) for y in years
        ]
        out.append(_line("目标轨迹", years, vals, "#9e9e9e", dash="dash"))
    else:
        out.append(_line("目标", [row.target_year], [target], "#9e9e9e", mode="markers"))
    pts = [(row.base_year, row.base_value, False)] if row.base is not None else []
    shown = dict(row.yearly) or {
        a.year: a.comparable_value for a in row.actuals if a.measure.value == row.measure
    }
    pts += [(y, v, False) for y, v in sorted(shown.items())]
    return out + (_actual_traces(pts, colour) if pts else [])


def _reduction_traces(row: TargetEvaluation, colour: str) -> list[dict[str, Any]]:
    """Reductions: an index (base = 100) falling along the target path and the falls."""
    base, end = row.base_year or 0, row.target_year or 0
    goal = row.target_value / 100
    years = list(range(base, end + 1))
    span = end - base or 1
    path = [100 * (1 - goal) ** ((y - base) / span) for y in years]
    out = [_line("目标轨迹", years, path, "#9e9e9e", dash="dash")]
    falls = dict(row.yearly)
    if falls:
        idx, pts = 100.0, [(base, 100.0, False)]
        for y in range(base + 1, max(falls) + 1):
            assumed = y not in falls
            idx *= 1 - (falls.get(y, row.realised_growth or 0.0)) / 100
            pts.append((y, idx, assumed))
        out += _actual_traces(pts, colour)
    return out


def _actual_traces(pts: list[tuple], colour: str) -> list[dict[str, Any]]:
    """Reported points as a solid line; assumed ones hollow on a dashed line, labelled."""
    xs = [p[0] for p in pts]
    solid = [None if p[2] else p[1] for p in pts]
    traces = [_line("实际", xs, solid, colour, mode="lines+markers")]
    if any(p[2] for p in pts):
        ax, ay, symbols, labels = [], [], [], []
        for i, (x, y, assumed) in enumerate(pts):
            near = assumed or (i > 0 and pts[i - 1][2]) or (i + 1 < len(pts) and pts[i + 1][2])
            ax.append(x)
            ay.append(y if near else None)
            symbols.append("circle-open" if assumed else "circle")
            labels.append("假设" if assumed else "")
        t = _line("假设值（未公布）", ax, ay, colour, dash="dot", mode="lines+markers+text")
        t["marker"] = {"color": colour, "symbol": symbols, "size": 9}
        t["text"] = labels
        t["textposition"] = "top center"
        t["connectgaps"] = False
        traces.append(t)
    return traces


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
    """Whether a chart says anything: a trajectory with at least a target year (a target
    in words has no trajectory to draw)."""
    return (
        row.target_year is not None
        and not row.qualitative
        and (row.base is not None or bool(row.actuals) or row.measure == "growth")
    )
