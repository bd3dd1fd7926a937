"""A result stated right after the aim it is measured against (规划目标X，实际完成Y): the
aim's figure is an aim, the result clause's figure a result. Sentences composed for
these tests, in the ways implementation reports and evaluations write them."""

from planwatch.core.data import DocType, DocumentMeta, Kind
from prosefacts import prose_facts

MIDTERM = DocumentMeta(
    doc_type=DocType.MIDTERM_EVALUATION,
    reference_year=2023,
    reference_date="2023-09-20",
    period_start=2021,
    period_end=2025,
)
IMPLEMENTATION = DocumentMeta(
    doc_type=DocType.IMPLEMENTATION_REPORT, reference_year=2024, reference_date="2024-01-20"
)


def _kinds(text: str, meta: DocumentMeta) -> dict[str, Kind]:
    return {k: f.kind for k, f in prose_facts(text, meta).items()}


def test_a_result_clause_after_an_aim_and_its_figure_is_a_result():
    for text, aim, done in (
        ("粮食产量规划目标60万吨，实际完成58.2万吨。", "60万吨", "58.2万吨"),
        ("一般公共预算收入年初计划增长6.5%，实际完成增长5.7%。", "6.5%", "5.7%"),
        ("规模以上工业增加值计划增长8%，全年实现增长6.9%。", "8%", "6.9%"),
        ("全年计划完成造林面积3万亩，实际完成3.4万亩。", "3万亩", "3.4万亩"),
        ("重点项目年度计划投资52亿元；完成投资47.5亿元。", "52亿元", "47.5亿元"),
    ):
        kinds = _kinds(text, IMPLEMENTATION if "年" in text[:4] else MIDTERM)
        assert kinds[aim] == Kind.TARGET, text
        assert kinds[done] == Kind.ACTUAL, text


def test_the_result_word_is_the_kinds_evidence():
    fact = prose_facts("粮食产量规划目标60万吨，实际完成58.2万吨。", MIDTERM)["58.2万吨"]
    (kind,) = [e for e in fact.evidence if e.field == "kind"]
    assert (kind.basis, kind.text) == ("cue", "实际完成")


def test_a_result_word_before_any_figure_of_the_aim_leaves_it_an_aim():
    # 力争完成…: the result word belongs to the aim itself.
    assert _kinds("力争完成固定资产投资120亿元。", IMPLEMENTATION)["120亿元"] == Kind.TARGET


def test_a_result_word_naming_another_indicator_in_a_list_of_aims_leaves_it_an_aim():
    # A list of aims goes on with 实现 and a new name: no contrast with the aim before.
    kinds = _kinds(
        "今年主要预期目标是：地区生产总值增长6%左右，实现城镇新增就业1.2万人。", IMPLEMENTATION
    )
    assert kinds["1.2万人"] == Kind.TARGET


WORK_REPORT = DocumentMeta(
    doc_type=DocType.WORK_REPORT, reference_year=2024, reference_date="2024-01-20"
)


def test_an_aim_in_brackets_after_the_aim_word_is_the_aim():
    for text, aim in (
        # (A year the report reviews would make every figure of the sentence a result.)
        ("2023年全市地区生产总值增长6.1%，完成年度计划（增长7%）的87.1%。", "7%"),
        ("2023年规上工业增加值增长5.2%，年初目标(增长6%左右)未能完成。", "6%左右"),
    ):
        facts = prose_facts(text, IMPLEMENTATION)
        assert facts[aim].kind == Kind.TARGET, text


def test_the_share_of_an_aim_done_is_a_result():
    for text, share in (
        ("全市实现地区生产总值812.5亿元，比上年增长6.1%，完成年度计划（增长7%）的87.1%。", "87.1%"),
        ("全年完成固定资产投资96亿元，实现年度目标的104.3%。", "104.3%"),
    ):
        fact = prose_facts(text, IMPLEMENTATION)[share]
        assert fact.kind == Kind.ACTUAL, text
        (kind,) = [e for e in fact.evidence if e.field == "kind"]
        assert kind.basis == "cue" and kind.text.endswith(("计划", "目标")), text


def test_an_aim_in_brackets_after_a_result_is_no_aim_of_the_result_or_what_follows():
    facts = prose_facts("城镇新增就业1.3万人（年度目标1.2万人），城镇登记失业率2.8%。", WORK_REPORT)
    assert facts["1.2万人"].kind == Kind.TARGET
    assert facts["1.3万人"].kind == Kind.ACTUAL
    assert facts["2.8%"].kind == Kind.ACTUAL
