"""Table forms of statistical communiqués (round 15, issue 10), composed here in the
style of real communiqués (the cells are this file's own):

* a name column headed by one word of what its rows are (产品 | 单位 | 绝对数 |
  增长（%）; 行业 | 比上年增长（%）), cells parted by full-width spaces: the word is a
  name column's header only as the whole cell, and a header of a name column and one
  value column is a table of one figure a row;
* value columns that are parts of the population (指标 | 全县 | 城镇 | 农村) under a
  title calling the figures growths (居民消费价格比上年涨跌幅度) and a 单位：% line: each
  figure a growth of the year, a part's figures named with the part before the row's
  name (城镇居民消费价格);
* a population table whose rows are age bands (0—14岁, 15—64岁, 65周岁及以上: a
  number before 岁 opening the line is the row's name, not a figure) under a header
  two lines high whose lower line prints each column's unit in brackets, set in under
  the name column (年末数 over （万人））;
* a PDF's spaced table whose longest name fills its column, one space only before the
  first figure where the other cells part by several: the figure is cut off the name
  when it stands under a value column;
* a plan's indicator table glued into one line with no separator at all, its figures
  run together (``…亿元412.7650以上9左右预期性2…``): rows end at their attribute and
  open with their 序号, the name ends at its unit, and a run of digits is cut into the
  figures the value columns still want, one decimal place each and near in size;
* a spaced header two lines high, its upper line set in over all but the name column,
  whose cells a typesetter letter-spaced (规 划 目 标), shifting the columns after them:
  the upper line as wide as the header past its name stands over it in order;
* a name closing with its unit in brackets and its first figure run into it
  (工业增加值增长（%）7.5) in a table one cell a line or run on: two cells;
* a header two lines high run on one line with its name on the upper line (指标名称
  2020年 2025年 2023年 完成, then 基期值 目标值 实际值 情况): each upper cell joined to
  the lower cell in its place;
* a communiqué's tables run on one line: a word of a quantity between header words
  (产品名称 单位 产量 比上年增长（%）) is a column of the header, a line of units in
  brackets after the header (指标 年末数 比重 （万人） （%）) gives the value columns
  their units in order, and an age band opens a row as its name;
* row names a typesetter spaced out letter by letter (玉 米, 農 林 牧 漁 業): one name,
  its last character no unit of its own, kept in the document's script;
* a run-on table from an OCR text layer whose 序号 reads I or l for 1 and O for 0
  (IO城镇登记失业率 is row 10): the rows after it are still told apart.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from tablefacts import one_table_facts

COMMUNIQUE = DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, reference_year=2025)
BEFORE = "全年规模以上工业增加值比上年增长6.1%。\n\n"
AFTER = "\n\n五、国内贸易\n"
SP = "\u3000" * 4


def _spaced(rows: list[list[str]]) -> str:
    return "\n".join(SP.join(r) for r in rows)


def test_a_product_column_headed_by_its_one_word():
    table = "表3　2024年规模以上工业主要产品产量\n" + _spaced(
        [
            ["产品", "单位", "绝对数", "增长（%）"],
            ["水泥", "万吨", "812", "-4.2"],
            ["平板玻璃", "万重量箱", "265", "3.8"],
            ["发电量", "亿千瓦时", "193.5", "7.1"],
        ]
    )
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    assert got == {
        ("水泥", "actual", "level", 2024, 812.0, "万吨"),
        ("水泥", "actual", "growth", 2024, -4.2, "%"),
        ("平板玻璃", "actual", "level", 2024, 265.0, "万重量箱"),
        ("平板玻璃", "actual", "growth", 2024, 3.8, "%"),
        ("发电量", "actual", "level", 2024, 193.5, "亿千瓦时"),
        ("发电量", "actual", "growth", 2024, 7.1, "%"),
    }


def test_a_branch_column_beside_one_growth_column():
    table = "表5　2024年分行业固定资产投资增长速度\n" + _spaced(
        [
            ["行业", "比上年增长（%）"],
            ["制造业", "9.4"],
            ["批发和零售业", "-3.1"],
            ["文化、体育和娱乐业", "12.8"],
        ]
    )
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    assert got == {
        ("制造业", "actual", "growth", 2024, 9.4, "%"),
        ("批发和零售业", "actual", "growth", 2024, -3.1, "%"),
        ("文化、体育和娱乐业", "actual", "growth", 2024, 12.8, "%"),
    }


def test_the_word_inside_a_longer_cell_is_a_row_name():
    """农产品 holds 产品 but is a row's name: a line of it and figures is no header."""
    from planwatch.extract.table_header import ColumnRole, _role

    assert _role("产品") is ColumnRole.NAME
    assert _role("农产品") is not ColumnRole.NAME
    assert _role("服务行业") is not ColumnRole.NAME


