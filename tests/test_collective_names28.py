"""Names shared out by 分别 over a word for several parts (round 28), in sentences composed
here in the style of county communiqués and releases (the figures are this file's own).
城乡居民人均可支配收入分别增长a和b gave both figures the name 城乡居民人均可支配收入, so that a
ledger could not tell the urban figure from the rural one; 城乡 is 城镇 and 农村, 三次产业 the
first, second and third (``collective`` in ``data/prose_words.csv``). A clause right after a
分别 clause, as many figures and no name of its own (…分别达到a、b，增长c、d), shares them out
again.
"""

from __future__ import annotations

import pytest

from planwatch.extract.naming_each import collective_parts
from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县统计局\n"
    "2025年1-9月全县经济运行情况\n"
    "发布时间：2025-10-24\n"
    "　　前三季度，三次产业增加值分别为18.4亿元、61.2亿元和70.9亿元。"
    "城乡居民人均可支配收入分别达到41260元、19875元，增长4.7%、6.2%。"
    "城乡居民收入比为2.08。\n"
)


def test_a_collective_word_names_each_part():
    assert collective_parts("城乡居民人均可支配收入", 2) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert collective_parts("三次产业增加值", 3)[2] == "第三产业增加值"
    assert collective_parts("三次产业增加值", 2) == []  # (as many figures as parts only)
    assert collective_parts("城乡居民收入比", 2) == []  # (a ratio between the parts)


@pytest.fixture(scope="module")
def facts() -> dict[str, str]:
    return {_PAGE[f.start : f.end]: f.indicator for f in analyse_text("p.txt", _PAGE).facts}


def test_the_parts_figures_take_the_parts_names(facts: dict[str, str]):
    assert facts["41260元"] == "城镇居民人均可支配收入"
    assert facts["19875元"] == "农村居民人均可支配收入"
    assert (facts["18.4亿元"], facts["70.9亿元"]) == ("第一产业增加值", "第三产业增加值")


def test_the_clause_after_shares_them_out_again(facts: dict[str, str]):
    assert facts["4.7%"] == "城镇居民人均可支配收入"
    assert facts["6.2%"] == "农村居民人均可支配收入"
    assert facts["2.08"] == "城乡居民收入比"


def test_each_figure_after_its_own_move_word_takes_the_next_name():
    # (分别下降a、下降b、提高c: the second and third were named after the first part.)
    text = (
        "某某县2024年国民经济和社会发展统计公报\n"
        "第一、二、三产业增加值占地区生产总值的比重较上年分别下降0.3个、下降0.4个、提高0.7个百分点。\n"
    )
    got = [f.indicator for f in analyse_text("p.txt", text).facts]
    assert [n[:4] for n in got] == ["第一产业", "第二产业", "第三产业"]
