"""Round 25's forms of evaluations' indicator tables as PDF text layers print them (a
commission's annex to its mid-term evaluation, one row a line), on tables written for
these tests in that style (no row copied): a caption naming the plan's progress at
mid-term, a name wrapped below its row, a page break inside the table under a running
header seen once, a 超过预期 verdict."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind
from planwatch.describe.doctype import detect_genre
from planwatch.extract.table_cells import CellClass, classify
from planwatch.pipeline import analyse_text
from planwatch.read.chrome import chrome_lines

ANNEX = (
    "青川市发展和改革委员会\n"
    "附件2\n"
    "青川市“十五五”规划纲要主要指标\n"
    "中期完成情况表\n"
    "序号 指标 单位 2025年基数 2030年目标 2027年完成 进度评价\n"
    "1 地区生产总值年均增长 % — 5.5左右 4.9 基本符合\n"
    "2 城乡居民人均可支配收 % — 6 6.4 超过预期\n"
    "入年均增长\n"
    "3 一般公共预算收入 亿元 41.3 55 47.6 符合预期\n"
    "— 9 —\n"
    "青川市“十五五”规划纲要实施情况中期评估报告\n"
    "序号 指标 单位 2025年基数 2030年目标 2027年完成 进度评价\n"
    "4 森林覆盖率 % 52.1 53 52.8 符合预期\n"
    "5 单位地区生产总值二氧 % — 〔17〕 〔6.2〕 滞后\n"
    "化碳排放降低\n"
    "6 空气质量优良天数比率 % 90.4 92 93.1 提前完成\n"
    "— 10 —\n"
)


def _facts(text):
    return {(f.value, f.year): f for f in analyse_text("annex.txt", text).facts}


def test_a_table_captioned_with_the_plans_progress_at_mid_term_is_a_mid_term_evaluation():
    assert detect_genre(ANNEX).doc_type is DocType.MIDTERM_EVALUATION
    a = analyse_text("annex.txt", ANNEX)
    assert a.document.meta.doc_type is DocType.MIDTERM_EVALUATION


def test_the_running_header_of_one_page_break_is_chrome_and_the_table_goes_on():
    blanked = [ANNEX[a:b] for a, b in chrome_lines(ANNEX)]
    assert "青川市“十五五”规划纲要实施情况中期评估报告" in blanked
    facts = _facts(ANNEX)
    forest = facts[(52.8, 2027)]
    assert forest.indicator == "森林覆盖率" and forest.kind is Kind.ACTUAL
    assert facts[(53.0, 2030)].kind is Kind.TARGET
    assert facts[(93.1, 2027)].kind is Kind.ACTUAL


def test_a_numbered_heading_after_a_page_number_is_no_running_header():
    text = ANNEX.replace("青川市“十五五”规划纲要实施情况中期评估报告", "二、主要指标完成情况")
    assert "二、主要指标完成情况" not in [text[a:b] for a, b in chrome_lines(text)]


def test_a_name_wrapped_below_its_row_joins_its_name():
    facts = _facts(ANNEX)
    income = facts[(6.4, 2027)]
    assert income.indicator.startswith("城乡居民人均可支配收入")
    assert income.kind is Kind.ACTUAL and income.measure.value == "growth"
    assert income.period_start == 2026
    assert facts[(6.0, 2030)].kind is Kind.TARGET
    carbon = facts[(6.2, 2027)]
    assert carbon.indicator.startswith("单位地区生产总值二氧化碳排放")
    # (the tail is not read as the next row's name's head)
    assert facts[(93.1, 2027)].indicator == "空气质量优良天数比率"


def test_a_wrapped_attribute_is_no_names_tail():
    text = (
        "附表 青川市“十四五”规划主要指标完成情况\n"
        "序号 指标 单位 规划目标 完成情况 是否完成 属性\n"
        "1 城镇居民人均可支配收入年均增长 % 8 6.9 未完成 预期\n"
        "性\n"
        "2 农村居民人均可支配收入年均增长 % 9 9.6 完成 预期性\n"
    )
    facts = {f.value: f for f in analyse_text("t.txt", text).facts}
    assert facts[6.9].indicator == "城镇居民人均可支配收入"


def test_surpassing_the_aim_is_a_status_verdict():
    assert classify("超过预期") is CellClass.PHRASE


# A district's mid-term evaluation copied onto a model-text site without its date: it opens
# its result clauses with the plan's second year and names its third year's first three
# quarters by number.
UNDATED = (
    "青川市临江区“十五五”规划纲要实施情况中期评估报告\n"
    "区人大常委会：\n"
    "现将《纲要》实施中期评估情况报告如下。\n"
    "一、总体评价\n"
    "《纲要》实施以来，全区经济稳中有进。2027年地区生产总值达到812.6亿元，两年年均增长5.1%；"
    "2028年{part}实现地区生产总值633.4亿元，增长5.6%。《纲要》提出的24项主要指标中，18项符合"
    "或快于预期，6项进度滞后。\n"
    "二、主要指标完成情况\n"
    "研发经费投入强度2.36%，比2025年提高0.28个百分点；社会消费品零售总额402.7亿元。\n"
)


def test_an_undated_evaluation_naming_its_years_first_three_quarters_reports_the_year_before():
    facts = {f.value: f for f in analyse_text("u.txt", UNDATED.format(part="前三季度")).facts}
    assert facts[2.36].year == 2027 and facts[402.7].year == 2027
    assert facts[18.0].year == 2027


def test_naming_its_first_half_only_it_reports_as_of_its_own_year():
    facts = {f.value: f for f in analyse_text("u.txt", UNDATED.format(part="上半年")).facts}
    assert facts[2.36].year == 2028


# A city's mid-term report to its standing committee, its title's words the other way round
# (中期实施评估), counting the plan's indicators by attribute and category before their status.
MAKE_UP = (
    "关于青川市国民经济和社会发展第十五个五年规划纲要中期实施评估情况的报告\n"
    "2028年10月27日在市人大常委会第九次会议上\n"
    "一、纲要主要指标完成情况\n"
    "我市“十五五”规划纲要确定四大类共计30项指标。从指标属性看，约束性指标12项（民生保障类3项，"
    "绿色生态类9项），预期性指标18项（经济发展类11项，创新驱动类7项）。截至2028年6月底，"
    "有22项指标提前完成或符合预期。\n"
)


def test_an_evaluation_titled_mid_term_implementation_evaluation_is_one():
    assert analyse_text("m.txt", MAKE_UP).document.meta.doc_type is DocType.MIDTERM_EVALUATION


def test_indicators_counted_by_category_are_the_plans_make_up():
    values = sorted(f.value for f in analyse_text("m.txt", MAKE_UP).facts)
    assert values == [22.0]


def test_indicators_named_before_their_count_are_counted_by_status_at_a_date():
    text = (
        "青川市“十五五”规划纲要实施中期评估报告\n"
        "发布时间：2028-11-20\n"
        "依据“十五五”前两年的发展形势，在30个主要指标中，进展略有滞后（完成率在30%到40%）的指标有"
        "4个，明显滞后（完成率低于30%）的有2个。\n"
    )
    facts = {f.value: f for f in analyse_text("f.txt", text).facts if f.unit == "个"}
    assert set(facts) == {4.0, 2.0}
    assert all(f.period_start is None and f.year == 2027 for f in facts.values())


def test_marks_crossed_one_after_another_each_take_the_verbs_comparator():
    from planwatch.core.data import Comparator

    for verb in ("先后跨越", "连续跨越了"):
        text = (
            "青川市“十四五”规划实施情况总结评估报告\n"
            "发布时间：2026-03-02\n"
            f"“十四五”期间，全市地区生产总值{verb}3000亿元、4000亿元、5000亿元，"
            "2025年达到5120亿元。\n"
        )
        facts = {f.value: f for f in analyse_text("f.txt", text).facts}
        assert all(facts[v].comparator is Comparator.GE for v in (3000.0, 4000.0, 5000.0))
        assert facts[5120.0].comparator is Comparator.EQ


def test_anothers_rank_held_against_the_area_is_no_rank_of_its_own():
    text = (
        "青川市“十四五”规划实施情况总结评估报告\n"
        "发布时间：2026-03-02\n"
        "五年来，全市经济总量增量超过800亿元，相当于全省排名前5县市2025年的总和，超过了全省"
        "排名第三城市的经济总量。全市地区生产总值增速居全省第2位。\n"
    )
    ranks = [f for f in analyse_text("r.txt", text).facts if f.unit == "位"]
    assert [f.value for f in ranks] == [2.0]


def test_an_aim_called_the_expectation_closing_the_clause_is_an_aim():
    text = (
        "青川市“十五五”规划纲要实施情况中期评估报告\n"
        "发布时间：2028-11-20\n"
        "社会消费品零售总额386.2亿元，年均增速为3.4%，低于8%的预期。\n"
    )
    facts = {f.value: f for f in analyse_text("e.txt", text).facts}
    assert facts[8.0].kind is Kind.TARGET and facts[8.0].year == 2030
    assert facts[3.4].kind is Kind.ACTUAL