def test_population_columns_under_a_title_of_growths():
    rows = [
        ["指标", "全县", "城镇", "农村"],
        ["居民消费价格", "0.8", "0.9", "0.6"],
        ["　衣着", "-0.4", "-0.2", "-0.7"],
        ["　医疗保健", "1.3", "1.2", "1.5"],
    ]
    table = "表2　2024年居民消费价格比上年涨跌幅度\n单位：%\n" + "\n".join(
        "\t".join(r) for r in rows
    )
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    want = set()
    for name, *cells in rows[1:]:
        for part, cell in zip(("", "城镇", "农村"), cells, strict=True):
            want.add((part + name.strip("　"), "actual", "growth", 2024, float(cell), "%"))
    assert got == want


def test_population_columns_under_another_title_are_amounts():
    """The same columns under a title naming no growth (人均可支配收入, in 元): levels."""
    rows = [
        ["指标", "全县", "城镇", "农村"],
        ["居民人均可支配收入", "31250", "42180", "19730"],
        ["居民人均消费支出", "22410", "28960", "15120"],
    ]
    table = "表4　2024年居民人均收支\n单位：元\n" + "\n".join("\t".join(r) for r in rows)
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    assert ("城镇居民人均可支配收入", "actual", "level", 2024, 42180.0, "元") in got
    assert ("居民人均消费支出", "actual", "level", 2024, 22410.0, "元") in got
    assert len(got) == 6


def test_age_bands_under_a_header_with_a_line_of_units():
    rows = [
        "指标\t年末数\t比重",
        "\t（万人）\t（%）",
        "常住人口\t84.7\t100.0",
        "其中：0—14岁\t13.1\t15.47",
        "　　　15—64岁\t58.2\t68.71",
        "　　　65周岁及以上\t13.4\t15.82",
    ]
    table = "表1　2024年末人口数及其构成\n" + "\n".join(rows)
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    want = set()
    for name, stock, share in (
        ("常住人口", 84.7, 100.0),
        ("0—14岁", 13.1, 15.47),
        ("15—64岁", 58.2, 68.71),
        ("65周岁及以上", 13.4, 15.82),
    ):
        want.add((name, "actual", "level", 2024, stock, "万人"))
        want.add((name, "actual", "level", 2024, share, "%"))
    assert got == want


def test_an_age_in_a_value_column_stays_a_figure():
    """78岁 under a target column is the figure aimed at (人均预期寿命), not a name."""
    rows = [
        "序号\t指标\t2020年\t2025年\t属性",
        "1\t人均预期寿命\t77.2岁\t78岁\t预期性",
        "2\t城镇调查失业率（%）\t4.8\t＜5.5\t预期性",
    ]
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2021, period_end=2025)
    table = "专栏1　主要指标\n" + "\n".join(rows)
    got = one_table_facts(BEFORE + table + AFTER, meta)
    assert ("人均预期寿命", "target", "level", 2025, 78.0, "岁") in got


