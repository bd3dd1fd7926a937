"""SQLite's sentence spans 15 to a row (migration blocks) and the tokens stored for them.

The documents are composed for these tests: a work report long enough to fill several
blocks, a sentence longer than a block's field can hold (a list of towns without a full
stop, as a roll of projects is sometimes printed) and one that starts far past its
block's start (after a long table-like run without sentences). Every hit's span must
cut exactly its sentence from the stored text, on both backends, before and after the
migration both ways.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from planwatch.search import SearchQuery, search
from planwatch.store.pages import SentenceFilter, document_text, search_sentences
from planwatch.store.repo import Store
from planwatch.store.search_index import (
    BLOCK,
    BLOCK_BITS,
    block_spans,
    delete_document,
    index_tokens,
    pack_blocks,
    query_term,
    stored_tokens,
)
from storetexts import ingest_texts, migrate

_TOWNS = "、".join(f"第{i}号片区" for i in range(1, 900))  # one sentence, ~6,000 characters
_LEDGER = "\n".join(f"{i:04d}  {i * 3:06d}  {i * 7:07d}" for i in range(400))  # no words

REPORT = (
    "临川区2024年政府工作报告\n"
    + "".join(f"第{n}项民生工程完成投资{n + 2}亿元。" for n in range(1, 40))
    + "\n全区新建改建农村公路"
    + _TOWNS
    + "全部通车。\n"
    + _LEDGER
    + "\n今年粮食播种面积稳定在52万亩以上。全年储备粮轮换按计划完成。\n"
    + "地区生产总值增长5.5%左右，城镇新增就业1.2万人。\n"
)


def _sentences(store: Store, word: str, **kw) -> list[tuple[int, int, str]]:
    res = search(store, SearchQuery(word, limit=200, **kw))
    return [(h.span.start, h.span.end, "".join(s.text for s in h.segments)) for h in res.sentences]


def _check_hits(store: Store, stored: str) -> dict:
    out = {}
    for word in ("民生工程", "投资", "片区", "粮", "储备粮", "城镇新增就业", "增长"):
        hits = _sentences(store, word)
        assert hits, word
        for start, end, snippet in hits:
            assert stored[start:end] == snippet and word in snippet
        out[word] = hits
    return out


def _stored(store: Store) -> str:
    return document_text(store, store.documents()[0].id)


def test_every_hit_cuts_its_sentence_across_blocks(db_url, tmp_path):
    with Store(db_url) as store:
        ingest_texts(store, tmp_path, {"临川区2024年政府工作报告.txt": REPORT})
        stored = _stored(store)
        hits = _check_hits(store, stored)
        assert len(hits["投资"]) == 39  # 39 sentences over three blocks
        (town,) = hits["片区"]
        assert town[1] - town[0] > 4095  # a block of its own
        assert [h[0] for h in hits["投资"]] == sorted(h[0] for h in hits["投资"])  # shortest first
        by_doc = _sentences(store, "投资", sort="document")
        assert [h[0] for h in by_doc] == sorted(h[0] for h in by_doc)  # in the text's order
        if store.engine.dialect.name == "sqlite":
            tables = set(inspect(store.engine).get_table_names())
            assert "search_blocks" in tables and "search_spans" not in tables


def test_the_migration_both_ways_keeps_every_hit(db_url, tmp_path):
    with Store(db_url) as store:
        ingest_texts(store, tmp_path, {"临川区2024年政府工作报告.txt": REPORT})
        stored = _stored(store)
        before = _check_hits(store, stored)
        migrate(store, "evalrefs")
        if store.engine.dialect.name == "sqlite":
            with store.engine.connect() as conn:
                spans = conn.execute(text('SELECT start, "end" FROM search_spans')).all()
                assert "search_blocks" not in inspect(conn).get_table_names()
            assert sorted(stored[s:e] for s, e in spans if "片区" in stored[s:e]) == [
                before["片区"][0][2]
            ]
    with Store(db_url) as store:  # opening upgrades again
        assert _check_hits(store, stored) == before


def test_deleting_a_document_gives_the_index_back_its_tokens(db_url, tmp_path):
    # A contentless FTS5 row is deleted by its tokens: given wrongly, postings would stay.
    with Store(db_url) as store:
        ingest_texts(store, tmp_path, {"临川区2024年政府工作报告.txt": REPORT})
        doc_id = store.documents()[0].id
        stored = _stored(store)
        with store.engine.begin() as conn:
            delete_document(conn, doc_id, stored)
        assert search(store, SearchQuery("投资")).total == 0
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(
                    "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_fts, 'row')"
                )
                assert conn.exec_driver_sql("SELECT count(*) FROM temp.v").scalar() == 0
                assert conn.exec_driver_sql("SELECT count(*) FROM search_blocks").scalar() == 0
            else:
                assert conn.exec_driver_sql("SELECT count(*) FROM search_sentences").scalar() == 0


def test_a_lone_character_is_found_where_it_only_ends_a_run(db_url, tmp_path):
    # 粮 ends a run in both sentences; in the second a bigram also begins with it, so
    # its lone token is not stored there.
    body = "某县2023年统计公报\n全年收购储备粮。\n新建仓库储粮5万吨，粮仓扩容。\n"
    with Store(db_url) as store:
        ingest_texts(store, tmp_path, {"某县公报.txt": body})
        hits = _sentences(store, "粮")
        assert sorted(h[2] for h in hits) == ["全年收购储备粮。", "新建仓库储粮5万吨，粮仓扩容。"]
        # A term whose lone character is not its last run (粮 then 5) is asked by prefix
        # and checked in the sentence.
        assert search_sentences(store, [query_term("粮5")], SentenceFilter())[1] == 1
        assert search_sentences(store, [query_term("备粮")], SentenceFilter())[1] == 1


def test_stored_tokens_leave_out_only_lone_characters_a_bigram_begins_with():
    assert index_tokens("增长，长期增长5G") == ["增长", "长", "长期", "期增", "增长", "长", "5g"]
    assert stored_tokens("增长，长期增长5G") == ["增长", "长期", "期增", "增长", "5g"]
    assert stored_tokens("收购储备粮。") == ["收购", "购储", "储备", "备粮", "粮"]
    assert stored_tokens("粮") == ["粮"]


_SPANS = st.lists(
    st.tuples(st.sampled_from([0, 0, 1, 2, 40, 4095, 4096, 9000]), st.integers(1, 5000)),
    min_size=1,
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.integers(0, 1000))
def test_blocks_give_back_every_span_and_rowid(gaps_lengths, first):
    rows, pos = [], 0
    for gap, length in gaps_lengths:
        pos += gap
        rows.append((pos, pos + length, "t"))
        pos += length
    blocks, entries = pack_blocks(rows, first)
    assert blocks[0][0] == first
    back = []
    for block in blocks:
        spans = block_spans(block[1], block[2], block[3:])
        assert 1 <= len(spans) <= BLOCK
        back.extend(((block[0] << BLOCK_BITS) | k, s, e) for k, (s, e) in enumerate(spans))
    assert [(s, e) for _, s, e in back] == [(s, e) for s, e, _ in rows]
    assert [i for i, _, _ in back] == [i for i, _ in entries]
    assert all(0 <= value < 1 << 60 for block in blocks for value in block[3:])
