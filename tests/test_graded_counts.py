"""A third-party evaluation grades the plan's indicators and counts them by grade, each
grade quoted before its count (进度评价为“快于预期”的6项，“符合预期”的15项): each count is one
of indicators by status, named by its grade, and dated by the results column of the
evaluation's own table with a status column (2022年实际值｜进度评价), the figures the
grades judge, not by the date the evaluation's data run to. Text composed in the style of
a county portal's evaluation summary; every figure is invented."""

from planwatch.pipeline import analyse_text

_HEAD = (
    "某县人民政府门户网站　>　政务公开　>　规划信息\n"
    "发布日期：2023-09-26\n\n"
    "某县“十四五”规划纲要实施中期评估第三方评估报告（摘要）\n\n"
    "受县发展和改革委员会委托，评估机构对规划纲要实施情况开展第三方评估，"
    "评估数据截至2023年6月底。\n\n"
)
_TABLE = (
    "\n\n表1　主要指标进度评价\n"
    "指标名称｜单位｜2020年基期值｜2025年目标值｜2022年实际值｜进度评价\n"
    "一般公共预算收入｜亿元｜41.5｜55｜46.8｜正常\n"
    "常住人口城镇化率｜%｜58.2｜63｜61.0｜超前\n"
)


def _counts(body, table=_TABLE):
    text = _HEAD + body + table
    facts = analyse_text("eval.txt", text).facts
    return {f.value: (f.kind.value, f.year, f.indicator) for f in facts if f.unit == "项"}


def test_graded_counts_named_by_grade_and_dated_by_table_results():
    got = _counts("在纳入评估的24项指标中，进度评价为“超前”的6项，“正常”的15项，“滞后”的3项。")
    assert got[6.0] == ("actual", 2022, "超前")
    assert got[15.0] == ("actual", 2022, "正常")
    assert got[3.0] == ("actual", 2022, "滞后")


def test_quoted_words_without_a_grading_are_not_grades():
    got = _counts("全县建成“美丽乡村”的12项示范工程全部投用。", table="")
    assert got.get(12.0, (None, None, None))[2] != "美丽乡村"
