"""A round-up's topic named before the areas' aims (round 29), composed here in the style of a
two-sessions news round-up (the figures are this file's own): 多地提出固定资产投资增长目标，河南提出
增长5%以上 — each area's growth is of the topic the sentence set out, not of the economy.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_HEAD = "多省份2026年增长目标出炉\n2026-02-11 来源：某财经网\n"


def _names(sentence: str) -> dict[str, str]:
    text = _HEAD + sentence + "\n"
    return {text[f.start : f.end]: f.indicator for f in analyse_text("新闻.txt", text).facts}


def test_the_areas_growth_is_the_topics():
    names = _names("多地提出固定资产投资增长目标，河南提出增长6%以上，四川提出7%左右。")
    assert names == {"6%以上": "固定资产投资", "7%左右": "固定资产投资"}
    names = _names("在社会消费品零售总额方面，湖北提出增长7%，湖南提出6.5%左右。")
    assert set(names.values()) == {"社会消费品零售总额"}


def test_with_no_topic_an_areas_growth_is_the_economys():
    names = _names("河南提出增长5.5%左右，四川提出6%左右。")
    assert set(names.values()) == {"地区生产总值"}
