"""A county communiqué's PDF text layer (round 28), composed here in the style of one (the figures
are this file's own): its lines hold figures spaced from their units (地区生产总值 702922 万元), so
counted in characters they are longer than the lines of words, and the page did not look
hard-wrapped: 按不变 / 价格计算 named a growth 价格计算, and a figure whose unit went to the next line
(第一产业增加值 138608 / 万元) was lost. Counted as printed (a digit or a space half a character),
most full lines run on, and the text is read joined.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from planwatch.read.wrap import looks_wrapped

_PAGE = (
    "某某县 2024 年国民经济和社会发展\n"
    "统 计 公 报\n"
    "某某县统计局\n"
    "(2025 年 4 月 10 日)\n"
    "2024 年是实现“十四五”规划目标任务的关键一年。这一年,在县\n"
    "委县政府的坚强领导下,全县上下坚持稳中求进工作总基调,经济\n"
    "运行总体平稳,社会大局和谐稳定,人民生活水平持续提高。\n"
    "一、综 合\n"
    "初步核算,全年全县地区生产总值 812436 万元,按不变\n"
    "价格计算,比上年增长 4.8%。其中,第一产业增加值 126580\n"
    "万元,增长 3.6%,占地区生产总值比重为 15.6%;第二产业\n"
    "增加值 296412 万元,增长 5.9%,占地区生产总值比重为 36.5%;\n"
    "第三产业增加值 389444 万元,增长 4.4%,占地区生产总值比重\n"
    "为 47.9%。全年人均地区生产总值 40512 元,比上年增长 5.1%。\n"
)


def test_a_page_of_spaced_figures_reads_as_wrapped():
    assert looks_wrapped(_PAGE)


def test_the_wrapped_figures_keep_their_names_and_units():
    facts = {_PAGE[f.start : f.end].split()[0]: f for f in analyse_text("c.txt", _PAGE).facts}
    assert facts["4.8%"].indicator.endswith("地区生产总值")
    first = facts["126580"]
    assert (first.indicator, first.unit) == ("第一产业增加值", "万元")
    assert facts["3.6%"].indicator == "第一产业增加值"
