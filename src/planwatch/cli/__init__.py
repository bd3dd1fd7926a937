"""The ``planwatch`` command line: thin commands over the library.

Each command parses its arguments, calls one library function and renders
the result; a PlanwatchError becomes ``Error: …`` and exit status 1.

The group, its options, consoles and error handling are in ``base``; each
module below registers one group of commands on it when imported.
"""

from __future__ import annotations

from planwatch.core import recache

# The command line keeps compiled regular expressions between runs, so a new process
# starts in about half the time (planwatch.core.recache). It is installed here, by the
# application, before the command modules compile their patterns — not on importing the
# library, which leaves ``re`` as it finds it in other programs.
recache.install()

from planwatch.cli import admin, catalog, documents, facts, ledger, scoring  # noqa: E402, F401  (registers the commands)
from planwatch.cli.base import cli  # noqa: E402

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="planwatch")
