"""A quota a higher level set, framed by a result's words (round 30), composed here in the style of
a county's final evaluation of its plan (the figures are this file's own): 用水总量控制在自治区下达的
2.4亿立方米以内 — the 2.4 is the quota (a target of the result's year), named by the indicator
before the frame; funds handed down (争取上级下达资金) and the margin over a quota (超出国家
下达目标0.8个百分点) stay results.
"""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text

_TEXT = (
    "某县“十三五”规划纲要实施情况总结评估报告\n"
    "一、主要指标完成情况\n"
    "2020年全县用水总量1.93亿立方米，控制在自治区下达的2.4亿立方米以内。"
    "化学需氧量排放总量较2015年减少13.4%，完成省下达的11%的减排目标。"
    "单位地区生产总值能耗降幅超出国家下达目标0.8个百分点。"
    "全年争取上级下达资金4.6亿元。\n"
)


def _facts() -> dict[str, object]:
    return {_TEXT[f.start : f.end]: f for f in analyse_text("某县评估.txt", _TEXT).facts}


def test_a_quota_within_which_a_result_was_held_is_that_years_target():
    quota = _facts()["2.4亿立方米以内"]
    assert (quota.kind, quota.year) == (Kind.TARGET, 2020)
    assert quota.indicator.endswith("用水总量")
    assert any(e.field == "kind" and e.basis == "quota" for e in quota.evidence)


def test_a_quota_of_a_fall_is_the_falls_size_named_before():
    quota = _facts()["11%"]
    assert (quota.kind, quota.measure) == (Kind.TARGET, Measure.GROWTH)
    assert quota.indicator.endswith("化学需氧量排放总量")


def test_funds_handed_down_and_a_margin_over_a_quota_are_results():
    facts = _facts()
    assert facts["4.6亿元"].kind == Kind.ACTUAL
    assert facts["0.8个百分点"].kind == Kind.ACTUAL
