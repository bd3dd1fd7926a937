"""The sentence index without positions (migration lean: SQLite FTS5 detail=none,
PostgreSQL stripped tsvectors): phrases checked against the sentences, so a search
finds exactly the sentences it found with positions.

The documents are composed for this test: besides sentences holding 地区生产总值,
some hold every bigram of 生产总值 apart (生产…产总…总值), which an index of
presence alone cannot tell from the phrase.
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.search import SearchQuery, search
from planwatch.store import pages
from planwatch.store.repo import Store
from planwatch.store.search_index import index_tokens, needs_check, query_term, sentence_matches
from storetexts import migrate

REPORTS = {
    "青石县2023年统计公报.txt": (
        "青石县2023年国民经济和社会发展统计公报\n"
        "初步核算，全年地区生产总值215.6亿元，比上年增长6.2%。\n"
        "全县生产企业产总量与工业总值均有提高。\n"
        "全年粮食总产量18.4万吨，减少1.2%。\n"
        "年末地区生产总值核算口径调整，生产总值按新口径计算。\n"
    ),
    "白沙县2023年统计公报.txt": (
        "白沙县2023年国民经济和社会发展统计公报\n"
        "全年地区生产总值98.3亿元，增长5.1%。\n"
        "工业总值和产总量同比持平，生产经营稳定。\n"
        "粮食播种面积稳定在45万亩。\n"
    ),
}
WORDS = ["生产总值", "地区生产总值", "产总量", "粮食总产量", "总产", "粮", "工业总值", "值和产"]


@pytest.fixture()
def store(db_url, tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    with Store(db_url) as st:
        assert ingest([str(tmp_path)], st, Options(workers=1, show_progress=False)).failed == 0
        yield st


def _found(store: Store, word: str, **kw) -> tuple[list[tuple[int, int]], int]:
    rows, total = pages.search_sentences(
        store, [query_term(word)], pages.SentenceFilter(), limit=100, **kw
    )
    return [(r.doc.id, r.start) for r in rows], total


def _reference(store: Store, word: str) -> list[tuple[int, int]]:
    """Every stored sentence whose tokens hold the word's as a phrase, by brute force."""
    want = query_term(word).tokens
    out = []
    for doc in store.documents():
        loaded = store.load(doc.id)
        for span in loaded.outline.sentences:
            tokens = index_tokens(loaded.text[span.start : span.end])
            if any(tuple(tokens[i : i + len(want)]) == want for i in range(len(tokens))):
                out.append((doc.id, span.start))
    return sorted(out)


def test_a_phrase_finds_exactly_the_sentences_that_hold_it(store):
    for word in WORDS:
        if query_term(word).prefix:
            continue  # a lone character: found by any token it begins
        found, total = _found(store, word, sort="document")
        assert sorted(found) == _reference(store, word), word
        assert total == len(found), word
    # 生产总值's bigrams stand apart in two sentences: not matches.
    assert _found(store, "生产总值")[1] == 3
    assert _found(store, "值和产")[1] == 1  # a phrase across two words of the text
    assert _found(store, "粮")[1] == 2


def test_phrases_are_checked_only_where_the_index_cannot_tell():
    long_word, short_word = query_term("生产总值"), query_term("总产")
    assert needs_check([long_word]) and needs_check([query_term("r&d")])
    assert not needs_check([short_word, query_term("粮"), query_term("GDP")])
    assert sentence_matches("全年地区生产总值增长", [long_word, short_word]) is False
    assert sentence_matches("粮食总产量与生产总值", [long_word, short_word]) is True
    assert sentence_matches("生产企业产总量与工业总值", [long_word]) is False


def _positions_kept(st: Store) -> bool:
    with st.engine.connect() as conn:
        if st.engine.dialect.name == "postgresql":
            # Since migration pack the rows keep their tokens as words: the indexed
            # tsvector is computed (search_index.PG_TSV), so it has no positions.
            columns = {c["name"] for c in inspect(st.engine).get_columns("search_sentences")}
            if "tsv" not in columns:
                return False
            tsv = conn.execute(text("SELECT tsv::text FROM search_sentences LIMIT 1")).scalar_one()
            return ":" in tsv  # 'token':1,4 with positions; 'token' without
        sql = conn.execute(
            text("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'")
        ).scalar_one()
    assert "content = ''" in sql
    return "detail = full" in sql


def test_the_index_keeps_no_positions(store):
    assert not _positions_kept(store)


def test_many_candidates_check_only_the_page(store, monkeypatch):
    monkeypatch.setattr(pages, "CHECK_ALL", 0)  # as if there were thousands of candidates
    found, total = _found(store, "生产总值", sort="document")
    assert sorted(found) == _reference(store, "生产总值")  # the page: true matches only
    assert total == 5  # the index's candidates, the two with the bigrams apart included
    paged = []
    for offset in (0, 2, 4):  # pages cut the candidates: nothing shown twice, nothing lost
        rows, _ = pages.search_sentences(
            store,
            [query_term("生产总值")],
            pages.SentenceFilter(),
            sort="document",
            limit=2,
            offset=offset,
        )
        paged += [(r.doc.id, r.start) for r in rows]
    assert sorted(paged) == sorted(found) and len(set(paged)) == len(paged)


def test_relevance_ranks_shorter_sentences_first(store):
    res = search(store, SearchQuery("地区生产总值", limit=10))
    lengths = [h.span.end - h.span.start for h in res.sentences]
    assert lengths == sorted(lengths) and res.total == 3


def test_the_migration_rebuilds_the_index_and_search_reads_the_same(db_url, tmp_path):
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    with Store(db_url) as st:
        ingest([str(tmp_path)], st, Options(workers=1, show_progress=False))
        before = {w: _found(st, w, sort="document") for w in WORDS}
        migrate(st, "slim")  # back to the index with positions
        # Searched only once upgraded again: today's query reads migration blocks' spans
        # (SQLite) and pack's column (PostgreSQL); a store is upgraded when opened.
        assert _positions_kept(st)
    with Store(db_url) as st:  # opening upgrades again
        assert not _positions_kept(st)
        assert {w: _found(st, w, sort="document") for w in WORDS} == before
