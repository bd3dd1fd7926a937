"""An HTML page's own <meta> date and site name: read beside its text, used where the text says
nothing (pages composed here in the style of county portals' statistics releases)."""

from __future__ import annotations

from planwatch.core.data import UserMeta
from planwatch.pipeline import analyse_bytes
from planwatch.read.html import read_html
from planwatch.reresolve import _as_read

_BODY = (
    "<div class='article'><h1>一季度全区经济运行情况</h1>"
    "<p>一季度，全区经济社会发展稳健复苏，各项主要经济指标呈现较快增长态势。根据地区生产总值统一"
    "核算结果，全区地区生产总值完成186.3亿元，同比增长21.5%。规模以上工业增加值同比增长35.2%。</p>"
    "<p>固定资产投资同比增长25.3%，社会消费品零售总额同比增长30.1%。</p></div>"
)


def _page(head: str, body: str = _BODY) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>一季度全区经济运行情况</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


_PORTAL = (
    "<meta name='SiteName' content='南昌市青山湖区人民政府'>"
    "<meta name='PubDate' content='2021-04-09 15:07'>"
)


def test_the_reader_keeps_the_page_s_publication_date_and_site():
    read = read_html(_page(_PORTAL), "a.html")
    assert (read.published, read.site) == ("2021-04-09", "南昌市青山湖区人民政府")
    news = (
        "<meta property='og:site_name' content='某某新闻网'>"
        "<meta property='article:published_time' content='2019/7/5T08:00:00+08:00'>"
    )
    assert (read_html(_page(news), "b.html").published) == "2019-07-05"
    bad = (
        "<meta name='PubDate' content='2021-13-40'><meta name='SiteName' content='"
        + "某" * 60
        + "'>"
    )
    assert (read_html(_page(bad), "c.html").published, read_html(_page(bad), "c.html").site) == (
        None,
        None,
    )
    assert "2021" not in read.text  # (the head's date is no part of the stored text)


def test_an_undated_page_is_dated_and_placed_by_its_head():
    got = analyse_bytes(_page(_PORTAL), "d.html")
    meta = got.document.meta
    assert meta.reference_date == "2021-04-09" and meta.area.name == "青山湖区"
    assert {e.basis for e in meta.evidence if e.field in ("reference_date", "area")} == {
        "page_meta"
    }
    assert {f.year for f in got.facts} == {2021}
    assert {f.jurisdiction for f in got.facts} == {"青山湖区"}


def test_the_text_s_own_date_and_the_user_s_outweigh_the_head():
    dated = _BODY.replace("<p>一季度，", "<p>2019年4月10日，区统计局发布。一季度，", 1)
    meta = analyse_bytes(_page(_PORTAL, dated), "e.html").document.meta
    assert meta.reference_year == 2019
    user = UserMeta(published="2020-04-15")
    meta = analyse_bytes(_page(_PORTAL), "f.html", user=user).document.meta
    assert meta.reference_date == "2020-04-15"


def test_a_stored_page_derived_again_keeps_its_head_s_date_and_site():
    document = analyse_bytes(_page(_PORTAL), "g.html").document
    read = _as_read(document)
    assert (read.published, read.site) == ("2021-04-09", "南昌市青山湖区人民政府")


def test_a_page_with_no_date_in_its_head_is_dated_by_its_address():
    trs = "<link rel='canonical' href='http://www.example.gov.cn/zwgk/tjxx/202104/t20210409_3456.html'>"
    zj = "<meta property='og:url' content='http://www.example.gov.cn/art/2019/7/5/art_12_345.html'>"
    assert read_html(_page(trs), "h.html").published == "2021-04-09"
    assert read_html(_page(zj), "i.html").published == "2019-07-05"
    assert (
        read_html(_page("<link rel='canonical' href='/list_2021.html'>"), "j.html").published
        is None
    )
