"""Forms of round 50, composed here in the style of statistical communiqués, work reports
and plan documents copied onto web pages (every figure is this file's own)."""

from __future__ import annotations

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text
from readhelp import analysed as _analysed


def test_a_price_table_headed_by_its_index_base_gives_each_row_s_index():
    # (A communiqué's price table copied one cell per line, each cell closed by a bar, its
    # value column headed by the index's base; the issue line under the page's title is the
    # month the communiqué came out, not the year the table reports.)
    text = (
        "2021年某县国民经济和社会发展统计公报\n某县统计局\n2022年3月\n一、综合\n"
        "全年居民消费价格总指数同比上涨1.5%。\n"
        "表1：2021年某县居民消费价格指数\n项目名称 |\n上年同期=100 |\n"
        "居民消费价格总指数 |\n101.5 |\n一、食品烟酒 |\n103.2 |\n粮 食 |\n99.1 |\n"
        "鲜 菜 |\n104.0 |\n二、衣着 |\n98.7 |\n三、居住 |\n100.9 |\n"
        "二、农业\n全年粮食产量30.1万吨。\n"
    )
    _, got = _analysed("c.txt", text)
    for value in ("101.5", "103.2", "99.1", "104.0", "98.7", "100.9"):
        assert got[value].measure is Measure.LEVEL
        assert got[value].kind is Kind.ACTUAL
        assert got[value].year == 2021
    assert "居民消费价格" in got["101.5"].indicator
    assert got["30.1万吨"].year == 2021


def test_a_clause_holding_a_figure_is_no_name_for_the_figures_after_it():
    # (A release's paragraph opening with a slogan, its quarters' growths with no name of
    # their own: the clause before, 一季度增长…, is a figure's, never a name. The figures
    # keep no name made of another figure.)
    text = (
        "2009年某省国民经济运行情况\n初步核算，2009年全省地区生产总值9930.5亿元，增长11.6%。\n"
        "增长有速度。分季度看,一季度增长10.1%,二季度增长11.5%,三季度增长12.6%。\n"
    )
    _, got = _analysed("s.txt", text)
    for value in ("11.5%", "12.6%"):
        assert value not in got or "%" not in got[value].indicator


