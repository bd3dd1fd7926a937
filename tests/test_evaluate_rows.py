"""Evaluation reads an area's facts as rows and makes objects only of what it uses
(evaluate.ledger_rows): the ledger, the targets chosen and every evaluation are the
ones the objects of every row give; a target the evaluation leaves out changes
nothing; a corrected fact is read with its correction and the area evaluated again;
a ledger's lookups are its own (a view of it starts afresh). SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.storetexts import ingest_texts

from planwatch.evaluate import codec, evaluate_area
from planwatch.evaluate.evaluate import evaluate_ledger, kept_indicators
from planwatch.evaluate.ledger import choose_plan, load_ledger, resolve_area
from planwatch.evaluate.targets import select_targets
from planwatch.evaluated import current_evaluations, refresh
from planwatch.store.evalfacts import AreaRows, RowFacts, area_group
from planwatch.store.repo import Store

# Composed in the style of a county's outline, a sector plan of another period and two
# years' reports: targets of this plan, of the last one, and results of both years.
DOCS = {
    "a_开平市规划纲要.txt": (
        "开平市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第一章 发展目标\n"
        "到2025年，地区生产总值年均增长6%，森林覆盖率达到50%以上，"
        "城镇居民人均可支配收入年均增长7%，侨乡历史建筑修缮率达到90%。\n"
    ),
    "b_开平市2022年政府工作报告.txt": (
        "2022年开平市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长6.8%，森林覆盖率达到47.5%，"
        "城镇居民人均可支配收入增长7.4%。\n"
        "今年主要预期目标是：地区生产总值增长6%左右。\n"
    ),
    "c_开平市2023年政府工作报告.txt": (
        "2023年开平市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长5.1%，森林覆盖率达到48.2%。\n"
        "今年主要预期目标是：地区生产总值增长5.5%左右。\n"
    ),
}

# A target of the plan before (its period ended) and one no catalog indicator names.
LEFT_OUT = {
    "d_开平市十三五规划纲要.txt": (
        "开平市国民经济和社会发展第十三个五年规划纲要\n"
        "第一章 发展目标\n"
        "到2020年，地区生产总值年均增长8%，森林覆盖率达到46%。\n"
    ),
}
UNMATCHED = {
    "e_开平市2023年政府工作报告补充.txt": (
        "2023年开平市人民政府工作报告（补充）\n今年主要预期目标是：碉楼修缮完成率达到60%。\n"
    ),
}


@pytest.fixture
def store(db_url, tmp_path):
    with Store(db_url) as s:
        ingest_texts(s, tmp_path, DOCS)
        yield s


def _code(store: Store) -> str:
    return next(a.code for a in store.areas() if a.name == "开平市")


def _ledgers(store: Store, code: str):
    """The area's ledger made from rows, and from every row's objects."""
    area = resolve_area(store, code)
    read = area_group(store, [code], kept_indicators())
    rows = read.facts[code]
    assert isinstance(rows, AreaRows), "an uncorrected area is read as rows"
    summary = read.pruned[code]
    from_rows = load_ledger(store, area, read.documents, rows, summary)
    objects = load_ledger(store, area, read.documents, list(rows), summary)
    return from_rows, objects


def test_row_and_object_ledgers_agree(store):
    code = _code(store)
    from_rows, objects = _ledgers(store, code)
    assert from_rows.rows is not None and objects.rows is None
    assert from_rows.every_fact() == objects.every_fact()
    assert from_rows.targets() == objects.targets()
    assert from_rows.docs == objects.docs
    assert from_rows.latest_actual_year() == objects.latest_actual_year() == 2022
    for iid in {lf.fact.indicator_id for lf in objects.every_fact() if lf.fact.indicator_id}:
        assert from_rows.actual_facts(iid) == objects.actual_facts(iid)
        for measure in ("level", "growth"):
            assert from_rows.actuals(iid, measure) == objects.actuals(iid, measure)
            assert from_rows.yearly(iid, measure) == objects.yearly(iid, measure)


def test_row_and_object_ledgers_evaluate_the_same(store):
    code = _code(store)
    from_rows, objects = _ledgers(store, code)
    plan = choose_plan(store, objects, None)
    assert plan is not None and plan.period_end == 2025
    assert select_targets(from_rows, plan) == select_targets(objects, plan)
    a, b = evaluate_ledger(from_rows, plan), evaluate_ledger(objects, plan)
    assert a.rows, "the plan's targets are judged"
    # Unmatched targets stay rows until read, and are written as their facts are.
    assert isinstance(a.unmatched, RowFacts) and isinstance(b.unmatched, tuple)
    assert [f.value for f in a.unmatched] == [90.0]
    assert a.unmatched == b.unmatched and a == b
    assert codec.from_json(codec.to_json(a)) == a
    assert codec.to_json(a) == codec.to_json(b)
    assert codec.to_json(evaluate_area(store, code)) == codec.to_json(a)


def test_targets_are_chosen_before_they_are_made(store):
    code = _code(store)
    from_rows, _ = _ledgers(store, code)
    plan = choose_plan(store, from_rows, None)
    every = from_rows.targets()
    kept = from_rows.targets(lambda year, start, doc: year == 2025)
    assert kept and len(kept) < len(every)
    assert kept == [lf for lf in every if lf.fact.year == 2025]
    groups, _ = select_targets(from_rows, plan)
    assert {g.primary.fact.year for g in groups} <= {2021, 2022, 2023, 2024, 2025}


def test_targets_the_evaluation_leaves_out_change_nothing(store, tmp_path):
    code = _code(store)
    before = evaluate_area(store, code)
    (tmp_path / "more").mkdir()
    ingest_texts(store, tmp_path / "more", LEFT_OUT)
    after = evaluate_area(store, code)
    assert after.plan is not None and after.plan.period_end == 2025
    assert after.to_dict()["targets"] == before.to_dict()["targets"]
    assert [r.sources for r in after.rows] == [r.sources for r in before.rows]


def test_an_unmatched_target_is_listed_and_changes_no_row(store, tmp_path):
    code = _code(store)
    before = evaluate_area(store, code)
    (tmp_path / "more").mkdir()
    ingest_texts(store, tmp_path / "more", UNMATCHED)
    after = evaluate_area(store, code)
    new = [f for f in after.unmatched if f not in before.unmatched]
    assert [f.value for f in new] == [60.0]
    assert after.to_dict()["targets"] == before.to_dict()["targets"]


def test_a_corrected_fact_is_read_with_its_correction_and_evaluated_again(store):
    code = _code(store)
    first = {e.area.code: e.to_dict() for e in current_evaluations(store)}[code]
    target = next(
        sf
        for sf in store.iter_facts()
        if sf.fact.jurisdiction_code == code
        and sf.fact.kind.value == "target"
        and sf.fact.indicator_id == "forest_coverage"
    )
    store.correct(target.id, author="test", field="value", value="52")
    read = area_group(store, [code], kept_indicators())
    assert read.pruned == {} and isinstance(read.facts[code], list), "read whole, as made"
    fixed = next(q.stored for q in read.facts[code] if q.stored.id == target.id)
    assert fixed.corrected and fixed.fact.value == 52.0
    assert code in refresh(store, [code]).computed
    again = {e.area.code: e.to_dict() for e in current_evaluations(store)}[code]

    def forest(ev: dict) -> float:
        rows = ev["targets"]
        return next(r["target"]["value"] for r in rows if r["indicator_id"] == "forest_coverage")

    assert forest(first) == 50.0 and forest(again) == 52.0


def test_a_view_of_a_ledger_keeps_lookups_of_its_own(store):
    code = _code(store)
    ledger, _ = _ledgers(store, code)
    growth = ledger.actuals("gdp", "growth")
    assert [lf.fact.year for lf in growth] == [2021, 2022]
    assert set(ledger.yearly("gdp", "growth")) == {2021, 2022}
    stand_in = replace(growth[0], fact=growth[0].fact.with_(year=2019))
    view = replace(ledger, facts=ledger.facts + (stand_in,))
    assert set(view.yearly("gdp", "growth")) == {2019, 2021, 2022}
    assert set(ledger.yearly("gdp", "growth")) == {2021, 2022}, "the ledger is unchanged"
    assert "_yearly" not in vars(ledger) and "_cache" not in vars(ledger)
