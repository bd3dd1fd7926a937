"""The word lists the evaluation reads in clauses (``data/evaluation_words.toml``)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
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
    return any(w in clause for w in words(name))