def test_a_session_after_an_extra_one_is_dated_by_the_year_its_report_reviews():
    # (A province's congress that held an extra session counts its later yearly sessions one
    # ahead: the fifth session of a term opened in 2018 sits in 2021. The story lists the
    # year's achievements under a heading, then the year's aims.)
    text = (
        "1月27日上午，某某省第十三届人民代表大会第五次会议开幕，省长作政府工作报告。\n"
        "2020年成就：\n实现生产总值2.4万亿元，增长2.5%\n城镇新增就业41.5万人\n"
        "2021年目标：\n生产总值增长6.5%左右\n城镇新增就业40万人\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["2.5%"].year == 2020 and got["2.5%"].kind is Kind.ACTUAL
    assert got["6.5%左右"].year == 2021 and got["6.5%左右"].kind is Kind.TARGET


def test_a_session_s_year_stands_when_its_report_reviews_the_year_before_it():
    # (Guard: a yearly session, its report reviewing the year before: the number's year.)
    text = (
        "1月24日上午，某某省第十三届人民代表大会第四次会议开幕，省长作政府工作报告。\n"
        "2020年成就：\n实现生产总值2.4万亿元，增长2.5%\n城镇新增就业41.5万人\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2021
    assert got["2.5%"].year == 2020


_HEADLESS_ROWS = (
    "  粮食总产量 万吨 52.3 55 约束性\n\n"
    "  农业科技进步贡献率 % 58 62 预期性\n\n"
    "  农田灌溉水有效利用系数 -- 0.58 0.6 约束性\n\n"
    "  秸秆综合利用率 % 88 ≥92 约束性\n\n"
    "  农民\n\n  富足 农村居民人均可支配收入增速 % 7.9 高于经济增长速度 预期性\n\n"
    "  农村居民教育文化娱乐消费支出占比 % 9.1 10 预期性\n\n"
)


def test_a_plan_s_indicator_rows_without_their_header_give_base_and_aim():
    # (A plan's table copied without its header: each row its name, unit, the base year's
    # figure, the plan's aim and the attribute, spaced on a line of its own.)
    text = "某县“十四五”农业农村现代化规划\n\n" + _HEADLESS_ROWS + "第一章 发展基础\n"
    _, got = _analysed("p.txt", text)
    assert got["52.3"].kind is Kind.ACTUAL and got["52.3"].year == 2020
    assert got["55"].kind is Kind.TARGET and got["55"].year == 2025
    assert got["55"].unit == "万吨" and "粮食总产量" in got["55"].indicator
    assert got["0.6"].year == 2025 and got["0.6"].unit in (None, "")
    assert got["92"].year == 2025 and got["92"].comparator.value == "ge"
    # (A category's word opening a row, or alone between rows; an aim in words gives none.)
    assert got["7.9"].year == 2020 and "可支配收入" in got["7.9"].indicator
    assert got["7.9"].measure is Measure.GROWTH
    assert got["10"].year == 2025 and got["10"].kind is Kind.TARGET


def test_indicator_rows_without_a_header_are_no_table_outside_a_plan():
    # (Guard: the same rows in a page of no plan period tell no year.)
    text = "某县农业情况\n\n" + _HEADLESS_ROWS
    _, got = _analysed("q.txt", text)
    assert not any(f.year == 2025 for f in got.values())


def test_a_sentence_opening_on_a_comparison_compares_the_figure_before_it():
    # (A full stop typed where a comma was meant: the comparisons after it are of the
    # growth before it; each compares the growth, not the gap named before it.)
    text = (
        "某市2015年政府工作报告\n2014年，全市实现地区生产总值1088.3亿元，增长9.7%。"
        "高于上年0.4个百分点，高于全省1.1个百分点。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["0.4个百分点"].indicator.startswith("地区生产总值")
    assert got["1.1个百分点"].indicator.startswith("地区生产总值")
    assert "上年" not in got["1.1个百分点"].indicator


def test_machines_counted_as_units_or_sets_keep_both_words():
    text = "某县2021年政府工作报告\n过去一年，全县农机具保有量达到4.6万台(套)，新增大型农机具85台（套）。\n"
    _, got = _analysed("r.txt", text)
    assert got["4.6万台(套)"].unit == "万台套"
    assert got["85台（套）"].unit == "台套"


def test_an_area_s_gdp_is_spelled_out_only_where_the_document_spells_it():
    # (A report that only ever says 全区GDP names it so; a release whose body writes
    # 地区生产总值 gives its lead's 全市GDP that name.)
    report = "某区2025年政府工作报告\n2024年，全区GDP突破600亿元大关，完成615.2亿元。\n"
    _, got = _analysed("r.txt", report)
    assert got["615.2亿元"].indicator == "全区GDP"
    release = (
        "前三季度全市GDP同比增长5.1%\n"
        "初步核算，前三季度全市地区生产总值2318.6亿元，同比增长5.1%。\n"
    )
    facts = analyse_text("s.txt", release).facts
    lead = next(f for f in facts if release[f.start : f.end] == "5.1%" and f.start < 20)
    assert lead.indicator == "地区生产总值"


def test_a_rank_risen_from_its_place_in_the_whole_starts_a_year_before():
    # (A review's rank moved from one place to another, the whole named before the first:
    # the first place is the year before the one reviewed.)
    text = "某区2025年政府工作报告\n过去一年，全区经济总量从全省第12位跃升至第9位。\n"
    _, got = _analysed("r.txt", text)
    assert got["第12位"].year == 2023 and got["第9位"].year == 2024


def test_a_label_of_the_plan_s_aims_dates_the_aims_under_it():
    # (A story lists a report's points under labels; the plan's aims under “十四五”目标： are
    # for the plan's last year, the year's aims under 2021年目标： for that year.)
    text = (
        "1月27日上午，某某省第十三届人民代表大会第四次会议开幕，省长作政府工作报告。\n"
        "“十四五”目标：\n经济高质量发展迈出更大步伐\n人均生产总值达到9.5万元左右\n"
        "2021年目标：\n生产总值增长6.5%左右\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["9.5万元左右"].kind is Kind.TARGET and got["9.5万元左右"].year == 2025
    assert got["6.5%左右"].year == 2021


def test_a_row_and_its_part_stacked_in_one_cell_give_each_its_figures():
    # (A plan's table copied one cell per line: a row and its 其中 part share a cell, and
    # each column's figures for them share one too, the row's first.)
    text = (
        "某县“十四五”卫生健康事业发展规划\n\n主要指标表\n\n指  标\n\n2020年\n\n2025年\n\n属性\n\n"
        "1.每千人口执业(助理)医师数(人)\n\n3.1\n\n3.5\n\n预期性\n\n"
        "2.每千人口注册护士数(人)\n\n其中:社区注册护士数(人)\n\n3.4\n\n0.6\n\n4.2\n\n0.9\n\n预期性\n\n"
        "3.基层医疗卫生机构诊疗量占比(%)\n\n其中:乡镇\n\n村\n\n38.2%\n\n21.5%\n\n45%\n\n25%\n\n预期性\n\n"
        "4.二级以上综合医院设置老年医学科比例(%)\n\n40%\n\n60%\n\n预期性\n\n"
        "第二章 主要任务\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["3.4"].year == 2020 and got["4.2"].year == 2025
    assert "社区注册护士" not in got["3.4"].indicator
    assert "社区注册护士" in got["0.6"].indicator and got["0.9"].year == 2025
    assert got["38.2%"].year == got["21.5%"].year == 2020
    assert got["45%"].year == got["25%"].year == 2025
    assert "乡镇" in got["38.2%"].indicator and "村" in got["21.5%"].indicator
    assert "基层医疗卫生机构诊疗量占比" in got["25%"].indicator
    assert "村" not in got["60%"].indicator and got["60%"].year == 2025


def test_an_action_plan_is_a_sector_plan():
    # (A programme a government sends out with its aims: titled, or sent under a notice.)
    titled = (
        "某省加快新能源汽车产业高质量发展行动方案\n为加快新能源汽车产业发展，制定本方案。\n"
        "一、主要目标\n到2027年，全省新能源汽车产量达到50万辆。\n"
    )
    meta, _ = _analysed("a.txt", titled)
    assert meta.doc_type.value == "sector_plan"
    sent = (
        "某政发〔2024〕8号\n各县（市、区）人民政府：\n现将《2024—2025年某省节水行动实施方案》印发给你们，"
        "请认真贯彻执行。\n某省人民政府\n2024年6月3日\n一、主要目标\n到2025年，万元地区生产总值用水量"
        "比2020年下降16%。\n"
    )
    meta, _ = _analysed("b.txt", sent)
    assert meta.doc_type.value == "sector_plan"


def test_a_month_bracketed_after_a_paper_s_title_dates_it_before_the_upload():
    # (A paper shared on a document site: the site's upload date, then the paper's title with
    # the month it goes by in brackets.)
    text = (
        "文档详情\n某县经济社会发展情况.doc\n发布:2017-05-09约小于1千字共4页下载文档\n"
        "某县经济社会发展情况 (2014年3月) 某县总面积1020平方公里。今年1-2月，全县完成地方财政收入"
        "1.35亿元，同比增长12.4%。\n"
    )
    meta, got = _analysed("z.txt", text)
    assert meta.reference_year == 2014
    assert got["1.35亿元"].year == 2014 and got["1.35亿元"].kind is Kind.ACTUAL
    # (The date line run into the paragraph is when it was written, no time of its figures.)
    assert got["1020平方公里"].kind is Kind.ACTUAL


def test_a_city_whose_party_committee_directs_is_no_issuer_of_its_county_s_plan():
    # (A county-level city's plan follows its prefecture's deployment: 按照某市委…部署 names
    # the one directing, not the one speaking.)
    text = (
        "（吉林省）公主岭市“十四五”推进农业农村现代化规划\n\n"
        "（一）突出现代农业城核心区\n\n按照长春市委、市政府谋划部署，现代农业城建设以公主岭市为核心区，"
        "到2025年，粮食产量稳定在60亿斤以上。\n"
    )
    meta, _ = _analysed("q.txt", text)
    assert meta.area is not None and meta.area.name == "公主岭市"


def test_an_excerpt_s_note_of_the_meeting_dates_the_report():
    # (A page excerpting a report notes in brackets when and where it was delivered, the
    # speaker between the day and the meeting.)
    text = (
        "某市政府这五年\n（摘自2016年11月2日上午某某同志代表市人民政府在某市七届人大一次会议上"
        "向大会作的工作报告。）\n一、市六届政府工作回顾\n五年来，全市经济总量由2011年的全省第6位"
        "上升到去年的第4位。\n"
    )
    meta, got = _analysed("w.txt", text)
    assert meta.reference_year == 2016
    assert got["第4位"].year == 2015
    assert got["第4位"].indicator == got["第6位"].indicator


def test_the_years_ahead_whose_aims_are_set_give_their_horizon_to_the_whole_list():
    # (A story: the report set the aims of the next five years, then lists them to their
    # horizon, on both sides of a semicolon.)
    text = (
        "据报道，某省十四届人大一次会议1月12日开幕，省长在作政府工作报告时部署了今后五年全省发展的"
        "总体要求和目标任务，到2027年地区生产总值达到9万亿元，人均生产总值达到14万元；"
        "全社会研发投入强度超过3.2%，全员劳动生产率达到25万元/人。\n"
    )
    _, got = _analysed("n.txt", text)
    for value in ("9万亿元", "14万元", "3.2%", "25万元/人"):
        assert got[value].kind is Kind.TARGET and got[value].year == 2027


def test_a_level_recovered_to_a_share_of_an_earlier_one_is_that_share():
    text = (
        "某省2021年政府工作报告\n2020年，全省地区生产总值恢复到上年的96%以上，"
        "旅游总收入恢复至2019年同期的八成。\n"
    )
    _, got = _analysed("r.txt", text)
    assert got["96%以上"].measure is Measure.LEVEL
    assert got["八成"].measure is Measure.LEVEL


def test_a_product_table_run_on_with_bars_under_its_product_name_header():
    # (A communiqué's forestry table run into one line, cells closed by bars, its name column
    # headed 产品名称; a row's unit bracket set off by a space.)
    text = (
        "2021年某县国民经济和社会发展统计公报\n"
        "表2 2021年林业生产情况 产品名称 | 产量 | 比上年增长(%) | 造林面积(万亩) | 6.2 | -2.5 | "
        "核桃 (吨) | 30125 | -11.4 | 板栗(吨) | 1304 | 3.6 | 花椒(吨) | 171 | 12.5 |\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["30125"].year == 2021 and "核桃" in got["30125"].indicator
    assert got["-11.4"].measure is Measure.GROWTH and "核桃" in got["-11.4"].indicator
    assert got["171"].unit == "吨" and got["12.5"].measure is Measure.GROWTH


def test_a_ratio_to_a_hundred_states_its_first_part():
    text = (
        "2023年某县国民经济和社会发展统计公报\n年末户籍总人口112.6万人，其中男性58.2万人，"
        "女性54.4万人，性别比为107:100。\n"
    )
    _, got = _analysed("c.txt", text)
    assert got["107:100"].value == 107 and got["107:100"].unit in (None, "")
    assert "性别比" in got["107:100"].indicator


def test_a_letter_spaced_title_names_the_area():
    # (A PDF's communiqué: the county's name set letter by letter over the title; the only
    # other area named is the city it is compared with.)
    text = (
        "永 年 县\n2021年国民经济和社会发展统计公报\n"
        "2021年，全县实现地区生产总值312.4亿元，比上年增长6.1%，增速高于邯郸市0.5个百分点。\n"
    )
    meta, _ = _analysed("c.txt", text)
    assert meta.area is not None and meta.area.name.startswith("永年")


def test_a_news_site_s_topic_banner_gives_no_year_to_the_sections_under_it():
    # (A report's abstract reposted under the site's banner of the year's sessions: the
    # sections under their numbered headings review the year the title names.)
    text = (
        "关于某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告(摘要)\n"
        "2022-04-18 06:59:00 稿源: 某日报\n\n【专题】2022某市两会\n\n"
        "  2021年,全市经济运行稳中向好。全年实现地区生产总值1459.9亿元,增长8.2%。\n\n"
        "  (一)产业发展稳中有进\n\n  农业经济持续向好。一产增加值35.1亿元,增长2.8%。\n"
    )
    _, got = _analysed("p.txt", text)
    assert got["35.1亿元"].kind is Kind.ACTUAL and got["35.1亿元"].year == 2021


def test_a_wire_story_opening_on_the_year_it_estimates_is_of_the_year_after():
    # (A wire story on a city's report: the year's estimates open its lead after the byline,
    # then the blueprint of the next five years, its aims listed across semicolons.)
    text = (
        "新华网某市1月9日电(记者某某)2021年,预计某市全市地区生产总值增长8.5%左右;居民人均可支配收入"
        "41234元,增长7.9%。\n报告明确了今后五年某市发展蓝图:地区生产总值年均增长7%左右;"
        "服务业增加值占地区生产总值比重达58%,人口平均预期寿命达80岁。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.reference_year == 2022
    assert got["41234元"].year == 2021 and got["41234元"].kind is Kind.ACTUAL
    assert got["58%"].year == 2026 and got["58%"].kind is Kind.TARGET
    assert got["80岁"].year == 2026


def test_a_release_s_table_under_a_title_that_lost_its_table_word():
    # (A mirror of a statistics release: the title kept its number but lost 表, and a lost
    # image left a question mark between the title and the header.)
    text = (
        "2024年一季度国内生产总值初步核算结果\n经初步核算，我国2024年一季度GDP核算结果如下。\n\n"
        "1 2024年一季度GDP初步核算数据\n\n?\n\n绝对额(亿元)\n\n比上年同期增长(%)\n\nGDP\n\n296299\n\n"
        "5.3\n\n第一产业\n\n11538\n\n3.3\n\n第二产业\n\n109846\n\n6.0\n\n第三产业\n\n174915\n\n5.0\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["296299"].unit == "亿元" and got["296299"].year == 2024
    assert got["5.3"].measure is Measure.GROWTH and got["5.3"].indicator == "GDP"
    assert got["174915"].kind is Kind.ACTUAL and "第三产业" in got["174915"].indicator


def test_a_legal_education_campaign_s_cycle_is_no_five_year_plan():
    # (A story on a county's report delivered at the year's end: the 普法 campaign's eighth
    # cycle closed is no plan's close; the story's questions tell the year reviewed and the
    # year planned.)
    text = (
        "12月24日，县十八届人大五次会议开幕。备受关注的政府工作报告都有什么内容？2025年我县取得了"
        "哪些成绩？2026年又有哪些工作安排？今报为你来解读……\n【和】社会和谐治理有效 完成18个乡镇"
        "综治中心规范化建设；“八五”普法圆满收官。\n"
    )
    meta, got = _analysed("n.txt", text)
    assert meta.doc_type.value == "work_report_news"
    assert meta.reference_year == 2025 and meta.reviewed_year == 2025
    assert got["18个"].year == 2025 and got["18个"].kind is Kind.ACTUAL


def test_a_port_and_the_country_s_set_phrases_are_no_area():
    # (港口 is a port, not 港口区's short name; 中国特色社会主义 and 中华人民共和国成立70周年
    # are said by every local text: neither makes the page the nation's.)
    texts = (
        "关于2019年上半年国民经济和社会发展计划执行情况的报告\n2019年是中华人民共和国成立70周年，"
        "全县上下坚持以新时代中国特色社会主义思想为指导。上半年，全县港口货物吞吐量完成120万吨，"
        "增长5.2%。\n",
        "2012年港口货物吞吐量完成3亿吨。全市上下坚持以中国特色社会主义为指导，港口建设加快，"
        "港口物流园区规划建设了8.25平方公里。\n",
    )
    for text in texts:
        meta, _ = _analysed("p.txt", text)
        assert meta.area is None or meta.area.code not in ("000000", "450602")


def test_a_base_clause_and_jiaozhi_compare_the_figure_named_before():
    # (与2019年相比，两年年均增长…: the clause only frames the figure; 较之2012年: a base year,
    # as 较2012年 is.)
    text = (
        "某市统计局：2021年全市经济运行情况\n2021年，全市地区生产总值1500亿元，增长8.0%。与2019年相比，"
        "两年年均增长10.2%，居全省第一。全市研发经费支出较之2012年增长了3.6倍。\n"
    )
    _, got = _analysed("s.txt", text)
    assert got["10.2%"].indicator == "地区生产总值"
    assert got["3.6倍"].year == 2021 and got["3.6倍"].period_start == 2013
    assert got["3.6倍"].indicator == "研发经费支出"


def test_a_list_before_a_share_of_the_whole_shares_it():
    text = (
        "某市统计局：2021年全市经济运行情况\n2021年，全市工业增加值和服务业增加值占全省比重分别由2020年的"
        "4.9%和2.3%提高到5.7%和2.6%。\n"
    )
    _, got = _analysed("s.txt", text)
    for value in ("4.9%", "5.7%"):
        assert got[value].indicator == "工业增加值占全省比重"
        assert got[value].measure is Measure.LEVEL
    assert got["4.9%"].year == 2020 and got["5.7%"].year == 2021


def test_a_plan_named_by_its_mid_term_evaluation_dates_no_headline_figure():
    # (A headline: the city's 十四五实施中期评估 and one of its results; the plan is named as
    # the evaluated document, not as the years of the figure.)
    text = (
        "某市十四五实施中期评估符合预期!新增基础学位31.2万个\n1月25日，某市发展和改革委员会发布消息，"
        "某市高质量完成“十四五”规划纲要实施中期评估工作，主要目标指标进展总体符合预期。\n"
    )
    _, got = _analysed("n.txt", text)
    assert got["31.2万个"].kind is Kind.ACTUAL
