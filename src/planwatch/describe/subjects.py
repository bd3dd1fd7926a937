"""Each fact's own jurisdiction: the area its clause names as the figure's subject.

A figure is about the document's area unless its sentence names another area
at county level or above before the figure (GOLD_SPEC): a province's report
on its cities (合肥市经济总量占全省比重为24.8%), a round-up of several
areas' targets (杭州…6.5%左右，宁波…). The nearest such name before the value,
within the sentence, is the subject. Not subjects:

* names of towns, parks, ports and projects (天津港, 江门高新区, 某某镇): they
  keep the document's area, and so does a name followed by such a word;
* the document's own area and its parents (a county's report comparing itself
  with 全省 or naming its province stays the county's);
* routes (赤峰至天津), areas set aside (除广东省外), citations inside 《…》,
  datelines and outlets;
* a bare short name of a city or county, unless it opens a clause (…；宁波GDP增长)
  or the document writes the full name somewhere.

An area outside the document's is a subject only as a full name (or a
province's) opening its clause or followed by its officials (石家庄市副市长).
A clause that speaks of the document itself (全市, 我省 …) after another area
was named gives the figure back to the document's area; one that opens with a
whole area above the document's and an indicator (全国居民人均可支配收入…, 全省
规模以上工业… in a city's report) is that area's figure, quoted for comparison.
A short name running on into a firm or project listed before 等 (珠海某某制药、…等N个项目) is
no subject. In a document about no one area (a round-up), a figure's subject is the last area
named in its paragraph, else the paragraph's speaker named after it (a quote before 某市副市长
表示), else the planning region its title names (中原经济区: see :func:`.area_hints.title_region`).

Several areas can share one figure (GOLD_SPEC: one fact naming both): a list
opening its clause (北京、上海和广东…均为6%左右) or a clause counting the areas
just named (…广东…江苏…。两省…都超过10%) files it under their names joined
with 、 and no code; 分别 gives each its own figure instead: the values from
分别 on go to the listed areas in order when there are as many of them
(广州、深圳、佛山分别增长4.6%、6.0%和4.0%), or in order again in each run when
there are a multiple (分别由a、b增加到c、d), else to no single one. A list of
bare short names that its number follows (北川、平武两县…) is a list of areas
wherever it stands. A figure written with the average of a whole area above
the document's (全国平均水平（2.54%）, 高于全国2.40%的平均水平) is that area's.
A count of provinces (26个省份) is the nation's figure.
Word lists are in ``data/area_cues.csv``; names are matched on the condensed
view (pinyin inside a name removed), spans index the stored text.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from planwatch.core.data import Area, Evidence, Fact
from planwatch.core.normalise import Condensed, condense, fold_slice
from planwatch.core.numerals import parse_chinese_numeral
from planwatch.describe.area_hints import title_region
from planwatch.describe.areas import (
    NATION_CODE,
    AreaRow,
    best_candidate,
    load_table,
    scan_names,
    to_area,
)
from planwatch.describe.jurisdiction import (
    ISSUER_RE,
    area_cues,
    cited_ranges,
    cue_matches,
    cue_re,
    cue_set,
    not_the_area,
)
from planwatch.describe.subject_lists import (
    joint_lists,
    respective_lists,
    respectively,
    shared_by_list,
)
from planwatch.describe.subject_rules import LIST_MARKS as _LIST_MARKS
from planwatch.describe.subject_rules import SENTENCE_END as _SENTENCE_END
from planwatch.describe.subject_rules import (
    SPACED_ROW_NAME_RE,
    Marker,
    after_clause_year,
    area_above,
    average_quoted,
    chained_items,
    column_area,
    compares_with_above,
    counted_lists,
    demonstrative_markers,
    extractor_named,
    listed_name,
    names_item,
    row_name_above,
    zone_markers,
)
from planwatch.describe.subject_rules import opens_clause as _opens_clause

_ROUTE_AFTER_RE = re.compile(r"\s*(?:至|到|—|-|－|～|~)")


def _is_subject(
    view: str,
    start: int,
    end: int,
    row: AreaRow,
    *,
    short: bool,
    named: frozenset[str],
    inside: bool,
    follows_subject: bool = False,
) -> bool:
    if not_the_area(view, start, end, short=short) or cue_re("fact_not_subject").match(view, end):
        return False
    if short and _names_an_item(view, end):
        return False
    before = view[max(0, start - 2) : start]
    if _ROUTE_AFTER_RE.match(view, end) or before.endswith(_route_or_aside_before()):
        return False
    if not inside:
        # An area outside the document's (支援湖北, 结对帮扶的崇左市): only a full name opening
        # its clause (…，石家庄市的增速…, 2023年某市实现…) or followed by its officials
        # (石家庄市副市长…表示) is a figure's subject.
        opens = follows_subject or _opens_clause(view, start) or after_clause_year(view, start)
        opens = opens or bool(ISSUER_RE.match(view, end))
        return opens and (not short or row.level == "province")
    if not short or row.level == "province" or row.code in named:
        return True
    if row.level == "county":  # 德昌、大冶摩托: a bare county name is often a firm's
        return bool(ISSUER_RE.match(view, end))
    return follows_subject or _opens_clause(view, start) or bool(ISSUER_RE.match(view, end))


@functools.cache
def _route_or_aside_before() -> tuple[str, ...]:
    """The words before a route's or a set-aside area's name (one tuple, built once)."""
    return area_cues()["route_before"] + area_cues()["aside_before"]


_HAN_RE = re.compile(r"[\u3400-\u9fff]")
# The rest of the item's name holds no figure (杭州地区生产总值增长6.5%、宁波… is a list of
# figures, not of items), then more items, then 等.
_ITEM_LIST_RE = re.compile(r"[^，,。；;：:\n\d%％]{0,30}?、[^，,。；;：:\n]{0,60}?等")


def _names_an_item(view: str, end: int) -> bool:
    """Whether a short name runs on into the name of a firm or project listed before 等
    (珠海某某制药、某某材料二期等501个项目开工): the place names the item, not the figure's subject."""
    return bool(_HAN_RE.match(view, end)) and _ITEM_LIST_RE.match(view, end) is not None


