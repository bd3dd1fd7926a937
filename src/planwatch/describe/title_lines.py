"""A cover title broken over two lines.

A report's cover prints a long title in two lines, the plan it is about on the
first and what the document is on the second (…第十四个五年规划纲要 / 实施情况中期
评估报告; …发展规划 / 实施情况中期评估报告（摘要）): the way PDF covers and
county evaluations are laid out (seen in real2 dev c271 and c279, two different
model pages). The second line has no subject of its own: it opens with the
words that go on from a plan's name (实施, 执行, 落实 and the evaluation's
中期/终期/总结评估), so it belongs to the first and the head noun is at its end.
An evaluation's indicator table is titled the same way (…规划纲要主要指标 / 中期完成情况表,
…主要指标 / 完成情况表: a commission's PDF annex, real25 dev's form): the results of the list
named on the first line.
"""

from __future__ import annotations

import re

# Words that go on from a named plan and never open a title of their own; or a
# conjunction, which opens no title either (…第十四个五年规划 / 和二〇三五年远景目标纲要 /
# 实施中期评估报告: a cover's three lines).
_CONTINUES_RE = re.compile(
    r"^(?:实施|执行|落实)(?:情况|中期|终期|总结|评估)|^(?:中期|终期|总结)评估|^(?:和|与|暨)\S"
    r"|^(?:中期|终期)(?:实施|执行)情况|^(?:中期|终期)?(?:完成|实现|进展)情况"
)
_MAX_JOINED = 100  # (no title is longer: a paragraph under it is no part of it)


def joined_title(line: str, following: list[str]) -> str:
    """``line`` with the next title lines joined while each goes on from the one before."""
    for nxt in following:
        if not _CONTINUES_RE.match(nxt) or "。" in nxt or len(line + nxt) > _MAX_JOINED:
            break
        line += nxt
    return line
