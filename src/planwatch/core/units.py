"""Units: reading a printed unit after a number and normalising it.

The unit table is data (``planwatch/data/units.csv``): each printed form with
its normalised unit (the forms GOLD_SPEC lists: 亿元, %, 个百分点, 万吨标准煤 ...),
a base unit and factor for comparing values across units (1 亿元 = 10 000 万元),
a dimension, a value multiplier (三成 -> 30 %), and whether the form takes a
scale prefix. Scale prefixes (万, 亿, 百万 ...) are rows too; every scalable form
is combined with every prefix when the table is loaded, so ``万吨标准煤`` and
``亿元`` need no row of their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from planwatch.core.datafiles import records
from planwatch.core.normalise import BLANK
from planwatch.core.quickinit import quick_init


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """One printed unit form and what it means."""

    printed: str
    unit: str  # normalised
    base: str  # base unit for comparisons ("" for a bare scale like 万)
    factor: float  # one ``unit`` expressed in ``base``
    dimension: str
    multiplier: float = 1.0  # applied to the printed value (成 -> ×10 as %)


@quick_init
@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found right after a number: ``end`` is where its printed form stops."""

    info: UnitInfo
    start: int
    end: int

    @property
    def unit(self) -> str:
        return self.info.unit


@dataclass(frozen=True, slots=True)
class _Table:
    forms: dict[str, UnitInfo]  # printed -> info (including prefixed forms)
    by_unit: dict[str, UnitInfo]  # normalised unit -> an info carrying its base/factor
    max_len: int
    # First character -> the lengths of the forms starting with it, longest first: a
    # longest match tries only those (most positions after a number start no unit).
    lengths: dict[str, tuple[int, ...]]
    # Forms read only as a rate's base after a slash (日 of 万立方米/日: alone, a date's day).
    per_only: dict[str, UnitInfo]


@lru_cache(maxsize=1)
def _table() -> _Table:
    forms: dict[str, UnitInfo] = {}
    prefixes: list[UnitInfo] = []
    scalable: list[UnitInfo] = []
    per_only: dict[str, UnitInfo] = {}
    for row in records("units.csv"):
        info = UnitInfo(
            printed=row["printed"],
            unit=row["unit"],
            base=row["base"],
            factor=float(row["factor"]),
            dimension=row["dimension"],
            multiplier=float(row["multiplier"] or 1),
        )
        if info.printed in forms or info.printed in per_only:  # which row wins would be an accident
            raise ValueError(f"units.csv lists {info.printed!r} twice")
        if info.dimension == "per_only":
            per_only[info.printed] = info
            continue
        forms[info.printed] = info
        if info.dimension == "scale":
            prefixes.append(info)
        elif row["scalable"] == "1":
            scalable.append(info)
    for pre in prefixes:
        for u in scalable:
            printed = pre.printed + u.printed
            if printed in forms:  # an explicit row (千米, 千瓦) wins over composition
                continue
            forms[printed] = UnitInfo(
                printed=printed,
                unit=pre.printed + u.unit,
                base=u.base,
                factor=pre.factor * u.factor,
                dimension=u.dimension,
                multiplier=u.multiplier,
            )
    by_unit: dict[str, UnitInfo] = {}
    for info in forms.values():
        by_unit.setdefault(info.unit, info)
    lengths: dict[str, set[int]] = {}
    for p in forms:
        lengths.setdefault(p[0], set()).add(len(p))
    by_first = {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}
    return _Table(forms, by_unit, max(len(p) for p in forms), by_first, per_only)


# The dimensions of sums of money (元 and its scales; 美元): a flow's total, never a rate.
MONEY_DIMENSIONS = ("money", "money_usd")


def unit_info(printed: str) -> UnitInfo | None:
    """The table's entry for a printed unit form, or None. A unit printed letter-spaced
    (亿 元, 公 里: a table's unit cells spaced to the column's width, as PDF and
    typeset tables print them) is the unit."""
    forms = _table().forms
    bare = printed.strip()
    info = forms.get(bare)
    if info is None and (" " in bare or "\u3000" in bare or "\xa0" in bare):
        info = forms.get(_HAN_SPACED_RE.sub("", bare))
    return info


