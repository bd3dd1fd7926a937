"""The area page's matrix and row anchors, and the compare page, on the sample documents."""

from __future__ import annotations

import csv
import io
import re
import time
import warnings

import pytest

from planwatch.evaluate import evaluate_area, evaluate_many
from planwatch.evaluated import FORMAT
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store
from planwatch.web import create_app
from planwatch.web.evaluation import Evaluations, row_anchor

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"


@pytest.fixture(scope="module")
def client(sample_store, tmp_path_factory) -> TestClient:
    app = create_app(sample_store.url, upload_dir=tmp_path_factory.mktemp("u"))
    return TestClient(app, base_url=LOCAL)


# ---- compare page ------------------------------------------------------------


def test_compare_data_is_what_evaluate_all_prints(client, sample_store):
    records = client.get("/evaluations.json").json()
    cli = [e for e in evaluate_many(sample_store) if e.rows]
    assert [r["area_code"] for r in records] == [e.area.code for e in cli]
    for rec, ev in zip(records, cli, strict=True):
        counts = ev.summary.to_record()
        assert {k: rec[k] for k in ("total", "on_track", "behind", "no_data")} == {
            k: counts[k] for k in ("total", "on_track", "behind", "no_data")
        }
        assert rec["summary"] == ev.summary_line()
        assert rec["plan"] == (ev.plan.name if ev.plan else None)
    assert any(k.startswith("status_gdp") for k in records[0])
    rows = list(csv.DictReader(io.StringIO(client.get("/evaluations.csv").text.lstrip("\ufeff"))))
    assert [r["area_code"] for r in rows] == [r["area_code"] for r in records]


def test_compare_page_reloads_itself_while_areas_are_evaluated(client, monkeypatch):
    from planwatch.web.compare import Comparison
    from planwatch.web.routes import compare as compare_route

    client.get("/evaluations.json")  # the data twin waits until every area is evaluated
    settled = client.get("/evaluations", params={"sort": "behind"}).text
    assert 'http-equiv="refresh"' not in settled  # every area evaluated: nothing to wait for
    monkeypatch.setattr(compare_route, "compare", lambda *a, **k: Comparison((), (), (), pending=3))
    waiting = client.get("/evaluations", params={"sort": "favourable"}).text
    assert f'<meta http-equiv="refresh" content="{compare_route.RELOAD_S}">' in waiting
    assert "3 areas are still being evaluated" in waiting


def test_compare_filters_and_sorts_on_the_server(client):
    within = client.get("/evaluations.json", params={"parent": "440700"}).json()
    assert within and all(r["area_code"].startswith("4407") for r in within)
    plans = client.get("/evaluations.json", params={"plan": "2021-2025"}).json()
    assert plans and all(r["plan_period"] == "2021-2025" for r in plans)
    assert len(plans) < len(client.get("/evaluations.json").json())
    by_name = client.get("/evaluations.json", params={"sort": "name"}).json()
    assert [r["area"] for r in by_name] == sorted(r["area"] for r in by_name)
    nodata = client.get("/evaluations.json", params={"sort": "no_data"}).json()
    assert [r["no_data"] for r in nodata] == sorted((r["no_data"] for r in nodata), reverse=True)
    as_of = client.get("/evaluations.json", params={"as_of": 2021}).json()
    assert {r["as_of"] for r in as_of} == {2021}
    assert client.get("/evaluations.json", params={"parent": "999999"}).status_code == 404


def _copy_of(store: Store, tmp_path) -> Store:
    """A store of its own to write in (the sample store is shared read-only)."""
    import sqlite3

    path = tmp_path / "copy.db"
    with sqlite3.connect(store.engine.url.database) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return Store(f"sqlite:///{path}")


def test_a_compare_page_read_while_evaluations_are_saved_is_whole(
    sample_store, tmp_path, monkeypatch
):
    # The page's rows and its counts are separate statements: the background refresher
    # saving between them once gave no rows with every area "found" (an empty page
    # taken as complete). They are read in one snapshot now: a write after the rows were
    # read changes neither the rows nor the counts of this page.
    from planwatch.store import evalpage
    from planwatch.store import models as m
    from planwatch.web import compare as compare_data

    store = _copy_of(sample_store, tmp_path)
    evaluations = Evaluations(store, processes=False)
    assert compare_data.compare(store, evaluations).rows
    evaluations.close()
    real_record = evalpage._record

    def record_then_clear(row, *args):
        with store.engine.begin() as conn:  # another connection writes meanwhile
            conn.execute(m.area_evaluations.delete())
        return real_record(row, *args)

    monkeypatch.setattr(evalpage, "_record", record_then_clear)
    page = evalpage.evaluation_page(store, FORMAT)
    assert page.records and len(page.records) == page.total
    assert page.found == page.total
    monkeypatch.setattr(evalpage, "_record", real_record)
    assert evalpage.evaluation_page(store, FORMAT).total == 0  # the write did land
    store.close()


