"""Figures of county communiqués read on public pages (round 24), composed here in their style
(the figures are this file's own):

* a rate in per mille changed by 个千分点 (出生率…比上年减少1.86个千分点): a change of the rate
  before it, in 个千分点 (before, the unit was read as 个 and the name as 千分点);
* a figure given again in another currency after 折合 (人均地区生产总值31250元（折合4844美元）,
  …元，折合…美元): the same indicator, not one named 折合.
"""

from __future__ import annotations

from prosefacts import COMMUNIQUE_2023, prose_facts


def test_a_change_in_per_mille_points():
    text = "全年人口出生率7.12‰，比上年减少1.86个千分点；死亡率6.35‰，比上年增加0.21个千分点。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["1.86个千分点"].unit == "个千分点"
    assert facts["1.86个千分点"].value == -1.86
    assert facts["1.86个千分点"].measure.value == "change"
    assert facts["1.86个千分点"].indicator == "人口出生率"
    assert facts["0.21个千分点"].indicator == "死亡率"


def test_a_figure_in_dollars_after_zhehe_keeps_the_name_before():
    text = "全年常住居民人均地区生产总值达31250元（折合4844美元），比上年增加2105元。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["4844美元"].indicator == "常住居民人均地区生产总值"
    text = "全县人均生产总值52310元，折合8109美元。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["8109美元"].indicator == "全县人均生产总值"
