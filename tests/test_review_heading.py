"""``review_heading``: a figure under a review heading takes the year it reviews, until
the next heading."""

from planwatch.extract.review_heading import reviewed_in_heading

_TEXT = (
    "关于某市国民经济和社会发展计划的报告\n"
    "一、2025年国民经济和社会发展计划执行情况\n"
    "全市地区生产总值增长5.6%，一般公共预算收入完成82亿元。\n"
    "二、2026年经济社会发展的主要目标\n"
    "地区生产总值增长5.5%左右。\n"
)


def test_a_figure_under_a_review_heading_takes_its_year() -> None:
    assert reviewed_in_heading(_TEXT, _TEXT.index("5.6%")) == 2025


def test_a_later_heading_ends_the_review() -> None:
    assert reviewed_in_heading(_TEXT, _TEXT.index("5.5%")) is None
    assert reviewed_in_heading(_TEXT, _TEXT.index("2025年国民")) is None
