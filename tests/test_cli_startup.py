"""What ``planwatch --help`` imports: the command group only, not rich, the core types
or any analysis stage (they load when a command needs them), so the command line
starts fast."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from click.testing import CliRunner
from planwatch.cli import cli
result = CliRunner().invoke(cli, ["--help"])
print(result.exit_code, "ingest" in result.output)
heavy = ("rich", "planwatch.core.data", "planwatch.pipeline", "planwatch.store", "sqlalchemy")
print(",".join(sorted({m.split(".")[0] if m == "rich" or m.startswith("rich.") else m
                       for m in sys.modules if m.startswith(heavy)})))
"""


def test_help_loads_no_rich_and_no_stage() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "0 True"
    assert out[1] == ""


def test_a_command_still_prints_a_rich_table(tmp_path) -> None:
    from click.testing import CliRunner

    from planwatch.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "s.db"), "docs"])
    assert result.exit_code == 0, result.output
    assert "0 documents" in result.output and "┃ id ┃ file ┃" in result.output
