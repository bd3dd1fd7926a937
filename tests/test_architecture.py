"""The architecture as contracts: import-linter's contracts in pyproject.toml hold, every
top-level module sits in a layer, and a reintroduced breach makes the check fail."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import planwatch

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(planwatch.__file__).parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]


def lint_imports(config: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    """lint-imports in a child process (it imports the package it checks by name)."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    code = "import sys; from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", code, "--config", str(config), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=config.parent,
    )


def contract(contract_id: str) -> dict:
    (found,) = [c for c in CONFIG["contracts"] if c["id"] == contract_id]
    return found


def test_the_contracts_are_kept():
    result = lint_imports(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_top_level_module_sits_in_a_layer():
    placed = {
        name.strip()
        for layer in contract("layers")["layers"]
        for name in layer.replace("|", ":").split(":")
    }
    modules = {f"planwatch.{m.name}" for m in pkgutil.iter_modules([str(PACKAGE)])}
    assert modules - placed == set(), "put these modules in a layer of pyproject.toml"
    assert placed - modules == set(), "these layers name modules that do not exist"


def test_core_is_forbidden_everything_outside_core():
    forbidden = set(contract("core-alone")["forbidden_modules"])
    modules = {f"planwatch.{m.name}" for m in pkgutil.iter_modules([str(PACKAGE)])}
    assert modules - forbidden == {"planwatch.core", "planwatch.data"}


# Each breach: (module file to write, its import line, the contract it breaks).
BREACHES = {
    "core reads the store": ("core/_breach.py", "import planwatch.store.repo", "core imports"),
    "extract writes to the store": (
        "extract/_breach.py",
        "from planwatch.store import repo",
        "extract never imports",
    ),
    "the store runs the pipeline": ("store/_breach.py", "import planwatch.pipeline", "Layers"),
    "extract prints with rich": (
        "extract/_breach.py",
        "import rich.table",
        "no presentation library",
    ),
    "web imports through importlib": (
        "web/_breach.py",
        "import importlib",
        "never through importlib",
    ),
    "SQL outside the store": ("evaluate/_breach.py", "import sqlalchemy", "All SQL"),
}


@pytest.mark.parametrize("name", sorted(BREACHES))
def test_a_reintroduced_breach_fails(tmp_path, name):
    module, line, broken = BREACHES[name]
    shutil.copytree(
        PACKAGE, tmp_path / "src" / "planwatch", ignore=shutil.ignore_patterns("__pycache__")
    )
    (tmp_path / "src" / "planwatch" / module).write_text(f"{line}\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = lint_imports(tmp_path / "pyproject.toml", pythonpath=tmp_path / "src")
    assert "_breach" in result.stdout, result.stdout + result.stderr  # the copy was checked
    assert result.returncode == 1
    broken_lines = [x for x in result.stdout.splitlines() if " BROKEN" in x]
    assert any(broken in x for x in broken_lines), result.stdout
