"""Table forms of statistical communiqués (round 15, issue 10), composed here in the
style of real communiqués (the cells are this file's own):

* a name column headed by one word of what its rows are (产品 | 单位 | 绝对数 |
  增长（%）; 行业 | 比上年增长（%）), cells parted by full-width spaces: the word is a
  name column's header only as the whole cell, and a header of a name column and one
  value column is a table of one figure a row;
* value columns that are parts of the population (指标 | 全县 | 城镇 | 农村) under a
  title calling the figures growths (居民消费价格比上年涨跌幅度) and a 单位：% line: each
  figure a growth of the year, a part's figures named with the part before the row's
  name (城镇居民消费价格).
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
