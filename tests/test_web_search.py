"""Full-text search through the sentence index: pages with totals, sorts, filters, odd queries.

The store holds composed statistical communiqués of two counties over many years,
so a common word matches more sentences than one page shows.
"""

from __future__ import annotations

import warnings

import pytest

from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.search import SearchQuery, search
from planwatch.store.repo import Store
from planwatch.store.search_index import index_tokens, query_term
from planwatch.web import create_app
from storetexts import migrate

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"
YEARS = range(2001, 2013)  # 12 years x 2 counties = 24 communiqués


def _communique(county: str, year: int, i: int) -> str:
    return (
        f"{county}{year}年国民经济和社会发展统计公报\n"
        f"初步核算，全年地区生产总值{300 + i * 7}.{i}亿元，比上年增长{4 + i % 5}.{i % 10}%。\n"
        f"全年粮食总产量{10 + i}.{i % 10}万吨，减少{i % 3 + 1}.2%。\n"
        f"年末全市ＧＤＰ核算口径调整，R&D经费投入{i + 2}.5亿元。\n"
    )


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("searchdocs")
    i = 0
    for county in ("鹤山市", "台山市"):
        for year in YEARS:
            i += 1
            path = folder / f"{county}{year}年统计公报.txt"
            path.write_text(_communique(county, year, i), encoding="utf-8")
    url = f"sqlite:///{folder / 'store.db'}"
    with Store(url) as store:
        summary = ingest([str(folder)], store, Options(workers=1, show_progress=False))
    assert summary.failed == 0
    return url


@pytest.fixture(scope="module")
def client(store_url, tmp_path_factory) -> TestClient:
    return TestClient(
        create_app(store_url, upload_dir=tmp_path_factory.mktemp("u")), base_url=LOCAL
    )


def test_tokens_are_bigrams_of_the_folded_text():
    assert index_tokens("粮食产量") == ["粮食", "食产", "产量", "量"]
    assert index_tokens("ＧＤＰ增长") == ["gdp", "增长", "长"]  # full-width folded, lower-cased
    assert query_term("粮食产量").tokens == ("粮食", "食产", "产量")
    assert query_term("粮").prefix and query_term("粮食").prefix is False
    assert query_term("，。") is None


def test_a_common_word_is_paged_with_a_total(store_url):
    with Store(store_url) as store:
        first = search(store, SearchQuery("地区生产总值", limit=10))
        assert first.total == 24
        assert len(first.sentences) == 10 and first.truncated
        third = search(store, SearchQuery("地区生产总值", limit=10, offset=20))
        assert len(third.sentences) == 4 and not third.truncated
        spans = {(h.doc.id, h.span.start) for r in (first, third) for h in r.sentences}
        assert len(spans) == 14  # no sentence twice across pages


def test_sentences_match_every_word_as_written(store_url):
    with Store(store_url) as store:
        res = search(store, SearchQuery("粮食 减少", limit=50))
        assert res.total == 24
        for h in res.sentences:
            text = "".join(s.text for s in h.segments)
            assert "粮食" in text and "减少" in text
            assert [s.text for s in h.segments if s.match] == ["粮食", "减少"]
        # A term is its characters side by side, not the same characters apart.
        assert _count(store, "食总") == 24  # 粮食总产量
        assert _count(store, "总粮") == 0
        assert _count(store, "产量万") == 0  # digits between
        # A one-character word is found anywhere, also at a run's end.
        assert search(store, SearchQuery("粮", limit=50)).total == 24
        assert search(store, SearchQuery("吨", limit=50)).total == 24


def _count(store: Store, word: str) -> int:
    from planwatch.store.pages import SentenceFilter, search_sentences

    return search_sentences(store, [query_term(word)], SentenceFilter())[1]


def test_folded_and_latin_words(store_url):
    with Store(store_url) as store:
        assert search(store, SearchQuery("GDP")).total == 24  # the text has ＧＤＰ
        assert search(store, SearchQuery("r&d")).total == 24


def test_filters_by_area_year_and_kind(store_url):
    with Store(store_url) as store:
        heshan = search(store, SearchQuery("地区生产总值", area="鹤山市", limit=50))
        assert heshan.total == 12
        assert {h.doc.area_name for h in heshan.sentences} == {"鹤山市"}
        one = search(store, SearchQuery("地区生产总值", year=2005, limit=50))
        assert one.total == 2
        actual = search(store, SearchQuery("地区生产总值", kind="actual", limit=50))
        assert actual.total == 24 and all(h.fact_ids for h in actual.sentences)
        assert all(h.fact.fact.kind == "actual" for h in actual.facts)
        assert search(store, SearchQuery("地区生产总值", kind="target")).total == 0


