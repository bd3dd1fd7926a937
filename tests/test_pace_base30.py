"""A base's own figure before how the pace moved (round 30), composed here in the style of a
city's statistical communiqué (the figures are this file's own): 规模以上工业增加值增长4.7%，较上年的
12.6%明显回落 — the 12.6% is the same growth a year before, not a level named 明显回落.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_TEXT = (
    "某市2024年国民经济和社会发展统计公报\n"
    "2024年，全市规模以上工业增加值增长4.7%，较上年的12.6%明显回落。"
    "全社会固定资产投资增长7.3%，比2023年的9.8%有所放缓。"
    "社会消费品零售总额增长6.1%，比上年加快0.8个百分点。\n"
)


def _facts() -> dict[str, object]:
    return {_TEXT[f.start : f.end]: f for f in analyse_text("某市公报.txt", _TEXT).facts}


def test_the_figure_after_a_relative_base_is_last_years_growth():
    base = _facts()["12.6%"]
    assert (base.year, base.kind, base.measure) == (2023, Kind.ACTUAL, Measure.GROWTH)
    assert base.indicator.endswith("规模以上工业增加值")


def test_the_figure_after_a_dated_base_is_that_years():
    base = _facts()["9.8%"]
    assert (base.year, base.measure) == (2023, Measure.GROWTH)
    assert base.indicator.endswith("固定资产投资")


def test_the_years_own_figures_keep_their_year():
    facts = _facts()
    assert facts["4.7%"].year == facts["7.3%"].year == 2024
    assert facts["0.8个百分点"].year == 2024
