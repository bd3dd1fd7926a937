"""Documents' stored texts, compressed where the database does not compress them.

The stored text is what every span indexes; it is never rewritten, only kept in
fewer bytes. Both backends keep each document's text compressed in ``texts.ztext``
(``texts.text`` NULL); PostgreSQL did so since migration ``tidy``: its own compression
of long values (TOAST, pglz) kept 0.6 of them.

Two forms are read (:func:`unpack`), told apart by the first byte:

* since migration ``pack``: the byte ``0x02``, then the text as UTF-16 (little-endian)
  deflated (zlib, level 9). Chinese characters take two bytes in UTF-16 and three in
  UTF-8, so deflate's 32 KB window sees half as much text again and its codes spend
  nothing on UTF-8's repeated lead bytes: 0.384 of the UTF-8 bytes instead of 0.406 on
  the devcorpus' dev texts (about 8 % smaller), as fast to unpack;
* before it: the text as UTF-8, deflated (a zlib stream, whose first byte is ``0x78``).

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

# zlib (the standard library): no new dependency, and any SQLite client can define the
# reading function in a few lines. Level 9 over UTF-16 costs about as much time as level 6
# over the 1.5x longer UTF-8 did. A trained zstd dictionary packs a third better still
# (0.34 on unseen text) but needs a dependency and a dictionary kept per store.
_LEVEL = 9
_UTF16 = b"\x02"  # the mark of the UTF-16 form; a zlib stream starts with 0x78
# Quotes of one listing come from a few documents: the last texts unpacked are kept so
# that a page of facts from one document unpacks it once, not once per fact.
_CACHE_TEXTS = 8
SQL_FUNCTION = "planwatch_text"


def pack(text: str) -> bytes:
    """A text as stored (``texts.ztext``, both backends).

    >>> pack("地区生产总值")[:1], unpack(pack("地区生产总值"))
    (b'\\x02', '地区生产总值')
    """
    return _UTF16 + zlib.compress(text.encode("utf-16-le"), _LEVEL)


def pack_utf8(text: str) -> bytes:
    """The form before migration ``pack`` (its downgrade writes it)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(blob: bytes) -> str:
    """The text of either stored form."""
    if blob[:1] == _UTF16:
        return zlib.decompress(memoryview(blob)[1:]).decode("utf-16-le")
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


__all__ = ["pack", "pack_utf8", "packs", "register", "stored_text", "text_expr", "unpack"]
