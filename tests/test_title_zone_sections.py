"""A headline above a page's body names no section: a news page's kicker with an aim word
(聚焦目标抓落实) over a report's review of the year. Pages composed for these tests in the
style of city news sites; areas and figures invented."""

from planwatch.core.data import Kind
from prosefacts import analysed_facts

_PAGE = (
    "某市新闻网 > 本地要闻 > 正文\n"
    "2025-01-10 08:15 来源:某市日报\n\n"
    "聚焦目标抓落实 凝心聚力开新局\n"
    "市九届人大四次会议隆重开幕\n\n"
    "本报讯 1月9日上午,某市第九届人民代表大会第四次会议在市会议中心开幕。\n"
    "市长代表市人民政府作政府工作报告。报告说,2024年全市地区生产总值达到1386.2亿元,增长5.6%;"
    "新建改造农村公路420公里;全年粮食总产量86.5万吨。\n"
    "报告提出,2025年全市地区生产总值预期增长5.5%左右。\n"
)


def test_a_kicker_with_an_aim_word_leaves_the_reports_review_as_results():
    facts = analysed_facts("n.txt", _PAGE)
    for figure in ("1386.2亿元", "420公里", "86.5万吨"):
        assert (facts[figure].kind, facts[figure].year) == (Kind.ACTUAL, 2024), figure
    assert (facts["5.5%左右"].kind, facts["5.5%左右"].year) == (Kind.TARGET, 2025)


def test_outside_news_an_unnumbered_heading_above_the_first_paragraph_sets_its_section():
    text = (
        "某县2025年国民经济和社会发展计划草案\n"
        "主要预期目标\n"
        "全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
    )
    facts = analysed_facts("p.txt", text)
    assert facts["5%"].kind == Kind.TARGET
