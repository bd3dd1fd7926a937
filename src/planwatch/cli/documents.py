"""Commands that read documents in and show them: ingest, docs, show."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from planwatch.cli.base import (
    Consoles,
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
from planwatch.options import MiB, Options

# ---- ingest -------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, help="Worker processes (0: one per core)."
)
@click.option(
    "--nice/--no-nice",
    default=True,
    show_default=True,
    help="Run the worker processes at a lower CPU priority, so a server over the store "
    "keeps answering during the batch.",
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
    nice: bool,
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
    it file by file. What you set wins over detection; a file already
    stored is derived again when what you set is new for it.

    Example: planwatch ingest examples/ reports/*.pdf
    """
    from planwatch.describe.user import user_meta

    user = user_meta(area=area, doc_type=doc_type, year=year, published=published)
    from planwatch.extract.base import check as check_extractor
    from planwatch.ingest import ItemResult
    from planwatch.ingest import ingest as run_ingest

    for name in extractors:
        check_extractor(name)  # an unknown name fails here, before any work
    options = Options(
        db_url=obj.db,
        workers=workers,
        nice=nice,
        max_file_bytes=int(max_size * MiB),
        extractors=tuple(extractors),
        scheduler=scheduler,
    )
    show = sys.stderr.isatty() if progress is None else progress
    # A live display keeps state on its console: give it one console for its whole life.
    # Without one, rich is loaded only to print a failure (a one-file ingest starts sooner).
    with _progress_bar(Consoles.make(stderr=True)) if show else _NoBar(err_console) as bar:
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
    click.echo(_summary_line(summary))  # (plain text: no rich console needed)
    if summary.failed:
        sys.exit(1)


def _progress_bar(bar_console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=bar_console,
        transient=True,
    )


class _NoBar:
    """What ingest asks of its progress bar, when none is shown: rich's progress module
    is not imported (about 40 ms of a one-file ingest's start)."""

    def __init__(self, bar_console) -> None:
        self.console = bar_console  # failures are still printed, as they happen

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *args: Any, **kwargs: Any) -> int:
        return 0

    def advance(self, *args: Any) -> None:
        pass

    def update(self, *args: Any, **kwargs: Any) -> None:
        pass


def _summary_line(summary) -> str:
    """The line an ingest ends with: what happened to the batch's files."""
    mb = summary.bytes / 1e6
    again = f", {summary.rederived} derived again with what you set" if summary.rederived else ""
    return (
        f"{summary.added} added, {summary.present} already present{again}, "
        f"{summary.failed} failed; "
        f"{summary.facts} facts found ({mb:.1f} MB in {summary.seconds:.1f} s)"
    )


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
            + (by_user("area") or _area_words(meta))
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
    from rich.tree import Tree

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


def _area_words(meta: Any) -> str:
    """The words the area was read from: (from 鹤山市人民政府 at 12, 鹤山 in the title)."""
    words = [
        f"{e.text} at {e.start}" if e.start is not None else f"{e.text} in the {e.basis}"
        for e in meta.evidence
        if e.field == "area"
    ]
    return f"  (from {', '.join(words)})" if words else ""


def _reference_line(meta: Any) -> str:
    """The reference date and the words it was read from: 2024-01-10 (meeting_line 2024年1月10日)."""
    if not meta.reference_date:
        return ""
    ev = next((e for e in meta.evidence if e.field == "reference_date"), None)
    why = f" ({ev.basis} {ev.text})".rstrip() if ev else ""
    return f"{meta.reference_date}{why.replace(' )', ')')}"
