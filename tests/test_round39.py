"""Forms of round 39, composed here in the style of county statistics news, census
bulletins and plan reports (every figure is this file's own)."""

from __future__ import annotations

from planwatch.describe.areas import rows_by_name
from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts


def test_an_autonomous_county_is_named_by_its_stem_and_level():
    # The table leaves 通道 out as a short name (a common word); 通道县 is still the county.
    assert [r.code for r in rows_by_name("通道县")] == ["431230"]
    assert [r.code for r in rows_by_name("维西县")] == ["533423"]
    assert rows_by_name("维西县")[0].written_in_full("维西县")
    assert not rows_by_name("维西")[0].written_in_full("维西")


def test_an_autonomous_county_by_its_stem_is_the_subject_of_its_figures():
    text = (
        "迪庆州2021年前三季度固定资产投资情况\n\n"
        "2021年1至9月，全州固定资产投资同比增长12%。其中，德钦县完成投资31亿元，同比下降5.0%；"
        "维西县完成投资46亿元，同比增长5.5%。\n"
    )
    got = _facts("news.txt", text)
    assert got["46亿元"].jurisdiction == "维西傈僳族自治县"
    assert got["31亿元"].jurisdiction == "德钦县"


def test_a_share_of_the_years_aim_names_no_figure_of_the_next_clause():
    text = (
        "迪庆州2021年前三季度投资情况\n\n"
        "2021年1至9月，全州固定资产投资同比增长12%。其中，香格里拉市完成112亿元，同比增长47.7%，"
        "完成年度目标任务的69.1%；德钦县完成31亿元，同比下降5.0%，完成年度目标任务的50%。\n"
    )
    got = _facts("news.txt", text)
    assert got["69.1%"].indicator.endswith("比例")
    assert "比例" not in got["31亿元"].indicator and "投资" in got["31亿元"].indicator
    assert got["50%"].indicator.count("完成") == 1


_CROP_TABLE = (
    "近日，国家统计局某调查总队公布了产粮大县2019年粮食生产数据。\n\n"
    "某某县2019年全年及秋收粮食播种面积、产量\n\n \n\n"
    "播种面积(万亩)\n\n亩产(公斤)\n\n总产(万吨)\n\n"
    + "2018\n\n2019\n\n增长(%)\n\n" * 3
    + "全年粮食\n\n80.10\n\n81.00\n\n1.1\n\n400.00\n\n404.00\n\n1.0\n\n32.04\n\n32.72\n\n2.1\n\n"
    + "  玉米\n\n20.00\n\n21.00\n\n5.0\n\n350.00\n\n357.00\n\n2.0\n\n7.00\n\n7.50\n\n7.1\n"
)


def test_quantities_over_the_same_years_one_cell_a_line_are_read_as_their_columns():
    meta, got = _analysed("news.txt", _CROP_TABLE)
    area = got["21.00"]
    assert "玉米" in area.indicator and "播种面积" in area.indicator
    assert (area.unit, area.year, area.measure.value) == ("万亩", 2019, "level")
    assert got["20.00"].year == 2018
    growth = got["2.0"]
    assert "亩产" in growth.indicator and growth.measure.value == "growth" and growth.unit == "%"
    assert "总产" in got["7.50"].indicator and got["7.50"].unit == "万吨"


def test_a_statistics_news_tables_latest_year_is_a_result():
    meta, got = _analysed("news.txt", _CROP_TABLE)
    assert meta.doc_type.value == "statistical_news"
    assert got["81.00"].kind.value == "actual" and got["81.00"].year == 2019


