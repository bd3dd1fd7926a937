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


OPEN_AGAIN = """
import sys
from planwatch.store.repo import Store
store = Store(sys.argv[1])
print(store.counts()["documents"], "alembic" in sys.modules)
"""


def test_a_store_at_the_newest_schema_opens_without_importing_alembic(tmp_path) -> None:
    from planwatch.store.repo import Store

    url = f"sqlite:///{tmp_path / 's.db'}"
    Store(url).close()  # created and migrated (alembic runs)
    out = subprocess.run(
        [sys.executable, "-c", OPEN_AGAIN, url], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "False"]


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from planwatch.store import db

    head = ScriptDirectory.from_config(db._alembic_config()).get_current_head()
    assert db._head_from_files() == head


def test_a_store_at_another_revision_is_left_to_alembic(tmp_path) -> None:
    import pytest
    import sqlalchemy

    from planwatch.store import db
    from planwatch.store.repo import Store

    url = f"sqlite:///{tmp_path / 's.db'}"
    Store(url).close()
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:  # a revision this planwatch does not know
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'elsewhere'")
    assert db._stored_revision(engine) == "elsewhere"
    engine.dispose()
    with pytest.raises(Exception, match="elsewhere"):
        Store(url)  # not taken for current: alembic is asked, and cannot place it


INGEST_AGAIN = """
import sys
from click.testing import CliRunner
from planwatch.cli import cli
result = CliRunner().invoke(cli, ["--db", sys.argv[1], "ingest", sys.argv[2], "--no-progress"])
print(result.exit_code, "1 already present" in result.output)
print(",".join(sorted(m for m in ("rich", "planwatch.extract.prose") if m in sys.modules)))
"""


def test_an_ingest_without_a_bar_loads_no_rich_nor_an_unneeded_extractor(tmp_path) -> None:
    from click.testing import CliRunner

    from planwatch.cli import cli

    doc = tmp_path / "gb.txt"
    doc.write_text("某县2022年统计公报\n全年地区生产总值100.5亿元，增长5.0%。\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    first = CliRunner().invoke(cli, ["--db", db, "ingest", str(doc), "--no-progress"])
    assert first.exit_code == 0 and "1 added" in first.output, first.output
    out = subprocess.run(
        [sys.executable, "-c", INGEST_AGAIN, db, str(doc)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert out[0] == "0 True"  # the stored file is present: nothing to analyse or draw
    assert out[1] == ""
    bad = CliRunner().invoke(cli, ["--db", db, "ingest", str(doc), "--extractor", "nope"])
    assert bad.exit_code != 0 and "unknown extractor 'nope'" in bad.output
