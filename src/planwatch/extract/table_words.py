"""The vocabulary of indicator tables, loaded from ``planwatch/data/table_words.csv``.

Header words (序号, 指标, 年均增长, 累计, 属性 ...), attribute words (预期性,
约束性), words of cells that stand for a value without being one (完成江门下达任务)
and words of the notes under a table ([]内为累计数). Kept as data so that a
new document's wording is a new CSV row, not a code change.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

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
    return group in groups_in(text)


# A header cell is asked about up to eleven groups in turn (table_header._role): one
# pass of one automaton over the squeezed cell answers them all (a scan per group cost
# a squeeze and a regular-expression search each; bench/peer_bench.py, table finding).
@lru_cache(maxsize=16384)
def groups_in(text: str) -> frozenset[str]:
    """The groups with a word contained in ``text`` (spaces ignored)."""
    squeezed = squeeze(text)
    if not squeezed:
        return frozenset()
    automaton, owners = _automaton()
    found = automaton.find_matches_as_indexes(squeezed, overlapping=True)
    return frozenset(g for i, _, _ in found for g in owners[i])


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[tuple[str, ...], ...]]:
    """Every word of every group in one automaton, and the groups each word is of."""
    owners: dict[str, list[str]] = {}
    for group, found in _groups().items():
        for word in found:
            owners.setdefault(word, []).append(group)
    patterns = [w for w in owners if w]  # (an empty word is contained in no squeezed text)
    return ahocorasick_rs.AhoCorasick(patterns), tuple(tuple(owners[w]) for w in patterns)


def squeeze(text: str) -> str:
    """``text`` without any whitespace (``'指 标'`` -> ``'指标'``)."""
    return "".join(text.split())
