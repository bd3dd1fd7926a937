"""Statistics pages: an editor's line under a page's body (责任编辑：…) is page chrome every
government portal prints, and a release on part of the year is news, not the communiqué.
Texts composed in the style of real statistics bureau pages."""

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_genre

_COMMUNIQUE = (
    "某市统计局\n"
    "2024年3月28日\n"
    "2023年，全市上下坚持稳中求进工作总基调，经济运行回升向好。\n"
    "一、综合\n"
    "初步核算，全年全市实现地区生产总值1234.5亿元，按不变价格计算，比上年增长5.6%。"
    "其中，第一产业增加值98.7亿元，增长4.1%；第二产业增加值456.7亿元，增长6.2%。\n"
    "年末全市常住人口321.5万人，比上年末增加0.8万人。\n"
)


def test_a_communique_posted_with_an_editor_line_is_the_communique():
    assert detect_genre(_COMMUNIQUE + "责任编辑：王某\n").doc_type is DocType.STATISTICAL_COMMUNIQUE


def test_a_reporters_story_on_the_communique_is_news():
    story = "本报讯（记者 王某）市统计局日前发布数据。" + _COMMUNIQUE.split("\n", 2)[2]
    assert detect_genre(story).doc_type is DocType.STATISTICAL_NEWS


_RELEASE = (
    "某市统计局  2025-10-24\n\n"
    "今年以来，全市上下持续推动稳增长各项政策落地见效，经济运行总体平稳。\n\n"
    "根据地区生产总值统一核算结果，前三季度，全市实现地区生产总值412.5亿元，按不变价格"
    "计算，同比增长5.3%。分产业看，第一产业增加值48.2亿元，增长4.1%。\n\n"
    "一、农业生产形势稳定\n\n"
    "前三季度，全市农林牧渔业总产值增长4.0%。\n\n"
    "二、工业生产较快增长\n\n"
    "前三季度，全市规模以上工业增加值同比增长6.9%。\n"
)


def test_a_release_on_part_of_the_year_without_its_title_is_statistical_news():
    assert detect_genre(_RELEASE).doc_type is DocType.STATISTICAL_NEWS
