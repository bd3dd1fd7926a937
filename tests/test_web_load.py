"""Serving many readers: rendered pages kept until they change, several server
processes, and an ingest whose workers yield the CPU to the server."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
import warnings

import pytest
from fastapi.responses import Response

from planwatch import ingest as ingest_module
from planwatch.core.priority import lower_priority
from planwatch.evaluated import FORMAT
from planwatch.ingest import INGEST_NICE, ingest
from planwatch.options import Options
from planwatch.store.evalstore import stored_evaluations
from planwatch.store.repo import Store
from planwatch.web import create_app
from planwatch.web.app import ENV_DB, ENV_HOSTS, app_from_environment, default_workers
from planwatch.web.evaluation import enclosing
from planwatch.web.pagecache import PageCache
from planwatch.web.refresher import Refresher, refresh_lock
from servehelp import children, first_answer, start_serve

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

OPTS = Options(workers=1, show_progress=False)


def _html(text: str) -> Response:
    return Response(text.encode(), media_type="text/html")


# ---- the cache itself ----------------------------------------------------------


def test_an_answer_is_rendered_again_only_when_its_version_changes():
    cache = PageCache(min_age_s=0)
    made: list[int] = []

    def render(n: int):
        def go() -> Response:
            made.append(n)
            return _html(f"page {n}")

        return go

    assert cache.get("k", 1, render(1)).body == b"page 1"
    assert cache.get("k", 1, render(2)).body == b"page 1"
    assert cache.get("k", 2, render(3)).body == b"page 3"
    assert cache.get("other", 2, render(4)).body == b"page 4"
    assert made == [1, 3, 4]
    again = cache.get("k", 2, render(5))
    assert again.headers["content-type"].startswith("text/html")
    assert again.headers["content-length"] == str(len(b"page 3"))


def test_a_young_answer_is_kept_through_new_documents_not_corrections():
    cache = PageCache(min_age_s=0.3)
    assert cache.get("k", 1, lambda: _html("a"), moving=10).body == b"a"
    # The store gets a new document every fraction of a second during an ingest: at most
    # one render per min_age_s.
    assert cache.get("k", 1, lambda: _html("b"), moving=11).body == b"a"
    time.sleep(0.35)
    # Older: answered as kept once more while a thread renders it again.
    assert cache.get("k", 1, lambda: _html("b"), moving=12).body == b"a"
    assert _until(lambda: cache.get("k", 1, lambda: _html("c"), moving=12).body == b"b")
    # A person's correction is shown at once, however young the kept answer.
    assert cache.get("k", 2, lambda: _html("corrected"), moving=12).body == b"corrected"


def test_an_answer_made_while_evaluations_were_pending_expires():
    cache = PageCache(min_age_s=0.3)
    cache.get("u", 1, lambda: _html("pending"), settled=lambda: False)
    assert cache.get("u", 1, lambda: _html("done")).body == b"pending"
    time.sleep(0.35)
    assert cache.get("u", 1, lambda: _html("done")).body == b"pending"  # rendered behind
    assert _until(lambda: cache.get("u", 1, lambda: _html("again")).body == b"done")
    assert cache.get("u", 1, lambda: _html("never")).body == b"done"


def test_errors_are_not_kept():
    cache = PageCache(min_age_s=0)
    assert cache.get("k", 1, lambda: Response(b"no", status_code=404)).status_code == 404
    assert cache.get("k", 1, lambda: _html("yes")).body == b"yes"


def test_readers_get_the_kept_answer_while_one_renders_it_again():
    cache = PageCache(min_age_s=0)
    cache.get("k", 1, lambda: _html("old"))
    started, release = threading.Event(), threading.Event()
    renders: list[str] = []

    def slow() -> Response:
        renders.append("slow")
        started.set()
        release.wait(5)
        return _html("new")

    answers: list[bytes] = []
    renderer = threading.Thread(target=lambda: answers.append(cache.get("k", 2, slow).body))
    renderer.start()
    assert started.wait(5)
    # While the render runs, another reader is answered at once with the old page.
    assert cache.get("k", 2, lambda: _html("second render")).body == b"old"
    release.set()
    renderer.join(5)
    assert answers == [b"new"] and renders == ["slow"]
    assert cache.get("k", 2, lambda: _html("third")).body == b"new"


def test_no_reader_waits_for_a_page_rendered_again_for_new_documents():
    cache = PageCache(min_age_s=0)
    cache.get("k", 1, lambda: _html("old"), moving=1)
    started, release = threading.Event(), threading.Event()

    def slow() -> Response:
        started.set()
        release.wait(10)
        return _html("new")

    try:
        assert cache.get("k", 1, slow, moving=2).body == b"old"
        assert started.wait(5) and not release.is_set()  # answered while it renders
    finally:
        release.set()
    assert _until(lambda: cache.get("k", 1, lambda: _html("x"), moving=2).body == b"new")


def test_readers_of_a_page_never_rendered_wait_for_one_render():
    cache = PageCache(min_age_s=0)
    calls: list[int] = []

    def render() -> Response:
        calls.append(1)
        time.sleep(0.2)
        return _html("only")

    got: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: got.append(cache.get("k", 1, render).body))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert got == [b"only"] * 6 and len(calls) == 1


def test_with_nothing_kept_a_slow_render_holds_others_back_only_briefly():
    cache = PageCache(min_age_s=0, wait_s=0.1)
    started, release = threading.Event(), threading.Event()

    def cold() -> Response:  # an area whose evaluation is computed for the first time
        started.set()
        release.wait(10)
        return _html("evaluated")

    first: list[bytes] = []
    t = threading.Thread(target=lambda: first.append(cache.get("k", 1, cold).body))
    t.start()
    try:
        assert started.wait(5)
        assert cache.get("k", 1, lambda: _html("pending")).body == b"pending"
        assert not release.is_set() and not first  # answered while the first still renders
    finally:
        release.set()
        t.join(10)
    assert first == [b"evaluated"]


def test_a_kept_page_is_gzipped_once_for_the_clients_that_accept_it():
    cache = PageCache(min_age_s=0)
    page = "<p>" + "地区生产总值增长6%左右。" * 200 + "</p>"
    plain = cache.get("k", 1, lambda: _html(page))
    assert plain.body == page.encode() and "content-encoding" not in plain.headers
    zipped = cache.get("k", 1, lambda: _html("not again"), gzip_ok=True)
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == "Accept-Encoding"
    assert int(zipped.headers["content-length"]) == len(zipped.body) < len(page.encode())
    assert gzip.decompress(zipped.body) == page.encode()
    again = cache.get("k", 1, lambda: _html("not again"), gzip_ok=True)
    assert again.body is zipped.body  # compressed once
    small = cache.get("s", 1, lambda: _html("short"), gzip_ok=True)
    assert small.body == b"short" and "content-encoding" not in small.headers


def test_pages_and_values_share_one_cache_and_its_rules():
    cache = PageCache(min_age_s=0.3, size=3)
    computed: list[str] = []

    def value(v: str):
        return lambda: computed.append(v) or v

    assert cache.value("v", 1, value("a"), moving=10) == "a"
    assert cache.value("v", 1, value("b"), moving=11) == "a"  # young: lags new documents
    assert cache.value("v", 2, value("c"), moving=11) == "c"  # a correction counts at once
    time.sleep(0.35)
    # Older than new documents: made again in the asking request (a value is not made
    # behind the requests), so a page rendered again sees the new value.
    assert cache.value("v", 2, value("d"), moving=12) == "d"
    assert computed == ["a", "c", "d"] and cache.computed == 3 and cache.renders == 0
    # A page and a value of the same key are two answers; one bound holds for both.
    assert cache.get("v", 2, lambda: _html("page")).body == b"page"
    assert cache.value("v", 2, value("x"), moving=12) == "d"
    cache.get("p2", 1, lambda: _html("p2"))
    cache.get("p3", 1, lambda: _html("p3"))  # the fourth answer: the least used one goes
    assert cache.get("v", 2, lambda: _html("again")).body == b"again"
    assert cache.renders == 4 and computed == ["a", "c", "d"]


def test_a_page_rendered_behind_the_requests_reads_the_new_value():
    cache = PageCache(min_age_s=0)
    version = [1]

    def render() -> Response:
        inner = cache.value("search", None, lambda: f"hits {version[0]}", moving=version[0])
        return _html(inner)

    assert cache.get("page", 0, render, moving=version[0]).body == b"hits 1"
    version[0] = 2  # a new document: the page is rendered again behind the requests
    assert cache.get("page", 0, render, moving=2).body == b"hits 1"
    assert _until(lambda: cache.get("page", 0, render, moving=2).body == b"hits 2")


def test_a_value_asked_behind_is_answered_as_kept_while_it_is_made_again():
    cache = PageCache(min_age_s=0)
    release = threading.Event()

    def slow_count() -> str:
        release.wait(10)
        return "count 2"

    assert cache.value("counts", None, lambda: "count 1", moving=1, behind=True) == "count 1"
    # A new document: the reader gets the kept count, not a wait for the slow one.
    assert cache.value("counts", None, slow_count, moving=2, behind=True) == "count 1"
    release.set()
    assert _until(lambda: cache.value("counts", None, slow_count, moving=2) == "count 2")
    # Asked in the request (the default), a value of newer documents is made there.
    assert cache.value("counts", None, lambda: "count 3", moving=3) == "count 3"


def test_a_value_that_fails_is_not_kept():
    cache = PageCache(min_age_s=0)

    def broken():
        raise ValueError("no")

    with pytest.raises(ValueError):
        cache.value("k", 1, broken)
    assert cache.value("k", 1, lambda: "fine") == "fine"


def test_enclosing_areas_by_code_levels():
    assert enclosing("440784") == ("440700", "440000")
    assert enclosing("440700") == ("440000",)
    assert enclosing("440000") == ()
    assert enclosing("全国") == () and enclosing(None) == ()


# ---- the pages ----------------------------------------------------------------


def _report(area: str, year: int, growth: float) -> str:
    return (
        f"{year}年{area}人民政府工作报告\n"
        f"过去一年，地区生产总值增长{growth}%，一般公共预算收入增长{growth + 1}%。\n"
        f"{year + 1}年主要预期目标是：地区生产总值增长6%左右。\n"
    )


def _add(store: Store, folder, area: str, year: int, growth: float) -> None:
    path = folder / f"{area}{year}年政府工作报告.txt"
    path.write_text(_report(area, year, growth), encoding="utf-8")
    assert ingest([str(path)], store, OPTS).failed == 0


@pytest.fixture
def live(tmp_path):
    """A store of two counties of one city and an app over it (pages kept without delay)."""
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    _add(store, tmp_path, "鹤山市", 2022, 3.1)
    _add(store, tmp_path, "台山市", 2022, 2.5)
    app = create_app(store.url, upload_dir=tmp_path / "u")
    app.state.pages.min_age_s = 0
    with TestClient(app, base_url="http://localhost") as client:
        yield store, app, client
    store.close()


def _code(store: Store, name: str) -> str:
    return next(a.code for a in store.areas() if a.name == name)


def test_facts_and_search_are_rendered_once_per_store_version(live, tmp_path):
    store, app, client = live
    pages = app.state.pages
    first = client.get("/api/facts?limit=100").json()
    search = client.get("/search", params={"q": "地区生产总值"}).text
    renders = pages.renders
    assert client.get("/api/facts?limit=100").json() == first
    assert client.get("/search", params={"q": "地区生产总值"}).text == search
    assert pages.renders == renders  # nothing changed: nothing rendered
    _add(store, tmp_path, "开平市", 2022, 4.4)
    # A new document: the kept pages are rendered again behind the requests.
    assert _until(lambda: len(client.get("/api/facts?limit=100").json()) > len(first))
    more = client.get("/api/facts?limit=100").json()
    assert "开平市" in {f["jurisdiction"] for f in more}
    assert _until(lambda: "开平市" in client.get("/search", params={"q": "地区生产总值"}).text)
    # A browser's request gets the same page gzipped (by the cache, once).
    zipped = client.get("/api/facts?limit=100", headers={"accept-encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip" and zipped.json() == more


def test_a_correction_is_shown_at_once_however_young_the_kept_page(live):
    store, app, client = live
    app.state.pages.min_age_s = 60  # new documents would wait a minute
    facts = client.get("/api/facts?limit=100").json()
    wrong = facts[0]["id"]
    resp = client.post(f"/api/facts/{wrong}/corrections", json={"author": "审校", "wrong": True})
    assert resp.status_code == 201
    assert wrong not in {f["id"] for f in client.get("/api/facts?limit=100").json()}


def test_an_area_page_is_rendered_again_when_it_or_an_area_within_it_changes(live, tmp_path):
    store, app, client = live
    pages = app.state.pages
    heshan, taishan = _code(store, "鹤山市"), _code(store, "台山市")
    city = enclosing(heshan)[0]
    for code in (heshan, taishan):
        # Evaluated first: a page rendered while its evaluation is pending (a loaded
        # machine) is rendered again until it is whole, which is not what is counted here.
        assert app.state.evaluations.area(code)[1] is None
        assert client.get(f"/areas/{code}").status_code == 200
    renders = pages.renders
    assert client.get(f"/areas/{heshan}").status_code == 200
    assert pages.renders == renders

    _add(store, tmp_path, "台山市", 2023, 2.9)  # touches 台山市 (and its city), not 鹤山市
    client.get(f"/areas/{heshan}")
    assert pages.renders == renders
    assert "2023" in client.get(f"/areas/{taishan}").text
    assert pages.renders == renders + 1

    assert app.state.evaluations.page_generation(city) > 0  # its counties changed
    assert app.state.evaluations.page_generation(heshan) == 0


def test_the_overview_shows_a_new_document(live, tmp_path):
    store, app, client = live
    before = client.get("/").text
    assert "开平市" not in before
    _add(store, tmp_path, "开平市", 2022, 4.4)
    assert _until(lambda: "开平市" in client.get("/").text)


def test_a_request_arriving_while_an_area_is_first_evaluated_is_told_it_is_pending(
    tmp_path, monkeypatch
):
    from planwatch.web import evaluation as web_evaluation
    from planwatch.web.evaluation import PENDING, Evaluations

    with Store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        heshan = _code(store, "鹤山市")
        started, release = threading.Event(), threading.Event()
        real = web_evaluation.evaluate_area

        def slow(store, code, **kw):
            started.set()
            release.wait(30)
            return real(store, code, **kw)

        monkeypatch.setattr(web_evaluation, "evaluate_area", slow)
        # Waiting for a cold evaluation would outlast it: only "pending" proves no wait.
        monkeypatch.setattr(web_evaluation, "COLD_WAIT_S", 120)
        evs = Evaluations(store, processes=False)
        first: list = []
        t = threading.Thread(target=lambda: first.append(evs.area(heshan, wait_s=0.05)))
        t.start()
        try:
            assert started.wait(10)
            # The first request waits for the computation it started; the next one is
            # answered now, while the evaluation is still being computed.
            assert evs.area(heshan, wait_s=0.05) == (None, PENDING)
            assert not first
        finally:
            release.set()
            t.join(30)
        ev, why = first[0]
        assert ev is not None and why is None
        evs.close()


# ---- several server processes ---------------------------------------------------


def test_default_workers_follow_the_cores():
    n = default_workers()
    assert 1 <= n <= 8
    assert n == min(8, len(os.sched_getaffinity(0)))


def test_the_app_of_each_worker_process_comes_from_the_environment(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'e.db'}"
    monkeypatch.setenv(ENV_DB, url)
    monkeypatch.setenv(ENV_HOSTS, "localhost\nplans.example")
    app = app_from_environment()
    with TestClient(app, base_url="http://plans.example") as client:
        assert client.get("/api/facts").json() == []
    with TestClient(app, base_url="http://evil.example") as client:
        assert client.get("/api/facts").status_code == 400
    app.state.store.close()


def test_serve_runs_several_processes_over_one_store(sample_store):
    server, port = start_serve(sample_store.url)
    try:
        assert first_answer(port, "/api/facts?limit=3") == 200
        # uvicorn's supervisor holds the socket; two worker processes it spawned answer.
        serving = [p for p in children(server.pid) if "spawn_main" in _cmdline(p)]
        assert len(serving) == 2
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


# ---- an ingest that yields the CPU ----------------------------------------------


def _report_niceness(job, options):
    """Stands in for the analysis in a worker process: says the worker's niceness."""
    return ingest_module._Done(error=f"niceness {os.nice(0)}")


