"""Reads made cheaper in round 14 answer as the reads they replace: an indicator's
counts and first figures per area read from the index (no document join where nothing
is superseded, areas by code), a fact's evidence decoded when first read, the compare
list's columns chosen from the stored cells without making a cell of each."""

from __future__ import annotations

import pickle
from collections import Counter

from tests.test_page_costs import _shown

from planwatch.core.data import Evidence
from planwatch.core.evidence import to_json
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalstore import EvaluationRecord
from planwatch.store.indicatorpage import indicator_latest
from planwatch.store.pages import indicator_area_counts, indicator_facts
from planwatch.store.records import LazyEvidence
from planwatch.store.repo import Store
from planwatch.web.compare import _cells, _columns
from planwatch.web.data import indicator_sides

OPTS = Options(workers=1, show_progress=False)
OLD = "2023年鹤山市人民政府工作报告\n过去一年，全市地区生产总值增长5.2%，达到420亿元。\n"
NEW = (
    "2023年鹤山市人民政府工作报告\n过去一年，全市地区生产总值增长5.4%，达到421亿元。\n"
    "2024年主要预期目标是：地区生产总值增长6%左右。\n"
)
OTHER = (
    "2024年江海区人民政府工作报告\n过去一年，全区地区生产总值增长4.1%。\n"
    "今年主要预期目标是：地区生产总值增长5%左右。\n"
)


def _store_with_a_superseded_version(db_url: str, tmp_path) -> Store:
    store = Store(db_url)
    path = tmp_path / "鹤山市政府工作报告.txt"
    for text in (OLD, NEW):  # the same file again, changed: the new version supersedes
        path.write_text(text, encoding="utf-8")
        assert ingest([str(path)], store, OPTS).failed == 0
    other = tmp_path / "江海区政府工作报告.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert ingest([str(other)], store, OPTS).failed == 0
    return store


def test_an_indicators_counts_and_first_figures_leave_out_a_superseded_version(db_url, tmp_path):
    store = _store_with_a_superseded_version(db_url, tmp_path)
    every = indicator_facts(store, "gdp")  # joined with the current documents
    current_docs = {d.id for d in store.documents()}
    assert every and {sf.doc_id for sf in every} <= current_docs
    assert 5.2 not in {sf.fact.value for sf in every}  # the old version's figure
    by_area = Counter(sf.fact.jurisdiction_code for sf in every)
    counted: Counter = Counter()
    for _measure, code, _name, n in indicator_area_counts(store, "gdp"):
        counted[code] += n
    assert counted == by_area and len(by_area) == 2
    areas = sorted(by_area)
    for per_side in (1, 2, 6):
        few, totals = indicator_latest(store, "gdp", areas, per_side)
        assert {sf.doc_id for sf in few} <= current_docs
        assert _shown(indicator_sides(few, totals), per_side) == _shown(
            indicator_sides(every), per_side
        )
    # An area asked by a code the indicator has no figure of adds nothing.
    few, totals = indicator_latest(store, "gdp", [*areas, "110101"], 6)
    assert {sf.fact.jurisdiction_code for sf in few} == set(areas)
    store.close()


def test_a_facts_evidence_is_decoded_when_first_read_and_equals_the_tuple():
    items = (
        Evidence("kind", "time_word", "2023年", 100, 105),
        Evidence("year", "time_word", "2023年", 100, 105),
        Evidence("kind", "cue", "预计", 120, 122),
    )
    lazy = LazyEvidence(to_json(items))
    assert lazy._items is None  # nothing decoded yet
    assert lazy == items and items == lazy and hash(lazy) == hash(items)
    assert list(lazy) == list(items) and len(lazy) == 3 and lazy[2].text == "预计"
    assert pickle.loads(pickle.dumps(lazy)) == items
    assert type(pickle.loads(pickle.dumps(lazy))) is tuple
    assert LazyEvidence("not json") == ()  # unreadable evidence reads as none, as before


def _record(code: str, cells: dict) -> EvaluationRecord:
    return EvaluationRecord(code, code, 0, None, None, None, 2024, {}, "", cells)


def _cell(status: str, core: bool = True, name: str = "x") -> dict:
    return {"status": status, "indicator": name, "core": core, "anchor": "a", "explanation": "e"}


def test_the_compare_lists_columns_are_the_core_indicators_most_areas_judge():
    records = [
        _record("1", {"gdp": _cell("behind", name="地区生产总值"), "cpi": _cell("met")}),
        _record("2", {"gdp": _cell("met", name="GDP"), "side": _cell("met", core=False)}),
        _record("3", {"cpi": _cell("bogus"), "gdp": _cell("no_data")}),  # other code's cell
    ]
    columns = _columns(records)
    assert columns == (("gdp", "地区生产总值"), ("cpi", "x"))  # named as the first area does
    wanted = {i for i, _ in columns}
    assert set(_cells(records[1], wanted)) == {"gdp"}  # not the non-core column
    assert set(_cells(records[2], wanted)) == {"gdp"}  # the unreadable status left out
    assert _cells(records[0], wanted)["gdp"].status.value == "behind"
    assert set(_cells(records[1])) == {"gdp", "side"}  # without a choice: every cell
