"""Classes of indicator names on sentences written for these tests: empty words around a
name, fragments that name nothing, the noun after 的 that names a figure, and words that end
in 一 without being a numeral."""

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


def test_empty_words_before_a_value_are_no_part_of_the_name():
    facts = facts_of("全市生产总值增速将从9.5%降到8%，全县经济总量可望达到320亿元左右。")
    assert facts["9.5%"].indicator == "全市生产总值增速"
    assert facts["320亿元左右"].indicator.startswith("经济总量")
    assert not facts["320亿元左右"].indicator.endswith("可望")


def test_a_fragment_that_names_nothing_takes_the_name_before_it():
    text = "全县农村居民人均可支配收入占城镇居民的比值提高，两地都超过了60%。"
    f = facts_of(text)["60%"]
    assert f.indicator not in ("都", "")
    assert len(f.indicator) >= 2


def test_the_noun_after_de_names_a_figure_after_a_framing_lead():
    text = "该目标也为与过去五年年均10.2%、9.6%的GDP增速相衔接，规划提出了7%的经济增速预期目标。"
    facts = facts_of(text)
    assert facts["10.2%"].indicator == facts["9.6%"].indicator == "GDP增速"
    assert facts["10.2%"].measure == Measure.GROWTH
    # (The aim words are the kind's evidence, not part of the name: prose_framing.)
    assert facts["7%"].indicator == "经济增速"
    # A bare 控制目标 after 的 names nothing: the figure keeps the subject before it.
    ceiling = facts_of("全市城镇登记失业率为3.6%，低于4.5%的控制目标。")["4.5%"]
    assert ceiling.indicator == "城镇登记失业率"


def test_a_word_ending_in_yi_is_no_numeral():
    facts = facts_of("全省是中部地区唯一一个常住人口超过1亿的省份。")
    assert "一一个" not in facts and "一个" not in facts
    assert facts["1亿"].unit == "亿人"


def test_a_target_moved_from_one_value_to_another_keeps_its_name():
    text = "某省2020年GDP增长目标由去年的7%左右下调到6.5%左右；某市增长目标由去年的8%以上调整。"
    facts = facts_of(text, DocumentMeta(doc_type=DocType("work_report_news")))
    assert facts["7%左右"].indicator == facts["6.5%左右"].indicator == "某省2020年GDP增长"
    assert facts["6.5%左右"].measure == Measure.GROWTH
    assert facts["8%以上"].indicator == "某市增长"


EVALUATION = DocumentMeta(
    doc_type=DocType("plan_midterm_evaluation"), reference_year=2018, reference_date="2018-06-01"
)


def test_a_percent_of_an_amount_is_its_growth_a_share_of_it_a_level():
    text = (
        "建议将后两年全市生产总值预期目标调整为7%左右。"
        "2016年、2017年，全市生产总值分别以9%、8.4%的增速位列全省第二、第三位。"
        "3个省重点项目完成年度投资计划的135.2%，财政收入占生产总值比重为11.3%。"
    )
    facts = facts_of(text, EVALUATION)
    target = facts["7%左右"]
    assert (target.indicator, target.measure) == ("全市生产总值", Measure.GROWTH)
    assert facts["9%"].indicator == "全市生产总值"
    assert facts["9%"].measure == facts["8.4%"].measure == Measure.GROWTH
    assert facts["第二"].indicator == "全市生产总值增速全省排名"
    assert facts["135.2%"].measure == facts["11.3%"].measure == Measure.LEVEL


def test_ranks_without_di_and_moves_between_ranks():
    text = "全市经济总量达到3120.5亿元，居全省5位，比2015年前移2位。"
    facts = facts_of(text, EVALUATION)
    assert facts["5位"].indicator == "经济总量全省排名"
    assert (facts["2位"].indicator, facts["2位"].measure) == (
        "经济总量全省排名",
        Measure.CHANGE,
    )


def test_part_of_a_period_and_only_are_no_names():
    text = "服务业增加值达到1256.8亿元，前两年年均增长10.1%。巩固率达95.6%，比2015年仅提高0.2个百分点。"
    facts = facts_of(text, EVALUATION)
    assert facts["10.1%"].indicator == "服务业增加值"
    assert facts["0.2个百分点"].indicator == "巩固率"


