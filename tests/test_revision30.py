"""A revised figure set against the one first published (round 30), composed here in the style of
a communiqué's 附注 (the figures are this file's own): 比原公布数增加9.42亿元 is the change of the
indicator revised, not an indicator named 比原公布数.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_TEXT = (
    "黔南州2024年国民经济和社会发展统计公报\n"
    "附注：根据第五次全国经济普查结果，2023年全州地区生产总值修订为1688.37亿元，"
    "比原公布数增加9.42亿元。\n"
)


def test_the_change_against_the_first_published_figure_is_the_revised_indicators():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("公报.txt", _TEXT).facts}
    change = facts["9.42亿元"]
    assert "原公布数" not in change.indicator and "地区生产总值" in change.indicator
    assert (change.kind, change.measure, change.year) == (Kind.ACTUAL, Measure.CHANGE, 2023)
