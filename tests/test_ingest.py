"""Batch ingest: the sample corpus, re-ingest no-ops, versions, and bad input in a batch."""

from __future__ import annotations

import random
import shutil
import zipfile
from pathlib import Path

import pytest

from planwatch import ingest as ingest_mod
from planwatch.ingest import collect_paths, ingest
from planwatch.options import Options
from planwatch.store.repo import FactFilter, Store


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()


def test_sample_corpus_ingests_and_reingest_is_a_no_op(store, examples_dir):
    first = ingest([str(examples_dir)], store, Options(workers=2))
    assert first.added == 5 and first.failed == 0
    assert first.facts > 100
    docs = {d.name: d for d in store.documents()}
    assert set(docs) == {p.name for p in examples_dir.glob("*.txt")}
    for d in docs.values():
        assert d.n_facts == len(store.facts(FactFilter(doc=str(d.id))))
    again = ingest([str(examples_dir)], store, Options(workers=2))
    assert again.added == 0 and again.present == 5 and again.facts == 0
    assert store.counts()["documents"] == 5


def test_every_stored_fact_is_grounded_in_the_stored_text(store, examples_dir):
    ingest([str(examples_dir)], store, Options(workers=1))
    texts = {d.id: store.load(d.id).text for d in store.documents()}
    for sf in store.iter_facts():
        f = sf.fact
        shown = texts[sf.doc_id][f.start : f.end]
        assert any(
            ch.isdigit() or ch in "零〇一二三四五六七八九十百千万两半倍番" for ch in shown
        ), (f, shown)
        assert f.quote_start <= f.start < f.end <= f.quote_end
        assert f.jurisdiction and f.jurisdiction_code


