"""The last evidence of a document's area, for a text that writes no area's name.

Officials often never write their own area's name: a city's report says 全市,
我市 and 市委; a province's news says 我省 and 全省. What still tells the area:

* **an abbreviated list of the area's parts**, counted: 长株潭三市, 广佛肇三地. Each character stands for one part (the first or second character
  of its short name, or of the area's own); the list names an area when exactly
  one area at the level looked for has a distinct part for every character, and
  the count after the list equals its length (which keeps ordinary words out);
* **a province's one-character abbreviation** (简称) in a text that speaks of
  itself as a province: 黔货出山, 入滇. Only abbreviations that are seldom
  anything else are listed (``data/area_abbreviations.csv``), and exactly one
  province must be named so.

Both are read on the folded view; they are a fallback: :mod:`.jurisdiction`
asks only when no name, nation word or source line decided.

A regional plan's title may name a planning region that is no administrative
area (中原经济区, 粤港澳大湾区: ``data/area_regions.csv``); the document then
has no area, and its figures are the region's (:func:`title_region`, used by
:mod:`.subjects`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from planwatch.core.datafiles import records
from planwatch.core.normalise import fold
from planwatch.describe.areas import AreaRow, load_table, scan_names

# A counted list: N characters, then the numeral N and a word that counts
# places (五大板块, 三市, 四地, 六个区县).
_COUNT_RE = re.compile(r"([三四五六七八九十])(?:大|个|地|市|县|区|城)")
_NUMERALS = {ch: i for i, ch in enumerate("三四五六七八九十", start=3)}
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# How many leading characters of a short name a list may abbreviate it by
# (长株潭: 湘潭 by its second character).
_ABBREVIATED_BY = 2
# A first line this long, or holding a full stop, is a paragraph, not a title.
TITLE_CHARS = 60


@functools.cache
def _abbreviations() -> dict[str, str]:
    """``data/area_abbreviations.csv`` as character -> province code."""
    return {rec["abbreviation"]: rec["code"] for rec in records("area_abbreviations.csv")}


@functools.cache
def _parts_by_char() -> dict[str, frozenset[str]]:
    """Character -> codes of the current cities and counties it may abbreviate."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in load_table().by_code.values():
        if row.current and row.level in ("province", "city", "county"):
            for ch in (row.short_name or row.name)[:_ABBREVIATED_BY]:
                out[ch].add(row.code)
    return {ch: frozenset(codes) for ch, codes in out.items()}


def _owner(code: str, level: str) -> str | None:
    """The area at ``level`` that ``code`` is or lies in."""
    table = load_table()
    row = table.by_code[code]
    if row.level == level:
        return code
    return next((r.code for r in table.ancestors(code) if r.level == level), None)


def _distinct_parts(options: list[set[str]]) -> bool:
    """Whether every character can stand for a different part (a bipartite matching)."""
    taken: dict[str, int] = {}

    def place(i: int, seen: set[str]) -> bool:
        for part in options[i]:
            if part in seen:
                continue
            seen.add(part)
            if part not in taken or place(taken[part], seen):
                taken[part] = i
                return True
        return False

    return all(place(i, set()) for i in range(len(options)))


def listed_area(chars: str, level: str) -> AreaRow | None:
    """The one area at ``level`` whose parts the characters abbreviate (长株潭 → 湖南省)."""
    per_char: list[dict[str, set[str]]] = []
    for ch in chars:
        owners: dict[str, set[str]] = defaultdict(set)
        for code in _parts_by_char().get(ch, ()):
            owner = _owner(code, level)
            if owner is not None:
                owners[owner].add(code)
        per_char.append(owners)
    common = set.intersection(*(set(o) for o in per_char)) if per_char else set()
    fits = [c for c in common if _distinct_parts([o[c] for o in per_char])]
    return load_table().by_code[fits[0]] if len(fits) == 1 else None


def abbreviated_lists(view: str, levels: tuple[str, ...]) -> list[tuple[int, int, AreaRow]]:
    """Counted abbreviated lists of an area's parts in ``view``: (start, end, area).

    ``levels`` are tried in order; the first at which the list names exactly
    one area gives it.
    """
    found = []
    for m in _COUNT_RE.finditer(view):
        n = _NUMERALS[m.group(1)]
        start = m.start() - n
        chars = view[start : m.start()]
        if start < 0 or not _HAN_RUN.fullmatch(chars) or len(set(chars)) < n:
            continue
        for level in levels:
            row = listed_area(chars, level)
            if row is not None:
                found.append((start, m.end(), row))
                break
    return found


def province_abbreviations(view: str) -> list[tuple[int, int, AreaRow]]:
    """The one province named by its 简称 in ``view`` (入黔), each place it stands; else none.

    A character inside an area's name (鄂尔多斯) is that name, not the abbreviation.
    """
    names = [(s, e) for s, e, _ in scan_names(view)]
    table = load_table()
    hits = [
        (i, i + 1, table.by_code[code])
        for i, ch in enumerate(view)
        if (code := _abbreviations().get(ch)) is not None
        and not any(s <= i < e for s, e in names)
        and not _paired(view, i)
    ]
    return hits if len({row.code for _, _, row in hits}) == 1 else []


# The other provinces' one-character names a pair or a run of them is written with (川渝, 京津冀,
# 粤港澳, 沪苏浙皖, 成渝): a region shared, no one province's (those left out of the data file
# as everyday characters included).
_PARTNERS = "川京津港澳苏甘秦藏新桂晋蒙宁青辽吉黑成"


def _paired(view: str, i: int) -> bool:
    """Whether the abbreviation at ``i`` stands beside another province's (see above)."""
    near = view[max(0, i - 1) : i] + view[i + 1 : i + 2]
    return any(ch in _PARTNERS or ch in _abbreviations() for ch in near)


@functools.cache
def _regions() -> re.Pattern[str]:
    """``data/area_regions.csv`` as one alternation, longest name first."""
    names = sorted((rec["name"] for rec in records("area_regions.csv")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def title_region(text: str, title_chars: int = TITLE_CHARS) -> tuple[int, int, str] | None:
    """A planning region (中原经济区, 粤港澳大湾区) named in a text's title line: its span and name.

    A regional plan is about a region that is no administrative area (its
    figures are the region's, with no area code); the title is the first
    non-empty line, when it is short (no paragraph).
    """
    view = fold(text[: title_chars * 4])
    stripped = view.lstrip()
    start = len(view) - len(stripped)
    line = stripped.split("\n", 1)[0]
    if not line.strip() or len(line.strip()) > title_chars or "。" in line:
        return None
    m = _regions().search(view, start, start + len(line))
    return (m.start(), m.end(), m.group()) if m else None
