"""The web app and JSON API through FastAPI's TestClient, on the sample corpus."""

from __future__ import annotations

import csv
import io
import re
import shutil
import threading
import warnings
from pathlib import Path

import pytest

from planwatch.evaluated import current_evaluations
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store
from planwatch.web import create_app

with warnings.catch_warnings():  # starlette's notice about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

OPTS = Options(workers=1, show_progress=False)
LOCAL = "http://localhost"  # the app answers localhost by default, not TestClient's testserver
NEWS = "002_4b074d73fc3d7590.txt"  # 聚焦2023鹤山两会: 6,195 characters, quick to ingest
PLAN = "000_78da752c5f85d6f1.txt"  # 鹤山市十四五规划纲要


@pytest.fixture(scope="module")
def corpus_url(tmp_path_factory, examples_dir) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"
    with Store(url) as store:
        summary = ingest([str(examples_dir)], store, OPTS)
        # Every area evaluated and stored, as a served store is: an area page then reads
        # its evaluation instead of waiting seconds for one (longer on a loaded machine).
        current_evaluations(store)
    assert summary.failed == 0
    return url


@pytest.fixture(scope="module")
def client(corpus_url, tmp_path_factory) -> TestClient:
    app = create_app(corpus_url, upload_dir=tmp_path_factory.mktemp("uploads"))
    return TestClient(app, base_url=LOCAL)


@pytest.fixture
def small(tmp_path, examples_dir):
    """A fresh store holding only the news page, and a client on it (for writes)."""
    url = f"sqlite:///{tmp_path / 'small.db'}"
    with Store(url) as store:
        ingest([str(examples_dir / NEWS)], store, OPTS)
    app = create_app(url, upload_dir=tmp_path / "uploads", max_upload_bytes=64 * 1024)
    return TestClient(app, base_url=LOCAL), url, tmp_path / "uploads"


def _doc_id(client: TestClient, name: str) -> int:
    return next(d["id"] for d in client.get("/documents.json").json() if d["name"] == name)


def _csv(resp) -> list[dict]:
    assert resp.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(resp.text.lstrip("\ufeff"))))


# ---- every page answers --------------------------------------------------


def test_every_page_renders(client):
    plan = _doc_id(client, PLAN)
    fact_id = client.get("/facts.json", params={"doc": str(plan), "limit": 1}).json()[0]["id"]
    pages = [
        "/",
        "/?within=440700",
        "/?doc_type=plan_outline&year=2023",
        "/areas/440784",
        "/areas/江门市",
        "/areas/440704",
        "/areas/441882",
        "/indicators",
        "/indicators?all=1",
        "/indicators/gdp",
        "/documents",
        f"/documents/{plan}",
        f"/documents/{plan}?fact={fact_id}",
        "/facts",
        "/facts?area=440784&kind=target",
        f"/facts/{fact_id}",
        "/search",
        "/search?q=地区生产总值",
        "/search?q=森林覆盖率&area=440700&kind=target",
        "/upload",
        "/api",
    ]
    for url in pages:
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert resp.headers["content-type"].startswith("text/html")
        assert '<meta charset="utf-8">' in resp.text
        # Offline: no page refers to scripts or styles on other hosts.
        assert not re.search(r'(src|href)="(https?:)?//', resp.text), url


def test_unknown_objects_are_404(client):
    assert client.get("/documents/99999").status_code == 404
    assert client.get("/areas/999999").status_code == 404
    assert client.get("/indicators/no_such_thing").status_code == 404
    resp = client.get("/facts/99999.json")
    assert resp.status_code == 404 and "no fact" in resp.json()["error"]


