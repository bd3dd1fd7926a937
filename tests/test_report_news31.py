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


def _facts(name: str, text: str) -> dict[str, tuple[Kind, int | None]]:
    return {text[f.start : f.end]: (f.kind, f.year) for f in analyse_text(name, text).facts}


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
    f = {_OPENING[x.start : x.end]: x for x in analyse_text("某省两会.txt", _OPENING).facts}
    assert f["5.5%左右"].indicator == "地区生产总值"
    assert (f["5.5%左右"].kind, f["5.5%左右"].year) == (Kind.TARGET, 2024)


def test_what_members_hand_in_is_counted_at_the_meeting():
    f = {_OPENING[x.start : x.end]: x for x in analyse_text("某省两会.txt", _OPENING).facts}
    assert (f["312件"].kind, f["312件"].year) == (Kind.ACTUAL, 2024)