def test_changed_file_at_same_path_becomes_a_new_version(store, tmp_path, examples_dir):
    src = next(examples_dir.glob("002_*.txt"))
    doc = tmp_path / "news.txt"
    shutil.copy(src, doc)
    assert ingest([str(doc)], store).added == 1
    doc.write_text(src.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    second = ingest([str(doc)], store)
    assert second.items[0].status == "updated"
    versions = store.documents(include_superseded=True)
    assert [d.version for d in versions] == [1, 2]
    assert versions[0].superseded_by == versions[1].id
    assert [d.id for d in store.documents()] == [versions[1].id]


def _bad_inputs(folder: Path) -> dict[str, str]:
    """File name -> a word the error message must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    )
    rnd = random.Random(7)  # high bytes that no supported encoding decodes
    (folder / "garbage.txt").write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(600)))
    (folder / "half.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "big.txt").write_bytes("地区生产总值增长6%。\n".encode() * 20_000)  # ~0.5 MB
    return {
        "empty.txt": "empty",
        "image.txt": "not text",
        "garbage.txt": "encoding",
        "half.pdf": "pdf",
        "broken.docx": "docx",
        "big.txt": "limit",
    }


def test_bad_input_is_reported_and_the_rest_of_the_batch_goes_in(store, tmp_path, examples_dir):
    bad = tmp_path / "batch"
    bad.mkdir()
    expect = _bad_inputs(bad)
    shutil.copy(next(examples_dir.glob("002_*.txt")), bad / "good.txt")
    summary = ingest(
        [str(bad), str(tmp_path / "missing.txt")], store, Options(workers=2, max_file_bytes=200_000)
    )
    by_name = {Path(i.path).name: i for i in summary.items}
    assert by_name["good.txt"].status == "added"
    for name, word in expect.items():
        item = by_name[name]
        assert item.status == "failed", name
        assert name in item.error and word in item.error.lower(), item.error
    assert "no such file" in by_name["missing.txt"].error
    assert summary.failed == len(expect) + 1
    assert [d.name for d in store.documents()] == ["good.txt"]


def test_a_crash_inside_analysis_fails_that_file_only(store, tmp_path, examples_dir, monkeypatch):
    for p in sorted(examples_dir.glob("00[12]_*.txt")):
        shutil.copy(p, tmp_path / p.name)
    real = ingest_mod.analyse_bytes

    def flaky(data, name, **kw):
        if name.startswith("001"):
            raise RuntimeError("boom")
        return real(data, name, **kw)

    monkeypatch.setattr(ingest_mod, "analyse_bytes", flaky)
    summary = ingest([str(tmp_path)], store, Options(workers=1))
    statuses = {Path(i.path).name[:3]: i for i in summary.items}
    assert statuses["001"].status == "failed" and "internal error" in statuses["001"].error
    assert statuses["002"].status == "added"


def test_a_folder_with_thousands_of_files(store, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"n{i:04d}.txt").write_text(
            f"鹤山市2023年第{i}号通报:地区生产总值增长{i % 9}.5%。\n", encoding="utf-8"
        )
    (folder / "notes.xyz").write_text("ignored", encoding="utf-8")
    summary = ingest([str(folder)], store, Options(workers=2))
    assert summary.added == 2000 and summary.failed == 0
    assert store.counts()["documents"] == 2000


def test_collect_paths_takes_files_folders_and_globs(tmp_path, examples_dir):
    files, problems = collect_paths(
        [str(examples_dir / "00[01]_*.txt"), str(examples_dir), str(tmp_path / "nothing*.pdf")]
    )
    assert len(files) == 5  # duplicates named twice are taken once
    assert len(problems) == 1 and "no supported files" in problems[0].error
    odd = tmp_path / "sheet.xls"
    odd.write_bytes(b"x")
    _, problems = collect_paths([str(odd)])
    assert "unsupported file type (.xls)" in problems[0].error


def test_docx_and_html_files_ingest_through_the_same_path(store, tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("鹤山市2023年政府工作报告")
    d.add_paragraph("全年地区生产总值458.51亿元,增长2.8%。")
    d.save(tmp_path / "report.docx")
    (tmp_path / "page.html").write_text(
        "<html><head><title>鹤山两会</title></head><body><nav>首页 政务</nav>"
        "<article><p>2022年鹤山市规模以上工业增加值194.83亿元,增长4.1%。</p></article>"
        "<footer>版权所有</footer></body></html>",
        encoding="utf-8",
    )
    summary = ingest([str(tmp_path)], store, Options(workers=1))
    assert summary.added == 2, [i.error for i in summary.items]
    formats = sorted(d.format for d in store.documents())
    assert formats == ["docx", "html"]
    assert zipfile.is_zipfile(tmp_path / "report.docx")


def test_the_same_results_on_sqlite_and_postgresql(db_url, examples_dir):
    """Ingest, evaluation, series, conflicts and corrections through one store URL."""
    from planwatch.conflicts import find_conflicts
    from planwatch.evaluate import evaluate_area
    from planwatch.evaluate.series import series

    store = Store(db_url)
    paths = [str(p) for p in sorted(examples_dir.glob("00[02]_*.txt"))]
    summary = ingest(paths, store, Options(workers=1))
    assert summary.added == 2
    ev = evaluate_area(store, "鹤山市")
    gdp = [r for r in ev.rows if r.indicator_id == "gdp" and r.scope == "plan"]
    assert gdp[0].status.value == "behind"
    assert round(gdp[0].needed_growth, 2) == 7.09
    s = series(store, "440784", "gdp")
    assert {r.year for r in s.rows} >= {2020, 2022, 2023, 2025}
    assert find_conflicts(store) == []
    first = store.facts()[0]
    store.correct(first.id, author="tester", wrong=True)
    assert first.id not in {sf.id for sf in store.facts()}
    found = store.texts_containing(["地区生产总值"], area="江门市")
    assert {d.name for d, _ in found} == {Path(p).name for p in paths}
    store.close()


def test_forked_workers_inherit_a_warm_analysis_stage(monkeypatch):
    import multiprocessing

    from planwatch import ingest
    from planwatch.extract.cues import cues

    cues.cache_clear()
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda *a, **k: "spawn")
    ingest._warm_before_fork()
    assert cues.cache_info().currsize == 0  # spawned workers would not inherit it: no cost
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda *a, **k: "fork")
    ingest._warm_before_fork()
    assert cues.cache_info().currsize == 1  # loaded once here, before the pool forks
