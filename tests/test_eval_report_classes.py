"""Classes of writing of evaluations and plan-implementation reports, in sentences and
tables composed for these tests in the style such reports are published in: an
indicator's item with its aim and its result (预期目标…，执行情况…), the year's aim in a
bracket beside its result, how much of an aim was done after a fall, an aim over the
plan's five years quoted by an evaluation, and a mid-term table printed one row per
line with single spaces."""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Kind, Measure, Outline
from planwatch.extract.tables import recover_tables
from prosefacts import prose_facts as facts_of

REPORT = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2024, reference_date="2024-01-10"
)
MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-10-20",
    period_start=2021,
    period_end=2025,
)


def _got(f):
    return f.indicator, f.kind, f.measure, f.year, f.value


def test_an_items_result_label_names_nothing_and_states_the_result():
    facts = facts_of(
        "1．地区生产总值增长：预期目标6.5%左右，执行情况6.1%\n"
        "2．城镇新增就业：年度目标8000人，完成情况8436人\n",
        REPORT,
    )
    assert _got(facts["6.1%"]) == ("地区生产总值增长", Kind.ACTUAL, Measure.GROWTH, 2023, 6.1)
    assert _got(facts["8436人"])[:3] == ("城镇新增就业", Kind.ACTUAL, Measure.LEVEL)
    assert facts["6.5%左右"].kind == facts["8000人"].kind == Kind.TARGET


def test_an_aim_in_a_bracket_beside_a_result_is_that_years_aim():
    facts = facts_of(
        "全年实现地区生产总值增长5.6%（预期目标为6%左右），"
        "规模以上工业增加值增长7.9%（年度目标8%以上），城镇新增就业1.1万人（计划1万人）。",
        REPORT,
    )
    for result in ("5.6%", "7.9%", "1.1万人"):
        assert (facts[result].kind, facts[result].year) == (Kind.ACTUAL, 2023), result
    for aim in ("6%左右", "8%以上", "1万人"):
        assert (facts[aim].kind, facts[aim].year) == (Kind.TARGET, 2023), aim
    assert facts["6%左右"].indicator == "地区生产总值"


def test_an_aim_beside_a_result_leaves_the_next_results_kind_alone():
    # (In traditional script too: the rules read the normalised view.)
    facts = facts_of(
        "全年實現地區生產總值增長6.3%（預期目標為7%左右）；規模以上工業增加值增長8.1%（預期目標9%以上）。"
        "社会消费品零售总额增长5.2%。",
        REPORT,
    )
    for result in ("6.3%", "8.1%", "5.2%"):
        assert (facts[result].kind, facts[result].year) == (Kind.ACTUAL, 2023), result
    assert facts["9%以上"].kind == Kind.TARGET


def test_a_bracket_comparing_with_the_aim_is_no_aim():
    facts = facts_of("固定资产投资增长4.2%（比年度计划低3.8个百分点）。", REPORT)
    assert facts["3.8个百分点"].kind == Kind.ACTUAL


def test_how_much_of_an_aim_was_done_after_a_fall_is_a_level():
    facts = facts_of("单位地区生产总值能耗两年累计下降5.8%，完成五年目标的43.1%。", MIDTERM)
    assert facts["5.8%"].value == -5.8
    share = facts["43.1%"]
    assert (share.kind, share.measure, share.value) == (Kind.ACTUAL, Measure.LEVEL, 43.1)


def test_an_aim_over_the_plans_five_years_quoted_by_an_evaluation():
    facts = facts_of(
        "（5）城镇新增就业：规划目标五年累计30万人，两年累计完成13.1万人，完成进度43.7%。"
        "（6）单位地区生产总值能耗降低：规划目标五年累计降低13.5%，两年累计降低5.8%。",
        MIDTERM,
    )
    for aim in ("30万人", "13.5%"):
        f = facts[aim]
        assert (f.kind, f.year, f.period_start) == (Kind.TARGET, 2025, 2021), aim
    done = facts["13.1万人"]
    assert (done.kind, done.year, done.period_start) == (Kind.ACTUAL, 2022, 2021)