def test_an_issuers_name_run_into_its_date_under_the_title_dates_the_bulletin():
    text = (
        "某某区第七次全国人口普查主要数据\n\n    转载 · 2020-06-01 00:00\n\n"
        "    某某区统计局某某区第七次全国人口普查领导小组办公室2021年5月31日\n\n"
        "根据国务院统一部署，我区以2020年11月1日零时为标准时点开展了第七次全国人口普查。"
        "现将主要数据公布如下：\n\n全区常住人口为412345人，家庭户人口为398765人。\n"
    )
    meta, got = _analysed("公报.txt", text)
    assert meta.reference_year == 2021
    assert (got["412345人"].kind.value, got["412345人"].year) == ("actual", 2020)


def test_a_date_inside_a_sentence_after_an_office_is_no_issue_line():
    text = (
        "某某区第七次全国人口普查主要数据\n\n    转载 · 2021-06-01 00:00\n\n"
        "根据国务院统一部署，区人口普查领导小组办公室于2020年11月1日零时开展了第七次全国人口普查，"
        "全区常住人口为412345人。\n"
    )
    meta, _ = _analysed("公报.txt", text)
    assert meta.reference_year == 2021


def test_a_census_bulletin_published_late_covers_its_standard_moments_year():
    text = (
        "某某县第四次全国经济普查主要数据公报\n某某县统计局\n2020年5月\n"
        "根据《全国经济普查条例》规定，第四次全国经济普查的标准时点是2018年12月31日，"
        "普查的时期资料为2018年度。现将主要数据公布如下：\n"
        "一、单位基本情况\n年末，全县共有法人单位4491个，比2013年末增加2574个；"
        "产业活动单位5426个，增加2926个。\n"
    )
    meta, got = _analysed("公报.txt", text)
    assert (meta.reference_year, meta.year) == (2020, 2018)
    assert any(e.basis == "census_moment" for e in meta.evidence)
    assert got["5426个"].year == 2018 and got["4491个"].year == 2018


def test_a_yearly_communique_that_mentions_no_census_keeps_its_year():
    text = (
        "某某县2019年国民经济和社会发展统计公报\n某某县统计局\n2020年3月\n"
        "全年全县地区生产总值达到123.4亿元，比上年增长6.8%。年末全县户籍人口40.2万人。\n"
    )
    meta, got = _analysed("公报.txt", text)
    assert meta.year == 2019 and got["123.4亿元"].year == 2019


def test_a_plans_good_start_with_de_names_no_period_for_the_years_figures():
    text = (
        "某市2011年国民经济和社会发展统计公报\n某市统计局 (2012年3月20日) 2011年，全市圆满完成了各项"
        "任务，实现了“十二五”的良好开局。 一、综合 初步核算，全年地区生产总值6150.1亿元，比上年增长13.5%。\n"
    )
    got = _facts("公报.txt", text)
    assert (got["6150.1亿元"].kind.value, got["6150.1亿元"].year) == ("actual", 2011)
    assert got["13.5%"].year == 2011


def test_standard_cubic_metres_and_wan_fang_are_volumes():
    text = "2008年，全县废气排放总量438019万标立方米。全年移动土石方70万方。\n"
    got = _facts("公报.txt", text)
    assert (got["438019万标立方米"].unit, got["438019万标立方米"].value) == ("万标立方米", 438019.0)
    assert got["70万方"].unit == "万方"


def test_budget_classes_listed_before_one_spending_each_take_it():
    text = "2011年，全市教育、科技、医疗卫生支出分别增长28.5%、24.7%和26.8%。\n"
    got = _facts("公报.txt", text)
    assert [got[v].indicator for v in ("28.5%", "24.7%", "26.8%")] == [
        "教育支出",
        "科技支出",
        "医疗卫生支出",
    ]


def test_a_list_closing_the_clause_before_a_bare_each_shares_out_its_figures():
    text = (
        "2011年，全市一般公共预算支出735.1亿元，增长20.2%。其中教育、科技、社会保障及就业支出，"
        "分别增长28.5%、24.7%和18.3%。\n"
    )
    got = _facts("公报.txt", text)
    assert got["24.7%"].indicator == "科技支出" and got["18.3%"].indicator == "社会保障及就业支出"


