"""A page whose text names no area takes the area of the office its navigation line names
(某市统计局 > 统计数据 > 统计分析). Pages composed for these tests in the style of bureau
sites; areas real, figures invented."""

from planwatch.pipeline import analyse_text

_RELEASE = (
    "{crumb}\n"
    "2024年一季度全市经济运行情况\n"
    "发布时间:2024-04-19 10:20 来源:市统计局\n"
    "初步核算,一季度全市实现地区生产总值286.4亿元,同比增长5.3%。\n"
    "规模以上工业增加值同比增长6.8%。\n"
)


def _meta(crumb: str):
    return analyse_text("r.txt", _RELEASE.format(crumb=crumb)).document.meta


def test_a_bureaus_navigation_line_names_the_area_of_a_release_that_names_none():
    meta = _meta("嘉峪关市统计局 > 统计数据 > 统计分析")
    assert meta.area is not None and meta.area.code == "620200"
    assert any(e.field == "area" and e.basis == "publisher" for e in meta.evidence)


def test_a_navigation_line_without_an_office_names_no_area():
    assert _meta("首页 > 统计数据 > 统计分析").area is None


def test_the_texts_own_area_wins_over_the_publisher():
    text = _RELEASE.format(crumb="嘉峪关市统计局 > 统计数据 > 统计分析").replace(
        "全市经济运行情况", "酒泉市经济运行情况"
    )
    meta = analyse_text("r.txt", text).document.meta
    assert meta.area is not None and meta.area.code == "620900"


_COUNTY_COMMUNIQUE = (
    "宾川县2024年国民经济和社会发展统计公报_新闻中心_资讯频道\n\n"
    "一、综合\n"
    "经大理州统计局统一核算，全年实现地区生产总值168.42亿元，比上年增长5.1%。\n"
    "年末全县常住人口32.6万人。\n"
    "上一篇：祥云县2024年国民经济和社会发展统计公报\n"
    "下一篇：弥渡县2024年国民经济和社会发展统计公报\n"
)


def test_a_communiques_title_names_its_area_over_the_bureau_that_verified_its_figures():
    meta = analyse_text("c.txt", _COUNTY_COMMUNIQUE).document.meta
    assert meta.area is not None and meta.area.code == "532924"


def test_a_navigation_line_opening_on_the_sites_name_names_its_office_area():
    # (Round 25: a work report filed under 某市人民政府门户网站 > 政务公开 > 政府工作报告
    # whose text says only 全市 and 市人民政府.)
    for crumb in (
        "嘉峪关市人民政府门户网站 > 政务公开 > 统计分析",
        "嘉峪关市人民政府网 >> 政务公开",
    ):
        meta = _meta(crumb)
        assert meta.area is not None and meta.area.code == "620200", crumb
        assert any(e.field == "area" and e.basis == "publisher" for e in meta.evidence)


def test_a_navigation_line_opening_on_a_news_sites_name_names_no_area():
    assert _meta("中国新闻网 > 财经 > 正文").area is None
