"""Benchmark aid: which index each web page's queries use (SQLite ``EXPLAIN QUERY PLAN``).

Before an index is dropped to make the store smaller, every read must be shown not to
need it. This serves a list of pages and API calls from a store in process (FastAPI's
test client), records every SELECT the store runs for them, and asks SQLite for the
plan of each: it prints, for every index of the store, how many of those statements
search it and a few of the pages whose queries do; an index no page uses is listed
under "unused". Run it on a copy (pages may store evaluations they compute):

    cp /tmp/pw5k.db /tmp/audit.db
    python bench/index_audit.py /tmp/audit.db --area 370683 --area-name 莱州市

At the end of round 11, on the 5,000-document generated store, every index of
``facts`` served at least one page (the jurisdiction-name index: a facts list and its
count filtered by an area's name).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections import defaultdict

from sqlalchemy import event
from sqlalchemy.engine import Engine

PAGES = (
    "/ /facts /facts?area={name} /facts?area={code} /facts?indicator=gdp "
    "/facts?indicator=生产总值 /facts?kind=target&year=2025 /facts?sort=value "
    "/facts?sort=indicator /facts?sort=-year /facts?after=100&sort=value "
    "/api/facts?limit=100 /api/facts?area={name} /api/facts?area={code}&limit=100 "
    "/api/facts?after=1000 /indicators /indicators/gdp /areas /areas/{code} "
    "/areas/{code}.json /documents /documents?sort=area /documents/1 /documents/1.json "
    "/facts/1 /facts/1/panel /search?q=增长 /search?q=地区生产总值 "
    "/search?q=增长&area={name} /search?q=粮&sort=newest /search?q=增长&kind=target "
    "/search?q=增长&sort=document /series?indicator=gdp&area={code} /evaluations "
    "/evaluations/{code}"
)
_INDEX = re.compile(r"(?:COVERING INDEX|USING INDEX|INDEX) (\w+)")


def _statements(db: str, pages: list[str]) -> list[tuple[str, str, object]]:
    """(page, statement, parameters) of every SELECT run while serving ``pages``."""
    from fastapi.testclient import TestClient

    from planwatch.web.app import create_app

    seen: list[tuple[str, str, object]] = []
    current = [""]

    @event.listens_for(Engine, "before_cursor_execute")
    def _record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((current[0], statement, parameters))

    client = TestClient(create_app(f"sqlite:///{db}"), base_url="http://localhost")
    for page in pages:
        current[0] = page
        client.get(page)
    event.remove(Engine, "before_cursor_execute", _record)
    return seen


def audit(db: str, pages: list[str]) -> dict:
    """Each index of the store: the statements that search it, and a few of their pages."""
    statements = _statements(db, pages)
    con = sqlite3.connect(db)
    indexes = [r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")]
    uses: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for page, sql, params in statements:
        try:
            plan = con.execute("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
        except sqlite3.Error:  # a statement of the app's own connection set-up
            continue
        for row in plan:
            for name in set(_INDEX.findall(row[3])) & set(indexes):
                uses[name].add(page)
                count[name] += 1
    return {
        "statements": len(statements),
        "indexes": {n: {"statements": count[n], "pages": sorted(uses[n])[:5]} for n in uses},
        "unused": sorted(n for n in indexes if n not in uses),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", help="a SQLite store (a copy: pages may write evaluations)")
    ap.add_argument("--area", default="370683", help="an area code the store holds")
    ap.add_argument("--area-name", default="莱州市", help="that area's name as facts write it")
    args = ap.parse_args()
    pages = PAGES.format(code=args.area, name=args.area_name).split()
    print(json.dumps(audit(args.db, pages), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
