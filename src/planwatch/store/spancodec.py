"""A document's paragraph and sentence spans as stored: gaps and lengths, one flat list.

``structures.paragraphs`` and ``structures.sentences`` are read whole and only by
planwatch (a document's outline, the sentence index). Stored as ``[[start, end], ...]``
each span cost about 14 bytes of JSON, and spans follow one another through the
text, so most of those digits repeated the previous end. Since migration ``slim``
each list is flat JSON ``[gap, length, gap, length, ...]``: the first gap is the
first start, each next gap the distance from the previous end (0 where a sentence
starts where the last ended; negative only if spans overlap), so a span costs about
five bytes and the same offsets come back. :func:`decode` also reads the nested
form, which stores written before the migration hold until it rewrites them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence


def encode(spans: Iterable[Sequence[int]]) -> str:
    """Spans ``(start, end)`` in text order as the stored JSON.

    >>> encode([(0, 12), (12, 40), (41, 45)])
    '[0,12,0,28,1,4]'
    """
    flat: list[int] = []
    last = 0
    for start, end in spans:
        flat.append(start - last)
        flat.append(end - start)
        last = end
    return json.dumps(flat, separators=(",", ":"))


def decode(value: str | list | None) -> list[tuple[int, int]]:
    """The spans stored by :func:`encode` (or in the nested form of older stores).

    ``value`` is the column as read: JSON text or, where the driver decodes JSON, a list.

    >>> decode('[0,12,0,28,1,4]'), decode([[0, 12], [12, 40]])
    ([(0, 12), (12, 40), (41, 45)], [(0, 12), (12, 40)])
    """
    items = json.loads(value) if isinstance(value, str) else list(value or ())
    if items and isinstance(items[0], list):  # [[start, end], ...]
        return [(int(a), int(b)) for a, b in items]
    out: list[tuple[int, int]] = []
    end = 0
    for i in range(0, len(items) - 1, 2):
        start = end + items[i]
        end = start + items[i + 1]
        out.append((start, end))
    return out


__all__ = ["decode", "encode"]
