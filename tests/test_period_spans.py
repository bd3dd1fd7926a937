"""Period fields of prose figures on sentences written for these tests: a span of years
right before what it added (两年净增, 五年新改建), and a gap to another area at a date."""

from planwatch.core.data import DocType, DocumentMeta
from prosefacts import prose_facts as facts_of

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-09-15",
    period_start=2021,
    period_end=2025,
)

FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    reference_year=2021,
    reference_date="2021-04-20",
    period_start=2016,
    period_end=2020,
)


def test_a_span_right_before_a_net_addition_sums_over_the_span():
    text = "2022年，全县市场主体总数达到6.2万户，两年净增1.4万户。"
    fact = facts_of(text, MIDTERM)["1.4万户"]
    assert (fact.year, fact.period_start) == (2022, 2021)


def test_a_span_right_before_new_and_rebuilt_roads_sums_over_the_span():
    text = "“十三五”时期，全县交通条件明显改善，五年新改建农村公路860公里。"
    fact = facts_of(text, FINAL)["860公里"]
    assert (fact.year, fact.period_start) == (2020, 2016)


def test_a_span_right_before_a_rise_is_a_change_over_the_span():
    text = "2020年全县常住人口城镇化率达到58.4%，五年提高6.2个百分点。"
    fact = facts_of(text, FINAL)["6.2个百分点"]
    assert (fact.year, fact.period_start) == (2020, 2016)


def test_a_streak_is_not_a_span_of_work():
    text = "2020年全县粮食产量达到42.6万吨，连续五年增长。"
    fact = facts_of(text, FINAL)["42.6万吨"]
    assert fact.period_start is None


def test_a_gap_to_the_provinces_average_is_at_a_date():
    text = "五年新增高速公路96公里，公路网密度达到128公里/百平方公里，高于全省平均水平6.5个百分点。"
    fact = facts_of(text, FINAL)["6.5个百分点"]
    assert fact.period_start is None


def test_a_gap_between_average_rates_covers_their_period():
    text = "“十三五”时期，全县地区生产总值年均增长7.6%，高于全市平均水平0.8个百分点。"
    fact = facts_of(text, FINAL)["0.8个百分点"]
    assert fact.period_start == 2016


def test_a_share_that_rose_over_a_span_is_no_gap():
    text = "服务业增加值占比五年提高5.3个百分点，达到51.2%。"
    fact = facts_of(text, FINAL)["5.3个百分点"]
    assert fact.period_start == 2016
