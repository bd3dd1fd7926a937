"""Documents' stored texts, compressed where the database does not compress them.

The stored text is what every span indexes; it is never rewritten, only kept in
fewer bytes. Both backends keep each document's text as zlib-compressed UTF-8 in
``texts.ztext`` (``texts.text`` NULL): Chinese prose takes about 0.38 of its bytes
that way, and the text was the store's largest part. PostgreSQL did so since
migration ``tidy``: its own compression of long values (TOAST, pglz) kept 0.6 of them.

SQL that reads a text on SQLite (words in texts) reads it through :func:`text_sql`:
the function ``planwatch_text(ztext)``, which planwatch registers on each connection
it opens (:func:`register`); PostgreSQL's texts are unpacked by planwatch itself. Facts
keep the characters at their quote (``facts.quote_text``; ``value_text`` only where
the quote does not hold the value), so ``facts_view`` needs no such function and
any SQLite client reads it.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict

import sqlalchemy as sa

# zlib (the standard library): level 6 packs Chinese text within 1% of level 9 and faster;
# no new dependency, and any SQLite client can define the reading function in a line.
_LEVEL = 6
# Quotes of one listing come from a few documents: the last texts unpacked are kept so
# that a page of facts from one document unpacks it once, not once per fact.
_CACHE_TEXTS = 8
SQL_FUNCTION = "planwatch_text"


def pack(text: str) -> bytes:
    """A text as stored on SQLite."""
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def stored_text(text: str | None, ztext: bytes | None) -> str | None:
    """The text of a ``texts`` row, whichever column holds it."""
    if text is not None:
        return text
    return None if ztext is None else unpack(ztext)


def _sql_unpacker():
    cache: OrderedDict[bytes, str] = OrderedDict()

    def planwatch_text(blob: bytes | None) -> str | None:
        if blob is None:
            return None
        found = cache.get(blob)
        if found is None:
            found = cache[blob] = unpack(blob)
            if len(cache) > _CACHE_TEXTS:
                cache.popitem(last=False)
        else:
            cache.move_to_end(blob)
        return found

    return planwatch_text


def register(dbapi_conn, _record=None) -> None:
    """Define ``planwatch_text(ztext)`` on a new SQLite connection (one cache each)."""
    dbapi_conn.create_function(SQL_FUNCTION, 1, _sql_unpacker(), deterministic=True)


def text_expr(texts: sa.Table | sa.Alias) -> sa.ColumnElement:
    """SQLite's SQL for the stored text of a ``texts`` row (``planwatch_text``)."""
    return sa.func.coalesce(texts.c.text, getattr(sa.func, SQL_FUNCTION)(texts.c.ztext))


def packs(dialect: str) -> bool:
    """Whether texts are stored compressed on this backend (both, since migration tidy)."""
    return True


__all__ = ["pack", "packs", "register", "stored_text", "text_expr", "unpack"]
