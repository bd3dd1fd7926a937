"""Evaluation's grouped reads build each fact as the store gives it (its quote is cut
from its document's text where shown: tests/test_store_spans.py)."""

from __future__ import annotations

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalfacts import area_group
from planwatch.store.repo import Store

PLAN = (
    "鹤山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第一章 发展目标\n"
    "到2025年，地区生产总值年均增长6.5%，森林覆盖率达到48%以上。\n"
)


REPORT = (
    "鹤山市人民政府工作报告\n"
    "过去一年，全市地区生产总值增长5.2%，规模以上工业增加值增长6.1%。\n"
    "今年的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
)


def test_group_reads_build_the_facts_the_store_gives(tmp_path):
    """The grouped read builds facts by position (evidence decoded once per document):
    each is the fact ``iter_facts`` gives, corrections applied, evidence included."""
    for name, body in (("鹤山市规划纲要.txt", PLAN), ("鹤山市政府工作报告.txt", REPORT)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        assert ingest([str(tmp_path)], store, Options(workers=1, show_progress=False)).failed == 0
        code = next(a.code for a in store.areas() if a.name == "鹤山市")
        first = next(sf for sf in store.iter_facts() if sf.fact.jurisdiction_code == code)
        store.correct(first.id, author="test", field="value", value="7.5")
        by_id = {sf.id: sf for sf in store.iter_facts()}
        quoted = area_group(store, [code]).facts[code]
        assert len({q.stored.doc_id for q in quoted}) == 2
        assert any(q.stored.fact.evidence for q in quoted)
        for q in quoted:
            assert q.stored == by_id[q.stored.id]
        assert any(q.stored.corrected and q.stored.fact.value == 7.5 for q in quoted)


def test_fact_of_values_is_the_constructor():
    from dataclasses import astuple, fields

    from planwatch.core.data import Evidence, Fact, Kind, Measure

    f = Fact("d.txt", 3, 7, 0, 9, "地区生产总值", Kind.TARGET, Measure.GROWTH, 6.0, "%", 2025)
    f = f.with_(evidence=(Evidence("year", "time_word", "2025年", 0, 5),))
    values = [getattr(f, x.name) for x in fields(Fact)]
    assert Fact.of_values(values) == f == Fact(*values)
    assert astuple(Fact.of_values(values)) == astuple(f)
