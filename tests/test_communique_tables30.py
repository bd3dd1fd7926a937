"""Two habits of a communiqué's tables set with spaces (round 30), composed here in the style of a
province's communiqué (the figures are this file's own): the name column's one-word head spread
over the column's width (行            业, 指          标), and a row's name with a note in
brackets beside a unit column (化肥（折纯） | 万吨: the unit is the column's, not 折纯).
"""

from __future__ import annotations

from planwatch.core.data import Measure
from planwatch.pipeline import analyse_text

_TEXT = (
    "某省2024年国民经济和社会发展统计公报\n"
    "全年全省固定资产投资（不含农户）比上年增长3.8%。分行业投资增长情况见表2。\n"
    "表2  2024年分行业固定资产投资增长速度\n"
    "行          业                              比上年增长(%)\n"
    "固定资产投资（不含农户）                  3.8\n"
    "  第一产业                                -6.1\n"
    "  第二产业                                11.4\n"
    "  第三产业                                -0.9\n"
    "\n"
    "表3  2024年规模以上工业主要产品产量及其增长速度\n"
    "产品名称              单位            产量             比上年增长(%)\n"
    "焦炭                  万吨      8120.5           -1.2\n"
    "化肥（折纯）          万吨      281.7            2.9\n"
)


def _facts() -> dict[str, object]:
    return {_TEXT[f.start : f.end]: f for f in analyse_text("某省公报.txt", _TEXT).facts}


def test_a_head_word_spread_over_its_column_heads_the_table():
    facts = _facts()
    assert facts["11.4"].indicator == "第二产业"
    assert (facts["11.4"].measure, facts["-6.1"].unit, facts["-6.1"].value) == (
        Measure.GROWTH,
        "%",
        -6.1,
    )


def test_a_note_in_a_names_brackets_is_no_unit_beside_a_unit_column():
    fertiliser = _facts()["281.7"]
    assert fertiliser.unit == "万吨"
    assert fertiliser.indicator.startswith("化肥")


_BREAKDOWN = (
    "某市2024年国民经济和社会发展统计公报\n"
    "表4  2024年社会消费品零售总额分类情况\n"
    "指        标                    绝对数（亿元）    比上年增长(%)\n"
    "社会消费品零售总额                1532.4            5.1\n"
    " 按经营地分\n"
    "  城镇                            1288.6            4.8\n"
    "  乡村                            243.8             6.7\n"
    " 按消费类型分\n"
    "  商品零售                        1371.2            4.6\n"
    "  餐饮收入                        161.2             9.4\n"
)


def test_a_breakdowns_label_leaves_its_rows_under_the_total():
    facts = {_BREAKDOWN[f.start : f.end]: f for f in analyse_text("某市公报.txt", _BREAKDOWN).facts}
    assert "按经营地分" not in facts["1288.6"].indicator
    assert "按消费类型分" not in facts["161.2"].indicator
    assert (
        "乡村" not in facts["161.2"].indicator
    )  # (not under the last row of the breakdown before)
    assert facts["1288.6"].unit == facts["161.2"].unit == "亿元"


def test_a_short_table_run_on_in_one_line_is_read():
    text = (
        "某市2024年国民经济和社会发展统计公报\n"
        "表2  2024年主要工业产品产量\n"
        "产品名称 单位 产量 比上年增长(%) 原煤 万吨 1108.3 2.7 发电量 亿千瓦时 286.9 -2.2 "
        "水泥 万吨 731.5 -5.8\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("某市公报.txt", text).facts}
    assert (facts["286.9"].indicator, facts["286.9"].unit) == ("发电量", "亿千瓦时")
    assert (facts["-5.8"].indicator, facts["-5.8"].measure) == ("水泥", Measure.GROWTH)


def test_a_table_with_letter_spaced_heads_one_full_width_space_apart_is_read():
    # (the header a narrow gap apart is read as before the spread-head rule: its cells kept)
    text = (
        "某市综合交通运输发展“十四五”规划\n"
        "类 别　指　标　2020年　2025年　属 性\n"
        "基 础 设 施　1.铁路营业里程（公里）　642　810　预 期 性\n"
        "　　　　　2.公路通车里程（万公里）　1.96　2.12　预 期 性\n"
    )
    facts = {text[f.start : f.end]: f for f in analyse_text("某市规划.txt", text).facts}
    rail = facts["810"]
    assert rail.indicator.endswith("铁路营业里程") and (rail.year, rail.unit) == (2025, "公里")
    assert (facts["642"].year, facts["2.12"].unit) == (2020, "万公里")
