"""The ``planwatch`` command line: thin commands over the library.

Each command parses its arguments, calls one library function and renders
the result; a PlanwatchError becomes ``Error: …`` and exit status 1.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from planwatch import __version__
from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.options import Options, default_db_url


class _Consoles:
    """Rich consoles made at print time (tests swap sys.stdout), wide when piped.

    In a terminal rich fits tables to its width; in a pipe or file there is no
    width to fit, so tables keep their cells whole instead of eliding them.
    """

    @staticmethod
    def make(stderr: bool = False) -> Console:
        stream = sys.stderr if stderr else sys.stdout
        width = None if stream.isatty() else 240
        return Console(file=stream, highlight=False, width=width, soft_wrap=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.make(self._stderr), name)

    def __init__(self, stderr: bool = False) -> None:
        self._stderr = stderr


console: Any = _Consoles()
err_console: Any = _Consoles(stderr=True)


def fails_cleanly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn planwatch errors into ``Error: …`` and exit 1, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PlanwatchError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


class Ctx:
    """Per-invocation state: the store URL and the store, opened on first use."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from planwatch.store.repo import Store

            self._store = Store(self.db)
        return self._store


pass_ctx = click.make_pass_decorator(Ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    default=default_db_url,
    show_default="$PLANWATCH_DB or sqlite:///planwatch.db",
    help="Store URL: a SQLite file path or URL, or postgresql://user@host/dbname.",
)
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
@click.version_option(__version__, prog_name="planwatch")
@click.pass_context
def cli(ctx: click.Context, db: str, verbose: int) -> None:
    """planwatch: a ledger of targets and results from planning documents.

    Ingest five-year plans, work reports, statistical communiqués and news,
    then list, export and score the quantified facts found in them, each
    traced to its characters in the source.

    Example: planwatch ingest examples/ && planwatch docs
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Ctx(db)
    ctx.call_on_close(lambda: ctx.obj._store and ctx.obj._store.close())


# ---- ingest -------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=int, default=0, help="Worker processes (0: one per core).")
@click.option("--max-size", type=float, default=32, show_default=True,
              help="Largest file accepted, in MiB.")  # fmt: skip
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when the terminal is interactive).")  # fmt: skip
@click.option("--extractor", "extractors", multiple=True, default=("table", "prose"),
              show_default=True,
              help="Extractors to run, by name (repeat the option); see docs/extractors.md.")
@pass_ctx
@fails_cleanly
def ingest(obj: Ctx, paths: tuple[str, ...], workers: int, max_size: float,
           progress: bool | None, extractors: tuple[str, ...]) -> None:  # fmt: skip
    """Read documents into the store and extract their facts.

    PATHS are files (.txt .html .htm .pdf .docx), folders (searched
    recursively) or globs. Unchanged files already stored are skipped; a
    changed file at the same path is stored as a new version. Exit status is
    1 when any file failed.

    Example: planwatch ingest examples/ reports/*.pdf
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from planwatch.ingest import ItemResult, ingest as run_ingest

    from planwatch.extract.base import get as get_extractor

    for name in extractors:
        get_extractor(name)  # an unknown name fails here, before any work
    options = Options(db_url=obj.db, workers=workers, max_file_bytes=int(max_size * 2**20),
                      extractors=tuple(extractors))  # fmt: skip
    show = sys.stderr.isatty() if progress is None else progress
    failures: list[ItemResult] = []
    with Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err_console, disable=not show, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("ingesting", total=None)

        def on_item(item: ItemResult) -> None:
            bar.advance(task)
            if item.status == "failed":
                failures.append(item)
                bar.console.print(f"[red]failed[/red] {escape(item.error or item.path)}")

        summary = run_ingest(paths, obj.store, options,
                             on_total=lambda n: bar.update(task, total=n), on_item=on_item)  # fmt: skip
    if not show:
        for item in failures:
            err_console.print(f"failed {escape(item.error or item.path)}")
    mb = summary.bytes / 1e6
    console.print(
        f"{summary.added} added, {summary.present} already present, {summary.failed} failed; "
        f"{summary.facts} facts found ({mb:.1f} MB in {summary.seconds:.1f} s)"
    )
    if summary.failed:
        sys.exit(1)


# ---- documents ----------------------------------------------------------


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include superseded versions.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON records instead of a table.")
@pass_ctx
@fails_cleanly
def docs(obj: Ctx, show_all: bool, as_json: bool) -> None:
    """List stored documents: id, file, area, type, year or period, size, facts.

    Example: planwatch docs --all
    """
    rows = obj.store.documents(include_superseded=show_all)
    if as_json:
        click.echo(json.dumps([_doc_record(d) for d in rows], ensure_ascii=False, indent=1))
        return
    table = Table("id", "file", "area", "code", "type", "year/period", "chars", "facts",
                  title=f"{len(rows)} documents")  # fmt: skip
    if show_all:
        table.add_column("version")
    for d in rows:
        cells = [str(d.id), escape(d.name), escape(d.area_name or "?"), d.area_code or "",
                 d.doc_type, d.when, f"{d.size_chars:,}", str(d.n_facts)]  # fmt: skip
        if show_all:
            cells.append(f"v{d.version}" + ("" if d.current else f" → {d.superseded_by}"))
        table.add_row(*cells)
    console.print(table)


def _doc_record(d) -> dict[str, Any]:
    rec = {k: getattr(d, k) for k in d.__dataclass_fields__}
    rec["ingested_at"] = d.ingested_at.isoformat()
    return rec


@cli.command()
@click.argument("doc")
@click.option("--depth", type=int, default=3, show_default=True, help="Outline levels shown.")
@pass_ctx
@fails_cleanly
def show(obj: Ctx, doc: str, depth: int) -> None:
    """Print a document's metadata and its outline with character ranges.

    DOC is a document id or file name (see `planwatch docs`).

    Example: planwatch show 000_78da752c5f85d6f1.txt --depth 2
    """
    row = obj.store.find_document(doc)
    d = obj.store.load(row.id)
    meta = d.meta
    area = meta.area
    lines = [
        ("document", f"{row.id}  {d.name}  (v{row.version}{'' if row.current else ', superseded'})"),
        ("title", meta.title or ""),
        ("area", f"{area.name} {area.code}" + "".join(f" → {n} {c}" for c, n in area.parents)
         if area else "unknown"),
        ("type", meta.doc_type.value),
        ("year/period", row.when),
        ("published", meta.published or ""),
        ("format", f"{d.format} {d.encoding or ''}".strip()),
        ("size", f"{len(d.text):,} characters, {row.n_facts} facts"),
        ("contents", f"table of contents at [{d.outline.toc.start}, {d.outline.toc.end})"
         if d.outline.toc else "no table of contents found"),
    ]  # fmt: skip
    for k, v in lines:
        console.print(f"[bold]{k:>12}[/bold]  {escape(v)}")
    tree = Tree(f"outline: {len(d.outline.headings)} headings")
    stack: list[tuple[int, Tree]] = [(0, tree)]
    for h in d.outline.headings:
        if h.level > depth:
            continue
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        node = stack[-1][1].add(
            f"{escape(h.marker)} {escape(h.title)} [dim][{h.section.start}, {h.section.end})[/dim]"
        )
        stack.append((h.level, node))
    console.print(tree)


# ---- facts --------------------------------------------------------------


def _fact_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed([
        click.option("--doc", help="Document id or file name."),
        click.option("--jurisdiction", "-j", help="Area name or code (鹤山市 or 440784)."),
        click.option("--indicator", "-i", help="Text in the indicator name, or a catalog id."),
        click.option("--kind", type=click.Choice(["actual", "target"])),
    ]):  # fmt: skip
        fn = opt(fn)
    return fn


@cli.command()
@_fact_filter_options
@click.option("--limit", type=int, default=200, show_default=True, help="Most rows shown (0: all).")
@pass_ctx
@fails_cleanly
def facts(obj: Ctx, doc: str | None, jurisdiction: str | None, indicator: str | None,
          kind: str | None, limit: int) -> None:  # fmt: skip
    """List facts with their quote, the value highlighted.

    Example: planwatch facts --jurisdiction 鹤山市 --indicator 地区生产总值 --kind target
    """
    from planwatch.store.repo import FactFilter

    flt = FactFilter(doc=doc, jurisdiction=jurisdiction, indicator=indicator, kind=kind,
                     limit=limit or None)  # fmt: skip
    found = obj.store.facts(flt)
    texts: dict[int, str] = {}
    table = Table("doc", "indicator", "kind", "measure", "year", "value", "quote",
                  title=f"{len(found)} facts" + (" (limit reached)" if limit and len(found) == limit
                                                 else ""))  # fmt: skip
    for sf in found:
        f = sf.fact
        if sf.doc_id not in texts:
            texts[sf.doc_id] = obj.store.load(sf.doc_id).text
        table.add_row(
            str(sf.doc_id), escape(f.indicator), f.kind.value, f.measure.value,
            _years(f.year, f.period_start), _value(f), _quote(texts[sf.doc_id], f),
        )  # fmt: skip
    console.print(table)


def _years(year: int | None, start: int | None) -> str:
    if start and year and start != year:
        return f"{start}-{year}"
    return str(year or "")


_CMP = {"eq": "", "ge": "≥", "le": "≤", "approx": "≈"}


def _value(f) -> str:
    v = f"{f.value:g}"
    return f"{_CMP[f.comparator.value]}{v} {f.unit or ''}".strip()


def _quote(text: str, f, width: int = 60) -> Text:
    """The clause with the value in bold; long clauses trimmed around the value."""
    qs, qe = f.quote_start, f.quote_end
    if qe - qs > width:
        qs = max(qs, f.start - width // 2)
        qe = min(qe, max(f.end + width // 2, qs + width))
    out = Text()
    out.append(text[qs : f.start].replace("\n", " "))
    out.append(text[f.start : f.end], style="bold reverse")
    out.append(text[f.end : qe].replace("\n", " "))
    return out


@cli.group()
def export() -> None:
    """Export data from the store."""


@export.command("facts")
@_fact_filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")  # fmt: skip
@pass_ctx
@fails_cleanly
def export_facts(obj: Ctx, doc, jurisdiction, indicator, kind, fmt: str,
                 output: Path | None) -> None:  # fmt: skip
    """Write facts with the DESIGN.md field names, one record each.

    Example: planwatch export facts --format csv -o facts.csv
    """
    from planwatch.export import write_facts
    from planwatch.store.repo import FactFilter

    flt = FactFilter(doc=doc, jurisdiction=jurisdiction, indicator=indicator, kind=kind)
    stream = (sf.fact for sf in obj.store.iter_facts(flt))
    if output:
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as out:
            n = write_facts(stream, fmt, out)
        tmp.replace(output)  # never leave a half-written export behind
        err_console.print(f"{n} facts written to {escape(str(output))}")
    else:
        write_facts(stream, fmt, sys.stdout)


# ---- scoring ------------------------------------------------------------


@cli.command()
@click.argument("predictions")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--misses", type=int, default=20, show_default=True, help="Misses listed (0: none).")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@pass_ctx
@fails_cleanly
def score(obj: Ctx, predictions: str, gold: tuple[Path, ...], misses: int, as_json: bool) -> None:
    """Score extracted facts against gold annotations (see GOLD_SPEC.md).

    PREDICTIONS is an export file (.jsonl, .json or .csv), or `store` for
    the facts in the --db store. GOLD are *.gold.json files or folders.

    Example: planwatch score store ../shared/gold/
    """
    from planwatch.export import read_records
    from planwatch.score import score as run_score

    gold_files: list[Path] = []
    for g in gold:
        gold_files.extend(sorted(g.glob("*.gold.json")) if g.is_dir() else [g])
    if not gold_files:
        raise UsageError("no *.gold.json files among the GOLD arguments")
    if predictions == "store":
        records = [sf.fact.to_record() for sf in obj.store.iter_facts()]
    else:
        records = list(read_records(Path(predictions)))
    report = run_score(records, gold_files)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    _print_score(report.to_dict(), misses)


def _print_score(rep: dict[str, Any], misses: int) -> None:
    table = Table("figure", "value", title="extraction score")
    for key in ("f1", "recall", "precision", "core_recall"):
        table.add_row(key, f"{rep[key]:.3f}")
    for key in ("gold_facts", "core_gold_facts", "predictions_in_passages", "strict", "located"):
        table.add_row(key, str(rep[key]))
    console.print(table)
    fields = rep.get("field_accuracy") or {}
    if fields:
        ft = Table("field", "accuracy on located matches", title="per-field accuracy")
        for k, v in fields.items():
            ft.add_row(k, f"{v:.3f}")
        console.print(ft)
    if misses and rep.get("misses"):
        mt = Table("doc", "gold value", "gold indicator", "nearest prediction", "differs",
                   title=f"misses ({len(rep['misses'])}; first {misses})")  # fmt: skip
        for miss in rep["misses"][:misses]:
            g, near = miss["gold"], miss.get("nearest")
            mt.add_row(
                escape(miss["doc"]), escape(g["value_text"]), escape(g["indicator"]),
                escape(f"{near['indicator']} {near['value']:g}") if near else "(none)",
                ", ".join(miss.get("differs") or []),
            )  # fmt: skip
        console.print(mt)


# ---- tables -------------------------------------------------------------


@cli.command()
@click.argument("doc")
@pass_ctx
@fails_cleanly
def tables(obj: Ctx, doc: str) -> None:
    """Print each indicator table recovered from a document, cell by cell.

    Cells that became facts show the fact's kind, measure and year beneath
    the value; the footer row gives each column's meaning.

    Example: planwatch tables 000_78da752c5f85d6f1.txt
    """
    from planwatch.core.data import ExtractContext
    from planwatch.extract.tables import recover_tables

    row = obj.store.find_document(doc)
    d = obj.store.load(row.id)
    ctx = ExtractContext(doc=d.name, meta=d.meta, outline=d.outline, tables=d.tables)
    found = recover_tables(d.text, ctx)
    if not found:
        console.print(f"no indicator tables found in {escape(d.name)}")
        return
    for t in found:
        console.print(t.to_rich())


# ---- catalog and conflicts ----------------------------------------------


@cli.command()
@click.option("--unresolved", is_flag=True,
              help="List indicator names of stored facts that match no catalog entry.")
@click.option("--template", type=click.Path(dir_okay=False, path_type=Path),
              help="With --unresolved: write a local catalog file to fill in.")
@click.option("--category", help="Only this category (经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障 …).")
@pass_ctx
@fails_cleanly
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
        table = Table("facts", "name", "nearest catalog entry", "similarity",
                      title=f"{len(items)} unresolved indicator names")  # fmt: skip
        for u in items:
            table.add_row(str(u.count), escape(u.name), escape(
                f"{u.nearest_id} ({u.nearest})" if u.nearest_id else ""),
                f"{u.similarity:.2f}" if u.similarity else "")  # fmt: skip
        console.print(table)
        if template:
            template.write_text(local_catalog_template(items), encoding="utf-8")
            err_console.print(f"local catalog template written to {escape(str(template))}")
        return
    if template:
        raise UsageError("--template goes with --unresolved")
    counts = obj.store.indicator_counts()
    catalog = default_catalog()
    table = Table("id", "name", "category", "unit", "better", "core", "facts",
                  title=f"{len(catalog)} catalog indicators; "
                        f"{counts.get(None, 0)} facts unresolved")  # fmt: skip
    for ind in catalog:
        if category and ind.category != category:
            continue
        table.add_row(ind.id, escape(ind.name), escape(ind.category), escape(ind.unit or ""),
                      ind.direction or "", "✓" if ind.core else "",
                      str(counts.get(ind.id, 0)))  # fmt: skip
    console.print(table)


@cli.command()
@click.option("--area", "-a", help="Only this area (name or code).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON records instead of a table.")
@pass_ctx
@fails_cleanly
def conflicts(obj: Ctx, area: str | None, as_json: bool) -> None:
    """List actual figures that documents report differently, with both sources.

    A revision is an estimate (预计) later stated as a final figure; anything
    else is a contradiction.

    Example: planwatch conflicts --area 江门市
    """
    from planwatch.conflicts import find_conflicts

    found = find_conflicts(obj.store, area=area)
    if as_json:
        click.echo(json.dumps([{
            "area": c.area_name, "area_code": c.area_code, "indicator_id": c.indicator_id,
            "measure": c.measure, "year": c.year, "period_start": c.period_start, "kind": c.kind,
            "sources": [{"doc": s.doc.name, "fact_id": s.stored.id, "value": s.stored.fact.value,
                         "unit": s.stored.fact.unit, "estimate": s.estimate, "quote": s.quote}
                        for s in c.sources],
        } for c in found], ensure_ascii=False, indent=1))  # fmt: skip
        return
    if not found:
        console.print("no conflicting actual figures")
        return
    table = Table("area", "indicator", "measure", "year", "kind", "document", "value", "quote",
                  title=f"{len(found)} conflicts")  # fmt: skip
    for c in found:
        for i, src in enumerate(c.sources):
            f = src.stored.fact
            head = [escape(c.area_name or ""), c.indicator_id, c.measure,
                    _years(c.year, c.period_start), c.kind] if i == 0 else [""] * 5  # fmt: skip
            table.add_row(*head, escape(src.doc.name), _value(f),
                          escape(src.quote[:60] + ("…" if len(src.quote) > 60 else "")))  # fmt: skip
    console.print(table)


def main() -> None:
    cli(prog_name="planwatch")


if __name__ == "__main__":
    main()
