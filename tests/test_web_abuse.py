"""The web app under abuse: huge numbers, long parameters, foreign hosts, formula cells, zip bombs.

Every case the issue lists is one request here and the answer it must get
(never a 500). The store holds one short composed work-report page.
"""

from __future__ import annotations

import csv
import gzip
import io
import warnings
import zipfile

import pytest
from openpyxl import load_workbook

from planwatch.core.cells import spreadsheet_safe, spreadsheet_unsafe
from planwatch.core.errors import CorruptFileError, TooLargeError
from planwatch.export import read_records, write_facts
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.read.docx import read_docx
from planwatch.store.repo import Store
from planwatch.web import create_app

with warnings.catch_warnings():  # starlette's notice about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"
HUGE = "99999999999999999999999"
# A composed work report: one result and one target of a county.
REPORT = (
    "2023年鹤山市人民政府工作报告\n"
    "过去一年，全市地区生产总值完成458.5亿元，增长4.2%。\n"
    "2024年主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。\n"
)


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("abuse")
    doc = folder / "鹤山市2023年政府工作报告.txt"
    doc.write_text(REPORT, encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    with Store(url) as store:
        summary = ingest([str(doc)], store, Options(workers=1, show_progress=False))
    assert summary.failed == 0
    return url


@pytest.fixture(scope="module")
def client(store_url, tmp_path_factory) -> TestClient:
    app = create_app(store_url, upload_dir=tmp_path_factory.mktemp("up"), max_upload_bytes=64_000)
    return TestClient(app, base_url=LOCAL)


def _fact_id(client: TestClient) -> int:
    facts = client.get("/api/facts?limit=5").json()
    assert facts, "the composed report yields facts"
    return facts[0]["id"]


# ---- numbers out of range --------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"/facts/{HUGE}",
        f"/facts/{HUGE}.json",
        f"/facts/{HUGE}/panel",
        f"/api/facts/{HUGE}",
        f"/api/documents/{HUGE}",
        f"/documents/{HUGE}",
        "/api/documents/0",
        f"/?year={HUGE}",
        f"/areas.json?year={HUGE}",
        f"/facts?year={HUGE}",
        f"/facts.json?year=-{HUGE}",
        f"/api/facts?year={HUGE}",
        f"/api/facts?offset={HUGE}",
        f"/facts?page={HUGE}",
        f"/facts.json?doc={HUGE}",
        f"/search?q=地区生产总值&year={HUGE}",
        f"/api/evaluations/鹤山市?as_of={HUGE}",
        f"/areas/鹤山市.json?as_of={HUGE}",
    ],
)
def test_numbers_out_of_range_are_refused_not_crashed(client, path):
    resp = client.get(path)
    assert resp.status_code in (404, 422), (path, resp.status_code, resp.text[:200])


def test_an_id_in_range_that_does_not_exist_is_404(client):
    assert client.get("/api/facts/2147483647").status_code == 404
    assert client.get("/facts/2147483647").status_code == 404
    assert "out of range" not in client.get("/facts/2147483647").text


def test_a_year_out_of_range_says_which_parameter(client):
    resp = client.get("/api/facts?year=30000")
    assert resp.status_code == 422
    assert "year" in resp.json()["error"]
    page = client.get("/facts?year=30000")
    assert page.status_code == 422 and "year=30000" in page.text


# ---- over-long parameters --------------------------------------------------


def test_an_overlong_parameter_is_422_with_a_message(client):
    long = "增" * 5_000  # 45,000 characters percent-encoded; the client's URL limit is 65,536
    ascii_long = "x" * 50_000
    for path in (
        f"/facts?indicator={long}",
        f"/api/facts?indicator={ascii_long}",
        f"/search?q={long}",
    ):
        resp = client.get(path)
        assert resp.status_code == 422, path
        assert "indicator" in resp.text or "q" in resp.text
        assert "over 1000" in resp.text or "characters" in resp.text
    assert client.get(f"/areas/{'鹤' * 3000}").status_code == 422


def test_a_long_but_allowed_parameter_still_answers(client):
    resp = client.get("/api/facts?indicator=" + "地区生产总值" * 100)
    assert resp.status_code == 200 and resp.json() == []


# ---- hosts and origins -----------------------------------------------------