def test_a_name_filling_its_column_one_space_before_the_figure():
    lines = [
        "指标名称                  2020年     2025年     2023年     进展",
        "城市生活垃圾分类覆盖率    62.5       95         88.4       符合预期",
        "城镇新建建筑中绿色建筑占比 71.2      100        93.6       符合预期",
        "城市建成区绿地率          38.6       40         39.5       符合预期",
    ]
    meta = DocumentMeta(
        doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025, reference_year=2024
    )
    table = "表1　主要指标完成情况\n单位：%\n" + "\n".join(lines)
    got = one_table_facts(BEFORE + table + AFTER, meta)
    assert ("城镇新建建筑中绿色建筑占比", "actual", "level", 2020, 71.2, "%") in got
    assert ("城镇新建建筑中绿色建筑占比", "target", "level", 2025, 100.0, "%") in got
    assert ("城镇新建建筑中绿色建筑占比", "actual", "level", 2023, 93.6, "%") in got
    assert len(got) == 9


GLUED_ROWS = [
    ("发展质效", "1", "地区生产总值", "亿元", "412.7", "650以上", "9左右", "预期性"),
    ("", "2", "人均地区生产总值", "元", "38420", "＞60000", "—", "预期性"),
    ("", "3", "规模以上工业增加值", "亿元", "126.3", "210.0", "10.7", "预期性"),
    ("", "4", "全社会固定资产投资(五年累计)", "亿元", "[980]", "[1600]", "—", "预期性"),
    ("人民生活", "5", "城镇常住居民人均可支配收入", "元", "31240", "48000以上", "9以上", "预期性"),
    ("", "6", "城镇新增就业", "万人", "—", "[2.5]", "—", "预期性"),
    ("", "7", "单位地区生产总值能耗降低", "%", "—", "—", "完成市下达任务", "约束性"),
    ("", "8", "森林覆盖率", "%", "64.3", "65以上", "—", "约束性"),
    ("", "9", "生活污水集中处理率", "%", "82", "95", "—", "约束性"),
]


def test_a_plan_table_glued_into_one_line():
    head = "类别指标名称单位2020年2025年年均增长(%)属性"
    table = "专栏1　某县“十四五”主要指标\n" + head + "".join("".join(r) for r in GLUED_ROWS)
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2021, period_end=2025)
    got = one_table_facts(BEFORE + table + AFTER, meta)
    assert ("地区生产总值", "actual", "level", 2020, 412.7, "亿元") in got
    assert ("地区生产总值", "target", "level", 2025, 650.0, "亿元") in got
    assert ("地区生产总值", "target", "growth", 2025, 9.0, "%") in got
    assert ("人均地区生产总值", "target", "level", 2025, 60000.0, "元") in got
    assert ("规模以上工业增加值", "actual", "level", 2020, 126.3, "亿元") in got
    assert ("规模以上工业增加值", "target", "level", 2025, 210.0, "亿元") in got
    assert ("规模以上工业增加值", "target", "growth", 2025, 10.7, "%") in got
    assert ("城镇常住居民人均可支配收入", "actual", "level", 2020, 31240.0, "元") in got
    assert ("城镇常住居民人均可支配收入", "target", "level", 2025, 48000.0, "元") in got
    assert ("森林覆盖率", "target", "level", 2025, 65.0, "%") in got
    assert ("生活污水集中处理率", "actual", "level", 2020, 82.0, "%") in got
    assert ("生活污水集中处理率", "target", "level", 2025, 95.0, "%") in got
    assert len(got) == 18


