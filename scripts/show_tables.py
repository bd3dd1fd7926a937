"""Print the indicator tables recovered from corpus files (a checking aid, no output kept).

Usage: python scripts/show_tables.py FILE...
"""

from __future__ import annotations

import sys
import time

from planwatch.core.data import DocumentMeta, ExtractContext, Outline
from planwatch.extract.tables import recover_tables


def main(paths: list[str]) -> None:
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        ctx = ExtractContext(doc=path.rsplit("/", 1)[-1], meta=DocumentMeta(), outline=Outline())
        t0 = time.perf_counter()
        tables = recover_tables(text, ctx)
        ms = (time.perf_counter() - t0) * 1000
        sys.stdout.write(f"== {path}: {len(tables)} tables in {ms:.1f} ms\n")
        for t in tables:
            sys.stdout.write(
                f"-- {t.title!r} [{t.span.start}:{t.span.end}] {t.layout} "
                f"period={t.period} brackets={t.brackets_change}\n"
            )
            sys.stdout.write("   " + " | ".join(t.column_labels()) + "\n")
            for row in t.rows:
                cells = "; ".join(
                    f"{c.text}->{c.column}"
                    + (
                        f"[{c.fact.kind} {c.fact.measure} {c.fact.year}/{c.fact.period_start} "
                        f"{c.fact.value}{c.fact.unit or ''} {c.fact.comparator}]"
                        if c.fact
                        else ""
                    )
                    for c in row.cells
                )
                sys.stdout.write(
                    f"   {row.index or ''} <{row.parent or ''}> {row.indicator} "
                    f"({row.unit}) {row.binding}: {cells}\n"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
