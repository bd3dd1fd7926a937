"""China's administrative divisions: lookup by code and by name, with parents.

The table is ``planwatch/data/admin_divisions.csv`` (see admin_divisions.md for
its sources); it is read once per process. Names repeat across the country
(鹤山市 in 江门 and 鹤山区 in 鹤壁 share the short name 鹤山; there are five 城区),
so :func:`resolve_name` picks among candidates with the help of the text
around a mention: an area whose city or province is also named wins.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick_rs

from planwatch.core.data import Area
from planwatch.core.datafiles import records

LEVELS = ("nation", "province", "city", "county")
_LEVEL_RANK = {lv: i - 1 for i, lv in enumerate(LEVELS)}
# The nation tops the hierarchy (GOLD_SPEC's code for 全国).
NATION_CODE = "000000"


@dataclass(frozen=True, slots=True)
class AreaRow:
    """One row of admin_divisions.csv."""

    code: str
    name: str
    short_name: str  # "" when the name has no safe short form
    level: str
    parent_code: str  # "" for a province
    province_code: str
    current: bool  # still in the newer source tree (False: abolished or renamed)

    def written_in_full(self, surface: str) -> bool:
        """Whether ``surface`` names this area in full: its name, or an autonomous area's
        stem and level (维西县, 黔东南州 for 维西傈僳族自治县, 黔东南苗族侗族自治州)."""
        if surface == self.name:
            return True
        return (
            self.name[-3:] in _AUTONOMOUS
            and surface.endswith(self.name[-1])
            and surface in _name_forms(self)
        )


@dataclass(frozen=True, slots=True)
class AreaTable:
    """The whole table, indexed by code and by every name form."""

    by_code: dict[str, AreaRow]
    by_name: dict[str, tuple[AreaRow, ...]]  # full and short names -> rows
    max_name_len: int
    # the first two characters of every name form: a cheap "could a place open this?"
    prefixes: frozenset[str]
    # name -> ((word, offset of the name in the word), ...): words that hold
    # an area name without meaning the area (area_false_friends.csv).
    false_friends: dict[str, tuple[tuple[str, int], ...]] = dataclasses.field(default_factory=dict)
    # code -> its ancestors, filled as asked: every area mention of every document asks
    # for its candidates' parents (derived from by_code; not compared).
    _ancestors: dict[str, tuple[AreaRow, ...]] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

    def ancestors(self, code: str) -> tuple[AreaRow, ...]:
        """Parents of ``code``, nearest first."""
        known = self._ancestors.get(code)
        if known is not None:
            return known
        out = []
        row = self.by_code.get(code)
        while row is not None and row.parent_code:
            row = self.by_code.get(row.parent_code)
            if row is not None:
                out.append(row)
        self._ancestors[code] = found = tuple(out)
        return found


@functools.cache
def load_table() -> AreaTable:
    """Read admin_divisions.csv from the package (once per process)."""
    by_code: dict[str, AreaRow] = {}
    by_name: dict[str, list[AreaRow]] = {}
    for rec in records("admin_divisions.csv"):
        row = AreaRow(
            code=rec["code"],
            name=rec["name"],
            short_name=rec["short_name"],
            level=rec["level"],
            parent_code=rec["parent_code"],
            province_code=rec["province_code"],
            current=rec.get("current", "1") != "0",
        )
        by_code[row.code] = row
        for form in _name_forms(row):
            by_name.setdefault(form, []).append(row)
    frozen = {k: tuple(v) for k, v in by_name.items()}
    return AreaTable(
        by_code,
        frozen,
        max(len(k) for k in frozen),
        frozenset(k[:2] for k in frozen),
        _load_false_friends(),
    )


# An autonomous prefecture is written with its short name and 州 (黔东南州, 恩施州, 凉山州)
# as often as in full, or with 自治州 without its peoples (湘西自治州, 延边自治州): those
# forms name it, not a county of the same short name. An autonomous county or banner is
# written the same way (维西县 for 维西傈僳族自治县, 鄂伦春旗), also where its short name
# alone is a common word the table leaves out (通道侗族自治县 -> 通道县).
_AUTONOMOUS = ("自治州", "自治县", "自治旗")
_PEOPLES_RE = re.compile(r"^(\w{2,3}?)(?:\w{1,5}?族)+自治[州县旗]$")


def _name_forms(row: AreaRow) -> set[str]:
    """The names a row is written by: full, short and, for an autonomous prefecture,
    county or banner, its stem + 州/县/旗 and stem + 自治州/自治县/自治旗."""
    forms = {row.name, row.short_name} - {""}
    suffix = row.name[-3:]
    if suffix in _AUTONOMOUS:
        peoples = _PEOPLES_RE.match(row.name)
        stem = row.short_name or (peoples.group(1) if peoples else "")
        if stem:
            forms |= {stem + suffix[-1], stem + suffix}
    return forms


def _load_false_friends() -> dict[str, tuple[tuple[str, int], ...]]:
    """area_false_friends.csv as name -> ((word, offset of the name in it), ...)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for rec in records("area_false_friends.csv"):
        word, name = rec["word"], rec["name"]
        at = word.find(name)
        while at >= 0:
            out.setdefault(name, []).append((word, at))
            at = word.find(name, at + 1)
    return {k: tuple(v) for k, v in out.items()}


