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
