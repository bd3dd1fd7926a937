"""The unit table: normalising, scaling and matching units after numbers."""

from hypothesis import given
from hypothesis import strategies as st

from planwatch.core.units import (
    header_unit,
    match_unit_at,
    normalise_unit,
    same_quantity,
    unit_ending,
    unit_factor,
)


def test_normalise_compound_units():
    assert normalise_unit("亿元") == "亿元"
    assert normalise_unit("万吨标准煤") == "万吨标准煤"
    assert normalise_unit("千米") == "公里"
    assert normalise_unit("微克/立方米") == "ug/m3"
    assert normalise_unit("平方米/人") == "平方米/人"
    assert normalise_unit("万人次") == "万人次"
    assert normalise_unit("％") == "%"
    assert normalise_unit("不是单位") is None


def test_unit_factor_and_scaling():
    assert unit_factor("亿元") == ("元", 1e8)
    assert unit_factor("万元") == ("元", 1e4)
    assert same_quantity(4585100, "万元", 458.51, "亿元")
    assert not same_quantity(458.51, "亿元", 458.51, "万元")
    assert same_quantity(266.67, "公顷", 2666700, "平方米")
    assert not same_quantity(1, "公顷", 1, "人")
    # A rate per a round base, written with or without its 1 (孕产妇死亡率 14/10万).
    assert same_quantity(14, "1/10万", 14, "/10万")
    assert not same_quantity(14, "1/10万", 14, "/1万")


def test_match_unit_longest_in_real_text():
    text = "全年地区生产总值458.51亿元,增长2.8%"
    m = match_unit_at(text, text.index("亿"))
    assert (m.unit, text[m.start : m.end]) == ("亿元", "亿元")
    text = "能源综合生产能力1.1万吨标准煤"
    m = match_unit_at(text, len("能源综合生产能力1.1"))
    assert m.unit == "万吨标准煤" and m.end == len(text)
    text = "新增就业 2.82 万人"
    m = match_unit_at(text, text.index("2.82") + 4)
    assert m.unit == "万人" and text[m.start : m.end] == "万人"
    assert match_unit_at("增长8%", 3).unit == "%"
    m = match_unit_at("提高2个百分点", 3)
    assert m.unit == "个百分点"


def test_cheng_is_tenths_of_percent():
    m = match_unit_at("三成", 1)
    assert m.unit == "%" and m.info.multiplier == 10


def test_header_unit():
    assert header_unit("地区生产总值(亿元)") == "亿元"
    assert header_unit("人均地区生产总值（万元/人）") == "万元/人"
    assert header_unit("常住人口城镇化率(%)") == "%"
    assert header_unit("每千人口拥有执业(助理)医师数(人)") == "人"
    assert header_unit("地区生产总值") is None


@given(
    st.floats(min_value=0.01, max_value=1e6, allow_nan=False),
    st.sampled_from(
        [
            ("亿元", "万元", 1e4),
            ("万元", "元", 1e4),
            ("公里", "米", 1e3),
            ("万人", "人", 1e4),
            ("公顷", "平方米", 1e4),
        ]
    ),
)
def test_same_quantity_across_scales(x, units):
    big, small, factor = units
    assert same_quantity(x, big, x * factor, small)
    assert not same_quantity(x, big, x * factor * 1.01, small)


def test_slash_rate_units_and_per_hundred_thousand():
    m = match_unit_at("投资强度平均达 800万元 / 亩、", 11)
    assert (m.unit, m.end) == ("万元/亩", 17)
    m = match_unit_at("路网密度1.2公里/百平方公里", 7)
    assert m.unit == "公里/百平方公里"
    m = match_unit_at("孕产妇死亡率下降到12/10万", 11)
    assert m.unit == "/10万"
    assert match_unit_at("2019/2020年", 4) is None  # a slash between years is no unit
    assert match_unit_at("增长5%/年", 3).unit == "%"  # % takes no second unit


def test_slash_units_printed_with_spaces():
    from planwatch.core.units import match_unit_at

    text = "PM2.5浓度下降到23 微克 / 立方米。"
    um = match_unit_at(text, text.index("23") + 2)
    assert um is not None and um.unit == "ug/m3"
    assert text[um.start : um.end] == "微克 / 立方米"


def test_dan_weighs_tobacco_leaf_and_scales_to_tonnes():
    # A county communiqué counts leaf bought in 万担 (one 担 is 50 公斤).
    text = "全年收购烟叶3.6万担,增长2.1%"
    m = match_unit_at(text, text.index("万"))
    assert (m.unit, text[m.start : m.end]) == ("万担", "万担")
    assert same_quantity(3.6, "万担", 1800, "吨")


def test_the_longest_unit_glued_to_a_name_before_its_figure():
    text = "生产总值亿元28.63"
    end = text.index("2")
    assert text[unit_ending(text, 0, end, 4) : end] == "亿元"  # (not 元)
    assert unit_ending(text, end - 1, end, 4) == end - 1  # (no further back than start: 元)
    assert unit_ending("生产总值28.63", 0, 4, 4) is None
