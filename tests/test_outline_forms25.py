"""Forms of plan outlines and sector plans read on real public pages (round 25), on
sentences composed for these tests in the style of those pages."""

from planwatch.pipeline import analyse_text


def _by_value(name: str, text: str) -> dict[float, tuple]:
    return {
        f.value: (f.kind.value, f.measure.value, f.year, f.period_start)
        for f in analyse_text(name, text).facts
    }


# An outline's review paragraph under a run-in heading, no section heading above it: the
# first clause spans two years (由…年的…增加到…年的…), the clauses after its semicolons
# name no time and report the same year.
_REVIEW_SPAN = (
    "某县国民经济和社会发展第十五个五年规划和2035年远景目标纲要\n"
    "经济实力稳步提升。全县地区生产总值由2020年的210.4亿元增加到2025年的286.9亿元，"
    "年均增长6.4%；一般公共预算收入达到15.2亿元，年均增长4.8%；"
    "社会消费品零售总额97.6亿元。\n"
)


def test_clauses_after_a_two_year_span_report_its_later_year():
    facts = _by_value("某县国民经济和社会发展第十五个五年规划纲要.txt", _REVIEW_SPAN)
    assert facts[286.9] == ("actual", "level", 2025, None)
    assert facts[15.2] == ("actual", "level", 2025, None)
    assert facts[4.8] == ("actual", "growth", 2025, 2021)
    assert facts[97.6] == ("actual", "level", 2025, None)


def test_clauses_after_a_span_in_an_outline_of_the_plan_before_are_results():
    text = _REVIEW_SPAN.replace("第十五个", "第十四个").replace("2025年", "2020年")
    text = text.replace("2020年的210.4", "2015年的210.4")
    facts = _by_value("某县国民经济和社会发展第十四个五年规划纲要.txt", text)
    assert facts[15.2] == ("actual", "level", 2020, None)
    assert facts[4.8] == ("actual", "growth", 2020, 2016)


# A news page on a sector plan: a review paragraph, then a paragraph opening 其中提出 that
# quotes the plan's aims; its sentences after the horizon's name none of their own.
_SECTOR_AIMS_NEWS = (
    "某部发布《“十四五”某某工业发展规划》\n"
    "“十三五”以来，行业结构调整取得新进展。2020年行业研发投入强度为1.1%左右。\n"
    "其中提出，到2025年，重点产品质量明显提升。培育8家以上具有核心竞争力的领航企业。"
    "建成12个左右特色产业基地。\n"
)


def test_a_paragraph_opening_with_qizhong_and_a_word_of_saying_is_in_its_own_time():
    facts = _by_value("n.txt", _SECTOR_AIMS_NEWS)
    assert facts[1.1] == ("actual", "level", 2020, None)
    assert facts[8][:3] == ("target", "level", 2025)
    assert facts[12][:3] == ("target", "level", 2025)


def test_a_paragraph_opening_with_qizhong_alone_breaks_down_the_one_before():
    text = "2023年，全县完成固定资产投资85亿元。\n其中，工业投资32亿元。\n"
    facts = _by_value("n.txt", text)
    assert facts[32] == ("actual", "level", 2023, None)


# A programme's news: its years in the title, a horizon opening a clause, aims after the
# semicolons of the same sentence (one counted over the programme's years).
_PROGRAMME_NEWS = (
    "某省印发《某省专精特新企业培育工作方案（2025-2027年）》。"
    "方案提出，到2027年，全省专精特新企业梯度培育体系基本形成：营业收入超50亿元的企业达到12家；"
    "累计培育省级专精特新企业1800家；新认定制造业单项冠军企业40家。\n"
)


def test_aims_after_the_semicolons_of_a_horizon_are_of_its_year():
    facts = _by_value("n.txt", _PROGRAMME_NEWS)
    assert facts[12] == ("target", "level", 2027, None)
    assert facts[1800][:3] == ("target", "level", 2027)
    assert facts[40][:3] == ("target", "level", 2027)


# A 十五五 outline's review of the plan before: its first years named with that plan, or
# counted in a look back on it.
_FIRST_YEARS_REVIEW = (
    "某市国民经济和社会发展第十五个五年规划和2035年远景目标纲要\n"
    "第一章 发展基础\n"
    "“十四五”前四年，全市地区生产总值年均增长5.7%，2025年预计达到2860亿元。\n"
    "“十四五”以来，全市经济总量稳步扩大，一般公共预算收入前三年年均增长4.9%。\n"
)


