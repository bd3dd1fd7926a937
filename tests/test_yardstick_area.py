"""A county-level city's page ranks its figures within the city above it and measures them
against that city's average, naming the city in full (居某市第2位, 高于某市平均水平); the
text itself says only 全市. That city is the comparison's yardstick, not the page's area
(describe.yardstick). Pages composed for these tests in the style of county portals;
areas real, figures invented."""

from planwatch.describe.yardstick import is_yardstick
from planwatch.pipeline import analyse_text

_PAGE = (
    "{site} > 新闻中心 > 政务动态\n\n"
    "市政府召开常务会议研究上半年经济运行工作\n"
    "发布时间：2024-07-25 10:02　　信息来源：市政府办公室\n\n"
    "7月24日，市长主持召开市政府常务会议，听取上半年全市经济运行情况汇报。"
    "上半年，全市地区生产总值增长6.1%，{clause}；"
    "固定资产投资增长7.4%，社会消费品零售总额增长5.6%。\n"
)


def _area(site: str, clause: str):
    meta = analyse_text("y.txt", _PAGE.format(site=site, clause=clause)).document.meta
    return meta.area.code if meta.area else None


def test_a_rank_within_the_city_above_leaves_the_page_to_its_own_site():
    assert _area("邹城市人民政府", "增速居济宁市第2位") == "370883"


def test_an_average_of_the_city_above_is_a_yardstick_too():
    assert _area("邹城市人民政府", "主要指标增幅均高于济宁市平均水平") == "370883"


def test_a_city_named_as_the_subject_still_counts():
    # (No comparison word before it, no rank after it: the page speaks of that city.)
    assert _area("首页", "济宁市规模以上工业增加值增长7.0%") == "370800"


def test_the_form_of_a_yardstick():
    view = "增速居济宁市第2位，位居济宁市前列，高于济宁市平均水平，占济宁市比重"
    for name_at in (3, 12, 20, 29):
        assert is_yardstick(view, name_at, name_at + 3)
    assert not is_yardstick("济宁市第十九届人民代表大会", 0, 3)
    assert not is_yardstick("在济宁市召开", 1, 4)


_NEWS_SITE_PAGE = (
    "{site} > 本地新闻 > 正文\n\n"
    "前三季度我市规上工业增加值增长8.2%\n\n"
    "2024-10-26 09:15　记者 王某\n\n"
    "本网讯 10月25日，市政府新闻办召开前三季度全市经济运行情况新闻发布会。"
    "前三季度，全市规模以上工业增加值同比增长8.2%；"
    "社会消费品零售总额186.4亿元，同比增长5.9%。\n"
)


def test_a_local_news_sites_name_over_its_navigation_is_the_pages_area():
    # (Its name without the level word, as a paper's masthead: 邹城新闻网 for 邹城市.)
    meta = analyse_text("n.txt", _NEWS_SITE_PAGE.format(site="邹城新闻网")).document.meta
    assert meta.area is not None and meta.area.code == "370883"


def test_a_news_site_named_after_no_area_names_none():
    meta = analyse_text("n.txt", _NEWS_SITE_PAGE.format(site="中国新闻网")).document.meta
    assert meta.area is None
