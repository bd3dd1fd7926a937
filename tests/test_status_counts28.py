"""An evaluation's counts of indicators by status and its gaps (round 28), in sentences composed
here in the style of a county's 十三五 mid-term evaluation (the figures are this file's own):

* counts in 个 (有11个已提前完成…，有2个未满足), counted in 约束性/预期性 indicators: the counts
  took the words before them as names, and 未满足 as an aim (kind target);
* the as-of date opening the paragraph (到今年上半年，…) dates the counts of its later sentences;
* a name closed by the gap's words (社会消费品零售总额距目标尚差X) is the indicator's gap, a change;
* 与《规划》提出的X差距较大 names no indicator.
"""

from __future__ import annotations

import pytest

from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县“十三五”规划纲要实施情况中期评估报告\n"
    "（2018年9月）\n"
    "　　到今年上半年，有21个指标已提前完成目标或满足规划进度要求。约束性指标中有12个已提前完成"
    "或满足进度要求，有3个未满足；预期性指标中有9个已提前完成或满足进度要求，有8个未满足。\n"
    "　　2017年全县社会消费品零售总额达到86.4亿元，社会消费品零售总额距目标尚差41.6亿元。"
    "2017年全县旅游接待人次仅520万人次，与《规划》提出的900万人次差距较大。\n"
)


@pytest.fixture(scope="module")
def facts() -> dict[str, object]:
    return {_PAGE[f.start : f.end]: f for f in analyse_text("e.txt", _PAGE).facts}


def test_counts_in_ge_are_results_named_by_their_status(facts):
    lagging = facts["3个"]
    assert (lagging.kind.value, lagging.year) == ("actual", 2018)
    assert "未满足" in lagging.indicator
    assert facts["12个"].indicator.startswith("约束性")
    assert facts["9个"].indicator.startswith("预期性")


def test_the_paragraphs_as_of_date_dates_every_count(facts):
    assert {facts[v].year for v in ("21个", "12个", "3个", "9个", "8个")} == {2018}


def test_a_name_closed_by_the_gap_is_the_indicators_gap(facts):
    gap = facts["41.6亿元"]
    assert gap.indicator.startswith("社会消费品零售总额距")
    assert gap.measure.value == "change"


def test_the_plans_figure_it_falls_short_of_is_not_named_by_the_comparison(facts):
    assert "差距" not in facts["900万人次"].indicator


def test_a_count_done_by_a_date_is_of_that_date():
    # (5项已于2022年底提前完成: the date is the count's, not its status; it was read as an aim.)
    text = (
        "某某县“十四五”规划纲要实施情况中期评估报告\n（2023年10月）\n"
        "　　规划确定的15项主要指标中，5项已于2022年底提前完成，8项符合预期，2项滞后。\n"
    )
    got = {text[f.start : f.end]: f for f in analyse_text("e.txt", text).facts}
    early = got["5项"]
    assert (early.kind.value, early.year, early.indicator) == ("actual", 2022, "提前完成")
    assert got["8项"].year == 2023
