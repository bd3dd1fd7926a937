"""Forms of round 37, composed here in the style of county work reports, their newspaper
stories and energy plans (every figure is this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text


def _analysed(name: str, text: str):
    return analyse_text(name, text)


def _facts(name: str, text: str) -> dict[str, object]:
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_and_before_the_countys_organs_names_no_county():
    text = (
        "政府工作报告\n"
        "过去一年，在县委的正确领导和县人大、县政协的监督支持下，全县地区生产总值达到"
        "86.4亿元，增长7.2%。\n"
    )
    got = _analysed("报告.txt", text)
    assert got.document.meta.area is None
    assert all(f.jurisdiction is None for f in got.facts)


def test_the_county_named_he_keeps_its_own_government():
    text = "和县人民政府工作报告\n2023年，和县人民政府坚持稳中求进，全县地区生产总值达到320亿元。\n"
    area = _analysed("和县.txt", text).document.meta.area
    assert area is not None and area.name == "和县"


def test_a_figure_opening_a_wrapped_line_is_named_by_the_clause_begun_above():
    text = (
        "过去五年，主要经济指标较快增长。全县地区生产总值由“十二五”末的\n"
        "\n"
        "23.6亿元增加到35.1亿元，年均增长8.6%。\n"
    )
    got = _facts("报告.txt", text)
    assert {k: got[k].indicator for k in ("23.6亿元", "35.1亿元", "8.6%")} == {
        "23.6亿元": "全县地区生产总值",
        "35.1亿元": "全县地区生产总值",
        "8.6%": "全县地区生产总值",
    }


def test_a_list_number_needs_no_digit_after_its_stop():
    text = "主要指标\n1.全县粮食产量达到28.5万吨。\n12.6万亩高标准农田建成。\n"
    got = _facts("报告.txt", text)
    assert got["28.5万吨"].indicator == "全县粮食产量"
    assert "12.6万亩" in got


def test_megawatts_and_gigawatts_stay_as_printed():
    got = _facts("规划.txt", "到2025年，全县光伏装机达到350兆瓦，新能源装机容量达到1.2吉瓦。\n")
    assert (got["350兆瓦"].value, got["350兆瓦"].unit) == (350.0, "兆瓦")
    assert (got["1.2吉瓦"].value, got["1.2吉瓦"].unit) == (1.2, "吉瓦")


def test_a_base_year_after_a_five_year_look_back_dates_the_look_backs_end():
    text = (
        "数说某市五年成就\n"
        "五年来，全市地区生产总值年均增长8.7%，一般公共预算收入是2012年的1.8倍，"
        "规模以上工业企业达到1260家。\n"
    )
    got = _analysed("某市.txt", text)
    assert got.document.meta.reference_year == 2018
    facts = {text[f.start : f.end]: f for f in got.facts}
    assert (facts["8.7%"].year, facts["8.7%"].period_start) == (2017, 2013)
    assert facts["1260家"].year == 2017


def test_a_base_year_alone_is_no_time_of_writing():
    text = "数说某市\n全市一般公共预算收入是2012年的1.8倍，规模以上工业企业达到1260家。\n"
    assert _analysed("某市.txt", text).document.meta.reference_year != 2012
