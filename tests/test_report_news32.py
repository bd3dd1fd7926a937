"""News of a work report (round 32), composed here in the style of a district's 十个数字 page
(the figures are this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEN = (
    "某区人民政府网 | 首页 > 新闻中心\n"
    "十个数字读懂2023年区政府工作报告\n"
    "发布时间：2023-01-09 17:20\n"
    "1月8日，区长作政府工作报告。记者梳理了报告中的十个数字。\n"
    "数字1：612.3亿元\n"
    "【原文】2022年全区实现地区生产总值612.3亿元，增长5.1%。\n"
    "数字2：6.5%\n"
    "【原文】2023年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
    "数字3：120个\n"
    "【原文】今年安排区级重点项目120个，年度计划投资215亿元。\n"
)


def test_a_numbered_figure_is_of_the_kind_and_year_its_lines_after_say():
    facts = analyse_text("某区十个数字.txt", _TEN).facts
    # (the figures on the 数字N： lines, not the same figures said again below them)
    on_label = [f for f in facts if _TEN.rfind("数字", 0, f.start) > _TEN.rfind("\n", 0, f.start)]
    label = {_TEN[f.start : f.end]: f for f in on_label}
    assert (label["612.3亿元"].kind.value, label["612.3亿元"].year) == ("actual", 2022)
    assert (label["6.5%"].kind.value, label["6.5%"].year) == ("target", 2023)
    assert (label["120个"].kind.value, label["120个"].year) == ("target", 2023)


_EVENING = (
    "某县电视台　新闻联播\n"
    "发布时间：2023-02-15 19:30\n"
    "（解说）报告提出，今年全县地区生产总值增长7%，固定资产投资增长12%。\n"
    "（解说）最受群众关注的，是今年的十件民生实事候选项目。它们分别是：\n"
    "一、新建改扩建中小学和幼儿园4所，新增学位1500个；\n"
    "二、新增养老床位260张；\n"
    "三、改造提升农村公路75公里。\n"
)

_CARD = (
    "某县发布\n"
    "2025年01月10日 08:30\n"
    "一图读懂｜2025年某县政府工作报告\n"
    "1月8日，某县第十八届人民代表大会第五次会议开幕，县长作政府工作报告。一起来看\n"
    "过去一年，某县交出了一份稳中有进的答卷；新的一年，某县将全力拼经济、惠民生。\n"
    "【2024年 这一年】\n"
    "1290亿元\n"
    "地区生产总值\n"
    "【2025年 重点工作亮点】\n"
    "🔹科技创新\n"
    "新增高新技术企业55家以上，研发经费投入强度保持在3%以上\n"
    "🔹城乡建设\n"
    "改造老旧小区22个，新建改造农村公路140公里\n"
)

_DONE = (
    "某县2024年政府工作报告\n"
    "——2024年1月16日在某县第十八届人民代表大会第三次会议上\n"
    "一、2023年工作回顾\n"
    "年初承诺的十件民生实事全部办结：\n"
    "（一）新建、改扩建中小学和幼儿园7所，新增学位4800个；\n"
    "（二）新建改造农村公路260公里。\n"
)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_a_list_led_in_by_this_years_projects_holds_aims():
    got = _facts("某县新闻联播.txt", _EVENING)
    for value in ("4所", "1500个", "260张", "75公里"):
        assert (got[value].kind.value, got[value].year) == ("target", 2023), value


def test_a_cards_heading_of_the_years_work_and_its_highlights_holds_aims():
    got = _facts("某县一图读懂.txt", _CARD)
    for value in ("55家以上", "3%以上", "22个", "140公里"):
        assert (got[value].kind.value, got[value].year) == ("target", 2025), value


def test_a_years_projects_all_done_are_results():
    got = _facts("某县政府工作报告.txt", _DONE)
    for value in ("7所", "4800个", "260公里"):
        assert (got[value].kind.value, got[value].year) == ("actual", 2023), value


_CUBIC = (
    "某市2023年政府工作报告\n"
    "——2023年1月10日在某市第十七届人民代表大会第二次会议上\n"
    "过去五年，细颗粒物（PM2.5）年均浓度从每立方米41微克下降到27微克。"
    "今年PM2.5年均浓度控制在每立方米29微克以内。\n"
)


def test_a_concentration_put_per_cubic_metre_before_its_figure():
    got = _facts("某市政府工作报告.txt", _CUBIC)
    for value in ("41微克", "27微克", "29微克以内"):
        assert got[value].unit == "ug/m3" and "每立方米" not in got[value].indicator, value
    assert (
        got["29微克以内"].indicator == "PM2.5年均浓度" and got["29微克以内"].kind.value == "target"
    )


_FIGURES_FIRST = (
    "某市人民政府　首页 | 图解政策\n"
    "发布时间：2025-01-09 16:40　来源：市政府办公室\n"
    "图解｜2025年某市政府工作报告\n"
    "【2024年成绩单】\n"
    "312.5亿元　地区生产总值　增长5.8%\n"
    "52个　实施亿元以上重点项目　完成投资88.1亿元\n"
    "【2025年主要预期目标】\n"
    "6%左右　地区生产总值增长\n"
    "5200人以上　城镇新增就业\n"
)


def test_a_card_page_with_no_paragraph_keeps_its_years_headings():
    got = _facts("某市图解.txt", _FIGURES_FIRST)
    assert (got["6%左右"].kind.value, got["6%左右"].year) == ("target", 2025)
    assert (got["5200人以上"].kind.value, got["5200人以上"].year) == ("target", 2025)


def test_a_cards_figure_then_its_words_then_its_growth():
    got = _facts("某市图解.txt", _FIGURES_FIRST)
    assert got["312.5亿元"].indicator == "地区生产总值" and got["312.5亿元"].year == 2024
    assert got["52个"].indicator == "实施亿元以上重点项目"
