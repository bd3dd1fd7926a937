"""Check that a store made by ``gen_corpus.py`` is what ``planwatch ingest`` makes.

The first N generated documents' texts are written out as files and ingested
into a new store by the command itself (``planwatch --db NEW ingest DIR``); then
every row of every table both stores fill from a document — the document, its
text, structures, headings, facts, indicator tables, sentence index, areas — is
compared, with the database's ids replaced by the document's name and what
differs by construction left out (the path, the time of ingest).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import text

from planwatch.store.repo import Store
from planwatch.store.search_index import block_spans
from planwatch.store.textcodec import stored_text

# Per table: the query of its rows (doc name first) — ids, paths and times left out.
_DOC_TABLES = {
    "documents": "SELECT d.name, d.sha256, d.format, d.encoding, d.size_bytes, d.size_chars, "
    "d.title, d.doc_type, d.area_code, d.area_name, d.year, d.period_start, d.period_end, "
    "d.published, d.toc_start, d.toc_end, d.n_facts, d.version, d.user_set, "
    "d.reference_date, d.evidence FROM documents d",
    "structures": "SELECT d.name, s.paragraphs, s.sentences, s.tables FROM structures s "
    "JOIN documents d ON d.id = s.doc_id",
    "headings": 'SELECT d.name, h.ordinal, h.level, h.marker, h.title, h.start, h."end", '
    "h.section_start, h.section_end FROM headings h JOIN documents d ON d.id = h.doc_id",
    "facts": "SELECT d.name, f.* FROM facts f JOIN documents d ON d.id = f.doc_id",
    "recovered_tables": "SELECT d.name, r.* FROM recovered_tables r "
    "JOIN documents d ON d.id = r.doc_id",
}
# The sentence index's spans, 15 to a row (search_index.pack_blocks), compared one by one.
_BLOCKS = (
    'SELECT d.name, b.start, b."end", b.at0, b.at1, b.at2, b.len0, b.len1, b.len2'
    " FROM search_blocks b JOIN documents d ON d.id = b.doc_id"
)
_VOCAB = "SELECT term, doc FROM temp.vocab ORDER BY term"
_DROP = {"facts": ("id", "doc_id"), "recovered_tables": ("id", "doc_id")}


def rows_of(store: Store, names: set[str]) -> dict[str, list[str]]:
    """Every table's rows of the named documents, ids replaced by names, sorted."""
    out: dict[str, list[tuple]] = {}
    with store.engine.connect() as conn:
        for table, sql in _DOC_TABLES.items():
            res = conn.execute(text(sql))
            keep = [i for i, k in enumerate(res.keys()) if k not in _DROP.get(table, ())]
            out[table] = sorted(repr(tuple(r[i] for i in keep)) for r in res if r[0] in names)
        out["search_spans"] = sorted(
            repr((r[0], *span))
            for r in conn.execute(text(_BLOCKS))
            if r[0] in names
            for span in block_spans(r[1], r[2], r[3:])
        )
        texts = "SELECT d.name, t.text, t.ztext FROM texts t JOIN documents d ON d.id = t.doc_id"
        out["texts"] = sorted(
            repr((r[0], stored_text(r[1], r[2])))
            for r in conn.execute(text(texts))
            if r[0] in names
        )
        out["areas"] = sorted(repr(tuple(r)) for r in conn.execute(text("SELECT * FROM areas")))
        # The index keeps no tokens to read back (contentless FTS5): its vocabulary and
        # each token's sentence count, compared when both stores hold the same documents.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_fts, row)"
        )
        out["search_vocabulary"] = [repr(tuple(r)) for r in conn.execute(text(_VOCAB))]
    return out


def verify(db: str, n: int) -> bool:
    """Ingest the first ``n`` generated documents' texts and compare the two stores:
    true when at most 1 % of the rows differ (each difference is printed)."""
    with Store(db) as gen, tempfile.TemporaryDirectory() as tmp:
        with gen.engine.connect() as conn:
            docs = conn.execute(
                text("SELECT id, name FROM documents ORDER BY id LIMIT :n"), {"n": n}
            )
            docs = docs.all()
            for doc_id, name in docs:
                q = text("SELECT text, ztext FROM texts WHERE doc_id = :i")
                body = stored_text(*conn.execute(q, {"i": doc_id}).one())
                Path(tmp, name).write_text(body, encoding="utf-8", newline="")
        names = {name for _, name in docs}
        other = str(Path(tmp, "ingested.db"))
        planwatch = str(Path(sys.executable).parent / "planwatch")
        cmd = [planwatch, "--db", other, "ingest", tmp, "--no-progress"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        want = rows_of(gen, names)
        with Store(other) as ing:
            got = rows_of(ing, names)
    if len(want["documents"]) != _count(db):
        # The generated store holds more documents: more areas, a larger vocabulary.
        want["areas"] = [a for a in want["areas"] if a in set(got["areas"])] + [
            a for a in got["areas"] if a not in set(want["areas"])
        ]
        del want["search_vocabulary"], got["search_vocabulary"]
    differ, total = 0, 0
    for table in want:
        total += len(want[table])
        a, b = want[table], got[table]
        if a != b:
            diff = [r for r in a if r not in set(b)][:3], [r for r in b if r not in set(a)][:3]
            only = len(set(a) - set(b))
            differ += only
            print(f"{table}: {only} of {len(a)} generated rows not among the {len(b)} ingested")
            for row in diff[0]:
                print(f"  generated {row[:300]}")
            for row in diff[1]:
                print(f"  ingested  {row[:300]}")
    print(f"{len(docs)} documents: {differ} of {total} rows differ")
    # A name the analysis cuts across a swapped word (an indicator starting inside a
    # province's name) can read otherwise; more than 1 % of rows differing is an error.
    return differ <= total / 100


def _count(db: str) -> int:
    with Store(db) as store, store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
