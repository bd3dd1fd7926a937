"""Tables of a mirror's page, found where its pinyin no longer hides them.

Mirror sites print a page with pinyin in brackets after many characters (產(chǎn)量,
表(biǎo)2, 原平(píng)市). Inside a table that breaks what the finders read a table by: a
header word (产量, 增长), a table's title (表2), an area's name, a cell's extent in a
spaced row. The finders are run on the text without that pinyin
(:func:`planwatch.core.normalise.without_pinyin`: the text's own characters, fewer of
them) and every span of what they found is mapped back to the stored text, so a cell's
span covers its word with the pinyin inside it, as printed (the span rule).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from planwatch.core.data import Span
from planwatch.core.normalise import Condensed, without_pinyin

T = TypeVar("T")


def found_without_pinyin(find: Callable[[str], Sequence[T]], text: str) -> list[T]:
    """``find(text)``, run on ``text`` without a mirror's pinyin where it has some, with
    every span of the answer (in dataclasses, tuples and lists) mapped back to ``text``."""
    mirror = without_pinyin(text)
    if mirror is None:
        return list(find(text))
    return [_mapped(found, mirror) for found in find(mirror.text)]


def _mapped(obj: Any, mirror: Condensed) -> Any:
    if isinstance(obj, Span):
        return Span(*mirror.span(obj.start, obj.end))
    if isinstance(obj, tuple | list):
        return type(obj)(_mapped(x, mirror) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: _mapped(getattr(obj, f.name), mirror) for f in dataclasses.fields(obj)}
        return dataclasses.replace(obj, **changes)
    return obj
