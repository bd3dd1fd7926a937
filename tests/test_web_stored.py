"""An area page reads the whole evaluation kept in the store instead of computing it,
and falls back to computing when the stored one is stale, missing or unreadable."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.codec import from_json, to_json
from planwatch.evaluated import refresh
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store import models as m
from planwatch.store.repo import Store
from planwatch.web import create_app
from planwatch.web import evaluation as web_evaluation
from planwatch.web.evaluation import PENDING, Evaluations

OPTS = Options(workers=1, show_progress=False)
LOCAL = "http://localhost"


def _report(county: str, year: int, growth: float, target: float) -> str:
    return (
        f"{year}年{county}人民政府工作报告\n"
        f"过去一年，全市地区生产总值增长{growth}%，规模以上工业增加值增长{growth + 1}%。\n"
        f"{year + 1}年主要预期目标是：地区生产总值增长{target}%左右。\n"
    )


def _add(store: Store, folder, county: str, year: int, growth: float, target=6.0) -> None:
    path = folder / f"{county}{year}年政府工作报告.txt"
    path.write_text(_report(county, year, growth, target), encoding="utf-8")
    assert ingest([str(path)], store, OPTS).failed == 0


def _code(store: Store, name: str) -> str:
    return next(a.code for a in store.areas() if a.name == name)


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = web_evaluation.evaluate_area

    def counting(store, code, **kw):
        calls.append(code)
        return real(store, code, **kw)

    monkeypatch.setattr(web_evaluation, "evaluate_area", counting)
    return calls


def _client(store: Store, tmp_path) -> TestClient:
    app = create_app(store.url, upload_dir=tmp_path / "uploads")
    app.state.evaluations.close()
    app.state.evaluations = Evaluations(app.state.store, processes=False)
    return TestClient(app, base_url=LOCAL)


def test_codec_gives_back_the_same_evaluation(sample_store):
    for code in ("440784", "440700"):
        ev = evaluate_area(sample_store, code)
        assert ev.rows and from_json(to_json(ev)) == ev


def test_area_page_reads_the_stored_evaluation(db_url, tmp_path, monkeypatch):
    with Store(db_url) as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        code = _code(store, "鹤山市")
        assert code in refresh(store).computed  # as `evaluate --all` or the refresher does
        calls = _counting(monkeypatch)
        client = _client(store, tmp_path)
        page = client.get(f"/areas/{code}")
        assert page.status_code == 200 and "地区生产总值" in page.text
        data = client.get(f"/areas/{code}.json").json()
        assert data["area_code"] == code and data["targets"]
        assert calls == []  # served from the store: nothing computed in the request
        # The other pages of the load benchmark, on both backends (their SQL is new).
        facts = client.get("/api/facts?limit=100").json()
        assert facts and [f["start"] for f in facts] == sorted(f["start"] for f in facts)
        assert "鹤山市" in client.get("/").text
        found = client.get("/search.json?q=地区生产总值").json()
        assert found["total"] >= 1 and found["results"][0]["doc"].startswith("鹤山市")
        assert client.get("/search.json?q=地区生产总值").json() == found  # kept
        client.app.state.evaluations.close()


def test_stale_stored_evaluation_is_shown_then_replaced(db_url, tmp_path, monkeypatch):
    with Store(db_url) as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        code = _code(store, "鹤山市")
        refresh(store)
        old = Evaluations(store, processes=False).area(code)[0]
        _add(store, tmp_path, "鹤山市", 2023, 4.0, target=5.5)
        calls = _counting(monkeypatch)
        evs = Evaluations(store, processes=False)  # a new server: nothing cached
        shown, why = evs.area(code, wait_s=0)
        # The stored one is stale: a page that cannot wait shows it, said so, or the new one.
        assert (shown == old and why == PENDING) or (shown != old and why is None)
        fresh, why = evs.area(code)  # the API waits for the new one
        assert why is None and fresh != old and fresh.as_of == old.as_of + 1
        assert calls == [code]
        evs.close()


def test_missing_or_unreadable_whole_is_computed(db_url, tmp_path, monkeypatch):
    with Store(db_url) as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        code = _code(store, "鹤山市")
        refresh(store)
        e = m.area_evaluations
        for whole in (None, b"not zlib"):
            with store.engine.begin() as conn:  # a row stored before the column, or broken
                conn.execute(sa.update(e).values(whole=whole))
            calls = _counting(monkeypatch)
            evs = Evaluations(store, processes=False)
            ev, why = evs.area(code, wait_s=0)
            assert ev is not None and why is None and ev.rows
            assert calls == [code]
            evs.close()


def test_answers_are_kept_until_the_store_changes(tmp_path):
    from planwatch.web.pagecache import PageCache

    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        calls: list[int] = []

        def compute() -> int:
            calls.append(1)
            return len(calls)

        now, lagging = PageCache(min_age_s=0), PageCache(min_age_s=3600)
        assert now.of_store(store, "k", compute) == now.of_store(store, "k", compute) == 1
        assert lagging.of_store(store, "k", compute) == 2
        _add(store, tmp_path, "台山市", 2022, 2.5)
        assert now.of_store(store, "k", compute) == 3  # the store changed: computed again
        assert lagging.of_store(store, "k", compute) == 2  # younger than its minimum age: kept
        assert now.of_store(store, "other", compute) == 4  # by key


def test_per_area_answers_are_dropped_only_for_the_areas_touched(tmp_path):
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        _add(store, tmp_path, "台山市", 2022, 2.5)
        heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
        evs = Evaluations(store, processes=False)
        calls: list[str] = []

        def count(code: str):
            return lambda: calls.append(code) or len(calls)

        assert evs.per_area(heshan, "x", count(heshan)) == 1
        assert evs.per_area(taishan, "x", count(taishan)) == 2
        assert evs.per_area(heshan, "x", count(heshan)) == 1  # kept
        _add(store, tmp_path, "鹤山市", 2023, 4.0)
        assert evs.per_area(heshan, "x", count(heshan)) == 3  # touched: computed again
        assert evs.per_area(taishan, "x", count(taishan)) == 2  # not touched: kept
        fact = next(sf for sf in store.facts() if sf.fact.jurisdiction_code == taishan)
        store.correct(fact.id, author="t", field="value", value="2.6", wrong=False, note=None)
        assert evs.per_area(taishan, "x", count(taishan)) == 4  # a correction touches it
        evs.close()


def test_readers_asking_at_once_wait_for_one_computation(tmp_path):
    import threading
    import time

    from planwatch.web.pagecache import PageCache

    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        answers, calls = PageCache(), []

        def slow() -> str:
            calls.append(1)
            time.sleep(0.2)  # long enough for the other readers to arrive meanwhile
            return "answer"

        got: list[str] = []
        readers = [
            threading.Thread(target=lambda: got.append(answers.of_store(store, "q", slow)))
            for _ in range(6)
        ]
        for t in readers:
            t.start()
        for t in readers:
            t.join()
        assert got == ["answer"] * 6 and len(calls) == 1


def test_areas_touched_after_a_mark_are_read_incrementally(tmp_path):
    from planwatch.store.evalstore import touched_after
    from planwatch.store.pages import areas_touched_since, store_version

    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        mark = store_version(store)
        assert touched_after(store, mark) == set()
        _add(store, tmp_path, "台山市", 2022, 2.5)
        first = touched_after(store, mark)
        assert first == areas_touched_since(store, mark) and _code(store, "台山市") in first
        _add(store, tmp_path, "鹤山市", 2023, 4.0)  # only what is newer is read now
        assert touched_after(store, mark) == areas_touched_since(store, mark) > first
        assert touched_after(store, store_version(store)) == set()


def test_area_page_charts_are_whole_json_in_their_attribute(sample_store, tmp_path):
    import html
    import json
    import re

    app = create_app(sample_store.url, upload_dir=tmp_path / "uploads")
    with TestClient(app, base_url=LOCAL) as client:
        # Evaluated first: on a loaded machine the page's wait for a cold evaluation
        # (seconds) can end before it, and the page then says it is pending.
        assert app.state.evaluations.area("440784")[1] is None
        text = client.get("/areas/440784").text
        again = client.get("/areas/440784").text  # drawn once, kept: the same bytes
    figures = re.findall(r'data-figure="([^"]*)"', text)
    assert figures and text == again
    for raw in figures:
        assert json.loads(html.unescape(raw))["data"]
