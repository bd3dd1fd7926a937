"""Tables as flattened pages print them: rows run together on one line, or a header on
one line over a body one cell a line (the robustness bench's ``cells`` copies).

The tables are composed in the style of an evaluation's indicator table. Each is
printed tidily (one row a line, cells parted by tabs) and flattened; the flattened
copy must give the tidy copy's facts, every figure at its own characters.
"""

from __future__ import annotations

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract.table_find import find_text_tables
from planwatch.extract.tables import recover_tables

BEFORE = "二、主要指标完成情况\n规划确定的主要指标进展如下。\n"
AFTER = "\n三、存在的主要问题\n部分指标进展仍然偏慢。\n"

# An evaluation's table: a status column of words (进展情况) after the attribute.
STATUS_HEADER = ["指标", "2020年", "2025年目标", "2023年实际", "属性", "进展情况"]
STATUS_ROWS = [
    ["全县生产总值年均增长（%）", "3.8", "6.5左右", "7.1", "预期性", "符合进度"],
    ["农村居民人均可支配收入（万元）", "1.62", "2.3", "1.97", "预期性", "符合进度"],
    ["高新技术企业数量（家）", "41", "80", "93", "预期性", "超出预期"],
    ["森林蓄积量（万立方米）", "268", "300", "281", "约束性", "滞后"],
]
# A plan's table with a 序号 column, one name opening with a figure of its own.
INDEX_HEADER = ["序号", "指标", "单位", "2025年", "2030年", "属性"]
INDEX_ROWS = [
    ["1", "人均预期寿命", "岁", "78.6", "80", "预期性"],
    ["2", "3岁以下婴幼儿托位覆盖率", "%", "41", "60", "预期性"],
    ["3", "每千人口注册护士数", "人", "3.7", "4.4", "预期性"],
    ["4", "60岁以上人口健康管理率", "%", "71", "≥80", "约束性"],
]
# An annual report's table: value columns of a year and a word, a target in words.
YEAR_HEADER = ["指标名称（单位）", "2024年预期目标", "2024年完成情况", "2025年预期目标"]
YEAR_ROWS = [
    ["全市生产总值增长（%）", "6左右", "5.4", "5.5左右"],
    ["固定资产投资增长（%）", "5", "-3.1", "稳定增长"],
    ["进出口总额增长（%）", "4", "6.2", "4"],
    ["粮食产量（万吨）", "410以上", "416", "410以上"],
]


def _ctx() -> ExtractContext:
    return ExtractContext(doc="t", meta=DocumentMeta(), outline=Outline())


def _facts(table_text: str) -> set[tuple]:
    text = BEFORE + table_text + AFTER
    (table,) = recover_tables(text, _ctx())
    out = set()
    for f in table.facts:
        figure = text[f.start : f.end]
        assert any(ch.isdigit() for ch in figure), figure
        out.add((f.indicator, f.kind.value, f.measure.value, f.year, f.value, figure))
    return out


def _tidy(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in [header, *rows])


def _run_together(header: list[str], rows: list[list[str]]) -> str:
    return " ".join(" ".join(r) for r in [header, *rows])


def _one_a_line(header_line: str, rows: list[list[str]]) -> str:
    return header_line + "\n" + "\n".join(c for r in rows for c in r)


def test_the_tidy_tables_give_their_facts():
    # (What the flattened copies are held to: every row read, the figures there.)
    status = _facts(_tidy(STATUS_HEADER, STATUS_ROWS))
    assert ("高新技术企业数量", "actual", "level", 2023, 93.0, "93") in status
    assert len({f[0] for f in status}) == 4
    assert len({f[0] for f in _facts(_tidy(INDEX_HEADER, INDEX_ROWS))}) == 4
    assert len({f[0] for f in _facts(_tidy(YEAR_HEADER, YEAR_ROWS))}) == 4


def test_rows_run_together_with_words_under_a_status_column():
    flat = _run_together(STATUS_HEADER, STATUS_ROWS)
    assert _facts(flat) == _facts(_tidy(STATUS_HEADER, STATUS_ROWS))


def test_numbered_rows_run_together_a_name_opening_with_a_figure():
    flat = _run_together(INDEX_HEADER, INDEX_ROWS)
    facts = _facts(flat)
    assert facts == _facts(_tidy(INDEX_HEADER, INDEX_ROWS))
    assert any(f[0] == "60岁以上人口健康管理率" and f[4] == 80.0 for f in facts)


def test_a_header_line_over_a_body_one_cell_a_line():
    flat = _one_a_line(" ".join(YEAR_HEADER), YEAR_ROWS)
    assert _facts(flat) == _facts(_tidy(YEAR_HEADER, YEAR_ROWS))
    (block,) = [b for b in find_text_tables(BEFORE + flat + AFTER) if not b.rejected]
    assert len(block.body) == 16  # (the note under it is no cell)


def test_a_header_with_its_year_cells_over_their_words():
    # 2024年 / 预期目标 printed over two lines in the page: one header line of pairs,
    # the last pair's word on a line of its own.
    header = "指标名称（单位） 2024年 预期目标 2024年 完成情况 2025年\n预期目标"
    flat = _one_a_line(header, YEAR_ROWS)
    assert _facts(flat) == _facts(_tidy(YEAR_HEADER, YEAR_ROWS))


def test_a_status_table_one_cell_a_line_under_its_header_line():
    flat = _one_a_line(" ".join(STATUS_HEADER), STATUS_ROWS)
    assert _facts(flat) == _facts(_tidy(STATUS_HEADER, STATUS_ROWS))


def test_two_rows_one_cell_a_line_are_no_table():
    flat = _one_a_line(" ".join(YEAR_HEADER), YEAR_ROWS[:2])
    blocks = find_text_tables(BEFORE + flat + AFTER)
    assert all(b.rejected or len(b.body) < 8 for b in blocks)


def test_lines_that_fall_out_of_rows_end_the_body():
    # A row missing its last figure: the lines below no longer make rows of four.
    rows = [YEAR_ROWS[0], YEAR_ROWS[2], YEAR_ROWS[3], YEAR_ROWS[1][:3], YEAR_ROWS[0]]
    text = BEFORE + _one_a_line(" ".join(YEAR_HEADER), rows) + AFTER
    (block,) = [b for b in find_text_tables(text) if not b.rejected]
    assert [c.text for c in block.body][-4:] == YEAR_ROWS[3]
