"""A plan's aims written with words that elsewhere report results (累计, 完成, 五年):
sentences composed for these tests in the style of outlines and sector plans."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts as facts_of

OUTLINE = DocumentMeta(
    doc_type=DocType.FIVE_YEAR_PLAN,
    reference_year=2026,
    reference_date="2026-02-10",
    period_start=2026,
    period_end=2030,
)
AIMS = "第二章 主要目标\n"


def test_a_bare_span_under_a_plans_aims_counts_the_plans_own_years():
    for sentence in (
        "五年累计完成固定资产投资2600亿元以上。",
        "5年累计新增城镇就业18万人。",
        "全县五年累计实施重大项目120个左右。",
    ):
        facts = facts_of(AIMS + sentence, OUTLINE)
        (f,) = facts.values()
        assert (f.kind, f.year) == (Kind.TARGET, 2030), sentence


def test_a_result_word_with_the_plans_horizon_named_is_still_an_aim():
    text = AIMS + "2030年，城镇新增就业累计达到20万人，城镇调查失业率控制在5.5%以内。"
    facts = facts_of(text, OUTLINE)
    assert facts["20万人"].kind == facts["5.5%以内"].kind == Kind.TARGET
    assert facts["20万人"].year == 2030


def test_the_same_words_in_the_plans_review_are_results():
    text = "第一章 发展基础\n“十四五”时期，全县累计完成固定资产投资2100亿元，五年累计新增城镇就业15万人。"
    facts = facts_of(text, OUTLINE)
    assert facts["2100亿元"].kind == facts["15万人"].kind == Kind.ACTUAL
    assert facts["2100亿元"].year == 2025


def test_preschool_years_are_no_rank_and_a_scope_is_no_list_item():
    facts = facts_of(
        "2025年全市学前三年毛入园率达到92%，小学、初中专任教师学历合格率分别达到100%和99.5%。"
        "全省小学、初中巩固率分别为99%和97%。",
        OUTLINE,
    )
    assert "前三" not in facts and "前三年" not in facts
    assert facts["92%"].indicator.endswith("学前三年毛入园率")
    assert facts["100%"].indicator == "小学专任教师学历合格率"
    assert facts["99%"].indicator == "小学巩固率"
