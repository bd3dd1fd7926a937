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
from rich.table import Table as RichTable
from rich.text import Text
from rich.tree import Tree

from planwatch import __version__
from planwatch.core.data import TableRecord
from planwatch.core.errors import PlanwatchError, UsageError
from planwatch.options import MiB, Options, default_db_url


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


def Table(*headers: str, **kwargs: Any) -> RichTable:
    """A rich table whose cells wrap rather than end in "…" on a narrow terminal."""
    table = RichTable(**kwargs)
    for h in headers:
        table.add_column(h, overflow="fold")
    return table


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
        except OSError as exc:  # an output file in a missing folder, a full disk ...
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc

    return wrapper


def hints_when_empty(fn: Callable[..., Any]) -> Callable[..., Any]:
    """After a listing, tell a newcomer how to fill an empty store.

    On stderr, so that JSON and CSV on stdout stay clean. Most often the store is empty
    because ``--db`` or ``$PLANWATCH_DB`` names another file than the user meant.
    """

    @functools.wraps(fn)
    def wrapper(obj: Ctx, *args: Any, **kwargs: Any) -> Any:
        result = fn(obj, *args, **kwargs)
        if not obj.store.has_documents():
            err_console.print(
                f"no documents yet in {escape(obj.db)} — try: planwatch ingest examples/ "
                "(or check --db / $PLANWATCH_DB)"
            )
        return result

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
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per core)."
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0.001),
    default=Options.max_file_bytes / MiB,
    show_default=True,
    help="Largest file accepted, in MiB.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when the terminal is interactive).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Analyse on a Dask distributed cluster (tcp://host:8786); needs planwatch[dask].",
)
@click.option(
    "--extractor",
    "extractors",
    multiple=True,
    default=Options.extractors,
    show_default=True,
    help="Extractors to run, by name (repeat the option); see docs/extractors.md.",
)
@click.option("--area", help="The batch's area, by name or code (鹤山市, 440784, 全国).")
@click.option("--type", "doc_type", help="The batch's document type (work_report, communique …).")
@click.option("--year", help="The batch's report year.")
@click.option("--published", help="The batch's publication date (YYYY-MM-DD, YYYY-MM or YYYY).")
@pass_ctx
@fails_cleanly
def ingest(
    obj: Ctx,
    paths: tuple[str, ...],
    workers: int,
    max_size: float,
    progress: bool | None,
    scheduler: str | None,
    extractors: tuple[str, ...],
    area: str | None,
    doc_type: str | None,
    year: str | None,
    published: str | None,
) -> None:
    """Read documents into the store and extract their facts.

    PATHS are files (.txt .html .htm .pdf .docx), folders (searched
    recursively) or globs. Unchanged files already stored are skipped; a
    changed file at the same path is stored as a new version. Exit status is
    1 when any file failed.

    --area/--type/--year/--published say what the whole batch is; a
    metadata.csv in a folder (columns file, area, type, year, published) says
    it file by file. What you set wins over detection.

    Example: planwatch ingest examples/ reports/*.pdf
    """
    from planwatch.describe.user import user_meta

    user = user_meta(area=area, doc_type=doc_type, year=year, published=published)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from planwatch.extract.base import get as get_extractor
    from planwatch.ingest import ItemResult
    from planwatch.ingest import ingest as run_ingest

    for name in extractors:
        get_extractor(name)  # an unknown name fails here, before any work
    options = Options(
        db_url=obj.db,
        workers=workers,
        max_file_bytes=int(max_size * MiB),
        extractors=tuple(extractors),
        scheduler=scheduler,
    )
    show = sys.stderr.isatty() if progress is None else progress
    # A live display keeps state on its console: give it one console for its whole life.
    bar_console = _Consoles.make(stderr=True)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=bar_console,
        disable=not show,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_item(item: ItemResult) -> None:
            bar.advance(task)
            if item.status == "failed":  # printed as it happens, above the bar
                bar.console.print(f"[red]failed[/red] {escape(item.error or item.path)}")

        summary = run_ingest(
            paths,
            obj.store,
            options,
            user=user or None,
            on_total=lambda n: bar.update(task, total=n),
            on_item=on_item,
        )
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
@hints_when_empty
def docs(obj: Ctx, show_all: bool, as_json: bool) -> None:
    """List stored documents: id, file, area, type, year or period, size, facts.

    Example: planwatch docs --all
    """
    rows = obj.store.documents(include_superseded=show_all)
    if as_json:
        click.echo(json.dumps([_doc_record(d) for d in rows], ensure_ascii=False, indent=1))
        return
    table = Table(
        "id",
        "file",
        "area",
        "code",
        "type",
        "year/period",
        "chars",
        "facts",
        title=f"{len(rows)} documents",
    )
    if show_all:
        table.add_column("version")
    for d in rows:
        cells = [
            str(d.id),
            escape(d.name),
            escape(d.area_name or "?"),
            d.area_code or "",
            d.doc_type,
            d.when,
            f"{d.size_chars:,}",
            str(d.n_facts),
        ]
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
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Outline levels shown.",
)
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

    def by_user(field: str) -> str:
        return "  (set by the user)" if field in meta.user_set else ""

    lines = [
        (
            "document",
            f"{row.id}  {d.name}  (v{row.version}{'' if row.current else ', superseded'})",
        ),
        ("title", meta.title or ""),
        (
            "area",
            (f"{area.name} {area.code}" + "".join(f" → {n} {c}" for c, n in area.parents))
            + by_user("area")
            if area
            else "unknown",
        ),
        ("type", meta.doc_type.value + by_user("type")),
        ("year/period", row.when + by_user("year")),
        ("published", (meta.published or "") + by_user("published")),
        ("reference", _reference_line(meta)),
        ("format", f"{d.format} {d.encoding or ''}".strip()),
        ("size", f"{len(d.text):,} characters, {row.n_facts} facts"),
        (
            "contents",
            f"table of contents at [{d.outline.toc.start}, {d.outline.toc.end})"
            if d.outline.toc
            else "no table of contents found",
        ),
    ]
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
            f"{escape(f'{h.marker} {h.title}'.strip())} [dim][{h.section.start}, {h.section.end})[/dim]"
        )
        stack.append((h.level, node))
    console.print(tree)


