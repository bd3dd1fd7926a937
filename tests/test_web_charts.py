"""Honest charts: values nobody reported are drawn hollow, dotted and labelled."""

from __future__ import annotations

from types import SimpleNamespace

from planwatch.evaluate import evaluate_area
from planwatch.report.charts import indicator_chart
from planwatch.web.charts import ASSUMED_NAME, assumed_years, mark_assumed


def _growth(year: int) -> SimpleNamespace:
    return SimpleNamespace(year=year, measure=SimpleNamespace(value="growth"))


def _row(**kw) -> SimpleNamespace:
    base = {"measure": "growth", "base_year": 2020, "realised_growth": 5.0}
    return SimpleNamespace(**{**base, **kw})


def test_years_without_a_reported_rate_are_the_assumed_ones():
    row = _row(actuals=(_growth(2021), _growth(2023)))
    assert assumed_years(row) == {2022}
    assert assumed_years(_row(actuals=(_growth(2021), _growth(2022)))) == set()
    assert assumed_years(_row(measure="level", actuals=(_growth(2023),))) == set()


def test_assumed_points_are_hollow_dotted_and_labelled():
    row = _row(actuals=(_growth(2021), _growth(2023)))
    fig = {
        "data": [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": "实际",
                "x": [2020, 2021, 2022, 2023],
                "y": [100, 105, 110.25, 116],
                "line": {"color": "#e65100"},
                "marker": {"color": "#e65100"},
            }
        ],
        "layout": {},
    }
    out = mark_assumed(fig, row)
    assert fig["data"][0]["mode"] == "lines+markers"  # the input is left as it was
    points = out["data"][0]
    assert points["mode"] == "markers"
    assert points["marker"]["symbol"] == ["circle", "circle", "circle-open", "circle"]
    assert "假设" in points["hovertext"][2] and "5.0%" in points["hovertext"][2]
    solid = next(t for t in out["data"] if t.get("mode") == "lines" and t["name"] == "实际")
    dotted = next(t for t in out["data"] if t.get("name") == ASSUMED_NAME)
    assert solid["x"] == [2020, 2021, None]
    assert dotted["x"] == [2021, 2022, None, 2022, 2023, None]
    assert dotted["line"]["dash"] == "dot"
    label = next(t for t in out["data"] if t.get("mode") == "text")
    assert label["x"] == [2022] and label["text"] == ["假设"]


def test_a_real_evaluation_row_with_a_missing_year(sample_store):
    ev = evaluate_area(sample_store, "440784")
    rows = [r for r in ev.rows if assumed_years(r)]
    assert rows, "the sample plan's GDP growth has 2021 unreported"
    fig = mark_assumed(indicator_chart(rows[0]), rows[0])
    names = [t.get("name") for t in fig["data"]]
    assert ASSUMED_NAME in names
    hollow = [
        s
        for t in fig["data"]
        if isinstance((t.get("marker") or {}).get("symbol"), list)
        for s in t["marker"]["symbol"]
        if s == "circle-open"
    ]
    assert len(hollow) == len(assumed_years(rows[0]))
