"""The command line on the sample corpus: output, exit codes, errors without tracebacks."""

from __future__ import annotations

import csv
import inspect
import io
import json

import pytest
from click.testing import CliRunner

from planwatch.cli import cli
from planwatch.core.data import Fact


@pytest.fixture(scope="module")
def db(tmp_path_factory, examples_dir):
    path = tmp_path_factory.mktemp("cli") / "store.db"
    result = CliRunner().invoke(
        cli, ["--db", str(path), "ingest", "--workers", "2", str(examples_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "5 added, 0 already present, 0 failed" in result.output
    return str(path)


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", db, *args])


def test_docs_lists_area_code_type_and_period(db):
    out = run(db, "docs").output
    assert "鹤山市" in out and "440784" in out
    assert "plan_outline" in out and "2021-2025" in out
    records = json.loads(run(db, "docs", "--json").output)
    by_name = {r["name"][:3]: r for r in records}
    assert by_name["004"]["area_code"] == "440700" and by_name["004"]["doc_type"] == "work_report"
    assert by_name["003"]["area_code"] == "441882"


def test_show_prints_metadata_and_outline(db):
    result = run(db, "show", "000_78da752c5f85d6f1.txt", "--depth", "2")
    assert result.exit_code == 0, result.output
    assert "江门市 440700" in result.output and "广东省 440000" in result.output
    assert "发展基础与发展环境" in result.output
    assert "table of contents at [" in result.output


def test_reingest_reports_already_present(db, examples_dir):
    result = run(db, "ingest", str(examples_dir))
    assert result.exit_code == 0
    assert "0 added, 5 already present" in result.output


def test_facts_table_filters(db):
    result = run(
        db, "facts", "--jurisdiction", "鹤山市", "--indicator", "地区生产总值", "--kind", "actual"
    )
    assert result.exit_code == 0, result.output
    assert "458.51" in result.output


def test_export_jsonl_and_csv_use_the_design_field_names(db, tmp_path):
    out = run(db, "export", "facts", "--format", "jsonl").output
    records = [json.loads(line) for line in out.splitlines()]
    fields = (*Fact.RECORD_FIELDS, "evidence")
    assert records and all(tuple(r) == fields for r in records)
    # Every prose fact says which words decided its kind and its year.
    prose = [r for r in records if {e["field"] for e in r["evidence"]} >= {"kind", "year"}]
    assert len(prose) > len(records) / 2
    assert all(set(e) == {"field", "basis", "text", "start", "end"} for e in prose[0]["evidence"])
    target = tmp_path / "facts.csv"
    result = run(db, "export", "facts", "--format", "csv", "-o", str(target))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == len(records)
    assert tuple(rows[0]) == fields
    assert any(r["evidence"].startswith("kind=") and "; year=" in r["evidence"] for r in rows)


def test_errors_are_one_line_and_exit_1(db, tmp_path):
    result = run(db, "show", "no-such-doc.txt")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "planwatch docs" in result.output
    assert "Traceback" not in result.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(db, "ingest", "--no-progress", str(empty))
    assert result.exit_code == 1 and "empty.txt" in result.output
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "nope" / "x.db"), "docs"])
    assert result.exit_code == 1 and result.output.startswith("Error: ")


def test_every_command_has_help_ending_with_an_example():
    def walk(group, prefix=()):
        for name, cmd in group.commands.items():
            if hasattr(cmd, "commands"):
                yield from walk(cmd, (*prefix, name))
            else:
                yield (*prefix, name), cmd

    for path, cmd in walk(cli):
        help_text = inspect.cleandoc(cmd.help or "")
        assert help_text.splitlines()[-1].startswith("Example: planwatch"), path


def test_series_lists_each_figure_with_its_source(db):
    result = run(db, "series", "鹤山市", "地区生产总值", "--json")
    assert result.exit_code == 0, result.output
    s = json.loads(result.output)
    assert s["indicator_id"] == "gdp" and s["area_code"] == "440784"
    by = {(r["year"], r["kind"], r["measure"], r["value"]) for r in s["rows"]}
    assert (2022, "actual", "level", 458.51) in by
    assert (2022, "actual", "growth", 2.8) in by
    assert (2025, "target", "growth", 6.0) in by
    assert all(r["value_text"] and r["quote"] and r["doc"] for r in s["rows"])
    assert run(db, "series", "鹤山市", "游泳池").exit_code == 1


def test_evaluate_area_and_all(db):
    result = run(db, "evaluate", "鹤山市", "--format", "json")
    assert result.exit_code == 0, result.output
    ev = json.loads(result.output)
    gdp = [
        r
        for r in ev["targets"]
        if r["indicator_id"] == "gdp" and r["measure"] == "growth" and r["scope"] == "plan"
    ]
    assert gdp and gdp[0]["status"] == "behind"
    table = run(db, "evaluate", "鹤山市").output
    assert "项主要指标中" in table and "7.09%" in table
    every = run(db, "evaluate", "--all").output
    for name in ("鹤山市", "江海区", "连州市", "江门市"):
        assert name in every
    city = run(db, "evaluate", "江门市").output  # its own targets, then its counties'
    assert "areas within 江门市" in city
    below = city.split("areas within 江门市", 1)[1]
    assert "鹤山市" in below and "江海区" in below and "连州市" not in below


def test_report_formats_are_written(db, tmp_path):
    for fmt in ("html", "xlsx", "md"):
        target = tmp_path / f"r.{fmt}"
        result = run(db, "report", "鹤山市", "--format", fmt, "-o", str(target))
        assert result.exit_code == 0, result.output
        assert target.stat().st_size > 1000
    assert "滞后" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_completion_table_of_the_ended_plan(db):
    result = run(db, "evaluate", "鹤山市", "--completion", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    gdp = next(r for r in rows if r["indicator"].startswith("地区生产总值"))
    assert gdp["target_growth"] == 9.1 and gdp["actual_level"] == 374.76
    assert gdp["actual_growth"] == 7.0
    table = run(db, "evaluate", "鹤山市", "--completion").output
    assert "鹤山市“十三五”规划主要目标完成情况表" in table and "未完成" in table


def test_progress_bar_runs_and_reports_failures_once(tmp_path, examples_dir):
    src = next(examples_dir.glob("002_*.txt"))
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(tmp_path / "p.db"),
            "ingest",
            "--progress",
            str(src),
            str(tmp_path / "missing.txt"),
        ],
    )
    assert result.exit_code == 1, result.output
    assert (
        "Traceback" not in result.output
        and result.exception is None
        or isinstance(result.exception, SystemExit)
    )
    assert result.output.count("missing.txt: no such file or folder") == 1
    assert "1 added, 0 already present, 1 failed" in result.output
