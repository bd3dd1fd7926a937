"""Forms of round 56, composed here in the style of bureau meetings' news, bureau half-year
summaries, county news, reposted education news and plan-project reports (every figure is
this file's own)."""

from __future__ import annotations

from planwatch.core.data import DocType, Kind, Measure
from readhelp import analysed as _analysed


def test_a_month_s_deadline_in_a_list_of_aims_is_no_time_of_the_figures_after_it():
    # (A bureau's meeting sets the year's aims; one task is due by a month's end.)
    text = (
        "本报讯 3月5日召开的全市水利工作会议，总结了2023年工作，部署了2024年工作任务。\n"
        "会议提出，2024年全市水利工作的主要预期目标是：完成水利投资12.6亿元，增长18%以上。"
        "东干渠改造工程5月底前开工，新建高效节水灌溉面积2.4万亩。"
        "农村自来水普及率分别提高到96.5%、97%。\n"
    )
    _, got = _analysed("a.txt", text)
    for printed in ("2.4万亩", "96.5%", "97%"):
        fact = got[printed]
        assert fact.kind is Kind.TARGET and fact.year == 2024, printed


def test_a_month_s_end_as_of_stays_a_state_reached():
    # (A guard: 截至6月底 is an as-of, the year's state so far.)
    text = (
        "某县上半年经济运行情况\n2024年7月18日\n"
        "截至6月底，全县市场主体达到3.2万户，比上年末增长4.1%。\n"
    )
    _, got = _analysed("b.txt", text)
    assert got["3.2万户"].kind is Kind.ACTUAL and got["3.2万户"].year == 2024


def test_a_quarter_s_aims_handed_out_over_a_list_are_each_an_aim():
    # (A bureau's half-year summary: the quarter's aim for each trade, then a result.)
    text = (
        "某区商务局2024年上半年工作总结\n2024-07-02\n"
        "一、经济指标完成情况。二季度建材、家电、汽车三类商品销售额增速目标分别为12%、9%、7.5%。"
        "一季度，全区服务业增加值实现8.6亿元，增速4.2%。"
        "二季度服务业增加值预期目标17.9亿元、增速5.5%。\n"
    )
    _, got = _analysed("c.txt", text)
    for printed in ("12%", "9%", "7.5%", "17.9亿元", "5.5%"):
        assert got[printed].kind is Kind.TARGET, printed
    assert got["8.6亿元"].kind is Kind.ACTUAL and got["4.2%"].kind is Kind.ACTUAL


def test_projects_named_for_a_plan_are_counted_in_the_year_of_the_count():
    # (A county's projects put up for the province's plan: a count of this year's work.)
    text = (
        "某县发展和改革局2023年上半年工作总结\n2023-07-10\n"
        "一、工作开展情况\n"
        "今年初，开展省“十四五”规划重大项目调整申报，全县申报项目16个，入选12个，入选率75%。\n"
    )
    _, got = _analysed("d.txt", text)
    for printed in ("16个", "12个", "75%"):
        fact = got[printed]
        assert fact.year == 2023 and fact.period_start is None, printed


def test_a_purpose_framing_the_work_done_sets_no_aim():
    # (以…为目标，完成…: what the work was for, then what was done; a county page that prints
    # no date, so no year decides for the words.)
    text = (
        "（某县城区河道整治工程现场）\n"
        "今年以来，某县经济保持了平稳发展的良好势头。"
        "全县以建设生态宜居县城为目标，完成城区绿化18.5公顷、河道整治6.2公里。\n"
    )
    _, got = _analysed("e.txt", text)
    for printed in ("18.5公顷", "6.2公里"):
        assert got[printed].kind is Kind.ACTUAL, printed


def test_a_page_reposted_years_later_is_of_the_year_its_text_says_it_is():
    # (An education story of a plan's last year, posted again by a portal years on.)
    text = (
        "当前位置：首页 > 教育资讯 > 正文\n"
        "某市五年新建学校300余所\n"
        "更新：2021-05-14 10:20:31 某某教育网\n"
        "今年是“十二五”收官之年，12月9日，记者从某市教育局获悉，五年来，全市共新建、改扩建"
        "中小学128所，新增学位15.6万个。\n"
    )
    meta, got = _analysed("f.txt", text)
    assert meta.reference_year == 2015
    assert got["128所"].year == 2015 and got["128所"].period_start == 2011


def test_the_tasks_set_for_the_year_after_a_comma_are_aims():
    # (今年，…建设任务为，…；…: the year's tasks listed after the copula and a comma.)
    text = (
        "某市五年新建学校300余所\n2015年12月11日\n"
        "今年是“十二五”收官之年，五年来，全市共新建中小学128所。\n"
        "今年，全市中小学幼儿园建设任务为，新建中小学24所，增加学位21000个以上；"
        "新建幼儿园35所，增加学位6300个以上。截至目前，已有19所中小学投入使用。\n"
    )
    _, got = _analysed("g.txt", text)
    for printed in ("24所", "21000个以上", "35所", "6300个以上"):
        fact = got[printed]
        assert fact.kind is Kind.TARGET and fact.year == 2015, printed
    assert got["19所"].kind is Kind.ACTUAL


