"""Shared parts of the command line: the group, its options, consoles and error handling.

Each command parses its arguments, calls one library function and renders
the result; a PlanwatchError becomes ``Error: …`` and exit status 1.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # rich is imported when something is printed: ``--help`` starts fast
    from rich.console import Console
    from rich.table import Table as RichTable

from planwatch import __version__
from planwatch.core.errors import PlanwatchError
from planwatch.options import default_db_url


class Consoles:
    """Rich consoles made at print time (tests swap sys.stdout), wide when piped.

    In a terminal rich fits tables to its width; in a pipe or file there is no
    width to fit, so tables keep their cells whole instead of eliding them.
    """

    @staticmethod
    def make(stderr: bool = False) -> Console:
        stream = sys.stderr if stderr else sys.stdout
        width = None if stream.isatty() else 240
        from rich.console import Console

        return Console(file=stream, highlight=False, width=width, soft_wrap=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.make(self._stderr), name)

    def __init__(self, stderr: bool = False) -> None:
        self._stderr = stderr


def Table(*headers: str, **kwargs: Any) -> RichTable:
    """A rich table whose cells wrap rather than end in "…" on a narrow terminal."""
    from rich.table import Table as RichTable

    table = RichTable(**kwargs)
    for h in headers:
        table.add_column(h, overflow="fold")
    return table


def escape(text: str) -> str:
    """``text`` with rich's markup characters escaped (rich loaded on first use)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


console: Any = Consoles()
err_console: Any = Consoles(stderr=True)


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


# Cells shared by several listings.


def years_cell(year: int | None, start: int | None) -> str:
    if start and year and start != year:
        return f"{start}-{year}"
    return str(year or "")


_CMP = {"eq": "", "ge": "≥", "le": "≤", "approx": "≈"}


def value_cell(f) -> str:
    v = f"{f.value:g}"
    return f"{_CMP[f.comparator.value]}{v} {f.unit or ''}".strip()
