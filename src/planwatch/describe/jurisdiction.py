"""Which area a document is about, from its title and opening text.

Every area name in the title and the first ~2,000 characters is a vote (names
are matched on the condensed view, so traditional script and pinyin inside a
name, 湖(hu)南省, count). Votes are weighed by where they stand:

* the issuing government counts most: a name followed by 人民政府,
  国民经济和社会发展, 政府工作报告, 统计局, 人大/两会/政协, 市长 … ;
* names in the title count double (a given title, or a short first line: a
  first line that is a paragraph is no title);
* names inside 《…》 are citations of other documents (《广东省…纲要》) and
  count little;
* a parent written right before its child (江门市江海区, 清远市连州市) is only
  context for the child;
* a short name (鹤山 for 鹤山市) counts only with evidence: a province's short
  name, one followed by an issuer word (市长, 副市长 …), a meeting's venue
  (在银川召开), one standing in the title, or one whose full name the text
  also writes; a bare county or city short name is more
  often a word (突破万亿大关, 李安泽) than the place;
* datelines (新华社南京3月31日电), source and editor lines (来源：…) and outlets
  named after a place (香港商报, 深圳热线, 北京发布) are not votes.

When no name has evidence, bare names count if named twice or standing as a
word of their own (“五个安源”), never one running into a firm's name (珠海润都制药):
a document that names no area gets none, unless its source lines name one
area at the level the text speaks of (see :func:`source_mentions`), or it lists
its parts in short (长株潭三市, 广佛肇三地) or, speaking as a province, writes its
简称 (黔货出山): see :mod:`.area_hints`. Several unrelated areas sharing the
votes (see ``_round_up``) make a round-up, about none of them alone.

The nation (全国, 000000) is voted for by national issuers (国务院, 国家统计局,
ministries) and by 我国/全国/中国, unless the text speaks of itself as a local
area (全市, 我县, 全盟 …). An ambiguous name (鹤山 = 鹤山市 or 鹤山区) is resolved
per mention by which parents the opening text names (see
:func:`areas.best_candidate`). The word lists are ``data/area_cues.csv``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from planwatch.core.data import Area, Evidence
from planwatch.core.normalise import Condensed, condense, letter_spaced_head
from planwatch.core.periods import PLAN_NAME
from planwatch.describe.area_hints import abbreviated_lists, province_abbreviations
from planwatch.describe.area_parts import (
    parallel_whole,
    roll_up,
    titled_part,
    whole_above_parts,
    whole_of_parts,
    whole_of_siblings,
)
from planwatch.describe.area_words import area_cues
from planwatch.describe.areas import (
    NATION_CODE,
    AreaRow,
    best_candidate,
    conjoined,
    in_other_name,
    load_table,
    named_in_full,
    scan_names,
    to_area,
)
from planwatch.describe.body import body_end
from planwatch.describe.neighbours import is_neighbour, is_profiled
from planwatch.describe.site import foot_start, without_site_head
from planwatch.describe.visitors import is_delegation
from planwatch.describe.yardstick import is_yardstick, issuer_aside, whole_compared

log = logging.getLogger(__name__)

OPENING_CHARS = 2000
# A first line this long, or holding a full stop, is a paragraph, not a title.
TITLE_MAX_CHARS = 60
# Without evidence (the fallback), an area needs this many bare mentions.
FALLBACK_MIN_MENTIONS = 2

# What follows the name of the area that issues or is the subject of the document.
ISSUER_RE = re.compile(
    r"[)）]?\s*(?:"
    r"(?:(?:19|20)\d{2}\s*年度?)?(?:政府工作报告|国民经济和社会发展|统计公报)"
    r"|人民政府|统计局|人民代表大会|人大|政协|两会"
    r"|[代副]?(?:市|区|县|州|省)长|(?:省|市|区|县)?委(?!员)|(?:省|市|区|县)?政府|第?[一二三四五六七八九十]{1,3}届"
    rf"|(?:[“\"]\s*)?{PLAN_NAME}\s*(?:[”\"]\s*)?规划"
    r")"
)
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_DATE_FILED_RE = re.compile(r"\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|讯)")

ISSUER_BONUS = 4.0
TITLE_FACTOR = 2.0
CITED_FACTOR = 0.2
CHAIN_PARENT_FACTOR = 0.3
SHORT_NAME_WEIGHT = 0.6
NATION_ISSUER_WEIGHT = 1.5
NATION_WORD_WEIGHT = {"我国": 1.0, "全国": 0.3, "中国": 0.3}
# Areas (none inside another) this close in votes: a round-up of several areas, about none alone.
ROUND_UP_CLOSE = 0.8
ROUND_UP_SPREAD = 0.6
# Or two unrelated areas each an issuer (each one's communiqué), the second with this share.
ROUND_UP_ISSUERS = 0.5
# Or many areas named, the top one holding less than this share of their votes.
ROUND_UP_MIN_RIVALS = 3
ROUND_UP_TOP_SHARE = 0.35
# The area evidence's basis where a round-up of one area's parts is that area's: each
# figure's subject is then the part its paragraph names (describe.subjects).
ROUND_UP_BASIS = "parts"


@functools.cache
def cue_set(kind: str) -> frozenset[str]:
    """The cue words of ``kind`` as a set."""
    return frozenset(area_cues()[kind])


@functools.cache
def cue_re(kind: str) -> re.Pattern[str]:
    """One alternation of the cue words of ``kind``."""
    return re.compile("|".join(map(re.escape, area_cues()[kind])))


def cue_matches(view: str, kinds: tuple[str, ...]) -> list[tuple[str, re.Match[str]]]:
    """The cue words of each of ``kinds`` in ``view``: (kind, match), kind by kind in the
    order given, each kind's matches those :func:`cue_re` of it finds.

    When no word of one kind can overlap a word of another in any text (none holds
    another, none's end is another's start), a kind's matches in one scan of all the
    words are its own scan's (a word of another kind never stands across one): one scan
    of the document, not one per kind. Otherwise each kind is scanned alone.
    """
    joint = _joint_cue_re(kinds)
    if joint is None:
        return [(kind, m) for kind in kinds for m in cue_re(kind).finditer(view)]
    pattern, kind_of = joint
    order = {kind: i for i, kind in enumerate(kinds)}
    found = [(kind_of[m.group()], m) for m in pattern.finditer(view)]
    return sorted(found, key=lambda km: order[km[0]])  # (stable: text order within a kind)


@functools.cache
def _joint_cue_re(kinds: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One alternation of the words of ``kinds`` (longest first) and each word's kind;
    None when two kinds' words could overlap."""
    kind_of: dict[str, str] = {}
    for kind in kinds:
        for word in area_cues()[kind]:
            if kind_of.setdefault(word, kind) != kind:
                return None
    for u in kind_of:
        for v in kind_of:
            if kind_of[u] != kind_of[v] and _may_overlap(u, v):
                return None
    alternation = "|".join(map(re.escape, sorted(kind_of, key=len, reverse=True)))
    return re.compile(alternation), kind_of