def test_a_paragraph_of_the_year_s_parts_names_them_after_the_figure_before_it():
    # (A communiqué's GDP, then its quarters in a paragraph of their own.)
    text = (
        "某市2024年国民经济和社会发展统计公报\n某市统计局 2025年3月20日\n"
        "全年全市地区生产总值2741.6亿元，按不变价格计算，比上年增长5.3%。"
        "三次产业结构为6.2:38.1:55.7。\n"
        "分季度看，一季度增长4.8%，上半年增长5.0%，前三季度增长5.2%。\n"
        "年末全市常住人口356.2万人。\n"
    )
    _, got = _analysed("h.txt", text)
    for printed in ("4.8%", "5.0%", "5.2%"):
        fact = got[printed]
        assert fact.indicator == "地区生产总值" and fact.year == 2024, printed


def test_a_revenue_s_change_after_the_base_s_own_figure_is_a_change_of_that_revenue():
    # (A district's half-year budget report: 比上年同期X万元增收Y万元.)
    text = (
        "某区2021年上半年预算执行情况的报告\n"
        "1.组织财政收入执行情况。\n"
        "2021年1-6月全区组织财政收入累计完成128460万元，比上年同期121375万元增收7085万元，"
        "增长5.84%，完成年初预算的52.3%。\n"
    )
    _, got = _analysed("i.txt", text)
    base = got["121375万元"]
    assert base.indicator == "组织财政收入" and base.year == 2020
    more = got["7085万元"]
    assert (
        more.indicator == "组织财政收入" and more.measure is Measure.CHANGE and more.value == 7085
    )
    assert got["5.84%"].indicator == "组织财政收入"


def test_counts_of_schools_joined_by_and_are_each_a_result():
    # (中小学 holds a 中 that closes no group: 127所中小学 is no set a part is counted of.)
    text = (
        "某市五年新建学校300余所\n2015年12月11日\n"
        "五年来，全市共新建中小学128所。全市有94所中小学和215所幼儿园投入使用。\n"
    )
    _, got = _analysed("j.txt", text)
    assert "中小学" in got["94所"].indicator
    assert "幼儿园" in got["215所"].indicator


def test_news_of_a_meeting_summing_up_a_year_is_of_the_year_after_it():
    # (A zone's meeting on its year's work summary, held in February; the page prints no year.)
    text = (
        "2月12日上午，某经济开发区召开2021年度工作总结大会。某某出席会议并讲话。\n"
        "某某指出，2021年，开发区全年地区生产总值完成86.5亿元，增长6.2%；"
        "规模以上工业总产值完成132.4亿元，增长9.8%。\n"
    )
    meta, got = _analysed("k.txt", text)
    assert meta.doc_type is DocType.NEWS and meta.reference_year == 2022
    assert got["86.5亿元"].year == 2021 and got["86.5亿元"].kind is Kind.ACTUAL


def test_news_of_a_congress_session_by_its_short_name_or_a_year_s_report_is_report_news():
    # (人代会 for 人民代表大会; 作年度工作报告 at a party working committee's meeting.)
    session = (
        "某市新的五年征程定下目标\n"
        "记者 某某\n"
        "1月18日上午，某市第七届人代会第五次会议开幕。据了解，2020年，全市预计实现地区生产"
        "总值152亿元、增长3.8%。\n"
    )
    meta, _ = _analysed("l.txt", session)
    assert meta.doc_type is DocType.NEWS
    committee = (
        "某经开区召开党工委（扩大）会议\n"
        "昨天上午，某经开区召开党工委（扩大）会议。会上，党工委书记某某作年度工作报告。"
        "2023年，经开区完成地区生产总值415.2亿元，增长6.6%。\n"
    )
    meta, _ = _analysed("m.txt", committee)
    assert meta.doc_type is DocType.NEWS


def _cells(*rows: tuple[str, ...]) -> str:
    """A table's cells one a line with a blank line between, as a page converted from HTML
    prints them."""
    return "\n\n".join(c for row in rows for c in row) + "\n"


def test_a_flattened_two_row_header_with_unit_and_attribute_columns_after_the_name():
    # (单位 属性 two lines high after the name; the years over 基期值 目标值 完成值.)
    text = "某市“十四五”规划纲要实施中期评估报告\n2023年11月20日\n表　主要指标完成情况\n" + _cells(
        ("指标名称", "单位", "属性", "2020年", "2025年", "2022年", "评估"),
        ("基期值", "目标值", "完成值", "结论"),
        ("铁路营业里程", "公里", "预期性", "640", "780", "712", "符合预期"),
        ("高速公路通车里程", "公里", "预期性", "520", "610", "566", "符合预期"),
        ("森林覆盖率", "%", "约束性", "61.3", "62", "61.8", "符合预期"),
    )
    _, got = _analysed("n.txt", text)
    assert got["640"].year == 2020 and got["640"].kind is Kind.ACTUAL
    assert got["780"].year == 2025 and got["780"].kind is Kind.TARGET
    assert got["712"].year == 2022 and got["712"].kind is Kind.ACTUAL
    assert got["62"].indicator == "森林覆盖率" and got["62"].kind is Kind.TARGET


