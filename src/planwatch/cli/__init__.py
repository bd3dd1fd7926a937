"""The ``planwatch`` command line: thin commands over the library.

Each command parses its arguments, calls one library function and renders
the result; a PlanwatchError becomes ``Error: …`` and exit status 1.

The group, its options, consoles and error handling are in ``base``; each
module below registers one group of commands on it when imported.
"""

from __future__ import annotations

from planwatch.cli import admin, catalog, documents, facts, ledger, scoring  # noqa: F401  (registers the commands)
from planwatch.cli.base import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="planwatch")
