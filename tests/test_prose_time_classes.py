"""Time and modality classes of prose facts on sentences written for these tests:
目前 read by the page's date, a target word after a past year, and so on."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts as facts_of


def news(date: str) -> DocumentMeta:
    return DocumentMeta(doc_type=DocType.NEWS, reference_year=int(date[:4]), reference_date=date)


NOW_TEXT = "记者从昨日召开的全省交通工作会议上获悉，目前，全省高速公路通车里程达到5200公里。"


def test_now_on_a_page_dated_after_the_first_months_is_the_pages_year():
    fact = facts_of(NOW_TEXT, news("2019-06-10"))["5200公里"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2019)


def test_now_on_a_page_dated_in_the_first_months_is_the_year_just_ended():
    fact = facts_of(NOW_TEXT, news("2019-02-10"))["5200公里"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2018)


EVAL = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2018,
    reference_date="2018-11-20",
    period_start=2016,
    period_end=2020,
)


def test_each_list_over_years_with_more_values_than_years_goes_run_by_run():
    text = "2016年、2017年，全市地区生产总值分别以9.5%、8.6%的增速位列全省第二、第三位。"
    facts = facts_of(text, EVAL)
    assert [facts[k].year for k in ("9.5%", "8.6%", "第二", "第三位")] == [2016, 2017, 2016, 2017]


def test_one_name_over_two_each_lists_keeps_the_years():
    text = (
        "2016年、2017年，全市城镇居民人均可支配收入分别达到32100元、34800元，分别增长9.1%、8.4%。"
    )
    facts = facts_of(text, EVAL)
    assert [facts[k].year for k in ("32100元", "34800元", "9.1%", "8.4%")] == [
        2016,
        2017,
        2016,
        2017,
    ]


IMPLEMENTATION = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2019, reference_date="2019-03-05"
)


def test_a_target_word_right_after_a_past_year_sets_that_years_aim():
    text = "报告明确，2018年拟安排地方政府专项债券1.35万亿元，赤字率提高到2.6%。"
    facts = facts_of(text, IMPLEMENTATION)
    for key in ("1.35万亿元", "2.6%"):
        assert (facts[key].kind, facts[key].year) == (Kind.TARGET, 2018)
    assert facts["1.35万亿元"].evidence[0].text == "拟"


def test_a_past_years_aim_reported_as_done_stays_a_result():
    text = "2018年计划新开工的项目全部完成，完成投资1200亿元。"
    fact = facts_of(text, IMPLEMENTATION)["1200亿元"]
    assert (fact.kind, fact.year) == (Kind.ACTUAL, 2018)


def test_a_share_with_an_average_change_keeps_its_name():
    outline = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN,
        reference_year=2016,
        reference_date="2016-02-01",
        period_start=2016,
        period_end=2020,
    )
    fact = facts_of("全市服务业增加值比重年均提高0.8个百分点。", outline)["0.8个百分点"]
    assert fact.indicator == "服务业增加值比重"
    assert (fact.kind, fact.year) == (Kind.TARGET, 2020)


def test_a_change_after_a_start_point_runs_over_the_years_since():
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION,
        reference_year=2016,
        reference_date="2016-02-04",
        period_start=2011,
        period_end=2015,
    )
    text = "2015年，全市在全国同类城市中的位次由“十一五”末的第20位提升4位。"
    facts = facts_of(text, final)
    assert (facts["第20位"].year, facts["第20位"].period_start) == (2010, None)
    assert (facts["4位"].year, facts["4位"].period_start) == (2015, 2011)