def test_glued_figures_cut_as_a_reader_cuts_them():
    from planwatch.extract.table_runon_glued import figure_cells

    for glued, n, want in (
        ("412.7650以上9左右", 3, ["412.7", "650以上", "9左右"]),
        ("3124048000以上9以上", 3, ["31240", "48000以上", "9以上"]),
        ("126.3210.010.7", 3, ["126.3", "210.0", "10.7"]),
        ("8295—", 3, ["82", "95", "—"]),
        ("——完成市下达任务", 3, ["—", "—", "完成市下达任务"]),
    ):
        got = figure_cells(glued, 0, len(glued), n)
        assert got is not None and [c.text for c in got] == want, glued
    assert figure_cells("0012", 0, 4, 2) is None  # (no cut without a needless 0)


EVAL = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025, reference_year=2024
)
EVAL_WANT = {
    ("农作物播种面积", "actual", "level", 2020, 152.4, "万亩"),
    ("农作物播种面积", "target", "level", 2025, 160.0, "万亩"),
    ("农作物播种面积", "actual", "level", 2023, 156.8, "万亩"),
    ("设施农业面积", "actual", "level", 2020, 8.6, "万亩"),
    ("设施农业面积", "target", "level", 2025, 12.0, "万亩"),
    ("设施农业面积", "actual", "level", 2023, 10.1, "万亩"),
    ("高标准农田面积", "actual", "level", 2020, 61.5, "万亩"),
    ("高标准农田面积", "target", "level", 2025, 75.0, "万亩"),
    ("高标准农田面积", "actual", "level", 2023, 69.3, "万亩"),
}


def test_a_letter_spaced_header_over_two_lines():
    lines = [
        "                          2020年      2025年      2023年      评 价",
        "指 标 名 称                    基 期 值        目 标 值      实 际 值      结 论",
        "农作物播种面积（万亩）    152.4       160         156.8       符 合 预 期",
        "设施农业面积（万亩）      8.6         12          10.1        符 合 预 期",
        "高标准农田面积（万亩）    61.5        75          69.3        滞 后",
    ]
    got = one_table_facts(BEFORE + "表1　主要指标完成情况\n" + "\n".join(lines) + AFTER, EVAL)
    assert got == EVAL_WANT


def test_a_figure_run_into_a_name_one_cell_a_line():
    cells = ["指标", "年度目标", "完成", "评价"]
    cells += ["规模以上工业增加值增长（%）7.5", "8.1", "完成"]
    cells += ["固定资产投资增长（%）", "6", "4.2", "未完成"]
    cells += ["社会消费品零售总额增长（%）", "7", "7.3", "完成"]
    report = DocumentMeta(doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2025)
    table = "表1　2024年主要指标完成情况\n" + "\n".join(cells)
    got = one_table_facts(BEFORE + table + AFTER, report)
    assert ("规模以上工业增加值", "target", "growth", 2024, 7.5, "%") in got
    assert ("规模以上工业增加值", "actual", "growth", 2024, 8.1, "%") in got
    assert ("固定资产投资", "actual", "growth", 2024, 4.2, "%") in got
    assert len(got) == 6


def test_a_header_over_two_lines_run_on_with_its_name_above():
    upper = ["指标名称", "2020年", "2025年", "2023年", "完成"]
    lower = ["基期值", "目标值", "实际值", "情况"]
    rows = [
        ["农作物播种面积（万亩）", "152.4", "160", "156.8", "符合预期"],
        ["设施农业面积（万亩）", "8.6", "12", "10.1", "符合预期"],
        ["高标准农田面积（万亩）", "61.5", "75", "69.3", "滞后"],
    ]
    line = " ".join(upper + lower + [c for r in rows for c in r])
    got = one_table_facts(BEFORE + "表1　主要指标完成情况\n" + line + AFTER, EVAL)
    assert got == EVAL_WANT
    # (The same header one cell a line, a blank line between cells.)
    lines = "\n\n".join(upper + lower + [c for r in rows for c in r])
    got = one_table_facts(BEFORE + "表1　主要指标完成情况\n" + lines + AFTER, EVAL)
    assert got == EVAL_WANT


