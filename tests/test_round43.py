"""Forms of round 43, composed here in the style of department work summaries, sector plans'
monitoring tables and statistics news (every figure is this file's own)."""

from __future__ import annotations

from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts

_MONITORING_TABLE = (
    "某市“十二五”环境保护规划\n"
    "“十一五”期间城市环境空气质量逐年好转，具体数据见表1。\n\n"
    "表1某市城市环境空气质量监测结果 单位:mg/m3\n\n"
    "类别 2005年 2006年 2007年 2008 2009年 2010年 2011年目标\n\n"
    "二氧化硫 0.052 0.061 0.058 0.049 0.047 0.044 ≤0.04\n\n"
    "可吸入颗粒物 - - 0.131 0.118 0.109 0.097 ≤0.09\n\n"
    "注:2005年为手工监测。\n"
)


def test_a_category_column_with_no_name_column_names_the_rows():
    # (类别 | 2005年 | …: the only column before the years holds each row's name.)
    got = _facts("p.txt", _MONITORING_TABLE)
    first = got["0.052"]
    assert first.indicator == "二氧化硫"
    assert (first.year, first.value) == (2005, 0.052)
    assert got["0.097"].indicator == "可吸入颗粒物"


def test_years_before_a_column_naming_its_aim_are_results():
    # (2005年 … 2010年 | 2011年目标: a monitoring series, then the aim; a bare year among them,
    # 2008 printed without 年, is one of the series.)
    got = _facts("p.txt", _MONITORING_TABLE)
    series = [got[t] for t in ("0.052", "0.061", "0.049", "0.044", "0.097")]
    assert {f.kind.value for f in series} == {"actual"}
    assert [f.year for f in series[:4]] == [2005, 2006, 2008, 2010]
    aim = got["0.04"]
    assert (aim.kind.value, aim.year) == ("target", 2011)


def test_yearly_columns_with_no_aim_named_stay_a_plans_aims():
    # (A plan's table of yearly columns, none naming an aim: its base and its aims.)
    text = (
        "某县“十四五”生态环境保护规划\n\n"
        "表2 主要指标\n\n"
        "类别 2020年 2023年 2025年\n\n"
        "森林覆盖率(%) 61.2 62.0 63.0\n"
    )
    got = _facts("p.txt", text)
    assert (got["61.2"].kind.value, got["61.2"].year) == ("actual", 2020)
    assert (got["63.0"].kind.value, got["63.0"].year) == ("target", 2025)


