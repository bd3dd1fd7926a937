"""Clauses that say only how a figure moved, or that more of it came, on text written for
these tests.

A review often follows a figure with a clause that has no subject of its own: how the
figure moved next (…；次年企稳回升，增长3.4%), or that more of the same flow came in a later
part of the year (今年前三季度又完成投资…). Neither the movement words nor the adverb name an
indicator: the figure is of the indicator named before it.
"""

from planwatch.core.data import DocType, DocumentMeta
from planwatch.extract.prose_names import movement_only
from prosefacts import prose_facts

MIDTERM = DocumentMeta(
    doc_type=DocType("plan_midterm_evaluation"), reference_year=2018, reference_date="2018-10-20"
)


def test_a_clause_of_movement_words_names_no_indicator():
    text = "受煤炭价格下跌影响，2016年全县规模以上工业增加值下降4.7%；2017年企稳回升，增长3.4%。"
    facts = prose_facts(text, MIDTERM)
    assert facts["3.4%"].indicator == facts["4.7%"].indicator == "规模以上工业增加值"


def test_more_of_a_flow_later_in_the_year_is_the_flow_named_before():
    text = (
        "2016—2017年，全市累计完成水利建设投资48.6亿元；"
        "今年前三季度又完成投资9.2亿元，同比增长6.5%。"
    )
    facts = prose_facts(text, MIDTERM)
    for v in ("9.2亿元", "6.5%"):
        assert "水利建设投资" in facts[v].indicator, v


def test_at_one_point_is_no_part_of_a_name():
    text = "全年一般公共预算收入完成36.4亿元，增长5.2%。一季度收入增速一度回落至1.3%。"
    facts = prose_facts(text, MIDTERM)
    assert "一度" not in facts["1.3%"].indicator


def test_movement_words_are_told_from_names():
    assert movement_only("止跌回升") and movement_only("企稳回升") and movement_only("持续增长")
    assert not movement_only("工业增加值回升") and not movement_only("粮食产量")
    assert not movement_only("")
