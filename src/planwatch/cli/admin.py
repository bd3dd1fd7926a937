"""Commands that change a document or serve the store: set-area, serve."""

from __future__ import annotations

import click

from planwatch.cli.base import (
    Ctx,
    cli,
    console,
    fails_cleanly,
    pass_ctx,
)
from planwatch.core.errors import UsageError


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
    # Changed in place (no newer id tells it): the stored evaluations of every area
    # the document or its facts were or are now about are dropped.
    from planwatch.store.evalstore import forget_evaluations

    touched = {row.area_code, new_area.code}
    touched |= {sf.fact.jurisdiction_code for sf in stored} | {f.jurisdiction_code for f in refiled}
    forget_evaluations(obj.store, sorted(c for c in touched if c))
    console.print(
        f"{row.name}: area set to {new_area.name} {new_area.code}; {moved} facts re-filed"
    )


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
