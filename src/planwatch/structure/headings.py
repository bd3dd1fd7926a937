"""Heading lines and their outline levels.

Numbered headings open a line with a marker (第一章, 第一节, 一、, (一), 1., (1), ①).
A marked line is a heading when it is short (at most ``MAX_HEADING_CHARS``)
and does not end like a sentence; a longer line is a heading only by its
leading clause — "（一）加快发展先进制造业。坚持…" gives the heading
"加快发展先进制造业" — when that clause is short and has no comma.
A numbered list item that is one sentence ("1.建立专业化招商队伍。") is not a heading.

Unnumbered headings (“十三五”时期及2020年工作回顾, 2021年工作安排, 2022亮点回顾)
are recognised conservatively: a short line without punctuation, not a date,
followed by a long paragraph or a line ending with a colon.

Levels: the 第… types (篇 > 部分 > 章 > 节) come first, in that order; the other
marker types follow in the order they first appear. Unnumbered headings sit
above the numbered ones in documents without 篇/部分/章 (a work report's parts
hold its 一、 sections); in documents with them they are siblings of the
outermost level and are accepted only before the first numbered heading or
as front/back matter (前言, 附件).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planwatch.structure.lines import SPACE, Line
from planwatch.structure.markers import (
    MARKER_GAP,
    STRONG_TYPES,
    is_strong,
    match_marker,
)

MAX_HEADING_CHARS = 40
MAX_STRONG_HEADING_CHARS = 60
MAX_LEADING_CLAUSE_CHARS = 20
MIN_REST_CHARS = 10  # text after a leading-clause heading
MAX_UNNUMBERED_CHARS = 25
MIN_PARAGRAPH_CHARS = 40  # what counts as a long line after an unnumbered heading

SENTENCE_END = "。；;！!？?"
_CLAUSE_END_RE = re.compile(r"[。；;！!？?：:]")
_UNNUMBERED_BAD = set("，,。；;！!？?：:、《》") | set("•●·▪■□◆◇○◎★☆►→-—*#=|@/")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_DATE_ONLY_RE = re.compile(
    r"^[\d〇零○一二三四五六七八九十\s]{2,}年[\d一二三四五六七八九十\s]{1,3}月"
    r"(?:[\d一二三四五六七八九十\s]{1,3}日)?$"
)
# Front and back matter: siblings of chapters wherever they stand.
MATTER_WORDS = frozenset(
    {
        "前言",
        "序言",
        "引言",
        "导言",
        "总则",
        "结束语",
        "结语",
        "附件",
        "附表",
        "附录",
        "附则",
        "名词解释",
        "附图",
        "说明",
    }
)


@dataclass(frozen=True, slots=True)
class HeadingLine:
    """A heading found on a line, before levels are assigned."""

    line: int  # index in the non-empty lines
    type: str  # marker type, or "plain" for an unnumbered heading
    marker: str
    title: str
    start: int  # span of marker + title in the stored text
    end: int


def numbered_heading(line: Line) -> HeadingLine | None:
    """The numbered heading ``line`` opens with, if it is one."""
    marker = match_marker(line.text)
    if marker is None:
        return None
    rest_at = marker.end
    while rest_at < len(line.text) and line.text[rest_at] in MARKER_GAP:
        rest_at += 1
    rest = line.text[rest_at:]
    if not rest or not _CJK_RE.search(rest[:6]):
        return None  # a bare "(一)" cell, or "1. 5%"
    limit = MAX_STRONG_HEADING_CHARS if is_strong(marker.type) else MAX_HEADING_CHARS
    if len(line.text) <= limit and line.text[-1] not in SENTENCE_END:
        title = rest.rstrip(SPACE + "：:")
        return HeadingLine(
            line.index, marker.type, marker.text.strip(SPACE), title, line.start, line.end
        )
    # A long line: its leading clause may be the item's title.
    m = _CLAUSE_END_RE.search(rest)
    if m is None:
        return None
    clause = rest[: m.start()].rstrip(SPACE)
    after = rest[m.end() :].strip(SPACE)
    if (
        2 <= len(clause) <= MAX_LEADING_CLAUSE_CHARS
        and not any(ch in clause for ch in "，,、")
        and len(after) >= MIN_REST_CHARS
        # (…一、2024年工作回顾；\n二、2025年主要目标；三、…: a list of parts in a sentence
        # wrapped onto a new line, its next item after the semicolon, is no heading)
        and not (m.group() in "；;" and match_marker(after) is not None)
    ):
        end = line.start + rest_at + len(clause)
        return HeadingLine(
            line.index, marker.type, marker.text.strip(SPACE), clause, line.start, end
        )
    return None


_SPACES_RE = re.compile(r"[\s\xa0\u3000]")


def _plain_ok(text: str) -> bool:
    if len(text) > MAX_UNNUMBERED_CHARS and _SPACES_RE.search(text) is None:
        return False  # (a paragraph's line: nothing to take out, too long as it is)
    compact = _SPACES_RE.sub("", text)
    return (
        2 <= len(compact) <= MAX_UNNUMBERED_CHARS
        and len(_CJK_RE.findall(compact)) >= 2
        and not any(ch in _UNNUMBERED_BAD for ch in compact)
        and not _DATE_ONLY_RE.match(compact)
        and not compact.startswith(("注", "图", "表", "资料来源", "来源", "单位"))
    )


def unnumbered_heading(lines: list[Line], i: int) -> HeadingLine | None:
    """``lines[i]`` as an unnumbered heading: short, bare, and followed by a paragraph."""
    line = lines[i]
    if len(line.text) <= 8 and is_matter(line.text):
        # 前言, 附件1, 附件: stand alone whatever follows.
        return HeadingLine(i, "plain", "", line.text.rstrip("：:"), line.start, line.end)
    if not _plain_ok(line.text) or i + 1 >= len(lines):
        return None
    nxt = lines[i + 1].text
    if len(nxt) >= MIN_PARAGRAPH_CHARS or (nxt[-1] in "：:" and len(nxt) >= 6):
        return HeadingLine(i, "plain", "", line.text, line.start, line.end)
    return None


def is_matter(title: str) -> bool:
    """前言, 附件1 …: front or back matter."""
    compact = _MATTER_JUNK_RE.sub("", title)
    return compact in MATTER_WORDS


_MATTER_JUNK_RE = re.compile(r"[\s\xa0\u3000\d一二三四五六七八九十:：]")


def assign_levels(found: list[HeadingLine]) -> list[tuple[HeadingLine, int]]:
    """Each heading with its level (1 = outermost); drops unnumbered ones that do not fit."""
    numbered_types = [h.type for h in found if h.type != "plain"]
    strong = [t for t in STRONG_TYPES if t in numbered_types]
    weak: list[str] = []
    for t in numbered_types:
        if not is_strong(t) and t not in weak:
            weak.append(t)
    order = strong + weak
    has_top_strong = any(t in ("pian", "bufen", "zhang") for t in strong)
    first_numbered = next((h.line for h in found if h.type != "plain"), None)
    plain = [h for h in found if h.type == "plain"]
    if has_top_strong:
        # Plans: only front matter before chapter 1 and 前言/附件-like lines.
        plain = [
            h
            for h in plain
            if is_matter(h.title) or (first_numbered is not None and h.line < first_numbered)
        ]
    parents = [h for h in plain if not is_matter(h.title)]
    shift = 1 if (parents and not has_top_strong) else 0
    level = {t: i + 1 + shift for i, t in enumerate(order)}
    keep = {id(h) for h in plain}
    out = []
    for h in found:
        if h.type == "plain":
            if id(h) in keep:
                out.append((h, 1))
        else:
            out.append((h, level[h.type]))
    return out
