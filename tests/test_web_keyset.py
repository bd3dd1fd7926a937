"""Keyset paging of the facts list (``after=``): the same facts as OFFSET, from a cursor."""

from __future__ import annotations

import re
import warnings

import pytest

from planwatch.core.errors import NotFoundError, UsageError
from planwatch.ingest import ingest
from planwatch.options import Options
from planwatch.store.pages import FactQuery, fact_page
from planwatch.store.repo import Store
from planwatch.web import create_app

with warnings.catch_warnings():  # starlette's notice about its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

LOCAL = "http://localhost"


@pytest.fixture(scope="module")
def url(tmp_path_factory, examples_dir) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('keyset') / 'store.db'}"
    with Store(url) as store:
        ingest([str(examples_dir)], store, Options(workers=1, show_progress=False))
    return url


@pytest.fixture(scope="module")
def client(url, tmp_path_factory) -> TestClient:
    app = create_app(url, upload_dir=tmp_path_factory.mktemp("uploads"))
    return TestClient(app, base_url=LOCAL)


def _ids(facts) -> list[int]:
    return [sf.id for sf in facts]


@pytest.mark.parametrize("sort", ["document", "-id", "value", "indicator"])
def test_after_gives_the_pages_offset_gives(url, sort):
    with Store(url) as store:
        whole = _ids(fact_page(store, FactQuery(), limit=None, sort=sort))
        assert len(whole) > 300
        walked, after = [], None
        while True:
            page = fact_page(store, FactQuery(), limit=97, sort=sort, after=after)
            if not page:
                break
            walked += _ids(page)
            after = page[-1].id
    assert walked == whole  # every fact once, in the order OFFSET pages give


def test_after_keeps_the_filters(url):
    with Store(url) as store:
        q = FactQuery(kind="target")
        first = fact_page(store, q, limit=20)
        rest = fact_page(store, q, limit=20, after=first[9].id)
        assert _ids(rest[:10]) == _ids(first[10:])
        assert all(sf.fact.kind.value == "target" for sf in rest)


def test_after_refuses_what_it_cannot_page(url):
    with Store(url) as store:
        some = fact_page(store, FactQuery(), limit=1)[0].id
        with pytest.raises(UsageError, match="after="):
            fact_page(store, FactQuery(), limit=10, sort="year", after=some)
        with pytest.raises(NotFoundError):
            fact_page(store, FactQuery(), limit=10, after=2**31 - 1)


def _next(resp) -> str | None:
    found = re.match(r'<([^>]+)>; rel="next"', resp.headers.get("link", ""))
    return found.group(1) if found else None


def test_api_follows_the_next_link_through_every_fact(client):
    whole = [r["id"] for r in client.get("/api/facts?limit=100000").json()]
    seen, link = [], "/api/facts?limit=150"
    while link:
        resp = client.get(link)
        assert resp.status_code == 200
        seen += [r["id"] for r in resp.json()]
        link = _next(resp)
        assert link is None or "offset" not in link
    assert seen == whole
    old = client.get("/api/facts?limit=5&offset=150").json()  # old links still work
    assert [r["id"] for r in old] == whole[150:155]


def test_facts_json_after_and_total(client):
    resp = client.get("/facts.json?limit=50&sort=-id&offset=100")
    assert "after=" in _next(resp) and "offset" not in _next(resp)
    total = resp.headers["x-total-count"]
    nxt = client.get(_next(resp))
    assert nxt.headers["x-total-count"] == total
    ids = [r["id"] for r in client.get("/facts.json?limit=100&sort=-id&offset=100").json()]
    assert [r["id"] for r in nxt.json()] == ids[50:]
    assert client.get("/facts.json?sort=year&after=1").status_code == 400
    assert _next(client.get("/facts.json?limit=50&sort=year")) is None


def test_facts_page_next_link_carries_the_cursor(client):
    html = client.get("/facts?sort=document").text
    nxt = re.search(r'rel="next" href="\?([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "after=" in nxt and "page=2" in nxt
    second = client.get("/facts?" + nxt).text
    by_offset = client.get("/facts?sort=document&page=2").text
    rows = re.compile(r'href="/facts/(\d+)"')
    assert rows.findall(second) == rows.findall(by_offset)
    prev = re.search(r'rel="prev" href="\?([^"]+)"', second).group(1)
    assert "after" not in prev
