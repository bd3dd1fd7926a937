"""The compare page's rows: filtered, sorted and paged by the database, as the old
in-Python sort did (checked against a reference written here)."""

from __future__ import annotations

import pytest

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalpage import STATUS_RANK, evaluation_page
from planwatch.store.evalstore import COUNTS, EvaluationRecord, note_changes, save_evaluations
from planwatch.store.pages import store_version
from planwatch.store.repo import Store

OPTS = Options(workers=1, show_progress=False)
FMT = "test-format"
COUNTIES = ("鹤山市", "台山市", "开平市", "恩平市", "蓬江区")


def _report(county: str, year: int) -> str:
    return (
        f"{year}年{county}人民政府工作报告\n"
        f"过去一年，全市地区生产总值增长3.5%。\n"
        f"{year + 1}年主要预期目标是：地区生产总值增长6%左右。\n"
    )


def _add(store: Store, folder, county: str, year: int) -> None:
    path = folder / f"{county}{year}年政府工作报告.txt"
    path.write_text(_report(county, year), encoding="utf-8")
    assert ingest([str(path)], store, OPTS).failed == 0


def _record(code: str, name: str, i: int) -> EvaluationRecord:
    counts = dict.fromkeys(COUNTS, 0)
    counts.update(behind=i % 3, missed=i % 2, on_track=4 - i, ahead=i % 2, no_data=(i * 7) % 5)
    counts["total"] = sum(v for k, v in counts.items() if k != "total")
    status = ("ahead", "behind", "met", "no_data", "on_track")[i]
    cells = {"gdp": {"status": status, "indicator": "地区生产总值", "core": True}}
    return EvaluationRecord(
        area_code=code,
        area_name=name,
        as_of_key=0,
        plan_doc_id=None,
        plan_name=None,
        plan_period="2021-2025" if i % 2 else "2016-2020",
        as_of=2022,
        counts=counts,
        summary_line=None,
        cells=cells,
        detail={},
    )


def _build(folder, url: str | None = None):
    store = Store(url or f"sqlite:///{folder / 's.db'}")
    for county in COUNTIES:
        _add(store, folder, county, 2022)
    names = {a.code: a.name for a in store.areas() if a.name in COUNTIES}
    assert len(names) == len(COUNTIES)
    records = [_record(code, names[code], i) for i, code in enumerate(sorted(names))]
    note_changes(store)
    save_evaluations(store, records, store_version(store), FMT)
    return store, records, folder


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    store, records, folder = _build(tmp_path_factory.mktemp("evalpage"))
    yield store, records, folder
    store.close()


def _reference(records, sort):
    """The sort the compare page did in Python (with 快于预期 counted favourable)."""

    def key(r):
        c = r.counts
        if sort == "name":
            return (r.area_name, r.area_code)
        if sort == "behind":
            return (-(c["behind"] + c["missed"]), r.area_code)
        if sort == "favourable":
            return (-(c["on_track"] + c["ahead"] + c["achieved_early"] + c["met"]), r.area_code)
        if sort == "no_data":
            return (-c["no_data"], r.area_code)
        if sort == "ind:gdp":
            return (STATUS_RANK.index(r.cells["gdp"]["status"]), r.area_code)
        return r.area_code

    return [r.area_code for r in sorted(records, key=key)]


@pytest.mark.parametrize("sort", ["area", "name", "behind", "favourable", "no_data", "ind:gdp"])
def test_sorted_by_the_database_as_in_python(stored, sort):
    store, records, _ = stored
    got = evaluation_page(store, FMT, sort=sort)
    assert [r.area_code for r in got.records] == _reference(records, sort)
    assert got.total == got.wanted == got.found == len(records) and got.stale == 0
    paged = evaluation_page(store, FMT, sort=sort, limit=2, offset=2)
    assert [r.area_code for r in paged.records] == _reference(records, sort)[2:4]
    assert paged.total == len(records)  # the count is of every page


def test_every_sort_on_both_backends(db_url, tmp_path):
    store, records, _ = _build(tmp_path, db_url)
    for sort in ("area", "name", "behind", "favourable", "no_data", "ind:gdp"):
        got = evaluation_page(store, FMT, sort=sort, limit=3, offset=1)
        assert [r.area_code for r in got.records] == _reference(records, sort)[1:4], sort
        assert got.total == len(records) and got.stale == 0
    assert evaluation_page(store, FMT, plan="2021-2025").plans == ("2016-2020", "2021-2025")
    store.close()


def test_filters_plan_and_parent(stored):
    store, records, _ = stored
    got = evaluation_page(store, FMT, plan="2021-2025")
    assert {r.area_code for r in got.records} == {
        r.area_code for r in records if r.plan_period == "2021-2025"
    }
    assert got.plans == ("2016-2020", "2021-2025")  # what the filter offers, before it
    one = records[0].area_code
    assert [r.area_code for r in evaluation_page(store, FMT, parent=one).records] == [one]
    city = one[:4] + "00"
    assert evaluation_page(store, FMT, parent=city).total == sum(
        r.area_code.startswith(one[:4]) for r in records
    )
    assert evaluation_page(store, FMT, as_of=2019).records == ()  # another as-of year


def test_other_format_and_new_documents_are_stale(tmp_path):
    store, records, folder = _build(tmp_path)
    assert evaluation_page(store, "other").stale == len(records)
    assert all(not r.current for r in evaluation_page(store, "other").records)
    _add(store, folder, records[1].area_name, 2023)
    note_changes(store)
    got = evaluation_page(store, FMT)
    assert got.stale == 1
    assert [r.area_code for r in got.records if not r.current] == [records[1].area_code]
    store.close()


@pytest.mark.parametrize("key", ['a"b', "$", "'", "a.b", "[0]", "\\"])
def test_an_odd_indicator_key_sorts_as_unknown(stored, key):
    store, records, _ = stored
    got = evaluation_page(store, FMT, sort=f"ind:{key}")
    assert [r.area_code for r in got.records] == sorted(r.area_code for r in records)
