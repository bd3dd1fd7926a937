"""Honest charts: a value that was not reported is drawn so that nobody takes it for one.

The report's growth chart (:func:`planwatch.report.charts.indicator_chart`)
builds an index from the reported yearly rates; a year whose rate was not
reported is carried at the realised average, as the row's own text says. On
the web those points are drawn hollow, joined by a dashed line and labelled
"假设" (assumed) with the rate used, while the reported points stay filled —
the same figure, told apart.
"""

from __future__ import annotations

import copy
from typing import Any

ASSUMED_NAME = "假设值（未公布，按已实现年均增速）"


def assumed_years(row: Any) -> set[int]:
    """Years the chart's actual line passes through without a reported rate (growth rows)."""
    if row.measure != "growth" or row.base_year is None or row.realised_growth is None:
        return set()
    reported = {a.year for a in row.actuals if a.year is not None and a.measure.value == "growth"}
    if not reported:
        return set()
    return set(range(row.base_year + 1, max(reported) + 1)) - reported


def mark_assumed(figure: dict[str, Any], row: Any) -> dict[str, Any]:
    """``figure`` with the assumed points of its actual line hollow, dashed and labelled."""
    years = assumed_years(row)
    if not years:
        return figure
    fig = copy.deepcopy(figure)
    extra = []
    for trace in fig.get("data", []):
        xs = trace.get("x") or []
        if "markers" not in str(trace.get("mode", "")) or not years & set(xs):
            continue
        flags = [x in years for x in xs]
        marker = trace.setdefault("marker", {})
        marker["symbol"] = ["circle-open" if f else "circle" for f in flags]
        marker["size"] = [11 if f else 8 for f in flags]
        label = f"假设：未公布，按年均{row.realised_growth:.1f}%"
        trace["hovertext"] = [label if f else "公布值" for f in flags]
        # Segments touching an assumed point dotted, the others solid; points on top.
        solid_x: list[Any] = []
        solid_y: list[Any] = []
        dot_x: list[Any] = []
        dot_y: list[Any] = []
        for i in range(1, len(xs)):
            seg_x, seg_y = (dot_x, dot_y) if flags[i] or flags[i - 1] else (solid_x, solid_y)
            seg_x += [xs[i - 1], xs[i], None]
            seg_y += [trace["y"][i - 1], trace["y"][i], None]
        colour = (trace.get("line") or {}).get("color", "#757575")
        trace["mode"] = "markers"
        extra.append(_segments("实际", solid_x, solid_y, colour, None, legend=False))
        extra.append(_segments(ASSUMED_NAME, dot_x, dot_y, colour, "dot", legend=True))
        extra.append(
            {
                "type": "scatter",
                "mode": "text",
                "showlegend": False,
                "x": [x for x, f in zip(xs, flags, strict=True) if f],
                "y": [y for y, f in zip(trace["y"], flags, strict=True) if f],
                "text": ["假设"] * sum(flags),
                "textposition": "top center",
                "hoverinfo": "skip",
            }
        )
    fig["data"] = fig.get("data", []) + extra
    return fig


def _segments(name: str, x: list, y: list, colour: str, dash: str | None, *, legend: bool) -> dict:
    line: dict[str, Any] = {"color": colour, "width": 2}
    if dash:
        line["dash"] = dash
    return {
        "type": "scatter",
        "mode": "lines",
        "name": name,
        "x": x,
        "y": y,
        "line": line,
        "showlegend": legend,
        "hoverinfo": "skip",
    }


__all__ = ["ASSUMED_NAME", "assumed_years", "mark_assumed"]
