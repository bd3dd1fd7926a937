"""The error tree: drawn completely in core/errors.py, and messages naming files as given."""

from __future__ import annotations

import importlib
import pkgutil
import re

import planwatch
from planwatch.core import errors
from planwatch.core.errors import PlanwatchError
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store


def drawn_tree() -> dict[str, str | None]:
    """Each class of the docstring's tree -> the class it hangs under."""
    tree: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for line in errors.__doc__.splitlines():
        m = re.match(r"^(\s*(?:[│├└─ ]*\s)?)([A-Z]\w*Error)\b", line)
        if not m:
            continue
        depth, name = len(m.group(1)), m.group(2)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        tree[name] = stack[-1][1] if stack else None
        stack.append((depth, name))
    return tree


def code_tree() -> dict[str, str | None]:
    """Every PlanwatchError subclass defined anywhere in planwatch -> its base."""
    for info in pkgutil.walk_packages(planwatch.__path__, "planwatch."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
    found: dict[str, str | None] = {"PlanwatchError": None}
    todo = [PlanwatchError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("planwatch."):
                found[sub.__name__] = cls.__name__
                todo.append(sub)
    return found


def test_the_docstring_draws_every_error_under_its_base():
    tree = drawn_tree()
    assert tree["ScannedPdfError"] == "CorruptFileError"  # the drawing is read as a tree
    assert tree == code_tree()


def test_failed_files_are_named_by_the_path_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "blank.txt").write_text("  \n\n", encoding="utf-8")
    (batch / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (batch / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    (tmp_path / "plan.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    store = Store(f"sqlite:///{tmp_path / 'e.db'}")
    try:
        summary = ingest(
            ["batch", "plan.doc", "gone/", "*.pdf"], store, Options(workers=1, show_progress=False)
        )
    finally:
        store.close()
    errors_by_path = {i.path: i.error for i in summary.items}
    assert set(errors_by_path) == {
        "batch/blank.txt",
        "batch/photo.txt",
        "batch/cut.pdf",
        "plan.doc",
        "gone/",
        "*.pdf",
    }
    for path, message in errors_by_path.items():
        assert message.startswith(f"{path}: "), message
        assert "; " in message, message  # the problem; how to fix it
    assert "save it as .docx" in errors_by_path["plan.doc"]


def test_a_store_that_cannot_open_is_named_as_given(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from planwatch.cli import cli

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", "nowhere/plan.db", "docs"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open store nowhere/plan.db: ")
    assert "create it or pass another --db" in result.output