def is_false_friend(text: str, start: int, end: int) -> bool:
    """True if the name at ``text[start:end]`` lies inside a listed false friend.

    ``text`` is the matching view (:func:`planwatch.core.normalise.fold`):
    示范县 holds 范县, 珠江西岸 holds 江西, …和政策 holds 和政.
    """
    for word, at in load_table().false_friends.get(text[start:end], ()):
        s = start - at
        if s >= 0 and text.startswith(word, s):
            return True
    return False


def to_area(row: AreaRow) -> Area:
    """The core :class:`Area` record for a table row, parents nearest first."""
    parents = tuple((p.code, p.name) for p in load_table().ancestors(row.code))
    return Area(code=row.code, name=row.name, level=row.level, parents=parents)


def area_by_code(code: str) -> Area | None:
    """The area with this 6-digit code (12-digit codes are cut to 6), or None."""
    row = load_table().by_code.get(code.strip()[:6])
    return to_area(row) if row else None


def is_under(code: str, parent: str) -> bool:
    """Whether area ``code`` lies inside ``parent`` (not the area itself): the one
    hierarchy of the admin-division table, with 全国 above every area."""
    if code == parent or load_table().by_code.get(code) is None:
        return False
    return parent == NATION_CODE or any(r.code == parent for r in load_table().ancestors(code))


@functools.cache
def codes_under(parent: str) -> frozenset[str]:
    """Every area code inside ``parent`` (its cities, counties …), by :func:`is_under`."""
    return frozenset(c for c in load_table().by_code if is_under(c, parent))


def rows_by_name(name: str) -> tuple[AreaRow, ...]:
    """Every row whose full or short name is ``name`` (empty if none)."""
    return load_table().by_name.get(name.strip(), ())


def areas_by_name(name: str) -> tuple[Area, ...]:
    """Every area whose full or short name is ``name``, in code order."""
    return tuple(to_area(r) for r in sorted(rows_by_name(name), key=lambda r: r.code))


def mentioned_codes(text: str) -> set[str]:
    """Codes of every area a name in ``text`` could stand for (longest match first)."""
    return {row.code for _, _, rows in scan_names(text) for row in rows}


