"""A communiqué's PDF text layer hard-wrapped at the page's edge (round 23), composed here in
the style of a city's statistical communiqué (the figures are this file's own): a line of
words with a figure in it (…地区生产总值 1530.42 亿元，) holds fewer characters than a line of
figures as wide, so counted by characters it fell short of the page and its clause on the next
line (按可比价格计算，比上年增长 6.5%。) was read without its indicator. Counted as printed, a
digit half a character, it is full and runs on.
"""

from __future__ import annotations

from planwatch.pipeline import analyse_text
from planwatch.read.wrap import wrap_gaps

_TEXT = (
    "某市统计局\n"
    "（2020 年 3 月 30 日）\n"
    "某市 2019 年国民经济和社会发展统计公报\n"
    "2019 年，全市上下坚持稳中求进工作总基调，深入实\n"
    "施创新驱动发展战略，着力推动高质量发展，全力打好\n"
    "三大攻坚战，经济运行总体平稳、稳中有进，各项社会\n"
    "事业全面进步，人民群众获得感幸福感安全感不断增强。\n"
    "一、综合\n"
    "年末全市户籍总人口 512.36 万人，常住人口 463.\n"
    "18 万人，其中城镇人口 241.07 万人，常住人口城镇\n"
    "化率 52.05%，比上年提高 1.36 个百分点。全年出生\n"
    "人口 5.12 万人，出生率 11.06‰；死亡人口 3.05 万\n"
    "人，死亡率 6.59‰；人口自然增长率 4.47‰。全年城\n"
    "镇新增就业 6.24 万人，城镇登记失业率 3.12%。\n"
    "初步核算，全市完成地区生产总值 1530.42 亿元，\n"
    "按可比价格计算，比上年增长 6.5%。其中，第一产业\n"
    "增加值 230.15 亿元，增长 3.1%；第二产业增加值\n"
    "602.33 亿元，增长 7.2%；第三产业增加值 697.94 亿\n"
    "元，增长 6.9%。\n"
    "二、农业\n"
    "全年粮食种植面积 28.61 万公顷，增长 0.52%；粮食总产量\n"
    "186.37 万吨，增长 1.25%。油料产量 12.08 万吨，增长\n"
    "3.46%；蔬菜产量 305.72 万吨，增长 4.13%；水果产量\n"
    "97.25 万吨，增长 6.08%。猪牛羊禽肉产量 35.91 万吨，\n"
    "下降 8.27%；水产品产量 11.64 万吨，增长 2.39%。\n"
)


def test_a_full_line_with_a_figure_runs_on():
    at = _TEXT.index("亿元，\n按可比") + len("亿元，")
    assert any(a <= at < b for a, b in wrap_gaps(_TEXT))


def test_the_growth_on_the_next_line_is_the_indicators():
    facts = {_TEXT[f.start : f.end]: f for f in analyse_text("t.txt", _TEXT).facts}
    growth = facts["6.5%"]
    assert "地区生产总值" in growth.indicator
    assert (growth.kind.value, growth.measure.value, growth.year) == ("actual", "growth", 2019)
