"""A communiqué's table of amounts under a quantity's name (round 32), composed here in the
style of a province's investment section (the figures are this file's own)."""

from __future__ import annotations

from planwatch.pipeline import analyse_text

_TEXT = (
    "某省2013年国民经济和社会发展统计公报\n"
    "五、固定资产投资\n"
    "全年全社会固定资产投资8620.35亿元，比上年增长19.2%。\n"
    "表5  2013年固定资产投资（不含农户）按领域分投资额及其增长速度\n"
    "\n"
    "指标                          投资额（亿元）      比上年增长（%）\n"
    "固定资产投资（不含农户）        8215.40             19.6\n"
    "  第一产业                        205.12            24.1\n"
    "  第二产业                       3310.58            16.3\n"
    "  第三产业                       4699.70            21.9\n"
)


def _facts(name: str = "某省统计公报.txt", text: str = _TEXT) -> dict[str, object]:
    """The facts of ``text`` by the characters each stands on."""
    return {text[f.start : f.end]: f for f in analyse_text(name, text).facts}


def test_amounts_under_a_quantitys_name_take_the_unit_it_names():
    got = _facts()
    for value in ("205.12", "3310.58", "4699.70"):
        assert (got[value].unit, got[value].year) == ("亿元", 2013), value


def test_a_bracket_saying_what_a_row_counts_is_no_unit():
    got = _facts()
    assert got["8215.40"].unit == "亿元" and got["8215.40"].indicator.startswith("固定资产投资")
    assert got["19.6"].unit == "%"


_TOWNS = (
    "某区2024年国民经济和社会发展统计公报\n"
    "四、财政\n"
    "全年一般公共预算收入15.82亿元，增长3.6%。镇街财政收入情况见下表。\n"
    "表1  2024年各镇街一般公共预算收入\n"
    "| 镇街 | 一般公共预算收入（万元） | 比上年增长（%） |\n"
    "|---|---|---|\n"
    "| 城关街道 | 21450 | 5.2 |\n"
    "| 河口镇 | 8630 | -1.4 |\n"
    "| 西岭乡 | 3175 | 2.8 |\n"
)


def test_a_markdown_table_of_towns_names_each_towns_figures():
    got = _facts("某区统计公报.txt", _TOWNS)
    assert got["21450"].indicator == "城关街道一般公共预算收入" and got["21450"].unit == "万元"
    assert got["-1.4"].indicator == "河口镇一般公共预算收入" and got["-1.4"].value == -1.4
    assert got["3175"].indicator == "西岭乡一般公共预算收入" and got["3175"].year == 2024


_REVISED = (
    "某区2017年国民经济和社会发展统计公报\n"
    "一、综合\n"
    "综合实力再上新台阶。经初步核算，全年全区实现地区生产总值856.20亿元（2016年地区生产总值经国家统计局"
    "统一核实，修订为781.35亿元），按可比价格计算，比上年增长7.9%，增速高于全市平均水平0.4个百分点。\n"
    "科技创新。全区大力实施“百企上云”计划，年末有效期内高新技术企业126家，比上年末增加23家。\n"
)


def test_a_bracketed_revision_dates_its_own_figure_only():
    got = _facts("某区统计公报.txt", _REVISED)
    assert got["781.35亿元"].year == 2016
    assert (got["7.9%"].year, got["0.4个百分点"].year) == (2017, 2017)


def test_a_programme_named_plan_sets_no_aim():
    got = _facts("某区统计公报.txt", _REVISED)
    assert (got["126家"].kind.value, got["23家"].kind.value) == ("actual", "actual")


_QUARTERS = (
    "某省统计局发布2023年全省经济运行情况\n"
    "发布时间：2024-01-23\n"
    "根据地区生产总值统一核算结果，2023年全省地区生产总值38215.6亿元，比上年增长5.4%。"
    "其中，第三产业增加值20163.2亿元，增长5.9%。三次产业结构为8.1:38.4:53.5。"
    "分季度看，一季度增长4.8%，上半年增长5.1%，前三季度增长5.2%，全年增长5.4%。\n"
)


def test_a_sentence_going_through_the_quarters_is_of_its_paragraphs_subject():
    facts = analyse_text("某省经济运行.txt", _QUARTERS).facts
    quarters = [f for f in facts if f.start > _QUARTERS.index("分季度看")]
    assert len(quarters) == 4
    assert all("地区生产总值" in f.indicator for f in quarters), [f.indicator for f in quarters]


_SHARES = (
    "某县2019年国民经济和社会发展统计公报\n"
    "发布时间：2020-03-30\n"
    "全年全县完成固定资产投资726.4亿元。其中，中央政府投资175.3亿元，占24.1%；地方政府投资436.9亿元，"
    "占60.1%。\n"
)


def test_the_share_of_the_whole_after_an_amount_is_a_level():
    got = _facts("某县统计公报.txt", _SHARES)
    assert (got["24.1%"].measure.value, got["60.1%"].measure.value) == ("level", "level")
    assert got["24.1%"].indicator.startswith("中央政府投资")


_LISTED = (
    "某市2022年国民经济和社会发展统计公报\n"
    "发布时间：2023-03-20\n"
    "全年新能源汽车、服务机器人、集成电路产量分别增长1.2倍、38.6%和12.4%。"
    "年末城镇登记失业率为2.7%，控制在4.5%以内。\n"
)


def test_a_multiple_then_per_cents_listed_are_all_growths():
    got = _facts("某市统计公报.txt", _LISTED)
    assert [got[v].measure.value for v in ("1.2倍", "38.6%", "12.4%")] == ["growth"] * 3


def test_a_ceiling_beside_the_years_result_is_its_aim():
    got = _facts("某市统计公报.txt", _LISTED)
    assert (got["2.7%"].kind.value, got["4.5%以内"].kind.value) == ("actual", "target")
    assert got["4.5%以内"].year == 2022


_NEWS = (
    "某市统计局发布1—8月经济运行情况\n"
    "发布时间：2024-09-20\n"
    "全市在建亿元以上项目81个，比去年同期增加6个，完成投资增长7.2%。"
    "全社会固定资产投资2023年下降2.6%，今年1—8月恢复增长4.1%。\n"
)


def test_a_base_of_last_years_same_months_and_a_growth_come_back_name_nothing():
    got = _facts("某市经济运行.txt", _NEWS)
    assert got["6个"].indicator.endswith("在建亿元以上项目")
    assert "去年同期" not in got["7.2%"].indicator
    assert got["4.1%"].indicator.endswith("全社会固定资产投资")