def test_a_look_back_over_five_years_without_an_aim_stays_a_result():
    facts = facts_of("全市五年累计新增城镇就业28.2万人。", MIDTERM)
    assert facts["28.2万人"].kind == Kind.ACTUAL


SPACED_TABLE = (
    "二、主要指标进展情况\n"
    "表1 某市“十四五”规划主要指标中期进展情况\n"
    "序号 指标 单位 2020年 2025年目标 2022年 属性 进展情况\n"
    "1 地区生产总值年均增长 % 4.1 6.5左右 5.9 预期性 基本符合\n"
    "2 人均地区生产总值 万元 7.2 9.6 8.4 预期性 符合预期\n"
    "3 居民人均可支配收入增长 % 4.6 与经济增长同步 6.2 预期性 符合预期\n"
    "4 单位地区生产总值能耗降低 % — [14] [5.1] 约束性 滞后\n"
    "5 森林覆盖率 % 41.2 42 41.8 约束性 符合预期\n"
    "注：[ ]内为五年累计数。\n"
    "三、存在的主要问题\n"
)


def _table_facts(text: str) -> dict[str, tuple]:
    ctx = ExtractContext(doc="t", meta=MIDTERM, outline=Outline())
    (table,) = recover_tables(text, ctx)
    return {
        text[f.start : f.end]: (f.kind, f.measure, f.year, f.period_start, f.unit)
        for f in table.facts
    }


def test_a_single_spaced_row_as_wide_as_its_header_keeps_its_columns():
    got = _table_facts(SPACED_TABLE)
    # The unit run into the name by one space is the 单位 column's.
    assert got["8.4"] == (Kind.ACTUAL, Measure.LEVEL, 2022, None, "万元")
    # A phrase and a dash hold their columns: the figures after them keep theirs.
    assert got["6.2"][:3] == (Kind.ACTUAL, Measure.GROWTH, 2022)
    assert got["[14]"][:3] == (Kind.TARGET, Measure.CHANGE, 2025)
    assert got["[5.1]"][:3] == (Kind.ACTUAL, Measure.CHANGE, 2022)
    assert "与经济增长同步" not in got and "—" not in got


def test_an_average_growth_rows_result_is_the_average_since_the_plan_began():
    got = _table_facts(SPACED_TABLE)
    assert got["5.9"] == (Kind.ACTUAL, Measure.GROWTH, 2022, 2021, "%")
    assert got["4.1"] == (Kind.ACTUAL, Measure.GROWTH, 2020, None, "%")  # the base year's
    assert got["6.5左右"][:4] == (Kind.TARGET, Measure.GROWTH, 2025, 2021)
    # A row naming no average: the year's own growth.
    assert got["6.2"][3] is None


def test_a_plan_named_as_whose_aim_dates_nothing_after_it():
    # 完成“十四五”目标: whose aim; the next sentence's results keep the year in force
    # (2022年 of the paragraph), not the plan's last year.
    facts = facts_of(
        "2022年单位地区生产总值能耗比2020年累计下降4.1%，完成“十四五”目标（下降14%）的29.3%。"
        "森林覆盖率达到46.2%，比2020年提高0.4个百分点。",
        MIDTERM,
    )
    assert facts["4.1%"].indicator == "单位地区生产总值能耗"  # (比2020年累计: the cue run)
    assert (facts["29.3%"].kind, facts["29.3%"].year) == (Kind.ACTUAL, 2022)
    assert (facts["46.2%"].kind, facts["46.2%"].year) == (Kind.ACTUAL, 2022)
    assert facts["0.4个百分点"].kind == Kind.ACTUAL


def test_an_aim_framed_by_how_it_will_be_met_is_the_figure_befores():
    facts = facts_of(
        "全社会研发经费投入强度达到2.31%，按现有进度有望完成2.6%的规划目标。"
        "每万人口高价值发明专利拥有量5.6件，已提前实现5件的规划目标。",
        MIDTERM,
    )
    assert facts["2.6%"].indicator == "全社会研发经费投入强度"
    assert facts["5件"].indicator == "每万人口高价值发明专利拥有量"
    assert facts["2.6%"].kind == facts["5件"].kind == Kind.TARGET