def test_plotly_is_served_locally(client):
    page = client.get("/areas/440784").text
    assert '<script src="/static/vendor/plotly.min.js">' in page
    js = client.get("/static/vendor/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000
    assert b"plotly" in js.content[:2000].lower()


# ---- list pages' JSON and CSV twins ---------------------------------------


def test_list_pages_have_json_and_csv(client):
    lists = {
        "/areas": "code",
        "/documents": "name",
        "/facts": "indicator",
        "/indicators": "id",
        "/search?q=地区生产总值&x=": "text",
    }
    for base, key in lists.items():
        path, _, query = base.partition("?")
        as_json = client.get(f"{path}.json" + (f"?{query}" if query else ""))
        as_csv = client.get(f"{path}.csv" + (f"?{query}" if query else ""))
        assert as_json.status_code == 200 and as_csv.status_code == 200, base
        data = as_json.json()
        records = data["results"] if isinstance(data, dict) else data
        rows = _csv(as_csv)
        assert records and len(rows) == len(records), base
        assert rows[0][key] == str(records[0][key]), base


def test_areas_json_lists_the_sample_areas_with_parents(client):
    areas = {a["code"]: a for a in client.get("/areas.json").json()}
    assert {"440784", "440704", "441882", "440700", "440000"} <= set(areas)
    assert areas["440784"]["name"] == "鹤山市" and areas["440784"]["parent_code"] == "440700"
    assert areas["440784"]["documents"] == 2
    within = {a["code"] for a in client.get("/areas.json?within=440700").json()}
    assert "441882" not in within and {"440784", "440704", "440700"} <= within


def test_facts_json_filters(client):
    facts = client.get(
        "/facts.json", params={"area": "鹤山市", "indicator": "gdp", "kind": "target"}
    ).json()
    assert facts and all(f["jurisdiction"] == "鹤山市" and f["kind"] == "target" for f in facts)
    # The plan's "年均增长6%左右" target: value, span and quote all ground to the text.
    six = [f for f in facts if f["measure"] == "growth" and f["value"] == 6.0 and f["year"] == 2025]
    assert six and six[0]["comparator"] == "approx"
    text = client.get(f"/documents/{six[0]['doc_id']}.txt").text
    assert text[six[0]["start"] : six[0]["end"]] == six[0]["text"]
    assert six[0]["quote"] == text[six[0]["quote_start"] : six[0]["quote_end"]]


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in [
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/facts",
        "/api/facts/{fact_id}",
        "/api/series",
        "/api/evaluations/{area_ref}",
        "/api/search",
        "/api/facts/{fact_id}/corrections",
        "/facts.{fmt}",
        "/areas/{code}.{fmt}",
    ]:
        assert p in paths, p
    assert "post" in paths["/api/facts/{fact_id}/corrections"]


def test_api_series_and_search(client):
    series = client.get("/api/series", params={"area": "鹤山市", "indicator": "gdp"}).json()
    growth = series["series"]["actual/growth"]
    assert {"year": 2022, "value": 2.8} in [
        {"year": g["year"], "value": g["value"]} for g in growth
    ]
    found = client.get("/api/search", params={"q": "地区生产总值 增长", "area": "440784"}).json()
    assert found["words"] == ["地区", "生产总值", "增长"]
    texts = [r["text"] for r in found["results"] if r["type"] == "sentence"]
    assert any("全年地区生产总值458.51亿元,增长2.8%" in t for t in texts)
    assert all(r["area"] == "鹤山市" for r in found["results"])


# ---- permalinks ----------------------------------------------------------


def test_permalinks(client):
    plan = _doc_id(client, PLAN)
    doc = client.get(f"/documents/{plan}.json").json()
    assert doc["area_name"] == "鹤山市" and doc["url"] == f"/documents/{plan}"
    assert doc["headings"] and doc["facts"]
    fact = doc["facts"][0]
    assert client.get(fact["url"]).status_code == 200
    one = client.get(f"{fact['url']}.json").json()
    assert one["id"] == fact["id"] and one["quote"] == fact["quote"]
    area = client.get("/areas/440784.json").json()
    assert area["area"] == "鹤山市"
    ind = client.get("/indicators/gdp.json").json()
    assert ind["name"] == "地区生产总值" and any(
        f["jurisdiction"] == "鹤山市" for f in ind["facts"]
    )
    assert client.get("/api/facts/" + str(fact["id"])).json()["id"] == fact["id"]


def test_area_page_shows_the_gdp_target_behind_when_evaluated(client):
    page = client.get("/areas/440784").text
    data = client.get("/areas/440784.json").json()
    if data.get("targets") is None:
        pytest.skip("evaluation engine not installed")
    gdp = [
        t for t in data["targets"] if t["indicator_id"] == "gdp" and t["rule"] == "average_growth"
    ]
    assert gdp and gdp[0]["status"] == "behind"
    assert "滞后" in page and "Behind schedule" in page
    for fmt, ctype in [
        ("html", "text/html"),
        ("md", "text/markdown"),
        ("xlsx", "application/vnd.openxmlformats"),
    ]:
        resp = client.get(f"/areas/440784/report.{fmt}")
        assert resp.status_code == 200 and resp.headers["content-type"].startswith(ctype), fmt


# ---- escaping ------------------------------------------------------------


def test_document_text_is_escaped(small, tmp_path):
    cl, url, _ = small
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "鹤山市2023年政府工作报告\n\n<script>alert(1)</script>"
        "全年地区生产总值458.51亿元,增长2.8%。<b onmouseover=x>粗</b>\n",
        encoding="utf-8",
    )
    with Store(url) as store:
        item = ingest([str(hostile)], store, OPTS).items[0]
    assert item.status == "added"
    page = cl.get(f"/documents/{item.doc_id}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b onmouseover" not in page
    results = cl.get("/search", params={"q": "alert"}).text
    assert "<script>alert(1)</script>" not in results and "&lt;script&gt;" in results
    # User input comes back escaped too.
    echoed = cl.get("/search", params={"q": '"><script>alert(2)</script>'}).text
    assert "<script>alert(2)" not in echoed


# ---- uploads -------------------------------------------------------------


def _count_docs(url: str) -> int:
    with Store(url) as store:
        return store.counts()["documents"]


def test_upload_a_document(small, examples_dir):
    cl, url, folder = small
    before = _count_docs(url)
    data = (examples_dir / NEWS).read_bytes().replace(b"2023", b"2024")
    resp = cl.post("/upload", files={"file": ("鹤山两会2024.txt", data, "text/plain")})
    assert resp.status_code == 200 and "Stored" in resp.text
    assert _count_docs(url) == before + 1
    assert [p.name for p in folder.rglob("*.txt")] == ["鹤山两会2024.txt"]
    again = cl.post("/api/documents", files={"file": ("again.txt", data, "text/plain")})
    assert again.status_code == 200 and again.json()["status"] == "present"


def test_bad_upload_shows_the_ingest_error_and_stores_nothing(small, tmp_path):
    cl, url, folder = small
    before = _count_docs(url)
    binary = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    resp = cl.post("/upload", files={"file": ("公报.txt", binary, "text/plain")})
    assert resp.status_code == 400
    # The same message `planwatch ingest` gives for that file.
    local = tmp_path / "公报.txt"
    local.write_bytes(binary)
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        expected = ingest([str(local)], other, OPTS).items[0].error.replace(str(local), "公报.txt")
    assert expected and expected.replace('"', "&#34;") in resp.text
    assert _count_docs(url) == before
    assert not any(folder.rglob("*.txt")), "a rejected upload is not kept"
    # Suffix and content checked before saving.
    for name, body, ctype in [
        ("plan.exe", b"MZ..", "application/octet-stream"),
        ("plan.pdf", b"hello", "application/pdf"),
        ("plan.txt", b"text", "image/png"),
    ]:
        bad = cl.post("/upload", files={"file": (name, body, ctype)})
        assert bad.status_code == 400 and "Not stored" in bad.text, name
    assert _count_docs(url) == before and not any(folder.rglob("plan.*"))


def test_oversize_upload_is_refused(small):
    cl, url, folder = small
    before = _count_docs(url)
    big = ("地区生产总值增长6%。\n" * 10_000).encode()  # ~150 KiB > the 64 KiB limit
    resp = cl.post("/upload", files={"file": ("big.txt", big, "text/plain")})
    assert resp.status_code == 413 and "limit" in resp.text
    api = cl.post("/api/documents", files={"file": ("big.txt", big, "text/plain")})
    assert api.status_code == 413 and "limit" in api.json()["error"]
    assert _count_docs(url) == before and not folder.exists() or not any(folder.rglob("big.txt"))


def test_upload_file_names_are_sanitised():
    from planwatch.web.uploads import safe_name

    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("C:\\Users\\a\\规划.docx") == "规划.docx"
    assert safe_name("a\x00b<>.txt") == "ab__.txt"


# ---- corrections ---------------------------------------------------------


def test_corrections_are_stored_and_change_exports(small):
    cl, url, _ = small
    facts = cl.get("/facts.json", params={"indicator": "gdp", "kind": "actual"}).json()
    level = next(f for f in facts if f["text"] == "458.51亿元")
    fid = level["id"]
    # Correct a field through the page's form, with who; the store adds when.
    resp = cl.post(
        f"/facts/{fid}/corrections",
        data={
            "author": "王审核",
            "field": "value",
            "value": "458.6",
            "note": "统计公报终值",
            "back": f"/facts/{fid}",
        },
        follow_redirects=False,
    )
    assert resp.status_code == 303 and resp.headers["location"] == f"/facts/{fid}"
    one = cl.get(f"/facts/{fid}.json").json()
    assert one["value"] == 458.6 and one["corrected"] is True
    (c,) = one["corrections"]
    assert c["author"] == "王审核" and c["field"] == "value" and c["created_at"][:4] >= "2024"
    exported = {int(f["id"]): f for f in _csv(cl.get("/facts.csv"))}
    assert exported[fid]["value"] == "458.6" and exported[fid]["corrected"] == "True"
    assert "王审核" in cl.get(f"/facts/{fid}").text
    # Mark another fact wrong through the API: exports leave it out from then on.
    growth = next(f for f in facts if f["text"] == "2.8%")
    api = cl.post(
        f"/api/facts/{growth['id']}/corrections",
        json={"author": "李编辑", "wrong": True, "note": "重复"},
    )
    assert api.status_code == 201
    ids = {f["id"] for f in cl.get("/facts.json").json()}
    assert growth["id"] not in ids and fid in ids
    assert growth["id"] in {f["id"] for f in cl.get("/facts.json?rejected=1").json()}
    with Store(url) as store:
        assert growth["id"] not in {sf.id for sf in store.facts(FactFilter())}
        assert [c.author for c in store.corrections()] == ["王审核", "李编辑"]


def test_bad_corrections_are_refused(small):
    cl, _, _ = small
    fid = cl.get("/facts.json?limit=1").json()[0]["id"]
    no_author = cl.post(f"/facts/{fid}/corrections", data={"field": "year", "value": "2022"})
    assert no_author.status_code == 400 and "author" in no_author.text
    bad_field = cl.post(
        f"/api/facts/{fid}/corrections", json={"author": "x", "field": "start", "value": "1"}
    )
    assert bad_field.status_code == 400
    bad_value = cl.post(
        f"/api/facts/{fid}/corrections", json={"author": "x", "field": "year", "value": "next year"}
    )
    assert bad_value.status_code == 400
    assert cl.get(f"/api/facts/{fid}/corrections").json() == []


# ---- concurrency -----------------------------------------------------------


def test_readers_keep_working_while_an_ingest_writes(corpus_url, tmp_path, examples_dir):
    """Four threads read pages while another connection ingests new documents."""
    db = Path(corpus_url.removeprefix("sqlite:///"))
    copy = tmp_path / "busy.db"
    # Checkpoint the WAL so the copy holds everything.
    with Store(corpus_url) as s, s.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db, copy)
    url = f"sqlite:///{copy}"
    app = create_app(url, upload_dir=tmp_path / "uploads")
    # New content for the writer: the sample files with one line changed.
    new = tmp_path / "new"
    new.mkdir()
    for p in sorted(examples_dir.glob("*.txt"))[:3]:
        (new / p.name).write_bytes(p.read_bytes() + "\n（修订版）\n".encode())
    errors: list[str] = []
    done = threading.Event()
    pages = [
        "/",
        "/areas/440784",
        "/facts.json?limit=50",
        "/search.json?q=地区生产总值",
        "/documents",
        "/indicators/gdp",
    ]
    counts = [0] * 4

    def reader(n: int) -> None:
        cl = TestClient(app, base_url=LOCAL)
        i = 0
        while not done.is_set() or i < len(pages):
            url_ = pages[(i + n) % len(pages)]
            resp = cl.get(url_)
            if resp.status_code != 200:
                errors.append(f"{url_}: {resp.status_code}")
            counts[n] += 1
            i += 1

    def writer() -> None:
        try:
            with Store(url) as store:
                summary = ingest([str(new)], store, OPTS)
            if summary.added != 3:
                errors.append(f"ingest added {summary.added}")
        finally:
            done.set()

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert all(c >= len(pages) for c in counts)
    # The app sees the new documents at once (other paths: new documents, not versions).
    docs = TestClient(app, base_url=LOCAL).get("/documents.json").json()
    assert len(docs) == 8


