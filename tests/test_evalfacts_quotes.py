"""Evaluation's grouped reads give each fact the characters of its value and quote from
the stored columns, so no document text is read; a value kept only inside its quote
(migration lean) is cut from the quote."""

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


def test_group_reads_cut_values_from_quotes(tmp_path):
    path = tmp_path / "鹤山市规划纲要.txt"
    path.write_text(PLAN, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        assert ingest([str(path)], store, Options(workers=1, show_progress=False)).failed == 0
        code = next(a.code for a in store.areas() if a.name == "鹤山市")
        read = area_group(store, [code])
        quoted = read.facts[code]
        assert quoted, "the plan's targets are evaluable facts"
        text = store.text(quoted[0].stored.doc_id)
        for q in quoted:
            f = q.stored.fact
            assert q.value_text == text[f.start : f.end]
            assert q.quote_text == text[f.quote_start : f.quote_end]
        assert {q.value_text for q in quoted} >= {"6.5%", "48%以上"}
