"""Which area a document is about, from its title and opening text.

Every area name in the title and the first ~2,000 characters is a vote. Votes
are weighed by where they stand:

* the issuing government counts most: a name followed by 人民政府,
  国民经济和社会发展, 政府工作报告, 统计局, 人大/两会/政协, 市长 … ;
* names in the title count double;
* names inside 《…》 are citations of other documents (《广东省…纲要》) and
  count little;
* a parent written right before its child (江门市江海区, 清远市连州市) is only
  context for the child.

An ambiguous name (鹤山 = 鹤山市 or 鹤山区) is resolved per mention by which
parents the opening text names (see :func:`areas.best_candidate`).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from planwatch.core.data import Area
from planwatch.describe.areas import (
    AreaRow,
    best_candidate,
    load_table,
    scan_names,
    to_area,
)

log = logging.getLogger(__name__)

OPENING_CHARS = 2000

# What follows the name of the area that issues or is the subject of the document.
_ISSUER_RE = re.compile(
    r"[)）]?\s*(?:"
    r"人民政府|政府工作报告|国民经济和社会发展|统计局|统计公报|人民代表大会|人大|政协|两会"
    r"|代?(?:市|区|县|州)长|(?:市|区|县)?委(?!员)|第?[一二三四五六七八九十]{1,3}届"
    r"|(?:[“\"]\s*)?十[一二三四五六七八九]五\s*(?:[”\"]\s*)?规划"
    r")"
)
# Generic names (五个 城区, 四个 郊区) count only right after their parent.
_GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "市中区", "新区", "市辖区"})

ISSUER_BONUS = 4.0
TITLE_FACTOR = 2.0
CITED_FACTOR = 0.2
CHAIN_PARENT_FACTOR = 0.3
SHORT_NAME_WEIGHT = 0.6


@dataclass(frozen=True, slots=True)
class Mention:
    """An area name found in the opening text, resolved to one area."""

    start: int
    end: int
    row: AreaRow
    weight: float


def _cited_ranges(text: str) -> list[tuple[int, int]]:
    """Spans inside 《…》 (titles of other documents)."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{0,200}》", text)]


def find_mentions(text: str, title_len: int = 0) -> list[Mention]:
    """Resolved, weighted area mentions in ``text``; its first ``title_len`` chars are a title."""
    raw = list(scan_names(text))
    # Every candidate of every name is context (a parent named anywhere helps);
    # areas written out in full are "named" and win their bare short mentions.
    context = {row.code for _, _, rows in raw for row in rows}
    named = frozenset(r.code for s, e, rows in raw for r in rows if r.name == text[s:e])
    table = load_table()
    cited = _cited_ranges(text)
    mentions: list[Mention] = []
    prev: Mention | None = None
    for start, end, rows in raw:
        surface = text[start:end]
        short = all(r.name != surface for r in rows)
        chain_parent = None
        if prev is not None and _adjacent(text, prev.end, start):
            # 江门市江海区: prefer the candidate whose ancestor was just named.
            chained = [r for r in rows if prev.row in table.ancestors(r.code)]
            if chained:
                rows = tuple(chained)
                chain_parent = prev
        elif surface in _GENERIC_NAMES:
            continue
        row = best_candidate(rows, context, short_form=short, named=named)
        weight = SHORT_NAME_WEIGHT if short else 1.0
        if _ISSUER_RE.match(text, end):
            weight += ISSUER_BONUS
        if start < title_len:
            weight *= TITLE_FACTOR
        if any(a <= start and end <= b for a, b in cited):
            weight *= CITED_FACTOR
        if chain_parent is not None:
            idx = len(mentions) - 1
            mentions[idx] = Mention(
                prev.start, prev.end, prev.row, prev.weight * CHAIN_PARENT_FACTOR
            )
            # The chain as a whole is as strong as its strongest link.
            weight = max(weight, prev.weight)
        mention = Mention(start, end, row, weight)
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


def find_jurisdiction(text: str, title: str | None = None) -> Area | None:
    """The area the document is about, or None if its opening names no area.

    ``title`` (e.g. an HTML <title>) is read before the text's opening.
    """
    head = (title.strip() + "\n") if title else ""
    opening = head + text[:OPENING_CHARS]
    first_line_end = opening.find("\n")
    title_len = len(head) if head else (max(0, first_line_end))
    mentions = find_mentions(opening, title_len)
    if not mentions:
        return None
    scores = score_areas(mentions)
    # Highest score; ties go to the more specific area, then the lower code.
    table = load_table()
    best = max(
        scores,
        key=lambda c: (
            scores[c],
            {"county": 2, "city": 1}.get(table.by_code[c].level, 0),
            -int(c),
        ),
    )
    log.debug("jurisdiction scores: %s", sorted(scores.items(), key=lambda kv: -kv[1])[:5])
    return to_area(table.by_code[best])
