"""Benchmark: a store's size over the text it holds, table by table and index by index.

Prints the whole store's bytes over the documents' bytes (``documents.size_bytes``)
and each table and index with its share (``planwatch.store.space``): SQLite pages
from ``dbstat``, PostgreSQL relations with their TOAST. Make stores to measure with
``planwatch ingest`` or bench/gen_corpus.py:

    planwatch --db /tmp/dev.db ingest ../shared/devcorpus/docs/ bench/composed/*/docs/
    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/store_size.py /tmp/dev.db /tmp/pw5k.db postgresql://u@host/db

``--vacuum`` first rebuilds a SQLite file (``VACUUM``) so that pages freed by a
migration do not count. ``--columns N`` also splits the N largest tables by column (the
bytes of each column's values, ``planwatch.store.space.column_report``; the rest of a
table is its rows' headers and pages): what a narrower column or a code in place of a
repeated string would save. It reads every row of those tables.

    python bench/store_size.py --vacuum --columns 3 /tmp/pw5k.db
"""

from __future__ import annotations

import argparse
import json

from sqlalchemy import create_engine

from planwatch.store.db import normalise_url
from planwatch.store.space import column_report, space_report


def _columns(engine, report, n: int) -> list[dict]:
    """The ``n`` largest tables' columns (FTS5's shadow tables and PostgreSQL's
    relations without columns of their own are skipped)."""
    tables = [p for p in report.parts if p.kind == "table" and p.name == p.table]
    out = []
    for part in [p for p in tables if not p.name.startswith("search_fts")][:n]:
        cols = column_report(engine, [part.name])
        out.append(
            {
                "table": part.name,
                "bytes": part.bytes,
                "rows": cols[0].rows if cols else 0,
                "rest": part.bytes - sum(c.bytes for c in cols),
                "columns": [
                    {"name": c.column, "bytes": c.bytes, "over_text": report.over_text(c.bytes)}
                    for c in cols
                ],
            }
        )
    return out


def measure(url: str, vacuum: bool, columns: int = 0) -> dict:
    # A plain engine: the store is measured as it is, not migrated first (a store of an
    # older schema is measured as that schema).
    engine = create_engine(normalise_url(url))
    try:
        if vacuum and engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")
        report = space_report(engine)
        tables = _columns(engine, report, columns) if columns else []
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
        "tables": tables,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("stores", nargs="+", help="store URLs or SQLite paths")
    ap.add_argument("--vacuum", action="store_true", help="VACUUM a SQLite file first")
    ap.add_argument("--top", type=int, default=15, help="parts shown per store (default 15)")
    ap.add_argument(
        "--columns", type=int, default=0, metavar="N", help="split the N largest tables by column"
    )
    ap.add_argument("--json", action="store_true", help="every part, as JSON")
    args = ap.parse_args()
    results = [measure(url, args.vacuum, args.columns) for url in args.stores]
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
        for t in r["tables"]:
            print(f"  {t['table']} by column ({t['rows']:,} rows, {t['bytes']:,} bytes):")
            for c in t["columns"]:
                per_row = c["bytes"] / t["rows"] if t["rows"] else 0
                print(
                    f"    {c['name']:<34} {c['bytes']:>13,}  {c['over_text']:.4f}x"
                    f"  {per_row:6.1f} B/row"
                )
            print(f"    {'(row headers, pages)':<34} {t['rest']:>13,}")


if __name__ == "__main__":
    main()
