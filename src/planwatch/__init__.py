"""planwatch: a ledger of targets and results from Chinese planning documents."""

from planwatch.core import recache as _recache

__version__ = "0.1.0"

# Compiled regular expressions are kept between runs (before any module compiles one):
# a fresh process then starts in about half the time; see planwatch.core.recache.
_recache.install()
