"""The ``indicators`` table: the indicator catalog, copied into the store.

The catalog lives in data/catalog.toml (and a user's local files, ``$PLANWATCH_CATALOG``);
a store only holds indicator ids on its facts. Copying the catalog's readable part (name,
category, unit, direction) into the store lets the file explain itself to any SQLite or
PostgreSQL tool, and lets ``facts_view`` show indicator names and categories.

It is refreshed whenever a writable store is opened: one small read, and writes only when
the catalog changed (a new planwatch version, a local catalog added or edited).
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from planwatch.catalog import Catalog, default_catalog
from planwatch.core.errors import PlanwatchError
from planwatch.store import models as m

log = logging.getLogger(__name__)

_COLUMNS = ("id", "name", "category", "unit", "direction", "measure", "core")


def catalog_rows(catalog: Catalog) -> dict[str, tuple]:
    """The catalog as ``indicators`` rows, by id."""
    return {
        ind.id: (ind.id, ind.name, ind.category, ind.unit, ind.direction, ind.measure, ind.core)
        for ind in catalog.indicators.values()
    }


def sync_indicators(engine: Engine, catalog: Catalog | None = None) -> int:
    """Make the ``indicators`` table match the catalog; the number of rows written."""
    if catalog is None:
        try:
            catalog = default_catalog()
        except PlanwatchError as exc:  # a broken local catalog: the commands that resolve say so
            log.warning("indicators table not refreshed: %s", exc)
            return 0
    want = catalog_rows(catalog)
    table = m.indicators
    with engine.connect() as conn:
        have = {
            row[0]: (*row[:-1], bool(row[-1]))
            for row in conn.execute(select(*(table.c[c] for c in _COLUMNS)))
        }
    stale = [i for i in have if want.get(i) != have[i]]
    fresh = [row for i, row in want.items() if have.get(i) != row]
    if not stale and not fresh:
        return 0
    try:
        with engine.begin() as conn:
            if stale:
                conn.execute(delete(table).where(table.c.id.in_(stale)))
            if fresh:
                conn.execute(insert(table), [dict(zip(_COLUMNS, row)) for row in fresh])
    except IntegrityError:  # another process opening the same store synced it first
        log.info("indicators table refreshed by another process")
        return 0
    return len(fresh)
