"""The store as an open dataset: readable views, the catalog in the file, a documented
schema, and other tools (sqlite-utils) reading it without planwatch."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from planwatch.catalog import default_catalog
from planwatch.cli import cli
from planwatch.export import EVALUATION_FIELDS
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.search import SearchQuery, search
from planwatch.store.repo import FactFilter, Store

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def documented(backend: str | None = None) -> dict[str, set[str]]:
    """Each ``## table|view|export `name``` section of docs/schema.md -> its columns.

    With ``backend`` ("sqlite" or "postgresql"), sections marked as the other
    backend's only ("SQLite only" / "PostgreSQL only") are left out.
    """
    other = {"sqlite": "PostgreSQL only", "postgresql": "SQLite only"}.get(backend or "")
    found: dict[str, set[str]] = {}
    for head, body in re.findall(r"^## (\w+ `\w+`)\n(.*?)(?=^## |\Z)", SCHEMA_DOC, re.S | re.M):
        if other and other in body.split("\n|", 1)[0]:
            continue
        found[head] = set(re.findall(r"^\| `(\w+)` \|", body, re.M))
    return found


def actual_schema(url: str) -> dict[str, set[str]]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        insp = sa.inspect(engine)
        found = {
            f"table `{t}`": {c["name"] for c in insp.get_columns(t)}
            for t in insp.get_table_names()
            if not t.startswith("search_fts_")  # FTS5's own internals (SQLite)
        }
        for v in insp.get_view_names():
            found[f"view `{v}`"] = {c["name"] for c in insp.get_columns(v)}
    finally:
        engine.dispose()
    return found


def test_the_schema_document_describes_every_table_view_and_column(db_url):
    Store(db_url).close()
    backend = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    doc = {k: v for k, v in documented(backend).items() if not k.startswith("export ")}
    assert actual_schema(db_url) == doc, "docs/schema.md and the store disagree"


def test_the_evaluations_export_has_the_documented_columns():
    assert set(EVALUATION_FIELDS) == documented()["export `evaluations`"]


@pytest.fixture
def filled(db_url, examples_dir):
    store = Store(db_url)
    (plan,) = examples_dir.glob("000_*.txt")
    ingest([str(plan)], store, Options(workers=1, show_progress=False))
    yield store
    store.close()


def view_rows(store: Store, sql: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text(sql))]


def test_facts_view_shows_each_fact_with_its_spans_and_names(filled):
    stored = {sf.id: sf for sf in filled.facts(FactFilter(limit=None))}
    rows = {r["fact_id"]: r for r in view_rows(filled, "SELECT * FROM facts_view")}
    assert set(rows) == set(stored) and len(rows) > 50
    (doc,) = filled.documents()
    text = filled.load(doc.id).text
    catalog = default_catalog().indicators
    for fid, sf in stored.items():
        row, f = rows[fid], sf.fact
        assert (row["value_start"], row["value_end"]) == (f.start, f.end)
        assert (row["quote_start"], row["quote_end"]) == (f.quote_start, f.quote_end)
        assert text[f.start : f.end] in text[f.quote_start : f.quote_end]
        assert (row["document"], row["area"], row["area_code"]) == (doc.name, "鹤山市", "440784")
        assert (row["kind"], row["measure"], row["year"]) == (f.kind.value, f.measure.value, f.year)
        assert row["value"] == pytest.approx(f.value)
        assert row["indicator_as_written"] == f.indicator
        if f.indicator_id:
            assert row["indicator"] == catalog[f.indicator_id].name
            assert row["category"] == catalog[f.indicator_id].category
        else:
            assert (row["indicator"], row["category"]) == (f.indicator, None)
        assert bool(row["is_current"]) and not row["marked_wrong"] and not row["corrected"]


def test_facts_view_flags_corrections(filled):
    first, second = (sf.id for sf in filled.facts(FactFilter(limit=2)))
    filled.correct(first, author="checker", wrong=True)
    filled.correct(second, author="checker", field="year", value="2019")
    rows = {
        r["fact_id"]: r
        for r in view_rows(filled, "SELECT fact_id, corrected, marked_wrong FROM facts_view")
    }
    assert (bool(rows[first]["marked_wrong"]), bool(rows[first]["corrected"])) == (True, False)
    assert (bool(rows[second]["marked_wrong"]), bool(rows[second]["corrected"])) == (False, True)


def indicator_rows(url: str) -> dict[str, dict]:
    """The indicators table of the store at ``url``, opened as a new process would."""
    default_catalog.cache_clear()  # a process reads $PLANWATCH_CATALOG once
    with Store(url) as store:
        return {r["id"]: r for r in view_rows(store, "SELECT * FROM indicators")}


def test_the_indicators_table_follows_the_catalog(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    shipped = default_catalog().indicators
    rows = indicator_rows(url)
    assert set(rows) == set(shipped)
    assert rows["gdp"]["name"] == shipped["gdp"].name and rows["gdp"]["category"] == "经济发展"
    local = tmp_path / "local.toml"
    local.write_text(
        '[[indicator]]\nid = "tea_output"\nname = "茶叶产量"\nunit = "吨"\n'
        'category = "经济发展"\n\n[[indicator]]\nid = "gdp"\nunit = "万元"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("PLANWATCH_CATALOG", str(local))
    try:
        rows = indicator_rows(url)
        assert rows["tea_output"]["name"] == "茶叶产量" and rows["gdp"]["unit"] == "万元"
        monkeypatch.delenv("PLANWATCH_CATALOG")
        rows = indicator_rows(url)
        assert "tea_output" not in rows and rows["gdp"]["unit"] == shipped["gdp"].unit
    finally:
        default_catalog.cache_clear()


def test_sqlite_utils_reads_the_views_without_planwatch(sample_store):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(sample_store.url.removeprefix("sqlite:///"))
    assert "facts_view" in db.view_names()
    assert db["indicators"].get("gdp")["name"] == "地区生产总值"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [x for x in readme.splitlines() if x.startswith(".venv/bin/sqlite-utils query")]
    sql = shlex.split(line)[-1]
    rows = list(db.query(sql))
    assert rows and {r["area"] for r in rows} >= {"鹤山市"}
    assert all(r["indicator"] == "地区生产总值" and r["quote_end"] > r["quote_start"] for r in rows)


def test_export_evaluations_writes_one_row_per_target(sample_store):
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", sample_store.url, "export", "evaluations"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert tuple(rows[0]) == EVALUATION_FIELDS
    answer = runner.invoke(
        cli, ["--db", sample_store.url, "evaluate", "鹤山市", "--as-of", "2022", "--format", "json"]
    )
    targets = json.loads(answer.stdout)["targets"]
    jsonl = runner.invoke(
        cli,
        ["--db", sample_store.url, "export", "evaluations", "--as-of", "2022", "--format", "jsonl"],
    )
    heshan = [json.loads(x) for x in jsonl.stdout.splitlines() if '"鹤山市"' in x]
    heshan = [r for r in heshan if r["area"] == "鹤山市"]
    assert len(heshan) == len(targets)
    gdp = next(r for r in heshan if r["indicator_id"] == "gdp" and r["measure"] == "growth")
    assert (gdp["status"], gdp["target_value"], gdp["target_year"]) == ("behind", 6.0, 2025)
    assert gdp["latest_year"] == 2022 and gdp["latest_value"] == 2.8
    assert gdp["target_fact_id"] is not None
    assert gdp["main"] is True and gdp["proxy"] is None


def test_export_sqlite_copies_the_whole_store_into_one_file(db_url, tmp_path, examples_dir):
    (plan,) = examples_dir.glob("002_*.txt")
    path = tmp_path / "report.txt"
    path.write_bytes(plan.read_bytes())
    opts = Options(workers=1, show_progress=False)
    with Store(db_url) as store:
        ingest([str(path)], store, opts)
        path.write_bytes(plan.read_bytes() + "\n附：本文有修订。\n".encode())
        ingest([str(path)], store, opts)  # a new version; the first is superseded
        first = store.facts(FactFilter(limit=1))[0].id
        store.correct(first, author="checker", wrong=True)
        expected = view_rows(store, "SELECT * FROM facts_view ORDER BY fact_id")
    copy = tmp_path / "copy.db"
    out = CliRunner().invoke(cli, ["--db", db_url, "export", "sqlite", str(copy)])
    assert out.exit_code == 0, out.output
    assert "2 documents" in out.stderr
    with Store(f"sqlite:///{copy}") as store:
        rows = view_rows(store, "SELECT * FROM facts_view ORDER BY fact_id")
        docs = store.documents(include_superseded=True)
    assert [d.version for d in docs] == [1, 2] and not docs[0].current
    assert len(rows) == len(expected) > 0
    for got, want in zip(rows, expected):
        keys = ("fact_id", "value_start", "quote_start", "quote_end", "area_code", "year")
        assert {k: got[k] for k in keys} == {k: want[k] for k in keys}
        assert bool(got["marked_wrong"]) == bool(want["marked_wrong"])
        assert bool(got["is_current"]) == bool(want["is_current"])
    # Evaluations travel as a table, rows as `export evaluations` writes them; the
    # sentence index is rebuilt, so search works in the copy as in the store.
    listed = CliRunner().invoke(cli, ["--db", db_url, "export", "evaluations", "--format", "jsonl"])
    want = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    with Store(f"sqlite:///{copy}") as store:
        got = view_rows(store, "SELECT * FROM evaluations")
        assert search(store, SearchQuery("生产总值")).total > 0
    assert len(got) == len(want) > 0
    assert [r["indicator"] for r in got] == [r["indicator"] for r in want]
    again = CliRunner().invoke(cli, ["--db", db_url, "export", "sqlite", str(copy)])
    assert again.exit_code == 1 and "exists" in again.output
    assert not list(tmp_path.glob("*.part*"))


REBUILD = """
import sqlalchemy as sa
from alembic import op

