"""Conflicting actuals between documents: revisions told apart from contradictions."""

from __future__ import annotations

from planwatch.conflicts import agree, find_conflicts
from planwatch.pipeline import analyse_text
from planwatch.store.repo import Store

REPORT_2023 = "鹤山市2023年政府工作报告\n2022年,预计全市地区生产总值450亿元,增长3.5%。\n"
NEWS_2023 = (
    "第B02版:聚焦2023鹤山两会\n2023 年 2 月 25 日\n鹤山市\n"
    "2022年,全市地区生产总值458.51亿元,增长2.8%。\n"
)
OTHER_2023 = (
    "第B03版:聚焦2023鹤山两会\n2023 年 2 月 26 日\n鹤山市\n"
    "2022年,全市地区生产总值470亿元,增长2.8%。\n"
)


def store_with(tmp_path, *texts: str) -> Store:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    for i, text in enumerate(texts):
        a = analyse_text(f"doc{i}.txt", text)
        store.add(a.document, a.facts, size_bytes=len(text))
    return store


def test_rounding_agreement():
    assert agree(458.51, 458.5, 2, 1)
    assert agree(458.51, 459, 2, 0)
    assert not agree(458.51, 460.0, 2, 0)
    assert not agree(2.8, 3.0, 1, 1)


def test_an_estimate_later_stated_differently_is_a_revision(tmp_path):
    store = store_with(tmp_path, REPORT_2023, NEWS_2023)
    found = find_conflicts(store)
    gdp = [c for c in found if c.indicator_id == "gdp" and c.measure == "level"]
    assert len(gdp) == 1
    c = gdp[0]
    assert c.kind == "revision" and c.year == 2022 and c.area_code == "440784"
    assert [s.estimate for s in c.sources] == [True, False]
    assert c.values == [450.0, 458.51]
    growth = [c for c in found if c.measure == "growth"]
    assert len(growth) == 1 and growth[0].kind == "revision"  # 3.5% (预计) vs 2.8%
    store.close()


def test_two_final_figures_that_differ_are_a_contradiction(tmp_path):
    store = store_with(tmp_path, NEWS_2023, OTHER_2023)
    found = find_conflicts(store, area="鹤山市")
    assert [(c.indicator_id, c.measure, c.kind) for c in found] == [
        ("gdp", "level", "contradiction")
    ]
    assert {s.doc.name for s in found[0].sources} == {"doc0.txt", "doc1.txt"}
    # growth 2.8% in both: no conflict
    store.close()


def test_precision_is_read_from_the_printed_value():
    from planwatch.conflicts import EXACT_PLACES, printed_places

    assert printed_places("458.51亿元") == 2
    assert printed_places("3.0%") == 1  # a float would forget this zero
    assert printed_places("6%左右") == 0
    assert printed_places("2 . 8%") == 1
    assert printed_places("三成") == EXACT_PLACES
    assert not agree(3.0, 3.5, printed_places("3.0%"), printed_places("3.5%"))


def test_one_order_of_documents_for_conflicts_and_the_ledger():
    from datetime import UTC, datetime

    from planwatch.conflicts import document_order
    from planwatch.store.repo import DocRow

    def doc(i, year=None, published=None, start=None, end=None):
        return DocRow(
            i, f"d{i}", None, "0" * 64, "txt", 1, 1, None, "other", None, None, year, start,
            end, published, 0, 1, None, datetime.now(UTC),
        )  # fmt: skip

    plan = doc(1, start=2021, end=2025)  # adopted in its first year, not in 2025
    report = doc(2, year=2022)
    news = doc(3, published="2023-01-15")  # no report year: its date's year
    later_same_year = doc(4, year=2023, published="2023-03-02")
    ordered = sorted([later_same_year, news, report, plan], key=document_order)
    assert [d.id for d in ordered] == [1, 2, 3, 4]


def test_figures_of_no_known_area_never_conflict_and_joint_areas_only_with_their_own(tmp_path):
    no_area_a = "经济观察\n2022年,地区生产总值增长3%。\n"
    no_area_b = "经济简报\n2022年,地区生产总值增长4%。\n"
    joint_a = "多地两会观察\n2022年,北京、上海经济平稳,地区生产总值均增长3%。\n"
    joint_b = "多地两会简报\n2022年,北京、上海经济平稳,地区生产总值均增长4%。\n"
    store = store_with(tmp_path, no_area_a, no_area_b, joint_a, joint_b)
    facts = [sf.fact for sf in store.iter_facts()]
    assert {f.jurisdiction for f in facts} == {None, "北京市、上海市"}
    found = [c for c in find_conflicts(store) if c.indicator_id == "gdp"]
    assert len(found) == 1
    assert (found[0].area_code, found[0].area_name) == (None, "北京市、上海市")
    assert {src.doc.name for src in found[0].sources} == {"doc2.txt", "doc3.txt"}
