"""An aim word governing a list of named figures (round 28), in a sentence composed here in the
style of a mid-year implementation report (the figures are this file's own): 确保全年地区生产总值
增长5.5%以上、固定资产投资增长7%、一般公共预算收入增长3%. Only the first figure was read as an
aim: a figure after a list comma was taken for a share listed after the aim's (完成年度投资计划的
131%、123%), which names nothing of its own. A member named by words of its own is another aim
of the same list.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县2025年上半年国民经济和社会发展计划执行情况\n"
    "二、下半年工作重点\n"
    "　　我们将紧盯全年目标，确保全年地区生产总值增长5.5%以上、固定资产投资增长7%、"
    "一般公共预算收入增长3%。\n"
    "　　上半年，重点项目完成年度投资计划的62%、58%。\n"
)


def test_each_named_member_of_the_list_is_an_aim():
    kinds = {_PAGE[f.start : f.end]: f.kind.value for f in analyse_text("r.txt", _PAGE).facts}
    assert kinds["5.5%以上"] == kinds["7%"] == kinds["3%"] == "target"


def test_shares_listed_after_an_aim_word_stay_results():
    kinds = {_PAGE[f.start : f.end]: f.kind.value for f in analyse_text("r.txt", _PAGE).facts}
    assert kinds["62%"] == kinds["58%"] == "actual"


def test_an_aim_word_after_an_estimate_decides_the_figure_after_it():
    # (A headline: 2025年地区生产总值预计增长5.6% 今年目标定在6%左右 — the estimate's word came
    # first and made the year's aim a result.)
    text = (
        "首页 > 地方 > 正文\n"
        "某某市2025年地区生产总值预计增长5.6% 今年目标定在6%左右\n"
        "2026-01-16 10:21:07　来源：某某日报\n"
    )
    got = {text[f.start : f.end]: f for f in analyse_text("n.txt", text).facts}
    assert (got["5.6%"].kind.value, got["5.6%"].year) == ("actual", 2025)
    assert (got["6%左右"].kind.value, got["6%左右"].year) == ("target", 2026)
