"""What the user sets on a stored document: again at ingest, back to detection, and on the web.

The texts are composed for the tests: a county's report that names no area
(only 全县), read as a work report with its figures for next year as targets.
"""

from __future__ import annotations

from click.testing import CliRunner
from fastapi.testclient import TestClient

from planwatch.cli import cli
from planwatch.core.data import DocType
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store
from planwatch.web.app import create_app

OPTS = Options(workers=1, show_progress=False)
REPORT = (
    "政府工作报告\n各位代表：\n过去一年，全县地区生产总值增长6.2%，"
    "城镇新增就业1500人。今年全县地区生产总值预期增长6.5%左右。\n"
)


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def stored(db):
    with Store(f"sqlite:///{db}") as store:
        (doc,) = store.documents()
        return doc, store.facts(FactFilter(doc=str(doc.id)))


def test_reingesting_the_same_file_with_new_settings_derives_it_again(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "r.db"
    assert run(db, "ingest", "--no-progress", str(path)).exit_code == 0
    doc, facts = stored(db)
    assert doc.area_code is None and facts
    again = run(db, "ingest", "--no-progress", "--area", "610926", str(path))
    assert again.exit_code == 0, again.output
    assert "1 derived again with what you set" in again.output
    doc, facts = stored(db)
    assert doc.area_code == "610926" and doc.user_set == "area"
    assert {sf.fact.jurisdiction_code for sf in facts} == {"610926"}
    # The same settings again: nothing new, the file is only present.
    same = run(db, "ingest", "--no-progress", "--area", "平利县", str(path))
    assert "1 already present" in same.output and "derived again" not in same.output


def test_a_new_sidecar_row_for_a_stored_file_derives_it_again(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "r.txt").write_text(REPORT, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        first = ingest([str(folder)], store, OPTS)
        assert first.added == 1
        (folder / "metadata.csv").write_text(
            "file,area,type,year,published\nr.txt,,communique,,\n", encoding="utf-8"
        )
        second = ingest([str(folder)], store, OPTS)
        assert (second.added, second.present, second.rederived) == (0, 0, 1)
        meta = store.load(first.items[0].doc_id).meta
    assert meta.doc_type is DocType.STATISTICAL_COMMUNIQUE and "type" in meta.user_set


def test_set_returns_a_field_to_detection(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "u.db"
    assert (
        run(
            db, "ingest", "--no-progress", "--area", "平利县", "--year", "2023", str(path)
        ).exit_code
        == 0
    )
    cleared = run(db, "set", "r.txt", "--area", "")
    assert cleared.exit_code == 0, cleared.output
    assert "area back to detection (none found)" in cleared.output
    doc, facts = stored(db)
    # The year the user set stays set; the area is detection's again (none).
    assert (doc.area_code, doc.user_set, doc.year) == (None, "year", 2023)
    assert facts and {sf.fact.jurisdiction_code for sf in facts} == {None}
    assert run(db, "set", "r.txt", "--unset", "year").exit_code == 0
    assert stored(db)[0].user_set in (None, "")


def test_set_refuses_an_unknown_or_contradicted_field(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "u.db"
    assert run(db, "ingest", "--no-progress", str(path)).exit_code == 0
    unknown = run(db, "set", "r.txt", "--unset", "colour")
    assert unknown.exit_code != 0 and "not a field" in unknown.output
    both = run(db, "set", "r.txt", "--type", "communique", "--unset", "type")
    assert both.exit_code != 0 and "say one of them" in both.output
    assert stored(db)[0].doc_type == DocType.WORK_REPORT.value


def _app(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with Store(url) as store:
        (item,) = ingest([str(path)], store, OPTS).items
    return TestClient(create_app(url), base_url="http://localhost"), url, item.doc_id


def test_the_document_page_form_sets_the_area_and_derives_the_facts_again(tmp_path):
    client, url, doc_id = _app(tmp_path)
    html = client.get(f"/documents/{doc_id}").text
    assert f'action="/documents/{doc_id}/metadata"' in html and 'name="unset"' in html
    resp = client.post(
        f"/documents/{doc_id}/metadata",
        data={"area": "平利县", "type": "", "year": "", "published": ""},
        headers={"Origin": "http://localhost"},
        follow_redirects=False,
    )
    assert resp.status_code == 303 and resp.headers["location"] == f"/documents/{doc_id}"
    with Store(url) as store:
        facts = store.facts(FactFilter(doc=str(doc_id)))
        meta = store.load(doc_id).meta
    assert meta.area.code == "610926" and meta.user_set == {"area"}
    assert {sf.fact.jurisdiction_code for sf in facts} == {"610926"}
    assert "set by the user: area" in client.get(f"/documents/{doc_id}").text
    back = client.post(f"/documents/{doc_id}/metadata", data={"unset": ["area"]})
    assert back.status_code == 200  # followed to the document page
    with Store(url) as store:
        assert store.load(doc_id).meta.area is None


def test_the_form_refuses_other_sites_and_escapes_what_it_shows(tmp_path):
    client, url, doc_id = _app(tmp_path)
    cross = client.post(
        f"/documents/{doc_id}/metadata",
        data={"area": "平利县"},
        headers={"Origin": "http://evil.example"},
    )
    assert cross.status_code == 403
    bad = client.post(f"/documents/{doc_id}/metadata", data={"area": "<b>火星</b>"})
    assert bad.status_code == 400
    assert "&lt;b&gt;火星" in bad.text and "<b>火星" not in bad.text
    with Store(url) as store:
        assert store.load(doc_id).meta.user_set == frozenset()