# Spaces between two Chinese characters (亿 元), which a letter-spaced cell puts in.
_HAN_SPACED_RE = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000\xa0]+(?=[\u3400-\u9fff])")


def normalise_unit(printed: str) -> str | None:
    """The normalised unit of a printed form (``'千米'`` -> ``'公里'``; a rate by its parts, as
    ``_rate`` writes it: ``'公斤/亩'`` -> ``'千克/亩'``); None if unknown."""
    info = unit_info(printed)
    if info is not None:
        return info.unit
    top, slash, per = printed.partition("/")
    if not slash or "/" in per:
        return None
    parts = unit_info(top.strip()), unit_info(per.strip())
    return None if None in parts else f"{parts[0].unit}/{parts[1].unit}"


def unit_ending(text: str, start: int, end: int, longest: int) -> int | None:
    """Where the longest unit of at most ``longest`` characters that ends at ``end`` and
    begins at ``start`` or after starts (生产总值亿元: 亿元, not 元), or None: a unit glued
    to a name before its figure, as a table run together prints it."""
    for k in range(min(longest, end - start), 0, -1):
        if normalise_unit(text[end - k : end]) is not None:
            return end - k
    return None


def unit_factor(unit: str) -> tuple[str, float]:
    """``(base unit, factor)`` for a normalised or printed unit: ``'亿元'`` -> ``('元', 1e8)``.

    An unknown unit is its own base with factor 1, so equal unknown units still compare.
    """
    t = _table()
    info = t.by_unit.get(unit) or t.forms.get(unit)
    if info is None:
        # A rate per a round base is written with or without its 1: 1/10万 is /10万; a rate
        # by its parts' normal forms (公斤/亩 is 千克/亩).
        if unit.startswith(("1/", "1／")):
            return unit[1:], 1.0
        return normalise_unit(unit) or unit, 1.0
    if info.dimension == "scale":  # a bare 万 / 亿: a count
        return ("", info.factor)
    return (info.base, info.factor)


def same_quantity(v1: float, u1: str | None, v2: float, u2: str | None, rel: float = 1e-6) -> bool:
    """Whether ``v1 u1`` equals ``v2 u2`` after scaling to a common base unit.

    ``same_quantity(4585100, '万元', 458.51, '亿元')`` is True. A missing unit
    only matches a missing unit or the same number.
    """
    b1, f1 = unit_factor(u1 or "")
    b2, f2 = unit_factor(u2 or "")
    if b1 != b2:
        # A bare number and a unit-bearing one compare by the printed value.
        if not (u1 and u2):
            return abs(v1 - v2) <= rel * max(1.0, abs(v1), abs(v2))
        return False
    a, b = v1 * f1, v2 * f2
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


_SPACES = " \u3000\u00a0"


@functools.cache
def unit_lead_characters(keep: Callable[[UnitInfo], bool] | None = None) -> frozenset[str]:
    """Every character at which :func:`match_unit_at` can find a unit (for which
    ``keep`` holds, when given): the first characters of those forms of the table, the
    spaces it skips and the slashes of a rate (12/10万). A position holding none of them
    starts no unit (none that ``keep`` takes), though a slash after it may still make a
    rate of what starts there (次/年)."""
    forms = _table().forms
    firsts = {p[0] for p, info in forms.items() if keep is None or keep(info)}
    return frozenset(firsts) | frozenset(_SPACES + "/／" + BLANK)


def longest_unit_form() -> int:
    """The length of the longest printed form of the table."""
    return _table().max_len


