"""Years and kinds from the document frame and the clause's time words, class by class, on
sentences written for these tests: a mid-term evaluation's as-of year, 当年/同年, a plan
named with junk inside its word, a sector's multi-year aims, 目前 and datelines."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, Kind
from planwatch.extract.timewords import time_marks
from prosefacts import prose_facts as facts_of

# -- a mid-term evaluation reports as of the year it is made ------------------------------


def test_a_midterm_evaluation_without_a_month_reports_as_of_its_own_year():
    mid = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION, period_start=2026, period_end=2030, reference_year=2028
    )
    assert (mid.reviewed_year, mid.target_year) == (2028, 2030)
    f = facts_of("全市森林覆盖率达到41.5%，建成省级重点实验室12个。", mid)
    assert (f["41.5%"].kind, f["41.5%"].year) == (Kind.ACTUAL, 2028)
    assert (f["12个"].kind, f["12个"].year) == (Kind.ACTUAL, 2028)


def test_a_midterm_evaluation_delivered_early_in_a_year_reviews_the_year_before():
    mid = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION,
        period_start=2026,
        period_end=2030,
        reference_year=2029,
        reference_date="2029-05-20",
    )
    assert mid.reviewed_year == 2028


# -- 当年 and 同年 are the year just named, else the year under review ----------------------

COMMUNIQUE = DocumentMeta(
    doc_type=DocType.STATISTICAL_COMMUNIQUE,
    year=2027,
    reference_year=2028,
    reference_date="2028-04-02",
)


def test_dangnian_in_a_communique_is_the_year_it_covers():
    f = facts_of("当年新登记各类企业812户，新增个体工商户2306户。", COMMUNIQUE)
    assert (f["812户"].kind, f["812户"].year) == (Kind.ACTUAL, 2027)
    assert (f["2306户"].kind, f["2306户"].year) == (Kind.ACTUAL, 2027)


def test_dangnian_after_a_named_year_keeps_that_year():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2028, reference_date="2028-01-20"
    )
    f = facts_of("2025年全县启动园区建设，当年引进企业35家。", report)["35家"]
    assert (f.kind, f.year) == (Kind.ACTUAL, 2025)


def test_dangnian_price_is_no_time_word():
    assert [m.kind for m in time_marks("按当年价格计算，增长5%")] == []


# -- a plan named with junk inside its word is the plan, not its years ---------------------


def test_a_plan_named_with_junk_inside_the_word_sets_no_paragraph_time():
    news = DocumentMeta(doc_type=DocType.NEWS, reference_year=2027, reference_date="2027-01-12")
    text = "“开好‘十五五’规(guī)划的局”。区长说，全年预计实现地区生产总值318.2亿元，同比增长6.1%。"
    from planwatch.core.normalise import fold
    from planwatch.extract.prose_script import DocumentWords

    view = DocumentWords(text, fold(text)).blanked(fold(text))
    assert [m.kind for m in time_marks(view)][:1] == ["planname"]
    f = facts_of(text, news)
    assert (f["318.2亿元"].kind, f["318.2亿元"].year) == (Kind.ACTUAL, 2026)
    assert (f["6.1%"].kind, f["6.1%"].year) == (Kind.ACTUAL, 2026)


# -- a sector's programme told without a 规划 word -----------------------------------------

SECTOR_NEWS = (
    "新华社某市6月12日电(记者 某某)记者从全省水利基础设施建设攻坚会议上了解到，"
    "目前，全省水库总库容达到86亿立方米，灌区有效灌溉面积为1260万亩。\n"
    "为此，2028年至2030年，全省在水库、灌区和堤防建设上将力争完成投资920亿元。\n"
    "其中，水库力争完成投资400亿元。\n"
    "堤防工程确保新开工18项，加固堤防累计达到3000公里。\n"
)


def test_a_sectors_multi_year_aims_make_a_sector_plan_with_that_period():
    from planwatch.describe.meta import describe

    meta = describe(SECTOR_NEWS, name="t.txt")
    assert meta.doc_type is DocType.SECTOR_PLAN
    assert (meta.period_start, meta.period_end) == (2028, 2030)
    assert (meta.reference_date, meta.published) == ("2028-06-12", "2028-06-12")
    assert "dateline" in [e.basis for e in meta.evidence if e.field == "reference_date"]
    # A plan looks back from the year before its period.
    assert meta.reviewed_year == 2027


def test_a_sector_plans_state_now_is_a_result_and_its_aims_cover_its_period():
    from planwatch.describe.meta import describe

    f = facts_of(SECTOR_NEWS, describe(SECTOR_NEWS, name="t.txt"))
    # 目前 on a page of 12 June is the state that June (the page's own year).
    assert (f["86亿立方米"].kind, f["86亿立方米"].year) == (Kind.ACTUAL, 2028)
    assert (f["1260万亩"].kind, f["1260万亩"].year) == (Kind.ACTUAL, 2028)
    aim = f["920亿元"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2030, 2028)
    assert (f["400亿元"].kind, f["400亿元"].year) == (Kind.TARGET, 2030)
    assert (f["3000公里"].kind, f["3000公里"].year) == (Kind.TARGET, 2030)


def test_a_news_page_on_a_report_is_no_sector_plan():
    from planwatch.describe.meta import describe

    text = (
        "本报讯 1月9日上午，某市第十六届人民代表大会第三次会议开幕，市长作政府工作报告。"
        "报告指出，今年全市地区生产总值增长6%左右。\n"
    )
    assert describe(text, name="t.txt").doc_type is DocType.NEWS


def test_now_is_the_year_under_review_and_a_start_point_of_a_change():
    outline = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN,
        period_start=2026,
        period_end=2030,
        reference_year=2026,
        reference_date="2026-01-20",
    )
    f = facts_of("数字经济核心产业增加值占比将从目前的8%提高到12%。", outline)
    assert (f["8%"].kind, f["8%"].year) == (Kind.ACTUAL, 2025)
    assert (f["12%"].kind, f["12%"].year) == (Kind.TARGET, 2030)
    marks = time_marks("截至目前，全县共有养老机构28家；当前的主要任务是")
    assert [m.kind for m in marks] == ["now"]


# -- look-backs of a plan under way, half years and part-years of a period -----------------

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION, period_start=2026, period_end=2030, reference_year=2028
)


def test_a_span_in_a_review_of_a_plan_under_way_counts_the_plans_first_years():
    f = facts_of("两年间，全市城镇居民人均可支配收入年均增长7.2%。", MIDTERM)["7.2%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2027, 2026)


def test_two_and_a_half_years_end_in_the_year_of_the_evaluation():
    text = "两年间，全市农民人均纯收入年均增长8.1%。两年半的时间里，城镇累计新增就业42.6万人。"
    f = facts_of(text, MIDTERM)["42.6万人"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2028, 2026)


def test_a_period_ending_in_a_part_year_keeps_its_first_year():
    f = facts_of("2026年至2028年上半年，全市累计新增城镇就业31.2万人。", MIDTERM)["31.2万人"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2028, 2026)


def test_counts_of_indicators_by_status_are_at_the_date_of_the_evaluation():
    text = "“十五五”以来，规划确定的主要指标中，森林覆盖率等6项指标提前完成规划目标。"
    f = facts_of(text, MIDTERM)["6项"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2028, None)


def test_an_average_growth_from_a_start_year_begins_the_year_after():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2031, reference_date="2031-01-15"
    )
    text = "全县生产总值由2025年的120.5亿元增加到2030年的168.2亿元，年均增长6.9%。"
    f = facts_of(text, report)["6.9%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2030, 2026)


def test_a_chart_caption_is_no_section_heading():
    communique = DocumentMeta(
        doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2027, reference_year=2028
    )
    text = "图2 2023-2027年全县地区生产总值\n\n全县城镇新增就业3120人。\n"
    f = facts_of(text, communique)["3120人"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2027, None)


# -- a lead-in line dates the list after it ----------------------------------------------


def test_a_lead_in_line_dates_its_list_without_deciding_its_kind():
    review = DocumentMeta(
        doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2029, reference_date="2029-03-01"
    )
    text = (
        "主要预期目标完成良好\n"
        "2028年是规划实施的关键之年，报告提出一系列主要预期目标，完成情况如下：\n"
        "全市地区生产总值增长6%左右。去年全市地区生产总值增长6.3%。\n"
        "城镇调查失业率5.5%以内。去年城镇调查失业率为5.1%。\n"
        "推进财政改革\n"
        "全年一般公共预算收入增长4%。\n"
    )
    f = facts_of(text, review)
    assert (f["6%左右"].kind, f["6%左右"].year) == (Kind.TARGET, 2028)
    assert (f["6.3%"].kind, f["6.3%"].year) == (Kind.ACTUAL, 2028)
    assert (f["5.5%以内"].kind, f["5.5%以内"].year) == (Kind.TARGET, 2028)
    assert (f["5.1%"].kind, f["5.1%"].year) == (Kind.ACTUAL, 2028)
    # The next heading ends the list: the section's role and the report's default year hold.
    assert (f["4%"].kind, f["4%"].year) == (Kind.TARGET, 2029)


# -- a year's amount within a look back is no flow over the period -------------------------


def test_a_years_aggregate_completed_in_a_five_year_review_is_that_years_amount():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2031, reference_date="2031-01-15"
    )
    text = (
        "过去五年工作回顾\n"
        "规模以上工业增加值达到860亿元。地方财政总收入完成215.4亿元。"
        "五年累计完成固定资产投资5120亿元。\n"
    )
    f = facts_of(text, report)
    assert (f["860亿元"].year, f["860亿元"].period_start) == (2030, None)
    assert (f["215.4亿元"].year, f["215.4亿元"].period_start) == (2030, None)
    assert (f["5120亿元"].year, f["5120亿元"].period_start) == (2030, 2026)


def test_a_plans_per_head_and_listed_levels_are_no_flows_of_the_plan():
    outline = DocumentMeta(
        doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030, reference_year=2026
    )
    text = (
        "到2030年，居民人均消费支出达到3.1万元左右、劳动年龄人口平均受教育年限11.8年、"
        "城镇新增就业人数累计60万人，续建项目12项。"
    )
    f = facts_of(text, outline)
    assert (f["3.1万元左右"].kind, f["3.1万元左右"].period_start) == (Kind.TARGET, None)
    assert f["11.8年"].period_start is None
    assert (f["60万人"].year, f["60万人"].period_start) == (2030, 2026)
    assert (f["12项"].year, f["12项"].period_start) == (2030, 2026)


# -- periods named in the sentence ---------------------------------------------------------


def test_a_growth_over_a_period_named_in_its_sentence_covers_the_period():
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION, period_start=2026, period_end=2030, reference_year=2031
    )
    f = facts_of("预计“十五五”期间全市经济增速为6.4%，五年间新增就业12万人。", final)["6.4%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2030, 2026)
    listed = facts_of("2026年、2027年，全市生产总值分别增长6.2%、5.9%。", final)
    assert (listed["5.9%"].year, listed["5.9%"].period_start) == (2027, None)


def test_the_years_since_an_event_are_a_span_and_removals_are_flows():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2031, reference_date="2031-01-15"
    )
    text = (
        "报告指出，县第十八届人大一次会议以来的四年，全县经济较快增长。"
        "地方财政收入达到9.6亿元，年均增长8.3%。中心城区拆除危旧房屋320栋。"
    )
    f = facts_of(text, report)
    assert (f["8.3%"].year, f["8.3%"].period_start) == (2030, 2027)
    assert (f["320栋"].year, f["320栋"].period_start) == (2030, 2027)


def test_levels_held_reached_or_ended_and_ranks_since_a_base_year():
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION, period_start=2026, period_end=2030, reference_year=2031
    )
    text = (
        "2025年以来，全市小学净入学率保持在99.8%以上。"
        "一般公共预算支出由520.3亿元增加到706.8亿元。"
        "2030年全市经济总量居全省第5位，比2025年前移3位。"
    )
    f = facts_of(text, final)
    assert (f["99.8%以上"].year, f["99.8%以上"].period_start) == (2030, 2025)
    assert (f["706.8亿元"].year, f["706.8亿元"].period_start) == (2030, None)
    assert (f["3位"].year, f["3位"].period_start) == (2030, 2026)
    sector = DocumentMeta(
        doc_type=DocType.SECTOR_PLAN, period_start=2028, period_end=2030, reference_year=2028
    )
    total = facts_of("到2030年，全省铁路建成里程累计达到5200公里。", sector)["5200公里"]
    assert (total.kind, total.year, total.period_start) == (Kind.TARGET, 2030, None)


def test_an_evaluations_average_with_no_period_runs_from_the_plans_first_year():
    f = facts_of("全市城镇化率年均提高1.2个百分点。", MIDTERM)["1.2个百分点"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2028, 2026)
    part = facts_of("2028年上半年，全市生产总值平均增长5.6%。", MIDTERM)["5.6%"]
    assert part.period_start is None


def test_time_words_and_counts_read_through_junk_inside_words():
    news = DocumentMeta(doc_type=DocType.NEWS, reference_year=2027, reference_date="2027-01-12")
    text = "過(guò)去五年(nián)，全區地區生產總值年均增長6.6%。"
    f = facts_of(text, news)["6.6%"]
    assert (f.kind, f.year, f.period_start) == (Kind.ACTUAL, 2026, 2022)
    assert [m.kind for m in time_marks("过\ue000\ue000\ue000去一年")] == ["review"]
    final = DocumentMeta(
        doc_type=DocType.FINAL_EVALUATION,
        period_start=2026,
        period_end=2030,
        reference_year=2030,
        reference_date="2030-12-20",
    )
    count = facts_of("“十五五”期间，预计27项顺利完成规划目标。", final)["27项"]
    assert (count.kind, count.year, count.period_start) == (Kind.ACTUAL, 2030, None)


def test_the_first_value_of_a_change_is_at_the_start_the_sentence_names():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2031, reference_date="2031-01-15"
    )
    text = (
        "研发经费投入强度由2025年的1.8%上升到2030年的2.4%，"
        "万人有效发明专利拥有量由3.1件增加到6.2件。"
    )
    f = facts_of(text, report)
    assert (f["3.1件"].kind, f["3.1件"].year) == (Kind.ACTUAL, 2025)
    assert (f["6.2件"].kind, f["6.2件"].year) == (Kind.ACTUAL, 2030)


def test_a_ratio_that_starts_a_change_in_a_plan_review_is_at_the_periods_start():
    report = DocumentMeta(
        doc_type=DocType.WORK_REPORT, reference_year=2031, reference_date="2031-01-15"
    )
    text = "“十五五”时期，全市三次产业结构由8.2:45.1:46.7调整为6.9:41.3:51.8。"
    f = facts_of(text, report)
    assert [f[k].year for k in ("8.2", "45.1", "46.7")] == [2025, 2025, 2025]
    assert f["51.8"].year == 2030
