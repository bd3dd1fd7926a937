"""An evaluation's indicator table, published on its own or as the evaluation's annex, is
titled over two lines: the plan's indicator list on the first, what became of it on the
second (某市“十四五”规划纲要主要指标 / 中期完成情况表). The second line goes on from the first
(describe.title_lines), and the document is the evaluation, not the plan's own table.
Tables composed for these tests in the style of city annexes; areas real, figures invented."""

from planwatch.core.data import DocType
from planwatch.describe.doctype import detect_genre
from planwatch.describe.title_lines import joined_title

_TABLE = (
    "鹤岗市发展和改革委员会\n"
    "附件1\n"
    "鹤岗市“十四五”规划纲要主要指标\n"
    "{second}\n"
    "序号 指标 单位 2020年基数 2025年目标 2022年完成 进度评价\n"
    "1 地区生产总值年均增长 % — 6 4.1 滞后\n"
    "2 一般公共预算收入 亿元 24.2 30 27.5 符合预期\n"
    "3 常住人口城镇化率 % 80.1 82 81.4 符合预期\n"
    "4 森林覆盖率 % 45.2 46 45.8 符合预期\n"
)


def test_a_midterm_results_table_is_the_midterm_evaluation():
    genre = detect_genre(_TABLE.format(second="中期完成情况表"))
    assert genre.doc_type == DocType.MIDTERM_EVALUATION


def test_the_plans_own_table_stays_a_table():
    plan = _TABLE.format(second="（2021—2025年）").replace(" 2022年完成 进度评价", " 属性")
    assert detect_genre(plan).doc_type != DocType.MIDTERM_EVALUATION


def test_the_second_line_of_a_results_table_goes_on_from_the_first():
    assert joined_title("某市规划纲要主要指标", ["中期完成情况表"]).endswith("中期完成情况表")
    assert joined_title("某市规划纲要主要指标", ["完成情况表", "序号"]).endswith("完成情况表")
    assert joined_title("某市规划纲要主要指标", ["序号 指标 单位"]) == "某市规划纲要主要指标"
