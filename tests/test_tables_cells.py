"""Table cells and headers the layouts test does not cover: header cells with a
unit in brackets, sub-rows under an indented parent row, two values in one cell.

Every table here is composed for the test in the style of a statistics bureau's
or a plan's table; none is copied from a document.
"""

from __future__ import annotations

from planwatch.core.data import DocType, DocumentMeta, ExtractContext, Outline
from planwatch.extract.tables import recover_tables


def _ctx(doc_type: DocType = DocType.OTHER, year: int | None = None) -> ExtractContext:
    meta = DocumentMeta(doc_type=doc_type, year=year, reference_year=year)
    return ExtractContext(doc="t", meta=meta, outline=Outline())


def _facts(text: str, ctx: ExtractContext) -> set[tuple]:
    (table,) = recover_tables(text, ctx)
    out = set()
    for f in table.facts:
        assert text[f.start : f.end].strip("<≥[]").startswith(f"{f.value:g}"[:2])
        out.add((f.indicator, f.kind.value, f.measure.value, f.year, f.value, f.unit))
    return out


# A communiqué's table: no 序号 and no year in the header; the amounts column
# names its unit in brackets, the growth column its per cent.
COMMUNIQUE = "\n".join(
    [
        "全县经济运行总体平稳。",
        "表1 2023年全县生产总值及其增长速度",
        "指标",
        "绝对值(亿元)",
        "比上年增长(%)",
        "全县生产总值",
        "215.40",
        "5.6",
        "第一产业",
        "30.12",
        "3.9",
        "第二产业",
        "88.05",
        "-1.2",
        "年末全县常住人口42.3万人。",
        "",
    ]
)


def test_a_header_cell_with_its_unit_in_brackets_is_a_header():
    got = _facts(COMMUNIQUE, _ctx(DocType.STATISTICAL_COMMUNIQUE, 2023))
    assert got == {
        ("全县生产总值", "actual", "level", 2023, 215.4, "亿元"),
        ("全县生产总值", "actual", "growth", 2023, 5.6, "%"),
        ("第一产业", "actual", "level", 2023, 30.12, "亿元"),
        ("第一产业", "actual", "growth", 2023, 3.9, "%"),
        ("第二产业", "actual", "level", 2023, 88.05, "亿元"),
        ("第二产业", "actual", "growth", 2023, -1.2, "%"),
    }


def test_the_same_table_with_tabs_and_pipes():
    lines = COMMUNIQUE.split("\n")
    head, body = lines[2:5], [lines[i : i + 3] for i in range(5, 14, 3)]
    for sep in ("\t", " | "):
        rows = [sep.join(r) for r in [head, *body]]
        text = "\n".join([*lines[:2], *rows, *lines[14:]])
        got = _facts(text, _ctx(DocType.STATISTICAL_COMMUNIQUE, 2023))
        assert len(got) == 6
        assert ("第二产业", "actual", "level", 2023, 88.05, "亿元") in got


def test_a_traditional_script_table_keeps_its_names_as_printed():
    # A mirror in traditional characters: read on the folded view, named as printed.
    text = COMMUNIQUE.replace("指标", "指標").replace("绝对值(亿元)", "絕對值(億元)")
    text = text.replace("比上年增长", "比上年增長").replace("全县生产总值", "全縣生產總值")
    text = text.replace("第二产业", "第二產業")
    (table,) = recover_tables(text, _ctx(DocType.STATISTICAL_COMMUNIQUE, 2023))
    names = {(f.indicator, f.measure.value, f.unit) for f in table.facts}
    assert names == {
        ("全縣生產總值", "level", "亿元"),
        ("全縣生產總值", "growth", "%"),
        ("第一产业", "level", "亿元"),
        ("第一产业", "growth", "%"),
        ("第二產業", "level", "亿元"),
        ("第二產業", "growth", "%"),
    }


