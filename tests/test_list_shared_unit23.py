"""Bare figures in a statistical communiqué's sentences (round 23), composed here in its style
(the figures are this file's own):

* a list of bare figures sharing one unit written once, after the last: 分别拉动经济增长0.9、
  2.3和3.8个百分点 gives three figures, the first included (it borrowed its unit from the next
  member only, and the next prints none);
* a ratio's change printed bare against the same period a year before (比上年同期缩小0.04),
  as against the year before;
* a count printed in two counters one after the other (812户2954人建档立卡贫困人口…): both
  count the noun after the second.
"""

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


def test_a_ratios_change_against_the_same_period_a_year_before():
    # (a half-year release compares with 上年同期: the bare figure is the ratio's change)
    text = "上半年，城乡居民收入比为2.13:1，比上年同期缩小0.04。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["0.04"].measure.value == "change"
    assert facts["0.04"].indicator == "城乡居民收入比"


def test_a_count_in_two_counters_names_the_noun_after_both():
    # (households and people lifted out of poverty, printed one after the other)
    text = "农村居民人均可支配收入15320元，增长7.4%。全年812户2954人建档立卡贫困人口实现脱贫。"
    facts = prose_facts(text, COMMUNIQUE_2023)
    assert facts["812户"].indicator.startswith("建档立卡贫困人口")
    assert facts["2954人"].indicator.startswith("建档立卡贫困人口")
