"""A communiqué's table of consumer prices (round 29), composed here in the style of a county's
statistical communiqué (the figures are this file's own): a numbered caption (表1：2025年…), a
short header of a name and one measure parted by a bar (指标 | 增幅), and rows of categories whose
headings hold figures of their own (一、食品烟酒 | -0.6) over their parts (粮食 | 1.4).
"""

from __future__ import annotations

import pytest

from planwatch.core.data import Kind, Measure
from planwatch.pipeline import analyse_text


def _page(header: str, bar: str) -> str:
    rows = [
        ("居民消费价格", "0.4"),
        ("一、食品烟酒", "-0.8"),
        ("粮食", "1.2"),
        ("鲜菜", "-2.6"),
        ("二、衣着", "0.9"),
        ("三、居住", "-0.2"),
    ]
    lines = [header] + [f"{n}{bar}{v}" for n, v in rows]
    return (
        "某县2025年国民经济和社会发展统计公报\n"
        "一、综合\n"
        "全年居民消费价格比上年上涨0.4%。\n"
        "表1：2025年居民消费价格比上年涨跌幅度（%）\n" + "\n".join(lines) + "\n二、农业\n"
    )


@pytest.mark.parametrize("bar", [" | ", "\t", "｜"])
def test_every_row_of_a_two_column_price_table_is_read(bar):
    text = _page(f"指标{bar}增幅", bar)
    facts = analyse_text("某县统计公报.txt", text).facts
    table = {f.indicator: f for f in facts if f.start > text.index("增幅")}
    assert set(table) == {"居民消费价格", "食品烟酒", "粮食", "鲜菜", "衣着", "居住"}
    food = table["食品烟酒"]
    assert food.value == -0.8 and food.measure is Measure.GROWTH and food.kind is Kind.ACTUAL
    assert food.year == 2025


def test_a_numbered_caption_is_no_ratio():
    # (表1：2025年…: the table's number and the year of its title, never a ratio 1:2025)
    text = _page("指标 | 增幅", " | ")
    facts = analyse_text("某县统计公报.txt", text).facts
    assert not [f for f in facts if f.value == 2025]
    ratio = "某县2025年国民经济和社会发展统计公报\n城乡居民收入比缩小到2.1:1。\n"
    (fact,) = analyse_text("某县统计公报.txt", ratio).facts
    assert fact.value == 2.1 and fact.indicator == "城乡居民收入比"
