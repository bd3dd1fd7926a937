"""Make a large synthetic store (5,000 or 20,000 documents) for the read benchmarks.

The sample documents (examples/) are cut into pieces of about ``--chars``
characters at line ends, each ending in a serial line, and each piece is analysed
once and turned into the rows the store writes (``store.rows.to_rows``, as ingest's
workers do). Each synthetic document is then a copy of a piece's rows moved to
another real area of ``data/admin_divisions.csv``: one whose full and short names
have the lengths of the piece's area's and whose name ends in the same character,
so that the names swapped in the text leave every span in place. The names are
swapped in every string of the rows (text, title, headings, tables, facts' quotes
and evidence), the area's code in every field that holds it, the serial line gets
the copy's number (distinct content), and only the sentences whose characters
changed are tokenised again for the search index. The copies are written with the
store's own write functions (``Store.add_rows``'s parts, many documents per
transaction), so the store is what ``planwatch ingest`` of the copies' texts would
have made — ``--verify N`` shows it: N copies are also written out as files,
analysed from their text as ingest does, and every row compared.

At most a few dozen documents are analysed, so 20,000 documents take minutes
(storing is what is left) instead of hours.

    python bench/gen_corpus.py --docs 5000 --db /tmp/pw5k.db
    python bench/gen_corpus.py --docs 20000 --db /tmp/pw20k.db
    python bench/gen_corpus.py --docs 60 --db /tmp/gen.db --verify 60   # copies == ingest
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from planwatch.core.data import Area
from planwatch.describe.areas import area_by_code, load_table, to_area
from planwatch.pipeline import analyse_text
from planwatch.store.repo import Store
from planwatch.store.rows import FACT_COLUMNS, DocRows, area_rows, to_rows
from planwatch.store.search_index import sentence_rows

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_verify import verify

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SERIAL = "\n{:07d}\n"  # the line that makes each copy's content distinct
BATCH = 100  # documents per write transaction
_CODE_AT = FACT_COLUMNS.index("jurisdiction_code") - 1  # in a fact tuple (no doc_id)


@dataclass(frozen=True)
class Template:
    """A piece analysed once: its rows, its area and the area's table row."""

    rows: DocRows
    area: Area
    short: str  # the area's short name as the table gives it ("" when none)
    serial_at: int  # where the serial line's digits start in the text


def pieces(chars: int) -> list[tuple[str, str]]:
    """(name, text) pieces of the sample documents, cut at line ends, each ending in
    a serial line (the copies change its digits)."""
    out = []
    for p in sorted(EXAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8-sig")
        head = text.split("\n", 1)[0]  # the title line keeps area, type and year readable
        start, i = 0, 0
        while start < len(text):
            end = text.find("\n", start + chars)
            end = len(text) if end < 0 else end + 1
            body = text[start:end] if start == 0 else head + "\n" + text[start:end]
            out.append((f"{p.stem}_p{i:02d}.txt", body + SERIAL.format(0)))
            start, i = end, i + 1
    return out


def templates(chars: int, backend: str) -> list[Template]:
    """Each piece analysed once; pieces without an area or facts are left out."""
    by_code = load_table().by_code
    out = []
    for name, text in pieces(chars):
        a = analyse_text(name, text)
        area = a.document.meta.area
        if area is None or not a.facts or area.code not in by_code:
            continue
        rows = to_rows(a.document, a.facts, len(text.encode("utf-8")), backend=backend)
        short = by_code[area.code].short_name
        out.append(Template(rows, area, short, len(text) - len(SERIAL.format(0)) + 1))
    return out


def _chain(row) -> list:
    """The area's table row and its parents' rows, nearest first."""
    return [row, *load_table().ancestors(row.code)]


def _shape(chain: list) -> tuple:
    # What a swap keeps at each level: the lengths of full and short name, and the
    # name's last character (市, 县, 区, 省 …), so every span and every word stays.
    return tuple((len(r.name), len(r.short_name), r.name[-1]) for r in chain)


def area_pool() -> dict[tuple, list]:
    """Real current counties and cities whose names no other area has, by the shape of
    their chain (the area, its city, its province): a swap replaces every level."""
    table = load_table()
    count: dict[str, int] = {}
    for row in table.by_code.values():
        for form in {row.name, row.short_name} - {""}:
            count[form] = count.get(form, 0) + 1
    out: dict[tuple, list] = {}
    for row in table.by_code.values():
        forms = {row.name, row.short_name} - {""}
        if row.level != "province" and row.current and all(count[f] == 1 for f in forms):
            out.setdefault(_shape(_chain(row)), []).append(row)
    return {k: sorted(rows, key=lambda r: r.code) for k, rows in out.items()}


class _Swap:
    """The old area's and its parents' names and codes → the new area's, in any value
    of the rows (one pass, so a new name is never replaced again)."""

    def __init__(self, t: Template, row) -> None:
        old, new = _chain(load_table().by_code[t.area.code]), _chain(row)
        self.names: dict[str, str] = {}
        for o, n in zip(old, new, strict=True):
            self.names[o.name] = n.name
            if o.short_name and n.short_name:
                self.names.setdefault(o.short_name, n.short_name)
        self.codes = {o.code: n.code for o, n in zip(old, new, strict=True)}
        words = sorted(self.names, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, words)))

    def text(self, s: str) -> str:
        return self.pattern.sub(lambda m: self.names[m.group()], s)

    def value(self, v):
        t = type(v)
        if t is str:
            return self.codes.get(v) or (self.text(v) if self.pattern.search(v) else v)
        if t is tuple or t is list:
            out = [self.value(x) if type(x) in _NESTED else x for x in v]
            return tuple(out) if t is tuple else out
        if t is dict:
            return {k: self.value(x) if type(x) in _NESTED else x for k, x in v.items()}
        return v


