"""Commands over tables and the indicator catalog: tables, indicators, resolve."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from planwatch.cli.base import (
    Ctx,
    Table,
    cli,
    console,
    err_console,
    escape,  # (rich is loaded on first use)
    fails_cleanly,
    hints_when_empty,
    pass_ctx,
)
from planwatch.core.errors import UsageError

if TYPE_CHECKING:  # (core.data is imported by the commands that read documents)
    from planwatch.core.data import TableRecord

# ---- tables -------------------------------------------------------------


@cli.command()
@click.argument("doc")
@pass_ctx
@fails_cleanly
def tables(obj: Ctx, doc: str) -> None:
    """Print each indicator table recovered from a document, cell by cell.

    Cells that became facts show the fact's kind, measure and year beneath
    the value; the footer row gives each column's meaning. A table found but
    not read is listed with the reason. Tables are read as stored at ingest.

    Example: planwatch tables 000_78da752c5f85d6f1.txt
    """
    row = obj.store.find_document(doc)
    found = obj.store.recovered_tables(row.id)
    if not found:
        console.print(f"no indicator tables found in {escape(row.name)}")
        return
    for t in found:
        console.print(_table_rich(t))


def _table_rich(t: TableRecord) -> Any:
    """A recovered table as a ``rich`` table (value cells with their fact's reading
    beneath), or one line naming it and why it was not read."""
    from rich.table import Table

    where = f"[{t.span.start}:{t.span.end}]"
    title = escape(f"{t.title or '(untitled table)'}  {where}  {t.layout}")
    if not t.columns or not t.rows:
        return f"{title}\n  not read: {escape(t.reason or 'no rows')}\n"
    out = Table(title=title, show_footer=True, show_lines=False)
    for label, meaning in t.columns:
        out.add_column(escape(label), footer=escape(meaning))
    for line in t.rows:
        shown = [escape(c.text) for c in line]
        for j, c in enumerate(line):
            if c.reading:
                shown[j] += f"\n[dim]{escape(c.reading)}[/dim]"
        out.add_row(*shown)
    if t.reason:
        out.caption = escape(t.reason)
    return out


# ---- catalog ------------------------------------------------------------


@cli.command()
@click.option(
    "--unresolved",
    is_flag=True,
    help="List indicator names of stored facts that match no catalog entry.",
)
@click.option(
    "--template",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --unresolved: write a local catalog file to fill in.",
)
@click.option(
    "--category", help="Only this category (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障 …)."
)
@pass_ctx
@fails_cleanly
@hints_when_empty
def indicators(obj: Ctx, unresolved: bool, template: Path | None, category: str | None) -> None:
    """Browse the indicator catalog with the number of stored facts of each.

    With --unresolved, list the names that resolve to no catalog id, most
    frequent first, with the nearest entry; add them as aliases in a local
    catalog file (see planwatch/data/catalog.md) named by $PLANWATCH_CATALOG.

    Example: planwatch indicators --unresolved --template my_catalog.toml
    """
    from planwatch.catalog import default_catalog, local_catalog_template
    from planwatch.catalog import unresolved as find_unresolved

    if unresolved:
        names = obj.store.unresolved_names()
        items = find_unresolved([n for n, c in names.items() for _ in range(c)])
        table = Table(
            "facts",
            "name",
            "nearest catalog entry",
            "similarity",
            title=f"{len(items)} unresolved indicator names",
        )
        for u in items:
            table.add_row(
                str(u.count),
                escape(u.name),
                escape(f"{u.nearest_id} ({u.nearest})" if u.nearest_id else ""),
                f"{u.similarity:.2f}" if u.similarity else "",
            )
        console.print(table)
        if template:
            template.write_text(local_catalog_template(items), encoding="utf-8")
            err_console.print(f"local catalog template written to {escape(str(template))}")
        return
    if template:
        raise UsageError("--template goes with --unresolved")
    counts = obj.store.indicator_counts()
    catalog = default_catalog()
    table = Table(
        "id",
        "name",
        "category",
        "unit",
        "better",
        "core",
        "facts",
        title=f"{len(catalog)} catalog indicators; {counts.get(None, 0)} facts unresolved",
    )
    for ind in catalog:
        if category and ind.category != category:
            continue
        table.add_row(
            ind.id,
            escape(ind.name),
            escape(ind.category),
            escape(ind.unit or ""),
            ind.direction or "",
            "✓" if ind.core else "",
            str(counts.get(ind.id, 0)),
        )
    console.print(table)


@cli.command()
@pass_ctx
@fails_cleanly
def resolve(obj: Ctx) -> None:
    """Resolve the stored facts' indicator names again with the current catalog.

    Run it after adding aliases in a local catalog file (named by
    $PLANWATCH_CATALOG): re-ingesting an unchanged file changes nothing, this
    updates the catalog ids and canonical values of the facts already stored.

    Example: planwatch resolve   (with PLANWATCH_CATALOG=my_catalog.toml set)
    """
    from planwatch.reresolve import reresolve

    summary = reresolve(obj.store)
    if summary.changed:  # facts changed in place: every stored evaluation may differ
        from planwatch.store.evalstore import forget_evaluations

        forget_evaluations(obj.store)
    console.print(
        f"{summary.changed} of {summary.facts} facts changed; resolved to a catalog id: "
        f"{summary.resolved_before} before, {summary.resolved_after} now"
    )
