"""The store: :class:`Store`, a planwatch database, and the rows it returns.

:class:`Store` reads and writes documents, their outlines and their facts
through SQLAlchemy Core, so the same statements run on SQLite and
PostgreSQL. Each document is written in one transaction: it is stored whole
or not at all. All of planwatch's SQL lives in this package.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from planwatch.store.areas import AreasPart
from planwatch.store.db import open_engine
from planwatch.store.documents import DocumentsPart
from planwatch.store.factquery import FactFilter
from planwatch.store.factstore import FactsPart
from planwatch.store.records import AddOutcome, AreaRow, Correction, DocRow, StoredFact


class Store(DocumentsPart, FactsPart, AreasPart):
    """A planwatch database (SQLite file or PostgreSQL server).

    Its methods live in parts by subject: documents (``store/documents.py``), facts and
    corrections (``store/factstore.py``), areas and text search (``store/areas.py``).
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = open_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str) -> Store:
    """Open (and migrate) the store at ``url``."""
    return Store(url)


__all__ = [
    "AddOutcome",
    "AreaRow",
    "Correction",
    "DocRow",
    "FactFilter",
    "Store",
    "StoredFact",
    "open_store",
]