def test_overview_and_compare_pages_are_paged(client, monkeypatch):
    from planwatch.web.routes import compare as compare_route
    from planwatch.web.routes import overview as overview_route

    everything = client.get("/areas.json").json()
    compared = client.get("/evaluations.json").json()
    assert len(everything) > 2 and len(compared) > 2
    monkeypatch.setattr(overview_route, "PER_PAGE", 2)
    monkeypatch.setattr(compare_route, "PER_PAGE", 2)
    for url, key, rows in (("/", "code", everything), ("/evaluations", "area_code", compared)):
        first, second = client.get(url).text, client.get(url, params={"page": 2}).text
        assert f"1–2 of {len(rows)}" in first and 'rel="next"' in first
        assert f"3–{min(4, len(rows))} of {len(rows)}" in second
        # Each page names its own areas only.
        assert f'/areas/{rows[0][key]}"' in first
        assert f'/areas/{rows[0][key]}"' not in second
        assert f'/areas/{rows[2][key]}"' in second


def test_compare_page_shows_statuses_linked_to_rows(client):
    html = client.get("/evaluations", params={"sort": "ind:gdp"}).text
    assert "评估对比" in html and 'class="status st-' in html
    links = re.findall(r'href="/areas/(\d+)#(t[^"]*)"', html)
    assert links
    code, anchor = links[0]
    assert f'id="{anchor}"' in client.get(f"/areas/{code}").text


# ---- area page ---------------------------------------------------------------


def test_results_no_target_uses_are_on_the_area_page(client, sample_store):
    # 江门市's 2020 results: reported by the city's work report, used by no plan target.
    actuals = [
        sf
        for sf in sample_store.facts(FactFilter(jurisdiction="440700", kind="actual"))
        if sf.fact.year == 2020 and sf.fact.period_start in (None, 2020)
    ]
    assert actuals
    html = client.get("/areas/440700").text
    assert "结果与目标" in html
    matrix = html[html.index('<table class="data matrix">') :]
    matrix = matrix[: matrix.index("</table>")]
    assert '<th class="num">2020</th>' in matrix
    shown = {int(i) for i in re.findall(r'class="kind-actual" href="/facts/(\d+)"', matrix)}
    assert len(shown & {sf.id for sf in actuals}) >= 10
    assert 'class="kind-target"' in client.get("/areas/440784").text


def test_evaluation_rows_have_anchors_and_used_by_lands_on_them(client, sample_store):
    ev = evaluate_area(sample_store, "440784")
    fact_id = next(r.target_fact_id for r in ev.rows if r.target_fact_id)
    anchor = f"t{fact_id}"
    html = client.get("/areas/440784").text
    assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    used = client.get(f"/facts/{fact_id}.json").json()["used_by"]
    assert f"/areas/440784#{anchor}" in {u["url"] for u in used}
    panel = client.get(f"/facts/{fact_id}/panel").text
    assert f'href="/areas/440784#{anchor}"' in panel


