"""A tenth set of classes of writing of plan evaluations, in text composed for these tests
in the style mid-term evaluations are published in: a look back counted from the plan's
first year (两年半来, 两年来, 三年来) ends at the plan's first year + n − 1 or at the year of
writing, whichever comes first — not at the year the review states its whole-year results
as of (2022年，全市… in an evaluation of October 2023); and the years a review says are
left (后三年建设任务较重) speak of their own clause: the sentences after them report results."""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.describe import describe
from prosefacts import analysed_facts as _facts


def _midterm(body: str) -> str:
    return (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
        "（2023年10月）\n\n"
        "一、规划纲要实施总体情况\n\n"
        "2022年，全市地区生产总值达到2150亿元，增长4.6%。"
        "2022年全市一般公共预算收入182亿元。\n\n"
        f"{body}\n"
    )


def test_a_span_and_a_half_runs_from_the_plans_first_year_to_the_year_of_writing():
    text = _midterm("城乡面貌持续改善。两年半来，全市累计新建城市公园26个，新增停车泊位1.2万个。")
    facts = _facts("h1.txt", text)
    for figure in ("26个", "1.2万个"):
        fact = facts[figure]
        assert (fact.kind, fact.year, fact.period_start) == (Kind.ACTUAL, 2023, 2021), figure  # type: ignore[attr-defined]
    # The review's whole-year results stay as of the year it names.
    assert facts["2150亿元"].year == 2022  # type: ignore[attr-defined]


def test_two_whole_years_of_the_plan_end_at_its_second_year():
    text = _midterm("城乡面貌持续改善。两年来，全市累计新建城市公园26个，新增停车泊位1.2万个。")
    fact = _facts("h2.txt", text)["26个"]
    assert (fact.year, fact.period_start) == (2022, 2021)  # type: ignore[attr-defined]


# -- the years left, named late in a paragraph's opening sentence -----------------------------


def test_the_years_left_named_in_a_clause_do_not_make_the_next_sentences_aims():
    text = _midterm(
        "（二）水利设施加快完善。两年新建小型水库12座，累计达到96座，"
        "距120座的规划目标仍差24座，后三年建设压力较大。"
        "同期全市有效灌溉面积达到186万亩，农田灌溉水有效利用系数提高到0.58。"
    )
    facts = _facts("h3.txt", text)
    for figure in ("186万亩", "0.58"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), figure  # type: ignore[attr-defined]
    assert facts["120座"].kind == Kind.TARGET  # type: ignore[attr-defined]


def test_the_years_left_opening_a_paragraph_still_make_its_aims():
    text = _midterm(
        "后三年，全市将力争新建小型水库30座，有效灌溉面积达到200万亩。"
        "农田灌溉水有效利用系数提高到0.6。"
    )
    facts = _facts("h4.txt", text)
    for figure in ("200万亩", "0.6"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), figure  # type: ignore[attr-defined]


# -- two years and more: the part year counts for its own sentence ----------------------------


def test_two_years_and_more_count_the_year_under_way_for_their_own_sentence():
    text = _midterm(
        "民生保障不断加强。城镇调查失业率控制在5.5%以内。"
        "两年多来，全市累计新增城镇就业8.6万人，完成五年目标的43%。"
        "每千人口拥有执业（助理）医师3.1人。"
    )
    facts = _facts("h5.txt", text)
    fact = facts["8.6万人"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.ACTUAL, 2023, 2021)  # type: ignore[attr-defined]
    # The sentences after it state the whole years' results.
    assert facts["3.1人"].year == 2022  # type: ignore[attr-defined]


def test_two_years_and_more_opening_a_paragraph_leave_its_next_sentences_whole_years():
    text = _midterm(
        "《纲要》实施两年多来，全市上下攻坚克难，经济社会发展稳中有进。"
        "全市高新技术企业达到420家，每万人口发明专利拥有量9.8件。"
    )
    facts = _facts("h6.txt", text)
    for figure in ("420家", "9.8件"):
        assert facts[figure].year == 2022, figure  # type: ignore[attr-defined]


# -- an aim's year quoted beside a result, 目标 not right after the year (round 15) ----------