def test_a_departments_summary_of_a_year_reports_that_year():
    text = (
        "某县农业农村局2021年工作总结和2022年工作计划\n\n"
        "一、2021年工作总结\n"
        "全年粮食播种面积稳定在36.5万亩，新建高标准农田2.1万亩，农村居民人均可支配收入增长10.2%。\n"
        "二、2022年工作计划\n"
        "力争新建高标准农田2.5万亩，农村居民人均可支配收入增长9%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.doc_type.value == "work_report"
    assert meta.reviewed_year == 2021
    for t in ("36.5万亩", "2.1万亩", "10.2%"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2021)
    for t in ("2.5万亩", "9%"):
        assert (got[t].kind.value, got[t].year) == ("target", 2022)


def test_a_meeting_on_a_years_work_summary_is_news():
    text = (
        "某县召开2021年工作总结暨表彰大会\n"
        "1月20日，县农业农村局召开2021年工作总结暨表彰大会。会议指出，"
        "全年新建高标准农田2.1万亩。"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.doc_type.value != "work_report"


def test_a_year_opening_a_stated_level_was_written_after_it():
    # (2021年全县普通高中报考人数1686人: the year's count, told once it is known.)
    text = (
        "（12）我县改建第一中学标准化考场60个。2021年全县普通高中报考人数1686人，"
        "设考点1个，考场58个。"
    )
    meta, got = _analysed("o.txt", text)
    assert meta.reference_year == 2022
    assert (got["1686人"].kind.value, got["1686人"].year) == ("actual", 2021)
    assert got["60个"].kind.value == "actual"


def test_a_reports_title_with_a_spaced_name_and_its_speaker_dates_no_section():
    # (The title line, 2021 年某 省 政府工作报告 省长 某某, names the document; the review
    # heading runs on into its paragraph, so no heading resets the time.)
    text = (
        "2021 年某 省 政府工作报告 省长 张某某\n"
        "各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        "一、2020 年工作回顾 刚刚过去的一年，极不平凡。我们较好完成了年度目标任务。\n"
        "——经济运行稳中向好。地区生产总值增长 3.8%，一般公共预算收入增长 2.1%。\n"
    )
    got = _facts("w.txt", text)
    for t in ("3.8%", "2.1%"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2020)


def test_a_report_telling_a_sessions_aims_done_is_of_the_year_after_it():
    # (省十一届人大五次会议 sat in 2012; 完成了…会议确定的目标任务 reviews that year.)
    text = (
        "政府工作报告\n各位代表：\n"
        "过去一年，我们较好地完成了省十一届人大五次会议确定的主要目标任务。"
        "全省生产总值达到8765.4亿元，增长11.2%。"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2013
    assert (got["8765.4亿元"].kind.value, got["8765.4亿元"].year) == ("actual", 2012)


def test_a_session_named_alone_still_gives_its_year():
    text = "政府工作报告\n——2012年1月在省十一届人大五次会议上\n各位代表：\n过去一年，全省生产总值增长11.2%。"
    meta, _ = _analysed("w.txt", text)
    assert meta.reference_year == 2012


def test_the_first_five_year_plan_of_a_new_stage_is_no_first_plan():
    # (新征程的第一个五年规划: the 十四五, not 一五 of 1953-1957.)
    text = (
        "某镇国民经济和社会发展第十四个五年规划纲要\n"
        "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年规划时期。"
        "到2025年，力争新增规上工业企业3家以上。"
    )
    meta, got = _analysed("p.txt", text)
    assert (meta.period_start, meta.period_end) == (2021, 2025)
    assert got["3家以上"].year == 2025


def test_the_first_five_year_plan_of_1953_is_still_named():
    from planwatch.core.periods import plan_mentions

    found = list(plan_mentions("我国从1953年起实施第一个五年计划。"))
    assert [m.years for m in found] == [(1953, 1957)]


def test_a_headline_of_a_plans_aims_met_is_a_look_back():
    text = (
        "原标题:某省文旅产业增加值年均增长21.5% 超额完成“十三五”规划目标\n"
        "11月20日，记者从某省政府新闻办新闻发布会获悉，“十三五”以来，"
        "全省文旅产业增加值由1100.2亿元增加到2900.5亿元，年均增长21.5%。"
        "截至2019年底，全省共有A级旅游景区260家。"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"


def test_a_growth_after_a_share_of_the_figure_before_is_that_figures():
    text = (
        "某市2013年国民经济和社会发展统计公报\n"
        "全年规模以上工业增加值46.2亿元，占全市生产总值的31.5%，同比增长12.6%。"
        "全市税收收入16.5亿元，占一般公共预算收入的70.3%，比上年下降1.2个百分点。"
    )
    got = _facts("c.txt", text)
    assert got["12.6%"].indicator == "规模以上工业增加值"
    assert got["31.5%"].indicator == "规模以上工业增加值占全市生产总值比重"
    # (a change in points after the share is the share's)
    assert got["1.2个百分点"].indicator == "税收收入占一般公共预算收入比重"


def test_a_share_named_by_itself_lends_its_whole_name():
    text = (
        "某市2020年统计公报\n研发经费支出占地区生产总值比重由1.65%提高到1.73%，增长幅度居全省前列。"
    )
    got = _facts("c.txt", text)
    assert got["1.73%"].indicator == "研发经费支出占地区生产总值比重"


def test_a_list_items_label_names_figures_said_of_the_area_alone():
    # (——地方财政一般预算收入：三市一县合计…: the label is the indicator, the rest who.)
    text = (
        "某市2012年上半年县域经济运行情况通报\n"
        "——地方财政一般预算收入：三市一县合计41.6亿元，占全市总量17.2%，同比增长28.3%。\n"
        "——社会消费品零售总额：全县完成12.5亿元，占全市总量的8.1%，增长15.2%。\n"
    )
    got = _facts("n.txt", text)
    assert got["41.6亿元"].indicator == "地方财政一般预算收入"
    assert got["28.3%"].indicator == "地方财政一般预算收入"
    assert got["12.5亿元"].indicator == "社会消费品零售总额"
    assert got["8.1%"].indicator == "社会消费品零售总额占全市总量比重"


def test_this_year_in_a_years_work_summary_is_the_year_summed_up():
    text = (
        "某区农业农村局2024年工作总结和2025年工作安排\n"
        "一、2024年工作总结\n"
        "今年以来，区农业农村局全面完成各项工作任务，预计完成农林牧渔总产值98.6亿元，增长5.5%。\n"
        "二、2025年工作安排\n"
        "力争农林牧渔总产值增长5%。\n"
    )
    meta, got = _analysed("s.txt", text)
    assert meta.reference_year == 2024
    assert (got["98.6亿元"].kind.value, got["98.6亿元"].year) == ("actual", 2024)
    assert (got["5%"].kind.value, got["5%"].year) == ("target", 2025)


def test_a_year_praised_as_a_whole_is_looked_back_on():
    text = (
        "一、 难忘的2016年\n"
        "——以主要指标稳步增长为标志。全县地区生产总值、公共财政预算收入同比分别增长8.4%、9.1%。\n"
        "——城乡面貌焕然一新。5条城市道路基本完工，城镇常住人口达到12万人。\n"
        "二、奋进的2017年\n"
    )
    meta, got = _analysed("o.txt", text)
    assert meta.reference_year == 2017
    for t in ("8.4%", "5条", "12万人"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2016)


def test_the_years_work_after_its_aims_paragraph_is_aimed_at():
    # (A story on a work report: the aims paragraph, then the year's tasks under short
    # subheads, undated; a paragraph opening on the first quarter tells results again.)
    text = (
        "1月10日，某市第十五届人民代表大会第二次会议开幕，市长作2022年政府工作报告。\n"
        "报告指出，今年经济社会发展的主要预期目标是：地区生产总值增长7%，一般公共预算收入增长8%。\n"
        "城乡建设\n"
        "完善城市基础设施，建成投用东环路、12条市政道路等项目，完成85公里市政管网改造。\n"
        "一季度，全市经济运行开局良好，规模以上工业增加值增长9.6%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "work_report_news"
    year = meta.reference_year
    for t in ("12条", "85公里"):
        assert (got[t].kind.value, got[t].year) == ("target", year)
    assert got["9.6%"].kind.value == "actual"


def test_a_review_after_the_aims_paragraph_stays_a_review():
    text = (
        "1月12日，某县第十八届人民代表大会第三次会议开幕，县长作2023年政府工作报告。\n"
        "报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%。\n"
        "过去一年，全县地区生产总值完成286.4亿元，增长7.1%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert got["7.1%"].kind.value == "actual"
    assert got["286.4亿元"].year == meta.reference_year - 1


def test_a_meeting_on_a_years_last_day_reviews_it_and_aims_at_the_next():
    text = (
        "本报讯 2014年的最后一天，某市委全会召开，会议总结该市的经济社会发展状况，为今年的发展制定目标。\n"
        "回顾\n地区生产总值预计完成255亿元，财政总收入预计完成32.7亿元。\n"
        "预期目标\n力争全市地区生产总值增长12%以上。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2015
    assert (got["255亿元"].kind.value, got["255亿元"].year) == ("actual", 2014)
    assert (got["12%以上"].kind.value, got["12%以上"].year) == ("target", 2015)


def test_a_sharing_sites_stamp_and_a_full_text_title_date_no_section():
    # (A copy on a document-sharing site: its stamp line 1 1 2021 最新修订(可编辑), and the
    # report's title with (全文) after it, over the report itself.)
    text = (
        "2021年某县政府工作报告(全文)\n\n  1 1 2021 最新修订(可编辑)\n\n 1 2021 年某县政府工作报告(全文)\n\n"
        " 政府工作报告\n\n 2021 年 1 月 20 日在某县第十八届人民代表大会第五次会议上\n\n 各位代表:\n\n"
        " 一、过去五年，我们砥砺前行\n\n “十三五”末，全县地区生产总值达到 180.5 亿元，年均增长 7.1%。"
        "五年来，建成高标准农田 12 万亩。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2021
    for t in ("180.5 亿元", "12 万亩"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2020)


def test_results_said_to_lie_in_the_expected_range_are_results():
    text = (
        "一图读懂政府工作报告\n刊发日期:2019-01-17\n"
        "2018年，全区经济持续健康发展。预计地区生产总值360亿元、增长8.5%，"
        "经济运行在预期的合理区间，工业增加值105亿元、增长8%。"
    )
    got = _facts("n.txt", text)
    for t in ("105亿元", "8%"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2018)


def test_a_trials_year_does_not_date_the_figures_after_it():
    # (经受2013年抗洪救灾严峻考验: an event of the period reviewed, not the figures' year.)
    text = (
        "抓机遇迎挑战\n——某县圆满完成“十二五”经济社会发展各项任务\n"
        "“十二五”时期，某县经受2013年抗洪救灾严峻考验，圆满完成了经济社会发展各项任务。"
        "与2010年比，全县地区生产总值由96.5亿元增加到168.2亿元，年均增长11.8%。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert (got["168.2亿元"].kind.value, got["168.2亿元"].year) == ("actual", 2015)
    assert got["96.5亿元"].year == 2010


def test_the_start_of_a_look_back_is_no_part_year_release():
    # (创下自2009年一季度以来的最低水平: the release is not of 2009.)
    text = (
        "本报北京7月13日电 国家统计局今天发布上半年经济数据，上半年国内生产总值227000亿元，"
        "同比增长7.8%。其中，二季度增长7.6%，创下自2009年一季度以来的最低水平。"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.reference_year != 2009


def test_a_plans_achievements_briefing_telling_its_fourth_year_done_is_a_final_review():
    # (12月24日…“十四五”发展成就…新闻发布会, 2024年粮食产量达25.2亿斤: told after 2024, in
    # the plan's last year: a final review.)
    text = (
        "12月24日上午，某市举行“十四五”发展成就主题新闻发布会。\n"
        "“十四五”时期，某市推动经济发展稳中有进。三农根基持续巩固。2024年粮食产量达25.2亿斤。"
        "全市A级景区达到39家。"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert got["39家"].year == 2025


def test_a_whole_plan_look_back_estimating_this_year_is_told_in_its_last_year():
    text = (
        "8月12日，某省召开高质量完成“十四五”规划系列主题新闻发布会。\n"
        "五年间，全省地区生产总值从2020年的3.37万亿元增长至2024年的4.78万亿元，预计今年将超过5万亿元。"
    )
    meta, _ = _analysed("n.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert meta.reference_year == 2025


def test_a_yearbook_volume_line_dates_no_section():
    text = (
        "2022卷\n【概况】 某旗位于某盟中北部，边境线长175千米，总面积27495平方千米。\n"
        "【经济】 2021年，全旗地区生产总值完成65.4亿元，增长6.8%。\n"
    )
    got = _facts("y.txt", text)
    assert got["175千米"].kind.value == "actual"
    assert (got["65.4亿元"].kind.value, got["65.4亿元"].year) == ("actual", 2021)


def test_a_communiques_title_with_its_copys_update_year_dates_no_section():
    text = (
        "2011年某区国民经济和社会发展统计公报(2022年更新)\n"
        "2011年，全区经济平稳较快发展。全年实现地区生产总值149.9亿元，比上年增长16.7%。\n"
    )
    got = _facts("c.txt", text)
    assert (got["149.9亿元"].kind.value, got["149.9亿元"].year) == ("actual", 2011)


_OWNERSHIP_TABLE = (
    "运城市2010年国民经济和社会发展统计公报\n\n"
    "表15    2010年城乡居民每百户主要消费品拥有量\n\n"
    "品名 单位 全市城镇居民 盐湖区 全市农村居民\n\n"
    "洗 衣 机 台 97 95 84\n\n"
    "空    调 台 93 104 11\n\n"
    "固定电话 部 90 78 75\n"
)


def test_a_tables_columns_of_the_populations_parts_and_an_area_are_apart():
    # (品名 单位 全市城镇居民 盐湖区 全市农村居民: single spaces, yet five columns.)
    got = _facts("c.txt", _OWNERSHIP_TABLE)
    assert got["97"].indicator == "洗衣机"
    assert (got["97"].kind.value, got["97"].year) == ("actual", 2010)
    assert got["95"].jurisdiction == "盐湖区"
    assert got["84"].jurisdiction == "运城市"


def test_a_rows_name_spread_over_its_cell_is_one_name():
    got = _facts("c.txt", _OWNERSHIP_TABLE)
    assert (got["93"].indicator, got["93"].unit) == ("空调", "台")
    assert got["104"].jurisdiction == "盐湖区"


def test_rows_under_a_merged_category_cell_keep_their_columns():
    # (A web table copied with bars: the category cell stands on its group's first row only;
    # the rows under it keep their cells to the left, empty cells closing them.)
    text = (
        "某区卫生健康事业发展“十四五”规划\n"
        "表 1:“十四五”时期卫生健康事业发展主要指标\n"
        "类别 | 序号 | 指标名称 | 单位 | 2025年 |\n"
        "健康水平 指标 | 1 | 人均期望寿命 | 岁 | 82 |\n"
        "2 | 婴儿死亡率 | ‰ | <4 | |\n"
        "3 | 居民健康素养水平 | % | 38 | |\n"
        "服务体系 指标 | 4 | 每千常住人口执业(助理)医师数 | 人 | 3.1 |\n"
        "5 | 每千常住人口注册护士数 | 人 | 2.9 | |\n"
    )
    got = _facts("p.txt", text)
    for t, name in (
        ("4", "婴儿死亡率"),
        ("38", "居民健康素养水平"),
        ("2.9", "每千常住人口注册护士数"),
    ):
        assert (got[t].indicator, got[t].kind.value, got[t].year) == (name, "target", 2025)
    assert got["82"].indicator == "人均期望寿命"


def test_a_bases_own_figure_after_its_year_and_before_a_clause_break_is_the_bases():
    text = (
        "某市“十二五”能源发展规划发布\n"
        "2015年全市能源需求总量预计达到8500万吨标准煤，比2010年的7000万吨标准煤左右，要增加约21%。"
        "2015年全社会用电量为1150亿千瓦时，相比2010年的810亿千瓦时，每年增速为7.3%。"
    )
    got = _facts("n.txt", text)
    for t in ("7000万吨标准煤左右", "810亿千瓦时"):
        assert (got[t].kind.value, got[t].year) == ("actual", 2010)
    assert (got["8500万吨标准煤"].kind.value, got["8500万吨标准煤"].year) == ("target", 2015)


def test_a_bases_figure_with_a_long_unit_before_its_change_is_the_bases():
    text = "某市“十二五”能源发展规划\n2015年能源需求总量控制在8500万吨标准煤，比2010年的7000万吨标准煤增加1500万吨。"
    got = _facts("p.txt", text)
    assert (got["7000万吨标准煤"].kind.value, got["7000万吨标准煤"].year) == ("actual", 2010)


def test_a_heading_after_the_aims_paragraph_is_not_undone_by_a_part_year_paragraph():
    text = (
        "1月10日，某市第十五届人民代表大会第二次会议开幕，市长作2022年政府工作报告。\n"
        "报告指出，今年经济社会发展的主要预期目标是：地区生产总值增长7%。\n"
        "二、2021年工作回顾\n"
        "全市完成固定资产投资410.2亿元。\n"
        "一季度，全市规模以上工业增加值增长9.6%。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert (got["410.2亿元"].kind.value, got["410.2亿元"].year) == ("actual", 2021)
    assert got["9.6%"].kind.value == "actual"