_NESTED = (str, tuple, list, dict)  # what _Swap.value looks inside


def copy_rows(t: Template, row, serial: int) -> DocRows:
    """The rows ingest would make of ``t``'s piece moved to the area of ``row``."""
    src = t.rows
    sw = _Swap(t, row)
    text = sw.text(src.text)
    text = text[: t.serial_at] + f"{serial:07d}" + text[t.serial_at + 7 :]
    name = f"syn{serial:06d}_{row.code}.txt"
    facts = sw.value(src.facts)
    area = to_area(row)
    others = sorted({f[_CODE_AT] for f in facts} - {None, row.code}) if facts else []
    areas = list(area_rows(area))
    for r in (r for code in others for r in _area_rows(code) if r[0] not in {a[0] for a in areas}):
        areas.append(r)
    document = sw.value(src.document)
    document.update(name=name, path=f"/synthetic/{name}", sha256=_sha(text))
    document.update(size_bytes=len(text.encode("utf-8")), area_code=row.code, area_name=row.name)
    return replace(
        src,
        name=name,
        path=document["path"],
        sha256=document["sha256"],
        areas=tuple(areas),
        document=document,
        text=text,
        tables=sw.text(src.tables),
        headings=sw.value(src.headings),
        facts=facts,
        recovered=sw.value(src.recovered),
        search=_search(src, text),
        packed=None,
    )


def _area_rows(code: str) -> tuple:
    return area_rows(area_by_code(code))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _search(src: DocRows, text: str) -> tuple:
    """The index rows of ``text``: the template's, tokenised again where a sentence's
    characters changed (a swapped name, the serial)."""
    out = []
    for s, e, tokens in src.search:
        if text[s:e] != src.text[s:e]:
            redone = sentence_rows(text, [_Span(s, e)], src.search_backend)
            out.extend(redone)
        else:
            out.append((s, e, tokens))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def plan(tpls: list[Template], n_docs: int, seed: int) -> list[tuple[int, Template, object]]:
    """(serial, template, area row) of each document, about four documents an area."""
    rng = random.Random(seed)
    pool = area_pool()
    out = []
    for i in range(n_docs):
        t = tpls[i % len(tpls)]
        rows = pool.get(_shape(_chain(load_table().by_code[t.area.code])))
        if not rows:
            continue
        out.append((i, t, rows[rng.randrange(0, max(1, min(len(rows), n_docs // 4)))]))
    return out


def write(store: Store, docs: list[DocRows]) -> None:
    """Documents written as ``Store.add_rows`` writes one, many in a transaction."""
    with store.engine.begin() as conn:
        for rows in docs:
            store._upsert_areas(conn, rows.areas)
            store._insert_document(conn, rows, 1)


def generate(db: str, n_docs: int, chars: int, seed: int) -> dict[str, float]:
    t0 = time.perf_counter()
    chars_stored = facts = 0
    with Store(db) as store:
        tpls = templates(chars, store.engine.dialect.name)
        if not tpls:
            sys.exit(f"no usable sample documents in {EXAMPLES}")
        t_analysed = time.perf_counter() - t0
        jobs = plan(tpls, n_docs, seed)
        batch: list[DocRows] = []
        for k, (serial, t, row) in enumerate(jobs):
            batch.append(copy_rows(t, row, serial))
            chars_stored += len(batch[-1].text)
            facts += len(batch[-1].facts)
            if len(batch) == BATCH or k == len(jobs) - 1:
                write(store, batch)
                batch = []
            if (k + 1) % 1000 == 0:
                print(f"{k + 1} documents ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return {
        "documents": len(jobs),
        "templates": len(tpls),
        "facts": facts,
        "chars": chars_stored,
        "analyse_seconds": round(t_analysed, 1),
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents to store (default 5000)")
    ap.add_argument("--db", required=True, help="store URL or SQLite path (should be new)")
    ap.add_argument("--chars", type=int, default=20000, help="characters per piece")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument(
        "--verify",
        type=int,
        default=0,
        metavar="N",
        help="then analyse the first N copies from their text as ingest does, and "
        "compare every row with the generated store's (exit 1 on a difference)",
    )
    args = ap.parse_args()
    print(generate(args.db, args.docs, args.chars, args.seed))
    if args.verify:
        sys.exit(0 if verify(args.db, args.verify) else 1)


if __name__ == "__main__":
    main()
