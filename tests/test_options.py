"""Options: one default per limit, checked when they are made."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from planwatch.cli import cli
from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.options import MiB, Options


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_file_bytes", 0),
        ("max_file_bytes", -5),
        ("max_file_bytes", 1.5),
        ("max_text_chars", 0),
        ("max_pdf_pages", True),
        ("workers", -1),
        ("extractors", ()),
        ("extractors", "prose"),
        ("extractors", ("prose", "")),
        ("db_url", " "),
    ],
)
def test_a_bad_value_fails_when_made(field, value):
    with pytest.raises(UsageError, match=f"Options.{field}"):
        Options(**{field: value})


def test_good_values_are_kept():
    opts = Options(max_file_bytes=100, workers=0, extractors=("llm",), db_url="x.db")
    assert (opts.max_file_bytes, opts.workers, opts.extractors) == (100, 0, ("llm",))
    assert issubclass(UsageError, PlanwatchError)


def test_the_command_line_takes_its_defaults_from_options():
    help_text = CliRunner().invoke(cli, ["ingest", "--help"]).output
    assert f"default: {Options.max_file_bytes / MiB}" in help_text
    assert f"default: {', '.join(Options.extractors)}" in help_text


def test_the_size_limit_is_the_one_the_readme_states():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"{Options.max_file_bytes // MiB} MiB by" in readme
