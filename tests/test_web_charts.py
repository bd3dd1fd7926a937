"""Honest charts: values nobody reported are drawn hollow, dotted and labelled.

The one chart builder is :func:`planwatch.report.charts.indicator_chart`; the web's
area page shows the same figures as the report.
"""

from __future__ import annotations

from planwatch.evaluate import evaluate_area
from planwatch.report.charts import indicator_chart


def _hollow(fig: dict) -> list[tuple]:
    return [
        (x, t.get("name"))
        for t in fig["data"]
        if isinstance((t.get("marker") or {}).get("symbol"), list)
        for x, s in zip(t["x"], t["marker"]["symbol"], strict=True)
        if s == "circle-open"
    ]


def test_a_real_evaluation_row_with_a_missing_year(sample_store):
    ev = evaluate_area(sample_store, "440784")
    rows = [r for r in ev.rows if r.assumed_years]
    assert rows, "the sample plan's GDP growth has 2021 unreported"
    fig = indicator_chart(rows[0])
    hollow = _hollow(fig)
    assert [x for x, _ in hollow] == list(rows[0].assumed_years)
    trace = next(t for t in fig["data"] if t.get("name", "").startswith("假设"))
    assert trace["line"]["dash"] == "dot" and "假设" in trace["text"]
    # The reported line does not pass through the assumed year.
    reported = next(t for t in fig["data"] if t.get("name") == "实际")
    assumed = set(rows[0].assumed_years)
    assert all(y is None for x, y in zip(reported["x"], reported["y"], strict=True) if x in assumed)


def test_the_area_page_draws_the_same_figure(sample_store):
    from planwatch.web.evaluation import Evaluations

    ev = evaluate_area(sample_store, "440784")
    row = next(r for r in ev.rows if r.assumed_years)
    evs = Evaluations(sample_store, processes=False)
    try:
        assert evs.chart(row) == indicator_chart(row)
    finally:
        evs.close()
