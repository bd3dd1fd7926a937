"""Benchmark: the sentence index's size with one row per sentence or per paragraph.

The search index (store/search_index.py) keeps one row per sentence: a span in
``search_spans`` and the sentence's bigram tokens in a contentless FTS5 index without
positions. One row per paragraph holds the tokens a paragraph's sentences share once and
has fewer rows, but the index could then no longer tell which sentences of a paragraph
hold a word: one-token totals, exact today, and the ranking by sentence length would
need every candidate paragraph's text. This prints what the change would save, so the
trade can be weighed by numbers: both indexes built, as the store builds its own, in
scratch files from the first ``--docs`` documents of a SQLite store (their stored texts
and sentence and paragraph spans), merged into one segment and measured with ``dbstat``.

    python bench/search_rows.py /tmp/pw5k.db --docs 600
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from planwatch.store import spancodec, textdicts
from planwatch.store.db import normalise_url
from planwatch.store.search_index import index_tokens
from planwatch.store.textcodec import stored_text

_FTS = "CREATE VIRTUAL TABLE search_fts USING fts5(tokens, content='', columnsize=0, detail=none)"


def documents(url: str, n: int) -> list[tuple[int, str, list, list, int]]:
    """(id, text, sentence spans, paragraph spans, bytes) of the store's first ``n``."""
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            textdicts.load(conn)
            rows = conn.exec_driver_sql(
                "SELECT s.doc_id, s.sentences, s.paragraphs, t.text, t.ztext, d.size_bytes"
                " FROM structures s JOIN texts t ON t.doc_id = s.doc_id"
                " JOIN documents d ON d.id = s.doc_id ORDER BY s.doc_id LIMIT ?",
                (n,),
            ).all()
    finally:
        engine.dispose()
    return [
        (d, stored_text(t, z) or "", spancodec.decode(s), spancodec.decode(p), size)
        for d, s, p, t, z, size in rows
    ]


def build(path: Path, docs: list, per: str) -> dict:
    """The index of ``docs`` with a row per sentence or per paragraph, and its parts."""
    db = sqlite3.connect(path)
    db.execute('CREATE TABLE search_spans (id INTEGER PRIMARY KEY, doc_id, start, "end")')
    db.execute(_FTS)
    rows = 0
    for doc_id, text, sentences, paragraphs, _ in docs:
        units = sentences if per == "sentence" else paragraphs
        for start, end in units:
            tokens = [
                t for s, e in sentences if start <= s and e <= end for t in index_tokens(text[s:e])
            ]
            if tokens:
                rows += 1
                db.execute(
                    "INSERT INTO search_spans VALUES (?, ?, ?, ?)", (rows, doc_id, start, end)
                )
                db.execute(
                    "INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", (rows, " ".join(tokens))
                )
    db.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    db.commit()
    db.execute("VACUUM")
    sizes = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_fts, 'row')")
    entries = db.execute("SELECT sum(doc) FROM temp.v").fetchone()[0] or 0
    db.close()
    return {
        "rows": rows,
        "entries": entries,
        "fts_bytes": sum(b for name, b in sizes.items() if name.startswith("search_fts")),
        "spans_bytes": sizes.get("search_spans", 0),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("store", help="a SQLite store (path or URL)")
    ap.add_argument("--docs", type=int, default=500, help="its first N documents (default 500)")
    args = ap.parse_args()
    docs = documents(args.store, args.docs)
    text_bytes = sum(d[4] for d in docs)
    out: dict = {"documents": len(docs), "text_bytes": text_bytes}
    with tempfile.TemporaryDirectory(prefix="planwatch-rows-") as tmp:
        for per in ("sentence", "paragraph"):
            r = build(Path(tmp) / f"{per}.db", docs, per)
            r["over_text"] = round((r["fts_bytes"] + r["spans_bytes"]) / text_bytes, 3)
            out[per] = r
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
