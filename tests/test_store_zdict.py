"""Migration zdict: texts packed with a zstd dictionary trained on the store's own texts.

The reports are composed for this test (one county's statistical bulletins and work
reports over many years, so that a store holds enough text to train on when the
threshold is lowered). Every text must read back as written, every search as before,
older forms must still read, and the downgrade must write the form before back.
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from planwatch.core.errors import StoreError
from planwatch.search import SearchQuery, search
from planwatch.store import documents, textcodec, textdicts
from planwatch.store.repo import Store
from storetexts import ingest_texts, migrate

COUNTIES = ("白河县", "青川县", "石泉县")


def _reports() -> dict[str, str]:
    out = {}
    for i, county in enumerate(COUNTIES):
        for year in range(2015, 2024):
            gdp, growth = 80 + 7 * year % 40 + i, (year * 3 + i) % 9
            out[f"{county}{year}年统计公报.txt"] = (
                f"{county}{year}年国民经济和社会发展统计公报\n"
                f"全年地区生产总值{gdp}.{i}亿元，比上年增长{growth}.{i + 1}%。\n"
                f"全年粮食总产量{12 + i}.{year % 10}万吨，增长{i}.{year % 7}%。\n"
                f"年末常住人口{30 + i}.{year % 10}万人，城镇化率达到{40 + year % 9}.5%。\n"
            )
        out[f"{county}2024年政府工作报告.txt"] = (
            f"{county}2024年政府工作报告\n"
            "过去一年，全县地区生产总值增长5.2%，粮食生产保持稳定。\n"
            "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.3万人。\n"
        )
    return out


REPORTS = _reports()
QUERIES = ["增长", "地区生产总值", "粮", "城镇化率", "不存在"]


def _reads(st: Store) -> dict:
    out: dict = {}
    for q in QUERIES:
        res = search(st, SearchQuery(q, limit=5))
        out[q] = (res.total, [(h.doc.name, h.span) for h in res.sentences])
    out["texts"] = {d.name: st.text(d.id) for d in st.documents()}
    return out


def _forms(st: Store) -> set[bytes]:
    with st.engine.connect() as conn:
        return {bytes(b)[:1] for b in conn.execute(text("SELECT ztext FROM texts")).scalars()}


def _dictionaries(st: Store) -> list[int]:
    with st.engine.connect() as conn:
        return conn.execute(text("SELECT id FROM text_dicts")).scalars().all()


@pytest.fixture()
def train_early(monkeypatch):
    """A dictionary trained after a few hundred bytes of text instead of megabytes."""
    monkeypatch.setattr(textdicts, "TRAIN_AT", 600)
    monkeypatch.setattr(documents, "_TRAIN_CHECK", 200)
    yield
    textcodec.set_current(None)


def test_the_zstd_form_names_its_dictionary_and_reads_back():
    body = "全年地区生产总值96.3亿元，增长4.7%。" * 30 + "𠀀"  # beyond the BMP too
    raw = textcodec.train([body[i:] + "年末常住人口" for i in range(0, 200, 3)])
    dictionary = textcodec.add_dictionary(raw)
    packed = textcodec.pack(body, dictionary)
    assert packed[:1] == b"\x03" and textcodec.dictionary_of(packed) == dictionary
    assert textcodec.unpack(packed) == body == textcodec.stored_text(None, packed)
    assert textcodec.dictionary_of(textcodec.pack(body)) is None  # the deflated form
    assert textcodec.unpack(textcodec.pack(body)) == body


def test_a_text_whose_dictionary_no_store_holds_is_a_store_error(monkeypatch):
    raw = textcodec.train(["地区生产总值增长" * (i + 3) for i in range(40)])
    dictionary = textcodec.add_dictionary(raw)
    packed = textcodec.pack("粮食总产量增长", dictionary)
    monkeypatch.setattr(textcodec, "_DICTS", {})
    monkeypatch.setattr(textcodec, "_local", type(textcodec._local)())
    with pytest.raises(StoreError, match=f"dictionary {dictionary}"):
        textcodec.unpack(packed)


def test_a_store_trains_its_dictionary_once_it_holds_enough_text(db_url, tmp_path, train_early):
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, REPORTS)
        assert len(_dictionaries(st)) == 1
        assert _forms(st) == {b"\x02", b"\x03"}  # the first texts, before it, as they were
        reads = _reads(st)
        assert reads["texts"] == REPORTS
        assert reads["增长"][0] > 20 and reads["城镇化率"][0] == 27 and reads["不存在"][0] == 0
    # Another process: nothing held yet, the store's dictionary loaded when it opens.
    textcodec._DICTS.clear()
    textcodec._local.codecs = {}
    with Store(db_url) as st:
        assert _reads(st) == reads


def test_a_copy_of_the_store_keeps_its_dictionary(db_url, tmp_path, train_early):
    from planwatch.store.snapshot import copy_to_sqlite

    (tmp_path / "docs").mkdir()
    with Store(db_url) as st:
        ingest_texts(st, tmp_path / "docs", REPORTS)
        copy_to_sqlite(st.engine, tmp_path / "copy.db")
        dictionaries = _dictionaries(st)
    textcodec._DICTS.clear()
    textcodec._local.codecs = {}
    with Store(str(tmp_path / "copy.db")) as copy:
        assert _dictionaries(copy) == dictionaries and b"\x03" in _forms(copy)
        assert _reads(copy)["texts"] == REPORTS


def test_a_reader_opened_before_the_dictionary_was_trained_fetches_it(
    db_url, tmp_path, train_early
):
    with Store(db_url) as reader:
        assert reader.documents() == []
        with Store(db_url) as writer:
            ingest_texts(writer, tmp_path, REPORTS)
        textcodec._DICTS.clear()  # as in a web process that did not write them
        textcodec._local.codecs = {}
        assert {d.name: reader.text(d.id) for d in reader.documents()} == REPORTS


def test_a_text_packed_with_another_stores_dictionary_is_packed_again(db_url, tmp_path):
    raw = textcodec.train(["地区生产总值增长" * (i + 3) for i in range(40)])
    textcodec.set_current(textcodec.add_dictionary(raw))  # as a worker forked elsewhere
    try:
        with Store(db_url) as st:  # opening sets this store's (none)
            textcodec.set_current(textcodec.add_dictionary(raw))
            ingest_texts(st, tmp_path, dict(list(REPORTS.items())[:3]))
            assert _forms(st) == {b"\x02"} and _dictionaries(st) == []
    finally:
        textcodec.set_current(None)


def test_the_migration_both_ways_reads_the_same(db_url, tmp_path, monkeypatch):
    monkeypatch.setattr(textdicts, "TRAIN_AT", 10**12)  # none trained while ingesting
    with Store(db_url) as st:
        ingest_texts(st, tmp_path, REPORTS)
        assert _forms(st) == {b"\x02"}
        before = _reads(st)
        migrate(st, "cover")
        assert "text_dicts" not in inspect(st.engine).get_table_names()
    monkeypatch.setattr(textdicts, "TRAIN_AT", 600)
    try:
        with Store(db_url) as st:  # opening upgrades: trained, every text packed again
            assert len(_dictionaries(st)) == 1 and _forms(st) == {b"\x03"}
            assert _reads(st) == before
            migrate(st, "cover")
            assert _forms(st) == {b"\x02"}
        monkeypatch.setattr(textdicts, "TRAIN_AT", 10**12)
        with Store(db_url) as st:
            assert _reads(st) == before and _dictionaries(st) == []
    finally:
        textcodec.set_current(None)
