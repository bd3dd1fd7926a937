"""The word lists the evaluation reads in clauses (``data/evaluation_words.toml``)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    raw = resources.files("planwatch.data").joinpath("evaluation_words.toml").read_text("utf-8")
    return {k: tuple(v) for k, v in tomllib.loads(raw).items()}


def words(name: str) -> tuple[str, ...]:
    """One list: rose, fell, constant_price, nominal, year_end, annual_average, reasons."""
    return _lists()[name]


def says(clause: str, name: str) -> bool:
    """Whether ``clause`` holds any word of the list ``name``."""
    return any(w in clause for w in words(name))
