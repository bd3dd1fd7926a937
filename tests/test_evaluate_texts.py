"""Rules that read whole documents of an area (a task said done, the reasons given for a
figure) read their texts in one query (store.quotes.texts_by_id), the same texts a
document at a time gave."""

from __future__ import annotations

from planwatch.evaluate.ledger import DocIndex, load_ledger, resolve_area
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.evalfacts import area_group
from planwatch.store.quotes import texts_by_id
from planwatch.store.repo import Store

PLAN = (
    "开平市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "第三章 主要目标\n"
    "到2025年，地区生产总值年均增长6%，城镇老旧小区改造任务全面完成。\n"
)
REPORT = (
    "开平市人民政府工作报告\n"
    "——2023年1月9日在开平市第十六届人民代表大会第三次会议上\n"
    "过去一年，受原材料价格上涨影响，全市地区生产总值增长3.1%。\n"
    "城镇老旧小区改造任务已全部完成。\n"
)


def _store(url: str, tmp_path) -> Store:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("开平市规划纲要.txt", PLAN), ("开平市政府工作报告2023.txt", REPORT)):
        (docs / name).write_text(text, encoding="utf-8")
    store = Store(url)
    done = ingest([str(docs)], store, Options(workers=1, show_progress=False))
    assert done.failed == 0 and done.added == 2
    return store


def test_texts_read_at_once_are_the_texts_read_one_by_one(db_url, tmp_path):
    with _store(db_url, tmp_path) as store:
        ids = [d.id for d in store.documents()]
        found = texts_by_id(store, [*ids, 10_000])  # an id not stored is left out
        assert sorted(found) == sorted(ids)
        assert all(found[i] == store.text(i) for i in ids)
        assert "已全部完成" in "".join(found.values())
        assert texts_by_id(store, []) == {}


def test_a_ledger_reads_many_texts_in_one_query_and_keeps_them(db_url, tmp_path, monkeypatch):
    with _store(db_url, tmp_path) as store:
        docs = store.documents()
        code = next(d.area_code for d in docs if d.area_code)
        read = area_group(store, [code])
        area = resolve_area(store, code, read.documents)
        ledger = load_ledger(store, area, DocIndex.of(read.documents), read.facts.get(code, ()))
        ledger.read_texts(d.id for d in docs)
        asked: list[int] = []
        real = Store.text
        monkeypatch.setattr(Store, "text", lambda self, i: asked.append(i) or real(self, i))
        for d in docs:  # kept: no document read again
            assert ledger.text_of(d.id) == real(store, d.id)
        assert asked == []
