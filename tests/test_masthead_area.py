"""A local paper's e-paper page that names no area in its text takes the area its
masthead is named after (某某日报数字报 > date > 第A02版: 某某 without its level word).
Pages composed for these tests in the style of city papers' e-paper editions; areas
real, figures invented."""

from planwatch.pipeline import analyse_text

_STORY = (
    "{head}\n\n"
    "前三季度我市经济运行稳中有进\n\n"
    "  本报讯 记者从市统计局获悉,前三季度全市实现地区生产总值212.36亿元,同比增长5.4%,"
    "高于全省平均水平0.3个百分点。全市规模以上工业增加值同比增长6.1%。\n"
)


def _analysed(head: str):
    return analyse_text("p.txt", _STORY.format(head=head))


def test_a_masthead_without_its_level_word_names_the_pages_area():
    a = _analysed("琼海日报数字报 > 2024年10月25日 > 第A01版:要闻")
    meta = a.document.meta
    assert meta.area is not None and meta.area.code == "469002"
    assert any(e.field == "area" and e.basis == "publisher" for e in meta.evidence)
    assert {f.jurisdiction for f in a.facts if f.jurisdiction} == {"琼海市"}


def test_a_masthead_of_a_name_with_no_safe_short_form_takes_its_level_word():
    meta = _analysed("白山日报数字报 > 2024年10月25日 > 第A01版:要闻").document.meta
    assert meta.area is not None and meta.area.code == "220600"


def test_a_masthead_standing_for_several_areas_names_none():
    # (和田: a county-level city and a county side by side)
    assert _analysed("和田日报数字报 > 2024年10月25日 > 第A01版:要闻").document.meta.area is None


def test_a_masthead_names_the_city_over_a_district_of_its_name_elsewhere():
    # (西安: the city, and a district of the same name in another province)
    meta = _analysed("西安日报数字报 > 2024年10月25日 > 第A01版:要闻").document.meta
    assert meta.area is not None and meta.area.code == "610100"


def test_a_masthead_naming_its_edition_on_a_line_of_its_own():
    meta = _analysed("荆州日报电子版").document.meta
    assert meta.area is not None and meta.area.code == "421000"


def test_a_national_papers_masthead_names_no_area():
    assert _analysed("经济日报数字报 > 2024年10月25日 > 第05版:综合").document.meta.area is None


def test_a_masthead_without_edition_or_navigation_is_not_read():
    # (a paper's name alone over a story may be a repost's source, not the page's paper)
    assert _analysed("琼海日报").document.meta.area is None


def test_the_texts_own_area_wins_over_the_masthead():
    text = _STORY.format(head="琼海日报数字报 > 2024年10月25日 > 第A01版:要闻").replace(
        "前三季度我市", "前三季度万宁市"
    )
    meta = analyse_text("p.txt", text).document.meta
    assert meta.area is not None and meta.area.code == "469006"


def test_a_masthead_with_its_edition_date_and_page_on_one_line():
    meta = _analysed("琼海日报 数字报  2024年10月25日 星期五  第A01版：要闻").document.meta
    assert meta.area is not None and meta.area.code == "469002"


def test_a_masthead_and_a_date_without_a_page_is_not_read():
    assert _analysed("琼海日报  2024年10月25日").document.meta.area is None


def test_a_source_line_naming_a_local_paper_names_the_area():
    meta = _analysed("本地要闻\n2024-10-25 09:30  来源：琼海日报  编辑：王丽").document.meta
    assert meta.area is not None and meta.area.code == "469002"
    assert any(e.field == "area" and e.basis == "publisher" for e in meta.evidence)


def test_a_source_line_naming_a_national_paper_names_no_area():
    assert _analysed("2024-10-25 09:30  来源：经济日报").document.meta.area is None
