"""A year leading in a list of aims after a colon (round 24), composed here in the style of
the two-sessions stories read on public pages (county and city work-report news of several
provinces; the names and figures are this file's own):

* 2024年的主要预期目标是：A增长6%，B增长7%，…: the year names the aims of every item after
  the colon, to the sentence's end, not of the first item only (before, the items after
  the first comma fell back to the review's year and read as results);
* a year naming an aim in a clause without a colon keeps it to its clause, as before.
"""

from __future__ import annotations

from prosefacts import analysed_facts

STORY = (
    "近日，某县第十八届人民代表大会第三次会议开幕，县长作政府工作报告，回顾了2023年的工作。\n"
    "初步预计，全县2023年实现地区生产总值212亿元，比上年增长6.2%。\n"
    "县长指出，2024年的主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长7%，"
    "社会消费品零售总额增长8%，城镇登记失业率控制在4%以内。\n"
)


def test_a_year_before_a_colon_names_every_aim_after_it():
    facts = analysed_facts("news.txt", STORY)
    for value in ("6.5%", "7%", "8%", "4%以内"):
        assert facts[value].kind.value == "target", value
        assert facts[value].year == 2024, value
    assert facts["212亿元"].kind.value == "actual" and facts["212亿元"].year == 2023


def test_semicolons_part_the_aims_too():
    text = STORY.replace("6.5%，", "6.5%；").replace("7%，", "7%；")
    facts = analysed_facts("news.txt", text)
    assert facts["8%"].kind.value == "target" and facts["8%"].year == 2024


def test_a_year_naming_an_aim_without_a_colon_holds_for_its_clause_only():
    # (…，距2025年目标尚差…: a gap now; the next clause is the year under review's)
    text = (
        "2023年全县实现地区生产总值212亿元，比上年增长6.2%。\n"
        "全县森林覆盖率达到61.5%，距2025年的目标还差0.5个百分点，城镇化率达到55.2%。\n"
    )
    facts = analysed_facts("communique.txt", text)
    assert facts["55.2%"].kind.value == "actual"
