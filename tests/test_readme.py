"""The README stays true: every command is documented and its examples run."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from planwatch.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def all_commands(group=cli, prefix=""):
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            yield from all_commands(cmd, full + " ")
        else:
            yield full


def example_lines() -> list[str]:
    """The `planwatch …` lines of the README's Examples block."""
    block = README.split("Examples (these run in the test suite", 1)[1]
    code = re.search(r"```sh\n(.*?)```", block, re.S).group(1)
    return [line for line in code.splitlines() if line.startswith("planwatch ")]


@pytest.mark.parametrize("command", sorted(all_commands()))
def test_every_command_is_in_the_readme(command):
    assert f"`planwatch {command}" in README, f"planwatch {command} is not documented"


def test_readme_examples_run(tmp_path, gold_dir):
    lines = example_lines()
    assert any(line.startswith("planwatch ingest") for line in lines)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        for line in lines:
            args = shlex.split(line.replace("../shared/gold/", str(gold_dir) + "/"))[1:]
            result = runner.invoke(cli, ["--db", str(tmp_path / "readme.db"), *args])
            assert result.exit_code == 0, (line, result.output)
            assert result.output.strip() or line.endswith(".csv"), line
    finally:
        os.chdir(old)
    assert (tmp_path / "facts.csv").stat().st_size > 0


def output_samples() -> list[tuple[str, str]]:
    """(command, expected lines) of each README block marked ``<!-- output of: CMD -->``."""
    found = re.findall(r"<!-- output of: (planwatch [^>]*?) -->\n```\w*\n(.*?)```", README, re.S)
    assert found, "the README shows no command output"
    return found


@pytest.mark.parametrize(("command", "expected"), output_samples())
def test_readme_output_samples_are_what_the_command_prints(sample_store, command, expected):
    args = shlex.split(command)[1:]
    result = CliRunner().invoke(cli, ["--db", sample_store.url, *args])
    assert result.exit_code == 0, result.output
    printed = [line.strip() for line in result.output.splitlines()]
    for line in expected.strip().splitlines():
        assert line.strip() in printed, f"README shows {line!r}; {command} prints:\n{result.output}"


def test_readme_shell_blocks_run_in_a_fresh_shell():
    """Outside the activated Examples block, commands name the venv's programs."""
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        if ". .venv/bin/activate" in block:
            continue
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            for i, word in enumerate(words):
                if word in ("planwatch", "python", "pip", "pytest", "ruff"):
                    assert i > 0 and words[i - 1] == "-m", f"use .venv/bin/{word}: {line}"