# ---- search (planwatch.search) ---------------------------------------------


def test_query_segmentation_and_highlight():
    from planwatch.search import Segment, highlight, segment_query

    assert segment_query("地区生产总值") == ("地区", "生产总值")
    assert segment_query("R&D经费支出 5G基站") == ("R&D", "经费支出", "5G", "基站")
    assert segment_query("的 和") == ("的", "和")  # only stop words: searched anyway
    # Adjacent matches merge into one highlighted run; the rest stays plain.
    assert highlight("全年地区生产总值458.51亿元", ["地区", "生产总值"]) == (
        Segment("全年"),
        Segment("地区生产总值", True),
        Segment("458.51亿元"),
    )


def test_search_on_both_backends(db_url, examples_dir):
    """The same search answers on SQLite and PostgreSQL (the store narrows with LIKE)."""
    from planwatch.search import SearchQuery, search

    with Store(db_url) as store:
        ingest([str(examples_dir / NEWS), str(examples_dir / PLAN)], store, OPTS)
        hits = search(store, SearchQuery("地区生产总值 增长", area="江门市", year=2023))
        texts = ["".join(s.text for s in h.segments) for h in hits.sentences]
        assert "●全年地区生产总值458.51亿元,增长2.8%" in texts
        assert "地区生产总值增长8%,力争实现8.5%" in texts  # the 2023 one-year target
        targets = search(store, SearchQuery("地区生产总值", kind="target"))
        assert targets.sentences and all(h.fact_ids for h in targets.sentences)
        assert all(h.fact.fact.kind == "target" for h in targets.facts)
        assert search(store, SearchQuery("地区生产总值", year=2030)).sentences == ()
        assert search(store, SearchQuery("地区生产总值", area="441882")).sentences == ()


