"""One synthetic indicator table rendered in every layout it is published in.

The table is composed in the style of a county plan's main indicator table
(十五五, base year 2025). Each layout below is the same table flattened the
way a scraper, a word processor or a PDF text layer flattens it; every layout
must give the same facts, each grounded on its cell.
"""

from __future__ import annotations

import html
import re

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
    ("单位地区生产总值能源消耗降低", "target", "change", 2030, 2026, 13.5, "%", "eq", "binding"),
    ("森林覆盖率", "actual", "level", 2025, None, 62.1, "%", "eq", "binding"),
    ("森林覆盖率", "target", "level", 2030, None, 62.5, "%", "ge", "binding"),
}


def _doc(*lines: str) -> str:
    return "\n".join([BEFORE, TITLE, *lines, NOTE, AFTER, ""])


def _cells_per_line(suffix: str = "") -> list[str]:
    return [c + suffix for row in [HEADER, *ROWS] for c in row]


def _rows(sep: str, border: bool = False) -> list[str]:
    width = len(HEADER)
    out = []
    for row in [HEADER, *ROWS]:
        cells = row if len(row) == width else [row[0]] + [""] * (width - 1)
        line = sep.join(cells)
        out.append(f"{sep.strip()} {line} {sep.strip()}" if border else line)
    return out


def layout_lines() -> str:
    return _doc(*_cells_per_line())


def layout_lines_blank() -> str:
    # A scraped table: a blank line after every cell.
    return _doc(*[c + "\n" for c in _cells_per_line()])


def layout_lines_pipe() -> str:
    return _doc(*_cells_per_line(" |"))


def layout_pipe_rows() -> str:
    return _doc(*_rows(" | ", border=True))


def layout_pipe_bare() -> str:
    return _doc(*_rows("|"))


def layout_tab_rows() -> str:
    return _doc(*_rows("\t"))


def layout_spaced_rows() -> str:
    out = []
    for row in [HEADER, *ROWS]:
        out.append("    ".join(row))
    return _doc(*out)


def layout_wrapped_cells() -> str:
    # Long names wrapped over two lines, as a narrow column prints them.
    lines = []
    for c in _cells_per_line():
        if len(c) > 12:
            lines += [c[:10], c[10:]]
        else:
            lines.append(c)
    return _doc(*lines)


def layout_junk_between() -> str:
    # Junk a scrape leaves: entities, decoration lines and zero-width marks.
    lines = []
    for i, c in enumerate(_cells_per_line()):
        lines.append(c)
        if i % 4 == 1:
            lines.append("&nbsp;")
        if i % 7 == 3:
            lines.append("\u200b")
    return _doc(*lines)


def layout_html_markup() -> str:
    width = len(HEADER)
    rows = []
    for row in [HEADER, *ROWS]:
        if len(row) == 1:
            rows.append(f'<tr><td colspan="{width}">{html.escape(row[0])}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    return _doc('<table border="1">', *rows, "</table>")


def layout_repeated_header() -> str:
    cells = _cells_per_line()
    cut = len(HEADER) + 1 + 3 * len(HEADER)  # after row 3: a new page repeats the header
    return _doc(*cells[:cut], *HEADER, *cells[cut:])


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


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_gives_the_same_facts(layout):
    text = LAYOUTS[layout]()
    tables = recover_tables(text, _ctx())
    assert len(tables) == 1, [t.title for t in tables]
    facts = tables[0].facts
    for f in facts:
        shown = re.sub(r"[\[\]〔〕<≥左右]", "", text[f.start : f.end])
        assert float(shown) == f.value
    assert {_sig(f) for f in facts} == EXPECTED
    assert len(facts) == len(EXPECTED)


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