@cli.command("set-area")
@click.argument("doc")
@click.argument("area")
@pass_ctx
@fails_cleanly
def set_area(obj: Ctx, doc: str, area: str) -> None:
    """Correct a document's area; its facts' jurisdictions are derived again.

    DOC is a document id or file name; AREA a name or 6-digit code. The area
    is recorded as set by the user (`planwatch show`). Figures whose clause
    names another area keep that area.

    Example: planwatch set-area 3 鹤山市
    """
    from planwatch.describe.subjects import assign_jurisdictions
    from planwatch.describe.user import parse_area
    from planwatch.store.repo import FactFilter

    new_area = parse_area(area)
    row = obj.store.find_document(doc)
    text = obj.store.load(row.id).text
    stored = obj.store.facts(
        FactFilter(doc=str(row.id), include_superseded=True, include_rejected=True)
    )
    refiled = assign_jurisdictions(text, [sf.fact for sf in stored], new_area)
    obj.store.set_document_area(
        row.id,
        new_area,
        [
            (sf.id, f.jurisdiction, f.jurisdiction_code)
            for sf, f in zip(stored, refiled, strict=True)
        ],
    )
    moved = sum(
        1
        for sf, f in zip(stored, refiled, strict=True)
        if sf.fact.jurisdiction_code != f.jurisdiction_code
    )
    console.print(
        f"{row.name}: area set to {new_area.name} {new_area.code}; {moved} facts re-filed"
    )


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
            _years(f.year, f.period_start),
            _value(f),
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
    from planwatch.evaluate import evaluate_many
    from planwatch.export import EVALUATION_FIELDS, evaluation_records, write_records

    rows = evaluation_records(evaluate_many(obj.store, as_of=as_of))
    _write_out(output, "targets", lambda out: write_records(rows, EVALUATION_FIELDS, fmt, out))


