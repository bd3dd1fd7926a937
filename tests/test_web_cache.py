"""The web app's evaluation cache: dropped only for the areas a new document or correction touches."""

from __future__ import annotations

import threading
import time

import pytest

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store
from planwatch.web import evaluation as web_evaluation
from planwatch.web.evaluation import Evaluations

OPTS = Options(workers=1, show_progress=False)


def _report(county: str, year: int, growth: float) -> str:
    return (
        f"{year}年{county}人民政府工作报告\n"
        f"过去一年，全市地区生产总值增长{growth}%。\n"
        f"{year + 1}年主要预期目标是：地区生产总值增长6%左右。\n"
    )


def _add(store: Store, folder, county: str, year: int, growth: float) -> None:
    path = folder / f"{county}{year}年政府工作报告.txt"
    path.write_text(_report(county, year, growth), encoding="utf-8")
    assert ingest([str(path)], store, OPTS).failed == 0


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = web_evaluation.evaluate_area

    def counting(store, code, **kw):
        calls.append(code)
        time.sleep(0.05)  # long enough for concurrent callers to overlap
        return real(store, code, **kw)

    monkeypatch.setattr(web_evaluation, "evaluate_area", counting)
    return calls


def _code(store: Store, name: str) -> str:
    return next(a.code for a in store.areas() if a.name == name)


def test_a_new_document_drops_only_its_areas_evaluation(tmp_path, counted):
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        _add(store, tmp_path, "台山市", 2022, 2.5)
        heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
        evs = Evaluations(store, processes=False)
        first = evs.area(heshan)[0]
        evs.area(taishan)
        assert counted == [heshan, taishan]
        assert evs.area(heshan)[0] is first  # nothing changed: the cached answer
        _add(store, tmp_path, "鹤山市", 2023, 4.0)
        # A page that cannot wait gets the evaluation before the new document, said so.
        stale, why = evs.area(heshan, wait_s=0)
        assert stale is first and "being computed" in why
        again = evs.area(heshan)[0]
        evs.area(taishan)
        assert counted == [heshan, taishan, heshan]  # 台山市 kept its evaluation
        # The report titled 2023 reviews 2022 (delivered early in the year it is titled).
        assert again is not first and again.as_of == first.as_of + 1 == 2022
        fact = next(sf for sf in store.facts() if sf.fact.jurisdiction_code == taishan)
        store.correct(fact.id, author="t", field="value", value="2.6", wrong=False, note=None)
        evs.area(heshan)
        evs.area(taishan)
        assert counted == [heshan, taishan, heshan, taishan]
        evs.close()


def test_concurrent_requests_for_one_area_compute_it_once(tmp_path, counted):
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        code = _code(store, "鹤山市")
        evs = Evaluations(store, processes=False)
        got: list = []
        threads = [threading.Thread(target=lambda: got.append(evs.area(code)[0])) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert counted == [code]
        assert len(got) == 8 and all(ev is got[0] for ev in got)
        evs.close()


def _wait_current(evs: Evaluations, codes: list[str]) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = evs.summaries(codes, wait_s=0)
        if len(found) == len(codes) and all(r.current for r in found.values()):
            return found
        time.sleep(0.05)
    raise AssertionError(f"not evaluated in time: {found}")


def test_lists_read_stored_evaluations_refreshed_in_the_background(tmp_path, counted):
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        _add(store, tmp_path, "台山市", 2022, 2.5)
        heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
        codes = [heshan, taishan]
        evs = Evaluations(store, processes=False)
        assert evs.summaries(codes, wait_s=0) == {}  # nothing stored, no time: all queued
        first = _wait_current(evs, codes)
        assert sorted(counted) == sorted(codes)  # each once, by the background thread
        assert first[heshan].counts["total"] >= 1 and first[heshan].summary_line
        evs.close()  # its refresher would compute along with the next one's
        # Another server (a new Evaluations) reads them from the store: nothing computed.
        other = Evaluations(store, processes=False)
        assert other.summaries(codes, wait_s=0) == first
        assert len(counted) == 2
        _add(store, tmp_path, "鹤山市", 2023, 4.0)
        # A page shows the stale counts at once, said so, while the area is recomputed.
        now = other.summaries(codes, wait_s=0)
        assert not now[heshan].current and now[taishan].current
        again = _wait_current(other, codes)
        assert sorted(counted) == sorted([*codes, heshan])  # only 鹤山市 computed again
        assert again[heshan].as_of == first[heshan].as_of + 1
        other.close()


def test_the_worker_process_leaves_when_the_server_is_killed(tmp_path):
    import os
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
    script = (
        "import os, sys\n"
        "from planwatch.store.repo import Store\n"
        "from planwatch.web.evaluation import Evaluations\n"
        f"ev = Evaluations(Store({url!r}))\n"
        "assert ev.area('鹤山市')[0] is not None\n"
        "print(*ev._pool._processes, flush=True)\n"
        "os._exit(0)\n"  # killed: no shutdown of the pool
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    workers = [int(p) for p in out.stdout.split()]
    assert workers

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    deadline = time.monotonic() + 30
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in workers), "the evaluation worker outlived its server"
