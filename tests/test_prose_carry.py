"""What carries from one sentence or paragraph to the next in prose, and what does not:
sentences composed for these tests in the style of plans and their evaluations."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts as facts_of

EVAL = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-10-20",
    period_start=2021,
    period_end=2025,
)


def test_a_new_paragraph_decides_its_kind_again():
    # The first paragraph ends on an aim it quotes; the next one reports a result in
    # words that say nothing of kind: the evaluation's default (a result), not the aim.
    text = (
        "二、规划目标推进情况\n"
        "　　全市生产总值年均增长6.8%，高于6.5%左右的规划目标。\n"
        "　　服务业增加值比重超过52%，城镇化水平稳步提升。\n"
    )
    facts = facts_of(text, EVAL)
    assert facts["6.5%左右"].kind == Kind.TARGET
    assert facts["52%"].kind == Kind.ACTUAL


def test_a_sentence_in_the_same_paragraph_keeps_the_kind_of_the_one_before():
    text = (
        "三、下一步目标\n"
        "　　到2025年，全区研发经费投入强度力争达到3.2%。"
        "每万人口高价值发明专利拥有量12件。\n"
    )
    facts = facts_of(text, EVAL)
    assert facts["3.2%"].kind == facts["12件"].kind == Kind.TARGET


SECTOR_PLAN = DocumentMeta(
    doc_type=DocType.SECTOR_PLAN, reference_year=2022, period_start=2021, period_end=2025
)


def test_a_clause_saying_only_which_way_a_subject_goes_names_the_figure_after_it():
    text = (
        "森林覆盖率达到46%，森林蓄积量稳步增长，到2025年达到2.1亿立方米。"
        "城镇化率为58%，城乡居民收入差距持续缩小，2025年城乡收入比降至2.3:1。"
        "全省高速公路里程达到9000公里，铁路营业里程不断增加，到2025年达到5600公里。"
    )
    facts = facts_of(text, SECTOR_PLAN)
    assert facts["2.1亿立方米"].indicator == "森林蓄积量"
    assert facts["5600公里"].indicator == "铁路营业里程"
    assert facts["46%"].indicator == "森林覆盖率"


def test_a_figure_right_after_the_last_one_still_takes_its_name():
    # No clause between: 增长6% is the growth of what was just named.
    facts = facts_of("全市地区生产总值达到5200亿元，增长6%，到2025年达到6500亿元。", SECTOR_PLAN)
    assert facts["6%"].indicator == facts["6500亿元"].indicator == "地区生产总值"


def test_an_aim_quoted_for_comparison_does_not_set_the_kind_of_the_next_sentence():
    text = (
        "　　（二）创新动能持续增强。全社会研发经费投入强度提高到2.6%，但距2.9%的规划目标仍有差距。"
        "每万人口高价值发明专利拥有量9.3件。\n"
    )
    facts = facts_of(text, EVAL)
    assert facts["2.9%"].kind == Kind.TARGET
    assert facts["9.3件"].kind == Kind.ACTUAL