@export.command("sqlite")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@fails_cleanly
@hints_when_empty
def export_sqlite(obj: Ctx, output: Path) -> None:
    """Copy the whole store (SQLite or PostgreSQL) into a new SQLite file.

    The copy opens in Datasette, sqlite-utils, DuckDB or pandas; its tables and views
    are documented in docs/schema.md.

    Example: planwatch export sqlite planwatch-copy.db
    """
    from planwatch.store.snapshot import copy_to_sqlite

    counts = copy_to_sqlite(obj.store.engine, output)
    err_console.print(
        f"{counts['documents']} documents and {counts['facts']} facts copied to "
        f"{escape(str(output))}"
    )


def _reference_line(meta: Any) -> str:
    """The reference date and the words it was read from: 2024-01-10 (meeting_line 2024年1月10日)."""
    if not meta.reference_date:
        return ""
    ev = next((e for e in meta.evidence if e.field == "reference_date"), None)
    why = f" ({ev.basis} {ev.text})".rstrip() if ev else ""
    return f"{meta.reference_date}{why.replace(' )', ')')}"


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
    documents = None
    if predictions == "store":
        records = [sf.fact.to_record() for sf in obj.store.iter_facts()]
        documents = _stored_documents(obj)
    else:
        records = list(read_records(Path(predictions)))
    try:
        report = run_score(records, gold_files, documents)
    except (ValueError, KeyError, TypeError) as exc:  # JSON that is no gold file
        names = ", ".join(str(g) for g in gold_files)
        raise UsageError(
            f"cannot read the gold files ({names}): {type(exc).__name__}: {exc}; "
            "give *.gold.json files in the GOLD_SPEC.md format"
        ) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    _print_score(report.to_dict(), misses)


def _stored_documents(obj: Ctx) -> dict[str, dict[str, Any]]:
    """The stored documents' genre, reference year and area, by file name, for scoring."""
    return {
        d.name: {
            "genre": d.doc_type,
            "reference_year": int(d.reference_date[:4]) if d.reference_date else None,
            "area_code": d.area_code,
        }
        for d in obj.store.documents()
    }


def _print_score_breakdowns(rep: dict[str, Any]) -> None:
    """Per-genre figures and document-level accuracy, as tables."""
    if len(rep.get("by_genre") or {}) > 1:
        gt = Table(
            "genre",
            "gold",
            "located",
            "F1",
            "recall",
            "precision",
            "kind",
            "year",
            "measure",
            title="by genre",
        )
        for genre, g in rep["by_genre"].items():
            acc = g["field_accuracy"]
            gt.add_row(
                genre,
                str(g["gold_facts"]),
                str(g["located"]),
                *(f"{g[k]:.3f}" for k in ("f1", "recall", "precision")),
                *(f"{acc[k]:.3f}" for k in ("kind", "year", "measure")),
            )
        console.print(gt)
    if rep.get("documents"):
        dt = Table("document field", "right", "of", "accuracy", title="documents")
        for name, d in rep["documents"].items():
            dt.add_row(name, str(d["right"]), str(d["total"]), f"{d['accuracy']:.3f}")
        console.print(dt)


def _print_document_errors(rep: dict[str, Any], limit: int) -> None:
    errors = rep.get("document_errors") or []
    if not (limit and errors):
        return
    et = Table("doc", "field", "gold", "predicted", title=f"document misses ({len(errors)})")
    for e in errors[:limit]:
        et.add_row(
            escape(e["doc"]), e["field"], escape(str(e["gold"])), escape(str(e["predicted"]))
        )
    console.print(et)


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
    _print_score_breakdowns(rep)
    _print_document_errors(rep, misses)
    if misses and rep.get("misses"):
        mt = Table(
            "doc",
            "gold value",
            "gold indicator",
            "nearest prediction",
            "differs",
            title=f"misses ({len(rep['misses'])}; first {misses})",
        )
        for miss in rep["misses"][:misses]:
            g, near = miss["gold"], miss.get("nearest")
            mt.add_row(
                escape(miss["doc"]),
                escape(g["value_text"]),
                escape(g["indicator"]),
                escape(f"{near['indicator']} {near['value']:g}") if near else "(none)",
                ", ".join(miss.get("differs") or []),
            )
        console.print(mt)


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