def test_a_projection_drops_its_modal_verb_from_the_name():
    facts = facts_of("预计到2025年地区生产总值可达到3800亿元左右。", MIDTERM)
    assert (facts["3800亿元左右"].indicator, facts["3800亿元左右"].kind) == (
        "地区生产总值",
        Kind.TARGET,
    )
    # (A name ending in 许可 keeps it.)
    assert facts_of("全年办理行政许可4500件。", MIDTERM)["4500件"].indicator.endswith("许可")


def test_a_clause_only_stating_the_price_basis_names_nothing():
    facts = facts_of(
        "2022年全市地区生产总值达到7079.8亿元；按可比价计算，2021年、2022年分别增长8.9%和4.6%。",
        MIDTERM,
    )
    assert facts["8.9%"].indicator == facts["4.6%"].indicator == "地区生产总值"
    assert (facts["8.9%"].year, facts["4.6%"].year) == (2021, 2022)


def test_a_count_of_indicators_is_named_by_its_status_not_its_reason():
    facts = facts_of(
        "28项主要指标中，3项因统计口径调整暂无法评估，4项受疫情影响进度滞后。", MIDTERM
    )
    assert facts["3项"].indicator == "暂无法评估"
    assert facts["4项"].indicator == "进度滞后"
    assert facts_of("另有2项受统计口径调整影响暂不评价。", MIDTERM)["2项"].indicator == "暂不评价"


def test_this_year_so_far_under_a_heading_reviewing_the_year_just_ended():
    # Drafted in December, delivered in January, under the review's heading: 今年以来 is
    # the year the heading names.
    text = (
        "一、2023年国民经济和社会发展计划执行情况\n"
        "今年以来，全县完成地区生产总值184.1亿元，同比增长8.4%。\n"
    )
    facts = facts_of(text, REPORT)
    assert (facts["184.1亿元"].year, facts["8.4%"].year) == (2023, 2023)
    # With no such heading it is the page's own year (news of March on the year so far).
    alone = facts_of("今年以来，全县地区生产总值同比增长8.4%。", REPORT)
    assert alone["8.4%"].year == 2024


def test_a_progress_column_is_a_share_as_of_the_tables_results_year():
    text = (
        "附表 “十四五”规划主要指标中期完成情况\n"
        "序号 指标名称 单位 2020年基数 2025年目标 2022年完成 完成进度(%) 评价结果\n"
        "1 地区生产总值 亿元 2103.5 2900 2516.2 51.8 基本符合预期\n"
        "2 一般公共预算收入 亿元 150.2 200 171.3 42.2 滞后\n"
        "3 常住人口城镇化率 % 58.1 63 60.4 46.9 基本符合预期\n"
        "二、存在的主要问题\n"
    )
    ctx = ExtractContext(doc="t", meta=MIDTERM, outline=Outline())
    (table,) = recover_tables(text, ctx)
    got = {text[f.start : f.end]: f for f in table.facts}
    share = got["51.8"]
    assert (share.indicator, share.kind, share.measure, share.year, share.unit) == (
        "地区生产总值完成进度",
        Kind.ACTUAL,
        Measure.LEVEL,
        2022,
        "%",
    )
    assert (got["2516.2"].year, got["2516.2"].unit) == (2022, "亿元")


FINAL = DocumentMeta(
    doc_type=DocType.FINAL_EVALUATION,
    reference_year=2021,
    reference_date="2021-02-02",
    period_start=2016,
    period_end=2020,
)


def test_a_flow_summed_in_an_evaluation_with_no_period_named_is_the_plans_so_far():
    facts = facts_of("城镇新增就业累计45.6万人。全市公路通车里程累计达到1.2万公里。", FINAL)
    assert (facts["45.6万人"].year, facts["45.6万人"].period_start) == (2020, 2016)
    assert facts["1.2万公里"].period_start is None  # (a stock reached: 累计达到)


def test_an_average_change_after_a_change_from_a_start_year_runs_from_the_year_after():
    text = "常住人口城镇化率由2015年的55.1%提高到2020年的61.3%，年均提高1.24个百分点。"
    f = facts_of(text, FINAL)["1.24个百分点"]
    assert (f.measure, f.year, f.period_start) == (Measure.CHANGE, 2020, 2016)
