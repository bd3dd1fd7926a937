"""A mid-term evaluation's page posted again years later (a portal's re-post): the page's
date is the posting's, not the evaluation's. Texts composed in the style of real pages."""

from planwatch.core.data import DocType
from planwatch.describe import describe
from planwatch.describe.posting import posted_later


def _page(stamp: str) -> str:
    return (
        f"更新时间：{stamp} 09:30  【打印】【关闭】\n"
        "某县国民经济和社会发展第十四个五年规划纲要实施情况中期评估报告\n\n"
        "一、总体进展\n截至2022年底，全县地区生产总值达到152亿元，“十四五”前两年年均增长6.1%，"
        "高于规划目标0.6个百分点。\n"
    )


def test_a_midterm_evaluation_posted_again_two_years_on_is_dated_by_its_results():
    meta = describe(_page("2025-06-18"), name="reposted.html")
    assert meta.doc_type is DocType.MIDTERM_EVALUATION
    assert meta.reference_year == 2023  # the year after its results' 截至2022年底
    assert all(e.basis != "page_date" for e in meta.evidence if e.field == "reference_date")


def test_a_midterm_evaluation_posted_by_its_plan_fourth_year_keeps_the_page_date():
    meta = describe(_page("2024-01-12"), name="posted.html")
    assert meta.reference_date == "2024-01-12"


def test_only_an_evaluation_its_words_call_midterm_is_held_to_the_fourth_year():
    assert posted_later(2025, None, DocType.MIDTERM_EVALUATION, (2021, 2025))
    assert not posted_later(2024, None, DocType.MIDTERM_EVALUATION, (2021, 2025))
    # a look-back whose date is yet to tell mid-term from final: the page may be a 总结's
    assert not posted_later(2025, None, DocType.MIDTERM_EVALUATION, (2021, 2025), settled=False)
    assert not posted_later(2026, None, DocType.FINAL_EVALUATION, (2021, 2025))