def test_writes_posted_from_another_site_are_refused(small):
    cl, url, _ = small
    fid = cl.get("/facts.json?limit=1").json()[0]["id"]
    form = {"author": "攻击者", "wrong": "1", "back": f"/facts/{fid}"}
    forged = cl.post(
        f"/facts/{fid}/corrections", data=form, headers={"Origin": "http://evil.example"}
    )
    assert forged.status_code == 403
    with Store(url) as store:
        assert store.corrections(fid) == []
    same = cl.post(
        f"/facts/{fid}/corrections",
        data={**form, "note": "n"},
        headers={"Origin": LOCAL},
        follow_redirects=False,
    )
    assert same.status_code == 303
    page = cl.get("/")
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["X-Frame-Options"] == "DENY"


def test_the_evaluations_list_is_paged_and_reads_what_evaluate_many_gives(client, corpus_url):
    from planwatch.evaluate import evaluate_many

    every = client.get("/api/evaluations", params={"form": "full"})
    assert every.status_code == 200
    with Store(corpus_url) as store:
        expected = [ev.to_dict() for ev in evaluate_many(store)]
    assert every.json() == expected and every.headers["X-Total-Count"] == str(len(expected))
    assert len(expected) >= 3
    page = client.get("/api/evaluations", params={"limit": 2, "offset": 1, "form": "full"})
    assert page.json() == expected[1:3] and page.headers["X-Total-Count"] == str(len(expected))
    within = client.get("/api/evaluations", params={"parent": "440700"}).json()
    assert within and {e["area_code"][:4] for e in within} == {"4407"}