def test_a_status_resting_on_a_correction_is_marked(tmp_path):
    doc = tmp_path / "鹤山市2023年政府工作报告.txt"
    doc.write_text(
        "2023年鹤山市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长4.2%。\n"
        "2023年主要预期目标是：地区生产总值增长6%左右。\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as store:
        ingest([str(doc)], store, Options(workers=1, show_progress=False))
    cl = TestClient(create_app(url, upload_dir=tmp_path / "u"), base_url=LOCAL)
    assert "人工更正" not in cl.get("/areas/鹤山市").text
    with Store(url) as store:
        fact_id = next(r.target_fact_id for r in evaluate_area(store, "鹤山市").rows)
    assert fact_id
    resp = cl.post(
        f"/api/facts/{fact_id}/corrections",
        json={"author": "审校", "field": "value", "value": "5"},
    )
    assert resp.status_code == 201
    # The area is evaluated again in the background: on a loaded machine the first page
    # after the correction may still show the earlier evaluation, saying it is pending.
    deadline = time.monotonic() + 60
    html = cl.get("/areas/鹤山市").text
    while "人工更正" not in html and time.monotonic() < deadline:
        time.sleep(0.2)
        html = cl.get("/areas/鹤山市").text
    assert "人工更正" in html
    marked = html[: html.index("人工更正")]
    assert marked.rfind(f'id="t{fact_id}"') > marked.rfind("<tr ")  # on its row


def test_row_anchor_without_a_target_fact():
    class Row:
        target_fact_id = None
        indicator_id = "gdp"
        target_year = 2025
        scope = "plan"

    assert row_anchor(Row()) == "t-gdp-2025-plan"


# ---- indicator grapher ----------------------------------------------------------


def test_grapher_state_is_in_the_url(client):
    html = client.get("/indicators/gdp", params={"areas": "440784", "measure": "growth"}).text
    assert 'value="440784" checked' in html
    assert 'value="440700" checked' not in html and 'value="440700"' in html
    assert "Sources 来源" in html and 'href="/documents/' in html
    assert "/indicators/gdp.csv?areas=440784&amp;measure=growth" in html
    assert 'id="png-download"' in html and "plotly.min.js" in html
    same = client.get("/indicators/gdp", params=[("pick", "440784"), ("measure", "growth")])
    assert 'value="440784" checked' in same.text


def test_grapher_log_scale_and_table(client, sample_store):
    from planwatch.web.grapher import grapher

    facts = [sf for sf in sample_store.facts() if sf.fact.indicator_id == "gdp"]
    view = grapher(
        facts,
        title="GDP",
        default_measure="level",
        picked=["440784", "440700"],
        measure="level",
        scale="log",
        tab="chart",
    )
    assert {a.code for a in view.areas if a.picked} == {"440784", "440700"}
    assert view.log_possible and view.figure["layout"]["yaxis"]["type"] == "log"
    names = {t["name"].split()[0] for t in view.figure["data"]}
    assert names <= {"鹤山市", "江门市"}
    heshan = next(t for t in view.figure["data"] if t["name"] == "鹤山市 实际")
    # 2021 was not reported: the line breaks there rather than inventing a value.
    assert heshan["x"] == [2020, 2021, 2022] and heshan["y"][1] is None
    assert heshan["connectgaps"] is False
    table = client.get("/indicators/gdp", params={"tab": "table", "areas": "440784"}).text
    assert "plotly.min.js" not in table  # no chart, no Plotly
    assert 'class="kind-actual" href="/facts/' in table


def test_grapher_csv_keeps_the_picked_areas_and_measure(client):
    text = client.get("/indicators/gdp.csv", params={"areas": "440784", "measure": "growth"}).text
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows and {r["measure"] for r in rows} == {"growth"}
    assert {r["jurisdiction_code"] for r in rows} == {"440784"}


def test_table_cells_are_coloured_by_their_facts_kind(client, sample_store):
    plan = next(d for d in sample_store.documents() if d.name.startswith("000_"))
    html = client.get(f"/documents/{plan.id}").text
    kinds = set(re.findall(r'class="cellfact kind-(\w+)"', html))
    assert kinds == {"actual", "target"}  # base-year values are results, not targets


_ARGS = {
    "title": "GDP",
    "default_measure": "level",
    "measure": None,
    "scale": "linear",
    "tab": "chart",
}


def test_indicator_page_reads_the_facts_of_the_areas_it_shows(client, sample_store, monkeypatch):
    """The picker's counts come from SQL and equal the facts' own; the grapher's view of
    the chosen areas is what reading every area's facts gives; the table of targets and
    actuals lists the areas with most figures and says how many more there are."""
    from planwatch.store.pages import indicator_area_counts, indicator_facts
    from planwatch.web.grapher import fact_counts, grapher
    from planwatch.web.routes import indicator as route

    every = indicator_facts(sample_store, "gdp")
    counts = indicator_area_counts(sample_store, "gdp")
    assert sorted(counts) == sorted(fact_counts(every))
    areas = {a.code for a in grapher(every, **_ARGS, picked=[]).areas}
    assert len(areas) >= 2
    for one in sorted(areas):
        whole = grapher(every, **_ARGS, picked=[one])
        some = indicator_facts(sample_store, "gdp", [one])
        assert len(some) < len(every)
        assert grapher(some, **_ARGS, picked=[one], counts=counts) == whole
    monkeypatch.setattr(route, "LISTED_AREAS", 1)
    html = client.get("/indicators/gdp", params={"measure": "growth"}).text
    assert f"{len(every)} facts in " in html and f"{len(areas) - 1} more: pick them" in html
    assert html.count('<tr><td><a href="/areas/') == 1
