"""Benchmark aid: every hit of several hundred searches as JSON, to compare two versions.

A change to the sentence index's stored form must leave search hit for hit the same:
run this with the old code on the old store and with the new code on its migrated
copy, and ``cmp`` the two files. The words are the most frequent words of two and of
three or more characters in ``examples/`` (segmented by jieba when it runs, so no
document's phrase is written here), one-character words, Latin and digit words, and
pairs of words; each is searched with no filter and filtered by area, genre, year and
kind, in the three orders, the unfiltered ones also from the third page. The CPU time
of the searches is printed.

    python bench/search_dump.py /tmp/old.db -o /tmp/old.json     # old code (its checkout)
    python bench/search_dump.py /tmp/new.db -o /tmp/new.json     # new code
    cmp /tmp/old.json /tmp/new.json
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

from planwatch.search import SearchQuery, search
from planwatch.store.repo import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# Words of no one document: a lone character, Latin and digit words as queries type them.
FIXED = ["粮", "水", "率", "增", "元", "镇", "GDP", "R&D", "5G", "2025", "4.2", "PM2.5"]
SORTS = ("relevance", "document", "newest")


def words(examples: Path = EXAMPLES, n2: int = 14, n3: int = 12) -> list[str]:
    """The query words: frequent words of the examples, the fixed ones, three pairs."""
    import jieba

    text = "".join(p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt")))
    counts = collections.Counter(w for w in jieba.cut(text) if re.fullmatch(r"[\u4e00-\u9fff]+", w))
    ranked = [w for w, _ in counts.most_common()]
    two = [w for w in ranked if len(w) == 2][:n2]
    more = [w for w in ranked if len(w) >= 3][:n3]
    pairs = [f"{two[0]} {two[1]}", f"{more[0]} {two[2]}", f"{two[3]} {two[4]} {more[1]}"]
    return two + more + FIXED + pairs


def filters(store: Store) -> list[dict]:
    """No filter, and one of each kind: the area with most documents, a genre, a year."""
    with store.engine.connect() as conn:
        area = conn.exec_driver_sql(
            "SELECT area_code FROM documents WHERE area_code IS NOT NULL"
            " GROUP BY area_code ORDER BY count(*) DESC, area_code LIMIT 1"
        ).scalar()
    return [{}, {"area": area}, {"doc_type": "plan_outline"}, {"year": 2022}, {"kind": "target"}]


def dump(db: str, examples: Path = EXAMPLES) -> tuple[list[dict], float]:
    out, cpu = [], 0.0
    with Store(db) as store:
        search(store, SearchQuery("发展"))  # jieba and the page cache warmed
        for word in words(examples):
            for flt in filters(store):
                for sort in SORTS:
                    for offset in (0, 100) if not flt else (0,):
                        q = SearchQuery(word, sort=sort, offset=offset, limit=50, **flt)
                        t0 = time.process_time()
                        r = search(store, q)
                        cpu += time.process_time() - t0
                        out.append(_result([word, flt, sort, offset], r))
    return out, cpu


def _result(query: list, r) -> dict:
    return {
        "q": query,
        "total": r.total,
        "truncated": r.truncated,
        "sentences": [
            [h.doc.id, h.span.start, h.span.end, [[g.text, g.match] for g in h.segments]]
            + [list(h.fact_ids), h.exact]
            for h in r.sentences
        ],
        "facts": [[h.doc.id, h.fact.id, [[g.text, g.match] for g in h.segments]] for h in r.facts],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("store", help="a SQLite path or store URL (opening it migrates it)")
    ap.add_argument("-o", "--out", required=True, help="the JSON file to write")
    ap.add_argument("--examples", type=Path, default=EXAMPLES, help="where the words come from")
    args = ap.parse_args()
    results, cpu = dump(args.store, args.examples)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(results)} searches, {cpu:.2f} s CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
