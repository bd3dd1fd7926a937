"""A month opening a paragraph and going on into its sentence (2025年11月中旬，区发改委…;
2023年3月以来，…) is the time of what the sentence tells, not the document's date line
(describe.dates.in_a_sentence, ``month_part`` in data/time_words.csv). Texts composed for
these tests in the style of a 解读 page and a drafting note; areas real, dates invented."""

from planwatch.describe.dates import in_a_sentence
from planwatch.describe.meta import describe

_JIEDU = (
    "关于镜湖区2025年国民经济和社会发展计划执行情况与2026年计划草案报告的解读\n"
    "一、起草背景\n"
    "2025年是“十四五”规划收官之年，做好计划报告起草工作十分重要。\n"
    "二、起草过程\n"
    "{month}区发改委启动报告起草工作，收集各部门全年工作总结和来年工作思路。\n"
    "2026年1月6日，区发改委将报告初稿送各部门征求意见，修改后形成报告送审稿。\n"
)


def test_a_month_with_its_part_opening_a_paragraph_is_no_date_line():
    meta = describe(_JIEDU.format(month="2025年11月中旬，"), name="j.txt")
    assert meta.reference_year == 2026
    assert not any(e.basis == "issue_line" and "2025年11月" in e.text for e in meta.evidence)


def test_a_span_from_a_month_is_no_date_line_either():
    meta = describe(_JIEDU.format(month="2025年10月以来，"), name="j.txt")
    assert meta.reference_year == 2026


def test_the_words_after_a_date():
    assert in_a_sentence("上旬，县政府办公室…")
    assert in_a_sentence("以来，起草组…")
    assert in_a_sentence("，州政府印发…")
    assert not in_a_sentence("\n某县人民政府")
    assert not in_a_sentence("")