# ---- catalog and conflicts ----------------------------------------------


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
    console.print(
        f"{summary.changed} of {summary.facts} facts changed; resolved to a catalog id: "
        f"{summary.resolved_before} before, {summary.resolved_after} now"
    )


@cli.command()
@click.option("--area", "-a", help="Only this area (name or code).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON records instead of a table.")
@pass_ctx
@fails_cleanly
@hints_when_empty
def conflicts(obj: Ctx, area: str | None, as_json: bool) -> None:
    """List actual figures that documents report differently, with both sources.

    A revision is an estimate (预计) later stated as a final figure; anything
    else is a contradiction.

    Example: planwatch conflicts --area 江门市
    """
    from planwatch.conflicts import find_conflicts

    found = find_conflicts(obj.store, area=area)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "area": c.area_name,
                        "area_code": c.area_code,
                        "indicator_id": c.indicator_id,
                        "measure": c.measure,
                        "year": c.year,
                        "period_start": c.period_start,
                        "kind": c.kind,
                        "sources": [
                            {
                                "doc": s.doc.name,
                                "fact_id": s.stored.id,
                                "value": s.stored.fact.value,
                                "unit": s.stored.fact.unit,
                                "estimate": s.estimate,
                                "quote": s.quote,
                            }
                            for s in c.sources
                        ],
                    }
                    for c in found
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    if not found:
        console.print("no conflicting actual figures")
        return
    table = Table(
        "area",
        "indicator",
        "measure",
        "year",
        "kind",
        "document",
        "value",
        "quote",
        title=f"{len(found)} conflicts",
    )
    for c in found:
        for i, src in enumerate(c.sources):
            f = src.stored.fact
            head = (
                [
                    escape(c.area_name or ""),
                    c.indicator_id,
                    c.measure,
                    _years(c.year, c.period_start),
                    c.kind,
                ]
                if i == 0
                else [""] * 5
            )
            table.add_row(
                *head,
                escape(src.doc.name),
                _value(f),
                escape(src.quote[:60] + ("…" if len(src.quote) > 60 else "")),
            )
    console.print(table)


# ---- series, evaluation and reports -------------------------------------


@cli.command()
@click.argument("area")
@click.argument("indicator")
@click.option("--children", is_flag=True, help="Include the figures of the area's counties.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON records instead of a table.")
@pass_ctx
@fails_cleanly
@hints_when_empty
def series(obj: Ctx, area: str, indicator: str, children: bool, as_json: bool) -> None:
    """Print an indicator's year-by-year ledger in an area, each figure with its source.

    AREA is a name or a 6-digit code; INDICATOR a catalog id or any wording
    of it (地区生产总值, GDP, 规上工业增加值).

    Example: planwatch series 鹤山市 地区生产总值
    """
    from planwatch.evaluate.series import series as build_series

    s = build_series(obj.store, area, indicator, include_children=children)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "area": s.area,
                    "area_code": s.area_code,
                    "indicator_id": s.indicator_id,
                    "rows": s.to_records(),
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    table = Table(
        "year",
        *(["area"] if children else []),
        "kind",
        "measure",
        "value",
        f"in {s.unit or 'its unit'}",
        "document",
        "quote",
        title=f"{s.area} {s.area_code} · {s.indicator_name} ({s.indicator_id}): "
        f"{len(s.rows)} figures",
    )
    for r in s.rows:
        canon = (
            f"{r.canonical_value:g}"
            if r.canonical_value is not None and r.measure != "growth"
            else ""
        )
        table.add_row(
            _years(r.year, r.period_start),
            *([escape(r.area)] if children else []),
            r.kind,
            r.measure,
            escape(r.value_text),
            canon,
            escape(r.doc),
            escape(_clip(r.quote, 50)),
        )
    console.print(table)


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