def _may_overlap(u: str, v: str) -> bool:
    """Whether ``u`` and ``v`` can stand across each other in some text."""
    if u in v or v in u:
        return True
    return any(u.endswith(v[:k]) for k in range(1, len(v))) or any(
        v.endswith(u[:k]) for k in range(1, len(u))
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """An area name found in the opening text, resolved to one area."""

    start: int
    end: int
    row: AreaRow
    weight: float
    issuer: bool = False


def cited_ranges(text: str) -> list[tuple[int, int]]:
    """Spans inside 《…》 (titles of other documents)."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{0,200}》", text)]


def not_the_area(view: str, start: int, end: int, *, short: bool = True) -> bool:
    """True where a name is a dateline, a source line or an outlet, not an area's vote.

    Outlets are named with the short name (上海发布, 深圳热线), or the full one before a paper's
    or a broadcaster's name (某县电视台); a full name before 发布, 网 or 在线 (苏州市发布…, 某市网络…)
    is the area speaking or a word of its own."""
    return (
        is_dateline(view, start, end)
        or is_source(view, start, end, short=short)
        or conjoined(view, start, end)
        or in_other_name(view, start, end)
        or is_neighbour(view, start, end)
    )


def is_dateline(view: str, start: int, end: int) -> bool:
    """True for the place a story was filed from (新华社南京3月31日电)."""
    if _DATE_FILED_RE.match(view, end):
        return True
    before = view[max(0, start - 8) : start]
    return before.endswith(_agency_prefixes())


@functools.cache
def _agency_prefixes() -> tuple[str, ...]:
    """What stands before a dateline's place: an agency, or its reporter (built once)."""
    agencies = area_cues()["dateline_agency"]
    return agencies + tuple(a + "记者" for a in agencies)


def is_source(view: str, start: int, end: int, *, short: bool = True) -> bool:
    """True for a name on a source or editor line, or an outlet's (贵州日报, 深圳热线)."""
    line_start = view.rfind("\n", 0, start) + 1
    if cue_re("repost_line").search(view, line_start, start) and not ISSUER_RE.match(view, end):
        return True
    m = cue_re("media_suffix").match(view, end)
    kept = m is not None and (short or m.group() not in ("发布", "网", "在线"))
    return kept and not view.startswith("发布会", end)


def source_mentions(view: str) -> list[Mention]:
    """Mentions of the one area a text's source lines and outlets name, at the level it speaks of.

    The last resort of a text that names no area in its body: a report that
    speaks of itself as a province (全省, 省政府), published by an outlet of
    that province or of one of its cities (来源：某某日报), is the province's.
    Several areas among the sources, or no level the text speaks of, give none.
    """
    level = self_level(view)
    if level is None:
        return []
    found = [
        (s, e, best_candidate(rows, set(), short_form=True))
        for s, e, rows in scan_names(view)
        if not is_dateline(view, s, e) and is_source(view, s, e)
    ]
    rolled = {roll_up(row, level) for _, _, row in found}
    if len(rolled) != 1:
        return []
    (row,) = rolled
    if row.level != level:
        return []
    return [Mention(s, e, row, SHORT_NAME_WEIGHT) for s, e, _ in found]


def hint_mentions(view: str) -> list[Mention]:
    """Mentions from a text that names no area: its parts listed in short, or its
    province's 简称 when it speaks of itself as a province (see :mod:`.area_hints`)."""
    level = self_level(view)
    levels = ("province",) if level == "province" else ("city", "province")
    found = abbreviated_lists(view, levels)
    if not found and level == "province":
        found = province_abbreviations(view)
    return [Mention(s, e, row, SHORT_NAME_WEIGHT) for s, e, row in found]


def has_evidence(view: str, start: int, end: int, row: AreaRow, *, named: frozenset[str]) -> bool:
    """Whether a short name stands for its area (see the module doc)."""
    return (
        row.level == "province"
        or row.code in named
        or bool(ISSUER_RE.match(view, end))
        or is_venue(view, start, end)
    )


def is_venue(view: str, start: int, end: int) -> bool:
    """True for the place of a meeting (在呼和浩特召开): the area or, for a capital, its province.

    The venue is no issuer: a provincial session held in the capital is rolled
    up to the province when the text speaks of itself as one (see ``area_parts.roll_up``).
    """
    return view[max(0, start - 1) : start] == "在" and bool(cue_re("venue_after").match(view, end))


def find_mentions(text: str, title_len: int = 0, *, need_evidence: bool = True) -> list[Mention]:
    """Resolved, weighted area mentions in the folded view ``text``.

    Its first ``title_len`` characters are a title. With ``need_evidence``
    False, bare short names count too (the fallback when nothing else does).
    """
    raw = [
        (s, e, rows)
        for s, e, rows in scan_names(text)
        if not not_the_area(text, s, e, short=not any(r.written_in_full(text[s:e]) for r in rows))
    ]
    # Every candidate of every name is context (a parent named anywhere helps); areas written
    # out in full are "named" and win their bare short mentions.
    context = {row.code for _, _, rows in raw for row in rows}
    named = frozenset(r.code for s, e, rows in raw for r in rows if named_in_full(text, s, e, r))
    table = load_table()
    cited = cited_ranges(text)
    mentions: list[Mention] = []
    prev: Mention | None = None
    for start, end, rows in raw:
        surface = text[start:end]
        short = not any(r.written_in_full(surface) for r in rows) or len(surface) == 2
        chain_parent = None
        if prev is not None and _adjacent(text, prev.end, start):
            # 江门市江海区: prefer the candidate whose ancestor was just named.
            chained = [r for r in rows if prev.row in table.ancestors(r.code)]
            if chained:
                rows = tuple(chained)
                chain_parent = prev
        elif surface in cue_set("generic_name"):
            continue
        row = best_candidate(rows, context, short_form=short, named=named)
        # (经红河州统计局统一核算, 据…统计局, 按照某市委…部署: the office that verified the
        # figures or the one directing, no issuer; nor the last of a list, 蓬江区、台山市政府.)
        other = start > 0 and text[start - 1] in "经据照"
        other = other or prev is not None and text[prev.end : start] in ("、", "和")
        issuer = (
            not other and ISSUER_RE.match(text, end) is not None and not is_delegation(text, end)
        ) or is_profiled(text, start, end)
        if short and not issuer and cue_re("fact_not_subject").match(text, end):
            continue  # 天津港, 珠海润都: a port or a company, not the area
        if not issuer and is_yardstick(text, start, end):
            continue  # 居某市第2位: the comparison's yardstick (describe.yardstick)
        if short and not (
            start < title_len
            or chain_parent
            or (not need_evidence and not cue_re("fact_not_subject").match(text, end))
            or has_evidence(text, start, end, row, named=named)
        ):
            continue
        weight = (SHORT_NAME_WEIGHT if short else 1.0) + (ISSUER_BONUS if issuer else 0.0)
        if start < title_len:
            weight *= TITLE_FACTOR
        if any(a <= start and end <= b for a, b in cited):
            weight *= CITED_FACTOR
        if chain_parent is not None:
            mentions[-1] = Mention(
                prev.start, prev.end, prev.row, prev.weight * CHAIN_PARENT_FACTOR, prev.issuer
            )
            # The chain as a whole is as strong as its strongest link.
            weight = max(weight, prev.weight)
        mention = Mention(start, end, row, weight, issuer)
        mentions.append(mention)
        prev = mention
    return mentions


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    """True if only brackets or spaces stand between two names (江门市江海区, 江门市 江海区)."""
    gap = text[prev_end:start]
    return len(gap) <= 2 and all(ch in " \u3000\xa0()（）" for ch in gap)


def score_areas(mentions: list[Mention]) -> dict[str, float]:
    """Total weight per area code."""
    scores: dict[str, float] = defaultdict(float)
    for m in mentions:
        scores[m.row.code] += m.weight
    return dict(scores)


def nation_votes(view: str) -> tuple[float, list[tuple[int, int]]]:
    """The nation's votes in an opening (see the module doc) and the words that gave them."""
    if sum(self_levels(view).values()) >= 2:
        return 0.0, []
    score, spans = 0.0, []
    for m in cue_re("nation_issuer").finditer(view):
        if issuer_aside(view, m):
            continue  # (受到国务院…表扬, 经国务院批准: the centre acting on the text's area)
        score += NATION_ISSUER_WEIGHT
        spans.append(m.span())
    for m in cue_re("nation_word").finditer(view):
        if whole_compared(view, m):
            continue  # (高于全国平均水平, 居全国第3位: the nation as a yardstick)
        score += NATION_WORD_WEIGHT.get(m.group(), 0.3)
        spans.append(m.span())
    return score, spans


_SELF_KINDS = {
    "local_self": "",
    "local_self_province": "province",
    "local_self_city": "city",
    "local_self_county": "county",
}


def self_levels(view: str) -> dict[str, int]:
    """How often the text speaks of itself as an area, per level ("" when 全市/我区 leave it open).

    A comparison (居全省第3位, 占全省比重, 全省平均) names the level above, not itself.
    """
    return {
        lv: sum(1 for m in cue_re(kind).finditer(view) if not whole_compared(view, m))
        for kind, lv in _SELF_KINDS.items()
    }


def self_level(view: str) -> str | None:
    """The level the text speaks of itself at (我省 → province), when it says so clearly."""
    return _clear_level(self_levels(view))


def _clear_level(counts: dict[str, int]) -> str | None:
    """The level of :func:`self_level` from the counts of :func:`self_levels`."""
    level = max(counts, key=lambda lv: counts[lv])
    total = sum(counts.values())
    return level or None if counts[level] >= 2 and counts[level] > total / 2 else None


@dataclass(frozen=True, slots=True)
class AreaDecision:
    """The document's area and the words that decided it."""

    area: Area | None
    evidence: tuple[Evidence, ...] = ()


def decide_area(text: str, title: str | None = None) -> AreaDecision:
    """The area the document is about with its evidence (``area`` None: none or several).

    ``title`` (e.g. an HTML <title>) is read before the text's opening; the
    evidence spans index ``text`` (a title's words have no span). Names are
    read on the condensed view (folded, no pinyin inside words: 山东(dong)省).
    """
    head = (title.strip() + "\n") if title else ""
    # (No page tail, 上一篇：…, nor the site's foot, 主办：…: describe.site.)
    printed = head + text[: min(OPENING_CHARS, body_end(text), foot_start(text) or len(text))]
    view = condense(printed, spaces=letter_spaced_head(printed))  # (三 河 市: a PDF's title)
    opening, lead = without_site_head(view.text)
    title_len = _title_len(opening, len(condense(head).text) if head else 0, lead)
    mentions = find_mentions(opening, title_len)
    nation, nation_spans = nation_votes(opening)
    if not mentions and not nation:
        mentions = _repeated(opening, find_mentions(opening, title_len, need_evidence=False))
    if not mentions and not nation:
        mentions = source_mentions(opening)
    if not mentions and not nation:
        mentions = hint_mentions(opening)
    scores = score_areas(mentions)
    _parts_to_whole(scores, mentions, title_len)
    if nation:
        scores[NATION_CODE] = nation
    if not scores:
        return AreaDecision(None)
    table = load_table()
    ranked = sorted(
        scores,
        key=lambda c: (
            scores[c],
            {"county": 3, "city": 2, "province": 1}.get(table.by_code[c].level, 0),
            -int(c),
        ),
        reverse=True,
    )
    log.debug("jurisdiction scores: %s", [(c, scores[c]) for c in ranked[:5]])
    best = ranked[0]
    issuers = frozenset(m.row.code for m in mentions if m.issuer)
    counts = self_levels(opening)
    level, basis = _clear_level(counts), "text"
    parted = whole_of_parts(scores, counts, level) or whole_above_parts(opening, mentions, counts)
    whole = None if issuers else parted
    side_by_side = parallel_whole(opening, mentions)
    if whole is None and side_by_side is not None and side_by_side in table.ancestors(best):
        # (A round-up of the whole's parts, one part's own office among them, the part most
        # named: area_parts. A province's text naming a city's counties stays the province's.)
        whole = side_by_side
    if whole is not None:
        best = whole.code  # a whole speaking through its parts (area_parts)
    elif best != NATION_CODE and _round_up(ranked, scores, issuers):
        whole = whole_of_siblings(mentions)  # (one area's parts side by side: area_parts)
        if whole is None:
            return AreaDecision(None)
        best, basis = whole.code, ROUND_UP_BASIS
    else:
        best = titled_part(mentions, title_len, best)  # (a county under its city's office)
    if best == NATION_CODE:
        spans = nation_spans
    else:
        parts = (
            {m.row.code for m in mentions if whole in table.ancestors(m.row.code)}
            if whole is not None
            else set()
        )
        spans = [(m.start, m.end) for m in mentions if m.row.code == best or m.row.code in parts]
    row = table.by_code[best]
    if not any(m.row.code == best and (m.issuer or m.start < title_len) for m in mentions):
        row = roll_up(row, level)
    return AreaDecision(to_area(row), _evidence(printed, view, spans, len(head), basis))


# A whole named in the title with at least this many of its parts named in the text
# gathers their votes (see _parts_to_whole).
PARTS_OF_WHOLE = 2


def _parts_to_whole(scores: dict[str, float], mentions: list[Mention], title_len: int) -> None:
    """Give an area named in the title the votes of its parts the text names (in place).

    A city's plan titled with the city that names several of its counties as
    examples (如东县、海安市率先…, 海安市、如皋市…) is the city's, not one
    county's nor a round-up of them. Only when the title names the whole and
    none of its parts (江门市江海区 in a title is the district's), and the text
    names at least ``PARTS_OF_WHOLE`` distinct parts.
    """
    titled = {m.row.code for m in mentions if m.start < title_len}
    for whole in titled:
        parts = {c for c in scores if c != whole and whole in _lineage_codes(c)}
        if len(parts) < PARTS_OF_WHOLE or parts & titled:
            continue
        scores[whole] += sum(scores[c] for c in parts)


def _lineage_codes(code: str) -> frozenset[str]:
    """The codes of an area's ancestors."""
    return frozenset(r.code for r in load_table().ancestors(code))


def _title_len(opening: str, head_len: int, lead: int = 0) -> int:
    """How many characters of the opening are a title: a given title, else a short first line
    (the first from ``lead``, past the navigation lines blanked before it).

    A first line that is a paragraph (long, or with a full stop) is no title:
    a name in it is no stronger than anywhere else.
    """
    if head_len:
        return head_len
    end = opening.find("\n", lead)
    first = opening[: end if end >= 0 else len(opening)]
    return len(first) if len(first.strip()) <= TITLE_MAX_CHARS and "。" not in first else 0


def _repeated(opening: str, mentions: list[Mention]) -> list[Mention]:
    """The fallback's mentions: areas named ``FALLBACK_MIN_MENTIONS`` times, or standing alone.

    One bare short name running on into a longer word (珠海润都制药, a firm)
    is no evidence; one that ends its word (建设“六个安源”) is the place.
    """
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.row.code] += 1
    return [
        m
        for m in mentions
        if counts[m.row.code] >= FALLBACK_MIN_MENTIONS or not _HAN_RE.match(opening, m.end)
    ]