def scan_names(text: str) -> Iterable[tuple[int, int, tuple[AreaRow, ...]]]:
    """Area names in ``text``: (start, end, candidate rows), leftmost-longest, no overlaps.

    From left to right, the longest name at each start that is a match is kept, and
    the names overlapping it are not read. A name inside one of its false friends
    (示范县 for 范县) is no match, and then a shorter name at the same start may be;
    neither is the nation's name (全国 stands in every local document: see
    :mod:`.national`). Pass the matching view of a text (``fold``) so traditional
    script matches.

    One pass of a leftmost-longest Aho-Corasick automaton finds the kept names (the
    nation's names are not in it: they start no name of their own, and a name starting
    inside one is read as the walk reads it); only where the longest name at a start is
    a false friend are the shorter names at that start looked up, and the pass goes on
    after them (:func:`_names_at`).
    """
    by_name = load_table().by_name
    friends = load_table().false_friends
    first = [(s, e) for _, s, e in _longest_automaton().find_matches_as_indexes(text)]
    starts = [s for s, _ in first]
    i, n = 0, len(first)
    again: Iterator[tuple[int, int]] | None = None  # a pass restarted after a false friend
    while True:
        if again is None:
            if i >= n:
                return
            start, end = first[i]
            i += 1
        else:
            found = next(again, None)
            if found is None:
                return
            start, end = found
            k = bisect.bisect_left(starts, start)
            if k < n and first[k] == found:  # the passes meet: from here on they agree
                again, i = None, k + 1
        name = text[start:end]
        if name in friends and is_false_friend(text, start, end):
            kept = _names_at(text, start, end)
            if kept is not None:
                yield kept
            again = _longest_from(text, kept[1] if kept is not None else start + 1)
            continue
        yield start, end, by_name[name]


# A pass restarted after a false friend reads the text this many characters at a time
# (it meets the first pass again within a name or two).
_WINDOW = 512


def _longest_from(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The leftmost-longest pass over ``text[pos:]``, read a window at a time: a match
    starting further than the longest name from a window's end is the whole pass's."""
    automaton, longest = _longest_automaton(), _longest_name()
    size = len(text)
    while pos < size:
        stop = min(size, pos + _WINDOW)
        safe = size if stop == size else stop - longest
        resume = safe
        for _, s, e in automaton.find_matches_as_indexes(text[pos:stop]):
            if s + pos >= safe:
                break
            yield s + pos, e + pos
            resume = e + pos
        pos = max(resume, safe) if stop < size else size


def _names_at(text: str, start: int, longest: int) -> tuple[int, int, tuple[AreaRow, ...]] | None:
    """The longest name at ``start`` shorter than the false friend ending at ``longest``
    that is a match, or None."""
    by_name = load_table().by_name
    ends = sorted(
        (
            start + e
            for _, s, e in _name_automaton().find_matches_as_indexes(
                text[start:longest], overlapping=True
            )
            if s == 0
        ),
        reverse=True,
    )
    for end in ends:
        if end >= longest:
            continue
        rows = by_name[text[start:end]]
        if rows[0].code != NATION_CODE and not is_false_friend(text, start, end):
            return start, end, rows
    return None


@functools.cache
def _name_automaton() -> ahocorasick_rs.AhoCorasick:
    """Every area name of two or more characters (built once per process).

    Its matches are in characters, every one at every position (overlapping).
    """
    return ahocorasick_rs.AhoCorasick([name for name in load_table().by_name if len(name) > 1])


@functools.cache
def _longest_name() -> int:
    """How many characters the longest area name has."""
    return max(len(name) for name in load_table().by_name)


@functools.cache
def _longest_automaton() -> ahocorasick_rs.AhoCorasick:
    """The names of :func:`_name_automaton` but the nation's, matched leftmost-longest
    (built once per process)."""
    by_name = load_table().by_name
    names = [n for n in by_name if len(n) > 1 and by_name[n][0].code != NATION_CODE]
    return ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def candidate_score(
    row: AreaRow,
    context: set[str],
    *,
    short_form: bool,
    named: frozenset[str] = frozenset(),
) -> float:
    """How well ``row`` fits a text whose mentioned area codes are ``context``.

    An area also written out in full elsewhere (``named``: 鹤山市 for a bare 鹤山)
    counts most, then a named parent city, then a named province; a current
    area beats an abolished one; for a bare short name (吉林) a higher level
    wins the remaining ties (the province more often than the city).
    """
    score = 3.0 if row.code in named else 0.0
    ancestors = load_table().ancestors(row.code)
    for depth, parent in enumerate(ancestors):
        if parent.code in context:
            score += 2.0 if depth == 0 else 1.0
    if row.current:
        score += 0.5
    if short_form:
        score += 0.1 * (2 - _LEVEL_RANK[row.level])
    return score


def best_candidate(
    rows: tuple[AreaRow, ...],
    context: set[str],
    *,
    short_form: bool = False,
    named: frozenset[str] = frozenset(),
) -> AreaRow:
    """The row among ``rows`` that best fits ``context`` (ties: lowest code)."""
    if len(rows) == 1:
        return rows[0]  # (most names: one area, nothing to weigh)
    # (A candidate's parent that is another reading of the same name is no context: 南昌 is
    # 南昌市 or 南昌县, and the county's parent 南昌市 is named only if 南昌 is the city.)
    context = context - {r.code for r in rows}
    return max(
        sorted(rows, key=lambda r: r.code),
        key=lambda r: candidate_score(r, context, short_form=short_form, named=named),
    )


def resolve_name(name: str, context_text: str = "") -> Area | None:
    """The area ``name`` most likely means, given the text it appears in.

    >>> resolve_name("鹤山", "江门市鹤山市").code
    '440784'
    """
    rows = rows_by_name(name)
    if not rows:
        return None
    found = list(scan_names(context_text)) if context_text else []
    context = {row.code for _, _, cands in found for row in cands}
    named = frozenset(
        r.code for s, e, cands in found for r in cands if r.written_in_full(context_text[s:e])
    )
    short = not any(r.written_in_full(name) for r in rows)
    return to_area(best_candidate(rows, context, short_form=short, named=named))


# The county's own organs, as a work report thanks them (县人大、县政协): after 和 they read
# "and the county's congress", the standing formula 在县委的正确领导和县人大…的监督支持下.
# 中共和县委 is 和县's own party committee.
_COUNTY_ORGAN_RE = re.compile(r"(?!共)[\u4e00-\u9fff][和与及]县(?:人大|政协|委|人民政府|政府)")


def conjoined(view: str, start: int, end: int) -> bool:
    """Whether a county named by one character that is a conjunction is that conjunction:
    after a closing quote or bracket (…的报告》和县人大常委会…), or between a word and the
    county's organs (领导和县人大、县政协): "and the county's", not 和县, so no name."""
    if end - start != 2 or view[start] not in "和与及" or start == 0:
        return False
    if view[start - 1] in "》”）)」』":
        return True
    return bool(_COUNTY_ORGAN_RE.match(view, start - 1))


# A short name ending as a town's does (北镇 of 北镇市) after a character of the same word:
# the tail of a town's name (城北镇), no county.
_TOWN_TAIL_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]{1,3}[镇乡]")


