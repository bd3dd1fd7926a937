"""planwatch: a ledger of targets and results from Chinese planning documents."""

__version__ = "0.1.0"