def test_a_count_after_examples_names_the_noun_and_what_it_did():
    text = "单位GDP能耗降低、森林覆盖率等6项指标提前完成规划目标。甲厂、乙厂等120个亿元以上项目开工建设。"
    facts = facts_of(text, EVALUATION)
    assert facts["6项"].indicator == "指标提前完成规划目标"
    assert facts["120个"].indicator == "亿元以上项目开工建设"


def test_a_change_verb_before_what_changed_makes_a_change():
    text = "全省减少农村贫困人口15万人，省级审批事项精简30%以上，服务业增加值净增额达4.1亿元。"
    facts = facts_of(text)
    poor = facts["15万人"]
    assert (poor.indicator, poor.measure, poor.value) == ("农村贫困人口", Measure.CHANGE, -15.0)
    assert (facts["30%以上"].measure, facts["30%以上"].value) == (Measure.GROWTH, -30.0)
    assert (facts["4.1亿元"].measure, facts["4.1亿元"].value) == (Measure.CHANGE, 4.1)
    # A fall named inside the indicator (减少量) is a level of that indicator.
    assert facts_of("碳排放减少量达6万吨。")["6万吨"].measure == Measure.LEVEL


def test_a_comparison_is_of_the_figure_named_before_it():
    text = "五年来，全市生产总值年均增长9.5%，分别高于全国全省3.2和1.1个百分点。"
    facts = facts_of(text)
    assert facts["3.2"].indicator == facts["1.1个百分点"].indicator == "全市生产总值高于全国全省"
    assert facts["3.2"].measure == Measure.CHANGE


def test_what_is_still_needed_is_of_the_figure_named_before():
    f = facts_of("全省高中阶段毛入学率要达到93%，还需提高0.6个百分点。")["0.6个百分点"]
    assert (f.indicator, f.measure) == ("高中阶段毛入学率", Measure.CHANGE)
    assert facts_of("规划纲要达到5个。")["5个"].indicator == "规划纲要"


def test_an_excess_over_the_years_plan_is_a_change_of_the_figure_before():
    f = facts_of("甲厂、乙厂等120个亿元以上项目开工建设，超年度计划目标20个。")["20个"]
    assert f.indicator == "亿元以上项目开工建设超年度计划目标"
    assert f.measure == Measure.CHANGE


def test_a_sentence_naming_nothing_takes_the_paragraphs_last_name():
    text = "全省地区生产总值居全国前列，2021年达5.6万亿元。其中，预计二〇二二年达五点九万亿元，增长百分之三左右。"
    facts = facts_of(text)
    assert facts["五点九万亿元"].indicator == "地区生产总值"
    pct = facts["百分之三左右"]
    assert (pct.indicator, pct.comparator) == ("地区生产总值", Comparator.APPROX)
    # A new paragraph does not take the last one's name.
    alone = facts_of("全省地区生产总值2021年达5.6万亿元。\n预计全年达五点九万亿元。")
    assert "五点九万亿元" not in alone


def test_a_count_opening_its_clause_names_its_noun_and_what_it_did():
    facts = facts_of(
        "从完成情况看，11个省份未完成年初增长目标，6个省份超额完成。新建9公里供水管网。"
    )
    assert facts["11个"].indicator == "省份未完成年初增长目标"
    assert facts["6个"].indicator == "省份超额完成"
    assert facts["9公里"].indicator == "新建供水管网"


def test_the_whole_area_before_a_target_word_is_no_part_of_the_name():
    facts = facts_of(
        "今年全省力争地区生产总值增长6%左右，全县确保粮食产量稳定在50万吨以上。"
        "全市共有医院12家，全市新增城镇就业1.2万人。"
    )
    assert facts["6%左右"].indicator == "地区生产总值"
    assert facts["50万吨以上"].indicator == "粮食产量"
    # a one-character joiner and a verb that is part of the indicator keep the scope
    assert facts["12家"].indicator.startswith("共有")
    assert facts["1.2万人"].indicator == "新增城镇就业"