def _round_up(ranked: list[str], scores: dict[str, float], issuers: frozenset[str]) -> bool:
    """Whether several unrelated areas share the votes (a round-up of areas' targets).

    Two unrelated areas within ``ROUND_UP_CLOSE`` of each other, three within
    ``ROUND_UP_SPREAD`` of the top, two unrelated issuers (an aggregator quoting
    two provinces' communiqués), or many areas of which the top holds under
    ``ROUND_UP_TOP_SHARE`` of the votes (a list of provinces' growth), make a
    document about none of them alone.
    """
    table = load_table()
    top = table.by_code[ranked[0]]
    lineage = {top.code} | {r.code for r in table.ancestors(top.code)}
    others = [
        c
        for c in ranked[1:]
        if c not in lineage and top not in table.ancestors(c) and c != NATION_CODE
    ]
    rivals = [scores[c] for c in others]
    best = scores[ranked[0]]
    if top.code in issuers and any(
        c in issuers and scores[c] >= ROUND_UP_ISSUERS * best for c in others
    ):
        return True
    close = sum(1 for x in rivals if x >= ROUND_UP_CLOSE * best)
    spread = sum(1 for x in rivals if x >= ROUND_UP_SPREAD * best)
    many = len(rivals) >= ROUND_UP_MIN_RIVALS and best < ROUND_UP_TOP_SHARE * (best + sum(rivals))
    return close >= 1 or spread >= 2 or many


def _evidence(
    printed: str, view: Condensed, spans: list[tuple[int, int]], head_len: int, basis: str
) -> tuple[Evidence, ...]:
    """Evidence records for the deciding words (first three), spans in the stored text.

    ``spans`` index the condensed ``view`` of ``printed`` (title line + text); ``basis``
    is ``text``, or :data:`ROUND_UP_BASIS` for the whole of a round-up of its parts.
    """
    out = []
    for vs, ve in spans[:3]:
        s, e = view.span(vs, ve)
        if s < head_len:
            out.append(Evidence("area", "title", printed[s:e]))
        else:
            out.append(Evidence("area", basis, printed[s:e], s - head_len, e - head_len))
    return tuple(out)


def find_jurisdiction(text: str, title: str | None = None) -> Area | None:
    """The area the document is about, or None if its opening names no area (or several)."""
    return decide_area(text, title).area
