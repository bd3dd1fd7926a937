"""A document's paragraph and sentence spans as stored: gaps and lengths, packed.

``structures.paragraphs`` and ``structures.sentences`` are read whole and only by
planwatch (a document's outline, the sentence index). Stored as ``[[start, end], ...]``
each span cost about 14 bytes of JSON, and spans follow one another through the
text, so most of those digits repeated the previous end. Since migration ``slim``
each list is flat JSON ``[gap, length, gap, length, ...]``: the first gap is the
first start, each next gap the distance from the previous end (0 where a sentence
starts where the last ended; negative only if spans overlap), so a span costs about
five bytes and the same offsets come back. Since migration ``tidy`` that flat list is
stored zlib-compressed, as a JSON string ``"z:<base85>"`` (a third of the bytes: the
lengths of one document's sentences repeat), unless the plain list is shorter (a
document of a few spans). :func:`decode` reads every form, so a store written before
either migration reads until it rewrites them.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable, Sequence

# The packed form's mark: not a character of base85 (nor of a JSON list).
_PACKED = "z:"


def _flat(spans: Iterable[Sequence[int]]) -> str:
    flat: list[int] = []
    last = 0
    for start, end in spans:
        flat.append(start - last)
        flat.append(end - start)
        last = end
    return json.dumps(flat, separators=(",", ":"))


def encode(spans: Iterable[Sequence[int]]) -> str:
    """Spans ``(start, end)`` in text order as the stored JSON: the packed string, or the
    flat list where that is shorter.

    >>> encode([(0, 12), (12, 40), (41, 45)])
    '[0,12,0,28,1,4]'
    >>> decode(encode([(i * 10, i * 10 + 9) for i in range(200)]))[-1]
    (1990, 1999)
    """
    flat = _flat(spans)
    packed = _PACKED + base64.b85encode(zlib.compress(flat.encode("ascii"), 9)).decode("ascii")
    return json.dumps(packed) if len(packed) + 2 < len(flat) else flat


def encode_flat(spans: Iterable[Sequence[int]]) -> str:
    """The flat list alone (the form migration ``slim`` wrote; ``tidy``'s downgrade)."""
    return _flat(spans)


def _items(value: str | list | None) -> list:
    if value is None:
        return []
    if isinstance(value, str) and value.startswith(("[", '"')):
        value = json.loads(value)  # JSON text, as read without the driver decoding it
    if isinstance(value, str):  # the packed form (a driver decoded the JSON string)
        if not value.startswith(_PACKED):
            raise ValueError(f"not a stored span list: {value[:20]!r}")
        raw = zlib.decompress(base64.b85decode(value[len(_PACKED) :]))
        return json.loads(raw)
    return list(value)


def decode(value: str | list | None) -> list[tuple[int, int]]:
    """The spans stored by :func:`encode` (or in the older forms).

    ``value`` is the column as read: JSON text or, where the driver decodes JSON, a list
    or the packed string.

    >>> decode('[0,12,0,28,1,4]'), decode([[0, 12], [12, 40]])
    ([(0, 12), (12, 40), (41, 45)], [(0, 12), (12, 40)])
    """
    items = _items(value)
    if items and isinstance(items[0], list):  # [[start, end], ...]
        return [(int(a), int(b)) for a, b in items]
    out: list[tuple[int, int]] = []
    end = 0
    for i in range(0, len(items) - 1, 2):
        start = end + items[i]
        end = start + items[i + 1]
        out.append((start, end))
    return out


__all__ = ["decode", "encode", "encode_flat"]
