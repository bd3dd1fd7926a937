"""Ingest asks the store about a batch at once: which contents it holds and which paths
carry what a user set. The answers are the per-file ones (has_content, user_settings_at),
across look-ups split into chunks."""

from __future__ import annotations

import pytest

from planwatch.core.data import DocType, UserMeta
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store import documents
from planwatch.store.repo import Store

_REPORT = "某县2023年统计公报\n全年地区生产总值{n}.5亿元，增长{g}.0%。\n"


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()


def _write(folder, i: int) -> None:
    (folder / f"r{i}.txt").write_text(_REPORT.format(n=100 + i, g=i % 7), encoding="utf-8")


def test_stored_contents_and_paths_with_settings_match_the_per_file_answers(
    store, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(documents, "_LOOKUP_CHUNK", 2)  # several chunks for five files
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(5):
        _write(folder, i)
    ingest([str(folder)], store, Options(workers=1, show_progress=False))
    docs = store.documents()
    hashes = [d.sha256 for d in docs] + ["0" * 64]
    assert store.stored_contents(hashes) == {d.sha256: d.id for d in docs}
    set_path = str((folder / "r3.txt").resolve())
    ingest(
        [str(folder / "r3.txt")],
        store,
        Options(workers=1, show_progress=False),
        user=UserMeta(doc_type=DocType.STATISTICAL_COMMUNIQUE),
    )
    paths = [str((folder / f"r{i}.txt").resolve()) for i in range(5)] + ["/nowhere.txt"]
    assert store.paths_with_settings(paths) == {set_path}
    assert {p for p in paths if store.user_settings_at(p)} == {set_path}


def test_a_changed_file_keeps_what_was_set_and_the_rest_of_the_batch_is_new(
    store, tmp_path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        _write(folder, i)
    options = Options(workers=1, show_progress=False)
    ingest([str(folder / "r1.txt")], store, options, user=UserMeta(year=2022))
    (folder / "r1.txt").write_text(_REPORT.format(n=999, g=3), encoding="utf-8")
    _write(folder, 3)
    summary = ingest([str(folder)], store, options)
    assert [i.status for i in summary.items] == ["added", "updated", "added", "added"]
    current = {d.path: d for d in store.documents()}
    assert current[str((folder / "r1.txt").resolve())].user_set == "year"
