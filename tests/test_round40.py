"""Forms of round 40, composed here in the style of county communiqués, census bulletins
and statistics news (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts


def test_days_of_air_quality_and_noise_levels_are_a_communiques_figures():
    text = (
        "某市2022年国民经济和社会发展统计公报\n\n"
        "全年市区环境空气质量达到一级标准的有142天，达到二级标准的有211天。全县无霜期193天。"
        "市区区域环境噪声昼间等效声级平均值54.6分贝。会议开了3天。\n"
    )
    got = _facts("gb.txt", text)
    assert got["142天"].value == 142 and got["142天"].unit == "天"
    assert got["211天"].year == 2022
    assert got["193天"].value == 193
    assert got["54.6分贝"].unit == "分贝" and "噪声" in got["54.6分贝"].indicator
    assert "3天" not in got  # a meeting's length is no measured figure


def test_a_ratio_falling_to_a_bare_value_after_its_census_base():
    text = (
        "某县第七次全国人口普查公报\n\n"
        "全县常住人口中，男性人口为21.3万人，女性人口为20.2万人。总人口性别比（以女性为100，"
        "男性对女性的比例）由2010年第六次全国人口普查的107.2下降为105.4。"
        "常住人口性别比由2010年第六次全国人口普查时的 104.66 上升为 105.01。\n"
    )
    got = _facts("pc.txt", text)
    assert got["105.4"].value == 105.4 and got["105.4"].year == 2020
    assert got["107.2"].year == 2010
    assert got["104.66"].year == 2010 and "性别比" in got["104.66"].indicator
    assert "105.01" in got


def test_a_group_row_of_a_table_printed_one_cell_a_line_holds_its_total():
    text = (
        "某县第四次全国经济普查主要数据公报\n\n"
        "表1 单位数与个体经营户数 | ||\n|\n单位数(个) |\n比重(%) |\n"
        "一、法人单位 |\n5310 |\n100.0 |\n企业法人 |\n4122 |\n77.6 |\n其他法人 |\n1188 |\n22.4 |\n"
        "二、产业活动单位 |\n6204 |\n100.0 |\n第二产业 |\n1017 |\n16.4 |\n第三产业 |\n5187 |\n83.6 |\n"
    )
    got = analyse_text("jp.txt", text).facts
    by_value = {(f.value, f.indicator) for f in got}
    assert (5310, "法人单位") in by_value
    assert (6204, "产业活动单位") in by_value
    assert (4122, "企业法人") in by_value and (77.6, "企业法人") in by_value


def test_areas_alone_before_each_take_the_indicator_after_it():
    text = (
        "某市2015年国民经济和社会发展统计公报\n\n"
        "全年全市实现地区生产总值1520亿元。东城、西城和南城三个行政区分别实现地区生产总值"
        "702.5亿元、455.1亿元和362.4亿元，分别增长8.1%、9.3%和7.6%。\n"
    )
    got = _facts("gb.txt", text)
    for value in ("702.5亿元", "455.1亿元", "362.4亿元", "8.1%", "7.6%"):
        assert got[value].indicator == "地区生产总值", value
    assert got["8.1%"].measure.value == "growth"


def test_a_figure_broken_onto_a_line_of_its_own_joins_its_sentence():
    text = (
        "某市“十四五”交通发展规划\n\n一、发展基础\n\n"
        "港口运输平稳发展。某某港完成航道整治工程，集疏运体系明显完善，\n"
        "2019年货物吞吐量突破\n250\n"
        "万吨，达到263.7万吨；受疫情影响，2020年货物吞吐量下降至231.5\n"
        "万吨。全市公路总里程达到9600公里，比“十二五”末增加1300公里，其\n"
        "中高速公路415公里、一级公路208公里，二级及以上公路占比提高到1\n"
        "8.4%。全市铁路营业里程达到800公里，铁路客运量达到1200万人次，比20\n"
        "15年增长15%。\n"
    )
    facts = analyse_text("plan.txt", text).facts
    got = {text[f.start : f.end].split("\n")[0]: f for f in facts}
    assert got["263.7万吨"].year == 2019 and got["263.7万吨"].kind.value == "actual"
    assert "吞吐量" in got["263.7万吨"].indicator
    assert got["250"].value == 250 and got["250"].unit == "万吨"


def test_a_cell_of_figures_one_a_line_stays_a_cell():
    # A table printed one cell a line in a wrapped text: the figure's line is followed by a
    # name, no comma, and stays a cell.
    text = (
        "某县2021年国民经济和社会发展统计公报\n\n"
        "全年粮食总产量31.2万吨，比上年增长2.1%；油料产量4.5万吨，下降1.3%；蔬菜产量\n"
        "18.9万吨，增长3.6%。全年猪牛羊禽肉总产量2.6万吨，比上年增长5.2%，其中猪\n"
        "肉产量1.9万吨，增长6.1%。年末生猪存栏21.4万头，比上年末增长4.4%。\n\n"
        "表1 主要农产品产量\n\n产品名称\n产量（万吨）\n比上年增长（%）\n"
        "粮食\n31.2\n2.1\n油料\n4.5\n-1.3\n蔬菜\n18.9\n3.6\n"
    )
    got = analyse_text("gb.txt", text).facts
    cells = {(f.value, f.indicator) for f in got if f.start > text.index("表1")}
    assert cells >= {(31.2, "粮食"), (4.5, "油料"), (18.9, "蔬菜")}


def test_a_share_column_in_per_cent_beats_the_rows_unit_cell():
    text = (
        "某旗2019年国民经济和社会发展统计公报\n\n"
        "| 表1 2019年年末人口数及构成 | |||\n| 指 标 | 单位 | 年末数 | 比重(%) |\n"
        "| 总户数 | 户 | 51022 | |\n| 户籍总人口 | 人 | 120318 | 100.0 |\n"
        "| 其中: 城镇 | 人 | 70412 | 58.5 |\n| 乡村 | 人 | 49906 | 41.5 |\n"
    )
    got = _facts("gb.txt", text)
    assert got["120318"].unit == "人" and got["70412"].unit == "人"
    assert got["58.5"].unit == "%" and got["41.5"].unit == "%"
    assert got["51022"].unit == "户"


def test_an_aim_met_closing_its_clause_leaves_the_results_after_it():
    review = (
        "2022年某区政府工作报告\n一、2021年工作回顾\n2021年，全区实现地区生产总值512亿元。\n"
        "一年来，我们主要抓了以下工作：\n一是产业发展保持强劲势头。工业投资实现倍增目标，"
        "全年完成工业投资121.6亿元，同比增长104.5%。\n"
    )
    got = _facts("wr.txt", review)
    assert got["121.6亿元"].kind.value == "actual" and got["121.6亿元"].year == 2021
    assert got["104.5%"].kind.value == "actual"
    news = (
        "某县2021年政府工作报告解读\n报告提出今年全县经济社会发展的主要预期目标：地区生产总值增长8%左右。\n"
        "为实现上述目标，报告明确今年重点实施项目120个，完成投资95亿元。\n"
    )
    got = _facts("news.txt", news)
    assert got["95亿元"].kind.value == "target" and got["120个"].kind.value == "target"


def test_a_release_on_the_year_so_far_reports_its_own_year():
    text = (
        "今年以来，全县坚持稳中求进工作总基调，紧扣2025年重点工作目标，扎实推动高质量发展。"
        "一季度全县地区生产总值增势良好。\n一、1-3月份主要经济指标完成情况。\n"
        "根据地区生产总值统一核算结果，全县地区生产总值总量为61.05亿元，同比增长4.6%，"
        "比去年同期加快1.9个百分点。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.doc_type.value == "statistical_news" and meta.reference_year == 2025
    assert got["61.05亿元"].year == 2025 and got["4.6%"].year == 2025
    assert got["61.05亿元"].kind.value == "actual"


def test_a_pace_moved_against_an_earlier_part_printed_in_per_cent_is_a_change():
    text = (
        "2020年上半年某区经济运行情况\n\n上半年，全区固定资产投资同比下降16.4%，较一季度回升2.6%。"
        "金融机构存贷款余额增长9.8%，较一季度回落0.7%。全区工业增加值增长5%，比一季度增长3%。\n"
    )
    got = _facts("news.txt", text)
    assert got["2.6%"].measure.value == "change" and got["2.6%"].value == 2.6
    assert got["2.6%"].indicator.startswith("固定资产投资增速")
    assert got["0.7%"].measure.value == "change" and got["0.7%"].value == -0.7
    assert got["3%"].measure.value == "growth"  # a level's growth over the quarter


def test_a_half_years_count_of_aims_by_progress_is_a_result():
    text = (
        "某市2014年上半年国民经济和社会发展计划执行情况\n\n"
        "上半年，全市地区生产总值同比增长9.1%。单位地区生产总值能耗降低等9项目标进展好于预期，"
        "城镇居民人均可支配收入等5项目标进展相对滞后。\n"
    )
    got = _facts("report.txt", text)
    assert got["9项"].kind.value == "actual" and got["5项"].kind.value == "actual"


def test_a_streak_since_a_quarter_dates_no_figure():
    text = (
        "某省人民政府关于2024年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "上半年，全省地区生产总值4210亿元、同比增长5.6%，高于全国0.6个百分点，"
        "自2022年三季度以来连续8个季度增速位居全国前列。其中，第一产业增加值增长6.1%，"
        "高于全国2.6个百分点；第二产业增加值增长8.8%。\n"
    )
    got = _facts("report.txt", text)
    for value in ("6.1%", "2.6个百分点", "8.8%"):
        assert got[value].year == 2024, value
    assert got["2.6个百分点"].period_start is None
    since = _facts("news.txt", "某县2024年统计公报\n\n2021年以来，全县累计新增企业1200家。\n")
    assert since["1200家"].period_start == 2021


def test_a_story_of_august_on_the_half_years_report_reviews_that_year():
    text = (
        "绘就经济社会高质量发展新画卷\n\n时间 2025-08-06 来源 某某日报\n\n"
        "  经济运行稳中有进，地区生产总值增长5.4%、高于全国0.1个百分点。\n\n"
        "上半年计划执行情况:\n\n稳中有序推进，基本符合预期\n\n"
        "  上半年，全省上下认真执行2025年国民经济和社会发展计划，固定资产投资增长2.9%。\n"
    )
    meta, got = _analysed("news.txt", text)
    assert meta.reference_year == 2025
    assert got["5.4%"].year == 2025 and got["2.9%"].year == 2025


def test_two_cities_and_a_congress_paper_name_no_county():
    from planwatch.describe.areas import scan_names

    for text in ("推动成渝地区双城经济圈建设", "来源：人民权力报"):
        assert list(scan_names(text)) == [], text


def test_names_listed_before_as_many_bare_figures_take_one_each():
    text = (
        "某县2012年国民经济和社会发展统计公报\n\n全年一般公共预算支出30.1亿元，其中教育、科技、"
        "医疗卫生、社会保障和就业7.42亿元、0.88亿元、2.31亿元和2.05亿元，分别比上年增长21.3%、"
        "16.2%、19.5%和12.8%。全社会固定资产投资、社会消费品零售总额达到131.2亿元、88.6亿元，"
        "同比增长24.1%、15.3%。五年新建、改扩建乡镇卫生院9所、标准化村卫生室142处。\n"
    )
    got = _facts("gb.txt", text)
    assert [got[v].indicator for v in ("7.42亿元", "0.88亿元", "2.31亿元", "2.05亿元")] == [
        "教育", "科技", "医疗卫生", "社会保障和就业",
    ]  # fmt: skip
    assert got["12.8%"].indicator == "社会保障和就业"
    assert got["24.1%"].indicator == "全社会固定资产投资"
    assert got["15.3%"].indicator == "社会消费品零售总额"
    # Not bare figures after the list: each figure has its own name.
    assert (
        got["9所"].indicator.startswith("新建、改扩建")
        and got["142处"].indicator == "标准化村卫生室"
    )


def test_a_pace_compared_with_wider_areas_listed_is_the_figure_befores():
    text = (
        "某县2015年国民经济和社会发展统计公报\n\n全年实现地区生产总值38.6亿元，增长8.7%，"
        "分别比全国、全省、全市高1.8、0.8、0.2个百分点。\n"
    )
    got = _facts("gb.txt", text)
    for value in ("1.8", "0.8", "0.2个百分点"):
        assert got[value].indicator.startswith("地区生产总值比全国"), value


def test_a_structures_ratio_after_the_three_sectors_names_each_sectors_share():
    text = (
        "某县国民经济和社会发展第十二个五年规划纲要\n\n"
        "三次产业协调发展，结构比由2005年的15:66:19演进为2010年的12:63:25。\n"
    )
    got = _facts("plan.txt", text)
    assert [got[v].indicator for v in ("15", "66", "19")] == [
        "第一产业比重", "第二产业比重", "第三产业比重",
    ]  # fmt: skip
    assert got["25"].indicator == "第三产业比重" and got["25"].year == 2010


def test_a_census_base_named_before_its_year_and_moment():
    text = (
        "某县2010年第六次全国人口普查主要数据公报\n\n2010年11月1日零时，全县常住人口为281340人，"
        "同第五次全国人口普查2000年11月1日零时的305112人相比，十年共减少23772人，下降7.79%，"
        "年平均下降0.81%。\n"
    )
    got = _facts("pc.txt", text)
    assert got["305112人"].year == 2000 and got["305112人"].indicator == "常住人口"
    for value in ("23772人", "7.79%", "0.81%"):
        assert (got[value].year, got[value].period_start) == (2010, 2001), value
        assert got[value].indicator == "常住人口", value


def test_a_good_start_of_a_plan_period_and_a_posting_clock_date_nothing_ahead():
    text = (
        "某市2006年国民经济和社会发展统计公报 某某统计信息网 2007-4-5 8:16:33作者: 某市统计局 "
        '2006年,全市紧紧围绕"十一五"规划目标,推进经济结构调整,实现了"十一五"时期经济社会发展的良好开局。'
        " 一、综 合 经济总量首次突破千亿元大关。初步统计,全市实现地区生产总值1013.38亿元。其中:"
        "第一产业增加值19.41亿元,下降4.0%。\n"
    )
    got = _facts("gb.txt", text)
    assert "33" not in got and "16" not in got  # the page's clock, no ratio
    for value in ("1013.38亿元", "19.41亿元", "4.0%"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2006), value


def test_an_outline_posted_again_after_its_plan_ended_stays_the_outline():
    text = (
        "您现在的位置:首页>政务公开>政府信息公开目录> 详细内容\n\n"
        "某旗国民经济和社会发展第十二个五年规划纲要(草案)\n\n"
        "索引号: fzgh-2019-0709-0031 公开责任部门 某旗发展和改革委员会\n公开日期 2019-07-09\n\n"
        "“十一五”时期，全旗经济社会发展取得显著成就。地区生产总值达到24亿元，是“十五”期末的2.6倍。"
        "“十二五”时期，全旗地区生产总值年均增长15%以上。\n"
    )
    meta, got = _analysed("plan.txt", text)
    assert meta.doc_type.value == "plan_outline" and meta.reference_year == 2011
    assert (got["24亿元"].kind.value, got["24亿元"].year) == ("actual", 2010)
    assert (got["15%以上"].kind.value, got["15%以上"].year) == ("target", 2015)


def test_what_a_part_took_off_the_wholes_pace_is_negative():
    text = (
        "某旗2023年1-8月份固定资产投资情况\n\n1-8月，全旗固定资产投资同比下降11.4%。"
        "第一产业投资同比下降41.2%，拉低投资增速3.1个百分点。工业投资增长6%，拉动投资增长1.5个百分点。\n"
    )
    got = _facts("news.txt", text)
    assert got["3.1个百分点"].value == -3.1 and got["3.1个百分点"].measure.value == "change"
    assert got["1.5个百分点"].value == 1.5


def test_a_populations_natural_growth_rate_is_a_level():
    text = "某市2010年国民经济和社会发展统计公报\n\n全年人口出生率12.1‰，人口自然增长率为6.57%。地区生产总值增长率为8.2%。\n"
    got = _facts("gb.txt", text)
    assert got["6.57%"].measure.value == "level"
    assert got["8.2%"].measure.value == "growth"


def test_a_pinyin_gloss_broken_by_a_wrapped_lines_end_joins():
    body = (
        "全年農林牧漁業總產值(zhí)128.53億元，按可比價格計算，同比增長(zhǎng)4.4%。其中：農(nóng)業(yè)"
        "產(chǎn)值76.38億元，增長(zhǎng)5.6%；林業(yè)產(chǎn)值3.21億元，增長(zhǎng)2.1%；牧業(yè)產(chǎn)值"
        "39.87億元，增長(zhǎng)3.0%；漁業(yè)產(chǎn)值5.32億元，增長(zhǎng)1.9%。全年糧食總產(chǎn)量13.46萬"
        "(wàn)噸，增長(zhǎng)2.7%。全年城鎮新增就業(yè)5126人，農村勞動力轉移就業(yè)4.1萬人，年末城鎮"
        "登記失業(yè)率2.9%。"
    )
    lines = [body[i : i + 34] for i in range(0, len(body), 34)]  # a PDF's lines, 34 wide
    assert lines[1].endswith("產(chǎ")  # (a gloss cut by a line's end: 產(chǎ / n)值76.38億元)
    text = "某市2023年國民經濟和社會發展統計公報\n\n" + "\n".join(lines) + "\n"
    got = _facts("gb.txt", text)
    assert got["76.38億元"].indicator == "農業產值" and got["76.38億元"].unit == "亿元"
    assert got["5.6%"].indicator == "農業產值"


def test_a_monthly_bulletins_table_of_the_year_so_far_and_last_years():
    text = (
        "某市统计月报 2017第7期 来源:某市统计局  时间:2017-08-22 00:00:00\n\n全市主要经济指标\n\n"
        "指标名称\n\n单位\n\n1-7月累计\n\n去年同期累计\n\n累计同比±%\n\n"
        "地区生产总值(1-6月)\n\n亿  元\n\n501.62\n\n466.30\n\n6.9\n\n"
        "  第一产业\n\n亿  元\n\n72.15\n\n70.02\n\n3.1\n\n"
        "  第二产业\n\n亿  元\n\n160.33\n\n151.84\n\n5.0\n\n"
        "规模以上工业增加值\n\n亿  元\n\n118.20\n\n112.91\n\n2.8\n"
    )
    meta, got = _analysed("bulletin.txt", text)
    assert meta.doc_type.value == "statistical_news"
    assert (got["501.62"].year, got["501.62"].measure.value) == (2017, "level")
    assert (got["466.30"].year, got["466.30"].measure.value) == (2016, "level")
    assert got["72.15"].indicator == "第一产业增加值" and got["6.9"].measure.value == "growth"


def test_a_price_tables_small_figures_under_a_per_cent_unit_are_changes():
    text = (
        "某省2015年国民经济和社会发展统计公报\n\n物价：全年居民消费价格总水平比上年上涨1.5%。\n"
        "单位: %\n指 标 | 全省 | ||\n城市 | 农村 | ||\n"
        "居民消费价格 | 1.5 | 1.3 | 1.9 |\n食品 | 1.8 | 1.2 | 2.4 |\n#粮食 | 1.4 | 1.6 | 1.1 |\n"
        "鲜蛋 | -8.1 | -9.2 | -5.3 |\n"
    )
    got = analyse_text("gb.txt", text).facts
    table = [f for f in got if f.start > text.index("单位: %")]
    assert table and all(f.measure.value == "growth" for f in table)
    assert {f.value for f in table} >= {1.5, 1.8, 1.4, -8.1}
