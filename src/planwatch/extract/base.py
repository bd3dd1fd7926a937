"""The extractor interface and how several extractors' facts are merged.

An extractor is any object with a ``name`` and an ``extract(text, ctx)``
method returning facts grounded in ``text`` (the document's stored text).
The default extractors are deterministic and offline: ``table`` (indicator
tables) and ``prose`` (sentences). Others (a model-backed one, say) register
under their own name and are scored by the same ``planwatch score``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from planwatch.core.data import ExtractContext, Fact


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, text: str, ctx: ExtractContext) -> list[Fact]:
        """Every fact found in ``text``; each fact's span indexes ``text``."""
        ...


# name -> zero-argument factory; filled by register() at import time of each module.
_REGISTRY: dict[str, Callable[[], Extractor]] = {}


def register(name: str, factory: Callable[[], Extractor]) -> None:
    _REGISTRY[name] = factory


def available() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def check(name: str) -> None:
    """UsageError unless ``name`` is an extractor: a built-in one is known by name, without
    importing its module (a batch whose files are all stored never needs it)."""
    if name not in _REGISTRY and name not in _BUILTINS:
        get(name)


def get(name: str) -> Extractor:
    if name not in _REGISTRY and name in _BUILTINS:
        # Only the named extractor's module: the default run never imports the
        # model client (http and JSON machinery), which cost each worker's start.
        _load_builtins((_BUILTINS[name],))
    if name not in _REGISTRY:
        _load_builtins()
    try:
        return _REGISTRY[name]()
    except KeyError:
        from planwatch.core.errors import UsageError

        raise UsageError(
            f"unknown extractor {name!r}; choose from: {', '.join(available())}"
        ) from None


# The built-in extractors by name, and the module that registers each.
_BUILTINS = {
    "table": "planwatch.extract.tables",
    "prose": "planwatch.extract.prose",
    "llm": "planwatch.extract.llm",
}


def _load_builtins(modules: Iterable[str] = tuple(_BUILTINS.values())) -> None:
    # Imported lazily so that a missing optional extractor never breaks the rest.
    import importlib

    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:  # pragma: no cover - only while a module is absent
            pass


def merge(table_facts: Iterable[Fact], prose_facts: Iterable[Fact]) -> list[Fact]:
    """Table facts, plus prose facts that do not restate a table cell.

    A prose fact whose value lies inside a table row already read as a table
    fact is the same figure seen twice; the table reading wins because it
    knows the column's meaning.
    """
    table = list(table_facts)
    # The table rows as disjoint intervals, so each prose fact is one binary search.
    rows: list[list[int]] = []
    for s, e in sorted({(f.quote_start, f.quote_end) for f in table}):
        if rows and s <= rows[-1][1]:
            rows[-1][1] = max(rows[-1][1], e)
        else:
            rows.append([s, e])
    starts = [r[0] for r in rows]
    kept = list(table)
    for fact in prose_facts:
        i = bisect.bisect_right(starts, fact.end - 1) - 1  # last row starting before its end
        if not (i >= 0 and rows[i][1] > fact.start):
            kept.append(fact)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept
