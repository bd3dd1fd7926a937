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
* before it: the text as UTF-8, deflated (a zlib stream, whose first byte is ``0x78``);
* since migration ``zdict``: the byte ``0x03``, then the text as UTF-16 compressed by
  zstd with the store's trained dictionary (a zstd frame that names the dictionary's id;
  ``store/textdicts.py`` trains, keeps and loads it). Documents of one store share
  their wording (headings, set phrases, area names), which a dictionary holds once:
  0.343 -> 0.311 of the UTF-8 bytes on the five sample documents with a dictionary
  trained on other text, as fast to pack as deflate at level 9.

SQL that reads a text on SQLite (words in texts) reads it through :func:`text_sql`:
the function ``planwatch_text(ztext)``, which planwatch registers on each connection
it opens (:func:`register`; docs/schema.md cuts a fact's quote through it);
PostgreSQL's texts are unpacked by planwatch itself. Facts keep only the offsets of
their quotes (migration ``spans``, store/quotes.py), so ``facts_view`` holds no
characters of the text and any client reads it.
"""

from __future__ import annotations

import threading
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable

import sqlalchemy as sa

from planwatch.core.errors import StoreError

# zlib (the standard library): no new dependency, and any SQLite client can define the
# reading function in a few lines. Level 9 over UTF-16 costs about as much time as level 6
# over the 1.5x longer UTF-8 did. A store with a trained dictionary packs with zstd
# (form 0x03): level 9 costs about what deflate at level 9 does and packs about 9 % better.
_LEVEL = 9
_ZSTD_LEVEL = 9
_UTF16 = b"\x02"  # the mark of the UTF-16 form; a zlib stream starts with 0x78
_ZSTD = b"\x03"  # the mark of the zstd form with a store's dictionary
DICT_BYTES = 64 * 1024  # a dictionary's size: more gave nothing on the devcorpus
_SAMPLE_BYTES = 4096  # texts are cut into samples of this many UTF-16 bytes to train
# Quotes of one listing come from a few documents: the last texts unpacked are kept so
# that a page of facts from one document unpacks it once, not once per fact.
_CACHE_TEXTS = 8
SQL_FUNCTION = "planwatch_text"


def pack(text: str, dictionary: int | None = None) -> bytes:
    """A text as stored (``texts.ztext``, both backends); with ``dictionary`` (the id of
    a dictionary this process holds, :func:`add_dictionary`) in the zstd form.

    >>> pack("地区生产总值")[:1], unpack(pack("地区生产总值"))
    (b'\\x02', '地区生产总值')
    """
    if dictionary is not None:
        return _ZSTD + _codec(dictionary)[0].compress(text.encode("utf-16-le"))
    return _UTF16 + zlib.compress(text.encode("utf-16-le"), _LEVEL)


def pack_utf8(text: str) -> bytes:
    """The form before migration ``pack`` (its downgrade writes it)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(blob: bytes) -> str:
    """The text of any stored form."""
    mark = blob[:1]
    if mark == _UTF16:
        return zlib.decompress(memoryview(blob)[1:]).decode("utf-16-le")
    if mark == _ZSTD:
        frame = bytes(memoryview(blob)[1:])
        return _codec(_frame_dictionary(frame))[1].decompress(frame).decode("utf-16-le")
    return zlib.decompress(blob).decode("utf-8")


# ---- the zstd form's dictionaries ----------------------------------------------------
# Kept per process by id (zstd's own 32-bit dictionary id, written in every frame), so
# that ``unpack`` needs no connection: a store loads its dictionaries when it is opened
# (store/textdicts.py) and registers a loader for one trained later by another process.
# zstd's (de)compressors may not be used by two threads at once (the web app reads
# in a pool of threads): each thread makes its own from the shared dictionaries.
_DICTS: dict[int, object] = {}  # id -> zstandard.ZstdCompressionDict
_local = threading.local()
_LOADERS: list[Callable[[int], bytes | None]] = []
_current: int | None = None  # the dictionary this process packs new texts with


def _zstd():
    import zstandard  # imported when a store has a dictionary: start-up stays as it was

    return zstandard


def _frame_dictionary(frame: bytes) -> int:
    return _zstd().get_frame_parameters(frame).dict_id


def dictionary_of(blob: bytes | None) -> int | None:
    """The id of the dictionary a stored text was packed with (None: another form)."""
    if blob is None or blob[:1] != _ZSTD:
        return None
    return _frame_dictionary(bytes(memoryview(blob)[1:]))


def add_dictionary(raw: bytes) -> int:
    """Hold a dictionary (its bytes as trained) for packing and unpacking; its id."""
    zstd = _zstd()
    d = zstd.ZstdCompressionDict(raw)
    return _DICTS.setdefault(d.dict_id(), d).dict_id()


def _dictionary(dictionary: int):
    found = _DICTS.get(dictionary)
    if found is None:
        for load in list(_LOADERS):
            raw = load(dictionary)
            if raw is not None and add_dictionary(raw) == dictionary:
                return _DICTS[dictionary]
        raise StoreError(f"a text was packed with dictionary {dictionary}, which no store holds")
    return found


def _codec(dictionary: int) -> tuple:
    """(compressor, decompressor) of a dictionary, this thread's."""
    codecs = getattr(_local, "codecs", None)
    if codecs is None:
        codecs = _local.codecs = {}
    found = codecs.get(dictionary)
    if found is None:
        zstd, d = _zstd(), _dictionary(dictionary)
        packer = zstd.ZstdCompressor(level=_ZSTD_LEVEL, dict_data=d, write_checksum=False)
        found = codecs[dictionary] = (packer, zstd.ZstdDecompressor(dict_data=d))
    return found


def add_loader(owner: object, load: Callable[[object, int], bytes | None]) -> None:
    """Ask ``load(owner, id)`` for a dictionary this process does not hold yet, while
    ``owner`` (a store's engine) lives."""
    ref = weakref.ref(owner)

    def loader(dictionary: int) -> bytes | None:
        alive = ref()
        if alive is None:
            _LOADERS.remove(loader)
            return None
        return load(alive, dictionary)

    _LOADERS.append(loader)


def set_current(dictionary: int | None) -> None:
    """The dictionary new texts are packed with in this process (and the ingest workers
    it forks): the store opened last's; the storing process packs again any text packed
    with another (store/documents.py)."""
    global _current
    _current = dictionary


def current() -> int | None:
    return _current


def train(texts: Iterable[str]) -> bytes | None:
    """A dictionary trained on ``texts`` (as UTF-16, in samples of 4 KB); None when they
    are too few for zstd's trainer."""
    zstd = _zstd()
    samples = []
    for t in texts:
        b = t.encode("utf-16-le")
        samples.extend(b[i : i + _SAMPLE_BYTES] for i in range(0, len(b), _SAMPLE_BYTES))
    try:
        return zstd.train_dictionary(DICT_BYTES, samples).as_bytes()
    except zstd.ZstdError:
        return None


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


__all__ = [
    "add_dictionary",
    "add_loader",
    "current",
    "dictionary_of",
    "pack",
    "pack_utf8",
    "packs",
    "register",
    "set_current",
    "stored_text",
    "text_expr",
    "train",
    "unpack",
]