def test_a_foreign_host_is_refused(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/api/facts", headers={"Host": "evil.example:8000"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "[::1]:8000"}).status_code == 200


def test_a_rebinding_write_is_refused_and_stores_nothing(store_url, tmp_path):
    app = create_app(store_url, upload_dir=tmp_path, allowed_hosts=["localhost", "plan.example"])
    cl = TestClient(app, base_url=LOCAL)
    fid = _fact_id(cl)
    body = {"author": "攻击者", "wrong": True}
    url = f"/api/facts/{fid}/corrections"
    # DNS rebinding: the attacker's page talks to us under its own name, Host and Origin agree.
    rebound = cl.post(
        url, json=body, headers={"Host": "evil.example", "Origin": "http://evil.example"}
    )
    assert rebound.status_code == 400
    # An allowed Host does not make a foreign Origin acceptable.
    forged = cl.post(
        url, json=body, headers={"Host": "plan.example", "Origin": "http://evil.example"}
    )
    assert forged.status_code == 403
    assert cl.get(url).json() == []
    # The configured name works from its own pages.
    ok = cl.post(url, json=body, headers={"Host": "plan.example", "Origin": "http://plan.example"})
    assert ok.status_code == 201
    assert len(cl.get(url).json()) == 1


def test_serve_allows_the_bind_address_and_extra_names():
    from planwatch.web.guards import allowed_hosts

    assert set(allowed_hosts("192.168.1.5", ["plan.example"])) == {
        "localhost",
        "127.0.0.1",
        "::1",
        "192.168.1.5",
        "plan.example",
    }
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")


# ---- formula cells ---------------------------------------------------------


def test_spreadsheet_safe_escapes_formula_starts_and_reads_back():
    for text in ('=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1"):
        escaped = spreadsheet_safe(text)
        assert escaped == "'" + text
        assert spreadsheet_unsafe(escaped) == text
    assert spreadsheet_safe("地区生产总值") == "地区生产总值"
    assert spreadsheet_safe(-3.5) == -3.5  # numbers stay numbers
    assert spreadsheet_unsafe("'引号开头") == "'引号开头"


def test_csv_downloads_escape_formula_cells(store_url, tmp_path):
    app = create_app(store_url, upload_dir=tmp_path)
    cl = TestClient(app, base_url=LOCAL)
    fid = _fact_id(cl)
    evil = '=HYPERLINK("http://evil.example","点击")'
    resp = cl.post(
        f"/api/facts/{fid}/corrections",
        json={"author": "测试", "field": "indicator", "value": evil},
    )
    assert resp.status_code == 201
    rows = list(csv.DictReader(io.StringIO(cl.get("/facts.csv").text.lstrip("\ufeff"))))
    cells = [v for r in rows for v in r.values() if v]
    assert "'" + evil in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert not any(c.startswith("-") and not _number(c) for c in cells)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_fact_export_escapes_and_reads_back(store_url, tmp_path):
    with Store(store_url) as store:
        facts = [sf.fact for sf in store.facts()]
    import dataclasses

    facts[0] = dataclasses.replace(facts[0], indicator="=1+1")
    out = io.StringIO()
    write_facts(facts, "csv", out)
    assert "'=1+1" in out.getvalue()
    path = tmp_path / "facts.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert next(read_records(path))["indicator"] == "=1+1"


def test_xlsx_report_escapes_formula_cells(tmp_path):
    # A file name is user input too: the report's sources sheet names the document.
    doc = tmp_path / "=HYPERLINK(1)鹤山市2023年政府工作报告.txt"
    doc.write_text(REPORT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with Store(url) as store:
        ingest([str(doc)], store, Options(workers=1, show_progress=False))
    cl = TestClient(create_app(url, upload_dir=tmp_path / "up"), base_url=LOCAL)
    resp = cl.get("/areas/鹤山市/report.xlsx")
    assert resp.status_code == 200
    book = load_workbook(io.BytesIO(resp.content))
    texts = [
        v
        for ws in book
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str)
    ]
    assert any(v.startswith("'=HYPERLINK(1)") for v in texts)
    assert not any(v.startswith("=") for v in texts)
    rows = list(csv.DictReader(io.StringIO(cl.get("/documents.csv").text.lstrip("\ufeff"))))
    assert rows[0]["name"].startswith("'=HYPERLINK(1)")


# ---- zip bombs -------------------------------------------------------------


def _docx_with_xml_of(size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        body = "<w:document><w:body>" + " " * size + "</w:body></w:document>"
        zf.writestr("word/document.xml", body)
    return buf.getvalue()


def test_a_docx_whose_xml_unpacks_past_the_limit_is_refused():
    data = _docx_with_xml_of(3_000_000)  # ~3 KB packed
    assert len(data) < 20_000
    with pytest.raises(TooLargeError, match="zip bomb"):
        read_docx(data, "bomb.docx", max_bytes=100_000)  # limit: 20 x 100 KB = 2 MB


def test_a_docx_whose_header_understates_the_size_is_still_bounded():
    data = _docx_with_xml_of(3_000_000)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        size = zf.getinfo("word/document.xml").file_size
    # Forge both headers: document.xml claims 100 bytes uncompressed.
    forged = data.replace(size.to_bytes(4, "little"), (100).to_bytes(4, "little"))
    with pytest.raises((TooLargeError, CorruptFileError)):
        read_docx(forged, "forged.docx", max_bytes=100_000)


def test_a_bomb_upload_is_refused_with_its_name(client):
    resp = client.post(
        "/api/documents",
        files={"file": ("炸弹.docx", _docx_with_xml_of(3_000_000), "application/octet-stream")},
    )
    assert resp.status_code in (400, 413)
    assert "炸弹.docx" in resp.json()["error"] and "zip bomb" in resp.json()["error"]


# ---- gzip and favicon ------------------------------------------------------


def test_responses_are_gzip_compressed(client):
    resp = client.get("/api/facts", headers={"Accept-Encoding": "gzip"})
    assert resp.headers.get("content-encoding") == "gzip"
    assert resp.json()  # httpx decodes it
    raw = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert raw.headers.get("content-encoding") == "gzip"
    assert gzip.compress(raw.content)  # decoded page is the HTML
    assert "<html" in raw.text


def test_favicon(client):
    resp = client.get("/favicon.ico")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in resp.content
    assert 'rel="icon"' in client.get("/").text
