"""The work a report sets for the year ahead, read as aims even where a result word
(完成, 实现) opens a later clause: 今年将…计划实施项目…，完成投资… is one aim after another,
not an aim and what was done. A review's results and an implementation report's
计划…，完成… pairs stay results. Sentences composed for these tests."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts

WORK_REPORT = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2025, reference_date="2025-01-14"
)
NEWS = DocumentMeta(doc_type=DocType.NEWS, reference_year=2025, reference_date="2025-01-15")
IMPLEMENTATION = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2025, reference_date="2025-01-20"
)


def _kinds(text: str, meta: DocumentMeta) -> dict[str, Kind]:
    return {k: f.kind for k, f in prose_facts(text, meta).items()}


def test_a_result_word_in_this_years_work_is_one_more_aim():
    text = (
        "今年将着力扩大有效投资，计划新开工重点项目80个，完成投资95亿元以上；"
        "新增规模以上工业企业20家，实现农产品加工产值突破60亿元。"
    )
    facts = prose_facts(text, WORK_REPORT)
    for key in ("80个", "95亿元以上", "20家", "60亿元"):
        assert facts[key].kind == Kind.TARGET, key
        assert facts[key].year == 2025, key
    (kind,) = [e for e in facts["95亿元以上"].evidence if e.field == "kind"]
    assert (kind.basis, kind.text) == ("cue", "计划")


def test_the_same_in_work_report_news_led_by_yao():
    text = "报告指出，今年要持续办好民生实事，新开工保障性住房1200套，完成投资18亿元。"
    kinds = _kinds(text, NEWS)
    assert kinds["1200套"] == kinds["18亿元"] == Kind.TARGET


def test_under_a_heading_of_the_years_work_the_aim_word_leads_its_clauses():
    text = (
        "二、2025年工作安排\n\n"
        "（一）扩大有效投资。全年计划实施市级重点项目150个，完成年度投资210亿元。"
    )
    kinds = _kinds(text, WORK_REPORT)
    assert kinds["150个"] == kinds["210亿元"] == Kind.TARGET


def test_a_reviews_aim_and_what_was_done_stay_a_result():
    for text in (
        "过去一年，全市计划实施重点项目120个，完成投资136亿元。",
        "一、2024年工作回顾\n\n全年计划实施重点项目120个，完成投资136亿元。",
    ):
        assert _kinds(text, WORK_REPORT)["136亿元"] == Kind.ACTUAL, text


def test_an_implementation_reports_pair_stays_an_aim_and_a_result():
    text = "全年计划实施重点项目120个，完成投资136亿元，实现年度计划的104.6%。"
    kinds = _kinds(text, IMPLEMENTATION)
    assert kinds["136亿元"] == Kind.ACTUAL
    assert kinds["104.6%"] == Kind.ACTUAL


def test_an_implementation_reports_plan_for_the_year_is_aims_its_review_results():
    text = (
        "一、2024年国民经济和社会发展计划执行情况\n\n"
        "全年计划实施重点项目120个，完成投资136亿元。\n\n"
        "二、2025年国民经济和社会发展计划草案\n\n"
        "力争实际利用外资增长8%，达到12亿美元以上；全年计划实施重点项目130个，完成投资150亿元。"
    )
    kinds = _kinds(text, IMPLEMENTATION)
    assert kinds["136亿元"] == Kind.ACTUAL
    assert kinds["12亿美元以上"] == kinds["150亿元"] == Kind.TARGET


MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-08-30",
    period_start=2021,
    period_end=2025,
)


def test_an_evaluations_pair_under_a_heading_of_aims_stays_a_result():
    # (An evaluation's headings name the aims it reviews: 好于规划预期.)
    text = "一、主要指标总体好于规划预期\n\n重点项目年度计划实施120个，完成投资86亿元。"
    assert _kinds(text, MIDTERM)["86亿元"] == Kind.ACTUAL


def test_zhengqu_under_a_reviewed_year_is_what_was_got():
    # 争取 is both to strive for and to obtain: under last year's review, what was got.
    text = (
        "一、2024年工作回顾\n\n"
        "项目建设提速。全年争取中央和省级各类资金12.6亿元，增长15%。\n\n"
        "二、2025年工作安排\n\n"
        "全年争取上级资金14亿元以上；今年争取新开工项目60个。"
    )
    facts = prose_facts(text, WORK_REPORT)
    assert (facts["12.6亿元"].kind, facts["12.6亿元"].year) == (Kind.ACTUAL, 2024)
    assert facts["14亿元以上"].kind == facts["60个"].kind == Kind.TARGET
