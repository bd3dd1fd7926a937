"""News pages on a work report and the lists of aims they print (round 31), composed here in the
style of a county's WeChat summary and a bureau head's interview (the figures are this file's
own): a page title naming the report by its year dates no section; a lead-in's list of aims goes
on past an item stating its aim in words and is numbered with circled numbers too.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.extract.section_lines import worded_item_line
from planwatch.pipeline import analyse_text

_SUMMARY = (
    "某县发布　2025年01月15日 18:30\n"
    "划重点！2025年某县政府工作报告速览\n"
    "1月15日上午，某县第十届人民代表大会第四次会议开幕。县长代表县人民政府作政府工作报告。\n"
    "过去一年，全县上下迎难而上，交出了一份成绩单。\n"
    "全县地区生产总值完成352.6亿元，增长5.7%。\n"
    "新增规上工业企业41家，城镇新增就业0.86万人。\n"
    "报告提出，今年全县经济社会发展的主要预期目标是：\n"
    "① 地区生产总值增长6%左右\n"
    "② 居民人均可支配收入增长与经济增长同步\n"
    "③ 城镇新增就业0.8万人以上\n"
    "④ 粮食总产量稳定在9亿斤以上\n"
)

_INTERVIEW = (
    "某市人民政府　首页 > 政务公开 > 政策解读\n"
    "发布时间：2024-01-18 09:00\n"
    "稳中求进——市发展改革局局长解读2024年《政府工作报告》\n"
    "记者：请介绍一下去年全市经济运行情况。\n"
    "答：全市实现地区生产总值612.4亿元，增长6.1%。全年实施市级重点项目142个，完成投资310亿元。\n"
    "记者：今年的目标是如何考虑的？\n"
    "答：报告提出今年地区生产总值增长6%左右。\n"
)


def _by_text(name: str, text: str) -> dict:
    """The facts planwatch reads in ``text``, by the characters each spans."""
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def _facts(name: str, text: str) -> dict[str, tuple[Kind, int | None]]:
    return {value: (f.kind, f.year) for value, f in _by_text(name, text).items()}


def test_a_summary_titled_by_its_reports_year_keeps_last_years_results():
    got = _facts("某县速览.txt", _SUMMARY)
    for value in ("352.6亿元", "5.7%", "41家", "0.86万人"):
        assert got[value] == (Kind.ACTUAL, 2024), value


def test_a_circled_list_of_aims_goes_on_past_an_aim_in_words():
    got = _facts("某县速览.txt", _SUMMARY)
    for value in ("6%左右", "0.8万人以上", "9亿斤以上"):
        assert got[value] == (Kind.TARGET, 2025), value


def test_an_interview_titled_by_the_report_reads_last_years_figures_as_results():
    got = _facts("某市解读.txt", _INTERVIEW)
    for value in ("612.4亿元", "6.1%", "142个", "310亿元"):
        assert got[value] == (Kind.ACTUAL, 2023), value
    assert got["6%左右"] == (Kind.TARGET, 2024)


def test_an_item_stating_its_aim_in_words_is_an_item():
    assert worded_item_line("居民收入增长与经济增长同步；")
    assert worded_item_line("⑨ 完成市下达的节能降碳任务")
    assert not worded_item_line("目标怎么实现？报告给出了清晰的施工图。具体如下")


_OPENING = (
    "某省新闻网　首页 > 时政 > 两会\n"
    "发布时间：2024-01-21 12:30　来源：某省日报\n"
    "某省十四届人大二次会议开幕 政府工作报告提出今年全省经济增长5.5%左右\n"
    "本报讯　1月21日上午，某省第十四届人民代表大会第二次会议开幕。省长作政府工作报告。"
    "大会秘书处共收到代表建议312件。\n"
)


def test_a_headlines_report_speaking_is_no_part_of_the_name():
    f = _by_text("某省两会.txt", _OPENING)
    assert f["5.5%左右"].indicator == "地区生产总值"
    assert (f["5.5%左右"].kind, f["5.5%左右"].year) == (Kind.TARGET, 2024)


def test_what_members_hand_in_is_counted_at_the_meeting():
    f = _by_text("某省两会.txt", _OPENING)
    assert (f["312件"].kind, f["312件"].year) == (Kind.ACTUAL, 2024)


_CARD = (
    "图解：2024年某市政府工作报告\n"
    "发布时间：2024-01-20\n"
    "2023年成绩单\n"
    "5.6%\n"
    "地区生产总值增长\n"
    "1360亿元\n"
    "一般公共预算收入\n"
    "2024年目标\n"
    "6%左右\n"
    "地区生产总值增长\n"
    "1.2万人\n"
    "城镇新增就业\n"
)


def test_a_card_set_out_figure_first_names_each_figure_by_the_line_after():
    got = _by_text("图解.txt", _CARD)
    assert got["1360亿元"].indicator == "一般公共预算收入"
    assert got["1.2万人"].indicator == "城镇新增就业"
    assert (got["6%左右"].kind, got["6%左右"].year) == (Kind.TARGET, 2024)
    assert "地区生产总值" in got["5.6%"].indicator


def test_a_card_set_out_name_first_still_names_by_the_line_above():
    text = "2023年成绩单\n地区生产总值增长\n5.6%\n一般公共预算收入\n1360亿元\n"
    got = _by_text("图解.txt", text)
    assert got["1360亿元"].indicator == "一般公共预算收入"
    assert "地区生产总值" in got["5.6%"].indicator


def test_a_numbered_figure_is_no_ratio_and_named_where_it_is_said_again():
    text = "数说2023\n数字1：1200亿元\n【原文】全市地区生产总值首次突破1200亿元，增长5.8%。\n"
    facts = analyse_text("数说.txt", text).facts
    got = [(text[f.start : f.end], f.start, f.indicator) for f in facts]
    assert not any(v == "1：1200" for v, _, _ in got)
    first = text.index("1200亿元")
    named = [n for v, at, n in got if at == first]
    assert named and "地区生产总值" in named[0] and "突破" not in named[0]  # (the numbered figure)


def test_a_card_line_of_a_figure_then_its_words_is_named_by_the_words():
    text = (
        "图解：2024年某市政府工作报告\n发布时间：2024-01-20\n2023年成绩单\n"
        "5.6% 地区生产总值增长\n1360亿元 一般公共预算收入\n07 人口\n"
    )
    got = _by_text("图解.txt", text)
    assert got["1360亿元"].indicator == "一般公共预算收入"
    assert "地区生产总值" in got["5.6%"].indicator
    assert "07" not in got  # (a section's number, no figure of a card)


def test_a_later_founded_provinces_congress_term_tells_no_year():
    text = (
        "某网　首页 > 时政 > 两会\n2019-01-29 08:03　来源：某网\n"
        "两会丨今年我省经济增长预期目标定为7%左右\n"
        "1月28日上午，海南省第六届人民代表大会第二次会议在海口开幕。"
        "2018年全省地区生产总值增长5.8%。\n"
    )
    a = analyse_text("两会.txt", text)
    assert a.document.meta.reference_year == 2019
    got = {text[f.start : f.end]: f for f in a.facts}
    assert (got["5.8%"].kind, got["5.8%"].year) == (Kind.ACTUAL, 2018)
    assert (got["7%左右"].kind, got["7%左右"].year) == (Kind.TARGET, 2019)


def test_news_of_the_work_report_carried_out_is_news_not_an_implementation_report():
    text = (
        "某县人民政府　首页 > 新闻中心\n发布时间：2024-07-30 09:12\n"
        "时间过半任务过半 我县《政府工作报告》重点任务落实有力有序\n"
        "7月29日，县政府召开2024年《政府工作报告》落实情况调度会，通报上半年主要指标完成情况。"
        "上半年，全县一般公共预算收入完成13.1亿元，同比增长5.8%。\n"
    )
    a = analyse_text("落实.txt", text)
    assert a.document.meta.doc_type.value == "work_report_news"
    got = {text[f.start : f.end]: f for f in a.facts}
    assert (got["13.1亿元"].kind, got["13.1亿元"].year) == (Kind.ACTUAL, 2024)


def test_a_card_group_under_a_heading_set_out_figure_first():
    text = (
        "图解：2024年某省政府工作报告\n发布时间：2024-01-25\n【2023年 成绩单】\n\n"
        "经济运行\n6.2%\n地区生产总值增长\n7.6%\n规模以上工业增加值增长\n9.1%\n社会消费品零售总额增长\n"
    )
    got = _by_text("图解.txt", text)
    assert "规模以上工业增加值" in got["7.6%"].indicator
    assert "社会消费品零售总额" in got["9.1%"].indicator


def test_a_card_set_out_name_first_with_an_aim_in_words_stays_name_first():
    text = (
        "某区两会\n发布时间：2026-01-20\n全区经济社会发展的主要预期目标是:\n\n"
        "地区生产总值增长\n5%左右\n区级一般公共预算收入增长\n4%\n"
        "居民人均可支配收入增长\n与经济增长同步\n城镇新增就业岗位\n2.2万个以上\n"
    )
    got = _by_text("目标.txt", text)
    assert "地区生产总值" in got["5%左右"].indicator
    assert got["2.2万个以上"].indicator == "城镇新增就业岗位"


def test_a_lines_label_is_no_part_of_the_name():
    text = (
        "数说2021\n发布时间：2022-01-10\n【原文】2021年全区实现地区生产总值786.4亿元，增长8.6%。\n"
    )
    got = _by_text("数说.txt", text)
    assert got["786.4亿元"].indicator == "地区生产总值"


def test_a_table_titled_by_the_years_aims_dates_its_aims():
    text = (
        "某省两会\n2019-01-29 08:03　来源：某网\n"
        "记者梳理了报告提出的2019年全省经济社会发展主要预期目标，具体如下：\n"
        "附：2019年全省经济社会发展主要预期目标\n指标\n目标\n地区生产总值\n增长7%左右\n"
        "城镇新增就业\n10万人以上\n"
    )
    got = _by_text("两会.txt", text)
    assert (got["7%左右"].kind, got["7%左右"].year) == (Kind.TARGET, 2019)
    assert (got["10万人以上"].kind, got["10万人以上"].year) == (Kind.TARGET, 2019)


def test_a_months_end_named_without_its_year_is_of_the_pages_year():
    text = (
        "某县人民政府　首页 > 新闻中心\n发布时间：2024-07-30 09:12\n"
        "我县《政府工作报告》重点任务落实有力有序\n"
        "会议通报，截至6月底，已完成12项，序时推进68项。\n"
        "金融运行总体平稳。6月末，全县金融机构各项存款余额452.6亿元。\n"
    )
    got = _by_text("落实.txt", text)
    assert got["68项"].year == 2024
    assert (got["452.6亿元"].kind, got["452.6亿元"].year) == (Kind.ACTUAL, 2024)
    # (a year before the month dates it: 2023年6月末 is 2023's)
    other = "某县新闻\n发布时间：2024-07-30\n2023年6月末，全县金融机构各项存款余额410.2亿元。\n"
    f = _by_text("旧.txt", other)
    assert f["410.2亿元"].year == 2023


def test_a_list_of_bulleted_items_with_run_in_headings_led_in_by_the_report_is_aims():
    text = (
        "某市新闻\n发布时间：2025-01-16\n"
        "报告提出，今年全市民生支出占一般公共预算支出比重保持在80%以上，并列出了一张民生清单：\n"
        "——稳就业。城镇新增就业1.2万人以上，开展职业技能培训2万人次。\n"
        "——办教育。新建、改扩建学校6所，新增学位3600个。\n"
    )
    got = _by_text("民生.txt", text)
    for value in ("1.2万人以上", "2万人次", "6所", "3600个"):
        assert (got[value].kind, got[value].year) == (Kind.TARGET, 2025), value
