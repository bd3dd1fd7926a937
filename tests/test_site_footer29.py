"""A page break inside a table of a text layer printed from a government site (round 29),
composed here in the style of a city's tourism plan (the figures are this file's own): the
page's number (a bare 1) and its footer naming the site, printed once, stand between the
header and the first row; both are page chrome, and the table reads on across them.
"""

from __future__ import annotations

from planwatch.core.data import Kind
from planwatch.pipeline import analyse_text
from planwatch.read.chrome import chrome_lines

_TEXT = (
    "某市“十五五”文化和旅游发展规划\n"
    "专栏1　“十五五”文化和旅游发展主要指标\n"
    "序号\t指标名称\t单位\t2025年基数\t2030年目标\t属性\n"
    "1\n"
    "某市人民政府网站\n"
    "1\t接待游客\t万人次\t7420\t9800\t预期性\n"
    "2\t旅游总收入\t亿元\t716\t1050\t预期性\n"
    "3\t入境游客\t万人次\t31.4\t50\t预期性\n"
)


def test_a_page_number_and_the_sites_footer_are_chrome():
    lines = {_TEXT[a:b] for a, b in chrome_lines(_TEXT)}
    assert lines == {"1", "某市人民政府网站"}


def test_the_table_reads_on_across_the_page_break():
    facts = analyse_text("某市旅游规划.txt", _TEXT).facts
    visitors = {(f.kind, f.year): f.value for f in facts if f.indicator == "接待游客"}
    assert visitors == {(Kind.ACTUAL, 2025): 7420, (Kind.TARGET, 2030): 9800}