def test_a_year_over_a_word_of_no_kind_is_no_upper_line():
    """指标 2015年 2020年 2020年 评价 基数 …: 评价 under 2015年 is no lower half (a year's
    lower half names a kind), so no split pairs them."""
    from planwatch.core.data import Span
    from planwatch.extract.table_cells import TextCell
    from planwatch.extract.table_cells_flat import name_over_halves

    words = ["指标", "2015年", "2020年", "2020年", "评价", "基数", "规划目标", "实际完成"]
    cells = [TextCell(w, Span(0, 0)) for w in [*words, "城镇登记失业率（%）", "3.6"]]
    assert name_over_halves(cells, 0, len(words)) is None


def test_communique_tables_run_on_one_line():
    products = "产品名称 单位 产量 比上年增长（%） 水泥 万吨 812 -4.2 平板玻璃 万重量箱 265 3.8 "
    products += "发电量 亿千瓦时 193.5 7.1 原油加工量 万吨 412 2.6 汽车 万辆 12.4 15.1"
    got = one_table_facts(BEFORE + "表3　2024年主要工业产品产量\n" + products + AFTER, COMMUNIQUE)
    assert ("水泥", "actual", "level", 2024, 812.0, "万吨") in got
    assert ("平板玻璃", "actual", "growth", 2024, 3.8, "%") in got
    assert len(got) == 10
    people = "指标 年末数 比重 （万人） （%） 常住人口 84.7 100.0 其中：城镇 51.3 60.57 "
    people += "乡村 33.4 39.43 其中：0—14岁 13.1 15.47 15—64岁 58.2 68.71 65周岁及以上 13.4 15.82"
    got = one_table_facts(BEFORE + "表1　2024年末人口数及其构成\n" + people + AFTER, COMMUNIQUE)
    assert ("城镇", "actual", "level", 2024, 51.3, "万人") in got
    assert ("城镇", "actual", "level", 2024, 60.57, "%") in got
    assert ("15—64岁", "actual", "level", 2024, 58.2, "万人") in got
    assert ("65周岁及以上", "actual", "level", 2024, 15.82, "%") in got
    assert len(got) == 12


def test_letter_spaced_row_names_one_cell_a_line():
    cells = ["指 標", "絕對值(億元)", "比上年增長(%)"]
    cells += ["全 區 生 產 總 值", "1286.40", "5.9", "農 林 牧 漁 業", "96.12", "3.1"]
    cells += ["工 業", "402.77", "7.4", "金 融 業", "88.05", "4.6"]
    table = "表１　2024年全區生產總值及其增長速度\n" + "\n".join(cells)
    got = one_table_facts(BEFORE + table + AFTER, COMMUNIQUE)
    assert ("農林牧漁業", "actual", "level", 2024, 96.12, "亿元") in got  # (units normalised)
    assert ("工業", "actual", "level", 2024, 402.77, "亿元") in got
    assert ("工業", "actual", "growth", 2024, 7.4, "%") in got
    assert len(got) == 8


def test_an_ocr_row_number_in_a_run_on_table():
    names = [
        "地区生产总值",
        "一般公共预算收入",
        "固定资产投资",
        "社会消费品零售总额",
        "进出口总额",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "常住人口城镇化率",
        "研发经费投入强度",
        "城镇登记失业率",
        "森林覆盖率",
    ]
    rows = []
    for i, name in enumerate(names, 1):
        number = "IO" if i == 10 else ("l1" if i == 11 else str(i))
        rows.append(f"{number}{name} {20 + i}.5 {30 + i} 预期性")
    line = "序号 指标 2020年 2025年 属性 " + " ".join(rows)
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2021, period_end=2025)
    got = one_table_facts(BEFORE + "表1　主要指标\n" + line + AFTER, meta)
    assert ("城镇登记失业率", "target", "level", 2025, 40.0, None) in got
    assert ("森林覆盖率", "actual", "level", 2020, 31.5, None) in got
    assert len(got) == 22