def test_an_aim_named_before_its_year_is_its_clauses_only():
    text = _midterm(
        "（三）城乡融合发展。2022年末全市常住人口城镇化率达到52.6%，比2020年提高2.1个百分点，"
        "《规划》目标为2025年达到56%以上。城镇和农村居民人均可支配收入分别达到41260元和19870元。"
        "农村卫生厕所普及率达到88.5%。"
    )
    facts = _facts("k1.txt", text)
    assert (facts["56%以上"].kind, facts["56%以上"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]
    for figure in ("41260元", "19870元", "88.5%"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), figure  # type: ignore[attr-defined]


def test_an_aims_year_before_its_figure_and_target_word_is_its_clauses_only():
    text = _midterm(
        "（四）生态环境质量改善。2022年，全市细颗粒物平均浓度为38微克/立方米，比2020年下降7.3%，"
        "但距规划确定的2025年35微克/立方米的约束性目标仍有差距；地表水达到或好于Ⅲ类水体比例为86%。"
        "建成区绿化覆盖率达到41.2%，提前完成2025年40%的目标。城市生活垃圾无害化处理率达到100%。"
    )
    facts = _facts("k2.txt", text)
    for aim in ("35微克/立方米", "40%"):
        assert (facts[aim].kind, facts[aim].year) == (Kind.TARGET, 2025), aim  # type: ignore[attr-defined]
    for figure in ("86%", "41.2%", "100%"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2022), figure  # type: ignore[attr-defined]


def test_a_plans_target_year_opening_its_sentence_still_sets_the_aims_after_it():
    # (The form is a quoted aim's only when the aim is named: a plan's own horizon, 到2025年，…,
    # keeps the aims of its paragraph.)
    text = (
        "某市国民经济和社会发展第十四个五年规划纲要\n\n"
        "第一章 发展目标\n\n"
        "到2025年，全市地区生产总值达到3000亿元，常住人口城镇化率达到60%。"
        "每千人口拥有执业（助理）医师达到3.2人。\n"
    )
    facts = _facts("k3.txt", text)
    for figure in ("3000亿元", "60%", "3.2人"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), figure  # type: ignore[attr-defined]


# -- a list member after an average over a span (round 15) ------------------------------------


def test_the_second_member_of_an_average_list_keeps_the_span():
    text = _midterm(
        "（五）居民收入稳步增长。2022年，全市居民消费价格上涨1.9%。"
        "城乡居民人均可支配收入分别达到41260元和19870元，两年年均分别增长5.1%和6.8%。"
    )
    facts = _facts("k4.txt", text)
    for figure in ("5.1%", "6.8%"):
        fact = facts[figure]
        assert (fact.year, fact.period_start) == (2022, 2021), figure  # type: ignore[attr-defined]


def test_a_list_of_years_after_an_average_gives_each_member_its_year():
    text = _midterm(
        "（六）经济平稳增长。全市地区生产总值两年年均增长5.6%，其中2021年、2022年分别增长7.2%和4.0%。"
    )
    facts = _facts("k5.txt", text)
    assert (facts["7.2%"].year, facts["4.0%"].year) == (2021, 2022)  # type: ignore[attr-defined]
    assert (facts["5.6%"].year, facts["5.6%"].period_start) == (2022, 2021)  # type: ignore[attr-defined]


# -- a table's column labels are no evidence of the as-of year (round 15) -------------------


def _flat_table_midterm(opening: str, note: str = "") -> str:
    return (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
        "（2023年10月）\n\n"
        "一、主要指标进展\n\n"
        f"{opening}全市常住人口城镇化率达到61.3%。\n\n"
        "表1 主要指标进展情况\n指标\n2020年\n2025年目标\n2022年完成\n"
        "常住人口城镇化率（%）\n58.2\n64\n61.3\n"
        "森林覆盖率（%）\n40.1\n41\n40.6\n"
        f"{note}\n"
        "二、存在的问题\n\n"
        "全市规模以上工业企业研发机构覆盖率为36%，低于全省平均水平。\n"
    )


def test_a_flattened_headers_target_year_does_not_hide_the_years_results_open_with():
    # The review opens its result clauses with 2022 only; the header cell 2025年目标 on a
    # line of its own is a column's label, not a later year the text reports.
    text = _flat_table_midterm("2022年，全市地区生产总值达到1860亿元，两年年均增长5.4%。")
    meta = describe(text, name="c1.txt")
    assert (meta.as_of_year, meta.reviewed_year) == (2022, 2022)
    ev = next(e for e in meta.evidence if e.field == "as_of_year")
    assert text[ev.start : ev.end] == "2022" and text[ev.end : ev.end + 2] == "年，"


def test_a_note_on_a_columns_year_is_no_result_clause():
    # (注：…；2022年完成栏中… speaks of a column; no result clause opens with 2022.)
    text = _flat_table_midterm(
        "两年来，全市地区生产总值年均增长5.4%。",
        "注：[ ]内为五年累计数；2022年完成栏中[ ]内为两年累计数。\n",
    )
    meta = describe(text, name="c2.txt")
    assert meta.as_of_year is None and meta.reviewed_year == 2023


# -- a paragraph on the plan's major projects: work done counted as of its date (round 15) --


def _projects_midterm(paragraph: str) -> str:
    return (
        "某市国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n\n"
        "（2023年10月）\n\n"
        "一、规划纲要实施总体情况\n\n"
        "2022年，全市地区生产总值达到2150亿元，增长4.6%。\n\n"
        f"{paragraph}\n"
    )


def test_work_done_on_projects_after_the_paragraphs_as_of_date_is_of_that_date():
    text = _projects_midterm(
        "（五）重大项目加快建设。《纲要》确定的重大项目共260个，总投资5200亿元。"
        "截至2023年8月底，已开工205个，累计完成投资2140亿元。"
        "一批水利项目建成投用，全市新增有效灌溉面积达到12.6万亩。"
        "城区第二水厂建成通水，供水能力达到45万吨/日。"
    )
    facts = _facts("p1.txt", text)
    for figure in ("12.6万亩", "45万吨/日"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2023), figure  # type: ignore[attr-defined]


def test_a_years_total_in_a_projects_paragraph_keeps_the_review_year():
    # (A total of the year, no work done on projects, is the review's last whole year.)
    text = _projects_midterm(
        "（五）重大项目加快建设。《纲要》确定的重大项目共260个，总投资5200亿元。"
        "截至2023年8月底，已开工205个，累计完成投资2140亿元。"
        "全市两个省级开发区营业收入分别达到812亿元和596亿元。"
    )
    facts = _facts("p2.txt", text)
    assert facts["812亿元"].year == 2022  # type: ignore[attr-defined]


# -- a count of indicators that met an aim named by its year (round 15) ---------------------


def test_a_count_of_indicators_meeting_an_aim_named_by_its_year_is_a_result():
    text = _midterm(
        "（七）指标总体进展。《纲要》设置的24项主要指标中，19项达到序时进度要求，"
        "其中常住人口城镇化率、森林覆盖率等6项已提前完成2025年目标；5项进度滞后。"
    )
    fact = _facts("s1.txt", text)["6项"]
    assert fact.kind == Kind.ACTUAL and fact.year == 2022  # type: ignore[attr-defined]
    assert next(e for e in fact.evidence if e.field == "kind").basis == "status_count"  # type: ignore[attr-defined]


# -- an annual report weighing the plan's years so far against the plan's aim (round 15) ----


def test_a_plans_average_aim_quoted_in_an_annual_report_is_for_the_plans_last_year():
    text = (
        "某州2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
        "2024年1月\n\n"
        "一、2023年计划执行情况\n\n"
        "2023年，全州地区生产总值增长5.1%。"
        "从“十四五”规划实施进度看，2021—2023年全州一般公共预算收入年均增长3.8%，"
        "低于规划年均增长6%左右的预期目标。\n"
    )
    facts = _facts("r1.txt", text)
    aim = facts["6%左右"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2025, 2021)  # type: ignore[attr-defined]
    done = facts["3.8%"]
    assert (done.kind, done.year, done.period_start) == (Kind.ACTUAL, 2023, 2021)  # type: ignore[attr-defined]


def test_the_growth_after_a_result_clause_following_an_aim_is_a_result():
    text = (
        "某州2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
        "某州发展和改革委员会\n2024年1月\n\n"
        "一、2023年计划执行情况\n\n"
        "2023年，全州经济运行总体平稳。州人代会确定的主要预期目标执行情况如下：\n\n"
        "1.税收收入：计划增长6%，完成88.4亿元，增长7.3%。\n"
        "2.城镇调查失业率：计划控制在5.5%以内，实际为5.2%。\n"
    )
    facts = _facts("r2.txt", text)
    assert facts["6%"].kind == Kind.TARGET  # type: ignore[attr-defined]
    for figure in ("88.4亿元", "7.3%"):
        fact = facts[figure]
        assert (fact.kind, fact.year) == (Kind.ACTUAL, 2023), figure  # type: ignore[attr-defined]


def test_the_plans_total_investment_quoted_in_a_share_is_the_plans_aim():
    text = _midterm(
        "（三）交通投资较快增长。两年累计完成交通运输固定资产投资212.4亿元，"
        "占《规划》总投资480亿元的44.3%，达到序时进度。"
    )
    facts = _facts("q1.txt", text)
    aim = facts["480亿元"]
    assert (aim.kind, aim.year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]
    assert facts["44.3%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


def test_an_aim_reached_early_with_its_plans_end_quoted_is_a_level():
    text = _midterm(
        "（二）创新能力提升。全市高新技术企业达到512家，比2020年增加236家，"
        "提前完成“十四五”末达到480家的目标。"
    )
    aim = _facts("q2.txt", text)["480家"]
    assert (aim.kind, aim.year, aim.measure.value, aim.period_start) == (
        Kind.TARGET,
        2025,
        "level",
        None,
    )  # type: ignore[attr-defined]


def test_a_span_an_adverb_ties_to_the_work_done_in_it_gives_its_period():
    text = _midterm(
        "（四）存在的问题。一是干线公路建设滞后，两年仅建成一级公路46公里，剩余任务较重。"
    )
    fact = _facts("q3.txt", text)["46公里"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.ACTUAL, 2022, 2021)  # type: ignore[attr-defined]


def test_an_average_aim_after_one_years_aim_runs_to_the_plans_end():
    # (An average cannot be over the one year its sentence named for the aim before it.)
    text = _midterm(
        "四、下一步工作建议\n\n"
        "2024年计划完成交通固定资产投资85亿元以上，力争港口集装箱吞吐量年均增长12%。"
    )
    facts = _facts("q4.txt", text)
    assert facts["85亿元以上"].year == 2024  # type: ignore[attr-defined]
    aim = facts["12%"]
    # (From the year after the one the October review reviews, its own, to the plan's end.)
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2025, 2024)  # type: ignore[attr-defined]


def test_a_figure_naming_its_own_year_in_a_projects_paragraph_keeps_it():
    text = _projects_midterm(
        "《纲要》安排的180项重大工程项目中，截至2023年8月底已竣工52项、在建96项，"
        "累计完成投资1860亿元。临港物流园2022年货物吞吐量达到2.4亿吨，比2020年增长6.2%。"
    )
    facts = _facts("p3.txt", text)
    assert facts["1860亿元"].year == 2023  # type: ignore[attr-defined]
    for figure in ("2.4亿吨", "6.2%"):
        assert facts[figure].year == 2022, figure  # type: ignore[attr-defined]


def test_an_evaluations_count_of_indicators_by_how_they_fared_has_no_period():
    text = _midterm(
        "（一）总体进展。两年来，全市累计新增城镇就业9.6万人，"
        "《纲要》确定的30项主要指标中，21项完成或超额完成，6项基本完成，3项未完成。"
    )
    facts = _facts("s2.txt", text)
    for count in ("21项", "6项", "3项"):
        fact = facts[count]
        assert (fact.kind, fact.period_start) == (Kind.ACTUAL, None), count  # type: ignore[attr-defined]


def test_a_plans_aim_quoted_as_a_requirement_is_for_the_plans_last_year():
    text = _midterm(
        "（二）创新投入。两年间全社会研发经费投入年均增长8.7%，低于规划“年均增长11%以上”的要求。"
        "单位地区生产总值能耗较2020年累计下降6.1%，按《规划》下降14.5%的要求测算，进度略慢。"
    )
    facts = _facts("q5.txt", text)
    for aim in ("11%以上", "14.5%"):
        fact = facts[aim]
        assert (fact.kind, fact.year) == (Kind.TARGET, 2025), aim  # type: ignore[attr-defined]
    assert (facts["8.7%"].kind, facts["8.7%"].year) == (Kind.ACTUAL, 2022)  # type: ignore[attr-defined]


def test_the_plan_setting_an_aim_as_its_clauses_subject_gives_the_plans_aim():
    text = _midterm(
        "（一）经济增长。《纲要》提出地区生产总值年均增长6.5%左右，前两年年均增长5.2%，低于规划预期。"
        "《纲要》目标为一般公共预算收入年均增长7%、总量达到320亿元。"
        "《纲要》确定的28项主要指标中，20项进展符合预期。"
    )
    facts = _facts("q6.txt", text)
    aim = facts["6.5%左右"]
    assert (aim.kind, aim.year, aim.period_start) == (Kind.TARGET, 2025, 2021)  # type: ignore[attr-defined]
    assert (facts["320亿元"].kind, facts["320亿元"].year) == (Kind.TARGET, 2025)  # type: ignore[attr-defined]
    assert facts["5.2%"].kind == Kind.ACTUAL  # type: ignore[attr-defined]
    assert facts["20项"].kind == Kind.ACTUAL  # type: ignore[attr-defined]


# -- a site's menu bar over a final evaluation is no title (round 15) ------------------------


def test_a_menu_bar_naming_a_plan_column_does_not_make_the_page_a_plan():
    text = (
        "某市人民政府门户网站\n"
        "首页 ｜ 政务公开 ｜ 规划计划 ｜ 发展规划\n\n"
        "某市国民经济和社会发展第十二个五年规划纲要实施情况总结评估报告\n"
        "发布日期：2016-02-03　　来源：某市发展和改革局\n\n"
        "一、主要目标完成情况\n\n"
        "2015年全市地区生产总值达到812.6亿元，五年年均增长9.4%。\n"
    )
    meta = describe(text, name="m1.txt")
    assert meta.doc_type.value == "plan_final_evaluation"
    fact = _facts("m1.txt", text)["9.4%"]
    assert (fact.kind, fact.year, fact.period_start) == (Kind.ACTUAL, 2015, 2011)  # type: ignore[attr-defined]
