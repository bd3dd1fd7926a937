"""One synthetic indicator table rendered in every layout it is published in.

The table is composed in the style of a county plan's main indicator table
(十五五, base year 2025). Each layout below is the same table flattened the
way a scraper, a word processor or a PDF text layer flattens it; every layout
must give the same facts, each grounded on its cell.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

import pytest

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract.tables import recover_tables

TITLE = "某县“十五五”经济社会发展主要指标"
HEADER = ["序号", "指标", "2025年", "2030年", "年均增长", "属性"]
# A group row has one cell; "—" is an empty cell as printed.
ROWS: list[list[str]] = [
    ["一、经济发展"],
    ["1", "地区生产总值(亿元)", "320", "430", "6左右", "预期性"],
    ["2", "常住人口城镇化率(%)", "58.6", "63", "[4.4]", "预期性"],
    ["3", "研究与试验发展经费投入强度(%)", "1.85", "2.5", "—", "预期性"],
    ["二、民生福祉"],
    ["4", "城镇调查失业率(%)", "4.8", "<5.5", "—", "预期性"],
    ["5", "每千人口执业医师数(人)", "2.9", "3.4", "—", "预期性"],
    ["三、绿色生态"],
    ["6", "单位地区生产总值能源消耗降低(%)", "—", "—", "〔13.5〕", "约束性"],
    ["7", "森林覆盖率(%)", "62.1", "≥62.5", "—", "约束性"],
]
NOTE = "注:[]内为五年累计数。"
BEFORE = "全县经济社会发展的主要目标如下。"
AFTER = "第二章 坚持创新驱动发展"

# (indicator, kind, measure, year, period_start, value, unit, comparator, binding)
EXPECTED = {
    ("地区生产总值", "actual", "level", 2025, None, 320.0, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "level", 2030, None, 430.0, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "growth", 2030, 2026, 6.0, "%", "approx", "expected"),
    ("常住人口城镇化率", "actual", "level", 2025, None, 58.6, "%", "eq", "expected"),
    ("常住人口城镇化率", "target", "level", 2030, None, 63.0, "%", "eq", "expected"),
    ("常住人口城镇化率", "target", "change", 2030, 2026, 4.4, "%", "eq", "expected"),
    ("研究与试验发展经费投入强度", "actual", "level", 2025, None, 1.85, "%", "eq", "expected"),
    ("研究与试验发展经费投入强度", "target", "level", 2030, None, 2.5, "%", "eq", "expected"),
    ("城镇调查失业率", "actual", "level", 2025, None, 4.8, "%", "eq", "expected"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le", "expected"),
    ("每千人口执业医师数", "actual", "level", 2025, None, 2.9, "人", "eq", "expected"),
    ("每千人口执业医师数", "target", "level", 2030, None, 3.4, "人", "eq", "expected"),
    # (A bracketed five-year fall: GOLD_SPEC's bracketed cumulative value, a change.)
    ("单位地区生产总值能源消耗降低", "target", "change", 2030, 2026, 13.5, "%", "eq", "binding"),
    ("森林覆盖率", "actual", "level", 2025, None, 62.1, "%", "eq", "binding"),
    ("森林覆盖率", "target", "level", 2030, None, 62.5, "%", "ge", "binding"),
}


class Table(NamedTuple):
    header: list[str]
    rows: list[list[str]]

    def __iter__(self):  # the header, then the rows
        return iter([self.header, *self.rows])


MAIN = Table(HEADER, ROWS)


def _doc(*lines: str) -> str:
    return "\n".join([BEFORE, TITLE, *lines, NOTE, AFTER, ""])


def _cells_per_line(t: Table, suffix: str = "") -> list[str]:
    return [c + suffix for row in [*t] for c in row]


def _rows(t: Table, sep: str, border: bool = False) -> list[str]:
    width = len(t.header)
    out = []
    for row in [*t]:
        cells = row + [""] * (width - len(row))
        line = sep.join(cells)
        out.append(f"{sep.strip()} {line} {sep.strip()}" if border else line)
    return out


def layout_lines(t: Table = MAIN) -> str:
    return _doc(*_cells_per_line(t))


def layout_lines_blank(t: Table = MAIN) -> str:
    # A scraped table: a blank line after every cell.
    return _doc(*[c + "\n" for c in _cells_per_line(t)])


def layout_lines_pipe(t: Table = MAIN) -> str:
    return _doc(*_cells_per_line(t, " |"))


def layout_pipe_rows(t: Table = MAIN) -> str:
    return _doc(*_rows(t, " | ", border=True))


def layout_pipe_bare(t: Table = MAIN) -> str:
    return _doc(*_rows(t, "|"))


def layout_tab_rows(t: Table = MAIN) -> str:
    return _doc(*_rows(t, "\t"))


def layout_spaced_rows(t: Table = MAIN) -> str:
    out = []
    for row in [*t]:
        out.append("    ".join(row))
    return _doc(*out)


def layout_single_spaced_rows(t: Table = MAIN) -> str:
    # A PDF text layer without rulings: one row a line, cells one space apart.
    return _doc(*[" ".join(row) for row in [*t]])


def layout_pdf_wrapped_rows(t: Table = MAIN) -> str:
    # A tall cell in a PDF text layer: its first line stands above its row's line.
    out = []
    for row in [*t]:
        if len(row) > 1 and len(row[1]) > 12:
            out.append(row[1][:7])
            row = [row[0], row[1][7:], *row[2:]]
        out.append(" ".join(row))
    return _doc(*out)


def layout_wrapped_cells(t: Table = MAIN) -> str:
    # Long names wrapped over two lines, as a narrow column prints them.
    lines = []
    for c in _cells_per_line(t):
        if len(c) > 12:
            lines += [c[:10], c[10:]]
        else:
            lines.append(c)
    return _doc(*lines)


def layout_junk_between(t: Table = MAIN) -> str:
    # Junk a scrape leaves: entities, decoration lines and zero-width marks.
    lines = []
    for i, c in enumerate(_cells_per_line(t)):
        lines.append(c)
        if i % 4 == 1:
            lines.append("&nbsp;")
        if i % 7 == 3:
            lines.append("\u200b")
    return _doc(*lines)


def layout_html_markup(t: Table = MAIN) -> str:
    width = len(t.header)
    rows = []
    for row in [*t]:
        if len(row) == 1:
            rows.append(f'<tr><td colspan="{width}">{html.escape(row[0])}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    return _doc('<table border="1">', *rows, "</table>")


def layout_repeated_header(t: Table = MAIN) -> str:
    cells = _cells_per_line(t)
    cut = len(t.header) + 1 + 3 * len(t.header)  # after row 3: a new page repeats the header
    return _doc(*cells[:cut], *t.header, *cells[cut:])


LAYOUTS = {
    name[len("layout_") :]: fn
    for name, fn in sorted(globals().items())
    if name.startswith("layout_")
}


def _ctx() -> ExtractContext:
    return ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())


def _sig(f) -> tuple:
    return (
        f.indicator,
        f.kind.value,
        f.measure.value,
        f.year,
        f.period_start,
        f.value,
        f.unit,
        f.comparator.value,
        f.binding.value if f.binding else None,
    )


# The second table: a 2035 column, footnote marks (①, ☆, *) and a parent row
# (城镇化率) whose sub-rows carry no 序号.
MARKED = Table(
    ["序号", "指标", "2025年", "2030年", "2035年", "属性"],
    [
        ["1", "地区生产总值①(亿元)", "320", "430", "600", "预期性"],
        ["2", "城镇化率"],
        ["", "常住人口城镇化率(%)", "58.6", "63", "70", "预期性"],
        ["", "户籍人口城镇化率(%)", "40.2", "45", "—", "约束性"],
        ["3", "☆森林覆盖率(%)", "62.1", "≥62.5", "—", "约束性"],
        ["4", "城镇调查失业率*(%)", "4.8", "<5.5", "—", "预期性"],
    ],
)
MARKED_EXPECTED = {
    ("地区生产总值", "actual", "level", 2025, None, 320.0, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "level", 2030, None, 430.0, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "level", 2035, None, 600.0, "亿元", "eq", "expected"),
    ("常住人口城镇化率", "actual", "level", 2025, None, 58.6, "%", "eq", "expected"),
    ("常住人口城镇化率", "target", "level", 2030, None, 63.0, "%", "eq", "expected"),
    ("常住人口城镇化率", "target", "level", 2035, None, 70.0, "%", "eq", "expected"),
    ("户籍人口城镇化率", "actual", "level", 2025, None, 40.2, "%", "eq", "binding"),
    ("户籍人口城镇化率", "target", "level", 2030, None, 45.0, "%", "eq", "binding"),
    ("森林覆盖率", "actual", "level", 2025, None, 62.1, "%", "eq", "binding"),
    ("森林覆盖率", "target", "level", 2030, None, 62.5, "%", "ge", "binding"),
    ("城镇调查失业率", "actual", "level", 2025, None, 4.8, "%", "eq", "expected"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le", "expected"),
}
# The third table: odd cells as printed (一 and ≥ for empty, a full stop for a
# decimal point, a range, round and mismatched brackets for cumulative figures).
ODD = Table(
    ["序号", "指标", "2025年", "2030年", "年均增长", "属性"],
    [
        ["1", "地区生产总值(亿元)", "76。7", "一", ">6.5", "预期性"],
        ["2", "常住人口城镇化率(%)", "58.6", "60-62", "(3.4)", "预期性"],
        ["3", "城镇调查失业率(%)", "-", "<5.5", "—", "预期性"],
        ["4", "单位地区生产总值能源消耗降低(%)", "≥", "—", "[13.5)", "约束性"],
        ["5", "粮食综合生产能力(万吨)", "15左右", "15左右", "-", "约束性"],
    ],
)
ODD_EXPECTED = {
    ("地区生产总值", "actual", "level", 2025, None, 76.7, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "growth", 2030, 2026, 6.5, "%", "ge", "expected"),
    ("常住人口城镇化率", "actual", "level", 2025, None, 58.6, "%", "eq", "expected"),
    ("常住人口城镇化率", "target", "level", 2030, None, 60.0, "%", "ge", "expected"),
    # (A range states both bounds, each on its own digits.)
    ("常住人口城镇化率", "target", "level", 2030, None, 62.0, "%", "le", "expected"),
    ("常住人口城镇化率", "target", "change", 2030, 2026, 3.4, "%", "eq", "expected"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le", "expected"),
    # (A bracketed five-year fall: GOLD_SPEC's bracketed cumulative value, a change.)
    ("单位地区生产总值能源消耗降低", "target", "change", 2030, 2026, 13.5, "%", "eq", "binding"),
    ("粮食综合生产能力", "actual", "level", 2025, None, 15.0, "万吨", "approx", "binding"),
    ("粮食综合生产能力", "target", "level", 2030, None, 15.0, "万吨", "approx", "binding"),
}
# The fourth table: cells whose words carry the figure (a cumulative target said
# in words, a doubling) and cells of two figures under a row naming two indicators.
WORDS = Table(
    ["序号", "指标", "2025年", "2030年", "属性"],
    [
        ["1", "新增城镇就业(万人)", "—", "[累计达到60]", "预期性"],
        ["2", "城镇调查失业率/城镇登记失业率(%)", "5.1/3.2", "<5.5/<4", "预期性"],
        ["3", "居民人均可支配收入(元)", "41200", "翻一番", "预期性"],
        ["4", "新建改造燃气管网(公里)", "—", "[五年累计约120]", "约束性"],
        ["5", "森林覆盖率(%)", "62.1", "63", "约束性"],
    ],
)
WORDS_EXPECTED = {
    # (bracketed: a cumulative change, the flow's total over the five years included)
    ("新增城镇就业", "target", "change", 2030, 2026, 60.0, "万人", "ge", "expected"),
    ("城镇调查失业率", "actual", "level", 2025, None, 5.1, "%", "eq", "expected"),
    ("城镇登记失业率", "actual", "level", 2025, None, 3.2, "%", "eq", "expected"),
    ("城镇调查失业率", "target", "level", 2030, None, 5.5, "%", "le", "expected"),
    ("城镇登记失业率", "target", "level", 2030, None, 4.0, "%", "le", "expected"),
    ("居民人均可支配收入", "actual", "level", 2025, None, 41200.0, "元", "eq", "expected"),
    ("居民人均可支配收入", "target", "growth", 2030, 2026, 100.0, "%", "eq", "expected"),
    ("新建改造燃气管网", "target", "change", 2030, 2026, 120.0, "公里", "approx", "binding"),
    ("森林覆盖率", "actual", "level", 2025, None, 62.1, "%", "eq", "binding"),
    ("森林覆盖率", "target", "level", 2030, None, 63.0, "%", "eq", "binding"),
}
TABLES = {
    "main": (MAIN, EXPECTED),
    "words": (WORDS, WORDS_EXPECTED),
    "marked": (MARKED, MARKED_EXPECTED),
    "odd": (ODD, ODD_EXPECTED),
}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_gives_the_same_facts(layout, table):
    t, expected = TABLES[table]
    text = LAYOUTS[layout](t)
    tables = recover_tables(text, _ctx())
    assert len(tables) == 1, [t.title for t in tables]
    facts = tables[0].facts
    for f in facts:
        shown = re.sub(r"[\[\]〔〕()<≥左右]|-\d+$", "", text[f.start : f.end])
        shown = re.sub(r"^[累计达到五年约]+", "", shown)
        assert shown == "翻一番" or float(shown.replace("。", ".")) == f.value
    assert {_sig(f) for f in facts} == expected
    assert len(facts) == len(expected)


def _plain_rows() -> list[list[str]]:
    """The rows without 序号 and 属性 columns (group rows kept)."""
    return [row if len(row) == 1 else row[1:-1] for row in ROWS]


def test_a_header_without_anchor_words_is_found_by_its_shape():
    # 项目 / 2025年 / 2030年 / 年均增长: no 序号, 指标 or 属性 anywhere.
    header = ["项目", "2025年", "2030年", "年均增长"]
    expected = {s[:-1] + (None,) for s in EXPECTED}
    for render in (
        lambda: _doc(*[c for row in [header, *_plain_rows()] for c in row]),
        lambda: _doc(*["\t".join(r) for r in [header, *_plain_rows()]]),
        lambda: _doc(*[" | ".join(r) + " |" for r in [header, *_plain_rows()]]),
    ):
        text = render()
        (table,) = recover_tables(text, _ctx())
        assert {_sig(f) for f in table.facts} == expected


# --- the same table through the readers of HTML, DOCX and PDF files ------------------


def _grid(t: Table) -> list[list[str]]:
    width = len(t.header)
    return [t.header] + [row + [""] * (width - len(row)) for row in t.rows]


def _html_file(t: Table) -> bytes:
    body = layout_html_markup(t).replace("\n", "<br>\n")
    table = body[body.index("<table") : body.index("</table>") + len("</table>")]
    table = table.replace("<br>", "")
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<p>{BEFORE}</p><p>{TITLE}</p>{table}<p>{NOTE}</p><p>{AFTER}</p></body></html>"
    )
    return page.encode("utf-8")


def _docx_file(t: Table) -> bytes:
    import io

    import docx

    d = docx.Document()
    for para in (BEFORE, TITLE):
        d.add_paragraph(para)
    grid = _grid(t)
    out = d.add_table(rows=len(grid), cols=len(t.header))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                out.cell(r, c).text = value
        if r > 0 and len(t.rows[r - 1]) == 1:  # a group row across the table
            out.cell(r, 0).merge(out.cell(r, len(t.header) - 1))
    for para in (NOTE, AFTER):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_file(t: Table) -> bytes:
    from readfixtures import pdf_bytes

    return pdf_bytes([[BEFORE, TITLE]], table=_grid(t))


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("reader", ["html", "docx", "pdf"])
def test_every_reader_gives_the_same_facts(reader, table):
    from planwatch.pipeline import analyse_bytes

    t, expected = TABLES[table]
    data = {"html": _html_file, "docx": _docx_file, "pdf": _pdf_file}[reader](t)
    analysed = analyse_bytes(data, f"plan.{reader}")
    facts = [f for f in analysed.facts if f.origin == "table"]
    text = analysed.document.text
    for f in facts:
        shown = text[f.start : f.end]
        assert any(ch.isdigit() for ch in shown) or shown == "翻一番"
    got = {_sig(f) for f in facts}
    assert got == expected, (expected - got, got - expected)


# --- a completion table: 规划目标 against 实际完成, with a two-level header -------------

DONE_TITLE = "某县“十四五”规划主要指标完成情况"
DONE_TOP = ["序号", "指标", "“十四五”规划目标", "实际完成", "属性"]
DONE_SUB = ["2025年", "年均增长", "2025年", "年均增长"]
DONE_ROWS = [
    ["1", "地区生产总值(亿元)", "400", "7左右", "385.2", "6.1", "预期性"],
    ["2", "森林覆盖率(%)", "≥62", "—", "62.4", "—", "约束性"],
]
DONE_EXPECTED = {
    ("地区生产总值", "target", "level", 2025, None, 400.0, "亿元", "eq", "expected"),
    ("地区生产总值", "target", "growth", 2025, 2021, 7.0, "%", "approx", "expected"),
    ("地区生产总值", "actual", "level", 2025, None, 385.2, "亿元", "eq", "expected"),
    ("地区生产总值", "actual", "growth", 2025, 2021, 6.1, "%", "eq", "expected"),
    ("森林覆盖率", "target", "level", 2025, None, 62.0, "%", "ge", "binding"),
    ("森林覆盖率", "actual", "level", 2025, None, 62.4, "%", "eq", "binding"),
}


def _done_lines() -> str:
    cells = DONE_TOP + DONE_SUB + [c for row in DONE_ROWS for c in row]
    return "\n".join([BEFORE, DONE_TITLE, *cells, AFTER, ""])


def _done_html() -> bytes:
    e = html.escape
    head = "".join(
        f"<th colspan='2'>{e(h)}</th>" if i in (2, 3) else f"<th rowspan='2'>{e(h)}</th>"
        for i, h in enumerate(DONE_TOP)
    )
    sub = "".join(f"<th>{e(h)}</th>" for h in DONE_SUB)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in DONE_ROWS)
    page = (
        f"<html><head><meta charset='utf-8'></head><body><p>{BEFORE}</p><p>{DONE_TITLE}</p>"
        f"<table><tr>{head}</tr><tr>{sub}</tr>{body}</table><p>{AFTER}</p></body></html>"
    )
    return page.encode("utf-8")


def test_completion_table_gives_a_target_and_an_actual_per_row():
    from planwatch.pipeline import analyse_bytes

    (table,) = recover_tables(_done_lines(), _ctx())
    assert {_sig(f) for f in table.facts} == DONE_EXPECTED
    analysed = analyse_bytes(_done_html(), "done.html")
    got = {_sig(f) for f in analysed.facts if f.origin == "table"}
    assert got == DONE_EXPECTED


def _done_grid() -> list[list[str]]:
    # The two-level header on a grid: each group printed once over its two columns.
    top = ["序号", "指标", DONE_TOP[2], "", DONE_TOP[3], "", "属性"]
    return [top, ["", "", *DONE_SUB, ""], *DONE_ROWS]


def _done_docx() -> bytes:
    import io

    import docx

    grid = _done_grid()
    d = docx.Document()
    for para in (BEFORE, DONE_TITLE):
        d.add_paragraph(para)
    t = d.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 5))
    for c in (0, 1, 6):
        t.cell(0, c).merge(t.cell(1, c))
    d.add_paragraph(AFTER)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _done_text(lines: list[str]) -> str:
    return "\n".join([BEFORE, DONE_TITLE, *lines, AFTER, ""])


DONE_LAYOUTS = {
    "tabs": lambda: _done_text(["\t".join(r) for r in _done_grid()]),
    "pipes": lambda: _done_text(["| " + " | ".join(r) + " |" for r in _done_grid()]),
    "cells ending in |": lambda: _done_text(
        [c + " |" for c in DONE_TOP + DONE_SUB + [c for r in DONE_ROWS for c in r]]
    ),
    "spaced": lambda: _done_text(["    ".join(c for c in r if c) for r in _done_grid()]),
}


@pytest.mark.parametrize("layout", [*sorted(DONE_LAYOUTS), "docx", "pdf"])
def test_completion_table_in_every_layout_and_reader(layout):
    from planwatch.pipeline import analyse_bytes
    from readfixtures import pdf_bytes

    if layout in DONE_LAYOUTS:
        (table,) = recover_tables(DONE_LAYOUTS[layout](), _ctx())
        facts = table.facts
    else:
        data = _done_docx() if layout == "docx" else pdf_bytes([[BEFORE, DONE_TITLE]], _done_grid())
        facts = [f for f in analyse_bytes(data, f"done.{layout}").facts if f.origin == "table"]
    assert {_sig(f) for f in facts} == DONE_EXPECTED


# --- a table whose cells run together on one line ----------------------------------

RUNON = (
    "某市高质量发展监测指标及数据来源指标名称计量单位2030年目标值数据来源"
    "一、创新发展1 全社会研发投入强度% ≥ 3.2市统计局2 每万人高价值发明专利拥有量件≥ 15"
    "市市场监管局3 数字经济核心产业增加值占比% ≥ 12市工信局二、民生福祉4 常住人口城镇化率"
    "% ≥ 75市统计局5 基本养老保险参保率% ≥95市人社局失业保险参保率% ≥906 每千人口医疗卫生"
    "机构床位数张≥ 7.5市卫健委7 城镇调查失业率% <5.5市统计局\n"
)


def test_a_table_run_together_on_one_line():
    (table,) = recover_tables(RUNON, _ctx())
    assert table.layout == "runon"
    got = {
        (f.indicator, f.value, f.unit, f.comparator.value, f.kind.value, f.year)
        for f in table.facts
    }
    assert got == {
        ("全社会研发投入强度", 3.2, "%", "ge", "target", 2030),
        ("每万人高价值发明专利拥有量", 15.0, "件", "ge", "target", 2030),
        ("数字经济核心产业增加值占比", 12.0, "%", "ge", "target", 2030),
        ("常住人口城镇化率", 75.0, "%", "ge", "target", 2030),
        ("基本养老保险参保率", 95.0, "%", "ge", "target", 2030),
        ("失业保险参保率", 90.0, "%", "ge", "target", 2030),
        ("每千人口医疗卫生机构床位数", 7.5, "张", "ge", "target", 2030),
        ("城镇调查失业率", 5.5, "%", "le", "target", 2030),
    }
    for f in table.facts:
        assert RUNON[f.start : f.end].lstrip("≥<= ") == f"{f.value:g}"
