"""A table's header row is no section heading (round 30), composed here in the style of a sector
plan's mid-term evaluation (the figures are this file's own): 指标	单位	2020年	2022年	2025年目标
heads columns; it dates no section after the table, whose results stay results of the year
reviewed.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.extract.section_lines import table_row
from planwatch.pipeline import analyse_text

_TEXT = (
    "某省“十四五”教育事业发展规划实施情况中期评估报告\n"
    "发布日期：2023-09-12\n"
    "二、主要指标进展情况\n"
    "表1　主要指标评估情况\n"
    "指标\t单位\t2020年\t2022年\t2025年目标\t评估\n"
    "学前教育毛入园率\t%\t88.4\t91.7\t93\t符合预期\n"
    "高等教育毛入学率\t%\t49.6\t54.2\t57\t快于预期\n"
    "三、主要进展\n"
    "（一）学前教育普及水平持续提升。两年新增公办幼儿园学位3.1万个，普惠性幼儿园覆盖率达到87.2%。\n"
    "（二）高等教育加快发展。全省普通高校达到20所。\n"
)


def test_results_after_a_tables_header_stay_results():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("某省评估.txt", _TEXT).facts}
    for value in ("3.1万个", "87.2%", "20所"):
        assert (facts[value].kind, facts[value].year) == (Kind.ACTUAL, 2022), value
    assert (facts["57"].kind, facts["57"].year) == (Kind.TARGET, 2025)


def test_a_header_of_four_cells_is_a_table_row():
    assert table_row("指标\t单位\t2020年\t2025年目标")
    assert table_row("指标  单位  2020年  2025年目标")
    assert not table_row("第二章  发展目标")
