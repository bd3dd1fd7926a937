"""Evaluation reads an area pruned: its targets, and the actuals of the indicators its
targets (or a rule besides them) name; the actuals of other indicators are read only
when a rule asks, their documents and latest year from SQL. The evaluation is the one a
whole read gives, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from tests.storetexts import ingest_texts

import planwatch.evaluate.evaluate as evaluate_module
from planwatch.evaluate import codec, evaluate_area
from planwatch.evaluate.evaluate import kept_indicators
from planwatch.evaluate.ledger import load_ledger, resolve_area
from planwatch.evaluated import current_evaluations, refresh
from planwatch.store import evalfacts
from planwatch.store.evalfacts import area_group
from planwatch.store.repo import Store

# Composed in the style of a county's outline and two years' reports: the outline
# targets two catalog indicators; the reports state those and three others.
DOCS = {
    "a_鹤山市规划纲要.txt": (
        "鹤山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第一章 发展目标\n"
        "到2025年，地区生产总值年均增长6.5%，森林覆盖率达到48%以上。\n"
    ),
    "b_鹤山市2022年政府工作报告.txt": (
        "2022年鹤山市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长7.1%，森林覆盖率达到46.2%，"
        "规模以上工业增加值增长6.1%，社会消费品零售总额增长9.4%。\n"
    ),
    "c_鹤山市2023年政府工作报告.txt": (
        "2023年鹤山市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长4.3%，森林覆盖率达到46.9%，"
        "一般公共预算收入增长3.2%，规模以上工业增加值增长5.0%。\n"
    ),
}

# A later report on an indicator no target names, for a year the area already reports.
ASIDE = {
    "d_鹤山市统计快报.txt": (
        "鹤山市2022年国民经济运行情况\n2022年，全市社会消费品零售总额增长8.8%，固定资产投资增长7.7%。\n"
    )
}


def _whole(monkeypatch) -> None:
    """Evaluation reading every evaluable fact, as before pruned reads."""
    monkeypatch.setattr(
        evaluate_module, "area_group", lambda store, codes, keep=None: area_group(store, codes)
    )


def _code(store: Store) -> str:
    return next(a.code for a in store.areas() if a.name == "鹤山市")


@pytest.fixture
def store(db_url, tmp_path):
    with Store(db_url) as s:
        ingest_texts(s, tmp_path, DOCS)
        yield s


def test_the_pruned_read_leaves_out_actuals_no_target_names(store):
    code = _code(store)
    whole = area_group(store, [code]).facts[code]
    read = area_group(store, [code], kept_indicators())
    pruned = read.facts[code]
    targeted = {q.stored.fact.indicator_id for q in whole if q.stored.fact.kind.value == "target"}
    assert {"gdp", "forest_coverage"} <= targeted
    left_out = [q for q in whole if q.stored.id not in {p.stored.id for p in pruned}]
    assert left_out, "actuals of indicators no target names are not read"
    assert all(q.stored.fact.indicator_id not in targeted for q in left_out)
    summary = read.pruned[code]
    assert summary.indicators >= targeted
    assert [q.stored for q in pruned] == [
        q.stored
        for q in whole
        if q.stored.fact.kind.value == "target" or q.stored.fact.indicator_id in summary.indicators
    ]
    assert summary.doc_ids == {q.stored.doc_id for q in whole}
    assert summary.latest_year == 2022


def test_a_rule_asking_for_a_left_out_indicator_gets_what_a_whole_read_holds(store):
    code = _code(store)
    area = resolve_area(store, code)
    read = area_group(store, [code], kept_indicators())
    pruned = load_ledger(store, area, read.documents, read.facts[code], read.pruned[code])
    whole_read = area_group(store, [code])
    whole = load_ledger(store, area, whole_read.documents, whole_read.facts[code])
    assert len(pruned.every_fact()) < len(whole.every_fact())
    assert pruned.docs == whole.docs
    assert pruned.latest_actual_year() == whole.latest_actual_year()
    other = {lf.fact.indicator_id for lf in whole.every_fact()} - {
        lf.fact.indicator_id for lf in pruned.every_fact()
    }
    assert other
    for iid in sorted(other):
        assert pruned.actual_facts(iid) == whole.actual_facts(iid)
        for measure in ("level", "growth"):
            assert pruned.actuals(iid, measure) == whole.actuals(iid, measure)
            assert pruned.yearly(iid, measure) == whole.yearly(iid, measure)


def test_pruned_and_whole_reads_evaluate_the_same(store, monkeypatch):
    code = _code(store)
    pruned = evaluate_area(store, code)
    assert pruned.rows, "the outline's targets are judged"
    _whole(monkeypatch)
    whole = evaluate_area(store, code)
    assert codec.to_json(pruned) == codec.to_json(whole)
    assert pruned.to_dict() == whole.to_dict()


def test_facts_of_other_indicators_do_not_change_the_evaluation(store, tmp_path):
    code = _code(store)
    before = evaluate_area(store, code)
    docs_before = area_group(store, [code], kept_indicators()).pruned[code].doc_ids
    (tmp_path / "more").mkdir()
    ingest_texts(store, tmp_path / "more", ASIDE)
    read = area_group(store, [code], kept_indicators())
    assert read.pruned[code].doc_ids > docs_before, "the new figures are the area's"
    assert read.pruned[code].latest_year == 2022
    after = evaluate_area(store, code)
    assert after.to_dict() == before.to_dict()
    assert codec.to_json(after) == codec.to_json(before)


def test_a_changed_fact_makes_the_area_evaluated_again(store):
    code = _code(store)
    first = {e.area.code: e.to_dict() for e in current_evaluations(store)}[code]
    target = next(
        sf
        for sf in store.iter_facts()
        if sf.fact.jurisdiction_code == code
        and sf.fact.indicator_id == "forest_coverage"
        and sf.fact.kind.value == "actual"
        and sf.fact.year == 2022
    )
    store.correct(target.id, author="test", field="value", value="49.5")
    done = refresh(store, [code])
    assert code in done.computed
    # A corrected area is read whole (a correction may change what the query chose).
    assert area_group(store, [code], kept_indicators()).pruned == {}
    again = {e.area.code: e.to_dict() for e in current_evaluations(store)}[code]

    def forest(evaluation: dict) -> dict:
        return next(t for t in evaluation["targets"] if t["indicator_id"] == "forest_coverage")

    assert forest(again) != forest(first)
    assert (
        forest(again)
        == evaluate_area(store, code).to_dict()["targets"][
            [t["indicator_id"] for t in again["targets"]].index("forest_coverage")
        ]
    )


def test_more_actuals_reads_one_indicator_in_ledger_order(store):
    code = _code(store)
    whole = area_group(store, [code]).facts[code]
    for iid in ("industrial_value_added_above_scale", "gdp"):
        expect = [
            q.stored
            for q in whole
            if q.stored.fact.indicator_id == iid and q.stored.fact.kind.value == "actual"
        ]
        assert [q.stored for q in evalfacts.more_actuals(store, code, iid)] == expect
