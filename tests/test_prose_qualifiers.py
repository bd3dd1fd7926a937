"""Words that qualify a figure without naming it, on sentences written for these tests: the
price basis of a growth (实际, 名义, 扣除价格因素), kind cues inside an indicator's name
(预期寿命, 计划生育), and a bracketed aside holding a figure of its own between a figure and
its change."""

from planwatch.core.data import DocType, DocumentMeta, Kind, Measure
from prosefacts import prose_facts

BULLETIN = DocumentMeta(
    doc_type=DocType("communique"), reference_year=2024, reference_date="2024-03-15"
)


def facts_of(text: str, meta: DocumentMeta = BULLETIN):
    return prose_facts(text, meta)


def price(fact) -> tuple[str, str] | None:
    ev = [e for e in fact.evidence if e.field == "price"]
    return (ev[0].basis, ev[0].text) if ev else None


def test_a_price_basis_is_no_name_and_is_recorded():
    text = "全县地区生产总值达到412亿元，扣除价格因素实际增长7.2%。"
    f = facts_of(text)["7.2%"]
    assert f.indicator == "地区生产总值"
    assert f.measure == Measure.GROWTH and f.value == 7.2
    assert price(f) == ("constant_price", "实际")
    assert text[f.quote_start : f.quote_end].endswith("扣除价格因素实际增长7.2%")


def test_a_nominal_growth_is_told_from_the_real_one_in_the_same_sentence():
    text = "全县社会消费品零售总额96亿元，比上年名义增长5.3%；城镇居民人均可支配收入41200元，实际增长4.8%，名义增长6.0%。"
    facts = facts_of(text)
    assert facts["5.3%"].indicator == "社会消费品零售总额"
    assert price(facts["5.3%"]) == ("nominal", "名义")
    assert facts["4.8%"].indicator == facts["6.0%"].indicator == "城镇居民人均可支配收入"
    assert price(facts["4.8%"]) == ("constant_price", "实际")
    assert price(facts["6.0%"]) == ("nominal", "名义")


def test_a_clause_stating_only_the_basis_qualifies_the_growth_after_it():
    text = "全年全县完成地区生产总值530亿元，按可比价格计算，比上年增长6.4%，按现价计算增长8.9%。"
    facts = facts_of(text)
    assert price(facts["6.4%"]) == ("constant_price", "按可比价格计算")
    assert price(facts["8.9%"]) == ("nominal", "按现价计算")
    assert price(facts["530亿元"]) is None  # a level has no price basis to state
    assert price(facts_of("全县规模以上工业增加值增长9.1%。")["9.1%"]) is None


def test_a_kind_cue_inside_an_indicator_name_decides_nothing():
    facts = facts_of("全县人均预期寿命为80.62岁，居民平均预期寿命比上年提高0.2岁。")
    assert facts["80.62岁"].kind == Kind.ACTUAL
    assert facts["80.62岁"].year == 2023
    assert not any(e.text == "预期" for e in facts["80.62岁"].evidence)
    assert facts_of("全乡计划生育率为98.7%。")["98.7%"].kind == Kind.ACTUAL
    # The cue outside the name still decides: an aim stays an aim.
    plan = facts_of("全县人均预期寿命预期达到81.5岁。")["81.5岁"]
    assert plan.kind == Kind.TARGET


def test_a_change_after_an_aside_holding_a_figure_is_of_the_figure_before_it():
    text = "全县森林覆盖率达到23.4%(以全县国土面积1586平方公里测算)，同比上升了0.37个百分点。"
    facts = facts_of(text)
    change = facts["0.37个百分点"]
    assert change.indicator == facts["23.4%"].indicator == "森林覆盖率"
    assert change.measure == Measure.CHANGE and change.kind == Kind.ACTUAL
    # The figure inside the aside is named inside it, never after the noun beyond it.
    assert "(" not in facts["23.4%"].indicator
    assert "国土面积" in facts["1586平方公里"].indicator
    full_width = "全县湿地保护率为56.1%（按省定口径共8.2万亩计），比上年提高1.5个百分点。"
    assert facts_of(full_width)["1.5个百分点"].indicator == "湿地保护率"


