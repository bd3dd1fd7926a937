"""Commands that list and export facts: facts, export."""

from __future__ import annotations

import sys
from collections.abc import Callable
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
    value_cell,
    years_cell,
)

if TYPE_CHECKING:
    from rich.text import Text

# ---- facts --------------------------------------------------------------


def _fact_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(
        [
            click.option("--doc", help="Document id or file name."),
            click.option("--jurisdiction", "-j", help="Area name or code (鹤山市 or 440784)."),
            click.option("--indicator", "-i", help="Text in the indicator name, or a catalog id."),
            click.option("--kind", type=click.Choice(["actual", "target"])),
        ]
    ):
        fn = opt(fn)
    return fn


@cli.command()
@_fact_filter_options
@click.option("--limit", type=int, default=200, show_default=True, help="Most rows shown (0: all).")
@pass_ctx
@fails_cleanly
@hints_when_empty
def facts(
    obj: Ctx,
    doc: str | None,
    jurisdiction: str | None,
    indicator: str | None,
    kind: str | None,
    limit: int,
) -> None:
    """List facts with their quote, the value highlighted.

    Example: planwatch facts --jurisdiction 鹤山市 --indicator 地区生产总值 --kind target
    """
    from planwatch.store.repo import FactFilter

    _check_filters(obj, doc, jurisdiction)
    flt = FactFilter(
        doc=doc, jurisdiction=jurisdiction, indicator=indicator, kind=kind, limit=limit or None
    )
    found = obj.store.facts(flt)
    texts: dict[int, str] = {}
    table = Table(
        "doc",
        "indicator",
        "kind",
        "measure",
        "year",
        "value",
        "quote",
        title=f"{len(found)} facts" + (" (limit reached)" if limit and len(found) == limit else ""),
    )
    for sf in found:
        f = sf.fact
        if sf.doc_id not in texts:
            texts[sf.doc_id] = obj.store.text(sf.doc_id)
        table.add_row(
            str(sf.doc_id),
            escape(f.indicator),
            f.kind.value,
            f.measure.value,
            years_cell(f.year, f.period_start),
            value_cell(f),
            _quote(texts[sf.doc_id], f),
        )
    console.print(table)


def _check_filters(obj: Ctx, doc: str | None, jurisdiction: str | None) -> None:
    """An unknown document or area is a typo to report, not an empty result."""
    if doc:
        obj.store.find_document(doc)  # NotFoundError names `planwatch docs`
    if jurisdiction:
        known = {ref for a in obj.store.areas() for ref in (a.code, a.name)}
        if jurisdiction not in known:
            from planwatch.core.errors import NotFoundError

            raise NotFoundError(
                f"no documents about {jurisdiction!r}; `planwatch docs` lists the areas"
            )


def _quote(text: str, f, width: int = 60) -> Text:
    """The clause with the value in bold; long clauses trimmed around the value."""
    qs, qe = f.quote_start, f.quote_end
    if qe - qs > width:
        qs = max(qs, f.start - width // 2)
        qe = min(qe, max(f.end + width // 2, qs + width))
    from rich.text import Text

    out = Text()
    out.append(text[qs : f.start].replace("\n", " "))
    out.append(text[f.start : f.end], style="bold reverse")
    out.append(text[f.end : qe].replace("\n", " "))
    return out


@cli.group()
def export() -> None:
    """Export data from the store."""


def _export_options(default_format: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format and --output, as every export takes them."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write to this file instead of standard output.",
        )(fn)
        choice = click.Choice(["jsonl", "csv"])
        return click.option(
            "--format", "fmt", type=choice, default=default_format, show_default=True
        )(fn)

    return wrap


@export.command("facts")
@_fact_filter_options
@_export_options(default_format="jsonl")
@pass_ctx
@fails_cleanly
@hints_when_empty
def export_facts(
    obj: Ctx, doc, jurisdiction, indicator, kind, fmt: str, output: Path | None
) -> None:
    """Write facts with the DESIGN.md field names, one record each.

    Example: planwatch export facts --format csv -o facts.csv
    """
    from planwatch.export import write_facts
    from planwatch.store.repo import FactFilter

    _check_filters(obj, doc, jurisdiction)
    flt = FactFilter(doc=doc, jurisdiction=jurisdiction, indicator=indicator, kind=kind)
    stream = (sf.fact for sf in obj.store.iter_facts(flt))
    _write_out(output, "facts", lambda out: write_facts(stream, fmt, out))


def _write_out(output: Path | None, noun: str, write: Callable[[Any], int]) -> None:
    """An export to standard output, or to ``output`` whole or not at all."""
    if output is None:
        write(sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        n = write(out)
    tmp.replace(output)  # never leave a half-written export behind
    err_console.print(f"{n} {noun} written to {escape(str(output))}")


@export.command("evaluations")
@click.option("--as-of", type=int, help="Judge as of this year (default: the latest data).")
@_export_options(default_format="csv")
@pass_ctx
@fails_cleanly
@hints_when_empty
def export_evaluations(obj: Ctx, as_of: int | None, fmt: str, output: Path | None) -> None:
    """Write every area's evaluation, one row per target (columns: docs/schema.md).

    Example: planwatch export evaluations --format csv -o evaluations.csv
    """
    from planwatch.evaluated import current_evaluations
    from planwatch.export import EVALUATION_FIELDS, evaluation_records, write_records

    rows = evaluation_records(current_evaluations(obj.store, as_of=as_of))
    _write_out(output, "targets", lambda out: write_records(rows, EVALUATION_FIELDS, fmt, out))


@export.command("sqlite")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@fails_cleanly
@hints_when_empty
def export_sqlite(obj: Ctx, output: Path) -> None:
    """Copy the whole store (SQLite or PostgreSQL) into a new SQLite file.

    The copy opens in Datasette, sqlite-utils, DuckDB or pandas; its tables and views
    are documented in docs/schema.md, and it adds a table ``evaluations``: every area's
    evaluation, one row per target (the columns of ``export evaluations``).

    Example: planwatch export sqlite planwatch-copy.db
    """
    from planwatch.evaluated import current_evaluations
    from planwatch.export import EVALUATION_FIELDS, evaluation_records
    from planwatch.store.snapshot import copy_to_sqlite

    rows = list(evaluation_records(current_evaluations(obj.store)))
    counts = copy_to_sqlite(
        obj.store.engine, output, extra={"evaluations": (EVALUATION_FIELDS, rows)}
    )
    err_console.print(
        f"{counts['documents']} documents and {counts['facts']} facts copied to "
        f"{escape(str(output))}"
    )