def match_unit_at(text: str, pos: int, *, skip_spaces: bool = True) -> UnitMatch | None:
    """The longest unit printed at ``text[pos:]`` (after optional spaces), or None.

    ``match_unit_at('458.51亿元,增长', 6)`` gives 亿元 ending at 8.
    """
    t = _table()
    start = pos
    if skip_spaces:
        while start < len(text) and text[start] == BLANK:
            start += 1  # (a page break a view blanked between a number and its unit)
        while start < len(text) and text[start] in _SPACES and start - pos < 3:
            start += 1
    forms = t.forms
    room = len(text) - start
    for n in t.lengths.get(text[start : start + 1], ()):
        if n > room:
            continue
        info = forms.get(text[start : start + n])
        if info is not None:
            return _compound(text, _spaced_scale(text, UnitMatch(info, start, start + n)))
    spaced = _spaced_slash_forms().match(text, start)
    if spaced:  # 微克 / 立方米: a slash unit of the table, printed with spaces
        info = forms[_SLASH_RE.sub("/", spaced.group())]
        return UnitMatch(info, start, spaced.end())
    per = _PER_SCALE_RE.match(text, start)
    if per:  # 12/10万: a rate per 100 000
        printed = "/" + re.sub(r"\s+", "", per.group(1))
        return UnitMatch(UnitInfo(per.group(), printed, printed, 1.0, "rate"), start, per.end())
    return None


# A rate written with a slash: 万元 / 亩, 公里/百平方公里 (spaces are OCR noise).
_SLASH_RE = re.compile(r"[ \u3000]*[/／][ \u3000]*")
# A rate per a round base: 12/10万 (maternal mortality), 5/1000.
_PER_SCALE_RE = re.compile(r"[/／]\s*([1-9]0*\s*[万千])")
_NO_COMPOUND_DIMS = {"scale", "ratio", "ratio_change", "multiple", "rank"}


@functools.cache
def _spaced_slash_forms() -> re.Pattern[str]:
    """The table's slash units (微克/立方米) with any spacing around the slash."""
    forms = sorted((f for f in _table().forms if "/" in f), key=len, reverse=True)
    alts = [_SLASH_RE.pattern.join(re.escape(part) for part in f.split("/")) for f in forms]
    return re.compile("|".join(alts) or r"(?!)")


def _spaced_scale(text: str, um: UnitMatch) -> UnitMatch:
    """A bare scale (亿, 万) whose unit follows after a space, as a text layer spreads a
    line's characters (第三产业 增 加 值 7964.8 亿 元): the whole unit, to its end."""
    if um.info.base or um.end + 1 >= len(text) or text[um.end] not in _SPACES:
        return um
    pos = um.end + 1
    t = _table()
    for n in t.lengths.get(text[pos : pos + 1], ()):
        whole = t.forms.get(um.info.printed + text[pos : pos + n])
        if whole is not None and text[pos : pos + n] in t.forms:
            return UnitMatch(whole, um.start, pos + n)
    return um


def _compound(text: str, um: UnitMatch) -> UnitMatch:
    """``um`` extended by ``/ second-unit`` when a rate unit is printed with a slash."""
    if um.info.dimension in _NO_COMPOUND_DIMS or "/" in um.info.printed:
        return um
    sl = _SLASH_RE.match(text, um.end)
    if not sl:
        return um
    t = _table()
    pos = sl.end()
    room = len(text) - pos
    for n in t.lengths.get(text[pos : pos + 1], ()):
        if n > room:
            continue
        info = t.forms.get(text[pos : pos + n])
        if info is not None and info.dimension not in _NO_COMPOUND_DIMS:
            return _rate(text, um, info, pos + n)
    base = t.per_only.get(text[pos : pos + 1])
    return um if base is None else _rate(text, um, base, pos + 1)


def _rate(text: str, um: UnitMatch, per: UnitInfo, end: int) -> UnitMatch:
    """``um`` per ``per``, printed from ``um``'s start to ``end`` (万吨/天, 万立方米/日)."""
    unit = f"{um.info.unit}/{per.unit}"
    return UnitMatch(UnitInfo(text[um.start : end], unit, unit, 1.0, "rate"), um.start, end)


_HEADER_RE = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")


def header_unit(label: str) -> str | None:
    """The unit named in brackets at the end of a table label: ``'地区生产总值(亿元)'`` -> 亿元."""
    m = _HEADER_RE.search(label)
    if not m:
        return None
    return normalise_unit(m.group(1))
