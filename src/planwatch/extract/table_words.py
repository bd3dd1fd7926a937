"""The vocabulary of indicator tables, loaded from ``planwatch/data/table_words.csv``.

Header words (序号, 指标, 年均增长, 累计, 属性 ...), attribute words (预期性,
约束性), words of cells that stand for a value without being one (完成江门下达任务)
and words of the notes under a table ([]内为累计数). Kept as data so that a
new document's wording is a new CSV row, not a code change.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planwatch.core.datafiles import records


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for row in records("table_words.csv"):
        groups.setdefault(row["group"].strip(), []).append(row["word"].strip())
    # Longest first, so that 年均增长 is seen before 增长 where the position matters.
    return {g: tuple(sorted(ws, key=len, reverse=True)) for g, ws in groups.items()}


def words(group: str) -> tuple[str, ...]:
    """The words of one group (``'growth'``, ``'nonvalue'`` ...), longest first."""
    return _groups().get(group, ())


# Asked for the same cells and groups over and over while tables are found and read.
@lru_cache(maxsize=16384)
def has_word(text: str, group: str) -> bool:
    """Whether ``text`` (spaces ignored) contains a word of ``group``."""
    pattern = _group_re(group)
    return pattern is not None and pattern.search(squeeze(text)) is not None


@lru_cache(maxsize=64)
def _group_re(group: str) -> re.Pattern[str] | None:
    """The words of ``group`` as one alternation: one scan in C finds whether any is in a
    text (a test of each word in turn cost a Python step per word). None: no words."""
    found = words(group)
    return re.compile("|".join(map(re.escape, found))) if found else None


def squeeze(text: str) -> str:
    """``text`` without any whitespace (``'指 标'`` -> ``'指标'``)."""
    return "".join(text.split())