def test_the_first_years_of_the_plan_before_are_its_own():
    facts = _by_value(
        "某市国民经济和社会发展第十五个五年规划和2035年远景目标纲要.txt", _FIRST_YEARS_REVIEW
    )
    assert facts[5.7] == ("actual", "growth", 2024, 2021)
    assert facts[2860] == ("actual", "level", 2025, None)
    assert facts[4.9] == ("actual", "growth", 2023, 2021)


def test_the_idiom_tongxin_tongde_names_no_county():
    text = "在区委的坚强领导下，全区上下同心同德、砥砺奋进，地区生产总值年均增长6.2%。\n"
    assert analyse_text("x.txt", text).document.meta.area is None


def test_a_yearly_rate_written_dizeng_is_a_growth_over_the_plans_years():
    text = (
        "某县国民经济和社会发展第十五个五年规划和2035年远景目标纲要\n"
        "第三章 主要目标\n"
        "到2030年，全县地区生产总值年均递增5.5%左右，一般公共预算收入年均递增4%，"
        "单位地区生产总值能耗年均递减2.6%。\n"
    )
    facts = analyse_text(
        "某县国民经济和社会发展第十五个五年规划和2035年远景目标纲要.txt", text
    ).facts
    by_value = {abs(f.value): f for f in facts}
    assert (by_value[5.5].year, by_value[5.5].period_start) == (2030, 2026)
    assert by_value[5.5].indicator == "地区生产总值"
    assert by_value[4].indicator == "一般公共预算收入"
    assert by_value[2.6].value == -2.6


def test_a_page_naming_the_plan_before_only_as_a_base_is_the_next_plans():
    from planwatch.describe import plan_period

    aims = (
        "某县发展目标\n到2030年，单位地区生产总值能耗比“十四五”期末降低12%，森林覆盖率达到46%。\n"
    )
    assert plan_period(aims) == (2026, 2030)
    review = "“十三五”以来，全区生产总值、固定资产投资分别是“十二五”末的1.6倍、1.9倍。\n"
    assert plan_period(review) == (2016, 2020)


def test_a_county_in_the_title_under_the_city_whose_office_hosts_the_conference():
    text = (
        "凤县“十四五”发展成就巡礼\n"
        "7月10日，宝鸡市政府新闻办举行发布会，介绍凤县“十四五”以来经济社会发展成就。\n"
        "凤县地区生产总值年均增长5.1%。凤县森林覆盖率达到82%。\n"
    )
    area = analyse_text("x.txt", text).document.meta.area
    assert area is not None and area.name == "凤县"


def test_a_whole_area_listed_after_a_comparison_word_is_compared_with_too():
    text = (
        "某市“十四五”发展成就\n"
        "全市地区生产总值年均增速达5.9%，高于全国、全省平均增速，人均地区生产总值达到7.6万元。\n"
    )
    facts = analyse_text("x.txt", text.replace("某市", "长治市")).facts
    by_value = {f.value: f.jurisdiction for f in facts}
    assert by_value[7.6] == "长治市"


def test_news_of_a_plan_proposal_is_an_outline_not_an_evaluation():
    text = (
        "某省委全会审议通过“十五五”规划建议 描绘未来五年蓝图\n"
        "新华网11月20日电 某省委全会审议通过了《中共某省委关于制定某省国民经济和社会发展"
        "第十五个五年规划的建议》。\n"
        "《建议》全面总结了“十四五”时期的重大成就，全省经济总量跨过6万亿元大关，"
        "人均地区生产总值超过1.2万美元。\n"
    )
    meta = analyse_text("n.txt", text).document.meta
    assert meta.doc_type.value == "plan_outline"
    assert (meta.period_start, meta.period_end) == (2026, 2030)


def test_a_floor_passed_written_once_before_a_list_is_each_figures():
    text = (
        "某市国民经济和社会发展第十五个五年规划纲要\n"
        "第一章 发展基础\n"
        "“十四五”时期，全市经济总量连续跨越3000亿元、4000亿元两个台阶，"
        "一般公共预算收入先后突破200亿元、300亿元。\n"
    )
    facts = analyse_text("某市国民经济和社会发展第十五个五年规划纲要.txt", text).facts
    assert {f.value: f.comparator.value for f in facts} == {
        3000: "ge",
        4000: "ge",
        200: "ge",
        300: "ge",
    }
