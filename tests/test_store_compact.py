"""The sentence index as the storing process receives it, and the store without a second text copy.

Ingest's workers compute the index's tokens (``DocRows.search``); the storing
process only writes them. Migration ``compact`` leaves the index without a
copy of the sentences (PostgreSQL) and without FTS5's per-row size table
(SQLite); search still finds every word as written, snippets cut from the text.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import inspect, text

from planwatch.core.data import Span
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.pipeline import analyse_text
from planwatch.search import SearchQuery, search
from planwatch.store import search_index
from planwatch.store.pages import SentenceFilter, search_sentences
from planwatch.store.repo import Store
from planwatch.store.rows import to_rows
from planwatch.store.search_index import query_term, sentence_rows
from storetexts import migrate

REPORT = (
    "江海区2021年国民经济和社会发展统计公报\n"
    "全年地区生产总值412.5亿元，比上年增长6.3%。\n"
    "全年粮食总产量18.2万吨，减少1.5%。\n"
    "年末常住人口45.1万人。\n"
)


def _rows(backend: str = "sqlite"):
    analysed = analyse_text("jianghai.txt", REPORT)
    return to_rows(analysed.document, analysed.facts, len(REPORT.encode()), backend=backend)


def test_rows_carry_the_index_tokens_of_every_sentence():
    analysed = analyse_text("jianghai.txt", REPORT)
    rows = to_rows(analysed.document, analysed.facts, len(REPORT.encode()))
    assert rows.search == sentence_rows(REPORT, analysed.document.outline.sentences)
    assert len(rows.search) >= 4
    by_sentence = {rows.text[s:e]: tokens for s, e, tokens in rows.search}
    grain = next(t for sentence, t in by_sentence.items() if "粮食" in sentence)
    assert "粮食 食总 总产 产量" in grain


def test_the_storing_process_writes_tokens_it_is_given(db_url, monkeypatch):
    with Store(db_url) as store:
        backend = store.engine.dialect.name
        rows = _rows(backend=backend)
        # Tokens that the text does not hold: found only if the store writes what it is given.
        s, e, _ = rows.search[0]
        made_up = sentence_rows("玉兔宫", [Span(0, 3)], backend)[0][2]
        rows = replace(rows, search=((s, e, made_up),))

        def no_tokenising(_: str) -> list[str]:
            raise AssertionError("the storing process tokenised a sentence")

        monkeypatch.setattr(search_index, "index_tokens", no_tokenising)
        store.add_rows(rows)
        hit = search(store, SearchQuery("兔宫"))
        assert hit.total == 1
        assert "".join(seg.text for seg in hit.sentences[0].segments) == rows.text[s:e]
        assert search(store, SearchQuery("粮食")).total == 0  # not in the rows given


def test_rows_made_for_the_other_backend_are_indexed_again(db_url):
    with Store(db_url) as store:
        other = "sqlite" if store.engine.dialect.name == "postgresql" else "postgresql"
        store.add_rows(_rows(backend=other))
        assert search(store, SearchQuery("粮食")).total == 1
        assert search(store, SearchQuery("常住人口")).total == 1


def test_search_cuts_snippets_from_the_text_and_keeps_no_copy(db_url, tmp_path):
    doc = tmp_path / "江海区2021年统计公报.txt"
    doc.write_text(REPORT, encoding="utf-8")
    with Store(db_url) as store:
        assert ingest([str(doc)], store, Options(workers=1, show_progress=False)).failed == 0
        found = search(store, SearchQuery("粮食总产量"))
        assert found.total == 1
        assert "".join(s.text for s in found.sentences[0].segments).startswith("全年粮食总产量")
        # A word is its characters side by side (query words straight to the index).
        assert search_sentences(store, [query_term("食总产")], SentenceFilter())[1] == 1
        assert search_sentences(store, [query_term("粮总")], SentenceFilter())[1] == 0
        tables = set(inspect(store.engine).get_table_names())
        if store.engine.dialect.name == "postgresql":
            columns = {c["name"] for c in inspect(store.engine).get_columns("search_sentences")}
            assert columns == {"doc_id", "start", "end", "tokens"}  # no id: migration packed
        else:
            assert "search_fts_docsize" not in tables  # columnsize=0
            assert "search_spans" not in tables  # sentences 16 to a row: migration blocks
            assert not inspect(store.engine).get_indexes("search_blocks")


def test_migration_compact_keeps_the_index_both_ways(db_url, tmp_path):
    doc = tmp_path / "江海区2021年统计公报.txt"
    doc.write_text(REPORT, encoding="utf-8")
    with Store(db_url) as store:
        ingest([str(doc)], store, Options(workers=1, show_progress=False))
        migrate(store, "fts")  # back to the index as it was: a copy, the sizes
        with store.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                copied = (
                    "SELECT count(*) FROM search_sentences s JOIN texts t ON t.doc_id = s.doc_id"
                    ' WHERE s.text = substr(t.text, s.start + 1, s."end" - s.start)'
                )
                indexed = "SELECT count(*) FROM search_sentences"
            else:
                copied = "SELECT count(*) FROM search_fts_docsize"
                indexed = "SELECT count(*) FROM search_spans"
            n = conn.execute(text(indexed)).scalar_one()
            assert n >= 4 and conn.execute(text(copied)).scalar_one() == n
    with Store(db_url) as store:  # opening upgrades to compact again
        assert search(store, SearchQuery("地区生产总值")).total == 1
        assert search(store, SearchQuery("人口")).total == 1
