"""Commands that change a document or serve the store: set, serve."""

from __future__ import annotations

import click

from planwatch.cli.base import (
    Ctx,
    cli,
    console,
    escape,  # (rich is loaded on first use)
    fails_cleanly,
    pass_ctx,
)
from planwatch.core.errors import UsageError


@cli.command("set")
@click.argument("doc")
@click.option("--area", help="The document's area, by name or code (鹤山市, 440784, 全国).")
@click.option("--type", "doc_type", help="Its document type (work_report, plan_outline …).")
@click.option("--year", help="Its report year.")
@click.option("--published", help="Its publication date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option(
    "--unset",
    multiple=True,
    metavar="FIELD",
    help="Return a field (area, type, year, published) to detection; so does an empty value.",
)
@pass_ctx
@fails_cleanly
def set_fields(
    obj: Ctx,
    doc: str,
    area: str | None,
    doc_type: str | None,
    year: str | None,
    published: str | None,
    unset: tuple[str, ...],
) -> None:
    """Correct a document's area, type or date; its facts are derived again.

    DOC is a document id or file name. The stored text goes through the same
    analysis as at ingest with what you set (and what you set before), and the
    document's facts, outline and tables are replaced at once; corrections of
    its facts move to the same figure. `planwatch show` marks the fields as
    set by the user.

    `--unset area` (or `--area ''`) returns the area to detection.

    Example: planwatch set 3 --type work_report --published 2023-01-12
    """
    from planwatch.describe.user import parse_unset, user_meta

    values = {"area": area, "type": doc_type, "year": year, "published": published}
    cleared = parse_unset(values, unset)
    given = {k: None if k in cleared else v for k, v in values.items()}
    user = user_meta(
        area=given["area"], doc_type=given["type"], year=given["year"], published=given["published"]
    )
    _rederive(obj, doc, user, cleared)


def _rederive(obj: Ctx, doc: str, user, cleared: frozenset[str] = frozenset()) -> None:
    from planwatch.reresolve import rederive

    done = rederive(obj.store, doc, user, unset=cleared)
    before, after = done.before, done.after
    changed = [f"{name} back to detection ({_shown(after, name)})" for name in sorted(cleared)]
    if user.area is not None:
        changed.append(f"area set to {after.area.name} {after.area.code}")
    if user.doc_type is not None:
        changed.append(f"type {before.doc_type.value} → {after.doc_type.value}")
    if user.year is not None:
        changed.append(f"year {before.year or '?'} → {after.year}")
    if user.published is not None:
        changed.append(f"published {before.published or '?'} → {after.published}")
    kb, ka = done.kinds_before, done.kinds_after
    console.print(
        escape(
            f"{done.name}: {', '.join(changed)}; facts derived again: "
            f"{sum(kb.values())} → {sum(ka.values())} "
            f"(targets {kb['target']} → {ka['target']}, actuals {kb['actual']} → {ka['actual']})"
        )
    )
    if done.reattached:
        console.print(f"{done.reattached} corrections kept on the same figures")
    for fix in done.dropped:
        what = "marked wrong" if fix.wrong else f"{fix.field} = {fix.value}"
        console.print(
            escape(
                f"correction {fix.id} of fact {fix.fact_id} ({what}, by {fix.author}) dropped: "
                "its figure is no longer found"
            )
        )


def _shown(meta, field: str) -> str:
    """A described document's field as `set` reports it."""
    if field == "area":
        return f"{meta.area.name} {meta.area.code}" if meta.area else "none found"
    value = meta.doc_type.value if field == "type" else getattr(meta, field)
    return str(value) if value is not None else "none found"


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
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    help="Server processes sharing the port and the store (0: one per core, at most 8).",
)
@pass_ctx
@fails_cleanly
def serve(obj: Ctx, host: str, port: int, allowed_hosts: tuple[str, ...], workers: int) -> None:
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
    run_server(obj.db, host=host, port=port, allowed_hosts=allowed_hosts, workers=workers)
