"""The indicator catalog and the resolver from document wordings to catalog ids.

``load_catalog`` / ``default_catalog`` read ``planwatch/data/catalog.toml`` merged with a
user's local files; ``resolve(name, measure)`` maps 地区生产总值增长(%) to ``gdp`` with a
growth hint. See ``planwatch/data/catalog.md`` for the catalog's schema and sources.
"""

from planwatch.catalog.catalog import (
    CATALOG_ENV,
    Catalog,
    CatalogError,
    Indicator,
    default_catalog,
    load_catalog,
    with_local,
)
from planwatch.catalog.resolve import (
    Resolution,
    Resolver,
    Unresolved,
    default_resolver,
    local_catalog_template,
    resolve,
    unresolved,
)

__all__ = [
    "CATALOG_ENV",
    "Catalog",
    "CatalogError",
    "Indicator",
    "Resolution",
    "Resolver",
    "Unresolved",
    "default_catalog",
    "default_resolver",
    "load_catalog",
    "local_catalog_template",
    "resolve",
    "unresolved",
    "with_local",
]