_STATUS_STYLE = {
    "on_track": "green",
    "ahead": "bold green",
    "achieved_early": "bold green",
    "met": "green",
    "behind": "bold red",
    "missed": "red",
    "no_data": "dim",
}


def _pct(x: float | None) -> str:
    """A fraction (progress 0.4) as a percentage."""
    return "" if x is None else f"{x * 100:.1f}%"


def _rate(x: float | None) -> str:
    """A growth rate already in percent (7.09) as printed."""
    return "" if x is None else f"{x:.2f}%"


@cli.command()
@click.argument("area", required=False)
@click.option("--plan", help="The five-year plan to evaluate (document id or name).")
@click.option(
    "--as-of",
    "as_of",
    type=click.IntRange(1949, 2100),
    help="Judge as of this year (default: latest data).",
)
@click.option(
    "--all",
    "all_areas",
    is_flag=True,
    help="Every area in the store, or with AREA its counties too, side by side.",
)
@click.option(
    "--completion",
    is_flag=True,
    help="Print the ended plan's 主要目标完成情况表 regenerated from data.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@pass_ctx
@fails_cleanly
@hints_when_empty
def evaluate(
    obj: Ctx,
    area: str | None,
    plan: str | None,
    as_of: int | None,
    all_areas: bool,
    completion: bool,
    fmt: str,
) -> None:
    """Judge each target of an area's plan: on track, behind, achieved early, no data.

    Growth targets are judged on reported real growth rates; the growth still
    needed each remaining year is given. With --all (or a city and --all),
    every area's summary is shown side by side; --completion prints the
    ended plan's completion table (规划目标值 vs 实际完成情况).

    Example: planwatch evaluate 鹤山市 --as-of 2022
    """
    from planwatch.evaluate import completion_table, evaluate_area, evaluate_many

    if completion:
        if not area or all_areas:
            raise UsageError("--completion needs one AREA")
        _print_completion(completion_table(obj.store, area, plan), fmt)
        return
    if all_areas or area is None:
        if plan:
            raise UsageError("--plan goes with one AREA, not with --all")
        many = evaluate_many(obj.store, parent=area, as_of=as_of)
        if fmt == "json":
            click.echo(json.dumps([e.to_dict() for e in many], ensure_ascii=False, indent=1))
            return
        _print_side_by_side(many, f"{len(many)} areas")
        return
    ev = evaluate_area(obj.store, area, plan=plan, as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=1))
        return
    console.print(
        f"[bold]{escape(ev.area.name)} {ev.area.code}[/bold] · plan: "
        f"{escape(ev.plan.name if ev.plan else 'none')} · as of {ev.as_of or '—'}"
    )
    console.print(escape(ev.summary_line()))
    # On a narrow terminal the progress columns give way to what matters most.
    wide = _Consoles.make().width >= 140
    headers = [
        "indicator",
        "measure",
        "target",
        "base",
        "latest actual",
        *(["expected", "actual"] if wide else []),
        "status",
        "needed/yr",
        "why",
    ]
    table = Table(*headers)
    for r in ev.rows:
        latest = r.latest_actual
        style = _STATUS_STYLE.get(r.status.value, "")
        progress = [_pct(r.expected_progress), _pct(r.actual_progress)] if wide else []
        table.add_row(
            escape(r.indicator),
            r.measure,
            f"{_value(r.target)} ({r.target_year or ''})",
            f"{r.base_value:g} ({r.base_year})" if r.base_value is not None else "",
            f"{_value(latest)} ({latest.year})" if latest is not None else "",
            *progress,
            f"[{style}]{r.status.value}[/{style}]" if style else r.status.value,
            _rate(r.needed_growth),
            escape(_clip(r.explanation, 60)),
        )
    console.print(table)
    # A city or province: its counties' summaries side by side, below its own.
    children = [
        e
        for e in evaluate_many(obj.store, parent=ev.area.code, as_of=as_of)
        if e.area.code != ev.area.code
    ]
    if children:
        _print_side_by_side(children, f"areas within {ev.area.name}")


