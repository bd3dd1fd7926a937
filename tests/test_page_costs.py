"""Pages that cost what they return: the same answers as the full reads they replace
(totals from the documents' own counts, shorter default pages told by their headers)."""

from __future__ import annotations

import sqlalchemy as sa
from tests.test_store import make_doc, make_facts

from planwatch.store import models as m
from planwatch.store.factpage import FactQuery, fact_count
from planwatch.store.repo import Store


def _joined_count(store: Store) -> int:
    """The count as a join over every fact reads it (what the short way must equal)."""
    f, d, c = m.facts, m.documents, m.corrections
    wrong = sa.select(c.c.fact_id).where(c.c.wrong.is_(True))
    stmt = (
        sa.select(sa.func.count())
        .select_from(f.join(d, d.c.id == f.c.doc_id))
        .where(d.c.superseded_by.is_(None), f.c.id.not_in(wrong))
    )
    with store.engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def test_the_total_of_every_fact_is_the_joined_count_after_each_write(db_url):
    store = Store(db_url)
    assert fact_count(store, FactQuery()) == 0
    old = store.add(make_doc(), make_facts(), size_bytes=10)
    assert fact_count(store, FactQuery()) == _joined_count(store) == 2
    text2 = "第一章 发展基础\n全年地区生产总值458.51亿元,增长2.8%。 \n"
    new = store.add(make_doc(text2, sha="b" * 64), make_facts(text2), size_bytes=11)
    assert new.superseded == old.doc_id  # the old version's facts no longer count
    assert fact_count(store, FactQuery()) == _joined_count(store) == 2
    first = store.facts()[0]
    store.correct(first.id, author="tester", wrong=True)
    assert fact_count(store, FactQuery()) == _joined_count(store) == 1
    store.correct(first.id, author="tester", wrong=True)  # twice wrong is one fact less
    assert fact_count(store, FactQuery()) == 1
    assert fact_count(store, FactQuery(include_rejected=True)) == 2
    store.close()


def test_the_short_total_agrees_on_a_real_store(sample_store):
    assert fact_count(sample_store, FactQuery()) == _joined_count(sample_store)
    assert fact_count(sample_store, FactQuery()) == len(sample_store.facts())


def _shown(sides, per_side: int) -> list[tuple]:
    """What the indicator page's table shows of each area: its name, the first targets
    and actuals (by id) and how many of each there are."""
    return [
        (
            s.code,
            s.name,
            [sf.id for sf in s.targets[:per_side]],
            [sf.id for sf in s.actuals[:per_side]],
            s.n_targets,
            s.n_actuals,
        )
        for s in sides
    ]


def test_an_indicators_first_figures_per_area_are_those_of_every_figure(db_url, examples_dir):
    """The few targets and actuals ranked in SQL, corrections included (a year moved to the
    top, a kind changed, a figure marked wrong), are what sorting every figure shows."""
    from planwatch.ingest import ingest
    from planwatch.options import Options
    from planwatch.store.indicatorpage import indicator_latest
    from planwatch.store.pages import indicator_facts
    from planwatch.web.data import indicator_sides

    store = Store(db_url)
    ingest([str(examples_dir)], store, Options(workers=1))
    every = indicator_facts(store, "gdp")
    areas = sorted({sf.fact.jurisdiction_code or sf.fact.jurisdiction for sf in every})
    assert len(every) > 10 and areas
    actuals = [sf for sf in every if str(sf.fact.kind) == "actual"]
    store.correct(actuals[-1].id, author="t", field="year", value="2099")
    store.correct(actuals[0].id, author="t", field="kind", value="target")
    store.correct(actuals[1].id, author="t", wrong=True)
    for per_side in (1, 2, 6):
        whole = indicator_sides(indicator_facts(store, "gdp", areas))
        few, totals = indicator_latest(store, "gdp", areas, per_side)
        assert len(few) < len(every) or per_side == 6
        assert _shown(indicator_sides(few, totals), per_side) == _shown(whole, per_side)
    store.close()
