"""Evaluations kept in the store: the same answers as computing them, recomputed only
for the areas a newer document or correction touches."""

from __future__ import annotations

import json

import pytest

from planwatch import evaluated
from planwatch.evaluate import evaluate_area, evaluate_many
from planwatch.evaluated import current_evaluations, evaluate_batch, refresh, stale_codes
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalstore import forget_evaluations, note_changes
from planwatch.store.repo import Store

OPTS = Options(workers=1, show_progress=False)


def _report(county: str, year: int, growth: float) -> str:
    return (
        f"{year}年{county}人民政府工作报告\n"
        f"过去一年，全市地区生产总值增长{growth}%，一般公共预算收入12.5亿元。\n"
        f"{year + 1}年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
    )


def _plan(county: str) -> str:
    return (
        f"{county}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "第一章 发展目标\n"
        "到2025年，地区生产总值年均增长6.5%，森林覆盖率达到48%以上。\n"
    )


def _add(store: Store, folder, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert ingest([str(path)], store, OPTS).failed == 0


def _code(store: Store, name: str) -> str:
    return next(a.code for a in store.areas() if a.name == name)


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 's.db'}") as s:
        _add(s, tmp_path, "鹤山市规划纲要.txt", _plan("鹤山市"))
        _add(s, tmp_path, "鹤山市2022年政府工作报告.txt", _report("鹤山市", 2022, 3.1))
        _add(s, tmp_path, "台山市2022年政府工作报告.txt", _report("台山市", 2022, 2.5))
        yield s


def test_stored_evaluations_are_what_evaluating_gives(store):
    fresh = {ev.area.code: ev.to_dict() for ev in evaluate_many(store)}
    assert len(fresh) >= 2
    first = current_evaluations(store)  # computed and stored
    again = current_evaluations(store)  # read back
    for evs in (first, again):
        assert [e.area.code for e in evs] == sorted(fresh)
        for e in evs:
            # The JSON a user gets is the same, stored or computed.
            assert json.dumps(e.to_dict(), sort_keys=True) == json.dumps(
                fresh[e.area.code], sort_keys=True
            )
            assert e.summary.to_record() == fresh[e.area.code]["summary"]
            assert e.summary_line() == fresh[e.area.code]["summary_line"]
    heshan = next(e for e in again if e.area.name == "鹤山市")
    assert heshan.plan is not None and heshan.plan.when == "2021-2025"


def test_the_batch_evaluates_each_area_as_evaluate_area_does(store):
    codes = [_code(store, "鹤山市"), _code(store, "台山市")]
    for code, ev in evaluate_batch(store, codes, as_of=2021):
        assert ev.to_dict() == evaluate_area(store, code, as_of=2021).to_dict()


def test_only_the_areas_a_new_document_touches_are_computed_again(store, tmp_path):
    heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
    assert set(refresh(store).computed) == {heshan, taishan}
    assert refresh(store).computed == {}  # nothing changed: nothing computed
    _add(store, tmp_path, "鹤山市2023年政府工作报告.txt", _report("鹤山市", 2023, 4.0))
    assert stale_codes(store) == [heshan]  # seen before the change is noted
    done = refresh(store)
    assert set(done.computed) == {heshan}
    assert done.computed[heshan].as_of == 2022  # the new report's review year
    assert stale_codes(store) == []


def test_a_correction_or_a_new_version_of_a_file_touches_its_area(store, tmp_path):
    heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
    refresh(store)
    fact = next(sf for sf in store.facts() if sf.fact.jurisdiction_code == taishan)
    store.correct(fact.id, author="t", field="value", value="2.6", wrong=False, note=None)
    assert set(refresh(store).computed) == {taishan}
    # The same file changed: the new version supersedes the old one.
    _add(store, tmp_path, "鹤山市2022年政府工作报告.txt", _report("鹤山市", 2022, 3.3))
    assert set(refresh(store).computed) == {heshan}


def test_forgotten_or_differently_computed_evaluations_are_computed_again(store, monkeypatch):
    heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
    refresh(store)
    forget_evaluations(store, [heshan])
    assert set(refresh(store).computed) == {heshan}
    # Stored by other evaluation code (another fingerprint): every area again.
    monkeypatch.setattr(evaluated, "FORMAT", "another")
    assert set(refresh(store).computed) == {heshan, taishan}


def test_changes_noted_before_any_evaluation_was_stored_still_count(store, tmp_path):
    heshan = _code(store, "鹤山市")
    refresh(store)
    _add(store, tmp_path, "鹤山市2023年政府工作报告.txt", _report("鹤山市", 2023, 4.0))
    note_changes(store)  # noted by another process before this one looks
    assert stale_codes(store) == [heshan]


def test_a_failing_area_is_reported_and_the_others_are_stored(store):
    heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")

    def failing(s, code, **kw):
        if code == taishan:
            from planwatch.core.errors import PlanwatchError

            raise PlanwatchError("no such plan")
        return evaluate_area(s, code, **kw)

    done = refresh(store, evaluate=failing)
    assert set(done.computed) == {heshan} and set(done.failed) == {taishan}
    assert stale_codes(store) == [taishan]


def test_evaluate_all_and_export_read_the_stored_rows(store, tmp_path):
    from click.testing import CliRunner

    from planwatch.cli import cli

    url = str(store.url)
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", url, "evaluate", "--all", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output) == [ev.to_dict() for ev in evaluate_many(store)]
    assert stale_codes(store) == []  # stored by the command
    csv_path = tmp_path / "ev.csv"
    out = runner.invoke(cli, ["--db", url, "export", "evaluations", "-o", str(csv_path)])
    assert out.exit_code == 0, out.output
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("area,area_code") and any("鹤山市" in ln for ln in lines[1:])


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_a_large_first_evaluation_spread_over_processes_stores_the_same(
    store, tmp_path, monkeypatch, start
):
    serial = {c: r.detail for c, r in refresh(store).computed.items()}
    assert len(serial) >= 2
    forget_evaluations(store)
    # Every area counts as many: they are handed to two worker processes in chunks
    # (forked from a process with one thread, as evaluate --all is; spawned from a server).
    monkeypatch.setattr(evaluated, "PARALLEL_FROM", 1)
    monkeypatch.setattr(evaluated, "GROUP", 1)
    monkeypatch.setattr(evaluated, "parallel_workers", lambda: 2)
    monkeypatch.setattr(evaluated, "_start_method", lambda: start)
    spread = refresh(store)
    # Workers hand their records back packed as stored; read, they are the same.
    assert all(r.packed and r.detail is None for r in spread.computed.values())
    as_read = {c: evaluated.StoredAreaEvaluation(r).to_dict() for c, r in spread.computed.items()}
    assert as_read == serial
    assert spread.saved and not spread.failed and stale_codes(store) == []
    got = {ev.area.code: ev.to_dict() for ev in current_evaluations(store)}
    assert got == serial


def test_an_evaluation_in_one_worker_process_is_read_through_its_own_connection(store):
    codes = sorted(refresh(store).computed)
    done: dict = {}
    failed = evaluated._records_in_processes(store.url, codes, None, 1, done.update)
    assert sorted(done) == codes and not failed


def test_a_record_packed_in_a_worker_is_stored_as_the_caller_would_store_it(store):
    from planwatch.store.evalstore import _row, packed

    for rec in refresh(store).computed.values():
        stamp = (1, 0)
        here, there = _row(rec, stamp, "f"), _row(packed(rec), stamp, "f")
        here.pop("computed_at"), there.pop("computed_at")
        assert here == there
