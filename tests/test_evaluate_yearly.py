"""A ledger's series (Ledger.yearly) know their years from the rows' columns and make a
year's statements only when that year is read; they keep no reference to the ledger,
so an area's objects are freed as soon as its evaluation is done (no cycle left for the
garbage collector); ``evaluate --all`` hands its last round of areas to the workers in
smaller chunks. SQLite and PostgreSQL."""

from __future__ import annotations

import gc
import weakref

import pytest
from tests.storetexts import ingest_texts

from planwatch.evaluate.evaluate import evaluate_ledger, kept_indicators
from planwatch.evaluate.ledger import choose_plan, load_ledger, resolve_area
from planwatch.evaluate.ledger_rows import Yearly
from planwatch.evaluated import _chunks
from planwatch.store.evalfacts import AreaRows, area_group
from planwatch.store.repo import Store

# Composed in the style of a county's outline and three years' reports: a level stated
# for three years, one of them twice (the communiqué's figure restated next spring).
DOCS = {
    "a_台山市规划纲要.txt": (
        "台山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第二章 主要目标\n"
        "到2025年，森林覆盖率达到58%以上，常住人口城镇化率达到60%。\n"
    ),
    "b_台山市2022年政府工作报告.txt": (
        "2022年台山市人民政府工作报告\n过去一年，全市森林覆盖率达到55.1%，常住人口城镇化率达到55.6%。\n"
    ),
    "c_台山市2023年政府工作报告.txt": (
        "2023年台山市人民政府工作报告\n过去一年，全市森林覆盖率达到55.9%。\n"
    ),
    "d_台山市2024年政府工作报告.txt": (
        "2024年台山市人民政府工作报告\n"
        "过去一年，全市森林覆盖率达到56.4%。2022年森林覆盖率为55.9%。\n"
    ),
}


@pytest.fixture
def store(db_url, tmp_path):
    with Store(db_url) as s:
        ingest_texts(s, tmp_path, DOCS)
        yield s


def _ledger(store: Store):
    code = next(a.code for a in store.areas() if a.name == "台山市")
    read = area_group(store, [code], kept_indicators())
    rows = read.facts[code]
    assert isinstance(rows, AreaRows), "an uncorrected area is read as rows"
    area = resolve_area(store, code)
    return load_ledger(store, area, read.documents, rows, read.pruned[code]), rows


def _made(rows: AreaRows, ledger) -> int:
    """How many of the area's actual rows the ledger has made facts of."""
    return sum(1 for i in ledger.rows._made if rows.rows[i][rows.at["kind"]] == "actual")


def test_a_series_knows_its_years_before_any_statement_is_made(store):
    ledger, rows = _ledger(store)
    forest = ledger.yearly("forest_coverage", "level")
    assert isinstance(forest, Yearly)
    assert list(forest) == [2021, 2022, 2023] and len(forest) == 3
    assert 2022 in forest and 2020 not in forest and forest.get(2020) is None
    assert _made(rows, ledger) == 0, "nothing made until a year is read"
    chosen = forest[2022]
    assert chosen.fact.value == 55.9 and len(chosen.others) == 1
    assert _made(rows, ledger) == 2, "only the two statements of 2022"
    assert forest[2022] is chosen, "chosen once"
    assert ledger.yearly("forest_coverage", "level") is forest, "kept for the ledger's life"
    assert [c.fact.value for c in forest.values()] == [55.1, 55.9, 56.4]


def test_a_series_in_a_unit_leaves_out_the_years_stated_in_others(store):
    ledger, _ = _ledger(store)
    assert list(ledger.yearly("forest_coverage", "level", unit="%")) == [2021, 2022, 2023]
    assert list(ledger.yearly("forest_coverage", "level", unit="万人")) == []
    assert list(ledger.yearly("forest_coverage", "growth")) == []


def test_an_evaluated_ledger_is_freed_without_the_garbage_collector(store):
    ledger, _ = _ledger(store)
    plan = choose_plan(store, ledger, None)
    ev = evaluate_ledger(ledger, plan)
    assert any(r.indicator_id == "forest_coverage" for r in ev.rows)
    assert ledger._memo.yearly, "the evaluation read the ledger's series"
    gone = weakref.ref(ledger)
    was = gc.isenabled()
    gc.disable()
    try:
        del ledger
        assert gone() is None, "no reference cycle keeps the ledger"
    finally:
        if was:
            gc.enable()


def test_the_last_round_of_areas_goes_in_smaller_chunks():
    codes = [f"{440000 + i}" for i in range(924)]
    chunks = _chunks(codes, 2)
    assert [c for chunk in chunks for c in chunk] == codes, "every area once, in order"
    sizes = [len(c) for c in chunks]
    assert sizes[:12] == [64] * 12 and max(sizes[12:]) == 16
    assert sum(sizes[12:]) >= 2 * 64, "a last round for each worker"
    assert [len(c) for c in _chunks(codes[:10], 2)] == [10]
    sizes = [len(c) for c in _chunks(codes * 6, 4)]  # more areas a worker: larger chunks
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 64
    assert sum(n for n in sizes if n < sizes[0]) >= 4 * sizes[0]
