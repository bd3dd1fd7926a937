"""One builder of facts from rows (store/records.FactBuilder) for every reader."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from planwatch.core.data import Binding, Comparator, Fact, Kind, Measure
from planwatch.core.evidence import from_json as evidence_from_json
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store import models as m
from planwatch.store.evalfacts import area_group
from planwatch.store.pages import FactQuery, fact_page
from planwatch.store.records import fact_builder
from planwatch.store.repo import Store

NEWS = "002_4b074d73fc3d7590.txt"
ENUMS = {"kind": Kind, "measure": Measure, "comparator": Comparator, "binding": Binding}


@pytest.fixture(scope="module")
def url(tmp_path_factory, examples_dir) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('builder') / 'store.db'}"
    with Store(url) as store:
        ingest([str(examples_dir / NEWS)], store, Options(workers=1, show_progress=False))
    return url


def _by_keywords(row) -> Fact:
    """The fact a row holds, made the plain way: every field by name through __init__."""
    r = row._asdict()
    values = {}
    for f in dataclasses.fields(Fact):
        raw = r["doc_name"] if f.name == "doc" else r.get(f.name)
        if f.name in ENUMS:
            raw = ENUMS[f.name](raw) if raw else None
        elif f.name == "evidence":
            raw = evidence_from_json(raw)
        values[f.name] = raw
    return Fact(**values)


def test_the_builder_makes_the_facts_init_makes(url):
    f, d = m.facts, m.documents
    q = select(f, d.c.name.label("doc_name")).join(d, d.c.id == f.c.doc_id).order_by(f.c.id)
    with Store(url) as store, store.engine.connect() as conn:
        rows = conn.execute(q).all()
        stored = store.facts()
    build = fact_builder(tuple(rows[0]._fields))
    assert len(rows) > 50 and any(r.evidence for r in rows)
    made = [build(r) for r in rows]
    assert [sf.fact for sf in made] == [_by_keywords(r) for r in rows]
    assert [(sf.id, sf.doc_id) for sf in made] == [(r.id, r.doc_id) for r in rows]
    # Every reader gets the same facts: iter_facts, the lists (no evidence), evaluation.
    by_id = {sf.id: sf.fact for sf in made}
    assert all(sf.fact == by_id[sf.id] for sf in stored)
    listed = fact_page(store, FactQuery(), limit=None)
    assert all(sf.fact == dataclasses.replace(by_id[sf.id], evidence=()) for sf in listed)
    code = next(sf.fact.jurisdiction_code for sf in stored if sf.fact.jurisdiction_code)
    group = area_group(store, [code])
    assert group.facts[code] and all(q.stored.fact == by_id[q.stored.id] for q in group.facts[code])


def test_one_builder_per_layout():
    names = ("id", "doc_id", "doc_name", *[f.name for f in dataclasses.fields(Fact)][1:])
    assert fact_builder(tuple(names)) is fact_builder(tuple(names))
