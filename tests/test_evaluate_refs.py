"""A stored whole evaluation (``whole``, the area page's) cites its sources by fact id
(``[fact id, role]``) where the fact's stored row gives every field of the source, and
reads them back: the area page shows what computing the evaluation gives, and the
published record (``detail``) keeps them whole. A corrected area's sources are written
whole. Migration evalrefs marks the rows stored before stale (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import zlib

import sqlalchemy as sa
from tests.storetexts import ingest_texts

from planwatch.evaluate import evaluate_area
from planwatch.evaluated import (
    FORMAT,
    current_evaluations,
    record_of,
    refresh,
    stale_codes,
    stored_whole,
)
from planwatch.store import models as m
from planwatch.store.evalstore import (
    evaluation_detail,
    forget_evaluations,
    inflate,
    save_evaluations,
)
from planwatch.store.pages import store_version
from planwatch.store.repo import Store
from storetexts import migrate

# Composed in the style of a county's outline and the work reports restating its aims.
DOCS = {
    "a_台山市规划纲要.txt": (
        "台山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
        "到2025年，地区生产总值年均增长6%，常住人口城镇化率达到60%。\n"
    ),
    "b_台山市2022年政府工作报告.txt": (
        "2022年台山市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长7.4%。\n"
        "“十四五”时期，地区生产总值年均增长6%，常住人口城镇化率达到60%。\n"
    ),
    "c_台山市2023年政府工作报告.txt": (
        "2023年台山市人民政府工作报告\n"
        "过去一年，全市地区生产总值增长2.9%。\n"
        "到2025年，常住人口城镇化率达到60%，地区生产总值年均增长6%。\n"
    ),
}


def _ingested(db_url: str, tmp_path) -> tuple[Store, str]:
    store = Store(db_url)
    ingest_texts(store, tmp_path, DOCS)
    code = next(a.code for a in store.areas() if a.name == "台山市")
    return store, code


def _stored(store: Store, code: str) -> tuple[dict, dict]:
    """(detail, whole) of the area's stored row, as JSON."""
    e = m.area_evaluations
    q = sa.select(e.c.detail, e.c.whole).where(e.c.area_code == code)
    with store.engine.connect() as conn:
        detail, whole = conn.execute(q).one()
    return json.loads(inflate(detail)), json.loads(inflate(whole))


def _by_id(raw_sources: list) -> list:
    return [x for x in raw_sources if isinstance(x, list)]


def test_sources_are_stored_by_id_and_read_back_whole(db_url, tmp_path):
    store, code = _ingested(db_url, tmp_path)
    with store:
        ev = evaluate_area(store, code)
        cited = [s for r in ev.rows for s in r.sources if s.fact_id is not None]
        assert len(cited) >= 4 and all(s.stored for s in cited)
        assert {s.role for s in cited} >= {"target", "alternative"}
        assert code in refresh(store).computed
        detail, whole = _stored(store, code)
        for rec, row in zip(detail["targets"], whole["rows"], strict=True):
            refs = _by_id(row["sources"])
            assert refs and all(type(i) is int and type(role) is str for i, role in refs)
            assert [[x["fact_id"], x["role"]] for x in rec["sources"] if x["fact_id"]] == refs
            assert not _by_id(rec["sources"])  # the published record: read as it is
        # Read, each is what computing it gives: the published record and the area page's.
        assert evaluation_detail(store, code) == ev.to_dict()
        [listed] = [e for e in current_evaluations(store) if e.area.code == code]
        assert listed.to_dict() == ev.to_dict()
        found, current = stored_whole(store, code)
        assert current and found == ev
        assert [s.stored for r in found.rows for s in r.sources] == [
            s.stored for r in ev.rows for s in r.sources
        ]


def test_a_source_whose_fact_is_gone_makes_the_area_page_compute_again(db_url, tmp_path):
    store, code = _ingested(db_url, tmp_path)
    with store:
        refresh(store)
        _, whole = _stored(store, code)
        gone = _by_id(whole["rows"][0]["sources"])[-1][0]
        with store.engine.begin() as conn:
            conn.execute(sa.delete(m.facts).where(m.facts.c.id == gone))
        assert stored_whole(store, code) == (None, False)


def test_a_corrected_area_writes_its_sources_whole(db_url, tmp_path):
    store, code = _ingested(db_url, tmp_path)
    with store:
        first = evaluate_area(store, code).rows[0].sources[-1].fact_id
        assert first is not None
        store.correct(first, author="checker", field="year", value="2025")
        ev = evaluate_area(store, code)
        assert not any(s.stored for r in ev.rows for s in r.sources)
        refresh(store)
        detail, whole = _stored(store, code)
        assert not any(_by_id(rec["sources"]) for rec in detail["targets"])
        assert not any(_by_id(row["sources"]) for row in whole["rows"])
        assert evaluation_detail(store, code) == ev.to_dict()
        assert stored_whole(store, code) == (ev, True)


def test_the_migration_marks_stored_evaluations_stale(db_url, tmp_path):
    store, code = _ingested(db_url, tmp_path)
    with store as st:
        refresh(st)
        before = [e.to_dict() for e in current_evaluations(st, detail=True)]
        assert stale_codes(st) == []
        migrate(st, "titles")
        # Older code would read a source by id as a record: nothing stored is left.
        with st.engine.connect() as conn:
            assert (
                conn.execute(sa.select(sa.func.count()).select_from(m.area_evaluations)).scalar()
                == 0
            )
        # What an older store holds: evaluations (their form does not matter here).
        save_evaluations(st, [record_of(evaluate_area(st, code), None)], store_version(st), FORMAT)
    with Store(db_url) as st:  # opening upgrades again
        assert code in stale_codes(st)
        assert [e.to_dict() for e in current_evaluations(st, detail=True)] == before
        assert stale_codes(st) == []
        forget_evaluations(st)


def test_evaluations_stored_as_zstd_and_older_zlib_rows_read_the_same(db_url, tmp_path):
    store, code = _ingested(db_url, tmp_path)
    e = m.area_evaluations
    with store:
        ev = evaluate_area(store, code)
        assert code in refresh(store).computed
        q = sa.select(e.c.detail, e.c.whole).where(e.c.area_code == code)
        with store.engine.connect() as conn:
            detail, whole = conn.execute(q).one()
        assert bytes(detail[:4]) == bytes(whole[:4]) == b"\x28\xb5\x2f\xfd"  # zstd frames
        # A row as rounds before 19 stored it: zlib streams of the same JSON.
        old = {"detail": zlib.compress(inflate(detail), 3), "whole": zlib.compress(inflate(whole))}
        with store.engine.begin() as conn:
            conn.execute(sa.update(e).where(e.c.area_code == code).values(**old))
        assert evaluation_detail(store, code) == ev.to_dict()
        found, current = stored_whole(store, code)
        assert current and found == ev