def test_a_closing_list_with_its_own_figures_is_no_list_for_the_next_each():
    text = "2023年，全县城乡常住居民人均可支配收入分别达47197元、16135元，分别增长5.1%、7.8%。\n"
    got = _facts("公报.txt", text)
    assert "47197" not in got["16135元"].indicator and "分别" not in got["16135元"].indicator


def test_a_plan_period_under_way_in_a_news_page_tells_results_so_far():
    text = (
        "教育部2020年10月21日召开新闻发布会，介绍“十三五”期间教育改革发展情况。\n"
        "“十三五”期间，教育公平发展迈上新台阶。全国23个省份、95.3%的县级单位实现义务教育基本均衡发展。\n"
    )
    got = _facts("news.txt", text)
    assert (got["95.3%"].kind.value, got["95.3%"].year) == ("actual", 2020)


def test_a_plan_period_just_begun_in_a_news_page_is_still_ahead():
    text = (
        "市发展改革委2021年3月召开新闻发布会，介绍“十四五”时期发展思路。\n"
        "“十四五”期间，全市地区生产总值年均增长6%左右。\n"
    )
    got = _facts("news.txt", text)
    assert got["6%左右"].kind.value == "target" and got["6%左右"].year == 2025


def test_a_release_on_a_whole_years_economy_is_told_the_year_after():
    text = (
        "国新办2019年国民经济运行情况发布会的数据显示，2019年单位国内生产总值能耗比上年下降2.6%。"
        "全年第三产业增加值占国内生产总值的比重为53.9%。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.reference_year == 2020
    assert (got["53.9%"].kind.value, got["53.9%"].year) == ("actual", 2019)


def test_a_release_on_part_of_a_year_is_told_within_it():
    text = "国新办2019年上半年国民经济运行情况发布会的数据显示，上半年全国规模以上工业增加值同比增长6.0%。\n"
    meta, _ = _analysed("news.txt", text)
    assert meta.reference_year == 2019


def test_a_county_slogan_or_a_revived_county_economy_names_no_county():
    text = (
        "2019年，全县统筹实施工业强县、生态立县、和谐兴县战略，振兴县域经济，全县生产总值增长8%。\n"
    )
    meta, got = _analysed("report.txt", text)
    assert meta.area is None or meta.area.name != "兴县"
    assert got["8%"].jurisdiction != "兴县"


def test_an_aim_met_years_early_makes_the_figures_after_it_results():
    text = (
        "某县2009年政府工作报告\n\n各位代表：\n\n〇〇八年工作回顾\n\n过去的一年，全县财政总收入3.12亿元，"
        "增长37%，提前两年实现翻番目标，其中地方收入1.73亿元，增长31.8%。\n"
    )
    got = _facts("report.txt", text)
    assert (got["1.73亿元"].kind.value, got["1.73亿元"].year) == ("actual", 2008)


def test_a_barred_header_over_a_blank_corner_under_a_numbered_title_is_a_table():
    text = (
        "某省第一次全国经济普查主要数据公报（第一号）\n\n全省共有法人单位52310个。\n"
        "表1 单位数与个体经营户数\n| 单位数(个) | 比重(%) |\n一、法人单位 | 52310 | 100.0 |\n"
        "企业法人 | 30120 | 57.6 |\n其他法人 | 22190 | 42.4 |\n"
        "与上次普查相比，企业法人单位数增加了3290个。\n"
    )
    got = _facts("公报.txt", text)
    assert "企业法人" in got["30120"].indicator and got["30120"].unit == "个"
    assert got["42.4"].unit == "%" and "其他法人" in got["42.4"].indicator


def test_a_news_page_telling_a_years_output_as_reached_was_written_after_it():
    text = (
        "省长指出，“十一五”时期，是全省发展史上极不平凡的五年。2010年全省实现生产总值27100亿元，"
        "五年平均增长11.8%。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.reference_year == 2011
    assert got["27100亿元"].kind.value == "actual"


def test_a_later_census_bulletin_with_no_moment_covers_its_census_year():
    text = (
        "某县第四次全国经济普查公报（第二号）\n——单位基本情况\n某县统计局\n2020年3月20日\n"
        "根据第四次全国经济普查结果，现将全县单位的基本情况公布如下：\n一、单位基本情况\n"
        "全县共有从事第二产业和第三产业活动的法人单位6826个；产业活动单位7668个。\n"
    )
    meta, got = _analysed("公报.txt", text)
    assert meta.year == 2018 and got["7668个"].year == 2018


def test_a_years_communique_citing_a_census_keeps_its_own_year():
    text = (
        "某县2019年国民经济和社会发展统计公报\n某县统计局\n2020年3月\n"
        "根据第四次全国经济普查结果，有关数据已作修订。全县全年地区生产总值123.4亿元，比上年增长6.8%。\n"
    )
    meta, _ = _analysed("公报.txt", text)
    assert meta.year == 2019


def _wrapped(body: str, width: int = 30) -> str:
    """``body`` hard-wrapped every ``width`` characters, as a PDF's text layer prints it."""
    return "\n".join(body[i : i + width] for i in range(0, len(body), width))


_EVAL_BODY = (
    "“十三五”规划纲要实施已近四年，本次评估以2018年统计数据为主要依据，并对2020年目标实现的可能性"
    "作出研判。2018年全县生产总值186.4亿元，2016—2018年年均增长6.2%，低于规划目标8.5%；"
    "一般公共预算收入9.86亿元，完成目标14亿元的70.4%，后两年需年均增长19.2%。森林覆盖率达到"
    "41.3%，提前完成40%的规划目标。"
)


def test_a_title_over_a_wrapped_body_keeps_its_own_line():
    text = (
        "某县人民政府\n发布时间：2019-11-20 11:05\n"
        "某县国民经济和社会发展第十三个五年规划纲要实施情况评估报告\n" + _wrapped(_EVAL_BODY) + "\n"
    )
    meta, got = _analysed("eval.txt", text)
    assert meta.doc_type.value == "plan_midterm_evaluation" and meta.reference_year == 2019
    assert got["9.86亿元"].kind.value == "actual" and got["9.86亿元"].year == 2018


def test_a_years_count_told_as_done_dates_an_undated_excerpt_after_it():
    text = (
        "教育和科学技术\n2023年全区各级各类学校共招收44122人，其中高中7132人，初中13667人。"
        "全区有高新技术企业61家，比上年增长11.59%。\n"
    )
    meta, got = _analysed("excerpt.txt", text)
    assert meta.reference_year == 2024
    assert (got["13667人"].kind.value, got["13667人"].year) == ("actual", 2023)


def test_a_look_back_whose_change_reached_a_year_dates_a_story_after_it():
    text = (
        "——州人民代表大会开幕式侧记\n州长向大会作《政府工作报告》。“六年来，全州各族人民抢抓机遇，"
        "真抓实干。地区生产总值从2005年的28.02亿元增加到2011年的95.2亿元，增长3.4倍；"
        "地方财政一般预算收入从1.39亿元增加到8.6亿元。”\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.reference_year == 2012
    assert (got["95.2亿元"].kind.value, got["95.2亿元"].year) == ("actual", 2011)


def test_a_sites_licence_number_in_its_foot_is_no_issue_number():
    text = (
        "浙新办[2005]20号 浙ICP备05073341号 广告经营许可证:某工商广许2004001号\n"
        "记者 某某/文\n昨日，县第十六届人民代表大会第二次会议隆重开幕。县长作政府工作报告。"
        "“2017年，全县实现生产总值255亿元，增长8.5%。”\n"
    )
    meta, _ = _analysed("news.txt", text)
    assert meta.reference_year != 2005


def test_indicators_counted_by_how_they_ranked_are_counts_by_status():
    text = "2008年，全市经济增长明显加快。6项指标增幅居全省前列，7项指标创历史最好水平。\n"
    got = _facts("news.txt", text)
    assert got["6项"].unit == "项" and got["7项"].kind.value == "actual"
    assert "25项" not in _facts("plan.txt", "《纲要》提出了25项主要指标，共十三篇。\n")


def test_an_undated_excerpt_stating_a_years_end_was_written_after_it():
    meta, got = _analysed("excerpt.txt", "2006年末，全市农业从业人员120万人，比上年减少2.1万人。\n")
    assert meta.reference_year == 2007
    assert (got["120万人"].kind.value, got["120万人"].year) == ("actual", 2006)


def test_a_level_of_division_alone_names_the_units_counted():
    text = "2016年，全市第三次全国农业普查共调查乡镇45个，其中乡8个、镇37个；村663个。\n"
    meta, got = _analysed("公报.txt", text)
    assert [got[v].indicator for v in ("8个", "37个", "663个")] == ["乡", "镇", "村"]
    assert got["45个"].jurisdiction != "全国" and (meta.area is None or meta.area.name != "全国")
    # (a level right before a list mark is the count before's noun, no name for the next)
    listed = _facts("公报.txt", "2023年末全县下辖7个镇、3个乡。\n")
    assert listed["3个"].indicator != "镇"


def test_classes_of_goods_listed_before_one_class_measure_each_take_it():
    text = (
        "2006年，全市居民消费价格上涨1.2%。食品、衣着、交通通讯类价格分别上涨2.5%、1.4%和0.8%。\n"
    )
    got = _facts("公报.txt", text)
    assert [got[v].indicator for v in ("2.5%", "1.4%", "0.8%")] == [
        "食品类价格",
        "衣着类价格",
        "交通通讯类价格",
    ]


def test_a_tables_header_line_of_years_heads_no_section():
    text = (
        "某县第七次全国人口普查公报\n某县统计局\n2021年6月10日\n"
        "现将2020年11月1日零时我县常住人口的有关数据公布如下：\n一、乡镇人口\n"
        "表2-1 各乡镇人口\n单位:人、%\n地 区 人口数 比重\n2020年 2010年\n"
        "全 县 320801 100.00 100.00\n甲镇 116912 36.44 26.37\n乙镇 41926 13.07 12.86\n\n"
        "二、乡镇人口变化\n分乡镇看，人口比重与2010年第六次全国人口普查相比，甲镇、乙镇人口所占比重"
        "分别上升10.07、0.21个百分点。\n"
    )
    got = _facts("公报.txt", text)
    assert (got["10.07"].year, got["10.07"].period_start) == (2020, 2011)


def test_rainfall_and_temperature_are_figures_with_their_units():
    text = "2021年，全市平均降水量为2228.7毫米。全年平均气温9.8℃，比上年升高0.3摄氏度。\n"
    got = _facts("公报.txt", text)
    assert (got["2228.7毫米"].unit, got["9.8℃"].unit, got["0.3摄氏度"].unit) == ("毫米", "℃", "℃")
    assert got["0.3摄氏度"].measure.value == "change"


def test_a_line_opening_on_a_yearly_move_goes_on_the_figure_named_before():
    text = "2010年末，全市常住人口为1961.2万人，十年共增加604.3万人。\n平均每年增加60.4万人。\n"
    got = _facts("公报.txt", text)
    assert got["60.4万人"].indicator == got["1961.2万人"].indicator
    assert got["60.4万人"].measure.value == "change"


def test_things_counted_as_having_reached_an_aim_are_a_result():
    got = _facts("公报.txt", "2021年，全市达到功能区水质目标的站位67个，占全部站位的89.3%。\n")
    assert got["67个"].kind.value == "actual"
    planned = _facts("plan.txt", "“十四五”期间，全市计划新建学校10所。\n")
    assert planned["10所"].kind.value == "target"