@pytest.mark.parametrize("nice", [True, False])
def test_ingest_workers_run_at_lower_priority_unless_told(tmp_path, monkeypatch, nice):
    for i in range(2):
        (tmp_path / f"d{i}.txt").write_text(_report("鹤山市", 2020 + i, 3.0), encoding="utf-8")
    # Workers are forked: they see the stand-in, not the analysis.
    monkeypatch.setattr(ingest_module, "_analyse_job", _report_niceness)
    with Store(f"sqlite:///{tmp_path / 'n.db'}") as store:
        done = ingest([str(tmp_path)], store, Options(workers=2, show_progress=False, nice=nice))
    base = os.nice(0)
    expected = min(19, base + INGEST_NICE) if nice else base
    assert {i.error for i in done.items} == {f"niceness {expected}"}
    assert os.nice(0) == base  # the storing process keeps its priority


def test_lowering_priority_changes_only_the_calling_process():
    code = (
        "import os; from planwatch.core.priority import lower_priority; "
        "b = os.nice(0); lower_priority(3); lower_priority(0); print(os.nice(0) - b)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(min(3, 19 - os.nice(0)))
    before = os.nice(0)
    lower_priority(0)
    assert os.nice(0) == before


# ---- one refresher among several server processes --------------------------------


def _stored(store: Store, as_of: int | None = None) -> set[str]:
    return set(stored_evaluations(store, FORMAT, as_of=as_of, cells=False))


def _until(check, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_one_server_process_keeps_every_areas_evaluation_current(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        _add(store, tmp_path, "鹤山市", 2022, 3.1)
        heshan = _code(store, "鹤山市")
        lock = tmp_path / "refresh.lock"
        leader, other = Refresher(store, processes=False), Refresher(store, processes=False)
        leader.lock = other.lock = lock
        try:
            assert leader._leading() and not other._leading()
            # Every area's latest evaluation (wanted from the start) is the leader's job.
            assert other._round() == 0 and _stored(store) == set()
            assert leader._round() == 1 and _stored(store) == {heshan}
            # An as-of year asked of this process is evaluated here: no other knows of it.
            other.ask([heshan], 2022)
            assert _until(lambda: _stored(store, 2022) == {heshan})
            leader.close()  # the holder is gone: the next process takes over
            assert other._leading()
        finally:
            leader.close()
            other.close()


def test_the_refresh_lock_is_one_per_store():
    assert refresh_lock("sqlite:///a.db") == refresh_lock("sqlite:///a.db")
    assert refresh_lock("sqlite:///a.db") != refresh_lock("sqlite:///b.db")
