"""What a newcomer meets first: hints on an empty store, and a test script that just works."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planwatch.cli import cli

ROOT = Path(__file__).resolve().parents[1]
HINT = "try: planwatch ingest examples/"


@pytest.mark.parametrize(
    "args",
    [
        ["docs"],
        ["docs", "--json"],
        ["facts"],
        ["export", "facts", "--format", "csv"],
        ["conflicts"],
        ["evaluate", "--all"],
        ["indicators", "--unresolved"],
    ],
)
def test_an_empty_store_says_how_to_fill_it(tmp_path, args):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "empty.db"), *args])
    assert result.exit_code == 0, result.output
    assert HINT in result.stderr
    assert HINT not in result.stdout  # JSON and CSV on stdout stay clean
    assert str(tmp_path / "empty.db") in result.stderr  # the store it looked in


def test_a_filled_store_gives_no_hint(sample_store):
    result = CliRunner().invoke(cli, ["--db", sample_store.url, "docs"])
    assert result.exit_code == 0
    assert HINT not in result.output


def test_the_test_script_waits_for_apt_and_runs_the_linters():
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    apt_calls = [
        line for line in script.splitlines() if "apt-get " in line and "command -v" not in line
    ]
    assert apt_calls and all("DPkg::Lock::Timeout=" in line for line in apt_calls)
    assert ".venv/bin/ruff check src tests bench" in script
    assert ".venv/bin/ruff format --check src tests bench" in script