def test_the_evaluations_list_sends_summaries_and_links_the_whole(client, corpus_url):
    from planwatch.evaluate import evaluate_many

    with Store(corpus_url) as store:
        whole = [ev.to_dict() for ev in evaluate_many(store)]
    summaries = client.get("/api/evaluations")
    assert summaries.headers["X-Total-Count"] == str(len(whole))
    keys = ("area", "area_code", "plan", "plan_period", "as_of", "summary", "summary_line")
    for got, ev in zip(summaries.json(), whole, strict=True):
        assert got == {**{k: ev[k] for k in keys}, "url": f"/api/evaluations/{ev['area_code']}"}
        assert client.get(got["url"]).json() == ev  # the whole, on the area's own endpoint
    dated = client.get("/api/evaluations", params={"as_of": 2022, "limit": 1}).json()
    assert dated[0]["url"].endswith("?as_of=2022")


def test_the_areas_list_is_paged_with_its_total(client):
    every = client.get("/areas.json")
    total = int(every.headers["X-Total-Count"])
    assert total == len(every.json()) >= 3
    page = client.get("/api/areas", params={"limit": 2, "offset": 1})
    assert page.json() == every.json()[1:3] and page.headers["X-Total-Count"] == str(total)


def _next_url(resp) -> str | None:
    link = resp.headers.get("Link")
    return link[link.index("<") + 1 : link.index(">")] if link else None