class _Cited:
    """Whether a span lies inside one of the ranges cited in 《…》, by binary search
    (a document cites hundreds of titles and names as many areas)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self.starts = [a for a, _ in ranges]
        # The furthest end among the ranges starting at or before each one: a span is
        # inside some range starting at or before it exactly when it ends by that end.
        self.reach = list(itertools.accumulate((b for _, b in ranges), max))

    def __call__(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s) - 1
        return i >= 0 and e <= self.reach[i]


def find_markers(text: str, doc_area: Area | None) -> list[Marker]:
    """Subject areas and self-references of a document, in text order.

    Names are read on the condensed view (no pinyin inside words: 山东(dong)省; without the
    spaces of a row's name spaced out, 北 京 | -5.00); the markers' spans index ``text``.
    """
    condensed = condense(text, spaces=SPACED_ROW_NAME_RE.search(text) is not None)
    view = condensed.text
    found = [
        (s, e, rows) for s, e, rows in scan_names(view) if view[s:e] not in cue_set("generic_name")
    ]
    # How many mentions could stand for each code: a mention's own candidates
    # are context for it only when another mention names them too (宜宾 alone
    # must not make 宜宾县 fit because its parent 宜宾市 is also a candidate).
    counts = Counter(r.code for _, _, rows in found for r in rows)
    own: set[str] = set()
    own_code = doc_area.code if doc_area is not None else None
    if doc_area is not None:
        own = {doc_area.code} | {c for c, _ in doc_area.parents}
    named = frozenset(r.code for s, e, rows in found for r in rows if r.written_in_full(view[s:e]))
    in_cited = _Cited(cited_ranges(view))
    opens = functools.partial(_opens_clause, view)
    counted = counted_lists(view, found, opens) | respective_lists(view, found)
    chained = chained_items(view, found)
    markers = []  # one per placed name, in step with ``placed``
    placed: list[tuple[int, int, AreaRow]] = []  # view spans of the area markers
    items: list[Marker] = []
    # A name's candidates, context and so its best row are the same at each mention of
    # it in the document: weighed once per name.
    chosen: dict[str, tuple[bool, AreaRow, bool]] = {}
    for s, e, rows in found:
        if in_cited(s, e):
            continue
        surface = view[s:e]
        if surface not in chosen:
            chosen[surface] = _choose(surface, rows, counts, own, named, doc_area)
        short, row, inside = chosen[surface]
        chain = s in chained
        if row.code in own and row.code != own_code and _parent_subject(view, s, e):
            # 2024年大理州地区生产总值…, 而梅州全市一般公共预算收入… in a county's page:
            # the figure of the area above, as 全省地区生产总值… in a city's is.
            markers.append(Marker(*condensed.span(s, e), to_area(row)))
            placed.append((s, e, row))
            continue
        if _opens_clause(view, s) and (chain or names_item(view, s, e)):
            # 郑州航空港…, 中欧班列（乌鲁木齐）: an item named after a place opens the
            # clause, whose figures are the document's again.
            items.append(Marker(*condensed.span(s, e), None))
            continue
        if chain:
            continue
        # The next of a list (成都和绵阳) stands where its first stands.
        follows = bool(placed) and view[placed[-1][1] : s] in _LIST_MARKS
        if s not in counted and not _is_subject(
            view, s, e, row, short=short, named=named, inside=inside, follows_subject=follows
        ):
            continue
        # A list of areas (蓬江、江海、新会三区…) is no subject: the document's area is.
        listed = listed_name(view, s, e)
        area = None if row.code in own or listed else to_area(row)
        speaker = bool(ISSUER_RE.match(view, e))
        markers.append(Marker(*condensed.span(s, e), area, speaker, listed))
        placed.append((s, e, row))
    for i, first in joint_lists(view, placed, counted):
        areas = tuple(dict.fromkeys(to_area(r) for _, _, r in placed[first : i + 1]))
        start = condensed.span(placed[first][0], placed[first][1])[0]
        markers[i] = dataclasses.replace(markers[i], joint=areas, joint_start=start)
    markers.extend(items)
    markers.extend(_anaphora(view, condensed, placed))
    markers.extend(demonstrative_markers(view, placed, condensed.span, frozenset(own)))
    markers.extend(zone_markers(view, condensed.span, [s for s, _, _ in placed]))
    # (梅州全市…: the whole-area word after a parent subject is that parent's whole.)
    parent_ends = {condensed.span(ps, pe)[1] for ps, pe, r in placed if r.code in own}
    whole = _whole_area_markers(view, condensed, doc_area)
    markers.extend(mk for mk in whole if mk.start not in parent_ends)
    return sorted(markers, key=lambda mk: mk.start)


# A whole-area word a parent's name may run into before its indicator (梅州全市…).
_PARENT_WHOLE_RE = re.compile(r"全(?:省|市|州|盟|区|县)")


def _parent_subject(view: str, start: int, end: int) -> bool:
    """Whether an area above the document's, named at ``view[start:end]``, is its clause's
    subject: opening the clause (or after the clause's year: 2024年大理州…) with an indicator
    after it (``above_subject`` in ``data/area_cues.csv``, after a whole-area word:
    梅州全市一般公共预算收入…), or opening the clause after one that made that level its
    topic (从全省看，广东高速公路…). A comparison with it (高于全省, 占全市比重) opens no
    clause, and a parent before its child (梅州市大埔县) is followed by no indicator."""
    if not (_opens_clause(view, start) or after_clause_year(view, start)):
        return False
    whole = _PARENT_WHOLE_RE.match(view, end)
    if _above_follows(view, whole.end() if whole else end):
        return True
    return _TOPIC_BEFORE_RE.search(view, max(0, start - 8), start) is not None


# A clause making a whole area its topic (从全省看，), right before another clause.
_TOPIC_BEFORE_RE = re.compile(r"从全(?:国|省|市|州)看[，,]$")


def _choose(
    surface: str,
    rows: tuple[AreaRow, ...],
    counts: Counter[str],
    own: set[str],
    named: frozenset[str],
    doc_area: Area | None,
) -> tuple[bool, AreaRow, bool]:
    """A name's reading in a document: (a short form?, its area, inside the document's?)."""
    short = not any(r.written_in_full(surface) for r in rows) or len(surface) == 2
    mine = {r.code for r in rows}
    # Only the candidates' parents are looked up in the context (candidate_score):
    # the rest of the codes named need not be gathered for each mention.
    parents = {p.code for r in rows for p in load_table().ancestors(r.code)}
    context = {c for c in parents if counts[c] > (c in mine)} | own
    best = best_candidate(rows, context, short_form=short, named=named)
    if short and doc_area is not None and doc_area.code in mine:
        # The document's own area in short (淮安 in 淮安市's plan), not the
        # district or county of the same name (淮安区).
        best = load_table().by_code[doc_area.code]
    inside = doc_area is None or doc_area.code in _lineage(best.code)
    return short, best, inside


# The words for a whole area opening a clause, and the level each names when it is
# not the document's own (全省 in a city's report, 全国 in anyone's); None: the document's.
_WHOLE_AREA_KINDS = {
    "local_self": None,
    "local_self_city": None,
    "local_self_county": None,
    "local_self_province": "province",
    "nation_self": "nation",
}


def _whole_area_markers(view: str, condensed: Condensed, doc_area: Area | None) -> list[Marker]:
    """Markers for clauses opening with a whole area (全市, 我省, 全国 …).

    Most give the figure back to the document's area (全市地区生产总值…). One
    that names a level above the document's — 全国 in a province's or city's
    report, 全省 in a city's — and goes on with an indicator (``above_subject``
    in ``data/area_cues.csv``: 全国居民人均可支配收入…, 全省规模以上工业增加值…)
    states that area's figure, quoted for comparison; so does one going on with
    a requirement (``above_requires``: 国家要求到2025年…, 全省提出…, the level
    above's target quoted in a local plan), and 我国 opening a clause or a whole area
    its sentence looks at (从全国看，…) always does; a comparison inside a
    clause (高于全国平均水平, 居全省第3位) or the base of a ratio (、全国平均水平的32.3%)
    opens none and stays the document's.
    """
    out = []
    for kind, m in cue_matches(view, tuple(_WHOLE_AREA_KINDS)):
        level = _WHOLE_AREA_KINDS[kind]
        opens = _opens_clause(view, m.start()) or after_clause_year(view, m.start())
        if not opens or _compared_with(view, m.start()) or _RATIO_BASE_RE.match(view, m.end()):
            continue
        above = None
        same_period = view[max(0, m.start() - 2) : m.start()] == "同期"
        if level is not None and (
            _above_follows(view, m.end()) or _topic(view, m, kind) or same_period
        ):
            above = area_above(doc_area, level)
        if above is None and kind == "nation_self":
            continue  # 全国 as the document's own area: no marker needed
        out.append(Marker(*condensed.span(m.start(), m.end()), above))
    return out


def _topic(view: str, m: re.Match[str], kind: str) -> bool:
    """Whether the whole area is the topic its sentence looks at (从全国看，…; 从全省看，…), or
    the country speaking of itself (我国“十四五”时期潜在增长率…: never a local area)."""
    if kind == "nation_self" and m.group() == _COUNTRY_SELF:
        return True
    return view[m.start() - 1 : m.start()] == "从" and view.startswith("看", m.end())


_COUNTRY_SELF = "我国"
# A whole area's average as the base of a ratio (仅为…、全国平均水平的32.3%): the document's share.
_RATIO_BASE_RE = re.compile(r"(?:同期)?平均水平?的")


def _above_follows(view: str, at: int) -> bool:
    """Whether an indicator (全国居民人均…) or a requirement (国家要求…, 全省提出…) follows,
    after the time of the figure if one stands first (某省全年地区生产总值增长…, 全省2024年
    地区生产总值预期增长…: ``above_time`` in ``data/area_cues.csv``, or a year)."""
    if view[at : at + 1] in _TIME_FIRSTS:
        m = _year_re().match(view, at) or cue_re("above_time").match(view, at)
        at = m.end() if m else at
    return bool(cue_re("above_subject").match(view, at) or cue_re("above_requires").match(view, at))


_TIME_FIRSTS = frozenset("0123456789全今去上下前一二三四第")


@functools.cache
def _year_re() -> re.Pattern[str]:
    # (a year, then a period word of the year if one follows: 2024年上半年)
    return re.compile(r"(?:\d{4}年度?)(?:" + cue_re("above_time").pattern + ")?")


# What stands before an area it is compared with (与同期全国平均水平相比, 比全省): the
# figure is the document's.
_COMPARED_WITH = frozenset("与和同比较于")
_WHOLE_LISTED_RE = re.compile(r"(?:全[国省市州区盟县]\s*[、和及与])+$")  # (高于全国、全省…)


def _compared_with(view: str, start: int) -> bool:
    before = _WHOLE_LISTED_RE.sub("", view[max(0, start - 12) : start].removesuffix("同期"))
    return before[-1:] in _COMPARED_WITH


# 两省, 这三个城市, 两地: a clause speaking of the areas just named, by their number.
# (The look-ahead names the characters a match can start with: re then skips to them
# in C instead of trying the optional word at every position, four times faster.)
_ANAPHOR_RE = re.compile(
    r"(?=[这此上两二三四五六七八九十])(?:这|此|上述)?([两二三四五六七八九十])个?(省份|省|城市|市|地)"
)
_ANAPHOR_LEVELS = {"省份": ("province",), "省": ("province",), "地": ("province", "city", "county")}
# Its number and level word, which every match holds at most two characters in: opening
# with a character class, found by the engine's fast scan (the pattern above, opening with
# a lookahead, is entered at every position of the document).
_ANAPHOR_CORE_RE = re.compile(r"[两二三四五六七八九十]个?(?:省份|省|城市|市|地)")


def _anaphors(view: str) -> Iterator[re.Match[str]]:
    """``_ANAPHOR_RE.finditer(view)``: tried only at and just before each number and level
    word (上述, 这 or 此 before it), the earliest start first."""
    end = 0
    for core in _ANAPHOR_CORE_RE.finditer(view):
        q = core.start()
        for start in (q - 2, q - 1, q):
            m = _ANAPHOR_RE.match(view, start) if start >= end else None
            if m is not None:
                yield m
                end = m.end()
                break


def _anaphora(
    view: str, condensed: Condensed, placed: list[tuple[int, int, AreaRow]]
) -> list[Marker]:
    """Markers for clauses opening with the number of areas just named (…广东…江苏…。两省…).

    The last that many distinct areas named before it in its paragraph, each
    of the level the word says, are the clause's joint subject; without them
    the clause has no single subject.
    """
    out = []
    starts = [p[0] for p in placed]  # in text order
    for m in _anaphors(view):
        if not _opens_clause(view, m.start()):
            continue
        n = int(parse_chinese_numeral(m.group(1)) or 0)
        levels = _ANAPHOR_LEVELS.get(m.group(2), ("city", "county"))
        para = view.rfind("\n", 0, m.start())
        rows: dict[str, AreaRow] = {}
        # The areas placed in the paragraph before the words (para < start < m.start()).
        lo = bisect.bisect_right(starts, para)
        hi = bisect.bisect_left(starts, m.start())
        for _, _, row in reversed(placed[lo:hi]):
            if row.level not in levels or (len(rows) == n and row.code not in rows):
                break
            rows.setdefault(row.code, row)
        # Unresolved, the clause is still about several areas: none alone.
        areas = tuple(to_area(r) for r in reversed(rows.values())) if len(rows) == n else ()
        span = condensed.span(m.start(), m.end())
        out.append(Marker(*span, None, listed=True, joint=areas, joint_start=span[0]))
    return out


@functools.cache
def _lineage(code: str) -> frozenset[str]:
    """The code and its ancestors' (全国 included)."""
    return frozenset({code} | {r.code for r in load_table().ancestors(code)})


def assign_jurisdictions(
    text: str, facts: Iterable[Fact], doc_area: Area | None, *, round_up: bool = False
) -> list[Fact]:
    """``facts`` with each one's jurisdiction: its clause's subject, else the document's area
    (one given another area carries an Evidence record, field ``jurisdiction``, basis
    ``clause``). With ``round_up`` (``doc_area`` the whole of a round-up of its parts) the
    paragraph's part carries across sentences, as with no area."""
    facts = list(facts)
    markers = find_markers(text, doc_area) if facts else []
    starts = [mk.start for mk in markers]
    region = title_region(text) if facts and doc_area is None else None
    carry = doc_area is None or round_up
    # Where each fact's sentence begins (carrying: its paragraph).
    breaks = _Breaks(text, "\n" if carry else _SENTENCE_END)
    subjects = [_subject_of(text, f, markers, starts, breaks, carry=carry) for f in facts]
    each = respectively(text, facts, subjects)
    out = []
    for i, (f, mk) in enumerate(zip(facts, subjects, strict=True)):
        if i in each:
            area, (s, e) = each[i]
            ev = Evidence("jurisdiction", "clause", text[s:e], s, e)
            out.append(
                f.with_(
                    jurisdiction=area.name, jurisdiction_code=area.code, evidence=(*f.evidence, ev)
                )
            )
        else:
            out.append(_filed(text, f, mk, doc_area, region))
    return out


def _filed(
    text: str,
    f: Fact,
    mk: Marker | None,
    doc_area: Area | None,
    region: tuple[int, int, str] | None = None,
) -> Fact:
    """``f`` under its jurisdiction, given the marker before it (see :func:`assign_jurisdictions`)."""
    if column_area(f):  # (a table's column of one area, 全州 | 博乐市: its header decided)
        named = extractor_named(f, text)
        return (
            f if named is None else f.with_(jurisdiction=named.name, jurisdiction_code=named.code)
        )
    if (counted := _counts_provinces(text, f)) is not None:
        ev = Evidence("jurisdiction", "clause", text[counted[0] : counted[1]], *counted)
        return f.with_(
            jurisdiction="全国", jurisdiction_code=NATION_CODE, evidence=(*f.evidence, ev)
        )
    if (quoted := average_quoted(text, f, doc_area)) is not None:
        area, (s, e) = quoted
        ev = Evidence("jurisdiction", "clause", text[s:e], s, e)
        return f.with_(
            jurisdiction=area.name, jurisdiction_code=area.code, evidence=(*f.evidence, ev)
        )
    between = text[mk.end : f.start] if mk is not None else ""
    if mk and mk.joint and shared_by_list(between):
        span = (mk.joint_start, mk.end)
        ev = Evidence("jurisdiction", "clause", text[span[0] : span[1]], *span)
        name = "、".join(a.name for a in mk.joint)
        return f.with_(jurisdiction=name, jurisdiction_code=None, evidence=(*f.evidence, ev))
    if (
        mk is not None
        and mk.area is not None
        and not compares_with_above(between, mk.area, doc_area)
    ):
        ev = Evidence("jurisdiction", "clause", text[mk.start : mk.end], mk.start, mk.end)
        return f.with_(
            jurisdiction=mk.area.name, jurisdiction_code=mk.area.code, evidence=(*f.evidence, ev)
        )
    if (named := extractor_named(f, text)) is not None:
        return f.with_(jurisdiction=named.name, jurisdiction_code=named.code)
    if doc_area is not None:
        return f.with_(jurisdiction=doc_area.name, jurisdiction_code=doc_area.code)
    if region is not None:  # a regional plan's figures are its region's (no area code)
        s, e, name = region
        ev = Evidence("jurisdiction", "title", text[s:e], s, e)
        return f.with_(jurisdiction=name, jurisdiction_code=None, evidence=(*f.evidence, ev))
    return f


def _counts_provinces(text: str, fact: Fact) -> tuple[int, int] | None:
    """The span of the word after a count of provinces (26个省份), whose figure is the nation's."""
    # From the value's last character on, so pinyin after it goes (14個(gè)省份).
    base = max(0, fact.end - 1)
    raw = text[base : fact.end + 12]
    if _nation_count_firsts().isdisjoint(fold_slice(text, base, fact.end + 12)):
        return None  # most figures: no cue word can start in the window (no need to condense)
    window = condense(raw)
    at = 1 if base < fact.end else 0
    at += window.text.startswith("个", at)
    m = cue_re("nation_count").match(window.text, at)
    if m is None:
        return None
    s, e = window.span(m.start(), m.end())
    return base + s, base + e


@functools.cache
def _nation_count_firsts() -> frozenset[str]:
    """The first characters of the nation_count cue words (on the folded view)."""
    return frozenset(w[0] for w in area_cues()["nation_count"])


class _Breaks:
    """Where the sentences (or, carrying, the paragraphs) of a text begin: the offset after
    the last of the ``ends`` characters before a point, by binary search over their
    offsets, found once (a backward search for each character and each fact ran to the
    text's start for the ones the text never holds)."""

    def __init__(self, text: str, ends: str) -> None:
        pattern = "[" + re.escape(ends) + "]"
        self.at = [m.start() for m in re.finditer(pattern, text)]

    def start_before(self, pos: int) -> int:
        """``max(text.rfind(ch, 0, pos) for ch in ends) + 1``."""
        i = bisect.bisect_left(self.at, pos)
        return self.at[i - 1] + 1 if i else 0


def _subject_of(
    text: str,
    fact: Fact,
    markers: Sequence[Marker],
    starts: Sequence[int],
    breaks: _Breaks,
    *,
    carry: bool = False,
) -> Marker | None:
    """The last marker before the fact's value, within its sentence (or table row).

    With ``carry`` (a document about no one area: a round-up), the last area
    named in the fact's paragraph is its subject, across sentences: the
    paragraph on one province goes on about it (a list of areas, 山东、浙江的…,
    stops it). Before any, the first area after the fact followed by its
    officials is (a quote before its speaker).
    """
    lo = breaks.start_before(fact.start)
    i = bisect.bisect_left(starts, fact.start) - 1
    while i >= 0 and (
        markers[i].end > fact.start or (carry and markers[i].area is None and not markers[i].listed)
    ):
        i -= 1
    if i >= 0 and (markers[i].start >= lo or row_name_above(text, fact, markers[i])):
        return markers[i]
    if carry:  # a quote before its speaker (“…10%。”深圳市副市长表示)
        hi = text.find("\n", fact.start)
        hi = len(text) if hi < 0 else hi
        j = bisect.bisect_left(starts, fact.start)
        while j < len(markers) and markers[j].start < hi:
            if markers[j].area is not None and markers[j].speaker:
                return markers[j]
            j += 1
    return None
