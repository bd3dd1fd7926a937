"""The score command: extracted facts against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from planwatch.cli.base import (
    Ctx,
    Table,
    cli,
    console,
    escape,  # (rich is loaded on first use)
    fails_cleanly,
    pass_ctx,
)
from planwatch.core.errors import UsageError

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
