"""Migration nofk: PostgreSQL's sentence rows keep their document without a foreign key.

The reports are composed for this test. The store's own paths keep the rows whole
without the key: deriving a document again swaps its sentences (none left over, none
lost, none of another document touched), and the migration both ways reads the same.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import inspect, text

from planwatch.search import SearchQuery, search
from planwatch.store.repo import Store
from planwatch.store.search_index import block_spans
from storetexts import ingest_texts, migrate

REPORTS = {
    "岚皋县2022年统计公报.txt": (
        "岚皋县2022年国民经济和社会发展统计公报\n"
        "全年地区生产总值68.4亿元，比上年增长4.1%。\n"
        "全年粮食总产量7.6万吨，增长1.2%。\n"
    ),
    "岚皋县2023年政府工作报告.txt": (
        "岚皋县2023年政府工作报告\n"
        "过去一年，全县地区生产总值增长5.4%，粮食生产保持稳定。\n"
        "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业0.2万人。\n"
    ),
}
QUERIES = ["增长", "地区生产总值", "粮", "城镇新增就业", "不存在"]


def _ingest(st: Store, tmp_path) -> None:
    ingest_texts(st, tmp_path, REPORTS)


def _reads(st: Store) -> dict:
    out = {}
    for q in QUERIES:
        res = search(st, SearchQuery(q, sort="document", limit=10))
        out[q] = (res.total, [(h.doc.name, h.span) for h in res.sentences])
    return out


def _index_rows(st: Store) -> list[tuple[int, int, int]]:
    with st.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        if "search_blocks" in tables:  # SQLite's spans 16 to a row (migration blocks)
            sql = 'SELECT doc_id, start, "end", at0, at1, at2, len0, len1, len2 FROM search_blocks'
            rows = conn.execute(text(sql))
            return sorted((r[0], *span) for r in rows for span in block_spans(r[1], r[2], r[3:]))
        table = "search_sentences" if "search_sentences" in tables else "search_spans"
        sql = f'SELECT doc_id, start, "end" FROM {table} ORDER BY doc_id, start'
        return [tuple(r) for r in conn.execute(text(sql))]


def _foreign_keys(st: Store) -> list[str]:
    with st.engine.connect() as conn:
        return (
            conn.execute(
                text(
                    "SELECT conname FROM pg_constraint"
                    " WHERE conrelid = 'search_sentences'::regclass AND contype = 'f'"
                )
            )
            .scalars()
            .all()
        )


def _derived_again(st: Store, doc_id: int, keep: int):
    """The document's rows analysed again from its stored text, ``keep`` sentences indexed."""
    from planwatch.pipeline import analyse_read
    from planwatch.reresolve import _as_read
    from planwatch.store.rows import to_rows

    loaded = st.load(doc_id)
    analysed = analyse_read(_as_read(loaded), loaded.name, sha256=loaded.sha256)
    rows = to_rows(analysed.document, analysed.facts, 1, backend=st.engine.dialect.name)
    if keep >= len(rows.search):
        return rows
    # Other sentences than the stored ones (as when the code that finds them changed):
    # replace_derived indexes the document again only then.
    return dataclasses.replace(rows, sentences="[]", search=rows.search[:keep])


def test_deriving_a_document_again_swaps_only_its_sentences(db_url, tmp_path):
    with Store(db_url) as st:
        _ingest(st, tmp_path)
        if st.engine.dialect.name == "postgresql":
            assert _foreign_keys(st) == []
        before = _index_rows(st)
        (first, second) = sorted({d for d, _, _ in before})
        theirs = [r for r in before if r[0] == second]
        mine = [r for r in before if r[0] == first]
        assert len(mine) >= 2 and theirs
        st.replace_derived(first, _derived_again(st, first, keep=1))
        after = _index_rows(st)
        assert [r for r in after if r[0] == second] == theirs  # the other's untouched
        assert [r for r in after if r[0] == first] == mine[:1]  # none left over
        assert search(st, SearchQuery("粮食总产量")).total == 0
        st.replace_derived(first, _derived_again(st, first, keep=len(mine)))
        assert _index_rows(st) == before
        assert search(st, SearchQuery("粮食总产量")).total == 1


def test_the_migration_both_ways_reads_the_same(db_url, tmp_path):
    with Store(db_url) as st:
        _ingest(st, tmp_path)
        before, rows = _reads(st), _index_rows(st)
        assert before["地区生产总值"][0] == 3 and before["不存在"][0] == 0
        migrate(st, "pack")
        if st.engine.dialect.name == "postgresql":  # the key is back
            assert _foreign_keys(st) == ["search_sentences_doc_id_fkey"]
        assert _index_rows(st) == rows
    with Store(db_url) as st:  # opening upgrades again
        if st.engine.dialect.name == "postgresql":
            assert _foreign_keys(st) == []
        assert _reads(st) == before and _index_rows(st) == rows
