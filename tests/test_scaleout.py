"""Ingest with --scheduler: analysis on a Dask LocalCluster (loopback, in this process)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planwatch import scaleout
from planwatch.core.errors import UsageError
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.repo import Store

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as c:
        yield c


@pytest.fixture
def batch(tmp_path, examples_dir) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for p in sorted(examples_dir.glob("00[24]_*.txt")):
        shutil.copy(p, folder / p.name)
    return folder


def _records(store: Store) -> list[tuple]:
    return sorted(
        (sf.fact.doc, sf.fact.start, sf.fact.end, tuple(sorted(sf.fact.to_record().items())))
        for sf in store.iter_facts()
    )


def test_the_cluster_gives_the_same_facts_as_in_process(tmp_path, batch, cluster):
    local = Store(f"sqlite:///{tmp_path / 'local.db'}")
    remote = Store(f"sqlite:///{tmp_path / 'remote.db'}")
    first = ingest([str(batch)], local, Options(workers=1))
    summary = ingest([str(batch)], remote, Options(scheduler=cluster.scheduler_address))
    assert summary.added == first.added == 2
    assert summary.facts == first.facts > 0
    assert _records(remote) == _records(local)
    again = ingest([str(batch)], remote, Options(scheduler=cluster.scheduler_address))
    assert again.present == 2 and again.added == 0  # content already stored: not sent
    local.close()
    remote.close()


def test_a_failing_document_is_reported_and_the_batch_goes_on(
    tmp_path, batch, cluster, monkeypatch
):
    (batch / "garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 5)
    real = scaleout.analyse_bytes

    def flaky(data, name, **kw):
        if name.startswith("004"):
            raise RuntimeError("boom")
        return real(data, name, **kw)

    monkeypatch.setattr(scaleout, "analyse_bytes", flaky)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    seen = []
    summary = ingest(
        [str(batch)],
        store,
        Options(scheduler=cluster.scheduler_address),
        on_item=lambda item: seen.append(item.status),
    )
    by_name = {Path(i.path).name[:3]: i for i in summary.items}
    assert by_name["002"].status == "added"
    assert by_name["004"].status == "failed" and "internal error" in by_name["004"].error
    assert by_name["gar"].status == "failed" and "garbage.txt" in by_name["gar"].error
    assert len(seen) == 3 and summary.failed == 2
    assert [d.name[:3] for d in store.documents()] == ["002"]
    store.close()


def test_an_unreachable_scheduler_is_one_line_naming_it(tmp_path, batch, monkeypatch):
    monkeypatch.setattr(scaleout, "CONNECT_TIMEOUT", 1)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    with pytest.raises(UsageError) as err:
        ingest([str(batch)], store, Options(scheduler="tcp://127.0.0.1:9"))
    assert "tcp://127.0.0.1:9" in str(err.value) and "\n" not in str(err.value)
    store.close()


def test_the_cluster_keeps_what_the_user_said_and_indexes_for_the_store(tmp_path, batch, cluster):
    from planwatch.core.data import DocType, UserMeta
    from planwatch.search import SearchQuery, search

    said = UserMeta(doc_type=DocType.OTHER, year=2019)
    with Store(f"sqlite:///{tmp_path / 'said.db'}") as store:
        summary = ingest(
            [str(batch)], store, Options(scheduler=cluster.scheduler_address), user=said
        )
        assert summary.added == 2
        docs = store.documents()
        assert {(d.doc_type, d.year) for d in docs} == {("other", 2019)}
        assert all("type" in (d.user_set or "") for d in docs)
        assert search(store, SearchQuery("地区生产总值")).total > 0


def test_every_worker_is_warmed_up_once_the_ingest_connects(tmp_path, batch, cluster, monkeypatch):
    log = tmp_path / "warmed.txt"  # the plugin travels pickled: record in a file

    def record() -> None:
        with log.open("a") as f:
            f.write("warm\n")

    monkeypatch.setattr(scaleout, "warm_worker", record)
    store = Store(f"sqlite:///{tmp_path / 'warm.db'}")
    ingest([str(batch)], store, Options(scheduler=cluster.scheduler_address))
    store.close()
    with distributed.Client(cluster.scheduler_address) as client:
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    assert all("planwatch-warm" in names for names in plugins.values())
    assert log.read_text().split() == ["warm"] * len(plugins)  # each worker once