# A statistics table flattened one cell per line, its sub-rows set one step
# further in than the row whose unit they share.
INDENTED = "\n".join(
    [
        "2023年某县主要统计指标",
        "指   标",
        "总量指标",
        "运输邮电",
        " 货物运输量(万吨)",
        "8120",
        "  铁 路",
        "1020",
        "  公 路",
        "7100",
        " 旅客运输量(万人)",
        "915",
        " 快递业务量",
        "12.5",
        "对外经济",
        " 外贸进出口总额(万美元)",
        "30512",
        "  出口额",
        "21000",
        "  进口额",
        "9512",
        "实际利用外资(万美元)",
        "4100",
        "  其中:外商直接投资",
        "3800",
        "",
    ]
)


def test_indented_sub_rows_take_the_unit_of_the_row_above_them():
    got = {(f.indicator, f.value, f.unit) for f in _table(INDENTED).facts}
    assert got == {
        ("货物运输量", 8120.0, "万吨"),
        ("货物运输量-铁路", 1020.0, "万吨"),
        ("货物运输量-公路", 7100.0, "万吨"),
        ("旅客运输量", 915.0, "万人"),
        ("运输邮电-快递业务量", 12.5, None),  # level with the row above: not under it
        ("外贸进出口总额", 30512.0, "万美元"),
        ("出口额", 21000.0, "万美元"),
        ("外贸进出口总额-进口额", 9512.0, "万美元"),
        ("实际利用外资", 4100.0, "万美元"),
        ("外商直接投资", 3800.0, "万美元"),
    }


def _table(text: str):
    (table,) = recover_tables(text, _ctx(DocType.STATISTICAL_COMMUNIQUE, 2023))
    assert all(f.year == 2023 and f.kind.value == "actual" for f in table.facts)
    return table