def _print_side_by_side(many: list, title: str) -> None:
    table = Table(
        "area",
        "code",
        "plan",
        "as of",
        "targets",
        "on track",
        "ahead",
        "behind",
        "achieved early",
        "met",
        "missed",
        "no data",
        "summary",
        title=title,
    )
    for e in many:
        c = e.summary.to_record()
        table.add_row(
            escape(e.area.name),
            e.area.code,
            escape(e.plan.name if e.plan else "—"),
            str(e.as_of or ""),
            str(c["total"]),
            *(
                str(c[k])
                for k in (
                    "on_track",
                    "ahead",
                    "behind",
                    "achieved_early",
                    "met",
                    "missed",
                    "no_data",
                )
            ),
            escape(e.summary_line()),
        )
    console.print(table)


def _print_completion(table_data, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(table_data.to_records(), ensure_ascii=False, indent=1))
        return
    grid = table_data.to_grid()
    if not table_data.rows:
        why = "; ".join(table_data.notes) or "no ended plan with targets and results for this area"
        console.print(f"no completion table: {escape(why)}")
        return
    top, sub, *rows = grid
    table = Table(
        *(f"{a}\n{b}".strip() for a, b in zip(top, sub, strict=True)), title=table_data.title
    )
    for row in rows:
        table.add_row(*(escape(f"{c:g}" if isinstance(c, float) else str(c)) for c in row))
    console.print(table)


@cli.command()
@click.argument("area")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "xlsx", "md"]), default="html", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: <area>-report.<format>).",
)
@click.option("--plan", help="The five-year plan to evaluate (document id or name).")
@click.option("--as-of", "as_of", type=click.IntRange(1949, 2100), help="Judge as of this year.")
@pass_ctx
@fails_cleanly
@hints_when_empty
def report(
    obj: Ctx, area: str, fmt: str, output: Path | None, plan: str | None, as_of: int | None
) -> None:
    """Write an evaluation report: summary, every target with status, charts, sources.

    HTML is one self-contained file that works offline; XLSX has one sheet
    per section with numeric cells; Markdown suits a repository or chat.

    Example: planwatch report 鹤山市 --format html -o heshan.html
    """
    from planwatch.evaluate import completion_table, evaluate_area
    from planwatch.report import render_report

    ev = evaluate_area(obj.store, area, plan=plan, as_of=as_of)
    try:
        completion = completion_table(obj.store, area, plan)
    except PlanwatchError:
        completion = None  # no ended plan with a completion table for this area
    data = render_report(ev, fmt, completion=completion)
    output = output or Path(f"{ev.area.name}-report.{fmt}")
    tmp = output.with_name(output.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(output)
    size = f"{len(data) / 1e6:.1f} MB" if len(data) >= 1e6 else f"{len(data) / 1e3:.0f} kB"
    err_console.print(f"report written to {escape(str(output))} ({size})")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on.",
)
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    help="Another host name the app is reached under (repeatable); the bind address and "
    "localhost are always allowed, other Host headers are refused.",
)
@pass_ctx
@fails_cleanly
def serve(obj: Ctx, host: str, port: int, allowed_hosts: tuple[str, ...]) -> None:
    """Start the web app and JSON API over the store (works offline).

    Example: planwatch serve --port 8000
    """
    import socket

    from planwatch.web import serve as run_server

    _ = obj.store  # open and migrate the store first, so a bad --db fails here
    with socket.socket() as probe:  # a clear message rather than uvicorn's exit 3
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise UsageError(
                f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port"
            ) from exc
    run_server(obj.db, host=host, port=port, allowed_hosts=allowed_hosts)


def main() -> None:
    cli(prog_name="planwatch")


if __name__ == "__main__":
    main()
