"""负增长: county and prefecture statistics news write a fall as a growth below zero (同比负增长
2.6%, 负增长0.9%); the figure is a growth, negative, of the indicator named before 同比.
Sentences composed here in that style."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "某县统计局\n2024年9月全县经济运行简况\n"
    "1-9月，全县规模以上工业增加值同比增长6.2%；社会消费品零售总额41.35亿元，同比负增长2.6%。"
    "限额以上住宿和餐饮业营业额负增长0.9%。\n"
)


def test_negative_growth_word() -> None:
    facts = {f.value: (f.indicator, f.measure.value) for f in analyse_text("t.txt", _TEXT).facts}
    assert facts.get(-2.6) == ("社会消费品零售总额", "growth")
    assert -0.9 in facts and facts[-0.9][1] == "growth"
    assert 2.6 not in facts and 0.9 not in facts
