"""The word lists the evaluation reads in clauses (``data/evaluation_words.toml``)."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = resources.files("planwatch.data").joinpath("evaluation_words.toml").read_text("utf-8")
    return tomllib.loads(raw)


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in _data().items() if isinstance(v, list)}


def related_indicator(text: str) -> str | None:
    """The catalog id of the indicator a relative target's words name (经济增长 → gdp)."""
    table: dict[str, str] = _data().get("related", {})
    for word in sorted(table, key=len, reverse=True):
        if word in text:
            return table[word]
    return None


def related_indicators() -> frozenset[str]:
    """Every catalog id :func:`related_indicator` can give."""
    return frozenset(_data().get("related", {}).values())


def words(name: str) -> tuple[str, ...]:
    """One list: rose, fell, constant_price, nominal, year_end, annual_average, reasons,
    done, not_done, in_step, above."""
    return _lists()[name]


def says(clause: str, name: str) -> bool:
    """Whether ``clause`` holds any word of the list ``name``."""
    found = _finder(name)
    return found is not None and found(clause) is not None


@cache
def _finder(name: str):
    """A search for any word of the list ``name`` in one C-level pass (None: the list
    is empty): choosing among a year's restated figures asks it of every clause, and a
    word-by-word test was a fortieth of evaluating an area at 20,000 documents."""
    ws = words(name)
    return re.compile("|".join(map(re.escape, ws))).search if ws else None
