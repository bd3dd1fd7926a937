"""A mid-term evaluation reported early in the year after its genre year (a news page of
January 2024 on a 十四五 evaluation whose figures are 2022's), and a page head's time of day.
Pages composed for these tests in the style of city news sites; figures invented."""

from planwatch.pipeline import analyse_text

_PAGE = (
    "发布时间:2024-01-11 09:35:27 来源: 某市日报\n"
    "某市“十四五”规划中期评估：24项主要指标中19项符合或快于预期\n"
    "本报讯 1月10日，记者从市发展改革委获悉，《某市国民经济和社会发展第十四个五年规划纲要》"
    "实施中期评估完成。\n"
    "——地区生产总值：2022年达到1856.3亿元，两年年均增长5.4%；\n"
    "——常住人口城镇化率：61.8%，比2020年提高1.7个百分点；\n"
    "——居民人均可支配收入：30420元，年均增长5.9%。\n"
    "2022年全市规模以上工业企业达到1105家，两年净增186家。\n"
)


def _facts():
    return {_PAGE[f.start : f.end]: f for f in analyse_text("m.txt", _PAGE).facts}


def test_a_page_heads_time_of_day_is_no_ratio():
    head_end = _PAGE.index("\n")
    assert not [f for f in analyse_text("m.txt", _PAGE).facts if f.start < head_end]


def test_an_early_years_midterm_page_opening_its_results_with_the_year_before_is_as_of_it():
    facts = _facts()
    for figure in ("61.8%", "30420元", "1105家"):
        assert (facts[figure].kind.value, facts[figure].year) == ("actual", 2022), figure