# A street's or a place's name made of an area's (滨河南路, 北京路, 芙蓉学校, 人民公园): no vote
# for the area (a road network, 路网, is the area's own).
_PLACE_AFTER_RE = re.compile(
    r"(?:路(?![网况面段线径])|大街|大道|街(?![道头])|巷|学校|中学|小学|公园|广场|医院|宾馆|酒店)"
)


# A province in brackets after 中国, the name of an event or a zone held there (中国(安徽)科交会,
# 中国(上海)自由贸易试验区): the programme's name, no vote for the province.
_BRAND_BEFORE = ("中国(", "中国（")


def in_other_name(view: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is part of another name: it ends in 镇 or 乡 and
    goes on a word before it (城北镇), goes on as a street's or a place's name (滨河南路, 芙蓉
    学校), or names where an event or a zone of the nation's is (中国(安徽)科交会)."""
    if _PLACE_AFTER_RE.match(view, end) or view.endswith(_BRAND_BEFORE, 0, start):
        return True
    return view[end - 1 : end] in ("镇", "乡") and bool(
        _TOWN_TAIL_RE.fullmatch(view, start - 1, end)
    )


def named_in_full(view: str, start: int, end: int, row: AreaRow) -> bool:
    """Whether the name at ``view[start:end]`` names ``row`` as surely as in full: written in
    full, or a short name followed by its own whole (安龙全县干群, 某某全市上下: the area
    speaking of itself)."""
    if row.written_in_full(view[start:end]):
        return True
    return row.level in ("city", "county") and view.startswith("全" + row.name[-1], end)