def test_a_flattened_table_under_a_category_column_prints_each_category_once():
    # (类别 over categories printed once a group: an HTML cell spanning its rows.)
    text = (
        "某县“十四五”时期经济社会发展主要指标\n"
        "附表　某县“十四五”时期经济社会发展主要指标\n"
        "类别  指标  单位  2020年  2025年  年均增长（%）  属性\n"
        "经济发展\n"
        + _cells(
            ("地区生产总值", "亿元", "312.4", "450", "7.5", "预期性"),
            ("人均地区生产总值", "元", "61200", "86000", "7", "预期性"),
            ("一般公共预算收入", "亿元", "18.6", "25.1", "6.2", "预期性"),
        )
        + "民生福祉\n"
        + _cells(("居民人均可支配收入", "元", "28150", "39500", "7", "预期性"))
    )
    _, got = _analysed("o.txt", text)
    assert got["312.4"].indicator == "地区生产总值" and got["312.4"].year == 2020
    assert got["450"].kind is Kind.TARGET and got["450"].year == 2025
    assert got["39500"].indicator == "居民人均可支配收入" and got["39500"].year == 2025


def test_a_flattened_header_s_years_over_kinds_with_whole_columns_after_them():
    # (2020年 2025年 2022年 then 属性 评估, two lines high; 基期值 目标值 完成值 under the years.)
    text = "某市“十四五”规划纲要主要指标中期进展情况\n" + _cells(
        ("类别", "指标", "单位", "2020年", "2025年", "2022年", "属性", "评估"),
        ("基期值", "目标值", "完成值"),
        ("经济发展", "1.地区生产总值增长", "%", "3.6", "7左右", "[6.2]", "预期性", "基本符合预期"),
        ("2.人均地区生产总值", "元", "45120", "61000", "53380", "预期性", "符合预期"),
        ("3.城镇调查失业率", "%", "5.2", "5.5以内", "5.1", "预期性", "符合预期"),
    )
    _, got = _analysed("p.txt", text)
    assert got["45120"].year == 2020 and got["45120"].kind is Kind.ACTUAL
    assert got["61000"].year == 2025 and got["61000"].kind is Kind.TARGET
    assert got["53380"].year == 2022 and got["53380"].kind is Kind.ACTUAL


def test_a_paragraph_leading_aims_in_with_a_colon_dates_the_items_after_it():
    # (The lead-in holds no figure; its items, 一是…, name no year of their own.)
    text = (
        "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "综合考虑发展环境和我县发展基础，建议2024年全县经济社会发展的主要预期目标是：\n"
        "一是地区生产总值增长6.5%左右；二是规模以上工业增加值增长8.5%左右；\n"
        "三是固定资产投资增长9%以上；四是一般公共预算收入增长5.5%。\n"
    )
    _, got = _analysed("q.txt", text)
    for printed in ("6.5%左右", "8.5%左右", "9%以上", "5.5%"):
        fact = got[printed]
        assert fact.kind is Kind.TARGET and fact.year == 2024, printed


# A PDF's text layer saved with a blank line between paragraphs and its lines broken at the
# page's edge (30 characters), one of them right after a full stop (…完成年度目标过半。 /
# 规上工业…): the paragraph goes on.
_WRAPPED = "\n".join(
    [
        "某县《政府工作报告》重点任务落实有力",
        "",
        "7月26日，县政府召开《政府工作报告》落实情况调度会，通报上",
        "半年主要指标完成情况，分析短板弱项，安排部署下半年重点工作。",
        "",
        "从主要指标看，上半年全县实现地区生产总值186.4亿元，同比",
        "增长6.1%，增速高于全市平均水平0.4个百分点。一般公共预",
        "算收入完成11.8亿元，同比增长5.2%，完成年度目标过半。",
        "规上工业增加值同比增长7.9%，固定资产投资同比增长8.8%，其",
        "中工业投资增长14.6%。社会消费品零售总额达到63.2亿元，",
        "同比增长5.4%，城镇居民人均可支配收入增长4.6%。",
        "",
        "会议指出，当前经济运行中仍面临需求不足、部分企业经营困难等问",
        "题，必须高度重视。",
        "",
        "会议要求，各级各部门要坚定信心，迎难而上，奋力完成全年目标任",
        "务。",
        "",
        "下一步，全县将聚焦全年目标任务，抓好项目建设和招商引资，全",
        "力以赴推动经济持续回升向好，确保完成全年任务。",
    ]
)


def test_a_wrapped_paragraph_goes_on_past_a_full_stop_at_the_page_s_edge():
    meta, got = _analysed("r.txt", "2024-07-27\n" + _WRAPPED)
    assert meta.reference_year == 2024
    for printed in ("7.9%", "8.8%", "63.2亿元"):
        fact = got[printed]
        assert fact.year == 2024 and fact.kind is Kind.ACTUAL, printed
