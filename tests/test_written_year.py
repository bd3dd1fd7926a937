"""A page dated after the year its own words place the text in was posted again later.
Texts composed in the style of real news and portal pages."""

from planwatch.core.data import DocType
from planwatch.describe import describe
from planwatch.describe.asof import written_in
from planwatch.describe.posting import posted_later


def _evaluation_story(stamp: str) -> str:
    return (
        f"发布日期：{stamp} 15:12  【打印】【关闭】\n"
        "某省“十二五”规划实施过半 主要指标进展顺利\n"
        "本报讯（记者 某某）10月28日，省发展改革委向省人大常委会报告了“十二五”规划纲要实施"
        "中期评估情况。报告显示，2011年、2012年，全省生产总值分别增长11.2%和10.5%，"
        "今年上半年增长9.8%。纲要确定的40项主要指标中，35项达到进度要求。\n"
    )


def test_a_story_on_a_midterm_evaluation_posted_again_years_later_is_dated_by_its_words():
    meta = describe(_evaluation_story("2014-05-20"), name="story.html")
    assert meta.reference_year == 2013  # 今年上半年 beside 2011年、2012年: written in 2013
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert all(e.basis != "page_date" for e in meta.evidence if e.field == "reference_date")


def test_the_same_story_posted_in_its_year_keeps_the_page_date():
    meta = describe(_evaluation_story("2013-10-29"), name="story.html")
    assert meta.reference_date == "2013-10-29"


def _economy_story(stamp: str) -> str:
    return (
        f"发布时间：{stamp} 10:05  来源：某市融媒体中心\n"
        "今年以来，某市坚持稳中求进，经济运行持续回升向好。去年，全市地区生产总值增长6.3%。"
        "2018年全市规模以上工业增加值增长7.1%，固定资产投资增长9.0%。今年前三季度，"
        "全市规模以上工业增加值同比增长6.6%，社会消费品零售总额增长8.2%。\n"
    )


def test_a_news_page_posted_years_after_its_year_is_dated_by_its_words():
    meta = describe(_economy_story("2021-06-30"), name="news.html")
    assert meta.reference_year == 2019
    basis = {e.basis for e in meta.evidence if e.field == "reference_date"}
    assert "page_date" not in basis


def test_a_news_page_posted_in_its_year_keeps_the_page_date():
    meta = describe(_economy_story("2019-10-21"), name="news.html")
    assert meta.reference_date == "2019-10-21"


def test_this_year_in_part_beside_the_last_whole_year_is_exact():
    w = written_in("2021—2022年，全省累计完成投资2396亿元；今年上半年又完成投资612亿元。")
    assert w is not None and w.exact and w.year == 2023
    assert w.match.group() == "今年上半年"


def test_aims_and_horizons_are_no_years_reported():
    text = "地区生产总值：2015年1267.4,2020年目标2000,2017年实际1571.1。今年上半年增长8.6%。"
    w = written_in(text)
    assert w is not None and w.exact and w.year == 2018
    assert written_in("到2025年，全市地区生产总值达到5000亿元。") is None


def test_without_this_year_the_latest_year_stated_bounds_the_page():
    w = written_in(
        "近年来，2011年至2012年，全省完成建设投资1460.5亿元。到2015年，全省将力争完成投资。"
    )
    assert w is not None and not w.exact and w.year == 2013
    assert posted_later(2015, None, DocType.NEWS, None, written=w)
    # (early in 2014, 2013's statistics are not out yet: a page may still report 2012's)
    assert not posted_later(2014, None, DocType.NEWS, None, written=w)


def test_a_plan_stating_only_its_base_year_may_be_adopted_years_later():
    # A sector plan reports its base year (2020年) and is issued in 2022: no re-post.
    w = written_in("2020年，全市公路总里程达到1.68万公里。到2025年，力争达到1.9万公里。")
    assert w is not None and w.year == 2021 and not w.exact
    assert not posted_later(2022, None, DocType.SECTOR_PLAN, (2021, 2025), written=w)
    assert posted_later(2023, None, DocType.NEWS, None, written=w)


def test_a_page_posted_early_in_the_next_year_keeps_its_date():
    # Written in the autumn (今年上半年 beside 2011年、2012年), posted in January.
    meta = describe(_evaluation_story("2014-01-15"), name="story.html")
    assert meta.reference_date == "2014-01-15"
