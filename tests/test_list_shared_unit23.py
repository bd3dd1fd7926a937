"""A list of bare figures that share one unit written once, after the last (round 23),
composed here in the style of a statistical communiqué's sentences (the figures are this
file's own): 分别拉动经济增长0.9、2.3和3.8个百分点 gives three figures, the first included
(it borrowed its unit from the next member only, and the next prints none)."""

from __future__ import annotations

from prosefacts import COMMUNIQUE_2023, prose_facts


def test_every_member_of_a_list_shares_the_unit_written_at_its_end():
    text = "第一、二、三产业分别拉动经济增长0.9、2.3和3.8个百分点。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert {"0.9", "2.3"} <= set(facts)
    assert facts["0.9"].unit == "个百分点" and facts["0.9"].value == 0.9
    assert facts["2.3"].unit == "个百分点"


def test_four_members_and_spaced_figures():
    text = "全年粮食、油料、蔬菜、水果产量分别为 14、6、28 和 21 万吨。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert [facts[k].unit for k in ("14", "6", "28")] == ["万吨"] * 3


def test_a_year_after_the_list_lends_no_unit():
    text = "全市共有学校 12、医院 5 和 2023年新建的图书馆。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert "12" not in facts and "5" not in facts
