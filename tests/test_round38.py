"""Forms of round 38, composed here in the style of county census bulletins, statistical
communiqués and plan reports (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from readhelp import analysed as _analysed
from readhelp import facts_by_text as _facts

_BULLETIN = "某某县第七次全国人口普查公报（第二号）\n\n现将2020年11月1日零时我县常住人口的有关数据公布如下：\n\n"


def test_an_area_tables_last_column_split_into_years_by_a_lower_header_line():
    text = _BULLETIN + (
        "表2 各乡镇人口\n单位：人、%\n\n"
        "地 区 人口数 比重\n2020年 2010年\n"
        "全 县 210345 100.00 100.00\n东城镇 81234 38.62 30.15\n西河乡 12077 5.74 7.93\n\n"
        "二、人口变化\n"
    )
    got = _facts("公报.txt", text)
    assert (got["81234"].year, got["81234"].value) == (2020, 81234.0)
    assert {got["38.62"].year, got["30.15"].year} == {2020, 2010}
    assert got["30.15"].kind.value == "actual" and got["30.15"].unit == "%"
    assert "东城镇" in got["30.15"].indicator and "比重" in got["30.15"].indicator
    assert got["210345"].year == 2020  # (全 县: a two-letter name spaced out)


def test_an_area_table_printed_column_after_column_pairs_each_name_with_its_figures():
    names = ["南关街道", "北山镇", "石桥镇"]
    people = ["60512", "23408", "15930"]
    shares = ["60.64", "23.46", "15.90"]
    text = _BULLETIN + (
        "表1 各乡镇（街道）常住人口\n单位：人、%\n\n地区 常住人口 比重\n"
        + "\n".join(names + people + shares)
        + "\n\n注释：本公报数据均为初步汇总数。\n"
    )
    got = _facts("公报.txt", text)
    assert "北山镇" in got["23408"].indicator and got["23408"].unit == "人"
    assert "石桥镇" in got["15.90"].indicator and got["15.90"].unit == "%"
    assert got["60512"].year == 2020


def test_a_column_of_names_without_as_many_figures_is_no_table():
    text = _BULLETIN + (
        "表1 各乡镇常住人口\n单位：人\n\n地区 常住人口 比重\n南关街道\n北山镇\n石桥镇\n60512\n23408\n"
        "\n二、户别人口\n"
    )
    got = _facts("公报.txt", text)
    assert "60512" not in got or "北山镇" not in got["23408"].indicator


def test_a_communique_page_dated_within_the_year_it_covers_takes_its_titles_year():
    text = (
        "2023年某某区国民经济和社会发展统计公报\n\n网友投稿 · 2023-04-18 00:00\n\n"
        "初步核算，2023年，全区生产总值为412.36亿元，比上年增长5.9%。年末全区户籍人口31.2万人。\n"
    )
    meta, facts = _analysed("公报.txt", text)
    assert meta.reference_year == 2024
    assert facts["412.36亿元"].kind.value == "actual" and facts["412.36亿元"].year == 2023
    assert facts["31.2万人"].kind.value == "actual"


_PROGRESS = (
    "发布日期：2022-10-20\n"
    "近日，市政府督查室对《政府工作报告》重点目标任务前三季度落实情况进行督查，"
    "132项达到序时进度要求，11项未达预期。\n"
    "未达到序时进度要求的具体目标如下：\n"
    "一、综合指标类5项（按考核目标统计）\n"
    "1.地区生产总值（第1项）：增长4.8%，低于目标2.2个百分点。\n"
    "2.一般公共预算收入（第2项）：增长2.5%，低于目标5.5个百分点。\n"
    "3.固定资产投资（第3项）：增长7%，低于目标2个百分点。\n"
)


def test_schedule_words_without_a_plan_named_tell_the_years_implementation():
    meta = analyse_text("督查.txt", _PROGRESS).document.meta
    assert meta.doc_type.value == "plan_implementation_report"


def test_a_progress_lists_items_are_results_however_their_heading_counts_them():
    got = _facts("督查.txt", _PROGRESS)
    for figure in ("4.8%", "2.5%", "7%"):
        assert got[figure].kind.value == "actual" and got[figure].year == 2022, figure
    assert got["2.2个百分点"].kind.value == "actual"


def test_a_price_index_tables_index_column_is_read():
    text = (
        "2023年某某市国民经济和社会发展统计公报\n"
        "表1 居民消费价格指数（以上年为100）\n指标\n价格指数\n比上年±%\n"
        "居民消费价格总指数\n101.2\n1.2\n食品烟酒\n102.5\n2.5\n衣着\n99.6\n-0.4\n"
        "二、农业\n全年粮食作物播种面积86.3万亩。\n"
    )
    got = _facts("公报.txt", text)
    assert got["102.5"].value == 102.5 and "食品烟酒" in got["102.5"].indicator
    assert got["-0.4"].measure.value == "growth" and got["-0.4"].year == 2023


_PLAN_WITH_STATUS = (
    "某某区“十二五”文化事业发展规划\n一、发展基础\n"
    "截至2011年底，全区96个村居已建成农家书屋58个，总藏书量3.2万册。\n"
    "二、发展目标\n到2015年，全区农家书屋达到96个。\n"
)


def test_a_year_end_as_of_date_in_a_plan_states_where_things_stand():
    got = _facts("规划.txt", _PLAN_WITH_STATUS)
    for figure in ("58个", "3.2万册"):
        assert (got[figure].kind.value, got[figure].year) == ("actual", 2011), figure
    assert (got["96个"].kind.value, got["96个"].year) == ("target", 2015)


def test_a_plan_stating_results_as_of_its_first_years_end_was_adopted_after_it():
    meta = analyse_text("规划.txt", _PLAN_WITH_STATUS).document.meta
    assert meta.reference_year == 2012


def test_a_stacked_area_tables_bracket_line_and_first_row_name():
    text = _BULLETIN + (
        "表5 各镇（街道）每10万人口中拥有的各类受教育程度人数\n单位：人/10万人\n\n"
        "地  区\n\n大学\n\n（大专及以上）\n\n高中\n\n初中\n\n"
        "全  区\n\n21504\n\n18233\n\n30611\n\n"
        "东湖镇\n\n16020\n\n19457\n\n33108\n\n"
        "西岭街道\n\n25710\n\n17302\n\n28415\n\n"
        "二、人口变化\n"
    )
    got = _facts("公报.txt", text)
    assert "东湖镇" in got["16020"].indicator and "大学" in got["16020"].indicator
    assert got["16020"].unit == "人"
    assert "西岭街道" in got["28415"].indicator and "初中" in got["28415"].indicator
    assert got["21504"].year == 2020


def test_a_census_named_after_its_year_dates_the_base_figure():
    text = _BULLETIN + (
        "全县常住人口为 98512 人，与 2010 年第六次全国人口普查时的 103377 人相比，减少了 4865 人。\n"
        "平均每个家庭户的人口为2.61人，比2010年第六次全国人口普查2.95人减少了0.34人。\n"
    )
    got = _facts("公报.txt", text)
    assert (got["103377 人"].year, got["103377 人"].measure.value) == (2010, "level")
    assert (got["2.95人"].year, got["2.95人"].measure.value) == (2010, "level")
    assert got["0.34人"].year == 2020 and got["0.34人"].measure.value == "change"


def test_a_page_tied_between_an_outline_and_a_look_back_is_the_look_back():
    text = (
        "今年是“十二五”规划收官之年。省统计局最新报告显示，“十二五”时期，全省主要经济指标"
        "预计可以实现“十二五”的规划目标。全省通过实施沿海规划纲要，经济总量稳步攀升，"
        "2011年突破3万亿元，2014年达到3.62万亿元。\n"
    )
    meta, facts = _analysed("报道.txt", text)
    assert meta.doc_type.value == "plan_final_evaluation"
    assert (facts["3.62万亿元"].kind.value, facts["3.62万亿元"].year) == ("actual", 2014)


_INTERVIEW = (
    "发布时间：2023年01月15日\n"
    "区发展改革委主任说：我们对今后五年的发展提出了细化量化的具体目标，要实现地区生产总值超过900亿元。\n"
    "先进制造业基地建设取得新成效，规上工业总产值超过1200亿元，城镇化率达72%。\n"
    "去年，全区地区生产总值达到610亿元，增长5.1%。\n"
    "全区新建公园8个。\n"
)


def test_aims_set_for_the_years_ahead_go_on_in_the_paragraphs_after_them():
    got = _facts("访谈.txt", _INTERVIEW)
    assert (got["900亿元"].kind.value, got["900亿元"].year) == ("target", 2027)
    for figure in ("1200亿元", "72%"):
        assert (got[figure].kind.value, got[figure].year) == ("target", 2027), figure


def test_a_paragraph_of_a_year_over_ends_the_aims_set_before_it():
    got = _facts("访谈.txt", _INTERVIEW)
    assert (got["610亿元"].kind.value, got["610亿元"].year) == ("actual", 2022)
    assert got["8个"].year != 2027


def test_a_censuss_standard_moment_is_what_its_figures_are_as_of():
    text = (
        "某某市第三次全国农业普查主要数据公报（第一号）\n"
        "这次普查的标准时点为2016年12月31日，时期资料为2016年度。全市共登记农户251034户，"
        "农业经营单位2870个。\n"
    )
    meta, facts = _analysed("普查.txt", text)
    assert meta.reference_year == 2017
    assert facts["251034户"].year == 2016 and facts["2870个"].year == 2016


def test_a_county_since_made_a_district_is_named_as_its_documents_name_it():
    text = "大洼县2013年国民经济和社会发展统计公报\n2013年，全县地区生产总值完成205.2亿元，增长6.5%。\n"
    got = analyse_text("公报.txt", text)
    area = got.document.meta.area
    assert area is not None and (area.name, area.code) == ("大洼县", "211121")
    assert all(f.jurisdiction == "大洼县" for f in got.facts)


def test_the_older_table_adds_only_areas_the_newer_tables_lack():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools/build_admin_divisions.py"
    spec = importlib.util.spec_from_file_location("build_admin_divisions", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (its dataclasses look their module up)
    spec.loader.exec_module(mod)
    rows = mod.build([("210000", "辽宁省"), ("211100", "盘锦市"), ("211104", "大洼区")], [])
    older = {"211100": "盘锦市", "211121": "大洼县", "211101": "市辖区", "211104": "大洼县"}
    got = {r.code: r for r in mod.add_older(rows, older, [])}
    assert got["211121"].name == "大洼县" and got["211121"].current == "0"
    assert got["211121"].parent_code == "211100" and got["211121"].short_name == "大洼"
    assert got["211104"].name == "大洼区"  # (a code the newer tables hold keeps their name)
    assert "211101" not in got  # (a placeholder row is no area)


def test_a_month_end_ahead_in_a_report_stays_an_aim_beside_a_plans_year_end_look_back():
    text = "2025年政府工作报告\n截至2025年6月底，力争新开工项目120个以上。\n"
    got = _facts("报告.txt", text)
    assert got["120个以上"].kind.value == "target"


_CONGRESS_NEWS = (
    "市四届人大七次会议今日开幕 市长作《政府工作报告》\n"
    "本报讯 2月28日，某某市第四届人民代表大会第七次会议开幕。本次大会应到362人，实到336人。\n"
    "2005年，全市生产总值达到146.2亿元。\n"
)


def test_the_meeting_named_before_its_head_count_dates_it_at_the_meeting():
    got = _facts("新闻.txt", _CONGRESS_NEWS)
    assert got["362人"].year == 2006 and got["336人"].year == 2006


def test_a_tables_number_run_into_its_year_and_its_unit_line_above_the_header():
    text = (
        "全年固定资产投资比上年增长12.0%。\n"
        "表62019年全市分行业固定资产投资\n单位:亿元\n行业\n绝对数\n比上年增长(%)\n"
        "采矿业\n9.1\n-34.4\n制造业\n318.9\n32.8\n房地产业\n45.2\n5.0\n"
    )
    got = _facts("公报.txt", text)
    assert (got["318.9"].year, got["318.9"].unit, got["318.9"].kind.value) == (
        2019,
        "亿元",
        "actual",
    )
    assert (got["32.8"].measure.value, got["32.8"].unit) == ("growth", "%")


def test_a_two_column_table_under_a_unit_line_is_a_table_and_its_growths_stay_growths():
    text = (
        "2013年某市国民经济和社会发展统计公报\n"
        "表1 2013年居民消费价格比上年涨跌幅度\n单位:%\n指标\n涨跌幅度\n"
        "居民消费价格\n2.6\n食品\n4.1\n"
    )
    got = _facts("公报.txt", text)
    assert (got["4.1"].measure.value, got["4.1"].year) == ("growth", 2013)
    assert "食品" in got["4.1"].indicator


def test_an_exchange_rates_year_is_no_time_of_the_figure():
    text = "2019年某县国民经济和社会发展统计公报\n全年人均地区生产总值19763元，按2018年平均汇率计算为2865美元。\n"
    got = _facts("公报.txt", text)
    assert got["2865美元"].year == 2019


def test_a_base_named_by_its_census_is_named_by_the_clauses_subject():
    text = (
        _BULLETIN + "平均每个家庭户的人口为2.61人，比2010年第六次全国人口普查2.95人减少了0.34人。\n"
    )
    got = _facts("公报.txt", text)
    for figure in ("2.95人", "0.34人"):
        assert got[figure].indicator.startswith("平均每个家庭户的人口"), figure


def test_a_change_under_a_census_comparison_starts_in_the_base_year():
    text = _BULLETIN + (
        "与2010年第六次全国人口普查相比，每10万人中拥有大学文化程度的由8930人上升为15467人；"
        "拥有高中文化程度的由12044人上升为14120人。\n"
    )
    got = _facts("公报.txt", text)
    assert got["8930人"].year == 2010 and got["12044人"].year == 2010
    assert got["15467人"].year == 2020


def test_a_notices_number_line_dates_no_section():
    from planwatch.extract.section_lines import _dateline

    assert _dateline("2011年 第9号") and _dateline("2023年第12号")
    assert not _dateline("2011年主要目标")


def test_an_aim_said_to_be_exceeded_is_a_result_cue():
    from planwatch.extract.prose_modality import _cues_of_the_value

    text = "全国有26个地区超额完成了“十一五”节能目标任务，超额较多的为甲省（超额12.5%）。"
    found = _cues_of_the_value(text, 0, text.index("12.5%"))
    assert "t" not in found and "a" in found
    text = "到2015年，全县要完成节能目标任务，单位生产总值能耗下降16%。"
    assert "t" in _cues_of_the_value(text, 0, text.index("16%"))


def test_a_table_whose_header_starts_on_its_value_columns_is_found_under_its_title():
    text = (
        "某某县第四次全国经济普查公报（第二号）\n2018年末，全县共有法人单位5310个。\n"
        "表2-1 单位数与个体经营户数\n单位数(个)\n比重(%)\n"
        "一、法人单位\n5310\n100.0\n企业法人\n4012\n75.6\n机关、事业法人\n588\n11.1\n"
        "二、产业活动单位\n6120\n100.0\n"
    )
    got = _facts("普查.txt", text)
    assert "企业法人" in got["4012"].indicator and got["4012"].unit == "个"
    assert (got["75.6"].unit, got["75.6"].measure.value) == ("%", "level")


def test_a_header_line_of_several_cells_under_a_title_is_left_to_the_row_reader():
    from planwatch.extract.table_find import _header_cell
    from planwatch.extract.table_lines import lines_forward
    from planwatch.extract.table_titles import header_under_title

    text = "说明\n表1 2024年规模以上工业主要经济指标\n单位:亿元\n指标名称        绝对数      比上年增长(%)\n"
    title = next(lines_forward(text, text.index("表1")))
    assert header_under_title(text, title, _header_cell) is None
    text = "说明\n表1 单位数\n单位:个\n单位数(个)\n比重(%)\n"
    title = next(lines_forward(text, text.index("表1")))
    under = header_under_title(text, title, _header_cell)
    assert under is not None and under.text == "单位数(个)"


def test_a_bulletins_number_is_no_rank_and_its_opening_sets_no_aim():
    text = "某某县第七次全国人口普查公报（第二号）\n现将2020年11月1日零时我县常住人口有关数据公布如下：全县常住人口32万人。\n"
    got = _facts("公报.txt", text)
    assert "第二" not in got
    assert got["32万人"].kind.value == "actual" and got["32万人"].year == 2020


def test_a_report_turning_from_one_plan_to_the_next_is_of_the_later_plans_first_year():
    text = (
        "区长作政府工作报告，回顾了“十二五”时期经济社会发展情况，提出了全区“十三五”奋斗目标和今年的主要任务。\n"
        "去年全区地区生产总值增长8.1%。\n"
    )
    meta, facts = _analysed("新闻.txt", text)
    assert meta.reference_year == 2016
    assert facts["8.1%"].year == 2015


def test_a_part_of_a_year_named_in_a_storys_opening_dates_the_story():
    text = (
        "10月27日，记者从2021年前三季度经济运行情况新闻通气会上获悉，前三季度，全市地区生产总值为512.3亿元，"
        "同比增长8.0%。全市农林牧渔业总产值61.2亿元，增长5.1%。\n"
    )
    meta, facts = _analysed("新闻.txt", text)
    assert meta.reference_year == 2021
    assert facts["61.2亿元"].year == 2021 and facts["5.1%"].year == 2021


def test_a_ratios_base_figure_and_change_are_read_bare():
    text = _BULLETIN + (
        "总人口性别比（以女性为100，男性对女性的比例）为104.12，比2010年第六次全国人口普查的108.57下降4.45。\n"
    )
    got = _facts("公报.txt", text)
    assert (got["108.57"].year, got["108.57"].measure.value) == (2010, "level")
    assert (got["4.45"].year, got["4.45"].measure.value, got["4.45"].value) == (
        2020,
        "change",
        -4.45,
    )
    assert "性别比" in got["108.57"].indicator


def test_a_former_county_inside_common_words_is_no_area():
    text = "某某县交通运输“十四五”规划\n到2025年，新建县城综合客运枢纽1个，荣获省平安县（市、区）称号。\n"
    got = analyse_text("规划.txt", text)
    assert all(f.jurisdiction not in ("新建县", "平安县") for f in got.facts)
