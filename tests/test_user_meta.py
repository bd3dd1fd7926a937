"""User-set metadata: ingest options, metadata.csv, the upload form, area corrections."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from planwatch.cli import cli
from planwatch.core.data import DocType, DocumentMeta
from planwatch.core.errors import UsageError
from planwatch.describe.user import apply_user_meta, parse_area, parse_published, user_meta
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store
from planwatch.web.app import create_app

OPTS = Options(workers=1, show_progress=False)

# A national statistics note (composed for the tests): no area is named.
NATIONAL = (
    "统计局发布：2021年国民经济运行情况\n"
    "初步核算，2021年国内生产总值比上年增长8.1%。城镇新增就业1269万人。\n"
    "2022年发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上。\n"
)
# A county report whose opening names no area (only 全县).
COUNTY = (
    "政府工作报告\n各位代表：\n2022年，全县地区生产总值增长6.5%，"
    "一般公共预算收入增长8%。2023年全县地区生产总值预期增长7%左右。\n"
)


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


# -- parsing the user's values --------------------------------------------------------


def test_areas_by_name_code_or_nation():
    assert parse_area("鹤山市").code == "440784"
    assert parse_area("440784").name == "鹤山市"
    assert parse_area("全国").code == "000000"
    with pytest.raises(UsageError, match="several areas"):
        parse_area("城区")
    with pytest.raises(UsageError, match="no area of that name"):
        parse_area("火星")
    with pytest.raises(UsageError, match="no area has this code"):
        parse_area("999999")


def test_types_years_and_dates():
    meta = user_meta(doc_type="政府工作报告", year="2023", published="2023-1-5")
    assert (meta.doc_type, meta.year, meta.published) == (DocType.WORK_REPORT, 2023, "2023-01-05")
    assert user_meta(doc_type="communique").doc_type is DocType.STATISTICAL_COMMUNIQUE
    assert parse_published("2023") == "2023" and parse_published("2023-07") == "2023-07"
    for bad in ({"doc_type": "plan"}, {"year": "23"}, {"published": "2023-13-01"}):
        with pytest.raises(UsageError):
            user_meta(**bad)
    assert not user_meta()  # nothing set


def test_what_the_user_set_wins_and_is_recorded():
    detected = DocumentMeta(area=parse_area("江门市"), doc_type=DocType.OTHER, year=2020)
    meta = apply_user_meta(detected, user_meta(area="鹤山市", doc_type="work_report"))
    assert meta.area.code == "440784" and meta.doc_type is DocType.WORK_REPORT
    assert meta.year == 2020  # not set: detection stands
    assert meta.user_set == {"area", "type"}
    assert {(e.field, e.basis) for e in meta.evidence} == {("area", "user"), ("genre", "user")}


# -- ingest ---------------------------------------------------------------------------


def test_ingest_area_for_a_batch_then_evaluate_the_nation(tmp_path):
    folder = tmp_path / "national"
    folder.mkdir()
    (folder / "国民经济运行.txt").write_text(NATIONAL, encoding="utf-8")
    db = tmp_path / "n.db"
    result = run(db, "ingest", "--area", "全国", "--no-progress", str(folder))
    assert result.exit_code == 0, result.output
    shown = run(db, "show", "国民经济运行.txt").output
    assert "全国 000000  (set by the user)" in shown
    with Store(f"sqlite:///{db}") as store:
        facts = store.facts(FactFilter(jurisdiction="000000"))
    assert facts and {sf.fact.jurisdiction for sf in facts} == {"全国"}
    ev = run(db, "evaluate", "全国", "--as-of", "2022", "--format", "json")
    assert ev.exit_code == 0, ev.output
    assert json.loads(ev.output)["area_code"] == "000000"


def test_a_bad_option_value_is_one_error_line(tmp_path):
    result = run(tmp_path / "x.db", "ingest", "--type", "plan", str(tmp_path))
    assert result.exit_code != 0
    (line,) = [ln for ln in result.output.splitlines() if ln.strip()]
    assert line.startswith("Error: --type plan: not a document type")


def test_metadata_csv_describes_files_one_by_one(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text(COUNTY, encoding="utf-8")
    (folder / "b.txt").write_text(COUNTY.replace("2022", "2021").replace("2023", "2022"), "utf-8")
    (folder / "c.txt").write_text(COUNTY.replace("6.5%", "6.6%"), encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,area,type,year,published\n"
        "a.txt,平利县,work_report,2023,2023-01-10\n"
        "b.txt,610926,,,\n"
        "c.txt,平利县,not_a_type,,\n",
        encoding="utf-8",
    )
    with Store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        summary = ingest([str(folder)], store, OPTS)
        by_name = {d.name: d for d in store.documents()}
        a = store.load(by_name["a.txt"].id).meta
        b = store.load(by_name["b.txt"].id).meta
        a_facts = store.facts(FactFilter(doc="a.txt"))
    assert summary.added == 2 and summary.failed == 1
    (failed,) = [i for i in summary.items if i.status == "failed"]
    assert failed.path.endswith("c.txt") and "metadata.csv line 4" in failed.error
    assert "not_a_type" in failed.error and "\n" not in failed.error
    assert (a.area.code, a.doc_type, a.year, a.published) == (
        "610926",
        DocType.WORK_REPORT,
        2023,
        "2023-01-10",
    )
    assert a.user_set == {"area", "type", "year", "published"}
    assert b.area.code == "610926" and b.user_set == {"area"}
    assert a_facts and {sf.fact.jurisdiction_code for sf in a_facts} == {"610926"}


def test_batch_options_win_over_the_sidecar(tmp_path):
    folder = tmp_path / "both"
    folder.mkdir()
    (folder / "a.txt").write_text(COUNTY, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,area,year\na.txt,平利县,2021\n", encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        ingest([str(folder)], store, OPTS, user=user_meta(year="2023"))
        (doc,) = store.documents()
        meta = store.load(doc.id).meta
    assert (meta.area.code, meta.year) == ("610926", 2023)


# -- correcting a document's area -------------------------------------------------------


def test_set_area_refiles_the_facts(tmp_path):
    (tmp_path / "r.txt").write_text(COUNTY, encoding="utf-8")
    db = tmp_path / "c.db"
    assert run(db, "ingest", "--no-progress", str(tmp_path / "r.txt")).exit_code == 0
    with Store(f"sqlite:///{db}") as store:
        assert store.facts(FactFilter(jurisdiction="610926")) == []
    result = run(db, "set", "r.txt", "--area", "平利县")
    assert result.exit_code == 0, result.output
    assert "area set to 平利县 610926" in result.output
    with Store(f"sqlite:///{db}") as store:
        facts = store.facts(FactFilter(doc="r.txt"))
        (doc,) = store.documents()
    assert facts and {sf.fact.jurisdiction_code for sf in facts} == {"610926"}
    assert doc.area_code == "610926" and doc.user_set == "area"
    assert "(set by the user)" in run(db, "show", "r.txt").output
    assert run(db, "set", "r.txt", "--area", "火星").exit_code != 0


# -- the upload form --------------------------------------------------------------------


def test_the_upload_form_takes_the_same_fields(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'u.db'}", upload_dir=tmp_path / "uploads")
    cl = TestClient(app, base_url="http://localhost")
    form = cl.get("/upload").text
    assert 'name="area"' in form and 'value="work_report"' in form
    resp = cl.post(
        "/api/documents",
        files={"file": ("r.txt", COUNTY.encode("utf-8"), "text/plain")},
        data={"area": "平利县", "type": "work_report", "year": "2023"},
    )
    assert resp.status_code == 201, resp.text
    with Store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        meta = store.load(resp.json()["doc_id"]).meta
    assert (meta.area.code, meta.doc_type, meta.year) == ("610926", DocType.WORK_REPORT, 2023)
    bad = cl.post(
        "/upload",
        files={"file": ("s.txt", COUNTY.encode("utf-8") + b"x", "text/plain")},
        data={"area": "火星"},
    )
    assert bad.status_code == 400 and "火星" in bad.text