def test_a_figure_restated_in_brackets_keeps_its_name_and_unit_for_the_next():
    facts = facts_of("全县新增造林面积320公顷(4800亩)，比上年增加45公顷。")
    assert facts["4800亩"].indicator == facts["320公顷"].indicator
    assert facts["45公顷"].indicator == facts["320公顷"].indicator
    assert facts["45公顷"].measure == Measure.CHANGE


NEWS = DocumentMeta(
    doc_type=DocType("work_report_news"), reference_year=2024, reference_date="2024-01-25"
)


def test_a_clause_naming_only_places_is_of_the_indicator_named_before():
    text = "五个区域中心城市地区生产总值全部突破1500亿元，德阳、南充超2500亿元。"
    facts = facts_of(text, NEWS)
    assert facts["2500亿元"].indicator == facts["1500亿元"].indicator
    # The place the figure before was said of is no part of the name the places take.
    text = "此外，湖南GDP首次突破4万亿元、江西和广西首次跨过2万亿元。"
    facts = facts_of(text, NEWS)
    assert facts["2万亿元"].indicator.startswith("GDP")
    # Across sentences of one paragraph, too.
    text = "去年全省规模以上工业增加值比上年增长7.1%，增速居全国前列。襄阳、宜昌均超过9%。"
    assert facts_of(text, NEWS)["9%"].indicator == "规模以上工业增加值"


def test_a_name_with_a_place_and_an_indicator_keeps_both():
    facts = facts_of("全省财政收入增长5%，宜昌财政收入增长8%。", NEWS)
    assert facts["8%"].indicator == "宜昌财政收入"


def test_a_target_moved_from_one_value_to_another_is_an_aim_at_both_ends():
    text = "湖南2021年GDP增长目标由去年的7.5%左右下调到6.5%以上，多数省份有所调整。"
    news = DocumentMeta(
        doc_type=DocType("work_report_news"), reference_year=2021, reference_date="2021-02-01"
    )
    facts = facts_of(text, news)
    old, new = facts["7.5%左右"], facts["6.5%以上"]
    assert old.kind == new.kind == Kind.TARGET
    # The time after 由 is the old aim's; the new one keeps the subject's year.
    assert (old.year, new.year) == (2020, 2021)
    assert [e.text for e in old.evidence if e.field == "kind"] == ["目标"]
    # A result moved from one value to another stays a result where it starts.
    grew = facts_of("全县工业增加值增速由上年的4.1%提高到6.3%。")
    assert grew["4.1%"].kind == Kind.ACTUAL


def test_a_figure_net_of_an_effect_keeps_the_name_before_and_missed_hopes_are_no_aim():
    review = DocumentMeta(
        doc_type=DocType("plan_final_evaluation"), reference_year=2021, reference_date="2021-03-01"
    )
    text = "全县税收收入未达预期主要受减税政策影响，剔除该因素年均增长8.3%。"
    f = facts_of(text, review)["8.3%"]
    assert f.indicator == "税收收入"
    assert f.measure == Measure.GROWTH and f.kind == Kind.ACTUAL


def test_a_span_of_years_or_a_plans_period_is_no_part_of_a_name():
    text = "2019~2020年全县经济平均年增速为5.2%，全县经济增速将比“十三五”期间下降0.8个百分点。"
    facts = facts_of(text)
    assert facts["5.2%"].indicator == "经济平均年增速"
    fall = facts["0.8个百分点"]
    assert fall.indicator == "经济增速" and fall.measure == Measure.CHANGE
    assert fall.value == -0.8
    text = "两年半的时间里全县城镇累计新增就业3.2万人，完成规划目标的55%。"
    assert facts_of(text)["3.2万人"].indicator == "城镇累计新增就业"
