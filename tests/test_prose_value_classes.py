"""Classes of prose values on sentences written for these tests: percentage points cut by
mirror junk, written once at the end of a list or as 个点; magnitudes without a number;
unitless indices; values quoted from a plan; two values of one change."""

from planwatch.core.data import (
    Comparator,
    DocType,
    DocumentMeta,
    Measure,
)
from prosefacts import prose_facts

REPORT = DocumentMeta(
    doc_type=DocType("work_report"), reference_year=2024, reference_date="2024-01-20"
)


def facts_of(text: str, meta: DocumentMeta = REPORT):
    return prose_facts(text, meta)


def test_percentage_point_cut_by_pinyin_junk_is_one_unit():
    text = "全县常住人口城镇化率为58.3%，比上年末提(ti)高(gao) 0.42 個(ge)(ge)百分(fen)點(dian)。"
    f = facts_of(text)["0.42 個(ge)(ge)百分(fen)點"]
    assert (f.unit, f.measure, f.value) == ("个百分点", Measure.CHANGE, 0.42)
    assert f.indicator == "常住人口城镇化率"


def test_percentage_point_written_once_at_the_end_of_a_list():
    text = "三次产业分别拉动经济增长0.8个、2.6个、3.1个百分点。两项增速分别高于全省1.2個和0.7個百分點。"
    facts = facts_of(text)
    for key, value in (("0.8个", 0.8), ("2.6个", 2.6), ("1.2個", 1.2)):
        assert (facts[key].unit, facts[key].measure, facts[key].value) == (
            "个百分点",
            Measure.CHANGE,
            value,
        )
    # A count in a list stays a count.
    counts = facts_of("新建学校3个、医院2个。")
    assert counts["3个"].unit == "个"


def test_colloquial_point_is_a_percentage_point_but_not_a_point_location():
    facts = facts_of("全市服务业占比比上年提高了1.6个点，新建监测站5个点位。")
    assert (facts["1.6个点"].unit, facts["1.6个点"].measure) == ("个百分点", Measure.CHANGE)
    assert facts["5个"].unit == "个"


def test_magnitudes_without_a_number_are_floors():
    text = (
        "五年来，全市地区生产总值和固定资产投资跨过双千亿。"
        "全县工业总产值突破万亿元。金融业增加值逾万亿。全省经济总量迈上3万亿台阶。"
    )
    facts = facts_of(text)
    both = facts["双千亿"]
    assert (both.indicator, both.value, both.unit, both.comparator) == (
        "地区生产总值和固定资产投资",
        1000.0,
        "亿元",
        Comparator.GE,
    )
    assert (facts["万亿元"].value, facts["万亿元"].unit) == (1.0, "万亿元")
    assert (facts["万亿"].indicator, facts["万亿"].unit) == ("金融业增加值", "万亿元")
    step = facts["3万亿"]
    assert (step.indicator, step.unit, step.comparator) == ("经济总量", "万亿元", Comparator.GE)


def test_size_classes_and_marks_passed_are_no_names():
    facts = facts_of("培育千亿级产业集群2个、百亿企业6家。机场旅客吞吐量突破300万大关。")
    assert set(facts) == {"2个", "6家", "300万"}
    assert (facts["300万"].indicator, facts["300万"].unit) == ("机场旅客吞吐量", "万人次")


def test_statements_quoted_from_a_plan_are_values_names_in_quotes_are_not():
    text = "中期评估将原规划中“全市生产总值年均增速达到7%”调整为“达到6.5%左右”。实施“1+5”行动。"
    facts = facts_of(text)
    assert set(facts) == {"7%", "6.5%左右"}
    assert facts["7%"].indicator == facts["6.5%左右"].indicator == "全市生产总值年均增速"
    assert facts["6.5%左右"].measure == Measure.GROWTH
    quoted = facts_of("全县高中阶段毛入学率远超《纲要》“达到92%”的目标。")["92%"]
    assert quoted.indicator.startswith("高中阶段毛入学率")


def test_counts_of_a_plans_parts_are_no_facts_unless_they_fared_somehow():
    text = (
        "《纲要》从经济、民生、生态3个方面提出24项主要指标，其中预期性指标15个，约束性指标9个。"
        "单位GDP能耗降低等6项指标提前完成规划目标。《纲要》共十二篇五十八章。新建学校4个。"
    )
    facts = facts_of(text, DocumentMeta(doc_type=DocType("plan_midterm_evaluation")))
    assert set(facts) == {"6项", "4个"}


def test_units_of_livestock_capacity_and_voltage_classes():
    facts = facts_of("牲畜存栏增加到1.4亿头只，全网变电容量突破1.2亿千伏安，建成500千伏变电站2座。")
    assert (facts["1.4亿头只"].unit, facts["1.2亿千伏安"].unit) == ("亿头只", "亿千伏安")
    assert "500千伏" not in facts


def test_ages_of_a_group_and_ordinals_of_sectors_are_no_values():
    text = "全市第三产业增加值增长7.2%，营商环境居全省第一方阵，0-14岁人口占总人口的16.5%。"
    facts = facts_of(text)
    assert set(facts) == {"7.2%", "16.5%"}
    assert facts["16.5%"].indicator.startswith("0-14岁人口占总人口")


def test_indices_and_ratios_without_a_unit():
    text = "全年居民消费价格指数为102.1，城乡居民收入比缩小至2.2左右，全市有学校3所，编号为12。"
    facts = facts_of(text)
    assert (facts["102.1"].indicator, facts["102.1"].unit) == ("居民消费价格指数", None)
    ratio = facts["2.2左右"]
    assert (ratio.value, ratio.unit, ratio.comparator) == (2.2, None, Comparator.APPROX)
    assert "12" not in facts


def test_a_count_of_cases_and_ten_points_and_shared_out_year_on_year_changes():
    text = "全县共发生火灾事故4起，受伤5人，同比分别下降20%、37.5%。高新技术产业占工业比重提高近十个百分点。"
    facts = facts_of(text)
    assert facts["4起"].unit == "起"
    assert facts["20%"].indicator.endswith("火灾事故")
    assert facts["37.5%"].indicator == "受伤"
    assert (facts["十个百分点"].value, facts["十个百分点"].measure) == (10.0, Measure.CHANGE)


def test_negative_values_after_a_word_that_gives_them_but_not_ranges():
    facts = facts_of("人口自然增长率为-0.21‰，工业增速-1.5%，增长6%-7%。")
    assert facts["-0.21‰"].value == -0.21
    assert facts["-1.5%"].value == -1.5
    assert (facts["6%"].value, facts["6%"].comparator) == (6.0, Comparator.GE)
    assert (facts["7%"].value, facts["7%"].comparator) == (7.0, Comparator.LE)  # (not -7)


def test_a_cue_word_left_over_before_a_value_names_nothing():
    facts = facts_of("汽车产量继续保持30%以上增长、达288万辆。")
    assert facts["288万辆"].indicator == facts["30%以上"].indicator == "汽车产量"
