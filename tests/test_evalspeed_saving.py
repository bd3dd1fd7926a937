"""evaluate --all's speed work: evaluations stored a chunk at a time while the workers
compute, older rows dropped by one statement, and a group's plan tables read at once —
each giving what the slower way gave."""

from __future__ import annotations

import pytest

from planwatch import evaluated
from planwatch.evaluate import evaluate_area
from planwatch.evaluate.evaluate import evaluate_groups
from planwatch.evaluated import current_evaluations, refresh, stale_codes
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalrefs import tables_by_doc
from planwatch.store.evalstore import forget_evaluations, save_evaluations, stored_evaluations
from planwatch.store.pages import store_version
from planwatch.store.repo import Store

OPTS = Options(workers=1, show_progress=False)


def _plan(county: str, income: str) -> str:
    """A county outline with its indicator table: a figure in most target cells, words
    in one (a target stated in words is read from the stored table)."""
    return (
        f"{county}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "第一章 发展目标\n"
        "到2025年，地区生产总值年均增长6%左右。\n\n"
        f"专栏1 {county}“十四五”时期经济社会发展主要指标\n"
        "指标 | 单位 | 2020年 | 2025年 | 年均增长/累计 | 属性\n"
        "地区生产总值增长 | % | - | - | 6左右 | 预期性\n"
        "常住人口城镇化率 | % | 58.0 | 63 | [5] | 预期性\n"
        f"居民人均可支配收入增长 | % | - | - | {income} | 预期性\n"
        "森林覆盖率 | % | 41.0 | 42 | - | 约束性\n"
    )


def _communique(county: str, growth: float) -> str:
    return (
        f"{county}2022年国民经济和社会发展统计公报\n\n"
        f"{county}统计局\n2023年3月10日\n\n"
        f"经初步核算，2022年全县地区生产总值310亿元，按可比价格计算，比上年增长{growth}%。"
        "全体居民人均可支配收入38000元，比上年增长6.1%。年末常住人口城镇化率59.2%。\n"
    )


COUNTIES = (("安吉县", "与经济增长基本同步"), ("长兴县", "高于地区生产总值增长"))


@pytest.fixture
def store(db_url, tmp_path):
    """Both counties' outlines and communiqués, on SQLite and on PostgreSQL."""
    with Store(db_url) as s:
        for i, (county, income) in enumerate(COUNTIES):
            for name, text in (
                (f"{county}规划纲要.txt", _plan(county, income)),
                (f"{county}2022年统计公报.txt", _communique(county, 4.5 + i)),
            ):
                path = tmp_path / name
                path.write_text(text, encoding="utf-8")
                assert ingest([str(path)], s, OPTS).failed == 0
        yield s


def _codes(store: Store) -> list[str]:
    return sorted({d.area_code for d in store.documents() if d.area_code})


def test_a_groups_plan_tables_read_at_once_are_each_plans_own(store):
    ids = [d.id for d in store.documents()]
    found = tables_by_doc(store, ids)
    assert found  # the outlines' indicator tables
    for i in ids:
        assert found.get(i, []) == store.recovered_tables(i)


def test_areas_evaluated_in_a_group_state_the_words_targets_as_one_area_alone(store):
    codes = _codes(store)
    assert len(codes) == 2
    grouped = dict(evaluate_groups(store, codes))
    for code in codes:
        alone = evaluate_area(store, code).to_dict()
        assert grouped[code].to_dict() == alone
        words = [t for t in alone["targets"] if t["target"]["qualitative"]]
        assert words, "the table's word cell is a target of the plan"


def test_a_spread_evaluation_is_stored_a_chunk_at_a_time(store, monkeypatch):
    serial = {c: r.detail for c, r in refresh(store).computed.items()}
    forget_evaluations(store)
    calls: list[list[str]] = []

    def counted(st, records, stamp, fmt):
        records = list(records)
        calls.append([r.area_code for r in records])
        return save_evaluations(st, records, stamp, fmt)

    monkeypatch.setattr(evaluated, "save_evaluations", counted)
    monkeypatch.setattr(evaluated, "PARALLEL_FROM", 1)
    monkeypatch.setattr(evaluated, "GROUP", 1)
    monkeypatch.setattr(evaluated, "parallel_workers", lambda: 2)
    monkeypatch.setattr(evaluated, "_start_method", lambda: "fork")
    spread = refresh(store)
    # The first area (computed before the workers start), then each worker's chunk.
    assert len(calls) >= 2 and sorted(c for call in calls for c in call) == sorted(serial)
    assert spread.saved and list(spread.computed) == sorted(serial)
    assert stale_codes(store) == []
    got = {ev.area.code: ev.to_dict() for ev in current_evaluations(store)}
    assert got == serial


def test_a_store_that_refuses_the_first_chunk_is_not_asked_again(store, monkeypatch):
    calls: list[int] = []

    def refused(st, records, stamp, fmt):
        calls.append(len(list(records)))
        return False

    monkeypatch.setattr(evaluated, "save_evaluations", refused)
    monkeypatch.setattr(evaluated, "PARALLEL_FROM", 1)
    monkeypatch.setattr(evaluated, "GROUP", 1)
    monkeypatch.setattr(evaluated, "parallel_workers", lambda: 2)
    monkeypatch.setattr(evaluated, "_start_method", lambda: "fork")
    done = refresh(store)
    assert len(calls) == 1 and not done.saved
    assert sorted(done.computed) == _codes(store)
    # Kept in memory: what evaluate --all prints of a read-only copy.
    assert [e.area.code for e in current_evaluations(store)] == _codes(store)


def test_evaluations_stored_again_replace_the_older_rows_of_their_keys(store):
    first = refresh(store).computed
    codes = sorted(first)
    stamp = store_version(store)
    # Stored a second time (every key at once): one row each, still current.
    assert save_evaluations(store, first.values(), stamp, evaluated.FORMAT)
    assert save_evaluations(store, [first[codes[0]]], stamp, evaluated.FORMAT)
    rows = stored_evaluations(store, evaluated.FORMAT)
    assert sorted(rows) == codes and all(r.current for r in rows.values())
    assert stale_codes(store) == []
