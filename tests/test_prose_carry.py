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