# Two figures in one cell: a row naming two indicators, and a doubling word with
# the figure it means in brackets.
TWO = [
    ["序号", "指标", "2025年", "2030年", "属性"],
    ["1", "城镇登记失业率/城镇调查失业率(%)", "3.1/4.9", "<4/<5.5", "预期性"],
    ["2", "居民人均可支配收入(元)", "41200", "翻一番(全县≥8万元)", "预期性"],
    ["3", "每千人口执业医师数(人)", "2.9", "3.4", "预期性"],
]
TWO_EXPECTED = {
    ("城镇登记失业率", "actual", "level", 2025, None, 3.1, "%", "eq"),
    ("城镇调查失业率", "actual", "level", 2025, None, 4.9, "%", "eq"),
    ("城镇登记失业率", "target", "level", 2030, None, 4.0, "%", "le"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le"),
    ("居民人均可支配收入", "actual", "level", 2025, None, 41200.0, "元", "eq"),
    ("居民人均可支配收入", "target", "growth", 2030, 2026, 100.0, "%", "eq"),
    ("全县居民人均可支配收入", "target", "level", 2030, None, 8.0, "万元", "ge"),
    ("每千人口执业医师数", "actual", "level", 2025, None, 2.9, "人", "eq"),
    ("每千人口执业医师数", "target", "level", 2030, None, 3.4, "人", "eq"),
}


def _two_facts(text: str) -> set[tuple]:
    (table,) = recover_tables(text, _ctx())
    for f in table.facts:
        shown = text[f.start : f.end]
        assert shown == "翻一番" or f"{f.value:g}" in shown
    return {
        (f.indicator, f.kind.value, f.measure.value, f.year, f.period_start)
        + (f.value, f.unit, f.comparator.value)
        for f in table.facts
    }


def test_two_figures_in_one_cell_in_every_layout():
    layouts = {
        "lines": [c for row in TWO for c in row],
        "pipes": [" | ".join(row) for row in TWO],
        "tabs": ["\t".join(row) for row in TWO],
        "cells ending in |": [c + " |" for row in TWO for c in row],
    }
    for name, lines in layouts.items():
        text = "\n".join(["某县主要指标", *lines, "第二章 创新驱动", ""])
        assert _two_facts(text) == TWO_EXPECTED, name


def test_two_figures_in_one_cell_of_a_table_run_together():
    rows = "".join(
        f"{i} {name}{unit}{value}县统计局"
        for i, name, unit, value in [
            (1, "城镇登记失业率/城镇调查失业率", "%", "<4/<5.5"),
            (2, "居民人均可支配收入", "元", "翻一番(全县≥ 8万元) "),
            (3, "常住人口城镇化率", "%", "≥ 70"),
            (4, "森林覆盖率", "%", "≥ 62"),
            (5, "每千人口执业医师数", "人", "≥ 3.4"),
        ]
    )
    text = f"某县高质量发展指标指标名称计量单位2030年目标值数据来源{rows}\n"
    (table,) = recover_tables(text, _ctx())
    assert table.layout == "runon"
    got = {(f.indicator, f.measure.value, f.value, f.comparator.value) for f in table.facts}
    assert got == {
        ("城镇登记失业率", "level", 4.0, "le"),
        ("城镇调查失业率", "level", 5.5, "le"),
        ("居民人均可支配收入", "growth", 100.0, "eq"),
        ("全县居民人均可支配收入", "level", 8.0, "ge"),
        ("常住人口城镇化率", "level", 70.0, "ge"),
        ("森林覆盖率", "level", 62.0, "ge"),
        ("每千人口执业医师数", "level", 3.4, "ge"),
    }


def test_the_tables_view_shows_each_figure_of_a_two_figure_cell():
    from planwatch.extract.table_records import table_records

    text = "\n".join(["某县主要指标", *["\t".join(r) for r in TWO], "第二章 创新驱动", ""])
    (record,) = table_records(text, _ctx())
    cell = next(c for row in record.rows for c in row if c.text == "<4/<5.5")
    assert cell.reading == (
        "城镇登记失业率 4: target level 2030 % · 城镇调查失业率 5.5: target level 2030 %"
    )
    doubled = next(c for row in record.rows for c in row if c.text.startswith("翻一番"))
    assert "居民人均可支配收入 100: target growth 2026-2030 %" in doubled.reading
    assert "全县居民人均可支配收入 8: target level 2030 万元" in doubled.reading


def test_a_unit_wrapped_inside_its_bracket_stays_the_rows_unit():
    # A narrow name column wraps 房屋施工面积(万平方米) inside the bracket.
    lines = ["指标", "2025年", "2030年", "房屋施工面积(万平", "方米)", "3285.3", "3600"]
    lines += ["公路里程(公里)", "5120", "5600"]
    text = "\n".join(["某县主要指标", *lines, "第二章 创新驱动", ""])
    (table,) = recover_tables(text, _ctx())
    got = {(f.indicator, f.year, f.value, f.unit) for f in table.facts}
    assert got == {
        ("房屋施工面积", 2025, 3285.3, "万平方米"),
        ("房屋施工面积", 2030, 3600.0, "万平方米"),
        ("公路里程", 2025, 5120.0, "公里"),
        ("公路里程", 2030, 5600.0, "公里"),
    }


# A 类别 column printed on every row, or once over its rows.
CATEGORY_HEAD = ["类别", "指标", "2025年", "2030年", "属性"]
CATEGORY_ROWS = [
    ["经济发展", "地区生产总值(亿元)", "320", "430", "预期性"],
    ["经济发展", "城镇化率(%)", "58.6", "63", "预期性"],
    ["民生福祉", "人均寿命(岁)", "78", "79", "预期性"],
    ["民生福祉", "失业率(%)", "4.8", "5", "预期性"],
]


def _category_renderings():
    once = [r if i % 2 == 0 else ["", *r[1:]] for i, r in enumerate(CATEGORY_ROWS)]
    for printed in (CATEGORY_ROWS, once):
        rows = [CATEGORY_HEAD, *printed]
        yield [c for r in rows for c in r if c]
        yield ["\t".join(r) for r in rows]
        yield [" | ".join(r) for r in rows]
        yield ["    ".join(c for c in r if c) for r in rows]
        yield [c + " |" for r in rows for c in r if c]


def test_a_category_column_is_never_glued_onto_the_names():
    want = {
        ("地区生产总值", 320.0, "亿元"),
        ("地区生产总值", 430.0, "亿元"),
        ("城镇化率", 58.6, "%"),
        ("城镇化率", 63.0, "%"),
        ("人均寿命", 78.0, "岁"),
        ("人均寿命", 79.0, "岁"),
        ("失业率", 4.8, "%"),
        ("失业率", 5.0, "%"),
    }
    for lines in _category_renderings():
        text = "\n".join(["某县主要指标", *lines, "第二章 创新驱动", ""])
        (table,) = recover_tables(text, _ctx())
        assert {(f.indicator, f.value, f.unit) for f in table.facts} == want, lines[:6]
        assert [r.group for r in table.rows] == ["经济发展"] * 2 + ["民生福祉"] * 2


# A header of value columns only: the name column's header cell left blank.
BLANK_HEAD = ["", "2025年", "2030年", "年均增长"]
BLANK_ROWS = [
    ["地区生产总值(亿元)", "320", "430", "6左右"],
    ["常住人口城镇化率(%)", "58.6", "63", "—"],
    ["森林覆盖率(%)", "62.1", "62.5", "—"],
]


def test_a_header_of_years_alone_is_found_by_the_rows_under_it():
    rows = [BLANK_HEAD, *BLANK_ROWS]
    want = {
        ("地区生产总值", "actual", "level", 2025, 320.0),
        ("地区生产总值", "target", "level", 2030, 430.0),
        ("地区生产总值", "target", "growth", 2030, 6.0),
        ("常住人口城镇化率", "actual", "level", 2025, 58.6),
        ("常住人口城镇化率", "target", "level", 2030, 63.0),
        ("森林覆盖率", "actual", "level", 2025, 62.1),
        ("森林覆盖率", "target", "level", 2030, 62.5),
    }
    for lines in (
        ["\t".join(r) for r in rows],
        ["| " + " | ".join(r) + " |" for r in rows],
        [c for r in rows for c in r if c],
        ["    ".join(c for c in r if c) for r in rows],
    ):
        text = "\n".join(["某县主要指标", *lines, "第二章 创新驱动", ""])
        (table,) = recover_tables(text, _ctx())
        got = {(f.indicator, f.kind.value, f.measure.value, f.year, f.value) for f in table.facts}
        assert got == want, lines[0]


def test_years_over_prose_are_no_table():
    text = "\n".join(["2025年", "2030年", "全县上下团结奋斗", "再创佳绩", ""])
    assert recover_tables(text, _ctx()) == []


def test_a_header_over_words_only_is_reported_found_but_not_read():
    from planwatch.extract.tables import recover_all

    rows = [["序号", "项目", "2025年", "2030年"], ["1", "滨江大道", "建成", "投运"]]
    rows += [["2", "城东污水厂", "开工", "建成"]]
    for lines in ([c for r in rows for c in r], ["\t".join(r) for r in rows]):
        text = "\n".join(["某县重点项目安排", *lines, "第二章 保障措施", ""])
        read, unread = recover_all(text, _ctx())
        assert read == []
        (record,) = unread
        assert "no figures under the header" in record.reason
        assert record.title == "某县重点项目安排"


def test_a_sub_row_opening_with_of_which_takes_the_unit_without_indent():
    lines = ["指标", "总量指标", "实际利用外资(万美元)", "4100", "其中:外商直接投资", "3800"]
    lines += ["#高技术产业", "1200", "农作物播种面积(千公顷)", "1500.2", "粮食产量", "7540.8"]
    text = "\n".join(["2023年某县主要统计指标", *lines, ""])
    got = {(f.indicator, f.value, f.unit) for f in _table(text).facts}
    assert got == {
        ("实际利用外资", 4100.0, "万美元"),
        ("外商直接投资", 3800.0, "万美元"),
        ("实际利用外资-高技术产业", 1200.0, "万美元"),
        ("农作物播种面积", 1500.2, "千公顷"),
        ("粮食产量", 7540.8, None),  # a row of its own: no 其中, not set in
    }


def test_a_space_inside_a_name_is_layout():
    rows = [["序号", "指标", "2025年", "2030年"], ["1", "农产品抽检合格 率(%)", "97.5", "98"]]
    rows += [["2", "地区生产总值(亿元)", "320", "430"]]
    for lines in ([c for r in rows for c in r], [" ".join(r) for r in rows]):
        text = "\n".join(["某县主要指标", *lines, "第二章 创新驱动", ""])
        (table,) = recover_tables(text, _ctx())
        assert {f.indicator for f in table.facts} == {"农产品抽检合格率", "地区生产总值"}
