"""A stored evaluation writes the targets without a catalog indicator by their fact ids
and reads them back from the store: the area page gets the evaluation it would compute."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from planwatch.evaluate import evaluate_area
from planwatch.evaluate.codec import from_json, to_json
from planwatch.evaluated import refresh, stored_whole
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store import models as m
from planwatch.store.evalfacts import RowFacts
from planwatch.store.evalrefs import facts_by_id, sources_by_id
from planwatch.store.repo import Store

OPTS = Options(workers=1, show_progress=False)

# A work report whose next-year aims include two no catalog indicator names.
REPORT = (
    "2022年鹤山市人民政府工作报告\n"
    "过去一年，全市地区生产总值增长3.1%。\n"
    "2023年主要预期目标是：地区生产总值增长6%左右，新建口袋公园12个，"
    "新增社区食堂8家，完成老旧小区改造30个。\n"
)


def _store(db_url: str, tmp_path) -> Store:
    path = tmp_path / "鹤山市2022年政府工作报告.txt"
    path.write_text(REPORT, encoding="utf-8")
    store = Store(db_url)
    assert ingest([str(path)], store, OPTS).failed == 0
    return store


def test_unmatched_targets_are_written_by_id(db_url, tmp_path):
    with _store(db_url, tmp_path) as store:
        ev = evaluate_area(store, "鹤山市")
        assert isinstance(ev.unmatched, RowFacts) and len(ev.unmatched) == 2
        text = to_json(ev, by_id=True)
        raw = json.loads(text)
        assert raw["unmatched"] == ev.unmatched.ids()
        assert all(type(i) is int for i in raw["unmatched"])
        # Read back with the store: the same evaluation, facts and all.
        back = from_json(
            text, lambda ids: facts_by_id(store, ids), lambda ids: sources_by_id(store, ids)
        )
        assert back == ev
        assert [f.indicator for f in back.unmatched] == ["新建口袋公园", "新增社区食堂"]
        # Written whole (no ids) it needs no store, and says the same.
        assert from_json(to_json(ev)) == back
        assert len(text) < len(to_json(ev))
        with pytest.raises(ValueError):
            from_json(text)  # facts by id need the store


def test_area_page_reads_unmatched_targets_from_the_store(db_url, tmp_path):
    with _store(db_url, tmp_path) as store:
        code = evaluate_area(store, "鹤山市").area.code
        assert code in refresh(store).computed
        stored, current = stored_whole(store, code)
        assert current and stored == evaluate_area(store, code)
        # A fact the stored evaluation names is gone: unreadable, so computed again.
        gone = _unmatched_ids(store, code)[0]
        with store.engine.begin() as conn:
            conn.execute(sa.delete(m.facts).where(m.facts.c.id == gone))
        assert stored_whole(store, code) == (None, False)


def _unmatched_ids(store: Store, code: str) -> list[int]:
    f = m.facts
    with store.engine.connect() as conn:
        q = sa.select(f.c.id).where(
            f.c.jurisdiction_code == code, f.c.kind == "target", f.c.indicator_id.is_(None)
        )
        return [r[0] for r in conn.execute(q)]


def test_facts_by_id_leaves_out_ids_not_stored(db_url, tmp_path):
    with _store(db_url, tmp_path) as store:
        ids = _unmatched_ids(store, evaluate_area(store, "鹤山市").area.code)
        found = facts_by_id(store, [*ids, 10**9])
        assert sorted(found) == sorted(ids)
        assert {f.indicator for f in found.values()} == {"新建口袋公园", "新增社区食堂"}


def test_narrow_rows_are_read_whole_when_made(db_url, tmp_path):
    from planwatch.evaluate.evaluate import kept_indicators
    from planwatch.store.evalfacts import area_group
    from planwatch.store.repo import FactFilter

    with _store(db_url, tmp_path) as store:
        code = evaluate_area(store, "鹤山市").area.code
        rows = area_group(store, [code], kept_indicators()).facts[code]
        at = rows.at
        bare = [
            i
            for i, r in enumerate(rows.rows)
            if r[at["kind"]] == "target" and not r[at["indicator_id"]]
        ]
        assert len(bare) == 2
        assert all(rows.rows[i][at["indicator"]] is None for i in bare)  # read narrow
        stored = {
            sf.id: sf.fact for sf in store.iter_facts(FactFilter(jurisdiction=code, evaluable=True))
        }
        made = [rows[i] for i in bare]  # made: read whole first
        assert [q.stored.fact for q in made] == [stored[q.stored.id] for q in made]
        text = store.text(made[0].stored.doc_id)
        quotes = [text[q.stored.fact.quote_start : q.stored.fact.quote_end] for q in made]
        assert "口袋公园" in quotes[0] and "社区食堂" in quotes[1]
