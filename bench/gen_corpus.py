"""Make a large synthetic store (5,000 or 20,000 documents) for the read benchmarks.

The sample documents (examples/) are cut into pieces of about ``--chars``
characters at line ends and each piece is analysed once. Each synthetic
document is then a piece whose area is swapped for a real area of
``data/admin_divisions.csv`` with a name of the same length: the name is
replaced in the text (same length, so every span still holds) and in the
metadata and facts. The documents are stored through ``Store.add``, the same
write path ingest uses, so the store looks like one built by ``planwatch ingest``
over thousands of areas (a few documents each), without analysing thousands
of files.

    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/gen_corpus.py --docs 20000 --db /tmp/pw20k.db
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from planwatch.core.data import Area
from planwatch.describe.areas import load_table, to_area
from planwatch.pipeline import Analysed, analyse_text
from planwatch.store.repo import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def pieces(chars: int) -> list[tuple[str, str]]:
    """(name, text) pieces of the sample documents, cut at line ends."""
    out = []
    for p in sorted(EXAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8-sig")
        head = text.split("\n", 1)[0]  # the title line keeps area, type and year readable
        start, i = 0, 0
        while start < len(text):
            end = text.find("\n", start + chars)
            end = len(text) if end < 0 else end + 1
            body = text[start:end] if start == 0 else head + "\n" + text[start:end]
            out.append((f"{p.stem}_p{i:02d}.txt", body))
            start, i = end, i + 1
    return out


def templates(chars: int) -> list[Analysed]:
    """Each piece analysed once; pieces without an area or facts are left out."""
    out = []
    for name, text in pieces(chars):
        a = analyse_text(name, text)
        if a.document.meta.area is not None and a.facts:
            out.append(a)
    return out


def areas_by_length() -> dict[int, list[Area]]:
    """Real counties and cities, by the length of their name (for same-length swaps)."""
    out: dict[int, list[Area]] = {}
    for row in load_table().by_code.values():
        if row.level != "province" and row.current:
            out.setdefault(len(row.name), []).append(row)
    return {n: sorted(rows, key=lambda r: r.code) for n, rows in out.items()}


def swapped(t: Analysed, row, serial: int) -> Analysed:
    """``t`` moved to the area of ``row``: text, metadata and facts, spans unchanged."""
    doc = t.document
    old = doc.meta.area
    # Same-length name, and a serial appended: distinct content, every span unchanged.
    text = doc.text.replace(old.name, row.name) + f"\n{serial:07d}\n"
    new_area = to_area(row)
    facts = tuple(
        f.with_(jurisdiction=new_area.name, jurisdiction_code=new_area.code)
        if f.jurisdiction_code == old.code
        else f
        for f in t.facts
    )
    name = f"syn{serial:06d}_{row.code}.txt"
    facts = tuple(f.with_(doc=name) for f in facts)
    document = replace(
        doc,
        name=name,
        path=f"/synthetic/{name}",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=replace(doc.meta, area=new_area),
    )
    return Analysed(document=document, facts=facts)


def generate(db: str, n_docs: int, chars: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    tpls = templates(chars)
    if not tpls:
        sys.exit(f"no usable sample documents in {EXAMPLES}")
    pool = areas_by_length()
    t0 = time.perf_counter()
    chars_stored = facts = 0
    with Store(db) as store:
        for i in range(n_docs):
            t = tpls[i % len(tpls)]
            rows = pool.get(len(t.document.meta.area.name))
            if not rows:
                continue
            # About four documents per area: a few years' reports of one county.
            row = rows[rng.randrange(0, max(1, min(len(rows), n_docs // 4)))]
            a = swapped(t, row, i)
            store.add(a.document, a.facts, size_bytes=len(a.document.text.encode("utf-8")))
            chars_stored += len(a.document.text)
            facts += len(a.facts)
            if (i + 1) % 1000 == 0:
                print(f"{i + 1} documents ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return {
        "documents": n_docs,
        "templates": len(tpls),
        "facts": facts,
        "chars": chars_stored,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents to store (default 5000)")
    ap.add_argument("--db", required=True, help="store URL or SQLite path (should be new)")
    ap.add_argument("--chars", type=int, default=20000, help="characters per piece")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    print(generate(args.db, args.docs, args.chars, args.seed))


if __name__ == "__main__":
    main()