revision = "rebuild"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # Rebuilds on SQLite (batch), a type change on PostgreSQL: both refused under a view.
    with op.batch_alter_table("documents") as b:
        b.alter_column("name", type_=sa.Text(), existing_type=sa.String(255), existing_nullable=False)
    with op.batch_alter_table("facts") as b:
        b.alter_column("unit", type_=sa.Text(), existing_type=sa.String(32))


def downgrade():
    pass
"""


def test_a_later_migration_can_rebuild_the_tables_under_the_views(db_url, tmp_path, monkeypatch):
    from alembic.script import ScriptDirectory

    from planwatch.store import db

    with Store(db_url) as store:
        assert "facts_view" in sa.inspect(store.engine).get_view_names()
        head = ScriptDirectory.from_config(db._alembic_config()).get_current_head()
    migrations = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_rebuild.py").write_text(
        REBUILD.replace("{head}", head), encoding="utf-8"
    )
    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    with Store(db_url) as store:
        insp = sa.inspect(store.engine)
        assert isinstance(
            {c["name"]: c["type"] for c in insp.get_columns("documents")}["name"], sa.Text
        )
        assert "facts_view" in insp.get_view_names()
        assert view_rows(store, "SELECT count(*) AS n FROM facts_view") == [{"n": 0}]
