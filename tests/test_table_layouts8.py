"""Table forms that still misread in round 13, each composed here in the style of real
evaluations and plans (the cells are this file's own):

* a tab-delimited header two lines high, the lower line set in under the name columns
  (2020年 over 基数, 规划目标 over (2025年)): joined by position;
* a PDF's spaced header whose cells break across lines (2020年 / 规划目标, 完成 / 情况):
  joined back into one cell per column.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.tables import recover_tables
from tablefacts import one_table_facts, table_ctx

BEFORE = "各项主要指标进展情况见下表。\n\n"
AFTER = "\n\n三、存在的主要问题\n"


def _facts(table: str, meta: DocumentMeta | None = None) -> set[tuple]:
    return one_table_facts(BEFORE + table + AFTER, meta)


MIDTERM = DocumentMeta(doc_type=DocType.MIDTERM_EVALUATION, period_start=2021, period_end=2025)

# (name, unit, base 2020, aim 2025, result 2023)
EVAL_ROWS = [
    ("规模以上工业增加值", "亿元", "812", "1150", "968"),
    ("社会消费品零售总额", "亿元", "655", "900", "742"),
    ("每千人口医疗卫生机构床位数", "张", "5.1", "6.2", "5.7"),
    ("农村自来水普及率", "%", "88", "95", "92.5"),
]


def _eval_expected() -> set[tuple]:
    out = set()
    for name, unit, base, aim, got in EVAL_ROWS:
        out.add((name, "actual", "level", 2020, float(base), unit))
        out.add((name, "target", "level", 2025, float(aim), unit))
        out.add((name, "actual", "level", 2023, float(got), unit))
    return out


# -- a delimited header two lines high, the lower half by position ------------------


def _slotted(sep: str, border: str = "") -> str:
    def line(cells: list[str]) -> str:
        return border + sep.join(cells) + border

    head = line(["序号", "指标名称", "单位", "2020年", "规划目标", "中期完成", "属性", "评价"])
    # (The lower line leaves 序号, 指标名称 and 单位 blank, and the cells after its last.)
    lower = line(["", "", "", "基期值", "(2025年)", "(2023年)"] + ([" ", " "] if border else []))
    rows = [
        line([str(i), name, unit, base, aim, got, "预期性", "滞后" if i % 2 else "符合预期"])
        for i, (name, unit, base, aim, got) in enumerate(EVAL_ROWS, 1)
    ]
    return "\n".join(["表1 某市“十四五”规划主要指标中期评估表", head, lower, *rows])


def test_tab_header_with_its_lower_half_set_in_by_tabs():
    assert _facts(_slotted("\t"), MIDTERM) == _eval_expected()


def test_pipe_header_with_its_lower_half_set_in_by_pipes():
    assert _facts(_slotted(" | ", "| "), MIDTERM) == _eval_expected()


def test_a_lower_line_of_its_own_columns_is_left_alone():
    # A second line as wide as the first, opening with a cell of its own, is no lower
    # half: its cells are not joined to the cells above them.
    text = "\n".join(
        [
            "指标\t2020年\t2025年\t属性",
            "序号\t基期\t目标\t备注",
            "城市污水处理率(%)\t93\t97\t约束性",
            "生活垃圾回收利用率(%)\t31\t38\t预期性",
        ]
    )
    tables = recover_tables(BEFORE + text + AFTER, table_ctx())
    labels = [c.label for t in tables for c in t.columns]
    assert not any(label.startswith("2020年") and "基期" in label for label in labels)


# -- a spaced header whose cells break across lines -----------------------------------


def _broken_spaced(pad: str) -> str:
    lines = [
        "某市“十四五”规划主要指标中期完成情况",
        f"{pad}指标名称（单位）  2020年  2025年",
        "规划目标  2023年",
        "实际完成  属性  进展",
        "情况",
    ]
    for i, (name, unit, base, aim, got) in enumerate(EVAL_ROWS):
        status = "滞后" if i % 2 else "符合预期"
        lines.append(f"{pad}{name}（{unit}）  {base}  {aim}  {got}  预期性  {status}")
    return "\n".join(lines)


def test_spaced_header_broken_over_four_lines():
    assert _facts(_broken_spaced("　　"), MIDTERM) == _eval_expected()


def test_spaced_header_broken_without_indent():
    assert _facts(_broken_spaced(""), MIDTERM) == _eval_expected()


# -- a spaced header whose lower line of bracketed kinds stands anywhere ---------------

PLAN = DocumentMeta(doc_type=DocType.SECTOR_PLAN, period_start=2021, period_end=2025)

# (category, name, unit, 2020 as printed, 2025 as printed)
PLAN_ROWS = [
    ("水利设施", "新增供水能力", "万立方米", "—", "≥3200"),
    ("", "农田有效灌溉面积", "万亩", "212", "226"),
    ("水生态", "重要水功能区水质达标率", "%", "86.5", "≥92"),
    ("", "水土流失治理面积", "平方公里", "118", "160"),
]


def _kind_line(lower: str) -> str:
    lines = ["专栏2 某市“十四五”水利发展主要指标", "类别 指标 单位 2020年 2025年 属性", lower]
    for cat, name, unit, base, aim in PLAN_ROWS:
        lines.append(" ".join(x for x in (cat, name, unit, base, aim, "预期性") if x))
    return "\n".join(lines)


def _kind_expected() -> set[tuple]:
    out = set()
    for _, name, unit, base, aim in PLAN_ROWS:
        if base != "—":
            out.add((name, "actual", "level", 2020, float(base), unit))
        out.add((name, "target", "level", 2025, float(aim.lstrip("≥")), unit))
    return out


def test_bracketed_kinds_under_the_years_set_in_by_one_space():
    # (Typed by hand: the lower half stands under 指标 and 单位, not under the years.)
    assert _facts(_kind_line(" （现状） （目标）"), PLAN) == _kind_expected()


def test_bracketed_base_and_target_half_a_column_off():
    # (（基期） stands under 单位, （目标） between the two years.)
    assert _facts(_kind_line("          （基期）  （目标）"), PLAN) == _kind_expected()


# -- a communiqué's table one cell a line, its header cells broken over lines -----------

COMMUNIQUE = DocumentMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE, year=2024)

# (name, unit, amount, growth as printed)
PRODUCTS = [
    ("原盐", "万吨", "46.2", "3.1"),
    ("化学纤维", "万吨", "12.75", "-2.4"),
    ("　#涤纶", "万吨", "9.8", "1.6"),
    ("饮料", "万吨", "31.4", "8.3"),
]


def _products(header: list[str]) -> str:
    lines = ["表4　2024年规模以上工业主要产品产量及其增长速度", *header]
    for row in PRODUCTS:
        lines.extend(row)
    return "\n".join(lines)


def _products_expected() -> set[tuple]:
    out = set()
    for name, unit, amount, growth in PRODUCTS:
        name = name.strip("　#")
        out.add((name, "actual", "level", 2024, float(amount), unit))
        out.add((name, "actual", "growth", 2024, float(growth), "%"))
    return out


def test_output_and_a_growth_header_broken_after_bi_shang_nian():
    header = ["产品名称", "单位", "产量", "比上年", "增长（%）"]
    assert _facts(_products(header), COMMUNIQUE) == _products_expected()


def test_output_header_whole_on_its_lines():
    header = ["产品名称", "单位", "产量", "比上年增长（%）"]
    assert _facts(_products(header), COMMUNIQUE) == _products_expected()


INCOME = [("全体居民人均可支配收入", "31240", "5.6"), ("　工资性收入", "17105", "6.2")]


def test_amount_and_growth_with_their_units_on_lines_of_their_own():
    lines = ["表5　2024年居民收支主要指标", "指标", "绝对数", "（元）", "比上年增长", "（%）"]
    for row in INCOME:
        lines.extend(row)
    expected = set()
    for name, amount, growth in INCOME:
        expected.add((name.strip("　"), "actual", "level", 2024, float(amount), "元"))
        expected.add((name.strip("　"), "actual", "growth", 2024, float(growth), "%"))
    assert _facts("\n".join(lines), COMMUNIQUE) == expected


def test_a_row_name_after_the_header_stays_a_row():
    # A short row name opening the body (粮食) with figures after it is no header cell.
    lines = ["表1　2024年主要农产品产量", "产品名称", "单位", "产量", "比上年增长（%）"]
    lines += ["粮食", "万吨", "52.6", "1.2", "油料", "万吨", "3.4", "-0.8"]
    facts = _facts("\n".join(lines), COMMUNIQUE)
    assert ("粮食", "actual", "level", 2024, 52.6, "万吨") in facts
    assert ("油料", "actual", "growth", 2024, -0.8, "%") in facts


# -- a rate's aim under the growth column, its year column left blank -------------------


def test_a_rate_aim_under_the_growth_column_is_a_level():
    lines = [
        "专栏1　某省“十五五”时期主要指标",
        "指标\t2025年\t2030年\t年均增长〔累计〕\t属性",
        "地区生产总值增长（%）\t5.2\t—\t5左右\t预期性",
        "城镇调查失业率（%）\t5.1\t—\t＜5.5\t预期性",
        "森林覆盖率（%）\t41.6\t42.5\t〔0.9〕\t约束性",
    ]
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030)
    facts = _facts("\n".join(lines), meta)
    assert ("城镇调查失业率", "target", "level", 2030, 5.5, "%") in facts
    assert ("地区生产总值", "target", "growth", 2030, 5.0, "%") in facts


# -- short cells spaced out letter by letter (a typesetter's 类 别, 预 期 性) -------------

# (category, name, unit, 2025, 2030 as printed, growth as printed)
SPACED_ROWS = [
    ("经济发展", "地区生产总值", "亿元", "2860", "3900", "6%左右"),
    ("", "人均地区生产总值", "万元", "7.4", "10以上", "—"),
    ("", "一般公共预算收入", "亿元", "176", "240", "6.5%"),
    ("民生福祉", "城镇调查失业率", "%", "5.2", "<5.5", "—"),
    ("", "人均预期寿命", "岁", "78.9", "80", "〔1.1〕"),
]


def _spaced_out(word: str) -> str:
    return " ".join(word)


def test_run_on_table_with_its_short_cells_spaced_letter_by_letter():
    head = ["类别", "指标", "单位", "2025年", "2030年", "年均增长/累计", "属性"]
    parts = [_spaced_out(h) if len(h) <= 4 and not h[0].isdigit() else h for h in head]
    for cat, name, unit, base, aim, growth in SPACED_ROWS:
        cells = ([_spaced_out(cat)] if cat else []) + [name, _spaced_out(unit), base, aim, growth]
        parts += cells + [_spaced_out("预期性")]
    text = "表3  某市“十五五”经济社会发展主要指标\n" + " ".join(parts)
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030)
    facts = _facts(text, meta)
    assert ("地区生产总值", "actual", "level", 2025, 2860.0, "亿元") in facts
    assert ("人均地区生产总值", "target", "level", 2030, 10.0, "万元") in facts
    assert ("一般公共预算收入", "target", "growth", 2030, 6.5, "%") in facts
    assert ("人均预期寿命", "target", "level", 2030, 80.0, "岁") in facts
    # The spaced 类别 labels name no row.
    assert not any(f[0].startswith(("经济", "民生")) for f in facts)


def test_communique_header_one_cell_a_line_spaced_out():
    header = [_spaced_out("产品名称"), _spaced_out("单位"), _spaced_out("产量"), "比上年增长（%）"]
    assert _facts(_products(header), COMMUNIQUE) == _products_expected()


# -- a 其中 row under a 类别 label printed once, one cell a line ---------------------------


def test_of_which_row_takes_no_category_label_as_its_parent():
    lines = [
        "专栏2　某市“十四五”交通发展主要指标",
        "类别",
        "指标",
        "单位",
        "2020年",
        "2025年",
        "属性",
    ]
    lines += ["综合交通", "高速公路通车里程", "公里", "512.4", "640", "预期性", ""]
    lines += ["铁路营业里程", "公里", "388.6", "470", "预期性", ""]
    lines += ["其中：城际铁路", "公里", "96.2", "180", "预期性"]
    facts = _facts("\n".join(lines), PLAN)
    assert ("城际铁路", "target", "level", 2025, 180.0, "公里") in facts
    assert ("铁路营业里程", "actual", "level", 2020, 388.6, "公里") in facts


# -- an evaluation's 完成进度 (a share of the aim done) beside a status column of words -------

REVIEW = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    period_start=2021,
    period_end=2025,
    published="2024-03",
    as_of_year=2023,
)


def _progress(head_progress: str, status: str, cell: str) -> set[tuple]:
    lines = [
        "表2　某县“十四五”规划主要指标中期进展",
        f"指标\t2020年\t规划目标\t实际完成\t{head_progress}\t{status}",
        f"规模以上工业增加值(亿元)\t305\t480\t402\t{cell.format(55.4)}\t滞后",
        "森林覆盖率(%)\t58.3\t60\t60.4\t—\t提前完成",
        "单位地区生产总值能耗降低(%)\t—\t完成市下达任务\t[8.1]\t—\t符合预期",
    ]
    return _facts("\n".join(lines), REVIEW)


def test_progress_in_percent_cells_is_a_result_of_the_reviewed_year():
    facts = _progress("完成进度", "进展情况", "{}%")
    assert ("规模以上工业增加值完成进度", "actual", "level", 2023, 55.4, "%") in facts
    assert ("规模以上工业增加值", "actual", "level", 2023, 402.0, "亿元") in facts
    assert ("森林覆盖率", "actual", "level", 2023, 60.4, "%") in facts


def test_progress_under_a_header_printing_its_unit():
    facts = _progress("完成进度(%)", "完成情况", "{}")
    assert ("规模以上工业增加值完成进度", "actual", "level", 2023, 55.4, "%") in facts
    # The status words (滞后, 提前完成) and the aim in words give no figure.
    assert len(facts) == 8


# -- a communiqué's table of its counties: rows are areas, columns indicators ---------------

# (county, GDP, growth, budget revenue) of an invented prefecture's counties
COUNTIES = [
    ("宁乡市", "1203.5", "4.9", "62.18"),
    ("浏阳市", "1588.2", "5.3", "81.40"),
    ("长沙县", "2110.7", "—", "105.6"),
]


def _county_table(sep: str) -> str:
    head = sep.join(
        ["县（市、区）", "地区生产总值（亿元）", "增长（%）", "一般公共预算收入（亿元）"]
    )
    rows = [sep.join(row) for row in COUNTIES]
    return "\n".join(["表6　2024年各县（市、区）主要经济指标", head, *rows])


def _county_expected() -> set[tuple]:
    out = set()
    for _, gdp, growth, revenue in COUNTIES:
        out.add(("地区生产总值", "actual", "level", 2024, float(gdp), "亿元"))
        if growth != "—":
            out.add(("地区生产总值", "actual", "growth", 2024, float(growth), "%"))
        out.add(("一般公共预算收入", "actual", "level", 2024, float(revenue), "亿元"))
    return out


def test_county_rows_tab_parted():
    assert _facts(_county_table("\t"), COMMUNIQUE) == _county_expected()


def test_county_rows_space_parted():
    assert _facts(_county_table("  "), COMMUNIQUE) == _county_expected()


def test_county_rows_each_figure_on_its_county_line():
    text = BEFORE + _county_table("\t") + AFTER
    (table,) = recover_tables(text, table_ctx(COMMUNIQUE))
    for f in table.facts:
        line = text[text.rfind("\n", 0, f.start) + 1 : f.start]
        assert line.split("\t")[0] in {c[0] for c in COUNTIES}
        assert text[f.quote_start : f.quote_end].startswith(line.split("\t")[0])


def test_a_list_of_counties_with_words_is_no_table():
    lines = [
        "县（市、区）\t牵头单位（部门）\t完成时限（年）",
        "宁乡市\t市发展改革局\t长期坚持",
        "浏阳市\t市工业和信息化局\t长期坚持",
    ]
    assert recover_tables(BEFORE + "\n".join(lines) + AFTER, table_ctx(COMMUNIQUE)) == []


def test_plan_box_sharing_one_aim_among_counties_without_a_header():
    shares = [("宁乡市", "0.8"), ("浏阳市", "1.1"), ("长沙县", "1.4"), ("望城区", "0.6")]
    lines = ["专栏3　各县（市、区）新增普惠性托位任务（单位：万个）"]
    lines += [f"{county}　{value}" for county, value in shares]
    facts = _facts("\n".join(lines), PLAN)
    expected = {
        ("新增普惠性托位任务", "target", "level", 2025, float(v), "万个") for _, v in shares
    }
    assert facts == expected


def test_a_letter_to_the_counties_is_no_table():
    lines = ["各县（市、区）人民政府，市直有关单位：", "现将《规划》印发给你们，请认真贯彻执行。"]
    assert recover_tables(BEFORE + "\n".join(lines) + AFTER, table_ctx(PLAN)) == []


# -- a growth column holding —, 一 or nothing where a growth does not apply ---------------

GROWTH_ROWS = [
    ("地区生产总值（亿元）", "3120", "4300", "6.5"),
    ("人均地区生产总值（元）", "68500", "90000", "一"),
    ("城镇调查失业率（%）", "5.3", "<5.5", ""),
    ("森林覆盖率（%）", "44.1", "45", "—"),
]


def _growth_facts(layout: str) -> set[tuple]:
    head = ["指标", "2025年", "2030年", "年均增长（%）"]
    if layout == "lines":
        text = "\n".join(head + [x for row in GROWTH_ROWS for x in row if x])
    else:
        sep = "\t" if layout == "tab" else "  "
        rows = [sep.join(x for x in row if x or sep == "\t") for row in GROWTH_ROWS]
        text = "\n".join([sep.join(head), *rows])
    meta = DocumentMeta(doc_type=DocType.FIVE_YEAR_PLAN, period_start=2026, period_end=2030)
    return _facts(text, meta)


def test_growth_column_not_applicable_in_every_layout():
    expected = {
        ("地区生产总值", "actual", "level", 2025, 3120.0, "亿元"),
        ("地区生产总值", "target", "level", 2030, 4300.0, "亿元"),
        ("地区生产总值", "target", "growth", 2030, 6.5, "%"),
        ("人均地区生产总值", "actual", "level", 2025, 68500.0, "元"),
        ("人均地区生产总值", "target", "level", 2030, 90000.0, "元"),
        ("城镇调查失业率", "actual", "level", 2025, 5.3, "%"),
        ("城镇调查失业率", "target", "level", 2030, 5.5, "%"),
        ("森林覆盖率", "actual", "level", 2025, 44.1, "%"),
        ("森林覆盖率", "target", "level", 2030, 45.0, "%"),
    }
    for layout in ("tab", "spaced", "lines"):
        assert _growth_facts(layout) == expected, layout


def test_spaced_header_broken_over_lines_above_a_body_one_cell_a_line():
    lines = [
        "某市“十四五”规划主要指标中期完成情况",
        "指标名称（单位）  2020年  2025年",
        "规划目标  2023年",
        "实际完成  属性  进展",
        "情况",
        "",
    ]
    for i, (name, unit, base, aim, got) in enumerate(EVAL_ROWS):
        lines += [
            f"{name}（{unit}）",
            base,
            aim,
            got,
            "预期性",
            "滞后" if i % 2 else "符合预期",
            "",
        ]
    assert _facts("\n".join(lines), MIDTERM) == _eval_expected()
