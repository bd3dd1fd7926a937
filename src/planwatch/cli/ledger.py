"""Commands over the ledger: conflicts, series, evaluate, report."""

from __future__ import annotations

import json
from pathlib import Path

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
    value_cell,
    years_cell,
)
from planwatch.core.errors import PlanwatchError, UsageError

# ---- conflicts ----------------------------------------------------------


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
                    years_cell(c.year, c.period_start),
                    c.kind,
                ]
                if i == 0
                else [""] * 5
            )
            table.add_row(
                *head,
                escape(src.doc.name),
                value_cell(f),
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
            years_cell(r.year, r.period_start),
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
    from planwatch.evaluate import completion_table, evaluate_area
    from planwatch.evaluated import current_evaluations as evaluate_many  # kept in the store

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
    _print_evaluation(ev)
    # A city or province: its counties' summaries side by side, below its own.
    children = [
        e
        for e in evaluate_many(obj.store, parent=ev.area.code, as_of=as_of)
        if e.area.code != ev.area.code
    ]
    if children:
        _print_side_by_side(children, f"areas within {ev.area.name}")


def _print_evaluation(ev) -> None:
    """One area's evaluation: its heading, summary line and a row per target."""
    console.print(
        f"[bold]{escape(ev.area.name)} {ev.area.code}[/bold] · plan: "
        f"{escape(ev.plan.name if ev.plan else 'none')} · as of {ev.as_of or '—'}"
    )
    console.print(escape(ev.summary_line()))
    # On a narrow terminal the progress columns give way to what matters most.
    wide = Consoles.make().width >= 140
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
            f"{value_cell(r.target)} ({r.target_year or ''})",
            f"{r.base_value:g} ({r.base_year})" if r.base_value is not None else "",
            f"{value_cell(latest)} ({latest.year})" if latest is not None else "",
            *progress,
            f"[{style}]{r.status.value}[/{style}]" if style else r.status.value,
            _rate(r.needed_growth),
            escape(_clip(r.explanation, 60)),
        )
    console.print(table)


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
