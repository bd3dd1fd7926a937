"""Stored texts compressed on SQLite (migration ztext): every read path gives the same text.

Both backends keep each text zlib-compressed in ``texts.ztext`` (PostgreSQL since
migration tidy: its own compression kept 0.6 of the bytes). Spans index the text as
analysed, so quotes, the document page, search snippets and ``facts_view`` must
read exactly the characters they read before.
"""

from __future__ import annotations

import sqlite3
import zlib

from sqlalchemy import text

from planwatch.search import SearchQuery, search
from planwatch.store.pages import document_text
from planwatch.store.quotes import fact_texts
from planwatch.store.repo import Store
from planwatch.store.textcodec import unpack
from storetexts import ingest_texts, migrate

REPORT = (
    "清河县2022年国民经济和社会发展统计公报\n"
    "全年地区生产总值286.4亿元，比上年增长5.1%。\n"
    "全年粮食总产量31.7万吨，增长2.4%。\n"
    "年末户籍人口52.3万人，城镇化率达到48.6%。\n"
)


def _ingest(store: Store, tmp_path) -> None:
    ingest_texts(store, tmp_path, {"清河县2022年统计公报.txt": REPORT})


def _stored_columns(store: Store) -> tuple[str | None, bytes | None]:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT text, ztext FROM texts")).one()


def _spans(sf) -> tuple[int, int, int, int, int]:
    f = sf.fact
    return sf.doc_id, f.start, f.end, f.quote_start, f.quote_end


def test_every_read_path_gives_the_text_as_analysed(db_url, tmp_path):
    with Store(db_url) as store:
        _ingest(store, tmp_path)
        plain, packed = _stored_columns(store)
        # No plain copy on either backend (PostgreSQL since migration tidy); the
        # compressed one is the text itself.
        assert plain is None and unpack(packed) == REPORT
        assert len(packed) < len(REPORT.encode())
        (doc,) = store.documents()
        assert store.text(doc.id) == REPORT == document_text(store, doc.id)
        assert store.load(doc.id).text == REPORT
        facts = store.facts()
        assert facts
        quotes = fact_texts(store, [_spans(sf) for sf in facts])
        for sf, (value, quote) in zip(facts, quotes, strict=True):
            assert value == REPORT[sf.fact.span.start : sf.fact.span.end]
            assert quote == REPORT[sf.fact.quote.start : sf.fact.quote.end]
            assert value and value in quote
        hit = search(store, SearchQuery("粮食总产量"))
        assert hit.total == 1
        assert "".join(s.text for s in hit.sentences[0].segments).startswith("全年粮食总产量")
        assert [d.id for d, _ in store.texts_containing(["户籍人口"])] == [doc.id]
        assert store.texts_containing(["常住人口"]) == []


def test_an_older_store_has_its_texts_packed_by_the_migration(db_url, tmp_path):
    with Store(db_url) as store:
        _ingest(store, tmp_path)
        migrate(store, "evalstore")  # back to texts kept plain
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT text FROM texts")).scalar_one() == REPORT
    with Store(db_url) as store:  # opening upgrades again
        plain, packed = _stored_columns(store)  # packed on both (PostgreSQL: migration tidy)
        assert plain is None and unpack(packed) == REPORT
        (doc,) = store.documents()
        assert store.text(doc.id) == REPORT
        assert search(store, SearchQuery("地区生产总值")).total == 1


def test_another_sqlite_client_reads_facts_view_and_the_texts_without_planwatch(tmp_path):
    path = tmp_path / "store.db"
    with Store(str(path)) as store:
        _ingest(store, tmp_path)
        facts = store.facts()
        expected = sorted(fact_texts(store, [_spans(sf) for sf in facts]))
    conn = sqlite3.connect(path)  # no planwatch function defined here
    (packed,) = conn.execute("SELECT ztext FROM texts").fetchone()
    assert packed[:1] == b"\x02"  # the UTF-16 form (migration pack), as docs/schema.md says
    read = zlib.decompress(packed[1:]).decode("utf-16-le")
    assert read == REPORT
    # facts_view is plain SQL: its spans cut from the text read here give the quotes.
    sql = "SELECT value_start, value_end, quote_start, quote_end FROM facts_view"
    got = [(read[s:e], read[qs:qe]) for s, e, qs, qe in conn.execute(sql).fetchall()]
    assert sorted(got) == expected and len(got) == len(facts)
    conn.close()


def test_a_copy_into_sqlite_holds_the_texts_compressed(db_url, tmp_path):
    from planwatch.store.snapshot import copy_to_sqlite

    with Store(db_url) as store:
        _ingest(store, tmp_path)
        copy_to_sqlite(store.engine, tmp_path / "copy.db")
    with Store(str(tmp_path / "copy.db")) as copy:
        plain, packed = _stored_columns(copy)
        assert plain is None and unpack(packed) == REPORT
        (doc,) = copy.documents()
        assert copy.text(doc.id) == REPORT
        assert search(copy, SearchQuery("粮食总产量")).total == 1
