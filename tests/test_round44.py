"""Forms of round 44, composed here in the style of communiqués reposted years later,
work reports and statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed


def _reposted(title_year: int, posted: str) -> str:
    return (
        f"某市某县{title_year}年国民经济和社会发展统计公报(3)\n\n"
        f"{posted} 某县统计局\n\n"
        "金融运行平稳。年末金融机构各项存款61240万元，比上年增长12.5%。"
        "今年全县保险收入835.2万元，增长6.1%。\n"
    )


def test_a_communique_posted_years_later_covers_its_titles_year():
    # (The page's date is its posting; the title names the year its figures are of.)
    meta, got = _analysed("c.txt", _reposted(2007, "2010-03-19"))
    assert meta.year == 2007
    assert meta.reference_date == "2010-03-19"
    assert {got[t].year for t in ("61240万元", "12.5%", "835.2万元")} == {2007}
    assert got["61240万元"].kind.value == "actual"
    assert any(e.field == "reference_date" and e.text.startswith("2007年") for e in meta.evidence)


def test_a_communique_posted_the_year_after_keeps_its_dates_year():
    # (Posted in the spring after its year: the date and the title agree.)
    meta, got = _analysed("c.txt", _reposted(2007, "2008-03-19"))
    assert meta.year == 2007
    assert not any(e.text.startswith("2007年") for e in meta.evidence)


_FIELD_SUMMARY = (
    "2015年林业工作总结及2016年工作思路\n\n"
    "  2015年，全县林业工作稳步推进。\n\n"
    "  一、全年林业生产的总体情况\n\n"
    "  造林：预计全县完成造林面积3.2万亩，比上年的2.6万亩增0.6万亩；"
    "育苗面积0.8万亩，比上年的1.1万亩减0.3万亩。\n\n"
    "  二、2016年工作思路\n\n"
    "  全县完成造林面积3.5万亩以上。\n"
)


def test_a_departments_summary_of_its_field_is_its_years_report():
    # (The field named between the year and 工作总结; the next year's plan in the same title
    # heads the whole page, not the year's results under it.)
    meta, got = _analysed("s.txt", _FIELD_SUMMARY)
    assert meta.doc_type.value == "work_report"
    assert (got["3.2万亩"].kind.value, got["3.2万亩"].year) == ("actual", 2015)
    assert (got["3.5万亩以上"].kind.value, got["3.5万亩以上"].year) == ("target", 2016)


def test_a_half_years_field_summary_is_no_years_report():
    meta, _ = _analysed("s.txt", _FIELD_SUMMARY.replace("2015年林业", "2015年上半年林业", 1))
    assert meta.doc_type.value != "work_report"


def test_the_last_years_figure_before_a_short_change_word_is_the_last_years():
    # (比上年的2.6万亩增0.6万亩: the base's own figure, then the change.)
    _, got = _analysed("s.txt", _FIELD_SUMMARY)
    assert got["2.6万亩"].year == 2014
    assert got["1.1万亩"].year == 2014
    assert (got["0.6万亩"].measure.value, got["0.6万亩"].year) == ("change", 2015)


def test_years_of_effort_told_done_set_no_aim():
    # (通过两年努力，…创成了…: the effort is over; its results are the year's.)
    text = (
        "某区农业农村局\n\n发布时间：2024-01-24\n\n"
        "（三）乡村建设持续深化。通过两年努力，全区创成了示范县，乡村建设覆盖率超31%。\n"
        "（四）通过两年努力，全区乡村建设覆盖率将超40%。\n"
    )
    _, got = _analysed("w.txt", text)
    assert (got["31%"].kind.value, got["31%"].year) == ("actual", 2023)
    assert got["40%"].kind.value == "target"


_OPENING_NEWS = (
    "某区第十八届人民代表大会第一次会议开幕\n\n"
    "2017-01-16 09:20:11 来源: 某某网\n\n"
    "  本次大会应到代表365名，实到352名，符合法定人数。\n"
    "  政府工作报告共分四个部分，一是过去五年工作回顾，二是今后五年的目标任务，三是2017年主要工作，"
    "四是加强政府自身建设。\n"
    "  区长说：2012年换届以来，全区经济社会发展取得显著成就，地区生产总值由121.5亿元增加到246亿元，"
    "年均增长10.8%。\n"
)


def test_a_reports_parts_listed_in_news_are_no_year_it_looks_back_on():
    # (一是过去五年工作回顾，…三是2017年主要工作: the parts of the report, not a review of
    # 2017; the page's own date stands.)
    meta, got = _analysed("n.txt", _OPENING_NEWS)
    assert meta.reference_year == 2017
    assert got["365名"].year == 2017


def test_a_year_of_a_short_event_starts_a_look_back():
    # (2012年换届以来: since the new term of that year, up to the year reviewed.)
    _, got = _analysed("n.txt", _OPENING_NEWS)
    assert got["246亿元"].year == 2016
    assert (got["10.8%"].year, got["10.8%"].period_start) == (2016, 2012)


_PASSED_MARKS = (
    "某市政府工作报告\n\n"
    "过去一年，全市完成地区生产总值1186亿元，跨过千亿目标；财政总收入112.6亿元，跨过百亿目标。"
    "今年，力争财政总收入突破130亿目标，确保实现150亿元的目标。\n"
)


def test_a_round_mark_passed_named_an_aim_is_a_result():
    # (跨过千亿目标: the mark the result passed; 力争…突破130亿目标 is still an aim.)
    _, got = _analysed("r.txt", _PASSED_MARKS)
    assert (got["千亿"].kind.value, got["千亿"].value) == ("actual", 1000.0)
    assert got["百亿"].kind.value == "actual"
    assert got["130亿"].kind.value == "target"
    assert got["150亿元"].kind.value == "target"


def test_a_columns_unit_in_brackets_after_the_name_cell_heads_a_column():
    # (指标名称 / 人口数（万人） / 比重（%）, one cell a line: 人口数 is no header word of its
    # own, its unit makes it a column.)
    text = (
        "某县2023年国民经济和社会发展统计公报\n\n"
        "表2 2023年末户籍人口数及构成\n"
        "指标名称\n|\n人口数(万人)\n|\n比重(%)\n|\n"
        "户籍人口\n|\n52.61\n|\n100\n|\n城镇\n|\n14.37\n|\n27.31\n|\n"
        "乡村\n|\n38.24\n|\n72.69\n|\n男性\n|\n26.90\n|\n51.13\n|\n\n"
        "全县常住人口40.12万人。\n"
    )
    _, got = _analysed("c.txt", text)
    assert (got["14.37"].indicator, got["14.37"].unit, got["14.37"].year) == ("城镇", "万人", 2023)
    assert got["27.31"].unit == "%"


def test_a_row_name_with_its_unit_under_value_columns_stays_a_row():
    # (指标 / 2023年 / 比上年增长（%） then 人均地区生产总值（元）: a row's name, its unit
    # printed with it.)
    text = (
        "某县2023年国民经济和社会发展统计公报\n\n"
        "表1 主要指标\n指标\n2023年\n比上年增长(%)\n"
        "地区生产总值(亿元)\n—\n5.2\n人均地区生产总值(元)\n45210\n5.6\n"
        "一般公共预算收入(亿元)\n12.30\n4.1\n\n全年经济平稳。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["45210"].indicator.startswith("人均地区生产总值")
    assert (got["5.6"].measure.value, got["5.6"].year) == ("growth", 2023)


def test_a_results_column_with_its_unit_beside_its_growth_is_a_column_of_its_own():
    # (| 指标名称 | 完成值(亿元) | 比上年增长(%) |: two columns, not a group over its growth.)
    text = (
        "某县2023年国民经济和社会发展统计公报\n\n表1 2023年全县生产总值\n"
        "| 指标名称 | 完成值(亿元) | 比上年增长(%) |\n"
        "| 地区生产总值 | 286.45 | 5.1 |\n| 第一产业 | 61.20 | 3.9 |\n\n全年增长。\n"
    )
    _, got = _analysed("c.txt", text)
    assert (got["286.45"].measure.value, got["286.45"].unit) == ("level", "亿元")
    assert got["5.1"].measure.value == "growth"


def test_a_count_more_or_fewer_than_last_year_is_its_change():
    # (比上年多1.8万人 / 比去年少0.6万人: the change of the count named before, not a name.)
    text = (
        "某市2024年国民经济和社会发展统计公报\n\n"
        "全年城镇新增就业21.7万人，比上年多1.8万人。全年引进人才3.2万人，比去年少0.6万人。\n"
    )
    _, got = _analysed("c.txt", text)
    more, fewer = got["1.8万人"], got["0.6万人"]
    assert (more.indicator, more.measure.value, more.value) == ("城镇新增就业", "change", 1.8)
    assert (fewer.indicator, fewer.value) == ("引进人才", -0.6)


def test_a_release_on_the_first_eleven_months_reports_its_own_year():
    # (2022年1—11月 opening a release: its figures, 全年 and 1—11月, are of 2022.)
    text = (
        "2022年1—11月，全省经济运行保持总体平稳。\n"
        "一、粮食生产再获丰收\n全年全省粮食总产量862.4万吨，比上年增加11.3万吨。\n"
        "1—11月，全省规模以上工业增加值同比增长5.9%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert {got[t].year for t in ("862.4万吨", "11.3万吨", "5.9%")} == {2022}


def test_the_terms_aims_done_date_a_report_five_years_after_its_first_session():
    # (全面完成了省十届人大一次会议确定的目标和任务 in a review of the term: the aims set at
    # its first session, 2003, are the term's; the report is the next term's, 2008.)
    text = (
        "各位代表：\n一、五年工作回顾\n本届政府的五年，全省上下团结奋斗，"
        "全面完成了省十届人大一次会议确定的目标和任务。\n"
        "———过去五年，全省生产总值年均增长11.6%，2007年达到6120亿元。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2008
    assert (got["6120亿元"].kind.value, got["6120亿元"].year) == ("actual", 2007)


def test_a_later_sentence_opening_on_the_last_plan_looks_back_in_its_paragraph():
    # (A plan's opening paragraph run together: “十三五”是…关键时期。…“十二五”期间，…。
    # The sentences after the look back's opening, naming no time, are its results.)
    text = (
        "某县“十三五”现代农业发展规划\n\n"
        "“十三五”是我县加快发展的关键时期。一、现实基础（一）“十二五”建设成就。"
        "“十二五”期间，我县大力发展主导产业，其产值占农业总产值的比重达81.2%。"
        "农业综合生产能力持续增强，单位耕地面积农业增加值达3260元。\n"
        "二、发展目标\n到2020年，单位耕地面积农业增加值达到4000元。\n"
    )
    _, got = _analysed("p.txt", text)
    assert (got["3260元"].kind.value, got["3260元"].year) == ("actual", 2015)
    assert (got["4000元"].kind.value, got["4000元"].year) == ("target", 2020)


def test_a_share_of_the_years_plan_named_without_de_is_a_result():
    # (完成年度计划112%: how much of the plan was done; 力争完成年度目标6% stays an aim.)
    text = (
        "某县交通运输局2023年工作总结\n\n一、2023年工作成效\n"
        "截至11月，累计完成综合交通投资41.6亿元，完成年度计划108%。力争完成年度目标6%。\n"
    )
    _, got = _analysed("w.txt", text)
    assert (got["108%"].kind.value, got["108%"].year) == ("actual", 2023)
    assert got["6%"].kind.value == "target"


def test_an_amounts_currency_after_it_names_nothing():
    # (2.5万亿元人民币: the currency of the amount, neither its name nor the next figure's.)
    text = (
        "某市政府工作报告\n\n市长公布当地“十三五”成绩单：地区生产总值达到1.8万亿元人民币、"
        "五年年均增长6.9%。2021年，全市将力争进出口总额突破900亿元人民币。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["6.9%"].indicator == "地区生产总值"
    assert got["900亿元"].indicator == "进出口总额"


def test_news_of_a_years_economy_press_conference_reviews_that_year():
    # (从市政府召开的2015年国民经济形势新闻发布会上了解到，去年，…: held early in 2016 on 2015;
    # its 去年 is 2015.)
    text = (
        "从市政府召开的2015年国民经济形势新闻发布会上了解到，去年，全市经济发展总体平稳，"
        "全市生产总值达1180.6亿元，增长6.1%。\n从公布的数据来看，全市规模以上工业增加值"
        "比上年增长4.2%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert meta.reference_year == 2016
    assert {got[t].year for t in ("1180.6亿元", "6.1%", "4.2%")} == {2015}


def test_delegates_gathered_after_a_clause_are_counted_at_the_meeting():
    # (来自各条战线上的318名市人大代表，肩负着…的重托，汇聚一堂: the meeting's head count, of
    # the page's year, not the year the report reviews.)
    text = (
        "某市三届人大二次会议6日隆重开幕\n\n更新时间:2013-01-07 09:15\n\n"
        "6日上午，某市三届人大二次会议隆重开幕。来自各条战线上的318名市人大代表，"
        "肩负着全市人民的重托，汇聚一堂，共谋发展大计。\n"
        "市长作政府工作报告。报告指出，去年全市地区生产总值增长11.2%。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["318名"].year == 2013
    assert got["11.2%"].year == 2012


def test_a_plans_own_period_opening_a_later_sentence_keeps_its_aims_ahead():
    # (“十三五”时期，…的总体要求是：…。“十三五”时期，…的主要预期目标是：… in a plan of
    # 2016-2020: its own years, no look back.)
    # (An excerpt with no date: the plan's period is no look back once its horizon is named.)
    text = (
        "|\n“十三五”时期，全市经济社会发展的主要预期目标是：全市生产总值年均增长8%左右，"
        "到2020年全市生产总值突破700亿元、比2010年翻一番以上；一般公共预算收入年均增长7%；"
        "五年累计完成全社会固定资产投资3600亿元以上；外贸进出口总额达到860亿元。\n"
    )
    _, got = _analysed("p.txt", text)
    assert (got["860亿元"].kind.value, got["860亿元"].year) == ("target", 2020)
