"""Benchmark: a store's size over the text it holds, table by table and index by index.

Prints the whole store's bytes over the documents' bytes (``documents.size_bytes``)
and each table and index with its share (``planwatch.store.space``): SQLite pages
from ``dbstat``, PostgreSQL relations with their TOAST. Make stores to measure with
``planwatch ingest`` or bench/gen_corpus.py:

    planwatch --db /tmp/dev.db ingest ../shared/devcorpus/docs/ bench/composed/*/docs/
    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/store_size.py /tmp/dev.db /tmp/pw5k.db postgresql://u@host/db

``--vacuum`` first rebuilds a SQLite file (``VACUUM``) so that pages freed by a
migration do not count.
"""

from __future__ import annotations

import argparse
import json

from sqlalchemy import create_engine

from planwatch.store.db import normalise_url
from planwatch.store.space import space_report


def measure(url: str, vacuum: bool) -> dict:
    # A plain engine: the store is measured as it is, not migrated first (a store of an
    # older schema is measured as that schema).
    engine = create_engine(normalise_url(url))
    try:
        if vacuum and engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")
        report = space_report(engine)
    finally:
        engine.dispose()
    size = report.total
    return {
        "store": url,
        "documents": report.documents,
        "text_bytes": report.text_bytes,
        "store_bytes": size,
        "over_text": round(size / report.text_bytes, 3) if report.text_bytes else None,
        "parts": [
            {
                "name": p.name,
                "kind": p.kind,
                "table": p.table,
                "bytes": p.bytes,
                "over_text": round(report.over_text(p.bytes), 4),
            }
            for p in report.parts
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("stores", nargs="+", help="store URLs or SQLite paths")
    ap.add_argument("--vacuum", action="store_true", help="VACUUM a SQLite file first")
    ap.add_argument("--top", type=int, default=15, help="parts shown per store (default 15)")
    ap.add_argument("--json", action="store_true", help="every part, as JSON")
    args = ap.parse_args()
    results = [measure(url, args.vacuum) for url in args.stores]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        print(
            f"{r['store']}: {r['documents']} documents, {r['text_bytes']:,} bytes of text, "
            f"store {r['store_bytes']:,} bytes = {r['over_text']}x the text"
        )
        for p in r["parts"][: args.top]:
            print(f"  {p['name']:<36} {p['kind']:<6} {p['bytes']:>13,}  {p['over_text']:.3f}x")


if __name__ == "__main__":
    main()
