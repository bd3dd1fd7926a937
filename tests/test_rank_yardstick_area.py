"""A county's statistics news ranks its figures in the city above it (增速居某市第2位,
位居某市前列): that city is the yardstick, not the page's area; a county news site's
masthead (某某新闻网 > 本地新闻 > 正文) names the area where the text writes only 我市 / 全市.
Pages composed for these tests in the style of county news sites; areas real, figures
invented."""

from planwatch.pipeline import analyse_text

_STORY = (
    "{head}\n\n"
    "前10个月我市规上工业增加值增长7.2%\n\n"
    "2024-11-18 09:10　{site}\n\n"
    "本网讯 11月15日，市政府新闻办召开1—10月全市经济运行情况新闻发布会。市统计局局长介绍，"
    "今年以来全市主要指标增速位居{city}前列。\n\n"
    "1—10月，全市规模以上工业增加值同比增长7.2%，增速居{city}第3位。"
    "社会消费品零售总额205.4亿元，同比增长5.1%。\n"
)


def _meta(head: str, site: str, city: str):
    a = analyse_text("n.txt", _STORY.format(head=head, site=site, city=city))
    return a


def test_the_city_a_county_is_ranked_in_is_no_vote_for_the_page():
    # (no masthead: the page names its area nowhere, so it has none, not the city)
    a = _meta("本地新闻 > 正文", "新闻中心", "宜昌市")
    assert a.document.meta.area is None


def test_a_county_news_sites_masthead_names_the_page_area():
    a = _meta("枝江新闻网 > 本地新闻 > 正文", "枝江新闻网", "宜昌市")
    meta = a.document.meta
    assert meta.area is not None and meta.area.code == "420583"
    assert {f.jurisdiction for f in a.facts if f.jurisdiction} == {"枝江市"}


def test_an_area_ranked_itself_still_votes():
    text = (
        "2024年宜昌市经济运行情况\n\n"
        "宜昌市地区生产总值增长6.1%，增速居全省第2位。宜昌市社会消费品零售总额增长6.0%。\n"
    )
    meta = analyse_text("n.txt", text).document.meta
    assert meta.area is not None and meta.area.code == "420500"
