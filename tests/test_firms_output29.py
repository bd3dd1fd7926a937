"""The construction firms' output as communiqués state it (round 29; composed here in the style of
a county's statistical communiqué, the figures this file's own): 全年全县具有资质等级的建筑业企业完成
总产值…, 资质等级以上建筑业企业完成建筑业总产值… — the figure is the industry's output, 建筑业总产值.
"""

from __future__ import annotations

from planwatch.extract.naming_generic import firms_output_name
from planwatch.pipeline import analyse_text


def test_the_firms_output_is_the_industrys():
    assert firms_output_name("全县资质等级以上建筑业企业完成建筑业总产值") == "建筑业总产值"
    assert firms_output_name("等级的总承包和专业承包建筑业企业完成总产值") == "建筑业总产值"
    assert firms_output_name("规模以上工业总产值") == "规模以上工业总产值"
    text = (
        "某县2025年国民经济和社会发展统计公报\n"
        "三、工业和建筑业\n"
        "全年全县具有资质等级的建筑业企业完成总产值41.26亿元，增长3.8%。\n"
    )
    names = {text[f.start : f.end]: f.indicator for f in analyse_text("统计公报.txt", text).facts}
    assert names == {"41.26亿元": "建筑业总产值", "3.8%": "建筑业总产值"}


def test_the_firms_profits_are_named_as_the_statistics_name_them():
    # (round 30)
    assert (
        firms_output_name("资质等级的总承包和专业承包建筑业企业实现利润总额")
        == "建筑业企业利润总额"
    )
    assert firms_output_name("建筑业企业签订合同额") == "建筑业企业签订合同额"
    assert firms_output_name("规模以上工业企业实现利润总额") == "规模以上工业企业实现利润总额"
