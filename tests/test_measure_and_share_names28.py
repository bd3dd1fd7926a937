"""Two naming forms of county communiqués (round 28), in sentences composed here in their style
(the figures are this file's own):

* a crop's area, then after a semicolon its output (…种植面积12.6千公顷，增长0.8%；产量41.3万吨):
  the bare measure 产量 opens a new sentence and was left bare; it is the output of what the
  sentence before was about (蔬菜产量);
* parts' figures, then 分别占 the whole's (男性人口a，女性人口b，分别占总人口的c和d): both shares
  took the last part's name; each is its own part's share.
"""

from __future__ import annotations

import pytest

from planwatch.extract.naming_shares import share_name
from planwatch.pipeline import analyse_text

_PAGE = (
    "某某县2024年国民经济和社会发展统计公报\n"
    "二、农业\n"
    "全年蔬菜种植面积12.6千公顷，增长0.8%；产量41.3万吨，增长2.7%。"
    "茶叶采摘面积5.2千公顷；总产量0.83万吨，增长6.1%。\n"
    "年末全县户籍总人口38.12万人，其中，男性人口19.64万人，女性人口18.48万人，"
    "分别占总人口的51.5%和48.5%。\n"
)


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    return {_PAGE[f.start : f.end]: f.indicator for f in analyse_text("p.txt", _PAGE).facts}


def test_a_bare_measure_after_a_semicolon_is_of_what_came_before(names: dict[str, str]):
    assert names["41.3万吨"] == "蔬菜产量"
    assert names["2.7%"] == "蔬菜产量"
    assert names["0.83万吨"].startswith("茶叶") and names["0.83万吨"].endswith("总产量")


def test_each_part_has_its_own_share(names: dict[str, str]):
    assert names["51.5%"] == "男性人口占总人口比重"
    assert names["48.5%"] == "女性人口占总人口比重"


def test_a_share_is_named_by_the_figure_before_and_the_whole():
    assert share_name("税收收入", "占一般公共预算收入的") == "税收收入占一般公共预算收入的比重"
    assert share_name("制造业增加值占GDP比重", "占全球比重") == "制造业增加值占全球比重"