def test_the_areas_pages_followed_by_their_links_are_the_whole_list(client):
    """/api/areas answers a page by default; following rel="next" reads every area once."""
    every = client.get("/areas.json").json()
    first = client.get("/api/areas")
    assert first.json() == every[:100]  # the default page (the whole list when shorter)
    got, url = [], "/api/areas?limit=2"
    while url:
        resp = client.get(url)
        assert resp.headers["X-Total-Count"] == str(len(every))
        got.extend(resp.json())
        url = _next_url(resp)
    assert got == every


def test_the_facts_total_after_a_write_is_the_new_total(small):
    """The whole list's total (kept per store version) drops as soon as a fact is marked
    wrong, and equals the rows the list then holds."""
    cl, _url, _up = small
    before = cl.get("/facts.json", params={"limit": 1})
    total = int(before.headers["X-Total-Count"])
    assert total == len(cl.get("/facts.json").json()) >= 2
    some = before.json()[0]
    posted = cl.post(f"/api/facts/{some['id']}/corrections", json={"author": "t", "wrong": True})
    assert posted.status_code == 201
    after = cl.get("/facts.json", params={"limit": 1})
    assert int(after.headers["X-Total-Count"]) == total - 1 == len(cl.get("/facts.json").json())


def test_the_evaluations_list_kept_is_the_list_made(client):
    """/evaluations.json is kept until the store changes: a second answer is the first."""
    first = client.get("/evaluations.json")
    client.app.state.pages.clear()
    made = client.get("/evaluations.json")
    kept = client.get("/evaluations.json")
    assert first.json() == made.json() == kept.json()
    assert kept.headers["X-Total-Count"] == made.headers["X-Total-Count"] == str(len(made.json()))