def test_sorts(store_url):
    with Store(store_url) as store:
        newest = search(store, SearchQuery("地区生产总值", sort="newest", limit=24))
        years = [h.doc.year for h in newest.sentences]
        assert years == sorted(years, reverse=True) and years[0] == 2012
        ordered = search(store, SearchQuery("地区生产总值", sort="document", limit=24))
        ids = [h.doc.id for h in ordered.sentences]
        assert ids == sorted(ids)


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "AND",
        "NEAR(地区 增长)",
        "地区*",
        "^增长",
        "'; DROP TABLE facts; --",
        "-",
        "a:b",
        "（）",
    ],
)
def test_query_syntax_of_the_index_is_not_exposed(client, q):
    resp = client.get("/api/search", params={"q": q})
    assert resp.status_code == 200, resp.text
    assert isinstance(resp.json()["total"], int)


def test_search_pages_in_the_url(client):
    body = client.get("/search.json", params={"q": "地区生产总值", "limit": 10, "page": 3}).json()
    assert body["total"] == 24 and body["page"] == 3 and body["per_page"] == 10
    assert len([r for r in body["results"] if r["type"] == "sentence"]) == 4
    html = client.get("/search", params={"q": "地区生产总值", "page": 2, "sort": "newest"}).text
    assert "21–24 of 24" in html
    assert 'rel="prev"' in html and 'rel="next"' not in html
    assert client.get("/search", params={"q": "x", "sort": "random"}).status_code == 422
    assert client.get("/search", params={"q": "x", "page": 0}).status_code == 422


def test_documents_stored_before_the_index_are_indexed_by_the_migration(tmp_path):
    doc = tmp_path / "鹤山市2015年统计公报.txt"
    doc.write_text(_communique("鹤山市", 2015, 3), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as store:
        ingest([str(doc)], store, Options(workers=1, show_progress=False))
        migrate(store, "evidence")  # back to the schema before the index
    with Store(url) as store:  # opening migrates: the index is built from the stored text
        assert search(store, SearchQuery("粮食")).total == 1


# ---- list pages: paged in the database, with totals --------------------------


def test_facts_list_is_paged_with_a_total_and_sorted_in_the_url(client):
    every = client.get("/facts.json", params={"limit": 100000})
    total = int(every.headers["X-Total-Count"])
    assert total == len(every.json()) > 48
    page = client.get("/facts.json", params={"limit": 10, "offset": 10, "sort": "-value"})
    assert page.headers["X-Total-Count"] == str(total) and len(page.json()) == 10
    values = [r["value"] for r in page.json()]
    assert values == sorted(values, reverse=True)
    assert max(values) <= min(
        r["value"] for r in client.get("/facts.json?limit=10&sort=-value").json()
    )
    filtered = client.get(
        "/facts.json", params={"area": "台山市", "year": 2005, "measure": "level"}
    )
    assert int(filtered.headers["X-Total-Count"]) == len(filtered.json()) >= 1
    assert {r["year"] for r in filtered.json()} == {2005}
    html = client.get("/facts", params={"sort": "-year", "page": 1}).text
    assert f"of {total:,}" in html and 'rel="next"' in html
    assert 'aria-sort="descending"' in html


def test_documents_list_is_paged_with_a_total(client):
    body = client.get("/documents.json", params={"limit": 5, "offset": 20, "sort": "-year"})
    assert body.headers["X-Total-Count"] == "24"
    years = [d["year"] for d in body.json()]
    assert len(years) == 4 and years == sorted(years, reverse=True)
    assert "24 documents" in client.get("/documents").text


def test_page_queries_on_both_backends(db_url, examples_dir):
    """The web's paged queries answer alike on SQLite and PostgreSQL."""
    from planwatch.store import pages
    from planwatch.store.quotes import fact_texts

    with Store(db_url) as store:
        news = "002_4b074d73fc3d7590.txt"
        ingest([str(examples_dir / news)], store, Options(workers=1, show_progress=False))
        code = pages.area_codes_with_documents(store)[0]
        facts = pages.fact_page(store, pages.FactQuery(area=code), limit=5, sort="-year")
        assert len(facts) == 5
        assert pages.fact_count(store, pages.FactQuery(area=code)) >= 5
        spans = [
            (sf.doc_id, sf.fact.start, sf.fact.end, sf.fact.quote_start, sf.fact.quote_end)
            for sf in facts
        ]
        assert all(value and value in quote for value, quote in fact_texts(store, spans))
        docs, total = pages.document_page(store, limit=10, sort="-year")
        assert total == 1 and docs[0].name == news
        (area,) = pages.area_rows(store, codes=[code])
        assert area.documents == 1 and area.facts == docs[0].n_facts
        assert pages.store_version(store)[0] == docs[0].id
        rows, n = pages.search_sentences(
            store, [query_term("地区生产总值")], pages.SentenceFilter(), sort="newest", limit=3
        )
        assert n >= 2 and len(rows) == min(n, 3)
